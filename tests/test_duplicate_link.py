"""AL201's measure of two names typed as one: the edit distance behind `_misspelt`."""

from __future__ import annotations

from pathlib import Path

from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.rules.duplicate_link import _misspelt
from awesome_lint.urls import edit_distance


def _table_edits(one: str, other: str) -> int:
    """The distance the textbook way, a row of the table at a time: the reference."""
    previous = list(range(len(other) + 1))
    for row, char in enumerate(one, 1):
        current = [row]
        for column, their in enumerate(other, 1):
            replaced = previous[column - 1] + (char != their)
            current.append(min(previous[column] + 1, current[-1] + 1, replaced))
        previous = current
    return previous[-1]


NAMES = st.text(alphabet="abcé-漢", max_size=90)


@settings(max_examples=300, deadline=None)
@given(NAMES, NAMES)
def test_edits_are_the_tables_distance(one: str, other: str) -> None:
    assert edit_distance(one, other) == _table_edits(one, other)


def test_edits_of_known_pairs() -> None:
    assert edit_distance("sd-outpaing", "sd-outpainting") == 3
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert edit_distance("abc", "") == 3
    assert edit_distance("a" * 80, "b" * 80) == 80


def test_a_name_typed_twice_is_misspelt_and_two_names_are_not() -> None:
    assert _misspelt("sd-outpaing", "sd-outpainting")
    assert not _misspelt("hhh", "redteam")


def test_an_items_address_on_a_line_after_its_first_is_read_where_it_is() -> None:
    # found by fuzzing: an item whose bare address is on its second line was read on its first
    # (the autolink test indexed past that line's end: IndexError, the file left unchecked)
    from awesome_lint import check_text

    text = "- [\n  https://github.com/a/b\n- [\n  https://github.com/a/b\n"
    codes = [diagnostic.code for diagnostic in check_text(text)]
    assert codes.count("AL201") == 1


def test_a_plain_row_after_its_defanged_copy_is_told_so() -> None:
    # review of session 26: the message said "word for word" where only the earlier row was
    # defanged; it says how they differ, whichever of the two is
    from awesome_lint import check_text

    text = (
        "| Name | Domain | Country |\n| --- | --- | --- |\n"
        "| MFA | mfa\\[.\\]gov\\[.\\]ua | UA |\n| Other | other\\[.\\]com | US |\n"
        "| MFA | mfa.gov.ua | UA |\n| Other | other\\[.\\]com | US |\n"
    )
    messages = [d.message for d in check_text(text) if d.code == "AL201"]
    assert messages == [
        "this row repeats line 3 but for its addresses written defanged (`[.]`): the same entry "
        "twice",
        "this row repeats line 4 word for word: the same entry twice",
    ]


def test_a_row_of_no_name_is_said_to_be_its_links_text_else_its_first_cell(
    tmp_path: Path,
) -> None:
    # h9-tec/Awesome_Arabic_NLP (judge BI4): a company table names no column of names, its
    # links are badges; lixus7's paper tables leave a row's model cell empty
    readme = tmp_path / "README.md"
    badge = "[![Web](https://img.shields.io/badge/-Website-blue)](https://www.g42.ai/)"
    paper = "[From News to Forecast](https://openreview.net/forum?id=DpByqSbdhI)"
    readme.write_text(
        "# Companies\n\n| Company | Focus | Link |\n|:---|:---|:---:|\n"
        f"| **G42** | AI holding company | {badge} |\n"
        f"| **Inception AI** | Arabic models | {badge} |\n\n"
        "# Papers\n\n| Task | Model | Paper |\n| --- | --- | --- |\n"
        f"| Add News |  | {paper} |\n| Multivariate | UniMTS | {paper} |\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL201", "--format", "concise", str(readme))
    assert "is also the link of `G42` on line 5" in result.out
    assert "is also the link of `From News to Forecast` on line 12" in result.out


def _calendar(events: int, pairs: list[tuple[str, str, str]]) -> str:
    """A calendar table of ``events`` rows, each its own event and link, with ``pairs`` of rows
    (two names, one link) among them."""
    rows = [
        f"| Meetup {index} | 2026-09-{index % 28 + 1:02} | City {index} "
        f"| [↗](https://e.example/{index}) |"
        for index in range(events)
    ]
    for one, other, url in pairs:
        rows.append(f"| {one} | 2026-11-20 | Zurich | [↗]({url}) |")
        rows.append(f"| {other} | 2026-11-20 | Zurich, Switzerland | [↗]({url}/) |")
    header = "| Event Name | Date | Location | Register |\n|---|---|---|---|\n"
    return "# Events\n\n## Europe\n\n" + header + "\n".join(rows) + "\n"


_SLIPS = [
    (
        "Agentic Engineering Day Zurich",
        "Agentic Engineering Days Zurich",
        "https://agentic.example",
    ),
    ("KCD Porto 2026", "KCD Porto x DevOps Days", "https://kcd.example"),
    ("Data Saturday Oslo", "Data Saturdays Oslo", "https://data.example"),
    ("Cloud Native Days Italy", "Cloud Native Day Italy", "https://cloud.example"),
]


def test_a_few_pairs_in_a_long_calendar_are_slips_not_a_catalogues_variants() -> None:
    # round CP (Infrasity-Labs' calendar of 1,558 events): four events listed twice under one
    # link were read as a catalogue's variants of its apps (`Pi-Hole`, `Pi-Hole-Unbound`), and
    # none of them was reported; variants are a habit of 1% of a table's rows or more
    from awesome_lint import check_text

    found = [d.line for d in check_text(_calendar(900, _SLIPS)) if d.code == "AL201"]
    assert len(found) == len(_SLIPS)
    # the same four pairs in a short table are its way of listing variants
    assert [d for d in check_text(_calendar(60, _SLIPS)) if d.code == "AL201"] == []


def test_two_entries_kept_in_one_folder_of_the_lists_own_repository(tmp_path: Path) -> None:
    # trailofbits/publications: two talks' decks in one folder of the repository, each row
    # linking the folder; a file shared by two names is still reported
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Talks\n\n| Title | Year |\n| --- | --- |\n"
        "| [The Treachery of Files](presentations/Treachery) | 2019 |\n"
        "| [File Polyglottery](presentations/Treachery) | 2017 |\n"
        "| [Crimes of Solidity](presentations/solidity.pdf) | 2019 |\n"
        "| [Anatomy of Solidity](presentations/solidity.pdf) | 2018 |\n",
        encoding="utf-8",
    )
    (tmp_path / "presentations").mkdir()
    (tmp_path / "presentations" / "solidity.pdf").write_bytes(b"%PDF")
    result = run("check", "--select", "AL201", "--format", "concise", str(readme))
    assert ":8:" in result.out  # a file of one talk under two titles
    assert ":6:" in result.out  # the folder does not exist: no folder known, the link repeated
    (tmp_path / "presentations" / "Treachery").mkdir()
    result = run("check", "--select", "AL201", "--format", "concise", str(readme))
    assert ":8:" in result.out
    assert ":6:" not in result.out
