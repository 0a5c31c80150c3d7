"""mistletoe, imported without its start-up cost, and without two quadratic searches.

At import, mistletoe builds its set of Unicode punctuation by asking ``unicodedata`` about all
1.1 million code points, which takes 0.3 to 0.5 s: longer than a whole pre-commit run should.
The set is built from ``range(sys.maxunicode + 1)``, so it is built over ASCII alone here, then
replaced by a set that answers for any character on demand: inline parsing stays exact.

mistletoe's span parser searches for the next code span again after every ``]``; where no
backtick follows, each search reads to the end of the text, so 30,000 ``[a]`` took minutes. The
search is remembered instead (``ForwardSearch``): the same answers, each found once. Its line
break is searched for from the first space of a run only.
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class UnicodePunctuation(set[str]):
    """CommonMark's punctuation: ASCII punctuation and Unicode categories P*, looked up lazily."""

    def __contains__(self, char: object) -> bool:
        if not isinstance(char, str) or len(char) != 1:
            return False
        return char in _ASCII_PUNCTUATION or unicodedata.category(char).startswith("P")


class ForwardSearch:
    """``pattern.search(text, position)`` that remembers its last answer for the same text: a
    match found from an earlier position that starts at or after this one (or no match at all)
    is the answer from here too, since a search tries start positions from left to right."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._last: tuple[str, int, re.Match[str] | None] | None = None

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        last = self._last
        if last is not None and last[0] is text and last[1] <= position:
            match = last[2]
            if match is None or match.start() >= position:
                return match
        match = self.pattern.search(text, position)
        self._last = (text, position, match)
        return match


def _import_mistletoe() -> None:
    if "mistletoe.core_tokens" in sys.modules:
        return
    saved = sys.maxunicode
    sys.maxunicode = 0x7F
    try:
        from mistletoe import core_tokens
    finally:
        sys.maxunicode = saved
    core_tokens.punctuation = UnicodePunctuation()
    # mistletoe declares a compiled pattern; anything with its ``search`` will do
    setattr(core_tokens, "code_pattern", ForwardSearch(core_tokens.code_pattern))  # noqa: B010


_import_mistletoe()

from mistletoe import block_token, span_token, token  # noqa: E402
from mistletoe.core_tokens import normalize_label  # noqa: E402

# mistletoe's line break, `( *|\\)\n`, is tried from each space of a run that no newline ends,
# reading the run to its end each time (a cell of 64,000 spaces took 9 s): tried from a run's
# first space only, it finds the same breaks
span_token.LineBreak.pattern = re.compile(r"((?<! ) *|\\)\n")


class RootNode:
    """What mistletoe expects of a document node: the link reference definitions, which its
    block reader fills and its span reader looks up."""

    def __init__(self, definitions: Mapping[str, tuple[str, str]] | None = None) -> None:
        self.footnotes: dict[str, tuple[str, str]] = dict(definitions or {})


@contextlib.contextmanager
def root_node(definitions: Mapping[str, tuple[str, str]] | None = None) -> Iterator[RootNode]:
    """mistletoe keeps the document node in module-wide state: set it for a parse, put it back
    after."""
    saved = token._root_node
    root = RootNode(definitions)
    setattr(token, "_root_node", root)  # noqa: B010 - mistletoe declares it None
    try:
        yield root
    finally:
        token._root_node = saved


__all__ = [
    "RootNode",
    "block_token",
    "normalize_label",
    "root_node",
    "span_token",
    "token",
]
