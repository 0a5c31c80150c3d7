"""Row splitting and delimiter rows, against cmark-gfm's grammar."""

from __future__ import annotations

import pytest

from awesome_lint.gfm import Align, alignment, cell_text, is_delimiter_row, split_row


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
    ],
)
def test_split_row(line: str, expected: list[str]) -> None:
    assert cells(line) == expected


@pytest.mark.parametrize(
    "line",
    ["|---|---|", "---|---", "| :-- | --: |", ":-:", "|-|", "-| -:", "|---|   ", " |---|"],
)
def test_delimiter_rows(line: str) -> None:
    assert is_delimiter_row(line)


@pytest.mark.parametrize(
    "line",
    ["---", "===", "|:|", "| a |", "    |---|", "- | -", "- | -:", "|--- x|", "", "| --- | - - |"],
)
def test_not_delimiter_rows(line: str) -> None:
    assert not is_delimiter_row(line)


def test_alignment_markers() -> None:
    assert [alignment(m) for m in ["---", ":--", "--:", ":-:", " - "]] == [
        Align.NONE,
        Align.LEFT,
        Align.RIGHT,
        Align.CENTER,
        Align.NONE,
    ]
