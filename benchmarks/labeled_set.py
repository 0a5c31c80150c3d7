"""Bring a judge's folder (benchmarks/labeled/JUDGE.md: the lists, their rebuilt trees, labels
and repos.tsv) into a held-out set of benchmarks/labeled/: the labels, the relative link targets
of each list that exist in its tree, and the list's text where its license allows a copy.

    python benchmarks/labeled_set.py /path/to/judged/Q1 benchmarks/labeled/Q1
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from awesome_lint.facts import (
    SITE_DEPTH,
    STATIC_FOLDERS,
    bare_name,
    site_languages,
    site_markers,
)
from awesome_lint.inline import html_urls

# licenses whose lists may be copied here, unchanged, with their source named
_COPYABLE = re.compile(
    r"^(?:CC0-1\.0|MIT|MIT-0|Apache-2\.0|BSD-[23]-Clause|CC-BY-(?:SA-)?[34]\.0|Unlicense|WTFPL|"
    r"ISC|0BSD|Zlib|MPL-2\.0|(?:L|A)?GPL-[23]\.0.*)$",
    re.IGNORECASE,
)
# a link's target: Markdown inline, HTML href or src (quoted or not), or a reference definition
# (an inline target may hold balanced parentheses: `Translate%20(55%20languages).json`)
_TARGET = re.compile(
    r"\]\(\s*<([^>\n]+)>|\]\(\s*((?:[^()\s]|\([^()\s]*\))+)|(?:href|src)\s*=\s*[\"']([^\"']+)|"
    # an attribute's value unquoted: `<img src=/images/a.ico>`
    r"(?:href|src)\s*=\s*([^\s\"'<>`=]+)|"
    r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)",
    re.MULTILINE,
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _targets(text: str) -> Iterator[str]:
    """Every target a list writes: ``_TARGET``'s, and each picture of an HTML `srcset`
    (`<source media="(prefers-color-scheme: dark)" srcset="images/logo-dark.png">`)."""
    for match in _TARGET.finditer(text):
        yield next(group for group in match.groups() if group)
    yield from (url for url, _, _ in html_urls(text))


def existing(tree: Path, path: str, text: str) -> list[str]:
    """The relative targets the list links that exist in its repository's tree (a folder
    written with a trailing `/`)."""
    base = (tree / path).parent
    found: set[str] = set()
    for target in _targets(text):
        if _SCHEME.match(target) or target.startswith(("#", "//")):
            continue
        target = unquote(target.split("#")[0].split("?")[0])
        if not target:
            continue
        place = Path(
            os.path.normpath((tree if target.startswith("/") else base) / target.lstrip("/"))
        )
        try:
            if tree.resolve() not in place.resolve().parents:
                continue
            folder, present = place.is_dir(), place.exists()
        except OSError:
            continue  # a name no file system holds (a sentence taken for a target: too long)
        if folder:
            found.add(target.rstrip("/") + "/")
        elif present:
            found.add(target)
        else:
            found.update(_served(tree, base, Path(path), target))
            found.update(_static(tree, base, target))
            found.update(_near(tree if target.startswith("/") else base, target))
    found.update(_markers(tree, base))
    return sorted(found)


def _near(base: Path, target: str) -> list[str]:
    """A file or folder of the base whose name nearly names a missing target's first part (in
    another case, under another number), written as a target: the check's hint names it, so
    the rebuilt tree keeps it."""
    first = target.lstrip("/").split("/", 1)[0]
    if first in ("", ".", ".."):
        return []
    try:
        names = os.listdir(base)
    except OSError:
        return []
    for name in names:
        if name != first and bare_name(name) == bare_name(first):
            prefix = "/" if target.startswith("/") else ""
            return [prefix + name + ("/" if (base / name).is_dir() else "")]
    return []


def _markers(tree: Path, base: Path) -> list[str]:
    """A documentation site's markers in the list's folder or above it (`_config.yml`,
    `mkdocs.yml`), as paths from the list's folder: AL103 reads a site's links as it serves them."""
    found = []
    folder, up = base, ""
    for _ in range(SITE_DEPTH):  # as AL103 looks for a site
        found += [
            up + name + ("/" if (folder / name).is_dir() else "")
            for name in site_markers(str(folder))
        ]
        if folder == tree:
            break
        folder, up = folder.parent, up + "../"
    return found


def _static(tree: Path, base: Path, target: str) -> list[str]:
    """The file of a site's static folder a target is served from (`symbols/paid.svg` of
    `docs/apps/audio.md`: `docs/.vuepress/public/apps/symbols/paid.svg`), or the page a path
    from the site's root is (`/guide` of a site in `docs/`: `docs/guide.md`), as a path from
    the list's folder."""
    folder = base
    for _ in range(SITE_DEPTH):  # as AL103 looks for a site
        markers = site_markers(str(folder))
        if markers:
            start = folder if target.startswith("/") else base
            at = os.path.relpath(os.path.normpath(start / target.lstrip("/")), folder)
            if at.startswith(".."):
                return []
            candidates = [folder / static / at for static in STATIC_FOLDERS]
            if target.startswith("/"):  # a page from the site's root (`/guide` is guide.md)
                pages = folder / "content" if "content" in markers else folder  # Hugo's
                # a Hugo site in several languages serves each language's folder at its root
                for root in (pages, *map(Path, site_languages(str(pages)))):
                    page = root / at.removesuffix(".html").rstrip("/")
                    candidates += [
                        page.with_name(page.name + ".md"),
                        page / "index.md",
                        page / "_index.md",
                    ]
            for file in candidates:
                if file.is_file():
                    return [os.path.relpath(file, base)]
            return []
        if folder == tree:
            break
        folder = folder.parent
    return []


def _served(tree: Path, base: Path, path: Path, target: str) -> list[str]:
    """The pages a site serves for a target that is no file (`autocomplete/` of `layers.md`:
    `layers/autocomplete.md`; Jekyll's `ai.html`: `ai.md`), and the files a page served as a
    folder links from there (`../CTFtool.assets/linux.svg` of `CTFtool.md`, served as
    `CTFtool/`), as paths from the list's folder."""
    found = []
    for folder, prefix in ((base, ""), (base / path.stem, path.stem + "/")):
        full = Path(os.path.normpath(folder / target))
        if tree.resolve() not in full.resolve().parents:
            continue
        if prefix and full.is_file():  # a file beside a page served as a folder (MkDocs')
            found.append(os.path.relpath(full, base))
        for candidate, written in (
            (full.with_name(full.name + ".md"), target.rstrip("/") + ".md"),
            (full / "index.md", target.rstrip("/") + "/index.md"),
            (full.with_name(full.name.removesuffix(".html") + ".md"), target[:-5] + ".md"),
        ):
            if candidate.is_file():
                found.append(prefix + written)
    return found


def page_anchors(tree: Path, path: str, text: str) -> list[tuple[str, str]]:
    """The anchors of the repository's Markdown pages the list links a fragment of
    (`features.md#videos`), as GitHub writes them: (target as written, anchor), so that a
    rebuilt copy of the repository holds them (the page's text is not kept, only its anchors)."""
    # the tool's own reading of a page: imported here, the script runs without it otherwise
    from awesome_lint.analysis import Analysis
    from awesome_lint.anchors import anchors
    from awesome_lint.parse import parse_document
    from awesome_lint.source import InputError, decode

    base = (tree / path).parent
    found: set[tuple[str, str]] = set()
    targets = {
        target.split("#")[0]
        for match in _TARGET.finditer(text)
        if "#" in (target := next(group for group in match.groups() if group))
        and not _SCHEME.match(target)
        and not target.startswith(("#", "//"))
    }
    for target in sorted(targets):
        relative = unquote(target.split("?")[0])
        if not relative.lower().endswith((".md", ".markdown")):
            continue
        place = (tree if relative.startswith("/") else base) / relative.lstrip("/")
        if not place.is_file() or tree.resolve() not in place.resolve().parents:
            continue
        try:
            page = parse_document(decode(relative, place.read_bytes()))
        except InputError:
            continue
        found.update((relative, anchor) for anchor in anchors(page, Analysis(page).html_headings))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judged", type=Path, help="a judge's folder")
    parser.add_argument("target", type=Path, help="the held-out set's folder to write")
    args = parser.parse_args(argv)
    source, target = args.judged, args.target
    with open(source / "repos.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kept = [row for row in rows if (source / "labels" / f"{row['list']}.tsv").exists()]
    for folder in ("lists", "labels", "existing"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    for row in kept:
        name = row["list"]
        shutil.copyfile(source / "labels" / f"{name}.tsv", target / "labels" / f"{name}.tsv")
        if _COPYABLE.match(row["license"].strip()):
            shutil.copyfile(source / name, target / "lists" / name)
        tree = source / "trees" / name
        if not tree.exists():
            tree = source / "trees" / row["repo"].replace("/", "__")
        text = (source / name).read_text(encoding="utf-8", errors="replace")
        written = "".join(f"{found}\n" for found in existing(tree, row["path"], text))
        (target / "existing" / f"{name}.txt").write_text(written, encoding="utf-8")
        found = page_anchors(tree, row["path"], text)
        if found:
            (target / "anchors").mkdir(exist_ok=True)
            lines = "".join(f"{page}\t{anchor}\n" for page, anchor in found)
            (target / "anchors" / f"{name}.tsv").write_text(lines, encoding="utf-8")
    with open(target / "repos.tsv", "w", encoding="utf-8") as handle:
        handle.write("list\tpath\tlicense_file\trepo\tcommit\tlicense\n")
        for row in kept:
            fields = ("list", "path", "license_file", "repo", "commit", "license")
            handle.write("\t".join(row[field] for field in fields) + "\n")
    with open(target / "SOURCES.md", "w", encoding="utf-8") as handle:
        handle.write(
            "# Held-out lists, copied unchanged\n\nEach keeps its authors' license.\n\n"
            "| file | repository | commit | path | license |\n| --- | --- | --- | --- | --- |\n"
        )
        for row in kept:
            if (target / "lists" / row["list"]).exists():
                handle.write(
                    f"| {row['list']} | {row['repo']} | {row['commit'][:12]} | {row['path']} | "
                    f"{row['license']} |\n"
                )
    if (source / "REPORT.md").exists():
        shutil.copyfile(source / "REPORT.md", target / "REPORT.md")
    print(f"{len(kept)} lists labeled, {len(list((target / 'lists').iterdir()))} with their text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
