"""AL202 duplicate-name: two entries share a name."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.entries import Entry
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import name_key


def check(document: Document, context: Context) -> Iterator[Finding]:
    first: dict[str, Entry] = {}
    for entry in context.analysis.entries.entries:
        key = name_key(entry.name)
        if not key:
            continue
        if key in first:
            earlier = first[key]
            yield Finding(
                entry.line,
                entry.name_column,
                f"`{entry.name}` is already an entry on line {earlier.line}",
                related=((earlier.line, earlier.name_column),),
            )
        else:
            first[key] = entry


RULE = Rule(
    code="AL202",
    name="duplicate-name",
    summary="Two entries share a name (case and width folded)",
    severity=Severity.ERROR,
    check=check,
)
