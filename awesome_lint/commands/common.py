"""What the commands share: streams, exit codes, usage errors, paths and reading files."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from awesome_lint.changes import base_revision, lines_changed_since
from awesome_lint.config import ConfigError, Settings
from awesome_lint.document import Document
from awesome_lint.paths import expand_paths
from awesome_lint.prepare import STDIN, Options, default_paths, with_options
from awesome_lint.report import escape_control, use_color
from awesome_lint.rule import Diagnostic
from awesome_lint.source import Source, decode, read_bounded, read_source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# what a command made, kept to the end of a process that runs that one command (the console
# script: ``cli._one_command_process`` sets a list here), whose exit drops it all at once
# (``console.script``): freed object by object as the command returns, a 10,000-row list's rows,
# cells, links and findings take some 20 ms. None in-process (a test, a library, the language
# server): there they are freed as always
kept_to_exit: list[object] | None = None


def keep_to_exit(*records: object) -> None:
    """Keep ``records`` until the process ends, where it runs one command (``kept_to_exit``)."""
    if kept_to_exit is not None:
        kept_to_exit.extend(records)


class UsageError(Exception):
    """A command line that cannot be carried out; the message is one line."""


@dataclass(frozen=True)
class Streams:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO


@dataclass(frozen=True)
class OutputRequest:
    """Where a report goes and how much is said around it."""

    output_file: str | None = None  # the report here, not on stdout (never in color)
    statistics: bool = False  # counts by rule instead of the findings
    quiet: bool = False  # the report only: no summary line
    stdin_filename: str | None = None  # the name of what stdin holds: its path, its configuration


def add_output_flags(parser: argparse.ArgumentParser) -> None:
    """The flags ``check`` and ``fix`` share about what they print and what stdin is."""
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print the report only: no summary line"
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the name of the file read from stdin: its path in findings, its configuration",
    )


class ErrorLog:
    """The files a command could not work on: each message printed once (a broken
    configuration fails every file under it), and how many files failed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        self._seen: set[str] = set()

    def report(self, error: Exception | str) -> None:
        self.count += 1
        message = error_text(error)
        if message not in self._seen:
            self._seen.add(message)
            self.stream.write(f"awesome-lint: {message}\n")


def internal_error(path: str, error: Exception) -> str:
    """A rule's bug met on one file, said so that the others are still checked: a list is text
    from strangers, and one row no rule foresaw must not cost the rest of the run."""
    return (
        f"{path}: internal error ({type(error).__name__}: {error}); this file was not checked "
        "and is left as it was. Please report it with the file: "
        "https://github.com/awesome-lint/awesome-lint/issues"
    )


def error_text(error: Exception | str) -> str:
    """An error for stderr, control characters escaped; a configuration's several problems
    one a line."""
    if isinstance(error, ConfigError) and error.problems:
        listing = "".join(f"\n  - {escape_control(problem)}" for problem in error.problems)
        return escape_control(error.headline) + listing
    return escape_control(str(error))


def validate_options(options: Options) -> None:
    """Flags are checked once, before any file: a bad one is one error, not one per file."""
    with_options(Settings(), options)


def write_output(output: OutputRequest, streams: Streams, render: Callable[[bool], str]) -> None:
    """The report (``render(color)``) on stdout, in color on a terminal, or in the output file."""
    if output.output_file is None:
        try:
            streams.stdout.write(render(use_color(is_terminal(streams.stdout), os.environ)))
            streams.stdout.flush()  # a full disk refuses the buffered report only here
        except BrokenPipeError:
            raise  # the reader left (`| head`): nothing to tell it
        except OSError as error:
            raise UsageError(f"cannot write the report ({error.strerror})") from None
        return
    try:
        with open(output.output_file, "w", encoding="utf-8", newline="") as handle:
            handle.write(render(False))
    except OSError as error:
        raise UsageError(
            f"{output.output_file}: cannot write the report ({error.strerror})"
        ) from None


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or a bare stream
        return False


def input_paths(paths: Sequence[str], exclude: Sequence[str]) -> list[str]:
    """The Markdown files named (folders expanded, excluded globs skipped); the README here
    when none is named."""
    if not paths:
        paths = default_paths()
        if not paths:
            raise UsageError("no PATH given and no README.md here")
    found = expand_paths(list(paths), list(exclude))
    if not found and not (exclude and expand_paths(list(paths), [])):
        raise UsageError("no Markdown file in the given paths")
    return found  # empty where `--exclude-path` skips every file (a hook given only those)


def read(path: str, streams: Streams, max_size: int, stdin_filename: str | None = None) -> Source:
    if path == STDIN:
        name = stdin_filename or "<stdin>"
        return decode(name, read_bounded(name, streams.stdin.buffer, max_size))
    return read_source(path, max_size)


class ChangedLines:
    """The lines of each file changed since a git revision (``--changed-since``); one merge
    base per folder, not per file."""

    def __init__(self, revision: str | None) -> None:
        self.revision = revision
        self._bases: dict[str, str] = {}
        self._renames: dict[tuple[str, str], dict[str, str]] = {}

    def resolve(self, paths: Sequence[str], stderr: TextIO) -> None:
        """Find the revision for each file's folder before any file is read or written: a
        revision unknown in one of them stops the run (ChangesError) with nothing changed.
        Standard input has no history: said once, its every line counts."""
        for path in paths:
            self._base(path)
        if self.revision and STDIN in paths:
            stderr.write(
                "awesome-lint: --changed-since reads no history of standard input: "
                "every line of it counts\n"
            )

    def _base(self, path: str) -> str | None:
        if not self.revision or path == STDIN:
            return None
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._bases:
            self._bases[folder] = base_revision(self.revision, folder)
        return self._bases[folder]

    def of(self, path: str) -> set[int] | None:
        """The changed lines of ``path``; None: every line counts."""
        base = self._base(path)
        return None if base is None else lines_changed_since(path, base, self._renames)


def touches(item: Diagnostic, changed: set[int], document: Document) -> bool:
    """A finding counts when its line changed, when any line of its table changed (a table
    finding), or when the other place it points at changed (a duplicate)."""
    if item.line in changed or any(where.line in changed for where in item.related):
        return True
    for table in document.tables:
        if table.line == item.line:
            return any(line in changed for line in range(table.line, table.end_line + 1))
    return False
