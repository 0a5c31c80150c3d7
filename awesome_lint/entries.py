"""Curated entries, one model for table rows and list items: name, links, description, license.

A table's columns are recognised by their header, in English and Chinese; a list item is an
entry when it starts with a link (``- [name](url) - description``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import NamedTuple

from awesome_lint import lazy_re
from awesome_lint.document import Cell, Document, ListItem, Row, Table, TextLine
from awesome_lint.inline import (
    InlineLink,
    heading_text,
    kept_links,
    links,
    links_without_definitions,
    plain_text,
    whole_link,
)
from awesome_lint.urls import name_key
from awesome_lint.values import LETTER

ROLES = ("name", "description", "license", "link")

DEFAULT_ALIASES: Mapping[str, tuple[str, ...]] = {
    "name": (
        "name", "project", "projects", "model", "models", "tool", "tools", "library", "lib",
        "title", "api", "app", "package", "dataset", "resource", "paper", "papers", "名称", "名字",
        "标题", "题目", "论文", "项目", "模型", "工具", "库", "数据", "数据集", "资源", "框架",
        "名前", "モデル", "ツール", "プロジェクト", "論文", "データセット", "이름", "모델",
        "프로젝트", "도구", "논문", "데이터셋",
    ),
    "description": (
        "description", "desc", "about", "summary", "details", "detail", "introduction", "描述",
        "简介", "详情", "介绍", "说明", "概述", "説明", "概要", "설명", "개요",
    ),
    "license": (
        "license", "licence", "licenses", "许可", "许可证", "协议", "授权", "开源协议",
        "ライセンス", "라이선스", "라이센스",
    ),
    "link": (
        "link", "links", "url", "github", "repo", "repository", "homepage", "website", "source",
        "code", "address", "地址", "链接", "网址", "主页", "代码", "仓库", "paper", "papers",
        "论文", "posting", "apply",
    ),
}  # fmt: skip

_CITATION = lazy_re.compile(r"\[?\^?\d{1,3}\]?")  # a reference such as [1] in a name cell
_PARENTHESISED = lazy_re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]|【[^【】]*】")
_WORD = lazy_re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Columns:
    """Which header column plays which role; -1 where none does."""

    name: int = -1
    description: int = -1
    license: int = -1
    link: int = -1

    def role(self, index: int) -> str | None:
        for role in ROLES:
            if getattr(self, role) == index:
                return role
        return None


class Entry(NamedTuple):
    """A curated entry. ``urls`` are its own links (name and link cells, or an item's leading
    link), never links inside its description nor images. A named tuple, not a frozen
    dataclass: a check makes one for every row, and setting fifteen fields one by one on a
    frozen record cost more than all the rest of reading the row (``_replace`` for a copy)."""

    kind: str  # "row" or "item"
    line: int
    column: int
    name: str
    name_column: int
    urls: tuple[InlineLink, ...]
    url_columns: tuple[int, ...]
    description: str
    description_column: int
    license: str | None  # the license cell's text; None where the table has no such column
    license_column: int
    table: Table | None = None
    row_index: int = -1  # the body row, for table entries
    name_links: int = 1  # how many of ``urls`` come from the name
    own_links: int = 1  # how many of ``urls``, from the first, say which entry this is

    @property
    def own_urls(self) -> tuple[InlineLink, ...]:
        """The links that say which entry this is: its name's; where the name has none, the
        table's first column of links (a paper's pdf, a model's checkpoints), else its link
        cell's. A shared code repository in a later column does not make two papers one entry."""
        return self.urls[: self.own_links]


def normalize_header(text: str) -> str:
    """A header as words: markup and parenthesised text removed, case folded."""
    plain = plain_text(text)
    plain = _PARENTHESISED.sub(" ", plain)
    return unicodedata.normalize("NFKC", plain).casefold().strip()


# the headers of a column of papers' titles
_TITLE_HEADERS = frozenset(
    {
        "title",
        "paper title",
        "paper name",
        "paper",
        "papers",
        "论文",
        "论文标题",
        "论文名称",
        "标题",
        "题目",
    }
)


def title_column(table: Table) -> int:
    """The column of a table whose header names it the papers' titles; -1 for none."""
    headers = [normalize_header(text) for text in table.header.texts]
    return next((index for index, text in enumerate(headers) if text in _TITLE_HEADERS), -1)


def header_key(table: Table) -> tuple[str, ...]:
    """A table's header as words, column by column: tables of one key are one catalogue."""
    return tuple(normalize_header(text) for text in table.header.texts)


def two_catalogues(one: Entry, other: Entry) -> bool:
    """Whether two rows are of tables of different headers: two catalogues (a table of models
    and a table of their context lengths; a list of problems and a list to study again; a
    table of datasets and a table of papers)."""
    if one.table is None or other.table is None or one.table is other.table:
        return False
    mine, theirs = header_key(one.table), header_key(other.table)
    if mine == theirs:
        return False
    # a header that adds a column to the other's (`Title | Publish | Github`, then the same and
    # `Main Idea`) heads the same catalogue, one column more
    shorter, longer = sorted((mine, theirs), key=len)
    return len(shorter) < 2 or longer[: len(shorter)] != shorter


# a header of when an entry was given: a course's offering, a school's year (not a date, which
# a paper's row gives once for the preprint and again for the venue)
_WHEN = lazy_re.compile(
    r"(?i)^(?:years?|semesters?|terms?|sessions?|editions?|offerings?)$|年份|学期|開催"
)


def _when_column(table: Table) -> int:
    """The column of a table that says when each entry was given (`Year`, `Semester`), or -1."""
    for index, text in enumerate(table.header.texts):
        if _WHEN.search(normalize_header(text)):
            return index
    return -1


# a cell that dates its row to a month or a day (`2025-12-29`, `2023年5月`, `Sep 2022`)
_DATED = lazy_re.compile(
    r"(?:19|20)\d\d(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d",
    re.IGNORECASE,
)
_LOGGED = 0.9  # of a table's rows whose cell of a column is a date, for the table to be a log

_DATE_PART = lazy_re.compile(r"\d+|[^\W\d_]+")


_Figures = tuple[int | str, ...]  # a date's parts: its numbers as numbers, its words folded


def _date_figures(text: str) -> _Figures:
    """A date's parts, its numbers as numbers (`2025.01` is `(2025, 1)`, as `2025.1` is) and
    its words case-folded (`Sep 2022` is `("sep", 2022)`)."""
    return tuple(
        int(part) if part.isdigit() else part.casefold() for part in _DATE_PART.findall(text)
    )


def dates_apart(one: Entry, other: Entry, logs: dict[int, int]) -> int:
    """The column that dates two rows of one table apart, where the table is a log (its column
    of months or days, kept in ``logs`` by the table's line) and the rows' dates differ
    (`2025.1` and `2025.01` are one date); -1 otherwise."""
    found = _row_dates(one, other, logs, _DATED)
    return found[0] if found is not None and found[1] != found[2] else -1


# a cell that dates its row to a day or to days (`2026-09-10`, `2026-09-10 to 2026-09-11`)
_DAYS = lazy_re.compile(
    r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*(?:to|-|–|~|至)\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})?"
)


def calendar(table: Table) -> bool:
    """Whether a table dates nine rows in ten to their days (`2026-09-10`, `2026-09-10 to
    2026-09-11`): a calendar of events."""
    return day_column(table) >= 0


def day_column(table: Table) -> int:
    """The column of a calendar (``calendar``) that dates its rows to their days, or -1."""
    return _dated_column(table, _DAYS)


def first_day(text: str) -> _Figures:
    """The first day a calendar's cell dates its row to (`2026-09-10 to 2026-09-11`: its
    figures `(2026, 9, 10)`; `2026/9/10` is the same day)."""
    return _date_figures(text)[:3]


def same_days(one: Entry, other: Entry, calendars: dict[int, int]) -> bool:
    """Whether two rows of one table are dated to the same day or days, in a table that dates
    nine rows in ten to their days (a calendar of events, ``calendars`` keeping its column by
    the table's line): `2026-09-10 to 2026-09-11` in both."""
    found = _row_dates(one, other, calendars, _DAYS)
    return found is not None and found[1] == found[2]


def _row_dates(
    one: Entry, other: Entry, columns: dict[int, int], dated: re.Pattern[str]
) -> tuple[int, _Figures, _Figures] | None:
    """The column of two rows' table whose cells are dates as ``dated`` writes them, in nine
    rows in ten (kept in ``columns`` by the table's line), with the two rows' dates' figures;
    None where the rows are of two tables, the table has no such column or a row no such cell."""
    found = _date_cells(one, other, columns, dated)
    if found is None:
        return None
    column, mine, theirs = found
    return column, _date_figures(mine), _date_figures(theirs)


def _date_cells(
    one: Entry, other: Entry, columns: dict[int, int], dated: re.Pattern[str]
) -> tuple[int, str, str] | None:
    """The column of two rows' table whose cells are dates as ``dated`` writes them (kept in
    ``columns`` by the table's line), with the two rows' texts there; None where the rows are
    of two tables, the table has no such column or a row no such cell."""
    table = one.table
    if table is None or other.table is not table:
        return None
    column = columns.get(table.line)
    if column is None:
        column = columns[table.line] = _dated_column(table, dated)
    if column < 0:
        return None
    mine, theirs = (table.body[entry.row_index].cell(column) for entry in (one, other))
    if mine is None or theirs is None:
        return None
    return column, mine.text, theirs.text


# a cell that dates its row to a day, in the ways lists write one: `2026-06-11`, `2026/6/11`,
# `11 Jun 2026`, `Jun 11, 2026`, `2026年6月11日`
_DAY = lazy_re.compile(
    r"(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]{3})[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<m3>[a-z]{3})[a-z]*\.?\s+(?P<d3>\d{1,2}),?\s+(?P<y3>(?:19|20)\d\d)"
    r"|(?P<y4>(?:19|20)\d\d)年(?P<m4>\d{1,2})月(?P<d4>\d{1,2})日",
    re.IGNORECASE,
)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _day(text: str) -> tuple[int, int, int] | None:
    """The day a cell writes as its whole text, as (year, month, day); None for another text."""
    found = _DAY.fullmatch(text.strip())
    if found is None:
        return None
    for way in "1234":
        year, month, day = (found.group(f"{part}{way}") for part in "ymd")
        if year is None:
            continue
        number = _month_number(month)
        return (int(year), number, int(day)) if 1 <= number <= 12 else None
    return None


def _month_number(month: str) -> int:
    """A month as its number (`6`, `Jun`), 0 for no month's name."""
    if month.isdigit():
        return int(month)
    folded = month.casefold()
    return _MONTH_NAMES.index(folded) + 1 if folded in _MONTH_NAMES else 0


def later_day(one: Entry, other: Entry, columns: dict[int, int]) -> Entry | None:
    """Of two rows of one table that dates nine rows in ten to their days (its column kept in
    ``columns`` by the table's line: `11 Jun 2026`), the one of the later day; None where they
    are of one day, of two tables, or undated."""
    found = _date_cells(one, other, columns, _DAY)
    if found is None:
        return None
    days = _day(found[1]), _day(found[2])
    if days[0] is None or days[1] is None or days[0] == days[1]:
        return None
    return one if days[0] > days[1] else other


def _dated_column(table: Table, dated: re.Pattern[str]) -> int:
    """The column of a table whose cells are dates as ``dated`` writes them in nine rows in ten
    (a log's months or days, an audit firm's reviews'; a calendar's days), or -1. A column is
    read no further once it leaves more rows undated than the tenth it may (most columns: a
    few hundred rows of a large table, not all of them)."""
    rows = table.body
    if not rows:
        return -1
    least = _LOGGED * len(rows)  # dated rows a column writes, at least
    for column in range(table.width):
        most = len(rows)  # the dated rows the column may still write
        for row in rows:
            texts = row.texts
            if column >= len(texts) or not dated.fullmatch(texts[column].strip()):
                most -= 1
                if most < least:
                    break
        else:
            return column
    return -1


def editions(one: Entry, other: Entry) -> bool:
    """Whether two rows of one table are two editions of one thing: the table says when each
    was given, and they were given at different times (`Deep Unsupervised Learning` of `S2019`
    and of `S2020`, each with its own page)."""
    table = one.table
    if table is None or table is not other.table:
        return False
    column = _when_column(table)
    if column < 0:
        return False
    mine, theirs = (table.body[entry.row_index].cell(column) for entry in (one, other))
    if mine is None or theirs is None or not mine.text.strip() or not theirs.text.strip():
        return False
    return " ".join(mine.text.split()).casefold() != " ".join(theirs.text.split()).casefold()


def _word_places(header: str) -> dict[str, int]:
    """Where each word of a header is first written."""
    places: dict[str, int] = {}
    for word in _WORD.finditer(header):
        places.setdefault(word.group(), word.start())
    return places


@dataclass(frozen=True)
class _AliasIndex:
    """Configured header words, casefolded once: by word, the roles an ASCII word names; and
    the other aliases (`地址`, `ライセンス`), found as text, with their role."""

    words: Mapping[str, tuple[int, ...]]
    texts: tuple[tuple[str, int], ...]


@lru_cache(maxsize=8)
def _alias_index(aliases: tuple[tuple[str, ...], ...]) -> _AliasIndex:
    words: dict[str, list[int]] = {}
    texts: list[tuple[str, int]] = []
    for order, names in enumerate(aliases):
        for alias in names:
            folded = alias.casefold()
            if folded.isascii():
                words.setdefault(folded, []).append(order)
            else:
                texts.append((folded, order))
    return _AliasIndex({word: tuple(orders) for word, orders in words.items()}, tuple(texts))


def roles_of(header: str, aliases: Mapping[str, Sequence[str]]) -> list[str]:
    """The roles a header names, the one written first first (`Links & Summary` is a link
    column); roles written at one place keep ``ROLES`` order."""
    # the aliases are indexed once, not read one by one for each of thousands of headers
    index = _alias_index(tuple(tuple(aliases.get(role, ())) for role in ROLES))
    placed: dict[int, int] = {}  # role (by its place in ROLES) -> where it is first written
    for word, place in _word_places(header).items():
        for order in index.words.get(word, ()):
            placed[order] = min(placed.get(order, place), place)
    if not header.isascii():
        for text, order in index.texts:
            place = header.find(text)
            if place >= 0:
                placed[order] = min(placed.get(order, place), place)
    return [ROLES[order] for order in sorted(placed, key=lambda order: (placed[order], order))]


_HEADER_WORDS = 6  # words of a header that names a column; more make a sentence

# a header of what each entry is built on (`Base Model`, `LLM Backbone`, `基座模型`): a model's
# column, but not the entries' own names (a fine-tune's row names its base: `Qwen (7b)`)
_BASED_ON = lazy_re.compile(r"\b(?:base|backbone|parent|underlying)\b|基座|基础模型|ベース|베이스")


def recognise_columns(
    headers: Sequence[str], aliases: Mapping[str, Sequence[str]] = DEFAULT_ALIASES
) -> Columns:
    """Map roles to header columns: the first column whose header names the role. A header
    that names several roles takes the first in ``ROLES`` order."""
    found: dict[str, int] = {}
    if any(_BARE_ADDRESS.fullmatch(header.strip()) for header in headers):
        # `| 国家数据中心 | 各类科学数据 | https://data.stats.gov.cn |`: a header that writes
        # an entry's address is the table's first entry, naming no column
        return Columns()
    normalized = [normalize_header(header) for header in headers]
    for index, header in enumerate(normalized):
        if len(header.split()) > _HEADER_WORDS:
            continue  # a sentence (`Your resource for answers. In case you have doubts…`)
        roles = roles_of(header, aliases)
        if "license" in roles:
            # `Code License`, `代码开源协议`: the license of what another word names, not a
            # column of code links
            roles = ["license"]
        for role in roles:
            if role == "name" and _BASED_ON.search(header):
                continue
            if role not in found:
                found[role] = index
                break
            if role == "name" and header in _NAMES and normalized[found[role]] not in _NAMES:
                # `| App | Name | Description |`, a column of logos before the names: a header
                # that says `Name` names them, before another word of a name's
                found[role] = index
                break
    return Columns(**found)


_NAMES = frozenset({"name", "names", "名称", "名字"})  # headers that say it, not a kind of name


def _own(found: Sequence[InlineLink]) -> list[InlineLink]:
    return [link for link in found if not link.image and not link.badge and link.url]


def _is_entry_url(url: str) -> bool:
    return bool(url) and not url.startswith("#")


def _cell_links(cell: Cell | None, definitions: Mapping[str, tuple[str, str]]) -> list[InlineLink]:
    if cell is None or not cell.text:
        return []
    whole = whole_link(cell.text)
    if whole is not None:  # one `[name](url)`, as ``kept_links`` reads it whatever the definitions
        return [whole] if whole.url else []  # ``_own``: no image, no badge
    return _own(kept_links(cell.text, definitions))


def _badge_links(
    cell: Cell | None, definitions: Mapping[str, tuple[str, str]]
) -> list[tuple[Cell | None, InlineLink]]:
    """The targets of a link cell written only as badges (`[![arXiv](…)](…/2405.10040)`, as
    generated paper lists write them): the row's links where it has no other."""
    if cell is None or not cell.text:
        return []
    found = links(cell.text, definitions)
    return [(cell, link) for link in found if link.badge and _is_entry_url(link.url)]


def has_entry_link(cell: Cell | None, definitions: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a cell holds a link of the entry's own: not an image, not a badge (a link around
    an image), not a fragment of this page; placeholders (`-`, `N/A`, `无`, ⚠️) hold none."""
    if cell is None or not cell.text:
        return False
    if not definitions:  # most documents: the same text always answers the same
        return _holds_entry_link(cell.text)
    return _any_entry_link(kept_links(cell.text, definitions))


# rules ask this of every row's name and link cells, several rules each
@lru_cache(maxsize=1 << 16)
def _holds_entry_link(text: str) -> bool:
    return _any_entry_link(links_without_definitions(text))


def column_entry_links(
    table: Table, column: int, definitions: Mapping[str, tuple[str, str]]
) -> tuple[bool, ...]:
    """``has_entry_link`` of each body row's cell in ``column`` (False where a row has none):
    one pass over the column, its cells' texts read directly (``Analysis.entry_links`` keeps
    the answer for the rules that read it of every row)."""
    found: list[bool] = []
    if column < 0:
        return (False,) * len(table.body)
    for row in table.body:  # a loop: every row passes here
        texts = row.texts
        text = texts[column] if column < len(texts) else ""
        if not text:
            found.append(False)
        elif not definitions:
            found.append(_holds_entry_link(text))
        else:
            found.append(_any_entry_link(kept_links(text, definitions)))
    return tuple(found)


def _any_entry_link(found: Sequence[InlineLink]) -> bool:
    # a loop, not any() over a generator (twice as slow): every row's name and link cells
    for link in found:  # noqa: SIM110
        if not link.image and not link.badge and _is_entry_url(link.url):
            return True
    return False


def _any_own_entry_link(found: Sequence[InlineLink]) -> bool:
    """``_any_entry_link`` of a cell's ``_own`` links (no image, no badge, a URL each)."""
    for link in found:  # noqa: SIM110
        if not link.url.startswith("#"):
            return True
    return False


def _any_entry_url(pairs: Sequence[tuple[Cell | None, InlineLink]]) -> bool:
    # a loop, not any() over a generator (twice as slow), ``_is_entry_url`` written out in it:
    # every row passes here
    for _, link in pairs:
        url = link.url
        if url and not url.startswith("#"):
            return True
    return False


_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call
_SECOND = itemgetter(1)


_CAPTION_ROWS = 2  # rows under a figure's picture, at most: its caption


def _figure(table: Table, definitions: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a table frames a figure: one column, a picture for its header and a caption or
    two under it (`|![Sketchnote](./sketchnotes/00-Roadmap.png)|`, then `| Roadmap - _Sketchnote
    by [@nitya](…)_ |`). Its caption credits the picture's author; it lists no entry."""
    if len(table.header.texts) != 1 or len(table.body) > _CAPTION_ROWS:
        return False
    return any(link.image for link in links(table.header.texts[0], definitions))


def table_entries(
    document: Document,
    table: Table,
    aliases: Mapping[str, Sequence[str]] = DEFAULT_ALIASES,
    entry_links: dict[tuple[int, int], tuple[bool, ...]] | None = None,
) -> tuple[Columns, list[Entry]]:
    """The table's columns and its entries: rows whose name or link cell holds a URL that is
    not a fragment. ``entry_links`` gets the name and link columns' ``column_entry_links`` (by
    table line and column), read on the way."""
    definitions = document.definitions
    columns = recognise_columns(table.header.texts, aliases)
    if _figure(table, definitions):
        return columns, []
    if columns.name < 0:
        columns = _name_from_first_link_column(document, table, columns)
    elif columns.link >= 0 and _names_links(document, table, columns.link, columns.name):
        columns = replace(columns, name=columns.link, link=columns.name)
    elif (
        columns.name > 0
        and len(table.body) >= _LABELLED_ROWS
        and (
            _one_word(document, table, columns.name)
            # a header that reads as names over a column most rows leave empty (`Package`:
            # a language's third-party grammar, 109 rows of 301): the rows are named before it
            or mostly_empty(table, columns.name)
        )
    ):
        # a header that reads as names whose links are labels (`[SDK](…)`, `[API](…)` under
        # `API and SDK`): the first column of distinct values before it names the rows, in
        # words (not a column of scores: `9.6%`)
        naming = _naming_column(
            table, {columns.description, columns.license, *credit_columns(table)}, columns.name
        )
        if naming >= 0 and _worded(table, naming):
            link = columns.link if columns.link >= 0 else columns.name
            columns = replace(columns, name=naming, link=link)
    elif _described_by_link(table, columns, definitions):
        columns = replace(columns, link=columns.description)
    elif columns.name > 0 and columns.link < 0:
        named = _linked_names_before(table, columns.name, definitions)
        if named >= 0:
            columns = replace(columns, name=named)
    if columns.link >= 0:
        fuller = _fuller_link_column(document, table, columns, aliases)
        if fuller >= 0:
            columns = replace(columns, link=fuller)
    first: int | None = None  # found when a row's name first has no link
    badges: int | None = None  # a table's first column of badge links (-1: none), once asked
    shared: frozenset[str] = frozenset()  # that column's links many rows write, found with it
    entries: list[Entry] = []
    name_at, link_at = columns.name, columns.link
    description_at, license_at = columns.description, columns.license
    named_rows: list[bool] = []  # has_entry_link of each row's name cell, and of its link cell
    linked_rows: list[bool] = []
    for index, row in enumerate(table.body):
        cells = row.cells  # each cell looked up here, not through ``row.cell``: every row passes
        count = len(cells)
        name_cell = cells[name_at] if 0 <= name_at < count else None
        link_cell = cells[link_at] if 0 <= link_at < count else None
        description_cell = cells[description_at] if 0 <= description_at < count else None
        license_cell = cells[license_at] if 0 <= license_at < count else None
        name_text = name_cell.text if name_cell is not None else ""
        whole = whole_link(name_text) if name_text[:1] == "[" else None
        if whole is not None:
            # one `[name](url)`, most rows' name: its one link read here as the other branch
            # reads any cell's (``_cell_links``, ``plain_text``, ``_any_own_entry_link``)
            url = whole.url
            name = whole.text.strip()
            named_rows.append(bool(url) and not url.startswith("#"))
            cited = len(name) <= 6 and _CITATION.fullmatch(name) is not None
            pairs = [(name_cell, whole)] if url and not cited else []
        else:
            name_links = _cell_links(name_cell, definitions)
            name = _seen_name(name_text, definitions)
            named_rows.append(_any_own_entry_link(name_links))
            # a citation is six characters at most (`[^123]`): a longer text is not searched
            pairs = [
                (name_cell, link)
                for link in name_links
                if len(said := link.text.strip()) > 6 or not _CITATION.fullmatch(said)
            ]
            if len(pairs) > 1 and pairs[0][1].text != pairs[0][1].url:
                # `[picker](…) : deprecated, move to https://…`: an address the text after a
                # linked name mentions is not the entry's
                pairs = [pair for pair in pairs if pair[1].text != pair[1].url]
        own = named = len(pairs)
        # a row whose name cell is empty goes on the entry above it (an event's second talk):
        # the links of its other cells are that entry's, no name's of its own; unless it leads
        # with an address written out, before the name (a channel's `https://t.me/…`, its
        # actor's name left empty): an entry of its own
        if not own:
            if first is None:
                first = _first_column_of_links(document, table, columns)
                shared = _shared_links(table, first, definitions)
            first_cell = row.cell(first)
            named_here = name_cell is None or bool(name_text.strip())
            if (
                first_cell is not None
                and first_cell is not link_cell
                and (named_here or first < name_at)
            ):
                found = _cell_links(first_cell, definitions)
                if named_here or all(link.text == link.url for link in found):
                    pairs += [(first_cell, link) for link in found if link.url not in shared]
                    own = len(pairs)
        if link_cell is not name_cell:
            link_text = link_cell.text if link_cell is not None else ""
            whole = whole_link(link_text) if link_text[:1] == "[" else None
            if whole is not None:  # one `[text](url)`, as the name's above
                url = whole.url
                linked_rows.append(bool(url) and not url.startswith("#"))
                if url:
                    pairs.append((link_cell, whole))
            else:
                link_links = _cell_links(link_cell, definitions)
                linked_rows.append(_any_own_entry_link(link_links))
                pairs += [(link_cell, link) for link in link_links]
        else:
            linked_rows.append(named_rows[-1])
        own = own or len(pairs)
        if not _any_entry_url(pairs):
            # (a row named in words: not a grid of badges, each a name of none)
            worded = bool(name) and "![" not in name_text and "<img" not in name_text
            badge_cell = link_cell
            if link_at < 0 and worded:
                if badges is None:
                    badges = _first_column_of_badges(table, columns, definitions)
                if badges >= 0:
                    badge_cell = row.cell(badges)
            pairs = _badge_links(badge_cell, definitions)
            own = len(pairs)
            if not pairs:
                continue
        # positional, by ``tuple.__new__``: one entry for every row (field order as ``Entry``)
        entries.append(
            _new_tuple(
                Entry,
                (
                    "row",
                    row.line,
                    row.column,
                    name,
                    name_cell.column if name_cell else row.column,
                    tuple(map(_SECOND, pairs)),  # the links, by C calls: every row passes here
                    tuple(  # where each link is written: its cell's start for one not found
                        [
                            where.column + link.offset if link.offset >= 0 else where.column
                            for where, link in pairs
                            if where
                        ]
                    ),
                    description_cell.text if description_cell else "",
                    description_cell.column if description_cell else row.column,
                    (license_cell.text if license_cell else "") if license_at >= 0 else None,
                    license_cell.column if license_cell else row.column,
                    table,
                    index,
                    named,
                    own,
                ),
            )
        )
    if entry_links is not None:
        if name_at >= 0:
            entry_links[table.line, name_at] = tuple(named_rows)
        if link_at >= 0:
            entry_links[table.line, link_at] = tuple(linked_rows)
    return columns, entries


_SAMPLE = 50  # rows enough to tell a column of names from a column of one word


def _seen_name(text: str, definitions: Mapping[str, tuple[str, str]]) -> str:
    """A name cell's text as a reader sees it: an image shows itself, not its alt text, so a
    logo's alt (`[![Dataline](favicon)](…)<br>[Dataline](…)`) is no part of the name, unless
    the cell says nothing else (a logo alone). Spaces run together (a `<br>` beside a space)
    are one."""
    seen = heading_text(text, definitions) if "![" in text else ""
    if not seen.strip():
        seen = plain_text(text, definitions)
    return " ".join(seen.split()) if "  " in seen else seen.strip()


def _first_link_texts(document: Document, table: Table, column: int) -> list[str]:
    return [text for text, _ in _first_links(document, table, column)]


def _first_links(document: Document, table: Table, column: int) -> list[tuple[str, str]]:
    """The text (as a name's key) and address of each row's first link in a column, in the
    first ``_SAMPLE`` rows that have one."""
    found_links: list[tuple[str, str]] = []
    for row in table.body:
        found = _cell_links(row.cell(column), document.definitions)
        if found:
            found_links.append((name_key(found[0].text), found[0].url))
            if len(found_links) == _SAMPLE:
                break
    return found_links


def _names_links(document: Document, table: Table, link: int, name: int) -> bool:
    """Whether the link column names the entries and the name column only links them: its
    links say one word row after row (`arXiv`, `link`), where the link column's say a name
    each (`| [CogVLM2](…) | … | [arXiv](…) |` under `Source` and `Paper`)."""
    named, linked = (_first_link_texts(document, table, column) for column in (name, link))
    if len(named) < 3 or len(linked) < 3:
        return False
    _, most = Counter(named).most_common(1)[0]
    return most * 2 >= len(named) and len(set(linked)) * 5 >= len(linked) * 4


# headers of a column that credits who made or shared an entry (`| 文件 | 描述 | 来源 |`), or
# where a row's claim comes from (`| 洞见 | 参考来源 |`): its links are people's pages or
# references, shared by rows, never an entry's own
CREDIT_HEADERS = frozenset(
    {"来源", "出处", "作者", "贡献者", "提供者", "推荐人", "author", "authors", "by", "credit",
     "credits", "contributor", "contributors", "submitted by", "added by", "maintainer",
     "maintainers", "作成者", "작성자", "参考来源", "参考", "引用", "reference", "references",
     "ref", "refs", "via", "cited from", "原始来源", "原始出处", "owner", "owners", "担当者",
     "负责人", "维护者", "담당자"}
)  # fmt: skip


# headers of a column that names other entries a row relates to (`| S3 | Object store |
# [Minio](…), [Ceph](…) |` under `OSS Alternatives`, a product's `Alternative to`): one project
# may stand for several rows by design
RELATED_HEADERS = frozenset(
    {"alternatives", "alternative", "oss alternatives", "open source alternatives",
     "open-source alternatives", "alternative to", "alternatives to", "alternative for",
     "replaces", "replacement for", "替代", "替代品", "替代方案", "替代产品", "related",
     "see also", "similar", "similar to", "used by", "used in"}
)  # fmt: skip


_LINKED = 0.8  # of a table's rows whose description is one link: the entry's own


def _described_by_link(
    table: Table, columns: Columns, definitions: Mapping[str, tuple[str, str]]
) -> bool:
    """Whether a table links each entry by its description, its name plain text and no link
    column holding a link of its own (`| 64 | scaf | [scaf provides … a new project](https://
    github.com/…) | ![Stars](…) |`, under `Description with URL`): that link is the entry's."""
    if columns.description < 0 or columns.name < 0 or not table.body:
        return False
    linked = 0
    for row in table.body:
        name, description = row.cell(columns.name), row.cell(columns.description)
        if name is not None and "](" in name.text:
            return False  # a name with a link: the entry's own is there
        if columns.link >= 0 and has_entry_link(row.cell(columns.link), definitions):
            return False  # a link column's: the entry's own is there
        whole = whole_link(description.text) if description is not None else None
        linked += whole is not None and whole.url.startswith(("http://", "https://"))
    return linked >= _LINKED * len(table.body)


def credit_columns(table: Table) -> set[int]:
    """The columns of a table whose header credits who made or shared an entry."""
    return {
        index
        for index, header in enumerate(table.header.texts)
        if normalize_header(header) in CREDIT_HEADERS
    }


# a column of a table without a link column names entries where one row in four holds a link
_LINKED_SHARE = 4


def _name_from_first_link_column(document: Document, table: Table, columns: Columns) -> Columns:
    taken = {columns.description, columns.license, *credit_columns(table)}
    least = len(table.body) / _LINKED_SHARE
    for index in range(table.width):
        if index in taken:
            continue
        linked = _linked_rows(document, table, index)
        if index > 0 and columns.link < 0:
            # a link in one row of a table of values without a link column (an issue cited for
            # one platform's cell of a table of build sizes) names no entry; the first column
            # names its rows, linked or not (a checklist's items, a few with a link in a name)
            if sum(1 for _ in linked) < max(least, 1):
                continue
        elif next(linked, None) is None:
            continue
        if _folded(table, index):
            # `| Game | … | <details><summary>Expand</summary>• [talk](…)<br>…` : the
            # folded links are writings about the entry the first column of distinct
            # values names, none of them its own
            naming = _naming_column(table, taken, index)
            if naming >= 0:
                link = -1 if columns.link == index else columns.link
                return Columns(naming, columns.description, columns.license, link)
        if columns.link in (-1, index) and _addresses_shown(document, table, index):
            # `| cipherdyne.org | The blog of … | RSS | <https://www.cipherdyne.org/rss.xml> |`
            # under `Feed` and `URL`: a link that shows its address names nothing, the first
            # column of distinct values before it does
            naming = _naming_column(table, taken, index)
            if naming >= 0 and _worded(table, naming):
                return Columns(naming, columns.description, columns.license, index)
        if 0 <= columns.link != index and _one_word(document, table, index):
            # `| [Feed](…/atom.xml) | … | https://blog.example |`: the link column names
            return Columns(columns.link, columns.description, columns.license, index)
        if columns.link in (-1, index) and _one_word(document, table, index):
            # `| CoOp | IJCV 22 | 71.51 | … | [Link](…) |`: the links say one word, the
            # first column of distinct values before them names
            naming = _naming_column(table, taken, index)
            if naming >= 0 and _worded(table, naming):  # a row's number (`2`) names nothing
                return Columns(naming, columns.description, columns.license, index)
        return Columns(index, columns.description, columns.license, columns.link)
    if columns.description >= 0 and _led_by_links(table, columns.description):
        # `| ![Yogiyo](/img/yogiyo.png) | [요기요 기술 블로그](…) <br/> 요기요 서비스… |` under
        # `기업 | 설명`: logos name no entry, each description starts with its entry's link
        return Columns(columns.description, -1, columns.license, columns.link)
    return columns


# a cell that starts with a link, its text before anything else (`[Blog](…) <br/> about it`)
_LEADING_LINK = lazy_re.compile(r"\s*(?:\*\*)?\[[^\[\]]+\]\(\s*https?://")
_LED_SHARE = 0.8  # of a table's rows, at least, whose description starts with a link
_LED_ROWS = 5  # rows of a table, at least, for its descriptions to name its entries so


def _led_by_links(table: Table, column: int) -> bool:
    """Whether nearly every row of a table (of five or more) starts its cell of a column with a
    link to a web page, before the words about it."""
    if len(table.body) < _LED_ROWS:
        return False
    led = sum(
        1 for row in table.body if (cell := row.cell(column)) and _LEADING_LINK.match(cell.text)
    )
    return led >= _LED_SHARE * len(table.body)


def mostly_empty(table: Table, column: int) -> bool:
    """Whether most rows of a table leave a column's cell empty."""
    filled = sum(1 for row in table.body if (cell := row.cell(column)) and cell.text)
    return filled * 2 < len(table.body)


# another link column is the entries' where it links nine rows in ten, the first one three in four
# at most
_FULL = 0.9
_PARTLY = 0.75


def _fuller_link_column(
    document: Document, table: Table, columns: Columns, aliases: Mapping[str, Sequence[str]]
) -> int:
    """Another column whose header names links too, where the rows link in it, not in the
    first such column (`| Name | Website | Source code |`: a website for a few engines, the
    source code's address for nearly every one): the entries' links are there. -1 for none."""
    taken = {columns.name, columns.link, columns.description, columns.license}
    others = [
        index
        for index, header in enumerate(table.header.texts)
        if index not in taken and "link" in roles_of(normalize_header(header), aliases)
    ]
    if not others:  # most tables: one header of links
        return -1
    if columns.name >= 0 and any(True for _ in _linked_rows(document, table, columns.name)):
        return -1  # rows that link their names: the link columns are theirs to judge
    linked = sum(1 for _ in _linked_rows(document, table, columns.link))
    for index in others:
        more = sum(1 for _ in _linked_rows(document, table, index))
        if more >= _FULL * len(table.body) and linked <= _PARTLY * len(table.body):
            return index
    return -1


_NAMED_SHARE = 0.9  # of a table's rows, at least, whose earlier column links a worded name
_NAMED_ROWS = 5  # rows of a table, at least, for that column to name its entries


def _linked_names_before(
    table: Table, column: int, definitions: Mapping[str, tuple[str, str]]
) -> int:
    """The column before a name column that names a table's entries, -1 for none: nine rows in
    ten or more link a worded name there (`[resnet50_vd_animals](image/classification/…)` under
    `module`), where the name column's header names a kind of name (`数据集`, a dataset) and
    its cells link nothing: the rows are modules trained on datasets, not the datasets."""
    rows = table.body
    if len(rows) < _NAMED_ROWS:
        return -1
    least = _NAMED_SHARE * len(rows)
    if any("](" in cell.text for row in rows if (cell := row.cell(column)) is not None):
        return -1  # the name column links a page: its names are the entries'
    for index in range(column):
        named = 0
        for row in rows:
            found = _cell_links(row.cell(index), definitions)  # no picture, no badge
            if len(found) == 1 and _is_entry_url(found[0].url) and _worded_name(found[0].text):
                named += 1
        if named >= least:
            return index
    return -1


def _worded_name(text: str) -> bool:
    """Whether a link's text names something in words: not its address, nor a label (`Link`)."""
    said = text.strip()
    return bool(said) and "://" not in said and not is_link_label(said) and not said.isdigit()


def _linked_rows(document: Document, table: Table, column: int) -> Iterator[Row]:
    """The rows of a table whose cell in a column holds an entry's link, in order."""
    definitions = document.definitions
    for row in table.body:
        texts = row.texts
        if column < len(texts) and any(
            _is_entry_url(link.url) for link in _own(links(texts[column], definitions))
        ):
            yield row


def _addresses_shown(document: Document, table: Table, column: int) -> bool:
    """Whether a column's links show their own addresses (`<https://…>`, a bare URL), in half
    its rows that link at least: links, not names."""
    found = _first_links(document, table, column)
    shown = sum(1 for text, url in found if text and text == name_key(url))
    return len(found) >= 2 and shown * 2 >= len(found)


def _folded(table: Table, column: int) -> bool:
    """Whether a column folds its cells' links away (`<details>` in half its filled cells or
    more): a collection of writings about each entry, not the entry's name or link."""
    rows = [row.texts for row in table.body]
    texts = [cells[column] for cells in rows if column < len(cells) and cells[column]]
    if "<details" not in "\0".join(texts).lower():
        return False  # most columns: one search of them all, at C speed
    folded = sum(1 for text in texts if text.lstrip().lower().startswith("<details"))
    return folded * 2 >= len(texts)


_DISTINCT = 0.95  # distinct values, of a column's values: a column of names, not of kinds
_MOSTLY_DISTINCT = 0.9  # of the most distinct column, where none is as distinct as that


_LABELLED_ROWS = 3  # rows of a table whose links, all one word, label rather than name


def _worded(table: Table, column: int) -> bool:
    """Whether a column's filled cells are words (names), most of them, not numbers."""
    texts = [cell.text for row in table.body if (cell := row.cell(column)) and cell.text]
    return sum(1 for text in texts if LETTER.search(text)) * 2 > len(texts)


_NUMBERED_ROWS = 5  # rows of a table, at least, for a column of figures to number them
_ROW_NUMBER = lazy_re.compile(r"\d{1,9}(?:\.\d{1,9}){0,3}")  # `12`, `1.003`, `8.176`, `2.1.4`


def numbering_columns(table: Table) -> frozenset[int]:
    """The columns that number a table's rows: a figure in every row, each another, in the
    order of the rows (`1.003`, `1.004`, … after each site; `8.19` before `8.176`)."""
    if len(table.body) < _NUMBERED_ROWS:
        return frozenset()
    found = set()
    for column in range(table.width):
        values: list[tuple[int, ...]] = []
        for row in table.body:
            cell = row.cell(column)
            text = cell.text.strip() if cell is not None else ""
            if not _ROW_NUMBER.fullmatch(text):
                break
            values.append(tuple(int(part) for part in text.split(".")))
        else:
            if _counts_rows(values) or _counts_rows(values[::-1]):
                found.add(column)
    return frozenset(found)


_NUMBER_STEPS = 0.7  # of the steps from row to row, at least, that add one: an index


def _counts_rows(values: list[tuple[int, ...]]) -> bool:
    """Whether figures go up row by row as an index does: each another and in order, most of
    them one more than the one before (`1.003` after `1.002`, `8.20` after `8.19`; a section's
    `2.1` after `1.40`), not prices sorted by price (`0`, `15`, `35`, `135`)."""
    ordered = sorted(values)
    if values != ordered or len(set(values)) < len(values):
        return False
    steps = sum(
        1
        for before, after in pairwise(values)
        if (before[:-1] == after[:-1] and after[-1] - before[-1] == 1)
        or (before[:-1] != after[:-1] and after[-1] <= 1)
    )
    return steps >= _NUMBER_STEPS * (len(values) - 1)


def _naming_column(table: Table, taken: set[int], before: int) -> int:
    """The first column before ``before`` whose values differ (all, or all but one in twenty:
    a protocol attacked twice, `Synthetix` in June and in December), a method's name, not its
    category or provider, which rows share; not taken by another role; -1 where none is."""
    # a row written twice whole (but for its number) is one entry copied, not a value rows
    # share: counted once
    numbering = numbering_columns(table)
    rows = list(
        {
            tuple(text for index, text in enumerate(row.texts) if index not in numbering): row
            for row in table.body
        }.values()
    )
    shares: list[tuple[float, int]] = []
    for index in range(before):
        if index in taken:
            continue
        values = [cell.text for row in rows if (cell := row.cell(index)) and cell.text]
        if not values:
            continue
        share = len(set(values)) / len(values)
        if share >= _DISTINCT:
            return index
        shares.append((share, -index))
    # else the column of names a few rows write twice (a site listed again under one name),
    # far more distinct than a column of kinds (`地图、GIS` in ten rows)
    best = max(shares, default=(0.0, 0))
    return -best[1] if best[0] >= _MOSTLY_DISTINCT else -1


def _one_word(document: Document, table: Table, column: int) -> bool:
    """Whether a column's links say one word row after row (`Feed`, `link`, `arXiv`): in half
    its rows, three at least, or in both rows of two (`[HF](…)`); or a few words each written
    twice or more on average, where the words link other pages in other rows (the sites of
    communities: `Reddit`, `Discord`; a tool linked to its one page under each language it
    checks names the tool)."""
    found = _first_links(document, table, column)
    said = Counter(text for text, _ in found)
    most = said.most_common(1)[0][1] if found else 0
    if most < 2:
        return False
    if (len(found) >= 3 and most * 2 >= len(found)) or most == len(found):
        return True  # one word row after row, or in both rows of two (`[HF](…)`)
    pages: dict[str, set[str]] = {}
    for text, url in found:
        pages.setdefault(text, set()).add(url)
    repeated = [text for text, count in said.items() if count >= 2]
    # a word that links other pages in other rows labels them; one that links one page names it
    labels = sum(1 for text in repeated if len(pages[text]) >= 2)
    return labels * 2 >= len(repeated) and len(said) * 2 <= len(found)


def _first_column_of(
    table: Table, columns: Columns, holds: Callable[[Cell | None], object], folded: bool = False
) -> int:
    """The leftmost column besides the name, description, license and credits whose cells
    ``holds`` says so of in at least half the rows (not a column ``_folded``, with ``folded``);
    -1 where no column does."""
    taken = {columns.name, columns.description, columns.license, *credit_columns(table)}
    for index in range(table.width):
        if index in taken or (folded and _folded(table, index)):
            continue
        filled = sum(1 for row in table.body if holds(row.cell(index)))
        if filled and filled * 2 >= len(table.body):
            return index
    return -1


def _first_column_of_links(document: Document, table: Table, columns: Columns) -> int:
    """The leftmost column besides the name, description and license that holds links in at
    least half the rows (a paper list's `Paper`, a model list's `Checkpoints`): where a name
    has no link, this column says which entry a row is; -1 where no column does."""
    definitions = document.definitions
    return _first_column_of(
        table, columns, lambda cell: has_entry_link(cell, definitions), folded=True
    )


def _first_column_of_badges(
    table: Table, columns: Columns, definitions: Mapping[str, tuple[str, str]]
) -> int:
    """The leftmost column besides the name, description and license whose cells link badges
    to an entry's page in at least half the rows (`[![PyTorch](…/Py-Torch-red)](pytorch_ipynb/…
    .ipynb)` down a `Notebooks` column): in a table of no link column, whose names link nothing,
    a row's badge there says which entry it is; -1 where no column does."""
    if columns.name < 0:
        return -1
    return _first_column_of(table, columns, lambda cell: _badge_links(cell, definitions))


_SHARED_ROWS = 3  # rows of a table that write one link in a column, for it to be no one's own


def _shared_links(
    table: Table, column: int, definitions: Mapping[str, tuple[str, str]]
) -> frozenset[str]:
    """The links a column of shared links writes in three rows or more (the integration
    `[MQTT](…)` beside each device it serves, in a column of a few links): a kind the rows
    share, not the entry of a row whose name has none."""
    if column < 0:
        return frozenset()
    written = Counter(
        link.url for row in table.body for link in _cell_links(row.cell(column), definitions)
    )
    if len(written) * 2 > sum(written.values()):
        return frozenset()  # a column of the entries' own links, each written once or so: one
        # written in three rows is copied into two (a paper's link over three titles)
    return frozenset(url for url, rows in written.items() if rows >= _SHARED_ROWS)


_DESCRIPTION_SEPARATOR = lazy_re.compile(r"^\s*(?:[-–—:：|]\s*)?")


def item_entry(document: Document, item: ListItem, nested: bool = False) -> Entry | None:
    """A list item that starts with a link (markup such as ``**`` around it allowed); or one
    that is a web address alone, unless ``nested`` in another item (whose source it gives)."""
    paragraph = item.paragraph
    if paragraph is None:
        return None
    first = paragraph.lines[0]
    text = paragraph.text
    stripped = text.lstrip("*_~ ")
    if not stripped.startswith("["):
        if _BARE_ADDRESS.fullmatch(stripped):
            return None if nested else _bare_item(document, item.line, first, text, stripped)
        if nested or "](" in text or len(paragraph.lines) > 1:
            return _titled_item(document, item.line, first, text, stripped)
        return _addressed_item(document, item.line, first, text, stripped)
    if _LEADING_TAG.match(stripped):
        # a title after a tag (`[2025] Learning…`), linked by a label: named by its title where
        # it reads as one, else as any item that starts with a link
        titled = _titled_item(document, item.line, first, text, stripped)
        if titled is not None:
            return titled
    found = links(text, document.definitions)
    own = _own(found)
    if not own or own[0].image or not _is_entry_url(own[0].url):
        return None
    leading = own[0]
    end = text.find(")", max(leading.offset, 0)) + 1 if leading.offset >= 0 else 0
    rest = text[end:].lstrip("*_~")
    separator = _DESCRIPTION_SEPARATOR.match(rest)
    skipped = separator.end() if separator else 0
    description = rest[skipped:].strip()
    return Entry(
        kind="item",
        line=item.line,
        column=first.column,
        name=leading.text.strip(),
        name_column=first.column + (len(text) - len(stripped)),
        urls=(leading,),
        url_columns=(first.column + leading.offset if leading.offset >= 0 else first.column,),
        description=description,
        description_column=first.column + max(0, len(text) - len(rest) + skipped),
        license=None,
        license_column=first.column,
    )


# a tag in brackets before an item's title, no link (`[2025] Learning Getting-Up Policies
# [[project](…)]`, `[CVPR 2024] …`): the title names the entry, not the label linked after it
_LEADING_TAG = lazy_re.compile(r"\[[^\[\]()]{1,30}\] +(?=[^\s\[(])")


# an item that is an address alone, bare or between `<` and `>` (`- https://github.com/a/b`)
_BARE_ADDRESS = lazy_re.compile(r"<?https?://[^\s<>]+>?")


def _bare_item(
    document: Document, line: int, first: TextLine, text: str, stripped: str
) -> Entry | None:
    """A list item that is a web address alone, which GitHub links: an entry named by it (a
    list of projects' addresses, one per item)."""
    own = _own(links(text, document.definitions))
    if len(own) != 1 or not _is_entry_url(own[0].url):
        return None
    at = first.column + (len(text) - len(stripped))
    linked = first.column + own[0].offset if own[0].offset >= 0 else at
    return _named_item(line, first.column, own[0].url, at, own[0], linked)


def _named_item(
    line: int, column: int, name: str, name_column: int, link: InlineLink, linked: int
) -> Entry:
    """The entry of a list item that a name and one link make, nothing written beside them
    read as its description or its license."""
    return Entry(
        kind="item",
        line=line,
        column=column,
        name=name,
        name_column=name_column,
        urls=(link,),
        url_columns=(linked,),
        description="",
        description_column=column,
        license=None,
        license_column=column,
    )


# a word that is a web address (`https://arxiv.org/abs/2404.05719`)
_ADDRESS_WORD = lazy_re.compile(r"https?://[^\s<>]+")
_BEFORE_ADDRESS = " \t:：,，|–—-"  # what may stand between a title and its address
_NOT_IN_TITLES = lazy_re.compile(r"[\[\]<>`]|://|(?i:\bwww\.)")  # an address GitHub links too
# a sentence's end, no title's: a full stop or a `!` (not an abbreviation's: `vs.`, `e.g.`,
# `et al.`), or a question followed by more words (a title may ask one: `… a Mirage?`)
_SENTENCE = lazy_re.compile(
    r"(?<![A-Z])(?<!\bvs)(?<!\bal)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.。!！](?:\s|$)|[?？]\s+\S"
)
_LONGEST_TITLE = 200  # characters of a title before its address, at most


def _before_addresses(text: str) -> str | None:
    """What an item writes before the web addresses it ends with (one or more, words of
    their own), the separator after it dropped; None where it ends with none. Read word by
    word from the end: no pattern backtracks through the words before."""
    rest = text.rstrip()
    words = rest.split()
    end = len(rest)  # where the words still to read end
    count = 0
    while count < len(words) - 1 and _ADDRESS_WORD.fullmatch(words[-1 - count]):
        end -= len(words[-1 - count])
        while end > 0 and rest[end - 1].isspace():
            end -= 1
        count += 1
    return rest[:end].rstrip(_BEFORE_ADDRESS) if count else None


def _unclosed(text: str) -> bool:
    """Whether a text opens more brackets than it closes."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _addressed_item(
    document: Document, line: int, first: TextLine, text: str, stripped: str
) -> Entry | None:
    """A one-line list item that names a work in plain text and ends with its web address,
    which GitHub links: an entry of that name, as GitHub shows it (the name in bold it starts
    with, if any: `**CAMEO (NIST)**: Closed-loop exploration https://…`) whose link is that
    address. A note that ends on an address (`Add QM datasets. http://…`, `**TODO**: check
    them. http://…`) names nothing."""
    before = _before_addresses(stripped)
    if before is None:
        return None
    if _NOT_IN_TITLES.search(before) or not any(char.isalnum() for char in before):
        return None
    said = plain_text(before).strip()
    if len(said) > _LONGEST_TITLE or _SENTENCE.search(said) or _unclosed(said):
        return None  # a sentence, or an aside left open round the address (`Foo (see https…)`)
    bold = _BOLD_LEAD.match(text)
    name = bold[1].strip() if bold else said
    if len(name) < 3:
        return None
    own = _own(links(text, document.definitions))
    if not own or not _is_entry_url(own[0].url):
        return None
    at = first.column + (len(text) - len(stripped))
    linked = first.column + own[0].offset if own[0].offset >= 0 else at
    return _named_item(line, first.column, name, at, own[0], linked)


# the texts of links that label a work's pages (`[[PUB](…)]`, `[Paper](…)`, `[代码](…)`); a
# sentence's link says something else (`[这里](…)`, here)
_LINK_LABELS = lazy_re.compile(
    r"(?:pub|pdf|paper|papers|code|codes|project|project page|homepage|website|page|demo|blog|"
    r"video|slides|poster|talk|dataset|data|model|models|weights|github|arxiv|doi|link|url|news|"
    r"论文|代码|项目|主页|项目主页|官网|数据集|模型|演示|视频|論文|コード)",
    re.IGNORECASE,
)


def is_link_label(text: str) -> bool:
    """Whether a link's text labels a work's page (`PDF`, `[Code]`, `论文`) rather than naming
    something."""
    return _LINK_LABELS.fullmatch(text.strip(" []")) is not None


_TITLE_END = " \t[(（【:：-–—|,.;\\"  # `\[` too: a bracket written as text, `\[[paper](…)\]`
# when an item was added, in brackets after its labels (`[2026.03]`): no sentence
_DATE_TAGS = lazy_re.compile(r"\[\d{4}[./-]\d{1,2}\]")
_LABELS = lazy_re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*\)")  # `[[paper]](…)` too
_LABELS_AROUND = " \t\n[]()（）【】,，.。;；:：|/*_~\\"


_QUOTED = lazy_re.compile(r'"([^"\n]{12,}?)[.,]?"|“([^”\n]{12,}?)[.,]?”')
_BOLD_LEAD = lazy_re.compile(r"\s*\*\*([^*\n]+?)[:：]?\*\*")


def _multi_line_name(before: str) -> str:
    """The name of an item whose labels follow its first line: the title it quotes
    (`"Mask-CDKD: A source-free…"`), else the name it starts with in bold (`**WS-SAM:**`); ""
    for neither (a note written over lines, citing a paper at its end)."""
    quoted = _QUOTED.search(before)
    if quoted:
        return (quoted[1] or quoted[2]).strip()
    bold = _BOLD_LEAD.match(before)
    return bold[1].strip().rstrip(":：") if bold else ""


def _titled_item(
    document: Document, line: int, first: TextLine, text: str, stripped: str
) -> Entry | None:
    """A list item that names a work in plain text and links it by labels after the name
    (`Turning Privacy-preserving Mechanisms against Federated Learning. [[PUB](…)] [[PDF](…)]`):
    an entry of that name whose link is the first label's."""
    if "](" not in text:
        return None
    own = _own(links(text, document.definitions))
    if not own or own[0].image or own[0].offset <= 0 or not _is_entry_url(own[0].url):
        return None
    leading = own[0]
    start = text.rfind("[", 0, leading.offset)  # the link's `[` (offset is its address's)
    bracketed = leading.offset - len(leading.text) - 3  # a label in brackets, `[[paper]](…)`
    if leading.text.startswith("[") and text[bracketed : leading.offset - 2] == f"[{leading.text}":
        start = bracketed
    if not is_link_label(leading.text) or start <= 0 or "](" in text[:start]:
        return None
    if _DATE_TAGS.sub("", _LABELS.sub("", text[start:])).strip(_LABELS_AROUND):
        return None  # a sentence that links a word: a note, an answer, a change log
    column = first.column
    at = column + (len(text) - len(stripped))  # where its name starts
    if leading.offset >= len(first.text):
        # a paper written over several lines (its authors, its title in quotes, its labels
        # on lines of their own): named by its title, else by its name in bold, and found
        # where it starts (a finding is on an entry's first line)
        name = _multi_line_name(text[:start])
        linked = at
    else:
        before = text[:start]
        if "**" in before or "`" in before:
            before = plain_text(before)  # `**EvolveGraph**: Multi-Agent…`, as GitHub shows it
        name = before.lstrip("*_~ ").rstrip(_TITLE_END).strip("*_~ ")
        tag = _LEADING_TAG.match(name)  # `[2025] Learning Getting-Up Policies`: its title
        if tag is not None:
            name = name[tag.end() :]
        linked = column + leading.offset
    if len(name) < 3 or "[" in name or "。" in name:
        return None  # no title: a sentence
    return _named_item(line, column, name, at, leading, linked)


@dataclass(frozen=True)
class EntryIndex:
    """Every entry of a document, and each table's recognised columns."""

    entries: tuple[Entry, ...]
    columns: Mapping[int, Columns]  # by table line
    # ``column_entry_links`` of each table's name and link columns, by table line and column
    entry_links: Mapping[tuple[int, int], tuple[bool, ...]] = field(default_factory=dict)


def collect_entries(
    document: Document,
    aliases: Mapping[str, Sequence[str]] = DEFAULT_ALIASES,
    more: Sequence[Entry] = (),
) -> EntryIndex:
    """Every entry of a document: its tables' rows, its list items, and ``more`` (the rows of
    its raw HTML tables), in document order."""
    entries: list[Entry] = list(more)
    columns: dict[int, Columns] = {}
    entry_links: dict[tuple[int, int], tuple[bool, ...]] = {}
    for table in document.tables:
        found_columns, found = table_entries(document, table, aliases, entry_links)
        columns[table.line] = found_columns
        entries.extend(found)
    inside: list[ListItem] = []  # the items the current one is nested in
    for item in document.items:
        while inside and not (
            inside[-1].line < item.line <= inside[-1].last_line and inside[-1].column < item.column
        ):
            inside.pop()
        entry = item_entry(document, item, bool(inside))
        inside.append(item)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=attrgetter("line", "column"))
    return EntryIndex(tuple(entries), columns, entry_links)


def merged_aliases(extra: Mapping[str, Sequence[str]]) -> Mapping[str, tuple[str, ...]]:
    """The default header words of each role, plus those configured."""
    return {role: tuple(DEFAULT_ALIASES[role]) + tuple(extra.get(role, ())) for role in ROLES}
