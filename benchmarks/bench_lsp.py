"""Latency of `awesome-lint server`: from a didChange to its published diagnostics.

A small LSP client of its own (JSON-RPC over the server's stdio) opens a list, then edits one
row at a time and waits for the diagnostics of each new version. The server runs with
`--debounce 0`, so each figure is the time after the debounce: the check and the round trip.
Lists: the seed list (tests/corpus/seed__chinese-llm-list.md) and a generated CJK list of
10,000 rows (benchmarks/generate.py). Also times whole-document formatting.

The split: after each edit the same text is checked again here, in this process, by the
library alone (``check_source`` under the settings the server uses, warm as the server is);
the server's own share of an edit (applying the change, placing and sending the findings, the
round trip) is the edit's latency less that check.

    python benchmarks/bench_lsp.py
    python benchmarks/bench_lsp.py --rows 10000 --edits 40 --big-edits 10
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_list

from awesome_lint.api import check_source
from awesome_lint.parse import Rows
from awesome_lint.server import engine

SEED = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "seed__chinese-llm-list.md"


class Client:
    """Just enough of an LSP client: requests, notifications, and a queue of what comes back."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: BinaryIO) -> None:
        while True:
            length = 0
            while (header := stream.readline()) not in (b"\r\n", b""):
                if header.lower().startswith(b"content-length:"):
                    length = int(header.split(b":")[1])
            if not header:
                return
            message = json.loads(stream.read(length))
            message["received"] = time.perf_counter()
            self.inbox.put(message)

    def send(self, message: dict[str, Any]) -> float:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return time.perf_counter()

    def request(self, method: str, params: Any) -> tuple[Any, float]:
        self.next_id += 1
        sent = self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.inbox.get(timeout=600)
            if message.get("id") == self.next_id and "method" not in message:
                return message.get("result"), message["received"] - sent

    def notify(self, method: str, params: Any) -> float:
        return self.send({"method": method, "params": params})

    def diagnostics(self, uri: str, version: int) -> tuple[list[Any], float]:
        while True:
            message = self.inbox.get(timeout=600)
            params = message.get("params") or {}
            if (
                message.get("method") == "textDocument/publishDiagnostics"
                and params.get("uri") == uri
                and params.get("version") == version
            ):
                return params["diagnostics"], message["received"]

    def cpu(self) -> float:
        """Seconds of CPU the server has used so far (Linux; 0 elsewhere)."""
        try:
            with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=30)


def _edit(text: str, round_: int) -> tuple[int, str]:
    """The line of a table row to touch in this round, and its new text: a word added to its
    second cell (rows spread over the tables, as a maintainer's edits are)."""
    lines = text.split("\n")
    rows = [
        number for number, line in enumerate(lines) if line.startswith("| ") and "---" not in line
    ]
    index = rows[1 + (round_ * 7919) % (len(rows) - 1)]
    cells = lines[index].split("|")
    if len(cells) > 3:
        cells[2] = cells[2] + "中文 "
    return index, "|".join(cells)


def measure(server: list[str], text: str, edits: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="bench-lsp-"))
    try:
        path = folder / "README.md"
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        client = Client(server)
        client.request(
            "initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}}
        )
        client.notify("initialized", {})
        sent = client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        found, received = client.diagnostics(uri, 1)
        opened = received - sent
        latencies: list[float] = []
        cpu: list[float] = []
        library: list[float] = []
        library_cpu: list[float] = []
        settings = engine.Configs(str(folder)).settings(str(path))
        rows = Rows()  # the rows of the last check, reused where unchanged, as the server does
        check_source(engine.to_source(str(path), text), settings, rows)  # warm, as the server is
        current = text.split("\n")
        for round_ in range(edits):
            index, new = _edit("\n".join(current), round_)
            old = current[index]
            current[index] = new
            change = {
                "range": {
                    "start": {"line": index, "character": 0},
                    "end": {"line": index, "character": len(old.encode("utf-16-le")) // 2},
                },
                "text": new,
            }
            version = round_ + 2
            before = client.cpu()
            sent = client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
            )
            _, received = client.diagnostics(uri, version)
            latencies.append(received - sent)
            cpu.append(client.cpu() - before)
            source = engine.to_source(str(path), "\n".join(current))
            started, cpu_started = time.perf_counter(), time.process_time()
            check_source(source, settings, rows)
            library.append(time.perf_counter() - started)
            library_cpu.append(time.process_time() - cpu_started)
        edits_result, formatting = client.request(
            "textDocument/formatting",
            {"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": True}},
        )
        client.close()
        return {
            "lines": len(current),
            "diagnostics": len(found),
            "open": opened,
            "latencies": latencies,
            "cpu": cpu,
            "library": library,
            "library_cpu": library_cpu,
            "formatting": formatting,
            "format_edits": len(edits_result or []),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _report(name: str, result: dict[str, Any]) -> str:
    latencies = result["latencies"]
    library = result["library"]
    own = [total - check for total, check in zip(latencies, library, strict=True)]
    own_cpu = [
        total - check for total, check in zip(result["cpu"], result["library_cpu"], strict=True)
    ]
    return (
        f"{name:<14} {result['lines']:>6} lines {result['diagnostics']:>5} findings  "
        f"open {result['open'] * 1000:7.0f} ms  "
        f"edit p50 {statistics.median(latencies) * 1000:7.0f} ms  "
        f"p95 {_percentile(latencies, 0.95) * 1000:7.0f} ms  (n={len(latencies)}; server CPU "
        f"p50 {statistics.median(result['cpu']) * 1000:.0f} ms, "
        f"p95 {_percentile(result['cpu'], 0.95) * 1000:.0f} ms)  "
        f"format {result['formatting'] * 1000:6.0f} ms ({result['format_edits']} edits)\n"
        f"{'':<14} split: library check p50 {statistics.median(library) * 1000:.0f} ms, "
        f"p95 {_percentile(library, 0.95) * 1000:.0f} ms; the server's own share p50 "
        f"{statistics.median(own) * 1000:.0f} ms, p95 {_percentile(own, 0.95) * 1000:.0f} ms; "
        f"CPU: library p50 {statistics.median(result['library_cpu']) * 1000:.0f} ms, the "
        f"server's own p50 {statistics.median(own_cpu) * 1000:.0f} ms (CPU is counted in 10 ms "
        "ticks for the server)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=40, help="edits on the seed list")
    parser.add_argument("--big-edits", type=int, default=10, help="edits on the big list")
    parser.add_argument(
        "--profile", default="words", help="benchmarks/generate.py's profile of the big list"
    )
    args = parser.parse_args(argv)
    gc.set_threshold(50_000, 20, 100)  # as the server sets it (awesome_lint.server.protocol)
    server = [sys.executable, "-m", "awesome_lint", "server", "--debounce", "0"]
    print(_report("seed list", measure(server, SEED.read_text(encoding="utf-8"), args.edits)))
    big = make_list(args.rows, args.profile)
    print(_report(f"{args.rows} rows", measure(server, big, args.big_edits)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
