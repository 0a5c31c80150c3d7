"""What the rules may know of the filesystem, gathered once per document by the command."""

from __future__ import annotations

import itertools
import os
import re
from urllib.parse import unquote

from awesome_lint import lazy_re
from awesome_lint.analysis import Analysis
from awesome_lint.anchors import anchors, own_ids, vitepress_anchors
from awesome_lint.parse import parse_document
from awesome_lint.paths import README_NAMES, git_root, is_readme
from awesome_lint.rule import Facts
from awesome_lint.source import InputError, decode
from awesome_lint.urls import as_browsers_read, relative_target

_LICENSE_NAMES = ("license", "licence", "copying", "unlicense")
# a license file named with the license it holds (`LICENSE-MIT` and `LICENSE-APACHE` of a
# dual-licensed crate, `LICENSE_CC0`; `MIT-LICENSE.txt`, as Rails names it and GitHub reads it),
# in capitals as such files are: not `license-faq.md`
_LICENSE_OF = lazy_re.compile(
    r"(?:(?:LICEN[SC]E|COPYING)[-_][A-Z0-9][A-Z0-9.-]*|[A-Z0-9][A-Z0-9.]*[-_]LICEN[SC]E)"
    r"(?:\.(?:md|txt))?$"
)


def _names(folders: list[str]) -> dict[str, list[str]]:
    """The file names of each folder, listed once (a folder that cannot be read has none)."""
    listed: dict[str, list[str]] = {}
    for folder in folders:
        try:
            listed[folder] = os.listdir(folder)
        except OSError:
            listed[folder] = []
    return listed


def _license_files(listed: dict[str, list[str]]) -> tuple[str, ...]:
    found: list[str] = []
    for folder, names in listed.items():
        found.extend(
            os.path.join(folder, name)
            for name in names
            if name.lower().split(".")[0] in _LICENSE_NAMES or _LICENSE_OF.match(name)
        )
    return tuple(sorted(set(found)))


_README_READ = 1 << 20  # bytes of a README whose headings are read: text from strangers


# a license badge: its alt text, or a badge service's path, says "license" (`![LICENSE](…
# shields.io/badge/license-Anti%20996-blue.svg)`)
# (bounded: a README is text from strangers, a line of a million `![` scanned once each)
_LICENSE_BADGE = lazy_re.compile(
    r"(?i)!\[[^\]]{0,80}licen[cs]e[^\]]{0,80}\]\(|(?:shields\.io|badgen\.net)/[^)\s]{0,200}licen[cs]e"
)


# a line that states a license by its name (`> 协议：[CC BY-NC-SA 4.0](…)`, `License: MIT`); not
# an item (`- License: MIT` under an entry of a list is the entry's)
LICENSE_LINE = lazy_re.compile(
    r"(?i)^\s*(?:>\s*)?(?:\*\*)?(?:协议|許可|许可证|許可證|licen[cs]e)(?:\*\*)?"
    r"\s*[:：]\s*(?:\*\*)?\[?(?:CC|MIT|Apache|GPL|LGPL|AGPL|BSD|MPL|Unlicense|CC0|WTFPL|ISC)"
)


def _readme_headings(listed: dict[str, list[str]], document: str) -> tuple[str, ...]:
    """The `#` heading lines of the READMEs in the folders other than the document itself, and
    their lines that show a license badge or state a license by its name (a README that states
    its license by one)."""
    headings: list[str] = []
    for folder, names in listed.items():
        for name in names:
            readme = os.path.join(folder, name)
            if name.lower() not in README_NAMES or readme == document:
                continue
            if not os.path.isfile(readme):
                continue
            try:
                with open(readme, "rb") as handle:
                    text = handle.read(_README_READ).decode("utf-8", errors="replace")
            except OSError:
                continue
            headings.extend(
                line
                for line in text.splitlines()
                if line.lstrip().startswith("#")
                or _LICENSE_BADGE.search(line)
                or LICENSE_LINE.match(line)
            )
    return tuple(headings)


def _left(root: str, full: str) -> bool:
    """Whether a path leads out of the repository at ``root`` to no file of it: from a README's
    `blob/<branch>/`, two levels up are the repository's own pages (`../../issues/new`, its issue
    form), three or more another repository or GitHub itself. One level up (`../examples/a.py`
    from the root's README) lands among branch names: a broken link, as is a page of the
    repository GitHub does not have."""
    parts = os.path.relpath(full, root).split(os.sep)
    climbed = len(list(itertools.takewhile("..".__eq__, parts)))
    if climbed == 2:
        return len(parts) > climbed and parts[climbed] in _REPOSITORY_PAGES
    return climbed > 2


# a repository's pages on GitHub, the first part of their paths
_REPOSITORY_PAGES = frozenset(
    {
        *("issues", "pulls", "pull", "wiki", "discussions", "actions", "releases", "tags"),
        *("blob", "tree", "raw", "compare", "commits", "commit", "security", "pulse", "graphs"),
        *("network", "stargazers", "watchers", "forks", "projects", "milestones", "labels"),
        *("archive", "contributors", "deployments", "packages", "activity"),
    }
)


def gather_facts(analysis: Analysis, path: str) -> Facts:
    """The document's folder, the git root, the relative link targets that exist (or lead out
    of the repository, to no file of it), and the LICENSE files beside the document or at the
    git root."""
    directory = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
    root = git_root(directory)
    document = "" if path == "-" else os.path.abspath(path)
    site_folder = _site_folder(directory, root) if document and not is_readme(document) else ""
    site = _site(site_folder) if site_folder else ""
    site_roots = _site_roots(site_folder, site) if site_folder else ()
    if site == VITEPRESS and _own_slugify(site_folder):
        site = VITEPRESS_OWN  # its anchors made by a slugify of its own: not known here
    jekyll: list[bool] = []  # whether the document is a Jekyll site's page, asked once needed
    existing: set[str] = set()
    linked_folders: set[str] = set()  # the existing targets that are folders
    missing: dict[str, str] = {}  # targets that do not exist, by target, with their base folder
    pages: dict[str, str] = {}  # Markdown files linked with a fragment, by target, where they are
    folders_asked: set[str] = set()  # folders linked with a fragment, asked for their page
    for found in analysis.links:
        if found.url.startswith(("https://", "http://")):
            continue  # most links: ``relative_target``'s first answer, without a call for each
        # an HTML href or src as a browser reads it (`src="images/a.png "`: spaces trimmed), as
        # AL103 asks of it
        target = relative_target(as_browsers_read(found.url) if found.link.html else found.url)
        if target is None:
            continue
        base = (root or directory) if target.startswith("/") else directory
        full = os.path.normpath(os.path.join(base, target.lstrip("/")))
        if target in missing:
            continue  # a missing target linked again: asked once
        if target not in existing:
            if not (
                os.path.exists(full)
                or (root is not None and _left(root, full))
                or (site_folder and _site_page(site_folder, site_roots, document, target))
                or (_SERVED.fullmatch(target) and _served_page(jekyll, directory, root, full))
            ):
                missing.setdefault(target, base)
                continue
            existing.add(target)
            if os.path.isdir(full):
                linked_folders.add(target.rstrip("/"))
        page = target.rstrip("/")  # `Readme.md/#…`: the file, a `/` after its name or not
        if "#" not in found.url or page in pages:
            continue
        if page.lower().endswith(_PAGES):
            pages[page] = full
        elif page not in folders_asked and os.path.isdir(full):
            folders_asked.add(page)  # each folder listed once, however often it is linked
            shown = _folder_page(full)  # `docs/macos/#homebrew`: the page the folder shows
            if shown:
                pages[page] = shown
    folders = [directory] + ([root] if root and root != directory else [])
    listed = _names(folders)
    licenses = _license_files(listed)
    readme_headings = () if licenses else _readme_headings(listed, document)
    # a site's generator makes its pages' anchors its own way; Hugo's, as GitHub does by
    # default; VitePress', by its slugs (read beside GitHub's: either lands)
    page_anchors = (
        _page_anchors(pages, root or directory, site == HUGO, site == VITEPRESS)
        if site in ("", HUGO, VITEPRESS)
        else ()
    )
    repository = _github_repository(root) if root and document else ""
    guessed = False
    if document and not repository:
        # a copy without its remote (an archive, a folder of its own): the repository whose
        # own pages the list links most, as a README links its sections and folders
        repository = _linked_repository(analysis)
        guessed = bool(repository)
    own_missing = _own_missing(analysis, root, repository) if root and not guessed else ()
    base = root or directory
    page_path = os.path.relpath(document, base).replace(os.sep, "/") if repository else ""
    return Facts(
        directory,
        root,
        frozenset(existing),
        licenses,
        readme_headings,
        site,
        page_anchors,
        _near_names(missing),
        repository,
        page_path,
        guessed,
        own_missing,
        frozenset(linked_folders),
    )


# a file or folder of a repository on its main branch, by its address on GitHub
_OWN_FILE = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?"
    r"/(?:blob|tree)/(?i:main|master)/([^?#]+?)/?(?:[?#].*)?"
)


def _own_missing(
    analysis: Analysis, root: str, repository: str
) -> tuple[tuple[str, str, str], ...]:
    """The links to the repository's own files or folders by their address on its main branch
    that lead to none in this copy, each with its path in the repository and the name of nearly
    that path that exists (its last part in another case), or "": each address asked once."""
    found: dict[str, tuple[str, str]] = {}
    asked: set[str] = set()
    for link in analysis.links:
        url = link.url
        if url in asked or "github.com/" not in url:
            continue
        asked.add(url)
        own = _OWN_FILE.fullmatch(url)
        if own is None or f"{own[1]}/{own[2]}".casefold() != repository:
            continue
        path = unquote(own[3])
        full = os.path.normpath(os.path.join(root, path))
        if not _inside(os.path.normpath(root), full) or os.path.exists(full):
            continue
        found[url] = (path.rstrip("/"), _other_case(full))
    return tuple((url, path, other) for url, (path, other) in found.items())


def _other_case(full: str) -> str:
    """The name of the file or folder beside ``full`` that is its name in another case, or ""."""
    folder, name = os.path.split(full)
    try:
        names = os.listdir(folder)
    except (OSError, ValueError):  # a folder GitHub cannot have either (`a%00b/`)
        return ""
    return next((other for other in names if other.casefold() == name.casefold()), "")


_CONFIG_READ = 1 << 16  # bytes of a repository's git config read, at most
_REMOTE = lazy_re.compile(r'^\s*\[remote\s+"([^"]*)"\]\s*$')
_SECTION = lazy_re.compile(r"^\s*\[")
# a GitHub remote's address: `https://github.com/o/r(.git)`, `git@github.com:o/r.git`,
# `ssh://git@github.com/o/r.git`
_GITHUB_REMOTE = lazy_re.compile(
    r"^\s*url\s*=\s*(?:https?://(?:[^@/\s]+@)?|ssh://git@|git@)(?:www\.)?github\.com[:/]"
    r"([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?\s*$",
    re.IGNORECASE,
)


def _github_repository(root: str) -> str:
    """`owner/name` (case-folded) of the repository's GitHub remote: `origin`'s, else the only
    one's; "" where there is none, or the config cannot be read (a `.git` file of a worktree)."""
    try:
        with open(os.path.join(root, ".git", "config"), "rb") as handle:
            text = handle.read(_CONFIG_READ).decode("utf-8", "replace")
    except OSError:
        return ""
    found: dict[str, str] = {}
    remote: str | None = None
    for line in text.splitlines():
        section = _REMOTE.match(line)
        if section is not None:
            remote = section.group(1)
            continue
        if _SECTION.match(line):
            remote = None
            continue
        address = _GITHUB_REMOTE.match(line) if remote is not None else None
        if remote is not None and address is not None and remote not in found:
            found[remote] = f"{address.group(1)}/{address.group(2)}".casefold()
    if "origin" in found:
        return found["origin"]
    return next(iter(found.values())) if len(found) == 1 else ""


# a link to a repository's own page on GitHub: its home's section (`#…`), a file or folder, or
# its issues, pull requests, stars and other pages of its own
_OWN_PAGE = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?"
    r"(/?#|/(?:blob|tree|issues|pulls|stargazers|network|fork|graphs|discussions|wiki|releases"
    r"|actions|assets|raw)(?:[/#?]|$))"
)
_LINKED_SELF = 3  # links of a repository's own pages, at least, for the list to be its own
_LINKED_LEAD = 2  # times the next repository's links, at least, that its own outnumber
_LINKED_SECTIONS = 2  # sections of its home the list links by its address, at least


def _linked_repository(analysis: Analysis) -> str:
    """`owner/name` (case-folded) of the repository whose own pages a list links most
    (`…/Awesome-Docker#工具`, `…/tree/main/docs`): three links or more, twice the next one's
    and half of all such links; "" for none (most lists link others' pages alone)."""
    counts: dict[str, int] = {}
    sections: dict[str, int] = {}  # links of each repository's home with a fragment
    for found in analysis.links:
        url = found.url
        if "github.com/" not in url:
            continue  # most links: asked nothing more
        own = _OWN_PAGE.match(url)
        if own is not None:
            key = f"{own.group(1)}/{own.group(2)}".casefold()
            counts[key] = counts.get(key, 0) + 1
            if own.group(3) in ("#", "/#"):
                sections[key] = sections.get(key, 0) + 1  # its home's, not `/issues#new`
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < _LINKED_SELF:
        return ""
    key, most = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if most < _LINKED_LEAD * second or most * 2 < sum(counts.values()):
        return ""
    # a table of contents written with the page's address: two of its sections linked so, at
    # least (a list that links another project's files and releases links no section of it)
    return key if sections.get(key, 0) >= _LINKED_SECTIONS else ""


_NUMBERED = lazy_re.compile(r"^\d+[.\s_-]*")  # a name's number before it (`140. `, `0042-`)
_MOST_MISSING = 5000  # missing targets asked of, at most (a hostile list links millions)


def _near_names(missing: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The missing targets whose first part nearly names a file or folder of their base: in
    another case, or under another number (`140. Linked List Cycle/solution.h` beside the folder
    `007. Linked List Cycle`), each with that name: a link that lost its way, not one to a page
    not written yet."""
    near: list[tuple[str, str]] = []
    listed: dict[str, dict[str, str]] = {}  # each base's names by their bare form
    for target, base in itertools.islice(missing.items(), _MOST_MISSING):
        first = unquote(target.lstrip("/").split("/", 1)[0])
        if first in ("", ".", ".."):
            continue
        names = listed.get(base)
        if names is None:
            try:
                found = os.listdir(base)
            except OSError:
                found = []
            names = listed[base] = {bare_name(name): name for name in found}
        name = names.get(bare_name(first))
        if name is not None and name != first:
            near.append((target, name))
    return tuple(near)


def bare_name(name: str) -> str:
    """A file's or folder's name as a name of nearly it shares it: without its number, in
    one case (`140. Linked List Cycle` and `007. linked list cycle`)."""
    return _NUMBERED.sub("", name).casefold()


_PAGES = (".md", ".markdown")
_PAGE_READ = 1 << 20  # bytes of another page whose anchors are read, at most
_PAGES_READ = 4 << 20  # bytes of all the other pages read, at most
_MOST_PAGES = 64  # other pages read for their anchors, at most: text from strangers


# the page a folder shows: GitHub's README, else a site generator's page of the folder (Hugo's
# `_index.md` of a section, `index.md` of a page bundle)
_FOLDER_PAGES = ("readme.md", "readme.markdown", "_index.md", "index.md")


def _folder_page(folder: str) -> str:
    """The file whose headings a link to a folder's fragment lands on; empty where none."""
    try:
        names = {name.lower(): name for name in os.listdir(folder)}
    except OSError:
        return ""
    for wanted in _FOLDER_PAGES:
        name = names.get(wanted)
        if name is not None and os.path.isfile(os.path.join(folder, name)):
            return os.path.join(folder, name)
    return ""


def _inside(folder: str, path: str) -> bool:
    """Whether a resolved path is ``folder`` (resolved too) or lies within it."""
    return os.path.commonpath([folder, path]) == folder


def _page_anchors(
    pages: dict[str, str], root: str, hugo: bool = False, vitepress: bool = False
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The anchors of the repository's other Markdown pages the document links to a fragment
    of (`features.md#videos`), by the target as written: files of the repository only, none
    empty (a rebuilt tree's placeholder says nothing of its headings) or too large to read
    (1 MB a page, 4 MB in all). A Hugo site's page, or a page of a front matter (a site's,
    Docusaurus'), has the ids its headings set too (`{#encoding}`), and a VitePress site's page
    the anchors VitePress gives its headings besides GitHub's."""
    found: list[tuple[str, frozenset[str]]] = []
    inside = os.path.realpath(root)
    budget = _PAGES_READ
    for target, full in list(pages.items())[:_MOST_PAGES]:
        real = os.path.realpath(full)
        if not _inside(inside, real) or not os.path.isfile(real):
            continue
        try:
            size = os.path.getsize(real)
            if not 0 < size <= min(_PAGE_READ, budget):
                continue
            budget -= size
            with open(real, "rb") as handle:
                page = parse_document(decode(target, handle.read(_PAGE_READ)))
        except (OSError, InputError):
            continue
        own = set(anchors(page, Analysis(page).html_headings)) | own_ids(page, site=hugo)
        if vitepress:
            own = set(own) | vitepress_anchors(page)
        found.append((target, frozenset(own)))
    return tuple(found)


# what a documentation site's generator keeps in its folder: its pages' anchors are its own
# (`_toctree.yml`: Hugging Face's doc-builder, whose pages link `./adapters` for `adapters.md`)
# (`_config.yml`: Jekyll's, GitHub Pages', whose pages are served as folders of their own:
# `docs/layers.md` at `/layers/`, its link `autocomplete/` the page `docs/layers/autocomplete.md`)
# (`book.toml`: mdBook's, which serves `src/example.md` as `example.html`)
# (`mint.json`, or a `docs.json` that names Mintlify's schema: Mintlify's, whose `.mdx` pages
# link `faq#…` for `faq.mdx`)
SITE_MARKERS = (".vitepress", ".vuepress", "docusaurus.config.js", "docusaurus.config.ts",
                 "mkdocs.yml", ".docsify", "_toctree.yml", "_config.yml", "book.toml",
                 "mint.json", "gatsby-config.js", "gatsby-config.ts",
                 "gatsby-config.mjs")  # fmt: skip
_MINTLIFY = "docs.json"
_DOCUSAURUS = ("docusaurus.config.js", "docusaurus.config.ts")
_MKDOCS = "mkdocs.yml"  # MkDocs serves its pages from `docs/` (or its `docs_dir`) at the root
_DOCS_DIR = lazy_re.compile(r"^docs_dir\s*:\s*[\"']?([^\"'#\s]+)", re.MULTILINE)
SITE_DEPTH = 6  # folders above the document looked in, at most (`content/fr/docs/setup/`)
# the folders a site generator serves as they are, at the site's root (VitePress' `public/`,
# VuePress' `.vuepress/public/`, Docusaurus' and Gatsby's `static/`): `/assets/cover.png` is a
# file there
STATIC_FOLDERS = ("public", os.path.join(".vuepress", "public"), "static")


def _site_folder(directory: str, root: str | None) -> str:
    """The folder of the site generator whose page a document in ``directory`` is: the one
    holding a marker, the document's or one above it, up to the git root; "" for none."""
    folder = directory
    for _ in range(SITE_DEPTH):
        if _site(folder):
            return folder
        parent = os.path.dirname(folder)
        if folder == root or parent == folder:
            break
        folder = parent
    return ""


# Hugo's site: its configuration beside the `content/` folder of its pages and the `layouts/`
# or `themes/` that draw them (rclone's docs: `/local/#filenames` is `content/local.md`'s, a
# heading's id set as `{#encoding}`)
HUGO = "hugo"
VITEPRESS = ".vitepress"  # VitePress' folder: its slugs are known (``vitepress_slug``)
VITEPRESS_OWN = ".vitepress, its own slugify"  # a VitePress site whose config sets its slugify
_VITEPRESS_CONFIGS = ("config.js", "config.mjs", "config.ts", "config.mts", "config.cjs",
                      "config.cts", os.path.join("config", "index.ts"),
                      os.path.join("config", "index.js"))  # fmt: skip
_SITE_CONFIG_READ = 1 << 20  # bytes of a site's configuration read, at most


def _head_of(path: str, size: int = _SITE_CONFIG_READ) -> str | None:
    """The first ``size`` characters of a site's configuration file, undecodable bytes
    replaced; None where it cannot be read (missing, a folder, no permission)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as opened:
            return opened.read(size)
    except OSError:
        return None


def _own_slugify(site: str) -> bool:
    """Whether a VitePress site's configuration names a slugify of its own (`markdown: {
    anchor: { slugify } }`, a pinyin one): its anchors are its own, as another generator's are.
    A configuration that cannot be read is taken to name one."""
    for name in _VITEPRESS_CONFIGS:
        path = os.path.join(site, VITEPRESS, name)
        if not os.path.isfile(path):
            continue
        text = _head_of(path)
        if text is None or "slugify" in text:
            return True
    return False


_HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json")
_HUGO_PAGES = "content"


def _site(folder: str) -> str:
    """The site generator marker in a folder, "" for none."""
    found = site_markers(folder)
    if not found:
        return ""
    return HUGO if _HUGO_PAGES in found else found[0]


def site_markers(folder: str) -> list[str]:
    """The names in a folder that make it a documentation site's: one of ``SITE_MARKERS``, or
    Hugo's configuration, `content/` and `layouts/` or `themes/` together; none for no site."""
    marker = next(
        (marker for marker in SITE_MARKERS if os.path.exists(os.path.join(folder, marker))), ""
    )
    if marker:
        return [marker]
    if _mintlify(os.path.join(folder, _MINTLIFY)):
        return [_MINTLIFY]
    if not os.path.isdir(os.path.join(folder, _HUGO_PAGES)):
        return []
    drawn = [name for name in ("layouts", "themes") if os.path.isdir(os.path.join(folder, name))]
    configured = [name for name in _HUGO_CONFIGS if os.path.isfile(os.path.join(folder, name))]
    return [configured[0], _HUGO_PAGES, drawn[0]] if drawn and configured else []


def _mintlify(path: str) -> bool:
    """Whether a `docs.json` is Mintlify's: it names Mintlify's schema in its first lines."""
    if not os.path.isfile(path):
        return False
    text = _head_of(path, 4096)
    return text is not None and "mintlify" in text.casefold()


def _mkdocs_pages(site: str) -> str:
    """The folder an MkDocs site serves its pages from: its `docs_dir`, `docs` unless set."""
    text = _head_of(os.path.join(site, _MKDOCS), 65536)
    found = _DOCS_DIR.search(text) if text is not None else None
    return os.path.join(site, found.group(1) if found else "docs")


# a page beside the document, as its site serves it (`./intern.html`, `intern.html`)
_SERVED = lazy_re.compile(r"(?:\./)?[^/#?]+\.html")
_JEKYLL = "_config.yml"  # GitHub Pages' site: its Markdown pages served as `.html`


def _served_page(jekyll: list[bool], directory: str, root: str | None, full: str) -> bool:
    """Whether a link to a page beside the document (`./intern.html`) leads to the page a
    Jekyll site serves from a Markdown file there (`intern.md`): the README of a GitHub Pages
    site is its home page, written for the site (GitHub's view of the link aside). ``jekyll``
    keeps whether the document is such a site's, found once for all its links."""
    if not os.path.isfile(full.removesuffix(".html") + ".md"):
        return False
    if not jekyll:
        jekyll.append(_site(_site_folder(directory, root)) == _JEKYLL)
    return jekyll[0]


def _site_roots(site: str, generator: str) -> tuple[str, ...]:
    """The folders a site serves at its root, where a link starting with `/` is read: the
    site's own folder, and Hugo's `content/`, MkDocs' `docs/` (or its `docs_dir`) or
    Docusaurus' `docs/`, where each keeps its pages (`/features/x` is `docs/features/x.md`)."""
    if generator == HUGO:
        pages = os.path.join(site, _HUGO_PAGES)
        return (site, pages, *site_languages(pages))
    if generator == _MKDOCS:
        return (site, _mkdocs_pages(site))
    if generator in _DOCUSAURUS:
        # its docs are served from `docs/`, at `/docs/` or, with `routeBasePath: "/"`, at the
        # root (frigate's `/configuration/object_detectors` is `docs/configuration/…`)
        return (site, os.path.join(site, "docs"))
    return (site,)


# a language's folder of a Hugo site's `content/` (`en`, `fr`, `zh-cn`, `pt-br`): a language's
# code, and its region's or script's; a section of two letters (`go`, `js`) is none
_LANGUAGE = lazy_re.compile(r"([a-z]{2})(?:-[a-z]{2,4})?")
_LANGUAGE_CODES = frozenset(
    ("af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
     "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id",
     "is", "it", "ja", "ka", "kk", "km", "kn", "ko", "lo", "lt", "lv", "mk", "ml", "mn", "mr",
     "ms", "my", "nb", "ne", "nl", "nn", "no", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl",
     "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh")
)  # fmt: skip
_LANGUAGES_LEAST = 2  # language folders, at least, of a site written in several languages
# the language a Hugo site serves at its root, as its configuration names it (TOML, YAML, JSON)
_DEFAULT_LANGUAGE = lazy_re.compile(
    r"""(?im)^[ \t]*["']?defaultContentLanguage["']?[ \t]*[:=][ \t]*["']?([A-Za-z-]{2,10})"""
)


def site_languages(pages: str) -> tuple[str, ...]:
    """The folder of a Hugo site written in several languages (`content/en`, `content/fr`:
    kubernetes/website) that the site serves at its root: its default language's, as its
    configuration names it (`en` unless named), `/docs/setup/` being `content/en/docs/setup/`;
    the others are served under their names (`/fr/docs/setup/`, found from `content/` itself).
    None for a site of one language."""
    try:
        names = {
            entry.name
            for entry in os.scandir(pages)
            if entry.is_dir()
            and (found := _LANGUAGE.fullmatch(entry.name)) is not None
            and found[1] in _LANGUAGE_CODES
        }
    except OSError:
        return ()
    if len(names) < _LANGUAGES_LEAST:
        return ()
    default = _default_language(os.path.dirname(pages))
    return (os.path.join(pages, default),) if default in names else ()


def _default_language(site: str) -> str:
    """The language a Hugo site's configuration serves at its root, `en` where it names none."""
    for name in _HUGO_CONFIGS:
        text = _head_of(os.path.join(site, name))
        found = _DEFAULT_LANGUAGE.search(text) if text is not None else None
        if found is not None:
            return found.group(1).lower()
    return "en"


def _site_page(site: str, roots: tuple[str, ...], document: str, target: str) -> bool:
    """Whether a link of a site's page leads to a page of the site as its generator serves it:
    a path without `.md` (`/contributing` is `contributing.md`, `/guide/` its `index.md`),
    one starting with `/` from the folders the site serves at its root (``_site_roots``) or a
    file of its static folder (`public/`);
    a relative one from the page's folder, or from the folder the page is served as
    (`layers.md` at `/layers/`)."""
    directory = os.path.dirname(document)
    served = os.path.splitext(document)[0]
    bases = roots if target.startswith("/") else (directory, served)
    for base in bases:
        # the path the site serves it at, from its root: a file of a static folder there
        at = os.path.relpath(os.path.normpath(os.path.join(base, target.lstrip("/"))), site)
        if (
            at != ".."
            and not at.startswith(".." + os.sep)
            and any(os.path.isfile(os.path.join(site, folder, at)) for folder in STATIC_FOLDERS)
        ):
            return True
    for base in bases:
        full = os.path.normpath(os.path.join(base, target.lstrip("/")))
        if not _inside(os.path.realpath(site), os.path.realpath(full)):
            continue  # out of the site: no page of it
        stem = full.removesuffix(".html")
        if any(
            os.path.isfile(candidate)
            # (a folder's page: its `index.md`, or Hugo's section page `_index.md`)
            for candidate in (
                stem + ".md",
                stem + ".mdx",
                os.path.join(full, "index.md"),
                os.path.join(full, "_index.md"),
                full,
            )
        ):
            return True
    return False
