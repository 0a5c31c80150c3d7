"""Which hosts a link check may reach: never this network's own, unless allowed.

A pull request must not make CI probe the machine it runs on or its neighbours. Each URL is
parsed once, by urllib3's ``parse_url`` (the parser that connects), and refused when Python's
``urlsplit`` would read another host from it (``http://127.0.0.1\\@example.org/``). Its host is
resolved once, through ``resolve_host`` (tests replace it, so "a name that resolves to 10.0.0.1"
needs no DNS); every address must be global, after unwrapping the IPv4 address inside 6to4,
NAT64, Teredo and IPv4-mapped addresses; and the connection then goes to the approved address
(``links/connect.py``), so a second lookup cannot answer differently (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from awesome_lint import lazy_re

_AUTHORITY = lazy_re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^\\/?#]*)")  # as urllib3 reads it
_LABEL = lazy_re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_TEREDO = ipaddress.ip_network("2001::/32")


def _system_resolve(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


# the one door to name resolution; tests put their own resolver here
resolve_host: Callable[[str], list[str]] = _system_resolve


PRIVATE_REFUSED = "use --allow-private to check such links"  # how a refused address ends


class Refused(Exception):
    """A URL the checker will not fetch; the message says why."""


class BadURL(ValueError):
    """A URL no request can be made for; the message names it."""


class Unresolvable(OSError):
    """A host name that does not resolve."""


@dataclass(frozen=True)
class Target:
    """A URL the guard approved, and the address the connection must go to."""

    url: str
    scheme: str
    host: str  # lower case, IDNA; an IPv6 address without brackets
    port: int
    address: str

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def origin(self) -> tuple[str, str, int]:
        return self.scheme, self.host, self.port


def _inner_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, 6to4, NAT64, Teredo), if any."""
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip in _SIX_TO_FOUR and ip.sixtofour is not None:
        return [ip.sixtofour]
    if any(ip in network for network in _NAT64):
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    if ip in _TEREDO and ip.teredo is not None:
        return list(ip.teredo)
    return []


def forbidden_address(address: str) -> bool:
    """Anything but a global unicast address: private, loopback, link-local, carrier-grade NAT
    (100.64.0.0/10), reserved, multicast, unspecified, or an IPv6 wrapping one of them."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _inner_ipv4(ip)
        if inner:
            return any(forbidden_address(str(item)) for item in inner)
    return not ip.is_global or ip.is_multicast


def _host_name(host: str) -> str:
    """``host`` as DNS sees it, or BadURL (an empty or too long label: ``a..b``)."""
    name = host[:-1] if host.endswith(".") else host
    if len(name) > 253 or not all(_LABEL.match(label) for label in name.split(".")):
        raise BadURL(f"`{host}` is not a valid host name")
    return host


def parse_target(url: str) -> tuple[str, str, int]:
    """Scheme, host and port, as urllib3 will connect; Refused or BadURL otherwise."""
    authority = _AUTHORITY.match(url)
    try:
        split_netloc = urlsplit(url).netloc
        parsed = parse_url(url)
    except (LocationParseError, ValueError) as error:
        raise BadURL(f"`{url}` is not a valid URL") from error
    scheme = (parsed.scheme or "").lower()
    if scheme not in _DEFAULT_PORTS:
        raise Refused(f"only http and https are fetched, not `{scheme}:`")
    if authority is None or authority.group(1) != split_netloc:
        raise Refused(f"`{url}` names different hosts to different URL parsers")
    if not parsed.host:
        raise Refused("the URL has no host")
    host = parsed.host.lower().strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        host = _host_name(host)
    return scheme, host, parsed.port or _DEFAULT_PORTS[scheme]


def _addresses(host: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.split("%", 1)[0]))]
    except ValueError:
        pass
    try:
        found = resolve_host(host)
    except (OSError, UnicodeError) as error:
        raise Unresolvable(f"`{host}` does not resolve") from error
    if not found:
        raise Unresolvable(f"`{host}` does not resolve")
    # IPv4 first: many CI runners have no IPv6 route
    return sorted(found, key=lambda address: (":" in address, address))


def approve(url: str, allow_private: bool) -> Target:
    """The target to connect to for ``url``: Refused (a scheme or network not allowed, a URL
    read two ways), BadURL, or Unresolvable."""
    scheme, host, port = parse_target(url)
    addresses = _addresses(host)
    if not allow_private:
        for address in addresses:
            if forbidden_address(address):
                raise Refused(
                    f"`{host}` is on a private, loopback or link-local network ({address}); "
                    + PRIVATE_REFUSED
                )
    return Target(url, scheme, host, port, addresses[0])
