"""How the columns of a table's full rows are written (their HTML tags, links and links'
texts), to tell where a short row's cell belongs: a cell written as a later column's, shown
under an earlier one, has a cell missing before it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from operator import itemgetter

from awesome_lint import lazy_re
from awesome_lint.document import Row, Table
from awesome_lint.gfm import TABLE_SPACE
from awesome_lint.values import is_none_mark

# what a cell is written with, its words aside: its HTML tags, links and images (`<sub>MTEB</sub>`
# is `<sub`, `</sub`); a cell of plain text has no shape to tell one column from another
_TAG = lazy_re.compile(r"</?[A-Za-z][A-Za-z0-9]*")
SHAPED = 3  # rows of the full width a table needs for its columns' shapes to tell
_VALUE = 40  # characters of a cell, at most, read as a column's value (`sh`, `macos`)
# a count alone (`139`, `1,046`, `3.1k`): a stars column's cell
_COUNT = lazy_re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[kKmM万]?")
_VOCABULARY = 3  # full rows to each value a column writes, at least, for it to have a vocabulary


# a link or image written inline, its text and target left out where a cell is read for words
_INLINE_LINK = lazy_re.compile(r"!?\[[^\[\]]*\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*\)")
_WORD = lazy_re.compile(r"[^\W\d_]{2}")


def _shape(text: str) -> tuple[str, ...]:
    if "<" not in text and "](" not in text:
        return ()  # most cells: plain text, no search
    marks = _TAG.findall(text)
    if "](" in text:
        marks.append("![" if "![" in text else "[")
        if _WORD.search(_INLINE_LINK.sub(" ", text)):
            marks.append("words")  # a sentence that links a word, no link written alone
    return tuple(marks)


_LABEL = lazy_re.compile(r"\[\[?([^\[\]]{1,24})\]?\]\(")  # a link's text: `[Github](`, `[[Paper]](`


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

    def __init__(
        self,
        table: Table,
        kin: Sequence[Table] = (),
        cousins: Callable[[], Iterable[tuple[Table, tuple[int | None, ...]]]] = tuple,
    ) -> None:
        """``kin``: the list's tables of the same header, this one among them, whose full rows
        tell how its columns are written where this table has too few of its own (every row
        of it short); the same for each of them, so one ``Shapes`` may serve them all.
        ``cousins``: the tables of a header one column apart, each with where it writes each of
        this table's columns (None for one it lacks), asked for where the kin have too few too."""
        width = table.width
        self._full: list[tuple[str, ...]] = [
            row.texts for row in table.body if len(row.texts) == width
        ]
        self.pooled = len(self._full) < SHAPED and any(other is not table for other in kin)
        if self.pooled:
            self._full = [
                row.texts for other in kin for row in other.body if len(row.texts) == width
            ]
        # a cousin's full rows written in this table's columns ("" where it has none)
        written = (
            [
                tuple("" if at is None else row.texts[at] for at in where)
                for other, where in cousins()
                for row in other.body
                if len(row.texts) == other.width
            ]
            if len(self._full) < SHAPED
            else []
        )
        self.cousins = bool(written)
        if self.cousins:
            self._full += written
            self.pooled = True
        self._columns: dict[tuple[int, bool], Counter[tuple[str, ...]]] = {}
        self._values: dict[int, Counter[str]] = {}
        self._vocabularies: dict[int, bool] = {}
        self._counted: dict[int, int] = {}  # full rows that write a count alone, by column
        self.rows = len(self._full)
        self.width = width

    def _column(self, column: int, labeled: bool) -> Counter[tuple[str, ...]]:
        known = self._columns.get((column, labeled))
        if known is None:
            shape = _labeled if labeled else _shape
            known = Counter(shape(texts[column]) for texts in self._full)
            self._columns[column, labeled] = known
        return known

    def _written(self, column: int) -> Counter[str]:
        """A column's values in its full rows (trimmed, case-folded), counted at C speed."""
        known = self._values.get(column)
        if known is None:
            texts = map(itemgetter(column), self._full)
            known = Counter(map(str.casefold, map(str.strip, texts)))
            self._values[column] = known
        return known

    def _few_values(self, column: int) -> bool:
        """Whether a column writes a few values of its own: each, on average, in three full rows
        or more (its cells told apart as written first, at C speed: most columns are of
        names and descriptions, each written once)."""
        known = self._vocabularies.get(column)
        if known is None:
            written = len(set(map(itemgetter(column), self._full)))
            known = (
                written * _VOCABULARY <= self.rows
                and len(self._written(column)) * _VOCABULARY <= self.rows
            )
            self._vocabularies[column] = known
        return known

    def _counts(self, column: int) -> int:
        """How many of the full rows write a count alone in a column; worked out once a column,
        as each short row asks."""
        known = self._counted.get(column)
        if known is None:
            written = self._written(column)
            known = sum(number for text, number in written.items() if _COUNT.fullmatch(text))
            self._counted[column] = known
        return known

    def _value_of(self, text: str, shown: int) -> int | None:
        """The column after ``shown`` that writes ``text`` as one of its values, where the
        column it shows under keeps a vocabulary of its own without it, and of none of that
        column's values (`macos`, a plugin's dependency, under `Lang`, whose rows write `sh`,
        `bash`; not a time complexity under `Time` beside the same under `Space`)."""
        value = text.strip().casefold()
        if not value or len(value) > _VALUE or is_none_mark(value):
            return None
        own = self._written(shown)
        if own[value]:
            return None
        if not self._few_values(shown):
            # a column of free text (each description its own): one of the values a later
            # column keeps a vocabulary of (`:white_check_mark:` under `Description`, where the
            # rows mark `Offer Free Version` with a few marks), or a count where a later
            # column is of counts (`139` under `描述`, the `Star 数量` of a nameless row) and
            # this one writes none
            counted = _COUNT.fullmatch(value) is not None and not self._counts(shown)
            for column in range(shown + 1, self.width):
                if self._written(column)[value] and self._few_values(column):
                    return column
                if counted and self._counts(column) * 10 >= 9 * self.rows:
                    return column
            return None
        for column in range(shown + 1, self.width):
            later = self._written(column)
            if later[value] and not any(
                text and not is_none_mark(text) for text in own.keys() & later.keys()
            ):
                return column
        return None

    def belongs(self, text: str, shown: int) -> int | None:
        """The column after ``shown`` whose cells, in most full rows, are written as ``text``
        is, where the column it shows under writes no cell so: a cell missing before it. Its
        shape first, then with its links' texts (a `[[Github]]` link under `HomePage`, whose
        cells link `[[HomePage]]` where they link at all)."""
        if self.rows < SHAPED:
            return None
        for labeled in (False, True):
            shape = (_labeled if labeled else _shape)(text)
            if not shape or self._column(shown, labeled)[shape]:
                continue
            for column in range(shown + 1, self.width):
                if self._column(column, labeled)[shape] * 2 > self.rows:
                    return column
        return self._value_of(text, shown)


def shifted_cell(row: Row, shapes: Shapes) -> tuple[int, int] | None:
    """A short row's first cell (its second or later) shown under a column whose full rows
    write no cell so, written as a later column's cells are: (the column it shows under, the
    column it belongs to); None where none is."""
    for shown in range(1, len(row.texts)):
        belongs = shapes.belongs(row.texts[shown], shown)
        if belongs is not None:
            return shown, belongs
    return None


# a line of HTML tags alone (`<a name="code"></a>`, an anchor between a table's rows)
_TAGS_ALONE = lazy_re.compile(r"\s*(?:<[^<>]*>\s*)+")


def broken_rows(table: Table) -> dict[int, int]:
    """Rows cut short whose cells go on on the next line, which does not start with the `|`
    the table's other rows start with (a description put on a line of its own, no `|` before
    it), the two holding the header's cells or fewer: each row's line to that line. GitHub
    shows the next line as a row of its own, its text under the first column."""
    body = table.body[: table.taken_in]
    piped = [row.raw.lstrip(TABLE_SPACE).startswith("|") for row in body]
    if sum(piped) * 3 < len(body) * 2:
        return {}  # a table written without outer pipes: a row may start with its text
    # a line without the `|` beside another such line is of a run of rows written without it
    # (a table's last rows, each whole: `[Balta.io](…) | Curso | Não | … |`), no row's rest
    return {
        row.line: after.line
        for index, (row, after) in enumerate(pairwise(body))
        if len(row.texts) < table.width
        and piped[index]
        and not piped[index + 1]
        and (index + 2 >= len(body) or piped[index + 2])
        and len(row.texts) + len(after.texts) <= table.width
        and after.raw.strip()
        and not _TAGS_ALONE.fullmatch(after.raw)
    }


_CUT_ROWS = 3  # rows of a table cut short, at most, and one in three of its rows at most


def cut_short(table: Table) -> frozenset[int]:
    """The lines of rows cut short in a table whose rows are otherwise whole: a row of half the
    header's cells or fewer (of four or more), something written after its first (not a name
    alone), in a table with three such rows at most, a third of its rows at most (`| CVPR 2024 |
    [Paint-it](…) |` under six columns, a description that ended its line). A table that writes
    many rows short writes them so."""
    width = table.width
    if width < 4:
        return frozenset()
    short = [row for row in table.body if len(row.texts) < width and any(map(str.strip, row.texts))]
    if not short or len(short) > _CUT_ROWS:
        return frozenset()
    # rows written, three for each short one at least: counted until there are enough
    needed, written = 3 * len(short), 0
    for row in table.body:
        written += any(map(str.strip, row.texts))
        if written >= needed:
            break
    else:
        return frozenset()
    return frozenset(
        row.line
        for row in short
        if len(row.texts) * 2 <= width
        and row.texts[0].strip()  # a label's words after an empty first cell: `|  | Single |
        # Sentence | Tasks |` over a benchmark's group of datasets, a row spanning the table
        and any(text.strip() for text in row.texts[1:])
    )


_TOTAL = lazy_re.compile(
    r"[\W_]*(?:sub-?\s*|grand\s+)?total\b|[\W_]*(?:合计|总计|小计|總計|合計|共计)", re.I
)


def sums(row: Row) -> bool:
    """Whether a row sums the rows above it (`| | | *TOTAL $41 mln* |`): no entry, and it
    leaves the columns it does not sum empty by design. A row that links something is an
    entry's (`[Total Commander](…)`)."""
    if "](" in row.raw or "://" in row.raw:
        return False
    return any(_TOTAL.match(text) for text in row.texts if text)


def split_link(row: Row) -> str:
    """The text of a link a `|` splits across two cells (`[P5X | Persona5: The Phantom X](…)`:
    `[P5X ` ends one cell, ` Persona5: The Phantom X](…)` starts the next), as written up to
    its `](`, or "": the row's one slip, which its other cells' findings only echo."""
    texts = row.texts
    for index in range(len(texts) - 1):
        text = texts[index]
        opened = text.rfind("[")
        if opened < 0 or "]" in text[opened:]:
            continue
        # the link's text may hold several `|` (`[RI-MUHC | Research Institute of the MUHC |
        # #rimuhc](…)`): the cells between written with no bracket
        parts = [text[opened:]]
        for after in texts[index + 1 : index + 1 + _SPLIT_CELLS]:
            close = after.find("](")
            if close >= 0 and "[" not in after[:close]:
                return " | ".join([*parts, after[:close]]) + "]"
            if "[" in after or "]" in after:
                break
            parts.append(after)
    return ""


_SPLIT_CELLS = 4  # cells, at most, after the one a link's text starts in, that it may run over
