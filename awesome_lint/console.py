"""The console script ``awesome-lint``: the command line's one command, in a process of its own."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from typing import NoReturn


def main() -> int:
    # the import makes some 60,000 objects that live as long as the process, none of them
    # garbage: the 30 collections the default threshold makes on the way cost 10-15 ms of a
    # start of 80 ms. Collections stay off until the command's own modules are imported too
    # (``cli.build_parser``) and all of it is frozen (``cli._one_command_process`` turns them
    # back on); on here whatever happens before
    gc.disable()
    try:
        from awesome_lint.cli import main as run

        return run()
    finally:
        gc.enable()


def script() -> NoReturn:
    """``main``, then the end of the process. Where the command kept what it made
    (``commands.common.keep_to_exit``: a check's rows, cells, links and findings) and nothing
    else waits for the exit (no other thread, no ``atexit`` function), the process ends as soon
    as its output is flushed, rather than freeing it all object by object first and then its
    modules' caches (some 25 ms after a check of 10,000 rows). Output and exit status are the
    same: a flush that fails leaves the ending to Python, which reports it as it always did."""
    code = main()
    if _nothing_waits_for_exit():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # Python's own exit reports it, as it always did
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def _nothing_waits_for_exit() -> bool:
    """Whether the command kept what it made, and no thread or ``atexit`` function (of a
    library it imported) would run at the interpreter's exit."""
    common = sys.modules.get("awesome_lint.commands.common")
    threading = sys.modules.get("threading")
    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython's; elsewhere, Python's exit
    return (
        common is not None
        and bool(common.kept_to_exit)
        and (threading is None or threading.active_count() == 1)
        and callbacks is not None
        and callbacks() == 0
    )
