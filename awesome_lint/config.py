"""Settings: found in ``.awesome-lint.toml`` or ``pyproject.toml``, then overridden by flags."""

from __future__ import annotations

import fnmatch
import math
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar

from awesome_lint.links.options import OptionError, values_from_file
from awesome_lint.patterns import PatternError, compile_pattern
from awesome_lint.render import RenderOptions, Style
from awesome_lint.rule import Rule, Severity
from awesome_lint.rules import RULES, UnknownSelector, resolve
from awesome_lint.source import MAX_FILE_SIZE, InputError, parse_size, read_regular_file

T = TypeVar("T")

CONFIG_FILE = ".awesome-lint.toml"
PYPROJECT = "pyproject.toml"
_KEYS = frozenset(
    {
        "style", "max-width", "select", "extend-select", "ignore", "fail-on", "severity",
        "per-file-ignores", "ignore-entries", "ignore-urls", "columns", "rules-url", "links",
        "max-file-size",
    }
)  # fmt: skip
_MAX_CONFIG = 1000 * 1000  # bytes: a configuration is a few lines
DEFAULT_RULES_URL = "https://github.com/awesome-lint/awesome-lint/blob/main/rules/"


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the key. With
    several problems, ``headline`` names the file and ``problems`` lists them, one a line."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        self.headline = message
        self.problems = problems
        super().__init__(message + "".join(f"\n  - {problem}" for problem in problems))


@dataclass(frozen=True)
class Settings:
    style: Style = Style.ALIGNED
    max_width: int | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    severity: Mapping[str, Severity] = field(default_factory=dict)
    path: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ignore_entries: tuple[str, ...] = ()  # regular expressions on entry names
    ignore_urls: tuple[str, ...] = ()  # regular expressions on URLs
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # by rule code
    rules_url: str = DEFAULT_RULES_URL
    # [tool.awesome-lint.links], checked, by CheckOptions field (links/options.py)
    links: Mapping[str, Any] = field(default_factory=dict)
    max_file_size: int = MAX_FILE_SIZE  # bytes

    @property
    def render(self) -> RenderOptions:
        return RenderOptions(self.style, self.max_width)


@dataclass(frozen=True)
class Selection:
    rules: tuple[Rule, ...]
    explicit: frozenset[str]  # codes named by select or extend-select, not only by default
    severity: Mapping[str, Severity]


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: `{key}` must be a list of rule codes or names")
    unknown = []
    for item in value:
        try:
            resolve(item)
        except UnknownSelector as error:
            unknown.append(str(error))
    if len(unknown) == 1:
        raise ConfigError(f"{where}: {unknown[0]} in `{key}`")
    if unknown:
        names = ", ".join(message.removeprefix("unknown rule ") for message in unknown)
        raise ConfigError(f"{where}: unknown rules in `{key}`: {names}")
    return tuple(item.strip() for item in value)


def _style(where: str, value: Any) -> Style:
    try:
        return Style(value)
    except ValueError:
        choices = ", ".join(f"`{style.value}`" for style in Style)
        raise ConfigError(f"{where}: `style` must be one of {choices}, not `{value}`") from None


def _severity(where: str, value: Any, key: str = "severity") -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(f"{where}: `{key}` must be `error` or `warning`, not `{value}`") from None


def _max_width(where: str, value: Any) -> int | None:
    if value is None or value == 0:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{where}: `max-width` must be a whole number of columns (0: no limit)")
    return value


def _max_file_size(where: str, key: str, value: Any) -> int:
    """A size in bytes: a whole number, or text such as ``20MB`` or ``500KB``."""
    size = value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(value, str):
        size = parse_size(value)
    if size is None or size <= 0:
        raise ConfigError(
            f"{where}: `{key}` must be a size such as `20MB`, `500KB` or a number of bytes, "
            f"not `{_toml(value)}`"
        )
    return size


def settings_from_table(where: str, table: Mapping[str, Any]) -> Settings:
    """The settings of a configuration table; every problem in it is named at once."""
    problems: list[str] = []
    settings = Settings(path=where)
    for key in table:
        try:
            settings = _setting(where, key, table[key], settings)
        except ConfigError as error:
            problems.extend(error.problems or (str(error).removeprefix(f"{where}: "),))
    if problems:
        raise _several(where, problems)
    return settings


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    import difflib  # only for a configuration with a mistake

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _setting(where: str, key: str, value: Any, settings: Settings) -> Settings:
    """``settings`` with one key of the table applied."""
    if key not in _KEYS:
        rule = _rule_named(key)
        if rule is None or not isinstance(value, dict):
            names = [*_KEYS, *(rule.name for rule in RULES)]
            raise ConfigError(f"{where}: unknown key `{key}`{_did_you_mean(key, names)}")
        options = {**settings.options, rule.code: _rule_options(where, key, rule, value)}
        return replace(settings, options=options)
    return _top_settings(where, {key: value}, _entry_settings(where, {key: value}, settings))


def _top_settings(where: str, table: Mapping[str, Any], settings: Settings) -> Settings:
    if "style" in table:
        settings = replace(settings, style=_style(where, table["style"]))
    if "max-width" in table:
        settings = replace(settings, max_width=_max_width(where, table["max-width"]))
    if "max-file-size" in table:
        size = _max_file_size(where, "max-file-size", table["max-file-size"])
        settings = replace(settings, max_file_size=size)
    if "select" in table:
        settings = replace(settings, select=_selected(where, "select", table["select"]))
    if "extend-select" in table:
        extend = _strings(where, "extend-select", table["extend-select"])
        settings = replace(settings, extend_select=extend)
    if "ignore" in table:
        settings = replace(settings, ignore=_strings(where, "ignore", table["ignore"]))
    if "fail-on" in table:
        settings = replace(settings, fail_on=_severity(where, table["fail-on"], "fail-on"))
    if "severity" in table:
        levels = table["severity"]
        if not isinstance(levels, dict):
            raise ConfigError(f"{where}: `severity` must be a table of rule = level")
        severity: dict[str, Severity] = {}
        problems: list[str] = []
        for selector, level in levels.items():
            if _each(where, partial(_strings, where, "severity", [selector]), problems) is None:
                continue
            told = _each(where, partial(_severity, where, level, f"severity.{selector}"), problems)
            if told is not None:
                severity.update((rule.code, told) for rule in resolve(selector))
        if problems:
            raise _several(where, problems)
        settings = replace(settings, severity=severity)
    return settings


def _rule_named(key: str) -> Rule | None:
    for rule in RULES:
        if key in (rule.code, rule.name):
            return rule
    return None


def _rule_options(where: str, key: str, rule: Rule, values: dict[str, Any]) -> dict[str, Any]:
    problems: list[str] = []  # each named, all at once
    for name, value in values.items():
        if name not in rule.options:
            known = ", ".join(f"`{option}`" for option in rule.options) or "none"
            problems.append(f"unknown option `{name}` of `{key}` (options: {known})")
            continue
        problem = _option_problem(rule.options[name], value)
        choices = rule.choices.get(name)
        if problem is None and choices and value not in choices:
            listed = ", ".join(f"`{_toml(choice)}`" for choice in choices)
            problem = ("", f"one of {listed}", value)
        if problem is not None:
            place, wanted, found = problem
            problems.append(f"`{key}.{name}{place}` must be {wanted}, not `{_toml(found)}`")
    if problems:
        raise _several(where, problems)
    return dict(values)


def _toml(value: Any) -> str:
    """A value as the configuration file wrote it, near enough to find it there."""
    import json  # only for a configuration with a mistake

    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def _option_problem(default: Any, value: Any) -> tuple[str, str, Any] | None:
    """Where inside an option's value its shape differs from the default's, what was wanted
    there, and what was found; None when the value has the default's shape. Lists hold text,
    and tables (AL006's ``allowed``) map names to lists of text. A default of None is an
    option left unset unless pinned to true or false."""
    if default is None or isinstance(default, bool):
        return None if isinstance(value, bool) else ("", "true or false", value)
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, float):
        fine = number and math.isfinite(value) and value >= 0
        return None if fine else ("", "a number, 0 or more", value)
    if isinstance(default, int):
        whole = number and isinstance(value, int) and value >= 0
        return None if whole else ("", "a whole number, 0 or more", value)
    if isinstance(default, str):
        return None if isinstance(value, str) else ("", "text", value)
    if isinstance(default, list):
        return _text_list_problem("", value)
    if isinstance(default, dict):
        if not isinstance(value, dict):
            return ("", "a table of name = [values]", value)
        for name, items in value.items():
            problem = _text_list_problem(f".{name}", items)
            if problem is not None:
                return problem
        return None
    return None if type(value) is type(default) else ("", type(default).__name__, value)


def _text_list_problem(place: str, value: Any) -> tuple[str, str, Any] | None:
    if not isinstance(value, list):
        return (place, "a list of text", value)
    for index, item in enumerate(value):
        if not isinstance(item, str):
            return (f"{place}[{index}]", "text", item)
    return None


def _selected(where: str, key: str, value: Any) -> tuple[str, ...]:
    """The rules a `select` names: one at least (an empty one would turn every rule off, and
    a check would pass for want of any rule)."""
    selected = _strings(where, key, value)
    if not selected:
        raise ConfigError(
            f"{where}: `{key}` names no rule, which would turn every rule off "
            "(leave it out for the default rules)"
        )
    return selected


def _regexes(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: `{key}` must be a list of regular expressions")
    problems: list[str] = []  # each pattern's, all at once
    for item in value:
        try:
            compile_pattern(item)
        except PatternError as error:
            problems.append(f"`{key}`: {error}")
    if problems:
        raise _several(where, problems)
    return tuple(value)


def _each(where: str, read: Callable[[], T], problems: list[str]) -> T | None:
    """``read()``, or None with its problems added to ``problems``: a table's problems are
    gathered, each named, and raised at once by ``_several``."""
    try:
        return read()
    except ConfigError as error:
        problems.extend(error.problems or (str(error).removeprefix(f"{where}: "),))
        return None


def _entry_settings(where: str, table: Mapping[str, Any], settings: Settings) -> Settings:
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: `per-file-ignores` must be a table of glob = [rules]")
        problems: list[str] = []
        pairs: list[tuple[str, tuple[str, ...]]] = []
        for glob, rules in value.items():
            read = _each(
                where, partial(_strings, where, f"per-file-ignores.{glob}", rules), problems
            )
            pairs.append((glob, read or ()))
        if problems:
            raise _several(where, problems)
        settings = replace(settings, per_file_ignores=tuple(pairs))
    if "ignore-entries" in table:
        patterns = _regexes(where, "ignore-entries", table["ignore-entries"])
        settings = replace(settings, ignore_entries=patterns)
    if "ignore-urls" in table:
        settings = replace(
            settings, ignore_urls=_regexes(where, "ignore-urls", table["ignore-urls"])
        )
    if "columns" in table:
        value = table["columns"]
        roles = ("name", "description", "license", "link")
        if not isinstance(value, dict) or set(value) - set(roles):
            raise ConfigError(f"{where}: `columns` takes lists of header words for {roles}")
        columns = {role: tuple(_words(where, role, words)) for role, words in value.items()}
        settings = replace(settings, columns=columns)
    if "links" in table:
        settings = replace(settings, links=_link_settings(where, table["links"]))
    if "rules-url" in table:
        if not isinstance(table["rules-url"], str):
            raise ConfigError(f"{where}: `rules-url` must be a URL")
        settings = replace(settings, rules_url=table["rules-url"])
    return settings


def _link_settings(where: str, value: Any) -> dict[str, Any]:
    try:
        return values_from_file(value, where)
    except OptionError as error:
        raise _several(where, list(error.problems)) from None


def _several(where: str, problems: list[str]) -> ConfigError:
    """One error naming each problem of a table: alone, or under a headline."""
    if len(problems) == 1:
        return ConfigError(f"{where}: {problems[0]}")
    return ConfigError(f"{where}: {len(problems)} problems in the configuration:", tuple(problems))


def _words(where: str, role: str, words: Any) -> list[str]:
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise ConfigError(f"{where}: `columns.{role}` must be a list of header words")
    return words


def ignored_by_path(settings: Settings, path: str) -> frozenset[str]:
    """Rule codes that ``per-file-ignores`` turns off for ``path``."""
    if not settings.per_file_ignores:
        return frozenset()
    base = os.path.dirname(os.path.abspath(settings.path)) if settings.path else os.getcwd()
    relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    codes: set[str] = set()
    for glob, selectors in settings.per_file_ignores:
        if fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(os.path.basename(path), glob):
            codes.update(rule.code for selector in selectors for rule in resolve(selector))
    return frozenset(codes)


def _load_toml(path: str) -> dict[str, Any]:
    # imported here: a list without a configuration file reads no TOML
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data: dict[str, Any] = tomllib.loads(read_regular_file(path, _MAX_CONFIG).decode("utf-8"))
        return data
    except InputError as error:
        raise ConfigError(f"cannot read configuration: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML (not UTF-8)") from None


def _table_in(path: str) -> Mapping[str, Any] | None:
    data = _load_toml(path)
    if os.path.basename(path) == PYPROJECT or "tool" in data:
        tool = data.get("tool", {})
        found = tool.get("awesome-lint") if isinstance(tool, dict) else None
        return found if isinstance(found, dict) else None
    return data


def load_file(path: str) -> Settings:
    """Settings from a file named with ``--config``; a file without our table is an error."""
    table = _table_in(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.awesome-lint] table")
    return settings_from_table(path, table)


def find_config(directory: str) -> str | None:
    """The nearest ``.awesome-lint.toml``, or ``pyproject.toml`` with our table, at or above,
    up to the repository's root (the folder holding ``.git``): a file above a checkout belongs
    to someone else."""
    current = os.path.abspath(directory)
    while True:
        candidate = os.path.join(current, CONFIG_FILE)
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(current, PYPROJECT)
        if os.path.isfile(candidate) and _table_in(candidate) is not None:
            return candidate
        parent = os.path.dirname(current)
        if parent == current or os.path.lexists(os.path.join(current, ".git")):
            return None
        current = parent


def settings_for(path: str, explicit: str | None, cache: dict[str, Settings]) -> Settings:
    """The settings that apply to one file (``-`` for stdin looks from the working folder)."""
    if explicit is not None:
        if explicit not in cache:
            cache[explicit] = load_file(explicit)
        return cache[explicit]
    directory = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
    if directory not in cache:
        found = find_config(directory)
        cache[directory] = load_file(found) if found else Settings()
    return cache[directory]


def select_rules(settings: Settings, *, fixing: bool = False) -> Selection:
    """``select`` replaces the defaults, ``extend-select`` adds, ``ignore`` removes. For
    ``fix``, the defaults include the rules whose fixes plain ``fix`` applies (formatting)."""
    if settings.select is None:
        chosen = {
            rule.code
            for rule in RULES
            if rule.default or (fixing and rule.fix is not None and rule.fix.automatic)
        }
    else:
        chosen = {rule.code for selector in settings.select for rule in resolve(selector)}
    named = {rule.code for selector in settings.select or () for rule in resolve(selector)}
    for selector in settings.extend_select:
        codes = {rule.code for rule in resolve(selector)}
        chosen |= codes
        named |= codes
    for selector in settings.ignore:
        chosen -= {rule.code for rule in resolve(selector)}
    rules = tuple(rule for rule in RULES if rule.code in chosen)
    severity = {rule.code: settings.severity.get(rule.code, rule.severity) for rule in rules}
    return Selection(rules, frozenset(named & chosen), severity)


def with_overrides(
    settings: Settings,
    *,
    style: str | None,
    max_width: int | None,
    select: Sequence[str] | None,
    extend_select: Sequence[str],
    ignore: Sequence[str],
    fail_on: str | None,
    max_file_size: str | None = None,
) -> Settings:
    """Flags win over files: ``--select`` replaces, ``--extend-select`` and ``--ignore`` add."""
    where = "command line"
    if style is not None:
        settings = replace(settings, style=_style(where, style))
    if max_width is not None:
        settings = replace(settings, max_width=_max_width(where, max_width))
    if select is not None:
        settings = replace(settings, select=_selected(where, "--select", list(select)))
    if extend_select:
        extra = _strings(where, "--extend-select", list(extend_select))
        settings = replace(settings, extend_select=settings.extend_select + extra)
    if ignore:
        settings = replace(
            settings, ignore=settings.ignore + _strings(where, "--ignore", list(ignore))
        )
    if fail_on is not None:
        settings = replace(settings, fail_on=_severity(where, fail_on, "--fail-on"))
    if max_file_size is not None:
        size = _max_file_size(where, "--max-file-size", max_file_size)
        settings = replace(settings, max_file_size=size)
    return settings
