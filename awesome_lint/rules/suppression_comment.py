"""AL000 suppression-comment: an inline suppression names a rule that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Rule, Severity


def check(document: Document, context: Context) -> Iterator[Finding]:
    for unknown in context.analysis.suppressions.unknown:
        yield Finding(unknown.line, unknown.column, f"`{unknown.name}` is not a rule code or name")


RULE = Rule(
    code="AL000",
    name="suppression-comment",
    summary="An inline suppression comment names a rule that does not exist",
    severity=Severity.ERROR,
    check=check,
    suppressible=False,  # it reports suppression comments themselves
)
