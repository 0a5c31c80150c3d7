"""mistletoe as awesome-lint loads it: the remembered code-span search answers as the pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from awesome_lint.markdown import ForwardSearch, span_token

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
