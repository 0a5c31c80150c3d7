"""The network guard and AL102's target check over generated URLs: a verdict, never a traceback,
and a rewritten URL that GitHub's renderer reads back unchanged."""

from __future__ import annotations

import html
import os
import re

import cmarkgfm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awesome_lint.links import guard
from awesome_lint.rules.redirected_link import safe_target

EXAMPLES = settings(
    max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# the characters that make URL parsers disagree, and a few that Markdown and tables care about
PIECES = st.sampled_from(
    ["http://", "https://", "ftp://", "//", "\\", "@", ":", "[", "]", "::1", "127.0.0.1",
     "10.0.0.1", "example.org", "a..b", "x" * 64, ".", "/", "?", "#", "%", "%41", "%zz", " ",
     "(", ")", "|", "<", ">", '"', "'", "&amp;", "&", "ü", "\t", "\n", "\x00", "80", "99999"]
)  # fmt: skip
URLS = st.lists(PIECES, max_size=10).map("".join)


@EXAMPLES
@given(URLS)
def test_the_guard_gives_a_verdict_for_any_text(url: str) -> None:
    previous = guard.resolve_host
    guard.resolve_host = lambda host: ["93.184.216.34"]  # no DNS in tests
    try:
        target = guard.approve(url, allow_private=False)
    except (guard.Refused, guard.BadURL, guard.Unresolvable):
        return
    finally:
        guard.resolve_host = previous
    assert target.scheme in ("http", "https")
    assert not guard.forbidden_address(target.address)
    assert "\\" not in url.split("?", 1)[0].split("#", 1)[0].split("/", 3)[2]


@EXAMPLES
@given(URLS)
def test_a_safe_target_reads_back_as_itself(target: str) -> None:
    safe = safe_target(target)
    if safe is None:
        return
    assert safe_target(safe) == safe
    assert not re.search(r"[\s()\[\]<>|\"'\\]", safe)
    rendered = cmarkgfm.github_flavored_markdown_to_html(f"| a |\n| - |\n| [x]({safe}) |\n")
    assert f'<a href="{html.escape(safe, quote=True)}">x</a>' in rendered
    bare = cmarkgfm.github_flavored_markdown_to_html(f"- [x]({safe}) - y\n")
    assert f'<a href="{html.escape(safe, quote=True)}">x</a>' in bare
