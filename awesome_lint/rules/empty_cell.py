"""AL004 empty-cell: an empty cell in a column its table nearly always fills."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Table
from awesome_lint.entries import Columns, has_entry_link, normalize_header
from awesome_lint.rule import Context, Finding, Rule, Severity

# remarks columns are filled when there is something to remark, not as a rule
_REMARKS = frozenset(
    {"说明", "备注", "注", "注释", "remarks", "remark", "notes", "note", "comment"}
)


def _filled(table: Table, column: int) -> list[bool]:
    """Whether each body row fills the column; `-` is written as a deliberate empty."""
    return [
        cell is not None and bool(cell.text) and cell.text != "-"
        for cell in (row.cell(column) for row in table.body)
    ]


def _judged(columns: Columns, width: int, roles: list[str]) -> list[tuple[int, str | None]]:
    """The columns judged, with their roles: every column, or those of the roles named."""
    if not roles:
        return [(column, columns.role(column)) for column in range(width)]
    return [(getattr(columns, role), role) for role in roles if getattr(columns, role) >= 0]


def check(document: Document, context: Context) -> Iterator[Finding]:
    analysis = context.analysis
    index = analysis.entries
    roles = list(context.option(RULE, "columns"))
    share = float(context.option(RULE, "min-filled"))
    most = context.option(RULE, "max-empty")
    tables_of_entries = {entry.table.line for entry in index.entries if entry.table is not None}
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or table.line not in tables_of_entries:
            continue
        if len(table.body) < context.option(RULE, "min-rows"):
            continue
        headers = table.header.texts
        for column, role in _judged(columns, table.width, roles):
            if normalize_header(headers[column]) in _REMARKS:
                continue
            filled = _filled(table, column)
            empty = len(filled) - sum(filled)
            if sum(filled) < share * len(filled) or empty > most:
                continue  # no convention of filling this column, or one of leaving it empty
                # for a class of rows (a generated table's untagged problems)
            for row, full in zip(table.body, filled, strict=True):
                cell = row.cell(column)
                if full or (cell is not None and cell.text == "-"):
                    continue
                if role == "link" and has_entry_link(row.cell(columns.name), document.definitions):
                    continue  # the link is in the name cell: AL005's business
                if role == "license":
                    continue  # AL203's business
                yield Finding(
                    row.line,
                    row.column_of(column),
                    f"the `{headers[column]}` cell is empty; {sum(filled)} of the table's "
                    f"{len(filled)} rows fill it",
                )


RULE = Rule(
    code="AL004",
    name="empty-cell",
    summary="A table leaves a cell empty in a column it nearly always fills",
    severity=Severity.ERROR,
    check=check,
    options={"columns": [], "min-filled": 0.8, "max-empty": 5, "min-rows": 5},
)
