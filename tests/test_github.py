"""GitHub links to repositories, files and folders, against a fake GitHub API on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from conftest import run
from fake_github import SHA
from linkfarm import Farm

from awesome_lint.links.github import (
    NO_TOKEN,
    Facts,
    FileLink,
    GitHub,
    Repository,
    file_link_of,
)
from awesome_lint.links.model import CheckOptions, LinkClass
from awesome_lint.links.run import run_link_check


@pytest.fixture
def farm() -> Iterator[Farm]:
    with Farm(github_pages=True) as server:
        yield server


def options(farm: Farm, token: str | None, api: str = "/api") -> CheckOptions:
    # github.com is played by the farm too: a link that fell through to plain HTTP would be
    # answered 404 there (and show in its hits), never reach the internet
    return CheckOptions(
        timeout=2.0,
        allow_private=True,
        github_token=token,
        github_api=farm.url(api),
        github_web=farm.url(""),
    )


def test_a_file_link_splits_into_ref_and_path_each_way() -> None:
    web = "https://github.com"
    link = file_link_of(f"{web}/octo/alive/blob/release/v2/docs/a%20b.md?plain=1#L3", web)
    assert link == FileLink(
        Repository("octo", "alive"), ("release", "v2", "docs", "a b.md"), folder=False
    )
    assert link.splits() == [
        ("release", "v2/docs/a b.md"),
        ("release/v2", "docs/a b.md"),
        ("release/v2/docs", "a b.md"),
    ]
    assert file_link_of(f"{web}/octo/alive/tree/main", web).splits() == [("main", "")]  # type: ignore[union-attr]
    for other in ("/octo/alive", "/octo/alive/blob/main", "/octo/alive/issues/3", "/topics/x"):
        assert file_link_of(web + other, web) is None


def test_files_and_folders_by_ref_in_one_query(farm: Farm) -> None:
    web = farm.url("")
    expected = {
        "/octo/alive": (LinkClass.ALIVE, ""),
        "/octo/alive/blob/main/docs/guide.md": (LinkClass.ALIVE, ""),
        "/octo/alive/blob/main/src/app.py#L10": (LinkClass.ALIVE, ""),
        "/octo/alive/tree/main/docs/": (LinkClass.ALIVE, ""),
        "/octo/alive/blob/main/docs/%E4%B8%AD%E6%96%87%20%E6%8C%87%E5%8D%97.md": (
            LinkClass.ALIVE,
            "",
        ),
        "/octo/alive/blob/main/docs/deleted.md": (
            LinkClass.DEAD,
            "`docs/deleted.md` does not exist on `main` of `octo/alive`",
        ),
        "/octo/alive/tree/gone/docs": (LinkClass.DEAD, "`octo/alive` has no branch or tag `gone`"),
        # a ref with `/`: the split whose ref exists is the link's
        "/octo/alive/blob/release/v2/docs/v2.md": (LinkClass.ALIVE, ""),
        "/octo/alive/tree/release/v2": (LinkClass.ALIVE, ""),
        "/octo/alive/blob/release/v2/docs/guide.md": (
            LinkClass.DEAD,
            "`docs/guide.md` does not exist on `release/v2` of `octo/alive`",
        ),
        "/octo/alive/blob/v1.0/docs/old.md": (LinkClass.ALIVE, ""),  # a tag
        f"/octo/alive/blob/{SHA}/docs/removed.md": (LinkClass.ALIVE, ""),  # a commit
        f"/octo/alive/blob/{SHA[:7]}/docs/guide.md": (
            LinkClass.DEAD,
            f"`docs/guide.md` does not exist on `{SHA[:7]}` of `octo/alive`",
        ),
        "/octo/alive/blob/HEAD/README.md": (LinkClass.ALIVE, ""),
        # a renamed branch: the API knows no `master`, and its pages redirect to `main`
        "/octo/alive/blob/master/docs/guide.md": (LinkClass.REDIRECTED, "moved permanently"),
        "/octo/old/blob/master/README.md": (LinkClass.ALIVE, ""),
        "/octo/renamed/blob/main/README.md": (LinkClass.REDIRECTED, "renamed"),
        "/octo/renamed/blob/main/gone.md": (
            LinkClass.DEAD,
            "`gone.md` does not exist on `main` of `octo/new-name`",
        ),
        "/octo/missing/blob/main/README.md": (LinkClass.DEAD, "the repository does not exist"),
    }
    results, summary = run_link_check([web + path for path in expected], options(farm, "t0ken"))
    assert {path: (results[web + path].link_class, results[web + path].detail)
            for path in expected} == expected  # fmt: skip
    assert results[web + "/octo/renamed/blob/main/README.md"].target == (
        web + "/octo/new-name/blob/main/README.md"
    )
    assert results[web + "/octo/old/blob/master/README.md"].archived
    assert results[web + "/octo/alive/blob/main/docs/guide.md"].license == "MIT"
    assert results[web + "/octo/alive/blob/master/docs/guide.md"].target == (
        web + "/octo/alive/blob/main/docs/guide.md"
    )
    # one query; only the links whose branch the API does not know are asked of the pages
    assert dict(farm.state.hits) == {
        "POST /api/graphql": 1,
        "HEAD /octo/alive/tree/gone/docs": 1,
        "GET /octo/alive/tree/gone/docs": 1,
        "HEAD /octo/alive/blob/master/docs/guide.md": 1,
        "HEAD /octo/alive/blob/main/docs/guide.md": 1,
    }
    assert summary.hints == ()


def test_without_a_token_file_links_are_unverified_with_one_hint(
    farm: Farm, write, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    web = farm.url("")
    path = write(
        "list.md",
        f"- [Repo]({web}/octo/alive) - a repository.\n"
        f"- [Guide]({web}/octo/alive/blob/main/docs/guide.md) - a file.\n"
        f"- [Gone]({web}/octo/alive/blob/main/docs/deleted.md) - a deleted file.\n"
        f"- [Branch]({web}/octo/alive/tree/gone) - a deleted branch.\n"
        f"- [Missing]({web}/octo/missing/blob/main/README.md) - no repository.\n"
        "- [Broken](http://[::1/x) - not a URL.\n",
    )
    result = run(
        "check", "--links", "--no-cache", "--allow-private", "--format", "json",
        "--select", "AL101", "--github-api", farm.url("/api"), "--github-web", web, str(path),
    )  # fmt: skip
    records = [(record["line"], record["link_class"], record["message"])
               for record in json.loads(result.out)]  # fmt: skip
    assert records == [
        (2, "unverified", f"`{web}/octo/alive/blob/main/docs/guide.md` could not be verified: "
                          f"{NO_TOKEN}"),
        (3, "unverified", f"`{web}/octo/alive/blob/main/docs/deleted.md` could not be verified: "
                          f"{NO_TOKEN}"),
        (4, "unverified", f"`{web}/octo/alive/tree/gone` could not be verified: {NO_TOKEN}"),
        (5, "dead", f"`{web}/octo/missing/blob/main/README.md` is dead: "
                    "the repository does not exist"),
        (6, "error", "`http://[::1/x` failed: `http://[::1/x` is not a valid URL"),
    ]  # fmt: skip
    hints = [line for line in result.err.splitlines() if line.startswith("hint:")]
    assert hints == [
        "hint: 3 links to files in GitHub repositories were not verified; set GITHUB_TOKEN "
        "(or --github-token) to check them through GitHub's API"
    ]
    assert set(farm.state.hits) == {"GET /api/repos/octo/alive", "GET /api/repos/octo/missing"}


def test_with_a_token_a_deleted_file_and_branch_are_dead_in_the_cli(
    farm: Farm, write, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GITHUB_TOKEN", "t0ken")
    web = farm.url("")
    path = write(
        "list.md",
        f"| Name | Link |\n| --- | --- |\n"
        f"| Guide | [doc]({web}/octo/alive/blob/main/docs/guide.md) |\n"
        f"| Gone | [doc]({web}/octo/alive/blob/main/docs/deleted.md) |\n"
        f"| Branch | [doc]({web}/octo/alive/tree/gone) |\n",
    )
    result = run(
        "check", "--links", "--no-cache", "--allow-private", "--select", "AL101",
        "--format", "concise", "--github-api", farm.url("/api"), "--github-web", web, str(path),
    )  # fmt: skip
    assert result.code == 1
    assert [line for line in result.out.splitlines() if "AL101" in line] == [
        f"{path}:4:16: AL101 `{web}/octo/alive/blob/main/docs/deleted.md` is dead: "
        "`docs/deleted.md` does not exist on `main` of `octo/alive`",
        f"{path}:5:18: AL101 `{web}/octo/alive/tree/gone` is dead: "
        "`octo/alive` has no branch or tag `gone`",
    ]
    assert "hint:" not in result.err
    assert farm.state.hits == {
        "POST /api/graphql": 1,
        "HEAD /octo/alive/tree/gone": 1,  # GitHub redirects a renamed branch: asked of the page
        "GET /octo/alive/tree/gone": 1,
    }
    assert {path for _, path in farm.state.authorizations} == {"/api/graphql"}


def test_links_are_batched_a_hundred_to_a_query(farm: Farm) -> None:
    github = GitHub(options(farm, "t0ken"))
    web = farm.url("")
    files = [
        file_link_of(f"{web}/octo/alive/blob/main/docs/{index}.md", web) for index in range(180)
    ]
    repositories = [Repository("octo", name) for name in ("old", "none0", "none1")]
    found = github.facts(repositories * 10, [link for link in files if link])
    assert farm.state.hits["POST /api/graphql"] == 2  # 184 links in all
    assert len(found.files) == 180 and not any(facts.exists for facts in found.files.values())
    assert {facts.ref for facts in found.files.values()} == {"main"}
    assert set(found.repositories) == {"octo/alive", "octo/old", "octo/none0", "octo/none1"}


def test_a_query_refused_as_a_whole_leaves_the_links_to_plain_http(farm: Farm) -> None:
    github = GitHub(options(farm, "t0ken", api="/api/broken"))
    web = farm.url("")
    link = file_link_of(f"{web}/octo/alive/blob/main/docs/guide.md", web)
    assert github.facts([Repository("octo", "alive")], [link] if link else []) == Facts()
    urls = [f"{web}/octo/alive", f"{web}/octo/alive/blob/main/docs/deleted.md"]
    results, _ = run_link_check(urls, options(farm, "t0ken", api="/api/broken"))
    # never called dead for the API's failure: the pages are asked instead
    assert [(results[url].link_class, results[url].detail) for url in urls] == [
        (LinkClass.ALIVE, ""),
        (LinkClass.DEAD, "HTTP 404"),
    ]
    assert farm.state.hits["HEAD /octo/alive"] == 1


def test_a_query_refused_as_a_whole_stops_only_itself(farm: Farm) -> None:
    github = GitHub(options(farm, "t0ken"))
    web = farm.url("")
    files = [file_link_of(f"{web}/octo/alive/blob/main/{index}.md", web) for index in range(150)]
    found = github.facts([Repository("octo", "poison")], [link for link in files if link])
    # the first query (the poison, 51 files) failed; the second (99 files) was still asked
    assert farm.state.hits["POST /api/graphql"] == 2
    assert len(found.files) == 99 and set(found.repositories) == {"octo/alive"}


@pytest.mark.parametrize("token", [None, "t0ken"])
def test_an_api_answering_nonsense_leaves_the_links_to_plain_http(
    farm: Farm, token: str | None
) -> None:
    github = GitHub(options(farm, token, api="/api/nonsense"))
    assert github.facts([Repository("octo", "alive")]) == Facts()


def test_no_query_starts_after_the_deadline(farm: Farm) -> None:
    web = farm.url("")
    urls = [f"{web}/octo/alive", f"{web}/octo/alive/blob/main/docs/guide.md"]
    results, _ = run_link_check(urls, replace(options(farm, "t0ken"), deadline=0.0))
    assert {(result.link_class, result.detail) for result in results.values()} == {
        (LinkClass.UNVERIFIED, "not checked: deadline reached")
    }
    assert sum(farm.state.hits.values()) == 0
