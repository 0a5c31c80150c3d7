"""Positions in the client's encoding and didChange's edits, without a server; the server
command without the lsp extra."""

from __future__ import annotations

import os
import sys

from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.server.text import (
    Change,
    Position,
    apply_all,
    apply_change,
    apply_changes,
    index_at,
    line_starts,
    offset_at,
    units,
)


def test_positions_in_each_encoding() -> None:
    line = "| 😀 名 | é |"
    assert [units(line, encoding) for encoding in ("utf-8", "utf-16", "utf-32")] == [17, 12, 11]
    assert index_at(line, 4, "utf-16") == 3  # after the emoji's surrogate pair
    assert index_at(line, 3, "utf-16") == 3  # inside the pair: its end
    assert index_at(line, 6, "utf-8") == 3
    assert index_at(line, 3, "utf-32") == 3
    changes = [
        Change("X", Position(0, 3), Position(1, 1)),
        Change("!", Position(9, 0), Position(9, 0)),
    ]
    assert apply_changes("a😀b\nc\r\nd", changes, "utf-16") == "a😀X\r\nd!"
    assert apply_changes("abc", [Change("new")], "utf-16") == "new"


def test_line_starts_as_lsp_counts_lines() -> None:
    assert line_starts("") == [0]
    assert line_starts("a\nbc\n") == [0, 2, 5]  # a final newline opens an empty last line
    assert line_starts("a\r\nbc\rd\n") == [0, 3, 6, 8]
    assert line_starts("a\u2028b\x0cc") == [0]  # not line breaks to LSP, unlike str.splitlines


def test_the_server_without_the_lsp_extra_says_how_to_install_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delitem(sys.modules, "awesome_lint.server.protocol", raising=False)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)  # as if pygls were not installed
    result = run("server")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "awesome-lint: the language server needs pygls (pygls.lsp.server); "
        "install it with `pip install 'awesome-lint[lsp]'`\n"
    )


_PIECES = st.text(st.sampled_from(["a", "\r", "\n", "😀", "é", "|"]), max_size=12)
_CHANGES = st.lists(
    st.tuples(_PIECES, st.integers(0, 6), st.integers(0, 5), st.integers(0, 6), st.integers(0, 5)),
    min_size=1,
    max_size=4,
)


@settings(max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")) * 4, deadline=None)
@given(text=_PIECES, changes=_CHANGES)
def test_a_change_keeps_the_line_starts_of_the_whole_text(
    text: str, changes: list[tuple[str, int, int, int, int]]
) -> None:
    # each change as an editor makes it, often splitting or joining a CR and an LF
    starts = line_starts(text)
    for new, line, character, more_lines, end_character in changes:
        start, end = Position(line, character), Position(line + more_lines, end_character)
        first = offset_at(text, starts, start, "utf-16")
        last = max(first, offset_at(text, starts, end, "utf-16"))
        expected = text[:first] + new + text[last:]
        text, starts = apply_change(text, starts, Change(new, start, end), "utf-16")
        assert text == expected
        assert starts == line_starts(text)


def _place(change: Change) -> tuple[int, int, int, int]:
    assert change.start is not None and change.end is not None
    return (change.start.line, change.start.character, change.end.line, change.end.character)


@settings(max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")) * 4, deadline=None)
@given(
    text=_PIECES,
    changes=st.lists(
        st.tuples(
            _PIECES, st.integers(0, 6), st.integers(0, 5), st.integers(0, 2), st.integers(0, 5)
        ),
        max_size=8,
    ),
    bottom_up=st.booleans(),
    whole=st.one_of(st.none(), st.integers(0, 7)),
)
def test_changes_made_bottom_up_in_one_pass_as_one_at_a_time(
    text: str,
    changes: list[tuple[str, int, int, int, int]],
    bottom_up: bool,
    whole: int | None,
) -> None:
    # an editor that applies a formatting sends its edits from the last line up; spliced in
    # one pass they must give what applying them one at a time gives
    made = [
        Change(new, Position(line, character), Position(line + more, end_character))
        for new, line, character, more, end_character in changes
    ]
    if bottom_up:
        made.sort(key=_place, reverse=True)
    if whole is not None and whole <= len(made):
        made.insert(whole, Change("new\r\ntext"))
    expected = text
    for change in made:
        expected = apply_change(expected, line_starts(expected), change, "utf-16")[0]
    assert apply_all(text, line_starts(text), made, "utf-16") == (expected, line_starts(expected))
