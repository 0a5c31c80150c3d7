"""GitHub's table grammar on single lines: row splitting, delimiter rows, alignment.

Every function here mirrors cmark-gfm (``extensions/table.c`` and ``blocks.c``), the parser that
renders Markdown on GitHub, so that what awesome-lint reads as a table is what GitHub shows.
"""

from __future__ import annotations

from enum import Enum

from awesome_lint import lazy_re

# cmark-gfm's table spacechar (what may follow a pipe or end a row), and cmark_isspace, with
# which a cell is trimmed: a form feed or vertical tab is cell text, and so is the ideographic
# space U+3000 (Python's Unicode whitespace would strip all three).
TABLE_SPACE = " \t\v\f"
TRIM = " \t\n\r"


class Align(Enum):
    NONE = ""
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


# cmark-gfm's scan_table_start, from the first non-space character of the line
DELIMITER_ROW = lazy_re.compile(
    r"\|?[ \t\v\f]*:?-+:?[ \t\v\f]*(?:\|[ \t\v\f]*:?-+:?[ \t\v\f]*)*\|?[ \t\v\f]*"
)


def is_blank(line: str) -> bool:
    """cmark's blank line: spaces and tabs only (a line of U+3000 is text, not blank)."""
    return line.strip(" \t\r\n") == ""


def row_pieces(line: str) -> tuple[list[str], int, int]:
    """The text between unescaped pipes, and which of those pieces are cells: ``[first:last]``.

    A pipe splits unless a backslash stands right before it (also inside code spans, also after
    another backslash). A leading pipe is optional, so is a trailing one, maybe followed by
    spaces; text after the last pipe is a cell. No cell at all for an empty line or a lone pipe.
    """
    pieces = line.split("|")
    if "\\" in line:
        pieces = _join_escaped(pieces)
    if len(pieces) == 1:
        return pieces, 0, 1 if line else 0
    first = 1 if not pieces[0] else 0
    last = len(pieces) - 1 if not pieces[-1].strip(TABLE_SPACE) else len(pieces)
    return pieces, first, last


def cell_count(line: str) -> int:
    """How many cells ``split_row`` would find: without a backslash, counted from the pipes
    and the ends of the line, no piece made (the block parser counts every row's cells)."""
    if "\\" in line:
        _, first, last = row_pieces(line)
        return max(0, last - first)
    pipes = line.count("|")
    if not pipes:
        return 1 if line else 0
    first = 1 if line.startswith("|") else 0  # an empty first piece
    last = pipes + 1 if line[line.rfind("|") + 1 :].strip(TABLE_SPACE) else pipes
    return max(0, last - first)


def _lead(piece: str, index: int) -> int:
    """Where a piece's cell starts: the spaces, tabs, vertical tabs and form feeds right after a
    pipe belong to the pipe (cmark-gfm's ``scan_table_cell_end``); a first piece starts at 0."""
    return len(piece) - len(piece.lstrip(TABLE_SPACE)) if index else 0


def split_row(line: str) -> list[tuple[int, int]]:
    """Split a row into cell spans ``(start, end)`` of ``line`` as cmark-gfm does: untrimmed,
    but without the pipe's spacing."""
    pieces, first, last = row_pieces(line)
    spans: list[tuple[int, int]] = []
    position = 0
    for index, piece in enumerate(pieces):
        if first <= index < last:
            spans.append((position + _lead(piece, index), position + len(piece)))
        position += len(piece) + 1
    return spans


def split_cells(line: str) -> list[tuple[str, int]]:
    """Each cell of a row as ``(text, offset)``: its trimmed Markdown and where that starts."""
    pieces, first, last = row_pieces(line)
    cells: list[tuple[str, int]] = []
    position = len(pieces[0]) + 1 if first else 0  # where piece ``first`` starts
    for index in range(first, last):
        piece = pieces[index]
        size = len(piece)
        # the spacing right after a pipe is the pipe's (``_lead``); a first piece has none
        left = (piece.lstrip(TABLE_SPACE) if index else piece).lstrip(TRIM)
        text = left.rstrip(TRIM)
        # an empty cell is placed one space after its pipe, where its text would go
        cells.append((text, position + (size - len(left) if text else (1 if size else 0))))
        position += size + 1
    return cells


def cell_texts(line: str) -> tuple[str, ...]:
    """The cells' trimmed Markdown only: ``split_cells`` without the positions, faster."""
    pieces, first, last = row_pieces(line)
    texts = [piece.lstrip(TABLE_SPACE).rstrip(TRIM) for piece in pieces[max(first, 1) : last]]
    if first == 0 and last > 0:
        texts.insert(0, pieces[0].strip(TRIM))
    return tuple(texts)


def _join_escaped(pieces: list[str]) -> list[str]:
    joined: list[str] = []
    for piece in pieces:
        if joined and joined[-1].endswith("\\"):
            joined[-1] += "|" + piece
        else:
            joined.append(piece)
    return joined


def cell_text(line: str, span: tuple[int, int]) -> str:
    """A cell's raw Markdown, trimmed as cmark trims it; escaped pipes stay escaped."""
    return line[span[0] : span[1]].strip(TRIM)


def alignment(marker: str) -> Align:
    marker = marker.strip(TRIM)
    left, right = marker.startswith(":"), marker.endswith(":")
    if left and right:
        return Align.CENTER
    if left:
        return Align.LEFT
    if right:
        return Align.RIGHT
    return Align.NONE
