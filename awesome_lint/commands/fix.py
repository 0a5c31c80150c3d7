"""``awesome-lint fix``: rewrite tables in place, or show (``--diff``) or name (``--check``)
what would change."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace

from awesome_lint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    ChangedLines,
    Streams,
    input_paths,
    read,
)
from awesome_lint.commands.links import LinkRequest, check_links
from awesome_lint.config import ConfigError, Settings
from awesome_lint.fix import FixRefused, FixResult, fix_document, prefetch_page
from awesome_lint.prepare import STDIN, Options, prepare, settings_of
from awesome_lint.report import escape_control
from awesome_lint.source import InputError, Source, write_atomic


@dataclass(frozen=True)
class FixRequest:
    paths: tuple[str, ...] = ()
    exclude_paths: tuple[str, ...] = ()
    options: Options = field(default_factory=Options)
    changed_since: str | None = None
    check: bool = False  # write nothing; name the files that would change
    diff: bool = False  # write nothing; print a unified diff
    unsafe_fixes: bool = False
    links: LinkRequest | None = None  # redirect targets and license ids for the network fixes


def _fix_touches(result: FixResult, changed: set[int]) -> bool:
    """Whether a fix rewrites a table (or lines) that the change touched."""
    for edit in result.applied:
        span = set(range(edit.start + 1, edit.end + 1)) or {edit.start + 1}
        if span & changed:
            return True
    return False


def _shown(line: str) -> str:
    """A line for the diff: control characters escaped, tabs kept (Markdown has tabs)."""
    return "\t".join(escape_control(part) for part in line.split("\t"))


def _diff(path: str, before: Source, after: Source) -> str:
    old = [_shown(line) + end for line, end in zip(before.lines, before.endings, strict=True)]
    new = [_shown(line) + end for line, end in zip(after.lines, after.endings, strict=True)]
    name = escape_control(path)
    lines = difflib.unified_diff(old, new, f"a/{name}", f"b/{name}")
    return "".join(
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    )


def _fixed(
    request: FixRequest, path: str, settings: Settings, streams: Streams
) -> tuple[Source, FixResult]:
    source = read(path, streams, settings.max_file_size)
    before = prefetch_page(source)  # the page before the fix, for the comparison after it
    prepared = prepare(source, settings, fixing=True)
    context = prepared.context
    if request.links:  # redirect targets and license ids for the network rules' fixes
        context = replace(context, links=check_links(request.links, [prepared], streams.stderr))
    return source, fix_document(
        prepared.document, context, prepared.selection, unsafe=request.unsafe_fixes, before=before
    )


def run(request: FixRequest, streams: Streams) -> int:
    paths = input_paths(request.paths, request.exclude_paths)
    cache: dict[str, Settings] = {}
    status = EXIT_CLEAN
    changed = unchanged = 0
    changed_lines = ChangedLines(request.changed_since)
    for path in paths:
        try:
            settings = settings_of(request.options, path, cache)
            before, result = _fixed(request, path, settings, streams)
        except (InputError, ConfigError) as error:
            streams.stderr.write(f"awesome-lint: {escape_control(str(error))}\n")
            status = EXIT_ERROR
            continue
        except FixRefused as reason:
            streams.stderr.write(
                escape_control(f"awesome-lint: {path}: refusing to fix: {reason}")
                + "; the file is left as it was\n"
            )
            status = EXIT_ERROR
            continue
        for edit in result.skipped:
            streams.stderr.write(
                f"{escape_control(path)}:{edit.start + 1}:1: {edit.code} not fixed: "
                "the fix would change what GitHub renders\n"
            )
        if path == STDIN and not (request.check or request.diff):
            streams.stdout.buffer.write(result.source.to_bytes())
            streams.stdout.flush()
            continue
        touched = changed_lines.of(path) if result.changed else None
        # a fix outside what the change touched is not this change's business
        if not result.changed or (touched is not None and not _fix_touches(result, touched)):
            unchanged += 1
            continue
        changed += 1
        if request.diff:
            streams.stdout.write(_diff(before.path, before, result.source))
            status = max(status, EXIT_FINDINGS)
        elif request.check:
            streams.stdout.write(f"would fix {escape_control(before.path)}\n")
            status = max(status, EXIT_FINDINGS)
        else:
            try:
                write_atomic(path, result.source.to_bytes())
            except InputError as error:
                streams.stderr.write(f"awesome-lint: {escape_control(str(error))}\n")
                status = EXIT_ERROR
                changed -= 1
    verb = "would be fixed" if request.check or request.diff else "fixed"
    streams.stderr.write(f"{changed} file{'s' * (changed != 1)} {verb}, {unchanged} unchanged.\n")
    return status
