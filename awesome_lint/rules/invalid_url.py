"""AL104 invalid-url: a link target that cannot be a URL, or text glued to a link's end."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from awesome_lint.document import Document
from awesome_lint.links.collect import LinkAt
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import as_browsers_read, url_problem

# a link left empty on purpose until its target exists: `[Coming soon]()`
_PLACEHOLDER = re.compile(
    r"coming\s*soon|\btbd\b|\btba\b|\btodo\b|soon|即将|待定|待更新|敬请期待", re.I
)


def _empty_on_purpose(found: LinkAt) -> bool:
    """A link left empty on purpose: a placeholder until its target exists (`[Coming soon]()`),
    or a badge used as a label (`[![Publish](…)]()`: a link whose only content is an image)."""
    if found.url.strip():
        return False
    return found.link.badge or bool(_PLACEHOLDER.search(found.link.text))


# Latin text glued to a link's closing parenthesis: `[x](https://a.io/new)old-url-rest)`
_GLUED = re.compile(r"[A-Za-z0-9][^\s|<]*")


def _glued(line: str, found: LinkAt) -> str | None:
    """The text written right after an inline link's `)` without a space, when it is Latin
    letters or digits: the leftover of an old URL pasted over (CJK prose after a link is not)."""
    if found.link.image or found.link.html or not found.url:
        return None
    end = found.column - 1 + len(found.url)
    if line[end : end + 1] != ")" or line[found.column - 2 : found.column - 1] != "(":
        return None
    match = _GLUED.match(line, end + 1)
    return match.group() if match else None


# a link written as another link's target: `[NYT]([ https://a.io/x](https://a.io/x))`; where
# the space after `[` keeps GitHub from taking the outer one as a link, the page shows `[NYT](`
# as text before the inner link
_NESTED = re.compile(r"\[([^\[\]]*)\]\(\s*\[([^\[\]]*)\]\(([^()\s]+)\)\s*\)")


_INNER = re.compile(r"\]\(\s*\[")


def _nested(lines: Sequence[str], found: Sequence[LinkAt]) -> Iterator[Finding]:
    """Outer links GitHub shows as text because their target is a link it renders."""
    nesting = {
        number for number in {link.line for link in found} if _INNER.search(lines[number - 1])
    }
    rendered: dict[int, set[tuple[str, str]]] = {}
    for link in found:
        if link.line in nesting and not link.link.html and not link.link.image:
            rendered.setdefault(link.line, set()).add((link.link.text, link.url))
    for number, pairs in rendered.items():
        line = lines[number - 1]
        for match in _NESTED.finditer(line):
            text, inner, url = match.groups()
            if (inner, url) in pairs:
                yield Finding(
                    number,
                    match.start() + 1,
                    f"`[{text}](` is a link whose target is another link, so GitHub shows it "
                    f"as text; write `[{text}]({url})`",
                    end_column=match.end() + 1,
                )


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for found in context.analysis.links:
        if _empty_on_purpose(found):
            continue
        problem = url_problem(as_browsers_read(found.url) if found.link.html else found.url)
        if problem:
            yield Finding(found.line, found.column, f"`{found.url}`: {problem}")
            continue
        glued = _glued(lines[found.line - 1], found)
        if glued:
            column = found.column + len(found.url) + 1
            yield Finding(
                found.line,
                column,
                f"`{glued}` is glued to the end of the link to `{found.url}`: the rest of an "
                "old URL, or a missing space",
                end_column=column + len(glued),
            )
    yield from _nested(lines, context.analysis.links)


RULE = Rule(
    code="AL104",
    name="invalid-url",
    summary="A link is malformed: an empty or mistyped target, or text glued to its end",
    severity=Severity.ERROR,
    check=check,
)
