"""AL105 archived-repo: a linked GitHub repository is archived."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Need, Rule, Severity


def check(document: Document, context: Context) -> Iterator[Finding]:
    for found in context.analysis.links:
        result = context.links.get(found.url)
        if result is not None and result.archived:
            yield Finding(
                found.line,
                found.column,
                f"`{found.url}` is an archived repository",
                url=found.url,
                link_class=result.link_class.value,
            )


RULE = Rule(
    code="AL105",
    name="archived-repo",
    summary="A linked GitHub repository is archived (GitHub API)",
    severity=Severity.WARNING,
    check=check,
    needs=frozenset({Need.LINKS}),
)
