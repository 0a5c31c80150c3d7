"""One document's analysis: sections, entry identities and the list's habit of repeating."""

from __future__ import annotations

import pytest

from awesome_lint.config import Settings
from awesome_lint.document import uncommented
from awesome_lint.parse import parse_document
from awesome_lint.prepare import context_for
from awesome_lint.source import decode


def _analysis(text: str):  # type: ignore[no-untyped-def]
    document = parse_document(decode("t.md", text.encode("utf-8")))
    return context_for(document, Settings()).analysis


def _section(title: str, names: list[str]) -> str:
    items = "".join(f"- [{name}](https://{name}.io) - x.\n" for name in names)
    return f"## {title}\n\n{items}\n"


def test_sections_count_the_headings_above_a_line() -> None:
    analysis = _analysis("intro\n\n# A\n\ntext\n\n## B\n")
    assert [analysis.section_of(line) for line in (1, 3, 5, 7)] == [0, 1, 1, 2]


def test_a_list_that_rarely_repeats_entries_does_not_repeat_by_design() -> None:
    names = [f"tool{index}" for index in range(60)]
    text = _section("One", names[:30]) + _section("Two", [*names[30:], "tool0"])
    analysis = _analysis(text)
    assert analysis.repeat_share == 0.0  # one repeat is no habit, however small the list
    assert not analysis.repeats_by_design(1, 2)
    names = [f"tool{index}" for index in range(300)]
    text = _section("One", names[:150]) + _section("Two", [*names[150:], "tool0", "tool1"])
    analysis = _analysis(text)
    assert analysis.repeat_share == 2 / 300  # public-apis' slips: 0.7%
    assert not analysis.repeats_by_design(1, 2)


def test_a_list_that_cross_lists_a_few_percent_of_its_entries_repeats_by_design() -> None:
    names = [f"tool{index}" for index in range(150)]
    text = _section("One", names[:75]) + _section("Two", [*names[75:], *names[:3]])
    analysis = _analysis(text)
    assert analysis.repeat_share == 3 / 150
    assert analysis.repeats_by_design(1, 2)


def test_a_digest_section_repeats_by_design() -> None:
    names = [f"tool{index}" for index in range(60)]
    text = _section("Trending", names[:4]) + _section("All", names)
    analysis = _analysis(text)
    assert analysis.section_repeat_share[1] == 1.0
    assert analysis.repeats_by_design(1, 2)


def test_sections_of_an_archive_of_periods_repeat_by_design() -> None:
    names = [f"tool{index}" for index in range(60)]
    text = (
        "# Papers of the Week\n\n## 2025\n\n"
        + _section("Top ML Papers of the Week (June 23 - June 29) - 2025", names[:20])
        + "### Highlights\n\n- [tool0](https://tool0.io) - again.\n\n"
        + _section("Week 12", names[20:40])
        + _section("2024-05", names[40:])
        + _section("Contributing", ["guide"])
    )
    analysis = _analysis(text)
    assert sorted(analysis.dated_sections) == [3, 4, 5, 6]  # June 23, its Highlights, 12, 2024-05
    assert analysis.repeats_by_design(3, 4) and analysis.repeats_by_design(5, 6)
    assert not analysis.repeats_by_design(3, 7)  # Contributing is no period
    assert not analysis.repeats_by_design(2, 3)  # a year alone is no period


def test_two_dated_headings_are_no_archive() -> None:
    text = _section("News (May 2024)", ["a", "b"]) + _section("June 5", ["c", "a"])
    assert _analysis(text).dated_sections == frozenset()


def test_a_heading_written_twice_under_one_parent_is_one_section() -> None:
    analysis = _analysis(
        "# List\n\n## Web\n\n### WebSocket\n\n### Auth\n\n### websocket\n\n"
        "## Python\n\n### Tutorials\n\n## JavaScript\n\n### Tutorials\n"
    )
    lines = (6, 8, 10, 14, 18)  # first WebSocket, Auth, second WebSocket, two Tutorials
    assert [analysis.section_of(line) for line in lines] == [3, 4, 5, 7, 9]
    assert [analysis.heading_section(line) for line in lines] == [3, 4, 3, 7, 9]
    assert analysis.where(6, 10) == "in another section under the same heading"
    assert analysis.where(14, 18) == "in another section"


def test_entry_keys_are_normalized_own_links() -> None:
    analysis = _analysis(
        "| Paper | Code |\n| --- | --- |\n"
        "| [A](https://arxiv.org/abs/1) | [code](https://github.com/o/shared) |\n"
        "| B | [code](https://github.com/O/Shared/tree/main) |\n"
    )
    keys = analysis.entry_keys
    assert keys[3] == ("//arxiv.org/abs/1",)  # the name's link, not the shared code repository
    assert keys[4] == ("//github.com/o/shared",)  # no name link: the link cell's


@pytest.mark.parametrize(
    ("text", "headings", "sections"),
    [
        (  # HTML headings start sections as Markdown headings do
            "# Papers\n\n"
            '<details><summary><h2 style="display: inline;">Transformer.</h2></summary>\n\n'
            "- [A](https://a.io) - x.\n\n</details>\n\n"
            "<details><summary><h2>RNN.</h2></summary>\n\n"
            "- [B](https://b.io) - x.\n\n</details>\n",
            [(1, 1, "Papers"), (3, 2, "Transformer."), (9, 2, "RNN.")],
            {5: 2, 11: 3},
        ),
        (  # a heading inside an HTML comment starts none
            "# Papers\n\n<!-- <h2>Old</h2>\n<h2>Older</h2> -->\n\n- [A](https://a.io) - x.\n\n"
            "<details><!-- <h2>Draft</h2> --><summary><h2>RNN</h2></summary>\n\n"
            "- [B](https://b.io) - x.\n\n</details>\n",
            [(1, 1, "Papers"), (8, 2, "RNN")],
            {6: 1, 10: 2},
        ),
    ],
)
def test_html_headings_start_sections_unless_commented_out(
    text: str, headings: list[tuple[int, int, str]], sections: dict[int, int]
) -> None:
    analysis = _analysis(text)
    assert [(h.line, h.level, h.text) for h in analysis.section_headings] == headings
    assert {line: analysis.heading_section(line) for line in sections} == sections


def test_a_section_listed_as_bullets_and_as_a_table_keeps_two_catalogues() -> None:
    names = ["janome", "fugashi", "nagisa"]
    rows = "".join(f"| [{name}](https://{name}.io) | 1 |\n" for name in names)
    text = _section("Tools", names) + "| Name | Stars |\n| --- | --- |\n" + rows
    text += "\n" + _section("Other", ["one"]) + "| Name | Stars |\n| --- | --- |\n"
    text += "".join(f"| [{name}](https://{name}.io) | 1 |\n" for name in ["one", "two", "six"])
    analysis = _analysis(text)
    assert analysis.catalogue_sections == frozenset({1})  # one shared link is no catalogue


def test_html_headings_are_read_in_one_pass_of_a_hostile_line() -> None:
    # a lazy `<h2>(.*?)</h2>` searched the rest of the line from each `<h2>`: hours for these
    text = (
        "- [A](https://a.io) - x.\n\n<details>\n"
        + "<h2>x" * 200_000
        + "\n"
        + "<h3 " * 200_000
        + "\n"
        + '<h7>no</h7> <h2 id="t"><a name="t"></a>Trans<b>former</b> 中文</H2 > <h2>b</h2>\n'
        + "<h2>T"
        + "<b" * 200_000
        + "</h2>\n</details>\n\n- [B](https://b.io) - x.\n"
    )
    analysis = _analysis(text)
    assert [(h.line, h.level, h.text[:12]) for h in analysis.section_headings] == [
        (6, 2, "Transformer "),
        (7, 2, "T<b<b<b<b<b<"),
    ]
    assert [analysis.heading_section(line) for line in (1, 10)] == [0, 2]


def test_the_tables_of_one_header_in_an_archives_periods_are_periods_of_the_archive() -> None:
    weeks = "".join(
        f"## Top ML Papers of the Week (June {week} - June {week + 6})\n\n"
        f"| Paper | Links |\n| --- | --- |\n| [Q](https://q.io) | {week} |\n\n"
        f"| Paper | Links |\n| --- | --- |\n| [R{week}](https://r.io/{week}) | x |\n\n"
        for week in (1, 2, 3)
    )
    analysis = _analysis("# Papers\n\n" + weeks)
    q_rows = [entry for entry in analysis.entries.entries if entry.name == "Q"]
    one, other = (analysis.entry_section(entry) for entry in q_rows[:2])
    assert (one, other) == (-5, -15)  # each table its own catalogue
    assert analysis.repeats_by_design(one, other)  # in two periods of an archive


@pytest.mark.parametrize(
    ("lines", "shown", "blanked"),
    [
        (["a <!-- b --> c"], ["a  c"], ["a            c"]),
        (["x <!-- y", "z --> w"], ["x ", " w"], ["x       ", "      w"]),
        # `<!-->` and `<!--->` are whole comments, empty ones: what follows them shows
        (["a <!--> b", "c"], ["a  b", "c"], ["a       b", "c"]),
        (["<!---> [x](y.png)"], [" [x](y.png)"], ["       [x](y.png)"]),
    ],
)
def test_uncommented_leaves_out_or_blanks_what_comments_hold(
    lines: list[str], shown: list[str], blanked: list[str]
) -> None:
    assert uncommented(lines) == shown
    assert uncommented(lines, blank=True) == blanked
    assert [len(line) for line in uncommented(lines, blank=True)] == [len(line) for line in lines]


@pytest.mark.parametrize(
    ("heading", "item", "news"),
    [
        ("## 🎉 News", "- **[2025-10-27]** We release [X](https://x.io).", True),
        ("## :collision: Highlights", "- 2025.04.28: The paper of X was accepted.", True),
        ("## 最新动态", "- 2024年5月 发布 [X](https://x.io)", True),
        ("## Latest News & Updates", "| 2024/05 | [X](https://x.io) |", True),
        ("## News", "- [NewsAPI](https://newsapi.org) - headlines.", False),  # an entry
        ("## News APIs", "- 2025-01-02 [X](https://x.io)", False),  # a category
        ("## 模型（持续更新）", "- 2025-01-02 [X](https://x.io)", False),
        ("## Papers", "- **[2025-10-27]** [X](https://x.io)", False),
    ],
)
def test_a_news_item_is_a_dated_line_under_a_heading_of_the_lists_own_news(
    heading: str, item: str, news: bool
) -> None:
    analysis = _analysis(f"# List\n\n{heading}\n\n{item}\n")
    assert analysis.news_item(5) is news
    assert analysis.news_item(1) is False
