"""Splicing edits into a document's lines and proving the result before anything is written."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from awesome_lint.cmark import render_html
from awesome_lint.config import Selection
from awesome_lint.document import Document, Table
from awesome_lint.parse import parse_document
from awesome_lint.rule import AnyEdit, Context, Edit, FixSafety, Rule, TextEdit, findings
from awesome_lint.source import Source


class FixRefused(Exception):
    """The fixed document would not be what the edits meant; the message says why."""


@dataclass(frozen=True)
class Refusal:
    """A formatting edit held back while the file's others were applied: why it was."""

    edit: Edit
    reason: str


@dataclass(frozen=True)
class FixResult:
    source: Source
    document: Document
    applied: tuple[Edit, ...]
    skipped: tuple[Edit, ...]
    page: Page | None = field(default=None, compare=False)  # the fixed page, where rendered
    refused: tuple[Refusal, ...] = ()  # tables left as written, each for its own reason

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def _page_digest(text: str) -> bytes:
    # a digest rather than the HTML itself: two copies of a big list's HTML cost more memory
    # than the rest of a fix
    return hashlib.sha256(render_html(text)).digest()


def _lines_digest(lines: tuple[str, ...], endings: tuple[str, ...]) -> bytes:
    return _page_digest("".join(line + end for line, end in zip(lines, endings, strict=True)))


_renderer: ThreadPoolExecutor | None = None  # one more core for cmark-gfm (it releases the GIL)


class Page:
    """What GitHub shows for one version of a document, as a digest: rendered on another core
    when asked for ahead (while the document is parsed and its tables rendered), else when
    first needed. A page holds its render task, never its document: the caller that keeps the
    page decides how long it lives, and nothing is remembered anywhere else."""

    __slots__ = ("_digest", "_task")

    def __init__(self, digest: bytes | None = None, task: Future[bytes] | None = None) -> None:
        self._digest = digest
        self._task = task

    @classmethod
    def ahead(cls, source: Source) -> Page:
        global _renderer
        if _renderer is None:
            _renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmark-gfm")
        # the task gets the lines, not the Source: it must not keep the document alive
        return cls(task=_renderer.submit(_lines_digest, source.lines, source.endings))

    @classmethod
    def of(cls, source: Source) -> Page:
        return cls(digest=_lines_digest(source.lines, source.endings))

    def digest(self) -> bytes:
        if self._digest is None:
            assert self._task is not None
            self._digest = self._task.result()
            self._task = None
        return self._digest


def prefetch_page(source: Source) -> Page:
    """Start rendering a document on another core, for the comparison after its fix."""
    return Page.ahead(source)


def github_page(source: Source) -> bytes:
    """A digest of what GitHub renders for a document (cmark-gfm with GitHub's extensions)."""
    return Page.of(source).digest()


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


def _same_cells(old: Table, new: Table, edited: set[int]) -> bool:
    """Whether ``new`` has ``old``'s cells, with ``old``'s short rows padded as GitHub shows
    them; cells beyond the header must be kept too. Rows on ``edited`` lines are not compared."""
    if len(old.body) != len(new.body) or old.header.texts != new.header.texts:
        return False
    width = old.width
    for before, after in zip(old.body, new.body, strict=True):
        if before.raw == after.raw or before.line - 1 in edited:
            continue
        texts = before.texts
        if len(texts) < width:
            texts = texts + ("",) * (width - len(texts))
        if texts != after.texts:
            return False
    return True


def compare_tables(before: Document, after: Document, edited: set[int] | None = None) -> str | None:
    """Why the two documents' tables differ (count, rows, cells, alignment), or None if they do
    not. Cells of rows on ``edited`` lines (0-based, of ``before``) may differ."""
    found = _table_changed(before, after, edited or set())
    return found[0] if found else None


def _table_changed(before: Document, after: Document, edited: set[int]) -> tuple[str, int] | None:
    """Why the two documents' tables differ, and the first line of the table of ``before``
    that differs (0 where their count does), or None."""
    if len(before.tables) != len(after.tables):
        return f"{len(before.tables)} tables would become {len(after.tables)}", 0
    for old, new in zip(before.tables, after.tables, strict=True):
        if old.alignments != new.alignments:
            return f"the alignment of the table at line {old.line} would change", old.line
        if not _same_cells(old, new, edited):
            return f"the cells of the table at line {old.line} would change", old.line
    return None


def compare_rendering(before: Source, after: Source) -> str | None:
    return compare_pages(Page.of(before), Page.of(after))


def compare_pages(before: Page, after: Page) -> str | None:
    if before.digest() != after.digest():
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


def format_fix(document: Document, edits: Sequence[Edit], before: Page | None = None) -> FixResult:
    """Apply formatting edits (same lines, same tables, same page). Where the whole batch
    fails the proof, the edits that pass it are applied and each other one is held back with
    its reason (one table of a list that cmark-gfm reads otherwise once padded must not cost
    the others their formatting, nor be left unsaid). ``before`` is the document's page where
    it was rendered ahead."""
    if not edits:
        return FixResult(document.source, document, (), (), before)
    proven = _proven(document, edits, before)
    if isinstance(proven, FixResult):
        return proven
    page = before or Page.of(document.source)
    kept, refused, proof = _passing(document, edits, page, proven)
    if not kept:
        return FixResult(document.source, document, (), (), page, tuple(refused))
    # (the edits kept were proven together where one batch passed; else each part alone)
    final = proof or _proven(document, kept, page)
    if not isinstance(final, FixResult):  # each half proven alone, not together: none applied
        raise FixRefused(final.reason)
    return FixResult(final.source, final.document, final.applied, (), final.page, tuple(refused))


@dataclass(frozen=True)
class _Failed:
    """Why edits fail the proof, and the first line of the table whose cells or alignment
    they would change (0 where the failure names no table: a page rendered otherwise)."""

    reason: str
    table_line: int = 0


def _proven(document: Document, edits: Sequence[Edit], before: Page | None) -> FixResult | _Failed:
    """The document with ``edits`` applied, or why it would not be what they meant: a line
    outside them changed, a table's cells, or GitHub's page (``before``, else rendered here
    while the fixed one renders on the other core)."""
    fixed = apply_edits(document.source, edits)
    after = Page.ahead(fixed)  # rendered while the output is parsed again
    reparsed = parse_document(fixed)
    outside = compare_outside(document.source, fixed, changed_lines(edits))
    if outside:
        return _Failed(outside)
    table = _table_changed(document, reparsed, set())
    if table:
        return _Failed(*table)
    page = compare_pages(before or Page.of(document.source), after)
    return _Failed(page) if page else FixResult(fixed, reparsed, tuple(edits), (), after)


def _passing(
    document: Document, edits: Sequence[Edit], before: Page, failed: _Failed | None = None
) -> tuple[list[Edit], list[Refusal], FixResult | None]:
    """The edits that pass the proof, those that do not, and the proof of the ones that pass
    where they passed as one batch (None where they passed in parts). Where the proof names
    the table whose cells would change, its edit is held back and the others proven again
    (one render for each such table); else the edits are proven by halves: a list with one
    table GitHub would show otherwise is proven in a few renders, not one per table.
    ``failed`` is why the whole batch failed, where that is known."""
    proven = _proven(document, edits, before) if failed is None else failed
    if isinstance(proven, FixResult):
        return list(edits), [], proven
    if len(edits) == 1:
        return [], [Refusal(edits[0], proven.reason)], None
    named = next((edit for edit in edits if edit.start < proven.table_line <= edit.end), None)
    if named is not None:
        rest = [edit for edit in edits if edit is not named]
        kept, refused, proof = _passing(document, rest, before)
        return kept, sorted([Refusal(named, proven.reason), *refused], key=_at), proof
    middle = len(edits) // 2
    kept, refused, proof = _passing(document, edits[:middle], before)
    later_kept, later_refused, later_proof = _passing(document, edits[middle:], before)
    # (one half kept nothing: the other half's proof is the proof of all that is kept)
    whole = later_proof if not kept else proof if not later_kept else None
    return kept + later_kept, refused + later_refused, whole


def _at(refusal: Refusal) -> int:
    return refusal.edit.start


def rendering_preserving(
    document: Document, edits: Sequence[Edit], page: Page | None = None
) -> tuple[list[Edit], list[Edit]]:
    """Split edits into those that leave GitHub's rendering unchanged and those that do not.
    All at once first; one by one only when the batch changes the page."""
    if not edits:
        return [], []
    source = document.source
    expected = (page or Page.of(source)).digest()
    if github_page(apply_edits(source, edits)) == expected:
        return list(edits), []
    kept: list[Edit] = []
    dropped: list[Edit] = []
    for edit in edits:
        same = github_page(apply_edits(source, [edit])) == expected
        (kept if same else dropped).append(edit)
    return kept, dropped


def line_edits(edits: Iterable[tuple[str, AnyEdit]], lines: Sequence[str]) -> list[Edit]:
    """Line edits from the edits of findings, each with its rule's code, in the order given.
    Column edits of one line compose into one line edit where they do not overlap (a later one
    that overlaps an earlier one is dropped); identical edits count once."""
    result: list[Edit] = []
    by_line: dict[int, tuple[str, list[TextEdit]]] = {}
    for code, edit in dict.fromkeys(edits):
        if isinstance(edit, Edit):
            result.append(edit)
            continue
        spans = by_line.setdefault(edit.line, (code, []))[1]
        start, end = edit.column - 1, edit.column - 1 + len(edit.old)
        if not any(
            (start < other.column - 1 + len(other.old) and other.column - 1 < end)
            or (start == end == other.column - 1)
            for other in spans
        ):
            spans.append(edit)
    for line, (code, spans) in by_line.items():
        text = lines[line - 1]
        for edit in sorted(spans, key=lambda span: span.column, reverse=True):
            start = edit.column - 1
            text = text[:start] + edit.new + text[start + len(edit.old) :]
        result.append(Edit(line - 1, line, (text,), code))
    return result


def rule_edits(rules: Sequence[Rule], document: Document, context: Context) -> list[Edit]:
    """The edits the rules' findings carry, in the rules' fix order; not those of findings a
    suppression comment holds back (`<!-- awesome-lint-disable-next-line AL002 -->` above a
    table keeps it as written)."""
    ordered = sorted(rules, key=lambda rule: rule.fix.order if rule.fix else 0)
    suppressions = context.analysis.suppressions
    found = [
        (rule.code, edit)
        for rule, finding in findings(ordered, document, context)
        if not (rule.suppressible and suppressions.covering(finding.line, rule.code))
        for edit in finding.edits
    ]
    return line_edits(found, document.source.lines)


def automatic_rules(selection: Selection) -> list[Rule]:
    """The selected rules whose fixes plain ``fix`` applies: the formatting."""
    return [rule for rule in selection.rules if rule.fix is not None and rule.fix.automatic]


def named_rules(selection: Selection, unsafe: bool) -> list[Rule]:
    """The other fixes, of rules selected by name: unsafe ones only with ``--unsafe-fixes``."""
    return [
        rule
        for rule in selection.rules
        if rule.applies_fixes
        and rule.fix is not None
        and not rule.fix.automatic
        and rule.code in selection.explicit
        and (rule.fix.safety is not FixSafety.UNSAFE or unsafe)
    ]


_ROUNDS = 5  # one rule's fix can hold back another's (a cell edit inside a table to sort)


def fix_document(
    document: Document,
    context: Context,
    selection: Selection,
    *,
    unsafe: bool = False,
    before: Page | None = None,
    lines: set[int] | None = None,
) -> FixResult:
    """The one door every fix goes through. Formatting first, proven lossless; then the edits
    of the rules selected by name: safe ones must keep GitHub's page as it is, the others may
    change only the lines they edit. Tables are formatted again after those edits, and the
    rules run again until none has an edit left (an edit that overlaps an applied one waits for
    the next round), so that a second run finds nothing to do.
    ``context`` is the context of ``document``; the fixed documents get their own. ``before``
    is the document's page where it was rendered ahead (``prefetch_page``). With ``lines``
    (1-based: what a change touched), only the edits that touch one of them are applied (a
    table's formatting where a line of the table changed), each other table left as it is."""
    formatting = automatic_rules(selection)
    edits = non_overlapping(touching(rule_edits(formatting, document, context), lines))
    result = format_fix(document, edits, before)
    named = named_rules(selection, unsafe)
    for _ in range(_ROUNDS if named else 0):
        result, progressed, lines = _fix_round(result, named, formatting, context, lines)
        if not progressed:
            break
    return result


def touches(edit: Edit, lines: set[int]) -> bool:
    """Whether an edit rewrites one of ``lines`` (1-based), or inserts beside one."""
    return any(line in lines for line in range(edit.start + 1, edit.end + 1)) or (
        edit.start == edit.end and (edit.start in lines or edit.start + 1 in lines)
    )


def touching(edits: list[Edit], lines: set[int] | None) -> list[Edit]:
    """The edits that touch one of ``lines``; all of them where ``lines`` is None."""
    return edits if lines is None else [edit for edit in edits if touches(edit, lines)]


def moved(lines: set[int] | None, edits: Sequence[Edit]) -> set[int] | None:
    """``lines`` (1-based) where they are once ``edits`` (not overlapping) are applied: a line
    below an inserted or removed one moves with it; a line an edit rewrites is each line that
    edit writes instead."""
    if lines is None or all(len(edit.lines) == edit.end - edit.start for edit in edits):
        return lines  # formatting and cell edits: every line stays where it was
    ordered = sorted(edits, key=lambda edit: edit.start)
    found: set[int] = set()
    for line in lines:
        shift = 0
        for edit in ordered:
            if line <= edit.start:  # above this edit (``start`` counts from 0)
                break
            if line <= edit.end:  # rewritten by it
                first = edit.start + 1 + shift
                found.update(range(first, first + len(edit.lines)))
                break
            shift += len(edit.lines) - (edit.end - edit.start)
        else:
            found.add(line + shift)
            continue
        if line <= edit.start:
            found.add(line + shift)
    return found


def _fix_round(
    result: FixResult,
    named: Sequence[Rule],
    formatting: Sequence[Rule],
    context: Context,
    lines: set[int] | None = None,
) -> tuple[FixResult, bool, set[int] | None]:
    """One round of the named rules' edits on ``result``, formatted again; False when the rules
    had nothing (left) to apply. ``lines``, what a change touched, are given back where they
    are after the round's edits (a blank line inserted above moves them down)."""
    safety = {rule.code: rule.fix_safety for rule in named}
    current = result.document
    others = touching(rule_edits(named, current, context.for_document(current)), lines)
    safe = [edit for edit in others if safety[edit.code] is FixSafety.SAFE]
    kept, dropped = rendering_preserving(current, safe, result.page)
    kept = non_overlapping(kept + [edit for edit in others if edit not in safe])
    if not kept:
        unchanged = FixResult(
            result.source, current, result.applied, tuple(dropped), refused=result.refused
        )
        return unchanged, False, lines
    fixed = apply_edits(current.source, kept)
    reparsed = parse_document(fixed)
    reason = compare_tables(current, reparsed, changed_lines(kept))
    if reason:
        raise FixRefused(reason)
    lines = moved(lines, kept)
    again = rule_edits(formatting, reparsed, context.for_document(reparsed))
    again = non_overlapping(touching(again, lines))
    final = format_fix(reparsed, again)
    applied = result.applied + tuple(kept) + final.applied
    # (the tables held back are those of the last formatting, at the lines they are now)
    fixed_again = FixResult(
        final.source, final.document, applied, tuple(dropped), refused=final.refused
    )
    return fixed_again, True, lines
