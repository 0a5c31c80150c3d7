"""AL002 table-format: a table not written in the configured style."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Table
from awesome_lint.render import render_table
from awesome_lint.rule import Context, Edit, Finding, FixPolicy, FixSafety, Rule, Severity


def _changes(document: Document, table: Table, context: Context) -> tuple[list[str], int] | None:
    rendered = render_table(table, context.render, document.source.lines)
    if rendered is None:
        return None
    original = document.source.lines[table.line - 1 : table.end_line]
    changed = sum(1 for old, new in zip(original, rendered, strict=True) if old != new)
    return rendered, changed


def check(document: Document, context: Context) -> Iterator[Finding]:
    for table in document.tables:
        changes = _changes(document, table, context)
        if changes and changes[1]:
            lines = len(table.rows)
            yield Finding(
                table.line,
                table.header.column,
                f"table is not in `{context.render.style.value}` style: "
                f"{changes[1]} of its {lines} lines would change",
                edits=(Edit(table.line - 1, table.end_line, tuple(changes[0]), RULE.code),),
                end_line=table.end_line,
                end_column=len(document.source.lines[table.end_line - 1]) + 1,
            )


RULE = Rule(
    code="AL002",
    name="table-format",
    summary="A table is not written in the configured style",
    severity=Severity.ERROR,
    check=check,
    fix=FixPolicy(FixSafety.SAFE, automatic=True, order=0),
    # formatting is `fix`'s job and `fix --check`'s report, as in ruff and prettier; selected,
    # the rule reports exactly the tables `fix --check` would change
    default=False,
)
