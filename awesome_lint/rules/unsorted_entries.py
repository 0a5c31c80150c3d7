"""AL205 unsorted-entries: an entry out of the order its table or list otherwise keeps."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.document import Document, ListItem, Table
from awesome_lint.entries import Entry
from awesome_lint.inline import plain_text
from awesome_lint.rule import Context, Edit, Finding, FixPolicy, FixSafety, Rule, Severity
from awesome_lint.urls import name_key


@dataclass(frozen=True)
class _Group:
    entries: tuple[Entry, ...]
    table: Table | None
    items: tuple[ListItem, ...]


def _groups(document: Document, context: Context) -> list[_Group]:
    index = context.analysis.entries
    groups: dict[tuple[str, int], list[Entry]] = {}
    item_lists: dict[int, list[ListItem]] = {}
    for item in document.items:
        item_lists.setdefault(item.list_line, []).append(item)
    item_of = document.items_by_line
    for entry in index.entries:
        if entry.table is not None:
            groups.setdefault(("table", entry.table.line), []).append(entry)
        elif entry.line in item_of:
            groups.setdefault(("list", item_of[entry.line].list_line), []).append(entry)
    result = []
    for (kind, line), entries in groups.items():
        table = entries[0].table if kind == "table" else None
        items = tuple(item_lists.get(line, ())) if kind == "list" else ()
        result.append(_Group(tuple(entries), table, items))
    return result


def _script(name: str) -> str:
    """Names of one script are ordered among themselves: a Latin name by its letters, a CJK
    name by pinyin or strokes, which code points do not give."""
    for char in name:
        if char.isalnum():
            return "cjk" if unicodedata.name(char, "").startswith("CJK") else "latin"
    return "other"


def _misplaced(keys: list[str]) -> set[int]:
    """The indexes outside one longest run in order (a longest non-decreasing subsequence):
    the fewest entries that, moved, would put the rest in order."""
    tails: list[int] = []  # index of the smallest tail of each length
    parent: list[int] = [-1] * len(keys)
    for index, key in enumerate(keys):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if keys[tails[middle]] <= key:
                low = middle + 1
            else:
                high = middle
        parent[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    kept: set[int] = set()
    index = tails[-1] if tails else -1
    while index >= 0:
        kept.add(index)
        index = parent[index]
    return set(range(len(keys))) - kept


def _out_of_order(group: _Group, share: float, minimum: int) -> list[Entry]:
    """The entries (of one script) out of the order the group otherwise keeps, each with the
    entry it follows: the order is learnt from the group, never imposed. A group where more
    than a tenth would have to move keeps no order of that kind (newest first, by pinyin)."""
    found: list[Entry] = []
    for script in ("latin", "cjk"):
        entries = [entry for entry in group.entries if _script(entry.name) == script]
        if len(entries) < minimum:
            continue
        moved = _misplaced([name_key(entry.name) for entry in entries])
        if moved and len(moved) <= max(1, int((1 - share) * len(entries))):
            found.extend(entries[index] for index in sorted(moved))
    return found


def check(document: Document, context: Context) -> Iterator[Finding]:
    threshold = float(context.option(RULE, "min-sorted"))
    minimum = context.option(RULE, "min-entries")
    for group in _groups(document, context):
        late = _out_of_order(group, threshold, minimum)
        if not late:
            continue
        scripts = {_script(entry.name) for entry in group.entries}
        # the sort fix only where one order covers the whole group
        edit = _sorted(document, group) if len(scripts) == 1 else None
        for entry in late:
            yield Finding(
                entry.line,
                entry.name_column,
                f"`{entry.name}` is out of order; the rest of this "
                f"{'table' if group.table else 'list'} is sorted by name",
                edits=(edit,) if edit else (),
            )


def _sortable(document: Document, group: _Group) -> tuple[int, int, list[str]] | None:
    """The line range to sort and its lines, when every line in it is one whole entry."""
    lines = document.source.lines
    if group.table is not None:
        table = group.table
        if len(group.entries) != len(table.body) or not table.body:
            return None
        start, end = table.body[0].line - 1, table.end_line
        return start, end, list(lines[start:end])
    items = group.items
    if len(items) != len(group.entries) or any(item.last_line != item.line for item in items):
        return None
    if [item.line for item in items] != list(range(items[0].line, items[-1].line + 1)):
        return None
    return items[0].line - 1, items[-1].line, list(lines[items[0].line - 1 : items[-1].line])


def _sorted(document: Document, group: _Group) -> Edit | None:
    """The group sorted, when its lines are all whole entries (a table's body, or a tight list
    of single-line items); every finding of the group carries this one edit."""
    span = _sortable(document, group)
    if span is None:
        return None
    start, end, lines = span
    keyed = sorted(
        zip(lines, group.entries, strict=True),
        key=lambda pair: name_key(plain_text(pair[1].name)),
    )
    ordered = tuple(line for line, _ in keyed)
    return Edit(start, end, ordered, RULE.code) if list(ordered) != lines else None


RULE = Rule(
    code="AL205",
    name="unsorted-entries",
    summary="An entry is out of the order its table or list otherwise keeps",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE),
    default=False,
    options={"min-sorted": 0.9, "min-entries": 8},
)
