"""The Markdown files a command works on: files, folders (honouring .gitignore) and globs."""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Sequence

MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
_NEVER = frozenset({".git", "node_modules"})


README_NAMES = ("readme.md", "readme.markdown", "readme")


def is_readme(path: str) -> bool:
    """Whether a file is a README: the page GitHub shows for its folder."""
    return os.path.basename(path).lower() in README_NAMES


def git_root(directory: str) -> str | None:
    """The nearest folder at or above ``directory`` that holds ``.git``; None outside a
    repository."""
    current = os.path.abspath(directory)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _ignored_by_git(folder: str, candidates: list[str]) -> set[str]:
    if not candidates:
        return set()
    import subprocess  # a check that reads one list runs no git

    try:
        result = subprocess.run(
            ["git", "check-ignore", "--stdin"],
            cwd=folder,
            input="\n".join(os.path.relpath(path, folder) for path in candidates),
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return set()
    if result.returncode not in (0, 1):  # not a git repository: nothing is ignored
        return set()
    return {os.path.normpath(os.path.join(folder, line)) for line in result.stdout.splitlines()}


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, directories, files in os.walk(folder):
        directories[:] = sorted(name for name in directories if name not in _NEVER)
        found.extend(
            os.path.normpath(os.path.join(root, name))
            for name in sorted(files)
            if name.lower().endswith(MARKDOWN)
        )
    ignored = _ignored_by_git(folder, found)
    return [path for path in found if path not in ignored]


def expand_paths(paths: Sequence[str], exclude: Sequence[str] = ()) -> list[str]:
    """Each path as given; a folder as its Markdown files; a glob as its matches. Paths that
    match an ``exclude`` glob are dropped. A missing path stays, to be reported as missing."""
    expanded: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            expanded.extend(_walk(path))
        elif path != "-" and not os.path.exists(path) and glob.has_magic(path):
            expanded.extend(sorted(glob.glob(path, recursive=True)))
        else:
            expanded.append(path)
    unique = list(dict.fromkeys(expanded))
    return [path for path in unique if not _excluded(path, exclude)]


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether a glob matches the path, its file's name, or a folder it is in, by that folder's
    path or name (`vendor`, `./vendor/*` and `vendor/*` skip `vendor/sub/list.md`): the path as
    read from here (from its repository's top where it is not below here), never a folder
    above (a checkout under `build/` excludes nothing with `build`). Standard input (`-`) is
    never excluded."""
    if path == "-":
        return False
    whole = os.path.normpath(path)
    written = os.path.relpath(path)
    if written.startswith(os.pardir):  # out of here: from its repository's top, else its name
        root = git_root(os.path.dirname(os.path.abspath(path)))
        written = os.path.relpath(path, root) if root else os.path.basename(whole)
    parts = [part for part in written.split(os.sep) if part and part != os.curdir]
    places = {whole, os.path.abspath(path), *parts}
    places.update(os.sep.join(parts[: index + 1]) for index in range(len(parts)))
    globs = [os.path.normpath(glob) for glob in patterns if glob]
    return any(fnmatch.fnmatch(place, glob) for glob in globs for place in places)
