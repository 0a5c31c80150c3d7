"""`fix` on every held-out list whose text is kept (benchmarks/labeled/*/lists/): the promises of
the corpus tests, on a thousand lists no rule was tuned on. For each list: the tables awesome-lint
reads match GitHub's (cmark-gfm); plain `fix` leaves GitHub's page as it was (its HTML, runs of
whitespace aside); plain `fix` and `fix --select ALL --unsafe-fixes` exit 0 or 1 and change
nothing when run again. Too long for the test suite; run it after changing the parser or a fix.

    python benchmarks/heldout_fix.py
    python benchmarks/heldout_fix.py --jobs 8 --limit 100
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from oracle import assert_tables_match_github, github_html  # noqa: E402

from awesome_lint.parse import parse_document  # noqa: E402
from awesome_lint.source import decode  # noqa: E402

LISTS = sorted((ROOT / "benchmarks" / "labeled").glob("*/lists/*.md"))
RUNS = (("fix",), ("fix", "--select", "ALL", "--unsafe-fixes"))
_WHITESPACE = re.compile(r"\s+")


def _page(text: str) -> str:
    return _WHITESPACE.sub(" ", github_html(text))


def _binary() -> str:
    return str(Path(sys.executable).parent / "awesome-lint")


def judge(path: Path) -> list[str]:
    """What went wrong with one list: empty where every promise held."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return []  # refused as invalid UTF-8, as the corpus tests show
    problems: list[str] = []
    try:
        assert_tables_match_github(parse_document(decode(str(path), data)))
    except AssertionError as error:
        problems.append(f"tables differ from GitHub's: {str(error)[:200]}")
    with tempfile.TemporaryDirectory(prefix="awesome-lint-heldout-") as folder:
        (Path(folder) / ".git").mkdir()  # a repository of its own: no configuration above it
        target = Path(folder) / path.name
        for run in RUNS:
            target.write_bytes(data)
            first = subprocess.run([_binary(), *run, str(target)], capture_output=True, text=True)
            if first.returncode not in (0, 1):
                problems.append(f"{' '.join(run)}: exit {first.returncode}: {first.stderr[-200:]}")
                continue
            fixed = target.read_bytes()
            if run == ("fix",) and _page(fixed.decode("utf-8")) != _page(text):
                problems.append("fix changed GitHub's page")
            subprocess.run([_binary(), *run, str(target)], capture_output=True, text=True)
            if target.read_bytes() != fixed:
                problems.append(f"{' '.join(run)}: not idempotent")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N lists")
    options = parser.parse_args(argv)
    lists = LISTS[: options.limit] if options.limit else LISTS
    failed = 0
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        for path, problems in zip(lists, pool.map(judge, lists, chunksize=4), strict=True):
            for problem in problems:
                print(f"{path.relative_to(ROOT)}: {problem}")
            failed += bool(problems)
    print(f"{len(lists)} lists, {failed} with a problem")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
