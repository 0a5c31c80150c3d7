"""AL007 description-style: descriptions too long, or ending unlike the rest of the list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.inline import plain_text
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.width import display_width

_FINAL = tuple(".。!！?？…")


def check(document: Document, context: Context) -> Iterator[Finding]:
    entries = [entry for entry in context.analysis.entries.entries if entry.description]
    limit = context.option(RULE, "max-length")
    plain = {
        id(entry): plain_text(entry.description, document.definitions).strip() for entry in entries
    }
    for entry in entries:
        width = display_width(plain[id(entry)])
        if limit and width > limit:
            yield Finding(
                entry.line,
                entry.description_column,
                f"description is {width} columns long; the limit is {limit}",
            )
    style = context.option(RULE, "final-punctuation")
    ends = {id(entry): plain[id(entry)].endswith(_FINAL) for entry in entries}
    if style == "consistent":
        counts = Counter(ends.values())
        if len(counts) < 2 or counts[True] == counts[False]:
            return
        wanted = counts[True] > counts[False]
    elif style in ("always", "never"):
        wanted = style == "always"
    else:
        return
    for entry in entries:
        if ends[id(entry)] != wanted:
            text = plain[id(entry)]
            message = (
                "description has no final punctuation, unlike most in this list"
                if wanted
                else f"description ends with `{text[-1]}`, unlike most in this list"
            )
            yield Finding(entry.line, entry.description_column, message)


RULE = Rule(
    code="AL007",
    name="description-style",
    summary="A description is too long or ends unlike the others",
    severity=Severity.WARNING,
    check=check,
    default=False,
    options={"max-length": 200, "final-punctuation": "consistent"},
    choices={"final-punctuation": ("consistent", "always", "never", "ignore")},
)
