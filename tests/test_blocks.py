"""The block structure as cmark-gfm finds it: raw HTML blocks, containers, hostile nesting."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import document, run
from hypothesis import given
from hypothesis import strategies as st
from oracle import assert_tables_match_github, github_html

from awesome_lint.blocks import BlockParser, walk
from awesome_lint.fix import compare_rendering
from awesome_lint.source import decode

MESSY = "| a | b |\n|-|-|\n| x   | y |\n"
FORMATTED = "| a   | b   |\n| --- | --- |\n| x   | y   |\n"


def _indent(prefix: str, text: str, first: str | None = None) -> str:
    lines = text.splitlines(keepends=True)
    head = first if first is not None else prefix
    return "".join((head if index == 0 else prefix) + line for index, line in enumerate(lines))


# Raw HTML blocks that hold a table-looking text: GitHub shows it as HTML, so it is no table
# and `fix` must leave it alone (issue 13, item 1). Each with the tables GitHub renders.
RAW_HTML = {
    "PRE in capitals": ("<PRE>\ntext\n\n" + MESSY + "</PRE>\n", 0),
    "Script in mixed case": ("<Script>\n\n" + MESSY + "</Script>\n", 0),
    "STYLE in capitals": ("<STYLE>\n\n" + MESSY + "</STYLE>\n", 0),
    "textarea": ("<textarea>\n\n" + MESSY + "</textarea>\n", 0),
    "a tab after the tag name": ('<div\tclass="x">\n' + MESSY, 0),
    "a vertical tab after the tag name": ("<div\v>\n" + MESSY, 0),
    "a form feed line is not blank": ("<div>\n\f\n" + MESSY, 0),
    "a vertical tab line is not blank": ("<div>\n\v\n" + MESSY, 0),
    "a long s does not close a script": ("<script>\nx\n</ſcript>\n\n" + MESSY, 0),
    "a Kelvin sign does not open a block": ("para\n<lin\u212a>\n" + MESSY, 1),
    "SCRIPT closes a script": ("<script>\nx\n</SCRIPT>\n\n" + MESSY, 1),
    "a comment": ("<!--\n\n" + MESSY + "-->\n", 0),
    "a processing instruction": ("<?php\n\n" + MESSY + "?>\n", 0),
    "a declaration ends at its >": ("<!DOCTYPE html\n\n" + MESSY + ">\n\n" + MESSY, 1),
    "a lowercase declaration is text": ("<!doctype html>\n\n" + MESSY, 1),
    "CDATA in any case": ("<![cdata[\n\n" + MESSY + "]]>\n", 0),
    "a custom tag in mixed case": ('<Foo Bar="1">\n' + MESSY, 0),
    "a custom tag cannot interrupt a paragraph": ("para\n<foo>\n" + MESSY, 1),
    "source is a block tag": ("para\n<source x\n" + MESSY, 0),
    "search is not a block tag": ("para\n<search x\n" + MESSY, 1),
    "a blank line ends a div": ("<DIV>\n\n" + MESSY, 1),
    "in a list item": (_indent("  ", "<PRE>\n\n" + MESSY + "</PRE>\n", "- "), 0),
    "in a block quote": (_indent("> ", "<Script>\n\n" + MESSY + "</Script>\n"), 0),
    "a quote ends, the script goes on": ("> <script>\n" + MESSY, 1),
    "in a quote in a list": (_indent("  > ", '<div\tid="x">\n' + MESSY, "- > "), 0),
}


@pytest.mark.parametrize("name", sorted(RAW_HTML))
def test_raw_html_blocks_start_and_end_as_in_cmark_gfm(name: str) -> None:
    text, tables = RAW_HTML[name]
    parsed = document(text)
    assert len(parsed.tables) == tables
    assert_tables_match_github(parsed)


@pytest.mark.parametrize("name", sorted(RAW_HTML))
def test_fix_never_changes_the_page_inside_raw_html(name: str, tmp_path: Path) -> None:
    text, tables = RAW_HTML[name]
    path = tmp_path / "list.md"
    path.write_bytes(text.encode("utf-8"))
    result = run("fix", str(path))
    assert result.code == 0, result.err
    after = path.read_bytes().decode("utf-8")
    assert github_html(after) == github_html(text)
    if tables == 0:
        assert after == text
    else:
        assert after.replace(FORMATTED, MESSY) == text


def test_the_guard_sees_a_change_inside_raw_html() -> None:
    before = decode("a.md", b"<div>\n| x   | y |\n</div>\n")
    after = decode("a.md", b"<div>\n| x | y |\n</div>\n")
    assert compare_rendering(before, after) == "GitHub would render the document differently"
    assert compare_rendering(before, before) is None


# Inputs that took minutes or overflowed the stack (issue 13, item 2): the structure must be
# GitHub's. How long they take is measured by benchmarks/pathological.py, not here.
NESTED_TABLE = "| a | b |\n|---|---|\n| 1 | 2 |\n"
PATHOLOGICAL = {
    "mixed nesting and unindented lines": "> > - > - > item\n" + "text\n" * 30,
    "a long lazy run": "- item\n" + "lazy line\n" * 4000,
    "2,000 nested quotes": _indent("> " * 2000, NESTED_TABLE),
    "2,000 quote markers without spaces": ">" * 2000 + " x\n" + ">" * 2000 + "\n",
    "500 nested list items": "".join("  " * depth + "- item\n" for depth in range(500))
    + _indent("  " * 500, NESTED_TABLE),
    "more than 100 list markers on a line": "- " * 150 + "x\n",
    "quotes in lists, 300 deep": "".join("  " * depth + "- > x\n" for depth in range(300)),
    "3,000 columns": "|" + " h |" * 3000 + "\n|" + "-|" * 3000 + "\n| x |\n",
    "2,000 tables": "| a | b |\n|---|---|\n| 1 | 2 |\n\n" * 2000,
    # cmark-gfm pads no more than 524,288 cells in a table: the rows after that are text
    "2,000 columns, short rows": "|" + "h|" * 2000 + "\n|" + "-|" * 2000 + "\n" + "| x |\n" * 300,
    # text taken in under it is kept as written (AL003's), so nothing runs on
    "2,000 columns, text under it": "|" + "h|" * 2000 + "\n|" + "-|" * 2000 + "\n" + "x\n" * 300,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_deep_and_long_inputs_parse_as_github_does(name: str) -> None:
    parsed = document(PATHOLOGICAL[name])
    assert_tables_match_github(parsed)


def test_a_table_ends_where_cmark_gfm_stops_padding_cells() -> None:
    (table,) = document(PATHOLOGICAL["2,000 columns, short rows"]).tables
    assert len(table.body) == 263


def test_deep_nesting_finds_the_innermost_table() -> None:
    (table,) = document(PATHOLOGICAL["2,000 nested quotes"]).tables
    assert table.header.prefix == "> " * 2000
    assert table.body[0].texts == ("1", "2")
    (table,) = document(PATHOLOGICAL["500 nested list items"]).tables
    assert table.header.line == 501
    assert table.header.column == 1001


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_check_and_fix_survive_pathological_inputs(name: str, tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")
    checked = run("check", str(path))
    assert checked.code in (0, 1), checked.err
    assert "Traceback" not in checked.err
    fixed = run("fix", str(path))
    after = path.read_text(encoding="utf-8")
    # padding the short rows would let the table run on: held back, the file as it was
    assert (fixed.code == 2) == (name == "2,000 columns, short rows")
    if fixed.code == 2:
        assert ":1:1: AL002 not fixed: the cells of the table at line 1 would change" in fixed.err
        assert after == PATHOLOGICAL[name]
    else:
        assert fixed.code == 0, fixed.err
        assert github_html(after) == github_html(PATHOLOGICAL[name])


@pytest.mark.parametrize("control", ["\f", "\v"])
def test_a_quote_followed_by_a_control_character_line(control: str, tmp_path: Path) -> None:
    # a lazy line of cmark-gfm's paragraph (mistletoe raised UnboundLocalError on it)
    text = f"> q\n{control}\n| a | b |\n|-|-|\n"
    parsed = document(text)
    assert [block.kind for block in parsed.blocks] == ["paragraph"]
    assert [line.text for line in parsed.blocks[0].lines] == ["q", control, "| a | b |", "|-|-|"]
    assert parsed.tables == ()
    assert_tables_match_github(parsed)
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    assert run("check", str(path)).code == 0
    assert run("fix", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "text",
    [
        "| a |\n|-|\n\f\n",  # a row of one cell, a form feed
        "| a | b |\n|\v:-|-:\f|\n|\fx\f| y\v|\n",
        "-\fitem\n| a |\n|-|\n",  # a form feed after a marker makes no list item
        "-\vitem\n\n- | a |\n  |-|\n",
    ],
)
def test_form_feeds_and_vertical_tabs_as_cmark_gfm_reads_them(text: str) -> None:
    assert_tables_match_github(document(text))


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # GitHub renders footnotes: a footnote's definition ends the table, and the next line
        # is its text, taken lazily
        ("| a |\n|-|\n| 1 |\n[^1]: note\n| 2 |\n\nx[^1]\n", 1),
        ("| a |\n|-|\n| 1 |\n[^a[b]: note\n| 2 |\n\nx[^a[b]\n", 1),
        ("> | a |\n> |-|\n> | 1 |\n> [^1]: n\n> | 2 |\n\nx[^1]\n", 1),
        ("| a |\n|-|\n| 1 |\n[^1]:\n| 2 |\n\nx[^1]\n", 1),  # empty: the line is text
        # a label with a space, or none, makes no footnote: the line is a row
        ("| a |\n|-|\n| 1 |\n[^a b]: note\n| 2 |\n", 3),
        ("| a |\n|-|\n| 1 |\n[^]: note\n| 2 |\n", 3),
        ("| a |\n|-|\n| 1 |\n   [^1]: note\n| 2 |\n\nx[^1]\n", 1),  # three spaces: one
    ],
)
def test_footnote_definitions_end_tables_as_on_github(text: str, rows: int) -> None:
    parsed = document(text)
    assert_tables_match_github(parsed)
    assert len(parsed.tables[0].body) == rows


def test_a_table_inside_a_footnote_is_read_where_github_shows_it() -> None:
    text = "x[^1]\n\n[^1]: n\n\n    | a |\n    |-|\n    | 1 |\n"
    parsed = document(text)
    assert [(table.line, len(table.body)) for table in parsed.tables] == [(5, 1)]
    assert "<td>1</td>" in github_html(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # no reference: GitHub shows no footnote, nor the table inside it
        ("[^1]: n\n\n    | a |\n    |-|\n    | 1 |\n", []),
        # its one reference in a cell beyond the header, which GitHub drops unread (a falsifying
        # example of the property test of tables against cmark-gfm)
        ("[^1]: note\n    |---|\n| h|h|h |\n| ---|---|--- |\n|  |\n| |||[^1] |", [3]),
        # referenced in the text, in another case: shown
        ("x[^A]\n\n[^a]: n\n\n    | a |\n    |-|\n    | 1 |\n", [5]),
    ],
)
def test_a_table_inside_a_footnote_no_one_references_is_not_shown(
    text: str, shown: list[int]
) -> None:
    parsed = document(text)
    assert_tables_match_github(parsed)
    assert [table.line for table in parsed.tables] == shown


def test_paragraphs_headings_html_and_items_are_where_github_puts_them() -> None:
    parsed = document(
        "# Title #\n\n<div>\nx\n</div>\n\nSetext\n===\n\n- [a](https://a.io) one\n"
        "  more\n- b\n\n  > quoted\n1. c\n"
    )
    assert [(block.kind, block.line, block.text) for block in parsed.blocks] == [
        ("heading", 1, "Title"),
        ("html", 3, "<div>\nx\n</div>"),
        ("heading", 7, "Setext"),
        ("paragraph", 10, "[a](https://a.io) one\nmore"),
        ("paragraph", 12, "b"),
        ("paragraph", 14, "quoted"),
        ("paragraph", 15, "c"),
    ]
    assert parsed.blocks[0].lines[0].column == 3
    assert [(item.line, item.column, item.marker, item.list_line, item.last_line)
            for item in parsed.items] == [(10, 1, "-", 10, 11), (12, 1, "-", 10, 14),
                                          (15, 1, "1.", 15, 15)]  # fmt: skip
    assert parsed.items[0].paragraph == parsed.blocks[3]


def test_link_reference_definitions_are_read_where_cmark_gfm_reads_them() -> None:
    parsed = document(
        "[a]: https://a.io\n[B  c]: <https://b.io> 'T'\n\n"
        "[d]: https://d.io\n| h |\n|---|\n\n[e]: https://e.io\n===\n"
    )
    # a table's header paragraph keeps its definitions as text; a setext underline under
    # definitions only is paragraph text
    assert parsed.definitions == {
        "a": ("https://a.io", ""),
        "b c": ("https://b.io", "T"),
        "e": ("https://e.io", ""),
    }
    assert [(block.kind, block.text) for block in parsed.blocks] == [
        ("paragraph", "[d]: https://d.io"),
        ("paragraph", "==="),
    ]
    assert_tables_match_github(parsed)


class _EveryLineRead(BlockParser):
    """The parser without its memory of blank lines: every line walks the open blocks."""

    def _repeat_blank(self, text: str) -> bool:
        return False


def _shape(parser: BlockParser) -> list[tuple[object, ...]]:
    return [
        (node.kind, node.line, node.last_line, tuple(node.lines), node.open)
        for node in walk(parser.root)
    ]


NESTING = st.sampled_from(["- ", "  ", "> ", ">", "1. ", "   ", "    ", "\t"])
LINE_ENDS = st.sampled_from(
    [
        "", " ", "  ", "\t", "x", "<div>", "<pre>", "</pre>", "```", "| a |", "|-|", "-->", "<!--",
        "[^1]: n",
    ]
)  # fmt: skip


LINES = st.tuples(st.lists(NESTING, max_size=4).map("".join), LINE_ENDS, st.integers(1, 3))


@given(st.lists(LINES, max_size=20))
def test_blank_lines_read_again_end_as_when_read_anew(lines: list[tuple[str, str, int]]) -> None:
    texts = [prefix + end for prefix, end, repeat in lines for _ in range(repeat)]
    remembering, reading = BlockParser(), _EveryLineRead()
    for text in texts:
        remembering.feed(text)
        reading.feed(text)
    remembering.finish()
    reading.finish()
    assert _shape(remembering) == _shape(reading)
    assert remembering.definitions == reading.definitions
