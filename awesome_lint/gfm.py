"""GitHub's table grammar on single lines: row splitting, delimiter rows and block starts.

Every function here mirrors cmark-gfm (``extensions/table.c`` and ``blocks.c``), the parser that
renders Markdown on GitHub, so that what awesome-lint reads as a table is what GitHub shows.
"""

from __future__ import annotations

import re
from enum import Enum

# cmark-gfm's table_spacechar and cmark's whitespace for trimming; not Python's Unicode
# whitespace, which would also strip the ideographic space U+3000.
TABLE_SPACE = " \t\v\f"
TRIM = " \t\n\v\f\r"


class Align(Enum):
    NONE = ""
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


_DELIMITER_ROW = re.compile(
    r"\|?[ \t\v\f]*:?-+:?[ \t\v\f]*(?:\|[ \t\v\f]*:?-+:?[ \t\v\f]*)*\|?[ \t\v\f]*"
)
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:-+|=+)[ \t]*")
_THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(?:```(?!.*`)|~~~)")
_BLOCK_QUOTE = re.compile(r" {0,3}>")
_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_PARAGRAPH_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|1[.)])[ \t]+[^ \t]")
_HTML_BLOCK_KINDS = (
    re.compile(r" {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)", re.IGNORECASE),
    re.compile(r" {0,3}<!--"),
    re.compile(r" {0,3}<\?"),
    re.compile(r" {0,3}<![A-Za-z]"),
    re.compile(r" {0,3}<!\[CDATA\["),
    re.compile(
        r" {0,3}</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
        r"|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form"
        r"|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main"
        r"|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary"
        r"|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|/>|$)",
        re.IGNORECASE,
    ),
)
_ATTRIBUTE = (
    r"(?:[ \t\n]+[A-Za-z_:][A-Za-z0-9_.:-]*"
    r"(?:[ \t\n]*=[ \t\n]*(?:[^ \t\n\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)"
)
_HTML_BLOCK_ANY_TAG = re.compile(
    r" {0,3}(?:<[A-Za-z][A-Za-z0-9-]*" + _ATTRIBUTE + r"*[ \t\n]*/?>"
    r"|</[A-Za-z][A-Za-z0-9-]*[ \t\n]*>)[ \t]*"
)


def leading_columns(line: str) -> int:
    """Columns of indentation, with tabs to the next multiple of four as CommonMark counts them."""
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            break
    return columns


def is_blank(line: str) -> bool:
    """cmark's blank line: spaces and tabs only (a line of U+3000 is text, not blank)."""
    return line.strip(" \t\r\n") == ""


def _pieces(line: str) -> tuple[list[str], int, int]:
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


def split_row(line: str) -> list[tuple[int, int]]:
    """Split a row into cell spans ``(start, end)`` of ``line``, untrimmed, as cmark-gfm does."""
    pieces, first, last = _pieces(line)
    spans: list[tuple[int, int]] = []
    position = 0
    for index, piece in enumerate(pieces):
        if first <= index < last:
            spans.append((position, position + len(piece)))
        position += len(piece) + 1
    return spans


def split_cells(line: str) -> list[tuple[str, int]]:
    """Each cell of a row as ``(text, offset)``: its trimmed Markdown and where that starts."""
    pieces, first, last = _pieces(line)
    cells: list[tuple[str, int]] = []
    position = 0
    for index, piece in enumerate(pieces):
        if first <= index < last:
            text = piece.strip(TRIM)
            # an empty cell is placed one space after its pipe, where its text would go
            padding = len(piece) - len(piece.lstrip(TABLE_SPACE)) if text else min(1, len(piece))
            cells.append((text, position + padding))
        position += len(piece) + 1
    return cells


def cell_texts(line: str) -> tuple[str, ...]:
    """The cells' trimmed Markdown only: ``split_cells`` without the positions, faster."""
    pieces, first, last = _pieces(line)
    return tuple([piece.strip(TRIM) for piece in pieces[first:last]])


def has_cells(line: str) -> bool:
    """Whether a non-blank line is a row at all: all but a lone pipe (and spaces) are."""
    stripped = line.lstrip(" \t")
    return not (stripped.startswith("|") and not stripped[1:].strip(TABLE_SPACE))


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


def is_delimiter_row(content: str) -> bool:
    """The second line of a table: ``| :--- | ---: |``, one hyphen at least per column."""
    if leading_columns(content) >= 4:
        return False
    stripped = content.lstrip(" \t")
    if _SETEXT_UNDERLINE.fullmatch(content) or _PARAGRAPH_LIST_ITEM.match(content):
        return False
    return _DELIMITER_ROW.fullmatch(stripped) is not None


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


_BLOCK_START_CHARS = frozenset(">#`~<-+*_0123456789")


def starts_other_block(content: str) -> bool:
    """Whether a line right under a table opens a block of its own instead of being a row."""
    if leading_columns(content) >= 4:
        return True  # indented code: a table is not a paragraph, so no lazy continuation
    first = content.lstrip(" ")[:1]
    if first not in _BLOCK_START_CHARS:
        return False
    return bool(
        _BLOCK_QUOTE.match(content)
        or _ATX_HEADING.match(content)
        or _FENCE.match(content)
        or _THEMATIC_BREAK.fullmatch(content)
        or _LIST_ITEM.match(content)
        or any(kind.match(content) for kind in _HTML_BLOCK_KINDS)
        or _HTML_BLOCK_ANY_TAG.fullmatch(content)
    )


def table_columns(header: str, delimiter: str, *, header_indented: bool = False) -> int:
    """The column count when ``header`` over ``delimiter`` opens a table, else 0.

    A header continues a paragraph, whose lines cmark stores without their indentation, except
    a lazy line (``header_indented``): it keeps it, so ``" | a |"`` has an empty first cell.
    """
    if not is_delimiter_row(delimiter):
        return 0
    header_cells = split_row(header if header_indented else header.lstrip(" \t"))
    delimiter_cells = split_row(delimiter.lstrip(" \t"))
    if not header_cells or len(header_cells) != len(delimiter_cells):
        return 0
    return len(header_cells)
