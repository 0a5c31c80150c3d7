"""`awesome-lint check` beside markdownlint-cli2 and pymarkdown, in one run.

Peers are installed into a temporary folder: markdownlint-cli2 from the npm registry,
pymarkdownlnt from PyPI into a virtual environment of its own. Each linter checks the same
files: the seed list (tests/corpus/seed__chinese-llm-list.md) and generated CJK-heavy lists of
the `--profiles` of benchmarks/generate.py (`words`: short descriptions of a small vocabulary;
`real`: rows shaped as the Chinese lists of the corpus write them).
Prints wall time, peak memory and the ratio to awesome-lint (median of the runs); awesome-lint
runs a large list's rules in two processes where it can, and once more in one
(`AWESOME_LINT_PROCESSES=1`), for the ratio of one processor.

    python benchmarks/bench_check.py
    python benchmarks/bench_check.py --sizes 2000 10000 --timeout 900
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fix import npm_install, run_once
from generate import PROFILES, make_list

SEED = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "seed__chinese-llm-list.md"
PEERS_NPM = {"markdownlint-cli2": "0.24.1"}
PEERS_PYPI = {"pymarkdownlnt": "0.9.41"}


def install(folder: Path) -> dict[str, list[str]]:
    npm_install(folder, [f"{name}@{version}" for name, version in PEERS_NPM.items()])
    environment = folder / "pymarkdown-venv"
    venv.create(environment, with_pip=True)
    pip = environment / "bin" / "pip"
    requirements = [f"{name}=={version}" for name, version in PEERS_PYPI.items()]
    subprocess.run([str(pip), "install", "-q", *requirements], check=True)
    awesome = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    compile_bytecode()
    return {
        "awesome-lint": [awesome, "check"],
        # the same in one process, whatever the machine's processors (awesome_lint/parallel.py)
        "awesome-lint 1 proc": ["env", "AWESOME_LINT_PROCESSES=1", awesome, "check"],
        "markdownlint-cli2": [str(folder / "node_modules" / ".bin" / "markdownlint-cli2")],
        "pymarkdown": [str(environment / "bin" / "pymarkdown"), "scan"],
    }


def compile_bytecode() -> None:
    """Write awesome-lint's bytecode, as `pip install` does on a user's machine. An editable
    install under PYTHONDONTWRITEBYTECODE (set on some machines) would otherwise compile every
    rule module's source on each run: 50 ms of each measured time that no user pays."""
    import awesome_lint

    package = Path(awesome_lint.__file__).resolve().parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--profiles", nargs="+", default=["words", "real"], choices=PROFILES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="awesome-lint-bench-") as temporary:
        folder = Path(temporary)
        print(f"installing {PEERS_NPM} and {PEERS_PYPI} into {folder}")
        tools = install(folder)
        files = [("seed list", SEED)]
        for profile in args.profiles:
            for rows in args.sizes:
                path = folder / f"list-{profile}-{rows}.md"
                path.write_text(make_list(rows, profile), encoding="utf-8")
                files.append((f"{profile} {rows:,}", path))
        print(f"{'file':<14} {'tool':<20} {'seconds':>8} {'MiB':>6} {'/ awesome':>9}")
        for label, path in files:
            baseline = 0.0
            for name, command in tools.items():
                seconds: list[float] = []
                memory: list[float] = []
                for _ in range(args.runs):
                    result = run_once([*command, str(path)], args.timeout)
                    if result is None:
                        break
                    seconds.append(result.seconds)
                    memory.append(result.mib)
                    if result.seconds > 10:
                        break
                if not seconds:
                    print(f"{label:<14} {name:<20} {'>' + format(args.timeout, '.0f'):>8}")
                    continue
                median = statistics.median(seconds)
                baseline = baseline or median
                print(
                    f"{label:<14} {name:<20} {median:>8.2f} {statistics.median(memory):>6.0f} "
                    f"{median / baseline:>9.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
