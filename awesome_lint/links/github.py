"""GitHub repositories through GitHub's API, not by scraping its web pages.

With a token, one GraphQL query answers for up to 100 repositories at once: whether each
exists, its current name (renames), whether it is archived, and its license. Without one, the
REST API, one repository a request, while the rate limit allows; then plain HTTP. The token is
sent to the API host only: never to another host, never through a redirect to one.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from awesome_lint.links import connect
from awesome_lint.links.check import make_session
from awesome_lint.links.guard import BadURL, Refused, Target, Unresolvable, approve, parse_target
from awesome_lint.links.model import CheckOptions

_REPOSITORY = re.compile(r"^/([A-Za-z0-9](?:[A-Za-z0-9-]*)?)/([A-Za-z0-9._-]+?)(?:\.git)?(?:/.*)?$")
_NOT_OWNERS = frozenset(
    {"about", "apps", "codespaces", "collections", "contact", "customer-stories", "enterprise",
     "events", "explore", "features", "issues", "join", "login", "marketplace", "new",
     "notifications", "orgs", "pricing", "pulls", "readme", "resources", "search", "security",
     "settings", "site", "sponsors", "team", "topics", "trending", "users"}
)  # fmt: skip
BATCH = 100


@dataclass(frozen=True)
class Repository:
    owner: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.owner}/{self.name}".lower()


@dataclass(frozen=True)
class RepositoryFacts:
    exists: bool
    full_name: str = ""
    archived: bool = False
    license: str | None = None


def repository_of(url: str, web_base: str) -> Repository | None:
    """The repository a github.com (or configured web host) URL points into, if any."""
    parts = urlsplit(url)
    if parts.netloc.lower() != urlsplit(web_base).netloc.lower():
        return None
    match = _REPOSITORY.match(parts.path)
    if not match or match.group(1).lower() in _NOT_OWNERS:
        return None
    return Repository(match.group(1), match.group(2))


class RateLimited(Exception):
    """The API will answer no more for now."""


class Unavailable(Exception):
    """The API cannot be used in this run; the message says why."""


class GitHub:
    def __init__(self, options: CheckOptions, deadline_at: float | None = None) -> None:
        self.options = options
        self.api = options.github_api.rstrip("/")
        self.session = make_session(options)
        self.requests = 0
        self.deadline_at = deadline_at or time.monotonic() + options.deadline
        self.warning: str | None = None  # why the API was given up, for one line on stderr

    def _api_origin(self) -> tuple[str, str, int]:
        try:
            return parse_target(self.api)
        except (Refused, BadURL) as error:
            raise Unavailable(str(error)) from None

    def _headers(self, target: Target) -> dict[str, str]:
        headers = {"Accept": "application/vnd.github+json"}
        if self.options.github_token and target.origin == self._api_origin():
            headers["Authorization"] = f"bearer {self.options.github_token}"
        return headers

    def _send(self, method: str, url: str, *, json: object = None) -> requests.Response:
        """A request to the API host; redirects are followed only on that host, and the token
        goes to that host only (same scheme, host and port)."""
        for _ in range(5):
            try:
                target = approve(url, self.options.allow_private)
            except (Refused, BadURL, Unresolvable) as error:
                raise Unavailable(str(error)) from None
            if target.origin != self._api_origin():
                raise Unavailable(f"`{url}` is not on the API host")
            remaining = self.deadline_at - time.monotonic()
            if remaining <= 0:
                raise Unavailable("the deadline was reached")
            self.requests += 1
            response = connect.send(
                self.session,
                method,
                target,
                budget=max(0.1, min(self.options.timeout, remaining)),
                headers=self._headers(target),
                json=json,
                read_body=True,
            )
            location = response.headers.get("Location")
            if response.status_code in (301, 302, 307, 308) and location:
                try:
                    url = urljoin(url, location)
                    if parse_target(url) != target.origin:
                        raise Unavailable(f"the API redirected to another host (`{location}`)")
                except (ValueError, Refused) as error:
                    raise Unavailable(f"the API redirected to `{location}` ({error})") from None
                continue
            if response.status_code in (403, 429) and (
                response.headers.get("X-RateLimit-Remaining") == "0" or response.status_code == 429
            ):
                raise RateLimited(response.headers.get("X-RateLimit-Reset", ""))
            return response
        raise Unavailable("too many redirects")

    def facts(self, repositories: Iterable[Repository]) -> dict[str, RepositoryFacts]:
        """What the API says of each repository; those it could not answer for are absent,
        and ``warning`` says why the API was given up."""
        wanted = list({repository.key: repository for repository in repositories}.values())
        found: dict[str, RepositoryFacts] = {}
        try:
            if self.options.github_token:
                for start in range(0, len(wanted), BATCH):
                    found.update(self._graphql(wanted[start : start + BATCH]))
            else:
                for repository in wanted:
                    found[repository.key] = self._rest(repository)
        except RateLimited:
            pass  # what is left is checked over plain HTTP
        except (
            Unavailable,
            requests.RequestException,
            ValueError,
            TypeError,
            AttributeError,
        ) as error:
            reason = str(error) if isinstance(error, Unavailable) else _reason(error)
            self.warning = (
                f"awesome-lint: GitHub's API at `{self.api}` could not be used ({reason}); "
                "its repositories are checked over plain HTTP"
            )
        return found

    def _rest(self, repository: Repository) -> RepositoryFacts:
        response = self._send("GET", f"{self.api}/repos/{repository.owner}/{repository.name}")
        if response.status_code == 404:
            return RepositoryFacts(False)
        response.raise_for_status()
        data = response.json()
        if not isinstance(data, dict):
            raise ValueError("the answer is not a JSON object")
        license_info = data.get("license") or {}
        return RepositoryFacts(
            True,
            str(data.get("full_name", "")),
            bool(data.get("archived")),
            license_info.get("spdx_id"),
        )

    def _graphql(self, batch: list[Repository]) -> dict[str, RepositoryFacts]:
        fields = "nameWithOwner isArchived licenseInfo { spdxId }"
        parts = [
            f"r{index}: repository(owner: {json.dumps(item.owner)}, name: {json.dumps(item.name)})"
            f" {{ {fields} }}"
            for index, item in enumerate(batch)
        ]
        query = "query { " + " ".join(parts) + " }"
        response = self._send("POST", f"{self.api}/graphql", json={"query": query})
        response.raise_for_status()
        data = (response.json() or {}).get("data") or {}
        found: dict[str, RepositoryFacts] = {}
        for index, item in enumerate(batch):
            node = data.get(f"r{index}")
            if node is None:
                found[item.key] = RepositoryFacts(False)
                continue
            license_info = node.get("licenseInfo") or {}
            found[item.key] = RepositoryFacts(
                True,
                str(node.get("nameWithOwner", "")),
                bool(node.get("isArchived")),
                license_info.get("spdxId"),
            )
        return found


def _reason(error: Exception) -> str:
    if isinstance(error, requests.exceptions.Timeout):
        return "no answer in time"
    if isinstance(error, requests.exceptions.SSLError):
        return "the TLS handshake failed"
    if isinstance(error, requests.exceptions.ConnectionError):
        return "the connection failed"
    if isinstance(error, requests.exceptions.HTTPError):
        return str(error).split(" for url", 1)[0]
    if isinstance(error, ValueError):
        return "the answer is not the JSON expected"
    return type(error).__name__
