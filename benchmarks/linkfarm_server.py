"""A loopback link farm: one HTTP server on each of N loopback addresses, every answer delayed.

    python benchmarks/linkfarm_server.py --hosts 20 --latency 0.1 --port 8400

Runs until killed. Paths: anything answers 200 after the latency; ``/dead/...`` answers 404,
``/moved/X`` a permanent redirect to ``/page/X``, ``/challenge/...`` a bot-protection 403.
Counts requests per method in a file when ``--count-file`` is given (written every second).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(latency: float, counts: Counter[str], lock: threading.Lock) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def answer(self) -> None:
            with lock:
                counts[self.command] += 1
            time.sleep(latency)
            status, headers = 200, {}
            if self.path.startswith("/dead/"):
                status = 404
            elif self.path.startswith("/moved/"):
                status, headers = 301, {"Location": "/page/" + self.path[len("/moved/") :]}
            elif self.path.startswith("/challenge/"):
                status, headers = 403, {"Server": "cloudflare", "cf-mitigated": "challenge"}
            body = b"ok" if status == 200 and self.command != "HEAD" else b""
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "2" if status == 200 else "0")
            self.end_headers()
            if body:
                self.wfile.write(body)

        do_GET = answer
        do_HEAD = answer

    return Handler


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--port", type=int, default=8400)
    parser.add_argument("--count-file")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    handler = make_handler(args.latency, counts, lock)
    for index in range(1, args.hosts + 1):
        server = ThreadingHTTPServer((f"127.0.0.{index}", args.port), handler)
        server.daemon_threads = True
        server.request_queue_size = 256
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    while True:
        time.sleep(1)
        if args.count_file:
            with lock, open(args.count_file, "w", encoding="utf-8") as handle:
                json.dump(dict(counts), handle)


if __name__ == "__main__":
    raise SystemExit(main())
