"""Finding a document's tables as GitHub does, with mistletoe for the block structure.

mistletoe finds where block quotes, lists, code, HTML blocks and paragraphs are. Its own table
token loses cells and alignment, so a token of ours takes its place: it records the raw lines of a
table and where they are, and the cells are read from those lines with ``gfm.split_row``. The
container readers are ours too, because mistletoe continues a block quote or list item lazily
after any block, where cmark-gfm (and so GitHub) continues only a paragraph lazily.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from awesome_lint.gfm import (
    Align,
    alignment,
    cell_texts,
    has_cells,
    is_blank,
    is_delimiter_row,
    leading_columns,
    split_cells,
    starts_other_block,
    table_columns,
)
from awesome_lint.markdown import RootNode, block_token, block_tokenizer, root_node
from awesome_lint.source import Source


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's raw Markdown (trimmed, escaped pipes kept) and where it starts (1-based)."""

    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Row:
    """One line of a table. ``prefix`` is the container prefix as written (``"> "``, ``"- "``),
    or None where it cannot be recovered from the line, which makes the table read-only.
    ``texts`` are the cells' trimmed Markdown; ``cells`` adds where each one starts."""

    line: int
    column: int  # where the row starts after its container prefix and indentation, 1-based
    prefix: str | None
    raw: str  # the row from ``column`` on, as written (the source line itself, most often)

    @property
    def texts(self) -> tuple[str, ...]:
        # worked out when asked, not kept: a list of 50,000 rows would hold its text twice
        return cell_texts(self.raw)

    @cached_property
    def cells(self) -> tuple[Cell, ...]:
        # kept once asked for: every rule of `check` reads them; `fix` never does
        return tuple(
            Cell(text, self.line, self.column + offset) for text, offset in split_cells(self.raw)
        )

    def cell(self, index: int) -> Cell | None:
        """The cell in column ``index``, or None where the row is too short (or index < 0)."""
        cells = self.cells
        return cells[index] if 0 <= index < len(cells) else None

    def column_of(self, index: int) -> int:
        """Where column ``index`` starts on the line; the row's end for a missing cell."""
        cell = self.cell(index)
        return cell.column if cell is not None else self.column + len(self.raw)


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

    @property
    def line(self) -> int:
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


class LazyLine(str):
    """A line that continues a paragraph lazily inside a container: never a table's line."""

    __slots__ = ()


@dataclass(frozen=True)
class _TableLines:
    start_line: int
    lines: tuple[str, ...]


def _content(line: str) -> str:
    return line[:-1] if line.endswith("\n") else line


def _is_row(line: str) -> bool:
    content = _content(line)
    return (
        not isinstance(line, LazyLine)
        and not is_blank(content)
        and not starts_other_block(content)
        and has_cells(content)
    )


def _opens_table(header: str, delimiter: str | None) -> bool:
    if delimiter is None or isinstance(delimiter, LazyLine):
        return False
    lazy = isinstance(header, LazyLine)
    return table_columns(_content(header), _content(delimiter), header_indented=lazy) > 0


class TableBlock(block_token.BlockToken):
    """A GFM table: a paragraph's last line over a delimiter row, then rows until a blank line
    or another block. Only its raw lines are kept; nothing is parsed inline."""

    @staticmethod
    def start(line: str) -> bool:
        return not is_blank(line)

    @classmethod
    def check_interrupts_paragraph(cls, lines: block_tokenizer.FileWrapper) -> bool:
        position = lines.get_pos()
        header = lines.peek()
        lines.set_pos(position + 1)
        delimiter = lines.peek()
        lines.set_pos(position)
        return header is not None and _opens_table(header, delimiter)

    @classmethod
    def read(cls, lines: block_tokenizer.FileWrapper) -> Any:
        position = lines.get_pos()
        header = next(lines)
        if not _opens_table(header, lines.peek()):
            lines.set_pos(position)
            return None
        start_line = lines.line_number()
        buffer = [header, next(lines)]
        while (line := lines.peek()) is not None and _is_row(line):
            buffer.append(next(lines))
        return _TableLines(start_line, tuple(buffer))


@dataclass(frozen=True)
class _ParagraphAndTable:
    """A paragraph whose last line turned out to be a table's header."""

    paragraph: tuple[str, ...]
    table: _TableLines


class ParagraphBlock(block_token.Paragraph):
    """mistletoe's paragraph, with cmark-gfm's memory: once a delimiter row under it fails to
    open a table (its cells do not match the line above), the paragraph never becomes one."""

    @classmethod
    def read(cls, lines: block_tokenizer.FileWrapper) -> Any:
        buffer = [next(lines)]
        breaking = [
            token_type
            for token_type in block_token._token_types
            if hasattr(token_type, "check_interrupts_paragraph")
            and token_type not in (block_token.ThematicBreak, TableBlock)
        ]
        tables_possible = True
        while (line := lines.peek()) is not None and not is_blank(line):
            if any(token_type.check_interrupts_paragraph(lines) for token_type in breaking):
                break
            setext = cls.parse_setext and block_token.Paragraph.is_setext_heading(line)
            if setext and not isinstance(line, LazyLine):  # never a lazy underline
                buffer.append(next(lines))
                return ("setext", buffer)
            if block_token.ThematicBreak.check_interrupts_paragraph(lines):
                break
            if not isinstance(line, LazyLine) and is_delimiter_row(_content(line)):
                tables_possible = False
            if tables_possible and TableBlock.check_interrupts_paragraph(lines):
                # the header is this paragraph's last line, whatever its indentation, so the
                # table is read here rather than offered to the other block starts again
                return _ParagraphAndTable(tuple(buffer), TableBlock.read(lines))
            buffer.append(next(lines))
        return buffer


def _ends_in_paragraph(buffer: list[str]) -> bool:
    """Whether the innermost open block after ``buffer`` is a paragraph (lazy lines may follow)."""
    if not buffer or is_blank(buffer[-1]):
        return False
    parsed: Any = block_tokenizer.tokenize_block(buffer, block_token._token_types)
    while parsed:
        token_type, result, _ = parsed[-1]
        if token_type is ParagraphBlock:
            return isinstance(result, list)
        if isinstance(token_type, type) and issubclass(token_type, block_token.Quote):
            parsed = result
        elif isinstance(token_type, type) and issubclass(token_type, block_token.List):
            parsed = result[-1][0] if result else None
        else:
            return False
    return False


def _breaks_lazy(line: str) -> bool:
    """Whether a line outside a container opens a block of its own rather than continuing the
    container's paragraph lazily. There the paragraph's interruption rules do not hold: any
    list marker, even an empty one or `2.`, and any HTML tag start a block (cmark-gfm); indented
    text stays lazy; a table cannot start, it needs a paragraph of its own container."""
    content = _content(line)
    return leading_columns(content) < 4 and starts_other_block(content)


class BlockQuote(block_token.Quote):
    """mistletoe's block quote, continued lazily only after a paragraph, as cmark-gfm does."""

    @classmethod
    def read(cls, lines: block_tokenizer.FileWrapper) -> Any:
        first = block_token.Quote.convert_leading_tabs(next(lines).lstrip()).split(">", 1)[1]
        buffer = [first[1:] if first[:1] == " " else first]
        start_line = lines.line_number()
        while (line := lines.peek()) is not None and not is_blank(line):
            stripped = block_token.Quote.convert_leading_tabs(line.lstrip())
            if leading_columns(line) < 4 and stripped.startswith(">"):
                content = stripped[1:]
                content = content[1:] if content[:1] == " " else content
                buffer.append(LazyLine(content) if isinstance(line, LazyLine) else content)
            elif _breaks_lazy(line) or not _ends_in_paragraph(buffer):
                break
            else:
                buffer.append(LazyLine(line))
            next(lines)
        return block_tokenizer.tokenize_block(
            buffer, block_token._token_types, start_line=start_line
        )


class ListBlock(block_token.List):
    """mistletoe's list, made of our list items."""

    @classmethod
    def read(cls, lines: block_tokenizer.FileWrapper) -> Any:
        leader = None
        next_marker = None
        matches: list[Any] = []
        while True:
            position = lines.get_pos()
            output, next_marker = ListItemBlock.read(lines, next_marker)
            if leader is None:
                leader = output[3]
            elif not block_token.List.same_marker_type(leader, output[3]):
                lines.set_pos(position)
                break
            matches.append(output)
            if next_marker is None:
                break
        return matches


def _unread_blanks(lines: block_tokenizer.FileWrapper, buffer: list[str], count: int) -> None:
    """Give trailing blank lines back: they belong after the list item, not in it."""
    if count:
        for _ in range(count):
            lines.backstep()
        del buffer[-count:]


class ListItemBlock(block_token.ListItem):
    """mistletoe's list item, continued lazily only after a paragraph, as cmark-gfm does."""

    @classmethod
    def read(cls, lines: block_tokenizer.FileWrapper, prev_marker: Any = None) -> Any:
        next_marker = None
        buffer: list[str] = []
        line = next(lines)
        start_line = lines.line_number()
        next_line = lines.peek()
        indentation, prepend, leader, content = prev_marker or block_token.ListItem.parse_marker(
            line
        )
        if content.strip() == "":
            prepend = indentation + len(leader) + 1
            blanks = 1
            while next_line is not None and next_line.strip() == "":
                blanks += 1
                next(lines)
                next_line = lines.peek()
            if blanks > 1:
                empty = block_tokenizer.ParseBuffer()
                marker = (
                    block_token.ListItem.parse_marker(next_line) if next_line is not None else None
                )
                return (empty, indentation, prepend, leader, start_line), marker
        else:
            buffer.append(content)
        newlines = 0
        while next_line is not None:
            continuation = block_token.ListItem.parse_continuation(next_line, prepend)
            if continuation and isinstance(next_line, LazyLine):
                continuation = LazyLine(continuation)  # lazy for an outer container: lazy here
            if not continuation:
                marker_info = None
                if not block_token.ThematicBreak.start(next_line):
                    marker_info = block_token.ListItem.parse_marker(next_line)
                if marker_info is not None:
                    next_marker = marker_info
                    break
                if newlines or not _ends_in_paragraph(buffer) or _breaks_lazy(next_line):
                    _unread_blanks(lines, buffer, newlines)
                    break
                continuation = LazyLine(next_line)
            buffer.append(continuation)
            newlines = newlines + 1 if continuation == "\n" else 0
            next(lines)
            next_line = lines.peek()
        else:
            _unread_blanks(lines, buffer, newlines)
        parsed = block_tokenizer.tokenize_block(
            buffer, block_token._token_types, start_line=start_line
        )
        return (parsed, indentation, prepend, leader, start_line), next_marker


_TOKEN_TYPES = [
    block_token.HtmlBlock,
    block_token.BlockCode,
    block_token.Heading,
    BlockQuote,
    block_token.CodeFence,
    block_token.ThematicBreak,
    ListBlock,
    TableBlock,
    block_token.Footnote,
    ParagraphBlock,
]


@contextlib.contextmanager
def _our_block_tokens() -> Iterator[RootNode]:
    # mistletoe's readers consult module-wide state (the token list, the root node that
    # collects link reference definitions), so both are set for the parse and put back after
    saved = list(block_token._token_types)
    block_token._token_types[:] = _TOKEN_TYPES
    try:
        with root_node() as root:
            yield root
    finally:
        block_token._token_types[:] = saved


def _walk_tables(parsed: Any) -> Iterator[_TableLines]:
    for token_type, result, _ in parsed:
        if token_type is TableBlock:
            yield result
        elif token_type is ParagraphBlock and isinstance(result, _ParagraphAndTable):
            yield result.table
        elif token_type is BlockQuote:
            yield from _walk_tables(result)
        elif token_type is ListBlock:
            for item in result:
                yield from _walk_tables(item[0])


def _last_line(parsed: Any, start: int) -> int:
    """The last source line a parse buffer covers (its last block's last line)."""
    if not parsed:
        return start
    token_type, result, found = parsed[-1]
    number = int(found)
    if token_type in (BlockQuote,):
        return _last_line(result, number)
    if token_type is ListBlock:
        return _last_line(result[-1][0], int(result[-1][4]))
    if token_type is TableBlock:
        return number + len(result.lines) - 1
    if isinstance(result, _ParagraphAndTable):
        return int(result.table.start_line) + len(result.table.lines) - 1
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list):
        return number + len(result[1]) - 1
    if isinstance(result, list):
        return number + max(len(result), 1) - 1
    if isinstance(result, tuple) and result and isinstance(result[0], list):
        return number + len(result[0]) + 1  # a fenced code block and its two fences
    return number


_ATX = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")


class _Walker:
    """Collects paragraphs, headings and list items from mistletoe's parse buffers."""

    def __init__(self, source: Source, masked: list[str]) -> None:
        self.source = source
        self.masked = masked
        self.blocks: list[Block] = []
        self.items: list[ListItem] = []

    def text_line(self, number: int, content: str) -> TextLine:
        offset, text, _ = _locate(self.source, self.masked, number, content)
        return TextLine(number, offset + 1, text)

    def lines(self, start: int, contents: Sequence[str]) -> tuple[TextLine, ...]:
        return tuple(
            self.text_line(start + index, _content(line)) for index, line in enumerate(contents)
        )

    def walk(self, parsed: Any) -> None:
        for token_type, result, number in parsed:
            if token_type is ParagraphBlock:
                self.paragraph(number, result)
            elif token_type is block_token.Heading:
                self.atx_heading(number, result[0])
            elif token_type is block_token.HtmlBlock and result:
                self.blocks.append(Block("html", self.lines(number, result)))
            elif token_type is BlockQuote:
                self.walk(result)
            elif token_type is ListBlock:
                starts = [match[4] for match in result]
                for index, (buffer, _, _, leader, start) in enumerate(result):
                    last = _last_line(buffer, start)
                    if index + 1 < len(starts):
                        last = min(last, starts[index + 1] - 1)
                    self.item(start, leader, buffer, starts[0], last)

    def paragraph(self, number: int, result: Any) -> Block | None:
        if isinstance(result, _ParagraphAndTable):
            contents: Sequence[str] = result.paragraph
        elif isinstance(result, tuple):  # a setext heading: text lines, then the underline
            lines = self.lines(number, result[1][:-1])
            level = 1 if result[1][-1].strip().startswith("=") else 2
            self.blocks.append(Block("heading", lines, level))
            return None
        else:
            contents = result
        if not contents:
            return None
        block = Block("paragraph", self.lines(number, contents))
        self.blocks.append(block)
        return block

    def atx_heading(self, number: int, level: int) -> None:
        line = self.text_line(number, _content(self.source.lines[number - 1]).lstrip(" >"))
        match = _ATX.match(line.text)
        text = match.group(1) if match else ""
        column = line.column + (match.start(1) if match else 0)
        self.blocks.append(Block("heading", (TextLine(number, column, text),), level))

    def item(self, number: int, leader: str, buffer: Any, list_line: int, last: int) -> None:
        original = self.source.lines[number - 1]
        column = original.find(leader) + 1 if leader in original else 1
        first = self.walk_item(buffer)
        self.items.append(ListItem(number, column, leader, first, list_line, last))

    def walk_item(self, buffer: Any) -> Block | None:
        first: Block | None = None
        for position, (token_type, result, number) in enumerate(buffer):
            if position == 0 and token_type is ParagraphBlock:
                first = self.paragraph(number, result)
            else:
                self.walk([(token_type, result, number)])
        return first


# mistletoe decides blank lines, indentation and list markers with Python's Unicode-aware
# whitespace; cmark-gfm knows only ASCII whitespace there. Masking the other whitespace
# characters (one code point for one, so positions hold) makes mistletoe see what GitHub sees.
# every character str.isspace() accepts that cmark does not treat as whitespace
UNICODE_ONLY_SPACE = "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_UNICODE_SPACE = re.compile(f"[{UNICODE_ONLY_SPACE}]")


def _mask(line: str) -> str:
    return _UNICODE_SPACE.sub("\x00", line) if not line.isascii() else line


def _expand_leading_tabs(line: str) -> str:
    """Tabs among the leading spaces and ``>`` markers, expanded to CommonMark's tab stops of
    four columns; mistletoe would count a tab as four spaces wherever it stands."""
    if "\t" not in line:
        return line
    column = 0
    out: list[str] = []
    for index, char in enumerate(line):
        if char == "\t":
            width = 4 - column % 4
            out.append(" " * width)
            column += width
        elif char in " >":
            out.append(char)
            column += 1
        else:
            return "".join(out) + line[index:]
    return "".join(out)


def _locate(source: Source, masked: list[str], number: int, content: str) -> tuple[int, str, bool]:
    """Where mistletoe's ``content`` of line ``number`` starts in the source line, the source
    text from there, and whether the container prefix before it is exactly known."""
    original = source.lines[number - 1]
    seen = masked[number - 1]
    if seen.endswith(content):
        offset = len(seen) - len(content)
        return offset, original[offset:], True
    # a tab in the prefix was expanded for mistletoe: the text after its indentation is still
    # the end of the line, and everything before it (the tab included) stays as written
    tail = content.lstrip(" \t")
    if tail and seen.endswith(tail):
        offset = len(seen) - len(tail)
        return offset, original[offset:], True
    offset = max(0, len(seen) - len(content))
    return offset, original[offset:], False


def _row(source: Source, masked: list[str], number: int, stripped: str) -> Row:
    offset, text, exact = _locate(source, masked, number, _content(stripped))
    prefix = source.lines[number - 1][:offset] if exact else None
    # a lazy header keeps its indentation in cmark-gfm's paragraph, and so in its cells
    indent = 0 if isinstance(stripped, LazyLine) else len(text) - len(text.lstrip(" \t"))
    raw = text[indent:]
    return Row(number, offset + indent + 1, prefix, raw)


def _table(source: Source, masked: list[str], found: _TableLines) -> Table:
    rows = [
        _row(source, masked, found.start_line + index, line)
        for index, line in enumerate(found.lines)
    ]
    alignments = tuple(alignment(text) for text in rows[1].texts)
    return Table(rows[0], rows[1], alignments, tuple(rows[2:]))


def parse_document(source: Source) -> Document:
    """Every table of the document, in order, with cells and positions read from the raw lines."""
    masked = [_mask(line) for line in source.lines]
    seen = [_expand_leading_tabs(line) + "\n" for line in masked]
    with _our_block_tokens() as root:
        parsed = block_tokenizer.tokenize_block(seen, _TOKEN_TYPES)
        tables = tuple(_table(source, masked, found) for found in _walk_tables(parsed))
    walker = _Walker(source, masked)
    walker.walk(parsed)
    return Document(source, tables, dict(root.footnotes), tuple(walker.blocks), tuple(walker.items))
