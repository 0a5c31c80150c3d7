"""mistletoe, imported without its start-up cost.

At import, mistletoe builds its set of Unicode punctuation by asking ``unicodedata`` about all
1.1 million code points, which takes 0.3 to 0.5 s: longer than a whole pre-commit run should.
The set is built from ``range(sys.maxunicode + 1)``, so it is built over ASCII alone here, then
replaced by a set that answers for any character on demand: inline parsing stays exact.
"""

from __future__ import annotations

import sys
import unicodedata

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class UnicodePunctuation(set[str]):
    """CommonMark's punctuation: ASCII punctuation and Unicode categories P*, looked up lazily."""

    def __contains__(self, char: object) -> bool:
        if not isinstance(char, str) or len(char) != 1:
            return False
        return char in _ASCII_PUNCTUATION or unicodedata.category(char).startswith("P")


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


_import_mistletoe()

from mistletoe import block_token, block_tokenizer, span_token, token  # noqa: E402

__all__ = ["block_token", "block_tokenizer", "span_token", "token"]
