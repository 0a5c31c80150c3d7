"""Rendering Markdown as GitHub does: cmark-gfm with GitHub's extensions, without the leak.

Raw HTML is rendered as written (``CMARK_OPT_UNSAFE``): with cmark's safe default every HTML
block becomes ``<!-- raw HTML omitted -->``, and a change inside one would not show.

cmarkgfm's ``github_flavored_markdown_to_html`` never frees the document tree it parses nor
the HTML buffer it renders (about 18 bytes for each byte of Markdown, for every call), and a
fix renders every document twice. The same steps are taken here through cmarkgfm's own
bindings, and the tree and the buffer are freed with cmark's exported ``cmark_node_free`` and
the C library's ``free``.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable

import cmarkgfm
from cmarkgfm import _cmark

_EXTENSIONS = (b"table", b"autolink", b"tagfilter", b"strikethrough", b"tasklist")
# GitHub renders footnotes: a footnote's definition is a block, and it ends a table
_OPTIONS = cmarkgfm.cmark.Options.CMARK_OPT_UNSAFE | cmarkgfm.cmark.Options.CMARK_OPT_FOOTNOTES
# cmark-gfm's table extension keeps a global arena: two renders at once corrupt each other
_LOCK = threading.Lock()


def _freeing_functions() -> tuple[Callable[[int], None], Callable[[int], None]] | None:
    try:
        node_free = ctypes.CDLL(_cmark.__file__).cmark_node_free
        free = ctypes.CDLL(None).free
    except (OSError, AttributeError):  # pragma: no cover - a build without exported symbols
        return None
    node_free.argtypes = [ctypes.c_void_p]
    node_free.restype = None
    free.argtypes = [ctypes.c_void_p]
    free.restype = None
    return node_free, free


_FREE = _freeing_functions()


def _address(pointer: object) -> int:
    return int(_cmark.ffi.cast("uintptr_t", pointer))


def render_html(text: str) -> bytes:
    """The HTML GitHub renders for ``text``, raw HTML included, as UTF-8 bytes."""
    with _LOCK:
        if _FREE is None:  # pragma: no cover
            html: str = cmarkgfm.github_flavored_markdown_to_html(text, options=_OPTIONS)
            return html.encode("utf-8")
        return _render(text, *_FREE)


def _render(text: str, node_free: Callable[[int], None], free: Callable[[int], None]) -> bytes:
    lib, ffi = _cmark.lib, _cmark.ffi
    options = lib.CMARK_OPT_GITHUB_PRE_LANG | _OPTIONS
    lib.cmark_gfm_core_extensions_ensure_registered()
    parser = lib.cmark_parser_new(options)
    try:
        for name in _EXTENSIONS:
            lib.cmark_parser_attach_syntax_extension(parser, lib.cmark_find_syntax_extension(name))
        data = text.encode("utf-8")
        lib.cmark_parser_feed(parser, data, len(data))
        root = lib.cmark_parser_finish(parser)
        try:
            extensions = lib.cmark_parser_get_syntax_extensions(parser)
            buffer = lib.cmark_render_html(root, options, extensions)
            try:
                return bytes(ffi.string(buffer))
            finally:
                free(_address(buffer))
        finally:
            node_free(_address(root))
    finally:
        lib.cmark_parser_free(parser)
