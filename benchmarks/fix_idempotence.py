"""Every combination of the offline fixes, safe and unsafe, on every corpus file with its own
newlines and converted to CR only: a second `fix` must change nothing. Too long for the test
suite (tests/test_fix.py spreads the combinations over the corpus); run it after changing a fix.

    python benchmarks/fix_idempotence.py
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from conftest import CORPUS_FILES, run

FIXABLE = ("AL001", "AL002", "AL003", "AL006", "AL205")


def main() -> int:
    combinations = [
        ",".join(combination)
        for size in range(1, len(FIXABLE) + 1)
        for combination in itertools.combinations(FIXABLE, size)
    ]
    failures = runs = 0
    start = time.perf_counter()
    for path in CORPUS_FILES:
        data = path.read_bytes()
        variants = {
            "as written": data,
            "CR only": data.replace(b"\r\n", b"\n").replace(b"\n", b"\r"),
        }
        for variant, text in variants.items():
            for selection, unsafe in itertools.product(combinations, ([], ["--unsafe-fixes"])):
                flags = ["--select", selection, *unsafe]
                once = run("fix", *flags, "-", stdin=text)
                twice = run("fix", *flags, "-", stdin=once.out.encode("utf-8"))
                runs += 1
                if once.code != 0 or twice.out != once.out:
                    failures += 1
                    print(f"NOT SETTLED: {path.name} ({variant}) fix {' '.join(flags)}")
    seconds = time.perf_counter() - start
    print(f"{runs} fix runs checked twice, {failures} not settled, {seconds:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
