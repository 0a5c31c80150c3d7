"""AL001 table-column-count: a row with fewer or more cells than its header."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.parse import Document, Row, Table
from awesome_lint.rule import Context, Edit, Finding, FixPolicy, FixSafety, Rule, Severity


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for table in document.tables:
        editable = table.editable
        for row in table.body:
            count = len(row.texts)
            if count < table.width:
                padded = _padded(table, row, lines[row.line - 1])
                yield Finding(
                    row.line,
                    row.column,
                    f"row has {count} of the header's {table.width} cells; "
                    f"GitHub shows the missing {table.width - count} empty",
                    edits=(Edit(row.line - 1, row.line, (padded,), RULE.code),) if editable else (),
                )
            elif count > table.width:
                extra = row.cells[table.width]
                yield Finding(
                    row.line,
                    extra.column,
                    f"row has {count} cells but the header has {table.width}; "
                    f"GitHub hides `{extra.text}`"
                    + (" and the rest" if count > table.width + 1 else ""),
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
)
