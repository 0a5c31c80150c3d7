"""A `|` inside a link's text splits a table row: AL001 names that link, however many `|` it holds,
and the other rules do not report the pieces as links put elsewhere."""

from __future__ import annotations

from awesome_lint.api import check_text

_HEADER = (
    "| Company | Job Title | Location | Work Model | Date |\n| --- | --- | --- | --- | --- |\n"
)
_ROW = "| {company} | **[Analyst](https://jobs.example/{n})** | QC | On Site | Aug 15 |\n"


def _table(split: str) -> str:
    """A job board's table (jobright-ai's): a company's name linked on its first row, `↳` on the
    rows of its other openings, each opening's title linked."""
    rows = "".join(
        _ROW.format(n=n, company=f"**[Acme {n}](https://acme{n}.example/)**" if n % 3 else "↳")
        for n in range(12)
    )
    return f"# Jobs\n\n{_HEADER}{rows}{split}"


def test_a_link_split_by_two_pipes_is_named_by_the_column_count_finding() -> None:
    split = (
        "| **[RI-MUHC | Research Institute of the MUHC | #rimuhc](https://rimuhc.ca/)** | "
        "**[Research Assistant](https://jobs.example/x)** | QC | On Site | Aug 15 |\n"
    )
    found = check_text(_table(split), select=["AL001"])
    assert len(found) == 1
    assert "`[RI-MUHC | Research Institute of the MUHC | #rimuhc]` splits it" in found[0].message


def test_the_pieces_of_a_split_link_are_no_link_put_elsewhere() -> None:
    split = (
        "| **[RI-MUHC | Research Institute | #rimuhc](https://rimuhc.ca/)** | "
        "**[Research Assistant](https://jobs.example/x)** | QC | On Site | Aug 15 |\n"
    )
    assert check_text(_table(split), select=["AL005"]) == []


def test_brackets_between_the_pieces_make_no_split_link() -> None:
    row = "| [A | [B] | C](https://c.example/) | x | QC | On Site | Aug 15 |\n"
    found = check_text(_table(row), select=["AL001"])
    assert all("splits it" not in finding.message for finding in found)
