"""The link checker as the commands use it: its flags, its options (flag, then configuration,
then default) and one run over the links of every prepared document."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from awesome_lint.commands.common import UsageError
from awesome_lint.config import Settings
from awesome_lint.prepare import Prepared

LINK_DEFAULTS: dict[str, Any] = {
    "max-concurrency": 32, "host-concurrency": 4, "host-request-interval": 0.0,
    "timeout": 10.0, "max-retries": 2, "deadline": 300.0,
    "cache-path": ".awesome-lint-cache.json", "accept": "200..299", "exclude": [],
    "user-agent": None, "headers": {}, "allow-private": False,
    "github-api": "https://api.github.com", "github-web": "https://github.com",
}  # fmt: skip


def add_link_flags(parser: argparse.ArgumentParser) -> None:
    links = parser.add_argument_group(
        "links (network; only with --links; defaults in brackets, or [tool.awesome-lint.links])"
    )
    links.add_argument("--links", action="store_true", help="check links over the network")
    links.add_argument("--max-concurrency", type=int, metavar="N", help="[32]")
    links.add_argument("--host-concurrency", type=int, metavar="N", help="[4]")
    links.add_argument("--host-request-interval", type=float, metavar="SECONDS", help="[0]")
    links.add_argument("--timeout", type=float, metavar="SECONDS", help="[10]")
    links.add_argument("--max-retries", type=int, metavar="N", help="[2]")
    links.add_argument("--deadline", type=float, metavar="SECONDS", help="[300]")
    links.add_argument("--cache-path", metavar="PATH", help="[.awesome-lint-cache.json]")
    links.add_argument("--no-cache", action="store_true")
    links.add_argument("--accept", metavar="CODES", help="[200..299], e.g. 200..299,403")
    links.add_argument("--exclude", action="append", metavar="REGEX", help="URLs to skip")
    links.add_argument("--user-agent", metavar="TEXT")
    links.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'")
    links.add_argument("--github-token", metavar="TOKEN", help="default: $GITHUB_TOKEN")
    links.add_argument("--github-api", metavar="URL", help="[https://api.github.com]")
    links.add_argument("--github-web", metavar="URL", help="[https://github.com]")
    links.add_argument(
        "--allow-private", action="store_true", default=None,
        help="allow loopback and private addresses",
    )  # fmt: skip


@dataclass(frozen=True)
class LinkRequest:
    """The link flags of a command line, by configuration key; None where not given."""

    flags: Mapping[str, Any] = field(default_factory=dict)
    headers: tuple[str, ...] = ()
    github_token: str | None = None
    no_cache: bool = False


def link_request(args: argparse.Namespace) -> LinkRequest | None:
    if not args.links:
        return None
    return LinkRequest(
        flags={
            key: getattr(args, key.replace("-", "_"))
            for key in LINK_DEFAULTS
            if key != "headers"  # --header adds to the configured headers: see link_options
        },
        headers=tuple(args.header),
        github_token=args.github_token,
        no_cache=args.no_cache,
    )


def _setting(request: LinkRequest, settings: Settings, key: str) -> Any:
    """A flag when given, else the configuration's value, else the default."""
    flag = request.flags.get(key)
    if flag is not None:
        return flag
    return settings.links.get(key, LINK_DEFAULTS[key])


def _accepted(text: str) -> frozenset[int]:
    codes: set[int] = set()
    for part in text.split(","):
        low, _, high = part.strip().partition("..")
        if not low.isdigit() or (high and not high.isdigit()):
            raise UsageError(f"--accept: `{part}` is not a status code or a range `200..299`")
        codes.update(range(int(low), int(high or low) + 1))
    return frozenset(codes)


def link_options(request: LinkRequest, settings: Settings) -> Any:
    from awesome_lint.links.model import USER_AGENT, CheckOptions

    def value(key: str) -> Any:
        return _setting(request, settings, key)

    headers = dict(settings.links.get("headers", {}))  # --header adds to these
    for header in request.headers:
        name, sep, text = header.partition(":")
        if not sep or not name.strip():
            raise UsageError(f"--header: `{header}` is not `Name: value`")
        headers[name.strip()] = text.strip()
    return CheckOptions(
        max_concurrency=value("max-concurrency"),
        host_concurrency=value("host-concurrency"),
        host_request_interval=float(value("host-request-interval")),
        timeout=float(value("timeout")),
        max_retries=value("max-retries"),
        deadline=float(value("deadline")),
        accept=_accepted(value("accept")),
        exclude=tuple(value("exclude")),
        user_agent=value("user-agent") or USER_AGENT,
        headers=tuple(headers.items()),
        allow_private=bool(value("allow-private")),
        github_token=request.github_token or os.environ.get("GITHUB_TOKEN") or None,
        github_api=value("github-api"),
        github_web=value("github-web"),
    )


def check_links(
    request: LinkRequest,
    prepared: Sequence[Prepared],
    stderr: TextIO,
    changes: Mapping[str, set[int] | None] | None = None,
) -> dict[str, Any]:
    """Every http(s) link of every file (of the changed lines only, with --changed-since),
    checked once; requests is imported only now."""
    from awesome_lint.links.run import run_link_check

    changes = changes or {}
    wanted: list[str] = []
    for item in prepared:
        changed = changes.get(item.document.source.path)
        wanted.extend(
            found.url
            for found in item.context.analysis.links
            if changed is None or found.line in changed
        )
    if not wanted:
        return {}
    settings = prepared[0].settings if prepared else Settings()
    results, run_summary = run_link_check(
        wanted,
        link_options(request, settings),
        cache_path=None if request.no_cache else _setting(request, settings, "cache-path"),
        progress_stream=stderr,
    )
    stderr.write(run_summary.line() + "\n")
    return results
