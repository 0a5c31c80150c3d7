"""mistletoe, imported without its start-up cost, and without two quadratic searches.

At import, mistletoe builds its set of Unicode punctuation by asking ``unicodedata`` about all
1.1 million code points, which takes 0.3 to 0.5 s: longer than a whole pre-commit run should.
The set is built from ``range(sys.maxunicode + 1)``, so it is built over ASCII alone here, then
replaced by a set that answers for any character on demand: inline parsing stays exact.

mistletoe's span parser searches for the next code span again after every ``]``; where no
backtick follows, each search reads to the end of the text, so 30,000 ``[a]`` took minutes. The
search is remembered instead (``ForwardSearch``): the same answers, each found once. Its line
break is searched for from the first space of a run only. Its skip over whitespace after a link's
``(`` and its reading of the destination after it copied the rest of the text each time
(``shift_whitespace``, ``match_link_dest``): both read it in place instead.
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping

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


# mistletoe's whitespace, as its ``core_tokens.whitespace`` lists it
_SPACES = frozenset(" \t\n\x0b\x0c\r")
_NOT_WHITESPACE = re.compile(f"[^{re.escape(''.join(sorted(_SPACES)))}]")


def shift_whitespace(string: str, index: int) -> int:
    """The first position from ``index`` that is no whitespace, or the text's length: what
    mistletoe's own answers, found without copying the rest of the text (``string[index:]``) at
    each link's destination, which made a line of 30,000 badges quadratic."""
    if index < 0:  # never asked by mistletoe; answered as its own function does
        return next(
            (at for at, char in enumerate(string[index:], start=index) if char not in _SPACES),
            len(string),
        )
    found = _NOT_WHITESPACE.search(string, index)
    return found.start() if found is not None else len(string)


def match_link_dest(string: str, offset: int) -> tuple[int, int, str] | None:
    """A link's destination after its ``(`` at ``offset``: its start, end and text, or None;
    mistletoe's own answer, read in place instead of from a copy of the rest of the text."""
    offset = shift_whitespace(string, offset + 1)
    end = len(string)
    if offset == end:
        return None
    escaped = False
    if string[offset] == "<":
        for at in range(offset + 1, end):
            char = string[at]
            if char == "\\" and not escaped:
                escaped = True
            elif char == "\n" or (char == "<" and not escaped):
                return None
            elif char == ">" and not escaped:
                return offset, at + 1, string[offset + 1 : at]
            elif escaped:
                escaped = False
        return None
    count = 1
    for at in range(offset, end):
        char = string[at]
        if char == "\\" and not escaped:
            escaped = True
        elif char in _SPACES:
            return offset, at, string[offset:at]
        elif not escaped:
            if char == "(":
                count += 1
            elif char == ")":
                count -= 1
        elif ord(char) < 32 or ord(char) == 127:  # mistletoe's ``is_control_char``
            return None
        elif escaped:
            escaped = False
        if count == 0:
            return offset, at, string[offset:at]
    return None


# mistletoe's own functions that ours replace, by name
REPLACED: dict[str, Callable[..., object]] = {}


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
    for name, ours in (
        ("shift_whitespace", shift_whitespace),
        ("match_link_dest", match_link_dest),
    ):
        REPLACED[name] = getattr(core_tokens, name)  # kept for the tests that compare the two
        setattr(core_tokens, name, ours)


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
