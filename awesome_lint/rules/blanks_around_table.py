"""AL003 blanks-around-table: no blank line between a table and the text before or after it."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.fix import rendering_preserving
from awesome_lint.gfm import is_blank
from awesome_lint.parse import Document, Table
from awesome_lint.rule import Context, Edit, Finding, FixSafety, Rule, Severity

_LIST_MARKER = frozenset("-+*.)0123456789")


def _continuation(prefix: str | None) -> str | None:
    """The prefix a blank line needs to stay inside the table's container (``>`` in a quote);
    None when the table opens its container, so there is no line before it to separate."""
    if prefix is None or any(char in _LIST_MARKER for char in prefix):
        return None
    return prefix.rstrip(" \t")


def _blank_in(line: str, continuation: str) -> bool:
    return is_blank(line) or (line.startswith(continuation) and is_blank(line[len(continuation) :]))


def _missing_blanks(document: Document, table: Table) -> Iterator[tuple[Finding, Edit]]:
    lines = document.source.lines
    before = _continuation(table.header.prefix)
    if before is not None and table.line >= 2:
        previous = lines[table.line - 2]
        if previous.startswith(before) and not _blank_in(previous, before):
            finding = Finding(table.line, table.header.column, "no blank line before the table")
            yield finding, Edit(table.line - 1, table.line - 1, (before,), RULE.code)
    after = _continuation(table.rows[-1].prefix) or ""
    if table.end_line < len(lines):
        following = lines[table.end_line]
        if not _blank_in(following, after):
            inside = after if following.startswith(after) else ""
            last = table.rows[-1]
            finding = Finding(last.line, last.column, "no blank line after the table")
            yield finding, Edit(table.end_line, table.end_line, (inside,), RULE.code)


def _pairs(document: Document) -> list[tuple[Finding, Edit]]:
    return [pair for table in document.tables for pair in _missing_blanks(document, table)]


def check(document: Document, context: Context) -> Iterator[Finding]:
    pairs = _pairs(document)
    safe, _ = rendering_preserving(document, [edit for _, edit in pairs])
    for finding, edit in pairs:
        yield Finding(finding.line, finding.column, finding.message, fixable=edit in safe)


def fix(document: Document, context: Context) -> list[Edit]:
    """A blank line for every finding; the command keeps only those that leave GitHub's
    rendering as it was, as it does for every safe fix."""
    return [edit for _, edit in _pairs(document)]


RULE = Rule(
    code="AL003",
    name="blanks-around-table",
    summary="A table has no blank line before or after it",
    severity=Severity.ERROR,
    check=check,
    fix=fix,
    fix_safety=FixSafety.SAFE,
)
