"""From a source and what was asked to a document ready for the rules: settings, selection,
facts and the document's analysis."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from awesome_lint.analysis import Analysis
from awesome_lint.config import (
    Selection,
    Settings,
    ignored_by_path,
    select_rules,
    settings_for,
    with_overrides,
)
from awesome_lint.document import Document
from awesome_lint.entries import merged_aliases
from awesome_lint.facts import gather_facts
from awesome_lint.parse import Rows, parse_document
from awesome_lint.rule import Context, Facts, Need, Rule
from awesome_lint.rules import codes_for
from awesome_lint.source import Source

STDIN = "-"


@dataclass(frozen=True)
class Options:
    """What a run asks for beyond the configuration files: the command line's rule and style
    flags, or the library caller's arguments. None and empty mean "as configured"."""

    config: str | None = None  # this configuration file only
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    style: str | None = None
    max_width: int | None = None
    fail_on: str | None = None
    max_file_size: str | None = None  # a size such as 50MB


@dataclass(frozen=True)
class Prepared:
    """A parsed document with its settings, the rules selected for it and their context."""

    document: Document
    settings: Settings
    selection: Selection
    context: Context


def settings_of(options: Options, path: str, cache: dict[str, Settings]) -> Settings:
    """The configuration found for ``path`` (or named), with the options on top."""
    return with_options(settings_for(path, options.config, cache), options)


def with_options(settings: Settings, options: Options) -> Settings:
    """``settings`` with the options on top: flags win over files."""
    return with_overrides(
        settings,
        style=options.style,
        max_width=options.max_width,
        select=options.select,
        extend_select=options.extend_select,
        ignore=options.ignore,
        fail_on=options.fail_on,
        max_file_size=options.max_file_size,
    )


def context_for(document: Document, settings: Settings, facts: Facts | None = None) -> Context:
    analysis = Analysis(document, merged_aliases(settings.columns), codes_for)
    return Context(
        analysis, render=settings.render, options=settings.options, facts=facts or Facts()
    )


def _needs_files(rules: Sequence[Rule]) -> bool:
    return any(Need.FILES in rule.needs for rule in rules)


def prepare(
    source: Source, settings: Settings, *, fixing: bool = False, rows: Rows | None = None
) -> Prepared:
    """Parse ``source`` and gather what its selected rules need. For ``fix``, facts matter only
    to the rules whose fixes were asked for by name. ``rows``: an editor's previous parse of
    the same document (``parse.Rows``)."""
    selection = select_rules(settings, fixing=fixing)
    if fixing:  # `per-file-ignores` keeps a file's tables from the fixes it turns off
        off = ignored_by_path(settings, source.path)
        selection = replace(selection, rules=tuple(r for r in selection.rules if r.code not in off))
    document = parse_document(source, rows)
    context = context_for(document, settings)
    rules: Sequence[Rule] = selection.rules
    if fixing:
        rules = [rule for rule in rules if rule.code in selection.explicit]
    if _needs_files(rules):
        path = source.path if source.path != "<stdin>" else STDIN
        context = replace(context, facts=gather_facts(context.analysis, path))
    return Prepared(document, settings, selection, context)


def default_paths(directory: str = ".") -> list[str]:
    """The README of a folder, in any letter case; empty when there is none."""
    for name in sorted(os.listdir(directory)):
        if name.lower() == "readme.md" and os.path.isfile(os.path.join(directory, name)):
            return [os.path.join(directory, name) if directory != "." else name]
    return []
