"""`awesome-lint fix` beside prettier and markdown-table-formatter, in one run.

The peers are installed from the npm registry into a temporary folder (never into the
project). Each tool rewrites a copy of the same generated CJK-heavy list; the script prints
wall time and peak memory (median of the runs), the ratios to awesome-lint, and whether each
output keeps GitHub's page, keeps the lines outside the tables, and aligns every table line by
display width.

    python benchmarks/bench_fix.py                 # 1,000, 10,000 and 50,000 rows
    python benchmarks/bench_fix.py --sizes 10000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_list

from awesome_lint.cmark import render_html
from awesome_lint.parse import parse_document
from awesome_lint.source import decode
from awesome_lint.width import display_width

PEERS = {"prettier": "3.10.1", "markdown-table-formatter": "1.7.0"}  # pinned: comparable runs


@dataclass(frozen=True)
class Measure:
    seconds: float
    mib: float
    exit_code: int


def npm_install(folder: Path, packages: list[str]) -> None:
    """Install npm packages into ``folder`` (never into the project)."""
    command = ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder)]
    subprocess.run([*command, *packages], check=True)


def install_peers(folder: Path) -> Path:
    npm_install(folder, [f"{name}@{version}" for name, version in PEERS.items()])
    return folder / "node_modules" / ".bin"


TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)


def run_once(command: list[str], timeout: float) -> Measure | None:
    """Wall time and peak memory of one run; None when it outlives ``timeout``.

    Peak memory comes from /usr/bin/time: a child forked straight from this (large) process
    would count this process's pages in its own peak until it execs.
    """
    report = Path(tempfile.mkstemp(prefix="awesome-lint-time-")[1])
    wrapped = [TIME, "-f", "%M", "-o", str(report), *command] if TIME else command
    start = time.perf_counter()
    process = subprocess.Popen(
        wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the tool too, not only /usr/bin/time
        process.wait()
        report.unlink(missing_ok=True)
        return None
    seconds = time.perf_counter() - start
    lines = report.read_text().split() if TIME else []
    report.unlink(missing_ok=True)
    kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return Measure(seconds, kib / 1024, code)


def measure(
    command: list[str], original: Path, target: Path, runs: int, timeout: float
) -> tuple[Measure | None, bytes]:
    results = []
    for _ in range(runs):
        shutil.copyfile(original, target)
        result = run_once([*command, str(target)], timeout)
        if result is None:
            return None, b""
        results.append(result)
        if result.seconds > 10:
            break  # one run of a slow tool says enough
    output = target.read_bytes()
    median = Measure(
        statistics.median(m.seconds for m in results),
        statistics.median(m.mib for m in results),
        results[-1].exit_code,
    )
    return median, output


def _pipes(line: str) -> list[int]:
    columns, position, previous = [], 0, 0
    for index, char in enumerate(line):
        if char == "|" and (index == 0 or line[index - 1] != "\\"):
            position += display_width(line[previous:index])
            columns.append(position)
            position += 1
            previous = index + 1
    return columns


def verdict(before: bytes, after: bytes) -> tuple[bool, bool, bool]:
    """Same GitHub page; same lines outside the tables; every table line aligned."""
    old = parse_document(decode("before", before))
    new = parse_document(decode("after", after))
    same_page = render_html(old.source.text) == render_html(new.source.text)
    table_lines = {row.line - 1 for table in old.tables for row in table.rows}
    outside = len(old.source.lines) == len(new.source.lines) and all(
        a == b
        for index, (a, b) in enumerate(zip(old.source.lines, new.source.lines, strict=True))
        if index not in table_lines
    )
    aligned = True
    for table in new.tables:
        reference = _pipes(new.source.lines[table.delimiter.line - 1])
        for row in table.rows:
            columns = _pipes(new.source.lines[row.line - 1])
            shared = min(len(columns), len(reference))
            aligned &= columns[:shared] == reference[:shared]
    return same_page, outside, aligned


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--profiles", nargs="+", default=["words", "varied"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run")
    args = parser.parse_args(argv)

    awesome = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    with tempfile.TemporaryDirectory(prefix="awesome-lint-bench-") as temporary:
        folder = Path(temporary)
        print(f"installing {', '.join(f'{n}@{v}' for n, v in PEERS.items())} into {folder}")
        bin_dir = install_peers(folder)
        tools = {
            "awesome-lint": [awesome, "fix"],
            "markdown-table-formatter": [str(bin_dir / "markdown-table-formatter")],
            "prettier": [str(bin_dir / "prettier"), "--write"],
        }
        print(
            f"{'profile':<7} {'rows':>6} {'tool':<25} {'seconds':>8} {'MiB':>6} "
            f"{'/ awesome':>9}  same page  outside kept  aligned"
        )
        per_thousand: dict[tuple[str, str], list[str]] = {}
        for profile in args.profiles:
            timed_out: set[str] = set()
            for rows in args.sizes:
                original = folder / f"list-{profile}-{rows}.md"
                original.write_text(make_list(rows, profile), encoding="utf-8")
                before = original.read_bytes()
                baseline = 0.0
                for name, command in tools.items():
                    label = f"{profile:<7} {rows:>6} {name:<25}"
                    if name in timed_out:  # it timed out on fewer rows already
                        print(f"{label} {'skipped':>8}")
                        continue
                    target = folder / f"work-{name}.md"
                    result, after = measure(command, original, target, args.runs, args.timeout)
                    if result is None:
                        timed_out.add(name)
                        print(f"{label} {'>' + format(args.timeout, '.0f'):>8}")
                        per_thousand.setdefault((profile, name), []).append("-")
                        continue
                    baseline = baseline or result.seconds
                    page, outside, aligned = verdict(before, after)
                    per_thousand.setdefault((profile, name), []).append(
                        f"{result.seconds / rows * 1000:.3f}"
                    )
                    print(
                        f"{label} {result.seconds:>8.2f} {result.mib:>6.0f} "
                        f"{result.seconds / baseline:>9.1f}  {page!s:>9}  {outside!s:>12}  "
                        f"{aligned!s:>7}"
                    )
        print("\nseconds per 1,000 rows, by size (constant when time grows linearly):")
        for (profile, name), values in per_thousand.items():
            print(f"  {profile:<7} {name:<25} " + "  ".join(values))
    return 0


if __name__ == "__main__":
    sys.exit(main())
