"""Real awesome-lists: GitHub's tables read exactly, and fixed losslessly and idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks import assert_fix_is_lossless
from conftest import CORPUS_FILES, run
from oracle import assert_tables_match_github

from awesome_lint.parse import parse_document
from awesome_lint.source import read_source

IDS = [path.name for path in CORPUS_FILES]


def test_corpus_is_complete() -> None:
    sources = (CORPUS_FILES[0].parent / "SOURCES.md").read_text(encoding="utf-8")
    assert len(CORPUS_FILES) == 13
    for path in CORPUS_FILES:
        assert path.name in sources


@pytest.mark.parametrize("path", CORPUS_FILES, ids=IDS)
def test_tables_and_cells_match_github(path: Path) -> None:
    document = parse_document(read_source(str(path)))
    assert_tables_match_github(document)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=IDS)
def test_fix_is_lossless_aligned_and_idempotent(path: Path, tmp_path: Path) -> None:
    target = tmp_path / path.name
    before = path.read_bytes()
    target.write_bytes(before)
    result = run("fix", str(target))
    assert result.code == 0, result.err
    after = target.read_bytes()
    fixed = assert_fix_is_lossless(before, after)
    assert_tables_match_github(fixed)
    again = run("fix", str(target))
    assert again.code == 0
    assert target.read_bytes() == after
    assert run("check", "--select", "AL001,AL002", str(target)).out.count("AL002") == 0


@pytest.mark.parametrize("path", CORPUS_FILES, ids=IDS)
def test_compact_fix_is_idempotent_and_keeps_the_page(path: Path, tmp_path: Path) -> None:
    target = tmp_path / path.name
    target.write_bytes(path.read_bytes())
    assert run("fix", "--style", "compact", str(target)).code == 0
    once = target.read_bytes()
    assert run("fix", "--style", "compact", "--check", str(target)).code == 0
    assert target.read_bytes() == once
