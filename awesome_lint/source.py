"""Reading a Markdown file's bytes into lines that remember their BOM and newlines."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

BOM = "\ufeff"
_LINE_END = re.compile(r"\r\n|\r|\n")


class InputError(Exception):
    """A file that cannot be read as a UTF-8 Markdown text; the message is one line."""


@dataclass(frozen=True)
class Source:
    """A decoded document: lines without their endings, and the endings kept apart.

    ``endings[i]`` is ``"\\n"``, ``"\\r\\n"``, ``"\\r"`` or ``""`` (only for the last line of a
    file without a final newline). The BOM is not part of ``lines[0]``.
    """

    path: str
    lines: tuple[str, ...]
    endings: tuple[str, ...]
    bom: bool

    @property
    def text(self) -> str:
        """The document without its BOM, with its newlines as written."""
        return "".join(line + end for line, end in zip(self.lines, self.endings, strict=True))

    @property
    def newline(self) -> str:
        """The most common newline of the file (LF when it has none)."""
        counts: dict[str, int] = {}
        for end in self.endings:
            if end:
                counts[end] = counts.get(end, 0) + 1
        return max(counts, key=lambda end: counts[end]) if counts else "\n"

    def to_bytes(self) -> bytes:
        return ((BOM if self.bom else "") + self.text).encode("utf-8")

    def with_lines(self, lines: tuple[str, ...], endings: tuple[str, ...]) -> Source:
        return Source(self.path, lines, endings, self.bom)


def split_lines(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split on CommonMark line endings (LF, CRLF, CR) only; other separators stay in the line."""
    lines: list[str] = []
    endings: list[str] = []
    start = 0
    for match in _LINE_END.finditer(text):
        lines.append(text[start : match.start()])
        endings.append(match.group())
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
        endings.append("")
    return tuple(lines), tuple(endings)


def decode(path: str, data: bytes) -> Source:
    """Decode bytes, refusing binary data and invalid UTF-8 with a message that says where."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at offset {nul}), not Markdown")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        raise InputError(
            f"{path}:{line}:{column}: invalid UTF-8 at byte offset {error.start} "
            f"(byte 0x{data[error.start]:02x})"
        ) from None
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    lines, endings = split_lines(text)
    return Source(path, lines, endings, bom)


def read_source(path: str) -> Source:
    """Read a file from disk; every failure becomes an InputError with a one-line message."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return decode(path, data)


def write_atomic(path: str, data: bytes) -> None:
    """Replace a file's content through a temporary file and a rename, keeping its mode."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    temporary = os.path.join(directory, f".{os.path.basename(path)}.awesome-lint-{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
