"""Row splitting and delimiter rows, against cmark-gfm's grammar."""

from __future__ import annotations

import pytest
from conftest import document
from oracle import assert_tables_match_github

from awesome_lint.gfm import Align, alignment, cell_text, split_row


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
