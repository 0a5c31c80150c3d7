"""Writing diagnostics for people (``path:line:col: CODE message``) and for programs (JSON)."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from awesome_lint.rule import Diagnostic, Severity


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    return "".join(
        f"{item.path}:{item.line}:{item.column}: {item.code} {item.message}\n"
        for item in diagnostics
    )


def format_json(diagnostics: Sequence[Diagnostic]) -> str:
    records = [
        {
            "path": item.path,
            "line": item.line,
            "column": item.column,
            "code": item.code,
            "name": item.name,
            "severity": item.severity.value,
            "message": item.message,
            "fixable": item.fixable,
            "related": [
                {"path": where.path, "line": where.line, "column": where.column}
                for where in item.related
            ],
        }
        for item in diagnostics
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary(diagnostics: Sequence[Diagnostic], files: int, formatting: Collection[str]) -> str:
    """One line for stderr: how many findings, of which severity, and how to fix what can be."""
    if not diagnostics:
        return f"No problems found in {_plural(files, 'file')}."
    errors = sum(1 for item in diagnostics if item.severity is Severity.ERROR)
    warnings = len(diagnostics) - errors
    plain = sum(1 for item in diagnostics if item.fixable and item.code in formatting)
    opt_in = sorted({item.code for item in diagnostics if item.fixable} - set(formatting))
    line = (
        f"Found {_plural(len(diagnostics), 'problem')} "
        f"({_plural(errors, 'error')}, {_plural(warnings, 'warning')}) in {_plural(files, 'file')}"
    )
    if plain:
        line += f"; {plain} fixable with `awesome-lint fix`"
    if opt_in:
        line += f"; more with `awesome-lint fix --extend-select {','.join(opt_in)}`"
    return line + "."
