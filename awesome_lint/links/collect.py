"""Every link and image of a document, with the line and column where its target is written."""

from __future__ import annotations

import re
from collections.abc import Mapping
from operator import attrgetter
from typing import NamedTuple

from awesome_lint import lazy_re
from awesome_lint.document import Block, Document, Row, split_rows, uncommented
from awesome_lint.inline import (
    SHORT,
    InlineLink,
    html_urls,
    kept_links,
    links,
    links_without_definitions,
    may_hold_markup,
    whole_link,
)


class LinkAt(NamedTuple):
    """A link and where its target is written. A named tuple, not a frozen dataclass: one is
    made for every link of the document; ``link_at`` makes it."""

    link: InlineLink
    line: int
    column: int
    url: str  # the link's URL, kept on the record: rules read it several times of every link


def link_at(link: InlineLink, line: int, column: int) -> LinkAt:
    """A link found at ``line`` and ``column``."""
    return LinkAt(link, line, column, link.url)


_NOT_CONTENT = lazy_re.compile(r"\s*<(?:!--|script|style)", re.IGNORECASE)


def _html_links(block: Block) -> list[LinkAt]:
    """hrefs and srcs of an HTML block (a raw `<table>` list, say); not of comments/scripts."""
    if _NOT_CONTENT.match(block.lines[0].text):
        return []
    found: list[LinkAt] = []
    texts = [part.text for part in block.lines]
    if any("<!--" in text for text in texts):
        texts = uncommented(texts, blank=True)  # a badge commented out shows nothing
    for part, text in zip(block.lines, texts, strict=True):
        for url, image, start in html_urls(text):
            link = InlineLink(url, "", image=image, html=True)
            found.append(link_at(link, part.line, part.column + start))
    return found


def _block_links(document: Document, block: Block) -> list[LinkAt]:
    if block.kind == "html":
        return _html_links(block)
    # a link whose target was not found in the text (offset -1) sits at the block's start
    return [
        link_at(link, *block.place(max(link.offset, 0)))
        for link in links(block.text, document.definitions)
    ]


def collect_links(document: Document) -> list[LinkAt]:
    """Links of paragraphs, headings, list items and table cells, in document order; code
    spans and code blocks hold none. Rules read them once per document from the analysis."""
    found: list[LinkAt] = []
    for block in document.blocks:
        found.extend(_block_links(document, block))
    definitions = document.definitions
    for table in document.tables:
        rows = (table.header, *table.body)
        split_rows(rows)  # the first reader of every cell of a check: all split in one loop
        if definitions:
            for row in rows:
                found.extend(_row_links(row, definitions))
        else:
            _kept_rows_links(rows, found)
    found.sort(key=_POSITION)
    return found


_KEPT = "_links"  # where a row keeps its links


def _kept_rows_links(rows: tuple[Row, ...], found: list[LinkAt]) -> None:
    """Each row's links, where the document defines no link references, added to ``found``
    and kept on the row itself as its cells are: an editor's next parse reuses the rows it has
    read (``parse.Rows``), whose links are as they were. One loop for a table's rows, with
    ``kept_links`` written out in it: every cell of every row of a check passes here."""
    for row in rows:
        fields = vars(row)
        kept: tuple[LinkAt, ...] | None = fields.get(_KEPT)
        if kept is None:
            made: list[LinkAt] = []
            line = row.line
            for text, _, column in row.cells:
                if not text:
                    continue
                whole = whole_link(text) if text[:1] == "[" else None
                if whole is not None:
                    # one `[name](url)` (a name or link cell, most often): its one link, as
                    # ``links_without_definitions`` reads it, not kept a second time there
                    offset = whole.offset
                    where = column + offset if offset > 0 else column
                    made.append(_new_tuple(LinkAt, (whole, line, where, whole.url)))
                    continue
                if len(text) > SHORT and "[" not in text and not may_hold_markup(text):
                    continue  # plain text, never kept (as ``kept_links``)
                for link in links_without_definitions(text):
                    offset = link.offset
                    where = column + offset if offset > 0 else column
                    made.append(_new_tuple(LinkAt, (link, line, where, link.url)))
            kept = fields[_KEPT] = tuple(made)
        found += kept


def _row_links(row: Row, definitions: Mapping[str, tuple[str, str]]) -> tuple[LinkAt, ...]:
    found: list[LinkAt] = []
    line = row.line
    for text, _, column in row.cells:
        if text:  # a loop, not a generator: every cell of every row passes here
            for link in kept_links(text, definitions):
                found.append(
                    _new_tuple(LinkAt, (link, line, column + max(link.offset, 0), link.url))
                )
    return tuple(found)


_new_tuple = tuple.__new__  # a named tuple from its values, without its ``__new__``'s call


_POSITION = attrgetter("line", "column")
