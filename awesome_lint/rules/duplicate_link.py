"""AL201 duplicate-link: two entries link the same URL."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.entries import Entry
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import normalize_url


def check(document: Document, context: Context) -> Iterator[Finding]:
    first: dict[str, tuple[Entry, int]] = {}
    for entry in context.analysis.entries.entries:
        seen_here: set[str] = set()
        for link, column in zip(entry.urls, entry.url_columns, strict=False):
            if link.url.startswith("#"):
                continue
            key = normalize_url(link.url)
            if key in seen_here:
                continue  # an entry that links itself twice is one entry
            seen_here.add(key)
            if key in first:
                earlier, earlier_column = first[key]
                yield Finding(
                    entry.line,
                    column,
                    f"`{link.url}` is also the link of `{earlier.name}` on line {earlier.line}",
                    related=((earlier.line, earlier_column),),
                )
            else:
                first[key] = (entry, column)


RULE = Rule(
    code="AL201",
    name="duplicate-link",
    summary="Two entries link the same URL",
    severity=Severity.ERROR,
    check=check,
)
