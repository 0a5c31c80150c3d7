"""AL003 blanks-around-table: no blank line between a table and the text before or after it."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.gfm import is_blank
from awesome_lint.parse import Document, Table
from awesome_lint.rule import Context, Edit, Finding, FixPolicy, FixSafety, Rule, Severity

_LIST_MARKER = frozenset("-+*.)0123456789")


def _continuation(prefix: str | None) -> str | None:
    """The prefix a blank line needs to stay inside the table's container (``>`` in a quote);
    None when the table opens its container, so there is no line before it to separate."""
    if prefix is None or any(char in _LIST_MARKER for char in prefix):
        return None
    return prefix.rstrip(" \t")


def _blank_in(line: str, continuation: str) -> bool:
    return is_blank(line) or (line.startswith(continuation) and is_blank(line[len(continuation) :]))


def _missing_blanks(document: Document, table: Table) -> Iterator[Finding]:
    """A finding for each side without a blank line, with the blank line that separates them;
    the fix door keeps only the insertions that leave GitHub's page as it was (a safe fix)."""
    lines = document.source.lines
    before = _continuation(table.header.prefix)
    if before is not None and table.line >= 2:
        previous = lines[table.line - 2]
        if previous.startswith(before) and not _blank_in(previous, before):
            yield Finding(
                table.line,
                table.header.column,
                "no blank line before the table",
                edits=(Edit(table.line - 1, table.line - 1, (before,), RULE.code),),
            )
    after = _continuation(table.rows[-1].prefix) or ""
    if table.end_line < len(lines):
        following = lines[table.end_line]
        if not _blank_in(following, after):
            inside = after if following.startswith(after) else ""
            last = table.rows[-1]
            yield Finding(
                last.line,
                last.column,
                "no blank line after the table",
                edits=(Edit(table.end_line, table.end_line, (inside,), RULE.code),),
            )


def check(document: Document, context: Context) -> Iterator[Finding]:
    for table in document.tables:
        yield from _missing_blanks(document, table)


RULE = Rule(
    code="AL003",
    name="blanks-around-table",
    summary="A table has no blank line before or after it",
    severity=Severity.ERROR,
    check=check,
    fix=FixPolicy(FixSafety.SAFE),
)
