"""mistletoe as awesome-lint loads it: the remembered code-span search answers as the pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from awesome_lint.markdown import (
    REPLACED,
    ForwardSearch,
    match_link_dest,
    shift_whitespace,
    span_token,
)

CODE = re.compile(r"(?<!\\|`)(?:\\\\)*(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)


@given(
    st.text(alphabet="`a\\] ", max_size=40),
    st.lists(st.integers(0, 45), max_size=12),
)
def test_the_remembered_search_answers_as_the_pattern(text: str, positions: list[int]) -> None:
    remembered = ForwardSearch(CODE)
    for position in positions:
        found = remembered.search(text, position)
        expected = CODE.search(text, position)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("count", [1, 3000])
def test_many_brackets_read_as_before(count: int) -> None:
    tokens = list(span_token.tokenize_inner("[a] `x` " * count))
    kinds = [type(item).__name__ for item in tokens]
    assert kinds.count("InlineCode") == count
    assert kinds[:2] == ["RawText", "InlineCode"]


# text around a link's destination: spaces of mistletoe's and others, brackets, escapes, controls
_DESTINATION = st.text(alphabet=" \t\n\x0b\x0c\r\x00\x1f\x7f\u00a0()<>\\ab", max_size=24)


@given(_DESTINATION, st.integers(-30, 30))
def test_our_skip_over_whitespace_answers_as_mistletoes(text: str, index: int) -> None:
    assert shift_whitespace(text, index) == REPLACED["shift_whitespace"](text, index)


@given(_DESTINATION, st.integers(-1, 26))
def test_our_reading_of_a_destination_answers_as_mistletoes(text: str, offset: int) -> None:
    # (mistletoe asks from a `]` it found: an offset of -1 or more)
    assert match_link_dest(text, offset) == REPLACED["match_link_dest"](text, offset)


def test_a_line_of_thousands_of_badges_is_parsed_as_mistletoe_parses_it() -> None:
    # mistletoe's own functions copied the rest of the line at each link (quadratic); ours read
    # it in place, and the links found are the same
    line = " ".join(
        f"[![s](https://img.shields.io/github/stars/a/b{i})](https://github.com/c/d{i})"
        for i in range(300)
    )
    ours = [token.target for token in span_token.tokenize_inner(line) if hasattr(token, "target")]
    assert len(ours) == 300
    assert ours[0] == "https://github.com/c/d0" and ours[-1] == "https://github.com/c/d299"
