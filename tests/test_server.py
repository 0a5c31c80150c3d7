"""The language server end to end: `awesome-lint server` started as a subprocess, spoken to in
LSP by pytest-lsp's client; edits applied as an editor applies them, in UTF-16 positions."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from conftest import run
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

TESTS = Path(__file__).parent
RULES = "https://github.com/awesome-lint/awesome-lint/blob/main/rules/"
pytestmark = pytest.mark.asyncio(loop_scope="module")  # one server for the module

CJK = (
    "# 列表\n"
    "\n"
    "| 名称 | 描述 | 地址 |\n"
    "| --- | --- | --- |\n"
    "| 😀 骆驼 | 中文🚀 | [链接](https://exa mple.com) |\n"
    "| 骆驼 | 中文 | [链接](https://a.io/x) |\n"
    "| 骆驼X | 中文 | [链接](https://a.io/x) |\n"
    "| 😀 名称 | 描述 | 隐藏 | 多 |\n"
    "\n"
    "## License\n"
    "\n"
    "CC0\n"
)


class Client(LanguageClient):
    """pytest-lsp's client, keeping every publishDiagnostics and registration it receives (its
    own `wait_for_notification` misses one that arrives while nobody waits)."""

    published: list[types.PublishDiagnosticsParams]
    registrations: list[types.Registration]


def _record_diagnostics(client: Client, params: types.PublishDiagnosticsParams) -> None:
    client.published.append(params)
    client.diagnostics[params.uri] = params.diagnostics


def _record_registration(client: Client, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def _make_client() -> Client:
    client = Client(converter_factory=default_converter)
    client.published, client.registrations = [], []
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record_diagnostics
    features[types.CLIENT_REGISTER_CAPABILITY] = _record_registration
    register_lsp_features(client, features)
    return client


async def _start(
    client: Client, editor: str = "visual-studio-code", encoding: str = "", name: str = ""
) -> None:
    capabilities = client_capabilities(editor)
    if encoding:  # the client offers only this position encoding
        capabilities.general = types.GeneralClientCapabilities(position_encodings=[encoding])
    info = types.ClientInfo(name) if name else None
    await client.initialize_session(types.InitializeParams(capabilities, client_info=info))


def _server(*extra: str) -> ClientServerConfig:
    return ClientServerConfig([sys.executable, *extra], client_factory=_make_client)


# a debounce long enough for a test to ask for code actions before it runs out
@pytest_lsp.fixture(
    config=_server("-m", "awesome_lint", "server", "--debounce", "300"), scope="module"
)
async def client(lsp_client: Client) -> AsyncIterator[None]:
    await _start(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=_server(str(TESTS / "lsp_refusing_server.py")), scope="module")
async def refusing(lsp_client: Client) -> AsyncIterator[None]:
    # a client that does not resolve code actions, and counts columns in UTF-8 bytes
    await _start(lsp_client, "emacs", types.PositionEncodingKind.Utf8)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=_server("-m", "awesome_lint", "server"), scope="module")
async def neovim(lsp_client: Client) -> AsyncIterator[None]:
    await _start(lsp_client, "neovim", name="Neovim")
    yield
    await lsp_client.shutdown_session()


async def _published(client: Client, uri: str, version: int) -> Sequence[Any]:
    """The diagnostics published for ``uri`` at ``version`` (waiting for them)."""
    for _ in range(2000):
        for params in client.published:
            if params.uri == uri and params.version == version:
                client.published.remove(params)
                return list(params.diagnostics)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {uri} at version {version}")


async def _open(client: Client, path: Path, text: str | None = None) -> Sequence[Any]:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    item = types.TextDocumentItem(uri, "markdown", 1, text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(item))
    return await _published(client, uri, 1)


def _change(client: Client, uri: str, version: int, *changes: Any) -> None:
    identifier = types.VersionedTextDocumentIdentifier(version=version, uri=uri)
    client.text_document_did_change(types.DidChangeTextDocumentParams(identifier, list(changes)))


async def _open_cjk(client: Client, folder: Path) -> Path:
    """The CJK list written to ``folder`` and opened; its first diagnostics received."""
    path = folder / "README.md"
    path.write_text(CJK, encoding="utf-8")
    await _open(client, path)
    return path


def _close(client: Client, path: Path) -> None:
    identifier = types.TextDocumentIdentifier(path.as_uri())
    client.text_document_did_close(types.DidCloseTextDocumentParams(identifier))


def _summary(diagnostics: Sequence[Any]) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [
        (
            item.code,
            (
                item.range.start.line,
                item.range.start.character,
                item.range.end.line,
                item.range.end.character,
            ),
        )
        for item in diagnostics
    ]


def _offset(lines: list[str], position: types.Position) -> int:
    """An offset from a UTF-16 position, counted here independently of the server."""
    before = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    count = 0
    for index, char in enumerate(line):
        if count >= position.character:
            return before + index
        count += 2 if ord(char) > 0xFFFF else 1
    return before + len(line)


def _applied(text: str, edits: Sequence[types.TextEdit]) -> str:
    lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
    spans = sorted(
        ((_offset(lines, edit.range.start), _offset(lines, edit.range.end), edit.new_text))
        for edit in edits
    )
    for start, end, new in reversed(spans):
        text = text[:start] + new + text[end:]
    return text


def _cli_fix(path: Path, *flags: str) -> bytes:
    copy = path.with_name("cli-" + path.name)
    copy.write_bytes(path.read_bytes())
    result = run("fix", *flags, str(copy))
    assert result.code == 0, result.err
    return copy.read_bytes()


async def test_cjk_list_diagnostics_at_utf16_ranges(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(CJK, encoding="utf-8")
    found = await _open(client, path)
    # 😀 and 🚀 are two UTF-16 units each: the link starts at code point 20, unit 22
    assert _summary(found) == [
        ("AL104", (4, 22, 4, 23)),
        ("AL201", (6, 18, 6, 19)),
        ("AL001", (7, 20, 7, 21)),
    ]
    assert [item.severity for item in found] == [types.DiagnosticSeverity.Error] * 3
    assert [item.code_description.href for item in found] == [
        f"{RULES}AL104.md",
        f"{RULES}AL201.md",
        f"{RULES}AL001.md",
    ]
    assert found[0].message == "`https://exa`: `exa` is not a host name"
    related = found[1].related_information[0].location.range
    assert (related.start.line, related.start.character) == (5, 17)
    _close(client, path)


async def test_an_edited_row_gets_new_diagnostics(client: Client, tmp_path: Path) -> None:
    path = await _open_cjk(client, tmp_path)
    uri = path.as_uri()
    # "exa mple" becomes "example"; line 8 loses its hidden cell; line 6 gets 😀 before its URL
    changes: list[types.TextDocumentContentChangeEvent] = [
        types.TextDocumentContentChangePartial(
            types.Range(types.Position(4, 30), types.Position(4, 38)), "example"
        ),
        types.TextDocumentContentChangePartial(
            types.Range(types.Position(7, 18), types.Position(7, 22)), ""
        ),
        types.TextDocumentContentChangePartial(
            types.Range(types.Position(6, 2), types.Position(6, 2)), "😀"
        ),
    ]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=2, uri=uri), changes
        )
    )
    found = await _published(client, uri, 2)
    assert _summary(found) == [("AL201", (6, 20, 6, 21))]
    _close(client, path)


# (line, character, end line, end character, new text), in UTF-16 units, as an editor sends
# them one keystroke or paste at a time
EDITS = [
    (5, 2, 5, 2, "😀"),  # before the finding's column on the same row
    (4, 30, 4, 38, "example"),  # the malformed URL mended: that finding goes
    (0, 0, 0, 0, "新的一行\r\n"),  # a line above everything: every finding moves down
    (9, 0, 10, 0, ""),  # a row deleted: the rows under it move up
    (12, 0, 12, 0, "| 骆驼3 | 中文 | [链接](https://a.io/x) |\r"),  # a row ending in CR, then LF
    (3, 0, 3, 0, "| 表 |\n"),  # a line that splits the first table in two
    (3, 0, 4, 0, ""),  # and gone again
    (1, 5, 1, 5, "\r"),  # a CR alone: a line ending where there was none
    (20, 0, 20, 0, "| 🚀 | 中 | [x](https://exa mple.com) | 隐藏 |\n"),  # past the end: appended
]


async def test_after_each_edit_the_diagnostics_of_the_whole_new_text(
    client: Client, tmp_path: Path
) -> None:
    # the server applies each change to the text it has, and reuses the last publication for
    # findings that did not move: after each edit, what it publishes must be what it publishes
    # for the edited text opened afresh
    path = tmp_path / "README.md"
    text = CJK.replace("\n", "\r\n", 4) + CJK.replace("# 列表", "## 二")
    path.write_text(text, encoding="utf-8", newline="")
    await _open(client, path, text)
    uri = path.as_uri()
    lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
    for version, (line, character, end_line, end_character, new) in enumerate(EDITS, start=2):
        start, end = types.Position(line, character), types.Position(end_line, end_character)
        change = types.TextDocumentContentChangePartial(types.Range(start, end), new)
        _change(client, uri, version, change)
        text = _applied(text, [types.TextEdit(types.Range(start, end), new)])
        lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
        edited = await _published(client, uri, version)
        _close(client, path)
        afresh = await _open(client, path, text)
        assert edited == afresh, (version, _summary(edited), _summary(afresh))
        _close(client, path)
        item = types.TextDocumentItem(uri, "markdown", version, text)
        client.text_document_did_open(types.DidOpenTextDocumentParams(item))
        await _published(client, uri, version)
    assert len(lines) == 27
    assert _summary(edited) == [
        ("AL201", (8, 18, 8, 19)),
        ("AL001", (9, 20, 9, 21)),
        ("AL104", (18, 22, 18, 23)),
        ("AL104", (20, 15, 20, 16)),  # the appended row: after 🚀, two units
        ("AL201", (20, 15, 20, 16)),
        ("AL001", (20, 39, 20, 40)),
        ("AL201", (21, 18, 21, 19)),
        ("AL001", (22, 20, 22, 21)),
    ]
    _close(client, path)


async def test_a_burst_of_edits_is_checked_at_its_last_version(
    client: Client, tmp_path: Path
) -> None:
    path = await _open_cjk(client, tmp_path)
    uri = path.as_uri()
    # typed faster than the debounce: "exa mple" loses its space, then gains and loses a letter
    typed = [(34, ""), (33, "x"), (34, ""), (33, "y"), (34, "")]
    for version, (end, new) in enumerate(typed, start=2):
        change = types.TextDocumentContentChangePartial(
            types.Range(types.Position(4, 33), types.Position(4, end)), new
        )
        _change(client, uri, version, change)
    found = await _published(client, uri, 6)
    assert _summary(found) == [("AL201", (6, 18, 6, 19)), ("AL001", (7, 20, 7, 21))]
    await asyncio.sleep(0.4)  # a check of an older version would have been published by now
    assert [params.version for params in client.published if params.uri == uri] == []
    _close(client, path)


MISALIGNED = (
    "# 列表\r\n"
    "\r\n"
    "| 名称 | 描述 |\r\n"
    "|:-|--:|\r\n"
    "| 骆驼 | 中文大模型🚀 |\r\n"
    "| Baichuan | 开源 |\r\n"
    "\r\n"
    "text between\r\n"
    "\r\n"
    "| a | b |\r\n"
    "|---|---|\r\n"
    "| 通义千问 | x |\r\n"
    "\r\n"
    "## License\r\n"
    "\r\n"
    "CC0"
)


async def _format(
    client: Client, path: Path, lines: tuple[int, int] | None = None
) -> Sequence[types.TextEdit] | None:
    identifier = types.TextDocumentIdentifier(path.as_uri())
    options = types.FormattingOptions(tab_size=2, insert_spaces=True)
    if lines is None:
        params = types.DocumentFormattingParams(identifier, options)
        return await client.text_document_formatting_async(params)
    whole = types.Range(types.Position(lines[0], 0), types.Position(lines[1], 3))
    ranged = types.DocumentRangeFormattingParams(identifier, whole, options)
    return await client.text_document_range_formatting_async(ranged)


async def test_formatting_gives_the_bytes_of_fix(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(("\ufeff" + MISALIGNED).encode("utf-8"))  # a BOM, CRLF, no final newline
    text = "\ufeff" + MISALIGNED
    await _open(client, path, text)
    edits = await _format(client, path)
    assert edits is not None
    # only table lines, one edit each (Emacs applies a long edit character by character)
    assert [(edit.range.start.line, edit.range.end.line) for edit in edits] == [
        (line, line + 1) for line in (2, 3, 4, 5, 9, 10, 11)
    ]
    assert _applied(text, edits).encode("utf-8") == _cli_fix(path)
    _close(client, path)


async def test_neovim_gets_each_run_of_changed_lines_as_one_edit(
    neovim: Client, tmp_path: Path
) -> None:
    # Neovim pays for each edit with a copy of the buffer: a table is one edit, not a line each
    path = tmp_path / "README.md"
    path.write_text(MISALIGNED, encoding="utf-8", newline="")
    await _open(neovim, path, MISALIGNED)
    edits = await _format(neovim, path)
    assert edits is not None
    assert [(edit.range.start.line, edit.range.end.line) for edit in edits] == [(2, 6), (9, 12)]
    assert _applied(MISALIGNED, edits).encode("utf-8") == _cli_fix(path)
    _close(neovim, path)


async def test_range_formatting_formats_the_tables_it_touches(
    client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "README.md"
    path.write_text(MISALIGNED, encoding="utf-8", newline="")
    await _open(client, path, MISALIGNED)
    edits = await _format(client, path, (10, 10))
    fixed = _cli_fix(path).decode("utf-8").split("\r\n")
    expected = MISALIGNED.split("\r\n")
    expected[9:12] = fixed[9:12]  # the second table as `fix` writes it; the first as it was
    assert edits is not None
    assert _applied(MISALIGNED, edits) == "\r\n".join(expected)
    assert expected[9] == "| a        | b   |"
    _close(client, path)


RARE = (
    "| Name | License |\n| --- | --- |\n"
    + "".join(
        f"| [P0{index}](https://x.io/{index}) | {value} |\n"
        for index, value in enumerate(["MIT"] * 7 + ["Apache-2.0"] * 3 + ["mit"])
    )
    + "\n## License\n\nCC0\n"
)


async def _actions(
    client: Client, path: Path, line: int, only: list[str] | None = None
) -> Sequence[types.CodeAction]:
    params = types.CodeActionParams(
        types.TextDocumentIdentifier(path.as_uri()),
        types.Range(types.Position(line, 0), types.Position(line, 1)),
        types.CodeActionContext(diagnostics=[], only=only),
    )
    found = await client.text_document_code_action_async(params)
    return [action for action in found or [] if isinstance(action, types.CodeAction)]


async def _resolved(client: Client, action: types.CodeAction) -> types.CodeAction:
    """A client that resolves code actions gets them without edits, then asks for the edit."""
    assert (action.edit, isinstance(action.data, dict)) == (None, True)
    return await client.code_action_resolve_async(action)


def _edited(action: types.CodeAction, path: Path, text: str) -> str:
    assert action.edit is not None and action.edit.changes is not None
    return _applied(text, action.edit.changes[path.as_uri()])


async def test_a_quick_fix_equals_the_cli_fix(client: Client, tmp_path: Path) -> None:
    (tmp_path / ".awesome-lint.toml").write_text('style = "compact"\n', encoding="utf-8")
    path = tmp_path / "list.md"
    path.write_text(RARE, encoding="utf-8")
    found = await _open(client, path)
    assert _summary(found) == [("AL006", (12, 28, 12, 29))]
    actions = await _actions(client, path, 12)
    assert [action.title for action in actions] == [
        "Fix AL006 (column-values)",
        "Disable AL006 (column-values) for this line",
        "Fix all safe awesome-lint findings",  # offered where a finding is fixable
    ]
    assert actions[0].is_preferred
    fixed = _edited(await _resolved(client, actions[0]), path, RARE)
    assert fixed.encode("utf-8") == _cli_fix(path, "--extend-select", "AL006")
    assert fixed.splitlines()[12] == "| [P010](https://x.io/10) | MIT |"
    disabled = await _resolved(client, actions[1])
    assert _edited(disabled, path, RARE).splitlines()[12] == (
        "| [P010](https://x.io/10) | mit <!-- awesome-lint-disable-line AL006 --> |"
    )
    _close(client, path)


async def test_disable_for_this_line_silences_the_finding(client: Client, tmp_path: Path) -> None:
    path = await _open_cjk(client, tmp_path)
    actions = await _actions(client, path, 7)
    assert [action.title for action in actions] == [
        "Disable AL001 (table-column-count) for this line"
    ]
    disabled = _edited(await _resolved(client, actions[0]), path, CJK)
    assert disabled.splitlines()[7] == (
        "| 😀 名称 | 描述 | 隐藏 | 多 <!-- awesome-lint-disable-line AL001 --> |"
    )
    uri = path.as_uri()
    whole = types.TextDocumentContentChangeWholeDocument(disabled)
    _change(client, uri, 2, whole)
    found = await _published(client, uri, 2)
    assert [item.code for item in found] == ["AL104", "AL201"]
    client.messages.clear()
    stale = await client.code_action_resolve_async(actions[0])  # offered for version 1
    assert stale.edit is None
    assert [message.message for message in client.messages] == [
        "awesome-lint: the document changed since; ask for the action again"
    ]
    _close(client, path)


async def test_actions_asked_right_after_an_edit_are_for_the_edited_text(
    client: Client, tmp_path: Path
) -> None:
    path = await _open_cjk(client, tmp_path)
    uri = path.as_uri()
    edited = "New first line\n" + CJK  # the hidden cell moves to line 9
    whole = types.TextDocumentContentChangeWholeDocument(edited)
    _change(client, uri, 2, whole)
    actions = await _actions(client, path, 8)  # before the debounce has run out
    assert [action.title for action in actions] == [
        "Disable AL001 (table-column-count) for this line"
    ]
    disabled = _edited(await _resolved(client, actions[0]), path, edited)
    assert disabled.splitlines()[8].endswith("多 <!-- awesome-lint-disable-line AL001 --> |")
    _close(client, path)


async def test_fix_all_safe_equals_fix(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(MISALIGNED, encoding="utf-8", newline="")
    await _open(client, path, MISALIGNED)
    actions = await _actions(client, path, 0, only=[types.CodeActionKind.SourceFixAll])
    assert [(action.title, action.kind) for action in actions] == [
        ("Fix all safe awesome-lint findings", types.CodeActionKind.SourceFixAll)
    ]
    fixed = _edited(await _resolved(client, actions[0]), path, MISALIGNED)
    assert fixed.encode("utf-8") == _cli_fix(path)
    uri = path.as_uri()
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=2, uri=uri),
            [types.TextDocumentContentChangeWholeDocument(fixed)],
        )
    )
    await _published(client, uri, 2)
    client.messages.clear()
    again = await _actions(client, path, 0, only=[types.CodeActionKind.SourceFixAll])
    assert (await _resolved(client, again[0])).edit is None
    assert [message.message for message in client.messages] == ["awesome-lint: nothing to fix"]
    _close(client, path)


async def test_a_save_checks_again_what_the_links_point_at(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(
        "# L\n\n| Name | Link |\n| --- | --- |\n| A | [a](docs/a.md) |\n\n## License\n\nCC0\n",
        encoding="utf-8",
    )
    found = await _open(client, path)
    assert [(item.code, item.message) for item in found] == [
        ("AL103", "`docs/a.md` does not exist")
    ]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n", encoding="utf-8")
    identifier = types.TextDocumentIdentifier(path.as_uri())
    client.text_document_did_save(types.DidSaveTextDocumentParams(identifier))
    assert await _published(client, path.as_uri(), 1) == []  # the same text, checked again
    _close(client, path)


async def test_a_file_that_is_not_utf8_gets_one_diagnostic(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes(b"# Caf\xe9\n\n| a | b |\n|-|-|\n| 1 | 2 |\n")
    text = "# Café\n\n| a | b |\n|-|-|\n| 1 | 2 |\n"  # as an editor shows it, guessing Latin-1
    found = await _open(client, path, text)
    assert [(item.message, item.severity) for item in found] == [
        (
            f"{path}:1:6: invalid UTF-8 at byte offset 5 (byte 0xe9)",
            types.DiagnosticSeverity.Error,
        )
    ]
    client.messages.clear()
    assert await _format(client, path) is None
    assert [message.message for message in client.messages] == [
        f"awesome-lint: not formatting: {path}:1:6: invalid UTF-8 at byte offset 5 (byte 0xe9)"
    ]
    _close(client, path)


async def test_a_nul_byte_gets_one_diagnostic(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "nul.md"
    found = await _open(client, path, "| a |\n|---|\n| \x00 |\n")
    assert [item.message for item in found] == [
        f"{path}: binary file (NUL byte at offset 14), not Markdown"
    ]
    _close(client, path)


async def test_an_invalid_configuration_gets_one_diagnostic_then_reloads(
    client: Client, tmp_path: Path
) -> None:
    config = tmp_path / ".awesome-lint.toml"
    config.write_text("style = [\n", encoding="utf-8")
    path = tmp_path / "README.md"
    path.write_text(CJK, encoding="utf-8")
    found = await _open(client, path)
    assert len(found) == 1
    assert found[0].message.startswith(f"{config}: invalid TOML (")
    config.write_text(
        "ignore = ['AL201']\nrules-url = 'https://rules.example/'\n", encoding="utf-8"
    )
    event = types.FileEvent(config.as_uri(), types.FileChangeType.Changed)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams([event]))
    again = await _published(client, path.as_uri(), 1)
    assert [item.code for item in again] == ["AL104", "AL001"]
    assert again[0].code_description.href == "https://rules.example/AL104.md"
    _close(client, path)
    watched = [  # as the client received them: JSON
        watcher["globPattern"]
        for registration in client.registrations
        for watcher in registration.register_options["watchers"]
    ]
    assert watched == ["**/.awesome-lint.toml", "**/pyproject.toml"]


async def test_a_refused_format_gives_no_edits_and_a_message(
    refusing: Client, tmp_path: Path
) -> None:
    path = tmp_path / "README.md"
    path.write_text(MISALIGNED, encoding="utf-8", newline="")
    await _open(refusing, path, MISALIGNED)
    refusing.messages.clear()
    assert not await _format(refusing, path)
    assert [(message.type, message.message) for message in refusing.messages] == [
        (
            types.MessageType.Warning,
            "awesome-lint: the table at line 3 is left as written: GitHub would render the "
            "document differently (and 1 table more)",
        )
    ]
    actions = await _actions(refusing, path, 0, only=[types.CodeActionKind.SourceFixAll])
    assert actions == []  # made at once for this client, and refused: left out


async def test_a_utf8_client_that_does_not_resolve_gets_made_actions(
    refusing: Client, tmp_path: Path
) -> None:
    path = tmp_path / "README.md"
    path.write_text(CJK, encoding="utf-8")
    found = await _open(refusing, path)
    # in UTF-8 bytes: 😀 and 🚀 are 4, each Han character 3 (多 spans 34 to 37)
    assert _summary(found) == [
        ("AL104", (4, 38, 4, 39)),
        ("AL201", (6, 30, 6, 31)),
        ("AL001", (7, 34, 7, 37)),
    ]
    actions = await _actions(refusing, path, 7)
    assert [action.title for action in actions] == [
        "Disable AL001 (table-column-count) for this line"
    ]
    assert _edited(actions[0], path, CJK).splitlines()[7] == (
        "| 😀 名称 | 描述 | 隐藏 | 多 <!-- awesome-lint-disable-line AL001 --> |"
    )
    _close(refusing, path)
