"""GitHub Actions' `if:` expressions, evaluated for tests: the subset workflows here use.

Operators `!`, `==`, `!=`, `&&`, `||` and parentheses; string, number and boolean literals;
context paths (`github.event.pull_request.head.repo.full_name`); `always()`, `success()`.
Comparisons of strings ignore case and a missing property is null, as on GitHub.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<op>&&|\|\||==|!=|!|\(|\))|'(?P<string>(?:[^']|'')*)'|(?P<number>\d+)"
    r"|(?P<name>[A-Za-z_][\w.-]*)(?P<call>\(\))?)"
)


def _tokens(text: str) -> list[tuple[str, Any]]:
    text = text.strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    found: list[tuple[str, Any]] = []
    position = 0
    while text[position:].strip():
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"cannot read `{text[position:]}`")
        position = match.end()
        if match["op"]:
            found.append(("op", match["op"]))
        elif match["string"] is not None:
            found.append(("value", match["string"].replace("''", "'")))
        elif match["number"]:
            found.append(("value", int(match["number"])))
        elif match["call"]:
            found.append(("call", match["name"]))
        else:
            found.append(("name", match["name"]))
    return found


def _lookup(context: Mapping[str, Any], path: str) -> Any:
    if path in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[path]
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return left.lower() == right.lower()
    return bool(left == right)


class _Parser:
    def __init__(self, tokens: list[tuple[str, Any]], context: Mapping[str, Any]) -> None:
        self.tokens = tokens
        self.context = context

    def peek(self) -> tuple[str, Any] | None:
        return self.tokens[0] if self.tokens else None

    def take(self) -> tuple[str, Any]:
        return self.tokens.pop(0)

    def either(self) -> Any:
        value = self.both()
        while self.peek() == ("op", "||"):
            self.take()
            right = self.both()
            value = value or right
        return value

    def both(self) -> Any:
        value = self.compare()
        while self.peek() == ("op", "&&"):
            self.take()
            right = self.compare()
            value = value and right
        return value

    def compare(self) -> Any:
        value = self.unary()
        if self.peek() in (("op", "=="), ("op", "!=")):
            operator = self.take()[1]
            equal = _equal(value, self.unary())
            return equal if operator == "==" else not equal
        return value

    def unary(self) -> Any:
        if self.peek() == ("op", "!"):
            self.take()
            return not self.unary()
        kind, value = self.take()
        if (kind, value) == ("op", "("):
            inner = self.either()
            assert self.take() == ("op", ")")
            return inner
        if kind == "call":
            assert value in ("always", "success"), value
            return True
        if kind == "name":
            return _lookup(self.context, value)
        return value


def evaluate(expression: str, context: Mapping[str, Any]) -> bool:
    parser = _Parser(_tokens(expression), context)
    value = parser.either()
    assert not parser.tokens, parser.tokens
    return bool(value)
