"""What compiling check's hot modules with mypyc would gain: instructions and wall time of
`awesome-lint check` on generated lists, the package as it is beside a copy of it whose hot
modules mypyc compiled (nothing is installed or changed in the checkout).

The code is typed strictly enough for mypyc to compile it unchanged. This measures the gain
and checks that both copies report the same findings (JSON, every rule) on each list; shipping
compiled modules (a build hook, wheels per platform, a pure-Python fallback) is another matter.
Needs mypy (the `dev` extra), a C compiler and, for instructions, valgrind.

    python benchmarks/bench_mypyc.py
    python benchmarks/bench_mypyc.py --rows 10000 --profiles words real --runs 5
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_instructions import _instructions
from generate import make_list

PACKAGE = Path(__file__).resolve().parent.parent / "awesome_lint"
# the modules a check of a list of tables spends its time in (not document.py: rows keep what
# they have read in their __dict__, which compiled classes do not have)
HOT = (
    "gfm.py",
    "blocks.py",
    "parse.py",
    "inline.py",
    "entries.py",
    "links/collect.py",
    "values.py",
    "urls.py",
    "suppress.py",
    "rules/empty_cell.py",
    "rules/link_placement.py",
    "rules/column_values.py",
    "rules/invalid_url.py",
    "rules/duplicate_link.py",
    "rules/duplicate_name.py",
)


def _copy(folder: Path) -> Path:
    """A copy of the package in ``folder``, byte-compiled (as an installed package is)."""
    shutil.copytree(PACKAGE, folder / "awesome_lint", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)
    return folder


def _compiled_copy(folder: Path) -> Path:
    """A copy of the package with the hot modules compiled by mypyc beside their sources."""
    _copy(folder)
    mypyc = Path(sys.executable).parent / "mypyc"
    modules = [f"awesome_lint/{name}" for name in HOT]
    subprocess.run([str(mypyc), *modules], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return folder


def _command(root: Path, *arguments: str) -> list[str]:
    """``awesome-lint`` run from the copy at ``root``, whatever the working folder holds."""
    code = (
        f"import sys; sys.path.insert(0, {str(root)!r}); "
        "from awesome_lint.console import main; sys.exit(main())"
    )
    return [sys.executable, "-c", code, *arguments]


def _best_seconds(root: Path, path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            _command(root, "check", str(path)),
            cwd=path.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        best = min(best, time.perf_counter() - start)
    return best


def _findings(root: Path, path: Path) -> str:
    done = subprocess.run(
        _command(root, "check", "--select", "ALL", "--format", "json", str(path)),
        cwd=path.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--profiles", nargs="+", default=["words", "varied", "real"])
    parser.add_argument("--runs", type=int, default=3, help="wall time: best of this many")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="awesome-lint-mypyc-") as temporary:
        folder = Path(temporary)
        plain = _copy(folder / "plain")
        compiled = _compiled_copy(folder / "compiled")
        lists = folder / "lists"
        lists.mkdir()
        header = ("list", "plain", "compiled", "ratio", "plain s", "compiled s")
        print("{:<14} {:>9} {:>9} {:>6}  {:>8} {:>10}".format(*header))
        for profile in args.profiles:
            path = lists / f"list-{profile}-{args.rows}.md"
            path.write_text(make_list(args.rows, profile), encoding="utf-8")
            same = _findings(plain, path) == _findings(compiled, path)
            counts = [
                _instructions(_command(root, "check", str(path)), lists)
                if shutil.which("valgrind")
                else None
                for root in (plain, compiled)
            ]
            seconds = [_best_seconds(root, path, args.runs) for root in (plain, compiled)]
            shown = [f"{count / 1e9:>7.2f} G" if count else f"{'-':>9}" for count in counts]
            ratio = f"{counts[0] / counts[1]:>5.2f}x" if counts[0] and counts[1] else f"{'-':>6}"
            label = f"{profile} {args.rows:,}"
            print(
                f"{label:<14} {shown[0]} {shown[1]} {ratio}  {seconds[0]:>8.2f} {seconds[1]:>10.2f}"
                + ("" if same else "  FINDINGS DIFFER")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
