"""The command as users run it: exit codes, output formats, selection, configuration, and
bad input that leaves every file untouched."""

from __future__ import annotations

import argparse
import gc
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import python_output, run

from awesome_lint.cli import COMMANDS, build_parser
from awesome_lint.commands import common

MISALIGNED = "| a | b |\n|---|---|\n| long cell | 2 |\n"
CORE = ("--select", "AL001,AL002,AL003")  # the table rules; others have tests of their own
ALIGNED = "| a         | b   |\n| --------- | --- |\n| long cell | 2   |\n"
SHORT_ROW = "| a | b |\n| --- | --- |\n| 1 |\n"
# the table rules' strict options: short rows and every missing blank line reported
STRICT = '[table-column-count]\nshort-rows = true\n[blanks-around-table]\nstyle = "everywhere"\n'


def test_check_reports_path_line_column_code_message_sorted(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", STRICT)
    path = write("list.md", "Intro\n" + SHORT_ROW)
    result = run("check", *CORE, "--output-format", "concise", str(path))
    assert result.code == 1
    assert result.out.splitlines() == [
        f"{path}:2:1: AL002 [*] table is not in `aligned` style: 2 of its 3 lines would change",
        f"{path}:2:1: AL003 [*] no blank line before the table",
        f"{path}:4:1: AL001 [*] row has 1 of the header's 2 cells; "
        "GitHub shows the missing 1 empty",
    ]
    assert result.err.startswith("Found 3 problems (3 errors, 0 warnings) in 1 file")


def test_check_clean_file_exits_zero(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", ALIGNED)
    result = run("check", *CORE, str(path))
    assert (result.code, result.out) == (0, "")
    assert result.err == "No problems found in 1 file.\n"


def test_check_json(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", STRICT)
    path = write("list.md", SHORT_ROW)
    records = json.loads(run("check", *CORE, "--format", "json", str(path)).out)
    assert records[0] == {
        "path": str(path),
        "line": 1,
        "column": 1,
        "code": "AL002",
        "name": "table-format",
        "severity": "error",
        "message": "table is not in `aligned` style: 2 of its 3 lines would change",
        "fixable": True,
        "related": [],
    }
    assert [record["code"] for record in records] == ["AL002", "AL001"]


@pytest.mark.parametrize(
    ("flags", "codes"),
    [
        (["--ignore", "AL2"], ["AL001"]),  # AL002 is not a default rule: `fix --check` is
        (["--ignore", "AL2", "--extend-select", "AL002"], ["AL002", "AL001"]),
        (["--select", "AL001"], ["AL001"]),
        (["--select", "table-format"], ["AL002"]),
        (["--select", "AL0", "--ignore", "AL002"], ["AL001"]),
        (["--select", "AL001", "--extend-select", "AL002"], ["AL002", "AL001"]),
        (["--ignore", "AL001,AL002", "--ignore", "AL206"], []),
    ],
)
def test_rule_selection(write, flags: list[str], codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", STRICT)
    path = write("list.md", SHORT_ROW)
    records = json.loads(run("check", "--format", "json", *flags, str(path)).out)
    assert [record["code"] for record in records] == codes


def test_unknown_rule_is_a_usage_error(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", SHORT_ROW)
    result = run("check", "--select", "AL999", str(path))
    assert result.code == 2
    assert "unknown rule `AL999`" in result.err


def test_severity_and_fail_on_from_config(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    write(".awesome-lint.toml", 'extend-select = ["AL002"]\n[severity]\nAL002 = "warning"\n')
    assert run("check", str(path)).code == 0
    assert run("check", "--fail-on", "warning", str(path)).code == 1
    records = json.loads(run("check", "--format", "json", str(path)).out)
    assert records[0]["severity"] == "warning"


def test_pyproject_table_and_nearest_config_wins(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write("pyproject.toml", '[tool.awesome-lint]\nstyle = "compact"\nextend-select = ["AL002"]\n')
    write("docs/pyproject.toml", "[project]\nname = 'x'\n")  # no table: does not count
    path = write("docs/list.md", "| a | b |\n| --- | --- |\n| long cell | 2 |\n")
    assert run("check", str(path)).code == 0
    write("docs/.awesome-lint.toml", 'style = "aligned"\nextend-select = ["AL002"]\n')
    assert run("check", str(path)).code == 1


def test_config_flag_overrides_discovery(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    config = write("elsewhere.toml", 'ignore = ["AL002"]\n')
    assert run("check", "--config", str(config), str(path)).code == 0


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("colour = 1\n", "unknown key `colour`"),
        ('select = ["AL999"]\n', "unknown rule `AL999` in `select`"),
        ('style = "fancy"\n', "`style` must be one of"),
        ("style = [\n", "invalid TOML"),
        ("[severity]\nAL001 = 'loud'\n", "`severity.AL001` must be `error` or `warning`"),
        ("max-width = -4\n", "`max-width` must be a whole number of columns (0: no limit)"),
    ],
)
def test_bad_config_is_exit_2_and_names_the_key(write, config: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    write(".awesome-lint.toml", config)
    for command in ("check", "fix"):
        result = run(command, str(path))
        assert result.code == 2
        assert message in result.err
        assert "Traceback" not in result.err
    assert path.read_text(encoding="utf-8") == MISALIGNED


def test_unreadable_config(write) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() == 0:
        config = write("missing-dir/none.toml", "")
        config.unlink()
        result = run("check", "--config", str(config), str(write("list.md", ALIGNED)))
    else:  # pragma: no cover - as a normal user a mode of 000 is unreadable
        config = write(".awesome-lint.toml", "")
        config.chmod(0)
        result = run("check", str(write("list.md", ALIGNED)))
    assert result.code == 2
    assert "cannot read configuration" in result.err


def test_a_folder_given_as_config_is_refused_with_its_name(write, tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = write("list.md", ALIGNED)
    result = run("check", "--config", str(tmp_path), str(listed))
    assert result.code == 2
    assert result.err.startswith(
        f"awesome-lint: cannot read configuration: {tmp_path}: is a directory\n"
    )
    assert "internal error" not in result.err


def test_fix_writes_only_table_lines_and_keeps_the_mode(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "# Title  \n\n" + MISALIGNED + "\ntrailing  ")
    path.chmod(0o640)
    result = run("fix", str(path))
    assert result.code == 0
    assert path.read_text(encoding="utf-8") == "# Title  \n\n" + ALIGNED + "\ntrailing  "
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert result.err == "1 file fixed, 0 unchanged.\n"
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]


def test_fix_check_and_diff_write_nothing(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    check = run("fix", "--check", str(path))
    assert (check.code, check.out) == (1, f"would fix {path}\n")
    diff = run("fix", "--diff", str(path))
    assert diff.code == 1
    assert diff.out.splitlines()[:3] == [f"--- a/{path}", f"+++ b/{path}", "@@ -1,3 +1,3 @@"]
    assert "+| long cell | 2   |" in diff.out
    assert path.read_text(encoding="utf-8") == MISALIGNED
    path.write_text(ALIGNED, encoding="utf-8")
    assert run("fix", "--check", str(path)).code == 0
    assert run("fix", "--diff", str(path)).out == ""


def test_fix_stdin_to_stdout() -> None:
    result = run("fix", "-", stdin=("\ufeff" + MISALIGNED).encode())
    assert result.code == 0
    assert result.out == "\ufeff" + ALIGNED


def test_fix_compact_style(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", ALIGNED)
    assert run("fix", "--style", "compact", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == "| a | b |\n| --- | --- |\n| long cell | 2 |\n"


def test_fix_applies_other_rules_only_when_selected_by_name(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", STRICT)
    text = "Intro\n" + ALIGNED
    path = write("list.md", text)
    assert run("fix", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == text
    assert run("fix", "--extend-select", "AL003", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == "Intro\n\n" + ALIGNED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"| a |\n|---|\n\xff\n", "list.md:3:1: invalid UTF-8 at byte offset 12 (byte 0xff)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "list.md: binary file (NUL byte at offset 8)"),
        ("| a |\n|---|\n".encode("utf-16"), "list.md: UTF-16 text, not UTF-8 (save it as UTF-8)"),
        ("| a |\n|---|\n".encode("utf-32"), "list.md: UTF-32 text, not UTF-8 (save it as UTF-8)"),
    ],
)
def test_bad_bytes_exit_2_untouched(write, content: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", content)
    for command in ("check", "fix"):
        result = run(command, str(path))
        assert result.code == 2
        assert message in result.err
        assert "Traceback" not in result.err
    assert path.read_bytes() == content


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = run("check", str(missing))
    assert (result.code, result.err.splitlines()[0]) == (
        2,
        f"awesome-lint: {missing}: no such file",
    )
    assert run("fix", str(tmp_path)).code == 2


def test_unreadable_file(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: every file is readable")
    result = run("check", str(path))
    assert (result.code, "permission denied" in result.err) == (2, True)


def test_highest_exit_code_wins_and_other_files_are_still_fixed(write) -> None:  # type: ignore[no-untyped-def]
    good = write("good.md", MISALIGNED)
    bad = write("bad.md", b"\xff")
    result = run("fix", str(bad), str(good))
    assert result.code == 2
    assert good.read_text(encoding="utf-8") == ALIGNED


# cmark-gfm pads no more than 524,288 cells of a table: padded, this one's later rows stay rows
# of a table no longer (tests/test_blocks.py), so its formatting fails the proof
RUNS_ON = "|" + "h|" * 2000 + "\n|" + "-|" * 2000 + "\n" + "| x |\n" * 300


def test_fix_holds_back_one_table_and_formats_the_others(write) -> None:  # type: ignore[no-untyped-def]
    text = MISALIGNED + "\n" + RUNS_ON + "\n" + MISALIGNED
    path = write("list.md", text)
    result = run("fix", str(path))
    assert result.code == 2
    assert f"{path}:5:1: AL002 not fixed: the cells of the table at line 5 would change" in (
        result.err
    )
    assert "1 file fixed, 0 unchanged; 1 table left as written (see above)." in result.err
    assert path.read_text(encoding="utf-8") == ALIGNED + "\n" + RUNS_ON + "\n" + ALIGNED
    again = run("fix", str(path))  # the same table, the same words: no file refused instead
    assert again.code == 2
    assert f"{path}:5:1: AL002 not fixed" in again.err
    assert "0 files fixed, 1 unchanged; 1 table left as written (see above)." in again.err


def test_a_held_table_is_kept_as_written_by_the_comment_its_note_gives(write) -> None:  # type: ignore[no-untyped-def]
    comment = "<!-- awesome-lint-disable-next-line AL002 -->\n"
    path = write("list.md", MISALIGNED + "\n" + comment + RUNS_ON)
    result = run("fix", str(path))
    assert result.code == 0, result.err
    assert path.read_text(encoding="utf-8") == ALIGNED + "\n" + comment + RUNS_ON


def test_fix_refuses_when_the_page_would_change(write, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", MISALIGNED)
    from awesome_lint import fix

    real = fix.render_html
    monkeypatch.setattr(fix, "render_html", lambda text: real(text) + str(len(text)).encode())
    result = run("fix", str(path))
    assert result.code == 2
    assert ":1:1: AL002 not fixed: GitHub would render the document differently" in result.err
    assert path.read_text(encoding="utf-8") == MISALIGNED


def test_no_path_means_the_readme_here(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run("check").code == 2
    (tmp_path / "Readme.md").write_text(MISALIGNED, encoding="utf-8")
    result = run("check", "--extend-select", "AL002")
    assert result.code == 1
    assert result.out.startswith("Readme.md:1:1: AL002")


def test_usage_errors_exit_2() -> None:
    assert run().code == 2
    assert run("check", "--format", "xml").code == 2
    assert run("lint").code == 2


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(b"\xfe")
    completed = subprocess.run(
        [sys.executable, "-m", "awesome_lint", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert "invalid UTF-8" in completed.stderr and "Traceback" not in completed.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_one_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("# List\n\n| Name | Link |\n| --- | --- |\n| a | [a](b.md) |\n", "utf-8")
    with open("/dev/full", "w", encoding="utf-8") as full:
        completed = subprocess.run(
            [sys.executable, "-m", "awesome_lint", "check", str(path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert completed.returncode == 2
    assert completed.stderr == "awesome-lint: cannot write the report (No space left on device)\n"


# what `check` of a list never runs: the fixer and its guard, the network, git, TOML and
# baselines it was not given, formats it does not write (the offline hook starts fast)
NOT_FOR_CHECK = (
    "requests",
    "awesome_lint.fix",
    "cmarkgfm",
    "concurrent.futures",
    "subprocess",
    "tempfile",
    "tomllib",
    "re2",
    "json",
    "difflib",
    "awesome_lint.commands.fix",
    "awesome_lint.commands.rules",
    "awesome_lint.commands.server",
)


def test_check_imports_only_what_it_runs(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_bytes((Path(__file__).parent / "corpus" / "seed__chinese-llm-list.md").read_bytes())
    code = (
        "import io, sys\nfrom awesome_lint.cli import main\n"
        f"code = main(['check', {str(path)!r}], stdout=io.StringIO(), stderr=io.StringIO())\n"
        f"print(code, [name for name in {NOT_FOR_CHECK!r} if name in sys.modules])"
    )
    printed = python_output(code, tmp_path)
    assert printed == "1 []\n"


@pytest.mark.parametrize(("output", "measured"), [("json", False), ("text", True)])
def test_check_measures_display_widths_only_for_the_lines_it_shows(
    tmp_path: Path, output: str, measured: bool
) -> None:
    # wcwidth (its C extension or the package) only for a report that shows CJK: the seed's
    path = tmp_path / "README.md"
    path.write_bytes((Path(__file__).parent / "corpus" / "seed__chinese-llm-list.md").read_bytes())
    code = (
        "import io, sys\nfrom awesome_lint.cli import main\n"
        f"main(['check', '--format', {output!r}, {str(path)!r}], stdout=io.StringIO())\n"
        "print(any(name.partition('.')[0] == 'wcwidth' for name in sys.modules))"
    )
    printed = python_output(code, tmp_path)
    assert printed == f"{measured}\n"


def _command_parser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    (commands,) = [action for action in parser._actions if action.dest == "command"]
    chosen = commands.choices[command]  # type: ignore[index]
    assert isinstance(chosen, argparse.ArgumentParser)
    return chosen


@pytest.mark.parametrize("command", COMMANDS)
def test_a_commands_parser_alone_is_the_one_of_the_whole_command_line(command: str) -> None:
    # `awesome-lint check ...` builds check's arguments only
    whole, alone = build_parser(), build_parser(command)
    assert _command_parser(alone, command).format_help() == (
        _command_parser(whole, command).format_help()
    )
    assert alone.format_help() == whole.format_help()
    others = [_command_parser(alone, other) for other in COMMANDS if other != command]
    assert all(len(other._actions) == 1 for other in others)  # -h alone
    for argv in ([command], [command, "--version"], [command, "-q", "x.md"]):
        try:
            expected = whole.parse_args(argv)
        except SystemExit as exit_:
            with pytest.raises(SystemExit) as raised:
                alone.parse_args(argv)
            assert raised.value.code == exit_.code
        else:
            assert alone.parse_args(argv) == expected


def test_a_command_called_in_process_freezes_nothing(write) -> None:  # type: ignore[no-untyped-def]
    # the console script freezes what it keeps until its exit; a caller's garbage stays
    # collectable
    path = write("list.md", ALIGNED)
    frozen = gc.get_freeze_count()
    assert run("check", str(path)).code == 0
    assert gc.get_freeze_count() == frozen
    assert common.kept_to_exit is None  # nor is what it made kept to the process's end


def test_a_rules_bug_costs_its_file_not_the_run(write, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a list is text from strangers: a row no rule foresaw (a link in a hidden cell once
    # crashed AL005) is reported as an internal error of that file, and the others are checked
    from awesome_lint.commands import check as check_command
    from awesome_lint.commands import fix as fix_command

    broken = write("broken.md", MISALIGNED)
    fine = write("fine.md", "Intro\n" + SHORT_ROW)
    real_lint, real_fixed = check_command.lint, fix_command._fixed

    def lint(document, *rest):  # type: ignore[no-untyped-def]
        if document.source.path == str(broken):
            raise IndexError("tuple index out of range")
        return real_lint(document, *rest)

    def fixed(request, path, *rest):  # type: ignore[no-untyped-def]
        if path == str(broken):
            raise IndexError("tuple index out of range")
        return real_fixed(request, path, *rest)

    monkeypatch.setattr(check_command, "lint", lint)
    monkeypatch.setattr(fix_command, "_fixed", fixed)
    result = run("check", *CORE, "--output-format", "concise", str(broken), str(fine))
    assert result.code == 2
    assert f"{fine}:2:1: AL002" in result.out
    assert str(broken) not in result.out
    assert f"awesome-lint: {broken}: internal error (IndexError: tuple index out of range)" in (
        result.err
    )
    result = run("fix", *CORE, str(broken), str(fine))
    assert result.code == 2
    assert broken.read_text("utf-8") == MISALIGNED  # left as it was
    assert fine.read_text("utf-8") != "Intro\n" + SHORT_ROW  # fixed all the same
    assert "internal error" in result.err


def test_an_unknown_flag_of_a_command_shows_that_commands_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("check", "--bogus", "list.md").code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: awesome-lint check ")
    assert err.endswith("awesome-lint check: error: unrecognized arguments: --bogus\n")
