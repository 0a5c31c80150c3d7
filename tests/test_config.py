"""Configuration files: where the search stops, and option values of the wrong shape."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import run

from awesome_lint.config import find_config

SHORT_ROW = "| Name | HTTPS |\n| --- | --- |\n| a | Yes | c |\n"  # a hidden cell: AL001
WHOLE = "must be a whole number, 0 or more"
NUMBER = "must be a number, 0 or more"
FINDING = "3:13: AL001 row has 3 cells but the header has 2; GitHub hides `c`"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (
            "[AL006]\nallowed = { HTTPS = [1, 2] }\n",
            "`AL006.allowed.HTTPS[0]` must be text, not `1`",
        ),
        (
            '[AL006]\nallowed = { HTTPS = "Yes" }\n',  # once read as `Y`, `e` and `s`
            '`AL006.allowed.HTTPS` must be a list of text, not `"Yes"`',
        ),
        (
            '[column-values]\nallowed = ["Yes"]\n',
            '`column-values.allowed` must be a table of name = [values], not `["Yes"]`',
        ),
        ("[AL006]\nmin-rows = -5\n", f"`AL006.min-rows` {WHOLE}, not `-5`"),
        ("[AL006]\nmin-count = 2.5\n", f"`AL006.min-count` {WHOLE}, not `2.5`"),
        ("[AL004]\nmin-filled = nan\n", f"`AL004.min-filled` {NUMBER}, not `NaN`"),
        ('[AL205]\nmin-sorted = "most"\n', f'`AL205.min-sorted` {NUMBER}, not `"most"`'),
        ("[AL203]\nrequire = 1\n", "`AL203.require` must be true or false, not `1`"),
        ("[AL006]\nmin-rows = true\n", f"`AL006.min-rows` {WHOLE}, not `true`"),
        ('[AL004]\ncolumns = "name"\n', '`AL004.columns` must be a list of text, not `"name"`'),
        (
            "[missing-license]\nextend-vocabulary = [[]]\n",
            "`missing-license.extend-vocabulary[0]` must be text, not `[]`",
        ),
        ("[AL007]\nfinal-punctuation = 1\n", "`AL007.final-punctuation` must be text, not `1`"),
        (
            '[AL003]\nstyle = "everwhere"\n',  # a typo once fell back to the default silently
            '`AL003.style` must be one of `"needed"`, `"everywhere"`, not `"everwhere"`',
        ),
        (
            '[duplicate-link]\ncross-section = "yes"\n',
            '`duplicate-link.cross-section` must be one of `"auto"`, `"report"`, `"allow"`, '
            'not `"yes"`',
        ),
    ],
)  # fmt: skip
def test_an_option_of_the_wrong_shape_is_named_and_other_files_go_on(
    write, option: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    config = write("strict/.awesome-lint.toml", option)
    bad = write("strict/list.md", SHORT_ROW)
    good = write("plain/list.md", SHORT_ROW)
    for command in (["check", "--select", "AL001,AL006"], ["fix", "--check"]):
        result = run(*command, str(bad), str(good))
        assert result.code == 2
        assert result.err.splitlines()[0] == f"awesome-lint: {config}: {message}"
        assert "Traceback" not in result.err
    assert (
        run("check", "--select", "AL001", "--format", "concise", str(bad), str(good)).out
        == f"{good}:{FINDING}\n"
    )
    assert bad.read_text() == SHORT_ROW


def test_allowed_values_of_the_right_shape_are_used(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", '[AL006]\nallowed = { HTTPS = ["Yes", "No"] }\n')
    path = write("list.md", "| Name | HTTPS |\n| --- | --- |\n| a | Maybe |\n")
    result = run("check", "--select", "AL006", "--format", "concise", str(path))
    assert result.out == (f"{path}:3:7: AL006 `Maybe` is not one of `Yes`, `No` in `HTTPS`\n")


def _git_init(folder: Path) -> None:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)


def test_the_search_stops_at_the_repository_root(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", 'ignore = ["AL001"]\n')  # above the repository: not ours
    path = write("repo/docs/list.md", SHORT_ROW)
    _git_init(tmp_path / "repo")
    assert find_config(str(path.parent)) is None
    result = run("check", "--select", "AL001", "--format", "concise", str(path))
    assert (result.code, result.out) == (1, f"{path}:{FINDING}\n")


def test_a_configuration_at_the_repository_root_applies(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = write("repo/.awesome-lint.toml", 'ignore = ["AL001"]\n')
    path = write("repo/docs/list.md", SHORT_ROW)
    _git_init(tmp_path / "repo")
    assert find_config(str(path.parent)) == str(config)
    assert run("check", "--select", "AL001", str(path)).code == 0


def test_a_worktree_or_submodule_root_is_a_root_too(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", 'ignore = ["AL001"]\n')
    path = write("checkout/list.md", SHORT_ROW)
    write("checkout/.git", "gitdir: /elsewhere/.git/worktrees/checkout\n")  # a file, not a folder
    assert find_config(str(path.parent)) is None


def test_without_a_repository_the_search_goes_up(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = write(".awesome-lint.toml", 'ignore = ["AL001"]\n')
    path = write("a/b/list.md", SHORT_ROW)
    if any(os.path.lexists(os.path.join(folder, ".git")) for folder in tmp_path.parents):
        pytest.skip("the temporary folder is inside a repository")
    assert find_config(str(path.parent)) == str(config)
