"""A fake GitHub for loopback servers: its REST and GraphQL API and its pages, a few repositories.

The GraphQL side parses the query it is sent (fields, aliases, string arguments, nested
selections) and answers as GitHub does: ``null`` and a ``NOT_FOUND`` error for a missing
repository, ``null`` for a missing ref or object, and an error without data for a field it
does not know. Used by the tests (``linkfarm.Farm``) and by the link benchmark.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote


@dataclass
class FakeRepository:
    full_name: str
    archived: bool = False
    license: str | None = None
    refs: dict[str, frozenset[str]] = field(default_factory=dict)  # branch or tag → its files
    commits: dict[str, frozenset[str]] = field(default_factory=dict)  # full sha → its files
    renamed: dict[str, str] = field(default_factory=dict)  # old branch → new: pages redirect

    def files_at(self, revision: str) -> frozenset[str] | None:
        for prefix in ("refs/heads/", "refs/tags/"):
            revision = revision.removeprefix(prefix)
        if revision in self.refs:
            return self.refs[revision]
        if revision == "HEAD" and self.refs:
            return next(iter(self.refs.values()))  # the first ref is the default branch
        if re.fullmatch(r"[0-9a-f]{7,40}", revision):
            for sha, files in self.commits.items():
                if sha.startswith(revision):
                    return files
        return None

    def object_type(self, expression: str) -> str | None:
        """What ``<rev>:<path>`` (or ``<rev>``) names: Blob, Tree, Commit, or nothing."""
        revision, colon, path = expression.partition(":")
        files = self.files_at(revision)
        if files is None:
            return None
        if not colon:
            return "Commit"
        path = path.strip("/")
        if path in files:
            return "Blob"
        if not path or any(name.startswith(path + "/") for name in files):
            return "Tree"
        return None


SHA = "0123456789abcdef0123456789abcdef01234567"

REPOSITORIES: dict[str, FakeRepository] = {
    "octo/alive": FakeRepository(
        "octo/alive",
        license="MIT",
        refs={
            "main": frozenset({"README.md", "docs/guide.md", "docs/中文 指南.md", "src/app.py"}),
            "release/v2": frozenset({"README.md", "docs/v2.md"}),
            "v1.0": frozenset({"README.md", "docs/old.md"}),
        },
        commits={SHA: frozenset({"README.md", "docs/removed.md"})},
        renamed={"master": "main"},
    ),
    "octo/old": FakeRepository(
        "octo/old", archived=True, license="Apache-2.0", refs={"master": frozenset({"README.md"})}
    ),
    "octo/renamed": FakeRepository("octo/new-name", refs={"main": frozenset({"README.md"})}),
}


class QueryError(Exception):
    """A query GitHub would refuse as a whole."""


_TOKEN = re.compile(r'\s+|,|#[^\n]*|(?P<name>[_A-Za-z][_0-9A-Za-z]*)|(?P<string>"(?:\\.|[^"\\])*")'
                    r"|(?P<punct>[{}():])")  # fmt: skip


def _tokens(query: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if not match:
            raise QueryError(f"unexpected character at {position}")
        position = match.end()
        if match.lastgroup:
            found.append((match.lastgroup, match.group()))
    return found


@dataclass
class _Field:
    alias: str
    name: str
    arguments: dict[str, str]
    selections: list[_Field]


class _Parser:
    def __init__(self, query: str) -> None:
        self.tokens = _tokens(query)
        self.position = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.position] if self.position < len(self.tokens) else ("end", "")

    def take(self, kind: str, text: str | None = None) -> str:
        found = self.peek()
        if found[0] != kind or (text is not None and found[1] != text):
            raise QueryError(f"expected {text or kind}, found {found[1] or 'the end'}")
        self.position += 1
        return found[1]

    def document(self) -> list[_Field]:
        if self.peek() == ("name", "query"):
            self.position += 1
            if self.peek()[0] == "name":
                self.position += 1
        selections = self.selection_set()
        self.take("end")
        return selections

    def selection_set(self) -> list[_Field]:
        self.take("punct", "{")
        selections = []
        while self.peek() != ("punct", "}"):
            selections.append(self.field())
        self.take("punct", "}")
        return selections

    def field(self) -> _Field:
        alias = name = self.take("name")
        if self.peek() == ("punct", ":"):
            self.position += 1
            name = self.take("name")
        arguments: dict[str, str] = {}
        if self.peek() == ("punct", "("):
            self.position += 1
            while self.peek() != ("punct", ")"):
                key = self.take("name")
                self.take("punct", ":")
                arguments[key] = json.loads(self.take("string"))
            self.position += 1
        selections = self.selection_set() if self.peek() == ("punct", "{") else []
        return _Field(alias, name, arguments, selections)


def _select(selections: list[_Field], values: dict[str, Any], kind: str) -> dict[str, Any]:
    answer = {}
    for item in selections:
        if item.name not in values:
            raise QueryError(f"Field '{item.name}' doesn't exist on type '{kind}'")
        answer[item.alias] = values[item.name]
    return answer


def _repository(item: _Field, repository: FakeRepository) -> dict[str, Any]:
    answer: dict[str, Any] = {}
    for child in item.selections:
        if child.name == "ref":
            name = child.arguments["qualifiedName"]
            short = name.removeprefix("refs/heads/").removeprefix("refs/tags/")
            answer[child.alias] = (
                _select(child.selections, {"name": short}, "Ref")
                if short in repository.refs
                else None
            )
        elif child.name == "object":
            kind = repository.object_type(child.arguments["expression"])
            answer[child.alias] = (
                _select(child.selections, {"__typename": kind}, kind) if kind else None
            )
        elif child.name == "licenseInfo":
            license_id = repository.license
            answer[child.alias] = (
                _select(child.selections, {"spdxId": license_id}, "License") if license_id else None
            )
        else:
            values = {"nameWithOwner": repository.full_name, "isArchived": repository.archived}
            answer.update(_select([child], values, "Repository"))
    return answer


def graphql(query: str, repositories: dict[str, FakeRepository] = REPOSITORIES) -> dict[str, Any]:
    """GitHub's answer to a GraphQL query, as JSON."""
    try:
        fields = _Parser(query).document()
        data: dict[str, Any] = {}
        errors: list[dict[str, Any]] = []
        for item in fields:
            if item.name != "repository":
                raise QueryError(f"Field '{item.name}' doesn't exist on type 'Query'")
            owner, name = item.arguments["owner"], item.arguments["name"]
            if f"{owner}/{name}" == "octo/poison":  # a query GitHub fails as a whole
                raise QueryError("Something went wrong while executing your query.")
            repository = repositories.get(f"{owner}/{name}".lower())
            if repository is None:
                data[item.alias] = None
                errors.append({"type": "NOT_FOUND", "path": [item.alias],
                               "message": f"Could not resolve to a Repository with the name "
                                          f"'{owner}/{name}'."})  # fmt: skip
            else:
                data[item.alias] = _repository(item, repository)
    except (QueryError, KeyError, ValueError) as error:
        return {"errors": [{"message": str(error)}]}
    return {"data": data, "errors": errors} if errors else {"data": data}


def rest_repository(key: str, repositories: dict[str, FakeRepository] = REPOSITORIES) -> Any:
    """``GET /repos/{owner}/{name}``'s JSON, or None for a 404."""
    repository = repositories.get(key.lower())
    if repository is None:
        return None
    license_id = repository.license
    return {
        "full_name": repository.full_name,
        "archived": repository.archived,
        "license": {"spdx_id": license_id} if license_id else None,
    }


def web_status(
    path: str, repositories: dict[str, FakeRepository] = REPOSITORIES
) -> tuple[int, str | None]:
    """The status (and redirect target) github.com answers for a repository's page, or a
    file's or folder's; a renamed branch's pages redirect to the new name, as on GitHub."""
    parts = [unquote(part) for part in path.split("?", 1)[0].split("/") if part]
    repository = repositories.get("/".join(parts[:2]).lower()) if len(parts) >= 2 else None
    if repository is None:
        return 404, None
    if len(parts) < 4 or parts[2] not in ("blob", "tree"):
        return 200, None
    rest = parts[3:]
    for count in range(len(rest), 0, -1):
        ref, inside = "/".join(rest[:count]), "/".join(rest[count:])
        if ref in repository.renamed:
            new = "/".join([*parts[:3], repository.renamed[ref], *rest[count:]])
            return 301, "/" + quote(new)
        if repository.files_at(ref) is not None:
            return (200 if repository.object_type(f"{ref}:{inside}") else 404), None
    return 404, None
