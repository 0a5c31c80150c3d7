"""AL201 duplicate-link: the same entry twice: in one section always, across sections where the
list does not repeat entries by design."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import cache, cached_property, partial
from itertools import chain, pairwise, zip_longest
from typing import NamedTuple
from urllib.parse import unquote

from awesome_lint import lazy_re
from awesome_lint.analysis import Analysis
from awesome_lint.badges import Definitions
from awesome_lint.document import Cell, Document, Row, Table
from awesome_lint.entries import (
    DEFAULT_ALIASES,
    RELATED_HEADERS,
    Entry,
    credit_columns,
    dates_apart,
    header_key,
    is_link_label,
    later_day,
    mostly_empty,
    normalize_header,
    numbering_columns,
    roles_of,
    same_days,
    title_column,
    two_catalogues,
)
from awesome_lint.inline import InlineLink, broken_autolink, kept_links, links, plain_text
from awesome_lint.rule import Context, Finding, Need, Rule, Severity
from awesome_lint.titles import coined_prefix
from awesome_lint.urls import (
    LICENSE_PAGES,
    OWNER_HOSTS,
    PAPER_HOSTS,
    SCHEME,
    VIDEO_HOSTS,
    arxiv_version,
    edit_distance,
    host_of,
    is_web_url,
    name_key,
    names_no_paper,
    normalize_url,
    relative_target,
)
from awesome_lint.values import (
    LETTER,
    SETTINGS,
    SHORTCODE,
    TO_COME,
    is_none_mark,
    result_columns,
    value_key,
)


class _Seen(NamedTuple):
    """An entry's link met before (a named tuple: one is made for every entry's link)."""

    entry: Entry
    url: str  # as written: where it is is read only for a finding (most links are written once)
    section: int

    @property
    def column(self) -> int:
        return _column_of(self.entry, self.url)


_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call


# where people post about an entry: a post is a mention, not one of the entry's resources (a
# weekly digest links the paper and a tweet about it; two tweets do not make two papers)
_MENTION_HOSTS = ("twitter.com", "x.com", "weibo.com", "reddit.com", "news.ycombinator.com")


def _mention(key: str) -> bool:
    host = key.removeprefix("//").partition("/")[0]
    return any(host == mention or host.endswith("." + mention) for mention in _MENTION_HOSTS)


_LABEL = 3  # rows that bear one name: a column of credits or labels, not of names


def _same_name(one: str, other: str) -> bool:
    """Whether two entries bear one name (an address written as the name, with or without its
    trailing slash, is one name): rows of one name that share their link are one entry, however
    their other links differ (a blog listed twice with two feeds)."""
    if name_key(one) == name_key(other):
        return True
    return "://" in one and normalize_url(one.strip()) == normalize_url(other.strip())


def _cell_links(document: Document, entry: Entry) -> list[frozenset[str]]:
    """A table row's links by cell, normalized, but its description's, images and posts about
    it (names, papers, checkpoints, videos, code)."""
    if entry.table is None:
        return []
    row = entry.table.body[entry.row_index]
    found: list[frozenset[str]] = []
    for cell in row.cells:
        if cell.column == entry.description_column:
            continue
        keys = {
            normalize_url(link.url)
            for link in links(cell.text, document.definitions)
            if link.url and not link.image
        }
        keys = {found for found in keys if not _mention(found)}
        if keys:
            found.append(frozenset(keys))
    return found


def _distinct(
    document: Document, one: Entry, other: Entry, key: str, common: frozenset[str]
) -> bool:
    """Two table rows that share a link but each have links of their own the other lacks (two
    models under one release page, each with its checkpoints; two videos on one book), unless
    one row's cell of that link repeats two or more links of the other's (a row that lists
    another model's checkpoints again). ``common``: the links many rows of their table write
    (``_Tallies.common``), no row's own."""
    mine, theirs = _cell_links(document, one), _cell_links(document, other)
    for cell in (cell for cell in mine if key in cell):
        for their_cell in (found for found in theirs if key in found):
            common_cell = cell & their_cell
            if len(common_cell) >= 2 and common_cell in (cell, their_cell):
                return False
    # a link written in many rows of the table (`[更多飞桨案例](…)` in a column of "more" links)
    # tells no two rows apart
    shared = common if one.table is other.table else frozenset()
    mine_all = frozenset().union(*mine) - {key} - shared
    theirs_all = frozenset().union(*theirs) - {key} - shared
    return bool(mine_all - theirs_all) and bool(theirs_all - mine_all)


def _links_shared(document: Document, key: str, one: Entry, other: Entry) -> bool:
    """Whether two rows that share a link share another."""
    mine = frozenset().union(*_cell_links(document, one))
    return bool(mine & frozenset().union(*_cell_links(document, other)) - {key})


def _on_code_host(key: str) -> bool:
    """Whether a link key is a page of a code host (a repository, an owner)."""
    return key.removeprefix("//").partition("/")[0] in OWNER_HOSTS


def _owner_page(key: str) -> bool:
    """Whether a normalized link is an owner's page on a code host (`huggingface.co/Qwen`) or
    a video site's channel (`youtube.com/@AndrejKarpathy`): a vendor or an author, not one of
    their projects or series."""
    host, _, path = key.removeprefix("//").partition("/")
    if host in VIDEO_HOSTS:
        return bool(_CHANNEL.fullmatch(path))
    return host in OWNER_HOSTS and bool(path) and not any(char in path for char in "/?#")


def _channel(key: str) -> bool:
    """Whether a normalized link is on a video site (where ``_owner_page`` finds channels)."""
    return key.removeprefix("//").partition("/")[0] in VIDEO_HOSTS


def _one_author(one: str, other: str) -> bool:
    """Whether two names start with one author's (`Andrej Karpathy: Deep Dive…`, `Karpathy:
    Zero to Hero`): the words before their `:` share one of four letters or more."""
    heads = [_AUTHOR_END.split(name, maxsplit=1) for name in (one, other)]
    if any(len(parts) < 2 for parts in heads):
        return False
    first, second = ({w for w in _letter_words(_name_words(p[0])) if len(w) >= 4} for p in heads)
    return bool(first & second)


_AUTHOR_END = lazy_re.compile(r"[:：]")  # no `\s*` around it: a run of spaces read once


_CHANNEL = lazy_re.compile(
    r"(?:@[^/?#]+|(?:c|channel|user)/[^/?#]+)(?:/(?:videos|featured|playlists))?/?"
)


_NUMBER = lazy_re.compile(r"\d+(?:\.\d+)*")
_VERSION_MARK = lazy_re.compile(r"v(?=\d)")
_NOT_LETTERS = lazy_re.compile(r"[\d\W_]+")


# a row's or an item's number written before its name (`14) BEAVERTAILS: …`, `3. `, `(2)`)
_ORDINAL = lazy_re.compile(r"\A\s*\(?\d{1,4}[.)、]\s+")  # anchored: tried once, not at each place
# a title's count of what it lists, before its words (`47 machine learning projects`): the same
# article under one link, counted again as it grows, not another version of a thing
_COUNT = lazy_re.compile(r"\A\d{1,4}\+?\s+(?=[^\W\d_])")


def _versions(one: str, other: str) -> bool:
    """Two names of one family that differ only in their numbers, versions or sizes (`Llama
    3.1` and `Llama 3.2`, `Koala-7B` and `Koala-13B`, `Baichuan` and `Baichuan2`, `SQuAD` and
    `SQuAD2.0`): model and dataset lists give each its row, often under the family's one home
    page (another site's: two lines of a table of contents that point at one heading are a
    slip, whatever their dates). A bare name and the name with a size (`ChatGLM`,
    `ChatGLM-6B`) stay one project: the size's unit makes their letters differ; a version's
    `v` is no letter (`longbench`, `longbenchv2`); a row's number before its name is none
    (`1) BeaverTails: …` and `14) BEAVERTAILS: …`)."""
    first, second = (
        _VERSION_MARK.sub("", _unnoted(name_key(_ORDINAL.sub("", name)))) for name in (one, other)
    )
    letters = _NOT_LETTERS.sub("", first)
    if _COUNT.sub("", first) == _COUNT.sub("", second):
        return False  # `47 Machine Learning Projects for 2021`, `28 …`: one article's counts
    return (
        bool(letters)
        and letters == _NOT_LETTERS.sub("", second)
        and _NUMBER.findall(first) != _NUMBER.findall(second)
    )


def _siblings(key: str, one: str, other: str) -> bool:
    """Two models of one family under the family's page, each name with words of its own after
    the family's (`Gemini 2.5 Pro` and `Gemini 2.5 Flash`, `DeepSeek-V3` and `DeepSeek-R1` under
    `deepseek.com`), the page naming neither's own: two entries. A bare name and the name with
    more (`ChatGLM`, `ChatGLM-6B`) or one name spelt two ways stay one entry."""
    first, second = _name_words(one), _name_words(other)
    if not (1 < len(first) <= _MODEL_WORDS and 1 < len(second) <= _MODEL_WORDS):
        return False  # two titles of one first word are two papers' or one paper's twice
    if first[0] != second[0] or not first[0].isalpha():
        return False
    mine, theirs = set(first[1:]) - set(second[1:]), set(second[1:]) - set(first[1:])
    if not mine or not theirs or "".join(first) == "".join(second):
        return False
    words, _ = _url_words(key)
    return not (words & (mine | theirs)) and not _typed_apart(
        " ".join(sorted(mine)), " ".join(sorted(theirs))
    )


_FAMILY_LETTERS = 4  # letters of a family's name, at least, for a link to be its page


def _family(key: str, one: str, other: str) -> bool:
    """Two members of a family under the family's page, which the link spells: both names start
    with its words and go on with words of their own the link does not name (`An Event Apart
    Seattle` and `An Event Apart Boston` under `aneventapart.com`, `DreamHan Sans` and
    `DreamHan Serif` under `…/dream-han-cjk`; a name in two languages, `梦源黑体 / DreamHan
    Sans`, by either)."""
    words, joined = _url_words(key)
    return any(
        _of_family(words, joined, first, second)
        for first in _spellings(one)
        for second in _spellings(other)
    )


def _spellings(name: str) -> list[list[str]]:
    """The words of a name, and of each of its spellings written apart (`梦源黑体 / DreamHan`)."""
    parts = [part for part in name.split(" / ") if part.strip()] if " / " in name else []
    return [_name_words(name), *map(_name_words, parts[:2])]


def _of_family(words: frozenset[str], joined: str, first: list[str], second: list[str]) -> bool:
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    mine, theirs = first[shared:], second[shared:]
    family = "".join(first[:shared])
    if not mine or not theirs or len(family) < _FAMILY_LETTERS or family not in joined:
        return False
    return words.isdisjoint(mine + theirs) and not _typed_apart(" ".join(mine), " ".join(theirs))


def _typed_apart(one: str, other: str) -> bool:
    """Whether two names' own words are one word typed two ways: a version's `v` (`v3`, `3`),
    letters left out inside it (`outpaing`, `outpainting`), or one letter wrong; not a word
    added to another (`dragon`, `icedragon`) or two words (`local`, `global`)."""
    one, other = _VERSION_MARK.sub("", one), _VERSION_MARK.sub("", other)
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    if len(long) > _LONGEST_NAME or len(long) <= _CODE_LETTERS:
        return False  # a long title; or codes, a letter apart by design (`DQ`, `RQ`; `CN`, `EN`)
    letters = iter(long)
    inside = all(char in letters for char in short)  # ``short`` a subsequence of ``long``
    return (inside and short not in long) or edit_distance(one, other) <= 1


_CODE_LETTERS = 3  # letters of a split's or a language's code at most (`DQ`, `EN`, `val`)


# words of a model's name at most (`Claude 3.7 Sonnet`); a title has more
_MODEL_WORDS = 4
_WORD = lazy_re.compile(r"[^\W_]+")
_DIGITS = lazy_re.compile(r"\d+")


_LANGUAGE_PATH = lazy_re.compile(
    r"(?i)[a-z]{2}(?:[-_][a-z]{2,4})?/?"
)  # `en`, `zh-cn`: a home page's


def _url_words(key: str) -> tuple[frozenset[str], str]:
    """The words of a normalized link's path (of its host for a home page), and those words
    run together: what the link says it is the page of."""
    host, _, path = key.removeprefix("//").partition("/")
    if not path.strip("/") or _LANGUAGE_PATH.fullmatch(path):
        path = host.removeprefix("www.").rpartition(".")[0]  # a home page, maybe in a language
    # a path's letters as written (`电子书/高性能MySQL_英文版.pdf`, sent as `%E7%94%B5…`)
    words = _WORD.findall(unquote(path.split("?", 1)[0].split("#", 1)[0]).casefold())
    return frozenset(words), "".join(words)


# a note before a name in parentheses, with its emphasis: `*(New! 2019)* **NTU RGB+D 120**`
_NOTE_BEFORE = lazy_re.compile(r"\s*[(（][^()（）]*[)）][*_\s]*")


def _unnoted(key: str) -> str:
    """A name key without a note in parentheses before the name."""
    if key[:1] not in "(（" and key.lstrip()[:1] not in "(（":
        return key
    return _NOTE_BEFORE.sub("", key, count=1) or key


def _name_words(name: str) -> list[str]:
    """The words of an entry's name, without what it adds in brackets (`Japanese Stable LM Beta
    70B (base-beta-70b, instruct-beta-70b)`: its checkpoints)."""
    key = _unnoted(name_key(name))
    if ":" in key:  # the emoji a name's links show (`Revolut :rocket: :octocat:`) are no words
        key = SHORTCODE.sub(" ", key)
    head = _BRACKET_OPEN.split(key, maxsplit=1)[0]
    return _WORD.findall(head if head.strip() else key)


_BRACKET_OPEN = lazy_re.compile(r"[(（\[]")  # what an entry's name adds in brackets starts so


_APP_LETTERS = 4  # letters of a first word, at least, for two names of it to be one app's


# a video's page: a shared one is shown beside each entry it is about
_VIDEO = lazy_re.compile(
    r"(?:https?:)?//(?:www\.|m\.)?(?:youtube\.com/watch|youtu\.be/|vimeo\.com/|bilibili\.com/video/)"
)


def _one_app(one: Entry, other: Entry) -> bool:
    """Whether two rows of two names that start with one word (`Immich` and `Immich without
    machine learning`, `Planka (Legacy)` and `Planka v2`) are variants of one app, which may
    show one video about it."""
    first, second = _name_words(one.name), _name_words(other.name)
    return (
        bool(first and second)
        and first != second
        and first[0] == second[0]
        and len(first[0]) >= _APP_LETTERS
        and first[0].isalpha()
    )


def _named(name: str, words: frozenset[str], joined: str) -> bool:
    """Whether a link names an entry: each of the name's words with a number (`40b`, `v2`) is
    one of the link's words, each other word is written in it (`stable lm` in `stablelm`); of
    a title, three quarters of its words."""
    found = _name_words(name)
    written = sum(
        1 for word in found if (word in words if _DIGITS.search(word) else word in joined)
    )
    if len(found) >= _TITLE:
        return written * 4 >= len(found) * 3  # a pdf's name cuts a long title short
    return bool(found) and written == len(found)


def _foreign(name: str, words: frozenset[str], joined: str) -> bool:
    """Whether a link names something else than an entry: none of the entry's words is written
    in it (`OVSeg` and `segment-anything`; of a title, at most a quarter are its words), or the
    entry's sizes and versions are not among the link's, which has its own (`falcon-7b` and
    `falcon-40b`)."""
    found = _name_words(name)
    numbered = [word for word in found if _DIGITS.search(word)]
    other_sizes = any(_DIGITS.search(word) for word in words)
    if numbered and other_sizes and not any(word in words for word in numbered):
        return True
    letters = _letter_words(found)
    if len(letters) >= _TITLE:
        # a title's few common words (`super`, `resolution`) in another paper's pdf name
        return sum(1 for word in letters if word in words) * 4 <= len(letters)
    if not letters:
        # a short name (`D`, `QM9`): foreign where the link does not write it (`dlang` does)
        return "".join(found) not in joined
    return not any(word in joined for word in letters)


_WORD_LETTERS = 3  # letters of a word of a name's, at least, for it to count as one


def _letter_words(words: list[str]) -> list[str]:
    """A name's words without their numbers, those of three letters or more."""
    # a word of letters alone (most) holds no digit to take out: ``isalpha`` is false for each
    # character ``_DIGITS`` matches
    return [
        word
        for word in (word if word.isalpha() else _DIGITS.sub("", word) for word in words)
        if len(word) >= _WORD_LETTERS
    ]


# words that make a name a title, a paper's, not a name (`_named` counts all its words,
# `_foreign` those of three letters or more)
_TITLE = 6


_TITLED = 4  # words of three letters or more that make a link's text a title


def _titled(text: str) -> bool:
    """Whether a text (a name, a link's) holds the words of a title: `_TITLED` or more."""
    # ASCII keeps its length in a key, and that many words of three letters need that many
    # letters and a space between two: most labels (`paper`, `arXiv`) are told without a split
    if len(text) < _TITLED * (_WORD_LETTERS + 1) - 1 and text.isascii():
        return False
    return len(_letter_words(_name_words(text))) >= _TITLED


_RETITLED = 2  # words of each title that the other lacks: two titles, not one typed two ways


def _titled_apart(one: str, other: str) -> bool:
    """Whether two link texts are the titles of two works (`CrossCodeEval: A Diverse and
    Multilingual Benchmark…`, `Repository-Level Code Completion Through…`): a page is one
    work's, so one of the two links is copied from the other row."""
    mine = set(_letter_words(_name_words(one)))
    theirs = set(_letter_words(_name_words(other)))
    if len(mine) < _TITLED or len(theirs) < _TITLED:
        return False
    return len(mine - theirs) >= _RETITLED and len(theirs - mine) >= _RETITLED


def _named_apart(one: str, other: str) -> bool:
    """Whether two link texts name two works that share no word (`PH-LLM` and `Med_Gemini`,
    `BioGPT` and `Pretrained Language Models for Biomedical …`), neither name holding the
    other's letters (`MobileVLM` and `MobileVLM V2` are one work's)."""
    mine = _letter_words(_name_words(one))
    theirs = _letter_words(_name_words(other))
    if not mine or not theirs or not set(mine).isdisjoint(theirs):
        return False
    joined, others = "".join(mine), "".join(theirs)
    return joined not in others and others not in joined


def _owners(entry: Entry) -> set[str]:
    """The owners on code hosts an entry's links name (`github.com/thudm` of `THUDM/GLM-4`):
    two works of one lab may share the paper that presents both (`GLM-4v` and `CogVLM2`)."""
    found = set()
    for link in entry.urls:
        host, _, path = normalize_url(link.url).removeprefix("//").partition("/")
        owner = path.partition("/")[0]
        if host in OWNER_HOSTS and owner:
            found.add(f"{host}/{owner}")
    return found


def _two_works(tallies: _Tallies, seen: _Seen, entry: Entry, text: str) -> bool:
    """Whether an entry's link text and the earlier entry's under one paper's page name two
    works: two titles apart, or two names that share no word, outside a table of results and
    where the rows' other links name no common owner."""
    earlier = _text_of(seen.entry, seen.url)
    return _titled_apart(earlier, text) or (
        _named_apart(earlier, text)
        and not tallies.scored(seen.entry, entry)
        and _owners(seen.entry).isdisjoint(_owners(entry))
    )


def _text_of(entry: Entry, url: str) -> str:
    """The text of an entry's link to ``url`` (its first such link)."""
    return next((link.text for link in entry.urls if link.url == url), "")


def _own_file(key: str) -> bool:
    """Whether a link's key is a file of the list's own repository (`docs/kraken-guide.md`), no
    address of a site nor of another scheme (`mailto:`, `ftp://`)."""
    return not key.startswith("//") and SCHEME.match(key) is None


def _misattributed(key: str, one: Entry, other: Entry) -> bool:
    """Whether two entries share a link that is the page of one of them and plainly not of the
    other: a link copied into the wrong row (`falcon-7b` linking `huggingface.co/tiiuae/
    falcon-40b`, the next row's), whatever else the rows have of their own."""
    return _copied_into(key, one, other) is not None


_SLUG_GAPS = lazy_re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _SLUG_GAPS.sub("-", text.casefold()).strip("-")


def _slug_of_one(key: str, one: Entry, other: Entry) -> bool:
    """Whether a link's last part is one entry's name of words written as a slug and not the
    other's (`…/problems/longest-increasing-subsequence/` under `Longest Increasing Subsequence`
    and `Longest Common Subsequence`): the page of the first, copied into the other's row. A name
    going on with more (`Playfair Display SC`) is a variant or a version of the first."""
    last = key.rstrip("/").rpartition("/")[2]
    if "-" not in last or not last.isascii():
        return False  # a slug of one word names too little to tell
    if " " not in one.name.strip() or " " not in other.name.strip():
        return False  # a package's name (`tdesign-uniapp`), maybe in its family's repository
    mine, theirs = _slug(one.name), _slug(other.name)
    if mine.startswith(theirs) or theirs.startswith(mine):
        return False  # a name going on with more (`Playfair Display SC`): a variant, a version
    return last.casefold() in (mine, theirs)


def _files_name_one(document: Document, key: str, one: Entry, other: Entry) -> bool:
    """Whether a shared link's last part, a slug (`…/problems/house-robber-ii`), is in the other
    links of the earlier row ``one`` (its solution `./0213.house-robber-ii.py`) and not of the
    later row ``other`` (whose own is `./0220.contains-duplicate-iii.py`): the first row's page,
    copied into the later one's. A repository's home is not read so: it may hold several
    packages (`tdesign-uniapp` in `tdesign-miniprogram`'s repository)."""
    last = key.rstrip("/").rpartition("/")[2].casefold()
    if "-" not in last or not last.isascii() or _REPOSITORY_HOME.search(key) is not None:
        return False  # a slug of one word names too little to tell
    mine = frozenset().union(*_cell_links(document, one)) - {key}
    theirs = frozenset().union(*_cell_links(document, other)) - {key}
    if not mine or not theirs:
        return False
    return any(last in url.casefold() for url in mine) and not any(
        last in url.casefold() for url in theirs
    )


# a code host's repository home (`//github.com/tencent/tdesign-miniprogram`), as normalized
_REPOSITORY_HOME = lazy_re.compile(
    r"^//(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[^/]+/[^/]+/?$"
)


# between the works a row lists in one name cell (`Cross-View-AG / AGD20K`, `模型A、模型B`)
# (a `/` with a space on each side: `\s+/\s+` backtracks over a long run of spaces)
_WORKS = lazy_re.compile(r"(?<=\s)/(?=\s)|、")


def _works(name: str) -> list[str]:
    """The works a name lists, each its own name: `SceneFun3D / 3D AffordanceNet` is two."""
    return [part.strip() for part in _WORKS.split(name) if part.strip()] or [name]


def _names_one(works: list[str], words: frozenset[str], joined: str) -> bool:
    return any(_named(work, words, joined) for work in works)


def _foreign_all(works: list[str], words: frozenset[str], joined: str) -> bool:
    return all(_foreign(work, words, joined) for work in works)


def _names_both(key: str, one: Entry, other: Entry) -> bool:
    """Whether a link names two entries, each with words of its own (`papers-explained-241-
    pixmo-and-molmo` for `Pixmo` and `Molmo`): a page about both, not one entry listed twice
    (but `ChatGLM-6B`'s repository for `ChatGLM` and `ChatGLM-6B`, or `heroicons.dev` for `Hero
    Icons` and `Heroicons`, is one entry's: one name holds the other's letters)."""
    words, joined = _url_words(key)
    if not joined or not (_named(one.name, words, joined) and _named(other.name, words, joined)):
        return False
    if any(_titles_page(entry.name, words) for entry in (one, other)):
        return False  # one row names the page by its whole title: the other names it too
    mine, theirs = ("".join(_letter_words(_name_words(entry.name))) for entry in (one, other))
    return bool(mine) and bool(theirs) and mine not in theirs and theirs not in mine


_SLUG_WORDS = 4  # words of a page's path, at least, for it to write a title
_SLUG_SHARE = 0.8  # of those, that a name writes, for it to be the page's whole title


def _titles_page(name: str, words: frozenset[str]) -> bool:
    """Whether a name writes nearly every word of a page's path, a title's slug (`RCE/LiteLLM:
    LiteLLM 1.83.14 - Chaining an Environment Variable Leak…` for `…/rcelitellm-litellm-1-83-14-
    chaining-an-environment-variable-leak…/`; `use-after-free-in-afdsys-cve-2026-21241.html`
    written as its own name): the page's one article, whatever the other row calls it."""
    if len(words) < _SLUG_WORDS:
        return False
    return len(words & set(_WORD.findall(name_key(name)))) >= _SLUG_SHARE * len(words)


def _names_neither(key: str, one: Entry, other: Entry) -> bool:
    """Whether a repository's link says nothing of two entries of Latin names (`github.com/
    anthropics/hh-rlhf` for `HHH` and `RedTeam`): a repository that holds both."""
    _, joined = _url_words(key)
    if not joined or not _on_code_host(key):
        return False
    if _misspelt(name_key(one.name), name_key(other.name)):
        return False  # `sd-outpaing` after `Sd-Outpainting`: one name, typed twice
    return all(
        _LATIN.search(entry.name) and not _mentioned(entry.name, joined) for entry in (one, other)
    )


_LATIN = lazy_re.compile(r"[A-Za-z]{2}")

# the last word of a page's path that makes it a page of many (`quantum-machine.org/datasets/`)
_LISTING = frozenset(
    {"datasets", "data", "models", "tools", "resources", "downloads", "software", "projects",
     "benchmarks", "corpora", "publications", "papers", "apps", "products", "services"}
)  # fmt: skip


_PAGE_EXTENSION = lazy_re.compile(r"\.(?:html?|php|aspx?|jsp)/?$")


def _listing(key: str, one: Entry, other: Entry) -> bool:
    """Whether two entries of names of their own share a page of many (`QM9` and `QM7/QM7b`
    under `quantum-machine.org/datasets/`): a collection's page names neither."""
    path = key.removeprefix("//").partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    words = _WORD.findall(_PAGE_EXTENSION.sub("", path.casefold()))
    if not words or words[-1] not in _LISTING or _on_code_host(key):
        return False  # (a repository is one project's, `phrase-pinyin-data` too)
    if _misspelt(name_key(one.name), name_key(other.name)):
        return False
    found, joined = _url_words(key)
    return all(_foreign(entry.name, found, joined) for entry in (one, other))


def _misspelt(one: str, other: str) -> bool:
    """Whether two name keys are one name with a few letters wrong or missing: at most a
    quarter of the longer one's letters changed."""
    if one == other:
        return True
    longer = max(len(one), len(other))
    if longer > _LONGEST_NAME or abs(len(one) - len(other)) > longer // 4:
        return False  # a title, not a name: no quadratic walk over strangers' long cells
    return longer >= 4 and edit_distance(one, other) <= longer // 4


_LONGEST_NAME = 80


def _mentioned(name: str, joined: str) -> bool:
    """Whether a link writes any word of a name (of three letters or more)."""
    return any(word in joined for word in _letter_words(_name_words(name)))


# a citation in a name: `(Finegan-Dollak et al., 2018)`, `(Ballesteros and Al-Onaizan, 2017)`;
# blanks before the comma are read once (`\s*,?\s*` would split a run of them two ways at every
# place: a name of a long blank run in brackets took hours)
_CITATION = lazy_re.compile(r"\(([^()]*?\S)(?:\s*,)?\s*((?:19|20)\d\d[a-z]?)\)")


def _citations(name: str) -> set[tuple[str, str]]:
    return {
        (" ".join(authors.casefold().split()), year) for authors, year in _CITATION.findall(name)
    }


def _one_work(one: str, other: str) -> bool:
    """Whether two names cite one work (`Seq2Seq with copying (Finegan-Dollak et al., 2018)`,
    `Template Baseline (Finegan-Dollak et al., 2018)`): two results of one paper on a
    leaderboard, which both link it."""
    return bool(_citations(one) & _citations(other))


def _copied(one: Entry, other: Entry) -> bool:
    """Whether one entry is a verbatim copy of the other: every cell of a table row, or an
    item's name and description, the same. Across sections that is a cross-listing made on
    purpose (the same tool under two categories); a slip comes with its own words."""
    if one.table is not None and other.table is not None:
        mine = one.table.body[one.row_index].texts
        theirs = other.table.body[other.row_index].texts
        return [text.strip() for text in mine] == [text.strip() for text in theirs]
    return (one.kind, one.name, one.description) == (other.kind, other.name, other.description)


_GROUP_RUNS = 2  # rows of a group column's run, on average, at least
_GROUP_VALUES = 3  # groups of a group column, at least
# a column that ranks or grades its rows (a table sorted by it runs in groups too): a row listed
# again at another rank is a slip, not a second group's copy
_RANKS = lazy_re.compile(r"(?i)rank|level|tier|grade|score|rating|评级|等级|级别|排名|分级")


_YEAR_VALUE = lazy_re.compile(r"(?:19|20)\d\d")
# a day (`2025-06-20`, `~~2025/6/20~~` past): a notice or a paper has one, as it has a year
_DAY_VALUE = lazy_re.compile(r"(~~|\*\*|)(?:19|20)\d\d([-/.])[01]?\d\2[0-3]?\d\1")


def _dates_each_row(rows: list[tuple[str, ...]], column: int) -> bool:
    """Whether a column dates each row: a year in every row (a paper's), or a day in rows that
    write one, the others a mark of none or nothing (a notice's deadline, `~~2025-06-20~~`,
    `暂无` where none is known). A row has one date, so a row under two is a slip, not a
    group's."""
    values = [texts[column].strip() for texts in rows if column < len(texts)]
    if all(_YEAR_VALUE.fullmatch(value) for value in values):
        return True
    return any(_DAY_VALUE.fullmatch(value) for value in values) and all(
        _DAY_VALUE.fullmatch(value) or not value or is_none_mark(value) for value in values
    )


def _group_columns(table: Table) -> frozenset[int]:
    """The columns of a table that group its rows (a catalogue's category `5` over its field's
    journals): each value written in one run of rows, three values at least, two rows a run on
    average, no rank (``_RANKS``); a column of row numbers or names has a run for each row."""
    found = set()
    rows = [row.texts for row in table.body]
    for column in range(table.width):
        if _RANKS.search(table.header.texts[column]):
            continue
        if _dates_each_row(rows, column):
            continue
        runs: list[str] = []
        for texts in rows:
            value = texts[column].strip() if column < len(texts) else ""
            if not runs or runs[-1] != value:
                runs.append(value)
        if _GROUP_VALUES <= len(set(runs)) == len(runs) and len(runs) * _GROUP_RUNS <= len(rows):
            found.add(column)
    return frozenset(found)


def _name_index(entry: Entry) -> int:
    """The column of a table row's cell that names its entry, or -1."""
    if entry.table is None:
        return -1
    cells = entry.table.body[entry.row_index].cells
    return next((at for at, cell in enumerate(cells) if cell.column == entry.name_column), -1)


_KEYED_ROWS = 5  # rows of a table keyed by a column other than its names', at least
_LETTER = lazy_re.compile(r"[^\W\d_]")
_KEY_LENGTH = 40  # characters of a key's value, at most: a name, not a description


def _key_columns(table: Table, name: int) -> frozenset[int]:
    """The columns before a table's names that key its rows otherwise: a short value with
    letters in every row as a reader sees it (no address), each written once (an index's
    `Institution` before the paper of each, in `Other Institutions (1 paper each)`; two PIs
    before their lab's page), no rank, no dates, five rows or more. A paper whose row is
    copied under another such key is filed under each, as an index means to."""
    rows = [row.texts for row in table.body]
    if len(rows) < _KEYED_ROWS:
        return frozenset()
    found = set()
    for column in range(max(name, 0)):
        if _RANKS.search(table.header.texts[column]):
            continue
        values = [
            plain_text(texts[column]).strip().casefold() if column < len(texts) else ""
            for texts in rows
        ]
        if (
            len(set(values)) == len(values)
            and all(
                _LETTER.search(value) and len(value) <= _KEY_LENGTH and "://" not in value
                for value in values
            )
            and not _dates_each_row(rows, column)
        ):
            found.add(column)
    return frozenset(found)


def _listed_under_two_groups(one: Entry, other: Entry, groups: frozenset[int]) -> bool:
    """Whether two rows of one table are one row copied into another group of the table:
    every cell the same but the group column's (``groups``) and numbers (`| 293 | **IPL** | … |
    5 |` and `| 354 | **IPL** | … | 6 |`: a catalogue that files a journal under two fields, as
    the one it copies does); a slip comes with other words."""
    table = one.table
    if table is None:
        return False
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    if len(mine) != len(theirs):
        return False
    # a cell in another case is the same cell (`[Selenium](…)` under `Java`, `[selenium](…)`
    # under `JavaScript`)
    differ = [
        index
        for index, (a, b) in enumerate(zip(mine, theirs, strict=True))
        if a.strip().casefold() != b.strip().casefold()
    ]
    return any(index in groups for index in differ) and all(
        index in groups or (mine[index].strip().isdigit() and theirs[index].strip().isdigit())
        for index in differ
    )


_TAG_LIST = lazy_re.compile(r"[,，、]")
_MORE_TAGS = 3  # rows that list more tags than the fewest a row lists, at least
_TAGGED = 0.9  # of a column's filled cells that list two tags or more, at least


def _lists_tags(table: Table, column: int) -> bool:
    """Whether a column's cells are lists of tags (nine in ten list two or more), some rows
    more than others (`srv,dns,monitor` among `srv,dns`): an entry of two tags gets both in its
    one row, so a row copied under another tag (`srv,rpi`) is the entry twice. Not a column of
    kinds that a few rows write two of (`English-Hausa, English-Kanuri`)."""
    counts = [
        len(_TAG_LIST.split(html.unescape(texts[column])))
        for texts in (row.texts for row in table.body)
        if column < len(texts) and texts[column].strip()
    ]
    if sum(1 for count in counts if count > 1) < _TAGGED * len(counts):
        return False
    fewest = min(counts, default=0)
    return sum(1 for count in counts if count > fewest) >= _MORE_TAGS


def _facets(one: Entry, other: Entry) -> bool:
    """Whether two entries in two sections that share a link are two facets of one thing, listed
    on purpose: a verbatim copy (a cross-listing: a slip comes with its own words), or a table
    row and a list item (two catalogues of a list: a timeline of papers and a list of models
    both link the paper)."""
    return (
        one.kind != other.kind
        or _copied(one, other)
        or two_catalogues(one, other)
        or _ALSO.search(other.description) is not None
    )


# the words of a header of what an entry is built with or ships in (a language's grammar in a
# third-party `Package`), not of its own page
_RESOURCE_WORDS = frozenset(
    {"package", "packages", "plugin", "plugins", "grammar", "grammars", "library", "libraries",
     "extension", "extensions", "module", "modules", "implementation", "implementations", "库"}
)  # fmt: skip
# and the words of one in CJK, written anywhere in a header (`插件地址`): no spaces part them
_CJK_RESOURCE = ("包", "插件", "扩展", "实现")


def _resource_column(table: Table, column: int) -> bool:
    """Whether a column links the resources entries use (its header says so: `Package`,
    `Plugin`), most of the table's rows leaving it empty: not each row's own page."""
    header = table.header.cell(column)
    if header is None:
        return False
    words = set(normalize_header(header.text).split())
    named = bool(words & _RESOURCE_WORDS) or any(word in header.text for word in _CJK_RESOURCE)
    return named and mostly_empty(table, column)


def _one_catalogue(analysis: Analysis, one: Entry, other: Entry) -> bool:
    """Whether two rows are of two tables of one header under one heading (`| 文章 | 简介 |`
    twice under `# 有趣的工具`): one catalogue written in two tables, where a row copied word for
    word is an entry added twice, not a cross-listing of two sections."""
    if one.table is None or other.table is None or one.table is other.table:
        return False
    if header_key(one.table) != header_key(other.table):
        return False
    first, second = sorted((one.table, other.table), key=lambda table: table.line)
    lines = analysis.document.source.lines
    # nothing written between them but tables (not `**macOS**` over the second: a platform's
    # table of its own, where a tool of both is listed under each)
    return all(
        not line.strip() or line.lstrip().startswith("|")
        for line in lines[first.end_line : second.line - 1]
    )


# a description that says its entry is listed again for another use (`Can also be used as a
# lightweight local inference server`, `也可用作…`), not one that it does more (`Similar artist
# API (also works for movies)`, TasteDive listed twice by mistake)
_ALSO = lazy_re.compile(
    r"(?i)\b(?:can|could|may) also be (?:used|run|deployed)\b|\balso listed\b|也可(?:以)?用作"
)


def _shared(context: Context) -> set[str]:
    """Links that three or more entries of one section share: a collection, a vendor's page or
    a paper several rows discuss, not one entry listed again."""
    analysis = context.analysis
    counted = Counter(
        (analysis.entry_section(entry), key)
        for entry in analysis.entries.entries
        for key in analysis.entry_keys[entry.line]
    )
    return {key for (_, key), count in counted.items() if count >= 3}


def _titled_alike(key: str, mine: str, theirs: str) -> bool:
    """Whether two name keys are one page's title written apart only in punctuation or in the
    name of the site it was copied from (`… Development Board - AliExpress` and `… Development
    Board AliExpress`, `… Board — AliExpress` and `… Board` under one AliExpress item): one
    product's row written twice. Five words or more: a title, not a short name."""
    first, second = _TITLE_WORD.findall(mine), _TITLE_WORD.findall(theirs)
    if len(first) < _TITLE_WORDS or len(second) < _TITLE_WORDS:
        return False
    site = key.removeprefix("//").partition("/")[0].removeprefix("www.").partition(".")[0]
    return [word for word in first if word != site] == [word for word in second if word != site]


_TITLE_WORDS = 5  # words of a name, at least, for it to be a page's title
_TITLE_WORD = lazy_re.compile(
    r"[^\W_]+[+#]*"
)  # a title's word, a name's symbols kept (`C++`, `C#`)


def _one_title(key: str, one: str, other: str) -> bool:
    """Whether two names under one page of the web (not a site's home) are its one title written
    twice, apart: five words or more each (set apart by spaces), the shorter's words, but for the
    site's name and one word typed a letter apart, a run of the longer's after a word at most
    (the maker's) and before nothing or a description of five words or more (`Seeed Studio
    24GHz mmWave Sensor - Human Static Presence Module Lite` and `Seed Studio … Module Lite -
    human presence, FMCW, Configurable Underlying Parameter, …`; `Mekotronics Rockchip RK3588
    embedded PCs support …` and `Rockchip RK3588 embedded PCs support …`), and no number told
    apart (`… 7B …` beside `… 13B …`: two sizes of one family). A word put in or added is
    another entry's (`Tarifas … correo internacional no prioritario`, `ResNet-50-MEALv2 +
    CutMix`, `DNS4EU Protective with child protection & ad-blocking`)."""
    if not key.startswith("//") or not key[2:].partition("/")[2].strip("/"):
        return False  # a file of the list's, or a site's home page: the page of all it offers
    mine, theirs = name_key(one), name_key(other)
    if mine == theirs or min(len(mine.split()), len(theirs.split())) < _TITLE_WORDS:
        return False  # one name (the list's convention says whether twice is a slip), or short
    site = _site_name(key)
    first = [word for word in _TITLE_WORD.findall(mine) if word != site]
    second = [word for word in _TITLE_WORD.findall(theirs) if word != site]
    if any(char.isdigit() for word in set(first).symmetric_difference(second) for char in word):
        return False
    shorter, longer = sorted((first, second), key=len)
    size = len(shorter)
    for start in range(min(2, len(longer) - size + 1)):  # after the maker's word, if any
        run = longer[start : start + size]
        slips = [(a, b) for a, b in zip(shorter, run, strict=True) if a != b]
        tail = len(longer) - start - size
        if (tail == 0 or tail >= _TITLE_WORDS) and (
            not slips or (len(slips) == 1 and _mistyped(*slips[0]))
        ):
            return True
    return False


_TYPED_LETTERS = 4  # letters of a word, at least, for one a letter apart to be it mistyped


def _mistyped(word: str, other: str) -> bool:
    """Whether a word is another typed with a letter more, less or other (`seed` for `seeed`),
    both four letters or more."""
    return min(len(word), len(other)) >= _TYPED_LETTERS and edit_distance(word, other) == 1


def _same_entry(
    document: Document,
    key: str,
    seen: _Seen,
    entry: Entry,
    section: int,
    common: frozenset[str],
    kinds: Callable[[Table], bool],
) -> bool:
    """Whether an entry under a link several entries of its section share is one of them
    listed again: the same name in the same section (`70万对联数据` twice beside `对联数据`), or
    a short name of it in a row whose every link is the other's, two or more of them, one at
    least of its own (`同方软银` with the company's site and the two reviews of
    `大连同方软银科技股份有限公司`; not `Aperio AT2 DX` beside `Aperio AT2`, whose links are the
    vendor's advisory and the reporter's, written in three rows or more)."""
    if seen.section != section:
        return False
    if seen.url in seen.entry.name:
        return False  # the address written for a name (`链接：https://share.weiyun.com/… 密码：…`)
    mine, theirs = name_key(entry.name), name_key(seen.entry.name)
    if not _lettered(mine) or not _lettered(theirs):
        return False  # a count or a number taken for a name (`5` papers) names nothing
    if mine == theirs or _titled_alike(key, mine, theirs):
        return not _keyed_apart(key, entry, seen.entry, kinds)
    if not mine or not theirs or (mine not in theirs and theirs not in mine):
        return False  # sizes of a family share every link: `InternVL2-1B`, `InternVL2-2B`
    links_of = frozenset().union(*_cell_links(document, entry))
    if len(links_of) < 2 or links_of <= common:
        return False
    return links_of == frozenset().union(*_cell_links(document, seen.entry))


_DIGIT = lazy_re.compile(r"\d")


def _one_year(analysis: Analysis, key: str, one: int, other: int) -> bool:
    """Whether an entry in two years of one catalogue is a work listed twice, however the list
    repeats entries elsewhere (its attacks again among its defenses): a paper or a repository
    belongs to one year. A landing page (`x.ai/blog`) is no work: two models of one vendor."""
    path = key.removeprefix("//").partition("/")[2]
    specific = _on_code_host(key) or bool(_DIGIT.search(path))
    return specific and analysis.two_years(one, other)


def _lettered(name: str) -> bool:
    """Whether a name has a letter: `5`, `2.1` and `-` name nothing."""
    return any(char.isalpha() for char in name)


def _column_of(entry: Entry, url: str) -> int:
    """Where ``url`` is written in the entry's row: its last writing (the link cell's, where
    the name links the same URL)."""
    where = entry.column
    for found, column in zip(entry.urls, entry.url_columns, strict=False):
        if found.url == url:
            where = column
    return where


def _cut_short(document: Document, entry: Entry, index: int) -> bool:
    """Whether an entry's link is the start of an autolink written with spaces (`<https://x/SD
    英雄 - 打倒/>`), all GitHub links of it: two rows cut at one space are AL104's problem, not
    one entry listed twice."""
    link = entry.urls[index]
    if link.text != link.url:
        return False
    line = document.source.lines[entry.line - 1]
    return broken_autolink(line, entry.url_columns[index] - 1, link.url) is not None


def _not_a_heading(url: str) -> bool:
    """Whether a link leads to a page (on the web, or a file of the list's repository), not
    to a heading of the list itself (`#llama-2`, `./#top-ml-papers-of-the-week`)."""
    if is_web_url(url):
        return True
    path, anchor, _ = url.partition("#")
    return not (anchor and path.strip("./") in ("", "README.md", "readme.md"))


def _two_entries(
    document: Document,
    key: str,
    page: bool,
    one: Entry,
    other: Entry,
    names: Counter[str],
    grouped: bool,
    kinds: Callable[[Table], bool],
    common: Callable[[Entry], frozenset[str]],
    written: Callable[[Table], tuple[int, int]],
    numbered: Callable[[Table], frozenset[int]],
) -> bool:
    """Whether two entries that share a link are two entries all the same: two names under an
    owner's page; and, unless the link plainly names one of them and not the other (a link
    copied into the wrong row), sizes of one family under another site's page, rows with links
    of their own (but one name, not a column of labels, is one entry), two results of one
    cited work, or two works of one paper cited alike beside them."""
    if _VIDEO.match(key) and not (one.name_links or other.name_links) and _one_app(one, other):
        return True
    if _owner_page(key) and name_key(one.name) != name_key(other.name):
        # a channel is two entries' where both name its author (two series of one lecturer);
        # another's entry under it has the channel copied into its row
        return not _channel(key) or _one_author(one.name, other.name)
    if _home_of_two(key, one, other, written):
        return True
    if _misattributed(key, one, other):
        return False
    if _coded_apart(one.name, other.name):
        return True
    if _holds_several(key) and name_key(one.name) != name_key(other.name):
        # two kernels of one source file, two parts of one folder of the list's; not a notebook
        # named for one row of a series, copied into another (`…-quickdraw.ipynb`): code
        # defines a function's variants in one file (`sgemm_async.cu`: async and dbuf), a
        # notebook tells one tutorial
        if _NOTEBOOK.search(key.split("?", 1)[0].split("#", 1)[0]) is None:
            return True
        return _series_told_apart(_url_words(key)[0], one, other) is None
    # (in a table whose first column groups its rows, `| CMake | … | [neocmakelsp](…) |`, a
    # name shared is the group's)
    one_name = (
        not grouped
        and (_same_name(one.name, other.name) or _one_name(key, one.name, other.name, False))
        and names[name_key(other.name)] < _LABEL
    )
    return (
        (
            page
            and (
                _versions(one.name, other.name)
                or _siblings(key, one.name, other.name)
                or _family(key, one.name, other.name)
            )
        )
        # the link's own texts, where the row's name is another column's (`Same as Lite` under
        # `Models`, the plans `[Xiaomi MiMo Lite](…)` and `[Xiaomi MiMo Pro](…)` of one page)
        or (page and _siblings(key, _text_by_key(one, key), _text_by_key(other, key)))
        # rows with links of their own, unless the shared link is one's name as a slug
        or (
            not one_name
            and _distinct(document, one, other, key, common(one))
            and not _slug_of_one(key, one, other)
            and not _files_name_one(document, key, one, other)
        )
        or (not one_name and _names_neither(key, one, other))
        or _names_both(key, one, other)
        or _listing(key, one, other)
        # (two items of one name citing it are one paper listed twice, no two results)
        or (_one_work(one.name, other.name) and not (one_name and one.kind == other.kind == "item"))
        or (
            _extended(key, one.name, other.name)
            # a row whose other links are the other's too is a copy (`Swallow 7B Plus` under
            # `Swallow 7B`'s page and checkpoint)
            and not _links_shared(document, key, one, other)
            and not _qualified_by_row(one, other)
        )
        or _one_citation(key, one, other)
        or _keyed_apart(key, one, other, kinds)
        or _tiers(one, other, numbered)
        or _version_ranges(one, other)
    )


_FIGURE_CHARS = frozenset("0123456789.,%~-–$¥€£ /")  # a number, a price, a range


def _figures(text: str, written: frozenset[str] = _FIGURE_CHARS) -> bool:
    """Whether a text is figures alone: a digit or more, every character one ``written`` (read
    character by character: a pattern of runs around a digit backtracks over `1 1 1 …`)."""
    return any(char.isdigit() for char in text) and all(char in written for char in text)


_CODE_LETTERS_MOST = 4  # letters of a split's code in parentheses at most (`DQ`, `TEST`)


_COPIED_FIGURES = 2  # cells of figures, at least, two rows of one link write alike


def _figures_copied(one: Entry, other: Entry) -> bool:
    """Whether two rows of one table and link, named apart, write every other cell alike, two
    of them figures or more with their units (`1.99 Gflops`, `3.6W`): one row's results copied
    for another entry, as a benchmark table's second board under the first one's issue."""
    table = one.table
    if table is None or other.table is not table or one.row_index == other.row_index:
        return False
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    if _differ_beside(table, one, other, 0) or mine[0].strip() == theirs[0].strip():
        return False
    return sum(1 for text in mine[1:] if _FIGURE_UNIT.fullmatch(text.strip())) >= _COPIED_FIGURES


# a figure and its unit (`1.99 Gflops`, `3.6W`, `0.55 Gflops/W`, `32 GB`)
_FIGURE_UNIT = lazy_re.compile(r"\d[\d,.]*\s*[A-Za-z%/]{0,10}")


def _coded(name: str) -> tuple[str, str] | None:
    """A name and the code in parentheses it ends with (`CharXiv(DQ)`: `CharXiv`, `DQ`),
    found from its end (a pattern would backtrack over a long run of blanks), or None."""
    text = name.strip("*_ ")
    if not text.endswith((")", "）")):
        return None
    start = max(text.rfind("("), text.rfind("（"))
    code = text[start + 1 : -1]
    if start <= 0 or not 0 < len(code) <= _CODE_LETTERS_MOST:
        return None
    if not (code.isascii() and code.isalpha() and code.isupper()):
        return None
    return text[:start].rstrip(), code


def _coded_apart(one: str, other: str) -> bool:
    """Whether two names are one benchmark's two splits or languages, told apart by a code in
    parentheses (`CharXiv(DQ)` and `CharXiv(RQ)` under their one paper): two entries."""
    mine, theirs = _coded(one), _coded(other)
    if mine is None or theirs is None:
        return False
    return mine[0] == theirs[0] and mine[1] != theirs[1]


_SITE_ROOT = lazy_re.compile(r"//[^/?#]+/?")  # a key of a site's home page, no path
# an address a row shows, not a link's destination: the table's way of linking its rows
_ADDRESS_SHOWN = lazy_re.compile(r"(?<!\]\()https?://")
# a link or bare address of a home page, as written
_HOME_PAGE = lazy_re.compile(r"(?:\]\(|[\s|])https?://[^/()\s|]+/?(?=[)\s|]|$)")


def _written_out(table: Table) -> tuple[int, int]:
    """How many rows of a table write an address out (`https://…`, not a link's destination),
    and how many link a site's home page."""
    body = table.body
    return (
        sum(1 for row in body if _ADDRESS_SHOWN.search(row.raw)),
        sum(1 for row in body if _HOME_PAGE.search(row.raw)),
    )


def _home_of_two(
    key: str, one: Entry, other: Entry, written: Callable[[Table], tuple[int, int]]
) -> bool:
    """Whether two rows named by their link, or linked by its address where half the table's
    rows write theirs out (a `Web` column of bare addresses), that share a site's home page are
    two entries the site hosts, named apart in their first cells (`MPXAS-DB` and `MPXRD`, both
    at `https://materialsproject.org/`); a stray address (a link broken by a space) is none.
    ``written``: ``_written_out`` of the table, read once for it."""
    if not _SITE_ROOT.fullmatch(key) or one.table is None or other.table is not one.table:
        return False
    body = one.table.body
    named = all(
        any(link.text == entry.name.strip() for link in entry.own_urls) for entry in (one, other)
    )
    if not named and not (
        all(any("://" in link.text for link in entry.own_urls) for entry in (one, other))
        and written(one.table)[0] * 2 >= len(body)
    ):
        return False  # a row named in words and linked by others
    firsts = [body[entry.row_index].texts[0].strip() for entry in (one, other)]
    if not all(firsts) or "://" in firsts[0] + firsts[1]:
        return False
    if name_key(firsts[0]) == name_key(firsts[1]):
        return False
    # a table of pages (datasets' own), not of sites (companies' home pages, each the entry)
    return written(one.table)[1] * 2 <= len(body)


# a model's size, a figure and its scale (`2.7B`, `1.3B`, `560M`, `13b`): rows of one model and
# link that differ by it are its sizes, one checkpoint each
_SIZE = lazy_re.compile(r"\d+(?:\.\d+)?\s?[KMBTkmbt]")


def _tier_figure(text: str) -> bool:
    """Whether a cell that sets two rows of one entry apart is a figure or a model's size."""
    return _figures(text) or _SIZE.fullmatch(text) is not None


def _tiers(one: Entry, other: Entry, numbered: Callable[[Table], frozenset[int]]) -> bool:
    """Whether two rows of one name and link are tiers of one entry: in a run of rows of that
    name, next to each other, differing only in figures (a relay's four recharge plans, `0.75`
    and `15`, `0.35` and `35`; a model's sizes, `2.7B` and `1.3B`). A row pasted again differs
    in nothing (its own finding); one left behind with an old description differs in words."""
    table = one.table
    if table is None or other.table is not table or name_key(one.name) != name_key(other.name):
        return False
    low, high = sorted((one.row_index, other.row_index))
    rows = table.body[low : high + 1]
    mine, theirs = rows[0].texts, rows[-1].texts
    if any(_name_of(row, one) != name_key(one.name) for row in rows):
        return False  # another entry between them: not a run of one entry's rows
    differing = [
        (index, a, b)
        for index, (a, b) in enumerate(zip_longest(mine, theirs, fillvalue=""))
        if a.strip() != b.strip()
    ]
    # figures in the first column before the name are the rows' numbers (`| 200 | [被围绕的区域]`
    # and `| 130 | [被围绕的区域]`: one problem's row pasted under another's number), no tier's
    if not differing or not all(
        index > 0 and _tier_figure(a.strip()) and _tier_figure(b.strip())
        for index, a, b in differing
    ):
        return False
    # (a column that numbers the table's rows, `1.006` and `1.007`, tells no tiers apart)
    return numbered(table).isdisjoint(index for index, _, _ in differing)


# a column of the versions a row is for (`Auto-instrumented versions`, `Version`, `版本`)
_VERSION_COLUMN = lazy_re.compile(r"(?i)\bversions?$|版本$|バージョン$|버전$")


def _version_ranges(one: Entry, other: Entry) -> bool:
    """Whether two rows of one name and link are for two ranges of its versions: a table with
    a column of versions writes each its own (`Couchbase Client` for `2.0 - 2.7.x` and for
    `3.1+`, each with what it supports), as a catalogue splits a library's major versions."""
    table = one.table
    if table is None or other.table is not table or name_key(one.name) != name_key(other.name):
        return False
    return _written_apart(table, one, other, _VERSION_COLUMN, str.split)


# a job board's column of the position each row offers (`Position`, `Role`, `Job Title`, `职位`)
_POSITION_COLUMN = lazy_re.compile(
    r"(?i)^(?:positions?|roles?|job(?: titles?)?|(?:job )?openings?|职位|岗位|職位|募集職種)$"
)


def _two_positions(table: Table, one: Entry, other: Entry) -> bool:
    """Whether two rows of one company are two of its postings: a table with a column of the
    position each row offers, theirs two positions (`Amazon` under its careers page for a `New
    Grad Software Engineer` and for a `Software Development Engineer`)."""
    return _written_apart(table, one, other, _POSITION_COLUMN, str)


def _written_apart(
    table: Table,
    one: Entry,
    other: Entry,
    header: re.Pattern[str],
    written: Callable[[str], object],
) -> bool:
    """Whether two rows of a table each fill a column whose header the pattern finds, in
    other ways (each cell as ``written`` reads it)."""
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    return any(
        index < min(len(mine), len(theirs))
        and header.search(plain_text(title).strip()) is not None
        and mine[index].strip()
        and theirs[index].strip()
        and written(mine[index]) != written(theirs[index])
        for index, title in enumerate(table.header.texts)
    )


def _name_cell(row: Row, entry: Entry) -> Cell | None:
    """A row's cell in the entry's name column (None where the row has none there)."""
    return next((cell for cell in row.cells if cell.column == entry.name_column), None)


def _name_of(row: Row, entry: Entry) -> str:
    """The name key of a row's cell in the entry's name column."""
    cell = _name_cell(row, entry)
    return name_key(plain_text(cell.text)) if cell is not None else ""


_ROMAN = lazy_re.compile(r"[ivx]+")  # a numeral of a sequel or a version (`Dapple II`)
_MORE_WORDS = 2  # words a name goes on with after another's, at most, to be another entry
# words that say what a name is, not which (`Kubernetes Korea Group`, `Kubernetes Korea`)
_KIND_WORDS = frozenset(
    {
        "app",
        "apps",
        "blog",
        "channel",
        "community",
        "docs",
        "documentation",
        "forum",
        "github",
        "group",
        "groups",
        "homepage",
        "inc",
        "llc",
        "ltd",
        "official",
        "org",
        "page",
        "project",
        "repo",
        "repository",
        "server",
        "site",
        "team",
        "website",
        "wiki",
    }
)


def _extended(key: str, one: str, other: str) -> bool:
    """Whether one name is another's going on with a word or two of letters that the shared
    link does not name: a member of a family or a build of an app under the family's page or
    the app's repository (`Go` and `Go Mono` under `go.dev/blog/go-fonts`, `UTM` and `UTM HV`
    under `utmapp/UTM`, `Consul` and `Consul Enterprise`): two entries. A sequel's or a
    version's numeral (`Dapple II`) and a name's own domain (`Kimi.ai` beside `Kimi`) make no
    other entry."""
    first, second = sorted((one, other), key=lambda name: len(_name_words(name)))
    shorter, longer = _name_words(first), _name_words(second)
    more = longer[len(shorter) :]
    if not shorter or not 0 < len(more) <= _MORE_WORDS or longer[: len(shorter)] != shorter:
        return False
    words, _ = _url_words(key)
    if not _on_code_host(key):
        words |= {_site_name(key)}  # a title's site (`BeagleBone® AI-64 - BeagleBoard`)
        site = _site_words(key)
        if site and set(more) == site:
            return False  # the site named in its words (`… - CNX Software`, `cnx-software.com`)
    written = name_key(second)
    return words.isdisjoint(more) and all(
        word.isalpha()
        and not _ROMAN.fullmatch(word)
        and word not in _KIND_WORDS
        and f".{word}" not in written
        for word in more
    )


def _qualified_by_row(one: Entry, other: Entry) -> bool:
    """Whether the longer of two names goes on only with words the shorter one's row states in
    its other cells (`Laravel Live Denmark` beside `Laravel Live | 2026-08-20 | Copenhagen,
    Denmark`, both under `laravellive.dk`), the two rows' other cells alike: one event, its
    place written into one name. Not a member of a family (`Consul Enterprise` beside a `Consul`
    row that says no `Enterprise`), nor a part of one work told apart by the row (`CuRIOUS2019
    US`, `Low-grade gliomas`, beside `CuRIOUS2019`, `Brain tumor`, both `US/MR`)."""
    first, second = sorted((one, other), key=lambda entry: len(_name_words(entry.name)))
    if first.table is None or second.table is None or min(one.row_index, other.row_index) < 0:
        return False
    more = _name_words(second.name)[len(_name_words(first.name)) :]
    row = first.table.body[first.row_index].texts
    again = second.table.body[second.row_index].texts
    if len(row) != len(again):
        return False
    # the cells besides the names and the links: alike in both rows, and stating the words
    others = [
        index
        for index, text in enumerate(row)
        if first.name not in text and second.name not in again[index] and "](" not in text
    ]
    if any(row[index] != again[index] for index in others):
        return False
    stated = {word for index in others for word in _WORD.findall(name_key(row[index]))}
    return bool(more) and stated.issuperset(more)


def _keyed_apart(key: str, one: Entry, other: Entry, kinds: Callable[[Table], bool]) -> bool:
    """Whether two rows of a table that names them by their links' texts (a `Source` column:
    no header of names), the same text under the link both share, are told apart by their first
    column, written in plain words
    (`English-Hausa` and `English-Kanuri` under one corpus's `[TWB-Gamayun](…)`, a column of
    kinds that rows share, as ``kinds`` says): one source's parts, a row each, not one entry
    twice."""
    table = one.table
    if table is None or other.table is not table:
        return False
    named = _column_index(table, one)
    header = table.header.cell(named) if named > 0 else None
    if header is None or "name" in roles_of(normalize_header(header.text), DEFAULT_ALIASES):
        return False
    mine, theirs = table.body[one.row_index].cell(0), table.body[other.row_index].cell(0)
    if mine is None or theirs is None or "](" in mine.text + theirs.text:
        return False
    if not LETTER.search(mine.text) or name_key(mine.text) == name_key(theirs.text):
        return False  # a row's number (`254`, `255`) keys nothing
    if name_key(_text_by_key(one, key)) != name_key(_text_by_key(other, key)):
        return False  # one article under two titles, one cut from the other: itself twice
    # a column of kinds that rows share (`English-Hausa` beside three corpora), not the
    # entries' own names (sensors a row each, whose maker's page two of them share); not tags
    # a row lists several of (`srv,dns,monitor`, ``kinds`` says): an entry of two gets both in
    # its one row
    return kinds(table)


_BOLD_CELL = lazy_re.compile(r"(?:\*\*[^*]+\*\*|__[^_]+__)(?:\s*,\s*(?:\*\*[^*]+\*\*|__[^_]+__))*")
_BOLD_SHARE = 0.9  # of a first column's cells in bold, for it to be a column of labels


def _labelled_in_bold(table: Table) -> bool:
    """Whether a table's first column labels its rows in bold (`| **GraphQL** | [Biome](…) |`,
    `| **C**, **C++** | … |`): kinds the entries of the other columns are listed under."""
    firsts = [row.texts[0].strip() for row in table.body if row.texts]
    bold = sum(1 for text in firsts if _BOLD_CELL.fullmatch(text))
    return bool(firsts) and bold >= _BOLD_SHARE * len(firsts)


_KINDS_REPEAT = 0.1  # of a column of kinds' rows, at least, that write a kind written above


def _first_column_repeats(table: Table, share: float = 0.0) -> bool:
    """Whether a table's first column writes a value in two rows or more; with ``share``, in a
    share of its rows at least, as a column of kinds does (one row in ten writing a kind written
    above it: not a column of names, 338 of them in 352 rows, whose few repeats are slips)."""
    firsts = [name_key(row.texts[0]) for row in table.body if row.texts]
    repeats = len(firsts) - len(set(firsts))
    return repeats > 0 and repeats >= share * len(firsts)


def _column_index(table: Table, entry: Entry) -> int:
    """The column of a table row's name cell."""
    row = table.body[entry.row_index]
    return next(
        (index for index, cell in enumerate(row.cells) if cell.column == entry.name_column), -1
    )


# a source file's extension: a file that defines several entries (kernels, solutions, classes)
_SOURCE_FILE = lazy_re.compile(
    r"\.(?:cu|cuh|c|cc|cpp|cxx|h|hh|hpp|py|pyx|rs|go|js|mjs|ts|java|kt|swift|rb|php|cs|scala|"
    r"m|mm|jl|lua|sh|sql|ipynb)$",
    re.IGNORECASE,
)


# a site's page of releases or downloads, below its home (`//amigan.1emu.net/releases/`), not a
# code host's repository's (`github.com/x/y/releases`: the repository's, one entry's)
_DOWNLOADS = lazy_re.compile(r"^//[^/]+/(?:[^/]+/)?(?:releases|downloads?)/?$", re.IGNORECASE)


def _holds_several(key: str) -> bool:
    """Whether a link is a source file (`sgemm_async.cu`, on a code host or in the list's own
    repository), a folder of the list's own (`./kernels/layer-norm/`) or a site's page of
    releases (`amigan.1emu.net/releases/`): what several entries of different names share, each
    defined or offered in it (a kernel's async and double-buffered versions; a layer's forward
    and backward pass; one author's emulators for two systems)."""
    path = key.split("#", 1)[0].split("?", 1)[0]
    web = "://" in key or key.startswith("//")
    if _DOWNLOADS.search(path) or (_SOURCE_FILE.search(path) and not _web_page(key, web)):
        return True
    if web or "#" in key:
        return False  # a page of the web, or a heading (two lines of a table of contents)
    return path.endswith("/") and path.strip("./") != ""


def _web_page(key: str, web: bool) -> bool:
    """Whether a link named as a source file is a site's page its server makes (a shop's
    `index.php?route=product/product&product_id=289`): a page of the web, off the code hosts,
    whose query picks what it shows; a file on a code host or in the list's repository is
    code."""
    return web and "?" in key and not _on_code_host(key)


def _one_citation(key: str, one: Entry, other: Entry) -> bool:
    """Whether two entries of two names, neither linked, cite one paper beside them titled
    alike in both rows (`MSVD-QA` and `MSRVTT-QA` under the paper that made both datasets): a
    paper's link copied into the wrong row keeps the row's own title (`ScanRefer: 3D Object
    Localization…` linking ScanQA's paper)."""
    if one.name_links or other.name_links:
        return False
    if key.removeprefix("//").partition("/")[0] not in PAPER_HOSTS:
        return False
    if _misspelt(name_key(one.name), name_key(other.name)):
        return False
    mine = _text_by_key(one, key)
    # a title, not a label (`[Paper](…)` in every row says nothing of which paper)
    titled = len(set(_letter_words(_name_words(mine)))) >= _TITLED
    return titled and mine == _text_by_key(other, key)


_BARE_WORD = lazy_re.compile(r"[^\s/.#?:]+")


def _bare_word(url: str) -> bool:
    """Whether a link's target is one word, no path, file name or address (`GitHub`, `7Mb`)."""
    return _BARE_WORD.fullmatch(url) is not None


def _versions_apart(one: str, other: str) -> bool:
    """Whether two links to one arXiv paper name two versions of it (`2404.02747v1` and `v2`,
    listed as two works: T-GATE V1 and V2); a link naming none is the paper's latest."""
    mine = arxiv_version(one)
    return bool(mine) and mine != (arxiv_version(other) or mine)


def _text_by_key(entry: Entry, key: str) -> str:
    """The text of an entry's first link whose key is ``key``."""
    return next((link.text for link in entry.urls if normalize_url(link.url) == key), "")


# entries that share one link, across any sections, beyond which it is a collection's or a
# vendor's page: an entry listed again is compared with this many earlier ones at most
_COLLECTION = 20
# names that several rows of a table share, and the share of its rows that bear one, that make
# its name column a grouping of rows (a language's servers), not one entry named twice
_GROUPS = 3
_GROUPED = 0.1  # a job board's one row per repository: 16% of rows (round AE)


_NAMED_APART = 3  # names and sections sharing a link across the list, for it to be no entry's
_CITING = 1 / 3  # of a table's rows that share their link with another row, for a habit
_CITING_ROWS = 6  # rows that share their link, at least, for a habit
_CITING_TABLE = 15  # rows of a table, at least, for a habit (a small table's repeats are slips)
_CITED = 3  # links rows share, at least, for a habit


def _differ_beside(table: Table, one: Entry, other: Entry, column: int) -> bool:
    """Whether two rows of a table differ in a cell besides ``column``."""
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    return len(mine) != len(theirs) or any(
        text.strip() != their_text.strip()
        for index, (text, their_text) in enumerate(zip(mine, theirs, strict=True))
        if index != column
    )


# an address as written in a row: a link's target, an image's source, a bare URL
_ADDRESS = lazy_re.compile(r"https?://[^\s()<>\[\]|\"']+")


def _addresses(texts: tuple[str, ...]) -> set[str]:
    """The web addresses a row's cells write, each once."""
    return {found for text in texts for found in _ADDRESS.findall(text)}


def _written_again(
    one: Entry, other: Entry, mine: tuple[str, ...], theirs: tuple[str, ...]
) -> bool:
    """Whether two rows are one entry written twice: one name (no address standing for one),
    the addresses of one row all the other's, and at most one other cell apart (a paper's year
    written `2024` and `Jun-24`); two versions of a product differ in their version and status."""
    if not one.name.strip() or _ADDRESS.search(one.name) or len(mine) != len(theirs):
        return False
    if name_key(one.name) != name_key(other.name):
        return False
    mine_found, theirs_found = _addresses(mine), _addresses(theirs)
    if not (mine_found <= theirs_found or theirs_found <= mine_found):
        return False
    # a fact one row gives and the other leaves open (`卫星影像` beside `__`) sets them no apart
    apart = sum(
        1
        for first, second in zip(mine, theirs, strict=True)
        if first.strip() != second.strip()
        and not _ADDRESS.search(first + second)
        and not (_open(first) or _open(second))
    )
    return apart <= 1


def _open(text: str) -> bool:
    """Whether a cell leaves its fact open: empty, markup alone (`__`), or a mark of none (`-`,
    `N/A`)."""
    bare = text.strip(" _*~")
    return not bare or is_none_mark(bare)


_PASTED_RUN = 8  # entries, at least, written again in order, word for word, for a block pasted
_PASTED_COPIES = 4  # earlier copies of an item a run may start from


def _pasted_runs(analysis: Analysis) -> frozenset[int]:
    """The lines of list items of a block pasted again: eight items or more that repeat, one
    after another and word for word (names, descriptions and links), a run of earlier ones (a
    half-done restructure's old sections left under the new). A list that files entries under
    several topics repeats them one by one, not in runs; a bilingual list's second half says
    them in its other language; tables that show one catalogue two ways (by license, by
    activity) sort their rows alike, and are not read so."""
    entries = analysis.entries.entries
    seen: dict[tuple[str, str, tuple[str, ...]], list[int]] = {}
    keys = analysis.entry_keys
    runs: dict[int, int] = {}  # an earlier entry's index matched by the one before, its run
    found: set[int] = set()
    for index, entry in enumerate(entries):
        if entry.kind != "item" or entry.table is not None:
            runs = {}
            continue  # a table's rows: sorted alike in two views (by license, by activity)
        written = (entry.name, entry.description, keys[entry.line])
        earlier = seen.setdefault(written, [])
        current = {first: runs.get(first - 1, 0) + 1 for first in earlier if keys[entry.line]}
        for first, length in current.items():
            if first > index - length:
                continue  # a run of one item written again and again: no earlier block's copy
            if length == _PASTED_RUN:  # the run's first lines, once; each later one as it comes
                found.update(entries[at].line for at in range(index - length + 1, index + 1))
            elif length > _PASTED_RUN:
                found.add(entry.line)
        runs = current
        earlier.append(index)
        del earlier[:-_PASTED_COPIES]  # the last few copies: an item written a thousand times
        # is no block, and is not walked a thousand times for each
    return frozenset(found)


# a column of code repositories: where a row's name links nothing, its link there names it
_CODE_COLUMN = lazy_re.compile(r"(?i)\b(?:code|github|repo(?:sitory)?|implementation)\b|代码|源码")


def _shared_code(key: str, one: Entry, other: Entry, one_section: bool) -> bool:
    """Whether two entries of other names share their code repository (a table whose names
    link nothing, its `Code` column its first of links): two works whose code lives in one
    repository (`Anything 3D Novel View`, `Any 3D Face`), no entry twice. Not where the
    repository is plainly one's and not the other's (`DiffTPT` linking `kaiyangzhou/coop`,
    CoOp's: copied), nor, in one section, where one name holds the other (`Tavily MCP Server`
    under `Tavily MCP`'s repository: one entry, named twice)."""
    if one.name_links or other.name_links or _misattributed(key, one, other):
        return False
    mine, theirs = name_key(one.name), name_key(other.name)
    if not mine or not theirs or mine == theirs:
        return False
    if one_section and (mine in theirs or theirs in mine):
        return False
    return _code_column(one) and _code_column(other)


def _code_column(entry: Entry) -> bool:
    """Whether an entry's first own link stands in a column of code (`Code`, `GitHub`,
    `代码`)."""
    table = entry.table
    if table is None or not entry.url_columns or entry.row_index < 0:
        return False
    index = _cell_at(table.body[entry.row_index], entry.url_columns[0])
    return 0 <= index < table.width and _code_header(table, index)


def _code_header(table: Table, index: int) -> bool:
    """Whether a table's column ``index`` is headed as one of code (`Code`, `GitHub`, `代码`)."""
    return _CODE_COLUMN.search(plain_text(table.header.texts[index])) is not None


def _cell_at(row: Row, at: int) -> int:
    """The index of a row's cell that holds the character at column ``at``; -1 for none."""
    return max((index for index, cell in enumerate(row.cells) if cell.column <= at), default=-1)


# a name cell that says "the name of the row above": a job board's `↳`, a ditto mark
_DITTO_MARKS = frozenset({"↳", "⤷", "└", "〃", "″", '"', "同上", "ditto", "Ditto"})


def _named_first(entry: Entry) -> bool:
    """Whether a row's entry is named in its first cell (where the name starts)."""
    table = entry.table
    if table is None or entry.row_index < 0:
        return False
    row = table.body[entry.row_index]
    return len(row.cells) > 1 and _cell_at(row, entry.name_column) == 0


_DITTO_ROWS = 3  # rows that write one, at least, for rows of one name to be the table's way
_SUBJECT_LABEL = 12  # characters beside a paragraph's one link, at most (`🔗`, `Website:`)


# a name that numbers a record (an issue's `#237`): one event's, not an entry several events are of
_RECORD_NUMBER = lazy_re.compile(r"#(\d+)")


def _records(one: Entry, other: Entry) -> bool:
    """Whether two entries are records of a series, each named by its number (`#2113`)."""
    return all(_RECORD_NUMBER.fullmatch(entry.name.strip()) for entry in (one, other))


def _one_record(one: Entry, other: Entry) -> bool:
    """Whether two rows of one table are named by one record's number, their link's own text
    (`[#237](…/issues/237)`, a call's agenda): a record is one event's, so two rows of it, of
    two calls however dated, are one copied into the other, not two events of one entry."""
    name = one.name.strip()
    return (
        one.table is not None
        and one.table is other.table
        and name == other.name.strip()
        and _RECORD_NUMBER.fullmatch(name) is not None
        and any(link.text.strip() == name for link in one.urls)
    )


_NUMBERED_TABLES = 3  # tables numbered through, at least, for a catalogue of one numbering
_NUMBERED_ON = 0.8  # of the steps from table to table, at least, that go on from the last number


class _Tallies:
    """What the check reads only where a link repeats (in most lists none does): the links
    several entries of a section share, and how many entries bear each name."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self.analysis = context.analysis
        self._results: dict[int, set[int]] = {}  # a table's columns of results, by its line
        self._values: dict[tuple[int, int], int] = {}  # a table's column's distinct values
        self._kinds: dict[int, bool] = {}  # whether a table's first column repeats values
        self._written: dict[int, tuple[int, int]] = {}  # a table's ``_written_out``
        self._grouped: dict[int, bool] = {}  # whether a table's names group its rows
        self._common: dict[int, frozenset[str]] = {}  # the links many rows of a table write
        self._cards: dict[int, frozenset[str]] | None = None  # a card table's fields, by line
        self._by_kind: dict[int, bool] = {}  # whether a table lists entries under several kinds
        self._variants: dict[int, bool] = {}  # whether a table lists an app's variants in rows
        self._logs: dict[int, int] = {}  # a table's column dating its rows as a log's, or -1
        self._calendars: dict[int, int] = {}  # a table's column dating rows to days, or -1
        self._citing: dict[int, bool] = {}  # whether a table's rows share their links as a habit
        # a table's columns that group its rows, and those that key them
        self._groups: dict[int, tuple[frozenset[int], frozenset[int]]] = {}
        self._dittoed: dict[int, bool] = {}  # whether a table marks a name "same as above"
        self._resources: dict[int, bool] = {}  # whether a table's link column is of resources
        self._numbered: dict[int, frozenset[int]] = {}  # a table's columns that number its rows

    def own_folder(self, key: str) -> bool:
        """Whether a link is a folder of the list's own repository, as the command found it
        (``Facts.folders``), with a `/` after its name or without; not its root, nor a heading
        of the page a folder shows (`./#top-papers`)."""
        folders = self._context.facts.folders
        if not folders or "#" in key:
            return False  # most lists: no folder linked; a heading of a folder's page is one
        target = relative_target(key)
        # (the repository's root, `./`, is the list's own: everything is in it)
        return target is not None and target.strip("./") != "" and target.rstrip("/") in folders

    def numbered_through(self, one: Entry, other: Entry) -> bool:
        """Whether two entries are rows of a catalogue numbered through its tables, each table's
        first number the one after the last of the table before it (an agents directory's
        `ID`s, 1 to 939 over 35 categories): it gives each entry one number, and an entry under
        two numbers in two sections is listed twice, whatever the list repeats elsewhere."""
        tables = self._numbered_through
        return (
            one.table is not None
            and other.table is not None
            and one.table.line in tables
            and other.table.line in tables
        )

    @cached_property
    def _numbered_through(self) -> frozenset[int]:
        """The lines of the tables of ``numbered_through``, read once for the list."""
        runs: list[tuple[int, int, int]] = []  # each numbered table's line, first and last number
        for table in self.analysis.document.tables:
            columns = self.numbered(table)
            if not columns:
                continue
            column = min(columns)
            first, last = (table.body[at].cell(column) for at in (0, -1))
            if first is None or last is None or not (first.text + last.text).isdigit():
                continue  # (a number of parts, `1.003`, starts each section again)
            runs.append((table.line, int(first.text), int(last.text)))
        if len(runs) < _NUMBERED_TABLES:
            return frozenset()
        steps = sum(1 for one, other in pairwise(runs) if other[1] == one[2] + 1)
        if steps < _NUMBERED_ON * (len(runs) - 1):
            return frozenset()
        return frozenset(line for line, _, _ in runs)

    def numbered(self, table: Table) -> frozenset[int]:
        """``numbering_columns``, read once for each table."""
        known = self._numbered.get(table.line)
        if known is None:
            known = self._numbered[table.line] = numbering_columns(table)
        return known

    def resource_shared(self, one: Entry, other: Entry) -> bool:
        """Whether two rows of one table, named apart in plain words, share the link of a link
        column most of the table's rows leave empty (a language's third-party `Package`:
        `highlightjs-raku` for `Raku` and `RakuDoc`): a resource several entries use, no entry's
        own page, so not one entry twice."""
        table = one.table
        if table is None or other.table is not table or one.name_links or other.name_links:
            return False
        if name_key(one.name) == name_key(other.name):
            return False
        resources = self._resources.get(table.line)
        if resources is None:
            columns = self.analysis.entries.columns.get(table.line)
            link = columns.link if columns is not None else -1
            resources = link >= 0 and _resource_column(table, link)
            self._resources[table.line] = resources
        return resources

    def regrouped(self, one: Entry, other: Entry) -> bool:
        """``_listed_under_two_groups``, each table's group columns read once; or by its key
        columns (``_key_columns``), where the two rows name one entry in words (one paper
        under two institutions, not a home page shown as its address under two names)."""
        table = one.table
        if table is None or table is not other.table:
            return False
        found = self._groups.get(table.line)
        if found is None:
            # the column of the entry's name as read (a paper's, after its institution)
            name = _name_index(one)
            found = self._groups[table.line] = (_group_columns(table), _key_columns(table, name))
        groups, keys = found
        if _listed_under_two_groups(one, other, groups):
            return True
        named = one.name.strip().casefold()
        return (
            bool(keys)
            and "://" not in named
            and named == other.name.strip().casefold()
            and _listed_under_two_groups(one, other, groups | keys)
        )

    @cached_property
    def shared(self) -> set[str]:
        return _shared(self._context)

    @cached_property
    def subjects(self) -> dict[int, set[str]]:
        """The link each section gives as its subject's in a paragraph of that link alone (a
        company's blog, `🔗 https://techblog.zozo.com/`, above a table of its posts), by
        section: read where a link repeats."""
        found: dict[int, set[str]] = {}
        analysis = self.analysis
        for block in analysis.document.blocks:
            if block.kind != "paragraph" or "://" not in block.text:
                continue
            written = links(block.text)
            if len(written) != 1:
                continue
            aside = plain_text(block.text).replace(written[0].text, "")
            if len(aside.strip()) <= _SUBJECT_LABEL:
                key = normalize_url(written[0].url)
                found.setdefault(analysis.section_of(block.line), set()).add(key)
        return found

    def of_subject(self, key: str, one: Entry, other: Entry) -> bool:
        """Whether two rows of a table, named apart, link the page their section gives as its
        subject's: posts or topics of that subject, each row its own, not one twice."""
        return (
            one.table is not None
            and one.table is other.table
            and key in self.subjects.get(self.analysis.section_of(one.line), ())
            and name_key(one.name) != name_key(other.name)
        )

    @cached_property
    def pasted_runs(self) -> frozenset[int]:
        """``_pasted_runs`` of the list's entries, read where a link repeats across sections."""
        return _pasted_runs(self.analysis)

    @cached_property
    def named_apart(self) -> set[str]:
        """Links that entries of three names or more share in three sections or more: a
        venue's page standing in for papers not out yet (`aaai.org/conference/aaai/aaai-26/`),
        a vendor's, a collection's; across sections none of them is one entry listed again."""
        names: dict[str, set[str]] = {}
        sections: dict[str, set[int]] = {}
        analysis = self.analysis
        keys = analysis.entry_keys
        for entry in analysis.entries.entries:
            for key in keys[entry.line]:
                names.setdefault(key, set()).add(name_key(entry.name))
                sections.setdefault(key, set()).add(analysis.entry_section(entry))
        return {
            key
            for key, found in names.items()
            if len(found) >= _NAMED_APART and len(sections[key]) >= _NAMED_APART
        }

    @cached_property
    def names(self) -> Counter[str]:
        return Counter(name_key(entry.name) for entry in self._context.analysis.entries.entries)

    def citing(self, one: Entry, other: Entry) -> bool:
        """Whether two rows of one table, each written its own way, share their link in a table
        of 15 rows or more whose rows share their links as a habit (a third of its rows or more,
        six at least, sharing three links or more: a vendor's advisory cited by each of its
        products' rows, a dataset's source paper, a vendor's home page under each of its
        models): a source both cite, no entry twice. A row pasted twice reads the same, and
        a row of the same name whose addresses are all the other's is the same entry again (a
        paper listed twice, its year written another way, its code left out)."""
        table = one.table
        if table is None or other.table is not table:
            return False
        body = table.body
        if body[one.row_index].texts == body[other.row_index].texts:
            return False
        if _written_again(one, other, body[one.row_index].texts, body[other.row_index].texts):
            return False
        known = self._citing.get(table.line)
        if known is None:
            entries = self.analysis.groups[("table", table.line)]
            keys = self.analysis.entry_keys
            counted = Counter(key for entry in entries for key in set(keys[entry.line]))
            sharing = sum(
                1 for entry in entries if any(counted[key] > 1 for key in keys[entry.line])
            )
            shared = sum(1 for count in counted.values() if count > 1)
            known = (
                len(entries) >= _CITING_TABLE
                and shared >= _CITED
                and sharing >= _CITING_ROWS
                and sharing >= _CITING * len(entries)
            )
            self._citing[table.line] = known
        return known

    def written_out(self, table: Table) -> tuple[int, int]:
        """``_written_out``, read once for each table (not for each pair of its rows)."""
        known = self._written.get(table.line)
        if known is None:
            known = self._written[table.line] = _written_out(table)
        return known

    def kinds(self, table: Table) -> bool:
        """``_first_column_repeats``, of no list of tags (``_lists_tags``), read once for each
        table."""
        known = self._kinds.get(table.line)
        if known is None:
            known = self._kinds[table.line] = _first_column_repeats(table) and not _lists_tags(
                table, 0
            )
        return known

    def grouped(self, one: Entry, other: Entry) -> bool:
        """Whether two rows are of one table whose name column groups its rows (a language
        with one row per server of it: many rows, many names, share their name), each linking
        its group's name (`[CMake](https://cmake.org/)`). Two rows of one plain name that share
        the link of their link column are one entry twice, however many names repeat (a
        catalogue merged from two batches: Watchtower and Diun each added again)."""
        table = one.table
        if table is None or other.table is not table or not (one.name_links and other.name_links):
            return False
        known = self._grouped.get(table.line)
        if known is None:
            counted = Counter(
                name_key(entry.name) for entry in self.analysis.groups[("table", table.line)]
            )
            shared = [count for count in counted.values() if count > 1]
            known = len(shared) >= _GROUPS and sum(shared) >= _GROUPED * sum(counted.values())
            self._grouped[table.line] = known
        return known

    def common(self, entry: Entry) -> frozenset[str]:
        """The links three or more rows of an entry's table write, in any cell (a vendor's
        advisory, the reporter's page): no row's own."""
        table = entry.table
        if table is None:
            return frozenset()
        known = self._common.get(table.line)
        if known is None:
            definitions = self.analysis.document.definitions
            counted: Counter[str] = Counter()
            for row in table.body:
                counted.update(
                    {
                        normalize_url(link.url)
                        for cell in row.cells
                        for link in kept_links(cell.text, definitions)
                        if link.url and not link.image
                    }
                )
            known = frozenset(key for key, count in counted.items() if count >= 3)
            self._common[table.line] = known
        return known

    def one_card(self, one: Entry, other: Entry) -> bool:
        """Whether two rows are fields of one card: a table of two columns, one field a row
        (`| Location | https://… |`, `| Documentation | https://… |`), whose fields other cards
        of the list share; a card is one entry, whose fields may link one page."""
        table = one.table
        if table is None or other.table is not table or table.width != 2:
            return False
        if self._cards is None:
            self._cards = _cards(self.analysis.document.tables)
        return table.line in self._cards

    def under_kinds(self, one: Entry, other: Entry) -> bool:
        """Whether two rows list one entry under two kinds of a table indexed by kind: a first
        column of kinds (`WAV`, `MP3`, `Log`), the names in another, and two entries or more
        each listed by one name under several kinds (`dr_libs` for WAV, AIFF, MP3 and FLAC): the
        table's design, one row for each thing an entry does."""
        table = one.table
        if table is None or other.table is not table or _column_index(table, one) <= 0:
            return False
        if name_key(one.name) != name_key(other.name):
            return False  # a link copied under another name is still a slip
        mine, theirs = table.body[one.row_index].cell(0), table.body[other.row_index].cell(0)
        if mine is None or theirs is None or name_key(mine.text) == name_key(theirs.text):
            return False
        known = self._by_kind.get(table.line)
        if known is None:
            kinds = self.kinds(table) and _first_column_repeats(table, _KINDS_REPEAT)
            known = (kinds or _labelled_in_bold(table)) and _indexed_by_kind(
                table, self.analysis.groups[("table", table.line)]
            )
            self._by_kind[table.line] = known
        return known

    def one_event(self, key: str, one: Entry, other: Entry) -> bool:
        """Whether two rows of a calendar (a table that dates nine rows in ten to their days)
        that link nothing but one page, in any cell, are dated to the same day or days, under
        names that start alike: one event written twice, however its name was written
        (`flutterCon India`, `flutterCon India 2026`, both 2026-11-21). Not two tools added on
        one day (`Bento DFIR portable toolkit` and `Tsurugi Linux` under Tsurugi's downloads),
        nor a company's two postings of a day, each its own announcement."""
        return (
            _first_word_shared(one, other)
            and all(
                normalize_url(link.url) == key
                for entry in (one, other)
                if entry.table is not None
                for text in entry.table.body[entry.row_index].texts
                for link in links(text, self.analysis.document.definitions)
                if link.url and not link.image
            )
            and same_days(one, other, self._calendars)
        )

    def two_events(self, one: Entry, other: Entry, key: str = "") -> bool:
        """Whether two rows of one table are two events of one entry in a log: a table with a
        column that dates each row to its month or day (`| 2025-12-29 | [CyberStrikeAI](…) |
        加入星链计划 |`, then `| 2025-12-28 | [CyberStrikeAI](…) | 更新 v0.0.11 |`; an audit
        firm's reviews of one client, `Sep 2022` and `Dec 2022`), the two rows of one name and
        other dates; or of two names under a site's home page (``key``), the client's, where
        each row names what was reviewed (`Pixel` in Dec 2019, `Algorand` in Mar 2019, both
        under `algorand.com`)."""
        table = one.table
        if table is None:
            return False
        if name_key(one.name) != name_key(other.name) and not _SITE_ROOT.fullmatch(key):
            return False  # a row under another's page in a dated table: a copied link
        if _ONE_PAPER.match(key):
            return False  # a paper's page: one paper, published once, whatever the rows' dates
        # one date written two ways (`2025.1` and `2025.01`) is one event, written twice
        column = dates_apart(one, other, self._logs)
        if column < 0:
            return False
        # an event says what happened: two rows alike but for their dates are the entry added
        # again (`Lians` on 2026-06-25 and on 2026-07-06, every other cell the same), unless the
        # table repeats names as a habit (an audit firm's clients, reviewed again)
        return _differ_beside(table, one, other, column) or self.analysis.repeats_names(table)

    def postings(self, one: Entry, other: Entry) -> bool:
        """Whether two rows of one name and link are two of that name's rows in a table that
        writes a name several rows apiece: one that marks a row's name as the row's above
        (`↳`, `〃`, `同上`), as a job board writes a company's further postings (`Lucid Motors`
        under `simplify.jobs/c/Lucid-Motors` for each of its internships). A row that repeats
        another word for word is still reported, as a row pasted twice."""
        table = one.table
        if table is None or table is not other.table or name_key(one.name) != name_key(other.name):
            return False
        if not (_named_first(one) and _named_first(other)):
            return False  # marks in a column of categories say nothing of the names
        dittoed = self._dittoed.get(table.line)
        if dittoed is None:
            marks = sum(1 for row in table.body if row.texts and row.texts[0] in _DITTO_MARKS)
            dittoed = self._dittoed[table.line] = marks >= _DITTO_ROWS
        return dittoed or _two_positions(table, one, other)

    def variants_of_apps(self, key: str, one: Entry, other: Entry) -> bool:
        """Whether two rows of one table are two variants of an app under its page, in a table
        that lists variants so as a habit (``_lists_variants``: `Homarr` and `Homarr-Secured`,
        `Kasm` and `Kasm with renderD128 support`): their names differ, if only from their
        first word (a model zoo's `InceptionV4` and `InceptionResNetV2` under one paper)."""
        table = one.table
        if table is None or other.table is not table:
            return False
        if _one_name(key, one.name, other.name) or _misattributed(key, one, other):
            return False  # one variant written twice (if once with `Server` or its maker in
            # brackets after it), or another's page copied (`Nekomata 7B`)
        known = self._variants.get(table.line)
        if known is None:
            known = _lists_variants(self.analysis.groups[("table", table.line)])
            self._variants[table.line] = known
        return known

    def nested(self, one: Entry, other: Entry) -> bool:
        """Whether an item is one of another's own lines (its download link, `- [Download
        link](…)` under the dataset's linked title): the same entry, its link given again."""
        if one.kind != "item" or other.kind != "item":
            return False
        items = self.analysis.document.items_by_line
        outer, inner = items.get(one.line), items.get(other.line)
        if outer is None or inner is None:
            return False
        return outer.line < inner.line <= outer.last_line and inner.column > outer.column

    def variants(self, key: str, one: Entry, other: Entry) -> bool:
        """Whether two rows of one table of results are a method and a variant of it (`TPT`
        and `TPT+CoOp`, `CoOp` and `CoCoOp`), which share the method's code (not its paper:
        a variant's paper is its own)."""
        table = one.table
        if table is None or other.table is not table:
            return False
        mine, theirs = name_key(one.name), name_key(other.name)
        if mine and mine == theirs:
            # one system's results under two settings (`H2O.ai DR` on GAIA's `Test` and `Dev`),
            # or one paper's two systems, a row for each result (a leaderboard of word error
            # rates: `2.0%` and `2.3%` on one test set under one paper's title)
            if self._two_settings(table, one, other) and (
                # a table of results, or one of a column of several scores a cell
                # (`8.1/16.6/19.5/22.7` under `FSOD` and `6.2/15.7/18.3/21.9` under `gFSOD`)
                self._results_of(table) or _scored_apart(table, one, other)
            ):
                return True
            # a name, not a label many rows link by (`[Link](…)`)
            return (
                self._results_of(table)
                and self.names[mine] < _LABEL
                and self._two_results(table, one, other)
            )
        if not _on_code_host(key):
            return False
        if not mine or not theirs or (mine not in theirs and theirs not in mine):
            return False
        return self._results_of(table)

    def _two_settings(self, table: Table, one: Entry, other: Entry) -> bool:
        """Whether two rows of a table differ in a column of a few values (a split, a track):
        one system's results under two settings."""
        mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
        for index, (text, their_text) in enumerate(zip(mine, theirs, strict=False)):
            if text.strip() == their_text.strip() or not text.strip() or not their_text.strip():
                continue
            if value_key(text) == value_key(their_text):
                continue  # one value, spelt two ways (`Multi-agent`, `Multi‑agent`): one setting
            count = self._values.get((table.line, index))
            if count is None:
                values = {
                    cells[index].strip() for row in table.body if index < len(cells := row.texts)
                }
                values.discard("")
                count = self._values[table.line, index] = len(values)
            if count <= SETTINGS:
                return True
        return False

    def scored(self, one: Entry, other: Entry) -> bool:
        """Whether either of two rows is in a table of results, where rows of baselines cite
        the paper that reports their scores (`Noisy` and `Wiener` under `SEGAN`'s)."""
        return any(
            entry.table is not None and self._results_of(entry.table) for entry in (one, other)
        )

    def _results_of(self, table: Table) -> bool:
        """Whether a table holds results on several benchmarks (two columns of scores)."""
        return bool(self._result_columns(table))

    def _result_columns(self, table: Table) -> set[int]:
        known = self._results.get(table.line)
        if known is None:
            columns = list(zip_longest(*[row.texts for row in table.body], fillvalue=""))
            known = self._results[table.line] = result_columns(columns)
        return known

    def results_of_a_paper(self, one: Entry, other: Entry) -> bool:
        """Whether two rows of a table of results on several benchmarks, of two names neither
        linked, give scores of their own and the same facts of the paper they cite: two results
        of one paper (`MULT` and `SUBMULT+NN`, two models of `1611.01747`), not one entry twice
        (a row pasted again repeats its scores; a row of a venue of its own cites another's
        paper)."""
        table = one.table
        if table is None or other.table is not table or one.name_links or other.name_links:
            return False
        if name_key(one.name) == name_key(other.name):
            return False
        width = table.width
        scores = {index for index in self._result_columns(table) if index < width}
        if len(scores) < 2:
            return False  # the table's own columns (a cell beyond its header's is hidden)
        mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts

        def cell(texts: tuple[str, ...], index: int) -> str:
            return texts[index] if index < len(texts) else ""

        named = _column_index(table, one)
        # the paper's facts (its venue, its year) are both rows' where both cite it: a row of a
        # venue of its own cites another paper's link (`CoCoOp | …2203.05557 | CVPR 22` below
        # `CoOp | …2203.05557 | IJCV 22`)
        facts = [
            index
            for index in range(width)
            if index not in scores and index != named and "](" not in cell(mine, index)
        ]
        return any(cell(mine, index) != cell(theirs, index) for index in scores) and all(
            cell(mine, index) == cell(theirs, index) for index in facts
        )

    def _two_results(self, table: Table, one: Entry, other: Entry) -> bool:
        """Whether two rows of a table of results give other scores in a column of them."""
        mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
        return any(
            index < len(mine)
            and index < len(theirs)
            and mine[index].strip() != theirs[index].strip()
            for index in self._result_columns(table)
        )


_SCORE_CHARS = frozenset("0123456789.,/%±- \t")  # what scores alone are written with


def _scored_apart(table: Table, one: Entry, other: Entry) -> bool:
    """Whether two rows of a table of ten rows or more write other scores in a cell of figures
    alone, fractions or several (`8.1/16.6/-`, `45.2%`; not a rank, `265`)."""
    if len(table.body) < _SCORED_ROWS:
        return False
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    return any(
        text.strip() != their_text.strip() and _scores(text.strip()) and _scores(their_text.strip())
        for text, their_text in zip(mine, theirs, strict=False)
    )


_SCORED_ROWS = 10  # rows of a table, at least, whose settings columns tell results apart


def _scores(text: str) -> bool:
    """Whether a cell holds scores: figures alone, with a fraction's point, a `/` or a `%`."""
    return any(mark in text for mark in "./%") and _figures(text, _SCORE_CHARS)


_CARD_FIELDS = 3  # fields a card table shares with another, at least
_KIND_REPEATS = 2  # entries a table lists under two kinds or more, for it to do so by design
_KIND_ROWS = 6  # rows those entries take, at least
_SEVERAL_KINDS = lazy_re.compile(r"[^\W\d_][^,，、]*[,，、]\s*[^\W\d_]")  # `VLM, World-model`
_TAGGED_ROWS = 3  # rows that give several kinds, at least, for a column to tag its rows so
_TAGGED_SHARE = 10  # one row in this many, at least


def _first_word_shared(one: Entry, other: Entry) -> bool:
    """Whether two entries' names start with one word, of letters."""
    first, second = _name_words(one.name), _name_words(other.name)
    return bool(first and second) and first[0] == second[0] and _lettered(first[0])


_VARIANT_GROUPS = 4  # links each shared by rows of one first word: a table of variants
# of a table's rows that those links' rows take, at least: four slips in a conference
# calendar of 1,558 rows (0.5%) are no catalogue's variants; a ransomware-site index's
# aliases (2%) are half its way, half slips, and stay read as its way
_VARIANT_SHARE = 0.01


def _one_name(key: str, one: str, other: str, parts: bool = True) -> bool:
    """Whether two names under one link are one name, but for words that say what it is
    (`Server`, `Official`) or whose it is, as its link says (`Terraform MCP (HashiCorp)` under
    `hashicorp/terraform-mcp-server` beside `Terraform MCP`, `mcp` beside `wenyan-mcp` under
    `caol64/wenyan-mcp`); not `Ceph RBD` beside `CephFS`, nor `Bigtera VirtualStor
    (filesystem)` beside `Bigtera VirtualStor (block)`. Without ``parts``, a word that names a
    part of a project (`App`, `Server`, `Docs`), even one its link writes, makes another entry
    (`Immich App` beside `Immich`, both under `immich-app/immich`)."""
    if name_key(one) == name_key(other):
        return True
    first, second = _WORD.findall(name_key(one)), _WORD.findall(name_key(other))
    said = _url_words(key)[0] | _KIND_WORDS if parts else _url_words(key)[0] - _KIND_WORDS
    said |= {"official"}
    site: frozenset[str] = frozenset()
    if _on_code_host(key):
        said |= {"git"}  # a repository's address for its name (`ble-mcp-server.git`)
    else:
        said |= {_site_name(key)}  # the maker whose site it is (`FriendlyElec NanoPi R6S`)
        # the page's title copied with its site's name, all its words (`… - CNX Software`)
        site = _site_words(key)
    rest = set(first).symmetric_difference(second) - said
    return bool(set(first) & set(second)) and (not rest or rest == site)


def _site_words(key: str) -> frozenset[str]:
    """The words of a site's name where its host sets them apart by `-` (`cnx`, `software` of
    `www.cnx-software.com`); none for a name of one word (``_site_name`` is that word)."""
    parts = _site_name(key).split("-")
    return frozenset(parts) if len(parts) > 1 else frozenset()


def _site_name(key: str) -> str:
    """The name a link's host goes by, its label before the top-level domain (`friendlyelec`
    of `www.friendlyelec.com`), case-folded."""
    host = key.removeprefix("//").partition("/")[0].partition(":")[0]
    labels = host.casefold().split(".")
    return labels[-2] if len(labels) > 1 else labels[0]


def _lists_variants(entries: Sequence[Entry]) -> bool:
    """Whether a table lists the variants of its apps in rows of their own under the app's one
    page, as a habit: four links or more each shared by rows whose names start with one word and
    differ (`Pi-Hole`, `Pi-Hole DoH/DoT`, `Pi-Hole-Unbound`; `Deluge`, `Deluge openvpn`), a
    catalogue of install templates, one row for each; those rows 1% of the table's or more,
    as a habit's are (a calendar of 1,558 events with four pairs has four slips, not a habit)."""
    by_link: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.urls:
            by_link.setdefault(normalize_url(entry.urls[0].url), []).append(entry)
    groups = rows_of_groups = 0
    for key, rows in by_link.items():
        if (
            len(rows) > 1
            and all(_first_word_shared(rows[0], row) for row in rows[1:])
            and len({name_key(row.name) for row in rows}) == len(rows)
            and not any(_retyped(key, rows[0].name, row.name) for row in rows[1:])
        ):
            groups += 1  # each row a name of its own, no title typed twice: one entry written
            rows_of_groups += len(rows)  # twice is no variant
    return groups >= _VARIANT_GROUPS and rows_of_groups >= _VARIANT_SHARE * len(entries)


_RETYPED = 3 / 4  # of two names' words, shared, for one title typed twice
_RETYPED_WORDS = 5  # words of two names together, at least, for titles (`Granite 3.0-MoE`: names)


def _retyped(key: str, one: str, other: str) -> bool:
    """Whether two names are one title typed twice: the same words but the site's name
    (`BeagleBone® AI-64 - BeagleBoard`, `BeagleBone® AI-64`), or titles of five words or more
    that share three in four, words added to one side alone (`Khadas VIM4 Review - Part 1:
    Unboxing` and `Khadas VIM4 SBC Review – Part 1: Unboxing`); not an app and a variant of it
    (`Granite 3.0` and `Granite 3.0-MoE`, names too short for titles), nor two of a family, each
    with a word of its own (`… Block Storage CSI driver`, `… File Storage CSI driver`; `ResNet-18`,
    `ResNet-34`)."""
    site = {_site_name(key), *_site_words(key)}  # `- CNX Software` after a page's title
    first = set(_WORD.findall(name_key(one))) - site
    second = set(_WORD.findall(name_key(other))) - site
    every = first | second
    if len(every) < _RETYPED_WORDS and first != second:
        return False
    if len(first & second) < _RETYPED * len(every):
        return False
    return first <= second or second <= first


def _indexed_by_kind(table: Table, entries: Sequence[Entry]) -> bool:
    """Whether a table lists two entries or more each under two kinds of its first column, by
    one name and link, in six rows or more."""
    kinds: dict[tuple[str, str], set[str]] = {}
    rows: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        if not entry.urls or entry.row_index < 0 or _column_index(table, entry) <= 0:
            continue
        first = table.body[entry.row_index].cell(0)
        if first is not None:
            key = (normalize_url(entry.urls[0].url), name_key(entry.name))
            kinds.setdefault(key, set()).add(name_key(first.text))
            rows[key] += 1
    repeated = [key for key, seen in kinds.items() if len(seen) >= 2]
    if len(repeated) < _KIND_REPEATS or sum(rows[key] for key in repeated) < _KIND_ROWS:
        return False
    # a column that gives a row several kinds at once (`VLM, World-model`) tags each entry with
    # all of its kinds in one row: an entry in a second row was not merged into the first
    # (shure-dev's papers exported from Notion), not listed under each kind by design
    tagged = sum(bool(_SEVERAL_KINDS.search(row.texts[0])) for row in table.body if row.texts)
    return tagged < _TAGGED_ROWS or tagged * _TAGGED_SHARE < len(table.body)


def _fields(table: Table) -> frozenset[str] | None:
    """The first column's names of a table of two columns that names each once in plain words
    (no entry's linked name), or None."""
    if table.width != 2 or len(table.body) < _CARD_FIELDS:
        return None
    if any(not row.texts or "](" in row.texts[0] or "<" in row.texts[0] for row in table.body):
        return None
    names = [name_key(row.texts[0]) for row in table.body]
    if len(set(names)) < len(names) or not all(names):
        return None
    return frozenset(names)


_CARD_SETS = 64  # distinct sets of fields a card's fields are compared with, at most


def _cards(tables: Sequence[Table]) -> dict[int, frozenset[str]]:
    """The card tables of a document, by line: tables of two columns, a field a row, that share
    three fields or more, and half their fields, with another such table. Tables of the same
    fields are cards at once; a set of fields of its own is compared with a bounded number of
    others (thousands of tables are no quadratic walk)."""
    by_fields: dict[frozenset[str], list[int]] = {}
    for table in tables:
        found = _fields(table)
        if found is not None:
            by_fields.setdefault(found, []).append(table.line)
    compared = list(by_fields)[:_CARD_SETS]
    cards: dict[int, frozenset[str]] = {}
    for mine, lines in by_fields.items():
        alike = len(lines) >= 2 or any(
            theirs is not mine
            and (shared := len(mine & theirs)) >= _CARD_FIELDS
            and shared * 2 >= len(mine)
            for theirs in compared
        )
        if alike:
            cards.update(dict.fromkeys(lines, mine))
    return cards


# a file of one work: a book's or a paper's, not a page several works may share
_FILE = lazy_re.compile(r"\.(?:pdf|epub|mobi|djvu|docx?|pptx?)$", re.IGNORECASE)


def _again(
    document: Document,
    tallies: _Tallies,
    cross: str,
    key: str,
    page: bool,
    seen: _Seen,
    entry: Entry,
    section: int,
) -> bool:
    """Whether an entry under a link met before is the entry of ``seen`` listed again, where the
    list's convention makes that a finding (the cheap tests first: a key in thousands of
    sections is no quadratic walk)."""
    analysis = tallies.analysis
    if (
        cross != "allow"
        and seen.section != section
        and (entry.line in tallies.pasted_runs or entry.line in analysis.pasted_tables)
        and (seen.entry.name, seen.entry.description) == (entry.name, entry.description)
    ):
        return True  # a block of entries or a table pasted again, word for word: left there
    if seen.section == section and _one_record(seen.entry, entry):
        return True  # a call's agenda, `#237`, in the row of another call: copied there
    if seen.section == section and page and _one_title(key, seen.entry.name, entry.name):
        return True  # a page's title, copied twice from the page, and cut or typed apart
    return (
        (
            key not in tallies.shared
            or _same_entry(
                document, key, seen, entry, section, tallies.common(entry), tallies.kinds
            )
            # a file several rows share that plainly names one of them (`高性能MySQL_英文版.pdf`
            # under four books): copied into the others
            or (
                seen.section == section
                and _FILE.search(key) is not None
                and _copied_into(key, seen.entry, entry) is not None
            )
        )
        and (
            analysis.reported_across(cross, seen.section, section)
            or (cross == "auto" and _one_year(analysis, key, seen.section, section))
            # (one catalogue numbered through its tables gives each entry one number)
            or (cross == "auto" and tallies.numbered_through(seen.entry, entry))
        )
        and not (
            cross == "auto"
            and seen.section != section
            and _facets(seen.entry, entry)
            and not _one_catalogue(analysis, seen.entry, entry)
            # (a row copied word for word under another region: an event is in one)
            and not analysis.two_regions(seen.section, section)
        )
        # a link of many names in many sections (a venue's page for papers not out yet): two
        # names under it are two entries, in one section too
        and not (
            key in tallies.named_apart
            and (
                seen.section != section
                or not name_key(entry.name)  # a row of no name: its link tells nothing
                or name_key(seen.entry.name) != name_key(entry.name)
            )
            and (cross == "auto" or seen.section == section)
        )
        # two tables of one section under other headers: two catalogues (the problems solved
        # and the few to study again)
        and not (seen.section == section and two_catalogues(seen.entry, entry))
        and not (
            seen.entry.kind != entry.kind
            and (
                seen.section == section
                or analysis.heading_section(entry.line) in analysis.catalogue_sections
            )
        )
        # (two entries by their names, unless one's figures are the other's copied)
        and (
            _figures_copied(seen.entry, entry)
            or tallies.one_event(key, seen.entry, entry)
            or not _two_entries(
                document,
                key,
                page,
                seen.entry,
                entry,
                tallies.names,
                tallies.grouped(seen.entry, entry),
                tallies.kinds,
                tallies.common,
                tallies.written_out,
                tallies.numbered,
            )
        )
        and not tallies.variants(key, seen.entry, entry)
        # (a folder of the list's own repository that keeps two entries of two names, each a
        # file of it: `presentations/The Treachery of Files` for two talks, a deck of 2017 and
        # one of 2019, even the one named after the other's title)
        and not (tallies.own_folder(key) and name_key(seen.entry.name) != name_key(entry.name))
        and not tallies.regrouped(seen.entry, entry)
        and not tallies.results_of_a_paper(seen.entry, entry)
        and not tallies.nested(seen.entry, entry)
        and not tallies.one_card(seen.entry, entry)
        and not tallies.under_kinds(seen.entry, entry)
        and not tallies.variants_of_apps(key, seen.entry, entry)
        and not tallies.resource_shared(seen.entry, entry)
        and not tallies.two_events(seen.entry, entry, key)
        and not tallies.postings(seen.entry, entry)
        and not tallies.of_subject(key, seen.entry, entry)
        and not _shared_code(key, seen.entry, entry, seen.section == section)
        and not _besides_own_links(analysis, key, seen.entry, entry)
        # a source rows cite as a habit, unless it plainly names one row, not the other (a
        # page of the list's own, a guide it wrote, is named after one of the rows it serves)
        and not (
            tallies.citing(seen.entry, entry)
            and (_own_file(key) or not _misattributed(key, seen.entry, entry))
        )
    )


def _besides_own_links(analysis: Analysis, key: str, one: Entry, other: Entry) -> bool:
    """Whether two entries of two names share a link beside their own first links, each its
    own page (`[**Python Runner**](../services/python/python-runner) [↗](…/n8n-io/n8n)` and
    `[**n8n**](../services/…/n8n) [↗](…/n8n-io/n8n)`): the upstream both build on, not one
    entry twice."""
    mine, theirs = analysis.entry_keys[one.line], analysis.entry_keys[other.line]
    return (
        bool(mine)
        and bool(theirs)
        and key not in (mine[0], theirs[0])
        and mine[0] != theirs[0]
        and name_key(one.name) != name_key(other.name)
    )


# where an item's title ends: its first link, label (`[[PDF](…)]`) or address
_TITLE_STOP = lazy_re.compile(r"!?\[|<a\b|https?://", re.IGNORECASE)


class _Paper(NamedTuple):
    """A paper's page linked by a row or an item, under the title it goes by there."""

    line: int
    column: int
    title: str
    url: str


def _paper_title(link: InlineLink, name: str) -> str:
    """The title a paper's page is linked under: its link's own text where that is a title
    (`[Towards Artistic Image Aesthetics Assessment](…)`), else the entry's name (`[[PDF](…)]`
    after it); a bare address is no title (its words are its host's and path's)."""
    titled = link.text != link.url and _titled(link.text)
    return (link.text if titled else name).strip()


# the key of one paper's own page: arXiv's by its identifier, a DOI's
_ONE_PAPER = lazy_re.compile(r"//(?:arxiv\.org/abs/\d{4}\.\d{4,5}|doi\.org/10\.)")
# a paper site's page that lists many papers, no one paper's (a venue's accepted papers on
# OpenReview, `openreview.net/group?id=NeurIPS.cc/2023/Conference`; an arXiv listing or author)
_PAPERS_LISTED = lazy_re.compile(r"openreview\.net/group\b|arxiv\.org/(?:list|a)/")


def _papers_page(url: str) -> bool:
    """Whether a link is one paper's page: on a paper site, and no page listing many."""
    return host_of(url) in PAPER_HOSTS and not _PAPERS_LISTED.search(url)


# an address on a paper site as written in a row's or an item's source (its host may have
# subdomains: `www.`, `export.`): most of a list's rows write none, and are read no further
_PAPER_SITES = r"(?:[\w-]+\.)*(?:" + "|".join(map(re.escape, sorted(PAPER_HOSTS))) + ")"
_PAPER_ADDRESS = lazy_re.compile(r"https?://" + _PAPER_SITES + r"(?:[/?#][^\s<>()\[\]|]*)?", re.I)
# a paper site after a scheme, as a line is searched for one (`://` first: a scan at C speed)
_PAPER_SITE = lazy_re.compile("://" + _PAPER_SITES, re.IGNORECASE)


class _Unit(NamedTuple):
    """A row or an item that writes an address on a paper site, and the keys of those."""

    line: int
    column: int
    text: str  # a row's cells, or an item's paragraph
    name: str  # its entry's name; "" for an item that is none (its title is read from it)
    cells: tuple[str, ...]
    keys: frozenset[str]


def _paper_units(document: Document, analysis: Analysis) -> list[_Unit]:
    """The rows (of entries) and items that write an address on a paper site, in order, with
    the normalized addresses; those that link by reference may too, and are kept."""
    # rows that link by reference may link a paper's page only where a definition does
    referenced = any(
        _PAPER_ADDRESS.match(destination) for destination, _ in document.definitions.values()
    )
    named = {entry.line: entry for entry in analysis.entries.entries}
    papered = document.lines_matching(_PAPER_SITE)  # most lines: none
    units: list[_Unit] = []
    for table in document.tables:
        titled = title_column(table)
        for row in table.body:
            if row.line not in papered and not (referenced and "][" in row.raw):
                continue
            entry = named.get(row.line)
            # (a notebook is told by its row at C speed first: most rows link none)
            notebook = ".ipynb" in row.raw or "colab.research" in row.raw
            if notebook and entry is not None and _names_code(entry):
                continue  # a tutorial citing the paper of the model it uses
            name = _row_title(entry, row.texts, titled)
            if not _titled(name) and not _titles_paper(row.texts):
                continue  # a row named by no title (a model's, a dataset's): two of one paper
            if entry is not None and name == entry.name and _lists_works(row, entry):
                continue  # `[Habitat](…), [AI2-THOR](…), [GeoQA](…)`: works listed, no title
            if titled < 0 and _papers_listed(row.texts):
                continue  # a role's representative methods, listed: the row's words title none
            keys = _paper_keys(_own_papers(row.texts) or row.raw, referenced)
            if keys is not None:
                units.append(_Unit(row.line, row.column, row.raw, name, tuple(row.texts), keys))
    for item in document.items:
        if item.paragraph is None:
            continue
        lines = item.paragraph.lines
        if not referenced and not any(part.line in papered for part in lines):
            continue
        text = _without_cited(item.paragraph.text)
        keys = _paper_keys(text, referenced)
        if keys is None:
            continue
        entry = named.get(item.line)
        if entry is not None:
            units.append(_Unit(item.line, item.column, text, entry.name, (text,), keys))
        elif _cites_after_title(text):
            units.append(_Unit(item.line, item.column, text, "", (text,), keys))
    units.sort(key=lambda unit: unit.line)
    return units


def _titles_paper(texts: Sequence[str]) -> bool:
    """Whether a row links a paper's page under a title of its own (`[DocVQA: A Dataset for VQA
    on Document Images](arxiv.org/abs/…)` in the `Paper` column of a row named `DocVQA`): the
    page is that title's, whatever name the row goes by."""
    # (a cell is told by its `://` at C speed first, and a link by its text, most often a
    # label that ``_titled`` tells by its length: most rows link no paper under a title)
    return any(
        not link.image and _titled(link.text) and _PAPER_ADDRESS.match(link.url) is not None
        for text in texts
        if "://" in text and _PAPER_SITE.search(text) is not None
        for link in kept_links(text)
    )


def _lists_works(row: Row, entry: Entry) -> bool:
    """Whether a row's name cell lists several works, each linked and set apart by a comma (a
    table of the benchmarks and datasets of a field, several in a cell): its text is no title
    of one. A title's link beside a badge or a label (`[[demo]](…)`) is one work's."""
    cell = _name_cell(row, entry)
    return cell is not None and _works_listed(cell.text, _LISTED_WORKS)


def _works_listed(text: str, least: int) -> bool:
    """Whether a cell lists ``least`` works or more, each linked and set apart by a comma, none
    of them a label (`[Paper](…), [Code](…)` are one work's pages) nor a picture."""
    if not _WORKS_APART.search(text):
        return False
    named = [link for link in links(text) if not (link.image or link.badge)]
    return len(named) >= least and not any(is_link_label(link.text) for link in named)


_LISTED_PAPERS = 3  # works linked in a cell, at least, for it to list works (not a paper's two
# pages, `[IEEE](…), [Preprint](…)`)


def _papers_listed(texts: Sequence[str]) -> bool:
    """Whether every cell of a row that writes a paper's address lists works, three or more,
    each linked and set apart by a comma (`[GAIA-1](…), [Vista](…), [ReSim](…)` under
    `Representative methods`, beside what a role does), in a table of no title column: none of
    them is titled by the row's other words."""
    papers = [text for text in texts if _PAPER_SITE.search(text) is not None]
    return bool(papers) and all(_works_listed(text, _LISTED_PAPERS) for text in papers)


_WORKS_APART = lazy_re.compile(r"\)\s*[,，、;]\s*\[")  # `[A](…), [B](…)`
_LISTED_WORKS = 2  # linked works, at least, set apart in a name cell for it to list them


def _names_code(entry: Entry) -> bool:
    """Whether an entry's name links a notebook (`[Fine-Tune PaliGemma2 for LaTeX OCR]
    (https://github.com/…/how-to-finetune-paligemma2.ipynb)`): a tutorial, whose paper is the
    one its model comes from, which several tutorials of one model cite."""
    if not (entry.name_links and entry.own_urls):
        return False
    url = entry.own_urls[0].url.split("?", 1)[0].split("#", 1)[0]
    return url.lower().endswith(".ipynb") or "colab.research.google.com" in url


def _row_title(entry: Entry | None, texts: tuple[str, ...], titled: int) -> str:
    """A row's title: its entry's name, or for a row of no entry (its title plain text, its
    links badges) its title column's text; "" for none."""
    if 0 <= titled < len(texts) and (entry is None or "](" not in texts[titled]):
        return plain_text(texts[titled])  # the title column's plain title (`SR-LIVO: …`)
    return entry.name if entry is not None else ""


# a link or a bare address as written, its text holding one bracketed pair at most (`[[PDF](…)]`)
_WRITTEN_LINK = lazy_re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*\)|https?://\S+")


def _cites_after_title(text: str) -> bool:
    """Whether an item that is no entry names a work and then links it, nothing but links and
    marks after its title (`Felicitas: … Frameworks. [[PUB](…)] [[PDF](…)]`), not a sentence
    that links a word inside it (`see our [preprint](…), Figure 1 and text`)."""
    start = _TITLE_STOP.search(text)
    if start is None:
        return False
    rest = _WRITTEN_LINK.sub("", text[start.start() :])
    return not any(char.isalpha() for char in rest)


# an address's host and path, as written
_HOST_PATH = lazy_re.compile(r"(?i)https?://(?:www\.)?([^/?#]*)([^?#]*)")
_NUMBER_RUN = lazy_re.compile(r"\d{4,}")


def _rough_key(address: str) -> str:
    """What two addresses that ``normalize_url`` makes one share, found without it (a call for
    each paper of a list of thousands): their host and the first run of four digits or more in
    their path (an arXiv paper's, a DOI's), else the path itself without case or a trailing `/`."""
    match = _HOST_PATH.match(address)
    if match is None:
        return address
    host, path = match.group(1).lower(), match.group(2)
    number = _NUMBER_RUN.search(path)
    return f"{host}|{number.group() if number else path.lower().rstrip('/')}"


_LINKED = lazy_re.compile(r"!?\[[^\[\]]*\]\([^()\s]*\)")
_PROSE_WORDS = 4  # words outside its links that make a cell a sentence


def _own_papers(texts: tuple[str, ...]) -> str:
    """A row's cells that write a paper's address outside a sentence (its `Paper` cell, not a
    note citing `AM from [previous IBM paper](…)`), joined; "" where only sentences do."""
    own = [
        text
        for text in texts
        if _PAPER_ADDRESS.search(text) and len(_LINKED.sub(" ", text).split()) < _PROSE_WORDS
    ]
    return "|".join(own)


# an aside in parentheses, a link's target inside it (one level of parentheses)
_ASIDE = lazy_re.compile(r"\((?:[^()]|\([^()]*\))*\)")


def _without_cited(text: str) -> str:
    """An item's text without its asides that cite another work in a sentence (`*(arXiv admin
    note: text overlap with VideoDPO, [arXiv:2412.14167](…), by other authors.)*`): the page
    cited is the other entry's, not this one's (a `([PDF](…))` after the title is its own)."""

    def kept(aside: re.Match[str]) -> str:
        written = aside.group()
        if "](" in written and len(_LINKED.sub(" ", written[1:-1]).split()) >= _PROSE_WORDS:
            return " "
        return written

    return _ASIDE.sub(kept, text) if "](" in text else text


def _paper_keys(text: str, referenced: bool) -> frozenset[str] | None:
    """The rough keys (``_rough_key``) of the addresses on paper sites a source writes; None
    where it writes none and links nothing by reference ("*" for what a reference may link)."""
    found = frozenset(_rough_key(address) for address in _PAPER_ADDRESS.findall(text))
    if referenced and "][" in text:
        return found | {"*"}
    return found or None


# a link's text that names a later version of a work (`[2025 v2]`, `[journal version]`)
_FOLLOW_UP = lazy_re.compile(r"(?i)\bv\d+\b|\bversion\b|\bextension\b|\bextended\b")


def _papers(document: Document, analysis: Analysis) -> Iterator[tuple[int, str, _Paper]]:
    """The pages of papers that rows and items link anywhere (a `[[PDF](…)]` after the title, an
    arXiv badge in a links column), with their sections, keys and titles, in the list's order:
    only those of a page that another row or item of the section may write too are parsed."""
    units = _paper_units(document, analysis)
    sections = [analysis.heading_section(unit.line) for unit in units]
    counted = Counter(
        (section, key) for unit, section in zip(units, sections, strict=True) for key in unit.keys
    )
    definitions = document.definitions
    for unit, section in zip(units, sections, strict=True):
        if "*" not in unit.keys and all(counted[section, key] < 2 for key in unit.keys):
            continue
        name = _item_title(unit.name or _TITLE_STOP.split(unit.text, 1)[0])
        cited = False  # whether the unit has linked a paper's page yet
        for cell in unit.cells:
            for link in kept_links(cell, definitions) if cell else ():
                if link.image or not _PAPER_ADDRESS.match(link.url):
                    continue  # no paper site's address (``host_of`` asked of those only)
                if not _papers_page(link.url):
                    continue
                if cited and _FOLLOW_UP.search(link.text):
                    continue  # `[[2025 v2]](…)` after the paper's own: its sequel's page
                cited = True
                title = _paper_title(link, name)
                yield (
                    section,
                    normalize_url(link.url),
                    _Paper(unit.line, unit.column, title, link.url),
                )


# an item that names its work in emphasis before what it says of it (`**Tree of Thoughts**: 核心
# 思想是搜索算法 + LLM。`)
_EMPHASISED_NAME = lazy_re.compile(r"\s*(\*\*|__)(?P<name>[^*_]+?)\1\s*[:：]")


def _item_title(text: str) -> str:
    """The title an item's text before its first link gives its work: its emphasised name where
    a description follows it, else all of that text."""
    named = _EMPHASISED_NAME.match(text)
    return named.group("name").strip() if named else plain_text(text)


def _retitled_papers(
    document: Document, analysis: Analysis, reported: set[int]
) -> Iterator[Finding]:
    """A paper's page that two rows or items of one section link under two titles, wherever in
    them (`No One Left Behind… [[PDF](arxiv.org/abs/2202.08036)]` after `Felicitas: …
    [[PDF](arxiv.org/abs/2202.08036)]`): a page is one paper's, so one of the two links was
    copied into the wrong entry (or one paper is listed twice under its two titles)."""
    seen: dict[tuple[int, str], list[_Paper]] = {}
    for section, key, paper in _papers(document, analysis):
        known = seen.setdefault((section, key), [])
        if len(known) >= _COLLECTION:
            continue  # a page of dozens of entries is a collection's, not one paper's
        if paper.line in reported:
            known.append(paper)
            continue
        earlier = next(
            (
                other
                for other in known
                if other.line != paper.line
                and not _versions_apart(other.url, paper.url)
                and _titled_apart(other.title, paper.title)
            ),
            None,
        )
        known.append(paper)
        if earlier is None:
            continue
        reported.add(paper.line)
        # where the link is written on its line (the row's or the item's start, if elsewhere)
        column = document.source.lines[paper.line - 1].find(paper.url) + 1 or paper.column
        yield _at_link(
            (paper.line, column),
            paper.url,
            f"is also the paper of `{earlier.title}` on line {earlier.line}, "
            f"{analysis.where(earlier.line, paper.line)}: one paper's page under two titles",
            (earlier.line, earlier.column),
        )


_LISTING_ROWS = 3  # rows, one in this many at least, whose name cell lists several entries


def _related_tables(document: Document, context: Context) -> set[int]:
    """The tables (by line) whose rows are named by a column of other entries they relate to:
    one its header says so (`OSS Alternatives`: `[Apache Kafka](…)` for both SQS and
    Kinesis), or one that lists several of them by name in a row's cell (one row in three),
    after a first column of plain values (`| `C1` | [EVI](…), [EVI2](…) |`: a constant and the
    indices that use it). A mapping, not a catalogue, that offers one entry for several rows
    by design."""
    index = context.analysis.entries
    definitions = document.definitions
    found = set()
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or not 0 <= columns.name < len(table.header.texts):
            continue
        header = normalize_header(table.header.texts[columns.name])
        listing = columns.name > 0 and _lists_entries(table, columns.name, definitions)
        if header in RELATED_HEADERS or listing:
            found.add(table.line)
    return found


def _lists_entries(table: Table, column: int, definitions: Definitions) -> bool:
    """Whether a table's column lists several linked entries, each by its name, in one row in
    three or more, after a first column of plain values (the rows' own names)."""
    if any("](" in (row.texts[0] if row.texts else "") for row in table.body):
        return False  # a first column of links: the rows' own names
    listing = 0
    for row in table.body:
        cell = row.cell(column)
        found = kept_links(cell.text, definitions) if cell is not None and cell.text else ()
        # entries named, not a work's pages labelled (`[Paper](…) [Code](…)`) nor addresses
        # written out (a repository's and its site's, `https://github.com/…<br>https://…`)
        named = {
            link.url
            for link in found
            if not link.image and not is_link_label(link.text) and link.text != link.url
        }
        listing += len(named) >= 2
    return listing * _LISTING_ROWS >= len(table.body)


def _at_link(where: tuple[int, int], url: str, said: str, other: tuple[int, int]) -> Finding:
    """A finding on a link written at ``where`` (line, column), the message starting with the
    link, the other entry's place related."""
    line, column = where
    return Finding(line, column, f"`{url}` {said}", related=(other,), end_column=column + len(url))


def check(document: Document, context: Context) -> Iterator[Finding]:
    # a news item names a project again at each of its events
    yield from context.analysis.outside_news(_findings(document, context))


def _findings(document: Document, context: Context) -> Iterator[Finding]:
    reported: set[int] = set()
    for finding in _repeated_entries(document, context):
        reported.add(finding.line)
        yield finding
    for finding in _retitled_papers(document, context.analysis, reported):
        reported.add(finding.line)
        yield finding
    for finding in _copied_cell_links(document, context, reported):
        reported.add(finding.line)
        yield finding
    for finding in _pasted_rows(document, context, reported):
        reported.add(finding.line)
        yield finding
    for finding in _badges_of_other_entries(document, context, reported):
        reported.add(finding.line)
        yield finding
    # the lines that link each repository, read once for both checks of badges, where one asks
    linked = cache(partial(_repositories_linked, document.source.lines))
    for finding in _badges_at_odds(document, context, reported, linked):
        reported.add(finding.line)
        yield finding
    for finding in _links_beside_badges(document, context, reported, linked):
        reported.add(finding.line)
        yield finding
    for finding in _copied_mirrors(document, reported):
        reported.add(finding.line)
        yield finding
    for finding in _names_written_two_ways(document, context, reported):
        reported.add(finding.line)
        yield finding
    yield from _repeated_items(document, reported)


# a video's page, as ``normalize_url`` writes it, on a platform that shows it: the platform
# (`youtu.be/x` is YouTube's `watch?v=x`; a Bilibili video's part keeps its `?p=`)
_MIRROR = lazy_re.compile(
    r"//(?:m\.)?(youtube)\.com/watch\?v=[\w-]+$|//(bilibili)\.com/video/\w+(?:\?p=\d+)?$"
    r"|//(vimeo)\.com/\d+$|//(zhihu)\.com/zvideo/\d+$|//(ixigua)\.com/\d+$"
    r"|//(douyin)\.com/video/\d+$"
)
_MIRROR_HOSTS = (
    *("youtube.com", "youtu.be", "bilibili.com", "vimeo.com"),
    *("zhihu.com", "ixigua.com", "douyin.com"),
)
_PLAYED_FROM = lazy_re.compile(r"[?&#](?:t|start|time_continue)=")  # a time in a longer video


def _mirrors(cell: Cell) -> dict[str, tuple[str, int]]:
    """A cell's videos by platform, each with where its link is written, where it shows one
    video on each platform it names; empty where it names a platform twice (two videos, not
    one) or plays one from a time (a part of a longer video)."""
    found: dict[str, tuple[str, int]] = {}
    for link in links(cell.text):
        if _PLAYED_FROM.search(link.url):
            return {}
        match = _MIRROR.match(normalize_url(link.url).partition("#")[0])
        if match is None:
            continue
        platform = next(group for group in match.groups() if group is not None)
        if platform in found and found[platform][0] != match.group():
            return {}
        found[platform] = (match.group(), cell.column + max(link.offset, 0))
    return found


def _copied_mirrors(document: Document, reported: set[int]) -> Iterator[Finding]:
    """A video a row shows on several platforms (Bilibili, Zhihu, YouTube), one of whose
    links is another row's while its others are not (paper-reading's MoCo row, its YouTube link
    the survey's above it): one recording is on each platform, so the link was copied from that
    row."""
    if not document.writes(*_MIRROR_HOSTS):
        return  # most lists: no video, told by a search for their hosts
    for table in document.tables:
        seen: dict[tuple[int, str, str], tuple[Row, dict[str, tuple[str, int]]]] = {}
        for row in table.body:
            if not any(host in row.raw for host in _MIRROR_HOSTS):
                continue
            for index, cell in enumerate(row.cells):
                shown = _mirrors(cell)
                if len(shown) < 2:
                    continue
                for platform, (video, at) in shown.items():
                    earlier = seen.setdefault((index, platform, video), (row, shown))
                    if earlier[0] is row or row.line in reported:
                        continue
                    other = earlier[1]
                    apart = [
                        name
                        for name, (its, _) in shown.items()
                        if other.get(name, (its, 0))[0] != its
                    ]
                    if apart:
                        reported.add(row.line)
                        yield Finding(
                            row.line,
                            at,
                            f"{platform} video `{video.removeprefix('//')}` is also on line "
                            f"{earlier[0].line}, whose {apart[0]} video is another: one row's "
                            "link copied into the other",
                            related=((earlier[0].line, earlier[0].column),),
                        )


# a badge that names a repository: a shields.io badge of its stars, forks or activity, a link to
# its stargazers, or a link whose only content is a shields.io image (Markdown's or HTML's)
_BADGE_REPOSITORY = lazy_re.compile(
    r"(?i)img\.shields\.io/github/(?:stars|forks|watchers|last-commit|issues|license|release)"
    r"/([\w.-]+)/([\w.-]+?)(?=[?/)\s\"']|\.svg)"
    r"|github\.com/([\w.-]+)/([\w.-]+)/(?:stargazers|network/members)"
    r"|!\[[^\[\]]*\]\(https?://img\.shields\.io/[^()\s]*\)\]\(https?://github\.com/([\w.-]+)/([\w.-]+?)/?\)"
    r"|<a\s+href=[\"']?https?://github\.com/([\w.-]+)/([\w.-]+?)/?[\"']?\s*>\s*<img\s[^>]*shields\.io"
)
_BADGE_SEEN = lazy_re.compile(
    r"shields\.io|stargazers|network/members"
)  # the lines to read for one
_GITHUB_REPOSITORY = lazy_re.compile(
    r"(?i)https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/?(?:[?#]|$)"
)


def _repository(url: str) -> str:
    """The `owner/name` of a link to a GitHub repository's page, case-folded, or ""."""
    found = _GITHUB_REPOSITORY.match(url)
    return f"{found.group(1)}/{found.group(2)}".casefold() if found else ""


def _called(entry: Entry) -> str:
    """What an entry is called: its name's link's text, where the name cell holds more (a
    badge's alt text after it), else its name."""
    first = entry.own_urls[0] if entry.own_urls and entry.name_links else None
    text = first.text.strip() if first is not None and not first.badge else ""
    return text if text and text in entry.name else entry.name


def _badges_of_other_entries(
    document: Document, context: Context, reported: set[int]
) -> Iterator[Finding]:
    """An entry of its own repository whose badge names another entry's repository (Toooba's
    stars badge `…/github/stars/bluespec/Piccolo`, the row above's; microsandbox's badge linking
    `e2b-dev/E2B`): the badge copied from that entry, which shows the other's stars, or the
    entry's link copied from another row beside its own badge. A repository the row links too
    (a paper's code in two toolkits) is its own."""
    if not document.writes("shields.io", "stargazers", "network/members"):
        return  # most lists: no badge of a repository, told by a search for its words
    lines = document.lines_matching(_BADGE_SEEN)
    entries = context.analysis.entries.entries
    own: dict[str, Entry] = {}
    for entry in entries:
        repository = _repository(entry.own_urls[0].url) if entry.own_urls else ""
        if repository:
            own.setdefault(repository, entry)
    for entry in entries:
        if entry.line not in lines or entry.line in reported or not entry.own_urls:
            continue
        repository = _repository(entry.own_urls[0].url)
        if not repository:
            continue
        # a paper's code in two repositories, each linked in its row (`espnet`, `FunASR`)
        linked = {_repository(link.url) for link in entry.urls}
        line = document.source.lines[entry.line - 1]
        for found in _BADGE_REPOSITORY.finditer(line):
            owner, name = next(
                (found.group(i), found.group(i + 1)) for i in (1, 3, 5, 7) if found.group(i)
            )
            named = f"{owner}/{name.removesuffix('.git')}".casefold()
            other = own.get(named)
            if named in linked or other is None or other.line == entry.line:
                continue
            yield Finding(
                entry.line,
                found.start() + 1,
                f"the badge names `{owner}/{name}`, the repository of `{_called(other)}` on line "
                f"{other.line}, but this entry links `{entry.own_urls[0].url}`: the badge or the "
                "link was copied from another entry",
                related=((other.line, other.column),),
            )
            break


# a repository's badge and the page it links: `[![stars](…/github/stars/A/a)](https://github.com/B/b)`
_LINKED_BADGE = lazy_re.compile(
    r"(?i)\[!\[[^\[\]]*\]\(https?://img\.shields\.io/github/"
    r"(?:stars|forks|watchers|last-commit|issues|license|release)"
    r"/([\w.-]+)/([\w.-]+?)(?:\.svg|\.png)?(?:[?/][^()\s]*)?\)\]"
    r"\(https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/?(?:[?#][^()\s]*)?\)"
)


_NAMED_REPOSITORY = 3  # letters of a repository's name, at least, for a row's words to name it


def _badges_at_odds(
    document: Document,
    context: Context,
    reported: set[int],
    linked: Callable[[], dict[str, list[int]]],
) -> Iterator[Finding]:
    """A badge that counts one repository and links another, where one of the two is the row's
    own (linked in it elsewhere) and the other another entry's, linked on another line
    (MMSearch-R1's stars badge of `EvolvingLMMs-Lab/multimodal-search-r1`, its date's link,
    linking `RAG-Gym/RAG-Gym`, the RAG-Gym row's; EPO's badge linking its own repository and
    counting GRAPE's): the badge's image or its link copied from that row, which shows the
    other's stars or leads to it."""
    if not document.writes("img.shields.io/github/"):
        return  # most lists: no repository's badge
    lines = document.source.lines
    entries = context.analysis.entries.entries
    # (``linked``: the lines that link each repository outside its badges, read once the first
    # badge at odds is found; most lists have none)
    for entry in entries:
        text = lines[entry.line - 1]
        if entry.line in reported or "img.shields.io/github/" not in text:
            continue
        for found in _LINKED_BADGE.finditer(text):
            written = (f"{found.group(1)}/{found.group(2)}", f"{found.group(3)}/{found.group(4)}")
            counted, target = (repository.casefold() for repository in written)
            if counted == target:
                continue
            own = text[: found.start()] + text[found.end() :]
            mine = {_repository(url) for url in _ADDRESS.findall(own)}
            # a repository named in the row's words, outside links (`EPO: Entropy-regularized
            # …` beside `WujiangXu/EPO`), where the other is not
            words = name_key(_ADDRESS.sub(" ", own))
            named = {
                repository
                for repository in (counted, target)
                if len(name := name_key(repository.partition("/")[2])) >= _NAMED_REPOSITORY
                and name in words
            }
            if len(named) == 1:
                mine |= named
            shown = dict(zip((counted, target), written, strict=True))
            for here, there in ((counted, target), (target, counted)):
                if here not in mine or there in mine:
                    continue
                others = [line for line in linked().get(there, []) if line != entry.line]
                if not others:
                    continue
                what = "counts" if there == counted else "links"
                yield Finding(
                    entry.line,
                    found.start() + 1,
                    f"the badge {what} `{shown[there]}`, the repository linked on line "
                    f"{others[0]}, where this row's own is `{shown[here]}`: the badge was copied "
                    "from that row",
                    related=((others[0], 1),),
                )
                reported.add(entry.line)
                break
            if entry.line in reported:
                break  # one finding a row


# a repository's link and, after it, a badge of a repository's that is no link:
# `[Code](https://github.com/A/a) ![Stars](https://img.shields.io/github/stars/B/b)`
_BADGE_BESIDE = lazy_re.compile(
    r"(?i)\]\(https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/?\)[ \t]*"
    r"!\[[^\[\]]*\]\(https?://img\.shields\.io/github/(?:stars|forks)"
    r"/([\w.-]+)/([\w.-]+?)(?:\.svg|\.png)?(?:[?/][^()\s]*)?\)"
)


_BADGES_READ = 8  # link-and-badge pairs of a row read, at most


def _links_beside_badges(
    document: Document,
    context: Context,
    reported: set[int],
    linked: Callable[[], dict[str, list[int]]],
) -> Iterator[Finding]:
    """A repository's link beside a stars or forks badge that counts another repository, the
    row's own (its name a word of the row, where the linked one is not, however punctuated),
    where another line links the linked one: the link copied from that row beside the row's own
    badge (ODFormer's `Code` linking `microsoft/bioemu`, the next row's, beside the stars of
    `xujing363/ODFormer`)."""
    if not document.writes("img.shields.io/github/"):
        return  # most lists: no repository's badge
    lines = document.source.lines
    for entry in context.analysis.entries.entries:
        text = lines[entry.line - 1]
        if entry.line in reported or "img.shields.io/github/" not in text:
            continue
        words = ""  # the row's words (no address, no picture's text), read once a pair is at odds
        odds = 0  # pairs at odds read: a row has a badge or two, a line of thousands a few
        for found in _BADGE_BESIDE.finditer(text):
            target = f"{found.group(1)}/{found.group(2)}"
            counted = f"{found.group(3)}/{found.group(4)}"
            if target.casefold() == counted.casefold():
                continue
            odds += 1
            if odds > _BADGES_READ:
                break
            words = words or name_key(_ADDRESS.sub(" ", _PICTURE.sub(" ", text)))
            mine, theirs = (name_key(name.partition("/")[2]) for name in (counted, target))
            if len(mine) < _NAMED_REPOSITORY or not _word_of(mine, words):
                continue  # the row names not the repository counted (`art` in `Smart`)
            if _squeezed(theirs) in _squeezed(words):
                continue  # the row names the one it links (`Colossal-AI`, `hpcaitech/ColossalAI`)
            others = [line for line in linked().get(target.casefold(), []) if line != entry.line]
            if not others:
                continue
            yield Finding(
                entry.line,
                text.find("http", found.start()) + 1,
                f"`{target}` is the repository linked on line {others[0]}, but the badge beside "
                f"it counts `{counted}`, this row's own: the link was copied from that row",
                related=((others[0], 1),),
            )
            break


_PICTURE = lazy_re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")  # a picture's text is not the row's words


def _word_of(name: str, words: str) -> bool:
    """Whether a name is written in a row's words as a word of its own, no Latin letter or
    digit on either side (`bioemu` in `BioEmu:`, `odformer` in `基于ODFormer`; not `art` in
    `smart`)."""
    start = words.find(name)
    while start >= 0:
        end = start + len(name)
        beside = words[start - 1 : start] + words[end : end + 1] if start else words[end : end + 1]
        if not any(char.isascii() and char.isalnum() for char in beside):
            return True
        start = words.find(name, start + 1)
    return False


def _squeezed(text: str) -> str:
    """A text without spaces and a name's separators (`colossal-ai` as `colossalai`)."""
    return _UNSPACED.sub("", text).replace(" ", "")


def _repositories_linked(lines: Sequence[str]) -> dict[str, list[int]]:
    """The lines that link each GitHub repository (case-folded `owner/name`), a badge's too (the
    page it leads to, not the image it shows)."""
    found: dict[str, list[int]] = {}
    for number, text in enumerate(lines, 1):
        if "github.com/" not in text:
            continue
        bare = _LINKED_BADGE.sub(r" https://github.com/\3/\4 ", text)
        for url in _ADDRESS.findall(bare):
            repository = _repository(url)
            if repository and number not in found.setdefault(repository, []):
                found[repository].append(number)
    return found


def _label_rows(table: Table) -> list[int]:
    """The lines of a table's rows that label the rows below them, in order: a row that fills
    its first cell alone with a label, in emphasis or ending with a colon (`| **Aggregation:**
    (Timeseries) | |`; not an entry's row of empty cells), or writes the header again
    after it (a compliance matrix's `| Tracer | Optional | Go | Java |`). Two rows with one
    between them stand in two groups, each of which may list a value (`| Annual | `annual` |`)
    once."""
    header = table.header.texts[1:]
    return [
        row.line
        for row in table.body
        if row.texts
        and row.texts[0]
        and (
            (_LABEL_CELL.match(row.texts[0]) and not any(text.strip() for text in row.texts[1:]))
            or row.texts[1:] == header
        )
    ]


# a cell that labels the rows below it: in emphasis at its start, or ending with a colon
_LABEL_CELL = lazy_re.compile(r"\s*(?:\*\*|__|<(?:b|strong)\b)|.*[:：]\s*$", re.IGNORECASE)


def _labelled_apart(labels: list[int], earlier: int, later: int) -> bool:
    """Whether a label row (of ``_label_rows``) stands between lines ``earlier`` and ``later``."""
    at = bisect_right(labels, earlier)
    return at < len(labels) and labels[at] < later


_PASTED_CELLS = 2  # cells a row fills, at least, to be an entry pasted twice
_PASTED_LENGTH = 12  # characters its cells write together, at least
# a cell that shapes a table rather than names an entry: a run of dashes or colons, or a label
# in emphasis (a header row written again in the body, `| **Name** | **Link** |`)
_SHAPING = lazy_re.compile(r"[-:\s]+|([*_]{1,3})[^*_].*\1")


# a domain written defanged, as a threat list writes what it must not link (`motorsich\\[.\\]com`
# for `motorsich.com`, its dot in brackets, escaped or not)
_DEFANGED = lazy_re.compile(r"\\?\[\.\\?\]")


def _defanged(raw: str) -> bool:
    """Whether a row writes a dot in brackets, escaped or not (read by substrings: most rows
    have none)."""
    return "[.]" in raw or "[.\\]" in raw


def _undefanged(texts: tuple[str, ...]) -> tuple[str, ...]:
    """A row's texts with their defanged dots written back: one domain however written."""
    return tuple(_DEFANGED.sub(".", text) for text in texts)


def _pasted_rows(document: Document, context: Context, reported: set[int]) -> Iterator[Finding]:
    """A row of a table that repeats an earlier row word for word, links and all: an entry
    pasted twice, whatever its links are (one that many rows cite, a badge's). A row whose first
    cell is empty (a feature matrix's second line for another system), whose cells all shape
    the table (a header row written again, `| **Name** | **Link** |`) or that links nothing
    where other rows link (an audit log's two engagements of one client in one month, their
    reports still to come) is not compared. In a table of plain names, where no row links, a
    row is its entry."""
    for table in document.tables:
        first: dict[tuple[str, ...], Row] = {}  # each row's texts, by the row first written so
        plain: bool | None = None  # whether no row of the table links: asked of a row repeated
        labels: list[int] | None = None  # its label rows' lines: asked of a row repeated
        for row in table.body:
            texts = row.texts  # trimmed: the cells as they read
            defanged = _defanged(row.raw)
            if defanged:
                texts = _undefanged(texts)  # its domains read as written elsewhere
            before = first.setdefault(texts, row)
            if before is row or row.line in reported:
                continue  # most rows: written once, read no further
            earlier = before.line
            filled = [text for text in texts if text]
            if (
                not texts[0]
                or len(filled) < _PASTED_CELLS
                or sum(map(len, filled)) < _PASTED_LENGTH
                or all(_SHAPING.fullmatch(text) for text in filled)
            ):
                continue
            if _across_groups(context, earlier, row.line):
                continue  # two groups of a table: two sections, whose repeats the habit judges
            if labels is None:
                labels = _label_rows(table)
            if _labelled_apart(labels, earlier, row.line):
                first[texts] = row  # this group's copy, which a later one in it repeats
                continue
            if not _ADDRESS.search(row.raw):
                if plain is None:
                    # a link to a file of the list's is a link too (a matrix's feature groups
                    # link their chapters of the specification)
                    plain = not any(
                        "](" in other.raw or _ADDRESS.search(other.raw) for other in table.body
                    )
                if not plain:
                    continue
            how = "word for word"
            if (defanged or _defanged(before.raw)) and row.texts != before.texts:
                how = "but for its addresses written defanged (`[.]`)"
            yield Finding(
                row.line,
                row.column,
                f"this row repeats line {earlier} {how}: the same entry twice",
                related=((earlier, row.column),),
            )


_PLAIN_NAMES = 5  # rows of a table, at least, for its plain names to be its entries' keys
_NAME_LETTERS = 3  # letters of a name, at least, for its other case to be another spelling
# (`gT` and `gt`, `kB` and `kb`, `MM` and `mm` are two keys, units or tokens)


def _linked(text: str, definitions: Definitions) -> bool:
    """Whether a row's or a cell's text links anything: inline, by a reference
    (`[chip8][Lockna-chip8]`) or by an address written out."""
    return (
        "](" in text
        or _ADDRESS.search(text) is not None
        or ("[" in text and any(True for _ in links(text, definitions)))
    )


def _spelling(name: str) -> str:
    """A name as compared with the table's others: lower case, without spaces (`Motorola moto
    g7` is `Motorola Moto G7`, `Pixel 2XL` is `Pixel 2 XL`); no other folding (`ﬅ` and `ﬆ`
    are two characters a list of characters lists)."""
    return "".join(name.lower().split())


def _names_written_two_ways(
    document: Document, context: Context, reported: set[int]
) -> Iterator[Finding]:
    """Two rows of a table of plain names (no first cell links), each name written once but
    these two, whose names differ only in case or spacing: one entry written twice, its cells
    split between the two rows, none of them written two ways (a generated device matrix's
    `Motorola moto g7` under `Motorola Moto G7`). Where rows link their entries elsewhere, the
    two rows must agree on each other cell that links nothing, two filled at least (`Eve
    Online` under `EVE Online`, one developer, engine and year): two projects of one name
    (`Unifi` and `UniFi`, each its own repository) are two entries. Names of fewer than three
    letters tell apart by case (`gT` and `gt`, `kB` and `kb`)."""
    definitions = document.definitions
    for table in document.tables:
        rows = [row for row in table.body if row.texts and row.texts[0]]
        if len(rows) < _PLAIN_NAMES or any(_linked(row.texts[0], definitions) for row in rows):
            continue
        names = [plain_text(row.texts[0], definitions).strip() for row in rows]
        if len(set(names)) < len(names):
            continue  # the table writes a name in several rows: its way, not a slip
        spelled: dict[str, int] = {}
        plain: bool | None = None  # whether no row of the table links: asked of a pair
        for index, name in enumerate(names):
            if len(LETTER.findall(name)) < _NAME_LETTERS:
                continue  # a short name, told apart by case (`gT`, `gt`)
            earlier = spelled.setdefault(_spelling(name), index)
            row, before = rows[index], rows[earlier]
            if earlier == index or row.line in reported:
                continue
            if plain is None:
                plain = not any(_linked(other.raw, definitions) for other in table.body)
            if plain and not _split(before.texts[1:], row.texts[1:]):
                continue  # two entries that tell apart by case (`ZZ` and `zz`, `PaLM`, `PALM`)
            if not plain and not _agree_but_links(before.texts[1:], row.texts[1:], definitions):
                continue
            if _across_groups(context, before.line, row.line):
                continue
            yield Finding(
                row.line,
                row.column,
                f"`{name}` is `{names[earlier]}` of line {before.line} written another way: the "
                "same entry twice in this table",
                related=((before.line, before.column),),
            )


def _split(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two rows are one entry's: they never disagree (each other cell the same, or
    written in one row only: a device's support split between its two rows), or agree in more
    cells than they disagree in (`10 | Yes | works` and `10 | No | works`: a conflict to
    settle); two entries that tell apart by case disagree in most (`ZZ`, `zz`)."""
    agree = disagree = 0
    for mine, theirs in zip_longest(first, second, fillvalue=""):
        if mine and theirs:
            agree += mine == theirs
            disagree += mine != theirs
    return disagree == 0 or agree > disagree


_AGREED_CELLS = 2  # cells that link nothing two rows fill alike, at least, to be one entry's


def _agree_but_links(
    first: tuple[str, ...], second: tuple[str, ...], definitions: Definitions
) -> bool:
    """Whether two rows' cells agree wherever neither links (a game's developer, engine and
    year), two filled at least: the rows differ only by what they link."""
    agreed = 0
    for mine, theirs in zip_longest(first, second, fillvalue=""):
        if _linked(mine, definitions) or _linked(theirs, definitions):
            continue
        if mine != theirs:
            return False
        agreed += bool(mine)
    return agreed >= _AGREED_CELLS


def _across_groups(context: Context, earlier: int, later: int) -> bool:
    """Whether two rows stand in two groups of one table (`| <b>双指针</b> |`, `| <b>快慢指针</b>
    |`), two sections whose repeats the list's habit allows."""
    groups = context.analysis.table_groups
    if earlier not in groups or later not in groups or groups[earlier] == groups[later]:
        return False
    cross = context.option(RULE, "cross-section")
    return not context.analysis.reported_across(cross, -groups[earlier], -groups[later])


# an item that names an entry in plain words: a few words, no link, markup or HTML
_PLAIN_ITEM = lazy_re.compile(r"[^\[\]<>`*_|#:：]{3,80}")
# an item that says it is still to come, written as often as entries are
_TO_COME = lazy_re.compile(rf"(?i)\s*(?:{TO_COME}|\.{{3}}|…)\s*")


def _repeated_items(document: Document, reported: set[int]) -> Iterator[Finding]:
    """An item of one line that names an entry in plain words (`* Tatoeba`), written again in
    the same list: a dataset queue or a benchmark group lists it twice. Items that link are
    entries, compared by their links above."""
    seen: dict[tuple[int, str], int] = {}
    for item in document.items:
        paragraph = item.paragraph
        if paragraph is None or len(paragraph.lines) != 1:
            continue
        text = paragraph.lines[0].text.strip()
        if not _PLAIN_ITEM.fullmatch(text) or _TO_COME.fullmatch(text) or "://" in text:
            continue
        if len(LETTER.findall(text)) < 3:
            continue
        place = (item.list_line, name_key(text))
        earlier = seen.setdefault(place, item.line)
        if earlier == item.line or item.line in reported:
            continue
        reported.add(item.line)
        yield Finding(
            item.line,
            paragraph.lines[0].column,
            f"`{text}` is already an item of this list on line {earlier}",
            related=((earlier, paragraph.lines[0].column),),
        )


_FIGURE = lazy_re.compile(r"[\d\s.,%+kKmMbB]*\d[\d\s.,%+kKmMbB]*")
_OWN_COLUMN = 0.7  # of a column's links, the share written in one row only: each row's own
_OWN_ROWS = 5  # rows with links in a column that show it holds each row's own
# of a table's rows, at most, that write one link for it to be copied into rows (a standing
# link, a livestream's playlist in every call's row, is the column's, not a row's page)
_COPIES_SHARE = 0.1
# of a table's rows, at most, that write one link one row's name names, for it to be copied
# from that row into the others
_ONE_OWNER_SHARE = 0.25


def _copied_cell_links(
    document: Document, context: Context, reported: set[int]
) -> Iterator[Finding]:
    """A link of a column whose every row has a link of its own (a `Stars` badge, a model's
    `HF` page) that two rows write, the page of one of them and plainly not of the other
    (boolinq's badge linking `louisdx/cxx-prettyprint/stargazers`, the cxx-prettyprint row's):
    copied into the wrong row."""
    # an address the whole document writes once is in no two rows: most lists' addresses, each
    # counted in one scan of the text at C speed, and no row read for them
    counted = Counter(document.matches(_ADDRESS))
    repeated = {url for url, count in counted.items() if count > 1}
    if not repeated:
        return
    by_table: dict[int, list[Entry]] = {}
    for entry in context.analysis.entries.entries:
        if entry.table is not None and entry.line not in reported:
            by_table.setdefault(entry.table.line, []).append(entry)
    related: set[int] | None = None
    for line, rows in by_table.items():
        table = rows[0].table
        if table is None or len(rows) < _OWN_ROWS:
            continue
        # the addresses two rows write, read from the rows that write one the document repeats
        rows_of: dict[str, list[Entry]] = {}
        for entry in rows:
            found = _ADDRESS.findall(table.body[entry.row_index].raw)
            if repeated.isdisjoint(found):
                continue
            for url in dict.fromkeys(found):
                rows_of.setdefault(url, []).append(entry)
        # two rows, or a few of a log's records (``_copied_records``)
        # (or rows of more, where one row's name names the link: ``_copied_from_one``)
        most = max(2, int(len(rows) * _ONE_OWNER_SHARE))
        pairs = [(url, found) for url, found in rows_of.items() if 2 <= len(found) <= most]
        if not pairs:
            continue
        if related is None:
            related = _related_tables(document, context)
        if line in related:
            continue
        # a column of credits (its index): who shared an entry is no entry's own link; a
        # description's link copied from another row is as much a slip as a badge's
        skip = credit_columns(table)
        few = max(2, int(len(rows) * _COPIES_SHARE))
        for finding in _copied_in_table(document, table, rows, pairs, skip, reported, few):
            reported.add(finding.line)
            yield finding


def _copied_in_table(
    document: Document,
    table: Table,
    rows: list[Entry],
    pairs: list[tuple[str, list[Entry]]],
    skip: set[int],
    reported: set[int],
    few: int,
) -> Iterator[Finding]:
    definitions = document.definitions
    by_column: dict[int, dict[str, list[tuple[Entry, InlineLink]]]] = {}
    own_column: dict[int, bool] = {}
    days: dict[int, int] = {}  # the table's column of days, where it has one (``later_day``)
    for url, writing in pairs:
        # a link more rows write than a few is the column's (a standing link), unless one row's
        # name names it (``_copied_from_one``), the one question asked of it
        wide = len(writing) > few
        one, other = writing[0], writing[1]
        column = _column_writing(table, one, other, url)
        if column < 0:
            if wide:
                continue
            paper = _paper_in_code(table, one, other, url)
            if paper is not None and paper[0].line not in reported:
                yield paper[1]
            continue
        written = by_column.get(column)
        if written is None:
            written = by_column[column] = _column_links(table, rows, column, skip, definitions)
            # a column of links rows share, not each row's own: links written once are fewer
            # than four in five of its links (counted once for the column, not for each pair)
            once = sum(1 for links_of in written.values() if len(links_of) != 2)
            own_column[column] = (
                len(written) >= _OWN_ROWS
                and once >= _OWN_COLUMN * len(written)
                # (a column of packages most rows leave empty links resources rows use,
                # `highlightjs-motoko` for Candid and Motoko: one named after one of them is no
                # page copied)
                and not _resource_column(table, column)
            )
        found = written.get(url, [])
        if len(found) < 2 or not own_column[column]:
            continue
        if len(found) > 2:  # a few rows: a log's records, each later one a copy, or none
            copies = []
            if not wide:
                copies = list(_copied_records(document, table, column, url, found, days, reported))
            yield from copies or _copied_from_one(document, table, column, url, found, reported)
            continue
        if wide:
            continue
        (one, mine), (other, theirs) = found
        if one.line == other.line or _FIGURE.fullmatch(mine.text + theirs.text):
            continue  # a figure linked to its source (`[8192](…#model-summary)`)
        key = normalize_url(url)
        if _owner_page(key):
            continue  # an owner's page (a maintainer, a vendor): several rows' own
        wrong = _copied_into(key, one, other)
        named = wrong is not None  # the link names one row (`NetManAIOps/donut`, `Donut`)
        wrong = wrong or _copied_by_links(table, key, one, other)
        if wrong is None:
            # a log of records (calls named by their agenda, `#2113`), each row with its own
            # links: the later day's row was made by copying the one before it (a call's
            # discussion thread, `t/28552`, under the next call)
            yield from _copied_records(document, table, column, url, found, days, reported)
            continue
        if wrong[0].line in reported:
            continue
        entry, owner = wrong
        if _links_elsewhere(document, entry, column, owner):
            continue  # a row that links that entry in another cell too relates to it
        if not _copied_cell(table, entry, owner, column, definitions, url if named else ""):
            continue  # one of several links a cell lists (the datasets a model used)
        said = (
            f"is the page of `{owner.name}` on line {owner.line}, not of `{entry.name}`: "
            "copied from that row"
        )
        yield _copied_link(table, entry, owner, url, column, said)


def _copied_link(
    table: Table, entry: Entry, owner: Entry, url: str, column: int, said: str
) -> Finding:
    """The finding of a link of ``owner``'s row copied into ``entry``'s cell of ``column``,
    reported where the link is written there."""
    cell = table.body[entry.row_index].cell(column)
    at = cell.column + max(cell.text.find(url), 0) if cell is not None else entry.column
    return _at_link((entry.line, at), url, said, (owner.line, owner.column))


def _copied_records(
    document: Document,
    table: Table,
    column: int,
    url: str,
    found: list[tuple[Entry, InlineLink]],
    days: dict[int, int],
    reported: set[int],
) -> Iterator[Finding]:
    """A link of a column of each row's own links that two or a few of a log's records write
    (calls named by their agenda, `#2113`, dated to their days), the page of the earliest and
    copied into each later one: a call's discussion thread under the next call; ethereum/pm's
    summary tweet of one call under the eleven calls after it, which have tweets of their own.
    Each later row not ``reported`` yet is reported; none where two rows are of one day, a row
    is undated, or one links a picture."""
    entries = [entry for entry, _ in found]
    if any(link.image for _, link in found) or len({entry.line for entry in entries}) < len(
        entries
    ):
        return
    if not all(_records(entries[0], entry) for entry in entries[1:]):
        return
    first = entries[0]
    for entry in entries[1:]:
        later = later_day(first, entry, days)
        if later is None:
            return  # two rows of one day, or one undated: no copy told by the days
        if later is first:
            first = entry
    definitions = document.definitions
    for entry in entries:
        if entry is first or entry.line in reported:
            continue
        if _links_elsewhere(document, entry, column, first):
            continue
        if not _copied_cell(table, entry, first, column, definitions, ""):
            continue
        said = (
            f"is also in the row of line {first.line}, dated before this one, in a column of "
            "each row's own links: copied from that row"
        )
        yield _copied_link(table, entry, first, url, column, said)


def _copied_from_one(
    document: Document,
    table: Table,
    column: int,
    url: str,
    found: list[tuple[Entry, InlineLink]],
    reported: set[int],
) -> Iterator[Finding]:
    """A link of a column of each row's own links that a few rows write, the page of one of
    them and plainly of none of the others (`github.com/EleutherAI/pythia` under `Pythia`, and
    under `GPT-J-6B`, `DLite` and `FastChat-T5` beside it): copied from that row into each of
    the others. None where two rows' names name it, or one row's name is neither its nor
    foreign to it."""
    key = normalize_url(url)
    if _owner_page(key) or any(link.image for _, link in found):
        return
    entries = [entry for entry, _ in found]
    if len({entry.line for entry in entries}) < len(entries):
        return
    if any(column == _name_index(entry) for entry in entries):
        return  # names that link the page they are part of (datasets under their collection's)
    words, joined = _url_words(key)
    owners = [entry for entry in entries if _called_by(key, entry.name)]
    if len(owners) != 1:
        return
    owner = owners[0]
    others = [entry for entry in entries if entry is not owner]
    if not all(_foreign_all(_works(entry.name), words, joined) for entry in others):
        return
    # (one work's variants share its paper too: `SE-ResNet` and `SE-ResNeXt` under `SENet`,
    # however each writes it, `/abs/1709.01507` or `/pdf/1709.01507v2.pdf`)
    theirs = {normalize_url(link.url) for link in owner.urls} - {key}
    if any(
        not theirs.isdisjoint(normalize_url(link.url) for link in entry.urls) for entry in others
    ):
        return
    definitions = document.definitions
    for entry in others:
        if entry.line in reported or _home_of_versions(owner, entry, key):
            continue
        if _links_elsewhere(document, entry, column, owner):
            continue
        if not _copied_cell(table, entry, owner, column, definitions, url):
            continue
        said = (
            f"is the page of `{owner.name}` on line {owner.line}, not of `{entry.name}`: "
            "copied from that row"
        )
        yield _copied_link(table, entry, owner, url, column, said)


def _called_by(key: str, name: str) -> bool:
    """Whether a link's last folder, or a home page's site, is a name's letters and digits and
    nothing more (`github.com/EleutherAI/pythia` for `Pythia`; not `asdf-ghcup` for `GHC`)."""
    host, _, path = key.removeprefix("//").partition("/")
    path = path.split("?", 1)[0].split("#", 1)[0].strip("/")
    last = path.rsplit("/", 1)[-1] if path else host.removeprefix("www.").rpartition(".")[0]
    own = "".join(_WORD.findall(name.casefold()))
    return bool(own) and "".join(_WORD.findall(unquote(last).casefold())) == own


_OWN_SEGMENT = lazy_re.compile(r"[^\W\d_]{4,}[\w-]*")  # a folder's name of a project's own
_UNSPACED = lazy_re.compile(r"[-_.]")  # a folder's separators, left out of its name


def _copied_by_links(
    table: Table, key: str, one: Entry, other: Entry
) -> tuple[Entry, Entry] | None:
    """Of two rows that write one link, the row it was copied into and the row whose page it
    is, where neither row's name names the link (papers' titles), told by the rows' other links:
    the link's last folder (`…/google-research/tree/master/snerg`) is a folder of one row's other
    link (its project page, `phog.github.io/snerg/`) and of none of the other's
    (`ubc-vision.github.io/derf/`); None otherwise."""
    last = key.rstrip("/").rsplit("/", 1)[-1].casefold()
    if not _OWN_SEGMENT.fullmatch(last):
        return None
    words, joined = _url_words(key)
    if not all(_foreign_all(_works(entry.name), words, joined) for entry in (one, other)):
        return None  # a name that names the link's project (`LLaMA` and `LLaMA 2`): its own
    names = [name_key(entry.name) for entry in (one, other)]
    folder = _UNSPACED.sub("", last)
    if names[0] == names[1] or any(folder in name for name in names):
        return None  # `SyncTalk: The Devil…` and `SyncTalk++: …` both name `…/SyncTalk`
    mine, theirs = (_folders_besides(table, entry, key) for entry in (one, other))
    if last in mine and last not in theirs:
        return other, one
    if last in theirs and last not in mine:
        return one, other
    return None


def _folders_besides(table: Table, entry: Entry, key: str) -> set[str]:
    """The folders' names of a row's links other than ``key`` (its project page's, its
    paper's), case-folded."""
    folders: set[str] = set()
    for url in _ADDRESS.findall(table.body[entry.row_index].raw):
        found = normalize_url(url)
        if found != key:
            folders.update(part.casefold() for part in found.split("/")[3:] if part)
    return folders


def _only_cell_with(row: Row, url: str) -> int:
    """The column of the one cell of a row that links an address (not a picture's source),
    where one alone does; -1 otherwise."""
    found = [
        index
        for index, text in enumerate(row.texts)
        if url in text and any(link.url == url and not link.image for link in kept_links(text))
    ]
    return found[0] if len(found) == 1 else -1


def _paper_in_code(
    table: Table, one: Entry, other: Entry, url: str
) -> tuple[Entry, Finding] | None:
    """Where two rows write one address in two columns, one of them the table's code column
    (`Code`, `GitHub`, `代码`) and the other not, and the address is no code host's: the other
    row's page (its paper) copied into this row's code cell (CARTE's `[code](…nature.com/
    …08328-6.pdf)`, TabPFNv2's paper on another line). The row of the code cell and the
    finding; None otherwise."""
    if _on_code_host(normalize_url(url)):
        return None
    mine = _only_cell_with(table.body[one.row_index], url)
    theirs = _only_cell_with(table.body[other.row_index], url)
    if mine < 0 or theirs < 0 or mine >= table.width or theirs >= table.width:
        return None
    coded = _code_header(table, mine)
    if coded == _code_header(table, theirs):
        return None
    entry, owner, column, owned = (
        (one, other, mine, theirs) if coded else (other, one, theirs, mine)
    )
    cell = table.body[entry.row_index].cells[column]
    at = cell.column + max(cell.text.find(url), 0)
    said = plain_text(table.header.texts[owned]).strip()
    return entry, _at_link(
        (entry.line, at),
        url,
        f"is the `{said}` of `{owner.name}` on line {owner.line}, not the code of "
        f"`{entry.name}`: copied from that row",
        (owner.line, owner.column),
    )


def _column_writing(table: Table, one: Entry, other: Entry, url: str) -> int:
    """The first column whose cells write an address in both rows; -1 where none does."""
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    for index, (text, their_text) in enumerate(zip(mine, theirs, strict=False)):
        if url in text and url in their_text:
            return index
    return -1


def _column_links(
    table: Table, rows: list[Entry], column: int, skip: set[int], definitions: Definitions
) -> dict[str, list[tuple[Entry, InlineLink]]]:
    """A column's web links, each with the rows that write it (none in a column ``skip``
    names)."""
    written: dict[str, list[tuple[Entry, InlineLink]]] = {}
    if column in skip:
        return written
    for entry in rows:
        cell = table.body[entry.row_index].cell(column)
        if cell is None or not cell.text:
            continue
        for link in kept_links(cell.text, definitions):
            if link.url and is_web_url(link.url):
                written.setdefault(link.url, []).append((entry, link))
    return written


def _copied_cell(
    table: Table,
    entry: Entry,
    owner: Entry,
    column: int,
    definitions: Definitions,
    named: str = "",
) -> bool:
    """Whether a row's cell of a link is that link alone or the other row's cell word for word:
    a cell copied, not a list of the works a row uses (`[BELLE](…)、[GuanacoDataset](…)`). Where
    the link (``named``) names the other row, the pictures of its page beside it (its
    repository's star and fork badges, `[Python](…/donut) <br>![Stars](…/stars/…/donut)`) list no
    works."""
    cell = table.body[entry.row_index].cell(column)
    theirs = table.body[owner.row_index].cell(column)
    if cell is None:
        return False
    if theirs is not None and cell.text == theirs.text:
        return True
    links = kept_links(cell.text, definitions)
    path = named.split("//", 1)[-1].partition("/")[2].strip("/").casefold()
    # (a picture that is the link, or one of another page, a badge counting another repository,
    # is counted: the badge's own slip, which its check tells better)
    if path and not any(link.image and link.url == named for link in links):
        links = [link for link in links if not (link.image and path in link.url.casefold())]
    return len({link.url for link in links}) == 1


def _links_elsewhere(document: Document, entry: Entry, column: int, owner: Entry) -> bool:
    """Whether a row's cells but one link a page of another entry (`Evalperf`'s code and stars
    both `evalplus/evalplus`: a part of that project, linked alike throughout its row)."""
    if entry.table is None:
        return False
    row = entry.table.body[entry.row_index]
    for index, cell in enumerate(row.cells):
        if index == column or not cell.text:
            continue
        for link in kept_links(cell.text, document.definitions):
            words, joined = _url_words(normalize_url(link.url)) if link.url else (frozenset(), "")
            if joined and _names_one(_works(owner.name), words, joined):
                return True
    return False


_FAMILY_STEM = lazy_re.compile(r"([A-Z][a-z]{3,})[A-Z]")  # a word, then the method's letters


def _coined_names(one: str, other: str) -> tuple[str, str] | None:
    """The coined names two titles start with (`FOSTER: Feature Boosting …` and `DER:
    Dynamically Expandable …`), each a method of its own: None where either title coins none,
    or one name holds the other's letters (`MetaGraspNetV2` and `MetaGraspNet`: one work's
    versions, which may share a repository)."""
    mine, theirs = coined_prefix(one), coined_prefix(other)
    if mine is None or theirs is None:
        return None
    letters = [_DIGITS.sub("", name).casefold() for name in (mine, theirs)]
    if letters[0] in letters[1] or letters[1] in letters[0]:
        return None
    stem = _FAMILY_STEM.match(mine)
    after = theirs[stem.end(1) : stem.end(1) + 1] if stem is not None else ""
    if stem is not None and theirs.startswith(stem.group(1)) and after.isupper():
        return None  # `FlowMM` and `FlowLLM`: one group's methods, one repository
    return mine, theirs


def _copied_into(key: str, one: Entry, other: Entry) -> tuple[Entry, Entry] | None:
    """Of two rows that write one link, the row it was copied into and the row whose page it
    is; None where it is plainly neither's or both's."""
    words, joined = _url_words(key)
    if not joined:
        return None
    mine, theirs = _works(one.name), _works(other.name)
    coined = _coined_names(one.name, other.name)
    if coined is not None:
        mine, theirs = [*mine, coined[0]], [*theirs, coined[1]]
    if _names_one(mine, words, joined) and _foreign_all(theirs, words, joined):
        return None if _home_of_versions(one, other, key) else (other, one)
    if _names_one(theirs, words, joined) and _foreign_all(mine, words, joined):
        return None if _home_of_versions(other, one, key) else (one, other)
    return None


_NOTEBOOK = lazy_re.compile(r"\.ipynb$", re.IGNORECASE)
_SERIES_WORDS = 2  # words two names of one series share, at least
_OWN_WORD = 4  # letters of a word of a name's own, at least, for a link to name it


def _series_told_apart(
    words: frozenset[str], one: Entry, other: Entry
) -> tuple[Entry, Entry] | None:
    """Of two rows of one series (names sharing two words or more: `Custom Datasets -- Drawings
    from Quickdraw`, `Custom Datasets -- Fashion MNIST`), the row a link was copied into and the
    row whose page it is: a link whose words include the part of one name its own
    (`custom-data-loader-quickdraw.ipynb`) and none of the other's part; None otherwise."""
    mine = set(_letter_words(_name_words(one.name)))
    theirs = set(_letter_words(_name_words(other.name)))
    if len(mine & theirs) < _SERIES_WORDS:
        return None
    own_mine = {word for word in mine - theirs if len(word) >= _OWN_WORD}
    own_theirs = {word for word in theirs - mine if len(word) >= _OWN_WORD}
    if not own_mine or not own_theirs:
        return None
    named_mine, named_theirs = bool(own_mine & words), bool(own_theirs & words)
    if named_mine and not named_theirs:
        return other, one
    if named_theirs and not named_mine:
        return one, other
    return None


# what a later version adds to its name (`PP-YOLOv2`, `PP-TinyPose+`, `PP-OCR 3.0`)
_LATER_VERSION = lazy_re.compile(r"[\s_-]?v?\d+(?:\.\d+)*\+?|\+|[\s_-]?plus", re.IGNORECASE)


def _home_of_versions(owner: Entry, other: Entry, key: str) -> bool:
    """Whether a link that names one entry (``owner``) is the other's too: a page inside the
    repository the other also links (``_lives_in``), or the home of a model the other is a
    later version of, each described apart (`configs/ppyolo/README_cn.md` under `PP-YOLO` and
    `PP-YOLOv2`: its README documents both), not a link copied into the wrong row."""
    if _lives_in(other, key):
        return True
    base, later = name_key(owner.name), name_key(other.name)
    if not (base and later.startswith(base) and _LATER_VERSION.fullmatch(later[len(base) :])):
        return False
    if base[-1].isdigit() and later[len(base)].isdigit():
        return False  # `Day 12` is no version of `Day 1`: a number going on
    # each version described in words of its own (a group's `OBSCURA 2.0`, which differs from
    # `OBSCURA` only in its contact, is one entry listed again)
    mine, theirs = owner.description.strip(), other.description.strip()
    return bool(mine) and bool(theirs) and mine != theirs


_IN_REPOSITORY = lazy_re.compile(r"(?i)^//github\.com/([\w.-]+/[\w.-]+)/(?:blob|tree)/")


def _lives_in(entry: Entry, key: str) -> bool:
    """Whether an entry's other link is a page inside the repository ``key`` names (CaiT's
    `…/deit/blob/main/README_cait.md` beside `github.com/facebookresearch/deit`): the
    repository is its home too, not another's copied into its row."""
    repository = key.removeprefix("//github.com/").casefold()
    if not key.startswith("//github.com/") or repository.count("/") != 1:
        return False
    for link in entry.urls:
        inside = _IN_REPOSITORY.match(normalize_url(link.url))
        if inside is not None and inside.group(1).casefold() == repository:
            return True
    return False


def _called_in_row(entry: Entry, url: str) -> str:
    """An entry's name; where its row names it in no column of names, the text of its link to
    ``url`` (a paper's title), else its row's first cell that says something (`**G42**` beside
    its website's badge)."""
    if entry.name or entry.table is None:
        return entry.name
    text = next((link.text for link in entry.urls if link.url == url and not link.badge), "")
    if text.strip():
        return text.strip()
    row = entry.table.body[entry.row_index]
    return next((shown for shown in map(plain_text, row.texts) if shown.strip()), "")


def _sequence_gap(entry: Entry) -> int:
    """How far a row named by a record's number (``_RECORD_NUMBER``: a call's agenda, `#237`)
    stands from the numbers the rows on either side name theirs by (`#391` above, `#384`
    below: 147): of two rows of one record, the one further off holds the copy, the other its
    own, among its neighbours' (`#200`, `#198`: 37). -1 where it cannot be told."""
    table = entry.table
    name = entry.name.strip()
    if table is None or _RECORD_NUMBER.fullmatch(name) is None:
        return -1
    index, column = entry.row_index, _name_index(entry)
    numbers = [
        int(found.group(1))
        for at in (index - 1, index + 1)
        if 0 <= at < len(table.body)
        and 0 <= column < len(texts := table.body[at].texts)
        and (found := _RECORD_NUMBER.search(texts[column])) is not None
    ]
    mine = int(name[1:])
    return min((abs(mine - number) for number in numbers), default=-1)


def _copy_of_link(analysis: Analysis, key: str, earlier: _Seen, later: _Seen) -> Finding:
    """The finding on a link two entries write, at the entry it was copied into: the later one,
    unless the link plainly names the later entry and not the earlier (LLaVA-NeXT's blog, its
    `…-llava-next/` written first under `Qwen-VL`), whose row then holds the copy."""
    copy, owner = later, earlier
    if _copied_into(key, earlier.entry, later.entry) == (earlier.entry, later.entry):
        copy, owner = earlier, later
    elif _sequence_gap(earlier.entry) > _sequence_gap(later.entry) >= 0:
        copy, owner = earlier, later  # `#237` among `#380`s, the agenda of a call further down
    name = _called_in_row(owner.entry, owner.url)
    where = f"on line {owner.entry.line}, {analysis.where(owner.entry.line, copy.entry.line)}"
    if name == owner.url:  # an item that is its address alone (`- https://github.com/a/b`)
        said = f"is also listed {where}"
    elif (
        copy.entry.kind == "item"
        and _papers_page(copy.url)
        and not _same_name(name, copy.entry.name)
    ):
        said = f"is also the paper of `{name}` {where}: one paper's page under two titles"
    else:
        said = f"is also the link of `{name}` {where}"
    at, related = (copy.entry.line, copy.column), (owner.entry.line, owner.column)
    return _at_link(at, copy.url, said, related)


_STRUCK_SPAN = lazy_re.compile(r"~~.+?~~")


class _Struck:
    """The spans struck through (`~~…~~`) of a document's lines, read once for a line, and only
    for the lines that write `~~` (one scan of the text finds them): a line of thousands of
    links is not scanned again for each."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._marked = document.lines_matching(_STRIKE)
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def out(self, entry: Entry, url: str) -> bool:
        """Whether an entry's link is written inside a span struck through (`~~[[paper
        link]](…)~~`, a news item's link to the survey's first version): a record kept, no
        entry's link now. The link is found where it is written on the entry's line, not by its
        address's text."""
        if entry.line not in self._marked:
            return False  # most lines: nothing struck through
        spans = self._spans.get(entry.line)
        if spans is None:
            line = self._document.source.lines[entry.line - 1]
            spans = [span.span() for span in _STRUCK_SPAN.finditer(line)]
            self._spans[entry.line] = spans
        column = _column_of(entry, url) - 1  # where the link is written, 0-based
        return any(start <= column < end for start, end in spans)


_STRIKE = lazy_re.compile("~~")


def _repeated_entries(document: Document, context: Context) -> Iterator[Finding]:
    analysis = context.analysis
    cross = context.option(RULE, "cross-section")
    tallies = _Tallies(context)
    first: dict[str, list[_Seen]] = {}
    # each entry's ``own_urls`` by their keys ("" for none: a fragment of this page), by loops
    # (a comprehension inside one is a call for each entry)
    keyed: list[tuple[Entry, list[str]]] = []
    for entry in analysis.entries.entries:
        keys = []
        for link in entry.urls[: entry.own_links]:
            url = link.url
            key = normalize_url(url) if url and not url.startswith("#") else ""
            # a license's text (`License: [MIT][MIT]`) is every entry of that license's link;
            # a bare word for a target (`[code](GitHub)`, `[SPG](7Mb)`) is a placeholder or
            # text taken for a link, a file of no repository (AL103's finding), no entry's
            # (and arXiv's page of a paper left out, `https://arxiv.org/abs/`, names none)
            placeholder = key.startswith(LICENSE_PAGES) or _bare_word(url) or names_no_paper(url)
            keys.append("" if placeholder else key)
        keyed.append((entry, keys))
    # a key no other link has is only remembered, never compared: the entries without one of
    # the keys written twice or more are left out (most of a list's, read no further)
    # (counted at C speed, "" with the others: a fragment of this page is no key, left out)
    counted = Counter(chain.from_iterable(keys for _, keys in keyed))
    counted.pop("", None)
    repeated = {key for key, count in counted.items() if count > 1}
    related: set[int] | None = None  # read where a link repeats (in most lists none does)
    struck = _Struck(document)
    for entry, keys in keyed:
        if repeated.isdisjoint(keys):
            continue
        if related is None:
            related = _related_tables(document, context)
        if entry.table is not None and entry.table.line in related:
            continue  # a row named by the entries it maps to (its alternatives): none its own
        section = analysis.entry_section(entry)
        for index, link in enumerate(entry.urls[: entry.own_links]):  # ``own_urls``
            url = link.url
            key = keys[index]
            if not key or (link.text == url and _cut_short(document, entry, index)):
                continue
            if struck.out(entry, url):
                continue  # a link struck out, kept as a record (an older version's): none listed
            known = first.get(key)
            if known is None:  # most links: the first of their key, nothing to compare
                first[key] = [_new_tuple(_Seen, (entry, url, section))]
                continue
            if len(known) >= _COLLECTION:
                continue  # the link of dozens of entries is a collection's, not one entry's
            page = _not_a_heading(link.url)  # a TOC line's versions are one heading
            # a paper's page, the entry's own (its first link: a review post that several rows
            # link is no paper's page)
            retitled = index == 0 and _papers_page(url)
            earlier = next(
                (
                    seen
                    for seen in known
                    if seen.entry.line != entry.line
                    and not _versions_apart(seen.url, url)
                    and (
                        # two titles of one section under one paper's page: one link copied
                        (
                            retitled
                            and seen.section == section
                            and _two_works(tallies, seen, entry, link.text)
                        )
                        or _again(document, tallies, cross, key, page, seen, entry, section)
                    )
                ),
                None,
            )
            now = _new_tuple(_Seen, (entry, url, section))
            known.append(now)
            if earlier is None:
                continue
            yield _copy_of_link(analysis, key, earlier, now)
            break  # one finding per entry


RULE = Rule(
    code="AL201",
    name="duplicate-link",
    summary="The same entry is listed twice: in one section, or across sections where the list "
    "does not repeat entries",
    severity=Severity.ERROR,
    check=check,
    options={"cross-section": "auto"},
    choices={"cross-section": ("auto", "report", "allow")},
    # which of the links it compares are folders of the list's own repository (``own_folder``)
    needs=frozenset({Need.FILES}),
)
