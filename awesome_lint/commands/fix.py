"""``awesome-lint fix``: rewrite tables in place, or show (``--diff``) or name (``--check``)
what would change."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from awesome_lint.changes import ChangesError
from awesome_lint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    ChangedLines,
    ErrorLog,
    Streams,
    UsageError,
    input_paths,
    internal_error,
    read,
    validate_options,
)
from awesome_lint.commands.links import LinkRequest, check_links
from awesome_lint.config import ConfigError, Settings
from awesome_lint.prepare import STDIN, Options, prepare, settings_of
from awesome_lint.render import Style, padded_too_far
from awesome_lint.report import escape_control
from awesome_lint.rules import BY_CODE
from awesome_lint.source import InputError, Source, write_atomic

if TYPE_CHECKING:
    from awesome_lint.fix import FixResult, Refusal

# a first `fix` that grows a file more than this much gets a word about `max-width`
GROWTH_NOTE = 1.5


def add_fix_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file would change"
    )
    parser.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")
    parser.add_argument(
        "--unsafe-fixes", action="store_true", help="also apply fixes that change what GitHub shows"
    )
    parser.add_argument(
        "--show-fixes", action="store_true", help="list what was fixed, by file and rule"
    )


def fix_request(
    args: argparse.Namespace, options: Options, links: LinkRequest | None
) -> FixRequest:
    if args.paths.count(STDIN) and len(args.paths) > 1:
        raise UsageError("`-` (stdin) cannot be mixed with other paths")
    return FixRequest(
        paths=tuple(args.paths),
        exclude_paths=tuple(args.exclude_path),
        options=options,
        changed_since=args.changed_since,
        check=args.check,
        diff=args.diff,
        unsafe_fixes=args.unsafe_fixes,
        links=links,
        show_fixes=args.show_fixes,
        quiet=args.quiet,
        stdin_filename=args.stdin_filename,
    )


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
    show_fixes: bool = False
    quiet: bool = False
    stdin_filename: str | None = None


def _shown(line: str) -> str:
    """A line for the diff: control characters escaped, tabs kept (Markdown has tabs)."""
    return "\t".join(escape_control(part) for part in line.split("\t"))


def _diff(path: str, before: Source, after: Source) -> str:
    import difflib

    old = [_shown(line) + end for line, end in zip(before.lines, before.endings, strict=True)]
    new = [_shown(line) + end for line, end in zip(after.lines, after.endings, strict=True)]
    name = escape_control(path)
    lines = difflib.unified_diff(old, new, f"a/{name}", f"b/{name}")
    return "".join(
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    )


def _fixed(
    request: FixRequest,
    path: str,
    settings: Settings,
    streams: Streams,
    changed_lines: ChangedLines,
) -> tuple[Source, FixResult]:
    # the fixer and its guard (cmark-gfm, a thread pool) load with the first file to fix: the
    # command line imports this module for `check` too, which needs neither
    from awesome_lint.fix import fix_document, prefetch_page

    source = read(path, streams, settings.max_file_size, request.stdin_filename)
    before = prefetch_page(source)  # the page before the fix, for the comparison after it
    prepared = prepare(source, settings, fixing=True)
    context = prepared.context
    if request.links:  # redirect targets and license ids for the network rules' fixes
        context = replace(context, links=check_links(request.links, [prepared], streams.stderr))
    return source, fix_document(
        prepared.document,
        context,
        prepared.selection,
        unsafe=request.unsafe_fixes,
        before=before,
        lines=changed_lines.of(path),  # a fix outside what the change touched is not its business
    )


def _growth_note(path: str, before: Source, after: Source) -> str | None:
    """A word when aligning grows a file a lot: every row is padded to its column's widest
    cell, and `max-width` writes the widest tables compact instead."""
    old, new = len(before.to_bytes()), len(after.to_bytes())
    if not old or new <= old * GROWTH_NOTE:
        return None
    return (
        f"{escape_control(path)}: aligned tables grew the file {new / old:.1f}× "
        f"({old:,} → {new:,} bytes); "
        "`max-width = N` in the configuration (or `--max-width N`) writes tables wider than "
        "N columns compact"
    )


def _compact_notes(path: str, result: FixResult, settings: Settings) -> list[str]:
    """A word for each table the aligned style wrote compact, as padding would have made it
    more than sixteen times its size (one huge cell over many rows): not what was asked for,
    so said."""
    if settings.style is not Style.ALIGNED:
        return []
    lines = result.source.lines
    return [
        f"{escape_control(path)}:{table.line}: the table is written compact: padded to its "
        "widest cells, it would be more than 16 times that size"
        for table in result.document.tables
        # (lines all of one length were padded: most tables, read no further)
        if len({len(lines[row.line - 1]) for row in table.rows}) > 1
        and table.editable
        and padded_too_far(table)
    ]


def _fixed_list(fixed: dict[str, Counter[str]]) -> str:
    """What was fixed, as ruff's ``--show-fixes``: each file, then each rule with a count."""
    total = sum(sum(codes.values()) for codes in fixed.values())
    lines = [f"Fixed {total} problem{'s' * (total != 1)}:"]
    for path, codes in fixed.items():
        lines.append(f"- {escape_control(path)}:")
        for code, count in sorted(codes.items()):
            lines.append(f"    {count} × {code} ({BY_CODE[code].name})")
    return "\n".join(lines) + "\n"


def _tally(changed: int, unchanged: int, failed: int, verb: str, held: int = 0) -> str:
    """The closing line: how many files were fixed, left as they were, or could not be, and
    how many tables of the others were left as written."""
    if failed and not changed and not unchanged:
        return f"{failed} file{'s' * (failed != 1)} not fixed (see above)."
    line = f"{changed} file{'s' * (changed != 1)} {verb}, {unchanged} unchanged"
    if failed:
        line += f", {failed} not fixed"
    if held:
        line += f"; {held} table{'s' * (held != 1)} left as written"
    return line + (" (see above)." if failed or held else ".")


def _held_note(path: str, refusal: Refusal) -> str:
    """A table whose formatting failed the proof, left as written while the file's others were
    fixed: where it is, why, and how to keep it so without the error."""
    edit = refusal.edit
    return (
        f"{escape_control(path)}:{edit.start + 1}:1: {edit.code} not fixed: {refusal.reason}; "
        f"the table is left as written (to keep it so, put `<!-- awesome-lint-disable-next-line "
        f"{edit.code} -->` above it)"
    )


def run(request: FixRequest, streams: Streams) -> int:
    from awesome_lint.fix import FixRefused

    validate_options(request.options)
    stdin_name = request.stdin_filename
    paths = input_paths(request.paths or ((STDIN,) if stdin_name else ()), request.exclude_paths)
    cache: dict[str, Settings] = {}
    errors = ErrorLog(streams.stderr)
    changed = unchanged = 0
    changed_lines = ChangedLines(request.changed_since)
    changed_lines.resolve(paths, streams.stderr)  # a revision unknown: stopped before a write
    fixed: dict[str, Counter[str]] = {}
    held = 0  # tables left as written because their formatting failed the proof
    for path in paths:
        named = stdin_name if path == STDIN and stdin_name else path
        try:
            settings = settings_of(request.options, named, cache)
            before, result = _fixed(request, path, settings, streams, changed_lines)
        except (InputError, ConfigError) as error:
            errors.report(error)
            continue
        except ChangesError:
            raise  # the revision is the run's, not the file's: one message, and the run stops
        except FixRefused as reason:
            errors.report(f"{named}: refusing to fix: {reason}; the file is left as it was")
            continue
        except Exception as error:  # a rule's bug costs its file, not the run
            errors.report(internal_error(named, error))
            continue
        for edit in result.skipped:
            streams.stderr.write(
                f"{escape_control(named)}:{edit.start + 1}:1: {edit.code} not fixed: "
                "the fix would change what GitHub renders\n"
            )
        for refusal in result.refused:
            held += 1
            streams.stderr.write(_held_note(named, refusal) + "\n")
        if path == STDIN and not (request.check or request.diff):
            streams.stdout.buffer.write(result.source.to_bytes())
            streams.stdout.flush()
            fixed[named] = Counter(edit.code for edit in result.applied)
            changed, unchanged = changed + result.changed, unchanged + (not result.changed)
            continue
        if not result.changed:
            unchanged += 1
            continue
        changed += 1
        fixed[path] = Counter(edit.code for edit in result.applied)
        note = _growth_note(before.path, before, result.source)
        if note and not request.quiet:
            streams.stderr.write(note + "\n")
        if not request.quiet:
            streams.stderr.writelines(
                line + "\n" for line in _compact_notes(before.path, result, settings)
            )
        if request.diff:
            streams.stdout.write(_diff(before.path, before, result.source))
        elif request.check:
            streams.stdout.write(f"would fix {escape_control(before.path)}\n")
        else:
            try:
                write_atomic(path, result.source.to_bytes())
            except InputError as error:
                errors.report(error)
                changed -= 1
    status = EXIT_ERROR if errors.count or held else EXIT_CLEAN
    if changed and (request.check or request.diff):
        status = max(status, EXIT_FINDINGS)
    if request.show_fixes and any(fixed.values()) and not (request.check or request.diff):
        streams.stderr.write(_fixed_list({p: c for p, c in fixed.items() if c}))
    if not request.quiet:
        verb = "would be fixed" if request.check or request.diff else "fixed"
        streams.stderr.write(_tally(changed, unchanged, errors.count, verb, held) + "\n")
    return status
