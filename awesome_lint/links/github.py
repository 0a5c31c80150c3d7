"""GitHub repositories and the files in them through GitHub's API, not by scraping its pages.

With a token, one GraphQL query answers for up to 100 links at once: whether each repository
exists, its current name (renames), whether it is archived, and its license; for a link to a
file or folder (``/blob/<ref>/<path>``, ``/tree/<ref>/<path>``), whether its branch or tag
exists and whether the path exists there. A ref may hold ``/``: each split of the link into
ref and path is asked for, and the one whose ref exists is the link's, as on GitHub's pages.
A ref the API does not know may be a renamed branch, whose pages GitHub redirects: the caller
asks those pages over plain HTTP.
Without a token, the REST API, one repository a request, while the rate limit allows; then
plain HTTP; links to files are then left unverified. The token is sent to the API host only:
never to another host, never through a redirect to one.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import requests

from awesome_lint import lazy_re
from awesome_lint.links import connect
from awesome_lint.links.check import make_session
from awesome_lint.links.guard import BadURL, Refused, Target, Unresolvable, approve, parse_target
from awesome_lint.links.model import CheckOptions

_REPOSITORY = lazy_re.compile(
    r"^/([A-Za-z0-9](?:[A-Za-z0-9-]*)?)/([A-Za-z0-9._-]+?)(?:\.git)?(?:/.*)?$"
)
_NOT_OWNERS = frozenset(
    {"about", "apps", "codespaces", "collections", "contact", "customer-stories", "enterprise",
     "events", "explore", "features", "issues", "join", "login", "marketplace", "new",
     "notifications", "orgs", "pricing", "pulls", "readme", "resources", "search", "security",
     "settings", "site", "sponsors", "team", "topics", "trending", "users"}
)  # fmt: skip
BATCH = 100  # links (repositories and files) per GraphQL query
_REF_SEGMENTS = 4  # the longest ref tried: `a/b/c/d`
_REVISION = lazy_re.compile(r"^(?:[0-9a-fA-F]{7,40}|HEAD)$")  # a commit, not a branch or a tag
NO_TOKEN = "GitHub's API checks links to files only with a token"


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


@dataclass(frozen=True)
class FileLink:
    """A link to a file or folder of a repository: ``/blob/`` or ``/tree/``, then the ref and
    the path as one list of segments, since a ref may itself hold ``/``."""

    repository: Repository
    segments: tuple[str, ...]
    folder: bool  # `/tree/`: the path may be empty (the ref's root)

    def splits(self) -> list[tuple[str, str]]:
        """Each (ref, path) the link can mean, the shortest ref first."""
        longest = min(_REF_SEGMENTS, len(self.segments) - (0 if self.folder else 1))
        return [
            ("/".join(self.segments[:count]), "/".join(self.segments[count:]))
            for count in range(1, longest + 1)
        ]


@dataclass(frozen=True)
class FileFacts:
    ref: str | None  # the branch, tag or commit the link names; None when none of them exists
    exists: bool  # the path exists at that ref


@dataclass(frozen=True)
class Facts:
    """What the API answered; what it could not answer for is absent."""

    repositories: dict[str, RepositoryFacts] = field(default_factory=dict)
    files: dict[FileLink, FileFacts] = field(default_factory=dict)


def repository_of(url: str, web_base: str) -> Repository | None:
    """The repository a github.com (or configured web host) URL points into, if any."""
    try:
        parts = urlsplit(url)
    except ValueError:  # `http://[::1/`: not a URL of any repository
        return None
    if parts.netloc.lower() != urlsplit(web_base).netloc.lower():
        return None
    match = _REPOSITORY.match(parts.path)
    if not match or match.group(1).lower() in _NOT_OWNERS:
        return None
    return Repository(match.group(1), match.group(2))


def file_link_of(url: str, web_base: str) -> FileLink | None:
    """The file or folder a ``…/blob/<ref>/<path>`` or ``…/tree/<ref>/<path>`` URL names."""
    repository = repository_of(url, web_base)
    if repository is None:
        return None
    parts = [unquote(part) for part in urlsplit(url).path.split("/")[3:] if part]
    if len(parts) < 2 or parts[0] not in ("blob", "tree"):
        return None
    link = FileLink(repository, tuple(parts[1:]), folder=parts[0] == "tree")
    return link if link.splits() else None


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

    def facts(self, repositories: Iterable[Repository], files: Iterable[FileLink] = ()) -> Facts:
        """What the API says of each repository and, with a token, of each file link."""
        merged = Facts()
        for found in self.answers(repositories, files):
            merged.repositories.update(found.repositories)
            merged.files.update(found.files)
        return merged

    def answers(
        self, repositories: Iterable[Repository], files: Iterable[FileLink] = ()
    ) -> Iterator[Facts]:
        """The API's answers as they come, a query at a time; what it could not answer for is
        absent, and ``warning`` says why a query or the API was given up."""
        wanted = list({repository.key: repository for repository in repositories}.values())
        try:
            if self.options.github_token:
                for batch in _batches(wanted, list(dict.fromkeys(files))):
                    found = Facts()
                    try:
                        self._graphql(batch, found)
                    except (ValueError, TypeError, AttributeError, requests.HTTPError) as error:
                        self._give_up(error)  # this query only: its links go to plain HTTP
                        continue
                    yield found
            else:
                for repository in wanted:
                    yield Facts({repository.key: self._rest(repository)})
        except RateLimited:
            return  # what is left is checked over plain HTTP
        except (
            Unavailable,
            requests.RequestException,
            ValueError,
            TypeError,
            AttributeError,
        ) as error:
            self._give_up(error)

    def _give_up(self, error: Exception) -> None:
        reason = str(error) if isinstance(error, Unavailable) else _reason(error)
        self.warning = (
            f"awesome-lint: GitHub's API at `{self.api}` could not be used ({reason}); "
            "its repositories are checked over plain HTTP"
        )

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

    def _graphql(self, batch: list[_Asked], found: Facts) -> None:
        query = "query { " + " ".join(_repository_query(index, asked) for index, asked in
                                      enumerate(batch)) + " }"  # fmt: skip
        response = self._send("POST", f"{self.api}/graphql", json={"query": query})
        response.raise_for_status()
        answer = response.json()
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, dict):
            raise ValueError("GitHub's API answered without data")  # a whole query refused
        failed = _error_paths(answer.get("errors"))
        for index, asked in enumerate(batch):
            alias = f"r{index}"
            node = data.get(alias)
            if not isinstance(node, dict):
                if failed.get((alias,)) == "NOT_FOUND":
                    found.repositories[asked.repository.key] = RepositoryFacts(False)
                continue  # null for another reason (access, a limit): not known to be gone
            license_info = node.get("licenseInfo") or {}
            found.repositories[asked.repository.key] = RepositoryFacts(
                True,
                str(node.get("nameWithOwner", "")),
                bool(node.get("isArchived")),
                license_info.get("spdxId"),
            )
            if any(path[0] == alias and len(path) > 1 for path in failed):
                continue  # a field of this repository failed: its files are not known
            refs = _refs_found(asked, node)
            for number, link in enumerate(asked.files):
                found.files[link] = _file_facts(number, link, refs, node)


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


@dataclass(frozen=True)
class _Asked:
    """One repository of a query, and the links to its files asked for with it."""

    repository: Repository
    files: tuple[FileLink, ...] = ()

    def refs(self) -> list[str]:
        return list(dict.fromkeys(ref for link in self.files for ref, _ in link.splits()))


def _batches(repositories: list[Repository], files: list[FileLink]) -> list[list[_Asked]]:
    """Queries of at most ``BATCH`` links each, a repository's file links beside it."""
    by_repository: dict[str, list[FileLink]] = {}
    for link in files:
        by_repository.setdefault(link.repository.key, []).append(link)
    keys = {repository.key: repository for repository in repositories}
    for link in files:
        keys.setdefault(link.repository.key, link.repository)
    batches: list[list[_Asked]] = []
    sizes: list[int] = []
    for key, repository in keys.items():
        links = by_repository.get(key, [])
        for start in range(0, max(1, len(links)), BATCH - 1):
            asked = _Asked(repository, tuple(links[start : start + BATCH - 1]))
            size = 1 + len(asked.files)
            # first fit: a small repository fills a gap that a larger one left
            room = next((index for index, used in enumerate(sizes) if used + size <= BATCH), None)
            if room is None:
                batches.append([])
                sizes.append(0)
                room = len(batches) - 1
            batches[room].append(asked)
            sizes[room] += size
    return batches


def _repository_query(index: int, asked: _Asked) -> str:
    owner, name = json.dumps(asked.repository.owner), json.dumps(asked.repository.name)
    fields = ["nameWithOwner isArchived licenseInfo { spdxId }"]
    for number, ref in enumerate(asked.refs()):
        if _REVISION.match(ref):
            fields.append(f"g{number}: object(expression: {json.dumps(ref)}) {{ __typename }}")
        else:
            fields.append(f"g{number}: ref(qualifiedName: {json.dumps(ref)}) {{ name }}")
    for number, link in enumerate(asked.files):
        for split, (ref, path) in enumerate(link.splits()):
            expression = json.dumps(f"{ref}:{path}")
            fields.append(f"f{number}_{split}: object(expression: {expression}) {{ __typename }}")
    return f"r{index}: repository(owner: {owner}, name: {name}) {{ {' '.join(fields)} }}"


def _error_paths(errors: object) -> dict[tuple[str, ...], str]:
    """GraphQL errors by the path of the field they are about, with their type."""
    found: dict[tuple[str, ...], str] = {}
    for error in errors if isinstance(errors, list) else []:
        path = error.get("path") if isinstance(error, dict) else None
        if isinstance(path, list) and path:
            found[tuple(str(part) for part in path)] = str(error.get("type", ""))
    return found


def _refs_found(asked: _Asked, node: dict[str, object]) -> set[str]:
    return {ref for number, ref in enumerate(asked.refs()) if node.get(f"g{number}")}


def _file_facts(number: int, link: FileLink, refs: set[str], node: dict[str, object]) -> FileFacts:
    """The link's ref is the longest split whose ref exists, as GitHub reads its own URLs."""
    named = [(split, ref) for split, (ref, _) in enumerate(link.splits()) if ref in refs]
    if not named:
        return FileFacts(None, False)
    split, ref = named[-1]
    return FileFacts(ref, node.get(f"f{number}_{split}") is not None)
