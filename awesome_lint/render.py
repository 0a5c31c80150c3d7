"""Writing a table back as normalized lines: aligned to display width, or compact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from awesome_lint.document import Row, Table
from awesome_lint.gfm import DELIMITER_ROW, Align
from awesome_lint.shapes import broken_rows
from awesome_lint.width import display_width


class Style(Enum):
    ALIGNED = "aligned"
    COMPACT = "compact"


@dataclass(frozen=True)
class RenderOptions:
    style: Style = Style.ALIGNED
    max_width: int | None = None


_COMPACT_MARKER = {Align.NONE: "---", Align.LEFT: ":--", Align.RIGHT: "--:", Align.CENTER: ":-:"}
_MIN_WIDTH = 3  # the narrowest delimiter that can carry every alignment: ":-:"
# an aligned table at most this many times its compact size, or it is written compact: the
# widest real table measured pads to 12.0× (Infrasity's podcasts; 16,418 tables of 1,300
# lists); a hostile one, one 450,000-column cell over 600 rows, to 590× (265 MB)
_GROWTH = 16


def row_cells(table: Table, row: Row) -> list[str]:
    """A body or header row's cells, short rows padded to the header's width; extras kept."""
    texts = list(row.texts)
    return texts + [""] * (table.width - len(texts))


def _delimiter(align: Align, width: int) -> str:
    if align is Align.LEFT:
        return ":" + "-" * (width - 1)
    if align is Align.RIGHT:
        return "-" * (width - 1) + ":"
    if align is Align.CENTER:
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def _pad_column(texts: Sequence[str], widths: Sequence[int], align: Align) -> tuple[int, list[str]]:
    """A column's display width (three at least) and its cells, of the display ``widths``
    given, padded as its marker says."""
    width = max(_MIN_WIDTH, *widths)
    pairs = zip(texts, widths, strict=True)
    if align is Align.RIGHT:
        return width, [" " * (width - used) + text for text, used in pairs]
    if align is Align.CENTER:
        return width, [
            " " * ((width - used) // 2) + text + " " * (width - used - (width - used) // 2)
            for text, used in pairs
        ]
    return width, [text + " " * (width - used) for text, used in pairs]


def _join(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _too_wide(widths: Sequence[Sequence[int]]) -> bool:
    """Whether padding each column to its widest cell would make the table more than
    ``_GROWTH`` times its compact size (display columns; three per cell for the pipe and
    spaces): one huge cell over thousands of rows, which would pad them all to it."""
    rows = len(widths[0])
    compact = sum(map(sum, widths)) + 3 * len(widths) * rows
    aligned = rows * sum(max(_MIN_WIDTH, *column) + 3 for column in widths)
    return aligned > _GROWTH * compact


def _columns(rows: list[list[str]]) -> tuple[list[tuple[str, ...]], list[list[int]]]:
    """The cells of rows column by column, rows of fewer cells than the longest padded with
    empty ones, and each cell's display width."""
    count = max(map(len, rows))
    texts = list(zip(*(cells + [""] * (count - len(cells)) for cells in rows), strict=True))
    return texts, [list(map(display_width, column)) for column in texts]


def _rows(table: Table, body: Sequence[Row]) -> list[list[str]]:
    """The header's and ``body``'s cells, header first (``row_cells``)."""
    return [row_cells(table, table.header), *(row_cells(table, row) for row in body)]


def padded_too_far(table: Table) -> bool:
    """Whether the aligned style writes this table compact because padding would grow it past
    ``_GROWTH`` times its compact size (rows GitHub takes in under it aside, as written)."""
    return _too_wide(_columns(_rows(table, table.body[: table.taken_in]))[1])


def _aligned(table: Table, rows: list[list[str]]) -> list[str] | None:
    """Header and body rows (header first), each padded column by column; None where that
    padding would grow the table past ``_GROWTH`` times its compact size."""
    lengths = [len(cells) for cells in rows]
    # (cells beyond the header in some rows: padded, then cut back)
    aligns = list(table.alignments) + [Align.NONE] * (max(lengths) - table.width)
    texts, used = _columns(rows)
    if _too_wide(used):
        return None
    widths, columns = zip(
        *(
            _pad_column(column, column_widths, align)
            for column, column_widths, align in zip(texts, used, aligns, strict=True)
        ),
        strict=True,
    )
    padded = [
        _join(cells[:length])
        for cells, length in zip(zip(*columns, strict=True), lengths, strict=True)
    ]
    delimiter = _join(
        [_delimiter(align, widths[index]) for index, align in enumerate(aligns)][: table.width]
    )
    return [padded[0], delimiter, *padded[1:]]


def _compact(table: Table, rows: list[list[str]]) -> list[str]:
    delimiter = _join([_COMPACT_MARKER[align] for align in table.alignments])
    return [_join(rows[0]), delimiter, *map(_join, rows[1:])]


def render_rows(table: Table, options: RenderOptions) -> list[str]:
    """The table's lines in the chosen style, without container prefixes."""
    rows = _rows(table, table.body)
    if options.style is Style.COMPACT:
        return _compact(table, rows)
    lines = _aligned(table, rows)
    if lines is None:
        return _compact(table, rows)
    if options.max_width is not None and max(map(display_width, lines)) > options.max_width:
        return _compact(table, rows)
    return lines


# a table's container prefixes, read by fix (and AL002) only: compiled on first use (re's cache)
_LIST_MARKER = r"[-+*]|\d{1,9}[.)]"


_QUOTE_MARKERS = r"(?: {0,3}> ?)+"


def _same_markers(prefix: str, other: str) -> bool:
    """Two block-quote prefixes that differ only in the optional space after a ``>``."""
    if not (re.fullmatch(_QUOTE_MARKERS, prefix) and re.fullmatch(_QUOTE_MARKERS, other)):
        return False
    return prefix.replace("> ", ">") == other.replace("> ", ">")


def row_prefixes(table: Table) -> list[str] | None:
    """Each line's container prefix. Block-quote markers written as ``>`` on some lines and
    ``> `` on others follow the header's spelling, so that the table's pipes line up; any other
    difference (a list item's indentation, a lazy line) is kept. None where one is unknown."""
    prefixes = [row.prefix for row in table.rows]
    if any(prefix is None for prefix in prefixes):
        return None
    known = [prefix or "" for prefix in prefixes]
    header = known[0]
    continuation = re.sub(_LIST_MARKER, lambda marker: " " * len(marker.group()), header)
    return [header] + [
        continuation if prefix != continuation and _same_markers(prefix, continuation) else prefix
        for prefix in known[1:]
    ]


def render_table(
    table: Table, options: RenderOptions, lines: Sequence[str] = ()
) -> list[str] | None:
    """The table's full lines with each line's container prefix kept, or None where the prefix
    cannot be recovered, or where the header would be written as a delimiter row (cells of
    dashes alone: `|---|` over `|---|`, which a line of text above would take as its own
    delimiter once the row is unindented): the table is then left as it is. Lines of text
    GitHub takes in under the table (no `|`: a sentence that wants a blank line before it) are
    kept as written (their lines as ``lines``, the document's, give them), not made rows:
    AL003 reports them, and they show the same; so are a row broken over two lines and the
    line it goes on on (``broken_rows``), which AL001 reports."""
    prefixes = row_prefixes(table)
    if prefixes is None:
        return None
    taken_in = table.body[table.taken_in :]
    if taken_in:  # text under the table, no row of it: AL003's to report, kept as written
        table = replace(table, body=table.body[: table.taken_in])
    rows = render_rows(table, options)
    if DELIMITER_ROW.fullmatch(rows[0]):
        return None
    rendered = [prefix + text for prefix, text in zip(prefixes, rows, strict=False)] + [
        lines[row.line - 1] if lines else prefix + row.raw
        for prefix, row in zip(prefixes[len(rows) :], taken_in, strict=True)
    ]
    if lines:  # a row broken over two lines, AL001's to report: both kept as written
        for start, rest in broken_rows(table).items():
            for line in (start, rest):
                rendered[line - table.line] = lines[line - 1]
    return rendered
