"""What a cell says nothing with: a null a generator printed, or labels alone before colons."""

from __future__ import annotations

import pytest

from awesome_lint.values import says_nothing


@pytest.mark.parametrize(
    "text", [".", "null", "소개 :", "블로그: 공지방:", "群规：", "💬交流群：", "Note:"]
)
def test_nulls_and_labels_alone_say_nothing(text: str) -> None:
    assert says_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "ICML :mortar_board:",  # a venue and its mark, an emoji's shortcode
        "共享资料：文档与电子书",  # a label and what it says
        "加密货币与区块链频道：",  # a phrase of more than six characters before its colon
        "Comments on:",  # two words, one a phrase's start
        "10:",  # a figure
        "",
        "Apache-2.0",
    ],
)
def test_values_say_something(text: str) -> None:
    assert not says_nothing(text)
