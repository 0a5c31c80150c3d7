"""awesome-lint: lint and format the Markdown tables of awesome-lists."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# the library API (awesome_lint.api), imported on first use so that `import awesome_lint.x`
# stays light for the command line and the offline hook
_API = frozenset(
    {"FileFix", "FixRefused", "Options", "check_paths", "check_source", "check_text",
     "fix_paths", "fix_source", "fix_text"}
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _API:
        from awesome_lint import api

        return getattr(api, name)
    raise AttributeError(f"module 'awesome_lint' has no attribute {name!r}")
