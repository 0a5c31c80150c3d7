"""AL203 missing-license: an entry without a license note, where its table or section records
licenses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from awesome_lint import lazy_re
from awesome_lint.badges import badges_only, badges_site, license_badges, links_site
from awesome_lint.document import Cell, Document, Row
from awesome_lint.entries import Entry, header_key
from awesome_lint.inline import plain_text
from awesome_lint.rule import Context, Finding, FixPolicy, FixSafety, Rule, Severity, text_edit
from awesome_lint.shapes import sums
from awesome_lint.urls import PAPER_HOSTS, host_of
from awesome_lint.values import NOTHING_SAID, is_none_mark
from awesome_lint.vocabulary import has_word

# SPDX ids and names, and how lists write license terms, in English and Chinese. Words that are
# also ordinary words elsewhere stay out: "Apache" alone (Apache Spark), "license" alone (License
# Plate, "openly licensed works"), 协议 alone (HTTP协议), 商业 alone (商业公司).
VOCABULARY = (
    "MIT", "MIT License", "Apache-2.0", "Apache 2.0", "Apache 2", "Apache License", "GPL",
    "GPLv2", "GPLv3", "GPL-2.0", "GPL-3.0", "LGPL", "AGPL", "AGPL-3.0", "BSD", "BSD-2-Clause",
    "BSD-3-Clause", "MPL", "MPL-2.0", "ISC", "Unlicense", "CC0", "CC-BY", "CC BY", "CC-BY-SA",
    "CC BY-SA", "CC-BY-NC", "CC BY-NC", "CC-BY-NC-SA", "OpenRAIL", "BigScience RAIL", "WTFPL",
    "EPL", "Llama 2 license", "Llama 3 license", "Llama 2 Community", "licensed under",
    "under the license", "license:", "non-commercial", "noncommercial", "commercial use",
    "research only", "research use only", "for research purposes", "academic use only",
    "proprietary license", "开源协议", "许可证", "许可协议", "可商用", "商用", "免费商用",
    "非商业", "仅限科研", "仅用于科研", "只能用作科研", "科研用途", "学术研究用途", "授权",
)  # fmt: skip
# "commercially usable" is a model's selling point: it counts as a note on its entry, but a list
# that says it of a few entries praises them; it records licenses where two entries state terms
PRAISE = ("可商用", "商用", "免费商用", "commercial use")
# a license named inside a long description is prose about the project (`…（MIT许可证）` in
# three hundred characters of features), not the list's record of its terms
_NOTE_LENGTH = 120
# but "not commercially usable" is a term, as "non-commercial" is: 不可商用, 非商用, 禁止商用,
# 不允许做商用, "no commercial use", "not for commercial use" (compiled on first use, by re's
# cache: only a table whose descriptions note licenses asks)
_DENIED = (
    r"(?i)(?:不(?!仅)|禁止|非)[^，。、,.;；:：\s]{0,3}商用|\b(?:no|not for)\s+commercial\s+use\b"
)
_MIN_SHARE = 0.1  # of a group's entries that state a license, for the group to record licenses
_PRICING = lazy_re.compile(
    r"\b(?:fees?|price|pricing|cost|plans?)\b|价格|收费|费用|免费", re.IGNORECASE
)
_MIN_COLUMN_SHARE = 0.5  # of a table's rows that fill its license column
# a license cell that notes nothing: empty, or a generator's null (`nil`, `null`)
_NO_NOTE = NOTHING_SAID | {""}
# where code and models live: an entry there has license terms; a hosted service has none
_CODE_HOSTS = ("github.com", "gitlab.com", "gitee.com", "huggingface.co", "modelscope.cn",
               "bitbucket.org", "sourceforge.net", "codeberg.org")  # fmt: skip


def states_license(text: str, words: Sequence[str]) -> bool:
    return bool(text) and has_word(text, tuple(words))


def _github_license(entry: Entry, context: Context) -> str | None:
    if not context.links:
        return None  # no link results (no --links): nothing to look up for each entry
    for link in entry.urls:
        spdx = getattr(context.links.get(link.url), "license", None)
        if spdx and spdx != "NOASSERTION":
            return str(spdx)
    return None


def _stated(entries: list[Entry], notes: list[bool], texts: list[str], words: Sequence[str]) -> int:
    """How many of a group's noted entries state license terms (a license's name, research
    only, non-commercial, 授权, 协议, not for commercial use), not only that they may be used
    commercially, in a description short enough to be a note (the seed's are 39 and 45
    characters), and not only in an aside in parentheses (`（Go，MIT）`)."""
    terms = tuple(word for word in words if word not in PRAISE)
    stated = 0
    for entry, noted, text in zip(entries, notes, texts, strict=True):
        if not noted:
            continue
        if entry.license is not None:
            stated += not is_none_mark(entry.license.strip())  # `-`, `\\`: no terms stated
            continue
        stated += len(text) <= _NOTE_LENGTH and _states_terms(_without_asides(text), terms)
    return stated


def _without_asides(text: str) -> str:
    """A description without its asides in parentheses, nested ones too (`(Go, MIT (v2))`): at
    most as many passes as the note has opening parentheses."""
    for _ in range(text.count("(") + text.count("（")):
        shorter = _ASIDES.sub("", text)
        if shorter == text:
            break
        text = shorter
    return text


# an aside in parentheses (`（Go，MIT）`, `(MIT, ~60k stars)`, `（MIT）` after what a tool does): a
# license named in passing, among a project's language and stars, no record of its terms
_ASIDES = lazy_re.compile(r"[(（][^()（）]*[)）]")


def _states_terms(text: str, terms: Sequence[str]) -> bool:
    return states_license(text, terms) or re.search(_DENIED, text) is not None


def _priced(texts: list[str]) -> int:
    """How many of a group's descriptions state a price (free, paid, 免费, 收费)."""
    return sum(bool(_PRICING.search(text)) for text in texts)


def _hosts_code(entry: Entry) -> bool:
    """Whether an entry links code or a model (its license is a fact to state), rather than a
    hosted service or a page."""
    return any(_is_repository(link.url) for link in entry.own_urls)


_CODE_ROWS = 0.8  # of a table's rows that link code, at least, for a dash beside none to say so


def _dash_for_no_code(entry: Entry, entries: list[Entry]) -> bool:
    """Whether an entry's license cell is a dash on a row that links a paper and no code (its
    repository gone: `📄 [FilmAgent](https://arxiv.org/abs/…)`, `—`) in a table whose rows
    link code (four in five or more): the dash says there is no code to license, even where
    the list writes no other dash. A project's home page beside a dash is still a cell left
    to fill (it has code somewhere)."""
    if (entry.license or "").strip() not in _DASHES or _hosts_code(entry):
        return False
    if not any(host_of(link.url) in PAPER_HOSTS for link in entry.own_urls):
        return False
    return sum(map(_hosts_code, entries)) >= _CODE_ROWS * len(entries)


def _is_repository(url: str) -> bool:
    """A repository, model or dataset on a code host (``owner/name`` at least); not the host's
    own pages or apps (``huggingface.co/chat``, ``/spaces/…``)."""
    if not host_of(url).endswith(_CODE_HOSTS):
        return False
    segments = [part for part in url.split("://", 1)[-1].split("?")[0].split("/")[1:] if part]
    return len(segments) >= 2 and segments[0] not in ("spaces", "chat", "features", "apps")


_DETAILED = 3  # times as long, the noted entries' descriptions as the others' (medians)


def _detailed_entries(notes: list[bool], texts: list[str]) -> bool:
    """Whether the entries that state a license are the group's detailed ones: their
    descriptions, by the median, three times as long as the others' (a plugin's release, its
    license and its version among a paragraph of features, beside one-line entries): the
    license is one of the details some entries give, not a note the others miss."""
    noted = sorted(len(text) for text, note in zip(texts, notes, strict=True) if note)
    others = sorted(len(text) for text, note in zip(texts, notes, strict=True) if not note)
    if not noted or not others:
        return False
    return noted[len(noted) // 2] >= _DETAILED * max(others[len(others) // 2], 1)


def _convention(
    entries: list[Entry],
    notes: list[bool],
    stated: int,
    texts: list[str],
    required: bool | None,
) -> str | None:
    """Why this group records licenses (for the message), or None where it does not: a license
    column the table mostly fills, naming terms in a row at least, or license notes on at
    least two of its entries and a tenth of them."""
    if required is False:
        return None
    if required:
        return "the list requires license notes"
    noted = sum(notes)
    if entries[0].license is not None:
        # a column of marks of none alone (`\\` in every row) records no license to miss
        if noted >= _MIN_COLUMN_SHARE * len(entries) and stated:
            return f"{noted} of the table's {len(entries)} rows fill its license column"
        return None
    if entries[0].table is not None and _PRICING.search(" ".join(entries[0].table.header.texts)):
        return None  # a table with a pricing column records its terms there
    if (
        stated >= 2
        and noted >= _MIN_SHARE * len(entries)
        and _priced(texts) < noted
        and not _detailed_entries(notes, texts)
    ):
        kind = "rows" if entries[0].table is not None else "entries of this section"
        return f"{noted} of {len(entries)} {kind} state a license"
    return None


def _reader_texts(document: Document, entries: list[Entry]) -> list[str]:
    """Each description as the reader sees it, worked out once for the three counts, which read
    only those of entries without a license cell: none of a table with a license column."""
    if all(entry.license is not None for entry in entries):
        return [""] * len(entries)
    return [_reader_text(entry.description, document) for entry in entries]


def _reader_text(description: str, document: Document) -> str:
    """A description as the reader sees it: its text, and what its license badges show (a
    badge whose alt text is only `License` shows `License | CERN OHL 2`)."""
    text = plain_text(description, document.definitions)
    shown = license_badges(description)
    return f"{text} {shown}" if shown else text


def _missing(document: Document, context: Context) -> Iterator[tuple[Entry, str]]:
    words = tuple(VOCABULARY) + tuple(context.option(RULE, "extend-vocabulary"))
    required = context.option(RULE, "require")
    read: list[tuple[list[Entry], list[bool], str | None]] = []
    stray = _stray_dashes(context)
    # a dash the list writes as seldom as a slip fills no license cell
    unfilled = _NO_NOTE | _DASHES if stray else _NO_NOTE
    catalogues: dict[tuple[str, ...], list[int]] = {}  # license columns of tables of one header
    for entries in context.analysis.groups.values():
        texts = _reader_texts(document, entries)
        # noted: a license cell with anything in it (`-` or `N/A` say "none" on purpose, but
        # not a stray dash), or a description (as the reader sees it) that states license
        # terms; no call per entry
        notes = [
            entry.license.strip() not in unfilled
            if entry.license is not None
            else states_license(text, words)
            for entry, text in zip(entries, texts, strict=True)
        ]
        stated = _stated(entries, notes, texts, words)
        read.append((entries, notes, _convention(entries, notes, stated, texts, required)))
        table = entries[0].table
        if table is not None and entries[0].license is not None:
            filled = sum(notes)
            for key in (header_key(table), _EVERY_TABLE):
                tally = catalogues.setdefault(key, [0, 0, 0, 0])
                tally[0] += filled
                tally[1] += len(entries)
                tally[2] += 1
                tally[3] += stated
    incidental = required is None and _incidental(read)
    for entries, notes, why in read:
        if why is None and required is None and (any(notes) or len(entries) < _SILENT_TABLE):
            # a table that leaves every row's license cell empty (a table of Linux
            # distributions, whose entries have no one license) records none there, whatever
            # the list's other tables of its header record
            why = _catalogue_convention(entries, catalogues) or _list_convention(
                entries, notes, catalogues
            )
        if incidental and entries[0].license is None:
            why = None  # a license named in passing in a few of many sections' descriptions
        if why is None:
            continue
        from_column = entries[0].license is not None or required
        if required is None and _mirrors_github(entries):
            continue  # GitHub's detected license, written by a script: none detected
        site: str | None = None  # read where an entry misses its note
        judged: Iterable[tuple[Entry, bool]] = zip(entries, notes, strict=True)
        if entries[0].license is not None and (unlinked := _unlinked(context, entries, notes)):
            # the rows that link nothing among the entries, in the table's order (most tables
            # have none: their entries are not sorted again)
            judged = sorted([*judged, *((row, False) for row in unlinked)], key=_line_of)
        for entry, noted in judged:
            if not noted and entry.license is not None and _goes_on(entry, context):
                continue  # a model's second file, under the row that names its project
            if not noted and entry.license is not None and _hidden_note(entry, words):
                continue  # `595k||MIT`: the license written a cell late, AL001's to tell
            if not noted and _dash_for_no_code(entry, entries):
                continue  # a paper's row among repositories': no code, no license to state
            if not noted and (from_column or _hosts_code(entry)):
                if site is None:
                    site = _badges_site(document, context, entries)
                if site and not links_site(_row(entry), site, document.definitions):
                    continue  # a badge of a site the entry is not on (a crate never published)
                yield entry, why + _dash_said(entry, stray)


_TRAILING_EMPTY = 3  # cells a row leaves empty at its end, at least, to go on the row above
_GOES_ON = 5  # rows above, at most, to the row that a group of such rows goes on


_DASHES = frozenset({"-", "--", "—", "–"})
_STRAY_DASHES = 2  # dashes, at most, in the list's license columns, for them to be slips
_NAMED_BESIDE = 20  # license cells that name terms, at least, beside those dashes


def _dash_said(entry: Entry, stray: tuple[int, int] | None) -> str:
    """What the message adds where the entry's license cell is a stray dash."""
    mark = (entry.license or "").strip()
    if stray is None or mark not in _DASHES:
        return ""
    dashes, cells = stray
    which = "the only dash" if dashes == 1 else f"one of {dashes} dashes"
    return f"; its `{mark}` is {which} of the list's {cells} license cells, the others naming one"


def _stray_dashes(context: Context) -> tuple[int, int] | None:
    """The dashes (`-`, `—`) the list's license columns write and their cells in all, where
    they write one so seldom beside the licenses they name (two at most, beside twenty names or
    more) that a dash is a cell left unfilled, not the list's way of saying none (`Not
    specified`, `无License`, a project's own word); None otherwise."""
    dashes = named = 0
    for entries in context.analysis.groups.values():
        for entry in entries:
            if entry.license is None:
                break
            text = entry.license.strip()
            if text in _DASHES:
                dashes += 1
            elif text not in _NO_NOTE:
                named += 1
    if 0 < dashes <= _STRAY_DASHES and named >= _NAMED_BESIDE:
        return dashes, dashes + named
    return None


def _trailing_empty(texts: tuple[str, ...]) -> int:
    """The cells a row leaves empty at its end."""
    count = 0
    for text in reversed(texts):
        if text.strip():
            break
        count += 1
    return count


def _goes_on(entry: Entry, context: Context) -> bool:
    """Whether a row that leaves its license cell empty goes on a row above it: it leaves three
    cells or more empty at its end, the license's among them, under a row that fills that cell
    (john-rocky/CoreML-Models: a model's encoder, then its denoiser and decoder, each a file to
    download, the project and its license written once, on the first)."""
    table = entry.table
    columns = context.analysis.entries.columns.get(table.line) if table is not None else None
    if table is None or columns is None or entry.row_index <= 0:
        return False
    body = table.body
    width = table.width
    row = body[entry.row_index]
    texts = row.texts[:width]
    empty = _trailing_empty(texts) + width - len(texts)  # a short row's missing cells too
    column = columns.license
    if column >= len(row.cells):
        return False  # a row cut short before its license cell: no part of the row above
    if empty < _TRAILING_EMPTY or column < width - empty:
        return False  # the license cell is not among the empty ones at the row's end
    for above in range(entry.row_index - 1, max(entry.row_index - _GOES_ON, 0) - 1, -1):
        texts = body[above].texts
        if column < len(texts) and texts[column].strip():
            # the row that names the project and its license, whose first cell starts as this
            # row's (`SinSR_Encoder…`, `SinSR_Denoiser…`): parts of one thing, not an entry
            # left unfinished under another (`weave.works` under `Conjure-up`)
            return _same_start(texts[0] if texts else "", row.texts[0] if row.texts else "")
    return False


_SAME_START = 5  # characters two parts' first cells start with alike, at least


def _same_start(one: str, other: str) -> bool:
    first, second = (text.lstrip("[*_` ").casefold() for text in (one, other))
    return len(first) >= _SAME_START and first[:_SAME_START] == second[:_SAME_START]


def _line_of(pair: tuple[Entry, bool]) -> int:
    return pair[0].line


_FILLED_THROUGHOUT = 0.9  # of a table's entries that fill its license column
_UNLINKED_MOST = 0.05  # of a table's rows, named rows that link nothing and note no license


def _unlinked(context: Context, entries: list[Entry], notes: list[bool]) -> list[Entry]:
    """The rows of a table that fills its license column throughout (nine entries in ten) that
    name an entry in plain text, link nothing and leave the license empty (`| Neko Project II |
    | |` among 176 rows that link a license): entries all the same, their license missing; not
    where such rows are many (labels of groups, a table's plain rows), nor a label set apart
    (`**Emulators**`)."""
    table = entries[0].table
    if table is None or sum(notes) < _FILLED_THROUGHOUT * len(entries):
        return []
    columns = context.analysis.entries.columns.get(table.line)
    if columns is None or columns.name < 0 or columns.license < 0:
        return []
    lines = {entry.line for entry in entries}
    found: list[Entry] = []
    for index, row in enumerate(table.body):
        if row.line in lines or "](" in row.raw or "://" in row.raw:
            continue
        name, cell = row.cell(columns.name), row.cell(columns.license)
        if name is None or cell is None or cell.text or not _plain_name(name.text) or sums(row):
            continue
        found.append(
            entries[0]._replace(
                line=row.line,
                column=name.column,
                name=name.text,
                name_column=name.column,
                urls=(),
                url_columns=(),
                description="",
                license="",
                license_column=cell.column,
                row_index=index,
            )
        )
    return found if len(found) <= _UNLINKED_MOST * len(table.body) else []


def _plain_name(text: str) -> bool:
    """Whether a cell names something in plain words: no markup that sets a label apart."""
    return (
        bool(text)
        and not any(mark in text for mark in "*_<#`[")
        and any(char.isalpha() for char in text)
    )


# a repository's counts written beside it by a script that reads GitHub's API
_COUNTS = lazy_re.compile(r"(?i)(?<![a-z])stars?(?![a-z])|⭐|🌟|星数|星标")
_UPDATED = lazy_re.compile(r"(?i)\b(?:updated?|last commit|last push|pushed)\b|更新")
_LICENSE_ID = lazy_re.compile(r"[A-Za-z0-9.+-]+")  # as GitHub's API names one (`other` for unknown)
_MIRRORED = 0.9  # of a table's entries that link a repository


def _mirrors_github(entries: list[Entry]) -> bool:
    """Whether a table writes out GitHub's data on its repositories (a script's star tracker):
    columns of stars and of the last update, nine entries in ten a repository, each license
    written as GitHub's API names it (`MIT`, `BSD-3-Clause`, `other`). Its empty license cell is
    a repository GitHub finds no license in, regenerated every run: no note left out."""
    table = entries[0].table
    if table is None or entries[0].license is None:
        return False
    headers = [plain_text(text) for text in table.header.texts]
    if not any(_COUNTS.search(text) for text in headers):
        return False
    if not any(_UPDATED.search(text) for text in headers):
        return False
    linked = sum(1 for entry in entries if _hosts_code(entry))
    if linked < _MIRRORED * len(entries):
        return False
    written = [entry.license.strip() for entry in entries if entry.license]
    return all(_LICENSE_ID.fullmatch(text) for text in written if text)


_MANY_GROUPS = 8  # tables or sections of entries enough to tell the list's habit
_FEW_GROUPS = 0.25  # of them noting licenses in descriptions, for those notes to be incidental


def _incidental(read: list[tuple[list[Entry], list[bool], str | None]]) -> bool:
    """Whether the license notes of the list's descriptions are incidental: a list of many
    tables or sections without a license column, of which only a few note licenses in two of
    their descriptions (`基于 MIT License 开源` here and there, in 12 of a .NET list's 140
    tables): the list records no licenses, its descriptions mention some in passing."""
    described = [why for entries, _, why in read if entries[0].license is None]
    if len(described) < _MANY_GROUPS:
        return False
    return sum(why is not None for why in described) < _FEW_GROUPS * len(described)


def _hidden_note(entry: Entry, words: tuple[str, ...]) -> bool:
    """Whether a row states a license in a cell beyond its header's, which GitHub hides (its
    license cell left empty by a stray `|`): one slip, AL001's finding, not a note missed."""
    table = entry.table
    if table is None:
        return False
    return any(states_license(text, words) for text in _row(entry).texts[table.width :])


def _row(entry: Entry) -> Row:
    assert entry.table is not None  # a table's entry: one with a license column
    return entry.table.body[entry.row_index]


def _badges_site(document: Document, context: Context, entries: list[Entry]) -> str:
    """The site a table's license column of badges describes (`img.shields.io/crates/l/…`), or
    "" where the column holds values written."""
    table = entries[0].table
    if table is None or entries[0].license is None:
        return ""
    column = context.analysis.entries.columns[table.line].license

    def cells() -> Iterator[Cell]:
        # read lazily: the first value written ends ``badges_only``, in most tables the first
        return (cell for entry in entries if (cell := _row(entry).cell(column)) is not None)

    if not badges_only(cells(), document.definitions):
        return ""
    return badges_site(cells(), document.definitions)


_SILENT_TABLE = 3  # rows of a table that fills no license cell, which then records none


def _catalogue_convention(
    entries: list[Entry], catalogues: dict[tuple[str, ...], list[int]]
) -> str | None:
    """Why a table that fills its license column too seldom to tell records licenses all the
    same: it is one of a catalogue's tables of one header (a section each), which together
    mostly fill the column (`MINT-1T` with no license in a table of 9 that names 4, among 18
    tables that name 50 of 64)."""
    table = entries[0].table
    if table is None or entries[0].license is None:
        return None
    noted, rows, tables, stated = catalogues.get(header_key(table), [0, 0, 0, 0])
    if tables < 2 or noted < _MIN_COLUMN_SHARE * rows or not stated:
        return None
    return f"{noted} of the {rows} rows of its {tables} tables fill their license column"


_EVERY_TABLE = ("",)  # the key of the list's tables of any header with a license column
_TABLE_SHARE = 1 / 3  # of a table's rows that fill its license column, with the list's others


def _list_convention(
    entries: list[Entry], notes: list[bool], catalogues: dict[tuple[str, ...], list[int]]
) -> str | None:
    """Why a table that fills its license column in a third of its rows or more, too seldom to
    tell alone, records licenses all the same: the list's tables of any header with a license
    column mostly fill it together (a dataset table that names 8 licenses in 18 rows under a
    model table that names all 13)."""
    if entries[0].license is None or sum(notes) < _TABLE_SHARE * len(entries):
        return None
    noted, rows, tables, stated = catalogues.get(_EVERY_TABLE, [0, 0, 0, 0])
    if tables < 2 or noted < _MIN_COLUMN_SHARE * rows or not stated:
        return None
    return f"{noted} of the {rows} rows of the list's {tables} tables fill their license column"


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for entry, why in _missing(document, context):
        where = entry.license_column if entry.license is not None else entry.description_column
        spdx = _github_license(entry, context)
        name = entry.name or entry.urls[0].url
        message = f"`{name}` has no license note; {why}"
        if spdx:
            message += f"; its repository's license is `{spdx}`"
        # with --links: an empty license cell gets the repository's SPDX id
        edit = None
        if spdx is not None and entry.license == "":
            edit = text_edit(lines, entry.line, entry.license_column, "", spdx)
        yield Finding(entry.line, where, message, edits=(edit,) if edit else ())


RULE = Rule(
    code="AL203",
    name="missing-license",
    summary="An entry has no license note where its table or section records licenses",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE, links=True),  # the license id comes from GitHub
    options={"extend-vocabulary": [], "require": None},
)
