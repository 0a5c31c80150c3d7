"""Pull requests and adoption: --changed-since, baselines, paths, and pre-commit itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TESTS, run

LIST = (
    "# List\n\n"
    "| Name | Description | Link |\n"
    "| --- | --- | --- |\n"
    "| A | first | [gh](https://a.io) |\n"
    "| B | old duplicate | [gh](https://a.io) |\n"
    "| C | third | [gh](https://c.io) |\n"
    "| D | fourth | [gh](https://d.io) |\n"
    "| E | fifth | [gh](https://e.io) |\n\n"
    "## License\n\nCC0\n"
)


def git(folder: Path, *arguments: str) -> str:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}  # fmt: skip
    done = subprocess.run(
        ["git", *arguments], cwd=folder, env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "README.md").write_text(LIST, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "list")
    return tmp_path


def findings(path: Path, *flags: str) -> list[tuple[int, str]]:
    result = run("check", "--format", "json", "--select", "AL002,AL004,AL201", *flags, str(path))
    assert result.code in (0, 1), result.err
    return [(item["line"], item["code"]) for item in json.loads(result.out)]


def test_only_the_changed_row_is_reported(repo: Path) -> None:
    readme = repo / "README.md"
    assert (6, "AL201") in findings(readme)  # the old duplicate, and the table's format
    readme.write_text(LIST.replace("| C | third |", "| C |  |"), encoding="utf-8")
    assert findings(readme, "--changed-since", "HEAD") == [(3, "AL002"), (7, "AL004")]


def test_a_branch_against_a_main_that_moved_on(repo: Path) -> None:
    readme = repo / "README.md"
    git(repo, "checkout", "-q", "-b", "feature")
    readme.write_text(LIST.replace("| D | fourth |", "| D |  |"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "feature row")
    git(repo, "checkout", "-q", "main")
    readme.write_text(LIST.replace("| C | third |", "| C |  |"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "feature")
    assert findings(readme, "--changed-since", "main") == [(3, "AL002"), (8, "AL004")]


def test_a_missing_ref_says_how_to_fetch_it_once(repo: Path) -> None:
    (repo / "other.md").write_text(LIST, encoding="utf-8")
    for command in ("check", "fix"):
        result = run(command, "--changed-since", "origin/main", str(repo))
        assert result.code == 2
        assert result.err == (
            "awesome-lint: `origin/main` is not a revision here; fetch it first, for example "
            "`git fetch origin main` (on GitHub Actions: actions/checkout with fetch-depth: 0)\n"
        )
    assert (repo / "README.md").read_text(encoding="utf-8") == LIST


def test_changed_since_outside_a_repository_says_so(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST, encoding="utf-8")
    result = run("check", "--changed-since", "main", str(tmp_path / "README.md"))
    assert result.code == 2
    assert (
        result.err == f"awesome-lint: --changed-since main: {tmp_path} is not in a git repository\n"
    )


def test_a_renamed_list_reports_only_the_lines_the_change_touched(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    git(repo, "mv", "README.md", "list.md")
    git(repo, "commit", "-q", "-m", "rename")
    listed = repo / "list.md"
    assert findings(listed, "--changed-since", "main") == []
    listed.write_text(LIST.replace("| C | third |", "| C |  |"), encoding="utf-8")
    assert findings(listed, "--changed-since", "main") == [(3, "AL002"), (7, "AL004")]


TWO_TABLES = (
    "Intro\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nMiddle\n\n| c | d |\n|---|---|\n| 3 | 4 |\n"
)


def _two_tables(repo: Path) -> tuple[Path, str]:
    """The README of ``repo`` rewritten as two tables, committed."""
    readme = repo / "README.md"
    readme.write_text(TWO_TABLES, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "two tables")
    return readme, TWO_TABLES


def test_fix_check_reports_only_tables_the_change_touched(repo: Path) -> None:
    readme, text = _two_tables(repo)
    readme.write_text(text.replace("| 3 | 4 |", "| 3 | 45 |"), encoding="utf-8")
    assert run("fix", "--check", str(readme)).code == 1
    assert run("fix", "--check", "--changed-since", "HEAD", str(readme)).code == 1
    readme.write_text(text.replace("Middle", "Middle text"), encoding="utf-8")
    assert run("fix", "--check", "--changed-since", "HEAD", str(readme)).code == 0


def test_fix_rewrites_only_tables_the_change_touched(repo: Path) -> None:
    readme, text = _two_tables(repo)
    readme.write_text(text.replace("| 1 | 2 |", "| 1 | 2 |\n| 5 | 6 |"), encoding="utf-8")
    assert run("fix", "--changed-since", "HEAD", str(readme)).code == 0
    assert readme.read_text(encoding="utf-8") == (
        "Intro\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n| 5   | 6   |\n\n"
        "Middle\n\n| c | d |\n|---|---|\n| 3 | 4 |\n"
    )


def test_a_baseline_survives_edits_above_and_lets_new_problems_through(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(LIST, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    written = run("check", "--write-baseline", str(baseline), str(readme))
    assert (written.code, written.out) == (0, "")
    assert written.err == f"Wrote a baseline of 1 finding to {baseline}.\n"
    again = run("check", "--baseline", str(baseline), str(readme))
    assert (again.code, again.out) == (0, "")
    assert again.err == "No problems found in 1 file (1 baselined).\n"
    edited = "Intro paragraph.\n\nMore.\n\n" + LIST.replace(
        "| D | fourth | [gh](https://d.io) |", "| D | fourth | [gh](https://c.io) |"
    )
    readme.write_text(edited, encoding="utf-8")
    result = run("check", "--format", "json", "--baseline", str(baseline), str(readme))
    # only the edited row's new duplicate (a changed line is new)
    assert [(item["line"], item["code"]) for item in json.loads(result.out)] == [(12, "AL201")]
    assert result.err == "Found 1 problem (1 error, 0 warnings) in 1 file (1 baselined).\n"
    assert run("check", "--exit-zero", str(readme)).code == 0


def test_a_baseline_that_is_a_pipe_is_refused_without_a_hang(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(LIST, encoding="utf-8")
    pipe = tmp_path / "baseline.json"
    os.mkfifo(pipe)
    result = run("check", "--baseline", str(pipe), str(readme))
    assert result.code == 2
    assert result.err == (
        f"awesome-lint: cannot read the baseline: {pipe}: a named pipe, not a regular file\n"
    )


def test_a_baseline_is_written_through_a_link_atomically(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(LIST, encoding="utf-8")
    (tmp_path / "records").mkdir()
    target = tmp_path / "records" / "baseline.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "baseline.json"
    link.symlink_to("records/baseline.json")
    assert run("check", "--write-baseline", str(link), str(readme)).code == 0  # written: exit 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(path.name for path in target.parent.iterdir()) == ["baseline.json"]
    assert run("check", "--baseline", str(link), str(readme)).code == 0


def test_a_baseline_into_a_file_that_is_no_folder_is_an_error(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(LIST, encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file\n", encoding="utf-8")
    result = run("check", "--write-baseline", str(blocker / "b.json"), str(readme))
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        f"awesome-lint: cannot write the baseline: {blocker}/b.json: cannot write (Not a directory)"
    )


def test_folders_globs_gitignore_and_excluded_paths(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "docs").mkdir()
    (repo / "docs" / "a.md").write_text("| a |\n|---|\n", encoding="utf-8")
    (repo / "node_modules").mkdir()
    (repo / "node_modules" / "x.md").write_text("| x |\n|---|\n", encoding="utf-8")
    (repo / "build").mkdir()
    (repo / "build" / "y.md").write_text("| y |\n|---|\n", encoding="utf-8")
    (repo / ".gitignore").write_text("build/\n", encoding="utf-8")
    result = run("check", "--select", "AL002", "--format", "concise", str(repo))
    files = {line.split(":")[0] for line in result.out.splitlines()}
    assert files == {str(repo / "README.md"), str(repo / "docs" / "a.md")}
    result = run(
        "check", "--select", "AL002", "--format", "concise", "--exclude-path", "*/docs/*", str(repo)
    )
    assert {line.split(":")[0] for line in result.out.splitlines()} == {str(repo / "README.md")}
    result = run("check", "--select", "AL002", "--format", "concise", str(repo / "docs" / "*.md"))
    assert {line.split(":")[0] for line in result.out.splitlines()} == {str(repo / "docs/a.md")}
    # a hook given only excluded files has nothing to do; a path of no Markdown is a mistake
    for command in ("check", "fix"):
        result = run(command, "--exclude-path", "*/docs/*", str(repo / "docs" / "a.md"))
        assert result.code == 0, result.err
    monkeypatch.chdir(repo)  # globs of paths are read from the working folder too
    for glob in ("docs", "./docs/*", "docs/*"):  # a folder by its name or path
        result = run(
            "check", "--select", "AL002", "--format", "concise", "--exclude-path", glob, str(repo)
        )
        assert {line.split(":")[0] for line in result.out.splitlines()} == {str(repo / "README.md")}
    (repo / "empty").mkdir()
    assert run("check", str(repo / "empty")).code == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_try_repo_check_fails_then_passes_after_the_fix_hook(tmp_path: Path) -> None:
    """pre-commit itself, installing this repository as a hook repository (pip may use the
    package registry, as CI can)."""
    project = TESTS.parent
    hooks = tmp_path / "hooks"
    shutil.copytree(
        project, hooks, ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__")
    )
    git(hooks, "init", "-q")
    git(hooks, "add", ".")
    git(hooks, "commit", "-q", "-m", "hooks")
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-q")
    (work / "README.md").write_text(
        "# L\n\n| 名称 | b |\n|---|---|\n| x | 1 |\n\n## License\n\nCC0\n", encoding="utf-8"
    )
    git(work, "add", ".")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    def try_repo(hook: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), hook, "--all-files"],
            cwd=work, env=environment, capture_output=True, text=True, check=False,
        )  # fmt: skip

    # formatting is the fix hook's business (as `ruff format` beside `ruff check`)
    first = try_repo("awesome-lint")
    assert first.returncode == 0, first.stdout + first.stderr
    fixed = try_repo("awesome-lint-fix")
    assert fixed.returncode == 1  # pre-commit fails a hook that modified files
    assert "| 名称 | b   |" in (work / "README.md").read_text(encoding="utf-8")
    assert try_repo("awesome-lint-fix").returncode == 0
    # a cell GitHub hides is the check hook's
    (work / "README.md").write_text(
        "# L\n\n| 名称 | b |\n|---|---|\n| x | 1 | hidden |\n\n## License\n\nCC0\n",
        encoding="utf-8",
    )
    second = try_repo("awesome-lint")
    assert second.returncode == 1, second.stdout + second.stderr
    assert "AL001" in second.stdout


def test_a_changed_row_of_a_big_list_fetches_only_its_own_links(tmp_path: Path) -> None:
    from linkfarm import Farm

    with Farm() as farm:
        git(tmp_path, "init", "-q", "-b", "main")
        rows = [
            f"| P{index} | project {index} | [gh]({farm.url(f'/ok/{index}')}) |"
            for index in range(10_000)
        ]
        header = "| Name | Description | Link |\n| --- | --- | --- |\n"
        readme = tmp_path / "README.md"
        readme.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        git(tmp_path, "add", ".")
        git(tmp_path, "commit", "-q", "-m", "big list")
        rows[5000] = f"| P5000 | project 5000 | [gh]({farm.url('/404')}) |"
        readme.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        result = run(
            "check", "--changed-since", "HEAD", "--links", "--allow-private", "--no-cache",
            "--select", "AL101", "--format", "json", str(readme),
        )  # fmt: skip
        assert [(item["line"], item["link_class"]) for item in json.loads(result.out)] == [
            (5003, "dead")
        ]
        assert {key.split()[1] for key in farm.state.hits} == {"/404"}


def test_changed_lines_ignore_an_external_diff_tool_and_count_a_lone_cr(repo: Path) -> None:
    readme = repo / "README.md"
    git(repo, "config", "diff.external", "echo x")  # a difftastic setup prints no hunks
    readme.write_text(LIST.replace("| C | third |", "| C |  |"), encoding="utf-8")
    assert findings(readme, "--changed-since", "HEAD") == [(3, "AL002"), (7, "AL004")]
    # a lone CR ends a line for CommonMark, not for git: git's line 5 is lines 5 and 6 here
    readme.write_bytes(LIST.replace("| A | first |", "Note\r\n| A | first |").encode())
    git(repo, "commit", "-q", "-am", "a note")
    readme.write_bytes(
        LIST.replace("# List\n", "# List\rintro\n").replace("| C | third |", "| C |  |").encode()
    )
    assert (8, "AL004") in findings(readme, "--changed-since", "HEAD")


def test_changed_since_without_git_is_one_message(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(repo / "nowhere"))
    for command in ("check", "fix"):
        result = run(command, "--changed-since", "HEAD", str(repo / "README.md"))
        assert (result.code, result.err) == (
            2,
            "awesome-lint: --changed-since needs git, which is not installed here\n",
        )


def test_a_revision_unknown_for_one_file_stops_fix_before_any_is_written(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "other.md"
    outside.write_text("| a | b |\n|---|---|\n", encoding="utf-8")
    readme = repo / "README.md"
    changed = LIST.replace("| C | third |", "| C | 3rd |")
    readme.write_text(changed, encoding="utf-8")
    result = run("fix", "--changed-since", "HEAD", str(readme), str(outside))
    assert result.code == 2
    assert "is not in a git repository" in result.err
    assert readme.read_text(encoding="utf-8") == changed


def test_a_list_moved_to_another_folder_reports_only_what_the_change_touched(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "docs").mkdir()
    git(repo, "mv", "README.md", "docs/list.md")
    git(repo, "commit", "-q", "-m", "move")
    moved = repo / "docs" / "list.md"
    assert findings(moved, "--changed-since", "main") == []


def test_fix_follows_the_changed_lines_below_a_blank_line_it_inserts(repo: Path) -> None:
    """A fix round that inserts a line (AL003's blank line) moves what the change touched:
    the next round's edits are matched with the lines where they are then."""
    readme = repo / "README.md"
    rows = "".join(f"| {name} | MIT |\n" for name in "ABCEFGHI").replace(
        "| E |", "| D | MIT License |\n| E |"
    )
    text = "# List\nText right above.\n| Name | License |\n| --- | --- |\n" + rows
    readme.write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "licenses")
    changed = text.replace("| Name |", "| Name  |").replace("| E | MIT |", "| E | MIT License |")
    readme.write_text(changed, encoding="utf-8")
    (repo / ".awesome-lint.toml").write_text(
        '[blanks-around-table]\nstyle = "everywhere"\n', encoding="utf-8"
    )
    flags = ("--changed-since", "HEAD", "--select", "AL003,AL006", "--unsafe-fixes")
    assert run("fix", *flags, str(readme)).code == 0
    fixed = readme.read_text(encoding="utf-8")
    assert "Text right above.\n\n| Name  |" in fixed
    assert "| D | MIT License |" in fixed  # a row the change did not touch
    assert "| E | MIT |" in fixed


def test_an_excluded_name_matches_no_folder_above_here_nor_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "build" / "project"  # a checkout under a folder named `build`
    (project / ".git").mkdir(parents=True)
    (project / "README.md").write_text(LIST, encoding="utf-8")
    monkeypatch.chdir(project)
    for given in ("README.md", str(project / "README.md"), str(project)):
        result = run("check", "--select", "AL201", "--exclude-path", "build", given)
        assert "in 1 file" in result.err, given
    piped = run("fix", "--exclude-path", "*", "-", stdin=b"| a | b |\n|---|---|\n")
    assert (piped.code, piped.out) == (0, "| a   | b   |\n| --- | --- |\n")


def test_changed_since_says_standard_input_has_no_history(repo: Path) -> None:
    piped = run(
        "check", "--changed-since", "HEAD", "--stdin-filename", str(repo / "README.md"), "-",
        stdin=LIST.encode(),
    )  # fmt: skip
    assert piped.err.startswith(
        "awesome-lint: --changed-since reads no history of standard input: every line of it "
        "counts\n"
    )
    assert "AL201" in piped.out
