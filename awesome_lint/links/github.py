"""GitHub repositories through GitHub's API, not by scraping its web pages.

With a token, one GraphQL query answers for up to 100 repositories at once: whether each
exists, its current name (renames), whether it is archived, and its license. Without one, the
REST API, one repository a request, while the rate limit allows; then plain HTTP. The token is
sent to the API host only: never to another host, never through a redirect to one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from awesome_lint.links.check import make_session
from awesome_lint.links.guard import check_url
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


class GitHub:
    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        self.api = options.github_api.rstrip("/")
        self.session = make_session(options)
        self.requests = 0

    def _headers(self, url: str) -> dict[str, str]:
        headers = {"Accept": "application/vnd.github+json"}
        same_host = urlsplit(url).netloc.lower() == urlsplit(self.api).netloc.lower()
        if self.options.github_token and same_host:
            headers["Authorization"] = f"bearer {self.options.github_token}"
        return headers

    def _send(self, method: str, url: str, **kwargs: object) -> requests.Response:
        """A request to the API host; redirects are followed only on that host."""
        for _ in range(5):
            check_url(url, self.options.allow_private)
            self.requests += 1
            response = self.session.request(
                method,
                url,
                headers=self._headers(url),
                allow_redirects=False,
                timeout=self.options.timeout,
                **kwargs,  # type: ignore[arg-type]
            )
            location = response.headers.get("Location")
            if response.status_code in (301, 302, 307, 308) and location:
                target = urljoin(url, location)
                if urlsplit(target).netloc.lower() != urlsplit(self.api).netloc.lower():
                    return response  # never carried to another host
                url = target
                continue
            if response.status_code in (403, 429) and (
                response.headers.get("X-RateLimit-Remaining") == "0" or response.status_code == 429
            ):
                raise RateLimited(response.headers.get("X-RateLimit-Reset", ""))
            return response
        return response

    def facts(self, repositories: Iterable[Repository]) -> dict[str, RepositoryFacts]:
        """What the API says of each repository; those it could not answer for are absent."""
        wanted = list({repository.key: repository for repository in repositories}.values())
        found: dict[str, RepositoryFacts] = {}
        try:
            if self.options.github_token:
                for start in range(0, len(wanted), BATCH):
                    found.update(self._graphql(wanted[start : start + BATCH]))
            else:
                for repository in wanted:
                    found[repository.key] = self._rest(repository)
        except (RateLimited, requests.RequestException, ValueError):
            pass  # what is left is checked over plain HTTP
        return found

    def _rest(self, repository: Repository) -> RepositoryFacts:
        response = self._send("GET", f"{self.api}/repos/{repository.owner}/{repository.name}")
        if response.status_code == 404:
            return RepositoryFacts(False)
        response.raise_for_status()
        data = response.json()
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
