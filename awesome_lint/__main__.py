"""``python -m awesome_lint``."""

from __future__ import annotations

from awesome_lint.console import script

if __name__ == "__main__":
    script()
