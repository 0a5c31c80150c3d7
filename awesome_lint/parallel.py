"""A large document's rules run in two processes: a forked child runs one half while this
process runs the other, so a list of thousands of rows is checked in the time of its slower
half. Only where the process runs one command (the console script: ``enabled``), on Linux, with
two processors or more to run on and no other thread, unless `AWESOME_LINT_PROCESSES=1` asks for
one; elsewhere, and for a document of fewer rows, the rules run one after another here. The
findings are the same either way, in the same order: the child's are sent back whole (pickled,
through a pipe), and each rule's findings are put back in its place among the rules. A child
that fails, or is stopped, leaves its half to run here, as a serial run would."""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Sequence

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Rule, findings

enabled = False  # set by the console script's one command (``cli._one_command_process``)

# table rows and list items of a document, at least, for a second process to pay: a fork and
# the findings sent back cost a few milliseconds, and a list of 1,000 rows (0.13 s checked in one
# process) is checked 0.015 s sooner in two; a smaller one keeps to one process
LEAST_LINES = 1_000

# `AWESOME_LINT_PROCESSES=1` keeps every document to one process
PROCESSES_VARIABLE = "AWESOME_LINT_PROCESSES"

# the rules a child runs: those that read entries and their links across the list (duplicates,
# licenses, placements), about half of a large list's time; the others (cells, values, URLs,
# anchors, formatting, suppressions) run here
CHILD_RULES = frozenset({"AL005", "AL201", "AL202", "AL203", "AL205"})


def rule_findings(
    rules: Sequence[Rule], document: Document, context: Context
) -> list[tuple[Rule, Finding]]:
    """Every finding of the rules, in the order given, each with the rule that found it: as
    ``rule.findings`` gives them, in two processes where that pays (``_two_processes``)."""
    theirs = [rule for rule in rules if rule.code in CHILD_RULES and not rule.network]
    if not theirs or len(theirs) == len(rules) or not _two_processes(document):
        return list(findings(rules, document, context))
    mine = [rule for rule in rules if rule not in theirs]
    sent = _forked(theirs, document, context)
    here = list(findings(mine, document, context))
    there = _received(sent, theirs)
    if there is None:
        there = list(findings(theirs, document, context))  # the child failed: its half here
    by_rule: dict[str, list[tuple[Rule, Finding]]] = {}
    for pair in (*here, *there):
        by_rule.setdefault(pair[0].code, []).append(pair)
    return [pair for rule in rules for pair in by_rule.get(rule.code, ())]


def _two_processes(document: Document) -> bool:
    """Whether a document's rules run in two processes: see the module's docstring."""
    if not enabled or not sys.platform.startswith("linux") or not _one_thread():
        return False
    if os.environ.get(PROCESSES_VARIABLE, "").strip() == "1":
        return False  # asked for one process (a benchmark of one processor, a small container)
    if len(os.sched_getaffinity(0)) < 2:
        return False
    lines = sum(len(table.body) for table in document.tables) + len(document.items)
    return lines >= LEAST_LINES


def _one_thread() -> bool:
    """Whether this process runs one thread: a fork copies the lock another thread may hold (a
    `fix` renders GitHub's page in a thread of its own: it keeps to one process)."""
    return threading.active_count() == 1


def _forked(rules: Sequence[Rule], document: Document, context: Context) -> tuple[int, int]:
    """A child that runs the rules and writes their findings, pickled, to a pipe; its process
    id and the pipe's end to read."""
    read, write = os.pipe()
    sys.stdout.flush()  # nothing buffered here is written twice, by the child's exit too
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: its half, sent back, and out without this process's cleanup
        status = 1
        try:
            os.close(read)
            found = [(rule.code, finding) for rule, finding in findings(rules, document, context)]
            with os.fdopen(write, "wb") as pipe:
                pipe.write(pickle.dumps(found, pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _received(sent: tuple[int, int], rules: Sequence[Rule]) -> list[tuple[Rule, Finding]] | None:
    """The findings the child sent, each with its rule; None where it failed."""
    pid, read = sent
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    by_code = {rule.code: rule for rule in rules}
    found: list[tuple[str, Finding]] = pickle.loads(data)  # this process's child's
    return [(by_code[code], finding) for code, finding in found]
