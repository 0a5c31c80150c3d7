"""AL102 redirected-link: a link that moved permanently, or a GitHub repository renamed."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.links.collect import document_links
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Edit, Finding, FixSafety, Rule, Severity


def _redirects(document: Document, context: Context) -> Iterator[tuple[int, int, str, str]]:
    for found in document_links(document):
        result = context.links.get(found.url)
        if result is not None and result.link_class.value == "redirected" and result.target:
            yield found.line, found.column, found.url, result.target


def check(document: Document, context: Context) -> Iterator[Finding]:
    for line, column, url, target in _redirects(document, context):
        yield Finding(
            line,
            column,
            f"`{url}` moved permanently to `{target}`",
            fixable=True,
            url=url,
            link_class="redirected",
        )


def fix(document: Document, context: Context) -> list[Edit]:
    """Write the final target where the URL was; the rest of the line, cell or item stays."""
    lines = list(document.source.lines)
    touched: dict[int, str] = {}
    for line, column, url, target in _redirects(document, context):
        text = touched.get(line, lines[line - 1])
        start = column - 1
        if text[start : start + len(url)] == url:
            touched[line] = text[:start] + target + text[start + len(url) :]
    return [Edit(line - 1, line, (text,), RULE.code) for line, text in sorted(touched.items())]


RULE = Rule(
    code="AL102",
    name="redirected-link",
    summary="A link moved permanently (network)",
    severity=Severity.WARNING,
    check=check,
    fix=fix,
    fix_safety=FixSafety.UNSAFE,
    network=True,
)
