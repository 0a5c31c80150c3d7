"""The link scheduler as servers on 127.0.0.x see it: per-host limits, a filled global limit."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from itertools import pairwise
from pathlib import Path

import pytest
from linkfarm import Farm, InFlight

from awesome_lint.links.check import check_all
from awesome_lint.links.model import CheckOptions, LinkClass
from awesome_lint.links.run import run_link_check
from awesome_lint.links.schedule import Feed, Limits, Steps, Turn, host_key, run_checks


@pytest.fixture
def farms() -> Iterator[tuple[list[Farm], InFlight]]:
    in_flight = InFlight(hold=0.5)
    with ExitStack() as stack:
        farms = [Farm(f"127.0.0.{n}", in_flight=in_flight) for n in range(1, 7)]
        servers = [stack.enter_context(farm) for farm in farms]
        yield servers, in_flight


def test_grouped_list_fills_the_global_limit_never_a_host_above_its_own(
    farms: tuple[list[Farm], InFlight],
) -> None:
    servers, in_flight = farms
    # listed host after host, as real lists are: the worst order for a first-come pool
    urls = [farm.url(f"/hold/{index}") for farm in servers for index in range(4)]
    options = CheckOptions(
        max_concurrency=8, host_concurrency=2, timeout=5.0, max_retries=0, allow_private=True
    )
    results = check_all(urls, options)
    assert {result.link_class for result in results.values()} == {LinkClass.ALIVE}
    assert in_flight.peak_total == 8  # 4 hosts busy at once, not 1
    assert sorted(in_flight.peak.values()) == [2] * 6  # each host at its limit, never above


def test_one_host_alone_stays_at_its_limit(farms: tuple[list[Farm], InFlight]) -> None:
    servers, in_flight = farms
    options = CheckOptions(
        max_concurrency=16, host_concurrency=3, timeout=5.0, max_retries=0, allow_private=True
    )
    check_all([servers[0].url(f"/hold/{index}") for index in range(7)], options)
    assert (in_flight.peak_total, dict(in_flight.peak)) == (3, {servers[0].url("")[7:]: 3})


def test_one_server_is_one_host_however_its_urls_spell_it(
    farms: tuple[list[Farm], InFlight],
) -> None:
    servers, in_flight = farms
    port = servers[0].port
    spellings = [f"http://user{index}@127.0.0.1:{port}/hold/{index}" for index in range(3)]
    spellings += [f"http://127.0.0.1.:{port}/hold/x", f"HTTP://127.0.0.1:{port}/hold/y"]
    options = CheckOptions(max_concurrency=8, host_concurrency=2, timeout=5.0, allow_private=True)
    check_all(spellings, options)
    assert in_flight.peak_total == 2
    assert {host_key(url) for url in spellings} == {"127.0.0.1"}
    assert host_key("https://Bücher.example./x") == "xn--bcher-kva.example"
    assert host_key("http://[::1/") == ""  # not a URL: no host, and no error


def test_a_retry_waits_without_holding_the_only_worker() -> None:
    with Farm() as farm:
        options = CheckOptions(max_concurrency=1, timeout=2.0, allow_private=True)
        urls = [farm.url("/429-once")] + [farm.url(f"/ok/{index}") for index in range(4)]
        results = check_all(urls, options)
        assert [results[url].link_class for url in urls] == [LinkClass.ALIVE] * 5
        # while the 429 waited its Retry-After second, the one worker checked the others
        assert [line for _, line in farm.state.log] == [
            "HEAD /429-once",
            *(f"HEAD /ok/{index}" for index in range(4)),
            "HEAD /429-once",
        ]


def test_answers_to_head_leave_their_connection_open_for_the_next_request() -> None:
    with Farm() as farm:
        options = CheckOptions(max_concurrency=1, timeout=2.0, allow_private=True)
        results = check_all([farm.url(f"/ok/{index}") for index in range(10)], options)
        assert {result.link_class for result in results.values()} == {LinkClass.ALIVE}
        assert farm.state.connections == 1
    with Farm() as farm:
        # HEAD refused, then GET on the same connection, closed with its body unread; the next
        # URL opens a new one
        check_all([farm.url("/head-405"), farm.url("/ok/after")], options)
        assert farm.state.log[0][1:] + farm.state.log[1][1:] + farm.state.log[2][1:] == (
            "HEAD /head-405",
            "GET /head-405",
            "HEAD /ok/after",
        )
        assert farm.state.connections == 2


def test_a_body_sent_after_a_head_answer_costs_a_retry_never_a_link() -> None:
    with Farm() as farm:
        options = CheckOptions(max_concurrency=1, timeout=2.0, allow_private=True)
        urls = [farm.url("/head-body"), farm.url("/ok/1"), farm.url("/ok/2")]
        results = check_all(urls, options)
        assert [results[url].link_class for url in urls] == [LinkClass.ALIVE] * 3


def test_the_interval_spaces_the_starts_at_one_host() -> None:
    with Farm() as farm, Farm("127.0.0.2") as other:
        options = CheckOptions(
            max_concurrency=8, host_concurrency=4, host_request_interval=0.4, allow_private=True
        )
        urls = [farm.url(f"/ok/{index}") for index in range(4)] + [other.url("/ok/x")]
        check_all(urls, options)
        starts = [moment for moment, _ in farm.state.log]
        assert len(starts) == 4
        # 0.4 s apart as sent; the servers see them at most a thread's start-up less apart
        assert min(later - earlier for earlier, later in pairwise(starts)) >= 0.3
        assert other.state.log[0][0] < starts[1]  # the other host did not wait for this one


def test_at_the_deadline_checks_under_way_take_a_last_step_those_not_begun_end_late() -> None:
    resumed: list[str] = []

    def steps(key: str) -> Steps[str]:
        if key.endswith("slow"):
            time.sleep(0.4)  # its first step outlasts the deadline
        yield Turn(host_key(key), time.monotonic() + 30)  # a long Retry-After
        resumed.append(key)
        return "how far it came"

    limits = Limits(1, 1, 0.0, deadline_at=time.monotonic() + 0.2)
    keys = ["http://a/parked", "http://b/slow", "http://a/never"]
    results = run_checks(keys, steps, limits, lambda key: "late", lambda key, error: "failed")
    assert results == {
        "http://a/parked": "how far it came",  # resumed at the deadline, not after 30 s
        "http://b/slow": "how far it came",
        "http://a/never": "late",  # waited for the one worker, never began
    }
    assert sorted(resumed) == ["http://a/parked", "http://b/slow"]


def test_a_check_that_raises_ends_alone() -> None:
    def steps(key: str) -> Steps[str]:
        if key.endswith("boom"):
            raise ValueError(key)
        yield Turn(host_key(key))
        return "checked"

    limits = Limits(2, 1, 0.0, deadline_at=time.monotonic() + 5)
    keys = ["http://a/boom", "http://a/fine", "http://b/fine"]
    results = run_checks(keys, steps, limits, lambda key: "late", lambda key, error: repr(error))
    assert results == {
        "http://a/boom": "ValueError('http://a/boom')",
        "http://a/fine": "checked",
        "http://b/fine": "checked",
    }


def test_keys_fed_while_the_run_goes_on_are_checked_before_it_ends() -> None:
    feed = Feed()
    first_done = threading.Event()

    def steps(key: str) -> Steps[str]:
        yield Turn(host_key(key))
        first_done.set()
        return key.upper()

    def feeder() -> None:
        first_done.wait(5)  # the run has nothing left of its own by now: it must wait for us
        feed.add(["http://b/1", "http://a/0"])  # a key it had is not checked twice
        feed.close()

    thread = threading.Thread(target=feeder)
    thread.start()
    limits = Limits(2, 1, 0.0, deadline_at=time.monotonic() + 5)
    results = run_checks(["http://a/0"], steps, limits, lambda key: "late",
                         lambda key, error: "failed", feed=feed)  # fmt: skip
    thread.join()
    assert results == {"http://a/0": "HTTP://A/0", "http://b/1": "HTTP://B/1"}


def test_a_farm_of_faults_through_the_scheduler_then_a_cached_rerun(tmp_path: Path) -> None:
    expected = {
        "/ok": LinkClass.ALIVE,
        "/ok/a": LinkClass.ALIVE,
        "/head-405": LinkClass.ALIVE,
        "/temporary": LinkClass.ALIVE,
        "/503-once": LinkClass.ALIVE,
        "/429-once": LinkClass.ALIVE,
        "/huge": LinkClass.ALIVE,
        "/404": LinkClass.DEAD,
        "/410": LinkClass.DEAD,
        "/moved": LinkClass.REDIRECTED,
        "/challenge": LinkClass.UNVERIFIED,
        "/loop-a": LinkClass.ERROR,
        "/reset": LinkClass.ERROR,
    }
    options = CheckOptions(
        max_concurrency=4, host_concurrency=2, timeout=2.0, max_retry_wait=2.0, allow_private=True
    )
    cache = str(tmp_path / "cache.json")
    with Farm() as farm:
        urls = [farm.url(path) for path in expected]
        first, _ = run_link_check(urls, options, cache_path=cache)
        assert {path: first[farm.url(path)].link_class for path in expected} == expected
        assert first[farm.url("/moved")].target == farm.url("/ok/new")
        assert farm.state.bytes_sent == 0
        before = Counter(farm.state.hits)
        second, summary = run_link_check(urls, options, cache_path=cache)
        asked = {key.split()[1] for key in Counter(farm.state.hits) - before}
        # the alive and the moved come from the cache; failures are asked again
        assert asked == {"/404", "/410", "/challenge", "/loop-a", "/loop-b", "/reset"}
        assert {path: second[farm.url(path)].link_class for path in expected} == expected
        assert summary.from_cache == 8
