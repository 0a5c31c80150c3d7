"""Link targets from strangers: whatever a list writes as a URL, in a table row, a list item, a
raw HTML table or a labelled sub-item, every offline rule reads it without raising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.api import check_source, fix_source
from awesome_lint.config import Settings
from awesome_lint.rule import bounded
from awesome_lint.source import decode
from awesome_lint.urls import url_problem

# what breaks URL parsers: brackets of no IP address, stray colons, ports, percent signs
SCHEMES = st.sampled_from(["http://", "https://", "//", "www.", "", "htp://", "https//"])
HOST = st.lists(
    st.sampled_from(["a", "[", "]", "at", "::1", "@", ":", "%zz", "_", ".", "com", "-", "}{"]),
    min_size=1,
    max_size=6,
).map("".join)
REST = st.sampled_from(["", "/x", "/[x]", "?q=https://a.com", "#f", ":80", ":99999/", "/https://a"])
TARGETS = st.tuples(SCHEMES, HOST, REST).map("".join)
EVERY_RULE = Settings(select=("ALL",))


def _document(urls: list[str]) -> str:
    rows = "".join(f"| [n{i}]({url}) | d | [l]({url}) |\n" for i, url in enumerate(urls))
    items = "".join(f"- [m{i}]({url}) - d\n" for i, url in enumerate(urls))
    html = "".join(f'<tr><td><a href="{url}">x{i}</a></td></tr>\n' for i, url in enumerate(urls))
    fields = "".join(f"* F{i}：\n  * 地址：{url}\n  * 简介：x\n" for i, url in enumerate(urls))
    return (
        f"# T\n\n| Name | Desc | Link |\n|---|---|---|\n{rows}\n## Items\n\n{items}\n"
        f"<table>\n{html}</table>\n\n## Fields\n\n{fields}"
    )


def test_a_host_in_brackets_that_is_no_ip_address_is_malformed() -> None:
    assert "malformed" in (url_problem("http://yunus_emre3497[at]hotmail.com") or "")
    assert "malformed" in (url_problem("http://[::1") or "")


@settings(max_examples=60, deadline=None)
@given(st.lists(TARGETS, min_size=1, max_size=4))
def test_every_rule_reads_any_link_target(urls: list[str]) -> None:
    source = decode("README.md", _document(urls).encode("utf-8"))
    check_source(source, EVERY_RULE)
    fix_source(source, EVERY_RULE, unsafe_fixes=True)


# an address 40,000 characters long, written wrong in each way AL104 and the duplicate rules
# quote it: the messages stay short enough for a terminal, an Action log and an editor
_LONG = "https://example.com/" + "a" * 40_000
_LONG_SHAPES = (
    f"[x]({_LONG})[y]({_LONG})",
    f"[x]({_LONG})abc",
    f"[x](htp{_LONG[5:]})",
    f"[x]({_LONG}??key=1)",
    f"x {_LONG})中文",
    f"{_LONG}abc中文",
    f"[x]( https://exa mple.com/{_LONG})",
    f"[x]({_LONG}.)",
    f"[{'n' * 40_000}](https://a.com/1)",  # the same long name twice, under two pages
    f"[{'n' * 40_000}](https://a.com/2)",
    f"[z]({_LONG}/z)",  # the same long address twice
    f"[w]({_LONG}/z)",
)


def test_no_message_quotes_a_hostile_address_whole() -> None:
    rows = "".join(f"| {shape} | d |\n" for shape in _LONG_SHAPES)
    text = f"# T\n\n| Name | Description |\n|---|---|\n{rows}"
    found = check_source(decode("README.md", text.encode("utf-8")), EVERY_RULE)
    assert {item.code for item in found} >= {"AL104", "AL201", "AL202"}
    assert max(len(item.message) for item in found) < 2_000


def test_a_message_of_ordinary_length_is_left_as_it_is() -> None:
    quoted = "`https://example.com/" + "b" * 450 + "` is glued to `x`"
    assert bounded(quoted) == quoted
    long = "`" + "c" * 5_000 + "` and `d`"
    assert bounded(long) == "`" + "c" * 499 + "…` and `d`"
