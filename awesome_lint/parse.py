"""A document's tables, paragraphs, headings and list items, where GitHub sees them.

``blocks`` finds the block structure line by line as cmark-gfm does; this module walks its tree
into the records of ``document``. Cells are read from the raw lines with ``gfm.split_row``.
"""

from __future__ import annotations

import re

from awesome_lint import lazy_re
from awesome_lint.blocks import FOOTNOTE_START, Node, parse_blocks, walk
from awesome_lint.document import Block, Document, ListItem, Row, Table, TextLine, new_row
from awesome_lint.gfm import alignment
from awesome_lint.source import Source

_ATX_OPENING = lazy_re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_LineEntry = tuple[int, int, int, bool]


class Rows:
    """The rows of one document's last parse, for the next parse of its next version (an
    editor's): a row written the same on the same line is the same record, with the cells and
    links it has already read. Only the latest parse's rows are kept."""

    def __init__(self) -> None:
        self._kept: dict[tuple[int, int, str], Row] = {}
        self._next: dict[tuple[int, int, str], Row] = {}

    def row(self, number: int, start: int, prefix_end: int, line: str) -> Row:
        key = (number, start, line)
        found = self._kept.get(key)
        if found is None or len(found.prefix or "") != prefix_end:
            found = new_row(number, start + 1, line[:prefix_end], line[start:])
        self._next[key] = found
        return found

    def settle(self) -> None:
        """The parse is over: its rows are the ones kept."""
        self._kept, self._next = self._next, {}


def _row(source: Source, entry: _LineEntry, rows: Rows | None) -> Row:
    number, start, prefix_end, _ = entry
    line = source.lines[number - 1]
    if rows is not None:
        return rows.row(number, start, prefix_end, line)
    return new_row(number, start + 1, line[:prefix_end], line[start:])


def _table(source: Source, node: Node, reuse: Rows | None) -> Table:
    if reuse is None:  # ``_row`` written out: every line of every table passes here
        lines = source.lines
        rows = [
            new_row(number, start + 1, lines[number - 1][:prefix_end], lines[number - 1][start:])
            for number, start, prefix_end, _ in node.lines
        ]
    else:
        rows = [_row(source, entry, reuse) for entry in node.lines]
    alignments = tuple(alignment(text) for text in rows[1].texts)
    return Table(rows[0], rows[1], alignments, tuple(rows[2:]))


def _text_lines(source: Source, entries: list[_LineEntry]) -> tuple[TextLine, ...]:
    return tuple(
        TextLine(number, start + 1, source.lines[number - 1][start:])
        for number, start, _, _ in entries
    )


def _atx_text(line: str, start: int) -> tuple[str, int] | None:
    """An ATX heading's text, between its opening `#`s and its optional closing sequence of
    `#`s after a space, and where it starts; None where no opening is there. Read by string
    methods: a pattern with a lazy text before optional spaces reads a long run of spaces again
    from each of its places."""
    opening = _ATX_OPENING.match(line, start)
    if opening is None:
        return None
    text = line[opening.end() :].rstrip(" \t")
    if text.endswith("#"):
        before = text.rstrip("#")
        if before[-1:] in (" ", "\t"):
            text = before.rstrip(" \t")  # a closing sequence after a space (`## Title ##`)
    return text, opening.end()


def _heading(source: Source, node: Node) -> Block:
    if node.marker == "setext":  # the paragraph's lines above the underline
        return Block("heading", _text_lines(source, node.lines), node.level)
    # ATX: the text between the opening and the optional closing sequence of #s
    found = _atx_text(source.lines[node.line - 1], node.marker_index)
    text = found[0] if found else ""
    column = (found[1] if found else node.marker_index) + 1
    return Block("heading", (TextLine(node.line, column, text),), node.level)


def _block(source: Source, node: Node) -> Block | None:
    if node.kind == "paragraph" and node.lines:
        return Block("paragraph", _text_lines(source, node.lines))
    if node.kind == "heading":
        return _heading(source, node)
    if node.kind == "html" and node.lines:
        return Block("html", _text_lines(source, node.lines))
    return None


def _item(source: Source, node: Node, list_line: int, last_line: int) -> ListItem:
    first = node.children[0] if node.children else None
    paragraph = _block(source, first) if first is not None and first.kind == "paragraph" else None
    return ListItem(node.line, node.marker_index + 1, node.marker, paragraph, list_line, last_line)


_FRONT_MATTER_LINES = 200  # lines a front matter may run to, at most


def front_matter_end(lines: tuple[str, ...]) -> int:
    """The line that closes a YAML front matter the document starts with (`---` first, `---`
    or `...` closing it), or 0: GitHub shows a front matter as a table of its keys, never as
    Markdown, so its `- sourcecode` lines are no list's items."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for number in range(2, min(len(lines), _FRONT_MATTER_LINES) + 1):
        if lines[number - 1].rstrip() in ("---", "..."):
            return number
    return 0


_FRONT_MATTER_KEY = lazy_re.compile(r"([A-Za-z_][\w-]*)\s*:")  # a key at a line's start, `tags:`


def front_matter_keys(lines: tuple[str, ...]) -> frozenset[str]:
    """The keys a document's front matter (``front_matter_end``) writes at its lines' start
    (`tags`, `emoji`; not a nested key's), none where it has no front matter."""
    end = front_matter_end(lines)
    if not end:
        return frozenset()
    return frozenset(
        found.group(1) for line in lines[1 : end - 1] if (found := _FRONT_MATTER_KEY.match(line))
    )


def parse_document(source: Source, rows: Rows | None = None) -> Document:
    """Every table of the document, in order, with cells and positions read from the raw lines,
    and the paragraphs, headings, HTML blocks and list items around them. ``rows``: the rows of
    the previous parse of this document, to reuse where unchanged."""
    parser = parse_blocks(source.lines)
    tables: list[Table] = []
    blocks: list[Block] = []
    items: list[ListItem] = []
    lists: dict[int, tuple[int, int]] = {}  # item id -> its list's first line, its last line
    front = front_matter_end(source.lines)
    in_notes: list[tuple[Node, int]] = []  # footnotes holding a table, with its place in tables
    for node in walk(parser.root):
        if node.line <= front and node.kind not in ("table", "list"):
            continue  # the front matter's keys, shown as a table of their own
        if node.kind == "table":
            note = _footnote_of(node)
            if note is not None:
                in_notes.append((note, len(tables)))
            tables.append(_table(source, node, rows))
        elif node.kind == "list":
            following = [item.line for item in node.children[1:]] + [node.last_line + 1]
            for item, next_line in zip(node.children, following, strict=True):
                lists[id(item)] = (node.children[0].line, min(item.last_line, next_line - 1))
        elif node.kind == "item":
            items.append(_item(source, node, *lists[id(node)]))
        elif (block := _block(source, node)) is not None:
            blocks.append(block)
    if rows is not None:
        rows.settle()
    if in_notes:
        shown = _notes_shown(source, tables, {note for note, _ in in_notes})
        hidden = {index for note, index in in_notes if note not in shown}
        tables = [table for index, table in enumerate(tables) if index not in hidden]
    return Document(source, tuple(tables), parser.definitions, tuple(blocks), tuple(items))


def _footnote_of(node: Node) -> Node | None:
    """The footnote definition a block is inside, if any."""
    parent = node.parent
    while parent is not None:
        if parent.kind == "footnote":
            return parent
        parent = parent.parent
    return None


def _notes_shown(source: Source, tables: list[Table], notes: set[Node]) -> set[Node]:
    """The footnote definitions (of ``notes``) GitHub shows: those referenced (`[^1]`) in the
    page, not only in cells beyond a table's header, which GitHub drops unread. An unreferenced
    definition is not shown, nor the table inside it."""
    hidden = "\n".join(
        cell.text for table in tables for row in table.body for cell in row.cells[table.width :]
    )
    text = source.text
    shown: set[Node] = set()
    for note in notes:
        label = FOOTNOTE_START.search(source.lines[note.line - 1])
        if label is None:
            shown.add(note)  # not read as expected: kept, as before
            continue
        reference = re.compile(rf"\[\^{re.escape(label.group(1))}\](?!:)", re.IGNORECASE)
        if len(reference.findall(text)) > len(reference.findall(hidden)):
            shown.add(note)
    return shown
