"""AL104 invalid-url: a link target that cannot be a URL, or text glued to a link's end."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from awesome_lint import lazy_re
from awesome_lint.document import Cell, Document, ListItem, Row, Table
from awesome_lint.entries import is_link_label
from awesome_lint.inline import (
    InlineLink,
    blanked_code,
    broken_autolink,
    links,
    plain_links_only,
    whole_link,
)
from awesome_lint.links.collect import LinkAt
from awesome_lint.parse import front_matter_keys
from awesome_lint.rule import Context, Finding, Rule, Severity, shortened
from awesome_lint.urls import (
    ARXIV_LEFT_OUT,
    as_browsers_read,
    host_of,
    url_problem,
    without_addresses,
)
from awesome_lint.values import TO_COME, is_none_mark

# a link left empty on purpose until its target exists: `[Coming soon]()`
_PLACEHOLDER = lazy_re.compile(rf"(?i)(?<![a-z])(?:{TO_COME})(?![a-z])")


def _empty_on_purpose(found: LinkAt) -> bool:
    """A link left empty on purpose: a placeholder until its target exists (`[Coming soon]()`),
    or a badge used as a label (`[![Publish](…)]()`: a link whose only content is an image)."""
    if found.url.strip():
        return False
    return found.link.badge or bool(_PLACEHOLDER.search(found.link.text))


# a heading whose whole text is a link of no target (`### [经典游戏]()`, each table's title so)
_HEADING_OF_A_LINK = lazy_re.compile(r" {0,3}#{1,6}[ \t]+\[[^\[\]]*\]\(\s*\)[ \t#]*$")

_ITEM_REACH = 16  # lines above a link searched for the items it is written in


def _in_placeholder_item(lines: Sequence[str], items: Mapping[int, ListItem], line: int) -> bool:
    """Whether a link is written in a list item that holds a place for an entry to come (`-
    **TODO**` with its empty `[Download link]()` under it): the item, or one it is written in
    within a few lines, says so in its first line."""
    for start in range(line, max(0, line - _ITEM_REACH), -1):
        item = items.get(start)
        if item is not None and item.last_line >= line and _PLACEHOLDER.search(lines[start - 1]):
            return True
    return False


# a heading over an entry to copy, not one of the list's (`#### 202x.0x0x, Template`, `模板`)
_TEMPLATE_HEADING = lazy_re.compile(r"(?i)(?<![a-z])templates?(?![a-z])|模板|模版")


def _in_template(context: Context, line: int, linking: set[int]) -> bool:
    """Whether a line is in a section whose heading names a template and which links no page
    (``linking``: the sections that do): an entry written to be copied, its links left empty
    for each contributor to fill; not a section of a list of templates (`## Template Engines`,
    each linked)."""
    section = context.analysis.section_of(line)
    if section == 0 or section in linking:
        return False
    return bool(_TEMPLATE_HEADING.search(context.analysis.section_headings[section - 1].text))


_HTML_CLOSE = lazy_re.compile(r"</a\s*>", re.IGNORECASE)


def _wraps_image(line: str, found: LinkAt) -> bool:
    """An HTML link left empty around an image (`<a href=""> <img src="…stars…"></a>`): a
    badge set in a row of badges, not a link to follow. Not a picture left empty before
    another (`<img src="" …/><img src="https://…" …/>`): a picture of none, shown broken."""
    if not found.link.html or found.link.image:
        return False
    rest = line[found.column :]
    close = _HTML_CLOSE.search(rest)
    return "<img" in (rest[: close.start()] if close else rest).lower()


# Latin text glued to a link's closing parenthesis: `[x](https://a.io/new)old-url-rest)`
_GLUED = lazy_re.compile(r"[A-Za-z0-9][^\s|<]*")


def _glued(line: str, found: LinkAt) -> str | None:
    """The text written right after an inline link's `)` without a space, when it is Latin
    letters or digits: the leftover of an old URL pasted over (CJK prose after a link is not)."""
    if found.link.image or found.link.html or not found.url:
        return None
    if found.link.text[-1:].isspace():
        return None  # `[Register ](…)your team`: the space is the text's, the sentence goes on
    if not found.link.text:
        return None  # `### [](#maps)Maps`: a link of no text shows nothing to glue words to
    if found.url.startswith("#"):
        return None  # `## [↑](#table-of-contents)Tools`: a mark leading back up the page, no
        # address a pasted one could leave its rest after
    end = found.column - 1 + len(found.url)
    if line[end : end + 1] != ")" or line[found.column - 2 : found.column - 1] != "(":
        return None
    match = _GLUED.match(line, end + 1)
    # CJK prose after a link starts with Latin letters too (`[reCAPTCHA](…)v3版验证码`): a
    # leftover address is ASCII through
    if not match or not match.group().isascii():
        return None
    # words after a badge (`[![CODE](…)](https://github.com/…)Not Release code`): a remark on
    # what the badge links, written close
    if found.link.badge and match.group().isalpha() and line[match.end() : match.end() + 1] == " ":
        return None
    return match.group()


# full-width punctuation GitHub's autolink runs over (it ends a bare address at a space or `<`
# only): a sentence's marks, never an address's, and closing brackets whose opening is not in it
_SENTENCE_MARKS = "，。；：！？、"
_OPENING = {"）": "（", "】": "【", "」": "「", "』": "『", "》": "《", "〉": "〈"}
_RUN_IN = lazy_re.compile(f"[{_SENTENCE_MARKS}{''.join(_OPENING)}]")
# a note in full-width brackets right after an address's `/` (`https://edinetdb.jp/（日本語）`):
# no path starts so
_ASIDE = lazy_re.compile(f"(?<=/)[{''.join(_OPENING.values())}]")


def _run_in(line: str, found: LinkAt) -> tuple[str, int] | None:
    """A bare web address as GitHub links it, where it runs into the text after it
    (`https://open.itc.cn/，我们会定期推送…`): what is written, and where the text starts."""
    link = found.link  # a bare address: ``check`` asks of no other
    if link.image:
        return None
    match = _RUN_IN.search(link.text)
    into_host = None if match or link.text.isascii() else _into_host(link.text)
    start = found.column - 1
    if match is None and into_host is None and not link.text.isascii():
        into_host = _into_label(
            link.text, line[start + len(link.text) : start + len(link.text) + 1]
        )
    if match is None and into_host is None and not link.text.isascii():
        into_host = _into_account(link.text)
    if match is None and into_host is None:
        closed = None if link.text.isascii() else _closed_into(link.text)
        if closed is None:
            return None
        into_host = (link.text, closed)
    if line[start - 1 : start] == "<" or line[start - 2 : start] == "](":
        return None  # `<https://…>`, or a link's target: written as meant
    if match is None:
        return into_host
    aside = _ASIDE.search(link.text)
    if aside is not None and link.text[: aside.start()].isascii():
        return link.text, aside.start()  # `https://edinetdb.com/（英語）`: a note, no path
    opened = set(link.text[: match.start()])  # one pass: a hostile address is long
    for index in range(match.start(), len(link.text)):
        char = link.text[index]
        opening = _OPENING.get(char)
        if char in _SENTENCE_MARKS or (opening is not None and opening not in opened):
            words = _INTO_WORDS.search(link.text, 0, index)
            return link.text, words.start() if words is not None else index
        opened.add(char)
    return _into_label(link.text, "")


# a host's last label of Latin letters run into other letters (`osv.dev提供的数据`): GitHub's
# autolink ends a domain at the first letter beyond ASCII, yet links on to the next space
_INTO_HOST = lazy_re.compile(r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?=[^\x00-\x7f])")


# a bare address's Latin end run into words of other letters (`https://t.me/zaproshare主站`): the
# words that start there
_INTO_WORDS = lazy_re.compile(r"(?<=[A-Za-z0-9_])[^\x00-\x7f]+$")


# an account on a site whose names are ASCII alone, and text beyond ASCII run into it: a
# Telegram channel (`https://t.me/Moviemarket_group音乐库`), maybe with a post's number
# (`…/NewlearnerGroup/1474374·`), or a GitHub owner or repository (`github.com/owner/repo项目`);
# a page under a repository may have a name of any letters (`…/blob/main/中文.md`)
_INTO_ACCOUNT = lazy_re.compile(
    r"(?i)(?:https?://)?(?:www\.)?(?:t\.me/(?:s/)?[a-z0-9_]+(?:/\d+)?"
    r"|github\.com/[a-z0-9-]+(?:/[a-z0-9_.-]+)?)(?=[^\x00-\x7f])"
)


def _into_account(text: str) -> tuple[str, int] | None:
    """A bare address of an account whose names are ASCII alone (``_INTO_ACCOUNT``) with text
    beyond ASCII run into it: the text and where that text starts."""
    match = _INTO_ACCOUNT.match(text)
    return (text, match.end()) if match is not None else None


def _closed_into(text: str) -> int | None:
    """Where a bare address's `)` that no `(` of it opened runs into words beyond ASCII
    (`https://www.yomige.com)官方频道`, written `优米格(https://www.yomige.com)官方频道`): GitHub
    drops such a `)` only at the address's end, so it links the words too; None for none."""
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                after = text[index + 1 : index + 2]
                return index if after and not after.isascii() and after.isalpha() else None
            depth -= 1
    return None


def _into_label(text: str, after: str) -> tuple[str, int] | None:
    """A bare address whose last part runs from Latin letters into other words, ended by an ASCII
    `:` (`https://t.me/Qikan2023商务合作:`: a label of the sentence, which no address ends in), or
    into a `【` (`…/wsj.xml【更多】`): the text and where its words start."""
    bracket = text.find("【")
    if bracket > 0 and text[bracket - 1].isascii() and text[bracket - 1].isalnum():
        return text, bracket
    if after != ":":
        return None
    words = _INTO_WORDS.search(text)
    if words is None or not words.group().isalpha():
        return None
    return text, words.start()


def _into_host(text: str) -> tuple[str, int] | None:
    """A bare address whose host runs into the words after it, where they are letters beyond
    ASCII with no `.` or `/` after them (no top-level domain ends in CJK text): the text and
    where its words start."""
    match = _INTO_HOST.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if not rest[:1].isalpha() or any(char in "./" for char in rest):
        return None
    return text, match.end()


def _autolinked(url: str) -> str:
    """The address GitHub links of a bare one ended by a space: without the trailing
    punctuation and unbalanced `)` of the sentence (`www.nlpir.org/)` in `(…www.nlpir.org/)`)."""
    url = url.rstrip("?!.,:*_~")
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip("?!.,:*_~")
    return url


# a link's target again after its `)`: `[three.js](https://threejs.org/)](https://threejs.org/)`
_STRAY_TARGET = lazy_re.compile(r"\]\(([^()\s]+)\)")


def _stray_target(line: str, found: LinkAt) -> Finding | None:
    """A link followed at once by `](target)`: GitHub shows the `](` and `)` as text (a target
    pasted twice, or a link in another link's text), or a target ending in `,`, which GitHub
    keeps in the address."""
    end = found.column - 1 + len(found.url)
    if line[end : end + 1] != ")" or line[found.column - 3 : found.column - 1] != "](":
        return None  # not an inline link's target as written
    match = _STRAY_TARGET.match(line, end + 1)
    if match:
        return Finding(
            found.line,
            end + 2,
            f"`{_shortened(match.group())}` after the link to `{_shortened(found.url)}` shows "
            "as text: a target written twice, or a link inside another link's text",
            end_column=match.end() + 1,
        )
    if found.url.endswith(",") and "://" in found.url and not _in_query_value(found.url):
        return Finding(
            found.line,
            found.column,
            f"`{_shortened(found.url)}` ends with `,`, which GitHub keeps in the address",
            end_column=end + 1,
        )
    return None


def _in_query_value(url: str) -> bool:
    """Whether a URL's last `,` ends the value of its query's last parameter (`…&p=3^-1,`, a
    filter as a site's search page writes it): the site's, copied from the browser."""
    if "#" in url:
        return False  # a comma after a fragment: no query's value
    last = url.partition("?")[2].rsplit("&", 1)[-1]
    return "=" in last and last.partition("=")[2] != ","


# a link written as another link's target: `[NYT]([ https://a.io/x](https://a.io/x))`; where
# the space after `[` keeps GitHub from taking the outer one as a link, the page shows `[NYT](`
# as text before the inner link
_NESTED = lazy_re.compile(r"\[([^\[\]]*)\]\(\s*\[([^\[\]]*)\]\(([^()\s]+)\)\s*\)")


_INNER = lazy_re.compile(r"\]\(\s*\[")


def _nested(lines: Sequence[str], found: Sequence[LinkAt]) -> Iterator[Finding]:
    """Outer links GitHub shows as text because their target is a link it renders."""
    # one search of the whole text first: a line that nests a link is in it, and most lists
    # nest none (each line of each link searched otherwise)
    if _INNER.search("\n".join(lines)) is None:
        return
    nesting = {
        number for number in {link.line for link in found} if _INNER.search(lines[number - 1])
    }
    rendered: dict[int, set[tuple[str, str]]] = {}
    for link in found:
        if link.line in nesting and not link.link.html and not link.link.image:
            rendered.setdefault(link.line, set()).add((link.link.text, link.url))
    for number, pairs in rendered.items():
        line = lines[number - 1]
        for match in _NESTED.finditer(line):
            text, inner, url = match.groups()
            if (inner, url) in pairs:
                yield Finding(
                    number,
                    match.start() + 1,
                    f"`[{text}](` is a link whose target is another link, so GitHub shows it "
                    f"as text; write `[{text}]({url})`",
                    end_column=match.end() + 1,
                )


# a link's `](` before a web address: `[code](https: //github.com/x)`, `[Yi](https://hf.co/x`
# (balanced parentheses are part of it: `…/008_String_to_Integer(atoi).py`)
# (a `(`, `<` or quote before the scheme is a stray one; a `[` there opens a link: ``_nested``)
# (spaces after a stray mark only: two runs of spaces side by side backtrack over each other)
_WRITTEN = lazy_re.compile(r"\]\(\s*((?:[(<'\"]+\s*)?https?:(?:[^()]|\([^()]*\))*)(\)?)")
_STRAY = lazy_re.compile(r"[(<'\"]+")
# a link's text that no `]` closes before its address: `[Code(https://github.com/x/y)]`,
# `[Watcher\(https://github.com/x/y)`: GitHub shows it all as text, brackets and address
_UNCLOSED = lazy_re.compile(r"\[[^\[\]()]*?\\?\(https?://[^\s()\[\]]+\)\]?")
# a target of words with spaces between, no address (`[GitHub](_No response_)`, a form's answer
# pasted in): GitHub shows the whole as text
# a target with a space in it (`](GRIT-VLP: GRouped mIni-baTch …)`, a title pasted for an
# address), not one that starts with a scheme (`](https://exa mple.com)`, `](https: //x)`:
# url_problem's and _WRITTEN's)
_SPACED = lazy_re.compile(
    r"\]\(\s*((?!(?i:https?|ftp|mailto):)(?![A-Za-z][\w+.-]*:\S)[^()\s<'\"]+"
    r"(?:[ \t]+[^()\s'\"]+)+)\s*(\))"
)
_ESCAPED = lazy_re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class _CellLinks:
    """What a cell's parser found, to tell a written link it renders from one it shows as
    text: the targets of its links, of its bare URLs, and targets holding another link."""

    targets: frozenset[str]
    bare: frozenset[str]
    nesting: tuple[str, ...]

    @classmethod
    def of(cls, found: list[InlineLink]) -> _CellLinks:
        return cls(
            frozenset(link.url for link in found if link.text != link.url),
            frozenset(link.url for link in found if link.text == link.url),
            tuple(link.url for link in found if "[" in link.url),
        )

    def render(self, target: str, text: str) -> bool:
        """Whether a written link's target is a link's GitHub renders there (not a bare URL
        it links by itself after a `[…](` it shows as text), or part of one's target, or a bare
        URL reported as malformed itself (`https://exa mple.com`: `exa` is no host)."""
        escaped = _ESCAPED.sub(r"\1", target.strip())
        if escaped.startswith("<"):
            # `](<https://x>)`: a destination in brackets (read up to a `)` when the pattern
            # stopped there: `](<(https://x)>)` links `(https://x)`, AL104's other finding)
            escaped = escaped[1:].partition(">")[0]
        # an entity is the character it names (`&amp;` is `&`), as the parser reads it; html
        # and its table of entities imported here, where a list writes a link shown as text
        import html

        return any(self._renders(written, text) for written in {escaped, html.unescape(escaped)})

    def _renders(self, written: str, text: str) -> bool:
        wanted = written.split(maxsplit=1)[0]  # without a title
        return (
            written in self.targets  # read whole, spaces and all: url_problem's finding
            or wanted in self.targets
            # `[Code]((https://…))`: a destination in balanced parentheses, linked as written
            or (wanted.startswith("(") and f"{wanted})" in self.targets)
            # `…keywords=((a) AND (b (c)))`: parentheses nested deeper than the search reads
            or any(url.startswith(f"{wanted}(") for url in self.targets)
            # a link whose text is its address, in code or not (`` [`https://x`](https://x) ``),
            # its escapes as they show (`[https://x/a\_b](https://x/a_b)`)
            or (
                wanted in self.bare
                and (
                    _ESCAPED.sub(r"\1", text).strip("` ") == wanted
                    or url_problem(wanted) is not None
                )
            )
            or any(wanted in url for url in self.nesting)  # url_problem's: `[x]([…](…))`
        )


# written links examined in one cell: a real cell writes a few; a hostile one, thousands
_MOST_WRITTEN = 50


def _cells_on(table: Table, lines: frozenset[int], written: str) -> list[Cell]:
    """The cells of a table's rows on some lines (few: those a scan of the text found) that
    hold a string."""
    return [
        cell
        for row in table.body
        if row.line in lines
        for cell in row.cells
        if written in cell.text
    ]


# Zenn's article: its front matter names the post's emoji and topics (zenn-cli's `articles/`)
_ZENN_KEYS = frozenset({"emoji", "topics"})
# an image's target with its width after its address, Zenn's way (`/images/heroku.png =16x`,
# `=250x100`)
_SIZED_TARGET = lazy_re.compile(r"\S+ =\d*x\d*")


def _unrendered(document: Document) -> Iterator[Finding]:
    """Links written in table cells, paragraphs and headings that GitHub shows as text: a
    target with a space in it, one never closed by `)`, one after a stray bracket, or a text
    no `[` opens. Not an image with its width after its address in a Zenn article, which Zenn
    publishes and draws."""
    definitions = document.definitions
    zenn = _ZENN_KEYS.issubset(front_matter_keys(document.source.lines))
    glued_lines = document.lines_matching(_GLUED_SEEN)  # most lists: none
    angled_lines = document.lines_matching(_ANGLED_SEEN)  # most lists: none
    labeled_lines = document.lines_matching(_LABEL_SEEN)  # most lists: none
    labels = _Labels(document)
    for table in document.tables:
        # the cells that may write a link GitHub shows as text, by one comprehension (every
        # cell passes here): one whole ``[name](url)`` (kept by ``whole_link``) renders, and
        # ``_shown_as_text`` would say so at once
        written_in = [
            cell
            for row in table.body
            for cell in row.cells
            if ("](" in cell.text and whole_link(cell.text) is None)
            or ("(http" in cell.text and "](" not in cell.text)
            or ")[http" in cell.text
            or "])http" in cell.text
        ]
        for cell in written_in:
            for start, end, why in _shown_as_text(cell.text, definitions, zenn):
                message = _shown_message(cell.text, start, end, why)
                yield Finding(cell.line, cell.column + start, message, end_column=cell.column + end)
        scanned = itertools.chain(
            ((cell, _glued_schemes(cell.text)) for cell in _cells_on(table, glued_lines, "http")),
            ((cell, _angled_texts(cell.text)) for cell in _cells_on(table, angled_lines, "<")),
            ((cell, labels.unlinked(cell.text)) for cell in _cells_on(table, labeled_lines, "]]")),
        )
        for cell, found in scanned:
            for start, end, why in found:
                message = _shown_message(cell.text, start, end, why)
                yield Finding(cell.line, cell.column + start, message, end_column=cell.column + end)
    for block in document.blocks:
        if block.kind == "html":
            continue
        text = block.text
        glued = any(part.line in glued_lines for part in block.lines)
        angled = any(part.line in angled_lines for part in block.lines)
        labeled = any(part.line in labeled_lines for part in block.lines)
        shown = itertools.chain(
            _shown_as_text(text, definitions, zenn),
            _glued_schemes(text) if glued else (),
            _angled_texts(text) if angled else (),
            labels.unlinked(text) if labeled else (),
        )
        for start, end, why in shown:
            line, column = block.place(start)
            last, end_column = block.place(end)
            yield Finding(
                line,
                column,
                _shown_message(text, start, end, why),
                end_column=end_column if last == line else 0,
            )


# a bare address glued to the word before it (`Security Researcherhttps://t.co/…`, a bio whose
# line break was lost): GitHub links no address whose scheme follows a Latin letter (it reads
# `Researcherhttps` as the scheme); after a CJK character, a digit or a mark it does
_GLUED_SCHEME = lazy_re.compile(r"[A-Za-z]https?://[^\s<>()\[\]|]+", re.IGNORECASE)
# the lines to read for one, found at C speed (the scheme as people write it)
# (found by its `://`, a literal the engine searches for at C speed, and the letters before it
# asked there: a letter before the scheme at every place of the text took seven times as long)
_GLUED_SEEN = lazy_re.compile(
    r"://(?:(?<=[A-Za-z][Hh]ttps://)|(?<=[A-Za-z][Hh]ttp://)|(?<=[A-Za-z]HTTPS://)|(?<=[A-Za-z]HTTP://))"
)
# what the text glued to a scheme holds where it is no word: a link's target or text, an HTML
# attribute, a path or another address (two run together: ``url_problem``'s finding)
_NO_WORD = lazy_re.compile(r"\]\(|[<\[=/:]")


def _outside_code(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """A pattern's first matches in a text (a few: a hostile text has thousands) that start
    outside its code spans; the spans blanked once, where one matches."""
    blanked = None
    for match in itertools.islice(pattern.finditer(text), _MOST_WRITTEN):
        if blanked is None:
            blanked = blanked_code(text)
        if blanked[match.start()] == text[match.start()]:
            yield match


def _glued_schemes(text: str) -> Iterator[tuple[int, int, str]]:
    """Bare addresses GitHub shows as text because a word is glued to their scheme, outside
    code spans, links and HTML: the word and the address, and why."""
    if "http" not in text:
        return
    for match in _outside_code(_GLUED_SCHEME, text):
        start = match.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if _NO_WORD.search(text, start, match.start() + 1):
            continue
        scheme = text[match.start() + 1 :].partition("//")[0] + "//"
        yield start, match.end(), f"a word is glued to its `{scheme}`; put a space before it"


# an address between `<` and `>` that is no autolink: one of no scheme (`<genecards.org/>`,
# `<www.ncbi.nlm.nih.gov/genemap>`: no HTML tag either) or after a blank (`<\thttps://…>`);
# GitHub shows the brackets and all as text
_ANGLED = lazy_re.compile(
    r"<(?:([ \t]+)(?=[Hh]ttps?://)|(?=[A-Za-z0-9][A-Za-z0-9-]*\.))([^\s<>]+)([ \t]+)?>"
)  # a blank and a web address, or a host's first name and its dot (and maybe a blank before
# the `>`: `<www.hpppi.iicb.res.in/btox/ >`); the rest read by Python
# the lines to read for one, found at C speed
_ANGLED_SEEN = lazy_re.compile(r"<(?:[ \t]+[Hh]ttps?://|[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z])")


def _angled_texts(text: str) -> Iterator[tuple[int, int, str]]:
    """Addresses between `<` and `>` that GitHub shows as text, outside code spans."""
    for match in _outside_code(_ANGLED, text):
        blank, inner, closing = match.groups()
        if blank:
            yield match.start(), match.end(), "a blank stands after its `<`"
        elif "no scheme" in (url_problem(inner) or ""):
            # (an address with its scheme GitHub links all the same, a blank before its `>` or
            # not: only `<` and `>` show)
            why = (
                "a blank stands before its `>`, and it has no scheme"
                if closing
                else "an address between `<` and `>` needs its scheme"
            )
            yield match.start(), match.end(), why


# a link's label in brackets with no address after it (`[[Paper]]`, where the list writes
# `[[Paper](…)]`): GitHub shows it as text; an Obsidian note's `[[images]]` names no link
_LABEL = lazy_re.compile(r"\[\[([^\[\]\n]{1,24})\]\](?![(\[:])")
_LABEL_SEEN = lazy_re.compile(r"\]\](?![(\[:])")  # the lines to read for one, at C speed
_LABEL_LINKED = 2  # links of that label the list writes, at least, for it to be one left empty
_LABEL_ALONE = 2  # labels written with no address, at most, for them to be slips
_UNLINKED = lazy_re.compile(
    r"\[\[([^\[\]\n]{1,24})\]\](?!\()"
)  # `[[code]]`, `[[code]][[paper](…)]`
# a short link text before its address, or one in brackets (`[[Paper]](…)`, the text `[Paper]`)
_LINKED_TEXT = lazy_re.compile(r"\[([^\[\]\n]{1,24})\]\(|\[\[([^\[\]\n]{1,24})\]\]\(")


class _Labels:
    """A list's links labelled as a work's page (`[Paper](…)`), counted where a label is
    written with no address after it."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._linked: Counter[str] | None = None  # links of each text, counted where one is asked
        self._unlinked: Counter[str] = Counter()  # labels written with no address, the same

    def unlinked(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The labels in brackets a text writes with no address (`[[Paper]]`), outside code
        spans, that the list writes as links elsewhere and defines no reference of."""
        for match in _outside_code(_LABEL, text):
            label = match[1].strip()
            if not is_link_label(label) or _defined(label, self._document.definitions):
                continue
            if self._linked is None:  # one pass over the list, however many labels it writes
                whole = self._document.source.text
                self._linked = Counter(
                    (plain or bracketed).casefold()
                    for plain, bracketed in _LINKED_TEXT.findall(whole)
                )
                self._unlinked = Counter(found.casefold() for found in _UNLINKED.findall(whole))
            linked = self._linked[label.casefold()]
            # a label the list writes without an address three times or more (its code spans
            # counted too) is its way of saying there is none (`[[code]]` for a paper of no
            # code), or a word of its own there (a tag), not a link that lost its address
            if linked >= _LABEL_LINKED and self._unlinked[label.casefold()] <= _LABEL_ALONE:
                yield match.start(), match.end(), f"no address follows `[{label}]`"


def _shown_message(text: str, start: int, end: int, why: str) -> str:
    return f"`{_shortened(text[start:end])}` is shown as text, not a link: {why}"


def _shown_as_text(
    text: str, definitions: Mapping[str, tuple[str, str]], zenn: bool = False
) -> Iterator[tuple[int, int, str]]:
    """Where a text writes a link GitHub shows as text: its start, its end and why; in a Zenn
    article (``zenn``), not an image with its width after its address."""
    # a text that is one `[text](url)` (``whole_link``, kept) is a link GitHub renders
    if "](" in text and whole_link(text) is not None:
        return  # each link cell of most lists: asked nothing more
    blanked = None  # the text with its code spans blanked, made once where it is read
    if ")[http" in text:  # `(Instant-NGP)[https://…]`: text and address written the wrong way
        blanked = blanked_code(text)
        yield from _reversed(blanked, definitions)
    if text.count("(http") != text.count("](http"):  # an address in parentheses after no `]`
        blanked = blanked or blanked_code(text)
        yield from _unclosed(blanked)
        yield from _closed_by_parenthesis(blanked)
        yield from _spaced_out(blanked, definitions)
    if "])http" in text:  # `[South-End Tech])https://…)`: `])` typed for `](`
        blanked = blanked or blanked_code(text)
        yield from _swapped(blanked)
    if "]（http" in text:  # `[datax_v202205]（https://…)`: a full-width `（` typed for `(`
        blanked = blanked or blanked_code(text)
        yield from _written_wrong(
            blanked, _FULL_WIDTH_OPEN, "a full-width `（` stands where `(` belongs"
        )
    if "](" not in text or plain_links_only(text):
        return  # no link written, or each one a link it renders
    parsed = _CellLinks.of(links(text, definitions))
    if blanked is None:
        blanked = blanked_code(text)
    written = itertools.chain(_WRITTEN.finditer(blanked), _SPACED.finditer(blanked))
    for match in itertools.islice(written, _MOST_WRITTEN):
        opening = text.rfind("[", 0, match.start())
        if parsed.render(match.group(1), text[opening + 1 : match.start()] if opening >= 0 else ""):
            continue
        if opening < 0:
            yield match.start(), match.end(), "no `[` opens its text"
            continue
        if zenn and text[opening - 1 : opening] == "!" and _SIZED_TARGET.fullmatch(match.group(1)):
            continue  # `![](/images/heroku.png =16x)`: drawn so on Zenn
        yield opening, match.end(), _why_unrendered(match.group(1), bool(match.group(2)))


def _unclosed(blanked: str) -> Iterator[tuple[int, int, str]]:
    """Links whose text no `]` closes before their address: `[Code(https://github.com/x/y)]`,
    `[Watcher\\(https://github.com/x/y)` (not a link whose text holds an address, `[see
    (https://x.io) docs](…)`), in a text with its code spans blanked."""
    for match in itertools.islice(_UNCLOSED.finditer(blanked), _MOST_WRITTEN):
        close = blanked.find("]", match.end() - 1)
        if close < 0 or blanked[close : close + 2] not in ("](", "]["):
            yield match.start(), match.end(), "no `]` closes its text before the `(`"


# a link's text closed by `)` typed for `]`: `([not verified)(https://…))`
_CLOSED_BY_PARENTHESIS = lazy_re.compile(r"\[[^\[\]()]+\)\(https?://[^\s()\[\]]+\)")


def _written_wrong(
    blanked: str, pattern: re.Pattern[str], why: str
) -> Iterator[tuple[int, int, str]]:
    """Each link ``pattern`` finds written so that GitHub shows its brackets as text, in a text
    with its code spans blanked (``_MOST_WRITTEN`` at most), with ``why``."""
    for match in itertools.islice(pattern.finditer(blanked), _MOST_WRITTEN):
        yield match.start(), match.end(), why


def _closed_by_parenthesis(blanked: str) -> Iterator[tuple[int, int, str]]:
    """Links whose text is closed by `)` where `]` belongs (`[not verified)(https://…)`)."""
    return _written_wrong(
        blanked, _CLOSED_BY_PARENTHESIS, "a `)` closes its text where `]` belongs"
    )


# a link's `](` typed the wrong way round: `[South-End Tech Limited])https://southendtech.co.ke/)`
_SWAPPED = lazy_re.compile(r"\[[^\[\]\n]+\]\)https?://[^\s()\[\]]+\)?")


_FULL_WIDTH_OPEN = lazy_re.compile(r"\[[^\[\]\n]+\]（https?://[^\s()（）]+[)）]?")


def _swapped(blanked: str) -> Iterator[tuple[int, int, str]]:
    """Links whose `](` is written `])` (GitHub links the bare address after the brackets)."""
    return _written_wrong(blanked, _SWAPPED, "`])` stands where `](` belongs")


# a link written the wrong way round, its text in parentheses and its address in brackets:
# `(BOP benchmark)[https://bop.felk.cvut.cz/home/]` (not a link's text after it, `[…](…)`)
_REVERSED = lazy_re.compile(r"\(([^()\[\]\n]+)\)\[(https?://[^\s\[\]()]+)\](?![(\[:])")


def _defined(label: str, definitions: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a bracketed text is a reference the list defines, which GitHub links."""
    if not definitions:
        return False
    # the parser's labels, imported where a list defines references
    from awesome_lint.markdown import normalize_label

    return normalize_label(label) in definitions


def _reversed(
    blanked: str, definitions: Mapping[str, tuple[str, str]]
) -> Iterator[tuple[int, int, str]]:
    """Links written `(text)[url]`, in a text with its code spans blanked: GitHub shows the
    parentheses and the brackets as text (and links the bare address inside them), unless the
    bracketed address is a reference the list defines."""
    for match in itertools.islice(_REVERSED.finditer(blanked), _MOST_WRITTEN):
        if _defined(match.group(2), definitions):
            continue
        yield match.start(), match.end(), "its text and address are the wrong way round"


# a link's text and its address with a space between: `[$300 credits] (https://…)`
_SPACED_OUT = lazy_re.compile(r"\[([^\[\]]+)\][ \t]+\(https?://[^\s()]+\)")


def _spaced_out(
    blanked: str, definitions: Mapping[str, tuple[str, str]]
) -> Iterator[tuple[int, int, str]]:
    """Links written with a space between `]` and `(`, in a text with its code spans blanked:
    GitHub shows both as text (unless the text is a reference it defines, which it links, and
    shows the address after it)."""
    for match in itertools.islice(_SPACED_OUT.finditer(blanked), _MOST_WRITTEN):
        if _defined(match.group(1), definitions):
            continue
        yield match.start(), match.end(), "a space stands between its `]` and `(`"


def _why_unrendered(target: str, closed: bool) -> str:
    stray = _STRAY.match(target)
    if stray and not (target.startswith("<") and ">" in target):  # `<…>` holds a target
        return f"`{stray.group()}` stands before the URL's scheme"
    if " " in target.strip():
        return "its target contains a space"
    return "its target is malformed" if closed else "it is never closed by `)`"


_QUOTED = 60  # characters of an address or a text quoted in a message, at most


def _quoted(url: str) -> str:
    """An address as code: between double backticks where it holds one itself."""
    return f"`` {url} ``" if "`" in url else f"`{url}`"


def _shortened(text: str) -> str:
    return shortened(text, _QUOTED)


# a column whose every cell is one link left empty (`[x]()` down the `Link` column of a table of
# channels with no stream, as Free-TV's contributing guide asks): the table's placeholder
_EMPTY_LINK = lazy_re.compile(r"\[[^\[\]]*\]\(\s*\)")
_PLACEHOLDER_ROWS = 3


def _placeholder_rows(document: Document, templates: frozenset[int]) -> set[int]:
    """The lines of rows whose column of empty links is a table's placeholder, and of the rows
    of blank markup the list ends its tables with, to be copied (``Analysis.template_rows``)."""
    lines = set(templates)
    for table in document.tables:
        if len(table.body) < _PLACEHOLDER_ROWS:
            continue
        for column in range(table.width):
            cells = [row.cell(column) for row in table.body]
            texts = {cell.text.strip() if cell is not None else "" for cell in cells}
            if len(texts) == 1 and _EMPTY_LINK.fullmatch(next(iter(texts))):
                lines.update(row.line for row in table.body)
    return lines


def _angled(line: str, found: LinkAt) -> bool:
    """Whether a link's target is written between `<` and `>` (where CommonMark allows spaces,
    which GitHub encodes as `%20`) and has nothing else wrong."""
    start = found.column - 1
    end = start + len(found.url)
    if line[start - 1 : start] != "<" or line[end : end + 1] != ">":
        return False
    return url_problem(found.url.replace(" ", "%20")) is None


# a page of a code host: a repository, or an owner's
_CODE_HOST_PAGE = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|huggingface\.co)/[^?#]+$"
)
# a repository's own page, its name ending with `.` (`github.com/tinglabs/scAIDE.`)
_DOTTED_REPOSITORY = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[^/?#]+/([^/?#]+\.)$"
)
_REPOSITORY_NAME = 100  # characters of a repository's name, at most, on a code host
_DOTTED_HABIT = 3  # repositories, at least, a list links with a `.` after their names: its way
# of pasting addresses from sentences (a paper's "Code is at https://github.com/….")


def _dotted_repositories(targets: set[str]) -> int:
    """How many repositories a list links with a `.` after their names (case aside)."""
    return len({url.casefold().rstrip("/") for url in targets if _DOTTED_REPOSITORY.match(url)})


def _full_stop_taken_in(url: str, line: str, dotted: int) -> str:
    """Why a repository's address that ends with `.` has a sentence's full stop taken in ("" if
    it may be a name that ends so, `abin24/Magnetic-tile-defect-datasets.`): it ends with
    `.git.`, its row names the repository without the `.` (`[scAIDE] scAIDE: …` over
    `tinglabs/scAIDE.`), or the list links several repositories so, pasted from sentences."""
    match = _DOTTED_REPOSITORY.match(url)
    if match is None:
        return ""
    name = match.group(1)[:-1]
    if name.lower().endswith(".git"):
        return "`.git` ends a repository's address"
    rest = line.replace(url, " ")
    # (the name as written, no `.` after it: `[Magnetic-tile-defect-datasets.](…)` names a
    # repository whose name ends so; a repository's name is 100 characters at most)
    if 0 < len(name) <= _REPOSITORY_NAME and re.search(
        rf"(?i)(?<![\w./-]){re.escape(name)}(?![\w/.-])", rest
    ):
        return f"the row names `{name}`"
    if dotted >= _DOTTED_HABIT:
        return f"the list links {dotted} repositories with a `.` after their names"
    return ""


# a repository's branch, its name ending with `.` (`…/CBiT/tree/master.`): git names no
# branch so, so a sentence's full stop was taken into the address
_BRANCH_PAGE = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[^/?#]+/[^/?#]+/"
    r"(?:-/)?tree/[^/?#]+$"
)


# a template's placeholder in an address, never filled in: a word in capitals after `YOUR`
# (`openreview.net/forum?id=YOUR_ID`, `arxiv.org/abs/YOUR_ARXIV_ID`), or a whole part of the
# address that names what to put there (`your-username.github.io`, `github.com/your-repo/…`;
# not `submit-your-app`, a page's words)
_TEMPLATE_PART = lazy_re.compile(
    r"(?<![A-Za-z0-9])YOUR[_-][A-Z][A-Z_]*(?![a-z0-9])"
    r"|(?<=[/.=])(?i:your)[-_](?:id|user|username|repo|repository|org|organization|name|slug"
    r"|project|token|key|handle|account|domain|app|site|channel)(?=[/.&#?]|$)"
)


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    placeholders: set[int] | None = None
    targeted: set[int] | None = None  # lines with a link that has a target
    targets: set[str] | None = None  # every link's target, read where one ends with `.`
    dotted: int | None = None  # the repositories linked with a `.` after their name, counted so
    alone: list[Finding] = []
    beside: list[Finding] = []  # links of no target on a line that links elsewhere too
    unnamed: list[tuple[Finding, list[Finding]]] = []  # links of no target nor name, `[Code]()`
    pictures: list[Finding] = []  # images of no source
    strays: list[Finding] = []  # targets after a link's own
    dated: list[tuple[Finding, list[Finding]]] = []  # links of no target written as dates
    texts: Counter[str] | None = None  # link texts written with an address, counted if asked
    empty_badges: Counter[str] | None = None  # badge texts written with no target, if asked
    linking: set[int] = set()  # the sections of those lines, read with them

    def _linked(named: str) -> int:
        """How often the list writes a link text with an address (counted once, if asked)."""
        nonlocal texts
        if texts is None:
            texts = _linked_texts(context.analysis.links)
        return texts[named]

    def _own_label(named: str) -> bool:
        return len(named) <= _LABEL_LENGTH and _linked(named) >= _OWN_LABEL

    def _badge_linked(named: str) -> int:
        """How often the list links a badge of this text to a page, where that is its way
        (``_BADGE_LINKED``); 0 where it is not."""
        nonlocal empty_badges
        if empty_badges is None:
            empty_badges = _empty_badge_texts(context.analysis.links)
        linked, empty = _linked(named), empty_badges[named]
        if linked >= _BADGE_LINKED * empty and empty <= _BADGE_SLIPS:
            return linked
        return 0

    bare: list[int] = []  # the lines of bare addresses GitHub links by themselves
    for found in context.analysis.links:
        link, number, column, url = found
        if _bare(found):
            bare.append(number)
        if not url.strip():
            if _empty_on_purpose(found):
                # a badge as a label (`[![Publish](…)]()`), unless the list links this badge
                # to a page as its way: one left without its page (a group's invite)
                named = _text_key(link.text)
                linked = _badge_linked(named) if link.badge and named else 0
                if linked:
                    yield Finding(
                        number,
                        column,
                        f"`[![{_shortened(named)}](…)]()` links nowhere: the list links this "
                        f"badge to a page {linked} times elsewhere",
                    )
                continue
            if _wraps_image(lines[number - 1], found):
                continue
            if _HEADING_OF_A_LINK.match(lines[number - 1]):
                continue  # `### [经典游戏]()`: a heading written as a link, a style, no entry
            if placeholders is None:
                placeholders = _placeholder_rows(document, context.analysis.template_rows)
            if number in placeholders:
                continue
            if _in_placeholder_item(lines, document.items_by_line, number):
                continue
            if targeted is None:
                targeted = {other.line for other in context.analysis.links if other.url.strip()}
                linking = {context.analysis.section_of(line) for line in targeted}
            if _in_template(context, number, linking):
                continue  # `#### 202x.0x0x, Template` over `[Project name or Paper title]()`
            # the link in its kind's form, its text naming it (its target says nothing)
            named = _shortened(_text_key(link.text))
            written = (
                f'<a href="{url}">'  # an HTML link's text is read no further
                if link.html and not link.image
                else f"{'!' if link.image else ''}[{named}]({url})"
            )
            finding = Finding(number, column, f"`{written}`: {url_problem(url)}")
            if link.image:
                pictures.append(finding)  # `![]()`: a generator's picture of none
                continue
            # the only link of its line: an entry still to come, where the list writes
            # several (`[11.Backdoor]()` for each level not solved yet), else a slip; a date
            # (`[2026/07/13]()`) is judged apart: a date linked to its code, if any
            kept = beside if number in targeted else alone
            if _DATE_TEXT.fullmatch(named):
                dated.append((finding, kept))
            elif not named:
                unnamed.append((finding, kept))  # `[]()`: a row's blank markup
            elif is_link_label(named) or _own_label(named):
                # `[Code]()`, `[下载链接]()` (written with an address hundreds of times): no
                # entry to come, its title alone, but a page left out, wherever on its line
                unnamed.append((finding, beside))
            else:
                kept.append(finding)
            continue
        line = lines[number - 1]
        problem = url_problem(as_browsers_read(url) if link.html else url)
        if problem and _angled(line, found):
            problem = None  # `[a](<docs/a b.md>)`: spaces are allowed between `<` and `>`
        if problem and _bare(found) and _run_in(line, found):
            problem = None  # `https://github.com/d2l-ai/d2l-zh。`: told below, as text run in
        if problem == ARXIV_LEFT_OUT and _PLACEHOLDER.search(link.text):
            problem = None  # `[Paper (coming soon)](https://arxiv.org/abs/)`: a paper to come
        if problem:
            yield Finding(number, column, f"{_quoted(url)}: {problem}")
            continue
        # (a bare address is the reader's to fill in, `http://YOUR_HOST:8123/mcp` in a
        # sentence that says where to point a client; a picture's is a badge's text)
        # (`our` first, at C speed: most addresses write no `your`, and are searched no further)
        template = (
            _TEMPLATE_PART.search(url)
            if "our" in url.lower() and not link.image and not _bare(found)
            else None
        )
        if template is not None:
            yield Finding(
                number,
                column,
                f"`{_shortened(url)}`: `{template.group()}` is a template's placeholder, left to "
                "fill in",
            )
            continue
        if url[-1:] == "/" and _HOST_HOME.fullmatch(url) and _names_another(link.text, url, line):
            yield Finding(
                number,
                column,
                f"`{url}` is the code host's home page, no project's: an address left to fill in",
            )
            continue
        if url[-1:] in _SENTENCE_MARKS and not _bare(found) and host_of(url):
            # `[download](https://github.com/…/2020_ccks_ner。)`: no address ends with a
            # sentence's full-width mark (a bare one GitHub runs over is told above)
            yield Finding(
                number,
                column,
                f"`{url}`: the address ends with `{url[-1]}`: a sentence's full-width "
                "punctuation taken into it",
            )
            continue
        if url.endswith(".") and _CODE_HOST_PAGE.match(url):
            # a repository's name may end with `.`; one the list links without it elsewhere
            # (`microsoft/GLIP.` beside `microsoft/GLIP`) has a sentence's full stop taken in
            if targets is None:
                targets = {other.url for other in context.analysis.links}
            if url[:-1] in targets:
                yield Finding(
                    number,
                    column,
                    f"`{url}`: the address ends with `.`: a sentence's punctuation taken into "
                    f"it (the list links `{url[:-1]}` elsewhere)",
                )
                continue
            if _BRANCH_PAGE.match(url):
                yield Finding(
                    number,
                    column,
                    f"`{url}`: the address ends with `.`, which no branch's name does: a "
                    "sentence's punctuation taken into it",
                )
                continue
            if dotted is None:
                dotted = _dotted_repositories(targets)
            why = _full_stop_taken_in(url, line, dotted)
            if why:
                yield Finding(
                    number,
                    column,
                    f"`{url}`: the address ends with `.`: a sentence's punctuation taken into "
                    f"it ({why})",
                )
                continue
        # every link of every row passes here: ``_run_in``, ``_glued`` asked only where they
        # can answer (a bare address; a Latin letter or digit after a `)`). A bare web address
        # is one GitHub linked by itself: its text is its address (a `www.` one without the
        # `http://` its href gets), not one written with a text or in HTML
        if _bare(found):
            angled = broken_autolink(line, column - 1, link.text)
            if angled:
                yield Finding(
                    number,
                    column - 1,
                    f"`{_shortened(angled)}` is not an autolink: an address between `<` and "
                    f"`>` cannot hold spaces; GitHub links only `{_shortened(url)}` (write "
                    "each space as `%20`)",
                    end_column=column - 1 + len(angled),
                )
                continue
            run_in = _run_in(line, found)
            if run_in:
                written, start = run_in
                meant = _autolinked(url[: len(url) - len(written) + start])
                yield Finding(
                    number,
                    column,
                    f"GitHub links `{_shortened(written)}` as one address: it runs into the "
                    f"text after it; put a space after `{written[:start]}` or write "
                    f"`<{meant}>`",
                    end_column=column + len(written),
                )
                continue
        # a badge's target may be its picture's too, found first; what ``_stray_target`` asks
        # of, told at once (every link passes here)
        end = column + len(url)  # just after the target's `)`
        if (line.startswith("](", end) or url.endswith(",")) and not (
            link.html or link.image or link.badge
        ):
            stray = _stray_target(line, found)
            if stray:
                strays.append(stray)
                continue
        after = line[end : end + 1]
        if not (after.isascii() and after.isalnum()):
            continue  # what ``_GLUED`` starts with
        glued = _glued(line, found)
        if glued:
            yield Finding(
                number,
                end + 1,
                f"`{glued}` is glued to the end of the link to `{url}`: the rest of an "
                "old URL, or a missing space",
                end_column=end + 1 + len(glued),
            )
    excused = 0  # dates left unlinked as the list's way: empty links of its all the same
    if dated and not _dates_linked(context, len(dated)):
        for finding, kept in dated:
            kept.append(finding)  # a date or two left unlinked by a slip, not the list's way
    else:
        excused = len(dated)
    # counted where a target is empty (most lists leave none): links and images apart
    emptied = pictures or alone or beside or unnamed
    images = sum(1 for found in context.analysis.links if found.link.image) if emptied else 0
    if not _emptied(len(pictures), images):
        yield from pictures  # a demo column's `![]()` for each project without one: its way
    linked = len(context.analysis.links) - images
    # `[]()` or `[Code]()` down a Code column for each paper of no code is a way of its own,
    # which says nothing of a title linked to no page (`[ChatUIE: …]()`): judged apart where
    # it is one
    if not _emptied(len(unnamed), linked):
        for finding, kept in unnamed:
            kept.append(finding)
    if not _emptied(len(alone) + len(beside) + excused, linked):
        yield from beside
        if alone and not _to_come(len(alone), len(targeted or ())):
            yield from alone
    yield from _nested(lines, context.analysis.links)
    yield from _unlinked_addresses(document, bare)
    yield from _copied_addresses(document)
    yield from _brackets_twice(document)
    unrendered = list(_unrendered(document))
    yield from unrendered
    # a stray target inside a link GitHub shows as text is told once, as that link
    yield from (stray for stray in strays if not _within(stray, unrendered))


# a cell that is one address GitHub links by itself (`https://…`, `ftp://…`, `www.…`), and one
# that reads as an address it does not link: no scheme (`github.com/No3371`,
# `61.93.89.94/Noah_NRM_Data/`) or a mistyped one (`ttp://abu.cnam.fr`)
_AUTOLINKED = lazy_re.compile(r"(?i)(?:https?://|ftp://|www\.)[^\s<>]+")
_HOST = r"(?:[a-z0-9-]+\.)+(?:[a-z]{2,24}|\d{1,3})(?::\d+)?"
_ADDRESS_LIKE = lazy_re.compile(
    rf"(?i)[a-z][a-z0-9+.-]{{0,9}}://{_HOST}(?:/[^\s<>]*)?|{_HOST}/[^\s<>]*"
)
_ADDRESSED = 3  # cells of a column that are addresses GitHub links, at least
_ADDRESSED_SHARE = 2 / 3  # of the column's filled cells, at least


def _unlinked_addresses(document: Document, bare: list[int]) -> Iterator[Finding]:
    """A cell of a column of addresses that GitHub links by themselves (three or more, two in
    three of its filled cells) that reads as an address with a path but is no link: written
    without its scheme (`github.com/No3371`, `61.93.89.94/Noah_NRM_Data/` among `https://…`)
    or with one mistyped (`ttp://abu.cnam.fr`): GitHub shows it as text. ``bare``: the lines
    of the list's bare addresses (most tables' rows write none, and are read no further)."""
    if len(bare) < _ADDRESSED:
        return
    lines = Counter(bare)
    for table in document.tables:
        if sum(lines[row.line] for row in table.body) < _ADDRESSED:
            continue
        for column in range(table.width):
            # a cell of none (`无`, `-`) is no value of the column's
            cells = [
                (row, cell)
                for row in table.body
                if (cell := row.cell(column)) and cell.text and not is_none_mark(cell.text)
            ]
            linked: list[str] = []
            unlinked: list[tuple[Row, Cell]] = []
            for row, cell in cells:
                # an address and a note after it (`https://pan.baidu.com/s/… 密码:i4si`)
                if _AUTOLINKED.match(cell.text):
                    linked.append(cell.text)
                else:
                    unlinked.append((row, cell))
            if len(linked) < _ADDRESSED or len(linked) < _ADDRESSED_SHARE * len(cells):
                continue
            # the column's own way: `www.…` without a scheme, GitHub links it all the same
            www = all(text[:4].casefold() == "www." for text in linked)
            told = (
                "start with `www.` (write `www.` or `https://`)"
                if www
                else "have a scheme (write `https://`)"
            )
            for row, cell in unlinked:
                text = cell.text
                if not _ADDRESS_LIKE.fullmatch(text):
                    if column and _name_for_address(table, row, text):
                        yield Finding(
                            cell.line,
                            cell.column,
                            f"`{_shortened(text)}` stands where the column's {len(linked)} other "
                            "cells write an address: a word of the row's name, not its link",
                        )
                    continue
                why = url_problem(text) if "://" in text else None
                yield Finding(
                    cell.line,
                    cell.column,
                    f"`{_shortened(text)}` is shown as text, not a link: "
                    + (why or f"the column's other addresses {told}"),
                )


_NAMED_WORD = lazy_re.compile(r"[^\W_][\w.-]*")


def _name_for_address(table: Table, row: Row, text: str) -> bool:
    """Whether a cell of a column of addresses (not the first) holds, instead of one, a word its
    row's first cell writes in parentheses, in a row of the header's cells (`SIF` in the row of
    `AWS Sustainability Insights Framework (SIF)`, a generator that took the name's abbreviation
    for the link; not a row split by a `|` in its name, whose cells all stand a column off)."""
    if len(row.texts) != table.width:
        return False
    return _NAMED_WORD.fullmatch(text) is not None and f"({text})" in row.texts[0]


# a code span of one address, written to be copied (a badge's address beside its picture), or
# one written almost so: a character or two typed before its scheme (`!https://…`,
# `hhttps://…`), or a quote after its end (`…&logoColor=white"`)
_COPIED = lazy_re.compile(r"`(\S{0,2})((?i:https?)://[^\s`]+?)(['\"]?)`")
_COPIED_SEEN = lazy_re.compile(r"`\S{0,2}(?i:https?)://")  # the document's, counted at C speed
_COPIED_LEAST = 10  # cells of a column that are one address in a code span, at least
_COPIED_SHARE = 0.9  # of the column's filled cells, at least


def _copied_addresses(document: Document) -> Iterator[Finding]:
    """In a column of addresses written in code spans to be copied (ten cells or more, nine in
    ten of its filled cells, among the list's columns of that header: tables of badges that show
    each picture beside its address, a few to a section), a cell whose address has a character
    or two before its scheme (`!https://…`, `hhttps://…`) or a quote after its end
    (`…logoColor=white"`): a reader who copies it copies an address no browser opens."""
    if not document.writes("`") or len(_COPIED_SEEN.findall(document.text)) < _COPIED_LEAST:
        return  # most lists: no code span, found by a search at C speed
    headed: dict[str, list[tuple[Cell, re.Match[str] | None]]] = {}
    for table in document.tables:
        for column, header in enumerate(table.header.texts):
            cells = [cell for row in table.body if (cell := row.cell(column)) and cell.text]
            spans = headed.setdefault(header.strip().casefold(), [])
            spans.extend((cell, _COPIED.fullmatch(cell.text)) for cell in cells)
    for spans in headed.values():
        clean = sum(1 for _, found in spans if found and not found.group(1) and not found.group(3))
        if clean < _COPIED_LEAST or clean < _COPIED_SHARE * len(spans):
            continue
        for cell, found in spans:
            if found is None or not (found.group(1) or found.group(3)):
                continue
            stray = found.group(1) or found.group(3)
            where = "before its scheme" if found.group(1) else "after its end"
            yield Finding(
                cell.line,
                cell.column + 1,
                f"`{_shortened(cell.text[1:-1])}` has `{stray}` {where}, where the list's "
                f"{clean} other addresses to copy have none: a copy of it opens nothing",
            )


# a link whose text is written in brackets and a `]` after it (`[[demo]](https://…)]`): the
# `[[demo](https://…)]` of the list's other links, its first `]` typed before the address
_TWICE = lazy_re.compile(r"\[\[([^\[\]\n]{1,24})\]\]\(([^()\s]+)\)\]")


def _brackets_twice(document: Document) -> Iterator[Finding]:
    """A link written `[[demo]](…)]` in a paragraph, a heading or a table's row, outside code
    spans, where the brackets around its text are no other text's (no `[` before it on the
    line left open): GitHub shows the last `]` as text after the link, the `]` meant to close
    `[[demo](…)]` written twice."""
    found = document.lines_matching(_TWICE)
    if not found:
        return  # most lists: none, found at C speed
    shown = {text.line for block in document.blocks if block.kind != "html" for text in block.lines}
    shown.update(row.line for table in document.tables for row in table.rows)
    for number in sorted(found & shown):
        line = document.source.lines[number - 1]
        for match in _outside_code(_TWICE, line):
            before = line[: match.start()]
            if before.count("[") > before.count("]"):
                continue  # `[see [[1]](…)]`: the `]` closes a bracket of the line's text
            label = match.group(1)
            yield Finding(
                number,
                match.end(),
                f"`]` after `[[{label}]](…)` is shown as text: its `]` written twice "
                f"(write `[[{label}](…)]`)",
            )


# a link text the list writes with an address this often, at least, is a label of its own
# (`[下载链接](…)` in each row of a table of models), not an entry's title
_OWN_LABEL = 10
# characters of such a text, at most: a label is short (`下载链接`, `Download link`); a title the
# list writes often (a job board's `Software Engineer Intern`) names an entry, maybe one to come
_LABEL_LENGTH = 13


# a badge's text linked to a page three times as often as it is left with no target, three times
# at least, makes a badge of that text with none a slip (`[![加入 QQ 群](…)]()` beside eight linked
# to their groups), not a label; where it is left so three times or more (19 `[![Open In Colab]
# (…)]()` among 107 linked to their notebooks), that is the list's mark of none
_BADGE_LINKED = 3
_BADGE_SLIPS = 2


def _empty_badge_texts(links: Sequence[LinkAt]) -> Counter[str]:
    """How often a list writes each badge's text with no target (`[![Publish](…)]()`)."""
    return Counter(
        _text_key(found.link.text) for found in links if found.link.badge and not found.url.strip()
    )


def _text_key(text: str) -> str:
    """A link's text as texts are counted and compared: its words, spaced by one space."""
    return " ".join(text.split())


def _linked_texts(links: Sequence[LinkAt]) -> Counter[str]:
    """How often a list writes each link text with an address (pictures apart)."""
    return Counter(
        _text_key(found.link.text) for found in links if found.url.strip() and not found.link.image
    )


# a code host's home page alone (`https://github.com/`), where an entry's project belongs
_HOST_HOME = lazy_re.compile(
    r"(?i)https?://(?:www\.)?(github\.com|gitlab\.com|gitee\.com|huggingface\.co|bitbucket\.org)/"
)


def _names_another(text: str, url: str, line: str) -> bool:
    """Whether a link to a code host's home is an entry's that names something else than the
    host: a project (`[Firefox::Marionette::Extension::Stealth](https://github.com/)`), not
    `[GitHub](…)` nor a row of GitHub's own (`**GitHub** | … | [Website](https://github.com/)`),
    a badge or a bare address."""
    host = host_of(url).split(".", 1)[0][:6]
    if not text.strip() or "](" in text or "<" in text or host in text.casefold():
        return False  # no text, a badge, or the host named: `[https://gitee.com/](…)`
    return host not in without_addresses(line).casefold()


def _bare(found: LinkAt) -> bool:
    """Whether a link is a bare web address GitHub linked by itself: its text is its address
    (a `www.` one without the `http://` its href gets), not one written with a text or in
    HTML."""
    return not found.link.html and found.link.text in (found.url, found.url.removeprefix("http://"))


def _within(finding: Finding, others: Sequence[Finding]) -> bool:
    """Whether a finding's column is inside the span of another finding on its line."""
    return any(
        other.line == finding.line
        and other.column <= finding.column < (other.end_column or other.column + 1)
        for other in others
    )


# links of no target, each the only link of its line, that are the list's habit: three or more,
# and one in 33 of the lines that link (16 titles to come among 253 links, not 3 slips among 336)
_TO_COME = 3
_TO_COME_SHARE = 0.03


# links of no target that are a list's way of writing (its guide: "when a role closes, remove the
# link; the parentheses should be empty"): ten or more, and one link in ten at least
_EMPTIED = 10
_EMPTIED_SHARE = 0.1


# a date as a link's text (`[2026/07/13]`, `[2025-03]`): a paper's, linked to its code
_DATE_TEXT = lazy_re.compile(r"(?:19|20)\d\d[/.-]\d{1,2}(?:[/.-]\d{1,2})?")


def _dates_linked(context: Context, unlinked: int) -> bool:
    """Whether a list writes dates as links where there is a page for them (a paper's date
    linking its code) and as links of no target where there is none, as its way: three dates
    or more left so, and at least as many linked (23 beside 88 in a deep-research table)."""
    if unlinked < _TO_COME:
        return False
    linked = sum(
        1
        for found in context.analysis.links
        if found.url.strip() and _DATE_TEXT.fullmatch(found.link.text.strip())
    )
    return linked >= unlinked


def _emptied(empty: int, written: int) -> bool:
    """Whether a list leaves link targets (or images' sources) empty as its way of saying there
    is none (225 closed roles among 694 links; 62 projects with no demo among 363 pictures),
    not by slips (7 among 192)."""
    return empty >= _EMPTIED and empty >= _EMPTIED_SHARE * written


def _to_come(alone: int, linking: int) -> bool:
    """Whether a list's links of no target, each alone on its line, are entries still to come."""
    return alone >= _TO_COME and alone >= _TO_COME_SHARE * linking


RULE = Rule(
    code="AL104",
    name="invalid-url",
    summary="A link is malformed: an empty or mistyped target, or text glued to its end",
    severity=Severity.ERROR,
    check=check,
)
