"""Links and plain text inside a cell, list item or heading, read with mistletoe's span parser."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from awesome_lint import lazy_re

# the common case, `[name](url)` and nothing else, needs no parser
_SIMPLE_LINK = lazy_re.compile(r"\[([^\[\]\\`*_<>!&]*)\]\(([^()\s<>\\&]*)\)")  # `&`: an entity
_BARE_URL = lazy_re.compile(r"(?:https?://|www\.)[^\s<>]+", re.IGNORECASE)
_TRAILING = lazy_re.compile(r"[?!.,:*_~'\"]+$")
HTML_URL = lazy_re.compile(
    r"""\b(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE
)
_MARKUP_HINT = lazy_re.compile(r"[\[\]<>`*_~\\&!]|https?:|www\.", re.IGNORECASE)
# every hint holds one of these characters (a scheme its `:`, `www.` its `.`): a search for them
# alone is several times faster on prose, and CJK prose holds none of them
_HINT_CHARACTERS = lazy_re.compile(r"[\[\]<>`*_~\\&!:.]")
# ``_MARKUP_HINT``'s three parts, searched for one by one: its case-insensitive alternation is
# slow over a long text that holds a `.` or a `:` (`Apache-2.0` in a description)
_MARKUP_CHARACTER = lazy_re.compile(r"[\[\]<>`*_~\\&!]")
_SCHEME_HINT = lazy_re.compile(r"https?:", re.IGNORECASE)
_WWW_HINT = lazy_re.compile(r"www\.", re.IGNORECASE)


_HTML_SPACE = " \t\n\r\f"  # what parts an HTML attribute's words (ASCII whitespace)


def html_urls(text: str) -> Iterator[tuple[str, bool, int]]:
    """Each address an HTML text gives in an `href`, `src` or `srcset` attribute, whether it
    is a picture's (a `src`'s or a `srcset`'s), and where it starts in the text. A `srcset`
    gives one or more (`<source media="(prefers-color-scheme: dark)" srcset="dark.png">`,
    `a.png 1x, b.png 2x`): each a picture GitHub shows."""
    for match in HTML_URL.finditer(text):
        group = next(index for index in (2, 3, 4) if match.group(index) is not None)
        value, start = match.group(group), match.start(group)
        attribute = match.group(1).lower()
        if attribute != "srcset":
            yield value, attribute == "src", start
            continue
        for url, offset in srcset_candidates(value):
            yield url, True, start + offset


def srcset_candidates(value: str) -> list[tuple[str, int]]:
    """The addresses of a `srcset` value and where each starts in it, as a browser parts them:
    candidates set apart by commas, each an address (commas ending it are no part of it) and
    maybe its descriptor after a space (`2x`, `640w`)."""
    found: list[tuple[str, int]] = []
    position, size = 0, len(value)
    while position < size:
        while position < size and (value[position] in _HTML_SPACE or value[position] == ","):
            position += 1
        start = position
        while position < size and value[position] not in _HTML_SPACE:
            position += 1
        url = value[start:position]
        if url.endswith(","):
            url = url.rstrip(",")  # no descriptor: the next candidate starts after the comma
        else:
            comma = value.find(",", position)  # the descriptor, up to the next candidate
            position = size if comma < 0 else comma + 1
        if url:
            found.append((url, start))
    return found


def may_hold_markup(text: str) -> bool:
    """Whether a text may hold markup or a link at all (``_MARKUP_HINT`` is found in it);
    plain text holds none."""
    if "[" in text:  # a link's bracket, the commonest hint of all: no search needed
        return True
    if _HINT_CHARACTERS.search(text) is None:
        return False
    return (
        _MARKUP_CHARACTER.search(text) is not None
        or (":" in text and _SCHEME_HINT.search(text) is not None)
        or ("." in text and _WWW_HINT.search(text) is not None)
    )


class InlineLink(NamedTuple):
    """A link or image: its destination, its text, and where the destination is written
    (an offset into the parsed text, or -1 when it cannot be found there). A named tuple, not a
    frozen dataclass: a check makes one for every link of every row (20,000 in a list of
    10,000 rows), and a tuple is made in a third of the time."""

    url: str
    text: str
    image: bool = False
    badge: bool = False  # a link whose only content is an image, as badges are
    offset: int = -1
    html: bool = False  # an href or src of raw HTML


# mistletoe (its modules, tables and patterns: a tenth of the command's start) is imported by the
# functions that parse: most cells of a list are plain text or plain links, read without it
@contextlib.contextmanager
def _span_tokens(definitions: Mapping[str, tuple[str, str]]) -> Iterator[None]:
    from awesome_lint.markdown import root_node, span_token

    saved_types = list(span_token._token_types)
    span_token._token_types[:] = [
        span_token.EscapeSequence,
        span_token.HtmlSpan,
        span_token.Strikethrough,
        span_token.AutoLink,
        span_token.CoreTokens,
        span_token.InlineCode,
        span_token.LineBreak,
        span_token.RawText,
    ]
    try:
        with root_node(definitions):
            yield
    finally:
        span_token._token_types[:] = saved_types


_MAX_NESTING = 32  # brackets nested deeper are a hostile text, not a list's links


def _too_deep(text: str) -> bool:
    """Whether brackets nest deeper than any list writes them: mistletoe's span tokenizer (and
    the walks over its tokens) recurse once per level."""
    depth = 0
    for char in text:
        if char == "[":
            depth += 1
            if depth > _MAX_NESTING:
                return True
        elif char == "]" and depth:
            depth -= 1
    return False


_MOST_UNCLOSED = 256  # link targets opened and never closed: a hostile text, not a list's


def _unclosed_targets(text: str) -> bool:
    """Whether a text opens more link targets (`](`) than any list leaves unclosed: mistletoe
    searches the rest of the text for each one's `)` (`[a](` 10,000 times took 17 s)."""
    openings = text.count("](")
    return openings > _MOST_UNCLOSED and openings - text.count(")") > _MOST_UNCLOSED


def _tokens(text: str, definitions: Mapping[str, tuple[str, str]]) -> list[Any]:
    """The inline tokens of ``text``; for brackets nested deeper than ``_MAX_NESTING``, or
    hundreds of link targets never closed, the text as it is, with no links: read as GitHub
    would need a parser that does not recurse or search the rest of the text for each."""
    from awesome_lint.markdown import span_token

    if "[" in text and (_too_deep(text) or _unclosed_targets(text)):
        return [span_token.RawText(text)]
    with _span_tokens(definitions):
        return list(span_token.tokenize_inner(text))


_BREAK = lazy_re.compile(r"<br\s*/?>", re.IGNORECASE)


def _plain(tokens: Any, alt_text: bool = True) -> str:
    from awesome_lint.markdown import span_token

    parts: list[str] = []
    for item in tokens:
        if isinstance(item, span_token.RawText):
            parts.append(item.content)
        elif isinstance(item, span_token.LineBreak):
            parts.append(" ")
        elif isinstance(item, span_token.HtmlSpan):
            if _BREAK.fullmatch(item.content):
                parts.append(" ")  # `<br>` shows as a line break: words either side stay apart
        elif isinstance(item, span_token.Image):
            if alt_text:
                parts.append(_plain(item.children))
        elif getattr(item, "children", None) is not None:
            parts.append(_plain(item.children, alt_text))
    return "".join(parts)


def plain_text(text: str, definitions: Mapping[str, tuple[str, str]] | None = None) -> str:
    """What a reader sees of inline Markdown: markup, link targets and HTML tags removed."""
    if not may_hold_markup(text):
        return text
    whole = whole_link(text)
    if whole is not None:
        return whole.text  # the link's text: ``_SIMPLE_LINK``'s first group
    return _plain(_tokens(text, definitions or {}))


def heading_text(text: str, definitions: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A heading's text as GitHub makes its anchor from it: as ``plain_text``, but an image
    (a badge) adds nothing, not even its alt text."""
    if not may_hold_markup(text):
        return text
    return _plain(_tokens(text, definitions or {}), alt_text=False)


def _autolinks_here(content: str, start: int, depth: int) -> bool:
    """Whether GitHub (cmark-gfm's autolink extension) links a URL that starts at ``start``:
    not inside a `[` not yet closed; `www.` only at the start or after a space, `*`, `_`, `~`
    or `(`; a scheme not glued to letters before it (`xhttps://` is no URL)."""
    if depth > 0:
        return False
    before = content[start - 1] if start else ""
    if content[start : start + 4].lower() == "www.":
        return not before or before.isspace() or before in "*_~("
    return not (before.isascii() and before.isalpha())


def _has_domain(found: str) -> bool:
    """Whether a bare URL's scheme is followed by a host, as GFM's extended autolink asks
    (`"http://"` quoted in a sentence, `http://.com`, `http://-x.com` link nothing; a `www.`
    address is GitHub's link whatever follows, `www.-a.com` too)."""
    if found[:4].lower() == "www.":
        return True
    return found.partition("://")[2][:1].isalnum()


def _bare_urls(content: str) -> Iterator[tuple[str, str]]:
    """The bare URLs GitHub links in a text: each one's target and the text it shows."""
    position = depth = 0
    scanned = 0
    while (match := _BARE_URL.search(content, position)) is not None:
        for char in content[scanned : match.start()]:  # brackets opened and closed before it
            depth = depth + 1 if char == "[" else max(0, depth - 1) if char == "]" else depth
        scanned = match.start()
        if not _autolinks_here(content, match.start(), depth) or not _has_domain(match.group()):
            position = match.start() + 1
            continue
        position = match.end()
        url = _TRAILING.sub("", match.group())
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1]
        # GFM's extended autolink: `www.` gets `http://`, as GitHub's href shows; the text
        # shown is the address as written (`http://www.bitbug.net/` shows its scheme)
        yield ("http://" + url if url[:4].lower() == "www." else url), url


def broken_autolink(text: str, start: int, url: str) -> str | None:
    """Where a bare URL found at ``start`` of ``text`` was written as an autolink GitHub does not
    take (`<https://x.org/a b/>`: spaces are not allowed between `<` and `>`), that whole
    writing, of which only the URL up to its space is linked; else None."""
    if start < 1 or not text.startswith(url, start) or text[start - 1] != "<":
        return None  # not written there (an item's address on a line after its first), or bare
    if text.startswith(">", start + len(url)):
        return None
    end = text.find(">", start + len(url), start + _LONGEST_AUTOLINK)
    if end < 0 or "<" in text[start:end] or not _SPACE.search(text, start, end):
        return None
    return text[start - 1 : end + 1]


# characters an address written between `<` and `>` is searched for its `>` (a hostile line of
# thousands of `<https://…` with no `>` is not searched to its end for each)
_LONGEST_AUTOLINK = 2048
_SPACE = lazy_re.compile(r"\s")


_HTML_IMAGE = lazy_re.compile(r"<img\b", re.IGNORECASE)


def _shows_image(token: Any, span_token: Any) -> bool:
    """Whether a link's child is an image: Markdown's, or raw HTML's `<img src=…>` (a flag
    linking a translation); a link of images alone shows them, as a badge does."""
    if isinstance(token, span_token.Image):
        return True
    return isinstance(token, span_token.HtmlSpan) and _HTML_IMAGE.match(token.content) is not None


def _collect(tokens: Any, found: list[InlineLink], inside_link: bool = False) -> None:
    from awesome_lint.markdown import span_token

    for item in tokens:
        if isinstance(item, span_token.Image):
            found.append(InlineLink(item.src, _plain(item.children), image=True))
        elif isinstance(item, span_token.Link):
            children = [
                child
                for child in item.children or ()
                if not (isinstance(child, span_token.RawText) and not child.content.strip())
            ]
            badge = bool(children) and all(_shows_image(child, span_token) for child in children)
            found.append(InlineLink(item.target, _plain(item.children), badge=badge))
            _collect(item.children, found, inside_link=True)
        elif isinstance(item, span_token.AutoLink):
            if not item.mailto:
                found.append(InlineLink(item.target, item.target))
        elif isinstance(item, span_token.HtmlSpan):
            for url, image, _ in html_urls(item.content):
                found.append(InlineLink(url, "", image=image, html=True))
        elif isinstance(item, span_token.RawText):
            if not inside_link:
                found.extend(InlineLink(url, shown) for url, shown in _bare_urls(item.content))
        elif isinstance(item, span_token.InlineCode):
            continue
        elif getattr(item, "children", None) is not None:
            _collect(item.children, found, inside_link)


def links(text: str, definitions: Mapping[str, tuple[str, str]] | None = None) -> list[InlineLink]:
    """Every link, image, autolink, bare URL and HTML href/src of inline Markdown, in order,
    with where each destination is written in ``text``."""
    return list(kept_links(text, definitions))


def kept_links(
    text: str, definitions: Mapping[str, tuple[str, str]] | None = None
) -> Sequence[InlineLink]:
    """``links``, as kept for the next reader of the same text: read it, never change it (the
    engine reads every cell's links, some several times)."""
    if not definitions and len(text) <= SHORT:
        return links_without_definitions(text)  # a value of a column's vocabulary, most often
    if not may_hold_markup(text):
        return ()  # plain text, never kept: an editor's long cells come in a new version each edit
    if not definitions:  # most documents: the same cell text always has the same links
        return links_without_definitions(text)
    return _links(text, definitions)


# texts this short are kept plain or not: a column's values (`MIT`, `Apache-2.0`, `✅`) repeat
# row after row, and rules read them several times each
SHORT = 32


# rules ask for a cell's links several times, and an editor's next check for the same cells
@lru_cache(maxsize=1 << 18)
def links_without_definitions(text: str) -> tuple[InlineLink, ...]:
    """``kept_links`` of a document that defines no link references, kept whatever the text
    holds: for callers that keep a fact of the same text by the text themselves."""
    # one link and nothing else (``_links`` finds it so): a name or link cell; only a text that
    # starts with its `[` is asked (a column's values and short descriptions are not kept twice)
    whole = whole_link(text) if text[:1] == "[" else None
    if whole is not None:
        return (whole,)
    if not may_hold_markup(text):
        return ()
    return tuple(_links(text, {}))


# the same name and link cells are read by the link collection, the entries and AL104, each
# asking whether the text is one link (a regular expression run once per text, not three times)
@lru_cache(maxsize=1 << 18)
def whole_link(text: str) -> InlineLink | None:
    """The link of a text that is one ``[name](url)`` and nothing else (``_SIMPLE_LINK``), as
    ``links`` reads it; None for any other text."""
    whole = _SIMPLE_LINK.fullmatch(text)
    if whole is None:
        return None
    # ``_simple_link`` written out: every name and link cell of a list passes here
    name, url = whole.groups()
    return _new_tuple(InlineLink, (url, name, False, False, whole.start(2) if url else -1, False))


def plain_links_only(text: str) -> bool:
    """Whether a text is ``[name](url)`` links and plain text between them, nothing else (a
    link cell's common shape): each link written in it is one of its ``links``, as written."""
    return whole_link(text) is not None or _plain_link_matches(text) is not None


def _simple_links(text: str) -> list[InlineLink] | None:
    """The links of a text made of ``[name](url)`` links and plain text between them (``[a](x)
    [b](y)``, a link cell's common shape), or None where any other markup may be written."""
    matches = _plain_link_matches(text)
    return None if matches is None else [_simple_link(match) for match in matches]


def _plain_link_matches(text: str) -> tuple[re.Match[str], ...] | None:
    """The ``[name](url)`` links of a text made of them and plain text between them, or None
    where any other markup may be written."""
    whole = _SIMPLE_LINK.fullmatch(text)
    if whole is not None:  # one link and nothing else: a name or link cell, most often
        return (whole,)
    found: list[re.Match[str]] = []
    position = 0
    for match in _SIMPLE_LINK.finditer(text):
        if _MARKUP_HINT.search(text, position, match.start()):
            return None
        found.append(match)
        position = match.end()
    if not found or _MARKUP_HINT.search(text, position):
        return None
    return tuple(found)


def _simple_link(match: re.Match[str]) -> InlineLink:
    text, url = match.groups()
    # an empty destination is where its parentheses are (`[待开源]()`)
    return _new_tuple(InlineLink, (url, text, False, False, match.start(2), False))


_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call


_BACKTICKS = lazy_re.compile(r"`+")


def blanked_code(text: str) -> str:
    """A text with its code spans blanked out, each character where it was: a run of backticks
    opens one, the next run of as many closes it, a run never closed is text (one pass over the
    runs, not a search to the end of the text for each)."""
    runs = list(_BACKTICKS.finditer(text))
    closing: list[int | None] = [None] * len(runs)
    seen: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        size = len(runs[index].group())
        closing[index], seen[size] = seen.get(size), index
    parts: list[str] = []
    position = index = 0
    while index < len(runs):
        close = closing[index]
        if close is None:
            index += 1
            continue
        start, end = runs[index].start(), runs[close].end()
        parts += [text[position:start], " " * (end - start)]
        position, index = end, close + 1
    return "".join([*parts, text[position:]])


# a tag whose href or src is left empty (`<a href="">`, `<img src=''>`; not `data-src=""`)
_EMPTY_HTML_URL = lazy_re.compile(
    r"""<[a-z][^<>]*?(?<![\w-])(?:href|src)\s*=\s*(?:""|'')""", re.IGNORECASE
)


def _links(text: str, definitions: Mapping[str, tuple[str, str]]) -> list[InlineLink]:
    simple = _simple_links(text)
    if simple is not None:
        return simple
    found: list[InlineLink] = []
    _collect(_tokens(text, definitions or {}), found)
    # a destination is never written in a code span (`` [`https://x.io`](https://x.io) ``: the
    # address of the code is no link's): searched for with code spans blanked
    haystack = blanked_code(text) if "`" in text else text
    cursor = 0
    located: list[InlineLink] = []
    absent: set[str] = set()  # written nowhere in the text (a reference's destination)
    badge = -1  # where the address of a badge's link is written, while its images follow it
    for link in found:
        offset = -1
        inside = badge
        if link.url or not link.image:
            badge = -1  # taken by a badge's first image with an address; ended by any other link
        if (
            link.image
            and inside >= 0
            and link.url
            and (before := haystack.rfind(link.url, 0, inside)) >= 0
        ):
            # an image inside a link (a badge) is written before the link's address: searched
            # back from there, not forward through the rest of the text first (a line of
            # thousands of badges is no search to its end for each)
            offset = before
        elif not link.url and not link.html:
            # a target left empty, `[Command-R+]()`: where its parentheses are
            empty = haystack.find("]()", cursor)
            if empty >= 0:
                offset, cursor = empty + 2, empty + 3
        elif not link.url:
            # an HTML link or picture left empty, `<a href="">`: where its tag starts
            tag = _EMPTY_HTML_URL.search(haystack, cursor)
            if tag is not None:
                offset, cursor = tag.start(), tag.end()
        elif link.url and link.url not in absent:
            # a bare `www.` address is written without the `http://` GitHub's href gives it
            written = link.text if link.url == "http://" + link.text else link.url
            offset = haystack.find(written, cursor)
            if offset < 0:
                # an image inside a link comes before the link's URL
                offset = haystack.rfind(written, 0, cursor + len(written))
                if offset < 0:
                    absent.add(link.url)  # searched once, not once per reference
            else:
                cursor = offset + len(written)
        if link.badge and offset >= 0:
            badge = offset
        located.append(InlineLink(link.url, link.text, link.image, link.badge, offset, link.html))
    return located
