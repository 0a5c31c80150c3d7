"""What the commands share: streams, exit codes, usage errors, paths and reading files."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from awesome_lint.changes import base_revision, lines_changed_since
from awesome_lint.document import Document
from awesome_lint.paths import expand_paths
from awesome_lint.prepare import STDIN, default_paths
from awesome_lint.rule import Diagnostic
from awesome_lint.source import Source, decode, read_bounded, read_source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot be carried out; the message is one line."""


@dataclass(frozen=True)
class Streams:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO


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
    if not found:
        raise UsageError("no Markdown file in the given paths")
    return found


def read(path: str, streams: Streams, max_size: int) -> Source:
    if path == STDIN:
        return decode("<stdin>", read_bounded("<stdin>", streams.stdin.buffer, max_size))
    return read_source(path, max_size)


class ChangedLines:
    """The lines of each file changed since a git revision (``--changed-since``); one merge
    base per folder, not per file."""

    def __init__(self, revision: str | None) -> None:
        self.revision = revision
        self._bases: dict[str, str] = {}

    def of(self, path: str) -> set[int] | None:
        """The changed lines of ``path``; None: every line counts."""
        if not self.revision or path == STDIN:
            return None
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._bases:
            self._bases[folder] = base_revision(self.revision, folder)
        return lines_changed_since(path, self._bases[folder])


def touches(item: Diagnostic, changed: set[int], document: Document) -> bool:
    """A finding counts when its line changed, when any line of its table changed (a table
    finding), or when the other place it points at changed (a duplicate)."""
    if item.line in changed or any(where.line in changed for where in item.related):
        return True
    for table in document.tables:
        if table.line == item.line:
            return any(line in changed for line in range(table.line, table.end_line + 1))
    return False
