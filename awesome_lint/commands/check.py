"""``awesome-lint check``: report what the selected rules find, in one of the output formats."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from awesome_lint import __version__
from awesome_lint.baseline import new_findings, write_baseline
from awesome_lint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    ChangedLines,
    Streams,
    input_paths,
    is_terminal,
    read,
    touches,
)
from awesome_lint.commands.links import LinkRequest, check_links
from awesome_lint.config import DEFAULT_RULES_URL, ConfigError, Settings
from awesome_lint.lint import lint
from awesome_lint.prepare import Options, Prepared, prepare, settings_of
from awesome_lint.report import (
    blob_url,
    escape_control,
    format_github,
    format_json,
    format_markdown,
    format_sarif,
    format_text,
    summary,
    use_color,
)
from awesome_lint.rule import Diagnostic, Severity
from awesome_lint.rules import RULES
from awesome_lint.source import InputError


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...] = ()
    exclude_paths: tuple[str, ...] = ()
    options: Options = field(default_factory=Options)
    changed_since: str | None = None
    output_format: str = "text"
    exit_zero: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    links: LinkRequest | None = None  # None: offline


def _fails(diagnostics: Sequence[Diagnostic], fail_on: Severity) -> bool:
    if fail_on is Severity.WARNING:
        return bool(diagnostics)
    return any(item.severity is Severity.ERROR for item in diagnostics)


def _report(
    request: CheckRequest, found: list[Diagnostic], prepared: list[Prepared], color: bool
) -> str:
    settings = [item.settings for item in prepared]
    rules_url = settings[0].rules_url if settings else DEFAULT_RULES_URL
    if request.output_format == "json":
        return format_json(found)
    if request.output_format == "github":
        return format_github(found)
    if request.output_format == "sarif":
        return format_sarif(found, RULES, rules_url, __version__)
    if request.output_format == "markdown":
        root = os.environ.get("GITHUB_WORKSPACE") or "."
        return format_markdown(found, len(prepared), rules_url, blob_url(os.environ), root)
    lines = {item.document.source.path: item.document.source.lines for item in prepared}
    urls = {item.document.source.path: item.settings.rules_url for item in prepared}
    concise = request.output_format == "concise"
    return format_text(found, lines, urls, color=color, concise=concise)


def run(request: CheckRequest, streams: Streams) -> int:
    paths = input_paths(request.paths, request.exclude_paths)
    cache: dict[str, Settings] = {}
    status = EXIT_CLEAN
    prepared: list[Prepared] = []
    changes: dict[str, set[int] | None] = {}
    changed_lines = ChangedLines(request.changed_since)
    for path in paths:
        try:
            settings = settings_of(request.options, path, cache)
            item = prepare(read(path, streams, settings.max_file_size), settings)
            changes[item.document.source.path] = changed_lines.of(path)
            prepared.append(item)
        except (InputError, ConfigError) as error:
            streams.stderr.write(f"awesome-lint: {escape_control(str(error))}\n")
            status = EXIT_ERROR
    links = check_links(request.links, prepared, streams.stderr, changes) if request.links else {}
    everything: list[Diagnostic] = []
    for item in prepared:
        context = replace(item.context, links=links)
        found = lint(item.document, item.selection, context, item.settings)
        changed = changes.get(item.document.source.path)
        if changed is not None:
            found = [finding for finding in found if touches(finding, changed, item.document)]
        everything.extend(found)
    lines = {item.document.source.path: item.document.source.lines for item in prepared}
    if request.write_baseline:
        write_baseline(request.write_baseline, everything, lines)
        streams.stderr.write(
            f"Baseline of {len(everything)} findings written to {request.write_baseline}.\n"
        )
    if request.baseline:
        everything = new_findings(request.baseline, everything, lines)
    settings_by_path = {item.document.source.path: item.settings for item in prepared}
    for path in dict.fromkeys(finding.path for finding in everything):
        found = [finding for finding in everything if finding.path == path]
        if _fails(found, settings_by_path[path].fail_on) and not request.exit_zero:
            status = max(status, EXIT_FINDINGS)
    color = use_color(is_terminal(streams.stdout), os.environ)
    streams.stdout.write(_report(request, everything, prepared, color))
    automatic = {rule.code for rule in RULES if rule.fix is not None and rule.fix.automatic}
    color = use_color(is_terminal(streams.stderr), os.environ)
    streams.stderr.write(summary(everything, len(prepared), automatic, color) + "\n")
    return status
