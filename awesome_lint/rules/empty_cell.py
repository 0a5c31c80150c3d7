"""AL004 empty-cell: an empty cell in a required column of a table of entries."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity


def check(document: Document, context: Context) -> Iterator[Finding]:
    index = context.analysis.entries
    required = [role for role in context.option(RULE, "columns")]
    entry_rows = {(entry.table.line, entry.row_index) for entry in index.entries if entry.table}
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or not any(line == table.line for line, _ in entry_rows):
            continue
        headers = table.header.texts
        for row_index, row in enumerate(table.body):
            name_has_link = (table.line, row_index) in entry_rows
            for role in required:
                column = getattr(columns, role)
                if column < 0:
                    continue
                if role == "link" and name_has_link:
                    continue  # the link is in the name cell: AL005's business
                cell = row.cell(column)
                if cell is None or not cell.text:
                    message = f"the `{headers[column]}` cell is empty"
                    yield Finding(row.line, row.column_of(column), message)


RULE = Rule(
    code="AL004",
    name="empty-cell",
    summary="A table of entries has an empty cell in a required column",
    severity=Severity.ERROR,
    check=check,
    options={"columns": ["name", "link", "description"]},
)
