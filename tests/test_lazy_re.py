"""Patterns compiled on first use (``awesome_lint.lazy_re``): every one of the package compiles,
they answer as ``re`` does, and importing the package compiles none of them."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import awesome_lint
from awesome_lint import lazy_re
from awesome_lint.lazy_re import LazyPattern


def _package_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module in pkgutil.walk_packages(awesome_lint.__path__, "awesome_lint."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, LazyPattern):
                found.append((f"{module.name}.{name}", value))
    return found


PATTERNS = _package_patterns()


def test_the_package_writes_its_patterns_lazily() -> None:
    assert len(PATTERNS) > 300  # the module-level patterns of the rules, urls, entries…


@pytest.mark.parametrize("pattern", [p for _, p in PATTERNS], ids=[n for n, _ in PATTERNS])
def test_every_lazy_pattern_of_the_package_compiles(pattern: LazyPattern) -> None:
    # a pattern no other test reaches would otherwise fail only on the list that needs it
    assert isinstance(pattern.compiled(), re.Pattern)


def test_a_lazy_pattern_answers_as_its_compiled_pattern() -> None:
    lazy = lazy_re.compile(r"(?P<word>[a-z]+)-(\d+)", re.IGNORECASE)
    eager = re.compile(r"(?P<word>[a-z]+)-(\d+)", re.IGNORECASE)
    text = "Alpha-1 beta-22 GAMMA-333"
    found, expected = lazy.search(text), eager.search(text)
    assert found is not None and expected is not None
    assert found.group("word") == expected.group("word")
    assert lazy.findall(text) == eager.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub(r"\2", text) == eager.sub(r"\2", text)
    assert lazy.subn("x", text) == eager.subn("x", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.match(text) is not None and lazy.fullmatch("a-1") is not None
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        eager.groupindex,
    )


def test_a_lazy_pattern_compiles_once_on_first_use() -> None:
    lazy = lazy_re.compile("a+")
    assert isinstance(lazy, LazyPattern)
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "_compiled")  # nothing compiled yet
    assert lazy.search("baa") is not None
    first = lazy.compiled()
    assert lazy.compiled() is first
    assert lazy.search == first.search  # the compiled pattern's own method, kept


def test_a_wrong_pattern_fails_where_it_is_first_used() -> None:
    wrong = lazy_re.compile("(unclosed")
    with pytest.raises(re.error):
        wrong.search("text")


def test_importing_the_command_line_compiles_no_lazy_pattern() -> None:
    script = (
        "import awesome_lint.cli, awesome_lint.commands.check, awesome_lint.rules, sys\n"
        "from awesome_lint.lazy_re import LazyPattern\n"
        "compiled = [f'{m.__name__}.{n}' for m in list(sys.modules.values())\n"
        "    if getattr(m, '__name__', '').startswith('awesome_lint')\n"
        "    for n, v in vars(m).items()\n"
        "    if isinstance(v, LazyPattern) and hasattr(v, '_compiled')]\n"
        "print(len(compiled), compiled[:5])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("0 "), out
