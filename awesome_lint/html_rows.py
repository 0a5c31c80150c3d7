"""Entries of raw HTML tables: a `<tr>` whose first link names an entry, as lists written in
HTML (for widths, or a status column of emoji) keep them."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from awesome_lint.document import Block, Document
from awesome_lint.entries import Entry
from awesome_lint.inline import InlineLink

_ROW = re.compile(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_ANCHOR = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(.*?)</a\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
_IMAGE = re.compile(r"<img\b", re.IGNORECASE)


def _place(block: Block, offset: int) -> tuple[int, int]:
    """The line and column of an offset into a block's text."""
    for part in block.lines:
        if offset <= len(part.text):
            return part.line, part.column + offset
        offset -= len(part.text) + 1
    last = block.lines[-1]
    return last.line, last.column


def _anchors(row: str, start: int) -> Iterator[tuple[int, InlineLink]]:
    """A row's links to other pages, with where their targets start: neither fragments of
    this page nor links around an image only (a badge)."""
    for match in _ANCHOR.finditer(row):
        group = next(index for index in (1, 2, 3) if match.group(index) is not None)
        url = html.unescape(match.group(group)).strip()
        inner = match.group(4)
        text = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        if not url or url.startswith("#") or (not text and _IMAGE.search(inner)):
            continue
        yield start + match.start(group), InlineLink(url, text, html=True)


def _row_entry(block: Block, row: re.Match[str]) -> Entry | None:
    found = list(_anchors(row.group(), row.start()))
    if not found:
        return None
    offset, first = found[0]
    line, column = _place(block, offset)
    return Entry(
        kind="row",
        line=line,
        column=column,
        name=first.text or first.url,
        name_column=column,
        urls=tuple(link for _, link in found),
        url_columns=tuple(_place(block, where)[1] for where, _ in found),
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
        if block.kind != "html" or "<tr" not in block.text.lower():
            continue
        for row in _ROW.finditer(block.text):
            entry = _row_entry(block, row)
            if entry is not None:
                entries.append(entry)
    return entries
