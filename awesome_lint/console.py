"""The console script ``awesome-lint``: the command line's one command, in a process of its own."""

from __future__ import annotations

import gc


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
