"""The records every rule shares: what a rule is, what it finds, and the edits that fix it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from awesome_lint import lazy_re
from awesome_lint.document import Document
from awesome_lint.render import RenderOptions

if TYPE_CHECKING:  # the analysis imports the entry model; rules only read it through the context
    from awesome_lint.analysis import Analysis
    from awesome_lint.links.model import LinkResult
    from awesome_lint.suppress import SuppressionUse


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


class FixSafety(Enum):
    """How far a fix may go, as ruff's applicability; the fix door verifies each promise."""

    NONE = "none"
    SAFE = "safe"  # GitHub shows the same page after the fix (verified by rendering)
    EDIT = "edit"  # changes the cells it reports into other spellings of their values
    UNSAFE = "unsafe"  # changes what GitHub shows more widely: only with --unsafe-fixes
    DISPLAY_ONLY = "display-only"  # an edit to show, never applied


class Need(Enum):
    """What a rule needs the command to gather before it runs; rules do no I/O."""

    FILES = "files"  # which relative link targets exist, LICENSE files (Facts)
    LINKS = "links"  # link results from the network (check --links)
    # runs after the other rules, told which suppression comments they used (Context)
    SUPPRESSION_USE = "suppression-use"


@dataclass(frozen=True)
class FixPolicy:
    """How a rule's fix behaves: its safety, whether plain ``fix`` applies it without the rule
    being named (the formatting fixes), and its order in a pass (lower first; a later edit that
    overlaps an earlier one is dropped)."""

    safety: FixSafety
    automatic: bool = False
    order: int = 0
    links: bool = False  # the fix needs link results (`fix --links`), though the check does not


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Edit:
    """Replace lines ``start`` to ``end`` (0-based, end exclusive) by ``lines``; an insertion
    when ``start == end``. The code says which rule asked for it."""

    start: int
    end: int
    lines: tuple[str, ...]
    code: str


@dataclass(frozen=True)
class TextEdit:
    """Replace ``old``, written at 1-based ``line`` and ``column``, by ``new``; the rest of the
    line stays. Several on one line compose when they do not overlap."""

    line: int
    column: int
    old: str
    new: str


AnyEdit = Edit | TextEdit


# a message quotes what it is about: a cell, an address, a name. A hostile list may make that
# 40 KB long, and a terminal, an Action log or an editor would show it whole; every message
# quotes at most this many characters of one run (real messages quote a few dozen, a hidden
# cell's description or a long paper's address up to 300)
QUOTED_AT_MOST = 500
_LONG_RUN = lazy_re.compile(f"[^`]{{{QUOTED_AT_MOST + 1},}}")


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at most, its end marked `…` where it was cut: a long
    line or address quoted in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bounded(message: str) -> str:
    """``message`` with each run of text between backticks longer than ``QUOTED_AT_MOST``
    cut to that length, its end marked `…`: what a finding quotes stays readable."""
    if len(message) <= QUOTED_AT_MOST:
        return message
    return _LONG_RUN.sub(lambda run: shortened(run.group(), QUOTED_AT_MOST), message)


@dataclass(frozen=True)
class Finding:
    """What a rule reports, before the runner adds the path, the code and the severity. It
    carries the edits that fix it, if any, and where it ends (for carets, SARIF, LSP ranges);
    an end of 0 means the start's line and the column after the start."""

    line: int
    column: int
    message: str
    edits: tuple[AnyEdit, ...] = ()
    end_line: int = 0
    end_column: int = 0
    related: tuple[tuple[int, int], ...] = ()
    url: str | None = None  # the link the finding is about, if any
    link_class: str | None = None  # for the network rules: alive, dead, redirected…
    severity: Severity | None = None  # where a rule's findings differ (unverified links warn)

    @property
    def fixable(self) -> bool:
        return bool(self.edits)

    @property
    def end(self) -> tuple[int, int]:
        if self.end_line:
            return self.end_line, self.end_column
        return self.line, self.column + 1


def text_edit(
    lines: tuple[str, ...], line: int, column: int, old: str, new: str
) -> TextEdit | None:
    """An edit writing ``new`` where ``old`` stands at 1-based ``line`` and ``column``; None when
    ``old`` is not there (the document moved on)."""
    text = lines[line - 1]
    start = column - 1
    if text[start : start + len(old)] != old:
        return None
    return TextEdit(line, column, old, new)


@dataclass(frozen=True)
class Facts:
    """What rules may know of the world around the document, gathered once by the command:
    rules themselves do no I/O."""

    directory: str = ""  # the document's folder
    git_root: str | None = None
    existing: frozenset[str] = frozenset()  # relative link targets that exist, as written
    license_files: tuple[str, ...] = ()  # LICENSE files beside the document or at the git root
    # the headings (`#` lines) of the READMEs beside the document or at the git root, where the
    # document is another page of the repository (a docs page, a yearly file of a list), and
    # their lines that show a license badge
    readme_headings: tuple[str, ...] = ()
    # the site generator whose page the document is (`.vitepress` in a folder above it, up to
    # the git root): the site, not GitHub, makes its headings' anchors; "" for none
    site: str = ""
    # the anchors of the repository's other Markdown pages the document links a fragment of
    # (`features.md#videos`), by the link's path as written; a page not read has none here
    page_anchors: tuple[tuple[str, frozenset[str]], ...] = ()
    # missing link targets whose first part nearly names a file or folder that exists there (in
    # another case, under another number: `140. Linked List Cycle/…` beside `007. Linked List
    # Cycle`), by the target as written, with that name
    near: tuple[tuple[str, str], ...] = ()
    # the document's own addresses on GitHub, read from the repository's remote (`origin`, or
    # its only one): `owner/name` case-folded, and the document's path in the repository
    # (`README.md`, `docs/list.md`); "" where it is not known
    repository: str = ""
    page_path: str = ""
    # whether ``repository`` is guessed, no GitHub remote saying it (a copy, an archive): the
    # repository whose own pages the document links most, a guess that holds only where one of
    # its sections the document links lands on its own headings
    linked_repository: bool = False
    # links to files and folders of the repository by their address on GitHub, on its main
    # branch, where no such file or folder is (`…/blob/master/Meetings/Meeting%20173.md` beside
    # `meeting 173.md`): the link as written, its path, and the name of nearly that path that is,
    # or "" (read only where the remote names the repository)
    own_missing: tuple[tuple[str, str, str], ...] = ()
    # the relative link targets that are folders of the repository, as ``relative_target`` gives
    # them (`presentations/The Treachery of Files`): what several entries may each be kept in
    folders: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Context:
    """What a rule may know beyond the document: the document's analysis (entries, links,
    suppressions, conventions, worked out once), options, and facts the command gathered."""

    analysis: Analysis
    render: RenderOptions = field(default_factory=RenderOptions)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)
    links: Mapping[str, LinkResult] = field(default_factory=dict)  # by URL, only with --links
    suppression_use: SuppressionUse | None = None  # for rules that need SUPPRESSION_USE

    def option(self, rule: Rule, name: str) -> Any:
        return self.options.get(rule.code, {}).get(name, rule.options[name])

    def for_document(self, document: Document) -> Context:
        """The same options and facts for another version of the document (after a fix)."""
        return replace(self, analysis=self.analysis.of(document))


CheckFunction = Callable[[Document, Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    severity: Severity
    check: CheckFunction
    fix: FixPolicy | None = None
    default: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)  # name -> default value
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # a text option's values
    needs: frozenset[Need] = frozenset()
    suppressible: bool = True  # False for the rule that reports suppression comments

    @property
    def fix_safety(self) -> FixSafety:
        return self.fix.safety if self.fix else FixSafety.NONE

    @property
    def network(self) -> bool:
        """Needs `check --links`: link results from the network."""
        return Need.LINKS in self.needs

    @property
    def applies_fixes(self) -> bool:
        return self.fix is not None and self.fix.safety is not FixSafety.DISPLAY_ONLY


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    fixable: bool
    related: tuple[Location, ...] = ()
    url: str | None = None
    link_class: str | None = None
    end_line: int = 0
    end_column: int = 0

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


def findings(
    rules: Iterable[Rule], document: Document, context: Context
) -> Iterator[tuple[Rule, Finding]]:
    """Every finding of the rules, in the order given, each with the rule that found it."""
    for rule in rules:
        for finding in rule.check(document, context):
            yield rule, finding
