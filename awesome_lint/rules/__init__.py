"""The rule registry: every rule, in code order, and selection by code, name or prefix."""

from __future__ import annotations

from awesome_lint.rule import Rule
from awesome_lint.rules import (
    archived_repo,
    blanks_around_table,
    broken_anchor,
    column_values,
    dead_link,
    description_style,
    duplicate_link,
    duplicate_name,
    empty_cell,
    invalid_url,
    license_mismatch,
    link_placement,
    list_license,
    missing_license,
    redirected_link,
    suppression_comment,
    table_column_count,
    table_format,
    unsorted_entries,
)

RULES: tuple[Rule, ...] = tuple(
    sorted(
        (
            suppression_comment.RULE,
            table_column_count.RULE,
            table_format.RULE,
            blanks_around_table.RULE,
            empty_cell.RULE,
            link_placement.RULE,
            column_values.RULE,
            description_style.RULE,
            broken_anchor.RULE,
            invalid_url.RULE,
            dead_link.RULE,
            redirected_link.RULE,
            archived_repo.RULE,
            license_mismatch.RULE,
            duplicate_link.RULE,
            duplicate_name.RULE,
            missing_license.RULE,
            unsorted_entries.RULE,
            list_license.RULE,
        ),
        key=lambda rule: rule.code,
    )
)
BY_CODE = {rule.code: rule for rule in RULES}


class UnknownSelector(LookupError):
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


def codes_for(selector: str) -> list[str]:
    """The codes of the rules a selector names (for suppression comments)."""
    return [rule.code for rule in resolve(selector)]
