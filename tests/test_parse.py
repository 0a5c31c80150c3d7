"""Which lines are tables and what their cells are: GitHub's parser (cmark-gfm) decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import document
from hypothesis import given, settings
from hypothesis import strategies as st
from oracle import assert_tables_match_github, github_tables

from awesome_lint.api import check_source
from awesome_lint.config import Settings
from awesome_lint.gfm import Align
from awesome_lint.parse import Rows, front_matter_keys, parse_document
from awesome_lint.source import Source, decode

# The table examples of the GitHub Flavored Markdown spec (0.29-gfm, examples 198 to 205).
GFM_SPEC_EXAMPLES = {
    198: "| foo | bar |\n| --- | --- |\n| baz | bim |\n",
    199: "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
    200: "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n",
    201: "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
    202: "| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n",
    203: "| abc | def |\n| --- |\n| bar |\n",
    204: "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n",
    205: "| abc | def |\n| --- | --- |\n",
}
GFM_SPEC_TABLES = {198: 1, 199: 1, 200: 1, 201: 1, 202: 1, 203: 0, 204: 1, 205: 1}

EDGE_CASES = {
    "paragraph above the header": "para\n| a | b |\n|:-|--:|\n| 1 | 2 |\n",
    "block quote": "> | q | r |\n> |---|---|\n> | 1 | `a\\|b` |\nlazy\n",
    "lazy header in a block quote": "> para\nfoo | bar\n> |---|---|\n",
    "lazy delimiter is no table": "> | a |\n|---|\n",
    "list item": "- | a | b |\n  |---|---|\n  | 1 | 2 |\n| 3 | 4 |\n",
    "ordered list item": "1. x\n\n   | a | b |\n   | - | - |\n   | 1 | 2 |\n",
    "nested containers": "- > | a | b |\n  > |---|---|\n  > | 1 | 2 |\n",
    "indented rows": "  | a | b |\n  |---|---|\n    | 1 | 2 |\n|x|\n",
    "setext heading": "abc\n---\n",
    "one column, one hyphen": "abc\n:-\nfoo\n",
    "heading under a table": "| a |\n|---|\n# h\n",
    "list under a table": "| a |\n|---|\n- b | c\n",
    "fence under a table": "| a |\n|---|\n```\ncode\n```\n",
    "html comment": "<!--\n| a |\n|---|\n-->\n",
    "html block": "<div>\n| a |\n|---|\n</div>\n",
    "custom html tag under a table": "| a |\n|---|\n<foo>\n",
    "fenced code": "```\n| a |\n|---|\n```\n",
    "indented code": "    | a |\n    |---|\n",
    "header and delimiter disagree": "| a | b |\n|---|\n",
    "pipe-less": "a | b\n--|--\n1 | 2\n",
    "tab-indented row starts code": "| a |\n|---|\n\tx\n",
    "BOM": "\ufeff| a |\n|---|\n| 1 |\n",
    "CRLF": "| a |\r\n|---|\r\n| 1 |\r\n",
    "CR": "| a |\r|---|\r| 1 |\r",
    "lazy paragraph in a list item": "- a | b\n--|--\n",
    "lone pipe ends the table": "| a |\n|---|\n|\n",
    "escaped pipes": "| a | b |\n|---|---|\n| \\\\| x | y \\| z |\n",
    "trailing spaces": "| a | b |\n|---|---|\n| 1 | 2 | \n",
    "ideographic space": "| 名称 | 描述 |\n| --- | --- |\n| 模型 | 中文\u3000描述\u3000 |\n",
    "text after the last pipe": "| a | b |\n|---|---|\n| 1 | 2\n",
    "reference links in cells": "| a |\n|---|\n| [x][y] |\n\n[y]: https://example.com\n",
    "two tables": "| a |\n|---|\n\n| b | c |\n|---|---|\n| 1 | 2 |\n",
    "list marker delimiter": "a | b\n- | -:\n",
    "table in a block quote in a list": "1. > a | b\n   > --|--\n   > 1 | 2\n",
    "custom tag after a list item is no lazy line": "- item\n<foo>\n   |---|\n",
    "empty list item after a quote": "> a | b\n-\n|-|-|\n",
    "ordered list from 2 after a quote": "> para\n2. x | y\n   --|--\n",
    "indented line stays lazy in a quote": "> a | b\n    c | d\n> --|--\n",
    "a lazy header keeps its indentation": "- x\n\n  p\n | h |\n  | --- |\n",
    "a lazy header with an empty first cell": "- x\n\n  p\n | a | b |\n  |-|-|-|\n",
    "a continued header loses its indentation": "para\n  | a | b |\n|---|---|\n",
    "a lazy line is no setext underline": "- item\n===\npara\n|---|\n",
}


@pytest.mark.parametrize("number", sorted(GFM_SPEC_EXAMPLES))
def test_gfm_spec_examples(number: int) -> None:
    parsed = document(GFM_SPEC_EXAMPLES[number])
    assert len(parsed.tables) == GFM_SPEC_TABLES[number]
    assert_tables_match_github(parsed)


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases_match_github(name: str) -> None:
    assert_tables_match_github(document(EDGE_CASES[name]))


def test_oracle_notices_a_wrong_reading() -> None:
    parsed = document("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert github_tables("| a | b |\n|---|---|\n| 1 | 3 |\n") != github_tables(parsed.source.text)


def test_cells_alignments_and_positions() -> None:
    parsed = document("Intro\n\n| a | b \\| c |\n|:-|--:|\n| 1 || 3 | 4\nlazy\n")
    (table,) = parsed.tables
    assert (table.line, table.end_line, table.width) == (3, 6, 2)
    assert table.alignments == (Align.LEFT, Align.RIGHT)
    assert [cell.text for cell in table.header.cells] == ["a", "b \\| c"]
    assert [(cell.line, cell.column) for cell in table.header.cells] == [(3, 3), (3, 7)]
    assert [cell.text for cell in table.body[0].cells] == ["1", "", "3", "4"]
    assert [cell.column for cell in table.body[0].cells] == [3, 6, 8, 12]
    assert [cell.text for cell in table.body[1].cells] == ["lazy"]


def test_positions_inside_containers_skip_the_prefix_and_the_bom() -> None:
    parsed = document("\ufeff> | a | b |\n> |---|---|\n>| 1 | 2 |\n")
    (table,) = parsed.tables
    assert [row.prefix for row in table.rows] == ["> ", "> ", ">"]
    assert table.header.cells[0].column == 5
    assert table.body[0].cells[1].column == 8
    assert table.body[0].column == 2


def test_list_item_table_prefixes() -> None:
    parsed = document("- | a | b |\n  |---|---|\n  | 1 | 2 |\n")
    (table,) = parsed.tables
    assert [row.prefix for row in table.rows] == ["- ", "  ", "  "]


def test_a_tab_in_the_prefix_stays_as_written() -> None:
    parsed = document(">\t| a | b |\n>\t|---|---|\n")
    (table,) = parsed.tables
    assert [row.prefix for row in table.rows] == [">\t", ">\t"]
    assert table.header.texts == ("a", "b")
    assert_tables_match_github(parsed)


def test_a_line_of_ideographic_spaces_is_a_row_not_a_blank_line() -> None:
    parsed = document("- h\n  :--\n  \u3000\n")
    assert [cell.text for cell in parsed.tables[0].body[0].cells] == ["\u3000"]
    assert_tables_match_github(parsed)


def test_our_cmark_rendering_is_cmarkgfms_and_frees_its_memory() -> None:
    import resource

    from oracle import github_html

    from awesome_lint.cmark import render_html

    text = "| a | b |\n|---|---|\n" + "| 中文 | [x](https://x.io) |\n" * 20000
    assert render_html(text).decode("utf-8") == github_html(text)
    render_html(text)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(3):
        render_html(text)
    # cmarkgfm's own function keeps every tree: three more renders would add ~30 MB here
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 5_000


def _source(text: str) -> Source:
    return decode("README.md", text.encode("utf-8"))


def test_rows_of_the_last_parse_are_reused_where_unchanged() -> None:
    rows = Rows()
    text = "| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |\n"
    first = parse_document(_source(text), rows).tables[0]
    second = parse_document(_source(text.replace("| 3 |", "| 5 |")), rows).tables[0]
    assert second.body[0] is first.body[0]  # unchanged: the same record, its cells read once
    assert second.body[1] is not first.body[1]
    assert second.body[1].texts == ("5", "4")
    moved = parse_document(_source("\n" + text), rows).tables[0]
    assert moved.body[0].line == 4 and moved.body[0] is not first.body[0]
    quoted = parse_document(_source("> " + text.replace("\n|", "\n> |")), rows).tables[0]
    assert quoted.body[0].prefix == "> "


_CORPUS_LIST = Path(__file__).parent / "corpus" / "seed__chinese-llm-list.md"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["", " x", "|", "\n", "| y |"]))))
def test_a_check_that_reuses_rows_finds_what_a_fresh_check_finds(
    edits: list[tuple[int, str]],
) -> None:
    lines = _CORPUS_LIST.read_text(encoding="utf-8").split("\n")
    rows = Rows()
    settings = Settings()
    for index, added in edits:
        index = min(index, len(lines) - 1)
        lines[index] = lines[index] + added
        source = _source("\n".join(lines))
        assert check_source(source, settings, rows) == check_source(source, settings)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "xhttps://a.b", "c https://d", "", "中文yhttp://q"]), max_size=12
    )
)
def test_lines_matching_names_the_lines_a_pattern_starts_on(lines: list[str]) -> None:
    import re

    pattern = re.compile(r"[A-Za-z]https?://")
    doc = document("\r\n".join(lines) + "\n")
    expected = {number for number, line in enumerate(doc.source.lines, 1) if pattern.search(line)}
    assert doc.lines_matching(pattern) == expected


def test_front_matter_keys_are_its_top_level_keys_and_none_without_one() -> None:
    post = ("---", 'title: "x"', "emoji: 📚", "topics: [a]", "  nested: 1", "---", "tags: text")
    assert front_matter_keys(post) == {"title", "emoji", "topics"}
    # no front matter: a body's `key:` lines are no keys
    assert front_matter_keys(("# List", "tags: a", "emoji: b", "end")) == frozenset()
    assert front_matter_keys(("---", "tags: a")) == frozenset()  # never closed
