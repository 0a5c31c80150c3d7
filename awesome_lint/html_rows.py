"""Entries of raw HTML tables: a `<tr>` whose first link names an entry, as lists written in
HTML (for widths, or a status column of emoji) keep them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint import lazy_re
from awesome_lint.document import Block, Document
from awesome_lint.entries import Entry
from awesome_lint.inline import InlineLink

# each scan below moves forward and never looks at a character twice for one kind of thing: a
# block of thousands of `<tr` or `<a` without their end tag is text from strangers, where a
# lazy `<tr.*?</tr>` would search the rest of the block from each of them
_ROW_START = lazy_re.compile(r"<tr\b", re.IGNORECASE)
_ROW_END = lazy_re.compile(r"</tr\s*>", re.IGNORECASE)
_ANCHOR_START = lazy_re.compile(r"<a\b", re.IGNORECASE)
_ANCHOR_END = lazy_re.compile(r"</a\s*>", re.IGNORECASE)
# one attribute of a tag: a name, maybe `=` and a value, quoted or not
_ATTRIBUTE = lazy_re.compile(
    r"""[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?"""
)
_TAG_END = lazy_re.compile(r"[\s/]*>")
_TAG = lazy_re.compile(r"<[^<>]*>")  # stops at the next `<`: a run of `<` is no quadratic walk
_IMAGE = lazy_re.compile(r"<img\b", re.IGNORECASE)


def _rows(text: str) -> Iterator[tuple[int, int]]:
    """Where each `<tr …>…</tr>` of a block starts and ends."""
    start = _ROW_START.search(text)
    while start is not None:
        end = _ROW_END.search(text, start.end())
        if end is None:
            return  # no row after this one ends either
        yield start.start(), end.end()
        start = _ROW_START.search(text, end.end())


def _href(text: str, position: int) -> tuple[int, str | None, int]:
    """The `href` of the tag whose attributes start at ``position``: where its value starts,
    the value (None without one), and where the tag ends (-1 where it does not)."""
    found: tuple[int, str] | None = None
    while True:
        end = _TAG_END.match(text, position)
        if end is not None:
            break
        attribute = _ATTRIBUTE.match(text, position)
        if attribute is None:
            return -1, None, -1  # the text ends inside the tag
        value = next((index for index in (2, 3, 4) if attribute.group(index) is not None), 0)
        if found is None and value and attribute.group(1).lower() == "href":
            found = attribute.start(value), attribute.group(value)
        position = attribute.end()
    return (found[0], found[1], end.end()) if found else (-1, None, end.end())


def _anchors(row: str, start: int) -> Iterator[tuple[int, InlineLink]]:
    """A row's links to other pages, with where their targets start: neither fragments of
    this page nor links around an image only (a badge)."""
    import html  # and its table of entities: only a list of HTML tables reads their rows

    position = 0
    while (opening := _ANCHOR_START.search(row, position)) is not None:
        where, url, tag_end = _href(row, opening.end())
        if tag_end < 0:
            return  # the row ends inside the tag
        if url is None:
            position = tag_end  # no link: an anchor (`<a name=…>`) or a tag of another name
            continue
        closing = _ANCHOR_END.search(row, tag_end)
        if closing is None:
            return  # no link after this one ends either
        position = closing.end()
        url = html.unescape(url).strip()
        inner = row[tag_end : closing.start()]
        text = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        if not url or url.startswith("#") or (not text and _IMAGE.search(inner)):
            continue
        yield start + where, InlineLink(url, text, html=True)


# what a link says rather than what an entry is called, in a column of `<a href=…>Link</a>`
_LINK_LABELS = frozenset(
    {"link", "links", "url", "paper", "code", "demo", "pdf", "website", "homepage", "project",
     "repo", "github", "download", "here", "链接", "地址", "网址", "论文", "代码", "主页", "官网",
     "下载"}
)  # fmt: skip
_CELL_START = lazy_re.compile(r"<t[dh]\b[^<>]*>", re.IGNORECASE)
_CELL_END = lazy_re.compile(r"</t[dh]\s*>", re.IGNORECASE)


def _first_cell(row: str, before: int) -> str:
    """A row's first cell's text (tags and entities read), where the cell ends before
    ``before`` (a link of a later cell of the row); else empty."""
    import html  # as in ``_anchors``

    start = _CELL_START.search(row)
    if start is None:
        return ""
    end = _CELL_END.search(row, start.end())
    if end is None or end.end() > before:
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", row[start.end() : end.start()])).split())


def _row_entry(block: Block, text: str, span: tuple[int, int]) -> Entry | None:
    row = text[span[0] : span[1]]
    found = list(_anchors(row, span[0]))
    if not found:
        return None
    offset, first = found[0]
    line, column = block.place(offset)
    name = first.text or first.url
    if first.text.casefold() in _LINK_LABELS:
        # `<td>ACE05</td> … <td><a href=…>Link</a></td>`: the row's first cell names it
        name = _first_cell(row, offset - span[0]) or name
    return Entry(
        kind="row",
        line=line,
        column=column,
        name=name,
        name_column=column,
        urls=tuple(link for _, link in found),
        url_columns=tuple(block.place(where)[1] for where, _ in found),
        description="",
        description_column=column,
        license=None,
        license_column=column,
        own_links=1,
    )


def html_row_entries(document: Document) -> list[Entry]:
    """The entries of a document's raw HTML tables: each `<tr>` of one HTML block that links
    another page, named by its first link; the entry sits on that link's line."""
    entries: list[Entry] = []
    for block in document.blocks:
        if block.kind != "html":
            continue
        text = block.text
        if "<tr" not in text.lower():
            continue
        for span in _rows(text):
            entry = _row_entry(block, text, span)
            if entry is not None:
                entries.append(entry)
    return entries
