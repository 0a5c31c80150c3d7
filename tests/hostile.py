"""Hostile documents for fuzzing `fix`: raw HTML blocks of all seven kinds in any letter case,
containers nested and lazy, form feeds and vertical tabs, and messy tables among them.

``fix_keeps_the_page`` is the property: after `fix`, GitHub's page (cmark-gfm with raw HTML
rendered) is the same, or `fix` refuses honestly (exit 2, file untouched). The CI test and
``benchmarks/fuzz_fix.py`` both run it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from checks import assert_fix_is_lossless
from conftest import run
from hypothesis import strategies as st

from awesome_lint.api import FixRefused, fix_source
from awesome_lint.config import Settings
from awesome_lint.fix import moved
from awesome_lint.source import decode

# characters that fold to ASCII letters under Unicode rules but not under cmark-gfm's
LOOKALIKES = {"s": "ſ", "k": "\u212a", "i": "ı"}


@st.composite
def any_case(draw: st.DrawFn, word: str) -> str:
    """``word`` with each letter in either case, now and then a Unicode look-alike."""
    letters = []
    for char in word:
        if char in LOOKALIKES and draw(st.integers(0, 9)) == 0:
            letters.append(LOOKALIKES[char])
        else:
            letters.append(char.upper() if draw(st.booleans()) else char)
    return "".join(letters)


AFTER_TAG = st.sampled_from([">", " >", "\t>", '\tclass="x">', "\v>", "\f>", "", " ", "/>", "x>"])
FILLER = st.sampled_from(
    ["text", "", "\f", "\v", " \f", "\t", "   ", "| x   | y |", "a | b", "|-|-|"]
)


@st.composite
def html_block(draw: st.DrawFn) -> list[str]:
    """An opening line of one of cmark's seven HTML block kinds, lines, maybe its end."""
    kind = draw(st.integers(1, 7))
    if kind == 1:
        name = draw(st.sampled_from(["pre", "script", "style", "textarea"]))
        opening = "<" + draw(any_case(name)) + draw(AFTER_TAG)
        closing = "</" + draw(any_case(name)) + ">"
    elif kind == 2:
        opening, closing = "<!--", draw(st.sampled_from(["-->", "- ->", "--!>"]))
    elif kind == 3:
        opening, closing = "<?php", "?>"
    elif kind == 4:
        opening = "<!" + draw(st.sampled_from(["DOCTYPE html", "doctype html", "X"]))
        closing = ">"
    elif kind == 5:
        opening, closing = "<!" + draw(any_case("[cdata[")), "]]>"
    elif kind == 6:
        name = draw(st.sampled_from(["div", "table", "p", "source", "search", "details"]))
        opening = "<" + draw(st.sampled_from(["", "/"])) + draw(any_case(name)) + draw(AFTER_TAG)
        closing = ""
    else:
        name = draw(st.sampled_from(["foo", "a", "span", "my-tag"]))
        opening = "<" + draw(any_case(name)) + draw(st.sampled_from([">", ' bar="1">', "\v>"]))
        closing = ""
    body = draw(st.lists(st.one_of(FILLER, table_lines().map("\n".join)), max_size=3))
    lines = [opening, *"\n".join(body).split("\n")] if body else [opening]
    if closing and draw(st.booleans()):
        lines.append(draw(st.sampled_from(["", "x "])) + closing)
    return lines


# (a total, what a script writes for a value it lacked, a badge two rows may share, a repository,
# an app's scheme, a DOI's prefix for a host)
CELLS = st.sampled_from(
    [
        *("a", "名称", "x   ", "`a|b`", "\\|", "", "<b>", "<!--", ".", "undefined", "*TOTAL $1*"),
        "[![s](https://img.shields.io/github/stars/o/p)](https://github.com/o/p/stargazers)",
        *("x", "[p](https://github.com/o/p)", "[d](sdns://AQIA)", "[x](https://10.1093/a)"),
    ]
)


@st.composite
def table_lines(draw: st.DrawFn) -> list[str]:
    width = draw(st.integers(1, 3))
    header = "| " + " | ".join(draw(CELLS) or "h" for _ in range(width)) + " |"
    lines = [
        header,
        "|" + "|".join(draw(st.sampled_from(["-", ":--", "--:"])) for _ in range(width)) + "|",
    ]
    for _ in range(draw(st.integers(0, 3))):
        cells = [draw(CELLS) for _ in range(draw(st.integers(1, width + 1)))]
        lines.append(draw(st.sampled_from(["|", "| ", ""])) + " |  ".join(cells) + " |")
    return lines


@st.composite
def contained(draw: st.DrawFn) -> list[str]:
    """Blocks inside quotes and list items, up to three deep, some lines lazy."""
    inner = draw(blocks())
    for _ in range(draw(st.integers(1, 3))):
        marker = draw(st.sampled_from(["> ", ">", "- ", "1. ", "* ", ">\t"]))
        continuation = marker if marker.startswith(">") else " " * len(marker)
        wrapped = []
        for index, line in enumerate(inner):
            lazy = index > 0 and draw(st.integers(0, 5)) == 0
            prefix = "" if lazy else (marker if index == 0 else continuation)
            wrapped.append(prefix + line)
        inner = wrapped
    return inner


@st.composite
def blocks(draw: st.DrawFn) -> list[str]:
    kind = draw(st.sampled_from(["html", "html", "table", "table", "filler"]))
    if kind == "html":
        return draw(html_block())
    if kind == "table":
        return draw(table_lines())
    return [draw(FILLER)]


@st.composite
def hostile_documents(draw: st.DrawFn) -> bytes:
    parts = draw(st.lists(st.one_of(blocks(), contained()), min_size=1, max_size=5))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = ""
    for lines in parts:
        text += newline.join(lines) + newline * draw(st.integers(1, 2))
    return text.encode("utf-8")


def fix_keeps_the_page(data: bytes) -> str:
    """Fix the document; its page must stay GitHub's, or the fix must be refused honestly: the
    whole file, or a table held back with exit 2 while the others are fixed. Returns what
    happened: "unchanged", "fixed", "held" (a table left as written) or "refused"."""
    source = decode("fuzz.md", data)
    try:
        result = fix_source(source, Settings())
    except FixRefused:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "fuzz.md"
            path.write_bytes(data)
            refused = run("fix", str(path))
            assert refused.code == 2, refused.err
            assert path.read_bytes() == data
        return "refused"
    fixed = result.source.to_bytes()
    if result.refused:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "fuzz.md"
            path.write_bytes(data)
            held = run("fix", str(path))
            assert held.code == 2, held.err
            assert "not fixed" in held.err and "left as written" in held.err, held.err
            assert path.read_bytes() == fixed
    if fixed == data:
        return "held" if result.refused else "unchanged"
    # (a table held back, where its first line is once the applied edits are)
    held = moved({refusal.edit.start + 1 for refusal in result.refused}, result.applied) or ()
    assert_fix_is_lossless(data, fixed, held)
    again = fix_source(decode("fuzz.md", fixed), Settings())
    assert again.source.to_bytes() == fixed, "a second fix changed the document again"
    return "held" if result.refused else "fixed"
