"""Reading bytes: BOM, newline styles, final newline, and the inputs that are refused."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run

from awesome_lint.source import (
    MAX_FILE_SIZE,
    InputError,
    decode,
    parse_size,
    read_source,
    split_lines,
    write_atomic,
)

SHORT_ROW = "| a | b |\n| --- | --- |\n| 1 |\n"
HIDDEN_CELL = "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n"
HIDDEN_CELL_FINDING = "3:11: AL001 row has 3 cells but the header has 2; GitHub hides `3`"
PADDED = "| a   | b   |\n| --- | --- |\n| 1   |     |\n"


def test_remembers_bom_newlines_and_missing_final_newline() -> None:
    source = decode("x.md", b"\xef\xbb\xbfa\r\nb\nc\rd")
    assert source.bom
    assert source.lines == ("a", "b", "c", "d")
    assert source.endings == ("\r\n", "\n", "\r", "")
    assert source.to_bytes() == b"\xef\xbb\xbfa\r\nb\nc\rd"


def test_newline_is_the_most_common_one() -> None:
    assert decode("x.md", b"a\r\nb\r\nc\n").newline == "\r\n"
    assert decode("x.md", b"no newline").newline == "\n"


def test_only_commonmark_line_endings_split() -> None:
    lines, _ = split_lines("a\u2028b\x0cc\x85d\ne")
    assert lines == ("a\u2028b\x0cc\x85d", "e")


def test_lines_and_endings_with_and_without_a_carriage_return() -> None:
    # a text without CR is split by the fast path; one CR anywhere takes the other
    assert split_lines("") == ((), ())
    assert split_lines("a\n\nb") == (("a", "", "b"), ("\n", "\n", ""))
    assert split_lines("a\nb\n") == (("a", "b"), ("\n", "\n"))
    assert split_lines("a\r\nb\n") == (("a", "b"), ("\r\n", "\n"))
    assert split_lines("\n") == (("",), ("\n",))
    assert split_lines("\r") == (("",), ("\r",))


def test_invalid_utf8_says_where() -> None:
    with pytest.raises(InputError) as error:
        decode("list.md", b"ok\n\xe4\xb8\xadbad \xff here\n")
    assert str(error.value) == "list.md:2:6: invalid UTF-8 at byte offset 10 (byte 0xff)"


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match=r"list.md: binary file \(NUL byte at offset 3\)"):
        decode("list.md", b"abc\x00def")


# reading: only regular files, never more than the limit


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    other = write("other.md", HIDDEN_CELL)
    result = run("check", "--select", "AL001", "--format", "concise", str(pipe), str(other))
    assert result.code == 2
    assert result.err.splitlines()[0] == f"awesome-lint: {pipe}: a named pipe, not a regular file"
    assert result.out == f"{other}:{HIDDEN_CELL_FINDING}\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_and_never_read() -> None:
    result = run("fix", "/dev/zero")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "awesome-lint: /dev/zero: a character device, not a regular file\n"
        "1 file not fixed (see above).\n"
    )


def test_fix_through_dev_stdin_refuses_and_leaves_the_link(tmp_path: Path) -> None:
    """As root, this once replaced the system's /dev/stdin link with a regular file."""
    link = tmp_path / "stdin.md"
    link.symlink_to("/dev/stdin")
    command = [sys.executable, "-m", "awesome_lint", "fix", str(link)]
    done = subprocess.run(command, input=SHORT_ROW.encode(), capture_output=True, check=False)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines()[0] == (
        f"awesome-lint: {link}: a named pipe, not a regular file"
    )
    assert link.is_symlink() and os.readlink(link) == "/dev/stdin"
    assert os.path.islink("/dev/stdin") or not os.path.lexists("/dev/stdin")


@pytest.mark.parametrize(("text", "size"), [("20MB", 20_000_000), ("1kb", 1000), ("7", 7)])
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-1", "1.5MB", "1TB"])
def test_not_sizes(text: str) -> None:
    assert parse_size(text) is None


def test_the_default_limit_is_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_SIZE + 1)  # sparse: costs no disk
    with pytest.raises(InputError) as error:
        read_source(str(path))
    assert str(error.value) == (
        f"{path}: larger than the limit of 20 MB (raise it with --max-file-size or `max-file-size`)"
    )
    assert MAX_FILE_SIZE == 20_000_000


def test_a_file_at_the_limit_is_read(write) -> None:  # type: ignore[no-untyped-def]
    path = write("list.md", "a" * 1000)
    assert read_source(str(path), 1000).lines == ("a" * 1000,)


def test_the_limit_from_the_command_line(write) -> None:  # type: ignore[no-untyped-def]
    big = write("big.md", SHORT_ROW + "x" * 1000)
    other = write("other.md", HIDDEN_CELL)
    result = run(
        "check",
        "--select",
        "AL001",
        "--max-file-size",
        "1KB",
        "--format",
        "concise",
        str(big),
        str(other),
    )
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"awesome-lint: {big}: larger than the limit of 1 KB "
        "(raise it with --max-file-size or `max-file-size`)"
    )
    assert result.out == f"{other}:{HIDDEN_CELL_FINDING}\n"


def test_the_limit_from_the_configuration_and_for_stdin(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", 'max-file-size = "100"\n')
    big = write("big.md", SHORT_ROW * 10)
    result = run("fix", "--check", str(big))
    assert result.code == 2
    assert f"{big}: larger than the limit of 100 bytes" in result.err
    assert big.read_text() == SHORT_ROW * 10
    piped = run("fix", "--max-file-size", "10", "-", stdin=SHORT_ROW.encode())
    assert (piped.code, piped.out) == (2, "")
    assert piped.err.splitlines()[0] == (
        "awesome-lint: <stdin>: larger than the limit of 10 bytes "
        "(raise it with --max-file-size or `max-file-size`)"
    )


@pytest.mark.parametrize("value", ['"lots"', "0", "-3", "true", "[1]"])
def test_a_bad_limit_is_a_configuration_error(write, value: str) -> None:  # type: ignore[no-untyped-def]
    config = write(".awesome-lint.toml", f"max-file-size = {value}\n")
    path = write("list.md", SHORT_ROW)
    result = run("check", str(path))
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"awesome-lint: {config}: `max-file-size` must be a size such as `20MB`, `500KB` or a "
        f"number of bytes, not `{value}`"
    )


# writing: through links, beside the target, never through a planted name


def test_fix_writes_through_a_link_and_keeps_it(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = write("lists/real.md", SHORT_ROW)
    target.chmod(0o640)
    link = tmp_path / "README.md"
    link.symlink_to("lists/real.md")
    result = run("fix", str(link))
    assert (result.code, result.err) == (0, "1 file fixed, 0 unchanged.\n")
    assert link.is_symlink() and os.readlink(link) == "lists/real.md"
    assert target.read_text() == PADDED
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(path.name for path in target.parent.iterdir()) == ["real.md"]


def test_a_link_out_of_the_repository_is_not_written_through(tmp_path: Path) -> None:
    """A pull request can commit a link; `fix` must not write outside the checkout."""
    outside = tmp_path / "outside.md"
    outside.write_text(SHORT_ROW)
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    link = repository / "README.md"
    link.symlink_to(outside)
    result = run("fix", str(link))
    assert result.code == 2
    assert f"{link}: a link to {outside}, outside its repository; not written" in result.err
    assert outside.read_text() == SHORT_ROW


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    victim = write("victim.txt", "keep me\n")
    path = write("README.md", SHORT_ROW)
    # the names the command once used: a planted link there redirected the write
    for pid in {os.getpid(), os.getppid()}:
        (tmp_path / f".README.md.awesome-lint-{pid}.tmp").symlink_to(victim)
    assert run("fix", str(path)).code == 0
    assert victim.read_text() == "keep me\n"
    assert path.read_text() == PADDED


def test_a_write_into_a_file_that_is_no_folder_is_an_input_error(write) -> None:  # type: ignore[no-untyped-def]
    """A file where a parent folder should be: fails as root too, unlike a read-only folder."""
    blocker = write("blocker", "a file, not a folder\n")
    with pytest.raises(InputError) as error:
        write_atomic(str(blocker / "list.md"), b"text\n")
    assert str(error.value) == f"{blocker}/list.md: cannot write (Not a directory)"


def test_a_write_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "null.md"
    link.symlink_to(os.devnull)
    with pytest.raises(InputError) as error:
        write_atomic(str(link), b"text\n")
    assert str(error.value) == f"{link}: a character device, not a regular file; not written"
    assert link.is_symlink()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_fix_in_a_read_only_folder_says_so_and_goes_on(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locked = write("locked/list.md", SHORT_ROW)
    other = write("open/list.md", SHORT_ROW)
    locked.parent.chmod(0o555)
    try:
        result = run("fix", str(locked), str(other))
    finally:
        locked.parent.chmod(0o755)
    assert result.code == 2
    assert result.err == (
        f"awesome-lint: {locked}: cannot write (Permission denied)\n"
        "1 file fixed, 0 unchanged, 1 not fixed (see above).\n"
    )
    assert (locked.read_text(), other.read_text()) == (SHORT_ROW, PADDED)


def test_fix_leaves_a_read_only_file_as_it_is_and_goes_on(write) -> None:  # type: ignore[no-untyped-def]
    """A rename replaces a file whatever its mode (root's too): a file made read-only is kept."""
    locked = write("locked.md", SHORT_ROW)
    other = write("open.md", SHORT_ROW)
    locked.chmod(0o444)
    result = run("fix", str(locked), str(other))
    assert result.code == 2
    assert result.err == (
        f"awesome-lint: {locked}: read-only (its mode lets no one write it); not written\n"
        "1 file fixed, 0 unchanged, 1 not fixed (see above).\n"
    )
    assert (locked.read_text(), other.read_text()) == (SHORT_ROW, PADDED)
    assert stat.S_IMODE(locked.stat().st_mode) == 0o444
