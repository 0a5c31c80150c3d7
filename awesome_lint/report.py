"""Writing diagnostics for people (``path:line:col: CODE message``) and for programs (JSON)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Sequence

from awesome_lint.rule import Diagnostic, Rule, Severity

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional
# embeddings, overrides and isolates (which reorder what a reader sees), and lone surrogates
# (undecodable bytes of a file name, which no UTF-8 stream can write)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def escape_control(text: str) -> str:
    """Text from a file or a file name made safe for a terminal or a CI log: control characters
    become visible escapes (``\\n``, ``\\x1b``, ``\\u202e``), so that they can neither start a
    new output line (a forged ``::error`` workflow command) nor drive the terminal (ESC, OSC)."""
    return _CONTROL.sub(_visible, text)


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    return "".join(
        escape_control(f"{item.path}:{item.line}:{item.column}: {item.code} {item.message}") + "\n"
        for item in diagnostics
    )


def _escape_data(text: str) -> str:
    # no raw newline is left after escape_control, so no data can start a workflow command
    return escape_control(text).replace("%", "%25")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the PR."""
    lines = []
    for item in diagnostics:
        level = "error" if item.severity is Severity.ERROR else "warning"
        properties = (
            f"file={_escape_property(item.path)},line={item.line},col={item.column},"
            f"title={_escape_property(f'{item.code} {item.name}')}"
        )
        lines.append(f"::{level} {properties}::{_escape_data(f'{item.code} {item.message}')}\n")
    return "".join(lines)


def format_sarif(
    diagnostics: Sequence[Diagnostic], rules: Sequence[Rule], rules_url: str, version: str
) -> str:
    """SARIF 2.1.0 for GitHub code scanning: the tool's rules with help links, and results
    with rule ids, messages and physical locations (columns in Unicode code points)."""
    index = {rule.code: position for position, rule in enumerate(rules)}
    base = rules_url if rules_url.endswith("/") else rules_url + "/"
    driver = {
        "name": "awesome-lint",
        "version": version,
        "informationUri": base.rsplit("/rules/", 1)[0] if "/rules/" in base else base,
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "helpUri": f"{base}{rule.code}.md",
                "defaultConfiguration": {
                    "level": "error" if rule.severity is Severity.ERROR else "warning"
                },
            }
            for rule in rules
        ],
    }
    results = []
    for item in diagnostics:
        result: dict[str, object] = {
            "ruleId": item.code,
            "ruleIndex": index.get(item.code, -1),
            "level": "error" if item.severity is Severity.ERROR else "warning",
            "message": {"text": item.message},
            "locations": [_sarif_location(item.path, item.line, item.column)],
        }
        if item.related:
            result["relatedLocations"] = [
                {"id": number, **_sarif_location(where.path, where.line, where.column)}
                for number, where in enumerate(item.related)
            ]
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _sarif_location(path: str, line: int, column: int) -> dict[str, object]:
    uri = path.replace(os.sep, "/")
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {"startLine": line, "startColumn": column},
        }
    }


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
            **({"url": item.url} if item.url else {}),
            **({"link_class": item.link_class} if item.link_class else {}),
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
