"""AL006 column-values: a value outside its column's allowed set, or a rare variant spelling."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from awesome_lint.document import Cell, Document, Table
from awesome_lint.entries import normalize_header
from awesome_lint.rule import Context, Finding, FixPolicy, FixSafety, Rule, Severity, text_edit
from awesome_lint.values import value_key

_WHITESPACE = re.compile(r"\s+")


def _shown(text: str) -> str:
    """A value as HTML shows it: every run of whitespace one space."""
    return _WHITESPACE.sub(" ", text.strip())


# a cell of tags: `创业; 编程; 开源`, `Python, CLI`, `中文、对话`
_TAG_SEPARATOR = re.compile(r"\s*[;；,，、]\s*")
_TAGGED = 0.5  # of a column's filled cells that hold two tags or more
_TAG_HEADERS = frozenset({"tags", "tag", "topics", "标签", "タグ", "태그"})


def _tags(cell: Cell) -> list[Cell]:
    """The tags of a cell, each where it is written."""
    found: list[Cell] = []
    start = 0
    for separator in [*_TAG_SEPARATOR.finditer(cell.text), None]:
        end = separator.start() if separator else len(cell.text)
        text = cell.text[start:end].strip()
        if text:
            offset = start + len(cell.text[start:end]) - len(cell.text[start:end].lstrip())
            found.append(Cell(text, cell.line, cell.column + offset))
        start = separator.end() if separator else end
    return found


def _is_tag_column(values: list[Cell]) -> bool:
    """Whether a column's cells are lists of tags: half of them hold two or more."""
    tagged = sum(1 for cell in values if len(_tags(cell)) >= 2)
    return tagged >= _TAGGED * len(values)


@dataclass(frozen=True)
class _Problem:
    cell: Cell
    message: str
    replacement: str | None


def _allowed_for(header: str, allowed: Mapping[str, Sequence[str]]) -> Sequence[str] | None:
    wanted = normalize_header(header)
    for name, values in allowed.items():
        if normalize_header(name) == wanted:
            return values
    return None


def _column_problems(
    table: Table, column: int, context: Context, allowed: Sequence[str] | None
) -> Iterator[_Problem]:
    cells = [row.cell(column) for row in table.body]
    values = [cell for cell in cells if cell is not None and cell.text]
    header = table.header.texts[column]
    if allowed is not None:
        by_key = {value_key(value): value for value in allowed if value_key(value)}
        listed = ", ".join(f"`{value}`" for value in allowed)
        for cell in values:
            if cell.text not in allowed:
                fix = by_key.get(value_key(cell.text) or "\0")
                yield _Problem(cell, f"`{cell.text}` is not one of {listed} in `{header}`", fix)
        return
    if len(values) < context.option(RULE, "min-rows"):
        return
    if normalize_header(header) in _TAG_HEADERS and _is_tag_column(values):
        values = [tag for cell in values for tag in _tags(cell)]
        where = "cells"
    else:
        where = "other rows"
    counts = Counter(cell.text for cell in values)
    spellings: dict[str, list[str]] = {}
    for value in counts:
        key = value_key(value)
        if key:
            spellings.setdefault(key, []).append(value)
    if len(spellings) > len(values) / 2:
        return  # free text (names, prices, dates): its values do not repeat
    for variants in spellings.values():
        if len(variants) < 2:
            continue
        majority = max(variants, key=lambda value: (counts[value], -variants.index(value)))
        if counts[majority] < context.option(RULE, "min-count"):
            continue
        for cell in values:
            # a run of spaces is one space: HTML shows `0.07 / 1K` and `0.07  / 1K` alike (but
            # not `512×512` and `512 × 512`, nor `JupyterNotebook` and `Jupyter Notebook`)
            if (
                cell.text in variants
                and counts[cell.text] * 2 <= counts[majority]
                and _shown(cell.text) != _shown(majority)
            ):
                yield _Problem(
                    cell,
                    f"`{cell.text}` is written `{majority}` in {counts[majority]} {where} "
                    f"of `{header}`",
                    majority,
                )


def _problems(document: Document, context: Context) -> Iterator[_Problem]:
    index = context.analysis.entries
    allowed = context.option(RULE, "allowed")
    for table in document.tables:
        columns = index.columns.get(table.line)
        skip = {columns.name, columns.description, columns.link} if columns else set()
        for column, header in enumerate(table.header.texts):
            values = _allowed_for(header, allowed)
            if values is None and column in skip:
                continue
            yield from _column_problems(table, column, context, values)


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for problem in _problems(document, context):
        cell = problem.cell
        edit = None
        if problem.replacement is not None:
            edit = text_edit(lines, cell.line, cell.column, cell.text, problem.replacement)
        yield Finding(
            cell.line,
            cell.column,
            problem.message,
            edits=(edit,) if edit else (),
            end_column=cell.column + len(cell.text),
        )


RULE = Rule(
    code="AL006",
    name="column-values",
    summary="A cell holds a value outside its column's allowed set, or a rare spelling of one",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.EDIT),
    options={"allowed": {}, "min-rows": 5, "min-count": 3},
)
