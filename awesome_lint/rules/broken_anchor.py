"""AL103 broken-anchor: a `#fragment` that matches no heading or anchor, or a missing file."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from urllib.parse import unquote

from awesome_lint import lazy_re
from awesome_lint.anchors import (
    PREFIX,
    anchors,
    heading_anchors_of,
    own_ids,
    vitepress_anchors,
)
from awesome_lint.document import Document, Row
from awesome_lint.facts import VITEPRESS
from awesome_lint.links.collect import LinkAt
from awesome_lint.paths import is_readme
from awesome_lint.rule import Context, Finding, Need, Rule, Severity
from awesome_lint.urls import (
    MAYBE_DOMAIN,
    as_browsers_read,
    relative_target,
    url_problem,
)
from awesome_lint.values import TO_COME, is_none_mark


def _lands(fragment: str, known: AbstractSet[str]) -> bool:
    """Whether a fragment lands: an anchor of the page (GitHub's `user-content-` prefix of its
    ids written or not), or `top`, which browsers take to the top of the page when no element
    has that id (the HTML standard, any case)."""
    fragment = fragment.removeprefix(PREFIX)
    return fragment in known or fragment.lower() in known or fragment.lower() == "top"


def _bare(anchor: str) -> str:
    """An anchor without the hyphens and variation selectors GitHub leaves at its ends where a
    heading starts or ends with an emoji (`### 🔍 搜索` is `#-搜索`)."""
    return anchor.lower().strip("-\ufe0f")


def _by_bare(known: AbstractSet[str]) -> dict[str, str]:
    """For a fragment that does not land, the anchor it was written for: a heading's whose
    anchor differs only in those ends (the link written from the heading as it reads)."""
    meant: dict[str, str] = {}
    for anchor in sorted(known, reverse=True):
        if bare := _bare(anchor):
            meant[bare] = anchor  # of two, the first in order
    return meant


# a target that names what belongs there (`paper_link`, `URL`): a template's placeholder
# (compiled on first use, by re's cache, as MAYBE_DOMAIN: only a missing file asks)
_PLACEHOLDER = r"(?i)(?:[a-z]+[_-])*(?:link|url|href)"


# a target that says the link is still to come (`TBD`, `todo`, `待定`), not a file's name
_TO_COME = rf"(?i){TO_COME}"
# a line that says the page it links is still to be written, outside its links
_PAGE_TO_COME = lazy_re.compile(
    rf"(?i)(?<![\w-])(?:{TO_COME}|待创建|待撰写|待编写|未完成"
    r"|to be (?:created|written|added))(?![\w-])"
)
_WRITTEN_LINK = lazy_re.compile(r"!?\[[^\[\]]*\]\([^()]*\)")


_REMARK_LENGTH = 24  # characters after a list item's last link, at most, for a remark on it


def _said_to_come(line: str) -> bool:
    """Whether a list item ends on a short remark, after its last link, that what it links is
    still to come (`- [ ] [简历指南](./12-resume-guide.md) - 待创建`, `(coming soon)`); not a
    table row, whose cells say other things (a status column's `todo`)."""
    if line.lstrip().startswith("|"):
        return False
    links = list(_WRITTEN_LINK.finditer(line))
    if not links:
        return False
    remark = line[links[-1].end() :]
    return len(remark) <= _REMARK_LENGTH and _PAGE_TO_COME.search(remark) is not None


def _entry_lines(document: Document, context: Context) -> set[int]:
    """The lines of table rows and of entries: where a placeholder is a link never filled in."""
    rows = {row.line for table in document.tables for row in table.rows}
    return rows | {entry.line for entry in context.analysis.entries.entries}


_LINE = lazy_re.compile(r"L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?")  # a line of a file's source view


def _missing_on_page(url: str, known: frozenset[str] | None) -> str:
    """What a link to a fragment of another page of the repository misses there (`features.md
    #videos` where the heading is `## Video`), or "": its anchors unknown, or the fragment lands
    (a line of the source view, `#L10`, is not asked)."""
    fragment = unquote(url.split("#", 1)[1]) if "#" in url else ""
    if known is None or not fragment or _LINE.fullmatch(fragment):
        return ""
    if _lands(fragment, known):
        return ""
    anchor = _by_bare(known).get(_bare(fragment))
    hint = f" (GitHub's anchor of that heading is `#{anchor}`)" if anchor else ""
    return f"no heading or anchor `#{fragment}`{hint}"


_MARK = 3  # characters of a cell, at most, that mark a row's state (`✘`, `✔`, `WIP`)
_UNWRITTEN = 3  # rows linking a missing page, at least, whose common mark says "not yet"
_WRITTEN_SHARE = 4  # rows of that mark whose page exists, at most one for this many missing


def _marks(row: Row, headers: tuple[str, ...]) -> set[tuple[str, str]]:
    """A row's short cells, each with its column's header: the marks of its state (a mark of
    none, `-`, says nothing of it: a row that lacks a value, not a page to come)."""
    return {
        (headers[index].strip().casefold() if index < len(headers) else "", text.strip())
        for index, text in enumerate(row.texts)
        if text.strip() and len(text.strip()) <= _MARK and not is_none_mark(text.strip())
    }


def _unwritten(
    document: Document, missing: list[tuple[str, Finding]], written: set[int]
) -> set[int]:
    """The lines of table rows that link a page not written yet as the list's way: the rows
    that link a missing page (three or more, three in four of them) bear one mark of their state
    (a `Status` of `✘`) that the rows whose pages exist do not (one for four missing at most:
    a page written since, its mark left): go-patterns' `[Abstract Factory](/creational/…) | … |
    ✘ |`. A missing page of a row without the mark is still reported. ``written`` are the lines
    of rows that link a page that exists."""
    rows = {row.line: (row, table.header.texts) for table in document.tables for row in table.body}
    lines = {finding.line for _, finding in missing if finding.line in rows}
    marked = {line: _marks(*rows[line]) for line in lines}
    counted = Counter(mark for marks in marked.values() for mark in marks)
    if not counted:
        return set()
    done_marks = [_marks(*rows[line]) for line in written if line in rows]
    for mark, count in counted.most_common():
        if count < _UNWRITTEN or count * 4 < len(lines) * 3:
            break
        done = sum(1 for marks in done_marks if mark in marks)
        if done * _WRITTEN_SHARE <= count:
            return {line for line, marks in marked.items() if mark in marks}
    return set()


# a link to no anchor (`##`) with a title: the title is the tooltip the link is written for
_TOOLTIP = lazy_re.compile(r"\]\(#+\s+[\"'(]")


def check(document: Document, context: Context) -> Iterator[Finding]:
    # links to files that do not exist, each with its path, judged together at the end
    missing: list[tuple[str, Finding]] = []
    written: set[int] = set()  # lines that link a file that exists
    files: list[str] = []  # the paths of links to files that exist, as written
    landed: list[tuple[int, int, str]] = []  # links to this page's anchors that land, in order
    headings: list[tuple[int, str, str]] = []  # the page's headings' anchors, where read
    yield from _findings(document, context, missing, written, files, landed, headings)
    if landed:
        yield from _other_of_its_name(landed, headings, document)
    unwritten = _unwritten(document, missing, written) if missing else set()
    left = [(path, finding) for path, finding in missing if finding.line not in unwritten]
    slots = _slots(left, files) if len(left) >= _SLOTS else {}
    near = dict(context.facts.near)
    for path, finding in left:
        meant = near.get(path) if near else None
        if meant is not None:
            # a link that lost its way: a file or folder of nearly its name exists (in another
            # case, under another number: `140. Linked List Cycle` for `007. Linked List Cycle`)
            yield replace(finding, message=f"{finding.message}; `{meant}` exists")
            continue
        slot = slots.get(_template(path)) if slots else None
        if slot is None:
            yield finding
        elif slot[0] == finding.line and slot[1] == finding.column:
            yield replace(finding, message=slot[2])  # the template's one finding, on its first


_SLOTS = 20  # links of one template to files that do not exist, at least, to be slots to fill
_SLOTS_SHARE = 0.75  # of the template's links, at least
_SLOTS_FILLED = 5  # links of the template to files that exist, at least: the list fills them


def _template(path: str) -> str:
    """The shape a path shares with the paths of the other rows of an index: its file's name
    under a folder of each entry's own (`*/solution.h`), else its first folder (`agents/*`),
    else a name alone (`*`)."""
    parts = [part for part in path.strip("/").split("/") if part not in ("", ".")]
    if len(parts) >= 2:
        return f"*/{parts[-1]}" if "." in parts[-1] else f"{parts[0]}/*"
    return "*"


def _slots(missing: list[tuple[str, Finding]], files: list[str]) -> dict[str, tuple[int, int, str]]:
    """The templates of the list's links whose pages it writes one by one and links before they
    are written: an index of every LeetCode problem, each row linking `NNN. Title/solution.h`,
    132 of 711 written. Twenty links of a template or more lead nowhere, three in four of its
    links, while five or more lead to files that exist: the slots of pages to come, reported
    once, on the first (a list whose every link of a folder leads nowhere has lost the folder;
    one whose folder holds most of its pages, a few are slips: each is reported)."""
    counted: Counter[str] = Counter()
    firsts: dict[str, tuple[str, Finding]] = {}  # each form's first missing link, in one pass
    for path, finding in missing:
        template = _template(path)
        counted[template] += 1
        firsts.setdefault(template, (path, finding))
    found = Counter(_template(path) for path in files)
    slots: dict[str, tuple[int, int, str]] = {}
    for template, count in counted.items():
        written = found[template]
        if count < _SLOTS or written < _SLOTS_FILLED or count < _SLOTS_SHARE * (count + written):
            continue
        path, first = firsts[template]
        slots[template] = (
            first.line,
            first.column,
            f"`{path}` does not exist, nor do {count - 1} more of the "
            f"{count + written} links of the form `{template}`: pages linked before they are "
            "written (each of them a 404 for a reader; one reported here)",
        )
    return slots


# this repository's page on GitHub with a fragment: its home (the README at its root), or a
# file of it on a branch (`/blob/main/docs/list.md`)
_GITHUB_PAGE = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/([^/#?]+)/([^/#?]+?)(?:\.git)?"
    r"(?:/(?:blob|tree)/[^/#?]+/([^#?]*))?/?#(.+)"
)


# the places GitHub's page of a repository's home has whatever its README says: the README
# itself (`#readme`) and the fork button's old box (`#fork-destination-box`, "fork me" links)
_HOME_IDS = frozenset({"readme", "fork-destination-box"})
_HIDDEN = lazy_re.compile(
    r"""\baria-hidden\s*=\s*["']?true|\bclass\s*=\s*["']anchor["']""", re.IGNORECASE
)


def _hidden_tag(line: str, url: str) -> bool:
    """Whether the HTML tag that links ``url`` on a line is hidden from readers:
    `aria-hidden="true"`, or GitHub's own `class="anchor"`."""
    at = line.find(url)
    for _ in range(_TAGS_READ):  # a line of thousands of one address is read no further
        if at < 0:
            return False
        start = line.rfind("<", max(0, at - _TAG_LENGTH), at)
        end = line.find(">", at, at + len(url) + _TAG_LENGTH)
        if start >= 0 and _HIDDEN.search(line, start, end if end >= 0 else at + len(url)):
            return True
        at = line.find(url, at + 1)
    return False


_TAGS_READ = 8  # writings of an address on a line asked whether their tag is hidden, at most
_TAG_LENGTH = 300  # characters of a tag read on either side of its address, at most


def _own_fragment(url: str, context: Context) -> str | None:
    """The fragment of a link to this very page by its address on GitHub (the repository's
    home, where the page is the README at its root, or the page's file on any branch), or
    None for a link to anything else."""
    found = _GITHUB_PAGE.fullmatch(url)
    if found is None:
        return None
    owner, name, path, fragment = found.groups()
    if f"{owner}/{name}".casefold() != context.facts.repository:
        return None
    if not path and fragment.casefold() in _HOME_IDS:
        return None  # GitHub's own place on every repository's home, not a heading
    page = context.facts.page_path
    if path:
        if unquote(path).strip("/") != page:
            return None
    elif "/" in page or not is_readme(page):
        return None  # the home shows the root's README, not this page
    return unquote(fragment)


_CONTENTS_GAP = 2  # lines between two links of a table of contents, at most


def _section_ends(document: Document) -> dict[int, int]:
    """For each Markdown heading, by its line, the line of the first heading after it of its
    level or a higher one, or a line past every other: where its section ends (one pass)."""
    ends: dict[int, int] = {}
    open_: list[tuple[int, int]] = []  # (level, line) of the headings whose sections go on
    for block in document.headings:
        while open_ and open_[-1][0] >= block.level:
            ends[open_.pop()[1]] = block.line
        open_.append((block.level, block.line))
    ends.update((line, 1 << 30) for _, line in open_)
    return ends


def _other_of_its_name(
    landed: list[tuple[int, int, str]],
    headings: list[tuple[int, str, str]],
    document: Document,
) -> Iterator[Finding]:
    """Links of a table of contents to a heading whose name another heading has too, which land
    on the first of them where the links around it point at the other: `- [Projects](#projects)`
    between `#posts` and `#reading-materials` of `## Materials`, where `#projects` is `### Projects`
    under `## Models`, and the one under `Materials` is `#projects-1` on GitHub; or where the link
    it is written under (``_parent_link``: the link before it on its line, a breadcrumb's, or its
    item's parent's; asked first, as its neighbours may be the same slip) leads to the section
    the other is in (`[Applications](#applications) / [数据库](#数据库)`, where `#数据库` is the
    `数据库` under `Framework`). ``headings``: the page's ``heading_anchors_of``. Not where the
    heading it lands on stands right above the one meant, with only blank lines between (`##
    Change Detection` over `### Change Detection`): the reader sees the one meant all the same."""
    named = Counter(slug for _, slug, _ in headings)
    if not named or named.most_common(1)[0][1] < 2:
        return  # most lists: no two headings of one name
    lines = document.source.lines
    at = {anchor: (line, slug) for line, slug, anchor in headings}
    ends: dict[int, int] | None = None  # where each Markdown heading's section ends, if asked
    namesakes: dict[str, tuple[list[int], list[str]]] = {}  # each name's headings, in order
    for other, other_slug, anchor in sorted(headings):
        if named[other_slug] >= 2:
            found = namesakes.setdefault(other_slug, ([], []))
            found[0].append(other)
            found[1].append(anchor)
    by_line: dict[int, list[int]] = {}  # the links of each line, by their place in ``landed``
    for index, (line, _, _) in enumerate(landed):
        by_line.setdefault(line, []).append(index)
    for index, (line, column, fragment) in enumerate(landed):
        target, slug = at.get(fragment, (0, ""))
        if named[slug] < 2:
            continue
        # where the link should land, and who says so: its parent link's section first (its
        # neighbours may be slips of the same kind: `#datasets`, `#papers` under each tracker)
        ranges: list[tuple[int, int, str]] = []
        above = _parent_link(landed, index, lines, by_line)
        if above is not None:
            if ends is None:
                ends = _section_ends(document)
            parent = at.get(landed[above][2], (0, ""))[0]
            if parent in ends:  # the section of the heading its parent link leads to
                said = "before it" if landed[above][0] == line else "its item is under"
                led = f"in the section of line {parent}, where the link {said} leads"
                ranges.append((parent, ends[parent], led))
        around = _around(landed, index, at)
        if around is not None:
            ranges.append((*around, "the links around it lead to"))
        for low, high, led in ranges:
            if low < target < high:
                break  # it lands where they say: no slip (its neighbours' or its parent's)
            at_lines, anchors_of = namesakes[slug]
            first = bisect.bisect_right(at_lines, low)
            last = bisect.bisect_left(at_lines, high, first)
            if last - first != 1:
                continue
            other, anchor = at_lines[first], anchors_of[first]
            if target < other and not any(text.strip() for text in lines[target : other - 1]):
                break  # it lands right above the one meant: the same place to read
            yield Finding(
                line,
                column,
                f"`#{fragment}` lands on the heading of that name on line {target}, not on the "
                f"one on line {other} {led}: that one is `#{anchor}`",
            )
            break


# what parts the links of a breadcrumb: `[Applications](#applications) / [数据库](#数据库)`
_CRUMB = lazy_re.compile(r"\)\s*(?:/|>|&gt;|›|»|→|\\|::|-+>)\s*\[")
_PARENT_READ = 64  # lines above one of a table of contents, at most, read for its parent


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t>"))


def _parent_link(
    landed: list[tuple[int, int, str]],
    index: int,
    lines: Sequence[str],
    by_line: Mapping[int, list[int]],
) -> int | None:
    """The link a link of a table of contents is written under: the link before it on its line
    (a breadcrumb, `[Applications](#applications) / [数据库](#数据库)`), or the one link of the
    nearest line above it indented less, with no blank line between (its list item's parent:
    `- [RGBE Tracking](#rgbe-tracking)` over `  - [Datasets](#datasets)`), where that link lands
    (``by_line``: the indices in ``landed`` of each line's links); None for one of neither, or
    where the parent's link lands nowhere (`+ [Articles](#articles)` with no such heading)."""
    line, column, _ = landed[index]
    if index > 0 and landed[index - 1][0] == line:
        between = lines[line - 1][landed[index - 1][1] - 1 : column - 1]
        return index - 1 if _CRUMB.search(between) else None  # not two links of a sentence
    indent = _indent(lines[line - 1])
    for above in range(line - 1, max(0, line - 1 - _PARENT_READ), -1):
        text = lines[above - 1]
        if not text.strip():
            return None  # the table of contents ends above
        if _indent(text) < indent:
            found = by_line.get(above, [])
            return found[0] if len(found) == 1 and text.count("](") == 1 else None
    return None


def _around(
    landed: list[tuple[int, int, str]], index: int, at: Mapping[str, tuple[int, str]]
) -> tuple[int, int] | None:
    """The lines of the headings the links before and after a link of a table of contents land
    on, where they are in order; None for a link in a sentence (its neighbours more than
    ``_CONTENTS_GAP`` lines away) or at either end of the page's links."""
    if not 0 < index < len(landed) - 1:
        return None
    line = landed[index][0]
    before, after = landed[index - 1], landed[index + 1]
    if line - before[0] > _CONTENTS_GAP or after[0] - line > _CONTENTS_GAP:
        return None  # a link in a sentence, not one of a table of contents
    low, high = at.get(before[2], (0, ""))[0], at.get(after[2], (0, ""))[0]
    return (low, high) if 0 < low < high else None


def _page_anchors(
    document: Document, context: Context, headings: list[tuple[int, str, str]]
) -> set[str]:
    """This page's anchors (``anchors``), its headings' read into ``headings`` on the way, for
    ``_other_of_its_name`` to read again."""
    headings += heading_anchors_of(document, context.analysis.html_headings)
    return anchors(document, headings=headings) | own_ids(document)


# a list item's marker: a heading written in one is a table of contents' line
_ITEM = lazy_re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])[ \t]+#{1,6}[ \t]")


def _leads_to_itself(
    document: Document, headings: Sequence[tuple[int, str, str]], line: int, fragment: str
) -> bool:
    """Whether a link is written in a heading of a list item (a contents line written as a
    heading, `- ##### [Acknowledgement](#acknowledgement)`) whose own anchor it is, where no
    HTML anchor of the page has that name (the section's `<a name>` is `acknowledgment`): the
    heading is the one place the anchor names, so the link lands on itself, never on the
    section. (Where an `<a name>` has it too, `- ##### [Updates](#updates)` over `## <a
    name="updates"></a> Updates`, which of the two GitHub's page scrolls to is its script's
    choice: not reported.) A heading that links its own anchor outside a list is a permalink,
    written so on purpose."""
    if _ITEM.match(document.source.lines[line - 1]) is None:
        return False
    if not any(at == line and anchor == fragment for at, _, anchor in headings):
        return False
    return fragment not in anchors(document, headings=())  # (its HTML anchors alone)


def _own_file_missing(path: str, other: str, found: LinkAt) -> Finding:
    """A link to a file of this repository by its address on GitHub that leads to none."""
    hint = f" (`{other}` is, in another case: GitHub's paths tell cases apart)" if other else ""
    return Finding(found.line, found.column, f"`{path}` is no file of this repository{hint}")


def _findings(
    document: Document,
    context: Context,
    missing: list[tuple[str, Finding]],
    written: set[int],
    files: list[str],
    landed: list[tuple[int, int, str]],
    headings: list[tuple[int, str, str]],
) -> Iterator[Finding]:
    """The findings of each link, in order; the links that land on this page's anchors go to
    ``landed``, and the page's headings' anchors, where read, to ``headings``."""
    known: set[str] | None = None
    meant: dict[str, str] | None = None
    in_tables: set[int] | None = None
    pages: dict[str, frozenset[str]] | None = None
    to_come: dict[int, bool] = {}  # whether a line says what it links is still to come
    addressed: list[Finding] = []  # links to this page by its address that land nowhere
    arrived = False  # whether one link to this page by its address lands on its headings
    own_missing = {url: (path, other) for url, path, other in context.facts.own_missing}
    told: set[tuple[int, str]] = set()  # own files missing, by line, reported there
    for found in context.analysis.links:
        url = as_browsers_read(found.url) if found.link.html else found.url
        if url.startswith(("https://", "http://")):
            if own_missing and found.url in own_missing:
                if not found.link.html and url_problem(found.url):
                    continue  # a malformed address in Markdown: AL104's finding (a browser
                    # reads an HTML link's space as `%20`, and its file must exist all the same)
                if (found.line, found.url) not in told:  # a row's notes and logs: one file
                    told.add((found.line, found.url))
                    yield _own_file_missing(*own_missing[found.url], found)
                continue
            # most links: a page on the web, neither an anchor nor a file here; but this page
            # linked by its address on GitHub (`https://github.com/o/r#reference-less`) lands on
            # its own headings
            fragment = (
                _own_fragment(url, context)
                if "#" in url and context.facts.repository and not context.facts.site
                else None
            )
            if fragment is not None:
                if known is None:
                    known = _page_anchors(document, context, headings)
                if _lands(fragment, known):
                    arrived = True
                else:
                    addressed.append(
                        Finding(
                            found.line,
                            found.column,
                            f"no heading or anchor `#{fragment}` on this page, which the address "
                            "links on GitHub",
                        )
                    )
            continue
        if not (found.link.text.strip() or found.link.image or found.link.badge or found.link.html):
            continue  # `### [](#iot)IOT`: a link that shows nothing, that no one can follow
        if found.link.html and _hidden_tag(document.source.lines[found.line - 1], found.url):
            continue  # GitHub's own heading anchor copied (`<a id="x" class="anchor" href="x"
            # aria-hidden="true">`): it shows nothing, no one follows it
        if url.startswith("./#") and is_readme(document.source.path):
            url = url[2:]  # this folder's page: GitHub shows this README, whose anchors these are
        if url.startswith("#") and len(url) > 1:
            if not url.strip("#") and _TOOLTIP.search(document.source.lines[found.line - 1]):
                continue  # `[*](## "a note")`: a tooltip shown on hover, a link to no anchor
                # (a `[Performance Prediction](##)` of a table of contents is a dead one)
            if "://" in url:
                continue  # another app's address (`#小程序://…`, a WeChat mini program): no anchor
            if found.line in context.analysis.contributor_lines:
                continue  # the all-contributors bot's emoji keys (`#code-user`) land nowhere
            if context.facts.site and context.facts.site != VITEPRESS:
                continue  # a site's page (Docusaurus, MkDocs): its generator makes its anchors
            if known is None:
                known = _page_anchors(document, context, headings)
                if context.facts.site:  # VitePress': its slugs, beside GitHub's
                    known |= vitepress_anchors(document)
            fragment = unquote(url[1:])
            if fragment in known and _leads_to_itself(document, headings, found.line, fragment):
                yield Finding(
                    found.line,
                    found.column,
                    f"`{url}` is the anchor of the heading this link is written in: it leads to "
                    "itself, not to the section it names",
                )
            elif fragment in known:
                landed.append((found.line, found.column, fragment))
            elif not _lands(fragment, known):
                if meant is None:
                    # (a VitePress page's anchors are its slugs, not GitHub's: no hint of them)
                    meant = {} if context.facts.site else _by_bare(known)
                anchor = meant.get(_bare(fragment))
                # a variation selector shows as nothing: written as a link writes it
                shown = anchor.replace("\ufe0f", "%EF%B8%8F") if anchor else ""
                hint = f" (GitHub's anchor of that heading is `#{shown}`)" if anchor else ""
                yield Finding(found.line, found.column, f"no heading or anchor `{url}` here{hint}")
            continue
        path = relative_target(url)
        if path is not None and path in context.facts.existing:
            written.add(found.line)
            files.append(path)
            if pages is None:
                pages = dict(context.facts.page_anchors)
            # `Readme.md/#…`: GitHub shows the file, a `/` after its name or not
            problem = _missing_on_page(url, pages.get(path.rstrip("/")))
            if problem:
                yield Finding(found.line, found.column, f"`{path}` has {problem}")
            continue
        if path is None or url_problem(url):
            continue
        if re.fullmatch(_PLACEHOLDER, path):
            if in_tables is None:
                in_tables = _entry_lines(document, context)
            if found.line not in in_tables:
                continue  # a template shown in prose (`Format : [Paper](paper_link)`)
            message = f"`{path}` does not exist: a template's placeholder left in the entry"
            yield Finding(found.line, found.column, message)
            continue
        if re.fullmatch(_TO_COME, path):
            continue  # `[MatSciKB](TBD)`: a link left to fill in, as `[Coming soon]()` is
        if found.line not in to_come:  # each line read once (a line may write thousands)
            to_come[found.line] = _said_to_come(document.source.lines[found.line - 1])
        if to_come[found.line]:
            continue  # `- [ ] [简历指南](./12-resume-guide.md) - 待创建`: a page still to write
        web = re.fullmatch(MAYBE_DOMAIN, path)
        hint = ", or is a web address without `https://`" if web else ""
        missing.append((path, Finding(found.line, found.column, f"`{path}` does not exist{hint}")))
    # a repository guessed from the links (no remote says it) is this page's only where one of
    # its sections linked lands here: a list that links another project's sections is no copy
    # of that project's README
    if arrived or not context.facts.linked_repository:
        yield from addressed


RULE = Rule(
    code="AL103",
    name="broken-anchor",
    summary="A link to a heading, anchor or file of the repository that does not exist",
    severity=Severity.ERROR,
    check=check,
    needs=frozenset({Need.FILES}),
)
