"""The records every rule shares: what a rule is, what it finds, and the edits that fix it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from awesome_lint.parse import Document
from awesome_lint.render import RenderOptions


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


class FixSafety(Enum):
    NONE = "none"
    SAFE = "safe"  # GitHub shows the same page after the fix
    EDIT = "edit"  # changes the cells it reports, nothing else; runs when selected by name
    UNSAFE = "unsafe"  # changes what GitHub shows more widely: only with --unsafe-fixes


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Finding:
    """What a rule reports, before the runner adds the path, the code and the severity."""

    line: int
    column: int
    message: str
    fixable: bool = False
    related: tuple[tuple[int, int], ...] = ()
    url: str | None = None  # the link the finding is about, if any
    link_class: str | None = None  # for the network rules: alive, dead, redirected…
    severity: Severity | None = None  # where a rule's findings differ (unverified links warn)


@dataclass(frozen=True)
class Edit:
    """Replace lines ``start`` to ``end`` (0-based, end exclusive) by ``lines``; an insertion
    when ``start == end``. The code says which rule asked for it."""

    start: int
    end: int
    lines: tuple[str, ...]
    code: str


def replace_at(
    lines: tuple[str, ...], line: int, column: int, old: str, new: str, code: str
) -> Edit | None:
    """An edit writing ``new`` where ``old`` stands at 1-based ``line`` and ``column``, the
    rest of the line kept; None when ``old`` is not there (the document moved on)."""
    text = lines[line - 1]
    start = column - 1
    if text[start : start + len(old)] != old:
        return None
    return Edit(line - 1, line, (text[:start] + new + text[start + len(old) :],), code)


@dataclass(frozen=True)
class Facts:
    """What rules may know of the world around the document, gathered once by the command:
    rules themselves do no I/O."""

    directory: str = ""  # the document's folder
    git_root: str | None = None
    existing: frozenset[str] = frozenset()  # relative link targets that exist, as written
    license_files: tuple[str, ...] = ()  # LICENSE files beside the document or at the git root


@dataclass(frozen=True)
class Context:
    """What a rule may know beyond the document: options, and facts the command gathered."""

    render: RenderOptions = field(default_factory=RenderOptions)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # link results by URL (awesome_lint.links.model.LinkResult), only with --links
    links: Mapping[str, Any] = field(default_factory=dict)

    def option(self, rule: Rule, name: str) -> Any:
        return self.options.get(rule.code, {}).get(name, rule.options[name])


CheckFunction = Callable[[Document, Context], Iterator[Finding]]
FixFunction = Callable[[Document, Context], list[Edit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    severity: Severity
    check: CheckFunction
    fix: FixFunction | None = None
    fix_safety: FixSafety = FixSafety.NONE
    default: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)  # name -> default value
    network: bool = False  # needs `check --links`: link results from the network


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    fixable: bool
    related: tuple[Location, ...] = ()
    url: str | None = None
    link_class: str | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)
