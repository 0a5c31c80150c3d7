"""cmark-gfm (GitHub's parser) as the test oracle for the tables awesome-lint reads."""

from __future__ import annotations

import re

import cmarkgfm

from awesome_lint.blocks import parse_blocks, walk
from awesome_lint.document import Document, Table
from awesome_lint.gfm import Align

# GitHub renders footnotes (a footnote's definition is a block of its own) and raw HTML
_OPTIONS = cmarkgfm.cmark.Options.CMARK_OPT_UNSAFE | cmarkgfm.cmark.Options.CMARK_OPT_FOOTNOTES
_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
# a footnote's reference is numbered by its place in the page: compared by its label alone
_FOOTNOTE_REFERENCE = re.compile(
    r'<sup class="footnote-ref"><a href="#fn-([^"]*)" id="[^"]*" data-footnote-ref>\d+</a></sup>'
)
_MARKER = {Align.NONE: "---", Align.LEFT: ":--", Align.RIGHT: "--:", Align.CENTER: ":-:"}


def github_html(text: str) -> str:
    """GitHub's page for ``text``, raw HTML included (a change inside it must show)."""
    return cmarkgfm.github_flavored_markdown_to_html(text, options=_OPTIONS)


def github_tables(text: str) -> list[str]:
    """The HTML of every Markdown table GitHub renders for ``text``, in document order (raw
    HTML left out, so that a `<table>` written in HTML is not taken for one)."""
    html = cmarkgfm.github_flavored_markdown_to_html(
        text, options=cmarkgfm.cmark.Options.CMARK_OPT_FOOTNOTES
    )
    return [_FOOTNOTE_REFERENCE.sub(r"[^\1]", table) for table in _TABLE.findall(html)]


_LEADING_CONTROL = re.compile(r"^[\v\f]+")


def _cell(text: str) -> str:
    # a vertical tab or form feed right after a pipe belongs to the pipe, so one that starts a
    # cell's text is written as a character reference, which renders as the character itself
    return _LEADING_CONTROL.sub(lambda match: "".join(f"&#{ord(c)};" for c in match[0]), text)


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def synthetic_table(table: Table) -> str:
    """Our reading of a table, written back as a plain table GitHub renders the same way."""
    width = table.width
    lines = [_line([cell.text for cell in table.header.cells])]
    lines.append(_line([_MARKER[align] for align in table.alignments]))
    for row in table.body:
        cells = [cell.text for cell in row.cells[:width]]
        lines.append(_line(cells + [""] * (width - len(cells))))
    return "\n".join(lines)


_LABEL = re.compile(r"\[\^([^\] \t\r\n\x00]+)\]:")


def _in_footnotes(document: Document) -> tuple[set[int], list[int]]:
    """The first lines of the tables written inside a footnote's definition: GitHub shows them
    only where the footnote is referenced, at the page's end, after every other table. Those
    of a footnote never referenced are left out (first set); those of one referenced come last
    (the list, in document order)."""
    parser = parse_blocks(document.source.lines)
    hidden: set[int] = set()
    shown: list[int] = []
    text = document.source.text
    for node in walk(parser.root):
        if node.kind != "footnote":
            continue
        tables = [child.line for child in walk(node) if child.kind == "table"]
        if not tables:
            continue
        label = _LABEL.search(document.source.lines[node.line - 1])
        written = f"[^{label.group(1)}]" if label else None
        referenced = written is not None and any(
            not text.startswith(":", at + len(written))
            # labels match in any case (cmark-gfm normalizes them as link labels)
            for at in (m.start() for m in re.finditer(re.escape(written), text, re.IGNORECASE))
        )
        hidden.update(tables)
        if referenced:
            shown.extend(tables)
    return hidden, sorted(shown)


def our_tables_as_github_renders_them(document: Document) -> list[str]:
    """Render our tables, cell by cell, with the document's link definitions in reach."""
    hidden, last = _in_footnotes(document)
    tables = [table for table in document.tables if table.line not in hidden]
    tables += [table for table in document.tables if table.line in last]
    synthetic = "\n\n".join(synthetic_table(table) for table in tables)
    text = document.source.text
    rendered = github_tables(synthetic + "\n\n\n" + text)
    return rendered[: len(tables)]


def assert_tables_match_github(document: Document) -> None:
    theirs = github_tables(document.source.text)
    ours = our_tables_as_github_renders_them(document)
    assert len(ours) == len(theirs), f"{len(ours)} tables read, GitHub renders {len(theirs)}"
    for index, (mine, github) in enumerate(zip(ours, theirs, strict=True)):
        assert mine == github, f"table {index + 1} differs"
