"""AL005 link-placement: a row that puts its link elsewhere than its table's link column, in a
table whose rows mix placements, or in a column of marks (✔/✘) where the other rows write one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from operator import itemgetter, methodcaller

from awesome_lint import lazy_re
from awesome_lint.analysis import Analysis
from awesome_lint.document import Cell, Document, Row, Table
from awesome_lint.entries import Columns, has_entry_link
from awesome_lint.inline import links, plain_text, whole_link
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.shapes import Shapes, shifted_cell, split_link
from awesome_lint.urls import host_of
from awesome_lint.values import is_none_mark, value_key

# a column of marks: a vocabulary of a few values (✔/✘, Yes/No, 免费/收费) that fills nearly
# every row of a table long enough to have a convention
_MARKS_MOST_VALUES = 5
_MARKS_MIN_SHARE = 0.8
_MARKS_MIN_ROWS = 10


# a row's placement's name and link answers (bools), counted by C calls: every row passes here
# (``only_column``'s rows link in the link column, not in the name: linked > named)
_NAMED, _LINKED = itemgetter(0), itemgetter(1)


def _placements(
    table: Table, name: int, link: int, analysis: Analysis
) -> list[tuple[bool, bool, bool]]:
    """For each body row: whether its name cell holds a link, whether its link cell does, and
    whether its link cell is empty (a badge or a placeholder such as `-` fills it)."""
    empty = [link >= len(texts) or not texts[link] for texts in _texts(table)]
    return list(
        zip(
            analysis.entry_links(table, name), analysis.entry_links(table, link), empty, strict=True
        )
    )


def _texts(table: Table) -> list[tuple[str, ...]]:
    return [row.texts for row in table.body]


def _marks(
    table: Table, column: int, definitions: Mapping[str, tuple[str, str]]
) -> tuple[list[str], list[Row]]:
    """The column's vocabulary of marks, most written first, and the rows whose cell holds a
    link instead, where it is a column of marks; else nothing."""
    counted: Counter[str] = Counter()
    first: dict[str, str] = {}
    linked: list[Row] = []
    for row in table.body:
        cell = row.cell(column)
        if cell is None or not cell.text:
            continue
        key = value_key(cell.text)
        if key in counted:
            counted[key] += 1
        elif has_entry_link(cell, definitions):  # a cell first seen: a link, or a new value
            if whole_link(cell.text) is not None:
                linked.append(row)  # the cell a link, as the mark it holds (`[✔](…)`); a link
                # a remark mentions among its words (`**Yes** (skills, [clawhub](…))`) is no
                # row's link put there
        elif key and whole_link(cell.text) is None:  # a link to nothing (`[hf datasets]()`)
            # is a placeholder of a link, no mark
            if len(counted) == _MARKS_MOST_VALUES:
                return [], []  # free text, not a vocabulary
            counted[key] = 1
            first[key] = cell.text.strip()
    marked = sum(counted.values())
    if len(counted) < 2 or marked < _MARKS_MIN_ROWS or marked < _MARKS_MIN_SHARE * len(table.body):
        return [], []
    if all(is_none_mark(text) for text in first.values()):
        return [], []  # a column of links whose other rows have none (`——`, `-`): no marks
    return [first[key] for key, _ in counted.most_common()], linked


def _links_among_marks(
    table: Table, columns: Columns, definitions: Mapping[str, tuple[str, str]]
) -> Iterator[tuple[Row, int, str]]:
    """Rows whose only link sits in a column of marks (`官网`: ✔/✘) instead of their name or
    link cell: the row, the column and what the other rows write there."""
    others = {columns.name, columns.description, columns.license, columns.link}
    for column in range(table.width):
        if column in others:
            continue
        marks, linked = _marks(table, column, definitions)
        if not marks:
            continue
        written = "/".join(f"`{mark}`" for mark in marks)
        keys = {value_key(mark) for mark in marks}
        for row in linked:
            name = row.cell(columns.name)
            if name is not None and name.text and links(name.text, definitions):
                continue  # a name linked, if only to its details on the page (`[CKAN](#ckan)`)
            if _cites_a_mark(row.cell(column), keys):
                continue  # `[✓](…/whatsapps-desktop-app)`: a mark with its evidence, no link
                # of the row's put there
            if not has_entry_link(row.cell(columns.link), definitions):
                yield row, column, written


def _cites_a_mark(cell: Cell | None, keys: set[str]) -> bool:
    """Whether a cell is a link whose text is one of its column's marks (`[✓](…)` among `✓`
    and `✗`): the mark, cited."""
    link = whole_link(cell.text) if cell is not None else None
    return link is not None and value_key(link.text) in keys - {""}


def _linked_cells(
    row: Row, skipped: tuple[int, ...], definitions: Mapping[str, tuple[str, str]], width: int
) -> list[int]:
    """The columns of a row's cells, but ``skipped``, that hold an entry's link: the table's
    columns only (a cell beyond the header's is hidden, AL001's business: `| Sanar|Med | url |`)."""
    return [
        index
        for index in range(min(len(row.cells), width))
        if index not in skipped and has_entry_link(row.cell(index), definitions)
    ]


_LINK_COLUMN_SHARE = 0.8  # the link column holds the links of nearly every row
_EMPTY_TARGET = lazy_re.compile(r"\]\(\s*\)")  # a link written with no address: `[Title]()`
_MARKED_ALONE = 1  # rows of a table, at most, that link their name and say none beside it


def _links_elsewhere(table: Table, columns: Columns, analysis: Analysis) -> Iterator[Finding]:
    """Rows whose link cell holds text and no link, or nothing, while the description cell holds
    their only link, in a table whose link column holds the links of nearly every row (the two
    cells swapped: `| BigCode | Open collaboration … | https://huggingface.co/bigcode |`; the
    links written into the description: `| 虚拟键盘 | CSK |  | - [设计制作-上](…) |`)."""
    definitions = analysis.document.definitions
    named = analysis.entry_links(table, columns.name)
    written = [
        (row, in_column, is_named)
        for row, in_column, is_named in zip(
            table.body, analysis.entry_links(table, columns.link), named, strict=True
        )
        if any(row.texts)
    ]
    linked = sum(map(_LINKED, written))
    if len(written) < _MARKS_MIN_ROWS or linked < _LINK_COLUMN_SHARE * len(written):
        return
    header = table.header.texts[columns.link]
    where = table.header.texts[columns.description] if columns.description >= 0 else ""
    for row, in_column, is_named in written:
        if in_column or is_named:
            continue  # most rows: their link cell is not read
        cell = row.cell(columns.link)
        if cell is not None and is_none_mark(cell.text):
            continue  # `-`, `N/A`: no link, on purpose
        if cell is not None and _EMPTY_TARGET.search(cell.text):
            continue  # `[Title]()`: its link is in its place, its address left out (AL104's)
        elsewhere = _linked_cells(row, (columns.link, columns.name), definitions, table.width)
        if elsewhere == [columns.description]:
            held = "holds text" if cell is not None and cell.text else "is empty"
            yield Finding(
                row.line,
                row.column_of(elsewhere[0]),
                f"the link is in the `{where}` cell and the `{header}` cell {held}; "
                f"{linked} of the table's {len(written)} rows put their link in `{header}`",
            )


_LABEL_SHARE = 0.8  # of a table's rows whose cell of a column links under one label, at least


# a cell's link label at its start, before a target that is not empty: `[Documentation](…`
_LABELLED = lazy_re.compile(r"\[([^\[\]]{1,60})\]\((?!\s*\))")
_LABEL_SAMPLE = 20  # cells read first: a column of names tells itself in them
_LINK_START = methodcaller("startswith", "[")  # whether a cell starts with a link, at C speed


def _label_key(text: str) -> str:
    """A link's label as labels are compared: its words, case-folded (`GitHub` and `github`)."""
    return " ".join(text.split()).casefold()


def _label_of(texts: list[tuple[str, ...]], column: int) -> tuple[str, int] | None:
    """The one label a column's links go by in nearly every row (`[Documentation](…)` in 64
    rows of 70), case-folded, and how many of its cells start with a link; None for a column
    of other links."""
    sample = [cells[column] for cells in texts[:_LABEL_SAMPLE] if column < len(cells)]
    first = Counter(found.group(1) for text in sample if (found := _LABELLED.match(text)))
    if not first or first.most_common(1)[0][1] * 2 < len(sample):
        return None  # most columns: not links, or names (one label each), told by the first rows
    written = [cells[column] for cells in texts if column < len(cells)]
    least = _LABEL_SHARE * len(texts)
    held = sum(map(_LINK_START, written))
    if held < least:
        return None
    # the sample's commonest label, by its spellings there (`GitHub`, `github`), counted in
    # the whole column at C speed: most columns of one label are told so
    counted: Counter[str] = Counter()
    for raw, count in first.items():
        counted[_label_key(raw)] += count
    sampled = counted.most_common(1)[0][0]
    spellings = [raw for raw in first if _label_key(raw) == sampled]
    told = sum(sum(map(methodcaller("startswith", f"[{raw}]("), written)) for raw in spellings)
    if sampled and told >= least:
        return sampled, held
    if told * 2 < least:
        return None  # the label of a few rows, however else it is spelt further down
    labels = Counter(
        _label_key(found.group(1)) for text in written if (found := _LABELLED.match(text))
    )
    label, count = labels.most_common(1)[0]
    return (label, held) if label and count >= least else None


def _labels_too(
    texts: list[tuple[str, ...]],
    column: int,
    label: str,
    definitions: Mapping[str, tuple[str, str]],
) -> bool:
    """Whether a column links under a label in two rows or more: its own way too (`[link](…)`
    under both `Paper` and `Code`), not a link strayed into it."""
    count = 0
    for cells in texts:
        text = cells[column] if column < len(cells) else ""
        if "](" in text and any(
            _label_key(link.text) == label for link in links(text, definitions)
        ):
            count += 1
            if count >= 2:
                return True
    return False


def _labelled_elsewhere(
    table: Table, definitions: Mapping[str, tuple[str, str]]
) -> Iterator[Finding]:
    """A row whose link of a column's one label (`[Documentation](…)`) is in another cell, while
    its own cell of that column links nothing (`-`): the link put in the wrong column."""
    texts = [row.texts for row in table.body]
    if len(texts) < _MARKS_MIN_ROWS:
        return
    shapes: Shapes | None = None  # read where a short row holds a stray link
    for column in range(table.width):
        found = _label_of(texts, column)
        if found is None:
            continue
        label, held = found
        header = table.header.texts[column]
        for row, cells in zip(table.body, texts, strict=True):
            own = cells[column] if column < len(cells) else ""
            if "](" in own or "://" in own:
                continue  # a link written there (one of no target is AL104's)
            for other, text in enumerate(cells[: table.width]):
                if other == column or "](" not in text or label not in text.casefold():
                    continue
                strayed = next(
                    (
                        link
                        for link in links(text, definitions)
                        if _label_key(link.text) == label and link.url.strip()
                    ),
                    None,
                )
                if strayed is not None and not _labels_too(texts, other, label, definitions):
                    if len(cells) < table.width:
                        if shapes is None:
                            shapes = Shapes(table)
                        if shifted_cell(row, shapes) is not None:
                            break  # a cell missing before the link, shifted into its place:
                            # AL001's finding
                    yield Finding(
                        row.line,
                        row.column_of(other),
                        f"the `{strayed.text.strip()}` link is in the "
                        f"`{table.header.texts[other]}` cell, and the `{header}` cell has none; "
                        f"{held} of the table's {len(texts)} rows put it there",
                    )
                    break


# a column of code (`Code`, `代码`, `GitHub`), and one of papers or titles beside it
_CODE_HEADER = lazy_re.compile(r"(?i)\bcodes?\b|代码|源码|\bgithub\b|\brepo(?:sitory)?\b")
_PAPER_HEADER = lazy_re.compile(r"(?i)\bpapers?\b|\btitles?\b|论文|标题|文章")
# a repository's own page on a code host: `github.com/owner/name`, its tree or a folder of it
_REPOSITORY_PAGE = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(?:github\.com|gitlab\.com)/[\w.-]+/[\w.-]+/?(?:tree/.*)?(?:#.*)?"
)
_PAPER_LINKS = 3  # links of the papers' column, at least, most of them to another site than code
_PAPER_TABLE = 5  # rows of a table, at least, for its papers' links to tell a way


def _code_in_papers(table: Table, definitions: Mapping[str, tuple[str, str]]) -> Iterator[Finding]:
    """A row whose cell of papers (`Paper`, `Title`) links a repository's page, while its cell
    of code (`Code`) is a link left without its address (`[Code]()`), in a table whose papers'
    column links other sites (arXiv) in most rows, three times as many: the code's link put in
    the papers' column (`| WaveRNN | [[Paper]](https://github.com/fatchord/WaveRNN/) |
    [[Code]]() |`). A cell of code left empty says there is none (a paper list's own list of
    lists, a repository as its paper), not one put astray."""
    headers = [plain_text(text) for text in table.header.texts]
    code = next((at for at, text in enumerate(headers) if _CODE_HEADER.search(text)), -1)
    paper = next((at for at, text in enumerate(headers) if _PAPER_HEADER.search(text)), -1)
    if code < 0 or paper < 0 or code == paper or len(table.body) < _PAPER_TABLE:
        return
    found: list[tuple[Row, str, str]] = []
    elsewhere = 0
    for row in table.body:
        if paper >= len(row.texts) or "](" not in row.texts[paper]:
            continue
        targets = [link.url.strip() for link in links(row.texts[paper], definitions)]
        targets = [url for url in targets if url]
        if not targets:
            continue
        if len(targets) == 1 and _REPOSITORY_PAGE.fullmatch(targets[0]):
            own = row.texts[code] if code < len(row.texts) else ""
            if _EMPTY_TARGET.search(own) and "://" not in own:
                found.append((row, targets[0], own))  # `[Code]()`: the link meant for it
        elif not any(_REPOSITORY_PAGE.match(url) for url in targets):
            elsewhere += 1
    if elsewhere < _PAPER_LINKS or len(found) * 3 > elsewhere:
        return
    for row, target, own in found:
        yield Finding(
            row.line,
            row.column_of(paper),
            f"the `{headers[paper]}` cell links the repository `{target}` and the "
            f"`{headers[code]}` cell is `{own.strip()}`, a link with no address; {elsewhere} "
            f"other rows link their `{headers[paper]}` elsewhere than a repository",
        )


_NAMES_LINKED_SHARE = 0.9  # of a table's rows that link their name: the table's convention
# a cell that points at another row or section instead of naming an entry
_SEE_ALSO = lazy_re.compile(r"\s*(?:see\b|cf\.|参见|详见|见)", re.IGNORECASE)


def _links_every_row(table: Table, column: int, analysis: Analysis) -> bool:
    """Whether a column links (nearly) every row, those that link their name too (`题号`
    linking each problem's page): its link is its own, not a name's put there."""
    rows = [
        linked
        for row, linked in zip(table.body, analysis.entry_links(table, column), strict=True)
        if any(row.texts)
    ]
    return sum(rows) >= _NAMES_LINKED_SHARE * len(rows)


def _parts(row: Row, column: int, definitions: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a row's cell links two pages of the entry or more, to repositories of its parts
    (a keyboard's `[Case](…)` and `[PCB](…)`, its `[Left handed](…)` and `[Right handed](…)`):
    none of them is the one link its name would take."""
    cell = row.cell(column)
    found = links(cell.text, definitions) if cell is not None else []
    pages = {link.url for link in found if not link.image and not link.badge}
    return len(pages) >= 2


# an account's page: a handle's on a code host or a social site, no repository or post under it
_ACCOUNT = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com|x\.com|twitter\.com)/@?[\w.-]+/?"
)


def _credits_only(row: Row, column: int, definitions: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a row's cell links only people: accounts' pages, or links written as a handle
    (`@[delltom2000](https://github.com/delltom2000) 分享`): who shared or made the entry, not
    the entry's own link its name lacks (a mini-program has none)."""
    cell = row.cell(column)
    if cell is None:
        return False
    found = [link for link in links(cell.text, definitions) if not link.image and not link.badge]
    return bool(found) and all(
        _ACCOUNT.fullmatch(link.url) is not None or link.text.startswith("@") for link in found
    )


def _headed(
    row: Row, column: int, table: Table, definitions: Mapping[str, tuple[str, str]]
) -> bool:
    """Whether a row's cell links only under its column's header (`[Python](./src/python/…)`
    under `Python`, `[Go](…)` under `Go`: a table of algorithms and their implementation in
    each language): the column's own link, which the row's name would not take."""
    cell = row.cell(column)
    header = _label_key(plain_text(table.header.texts[column]))
    if cell is None or not header:
        return False
    found = [link for link in links(cell.text, definitions) if not link.image and not link.badge]
    return bool(found) and all(_label_key(link.text) == header for link in found)


def _name_left_unlinked(table: Table, columns: Columns, analysis: Analysis) -> Iterator[Finding]:
    """Rows that link another cell and not their name, in a table with no link column whose
    rows nearly all link their name (a job board's `| Databricks | … | [Software Engineer](…) |`
    among 244 linked company names)."""
    rows = [
        (row, is_named)
        for row, is_named in zip(table.body, analysis.entry_links(table, columns.name), strict=True)
        if any(row.texts)
    ]
    named = sum(is_named for _, is_named in rows)
    if len(rows) < _MARKS_MIN_ROWS or named < _NAMES_LINKED_SHARE * len(rows) or named == len(rows):
        return
    definitions = analysis.document.definitions
    header = table.header.texts[columns.name]
    for row, is_named in rows:
        if is_named:
            continue
        name = row.cell(columns.name)
        if name is None or not name.text or is_none_mark(name.text):
            continue  # no name to link (`-`: the entry has none in this catalogue)
        if _SEE_ALSO.match(name.text):
            continue  # `See Dotnet solutions`: the row points at another, nothing of its own
        if split_link(row):
            continue  # a `|` in the name's link text splits the row: AL001's finding
        written = whole_link(name.text)
        if written is not None and not written.url.strip():
            continue  # `[Title, 2010]()`: linked where the table links, to nothing (AL104's)
        elsewhere = _linked_cells(row, (columns.name,), definitions, table.width)
        if len(elsewhere) == 1 and _parts(row, elsewhere[0], definitions):
            continue  # `[Case](…) [PCB](…)`: an entry of parts, no one link to give its name
        if len(elsewhere) == 1 and _credits_only(row, elsewhere[0], definitions):
            continue  # `【@[delltom2000](https://github.com/delltom2000) 分享】`: who shared it
        if all(_headed(row, column, table, definitions) for column in elsewhere):
            continue  # `[Python](…)` under `Python`: an implementation the column links
        if elsewhere and not _links_every_row(table, elsewhere[0], analysis):
            yield Finding(
                row.line,
                row.column_of(columns.name),
                f"the `{header}` cell has no link and the row's link is in the "
                f"`{table.header.texts[elsewhere[0]]}` cell; {named} of the table's {len(rows)} "
                f"rows link their name",
            )


# a cell drawn in dashes (`---`, `:---:`), as a second header row of a table starts (`| --- |
# --- | X86 CPU | [NVIDIA Jetson](…) |`, a hardware matrix's install guides): no entry's name
_DRAWN = lazy_re.compile(r"\s*:?-{3,}:?\s*")


def check(document: Document, context: Context) -> Iterator[Finding]:
    drawn: set[int] | None = None  # read where a finding is made (most lists: none)
    for finding in _check(document, context):
        if drawn is None:
            drawn = {
                row.line
                for table in document.tables
                for row in table.body
                if row.texts and _DRAWN.fullmatch(row.texts[0])
            }
        if finding.line not in drawn:
            yield finding  # a second header row in the body links its columns' guides


def _check(document: Document, context: Context) -> Iterator[Finding]:
    index = context.analysis.entries
    minimum = context.option(RULE, "min-rows")
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is not None and columns.name >= 0:
            for row, column, written in _links_among_marks(table, columns, document.definitions):
                yield Finding(
                    row.line,
                    row.column_of(column),
                    f"the link is in the `{table.header.texts[column]}` cell, where the table's "
                    f"other rows write {written}; the name cell has none",
                )
        if columns is not None and columns.name >= 0 and columns.link < 0:
            yield from _name_left_unlinked(table, columns, context.analysis)
        yield from _labelled_elsewhere(table, document.definitions)
        yield from _code_in_papers(table, document.definitions)
        if columns is None or columns.link < 0 or columns.name < 0:
            continue
        yield from _links_elsewhere(table, columns, context.analysis)
        placements = _placements(table, columns.name, columns.link, context.analysis)
        in_column = sum(map(_LINKED, placements))
        # a row that links only there, beside a name it writes: a row of no name (a
        # repository's row, under a `Paper` it has none of) keeps no link from a name
        only_column = sum(
            linked and not named and bool(name.strip())
            for (named, linked, _), name in zip(
                placements, _column_texts(table, columns.name), strict=True
            )
        )
        # one convention for the whole table (a badge column, links only in names, links only
        # in the link column) is the table's own business: only a mix is reported, and only
        # rows that leave the link cell empty (`-`, `N/A`, `无` say "none" on purpose)
        # and only where the link column holds the entries' own links: some rows link only
        # there (a paper column beside linked dataset names is another resource)
        if in_column < minimum or only_column < minimum:
            continue
        if _other_resource(table, columns, placements, document.definitions):
            continue
        header = table.header.texts[columns.link]
        # a row that links its name and says "none" in the link column (`—`), where the table
        # links every other row there: one entry written off the table's way, not a habit
        marked = [
            named and not linked and not empty and is_none_mark(texts[columns.link])
            for (named, linked, empty), texts in zip(placements, _texts(table), strict=True)
        ]
        alone = sum(marked) <= _MARKED_ALONE and in_column >= _LINK_COLUMN_SHARE * len(table.body)
        for row, (named, _, empty), none in zip(table.body, placements, marked, strict=True):
            if named and (empty or (none and alone)):
                says = "is empty" if empty else f"says none (`{row.texts[columns.link]}`)"
                yield Finding(
                    row.line,
                    row.column_of(columns.link),
                    f"the link is in the name cell and the `{header}` cell {says}; "
                    f"{in_column} of the table's {len(table.body)} rows put their link there",
                )


def _column_texts(table: Table, column: int) -> list[str]:
    """Each body row's text in a column, "" where the row has no such cell."""
    return [texts[column] if column < len(texts) else "" for texts in _texts(table)]


def _other_resource(
    table: Table,
    columns: Columns,
    placements: list[tuple[bool, bool, bool]],
    definitions: Mapping[str, tuple[str, str]],
) -> bool:
    """Whether the link column holds another resource than the names link, where most rows
    that link both link two sites (a paper's page on its title, its code on GitHub under
    `Code`): a row that links its name and leaves the column empty has no such resource, no
    link put in the wrong cell."""
    both = apart = 0
    for row, (named, linked, _) in zip(table.body, placements, strict=True):
        if not (named and linked):
            continue
        name_links = links(row.texts[columns.name], definitions)
        column_links = links(row.texts[columns.link], definitions)
        if not (name_links and column_links):
            continue
        both += 1
        hosts = {host_of(link.url) for link in name_links}
        apart += all(host_of(link.url) not in hosts for link in column_links)
    return both >= _BOTH_ROWS and apart * 2 > both


_BOTH_ROWS = 3  # rows that link both their name and the link column, at least, to read them


RULE = Rule(
    code="AL005",
    name="link-placement",
    summary="A row puts its link elsewhere than the table's link column, in a table that mixes",
    severity=Severity.ERROR,
    check=check,
    options={"min-rows": 2},
)
