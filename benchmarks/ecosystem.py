"""Every rule's findings on every corpus list, as ruff's ecosystem check: run it before and
after a rule change and read the difference. Each list is checked inside a rebuilt copy of its
repository (tests/precision_set.py) and its findings are judged against the labels.

    python benchmarks/ecosystem.py --out /tmp/before.txt
    ... change a rule ...
    python benchmarks/ecosystem.py --out /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt

`--set benchmarks/labeled/J1` (repeatable) judges a held-out set instead of the corpus: lists
labeled by judges who read them before any rule was tuned on them (benchmarks/labeled/).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from precision_set import (
    CORPUS_SET,
    LabeledSet,
    held_out,
    judge,
    missed,
    parse_json,
    rebuild,
    repositories,
)

from awesome_lint.cli import main as awesome_lint


def findings_of(path: Path, flags: list[str]) -> list[dict[str, object]]:
    out_bytes = io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="")
    code = awesome_lint(
        ["check", "--format", "json", *flags, str(path)], stdout=out, stderr=io.StringIO()
    )
    out.flush()
    if code not in (0, 1):
        raise SystemExit(f"{path}: awesome-lint exited {code}")
    return parse_json(out_bytes.getvalue().decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="also write the findings here (for a diff)")
    parser.add_argument("--flags", default="", help="extra check flags, e.g. '--select ALL'")
    parser.add_argument("--quiet", action="store_true", help="the tables only")
    parser.add_argument(
        "--set", action="append", type=Path, default=[], help="a held-out set's folder"
    )
    args = parser.parse_args(argv)
    if args.out:  # a run that fails leaves no findings of an earlier run to diff against
        Path(args.out).unlink(missing_ok=True)
    sets: list[LabeledSet] = [held_out(folder) for folder in args.set] or [CORPUS_SET]
    lines: list[str] = []
    by_rule: dict[str, Counter[str]] = {}
    misses: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        every = [repository for labeled in sets for repository in repositories(labeled)]
        # a held-out list whose license does not allow a copy has its labels but not its text
        # here (its repository and commit are in repos.tsv: fetch it into lists/ to judge it)
        absent = [r.name for r in every if not (r.source.lists / r.name).exists()]
        every = [r for r in every if r.name not in absent]
        for index, repository in enumerate(every):
            target = rebuild(repository, Path(folder) / str(index))
            found = findings_of(target, args.flags.split())
            for judged in judge(repository, found):
                by_rule.setdefault(judged.code, Counter())[judged.verdict] += 1
                lines.append(
                    f"{repository.name}:{judged.line}: {judged.code} [{judged.verdict}] "
                    f"{judged.message}"
                )
            for label in missed(repository, found):
                misses[label.code] += 1
                lines.append(f"{repository.name}:{label.line}: {label.code} [missed] {label.note}")
    if absent:
        print(f"{len(absent)} labeled lists not judged: their text is not in the repository")
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not args.quiet:
        print("\n".join(lines))
    print(f"\n{'rule':6} {'findings':>8} {'tp':>4} {'fp':>5} {'unlab':>5} {'missed':>6} "
          f"{'precision':>9} {'recall':>6}")  # fmt: skip
    total: Counter[str] = Counter()
    for code in sorted(set(by_rule) | set(misses)):
        counts = by_rule.get(code, Counter())
        total.update(counts)
        total["missed"] += misses[code]
        print(_row(code, counts, misses[code]))
    print(_row("all", total, total["missed"]))
    return 0


def _row(code: str, counts: Counter[str], missed_count: int) -> str:
    found = sum(counts[verdict] for verdict in ("tp", "fp", "unlabeled"))
    precision = counts["tp"] / found if found else 1.0
    real = counts["tp"] + missed_count
    recall = counts["tp"] / real if real else 1.0
    return (
        f"{code:6} {found:8} {counts['tp']:4} {counts['fp']:5} {counts['unlabeled']:5} "
        f"{missed_count:6} {precision:9.1%} {recall:6.1%}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
