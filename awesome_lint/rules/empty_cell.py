"""AL004 empty-cell: an empty cell in a column its table nearly always fills."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import zip_longest

from awesome_lint import lazy_re
from awesome_lint.badges import SOURCED, Definitions, badges_only, badges_site, links_site
from awesome_lint.document import Cell, Document, Row, Table
from awesome_lint.entries import Columns, has_entry_link, normalize_header, title_column
from awesome_lint.inline import InlineLink, links, plain_text
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.shapes import Shapes, cut_short, shifted_cell, sums
from awesome_lint.titles import coined, title_prefix
from awesome_lint.urls import PAPER_HOSTS, PREPRINT_HOSTS, host_of
from awesome_lint.values import (
    LABEL_ENDS,
    LETTER,
    NOTHING_SAID,
    PRESENTATION,
    count_none_marks,
    is_none_mark,
    result_columns,
    retired,
    says_nothing,
)

# remarks and tag columns are filled when there is something to remark or tag, not as a rule
_REMARKS = frozenset(
    {"说明", "备注", "注", "注释", "remarks", "remark", "notes", "note", "comment", "comments"}
)
_TAGS = frozenset({"keywords", "keyword", "tags", "tag", "标签", "关键词", "关键字"})
# a generated table's short header of its descriptions (`des`, a star tracker's)
_DESCRIBED_AS = frozenset({"des", "desc", "description", "descriptions"})
_MAINTAINERS = frozenset({"maintainer", "maintainers", "维护者", "维护人", "メンテナ"})
# a column of progress, whose empty cell says not done yet (`完成情况`, `Done`, `Solved`)
_PROGRESS = lazy_re.compile(
    r"完成|进度|進度|\b(?:progress|done|solved|completed?)\b", re.IGNORECASE
)
# of a table's rows that tag their entry, for its tags to be every entry's (1,461 blogs of 1,462)
_TAGGED = 0.95
# of a table's rows that write a remark, for its remarks column to be every row's description
# (`说明` filled in 19 of 20 rows, `Notes` in 150 of 151): sporadic remarks are never that many
# (a solution list's notes in 82 of 90 problems, an internship board's in 59 of 64 are)
_REMARKED = 0.95


# columns of what a work released, if anything: empty says "none" where no mark is written
_RELEASES = lazy_re.compile(
    r"\b(?:code|codes|demo|implementation|weights|checkpoints?|github|datasets?|"
    r"slides|supplementar(?:y|ies)|videos?)\b|代码|源码|在线|演示|体验|试用"
)


# a link written in a cell's source: inline (its text may hold one bracketed pair or an image:
# `[[Link]](…)`, `[![Stars](…)](…)`; spaces around its target, `[🎡脚本]( ./chat.py)`), by
# reference, HTML, or a bare address; and a line break between links (`[static.zip](…) </br>
# [onnx.zip](…)`), written any way GitHub takes it (each run of spaces read once, as a whole)
_LINK_WRITTEN = lazy_re.compile(
    r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\((?=(\s*))\1(?:[^()\s]+(?:\s+\"[^\"]*\")?|\"[^\"]*\")?"
    r"(?=(\s*))\2\)"
    r"|!?\[[^\[\]]*\]\[[^\[\]]*\]|<a\b[^>]*>.*?</a\s*>|<img\b[^>]*>|<?(?:https?://|www\.)[^\s<>]+>?"
    r"|</?br\s*/?>",
    re.IGNORECASE,
)
_LINKED = 0.9  # of a column's filled cells that are links alone, for it to be a column of links


def _link_alone(text: str, definitions: Definitions) -> bool:
    """Whether a cell is links alone (`[题解](…)`, `[Discussion](…) [2](…)`, a bare address),
    no badge: besides them, spaces, punctuation and symbols at most."""
    rest = _LINK_WRITTEN.sub("", text)
    if any(unicodedata.category(char)[0] not in "PZS" for char in rest):
        return False
    found = links(text, definitions)
    # a badge is drawn by a service for what an entry is on (its own judgment: ``_given_by``);
    # the list's own icons (`[![VK](img/favicons/vk.com.png)](…)`) only draw the links
    return bool(found) and (
        not any(link.image or link.badge for link in found) or _own_icons(found)
    )


def _own_icons(found: list[InlineLink]) -> bool:
    """Whether every picture among a cell's links is a file of the list's own (a relative
    path), as the parser read it."""
    sources = [link.url for link in found if link.image]
    return bool(sources) and all("://" not in source for source in sources)


def _words_alone(texts: Sequence[str]) -> bool:
    """Whether a column's filled cells are words of letters alone, nine in ten: no link, no
    mark, no figure (`Java`, `TypeScript`, `C#` under `Implementation Language`, a few
    linked: `[Go](https://golang.org/)`)."""
    filled = [text.strip() for text in texts if text.strip()]
    words = sum(1 for text in filled if _WORDS_ALONE.fullmatch(text))
    return words >= _WORDED * len(filled) > 0


_WORDED = 0.9  # of a column's filled cells that are words alone, for it to be one of words
_WORDS_ALONE = lazy_re.compile(r"[^\W\d_][\w#+.\-/ ,]*")


def _links_alone(texts: Sequence[str], definitions: Definitions) -> bool:
    """Whether a column is one of links to a resource each entry may have or not (a solution,
    a discussion, an article): nine of its filled cells in ten are links alone. An entry with
    no such resource has nothing to link; its empty cell says so."""
    alone = sum(1 for text in texts if _link_alone(text, definitions))
    return alone >= _LINKED * len(texts) > 0


def _resource_described(
    by_column: list[tuple[str, ...]], column: int, definitions: Definitions
) -> int:
    """The column of links whose resource a column tells of (`Size (static)` after `Static
    Models`): the column before it, of links alone (an empty cell says there is none), where no
    row fills this column without linking that one. A row with no resource has nothing to tell
    of it; -1 where the column tells of none."""
    if column == 0 or column >= len(by_column):
        return -1
    texts, resource = by_column[column], by_column[column - 1]
    if any(text and not linked for text, linked in zip(texts, resource, strict=True)):
        return -1
    if not _links_alone([text for text in resource if text], definitions):
        return -1
    return column - 1


def _is_empty(cell: Cell | None) -> bool:
    return cell is None or not cell.text or cell.text in NOTHING_SAID


def _says_nothing(cell: Cell | None, column: int) -> bool:
    """Whether a cell is empty or says nothing (``_nothing_in``)."""
    return cell is None or not cell.text or _nothing_in(cell.text, column)


def _nothing_in(text: str, column: int) -> bool:
    """Whether a cell's text of a column says nothing: a null, or, after the first column (whose
    `虫部落：` is a name written before a colon), labels alone (`소개 :`)."""
    return says_nothing(text) if column else text in NOTHING_SAID


@dataclass(frozen=True)
class _Column:
    """How a column's entry rows are written: with a value, with a mark of none, or empty."""

    rows: int
    filled: int
    marked: int
    texts: tuple[str, ...]  # the cells it fills, in order

    @property
    def empty(self) -> int:
        return self.rows - self.filled - self.marked


def _entry_rows(table: Table) -> list[Row]:
    """The body rows that hold an entry: a row with every cell empty, or marks alone
    (`|<=|||||=>|`), spaces the table out, and lines without a pipe under the last row are text
    the table took in (AL003's business: `***More to come***`). Rows of a backlog after the
    table's entries (``_backlog``) are none of its entries yet."""
    width = table.width
    body = table.body[: _backlog(table)]
    if body and _sub_header(table.header.texts, body[0]):
        body = body[1:]
    return [
        row
        for row in body
        if any(row.texts[:width])
        and (_WRITES.search(row.raw) or not _drawn(row.raw))
        and not _spacers(row)
        # a row of one cell linking nothing under three columns or more: a caption, a label
        # or a summary (`| **Average Findings Per Audit**<br>* Crit/High 2.96… |`), no entry
        and (len(row.texts) > 1 or width < _ONE_CELL_WIDTH or "://" in row.raw)
    ]


_ONE_CELL_WIDTH = 3  # columns of a table, at least, for a row of one cell to be no entry
_SPANNED = 2  # columns a header leaves unnamed, at least, under one it spans (`How →`)


def _sub_header(header: tuple[str, ...], first: Row) -> bool:
    """Whether a table's first row names the columns its header leaves unnamed (two or more,
    one run right after the header that spans them: `| Method | What | How → | | | Where |`
    above `| | | SFT | RL | STI | |`), leaving the first column empty, which the header names,
    and linking nothing: a second header row, no entry (round DM, a test-time-scaling paper
    table). A first entry whose name was forgotten links its page."""
    texts = first.texts
    unnamed = [index for index, text in enumerate(header) if not text.strip()]
    if len(unnamed) < _SPANNED or not header[0].strip() or texts[:1] != ("",):
        return False
    if unnamed != list(range(unnamed[0], unnamed[0] + len(unnamed))):
        return False  # unnamed columns here and there: no one header spans them
    if "](" in first.raw or "://" in first.raw:
        return False
    return all(index < len(texts) and texts[index].strip() for index in unnamed)


# an image of no picture that only sets a column's width (`<img width=80/>`)
_SPACER = lazy_re.compile(
    r"(?i)\s*<img(?:\s+(?:width|height)\s*=\s*[\"']?\d+(?:px|%)?[\"']?)+\s*/?>\s*"
)


_IMAGE_TAG = lazy_re.compile(r"<img", re.IGNORECASE)


def _spacers(row: Row) -> bool:
    """Whether a row sets the widths of the table's columns: each cell it fills is an image of
    no picture, a width alone (`| <img width=10> | <img width=80/> |   |`), or two of them are
    and it links nothing (`| Paper Nums: 30+ | <img width=90/> | | <img width=320/> |`)."""
    if "<" not in row.raw or _IMAGE_TAG.search(row.raw) is None:
        return False
    filled = [text for text in row.texts if text.strip()]
    spacers = sum(1 for text in filled if _SPACER.fullmatch(text))
    if spacers == len(filled):
        return spacers > 0
    return spacers >= 2 and "](" not in row.raw and "href" not in row.raw.lower()


_KEPT_ROWS = 10  # rows of entries, at least, above a backlog
_KEPT = 0.8  # of the rows above a backlog that fill a column it leaves empty
_BACKLOG_FILL = 0.5  # of the share of rows above that fill that column, at most, in a backlog


def _backlog(table: Table) -> int:
    """Where a backlog starts: after the first empty row of the body, rows that leave empty a
    column the rows above fill (four in five or more), filling it in less than half the share
    (projects parked under a table's entries, names alone, to be written up); the start of the
    rows the table took in where it has none."""
    end = table.taken_in
    width = table.width
    body = table.body[:end]
    for index, row in enumerate(body):
        if any(text.strip() for text in row.texts[:width]):
            continue
        above, below = body[:index], body[index + 1 :]
        if len(above) < _KEPT_ROWS or not below:
            return end
        for column in range(width):
            kept = _filled_share(above, column)
            if kept >= _KEPT and _filled_share(below, column) < _BACKLOG_FILL * kept:
                return index
        return end
    return end


def _filled_share(rows: Sequence[Row], column: int) -> float:
    """The share of rows that fill a column."""
    return sum(1 for row in rows if column < len(row.texts) and row.texts[column].strip()) / len(
        rows
    )


_WRITES = lazy_re.compile(r"[^\W_]")  # a letter or digit: a row without one may be a line drawn


def _drawn(raw: str) -> bool:
    """Whether a row without a letter or digit is a line drawn across the table (`|<=|||=>|`):
    two marks or more. A lone `.` left by a line break inside the row above is a row cut off."""
    return len("".join(raw.split()).replace("|", "")) >= 2


def _by_column(rows: list[Row]) -> list[tuple[str, ...]]:
    """The rows' texts column by column (a row too short for a column reads "" there): one
    transposition at C speed for the table, not one pass over its rows for each column."""
    by_column = list(zip_longest(*[row.texts for row in rows], fillvalue=""))
    # (a tagline of `.`, a license of `undefined`: what a script wrote for a value it lacked)
    return [
        tuple("" if _nothing_in(text, index) else text for text in texts)
        if not NOTHING_SAID.isdisjoint(texts)
        or (index and any(text[-1:] in LABEL_ENDS for text in texts))
        else texts
        for index, texts in enumerate(by_column)
    ]


def _column(by_column: list[tuple[str, ...]], marks: list[int], rows: int, column: int) -> _Column:
    texts = [text for text in by_column[column] if text] if column < len(by_column) else []
    marked = marks[column] if column < len(marks) else 0
    return _Column(rows, len(texts) - marked, marked, tuple(texts))


def _one_mark(column: _Column) -> bool:
    """Whether the column writes one value in every cell it fills (`:heart:` under `macOS`, `✅`
    under `Demo`): a mark whose absence is the answer ("not on macOS"), not a cell left empty."""
    # (one mark drawn alike, however many presentation selectors each cell writes after it)
    values = {text.strip().translate(PRESENTATION) for text in column.texts}
    values.discard("")
    # a mark of none in every other cell (`-` down a `Venue` column of preprints) is the
    # column's way of saying none, beside which an empty cell is a slip, no answer
    return len(values) == 1 and not is_none_mark(next(iter(values)))


# a tick: a column of them answers yes where written and no where left empty
_TICKS = frozenset(
    {"x", "✓", "✔", "✔️", "✅", "√", "☑", "☑️", "•", "●", "*", "+", "v", "y", "o", "○", "◯"}
)
_TICKED = 2 / 3  # of a column's filled cells, ticks: a column of ticks with a few notes


def _ticked(column: _Column, marks_aside: bool = False) -> bool:
    """Whether a column ticks what applies (`x` in most cells it fills, a few noting how:
    `MSURF/MLDB` among the `x` of a `Description` column of feature detectors): an empty cell
    there is the answer no, not a cell left empty. With ``marks_aside``, its marks of none
    are not counted among what it fills (16 `✔` beside 23 `-`)."""
    ticks = sum(1 for text in column.texts if text.strip().casefold() in _TICKS)
    filled = (
        sum(1 for text in column.texts if not is_none_mark(text.strip()))
        if marks_aside
        else len(column.texts)
    )
    return ticks > 0 and ticks >= _TICKED * filled


# cells a column of ticks and marks leaves blank, at least, for a blank to be one of its ways
_BLANK_TICKS = 3


def _no_both_ways(judged: _Judged, width: int) -> bool:
    """Whether a table's columns of ticks say no both ways, by `-` and by a blank: two such
    columns or more, one of which leaves blank three cells or more, as many as it ticks
    (PaddleSeg's matrix of backbones: `HRNetw18`, 2 `✔`, 29 `-` and 8 blanks, beside
    `ResNet50`'s 15 `✔` and 22 `-`); not a column of ticks beside a `Featured` one of blanks
    alone, nor one whose few blanks among many ticks are slips."""
    columns = [judged.column(column) for column in range(width)]
    ticking = [column for column in columns if column.marked and _ticked(column, marks_aside=True)]
    return len(ticking) >= 2 and any(
        column.empty >= _BLANK_TICKS and column.empty >= column.filled for column in ticking
    )


def _writes_none_marks(
    by_column: list[tuple[str, ...]], marks: list[int], rows: int, width: int
) -> bool:
    """Whether the table's way of saying "none" is a mark (`-`) rather than an empty cell: it
    writes more marks than it leaves cells empty (a row too short for a column leaves it
    empty: "" in ``by_column``, or no column at all where every row is)."""
    present = by_column[:width]
    empty = sum(texts.count("") for texts in present) + (width - len(present)) * rows
    return sum(marks[:width]) > empty


def _judged(columns: Columns, width: int, roles: list[str]) -> list[tuple[int, str | None]]:
    """The columns judged, with their roles: every column, or those of the roles named."""
    if not roles:
        return [(column, columns.role(column)) for column in range(width)]
    return [(getattr(columns, role), role) for role in roles if getattr(columns, role) >= 0]


def _links_beside_names(rows: list[Row], columns: Columns, definitions: Definitions) -> bool:
    """Whether the link column holds a second link of rows that link their names (a paper's
    code), rather than the entry's own link where its name has none (AL005's business). A
    column of badges alone (an `Install` button's) holds no entry's own link: one beside, where
    the rows without one say none (`:heavy_minus_sign:` beside papers' star badges) too."""
    filled = [
        cell
        for row in rows
        if (cell := row.cell(columns.link)) is not None
        and cell.text
        and not is_none_mark(cell.text.strip())
    ]
    if filled and badges_only(filled, definitions):
        return True
    beside = instead = 0
    for row in rows:
        if has_entry_link(row.cell(columns.link), definitions):
            if has_entry_link(row.cell(columns.name), definitions):
                beside += 1
            else:
                instead += 1
    return beside > instead


_STARS = lazy_re.compile(r"(?<![a-z])stars?(?![a-z])|⭐|🌟|点赞|星数|星标", re.IGNORECASE)
_REPOSITORY = lazy_re.compile(r"https?://github\.com/([^/?#\s]+/[^/?#\s]+?)/?", re.IGNORECASE)
_MIRRORED = 0.9  # of the rows named by their repository's owner/name
# the fields of GitHub's API a table of repositories writes out: stars, forks, watchers, when
# it was created, when last pushed (a script's yearly ranking: `star⭐ | 语言 | fork | watch |
# 项目创建时间 | 项目最后更新时间`)
_API_FIELDS = (
    _STARS,
    re.compile(r"(?i)(?<![a-z])forks?(?![a-z])|复刻|分叉"),
    re.compile(r"(?i)(?<![a-z])watch(?:ers|ing|es)?(?![a-z])|关注"),
    re.compile(r"(?i)(?<![a-z])created(?![a-z])|创建"),
    re.compile(r"(?i)(?<![a-z])(?:updated?|last commit|pushed)(?![a-z])|更新"),
)
_API_FIELDS_LEAST = 3
# a repository's primary language, as GitHub detects it: none for a repository of prose
_LANGUAGE_HEADERS = frozenset({"language", "lang", "语言", "编程语言", "开发语言", "主要语言"})


def _reads_its_address(
    text: str, definitions: Definitions, address: re.Pattern[str], written: str = "{}"
) -> bool:
    """Whether a cell's first link is an address of ``address``'s form whose text is the name
    the address holds, written as ``written`` writes it (`owner/name`, `@handle`)."""
    found = links(text, definitions) if text else []
    if not found:
        return False
    match = address.fullmatch(found[0].url.strip())
    return (
        match is not None
        and found[0].text.strip().casefold() == written.format(match[1]).casefold()
    )


def _names_a_repository(cell: Cell | None, definitions: Definitions) -> bool:
    """Whether a name cell is a link to a GitHub repository that reads its `owner/name`, or
    reads it as links to the owner and to the repository (`[@nploi](…)/[**corona_tracker**](…)`,
    a star tracker's)."""
    if cell is None or not cell.text:
        return False
    if _reads_its_address(cell.text, definitions, _REPOSITORY):
        return True
    if "/" not in cell.text:
        return False
    shown = plain_text(cell.text, definitions).strip().removeprefix("@").casefold()
    for link in links(cell.text, definitions):
        found = _REPOSITORY.fullmatch(link.url.strip())
        if found is not None and found[1].casefold() == shown:
            return True
    return False


def _mirrors_github(rows: list[Row], headers: list[str], columns: Columns, d: Definitions) -> bool:
    """Whether a table is GitHub's own data written out (a star tracker's table, generated from
    the API): each row named `owner/name` with the repository's link, beside a stars column. Its
    descriptions are the repositories' own, and an empty one is empty on GitHub."""
    if not any(_STARS.search(header) for header in headers):
        return False
    named = sum(
        _names_a_repository(row.cell(columns.name), d) or _named_after_its_repository(row, columns)
        for row in rows
    )
    return named >= _MIRRORED * len(rows)


def _api_fields(rows: list[Row], headers: list[str]) -> bool:
    """Whether a table writes out the fields GitHub's API gives of a repository (three of stars,
    forks, watchers, created and updated) for repositories nine rows in ten link: its language
    column is GitHub's detection, empty for a repository of prose (an awesome list, a book)."""
    fields = sum(1 for field in _API_FIELDS if any(field.search(text) for text in headers))
    if fields < _API_FIELDS_LEAST:
        return False
    linked = sum(1 for row in rows if "github.com/" in row.raw)
    return linked >= _MIRRORED * len(rows)


_REPOSITORY_NAME = lazy_re.compile(
    r"https?://github\.com/[^/?#\s|]+/([^/?#\s|)\]]+)", re.IGNORECASE
)


def _named_after_its_repository(row: Row, columns: Columns) -> bool:
    """Whether a row's plain name is the name of the GitHub repository its row writes
    (`| CVE-2026-41651 | https://github.com/Vozec/CVE-2026-41651 |`, a generator's columns)."""
    cell = row.cell(columns.name)
    if cell is None or not cell.text or "](" in cell.text:
        return False
    found = _REPOSITORY_NAME.search(row.raw)
    return found is not None and found[1].casefold() == cell.text.strip().casefold()


_PROFILE = lazy_re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com)/@?([A-Za-z0-9_]+)/?"
)


def _names_a_profile(row: Row, definitions: Definitions) -> bool:
    """Whether a row's first cell is a link to an X (Twitter) profile that reads its `@handle`
    (a `handle` column before the person's name)."""
    first = row.texts[0] if row.texts else ""
    return _reads_its_address(first, definitions, _PROFILE, "@{}")


def _mirrors_profiles(rows: list[Row], definitions: Definitions) -> bool:
    """Whether a table lists accounts by their `@handle` (nine rows in ten, linked to the
    profile): its descriptions are the accounts' bios, and an empty one is empty there."""
    named = sum(_names_a_profile(row, definitions) for row in rows)
    return named >= _MIRRORED * len(rows)


_DATE = lazy_re.compile(r"\bdate\b|\bpublished\b|日期|发布时间|时间")
# a repository's counts the code host gives, written as text (its stars, its last commit, its
# last release); a column of their badges is judged as badges
_COUNTS = lazy_re.compile(r"\bstars?\b|\bcommits?\b|\blast release\b")


def _host(row: Row, definitions: Definitions) -> str:
    """The host of a row's first link to another page."""
    for cell in row.cells:
        for link in links(cell.text, definitions) if cell.text else []:
            if link.url.startswith(("http://", "https://")) and not link.image:
                return host_of(link.url)
    return ""


# a column naming where a paper appeared, and the servers of papers that appeared nowhere yet
_VENUE = lazy_re.compile(
    r"\bvenue\b|\bconference\b|\bjournal\b|\bpublication\b|\bpublished in\b|会议|期刊|发表"
)
_PREPRINT_NAME = lazy_re.compile(r"(?i)arxiv|\bcorr\b|openreview|preprint|rxiv|\bssrn\b|预印本")


def _preprint(row: Row, definitions: Definitions) -> bool:
    """Whether a row links a paper on a preprint server (arXiv, OpenReview)."""
    return any(
        host_of(link.url) in PREPRINT_HOSTS
        for cell in row.cells
        if cell.text
        for link in links(cell.text, definitions)
    )


def _venue_of_preprints(header: str, texts: tuple[str, ...]) -> bool:
    """Whether a column names venues and leaves a preprint's empty: it names no preprint server
    as a venue (`arXiv 2023`), as lists that write one for a paper not yet published do."""
    return bool(_VENUE.search(header)) and not any(_PREPRINT_NAME.search(text) for text in texts)


_EXPLAINING_VALUES = 6  # values of a column of a few, whose one can name a class of rows
_NOTE_LETTERS = 5  # letters of a note of a column of many values that names a class of rows
_EXPLAINED = 0.8  # of a column's empty cells in rows of one such value
_EXPLAINED_ROWS = 3  # empty cells, at least, for a value to name them
_EXPLAINED_LIFT = 2  # times as common among the empty cells' rows as among all rows


# a column that translates the entries' titles (`Translation（参考）`, `中文名`, `译名`)
_TRANSLATION = lazy_re.compile(r"translat|翻译|譯|译名|译文|中文名|中文标题|中文翻译")
_HAN = lazy_re.compile(r"[\u4e00-\u9fff]")


def _written_in_han(cell: Cell | None) -> bool:
    """Whether a cell writes a Chinese character: a title a Chinese translation has nothing to
    add to (a column of translations of the English titles, empty for the Chinese ones)."""
    return cell is not None and _HAN.search(cell.text) is not None


def _explained(
    rows: list[Row], column: int, by_column: list[tuple[str, ...]], width: int
) -> tuple[int, str] | None:
    """Another column and its value that name the rows leaving this one empty: a column of a
    few values where nearly all the empty cells are in rows of one value, twice as common
    there as in the table (`Status: Not vulnerable`, a service with no fingerprint of a
    vulnerable page to give); None for none."""
    empty = [index for index, row in enumerate(rows) if _is_empty(row.cell(column))]
    if len(empty) < _EXPLAINED_ROWS:
        return None  # two empty cells that share a value share it by chance as often
    for other in range(min(width, len(by_column))):
        if other == column:
            continue
        texts = [text.strip() for text in by_column[other]]
        values = Counter(text for text in texts if text)
        if len(values) < 2:
            continue
        among = Counter(texts[index] for index in empty if index < len(texts))
        value, count = among.most_common(1)[0]
        # a column of a few values, or a note of words the rows of the class all write
        # (`Unreviewed;` beside a tool not yet given its features)
        if len(values) > _EXPLAINING_VALUES and (
            len(LETTER.findall(value)) < _NOTE_LETTERS
            or count < _EXPLAINED * values[value]  # the note of the class, rarely of another row
        ):
            continue
        if (
            value
            and count >= _EXPLAINED * len(empty)
            # twice as common among the empty cells as among all rows: the value names them
            and count * len(rows) >= _EXPLAINED_LIFT * values[value] * len(empty)
        ):
            return other, value
    return None


def _pictures(rows: list[Row], column: int, definitions: Definitions) -> bool:
    """Whether a column holds pictures of the list's own (a paper's figure, a script's icon):
    images of no badge service's site in most cells it fills, an emoji in the others (a
    script's icon drawn as `✨`). An entry without one has none drawn, which takes making one,
    not filling a cell in."""
    cells = [cell for row in rows if (cell := row.cell(column)) is not None and cell.text]
    images = [cell for cell in cells if not _symbols(cell.text)]
    if len(images) * 2 <= len(cells) or not badges_only(images, definitions):
        return False
    return not badges_site(images, definitions)


def _symbols(text: str) -> bool:
    """Whether a cell is symbols alone (an emoji, `ℹ️` of the letterlike symbols), no letter,
    digit or markup."""
    return all(
        unicodedata.category(char)[0] in "SMCZ" or "\u2100" <= char <= "\u214f" for char in text
    )


@dataclass(frozen=True)
class _Source:
    """The one site that gives a column its values: a row that has nothing of that site has no
    value to give."""

    host: str
    badges: bool  # a column of badges: the site they describe, linked anywhere in the row

    def lacks(self, row: Row, definitions: Definitions) -> bool:
        if self.badges:
            # a badge describes a page two steps into its site at least (a repository, a
            # package): an owner's page alone (`github.com/fiddler-labs`) has none to draw
            return not links_site(row, self.host, definitions, page=True)
        return _host(row, definitions) != self.host


def _site_of_entries(rows: list[Row], column: int, site: str, definitions: Definitions) -> bool:
    """Whether the rows that fill a column of badges link the site the badges describe in
    another cell too, half of them at least (a repository's stars beside its GitHub link): the
    site of the entries, not only the badges' own (an `Install` button linking one service)."""
    filled = [row for row in rows if not _is_empty(row.cell(column))]
    elsewhere = sum(1 for row in filled if links_site(row, site, definitions, skip=column))
    return 2 * elsewhere >= len(filled)


def _given_by(
    rows: list[Row],
    column: int,
    header: str,
    definitions: Definitions,
    marks: Callable[[], bool],
) -> _Source | None:
    """The one source that gives a column its values, if there is one: where nearly every row
    that fills a date column links one host (arXiv), a row of another host has no date to give;
    where a column of badges (GitHub's stars) with no mark of none (`-` where no badge exists)
    describes one site, a row that links nothing there (a project on GitLab) has no badge; a
    repository's counts written as text are given by the host, as dates are."""
    name = normalize_header(header)
    if not _DATE.search(name):
        cells = [cell for row in rows if (cell := row.cell(column)) is not None and cell.text]
        if badges_only(cells, definitions):
            if marks():
                return None
            site = badges_site(cells, definitions)
            if not site or not _site_of_entries(rows, column, site, definitions):
                return None  # buttons to one service (`Install` on kiro.dev), no entry's site
            return _Source(site, badges=True)
        if not _COUNTS.search(name) or marks():
            return None  # a mark of none (`NA` for a website's stars) is how it writes none
    hosts = Counter(_host(row, definitions) for row in rows if not _is_empty(row.cell(column)))
    host, count = hosts.most_common(1)[0] if hosts else ("", 0)
    if host and count >= SOURCED * sum(hosts.values()):
        return _Source(host, badges=False)
    return None


def _convention(
    column: _Column, context: Context, marks: bool, pooled: bool = False, across: bool = False
) -> bool:
    """Whether the table fills the column as a rule, so that an empty cell breaks it: nearly
    every row writes a value or a mark of none, and the empty cells are not a class of rows
    the table leaves empty (many, yet a small share of its rows, with no mark for none: a
    generated table's untagged problems). A table too small for a convention of its own takes
    its group's where the group fills the column in 9 rows of 10 at least."""
    least = float(context.option(RULE, "min-filled"))
    if column.filled + column.marked < (max(least, _POOLED) if pooled else least) * column.rows:
        return False
    if across or marks or column.empty <= context.option(RULE, "max-empty"):
        return True
    if column.rows < _GENERATED:
        return True
    return column.empty > float(context.option(RULE, "class-share")) * column.rows


# a no written as a word: an answer, where an empty cell answers nothing
_NO_WORDS = frozenset({"no", "none", "否", "无", "無", "없음", "いいえ", "nein", "non", "não"})
_SAYS_NO = 3  # cells of a table's column, at least, that answer no in words
_SAYS_NO_SHARE = 4  # and a share of its filled cells: one in four, at least


def _answers_no(column: _Column) -> bool:
    """Whether a table's column answers no in words (`No` in 40 of its 47 filled cells, a VPS
    host with no free plan): the table's own way of saying no, where an empty cell is a gap,
    whatever other tables of its header leave open."""
    noes = sum(1 for text in column.texts if text.strip().casefold() in _NO_WORDS)
    return noes >= _SAYS_NO and noes * _SAYS_NO_SHARE >= column.filled


_ENDS_OPEN = 3  # tables of a group, at least, whose last row leaves a column empty by design


def _group_ends_open(group: list[_Judged], column: int) -> bool:
    """Whether the tables of a group end on a row that leaves this column empty, three of them
    and half at least (each week of a roadmap ends on a review day with nothing to link): the
    group's row of its own kind, no slip."""
    ending = 0
    for judged in group:
        last = judged.rows[-1].cell(column) if judged.rows else None
        ending += last is None or not last.text
    return ending >= _ENDS_OPEN and ending * 2 >= len(group)


# a figure, as a cell starts: a count, a size, a measure or a range (`8,540`, `1.2 GB`,
# `512x512`, `~5k`, `25 to 50`, `253 (real), 50000 (synthetic)`)
_FIGURE = lazy_re.compile(r"[~≈<>]?\s*\d")
_STATISTICS = 3  # columns of figures with an empty cell, at least, for a table of statistics
_FIGURED = 0.9  # of a column's filled cells, figures, for it to be a column of figures


def _statistics(judged: _Judged, width: int) -> frozenset[int]:
    """The columns of figures (counts, sizes, measures: nine filled cells in ten) with an empty
    cell, where a table has three such columns or more: a table of statistics (a dataset
    table's images, classes and sizes) leaves blank what its source did not report."""
    found: set[int] = set()
    rows = len(judged.rows)
    for column, texts in enumerate(judged.by_column[:width]):
        filled = len(texts) - texts.count("")
        if filled == rows:
            continue  # no empty cell (counted here, not by copying the column's texts)
        allowed = (1 - _FIGURED) * filled  # cells of words a column of figures may hold
        words = 0
        for text in texts:  # most columns: words from their first cells, read no further
            if text and not _FIGURE.match(text):
                words += 1
                if words > allowed:
                    break
        if filled and words <= allowed:
            found.add(column)
    return frozenset(found) if len(found) >= _STATISTICS else frozenset()


_TWO_WAYS = 2  # marks of none beside empty cells that make empty one way of saying none
_MANY_TABLES = 4  # tables of one header whose convention, together, is the list's
_FEW_ROWS = 20  # rows of a table, fewer, for another table of its header to set its convention
_POOLED = 0.9  # of a group's rows that fill a column, for its small tables to fill it too
_GENERATED = 1000  # rows of a table a script writes, whose empty cells can be a class of rows
_MOSTLY = 2 / 3  # of a table's rows that fill a column, for its group's convention to be its own
_FEW_SLIPS = 3  # empty cells of such a table, at most


def _group_slips(column: _Column) -> bool:
    """Whether a table's empty cells in a column, too many for a convention of its own, are few
    enough to be slips against its group's (3 of 9 tool descriptions, where the list's other
    tables of these columns describe every tool)."""
    return column.empty <= _FEW_SLIPS and column.filled >= _MOSTLY * column.rows


def _unfinished_batch(
    group: list[_Judged], judged: _Judged, column: int, context: Context, marked: bool
) -> bool:
    """Whether a table leaves descriptions empty in too many rows for a convention of its own
    where the list's many other tables of these columns describe nine entries in ten or more
    (a section's twelve tools of 26 added with no description, in a catalogue of 24 tables that
    describes 874 of 880 elsewhere): a batch added unfinished, each empty cell still to fill.
    Not a table of fewer than twenty rows (three calendar apps of six with no note beside them),
    nor a star tracker's, generated with each description as its source gives it."""
    others = [one for one in group if one is not judged]
    if len(others) < _MANY_TABLES or len(judged.rows) < _FEW_ROWS:
        return False  # a small table's few empty cells are as likely its own way (no note)
    if any(_STARS.search(header) for header in judged.table.header.texts):
        return False  # a star tracker's tables: each description as its source gives it
    return _convention(_pooled(others, column), context, marked, pooled=True, across=True)


def _message(header: str, column: _Column, mark: str, tables: int) -> str:
    verb = "writes" if column.marked == 1 else "write"
    written = f" and {column.marked} {verb} `{mark}`" if column.marked else ""
    rows = (
        f"{column.rows} rows of the {tables} tables with these columns"
        if tables > 1
        else (f"table's {column.rows} rows")
    )
    named = f"`{header}` cell" if header.strip() else "cell of the column with no header"
    return f"the {named} is empty; {column.filled} of the {rows} fill it{written}"


def _first_mark(rows: list[Row], column: int) -> str:
    for row in rows:
        cell = row.cell(column)
        if cell is not None and cell.text and is_none_mark(cell.text):
            return cell.text.strip()
    return "-"


# a cell that says the entry is still to be written up, and nothing else
_PLACE_HELD = lazy_re.compile(
    r"[\W_]*(?:todo|to\s*do|tbd|tba|wip|coming\s*soon|待定|待补充|待更新|待完善|敬请期待)[\W_]*",
    re.IGNORECASE,
)


def _holds_a_place(row: Row) -> bool:
    """Whether a row is an entry still to be written up: a cell of its says `todo` (`|
    [StackLLaMA](…) | todo | EN | | |`), and its empty cells come with the rest of it."""
    return any(_PLACE_HELD.fullmatch(text) for text in row.texts if text)


def _left_over(table: Table) -> list[Row]:
    """The rows the table ends with where every cell is empty: nothing follows for them to space
    out (a spacer row between groups does), rows added and never filled (fifteen placeholders
    after a catalogue's entries, each one a blank row on the page)."""
    rows: list[Row] = []
    for row in reversed(table.body):
        if "|" not in row.raw or any(text.strip() for text in row.texts):
            break
        rows.append(row)
    return rows[::-1]


def _left_overs(judged: list[Table], tables: Sequence[Table]) -> Iterator[Finding]:
    """Judged tables that end with empty rows, where few of the list's tables end so (a list that
    ends every table with an empty row, small ones too, writes its tables that way)."""
    ending = {id(table): rows for table in tables if (rows := _left_over(table))}
    if len(ending) >= _HABIT and len(ending) * 2 >= len(tables):
        return
    for table in judged:
        rows = ending.get(id(table), [])
        message = (
            "the table's last row is empty"
            if len(rows) == 1
            else f"the table ends with {len(rows)} empty rows"
        )
        for row in rows:
            yield Finding(row.line, row.column_of(0), message)


_HABIT = 3  # tables ending with an empty row that make it the list's way of writing tables


# a cell that is a heading written in a row: a spanning HTML cell, or bold text alone (after
# dashes that draw it as a rule's label: `----**Java反编译**`)
_SUBHEADING = lazy_re.compile(
    # an HTML heading (`<h3 id="diffusion-unet">04 Diffusion UNet</h3>`, a section in a table)
    r"(?is)\s*(?:<h[1-6]\b[^>]*>.*</h[1-6]>|<td\b[^>]*\bcolspan\b.*|(?:[-–—=>]+\s*)?"
    r"(?:\*\*[^*]+\*\*|__[^_]+__|\*[^*]+\*|_[^_]+_))"
    # a label that starts in bold and goes on in plain words (`**General** KGs`), no link
    r"(?:\s+[^*_\[\]()<>|`]+)?\s*"
)


def _group_label(row: Row, columns: Columns) -> bool:
    """Whether a row only labels the rows below it: its first cell, a column of groups before
    the names (`| Bar |  |  |  |` over the menu bar apps), or a heading written in a row
    (`| <td colspan="2"> **Companies** </td>`, `| **Conferences** | |`), is its only one
    filled."""
    texts = row.texts
    if not texts[0].strip() or any(map(str.strip, texts[1:])):
        return False
    return columns.name > 0 or _SUBHEADING.fullmatch(texts[0]) is not None


# what ends a row's words that point at the rows below it: `未使用过的VPS厂家👇`, `Others:`
_POINTING = ("👇", "⬇️", "⬇", "↓", "⤵️", "⤵", ":", "：")


def _divider(row: Row, definitions: Definitions) -> bool:
    """Whether a row of its first cell alone, linking nothing, introduces the rows below it:
    its words end pointing down or with a colon (`| 未使用过的VPS厂家👇 | | | |`)."""
    first = row.texts[0].strip().rstrip("*_ ")
    return first.endswith(_POINTING) and not links(row.texts[0], definitions)


_LABELS = 3  # rows of a first cell alone, unlinked, that make such rows a table's labels


def _labels(alone: list[Row], rows: int, width: int, definitions: Definitions) -> frozenset[int]:
    """The lines of rows that label the rows below them, where a table of three columns or
    more writes three or more rows of their first cell alone, linking nothing, a minority of
    its rows (`| 2019 | | | | |` over each year's competitions, `| [**# 大数据**]() | | | |`):
    its way of grouping them. A row that links its name is an entry whose other cells are
    empty."""
    if width < 3 or len(alone) < _LABELS or len(alone) * 2 >= rows:
        return frozenset()
    # a link of no target (`[**# Server 后端**]()`) links nothing: a label drawn as a link
    unlinked = [
        row.line for row in alone if not any(link.url for link in links(row.texts[0], definitions))
    ]
    return frozenset(unlinked) if len(unlinked) >= _LABELS else frozenset()


def _labels_in_a_column(rows: list[Row], width: int, definitions: Definitions) -> frozenset[int]:
    """The lines of rows that label the rows below them by one cell of a later column alone,
    numbered and linking nothing (`| | 第1期 | | | |` over each period's ten problems), where a
    table of four columns or more writes three or more such rows of one form in that column, a
    minority of its rows; or wholly in bold (`| | **Imperial College London** | | |`)."""
    if width < 4:
        return frozenset()
    found: dict[int, list[Row]] = {}
    for row in rows:
        texts = row.texts
        if texts[0].strip():
            continue  # most rows: a first cell written, no label of a later column
        filled = [index for index, text in enumerate(texts) if text.strip()]
        if len(filled) == 1 and filled[0] > 0:
            found.setdefault(filled[0], []).append(row)
    labels: set[int] = set()
    for column, alone in found.items():
        # a text wholly in bold, linking nothing, alone in its row (`| | **Imperial College
        # London** | | |`, `| | &emsp;**Tricks** | | |`): a group's label however few
        labels.update(
            row.line
            for row in alone
            if _BOLD_CELL.fullmatch(_INDENT.sub("", row.texts[column]))
            and "](" not in row.texts[column]
        )
        if len(alone) < _LABELS or len(alone) * 2 >= len(rows):
            continue
        # numbered labels, one form but for their numbers (`第1期`, `第2期`, …); an entry's
        # name alone in its row (`github-stats`, all else left empty) is no label
        forms: dict[str, list[int]] = {}
        for row in alone:
            text = row.texts[column].strip()
            if any(char.isdigit() for char in text) and not links(text, definitions):
                forms.setdefault(_DIGITS.sub("0", text), []).append(row.line)
        for lines in forms.values():
            if len(lines) >= _LABELS:
                labels.update(lines)
    return frozenset(labels)


_DIGITS = lazy_re.compile(r"\d+")
_INDENT = lazy_re.compile(r"&(?:emsp|ensp|nbsp|#8195|#160);|\u2003|\u00a0")  # a label's indent


class _MarkedHeaders:
    """The headers (as words) of columns in which a table of the list writes a mark of none
    (`-`): the list's way of saying a row has no value (no badge to show), where an empty cell
    is a slip. Read once for the list, where a column of badges first asks."""

    def __init__(self, document: Document) -> None:
        self._document = document

    @cached_property
    def headers(self) -> frozenset[str]:
        return frozenset(
            normalize_header(text)
            for table in self._document.tables
            for column, text in enumerate(table.header.texts)
            if any(is_none_mark(cell.text) for row in table.body if (cell := row.cell(column)))
        )


def _marks_none(written: _Column, marked: _MarkedHeaders, header: str) -> bool:
    """Whether a column, or one of its header elsewhere in the list, writes a mark of none."""
    return written.marked > 0 or header in marked.headers


@dataclass(frozen=True, eq=False)
class _Judged:
    """A table of entries judged, with its columns, entry rows and their texts by column."""

    table: Table
    columns: Columns
    rows: list[Row]
    by_column: list[tuple[str, ...]]
    marks_in: list[int]  # the none marks of each column, counted once
    entries: bool = True  # a table of entries; else of records (``_records``)

    def column(self, column: int) -> _Column:
        return _column(self.by_column, self.marks_in, len(self.rows), column)


def _grid(table: Table) -> bool:
    """Whether a table's header names no column: each header cell the same mark of no letter
    or digit (`| = | = | = |`), a grid of links laid out a few to a row (a news archive's dates,
    three an issue row), whose last row ends where the links do."""
    texts = set(table.header.texts)
    if len(texts) != 1:
        return False
    mark = texts.pop()
    return bool(mark) and not any(char.isalnum() for char in mark)  # an empty header is none


# a table of records that links nothing (a list of Windows services, of a converter's operators,
# of games and their Wayland support): rows enough, each named by a first cell of its own
_RECORDS = 20  # rows, at least
_RECORD_NAMES = 0.95  # of its rows whose first cell is filled and written in no other row
_RECORD_FILLED = 0.95  # of its rows that fill a column, for an empty cell there to be a slip


def _records(rows: list[Row]) -> bool:
    """Whether a table that links no entry is a table of records, one a row."""
    if len(rows) < _RECORDS:
        return False
    names = Counter(row.texts[0].strip() for row in rows if row.texts and row.texts[0].strip())
    return sum(1 for count in names.values() if count == 1) >= _RECORD_NAMES * len(rows)


def _record_rows(rows: list[Row], width: int) -> list[Row]:
    """A table of records' rows but its labels (one cell filled, in bold: `| | **React Router**
    |`) and a last row that stops short, the end of records laid out several to a row
    (`| Key | Value | Key | Value |`)."""
    kept = [
        row
        for row in rows
        if not (
            len(filled := [text for text in row.texts if text.strip()]) == 1
            and _BOLD_CELL.fullmatch(filled[0])
        )
    ]
    if kept and (len(kept[-1].texts) < width or not kept[-1].texts[-1].strip()):
        kept.pop()
    return kept


def _judged_tables(document: Document, context: Context) -> list[list[_Judged]]:
    """The tables of entries, grouped by their headers: tables that share their columns (one
    header for every section's table) share a convention, and a table too small to have one of
    its own is judged by its group's, where the group has rows enough."""
    index = context.analysis.entries
    tables_of_entries = {entry.table.line for entry in index.entries if entry.table is not None}
    groups: dict[tuple[str, ...], list[_Judged]] = {}
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or _grid(table):
            continue
        entry_rows = _entry_rows(table)
        entries = table.line in tables_of_entries
        if not entries:
            if not _records(entry_rows):
                continue
            entry_rows = _record_rows(entry_rows, table.width)
        # a row that fills a cell after its first labels no group: ``_group_label`` not asked
        alone = [row for row in entry_rows if not any(map(str.strip, row.texts[1:]))]
        labels = _labels_in_a_column(entry_rows, table.width, document.definitions)
        if labels:
            seen = {row.line for row in alone}
            alone += [row for row in entry_rows if row.line in labels and row.line not in seen]
        if alone:
            labels |= _labels(alone, len(entry_rows), table.width, document.definitions)
            left_out = {
                row.line
                for row in alone
                if row.line in labels
                or _group_label(row, columns)
                or _divider(row, document.definitions)
            }
            left_out |= _marked_labels(entry_rows, left_out)
            rows = [row for row in entry_rows if row.line not in left_out]
        else:
            rows = entry_rows
        pointing = _pointers(rows, document.definitions)
        if pointing:
            rows = [row for row in rows if row.line not in pointing]
        if not rows:
            continue
        by_column = _by_column(rows)
        marks_in = [count_none_marks(texts) for texts in by_column[: table.width]]
        key = tuple(map(normalize_header, table.header.texts))
        judged = _Judged(table, columns, rows, by_column, marks_in, entries)
        groups.setdefault(key, []).append(judged)
    least = context.option(RULE, "min-rows")
    return [group for group in groups.values() if sum(len(one.rows) for one in group) >= least]


# a cell that sends the reader to another row (`see Riedel Communications GmbH`, `参见 …`): its
# word, then a space or a colon (not `Seesaw`), then the row's name (the cell's trailing spaces
# and full stops taken off first: a lazy name before them backtracks over a run of them)
_SEE = lazy_re.compile(
    r"(?i)\s*(?:(?:see(?:\s+also)?|cf\.?|siehe|voir|véase|vedi)(?:\s*[:：]\s*|\s+)"
    r"|(?:参见|详见)\s*[:：]?\s*)(.+)"
)
# the words asked of a cell first: most cells write none
_SEE_WORDS = ("see", "cf", "siehe", "voir", "véase", "vedi", "参见", "详见")


def _pointers(rows: list[Row], definitions: Definitions) -> frozenset[int]:
    """The lines of rows that send the reader to another row of the table, naming it, and
    write nothing else but their own name (`| Embrionix | see Riedel Communications GmbH | | |`,
    a company whose products another now sells, named as the start of that row's `Riedel
    Communications GmbH & Co. KG`): a pointer, no entry, whose empty cells are the other row's
    to fill."""
    # the rows that write `see …` alone, and what they name (a row's cells counted first: most
    # rows fill several, and are asked nothing more; a table of two columns fills one)
    pointing: list[tuple[Row, str]] = []
    for row in rows:
        filled = [text for text in row.texts[1:] if text.strip()]
        if len(filled) != 1:
            continue
        folded = filled[0].casefold()
        if not any(word in folded for word in _SEE_WORDS):
            continue
        pointed = _SEE.fullmatch(plain_text(filled[0], definitions).rstrip(" \t.。"))
        if pointed is not None:
            pointing.append((row, pointed[1].casefold()))
    if not pointing:
        return frozenset()  # most tables: no row points at another
    names = {plain_text(row.texts[0], definitions).strip().casefold() for row in rows}
    found: set[int] = set()
    for row, other in pointing:
        own = plain_text(row.texts[0], definitions).strip().casefold()
        # the other row's name, or its start (`Riedel Communications GmbH & Co. KG`)
        if any(name != own and (name + " ").startswith(other + " ") for name in names):
            found.add(row.line)
    return frozenset(found)


# a first cell wholly in bold (`<strong>第二章 Ollama 安装与配置</strong>`, `**Part 2**`)
_BOLD_CELL = lazy_re.compile(r"(?is)\s*(?:<(strong|b)>[^<]+</\1>|\*\*[^*]+\*\*|__[^_]+__)\s*")
_LABEL_ROWS = 2  # label rows of a table in bold, at least, for a bold row with a mark to be one


def _marked_labels(rows: list[Row], labels: set[int]) -> set[int]:
    """The rows labelled as a table's label rows are, first cell wholly in bold and linking
    nothing, with a mark beside it (`| <strong>第二章 …</strong> |  | ✅ |`, a chapter done, in
    datawhalechina/handy-ollama's contents): a label, where two label rows or more are so."""
    bold = [row for row in rows if row.texts and _BOLD_CELL.fullmatch(row.texts[0])]
    if sum(row.line in labels for row in bold) < _LABEL_ROWS:
        return set()  # most tables: no label rows in bold
    return {
        row.line
        for row in bold
        if row.line not in labels
        and "](" not in row.texts[0]
        and all(not text.strip() or _symbols(text.strip()) for text in row.texts[1:])
    }


_NAMED_TABLES = 3  # tables with a column of one name whose fill, together, is the list's


def _kept_by_name(columns: list[tuple[_Judged, int]], context: Context, marked: bool) -> bool:
    """Whether the list fills a column of this name as a rule across the tables that have one
    (three or more, of any headers): a `Timeline` six rows of 39 leave empty in one table and
    13 of 15 in another is an optional column, whatever one table does."""
    if len(columns) < _NAMED_TABLES:
        return True
    together = _summed([judged.column(column) for judged, column in columns])
    return _convention(together, context, marked, across=True)


def _pooled(group: list[_Judged], column: int) -> _Column:
    """How the tables of a group write a column, all their rows together."""
    return _summed([judged.column(column) for judged in group])


def _summed(parts: list[_Column]) -> _Column:
    """Columns of several tables as one."""
    return _Column(
        sum(part.rows for part in parts),
        sum(part.filled for part in parts),
        sum(part.marked for part in parts),
        tuple(text for part in parts for text in part.texts),
    )


def check(document: Document, context: Context) -> Iterator[Finding]:
    groups = _judged_tables(document, context)
    yield from _left_overs([judged.table for group in groups for judged in group], document.tables)
    marked_headers = _MarkedHeaders(document)
    # each column header's columns in every judged table, whatever the tables' other headers
    named: dict[str, list[tuple[_Judged, int]]] = {}
    for group in groups:
        for judged in group:
            for column, text in enumerate(judged.table.header.texts):
                named.setdefault(normalize_header(text), []).append((judged, column))
    if _legend_of_blanks(document):
        return  # the list says what a blank cell means (its legend): every empty cell says it
    nulls = _NullHabits(document)
    for group in groups:
        for judged in group:
            yield from _empty_cells(document, context, judged, group, marked_headers, named, nulls)


# a legend that gives a blank cell its meaning (`blank cell means the status of the feature is
# not known`, `空白表示未知`), matched where one of its first words is written
_BLANK_DEFINED = lazy_re.compile(
    r"(?i)(?:blank|empty)(?:\s+(?:cells?|fields?|entry|entries|spaces?))?\s+"
    r"(?:means?|indicates?|denotes?|signif(?:y|ies)|stands?\s+for)\b"
    r"|(?:空白|留空|为空)(?:的)?(?:单元格|格子)?(?:表示|代表|意味着)"
)
# where such a legend starts, found at C speed (a pattern of `(?i)` alternatives scanned over a
# list of a megabyte cost a tenth of its check); each word one character in, `lank` of `Blank`
_LEGEND_WORDS = (
    ("lank", 1), ("LANK", 1), ("mpty", 1), ("MPTY", 1), ("空白", 0), ("留空", 0), ("为空", 0),
)  # fmt: skip


def _legend_of_blanks(document: Document) -> bool:
    """Whether the list says what a blank cell means."""
    text = document.text
    for word, before in _LEGEND_WORDS:
        start = text.find(word)
        while start >= 0:
            if _BLANK_DEFINED.match(text, start - before):
                return True
            start = text.find(word, start + len(word))
    return False


_NULL_HABIT = 5  # cells of a script's null (`null`, `nan`) that make it the list's mark of none
_DOT_SHARE = 10  # a lone `.` in one cell of a column's ten, at least, is the list's mark of none


class _NullHabits:
    """The marks of nothing the list writes as its way of saying "none", no slip: a word
    (`null`, `nan`, `undefined`) written as a whole cell five times or more across its tables,
    and a lone `.` (`。`) where a column writes it five times or more, in a tenth of its rows at
    least (a scraped catalogue's 235 taglines of `.` in 401); eight stray `.` among a
    catalogue's thousands of cells are slips. Read once for the list, where a cell first says
    such a mark: most lists write none."""

    def __init__(self, document: Document) -> None:
        self._document = document

    @cached_property
    def words(self) -> frozenset[str]:
        counts: Counter[str] = Counter()
        habits: set[str] = set()
        for table in self._document.tables:
            columns: Counter[tuple[int, str]] = Counter()
            for row in table.body:
                for column, text in enumerate(row.texts):
                    if text in NOTHING_SAID:
                        counts[text] += 1
                        columns[column, text] += 1
            habits.update(
                text
                for (_, text), count in columns.items()
                if not text.isalpha()
                and count >= _NULL_HABIT
                and count * _DOT_SHARE >= len(table.body)
            )
        habits.update(
            text for text, count in counts.items() if text.isalpha() and count >= _NULL_HABIT
        )
        return frozenset(habits)


_DETAILS_KEPT = 0.5  # of a table's rows that fill a column of details, at least, for a habit


def _details_open(judged: _Judged, column: int, names: Sequence[str]) -> bool:
    """Whether a table keeps a column of details of this one, its header this one's and more
    (`Team Website` beside `Team`), filled in fewer than half its rows: what it records of a
    row's team is kept where known, this column too (an AI-in-biology index's papers whose
    team, site and affiliation are left empty together). ``names``: the table's headers as
    words, each read once for the table."""
    name = names[column]
    if not name:
        return False
    for other, text in enumerate(names):
        if other == column or not text.startswith(name + " "):
            continue
        details = judged.column(other)
        if details.filled + details.marked < _DETAILS_KEPT * details.rows:
            return True
    return False


def _empty_cells(
    document: Document,
    context: Context,
    judged: _Judged,
    group: list[_Judged],
    marked_headers: _MarkedHeaders,
    named: dict[str, list[tuple[_Judged, int]]],
    nulls: _NullHabits,
) -> Iterator[Finding]:
    """The empty cells of a table in the columns it nearly always fills, or where it has too
    few rows for a convention of its own, its group of tables does."""
    definitions = document.definitions
    table, columns, rows, by_column = judged.table, judged.columns, judged.rows, judged.by_column
    headers = table.header.texts
    own = len(rows) >= context.option(RULE, "min-rows")
    marks: bool | None = None  # read once a column has an empty cell: most have none
    results: set[int] | None = None  # the same
    second: int | None = None  # the line of a header row in the body, read once
    mirrored: bool | None = None  # read where a description cell is empty: most have none
    shapes: Shapes | None = None  # read where a short row leaves a cell empty
    groups: _RowGroups | None = None  # read where a row leaves a cell empty
    cut: frozenset[int] | None = None  # the same
    templates = context.analysis.template_rows
    statistics: frozenset[int] | None = None  # read where a column has an empty cell
    both_ways: bool | None = None  # whether its columns of ticks say no both ways, if asked
    titles: list[dict[str, list[int]]] | None = None  # the rows' titles, read where asked
    quiet_rows: dict[int, bool] = {}  # rows whose empty cells are no slips, by line
    words: list[str] | None = None  # the headers as words, read where a column has an empty cell
    for column, role in _judged(columns, table.width, list(context.option(RULE, "columns"))):
        name = normalize_header(headers[column])
        if role == "license":
            continue  # license cells are AL203's business
        written = judged.column(column)
        if not written.empty:
            continue
        if statistics is None:
            statistics = _statistics(judged, table.width)
        if column in statistics:
            continue  # a count or size the source did not report, among several such
        described = role == "description" or name in _DESCRIBED_AS
        if described and mirrored is None:
            mirrored = _mirrors_github(rows, list(headers), columns, definitions)
            mirrored = mirrored or _mirrors_profiles(rows, definitions)
        # the repositories' own descriptions or the accounts' bios, empty there (a cell that
        # says nothing, `nan`, is still the generator's slip)
        copied = described and bool(mirrored)
        if name in _TAGS and written.filled + written.marked < _TAGGED * written.rows:
            continue  # tags are given when they apply, unless nearly every row gives them
        if name in _MAINTAINERS:
            continue  # an empty Maintainer says no one maintains the entry: the answer, no gap
        if words is None:
            words = [normalize_header(text) for text in headers]
        if _details_open(judged, column, words):
            continue  # `Team` beside a `Team Website` left empty in most rows: kept where known
        if _PROGRESS.search(name):
            continue  # an empty `完成情况` (done?) says not yet: a tracker's answer, no gap
        if name in _LANGUAGE_HEADERS and _api_fields(rows, [plain_text(h) for h in headers]):
            continue  # GitHub detects no language in the repository: nothing to fill
        # a table with rows enough has a convention of its own; a smaller one, its group's
        if not own and written.rows > 1 and not written.filled and not written.marked:
            continue  # a small table that leaves the column empty throughout: its own way
        if not judged.entries and written.filled + written.marked < _RECORD_FILLED * written.rows:
            continue  # a table of records: a value it leaves out in one row of twenty or more
        pooled = written if own or len(group) == 1 else _pooled(group, column)
        if _one_mark(pooled) or _ticked(pooled):
            continue
        if _ticked(pooled, marks_aside=True):
            if both_ways is None:
                both_ways = _no_both_ways(judged, table.width)  # once for the table
            if both_ways:
                continue  # a matrix of ticks that says no by `-` and by a blank
        if marks is None:
            marks = _writes_none_marks(by_column, judged.marks_in, len(rows), table.width)
        # the table's way of saying "none", or the column's own: more marks than empty cells
        # (Play-Leetcode's 1,736 `[无]` official solutions beside 27 empty cells)
        marked = marks or pooled.marked > pooled.empty
        if not marked and pooled.marked >= _TWO_WAYS:
            continue  # none said two ways, empty the more often (7 papers with no model, 3 `-`)
        if not _convention(pooled, context, marked, pooled is not written):
            if not (own and len(group) > 1 and _group_slips(written)) and not (
                own and described and _unfinished_batch(group, judged, column, context, marked)
            ):
                continue
            # a table that fills the column in two rows of three but for a few, of a group that
            # fills it in 9 rows of 10: the group's convention, the table's empty cells slips
            pooled = _pooled(group, column)
            if not _convention(pooled, context, marked, True):
                continue
        # a table that answers no in words keeps its own way, whatever the others leave open
        says_no = own and _answers_no(written)
        if (
            own
            and not says_no
            and (len(group) >= _MANY_TABLES or (len(group) > 1 and len(rows) < _FEW_ROWS))
            and not _convention(_pooled(group, column), context, marked, across=True)
        ):
            continue  # the list's many tables of these columns leave it open (funNLP), or
            # its other tables where this one is small (a task column's groups, their rows'
            # first cells left empty, 8 filled of 10 here and 10 of 24 above: FinLLMs)
        if own and not says_no and not _kept_by_name(named.get(name, []), context, marked):
            continue  # the list's other tables leave a column of this name open (Timeline)
        judged_rows = rows if pooled is written else [row for one in group for row in one.rows]
        if not pooled.marked and _pictures(judged_rows, column, definitions):
            continue  # a figure or an icon, drawn for some entries: none is no slip
        if results is None:
            # a table of results on several benchmarks: a row leaves empty the benchmarks its
            # paper did not report
            results = result_columns(by_column[: table.width])
        if column in results:
            continue  # a benchmark's score not reported
        if (
            name in _REMARKS
            and not marked
            and pooled.filled + pooled.marked < _REMARKED * pooled.rows
        ):
            continue  # a remark is written where there is something to remark; where the
            # column writes `-` for none, an empty one is off its way
        if not marked and _RELEASES.search(name) and not _words_alone(written.texts):
            continue  # an empty Code cell says no code was released, where `-` says nothing
            # (not a column of words that names no release: `Implementation Language`, `Java`)
        # where rows link their name instead of the link column, the link is in the name
        # cell: AL005's business
        placed = role == "link" and not _links_beside_names(rows, columns, definitions)
        tables = 1 if pooled is written else len(group)
        message = _message(headers[column], pooled, _first_mark(rows, column), tables)
        source = _given_by(
            judged_rows,
            column,
            headers[column],
            definitions,
            partial(_marks_none, pooled, marked_headers, name),
        )
        preprints = _venue_of_preprints(name, written.texts)
        if titles is None:
            titles = _row_titles(rows, table.width, definitions)
        titled = _named_from(rows, column, titles, definitions)
        if (
            titled < 0
            and name in _METHOD_HEADERS
            and not written.marked
            and _names_alone(written.texts)
        ):
            # a paper's method named beside its title: a title that coins no name (`Mask-Guided
            # Portrait Editing with Conditional GANs`) gives none to write (where the table
            # writes `--` for none, an empty cell is off its way)
            titled = title_column(table)
        explained = _explained(rows, column, by_column, table.width)
        if explained is None and len(group) > 1:
            # a class of rows every table of the group writes (`Github Release`, no install
            # command, in each of twelve generated install tables): named across the group
            together = [row for one in group for row in one.rows]
            explained = _explained(together, column, _by_column(together), table.width)
        # no solution, discussion or article to link yet: a cell written empty says so (a row
        # cut short before it may have lost it)
        nothing_to_link = not marked and _links_alone(written.texts, definitions)
        # the size of a download, told only where the download is: none where it is none
        resource = -1 if marked else _resource_described(by_column, column, definitions)
        # the entries' own links, each on a site of its own: a row of none lost its link (a
        # column of one judge's problem pages has nothing for the author's own problem)
        own_links = placed and nothing_to_link and _own_sites(rows, column, definitions)
        block = _block_left_empty(rows, column, described)
        # a translation's column: a title already in the translation's language has none
        translated = _TRANSLATION.search(name) is not None
        if second is None:
            second = _second_header(table)
        for row in rows:
            cell = row.cell(column)
            if not _says_nothing(cell, column):
                continue
            if row.line < second:
                continue  # a row of the table's first part, of other columns than the rest
            if copied and (cell is None or not cell.text):
                continue
            if (
                nothing_to_link
                and cell is not None
                and not (own_links and _unlinked(row, definitions))
            ):
                continue
            if row.line in block:
                continue
            if resource >= 0 and _is_empty(row.cell(resource)):
                continue  # no download, no size of it to tell
            if translated and _written_in_han(row.cell(columns.name)):
                continue  # `《网络功能虚拟化技术研究进》` under `Translation（参考）`: no English
            if row is rows[-1] and _group_ends_open(group, column):
                continue  # each table of the group ends on a row that leaves it open (a week's
                # review day, with nothing to link)
            if (
                explained
                and explained[0] < len(row.texts)
                and (row.texts[explained[0]].strip() == explained[1])
            ):
                continue  # a class of rows another column names (`Not vulnerable`: no fingerprint)
            if preprints and _preprint(row, definitions):
                continue  # a paper on arXiv alone appeared at no venue yet
            if titled >= 0 and not _names_a_method(row, titled, headers, definitions):
                continue  # a paper whose title names no method (`Position: …`) and whose code is
                # no method's name (`tsfm-lens`): no name to give
            if placed and has_entry_link(row.cell(columns.name), definitions):
                continue
            if source and source.lacks(row, definitions):
                continue  # a date or badge the source of the other rows gives, this row's lacks
            quiet = quiet_rows.get(row.line)
            if quiet is None:
                # struck out (a dead mirror), a row of totals (the columns it does not sum are
                # no one's) or an entry still to be written up (`todo`): read once for a row
                quiet = retired(row.texts) or sums(row) or _holds_a_place(row)
                quiet_rows[row.line] = quiet
            if quiet:
                continue
            if row.line in templates:
                continue  # `| []() |  | <img src=""> |`: a row to copy, kept for contributors
            if groups is None:
                groups = _RowGroups(table)
            if column == 0 and groups.under_a_label(row):
                continue  # a row of the group the bold label above names (`**更多机型**`)
            if groups.continues(row, column):
                continue  # `| | | [osu!framework](…) | [osu!lazer](…) |` under `| [ppy](…) | +13 |`
            if len(row.texts) < table.width:
                if shapes is None:
                    shapes = Shapes(table)
                if shifted_cell(row, shapes) is not None:
                    continue  # a cell missing before another, shifted into its place: AL001's
                if cut is None:
                    cut = cut_short(table)
                if row.line in cut:
                    continue  # a row cut short, its cells on no line: AL001's
            said = cell.text if cell is not None else ""
            if said and said in nulls.words:
                continue  # the list's own mark of none (`null` in 22 cells), no slip
            # (an empty code span shows its backticks, quoted in none: `` `` `` reads as noise)
            shown = "an empty code span" if said.strip("` ") == "" else f"`{said}`"
            yield Finding(
                row.line,
                row.column_of(column),
                message.replace(" is empty;", f" says nothing ({shown});") if said else message,
            )


def _leading_empty(texts: tuple[str, ...]) -> int:
    """How many of a row's first cells are empty, where two or more are and a later cell is not;
    else 0."""
    count = next((at for at, text in enumerate(texts) if text.strip()), len(texts))
    return count if 2 <= count < len(texts) else 0


_GROUP_ROWS = 50  # rows above, at most, that one row's group is looked for in


class _RowGroups:
    """A table's rows that go on a row above them, as cells spanning rows would in HTML, read
    once for the table."""

    def __init__(self, table: Table) -> None:
        body = table.body
        self._index = {row.line: at for at, row in enumerate(body)}
        self._texts = [row.texts for row in body]
        self._leading = [_leading_empty(texts) for texts in self._texts]
        firsts = [texts[0].strip() for texts in self._texts if texts and texts[0].strip()]
        self._firsts = len(firsts)
        self._bold = sum(bool(_BOLD.fullmatch(text)) for text in firsts)

    def continues(self, row: Row, column: int) -> bool:
        """Whether a row that leaves its first two cells or more empty (``column`` among them)
        goes on the row above it: a company's second engine and games under its name and size
        (`| | | [osu!framework](…) |` under `| [ppy](…) | +13 | …`). The row above fills those
        cells, or goes on a row above it the same way."""
        at = self._index[row.line]
        empty = self._leading[at]
        if column >= empty:
            return False
        for above in range(at - 1, max(at - _GROUP_ROWS, 0) - 1, -1):
            if self._leading[above] >= empty:
                continue  # another row of the same group
            return all(text.strip() for text in self._texts[above][:empty])
        return False

    def under_a_label(self, row: Row) -> bool:
        """Whether a row's empty first cell is under a bold label's (`| **更多机型** | [链接](…) |`,
        then `|  | [链接](…) |`) in a table whose first column names its other entries in plain
        words (half of them at least): the label spans its group's rows."""
        at = self._index[row.line]
        if at == 0 or not self._texts[at - 1]:
            return False
        if not _BOLD.fullmatch(self._texts[at - 1][0].strip()):
            return False
        # the label itself is one of the bold first cells, not counted among the entries'
        return (self._bold - 1) * 2 <= self._firsts - 1


_NAMED_ROWS = 5  # rows whose title starts with the column's value, at least, for a habit
_NAMED = 0.75  # of the rows that fill the column and title a name, that give that name


def _title_name(texts: tuple[str, ...], column: int, definitions: Definitions) -> str | None:
    """The name a row's title in ``column`` starts with (`Olivia` of `[Olivia: Harmonizing
    …](…)`), case-folded, or None."""
    name = _title_prefix(texts, column, definitions)
    return name.casefold() if name is not None else None


def _title_prefix(texts: tuple[str, ...], column: int, definitions: Definitions) -> str | None:
    """The name a row's title in ``column`` starts with, as written, or None (for a kind of
    paper, `Position: …`, too)."""
    text = texts[column] if column < len(texts) else ""
    if ":" not in text and "：" not in text:
        return None
    return title_prefix(plain_text(text, definitions))


_CODE_REPOSITORY = lazy_re.compile(r"github\.com/[\w.-]+/([\w.-]+)", re.IGNORECASE)
_CODE_HEADER = lazy_re.compile(r"(?i)\b(?:code|github|repo(?:sitory)?|implementation)\b|代码|源码")


_METHOD_HEADERS = frozenset({"model", "models", "method", "methods", "模型", "方法", "模型名称"})
_NAME_WORDS = 4  # words of a column's middle value, at most, for its values to be names


def _names_alone(texts: Sequence[str]) -> bool:
    """Whether a column's values name things (`Attention-GAN`, `INIT`, `DINO (self-distillation
    with no labels)`) rather than say them in sentences (`Use entropy of reasoning steps to
    select…`: a method told, for every paper)."""
    # a name's expansion after it is no sentence (`DINO (self-distillation with no labels)`)
    words = sorted(
        len(re.split(r"[(（:：]", plain_text(text), maxsplit=1)[0].split())
        for text in texts
        if text.strip()
    )
    return not words or words[len(words) // 2] <= _NAME_WORDS


def _names_a_method(row: Row, titled: int, headers: Sequence[str], d: Definitions) -> bool:
    """Whether a row gives its method a coined name the Model column could hold: its title's
    (`DoKnowAD: Calibrating …`) or its own repository's in a column of code (`[Code](…/ALoRa)`)."""
    name = _title_prefix(row.texts, titled, d)
    if name is not None and coined(name):
        return True
    for header, cell in zip(headers, row.texts, strict=False):
        if _CODE_HEADER.search(header) is not None:
            repository = _CODE_REPOSITORY.search(cell)
            if repository is not None and coined(repository.group(1).removesuffix(".git")):
                return True
    return False


_TITLE_COLUMNS = 3  # columns of titles, those that title most rows, a table is read for


def _row_titles(
    rows: list[Row], width: int, definitions: Definitions
) -> list[dict[str, list[int]]]:
    """Each row's titles by the name they start with (`olivia` of `Olivia: Harmonizing …`),
    each with the columns that give it, in the three columns that title most rows (a table of
    papers has a column of titles or two, not hundreds): read once for a table, where a column
    first leaves a cell empty."""
    read: list[list[tuple[int, str]]] = []
    titled: Counter[int] = Counter()
    for row in rows:
        found = []
        for column in range(min(width, len(row.texts))):
            title = _title_name(row.texts, column, definitions)
            if title is not None:
                found.append((column, title))
                titled[column] += 1
        read.append(found)
    kept = set(sorted(titled, key=lambda column: (-titled[column], column))[:_TITLE_COLUMNS])
    titles: list[dict[str, list[int]]] = []
    for found in read:
        by_name: dict[str, list[int]] = {}
        for column, title in found:
            if column in kept:
                by_name.setdefault(title, []).append(column)
        titles.append(by_name)
    return titles


def _named_from(
    rows: list[Row], column: int, titles: list[dict[str, list[int]]], definitions: Definitions
) -> int:
    """The column whose titles start with this column's value (`Olivia: Harmonizing …` beside
    `Olivia` under Model), in three rows in four that fill it and title a name, five at least:
    the table gives a paper's method its title's name, and a title that names none leaves the
    cell empty on purpose; -1 where none does. ``titles`` are the rows' titles
    (`_row_titles`): the columns that give the value are looked up, not every column read
    again for every column."""
    filled: list[dict[str, list[int]]] = []
    named: Counter[int] = Counter()
    for row, found in zip(rows, titles, strict=True):
        value = row.texts[column].strip() if column < len(row.texts) else ""
        if not value or not found:
            continue
        filled.append(found)
        named.update(found.get(plain_text(value, definitions).strip().casefold(), ()))
    for other in sorted(named):
        if other == column or named[other] < _NAMED_ROWS:
            continue
        given = sum(any(other in columns for columns in found.values()) for found in filled)
        if named[other] >= _NAMED * given:
            return other
    return -1


_ONE_SITE = 0.5  # of a column's links on one host, at most, for them to be the entries' own


_PAPERS_SHARE = 0.9  # of a column's links on papers' sites, at least, for it to link papers


def _own_sites(rows: list[Row], column: int, definitions: Definitions) -> bool:
    """Whether a column's links are the entries' own pages: on many sites, none of them half of
    its links, or papers' pages (nine in ten on a preprint server's or a publisher's site:
    every paper has one; a judge's problem pages are one site's, and the author's own problem
    has none)."""
    hosts = Counter(
        host_of(link.url)
        for row in rows
        if (cell := row.cell(column)) is not None and cell.text
        for link in links(cell.text, definitions)
        if not link.image
    )
    if not hosts:
        return False
    total = sum(hosts.values())
    if hosts.most_common(1)[0][1] <= _ONE_SITE * total:
        return True
    return sum(hosts[host] for host in PAPER_HOSTS) >= _PAPERS_SHARE * total


def _unlinked(row: Row, definitions: Definitions) -> bool:
    """Whether a row is an entry with no link at all: no cell links a page of its own, and a
    cell after its name says something (a row of a name alone is a label of the rows below it,
    `| 几个数据集平台 |  |  |`, or a name the list has nothing more about)."""
    cells = row.cells
    return any(cell.text for cell in cells[1:]) and not any(
        has_entry_link(cell, definitions) for cell in cells
    )


_BOLD = lazy_re.compile(r"(\*\*|__).+\1")


def _second_header(table: Table) -> int:
    """The line of a header row written in the table's body (every cell in bold: `| __Minifier__
    | __Minified size__ | __Time__ |`), which starts a part of other columns; 0 for none. The
    rows above it are the first part's (a package's sizes above its minifiers' results)."""
    for row in table.body[1:]:
        texts = row.texts
        if len(texts) >= 2 and all(_BOLD.fullmatch(text) for text in texts):
            return row.line
    return 0


_SMALL_PART = 4  # a run of a quarter of a table's rows or fewer is a small part of it
_BLOCK = 3  # consecutive rows that leave a column empty at a table's start or end: a period


def _block_left_empty(rows: list[Row], column: int, described: bool) -> frozenset[int]:
    """The lines of a run of rows at the table's start or end that leave the column empty (three
    or more): a period the column did not apply to (a meetup's first sessions, before it named
    speakers or recorded them), not cells forgotten one by one.

    Not a column of classes, whose values repeat (a chain, `ETH` or `BSC`: the oldest incidents
    had a chain too), nor descriptions left out of a run that is a small part of its table (the
    oldest entries of a catalogue, still to describe)."""
    empty = [_is_empty(row.cell(column)) for row in rows]
    values = [row.texts[column].strip() for row, gap in zip(rows, empty, strict=True) if not gap]
    if len(set(values)) * 2 <= len(values):
        return frozenset()
    lines: set[int] = set()
    for ordered in (range(len(rows)), range(len(rows) - 1, -1, -1)):
        run = []
        for index in ordered:
            if not empty[index]:
                break
            run.append(rows[index])
        # rows of a name and nothing else are entries still to describe, not a period (a
        # website directory's three sound sites, named and linked at its table's end)
        if len(run) >= _BLOCK and not all(_name_alone(row) for row in run):
            lines.update(row.line for row in run)
    if described and len(lines) * _SMALL_PART <= len(rows):
        return frozenset()
    return frozenset(lines)


def _name_alone(row: Row) -> bool:
    """Whether a row writes its first cell and leaves every other empty."""
    texts = row.texts
    return bool(texts and texts[0].strip()) and all(_is_empty(cell) for cell in row.cells[1:])


RULE = Rule(
    code="AL004",
    name="empty-cell",
    summary="A table leaves a cell empty in a column it nearly always fills",
    severity=Severity.ERROR,
    check=check,
    options={
        "columns": [],
        "min-filled": 0.8,
        "max-empty": 5,
        "class-share": 0.1,
        "min-rows": 5,
    },
)
