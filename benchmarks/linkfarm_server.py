"""A loopback link farm: one HTTP server on each of N loopback addresses, every answer delayed.

    python benchmarks/linkfarm_server.py --hosts 20 --latency 0.1 --port 8400 [--github N]

Runs until killed. Paths (the first segment says what a URL does; anything else answers 200):
``/page/X`` 200; ``/dead/X`` 404; ``/gone/X`` 410; ``/moved/X`` a permanent redirect to
``/page/X``; ``/temporary/X`` a temporary one; ``/limited/X`` 429 with ``Retry-After: 1`` the
first time, then 200; ``/unavailable/X`` 503 the first time, then 200; ``/no-head/X`` 405 to
HEAD, 200 to GET; ``/slow/X`` 2 s late; ``/loop/X`` redirects to itself by way of
``/loop-back/X``; ``/reset/X`` resets the connection; ``/huge/X`` a 1 GiB body; ``/challenge/X``
a bot-protection 403. With ``--github N``, a fake of GitHub's API on 127.0.0.100 (``/api/...``,
N generated repositories, see ``mix_repositories``) and a stand-in of github.com's pages for
them on 127.0.0.101, both as late as the farm. Counts requests per method and first path
segment in a file when ``--count-file`` is given (written every second).
"""

from __future__ import annotations

import argparse
import json
import socket
import struct
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fake_github import FakeRepository, graphql, rest_repository, web_status

API_HOST = "127.0.0.100"
WEB_HOST = "127.0.0.101"


def mix_repositories(count: int) -> dict[str, FakeRepository]:
    """``org{i}/repo{i}``: every 50th (from the 7th) does not exist; the others have a `main`
    and a `release/v2` branch and a few files."""
    main = frozenset({"README.md", "docs/guide.md", "src/app.py"})
    release = frozenset({"README.md", "docs/v2.md"})
    return {
        f"org{index}/repo{index}": FakeRepository(
            f"org{index}/repo{index}", license="MIT", refs={"main": main, "release/v2": release}
        )
        for index in range(count)
        if index % 50 != 7
    }


class Farm:
    def __init__(self, latency: float, repositories: dict[str, FakeRepository]) -> None:
        self.latency = latency
        self.repositories = repositories
        self.counts: Counter[str] = Counter()
        self.seen: set[str] = set()
        self.lock = threading.Lock()

    def first_time(self, path: str) -> bool:
        with self.lock:
            if path in self.seen:
                return False
            self.seen.add(path)
            return True


def make_handler(farm: Farm, role: str) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body leave in two writes: without this, Nagle's algorithm holds the body
        # until the client's delayed ACK, 40 ms later, as no real server would
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def send(
            self, status: int, headers: dict[str, str] | None = None, body: bytes = b""
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)

        def answer(self) -> None:
            path = self.path.split("?", 1)[0]
            kind = {"api": "github-api", "web": "github-web"}.get(role) or path.split("/")[1]
            with farm.lock:
                farm.counts[f"{self.command} {kind}"] += 1
            body = b""
            if self.command == "POST":
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            time.sleep(farm.latency)
            if role == "api":
                return self.api(path, body)
            if role == "web":
                status, location = web_status(path, farm.repositories)
                headers = {"Location": location} if location else None
                return self.send(status, headers, body=b"ok" if status == 200 else b"")
            return self.fault(kind, path)

        def api(self, path: str, body: bytes) -> None:
            if path == "/api/graphql":
                answer = graphql(json.loads(body)["query"], farm.repositories)
                return self.send(
                    200, {"Content-Type": "application/json"}, json.dumps(answer).encode()
                )
            found = rest_repository(path.removeprefix("/api/repos/"), farm.repositories)
            status = 200 if found else 404
            return self.send(
                status, {"Content-Type": "application/json"}, json.dumps(found or {}).encode()
            )

        def fault(self, kind: str, path: str) -> None:
            rest = path.split("/", 2)[2] if path.count("/") >= 2 else ""
            if kind == "dead":
                return self.send(404)
            if kind == "gone":
                return self.send(410)
            if kind == "moved":
                return self.send(301, {"Location": f"/page/{rest}"})
            if kind == "temporary":
                return self.send(302, {"Location": f"/page/{rest}"})
            if kind == "limited" and farm.first_time(path):
                return self.send(429, {"Retry-After": "1"})
            if kind == "unavailable" and farm.first_time(path):
                return self.send(503)
            if kind == "no-head" and self.command == "HEAD":
                return self.send(405)
            if kind == "slow":
                time.sleep(2.0)
            if kind == "loop":
                return self.send(302, {"Location": f"/loop-back/{rest}"})
            if kind == "loop-back":
                return self.send(302, {"Location": f"/loop/{rest}"})
            if kind == "reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                self.close_connection = True
                return None
            if kind == "huge":
                return self.huge()
            if kind == "challenge":
                return self.send(403, {"Server": "cloudflare", "cf-mitigated": "challenge"})
            return self.send(200, body=b"ok")

        def huge(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(1 << 30))
            self.end_headers()
            if self.command == "HEAD":
                return
            try:
                for _ in range(1 << 14):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass
            self.close_connection = True

        do_GET = answer
        do_HEAD = answer
        do_POST = answer

    return Handler


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that resets or hangs up is part of the game, not worth a traceback


def serve(address: str, port: int, handler: type) -> None:
    server = QuietServer((address, port), handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    threading.Thread(target=server.serve_forever, daemon=True).start()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--port", type=int, default=8400)
    parser.add_argument("--github", type=int, default=0, metavar="REPOSITORIES")
    parser.add_argument("--count-file")
    args = parser.parse_args()
    farm = Farm(args.latency, mix_repositories(args.github))
    for index in range(1, args.hosts + 1):
        serve(f"127.0.0.{index}", args.port, make_handler(farm, "farm"))
    if args.github:
        serve(API_HOST, args.port, make_handler(farm, "api"))
        serve(WEB_HOST, args.port, make_handler(farm, "web"))
    print("ready", flush=True)
    while True:
        time.sleep(1)
        if args.count_file:
            with farm.lock, open(args.count_file, "w", encoding="utf-8") as handle:
                json.dump(dict(farm.counts), handle)


if __name__ == "__main__":
    raise SystemExit(main())
