"""Baselines: today's findings recorded, so that only new ones are reported from then on.

A finding is remembered by its rule, its file and a fingerprint of the content of its line
(stripped), not by its line number, so it survives edits above it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence

from awesome_lint.rule import Diagnostic
from awesome_lint.source import InputError, read_regular_file, write_atomic

_MAX_BASELINE = 200 * 1000 * 1000  # bytes: a record is about 150 bytes


class BaselineError(Exception):
    """A baseline file that cannot be read or written."""


def fingerprint(diagnostic: Diagnostic, line_text: str) -> str:
    import hashlib  # here and below: a check without a baseline imports none of it

    content = " ".join(line_text.split())
    return hashlib.sha256(f"{diagnostic.code}\0{content}".encode()).hexdigest()[:20]


def _relative(path: str) -> str:
    return path if path == "<stdin>" else os.path.relpath(path).replace(os.sep, "/")


def write_baseline(
    path: str, diagnostics: Sequence[Diagnostic], lines: Mapping[str, Sequence[str]]
) -> None:
    import json

    records = [
        {
            "path": _relative(item.path),
            "code": item.code,
            "fingerprint": fingerprint(item, _line(lines, item)),
            "message": item.message,
        }
        for item in diagnostics
    ]
    text = json.dumps({"version": 1, "findings": records}, ensure_ascii=False, indent=1) + "\n"
    try:
        write_atomic(path, text.encode("utf-8"), create=True)
    except InputError as error:
        raise BaselineError(f"cannot write the baseline: {error}") from None


def _line(lines: Mapping[str, Sequence[str]], item: Diagnostic) -> str:
    source = lines.get(item.path, ())
    return source[item.line - 1] if 0 < item.line <= len(source) else ""


def new_findings(
    path: str, diagnostics: Sequence[Diagnostic], lines: Mapping[str, Sequence[str]]
) -> list[Diagnostic]:
    """The findings the baseline does not account for; each recorded finding absorbs one."""
    import json

    try:
        data = json.loads(read_regular_file(path, _MAX_BASELINE))
        known = Counter(
            (record["path"], record["code"], record["fingerprint"]) for record in data["findings"]
        )
    except InputError as error:
        raise BaselineError(f"cannot read the baseline: {error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{path}: not a baseline file ({error})") from None
    fresh: list[Diagnostic] = []
    for item in diagnostics:
        key = (_relative(item.path), item.code, fingerprint(item, _line(lines, item)))
        if known[key] > 0:
            known[key] -= 1
        else:
            fresh.append(item)
    return fresh
