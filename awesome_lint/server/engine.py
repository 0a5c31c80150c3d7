"""What the language server asks of the library: findings, formatting and fixes of an editor's
text, placed as offsets into that text. No pygls here, and no logic of the linter's own: every
finding comes from ``lint`` and every fix through ``fix.py``'s verification."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from awesome_lint import lazy_re
from awesome_lint.api import check_source, fix_source
from awesome_lint.config import Settings, find_config, load_file, select_rules
from awesome_lint.document import Document, Row
from awesome_lint.fix import (
    FixRefused,
    FixResult,
    apply_edits,
    automatic_rules,
    changed_lines,
    compare_tables,
    format_fix,
    line_edits,
    non_overlapping,
    rendering_preserving,
    rule_edits,
)
from awesome_lint.parse import Rows, parse_document
from awesome_lint.prepare import prepare
from awesome_lint.rule import Diagnostic, Edit, FixSafety
from awesome_lint.rules import BY_CODE, RULES
from awesome_lint.source import BOM, InputError, Source, decode, read_source, split_lines

# the link rules need the network: the server never runs them (CI and the CLI do)
NETWORK_RULES = tuple(rule.code for rule in RULES if rule.network)
_DISABLE_LINE = lazy_re.compile(r"<!--\s*awesome-lint-disable-line\b([^>]*?)\s*-->")
_COMMENT = lazy_re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Located:
    """A diagnostic with its start and end as offsets into the editor's text."""

    diagnostic: Diagnostic
    start: int
    end: int
    related: tuple[int, ...] = ()  # offsets of the other places it points at


@dataclass(frozen=True)
class Replacement:
    """Replace the editor's text from offset ``start`` to ``end`` by ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Action:
    """A code action: a title, its kind, the diagnostic it fixes (None for "fix all") and the
    replacements that make it."""

    title: str
    kind: str  # "quickfix" or "source.fixAll"
    diagnostic: Diagnostic | None
    replacements: tuple[Replacement, ...]
    preferred: bool = False


class Configs:
    """The configuration found for each file, as the command line finds it, read again when
    the file's modification time or size changes (an edit in the editor or elsewhere)."""

    def __init__(self, fallback_directory: str | None = None) -> None:
        self.fallback_directory = fallback_directory or os.getcwd()
        self._loaded: dict[str, tuple[tuple[int, int], Settings]] = {}
        self._default = offline(Settings())  # one object: the same settings are the same

    def settings(self, path: str | None) -> Settings:
        """The offline settings of ``path`` (None: a document not on disk); raises
        ConfigError for a configuration that cannot be used."""
        directory = os.path.dirname(os.path.abspath(path)) if path else self.fallback_directory
        found = find_config(directory)
        if found is None:
            return self._default
        try:
            status = os.stat(found)
        except OSError:
            return offline(load_file(found))
        stamp = (status.st_mtime_ns, status.st_size)
        cached = self._loaded.get(found)
        if cached is None or cached[0] != stamp:
            cached = (stamp, offline(load_file(found)))
            self._loaded[found] = cached
        return cached[1]


def offline(settings: Settings) -> Settings:
    return replace(settings, ignore=settings.ignore + NETWORK_RULES)


def to_source(label: str, text: str) -> Source:
    """The editor's text as the library reads a file; raises InputError as for a file (a NUL,
    or a lone surrogate that no UTF-8 file can hold)."""
    if "\x00" not in text and _encodable(text):  # what decode does, without the bytes
        bom = text.startswith(BOM)
        lines, endings = split_lines(text[1:] if bom else text)
        return Source(label, lines, endings, bom)
    return decode(label, text.encode("utf-8", "surrogatepass"))  # its message says where


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def disk_problem(path: str) -> str | None:
    """Why the file on disk cannot be read as the command line reads it (not UTF-8, binary),
    or None: an editor shows such a file decoded, but ``awesome-lint`` refuses it."""
    try:
        read_source(path)  # as the command line reads: a pipe or a device is never read
    except InputError as error:
        if not os.path.exists(path) or not os.access(path, os.R_OK):
            return None  # not saved yet, gone or unreadable: the editor's text is all there is
        return str(error)
    return None


class Offsets:
    """Offsets into the editor's text of a source's 1-based lines and columns."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.bom = 1 if source.bom else 0
        sizes = (
            len(line) + len(end) for line, end in zip(source.lines, source.endings, strict=True)
        )
        self.starts = list(accumulate(sizes, initial=self.bom))  # and the text's end
        self.length = self.starts[-1]

    def line_start(self, index: int) -> int:
        """The offset of 0-based line ``index``; the end of the text past the last line."""
        if index <= 0:
            return 0
        return self.starts[index] if index < len(self.starts) else self.length

    def at(self, line: int, column: int) -> int:
        """The offset of 1-based ``line`` and ``column``, kept within the line."""
        lines = self.source.lines
        if not lines:
            return self.length
        if line > len(lines):
            return self.length
        index = max(line, 1) - 1
        return self.starts[index] + min(max(column, 1) - 1, len(lines[index]))


def check(source: Source, settings: Settings, rows: Rows | None = None) -> list[Located]:
    """The findings of an editor's text; ``rows`` keeps the rows of the document's last check
    for this one (an edit leaves most of a long table's rows as they were)."""
    offsets = Offsets(source)
    found = check_source(source, settings, rows)
    return [
        Located(
            item,
            offsets.at(item.line, item.column),
            max(
                offsets.at(item.line, item.column),
                offsets.at(item.end_line or item.line, item.end_column or item.column + 1),
            ),
            tuple(offsets.at(where.line, where.column) for where in item.related),
        )
        for item in found
    ]


def _text_lines(source: Source) -> list[str]:
    lines = [line + end for line, end in zip(source.lines, source.endings, strict=True)]
    if source.bom and lines:
        lines[0] = BOM + lines[0]
    return lines


def replacements(before: Source, after: Source) -> list[Replacement]:
    """Whole-line replacements that turn ``before`` into ``after``: one for each changed line
    where a block of lines becomes as many lines (a formatted table: an editor applies many
    short edits faster than one long one, which Emacs diffs character by character), one for
    the block where lines come or go."""
    old, new = _text_lines(before), _text_lines(after)
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    room = min(len(old), len(new)) - head
    while tail < room and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    offsets = Offsets(before)
    found: list[Replacement] = []
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        if old_end - old_start == new_end - new_start:  # line for line
            steps = range(old_end - old_start)
            pairs = [(old_start + step, new_start + step, 1, 1) for step in steps]
        else:
            pairs = [(old_start, new_start, old_end - old_start, new_end - new_start)]
        for first, new_first, old_count, new_count in pairs:
            text = "".join(new_middle[new_first : new_first + new_count])
            if text == "".join(old_middle[first : first + old_count]):
                continue
            start = offsets.line_start(head + first)
            end = offsets.line_start(head + first + old_count)
            if start == 0 and before.bom:  # the BOM stays where it is
                start, text = 1, text.removeprefix(BOM)
            found.append(Replacement(start, end, text))
    return found


def joined(found: Sequence[Replacement]) -> list[Replacement]:
    """The replacements with each run of adjacent ones made one: for a client that pays for
    each edit more than for its length (Neovim copies the whole buffer's lines for each)."""
    runs: list[list[Replacement]] = []
    for item in sorted(found, key=lambda item: item.start):
        if runs and runs[-1][-1].end == item.start:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [
        Replacement(run[0].start, run[-1].end, "".join(item.text for item in run)) for run in runs
    ]


@dataclass(frozen=True)
class Formatted:
    """A document's formatting as replacements, and what it leaves as written: each table
    whose formatting fails the proof, said for the user (`the table at line 5 is …`)."""

    replacements: list[Replacement]
    held: tuple[str, ...] = ()


def _formatted(before: Source, result: FixResult) -> Formatted:
    held = tuple(
        f"awesome-lint: the table at line {refusal.edit.start + 1} is left as written: "
        f"{refusal.reason}"
        for refusal in result.refused
    )
    return Formatted(replacements(before, result.source), held)


def formatting(source: Source, settings: Settings) -> Formatted:
    """What ``awesome-lint fix`` would write, as replacements; raises FixRefused."""
    return _formatted(source, fix_source(source, settings))


def _formatting_edits(document: Document, settings: Settings) -> list[Edit]:
    prepared = prepare(document.source, settings, fixing=True)
    rules = automatic_rules(prepared.selection)
    return non_overlapping(rule_edits(rules, prepared.document, prepared.context))


def range_formatting(source: Source, settings: Settings, first: int, last: int) -> Formatted:
    """The formatting of the tables that 1-based lines ``first`` to ``last`` touch, under the
    same guard as the whole document's; raises FixRefused."""
    document = parse_document(source)
    touched = {
        index
        for table in document.tables
        if table.line <= last and table.end_line >= first
        for index in range(table.line - 1, table.end_line)
    }
    if not touched:
        return Formatted([])
    edits = [
        edit
        for edit in _formatting_edits(document, settings)
        if all(index in touched for index in range(edit.start, max(edit.end, edit.start + 1)))
    ]
    return _formatted(source, format_fix(document, edits))


def safe_fix_codes(settings: Settings) -> tuple[str, ...]:
    """The rules, selected for this file, whose fixes keep GitHub's page (beyond formatting)."""
    selected = {rule.code for rule in select_rules(settings).rules}
    return tuple(
        rule.code
        for rule in RULES
        if rule.code in selected
        and rule.fix is not None
        and rule.fix.safety is FixSafety.SAFE
        and not rule.fix.automatic
    )


def fix_all(source: Source, settings: Settings) -> list[Replacement]:
    """``awesome-lint fix --extend-select`` of every selected rule whose fix is safe: the
    formatting and the safe fixes, through the one door; raises FixRefused."""
    extended = replace(settings, extend_select=settings.extend_select + safe_fix_codes(settings))
    return replacements(source, fix_source(source, extended).source)


def _finding_edits(source: Source, settings: Settings, item: Diagnostic) -> list[Edit] | None:
    """The line edits of the finding behind ``item``, when its rule's fix is safe or only
    respells the cells it reports, and the fix keeps what it promises; else None."""
    rule = BY_CODE.get(item.code)
    if rule is None or rule.fix is None or rule.fix.safety not in (FixSafety.SAFE, FixSafety.EDIT):
        return None
    prepared = prepare(source, settings)
    document = prepared.document
    for finding in rule.check(document, prepared.context):
        if (finding.line, finding.column) != (item.line, item.column):
            continue
        if finding.message != item.message:
            continue
        edits = non_overlapping(
            line_edits([(rule.code, edit) for edit in finding.edits], source.lines)
        )
        if not edits:
            return None
        if rule.fix.safety is FixSafety.SAFE and rendering_preserving(document, edits)[1]:
            return None  # the page would change: `fix` would not make it either
        fixed = parse_document(apply_edits(source, edits))
        if compare_tables(document, fixed, changed_lines(edits)):
            return None
        return edits
    return None


def _row_at(document: Document, line: int) -> Row | None:
    for table in document.tables:
        if table.line <= line <= table.end_line:
            return next((row for row in table.rows if row.line == line), None)
    return None


def _with_disable_comment(text: str, code: str, in_row: bool) -> str | None:
    existing = _DISABLE_LINE.search(text)
    if existing:
        return text[: existing.end(1)] + f" {code}" + text[existing.end(1) :]
    comment = f"<!-- awesome-lint-disable-line {code} -->"
    content = text.rstrip(" \t")
    trailing = text[len(content) :]
    if in_row and content.endswith("|") and not content.endswith("\\|"):
        before = content[:-1].rstrip(" \t")
        padding = content[len(before) : -1]
        return f"{before} {comment}{padding or ' '}|{trailing}"
    if content.endswith("\\") or not content:
        return None  # a hard line break, or nothing to put a comment after
    return f"{content} {comment}{trailing}"


def _without_comments(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(_COMMENT.sub("", text).strip() for text in texts)


def _same_tables_without_comments(before: Document, after: Document) -> bool:
    """The guarantee of a suppression comment: the same tables, and the same cell text once
    comments are removed (a comment changes the HTML, so the page cannot be the guard)."""
    if len(before.tables) != len(after.tables):
        return False
    for old, new in zip(before.tables, after.tables, strict=True):
        if old.alignments != new.alignments or len(old.rows) != len(new.rows):
            return False
        for old_row, new_row in zip(old.rows, new.rows, strict=True):
            if _without_comments(old_row.texts) != _without_comments(new_row.texts):
                return False
    return True


def disable_line(source: Source, item: Diagnostic) -> Edit | None:
    """An edit that suppresses ``item``'s rule on its line: the comment goes into a table
    row's last cell or at the line's end; None where that would change a table."""
    rule = BY_CODE.get(item.code)
    if rule is None or not rule.suppressible or not 1 <= item.line <= len(source.lines):
        return None
    document = parse_document(source)
    text = source.lines[item.line - 1]
    new = _with_disable_comment(text, item.code, _row_at(document, item.line) is not None)
    if new is None:
        return None
    edit = Edit(item.line - 1, item.line, (new,), item.code)
    if not _same_tables_without_comments(document, parse_document(apply_edits(source, [edit]))):
        return None
    return edit


FIX, DISABLE, FIX_ALL = "fix", "disable", "fix-all"
FIX_ALL_TITLE = "Fix all safe awesome-lint findings"


@dataclass(frozen=True)
class Offer:
    """A code action before its edit is made: what it is called and what makes it."""

    title: str
    kind: str  # FIX, DISABLE or FIX_ALL
    diagnostic: Diagnostic | None


def offers(diagnostics: Sequence[Diagnostic]) -> list[Offer]:
    """The quick fixes worth showing for the diagnostics, cheaply: each fixable finding's fix
    (a formatting finding formats its table; unsafe fixes are for the command line), then
    "disable for this line". Making one may still fail its guarantee (see ``make``)."""
    found: list[Offer] = []
    for item in diagnostics:
        rule = BY_CODE.get(item.code)
        if rule is None:
            continue
        policy = rule.fix
        if item.fixable and policy is not None:
            if policy.automatic:
                found.append(Offer(f"Format the table ({item.code} {item.name})", FIX, item))
            elif policy.safety in (FixSafety.SAFE, FixSafety.EDIT):
                found.append(Offer(f"Fix {item.code} ({item.name})", FIX, item))
        if rule.suppressible:
            found.append(Offer(f"Disable {item.code} ({item.name}) for this line", DISABLE, item))
    return found


def make(source: Source, settings: Settings, offer: Offer) -> Action | None:
    """The offer's edit, or None where it cannot keep its promise; raises FixRefused (fix
    all), InputError or ConfigError."""
    item = offer.diagnostic
    if offer.kind == FIX_ALL:
        found = fix_all(source, settings)
        return Action(offer.title, "source.fixAll", None, tuple(found)) if found else None
    if item is None:
        return None
    if offer.kind == DISABLE:
        edit = disable_line(source, item)
        if edit is None:
            return None
        made = tuple(replacements(source, apply_edits(source, [edit])))
        return Action(offer.title, "quickfix", item, made)
    rule = BY_CODE.get(item.code)
    if rule is None or rule.fix is None:
        return None
    if rule.fix.automatic:
        try:
            found = range_formatting(source, settings, item.line, item.line).replacements
        except FixRefused:
            return None
    else:
        edits = _finding_edits(source, settings, item)
        if edits is None:
            return None
        found = replacements(source, apply_edits(source, edits))
    return Action(offer.title, "quickfix", item, tuple(found), preferred=True) if found else None


def quick_fixes(
    source: Source, settings: Settings, diagnostics: Sequence[Diagnostic]
) -> list[Action]:
    """The offers for the diagnostics, made; those that cannot keep their promise left out."""
    made = (make(source, settings, offer) for offer in offers(diagnostics))
    return [action for action in made if action is not None]
