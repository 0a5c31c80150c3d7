"""Which request goes next: per-host queues that keep every host busy up to its limit.

A check is a generator of steps. Its first request goes to the host its key names; before
each later request (a GET after a refused HEAD, a retry, the next hop of a redirect) it yields
a ``Turn``: the host it will reach and the earliest time it may (a backoff, a
``Retry-After``). One coordinating thread keeps a queue per host and hands a free worker the
next step of any host that is under its in-flight limit and past its interval, taking the
hosts in turn, so the global limit is filled whenever enough hosts have work, in whatever
order the document lists them. A check that has to wait is parked on a timer, holding neither
a worker nor a slot of its host. At the deadline, checks not yet finished end as ``late``; a
check that raises ends as ``failed``, and the others go on.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

R = TypeVar("R")


@dataclass(frozen=True)
class Turn:
    """The next request of a check: to ``host``, not before ``not_before`` (monotonic)."""

    host: str
    not_before: float = 0.0


Steps = Generator[Turn, None, R]


@dataclass(frozen=True)
class Limits:
    concurrency: int  # requests in flight at once, all hosts together
    host_concurrency: int  # requests in flight at once at one host
    host_interval: float  # seconds between the starts of two requests to one host
    deadline_at: float  # monotonic time after which nothing new starts


def host_key(url: str) -> str:
    """The host a limit applies to: the URL's host name, case folded, in its ASCII form,
    whatever port, user name or trailing dot the URL gives it, so that a list cannot make one
    server many hosts."""
    try:
        name = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError:
        return name


@dataclass(eq=False)
class _Check(Generic[R]):
    key: str
    steps: Steps[R]
    started: bool = False
    last: bool = False  # given its last step, at the deadline


@dataclass(eq=False)
class _Host(Generic[R]):
    waiting: deque[_Check[R]] = field(default_factory=deque)
    in_flight: int = 0
    next_start: float = 0.0
    listed: bool = False  # in the ring of ready hosts or on the interval timer


@dataclass(frozen=True)
class _Done(Generic[R]):
    check: _Check[R]
    host: str
    turn: Turn | None = None
    result: tuple[R] | None = None  # boxed: a finished check, whatever its result
    error: Exception | None = None


def _advance(check: _Check[R], host: str, finished: queue.SimpleQueue[_Done[Any] | _More]) -> None:
    """Run one step of a check, in a worker: up to its next turn, or to its result."""
    try:
        done = _Done(check, host, turn=check.steps.send(None))
    except StopIteration as stop:
        done = _Done(check, host, result=(stop.value,))
    except Exception as error:
        done = _Done(check, host, error=error)
    finished.put(done)


class _Schedule(Generic[R]):
    """The state of one run; touched by the coordinating thread only."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.hosts: dict[str, _Host[R]] = {}
        self.ring: deque[str] = deque()  # hosts that may start a request now, in turn
        self.host_timer: list[tuple[float, int, str]] = []  # hosts waiting for their interval
        self.parked: list[tuple[float, int, str, _Check[R]]] = []  # checks waiting for a time
        self.order = itertools.count()
        self.in_flight = 0

    def host(self, name: str) -> _Host[R]:
        found = self.hosts.get(name)
        if found is None:
            found = self.hosts[name] = _Host()
        return found

    def offer(self, name: str, now: float) -> None:
        """List a host that has waiting checks and a free slot: ready now, or on its timer."""
        host = self.host(name)
        if host.listed or not host.waiting or host.in_flight >= self.limits.host_concurrency:
            return
        host.listed = True
        if host.next_start <= now:
            self.ring.append(name)
        else:
            heapq.heappush(self.host_timer, (host.next_start, next(self.order), name))

    def enqueue(self, check: _Check[R], turn: Turn, now: float, first: bool) -> None:
        if turn.not_before > now:
            heapq.heappush(self.parked, (turn.not_before, next(self.order), turn.host, check))
            return
        waiting = self.host(turn.host).waiting
        # a check under way goes before those not started: finish what is begun
        waiting.append(check) if first else waiting.appendleft(check)
        self.offer(turn.host, now)

    def wake(self, now: float) -> None:
        while self.parked and self.parked[0][0] <= now:
            _, _, name, check = heapq.heappop(self.parked)
            self.enqueue(check, Turn(name), now, first=False)
        while self.host_timer and self.host_timer[0][0] <= now:
            _, _, name = heapq.heappop(self.host_timer)
            self.host(name).listed = False
            self.offer(name, now)

    def take(self, now: float) -> tuple[str, _Check[R]] | None:
        """The next check to run and its host, round robin over the ready hosts."""
        while self.ring and self.in_flight < self.limits.concurrency:
            name = self.ring.popleft()
            host = self.hosts[name]
            host.listed = False
            if not host.waiting or host.in_flight >= self.limits.host_concurrency:
                continue
            check = host.waiting.popleft()
            check.started = True
            host.in_flight += 1
            self.in_flight += 1
            host.next_start = now + self.limits.host_interval
            self.offer(name, now)
            return name, check
        return None

    def release(self, name: str, now: float) -> None:
        self.hosts[name].in_flight -= 1
        self.in_flight -= 1
        self.offer(name, now)

    def next_event(self) -> float | None:
        times = [timer[0][0] for timer in (self.parked, self.host_timer) if timer]
        return min(times) if times else None

    def drain(self) -> list[tuple[str, _Check[R]]]:
        """Every check that is waiting, parked or queued, with its host, taken out."""
        checks = [(name, check) for _, _, name, check in self.parked]
        for name, host in self.hosts.items():
            checks.extend((name, check) for check in host.waiting)
            host.waiting.clear()
        self.parked.clear()
        return checks

    def force(self, name: str, check: _Check[R]) -> tuple[str, _Check[R]]:
        """A check's last step, at the deadline, whatever the limits: it ends without a
        request, saying what it had met before (a timeout, an error status)."""
        self.host(name).in_flight += 1
        self.in_flight += 1
        check.last = True
        return name, check


def _wait(schedule: _Schedule[R], limits: Limits, now: float) -> float | None:
    """How long the coordinator may sleep: until a parked check or a host's interval is due,
    or the deadline; without either, until a step finishes."""
    times = [limits.deadline_at] if now < limits.deadline_at else []
    event = schedule.next_event()
    if event is not None:
        times.append(event)
    return max(0.0, min(times) - now) if times else None


@dataclass(frozen=True)
class _More:
    keys: tuple[str, ...]
    last: bool = False


class Feed:
    """Keys for a run under way, added from another thread; ``close`` says none will follow."""

    def __init__(self) -> None:
        self.inbox: queue.SimpleQueue[_Done[Any] | _More] = queue.SimpleQueue()

    def add(self, keys: Iterable[str]) -> None:
        self.inbox.put(_More(tuple(keys)))

    def close(self) -> None:
        self.inbox.put(_More((), last=True))


def run_checks(
    keys: Iterable[str],
    start: Callable[[str], Steps[R]],
    limits: Limits,
    late: Callable[[str], R],
    failed: Callable[[str, Exception], R],
    progress: Callable[[int, int], None] | None = None,
    feed: Feed | None = None,
) -> dict[str, R]:
    """Run ``start(key)`` for each key (and each that ``feed`` adds, until it is closed), its
    first request to ``host_key(key)``, within ``limits``. At the deadline, a check not begun
    ends as ``late(key)``, one under way is given a last step to say how far it came (its
    code makes no request after the deadline); a check that raised ends as
    ``failed(key, error)``."""
    schedule: _Schedule[R] = _Schedule(limits)
    inbox = feed.inbox if feed else Feed().inbox
    known: set[str] = set()
    results: dict[str, R] = {}

    def add(more: Iterable[str], now: float) -> None:
        for key in more:
            if key not in known:
                known.add(key)
                schedule.enqueue(_Check(key, start(key)), Turn(host_key(key)), now, first=True)

    def finish(key: str, result: R) -> None:
        results[key] = result
        if progress:
            progress(len(results), len(known))

    add(keys, time.monotonic())
    feeding = feed is not None
    with ThreadPoolExecutor(max_workers=max(1, limits.concurrency)) as pool:
        while feeding or len(results) < len(known):
            now = time.monotonic()
            if now >= limits.deadline_at:
                for name, check in schedule.drain():
                    if check.started:
                        schedule.force(name, check)
                        pool.submit(_advance, check, name, inbox)
                    else:
                        check.steps.close()
                        finish(check.key, late(check.key))
            schedule.wake(now)
            while (taken := schedule.take(now)) is not None:
                pool.submit(_advance, taken[1], taken[0], inbox)
            if not feeding and len(results) == len(known):
                break
            try:
                message = inbox.get(timeout=_wait(schedule, limits, now))
            except queue.Empty:
                continue
            while True:
                now = time.monotonic()
                if isinstance(message, _More):
                    add(message.keys, now)
                    feeding = feeding and not message.last
                elif (last := _settle(schedule, message, now, finish, late, failed)) is not None:
                    pool.submit(_advance, last[1], last[0], inbox)
                try:
                    message = inbox.get_nowait()
                except queue.Empty:
                    break
    return results


def _settle(
    schedule: _Schedule[R],
    done: _Done[R],
    now: float,
    finish: Callable[[str, R], None],
    late: Callable[[str], R],
    failed: Callable[[str, Exception], R],
) -> tuple[str, _Check[R]] | None:
    """A step is over: the check finished, failed, or waits for its next turn; past the
    deadline, its last step is returned to be run now."""
    schedule.release(done.host, now)
    key = done.check.key
    if done.error is not None:  # one server's answer never ends the run
        finish(key, failed(key, done.error))
    elif done.result is not None:
        finish(key, done.result[0])
    elif done.turn is not None and now < schedule.limits.deadline_at:
        schedule.enqueue(done.check, done.turn, now, first=False)
    elif done.turn is not None and not done.check.last:
        return schedule.force(done.turn.host, done.check)
    else:
        done.check.steps.close()
        finish(key, late(key))
    return None


def run_alone(steps: Steps[R]) -> R:
    """A single check in this thread, waiting where it asks to; no other limit applies."""
    try:
        while True:
            turn = steps.send(None)
            time.sleep(max(0.0, turn.not_before - time.monotonic()))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
