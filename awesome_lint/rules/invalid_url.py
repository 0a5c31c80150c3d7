"""AL104 invalid-url: a link target that cannot be a URL."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import url_problem


def check(document: Document, context: Context) -> Iterator[Finding]:
    for found in context.analysis.links:
        problem = url_problem(found.url)
        if problem:
            yield Finding(found.line, found.column, f"`{found.url}`: {problem}")


RULE = Rule(
    code="AL104",
    name="invalid-url",
    summary="A link target is malformed: empty, with spaces, a mistyped or missing scheme",
    severity=Severity.ERROR,
    check=check,
)
