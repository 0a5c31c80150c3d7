"""What a change touched: the lines of a file that differ from a git revision."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

# compiled on first use (re's cache): only --changed-since reads a diff
_HUNK = r"(?m)^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@"
# what `git diff` is asked, whatever the user's configuration: its own diff of the text, no
# external tool (difftastic) and no text conversion, whose output has no hunks to read
_PLAIN_DIFF = ("diff", "--no-color", "--no-ext-diff", "--no-textconv")


class ChangesError(Exception):
    """The revision cannot be compared with; the message says how to get it."""


def _git(arguments: list[str], folder: str) -> subprocess.CompletedProcess[str]:
    import subprocess  # only for --changed-since

    try:
        return subprocess.run(
            ["git", *arguments], cwd=folder, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed here") from None


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


def lines_changed_since(
    path: str, base: str, renames: dict[tuple[str, str], dict[str, str]] | None = None
) -> set[int] | None:
    """1-based lines of the working tree's ``path`` that differ from ``base``; None when the
    file is new (every line counts). A file git finds renamed (`git mv`, into another folder
    too) is compared with the file it was; ``renames`` keeps git's renames of each base and
    repository for the next file of a run."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    root = _root(folder)
    name = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
    names = [name]
    if _git(["cat-file", "-e", f"{base}:{name}"], root).returncode != 0:
        known = renames if renames is not None else {}
        if (base, root) not in known:
            known[base, root] = _renamed(base, root)
        renamed = known[base, root].get(name)
        if renamed is None:
            return None
        names = [renamed, name]  # compared with the file it was: `git mv` changes no line
    diff = _git([*_PLAIN_DIFF, "--unified=0", "-M", base, "--", *names], root)
    if diff.returncode != 0:
        raise ChangesError(f"{path}: git diff failed: {diff.stderr.strip()}")
    lines: set[int] = set()
    for match in re.finditer(_HUNK, diff.stdout):
        start = int(match.group(1))
        count = int(match.group(2)) if match.group(2) is not None else 1
        # a deletion touches the line after it: a row removed from a table changes that table
        lines.update(range(start, start + count) if count else [max(start, 1), start + 1])
    return _as_read(lines, path)


def _root(folder: str) -> str:
    """The top folder of the repository ``folder`` is in (``base_revision`` made sure of one)."""
    found = _git(["rev-parse", "--show-toplevel"], folder)
    return found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else folder


def _renamed(base: str, root: str) -> dict[str, str]:
    """The files git finds renamed since ``base``, each path (from the repository's top) to
    the one it had."""
    listed = _git([*_PLAIN_DIFF, "-M", "--name-status", "-z", "--diff-filter=R", base], root)
    if listed.returncode != 0:
        return {}
    fields = listed.stdout.split("\0")
    return {
        fields[index + 2]: fields[index + 1]
        for index in range(0, len(fields) - 2, 3)  # `R100`, the old path, the new one
        if fields[index].startswith("R")
    }


def _as_read(lines: set[int], path: str) -> set[int]:
    """git's line numbers (lines ended by LF) as the file's lines are read here, where a lone
    CR ends a line too (as CommonMark says): each of git's lines is one or more of ours."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return lines
    if b"\r" not in data.replace(b"\r\n", b""):
        return lines  # the usual file: the same lines
    read: set[int] = set()
    ours = 1
    for number, text in enumerate(data.replace(b"\r\n", b"\n").split(b"\n"), start=1):
        breaks = text.count(b"\r")
        if number in lines:
            read.update(range(ours, ours + breaks + 1))
        ours += breaks + 1
    return read
