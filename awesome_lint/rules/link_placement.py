"""AL005 link-placement: rows of a table with a link column that put their link elsewhere."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.inline import links
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity


def check(document: Document, context: Context) -> Iterator[Finding]:
    index = context.analysis.entries
    for table in document.tables:
        columns = index.columns.get(table.line)
        if columns is None or columns.link < 0:
            continue
        header = table.header.texts[columns.link]
        for row in table.body:
            link_cell = row.cell(columns.link)
            if link_cell is not None and any(
                not link.image for link in links(link_cell.text, document.definitions)
            ):
                continue
            where = row.column_of(columns.link)
            name_cell = row.cell(columns.name)
            in_name = name_cell is not None and any(
                not link.image and not link.url.startswith("#")
                for link in links(name_cell.text, document.definitions)
            )
            if in_name:
                yield Finding(
                    row.line,
                    where,
                    f"the link is in the name cell and the `{header}` cell is empty",
                )
            else:
                yield Finding(row.line, where, f"the row has no link, in `{header}` or elsewhere")


RULE = Rule(
    code="AL005",
    name="link-placement",
    summary="A row of a table with a link column puts its link elsewhere, or has none",
    severity=Severity.ERROR,
    check=check,
)
