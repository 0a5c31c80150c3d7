"""How the columns of a table's full rows are written (their HTML tags, links and links'
texts), to tell where a short row's cell belongs: a cell written as a later column's, shown
under an earlier one, has a cell missing before it."""

from __future__ import annotations

import re
from collections import Counter

from awesome_lint.document import Row, Table

# what a cell is written with, its words aside: its HTML tags, links and images (`<sub>MTEB</sub>`
# is `<sub`, `</sub`); a cell of plain text has no shape to tell one column from another
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*")
_SHAPED = 3  # rows of the full width a table needs for its columns' shapes to tell


def _shape(text: str) -> tuple[str, ...]:
    if "<" not in text and "](" not in text:
        return ()  # most cells: plain text, no search
    marks = _TAG.findall(text)
    if "](" in text:
        marks.append("![" if "![" in text else "[")
    return tuple(marks)


_LABEL = re.compile(r"\[\[?([^\[\]]{1,24})\]?\]\(")  # a link's text: `[Github](`, `[[Paper]](`


def _labeled(text: str) -> tuple[str, ...]:
    """A cell's shape with its links' texts (`[[Github]](…)` beside `[[HomePage]](…)`): columns
    of links told apart by the word each writes."""
    shape = _shape(text)
    if not shape:
        return shape
    return (*shape, *(label.casefold() for label in _LABEL.findall(text)))


class Shapes:
    """How each column of a table's full rows is written, read where a row is short, one
    column at a time as a short row asks."""

    def __init__(self, table: Table) -> None:
        width = table.width
        self._full = [row.texts for row in table.body if len(row.texts) == width]
        self._columns: dict[tuple[int, bool], Counter[tuple[str, ...]]] = {}
        self.rows = len(self._full)
        self.width = width

    def _column(self, column: int, labeled: bool) -> Counter[tuple[str, ...]]:
        known = self._columns.get((column, labeled))
        if known is None:
            shape = _labeled if labeled else _shape
            known = Counter(shape(texts[column]) for texts in self._full)
            self._columns[column, labeled] = known
        return known

    def belongs(self, text: str, shown: int) -> int | None:
        """The column after ``shown`` whose cells, in most full rows, are written as ``text``
        is, where the column it shows under writes no cell so: a cell missing before it. Its
        shape first, then with its links' texts (a `[[Github]]` link under `HomePage`, whose
        cells link `[[HomePage]]` where they link at all)."""
        if self.rows < _SHAPED:
            return None
        for labeled in (False, True):
            shape = (_labeled if labeled else _shape)(text)
            if not shape or self._column(shown, labeled)[shape]:
                continue
            for column in range(shown + 1, self.width):
                if self._column(column, labeled)[shape] * 2 > self.rows:
                    return column
        return None


def shifted_cell(row: Row, shapes: Shapes) -> tuple[int, int] | None:
    """A short row's first cell (its second or later) shown under a column whose full rows
    write no cell so, written as a later column's cells are: (the column it shows under, the
    column it belongs to); None where none is."""
    for shown in range(1, len(row.texts)):
        belongs = shapes.belongs(row.texts[shown], shown)
        if belongs is not None:
            return shown, belongs
    return None
