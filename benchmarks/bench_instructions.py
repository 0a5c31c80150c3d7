"""`awesome-lint check` of generated lists counted in instructions executed, for one build or
several side by side.

Wall time on a shared machine drifts with its load by more than a change of a few percent;
instructions (valgrind's cachegrind, no cache simulation, PYTHONHASHSEED fixed) do not. Each
build is an `awesome-lint` executable; the first is the one the others are compared to. Lists
are made by benchmarks/generate.py in a temporary folder of their own (no configuration file
above them), so every build reads the same bytes.

    python benchmarks/bench_instructions.py
    python benchmarks/bench_instructions.py --rows 10000 --profiles words varied real \\
        --build /path/to/main/bin/awesome-lint --build .venv/bin/awesome-lint
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import instructions
from generate import make_list


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--profiles", nargs="+", default=["words", "varied", "real"])
    parser.add_argument(
        "--build", action="append", metavar="BIN", help="an awesome-lint executable (repeat)"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing to count", file=sys.stderr)
        return 2
    default = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    builds: list[str] = args.build or [default]
    print(f"{'list':<14} " + " ".join(f"{'build ' + str(n):>16}" for n in range(len(builds))))
    with tempfile.TemporaryDirectory(prefix="awesome-lint-instructions-") as temporary:
        folder = Path(temporary)
        for profile in args.profiles:
            path = folder / f"list-{profile}-{args.rows}.md"
            path.write_text(make_list(args.rows, profile), encoding="utf-8")
            counts = [
                instructions([build, "check", str(path)], folder, children=True) for build in builds
            ]
            cells = [f"{count / 1e9:>9.3f} G" if count else f"{'-':>11}" for count in counts]
            first = counts[0]
            ratios = [
                f" ({first / count:.2f}x)" if first and count and index else ""
                for index, count in enumerate(counts)
            ]
            label = f"{profile} {args.rows:,}"
            shown = [f"{cell}{ratio:>8}" for cell, ratio in zip(cells, ratios, strict=True)]
            print(f"{label:<14} " + " ".join(shown))
    for number, build in enumerate(builds):
        print(f"build {number}: {build}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
