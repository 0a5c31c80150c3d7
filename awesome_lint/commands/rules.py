"""``awesome-lint rules``: every rule as a table, or one rule's document."""

from __future__ import annotations

from dataclasses import dataclass

from awesome_lint.commands.common import EXIT_CLEAN, Streams, UsageError
from awesome_lint.rules import RULES, UnknownSelector, resolve


@dataclass(frozen=True)
class RulesRequest:
    rule: str | None = None  # a code, name or prefix; None: every rule as a table


def run(request: RulesRequest, streams: Streams) -> int:
    from awesome_lint.docs import rule_document, rules_table

    if request.rule is None:
        streams.stdout.write(rules_table(RULES) + "\n")
        return EXIT_CLEAN
    try:
        matches = resolve(request.rule)
    except UnknownSelector as error:
        raise UsageError(str(error)) from None
    streams.stdout.write("\n".join(rule_document(rule) for rule in matches))
    return EXIT_CLEAN
