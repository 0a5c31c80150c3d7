"""Output for people and for CI logs: control characters from files and their names never
reach a terminal or a workflow log raw; JSON and SARIF stay valid JSON with the text as it is."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.report import escape_control, format_github, format_text
from awesome_lint.rule import Diagnostic, Severity

FORGED_NAME = "x.md\n::error file=README.md::forged"
ESC_ROW = "| a | b |\n| --- | --- |\n| 1 | 2 | \x1b]0;title\x07\x1b[31mred |\n"
EXTRA = "row has 3 cells but the header has 2; GitHub hides `\\x1b]0;title\\x07\\x1b[31mred`"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain `text` 中文 🚀", "plain `text` 中文 🚀"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("\x1b[2J\x1b]8;;http://x\x07", "\\x1b[2J\\x1b]8;;http://x\\x07"),
        ("\x00\x7f\x85\x9b", "\\x00\\x7f\\x85\\x9b"),
        ("\u202eevil\u2066\u2028", "\\u202eevil\\u2066\\u2028"),
        ("name\udcff.md", "name\\udcff.md"),  # an undecodable byte of a file name
    ],
)
def test_escape_control(text: str, shown: str) -> None:
    assert escape_control(text) == shown


def _forged(tmp_path: Path, content: str) -> Path:
    path = tmp_path / FORGED_NAME
    path.write_text(content, encoding="utf-8")
    return path


def test_a_file_name_cannot_forge_a_workflow_command_in_text(tmp_path: Path) -> None:
    path = _forged(tmp_path, "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n")
    result = run("check", "--select", "AL001", str(path))
    shown = f"{tmp_path}/x.md\\n::error file=README.md::forged"
    assert result.out == (
        f"{shown}:3:11: AL001 row has 3 cells but the header has 2; GitHub hides `3`\n"
    )
    assert not any(line.startswith("::") for line in result.out.splitlines())


def test_a_file_name_cannot_forge_a_workflow_command_in_annotations(tmp_path: Path) -> None:
    path = _forged(tmp_path, ESC_ROW)
    result = run("check", "--select", "AL001", "--format", "github", str(path))
    assert result.out == (
        f"::error file={tmp_path}/x.md\\n%3A%3Aerror file=README.md%3A%3Aforged,line=3,col=11,"
        f"title=AL001 table-column-count::AL001 {EXTRA}\n"
    )


def test_fix_check_and_diff_escape_the_name(tmp_path: Path) -> None:
    path = _forged(tmp_path, "| a | b |\n| --- | --- |\n| 1 |\n")
    shown = f"{tmp_path}/x.md\\n::error file=README.md::forged"
    check = run("fix", "--check", str(path))
    assert (check.code, check.out) == (1, f"would fix {shown}\n")
    diff = run("fix", "--diff", str(path))
    assert diff.out.splitlines()[:2] == [f"--- a/{shown}", f"+++ b/{shown}"]


def test_errors_on_stderr_escape_the_name(tmp_path: Path) -> None:
    path = tmp_path / "gone\n::error::x.md"
    result = run("check", str(path))
    assert (
        result.err.splitlines()[0] == f"awesome-lint: {tmp_path}/gone\\n::error::x.md: no such file"
    )


def test_cell_text_with_escape_sequences_is_escaped_in_text(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", ESC_ROW)
    result = run("check", "--select", "AL001", str(path))
    assert result.out == f"{path}:3:11: AL001 {EXTRA}\n"
    assert "\x1b" not in result.out + result.err


def test_a_suppression_comment_with_escape_sequences_is_escaped(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "<!-- awesome-lint-disable AL\x1b[8m -->\ntext\n")
    result = run("check", "--select", "AL000", str(path))
    assert "\x1b" not in result.out
    assert "\\x1b[8m" in result.out


def test_json_and_sarif_keep_the_text_and_stay_valid(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", ESC_ROW)
    records = json.loads(run("check", "--select", "AL001", "--format", "json", str(path)).out)
    assert records[0]["message"] == EXTRA.replace("\\x1b", "\x1b").replace("\\x07", "\x07")
    sarif = json.loads(run("check", "--select", "AL001", "--format", "sarif", str(path)).out)
    assert sarif["runs"][0]["results"][0]["message"]["text"] == records[0]["message"]


@settings(max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")), deadline=None)
@given(path=st.text(min_size=1), message=st.text())
def test_no_path_or_message_can_break_a_line_or_reach_the_terminal(path: str, message: str) -> None:
    finding = Diagnostic(path, 1, 1, "AL001", "table-column-count", Severity.ERROR, message, False)
    for output in (format_text([finding]), format_github([finding])):
        assert output.endswith("\n") and output.count("\n") == 1
        assert not any(unicodedata.category(char) in ("Cc", "Cs") for char in output[:-1])
        output.encode("utf-8")  # writable to any UTF-8 stream: no lone surrogate is left
    assert format_github([finding]).startswith("::error file=")


def test_the_diff_escapes_control_characters_but_keeps_tabs(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "Intro\x1b[2J\there\n\n| a | b |\n|---|---|\n| \x1b]0;x\x07 | 2 |\n")
    result = run("fix", "--diff", str(path))
    assert result.out.splitlines()[2:] == [
        "@@ -1,5 +1,5 @@",
        " Intro\\x1b[2J\there",
        " ",
        "-| a | b |",
        "-|---|---|",
        "-| \\x1b]0;x\\x07 | 2 |",
        "+| a    | b   |",
        "+| ---- | --- |",
        "+| \\x1b]0;x\\x07 | 2   |",
    ]
