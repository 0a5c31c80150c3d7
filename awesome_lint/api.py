"""The library: check and fix Markdown text or files, as the command line does.

import awesome_lint
diagnostics = awesome_lint.check_text(text)
fixed = awesome_lint.fix_text(text)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from awesome_lint.config import Settings
from awesome_lint.fix import FixRefused, FixResult, Refusal, fix_document, prefetch_page
from awesome_lint.lint import lint
from awesome_lint.parse import Rows
from awesome_lint.prepare import Options, prepare, settings_of
from awesome_lint.rule import Diagnostic
from awesome_lint.source import Source, decode, read_source, write_atomic

__all__ = [
    "FileFix",
    "FixRefused",
    "Options",
    "check_paths",
    "check_source",
    "check_text",
    "fix_paths",
    "fix_source",
    "fix_text",
]


def _options(
    config: str | None,
    select: Iterable[str] | None,
    extend_select: Iterable[str],
    ignore: Iterable[str],
    style: str | None,
) -> Options:
    return Options(
        config=config,
        select=tuple(select) if select is not None else None,
        extend_select=tuple(extend_select),
        ignore=tuple(ignore),
        style=style,
    )


def check_source(source: Source, settings: Settings, rows: Rows | None = None) -> list[Diagnostic]:
    """The offline findings of one decoded document under ``settings``; ``rows`` keeps the
    rows of its previous check for the next (an editor's, ``parse.Rows``)."""
    prepared = prepare(source, settings, rows=rows)
    return lint(prepared.document, prepared.selection, prepared.context, prepared.settings)


def fix_source(source: Source, settings: Settings, *, unsafe_fixes: bool = False) -> FixResult:
    """One document fixed (nothing written); raises FixRefused when the guard refuses a
    rule's fix. A table whose formatting fails the proof is left as written, the others
    formatted: the result's ``refused`` says which and why."""
    before = prefetch_page(source)  # the page before the fix, rendered on another core
    prepared = prepare(source, settings, fixing=True)
    return fix_document(
        prepared.document,
        prepared.context,
        prepared.selection,
        unsafe=unsafe_fixes,
        before=before,
    )


def check_text(
    text: str,
    *,
    path: str = "<text>",
    config: str | None = None,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> list[Diagnostic]:
    """The findings of the offline rules on Markdown ``text``. ``path`` names it in the
    diagnostics and decides which configuration applies (the one found beside it, unless
    ``config`` names one); relative links are judged from its folder."""
    options = _options(config, select, extend_select, ignore, None)
    settings = settings_of(options, path, {})
    return check_source(decode(path, text.encode("utf-8")), settings)


def fix_text(
    text: str,
    *,
    path: str = "<text>",
    config: str | None = None,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    style: str | None = None,
    unsafe_fixes: bool = False,
) -> str:
    """``text`` with its tables formatted (and the fixes of rules selected by name applied),
    under the same guarantees as ``awesome-lint fix``, which leaves a table whose formatting
    fails the proof as written (``fix_source`` says which); raises FixRefused where the guard
    refuses a rule's fix."""
    options = _options(config, select, extend_select, ignore, style)
    settings = settings_of(options, path, {})
    source = decode(path, text.encode("utf-8"))
    return fix_source(source, settings, unsafe_fixes=unsafe_fixes).source.text


def check_paths(paths: Sequence[str], options: Options | None = None) -> list[Diagnostic]:
    """The offline findings of every file; raises InputError or ConfigError on the first file
    that cannot be read or configured."""
    options = options or Options()
    cache: dict[str, Settings] = {}
    found: list[Diagnostic] = []
    for path in paths:
        settings = settings_of(options, path, cache)
        found.extend(check_source(read_source(path, settings.max_file_size), settings))
    return found


@dataclass(frozen=True)
class FileFix:
    path: str
    changed: bool
    held: tuple[Refusal, ...] = ()  # tables left as written: their formatting failed the proof


def fix_paths(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    unsafe_fixes: bool = False,
    write: bool = True,
) -> list[FileFix]:
    """Fix every file in place (atomically; unchanged files are not written). Raises on the
    first file that cannot be read, configured or fixed, leaving it as it was."""
    options = options or Options()
    cache: dict[str, Settings] = {}
    done: list[FileFix] = []
    for path in paths:
        settings = settings_of(options, path, cache)
        source = read_source(path, settings.max_file_size)
        result = fix_source(source, settings, unsafe_fixes=unsafe_fixes)
        if result.changed and write:
            write_atomic(path, result.source.to_bytes())
        done.append(FileFix(path, result.changed, result.refused))
    return done
