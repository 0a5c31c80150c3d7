"""A cache of link results that CI can save and restore: successes for a while, failures never.

The file is JSON, ``{url: {"class", "status", "target", "checked"}}``. Two runs writing at
once are safe: each merges its results into what is on disk under an exclusive lock, then
replaces the file atomically.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Mapping

from awesome_lint.links.model import LinkClass, LinkResult

KEPT = frozenset({LinkClass.ALIVE, LinkClass.REDIRECTED})
DEFAULT_TTL = 24 * 3600.0


def _read(path: str) -> dict[str, dict[str, object]]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_cache(
    path: str, ttl: float = DEFAULT_TTL, now: float | None = None
) -> dict[str, LinkResult]:
    """Results younger than ``ttl`` seconds; a missing or damaged file is an empty cache."""
    now = time.time() if now is None else now
    results: dict[str, LinkResult] = {}
    for url, entry in _read(path).items():
        try:
            link_class = LinkClass(str(entry["class"]))
            checked = float(entry["checked"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        if link_class not in KEPT or now - checked > ttl:
            continue
        status = entry.get("status")
        target = entry.get("target")
        results[url] = LinkResult(
            url,
            link_class,
            status if isinstance(status, int) else None,
            "from the cache",
            target if isinstance(target, str) else None,
            from_cache=True,
        )
    return results


def save_cache(path: str, results: Mapping[str, LinkResult], now: float | None = None) -> None:
    """Merge this run's successes into the cache file; failures are dropped so that they are
    checked again next time."""
    now = time.time() if now is None else now
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    with open(path + ".lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = _read(path)
        for url, result in results.items():
            if result.from_cache:
                continue
            if result.link_class in KEPT:
                data[url] = {
                    "class": result.link_class.value,
                    "status": result.status,
                    "target": result.target,
                    "checked": now,
                }
            else:
                data.pop(url, None)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=0, sort_keys=True)
        os.replace(temporary, path)
