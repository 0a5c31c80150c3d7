"""A cache of link results that CI can save and restore: successes for a while, failures never.

The file is JSON, ``{key: {"url", "class", "status", "target", "checked"}}``, keyed by the URL
and by the options that change a result (``--accept``, ``--allow-private``, headers, the GitHub
hosts), so that a run with other options never reuses another's verdicts. Two runs writing at
once are safe: each takes an exclusive ``flock`` on the cache's folder (no lock file, so none
is left behind, none can be planted as a symlink, and a crashed run leaves nothing that blocks
the next), merges its results into what is on disk, and replaces the file atomically through a
temporary file that ``mkstemp`` creates.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import math
import os
import stat
import tempfile
import time
from collections.abc import Iterator, Mapping

from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult

KEPT = frozenset({LinkClass.ALIVE, LinkClass.REDIRECTED})
DEFAULT_TTL = 24 * 3600.0
MAX_BYTES = 64 << 20  # some 200,000 entries


def variant(options: CheckOptions) -> str:
    """A short digest of the options that can change a link's verdict."""
    parts = [
        sorted(options.accept),
        options.allow_private,
        sorted(options.headers),
        options.user_agent,
        options.github_api,
        options.github_web,
    ]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:12]


def _key(url: str, kind: str) -> str:
    return f"{kind} {url}"


def _read(path: str) -> dict[str, dict[str, object]]:
    """The cache's entries; nothing from a symlink, a FIFO, a device or an oversized file (a
    pull request can commit ``.awesome-lint-cache.json -> /dev/zero``)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return {}
        with open(descriptor, "rb", closefd=False) as handle:
            data = json.loads(handle.read(MAX_BYTES + 1))
    except (OSError, ValueError, RecursionError):
        return {}
    finally:
        os.close(descriptor)
    if not isinstance(data, dict):
        return {}
    return {key: entry for key, entry in data.items() if isinstance(entry, dict)}


def _replaceable(path: str) -> bool:
    """Whether ``path`` may be replaced by the cache: absent, empty, not a regular file (a
    planted symlink or FIFO is replaced, never followed), or a cache already; never another
    file (``--cache-path README.md`` must not clobber the README)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return True
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return True  # os.replace refuses a folder on its own
    entries = _read(path)
    if not entries:
        with contextlib.suppress(OSError, ValueError), open(path, "rb") as handle:
            return bool(json.loads(handle.read(16)) == {})
        return False
    return all("url" in entry or "class" in entry for entry in entries.values())


def _checked(entry: Mapping[str, object], now: float) -> float | None:
    """When the entry was checked; None for a time that is not a number or in the future."""
    value = entry.get("checked")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    checked = float(value)
    if not math.isfinite(checked) or checked > now:
        return None
    return checked


def load_cache(
    path: str,
    ttl: float = DEFAULT_TTL,
    now: float | None = None,
    options: CheckOptions | None = None,
) -> dict[str, LinkResult]:
    """Results younger than ``ttl`` seconds for runs with these options; a missing, damaged or
    unreadable file is an empty cache."""
    now = time.time() if now is None else now
    kind = variant(options or CheckOptions())
    results: dict[str, LinkResult] = {}
    for key, entry in _read(path).items():
        url = entry.get("url")
        if not isinstance(url, str) or key != _key(url, kind):
            continue
        try:
            link_class = LinkClass(str(entry.get("class")))
        except ValueError:
            continue
        checked = _checked(entry, now)
        if link_class not in KEPT or checked is None or now - checked > ttl:
            continue
        status = entry.get("status")
        target = entry.get("target")
        results[url] = LinkResult(
            url,
            link_class,
            status if isinstance(status, int) and not isinstance(status, bool) else None,
            "from the cache",
            target if isinstance(target, str) else None,
            from_cache=True,
        )
    return results


@contextlib.contextmanager
def _locked(directory: str) -> Iterator[None]:
    """An exclusive lock on the folder itself: released by the kernel when the run ends, however
    it ends."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def save_cache(
    path: str,
    results: Mapping[str, LinkResult],
    now: float | None = None,
    options: CheckOptions | None = None,
) -> None:
    """Merge this run's successes into the cache file; failures are dropped so that they are
    checked again next time. Raises OSError when the file cannot be written."""
    now = time.time() if now is None else now
    kind = variant(options or CheckOptions())
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.lexists(directory) and not os.path.isdir(directory):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), directory)
    os.makedirs(directory, exist_ok=True)
    with _locked(directory):
        if not _replaceable(path):
            raise FileExistsError(errno.EEXIST, "it is a file other than a link cache", path)
        data = {
            key: entry for key, entry in _read(path).items() if _checked(entry, now) is not None
        }
        for url, result in results.items():
            if result.from_cache:
                continue
            if result.link_class in KEPT:
                data[_key(url, kind)] = {
                    "url": url,
                    "class": result.link_class.value,
                    "status": result.status,
                    "target": result.target,
                    "checked": now,
                }
            else:
                data.pop(_key(url, kind), None)
        descriptor, temporary = tempfile.mkstemp(
            dir=directory, prefix=".awesome-lint-cache.", suffix=".tmp"
        )
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=0, sort_keys=True)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
