"""AL102 redirected-link: a link that moved permanently, or a GitHub repository renamed.

The target comes from a server's ``Location`` header, so it is hostile text: the fix writes it
only as a valid absolute http(s) URL, percent-encoded wherever Markdown, a table or an HTML
attribute would read it differently, and refuses otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from awesome_lint import lazy_re
from awesome_lint.document import Document
from awesome_lint.inline import links
from awesome_lint.rule import (
    Context,
    Finding,
    FixPolicy,
    FixSafety,
    Need,
    Rule,
    Severity,
    TextEdit,
    text_edit,
)

# what may stand unencoded in a path, query or fragment: RFC 3986 characters less those that
# end or change a Markdown link, a table cell or an HTML attribute: ( ) [ ] < > " ' | \ space
_KEPT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=")
_HOST = lazy_re.compile(
    r"^(?=.{1,253}$)(?:(?!-)[a-z0-9_-]{1,63}(?<!-)\.)*(?!-)[a-z0-9_-]{1,63}(?<!-)\.?$"
)
_ENTITY = lazy_re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_HEX = lazy_re.compile(r"[0-9A-Fa-f]{2}")
_BARE_END = frozenset("?!.,:*_~")  # GFM leaves these out of the end of a bare URL


def _encoded(text: str) -> str:
    out: list[str] = []
    for index, character in enumerate(text):
        if character in _KEPT or (
            character == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", text[index + 1 : index + 3])
        ):
            out.append(character)
        else:
            out.extend(f"%{byte:02X}" for byte in character.encode("utf-8"))
    return "".join(out)


def safe_target(target: str) -> str | None:
    """``target`` as a URL that reads the same in Markdown, a table cell and an HTML attribute;
    None when it is not an absolute http(s) URL with a plain host (no credentials)."""
    if any(ord(character) < 32 or ord(character) == 127 for character in target):
        return None
    try:
        parts = urlsplit(target.strip())
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not _HOST.match(host) or _ENTITY.search(target):
        return None
    netloc = host if port is None else f"{host}:{port}"
    path = _encoded(parts.path) or "/"
    return urlunsplit(
        (parts.scheme.lower(), netloc, path, _encoded(parts.query), _encoded(parts.fragment))
    )


def _redirects(document: Document, context: Context) -> Iterator[tuple[int, int, str, str]]:
    for found in context.analysis.links:
        result = context.links.get(found.url)
        if result is not None and result.link_class.value == "redirected" and result.target:
            yield found.line, found.column, found.url, result.target


def _edit(lines: tuple[str, ...], line: int, column: int, url: str, target: str) -> TextEdit | None:
    """``target`` where ``url`` stands, if the line then still reads as that one link."""
    edit = text_edit(lines, line, column, url, target)
    if edit is None:
        return None
    text = lines[line - 1]
    start = column - 1
    bare = start == 0 or text[start - 1] not in "(<\"'="
    if bare and target[-1] in _BARE_END:
        return None
    new = text[:start] + target + text[start + len(url) :]
    if not bare and text[start - 1] in "(<" and target not in {link.url for link in links(new)}:
        return None
    return edit


def check(document: Document, context: Context) -> Iterator[Finding]:
    lines = document.source.lines
    for line, column, url, target in _redirects(document, context):
        # the final target where the URL was; the rest of the line, cell or item stays
        safe = safe_target(target)
        edit = _edit(lines, line, column, url, safe) if safe else None
        note = "" if safe else " (not rewritten: not a plain absolute http(s) URL)"
        yield Finding(
            line,
            column,
            f"`{url}` moved permanently to `{safe or _encoded(target)}`{note}",
            edits=(edit,) if edit else (),
            end_column=column + len(url),
            url=url,
            link_class="redirected",
        )


RULE = Rule(
    code="AL102",
    name="redirected-link",
    summary="A link moved permanently (network)",
    severity=Severity.WARNING,
    check=check,
    fix=FixPolicy(FixSafety.UNSAFE),
    needs=frozenset({Need.LINKS}),
)
