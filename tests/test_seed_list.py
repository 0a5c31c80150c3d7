"""The list this project started from: what issue 3 says must be found there, and nothing else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, CORPUS_FILES, run

SEED = CORPUS / "seed__chinese-llm-list.md"


def findings(path: Path, *flags: str) -> list[dict[str, object]]:
    result = run("check", "--format", "json", *flags, str(path))
    assert result.code in (0, 1), result.err
    return list(json.loads(result.out))


def test_exactly_the_two_duplicate_pairs() -> None:
    found = findings(SEED, "--select", "AL201")
    assert [(item["line"], item["related"][0]["line"]) for item in found] == [(12, 10), (17, 9)]
    assert "THUDM/ChatGLM-6B" in str(found[0]["message"])
    assert "ymcui/Chinese-LLaMA-Alpaca" in str(found[1]["message"])


def test_entries_that_state_their_terms_are_not_missing_a_license() -> None:
    lines = {item["line"] for item in findings(SEED, "--select", "AL203")}
    first_table = set(range(9, 26))
    assert 9 not in lines  # 授权比较有限，只能用作科研，不允许做商用
    assert 23 not in lines  # 拥有宽松，支持商业的开源协议
    assert first_table - {9, 23} <= lines


def test_rows_whose_address_cell_is_empty_while_the_name_links() -> None:
    found = findings(SEED, "--select", "AL005")
    assert [item["line"] for item in found] == list(range(12, 25))
    assert all("name cell" in str(item["message"]) for item in found)


def test_default_check_finds_exactly_what_the_seed_list_needs(tmp_path: Path) -> None:
    """In a folder of its own (no LICENSE), default `check` on the seed list: AL206 on line 1,
    AL201 on lines 12 and 17, AL203 on lines 10–22, 24 and 25, AL005 on lines 12–24; and
    `fix --check` names the file."""
    copy = tmp_path / "README.md"
    shutil.copyfile(SEED, copy)
    found = sorted((int(str(item["line"])), str(item["code"])) for item in findings(copy))
    expected = sorted(
        [(1, "AL206"), (12, "AL201"), (17, "AL201")]
        + [(line, "AL203") for line in [*range(10, 23), 24, 25]]
        + [(line, "AL005") for line in range(12, 25)]
    )
    assert found == expected
    gate = run("fix", "--check", str(copy))
    assert (gate.code, gate.out) == (1, f"would fix {copy}\n")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[path.name for path in CORPUS_FILES])
def test_every_finding_points_at_a_real_place(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    lines = copy.read_text(encoding="utf-8").splitlines()
    found = findings(copy, "--select", "ALL")
    for item in found:
        line, column = int(item["line"]), int(item["column"])  # type: ignore[call-overload]
        assert 1 <= line <= max(len(lines), 1), item
        assert 1 <= column <= len(lines[line - 1]) + 1 if lines else column == 1, item
