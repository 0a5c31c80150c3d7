"""A large document's rules run in two processes: a forked child runs one half while this
process runs the other, so a list of thousands of rows is checked in the time of its slower
half. Only where the process runs one `check` (the console script's: ``enabled``), on Linux, with
two processors or more to run on and no other thread, unless `AWESOME_LINT_PROCESSES=1` asks for
one; elsewhere, and for a document of fewer rows, the rules run one after another here. The
findings are the same either way, in the same order: the child's are sent back whole (pickled,
through a pipe), and each rule's findings are put back in its place among the rules. A child
that fails, or is stopped, leaves its half to run here, as a serial run would."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Sequence
from operator import itemgetter

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Rule, findings

enabled = False  # set for the console script's one `check` by ``cli.main``, reset after it

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
    ``rule.findings`` gives them, in two processes where that pays (``_two_processes``). Each
    rule is known by its place in ``rules``, so one given twice is run twice, as one by one."""
    theirs = [at for at, rule in enumerate(rules) if rule.code in CHILD_RULES and not rule.network]
    if not theirs or len(theirs) == len(rules) or not _two_processes(document):
        return list(findings(rules, document, context))
    mine = [at for at in range(len(rules)) if at not in theirs]
    try:
        sent = _forked(rules, theirs, document, context)
    except OSError:  # no process to be had (a container's limit, no memory): all of it here
        return list(findings(rules, document, context))
    try:
        here = _placed(rules, mine, document, context)
    except BaseException:
        _abandoned(sent)  # this half failed (a rule's bug, Ctrl-C): the child is not waited on
        raise
    there = _received(sent)
    if there is None:
        there = _placed(rules, theirs, document, context)  # the child failed: its half here
    # a stable sort by the rule's place keeps each rule's findings in their order
    return [(rules[at], finding) for at, finding in sorted(here + there, key=itemgetter(0))]


def _placed(
    rules: Sequence[Rule], places: Sequence[int], document: Document, context: Context
) -> list[tuple[int, Finding]]:
    """The findings of the rules at ``places``, each with its rule's place, in order."""
    return [(at, finding) for at in places for finding in rules[at].check(document, context)]


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


def _forked(
    rules: Sequence[Rule], places: Sequence[int], document: Document, context: Context
) -> tuple[int, int]:
    """A child that runs the rules at ``places`` and writes their findings, pickled, to a pipe;
    its process id and the pipe's end to read. The child leaves by ``os._exit``: nothing this
    process buffered (its standard streams) is written by it, nothing of its cleanup runs."""
    parent = os.getpid()
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        raise
    if pid == 0:  # the child: its half, sent back, and out without this process's cleanup
        status = 1
        try:
            _dies_with(parent)
            os.close(read)
            found = _placed(rules, places, document, context)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(pickle.dumps(found, pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


_PR_SET_PDEATHSIG = 1  # prctl's option: a signal the kernel sends when the parent ends


def _dies_with(parent: int) -> None:
    """The child ends when the process that forked it does (killed, interrupted): it holds the
    caller's pipes (stdout, stderr) open, and its half is no one's any more."""
    import ctypes  # only in a child, where Linux's C library is at hand

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)  # it ended before the signal was asked for


def _received(sent: tuple[int, int]) -> list[tuple[int, Finding]] | None:
    """The findings the child sent, each with its rule's place; None where it failed. A child
    reaped by no one (``SIGCHLD`` ignored, as some launchers leave it) is judged by what it
    wrote: a pickle is whole only if it reads to its end."""
    pid, read = sent
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0  # reaped already: its data tells
    if status != 0 or not data:
        return None
    try:
        found: list[tuple[int, Finding]] = pickle.loads(data)  # this process's child's
    except (pickle.UnpicklingError, EOFError, ValueError):
        return None
    return found


def _abandoned(sent: tuple[int, int]) -> None:
    """A child no longer waited for: stopped, reaped, and its pipe closed."""
    pid, read = sent
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    os.close(read)
