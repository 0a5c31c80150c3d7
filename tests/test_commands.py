"""What `check` and `fix` print around their findings: statistics, quiet runs, output files,
stdin names, baselines, hints, and errors that say what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run

LIST = """# List

| Name | Link | License |
|---|---|---|
| Alpaca | [a](https://alpaca.io) | MIT |
| BELLE | [b](https://belle.io) | MIT |
| Vicuna | [v](https://vicuna.io) | MIT |
| ChatGLM | [c](https://chatglm.io) | MIT |
| MOSS | [m](https://moss.io) | MIT |
| WizardLM | [w](https://wizardlm.io) | MIT |
| Yi | [y](https://yi.io) | MIT |
| Ziya | [z](https://alpaca.io) | MIT |
"""
FLAGS = ("--extend-select", "AL002,AL205")  # a plain fix and an unsafe one, beside the defaults
CONCISE = [
    "list.md:1:1: AL206 the list has no license section and no LICENSE file",
    "list.md:3:1: AL002 [*] table is not in `aligned` style: 10 of its 10 lines would change",
    "list.md:7:3: AL205 [*] `Vicuna` is out of order; the rest of this table is sorted by name",
    "list.md:12:14: AL201 `https://alpaca.io` is also the link of `Alpaca` on line 5, in this "
    "section",
]
SUMMARY = (
    "Found 4 problems (2 errors, 2 warnings) in 1 file; 1 fixable with `awesome-lint fix`; "
    "1 more with `awesome-lint fix --extend-select AL205 --unsafe-fixes`.\n"
)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of its own, the working folder, so that paths print relative."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "list.md").write_text(LIST, encoding="utf-8")
    return tmp_path


def test_statistics_count_findings_by_rule(here: Path) -> None:
    result = run("check", "--statistics", *FLAGS, "list.md")
    assert (result.code, result.err) == (1, SUMMARY)
    assert result.out == (
        "1  AL002  [*] table-format\n"
        "1  AL201  [ ] duplicate-link\n"
        "1  AL205  [*] unsorted-entries\n"
        "1  AL206  [ ] list-license\n"
    )
    (here / "more.md").write_text(
        LIST.replace("[z](https://alpaca.io)", "[z](https://ziya.io)"), "utf-8"
    )
    both = run("check", "--statistics", "--select", "AL201,AL206", "list.md", "more.md")
    # (two pages of one folder: its missing license is told once)
    assert both.out == "1  AL201  [ ] duplicate-link\n1  AL206  [ ] list-license\n"


def test_the_hints_name_every_flag_a_fix_needs(here: Path) -> None:
    """AL205's fix is unsafe: `--extend-select AL205` alone would fix nothing."""
    result = run("check", "--output-format", "concise", *FLAGS, "list.md")
    assert (result.out.splitlines(), result.err) == (CONCISE, SUMMARY)
    assert run("fix", "--extend-select", "AL205", "list.md").code == 0
    assert (here / "list.md").read_text(encoding="utf-8").splitlines()[6].startswith("| Vicuna ")
    assert run("fix", "--extend-select", "AL205", "--unsafe-fixes", "list.md").code == 0
    assert (here / "list.md").read_text(encoding="utf-8").splitlines()[6].startswith("| ChatGLM ")


def test_quiet_prints_the_report_only(here: Path) -> None:
    flags = ("--output-format", "concise", *FLAGS, "list.md")
    result = run("check", "--quiet", *flags)
    assert (result.code, result.out.splitlines(), result.err) == (1, CONCISE, "")
    assert run("check", "-q", *flags).out == result.out
    fixed = run("fix", "-q", "list.md")
    assert (fixed.code, fixed.out, fixed.err) == (0, "", "")


def test_output_file_holds_the_report_without_color(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FORCE_COLOR", "1")
    flags = ("--output-format", "concise", *FLAGS, "list.md")
    result = run("check", "--output-file", "report.txt", *flags)
    assert (result.code, result.out) == (1, "")
    assert result.err.startswith("Found 4 problems (\x1b[1;31m2 errors\x1b[0m, ")
    assert (here / "report.txt").read_text(encoding="utf-8").splitlines() == CONCISE
    run("check", "-o", "report.json", "--format", "json", "list.md")
    assert (here / "report.json").read_text(encoding="utf-8").startswith('[\n  {\n    "path"')
    missing = run("check", "-o", str(here / "no" / "such" / "r.txt"), "list.md")
    assert (missing.code, missing.err) == (
        2,
        f"awesome-lint: {here / 'no' / 'such' / 'r.txt'}: cannot write the report "
        "(No such file or directory)\n",
    )


def test_stdin_filename_names_the_findings_and_finds_the_configuration(here: Path) -> None:
    (here / "docs").mkdir()
    (here / "docs" / ".awesome-lint.toml").write_text("ignore = ['AL2']\n", encoding="utf-8")
    stdin = LIST.encode()
    flags = ("--stdin-filename", "docs/x.md", "--format", "concise", "--extend-select", "AL002")
    result = run("check", *flags, stdin=stdin)
    assert result.out.splitlines() == [
        "docs/x.md:3:1: AL002 [*] table is not in `aligned` style: 10 of its 10 lines would change"
    ]
    assert run("check", *flags, "-", stdin=stdin).out == result.out
    fixed = run("fix", "--stdin-filename", "docs/x.md", "-", stdin=stdin)
    assert fixed.out.splitlines()[2] == "| Name     | Link                     | License |"
    assert fixed.err == "1 file fixed, 0 unchanged.\n"


def test_write_baseline_writes_says_how_many_and_exits_zero(here: Path) -> None:
    written = run("check", "--write-baseline", "base.json", "list.md")
    assert (written.code, written.out, written.err) == (
        0,
        "",
        "Wrote a baseline of 2 findings to base.json.\n",
    )
    again = run("check", "--baseline", "base.json", "list.md")
    assert (again.code, again.out, again.err) == (
        0,
        "",
        "No problems found in 1 file (2 baselined).\n",
    )


def test_config_errors_are_listed_together_with_did_you_mean(here: Path) -> None:
    (here / ".awesome-lint.toml").write_text(
        'colour = 1\nselect = ["AL999", "dupliate-link", "AL201"]\nstyle = "fancy"\n'
        'ignore-entries = ["(?=x)", "("]\n'
        '[severty]\nAL001 = "warning"\n[column-values]\nalowed = 1\nmin-rows = "x"\n'
        '[severity]\nAL999 = "error"\nAL001 = "fatal"\n'
        "[links]\ntimeout = -1\nretries = 2\n",
        encoding="utf-8",
    )
    (here / "other.md").write_text(LIST, encoding="utf-8")
    for command in ("check", "fix"):
        result = run(command, "list.md", "other.md")
        assert (result.code, result.out) == (2, "")
        assert result.err == (
            f"awesome-lint: {here / '.awesome-lint.toml'}: 12 problems in the configuration:\n"
            "  - unknown key `colour` (did you mean `columns`?)\n"
            "  - unknown rules in `select`: `AL999`, `dupliate-link` (did you mean "
            "`duplicate-link`?)\n"
            "  - `style` must be one of `aligned`, `compact`, not `fancy`\n"
            "  - `ignore-entries`: `(?=x)` is not a regular expression RE2 accepts (invalid perl "
            "operator: (?=)\n"
            "  - `ignore-entries`: `(` is not a regular expression RE2 accepts (missing ): ()\n"
            "  - unknown key `severty` (did you mean `severity`?)\n"
            "  - unknown option `alowed` of `column-values` (options: `allowed`, `min-rows`, "
            "`min-count`)\n"
            '  - `column-values.min-rows` must be a whole number, 0 or more, not `"x"`\n'
            "  - unknown rule `AL999` in `severity`\n"
            "  - `severity.AL001` must be `error` or `warning`, not `fatal`\n"
            "  - `links.timeout`: `-1` is not a finite number of seconds (more than 0)\n"
            "  - unknown key `links.retries`\n"
            + ("2 files not checked (see above).\n" if command == "check" else "")
            + ("2 files not fixed (see above).\n" if command == "fix" else "")
        )
    assert (here / "list.md").read_text(encoding="utf-8") == LIST


@pytest.mark.parametrize("command", ["check", "fix"])
def test_an_unknown_rule_flag_is_one_error_and_no_summary(here: Path, command: str) -> None:
    result = run(command, "--select", "AL21", "list.md", "list.md")
    assert (result.code, result.out, result.err) == (
        2,
        "",
        "awesome-lint: command line: unknown rule `AL21` (did you mean `AL201`?) in `--select`\n",
    )
    named = run(command, "--ignore", "duplicate-lnk", "list.md")
    assert named.err.endswith("(did you mean `duplicate-link`?) in `--ignore`\n")


def test_no_summary_claims_files_that_were_not_checked(here: Path) -> None:
    (here / "bad.md").write_bytes(b"| a |\n|---|\n\xff\n")
    missing = run("check", "nope.md")
    assert (missing.code, missing.err) == (
        2,
        "awesome-lint: nope.md: no such file\n1 file not checked (see above).\n",
    )
    mixed = run("check", "--select", "AL001", "nope.md", "bad.md", "list.md")
    assert (mixed.code, mixed.err) == (
        2,
        "awesome-lint: nope.md: no such file\n"
        "awesome-lint: bad.md:3:1: invalid UTF-8 at byte offset 12 (byte 0xff)\n"
        "No problems found in 1 file; 2 files not checked (see above).\n",
    )
    fixed = run("fix", "nope.md", "list.md")
    assert fixed.err == (
        "awesome-lint: nope.md: no such file\n1 file fixed, 0 unchanged, 1 not fixed (see above).\n"
    )


def test_show_fixes_lists_what_was_fixed(here: Path) -> None:
    result = run("fix", "--show-fixes", "--extend-select", "AL205", "--unsafe-fixes", "list.md")
    assert (result.code, result.out) == (0, "")
    assert result.err == (
        "Fixed 2 problems:\n- list.md:\n    1 × AL002 (table-format)\n"
        "    1 × AL205 (unsorted-entries)\n1 file fixed, 0 unchanged.\n"
    )


def test_a_first_fix_that_grows_a_file_points_to_max_width(here: Path) -> None:
    rows = "".join(f"| {n} | x |\n" for n in range(40))
    text = f"| a | b |\n|---|---|\n| {'w' * 120} | x |\n{rows}"
    (here / "wide.md").write_text(text, encoding="utf-8")
    result = run("fix", "wide.md")
    grown = (here / "wide.md").stat().st_size
    assert result.err == (
        f"wide.md: aligned tables grew the file {grown / len(text):.1f}× "
        f"({len(text):,} → {grown:,} bytes); `max-width = N` in the configuration (or "
        "`--max-width N`) writes tables wider than N columns compact\n"
        "1 file fixed, 0 unchanged.\n"
    )
    (here / "wide.md").write_text(text, encoding="utf-8")
    assert run("fix", "--max-width", "80", "wide.md").err == "1 file fixed, 0 unchanged.\n"
    piped = run("fix", "--diff", "-", stdin=text.encode())
    assert piped.err.startswith("<stdin>: aligned tables grew the file ")  # as named elsewhere


@pytest.mark.parametrize(
    ("flags", "config", "said"),
    [
        (("--select", ""), "", "command line: `--select` names no rule"),
        ((), "select = []\n", "`select` names no rule"),
    ],
)
def test_a_select_of_no_rule_is_an_error_not_a_clean_pass(
    here: Path, flags: tuple[str, ...], config: str, said: str
) -> None:
    (here / ".awesome-lint.toml").write_text(config, encoding="utf-8")
    result = run("check", *flags, "list.md")
    assert result.code == 2
    assert said in result.err
