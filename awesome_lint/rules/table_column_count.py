"""AL001 table-column-count: a row with fewer or more cells than its header."""

from __future__ import annotations

import re
from bisect import bisect
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from awesome_lint import lazy_re
from awesome_lint.document import Block, Document, Row, Table
from awesome_lint.entries import header_key
from awesome_lint.gfm import DELIMITER_ROW, TABLE_SPACE, cell_count
from awesome_lint.inline import links
from awesome_lint.rule import (
    Context,
    Edit,
    Finding,
    FixPolicy,
    FixSafety,
    Rule,
    Severity,
    shortened,
)
from awesome_lint.shapes import SHAPED, Shapes, broken_rows, cut_short, shifted_cell, split_link
from awesome_lint.urls import OWNER_HOSTS, host_of

# `[//]: # (note)`, `<!--tool-->`: a comment kept out of sight (a marker a list's own scripts
# read; `[//]: #08/26`, a row's date, and a bare `[//]:` left without one)
_COMMENT_CELL = lazy_re.compile(r"^(?:\[//\]:\s*(?:#|$)|<!--(?:(?!-->).)*-->\s*$)")


def _hides_content(row: Row, width: int) -> bool:
    """Whether the cells beyond the header hold anything: an empty trailing cell (`| a | |`)
    or a comment cell (`[//]: # …`, `<!--tool-->`) hides nothing a reader would miss."""
    return any(cell.text and not _COMMENT_CELL.match(cell.text) for cell in row.cells[width:])


# a cell of a line drawn across a table: dashes, colons or rules alone
_DRAWN = lazy_re.compile(r"[-:=—–_\s]+")


def _drawn(row: Row) -> bool:
    """Whether a row is a line drawn across the table (`-- | -- | -- | -- | --` between two
    years' papers): every cell dashes alone, its count of them no content."""
    return all(not text or _DRAWN.fullmatch(text) for text in row.texts) and any(row.texts)


_FEW_ROWS = 3  # rows of a list written off its way that are a few slips whatever its size
_FEW_SHARE = 40  # or at most one of its rows in this many (a long list's five stray `|`)


def _few(found: int, document: Document) -> bool:
    """Whether ``found`` rows of a list are few: three at most, or one of its rows in forty. A
    list that writes many rows so (public-apis' 81 of 1,600 ending on an empty cell) writes its
    tables that way."""
    if found <= _FEW_ROWS:
        return True
    return found * _FEW_SHARE <= sum(len(table.body) for table in document.tables)


def _stray_rows(document: Document) -> frozenset[int]:
    """The rows with empty cells beyond their header's (`| a | b | |`), where the list writes
    few (three at most, or one of its rows in forty): a stray `|`. A list that ends many rows
    so (public-apis' 81 of 1,600) writes its tables that way, and so does a table that ends
    most of its rows so: neither is told."""
    found = [
        (table, row)
        for table in document.tables
        for row in table.body
        if len(row.texts) > table.width and not _hides_content(row, table.width) and not _drawn(row)
    ]
    if not found or not _few(len(found), document):
        return frozenset()  # most lists: no such row, their tables' rows not counted
    mine = Counter(table.line for table, _ in found)
    return frozenset(
        row.line
        for table, row in found
        if mine[table.line] == 1 or mine[table.line] * 2 <= len(table.body)
    )


def _shifted(table: Table, row: Row, shapes: Shapes, width: int) -> Finding | None:
    """A short row one of whose cells shows under another column than the one its full rows
    write such cells in (a column added to the header, the rows never given its cell: a
    `<sub>MTEB</sub>` dataset under `Base`)."""
    found = shifted_cell(row, shapes)
    if found is None:
        return None
    shown, belongs = found
    count = len(row.texts)
    headers = table.header.texts
    which = "its last" if shown == count - 1 else f"its cell {shown + 1}"
    writer = (
        "the list's tables of like headers write"
        if shapes.cousins
        else "the list's tables of this header write"
        if shapes.pooled
        else "the table writes"
    )
    return Finding(
        row.line,
        row.cells[shown].column,
        f"row has {count} of the header's {width} cells: {which}, written as {writer} "
        f"`{headers[belongs]}`, shows under `{headers[shown]}`; a cell is missing before it",
    )


# a delimiter row of two cells or more (`|---|:-:|`), written where a table would start
def _delimits(text: str) -> bool:
    """Whether a line is a delimiter row as cmark-gfm scans one, from its first non-space."""
    return DELIMITER_ROW.fullmatch(text.lstrip(TABLE_SPACE)) is not None


def _unrendered(document: Document) -> Iterator[Finding]:
    """A delimiter row of another count of cells than the header above it (a year added to the
    header and not to the row under it): GitHub shows no table there, only the lines as text
    (a paragraph's lines: a table is a block of its own, a code block none)."""
    for block in document.blocks:
        if block.kind != "paragraph" or len(block.lines) < 2 or "|" not in block.text:
            continue
        for above, part in pairwise(block.lines):
            if "|" not in above.text or "|" not in part.text or not _delimits(part.text):
                continue
            if _delimits(above.text):
                continue
            written, delimited = cell_count(above.text), cell_count(part.text)
            if written >= 2 and delimited >= 2 and written != delimited:
                yield Finding(
                    part.line,
                    1,
                    f"the delimiter row has {delimited} cells but the header above it "
                    f"{written}: GitHub shows these lines as text, not a table",
                )


def _split_by_a_return(document: Document) -> Iterator[Finding]:
    """A table row split by a carriage return alone inside it (`| pwsh\r |`, an editor's stray
    `\r` in a file of `\n` endings): GitHub ends a line at a lone `\r` as at `\n`, the row
    stops there, and the rest of it (` |`) is no row: the table ends, and its rows after it
    show as a paragraph of text. Each such row is told, in the table or in the text its first
    one made of the table's rest. Not in a file of `\r` endings: it is written so."""
    source = document.source
    endings = source.endings
    if "\r" not in endings or source.newline == "\r":
        return  # most files: no line ends with a lone return
    after = {block.line: block for block in document.blocks if block.kind == "paragraph"}
    for table in document.tables:
        rest = after.get(table.end_line + 1)
        rows = [row.line for row in table.body[: table.taken_in]]
        rows += [part.line for part in rest.lines] if rest is not None else []
        for line in rows:
            text = source.lines[line - 1].lstrip()
            if endings[line - 1] != "\r" or not text.startswith("|") or line >= len(endings):
                continue
            shown = (
                f"ends the table there and shows the {len(rest.lines)} lines after it as text"
                if rest is not None and line == table.end_line
                else "ends the row there, and the table with it"
            )
            yield Finding(
                line + 1,
                1,
                f"a carriage return alone ends line {line} inside its row: GitHub {shown} "
                "(remove the stray return)",
                related=((line, 1),),
            )


_ORPHANS = 2  # lines written as the table's rows, at least, in the text after it


def _ended_by_a_blank(document: Document) -> dict[int, int]:
    """The last rows of tables a blank line inside them ended (a description broken over a
    blank line): the row is short, and the paragraph after the blank goes on in the table's
    rows, two or more of its lines of the header's cells, which GitHub shows as text. Each
    such row's line, with how many rows after it are shown so."""
    found: dict[int, int] = {}
    after: dict[int, Block] | None = None  # paragraphs by line, read where a table ends short
    for table in document.tables:
        last = table.body[-1] if table.body else None
        if last is None or len(last.texts) >= table.width:
            continue
        if after is None:
            after = {block.line: block for block in document.blocks if block.kind == "paragraph"}
        block = after.get(last.line + 2)
        if block is None:
            continue
        rows = sum(
            1
            for part in block.lines
            if part.text.lstrip().startswith("|") and cell_count(part.text) == table.width
        )
        if rows >= _ORPHANS and rows * 2 >= len(block.lines):
            found[last.line] = rows
    return found


_SHORT_IN_TABLE = 10  # and at most one row in this many of their table
_SHORT_TABLE = 5  # rows of a table, at least, for one short row of it to be off its way
# a header cell that is no column's name but a cell of a grid (`:bowtie: `:bowtie:``)
_GRID_CELL = lazy_re.compile(r"`|\]\(|<img|:[a-z0-9_+-]+:", re.IGNORECASE)
_PICTURES = 0.8  # of a column's filled cells that are pictures (badges), for it to be theirs
_HEADER_SAID = 40  # characters of a header a message quotes, at most


def _grid_end(table: Table, row: Row) -> bool:
    """Whether a row is the last of a grid, a table whose header's cells are cells like its
    rows' (avatars of contributors, emoji three to a row): its last row ends where the grid's
    cells run out, a few short of the others."""
    return row is table.body[-1] and all(_GRID_CELL.search(text) for text in table.header.texts)


def _pictures(table: Table, column: int) -> bool:
    """Whether a column's filled cells are pictures, most of them (a star badge per entry)."""
    texts = [texts[column] for texts in (row.texts for row in table.body) if column < len(texts)]
    filled = [text for text in texts if text]
    drawn = sum(1 for text in filled if text.startswith(("![", "[![", "<img", "<a")))
    return bool(filled) and drawn >= _PICTURES * len(filled)


# a column of a code host's counts (`Stars`, `⭐47`): an entry on no page of that host has none
_COUNTS = lazy_re.compile(r"(?i)(?<![a-z])(?:stars?|forks?|commits?)(?![a-z])|⭐|星标|星数")
_COUNT = lazy_re.compile(r"(?i)\s*⭐?\s*[\d.,]+\s*[km]?\s*⭐?\s*")  # `⭐47`, `1.2k`, `12,345`
_ONE_HOST = 0.9  # of the rows that fill such a column with a count, linking one host, at least


def _hosts(row: Row, document: Document) -> list[str]:
    """The hosts a row's links lead to (autolinks and HTML links too), its first link's first."""
    return [host_of(link.url) for text in row.texts for link in links(text, document.definitions)]


def _count_host(table: Table, column: int, document: Document) -> str:
    """The code host whose counts a column writes (GitHub's stars: a column headed so whose
    cells are counts, nine in ten of the rows that fill it linking GitHub first), or ""."""
    if not _COUNTS.search(table.header.texts[column]):
        return ""
    cells = [texts[column] for texts in (row.texts for row in table.body) if column < len(texts)]
    filled = [text for text in cells if text.strip()]
    if not filled or sum(1 for text in filled if _COUNT.fullmatch(text)) < _ONE_HOST * len(filled):
        return ""  # a column of stars of another kind (a film's actors, a rating drawn in ⭐)
    firsts = Counter(
        hosts[0]
        for other in table.body
        if column < len(other.texts) and other.texts[column] and (hosts := _hosts(other, document))
    )
    if not firsts:
        return ""
    host, count = firsts.most_common(1)[0]
    return host if host in OWNER_HOSTS and count >= _ONE_HOST * sum(firsts.values()) else ""


# a label of the rows below it: a first cell in bold whole, or ending with a colon or a mark
# pointing down (`**Others:**`, `未使用过的VPS厂家👇`)
_LABEL = lazy_re.compile(r"(?:\*\*|__)[^*_]+(?:\*\*|__)|.*[:：👇⬇↓]\W*")


_PIECE_VALUES = 2  # rows, at least, that write a one-cell row's value in another column


def _pieces(table: Table) -> dict[int, str]:
    """The rows of one cell whose value is another column's (written there in two rows or
    more, and in no other row's first cell), each with that column's header, that are a piece
    of a row: the tail of the row above, which stops short of that column (`| :white_check_mark:
    |` under a row broken over two lines), a mark of that column's (`| ✅ |`: no label's words),
    or a stray piece amid rows that all write that value (`| 2021 |` amid the prizes of 2021).
    Not a label of the rows below it, nor an entry whose name another column names (`| Debian
    |` among distributions `Based on` it)."""
    body = table.body
    if not any(len(row.texts) == 1 and row.texts[0] for row in body):
        return {}
    written = [Counter[str]() for _ in range(table.width)]
    for row in body:
        for column, text in enumerate(row.texts[: table.width]):
            if text:
                written[column][text] += 1
    entries = [index for index, row in enumerate(body) if len(row.texts) > 1]
    found: dict[int, str] = {}
    for index, row in enumerate(body):
        if len(row.texts) != 1 or not row.texts[0] or written[0][row.texts[0]] != 1:
            continue  # most rows; a value the first column writes again: a label, or a name
        value = row.texts[0]
        owner = next(
            (at for at in range(1, table.width) if written[at][value] >= _PIECE_VALUES), None
        )
        if owner is None:
            continue
        after = bisect(entries, index)
        above = body[entries[after - 1]] if after else None
        below = body[entries[after]] if after < len(entries) else None
        # a mark (`✅`) heads no rows, as a label's words do: a piece wherever it stands
        mark = not any(char.isalnum() for char in value)
        tail = mark or (above is not None and len(above.texts) <= owner)
        amid = (
            above is not None
            and below is not None
            and _cell_of(above, owner) == value == _cell_of(below, owner)
        )
        if tail or amid:
            found[row.line] = table.header.texts[owner]
    return found


def _cell_of(row: Row, column: int) -> str:
    """The text of a row's cell, empty where the row has none there."""
    return row.texts[column] if column < len(row.texts) else ""


def _label_alone(row: Row, document: Document) -> bool:
    """Whether a row writes its first cell alone, a label linking nothing (`| **Others:**| |
    |`): a label of the rows below it, as a heading would be, with no cells to forget (not a
    name in plain words, `| Acme Corp | | |`, a row that forgot its cells)."""
    first, *rest = row.texts
    first = first.strip()
    return (
        bool(first)
        and not any(text.strip() for text in rest)
        and _LABEL.fullmatch(first) is not None
        and not links(first, document.definitions)
    )


def _left_out(document: Document) -> dict[int, str]:
    """The short rows of a list that writes few (three, or one row in forty; one row in ten of
    their table at most, of five rows or more), each with the header of its first cell left
    out: a cell the other rows write, even empty (`| |`, `-`), that this one forgot, or a
    value it never gave. Not the last row of a grid (a header of cells like its rows': an emoji
    list three to a row), nor a row of a table without outer pipes that ends on a `|` (the
    writer's way of an empty last cell), nor a row whose cells left out are only pictures (a
    star badge, where the entry has no repository to draw one of)."""
    found = [
        (table, row)
        for table in document.tables
        for row in table.body
        if 1 < len(row.texts) < table.width and any(row.texts)
    ]
    if not found:
        return {}  # most lists: every row as wide as its header
    if not _few(len(found), document):
        return {}  # a list that writes many rows short writes them so
    left: dict[int, str] = {}
    mine = Counter(table.line for table, _ in found)
    pictures: dict[tuple[int, int], bool] = {}  # each column asked once, not once for each row
    counted: dict[tuple[int, int], str] = {}  # the code host whose counts a column writes, or ""
    for table, row in found:
        if len(table.body) < _SHORT_TABLE or mine[table.line] * _SHORT_IN_TABLE > len(table.body):
            continue
        if _grid_end(table, row):
            continue  # a grid's last row, a few cells short of the others
        written = row.raw.strip()
        if not written.startswith("|") and written.endswith("|"):
            continue  # `a | b | c |` without outer pipes: its last cell written empty
        if _label_alone(row, document):
            continue  # `| **Others:**| | |`: a label of the rows below it, no entry
        columns = range(len(row.texts), table.width)
        for column in columns:
            if (table.line, column) not in pictures:
                pictures[(table.line, column)] = _pictures(table, column)
        if all(pictures[(table.line, column)] for column in columns):
            continue  # no badge to draw: the entry has nothing there
        for column in columns:
            if (table.line, column) not in counted:
                counted[(table.line, column)] = _count_host(table, column, document)
        hosts = _hosts(row, document)
        if all(
            pictures[(table.line, column)] or counted[(table.line, column)] not in ("", *hosts)
            for column in columns
        ):
            continue  # no star to count: the entry is on no page of the host that counts them
        header = table.header.texts[len(row.texts)]
        left[row.line] = shortened(header, _HEADER_SAID)
    return left


_HABIT_ROWS = 3  # short rows of a table's kin, more, for short rows to be the list's way


class _Kin:
    """A table whose every row is short is told by how its kin, the list's tables of its header
    (``Analysis.catalogues``), write their full rows (a model family's table that leaves out its
    empty `TensorFlow` cell row after row, beside tables that write it). Their shapes are read
    once for each header, whichever of its tables asks."""

    def __init__(self, catalogues: dict[tuple[str, ...], list[Table]]) -> None:
        self._tables = catalogues
        self._shapes: dict[tuple[str, ...], Shapes] = {}
        # read where a header's tables are all short (``_cousins``)
        self._by_names: dict[frozenset[str], list[tuple[str, ...]]] | None = None
        self._by_fewer: dict[frozenset[str], list[tuple[str, ...]]] = {}

    def shapes(self, table: Table) -> Shapes:
        key = header_key(table)
        known = self._shapes.get(key)
        if known is None:
            # (where the header's tables are short too, its like headers')
            known = self._shapes[key] = Shapes(table, self._tables[key], lambda: self._cousins(key))
        return known

    def _cousins(self, key: tuple[str, ...]) -> Iterator[tuple[Table, tuple[int | None, ...]]]:
        """The list's tables of a header one column apart from ``key`` (a model family's table
        of `模型 | 版本 | 类型 | TensorFlow | …` beside those without `类型`), each with where
        it writes each column of ``key``, None for the one it lacks: their full rows tell how
        those columns are written."""
        names = frozenset(key)
        if len(names) != len(key):
            return  # a header that names a column twice: its columns not told apart by name
        if self._by_names is None:  # the headers by their names, and by each one less
            self._by_names, self._by_fewer = {}, {}
            for other in self._tables:
                named = frozenset(other)
                if len(named) == len(other):
                    self._by_names.setdefault(named, []).append(other)
                    for name in other:
                        self._by_fewer.setdefault(named - {name}, []).append(other)
        found = [*self._by_fewer.get(names, ())]  # headers of one more column
        for name in key:  # and of one fewer
            found += self._by_names.get(names - {name}, ())
        for other in found:
            where = tuple(other.index(name) if name in other else None for name in key)
            for table in self._tables[other]:
                yield table, where

    def short_by_habit(self, table: Table) -> bool:
        """Whether the table's kin write rows short as their way: more than three written rows
        of fewer cells than the header in the other tables of its header, a third of their rows
        at least (a list that pairs a Brazilian resource with an English one in each row, and
        writes 154 rows of one side alone across its tables of `Link | Idioma | Link |
        Idioma`): two such rows of one table are that way too, not rows cut short."""
        rows = [
            row
            for other in self._tables[header_key(table)]
            if other is not table
            for row in other.body
            if any(map(str.strip, row.texts))
        ]
        short = sum(1 for row in rows if len(row.texts) < table.width)
        return short > _HABIT_ROWS and short * 3 >= len(rows)


def check(document: Document, context: Context) -> Iterator[Finding]:
    yield from _unrendered(document)
    yield from _split_by_a_return(document)
    ended = _ended_by_a_blank(document)
    lines = document.source.lines
    short_rows = context.option(RULE, "short-rows")
    left = {} if short_rows else _left_out(document)  # `short-rows` tells every short row
    stray = _stray_rows(document)
    kin: _Kin | None = None  # read where a table has too few full rows of its own
    for table in document.tables:
        width = table.width
        shapes: Shapes | None = None  # read where a row is short
        cut: frozenset[int] | None = None  # the same
        habit: bool | None = None  # whether its kin write rows short, read where a row is cut
        pieces: dict[int, str] | None = None  # read where a row is of one cell
        broken = broken_rows(table)
        continued = set(broken.values())  # the lines broken rows go on on, told with them
        for row in table.body[: table.taken_in]:  # text taken in under it is AL003's
            count = len(row.texts)
            # the rest of a row broken over two lines: `fix` keeps both lines as written, so
            # pads neither (a padding a second run would add, where the first left it)
            padded = row.line not in continued
            if row.line in broken:
                yield Finding(
                    row.line,
                    row.column,
                    f"row has {count} of the header's {width} cells: it goes on on line "
                    f"{broken[row.line]}, which does not start with `|` and shows as a row of "
                    f"its own under `{table.header.texts[0]}` (write the row on one line, `<br>` "
                    "for a break)",
                )
                continue
            if row.line in ended:
                yield Finding(
                    row.line,
                    row.column,
                    f"row has {count} of the header's {width} cells: a blank line inside it "
                    f"ends the table, and GitHub shows the {ended[row.line]} rows after it as "
                    "text (write the cell on one line, or `<br>` for its break)",
                )
                continue
            if count < width and not short_rows:
                if shapes is None:
                    shapes = Shapes(table)
                    if shapes.rows < SHAPED:  # every row short, or all but one or two
                        if kin is None:
                            kin = _Kin(context.analysis.catalogues)
                        shapes = kin.shapes(table)
                shifted = _shifted(table, row, shapes, width)
                if shifted is not None:
                    yield shifted
                    continue
                if cut is None:
                    cut = cut_short(table)
                if count == 1 and pieces is None:
                    pieces = _pieces(table)
                if row.line in cut and not _grid_end(table, row):
                    if habit is None:
                        if kin is None:
                            kin = _Kin(context.analysis.catalogues)
                        habit = kin.short_by_habit(table)  # once for the table
                    if habit:
                        continue  # the list's tables of this header write rows short
                    yield _cut(table, row, _padding(table, row, lines[row.line - 1], padded))
                elif pieces and row.line in pieces:
                    yield Finding(
                        row.line,
                        row.column,
                        f"row has 1 of the header's {width} cells, `{row.texts[0]}`, a value of "
                        f"the `{pieces[row.line]}` column: a piece of a row broken off, no entry "
                        f"(GitHub shows it under `{table.header.texts[0]}`)",
                    )
                elif row.line in left:
                    yield Finding(
                        row.line,
                        row.column,
                        f"row has {count} of the header's {width} cells: its `{left[row.line]}` "
                        "cell is left out, where the table's other rows write theirs (GitHub "
                        "shows it empty)",
                        edits=_padding(table, row, lines[row.line - 1], padded),
                    )
            elif count < width and short_rows:
                yield Finding(
                    row.line,
                    row.column,
                    f"row has {count} of the header's {table.width} cells; "
                    f"GitHub shows the missing {table.width - count} empty",
                    edits=_padding(table, row, lines[row.line - 1], padded),
                )
            elif count > width and _drawn(row):
                continue  # a line drawn across the table hides dashes: nothing to miss
            elif count > width and _hides_content(row, width):
                extra = next(
                    cell
                    for cell in row.cells[table.width :]
                    if cell.text and not _COMMENT_CELL.match(cell.text)
                )
                split = split_link(row)
                yield Finding(
                    row.line,
                    extra.column,
                    f"row has {count} cells but the header has {table.width}; "
                    f"GitHub hides `{extra.text}`"
                    + (" and the rest" if extra is not row.cells[-1] else "")
                    + (
                        f": the `|` in the link's text `{split}` splits it (write `\\|`)"
                        if split
                        else ""
                    ),
                )
            elif count > width and row.line in stray:
                yield Finding(
                    row.line,
                    row.cells[width].column,
                    f"row has {count} cells but the header has {width}: a stray `|` adds an "
                    "empty cell, where the list's other rows have none",
                )


def _cut(table: Table, row: Row, edits: tuple[Edit, ...]) -> Finding:
    """A row cut short (``cut_short``): its missing cells shown empty, padded by `fix`
    (``edits``, from ``_padding``)."""
    count, width = len(row.texts), table.width
    return Finding(
        row.line,
        row.column,
        f"row has {count} of the header's {width} cells, where nearly every row of its table "
        f"writes them all: it was cut short (GitHub shows the missing {width - count} empty)",
        edits=edits,
    )


def _padding(table: Table, row: Row, line: str, padded: bool = True) -> tuple[Edit, ...]:
    """The edit that pads a short row with empty cells, where the table can be edited and the
    row may be padded (``padded``: not the line a row broken over two lines goes on on, which
    `fix` keeps as written)."""
    if not (padded and table.editable):
        return ()
    return (Edit(row.line - 1, row.line, (_padded(table, row, line),), RULE.code),)


def _padded(table: Table, row: Row, line: str) -> str:
    missing = table.width - len(row.texts)
    if not line.rstrip(" \t").endswith("|") or line.rstrip(" \t").endswith("\\|"):
        line = line.rstrip(" \t") + " |"
    return line.rstrip(" \t") + "  |" * missing


RULE = Rule(
    code="AL001",
    name="table-column-count",
    summary="A table row has fewer or more cells than its header",
    severity=Severity.ERROR,
    check=check,
    fix=FixPolicy(FixSafety.SAFE, automatic=True, order=1),  # after AL002's whole tables
    # short rows show their missing cells empty: `fix` pads them, `check` reports them only
    # when asked
    options={"short-rows": False},
)
