"""Inline Markdown of cells and paragraphs (awesome_lint/inline.py): links and plain text."""

from __future__ import annotations

from pathlib import Path

from conftest import run

from awesome_lint.inline import heading_text, links, plain_text


def test_a_badge_adds_nothing_to_a_headings_text() -> None:
    text = "Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
    assert heading_text(text) == "Awesome-LLM "
    assert plain_text(text) == "Awesome-LLM Awesome"


def test_www_autolinks_are_http_urls_as_gfm_makes_them() -> None:
    (found,) = links("see www.example.org/docs for more")
    assert (found.url, found.text) == ("http://www.example.org/docs", "www.example.org/docs")


def test_brackets_nested_past_any_list_are_text_and_never_a_traceback(tmp_path: Path) -> None:
    hostile = "![x" * 3000 + "](u)" * 3000
    assert links(hostile) == []
    assert plain_text(hostile) == hostile
    path = tmp_path / "list.md"
    path.write_text(f"| a |\n|---|\n| {hostile} |\n", encoding="utf-8")
    for command in ("check", "fix"):
        result = run(command, str(path))
        assert "Traceback" not in result.err
        assert result.code in (0, 1)
