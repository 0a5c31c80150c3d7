"""Whether a text holds a word of a vocabulary, as a case-insensitive whole-word pattern finds it,
found by string search: compiling that pattern (70 alternatives, ignoring case) cost 8 ms a
vocabulary, a third of a small list's check."""

from __future__ import annotations

import re
from functools import lru_cache

_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # not `string`'s: importing it compiles a pattern
_ASCII_LOWER = _ASCII_UPPER.lower()

# what ``re.IGNORECASE`` takes for an ASCII letter, in a pattern or a character class: the
# letter in either case, and four other characters (tests/test_vocabulary.py asks ``re`` about
# every character); each is written here as the letter it matches
_FOLD = str.maketrans(
    {
        **dict(zip(_ASCII_UPPER, _ASCII_LOWER, strict=True)),
        "\u0130": "i",  # İ
        "\u0131": "i",  # ı
        "\u017f": "s",  # ſ
        "\u212a": "k",  # Kelvin sign
    }
)
_LETTERS = frozenset(_ASCII_LOWER)
_LETTERS_DIGITS = frozenset(_ASCII_LOWER + "0123456789")


@lru_cache(maxsize=8)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern the search answers for: any of ``words`` ignoring case, an ASCII word with no
    letter or digit before it and no letter after it (`MIT` not in `Summit` or `MITx`)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z])" if word.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


def _plain(word: str) -> bool:
    """A word whose letters are ASCII: ``re.IGNORECASE`` matches every other character of it
    (CJK, digits, punctuation: characters without case) by itself alone."""
    return bool(word) and all(
        char.isascii() or (char.lower() == char and char.upper() == char) for char in word
    )


@lru_cache(maxsize=8)
def _searches(words: tuple[str, ...]) -> tuple[tuple[str, bool], ...] | None:
    """Each word folded as text is (``_FOLD``), and whether it must stand as a whole word; None
    where a word has letters beyond ASCII (an `extend-vocabulary` of the user's), which the
    pattern answers for."""
    if not all(map(_plain, words)):
        return None
    return tuple((word.translate(_FOLD), word.isascii()) for word in words)


def has_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``word_pattern(words).search(text)`` finds a match: some occurrence of a word,
    ignoring case, that stands as a whole word where it is ASCII."""
    searches = _searches(words)
    if searches is None:
        return word_pattern(words).search(text) is not None
    # one character for one: a position in ``folded`` is the same position in ``text``
    folded = text.lower() if text.isascii() else text.translate(_FOLD)
    for word, whole in searches:
        start = folded.find(word)
        while start >= 0:
            if not whole or _stands_alone(folded, start, start + len(word)):
                return True
            start = folded.find(word, start + 1)
    return False


def _stands_alone(folded: str, start: int, end: int) -> bool:
    return (start == 0 or folded[start - 1] not in _LETTERS_DIGITS) and (
        end == len(folded) or folded[end] not in _LETTERS
    )
