"""The anchors of a page as GitHub writes them: its headings' slugs and its HTML ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from operator import itemgetter

from awesome_lint import lazy_re
from awesome_lint.analysis import Heading
from awesome_lint.document import Document
from awesome_lint.inline import heading_text
from awesome_lint.parse import front_matter_end
from awesome_lint.urls import github_slug, heading_anchors
from awesome_lint.values import SHORTCODE

# (a quoted id may hold spaces, `<a id="2D RGB Saliency Detection">`: GitHub keeps it, and a
# link to `#2D RGB Saliency Detection` lands there)
_HTML_ANCHOR = lazy_re.compile(
    r"""<[^>]*\b(?:name|id)\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})'|([^"'\s>]+))""",
    re.IGNORECASE,
)


def anchors(
    document: Document,
    html_headings: Sequence[Heading] = (),
    headings: Sequence[tuple[int, str, str]] | None = None,
) -> set[str]:
    """Every fragment that lands somewhere: the slugs of headings, Markdown and HTML ones
    (GitHub gives an `<h2>` written in the list an anchor too, numbered among the others), and
    HTML ``name``/``id``s. ``headings``: the page's ``heading_anchors_of``, where the caller has
    read them."""
    if headings is None:
        headings = heading_anchors_of(document, html_headings)
    found = {anchor for _, _, anchor in headings}
    for line in document.source.lines:
        if "=" in line:
            # GitHub writes an id `user-content-` and its own, and `#x` lands on it: one
            # already written so (`<a id="user-content-x">`) is the anchor `x`
            found.update(
                (match.group(1) or match.group(2) or match.group(3)).removeprefix(PREFIX)
                for match in _HTML_ANCHOR.finditer(line)
            )
    return found


def heading_anchors_of(
    document: Document, html_headings: Sequence[Heading] = ()
) -> list[tuple[int, str, str]]:
    """The headings of a page in order, each as its line, its slug and its anchor (the slug, or
    for a heading of a name written before, the slug numbered: `projects-1`)."""
    written = [
        (block.line, heading_text(block.text, document.definitions)) for block in document.headings
    ]
    if html_headings:  # html and its table of entities imported where a list writes one
        import html

        written += [(heading.line, html.unescape(heading.text)) for heading in html_headings]
    written.sort(key=itemgetter(0))
    texts = [text for _, text in written]
    return [
        (line, github_slug(text), anchor)
        for (line, text), anchor in zip(written, heading_anchors(texts), strict=True)
    ]


PREFIX = "user-content-"


# VitePress' slug of a heading (@mdit-vue's `slugify`): its text decomposed (NFKD) without
# combining marks or control characters, each run of spaces and ASCII punctuation one `-`, no
# `-` at either end, a leading digit after `_`, in small letters; an emoji and a CJK character
# kept (`#📚-技术文档`)
_VITEPRESS_COMBINING = lazy_re.compile(r"[\u0300-\u036f]")
_VITEPRESS_CONTROL = lazy_re.compile(r"[\u0000-\u001f]")
_VITEPRESS_SPECIAL = lazy_re.compile(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'“”‘’<>,.?/]+")
_LEADING_DIGIT = lazy_re.compile(r"^([0-9])")  # JavaScript's `\d`: ASCII digits alone
# a heading's id set by hand (`## Device won't boot {#bootloop}`, `{#bar .cls}` with a class),
# which VitePress gives it; no space before the brace matched (a run of spaces tried from each
# of its places took 18 s), none needed: the text's spaces are VitePress' to drop
_OWN_ID = lazy_re.compile(r"\{#([^\s{}]+)(?:\s[^{}]*)?\}\s*$")


def vitepress_slug(text: str) -> str:
    """A heading's anchor as VitePress writes it, by default."""
    text = unicodedata.normalize("NFKD", text)
    text = _VITEPRESS_CONTROL.sub("", _VITEPRESS_COMBINING.sub("", text))
    text = _VITEPRESS_SPECIAL.sub("-", text).strip("-")
    return _LEADING_DIGIT.sub(r"_\1", text).lower()


def own_ids(document: Document, site: bool = False) -> set[str]:
    """The ids a page's headings set by hand (`### Cloudflare R2 {#r2}`) where the page is a
    site's (``site``) or starts with a front matter (`sidebar_position: 3`): written for a site's
    generator (Docusaurus, Hugo, MkDocs' attr_list), which gives the heading that id, whether
    or not the site's configuration is in the repository. A README GitHub shows keeps the text
    `{#r2}` in its heading and its slug: none there."""
    if not site and not front_matter_end(document.source.lines):
        return set()
    found: set[str] = set()
    for block in document.headings:
        if not block.text.rstrip().endswith("}"):
            continue  # most headings: no id of their own, no search
        own = _OWN_ID.search(heading_text(block.text, document.definitions))
        if own is not None:
            found.add(own.group(1))
    return found


def vitepress_anchors(document: Document) -> set[str]:
    """The anchors VitePress gives a page's headings: each one's own id where it sets one, else
    its slug, a repeated slug numbered (`-1`, `-2`) as VitePress numbers it."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for block in document.headings:
        text = heading_text(block.text, document.definitions)
        own = _OWN_ID.search(text) if text.rstrip().endswith("}") else None
        if own is not None:
            found.add(own.group(1))
            continue
        slug = vitepress_slug(text)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(f"{slug}-{count}" if count else slug)
        if ":" in text:  # an emoji's shortcode, drawn by a plugin whose token no slug reads
            found.add(vitepress_slug(SHORTCODE.sub("", text)))
    return found
