"""Reading a Markdown file's bytes into lines that remember their BOM and newlines."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO

from awesome_lint import lazy_re
from awesome_lint.paths import git_root

BOM = "\ufeff"
_LINE_END = lazy_re.compile(r"\r\n|\r|\n")
MAX_FILE_SIZE = 20 * 1000 * 1000  # bytes; `--max-file-size` and `max-file-size` change it
_SIZE = r"(?i)\s*(\d+)\s*(b|kb|mb|gb)?\s*"  # compiled on first use (re's cache): an option
_UNITS = {"b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3}


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
    if "\r" not in text:  # the usual file: one kind of ending, split in C (four times faster)
        parts = text.split("\n")
        if parts[-1]:
            return tuple(parts), ("\n",) * (len(parts) - 1) + ("",)
        parts.pop()
        return tuple(parts), ("\n",) * len(parts)
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


# the byte-order marks of text in UTF-16 or UTF-32, which hold NUL bytes
_WIDE_MARKS = {
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
}


def decode(path: str, data: bytes) -> Source:
    """Decode bytes, refusing binary data and invalid UTF-8 with a message that says where."""
    nul = data.find(b"\x00")
    if nul >= 0:
        wide = _WIDE_MARKS.get(data[:4]) or _WIDE_MARKS.get(data[:2])
        if wide:  # Windows' "Unicode": text, of another encoding
            raise InputError(f"{path}: {wide} text, not UTF-8 (save it as UTF-8)")
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


def parse_size(text: str) -> int | None:
    """A size such as ``20MB``, ``500kb`` or ``1000`` (bytes); None when it is not one."""
    match = re.fullmatch(_SIZE, text)
    if match is None:
        return None
    return int(match.group(1)) * _UNITS[(match.group(2) or "b").lower()]


def describe_size(size: int) -> str:
    for unit in ("gb", "mb", "kb"):
        if size >= _UNITS[unit] and size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]} {unit.upper()}"
    return f"{size} bytes"


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_bounded(path: str, handle: BinaryIO, max_size: int) -> bytes:
    """At most ``max_size`` bytes; one byte more is read only to know that the input is too big."""
    data = handle.read(max_size + 1)
    if len(data) > max_size:
        raise InputError(
            f"{path}: larger than the limit of {describe_size(max_size)} "
            "(raise it with --max-file-size or `max-file-size`)"
        )
    return data


def read_regular_file(path: str, max_size: int) -> bytes:
    """The bytes of a regular file, at most ``max_size``; every failure is an InputError with a
    one-line message. Pipes and devices are refused before a byte is read: opening does not
    block, so a named pipe without a writer cannot hang, and ``/dev/zero`` is never read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except ValueError as error:  # a NUL in the path: from a library caller, never from argv
        raise InputError(f"{path}: cannot read ({error})") from None
    mode = os.fstat(descriptor).st_mode  # before `open`, which refuses a folder on its own
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory")
        raise InputError(f"{path}: {_kind(mode)}, not a regular file")
    with open(descriptor, "rb") as handle:
        try:
            return read_bounded(path, handle, max_size)
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_source(path: str, max_size: int = MAX_FILE_SIZE) -> Source:
    """Read and decode a Markdown file (see ``read_regular_file``)."""
    return decode(path, read_regular_file(path, max_size))


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _refuse_links_out_of_the_repository(path: str, target: str) -> None:
    """A link committed to a list must not make `fix` write outside the repository (or, out of
    one, outside the link's folder)."""
    if not os.path.islink(path):
        return
    folder = os.path.dirname(os.path.abspath(path))
    root = os.path.realpath(git_root(folder) or folder)
    if os.path.commonpath([root, target]) != root:
        raise InputError(f"{path}: a link to {target}, outside its repository; not written")


_WRITABLE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def write_atomic(path: str, data: bytes, *, create: bool = False) -> None:
    """Replace a file's content through a temporary file and a rename, keeping its mode.

    A symbolic link is written through: its target, which must be a regular file, gets the new
    content and the link stays. The temporary file is made by ``mkstemp`` beside the target (an
    unpredictable name, created exclusively, so a planted link cannot redirect the write).
    With ``create``, a missing file is made (mode from the umask). A file its mode or its
    permissions keep from writes is refused, not replaced. Failures become an InputError that
    names the path."""
    import tempfile  # only a write needs it: a check writes nothing

    target = os.path.realpath(path)
    try:
        try:
            info: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            if not create:
                raise
            info = None
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: {_kind(info.st_mode)}, not a regular file; not written")
        # a rename would replace a file its mode keeps from writes (root's rename too)
        if info is not None and not stat.S_IMODE(info.st_mode) & _WRITABLE:
            raise InputError(f"{path}: read-only (its mode lets no one write it); not written")
        if info is not None and not os.access(target, os.W_OK):
            raise InputError(f"{path}: cannot write (permission denied); not written")
        _refuse_links_out_of_the_repository(path, target)
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=os.path.dirname(target)
        )
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if info is not None:
                with contextlib.suppress(PermissionError):  # only root may give a file away
                    os.fchown(descriptor, info.st_uid, info.st_gid)
            os.fchmod(descriptor, stat.S_IMODE(info.st_mode) if info else _new_file_mode())
            os.fsync(descriptor)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise InputError(f"{path}: cannot write ({error.strerror or error})") from None
        raise
