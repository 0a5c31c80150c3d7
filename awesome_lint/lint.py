"""Running rules over a parsed document: their findings, and the diagnostics a check reports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from awesome_lint.config import Selection, Settings, ignored_by_path
from awesome_lint.document import Document
from awesome_lint.parallel import rule_findings
from awesome_lint.patterns import matches
from awesome_lint.rule import (
    Context,
    Diagnostic,
    Edit,
    Finding,
    FixSafety,
    Location,
    Need,
    Rule,
    Severity,
    bounded,
    findings,
)
from awesome_lint.suppress import SuppressionUse


def lint(
    document: Document,
    selection: Selection,
    context: Context,
    settings: Settings | None = None,
) -> list[Diagnostic]:
    path = document.source.path
    off = ignored_by_path(settings, path) if settings else frozenset()
    # a network rule judges link results: without them (no --links) it has nothing to read
    rules = [
        rule
        for rule in selection.rules
        if rule.code not in off and (context.links or not rule.network)
    ]
    first = [rule for rule in rules if Need.SUPPRESSION_USE not in rule.needs]
    last = [rule for rule in rules if Need.SUPPRESSION_USE in rule.needs]
    used: set[tuple[int, str]] = set()
    found = _unsuppressed(rule_findings(first, document, context), context, used)
    if last:  # the rules that judge suppression comments, once the others have used them
        ran = frozenset(rule.code for rule in first)
        told = replace(context, suppression_use=SuppressionUse(frozenset(used), ran))
        found += _unsuppressed(findings(last, document, told), context, used)
    unkept = _unkept_safe_fixes(document, found)
    diagnostics = [
        _diagnostic(
            path,
            rule,
            finding,
            _severity(selection, settings, rule.code, finding.severity),
            fixable=finding.fixable and rule.applies_fixes and id(finding) not in unkept,
        )
        for rule, finding in found
    ]
    if settings and (settings.ignore_entries or settings.ignore_urls):
        diagnostics = _without_ignored_entries(context, settings, diagnostics)
    return sorted(diagnostics, key=Diagnostic.sort_key)


def _unsuppressed(
    found: Iterable[tuple[Rule, Finding]], context: Context, used: set[tuple[int, str]]
) -> list[tuple[Rule, Finding]]:
    """The findings no comment suppresses; ``used`` gathers which comment held back which."""
    suppressions = context.analysis.suppressions
    kept = []
    for rule, finding in found:
        covering = suppressions.covering(finding.line, rule.code) if rule.suppressible else None
        if covering:
            used.update((index, rule.code) for index in covering)
        else:
            kept.append((rule, finding))
    return kept


def _unkept_safe_fixes(document: Document, found: list[tuple[Rule, Finding]]) -> set[int]:
    """The findings whose safe fix `fix` would not apply because it changes GitHub's page (a
    blank line that makes a list loose, say): a fix is claimed only where it will be made.
    Formatting fixes keep the page by construction and are not rendered here."""
    edits = {
        id(finding): finding.edits
        for rule, finding in found
        if finding.edits
        and rule.fix is not None
        and rule.fix.safety is FixSafety.SAFE
        and not rule.fix.automatic
    }
    if not edits:
        return set()
    from awesome_lint.fix import rendering_preserving  # cmark-gfm: only where a fix is claimed

    line_level = {
        key: [edit for edit in value if isinstance(edit, Edit)] for key, value in edits.items()
    }
    _, dropped = rendering_preserving(
        document, [edit for value in line_level.values() for edit in value]
    )
    return {key for key, value in line_level.items() if any(edit in dropped for edit in value)}


def _diagnostic(
    path: str, rule: Rule, finding: Finding, severity: Severity, *, fixable: bool
) -> Diagnostic:
    end_line, end_column = finding.end
    # its fields written into its ``__dict__`` at once, not by the frozen dataclass's
    # ``__init__`` (thirteen ``object.__setattr__`` calls): a list of thousands of findings
    # makes one for each
    diagnostic: Diagnostic = _new_object(Diagnostic)
    diagnostic.__dict__.update(
        path=path,
        line=finding.line,
        column=finding.column,
        code=rule.code,
        name=rule.name,
        severity=severity,
        message=bounded(finding.message),
        fixable=fixable,
        related=tuple(Location(path, line, column) for line, column in finding.related),
        url=finding.url,
        link_class=finding.link_class,
        end_line=end_line,
        end_column=end_column,
    )
    return diagnostic


_new_object = object.__new__


def _severity(
    selection: Selection, settings: Settings | None, code: str, own: Severity | None
) -> Severity:
    """Configured severity first, then the finding's own, then the rule's default."""
    if settings is not None and code in settings.severity:
        return settings.severity[code]
    return own or selection.severity[code]


def _without_ignored_entries(
    context: Context, settings: Settings, diagnostics: Sequence[Diagnostic]
) -> list[Diagnostic]:
    """Drop findings on entries whose name or URL is configured as ignored, and findings
    about ignored URLs."""
    ignored_lines = {
        entry.line
        for entry in context.analysis.entries.entries
        if matches(settings.ignore_entries, entry.name)
        or any(matches(settings.ignore_urls, link.url) for link in entry.urls)
    }
    return [
        item
        for item in diagnostics
        if item.line not in ignored_lines
        and not (item.url and matches(settings.ignore_urls, item.url))
    ]
