"""Output for people and for CI logs: control characters from files and their names never
reach a terminal or a workflow log raw; JSON and SARIF stay valid JSON with the text as it is;
text as ruff shows it (plain, colored, concise); the Markdown report for job summaries and
issues, escaped as GitHub renders it."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import TESTS, run
from hypothesis import given, settings
from hypothesis import strategies as st
from oracle import github_html

from awesome_lint.report import (
    MARKDOWN_LIMIT,
    _fitting,
    blob_url,
    escape_control,
    format_github,
    format_markdown,
    format_text,
    markdown_text,
    use_color,
)
from awesome_lint.rule import Diagnostic, Severity
from awesome_lint.width import display_width

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


def test_escape_control_escapes_only_characters_that_are_not_printable() -> None:
    # printable text is returned as it is, without the pattern
    escaped = [char for char in map(chr, range(sys.maxunicode + 1)) if escape_control(char) != char]
    assert len(escaped) == 32 + 33 + 2 + 5 + 4 + 2048
    assert not any(char.isprintable() for char in escaped)


def _forged(tmp_path: Path, content: str) -> Path:
    path = tmp_path / FORGED_NAME
    path.write_text(content, encoding="utf-8")
    return path


def test_a_file_name_cannot_forge_a_workflow_command_in_text(tmp_path: Path) -> None:
    path = _forged(tmp_path, "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n")
    result = run("check", "--select", "AL001", "--format", "concise", str(path))
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
    result = run("check", "--select", "AL001", "--format", "concise", str(path))
    assert result.out == f"{path}:3:11: AL001 {EXTRA}\n"
    assert "\x1b" not in result.out + result.err
    full = run("check", "--select", "AL001", str(path)).out  # the source line is escaped too
    assert full.splitlines()[2] == "3 | | 1 | 2 | \\x1b]0;title\\x07\\x1b[31mred |"
    assert "\x1b" not in full


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


# --- the Markdown report --------------------------------------------------------------------

RULES_URL = "https://example.org/rules/"
SHA = "0123456789abcdef0123456789abcdef01234567"
BLOB = f"https://github.com/owner/list/blob/{SHA}/"


def finding(
    message: str, code: str = "AL201", line: int = 3, path: str = "README.md"
) -> Diagnostic:
    return Diagnostic(path, line, 5, code, "duplicate-link", Severity.ERROR, message, False)


def test_markdown_report_is_a_table_by_rule_and_file_linked_to_lines() -> None:
    found = [
        finding("`b` again", line=9, path="docs/b.md"),
        Diagnostic("README.md", 1, 1, "AL206", "list-license", Severity.WARNING, "none", False),
        finding("`a` again"),
    ]
    assert format_markdown(found, 2, RULES_URL, BLOB) == (
        "## awesome-lint\n\n"
        "Found 3 problems (2 errors, 1 warning) in 2 files.\n\n"
        "| rule | where | severity | message |\n"
        "| --- | --- | --- | --- |\n"
        f"| [AL201]({RULES_URL}AL201.md) duplicate-link | [README.md:3:5]({BLOB}README.md#L3) "
        "| error | \\`a\\` again |\n"
        f"| [AL201]({RULES_URL}AL201.md) duplicate-link | [docs/b.md:9:5]({BLOB}docs/b.md#L9) "
        "| error | \\`b\\` again |\n"
        f"| [AL206]({RULES_URL}AL206.md) list-license | [README.md:1:1]({BLOB}README.md#L1) "
        "| warning | none |\n"
    )


def test_markdown_report_without_findings_or_blob() -> None:
    assert format_markdown([], 4, RULES_URL) == "## awesome-lint\n\nNo problems found in 4 files.\n"
    row = format_markdown([finding("x")], 1, "file:///rules", None).splitlines()[-1]
    assert row == "| AL201 duplicate-link | README.md:3:5 | error | x |"


HOSTILE = (
    "`<img src=x onerror=alert(1)>` | @octocat and #12, GH-3, owner/repo#4 **bold** "
    "[x](https://evil.example) www.evil.example ~~gone~~ \\| &amp;\nnext line"
)


def test_cell_text_is_escaped_for_markdown_and_html_and_mentions_are_neutralised() -> None:
    assert markdown_text(HOSTILE) == (
        "\\`&lt;img src=x onerror=alert(1)&gt;\\` \\| @&#8203;octocat and #&#8203;12, "
        "GH-&#8203;3, owner/repo#&#8203;4 \\*\\*bold\\*\\* \\[x\\](https\\://evil.example) "
        "www\\.evil.example "
        "\\~\\~gone\\~\\~ \\\\\\| &amp;amp; next line"
    )
    html = github_html(format_markdown([finding(HOSTILE)], 1, RULES_URL, BLOB))
    cells = re.findall(r"<td>(.*?)</td>", html)
    assert len(cells) == 4
    assert cells[3] == (
        "`&lt;img src=x onerror=alert(1)&gt;` | @\u200boctocat and #\u200b12, GH-\u200b3, "
        "owner/repo#\u200b4 **bold** [x](https://evil.example) www.evil.example ~~gone~~ "
        "\\| &amp;amp; next line"
    )
    assert "<img" not in html and "<strong>" not in html and "<del>" not in html
    assert html.count("<a href") == 2  # the rule's document and the line, nothing else


def test_markdown_report_stays_under_the_size_of_an_issue() -> None:
    found = [finding("x" * 200, line=number) for number in range(1, 2001)]
    report = format_markdown(found, 1, RULES_URL, BLOB)
    assert MARKDOWN_LIMIT - 500 < len(report) <= MARKDOWN_LIMIT + 100 < 65_536
    shown = report.count("\n| [AL201]")
    assert report.endswith(f"\n{2000 - shown} more not shown: the report is too long.\n")


def test_blob_url_from_a_workflow_runs_variables() -> None:
    environ = {
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "owner/list",
        "GITHUB_SHA": SHA,
    }
    assert blob_url(environ) == BLOB
    assert blob_url({**environ, "GITHUB_SHA": "main"}) is None
    assert blob_url({}) is None


# --- text output, as ruff shows it -----------------------------------------------------------

GOLDEN = TESTS / "golden" / "output"


@pytest.fixture
def golden_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The golden list in a folder of its own, run from there so that paths are relative."""
    (tmp_path / "list.md").write_bytes((GOLDEN / "list.md").read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return "list.md"


WITH_FIXABLE = ("--extend-select", "AL002")  # a finding with a fix: ` [*]`
SUMMARY = "Found 5 problems ({}, {}) in 1 file; 1 fixable with `awesome-lint fix`.\n"


def test_text_output_is_ruffs_full_format(golden_list: str) -> None:
    result = run("check", *WITH_FIXABLE, golden_list)
    assert result.out == (GOLDEN / "full.txt").read_text(encoding="utf-8")
    assert result.err == SUMMARY.format("4 errors", "1 warning")


def test_text_output_in_color_by_severity(golden_list: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = run("check", *WITH_FIXABLE, golden_list)
    assert result.out == (GOLDEN / "colored.txt").read_text(encoding="utf-8")
    assert result.err == SUMMARY.format("\x1b[1;31m4 errors\x1b[0m", "\x1b[1;33m1 warning\x1b[0m")
    assert re.sub(r"\x1b\[[0-9;]*m", "", result.out) == (GOLDEN / "full.txt").read_text("utf-8")


def test_concise_output_is_the_first_lines_only(golden_list: str) -> None:
    concise = run("check", "--output-format", "concise", *WITH_FIXABLE, golden_list).out
    assert concise == (GOLDEN / "concise.txt").read_text(encoding="utf-8")
    full = (GOLDEN / "full.txt").read_text(encoding="utf-8")
    assert concise.splitlines() == [line for line in full.splitlines() if line.startswith("list")]
    assert run("check", "--format", "concise", *WITH_FIXABLE, golden_list).out == concise


def test_the_caret_stands_under_the_column_by_display_width(golden_list: str) -> None:
    lines = run("check", "--select", "AL001", golden_list).out.splitlines()
    # line 5, column 44: the cell `多余`, after 7 CJK characters (two columns each)
    assert lines[0].startswith("list.md:5:44: AL001 ")
    assert lines[2] == "5 | | [模型甲](https://a.example) | 很好的模型 | MIT | 多余 |"
    source, caret = lines[2][4:], lines[3][4:]
    assert caret.index("^") == display_width(source[: source.index("多余")])
    # a long line: a window around the column, marked with an ellipsis
    assert lines[9] == "7 | …很长的描述，这是一段很长的描述， | MIT | 多余 |"
    assert lines[10] == "  | " + " " * 42 + "^^ AL001"  # one CJK character, two columns


def test_the_carets_span_what_the_finding_covers_by_display_width() -> None:
    item = Diagnostic(
        "l.md", 1, 3, "AL006", "column-values", Severity.WARNING, "m", False,
        end_line=1, end_column=8,
    )  # fmt: skip
    text = format_text([item], {"l.md": ["| 模型 ab | x |"]}, {"l.md": ""})
    assert text.splitlines()[2:4] == ["1 | | 模型 ab | x |", "  |   ^^^^^^^ AL006"]


def test_rule_url_follows_rules_url_and_an_empty_one_shows_none(golden_list: str) -> None:
    Path(".awesome-lint.toml").write_text('rules-url = "https://docs.example/r"\n', "utf-8")
    out = run("check", "--select", "AL206", golden_list).out
    assert out.splitlines()[-1] == "  = rule: https://docs.example/r/AL206.md"
    Path(".awesome-lint.toml").write_text('rules-url = ""\n', "utf-8")
    out = run("check", "--select", "AL206", golden_list).out
    assert out.splitlines()[-1] == "  |"


@pytest.mark.parametrize(
    ("terminal", "environ", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),
        (False, {"FORCE_COLOR": "1"}, True),
        (False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, True),
        (False, {"FORCE_COLOR": ""}, False),
    ],
)
def test_use_color(terminal: bool, environ: dict[str, str], expected: bool) -> None:
    assert use_color(terminal, environ) is expected


def _console(path: str, environ: dict[str, str], terminal: bool) -> bytes:
    """The installed command's standard output, on a real terminal (a pty) or a pipe."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    command = [sys.executable, "-m", "awesome_lint", "check", "--select", "AL206", path]
    if not terminal:
        return subprocess.run(command, env={**env, **environ}, capture_output=True).stdout
    leader, follower = pty.openpty()
    with subprocess.Popen(command, env={**env, **environ}, stdout=follower, stderr=follower):
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks)


def test_color_on_a_terminal_never_in_a_pipe_and_no_color_honoured(golden_list: str) -> None:
    assert b"\x1b[1;33mAL206" in _console(golden_list, {}, terminal=True)
    assert b"\x1b[" not in _console(golden_list, {"NO_COLOR": "1"}, terminal=True)
    assert b"\x1b[" not in _console(golden_list, {}, terminal=False)
    assert b"\x1b[1;33mAL206" in _console(golden_list, {"FORCE_COLOR": "1"}, terminal=False)


def test_the_summary_hints_carry_exactly_the_flags_each_fix_needs() -> None:
    from awesome_lint.report import RunCounts, summary
    from awesome_lint.rules import BY_CODE

    def fixable(code: str) -> Diagnostic:
        rule = BY_CODE[code]
        return Diagnostic("l.md", 1, 1, code, rule.name, rule.severity, "m", True)

    found = [fixable(code) for code in ("AL002", "AL001", "AL003", "AL006", "AL205", "AL203")]
    found.append(fixable("AL102"))
    assert summary(found, RunCounts(1), BY_CODE) == (
        "Found 7 problems (3 errors, 4 warnings) in 1 file; 2 fixable with `awesome-lint fix`; "
        "2 more with `awesome-lint fix --extend-select AL003,AL006`; "
        "2 more with `awesome-lint fix --extend-select AL102,AL203 --links --unsafe-fixes`; "
        "1 more with `awesome-lint fix --extend-select AL205 --unsafe-fixes`."
    )
    assert summary([], RunCounts(0, unreadable=2), BY_CODE) == "2 files not checked (see above)."
    assert summary([], RunCounts(3, 1, 4), BY_CODE) == (
        "No problems found in 3 files (4 baselined); 1 file not checked (see above)."
    )


def test_a_lists_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_bytes("| a | b |\n| - | - |\n| \x1b[2J\u202eevil | x | y |\n".encode())
    out = run("check", "--select", "AL001", str(path)).out
    assert "\x1b" not in out and "\u202e" not in out
    assert out.splitlines()[2:4] == [
        "3 | | \\x1b[2J\\u202eevil | x | y |",
        "  | " + " " * len("| \\x1b[2J\\u202eevil | x | ") + "^ AL001",
    ]


def _fitting_one_by_one(text: str, start: int, room: int) -> int:
    """``_fitting`` as its document says it: characters taken while their widths fit."""
    used = fitted = 0
    for char in text[start:]:
        used += display_width(char)
        if used > room:
            break
        fitted += 1
    return fitted


# runs of printable ASCII, wide and zero-width characters, a combining mark, controls, emoji
_LINE = st.lists(
    st.sampled_from(
        [
            *("https://example.org/a", "| ", "[x]", " ", "a", "中文", "指令微调", "\u200b"),
            *("\u0301", "\t", "\x1b", "\x7f", "👨\u200d💻", "\ufe0f", "～", "é"),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINE, st.integers(0, 130), st.sampled_from([0, 1, 2, 3, 10, 98, 200]))
def test_the_window_fits_as_many_characters_as_their_widths_allow(
    text: str, start: int, room: int
) -> None:
    assert _fitting(text, start, room) == _fitting_one_by_one(text, start, room)
