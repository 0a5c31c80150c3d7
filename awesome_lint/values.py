"""A cell's value as a key: two spellings of one value share it, two values never do."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress

from awesome_lint import lazy_re

# what spellings of one value may differ in: spaces, `-`, `_` and `.` (not between digits: `1-5`
# is not `15`), invisible format characters; symbols, emoji and CJK are the value itself
# (`‐` and `‑`, U+2010 and U+2011, are hyphens too: `Multi‑agent` typed with a non-breaking one)
HYPHENS = "\u2010\u2011"
_SEPARATORS = lazy_re.compile(rf"(?<!\d)[-_.{HYPHENS}]|[-_.{HYPHENS}](?!\d)|\s+")
_MARKUP = lazy_re.compile(r"^(?:[`*_~]+)(.*?)(?:[`*_~]+)$")
_MARKS = "`*_~"  # what ``_MARKUP`` unwraps a value from, at both of its ends
_SIGNED = lazy_re.compile(r"^[-\u2212]\s*\d")
_OPEN_RANGE = lazy_re.compile(r"\d\s*[-\u2013~]\s*$")
# a grade's or a rating's minus, after one to three capitals (`A-`, `BBB-`): `A-` is not `A`
_GRADE_MINUS = lazy_re.compile(r"[A-Z]{1,3}\s*-")
LETTER = lazy_re.compile(r"[^\W\d_]")  # a letter of any script: no digit, no `_`
# what a generator writes for a value it did not have (a null printed): a cell of these says
# nothing, neither a value nor "none"
NOTHING_SAID = frozenset({".", "。", "undefined", "null", "nil", "NaN", "nan", "``", "` `"})
# labels with nothing after them (`소개 :`, `블로그: 공지방:`, `群规：`: what a generator left of a
# text whose links it stripped, or a bio cut at its first line), one to three words of six
# characters at most, each before a colon; not an emoji's shortcode (`NeurIPS :mortar_board:`)
_LABELS_ALONE = lazy_re.compile(
    r"(?:[^\s:：|`\[\]()<>/\d][^\s:：|`\[\]()<>/]{0,5}\s*[:：]\s*){1,3}"
)
_ENDS_IN_SHORTCODE = lazy_re.compile(r":[a-z0-9_+-]+:\s*$")
LABEL_ENDS = (":", "：")  # the colons a label ends with: a text of labels alone ends with one


def says_nothing(text: str) -> bool:
    """Whether a cell's text says nothing: a null a generator printed (``NOTHING_SAID``), or
    labels alone, each before its colon, with nothing after the last (`소개 :`)."""
    return text in NOTHING_SAID or (
        text[-1:] in LABEL_ENDS
        and _LABELS_ALONE.fullmatch(text) is not None
        and _ENDS_IN_SHORTCODE.search(text) is None
    )


# the words that say an entry or its link is still to come (`TBD`, `Coming soon`, `待定`): a
# pattern, without flags; a rule matches it whole (a target, an item) or searches a text for it
TO_COME = (
    r"tb[ad]|todo|wip|(?:coming[\s_-]*)?soon|即将|待定|待补充|待更新|敬请期待"
    r"|待开源|未开源|暂未开源|待发布"  # to be open-sourced, to be released
)


# a cell struck through whole (`~~[Docker Hub Search](…)~~`, with a note after it or not), or a
# link whose text is (`[~~Game cart macropad~~](…)`)
_STRUCK = lazy_re.compile(r"(?:~~.+~~|\[~~[^\[\]]+~~\]\([^()\s]*\))\S*(?:[（(].*[)）])?")


def retired(texts: Sequence[str]) -> bool:
    """Whether a row's entry is struck out: a cell of it struck through whole, a retired entry
    the list keeps as a record."""
    return any(text.startswith(("~~", "[~~")) and _STRUCK.fullmatch(text) for text in texts)


# a link of no text and no target, an image of no source: the markup of a row left to be copied
# (an image's attributes read up to a bound: a hostile `<img` of no `>` is no long search)
_BLANK_MARKUP = lazy_re.compile(
    r"!?\[[^\[\]]{0,20}\]\(\s*\)|<img\b[^>]{0,200}?\bsrc\s*=\s*(?:\"\"|'')[^>]{0,200}>",
    re.IGNORECASE,
)


def unfilled(texts: Sequence[str]) -> bool:
    """Whether a row writes nothing but blank markup: a template the list keeps for contributors
    to copy (`| []() |  |  | <img src="" width="200px" /> |` ending each table; links of a label
    and no target, `| | | [arxiv]() | [note]() |`)."""
    marked = False
    for text in texts:
        if not text:
            continue
        if "](" not in text and "src" not in text:
            return False  # most rows: a word written
        rest = _BLANK_MARKUP.sub("", text)
        if rest.strip():
            return False
        marked = True
    return marked


# a link's target (`](…)`), read where a row may be a template's
_TARGET = lazy_re.compile(r"\]\(([^()\n]*)\)")


def links_left_empty(texts: Sequence[str]) -> bool:
    """Whether a row's links all have no target, two at least (`| <div id="llm_latest">
    2025.0x0x</div> | | [Paper]()<br />[GitHub]() | [hf models]() | …`): a row that shows how
    to write one, where tables end so (``Analysis.template_rows``)."""
    targets = [target for text in texts for target in _TARGET.findall(text)]
    return len(targets) >= 2 and not any(target.strip() for target in targets)


# a link's destination, its `](` and `)` with it (`[Code](https://github.com/microsoft/GLIP)`)
_DESTINATION = lazy_re.compile(r"(\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\))")


# the emoji GitHub shows for the shortcodes tables write as marks (`:heavy_check_mark:` is
# `✔️`): one mark spelt two ways, keyed alike (a variation selector, U+FE0E or U+FE0F, asks for
# the mark's text or emoji look and is no other value)
_SHORTCODES = {
    "+1": "👍", "-1": "👎", "100": "💯", "apple": "🍎", "ballot_box_with_check": "☑",
    "black_circle": "⚫", "blue_circle": "🔵", "boom": "💥", "computer": "💻",
    "construction": "🚧", "dollar": "💵", "exclamation": "❗", "fire": "🔥", "free": "🆓",
    "green_circle": "🟢", "grey_exclamation": "❕", "grey_question": "❔", "heart": "❤",
    "heavy_check_mark": "✔", "heavy_dollar_sign": "💲", "heavy_exclamation_mark": "❗",
    "heavy_minus_sign": "➖", "heavy_multiplication_x": "✖", "heavy_plus_sign": "➕",
    "hourglass": "⌛", "hourglass_flowing_sand": "⏳", "large_blue_circle": "🔵", "lock": "🔒",
    "moneybag": "💰", "negative_squared_cross_mark": "❎", "new": "🆕", "no_entry": "⛔",
    "no_entry_sign": "🚫", "o": "⭕", "orange_circle": "🟠", "penguin": "🐧",
    "purple_circle": "🟣", "question": "❓", "red_circle": "🔴", "rocket": "🚀",
    "sparkles": "✨", "star": "⭐", "star2": "🌟", "thumbsdown": "👎", "thumbsup": "👍",
    "unlock": "🔓", "warning": "⚠", "white_check_mark": "✅", "white_circle": "⚪",
    "x": "❌", "yellow_circle": "🟡", "zap": "⚡",
}  # fmt: skip
# an emoji's shortcode (`:rocket:`), its name in the group
SHORTCODE = lazy_re.compile(r":([a-z0-9_+-]+):")
PRESENTATION = str.maketrans("", "", "\ufe0e\ufe0f")


def _emoji(found: re.Match[str]) -> str:
    return _SHORTCODES.get(found.group(1), found.group())


def as_drawn(text: str) -> str:
    """A text with the emoji GitHub draws for its shortcodes (``_SHORTCODES``) and no
    presentation selectors: two texts alike so are drawn alike."""
    if ":" in text:
        text = SHORTCODE.sub(_emoji, text)
    return text.translate(PRESENTATION)


# a column's values repeat row after row (AL005 keys every cell of a column of marks)
@lru_cache(maxsize=1 << 17)
def value_key(value: str) -> str:
    """Spellings of one value share a key: NFKC, case-folded, without whitespace, `-`, `_`,
    `.`, invisible format characters, an emoji's presentation selector, surrounding code or
    emphasis markup and a trailing "license"/"licence"; an emoji's shortcode is the emoji.
    Two values with different keys are different values; an empty key (a cell of markup only)
    matches nothing."""
    text = unicodedata.normalize("NFKC", value).strip()
    if not text.isascii():  # (no format character is ASCII: most cells pass at C speed)
        text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    text = as_drawn(text)
    while (stripped := text.strip())[:1] in _MARKS and stripped[-1:] in _MARKS and stripped:
        unwrapped = _MARKUP.sub(r"\1", stripped)  # (no mark at both ends: no markup to unwrap)
        if unwrapped == stripped:
            break
        text = unwrapped
    # a number's sign, an open range and a grade's minus are what they say (`-1` is not `1`,
    # `2020-` is "since 2020", not `2020`, `A-` is not `A`): kept in the key, as a `-` between
    # digits is
    sign = "-" if _SIGNED.match(text) else ""
    since = "-" if _OPEN_RANGE.search(text) or _GRADE_MINUS.fullmatch(text) else ""
    if "](" in text:
        # a link's destination is where it goes, not a spelling: kept as written (`GLIP` and
        # `GLIP.` are two addresses), the text around it keyed as any value's
        parts = _DESTINATION.split(text)
        key = "".join(
            part if index % 2 else _SEPARATORS.sub("", part.casefold())
            for index, part in enumerate(parts)
        )
    else:
        key = _SEPARATORS.sub("", text.casefold())
    for suffix in ("licence", "license"):
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
    return f"{sign}{key}{since}" if key else key


# what a table writes for "none" on purpose: a deliberate empty
_BARE_NONE = ("-", "--", "—", "–", "/", "\\", "n/a", "na", "none", "无", "暂无")
# the emoji of a minus, as GitHub draws its shortcode (DmitryRyumin's conference lists write
# `:heavy_minus_sign:` in each paper's `Repo` or `Video` cell it has none for)
_MINUS_SIGNS = ("➖", "➖\ufe0f", ":heavy_minus_sign:")
# and in brackets (`[无]`, Play-Leetcode's 1,583 official solutions there are none of)
_NONE = frozenset(
    {
        *_BARE_NONE,
        *(f"{left}{mark}{right}" for mark in _BARE_NONE for left, right in ("[]", "()", "（）")),
        *_MINUS_SIGNS,
    }
)
_LONGEST_NONE = max(map(len, _NONE))


def is_none_mark(text: str) -> bool:
    """Whether a (trimmed) cell says "none" on purpose (`-`, `N/A`, `无`) rather than holding a
    value."""
    return len(text) <= _LONGEST_NONE and text.casefold() in _NONE


def count_none_marks(texts: Iterable[str]) -> int:
    """How many of the (trimmed) cells are ``is_none_mark``: in one pass at C speed, without a
    Python step for each cell of a column (the texts short enough to be a mark, by ``compress``
    on their lengths, case-folded and looked up)."""
    texts = texts if isinstance(texts, (list, tuple)) else list(texts)
    short = compress(texts, map(_LONGEST_NONE.__ge__, map(len, texts)))
    return sum(map(_NONE.__contains__, map(str.casefold, short)))


# a measurement: a score, a share, a price, a size in a unit of none (`0.717`, `93.2%`, `<1.5`,
# `$0.20`)
_MEASURE = lazy_re.compile(r"[<>~≈±]?\s*[$€£¥￥]?\s*\d+(?:[.,]\d+)?\s*%?")
_MEASURED = 0.75  # of a column's values that are measurements: a column of results
# values of a column that says which setting or variant a row is, at most: a leaderboard's
# split (`Test`, `Dev`), a robot description's format (`URDF`, `MJCF`)
SETTINGS = 6


def results(texts: Sequence[str]) -> bool:
    """Whether a column's filled cells hold results (a benchmark's scores: `0.717`, `93.2%`):
    most of them are measurements with a fraction or a percent, so not counts or years."""
    texts = [text.strip("*_` ") for text in texts]
    measured = [text for text in texts if _MEASURE.fullmatch(text)]
    fractions = sum(1 for text in measured if "." in text or "," in text or "%" in text)
    return len(measured) >= _MEASURED * len(texts) and fractions * 2 >= len(measured) > 0


def result_columns(by_column: Sequence[Sequence[str]]) -> set[int]:
    """The columns of a table of results on several benchmarks (`SVT`, `IIIT5k`, `IC13`, each
    a score), given its cells column by column: two or more whose filled cells are results;
    none where only one is (each entry's result, which a row should give)."""
    found = {
        index for index, texts in enumerate(by_column) if results([text for text in texts if text])
    }
    return found if len(found) >= 2 else set()
