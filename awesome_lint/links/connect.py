"""Requests that go to the address the guard approved, each within a wall-clock budget.

The adapter never resolves a name: the connection pool is keyed by the approved address, while
the ``Host`` header, TLS's server name (SNI) and the certificate check keep the URL's host. A
watchdog thread shuts the socket down when a request's budget is spent, so a server that
trickles its headers one byte a second cannot outlast ``--timeout`` (a read timeout only bounds
each wait between two bytes).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from awesome_lint.links.guard import Target

MAX_BODY = 8 << 20  # an API answer larger than this is not read

_local = threading.local()


@dataclass
class _Watch:
    """One request's budget: when it is spent, the connection's socket is shut down."""

    connection: Any = None
    expired: bool = False
    finished: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def attach(self, connection: Any) -> None:
        with self.lock:
            self.connection = connection
            if self.expired:
                self._shut()

    def expire(self) -> None:
        with self.lock:
            if self.finished:
                return
            self.expired = True
            self._shut()

    def finish(self) -> None:
        with self.lock:
            self.finished = True

    def _shut(self) -> None:
        sock = getattr(self.connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One thread for every request's budget (a timer thread per request would cost more
    than a HEAD request when thousands are in flight)."""

    def __init__(self) -> None:
        self._due: list[tuple[float, int, _Watch]] = []
        self._wake = threading.Condition()
        self._count = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, watch: _Watch, seconds: float) -> None:
        with self._wake:
            heapq.heappush(self._due, (time.monotonic() + seconds, next(self._count), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name="deadline")
                self._thread.start()
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._due:
                    self._wake.wait()
                at, _, watch = self._due[0]
                now = time.monotonic()
                if watch.finished:
                    heapq.heappop(self._due)
                    continue
                if at > now:
                    self._wake.wait(at - now)
                    continue
                heapq.heappop(self._due)
            watch.expire()


_WATCHDOG = _Watchdog()


def _watch_this(connection: Any) -> None:
    watch: _Watch | None = getattr(_local, "watch", None)
    if watch is not None:
        watch.attach(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _watch_this(self)
        super().connect()
        _watch_this(self)  # now with its socket

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch_this(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _watch_this(self)
        super().connect()
        _watch_this(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch_this(self)
        super().request(*args, **kwargs)


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class PinnedAdapter(HTTPAdapter):
    """requests' adapter, connecting to the approved address only, without cookie handling (a
    link check keeps no cookies, and reading them costs more CPU than a HEAD request when
    thousands are in flight)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}

    def build_connection_pool_key_attributes(  # type: ignore[override]
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        _, kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        pool_kwargs: dict[str, Any] = dict(kwargs)
        target: Target | None = getattr(_local, "target", None)
        if target is None:
            raise requests.exceptions.InvalidURL("a request the guard did not approve")
        if target.scheme == "https":
            pool_kwargs["server_hostname"] = target.host
            pool_kwargs["assert_hostname"] = target.host
        host = {"scheme": target.scheme, "host": target.address, "port": target.port}
        return host, pool_kwargs

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response


def make_session(
    user_agent: str, headers: tuple[tuple[str, str], ...], pool: int
) -> requests.Session:
    session = requests.Session()
    adapter = PinnedAdapter(pool_connections=max(16, pool), pool_maxsize=pool, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    session.headers.update(dict(headers))
    session.trust_env = False  # no proxies or .netrc credentials picked up from the runner
    return session


def send(
    session: requests.Session,
    method: str,
    target: Target,
    *,
    budget: float,
    headers: dict[str, str] | None = None,
    json: object = None,
    read_body: bool = False,
) -> requests.Response:
    """``method`` on the approved target, all of it (connection, headers, and the body when
    ``read_body``) within ``budget`` seconds; requests.Timeout when the budget is spent."""
    prepared = requests.PreparedRequest()
    merged = CaseInsensitiveDict(session.headers)
    merged.update(headers or {})
    prepared.prepare(method=method, url=target.url, headers=merged, json=json)
    prepared.headers["Host"] = target.host_header
    adapter = session.get_adapter(target.url)
    watch = _Watch()
    _local.target, _local.watch = target, watch
    started = time.monotonic()
    _WATCHDOG.watch(watch, budget)
    try:
        response = adapter.send(prepared, stream=True, timeout=budget)
        if read_body:
            body = response.raw.read(MAX_BODY + 1, decode_content=True)
            if len(body) > MAX_BODY:
                raise requests.exceptions.ContentDecodingError("the answer is too large")
            response._content = body
    except (requests.RequestException, OSError) as error:
        if watch.expired:
            spent = time.monotonic() - started
            raise requests.exceptions.Timeout(f"no complete answer in {spent:.1f} s") from error
        raise
    except Exception as error:  # urllib3 errors that requests does not wrap (a body read)
        if watch.expired:
            raise requests.exceptions.Timeout("no complete answer in time") from error
        raise requests.exceptions.ConnectionError(str(error)) from error
    finally:
        watch.finish()
        _local.target = _local.watch = None
    return response
