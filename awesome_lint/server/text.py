"""An editor's open documents and LSP positions: lines split as LSP splits them, columns counted
in the negotiated position encoding (UTF-16 code units unless the client offers another)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from awesome_lint import lazy_re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_LINE_END = lazy_re.compile(r"\r\n|\r|\n")  # LSP's line endings, which are CommonMark's


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` the client counts for ``text``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def index_at(line: str, character: int, encoding: str) -> int:
    """The code point index of the client's ``character`` on ``line``; a position inside a
    character (half a surrogate pair, part of a UTF-8 sequence) rounds up to its end; a
    position beyond the line is its end."""
    if encoding == UTF32 or line.isascii():
        return max(0, min(character, len(line)))
    counted = 0
    for index, char in enumerate(line):
        if counted >= character:
            return index
        counted += units(char, encoding)
    return len(line)


@dataclass(frozen=True)
class Position:
    """0-based line and character, the character in the client's code units."""

    line: int
    character: int


def line_starts(text: str) -> list[int]:
    """The offset at which each line starts (a text ending in a newline has an empty last
    line, as LSP counts it)."""
    if "\r" not in text:  # the usual case, and five times faster than the expression
        return list(accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))
    return [0, *(match.end() for match in _LINE_END.finditer(text))]


def line_text(text: str, starts: Sequence[int], line: int) -> str:
    """The line's text without its ending."""
    start = starts[line]
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    return text[start:end].rstrip("\r\n")


def offset_at(text: str, starts: Sequence[int], position: Position, encoding: str) -> int:
    """The offset in ``text`` of a client position; positions past the end are the end."""
    if position.line < 0:
        return 0
    if position.line >= len(starts):
        return len(text)
    line = line_text(text, starts, position.line)
    return starts[position.line] + index_at(line, position.character, encoding)


@dataclass(frozen=True)
class Change:
    """One content change of ``didChange``: a range replaced, or the whole text (no range)."""

    text: str
    start: Position | None = None
    end: Position | None = None


def apply_change(
    text: str, starts: list[int], change: Change, encoding: str
) -> tuple[str, list[int]]:
    """The text after one change, and its line starts: those before the change kept, those
    after it shifted, only the lines around it found again (a keystroke in a list of 10,000
    lines does not split the whole text)."""
    if change.start is None or change.end is None:
        return change.text, line_starts(change.text)
    start = offset_at(text, starts, change.start, encoding)
    end = max(start, offset_at(text, starts, change.end, encoding))
    text = text[:start] + change.text + text[end:]
    shift = len(change.text) - (end - start)
    # a line that starts before the line of ``start`` ends before the change: it stays; a line
    # start two characters past ``end`` follows an ending the change did not touch (a CR and an
    # LF on either side of the change may join)
    first = max(bisect_right(starts, start) - 2, 0)
    after = bisect_right(starts, end + 1)
    stop = starts[after] + shift if after < len(starts) else len(text)
    found = [match.end() for match in _LINE_END.finditer(text, starts[first], stop)]
    if after < len(starts):  # the ending before ``stop`` is found again: ``stop`` itself
        return text, [*starts[: first + 1], *found, *map(shift.__add__, starts[after + 1 :])]
    return text, [*starts[: first + 1], *found]


def apply_all(
    text: str, starts: list[int], changes: Sequence[Change], encoding: str
) -> tuple[str, list[int]]:
    """The text after the client's changes, applied in order as LSP requires, and its line
    starts. A run of changes each before the one just made (an editor makes a formatting's
    edits from the bottom up: 10,000 of them for a long table) is spliced in one pass, where
    one at a time each would copy the whole text (6 s)."""
    index = 0
    while index < len(changes):
        run: list[tuple[int, int, str]] = []  # offsets into ``text`` as it is before the run
        while index < len(changes):
            change = changes[index]
            if change.start is None or change.end is None:
                break
            start = offset_at(text, starts, change.start, encoding)
            end = offset_at(text, starts, change.end, encoding)
            if run and not all(
                _before(text, len(starts), position, offset, run[-1][0])
                for position, offset in ((change.start, start), (change.end, end))
            ):
                break
            end = max(start, end)
            run.append((start, end, change.text))
            index += 1
        if len(run) > 1:
            text = _splice(text, run)
            starts = line_starts(text)
        elif run:
            text, starts = apply_change(text, starts, changes[index - 1], encoding)
        else:  # the whole text
            text, starts = apply_change(text, starts, changes[index], encoding)
            index += 1
    return text, starts


def _before(text: str, lines: int, position: Position, offset: int, later: int) -> bool:
    """Whether ``position`` (at ``offset`` in a text of ``lines`` lines) is still at that
    offset after a change made at ``later``: it is before, or right at the start of a line
    that the change cannot move (a CR just before it could join an LF the change puts there;
    a position past a line's or the text's end, kept at the end, could reach into what the
    change adds)."""
    if offset < later:
        return True
    at_line_start = position.character == 0 and 0 <= position.line < lines
    return offset == later and at_line_start and (later == 0 or text[later - 1] == "\n")


def _splice(text: str, run: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with the run's replacements, each before the one listed before it."""
    pieces: list[str] = []
    position = 0
    for start, end, new in reversed(run):
        pieces += (text[position:start], new)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def apply_changes(text: str, changes: Sequence[Change], encoding: str) -> str:
    """The text after the client's changes, applied in order as LSP requires."""
    return apply_all(text, line_starts(text), changes, encoding)[0]


@dataclass
class OpenDocument:
    """What the editor shows of one document: its text and version."""

    uri: str
    text: str
    version: int
    starts: list[int]  # line_starts(text), kept up to date by each change


class Documents:
    """The open documents by URI."""

    def __init__(self) -> None:
        self._open: dict[str, OpenDocument] = {}

    def open(self, uri: str, text: str, version: int) -> None:
        self._open[uri] = OpenDocument(uri, text, version, line_starts(text))

    def change(self, uri: str, version: int, changes: Sequence[Change], encoding: str) -> None:
        document = self._open.get(uri)
        if document is None:  # a change to a document never opened: nothing to apply it to
            return
        text, starts = apply_all(document.text, document.starts, changes, encoding)
        document.text, document.starts, document.version = text, starts, version

    def close(self, uri: str) -> None:
        self._open.pop(uri, None)

    def get(self, uri: str) -> OpenDocument | None:
        return self._open.get(uri)

    def uris(self) -> list[str]:
        return list(self._open)
