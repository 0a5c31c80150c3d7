"""Golden cases: input lists and their expected output in each style."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks import assert_fix_is_lossless
from conftest import TESTS, document, run

from awesome_lint.render import RenderOptions, Style, render_rows, render_table

GOLDEN = TESTS / "golden"
CASES = sorted(path.name for path in (GOLDEN / "input").glob("*.md"))


@pytest.mark.parametrize("style", ["aligned", "compact"])
@pytest.mark.parametrize("name", CASES)
def test_golden(name: str, style: str, tmp_path: Path) -> None:
    before = (GOLDEN / "input" / name).read_bytes()
    target = tmp_path / name
    target.write_bytes(before)
    result = run("fix", "--style", style, str(target))
    assert result.code == 0, result.err
    after = target.read_bytes()
    assert after == (GOLDEN / style / name).read_bytes()
    if style == "aligned":
        assert_fix_is_lossless(before, after)
    again = run("fix", "--style", style, "--check", str(target))
    assert again.code == 0 and again.out == ""


def test_golden_inputs_cover_the_cases_the_issue_names() -> None:
    wanted = {
        "cjk", "fullwidth_punctuation", "emoji", "tabs", "escaped_pipes", "code_span_pipes",
        "crlf", "bom", "no_final_newline", "block_quote", "list_item", "lazy_rows",
        "one_hyphen_delimiters", "pipeless", "ragged_rows",
    }  # fmt: skip
    assert wanted <= {Path(name).stem for name in CASES}


def test_aligned_pads_to_display_width() -> None:
    table = document("| 名称 | b |\n|---|---|\n| ab | ❤️ |\n").tables[0]
    assert render_rows(table, RenderOptions()) == [
        "| 名称 | b   |",
        "| ---- | --- |",
        "| ab   | ❤️  |",
    ]


def test_alignment_markers_and_padding_follow_each_column() -> None:
    table = document("| l | c | r |\n|:-|:-:|-:|\n| left | mid | right |\n").tables[0]
    assert render_rows(table, RenderOptions()) == [
        "| l    |  c  |     r |",
        "| :--- | :-: | ----: |",
        "| left | mid | right |",
    ]


def test_max_width_falls_back_to_compact() -> None:
    table = document("| a | b |\n|---|---|\n| a long cell | x |\n").tables[0]
    assert render_rows(table, RenderOptions(max_width=10)) == [
        "| a | b |",
        "| --- | --- |",
        "| a long cell | x |",
    ]
    assert render_rows(table, RenderOptions(max_width=40))[0] == "| a           | b   |"


def _one_wide_cell(width: int, rows: int) -> str:
    body = "".join(f"| {row} | x |\n" for row in range(rows))
    return f"| a | b |\n|---|---|\n| {'w' * width} | x |\n{body}"


def test_one_huge_cell_over_many_rows_is_written_compact() -> None:
    # padding 300 rows to a 20,000-column cell would write 6 MB for a 22 KB table
    wide = document(_one_wide_cell(20_000, 300)).tables[0]
    lines = render_rows(wide, RenderOptions())
    assert lines == render_rows(wide, RenderOptions(Style.COMPACT))
    assert lines[-1] == "| 299 | x |"
    # a long cell in a short table, as real lists have, is still padded to
    narrow = document(_one_wide_cell(200, 20)).tables[0]
    assert render_rows(narrow, RenderOptions())[-1] == "| 19" + " " * 198 + " | x   |"


def test_a_fix_never_multiplies_a_file_and_is_idempotent(tmp_path: Path) -> None:
    target = tmp_path / "wide.md"
    before = _one_wide_cell(20_000, 300) + "\n| c |\n|---|\n| d |\n"
    target.write_text(before, encoding="utf-8")
    result = run("fix", str(target))
    assert result.code == 0
    # said, as it is not the style asked for; the small table below is aligned, and not named
    assert result.err.splitlines()[0] == (
        f"{target}:1: the table is written compact: padded to its widest cells, it would be "
        "more than 16 times that size"
    )
    assert f"{target}:304:" not in result.err
    after = target.read_bytes()
    assert len(after) < 2 * len(before.encode())
    assert after.endswith(b"| c   |\n| --- |\n| d   |\n")  # the small table still aligned
    assert_fix_is_lossless(before.encode(), after)
    assert run("fix", "--check", str(target)).code == 0


def test_compact_rows_do_not_depend_on_other_rows() -> None:
    short = document("| a |\n|---|\n| x |\n").tables[0]
    longer = document("| a |\n|---|\n| x |\n| a much longer cell |\n").tables[0]
    compact = RenderOptions(Style.COMPACT)
    assert render_rows(short, compact)[:3] == render_rows(longer, compact)[:3]


def test_control_characters_count_no_columns_and_tabs_one() -> None:
    parsed = document("| a\tb | c\x1bd |\n|---|---|\n| x | y |\n")
    lines = render_table(parsed.tables[0], RenderOptions())
    # "a<tab>b" is three columns wide, "c<escape>d" two, padded to the minimum of three
    assert lines == ["| a\tb | c\x1bd  |", "| --- | --- |", "| x   | y   |"]
