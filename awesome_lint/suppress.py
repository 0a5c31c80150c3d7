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

_COMMENT = re.compile(
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
class Suppressions:
    file: frozenset[str] = frozenset()
    lines: dict[int, frozenset[str]] = field(default_factory=dict)
    unknown: tuple[UnknownRule, ...] = ()

    def covers(self, line: int, code: str) -> bool:
        for codes in (self.file, self.lines.get(line, frozenset())):
            if ALL in codes or code in codes:
                return True
        return False


# a rule selector -> the codes it names; raises LookupError for one that names no rule
Resolver = Callable[[str], Iterable[str]]


def _codes(
    text: str, line: int, column: int, unknown: list[UnknownRule], resolve: Resolver | None
) -> frozenset[str]:
    names = [part for part in re.split(r"[\s,]+", text.strip()) if part]
    if not names:
        return frozenset({ALL})
    codes: set[str] = set()
    for name in names:
        try:
            codes.update(resolve(name) if resolve else (name.upper(),))
        except LookupError:
            unknown.append(UnknownRule(line, column, name))
    return frozenset(codes)


def read_suppressions(lines: Sequence[str], resolve: Resolver | None = None) -> Suppressions:
    """The suppressions of a document's lines; ``resolve`` turns a rule selector into codes
    (the registry's), without which every name is taken as a code."""
    file_codes: set[str] = set()
    by_line: dict[int, set[str]] = {}
    unknown: list[UnknownRule] = []
    active: set[str] = set()
    pending_next: set[str] = set()
    for number, text in enumerate(lines, start=1):
        here: set[str] = set(active) | pending_next
        pending_next = set()
        if "awesome-lint-" in text:
            for match in _COMMENT.finditer(text):
                kind = match.group(1)
                codes = _codes(match.group(2), number, match.start() + 1, unknown, resolve)
                if kind == "disable-file":
                    file_codes |= codes
                elif kind == "disable-next-line":
                    pending_next |= codes
                elif kind == "disable-line":
                    here |= codes
                elif kind == "disable":
                    active |= codes
                    here |= codes
                elif ALL in codes:
                    active = set()
                else:
                    active -= codes
        if here:
            by_line[number] = here
    return Suppressions(
        frozenset(file_codes),
        {line: frozenset(codes) for line, codes in by_line.items()},
        tuple(unknown),
    )
