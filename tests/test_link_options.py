"""The link options, declared once: flags, configuration values, trust, merging."""

from __future__ import annotations

import argparse
import os
import time

import pytest
from conftest import python_output, run
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.links.options import (
    BY_KEY,
    OPTIONS,
    USER_AGENT,
    CheckOptions,
    FromFile,
    OptionError,
    add_link_flags,
    link_options,
    values_from_file,
)


def parse(*argv: str) -> dict[str, object]:
    parser = argparse.ArgumentParser()
    add_link_flags(parser)
    return vars(parser.parse_args(list(argv)))


def test_every_option_has_one_flag_and_one_key() -> None:
    flags = [option.flag for option in OPTIONS.values()]
    keys = [option.key for option in OPTIONS.values()]
    assert len(set(flags)) == len(flags) == len(set(keys))
    assert OPTIONS["headers"].flag == "--header" and OPTIONS["headers"].key == "headers"
    never = {name for name, option in OPTIONS.items() if option.from_file is FromFile.NEVER}
    assert never == {"headers", "github_token", "github_api", "github_web"}
    assert OPTIONS["allow_private"].from_file is FromFile.NARROW


def test_defaults_come_from_the_declaration() -> None:
    assert link_options(parse(), {}, {}) == CheckOptions()
    assert CheckOptions().user_agent == USER_AGENT
    assert CheckOptions().cache_path == ".awesome-lint-cache.json"


def test_a_flag_wins_over_the_file_which_wins_over_the_default() -> None:
    flags = parse("--timeout", "3", "--exclude", "a", "--exclude", "b", "--header", "X-A: 1")
    chosen = link_options(flags, {"timeout": 5.0, "max_retries": 0, "exclude": ("c",)}, {})
    assert (chosen.timeout, chosen.max_retries, chosen.exclude) == (3.0, 0, ("a", "b"))
    assert chosen.headers == (("X-A", "1"),)
    assert link_options(parse("--no-cache"), {}, {}).cache_path is None


def test_the_token_comes_from_the_flag_or_the_environment() -> None:
    assert link_options(parse(), {}, {"GITHUB_TOKEN": "env"}).github_token == "env"
    assert link_options(parse("--github-token", "t"), {}, {"GITHUB_TOKEN": "e"}).github_token == "t"
    assert link_options(parse(), {}, {}).github_token is None


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"exclude": [1]}, "`links.exclude`: `1` is not a regular expression (a string)"),
        (
            {"exclude": ["("]},
            "`links.exclude`: `(` is not a regular expression RE2 accepts (missing ): ()",
        ),
        (
            {"host-concurrency": -5},
            "`links.host-concurrency`: `-5` is not a whole number of at least 1",
        ),
        (
            {"max-concurrency": True},
            "`links.max-concurrency`: `True` is not a whole number of at least 1",
        ),
        ({"timeout": 0}, "`links.timeout`: `0` is not a finite number of seconds (more than 0)"),
        (
            {"deadline": float("inf")},
            "`links.deadline`: `inf` is not a finite number of seconds (more than 0)",
        ),
        (
            {"accept": "200..700"},
            "`links.accept`: `200..700` is not a range of status codes between 100 and 599",
        ),
        (
            {"accept": 200},
            "`links.accept`: `200` is not a string of status codes such as `200..299,403`",
        ),
        (
            {"user-agent": "a\r\nX: y"},
            "`links.user-agent`: the value `'a\\r\\nX: y'` contains a control character",
        ),
        ({"allow-private": "no"}, "`links.allow-private`: `no` is not true or false"),
        ({"cache-path": 3}, "`links.cache-path`: `3` is not a path"),
        (
            {"cache-path": ".git/config"},
            "`links.cache-path`: `.git/config` is inside the repository's .git folder",
        ),
    ],
)  # fmt: skip
def test_wrong_values_in_a_file_name_the_value(table: dict[str, object], message: str) -> None:
    with pytest.raises(OptionError) as caught:
        values_from_file(table, "/repo/.awesome-lint.toml")
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--host-concurrency", "0"], "`0` is not a whole number of at least 1"),
        (["--max-concurrency", "-1"], "`-1` is not a whole number of at least 1"),
        (
            ["--host-request-interval",
            "inf"], "`inf` is not a finite number of seconds (at least 0)",
        ),
        (["--deadline", "nan"], "`nan` is not a finite number of seconds (more than 0)"),
        (["--timeout", "soon"], "`soon` is not a number of seconds (more than 0)"),
        (["--accept", "2xx"], "`2xx` is not a status code or a range `200..299`"),
        (
            ["--exclude", "(?=x)"],
            "`(?=x)` is not a regular expression RE2 accepts (invalid perl operator: (?=)",
        ),
        (["--header", "no colon"], "`no colon` is not `Name: value`"),
        (
            ["--user-agent", "机器人"],
            "the value `机器人` has characters an HTTP header cannot carry",
        ),
        (["--github-api", "file:///etc"], "`file:///etc` is not an http(s) URL"),
        (["--github-api", "http://[::1/api"], "`http://[::1/api` is not an http(s) URL"),
    ],
)  # fmt: skip
def test_wrong_flags_are_usage_errors(
    write, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "- [A](https://example.org/) - a.\n")
    result = run("check", "--links", *argv, str(path))
    assert result.code == 2
    assert capsys.readouterr().err.endswith(f"{argv[0]}: {message}\n")


def test_wrong_link_values_in_the_configuration_exit_2(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "- [A](https://example.org/) - a.\n")
    write(".awesome-lint.toml", "[links]\nhost-concurrency = -5\n")
    result = run("check", str(path))
    assert result.code == 2
    assert "`links.host-concurrency`: `-5` is not a whole number of at least 1" in result.err


@pytest.mark.parametrize("key", ["ignore-urls", "ignore-entries"])
def test_a_catastrophic_pattern_does_not_hang(write, key: str) -> None:  # type: ignore[no-untyped-def]
    name = "a" * 5000 + "!"
    path = write(
        "list.md", f"- [{name}](https://x.org/{name}) - a.\n- [{name}](https://x.org/b) - b.\n"
    )
    write(".awesome-lint.toml", f'{key} = ["(a+)+$"]\n')
    started = time.monotonic()
    result = run("check", "--select", "AL202", str(path))
    assert time.monotonic() - started < 10  # Python's re: beyond the age of the universe
    assert result.code == 1  # the pattern matched nothing: the duplicate name is reported


def test_importing_the_options_does_not_import_requests() -> None:
    code = "import sys, awesome_lint.links.options, awesome_lint.config\n"
    code += "print('requests' in sys.modules)"
    assert python_output(code) == "False\n"


VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")), deadline=None)
@given(st.dictionaries(st.sampled_from([*sorted(BY_KEY), "unknown"]), VALUES, max_size=4))
def test_any_links_table_is_taken_or_refused_with_a_message(table: dict[str, object]) -> None:
    try:
        values = values_from_file(table, "/repo/.awesome-lint.toml")
    except OptionError as error:
        assert str(error).startswith(("`links.", "unknown key `links."))
        return
    link_options({}, values, {})  # what was taken makes options
