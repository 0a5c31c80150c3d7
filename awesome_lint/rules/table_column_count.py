"""AL001 table-column-count: a row with fewer or more cells than its header."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from awesome_lint.document import Document, Row, Table
from awesome_lint.rule import Context, Edit, Finding, FixPolicy, FixSafety, Rule, Severity

# `[//]: # (note)`, `<!--tool-->`: a comment kept out of sight (a marker a list's own scripts read)
_COMMENT_CELL = re.compile(r"^(?:\[//\]:\s*#|<!--(?:(?!-->).)*-->\s*$)")


def _hides_content(row: Row, width: int) -> bool:
    """Whether the cells beyond the header hold anything: an empty trailing cell (`| a | |`)
    or a comment cell (`[//]: # …`, `<!--tool-->`) hides nothing a reader would miss."""
    return any(cell.text and not _COMMENT_CELL.match(cell.text) for cell in row.cells[width:])


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


class _Shapes:
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


def _shifted(table: Table, row: Row, shapes: _Shapes, width: int) -> Finding | None:
    """A short row whose last cell shows under another column than the one its full rows
    write such cells in (a column added to the header, the rows never given its cell: a
    `<sub>MTEB</sub>` dataset under `Base`)."""
    count = len(row.texts)
    if count < 2:
        return None
    headers = table.header.texts
    for shown in range(1, count):
        belongs = shapes.belongs(row.texts[shown], shown)
        if belongs is None:
            continue
        which = "its last" if shown == count - 1 else f"its cell {shown + 1}"
        return Finding(
            row.line,
            row.cells[shown].column,
            f"row has {count} of the header's {width} cells: {which}, written as the table "
            f"writes `{headers[belongs]}`, shows under `{headers[shown]}`; a cell is missing "
            "before it",
        )
    return None


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    short_rows = context.option(RULE, "short-rows")
    for table in document.tables:
        editable = table.editable
        width = table.width
        shapes: _Shapes | None = None  # read where a row is short
        for row in table.body:
            count = len(row.texts)
            if count < width and not short_rows:
                if shapes is None:
                    shapes = _Shapes(table)
                shifted = _shifted(table, row, shapes, width)
                if shifted is not None:
                    yield shifted
            elif count < width and short_rows:
                padded = _padded(table, row, lines[row.line - 1])
                yield Finding(
                    row.line,
                    row.column,
                    f"row has {count} of the header's {table.width} cells; "
                    f"GitHub shows the missing {table.width - count} empty",
                    edits=(Edit(row.line - 1, row.line, (padded,), RULE.code),) if editable else (),
                )
            elif count > width and _hides_content(row, width):
                extra = next(
                    cell
                    for cell in row.cells[table.width :]
                    if cell.text and not _COMMENT_CELL.match(cell.text)
                )
                yield Finding(
                    row.line,
                    extra.column,
                    f"row has {count} cells but the header has {table.width}; "
                    f"GitHub hides `{extra.text}`"
                    + (" and the rest" if extra is not row.cells[-1] else ""),
                )


def _padded(table: Table, row: Row, line: str) -> str:
    missing = table.width - len(row.texts)
    if not line.rstrip(" \t").endswith("|") or line.rstrip(" \t").endswith("\\|"):
        line = line.rstrip(" \t") + " |"
    return line.rstrip(" \t") + "  |" * missing


RULE = Rule(
    code="AL001",
    name="table-column-count",
    summary="A table row has fewer or more cells than its header",
    severity=Severity.ERROR,
    check=check,
    fix=FixPolicy(FixSafety.SAFE, automatic=True, order=1),  # after AL002's whole tables
    # short rows show their missing cells empty: `fix` pads them, `check` reports them only
    # when asked
    options={"short-rows": False},
)
