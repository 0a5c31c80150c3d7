"""AL005 link-placement: a row that puts its link elsewhere than its table's link column, in a
table whose rows mix placements."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from awesome_lint.document import Document, Table
from awesome_lint.entries import has_entry_link
from awesome_lint.rule import Context, Finding, Rule, Severity


def _placements(
    table: Table, name: int, link: int, definitions: Mapping[str, tuple[str, str]]
) -> list[tuple[bool, bool, bool]]:
    """For each body row: whether its name cell holds a link, whether its link cell does, and
    whether its link cell is empty (a badge or a placeholder such as `-` fills it)."""
    placements = []
    for row in table.body:
        cell = row.cell(link)
        placements.append(
            (
                has_entry_link(row.cell(name), definitions),
                has_entry_link(cell, definitions),
                cell is None or not cell.text,
            )
        )
    return placements


def check(document: Document, context: Context) -> Iterator[Finding]:
    index = context.analysis.entries
    minimum = context.option(RULE, "min-rows")
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or columns.link < 0 or columns.name < 0:
            continue
        placements = _placements(table, columns.name, columns.link, document.definitions)
        in_column = sum(1 for _, linked, _ in placements if linked)
        only_column = sum(1 for named, linked, _ in placements if linked and not named)
        # one convention for the whole table (a badge column, links only in names, links only
        # in the link column) is the table's own business: only a mix is reported, and only
        # rows that leave the link cell empty (`-`, `N/A`, `无` say "none" on purpose)
        # and only where the link column holds the entries' own links: some rows link only
        # there (a paper column beside linked dataset names is another resource)
        if in_column < minimum or only_column < minimum:
            continue
        header = table.header.texts[columns.link]
        for row, (named, _, empty) in zip(table.body, placements, strict=True):
            if named and empty:
                yield Finding(
                    row.line,
                    row.column_of(columns.link),
                    f"the link is in the name cell and the `{header}` cell is empty; "
                    f"{in_column} of the table's {len(table.body)} rows put their link there",
                )


RULE = Rule(
    code="AL005",
    name="link-placement",
    summary="A row puts its link elsewhere than the table's link column, in a table that mixes",
    severity=Severity.ERROR,
    check=check,
    options={"min-rows": 2},
)
