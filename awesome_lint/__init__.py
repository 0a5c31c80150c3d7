"""awesome-lint: lint and format the Markdown tables of awesome-lists."""

from __future__ import annotations

__version__ = "0.1.0"
