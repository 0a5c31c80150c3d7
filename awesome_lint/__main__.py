"""``python -m awesome_lint``."""

from __future__ import annotations

import sys

from awesome_lint.console import main

if __name__ == "__main__":
    sys.exit(main())
