"""Which hosts a link check may reach: never this network's own, unless allowed.

A pull request must not make CI probe the machine it runs on or its neighbours. Every host is
resolved through ``resolve_host`` (tests replace it, so "a name that resolves to 10.0.0.1" needs
no DNS) and refused when any of its addresses is private, loopback, link-local, multicast,
reserved or unspecified.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit


def _system_resolve(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


# the one door to name resolution; tests put their own resolver here
resolve_host: Callable[[str], list[str]] = _system_resolve


class Refused(Exception):
    """A URL the checker will not fetch; the message says why."""


def forbidden_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_unspecified
        or ip.is_reserved
    )


def check_url(url: str, allow_private: bool) -> None:
    """Raise Refused for a scheme other than http(s), or a host on a forbidden network.
    Raises OSError (socket.gaierror) when the name does not resolve."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(f"only http and https are fetched, not `{parts.scheme}:`")
    host = parts.hostname
    if not host:
        raise Refused("the URL has no host")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        addresses = resolve_host(host)
    for address in addresses:
        if forbidden_address(address):
            raise Refused(
                f"`{host}` is on a private, loopback or link-local network ({address}); "
                "use --allow-private to check such links"
            )
