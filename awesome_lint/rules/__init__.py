"""The rule registry: every rule, in code order, and selection by code, name or prefix."""

from __future__ import annotations

import importlib

from awesome_lint.rule import Rule

# the registry: one line per rule module, each holding one `RULE`
_MODULES = (
    "suppression_comment",
    "table_column_count",
    "table_format",
    "blanks_around_table",
    "empty_cell",
    "link_placement",
    "column_values",
    "description_style",
    "unused_suppression",
    "broken_anchor",
    "invalid_url",
    "dead_link",
    "redirected_link",
    "archived_repo",
    "license_mismatch",
    "duplicate_link",
    "duplicate_name",
    "missing_license",
    "unsorted_entries",
    "list_license",
)


def _rule_of(module: str) -> Rule:
    rule = importlib.import_module(f"{__name__}.{module}").RULE
    assert isinstance(rule, Rule), module
    return rule


RULES: tuple[Rule, ...] = tuple(sorted(map(_rule_of, _MODULES), key=lambda rule: rule.code))
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
        raise UnknownSelector(f"unknown rule `{selector}`{_suggestion(wanted)}")
    return matches


def _suggestion(wanted: str) -> str:
    """`` (did you mean `AL201`?)`` for a near miss of a code or a name; nothing otherwise."""
    import difflib  # only for a selector that names no rule

    names = {rule.name: rule.name for rule in RULES} | {rule.code: rule.code for rule in RULES}
    folded = {key.lower(): value for key, value in names.items()}
    close = difflib.get_close_matches(wanted.lower(), list(folded), n=1, cutoff=0.75)
    return f" (did you mean `{folded[close[0]]}`?)" if close else ""


def codes_for(selector: str) -> list[str]:
    """The codes of the rules a selector names (for suppression comments)."""
    return [rule.code for rule in resolve(selector)]
