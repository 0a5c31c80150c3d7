"""Display width of cell text in terminal columns, as wcwidth measures it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font: CJK, full-width forms and emoji count two.

    wcswidth refuses control characters (-1); here a tab counts one column, as editors that
    show a table's source commonly do, and other control characters count none.
    """
    if text.isascii() and text.isprintable():
        return len(text)
    # wcwidth takes 10 ms to import: a check that reports no line beyond ASCII needs none of it
    from wcwidth import wcswidth

    width = wcswidth(text)
    if width >= 0:
        return width
    return sum(_char_width(part) for part in _split_controls(text))


def _split_controls(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    for char in text:
        if char == "\t" or unicodedata.category(char) == "Cc":
            if current:
                parts.append("".join(current))
                current = []
            parts.append(char)
        else:
            current.append(char)
    if current:
        parts.append("".join(current))
    return parts


def _char_width(part: str) -> int:
    from wcwidth import wcswidth

    if part == "\t":
        return 1
    width = wcswidth(part)
    return width if width >= 0 else 0
