"""One document's analysis, worked out lazily and once: entries, links, suppressions, anchors."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING

from awesome_lint import lazy_re
from awesome_lint.document import Document, Row, Table, uncommented
from awesome_lint.entries import (
    DEFAULT_ALIASES,
    Entry,
    EntryIndex,
    calendar,
    collect_entries,
    column_entry_links,
    header_key,
)
from awesome_lint.field_items import field_item_entries
from awesome_lint.html_rows import html_row_entries
from awesome_lint.inline import plain_text
from awesome_lint.links.collect import LinkAt, collect_links
from awesome_lint.suppress import Suppressions, read_suppressions
from awesome_lint.urls import name_key, names_no_paper, normalize_url
from awesome_lint.values import links_left_empty, unfilled

if TYPE_CHECKING:  # rules' findings, which the analysis only filters
    from awesome_lint.rule import Finding

# a list whose entries appear in several sections this often repeats them by design (cross-
# listing), and so does a section whose entries mostly appear elsewhere too (a digest, an index)
# measured on 63 labeled lists: those that cross-list on purpose repeat 0.9–26% of their
# entries' links in several sections (Yuan-ManX 0.9%, ikaijua 1.2%, YSGStudyHards 1.3%), those
# whose repeats are slips at most 0.7% (public-apis: 12 of 1,720); one repeat is no habit, however
# small the list
_LETTER_WORDS = lazy_re.compile(r"[^\W\d_]+")  # a word of letters of any script
_FREQUENT = 10  # times the document writes a word, at least, for ``frequent_word_drops``
# a word of seven Latin letters or more, no letter of any script beside it (`LoRA微调` is one word
# of two scripts, as ``_LETTER_WORDS`` reads it, and none of these)
_LONG_LATIN_WORD = lazy_re.compile(r"(?<![^\W\d_])[A-Za-z]{7,}(?![^\W\d_])")
_LIST_REPEAT_HABIT = 0.008
# headings of what a list cites or thanks rather than lists: acknowledgements, references,
# citations, sponsors (compiled on first use, as ``_PERIOD``)
_CREDITS = (
    r"(?i)\b(?:acknowledge?ments?|credits|references?|citations?|citing|thanks|sponsors?|backers)"
    r"\b|致谢|鸣谢|参考文献|参考资料|引用|謝辞|参考|赞助"
)
_LIST_HABIT_SIZE = 2
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SECTION_REPEAT_HABIT = 0.25  # measured: ≤ 0.14 in categories, 0.29–0.82 in digests
_TEMPLATE_TABLES = 3  # tables a list ends with a row to copy, at least, for that to be its way
_SECTION_HABIT_SIZE = 4  # a share of two or three entries says nothing
_CATALOGUE_SIZE = 2  # links a section's items and rows share, to be two catalogues of it

# a heading that names a day, a month or a numbered issue: sections under such headings are an
# archive of periods (a weekly newsletter), where one thing is news in two periods by design;
# a year alone is not a period of that kind (a paper belongs to one year)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# (compiled on first use, by re's cache: 0.6 ms, and only a list whose entries repeat across
# sections asks)
_PERIOD = (
    rf"(?i)\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}\s+{_MONTH}\b|\b{_MONTH},?\s+\d{{4}}\b"
    r"|\b\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\d{1,2}\s*月|第\s*\d+\s*[期周]|\b(?:week|issue|vol(?:ume)?\.?)\s*#?\d+\b"
)
_ARCHIVE_SIZE = 3  # dated sections that make an archive; one dated "News" section does not
# a heading of a list's own news (`## 🎉 News`, `## :collision: Highlights`, `## 最新动态`), all
# of it: `News` among categories of APIs is one of them, and `News`, a heading of entries, is
# told apart by what its lines start with, a date (`- **[2025-10-27]** We release …`)
# (both compiled on first use, by re's cache: only a list whose entries repeat asks)
_NEWS_HEADING = (
    r"(?i)(?:(?:latest|recent)\s+)?(?:news|updates?|announcements?|highlights)"
    r"(?:\s*(?:&|and)\s*(?:news|updates?|announcements?))?|what'?s\s+new|change\s*log"
    r"|release\s+notes|update\s*logs?|新闻|(?:最新|项目|近期)?动态|(?:最新|近期)?更新(?:日志|记录)?|公告"
    r"|更新履歴|変更履歴|업데이트(?:\s*(?:로그|내역))?|변경\s*(?:사항|내역|로그)"
)
# a line that starts with a date: a bullet, a numbered item or a row, its date maybe bold,
# bracketed or in a code span (`- 2025.04.28: …`, `* **[2025-09-11]** …`, `| 2024/05 | …`)
_DATED_LINE = (
    r"(?i)\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|\|\s*)?(?:\*\*|__|[\[(【`])*\s*"
    rf"(?:\d{{4}}[-./年]\d{{1,2}}(?:[-./月]\d{{1,2}})?|\d{{1,2}}[-./]\d{{4}}|{_MONTH}\s+\d{{4}})"
)
# what a heading says without its emoji, shortcodes and punctuation (`## :collision: Highlights`)
_HEADING_MARKS = r":[a-z0-9_+-]+:|[^\w\s'&]"


# a selector (code, name or prefix) -> the rule codes it names; raises for an unknown one
Resolver = Callable[[str], Iterable[str]]


# an HTML heading's start and end tags, found in one pass each: a line of thousands of `<h2>`
# without `</h2>` is text from strangers, where a lazy `<h2>(.*?)</h2>` would search the rest
# of the line from each of them
_HEADING_START = lazy_re.compile(r"<h([1-6])\b[^<>]*>", re.IGNORECASE)
_HEADING_END = lazy_re.compile(r"</h([1-6])\s*>", re.IGNORECASE)
_HEADING_END_OF = {
    str(level): re.compile(rf"</h{level}\s*>", re.IGNORECASE) for level in range(1, 7)
}
_TAG = lazy_re.compile(r"<[^<>]*>")


# an HTML tag's attributes (`<a href="…" target="_blank" rel="noopener noreferrer">`): a copy
# that drops one (`rel`) shows the same row
_TAG_ATTRIBUTES = lazy_re.compile(r"<([A-Za-z][\w-]*)\s[^<>]*>")


def _body(table: Table) -> tuple[str, ...]:
    """A table's rows as written, without their spacing and their tags' attributes: what a
    pasted copy repeats."""
    return tuple(
        " ".join((_TAG_ATTRIBUTES.sub(r"<\1>", row.raw) if "<" in row.raw else row.raw).split())
        for row in table.body
    )


_ALIKE_CELLS = 4  # cells of two headers, at least, for one cell apart to be one header's way


def _header_keys(section: int, header: tuple[str, ...]) -> list[tuple[object, ...]]:
    """The keys under which a table's header is one with another's in its section: the header
    itself, and, of four cells or more, the header but for each cell in turn (`Success Score`
    and `Success Score (AO)`: a benchmark's table each, its score named by its measure)."""
    keys: list[tuple[object, ...]] = [(section, header)]
    if len(header) >= _ALIKE_CELLS:
        keys.extend(
            (section, index, header[:index] + header[index + 1 :]) for index in range(len(header))
        )
    return keys


def _pasted(tables: Iterable[Table], candidates: list[Table]) -> set[int]:
    """The lines of the candidate tables whose every row another table repeats: only tables of
    as many rows as a candidate are read (no other can repeat one's rows)."""
    sizes = {len(table.body) for table in candidates}
    bodies = {table.line: _body(table) for table in tables if len(table.body) in sizes}
    counted = Counter(bodies.values())
    return {table.line for table in candidates if counted[bodies[table.line]] > 1}


# a catch-all section's heading, its words alone: what fits none of the list's other sections
_CATCH_ALL = frozenset({"other", "others", "misc", "miscellaneous", "outros", "otros"}) | frozenset(
    {"其他", "其它", "その他", "기타"}
)
# a region's heading, its words alone: sections of regions part a calendar of events by where
# each is (an event is in one region; `Virtual Online` is where an online one is)
_REGIONS = frozenset(
    {
        "africa",
        "asia",
        "asia pacific",
        "australia",
        "oceania",
        "europe",
        "middle east",
        "north america",
        "south america",
        "latin america",
        "central america",
        "virtual online",
        "online",
        "非洲",
        "亚洲",
        "欧洲",
        "北美",
        "北美洲",
        "南美",
        "南美洲",
        "大洋洲",
        "中东",
    }
)
_REGION_SECTIONS = 3  # sections of regions, at least, for a list to be parted by region
_NAMES_REPEATED = 2  # names a table writes in several rows each, at least, for that to be its way
_PASTED_ROWS = 3  # rows of a table, at least, for it to be read as pasted into another section
# a heading's number before its words, its punctuation taken out (`11.1 Top 10` -> `11 1 Top 10`)
_SECTION_NUMBER = lazy_re.compile(r"^(?:\d+\s+)+")


def _bare_heading(text: str) -> str:
    """A heading's words alone: its emoji, shortcodes and punctuation taken out."""
    return " ".join(re.sub(_HEADING_MARKS, " ", plain_text(text)).split())


def html_heading(line: str) -> tuple[int, str] | None:
    """The level and text of the first HTML heading a line opens and closes, or None."""
    last_end = {match.group(1): match.start() for match in _HEADING_END.finditer(line)}
    for opening in _HEADING_START.finditer(line):
        level = opening.group(1)
        if last_end.get(level, -1) < opening.end():
            continue  # no end tag of its level after it: one search, not one per start tag
        closing = _HEADING_END_OF[level].search(line, opening.end())
        if closing is not None:
            return int(level), _TAG.sub("", line[opening.end() : closing.start()])
    return None


@dataclass(frozen=True)
class Heading:
    """A heading that starts a section: where it is, its level and its text."""

    line: int
    level: int
    text: str


_GROUP_TITLES = 2  # title rows of a table, at least, for its rows to be grouped under them
# a title written in emphasis: `**String**`, `***<ins>Overthinking</ins>***`, `_Tools_`, `<b>回溯
# </b>` (in a `<span>` or not), `<h3>…</h3>`; one emphasis around it all (`**A** and **B**` is none)
_EMPHASISED_TITLE = lazy_re.compile(
    r"(?is)\s*(?:<span\b[^>]*>\s*)?(?:(\*{1,3}|_{1,3})(?=\S)(?:(?!\1).)+?(?<=\S)\1|"
    r"<(b|strong|em|i|u|ins|h[1-6])\b[^>]*>.+?</\2>)\s*(?:</span>\s*)?"
)


def _group_title(row: Row) -> bool:
    """Whether a table's row titles the rows below it: its first cell alone filled, in
    emphasis, linking nothing."""
    texts = row.texts
    if not texts or not texts[0] or "](" in row.raw or "://" in row.raw:
        return False
    if any(text.strip() for text in texts[1:]):
        return False
    return _EMPHASISED_TITLE.fullmatch(texts[0]) is not None


class Analysis:
    """What several rules read of one document, computed on first use and kept with the
    document: never in module-level memory, so two documents never share an answer."""

    def __init__(
        self,
        document: Document,
        aliases: Mapping[str, tuple[str, ...]] = DEFAULT_ALIASES,
        resolve: Resolver | None = None,
    ) -> None:
        self.document = document
        self.aliases = aliases
        self._resolve = resolve
        self._entry_links: dict[tuple[int, int], tuple[bool, ...]] = {}

    def of(self, document: Document) -> Analysis:
        """A fresh analysis of another document, with the same aliases and rule names."""
        return Analysis(document, self.aliases, self._resolve)

    @cached_property
    def entries(self) -> EntryIndex:
        more = html_row_entries(self.document) + field_item_entries(self.document, self.aliases)
        found = collect_entries(self.document, self.aliases, more)
        if not self.contributor_lines:
            return found
        kept = tuple(entry for entry in found.entries if entry.line not in self.contributor_lines)
        return EntryIndex(kept, found.columns, found.entry_links)

    def entry_links(self, table: Table, column: int) -> tuple[bool, ...]:
        """For each body row of a table, whether its cell in ``column`` holds a link of the
        entry's own (``entries.has_entry_link``): worked out once per column, for the rules
        that ask it of every row."""
        key = (table.line, column)
        found = self._entry_links.get(key)
        if found is None:
            # a table's name and link columns were read with its entries
            found = self.entries.entry_links.get(key) or column_entry_links(
                table, column, self.document.definitions
            )
            self._entry_links[key] = found
        return found

    @cached_property
    def catalogues(self) -> dict[tuple[str, ...], list[Table]]:
        """The document's tables by their header's words: tables of one header are one
        catalogue (read once for the rules that compare a table with its kin)."""
        grouped: dict[tuple[str, ...], list[Table]] = {}
        for table in self.document.tables:
            grouped.setdefault(header_key(table), []).append(table)
        return grouped

    @cached_property
    def heading_spellings(self) -> frozenset[str]:
        """The texts of the document's headings as they show, case-folded, every run of
        whitespace one space: the list's own spelling of what it names there."""
        return frozenset(
            " ".join(plain_text(heading.text).split()).casefold()
            for heading in self.document.headings
        )

    @cached_property
    def contributor_lines(self) -> frozenset[int]:
        """The lines of the all-contributors bot's table (between its `ALL-CONTRIBUTORS-LIST:
        START` and `END` comments): credits, not entries, whose emoji link to `#code-user`
        anchors that exist nowhere, as the bot writes them."""
        lines = self.document.source.lines
        found: set[int] = set()
        start: int | None = None
        for number, line in enumerate(lines, start=1):
            if "ALL-CONTRIBUTORS-LIST:" not in line:
                continue
            if "ALL-CONTRIBUTORS-LIST:START" in line:
                start = number
            elif "ALL-CONTRIBUTORS-LIST:END" in line and start is not None:
                found.update(range(start, number + 1))
                start = None
        return frozenset(found)

    @cached_property
    def template_rows(self) -> frozenset[int]:
        """The lines of rows of blank markup alone (`| []() |  |  | <img src="" width="200px" />
        |`), or of links of no target alone (`| 2025.0x0x | | [Paper]()<br />[GitHub]() | … |`),
        that end the list's tables, where it ends three tables so and half of them at least:
        its row for contributors to copy. A row so left in one table of many is a row added and
        never filled."""
        tables = [table for table in self.document.tables if table.body]
        blank = [table.body[-1] for table in tables if unfilled(table.body[-1].texts)]
        if len(blank) >= _TEMPLATE_TABLES and len({tuple(row.texts) for row in blank}) == 1:
            # one row of blank markup alone, written alike at the end of three tables or more
            # (`| | []() | |` under each table of courses): a row kept to copy, however many
            # tables the list has
            return frozenset(row.line for row in blank)
        ends = [
            table.body[-1]
            for table in tables
            if unfilled(table.body[-1].texts) or links_left_empty(table.body[-1].texts)
        ]
        if len(ends) < _TEMPLATE_TABLES or len(ends) * 2 < len(tables):
            return frozenset()
        return frozenset(row.line for row in ends)

    @cached_property
    def links(self) -> tuple[LinkAt, ...]:
        """Every link and image of the document, in document order."""
        return tuple(collect_links(self.document))

    @cached_property
    def suppressions(self) -> Suppressions:
        return read_suppressions(self.document.source.lines, self._resolve)

    @cached_property
    def section_headings(self) -> tuple[Heading, ...]:
        """The headings that start sections, in order: Markdown headings, and HTML ones
        (`<details><summary><h2>Transformer</h2></summary>`, as lists that fold their sections
        write them)."""
        found = [Heading(block.line, block.level, block.text) for block in self.document.headings]
        return tuple(sorted([*found, *self.html_headings], key=attrgetter("line")))

    @cached_property
    def html_headings(self) -> tuple[Heading, ...]:
        """The HTML headings of HTML blocks (`<summary> <h2> Docker 快速部署 </h2>`), in order,
        each with its text as written between its tags (spaces kept: GitHub slugs them)."""
        found: list[Heading] = []
        for block in self.document.blocks:
            if block.kind != "html" or "<h" not in block.text.lower():
                continue
            texts = uncommented([part.text for part in block.lines])
            for part, text in zip(block.lines, texts, strict=True):
                heading = html_heading(text)
                if heading is not None:
                    found.append(Heading(part.line, *heading))
        return tuple(found)

    @cached_property
    def word_counts(self) -> Counter[str]:
        """How often the document writes each word of letters (any script, case as written):
        one scan, for rules that weigh a spelling by how often the list writes it."""
        return Counter(_LETTER_WORDS.findall(self.document.text))

    @cached_property
    def folded_word_counts(self) -> Counter[str]:
        """``word_counts`` in any case: how often the document writes each word, case-folded,
        counted once for the list (a rule asks it of a word, not of every word it holds)."""
        folded: Counter[str] = Counter()
        for word, count in self.word_counts.items():
            folded[word.casefold()] += count
        return folded

    @cached_property
    def long_latin_words(self) -> Counter[str]:
        """How often the document writes each word of seven Latin letters or more, in any case
        (small letters here): a word as ``word_counts`` reads one, of those letters alone. One
        scan that skips every other script's runs, for a rule that weighs a long word's
        spelling by how often the list writes it."""
        return Counter(word.lower() for word in _LONG_LATIN_WORD.findall(self.document.text))

    @cached_property
    def frequent_word_drops(self) -> dict[str, list[str]]:
        """The long Latin words the document writes often (``_FREQUENT`` times or more, in any
        case: ``long_latin_words``), by each form they take with one letter dropped inside them
        (neither the first nor the last): a word a letter short of one of them is found in one
        look-up, not by trying every letter at every place."""
        found: dict[str, list[str]] = {}
        for word, count in self.long_latin_words.items():
            if count >= _FREQUENT:
                for at in range(1, len(word) - 1):
                    found.setdefault(word[:at] + word[at + 1 :], []).append(word)
        return found

    @cached_property
    def _heading_lines(self) -> list[int]:
        return [heading.line for heading in self.section_headings]

    def section_of(self, line: int) -> int:
        """The section a line is in: the number of headings above it (0 before the first)."""
        return bisect.bisect_right(self._heading_lines, line)

    @cached_property
    def _first_of_heading(self) -> tuple[int, ...]:
        """For each section, the first section under the same heading path: its own number,
        unless a heading is written twice under the same parents (one section split in two,
        `### WebSocket` twice in one chapter)."""
        first: dict[tuple[tuple[int, str], ...], int] = {}
        found = [0]
        path: list[tuple[int, str]] = []
        for number, heading in enumerate(self.section_headings, start=1):
            while path and path[-1][0] >= heading.level:
                path.pop()
            path.append((heading.level, " ".join(plain_text(heading.text).casefold().split())))
            found.append(first.setdefault(tuple(path), number))
        return tuple(found)

    def heading_section(self, line: int) -> int:
        """The section a line is in, as its heading says: sections under one heading path
        are one section, wherever they are."""
        return self._first_of_heading[self.section_of(line)]

    @cached_property
    def _parallel_tables(self) -> frozenset[int]:
        """Tables (by line) that share their section with another table of the same header:
        one table per dataset of a leaderboard, each its own catalogue; but not a table pasted
        twice (every row the same), which is one catalogue written again."""
        keyed: list[tuple[Table, list[tuple[object, ...]]]] = []
        for table in self.document.tables:
            header = tuple(" ".join(text.casefold().split()) for text in table.header.texts)
            keyed.append((table, _header_keys(self.heading_section(table.line), header)))
        # tables that share a key share their section and a header (``_header_keys``): counted
        # at once, not compared two by two (a hostile list writes thousands of headers)
        counted = Counter(key for _, keys in keyed for key in keys)
        parallel = [table for table, keys in keyed if any(counted[key] > 1 for key in keys)]
        if not parallel:  # most lists: no rows read again
            return frozenset()
        pasted = _pasted(self.document.tables, parallel)
        return frozenset(table.line for table in parallel if table.line not in pasted)

    @cached_property
    def pasted_tables(self) -> frozenset[int]:
        """The lines of the rows of tables pasted again into another section: every row, three
        or more, the same as an earlier table's, under a heading that reads as that table's does
        but for its number and emoji (`## 9. Top People to Follow` and `## Top People to
        Follow`: a restructure's old sections left under the new). The same table under two
        headings (`### Game Boy` and `### Game Boy Color`) is filed under both on purpose."""
        first: dict[tuple[str, tuple[str, ...]], int] = {}
        found: set[int] = set()
        for table in self.document.tables:
            if len(table.body) < _PASTED_ROWS:
                continue
            key = (self._heading_words(table.line), _body(table))
            earlier = first.setdefault(key, table.line)
            if earlier != table.line and self.section_of(earlier) != self.section_of(table.line):
                found.update(row.line for row in table.body)
        return frozenset(found)

    def _heading_words(self, line: int) -> str:
        """The words of the heading a line is under, without its number (`11.1`, `7.`)."""
        section = self.section_of(line)
        if section == 0:
            return ""
        bare = _bare_heading(self.section_headings[section - 1].text).casefold()
        return _SECTION_NUMBER.sub("", bare)

    @cached_property
    def _parallel_html_tables(self) -> tuple[list[int], list[int]]:
        """The HTML tables (blocks that write `<tr>`) that share their section with another:
        their first and last lines, in order."""
        by_section: dict[int, list[tuple[int, int]]] = {}
        for block in self.document.blocks:
            if block.kind == "html" and "<tr" in block.text.lower():
                span = (block.line, block.lines[-1].line)
                by_section.setdefault(self.heading_section(block.line), []).append(span)
        spans = sorted(span for found in by_section.values() if len(found) > 1 for span in found)
        return [start for start, _ in spans], [end for _, end in spans]

    def entry_section(self, entry: Entry) -> int:
        """The section an entry is judged in for repeats: its heading's, or, for a row of one
        of several tables of one header in a section (a leaderboard's table per dataset), its
        table's own (numbered below zero, apart from the headings')."""
        known = self._entry_sections.get(id(entry))
        return self._section_for_repeats(entry) if known is None else known

    @cached_property
    def _entry_sections(self) -> dict[int, int]:
        """``entry_section`` of each indexed entry, by its id (the index keeps the entries, so
        no other entry has one of these ids), worked out once for the rules that ask it."""
        return {id(entry): self._section_for_repeats(entry) for entry in self.entries.entries}

    def _section_for_repeats(self, entry: Entry) -> int:
        parallel = self._parallel_tables  # none in most lists: no table's line asked for
        if parallel and entry.table is not None and entry.table.line in parallel:
            return -entry.table.line
        if entry.table is None and entry.kind == "row" and self._parallel_html_tables:
            # a row of one of a section's several HTML tables (a course plan's six
            # combinations, one `<table>` each): its table is its own catalogue
            starts, ends = self._parallel_html_tables
            index = bisect.bisect_right(starts, entry.line) - 1
            if index >= 0 and entry.line <= ends[index]:
                return -starts[index]
        groups = self.table_groups  # none in most lists
        if groups and entry.line in groups:
            return -groups[entry.line]
        return self.heading_section(entry.line)

    @cached_property
    def table_groups(self) -> dict[int, int]:
        """The rows of tables that group their rows under rows of their own (`| <b>回溯</b> | | |`,
        `| **String** | | |`: a title in emphasis, alone in its row, linking nothing), two such rows
        at least: each row's group, by the line of its title row (the rows above the first by
        the table's line). A group is a section of its own, as a heading's is."""
        found: dict[int, int] = {}
        for table in self.document.tables:
            titles = {row.line for row in table.body if _group_title(row)}
            if len(titles) < _GROUP_TITLES:
                continue
            group = table.line
            for row in table.body:
                if row.line in titles:
                    group = row.line
                else:
                    found[row.line] = group
        return found

    def where(self, earlier: int, line: int) -> str:
        """Where line ``earlier`` is, seen from ``line``, for a message."""
        if self.section_of(earlier) == self.section_of(line):
            return "in this section"
        if self.heading_section(earlier) == self.heading_section(line):
            return "in another section under the same heading"
        return "in another section"

    def group_of(self, entry: Entry) -> tuple[str, int]:
        """The group an entry belongs to for a list's conventions: its table, or for a list
        item its section."""
        if entry.table is not None:
            return ("table", entry.table.line)
        return ("section", self.section_of(entry.line))

    @cached_property
    def entry_keys(self) -> dict[int, tuple[str, ...]]:
        """Each entry's identity (by line): its own URLs, normalized; fragments of this page
        left out."""
        return {
            entry.line: tuple(
                dict.fromkeys(
                    normalize_url(link.url)
                    for link in entry.own_urls
                    # (`https://arxiv.org/abs/`, its paper left out: no entry's identity)
                    if link.url and not link.url.startswith("#") and not names_no_paper(link.url)
                )
            )
            for entry in self.entries.entries
        }

    @cached_property
    def repeat_share(self) -> float:
        """The list's habit of repeating entries across sections: the share of its entries that
        appear in more than one section (ranking and cross-index lists repeat by design); none
        where only one entry does."""
        found = self._sections_of_entry
        repeated = sum(1 for sections in found.values() if len(sections) > 1)
        return repeated / len(found) if repeated >= _LIST_HABIT_SIZE else 0.0

    @cached_property
    def _sections_of_entry(self) -> dict[str, set[int]]:
        """The sections of each entry, by its first link, its own: an author's profile beside
        each of their projects (`by [soundspear](…)`) is no entry of several sections."""
        found: dict[str, set[int]] = {}
        for entry in self.entries.entries:
            keys = self.entry_keys[entry.line]
            if keys:
                found.setdefault(keys[0], set()).add(self.entry_section(entry))
        return found

    @cached_property
    def section_repeat_share(self) -> dict[int, float]:
        """For each section, the share of its entries found in other sections too: a sponsor
        block, a "Trending" digest or an index of all papers repeats by design."""
        counts: dict[int, list[int]] = {}
        for entry in self.entries.entries:
            keys = self.entry_keys[entry.line]
            if not keys:
                continue
            section = self.entry_section(entry)
            repeated = len(self._sections_of_entry[keys[0]]) > 1
            tally = counts.setdefault(section, [0, 0])
            tally[0] += repeated
            tally[1] += 1
        return {
            section: done / total
            for section, (done, total) in counts.items()
            if total >= _SECTION_HABIT_SIZE
        }

    @cached_property
    def catalogue_sections(self) -> frozenset[int]:
        """The sections (as ``heading_section`` numbers them) that list their entries twice on
        purpose, as list items and again as table rows (a bullet list and a table of download
        counts): where half the smaller catalogue's links, and two or more, are in both."""
        rows: dict[int, set[str]] = {}
        items: dict[int, set[str]] = {}
        for entry in self.entries.entries:
            kind = items if entry.kind == "item" else rows
            keys = kind.setdefault(self.heading_section(entry.line), set())
            keys.update(self.entry_keys[entry.line])
        found = set()
        for section, row_keys in rows.items():
            item_keys = items.get(section, set())
            both = len(row_keys & item_keys)
            if both >= _CATALOGUE_SIZE and both * 2 >= min(len(row_keys), len(item_keys)):
                found.add(section)
        return frozenset(found)

    @cached_property
    def dated_sections(self) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) under a heading that names a period
        (`Top ML Papers of the Week (June 23 - June 29)`, `2024-05`, `第12期`), theirs or a
        parent heading's; none unless the list has an archive of them."""
        named = sum(1 for heading in self.section_headings if re.search(_PERIOD, heading.text))
        if named < _ARCHIVE_SIZE:
            return frozenset()
        return self._sections_under(lambda heading: bool(re.search(_PERIOD, heading.text)))

    @cached_property
    def credit_sections(self) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) under a heading of acknowledgements,
        references, citations or sponsors, theirs or a parent heading's: what they link, they
        cite or thank."""
        return self._sections_under(
            lambda heading: bool(re.search(_CREDITS, plain_text(heading.text)))
        )

    @cached_property
    def _news_sections(self) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) under a heading of the list's own
        news, theirs or a parent heading's (`## 🎉 News`, `## 最新动态`)."""
        return self._sections_under(
            lambda heading: re.fullmatch(_NEWS_HEADING, _bare_heading(heading.text)) is not None
        )

    def outside_news(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """The findings that point at no news item, neither at their line nor at a related one."""
        for finding in findings:
            lines = (finding.line, *(line for line, _ in finding.related))
            if not any(self.news_item(line) for line in lines):
                yield finding

    def news_item(self, line: int) -> bool:
        """Whether a line is a dated item of the list's news (`- 2025.04.28: The paper of X
        was accepted ([arXiv](…))`, under `## 🎉 News`): an event, which names a project again
        at each of its events, not an entry."""
        lines = self.document.source.lines
        if self.section_of(line) not in self._news_sections or not 0 < line <= len(lines):
            return False
        if re.match(_DATED_LINE, lines[line - 1]) is not None:
            return True
        # a note under a dated item (`- 2021.04.20` and, under it, `- [tree](./tree) 태그 추가`):
        # one whose item starts above the line and ends at or below it
        starts, reach = self._dated_items
        below = bisect.bisect_left(starts, line)  # the dated items that start above the line
        return below > 0 and reach[below - 1] >= line

    @cached_property
    def _dated_items(self) -> tuple[list[int], list[int]]:
        """The first lines of the list's dated items in its news, in order, and for each the
        furthest last line of it and the ones before: asked once for the list (each finding in
        its news asks where its line is)."""
        lines = self.document.source.lines
        news = self._news_sections
        starts: list[int] = []
        reach: list[int] = []
        for item in self.document.items:  # in the order of their lines
            if self.section_of(item.line) not in news:
                continue
            if re.match(_DATED_LINE, lines[item.line - 1]) is None:
                continue
            starts.append(item.line)
            reach.append(max(item.last_line, reach[-1] if reach else 0))
        return starts, reach

    def _sections_under(self, says: Callable[[Heading], bool]) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) whose heading, or a parent heading,
        ``says`` so of."""
        found: set[int] = set()
        parents: list[tuple[int, bool]] = []  # (level, says) of the headings above
        for number, heading in enumerate(self.section_headings, start=1):
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            own = says(heading)
            if own or any(said for _, said in parents):
                found.add(number)
            parents.append((heading.level, own))
        return frozenset(found)

    def repeats_by_design(self, one: int, other: int) -> bool:
        """Whether entries shared by two sections are the list's habit rather than a slip: a
        list or section that repeats entries often, two periods of an archive, or a section
        of acknowledgements or references that cites what another lists."""
        shares = self.section_repeat_share
        dated = self.dated_sections
        credits = self.credit_sections
        if self._catch_all(one) or self._catch_all(other):
            return False  # what fits no other section: one that fits another is there twice
        if self.two_regions(one, other):
            return False  # an event is in one region: listed in two, it is there twice
        return (
            self._heading_of(one) in credits
            or self._heading_of(other) in credits
            or self.repeat_share >= _LIST_REPEAT_HABIT
            or shares.get(one, 0.0) >= _SECTION_REPEAT_HABIT
            or shares.get(other, 0.0) >= _SECTION_REPEAT_HABIT
            or (self._heading_of(one) in dated and self._heading_of(other) in dated)
        )

    def _catch_all(self, section: int) -> bool:
        """Whether a section (as ``entry_section`` numbers it) is a list's catch-all (`## Other`,
        `### Misc`, `其他`): what fits none of its other sections."""
        return self._heading_of(section) in self._catch_all_sections

    @cached_property
    def _catch_all_sections(self) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) whose own heading is a catch-all's,
        read once for the list (each pair of sections sharing an entry asks)."""
        return frozenset(
            number
            for number, heading in enumerate(self.section_headings, start=1)
            if _bare_heading(heading.text).casefold() in _CATCH_ALL
        )

    def two_regions(self, one: int, other: int) -> bool:
        """Whether two sections (as ``entry_section`` numbers them) are two regions of a list
        parted by region (``_region_sections``): what is in one is in no other."""
        regions = self._region_sections
        return self._heading_of(one) in regions and self._heading_of(other) in regions

    @cached_property
    def _region_sections(self) -> frozenset[int]:
        """The sections (as ``section_of`` numbers them) whose own heading names a region
        (`Africa`, `Europe`, `North America`, `Virtual/Online`), where the list has three or
        more and half their tables date their rows to days: a calendar of events parted by
        where each is."""
        found = frozenset(
            number
            for number, heading in enumerate(self.section_headings, start=1)
            if _bare_heading(heading.text).casefold() in _REGIONS
        )
        if len(found) < _REGION_SECTIONS:
            return frozenset()
        # of events, each on its days (a company's offices are in several regions at once)
        tables = [table for table in self.document.tables if self.section_of(table.line) in found]
        dated = sum(1 for table in tables if calendar(table))
        return found if tables and 2 * dated >= len(tables) else frozenset()

    def two_years(self, one: int, other: int) -> bool:
        """Whether two sections (as ``entry_section`` numbers them) are two years of one
        catalogue (`Attack Papers 2022`, `Attack Papers 2021`): a paper belongs to one year."""
        one, other = self._heading_of(one), self._heading_of(other)
        headings = self.section_headings
        if not (0 < one <= len(headings) and 0 < other <= len(headings)):
            return False
        first, second = (plain_text(headings[number - 1].text) for number in (one, other))
        years = _YEAR.findall(first), _YEAR.findall(second)
        return (
            len(years[0]) == len(years[1]) == 1
            and years[0] != years[1]
            and _YEAR.sub("", first).strip() == _YEAR.sub("", second).strip()
        )

    def _heading_of(self, section: int) -> int:
        """The heading section of a section as ``entry_section`` numbers it: a table of a
        leaderboard's (numbered below zero by its line) is under its heading's."""
        return self.heading_section(-section) if section < 0 else section

    def reported_across(self, option: str, one: int, other: int) -> bool:
        """Whether the same entry in sections ``one`` and ``other`` (as ``heading_section``
        numbers them) is reported, by a rule's ``cross-section`` option: the same section
        always; across sections "report" always, "allow" never, "auto" unless the list repeats
        entries there by habit."""
        if one == other or option == "report":
            return True
        return option == "auto" and not self.repeats_by_design(one, other)

    def repeats_names(self, table: Table) -> bool:
        """Whether a table writes two names or more in several rows each (`JavaScript`,
        `Python` over each language's implementations; an audit firm's clients, reviewed
        again): names its rows share, kinds or a log's, not one entry's each."""
        return table.line in self._tables_repeating_names

    @cached_property
    def _tables_repeating_names(self) -> frozenset[int]:
        """The tables (by their first line) that ``repeats_names``, read once for the list."""
        found: set[int] = set()
        for (kind, line), entries in self.groups.items():
            if kind != "table":
                continue
            named = Counter(name_key(entry.name) for entry in entries if entry.name)
            if sum(count > 1 for count in named.values()) >= _NAMES_REPEATED:
                found.add(line)
        return frozenset(found)

    @cached_property
    def groups(self) -> dict[tuple[str, int], list[Entry]]:
        """The entries of each table and of each section's list items, in document order."""
        found: dict[tuple[str, int], list[Entry]] = {}
        for entry in self.entries.entries:
            table = entry.table  # a row's group (``group_of``'s first answer) without a call
            group = ("table", table.line) if table is not None else self.group_of(entry)
            found.setdefault(group, []).append(entry)
        return found
