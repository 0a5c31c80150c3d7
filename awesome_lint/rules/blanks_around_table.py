"""AL003 blanks-around-table: a line GitHub takes into a table because no blank line ends it, or
(style "everywhere") no blank line between a table and the text before or after it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from awesome_lint import lazy_re
from awesome_lint.document import Document, Row, Table
from awesome_lint.gfm import DELIMITER_ROW, cell_count, is_blank
from awesome_lint.rule import (
    Context,
    Edit,
    Finding,
    FixPolicy,
    FixSafety,
    Rule,
    Severity,
    shortened,
)

_LIST_MARKER = frozenset("-+*.)0123456789")
_SHOWN = 40  # characters of a line quoted in a message, at most


def _continuation(prefix: str | None) -> str | None:
    """The prefix a blank line needs to stay inside the table's container (``>`` in a quote);
    None when the table opens its container, so there is no line before it to separate."""
    if prefix is None or any(char in _LIST_MARKER for char in prefix):
        return None
    return prefix.rstrip(" \t")


def _blank_in(line: str, continuation: str) -> bool:
    return is_blank(line) or (line.startswith(continuation) and is_blank(line[len(continuation) :]))


def _missing_blanks(document: Document, table: Table) -> Iterator[Finding]:
    """A finding for each side without a blank line, with the blank line that separates them;
    the fix door keeps only the insertions that leave GitHub's page as it was (a safe fix)."""
    lines = document.source.lines
    before = _continuation(table.header.prefix)
    if before is not None and table.line >= 2:
        previous = lines[table.line - 2]
        if previous.startswith(before) and not _blank_in(previous, before):
            yield Finding(
                table.line,
                table.header.column,
                "no blank line before the table",
                edits=(Edit(table.line - 1, table.line - 1, (before,), RULE.code),),
            )
    after = _continuation(table.rows[-1].prefix) or ""
    if table.end_line < len(lines):
        following = lines[table.end_line]
        if not _blank_in(following, after):
            inside = after if following.startswith(after) else ""
            last = table.rows[-1]
            yield Finding(
                last.line,
                last.column,
                "no blank line after the table",
                edits=(Edit(table.end_line, table.end_line, (inside,), RULE.code),),
            )


# a line of an ellipsis alone (`...`, `…`, `⋮`), bold or not
_ELLIPSIS = lazy_re.compile(r"[*_]*(?:\.{3,}|…+|⋮)[*_]*")

# a fence of a site generator's custom container (`:::`, VitePress, VuePress, Docusaurus)
_CONTAINER_FENCE = lazy_re.compile(r":{3,}(?:\s*\w[^|]*)?")

# a kramdown attribute list (`{: .table .table-bordered}`): a Jekyll site's classes for the table
_ATTRIBUTES = lazy_re.compile(r"\{:[^{}]*\}")


def _taken_in(table: Table) -> Iterator[Finding]:
    """Each line of text GitHub takes into the table (text written right under it, each line
    shown as one more row, its text in the first cell); a blank line before the first would end
    the table there. Not fixed: the blank line changes what GitHub shows, as it should."""
    for row in table.body[table.taken_in :]:
        text = row.raw.strip()
        if _ATTRIBUTES.fullmatch(text):
            continue  # the table's attributes for a site's kramdown, written under it on purpose
        if _CONTAINER_FENCE.fullmatch(text):
            continue  # the end of a site generator's custom container (VitePress' `::: details`)
        if _ELLIPSIS.fullmatch(text):
            continue  # `...` under the last row: a row of "more to come", shown as meant
        shown = shortened(text, _SHOWN)
        yield Finding(
            row.line,
            row.column,
            f"`{shown}` has no `|` but GitHub shows it as a row of the table above; "
            "a blank line before it ends the table",
            end_column=row.column + len(row.raw),
        )


# a table's delimiter row (`|:---|:---:|`), with at least one pipe
_DELIMITER = lazy_re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*|\s*\|\s*:?-+:?\s*\|\s*")


def _parted(document: Document) -> Iterator[Finding]:
    """A table's header and its delimiter row parted by a blank line: GitHub shows no table,
    the header and the rows as text (one finding, at the delimiter row)."""
    lines = document.source.lines
    text_lines = {
        part.line for block in document.blocks if block.kind == "paragraph" for part in block.lines
    }
    for number in sorted(text_lines):
        delimiter = lines[number - 1]
        if "-" not in delimiter or not _DELIMITER.fullmatch(delimiter):
            continue
        header = number - 1
        while header >= 1 and is_blank(lines[header - 1]):
            header -= 1
        if header == number - 1 or header < 1 or header not in text_lines:
            continue  # no blank line between them, or no text above
        above = lines[header - 1]
        if "|" in above and cell_count(above) == cell_count(delimiter):
            yield Finding(
                number,
                1,
                f"a blank line parts this delimiter row from its table's header (line {header}): "
                "GitHub shows no table; remove the blank line",
            )


# a delimiter row's cell as tables are written: three dashes or more (`| - |` is a mark of none)
_DELIMITER_CELL = lazy_re.compile(r":?-{3,}:?")


def _delimiter_row(row: Row) -> bool:
    """Whether a body row is written as a delimiter row is (`|----------|------|`), as
    cmark-gfm scans one (``DELIMITER_ROW``), each cell three dashes or more."""
    return DELIMITER_ROW.fullmatch(row.raw.strip()) is not None and all(
        _DELIMITER_CELL.fullmatch(text) for text in row.texts
    )


def _swallowed(table: Table) -> Iterator[Finding]:
    """A header and its delimiter row written right under a table's rows, with no blank line
    before them (the next table of a section, `| 榜单名称 | 文件 | 说明 |` then
    `|----|----|----|`; a header written again): GitHub reads them into the table above, as a
    row of the header's words and a row of dashes, and the rows after them as that table's.
    Reported at the header, where it has the delimiter row's cells and links nothing (a row of
    an entry above a stray delimiter row is the table's own)."""
    body = table.body[: table.taken_in]
    for above, row in pairwise(body):
        if not _delimiter_row(row) or len(above.texts) != len(row.texts):
            continue
        if "](" in above.raw or "<a " in above.raw.casefold() or not any(above.texts):
            continue  # an entry's row, or an empty one: no header
        shown = shortened(above.raw.strip(), _SHOWN)
        if [text.casefold() for text in above.texts] == [
            text.casefold() for text in table.header.texts
        ]:
            said = (
                f"`{shown}` repeats the table's header, and line {row.line} its delimiter row: "
                "GitHub shows them as rows of the table; delete them, or start another table "
                "with a blank line before this line"
            )
        else:
            said = (
                f"`{shown}` and the delimiter row under it (line {row.line}) start another "
                "table, but GitHub shows them as rows of the table above; a blank line before "
                "this line starts the table"
            )
        yield Finding(above.line, above.column, said, end_column=above.column + len(above.raw))


# a thematic break between a table and a row left after it (`---`, `***`, `___`)
_BREAK = lazy_re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")


# rows of the table's width, at least, in a paragraph after it that does not start with one (a
# label's line, `| **Terminals** |`, then the rows of its group), half its lines at least
_LEFT_ROWS = 2
# a cell that starts with a link (`[Fig](…)`, `**[Fig](…)**`, `![logo](…)`, `<a href=…>`)
_LINKED_CELL = lazy_re.compile(r"[*_~]*!?\[|<a\b", re.IGNORECASE)


def _left_behind(document: Document) -> Iterator[Finding]:
    """Rows written after a table but parted from it by a blank line or a thematic break: no
    header above them, GitHub shows them as text with their pipes (one finding at each row of
    such paragraphs, and on along rows left behind the same way after those). A paragraph of the
    table's container is such rows where its first line is one, or where two of its lines are
    and half of them. Where the table writes no outer pipes (`[Fig](…) | Autocomplete`), only
    so, and only where the table's rows start with a link and these do too: a line of prose or
    a legend may hold a `|` (`✅ supported | ❌ unsupported`)."""
    lines = document.source.lines
    paragraphs = {block.line: block for block in document.blocks if block.kind == "paragraph"}
    for table in document.tables:
        end = table.end_line
        outer: bool | None = None  # read where a paragraph follows (most tables: none)
        parting: list[int] = []  # every line between the table and the rows, blank or a break
        while True:
            number = end + 1
            while number <= len(lines) and (
                is_blank(lines[number - 1]) or _BREAK.fullmatch(lines[number - 1])
            ):
                number += 1
            block = paragraphs.get(number)
            if number == end + 1 or block is None:
                break  # the table runs on, or no paragraph follows its blank lines
            if outer is None:
                outer = _outer_pipes(table)
                if not (outer or _rows_linked(table)):
                    break
            container = lines[table.line - 1][: table.header.column - 1].strip()
            if lines[number - 1][: block.lines[0].column - 1].strip() != container:
                break  # a quote's or a list item's text after a table outside it
            rows = [
                part
                for part in block.lines
                if _a_row(part.text, table.width, outer)
                and (outer or _LINKED_CELL.match(part.text.lstrip()) is not None)
            ]
            if not (
                (outer and rows[:1] == list(block.lines[:1]))
                or (len(rows) >= _LEFT_ROWS and 2 * len(rows) >= len(block.lines))
            ):
                break
            parting.extend(range(end + 1, number))
            said = _parting(lines, parting)
            for part in rows:
                if not _navigation(part.text):
                    yield Finding(
                        part.line,
                        1,
                        f"this row is parted from the table above (line {table.line}) by "
                        f"{said}: GitHub shows it as text, pipes and all; write it in the table",
                    )
            end = block.lines[-1].line


def _rows_linked(table: Table) -> bool:
    """Whether a table's rows start with a link, half of them at least (`[Fig](…) | …`)."""
    rows = table.body[: table.taken_in]
    starts = sum(1 for row in rows if _LINKED_CELL.match(row.raw.lstrip(" \t|")) is not None)
    return bool(rows) and 2 * starts >= len(rows)


def _parting(lines: Sequence[str], between: Sequence[int]) -> str:
    """What parts rows from their table, and where (`the blank lines at lines 60-61`, `the
    blank line and `***` at lines 4-5`): every line between them that is blank or a break,
    to be mended at once."""
    blanks = sum(1 for number in between if is_blank(lines[number - 1]))
    breaks = dict.fromkeys(
        lines[number - 1].strip() for number in between if not is_blank(lines[number - 1])
    )
    said = [("the blank lines" if blanks > 1 else "the blank line")] if blanks else []
    said.extend(f"`{written}`" for written in breaks)
    what = " and ".join(said) if blanks else "the " + " and ".join(said)
    return f"{what} at {_line_numbers(between)}"


def _line_numbers(numbers: Sequence[int]) -> str:
    """`line 4`, `lines 60-61`, `lines 4, 6-7`: line numbers in order, runs joined."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    written = [str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs]
    return f"line {written[0]}" if len(numbers) == 1 else "lines " + ", ".join(written)


# a cell of one link (or none): `[Go to Table of Contents](#table)`
_ONE_LINK = lazy_re.compile(r"\s*(?:\[[^\[\]]*\]\([^()\s]*\)\s*)?")


def _navigation(line: str) -> bool:
    """Whether a line of pipes is a bar of links that leads about the page (`| [Go to Table of
    Contents](#table) | [Affiliate Disclosure](…) |` after a `---`): each cell one link, one of
    them to a heading of the page. Written so, it reads as buttons, not as a row that lost its
    table."""
    cells = line.strip().strip("|").split("|")
    return "](#" in line and all(_ONE_LINK.fullmatch(cell) for cell in cells)


def _outer_pipes(table: Table) -> bool:
    """Whether a table writes its rows between outer pipes (`| … | … |`), half of them at least
    (its header aside: `| Tool | Description |` above rows of `[Fig](…) | Autocomplete`)."""
    rows = table.body[: table.taken_in] or (table.header,)
    return 2 * sum(1 for row in rows if row.raw.lstrip().startswith("|")) >= len(rows)


def _a_row(line: str, width: int, outer: bool = True) -> bool:
    """Whether a line is written as a row of a table of ``width`` columns (`| … | … |`; where the
    table writes no outer pipes, `… | …` too)."""
    text = line.strip()
    if text[:1] == text[-1:] == "|":
        return cell_count(text) == width
    return not outer and "|" in text and cell_count(text) == width


def check(document: Document, context: Context) -> Iterator[Finding]:
    everywhere = context.option(RULE, "style") == "everywhere"
    yield from _parted(document)
    yield from _left_behind(document)
    for table in document.tables:
        yield from _swallowed(table)
        yield from _taken_in(table)
        if everywhere:
            yield from _missing_blanks(document, table)


RULE = Rule(
    code="AL003",
    name="blanks-around-table",
    summary="A line is taken into a table for want of a blank line (or, by option, any table "
    "without blank lines around it)",
    severity=Severity.ERROR,
    check=check,
    fix=FixPolicy(FixSafety.SAFE),
    options={"style": "needed"},
    choices={"style": ("needed", "everywhere")},
)
