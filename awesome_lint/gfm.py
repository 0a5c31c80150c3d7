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


_CELL = re.compile(r"(?:\\\||[^|])*")
_TABLE_SPACE_RUN = re.compile(r"[ \t\v\f]*")
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


def split_row(line: str) -> list[tuple[int, int]]:
    """Split a row into cell spans ``(start, end)`` of ``line``, untrimmed, as cmark-gfm does.

    A pipe splits unless a backslash stands right before it (also inside code spans, also after
    another backslash). A leading pipe is optional, so is a trailing one; text after the last pipe
    is a cell. Returns ``[]`` where cmark-gfm sees no row (a blank line, a lone pipe).
    """
    length = len(line)
    cells: list[tuple[int, int]] = []
    offset = _TABLE_SPACE_RUN.match(line, 1).end() if line.startswith("|") else 0  # type: ignore[union-attr]
    while offset < length:
        end = _CELL.match(line, offset).end()  # type: ignore[union-attr]
        has_pipe = end < length
        if end > offset or has_pipe:
            cells.append((offset, end))
        if not has_pipe:
            break
        offset = _TABLE_SPACE_RUN.match(line, end + 1).end()  # type: ignore[union-attr]
    return cells


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


def starts_other_block(content: str) -> bool:
    """Whether a line right under a table opens a block of its own instead of being a row."""
    if leading_columns(content) >= 4:
        return True  # indented code: a table is not a paragraph, so no lazy continuation
    return bool(
        _BLOCK_QUOTE.match(content)
        or _ATX_HEADING.match(content)
        or _FENCE.match(content)
        or _THEMATIC_BREAK.fullmatch(content)
        or _LIST_ITEM.match(content)
        or any(kind.match(content) for kind in _HTML_BLOCK_KINDS)
        or _HTML_BLOCK_ANY_TAG.fullmatch(content)
    )


def table_columns(header: str, delimiter: str) -> int:
    """The column count when ``header`` over ``delimiter`` opens a table, else 0."""
    if not is_delimiter_row(delimiter):
        return 0
    header_cells = split_row(header.lstrip(" \t"))
    delimiter_cells = split_row(delimiter.lstrip(" \t"))
    if not header_cells or len(header_cells) != len(delimiter_cells):
        return 0
    return len(header_cells)
