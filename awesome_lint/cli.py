"""The ``awesome-lint`` command line: arguments into typed requests, requests to commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from awesome_lint import __version__
from awesome_lint.baseline import BaselineError
from awesome_lint.changes import ChangesError
from awesome_lint.commands import check, fix, rules, server
from awesome_lint.commands.common import EXIT_ERROR, Streams, UsageError
from awesome_lint.commands.links import add_link_flags, link_request
from awesome_lint.config import ConfigError
from awesome_lint.prepare import STDIN, Options
from awesome_lint.report import escape_control


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awesome-lint",
        description="Lint and format the Markdown tables of awesome-lists.",
    )
    parser.add_argument("--version", action="version", version=f"awesome-lint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check_parser = commands.add_parser("check", help="report problems (exit 1 if any)")
    _add_selection_flags(check_parser)
    check_parser.add_argument(
        "--format",
        "--output-format",
        choices=["text", "concise", "json", "github", "sarif", "markdown"],
        default="text",
        dest="output_format",
        help="text (default: each finding with its source line), concise (one line each), json, "
        "github (workflow annotations), sarif (code scanning), markdown (a summary or an issue)",
    )
    check_parser.add_argument(
        "--fail-on", choices=["error", "warning"], help="lowest failing severity"
    )
    check_parser.add_argument("--exit-zero", action="store_true", help="report, but exit 0")
    check_parser.add_argument("--baseline", metavar="PATH", help="report only findings not in it")
    check_parser.add_argument("--write-baseline", metavar="PATH", help="record today's findings")
    add_link_flags(check_parser)

    fix_parser = commands.add_parser("fix", help="rewrite tables in place")
    _add_selection_flags(fix_parser)
    fix_parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file would change"
    )
    fix_parser.add_argument(
        "--diff", action="store_true", help="print a unified diff; write nothing"
    )
    fix_parser.add_argument(
        "--unsafe-fixes", action="store_true", help="also apply fixes that change what GitHub shows"
    )
    add_link_flags(fix_parser)

    rules_parser = commands.add_parser("rules", help="list the rules, or show one rule's document")
    rules_parser.add_argument("rule", nargs="?", metavar="CODE", help="a rule code or name")

    server_parser = commands.add_parser("server", help="the language server (LSP) for editors")
    server_parser.add_argument("--stdio", action="store_true", help="over stdio (the only way)")
    server_parser.add_argument(
        "--debounce", type=int, default=200, metavar="MS", help="wait after a change (200)"
    )
    return parser


def check_request(args: argparse.Namespace) -> check.CheckRequest:
    return check.CheckRequest(
        paths=tuple(args.paths),
        exclude_paths=tuple(args.exclude_path),
        options=_options(args),
        changed_since=args.changed_since,
        output_format=args.output_format,
        exit_zero=args.exit_zero,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        links=link_request(args),
    )


def fix_request(args: argparse.Namespace) -> fix.FixRequest:
    if args.paths.count(STDIN) and len(args.paths) > 1:
        raise UsageError("`-` (stdin) cannot be mixed with other paths")
    return fix.FixRequest(
        paths=tuple(args.paths),
        exclude_paths=tuple(args.exclude_path),
        options=_options(args),
        changed_since=args.changed_since,
        check=args.check,
        diff=args.diff,
        unsafe_fixes=args.unsafe_fixes,
        links=link_request(args),
    )


def dispatch(args: argparse.Namespace, streams: Streams) -> int:
    if args.command == "check":
        return check.run(check_request(args), streams)
    if args.command == "fix":
        return fix.run(fix_request(args), streams)
    if args.command == "server":
        return server.run(server.ServerRequest(args.debounce), streams)
    return rules.run(rules.RulesRequest(args.rule), streams)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    streams = Streams(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return dispatch(args, streams)
    except (UsageError, ConfigError, ChangesError, BaselineError) as error:
        streams.stderr.write(f"awesome-lint: {escape_control(str(error))}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
