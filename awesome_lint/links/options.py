"""The link checker's options, declared once: each field carries its flag, help, parser, default,
configuration key and whether a configuration file may set it.

The command-line flags, the validation of ``[links]`` in a configuration file and the merged
``CheckOptions`` are all derived from the fields of ``CheckOptions``. A configuration file comes
with a pull request, so it may narrow the checker but never widen its trust: the settings that
would (private addresses, the API hosts, headers, the token) are taken from the command line
only, and a cache path from a file must stay inside the repository. Importing this module does
not import requests.
"""

from __future__ import annotations

import argparse
import enum
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

from awesome_lint import __version__
from awesome_lint.paths import git_root
from awesome_lint.patterns import PatternError, compile_pattern

USER_AGENT = f"awesome-lint/{__version__} (+https://github.com/awesome-lint/awesome-lint)"
TRUST_NOTE = "a configuration file may narrow the link checker, never widen its trust"


class OptionError(ValueError):
    """A link option value that cannot be used; the message names the value. A table's
    several problems are each in ``problems``."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)


class FromFile(enum.Enum):
    """What a configuration file may do with an option."""

    ANY = "any"  # set it to any valid value
    NARROW = "narrow"  # only the value that trusts less (allow-private = false)
    NEVER = "never"  # nothing: the command line (or the Action's inputs) only
    INSIDE = "inside"  # a path inside the repository that holds the file


@dataclass(frozen=True)
class Kind:
    """How a value is read: ``parse`` a command-line string, ``load`` a configuration value."""

    parse: Callable[[str], Any]
    load: Callable[[object], Any]
    metavar: str | None = None


@dataclass(frozen=True)
class Option:
    help: str
    kind: Kind
    shown_default: str
    flag: str = ""  # default: the field's name in kebab case
    key: str = ""  # under [links] / [tool.awesome-lint.links]; default: as the flag
    from_file: FromFile = FromFile.ANY
    repeat: bool = False  # the flag may be given again; each adds one item
    env: str | None = None  # an environment variable read when the flag is absent


def _whole(minimum: int) -> Kind:
    def load(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise OptionError(f"`{value}` is not a whole number of at least {minimum}")
        return value

    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise OptionError(f"`{text}` is not a whole number of at least {minimum}") from None
        return load(number)

    return Kind(parse, load, "N")


def _seconds(positive: bool) -> Kind:
    least = "more than 0" if positive else "at least 0"

    def load(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise OptionError(f"`{value}` is not a number of seconds ({least})")
        number = float(value)
        if not math.isfinite(number) or number < 0 or (positive and number == 0):
            raise OptionError(f"`{value}` is not a finite number of seconds ({least})")
        return number

    def parse(text: str) -> float:
        try:
            number = float(text.strip())
        except ValueError:
            raise OptionError(f"`{text}` is not a number of seconds ({least})") from None
        return load(number)

    return Kind(parse, load, "SECONDS")


def _status_codes(text: str) -> frozenset[int]:
    codes: set[int] = set()
    for part in text.split(","):
        low, _, high = part.strip().partition("..")
        if not low.isdigit() or (high and not high.isdigit()):
            raise OptionError(f"`{part}` is not a status code or a range `200..299`")
        first, last = int(low), int(high or low)
        if not 100 <= first <= last <= 599:
            raise OptionError(f"`{part}` is not a range of status codes between 100 and 599")
        codes.update(range(first, last + 1))
    return frozenset(codes)


def _load_codes(value: object) -> frozenset[int]:
    if not isinstance(value, str):
        raise OptionError(f"`{value}` is not a string of status codes such as `200..299,403`")
    return _status_codes(value)


def _pattern(text: str) -> str:
    try:
        compile_pattern(text)
    except PatternError as error:
        raise OptionError(str(error)) from None
    return text


def _load_patterns(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise OptionError(f"`{value}` is not a list of regular expressions")
    for item in value:
        if not isinstance(item, str):
            raise OptionError(f"`{item}` is not a regular expression (a string)")
        _pattern(item)
    return tuple(value)


def _header_text(text: str, what: str) -> str:
    if any(ord(character) < 32 or ord(character) == 127 for character in text):
        raise OptionError(f"{what} `{text!r}` contains a control character")
    try:
        text.encode("latin-1")  # what HTTP/1.1 header values are sent as
    except UnicodeEncodeError:
        raise OptionError(f"{what} `{text}` has characters an HTTP header cannot carry") from None
    return text


def _load_text(value: object) -> str:
    if not isinstance(value, str):
        raise OptionError(f"`{value}` is not a string")
    return _header_text(value, "the value")


_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition(":")
    name = name.strip()
    if not sep or not name or not set(name) <= _TOKEN:
        raise OptionError(f"`{text}` is not `Name: value`")
    return name, _header_text(value.strip(), "the header value")


def _load_headers(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise OptionError(f"`{value}` is not a table of header names and values")
    return tuple(_header(f"{name}: {_load_text(text)}") for name, text in value.items())


def _url(text: str) -> str:
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        raise OptionError(f"`{text}` is not an http(s) URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise OptionError(f"`{text}` is not an http(s) URL")
    if "\\" in parts.netloc or any(ord(character) <= 32 for character in text.strip()):
        raise OptionError(f"`{text}` is not an http(s) URL")
    return text.strip().rstrip("/")


def _load_url(value: object) -> str:
    if not isinstance(value, str):
        raise OptionError(f"`{value}` is not an http(s) URL")
    return _url(value)


def _path(text: str) -> str:
    if not text or "\0" in text:
        raise OptionError(f"`{text}` is not a path")
    return text


def _load_path(value: object) -> str:
    if not isinstance(value, str):
        raise OptionError(f"`{value}` is not a path")
    return _path(value)


def _load_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise OptionError(f"`{value}` is not true or false")
    return value


WHOLE_1, WHOLE_0 = _whole(1), _whole(0)
SECONDS, POSITIVE_SECONDS = _seconds(False), _seconds(True)
CODES = Kind(_status_codes, _load_codes, "CODES")
PATTERN = Kind(_pattern, _load_patterns, "REGEX")
TEXT = Kind(lambda text: _header_text(text, "the value"), _load_text, "TEXT")
HEADER = Kind(_header, _load_headers, "'NAME: VALUE'")
URL = Kind(_url, _load_url, "URL")
PATH = Kind(_path, _load_path, "PATH")
FLAG = Kind(lambda text: True, _load_flag)
SECRET = Kind(lambda text: _header_text(text, "the token"), _load_text, "TOKEN")


def _option(
    default: Any,
    kind: Kind,
    help: str,
    *,
    shown: str | None = None,
    flag: str | None = None,
    key: str | None = None,
    from_file: FromFile = FromFile.ANY,
    repeat: bool = False,
    env: str | None = None,
) -> Any:
    """A field of CheckOptions that is also a flag and a configuration key; the flag and the
    key default to the field's name in kebab case."""
    shown_default = shown if shown is not None else str(default)
    option = Option(help, kind, shown_default, flag or "", key or "", from_file, repeat, env)
    return field(default=default, metadata={"option": option})


@dataclass(frozen=True)
class CheckOptions:
    max_concurrency: int = _option(32, WHOLE_1, "requests in flight at once")
    host_concurrency: int = _option(4, WHOLE_1, "requests in flight to one host")
    host_request_interval: float = _option(
        0.0, SECONDS, "seconds between the starts of two requests to one host", shown="0"
    )
    timeout: float = _option(10.0, POSITIVE_SECONDS, "seconds one request may take", shown="10")
    max_retries: int = _option(2, WHOLE_0, "retries of a request that failed for now")
    max_retry_wait: float = 10.0  # the cap on Retry-After; not an option
    deadline: float = _option(
        300.0, POSITIVE_SECONDS, "seconds the whole link check may take", shown="300"
    )
    accept: frozenset[int] = _option(
        frozenset(range(200, 300)), CODES, "status codes that count as alive, e.g. 200..299,403",
        shown="200..299",
    )  # fmt: skip
    exclude: tuple[str, ...] = _option(
        (), PATTERN, "URLs to skip (RE2 regular expression; repeat the flag)", shown="none",
        repeat=True,
    )  # fmt: skip
    user_agent: str = _option(USER_AGENT, TEXT, "the User-Agent header", shown="awesome-lint/…")
    headers: tuple[tuple[str, str], ...] = _option(
        (), HEADER, "a header sent with every request (repeat the flag)", shown="none",
        flag="--header", from_file=FromFile.NEVER, repeat=True,
    )  # fmt: skip
    allow_private: bool = _option(
        False, FLAG, "allow loopback, private and link-local addresses", shown="off",
        from_file=FromFile.NARROW,
    )  # fmt: skip
    github_token: str | None = _option(
        None, SECRET, "the token for GitHub's API", shown="$GITHUB_TOKEN",
        from_file=FromFile.NEVER, env="GITHUB_TOKEN",
    )  # fmt: skip
    github_api: str = _option(
        "https://api.github.com", URL, "GitHub's API", from_file=FromFile.NEVER
    )
    github_web: str = _option(
        "https://github.com", URL, "GitHub's web host", from_file=FromFile.NEVER
    )
    cache_path: str | None = _option(
        ".awesome-lint-cache.json", PATH, "the cache file (from a configuration file: inside "
        "its repository)", from_file=FromFile.INSIDE,
    )  # fmt: skip


def _declared() -> dict[str, Option]:
    declared: dict[str, Option] = {}
    for item in fields(CheckOptions):
        if "option" not in item.metadata:
            continue
        option: Option = item.metadata["option"]
        name = item.name.replace("_", "-")
        declared[item.name] = replace(
            option, flag=option.flag or f"--{name}", key=option.key or name
        )
    return declared


OPTIONS: Mapping[str, Option] = _declared()  # by CheckOptions field name
BY_KEY: Mapping[str, str] = {option.key: name for name, option in OPTIONS.items()}


def _argparse_type(kind: Kind) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return kind.parse(text)
        except OptionError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def add_link_flags(parser: argparse.ArgumentParser) -> None:
    """``--links``, ``--no-cache`` and one flag per option, into a group of their own."""
    group = parser.add_argument_group(
        "links (network; only with --links; defaults in brackets; every option but those "
        "marked 'command line only' can also be set under [tool.awesome-lint.links])"
    )
    group.add_argument("--links", action="store_true", help="check links over the network")
    group.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    for name, option in OPTIONS.items():
        note = (
            " (command line only)" if option.from_file in (FromFile.NEVER, FromFile.NARROW) else ""
        )
        text = f"{option.help}{note} [{option.shown_default}]".replace("%", "%%")
        if option.kind is FLAG:
            group.add_argument(option.flag, dest=name, action="store_true", default=None, help=text)
            continue
        group.add_argument(
            option.flag,
            dest=name,
            type=_argparse_type(option.kind),
            action="append" if option.repeat else "store",
            metavar=option.kind.metavar,
            help=text,
        )


def _inside(path: str, folder: str) -> str:
    """``path`` from a configuration file in ``folder``: relative to it, inside its repository."""
    root = os.path.realpath(git_root(folder) or folder)
    resolved = os.path.realpath(os.path.join(folder, path))
    if os.path.commonpath([root, resolved]) != root:
        raise OptionError(f"`{path}` is outside the repository ({root})")
    if ".git" in os.path.relpath(resolved, root).split(os.sep):
        raise OptionError(f"`{path}` is inside the repository's .git folder")
    return resolved


def values_from_file(table: object, where: str) -> dict[str, Any]:
    """The ``[links]`` table of the configuration file ``where``, checked and converted, by
    CheckOptions field name; OptionError names the key and the value."""
    if not isinstance(table, dict):
        raise OptionError("`links` must be a table")
    folder = os.path.dirname(os.path.abspath(where))
    values: dict[str, Any] = {}
    problems: list[str] = []  # each named, all at once
    for key, raw in table.items():
        if key not in BY_KEY:
            problems.append(f"unknown key `links.{key}`")
            continue
        name = BY_KEY[key]
        option = OPTIONS[name]
        if option.from_file is FromFile.NEVER:
            problems.append(f"`links.{key}` is accepted on the command line only ({TRUST_NOTE})")
            continue
        try:
            value = option.kind.load(raw)
            if option.from_file is FromFile.NARROW and value != getattr(CheckOptions(), name):
                shown = str(raw).lower() if isinstance(raw, bool) else raw
                raise OptionError(f"`{shown}` is accepted on the command line only ({TRUST_NOTE})")
            if option.from_file is FromFile.INSIDE:
                value = _inside(value, folder)
        except OptionError as error:
            problems.append(f"`links.{key}`: {error}")
            continue
        values[name] = value
    if problems:
        raise OptionError(problems[0], tuple(problems))
    return values


def link_options(
    flags: Mapping[str, Any], file_values: Mapping[str, Any], env: Mapping[str, str]
) -> CheckOptions:
    """The options of one run: a flag when given, else the configuration file's value (already
    checked by ``values_from_file``), else an environment variable where declared, else the
    default. ``flags`` are argparse's values by field name (``vars(namespace)``)."""
    chosen: dict[str, Any] = {}
    for name, option in OPTIONS.items():
        flag = flags.get(name)
        if flag is not None:
            chosen[name] = tuple(flag) if option.repeat else flag
        elif name in file_values:
            chosen[name] = file_values[name]
        elif option.env and env.get(option.env):
            chosen[name] = env[option.env]
    if flags.get("no_cache"):
        chosen["cache_path"] = None
    return CheckOptions(**chosen)
