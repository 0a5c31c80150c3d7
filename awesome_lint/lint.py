"""Running the selected rules over a parsed document and collecting their diagnostics."""

from __future__ import annotations

import re
from collections.abc import Iterable

from awesome_lint.config import Selection, Settings, ignored_by_path
from awesome_lint.entries import entries_for
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Diagnostic, Location, Severity
from awesome_lint.suppress import read_suppressions

# AL000 reports suppression comments themselves: it cannot be suppressed by one
_UNSUPPRESSIBLE = frozenset({"AL000"})


def lint(
    document: Document,
    selection: Selection,
    context: Context,
    settings: Settings | None = None,
) -> list[Diagnostic]:
    path = document.source.path
    off = ignored_by_path(settings, path) if settings else frozenset()
    diagnostics = [
        Diagnostic(
            path=path,
            line=finding.line,
            column=finding.column,
            code=rule.code,
            name=rule.name,
            severity=_severity(selection, settings, rule.code, finding.severity),
            message=finding.message,
            fixable=finding.fixable and rule.fix is not None,
            related=tuple(Location(path, line, column) for line, column in finding.related),
            url=finding.url,
            link_class=finding.link_class,
        )
        for rule in selection.rules
        if rule.code not in off
        for finding in rule.check(document, context)
    ]
    suppressions = read_suppressions(document.source.lines)
    diagnostics = [
        item
        for item in diagnostics
        if item.code in _UNSUPPRESSIBLE or not suppressions.covers(item.line, item.code)
    ]
    if settings and (settings.ignore_entries or settings.ignore_urls):
        diagnostics = _without_ignored_entries(document, context, settings, diagnostics)
    return sorted(diagnostics, key=Diagnostic.sort_key)


def _severity(
    selection: Selection, settings: Settings | None, code: str, own: Severity | None
) -> Severity:
    """Configured severity first, then the finding's own, then the rule's default."""
    if settings is not None and code in settings.severity:
        return settings.severity[code]
    return own or selection.severity[code]


def _matches(patterns: Iterable[str], text: str) -> bool:
    return any(re.search(pattern, text) for pattern in patterns)


def _without_ignored_entries(
    document: Document, context: Context, settings: Settings, diagnostics: list[Diagnostic]
) -> list[Diagnostic]:
    """Drop findings on entries whose name or URL is configured as ignored, and findings
    about ignored URLs."""
    ignored_lines = {
        entry.line
        for entry in entries_for(document, context.aliases).entries
        if _matches(settings.ignore_entries, entry.name)
        or any(_matches(settings.ignore_urls, link.url) for link in entry.urls)
    }
    return [
        item
        for item in diagnostics
        if item.line not in ignored_lines
        and not (item.url and _matches(settings.ignore_urls, item.url))
    ]
