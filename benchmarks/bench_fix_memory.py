"""Peak memory of `awesome-lint fix` over many files against one file: it must stay flat.

A run over 200 lists of 1 MB each must peak within twice the memory of a run over one of them:
nothing of a finished file may stay alive while the next is read. Both the case where every
file is already formatted (nothing written) and the case where every file is rewritten are
measured, each through /usr/bin/time (the peak resident set of the command's own process).

    python benchmarks/bench_fix_memory.py              # 200 files of 1 MB
    python benchmarks/bench_fix_memory.py --files 50 --size-mb 2
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fix import Measure, run_once
from generate import make_list

from awesome_lint.cli import main as awesome_lint


def _list_of_size(size: int) -> str:
    """A generated list of about ``size`` bytes (UTF-8)."""
    rows = 1000
    text = make_list(rows)
    while len(text.encode("utf-8")) < size:
        rows = int(rows * size / len(text.encode("utf-8"))) + 1
        text = make_list(rows)
    return text


def _fix_run(files: list[Path], timeout: float) -> Measure:
    command = [sys.executable, "-m", "awesome_lint", "fix", *map(str, files)]
    result = run_once(command, timeout)
    if result is None:
        raise SystemExit(f"fix over {len(files)} files outlived {timeout:.0f} s")
    return result


def _write_copies(folder: Path, text: bytes, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"list-{index:03}.md" for index in range(count)]
    for path in paths:
        path.write_bytes(text)
    return paths


def measure_case(root: Path, text: bytes, count: int, timeout: float) -> tuple[Measure, Measure]:
    one = _fix_run(_write_copies(root / "one", text, 1), timeout)
    many = _fix_run(_write_copies(root / "many", text, count), timeout)
    shutil.rmtree(root / "one")
    shutil.rmtree(root / "many")
    return one, many


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="awesome-lint-memory-") as name:
        root = Path(name)
        raw = _list_of_size(int(args.size_mb * 1000 * 1000)).encode("utf-8")
        formatted_path = root / "formatted.md"
        formatted_path.write_bytes(raw)
        if awesome_lint(["fix", str(formatted_path)]) not in (0, 1):
            raise SystemExit("the generated list could not be fixed")
        formatted = formatted_path.read_bytes()
        print(
            f"{args.files} files of {len(raw) / 1e6:.2f} MB (raw) / {len(formatted) / 1e6:.2f} MB"
        )
        print(f"{'case':<22} {'1 file MiB':>11} {f'{args.files} files MiB':>15} {'ratio':>6}")
        worst = 0.0
        for case, text in (("already formatted", formatted), ("rewritten", raw)):
            one, many = measure_case(root, text, args.files, args.timeout)
            ratio = many.mib / one.mib if one.mib else float("nan")
            worst = max(worst, ratio)
            print(f"{case:<22} {one.mib:>11.1f} {many.mib:>15.1f} {ratio:>6.2f}")
        print("within 2x" if worst <= 2 else "NOT within 2x")
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
