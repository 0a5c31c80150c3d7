"""One link-checking run: cache, GitHub's API for repositories, HTTP for the rest, a summary."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TextIO
from urllib.parse import urlsplit

from awesome_lint.links.cache import DEFAULT_TTL, load_cache, save_cache
from awesome_lint.links.check import Checker, check_all, excluded
from awesome_lint.links.github import GitHub, repository_of
from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult


@dataclass(frozen=True)
class RunSummary:
    links: int
    counts: dict[str, int]
    from_cache: int
    requests: int
    seconds: float

    def line(self) -> str:
        order = ("alive", "dead", "redirected", "unverified", "error", "excluded")
        parts = ", ".join(f"{self.counts.get(name, 0)} {name}" for name in order)
        return (
            f"Links: {self.links} checked ({parts}); {self.from_cache} from the cache, "
            f"{self.requests} requests, {self.seconds:.1f} s."
        )


class Progress:
    """A one-line progress bar on a terminal; nothing at all in a CI log."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        width = 30
        filled = width * done // total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} links")
        if done == total:
            self.stream.write("\r" + " " * (width + 30) + "\r")
        self.stream.flush()


def _github_results(
    urls: list[str], options: CheckOptions, github: GitHub
) -> dict[str, LinkResult]:
    repositories = {url: repository_of(url, options.github_web) for url in urls}
    facts = github.facts(repository for repository in repositories.values() if repository)
    results: dict[str, LinkResult] = {}
    for url, repository in repositories.items():
        if repository is None or repository.key not in facts:
            continue
        known = facts[repository.key]
        if not known.exists:
            results[url] = LinkResult(url, LinkClass.DEAD, 404, "the repository does not exist")
            continue
        result = LinkResult(
            url, LinkClass.ALIVE, 200, archived=known.archived, license=known.license
        )
        if known.full_name and known.full_name.lower() != repository.key:
            old = f"/{repository.owner}/{repository.name}"
            path = urlsplit(url).path
            target = url.replace(path, "/" + known.full_name + path[len(old) :], 1)
            result = replace(
                result, link_class=LinkClass.REDIRECTED, detail="renamed", target=target
            )
        results[url] = result
    return results


def run_link_check(
    urls: Iterable[str],
    options: CheckOptions,
    *,
    cache_path: str | None = None,
    cache_ttl: float = DEFAULT_TTL,
    progress_stream: TextIO | None = None,
    deadline_at: float | None = None,
) -> tuple[dict[str, LinkResult], RunSummary]:
    """Check ``urls``; ``deadline_at`` (``time.monotonic()``) defaults to ``--deadline`` seconds
    from now."""
    started = time.monotonic()
    wanted = [url for url in dict.fromkeys(urls) if url.lower().startswith(("http://", "https://"))]
    results: dict[str, LinkResult] = {}
    if cache_path:
        cache = load_cache(cache_path, cache_ttl, options=options)
        results.update({url: cache[url] for url in wanted if url in cache})
    pending = [url for url in wanted if url not in results and not excluded(url, options.exclude)]
    deadline_at = deadline_at or started + options.deadline  # a wall-clock promise
    github = GitHub(options, deadline_at)
    results.update(_github_results(pending, options, github))
    if github.warning:
        (progress_stream or sys.stderr).write(github.warning + "\n")
    pending = [url for url in wanted if url not in results]
    checker = Checker(options, deadline_at)
    results.update(check_all(pending, options, Progress(progress_stream or sys.stderr), checker))
    if cache_path:
        try:
            save_cache(cache_path, results, options=options)
        except OSError as error:
            (progress_stream or sys.stderr).write(
                f"awesome-lint: cannot write the link cache `{cache_path}` "
                f"({error.strerror or error}); the results are reported all the same\n"
            )
    counts = Counter(result.link_class.value for result in results.values())
    summary = RunSummary(
        links=len(wanted),
        counts=dict(counts),
        from_cache=sum(1 for result in results.values() if result.from_cache),
        requests=checker.stats.requests + github.requests,
        seconds=time.monotonic() - started,
    )
    return results, summary
