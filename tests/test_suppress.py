"""Inline suppressions, configuration of the awesome-list rules, and the output formats."""

from __future__ import annotations

import json

from conftest import run

# two pairs (three entries sharing one link in a section are a collection, not duplicates)
DUPLICATES = (
    "- [A](https://a.io) - first.\n- [B](https://a.io) - again.\n"
    "- [C](https://c.io) - other.\n- [D](https://c.io) - again.\n"
)


def codes_and_lines(result_out: str) -> list[tuple[str, int]]:
    return [(item["code"], item["line"]) for item in json.loads(result_out)]


def check_json(path: object, *flags: str) -> list[tuple[str, int]]:
    return codes_and_lines(run("check", "--format", "json", *flags, str(path)).out)


def test_disable_enable_next_line_and_file(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "list.md",
        "<!-- awesome-lint-disable AL201 -->\n"
        + DUPLICATES
        + "<!-- awesome-lint-enable AL201 -->\n"
        + "- [E](https://e.io) - first.\n"
        + "- [F](https://e.io) - reported.\n"
        + "- [G](https://g.io) - first.\n"
        + "<!-- awesome-lint-disable-next-line duplicate-link -->\n"
        + "- [H](https://g.io) - suppressed by name.\n",
    )
    assert check_json(path, "--select", "AL201") == [("AL201", 8)]
    path.write_text("<!-- awesome-lint-disable-file -->\n" + DUPLICATES, encoding="utf-8")
    assert check_json(path, "--select", "AL201") == []


def test_a_comment_in_a_cell_suppresses_its_row(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "list.md",
        "| Name | Link |\n| --- | --- |\n| A | [x](https://a.io) |\n"
        "| B <!-- awesome-lint-disable-line AL201 --> | [x](https://a.io) |\n"
        "| C | [x](https://c.io) |\n| D | [x](https://c.io) |\n",
    )
    assert check_json(path, "--select", "AL201") == [("AL201", 6)]


def test_unknown_rule_in_a_comment_is_reported(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "<!-- awesome-lint-disable-file AL999 -->\n" + DUPLICATES)
    assert check_json(path, "--select", "AL000,AL201") == [
        ("AL000", 1),
        ("AL201", 3),
        ("AL201", 5),
    ]


def test_per_file_ignores_and_ignored_entries(write) -> None:  # type: ignore[no-untyped-def]
    path = write("docs/list.md", DUPLICATES)
    write(".awesome-lint.toml", 'select = ["AL201"]\n[per-file-ignores]\n"docs/*.md" = ["AL2"]\n')
    assert check_json(path) == []
    write(".awesome-lint.toml", 'select = ["AL201"]\nignore-entries = ["^B$"]\n')
    assert check_json(path) == [("AL201", 4)]
    write(".awesome-lint.toml", 'select = ["AL201"]\nignore-urls = ["a\\\\.io"]\n')
    assert check_json(path) == [("AL201", 4)]
    write(".awesome-lint.toml", 'select = ["AL201"]\nignore-urls = ["[ac]\\\\.io"]\n')
    assert check_json(path) == []


def test_rule_options_and_column_aliases(write) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"| Y{n} | 好{n} | [y](https://y.io/{n}) |\n" for n in range(5))
    path = write(
        "list.md",
        "| 项目 | 一句话 | Repo |\n| --- | --- | --- |\n| X |  | [x](https://x.io) |\n" + rows,
    )
    only_descriptions = '[empty-cell]\ncolumns = ["description"]\n'
    write(".awesome-lint.toml", only_descriptions)
    assert check_json(path, "--select", "AL004") == []  # 一句话 is no description column yet
    write(".awesome-lint.toml", '[columns]\ndescription = ["一句话"]\n' + only_descriptions)
    assert check_json(path, "--select", "AL004") == [("AL004", 3)]
    write(
        ".awesome-lint.toml",
        '[columns]\ndescription = ["一句话"]\n[empty-cell]\nmin-filled = 0.9\n',
    )
    assert check_json(path, "--select", "AL004") == []


def test_unknown_rule_option_is_exit_2(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", DUPLICATES)
    write(".awesome-lint.toml", "[AL201]\nstrict = true\n")
    result = run("check", str(path))
    assert result.code == 2
    assert "unknown option `strict` of `AL201`" in result.err
    write(".awesome-lint.toml", "[empty-cell]\ncolumns = 3\n")
    assert "must be a list" in run("check", str(path)).err


def test_github_annotations(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", DUPLICATES)
    write(".awesome-lint.toml", "[missing-license]\nrequire = true\n")  # every entry needs one
    out = run("check", "--select", "AL201,AL203", "--format", "github", str(path)).out
    lines = out.splitlines()
    assert (
        f"::error file={path},line=2,col=7,title=AL201 duplicate-link::AL201 "
        "`https://a.io` is also the link of `A` on line 1, in this section"
    ) in lines
    assert any(line.startswith("::warning ") and "AL203" in line for line in lines)


def test_sarif_has_what_code_scanning_requires(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", DUPLICATES)
    log = json.loads(run("check", "--select", "AL201", "--format", "sarif", str(path)).out)
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "awesome-lint"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert "AL201" in rule_ids
    assert driver["rules"][rule_ids.index("AL201")]["helpUri"].endswith("/rules/AL201.md")
    result = run_["results"][0]
    assert result["ruleId"] == "AL201"
    assert result["message"]["text"].startswith("`https://a.io` is also")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 7)
    assert result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_sarif_help_uris_follow_the_configured_base(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", DUPLICATES)
    write(".awesome-lint.toml", 'rules-url = "https://docs.example.org/rules/"\n')
    log = json.loads(run("check", "--select", "AL201", "--format", "sarif", str(path)).out)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["helpUri"].startswith("https://docs.example.org/rules/AL")


STALE = "<!-- awesome-lint-disable-next-line AL201 -->\n- [A](https://a.io) - alone.\n"


def test_unused_suppressions_count_only_rules_that_ran(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", STALE)
    assert check_json(path, "--select", "AL008,AL201") == [("AL008", 1)]
    assert check_json(path, "--select", "AL008") == []  # AL201 did not run: no judgement
    write(".awesome-lint.toml", "[per-file-ignores]\n'list.md' = ['AL201']\n")
    assert check_json(path, "--select", "AL008,AL201") == []
    path.write_text(
        "<!-- awesome-lint-disable-next-line AL101 -->\n- [A](https://a.io) - alone.\n",
        encoding="utf-8",
    )
    assert check_json(path, "--select", "AL008,AL101") == []  # a network rule, no --links


def test_an_unused_suppression_can_itself_be_suppressed(write) -> None:  # type: ignore[no-untyped-def]
    kept = STALE.replace("AL201 -->", "AL201 --> <!-- awesome-lint-disable-line AL008 -->")
    path = write("list.md", kept)
    assert check_json(path, "--select", "AL008,AL201") == []


def test_which_comment_suppressed_what() -> None:
    from awesome_lint.rules import codes_for
    from awesome_lint.suppress import read_suppressions

    found = read_suppressions(
        [
            "<!-- awesome-lint-disable-file AL203 -->",
            "<!-- awesome-lint-disable AL2 --> text <!-- awesome-lint-disable-line -->",
            "line three",
            "<!-- awesome-lint-enable AL2 -->",
            "line five",
        ],
        codes_for,
    )
    assert [(c.line, c.column, c.kind) for c in found.comments] == [
        (1, 1, "disable-file"),
        (2, 1, "disable"),
        (2, 40, "disable-line"),
    ]
    assert found.covering(2, "AL201") == {1, 2}
    assert found.covering(3, "AL203") == {0, 1}
    assert found.covering(3, "AL001") == frozenset()
    assert found.covering(5, "AL201") == frozenset()


def test_fix_leaves_what_a_comment_or_per_file_ignores_holds_back(write) -> None:  # type: ignore[no-untyped-def]
    """`fix` formats no table a suppression comment covers, as `check` reports none of it."""
    table = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    kept = "<!-- awesome-lint-disable-next-line table-format -->\n" + table
    path = write("list.md", "# T\n\n" + kept + "\n" + table)
    assert run("fix", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == (
        "# T\n\n" + kept + "\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n"
    )
    path.write_text("<!-- awesome-lint-disable-file -->\n" + table, encoding="utf-8")
    assert run("fix", "--check", str(path)).code == 0
    write(".awesome-lint.toml", "[per-file-ignores]\n'docs/*.md' = ['AL002']\n")
    other = write("docs/page.md", table)
    assert run("fix", "--check", str(other)).code == 0
    assert run("fix", "--check", "--extend-select", "AL001", str(other)).code == 0
