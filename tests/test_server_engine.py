"""The server's engine: offsets into the editor's text, minimal replacements, the disable
comment and its guarantee; through the library, without a server."""

from __future__ import annotations

import os

import pytest

from awesome_lint.config import Settings
from awesome_lint.rule import Diagnostic, Severity
from awesome_lint.server import engine
from awesome_lint.source import InputError, decode

SETTINGS = engine.offline(Settings())


def _applied(text: str, found: list[engine.Replacement]) -> str:
    for item in sorted(found, key=lambda item: item.start, reverse=True):
        text = text[: item.start] + item.text + text[item.end :]
    return text


def test_offsets_count_the_bom_on_the_first_line_only() -> None:
    source = engine.to_source("list.md", "\ufeffab\r\ncd")
    offsets = engine.Offsets(source)
    assert [offsets.at(1, 1), offsets.at(1, 3), offsets.at(2, 2), offsets.at(9, 1)] == [1, 3, 6, 7]
    assert [offsets.line_start(0), offsets.line_start(1), offsets.line_start(2)] == [0, 5, 7]


def test_the_editors_text_read_as_the_same_bytes_in_a_file() -> None:
    for text in ["", "\ufeff", "\ufeff# 列表\r\n| a |\r", "a\nb\n", "😀\u2028x", "a\rb\r\n"]:
        assert engine.to_source("list.md", text) == decode("list.md", text.encode("utf-8"))
    for text, message in [
        ("ab\ud800c", "list.md:1:3: invalid UTF-8 at byte offset 2 (byte 0xed)"),
        ("a\n\x00", "list.md: binary file (NUL byte at offset 2), not Markdown"),
    ]:
        with pytest.raises(InputError) as error:
            engine.to_source("list.md", text)
        assert str(error.value) == message


def test_replacements_are_the_changed_lines_only() -> None:
    before = engine.to_source("list.md", "\ufeffa\r\nb\r\nc\r\nd")
    after = engine.to_source("list.md", "\ufeffA\r\nb\r\nc\r\nD")
    found = engine.replacements(before, after)
    assert found == [engine.Replacement(1, 4, "A\r\n"), engine.Replacement(10, 11, "D")]
    assert _applied("\ufeffa\r\nb\r\nc\r\nd", found) == "\ufeffA\r\nb\r\nc\r\nD"


def test_a_formatted_table_is_replaced_line_by_line() -> None:
    # each changed line its own edit (Emacs applies one long edit character by character);
    # where lines come or go, one edit for the block
    text = "| a | b |\n|-|-|\n| 1 | 2 |\nsame\nx\n"
    before = engine.to_source("list.md", text)
    after = engine.to_source("list.md", "| a   | b   |\n| --- | --- |\n| 1 | 2 |\nsame\ny\nz\n")
    found = engine.replacements(before, after)
    assert found == [
        engine.Replacement(0, 10, "| a   | b   |\n"),
        engine.Replacement(10, 16, "| --- | --- |\n"),
        engine.Replacement(31, 33, "y\nz\n"),
    ]
    assert _applied(text, found) == "| a   | b   |\n| --- | --- |\n| 1 | 2 |\nsame\ny\nz\n"


def test_adjacent_replacements_joined_into_one() -> None:
    found = [
        engine.Replacement(10, 16, "b\n"),
        engine.Replacement(0, 10, "a\n"),
        engine.Replacement(31, 33, "c"),
        engine.Replacement(33, 33, "d"),
    ]
    assert engine.joined(found) == [
        engine.Replacement(0, 16, "a\nb\n"),
        engine.Replacement(31, 33, "cd"),
    ]


def test_range_formatting_leaves_the_other_tables() -> None:
    text = "| a | b |\n|-|-|\n| 1 | 2 |\n\ntext\n\n| c | d |\n|-|-|\n| 3 | 4 |\n"
    source = engine.to_source("list.md", text)
    assert _applied(text, engine.range_formatting(source, SETTINGS, 8, 8).replacements) == (
        "| a | b |\n|-|-|\n| 1 | 2 |\n\ntext\n\n| c   | d   |\n| --- | --- |\n| 3   | 4   |\n"
    )
    assert engine.range_formatting(source, SETTINGS, 5, 5) == engine.Formatted([])  # no table


def test_formatting_says_which_table_it_leaves_as_written() -> None:
    # padded, the second table's later rows would be read otherwise (cmark-gfm's limit on the
    # cells it pads): the editor formats the first and says why the second is left
    runs_on = "|" + "h|" * 2000 + "\n|" + "-|" * 2000 + "\n" + "| x |\n" * 300
    text = "| a | b |\n|-|-|\n| 1 | 2 |\n\n" + runs_on
    source = engine.to_source("list.md", text)
    formatted = engine.formatting(source, SETTINGS)
    assert _applied(text, formatted.replacements) == (
        "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n\n" + runs_on
    )
    assert formatted.held == (
        "awesome-lint: the table at line 5 is left as written: the cells of the table at line 5 "
        "would change",
    )
    assert engine.range_formatting(source, SETTINGS, 5, 5).held == formatted.held


def _finding(line: int, code: str = "AL004") -> Diagnostic:
    return Diagnostic("list.md", line, 1, code, "empty-cell", Severity.WARNING, "m", False)


def test_the_disable_comment_goes_into_the_last_cell_or_the_line_end() -> None:
    text = "| a | b |\n|---|---|\n| 1 |   |\n\nSome text  \nA break\\\n"
    source = engine.to_source("list.md", text)
    row = engine.disable_line(source, _finding(3))
    assert row is not None  # after the cell's text, the padding kept
    assert row.lines == ("| 1 | <!-- awesome-lint-disable-line AL004 -->   |",)
    prose = engine.disable_line(source, _finding(5))
    assert prose is not None
    assert prose.lines == ("Some text <!-- awesome-lint-disable-line AL004 -->  ",)
    assert engine.disable_line(source, _finding(6)) is None  # a hard break stays one


def test_an_existing_disable_comment_gets_the_code() -> None:
    text = "| a | b |\n|---|---|\n| 1 | x <!-- awesome-lint-disable-line AL201 --> |\n"
    edit = engine.disable_line(engine.to_source("list.md", text), _finding(3))
    assert edit is not None
    assert edit.lines == ("| 1 | x <!-- awesome-lint-disable-line AL201 AL004 --> |",)


def test_a_disable_comment_that_would_change_a_table_is_not_offered() -> None:
    # an unclosed comment in the last cell: ours would close it, and the cell's text would change
    text = "| a | b |\n|---|---|\n| 1 | <!-- x |\n"
    source = engine.to_source("list.md", text)
    assert engine.disable_line(source, _finding(3)) is None


def test_disk_problem_of_files_that_cannot_be_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "latin.md").write_bytes(b"caf\xe9\n")
    assert engine.disk_problem(str(tmp_path / "latin.md")) == (
        f"{tmp_path / 'latin.md'}:1:4: invalid UTF-8 at byte offset 3 (byte 0xe9)"
    )
    assert engine.disk_problem(str(tmp_path / "unsaved.md")) is None
    assert engine.disk_problem(str(tmp_path / "nul\x00.md")) is None  # a hostile URI's path


def test_disk_problem_of_a_pipe_does_not_hang(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    assert engine.disk_problem(str(pipe)) == f"{pipe}: a named pipe, not a regular file"


def test_a_document_closed_while_its_check_waited_keeps_nothing() -> None:
    import asyncio
    import time

    from awesome_lint.server.protocol import AwesomeLintServer

    async def scenario() -> AwesomeLintServer:
        server = AwesomeLintServer(0.0)
        server.send = lambda message: None  # type: ignore[method-assign]  # no client here
        uri = "untitled:list.md"
        rows = "".join(f"| n{i} | [x](https://x.io/{i}) |\n" for i in range(200))
        server.documents.open(uri, "| Name | Link |\n| --- | --- |\n" + rows, 1)
        busy = asyncio.ensure_future(server.run(lambda: time.sleep(0.3)))  # the worker busy
        asked = asyncio.ensure_future(server.latest(uri))  # a code action's check, queued
        await asyncio.sleep(0.05)
        server.documents.close(uri)  # didClose meanwhile
        for kept in (server.checked, server.published, server.rows):
            kept.pop(uri, None)
        await busy
        await asked
        return server

    server = asyncio.run(scenario())
    assert (list(server.rows), list(server.published)) == ([], [])
