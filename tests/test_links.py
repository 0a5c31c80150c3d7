"""The link checker against real HTTP servers on 127.0.0.1 that misbehave on purpose."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st
from linkfarm import Farm

from awesome_lint.links import connect, guard
from awesome_lint.links.cache import load_cache, save_cache
from awesome_lint.links.check import Checker, check_all, retry_after
from awesome_lint.links.model import CheckOptions, LinkClass, LinkResult
from awesome_lint.links.run import run_link_check

FAST = CheckOptions(timeout=1.0, max_retries=2, max_retry_wait=2.0, allow_private=True)


@pytest.fixture
def farm() -> Iterator[Farm]:
    with Farm() as server:
        yield server


def classify(farm: Farm, path: str, options: CheckOptions = FAST) -> LinkResult:
    return Checker(options).check(farm.url(path))


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/ok", LinkClass.ALIVE),
        ("/404", LinkClass.DEAD),
        ("/410", LinkClass.DEAD),
        ("/head-405", LinkClass.ALIVE),
        ("/temporary", LinkClass.ALIVE),
        ("/503-once", LinkClass.ALIVE),
        ("/429-once", LinkClass.ALIVE),
        ("/challenge", LinkClass.UNVERIFIED),
        ("/loop-a", LinkClass.ERROR),
    ],
)
def test_classes(farm: Farm, path: str, expected: LinkClass) -> None:
    assert classify(farm, path).link_class is expected


def test_permanent_redirect_reports_its_target(farm: Farm) -> None:
    result = classify(farm, "/moved")
    assert (result.link_class, result.target) == (LinkClass.REDIRECTED, farm.url("/ok/new"))


def test_slow_server_is_an_error_after_retries(farm: Farm) -> None:
    result = classify(farm, "/slow", CheckOptions(timeout=0.3, max_retries=1, allow_private=True))
    assert result.link_class is LinkClass.ERROR
    assert "no answer within 0.3 s after retries" in result.detail


def test_persistent_429_honours_retry_after_and_stays_unverified(farm: Farm) -> None:
    started = time.monotonic()
    result = classify(farm, "/429", CheckOptions(max_retries=1, allow_private=True))
    assert result.link_class is LinkClass.UNVERIFIED
    assert time.monotonic() - started >= 1.0  # waited as Retry-After asked
    assert farm.state.hits["GET /429"] + farm.state.hits["HEAD /429"] >= 2


def test_connection_reset_is_retried_then_an_error(farm: Farm) -> None:
    result = classify(farm, "/reset", CheckOptions(max_retries=1, allow_private=True))
    assert result.link_class is LinkClass.ERROR
    assert farm.state.hits["HEAD /reset"] == 2


def test_connection_refused_is_dead() -> None:
    result = Checker(FAST).check("http://127.0.0.1:9/")
    assert (result.link_class, result.detail) == (LinkClass.DEAD, "connection refused")


def test_huge_body_is_not_downloaded(farm: Farm) -> None:
    result = classify(farm, "/huge")
    assert result.link_class is LinkClass.ALIVE
    time.sleep(0.2)
    assert farm.state.hits["GET /huge"] == 0  # HEAD answered; the body was never asked for
    assert farm.state.bytes_sent == 0


def test_each_url_is_checked_once_per_run(farm: Farm) -> None:
    urls = [farm.url("/ok")] * 5 + [farm.url("/404")] * 3
    results = check_all(urls, FAST)
    assert len(results) == 2
    assert farm.state.hits["HEAD /ok"] == 1


def test_deadline_bounds_the_run(farm: Farm) -> None:
    options = CheckOptions(timeout=2.0, deadline=0.5, max_concurrency=2, allow_private=True)
    urls = [farm.url(f"/slow?{index}") for index in range(6)]
    started = time.monotonic()
    results = check_all(urls, options)
    assert time.monotonic() - started < 3.0
    assert all(result.link_class is not LinkClass.ALIVE for result in results.values())


def test_per_host_concurrency(farm: Farm) -> None:
    options = CheckOptions(timeout=3.0, host_concurrency=1, max_concurrency=8, allow_private=True)
    started = time.monotonic()
    check_all([farm.url(f"/slow?{index}") for index in range(3)], options)
    assert time.monotonic() - started >= 3 * 2.0 - 0.2  # one at a time on this host


def test_retry_after_forms() -> None:
    assert retry_after("3", 0) == 3.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470) == 10.0
    assert retry_after("soon", 0) is None


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://10.1.2.3/", "http://169.254.169.254/latest/", "http://[::1]/"],
)
def test_private_addresses_are_refused(url: str) -> None:
    result = Checker(CheckOptions(timeout=1.0)).check(url)
    assert result.link_class is LinkClass.EXCLUDED
    assert "private, loopback or link-local" in result.detail


def test_a_name_that_resolves_to_a_private_address_is_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(guard, "resolve_host", lambda host: ["10.0.0.7"])
    result = Checker(CheckOptions(timeout=1.0)).check("http://intranet.example.org/")
    assert result.link_class is LinkClass.EXCLUDED


@pytest.fixture
def public_farm(farm: Farm, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Farm, Farm]]:
    """The farm on 127.0.0.1 counts as a public server; a second farm on 127.0.0.2 stays a
    private one, which nothing may reach without --allow-private."""
    judge = guard.forbidden_address
    monkeypatch.setattr(guard, "forbidden_address", lambda a: a != "127.0.0.1" and judge(a))
    with Farm("127.0.0.2") as private:
        yield farm, private


def test_a_redirect_to_a_private_address_is_refused(public_farm: tuple[Farm, Farm]) -> None:
    farm, private = public_farm
    checker = Checker(CheckOptions(timeout=1.0))
    result = checker.check(farm.url("/to-private"))
    assert (result.link_class, result.detail) == (
        LinkClass.EXCLUDED,
        "`10.0.0.1` is on a private, loopback or link-local network (10.0.0.1); "
        "use --allow-private to check such links",
    )
    result = checker.check(farm.url("/location/" + quote(private.url("/ok"), safe="")))
    assert result.link_class is LinkClass.EXCLUDED
    assert sum(private.state.hits.values()) == 0


def test_a_backslash_cannot_smuggle_another_host(public_farm: tuple[Farm, Farm]) -> None:
    """urlsplit reads the host after the `@`, urllib3 the one before the backslash."""
    farm, private = public_farm
    sneaky = f"http://127.0.0.2:{private.port}\\@127.0.0.1:{farm.port}/ok"
    checker = Checker(CheckOptions(timeout=1.0))
    direct = checker.check(sneaky)
    assert (direct.link_class, direct.detail) == (
        LinkClass.EXCLUDED,
        f"`{sneaky}` names different hosts to different URL parsers",
    )
    redirected = checker.check(farm.url("/location/" + quote(sneaky, safe="")))
    assert redirected.link_class is LinkClass.EXCLUDED
    assert sum(private.state.hits.values()) == 0
    assert farm.state.hits["HEAD /ok"] == 0


def test_the_connection_goes_to_the_address_the_guard_approved(
    farm: Farm, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: a second lookup of the name would answer 127.0.0.2; there is none."""
    with Farm("127.0.0.2", farm.port) as other:
        lookups: list[str] = []

        def guard_resolver(host: str) -> list[str]:
            lookups.append(host)
            return ["127.0.0.1"]

        def rebinding(host: object, *args: object, **kwargs: object) -> object:
            if host == "farm.example":  # the name now points at the other server
                host = "127.0.0.2"
            return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

        real_getaddrinfo = socket.getaddrinfo
        monkeypatch.setattr(guard, "resolve_host", guard_resolver)
        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        url = f"http://farm.example:{farm.port}/ok"
        result = Checker(CheckOptions(timeout=1.0, allow_private=True)).check(url)
        assert result.link_class is LinkClass.ALIVE
        assert lookups == ["farm.example"]
        assert farm.state.hosts == [f"farm.example:{farm.port}"]  # the name, not the address
        assert sum(other.state.hits.values()) == 0


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("100.64.0.1", True),  # carrier-grade NAT
        ("100.100.100.200", True),  # a cloud metadata address inside it
        ("2002:7f00:1::1", True),  # 6to4 around 127.0.0.1
        ("2002:a00:1::1", True),  # 6to4 around 10.0.0.1
        ("64:ff9b::a9fe:a9fe", True),  # NAT64 around 169.254.169.254
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", True),  # Teredo around 127.0.0.1
        ("::ffff:192.168.1.1", True),
        ("fe80::1%eth0", True),
        ("224.0.0.1", True),
        ("93.184.216.34", False),
        ("2002:5db8:d822::1", False),  # 6to4 around a public address
        ("64:ff9b::5db8:d822", False),
        ("2606:4700:4700::1111", False),
    ],
)
def test_wrapped_and_shared_addresses_are_judged_by_what_they_carry(
    address: str, forbidden: bool
) -> None:
    assert guard.forbidden_address(address) is forbidden


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a..b/", (LinkClass.ERROR, "`a..b` is not a valid host name")),
        (
            f"http://{'a' * 64}.org/",
            (LinkClass.ERROR, f"`{'a' * 64}.org` is not a valid host name"),
        ),
        ("http://[::1/", (LinkClass.ERROR, "`http://[::1/` is not a valid URL")),
        ("http://1.2.3.4:99999/", (LinkClass.ERROR, "`http://1.2.3.4:99999/` is not a valid URL")),
    ],
)
def test_urls_no_request_can_be_made_for_are_errors(
    url: str, expected: tuple[LinkClass, str]
) -> None:
    result = Checker(FAST).check(url)
    assert (result.link_class, result.detail) == expected


def test_a_redirect_to_an_invalid_url_is_an_error(farm: Farm) -> None:
    result = classify(farm, "/location/http%3A%2F%2F%5B%3A%3A1")
    assert (result.link_class, result.detail) == (
        LinkClass.ERROR,
        "the redirect target `http://[::1` is not a valid URL",
    )


@pytest.mark.parametrize("path", ["/not-http", "/many-headers"])
def test_an_answer_that_is_not_http_is_an_error(farm: Farm, path: str) -> None:
    result = classify(farm, path, CheckOptions(timeout=1.0, max_retries=0, allow_private=True))
    assert (result.link_class, result.detail) == (
        LinkClass.ERROR,
        "the answer is not HTTP after retries",
    )


def test_ten_redirects_are_followed_eleven_are_too_many(farm: Farm) -> None:
    assert classify(farm, "/hops/10").link_class is LinkClass.ALIVE
    result = classify(farm, "/hops/11")
    assert (result.link_class, result.detail) == (LinkClass.ERROR, "more than 10 redirects")


def test_only_http_and_https_are_fetched() -> None:
    assert Checker(FAST).check("ftp://example.org/x").link_class is LinkClass.EXCLUDED


def test_cache_keeps_successes_for_a_ttl_and_never_failures(tmp_path: Path, farm: Farm) -> None:
    path = str(tmp_path / "cache.json")
    results = {
        farm.url("/ok"): LinkResult(farm.url("/ok"), LinkClass.ALIVE, 200),
        farm.url("/404"): LinkResult(farm.url("/404"), LinkClass.DEAD, 404),
    }
    save_cache(path, results, now=1000.0)
    assert set(load_cache(path, ttl=100, now=1050.0)) == {farm.url("/ok")}
    assert load_cache(path, ttl=100, now=1200.0) == {}
    save_cache(path, {farm.url("/x"): LinkResult(farm.url("/x"), LinkClass.ALIVE)}, now=1001.0)
    assert len(json.loads(Path(path).read_text())) == 2  # merged with what was there


@pytest.mark.parametrize("checked", [float("nan"), float("inf"), 5000.0, "1000", True])
def test_cache_entries_dated_in_the_future_or_not_a_time_expire(
    tmp_path: Path, checked: object
) -> None:
    path = tmp_path / "cache.json"
    url = "https://example.org/"
    save_cache(str(path), {url: LinkResult(url, LinkClass.ALIVE, 200)}, now=1000.0)
    data = json.loads(path.read_text())
    (entry,) = data.values()
    assert load_cache(str(path), ttl=100, now=1050.0)[url].from_cache
    entry["checked"] = checked
    path.write_text(json.dumps(data))
    assert load_cache(str(path), ttl=100, now=1050.0) == {}


def test_cache_is_keyed_by_the_options_that_change_a_result(tmp_path: Path) -> None:
    path = str(tmp_path / "cache.json")
    url = "http://127.0.0.1:9/x"
    private = CheckOptions(allow_private=True, accept=frozenset({200, 403}))
    save_cache(path, {url: LinkResult(url, LinkClass.ALIVE, 403)}, options=private)
    assert set(load_cache(path, options=private)) == {url}
    assert load_cache(path, options=CheckOptions()) == {}
    assert load_cache(path, options=CheckOptions(allow_private=True)) == {}


def test_a_planted_lock_symlink_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    repository = tmp_path / "repo"
    repository.mkdir()
    path = repository / ".awesome-lint-cache.json"
    (repository / ".awesome-lint-cache.json.lock").symlink_to(victim)
    (repository / f".awesome-lint-cache.json.{os.getpid()}.tmp").symlink_to(victim)  # old name
    url = "https://example.org/"
    save_cache(str(path), {url: LinkResult(url, LinkClass.ALIVE, 200)})
    assert victim.read_text() == "precious\n"
    assert set(load_cache(str(path))) == {url}
    left = sorted(name.name for name in repository.iterdir() if not name.is_symlink())
    assert left == [".awesome-lint-cache.json"]  # no lock file, no temporary file


def test_a_stale_lock_file_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "cache.json"
    (tmp_path / "cache.json.lock").write_text("")  # left by an older version that crashed
    url = "https://example.org/"
    save_cache(str(path), {url: LinkResult(url, LinkClass.ALIVE, 200)})
    assert set(load_cache(str(path))) == {url}


@pytest.mark.parametrize("kind", ["folder", "under a file"])
def test_an_unwritable_cache_still_reports(write, farm: Farm, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"- [Dead]({farm.url('/404')}) - gone.\n")
    if kind == "folder":
        cache = path.parent / "cache-folder"
        cache.mkdir()
        reason = "Is a directory"
    else:
        cache = write("plain-file", "x") / "cache.json"
        reason = "Not a directory"
    flags = ["--links", "--allow-private", "--select", "AL101", "--cache-path", str(cache)]
    result = run("check", *flags, str(path))
    assert result.code == 1
    assert f"{path}:1:10: AL101" in result.out
    assert f"awesome-lint: cannot write the link cache `{cache}` ({reason}); " in result.err


def test_second_run_with_the_cache_requests_only_failures(tmp_path: Path, farm: Farm) -> None:
    cache = str(tmp_path / "cache.json")
    urls = [farm.url(f"/ok/{index}") for index in range(40)] + [farm.url("/404")]
    _, first = run_link_check(urls, FAST, cache_path=cache)
    _, second = run_link_check(urls, FAST, cache_path=cache)
    assert first.requests >= 41
    assert second.from_cache == 40
    assert second.requests <= 2  # the dead link is checked again (HEAD, then GET)


GITHUB = "https://github.com"


def github_options(farm: Farm, token: str | None) -> CheckOptions:
    return CheckOptions(
        timeout=1.0,
        allow_private=True,
        github_token=token,
        github_api=farm.url("/api"),
        github_web=GITHUB,
    )


@pytest.mark.parametrize("token", [None, "secret-token"])
def test_fake_github_archived_renamed_licensed_missing(farm: Farm, token: str | None) -> None:
    urls = [f"{GITHUB}/octo/{name}" for name in ("alive", "old", "renamed", "missing")]
    results, _ = run_link_check(urls, github_options(farm, token))
    alive, old, renamed, missing = (results[url] for url in urls)
    assert (alive.link_class, alive.license) == (LinkClass.ALIVE, "MIT")
    assert old.archived and old.license == "Apache-2.0"
    assert (renamed.link_class, renamed.target) == (LinkClass.REDIRECTED, f"{GITHUB}/octo/new-name")
    assert missing.link_class is LinkClass.DEAD
    if token:
        assert farm.state.hits["POST /api/graphql"] == 1  # one batched query for all four
        assert farm.state.authorizations and all(
            path.startswith("/api") for _, path in farm.state.authorizations
        )
    else:
        assert not farm.state.authorizations


@pytest.mark.parametrize("token", [None, "secret-token"])
def test_the_token_never_follows_a_redirect_to_another_host(
    write, farm: Farm, monkeypatch: pytest.MonkeyPatch, token: str | None
) -> None:  # type: ignore[no-untyped-def]
    with Farm("127.0.0.2") as other:
        if token:
            monkeypatch.setenv("GITHUB_TOKEN", token)
        else:
            monkeypatch.delenv("GITHUB_TOKEN", raising=False)
        api = farm.url(f"/redirect-to/127.0.0.2:{other.port}/api")  # then to the other host
        path = write("list.md", f"- [Alive]({farm.url('/octo/alive')}) - a.\n")
        flags = ["--links", "--no-cache", "--allow-private", "--select", "AL101"]
        result = run("check", *flags, "--github-api", api, "--github-web", farm.url(""), str(path))
        assert sum(other.state.hits.values()) == 0  # not even without the token
        graphql = f"/redirect-to/127.0.0.2:{other.port}/api/graphql"
        assert [where for _, where in farm.state.authorizations] == ([graphql] if token else [])
        assert (
            f"awesome-lint: GitHub's API at `{api}` could not be used (the API redirected to "
            f"another host (`http://127.0.0.2:{other.port}/api/"
        ) in result.err
        assert result.err.count("GitHub's API") == 1
        assert f"{path}:1:11: AL101" in result.out  # checked over plain HTTP: the farm's 404


def test_rate_limited_api_falls_back(farm: Farm) -> None:
    from awesome_lint.links.github import Facts, GitHub, Repository

    github = GitHub(github_options(farm, None))
    found = github.facts([Repository("octo", "limited"), Repository("octo", "alive")])
    assert found == Facts()  # the limit stops the API; those links go to plain HTTP


def test_check_links_end_to_end(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "list.md",
        f"- [Alive]({farm.url('/ok')}) - fine.\n"
        f"- [Dead]({farm.url('/404')}) - gone.\n"
        f"- [Moved]({farm.url('/moved')}) - moved.\n"
        f"- [Guarded]({farm.url('/challenge')}) - bot wall.\n"
        f"![badge]({farm.url('/410')})\n",
    )
    common = ["--select", "AL101,AL102", "--allow-private", "--no-cache", "--timeout", "1"]
    result = run("check", "--links", "--format", "json", *common, str(path))
    records = json.loads(result.out)
    by_line = {(record["line"], record["code"]): record for record in records}
    assert by_line[(2, "AL101")]["link_class"] == "dead"
    assert by_line[(2, "AL101")]["severity"] == "error"
    assert by_line[(3, "AL102")]["url"] == farm.url("/moved")
    assert by_line[(4, "AL101")]["link_class"] == "unverified"
    assert by_line[(4, "AL101")]["severity"] == "warning"
    assert (5, "AL101") in by_line  # images are checked too
    assert "Links: 5 checked (1 alive, 2 dead, 1 redirected, 1 unverified" in result.err
    fixed = run("fix", "--select", "AL102", "--unsafe-fixes", str(path))
    assert fixed.code == 0  # without link results, no redirect is known: nothing to rewrite
    assert farm.url("/moved") in path.read_text()
    fixed = run("fix", "--links", "--select", "AL102", *common[2:], str(path))
    assert farm.url("/moved") in path.read_text()  # a URL rewrite needs --unsafe-fixes
    fixed = run("fix", "--links", "--select", "AL102", "--unsafe-fixes", *common[2:], str(path))
    assert fixed.code == 0, fixed.err
    text = path.read_text()
    assert farm.url("/moved") not in text
    assert f"- [Moved]({farm.url('/ok/new')}) - moved.\n" in text


def test_without_links_nothing_touches_the_network(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"- [Dead]({farm.url('/404')}) - gone.\n")
    run("check", "--select", "AL101", str(path))
    assert sum(farm.state.hits.values()) == 0


def test_github_facts_reach_the_entry_rules(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "list.md",
        "| Name | License | Link |\n| --- | --- | --- |\n"
        f"| Alive | Apache-2.0 | [gh]({GITHUB}/octo/alive) |\n"
        f"| Old | Apache 2.0 | [gh]({GITHUB}/octo/old) |\n"
        f"| Empty |  | [gh]({GITHUB}/octo/alive) |\n",
    )
    flags = ["--links", "--no-cache", "--allow-private", "--github-api", farm.url("/api")]
    records = json.loads(
        run("check", "--select", "AL105,AL203,AL204", "--format", "json", *flags, str(path)).out
    )
    found = {(record["line"], record["code"]): record["message"] for record in records}
    assert "the repository's license is `MIT`" in found[(3, "AL204")]
    assert (4, "AL204") not in found  # `Apache 2.0` is `Apache-2.0`
    assert "archived" in found[(4, "AL105")]
    assert "its repository's license is `MIT`" in found[(5, "AL203")]
    result = run("fix", "--select", "AL203", "--unsafe-fixes", *flags, str(path))
    assert result.code == 0, result.err
    assert f"| Empty | MIT | [gh]({GITHUB}/octo/alive) |" in path.read_text()


def test_link_settings_from_the_configuration(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    """A configuration file may narrow the checker (timeouts, exclusions), never widen its
    trust: private addresses, API hosts, headers and the token come from the command line."""
    path = write("list.md", f"- [Dead]({farm.url('/404')}) - gone.\n")
    flags = ["check", "--links", "--no-cache", "--select", "AL101", "--format", "json"]
    refused = json.loads(run(*flags, str(path)).out)
    assert refused == []  # loopback is excluded unless allowed
    write(".awesome-lint.toml", "[links]\nallow-private = false\ntimeout = 2\n")
    records = json.loads(run(*flags, "--allow-private", str(path)).out)
    assert [record["link_class"] for record in records] == ["dead"]
    write(".awesome-lint.toml", "[links]\nparallel = 3\n")
    result = run(*flags, str(path))
    assert result.code == 2 and "unknown key `links.parallel`" in result.err


ONLY = "is accepted on the command line only"
TRUST = "(a configuration file may narrow the link checker, never widen its trust)"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("allow-private = true", f"`links.allow-private`: `true` {ONLY} {TRUST}"),
        ('github-api = "http://127.0.0.1:9/api"', f"`links.github-api` {ONLY} {TRUST}"),
        ('github-web = "http://127.0.0.1:9"', f"`links.github-web` {ONLY} {TRUST}"),
        ('headers = { Cookie = "a=b" }', f"`links.headers` {ONLY} {TRUST}"),
        ('github-token = "x"', f"`links.github-token` {ONLY} {TRUST}"),
        ('cache-path = "../x.json"', "`links.cache-path`: `../x.json` is outside the repository"),
    ],
)
@pytest.mark.parametrize("named", [False, True])
def test_a_configuration_file_cannot_widen_trust(  # type: ignore[no-untyped-def]
    write, farm: Farm, setting: str, message: str, named: bool
) -> None:
    path = write("list.md", f"- [Alive]({farm.url('/ok')}) - here.\n")
    config = write("repo.toml" if named else ".awesome-lint.toml", f"[links]\n{setting}\n")
    extra = ["--config", str(config)] if named else []
    result = run("check", "--links", "--no-cache", *extra, str(path))
    if "outside" in message:
        message += f" ({os.path.realpath(config.parent)})"
    assert result.code == 2
    assert result.err == f"awesome-lint: {config}: {message}\n1 file not checked (see above).\n"
    assert sum(farm.state.hits.values()) == 0


def test_a_cache_path_from_the_configuration_stays_in_the_repository(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"- [Alive]({farm.url('/ok')}) - here.\n")
    write(".awesome-lint.toml", '[links]\ncache-path = "cache/links.json"\n')
    result = run("check", "--links", "--allow-private", "--select", "AL101", str(path))
    assert result.code == 0, result.err
    cache = json.loads((path.parent / "cache" / "links.json").read_text())
    assert [entry["url"] for entry in cache.values()] == [farm.url("/ok")]


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from awesome_lint.links.run import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress(stream)
        progress(1, 4)
        progress(4, 4)
    assert "[#######.......................] 1/4 links" in terminal.getvalue()
    assert log.getvalue() == ""


def test_the_deadline_holds_against_a_server_that_trickles(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    """Headers one byte a second: each wait is shorter than --timeout, the whole is not."""
    path = write(
        "list.md", "".join(f"- [T{i}]({farm.url(f'/trickle?{i}')}) - t.\n" for i in range(3))
    )
    flags = ["--links", "--no-cache", "--allow-private", "--select", "AL101", "--format", "json"]
    started = time.monotonic()
    result = run("check", *flags, "--timeout", "1", "--deadline", "2.5", str(path))
    elapsed = time.monotonic() - started
    assert elapsed < 5.0, elapsed  # before: more than 100 s (the headers' length in seconds)
    records = json.loads(result.out)
    # timed out, or given up at the deadline: which one depends on the machine's clock
    assert {record["link_class"] for record in records} <= {"error", "unverified"}
    endings = ("no answer within 1 s after retries", "no answer within 1 s; then the deadline")
    assert all(record["message"].endswith(endings) for record in records), records
    assert len(records) == 3


@pytest.mark.parametrize(
    ("api", "reason"),
    [
        ("http://api.nowhere.example", "`api.nowhere.example` does not resolve"),
        ("http://10.0.0.1/api", "`10.0.0.1` is on a private, loopback or link-local network"),
    ],
)
def test_an_api_that_cannot_be_used_is_one_warning_and_a_fallback(  # type: ignore[no-untyped-def]
    write, public_farm: tuple[Farm, Farm], monkeypatch: pytest.MonkeyPatch, api: str, reason: str
) -> None:
    farm, _ = public_farm

    def resolver(host: str) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(guard, "resolve_host", resolver)
    first = write("a.md", f"- [Alive]({farm.url('/octo/alive')}) - a.\n")
    second = write("b.md", f"- [Gone]({farm.url('/404')}) - b.\n")
    flags = ["--links", "--no-cache", "--select", "AL101", "--github-web", farm.url("")]
    result = run("check", *flags, "--github-api", api, str(first), str(second))
    assert result.code == 1
    assert result.err.startswith(f"awesome-lint: GitHub's API at `{api}` could not be used (")
    assert reason in result.err.splitlines()[0]
    assert result.err.count("GitHub's API") == 1
    assert "Found 0 problems" not in result.err  # both files were reported


def test_an_api_answer_that_is_not_json_falls_back(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"- [Alive]({farm.url('/octo/alive')}) - a.\n")
    flags = ["--links", "--no-cache", "--allow-private", "--select", "AL101"]
    api = farm.url("/not-json")
    result = run("check", *flags, "--github-api", api, "--github-web", farm.url(""), str(path))
    assert (
        f"awesome-lint: GitHub's API at `{api}` could not be used (the answer is not the JSON "
        "expected); its repositories are checked over plain HTTP\n"
    ) in result.err
    assert f"{path}:1:11: AL101 `{farm.url('/octo/alive')}` is dead: HTTP 404" in result.out


def test_bad_links_in_one_file_do_not_stop_the_others(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    first = write("a.md", f"- [A](http://a..b/) - a.\n- [L](http://{'x' * 64}.org/) - l.\n")
    second = write("b.md", f"- [B]({farm.url('/location/http%3A%2F%2F%5B%3A%3A1')}) - b.\n")
    flags = ["--links", "--no-cache", "--allow-private", "--select", "AL101", "--format", "json"]
    result = run("check", *flags, str(first), str(second))
    records = json.loads(result.out)
    assert [(record["path"], record["link_class"]) for record in records] == [
        (str(first), "error"),
        (str(first), "error"),
        (str(second), "error"),
    ]
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        (
            "https://x.org/ok) and [Download](https://phish.example/login)",
            "https://x.org/ok%29%20and%20%5BDownload%5D%28https://phish.example/login%29",
        ),
        ("https://x.org/ok|cell|<img src=x>", "https://x.org/ok%7Ccell%7C%3Cimg%20src=x%3E"),
        ("https://en.wikipedia.org/wiki/A_(b)", "https://en.wikipedia.org/wiki/A_%28b%29"),
        ("https://bücher.de/ä?q=a b#\"'", "https://xn--bcher-kva.de/%C3%A4?q=a%20b#%22%27"),
        ("https://x.org/a%zz%41", "https://x.org/a%25zz%41"),
        ("HTTPS://X.org", "https://x.org/"),
        ("https://user:secret@x.org/", None),
        ("javascript:alert(1)", None),
        ("https://x.org/?a=1&copy;", None),  # Markdown would read an entity
        ("https://x.org:99999/", None),
        ("https://a..b/", None),
        ("https://x.org\\@evil.example/", None),
        ("https://x.org/\nnext", None),
        ("//x.org/", None),
    ],
)
def test_a_redirect_target_is_written_only_as_a_plain_url(target: str, safe: str | None) -> None:
    from awesome_lint.rules.redirected_link import safe_target

    assert safe_target(target) == safe


def test_the_fix_never_writes_a_servers_location_verbatim(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    base = farm.url("")
    phish = f"{base}/ok/x) and [Download](https://phish.example/login)"
    cell = f"{base}/ok/x|injected cell|<img src=x>"
    userinfo = f"http://github.com@127.0.0.1:{farm.port}/ok"
    moved = [farm.url("/location/" + quote(target, safe="")) for target in (phish, cell, userinfo)]
    path = write(
        "list.md",
        "".join(f"- [N{index}]({url}) - n.\n" for index, url in enumerate(moved))
        + f"\n| Name | Link |\n| --- | --- |\n| C | [x]({moved[1]}) |\n",
    )
    flags = ["--links", "--allow-private", "--no-cache", "--select", "AL102"]
    result = run("fix", *flags, "--unsafe-fixes", str(path))
    assert result.code == 0, result.err
    link = f"[x]({base}/ok/x%7Cinjected%20cell%7C%3Cimg%20src=x%3E)"
    assert path.read_text() == (
        f"- [N0]({base}/ok/x%29%20and%20%5BDownload%5D%28https://phish.example/login%29) - n.\n"
        f"- [N1]({base}/ok/x%7Cinjected%20cell%7C%3Cimg%20src=x%3E) - n.\n"
        f"- [N2]({moved[2]}) - n.\n"
        "\n"
        "| Name | Link |\n| --- | --- |\n"  # AL002 not selected: only the URL changes
        f"| C | {link} |\n"
    )
    checked = run("check", *flags, "--format", "json", str(path))
    messages = [record["message"] for record in json.loads(checked.out)]
    assert messages == [
        f"`{moved[2]}` moved permanently to `{userinfo}` (not rewritten: not a plain absolute "
        "http(s) URL)"
    ]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_keeps_the_name_while_connecting_to_the_approved_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TLS asks for the URL's name (SNI), the certificate is judged against it, and the
    connection goes to the address the guard resolved; a self-made certificate is no trust."""
    key, certificate = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(certificate), "-days", "1",
         "-subj", "/CN=farm.example", "-addext", "subjectAltName=DNS:farm.example"],
        check=True, capture_output=True,
    )  # fmt: skip
    monkeypatch.setattr(guard, "resolve_host", lambda host: ["127.0.0.1"])
    with Farm(tls=(str(certificate), str(key))) as farm:
        target = guard.approve(f"https://farm.example:{farm.port}/ok", allow_private=True)
        assert (target.host, target.address) == ("farm.example", "127.0.0.1")
        session = connect.make_session("test", (), 1)
        with pytest.raises(requests.exceptions.SSLError) as failed:
            connect.send(session, "HEAD", target, budget=2.0)
        assert re.search("self[- ]signed certificate", str(failed.value))  # not the hostname
        assert farm.state.server_names == ["farm.example"]
        result = Checker(CheckOptions(timeout=1.0, max_retries=0, allow_private=True)).check(
            target.url
        )
        assert (result.link_class, result.detail) == (
            LinkClass.ERROR,
            "the TLS handshake failed after retries",
        )


def test_the_deadline_holds_for_all_of_fixs_files(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    """fix checks the links of one file at a time: the deadline is still one for the run."""
    paths = [write(f"l{i}.md", f"- [T]({farm.url(f'/trickle?{i}')}) - t.\n") for i in range(4)]
    flags = ["--links", "--no-cache", "--allow-private", "--select", "AL102", "--unsafe-fixes"]
    started = time.monotonic()
    result = run("fix", *flags, "--timeout", "1", "--deadline", "2", *map(str, paths))
    elapsed = time.monotonic() - started
    assert elapsed < 4.5, elapsed  # one deadline per file would take 8 s and more
    assert result.err.count("Links: 1 checked") == 4


@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "fifo"])
def test_a_planted_cache_file_never_hangs_the_run(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ".awesome-lint-cache.json"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    assert load_cache(str(path)) == {}
    url = "https://example.org/"
    save_cache(str(path), {url: LinkResult(url, LinkClass.ALIVE, 200)})
    assert path.is_file() and not path.is_symlink()  # replaced, not written through
    assert set(load_cache(str(path))) == {url}


def test_the_cache_never_replaces_another_file(write, farm: Farm) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"- [Alive]({farm.url('/ok')}) - a.\n")
    other = write("package.json", '{"name": "x", "scripts": {"test": "true"}}\n')
    flags = ["--links", "--allow-private", "--select", "AL101", "--cache-path", str(other)]
    result = run("check", *flags, str(path))
    assert result.code == 0
    assert other.read_text() == '{"name": "x", "scripts": {"test": "true"}}\n'
    assert (
        f"awesome-lint: cannot write the link cache `{other}` (it is a file other than a link "
        "cache); the results are reported all the same\n"
    ) in result.err
    readme = write("README.md", "# A list\n")
    run("check", *flags[:-1], str(readme), str(path))
    assert readme.read_text() == "# A list\n"
    cache = path.parent / "cache.json"
    for _ in range(2):  # its own file it replaces
        assert run("check", *flags[:-1], str(cache), str(path)).code == 0
    assert [entry["url"] for entry in json.loads(cache.read_text()).values()] == [farm.url("/ok")]


ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "url": st.text(max_size=10) | st.integers(),
        "class": st.sampled_from(["alive", "redirected", "dead", "bogus"]) | st.integers(),
        "checked": st.floats(allow_nan=True) | st.integers(-(10**30), 10**30) | st.text(),
        "status": st.integers() | st.booleans() | st.none(),
        "target": st.text(max_size=10) | st.lists(st.integers(), max_size=2),
    },
)
CACHE_FILES = (
    st.binary(max_size=200)
    | st.dictionaries(st.text(max_size=10), ENTRY | st.integers(), max_size=4).map(
        lambda data: json.dumps(data).encode()
    )
    | st.recursive(st.integers(), lambda inner: st.lists(inner, max_size=3)).map(
        lambda data: json.dumps(data).encode()
    )
)


@settings(max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")), deadline=None)
@given(CACHE_FILES)
def test_any_cache_file_loads_or_is_empty(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "cache.json")
        with open(path, "wb") as handle:
            handle.write(content)
        assert isinstance(load_cache(path, now=1e9), dict)


def test_links_left_unchecked_on_a_private_network_are_told_with_the_flag(
    farm: Farm, write
) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", f"# L\n\n- [a]({farm.url('/ok')})\n- [b]({farm.url('/404')})\n")
    result = run("check", "--links", "--no-cache", "--select", "AL101", str(path))
    assert result.code == 0, result.err
    assert sum(farm.state.hits.values()) == 0
    assert (
        "hint: 2 links on a private, loopback or link-local network were not checked (excluded); "
        "--allow-private checks them\n"
    ) in result.err
    allowed = run(
        "check", "--links", "--no-cache", "--allow-private", "--select", "AL101", str(path)
    )
    assert "--allow-private checks" not in allowed.err
    assert {hit.split()[1] for hit in farm.state.hits} == {"/ok", "/404"}
