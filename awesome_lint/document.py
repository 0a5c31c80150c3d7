"""The records every rule reads: a document's tables, rows and cells, its paragraphs, headings,
HTML blocks and list items, each with where it is written (1-based lines and columns)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, repeat
from operator import add
from typing import Any, Generic, NamedTuple, TypeVar, overload

from awesome_lint.gfm import TABLE_SPACE, TRIM, Align, cell_texts, row_pieces
from awesome_lint.source import Source

_Value = TypeVar("_Value")
_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call


class kept(Generic[_Value]):
    """A property worked out on first read and kept on the record, as ``cached_property`` but
    without the lock Python before 3.12 takes on each first read: a check reads the cells of
    tens of thousands of rows once each. Two threads that both read it first both work it out,
    to the same value."""

    def __init__(self, compute: Callable[[Any], _Value]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> kept[_Value]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _Value: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Cell(NamedTuple):
    """A cell's raw Markdown (trimmed, escaped pipes kept) and where it starts (1-based). A
    named tuple, not a frozen dataclass: a check makes one for every cell of every row, made
    in bulk by ``tuple.__new__`` (a fifth of a frozen dataclass's ``__init__``)."""

    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Row:
    """One line of a table. ``prefix`` is the container prefix as written (``"> "``, ``"- "``);
    None would make the table read-only, but the block parser always knows it. ``texts`` are
    the cells' trimmed Markdown; ``cells`` adds where each one starts."""

    line: int
    column: int  # where the row starts after its container prefix and indentation, 1-based
    prefix: str | None
    raw: str  # the row from ``column`` on, as written (the source line itself, most often)

    @kept
    def texts(self) -> tuple[str, ...]:
        # kept once asked for: a rule that reads one column at a time reads every row's texts
        # once per column, which would cost columns x columns splits of each row; read from
        # the cells where a check has split them already (`fix` never does)
        cells = self.__dict__.get("cells")
        if cells is not None:
            return tuple([cell.text for cell in cells])
        return cell_texts(self.raw)

    @kept
    def cells(self) -> tuple[Cell, ...]:
        # kept once asked for: every rule of `check` reads them; `fix` never does. The texts
        # are kept with them, from the same split (``split_rows``, which a check calls for
        # every row at once): the rules read both of every row
        split_rows((self,))
        cells: tuple[Cell, ...] = self.__dict__["cells"]
        return cells

    def cell(self, index: int) -> Cell | None:
        """The cell in column ``index``, or None where the row is too short (or index < 0)."""
        cells = self.cells
        return cells[index] if 0 <= index < len(cells) else None

    def column_of(self, index: int) -> int:
        """Where column ``index`` starts on the line; the row's end for a missing cell."""
        cell = self.cell(index)
        return cell.column if cell is not None else self.column + len(self.raw)


_new_object = object.__new__


def split_rows(rows: Iterable[Row]) -> None:
    """``Row.cells`` (and ``texts``) of each row not yet split, worked out in one loop and kept
    on the rows: every row of a check is split, and the property's ``__get__`` and ``cells``
    calls for each row cost a fourteenth of its splitting."""
    for row in rows:
        fields = row.__dict__
        if "cells" in fields:
            continue
        line = row.line
        pieces, first, last = row_pieces(row.raw)  # and ``cells`` written out
        cells: list[Cell] = []
        texts: list[str] = []
        position = row.column + (len(pieces[0]) + 1 if first else 0)
        for index in range(first, last):
            piece = pieces[index]
            size = len(piece)
            left = (piece.lstrip(TABLE_SPACE) if index else piece).lstrip(TRIM)
            text = left.rstrip(TRIM)
            texts.append(text)
            # an empty cell is placed one space after its pipe, where its text would go
            offset = size - len(left) if text else (1 if size else 0)
            cells.append(_new_tuple(Cell, (text, line, position + offset)))
            position += size + 1
        fields["cells"] = tuple(cells)
        if "texts" not in fields:
            fields["texts"] = tuple(texts)


def new_row(line: int, column: int, prefix: str | None, raw: str) -> Row:
    """``Row(line, column, prefix, raw)``, its fields written into its ``__dict__`` at once
    rather than by the frozen dataclass's ``__init__`` (one ``object.__setattr__`` call each,
    a third of the time): the parser makes one for every line of every table."""
    row: Row = _new_object(Row)
    fields = row.__dict__
    fields["line"] = line
    fields["column"] = column
    fields["prefix"] = prefix
    fields["raw"] = raw
    return row


@dataclass(frozen=True)
class Table:
    header: Row
    delimiter: Row
    alignments: tuple[Align, ...]
    body: tuple[Row, ...]

    @property
    def rows(self) -> tuple[Row, ...]:
        """Every line of the table in order: header, delimiter, body."""
        return (self.header, self.delimiter, *self.body)

    @kept
    def line(self) -> int:
        # kept: rules read it of every entry's table (its group, its table of entries)
        return self.header.line

    @property
    def end_line(self) -> int:
        return self.rows[-1].line

    @property
    def width(self) -> int:
        """The number of columns GitHub shows: the header's."""
        return len(self.alignments)

    @cached_property
    def editable(self) -> bool:
        return all(row.prefix is not None for row in self.rows)

    @cached_property
    def taken_in(self) -> int:
        """Where the lines without a pipe that end the body start (an index of ``body``; its
        length where the last row has one): text written under the table, which GitHub takes
        in as rows. A line without a pipe between rows that have one is a row written without
        its separators, its other cells missing."""
        end = len(self.body)
        while end and "|" not in self.body[end - 1].raw:
            end -= 1
        return end


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of a paragraph or heading: its text after the container prefix, and where."""

    line: int
    column: int
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph, a heading (``level`` 1 to 6) or an HTML block, with its lines as written."""

    kind: str  # "paragraph", "heading" or "html"
    lines: tuple[TextLine, ...]
    level: int = 0

    @property
    def line(self) -> int:
        return self.lines[0].line

    @property
    def text(self) -> str:
        return "\n".join(part.text for part in self.lines)

    @kept
    def _starts(self) -> tuple[int, ...]:
        """Where each line starts in ``text``."""
        starts: list[int] = []
        offset = 0
        for part in self.lines:
            starts.append(offset)
            offset += len(part.text) + 1
        return tuple(starts)

    def place(self, offset: int) -> tuple[int, int]:
        """The line and column where an offset into ``text`` is written (a block of thousands
        of lines places each offset in one step)."""
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        part = self.lines[index]
        return part.line, part.column + offset - self._starts[index]


def uncommented(lines: list[str], *, blank: bool = False) -> list[str]:
    """An HTML block's lines with its comments (`<!-- <h2>Old</h2> -->`, which GitHub does not
    show) left out, in one pass; or, with ``blank``, written as spaces, each line as long as it
    was (what it holds found where it is written)."""
    found: list[str] = []
    inside = False
    for line in lines:
        kept: list[str] = []
        position = 0
        while position <= len(line):
            if inside:
                end = line.find("-->", position)
                if blank:
                    kept.append(" " * ((len(line) if end < 0 else end + 3) - position))
                if end < 0:
                    break
                inside, position = False, end + 3
            else:
                start = line.find("<!--", position)
                kept.append(line[position:] if start < 0 else line[position:start])
                if start < 0:
                    break
                # `<!-->` and `<!--->` are whole comments, empty ones, in HTML
                after = start + 4
                empty = next((len(end) for end in (">", "->") if line.startswith(end, after)), 0)
                if blank:
                    kept.append(" " * (4 + empty))
                inside, position = not empty, after + empty
        found.append("".join(kept))
    return found


@dataclass(frozen=True)
class ListItem:
    """A list item: where its marker is, and the paragraph it starts with, if any."""

    line: int
    column: int
    marker: str
    paragraph: Block | None
    list_line: int  # the line of the list's first item: items of one list share it
    last_line: int  # the item's last line


@dataclass(frozen=True)
class Document:
    source: Source
    tables: tuple[Table, ...]
    # link reference definitions: normalized label -> (destination, title)
    definitions: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()  # paragraphs and headings, in order
    items: tuple[ListItem, ...] = ()

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind == "heading")

    @cached_property
    def items_by_line(self) -> dict[int, ListItem]:
        """The list items by the line of their marker."""
        return {item.line: item for item in self.items}

    @cached_property
    def _line_starts(self) -> tuple[str, list[int]]:
        """The lines joined by newlines, and where each starts in that text."""
        lines = self.source.lines
        # each line's length with its newline, summed at C speed
        starts = list(accumulate(map(add, map(len, lines[:-1]), repeat(1)), initial=0))
        return "\n".join(lines), starts

    @property
    def text(self) -> str:
        """The document's lines joined by newlines (kept once read)."""
        return self._line_starts[0]

    def writes(self, *words: str) -> bool:
        """Whether the document's text holds any of these strings: a search at C speed, where a
        rule asks its lines of a pattern only if it does."""
        text = self._line_starts[0]
        return any(word in text for word in words)

    def matches(self, pattern: re.Pattern[str]) -> list[str]:
        """Every match of a one-line pattern in the document, in one scan at C speed."""
        return pattern.findall(self._line_starts[0])

    def lines_matching(self, pattern: re.Pattern[str]) -> frozenset[int]:
        """The lines (1-based) where a match of a one-line pattern starts: one scan of the whole
        text at C speed, where a rule asks it of only the few lines that may need more."""
        text, starts = self._line_starts
        return frozenset(
            bisect.bisect_right(starts, match.start()) for match in pattern.finditer(text)
        )
