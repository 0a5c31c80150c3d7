"""Writing diagnostics for people (``path:line:col: CODE message``, a Markdown report) and for
programs (JSON, GitHub annotations, SARIF)."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from urllib.parse import quote

from awesome_lint import lazy_re
from awesome_lint.rule import Diagnostic, FixSafety, Rule, Severity
from awesome_lint.width import display_width

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_SEVERITY_COLOR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m"}
_FIX_COLOR = "\x1b[36m"
_GUTTER_COLOR = "\x1b[34m"
# the source line is shown whole up to this width, else a window around the column
SOURCE_WIDTH = 100

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional
# embeddings, overrides and isolates (which reorder what a reader sees), and lone surrogates
# (undecodable bytes of a file name, which no UTF-8 stream can write). None of them is printable
# (``str.isprintable``): most texts skip the pattern, compiled on first use (re's cache) since its
# surrogate range takes 0.3 ms to compile
_CONTROL = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
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
    if text.isprintable():
        return text
    return re.sub(_CONTROL, _visible, text)


def use_color(is_terminal: bool, environ: Mapping[str, str]) -> bool:
    """Color on a terminal only; ``FORCE_COLOR`` turns it on anywhere, ``NO_COLOR`` off
    (both when set and not empty; FORCE_COLOR wins, as in ruff)."""
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("NO_COLOR"):
        return False
    return is_terminal


def shown(text: str) -> str:
    """Text from a list as a terminal should show it: a tab as one space (the width
    ``display_width`` gives it), other control characters escaped (``escape_control``)."""
    return escape_control(text.replace("\t", " "))


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def first_line(item: Diagnostic, color: bool = False) -> str:
    """``path:line:col: CODE message``, with `` [*]`` after the code when a fix exists: the
    line editors and problem matchers parse."""
    where = _paint(f"{shown(item.path)}:{item.line}:{item.column}:", _BOLD, color)
    # the color looked up only where it is painted: an Enum hashes by a call of Python's own
    code = _paint(item.code, _SEVERITY_COLOR[item.severity], color) if color else item.code
    fix = " " + _paint("[*]", _FIX_COLOR, color) if item.fixable else ""
    return f"{where} {code}{fix} {shown(item.message)}"


def _window(text: str, column: int) -> tuple[str, int]:
    """The part of a long line around ``column`` (0-based), and the column within it."""
    if display_width(text) <= SOURCE_WIDTH:
        return text, column
    start = max(0, column - SOURCE_WIDTH // 4)
    end = start + _fitting(text, start, SOURCE_WIDTH - 2)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + text[start:end] + suffix, column - start + len(prefix)


# a character that may not be one column wide (all but printable ASCII), and one that is
_NOT_NARROW = lazy_re.compile(r"[^\x20-\x7e]")
_NARROW = lazy_re.compile(r"[\x20-\x7e]")


def _fitting(text: str, start: int, room: int) -> int:
    """How many characters of ``text`` from ``start`` on fit in ``room`` columns: the longest
    run from ``start`` whose ``display_width``s, character by character, sum to ``room`` at
    most. A run of printable ASCII is one column a character, counted by its length; the
    characters of a run of others are measured one by one, their running sums at C speed
    (a long line costs what it shows, not its length); no width is negative, so the sums
    only grow."""
    fitted = used = 0
    position, end = start, len(text)
    while position < end:
        # each search looks no further than the room left (a character is a column at least,
        # but for the few of none): a line of 100,000 characters under thousands of findings
        # is not searched to its end for each
        limit = min(end, position + room - used + 1)
        other = _NOT_NARROW.search(text, position, limit)
        stop = other.start() if other is not None else limit
        if used + stop - position > room:
            return fitted + room - used
        fitted += stop - position
        used += stop - position
        if stop == end:
            break
        narrow = _NARROW.search(text, stop, min(end, stop + room - used + 1))
        position = narrow.start() if narrow is not None else min(end, stop + room - used + 1)
        totals = list(accumulate(map(display_width, text[stop:position])))
        inside = bisect_right(totals, room - used)
        fitted += inside
        if inside < len(totals):
            break
        used += totals[-1]
    return fitted


def _span(item: Diagnostic) -> int:
    """How many characters of its line a finding covers (one when it ends on another line)."""
    if item.end_line == item.line and item.end_column > item.column:
        return item.end_column - item.column
    return 1


def _source_lines(item: Diagnostic, line: str, rule_url: str | None, color: bool) -> list[str]:
    number = str(item.line)
    gutter = _paint(" " * len(number) + " |", _GUTTER_COLOR, color)
    text, column = _window(line, min(item.column - 1, len(line)))
    indent = " " * display_width(shown(text[:column]))
    carets = "^" * max(1, display_width(shown(text[column : column + _span(item)])))
    marker = f"{carets} {item.code}"
    if color:
        marker = _paint(marker, _SEVERITY_COLOR[item.severity], color)
    lines = [
        gutter,
        f"{_paint(number + ' |', _GUTTER_COLOR, color)} {shown(text)}".rstrip(),
        f"{gutter} {indent}{marker}",
        gutter,
    ]
    if rule_url:
        lines.append(_paint(" " * len(number) + " =", _GUTTER_COLOR, color) + f" rule: {rule_url}")
    return lines


def rule_url(rules_url: str, code: str) -> str | None:
    """Where a rule's document is, under the configured ``rules-url``; none when it is empty."""
    if not rules_url:
        return None
    return (rules_url if rules_url.endswith("/") else rules_url + "/") + f"{code}.md"


def format_text(
    diagnostics: Sequence[Diagnostic],
    lines: Mapping[str, Sequence[str]] | None = None,
    rules_urls: Mapping[str, str] | None = None,
    *,
    color: bool = False,
    concise: bool = False,
) -> str:
    """Each finding's first line; unless ``concise``, then its source line with a caret
    under the column (display width: CJK counts two) and the rule's URL, as ruff shows them."""
    if concise:
        return "".join(first_line(item, color) + "\n" for item in diagnostics)
    blocks = []
    for item in diagnostics:
        block = [first_line(item, color)]
        source = (lines or {}).get(item.path, ())
        if 0 < item.line <= len(source):
            url = rule_url((rules_urls or {}).get(item.path, ""), item.code)
            block += _source_lines(item, source[item.line - 1], url, color)
        blocks.append("\n".join(block) + "\n")
    return "\n".join(blocks)


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
    import json  # imported by the formats that write it (the text report does not)

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
    import json  # imported by the formats that write it (the text report does not)

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


def counts(diagnostics: Sequence[Diagnostic], files: int, color: bool = False) -> str:
    """How many findings of which severity in how many files, as one sentence."""
    if not diagnostics:
        return f"No problems found in {_plural(files, 'file')}."
    errors = sum(1 for item in diagnostics if item.severity is Severity.ERROR)
    warnings = len(diagnostics) - errors
    error_text = _paint(
        _plural(errors, "error"), _SEVERITY_COLOR[Severity.ERROR], color and errors > 0
    )
    warning_text = _paint(
        _plural(warnings, "warning"), _SEVERITY_COLOR[Severity.WARNING], color and warnings > 0
    )
    return (
        f"Found {_plural(len(diagnostics), 'problem')} "
        f"({error_text}, {warning_text}) in {_plural(files, 'file')}."
    )


@dataclass(frozen=True)
class RunCounts:
    """What a run did besides its findings."""

    files: int  # checked
    unreadable: int = 0  # could not be read or configured (each said why above the summary)
    baselined: int = 0  # findings the baseline accounts for


def _fix_hints(diagnostics: Sequence[Diagnostic], rules: Mapping[str, Rule]) -> list[str]:
    """The commands that fix what can be fixed, each with exactly the flags it needs."""
    plain = 0
    by_command: dict[str, list[str]] = {}
    for item in diagnostics:
        rule = rules.get(item.code)
        if not item.fixable or rule is None or rule.fix is None:
            continue
        if rule.fix.automatic:
            plain += 1
            continue
        flags = " --links" if rule.network or rule.fix.links else ""
        if rule.fix.safety is FixSafety.UNSAFE:
            flags += " --unsafe-fixes"
        by_command.setdefault(flags, []).append(item.code)
    hints = [f"{plain} fixable with `awesome-lint fix`"] if plain else []
    for flags, codes in sorted(by_command.items()):
        selected = ",".join(sorted(set(codes)))
        command = f"awesome-lint fix --extend-select {selected}{flags}"
        hints.append(f"{len(codes)} {'more ' if plain else ''}with `{command}`")
    return hints


def summary(
    diagnostics: Sequence[Diagnostic],
    run: RunCounts,
    rules: Mapping[str, Rule],
    color: bool = False,
) -> str:
    """One line for stderr: what was checked, how many findings of which severity, how many
    the baseline holds, and how to fix what can be."""
    unreadable = f"{_plural(run.unreadable, 'file')} not checked (see above)"
    if run.unreadable and not run.files:
        return unreadable[0].upper() + unreadable[1:] + "."
    parts = [counts(diagnostics, run.files, color).removesuffix(".")]
    if run.baselined:
        parts[0] += f" ({run.baselined} baselined)"
    if run.unreadable:
        parts.append(unreadable)
    parts += _fix_hints(diagnostics, rules)
    return "; ".join(parts) + "."


def format_statistics(diagnostics: Sequence[Diagnostic], color: bool = False) -> str:
    """How many findings of each rule, most first, as ruff's ``--statistics``: the count, the
    code, ``[*]`` when every one of them can be fixed, and the rule's name."""
    by_code: dict[str, list[Diagnostic]] = {}
    for item in diagnostics:
        by_code.setdefault(item.code, []).append(item)
    if not by_code:
        return ""
    width = len(str(max(len(items) for items in by_code.values())))
    rows = sorted(by_code.items(), key=lambda pair: (-len(pair[1]), pair[0]))
    lines = []
    for code, items in rows:
        fix = "[*]" if all(item.fixable for item in items) else "[ ]"
        severity = (
            Severity.ERROR if any(i.severity is Severity.ERROR for i in items) else Severity.WARNING
        )
        painted = _paint(code, _SEVERITY_COLOR[severity], color)
        lines.append(f"{len(items):>{width}}  {painted}  {fix} {items[0].name}\n")
    return "".join(lines)


# A job summary and an issue body hold at most 65,536 characters; the report stays under it.
MARKDOWN_LIMIT = 60_000
_MARKDOWN_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": " ", "\n": " ", "\t": " "}
_MARKDOWN_PUNCTUATION = frozenset("\\`*_[]|~!")
# @someone and #123, GH-123 or owner/repo#123 would notify people and link issues from a report
# whose text comes from strangers: a zero-width space after the sign keeps them plain text
# (this and _AUTOLINK compiled on first use, by re's cache: only the Markdown report asks)
_REFERENCE = r"(?i)(@|#|\bGH-)(?=\w)"
# nor are URLs and www. names in the text made links: a backslash keeps them plain text
_AUTOLINK = r"(?i)(?<=\w)(:)(?=//)|(?<=\bwww)(\.)"


def markdown_text(text: str) -> str:
    """Text for a Markdown table cell that shows as written: no markup, no HTML, no cell
    break, no mention and no issue reference."""
    escaped = "".join(
        _MARKDOWN_ESCAPES.get(char) or ("\\" + char if char in _MARKDOWN_PUNCTUATION else char)
        for char in text
    )
    escaped = re.sub(_AUTOLINK, lambda match: "\\" + match.group(0), escaped)
    return re.sub(_REFERENCE, lambda match: match.group(1) + "&#8203;", escaped)


def _display_path(path: str, root: str) -> str:
    if path == "<stdin>" or not os.path.isabs(path):
        return path.replace(os.sep, "/")
    relative = os.path.relpath(path, root)
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


def blob_url(environ: Mapping[str, str]) -> str | None:
    """Where files of this run are shown on GitHub (``…/blob/<sha>/``), from the variables a
    workflow run sets; None outside one."""
    parts = [environ.get(name, "") for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY")]
    sha = environ.get("GITHUB_SHA", "")
    if not all(parts) or not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", sha):
        return None
    return f"{parts[0].rstrip('/')}/{parts[1]}/blob/{sha}/"


def _markdown_row(item: Diagnostic, rules_url: str, blob: str | None, root: str) -> str:
    path = _display_path(item.path, root)
    rule = item.code
    if rules_url.startswith(("https://", "http://")):  # a configuration may come from a fork
        rule = f"[{item.code}]({quote(rules_url + item.code + '.md', safe=':/#?=&%~')})"
    where = markdown_text(f"{path}:{item.line}:{item.column}")
    if blob is not None and path != "<stdin>" and not os.path.isabs(path):
        where = f"[{where}]({blob}{quote(path)}#L{item.line})"
    return (
        f"| {rule} {item.name} | {where} | {item.severity.value} "
        f"| {markdown_text(item.message)} |\n"
    )


def format_markdown(
    diagnostics: Sequence[Diagnostic],
    files: int,
    rules_url: str,
    blob: str | None = None,
    root: str = ".",
) -> str:
    """A report for a job summary or an issue: a count, then a table of the findings by rule
    and file, each linked to its rule's document and (with ``blob``) to its line on GitHub."""
    base = rules_url if rules_url.endswith("/") else rules_url + "/"
    root = os.path.abspath(root)
    lines = ["## awesome-lint\n", "\n", counts(diagnostics, files) + "\n"]
    if not diagnostics:
        return "".join(lines)
    lines += ["\n", "| rule | where | severity | message |\n", "| --- | --- | --- | --- |\n"]
    ordered = sorted(diagnostics, key=lambda item: (item.code, *item.sort_key()))
    size = sum(map(len, lines))
    for shown, item in enumerate(ordered):
        row = _markdown_row(item, base, blob, root)
        if size + len(row) > MARKDOWN_LIMIT:
            lines.append(f"\n{len(ordered) - shown} more not shown: the report is too long.\n")
            break
        lines.append(row)
        size += len(row)
    return "".join(lines)
