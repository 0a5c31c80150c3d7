"""AL205 unsorted-entries: entries out of alphabetical order within a table or a list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.entries import Entry
from awesome_lint.inline import plain_text
from awesome_lint.parse import Document, ListItem, Table
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
    item_of = {item.line: item for item in document.items}
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


def check(document: Document, context: Context) -> Iterator[Finding]:
    for group in _groups(document, context):
        previous: Entry | None = None
        sort: tuple[Edit, ...] | None = None
        for entry in group.entries:
            if previous is not None and name_key(entry.name) < name_key(previous.name):
                if sort is None:
                    edit = _sorted(document, group)
                    sort = (edit,) if edit else ()
                yield Finding(
                    entry.line,
                    entry.name_column,
                    f"`{entry.name}` is out of order: it sorts before `{previous.name}`",
                    edits=sort,
                )
            previous = entry


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
    summary="Entries of a table or list are out of alphabetical order",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE),
    default=False,
)
