"""Inline Markdown of cells and paragraphs (awesome_lint/inline.py): links and plain text."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import cmarkgfm
import pytest
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.inline import (
    _MARKUP_HINT,
    InlineLink,
    _collect,
    _simple_links,
    _tokens,
    heading_text,
    links,
    may_hold_markup,
    plain_links_only,
    plain_text,
)


def test_a_badge_adds_nothing_to_a_headings_text() -> None:
    text = "Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
    assert heading_text(text) == "Awesome-LLM "
    assert plain_text(text) == "Awesome-LLM Awesome"


def test_www_autolinks_are_http_urls_as_gfm_makes_them() -> None:
    (found,) = links("see www.example.org/docs for more")
    assert (found.url, found.text) == ("http://www.example.org/docs", "www.example.org/docs")


@pytest.mark.parametrize(
    "text",
    [
        "see http://www.bitbug.net/ for icons",
        "[比特虫]](http://www.bitbug.net/)",  # merrier/awesome-websites: a `]` typed twice
        "see HTTP://WWW.example.org/a and www.example.org/b",
    ],
)
def test_a_bare_url_shows_the_text_github_shows(text: str) -> None:
    # the scheme written before `www.` is shown, as cmark-gfm shows it; `www.` alone is shown bare
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    shown = re.findall(r'href="[^"]*">([^<]*)</a>', html)
    assert [link.text for link in links(text)] == shown


@pytest.mark.parametrize(
    "text",
    [
        'The URL has to start with "http://" or "https://" prefix.',  # raycast/script-commands
        "see http://-x.com or http://.com or http://_a.b.c",
        "see http://localhost:8080/x and http://中文.com/x",
        "see www.example.org and www.-a.com",
    ],
)
def test_a_bare_url_is_a_link_where_github_makes_one(text: str) -> None:
    # GFM's extended autolink wants a host after `http://`: a scheme quoted in a sentence is text
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    hrefs = [unquote(href) for href in re.findall(r'href="([^"]*)"', html)]
    assert [link.url for link in links(text)] == hrefs


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


_LINK_TEXT = st.text(alphabet="ab 中文(): -./#✅", min_size=1, max_size=8)
_URL = st.text(alphabet="abc/:.-#?=%中", min_size=0, max_size=12)
_GAP = st.text(alphabet="ab ，。|-:/()中✅!*_[]`<>&\\~hw.", max_size=6)


@st.composite
def _link_cells(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(_GAP))
        parts.append(f"[{draw(_LINK_TEXT)}]({draw(_URL)})")
    parts.append(draw(_GAP))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(_link_cells())
def test_a_text_of_plain_links_only_writes_each_of_its_links_as_read(text: str) -> None:
    # what AL104 relies on to pass such a cell by: no link written there is shown as text
    if not plain_links_only(text):
        return
    written = [match.group(1) for match in re.finditer(r"\]\(([^()]*)\)", text)]
    assert written == [link.url for link in links(text)] == [link.url for link in _parsed(text)]


def _parsed(text: str) -> list[InlineLink]:
    found: list[InlineLink] = []
    _collect(_tokens(text, {}), found)
    return found


@settings(max_examples=300, deadline=None)
@given(_link_cells())
def test_the_fast_path_of_plain_links_reads_what_the_parser_reads(text: str) -> None:
    fast = _simple_links(text)
    if fast is None:
        return  # markup around the links: the parser reads them
    assert [(link.url, link.text) for link in fast] == [
        (link.url, link.text) for link in _parsed(text)
    ]
    for link in fast:
        # a target where it is written; an empty one where its parentheses are
        assert text[link.offset : link.offset + len(link.url)] == link.url
        assert text[link.offset - 1] == "("
    # and GitHub links the same targets (cmark-gfm escapes them in its HTML)
    hrefs = re.findall(r'<a href="([^"]*)"', cmarkgfm.github_flavored_markdown_to_html(text))
    assert len(hrefs) == len(fast)


# the letters of schemes and `www.` in both cases (and the long s, which IGNORECASE folds to
# s), their punctuation, markup, CJK prose and its full-width punctuation
_NEAR_HINTS = st.text(alphabet="httpsHTTPSwW:./\u017f[]<>`*_~\\&!中文。：a ", max_size=24)


@settings(max_examples=300, deadline=None)
@given(_NEAR_HINTS | st.text(max_size=24))
def test_the_quick_test_for_plain_text_agrees_with_the_markup_hint(text: str) -> None:
    assert may_hold_markup(text) is (_MARKUP_HINT.search(text) is not None)


def test_two_plain_links_in_a_cell_are_read_without_the_parser() -> None:
    text = "[github](https://github.com/a/b) [paper](https://arxiv.org/abs/1)"
    assert _simple_links(text) == _parsed_located(text)
    assert _simple_links("see [a](u) and **[b](v)**") is None
    assert _simple_links("![logo](u) [a](v)") is None


def _parsed_located(text: str) -> list[InlineLink]:
    return [InlineLink(link.url, link.text, offset=text.find(link.url)) for link in _parsed(text)]


def test_footnotes_are_not_links(tmp_path: Path) -> None:
    # GitHub renders `[^1]: …` as a footnote, whatever its text looks like
    path = tmp_path / "README.md"
    path.write_text(
        "# List\n\nA model[^1] and a [site][s].\n\n[^1]: ./not-a-file.md see below\n"
        "[^2]: ライセンスとは別に\n\n[s]: https://example.org\n\n## License\n\nCC0\n",
        encoding="utf-8",
    )
    result = run("check", "--output-format", "concise", str(path))
    assert result.out == "", result.out
    (found,) = links("A model[^1] and a [site][s].", {"s": ("https://example.org", "")})
    assert found.url == "https://example.org"


_BEFORE = st.sampled_from(
    ["", " ", "x", "A", "1", "(", "*", "_", "~", "[", "[ ", "](", '"', "中文", "|", "[a] "]
)
_AUTOLINK = st.sampled_from(["https://a.io/x", "http://b.org/y?q=1", "www.c.io/z"])
_AFTER = st.sampled_from(["", ".", ")", " y", "](https://b.io/y", "]", " [", ",", "!"])


@settings(max_examples=200, deadline=None)
@given(_BEFORE, _AUTOLINK, _AFTER)
def test_bare_urls_are_the_autolinks_github_makes(before: str, url: str, after: str) -> None:
    # one URL and what stands around it (several URLs glued by brackets are cmark-gfm's own
    # business: a text run ends at some brackets and not at others)
    text = before + url + after
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    made = [unquote(href) for href in re.findall(r'<a href="([^"]*)"', html)]
    assert [link.url for link in links(text) if not link.html] == made


def test_a_url_inside_an_open_bracket_or_glued_to_letters_is_no_link() -> None:
    text = "[https://huggingface.co/01-ai/Yi-9B](https://huggingface.co/01-ai/Yi-1.5-34B-Chat"
    assert [link.url for link in links(text)] == ["https://huggingface.co/01-ai/Yi-1.5-34B-Chat"]
    assert links("seehttps://a.io/x and xwww.b.io") == []


def test_an_entity_in_a_link_is_read_as_github_reads_it() -> None:
    found = links("[Foo](https://x.io/?p=1&amp;q=2) [code](https://c.io/1)")
    assert [link.url for link in found] == ["https://x.io/?p=1&q=2", "https://c.io/1"]
    assert plain_text("[Q&amp;A](https://q.io)") == "Q&A"


def test_plain_text_is_not_kept_by_the_links_cache() -> None:
    from awesome_lint.inline import links_without_definitions

    before = links_without_definitions.cache_info().currsize
    assert links("word " * 1000 + "and no link at all") == []
    assert links_without_definitions.cache_info().currsize == before


def test_a_label_with_a_space_after_the_caret_is_a_link_definition() -> None:
    # `[^ a]:` is no footnote (a footnote's label has no space): GitHub links it
    from conftest import document

    parsed = document("[x][^ a] [y][c] [z][^d]\n\n[^ a]: #one\n[c]: #two\n[^d]: a note\n")
    assert sorted(parsed.definitions) == ["^ a", "c"]


def test_hundreds_of_link_targets_never_closed_are_text() -> None:
    # found by fuzzing: mistletoe searches the rest of the text for each `](`'s `)`, and 40 KB
    # of `[a](` took 17 s. GitHub links none of them, but a closed link after them: a known
    # limit, such a text is read as text, its bare addresses alone linked, in a fraction of a
    # second
    from awesome_lint.inline import links

    found = links("[a](" * 1000 + " and [b](https://b.example)")
    assert [(link.url, link.text) for link in found] == [("https://b.example",) * 2]
    assert "https://b.example" in cmarkgfm.github_flavored_markdown_to_html(
        "[a](" * 1000 + " and [b](https://b.example)"
    )
    # a few left open beside links that close are read as the parser reads them
    found = links("[a](" * 3 + " and [b](https://b.example) [c](https://c.example)")
    assert [link.url for link in found][-1] == "https://c.example"


_GLUED_BEFORE = st.sampled_from(
    ["Researcher", "x", "官网", "2020", ":-)", "a b", "(", "`code` x", "r0hack"]
)


@settings(max_examples=100, deadline=None)
@given(_GLUED_BEFORE, st.sampled_from(["https://t.co/abc", "http://b.org/y?q=1"]))
def test_an_address_glued_to_a_word_is_reported_where_github_links_nothing(
    before: str, url: str
) -> None:
    from awesome_lint.rules.invalid_url import _glued_schemes

    text = before + url
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    assert bool(list(_glued_schemes(text))) == ("<a href" not in html)


def test_a_destination_is_found_outside_the_code_of_the_link_text() -> None:
    text = "See [`https://example.com`](https://example.com) too."
    (link,) = links(text)
    assert link.url == "https://example.com"
    assert text[link.offset :].startswith("https://example.com)")


def test_srcset_candidates_part_addresses_from_descriptors_and_commas() -> None:
    from awesome_lint.inline import srcset_candidates

    assert srcset_candidates("images/dark.png") == [("images/dark.png", 0)]
    assert srcset_candidates("a.png 1x, b.png 2x") == [("a.png", 0), ("b.png", 10)]
    # an address's own commas stay in it, as a browser reads them; commas ending it part it
    # from the next, and so does the comma after a descriptor
    assert srcset_candidates(" a,b.png 640w ,c.png,, d.png") == [
        ("a,b.png", 1),
        ("c.png", 15),
        ("d.png", 23),
    ]
    assert srcset_candidates("c.png,,d.png") == [("c.png,,d.png", 0)]
    assert srcset_candidates("  , ") == []


def test_html_urls_read_every_picture_of_a_srcset() -> None:
    from awesome_lint.inline import html_urls

    text = '<source srcset="d.png 1x, e.png 2x"><img src="f.png"><a href="g.md">'
    assert [(url, image) for url, image, _ in html_urls(text)] == [
        ("d.png", True),
        ("e.png", True),
        ("f.png", True),
        ("g.md", False),
    ]
    assert [text[start : start + 5] for _, _, start in html_urls(text)][:2] == ["d.png", "e.png"]


def test_a_badges_image_is_found_before_its_link_not_at_a_longer_address_after() -> None:
    # `…/stars/a/b1` is the start of `…/stars/a/b10`, written later: a badge's image is searched
    # back from its link's address, where it is written, not forward to the longer address (the
    # build before placed b1 there, and every later link after it, `d2` at `d20`)
    text = " ".join(
        f"[![s](https://img.shields.io/github/stars/a/b{i})](https://github.com/c/d{i})"
        for i in range(12)
    )
    for link in links(text):
        assert text[link.offset : link.offset + len(link.url)] == link.url
        assert text[link.offset + len(link.url)] == ")", link.url


def test_an_image_after_a_badge_of_the_same_picture_is_found_where_it_is() -> None:
    text = (
        "[![logo](https://l.example/a.png)](https://site.example) ![logo](https://l.example/a.png)"
    )
    assert [link.offset for link in links(text)] == [35, 9, 65]
