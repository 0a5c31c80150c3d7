"""Regular expressions compiled where they are first used, not where they are written.

The package writes four hundred patterns at the top of its modules, and Python compiles each in
Python code (``re._compiler``): 34 ms of every process's start, of which a check of the seed list
uses 77 patterns and of a 10,000-row list 75; the others are for lists of other shapes. A pattern
written with ``lazy_re.compile`` is compiled on its first use, once, and then its methods are its
compiled pattern's own, bound and kept (Django's ``_lazy_re_compile`` does the same).

A lazy pattern is no ``re.Pattern`` to the ``re`` module's functions: call its methods
(``PATTERN.sub(…)``, not ``re.sub(PATTERN, …)``). ``tests/test_lazy_re.py`` compiles every lazy
pattern of the package, so that a pattern no test reaches still fails the tests if it is wrong.
"""

from __future__ import annotations

import re
from typing import Any, cast

# the methods a pattern is called by, kept on the lazy pattern once it is compiled
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled on its first use (``compile``)."""

    __slots__ = ("_source", "_flags", "_compiled", *_METHODS)
    _compiled: re.Pattern[str]

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it has not been."""
        try:
            return self._compiled
        except AttributeError:
            pattern = re.compile(self._source, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(pattern, name))
            self._compiled = pattern
            return pattern

    def __getattr__(self, name: str) -> Any:
        # only what the slots do not hold yet: a method before the first use, or an attribute
        # of the compiled pattern (``pattern``, ``groups``, ``groupindex``, ``flags``)
        if name.startswith("_"):
            raise AttributeError(name)  # its own fields (``_compiled`` before it is), dunders
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self._source!r}, {self._flags!r})"


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself on its first use, typed as the pattern it stands for."""
    return cast("re.Pattern[str]", LazyPattern(source, int(flags)))
