"""One link-checking run: cache, GitHub's API for repositories and their files, HTTP beside it."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TextIO
from urllib.parse import urlsplit

from awesome_lint.links.cache import DEFAULT_TTL, load_cache, save_cache
from awesome_lint.links.check import Checker, check_all, excluded
from awesome_lint.links.github import (
    NO_TOKEN,
    Facts,
    FileFacts,
    FileLink,
    GitHub,
    Repository,
    RepositoryFacts,
    file_link_of,
    repository_of,
)
from awesome_lint.links.guard import PRIVATE_REFUSED
from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult
from awesome_lint.links.schedule import Feed
from awesome_lint.urls import is_web_url


def _token_hint(count: int) -> str:
    links = (
        "1 link to a file in a GitHub repository was"
        if count == 1
        else f"{count} links to files in GitHub repositories were"
    )
    return (
        f"hint: {links} not verified; set GITHUB_TOKEN (or --github-token) to check "
        f"{'it' if count == 1 else 'them'} through GitHub's API"
    )


def _private_hint(count: int) -> str:
    links = "1 link" if count == 1 else f"{count} links"
    return (
        f"hint: {links} on a private, loopback or link-local network "
        f"{'was' if count == 1 else 'were'} not checked (excluded); --allow-private checks "
        f"{'it' if count == 1 else 'them'}"
    )


@dataclass(frozen=True)
class RunSummary:
    links: int
    counts: dict[str, int]
    from_cache: int
    requests: int
    seconds: float
    hints: tuple[str, ...] = ()  # what the user can do for a better check, once per run

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


def _ask_github(
    urls: list[str], options: CheckOptions, github: GitHub, feed: Feed
) -> tuple[dict[str, LinkResult], dict[str, str]]:
    """Results from GitHub's API, a query at a time. What it leaves open goes to ``feed``, the
    run of plain HTTP checks, as soon as it is known: the links it could not answer, and
    those whose branch or tag it does not know (returned with what to say if their page is
    gone), since GitHub's pages redirect a renamed branch's URLs."""
    repositories = {url: repository_of(url, options.github_web) for url in urls}
    files = {url: file_link_of(url, options.github_web) for url in urls}
    by_key: dict[str, list[str]] = {}
    for url, repository in repositories.items():
        if repository is not None:
            by_key.setdefault(repository.key, []).append(url)
    results: dict[str, LinkResult] = {}
    no_ref: dict[str, str] = {}
    try:
        asked = github.answers(
            (repository for repository in repositories.values() if repository),
            (link for link in files.values() if link),
        )
        for facts in asked:
            fresh = []
            for key in facts.repositories:
                for url in by_key.get(key, []):
                    if url in results or url in no_ref:
                        continue
                    answer = _answer(url, repositories[url], files[url], facts, options)
                    if isinstance(answer, LinkResult):
                        results[url] = answer
                    elif answer is not None:
                        no_ref[url] = answer
                        fresh.append(url)
            feed.add(fresh)
        for url in urls:
            if url not in results and files[url] is not None and not options.github_token:
                results[url] = LinkResult(url, LinkClass.UNVERIFIED, detail=NO_TOKEN)
        feed.add(url for url in urls if url not in results and url not in no_ref)
    finally:
        feed.close()
    return results, no_ref


def _answer(
    url: str,
    repository: Repository | None,
    link: FileLink | None,
    facts: Facts,
    options: CheckOptions,
) -> LinkResult | str | None:
    """A link's result from the API's facts; or, for a branch the API does not know, what to
    say if the page is gone; None if the facts do not answer for it."""
    known = facts.repositories.get(repository.key) if repository else None
    file = facts.files.get(link) if link else None
    if repository is None or known is None:
        return None
    if not known.exists:
        return LinkResult(url, LinkClass.DEAD, 404, "the repository does not exist")
    if link is not None and not options.github_token:
        return LinkResult(url, LinkClass.UNVERIFIED, detail=NO_TOKEN)
    if link is not None and file is None:
        return None
    if link is not None and file is not None and file.ref is None:
        name = known.full_name or f"{repository.owner}/{repository.name}"
        return f"`{name}` has no branch or tag `{link.splits()[0][0]}`"
    return _repository_result(url, repository, known, link, file)


def _repository_result(
    url: str,
    repository: Repository,
    known: RepositoryFacts,
    link: FileLink | None,
    file: FileFacts | None,
) -> LinkResult:
    if link is not None and file is not None and not file.exists:
        name = known.full_name or f"{repository.owner}/{repository.name}"
        path = "/".join(link.segments)[len(file.ref or "") + 1 :]
        detail = f"`{path}` does not exist on `{file.ref}` of `{name}`"
        return LinkResult(url, LinkClass.DEAD, 404, detail)
    result = LinkResult(url, LinkClass.ALIVE, 200, archived=known.archived, license=known.license)
    if known.full_name and known.full_name.lower() != repository.key:
        old = f"/{repository.owner}/{repository.name}"
        path = urlsplit(url).path
        target = url.replace(path, "/" + known.full_name + path[len(old) :], 1)
        result = replace(result, link_class=LinkClass.REDIRECTED, detail="renamed", target=target)
    return result


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
    wanted = [url for url in dict.fromkeys(urls) if is_web_url(url)]
    results: dict[str, LinkResult] = {}
    if cache_path:
        cache = load_cache(cache_path, cache_ttl, options=options)
        results.update({url: cache[url] for url in wanted if url in cache})
    pending = [url for url in wanted if url not in results and not excluded(url, options.exclude)]
    deadline_at = deadline_at or started + options.deadline  # a wall-clock promise
    github = GitHub(options, deadline_at)
    checker = Checker(options, deadline_at)
    on_github = [url for url in pending if repository_of(url, options.github_web)]
    progress = Progress(progress_stream or sys.stderr)
    # the API's queries go one at a time, beside the requests to every other host; what they
    # leave open joins those requests as soon as it is known
    feed = Feed()
    with ThreadPoolExecutor(max_workers=1) as beside:
        asked = beside.submit(_ask_github, on_github, options, github, feed)
        github_urls = set(on_github)
        others = [url for url in wanted if url not in results and url not in github_urls]
        results.update(check_all(others, options, progress, checker, feed))
        from_github, no_ref = asked.result()
        results.update(from_github)
    if github.warning:
        (progress_stream or sys.stderr).write(github.warning + "\n")
    for url, detail in no_ref.items():  # a branch the API does not know and a page that is gone
        if results[url].link_class is LinkClass.DEAD and results[url].status == 404:
            results[url] = replace(results[url], detail=detail)
    if cache_path:
        try:
            save_cache(cache_path, results, options=options)
        except OSError as error:
            (progress_stream or sys.stderr).write(
                f"awesome-lint: cannot write the link cache `{cache_path}` "
                f"({error.strerror or error}); the results are reported all the same\n"
            )
    counts = Counter(result.link_class.value for result in results.values())
    tokenless = sum(1 for result in results.values() if result.detail == NO_TOKEN)
    private = sum(1 for result in results.values() if result.detail.endswith(PRIVATE_REFUSED))
    hints = ((_token_hint(tokenless),) if tokenless else ()) + (
        (_private_hint(private),) if private else ()
    )
    summary = RunSummary(
        links=len(wanted),
        counts=dict(counts),
        from_cache=sum(1 for result in results.values() if result.from_cache),
        requests=checker.stats.requests + github.requests,
        seconds=time.monotonic() - started,
        hints=hints,
    )
    return results, summary
