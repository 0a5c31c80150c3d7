"""Checking links over HTTP: one session, per-host limits (``schedule``), retries, a deadline.

HEAD first, GET (streamed, the body never read) where HEAD is refused. Redirects are followed
by hand, one hop at a time, so that every hop passes the network guard and so that a permanent
redirect can be reported with its target. 408, 429, 5xx, timeouts and resets are retried with
backoff, honouring ``Retry-After`` up to a cap. Each URL is checked once per run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import requests

from awesome_lint.links import connect
from awesome_lint.links.guard import BadURL, Refused, Target, Unresolvable, approve
from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult
from awesome_lint.links.schedule import (
    Feed,
    Limits,
    Steps,
    Turn,
    host_key,
    run_alone,
    run_checks,
)
from awesome_lint.patterns import matches

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_MAX_REDIRECTS = 10


class _DeadlineReached(Exception):
    """The run's deadline passed before a request's turn came."""


@dataclass
class RunStats:
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count_request(self) -> None:
        with self.lock:
            self.requests += 1


def make_session(options: CheckOptions) -> requests.Session:
    pool = max(options.max_concurrency, options.host_concurrency)
    return connect.make_session(options.user_agent, options.headers, pool)


def _done_with(response: requests.Response) -> None:
    """An answer whose body is never read: a HEAD's has none, so its connection goes back to
    the pool (a new connection per request costs more than the request); any other's
    connection is closed with the body unread."""
    if response.request is not None and response.request.method == "HEAD":
        response.raw.drain_conn()
        response.raw.release_conn()
    else:
        response.close()


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def _challenge(response: requests.Response) -> bool:
    """A bot-protection page (Cloudflare and the like): the link cannot be verified."""
    headers = response.headers
    return (
        headers.get("cf-mitigated", "").lower() == "challenge"
        or (
            response.status_code in (403, 503) and "cloudflare" in headers.get("Server", "").lower()
        )
        or "x-amzn-waf-action" in headers
    )


class Checker:
    """Checks URLs; safe to share between threads."""

    def __init__(self, options: CheckOptions, deadline_at: float | None = None) -> None:
        self.options = options
        self.session = make_session(options)
        self.deadline_at = deadline_at or time.monotonic() + options.deadline  # wall clock
        self.stats = RunStats()

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def _request(self, method: str, target: Target) -> requests.Response:
        # straight to the session's connection pools: no cookies, hooks or redirect machinery,
        # which cost more CPU than the request itself when thousands are in flight
        if self.remaining() <= 0:
            raise _DeadlineReached
        budget = max(0.1, min(self.options.timeout, self.remaining()))
        self.stats.count_request()
        return connect.send(self.session, method, target, budget=budget)

    def _fetch_once(self, target: Target, turn: Turn | None) -> Steps[requests.Response]:
        """HEAD, or a streamed GET where HEAD is refused; the body is never read. Each request
        but a check's first waits for its ``Turn`` (the scheduler's host limits)."""
        if turn is not None:
            yield turn
        response = self._request("HEAD", target)
        if response.status_code in (403, 404, 405, 501) or response.status_code >= 500:
            _done_with(response)
            yield Turn(host_key(target.url))
            response = self._request("GET", target)
        _done_with(response)
        return response

    def _fetch(
        self, url: str, target: Target, turn: Turn | None
    ) -> Steps[requests.Response | LinkResult]:
        """One hop, with retries on 408, 429, 5xx, timeouts and resets."""
        last_error = ""
        response: requests.Response | None = None
        for attempt in range(self.options.max_retries + 1):
            if self.remaining() <= 0:
                return _out_of_time(url, last_error)
            wait = min(2.0, 0.25 * 2**attempt)
            try:
                response = yield from self._fetch_once(target, turn)
            except _DeadlineReached:
                return _out_of_time(url, last_error)
            except requests.exceptions.SSLError:
                last_error = "the TLS handshake failed"
            except requests.exceptions.ConnectionError as error:
                text = str(error)
                if "Connection refused" in text:
                    return LinkResult(url, LinkClass.DEAD, detail="connection refused")
                if any(sign in text for sign in ("BadStatusLine", "LineTooLong", "more than")):
                    last_error = "the answer is not HTTP"
                elif "reset" in text.lower() or "aborted" in text.lower():
                    last_error = "the connection was reset"
                else:
                    last_error = "the connection failed"
            except requests.exceptions.Timeout:
                last_error = f"no answer within {self.options.timeout:g} s"
            except requests.exceptions.RequestException as error:
                last_error = type(error).__name__
            else:
                if response.status_code not in _RETRY_STATUS or _challenge(response):
                    return response
                asked = retry_after(response.headers.get("Retry-After"), time.time())
                if asked is not None:
                    wait = asked
                last_error = f"HTTP {response.status_code}"
            if attempt < self.options.max_retries:
                wait = min(wait, self.options.max_retry_wait, max(0.0, self.remaining()))
                turn = Turn(host_key(target.url), time.monotonic() + wait)  # parked: no worker
        if response is not None and response.status_code == 429:
            return LinkResult(url, LinkClass.UNVERIFIED, 429, "rate limited (429) after retries")
        status = response.status_code if response is not None else None
        return LinkResult(url, LinkClass.ERROR, status, f"{last_error} after retries")

    def check(self, url: str) -> LinkResult:
        """One URL in this thread; many go through ``check_all`` and its scheduler."""
        return run_alone(self.steps(url))

    def steps(self, url: str) -> Steps[LinkResult]:
        """The check of one URL, hop by hop, as steps for the scheduler."""
        current = url
        permanent = True
        seen = {url}
        turn: Turn | None = None  # the first request is queued on the URL's own host
        for _ in range(_MAX_REDIRECTS + 1):  # the first request, then each redirect
            try:
                target = approve(current, self.options.allow_private)
            except Refused as refusal:
                return LinkResult(url, LinkClass.EXCLUDED, detail=str(refusal))
            except BadURL as error:
                return LinkResult(url, LinkClass.ERROR, detail=str(error))
            except Unresolvable:
                return LinkResult(url, LinkClass.DEAD, detail="the host name does not resolve")
            outcome = yield from self._fetch(url, target, turn)
            if isinstance(outcome, LinkResult):
                return outcome
            status = outcome.status_code
            location = outcome.headers.get("Location")
            if status in _REDIRECTS and location:
                permanent = permanent and status in _PERMANENT
                try:
                    current = urljoin(current, location)
                except ValueError:
                    detail = f"the redirect target `{location}` is not a valid URL"
                    return LinkResult(url, LinkClass.ERROR, status, detail)
                if current in seen:
                    return LinkResult(url, LinkClass.ERROR, status, "redirect loop")
                seen.add(current)
                turn = Turn(host_key(current))
                continue
            return self._classify(url, current, status, permanent, outcome)
        return LinkResult(url, LinkClass.ERROR, None, f"more than {_MAX_REDIRECTS} redirects")

    def _classify(
        self, url: str, final: str, status: int, permanent: bool, response: requests.Response
    ) -> LinkResult:
        if status in self.options.accept:
            if final != url and permanent:
                return LinkResult(url, LinkClass.REDIRECTED, status, "moved permanently", final)
            return LinkResult(url, LinkClass.ALIVE, status)
        if _challenge(response):
            return LinkResult(url, LinkClass.UNVERIFIED, status, "a bot-protection page answered")
        if status in (403, 429):
            return LinkResult(url, LinkClass.UNVERIFIED, status, f"HTTP {status}: access refused")
        if 400 <= status < 500:
            return LinkResult(url, LinkClass.DEAD, status, f"HTTP {status}")
        return LinkResult(url, LinkClass.ERROR, status, f"HTTP {status}")


def _out_of_time(url: str, last_error: str) -> LinkResult:
    """The run's deadline came before this link had an answer."""
    if last_error:
        return LinkResult(url, LinkClass.UNVERIFIED, detail=f"{last_error}; then the deadline")
    return LinkResult(url, LinkClass.UNVERIFIED, detail="not checked: deadline reached")


def excluded(url: str, patterns: Iterable[str]) -> bool:
    return matches(patterns, url)


def check_all(
    urls: Iterable[str],
    options: CheckOptions,
    progress: Callable[[int, int], None] | None = None,
    checker: Checker | None = None,
    feed: Feed | None = None,
) -> dict[str, LinkResult]:
    """Check each distinct http(s) URL once (and those ``feed`` adds while the run goes on),
    ``max_concurrency`` at a time."""
    unique = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    to_check: list[str] = []
    for url in unique:
        if excluded(url, options.exclude):
            results[url] = LinkResult(url, LinkClass.EXCLUDED, detail="excluded by configuration")
        else:
            to_check.append(url)
    checker = checker or Checker(options)
    limits = Limits(
        concurrency=max(1, options.max_concurrency),
        host_concurrency=max(1, options.host_concurrency),
        host_interval=max(0.0, options.host_request_interval),
        deadline_at=checker.deadline_at,
    )
    results.update(run_checks(to_check, checker.steps, limits, _late, _failed, progress, feed))
    return results


def _late(url: str) -> LinkResult:
    return _out_of_time(url, "")


def _failed(url: str, error: Exception) -> LinkResult:
    """A check that raised: a server's answer must never end the run."""
    return LinkResult(url, LinkClass.ERROR, detail=f"the check failed ({error!r:.200})")
