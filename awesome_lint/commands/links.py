"""The link checker as the commands use it: its flags, its options (flag, then configuration,
then default) and one run over the links of every prepared document."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from awesome_lint.config import Settings
from awesome_lint.links import options
from awesome_lint.links.options import OPTIONS, CheckOptions, add_link_flags
from awesome_lint.prepare import Prepared

__all__ = ["LinkRequest", "add_link_flags", "check_links", "link_options", "link_request"]


@dataclass(frozen=True)
class LinkRequest:
    """The link flags of a command line, by CheckOptions field (and ``no_cache``); None where
    not given."""

    flags: Mapping[str, Any] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)  # --deadline counts from here


def link_request(args: argparse.Namespace) -> LinkRequest | None:
    if not args.links:
        return None
    flags = {name: getattr(args, name) for name in OPTIONS}
    return LinkRequest({**flags, "no_cache": args.no_cache})


def link_options(request: LinkRequest, settings: Settings) -> CheckOptions:
    """A flag, else the configuration file's value, else the environment, else the default."""
    return options.link_options(request.flags, settings.links, os.environ)


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
    chosen = link_options(request, settings)
    results, run_summary = run_link_check(
        wanted,
        chosen,
        cache_path=chosen.cache_path,
        progress_stream=stderr,
        deadline_at=request.started + chosen.deadline,  # one deadline for all of fix's files
    )
    stderr.write(run_summary.line() + "\n")
    stderr.writelines(hint + "\n" for hint in run_summary.hints)
    return results
