"""The license a cell names alone, whatever the way it is spelt (AL006's license spellings)."""

from __future__ import annotations

import pytest

from awesome_lint.licenses import license_of


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("MIT", "mit"),
        ("GNU General Public License v3.0", "gpl 3"),
        ("GPLv3", "gpl 3"),
        ("BSD 3-Clause", "bsd 3"),
        # words that say it is a license, in scripts written without spaces, run together
        ("MIT 许可证", "mit"),
        ("MIT协议", "mit"),
        ("MIT 开源许可证", "mit"),
        ("Apache 2.0 授权协议", "apache 2"),
        ("GPL-3.0 版本", "gpl 3"),
        ("MIT ライセンス", "mit"),
        ("MIT Лицензия", "mit"),
        # more than the license alone: a note, other terms, a footnote's mark
        ("曾声明 MIT", None),
        ("GPL-3.0 或更高版本", None),
        ("采用MIT协议", None),
        ("MIT（README）", None),
        ("MIT⁴", None),
        ("Licença MIT", None),
    ],
)
def test_the_license_a_cell_names_alone(value: str, named: str | None) -> None:
    assert license_of(value) == named


def test_a_long_word_of_fillers_is_read_without_recursion() -> None:
    # a cell of a stranger's list may hold one word of thousands of characters
    assert license_of("MIT " + "许可" * 50_000) == "mit"
    assert license_of("MIT " + "许可" * 50_000 + "吗") is None
