"""Precision and recall of the default offline rules on real lists, against the labels a
maintainer's reading gave (tests/precision/labels/*.tsv): every finding is labeled `tp` (the
maintainer would act on it) or `fp`, or counts as `fp` unlabeled; every real problem found by
reading is a `tp` label, and recall counts how many of them the rules report. Each list is
checked inside a rebuilt copy of its repository (its LICENSE, the files its relative links
reach). `python benchmarks/ecosystem.py` prints every finding with its verdict."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import run
from precision_set import Repository, judge, labels, missed, rebuild, repositories
from precision_set import held_out as held_out_set

# measured on the 13 lists when these floors were set: precision 92.4% (61 of 66), recall 93.8%
# (61 of 65 real problems; the 4 missed are named in the labels' notes). A second judge who
# read every finding again agreed on all of them (tests/precision/README.md). Since: precision
# 96.9% (62 of 64), recall 95.4% (62 of 65; 3 missed); on 2026-12-01, 93.9% (62 of 66: two
# false alarms and two price spellings, `0.07/1K` among `0.07 / 1K`, left unlabeled) and 95.4%.
# The recall floor is issue 8's 93%.
PRECISION_FLOOR = 0.92
RECALL_FLOOR = 0.93


# the held-out sets' lists whose text is in the repository (benchmarks/labeled/README.md): lists
# judges labeled before any rule was tuned on them, first measured (all lists of each round) at
# 84.4% / 84.2% (J), 88.1% / 79.0% (K), 60.5% / 71.9% (L: 75 of its 116 false alarms one .NET
# list's licenses named in passing), 86.7% / 77.5% (M), 69.2% / 81.6% (N), 62.4% / 72.3% (O),
# 75.5% / 53.8% (P), 88.8% / 73.2% (Q), 18.3% / 37.0% (R2-R8: 228 of 272 false alarms one job
# board's emptied links; R1 is one list's 3,315 real broken links), 73.1% / 69.9% (S) and
# 85.5% / 90.1% (T; 48.3% / 62.3% without one list's 393 real broken links), 91.7% / 70.3% (U)
# and 91.6% / 80.8% (V; 82.9% / 61.7% without one list's 181 real broken links), 74.3% / 70.9%
# (W) and 41.0% / 65.7% (X: two projects' page conventions, 58 false alarms, and a pricing
# table's 21), 66.9% / 84.6% (Y: a DeFi log's rows of totals, 19), 41.5% / 50.0% (Z: one DNS
# list's 47 `sdns://` stamps), 30.6% / 64.8% (AA: a Jekyll site's 157 links to its served
# pages), 80.8% / 74.1% (AB: AL201's shared pages, 8 of its 19 false alarms), 44.9% / 55.9%
# (AC: three lists' conventions, 93 of its 98 false alarms), 10.2% / 69.2% (AD: 1,007 of its
# 1,025 false alarms one VuePress site's icons served from its static folder) and 63.6% / 64.9%
# (AE: a table's second header in its body, 12; a LeetCode index's Note column filled unevenly
# over time, 17, left), 43.7% / 69.3% (AF: an OSINT list's 145 headings after an empty link,
# 145), 82.3% / 81.5% (AG: a generator's empty cells for "unknown", 20), 80.1% / 67.4% (AH:
# AL006 on one list's `[Link]` batch, 10, and links copied under other names missed) and
# 82.6% / 55.5% (AI: a leaderboard's rows of one paper, 6; 24 links copied under other names
# and 13 values of another column missed), 50.6% / 68.0% (AJ: a heading style read as words
# glued to a link, 24; a badge's license unread, 24; a keyboard list's rows to copy, 19),
# 75.3% / 70.5% (AK: two audit firms' reviews of one client, 62), 88.4% / 70.1% (AL: builds of
# one app under its page, 6), 90.1% / 81.5% (AM: sources a table's rows cite as a habit,
# 22), 75.0% / 71.1% (AN: a package's bugs and a talk's events named twice, 10; year rows, 6),
# 47.9% / 68.7% (AO: 64 of its 74 false alarms one script's license column read from
# GitHub), 92.2% / 81.7% (AP: a generated README's empty cells, 7), 5.7% / 74.8% (AQ: 1,858 of
# its 1,874 false alarms one LeetCode index's links to solutions not written yet) and 97.2% /
# 85.4% (AR: a relay's price tiers, an app store's editions, 6), 60.6% / 69.8% (AS: 115 empty
# Model cells and layout rows of one generated table), 86.6% / 77.6% (AT) and 73.6% / 77.4%
# (AU: 21 Windows command lines cased as the system writes them), 83.2% / 69.5% (AV), 80.6%
# / 70.6% (AW: one audit firm's one-cell summary rows, 18 lines), 88.9% / 53.8% (AX: one
# cloud comparison's 22 short rows), 80.2% / 74.4% (AY: one ranking's 13 empty language
# cells, GitHub's own), 69.8% / 62.0% (AZ: one compliance matrix's blanks its legend
# explains), 66.2% / 75.6% (BA: one course plan's six HTML tables), 67.8% / 60.7% (BB: one
# dataset list's two tables, each writing X-ray its own way), 78.7% / 62.2% (BC) and 41.1% /
# 59.5% (BD: one LeetCode tracker's progress column and period rows, 121 of 179), each round
# after the last one's changes, U to AR left untuned (one bug fixed after U);
# these 803 measure 91.1% (3,919 of 4,311 findings) and 80.8% (3,767 of the 4,662 real problems
# labeled; the 768 before BB measured 91.1% and 81.6% before session 25's changes; the 700
# before AX 90.4% and 81.8% before session 23's, 91.0% and 82.2% after them): AL201's and AL202's
# repeats that a list makes on purpose (one vendor's products, a paper and its journal
# version) and AL004's optional columns are most of the false alarms left, links copied under
# other names, rare variants of two rows or more and short rows (not reported by design) most
# of the misses. The
# recall floor was 80% on the 330 lists before rounds AB to AE, whose lists first measured
# 74.1%, 55.9%, 69.2% and 64.9%, 79% on the 460 before round AI, 78.5% since; the precision
# floor was 89% on the 406 lists before rounds AF and AG (first measured 43.7% and 82.3%),
# 88.5% after them, 89% again since round AH's changes (91.1% measured on the 803); raised to
# 90% and 80% on the 976 lists after round BW (91.1% and 82.0% measured, every finding labeled;
# 982 with round BX: 91.2% and 82.4% after its session's changes; 989 with BY, the same;
# 996 with BZ, the same; 1,004 with CA: 91.1% and 81.9%).
HELD_OUT = Path(__file__).parent.parent / "benchmarks" / "labeled"
HELD_OUT_PRECISION_FLOOR = 0.90
HELD_OUT_RECALL_FLOOR = 0.80


def _judge_all(
    every: list[Repository], folder: pytest.TempPathFactory
) -> tuple[Counter[str], int, int]:
    verdicts: Counter[str] = Counter()
    real = found_real = 0
    for index, repository in enumerate(every):
        target = rebuild(repository, folder.mktemp(f"repo{index}"))
        result = run("check", "--format", "json", str(target))
        assert result.code in (0, 1), result.err
        findings = json.loads(result.out)
        verdicts.update(item.verdict for item in judge(repository, findings))
        not_found = missed(repository, findings)
        tp_labels = [label for label in labels(repository) if label.verdict == "tp"]
        real += len(tp_labels)
        found_real += len(tp_labels) - len(not_found)
    return verdicts, real, found_real


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Counter[str], int, int]:
    return _judge_all(repositories(), tmp_path_factory)


@pytest.fixture(scope="module")
def held_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Counter[str], int, int]:
    every = [
        repository
        for folder in sorted(HELD_OUT.glob("*/repos.tsv"))
        for repository in repositories(held_out_set(folder.parent))
        if (repository.source.lists / repository.name).exists()
    ]
    assert len(every) >= 1237
    return _judge_all(every, tmp_path_factory)


def test_held_out_lists_first_labeled_then_measured(
    held_out: tuple[Counter[str], int, int],
) -> None:
    verdicts, real, found_real = held_out
    assert verdicts["tp"] / sum(verdicts.values()) >= HELD_OUT_PRECISION_FLOOR, verdicts
    assert found_real / real >= HELD_OUT_RECALL_FLOOR, (found_real, real)


def test_default_findings_are_ones_maintainers_act_on(
    judged: tuple[Counter[str], int, int],
) -> None:
    verdicts, _, _ = judged
    total = sum(verdicts.values())
    assert total > 0
    assert verdicts["tp"] / total >= PRECISION_FLOOR, verdicts


def test_default_rules_find_the_real_problems(judged: tuple[Counter[str], int, int]) -> None:
    _, real, found_real = judged
    assert real >= 60  # the labeled set itself: every list read, every real problem recorded
    assert found_real / real >= RECALL_FLOOR, (found_real, real)


def test_every_list_has_labels_and_a_repository() -> None:
    corpus = {path.name for path in (Path(__file__).parent / "corpus").glob("*.md")}
    named = {repository.name for repository in repositories()}
    assert named == corpus - {"SOURCES.md"}
    for repository in repositories():
        assert labels(repository), repository.name


def test_a_line_with_two_labels_of_one_code_judges_each_finding_by_the_column_it_names(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "set"
    (folder / "labels").mkdir(parents=True)
    (folder / "labels" / "a.md.tsv").write_text(
        "line\tcode\tverdict\tnote\n"
        "7\tAL004\tfp\tModel left empty: the paper names no method\n"
        "7\tAL004\ttp\tData empty while the table records datasets in 97% of rows\n",
        encoding="utf-8",
    )
    repository = Repository("a.md", "a.md", None, held_out_set(folder))

    def finding(column: str) -> dict[str, object]:
        return {"line": 7, "code": "AL004", "message": f"the `{column}` cell is empty"}

    both = [finding("Model"), finding("Data")]
    assert [item.verdict for item in judge(repository, both)] == ["fp", "tp"]
    assert missed(repository, both) == []
    # the slip not reported: its label is missed, though the other cell of its line is
    only_model = [finding("Model")]
    assert [item.verdict for item in judge(repository, only_model)] == ["fp"]
    assert [label.note[:4] for label in missed(repository, only_model)] == ["Data"]
