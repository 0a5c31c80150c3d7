"""AL101 dead-link: a link that is dead, fails after retries, or cannot be verified."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Need, Rule, Severity

_CLASSES = {"dead": Severity.ERROR, "error": Severity.ERROR, "unverified": Severity.WARNING}


def check(document: Document, context: Context) -> Iterator[Finding]:
    if not context.links:
        return
    for found in context.analysis.links:
        result = context.links.get(found.url)
        if result is None or result.link_class.value not in _CLASSES:
            continue
        kind = result.link_class.value
        verb = {"dead": "is dead", "error": "failed", "unverified": "could not be verified"}[kind]
        yield Finding(
            found.line,
            found.column,
            f"`{found.url}` {verb}: {result.detail}" if result.detail else f"`{found.url}` {verb}",
            url=found.url,
            link_class=kind,
            severity=_CLASSES[kind],
        )


RULE = Rule(
    code="AL101",
    name="dead-link",
    summary="A link is dead, fails after retries, or cannot be verified (network)",
    severity=Severity.ERROR,
    check=check,
    needs=frozenset({Need.LINKS}),
)
