"""URLs of HTML attributes read as a browser reads them (awesome_lint.urls.as_browsers_read)."""

from __future__ import annotations

import pytest

from awesome_lint.urls import as_browsers_read, url_problem


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "https://img.shields.io/badge/last update-20:27:55UTC-brightgreen",
            "https://img.shields.io/badge/last%20update-20:27:55UTC-brightgreen",
        ),
        ("  https://x.org/a b?q=c d#e f \n", "https://x.org/a%20b?q=c%20d#e%20f"),
        ("https://x.org/a\tb\nc", "https://x.org/abc"),
        ("figures/sparse gpt.png", "figures/sparse%20gpt.png"),
        ("https://exa mple.org/a b", "https://exa mple.org/a%20b"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_html_attribute_urls_as_browsers_read_them(written: str, read: str) -> None:
    assert as_browsers_read(written) == read


def test_a_space_in_the_path_is_no_problem_but_one_in_the_host_is() -> None:
    assert url_problem(as_browsers_read("https://img.shields.io/badge/last update-x")) is None
    assert "space" in (url_problem(as_browsers_read("https://img shields.io/badge/x")) or "")
    assert "empty" in (url_problem(as_browsers_read(" ")) or "")
