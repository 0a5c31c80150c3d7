"""The ``awesome-lint`` command: ``check``, ``fix`` and ``rules``."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TextIO

from awesome_lint import __version__
from awesome_lint.baseline import BaselineError, new_findings, write_baseline
from awesome_lint.changes import ChangesError, base_revision, lines_changed_since
from awesome_lint.config import (
    DEFAULT_RULES_URL,
    ConfigError,
    Selection,
    Settings,
    select_rules,
    settings_for,
    with_overrides,
)
from awesome_lint.entries import merged_aliases
from awesome_lint.facts import gather_facts
from awesome_lint.fix import (
    FixRefused,
    FixResult,
    apply_edits,
    changed_lines,
    compare_tables,
    format_fix,
    non_overlapping,
    prefetch_page,
    rendering_preserving,
)
from awesome_lint.lint import lint
from awesome_lint.parse import Document, parse_document
from awesome_lint.paths import expand_paths
from awesome_lint.report import format_github, format_json, format_sarif, format_text, summary
from awesome_lint.rule import Context, Diagnostic, Edit, Facts, FixSafety, Severity
from awesome_lint.rules import BY_CODE, FORMATTING, RULES
from awesome_lint.source import InputError, Source, decode, read_source, write_atomic

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"


class UsageError(Exception):
    """A command line that cannot be carried out; the message is one line."""


def _split_selectors(values: Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _add_selection_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="Markdown files (default: README.md)"
    )
    parser.add_argument("--config", metavar="PATH", help="use this configuration file only")
    parser.add_argument("--select", action="append", metavar="RULES", help="replace the rule set")
    parser.add_argument(
        "--extend-select", action="append", default=[], metavar="RULES", help="add rules"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="RULES", help="remove rules"
    )
    parser.add_argument(
        "--exclude-path", action="append", default=[], metavar="GLOB", help="skip these files"
    )
    parser.add_argument(
        "--changed-since",
        metavar="REF",
        help="only what changed since `git merge-base REF HEAD` (pull requests)",
    )
    parser.add_argument("--style", choices=["aligned", "compact"], help="table style (aligned)")
    parser.add_argument(
        "--max-width", type=int, metavar="N", help="tables wider than N columns are written compact"
    )


def _add_link_flags(parser: argparse.ArgumentParser) -> None:
    links = parser.add_argument_group(
        "links (network; only with --links; defaults in brackets, or [tool.awesome-lint.links])"
    )
    links.add_argument("--links", action="store_true", help="check links over the network")
    links.add_argument("--max-concurrency", type=int, metavar="N", help="[32]")
    links.add_argument("--host-concurrency", type=int, metavar="N", help="[4]")
    links.add_argument("--host-request-interval", type=float, metavar="SECONDS", help="[0]")
    links.add_argument("--timeout", type=float, metavar="SECONDS", help="[10]")
    links.add_argument("--max-retries", type=int, metavar="N", help="[2]")
    links.add_argument("--deadline", type=float, metavar="SECONDS", help="[300]")
    links.add_argument("--cache-path", metavar="PATH", help="[.awesome-lint-cache.json]")
    links.add_argument("--no-cache", action="store_true")
    links.add_argument("--accept", metavar="CODES", help="[200..299], e.g. 200..299,403")
    links.add_argument("--exclude", action="append", metavar="REGEX", help="URLs to skip")
    links.add_argument("--user-agent", metavar="TEXT")
    links.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'")
    links.add_argument("--github-token", metavar="TOKEN", help="default: $GITHUB_TOKEN")
    links.add_argument("--github-api", metavar="URL", help="[https://api.github.com]")
    links.add_argument("--github-web", metavar="URL", help="[https://github.com]")
    links.add_argument(
        "--allow-private", action="store_true", default=None,
        help="allow loopback and private addresses",
    )  # fmt: skip


LINK_DEFAULTS: dict[str, Any] = {
    "max-concurrency": 32, "host-concurrency": 4, "host-request-interval": 0.0,
    "timeout": 10.0, "max-retries": 2, "deadline": 300.0,
    "cache-path": ".awesome-lint-cache.json", "accept": "200..299", "exclude": [],
    "user-agent": None, "headers": {}, "allow-private": False,
    "github-api": "https://api.github.com", "github-web": "https://github.com",
}  # fmt: skip


def _link_setting(args: argparse.Namespace, settings: Settings, key: str) -> Any:
    """A flag when given, else the configuration's value, else the default."""
    flag = getattr(args, key.replace("-", "_"))
    if flag is not None:
        return flag
    return settings.links.get(key, LINK_DEFAULTS[key])


def _accepted(text: str) -> frozenset[int]:
    codes: set[int] = set()
    for part in text.split(","):
        low, _, high = part.strip().partition("..")
        if not low.isdigit() or (high and not high.isdigit()):
            raise UsageError(f"--accept: `{part}` is not a status code or a range `200..299`")
        codes.update(range(int(low), int(high or low) + 1))
    return frozenset(codes)


def _link_options(args: argparse.Namespace, settings: Settings) -> Any:
    from awesome_lint.links.model import USER_AGENT, CheckOptions

    def value(key: str) -> Any:
        return _link_setting(args, settings, key)

    headers = dict(settings.links.get("headers", {}))  # --header adds to these
    for header in args.header:
        name, sep, text = header.partition(":")
        if not sep or not name.strip():
            raise UsageError(f"--header: `{header}` is not `Name: value`")
        headers[name.strip()] = text.strip()
    return CheckOptions(
        max_concurrency=value("max-concurrency"),
        host_concurrency=value("host-concurrency"),
        host_request_interval=float(value("host-request-interval")),
        timeout=float(value("timeout")),
        max_retries=value("max-retries"),
        deadline=float(value("deadline")),
        accept=_accepted(value("accept")),
        exclude=tuple(value("exclude")),
        user_agent=value("user-agent") or USER_AGENT,
        headers=tuple(headers.items()),
        allow_private=bool(value("allow-private")),
        github_token=args.github_token or os.environ.get("GITHUB_TOKEN") or None,
        github_api=value("github-api"),
        github_web=value("github-web"),
    )


def _check_links(
    args: argparse.Namespace,
    prepared: list[_Prepared],
    stderr: TextIO,
    changes: dict[str, set[int] | None] | None = None,
) -> dict[str, Any]:
    """Every http(s) link of every file (of the changed lines only, with --changed-since),
    checked once; requests is imported only now."""
    from awesome_lint.links.collect import document_links
    from awesome_lint.links.run import run_link_check

    changes = changes or {}
    wanted = [
        found.url
        for item in prepared
        for found in document_links(item.document)
        if changes.get(item.document.source.path) is None
        or found.line in changes[item.document.source.path]  # type: ignore[operator]
    ]
    if not wanted:
        return {}
    settings = prepared[0].settings if prepared else Settings()
    results, run_summary = run_link_check(
        wanted,
        _link_options(args, settings),
        cache_path=None if args.no_cache else _link_setting(args, settings, "cache-path"),
        progress_stream=stderr,
    )
    stderr.write(run_summary.line() + "\n")
    return results


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awesome-lint",
        description="Lint and format the Markdown tables of awesome-lists.",
    )
    parser.add_argument("--version", action="version", version=f"awesome-lint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="report problems (exit 1 if any)")
    _add_selection_flags(check)
    check.add_argument(
        "--format",
        choices=["text", "json", "github", "sarif"],
        default="text",
        dest="output_format",
        help="text (default), json, github (workflow annotations) or sarif (code scanning)",
    )
    check.add_argument("--fail-on", choices=["error", "warning"], help="lowest failing severity")
    check.add_argument("--exit-zero", action="store_true", help="report, but exit 0")
    check.add_argument("--baseline", metavar="PATH", help="report only findings not in it")
    check.add_argument("--write-baseline", metavar="PATH", help="record today's findings")
    _add_link_flags(check)

    fix = commands.add_parser("fix", help="rewrite tables in place")
    _add_selection_flags(fix)
    fix.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file would change"
    )
    fix.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")
    fix.add_argument(
        "--unsafe-fixes", action="store_true", help="also apply fixes that change what GitHub shows"
    )
    _add_link_flags(fix)

    rules = commands.add_parser("rules", help="list the rules, or show one rule's document")
    rules.add_argument("rule", nargs="?", metavar="CODE", help="a rule code or name")
    return parser


def _settings(args: argparse.Namespace, path: str, cache: dict[str, Settings]) -> Settings:
    base = settings_for(path, args.config, cache)
    return with_overrides(
        base,
        style=args.style,
        max_width=args.max_width,
        select=_split_selectors(args.select),
        extend_select=_split_selectors(args.extend_select) or [],
        ignore=_split_selectors(args.ignore) or [],
        fail_on=getattr(args, "fail_on", None),
    )


def _default_paths() -> list[str]:
    for name in sorted(os.listdir(".")):
        if name.lower() == "readme.md" and os.path.isfile(name):
            return [name]
    raise UsageError("no PATH given and no README.md here")


def _paths(args: argparse.Namespace) -> list[str]:
    paths = expand_paths(args.paths or _default_paths(), args.exclude_path)
    if not paths:
        raise UsageError("no Markdown file in the given paths")
    return paths


def _changed(args: argparse.Namespace, path: str, bases: dict[str, str]) -> set[int] | None:
    """The lines of ``path`` changed since ``--changed-since``; None: every line counts."""
    if not args.changed_since or path == STDIN:
        return None
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in bases:
        bases[folder] = base_revision(args.changed_since, folder)
    return lines_changed_since(path, bases[folder])


def _touches(item: Diagnostic, changed: set[int], document: Document) -> bool:
    """A finding counts when its line changed, when any line of its table changed (a table
    finding), or when the other place it points at changed (a duplicate)."""
    if item.line in changed or any(where.line in changed for where in item.related):
        return True
    for table in document.tables:
        if table.line == item.line:
            return any(line in changed for line in range(table.line, table.end_line + 1))
    return False


def _read(path: str, stdin: TextIO) -> Source:
    if path == STDIN:
        return decode("<stdin>", stdin.buffer.read())
    return read_source(path)


@dataclass(frozen=True)
class _Prepared:
    document: Document
    settings: Settings
    selection: Selection
    context: Context


def _prepare(
    args: argparse.Namespace,
    path: str,
    cache: dict[str, Settings],
    stdin: TextIO,
    *,
    prefetch: bool = False,
) -> _Prepared:
    settings = _settings(args, path, cache)
    selection = select_rules(settings)
    source = _read(path, stdin)
    if prefetch:
        prefetch_page(source)  # the page before the fix, for the comparison after it
    document = parse_document(source)
    codes = {rule.code for rule in selection.rules}
    if prefetch:  # fix: facts matter only to the rules whose fixes were asked for by name
        codes &= selection.explicit - FORMATTING
    facts = gather_facts(document, path, needs_links="AL103" in codes) if codes else Facts()
    context = Context(
        render=settings.render,
        options=settings.options,
        facts=facts,
        aliases=merged_aliases(settings.columns),
    )
    return _Prepared(document, settings, selection, context)


def _fails(diagnostics: Sequence[Diagnostic], fail_on: Severity) -> bool:
    if fail_on is Severity.WARNING:
        return bool(diagnostics)
    return any(item.severity is Severity.ERROR for item in diagnostics)


def run_check(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    paths = _paths(args)
    cache: dict[str, Settings] = {}
    everything: list[Diagnostic] = []
    status = EXIT_CLEAN
    prepared: list[_Prepared] = []
    changes: dict[str, set[int] | None] = {}
    bases: dict[str, str] = {}
    for path in paths:
        try:
            item = _prepare(args, path, cache, stdin)
            changes[item.document.source.path] = _changed(args, path, bases)
            prepared.append(item)
        except (InputError, ConfigError) as error:
            stderr.write(f"awesome-lint: {error}\n")
            status = EXIT_ERROR
    links = _check_links(args, prepared, stderr, changes) if args.links else {}
    for item in prepared:
        context = replace(item.context, links=links)
        found = lint(item.document, item.selection, context, item.settings)
        changed = changes.get(item.document.source.path)
        if changed is not None:
            found = [finding for finding in found if _touches(finding, changed, item.document)]
        everything.extend(found)
    lines = {item.document.source.path: item.document.source.lines for item in prepared}
    if args.write_baseline:
        write_baseline(args.write_baseline, everything, lines)
        stderr.write(f"Baseline of {len(everything)} findings written to {args.write_baseline}.\n")
    if args.baseline:
        everything = new_findings(args.baseline, everything, lines)
    settings_of = {item.document.source.path: item.settings for item in prepared}
    for path in dict.fromkeys(finding.path for finding in everything):
        found = [finding for finding in everything if finding.path == path]
        if _fails(found, settings_of[path].fail_on) and not args.exit_zero:
            status = max(status, EXIT_FINDINGS)
    files = len(prepared)
    if args.output_format == "json":
        stdout.write(format_json(everything))
    elif args.output_format == "github":
        stdout.write(format_github(everything))
    elif args.output_format == "sarif":
        rules_url = next(iter(cache.values())).rules_url if cache else DEFAULT_RULES_URL
        stdout.write(format_sarif(everything, RULES, rules_url, __version__))
    else:
        stdout.write(format_text(everything))
    stderr.write(summary(everything, files, FORMATTING) + "\n")
    return status


def _formatting_edits(prepared: _Prepared) -> list[Edit]:
    """AL002's rendering of whole tables wins over AL001's padding of rows, where both apply."""
    chosen = {rule.code for rule in prepared.selection.rules}
    edits: list[Edit] = []
    for code in ("AL002", "AL001"):
        fix = BY_CODE[code].fix
        if code in chosen and fix is not None:
            edits.extend(fix(prepared.document, prepared.context))
    return non_overlapping(edits)


def _selected_rule_edits(prepared: _Prepared, unsafe: bool) -> list[Edit]:
    """The edits of rules other than formatting, for the rules selected by name: safe ones
    and cell edits always, unsafe ones only with --unsafe-fixes."""
    edits: list[Edit] = []
    for rule in prepared.selection.rules:
        if rule.code in FORMATTING or rule.fix is None:
            continue
        if rule.code not in prepared.selection.explicit:
            continue
        if rule.fix_safety is FixSafety.UNSAFE and not unsafe:
            continue
        edits.extend(rule.fix(prepared.document, prepared.context))
    return edits


def fix_document(prepared: _Prepared, unsafe: bool) -> FixResult:
    """Formatting first, proven lossless; then the edits of the rules selected by name: safe
    ones must keep GitHub's page as it is, the others may change only the lines they edit.
    Tables are formatted again after those edits."""
    result = format_fix(prepared.document, _formatting_edits(prepared))
    current = _Prepared(result.document, prepared.settings, prepared.selection, prepared.context)
    others = _selected_rule_edits(current, unsafe)
    if not others:
        return result
    safe = [edit for edit in others if BY_CODE[edit.code].fix_safety is FixSafety.SAFE]
    kept, dropped = rendering_preserving(result.document, safe)
    kept = non_overlapping(kept + [edit for edit in others if edit not in safe])
    if not kept:
        return FixResult(result.source, result.document, result.applied, tuple(dropped))
    fixed = apply_edits(result.document.source, kept)
    reparsed = parse_document(fixed)
    reason = compare_tables(result.document, reparsed, changed_lines(kept))
    if reason:
        raise FixRefused(reason)
    again = _Prepared(reparsed, prepared.settings, prepared.selection, prepared.context)
    final = format_fix(reparsed, _formatting_edits(again))
    applied = result.applied + tuple(kept) + final.applied
    return FixResult(final.source, final.document, applied, tuple(dropped))


def _fix_touches(document: Document, result: FixResult, changed: set[int]) -> bool:
    """Whether a fix rewrites a table (or lines) that the change touched."""
    for edit in result.applied:
        span = set(range(edit.start + 1, edit.end + 1)) or {edit.start + 1}
        if span & changed:
            return True
    return False


def _diff(path: str, before: Source, after: Source) -> str:
    old = [line + end for line, end in zip(before.lines, before.endings, strict=True)]
    new = [line + end for line, end in zip(after.lines, after.endings, strict=True)]
    lines = difflib.unified_diff(old, new, f"a/{path}", f"b/{path}")
    return "".join(
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    )


def run_fix(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    paths = _paths(args)
    cache: dict[str, Settings] = {}
    status = EXIT_CLEAN
    changed = unchanged = 0
    bases: dict[str, str] = {}  # one merge base per folder, not per file
    for path in paths:
        try:
            prepared = _prepare(args, path, cache, stdin, prefetch=True)
            if args.links:  # redirect targets and license ids for the network rules' fixes
                links = _check_links(args, [prepared], stderr)
                prepared = replace(prepared, context=replace(prepared.context, links=links))
            result = fix_document(prepared, args.unsafe_fixes)
        except (InputError, ConfigError) as error:
            stderr.write(f"awesome-lint: {error}\n")
            status = EXIT_ERROR
            continue
        except FixRefused as reason:
            stderr.write(
                f"awesome-lint: {path}: refusing to fix: {reason}; the file is left as it was\n"
            )
            status = EXIT_ERROR
            continue
        for edit in result.skipped:
            stderr.write(
                f"{path}:{edit.start + 1}:1: {edit.code} not fixed: "
                "the fix would change what GitHub renders\n"
            )
        if path == STDIN:
            stdout.buffer.write(result.source.to_bytes())
            stdout.flush()
            continue
        if result.changed and args.changed_since and path != STDIN:
            touched = _changed(args, path, bases)
            if touched is not None and not _fix_touches(prepared.document, result, touched):
                result = FixResult(prepared.document.source, prepared.document, (), ())
        if not result.changed:
            unchanged += 1
            continue
        changed += 1
        if args.diff:
            stdout.write(_diff(path, prepared.document.source, result.source))
            status = max(status, EXIT_FINDINGS)
        elif args.check:
            stdout.write(f"would fix {path}\n")
            status = max(status, EXIT_FINDINGS)
        else:
            write_atomic(path, result.source.to_bytes())
    verb = "would be fixed" if args.check or args.diff else "fixed"
    stderr.write(f"{changed} file{'s' * (changed != 1)} {verb}, {unchanged} unchanged.\n")
    return status


def run_rules(args: argparse.Namespace, stdout: TextIO) -> int:
    from awesome_lint.docs import rule_document, rules_table

    if args.rule is None:
        stdout.write(rules_table(RULES) + "\n")
        return EXIT_CLEAN
    from awesome_lint.rules import UnknownSelector, resolve

    try:
        matches = resolve(args.rule)
    except UnknownSelector as error:
        raise UsageError(str(error)) from None
    stdout.write("\n".join(rule_document(rule) for rule in matches))
    return EXIT_CLEAN


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command == "check":
            return run_check(args, stdin, stdout, stderr)
        if args.command == "fix":
            if args.paths.count(STDIN) and len(args.paths) > 1:
                raise UsageError("`-` (stdin) cannot be mixed with other paths")
            return run_fix(args, stdin, stdout, stderr)
        return run_rules(args, stdout)
    except (UsageError, ConfigError, ChangesError, BaselineError) as error:
        stderr.write(f"awesome-lint: {error}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
