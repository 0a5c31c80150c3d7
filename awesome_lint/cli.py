"""The ``awesome-lint`` command line: arguments into typed requests, requests to commands."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from awesome_lint import __version__, parallel
from awesome_lint.baseline import BaselineError
from awesome_lint.changes import ChangesError
from awesome_lint.commands import common
from awesome_lint.commands.common import (
    EXIT_ERROR,
    Streams,
    UsageError,
    add_output_flags,
    error_text,
)
from awesome_lint.commands.links import add_link_flags, link_request
from awesome_lint.config import ConfigError
from awesome_lint.prepare import Options


def _split_selectors(values: Sequence[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _add_selection_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="Markdown files (default: README.md)"
    )
    parser.add_argument("--config", metavar="PATH", help="use this configuration file only")
    parser.add_argument("--select", action="append", metavar="RULES", help="replace the rule set")
    parser.add_argument(
        "--extend-select", action="append", default=[], metavar="RULES", help="add rules"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="RULES", help="remove rules"
    )
    parser.add_argument(
        "--exclude-path", action="append", default=[], metavar="GLOB", help="skip these files"
    )
    parser.add_argument(
        "--changed-since",
        metavar="REF",
        help="only what changed since `git merge-base REF HEAD` (pull requests)",
    )
    parser.add_argument("--style", choices=["aligned", "compact"], help="table style (aligned)")
    parser.add_argument(
        "--max-width", type=int, metavar="N", help="tables wider than N columns are written compact"
    )
    parser.add_argument(
        "--max-file-size", metavar="SIZE", help="refuse larger files, e.g. 50MB (20MB)"
    )


def _options(args: argparse.Namespace) -> Options:
    return Options(
        config=args.config,
        select=_split_selectors(args.select),
        extend_select=_split_selectors(args.extend_select) or (),
        ignore=_split_selectors(args.ignore) or (),
        style=args.style,
        max_width=args.max_width,
        fail_on=getattr(args, "fail_on", None),
        max_file_size=args.max_file_size,
    )


COMMANDS = ("check", "fix", "rules", "server")


def _command_parser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    """The parser of one of ``parser``'s commands (the program's own where none is found)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices.get(command, parser)
            return found
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with the ``command`` a command line names, only that
    command's arguments (a process runs one command: the others' flags, and their modules,
    would never be read)."""
    parser = argparse.ArgumentParser(
        prog="awesome-lint",
        description="Lint and format the Markdown tables of awesome-lists.",
    )
    parser.add_argument("--version", action="version", version=f"awesome-lint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check_parser = commands.add_parser("check", help="report problems (exit 1 if any)")
    fix_parser = commands.add_parser("fix", help="rewrite tables in place")
    rules_parser = commands.add_parser("rules", help="list the rules, or show one rule's document")
    server_parser = commands.add_parser("server", help="the language server (LSP) for editors")

    if command in (None, "check"):
        from awesome_lint.commands import check

        _add_selection_flags(check_parser)
        check.add_check_flags(check_parser)
        add_output_flags(check_parser)
        add_link_flags(check_parser)

    if command in (None, "fix"):
        from awesome_lint.commands import fix

        _add_selection_flags(fix_parser)
        fix.add_fix_flags(fix_parser)
        add_output_flags(fix_parser)
        add_link_flags(fix_parser)

    if command in (None, "rules"):
        from awesome_lint.commands import rules

        rules.add_rules_flags(rules_parser)

    if command in (None, "server"):
        server_parser.add_argument("--stdio", action="store_true", help="over stdio (the only way)")
        server_parser.add_argument(
            "--debounce", type=int, default=200, metavar="MS", help="wait after a change (200)"
        )
    return parser


# a parse makes hundreds of thousands of small records that live as long as the check and
# hold no cycles: collecting after every 700 new objects spends a quarter of a check's time
# walking them (10,000-row list: 0.83 -> 0.60 s of CPU); 100,000 still bounds real garbage.
# Every command, the language server's checks too, runs so.
_YOUNG_OBJECTS = 100_000
# `check` and `fix` keep their records to their end: a 10,000-row list's check holds up to
# 250,000 objects, and two collections walking them cost 30 ms of its 0.7 s; 500,000 makes none
# there, and still bounds the garbage of a larger list (a language server runs for hours)
_ONE_RUN_OBJECTS = 500_000


@contextlib.contextmanager
def _fewer_collections(command: str) -> Iterator[None]:
    before = gc.get_threshold()
    young = _ONE_RUN_OBJECTS if command in ("check", "fix") else _YOUNG_OBJECTS
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextlib.contextmanager
def _one_command_process(argv: Sequence[str] | None) -> Iterator[None]:
    """Collections for a process that runs its command line's one command and ends (the console
    script, `python -m`): what the imports made is frozen (left out of every collection) before
    the command, which also forgets the import's many small collections, so that they no longer
    bring on an early collection of the older generation: a walk of all the parse keeps
    (10,000 rows: ~190,000 objects, 55-95 ms). Once the command is done, the full collection
    Python makes on the way out would walk every link and row still cached (about 0.1 s) only
    to free what the exit frees anyway; what the command kept (``common.keep_to_exit``) is left
    for the exit to drop. Called in-process (``argv`` given: tests, a library), nothing is
    frozen or kept: the caller's garbage stays collectable."""
    if argv is not None:
        yield
        return
    common.kept_to_exit = []
    gc.freeze()
    gc.enable()  # the console script imports with collections off (``console.main``)
    try:
        yield
    finally:
        gc.freeze()


def dispatch(args: argparse.Namespace, streams: Streams) -> int:
    # each command's module is imported by the command that runs (see ``build_parser``)
    if args.command == "check":
        from awesome_lint.commands import check

        return check.run(check.check_request(args, _options(args), link_request(args)), streams)
    if args.command == "fix":
        from awesome_lint.commands import fix

        return fix.run(fix.fix_request(args, _options(args), link_request(args)), streams)
    if args.command == "server":
        from awesome_lint.commands import server

        return server.run(server.ServerRequest(args.debounce), streams)
    from awesome_lint.commands import rules

    return rules.run(rules.RulesRequest(args.rule, args.markdown), streams)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    streams = Streams(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    arguments = list(sys.argv[1:] if argv is None else argv)
    # the first argument names the command (the parser has no option that takes a value before
    # it); otherwise (`--help`, `--version`, a mistake) every command's arguments
    named = arguments[0] if arguments and arguments[0] in COMMANDS else None
    parser = build_parser(named)
    try:
        args, extra = parser.parse_known_args(arguments)
        if extra:  # told by the command's own usage (`check --bogus`), not the program's
            _command_parser(parser, args.command).error(
                f"unrecognized arguments: {' '.join(extra)}"
            )
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        # a large list's rules in two processes: only the console script's one check
        parallel.enabled = argv is None and args.command == "check"
        # frozen before the threshold is put back: else that brings on a collection at once
        with _fewer_collections(args.command), _one_command_process(argv):
            return dispatch(args, streams)
    except (UsageError, ConfigError, ChangesError, BaselineError) as error:
        streams.stderr.write(f"awesome-lint: {error_text(error)}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    finally:
        parallel.enabled = False  # a caller's later library calls keep to one process
