"""GitHub's block structure, found line by line the way cmark-gfm finds it.

A port of cmark-gfm's block phase (``src/blocks.c``) and of its table extension
(``extensions/table.c``): each line walks the chain of open blocks, opens new ones, then goes to
the innermost block, or continues a paragraph lazily. The walk is a loop over the open chain, so
time is linear in the input and no nesting depth can exhaust Python's stack. Only what
awesome-lint reads is kept: where each block is, its lines, and the raw lines of tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from awesome_lint import lazy_re
from awesome_lint.gfm import DELIMITER_ROW, TABLE_SPACE, cell_count

# a footnote definition's label: `[^` then no space, no bracket (`[^ a]:` is a link's)
_FOOTNOTE = lazy_re.compile(r"\[\^[^\s\[\]]+\]:")
# cmark-gfm's scan_footnote_definition: the block a footnote's definition opens (GitHub renders
# footnotes); its label (the group) may hold any character but `]`, a space, a tab, a line end
# or NUL
FOOTNOTE_START = lazy_re.compile(r"\[\^([^\] \t\r\n\x00]+)\]:[ \t]*")

TAB_STOP = 4
CODE_INDENT = 4
MAX_LIST_DEPTH = 100  # cmark-gfm opens no list deeper than this on one line
MAX_AUTOCOMPLETED_CELLS = 0x80000  # cmark-gfm ends a table that would pad more cells
MAX_COLUMNS = 0xFFFF  # a row of more cells is no row (cmark-gfm counts them in 16 bits)

# cmark's scanners (src/scanners.re); '...' there is ASCII case-insensitive, hence re.ASCII:
# with Unicode case folding, `ſ` would match `s` and `K` (Kelvin) would match `k`
_I = re.IGNORECASE | re.ASCII
_SPACECHAR = "[ \t\v\f\r\n]"
_ATX = lazy_re.compile(r"#{1,6}(?:[ \t]+|[\r\n])")
_OPEN_FENCE = lazy_re.compile(r"(?:`{3,}(?=[^`\r\n]*[\r\n])|~{3,}(?=[^\r\n]*[\r\n]))")
_CLOSE_FENCE = lazy_re.compile(r"(?:`{3,}|~{3,})(?=[ \t]*[\r\n])")
_SETEXT = lazy_re.compile(r"(=+|-+)[ \t]*[\r\n]")
_BLOCK_TAG = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd"
    "|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset"
    "|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav"
    "|noframes|ol|optgroup|option|p|param|section|source|title|summary|table|tbody|td|tfoot"
    "|th|thead|title|tr|track|ul"
)
_HTML_START = (
    (1, re.compile(f"<(?:script|pre|style|textarea)(?:{_SPACECHAR}|>)", _I)),
    (2, re.compile("<!--")),
    (3, re.compile(r"<\?")),
    (4, re.compile("<![A-Z]")),
    (5, re.compile(r"<!\[CDATA\[", _I)),
    (6, re.compile(f"</?(?:{_BLOCK_TAG})(?:{_SPACECHAR}|/?>)", _I)),
)
_ATTRIBUTE = (
    f"{_SPACECHAR}+[A-Za-z_:][A-Za-z0-9:._-]*"
    f"(?:{_SPACECHAR}*={_SPACECHAR}*"
    r"""(?:[^ \t\r\n\v\f"'=<>`\x00]+|'[^'\x00]*'|"[^"\x00]*"))?"""
)
# compiled on first use, by re's cache: only a line that starts with a tag no other kind takes
_HTML_START_7 = (
    f"<(?:[A-Za-z][A-Za-z0-9-]*(?:{_ATTRIBUTE})*{_SPACECHAR}*/?>"
    f"|/[A-Za-z][A-Za-z0-9-]*{_SPACECHAR}*>)[\t\n\f ]*[\r\n]"
)
_HTML_END = {
    1: re.compile("</(?:script|pre|style|textarea)>", _I),
    2: re.compile("-->"),
    3: re.compile(r"\?>"),
    4: re.compile(">"),
    5: re.compile(r"\]\]>"),
}
_CONTAINERS = frozenset({"document", "quote", "item", "footnote"})
_ACCEPTS_LINES = frozenset({"paragraph", "heading", "code"})
_STARTS = frozenset(">#`~<=-*_+0123456789[")
_SPACE = " \t\n\r"  # cmark_isspace: a list marker must be followed by one of these


class Node:
    """A block while the document is read: its kind, place, children and raw lines."""

    __slots__ = (
        "autocompleted",
        "children",
        "columns",
        "fence",
        "html_type",
        "kind",
        "last_line",
        "level",
        "line",
        "lines",
        "list_key",
        "marker",
        "marker_column",
        "marker_index",
        "open",
        "padding",
        "parent",
        "rows",
        "table_visited",
    )

    def __init__(self, kind: str, parent: Node | None, line: int) -> None:
        self.kind = kind
        self.parent = parent
        self.line = line
        self.last_line = line
        self.children: list[Node] = []
        self.open = True
        # paragraph, heading, html, table: (line, start, prefix end, lazy), start = where the
        # text cmark keeps starts in the line and prefix end = where the containers' prefix ends
        self.lines: list[tuple[int, int, int, bool]] = []
        self.level = 0
        self.html_type = 0
        self.fence: tuple[str, int, int] | None = None  # character, length, indentation
        self.list_key: tuple[str, str] = ("", "")  # bullet or delimiter character
        self.marker = ""
        self.marker_column = 0  # the marker's indentation in columns (cmark's marker_offset)
        self.marker_index = 0  # where the marker is written in the line
        self.padding = 0
        self.table_visited = False
        self.columns = 0
        self.rows = 0
        self.autocompleted = 0


class _Line:
    """cmark's per-line cursor: byte offset, virtual column (tabs to stops of four), the first
    non-space character after the offset, and whether a tab was only partly consumed."""

    __slots__ = (
        "blank",
        "column",
        "eol",
        "first_nonspace",
        "first_nonspace_column",
        "indent",
        "number",
        "offset",
        "partial_tab",
        "row_cells",
        "text",
        "thematic_kill",
    )

    def __init__(self, number: int, text: str) -> None:
        self.number = number
        # the line, its newline, and cmark's terminating NUL: scans stop there, never past
        self.text = text + "\n\x00"
        self.eol = len(text)  # where the newline is
        self.offset = 0
        self.column = 0
        self.first_nonspace = 0
        self.first_nonspace_column = 0
        self.indent = 0
        self.blank = False
        self.partial_tab = False
        self.thematic_kill = 0
        self.row_cells = -1  # the cells of the line as a table row, once counted

    def cells(self) -> int:
        """The line's cells as a table row, from its first non-space character on."""
        if self.row_cells < 0:
            self.row_cells = _cells(self.content())
        return self.row_cells

    def find_first_nonspace(self) -> None:
        text = self.text
        if self.first_nonspace <= self.offset:
            position = self.offset
            column = self.column
            to_tab = TAB_STOP - column % TAB_STOP
            while True:
                char = text[position]
                if char == " ":
                    position += 1
                    column += 1
                    to_tab -= 1
                    if to_tab == 0:
                        to_tab = TAB_STOP
                elif char == "\t":
                    position += 1
                    column += to_tab
                    to_tab = TAB_STOP
                else:
                    break
            self.first_nonspace = position
            self.first_nonspace_column = column
        self.indent = self.first_nonspace_column - self.column
        self.blank = text[self.first_nonspace] in "\r\n"

    def advance(self, count: int, columns: bool) -> None:
        text = self.text
        length = self.eol + 1
        if not columns and "\t" not in text[self.offset : self.offset + count]:
            count = min(count, length - self.offset)
            if count > 0:  # no tab on the way: one column per character
                self.offset += count
                self.column += count
                self.partial_tab = False
            return
        while count > 0 and self.offset < length:
            if text[self.offset] == "\t":
                to_tab = TAB_STOP - self.column % TAB_STOP
                if columns:
                    self.partial_tab = to_tab > count
                    step = min(count, to_tab)
                    self.column += step
                    self.offset += 0 if self.partial_tab else 1
                    count -= step
                else:
                    self.partial_tab = False
                    self.column += to_tab
                    self.offset += 1
                    count -= 1
            else:
                self.partial_tab = False
                self.offset += 1
                self.column += 1
                count -= 1

    def advance_to_end(self) -> None:
        self.advance(self.eol - self.offset, False)

    def content(self) -> str:
        """The line from its first non-space character on, without the newline."""
        return self.text[self.first_nonspace : self.eol]

    def prefix_end(self) -> int:
        """Where the matched containers' prefix ends; a partly consumed tab belongs to it."""
        return self.offset + 1 if self.partial_tab else self.offset


def _cells(text: str) -> int:
    """How many cells cmark-gfm's ``row_from_string`` finds in a line (0: no row at all)."""
    count = cell_count(text)
    return count if count <= MAX_COLUMNS else 0


def _can_contain(parent: Node, kind: str) -> bool:
    if parent.kind == "list":
        return kind == "item"
    return parent.kind in _CONTAINERS and kind != "item"


def _thematic_break(line: _Line, start: int) -> bool:
    text = line.text
    char = text[start]
    if char not in "*_-":
        line.thematic_kill = start
        return False
    count = 1
    position = start + 1
    while True:
        following = text[position]
        if following == char:
            count += 1
        elif following not in " \t":
            break
        position += 1
    if count >= 3 and following in "\r\n":
        return True
    line.thematic_kill = position
    return False


def _list_marker(text: str, start: int, interrupts: bool) -> tuple[int, tuple[str, str]] | None:
    """cmark's ``parse_list_marker``: the marker's length and its kind, or None."""
    char = text[start]
    position = start
    if char in "*-+":
        position += 1
        if text[position] not in _SPACE:
            return None
        if interrupts:
            after = position
            while text[after] in " \t":
                after += 1
            if text[after] == "\n":
                return None
        return position - start, ("bullet", char)
    if not char.isascii() or not char.isdigit():
        return None
    digits = 0
    number = 0
    while digits < 9 and text[position].isascii() and text[position].isdigit():
        number = number * 10 + ord(text[position]) - 48
        position += 1
        digits += 1
    if interrupts and number != 1:
        return None
    delimiter = text[position]
    if delimiter not in ".)":
        return None
    position += 1
    if text[position] not in _SPACE:
        return None
    if interrupts:
        after = position
        while text[after] in " \t":
            after += 1
        if text[after] in "\r\n":
            return None
    return position - start, ("ordered", delimiter)


def _html_start(text: str, start: int, in_paragraph: bool) -> int:
    for kind, pattern in _HTML_START:
        if pattern.match(text, start):
            return kind
    if not in_paragraph and re.compile(_HTML_START_7).match(text, start):
        return 7
    return 0


class BlockParser:
    """Feed lines (without their endings) in order, then ``finish`` for the document tree.
    ``definitions`` collects the link reference definitions, first one of a label wins."""

    def __init__(self) -> None:
        self.root = Node("document", None, 0)
        self.tip = self.root
        self.definitions: dict[str, tuple[str, str]] = {}
        self.sources: list[str] = []
        # blank lines already read under the present open blocks: the text, and where the
        # blocks' prefixes left the line (see ``_repeat_blank``)
        self._blanks: dict[str, tuple[Node, int, int]] = {}

    def finish(self) -> Node:
        while self.tip is not self.root:
            self.tip = self._finalize(self.tip)
        self._finalize(self.root)
        return self.root

    def feed(self, text: str) -> None:
        self.sources.append(text)
        if self._top_level_row(text) or self._repeat_blank(text):
            return
        line = _Line(len(self.sources), text)
        last_matched, all_matched = self._match_open_blocks(line)
        if last_matched is None:
            self._blanks.clear()
            return
        line.find_first_nonspace()
        blank = line.blank  # nothing left after the open blocks' prefixes
        container = self._open_new_blocks(line, last_matched, all_matched)
        self._add_text(line, container, last_matched)
        if blank and container is last_matched and self.tip is container:
            self._blanks[text] = (container, line.offset, line.prefix_end())
        else:
            self._blanks.clear()

    def feed_all(self, lines: Iterable[str]) -> None:
        """``feed`` each line in order: a row of a table of the document itself (``_top_level_row``)
        read in this loop, the others fed one by one (most lines of a list of tables are rows)."""
        sources = self.sources
        root = self.root
        blanks = self._blanks
        for text in lines:
            table = self.tip
            if (
                table.kind == "table"
                and table.parent is root
                and text.startswith("|")
                and table.autocompleted <= MAX_AUTOCOMPLETED_CELLS
            ):
                if "\\" in text:
                    cells = cell_count(text)
                else:  # ``cell_count`` of a line that starts with its pipe, written out
                    pipes = text.count("|")
                    cells = pipes if text[text.rfind("|") + 1 :].strip(TABLE_SPACE) else pipes - 1
                if cells and cells <= MAX_COLUMNS:
                    sources.append(text)
                    number = len(sources)
                    table.lines.append((number, 0, 0, False))
                    table.autocompleted += table.columns - min(cells, table.columns)
                    table.last_line = number
                    if blanks:
                        blanks.clear()
                    continue
            self.feed(text)

    def _top_level_row(self, text: str) -> bool:
        """Read a row of a table of the document itself, written from the line's start (most
        lines of a list of tables), in one step: the walk below would match the open table,
        find no block a `|` starts, and add the row to it, with no prefix to skip."""
        table = self.tip
        if (
            table.kind != "table"
            or table.parent is not self.root
            or not text.startswith("|")
            or table.autocompleted > MAX_AUTOCOMPLETED_CELLS
        ):
            return False
        cells = cell_count(text)  # ``_cells`` written out: every row of a table passes here
        if not cells or cells > MAX_COLUMNS:
            return False
        number = len(self.sources)
        table.lines.append((number, 0, 0, False))
        table.autocompleted += table.columns - min(cells, table.columns)
        table.last_line = number
        self._blanks.clear()
        return True

    def _repeat_blank(self, text: str) -> bool:
        """Read a blank line again as it was read before. Every open block lets a blank line
        through or closes, so under a deep chain of list items each blank line would walk the
        whole chain; read the same way under the same open blocks, it ends the same way."""
        seen = self._blanks.get(text)
        if seen is None or seen[0] is not self.tip:
            return False
        tip, offset, prefix_end = seen
        if tip.kind == "html":  # the one block that keeps blank lines as its own
            tip.lines.append((len(self.sources), offset, prefix_end, False))
            tip.last_line = len(self.sources)
        return True

    # -- the three steps of cmark's S_process_line

    def _match_open_blocks(self, line: _Line) -> tuple[Node | None, bool]:
        container = self.root
        while container.children and container.children[-1].open:
            container = container.children[-1]
            line.find_first_nonspace()
            kind = container.kind
            if kind == "quote":
                if not (line.indent <= 3 and line.text[line.first_nonspace] == ">"):
                    break
                line.advance(line.indent + 1, True)
                if line.text[line.offset] in " \t":
                    line.advance(1, True)
            elif kind == "item":
                if line.indent >= container.marker_column + container.padding:
                    line.advance(container.marker_column + container.padding, True)
                elif line.blank and container.children:
                    line.advance(line.first_nonspace - line.offset, False)
                else:
                    break
            elif kind == "code":
                if container.fence is None:
                    if line.indent >= CODE_INDENT:
                        line.advance(CODE_INDENT, True)
                    elif line.blank:
                        line.advance(line.first_nonspace - line.offset, False)
                    else:
                        break
                else:
                    char, length, indentation = container.fence
                    length = min(length, 255)
                    closing = 0
                    if line.indent <= 3 and line.text[line.first_nonspace] == char:
                        found = _CLOSE_FENCE.match(line.text, line.first_nonspace)
                        closing = found.end() - found.start() if found else 0
                    if closing >= length:
                        container.last_line = line.number
                        self.tip = self._finalize(container)
                        return None, False
                    skip = indentation
                    while skip > 0 and line.text[line.offset] in " \t":
                        line.advance(1, True)
                        skip -= 1
            elif kind == "footnote":
                # cmark-gfm's parse_footnote_definition_block_prefix: four columns, or a line
                # empty from its very start (a `>` line is not)
                if line.indent >= 4:
                    line.advance(4, True)
                elif line.text[0] != "\n" and not line.text.startswith("\r\n"):
                    break
            elif kind == "heading":
                break
            elif kind == "html":
                if container.html_type >= 6 and line.blank:
                    break
            elif kind == "paragraph":
                if line.blank:
                    break
            elif kind == "table" and not line.cells():
                break
        else:
            return container, True
        return container.parent, False

    def _open_new_blocks(self, line: _Line, container: Node, all_matched: bool) -> Node:
        maybe_lazy = self.tip.kind == "paragraph"
        depth = 0
        text = line.text
        while container.kind not in ("code", "html"):
            depth += 1
            line.find_first_nonspace()
            start = line.first_nonspace
            indented = line.indent >= CODE_INDENT
            char = text[start]
            kind = container.kind
            if char not in _STARTS and not indented:
                # a table takes the whole line, a paragraph takes it as text: either way, done
                container = self._try_table(line, container) or container
                break
            elif not indented and char == ">":
                line.advance(start + 1 - line.offset, False)
                if text[line.offset] in " \t":
                    line.advance(1, True)
                container = self._add_child(container, "quote", line.number)
            elif not indented and char == "#" and (atx := _ATX.match(text, start)):
                line.advance(atx.end() - line.offset, False)
                container = self._add_child(container, "heading", line.number)
                container.level = len(atx.group().rstrip(" \t\r\n"))
                container.marker, container.marker_index = "#", start
            elif not indented and char in "`~" and (fence := _OPEN_FENCE.match(text, start)):
                container = self._add_child(container, "code", line.number)
                container.fence = (char, fence.end() - start, start - line.offset)
                line.advance(fence.end() - line.offset, False)
            elif (
                not indented
                and char == "<"
                and (html := _html_start(text, start, kind == "paragraph"))
            ):
                container = self._add_child(container, "html", line.number)
                container.html_type = html
            elif (
                not indented
                and kind == "paragraph"
                and char in "=-"
                and (setext := _SETEXT.match(text, start))
            ):
                if self._resolve_definitions(container):
                    container.kind = "heading"
                    container.marker = "setext"
                    container.level = 1 if setext.group(1)[0] == "=" else 2
                    container.last_line = line.number
                    line.advance_to_end()
            elif (
                not indented
                and not (kind == "paragraph" and not all_matched)
                and line.thematic_kill <= start
                and _thematic_break(line, start)
            ):
                container = self._add_child(container, "thematic", line.number)
                line.advance_to_end()
            elif (
                not indented
                and char == "["
                and depth < MAX_LIST_DEPTH
                and (note := FOOTNOTE_START.match(text, start))
            ):
                line.advance(note.end() - line.offset, False)
                container = self._add_child(container, "footnote", line.number)
            elif (
                (not indented or kind == "list")
                and line.indent < 4
                and depth < MAX_LIST_DEPTH
                and (marker := _list_marker(text, start, kind == "paragraph"))
            ):
                container = self._open_item(line, container, *marker)
            elif indented and not maybe_lazy and not line.blank:
                line.advance(CODE_INDENT, True)
                container = self._add_child(container, "code", line.number)
            else:
                if not indented:
                    container = self._try_table(line, container) or container
                break
            if container.kind in _ACCEPTS_LINES:
                break
            maybe_lazy = False
        return container

    def _open_item(self, line: _Line, container: Node, length: int, key: tuple[str, str]) -> Node:
        start = line.first_nonspace
        marker = line.text[start : start + length]
        line.advance(start + length - line.offset, False)
        saved = (line.partial_tab, line.offset, line.column)
        while line.column - saved[2] <= 5 and line.text[line.offset] in " \t":
            line.advance(1, True)
        spaces = line.column - saved[2]
        if spaces >= 5 or spaces < 1 or line.text[line.offset] in "\r\n":
            padding = length + 1
            line.partial_tab, line.offset, line.column = saved
            if spaces > 0:
                line.advance(1, True)
        else:
            padding = length + spaces
        if container.kind != "list" or container.list_key != key:
            container = self._add_child(container, "list", line.number)
            container.list_key = key
        item = self._add_child(container, "item", line.number)
        item.list_key = key
        item.marker = marker
        item.marker_column = line.indent
        item.padding = padding
        item.marker_index = start
        return item

    def _add_text(self, line: _Line, container: Node, last_matched: Node) -> None:
        line.find_first_nonspace()
        tip = self.tip
        if (
            tip is not last_matched
            and container is last_matched
            and not line.blank
            and tip.kind == "paragraph"
        ):
            tip.lines.append((line.number, line.offset, line.prefix_end(), True))
            tip.last_line = line.number
            return
        while self.tip is not last_matched:
            self.tip = self._finalize(self.tip)
        kind = container.kind
        if kind == "code":
            if not line.blank:
                container.last_line = line.number
        elif kind == "html":
            container.lines.append((line.number, line.offset, line.prefix_end(), False))
            container.last_line = line.number
            end = _HTML_END.get(container.html_type)
            if end is not None and end.search(line.text, line.first_nonspace):
                container = self._finalize(container)
        elif line.blank:
            pass
        elif kind in _ACCEPTS_LINES:
            prefix_end = line.prefix_end()
            line.advance(line.first_nonspace - line.offset, False)
            container.lines.append((line.number, line.offset, prefix_end, False))
            container.last_line = line.number
        else:
            container = self._add_child(container, "paragraph", line.number)
            prefix_end = line.prefix_end()
            line.advance(line.first_nonspace - line.offset, False)
            container.lines.append((line.number, line.offset, prefix_end, False))
        self.tip = container

    # -- tables (extensions/table.c)

    def _try_table(self, line: _Line, container: Node) -> Node | None:
        if container.kind == "paragraph":
            return self._try_table_header(line, container)
        if container.kind == "table" and not line.blank:
            return self._try_table_row(line, container)
        return None

    def _try_table_header(self, line: _Line, paragraph: Node) -> Node:
        start = line.first_nonspace
        if paragraph.table_visited or not DELIMITER_ROW.fullmatch(line.text, start, line.eol):
            return paragraph
        columns = _cells(line.content())
        if not columns:
            return paragraph
        header = paragraph.lines[-1]
        if _cells(self._content(header)) != columns:
            paragraph.table_visited = True
            return paragraph
        if len(paragraph.lines) > 1:
            before = Node("paragraph", paragraph.parent, paragraph.line)
            before.lines = paragraph.lines[:-1]
            before.last_line = before.lines[-1][0]
            before.open = False
            siblings = paragraph.parent.children if paragraph.parent else []
            siblings.insert(len(siblings) - 1, before)
        paragraph.kind = "table"
        paragraph.line = header[0]
        paragraph.lines = [header, (line.number, start, line.prefix_end(), False)]
        paragraph.columns = columns
        paragraph.rows = 1
        paragraph.last_line = line.number
        line.advance_to_end()
        return paragraph

    def _try_table_row(self, line: _Line, table: Node) -> Node | None:
        if table.autocompleted > MAX_AUTOCOMPLETED_CELLS:
            return None
        start = line.first_nonspace
        cells = line.cells()
        if not cells:
            return None
        table.lines.append((line.number, start, line.prefix_end(), False))
        table.autocompleted += table.columns - min(cells, table.columns)
        table.last_line = line.number
        line.advance_to_end()
        return table

    # -- the tree

    def _add_child(self, parent: Node, kind: str, number: int) -> Node:
        while not _can_contain(parent, kind):
            parent = self._finalize(parent)
        child = Node(kind, parent, number)
        parent.children.append(child)
        return child

    def _finalize(self, node: Node) -> Node:
        node.open = False
        parent = node.parent
        if node.kind == "paragraph" and not self._resolve_definitions(node) and parent:
            if parent.children and parent.children[-1] is node:  # an open block is a last child
                parent.children.pop()
            return parent
        if parent is not None and node.last_line > parent.last_line:
            parent.last_line = node.last_line
        return parent if parent is not None else node

    def _content(self, entry: tuple[int, int, int, bool]) -> str:
        number, start, _, _ = entry
        return self.sources[number - 1][start:]

    def _resolve_definitions(self, paragraph: Node) -> bool:
        """Take link reference definitions off the paragraph's start (cmark does so when a
        paragraph ends or becomes a setext heading); whether any text remains."""
        lines = paragraph.lines
        if lines and self._content(lines[0]).startswith("["):
            # mistletoe only where a definition may be written: most paragraphs hold none
            from awesome_lint.markdown import block_token, normalize_label, span_token

            contents = [self._content(entry) for entry in lines]
            text = "\n".join(contents) + "\n"
            offset = 0
            while offset < len(text) and text[offset] == "[":
                found = block_token.Footnote.match_reference(text, offset)
                if found is None:
                    break
                if _FOOTNOTE.match(text, offset):
                    break  # a footnote's definition (GitHub renders footnotes), not a link's
                offset, (label, destination, title, *_) = found
                key = normalize_label(label)
                if key not in self.definitions:
                    self.definitions[key] = (
                        span_token.EscapeSequence.strip(destination.strip()),
                        span_token.EscapeSequence.strip(title),
                    )
            consumed = 0
            position = 0
            for content in contents:
                if position + len(content) + 1 > offset:
                    break
                position += len(content) + 1
                consumed += 1
            del lines[:consumed]
        return any(self._content(entry).strip(" \t") for entry in lines)


def walk(root: Node) -> Iterator[Node]:
    """Every block under ``root`` in document order, without recursion."""
    stack = list(reversed(root.children))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def parse_blocks(lines: tuple[str, ...] | list[str]) -> BlockParser:
    parser = BlockParser()
    parser.feed_all(lines)
    parser.finish()
    return parser
