"""Properties every fixed document must have, shared by the corpus and property-based tests."""

from __future__ import annotations

import re
from collections.abc import Iterable

from oracle import github_html

from awesome_lint.document import Document
from awesome_lint.parse import parse_document
from awesome_lint.render import RenderOptions, Style, render_table
from awesome_lint.shapes import broken_rows
from awesome_lint.source import decode
from awesome_lint.width import display_width

_PIPE = re.compile(r"(?<!\\)\|")


def pipe_columns(line: str) -> list[int]:
    """Display columns of the unescaped pipes of a line, as a monospace editor shows them."""
    columns: list[int] = []
    position = 0
    previous = 0
    for match in _PIPE.finditer(line):
        position += display_width(line[previous : match.start()])
        columns.append(position)
        position += 1
        previous = match.end()
    return columns


def assert_aligned(document: Document, held: frozenset[int] = frozenset()) -> None:
    """Every line of every table the formatter writes puts its pipes where the table's other
    lines put theirs (a table it leaves as it is, of an unknown container prefix or a header of
    dashes alone, keeps its lines; so does a row broken over two lines; one that padding would
    grow too much is written compact)."""
    lines = document.source.lines
    for table in document.tables:
        if not table.editable or table.line in held:
            continue
        rendered = render_table(table, RenderOptions())
        if rendered is None or rendered == render_table(table, RenderOptions(Style.COMPACT)):
            continue
        # measured from the line's start; where a lazy line has a narrower container prefix
        # than the others (it cannot be given theirs), from the end of the prefix
        widths = {display_width(row.prefix or "") for row in table.rows}
        skip = (lambda row: len(row.prefix or "")) if len(widths) > 1 else (lambda row: 0)
        delimiter = table.delimiter
        reference = pipe_columns(lines[delimiter.line - 1][skip(delimiter) :])
        broken = broken_rows(table)  # a row broken over two lines, kept as written (AL001's)
        kept = set(broken) | set(broken.values())
        for row in table.rows:
            if row.line in kept:
                continue
            columns = pipe_columns(lines[row.line - 1][skip(row) :])
            shared = min(len(columns), len(reference))
            assert columns[:shared] == reference[:shared], (
                f"line {row.line} is not aligned: {lines[row.line - 1]!r}"
            )


def table_lines(document: Document) -> set[int]:
    return {row.line - 1 for table in document.tables for row in table.rows}


def split_bytes(data: bytes) -> list[bytes]:
    return re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", data)


def assert_fix_is_lossless(before: bytes, after: bytes, held: Iterable[int] = ()) -> Document:
    """Same GitHub page, same bytes outside the tables (BOM and newlines included), aligned
    tables but those on ``held`` lines (1-based), left as written; returns the fixed
    document."""
    old = parse_document(decode("before.md", before))
    new = parse_document(decode("after.md", after))
    assert github_html(old.source.text) == github_html(new.source.text)
    assert before.startswith(b"\xef\xbb\xbf") == after.startswith(b"\xef\xbb\xbf")
    old_lines, new_lines = split_bytes(before), split_bytes(after)
    assert len(old_lines) == len(new_lines)
    tables = table_lines(old)
    for index, (old_line, new_line) in enumerate(zip(old_lines, new_lines, strict=True)):
        if index not in tables:
            assert old_line == new_line, f"line {index + 1} is outside the tables but changed"
        else:
            assert (
                old_line[len(old_line.rstrip(b"\r\n")) :]
                == new_line[len(new_line.rstrip(b"\r\n")) :]
            ), f"line {index + 1} lost its newline"
    assert_aligned(new, frozenset(held))
    return new
