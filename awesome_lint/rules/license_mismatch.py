"""AL204 license-mismatch: the noted license is not the repository's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.inline import plain_text
from awesome_lint.rule import Context, Finding, Need, Rule, Severity


def license_key(text: str) -> str:
    key = re.sub(r"[\s_.-]+", "", text.casefold())
    key = key.removesuffix("license").removesuffix("licence")
    return key.removesuffix("only").removesuffix("orlater")


def check(document: Document, context: Context) -> Iterator[Finding]:
    if not context.links:
        return
    for entry in context.analysis.entries.entries:
        if not entry.license:
            continue
        noted = plain_text(entry.license, document.definitions).strip()
        for link in entry.urls:
            result = context.links.get(link.url)
            spdx = getattr(result, "license", None)
            if not spdx or spdx == "NOASSERTION":
                continue
            if license_key(noted) != license_key(spdx):
                yield Finding(
                    entry.line,
                    entry.license_column,
                    f"`{noted}` is noted, the repository's license is `{spdx}`",
                    url=link.url,
                )
            break


RULE = Rule(
    code="AL204",
    name="license-mismatch",
    summary="The noted license differs from the repository's SPDX id (GitHub API)",
    severity=Severity.WARNING,
    check=check,
    needs=frozenset({Need.LINKS}),
)
