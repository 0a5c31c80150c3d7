"""AL006 column-values: a value outside its column's allowed set, or a rare variant spelling."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from operator import itemgetter
from urllib.parse import unquote

from awesome_lint import lazy_re
from awesome_lint.analysis import Analysis
from awesome_lint.document import Cell, Document, Table
from awesome_lint.entries import CREDIT_HEADERS, EntryIndex, normalize_header
from awesome_lint.inline import InlineLink, kept_links, plain_text, whole_link
from awesome_lint.licenses import license_of
from awesome_lint.picture_words import picture_slips
from awesome_lint.rule import Context, Finding, FixPolicy, FixSafety, Rule, Severity, text_edit
from awesome_lint.values import HYPHENS, PRESENTATION, is_none_mark, value_key

Definitions = Mapping[str, tuple[str, str]]

_WHITESPACE = lazy_re.compile(r"\s+")


def _shown(text: str) -> str:
    """A value as HTML shows it: every run of whitespace one space, no emoji's presentation
    selector (U+FE0E, U+FE0F: `🟩️` and `🟩️️️️️` look alike; but a shortcode, `:x:` beside `❌`,
    is another spelling in the list's text)."""
    return _WHITESPACE.sub(" ", text.strip().translate(PRESENTATION))


# a cell of tags: `创业; 编程; 开源`, `Python, CLI`, `中文、对话`
_SEPARATORS = ";；,，、"
# (no `\s*` around it: a run of spaces would be read again from each of its places; a tag is
# stripped of its spaces where it is read)
_TAG_SEPARATOR = lazy_re.compile(rf"[{_SEPARATORS}]|<br\s*/?>|(?<=\s)&(?=\s)", re.IGNORECASE)
_TAG_REPEATS = 4  # tags written, on average, in a column not named as tags
_TAGGED = 0.5  # of a column's filled cells that hold two tags or more
_TAG_HEADERS = frozenset(
    {
        "tags",
        "tag",
        "topics",
        "keywords",
        "标签",
        "关键词",
        "タグ",
        "태그",
        "technologies",
        "tech stack",
        "stack",
        "技术栈",
        "tecnologias",
        "tecnologias relacionadas",
    }
)


def _tags(cell: Cell) -> list[Cell]:
    """The tags of a cell, each where it is written."""
    found: list[Cell] = []
    start = 0
    for separator in [*_TAG_SEPARATOR.finditer(cell.text), None]:
        end = separator.start() if separator else len(cell.text)
        text = cell.text[start:end].strip()
        if text:
            offset = start + len(cell.text[start:end]) - len(cell.text[start:end].lstrip())
            found.append(Cell(text, cell.line, cell.column + offset))
        start = separator.end() if separator else end
    return found


def _tag_cells(values: list[Cell], named: bool) -> list[Cell] | None:
    """The tags of a column whose cells are lists of tags (half of them hold two or more), or
    None: a column its header names as tags (`Tags`, `技术栈`), or one of another name whose
    tags are a vocabulary, each written ``_TAG_REPEATS`` times on average (a `Note` column of
    `Sliding Window, Prefix Sum`), not a description's clauses between commas."""
    # most columns hold one value a cell: too few separators in them all, told at C speed
    joined = "\0".join(map(_TEXT, values))
    if sum(map(joined.count, (*_SEPARATORS, "<br"))) < _TAGGED * len(values):
        return None
    each = [_tags(cell) for cell in values]
    if sum(1 for tags in each if len(tags) >= 2) < _TAGGED * len(values):
        return None
    tags = [tag for cell in each for tag in cell]
    if not named and len(tags) < _TAG_REPEATS * len(set(map(_TEXT, tags))):
        return None
    return tags


@dataclass(frozen=True)
class _Problem:
    cell: Cell
    message: str
    replacement: str | None
    capitals: bool = False  # the common spelling, against the capitals of the column's values
    # asked after the list's pooled columns are (a ``_case_pair``, a slip of the list's words):
    # a cell they report is theirs
    deferred: bool = False
    fixed: bool = True  # whether the finding writes ``replacement`` for the value


def _allowed_for(header: str, allowed: Mapping[str, Sequence[str]]) -> Sequence[str] | None:
    wanted = normalize_header(header)
    for name, values in allowed.items():
        if normalize_header(name) == wanted:
            return values
    return None


def _labels(cell: Cell, definitions: Definitions) -> list[Cell]:
    """The texts of a cell's written links (`[Code](…)`), each where it is written; images,
    badges, bare URLs and links whose text holds markup have no label to compare. A cell that
    is one `[text](url)` is read by the caller (``_kinds``), one that writes no `](`
    is not asked."""
    found: list[Cell] = []
    text = cell.text
    for link in kept_links(text, definitions):
        if link.image or link.badge or link.html or link.offset < 0 or not link.text.strip():
            continue
        start = _own_text(text, link)
        if start >= 0:  # by ``tuple.__new__``: every cell of a link column passes here
            found.append(_new_tuple(Cell, (link.text, cell.line, cell.column + start)))
    return found


_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call


_GAP = 16  # blanks and `<` between a link's `](` and its destination


def _own_text(text: str, link: InlineLink) -> int:
    """Where a link's text is written as it reads, right before the `](` of its destination;
    -1 where it is written otherwise (with markup or escapes): an earlier `[…]` of the cell is
    plain text, not the link's, and each link is looked up in a few characters, not the cell."""
    close = text.rfind("](", max(0, link.offset - _GAP), link.offset)
    start = close - len(link.text)
    if start < 1 or text[close + 2 : link.offset].strip(" \t<"):
        return -1
    return start if text[start - 1 : close] == f"[{link.text}" else -1


_UPPER = lazy_re.compile(r"[^\W\d_a-z]+")
_LOWER = lazy_re.compile(r"[^\W\d_A-Z]+")
_NUMBER = lazy_re.compile(r"\d+")


def _form(value: str) -> str:
    """How a value is written, without what it says: `Oct., 2023` is `Aa., 0`, `Yes` is `Aa`,
    `yes` is `a`."""
    return _LOWER.sub("a", _UPPER.sub("A", _NUMBER.sub("0", _shown(value))))


# a measure: a number, then its unit of words (`600 kGe`, `2MGe`, `2000 MHz`, `2.18 Glops/W`)
_MEASURE = lazy_re.compile(r"([\d.,]+\s*)([^\W\d_][\w/]*)")


def _unit_habits(counts: Counter[str]) -> Counter[str]:
    """How often a column writes each measure's unit and spacing, whatever its number: `600 kGe`
    and `1800 kGe` are both `0 kGe`."""
    shapes: Counter[str] = Counter()
    for value, count in counts.items():
        shown = _shown(value)
        if _MEASURE.match(shown):
            shapes[_NUMBER.sub("0", shown)] += count
    return shapes


def _unit_slip(shapes: Counter[str], rare: str, common: str) -> bool:
    """Whether a measure is a slip of its unit or spacing by the column's own habit, not only by
    its number's: `2000 Mhz` among `0 MHz` written eight times is; `600 kGe`, though `600 Kge`
    is written five times, is not where the column writes `0 kGe` as often as `0 Kge`."""
    rare, common = _shown(rare), _shown(common)
    if not (_MEASURE.match(rare) and _MEASURE.match(common)):
        return True
    return shapes[_NUMBER.sub("0", rare)] * 2 <= shapes[_NUMBER.sub("0", common)]


def _allowed_problems(
    values: list[Cell], header: str, allowed: Sequence[str]
) -> Iterator[_Problem]:
    by_key = {value_key(value): value for value in allowed if value_key(value)}
    listed = ", ".join(f"`{value}`" for value in allowed)
    for cell in values:
        if cell.text not in allowed:
            fix = by_key.get(value_key(cell.text) or "\0")
            yield _Problem(cell, f"`{cell.text}` is not one of {listed} in `{header}`", fix)


# a column of free text (prices, limits, notes: most values written once) still repeats a phrase
# now and then; one written this often is its vocabulary, and a spelling of it written once a slip
_FREE_MAJORITY = 5
_RARE_SHARE = 2  # times as often as a value its common spelling is written, at least


_CODE_LENGTH = 5  # letters of a value, at most, in a column of codes of letters


def _letter_codes(counts: Counter[str]) -> bool:
    """Whether a column's values are codes of letters whose case tells something apart
    (osmr/imgclsmob's `a` implemented, `A` with weights, `ABcD` under each framework): every
    value five letters at most or a mark of none, one of them a letter alone. Two of them in two
    cases are two values, never spellings of one."""
    return any(len(value) == 1 and value.isalpha() for value in counts) and all(
        (len(value) <= _CODE_LENGTH and value.isalpha()) or is_none_mark(value) for value in counts
    )


# values of free text written two ways, at least, for its writers to spell as they please (a
# job board's titles, each copied from its employer: `Intern - Summer 2026`, `Intern Summer
# 2026`, `Co-op- Software Engineer`)
_FREE_WAYS = 5


def _cased_twice(spellings: Mapping[str, list[str]], counts: Counter[str]) -> set[str]:
    """The keys of labels written in two cases or more, each case twice at least (`Github` 73
    times and `GitHub` 8 in a column of sources)."""
    return {
        key
        for key, variants in spellings.items()
        if len(variants) >= 2
        and len({variant.casefold() for variant in variants}) == 1
        and sum(1 for variant in variants if counts[variant] >= 2) >= 2
    }


def _cased_loosely(spellings: Mapping[str, list[str]], counts: Counter[str]) -> set[str]:
    """The keys of labels written in two cases, in a column of varied labels, its commonest in
    fewer than a third of its links (`Paper` 13 times among `Blog`, `blog`, `Tech Report`, `Paper
    Link`, `technical blog`… 62 links): its writers case their labels as they please, so
    `paper` twice is no slip."""
    if 3 * max(counts.values(), default=0) >= sum(counts.values()):
        return set()
    return {
        key
        for key, variants in spellings.items()
        if len({variant.casefold() for variant in variants}) == 1 < len(variants)
    }


_LICENSE_COUNT = 2  # writings of a license's name, at least, for another writing to be a slip
_FREE_SHORT = 24  # characters of a value, at most, for two of its cells in free text to be slips


def _rare_in_free_text(value: str, written: int, majority: int, tags: bool) -> bool:
    """Whether a value of free text is rare enough beside its common spelling, written
    ``_FREE_MAJORITY`` times at least, to be a slip: written once, or twice where it is short
    and no tag (`UK,London` twice beside five `UK, London`; not a long row of benchmarks that
    writes `Musique` beside its `MuSiQue`, nor a tag written as its writers please)."""
    if majority < _FREE_MAJORITY:
        return False
    return written == 1 or (written == 2 and not tags and len(_shown(value)) <= _FREE_SHORT)


def _inner_capital_dropped(rare: str, common: str) -> bool:
    """Whether a short name writes in small letters a capital its other spelling has inside a
    word, and no capital of its own (`Deepmind`, `Bytedance`, `Clip-vit` beside two `DeepMind`,
    `ByteDance`, `CLIP-ViT`): a brand's own capital lost, a slip even in free text (not
    `NVIDIA` beside two `Nvidia`, nor `lightweight` beside `Lightweight`)."""
    if len(rare) > _FREE_SHORT or len(rare) != len(common) or rare == common:
        return False
    dropped = False
    for at, (mine, theirs) in enumerate(zip(rare, common, strict=True)):
        if mine == theirs:
            continue
        if mine.isupper() or not theirs.isupper():
            return False  # a capital of the rare one's own, or another letter
        # a capital after a small letter: a hump of a name (not `GOOGLE`'s `O` beside `Google`)
        dropped = dropped or (at > 0 and common[at - 1].islower())
    return dropped


# a value written once beside its other case written twice, where the column writes no other
# value both ways: `Instruction tuning` beside two `Instruction Tuning`, `CORR` beside two `CoRR`
_PAIR_COUNT = 2


def _case_pair(
    value: str, majority: str, counts: Counter[str], spellings: list[str], most: int
) -> bool:
    """Whether a value written once is its majority, written ``_PAIR_COUNT`` to ``most``
    times, in another case, and the two are the value's only spellings."""
    return (
        counts[value] == 1
        and counts[majority] <= most
        and len(spellings) == 2
        and value.casefold() == majority.casefold()
    )


def _later_words(text: str) -> list[str]:
    """The first letters of a text's words after its first that start with a letter."""
    return [word[:1] for word in text.split()[1:] if word[:1].isalpha()]


def _in_sentence_case(
    value: str, majority: str, variants: list[str], values: Iterable[str]
) -> bool:
    """Whether the rare value writes in small letters the later words the majority
    capitalises, as the column's other values write theirs, two in three of three or more
    (`Semantic segmentation` beside two `Semantic Segmentation`, among `Object detection`,
    `Image classification`): the column's way, not a slip."""
    mine, theirs = _later_words(value), _later_words(majority)
    if not mine or not all(letter.islower() for letter in mine) or mine == theirs:
        return False
    later = [letter for other in values if other not in variants for letter in _later_words(other)]
    small = sum(letter.islower() for letter in later)
    return len(later) >= 3 and 3 * small >= 2 * len(later)


def _spelling_problems(
    values: list[Cell],
    header: str,
    where: str,
    context: Context,
    case: bool = True,
    tables: Sequence[Table] = (),
    share: int = _RARE_SHARE,
    capitals: bool = False,
    any_case: bool = False,
    tags: bool = False,
    licenses: bool = False,
    pairs: bool = False,
    case_share: int = 0,
) -> Iterator[_Problem]:
    """The rare spellings among a column's values: a value at most half as common as another
    spelling of it (``1 / share`` as common), which is written at least min-count times (one in
    another case only where ``case`` counts), one fewer (twice at least) in ``licenses``, the
    list's license columns: a license's name is one of a few, each written as its license
    writes it (`Qwen LICENSE` once beside two `Qwen License`, `CC BY-4.0` beside `CC BY 4.0`);
    in free text, a value written once beside a spelling written ``_FREE_MAJORITY`` times. A
    rare value that is the common one capitalised, in a column of capitalised values
    (``_capitalised_way``), is the column's way: with
    ``capitals`` (a column's own values) the common spelling is reported, else neither; with
    ``any_case`` (tags written as their writers please), a tag capitalised beside its common
    spelling in small letters alone is none (``_capitalised_tag``). Free text that writes five
    values or more two ways each (``_FREE_WAYS``), not of ``tags``, is spelt as its writers
    please: none is reported there. With ``pairs``, only a value written once beside its
    other case written twice, fewer than min-count times, is (``_case_pair``). With
    ``case_share``, a value apart from a spelling in case alone, written fewer than five times,
    is rare where that spelling is written ``case_share`` times as often (``share`` is then a
    column's other ways)."""
    if len(values) < context.option(RULE, "min-rows"):
        return
    least = context.option(RULE, "min-count")
    most = least - 1  # a case pair's majority is written this often at most (``pairs``)
    if licenses:
        least = max(_LICENSE_COUNT, most)
    elif pairs:
        least = _PAIR_COUNT
    counts = Counter(map(_TEXT, values))
    spellings: dict[str, list[str]] = {}
    keys: dict[str, str] = {}
    if _letter_codes(counts):
        return
    for value in counts:
        key = value_key(value)
        if key:
            spellings.setdefault(key, []).append(value)
            keys[value] = key
    free = len(spellings) > len(values) / 2
    if (
        free
        and not tags
        and sum(1 for variants in spellings.values() if len(variants) >= 2) >= _FREE_WAYS
    ):
        return  # free text whose writers spell as they please: no spelling to restore (a
        # column of tags, each a word, keeps one for each tag)
    majorities = {
        # the first of the most common (its rank in the list not searched for each value)
        key: max(variants, key=counts.__getitem__)
        for key, variants in spellings.items()
        if len(variants) >= 2
    }
    if pairs and not any(
        _case_pair(value, majorities[key], counts, spellings[key], most)
        for value, key in keys.items()
        if key in majorities and counts[majorities[key]] >= least
    ):
        return  # no case pair: the column's other spellings were judged before, its kin too
    # labels of links that write another label in two cases, each twice or more (`Github` 73
    # times, `GitHub` 8): the column cases its labels as each writer pleases, the others too
    # (of the values written two ways or more, the majorities' keys: most of a column's none)
    several = {key: spellings[key] for key in majorities}
    cased = (_cased_twice(several, counts) | _cased_loosely(several, counts)) if not case else set()
    for key, commonest in list(majorities.items()):
        if cased - {key} and len({variant.casefold() for variant in spellings[key]}) == 1:
            del majorities[key]  # `Job ad` once beside 10 `Job Ad`: as the column cases others
            continue
        # three spellings or more, the commonest written in fewer than a third of the cells:
        # the column spells that value as each writer pleases (`Llama-2-7b`, `Llama-2-7B`,
        # `LLaMA-2-7B`, `Llama2-7B`... in a column of the models each paper used)
        variants = spellings[key]
        if len(variants) >= 3 and 3 * counts[commonest] < sum(map(counts.__getitem__, variants)):
            del majorities[key]
        elif (
            not case
            and len({variant.casefold() for variant in variants}) == 1
            and sum(1 for variant in variants if counts[variant] >= 2) >= 3
        ):
            # links' texts in three cases, each written twice or more (`Project Page`, `Project
            # page`, `project page`): the column cases its labels as each writer pleases; one
            # `FREE plan` among `Free Plan` is a slip
            del majorities[key]
    small_way = False  # a column that writes most of its values in small letters (`react`,
    # `core web vitals`) writes a value so on purpose beside its capitals: read for ``case_share``
    if case_share:
        letters_of, upper = _first_letters(keys)
        small_way = 2 * upper < letters_of
    styles = _styles(spellings, counts)
    spacing = _Spacing(counts)
    families: dict[str, Counter[str]] | None = None  # read where a value is rare
    shapes = _unit_habits(counts)
    titled = _shown(plain_text(header))  # the header's own spelling of a value is no slip
    # each value judged once, not once per cell that writes it; a cell then only asks its table
    rare: dict[str, str] = {}
    capitalised: set[str] = set()  # majorities reported against the capitals of the column
    firsts: tuple[int, int] | None = None  # ``_first_letters`` of the values, read once needed
    for value, key in keys.items():
        majority = majorities.get(key)
        # a run of spaces is one space: HTML shows `0.07 / 1K` and `0.07  / 1K` alike (but
        # not `512×512` and `512 × 512`, nor `JupyterNotebook` and `Jupyter Notebook`)
        if (
            majority is not None
            and counts[majority] >= least
            and (not pairs or _case_pair(value, majority, counts, spellings[key], most))
            and not (pairs and _in_sentence_case(value, majority, spellings[key], keys))
            and counts[value]
            * _rare_share(
                value,
                majority,
                counts[value],
                share,
                0 if small_way and value.islower() else case_share,
            )
            <= counts[majority]
            and (
                not free
                or _rare_in_free_text(value, counts[value], counts[majority], tags)
                or (pairs and _inner_capital_dropped(_shown(value), _shown(majority)))
            )
            and _shown(value) != _shown(majority)
            and _shown(value) != titled
            and not _headed(context, value, majority)
            and (case or not _case_style(_shown(value), _shown(majority), counts[value]))
            and not _camel_brand(_shown(value), _shown(majority))
            and not _brand_habit(_shown(value), _shown(majority), counts[value], counts[majority])
            and not _two_styles(styles, _form(value), _form(majority))
            and not _spaced_both_ways(spacing, _shown(value), _shown(majority))
            and not _lopsided_majority(_shown(value), _shown(majority))
            and _texts_aside(value) != _texts_aside(majority)
            and _unit_slip(shapes, value, majority)
            and not _verbatim(value)
            and not _cut_short(value, majority)
            and not (any_case and _capitalised_tag(value, majority))
        ):
            if families is None:
                families = _families(keys, counts)
            family, form, common = families[_NUMBER.sub("0", key)], _form(value), _form(majority)
            if form != common and family[form] >= family[common]:
                continue  # the way the column writes this value in its other years or sizes
                # (`arXiv 2023` beside six `Arxiv 2023`, among sixty `arXiv` of other years)
            if firsts is None:
                firsts = _first_letters(keys)
            if _capitalised_way(value, majority, spellings[key], firsts):
                # the majority breaks the column's way, not the rare one, unless the way is
                # its own: one `Arxiv` beside 12 `arxiv` (a cell's first word in capitals
                # beside the same words after others, `See providers`, is no slip either)
                if capitals and counts[value] * _CAPITALS_SHARE >= counts[majority]:
                    rare[majority] = value
                    capitalised.add(majority)
                continue
            rare[value] = majority
    if not free and not any_case and not pairs:  # (``pairs``: judged before)
        yield from _kin_slips(values, header, where, keys, spellings, counts, titled, firsts)
    if not rare:
        return
    own = _Own(values, tables)
    by_line: dict[int, list[str]] | None = None  # the texts of each line, read once needed
    for cell in values:
        majority = rare.get(cell.text)
        if majority is None:
            continue
        if not case and cell.text[1:] == majority[1:] and cell.text[:1] != majority[:1]:
            if by_line is None:
                by_line = {}
                for other in values:
                    by_line.setdefault(other.line, []).append(other.text)
            if _cased_alike(cell.text, by_line[cell.line]):
                continue  # `[electricity], [traffic], [wind]`: the row's own way, no slip
        if own.convention(cell, majority):
            continue
        said = (
            f"`{cell.text}` is written `{majority}` in {_counted(counts[majority], where)} "
            f"of `{header}`"
        )
        if _capital_inside(_shown(cell.text), _shown(majority)):
            # `TypeScript` beside five `Typescript`: the rare one may have a name's own
            # capitals (or a writer's, `PrePrint`), the others may be the slips: which is for
            # the maintainer to say, and no fix writes a name's capitals away
            said += " (not fixed: a capital inside a word may be the name's own)"
            yield _Problem(cell, said, majority, fixed=False)
            continue
        yield _Problem(
            cell,
            said
            + (
                ", as the column's other values start with a capital"
                if cell.text in capitalised
                else _look_alike(cell.text, majority)
            ),
            majority,
            cell.text in capitalised,
        )


def _rare_share(value: str, majority: str, written: int, share: int, case_share: int) -> int:
    """How many times as often as ``value`` its majority must be written for it to be rare:
    ``case_share`` for a value apart from it in case alone, written fewer than five times (one
    writer's slip, where the column's writers spell freely otherwise), else ``share``."""
    if case_share and written < _TABLE_HABIT and value.casefold() == majority.casefold():
        return case_share
    return share


# a value of numbers written once or twice in another way than its kin, the values of its words
# and other numbers, are written three times as often, three times at least and two in three of
# them (`CORL 2024` beside `CoRL 2023` and two `CoRL 2019`)
_KIN_COMMON = 3
_KIN_SHARE = 3
_KIN_WORD = lazy_re.compile(r"[^\W\d_]{2}")  # two letters together, at least: a word of a name
_ADDRESS_WRITTEN = lazy_re.compile(r"\]\(|://")


def _kin_slips(
    values: list[Cell],
    header: str,
    where: str,
    keys: Mapping[str, str],
    spellings: Mapping[str, list[str]],
    counts: Counter[str],
    titled: str,
    firsts: tuple[int, int] | None,
) -> Iterator[_Problem]:
    """Values the column writes in one spelling alone, whose kin (the values of their key but
    for its numbers) are written in another case as a rule: `CORL 2024` where the column writes
    `CoRL 2023` and `CoRL 2019` twice. Reported with the spelling its kin give it, not fixed;
    not where that spelling is the wrong brand (`MacOS 14` for `macOS 14`) or breaks the
    column's capitals (`python 2` for `Python 2`, among `Go`, `Rust`, `Java`)."""
    kin: dict[str, Counter[str]] = {}
    for value, key in keys.items():
        # (not a cell's link, whose address's numbers are no kin's: `[Project page](…/2306.05399)`)
        if _NUMBER.search(key) and _KIN_WORD.search(key) and _ADDRESS_WRITTEN.search(value) is None:
            kin.setdefault(_NUMBER.sub("0", key), Counter())[value] += counts[value]
    found: dict[str, tuple[str, int]] = {}
    for family in kin.values():
        if len(family) < 2:
            continue
        forms: Counter[str] = Counter()
        for value, written in family.items():
            forms[_form(value)] += written
        common, written = forms.most_common(1)[0]
        if written < _KIN_COMMON or 3 * written < 2 * sum(forms.values()):
            continue  # few of the kin, or written in many ways
        example = max((value for value in family if _form(value) == common), key=family.__getitem__)
        for value in family:
            form = _form(value)
            if form == common or counts[value] > _TYPO_RARE or written < _KIN_SHARE * forms[form]:
                continue
            if len(spellings[keys[value]]) > 1 or _shown(value) == titled or _verbatim(value):
                continue  # a value spelt two ways: judged as such
            numbers = _NUMBER.findall(value)
            parts = _NUMBER.split(example)
            if len(parts) != len(numbers) + 1:
                continue
            meant = parts[0] + "".join(n + part for n, part in zip(numbers, parts[1:], strict=True))
            if meant == value or meant.casefold() != value.casefold():
                continue  # in case alone: `CORL`, not `ICML2022` (nor `**CORL 2024**`)
            shown, kin_shown = _shown(value), _shown(meant)
            if _camel_brand(shown, kin_shown) or _brand_habit(
                shown, kin_shown, counts[value], counts[meant]
            ):
                continue  # `macOS 14` beside `MacOS 13`: the kin write the wrong brand
            if firsts is None:
                firsts = _first_letters(keys)
            if _capitalised_way(value, meant, [value], firsts):
                continue  # `Python 2` beside `python 3`, among `Go`, `Rust`: the column's way
            found[value] = (meant, written)
    for cell in values:
        slip = found.get(cell.text)
        if slip is not None:
            meant, written = slip
            yield _Problem(
                cell,
                f"`{cell.text}` is written `{meant}` as its kind is written, with other "
                f"numbers, in {_counted(written, where)} of `{header}`",
                None,
            )


# characters that look like another, or like nothing: two spellings that differ only in them
# read the same on the page (`Multi‑agent` with a non-breaking hyphen, U+2011)
_LOOKS_AS = {**dict.fromkeys(HYPHENS, "-"), "\u00a0": " ", "\u202f": " "}


def _unseen(char: str) -> bool:
    return char in _LOOKS_AS or unicodedata.category(char) == "Cf"


def _look_alike(text: str, majority: str) -> str:
    """What tells a value from its common spelling where the two read alike: the character
    that looks like another (`‑`, U+2011, for `-`) or like nothing (U+200B); else ""."""

    def seen(value: str) -> str:
        return "".join(
            _LOOKS_AS.get(char, char) for char in value if not _unseen(char) or char in _LOOKS_AS
        )

    if text == majority or seen(text) != seen(majority):
        return ""
    odd = next((char for char in text if _unseen(char)), None)
    who = "it writes"
    if odd is None:
        odd, who = next(char for char in majority if _unseen(char)), "they write"
    said = unicodedata.name(odd, "").lower()
    looks = f"looks like `{_LOOKS_AS[odd]}`" if odd in _LOOKS_AS else "shows nothing"
    looks = "looks like a space" if looks == "looks like ` `" else looks
    return f"; {who} U+{ord(odd):04X} ({said}), which {looks}"


def _counted(count: int, where: str) -> str:
    """``count`` of ``where`` ("other rows", "cells"), one of them said as one."""
    if count != 1:
        return f"{count} {where}"
    first, _, rest = where.partition(" of ")
    return f"1 {first.removesuffix('s')}" + (f" of {rest}" if rest else "")


# the capitalised spelling's count, times this, at least the small one's for the column's way
# to prevail (`Rust` 3 beside 6 `rust`); not one `Arxiv` beside 12 `arxiv`
_CAPITALS_SHARE = 4


_CASED_ALIKE = 2  # other texts of a cell, at least, that start in one case for it to be its way


def _cased_alike(text: str, texts: list[str]) -> bool:
    """Whether the other links' texts of a cell (its line) start in the case ``text`` starts
    in, two or more: a row that writes its datasets in small letters (`[electricity]`,
    `[traffic]`, `[wind]`) beside rows that capitalise them writes them so on purpose."""
    small = text[:1].islower()
    others = [other for other in texts if other != text and other[:1].isalpha()]
    return len(others) >= _CASED_ALIKE and all(other[:1].islower() == small for other in others)


def _capitalised_way(
    value: str, majority: str, variants: list[str], firsts: tuple[int, int]
) -> bool:
    """Whether the rare value is the common one with its first letter a capital, where the
    column's other values start with a capital, four in five or more of three or more (`Rust` 3
    times beside 6 `rust`, among `C++`, `Go`, `Java`): the common spelling breaks the column's
    way, and is the one to report. Not a name's own small letters (`arXiv`, `bioRxiv`).
    ``firsts``: the column's values that start with a letter, and with a capital
    (``_first_letters``), the value's own spellings (``variants``) taken out here. A mark of none
    (`none` 52 times beside 6 `None`, among `Alpha (1)`, `Incompatible`) is a way of its own."""
    if not (majority.islower() and value == majority[:1].upper() + majority[1:]):
        return False
    if is_none_mark(majority):
        return False  # `none` among capitalised labels: the column's mark of none, its own way
    letters, capitals = firsts
    for variant in variants:
        if _cased(variant[:1]):
            letters -= 1
            capitals -= variant[:1].isupper()
    return letters >= 3 and capitals * 5 >= letters * 4


def _cased(first: str) -> bool:
    """Whether a character is a letter written in a case: a Han character (`浙江大学`) is
    neither a capital nor a small letter, and says nothing of a column's way of casing."""
    return first.isupper() or first.islower()


def _first_letters(values: Iterable[str]) -> tuple[int, int]:
    """How many values start with a letter that has a case, and how many with a capital."""
    letters = capitals = 0
    for value in values:
        if _cased(value[:1]):
            letters += 1
            capitals += value[:1].isupper()
    return letters, capitals


def _families(keys: dict[str, str], counts: Counter[str]) -> dict[str, Counter[str]]:
    """How often each way of writing (``_form``) is used among the values of one key but for
    their numbers (`arXiv 2022`, `arXiv 2023`, `Arxiv 2023`: one family)."""
    found: dict[str, Counter[str]] = {}
    for value, key in keys.items():
        found.setdefault(_NUMBER.sub("0", key), Counter())[_form(value)] += counts[value]
    return found


# a value written once or twice, a letter off one written three times as often or more: a slip
# of typing (`T2V Genetation` among `T2V Generation`, `unkown` among `unknown`), reported but
# never fixed: the two have different keys, and only a spelling is safe to change
_TYPO_RARE = 2
_TYPO_COMMON = 3
# a slip repeated: written three times or more, where the other is written a hundred times as
# often (`Meidum` 3 times among 514 `Medium`, a row copied from the one above)
_TYPO_REPEATED = 100
# or written a few times (up to five), in a long word (eight letters or more) of a value of several
# words, the others as written, where the other is written five times as often (`Freshman,
# Sophmore` 3 times among 16 `Freshman, Sophomore`; a name of one word a letter off another may be
# another name: `Hanover` beside `Hannover`)
_TYPO_FEW = 5
_WORDS = lazy_re.compile(r"[^\W\d_]+")  # a value's words, of letters of any script
_TYPO_LENGTH = 5  # characters of a rare value, and letters of the word a slip falls in, at least
_LONG_WORD = 8  # letters of a word whose last letter dropped or added is a slip
# times as often, at least, that a value is written as one whose word's last letter it changes,
# for that to be a slip (`arXix` twice among 102 `arXiv`; `Jun` is no slip of `Jan`)
_LAST_SHARE = 20
# a value whose last letters a slip may change: Latin words alone (a Russian word's ending is
# its case, `конференций` beside `конференции`; `O(nlogm)` names another variable than `O(nlogn)`)
_LAST_SLIP = lazy_re.compile(r"[A-Za-z][A-Za-z ,&/-]*")
# letters whose change at a word's end makes another word as often as a slip: a gender's or a
# case's ending (`Gratuita`, `Gratuito`; `Polska`, `Polski`), another name (`Maria`, `Mario`)
_VOWELS = frozenset("aeiouy")
_PART_WORD = 7  # letters of the word a slip falls in, in a part of a cell listing several values
_PART_REPEATED = 20  # times as often as a part written a few times, the one it slips from


_MOST_ALIKE = 1000  # common values of a rare one's ends and length, at most, to compare it with


def _typos(
    values: list[Cell],
    header: str,
    where: str,
    context: Context,
    tags: bool = False,
    parts: bool = False,
    values_kind: bool = True,
    free_tags: bool = False,
    swaps: bool = False,
) -> Iterator[_Problem]:
    """Values written once or twice that are one letter off a value the column writes three
    times as often, up to five times (in a long word of a value of several words) off one
    written five times as often, or more often off one written a hundred times as often
    (``_one_slip``: inside a word, never a digit); in free text, a value written
    once off one written ``_FREE_MAJORITY`` times, but never among tags, each a word of its own
    (`openai` beside five `openapi`); a tag, a name as often as a word, slips in a word of seven
    letters or more (`NuxtJS` is no slip of `NextJS`)."""
    if len(values) < context.option(RULE, "min-rows"):
        return
    counts = Counter(map(_TEXT, values))
    free = len(counts) > len(values) / 2
    if free and tags:
        return
    # the parts of cells that list several values (`London, UK; San Fransisco, CA`), names of
    # places and products as often as words (`Lindon, UT`, `NuxtJS` beside `NextJS`): a slip in
    # a word of seven letters or more; in free text, a letter changed in place (`Fransisco`),
    # never one added (`openai` beside `openapi`)
    in_place = free and parts
    least = max(_TYPO_COMMON, context.option(RULE, "min-count"))
    # in free text, a value written once of a phrase written three times: a phrase of three
    # words or more, a letter added, dropped or two swapped in a word of six letters or more
    # (`Dektop Virtual Machine` beside three `Desktop Virtual Machine`; `_phrase_slip`)
    phrases = free and not tags and not parts
    free_least = max(least, _FREE_MAJORITY) if free else least
    common = [
        value
        for value, count in counts.items()
        if count >= free_least or (phrases and count >= least)
    ]
    rarest = 1 if free else max(_TYPO_FEW, max(counts.values()) // _TYPO_REPEATED)
    rare = [
        value for value, count in counts.items() if count <= rarest and len(value) >= _TYPO_LENGTH
    ]
    if not common or not rare:
        return
    # a slip inside a word keeps a value's first and last characters and its length to one:
    # each rare value is compared with the common values that share them, not with every one;
    # a slip at the value's end, with those a letter longer or shorter there
    by_ends: dict[tuple[str, str, int], list[str]] = {}
    by_start: dict[str, list[str]] = {}
    for other in common:
        folded = other.casefold()
        by_ends.setdefault((folded[:1], folded[-1:], len(folded)), []).append(other)
        by_start.setdefault(folded, []).append(other)
        by_start.setdefault(folded[:-1], []).append(other)
    slips: dict[str, str] = {}
    for value in rare:
        folded = value.casefold()
        written = counts[value]
        share, shortest = _TYPO_REPEATED, _PART_WORD if parts or tags else _TYPO_LENGTH
        if written <= _TYPO_RARE:
            share = _TYPO_COMMON
        elif written <= _TYPO_FEW and not parts and len(_WORDS.findall(value)) >= 2:
            share, shortest = _TYPO_FEW, _LONG_WORD
        elif written <= _TYPO_FEW and parts:
            share = _PART_REPEATED
        # each asked once, though both indexes hold it (`Array` beside `Arrays`)
        ends = [
            by_ends.get((folded[:1], folded[-1:], size), ())
            for size in (len(folded) - 1, len(folded), len(folded) + 1)
        ]
        if sum(map(len, ends)) > _MOST_ALIKE:
            ends = []  # thousands of values of one shape (ids, codes): no vocabulary to slip from
        candidates = dict.fromkeys(
            [
                *(other for same in ends for other in same),
                *by_start.get(folded, ()),
                *by_start.get(folded[:-1], ()),
            ]
        )
        for other in candidates:
            if (
                counts[other]
                >= (_share(share, written, folded, other) if swaps else share) * counts[value]
                and _one_slip(
                    value,
                    other,
                    shortest,
                    # a plural's `s` is a slip among a vocabulary of values written five times
                    # (`Arrays` among 12 `Array`), not in links' texts (`FTP download` beside
                    # `FTP downloads`) nor among a few (`Experts` beside 3 `Expert`)
                    # (tags written as their writers please are plurals as often as not,
                    # `webhook` beside six `webhooks`: there, beside one twenty times as common)
                    plural=values_kind
                    and counts[other]
                    >= (_LAST_SHARE * counts[value] if free_tags else _FREE_MAJORITY),
                    ending=written <= _TYPO_RARE and counts[other] >= _LAST_SHARE * written,
                )
                and not (in_place and len(value) != len(other))
                and (
                    counts[other] >= free_least
                    or _phrase_slip(value, other, written, context.analysis.folded_word_counts)
                )
                and not _spelt_so_elsewhere(context.analysis.word_counts, value, other)
            ):
                slips[value] = other
                break
    yield from _unfixed(
        values,
        slips,
        lambda value, other: (
            f"`{value}` looks like a slip of `{other}`, written in "
            f"{_counted(counts[other], where)} of `{header}`"
            if not _glyphs_apart(value, other)
            else f"`{value}` reads as `{other}`, written in {_counted(counts[other], where)} of "
            f"`{header}`, but one writes a small `l` where the other has a capital `I`"
        ),
    )


_PHRASE_WORDS = 3  # words of a phrase written once in free text for a slip of a rarer one
_PHRASE_WORD = 6  # letters of the phrase's word a letter is added to or dropped from


def _phrase_slip(value: str, other: str, written: int, counted: Counter[str]) -> bool:
    """Whether a value written once in free text is a phrase of three words or more written a
    letter short or long (or two neighbours swapped) in one word of six letters or more, the
    other words as written: the column's phrase a writer mistyped, not another name of a letter
    changed (`Hanover`, `Hannover` are two). The word so written is written twice at most in the
    whole list (``counted``, ``Analysis.folded_word_counts``), in any case: a word the list
    writes more often is its own spelling (`Photogrammetry` beside four `Photogrametry`: the
    phrase written three times is the slip)."""
    if written != 1:
        return False
    mine, theirs = _WORDS.findall(value.casefold()), _WORDS.findall(other.casefold())
    if len(mine) < _PHRASE_WORDS or len(mine) != len(theirs):
        return False
    differ = [(one, two) for one, two in zip(mine, theirs, strict=True) if one != two]
    if len(differ) != 1:
        return False
    one, two = differ[0]
    if max(len(one), len(two)) < _PHRASE_WORD:
        return False
    if len(one) == len(two) and one not in _swaps(two):
        return False  # a letter changed: another word as often as a slip
    return counted[one] <= _TYPO_RARE


def _spelt_so_elsewhere(counted: Counter[str], value: str, other: str) -> bool:
    """Whether the list writes the word a rare value has of its own (not the common value's) as
    often as the common value's, in this column and everywhere else: its own spelling, the
    common one the slip (`NAACL 2022` beside three `NACCL 2022`, where another table writes
    `NAACL 2018` and a citation `NAACL 2021`), ``counted`` the document's words
    (``Analysis.word_counts``). Asked only of a pair found one slip apart."""
    mine = set(_WORDS.findall(value)) - set(_WORDS.findall(other))
    theirs = set(_WORDS.findall(other)) - set(_WORDS.findall(value))
    if not mine or not theirs:
        return False
    return sum(counted[word] for word in mine) >= sum(counted[word] for word in theirs)


def _share(share: int, written: int, folded: str, other: str) -> int:
    """How many times as often the other value must be written for a rare one to be its slip:
    ``share``, but three times as often (``_SWAP_SHARE``) for two neighbouring letters swapped in
    a value written up to five times (`NeruIPS 2022` 3 times beside 9 `NeurIPS 2022`): a slip of
    typing, never another name's spelling, as a letter changed or dropped may be (`Hanover`,
    `Hannover`)."""
    if written > _TYPO_FEW or other.casefold() not in _swaps(folded):
        return share
    return min(share, _SWAP_SHARE)


def _swap_slip(value: str, folded_counts: Mapping[str, int]) -> bool:
    """Whether a value is, but for two neighbouring letters swapped, one the cells write three
    times as often (``folded_counts``: the cells' texts case-folded, counted once for the
    column): each swap of the value (``_swaps``) looked up, not every value compared."""
    folded = value.casefold()
    least = _SWAP_SHARE * folded_counts.get(folded, 0)
    return any(folded_counts.get(swapped, 0) >= least for swapped in _swaps(folded))


def _unfixed(
    values: list[Cell], found: Mapping[str, str], say: Callable[[str, str], str]
) -> Iterator[_Problem]:
    """A problem without a fix for each cell whose value ``found`` maps to the value it is
    read against, said by ``say`` (the value, the other)."""
    for cell in values:
        other = found.get(cell.text)
        if other is not None:
            yield _Problem(cell, say(cell.text, other), None)


# the `x`s a size is written with before its word, one for each degree (`xlarge`, `xxlarge`;
# `xl`, `xxl`)
_DEGREES = lazy_re.compile(r"(?<![a-z])x+(?=[a-z])")


def _one_slip(
    value: str, other: str, shortest: int = _TYPO_LENGTH, plural: bool = True, ending: bool = False
) -> bool:
    """Whether two values differ by one letter inside a word of five letters or more: changed,
    added, dropped, or two neighbours swapped (case aside), at neither end of the word
    (`CVPRW` is not `CVPR`, `Cython` not `Python`) but a long word's last letter or, where
    ``plural``, a plural's `s` ending the value, or where ``ending``, a word's last letter changed
    (`arXix` for `arXiv`); never a digit (`2024` is not `2023`)."""
    mine, theirs = value.casefold(), other.casefold()
    if mine == theirs or abs(len(mine) - len(theirs)) > 1:
        return False
    if value_key(value) == value_key(other):
        return False  # one value spelt two ways: ``_spelling_problems``' finding
    if _DEGREES.sub("", mine) == _DEGREES.sub("", theirs):
        return False  # `xxlarge` beside `xlarge`: a size one degree up, as ALBERT's are named
    start = 0
    while start < min(len(mine), len(theirs)) and mine[start] == theirs[start]:
        start += 1
    end_mine, end_theirs = len(mine), len(theirs)
    while end_mine > start and end_theirs > start and mine[end_mine - 1] == theirs[end_theirs - 1]:
        end_mine -= 1
        end_theirs -= 1
    changed_mine, changed_theirs = mine[start:end_mine], theirs[start:end_theirs]
    swapped = len(changed_mine) == len(changed_theirs) == 2 and changed_mine == changed_theirs[::-1]
    if len(changed_mine) + len(changed_theirs) > 2 and not swapped:
        return False
    if not all(map(_letter, changed_mine + changed_theirs)):
        return False  # a digit, a mark or a CJK character: another value, not a slip
    if (
        {value[start:end_mine], other[start:end_theirs]} == _LOOK_ALIKE_LETTERS
        and value.isascii()
        and other.isascii()
    ):
        return True  # a small `l` for a capital `I`, which read alike (`NeurlPS`, `NeurIPS`)
    if _in_capitals(value, start, end_mine) or _in_capitals(other, start, end_theirs):
        return False  # a letter of an acronym: another place (`HKMetro`, `HZMetro`; `NYBike`)
    # the word of the common value the change falls in, and the change inside it
    first, last = start, end_theirs
    while first > 0 and _letter(theirs[first - 1]):
        first -= 1
    while last < len(theirs) and _letter(theirs[last]):
        last += 1
    # two neighbours swapped are a slip of typing in any word of five letters or more, a name
    # as much as a word (`Number Thoery`); a letter changed may make another name (`NuxtJS`)
    least = _TYPO_LENGTH if swapped else shortest
    if last - first < least or first >= start:
        return False
    if end_theirs < last:
        return True
    # at the word's end, a letter added or dropped: the last letter of a long word
    # (`Dynamic Programmin`), or a plural's `s` ending the value (`Arrays` among `Array`; not
    # `Prize for winners` beside `Prizes for winners`, a phrase saying how many); a short
    # word's last letter makes another (`CVPRW` beside `CVPR`), one changed too (`Jun`, `Jan`)
    dropped = changed_mine + changed_theirs
    if (
        ending
        and len(changed_mine) == len(changed_theirs) == 1
        and _LAST_SLIP.fullmatch(value)
        and not _VOWELS.intersection(changed_mine + changed_theirs)
    ):
        return True  # a word's last consonant changed, beside a value written many times as often
    if dropped == "s":  # a plural's, even of a long word (`FTP download`, `FTP downloads`)
        return plural and end_theirs == len(theirs) and end_mine == len(mine)
    return len(dropped) == 1 and last - first >= _LONG_WORD


# two letters many typefaces draw alike, one typed for the other: a capital `I`, a small `l`
_LOOK_ALIKE_LETTERS = frozenset({"I", "l"})


def _glyphs_apart(value: str, other: str) -> bool:
    """Whether two values differ only in a capital `I` one writes for the other's small `l`
    (``_LOOK_ALIKE_LETTERS``), the same way at each place they differ."""
    if len(value) != len(other):
        return False
    pairs = {(mine, theirs) for mine, theirs in zip(value, other, strict=True) if mine != theirs}
    return len(pairs) == 1 and set(pairs.pop()) == _LOOK_ALIKE_LETTERS


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the letters ``text[start:end]`` changed include a capital beside another capital
    in a word of small letters too, a letter of an acronym (`HZMetro`, `NYCBike`, `LLaVA`); a
    word all in capitals is written so (`OFFILINE` is `OFFLINE` mistyped)."""
    if not text.isascii() or not any(char.isupper() for char in text[start:end]):
        return False
    first, last = start, end
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    while last < len(text) and text[last].isalpha():
        last += 1
    if not any(char.islower() for char in text[first:last]):
        return False
    return text[start - 1 : start].isupper() or text[end : end + 1].isupper()


def _letter(char: str) -> bool:
    """Whether a case-folded character is a letter of an alphabet with cases (Latin, Greek,
    Cyrillic: `Санкт-Петрбург` among `Санкт-Петербург`), not a digit, a mark or a CJK
    character, whose one change makes another word."""
    return char != char.upper()


_TEXT = itemgetter(0)  # a cell's text (``Cell.text``), read at C speed


_TABLE_HABIT = 5  # cells of a table that make a spelling its own, beside the other spelling


class _Spans:
    """Tables in the order they are written, and which of them holds a line (by bisection)."""

    def __init__(self, tables: Iterable[Table]) -> None:
        self.tables = sorted(tables, key=lambda table: table.line)
        self._starts = [table.line for table in self.tables]
        self._ends = [table.end_line for table in self.tables]

    def index(self, line: int) -> int:
        """The index of the table whose lines (its header's too) hold ``line``; -1 for none."""
        index = bisect.bisect_right(self._starts, line) - 1
        return index if index >= 0 and line <= self._ends[index] else -1


class _Own:
    """The spellings each table of a catalogue writes, read where a rare spelling is found."""

    def __init__(self, values: list[Cell], tables: Sequence[Table]) -> None:
        self._values = values
        self._spans = _Spans(tables)
        self._counts: list[Counter[str]] | None = None

    def written(self, line: int) -> Counter[str]:
        """How often the table at ``line`` writes each value (none outside the tables)."""
        if self._counts is None:
            self._counts = [Counter() for _ in self._spans.tables]
            for value in self._values:
                index = self._spans.index(value.line)
                if index >= 0:
                    self._counts[index][value.text] += 1
        index = self._spans.index(line)
        return self._counts[index] if index >= 0 else Counter()

    def convention(self, cell: Cell, majority: str) -> bool:
        """Whether the catalogue's rare spelling is its own table's common one, beside the other
        (`Website` 13 times to `website` 8 in one table, 21 to 42 in all): that table's way, not
        a slip. A table that writes only the rare spelling is judged by the catalogue."""
        if len(self._spans.tables) < 2:
            return False
        counts = self.written(cell.line)
        mine, common = counts[cell.text], counts[majority]
        # a table that writes both, the rare one more often and often enough to be a habit
        return 0 < common < mine and mine >= _TABLE_HABIT


_LINK_TEXT = lazy_re.compile(r"\[([^\[\]]*)\]\(")


# a Windows path (`C:\WINDOWS\System32\svchost.exe -k netsvcs`): copied as the system shows it
_WINDOWS_PATH = lazy_re.compile(r"(?i)\b[a-z]:\\|%\w+%\\|\w\\\w")


def _headed(context: Context, rare: str, common: str) -> bool:
    """Whether the list's own headings write a rare spelling, in one case or another, and not
    the common one (`# Agentic-RL` over the papers a batch tags `agentic-RL`, beside 19
    `agentic RL`): a spelling of the list, no slip."""
    mine, theirs = (" ".join(_shown(text).split()).casefold() for text in (rare, common))
    if mine == theirs:
        return False  # a difference of case alone: the heading says nothing of it
    headings = context.analysis.heading_spellings
    return mine in headings and theirs not in headings


def _verbatim(value: str) -> bool:
    """Whether a value is a path or a command line copied as a machine writes it, whose case
    differs from one service to the next on purpose: a reference compares it verbatim."""
    return "\\" in value and _WINDOWS_PATH.search(value) is not None


def _case_style(rare: str, common: str, written: int) -> bool:
    """Whether a link's text differs from the common one in case as a style, not a slip: a
    brand's own spelling, or a case written five times or more (a contributor's batch of
    `[Paper]` among 198 `[paper]`; one `[link]` among `[Link]` is a slip), or in spaces so
    (`[🤗 HF]` ten times beside `[🤗HF]`)."""
    if _brand_case(rare, common):
        return True
    if written < _TABLE_HABIT:
        return False
    return "".join(rare.split()).casefold() == "".join(common.split()).casefold()


def _camel_brand(rare: str, common: str) -> bool:
    """Whether the rare spelling is a name's own that starts small and has a capital inside
    (`freeCodeCamp`, `iPhone`, `eBay`, `arXiv`) where the common one capitalises its first
    letter (`FreeCodeCamp`) or none (`arxiv`): the majority is the wrong brand, no one types
    that by slip."""
    if len(rare) < 2 or rare == common or rare.casefold() != common.casefold():
        return False
    if not _camel(rare):
        return False
    return (common[0].isupper() and rare[1:] == common[1:]) or common.islower()


def _brand_case(rare: str, common: str) -> bool:
    """Whether two spellings differ only in case and spaces, the rare one a name's own (a
    capital where the common one has a small letter inside a word: `GitHub` among `Github`,
    `Hugging Face` among `Huggingface`): the majority is the wrong brand there, not a slip of
    the rare one. `Github` among `GitHub`, `code` among `Code` and `TensorFLow` among
    `TensorFlow` are slips."""
    mine, theirs = "".join(rare.split()), "".join(common.split())
    if len(mine) != len(theirs) or mine.casefold() != theirs.casefold():
        return False
    if mine != theirs and mine.isupper():
        return True  # a name in capitals (`STARTER` among `Starter`): the vendor's own
    if sum(map(str.isupper, mine)) >= 2 and theirs in (theirs.lower(), theirs.capitalize()):
        return True  # capitals inside a name written plain by the majority (`MXNet`, `Mxnet`)
    # a capital after a small letter starts a part of the name (`Git|Hub`); one after another
    # capital (`TensorFLow`) is a key held down a letter too long
    return _capital_inside(mine, theirs)


def _capital_inside(rare: str, common: str) -> bool:
    """Whether two spellings differ in case alone, the rare one with a capital right after a
    small letter of its word where the common one has a small letter (`TypeScript` beside
    `Typescript`, `GitHub` beside `Github`): a name's own capitals, maybe. A word's first
    letter (`Free Trial` beside `Free trial`) is no such capital."""
    if len(rare) != len(common) or rare == common or rare.casefold() != common.casefold():
        return False
    return any(
        char.isupper() and common[index].islower() and rare[index - 1].islower()
        for index, char in enumerate(rare)
        if index
    )


def _brand_habit(rare: str, common: str, written: int, majority: int) -> bool:
    """Whether the rare spelling is a name's own case (``_brand_case``) written as a habit, five
    times or more and a quarter as often as the common one at least (`arXiv` 18 times beside 45
    `arxiv`): two ways of the list, the rare one the right one, not a slip to fix. Seven
    `PrePrint'23` beside 35 `Preprint'23` are a writer's slip, made again."""
    return (
        written >= _TABLE_HABIT and written * _HABIT_SHARE >= majority and _brand_case(rare, common)
    )


_HABIT_SHARE = 4  # times as often, at most, as a brand's case the common spelling is written


def _texts_aside(value: str) -> str:
    """A value with its links' texts by their keys: two cells that differ only there differ as
    links' texts do, which are compared as such (once, and their case is style)."""
    return _LINK_TEXT.sub(lambda match: f"[{value_key(match.group(1))}](", value)


def _two_styles(styles: Counter[tuple[str, str]], rare: str, common: str) -> bool:
    """Whether a column writes one difference both ways about as often (`Oct., 2023` 28 times,
    `Oct, 2023` 31 times): two styles, not a slip. A difference of case in later words is
    weighed as itself and as one style of the column's values of every length too
    (``_style_pair``), and is a style only where both weigh it so: `Nucleic acids research`
    once beside two `Nucleic Acids Research`, and `Nature computational science` beside
    `Nature Computational Science`, are no style among eight `Nature Methods` and one `Nature
    methods`."""
    if rare == common or styles[rare, common] * 2 <= styles[common, rare]:
        return False
    rare_style, common_style = _style_pair(rare, common)
    return (rare_style, common_style) == (rare, common) or (
        styles[rare_style, common_style] * 2 > styles[common_style, rare_style]
    )


# a value's later words in small letters, and capitalised: keys no ``_form`` gives (it writes
# no control character)
_SMALL_LATER, _CAPITAL_LATER = "\x00a", "\x00Aa"


def _style_pair(form: str, other: str) -> tuple[str, str]:
    """Two ways of writing (``_form``) as a style compares them: where they differ only in the
    case of later words, one in small letters where the other capitalises them, sentence case
    against title case, however many words (`Nucleic acids research` beside `Nucleic Acids
    Research` is the style of `Nature methods` beside `Nature Methods`); else as written."""
    mine, theirs = form.split(" "), other.split(" ")
    if len(mine) != len(theirs) or len(mine) < 2 or mine[0] != theirs[0]:
        return form, other
    differ = [(one, two) for one, two in zip(mine[1:], theirs[1:], strict=True) if one != two]
    if differ and all(pair == ("a", "Aa") for pair in differ):
        return _SMALL_LATER, _CAPITAL_LATER
    if differ and all(pair == ("Aa", "a") for pair in differ):
        return _CAPITAL_LATER, _SMALL_LATER
    return form, other


def _capitalised_tag(rare: str, common: str) -> bool:
    """Whether a tag differs from its common spelling in case alone, the common one in small
    letters alone and the rare one with capitals (`API`, `Marketing`, `Typescript` beside `api`,
    `marketing`, `typescript`): a tag as its writer wrote a name, where the list's writers tag
    as they please; `diffusion` beside `Diffusion` is a slip all the same."""
    return rare != common and rare.casefold() == common.casefold() and common == common.lower()


def _cut_short(rare: str, common: str) -> bool:
    """Whether a value ends in an ellipsis its common spelling lacks (`AI...`, `website ...`
    beside `ai`, `website`): a text cut short where it ran long (a generator's), no spelling of
    the value."""
    return rare.rstrip().endswith(("...", "…")) and not common.rstrip().endswith(("...", "…"))


# a space inside a bracket (`( w/ nms)`), or on one side of a mark that joins two values alone
# (`CT/ PET`, `Taylor &Francis`): spacing no writer means, whoever writes it more (not a `+` or
# `×` after a number: `3+ years`, `8× A100` are written so)
_INSIDE_BRACKETS = lazy_re.compile(r"[(\[（【]\s|\s[)\]）】]")
_LOPSIDED = lazy_re.compile(r"(?<=\S)[/&|]\s|\s[/&|](?=\S)")
_EVEN = lazy_re.compile(r"\s[/&|]\s")


def _lopsided(text: str) -> int:
    """How many lopsided spaces a value has: inside a bracket, or on one side only of a `/`,
    `&` or `|` between two values."""
    return len(_INSIDE_BRACKETS.findall(text)) + len(_LOPSIDED.findall(_EVEN.sub(" ", text)))


def _lopsided_majority(rare: str, common: str) -> bool:
    """Whether two spellings differ in spaces alone, the common one spaced more lopsidedly than
    the rare one (`(w/ nms)` beside 39 `( w/ nms)`, `CT/PET` beside 20 `CT/ PET`): the rare one
    is no slip of the other, and spelling it so would be one."""
    if _WHITESPACE.sub("", rare) != _WHITESPACE.sub("", common):
        return False
    return _lopsided(common) > _lopsided(rare)


def _spaced_both_ways(spacing: _Spacing, rare: str, common: str) -> bool:
    """Whether two spellings differ only in the spaces after a mark (`T,I,V` and `T, I, V`)
    that the column writes both ways about as often, whatever the values (76 `T,I` and 67
    `T, I`): two styles of listing, not a slip; but not a value that writes both in one cell
    (`T, I,V`)."""
    if rare == common or _AFTER_MARK.sub(r"\1", rare) != _AFTER_MARK.sub(r"\1", common):
        return False
    for mark in _LIST_MARKS:
        if mark not in rare and mark not in common:
            continue
        if mark + " " in rare and re.search(re.escape(mark) + r"\S", rare):
            return False  # `T, I,V`: both ways in one cell, a slip of either
        spaced, tight = spacing.tally(mark)
        if min(spaced, tight) * 2 > max(spaced, tight):
            return True
    return False


class _Spacing:
    """How often a column's values write each list mark with a space after it and without,
    counted once per mark for the column (not once per pair of spellings compared)."""

    def __init__(self, counts: Counter[str]) -> None:
        self._counts = counts
        self._tallies: dict[str, tuple[int, int]] = {}

    def tally(self, mark: str) -> tuple[int, int]:
        found = self._tallies.get(mark)
        if found is None:
            spaced = tight = 0
            for value, count in self._counts.items():
                if mark in value:
                    shown = _shown(value)
                    spaced += count * shown.count(mark + " ")
                    tight += count * len(re.findall(re.escape(mark) + r"(?=\S)", shown))
            found = self._tallies[mark] = (spaced, tight)
        return found


_AFTER_MARK = lazy_re.compile(r"([,;])\s+")  # a list mark and the spaces after it

_LIST_MARKS = frozenset(",;")  # what lists a cell's values (not `/`: `PET/CT/ MR` is a slip)


_MOST_FORMS = 16  # spellings of one value whose ways of writing are compared


def _styles(spellings: dict[str, list[str]], counts: Counter[str]) -> Counter[tuple[str, str]]:
    """How often each way of writing is used where a value is written two ways: (`Aa., 0`,
    `Aa, 0`) counts the cells of `Nov., 2023` and `Oct., 2023` whose value is also written
    `Nov, 2023` and `Oct, 2023`."""
    used: Counter[tuple[str, str]] = Counter()
    for variants in spellings.values():
        if len(variants) > _MOST_FORMS:
            continue  # no vocabulary's value: compared pairwise, thousands took minutes
        forms: Counter[str] = Counter()
        for variant in variants:
            forms[_form(variant)] += counts[variant]
        for form, count in forms.items():
            for other in forms:
                if other != form:
                    used[form, other] += count
                    pair = _style_pair(form, other)
                    if pair != (form, other):
                        used[pair] += count  # and as a style of every length (``_two_styles``)
    return used


@dataclass(frozen=True)
class _Kind:
    """What a column's cells hold that is compared: its values, their tags, or its links' texts."""

    cells: list[Cell]
    where: str  # how the message counts them: "other rows", "cells", "other links"
    case: bool  # whether a spelling in another case is a slip (not where case is style)
    tags: bool = False  # the tags of a tags column

    @cached_property
    def counts(self) -> Counter[str]:
        """How many cells write each text, counted once for the checks that ask."""
        return Counter(map(_TEXT, self.cells))

    @cached_property
    def by_text(self) -> dict[str, list[Cell]]:
        """The cells that write each text: a column's values repeat, and a check reads each
        text once, for all its cells."""
        found: dict[str, list[Cell]] = {}
        for cell in self.cells:
            found.setdefault(cell.text, []).append(cell)
        return found


def _kinds(
    tables: list[Table],
    column: int,
    role: str | None,
    definitions: Definitions,
    filled: list[Cell] | None = None,
) -> list[_Kind]:
    """A column of one or more tables of one header (a catalogue split into sections shares
    one vocabulary): its values, or their tags, and the texts of its links; ``filled``, its
    filled cells where the caller has read them."""
    if role in _NOT_VALUES and role in _FREE_TEXT:
        return []  # a column of names or descriptions: neither its values nor its labels compared
    if normalize_header(tables[0].header.texts[column]) in CREDIT_HEADERS:
        return []  # people's names and handles, each spelt as its owner spells it (`jrotty`)
    values = filled if filled is not None else _filled(tables, column)
    found: list[_Kind] = []
    if role not in _NOT_VALUES:
        header = tables[0].header.texts[column]
        tags = _tag_cells(values, normalize_header(header) in _TAG_HEADERS)
        if tags is not None:
            found.append(_Kind(tags, "cells", True, tags=True))
        else:
            found.append(_Kind(values, "other rows", True))
    if role not in _FREE_TEXT:
        labels: list[Cell] = []
        for cell in values:  # a loop, not a call for each: every cell of the column passes here
            text = cell.text
            if "](" not in text:
                continue  # no link written: no label (``_labels`` not asked)
            whole = whole_link(text)
            if whole is None:
                labels += _labels(cell, definitions)
            elif whole.offset >= 0 and whole.text.strip():  # one `[text](url)`: its text at 1
                labels.append(_new_tuple(Cell, (whole.text, cell.line, cell.column + 1)))
        # a link's text is how it looks: its case is style (`GitHub`, `Github`), its words and
        # spaces are not (`CVPR2025` among `CVPR 2025`, `Code&Dataset` among `Code & Dataset`)
        found.append(_Kind(labels, "other links", False))
    return found


def _column_problems(
    tables: list[Table],
    column: int,
    role: str | None,
    document: Document,
    context: Context,
    free: bool = False,
    filled: list[Cell] | None = None,
) -> Iterator[_Problem]:
    """The rare spellings of a column of one or more tables of one header, and where the
    header has several tables, those of each table alone that the catalogue's common spelling
    replaces (`homepage` twice among 23 `Homepage` in one table, though another table of the
    header writes `homepage` 16 times: 23 to 18 in all)."""
    header = tables[0].header.texts[column]
    kinds = _kinds(tables, column, role, document.definitions, filled)
    # a list whose tags columns write two tags or more each both ways, five times or more each
    # way (`qmk` 33 times, `QMK` 38), keeps no common spelling of its tags: only a tag written
    # ten times as often one way as another is spelt (158 `React Native` to a dozen
    # `React-Native`), and its tables are not spelt one by one (``spelt``)
    spelt = [kind for kind in kinds if not (kind.tags and free)]
    found = [
        problem
        for kind in kinds
        for problem in _spelling_problems(
            kind.cells,
            header,
            kind.where,
            context,
            kind.case,
            tables,
            _FREE_TAG_SHARE if kind.tags and free else _RARE_SHARE,
            capitals=kind.case and not kind.tags,
            case_share=_FREE_CASE_SHARE if kind.tags and free else 0,
            # tags written as their writers please are spelt in one case as well as another
            any_case=kind.tags and free,
            tags=kind.tags,
        )
    ]
    yield from found
    reported = {(problem.cell.line, problem.cell.column) for problem in found}
    for kind in kinds:
        typos = _typos(
            kind.cells,
            header,
            kind.where,
            context,
            kind.tags,
            values_kind=kind.case,
            free_tags=kind.tags and free,
        )
        for problem in typos:
            if (problem.cell.line, problem.cell.column) not in reported:
                reported.add((problem.cell.line, problem.cell.column))
                yield problem
    listed = list(_listed_parts(kinds))  # most columns: none, one value a cell
    for problem in _part_typos(listed, header, context, {line for line, _ in reported}):
        reported.add((problem.cell.line, problem.cell.column))
        yield problem
    for problem in _part_spellings(kinds, header, context, {line for line, _ in reported}):
        reported.add((problem.cell.line, problem.cell.column))
        yield problem
    for problem in _part_cases(listed, header, {line for line, _ in reported}):
        reported.add((problem.cell.line, problem.cell.column))
        yield problem
    for kind in spelt:
        if not kind.case:
            continue  # a link's text cased its writer's way (`code` beside two `Code`)
        for problem in _spelling_problems(
            kind.cells, header, kind.where, context, tables=tables, tags=kind.tags, pairs=True
        ):
            if (problem.cell.line, problem.cell.column) not in reported:
                reported.add((problem.cell.line, problem.cell.column))
                yield replace(problem, deferred=True)
    swept = {line for line, _ in reported}
    yield from _word_swaps(kinds, header, swept)
    yield from _acronym_swaps(kinds, header, swept)
    for problem in _document_slips(kinds, header, context, swept):
        yield replace(problem, deferred=True)
    yield from _places_reversed(kinds, header, swept)
    yield from _separator_variants(kinds, header, swept)
    yield from _one_sided_marks(kinds, header, swept)
    yield from _dash_marks(kinds, header, swept)
    yield from _range_forms(kinds, header, swept)
    yield from _digit_groups(kinds, header, swept, tables)
    yield from _unit_typos(kinds, header, swept)
    yield from _units_left_out(kinds, header, swept)
    yield from _short_forms(kinds, header, swept)
    yield from _accents(kinds, header, swept)
    yield from _stray_marks(kinds, header, swept)
    yield from _cut_off(kinds, header, swept)
    yield from _answers(kinds, header, swept, tables)
    yield from _table_ways(kinds, header, swept, tables)
    yield from _plurals(kinds, header, swept)
    groups = [kind.cells for kind in kinds]
    groups += [[part for each in split for part in each] for split in listed]
    for problem in _anchored_slips(groups, context, swept):
        yield replace(problem, deferred=True)
    # the licenses a column names, as its values or its links' texts (`[Free](…), [GPLv3](…)`
    # under `Price & License`): a license column's, and any other's
    for kind in kinds:
        titles = kind.where == "other links"  # links' texts: each license file's title
        for problem in _license_spellings(kind.cells, header, context, titles, kind.counts):
            if (problem.cell.line, problem.cell.column) not in reported:
                yield problem
    if len(tables) < 2:
        return
    for kind in spelt:
        overall = Counter(map(_TEXT, kind.cells))
        each = _by_table(kind.cells, tables)
        styles: Counter[tuple[str, str]] | None = None
        for cells in each:
            for problem in _spelling_problems(
                cells, header, kind.where, context, kind.case, tags=kind.tags
            ):
                rare, common = problem.cell.text, problem.replacement or ""
                if (problem.cell.line, problem.cell.column) in reported:
                    continue
                if styles is None:
                    styles = _styles_within(each)
                # the catalogue's common spelling, and no style of its tables (`Oct., 2023`
                # among `Oct, 2023` where they write both ways about as often)
                if overall[common] > overall[rare] and not _two_styles(
                    styles, _form(rare), _form(common)
                ):
                    yield problem


_FREE_SPELLINGS = 2  # tags written both ways, each way five times or more: no spelling kept
_FREE_TAG_SHARE = 10  # times as often a tag is written one way as another, there, to be spelt
_FREE_CASE_SHARE = 5  # times as often, there, as a case of it written fewer than five times


def _free_spelling(cells: list[Cell]) -> bool:
    """Whether a column writes two values or more each in two spellings, each spelling five
    times or more: a column whose writers spell as they please, with no spelling to restore."""
    counts = Counter(map(_TEXT, cells))
    by_key: dict[str, int] = {}
    for value, count in counts.items():
        if count >= _TABLE_HABIT:
            key = value_key(value)
            by_key[key] = by_key.get(key, 0) + 1
    return sum(1 for spellings in by_key.values() if spellings >= 2) >= _FREE_SPELLINGS


# a license written as its SPDX id (`MIT`, `Apache-2.0`, `GPL-3.0-only`, `BSD-3-Clause`)
_SPDX = lazy_re.compile(
    r"MIT|ISC|0BSD|Unlicense|WTFPL|Zlib|BSL-1\.0|CC0-1\.0|(?:A|L)?GPL-[123]\.[01](?:-only|-or-later)?"
    r"|(?:Apache|MPL|EPL)-[12]\.[01]|BSD-[234]-Clause|CC-BY(?:-NC)?(?:-SA|-ND)?-[1-4]\.0"
)
_SPDX_SHARE = 0.9  # of a column's cells that name a license, written as SPDX ids
_SPDX_CELLS = 10  # cells that name a license, at least, for a column to have that way


def _spdx_column(counts: Counter[str], named: Mapping[str, str]) -> bool:
    """Whether a column writes its licenses as SPDX ids (nine in ten cells that name one)."""
    total = sum(counts[value] for value in named)
    spdx = sum(counts[value] for value in named if _SPDX.fullmatch(value))
    return total >= _SPDX_CELLS and spdx >= _SPDX_SHARE * total


_FOOTNOTE_MARKS = ("*", "†", "‡", "§", "¹", "²", "³", "⁺")


def _bare_family(common: str, named: Mapping[str, str], counts: Counter[str]) -> bool:
    """Whether a column writes a license's family without its version more often than it
    writes the license the common way (17 `[Apache License](…)` beside 3 `[Apache License
    2.0](…)`): no way of writing the versioned license is the column's."""
    family = named[common].partition(" ")[0]
    bare = sum(counts[value] for value, found in named.items() if found == family)
    return family != named[common] and bare > counts[common]


def _license_spellings(
    values: list[Cell],
    header: str,
    context: Context,
    titles: bool = False,
    counted: Counter[str] | None = None,
) -> Iterator[_Problem]:
    """A license written once or twice in another way than the column writes it three times
    as often or more (`GNU General Public License v3.0` among `GPL-3.0`, `GPLv3` among
    `GPL-3.0`): one license, but not one spelling (their keys differ), so reported, never
    rewritten. In a column that writes its licenses as SPDX ids, any other way of writing one
    the column writes so (`Apache 2.0` three times among `Apache-2.0` five times and 214 `MIT`);
    an SPDX id there is no slip of another (`GPL-3.0-only` beside `GPL-3.0`)."""
    if len(values) < context.option(RULE, "min-rows"):
        return
    counts = counted if counted is not None else Counter(map(_TEXT, values))
    named: dict[str, str] = {}
    for value in counts:
        if value.endswith(_FOOTNOTE_MARKS):
            continue  # `Apache 2.0*`: the license with a caveat the mark points to, no spelling
        found = license_of(value)
        if found is not None:
            named[value] = found
    by_license: dict[str, list[str]] = {}
    for value, found in named.items():
        by_license.setdefault(found, []).append(value)
    if all(len(ways) < 2 for ways in by_license.values()):
        return  # most columns: each license written one way, no cell read again
    noun = "link" if titles else "row"  # what a count of the column's spellings counts
    spdx = _spdx_column(counts, named)
    rare: dict[str, str] = {}
    spelt: dict[str, str] = {}  # another spelling of an id (`Apache 2.0`): rewritten as the id
    for ways in by_license.values():
        if len(ways) < 2:
            continue
        common = max(ways, key=counts.__getitem__)
        ids = [value for value in ways if _SPDX.fullmatch(value)] if spdx else []
        if ids:
            written = max(ids, key=counts.__getitem__)
            as_ids = sum(counts[value] for value in ids)
            for value in ways:
                if not _SPDX.fullmatch(value) and as_ids >= counts[value]:
                    same = value_key(value) == value_key(written)
                    (spelt if same else rare)[value] = written
        if counts[common] < max(_TYPO_COMMON, context.option(RULE, "min-count")):
            continue
        if titles and _bare_family(common, named, counts):
            continue  # links' texts that mostly leave the version out: titles copied loosely
        for value in ways:
            if (
                value not in rare
                and value_key(value) != value_key(common)
                and counts[value] <= _TYPO_RARE
                and counts[common] >= _TYPO_COMMON * counts[value]
                and not (spdx and _SPDX.fullmatch(value) and _SPDX.fullmatch(common))
            ):
                rare[value] = common
    yield from _unfixed(
        values,
        rare,
        lambda value, written: (
            f"`{value}` names the license written `{written}` in "
            f"{counts[written]} other {noun}{'' if counts[written] == 1 else 's'} of `{header}`"
        ),
    )
    for cell in values:
        as_id = spelt.get(cell.text)
        if as_id is not None:
            yield _Problem(
                cell,
                f"`{cell.text}` is written `{as_id}` in {counts[as_id]} {noun}s of `{header}`, "
                "as the column writes its licenses: SPDX ids",
                as_id,
            )


_BREAK = lazy_re.compile(
    r"</?br\s*/?>", re.IGNORECASE
)  # `</br>` too, which browsers break a line at


def _as_separator(found: re.Match[str]) -> str:
    """A `<br>` as a `;` of its width: the parts after it keep their columns."""
    return ";".ljust(len(found.group()))


def _listing(kind: _Kind) -> list[Cell]:
    """A kind's cells that may list values: no links, a `<br>` read as a `;` of its width."""
    listing = [
        _new_tuple(Cell, (_BREAK.sub(_as_separator, cell.text), cell.line, cell.column))
        if "<" in cell.text
        else cell
        for cell in kind.cells
        if "](" not in cell.text
    ]
    return [cell for cell in listing if "<" not in cell.text]


# a value and a note on it in brackets: `Ok (Europe only)`, `OK (required)`
_QUALIFIED = lazy_re.compile(r"(\S(?:.*?\S)?)\s*[(（][^()（）]*[)）]")


def _part_spellings(
    kinds: list[_Kind], header: str, context: Context, reported: set[int]
) -> Iterator[_Problem]:
    """A value spelt another way inside a cell that lists several (`Publishing
    infrastructure<br>Source Code` where the column writes `Publishing Infrastructure` alone in
    most rows: cncf/tag-security's compromises), or before a note on it in brackets (`OK
    (required)` where the column's bare `OK` is reported beside 30 `Ok`), read against the
    cells that hold one value each; reported without a fix, a part of a cell being the
    reader's to rewrite."""
    if not reported:
        return  # no spelling of the column's reported in a cell of its own: none to tell again
    for kind in kinds:
        if kind.tags or kind.where != "other rows":
            continue  # a tags column's tags are compared already; links' texts list nothing
        listing = _listing(kind)
        several = [cell for cell in listing if _TAG_SEPARATOR.search(cell.text)]
        alone = [cell for cell in listing if not _TAG_SEPARATOR.search(cell.text)]
        noted = [
            (cell, qualified.group(1))
            for cell in alone
            if cell.text.endswith((")", "）")) and (qualified := _QUALIFIED.fullmatch(cell.text))
        ]
        if not several and not noted:
            continue  # most columns: no cell lists several values or notes one
        # the spellings the cells of one value each make rare, and that were reported in such a
        # cell (as told above), told the same in a listing
        rare = {
            problem.cell.text: problem.message
            for problem in _spelling_problems(alone, header, "other rows", context)
            if problem.cell.line in reported
        }
        if not rare:
            continue
        # a spelling apart from the common one by its first letter's case alone is a sentence's
        # inside the listings of a column that writes them as sentences (`Sub-daily, daily,
        # monthly` where cells of one value write `Monthly` and `sub-daily`): its first part
        # capitalised, the others not; not among names listed (`Go、kotlin` beside `Java、Kotlin`)
        written = Counter(cell.text for cell in alone)
        sentence = {
            text
            for text in rare
            if text[:1].swapcase() != text[:1]
            and written[text[:1].swapcase() + text[1:]] > written[text]
        }
        if sentence and not _sentence_case(several):
            sentence = set()  # (most columns: no such spelling, no listing read for its case)
        for cell in several:
            if cell.line in reported:
                continue
            for part in _tags(cell):
                if part.text in rare and part.text not in sentence:
                    yield _Problem(part, rare[part.text], None)
        for cell, head in noted:
            if head in rare and cell.line not in reported:
                # `OK (required)` where the column's bare `OK` was reported beside 30 `Ok`
                yield _Problem(Cell(head, cell.line, cell.column), rare[head], None)


def _sentence_case(cells: list[Cell]) -> bool:
    """Whether cells that list several values write them as a sentence does: the parts after
    the first start with a small letter at least as often as with a capital."""
    later = [part.text[:1] for cell in cells for part in _tags(cell)[1:] if part.text[:1].isalpha()]
    return bool(later) and 2 * sum(letter.islower() for letter in later) >= len(later)


def _part_typos(
    listed: list[list[list[Cell]]], header: str, context: Context, reported: set[int]
) -> Iterator[_Problem]:
    """Slips of typing inside cells that list several values (`Both, offical` among `Both,
    official`, `San Fransisco, CA` among 157 `San Francisco, CA`): the parts of a column's values
    between `,` `;` `、`, compared as the values are, where a cell lists two or more
    (``listed``: ``_listed_parts``)."""
    for split in listed:
        parts = [part for each in split for part in each]
        for problem in _typos(parts, header, "cells", context, parts=True):
            if problem.cell.line not in reported:
                yield problem


def _listed_parts(kinds: list[_Kind]) -> Iterator[list[list[Cell]]]:
    """Each cell's parts, for the kinds of a column read as values (not a tags column's tags,
    compared already; not its links' texts, which list nothing) whose cells list several
    values somewhere. A cell with links or markup lists no values (a map search's `+Brazil+`
    in its address); its lines broken by `<br>` are values listed one under another."""
    for kind in kinds:
        if kind.tags or kind.where != "other rows":
            continue
        listing = _listing(kind)
        if any(_TAG_SEPARATOR.search(cell.text) for cell in listing):
            yield [_tags(cell) for cell in listing]


_CASE_COMMON = 6  # parts of a column's cells that write a value one way, at least
_CASE_RARE = 3  # parts that write it in another case, at most
_CASE_SHARE = 3  # times as many parts write it the common way, at least


def _part_cases(
    listed: list[list[list[Cell]]], header: str, reported: set[int]
) -> Iterator[_Problem]:
    """A value written in another case inside cells that list several (`Gitlab` twice
    among `GitHub, BitBucket, GitLab` and eleven other `GitLab`: ligurio/awesome-ci's supported
    repositories): read among the parts of all the column's cells, those of one value each
    too (``listed``: ``_listed_parts``). Reported without a fix."""
    for split in listed:
        parts = [part for each in split for part in each]
        counts = Counter(map(_TEXT, parts))
        # the parts of cells that write every part in small letters (`body,adult,child`): the
        # cell's own way, a tag list's, not a slip of one part
        small = Counter(
            part.text
            for each in split
            if len(each) > 1 and all(part.text == part.text.lower() for part in each)
            for part in each
        )
        by_case: dict[str, list[str]] = {}
        for text in counts:
            # a part that starts with a digit is a number's, or a digit group's (`1,000 Users`)
            if any(char.isalpha() for char in text) and not text[:1].isdigit():
                by_case.setdefault(text.casefold(), []).append(text)
        rare: dict[str, str] = {}
        for spellings in by_case.values():
            if len(spellings) != 2:
                continue  # three ways or more: the column cases it as its writers please
            common, other = sorted(spellings, key=counts.__getitem__, reverse=True)
            if _camel_brand(other, common) or _brand_case(other, common):
                continue  # the rare one is a name's own case (`freeCodeCamp`, `GO`)
            if other[1:] == common[1:]:
                continue  # a first letter's case: a sentence's (`Web app, file upload`, `Linux,
                # source available`), as a list in words is written, no name spelt otherwise
            if other == other.lower() and small[other] == counts[other]:
                continue  # `midi, pitch, beat`: a cell in small letters, where others write MIDI
            if (
                counts[common] >= _CASE_COMMON
                and counts[other] <= _CASE_RARE
                and counts[common] >= _CASE_SHARE * counts[other]
            ):
                rare[other] = common
        for part in parts:
            usual = rare.get(part.text)
            if usual is not None and part.line not in reported:
                reported.add(part.line)
                yield _Problem(
                    part,
                    f"`{part.text}` is written `{usual}` in {counts[usual]} other places of "
                    f"`{header}`",
                    None,
                )


_SWAP_WORD = lazy_re.compile(r"[^\W\d_]{6,}")  # a word a swap of two letters is read in
_SWAP_COMMON = 5  # cells of a column that write a word, at least, for a swap of it to be a slip
_SWAP_RARE = 2  # cells that write the swapped word, at most
_SWAP_SHARE = 3  # times as many cells write the word as its swap, at least


_ACRONYM_WORD = lazy_re.compile(r"(?<![^\W\d_])[A-Z]{4,5}(?![^\W\d_])")  # `ICML`, `EACL`
_ACRONYM_COMMON = 4  # cells of a column that write an acronym, at least, for its swap to be a slip


def _acronym_swaps(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """An acronym of four or five capitals written in one or two cells of a column, two of its
    neighbouring letters swapped from one the column writes in four cells or more, three times
    as many (`IMCL 2023` and `ICLM 2021` among `ICML 2022`, `ECAL 2024` among `EACL 2024`): a
    slip of typing, however short the word. Reported, never rewritten."""
    for kind in kinds:
        if kind.where == "other links":
            continue  # a link's text is how it looks, not a value
        cells: dict[str, list[Cell]] = {}
        for text, writing in kind.by_text.items():
            if "](" in text or "<" in text or text.islower():
                continue  # (a text in small letters, most of them: no capital to read)
            for word in dict.fromkeys(_ACRONYM_WORD.findall(text)):
                cells.setdefault(word, []).extend(writing)
        for word, where in cells.items():
            if len(where) > _SWAP_RARE:
                continue
            for other in _swaps(word, ends=True):
                common = cells.get(other, ())
                if len(common) < max(_ACRONYM_COMMON, _SWAP_SHARE * len(where)):
                    continue
                for cell in where:
                    if cell.line not in reported:
                        reported.add(cell.line)
                        said = f"`{word}`" if word == cell.text else f"`{word}` in `{cell.text}`"
                        yield _Problem(
                            cell,
                            f"{said} looks like a slip of `{other}`, written in {len(common)} "
                            f"cells of `{header}`",
                            None,
                        )
                break


# the months' names of six letters or more, whose swaps no name of another thing is
_MONTHS = frozenset(
    ("january", "february", "august", "september", "october", "november", "december")
)
_MONTH_COMMON = 2  # cells that write a month's name, at least, for its swap to be a slip


def _swaps(word: str, ends: bool = False) -> Iterator[str]:
    """A word (or a value) with two neighbouring letters swapped, neither its first nor its
    last (`centre` beside `center`, `categorise` beside `categories` are words of their own),
    or, with ``ends``, any two (an acronym's: `ICLM`, `ICML`)."""
    for at in range(0 if ends else 1, len(word) - (1 if ends else 2)):
        if word[at] != word[at + 1]:
            yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]


_DOCUMENT_COMMON = 10  # times the list writes a word (any case), at least, for a slip of it
_DOCUMENT_RARE = 2  # times it writes the slip, at most
_DOCUMENT_SHARE = 5  # times as often, at least, as the slip
_DOCUMENT_WORDS = 8  # words of a value, at most: more make a sentence
# a word of eight letters or more a slip is read in: a shorter one a letter off a common word
# is as often a word or a name of its own (`Auction`, `tables`, `Michel`, `Sharpe`, `Aivatar`)
_DOCUMENT_WORD = lazy_re.compile(r"[^\W\d_]{8,}")


def _document_slips(
    kinds: list[_Kind], header: str, context: Context, reported: set[int]
) -> Iterator[_Problem]:
    """A word of eight letters or more in a value of eight words at most, written once or twice
    in the whole list, a letter off inside it (added, dropped, or two neighbours swapped; not
    its first nor its last) a word the list writes ten times or more, five times as often: a
    slip of typing in a value the column writes too seldom to tell (`Prepreint'23` where the
    list writes `preprint` 124 times, `Brain Reasearch Institute`). Latin letters; a column of
    names or descriptions is not read (``_kinds``), nor a link's text or address."""
    analysis = context.analysis
    least = context.option(RULE, "min-rows")
    for kind in kinds:
        if kind.where == "other links" or len(kind.cells) < least:
            continue  # (a column of a few cells tells no value's slip, as ``_typos`` says)
        for cell in kind.cells:
            text = cell.text
            if cell.line in reported or "](" in text or "<" in text or "://" in text:
                continue
            if len(text.split()) > _DOCUMENT_WORDS:
                continue  # a sentence, whose words are the writer's own
            for found in _DOCUMENT_WORD.finditer(text):
                word = found.group()
                if not word.isascii():
                    continue
                if not word.isupper() and any(char.isupper() for char in word[1:]):
                    continue  # a name of its own making (`AgentOS`, `WordPress`)
                # the document's words are counted where a value has a word to weigh, once
                counted, drops = analysis.long_latin_words, analysis.frequent_word_drops
                folded = word.lower()
                written = counted[folded]
                if written > _DOCUMENT_RARE:
                    continue
                usual = _slipped_from(
                    folded, counted, drops, max(_DOCUMENT_COMMON, _DOCUMENT_SHARE * written)
                )
                if usual is None:
                    continue
                if _in_capitals(text, found.start() + 1, found.end() - 1):
                    continue  # a letter of an acronym or a name in capitals
                reported.add(cell.line)
                yield _Problem(
                    cell,
                    f"`{word}` in `{cell.text}` looks like a slip of `{usual}`, which the list "
                    f"writes {counted[usual]} times",
                    None,
                )
                break


_ANCHORED_WORD = 6  # letters of a word, at least, a slip is read in beside the value it slips from
_ANCHORED_COMMON = 3  # times the list writes the word slipped from, at least
_ANCHORED_SHARE = 3  # times as often as the slip
# values of one shape, at most, a value is compared with: more are no vocabulary to slip from
# (thousands of `Model abcd1` ids), and each compared with each would take a hostile column long
_MOST_ANCHORS = 20


def _anchored_slips(
    groups: Iterable[list[Cell]],
    context: Context,
    reported: set[int],
    where: str = "the column writes it",
) -> Iterator[_Problem]:
    """A value one word of which is a letter off (added, dropped or two neighbours swapped,
    inside it) the word of another value of the column, the rest as written: a word of six
    letters or more the whole list writes twice at most, where it writes the other three times
    as often (`Motion Planing` beside two `Motion Planning`; `Layerwise Adater Tuning`)."""
    analysis = context.analysis
    for cells in groups:
        column = _Worded(cells)
        if len(column.words) < 2:
            continue  # no two values of words to slip one from the other
        for cell in cells:
            if cell.line in reported:
                continue
            folded = cell.text.casefold()
            words = column.words.get(folded)
            if words is None or column.times[folded] > _TYPO_RARE:
                continue
            found = column.anchor(words, analysis)
            if found is None:
                continue
            at, other = found
            mine, theirs = words[at], column.words[other][at]
            counted = analysis.folded_word_counts
            reported.add(cell.line)
            yield _Problem(
                cell,
                f"`{_written_word(cell.text, words, at)}` in `{cell.text}` looks like a slip of "
                f"`{_written_word(column.written[other], column.words[other], at)}`, as {where} "
                f"in `{column.written[other]}` (the list writes it {counted[theirs]} times, "
                f"`{mine}` {counted[mine]})",
                None,
            )


class _Worded:
    """A column's values case-folded, each with its first writing (``written``) and how many
    cells write it (``times``); the words of
    those of two to eight words, no link or markup among them (``words``), with how many of
    those values write each word (``counts``); and those values by their words, each word in
    turn left blank but for its first and last letters and its length (``masked``: `motion
    planning` filed under `("m6n", "planning")` and `("motion", "p8g")`)."""

    def __init__(self, cells: list[Cell]) -> None:
        self.written: dict[str, str] = {}
        self.times: Counter[str] = Counter()
        self.words: dict[str, list[str]] = {}
        self.counts: Counter[str] = Counter()
        self.masked: dict[tuple[str, ...], list[str]] = {}
        for cell in cells:
            value = cell.text.casefold()
            self.times[value] += 1
            if value in self.written:
                continue
            self.written[value] = cell.text
            if "](" in value or "://" in value or "<" in value:
                continue
            words = _WORDS.findall(value)
            if not 2 <= len(words) <= _DOCUMENT_WORDS:
                continue
            self.words[value] = words
            self.counts.update(words)
            for at, word in enumerate(words):
                self.masked.setdefault(_mask(words, at, len(word)), []).append(value)

    def anchor(self, words: list[str], analysis: Analysis) -> tuple[int, str] | None:
        """Where a value's words (``words``) slip from another value's, and that value: the
        first word a letter off its fellow, the list writing the one twice at most (two of the
        column's values at most write it) and the other three times as often
        (``Analysis.folded_word_counts``, counted only where a pair is found)."""
        for at, word in enumerate(words):
            if len(word) < _ANCHORED_WORD - 1 or self.counts[word] > _TYPO_RARE:
                continue
            if not all(map(_letter, word)):
                continue
            size = len(word)
            for alike in (size - 1, size, size + 1):
                fellows = self.masked.get(_mask(words, at, alike), ())
                if len(fellows) > _MOST_ANCHORS:
                    continue  # values of one shape by the hundred: no vocabulary to slip from
                for other in fellows:
                    theirs = self.words[other][at]
                    # two neighbours swapped are a slip in a word of five letters (`Iamge`)
                    shortest = _TYPO_LENGTH if len(theirs) == size else _ANCHORED_WORD
                    if max(size, len(theirs)) < shortest or not _word_slip(word, theirs):
                        continue
                    counted = analysis.folded_word_counts
                    if counted[word] <= _TYPO_RARE and counted[theirs] >= max(
                        _ANCHORED_COMMON, _ANCHORED_SHARE * counted[word]
                    ):
                        return at, other
        return None


def _mask(words: list[str], at: int, size: int) -> tuple[str, ...]:
    """A value's words with word ``at`` left blank but for its first and last letters and a
    length (``size``): where a value a letter off it inside that word is filed."""
    word = words[at]
    return (*words[:at], f"{word[:1]}{size}{word[-1:]}", *words[at + 1 :])


def _written_word(text: str, words: list[str], at: int) -> str:
    """A value's word ``at`` as the value writes it, its case kept (``words`` are its words
    case-folded, which a case-folded letter may have made more)."""
    own = _WORDS.findall(text)
    return own[at] if len(own) == len(words) else words[at]


# letters a spelling doubles as well as a slip (`labelling`, `labeling`; `focussed`)
_DOUBLED_SPELLINGS = frozenset("ls")


def _word_slip(word: str, other: str) -> bool:
    """Whether a word is another with two neighbouring letters swapped, or a letter added or
    dropped inside it (neither its first nor its last): not one of ``_DOUBLED_SPELLINGS``
    doubled beside itself (`labelling`), but any other (`Planing` for `Planning`)."""
    if len(word) == len(other):
        return word in _swaps(other)
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    if len(longer) != len(shorter) + 1:
        return False
    pairs = enumerate(zip(longer, shorter, strict=False))
    at = next((index for index, (one, two) in pairs if one != two), len(shorter))
    if not 0 < at < len(longer) - 1 or longer[:at] + longer[at + 1 :] != shorter:
        return False
    return not (longer[at] in _DOUBLED_SPELLINGS and _doubled(longer, shorter))


def _slipped_from(
    word: str, counted: Counter[str], drops: Mapping[str, list[str]], least: int
) -> str | None:
    """The word the list writes ``least`` times or more that ``word`` is one slip inside of, if
    one is: a letter added or dropped, or two neighbours swapped, past its first letter and
    before its last. Not a letter changed (`planting`, `planning`; `Clause`, `claude`: two words
    as often as a slip), nor one doubled or undoubled (`Labelling`, `labeling`: a spelling).
    ``drops`` holds the often written words by their forms a letter short
    (``Analysis.frequent_word_drops``): a letter dropped from one is a look-up."""
    size = len(word)
    candidates = [
        word[:at] + word[at + 1 :]
        for at in range(1, size - 1)
        if word[at] not in (word[at - 1], word[at + 1])
    ]
    candidates += list(_swaps(word))
    candidates += [other for other in drops.get(word, ()) if not _doubled(other, word)]
    return max(
        (other for other in set(candidates) if counted[other] >= least),
        key=counted.__getitem__,
        default=None,
    )


def _doubled(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a letter added beside the same letter (`labelling`
    of `labeling`): a spelling, not a slip."""
    at = next(
        (
            index
            for index, (one, other) in enumerate(zip(longer, shorter, strict=False))
            if one != other
        ),
        len(shorter),
    )
    return longer[at] in (longer[at - 1 : at], longer[at + 1 : at + 2])


def _word_swaps(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A word of six letters or more written in one or two cells of a column, two of its letters
    swapped from a word the column writes in five cells or more, three times as many: a slip
    of typing inside a value however the rest of it reads (`Feburary 2025` among `February
    2024`, `winodws 10` among `windows 7`). Letters of alphabets with cases only; a column of
    names or descriptions is not read (``_kinds``)."""
    for kind in kinds:
        if kind.where == "other links":
            continue  # a link's text is how it looks, not a value
        cells: dict[str, list[Cell]] = {}
        written: dict[str, Counter[str]] = {}  # each word's ways of writing, by its folded form
        for text, writing in kind.by_text.items():
            if "](" in text or "<" in text:
                continue  # an address's or a tag's letters are no words of the value
            words: dict[str, str] = {}  # each folded word of the text, as first written
            for word in _SWAP_WORD.findall(text):
                folded = word.casefold()
                if folded not in words and all(map(_letter, folded)):
                    words[folded] = word
            for folded, word in words.items():
                cells.setdefault(folded, []).extend(writing)
                written.setdefault(folded, Counter())[word] += len(writing)
        swapped: dict[str, str] = {}
        months = sum(len(where) for word, where in cells.items() if word in _MONTHS)
        for word, where in cells.items():
            if len(where) >= _SWAP_COMMON or (word in _MONTHS and len(where) >= _MONTH_COMMON):
                for other in _swaps(word):
                    swapped.setdefault(other, word)
        for word, where in cells.items():
            common = swapped.get(word)
            if common is None:
                continue
            if common in _MONTHS:
                # a month's name is known, however few cells write it: its swap is a slip in
                # a column that names the months more often than it writes the swap (four
                # `Feburary 2025` among `February 2024` and nine other months)
                if len(where) * 2 > months:
                    continue
            elif len(where) > _SWAP_RARE or len(cells[common]) < _SWAP_SHARE * len(where):
                continue
            usual = written[common].most_common(1)[0][0]
            for cell in where:
                if cell.line not in reported:
                    reported.add(cell.line)
                    as_written = next(
                        found for found in _SWAP_WORD.findall(cell.text) if found.casefold() == word
                    )
                    yield _Problem(
                        cell,
                        f"`{as_written}` in `{cell.text}` looks like a slip of `{usual}`, "
                        f"written in {len(cells[common])} cells of `{header}`",
                        None,
                    )


# a column of places (`Country, City`): its headers, normalized
_PLACE_HEADERS = frozenset(
    {
        *("location", "locations", "place", "city", "country", "region", "headquarters", "hq"),
        *("based in", "office", "offices", "地区", "地点", "城市", "所在地", "所在地区", "地域"),
        *("所在地域", "拠点", "위치", "지역", "localização", "ubicación", "localisation", "ort"),
    }
)
_PLACE_PAIRS = 20  # cells of two places, at least, whose order the column's habit tells
_PLACE_ORDER = 0.9  # of them, the share that names the place more cells name first


def _places_reversed(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A cell of two places in the other order than the column writes them, where another
    cell writes the same two in its order: `Tokyo, Japan` where the column of companies'
    locations writes `Japan, Tokyo` on another line, and names first the place more of its
    cells name (the country) in nine cells of ten of two places, twenty at least. A column of
    places alone (``_PLACE_HEADERS``): a list of tags is written in any order. Reported, not
    fixed: the value's key is another."""
    if normalize_header(plain_text(header)) not in _PLACE_HEADERS:
        return
    for kind in kinds:
        if kind.where != "other rows" or kind.tags:
            continue
        named: Counter[str] = Counter()  # how many cells name each place
        pairs: list[tuple[Cell, str, str]] = []
        for cell in kind.cells:
            if "](" in cell.text or "<" in cell.text:
                continue
            places = [value_key(part) for part in cell.text.split(",")]
            named.update(set(places) - {""})
            if len(places) == 2 and all(places) and places[0] != places[1]:
                pairs.append((cell, places[0], places[1]))
        told = [named[one] > named[other] for _, one, other in pairs if named[one] != named[other]]
        ordered = sum(told)  # cells of two places that name first the place more cells name
        if len(told) < _PLACE_PAIRS or ordered < _PLACE_ORDER * len(told):
            continue  # few cells of two places, or written in either order
        written: dict[tuple[str, str], Cell] = {}  # the first cell of each pair, in its order
        for cell, first, last in pairs:
            written.setdefault((first, last), cell)
        for cell, first, last in pairs:
            other = written.get((last, first))
            if other is None or named[first] >= named[last] or cell.line in reported:
                continue
            reported.add(cell.line)
            yield _Problem(
                cell,
                f"`{cell.text}` names its places in the other order than `{other.text}` on line "
                f"{other.line}: {ordered} of the {len(told)} cells of two places of "
                f"`{header}` name first the place more cells name",
                None,
            )


# what separates the values a cell lists: `/`, `,`, `;`, `、`, `&`, a `+` between spaces, `and`
# (no `\s*` around them: a run of spaces would be read again from each of its places)
_PARTS = lazy_re.compile(r"[/,;，；、&]|\s\+\s|\band\b", re.IGNORECASE)
_PARTS_COMMON = 3  # cells of the usual way of listing the values, at least, and times the other


def _parts(text: str) -> tuple[str, ...]:
    """The keys of the values a cell lists, in order (`Seed/Series A`: `seed`, `seriesa`); ()
    for a cell of one value, or a part of no key."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return ()  # (most cells: one value, not keyed here)
    keys = tuple(value_key(part) for part in parts if part.strip())
    return keys if len(keys) >= 2 and all(keys) else ()


# what ``_rare_problems`` says of each kind of rare way
_SEPARATORS_SAID = (
    "`{text}` lists the values written `{usual}` in "
    "{count} cells of `{header}`, with other separators"
)
_SHORT_SAID = "`{text}` names what {count} other rows of `{header}` write `{usual}`"
_DASHES_SAID = "`{text}` marks none where {count} other rows of `{header}` write `{usual}`"
_ACCENTS_SAID = (
    "`{text}` is written `{usual}` in {count} other rows of `{header}`, with other accents"
)
_ANSWERS_SAID = (
    "`{text}` answers in another language: {count} other rows of `{header}` write `{usual}`"
)


def _values_read(kinds: list[_Kind]) -> Iterator[tuple[_Kind, Counter[str]]]:
    """The kinds of a column read as values (not its links' texts, not its tags), with how
    many cells write each text."""
    for kind in kinds:
        if kind.where != "other links" and not kind.tags:
            yield kind, kind.counts


def _rare_problems(
    cells: list[Cell],
    rare: Mapping[str, str],
    counts: Counter[str],
    where: tuple[str, set[int]],
    template: str,
) -> Iterator[_Problem]:
    """The cells that write a value a rare way (``rare``: each way to the usual one), a line
    once (``where``: the header and the lines reported), told by ``template`` (`{text}`,
    `{usual}`, `{count}` and `{header}` filled in); reported, never rewritten."""
    if not rare:
        return  # most columns: no value written a rare way, no cell read
    header, reported = where
    for cell in cells:
        usual = rare.get(cell.text)
        if usual is not None and cell.line not in reported:
            reported.add(cell.line)
            said = template.format(text=cell.text, usual=usual, count=counts[usual], header=header)
            yield _Problem(cell, said, None)


# a mark that joins two values (`text + mask`, `CT/PET`), spaced on one side only, and on both
_ONE_SIDED = lazy_re.compile(r"(?<=[a-z])([+/&])\s+(?=\w)|(?<=\w)\s+([+/&])(?=[a-z])")
_BOTH_SIDES = lazy_re.compile(r"(?<=\S)\s([+/&])\s(?=\S)")
_EVENLY = 5  # cells, at least, that space a mark evenly on both sides, for that to be the way


def _one_sided_marks(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A cell that spaces a mark joining two values on both sides once and on one side only
    again, beside a small letter (`text + image +mask`, `text+ image + mask`), where five of
    the column's other cells at least space that mark on both sides throughout, and one or
    two cells at most space it so unevenly: the cell's slip of spacing, reported without a
    fix. Not a mark after a name's capital (`GenemarkS+ Glimmer + data`), a figure (`80+
    tools`) or another mark (`C++ gameplay + framework`), nor one a cell writes one way
    alone."""
    for kind, counts in _values_read(kinds):
        marked = [text for text in counts if "+" in text or "/" in text or "&" in text]
        if not marked:
            continue  # most columns: no value joined by a mark
        even: Counter[str] = Counter()  # cells spacing each mark on both sides, each once
        lopsided: dict[str, str] = {}
        for text in marked:
            if "](" in text or "<" in text or "://" in text:
                continue
            marks = {found.group(1) for found in _BOTH_SIDES.finditer(text)}
            one = _ONE_SIDED.search(_BOTH_SIDES.sub(" ", text))
            which = (one.group(1) or one.group(2)) if one is not None else ""
            if which in marks:
                # a mark the cell spaces both ways itself: `text + image +mask`
                lopsided[text] = which
            elif one is None:
                for mark in marks:
                    even[mark] += counts[text]
        for mark in set(lopsided.values()):
            slips = [text for text, which in lopsided.items() if which == mark]
            if even[mark] < _EVENLY or sum(counts[text] for text in slips) > _TYPO_RARE:
                continue
            for cell in kind.cells:
                if cell.text in slips and cell.line not in reported:
                    reported.add(cell.line)
                    yield _Problem(
                        cell,
                        f"`{cell.text}` spaces one `{mark}` on both sides and another on one "
                        f"side only; {even[mark]} other cells of `{header}` space it on both",
                        None,
                    )


_TRAILING = " ;,；，、/"  # what a cell may end with after its last value
_TRAILING_HABIT = 3  # cells that end on a separator, at least, for that to be a style


# a mark of none drawn as a dash, one to three of them (`-`, `—`, `——`, `−`, `---`), a `\`
# before each (`\-`, which GitHub shows as `-`) no part of how it looks
_DASH_MARK = lazy_re.compile(r"(?:\\?[-\u2010-\u2015\u2212\ufe63\uff0d]){1,3}")
_DASH_COMMON = 5  # cells that draw the mark one way, at least, for that to be the column's way
_DASH_SHARE = 4  # times as many cells as draw it the other way, at least


def _dash_marks(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A cell that draws the column's dash of none another way, rarely (`−`, U+2212, in a
    contributor's batch among 189 `-`; `---` among 17 `-`; `-` among `—`): the same mark,
    another character. Keys say nothing of marks (`-` has none), so it is compared here;
    reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        # each cell that draws the mark, as GitHub shows it (`\-` is `-`)
        marks = {text: text.replace("\\", "") for text in counts if _draws_dash(text)}
        drawn: Counter[str] = Counter()  # each way of drawing the mark
        for text, shown_as in marks.items():
            drawn[shown_as] += counts[text]
        if len(drawn) < 2:
            continue  # most columns: one way of drawing it, or no dash at all
        usual, most = drawn.most_common(1)[0]
        if most < _DASH_COMMON:
            continue
        rare = {
            text: usual
            for text, shown_as in marks.items()
            if shown_as != usual and drawn[shown_as] * _DASH_SHARE <= most
        }
        # counted as shown: `\-` and `-` are one way of drawing it
        shown = Counter({usual: most, **{text: counts[text] for text in rare}})
        yield from _rare_problems(kind.cells, rare, shown, (header, reported), _DASHES_SAID)


# a range of two numbers and its unit, if any (`2 - 5`, `30-120m`, `1 – 4`): the dash between
# the numbers is read with its spaces
_RANGE = lazy_re.compile(r"\d+(?:\.\d+)?(\s*[-\u2010-\u2015~～]\s*)\d+(?:\.\d+)?\s*[^\W\d_]{0,4}")
_RANGE_COMMON = 20  # ranges a column writes one way, at least, for that to be its way
_YEAR_MONTH = lazy_re.compile(r"(?:19|20)\d\d[-\u2010-\u2015]\d\d")  # a date (`2023-05`), no range
_RANGE_SHARE = 10  # times as many ranges as written the other way, at least
_RANGES_SAID = (
    "`{text}` writes its range another way than {count} other rows of `{header}` (`{usual}`)"
)


def _range_forms(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A range of numbers written with another dash, or other spaces around it, than the
    column writes its ranges with as a rule (`2-10` among 191 `N - N` of a board game's
    players, `20 - 60m` among 120 `N-Nm` of its time): one way of writing ranges, slipped.
    Keys say nothing of it where the numbers differ; reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        dashes: dict[str, str] = {}  # each range's dash, as written with its spaces
        ways: Counter[str] = Counter()  # cells that write each dash
        for text, count in counts.items():
            if not text[:1].isdigit():
                continue  # most values: no range
            match = _RANGE.fullmatch(text)
            if match is not None and not _YEAR_MONTH.fullmatch(text):
                # the dash as the page shows it: a run of blanks is one space
                dash = _WHITESPACE.sub(" ", match.group(1))
                dashes[text] = dash
                ways[dash] += count
        if len(ways) < 2:
            continue  # most columns: one way of writing ranges, or none
        usual, most = ways.most_common(1)[0]
        if most < _RANGE_COMMON:
            continue
        example = max((text for text in dashes if dashes[text] == usual), key=counts.__getitem__)
        rare = {
            text: example
            for text, dash in dashes.items()
            if dash != usual and ways[dash] * _RANGE_SHARE <= most
        }
        shown = Counter({example: most})
        yield from _rare_problems(kind.cells, rare, shown, (header, reported), _RANGES_SAID)


_GROUPED = lazy_re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")  # a number with its thousands set apart
_UNGROUPED = lazy_re.compile(r"[1-9]\d{3,}")  # one of four digits or more, written in a run
_GROUPED_COMMON = 5  # numbers a column writes grouped, at least, for that to be its way
_GROUPED_SHARE = 3  # times as many numbers grouped as written in a run, at least
_GROUPS_SAID = (
    "`{text}` runs its digits together where {count} other numbers of its table's `{header}` "
    "set their thousands apart (`{usual}`)"
)
# numbers the list's tables of one header set apart, at least, and times as many as they run
# together, for a small table's run to be a slip of the list's way (agent-toolkit's 56 tables)
_GROUPED_POOLED = 20
_POOLED_SHARE = 10
_GROUPS_POOLED_SAID = (
    "`{text}` runs its digits together where the list's tables of this header set the "
    "thousands of {count} numbers of `{header}` apart (`{usual}`)"
)


def _digit_groups(
    kinds: list[_Kind], header: str, reported: set[int], tables: Sequence[Table]
) -> Iterator[_Problem]:
    """A number of four digits or more written in a run (`3000`, `5639`) in a table whose
    column sets the thousands of its numbers apart with commas as a rule (`1,000`, `3,068`,
    `104,500`): one way of writing numbers, slipped. Each table of the header keeps its own way
    (one writes `59049`, another `38,809`); a column of years writes none grouped. A table of
    a few numbers that sets some apart takes the way of the list's tables of its header, where
    they set twenty apart or more and ten times as many as they run together (a plugin list's
    56 small tables of stars). Reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        if not any(_GROUPED.fullmatch(text) for text in counts):
            continue  # most columns: no numbers of thousands set apart (each text asked once)
        listed = sum(count for text, count in counts.items() if _GROUPED.fullmatch(text))
        slipped = sum(count for text, count in counts.items() if _UNGROUPED.fullmatch(text))
        pooled = listed >= _GROUPED_POOLED and slipped * _POOLED_SHARE <= listed
        for cells in _by_table(kind.cells, tables):
            written = Counter(cell.text for cell in cells)  # this table's, not the header's
            grouped = sum(count for text, count in written.items() if _GROUPED.fullmatch(text))
            runs = {text: n for text, n in written.items() if _UNGROUPED.fullmatch(text)}
            if not runs or not grouped:
                continue  # a table that sets no thousands apart keeps its own way (`59049`)
            said, count = _GROUPS_SAID, grouped
            if grouped < _GROUPED_COMMON or sum(runs.values()) * _GROUPED_SHARE > grouped:
                if not pooled or sum(runs.values()) > grouped:
                    continue  # few numbers, or a table of both ways
                # a small table of the list's many of this header, which set them apart
                said, count = _GROUPS_POOLED_SAID, listed
            rare = {text: f"{int(text):,}" for text in runs}
            shown = Counter({usual: count for usual in rare.values()})
            yield from _rare_problems(cells, rare, shown, (header, reported), said)


_UNIT_LETTERS = 5  # letters of a unit, at least, for one left out to be a slip (not `MB`, `GB`)
_UNIT_COMMON = 10  # measures of a unit a column writes, at least, for it to be its unit
_UNIT_SAID = (
    "`{text}` writes the unit `{usual}` of {count} other rows of `{header}` with a letter left out"
)


def _letter_left_out(rare: str, common: str) -> bool:
    """Whether a unit is the other with one letter left out inside it (`Glops/W` for
    `Gflops/W`): a slip; a first letter is a scale (`MB`, `GB`), a last one a plural (`1 week`
    among `weeks`)."""
    return len(rare) + 1 == len(common) and any(
        common[:index] + common[index + 1 :] == rare for index in range(1, len(common) - 1)
    )


def _unit_typos(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A measure whose unit of five letters or more leaves out one letter of the unit the column
    writes ten times or more (`2.18 Glops/W` among 60 `Gflops/W`): reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        measured: dict[str, str] = {}  # each measure's unit, by the text that writes it
        units: Counter[str] = Counter()
        for text, count in counts.items():
            if text[:1].isdigit() and (found := _MEASURE.fullmatch(text)):
                measured[text] = found.group(2)
                units[found.group(2)] += count
        common = [
            unit
            for unit, count in units.items()
            if count >= _UNIT_COMMON and sum(map(str.isalpha, unit)) >= _UNIT_LETTERS
        ]
        if not common or len(units) < 2:
            continue  # most columns: no measures, or one unit
        rare: dict[str, str] = {}
        for text, unit in measured.items():
            if units[unit] <= 2:
                for usual in common:
                    if _letter_left_out(unit, usual):
                        rare[text] = usual
        shown = Counter({usual: units[usual] for usual in rare.values()})
        yield from _rare_problems(kind.cells, rare, shown, (header, reported), _UNIT_SAID)


_BARE_NUMBER = lazy_re.compile(r"\d[\d.,]*")
_BARE_RARE = 2  # cells that write a number alone, at most, for it to lack the column's unit
# what a number is written with to count thousands or more, not a unit of what it counts
# (not `m`, metres or minutes, nor `b`, bits: units of their own)
_MAGNITUDES = frozenset({"K", "k", "M", "B", "Bn", "bn", "G", "T", "万", "亿", "千"})
_BARE_SHARE = 10  # times as many cells as those, at least, that write the unit
_UNIT_ALONE = 0.9  # of the column's measures, at least, in that one unit
_BARE_SAID = (
    "`{text}` is a number without the unit `{usual}`, which {count} other rows of `{header}` "
    "write after theirs"
)


def _units_left_out(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A number written alone, once or twice, in a column that writes its numbers with one unit
    (`2600` among 2,000 `1800 MHz`, `46` among `46MB`), ten times as many cells and nine in ten
    of its measures at least: the unit left out. Reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        bare = [text for text in counts if _BARE_NUMBER.fullmatch(text)]
        alone = sum(counts[text] for text in bare)
        if not bare or alone > _BARE_RARE:
            continue  # most columns: no number alone, or numbers alone as a way
        units: Counter[str] = Counter()
        for text, count in counts.items():
            if text[:1].isdigit() and (found := _MEASURE.fullmatch(text)):
                units[found.group(2)] += count
        if not units:
            continue
        unit, written = units.most_common(1)[0]
        if unit in _MAGNITUDES:
            continue  # `525` among `12K` stars: a number below a thousand needs no `K`
        if written < _BARE_SHARE * alone:
            continue
        if written < _UNIT_ALONE * sum(units.values()):
            continue  # measures in several units: a number alone may be in any
        rare = dict.fromkeys(bare, unit)
        yield from _rare_problems(
            kind.cells, rare, Counter({unit: written}), (header, reported), _BARE_SAID
        )


_SEPARATOR_HABIT = 3  # listings of other values `and` joins, at least, to be the column's way
_AND, _COMMA = frozenset({"and"}), frozenset({","})


def _separators(text: str) -> frozenset[str]:
    """The separators a cell lists its values with (`and` in any case, `+` without its spaces)."""
    return frozenset(mark.strip().casefold() for mark in _PARTS.findall(text))


def _joined_in_words(ways: dict[tuple[str, ...], list[str]]) -> set[tuple[str, ...]]:
    """The listings (the values' keys, in order) some cell writes with `and`."""
    return {
        parts
        for parts, written in ways.items()
        if any("and" in _separators(text) for text in written)
    }


def _separator_variants(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A cell that lists the values another way of listing them is written in three times as
    many cells (`Seed/Series A` twice among ten `Seed, Series A`; `Text, Vision` among `Text +
    Vision`): the same values, other separators. Reported, never rewritten: the keys differ."""
    for kind, counts in _values_read(kinds):
        ways: dict[tuple[str, ...], list[str]] = {}
        for text in counts:
            if "](" not in text and "<" not in text and (parts := _parts(text)):
                ways.setdefault(parts, []).append(text)
        rare: dict[str, str] = {}
        trailing: int | None = None  # cells that end on a separator, counted where one differs
        in_words: set[tuple[str, ...]] | None = None  # read where a way is rare
        for parts, written in ways.items():
            if len(written) < 2:
                continue
            common = max(written, key=counts.__getitem__)
            for text in written:
                if (
                    value_key(text) != value_key(common)
                    and counts[text] <= _TYPO_RARE
                    and counts[common] >= _PARTS_COMMON * counts[text]
                ):
                    if _separators(text) == _AND and _separators(common) == _COMMA:
                        if in_words is None:
                            in_words = _joined_in_words(ways)
                        if len(in_words - {parts}) >= _SEPARATOR_HABIT:
                            continue  # `USA and India` beside `USA, India`, where the column
                            # lists other values in words too (`Brazil, Mexico and EMEA`,
                            # `Europe and North America`): prose, no slip of the comma
                    if text.rstrip(_TRAILING) == common.rstrip(_TRAILING):
                        if trailing is None:
                            trailing = sum(
                                count
                                for value, count in counts.items()
                                if value.rstrip() != value.rstrip().rstrip(_TRAILING)
                            )
                        if trailing >= _TRAILING_HABIT:
                            continue  # a separator after the last value: a style the column
                            # writes in many cells (`Media; News;` beside `Media; News`)
                    rare[text] = common
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _SEPARATORS_SAID)


# an acronym's letters: two to six capitals (`NYU`, `KAIST`), the initials of a name of
# words that each start with a capital, the small words between them left out
_ACRONYM = lazy_re.compile(r"[A-Z]{2,6}")
_NAME_WORD = lazy_re.compile(r"[^\W\d_]+")
_SMALL_WORDS = frozenset(("of", "at", "the", "and", "for", "in", "on", "de", "du", "la", "für"))
_SHORT_COMMON = 3  # cells that write a name one way, at least, for the other to be a slip
_SHORT_SHARE = 2  # times as many cells as the other way, at least


def _initials(name: str) -> str | None:
    """The initials of a name of two words or more, each a capitalised word or a small one
    (`Massachusetts Institute of Technology`: `MIT`); None for any other text, and for a name
    with a word in capitals, a code of its own (`Sarasota, FL` is no `SF`)."""
    if "](" in name or "<" in name or not name.isascii():
        return None
    words = _NAME_WORD.findall(name)
    if len(words) < 2 or "".join(words) != "".join(name.replace(",", " ").split()):
        return None  # a word of digits or signs (`Top 10`, `C++ Builder`): no name of words
    letters = []
    for word in words:
        if word.casefold() in _SMALL_WORDS:
            continue
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return None  # a word in small letters, or a code of its own (`Sarasota, FL`)
        letters.append(word[0])
    return "".join(letters) if len(letters) >= 2 else None


def _short_forms(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A name written in its acronym where the column spells it out twice as often, three times
    at least, or spelt out where the column writes its acronym (`NYU` once among six `New York
    University`, `Massachusetts Institute of Technology` among seven `MIT`): one value written
    two ways. Reported, never rewritten: the keys differ."""
    for kind, counts in _values_read(kinds):
        spelt: dict[str, list[str]] = {}  # each acronym's names spelt out in the column
        for text in counts:
            initials = _initials(text)
            if initials is not None:
                spelt.setdefault(initials, []).append(text)
        rare: dict[str, str] = {}
        for text in counts:
            if _ACRONYM.fullmatch(text) is None:
                continue
            for name in spelt.get(text, ()):
                if counts[name] >= max(_SHORT_COMMON, _SHORT_SHARE * counts[text]):
                    rare[text] = name
                elif counts[text] >= max(_SHORT_COMMON, _SHORT_SHARE * counts[name]):
                    rare[name] = text
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _SHORT_SAID)


# a mark a value ends with, or a bracket it does not open or close, that no other writing of it
# has: a slip of typing (`English,` beside `English`, `O(n^n))`, `Bullseye) amd64`)
_STRAY_END = ",;:"
_BRACKETS = {")": "(", "]": "["}
_SHORTCODE_END = lazy_re.compile(r":[\w+-]+:$")  # an emoji's shortcode (`:minidisc:`), no stray `:`
_STRAY_COMMON = 3  # cells that write the value without the mark, at least
_STRAY_SHARE = 3  # times as many cells as write it with the mark, at least
_STRAY_RARE = 2  # cells that write the mark, at most
_STRAY_SAID = (
    "`{text}` is written `{usual}` in {count} other rows of `{header}`, without a stray mark"
)


def _unstrayed(text: str, ends: Counter[str]) -> Iterator[str]:
    """A value without a mark that strays in it: a `,`, `;` or `:` it ends with, where the
    column's cells end with it twice at most (``ends``; `Media; News;` among seventeen tags
    ending in `;` is a way of writing them), or a closing bracket it never opened (`O(n^n))`,
    `Bullseye) amd64`), each dropped with the blanks beside it."""
    if (
        text[-1:] in _STRAY_END
        and ends[text[-1:]] <= _STRAY_RARE
        and _SHORTCODE_END.search(text) is None
    ):
        yield text[:-1].rstrip()
    for closing, opening in _BRACKETS.items():
        if text.count(closing) != text.count(opening) + 1:
            continue
        depth = 0
        for at, char in enumerate(text):
            depth += (char == opening) - (char == closing)
            if depth < 0:  # the first bracket closed that none opened
                yield " ".join(
                    part for part in (text[:at].rstrip(), text[at + 1 :].lstrip()) if part
                )
                break


def _stray_marks(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A value written once or twice with a stray mark (``_unstrayed``) where the column writes
    it without, three times as often and three times at least (`English,` beside 20
    `English`; `:minidisc: 2x:` beside 127 `:minidisc: 2x`). Reported, never rewritten: the
    mark may be the start of a value left unwritten."""
    for kind, counts in _values_read(kinds):
        rare: dict[str, str] = {}
        ends: Counter[str] | None = None  # the cells ending with each mark, read once asked
        for text, written in counts.items():
            if (
                written > _STRAY_RARE
                or not text
                or not (text[-1] in _STRAY_END or ")" in text or "]" in text)
            ):
                continue
            if ends is None:
                ends = Counter()
                for other, cells in counts.items():
                    if other[-1:] in _STRAY_END and _SHORTCODE_END.search(other) is None:
                        ends[other[-1]] += cells
            for usual in _unstrayed(text, ends):
                if usual and counts[usual] >= max(_STRAY_COMMON, _STRAY_SHARE * written):
                    rare[text] = usual
                    break
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _STRAY_SAID)


_CUT_RARE = 2  # cells that write a value cut short, at most
_CUT_COMMON = 3  # cells that write it whole, at least
_CUT_SHARE = 3  # times as many cells as write it cut, at least (`Close` beside `Closed` is a word)
_CUT_WORD = 4  # letters left of the word cut, at least
_CUT_SAID = "`{text}` is cut short: {count} other rows of `{header}` write `{usual}`"


def _cut_off(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A value written once or twice that is another value of the column, written three times
    as often and three times at least, with the last Latin letter of its last word cut off,
    four letters or more of that word left (`…/2019/Serve` beside nine `…/2019/Server`): text
    cut short. Not a plural's `s` (`Dataset`, `Datasets`), not two letters (`postgres` beside
    `postgresql` is another name), nor a character of another script (`完全免费` beside
    `完全免费开源`). Reported, never rewritten."""
    for kind, counts in _values_read(kinds):
        # the values written three times or more, by themselves but for their last letter
        whole: dict[str, list[str]] = {}
        for text, count in counts.items():
            if count < _CUT_COMMON:
                continue
            if len(text) > 1 and text[-1].isascii() and text[-1].isalpha():
                whole.setdefault(text[:-1], []).append(text)
        if not whole:
            continue
        rare: dict[str, str] = {}
        for text, count in counts.items():
            if count > _CUT_RARE or text not in whole:
                continue
            word = _LAST_WORD.search(text)
            if word is None or len(word.group()) < _CUT_WORD:
                continue
            for usual in whole[text]:
                if usual[-1] in "sS" or counts[usual] < _CUT_SHARE * count:
                    continue
                rare[text] = usual
                break
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _CUT_SAID)


# (searched from a run's start only: a run of 60,000 letters not ending the text is not read
# again from each of its letters)
_LAST_WORD = lazy_re.compile(r"(?<![A-Za-z])[A-Za-z]+$")


_ACCENT_COMMON = 5  # cells that write a value one way, at least, for the other way to be a slip
_ACCENT_SHARE = 3  # times as many cells as the other way, at least


# letters that Unicode writes as another one with a mark but that an alphabet counts its own:
# Russian `й` is no `и` (`конференций`, of conferences, beside `конференции`), as Ukrainian `ї`
# and Belarusian `ў` are not `і` and `у`
_OWN_LETTERS = frozenset("йЙїЇўЎ")


def _unaccented(text: str) -> str:
    """A text without its letters' accents, case-folded (`Pré-seed`: `pre-seed`)."""
    text = unicodedata.normalize("NFC", text)  # `и` and a breve, as a Mac writes names: `й`
    if _OWN_LETTERS.isdisjoint(text):
        kept = unicodedata.normalize("NFD", text)  # most values: at C speed
    else:
        kept = "".join(
            char if char in _OWN_LETTERS else unicodedata.normalize("NFD", char) for char in text
        )
    return "".join(char for char in kept if not unicodedata.combining(char)).casefold()


def _accents(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A value written with other accents than the column writes it three times as often, five
    times at least (`Pré-seed` in 4 rows among 60 `Pre-seed`): one value written two ways.
    Reported, never rewritten: the keys differ (accents are letters of the key)."""
    for kind, counts in _values_read(kinds):
        ways: dict[str, list[str]] = {}  # each value's ways of writing it, without accents
        for text in counts:
            plain = text.casefold() if text.isascii() else _unaccented(text)
            ways.setdefault(plain, []).append(text)
        rare: dict[str, str] = {}
        for written in ways.values():
            if len(written) < 2 or all(map(str.isascii, written)):
                continue  # most values: one way; ways of other cases only are no accents
            common = max(written, key=counts.__getitem__)
            for text in written:
                if (
                    text != common
                    and value_key(text) != value_key(common)
                    and counts[common] >= max(_ACCENT_COMMON, _ACCENT_SHARE * counts[text])
                ):
                    rare[text] = common
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _ACCENTS_SAID)


# yes and no as lists write them, each with its answer and its language (`有`/`无`, has or has
# not, are Chinese answers beside `是`/`否`)
_ANSWERS: dict[str, tuple[bool, str]] = {
    "yes": (True, "en"), "no": (False, "en"),
    "是": (True, "zh"), "否": (False, "zh"), "有": (True, "zh"), "无": (False, "zh"),
    "無": (False, "zh"), "はい": (True, "ja"), "いいえ": (False, "ja"),
    "예": (True, "ko"), "아니요": (False, "ko"), "아니오": (False, "ko"),
}  # fmt: skip
_ANSWER_COMMON = 5  # cells that answer in one language, at least, for that to be the column's
_ANSWER_SHARE = 5  # times as many as answer in another language, at least


def _answers(
    kinds: list[_Kind], header: str, reported: set[int], tables: Sequence[Table]
) -> Iterator[_Problem]:
    """A yes or a no written in another language than the column's other answers, rarely
    (`是` among 41 `Yes` in a translated API list's `支持HTTPS`): one answer in two languages.
    Not where its own table of a catalogue answers in that language as often as in the other
    (a section translated whole). Reported, never rewritten: the keys differ."""
    for kind, counts in _values_read(kinds):
        answered: dict[str, tuple[bool, str]] = {}
        for text in counts:
            found = _ANSWERS.get(text.casefold())
            if found is not None:
                answered[text] = found
        languages = _answer_languages(counts)
        if len(languages) < 2:
            continue  # most columns: answers in one language, or none
        usual_language, most = languages.most_common(1)[0]
        if most < _ANSWER_COMMON:
            continue
        usual: dict[bool, str] = {}  # each answer as the column writes it most
        for text, (answer, language) in answered.items():
            if language == usual_language and counts[text] > counts[usual.get(answer, "")]:
                usual[answer] = text
        rare = {
            text: usual[answer]
            for text, (answer, language) in answered.items()
            if language != usual_language
            and answer in usual
            and most >= _ANSWER_SHARE * languages[language]
        }
        if rare and len(tables) > 1:
            own = _Own(kind.cells, tables)
            cells = [
                cell
                for cell in kind.cells
                if cell.text not in rare
                or not _own_language(own.written(cell.line), cell.text, rare[cell.text])
            ]
        else:
            cells = kind.cells
        yield from _rare_problems(cells, rare, counts, (header, reported), _ANSWERS_SAID)


def _answer_languages(counts: Counter[str]) -> Counter[str]:
    """How many cells answer yes or no in each language (``_ANSWERS``)."""
    languages = Counter[str]()
    for value, count in counts.items():
        answer = _ANSWERS.get(value.casefold())
        if answer is not None:
            languages[answer[1]] += count
    return languages


def _own_language(written: Counter[str], text: str, usual: str) -> bool:
    """Whether a table answers in ``text``'s language at least as often as in ``usual``'s."""
    languages = _answer_languages(written)
    mine, theirs = _ANSWERS[text.casefold()][1], _ANSWERS[usual.casefold()][1]
    return languages[mine] >= languages[theirs]


def _styles_within(each: list[list[Cell]]) -> Counter[tuple[str, str]]:
    """How often each way of writing is used where a table writes a value two ways, summed
    over a catalogue's tables: one table's `Homepage` beside another's `homepage` is no
    style of either."""
    used: Counter[tuple[str, str]] = Counter()
    for cells in each:
        counts = Counter(map(_TEXT, cells))
        used.update(_styles(_by_key(counts), counts))
    return used


def _by_key(counts: Counter[str]) -> dict[str, list[str]]:
    """Values by their key: the spellings of each."""
    spellings: dict[str, list[str]] = {}
    for value in counts:
        key = value_key(value)
        if key:
            spellings.setdefault(key, []).append(value)
    return spellings


_PLURAL_RARE = 5  # cells that write a value one way, at most, for its plural's to be a slip
_PLURAL_COMMON = 5  # cells that write it the other way, at least
_PLURAL_SHARE = 2.5  # and times as many
_PLURAL_SAID = "`{text}` is written `{usual}` in {count} other rows of `{header}`"


def _plurals(kinds: list[_Kind], header: str, reported: set[int]) -> Iterator[_Problem]:
    """A value of two Latin words or more written with its last word's `s` dropped or added,
    rarely, where the column writes the other way two and a half times as often, five at least
    (`Read/Write Multiple Pod` 4 times among 70 `Read/Write Multiple Pods`, `Nature
    Communication` 3 times among 8 `Nature Communications`): one value, its plural slipped.
    A value of one word may be another (`Tool`, `Tools`). Reported, never rewritten: the keys
    differ."""
    for kind, counts in _values_read(kinds):
        rare: dict[str, str] = {}
        for text, written in counts.items():
            if written > _PLURAL_RARE or _LAST_SLIP.fullmatch(text) is None or " " not in text:
                continue
            for other in (text + "s", text.removesuffix("s")):
                common = counts.get(other, 0)
                if other != text and common >= max(_PLURAL_COMMON, _PLURAL_SHARE * written):
                    rare[text] = other
        yield from _rare_problems(kind.cells, rare, counts, (header, reported), _PLURAL_SAID)


_WAY_TABLES = 3  # tables of one header, at least, for one of them to write a value its own way
_WAY_CELLS = 3  # cells of that table that write it so, at least
_WAY_VALUES = 8  # values of the column, at most: a closed vocabulary (levels, kinds, answers)
_WAY_SHARE = 3  # times as many cells of the other tables write the shorter way, at least
_WAY_SAID = "`{text}` is written `{usual}` in {count} rows of the list's other `{header}` tables"


def _longer_way(odd: str, usual: str) -> bool:
    """Whether a value is another with letters added to its last word (`中等` of `中`), not
    signs (`⭐⭐⭐` of `⭐`, `2x:` of `2x`) nor a word (`Linux Mint` of `Linux`: another value)."""
    added = odd[len(usual) :] if odd.startswith(usual) and usual else ""
    return added.isalpha()


def _table_ways(
    kinds: list[_Kind], header: str, reported: set[int], tables: Sequence[Table]
) -> Iterator[_Problem]:
    """One table of a catalogue that writes one value of the column's few its own, longer way
    (`中等` in the 13 rows of 腾讯's table, where 22 other tables of its header write medium
    `中`, 208 rows, beside the `高` and `低` every table writes): one value, one table's way of
    writing it. Reported, never rewritten: the keys differ."""
    if len(tables) < _WAY_TABLES:
        return
    for kind, counts in _values_read(kinds):
        if len(counts) > _WAY_VALUES:
            continue  # most columns: names, numbers, free text
        written = [Counter(map(_TEXT, cells)) for cells in _by_table(kind.cells, tables)]
        writing = Counter(text for way in written for text in way)  # tables writing each value
        filled = sum(1 for way in written if way)  # tables writing the column at all
        for own in written:
            alone = [text for text in own if writing[text] == 1]
            if len(alone) != 1 or own[alone[0]] < _WAY_CELLS or len(own) < 2:
                continue  # the table writes the others' values, but one its own way
            odd = alone[0]
            usual = [
                text
                for text in counts
                if text not in own
                and _longer_way(odd, text)
                and 2 * writing[text] >= filled - 1
                and counts[text] >= _WAY_SHARE * own[odd]
            ]
            if len(usual) == 1:  # one shorter way only (not `Linux` of `Linux Mint` and `Lin`)
                cells = [cell for cell in kind.cells if cell.text == odd]
                rare = {odd: usual[0]}
                yield from _rare_problems(cells, rare, counts, (header, reported), _WAY_SAID)


def _by_table(cells: list[Cell], tables: Sequence[Table]) -> list[list[Cell]]:
    """A catalogue's cells (in document order) by the table each is in."""
    grouped: list[list[Cell]] = [[] for _ in tables]
    index = 0
    for cell in cells:
        while index < len(tables) - 1 and cell.line > tables[index].end_line:
            index += 1
        grouped[index].append(cell)
    return grouped


# a column whose values are each entry's own (a name, a description, a link) has no vocabulary;
# the texts of its links may (`[Code](…)` down a link column), but not of names and prose
_NOT_VALUES = frozenset({"name", "description", "link"})
_FREE_TEXT = frozenset({"name", "description"})


def _filled(tables: list[Table], column: int) -> list[Cell]:
    """The filled cells of a column of one or more tables, in order."""
    filled: list[Cell] = []
    for table in tables:  # every cell of the column passes here: comprehensions, no calls
        rows = [row.cells for row in table.body]
        filled += [cells[column] for cells in rows if column < len(cells) and cells[column].text]
    return filled


_LICENSES = "\0license"  # the list's license columns, pooled whatever their titles
_LICENSES_SAID = "cells of the list's license columns"


def _written(catalogues: list[list[Table]], index: EntryIndex) -> defaultdict[str, Counter[str]]:
    """How often each value, and each link's text (in brackets), is written in the columns of
    each header word (the license columns as one, ``_LICENSES``), in every table of the list: a
    catalogue's common spelling may be one the list's other tables write rarely (13 `arxiv`
    under one header's `Venue`, 121 `arXiv` under another's), and a case a catalogue writes
    once the list's batch (8 `[Link]`)."""
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for tables in catalogues:
        columns = index.columns.get(tables[0].line)
        for column, header in enumerate(tables[0].header.texts):
            texts = list(map(_TEXT, _filled(tables, column)))
            licensed = columns is not None and columns.role(column) == "license"
            counts = written[_LICENSES if licensed else normalize_header(header)]
            counts.update(texts)
            counts.update(f"[{text}]" for cell in texts for text in _LINK_TEXT.findall(cell))
    return written


def _list_way(written: Counter[str], problem: _Problem) -> bool:
    """Whether a rare spelling a problem reports is the list's way in its columns of that
    header word: written more often than the spelling it would take, or, for a link's text in
    another case only, a batch of five or more (`[Link]` among `[link]`)."""
    rare, common = problem.cell.text, problem.replacement or ""
    if written[rare] > written[common]:
        return True
    return rare.casefold() == common.casefold() and written[f"[{rare}]"] >= _TABLE_HABIT


def _free_tags(document: Document, catalogues: list[list[Table]]) -> frozenset[str]:
    """The tags columns' headers (as words) whose tags, in every table of the list, are
    written as their writers please (``_free_spelling``): `qmk` 33 times and `QMK` 38."""
    tags: dict[str, list[Cell]] = {}
    for tables in catalogues:
        for column, header in enumerate(tables[0].header.texts):
            name = normalize_header(header)
            if name in _TAG_HEADERS:
                cells = _tag_cells(_filled(tables, column), named=True)
                if cells is not None:
                    tags.setdefault(name, []).extend(cells)
    return frozenset(name for name, cells in tags.items() if _free_spelling(cells))


def _problems(document: Document, context: Context) -> Iterator[_Problem]:
    index = context.analysis.entries
    allowed = context.option(RULE, "allowed")
    catalogues = list(context.analysis.catalogues.values())
    free = _free_tags(document, catalogues)
    written: dict[str, Counter[str]] | None = None
    reported: set[tuple[int, int]] = set()
    deferred: list[_Problem] = []  # problems asked last (``_Problem.deferred``)
    named: dict[str, list[Cell]] = {}  # each header word's values in every catalogue's tables
    headed: dict[str, list[str]] = {}  # and its headers as each catalogue writes it
    dashes: dict[str, list[Cell]] = {}  # each header word's dashes of none, of any column
    dashed: dict[str, dict[int, str]] = {}  # and the catalogues that write them, and headers
    for tables in catalogues:
        columns = index.columns.get(tables[0].line)
        for column, header in enumerate(tables[0].header.texts):
            values = _allowed_for(header, allowed)
            if values is not None:
                yield from _allowed_problems(_filled(tables, column), header, values)
                continue
            role = columns.role(column) if columns else None
            # a list's license columns are one vocabulary, however each table titles them
            name = _LICENSES if role == "license" else normalize_header(header)
            filled = _filled(tables, column)  # read once: pooled, pictured and judged below
            if len(catalogues) > 1 and role not in _NOT_VALUES and name not in free:
                named.setdefault(name, []).extend(filled)
                headed.setdefault(name, []).append(header)
            if len(catalogues) > 1:
                marks = [cell for cell in filled if _draws_dash(cell.text)]
                if marks:
                    word = normalize_header(header)
                    dashes.setdefault(word, []).extend(marks)
                    dashed.setdefault(word, {})[tables[0].line] = header
            yield from _picture_problems(filled, header)
            problems = _column_problems(
                tables, column, role, document, context, name in free, filled
            )
            for problem in problems:
                if problem.replacement is not None and len(catalogues) > 1:
                    if written is None:
                        written = _written(catalogues, index)
                    if not problem.capitals and _list_way(written[name], problem):
                        continue  # the list's way (`arXiv` beside a catalogue's `arxiv`)
                if problem.deferred:
                    deferred.append(problem)
                    continue
                reported.add((problem.cell.line, problem.cell.column))
                yield problem
    yield from _across_catalogues(named, headed, context, reported, document.tables)
    for name, marks in dashes.items():
        if len(dashed[name]) > 1:  # the dashes of columns of one name in tables of two headers
            header = next(iter(dashed[name].values()))
            yield from _dashes_across(marks, header, reported, document.tables)
    # a value once beside its other case twice, a slip of the list's words: where the list's
    # columns pooled say no more
    yield from (
        problem for problem in deferred if (problem.cell.line, problem.cell.column) not in reported
    )


def _picture_problems(cells: list[Cell], header: str) -> Iterator[_Problem]:
    """The pictures of a column whose alt text is not the one its other cells give them
    (``picture_slips``), reported at the words, without a fix: the words or the picture may be
    the slip (`![Free](symbols/paid.svg "Paid")`)."""
    for slip in picture_slips(cells):
        yield _Problem(
            Cell(slip.words, slip.line, slip.column),
            f"the picture `{slip.picture}` says `{slip.words}` where {slip.count} other cells "
            f"of `{header}` say `{slip.usual}`",
            None,
        )


def _across_catalogues(
    named: dict[str, list[Cell]],
    headed: dict[str, list[str]],
    context: Context,
    reported: set[tuple[int, int]],
    tables: Sequence[Table],
) -> Iterator[_Problem]:
    """The rare spellings of a column's values among the list's columns of that header word in
    tables of other headers (`ACM MM` once under one table's `Venue`, `ACMMM` five times under
    the others'): one vocabulary, however each table is laid out. A value each catalogue would
    keep alone is judged by them all; only spellings of one key, no slips, of plain cells. A
    table that writes one spelling alone, five times or more, keeps its own way."""
    for name, cells in named.items():
        headers = headed[name]
        if len(headers) < 2:
            continue
        # a cell in emphasis is a label (a transposed table's `**Accept. Rate - Short**` under
        # `Year`) or a value the table marks (`**auto**`, a binding kept current): not pooled
        plain = [cell for cell in cells if not _emphasised(cell.text)]
        where = "cells of the list's columns"
        ways = _Own(plain, tables)  # each table's spellings, counted once one is asked
        licenses = name == _LICENSES
        for problem in _spelling_problems(
            plain, headers[0], where, context, case=True, licenses=licenses
        ):
            if (problem.cell.line, problem.cell.column) in reported:
                continue
            own = ways.written(problem.cell.line)
            common = problem.replacement or ""
            if own[problem.cell.text] >= _TABLE_HABIT and not own[common] and not _camel(common):
                continue  # one table's way throughout (`X-ray` in each of its 15 rows, where
                # another table of another header writes `X-Ray`), unless the other is a
                # name's own case (`BioRxiv` for `bioRxiv`)
            if (
                problem.cell.text.islower()
                and common.lower() == problem.cell.text.lower()
                and _in_small_letters(own)
            ):
                continue  # a table that writes its values in small letters (`polyp`, `vessel`,
                # `bleeding` in a table of videos), where other tables capitalise
            if name == _LICENSES:  # columns each table titles its own way: named by their role
                said = f"{where} of `{headers[0]}`"
                problem = replace(problem, message=problem.message.replace(said, _LICENSES_SAID))
            reported.add((problem.cell.line, problem.cell.column))
            yield problem
        folded: Counter[str] | None = None  # the cells' texts case-folded, where asked
        for problem in _typos(plain, headers[0], where, context, swaps=True):
            if (problem.cell.line, problem.cell.column) in reported:
                continue
            if ways.written(problem.cell.line)[problem.cell.text] > 1:
                if folded is None:
                    folded = Counter(text.casefold() for text in map(_TEXT, plain))
                if not _swap_slip(problem.cell.text, folded):
                    continue  # its table's way, written in several of its rows (`Surgical
                    # Instruments` in a table of capitals, `surgical instrument` in another's);
                    # two letters swapped are nobody's way (`NeruIPS 2022` 3 times in one table)
            reported.add((problem.cell.line, problem.cell.column))
            yield problem
        lines = {line for line, _ in reported}
        pooled = f"the list's columns of `{headers[0]}` write it"
        for problem in _anchored_slips([plain], context, lines, pooled):
            if (problem.cell.line, problem.cell.column) not in reported:
                reported.add((problem.cell.line, problem.cell.column))
                yield problem


def _draws_dash(text: str) -> bool:
    """Whether a cell draws a dash of none (`-`, `–`, `---`, `\\-`)."""
    return len(text) <= 6 and _DASH_MARK.fullmatch(text) is not None


def _dashes_across(
    marks: list[Cell], header: str, reported: set[tuple[int, int]], tables: Sequence[Table]
) -> Iterator[_Problem]:
    """The dash of none drawn another way, rarely, among the list's columns of one header word
    in tables of other headers (`–` in six rows of one table's `Code`, which writes `-` in five
    more, where the list's other `Code` columns write `-` 26 times): ``_dash_marks`` on the
    columns' cells that draw one, pooled. A table that draws the other dash alone, five times or
    more, keeps its way."""
    lines = {line for line, _ in reported}
    ways = _Own(marks, tables)  # each table's dashes
    for problem in _dash_marks([_Kind(marks, "cells", True)], header, lines):
        own = ways.written(problem.cell.line)
        if own[problem.cell.text] >= _TABLE_HABIT and len(own) == 1:
            continue  # the table's own dash, throughout
        reported.add((problem.cell.line, problem.cell.column))
        yield problem


def _in_small_letters(written: Counter[str]) -> bool:
    """Whether a table writes the values of a column that have letters in small letters, five
    cells or more, four in five at least."""
    cased = small = 0
    for value, count in written.items():
        if value.lower() != value.upper():
            cased += count
            small += count if value.islower() else 0
    return cased >= _TABLE_HABIT and small * 5 >= cased * 4


def _camel(name: str) -> bool:
    """Whether a name starts small with a capital inside (`bioRxiv`, `iPhone`): its own case."""
    return name[:1].islower() and any(char.isupper() for char in name[1:])


_EMPHASIS = "*_~"  # emphasis, and strikethrough (`~~…~~`): a row the list marks


_LEADING_IMAGES = lazy_re.compile(r"(?:<img\b[^>]*>\s*)+", re.IGNORECASE)  # a flag before a name


def _emphasised(cell: str) -> bool:
    if cell[:1] == "<" and (images := _LEADING_IMAGES.match(cell)):
        cell = cell[images.end() :]
    return len(cell) > 2 and cell[0] in _EMPHASIS and cell[-1] == cell[0]


_STYLED_CELLS = 3  # cells of a row in emphasis, at least, for the row to be written so
_MOST = 0.75  # of a row's written cells in emphasis, or all but one, for the same


def _styled_rows(document: Document) -> frozenset[int]:
    """The lines of rows written in emphasis as a whole (every cell in `*…*` or `~~…~~`, or a
    link's text so, or all but one: a license's `No license` kept plain): a row the list marks
    so (a stale entry in italics, a company struck out),
    its values' own spelling unchanged."""
    styled: set[int] = set()
    for table in document.tables:
        for row in table.body:
            written = [text for text in row.texts if text]
            emphasised = sum(map(_emphasised_text, written))
            if emphasised >= _STYLED_CELLS and emphasised >= min(
                len(written) - 1, _MOST * len(written)
            ):
                styled.add(row.line)
    return frozenset(styled)


def _emphasised_text(cell: str) -> bool:
    """Whether a cell, or the text of the one link it is, is in emphasis (`[~~3.3~~](…)`)."""
    link = whole_link(cell) if cell[:1] == "[" else None
    return _emphasised(link.text if link is not None else cell)


def _differs_only_in(problem: _Problem, marks: str) -> bool:
    """Whether a rare spelling differs from the common one only in ``marks`` around it: in
    emphasis (`*_`) or not, in code (`` ` ``) or not."""
    common = problem.replacement
    return (
        common is not None
        and common != problem.cell.text
        and problem.cell.text.strip(marks) == common.strip(marks)
    )


_CODED_CELLS = 3  # cells of a table's column, at least, for writing them all in code to be its way


_HIGHLIGHTED = 2  # values of a column, at least, each written in emphasis, for a highlight


class _Columns:
    """The filled cells of each table's columns, read where a finding asks of its cell's column
    (most lists have none to ask): its table found by bisection, each column read once."""

    def __init__(self, document: Document) -> None:
        self._spans = _Spans(document.tables)
        self._tables = self._spans.tables
        self._texts: dict[tuple[int, int], list[str]] = {}
        self._highlighted: dict[tuple[tuple[str, ...], int], bool] = {}

    def _place(self, cell: Cell) -> tuple[int, int]:
        """The index of a cell's table and of its column there; (-1, -1) outside a table."""
        at = self._spans.index(cell.line)
        if at < 0 or cell.line == self._tables[at].header.line:
            return -1, -1
        row = next((row for row in self._tables[at].body if row.line == cell.line), None)
        cells = row.cells if row is not None else ()
        index = next((i for i, own in enumerate(cells) if own.column == cell.column), -1)
        return (at, index) if index >= 0 else (-1, -1)

    def _filled(self, at: int, index: int) -> list[str]:
        texts = self._texts.get((at, index))
        if texts is None:
            rows = (other.texts for other in self._tables[at].body)
            texts = self._texts[(at, index)] = [
                row[index] for row in rows if index < len(row) and row[index]
            ]
        return texts

    def texts(self, cell: Cell) -> list[str]:
        """The filled cells of the column of a cell, in its table."""
        at, index = self._place(cell)
        return self._filled(at, index) if at >= 0 else []

    def highlights(self, cell: Cell) -> bool:
        """Whether a cell in emphasis is one of a few its table writes so, two values or more of
        its column among more written plainly (`**CVPR**`, `**ICCV**` beside `CVPR`, `MM`): the
        table marks the rows it picks out (key papers), and a value in emphasis is no spelling
        of its own. Its tables of one header (a year's each) are read together. Where most cells
        are in emphasis (`**6.0**`, the current release), a plain one is off the table's way."""
        if not _emphasised(cell.text):
            return False
        at, index = self._place(cell)
        if at < 0:
            return False
        header = self._tables[at].header.texts
        known = self._highlighted.get((header, index))
        if known is None:
            texts = [
                text
                for other, table in enumerate(self._tables)
                if table.header.texts == header
                for text in self._filled(other, index)
            ]
            marked = [text for text in texts if _emphasised(text)]
            distinct = {text.strip(_EMPHASIS) for text in marked}
            known = len(distinct) >= _HIGHLIGHTED and len(marked) * 2 < len(texts)
            self._highlighted[(header, index)] = known
        return known


def _table_codes(columns: _Columns, cell: Cell) -> bool:
    """Whether the table of a cell writes every filled cell of its column as the cell is written,
    in code or not, three cells at least: one table's way (`` `Yes` `` throughout its `HTTPS`
    column beside other tables' plain `Yes`), no slip of its rows."""
    coded = cell.text.startswith("`")
    filled = columns.texts(cell)
    return len(filled) >= _CODED_CELLS and all(text.startswith("`") == coded for text in filled)


def _broken(text: str) -> str:
    """A cell with each run of blanks one space and none beside a line break."""
    # a line break however written (``_BREAK``); the spaces beside it dropped apart: a pattern
    # that starts with a run of blanks backtracks over a long one at each of its places
    joined = _BREAK.sub("<br>", _shown(text))
    return joined.replace(" <br>", "<br>").replace("<br> ", "<br>")


def _shown_alike(one: str, other: str) -> bool:
    """Whether two cells differ only in spaces beside a line break (`Stock Movement<br>
    Prediction`, `Stock Movement <br> Prediction`), which the page shows alike."""
    return "<" in one and "<" in other and _broken(one) == _broken(other)


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    styled: frozenset[int] | None = None
    columns: _Columns | None = None  # read where a finding asks of its cell's column
    for problem in _problems(document, context):
        cell = problem.cell
        if problem.replacement is not None and _shown_alike(cell.text, problem.replacement):
            continue
        if _differs_only_in(problem, _EMPHASIS):
            if styled is None:
                styled = _styled_rows(document)
            if cell.line in styled:
                continue  # the row's emphasis, not the value's spelling
            if columns is None:
                columns = _Columns(document)
            if columns.highlights(cell):
                continue  # the table marks its chosen rows' values so: `**CVPR**`, `**ICCV**`
        if _differs_only_in(problem, "`"):
            if columns is None:
                columns = _Columns(document)
            if _table_codes(columns, cell):
                continue  # the table's way of writing the column's values (all in code)
        if _named_by_its_link(lines[cell.line - 1], cell.text):
            continue  # `beginner` beside `…/labels/beginner`: the linked page's own name
        edit = None
        if problem.replacement is not None and problem.fixed:
            edit = text_edit(lines, cell.line, cell.column, cell.text, problem.replacement)
        yield Finding(
            cell.line,
            cell.column,
            problem.message,
            edits=(edit,) if edit else (),
            end_column=cell.column + len(cell.text),
        )


# the last part of a web address's path (`…/jruby/labels/beginner`)
_LAST_PART = lazy_re.compile(r"https?://[^\s()<>\]|]+/([^\s/()<>\]|#?]+)/?(?=[)\s|#?]|$)")


# a run of what an address may hold, as ``_LAST_PART`` reads one (no match crosses its ends)
_ADDRESS_RUN = lazy_re.compile(r"[^\s()<>\]|]+")


def _named_by_its_link(line: str, value: str) -> bool:
    """Whether a value is written as the last part of an address its row links (a project's
    own issue label, `beginner`, where the row links `github.com/jruby/jruby/labels/beginner`):
    the page's own name, which a respelling would no longer find. Each run an address may be
    read from is searched alone, with the character after it, and a run longer than any
    address is not (`https://a` written 20,000 times: searched from each of its starts, it
    took 45 s)."""
    if "://" not in line or len(value) < _NAMED_LENGTH:
        return False
    for run in _ADDRESS_RUN.finditer(line):
        start, end = run.span()
        if "://" not in run.group() or end - start > _LONGEST_ADDRESS:
            continue
        if any(unquote(part) == value for part in _LAST_PART.findall(line[start : end + 1])):
            return True
    return False


_NAMED_LENGTH = 3  # characters of a value, at least, for an address's last part to name it
_LONGEST_ADDRESS = 2000  # characters of an address, at most, that a browser keeps as it is


RULE = Rule(
    code="AL006",
    name="column-values",
    summary="A cell holds a value outside its column's allowed set, or a rare spelling of one",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.EDIT),
    options={"allowed": {}, "min-rows": 5, "min-count": 3},
)
