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
    inside = _git(["rev-parse", "--is-inside-work-tree"], folder)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise ChangesError(f"--changed-since {ref}: {folder} is not in a git repository")
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
    names = [name]
    if tracked.returncode != 0:
        renamed = _renamed_from(name, base, folder)
        if renamed is None:
            return None
        names = [renamed, name]  # compared with the file it was: `git mv` changes no line
    diff = _git(["diff", "--no-color", "--unified=0", "-M", base, "--", *names], folder)
    if diff.returncode != 0:
        raise ChangesError(f"{path}: git diff failed: {diff.stderr.strip()}")
    lines: set[int] = set()
    for match in re.finditer(_HUNK, diff.stdout):
        start = int(match.group(1))
        count = int(match.group(2)) if match.group(2) is not None else 1
        # a deletion touches the line after it: a row removed from a table changes that table
        lines.update(range(start, start + count) if count else [max(start, 1), start + 1])
    return lines


def _renamed_from(name: str, base: str, folder: str) -> str | None:
    """The path (in ``folder``) that ``name`` had at ``base``, where git finds it renamed."""
    listed = _git(
        ["diff", "-M", "--relative", "--name-status", "-z", "--diff-filter=R", base], folder
    )
    if listed.returncode != 0:
        return None
    fields = listed.stdout.split("\0")
    for index in range(0, len(fields) - 2, 3):  # `R100`, the old path, the new one
        if fields[index].startswith("R") and fields[index + 2] == name:
            return fields[index + 1]
    return None
