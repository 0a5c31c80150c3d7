"""AL203 missing-license: an entry that says nothing about its license."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from awesome_lint.entries import Entry
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, FixPolicy, FixSafety, Rule, Severity, text_edit

# SPDX names and how lists write license terms, in English and Chinese; a bare "open source"
# or "开源" says nothing about the terms and is not here
VOCABULARY = (
    "MIT", "Apache", "Apache-2.0", "Apache 2.0", "GPL", "GPL-2.0", "GPL-3.0", "LGPL", "AGPL",
    "BSD", "BSD-2-Clause", "BSD-3-Clause", "MPL", "MPL-2.0", "ISC", "Unlicense", "CC0",
    "CC-BY", "CC BY", "CC-BY-SA", "CC-BY-NC", "CC BY-NC", "OpenRAIL", "RAIL", "WTFPL", "EPL",
    "Llama 2", "Llama 3", "license", "licence", "licensed", "non-commercial",
    "noncommercial", "commercial use", "research only", "research use", "research purposes",
    "academic use", "public domain", "proprietary", "开源协议", "许可证", "许可", "协议",
    "商用", "商业", "授权", "科研", "非商业", "学术研究",
)  # fmt: skip


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z])" if word.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


def states_license(text: str, words: Sequence[str]) -> bool:
    return bool(text) and _pattern(tuple(words)).search(text) is not None


def _github_license(entry: Entry, context: Context) -> str | None:
    for link in entry.urls:
        spdx = getattr(context.links.get(link.url), "license", None)
        if spdx and spdx != "NOASSERTION":
            return str(spdx)
    return None


def _missing(document: Document, context: Context) -> Iterator[Entry]:
    words = tuple(VOCABULARY) + tuple(context.option(RULE, "extend-vocabulary"))
    for entry in context.analysis.entries.entries:
        if not entry.license and not states_license(entry.description, words):
            yield entry


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for entry in _missing(document, context):
        where = entry.license_column if entry.license is not None else entry.description_column
        spdx = _github_license(entry, context)
        name = entry.name or entry.urls[0].url
        message = f"`{name}` has no license note"
        if spdx:
            message += f"; its repository's license is `{spdx}`"
        # with --links: an empty license cell gets the repository's SPDX id
        edit = None
        if spdx is not None and entry.license is not None:
            edit = text_edit(lines, entry.line, entry.license_column, "", spdx)
        yield Finding(entry.line, where, message, edits=(edit,) if edit else ())


RULE = Rule(
    code="AL203",
    name="missing-license",
    summary="An entry has no license note, in a license column or its description",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE),
    options={"extend-vocabulary": []},
)
