"""Pictures whose words are not the column's for them: a column that draws its values as
pictures (`![Paid](symbols/paid.svg "Paid")`, `![Free](symbols/free.svg "Free")`) gives each
picture one alt text, the words a screen reader says and a reader sees where the picture does
not load; a cell that gives a picture other words (`![Freem](symbols/free.svg …)`, a slip of
typing; `![Free](symbols/paid.svg …)`, a picture or its words copied from another row) says
another value than it shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from awesome_lint import lazy_re
from awesome_lint.document import Cell

# a picture in a cell, its alt text and its address (`<…>` or bare), a title after it aside; not
# one in a link's text (`[![RSS](rss.png)](…)`: a link's icon, which its link names)
_PICTURE = lazy_re.compile(
    r"(?<!\[)!\[([^\[\]]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_USUAL = 5  # cells of a column, at least, that give a picture one alt text
_USUAL_SHARE = 0.8  # of the cells that draw that picture, at least
_RARE = 2  # cells, at most, that give it the other words


@dataclass(frozen=True)
class PictureSlip:
    """A cell's picture whose alt text (``words``, at ``line``:``column``) is not the one the
    column's other cells give it (``usual``, in ``count`` cells)."""

    line: int
    column: int
    words: str
    picture: str
    usual: str
    count: int


def _pictures(cell: Cell) -> Iterator[tuple[str, str, int]]:
    """Each unlinked picture of a cell: its alt text (trimmed), its address, and the column
    where its alt text starts."""
    for found in _PICTURE.finditer(cell.text):
        yield found.group(1).strip(), found.group(2), cell.column + found.start(1)


def _qualified(words: str, usual: str) -> bool:
    """Whether a picture's words are its usual ones, whole, with more words said (`YouTube
    (RU)` beside `YouTube`): the row's own note, no other value. Not a word typed on
    (`Freem`), nor a mark left over (`Closed-Source"`)."""
    folded, said = words.casefold(), usual.casefold()
    start = folded.find(said)
    if start < 0:
        return False
    before, after = folded[:start], folded[start + len(said) :]
    return (
        not before[-1:].isalnum()
        and not after[:1].isalnum()
        and any(char.isalnum() for char in before + after)
    )


def picture_slips(cells: Sequence[Cell]) -> Iterator[PictureSlip]:
    """The pictures of a column's cells (``cells``) whose alt text is not the one the column
    gives that picture: five cells or more, four in five of those that draw it, give it one alt
    text, and this one's is written for it in two cells at most. A picture of no words
    (`![](…)`) says nothing to compare; a badge's picture draws its own words."""
    found: list[tuple[str, str, int, int]] = []
    said: dict[str, Counter[str]] = {}
    for cell in cells:
        if "![" not in cell.text:
            continue  # most cells: no picture
        for words, picture, column in _pictures(cell):
            if words:
                found.append((words, picture, cell.line, column))
                said.setdefault(picture, Counter())[words] += 1
    for words, picture, line, column in found:
        counts = said[picture]
        usual, count = counts.most_common(1)[0]
        if (
            words != usual
            and count >= _USUAL
            and count >= _USUAL_SHARE * sum(counts.values())
            and counts[words] <= _RARE
            and not _qualified(words, usual)
        ):
            yield PictureSlip(line, column, words, picture, usual, count)
