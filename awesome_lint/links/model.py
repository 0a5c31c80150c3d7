"""Link results and checking options: the records the offline code may see, without requests."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from awesome_lint.links.options import USER_AGENT, CheckOptions

__all__ = ["USER_AGENT", "CheckOptions", "LinkClass", "LinkResult"]


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
