"""Columns of badges: images a service draws for an entry's page (`![Star](…shields.io/github/…)`)
rather than values a list writes, and the site they describe. A row that links nothing on that
site (a project on GitLab beside GitHub's stars, a repository published as no crate beside
crates.io's versions) has no badge to give, and its empty cell is no slip."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from urllib.parse import unquote

from awesome_lint import lazy_re
from awesome_lint.document import Cell, Row
from awesome_lint.inline import links
from awesome_lint.urls import BADGE_SERVICES, host_of

Definitions = Mapping[str, tuple[str, str]]

# badge services whose image paths name the site a badge describes (`/github/stars/owner/name`)
_SITES = {
    **{"github": "github.com", "gitlab": "gitlab.com", "crates": "crates.io"},
    **{"docsrs": "docs.rs", "pypi": "pypi.org", "npm": "npmjs.com", "gitee": "gitee.com"},
}
SOURCED = 0.9  # of the cells of a column that describe one site, for it to be the column's


def badges_only(cells: Iterable[Cell], definitions: Definitions) -> bool:
    """Whether every filled cell is images only, linked or not: badges, not a value written."""
    return all(
        (found := links(cell.text, definitions)) and all(link.image or link.badge for link in found)
        for cell in cells
        if cell.text
    )


def badge_site(cell: Cell, definitions: Definitions) -> str:
    """The site a badge cell describes: where its badge links (a repository's stargazers), or
    the site its image's path names (`img.shields.io/github/stars/…`); "" for none known."""
    found = links(cell.text, definitions)
    for link in found:
        if not link.image and link.url.startswith(("https://", "http://")):
            return host_of(link.url)
    for link in found:
        if host_of(link.url) in BADGE_SERVICES:
            service = link.url.split("//", 1)[-1].split("/")[1:2]
            return _SITES.get(service[0].lower(), "") if service else ""
    return ""


def badges_site(cells: Iterable[Cell], definitions: Definitions) -> str:
    """The one site a column of badges describes (nine cells in ten at least), or ""."""
    sites = Counter(badge_site(cell, definitions) for cell in cells if cell.text)
    if not sites:
        return ""
    site, count = sites.most_common(1)[0]
    return site if count >= SOURCED * sum(sites.values()) else ""


def links_site(
    row: Row, site: str, definitions: Definitions, skip: int = -1, page: bool = False
) -> bool:
    """Whether a row links a page of ``site`` (not an image of it) anywhere but its cell
    ``skip``; with ``page``, one two steps into the site at least (a repository, a package: not
    an owner's page alone, `github.com/fiddler-labs`)."""
    return any(
        not link.image
        and host_of(link.url) == site
        and (not page or _PAGE_PATH.search(link.url) is not None)
        for at, cell in enumerate(row.cells)
        if cell.text and at != skip
        for link in links(cell.text, definitions)
    )


_PAGE_PATH = lazy_re.compile(r"//[^/]+/[^/?#\s]+/[^/?#\s]")  # a host, then two parts of a path


# a badge that shows a license: a static one labeled so
# (`shields.io/badge/License-CERN%20OHL%202-green` shows "License | CERN OHL 2"), or one a
# service draws from a package's or repository's license (`/github/license/owner/name`,
# `/pypi/l/name`, badgen's `/npm/license/name`)
_LICENSE_BADGE = lazy_re.compile(
    r"(?:shields\.io|badgen\.net)/(?:badge/licen[cs]e-([^/?#)\s]+)|"
    r"[a-z]+/(?:l|license|licence)/)",
    re.IGNORECASE,
)
_SHIELDS_DASH = lazy_re.compile(r"(?<!-)-(?!-)")  # a static badge's separator; `--` is a dash
_IMAGE_SUFFIX = lazy_re.compile(r"\.(?:svg|png)$", re.IGNORECASE)


def license_badges(text: str) -> str:
    """What the license badges of a text show, as a reader sees them (`license: CERN OHL 2`),
    one after another; "" for none. A badge's alt text may say only `License`: its image says
    which."""
    if "icen" not in text and "ICEN" not in text and "/l/" not in text:
        return ""  # most descriptions: no license badge, no search (nor a lowered copy)
    shown = []
    for match in _LICENSE_BADGE.finditer(text):
        written = match.group(1) or ""
        parts = _SHIELDS_DASH.split(_IMAGE_SUFFIX.sub("", written))
        message = "-".join(parts[:-1]) if len(parts) > 1 else ""
        message = unquote(message.replace("--", "-").replace("__", "\0").replace("_", " "))
        shown.append(f"license: {message.replace(chr(0), '_')}".rstrip())
    return " ".join(shown)
