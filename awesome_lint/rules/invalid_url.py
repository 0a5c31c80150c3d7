"""AL104 invalid-url: a link target that cannot be a URL."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import url_problem

# a link left empty on purpose until its target exists: `[Coming soon]()`
_PLACEHOLDER = re.compile(
    r"coming\s*soon|\btbd\b|\btba\b|\btodo\b|soon|即将|待定|待更新|敬请期待", re.I
)


def check(document: Document, context: Context) -> Iterator[Finding]:
    for found in context.analysis.links:
        if not found.url.strip() and _PLACEHOLDER.search(found.link.text):
            continue
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
