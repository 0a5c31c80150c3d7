"""Row splitting and delimiter rows, against cmark-gfm's grammar."""

from __future__ import annotations

import pytest
from conftest import document
from hypothesis import given, settings
from hypothesis import strategies as st
from oracle import assert_tables_match_github

from awesome_lint.document import Cell, Row, split_rows
from awesome_lint.gfm import TRIM, Align, alignment, cell_text, split_cells, split_row


def cells(line: str) -> list[str]:
    return [cell_text(line, span) for span in split_row(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| a | b |", ["a", "b"]),
        ("a | b", ["a", "b"]),
        ("| a | b", ["a", "b"]),
        ("a | b |", ["a", "b"]),
        ("| a || c |", ["a", "", "c"]),
        ("||", [""]),
        ("|", []),
        ("| ", []),
        ("", []),
        ("lazy", ["lazy"]),
        ("| a \\| b |", ["a \\| b"]),
        ("| a \\\\| b |", ["a \\\\| b"]),  # a backslash before the escaping one does not undo it
        ("| `x\\|y` | z |", ["`x\\|y`", "z"]),
        ("| a |   ", ["a"]),
        ("| 全角\u3000 |", ["全角\u3000"]),  # the ideographic space is content, not padding
        ("|\ta\t|\tb", ["a", "b"]),
        # spacing after a pipe belongs to the pipe; a cell is trimmed of spaces and tabs only
        ("|\f\va\v\f|\vb", ["a\v\f", "b"]),
        ("\fa | b", ["\fa", "b"]),
        ("\f", ["\f"]),
        ("|\f", []),
    ],
)
def test_split_row(line: str, expected: list[str]) -> None:
    assert cells(line) == expected


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("a | b", "|---|---|"),
        ("a | b", "---|---"),
        ("a | b", "| :-- | --: |"),
        ("a", ":-:"),
        ("a", "|-|"),
        ("a | b", "-| -:"),
        ("a", "|---|   "),
        ("a", " |---|"),
        ("a", "   |---|"),
        ("a", "|\v-\f|"),
    ],
)
def test_delimiter_rows(header: str, line: str) -> None:
    parsed = document(f"{header}\n{line}\n")
    assert len(parsed.tables) == 1
    assert_tables_match_github(parsed)


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("a", "---"),  # a setext underline
        ("a", "==="),
        ("a", "|:|"),
        ("a", "| a |"),
        ("a", "    |---|"),  # indented code would be, were it not a paragraph's line
        ("a | b", "- | -"),  # a list item
        ("a | b", "- | -:"),
        ("a", "|--- x|"),
        ("a", ""),
        ("a | b", "| --- | - - |"),
        ("a | b", "|---|"),  # a delimiter row, but of another width
    ],
)
def test_not_delimiter_rows(header: str, line: str) -> None:
    parsed = document(f"{header}\n{line}\n")
    assert parsed.tables == ()
    assert_tables_match_github(parsed)


def test_alignment_markers() -> None:
    assert [alignment(m) for m in ["---", ":--", "--:", ":-:", " - "]] == [
        Align.NONE,
        Align.LEFT,
        Align.RIGHT,
        Align.CENTER,
        Align.NONE,
    ]


# a row's characters: pipes, escapes, code, every kind of cell spacing, CJK and its space
_ROW_TEXT = st.text(alphabet="|\\` \t\v\fab全\u3000-:", max_size=30)


@settings(max_examples=300, deadline=None)
@given(_ROW_TEXT)
def test_a_rows_texts_are_the_same_read_alone_or_from_its_cells(raw: str) -> None:
    alone = Row(1, 1, "", raw)
    from_cells = Row(1, 1, "", raw)
    split = from_cells.cells  # split first: the texts are then read from the cells
    assert from_cells.texts == alone.texts == tuple(cell.text for cell in split)
    assert list(alone.texts) == cells(raw)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_ROW_TEXT, st.integers(1, 9)), max_size=6), st.integers(0, 6))
def test_rows_split_together_are_split_as_alone(rows: list[tuple[str, int]], read: int) -> None:
    alone = [Row(number, column, "", raw) for number, (raw, column) in enumerate(rows, 1)]
    together = [Row(number, column, "", raw) for number, (raw, column) in enumerate(rows, 1)]
    # what was read before is kept as it was: the first rows' texts, the next one's cells
    texts = [row.texts for row in together[:read]]
    cells = [row.cells for row in together[read : read + 1]]
    split_rows(together)
    assert [(row.cells, row.texts) for row in together] == [(row.cells, row.texts) for row in alone]
    assert all(type(cell) is Cell for row in together for cell in row.cells)
    assert all(row.texts is kept for row, kept in zip(together, texts, strict=False))
    assert all(row.cells is kept for row, kept in zip(together[read:], cells, strict=False))


@settings(max_examples=300, deadline=None)
@given(_ROW_TEXT)
def test_a_cell_starts_where_its_text_does_and_an_empty_one_after_its_pipe(line: str) -> None:
    expected = []
    for start, end in split_row(line):
        span = line[start:end]
        text = span.strip(TRIM)
        if text:
            offset = end - len(span.lstrip(TRIM))
        else:  # one space after the pipe (the spacing before `start` belongs to the pipe)
            after_pipe = line.rfind("|", 0, start) + 1
            offset = after_pipe + min(1, end - after_pipe)
        expected.append((text, offset))
    assert split_cells(line) == expected
