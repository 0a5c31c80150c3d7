"""Inline suppressions: ``<!-- awesome-lint-disable AL201 -->`` and its kin, read from the lines.

- ``disable [RULES]`` … ``enable [RULES]``: the lines between (no rule named: every rule);
- ``disable-next-line [RULES]``: the next line; ``disable-line [RULES]``: its own line, which
  is how a table row is suppressed (a comment line between rows would end the table);
- ``disable-file [RULES]``: the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from awesome_lint import lazy_re

_COMMENT = lazy_re.compile(
    r"<!--\s*awesome-lint-(disable-file|disable-next-line|disable-line|disable|enable)\b"
    r"([^>]*?)\s*-->"
)
ALL = "*"


@dataclass(frozen=True)
class UnknownRule:
    line: int
    column: int
    name: str


@dataclass(frozen=True)
class Comment:
    """A suppression comment: where it is, its kind, and the rules it names as written, each
    with the codes it stands for (none named: every rule)."""

    line: int
    column: int
    kind: str
    names: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class SuppressionUse:
    """After the rules ran: which comment (by index) suppressed a finding of which code, and
    which rules ran, so that a comment is judged only by rules that could have used it."""

    used: frozenset[tuple[int, str]]
    ran: frozenset[str]


# by code (or ALL), the indexes of the comments that suppress it
Origins = dict[str, frozenset[int]]


@dataclass(frozen=True)
class Suppressions:
    file: frozenset[str] = frozenset()
    lines: dict[int, frozenset[str]] = field(default_factory=dict)
    unknown: tuple[UnknownRule, ...] = ()
    comments: tuple[Comment, ...] = ()
    file_origins: Origins = field(default_factory=dict)
    line_origins: dict[int, Origins] = field(default_factory=dict)

    def covers(self, line: int, code: str) -> bool:
        for codes in (self.file, self.lines.get(line, frozenset())):
            if ALL in codes or code in codes:
                return True
        return False

    def covering(self, line: int, code: str) -> frozenset[int]:
        """The comments that suppress ``code`` on ``line``."""
        if not self.file_origins and line not in self.line_origins:
            return _NO_COMMENTS  # most findings of most lists: no comment to look through
        found: set[int] = set()
        for origins in (self.file_origins, self.line_origins.get(line, {})):
            found |= origins.get(code, frozenset()) | origins.get(ALL, frozenset())
        return frozenset(found)


_NO_COMMENTS: frozenset[int] = frozenset()

# a rule selector -> the codes it names; raises LookupError for one that names no rule
Resolver = Callable[[str], Iterable[str]]


def _names(
    text: str, line: int, column: int, unknown: list[UnknownRule], resolve: Resolver | None
) -> tuple[tuple[str, frozenset[str]], ...]:
    names = []
    for name in (part for part in re.split(r"[\s,]+", text.strip()) if part):
        try:
            names.append((name, frozenset(resolve(name) if resolve else (name.upper(),))))
        except LookupError:
            unknown.append(UnknownRule(line, column, name))
    return tuple(names)


_Tagged = dict[str, set[int]]


def _add(target: _Tagged, codes: frozenset[str], index: int) -> None:
    for code in codes:
        target.setdefault(code, set()).add(index)


def _frozen(tagged: _Tagged) -> Origins:
    return {code: frozenset(indexes) for code, indexes in tagged.items()}


def read_suppressions(lines: Sequence[str], resolve: Resolver | None = None) -> Suppressions:
    """The suppressions of a document's lines; ``resolve`` turns a rule selector into codes
    (the registry's), without which every name is taken as a code."""
    comments: list[Comment] = []
    file_codes: _Tagged = {}
    by_line: dict[int, _Tagged] = {}
    unknown: list[UnknownRule] = []
    active: _Tagged = {}
    pending_next: _Tagged = {}
    for number, text in enumerate(lines, start=1):
        if not active and not pending_next and "awesome-lint-" not in text:
            continue  # nothing suppressed here, nothing to read: most lines of most lists
        here: _Tagged = {code: set(found) for code, found in active.items()}
        for code, found in pending_next.items():
            here.setdefault(code, set()).update(found)
        pending_next = {}
        if "awesome-lint-" in text:
            for match in _COMMENT.finditer(text):
                kind = match.group(1)
                written = match.group(2).strip()
                names = _names(written, number, match.start() + 1, unknown, resolve)
                codes = frozenset().union(*(found for _, found in names)) if written else None
                if kind == "enable":
                    if codes is None:
                        active = {}
                    for code in codes or ():
                        active.pop(code, None)
                    continue
                index = len(comments)
                comments.append(Comment(number, match.start() + 1, kind, names))
                codes = frozenset({ALL}) if codes is None else codes
                if kind == "disable-file":
                    _add(file_codes, codes, index)
                elif kind == "disable-next-line":
                    _add(pending_next, codes, index)
                elif kind == "disable-line":
                    _add(here, codes, index)
                else:  # disable
                    _add(active, codes, index)
                    _add(here, codes, index)
        if here:
            by_line[number] = here
    return Suppressions(
        frozenset(file_codes),
        {line: frozenset(codes) for line, codes in by_line.items()},
        tuple(unknown),
        tuple(comments),
        _frozen(file_codes),
        {line: _frozen(tagged) for line, tagged in by_line.items()},
    )
