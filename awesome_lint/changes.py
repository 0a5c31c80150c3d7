"""What a change touched: the lines of a file that differ from a git revision."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

# compiled on first use (re's cache): only --changed-since reads a diff
_HUNK = r"(?m)^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@"


class ChangesError(Exception):
    """The revision cannot be compared with; the message says how to get it."""


def _git(arguments: list[str], folder: str) -> subprocess.CompletedProcess[str]:
    import subprocess  # only for --changed-since

    return subprocess.run(
        ["git", *arguments], cwd=folder, capture_output=True, text=True, check=False
    )


def base_revision(ref: str, folder: str) -> str:
    """``git merge-base REF HEAD``, or REF itself when there is no merge base (a shallow
    clone); an unknown REF is an error that says how to fetch it."""
    known = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], folder)
    if known.returncode != 0:
        raise ChangesError(
            f"`{ref}` is not a revision here; fetch it first, for example "
            f"`git fetch origin {ref.removeprefix('origin/')}` "
            "(on GitHub Actions: actions/checkout with fetch-depth: 0)"
        )
    merge_base = _git(["merge-base", ref, "HEAD"], folder)
    if merge_base.returncode == 0 and merge_base.stdout.strip():
        return merge_base.stdout.strip()
    return known.stdout.strip()


def lines_changed_since(path: str, base: str) -> set[int] | None:
    """1-based lines of the working tree's ``path`` that differ from ``base``; None when the
    file is new (every line counts)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    name = os.path.basename(path)
    tracked = _git(["cat-file", "-e", f"{base}:./{name}"], folder)
    if tracked.returncode != 0:
        return None
    diff = _git(["diff", "--no-color", "--unified=0", base, "--", name], folder)
    if diff.returncode != 0:
        raise ChangesError(f"{path}: git diff failed: {diff.stderr.strip()}")
    lines: set[int] = set()
    for match in re.finditer(_HUNK, diff.stdout):
        start = int(match.group(1))
        count = int(match.group(2)) if match.group(2) is not None else 1
        # a deletion touches the line after it: a row removed from a table changes that table
        lines.update(range(start, start + count) if count else [max(start, 1), start + 1])
    return lines
