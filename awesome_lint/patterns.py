"""User regular expressions (``ignore-urls``, ``ignore-entries``, ``exclude``), matched by RE2.

A configuration file comes with a pull request, so its patterns are hostile input: Python's
backtracking engine takes exponential time on ``(a+)+$``. RE2 matches in time linear in the
text, for any pattern; it has no lookaround and no backreferences, and a pattern that needs
them is refused with a message instead.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

_MAX_LENGTH = 1000  # a pattern is a line of configuration, not a program


class PatternError(ValueError):
    """A pattern RE2 cannot compile; the message names it and says why."""


def _options() -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print its own lines to stderr
    options.max_mem = 8 << 20
    return options


@functools.lru_cache(maxsize=512)
def compile_pattern(text: str) -> Any:
    """A compiled RE2 pattern (``search(text)``), or PatternError."""
    if not isinstance(text, str):
        raise PatternError(f"`{text!r}` is not a regular expression (a string)")
    if len(text) > _MAX_LENGTH:
        raise PatternError(f"`{text[:40]}…` is longer than {_MAX_LENGTH} characters")
    import re2  # loaded with the first pattern: a list checked without patterns needs none

    try:
        return re2.compile(text, options=_options())
    except re2.error as error:
        reason = error.args[0] if error.args else "invalid"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(f"`{text}` is not a regular expression RE2 accepts ({reason})") from None


def matches(patterns: Iterable[str], text: str) -> bool:
    """Whether any of the patterns is found in ``text`` (``re.search`` semantics)."""
    return any(compile_pattern(pattern).search(text) is not None for pattern in patterns)
