"""``awesome-lint rules``: every rule as a table, or one rule's document."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from awesome_lint.commands.common import EXIT_CLEAN, Streams, UsageError
from awesome_lint.rules import RULES, UnknownSelector, resolve


def add_rules_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", nargs="?", metavar="CODE", help="a rule code or name")
    parser.add_argument(
        "--markdown", action="store_true", help="every rule as the README's Markdown table"
    )


@dataclass(frozen=True)
class RulesRequest:
    rule: str | None = None  # a code, name or prefix; None: every rule as a table
    markdown: bool = False  # the table in Markdown, as the README holds it


def run(request: RulesRequest, streams: Streams) -> int:
    from awesome_lint.docs import markdown_rules_table, rule_document, rules_table

    if request.rule is None:
        table = markdown_rules_table(RULES) if request.markdown else rules_table(RULES)
        streams.stdout.write(table + "\n")
        return EXIT_CLEAN
    try:
        matches = resolve(request.rule)
    except UnknownSelector as error:
        raise UsageError(str(error)) from None
    streams.stdout.write("\n".join(rule_document(rule) for rule in matches))
    return EXIT_CLEAN
