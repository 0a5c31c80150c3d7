"""Display width of cell text in terminal columns, as wcwidth measures it."""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache


@lru_cache(maxsize=65536)
def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font: CJK, full-width forms and emoji count two.

    wcswidth refuses control characters (-1); here a tab counts one column, as editors that
    show a table's source commonly do, and other control characters count none.
    """
    if text.isascii() and text.isprintable():
        return len(text)
    width = _wcswidth()(text)
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
    if part == "\t":
        return 1
    width = _wcswidth()(part)
    return width if width >= 0 else 0


@cache
def _wcswidth() -> Callable[[str], int]:
    """wcwidth's ``wcswidth``, imported on first use: a check that reports no line beyond ASCII
    needs none of it. The package's ``__init__`` takes 15 ms (its text wrapping, hyperlinks,
    SGR state and the ``secrets`` they import); where it would hand out its C extension's
    ``wcswidth`` (installed, not turned off by ``WCWIDTH_PYTHON``, package not yet imported),
    that extension alone is loaded, in 1 ms, and its own function used: the same function the
    package exports then."""
    if "wcwidth" not in sys.modules and not os.environ.get("WCWIDTH_PYTHON"):
        found = _extension_wcswidth()
        if found is not None:
            return found
    from wcwidth import wcswidth

    return wcswidth


def _extension_wcswidth() -> Callable[[str], int] | None:
    import importlib.machinery
    import importlib.util

    package = importlib.util.find_spec("wcwidth")
    folders = package.submodule_search_locations if package is not None else None
    if not folders:
        return None
    for folder in folders:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "_wcwidth_c" + suffix)
            if not os.path.isfile(path):
                continue
            spec = importlib.util.spec_from_file_location("wcwidth._wcwidth_c", path)
            if spec is None or spec.loader is None:
                return None
            try:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            except ImportError:
                return None
            # where the package imports it later (another library's), it finds this one
            sys.modules[spec.name] = module
            found = getattr(module, "wcswidth", None)
            return found if callable(found) else None
    return None
