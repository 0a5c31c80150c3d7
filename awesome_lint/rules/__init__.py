"""The rule registry: every rule, in code order, and selection by code, name or prefix."""

from __future__ import annotations

from awesome_lint.rule import Rule
from awesome_lint.rules import blanks_around_table, table_column_count, table_format

RULES: tuple[Rule, ...] = tuple(
    sorted(
        (table_column_count.RULE, table_format.RULE, blanks_around_table.RULE),
        key=lambda rule: rule.code,
    )
)
BY_CODE = {rule.code: rule for rule in RULES}
# the fixes that plain `awesome-lint fix` applies; other rules' fixes need selecting by name
FORMATTING = frozenset({table_column_count.RULE.code, table_format.RULE.code})


class UnknownSelector(Exception):
    """A rule code, name or prefix that matches no rule."""


def resolve(selector: str) -> list[Rule]:
    """The rules a selector names: ``ALL``, a code, a name or a code prefix (``AL0``)."""
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return list(RULES)
    matches = [
        rule
        for rule in RULES
        if rule.name == wanted.lower() or rule.code.startswith(wanted.upper())
    ]
    if not matches or not wanted:
        raise UnknownSelector(f"unknown rule `{selector}`")
    return matches
