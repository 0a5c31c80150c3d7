"""A large list's rules in two processes: the same findings, in the same order, as one by one."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import CORPUS_FILES, run

from awesome_lint import parallel
from awesome_lint.config import Selection, Settings
from awesome_lint.document import Document
from awesome_lint.lint import lint
from awesome_lint.parse import parse_document
from awesome_lint.prepare import prepare
from awesome_lint.rule import Context, Finding, findings
from awesome_lint.rules import RULES, resolve
from awesome_lint.source import read_source

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="two processes only on Linux with two processors",
)


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Two processes for any document, as the console script's one command has them."""
    monkeypatch.setattr(parallel, "enabled", True)
    monkeypatch.setattr(parallel, "LEAST_LINES", 1)
    # (threads earlier tests left idle, a renderer's, a link deadline's, hold no lock a rule takes)
    monkeypatch.setattr(parallel, "_one_thread", lambda: True)
    yield


def _findings(path: Path) -> list[tuple[str, int, int, str]]:
    prepared = prepare(read_source(str(path)), Settings())
    found = lint(prepared.document, prepared.selection, prepared.context, prepared.settings)
    return [(item.code, item.line, item.column, item.message) for item in found]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[path.name for path in CORPUS_FILES])
def test_two_processes_find_what_one_finds(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _findings(path)
    monkeypatch.setattr(parallel, "enabled", True)
    monkeypatch.setattr(parallel, "LEAST_LINES", 1)
    monkeypatch.setattr(parallel, "_one_thread", lambda: True)
    document = parse_document(read_source(str(path)))
    assert parallel._two_processes(document)  # the fork is taken, not skipped
    assert _findings(path) == alone


def test_another_thread_keeps_the_rules_in_one_process(forking: None) -> None:
    document = parse_document(read_source(str(CORPUS_FILES[0])))
    assert parallel._two_processes(document)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "_one_thread", lambda: False)
        assert not parallel._two_processes(document)


def test_the_environment_may_ask_for_one_process(forking: None) -> None:
    document = parse_document(read_source(str(CORPUS_FILES[0])))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(parallel.PROCESSES_VARIABLE, "1")
        assert not parallel._two_processes(document)
        patch.setenv(parallel.PROCESSES_VARIABLE, "2")
        assert parallel._two_processes(document)


def test_a_thread_of_its_own_is_another_thread() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel._one_thread()
    finally:
        stop.set()
        thread.join()


def test_every_rule_the_child_runs_is_a_rule() -> None:
    codes = {rule.code for rule in RULES}
    assert codes >= parallel.CHILD_RULES
    assert not any(rule.network for rule in RULES if rule.code in parallel.CHILD_RULES)


def test_a_failed_child_leaves_its_half_to_this_process(
    forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's half fails there (the rule raises in any process but this one), and runs
    here: the findings are those of one process."""
    path = next(path for path in CORPUS_FILES if path.name.startswith("seed"))
    prepared = prepare(read_source(str(path)), Settings())
    duplicates, urls = resolve("AL201")[0], resolve("AL104")[0]
    parent = os.getpid()

    def only_here(document: Document, context: Context) -> Iterator[Finding]:
        if os.getpid() != parent:
            raise RuntimeError("a child that fails")
        return duplicates.check(document, context)

    failing = replace(duplicates, check=only_here)
    selection = Selection((failing, urls), frozenset(), prepared.selection.severity)
    found = lint(prepared.document, selection, prepared.context, prepared.settings)
    monkeypatch.setattr(parallel, "enabled", False)
    alone = lint(prepared.document, selection, prepared.context, prepared.settings)
    assert [item.code for item in found] == [item.code for item in alone]
    assert any(item.code == "AL201" for item in found)


@pytest.mark.parametrize("name", ["seed", "public-apis", "tensorchord"])
def test_rule_findings_are_one_processs_in_its_order(forking: None, name: str) -> None:
    """Rule by rule and finding by finding, as the rules give them one after another (AL005,
    the child's, comes before AL006, this process's: a merge by halves would misplace it)."""
    path = next(path for path in CORPUS_FILES if path.name.startswith(name))
    prepared = prepare(read_source(str(path)), Settings())
    rules = [rule for rule in RULES if not rule.network and not rule.needs]
    alone = list(findings(rules, prepared.document, prepared.context))
    used = []
    received = parallel._received

    def recorded(sent: tuple[int, int]) -> list[tuple[int, Finding]] | None:
        found = received(sent)
        used.append(found is not None)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "_received", recorded)
        both = parallel.rule_findings(rules, prepared.document, prepared.context)
    assert used == [True]  # the child's findings, not this process's second try
    assert [(rule.code, finding) for rule, finding in both] == [
        (rule.code, finding) for rule, finding in alone
    ]
    assert {rule.code for rule, _ in both} & parallel.CHILD_RULES


def test_a_rule_given_twice_is_run_twice(forking: None) -> None:
    path = next(path for path in CORPUS_FILES if path.name.startswith("seed"))
    prepared = prepare(read_source(str(path)), Settings())
    rules = [*resolve("AL201"), *resolve("AL104"), *resolve("AL201")]
    alone = list(findings(rules, prepared.document, prepared.context))
    both = parallel.rule_findings(rules, prepared.document, prepared.context)
    assert both == alone
    assert sum(rule.code == "AL201" for rule, _ in both) == 2 * sum(
        rule.code == "AL201"
        for rule, _ in findings(resolve("AL201"), prepared.document, prepared.context)
    )


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_no_process_to_be_had_leaves_it_all_here(forking: None) -> None:
    path = next(path for path in CORPUS_FILES if path.name.startswith("seed"))
    prepared = prepare(read_source(str(path)), Settings())
    rules = [rule for rule in RULES if not rule.network and not rule.needs]
    alone = list(findings(rules, prepared.document, prepared.context))
    before = _open_descriptors()

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fork", no_fork)
        both = parallel.rule_findings(rules, prepared.document, prepared.context)
    assert both == alone
    assert _open_descriptors() == before  # the pipe's two ends closed


def test_a_child_reaped_by_no_one_is_judged_by_what_it_wrote(forking: None) -> None:
    path = next(path for path in CORPUS_FILES if path.name.startswith("seed"))
    prepared = prepare(read_source(str(path)), Settings())
    rules = [rule for rule in RULES if not rule.network and not rule.needs]
    alone = list(findings(rules, prepared.document, prepared.context))
    waitpid = os.waitpid

    def reaped_already(pid: int, options: int) -> tuple[int, int]:
        waitpid(pid, options)  # (as SIGCHLD ignored has it: the child is gone when asked)
        raise ChildProcessError(10, "No child processes")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "waitpid", reaped_already)
        both = parallel.rule_findings(rules, prepared.document, prepared.context)
    assert both == alone


def test_this_halfs_failure_stops_and_reaps_the_child(forking: None) -> None:
    path = next(path for path in CORPUS_FILES if path.name.startswith("seed"))
    prepared = prepare(read_source(str(path)), Settings())
    urls = resolve("AL104")[0]

    def failing(document: Document, context: Context) -> Iterator[Finding]:
        raise RuntimeError("a rule's bug")

    rules = [*resolve("AL201"), replace(urls, check=failing)]
    before = _open_descriptors()
    with pytest.raises(RuntimeError):
        parallel.rule_findings(rules, prepared.document, prepared.context)
    assert _open_descriptors() == before
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left to reap


def test_a_library_call_keeps_to_one_process(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(_rows(parallel.LEAST_LINES + 10), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "_one_thread", lambda: True)
        patch.setattr(parallel, "_forked", _no_fork)
        assert run("check", str(path)).code in (0, 1)
        assert not parallel.enabled


def _no_fork(*args: object) -> tuple[int, int]:
    raise AssertionError("a library call forked")


def _rows(count: int) -> str:
    rows = "".join(
        f"| [模型{index}](https://github.com/org{index}/model-{index}) | 中文描述{index % 7} | "
        f"{'MIT' if index % 3 else ''} |\n"
        for index in range(count)
    )
    return "# 列表\n\n| 名称 | 描述 | 许可 |\n| --- | --- | --- |\n" + rows


# the console script, its forks counted (on its standard error, after its own output)
_COUNTED = """
import sys
from awesome_lint import parallel
from awesome_lint.cli import main
forked = parallel._forked
counted = []
def counting(*args):
    counted.append(1)
    return forked(*args)
parallel._forked = counting
sys.argv = ["awesome-lint", *sys.argv[1:]]
code = main()
print("forks", len(counted), file=sys.stderr)
sys.exit(code)
"""


def test_the_console_script_checks_a_large_list_as_in_process(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(_rows(parallel.LEAST_LINES + 10), encoding="utf-8")
    command = [sys.executable, "-c", _COUNTED, "check", "--output-format", "concise"]
    console = subprocess.run([*command, str(path)], capture_output=True, text=True, check=False)
    assert console.stderr.endswith("forks 1\n")  # two processes, not one
    in_process = run("check", "--output-format", "concise", str(path))
    assert console.returncode == in_process.code
    assert console.stdout == in_process.out
    assert "AL203" in console.stdout  # the child's rules are among them


# a console check whose child writes its process id, and whose two halves wait: killed meanwhile,
# it must not leave the child running
_WAITING = """
import os, sys, time
from awesome_lint import parallel
placed = parallel._placed
parent = os.getpid()
told = sys.argv[1]
def waiting(rules, places, document, context):
    if os.getpid() != parent:
        with open(told, "w") as out:
            out.write(str(os.getpid()))
    time.sleep(60)
    return placed(rules, places, document, context)
parallel._placed = waiting
from awesome_lint.cli import main
sys.argv = ["awesome-lint", "check", sys.argv[2]]
sys.exit(main())
"""


def test_a_killed_check_takes_its_child_with_it(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(_rows(parallel.LEAST_LINES + 10), encoding="utf-8")
    told = tmp_path / "child"
    process = subprocess.Popen(
        [sys.executable, "-c", _WAITING, str(told), str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not (told.exists() and told.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        child = int(told.read_text())
        process.kill()
        process.wait()
        deadline = time.monotonic() + 5
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child)
    finally:
        process.kill()


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie, ended and not yet reaped by init, has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
