"""Checking links over HTTP: one session, a thread pool, per-host limits, retries, a deadline.

HEAD first, GET (streamed, the body never read) where HEAD is refused. Redirects are followed
by hand, one hop at a time, so that every hop passes the network guard and so that a permanent
redirect can be reported with its target. 408, 429, 5xx, timeouts and resets are retried with
backoff, honouring ``Retry-After`` up to a cap. Each URL is checked once per run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from awesome_lint.links.guard import Refused, check_url
from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult
from awesome_lint.patterns import matches

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_MAX_HOPS = 10


@dataclass
class RunStats:
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count_request(self) -> None:
        with self.lock:
            self.requests += 1


class HostLimits:
    """At most ``concurrency`` requests in flight per host, and ``interval`` seconds between
    the starts of two requests to one host."""

    def __init__(self, concurrency: int, interval: float) -> None:
        self.concurrency = concurrency
        self.interval = interval
        self._guard = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    def slot(self, host: str) -> threading.Semaphore:
        with self._guard:
            if host not in self._slots:
                self._slots[host] = threading.Semaphore(self.concurrency)
            return self._slots[host]

    def wait_turn(self, host: str) -> None:
        if self.interval <= 0:
            return
        with self._guard:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self.interval
        if start > now:
            time.sleep(start - now)


class _LinkAdapter(HTTPAdapter):
    """requests' adapter without cookie handling: a link check keeps no cookies, and reading
    them costs more CPU than a HEAD request when thousands are in flight."""

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response


def make_session(options: CheckOptions) -> requests.Session:
    session = requests.Session()
    adapter = _LinkAdapter(
        pool_connections=max(16, options.max_concurrency),
        pool_maxsize=max(options.max_concurrency, options.host_concurrency),
        max_retries=0,
    )
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = options.user_agent
    session.headers.update(dict(options.headers))
    session.trust_env = False  # no proxies or .netrc credentials picked up from the runner
    return session


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
        self.limits = HostLimits(options.host_concurrency, options.host_request_interval)
        self.deadline_at = deadline_at or time.monotonic() + options.deadline
        self.stats = RunStats()

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def _request(self, method: str, url: str) -> requests.Response:
        host = urlsplit(url).netloc.lower()
        prepared = requests.PreparedRequest()
        prepared.prepare(method=method, url=url, headers=self.session.headers)
        # straight to the session's connection pools: no cookies, hooks or redirect machinery,
        # which cost more CPU than the request itself when thousands are in flight
        adapter = self.session.get_adapter(url)
        with self.limits.slot(host):
            self.limits.wait_turn(host)
            timeout = max(0.1, min(self.options.timeout, self.remaining()))
            self.stats.count_request()
            return adapter.send(prepared, stream=True, timeout=timeout)

    def _fetch_once(self, url: str) -> requests.Response:
        """HEAD, or a streamed GET where HEAD is refused; the body is never read."""
        response = self._request("HEAD", url)
        if response.status_code in (403, 404, 405, 501) or response.status_code >= 500:
            response.close()
            response = self._request("GET", url)
        response.close()
        return response

    def _fetch(self, url: str) -> requests.Response | LinkResult:
        """One hop, with retries on 408, 429, 5xx, timeouts and resets."""
        last_error = ""
        response: requests.Response | None = None
        for attempt in range(self.options.max_retries + 1):
            if self.remaining() <= 0:
                return LinkResult(url, LinkClass.UNVERIFIED, detail="not checked: deadline reached")
            wait = min(2.0, 0.25 * 2**attempt)
            try:
                response = self._fetch_once(url)
            except requests.exceptions.ConnectionError as error:
                text = str(error)
                if (
                    "Name or service not known" in text
                    or "NameResolutionError" in text
                    or ("getaddrinfo" in text)
                ):
                    return LinkResult(url, LinkClass.DEAD, detail="the host name does not resolve")
                if "Connection refused" in text:
                    return LinkResult(url, LinkClass.DEAD, detail="connection refused")
                last_error = "the connection was reset" if "reset" in text.lower() else text
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
                time.sleep(wait)
        if response is not None and response.status_code == 429:
            return LinkResult(url, LinkClass.UNVERIFIED, 429, "rate limited (429) after retries")
        status = response.status_code if response is not None else None
        return LinkResult(url, LinkClass.ERROR, status, f"{last_error} after retries")

    def check(self, url: str) -> LinkResult:
        current = url
        permanent = True
        seen = {url}
        for _ in range(_MAX_HOPS):
            try:
                check_url(current, self.options.allow_private)
            except Refused as refusal:
                return LinkResult(url, LinkClass.EXCLUDED, detail=str(refusal))
            except OSError:
                return LinkResult(url, LinkClass.DEAD, detail="the host name does not resolve")
            outcome = self._fetch(current)
            if isinstance(outcome, LinkResult):
                return replace(outcome, url=url)
            status = outcome.status_code
            location = outcome.headers.get("Location")
            if status in _REDIRECTS and location:
                permanent = permanent and status in _PERMANENT
                current = urljoin(current, location)
                if current in seen:
                    return LinkResult(url, LinkClass.ERROR, status, "redirect loop")
                seen.add(current)
                continue
            return self._classify(url, current, status, permanent, outcome)
        return LinkResult(url, LinkClass.ERROR, None, f"more than {_MAX_HOPS} redirects")

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


def excluded(url: str, patterns: Iterable[str]) -> bool:
    return matches(patterns, url)


def check_all(
    urls: Iterable[str],
    options: CheckOptions,
    progress: Callable[[int, int], None] | None = None,
    checker: Checker | None = None,
) -> dict[str, LinkResult]:
    """Check each distinct http(s) URL once, ``max_concurrency`` at a time."""
    unique = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    to_check: list[str] = []
    for url in unique:
        if excluded(url, options.exclude):
            results[url] = LinkResult(url, LinkClass.EXCLUDED, detail="excluded by configuration")
        else:
            to_check.append(url)
    checker = checker or Checker(options)
    done = 0
    lock = threading.Lock()

    def work(url: str) -> LinkResult:
        nonlocal done
        result = checker.check(url)
        with lock:
            done += 1
            if progress:
                progress(done, len(to_check))
        return result

    with ThreadPoolExecutor(max_workers=max(1, options.max_concurrency)) as pool:
        for result in pool.map(work, to_check):
            results[result.url] = result
    return results
