"""One document's analysis, worked out lazily and once: entries, links, suppressions, anchors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property

from awesome_lint.entries import DEFAULT_ALIASES, EntryIndex, collect_entries
from awesome_lint.links.collect import LinkAt, collect_links
from awesome_lint.parse import Document
from awesome_lint.suppress import Suppressions, read_suppressions

# a selector (code, name or prefix) -> the rule codes it names; raises for an unknown one
Resolver = Callable[[str], Iterable[str]]


class Analysis:
    """What several rules read of one document, computed on first use and kept with the
    document: never in module-level memory, so two documents never share an answer."""

    def __init__(
        self,
        document: Document,
        aliases: Mapping[str, tuple[str, ...]] = DEFAULT_ALIASES,
        resolve: Resolver | None = None,
    ) -> None:
        self.document = document
        self.aliases = aliases
        self._resolve = resolve

    def of(self, document: Document) -> Analysis:
        """A fresh analysis of another document, with the same aliases and rule names."""
        return Analysis(document, self.aliases, self._resolve)

    @cached_property
    def entries(self) -> EntryIndex:
        return collect_entries(self.document, self.aliases)

    @cached_property
    def links(self) -> tuple[LinkAt, ...]:
        """Every link and image of the document, in document order."""
        return tuple(collect_links(self.document))

    @cached_property
    def suppressions(self) -> Suppressions:
        return read_suppressions(self.document.source.lines, self._resolve)
