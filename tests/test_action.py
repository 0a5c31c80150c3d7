"""The GitHub Action and the example workflow: valid for GitHub, safe with hostile input, and
their scripts run by hand in temporary git repositories (a fake `gh` stands in for GitHub)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import TESTS
from expressions import evaluate
from linkfarm import Farm

ROOT = TESTS.parent
ACTION = ROOT / "action.yml"
WORKFLOWS = sorted((ROOT / "examples" / "workflows").glob("*.yml"))
WORKFLOW = ROOT / "examples" / "workflows" / "awesome-lint.yml"
BIN = Path(sys.executable).parent  # awesome-lint and python3 of this environment
ALIGNED = "# List\n\n| Key | Value |\n| --- | ----- |\n| a   | 1     |\n"
MISALIGNED = "# List\n\n| Key | Value |\n| --- | --- |\n| a | 1 |\n"
DUPLICATE = MISALIGNED + "\n- [a](https://a.io) - one.\n- [b](https://a.io) - two.\n"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as a boolean
        data["on"] = data.pop(True)
    return data


def check_jsonschema(schema: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_action_validates_against_githubs_schema() -> None:
    result = check_jsonschema("vendor.github-actions", ACTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_example_workflows_validate_against_githubs_schema() -> None:
    assert WORKFLOWS
    result = check_jsonschema("vendor.github-workflows", *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_fails_on_an_unquoted_colon(tmp_path: Path) -> None:
    broken = tmp_path / "action.yml"
    text = ACTION.read_text(encoding="utf-8")
    broken.write_text(text.replace('"Markdown files', "Markdown files: the", 1), encoding="utf-8")
    assert check_jsonschema("vendor.github-actions", broken).returncode == 1


def test_every_job_has_a_timeout() -> None:
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            assert isinstance(job.get("timeout-minutes"), int), f"{path.name}: job {name}"


def _steps() -> Iterator[tuple[str, dict[str, Any]]]:
    for step in load(ACTION)["runs"]["steps"]:
        yield "action.yml", step
    for path in WORKFLOWS:
        for job in load(path)["jobs"].values():
            for step in job["steps"]:
                yield path.name, step


def test_no_expression_inside_a_run_script() -> None:
    scripts = [(where, step["run"]) for where, step in _steps() if "run" in step]
    assert len(scripts) >= 3
    for where, script in scripts:
        assert "${{" not in script, f"{where}: an expression spliced into a script"
    assert "${{ inputs." in ACTION.read_text(encoding="utf-8")  # the inputs go elsewhere: env


def test_every_input_reaches_a_step_through_env_or_with() -> None:
    action = load(ACTION)
    passed = "".join(
        json.dumps(step.get("env", {})) + json.dumps(step.get("with", {}))
        for step in action["runs"]["steps"]
    )
    for name in action["inputs"]:
        assert f"inputs.{name}" in passed, name
    assert {"args", "fail", "format"} <= set(action["inputs"])
    assert {"exit-code", "findings"} <= set(action["outputs"])


# --- the Action's check step, run by hand --------------------------------------------------


def _step(name: str) -> dict[str, Any]:
    return next(step for step in load(ACTION)["runs"]["steps"] if step.get("id") == name)


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.email", "t@example.org")
    git(folder, "config", "user.name", "t")
    (folder / "LICENSE").write_text("MIT\n", encoding="utf-8")
    return folder


def commit(folder: Path, files: Mapping[str, str], message: str = "change") -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)


class StepRun:
    def __init__(self, completed: subprocess.CompletedProcess[str], runner: Path) -> None:
        self.code = completed.returncode
        self.out = completed.stdout
        self.err = completed.stderr
        self.summary = (runner / "summary.md").read_text(encoding="utf-8")
        lines = (runner / "output").read_text(encoding="utf-8").splitlines()
        self.outputs = dict(line.split("=", 1) for line in lines)


def run_check_step(folder: Path, **inputs: str) -> StepRun:
    """The Action's check step as the runner runs it: its script in bash, its `env:` filled
    from the inputs (their defaults unless given), the runner's files in a folder."""
    action = load(ACTION)
    step = _step("check")
    runner = folder.parent / "runner"
    runner.mkdir(exist_ok=True)
    for name in ("summary.md", "output"):
        (runner / name).write_text("", encoding="utf-8")
    env = {
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", str(folder)),
        "RUNNER_TEMP": str(runner),
        "GITHUB_STEP_SUMMARY": str(runner / "summary.md"),
        "GITHUB_OUTPUT": str(runner / "output"),
    }
    for variable, value in step["env"].items():
        match = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value)
        if match:
            env[variable] = inputs.get(match[1], action["inputs"][match[1]]["default"])
    # on GitHub: the pull request's base branch, or nothing on a push
    env["INPUT_CHANGED_SINCE"] = inputs.get("changed-since", "")
    completed = subprocess.run(
        ["bash", "-c", step["run"]], cwd=folder, env=env, capture_output=True, text=True
    )
    return StepRun(completed, runner)


def markdown_report(folder: Path, *args: str) -> str:
    completed = subprocess.run(
        [str(BIN / "awesome-lint"), "check", "--format", "markdown", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    return completed.stdout


def test_a_clean_list_passes(repo: Path) -> None:
    commit(repo, {"README.md": ALIGNED})
    result = run_check_step(repo)
    assert result.code == 0, result.err
    assert result.out == ""
    assert result.outputs["exit-code"] == "0"
    assert result.outputs["findings"] == "0"
    assert result.summary == "## awesome-lint\n\nNo problems found in 1 file.\n"
    assert Path(result.outputs["report"]).read_text(encoding="utf-8") == result.summary


def test_findings_fail_as_annotations_and_the_summary_is_the_markdown_report(repo: Path) -> None:
    commit(repo, {"README.md": DUPLICATE})
    result = run_check_step(repo, sarif="out.sarif")
    assert result.code == 1
    assert result.out == (
        "would fix README.md\n"
        "::error file=README.md,line=8,col=7,title=AL201 duplicate-link::AL201 `https://a.io` "
        "is also the link of `a` on line 7, in this section\n"
    )
    assert result.outputs["exit-code"] == "1"
    assert result.outputs["findings"] == "1"
    assert result.summary == markdown_report(repo)
    assert "| [AL201](" in result.summary
    assert json.loads((repo / "out.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == (
        "AL201"
    )


def test_fail_false_reports_without_failing_but_an_error_still_fails(repo: Path) -> None:
    commit(repo, {"README.md": DUPLICATE})
    result = run_check_step(repo, fail="false")
    assert (result.code, result.outputs["exit-code"]) == (0, "1")
    (repo / ".awesome-lint.toml").write_text('style = "fancy"\n', encoding="utf-8")
    broken = run_check_step(repo, fail="false")
    assert (broken.code, broken.outputs["exit-code"], broken.outputs["findings"]) == (2, "2", "0")
    assert "`style` must be one of" in broken.err


def test_format_and_args_inputs(repo: Path) -> None:
    commit(repo, {"README.md": MISALIGNED})
    result = run_check_step(repo, format="json", args="--select AL003", **{"fix-check": "false"})
    assert (result.code, json.loads(result.out)) == (0, [])
    assert result.outputs["findings"] == "0"


def test_a_pull_request_reports_only_what_it_changed(repo: Path) -> None:
    commit(repo, {"README.md": MISALIGNED, "other.md": "- [x](https://x.io) - one.\n"})
    git(repo, "checkout", "-q", "-b", "pr")
    commit(repo, {"other.md": "- [x](https://x.io) - one.\n- [y](https://x.io) - two.\n"})
    result = run_check_step(repo, paths="other.md README.md", **{"changed-since": "main"})
    assert result.code == 1
    assert result.out == (
        "::error file=other.md,line=2,col=7,title=AL201 duplicate-link::AL201 `https://x.io` "
        "is also the link of `x` on line 1, in this section\n"
    )
    assert result.outputs["findings"] == "1"


@pytest.mark.parametrize(
    "inputs",
    [
        {"paths": "README.md $(touch pwned) `touch pwned`"},
        {"args": "--select AL001; touch pwned"},
        {"config": 'x.toml"; touch pwned; "'},
        {"format": "text $(touch pwned)"},
    ],
)
def test_hostile_inputs_stay_values(repo: Path, inputs: dict[str, str]) -> None:
    commit(repo, {"README.md": ALIGNED})
    result = run_check_step(repo, **inputs)
    assert result.code == 2
    assert not (repo / "pwned").exists()
    assert not (repo.parent / "pwned").exists()


# --- the example workflow's conditions, read from its `if:` expressions ------------------


def _context(event: str, head: str = "owner/list", **steps: dict[str, str]) -> dict[str, Any]:
    pull_request = {"head": {"repo": {"full_name": head}}}
    return {
        "github": {
            "event_name": event,
            "repository": "owner/list",
            "event": {"pull_request": pull_request} if event == "pull_request" else {},
        },
        "steps": {name: {"outputs": outputs} for name, outputs in steps.items()},
    }


def _jobs_that_run(context: Mapping[str, Any]) -> list[str]:
    jobs = load(WORKFLOW)["jobs"]
    return [name for name, job in jobs.items() if evaluate(job.get("if", "true"), context)]


def _sarif_upload() -> dict[str, Any]:
    steps = load(WORKFLOW)["jobs"]["check"]["steps"]
    return next(step for step in steps if "upload-sarif" in step.get("uses", ""))


@pytest.mark.parametrize(
    ("event", "head", "jobs", "uploads"),
    [
        ("pull_request", "owner/list", ["check"], True),
        ("pull_request", "fork/list", ["check"], False),  # a fork's token cannot write
        ("push", "", ["check"], True),
        ("schedule", "", ["weekly-links"], False),
        ("workflow_dispatch", "", ["weekly-links"], False),
    ],
)
def test_jobs_and_the_sarif_upload_by_event(
    event: str, head: str, jobs: list[str], uploads: bool
) -> None:
    context = _context(event, head, lint={"exit-code": "1"})
    assert _jobs_that_run(context) == jobs
    if "check" in jobs:
        assert evaluate(_sarif_upload()["if"], context) is uploads
        annotate = next(
            step
            for step in load(WORKFLOW)["jobs"]["check"]["steps"]
            if "awesome-lint/awesome-lint" in step.get("uses", "")
        )
        assert "if" not in annotate  # annotations on every pull request, forks included


def test_the_expression_reader_itself() -> None:
    context = {"a": {"b": "X"}, "n": {}}
    assert evaluate("a.b == 'x' && !(n.c != null)", context)
    assert not evaluate("${{ a.b != 'X' || n.c }}", context)


# --- the weekly job: links checked for real, the issue step against a fake `gh` ------------

FAKE_GH = """#!/usr/bin/env bash
# records its arguments, one JSON array a line; answers `issue list` from $FAKE_GH_ISSUES
python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@" >> "$FAKE_GH_LOG"
if [ "$1 $2" = "issue list" ]; then
  filter=""
  while [ $# -gt 0 ]; do
    if [ "$1" = "--jq" ]; then filter="$2"; fi
    shift
  done
  jq -r "$filter" <<< "$FAKE_GH_ISSUES"
fi
"""


def _weekly_step(name: str) -> dict[str, Any]:
    steps = load(WORKFLOW)["jobs"]["weekly-links"]["steps"]
    return next(step for step in steps if step.get("name") == name or step.get("id") == name)


def run_issue_step(folder: Path, report: str, issues: list[dict[str, Any]]) -> list[list[str]]:
    step = _weekly_step("Open or update the broken-links issue")
    fake = folder.parent / "fake-bin"
    fake.mkdir(exist_ok=True)
    (fake / "gh").write_text(FAKE_GH, encoding="utf-8")
    (fake / "gh").chmod(0o755)
    log = folder.parent / "gh.log"
    log.write_text("", encoding="utf-8")
    env = {
        "PATH": os.pathsep.join([str(fake), str(BIN), os.environ["PATH"]]),
        "FAKE_GH_LOG": str(log),
        "FAKE_GH_ISSUES": json.dumps(issues),
        "GH_TOKEN": "",
        "GH_REPO": "owner/list",
        "REPORT": report,
        "TITLE": step["env"]["TITLE"],
    }
    subprocess.run(["bash", "-c", step["run"]], cwd=folder, env=env, check=True)
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def farm() -> Iterator[Farm]:
    with Farm() as server:
        yield server


def test_weekly_links_open_then_update_one_issue_with_the_report(repo: Path, farm: Farm) -> None:
    text = f"# List\n\n- [Gone](<{farm.url('/404')}>) - a dead link.\n"
    commit(repo, {"README.md": text})
    with_ = _weekly_step("links")["with"]
    result = run_check_step(
        repo,
        links=with_["links"],
        fail=with_["fail"],
        args=with_["args"] + " --allow-private --max-retries 0 --no-cache",
        **{"fix-check": with_["fix-check"]},
    )
    assert (result.code, result.outputs["exit-code"], result.outputs["findings"]) == (0, "1", "1")
    context = _context("schedule", links=result.outputs)
    issue_step = _weekly_step("Open or update the broken-links issue")
    assert evaluate(issue_step["if"], context)
    assert not evaluate(issue_step["if"], _context("schedule", links={"exit-code": "0"}))
    report = result.outputs["report"]
    body = Path(report).read_text(encoding="utf-8")
    assert body == result.summary
    dead = farm.url("/404").replace("://", "\\://")  # no link made in the report
    assert body == (
        "## awesome-lint\n\nFound 1 problem (1 error, 0 warnings) in 1 file.\n\n"
        "| rule | where | severity | message |\n| --- | --- | --- | --- |\n"
        "| [AL101](https://github.com/awesome-lint/awesome-lint/blob/main/rules/AL101.md) "
        f"dead-link | README.md:3:11 | error | \\`{dead}\\` is dead: HTTP 404 |\n"
    )
    title = "awesome-lint: broken links"
    other = {"number": 7, "title": "Something else"}
    calls = run_issue_step(repo, report, [other])
    assert calls[-1] == ["issue", "create", "--title", title, "--body-file", report]
    calls = run_issue_step(repo, report, [other, {"number": 42, "title": title}])
    assert calls[-1] == ["issue", "edit", "42", "--body-file", report]
    assert all(call[0] == "issue" for call in calls)
