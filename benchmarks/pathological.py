"""`awesome-lint check` (or `fix`) on hostile inputs of up to 100 KB: seconds each, against a 2 s
target.

Deep nesting, long lazy runs, thousands of columns, thousands of tables, raw HTML. Each input
is checked in a process of its own (`python -m awesome_lint check FILE`), so a crash, a
RecursionError or a hang of one does not stop the others. `--source` runs another checkout
(e.g. an older commit, from `git worktree add` or `git archive`) for a before/after figure.

    python benchmarks/pathological.py
    python benchmarks/pathological.py --runs 3  # the fastest of three, on a busy machine
    python benchmarks/pathological.py --source /tmp/awesome-lint-main --timeout 120
    python benchmarks/pathological.py --command fix  # rewrites each input: time and growth
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
LIMIT = 100_000  # bytes per input
TARGET = 2.0  # seconds
GROWTH = 16.0  # times an input's size, at most, that `fix` may write it as


def _fill(head: str, unit: str, tail: str = "") -> str:
    """``head``, then ``unit`` as often as fits in LIMIT with ``tail``."""
    count = max(0, (LIMIT - len(head) - len(tail)) // max(len(unit), 1))
    return head + unit * count + tail


def _nested_quotes() -> str:
    depth = LIMIT // 2 // 3
    return "> " * depth + "| a |\n" + "> " * depth + "|---|\n"


def _nested(item: str) -> tuple[str, int]:
    """List items nested ever deeper, ``item`` each, as many as fit in LIMIT; and the depth."""
    lines: list[str] = []
    size = 0
    depth = 0
    while size < LIMIT:
        line = "  " * depth + item
        lines.append(line)
        size += len(line)
        depth += 1
    return "".join(lines), depth


def _nested_lists() -> str:
    return _nested("- item\n")[0]


def _blank_lines_in_nested_items() -> str:
    items = "".join("  " * depth + "- item\n" for depth in range(150))
    return _fill(items, "\n \n")


def _nested_mixed() -> str:
    return _fill("> > - > - > item\n", "unindented line\n")


def _wide_table() -> str:
    columns = LIMIT // 2 // 4
    header = "|" + " h |" * columns + "\n"
    return header + "|" + "---|" * columns + "\n" + "| x |\n" * 200


def _short_rows() -> str:
    columns = 2000
    head = "|" + "h|" * columns + "\n" + "|" + "-|" * columns + "\n"
    return _fill(head, "x\n")


def _values_written_two_ways() -> str:
    """A column of thousands of values, each three times as `k1` and once as `K1`."""
    head = "| Name | Status |\n| - | - |\n"
    rows = (f"| x | {value} |\n" for i in range(LIMIT) for value in (f"k{i}",) * 3 + (f"K{i}",))
    return _within(head, rows)


def _one_value_written_every_way() -> str:
    """One value written in thousands of ways: `a-b.c_d…`, its letters apart in every way."""
    head = "| Name | Status |\n| - | - |\n"
    word = "abcdefghijkl"
    separators = itertools.product(("", "-", "_", "."), repeat=len(word) - 1)
    rows = (
        f"| n{i} | {word[0]}{''.join(map(''.join, zip(apart, word[1:], strict=True)))} |\n"
        for i, apart in enumerate(separators)
    )
    return _within(head, rows)


def _within(head: str, rows: Iterable[str]) -> str:
    """``head``, then as many of ``rows`` as fit in LIMIT."""
    parts = [head]
    size = len(head)
    for row in rows:
        size += len(row)
        if size > LIMIT:
            break
        parts.append(row)
    return "".join(parts)


def _long_name(number: int) -> str:
    """An 80-character name that writes no word of its link and shares few letters' places."""
    letters = random.Random(number)
    return "".join(letters.choice("qwxzvkjy") for _ in range(78)) + f"{number % 100:02}"


def _long_names_two_to_a_link() -> str:
    """Entries of 80-character names, two to a link, in one section."""
    items = (f"- [{_long_name(i)}](https://github.com/o/p{i // 2})\n" for i in range(LIMIT))
    return _within("# List\n\n## Section\n\n", items)


def _long_names_in_sections() -> str:
    """Entries of 80-character names, twenty to a link, each in a section of its own."""
    sections = (
        f"## S{i}\n\n- [{_long_name(i)}](https://github.com/o/p{i // 20})\n\n" for i in range(LIMIT)
    )
    return _within("# List\n\n", sections)


def _many_tables() -> str:
    return _fill("", "| a | b |\n|---|---|\n| 1 | 2 |\n\n")


def _many_items() -> str:
    return _fill("", "- [name](https://example.com/x) - a description\n")


def _one_name_in_every_section() -> str:
    # AL201/AL202 compare an entry with the earlier ones of its link or name: one of each in
    # thousands of sections must not make that a quadratic walk
    parts: list[str] = []
    size = 0
    for index in range(LIMIT):
        part = f"## Section {index}\n\n- [x](https://a.io/{index % 3}) - y\n\n"
        if size + len(part) > LIMIT:
            break
        parts.append(part)
        size += len(part)
    return "".join(parts)


def _html_blocks() -> str:
    return _fill("", '<div\tclass="x">\n| a |\n|---|\n\n<PRE>\n| b |\n</pre>\n\n')


def _lazy_quote_paragraph() -> str:
    return _fill("> " * 200 + "para\n", "a | b\n")


def _long_tag_line() -> str:
    return _fill("<a", " b=c", "\n")


def _long_line_of_pipes() -> str:
    return _fill("", "|", "\n|-|\n")


def _definitions() -> str:
    return _fill("", "[x]: https://example.com/x\n")


def _unclosed_brackets() -> str:
    return _fill("| a |\n|---|\n| ", "[", " |\n")


def _nested_links() -> str:
    depth = (LIMIT - 3) // 5
    return "- " + "[" * depth + "x" + "](u)" * depth + "\n"


def _venues_slipped() -> str:
    """Two tables of one column name: 1,000 venues written six times in the first, each with two
    neighbouring letters swapped twice in the second (AL006 reads each slip across tables)."""
    letters = random.Random(7)
    words = ["".join(letters.choice("bcdfghklmnprst") for _ in range(8)) for _ in range(1000)]
    first = "".join(
        f"| P{i} | {word} Conf | x |\n" for i, word in enumerate(words) for _ in range(6)
    )
    second = "".join(
        f"| T{i} | {word[0]}{word[2]}{word[1]}{word[3:]} Conf | 2024 |\n"
        for i, word in enumerate(words)
        for _ in range(2)
    )
    return (
        "# List\n\n| Name | Venue | Code |\n| --- | --- | --- |\n"
        + first
        + "\n| Title | Venue | Year |\n| --- | --- | --- |\n"
        + second
    )


def _phrases_a_letter_apart() -> str:
    """A column of 5,000 phrases, each written once, `Motion Pabcdefg` and the like: every one
    a letter off hundreds of others of one shape (AL006 files each beside the ones it may slip
    from, and compares it with a few at most)."""
    letters = random.Random(11)
    rows = (
        f"| P{i} | Motion P{''.join(letters.choice('abcdefgh') for _ in range(6))}g Tuning |\n"
        for i in range(5_000)
    )
    return "# List\n\n| Name | Task |\n| --- | --- |\n" + "".join(rows)


def _long_words_cut_short() -> str:
    """Cells of a run of 30,000 letters and one more word, written whole three times and once
    cut short: AL006 reads the last word of the rare one, not the run from each of its
    letters (a search from each start took seconds)."""
    run = "a" * 30_000
    rows = [f"| W{i} | {run} Server |\n" for i in range(3)] + [f"| C | {run} Serve |\n"]
    return "# List\n\n| Name | System |\n| --- | --- |\n" + "".join(rows)


def _nested_images() -> str:
    depth = (LIMIT - 3) // 6
    return "- " + "![" * depth + "x" + "](u)" * depth + "\n"


def _reference_links() -> str:
    return _fill("- ", "[a]", "\n\n[a]: /u\n")


def _unclosed_targets() -> str:
    return _fill("", "[a](", "\n")  # found by fuzzing: 40 KB of it took 17 s


def _badges_two_to_a_link() -> str:
    """A table whose stars badges each link a repository two rows write (each the page of one
    of them): AL201's copied-link check compares every pair."""
    rows = (
        f"| [p{i}x{i % 2}](https://github.com/o{i // 2}/p{i}x{i % 2}) | [![s](https://img."
        f"shields.io/github/stars/o{i // 2}/p{i // 2}x0)](https://github.com/o{i // 2}/"
        f"p{i // 2}x0/stargazers) | d |\n"
        for i in range(LIMIT)
    )
    return _within("| Name | Stars | Description |\n| - | - | - |\n", rows)


def _links_beside_other_badges() -> str:
    """One row of repositories' links, each beside the stars badge of another repository, the
    row's words naming both, each link another row's: AL201 reads a row's link-and-badge pairs
    at odds (its words read once, not once a pair)."""
    head = "| Name | Code |\n| - | - |\n| [b0](https://github.com/a/b0) | x |\n| b0 d0 | "
    unit = "[x](https://github.com/a/b0) ![s](https://img.shields.io/github/stars/c/d0) "
    return _fill(head, unit, "|\n")


def _sources_two_rows_each() -> str:
    """A table named by its links' texts under a `Source` column, each corpus two rows' (a
    language pair each): AL201 asks of each pair whether a first column of kinds keys them."""
    rows = (
        f"| Lang-{i % 50} | {i}k | [Corpus{i // 2}](https://corpus{i // 2}.example.org/data/) |\n"
        for i in range(LIMIT)
    )
    return _within("| Language(s) | Size | Source |\n| --- | --- | --- |\n", rows)


def _cards_of_their_own_fields() -> str:
    """Thousands of card tables (two columns, a field a row), each of fields of its own, two
    fields of each linking one page: AL201 asks which tables are cards."""
    cards = (
        f"| Item | Info |\n| - | - |\n| Name{i} | d{i} |\n| Size{i} | {i} |\n"
        f"| Location{i} | https://x.io/{i} |\n| Docs{i} | https://x.io/{i} |\n\n"
        for i in range(LIMIT)
    )
    return _within("", cards)


def _wide_table_of_blanks() -> str:
    """A table of 390 columns, each leaving one cell empty of 40: AL004 asks, for each such
    column, whether another column's titles (`Name: …`) give its values."""
    columns, rows = 390, 40
    words = ("al", "be", "ga", "de", "ep", "ze", "et", "th", "io", "ka", "la")
    header = "| Name |" + "|".join(f" Field {column} " for column in range(1, columns)) + "|\n"
    rule = "|" + "---|" * columns + "\n"
    body = "".join(
        f"|[P{row}](https://github.com/a/p{row})|"
        + "|".join(
            ""
            if (column * 7 + row) % rows == 0
            else f"{words[column * row % 11]} {words[(column + row) % 11]}"
            for column in range(1, columns)
        )
        + "|\n"
        for row in range(rows)
    )
    return header + rule + body


def _titles_in_every_other_column() -> str:
    """A table of 1,600 columns, every other one of titles (`X1: …`) whose names the columns
    between write in half their rows, each of those one cell empty of ten: AL004 asks, for each
    empty cell, which column titles its column's names."""
    columns, rows = 1600, 10
    words = ("al", "be", "ga", "de", "ep", "ze", "et", "th", "io", "ka", "la")
    header = "| Name |" + "|".join(f" T{column} " for column in range(1, columns)) + "|\n"
    rule = "|" + "---|" * columns + "\n"

    def cell(row: int, column: int) -> str:
        if column % 2:
            return f"X{row % 3}: {words[column * row % 11]}"
        if (column * 7 + row) % rows == 0:
            return ""
        return f"X{row % 3}" if row % 2 else words[(column + row) % 11]

    body = "".join(
        f"|[P{row}](https://github.com/a/p{row})|"
        + "|".join(cell(row, column) for column in range(1, columns))
        + "|\n"
        for row in range(rows)
    )
    return header + rule + body


def _nested_name_items() -> str:
    items, depth = _nested("- Name:\n")
    return items + "  " * depth + "- Link: https://x.io/a\n"


def _tables(count: int, table: Callable[[int], str]) -> str:
    """``count`` tables, each after a blank line: ``table(i)`` writes the ``i``-th."""
    return "".join(f"\n{table(i)}" for i in range(count))


CASES: dict[str, Callable[[], str]] = {
    "nested quotes (16,000 deep)": _nested_quotes,
    "nested list items": _nested_lists,
    "quotes and lists, then lazy lines": _nested_mixed,
    "blank lines under 150 nested items": _blank_lines_in_nested_items,
    "one list item, lazy lines": lambda: _fill("- item\n", "lazy line\n"),
    "a table of 12,500 columns": _wide_table,
    "a cell of unclosed links and backticks": lambda: _fill(
        "| a | b |\n| - | - |\n| x | ", "`](https://a", " |\n"
    ),
    "a cell of nested open parentheses": lambda: _fill(
        "| a | b |\n| - | - |\n| x | ", "](https://a(", " |\n"
    ),
    "a cell of links whose texts hold emphasis": lambda: _fill(
        "| Name | Code |\n| - | - |\n| x | ", "[*a*](u) ", " |\n"
    ),
    "a column of values each written two ways": _values_written_two_ways,
    "5,000 phrases, each a letter off hundreds of others": _phrases_a_letter_apart,
    "a run of 30,000 letters, once cut short": _long_words_cut_short,
    "one value written in thousands of ways": _one_value_written_every_way,
    "80-character names, two to a link": _long_names_two_to_a_link,
    "80-character names, 20 to a link, report": _long_names_in_sections,
    "2,000 columns, short rows": _short_rows,
    "thousands of tables": _many_tables,
    "thousands of list entries": _many_items,
    "one name and link in every section": _one_name_in_every_section,
    "raw HTML blocks": _html_blocks,
    "a deep quote's lazy paragraph": _lazy_quote_paragraph,
    "one HTML tag of 25,000 attributes": _long_tag_line,
    "a srcset of 25,000 candidates and commas": lambda: _fill(
        '<picture><source srcset="', "a.png 1x,, ", '"></picture>\n'
    ),
    "a table cell's srcset of commas alone": lambda: _fill(
        '| a | b |\n| - | - |\n| x | <source srcset="', ",", '"> |\n'
    ),
    "a line of 100,000 pipes": _long_line_of_pipes,
    "a row pointing on through 90,000 dots": lambda: (
        "| Company | Product | Spec | Notes |\n| --- | --- | --- | --- |\n"
        + "".join(f"| C{i} | [P](https://p{i}.example) | IS-04 | n |\n" for i in range(9))
        + "| Bad | see a"
        + "." * 90_000
        + "b | | |\n"
    ),
    "1,000 venues, each slipped in another table": _venues_slipped,
    "link reference definitions": _definitions,
    "unclosed brackets in a cell": _unclosed_brackets,
    "HTML rows never closed": lambda: _fill("<table>\n", "<tr><td>x</td>\n"),
    "HTML links never closed": lambda: _fill(
        "<table>\n<tr>\n", '<a href="https://x.io">x\n', "</tr>\n"
    ),
    "an HTML tag's value never ended": lambda: _fill("<table>\n<tr><a href=", "x", "</tr>\n"),
    "thousands of HTML rows": lambda: _fill(
        "<table>\n", '<tr><td><a href="https://x.io">x</a></tr>\n'
    ),
    "HTML headings never closed": lambda: _fill("- [a](https://x.io)\n\n<div>\n", "<h2>x", "\n"),
    "nested name items": _nested_name_items,
    "390 columns, each one cell empty": _wide_table_of_blanks,
    "titles in every other of 1,600 columns": _titles_in_every_other_column,
    "stars badges, two rows to a link": _badges_two_to_a_link,
    "a row of links, each beside another's badge": _links_beside_other_badges,
    "a source's parts, two rows to a link": _sources_two_rows_each,
    "thousands of cards, each of its own fields": _cards_of_their_own_fields,
    "figures and blanks in a leaderboard's two rows": lambda: (
        "| Method | Setting | Score |\n|---|---|---|\n"
        + "".join(f"| [M{i}](https://m.io/{i}) | A | {i}.5 |\n" for i in range(12))
        + "| [X](https://x.io/p) | A | "
        + "1 " * 25_000
        + "x |\n"
        + "| [X](https://x.io/p) | B | "
        + "1 " * 25_000
        + "y |\n"
    ),
    "figures and blanks in two rows of one name and link": lambda: (
        "| Name | Plan | Price |\n|---|---|---|\n"
        + "| [X](https://x.io/p) | A | "
        + "1 " * 25_000
        + "x |\n"
        + "| [X](https://x.io/p) | A | "
        + "1 " * 25_000
        + "y |\n"
    ),
    "a repository under two owners, its stars a blank run": lambda: (
        "|#|Repository|Description|Stars|\n|:-:|:-|:-|-:|\n"
        + "".join(
            f"|{rank}|[{owner}/graphify](https://github.com/{owner}/graphify)|Turn any folder "
            f"of code, docs or papers into a queryable knowledge graph|1{' ' * 45_000}{end}|\n"
            for rank, owner, end in ((1, "a", "x"), (2, "b", "y"))
        )
    ),
    "a long blank run in brackets": lambda: _fill(
        "| N | C |\n|---|---|\n| [(a",
        " ",
        "x)](https://x.io) | c |\n| [(a x)](https://x.io) | d |\n",
    ),
    # inline spans are still read by mistletoe, whose span parser is neither linear nor
    # iterative: these three are known to fail (see the closing note of issue 13)
    "nested links in a list item": _nested_links,
    "nested images in a list item": _nested_images,
    "33,000 reference links in an item": _reference_links,
    "link targets never closed": _unclosed_targets,
    "a heading of 100,000 spaces": lambda: "## H" + " " * 100_000 + "x ##\n\n- [a](#h)\n",
    "values of 20,000 spaces between two words": lambda: (
        "| Name | Kind |\n| - | - |\n"
        + "".join(f"| [n{i}](https://x.io/{i}) | a{' ' * 20_000}b |\n" for i in range(5))
    ),
    "a README of 400,000 `![` beside a page": lambda: "# Page\n\n| a | b |\n| - | - |\n| x | y |\n",
    "20,000 fragments of a folder of 20,000 files": lambda: (
        "# x\n\n" + "".join(f"- [a{i}](big/#s{i})\n" for i in range(20_000))
    ),
    "two sections of 20,000 items written alike, three links": lambda: (
        "# x\n\n"
        + "".join(
            f"## {part}\n\n"
            + "".join(f"- [a](https://x.io/{i % 3}) - same.\n" for i in range(20_000))
            for part in ("A", "B")
        )
    ),
    "4,000 tables of one header, a venue in bold in each": lambda: "".join(
        f"## T{i}\n\n| Title | Venue | Year |\n| --- | --- | --- |\n| P{i}a | **CVPR** | 2020 |\n"
        + "".join(f"| P{i}{c} | CVPR | 2020 |\n" for c in "bcde")
        + "\n"
        for i in range(4_000)
    ),
    "4,000 tables of headers of their own in one section, sharing two links": lambda: (
        "## T\n\n"
        + "".join(
            f"| A{i} | B{i} | C{i} | D{i} |\n| --- | --- | --- | --- |\n"
            f"| x | y | z | [w](https://e.org/{i % 2}) |\n\n"
            for i in range(4_000)
        )
    ),
    "a cell of 20,000 video addresses run together": lambda: (
        "| Talk | Video |\n| --- | --- |\n"
        + "".join(
            f"| t{i} | https://www.bilibili.com/video/BV{i} "
            + "https://youtube.com/watch?&a" * 20_000
            + " |\n"
            for i in range(2)
        )
    ),
    "a cell of 30,000 badges, each counting one repository and linking another": lambda: (
        "| Name | Code |\n| --- | --- |\n| x | "
        + " ".join(
            f"[![s](https://img.shields.io/github/stars/a/b{i})](https://github.com/c/d{i})"
            for i in range(30_000)
        )
        + " |\n| [d](https://github.com/c/d5) | y |\n"
    ),
    "8,000 papers written over three lines each": lambda: (
        "## 2026\n\n"
        + "".join(
            f'- **P{i}:** A. Author.<br />\n"A title of paper {i % 7} of some length." V (2026).\n'
            f"[[paper](https://arxiv.org/abs/2601.{i % 50:05d})]\n[2026.0{i % 9 + 1}]\n\n"
            for i in range(8_000)
        )
    ),
    "4,000 values, each spaced after its comma three times and once not": lambda: (
        "| Name | Modality | Task |\n| --- | --- | --- |\n"
        + "".join(
            f"| [M{k}.{n}](https://example.com/{k}/{n}) | "
            + f"q{k}{''.join('-a' if k >> bit & 1 else '+a' for bit in range(13))}"
            + (", " if n < 3 else ",")
            + f"z{k} | VQA |\n"
            for k in range(4_000)
            for n in range(4)
        )
    ),
    "a rare spelling beside an address of 20,000 starts": lambda: (
        "| Name | Free | Note |\n| --- | --- | --- |\n"
        + "".join(f"| n{i} | Yes | ok |\n" for i in range(10))
        + "| n99 | yes | "
        + "https://a" * 20_000
        + "] |\n"
    ),
    "a link of 64,000 spaces in a column of links": lambda: (
        "| Name | Language |\n| --- | --- |\n| [a](https://a.io) |  |\n"
        + "| [b](https://b.io) | [x]("
        + " " * 64_000
        + "y |\n"
        + "".join(f"| [n{i}](https://n{i}.io) | [Go](https://go.dev) |\n" for i in range(20))
    ),
    "addresses between `<` and `>` of 50,000 names": lambda: (
        "| Name | Site |\n| - | - |\n"
        + "".join(f"| n{i} | <{'a.' * 50_000}{'>' if i % 2 else ''} |\n" for i in range(4))
        + "\n<"
        + "1." * 50_000
        + "\n"
    ),
    "2,500 pairs of rows sharing a home page written out": lambda: (
        "| # | Name | Web |\n| --- | --- | --- |\n"
        + "".join(f"| {i} | Name{i} | https://example{i // 2}.com/ |\n" for i in range(5_000))
    ),
    "3,100 rows named in words, no link in the table": lambda: (
        "| Name | Region | Status | Notes |\n| --- | --- | --- | --- |\n"
        + "".join(f"| Game {i} | EU | ok | n{i} |\n" for i in range(3_100))
    ),
    "540 tables of one header, each a row short beside one full": lambda: _tables(
        540,
        lambda i: (
            "| N | T | P | A | S |\n| - | - | - | - | - |\n"
            f"| m{i} | [G](https://g.io/{i}) | [H](https://h.io/{i}) | [A](https://a.io/) | x |\n"
            f"| n{i} | [H](https://h.io/n{i}) | [A](https://a.io/) | x |\n"
        ),
    ),
    "6,000 rows of a count column, half of them a name and its count alone": lambda: (
        "| Name | Description | Stars |\n| --- | --- | --- |\n"
        + "".join(f"| n{i} | description {i} | {i * 7} |\n" for i in range(6_000))
        + "".join(f"| m{i} | {i * 3} |\n" for i in range(6_000))
    ),
    # (each header's like headers, one column apart, were once sought among all headers:
    # quadratic, 1.8 s; 0.7 s by an index of the headers' names)
    "3,000 tables of 1,500 headers, each a row short": lambda: _tables(
        3_000,
        lambda i: (
            f"| M | V | T{i % 1500} | TF | PT |\n| - | - | - | - | - |\n"
            f"| m{i} | b | [x](https://e.org/{i}) | c |\n"
        ),
    ),
    "a column of 5,000 addresses and cells of 100,000 dots and letters": lambda: (
        "| Name | URL |\n| --- | --- |\n"
        + "".join(f"| r{i} | https://e{i}.org/x |\n" for i in range(5_000))
        + "| z | "
        + "a." * 50_000
        + "com/x |\n| y | "
        + "ab" * 100_000
        + ".com/ |\n"
    ),
    # (each link to a heading of a name 4,000 headings share once read every heading: 1.7 s;
    # now 0.7 s)
    "4,000 breadcrumbs to headings of one name": lambda: (
        "| a |\n| - |\n"
        + "".join(f"| [S{i}](#s{i}) / [Same](#same) |\n" for i in range(4_000))
        + "\n"
        + "".join(f"## S{i}\n\n### Same\n\n- x\n\n" for i in range(4_000))
    ),
    # (`fix` once padded every row to the cell: 90 MB written, 886× the input; now compact)
    "a cell of 90,000 columns over 1,000 rows": lambda: (
        "| a | b |\n|---|---|\n| "
        + "w" * 90_000
        + " | x |\n"
        + "".join(f"| {i} | x |\n" for i in range(1_000))
    ),
    # (the columns that number a table's rows were once read again for each pair: 1 min 42 s)
    "5,000 pairs of rows of one name and link, apart in a figure alone": lambda: (
        "| Name | Price | Year |\n| --- | --- | --- |\n"
        + "".join(
            f"| [T{i}](https://e.co/{i}) | {(i * 37 + half * 11) % 100} | {i} |\n"
            for i in range(5_000)
            for half in (0, 1)
        )
    ),
}

# a file beside the input of the cases that name it: the README another page of a repository
# takes its license from (read for a license heading or badge), text from strangers too
BESIDE = {
    "a README of 400,000 `![` beside a page": (
        "README.md",
        "![" * 400_000 + "\n" + "shields.io/" * 90_000 + "\n",
    )
}


# a folder of many files beside the input of the cases that name it, which the input links a
# fragment of (the page a folder shows is looked for in it)
FOLDERS = {"20,000 fragments of a folder of 20,000 files": ("big", 20_000)}


# a configuration a pull request brings along, beside the input of the cases that name it
CONFIGS = {
    "80-character names, 20 to a link, report": '[duplicate-link]\ncross-section = "report"\n'
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_check(
    source: Path, path: Path, timeout: float, subcommand: str = "check"
) -> tuple[str, float, float]:
    """How ``check`` (or ``fix``) ended (exit code, crash or timeout), how long it took on the
    clock, and the processor time it used (a steadier figure on a machine shared with other
    work)."""
    environment = {**os.environ, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "awesome_lint", subcommand, str(path)]
    start, cpu = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=environment,
            timeout=timeout,
            cwd=path.parent,
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.perf_counter() - start, _children_cpu() - cpu
    elapsed, used = time.perf_counter() - start, _children_cpu() - cpu
    if "Traceback" in done.stderr:
        return done.stderr.strip().splitlines()[-1][:24], elapsed, used
    if done.returncode == 2 and "refusing to fix" in done.stderr:
        return "refused", elapsed, used  # the guard: GitHub would show the fixed table otherwise
    if done.returncode == 2 and "left as written" in done.stderr:
        return "held", elapsed, used  # the guard on one table: left as written, the others fixed
    return f"exit {done.returncode}", elapsed, used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPOSITORY, help="checkout to run")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--runs", type=int, default=1, help="keep the fastest of this many")
    parser.add_argument(
        "--command",
        choices=("check", "fix"),
        default="check",
        help="fix: rewrite each input, and say how many times its size it grew to",
    )
    args = parser.parse_args(argv)
    slow = 0
    with tempfile.TemporaryDirectory(prefix="awesome-lint-pathological-") as temporary:
        print(
            f"{'input':36} {'bytes':>7} {'result':>24} {'seconds':>8} {'cpu':>6}"
            + (f" {'grew':>6}" if args.command == "fix" else "")
        )
        for name, make in CASES.items():
            if args.only and args.only not in name:
                continue
            text = make()
            path = Path(temporary) / "list.md"
            path.write_text(text, encoding="utf-8")
            config = Path(temporary) / ".awesome-lint.toml"
            config.unlink(missing_ok=True)
            if name in CONFIGS:
                config.write_text(CONFIGS[name], encoding="utf-8")
            for beside, _ in BESIDE.values():
                (Path(temporary) / beside).unlink(missing_ok=True)
            if name in BESIDE:
                beside, content = BESIDE[name]
                (Path(temporary) / beside).write_text(content, encoding="utf-8")
            if name in FOLDERS:
                folder, files = FOLDERS[name]
                (Path(temporary) / folder).mkdir(exist_ok=True)
                for number in range(files):
                    (Path(temporary) / folder / f"f{number}.txt").touch()
            runs = []
            for _ in range(args.runs):
                path.write_text(text, encoding="utf-8")  # fix rewrote it: each run from the input
                runs.append(time_check(args.source, path, args.timeout, args.command))
            result, seconds, cpu = min(runs, key=lambda run: run[1])
            within = result in ("exit 0", "exit 1", "refused", "held") and seconds <= TARGET
            size = len(text.encode())
            grew = ""
            if args.command == "fix":  # a rewrite may not multiply a file (render._GROWTH)
                growth = path.stat().st_size / size
                within = within and growth <= GROWTH
                grew = f" {growth:>5.1f}×"
            slow += not within
            mark = "" if within else "  <-- over target"
            print(f"{name:36} {size:>7} {result:>24} {seconds:>8.2f} {cpu:>6.2f}{grew}{mark}")
    bound = f" or grown past {GROWTH:.0f}×" if args.command == "fix" else ""
    print(f"{slow} of the inputs over {TARGET:.0f} s{bound} or failing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
