"""``awesome-lint check``: report what the selected rules find, in one of the output formats."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from awesome_lint import __version__
from awesome_lint.baseline import new_findings, write_baseline
from awesome_lint.changes import ChangesError
from awesome_lint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    ChangedLines,
    ErrorLog,
    OutputRequest,
    Streams,
    input_paths,
    internal_error,
    is_terminal,
    keep_to_exit,
    read,
    touches,
    validate_options,
    write_output,
)
from awesome_lint.commands.links import LinkRequest, check_links
from awesome_lint.config import DEFAULT_RULES_URL, ConfigError, Settings
from awesome_lint.lint import lint
from awesome_lint.paths import git_root
from awesome_lint.prepare import STDIN, Options, Prepared, prepare, settings_of
from awesome_lint.report import (
    RunCounts,
    blob_url,
    format_github,
    format_json,
    format_markdown,
    format_sarif,
    format_statistics,
    format_text,
    summary,
    use_color,
)
from awesome_lint.rule import Diagnostic, Severity
from awesome_lint.rules import BY_CODE, RULES
from awesome_lint.source import InputError

FORMATS = ("text", "concise", "json", "github", "sarif", "markdown")


def add_check_flags(parser: argparse.ArgumentParser) -> None:
    """The flags of ``check`` beyond rule selection and links."""
    parser.add_argument(
        "--format",
        "--output-format",
        choices=FORMATS,
        default="text",
        dest="output_format",
        help="text (default: each finding with its source line), concise (one line each), json, "
        "github (workflow annotations), sarif (code scanning), markdown (a summary or an issue)",
    )
    parser.add_argument("-o", "--output-file", metavar="PATH", help="write the report here")
    parser.add_argument(
        "--statistics", action="store_true", help="print how many findings of each rule"
    )
    parser.add_argument("--fail-on", choices=["error", "warning"], help="lowest failing severity")
    parser.add_argument("--exit-zero", action="store_true", help="report, but exit 0")
    parser.add_argument("--baseline", metavar="PATH", help="report only findings not in it")
    parser.add_argument(
        "--write-baseline", metavar="PATH", help="record today's findings there and exit 0"
    )


def check_request(
    args: argparse.Namespace, options: Options, links: LinkRequest | None
) -> CheckRequest:
    return CheckRequest(
        paths=tuple(args.paths),
        exclude_paths=tuple(args.exclude_path),
        options=options,
        changed_since=args.changed_since,
        output_format=args.output_format,
        exit_zero=args.exit_zero,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        links=links,
        output=OutputRequest(
            output_file=args.output_file,
            statistics=args.statistics,
            quiet=args.quiet,
            stdin_filename=args.stdin_filename,
        ),
    )


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
    output: OutputRequest = field(default_factory=OutputRequest)


def _fails(diagnostics: Sequence[Diagnostic], fail_on: Severity) -> bool:
    if fail_on is Severity.WARNING:
        return bool(diagnostics)
    return any(item.severity is Severity.ERROR for item in diagnostics)


def _report(
    request: CheckRequest, found: list[Diagnostic], prepared: list[Prepared], color: bool
) -> str:
    settings = [item.settings for item in prepared]
    rules_url = settings[0].rules_url if settings else DEFAULT_RULES_URL
    if request.output.statistics:
        return format_statistics(found, color=color)
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


def _prepared(
    request: CheckRequest, streams: Streams, errors: ErrorLog
) -> tuple[list[Prepared], dict[str, set[int] | None]]:
    """Every file read, configured and parsed; a file that cannot be is reported and left."""
    stdin_name = request.output.stdin_filename
    paths = input_paths(request.paths or ((STDIN,) if stdin_name else ()), request.exclude_paths)
    cache: dict[str, Settings] = {}
    prepared: list[Prepared] = []
    changes: dict[str, set[int] | None] = {}
    changed_lines = ChangedLines(request.changed_since)
    changed_lines.resolve(paths, streams.stderr)  # one message of a revision, before a read
    for path in paths:
        try:
            named = stdin_name if path == STDIN and stdin_name else path
            settings = settings_of(request.options, named, cache)
            item = prepare(read(path, streams, settings.max_file_size, stdin_name), settings)
            changes[item.document.source.path] = changed_lines.of(path)
            prepared.append(item)
        except (InputError, ConfigError) as error:
            errors.report(error)
        except ChangesError:
            raise  # the revision is the run's, not the file's: one message, and the run stops
        except Exception as error:  # a reading's bug costs its file, not the run
            errors.report(internal_error(path, error))
    return prepared, changes


def _license_once(found: list[Diagnostic]) -> list[Diagnostic]:
    """AL206 says a repository has no license: once in a run for each repository (its
    README's finding, else its first page's), not on each of its pages checked."""
    kept: dict[str, Diagnostic] = {}
    for item in found:
        if item.code != "AL206":
            continue
        folder = os.path.dirname(os.path.abspath(item.path))
        root = git_root(folder) or folder
        best = kept.get(root)
        if best is None or (_readme(item.path) and not _readme(best.path)):
            kept[root] = item
    if len(kept) == sum(item.code == "AL206" for item in found):
        return found  # one page of each repository: nothing told twice
    told = {id(item) for item in kept.values()}
    return [item for item in found if item.code != "AL206" or id(item) in told]


def _readme(path: str) -> bool:
    return os.path.basename(path).lower().startswith("readme")


def run(request: CheckRequest, streams: Streams) -> int:
    validate_options(request.options)
    errors = ErrorLog(streams.stderr)
    prepared, changes = _prepared(request, streams, errors)
    status = EXIT_ERROR if errors.count else EXIT_CLEAN
    links = check_links(request.links, prepared, streams.stderr, changes) if request.links else {}
    everything: list[Diagnostic] = []
    for item in prepared:
        context = replace(item.context, links=links)
        try:
            found = lint(item.document, item.selection, context, item.settings)
        except Exception as error:  # a rule's bug costs its file, not the run
            errors.report(internal_error(item.document.source.path, error))
            status = EXIT_ERROR
            continue
        changed = changes.get(item.document.source.path)
        if changed is not None:
            found = [finding for finding in found if touches(finding, changed, item.document)]
        everything.extend(found)
    everything = _license_once(everything)
    lines = {item.document.source.path: item.document.source.lines for item in prepared}
    if request.write_baseline:
        write_baseline(request.write_baseline, everything, lines)
        if not request.output.quiet:
            noun = "finding" if len(everything) == 1 else "findings"
            streams.stderr.write(
                f"Wrote a baseline of {len(everything)} {noun} to {request.write_baseline}.\n"
            )
        return status
    baselined = 0
    if request.baseline:
        fresh = new_findings(request.baseline, everything, lines)
        baselined, everything = len(everything) - len(fresh), fresh
    settings_by_path = {item.document.source.path: item.settings for item in prepared}
    for path in dict.fromkeys(finding.path for finding in everything):
        found = [finding for finding in everything if finding.path == path]
        if _fails(found, settings_by_path[path].fail_on) and not request.exit_zero:
            status = max(status, EXIT_FINDINGS)
    write_output(
        request.output, streams, lambda color: _report(request, everything, prepared, color)
    )
    if not request.output.quiet:
        counted = RunCounts(len(prepared), errors.count, baselined)
        color = use_color(is_terminal(streams.stderr), os.environ)
        streams.stderr.write(summary(everything, counted, BY_CODE, color) + "\n")
    keep_to_exit(prepared, everything)
    return status
