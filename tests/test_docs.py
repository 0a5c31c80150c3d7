"""Rule documents agree with the rules they describe, and `awesome-lint rules` shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TESTS, run

from awesome_lint.docs import parse_rule_document
from awesome_lint.rule import FixSafety, Rule
from awesome_lint.rules import RULES

DOCS = TESTS.parent / "rules"


def text_lines(rule: Rule) -> list[str]:
    return (DOCS / f"{rule.code}.md").read_text(encoding="utf-8").splitlines()


def _document(rule: Rule):  # type: ignore[no-untyped-def]
    return parse_rule_document((DOCS / f"{rule.code}.md").read_text(encoding="utf-8"))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_document_states_the_rules_facts(rule: Rule) -> None:
    document = _document(rule)
    assert (document.code, document.name) == (rule.code, rule.name)
    assert document.summary == rule.summary
    assert document.severity == rule.severity.value
    assert document.fix == (rule.fix_safety.value if rule.fix else "none")
    assert document.default == ("on" if rule.default else "off")
    text = (DOCS / f"{rule.code}.md").read_text(encoding="utf-8")
    for heading in ("## What it does", "## Why it matters", "## Example", "## Options"):
        assert heading in text


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_document_examples_fail_and_the_fixed_example_passes(rule: Rule, tmp_path: Path) -> None:
    if rule.network:
        pytest.skip("a network rule: its examples need live links (see test_links.py)")
    document = _document(rule)
    example = tmp_path / "example.md"
    example.write_text(document.example, encoding="utf-8")
    if rule.code == "AL006":  # its example needs the allowed values its document configures
        (tmp_path / ".awesome-lint.toml").write_text(
            '[column-values]\nallowed = { HTTPS = ["Yes", "No"] }\n', encoding="utf-8"
        )
    assert f" {rule.code} " in run("check", "--select", rule.code, str(example)).out
    fixed = tmp_path / "fixed.md"
    fixed.write_text(document.fixed_example, encoding="utf-8")
    remaining = run("check", "--select", rule.code, "--format", "json", str(fixed)).out
    assert '"fixable": true' not in remaining
    if rule.code != "AL001":  # a long row is reported until a person merges its cells
        assert f'"code": "{rule.code}"' not in remaining
    fix_text = next(line for line in text_lines(rule) if line.startswith("- **Fix**"))
    # a fix from link facts needs them; one made by hand is not the command's
    if rule.fix is not None and "--links" not in fix_text and "by hand" not in fix_text:
        selection = "AL001,AL002" if rule.code == "AL001" else f"AL002,{rule.code}"
        unsafe = ["--unsafe-fixes"] if rule.fix_safety is FixSafety.UNSAFE else []
        assert run("fix", "--select", selection, *unsafe, str(example)).code == 0
        assert example.read_text(encoding="utf-8") == document.fixed_example


def test_every_document_belongs_to_a_rule() -> None:
    codes = {rule.code for rule in RULES}
    assert {path.stem for path in DOCS.glob("*.md")} == codes


def test_rules_lists_every_rule_as_a_table() -> None:
    result = run("rules")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["code", "name", "severity", "fix", "default", "summary"]
    for rule in RULES:
        assert any(line.split()[:2] == [rule.code, rule.name] for line in lines)


def test_rules_prints_one_document_by_code_or_name() -> None:
    by_code = run("rules", "AL002")
    assert by_code.code == 0
    assert by_code.out == (DOCS / "AL002.md").read_text(encoding="utf-8")
    assert run("rules", "table-format").out == by_code.out


def test_rules_rejects_an_unknown_rule() -> None:
    result = run("rules", "AL999")
    assert result.code == 2
    assert "unknown rule `AL999`" in result.err


def test_fix_safety_values_are_documented() -> None:
    assert {safety.value for safety in FixSafety} == {
        "none",
        "safe",
        "edit",
        "unsafe",
        "display-only",
    }


def test_the_readme_rule_table_is_the_one_the_rules_make() -> None:
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules-table:")
    table = readme[readme.index("\n", start) + 1 : readme.index("<!-- rules-table end -->")]
    generated = run("rules", "--markdown")
    assert generated.code == 0
    assert table == generated.out, "run `awesome-lint rules --markdown` into the README"
    for rule in RULES:
        assert f"| [{rule.code}](rules/{rule.code}.md) | {rule.name} |" in table


def test_the_markdown_rule_table_states_each_fix_and_its_flags() -> None:
    rows = {
        line.split(" | ")[1]: line.split(" | ")
        for line in run("rules", "--markdown").out.splitlines()[2:]
    }
    assert rows["table-format"][4] == "safe, by plain `fix`"
    assert rows["blanks-around-table"][4] == "safe, by name"
    assert rows["missing-license"][4] == "unsafe, by name `--links` `--unsafe-fixes`"
    assert rows["unsorted-entries"][3:5] == ["off", "unsafe, by name `--unsafe-fixes`"]
    assert rows["dead-link"][4] == "–"
