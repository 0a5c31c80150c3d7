"""Real HTTP servers on 127.0.0.1 that misbehave on purpose, and a fake GitHub API, for tests."""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import fake_github


class InFlight:
    """Requests being answered right now, per host and in all, as the servers see them; shared
    by several farms. ``/hold/...`` paths are counted while they wait before answering."""

    def __init__(self, hold: float = 0.5) -> None:
        self.hold = hold
        self.now: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        self.peak_total = 0
        self.lock = threading.Lock()

    def enter(self, host: str) -> None:
        with self.lock:
            self.now[host] += 1
            self.peak[host] = max(self.peak[host], self.now[host])
            self.peak_total = max(self.peak_total, sum(self.now.values()))

    def leave(self, host: str) -> None:
        with self.lock:
            self.now[host] -= 1


class FarmState:
    def __init__(self, in_flight: InFlight | None = None, github_pages: bool = False) -> None:
        self.github_pages = github_pages  # /octo/… answered as github.com's pages
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[float, str]] = []  # (arrival, "METHOD /path") in arrival order
        self.bytes_sent = 0
        self.connections = 0  # TCP connections accepted
        self.in_flight = in_flight or InFlight()
        self.authorizations: list[tuple[str, str]] = []  # (host, path) of requests with a token
        self.hosts: list[str] = []  # the Host header of every request
        self.server_names: list[str | None] = []  # TLS server names (SNI) asked for
        self.lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms wait for a delayed ACK between headers and body
    state: FarmState

    def log_message(self, *args: object) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.state.lock:
            self.state.connections += 1

    def _send(self, status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _json(self, status: int, data: object, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"Content-Type": "application/json", **(headers or {})},
                   json.dumps(data).encode())  # fmt: skip

    def handle_any(self) -> None:
        state = self.state
        path = self.path.split("?", 1)[0]
        with state.lock:
            state.hits[f"{self.command} {path}"] += 1
            state.log.append((time.monotonic(), f"{self.command} {path}"))
            count = (
                state.hits[f"{self.command} {path}"]
                + state.hits[f"{'GET' if self.command == 'HEAD' else 'HEAD'} {path}"]
            )
            state.hosts.append(self.headers.get("Host", ""))
            if self.headers.get("Authorization"):
                state.authorizations.append((self.headers.get("Host", ""), path))
        if path.startswith(("/api/", "/graphql")) or path.startswith("/api"):
            return self.github_api(path)
        if state.github_pages and path.startswith("/octo/"):
            status, location = fake_github.web_status(path)
            return self._send(status, {"Location": location} if location else None)
        if path == "/head-body":  # a body after a HEAD's answer, as no server should send
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")
            return None
        if path.startswith("/hold/"):
            return self.hold()
        if path == "/ok" or path.startswith("/ok/"):
            return self._send(200, body=b"ok")
        if path == "/404":
            return self._send(404)
        if path == "/410":
            return self._send(410)
        if path == "/slow":
            time.sleep(2.0)
            return self._send(200)
        if path == "/429":
            return self._send(429, {"Retry-After": "1"})
        if path == "/429-once":
            return self._send(429, {"Retry-After": "1"}) if count == 1 else self._send(200)
        if path == "/503-once":
            return self._send(503) if count == 1 else self._send(200)
        if path == "/head-405":
            return self._send(405) if self.command == "HEAD" else self._send(200)
        if path == "/moved":
            return self._send(301, {"Location": "/ok/new"})
        if path == "/temporary":
            return self._send(302, {"Location": "/ok"})
        if path == "/loop-a":
            return self._send(302, {"Location": "/loop-b"})
        if path == "/loop-b":
            return self._send(302, {"Location": "/loop-a"})
        if path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return None
        if path == "/huge":
            return self.huge()
        if path == "/challenge":
            return self._send(
                403, {"Server": "cloudflare", "cf-mitigated": "challenge"}, b"Just a moment..."
            )
        if path == "/to-private":
            return self._send(301, {"Location": "http://10.0.0.1/"})
        if path.startswith("/location/"):  # any Location, verbatim (percent-decoded once)
            return self._send(301, {"Location": unquote(self.path[len("/location/") :])})
        if path.startswith("/hops/"):  # /hops/3 redirects three times, then answers
            left = int(path[len("/hops/") :])
            return self._send(302, {"Location": f"/hops/{left - 1}"}) if left else self._send(200)
        if path in ("/not-http", "/many-headers"):  # answers that are not HTTP/1.1
            many = b"".join(b"X-%d: y\r\n" % index for index in range(200))
            raw = b"NOT HTTP\r\n\r\n" if path == "/not-http" else b"HTTP/1.1 200 OK\r\n" + many
            self.wfile.write(raw + b"\r\n")
            self.close_connection = True
            return None
        if path == "/trickle":
            return self.trickle()
        if path.startswith("/not-json/"):  # an "API" that answers a web page
            return self._send(200, {"Content-Type": "text/html"}, b"<html>maintenance</html>")
        if path.startswith("/redirect-to/"):
            return self._send(302, {"Location": "http://" + path[len("/redirect-to/") :]})
        return self._send(404)

    def hold(self) -> None:
        host = self.headers.get("Host", "")
        self.state.in_flight.enter(host)
        try:
            time.sleep(self.state.in_flight.hold)
        finally:
            self.state.in_flight.leave(host)
        self._send(200)

    def trickle(self) -> None:
        """The status line and headers, one byte a second: never a pause of a whole timeout."""
        head = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"x" * 100 + b"\r\n\r\n"
        try:
            for byte in head:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1.0)
        except OSError:
            pass
        self.close_connection = True

    def huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(1 << 30))
        self.end_headers()
        if self.command == "HEAD":
            return
        try:
            for _ in range(1 << 14):
                self.wfile.write(b"x" * 65536)
                with self.state.lock:
                    self.state.bytes_sent += 65536
        except OSError:
            pass
        self.close_connection = True

    def github_api(self, path: str) -> None:
        if path.startswith("/api/repos/"):
            key = path[len("/api/repos/") :].lower()
            if key == "octo/limited":
                return self._json(403, {"message": "rate limited"}, {"X-RateLimit-Remaining": "0"})
            if key == "octo/away":  # a redirect that would carry the token to another host
                return self._send(301, {"Location": "http://127.0.0.2:9/api/repos/octo/away"})
            repository = fake_github.rest_repository(key)
            if repository is None:
                return self._json(404, {"message": "Not Found"})
            return self._json(200, repository)
        if path == "/api/broken/graphql":  # a query refused as a whole: errors, no data
            return self._json(200, {"errors": [{"message": "Something went wrong"}]})
        if path == "/api/nonsense/graphql":  # JSON of the wrong shapes
            return self._json(200, {"data": {"r0": {"licenseInfo": "MIT", "nameWithOwner": 7}}})
        if path.startswith("/api/nonsense/repos/"):
            return self._json(200, ["not", "an", "object"])
        if path == "/api/graphql":
            length = int(self.headers.get("Content-Length", "0"))
            query = json.loads(self.rfile.read(length))["query"]
            return self._json(200, fake_github.graphql(query))
        return self._send(404)

    do_GET = handle_any
    do_HEAD = handle_any
    do_POST = handle_any


class Farm:
    """A threaded server on 127.0.0.1; ``url(path)`` builds its URLs."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: tuple[str, str] | None = None,
        in_flight: InFlight | None = None,
        github_pages: bool = False,
    ) -> None:
        """``tls``: a certificate and key file; the farm then speaks https. ``in_flight``:
        a count of requests being answered, shared with other farms. ``github_pages``: the
        fake GitHub's repositories answer at ``/octo/…`` as on github.com."""
        self.state = FarmState(in_flight, github_pages)
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.scheme = "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            context.sni_callback = lambda _socket, name, _context: self.state.server_names.append(
                name
            )
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.server.daemon_threads = True
        self.host = host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Farm:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"
