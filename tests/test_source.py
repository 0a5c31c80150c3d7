"""Reading bytes: BOM, newline styles, final newline, and the inputs that are refused."""

from __future__ import annotations

import pytest

from awesome_lint.source import InputError, decode, split_lines


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


def test_invalid_utf8_says_where() -> None:
    with pytest.raises(InputError) as error:
        decode("list.md", b"ok\n\xe4\xb8\xadbad \xff here\n")
    assert str(error.value) == "list.md:2:6: invalid UTF-8 at byte offset 10 (byte 0xff)"


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match=r"list.md: binary file \(NUL byte at offset 3\)"):
        decode("list.md", b"abc\x00def")
