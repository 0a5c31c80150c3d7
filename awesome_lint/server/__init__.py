"""The language server (``awesome-lint server``): the library's findings and fixes in an editor.

``text`` and ``engine`` are plain Python; only ``protocol`` imports pygls (the ``lsp`` extra).
"""

from __future__ import annotations
