"""A long fuzzing run of `fix` on hostile documents (tests/hostile.py): GitHub's page (cmark-gfm,
raw HTML rendered) stays the same, or `fix` refuses with exit 2 and leaves the file.

The CI test (tests/test_fuzz_fix.py) runs a couple of hundred examples; this runs as many as
asked and prints how many documents were left unchanged, fixed and refused.

    python benchmarks/fuzz_fix.py --examples 20000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile import fix_keeps_the_page, hostile_documents
from hypothesis import HealthCheck, given, settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed, for a rerun")
    args = parser.parse_args(argv)
    outcomes: Counter[str] = Counter()
    sizes: list[int] = []

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(hostile_documents())
    def property_holds(data: bytes) -> None:
        outcomes[fix_keeps_the_page(data)] += 1
        sizes.append(len(data))

    if args.seed is not None:
        property_holds = __import__("hypothesis").seed(args.seed)(property_holds)
    start = time.perf_counter()
    failed = False
    try:
        property_holds()
    except AssertionError as error:  # hypothesis has printed the shrunk example
        print(f"FAILED: {error}")
        failed = True
    elapsed = time.perf_counter() - start
    total = sum(outcomes.values())
    print(
        f"{total} documents in {elapsed:.0f} s ({sum(sizes) // max(total, 1)} bytes on average): "
        f"{outcomes['unchanged']} unchanged, {outcomes['fixed']} fixed, "
        f"{outcomes['held']} with a table held back (exit 2, the others fixed), "
        f"{outcomes['refused']} refused (exit 2, file untouched)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
