"""AL203 missing-license: an entry that says nothing about its license."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from awesome_lint.entries import entries_for
from awesome_lint.parse import Document
from awesome_lint.rule import Context, Finding, Rule, Severity

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


def check(document: Document, context: Context) -> Iterator[Finding]:
    words = tuple(VOCABULARY) + tuple(context.option(RULE, "extend-vocabulary"))
    for entry in entries_for(document, context.aliases).entries:
        if entry.license:
            continue
        if states_license(entry.description, words):
            continue
        where = entry.license_column if entry.license is not None else entry.description_column
        yield Finding(entry.line, where, f"`{entry.name or entry.urls[0].url}` has no license note")


RULE = Rule(
    code="AL203",
    name="missing-license",
    summary="An entry has no license note, in a license column or its description",
    severity=Severity.WARNING,
    check=check,
    options={"extend-vocabulary": []},
)
