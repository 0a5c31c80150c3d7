"""Writing a table back as normalized lines: aligned to display width, or compact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from awesome_lint.gfm import Align
from awesome_lint.parse import Row, Table
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


def row_cells(table: Table, row: Row) -> list[str]:
    """A body or header row's cells, short rows padded to the header's width; extras kept."""
    cells = [cell.text for cell in row.cells]
    return cells + [""] * (table.width - len(cells))


def _delimiter(align: Align, width: int) -> str:
    if align is Align.LEFT:
        return ":" + "-" * (width - 1)
    if align is Align.RIGHT:
        return "-" * (width - 1) + ":"
    if align is Align.CENTER:
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def _pad(text: str, width: int, align: Align) -> str:
    space = width - display_width(text)
    if align is Align.RIGHT:
        return " " * space + text
    if align is Align.CENTER:
        return " " * (space // 2) + text + " " * (space - space // 2)
    return text + " " * space


def _join(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _aligned(table: Table, bodies: list[list[str]], header: list[str]) -> list[str]:
    widths: list[int] = []
    for cells in [header, *bodies]:
        for index, text in enumerate(cells):
            width = display_width(text)
            if index == len(widths):
                widths.append(max(_MIN_WIDTH, width))
            elif width > widths[index]:
                widths[index] = width
    aligns = list(table.alignments)

    def line(cells: list[str]) -> str:
        return _join(
            [
                _pad(text, widths[index], aligns[index] if index < len(aligns) else Align.NONE)
                for index, text in enumerate(cells)
            ]
        )

    delimiter = _join([_delimiter(align, widths[index]) for index, align in enumerate(aligns)])
    return [line(header), delimiter, *(line(cells) for cells in bodies)]


def _compact(table: Table, bodies: list[list[str]], header: list[str]) -> list[str]:
    delimiter = _join([_COMPACT_MARKER[align] for align in table.alignments])
    return [_join(header), delimiter, *(_join(cells) for cells in bodies)]


def render_rows(table: Table, options: RenderOptions) -> list[str]:
    """The table's lines in the chosen style, without container prefixes."""
    header = row_cells(table, table.header)
    bodies = [row_cells(table, row) for row in table.body]
    if options.style is Style.COMPACT:
        return _compact(table, bodies, header)
    lines = _aligned(table, bodies, header)
    if options.max_width is not None and max(map(display_width, lines)) > options.max_width:
        return _compact(table, bodies, header)
    return lines


_LIST_MARKER = re.compile(r"[-+*]|\d{1,9}[.)]")


def _quote_only(prefix: str) -> bool:
    return set(prefix) <= {">", " "}


def row_prefixes(table: Table) -> list[str] | None:
    """Each line's container prefix. Block-quote markers written as ``>`` on some lines and
    ``> `` on others follow the header's spelling, so that the table's pipes line up. None
    where a prefix is unknown."""
    prefixes = [row.prefix for row in table.rows]
    if any(prefix is None for prefix in prefixes):
        return None
    known = [prefix or "" for prefix in prefixes]
    header = known[0]
    continuation = _LIST_MARKER.sub(lambda marker: " " * len(marker.group()), header)
    if not _quote_only(continuation):
        return known
    shape = continuation.replace(" ", "")
    return [header] + [
        continuation
        if ">" in prefix and _quote_only(prefix) and prefix.replace(" ", "") == shape
        else prefix
        for prefix in known[1:]
    ]


def render_table(table: Table, options: RenderOptions) -> list[str] | None:
    """The table's full lines with each line's container prefix kept, or None where the prefix
    cannot be recovered (the table is then left as it is)."""
    prefixes = row_prefixes(table)
    if prefixes is None:
        return None
    return [
        prefix + text for prefix, text in zip(prefixes, render_rows(table, options), strict=True)
    ]
