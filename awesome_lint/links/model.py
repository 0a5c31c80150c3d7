"""Link results and checking options: the records the offline code may see, without requests."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from awesome_lint import __version__

USER_AGENT = f"awesome-lint/{__version__} (+https://github.com/awesome-lint/awesome-lint)"


class LinkClass(Enum):
    ALIVE = "alive"
    DEAD = "dead"
    REDIRECTED = "redirected"
    ERROR = "error"
    UNVERIFIED = "unverified"
    EXCLUDED = "excluded"


@dataclass(frozen=True)
class LinkResult:
    url: str
    link_class: LinkClass
    status: int | None = None
    detail: str = ""
    target: str | None = None  # where a permanent redirect (or a renamed repository) leads
    from_cache: bool = False
    archived: bool = False
    license: str | None = None  # a GitHub repository's SPDX id


@dataclass(frozen=True)
class CheckOptions:
    max_concurrency: int = 32
    host_concurrency: int = 4
    host_request_interval: float = 0.0
    timeout: float = 10.0
    max_retries: int = 2
    max_retry_wait: float = 10.0
    deadline: float = 300.0
    accept: frozenset[int] = frozenset(range(200, 300))
    exclude: tuple[str, ...] = ()
    user_agent: str = USER_AGENT
    headers: tuple[tuple[str, str], ...] = ()
    allow_private: bool = False
    github_token: str | None = None
    github_api: str = "https://api.github.com"
    github_web: str = "https://github.com"
