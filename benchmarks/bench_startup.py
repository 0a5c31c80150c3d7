"""The fixed cost of one `awesome-lint` process, beside a bare `python -c pass`.

Runs `awesome-lint --version`, `check` of a one-line list and `check` of the seed list
(tests/corpus/seed__chinese-llm-list.md, copied into a folder of its own), in text and JSON, and
prints the least and median wall time of the runs and the ratio to Python's own start. Wall
time drifts with the machine's load; with `--instructions` (valgrind installed) each command is
also counted in instructions executed, which do not (PYTHONHASHSEED is fixed for the count).

    python benchmarks/bench_startup.py
    python benchmarks/bench_startup.py --runs 31 --instructions
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "seed__chinese-llm-list.md"


def _seconds(command: list[str], folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(command: list[str], folder: Path, children: bool = False) -> int | None:
    """Instructions executed (valgrind's cachegrind, no cache simulation, a fixed hash seed);
    with ``children``, those of the last program the command runs (a build may be a script
    that execs Python: the count follows it). None without valgrind or a count."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counter = [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    if children:
        counter.append("--trace-children=yes")
    completed = subprocess.run(
        [*counter, *command],
        cwd=folder,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    counts = [line for line in completed.stderr.splitlines() if "I" in line and "refs:" in line]
    return int(counts[-1].rsplit(":", 1)[1].replace(",", "").strip()) if counts else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--instructions", action="store_true", help="count them (valgrind)")
    args = parser.parse_args(argv)
    awesome = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    with tempfile.TemporaryDirectory(prefix="awesome-lint-startup-") as temporary:
        folder = Path(temporary)
        (folder / "seed").mkdir()
        seed = folder / "seed" / "README.md"
        seed.write_bytes(SEED.read_bytes())
        one = folder / "one.md"
        one.write_text("# A list\n", encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--version": [awesome, "--version"],
            "check one line": [awesome, "check", str(one)],
            "check seed": [awesome, "check", str(seed)],
            "check seed json": [awesome, "check", "--format", "json", str(seed)],
        }
        print(f"{'command':<16} {'least ms':>8} {'median ms':>9} {'/ python':>8} {'M instr':>8}")
        python = 0.0
        for name, command in commands.items():
            times = [_seconds(command, folder) for _ in range(args.runs)]
            least = min(times)
            python = python or least
            counted = instructions(command, folder) if args.instructions else None
            shown = f"{counted / 1e6:8.0f}" if counted is not None else f"{'-':>8}"
            print(
                f"{name:<16} {least * 1000:8.0f} {statistics.median(times) * 1000:9.0f} "
                f"{least / python:8.1f} {shown}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
