"""Splicing edits into a document's lines and proving the result before anything is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import cmarkgfm

from awesome_lint.parse import Document, Table, parse_document
from awesome_lint.render import row_cells
from awesome_lint.rule import Edit
from awesome_lint.source import Source


class FixRefused(Exception):
    """The fixed document would not be what the edits meant; the message says why."""


@dataclass(frozen=True)
class FixResult:
    source: Source
    document: Document
    applied: tuple[Edit, ...]
    skipped: tuple[Edit, ...]

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def github_html(text: str) -> str:
    """What GitHub renders for a document: cmark-gfm with GitHub's extensions."""
    html: str = cmarkgfm.github_flavored_markdown_to_html(text)
    return html


def non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """Keep edits in the order given, dropping any that touches lines an earlier one changes."""
    kept: list[Edit] = []
    for edit in edits:
        if not any(_overlaps(edit, other) for other in kept):
            kept.append(edit)
    return sorted(kept, key=lambda edit: (edit.start, edit.end))


def _overlaps(one: Edit, other: Edit) -> bool:
    if one.start == one.end or other.start == other.end:
        return other.start < one.start < other.end or one.start < other.start < one.end
    return one.start < other.end and other.start < one.end


def apply_edits(source: Source, edits: Sequence[Edit]) -> Source:
    """Splice sorted, non-overlapping edits into the lines. A replaced line keeps its own
    newline; an inserted line takes the file's usual one."""
    lines: list[str] = []
    endings: list[str] = []
    position = 0
    for edit in edits:
        lines.extend(source.lines[position : edit.start])
        endings.extend(source.endings[position : edit.start])
        old_endings = source.endings[edit.start : edit.end]
        for index, line in enumerate(edit.lines):
            lines.append(line)
            endings.append(old_endings[index] if index < len(old_endings) else source.newline)
        position = edit.end
    lines.extend(source.lines[position:])
    endings.extend(source.endings[position:])
    # only the last line may lack a newline, and it does exactly when it did before
    for index in range(len(endings) - 1):
        endings[index] = endings[index] or source.newline
    if endings and source.endings and source.endings[-1] == "":
        endings[-1] = ""
    return source.with_lines(tuple(lines), tuple(endings))


def _table_cells(table: Table) -> list[list[str]]:
    return [row_cells(table, row) for row in (table.header, *table.body)]


def compare_tables(before: Document, after: Document) -> str | None:
    """Why the two documents' tables differ (count, cells, alignment), or None if they do not."""
    if len(before.tables) != len(after.tables):
        return f"{len(before.tables)} tables would become {len(after.tables)}"
    for old, new in zip(before.tables, after.tables, strict=True):
        if old.alignments != new.alignments:
            return f"the alignment of the table at line {old.line} would change"
        if _table_cells(old) != _table_cells(new):
            return f"the cells of the table at line {old.line} would change"
    return None


def compare_rendering(before: Source, after: Source) -> str | None:
    if github_html(before.text) != github_html(after.text):
        return "GitHub would render the document differently"
    return None


def changed_lines(edits: Iterable[Edit]) -> set[int]:
    """0-based indexes of the original lines the edits replace."""
    return {index for edit in edits for index in range(edit.start, edit.end)}


def compare_outside(before: Source, after: Source, allowed: set[int]) -> str | None:
    """Every line outside the edited ones must be byte for byte the same."""
    if len(before.lines) != len(after.lines):
        return "the number of lines would change"
    for index, (old, new) in enumerate(zip(before.lines, after.lines, strict=True)):
        if index not in allowed and old != new:
            return f"line {index + 1} is not a table line but would change"
    if before.endings != after.endings:
        return "line endings would change"
    return None


def format_fix(document: Document, edits: Sequence[Edit]) -> FixResult:
    """Apply formatting edits (same lines, same tables, same page) or refuse the whole file."""
    if not edits:
        return FixResult(document.source, document, (), ())
    fixed = apply_edits(document.source, edits)
    reparsed = parse_document(fixed)
    reason = (
        compare_outside(document.source, fixed, changed_lines(edits))
        or compare_tables(document, reparsed)
        or compare_rendering(document.source, fixed)
    )
    if reason:
        raise FixRefused(reason)
    return FixResult(fixed, reparsed, tuple(edits), ())


def rendering_preserving(
    document: Document, edits: Sequence[Edit]
) -> tuple[list[Edit], list[Edit]]:
    """Split edits into those that leave GitHub's rendering unchanged and those that do not.
    All at once first; one by one only when the batch changes the page."""
    if not edits:
        return [], []
    source = document.source
    expected = github_html(source.text)
    if github_html(apply_edits(source, edits).text) == expected:
        return list(edits), []
    kept: list[Edit] = []
    dropped: list[Edit] = []
    for edit in edits:
        same = github_html(apply_edits(source, [edit]).text) == expected
        (kept if same else dropped).append(edit)
    return kept, dropped
