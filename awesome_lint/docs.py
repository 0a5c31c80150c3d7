"""Rule documents (``rules/AL001.md`` …): finding them, reading their facts, listing rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from awesome_lint import lazy_re
from awesome_lint.rule import FixSafety, Rule

_FENCE = lazy_re.compile(r"^```markdown\n(.*?)^```$", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class RuleDocument:
    code: str
    name: str
    summary: str
    severity: str
    fix: str
    default: str
    example: str
    fixed_example: str


def _document_path(code: str) -> Path | None:
    packaged = resources.files("awesome_lint") / "rule_docs" / f"{code}.md"
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "rules" / f"{code}.md"
    return checkout if checkout.is_file() else None


def rule_document(rule: Rule) -> str:
    path = _document_path(rule.code)
    if path is None:
        return f"# {rule.code} {rule.name}\n\n{rule.summary}\n"
    return path.read_text(encoding="utf-8")


def _example(text: str, heading: str) -> str:
    """The first Markdown code block after a ``## heading``."""
    start = re.search(rf"^## {re.escape(heading)}$", text, re.MULTILINE)
    match = _FENCE.search(text, start.end()) if start else None
    return match.group(1) if match else ""


def parse_rule_document(text: str) -> RuleDocument:
    """The facts a rule document states, so that tests can hold them against the rule."""
    lines = text.splitlines()
    title = lines[0].removeprefix("# ").split(" ", 1)
    summary = next(line for line in lines[1:] if line.strip())
    facts: dict[str, str] = {}
    for line in lines:
        match = re.match(r"^- \*\*(\w+)\*\*: (.*)$", line)
        if match:
            facts[match.group(1).lower()] = match.group(2)
    return RuleDocument(
        code=title[0],
        name=title[1] if len(title) > 1 else "",
        summary=summary,
        severity=facts.get("severity", ""),
        fix=facts.get("fix", "").split(" ")[0],
        default=facts.get("default", ""),
        example=_example(text, "Example"),
        fixed_example=_example(text, "Fixed example"),
    )


def rules_table(rules: Sequence[Rule]) -> str:
    """Every rule as a terminal table; tabulate is imported only here."""
    from tabulate import tabulate

    rows = [
        (
            rule.code,
            rule.name,
            rule.severity.value,
            rule.fix_safety.value if rule.fix else "-",
            "yes" if rule.default else "opt-in",
            rule.summary,
        )
        for rule in rules
    ]
    return tabulate(rows, headers=("code", "name", "severity", "fix", "default", "summary"))


def _fix_words(rule: Rule) -> str:
    """How a rule's fix runs, in the README's words."""
    if rule.fix is None:
        return "–"
    safety = rule.fix.safety
    if safety is FixSafety.DISPLAY_ONLY:
        return "shown, never applied"
    if rule.fix.automatic:
        return f"{safety.value}, by plain `fix`"
    flags = " `--links`" if rule.network or rule.fix.links else ""
    if safety is FixSafety.UNSAFE:
        flags += " `--unsafe-fixes`"
    return f"{safety.value}, by name{flags}"


def markdown_rules_table(rules: Sequence[Rule]) -> str:
    """Every rule as the README's Markdown table (a test keeps the README in step)."""
    lines = [
        "| code | name | severity | default | fix | summary |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        lines.append(
            f"| [{rule.code}](rules/{rule.code}.md) | {rule.name} | {rule.severity.value} "
            f"| {'on' if rule.default else 'off'} | {_fix_words(rule)} | {rule.summary} |"
        )
    return "\n".join(lines)
