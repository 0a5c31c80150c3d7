"""AL102 redirected-link: a link that moved permanently, or a GitHub repository renamed."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.parse import Document
from awesome_lint.rule import (
    Context,
    Finding,
    FixPolicy,
    FixSafety,
    Need,
    Rule,
    Severity,
    text_edit,
)


def _redirects(document: Document, context: Context) -> Iterator[tuple[int, int, str, str]]:
    for found in context.analysis.links:
        result = context.links.get(found.url)
        if result is not None and result.link_class.value == "redirected" and result.target:
            yield found.line, found.column, found.url, result.target


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for line, column, url, target in _redirects(document, context):
        # the final target where the URL was; the rest of the line, cell or item stays
        edit = text_edit(lines, line, column, url, target)
        yield Finding(
            line,
            column,
            f"`{url}` moved permanently to `{target}`",
            edits=(edit,) if edit else (),
            end_column=column + len(url),
            url=url,
            link_class="redirected",
        )


RULE = Rule(
    code="AL102",
    name="redirected-link",
    summary="A link moved permanently (network)",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE),
    needs=frozenset({Need.LINKS}),
)
