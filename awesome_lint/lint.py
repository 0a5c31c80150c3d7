"""Running the selected rules over a parsed document and collecting their diagnostics."""

from __future__ import annotations

from awesome_lint.config import Selection
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Diagnostic, Location


def lint(document: Document, selection: Selection, context: Context) -> list[Diagnostic]:
    path = document.source.path
    diagnostics = [
        Diagnostic(
            path=path,
            line=finding.line,
            column=finding.column,
            code=rule.code,
            name=rule.name,
            severity=selection.severity[rule.code],
            message=finding.message,
            fixable=finding.fixable and rule.fix is not None,
            related=tuple(Location(path, line, column) for line, column in finding.related),
        )
        for rule in selection.rules
        for finding in rule.check(document, context)
    ]
    return sorted(diagnostics, key=Diagnostic.sort_key)
