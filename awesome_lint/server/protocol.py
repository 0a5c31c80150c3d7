"""The Language Server Protocol over stdio, on pygls: open documents, debounced checks, published
diagnostics, formatting and code actions. The only module that imports pygls and lsprotocol."""

from __future__ import annotations

import asyncio
import json
import logging
from bisect import bisect_right
from collections.abc import Callable, Generator, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from lsprotocol import types
from lsprotocol.converters import get_converter
from pygls.lsp.server import LanguageServer
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from awesome_lint import __version__
from awesome_lint.config import ConfigError, Settings
from awesome_lint.fix import FixRefused
from awesome_lint.parse import Rows
from awesome_lint.rule import Diagnostic, Severity
from awesome_lint.server import engine
from awesome_lint.server.text import Change, Documents, Position, line_starts, units
from awesome_lint.source import InputError, Source

T = TypeVar("T")
_log = logging.getLogger("awesome_lint.server")
_WATCHED = ("**/.awesome-lint.toml", "**/pyproject.toml")
_CONVERTER = get_converter()  # lsprotocol's objects from their JSON
# clients that apply each edit at a cost of the whole document (Neovim's change tracking copies
# every line of the buffer for each: 10,000 line edits of a table, 25 to 80 s; one, 2 s): they
# get each run of changed lines as one edit, where the others get one edit a line (Emacs diffs
# each edit character by character: one long edit takes minutes)
_WHOLE_RUNS = ("Neovim",)
_SOURCE = "awesome-lint"


@dataclass(frozen=True)
class Checked:
    """The last check of a document: for its version, the findings (or the one problem that
    kept it from being checked) and the settings' rules URL."""

    version: int
    text: str
    found: tuple[engine.Located, ...]
    problem: str | None
    rules_url: str
    settings: Settings | None = None  # the settings it was checked under
    starts: list[int] | None = None  # the text's line starts, when the document had them


class Placer:
    """Client positions of offsets into one text, in the negotiated encoding."""

    def __init__(
        self, text: str, encoding: str, starts: list[int] | None = None, join: bool = False
    ) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = line_starts(text) if starts is None else starts
        self.join = join  # each run of adjacent line edits as one edit

    def point(self, offset: int) -> tuple[int, int]:
        """The line and character of an offset, kept within the text."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        return line, units(self.text[self.starts[line] : offset], self.encoding)

    def position(self, offset: int) -> types.Position:
        return types.Position(*self.point(offset))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def edits(self, found: Sequence[engine.Replacement]) -> list[types.TextEdit]:
        made = engine.joined(found) if self.join else found
        return [types.TextEdit(self.range(item.start, item.end), item.text) for item in made]

    def line_of(self, position: types.Position) -> int:
        """The 1-based line of a client position, within the text."""
        return max(0, min(position.line, len(self.starts) - 1)) + 1


class Protocol(LanguageServerProtocol):
    """pygls's protocol without its own copy of each open document: the server keeps the
    documents (``text.Documents``), and pygls's copy would apply every change a second time
    and split the whole text again (13 ms an edit on a list of 10,000 rows)."""

    def _then(self, method: str, params: object) -> Generator[Any, Any, None]:
        handler = self.fm.features.get(method)
        if handler is not None:  # as pygls's own: the server's handler, after
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(
        self, params: types.DidOpenTextDocumentParams
    ) -> Generator[Any, Any, None]:
        yield from self._then(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
        self, params: types.DidChangeTextDocumentParams
    ) -> Generator[Any, Any, None]:
        yield from self._then(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(
        self, params: types.DidCloseTextDocumentParams
    ) -> Generator[Any, Any, None]:
        yield from self._then(types.TEXT_DOCUMENT_DID_CLOSE, params)


class AwesomeLintServer(LanguageServer):
    """The server's state: open documents, their last checks, pending checks, one worker."""

    def __init__(self, debounce: float) -> None:
        super().__init__("awesome-lint", __version__, protocol_cls=Protocol)
        self.debounce = debounce
        self.documents = Documents()
        self.configs = engine.Configs()
        self.checked: dict[str, Checked] = {}
        self.rows: dict[str, Rows] = {}  # each open document's rows of its last check
        self.disk: dict[str, str | None] = {}  # why the saved file cannot be read, if it cannot
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.published: dict[str, dict[Hashable, str]] = {}  # see ``publication``
        self.client_name = ""  # the client's clientInfo.name
        # one worker: checks and fixes run in order, off the loop that reads the client
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="awesome-lint")

    def placer(self, text: str, starts: list[int] | None = None) -> Placer:
        return Placer(text, self.encoding, starts, self.client_name in _WHOLE_RUNS)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    async def run(self, job: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.worker, job)

    def schedule(self, uri: str, delay: float, *, fresh: bool = False) -> None:
        """Check ``uri`` after ``delay`` seconds unless it changes again before then; ``fresh``
        checks again even a text already checked under the same settings (on save: files
        that links point at may have come or gone)."""
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(uri, delay, fresh))

    async def _check_later(self, uri: str, delay: float, fresh: bool = False) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        document = self.documents.get(uri)
        if document is None:
            return
        version, text, starts = document.version, document.text, document.starts

        def job() -> tuple[Checked, bytes | None] | None:
            if not self.is_current(uri, version):
                return None  # changed again while this waited for the worker: check that
            checked = self.check(uri, version, text, fresh=fresh, starts=starts)
            return checked, self.publication_if_open(uri, checked)

        done = await self.run(job)
        if done is None or done[1] is None or not self.is_current(uri, version):
            self.forget_if_closed(uri)
            return  # the text moved on; its own check is scheduled
        self.checked[uri] = done[0]
        self.send(done[1])

    def publication_if_open(self, uri: str, checked: Checked) -> bytes | None:
        """``publication`` of a check; None, keeping none of its rows, where the document was
        closed while it was checked (on the worker)."""
        if self.documents.get(uri) is None:
            self.rows.pop(uri, None)
            return None
        return self.publication(uri, checked)

    def forget_if_closed(self, uri: str) -> None:
        """After a check on the worker: keep no published diagnostics of a document closed
        meanwhile (``publication`` may have made them after ``didClose`` took them away)."""
        if self.documents.get(uri) is None:
            self.published.pop(uri, None)

    def is_current(self, uri: str, version: int) -> bool:
        current = self.documents.get(uri)
        return current is not None and current.version == version

    def source_of(self, uri: str, text: str) -> tuple[Source, Settings]:
        """The text as the library reads it and the settings found for its file; raises
        InputError or ConfigError, each with a one-line message."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        problem = self.disk.get(uri)
        if problem is not None:
            raise InputError(problem)
        settings = self.configs.settings(path)
        return engine.to_source(path or uri, text), settings

    def check(
        self,
        uri: str,
        version: int,
        text: str,
        *,
        fresh: bool = False,
        starts: list[int] | None = None,
    ) -> Checked:
        try:
            source, settings = self.source_of(uri, text)
            last = None if fresh else self.checked.get(uri)
            if last is not None and last.settings is settings and last.text == text:
                # saved, undone back, or asked again: the same text under the same settings
                found = last.found
            else:
                found = tuple(engine.check(source, settings, self.rows.setdefault(uri, Rows())))
        except (InputError, ConfigError) as error:
            return Checked(version, text, (), str(error), Settings().rules_url, starts=starts)
        except Exception as error:  # a bug must not take the editor's server down
            _log.exception("checking %s", uri)
            message = f"awesome-lint could not check this document: {type(error).__name__}"
            problem = f"{message}: {error}"
            return Checked(version, text, (), problem, Settings().rules_url, starts=starts)
        return Checked(version, text, found, None, settings.rules_url, settings, starts)

    def publication(self, uri: str, checked: Checked) -> bytes:
        """The publishDiagnostics notification of a check, as JSON. The JSON of each diagnostic
        is kept until the next publication, which reuses it where the finding and its place
        are the same (after an edit, nearly all of a long list's findings)."""
        placer = self.placer(checked.text, checked.starts)
        if checked.problem is not None:
            parts = [json.dumps(_problem_json(checked.problem))]
            self.published.pop(uri, None)
        else:
            base = _rules_base(checked.rules_url)
            known = self.published.get(uri, {})
            kept: dict[Hashable, str] = {}
            parts = []
            for item in checked.found:
                related = tuple(placer.point(offset) for offset in item.related)
                place = (placer.point(item.start), placer.point(item.end), related)
                key = (item.diagnostic, place, base)
                part = kept.get(key) or known.get(key)
                if part is None:
                    part = json.dumps(_diagnostic_json(uri, item.diagnostic, *place, base))
                kept[key] = part
                parts.append(part)
            self.published[uri] = kept
        return (
            '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":'
            f'{json.dumps(uri)},"diagnostics":[{",".join(parts)}],"version":{checked.version}}}}}'
        ).encode()

    def send(self, message: bytes) -> None:
        """Send a message already in JSON, framed as pygls frames its own (it would build the
        same JSON again from lsprotocol's objects: 30 ms for a list's 1,600 findings). The
        server speaks over standard output only, whose writer writes at once."""
        writer = self.protocol.writer
        if writer is None:
            return
        header = b"Content-Length: %d\r\nContent-Type: %s; charset=%s\r\n\r\n" % (
            len(message),
            self.protocol.CONTENT_TYPE.encode("ascii"),
            self.protocol.CHARSET.encode("ascii"),
        )
        try:
            writer.write(header + message)
        except OSError:  # the client is gone: pygls ends the session when it reads that
            _log.info("could not send to the client", exc_info=True)

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        self.window_show_message(types.ShowMessageParams(kind, message))

    async def latest(self, uri: str) -> Checked | None:
        """The check of the document as it is now, made now if the last one is older."""
        document = self.documents.get(uri)
        if document is None:
            return None
        checked = self.checked.get(uri)
        if checked is None or checked.version != document.version:
            version, text, starts = document.version, document.text, document.starts

            def job() -> tuple[Checked, bytes | None]:
                made = self.check(uri, version, text, starts=starts)
                return made, self.publication_if_open(uri, made)

            made, message = await self.run(job)
            if message is not None and self.is_current(uri, version):
                self.checked[uri] = made  # what code actions offer, resolve finds again
                self.send(message)
            else:
                self.forget_if_closed(uri)
            return made
        return checked

    async def format(self, uri: str, lines: tuple[int, int] | None) -> list[types.TextEdit] | None:
        """The whole document's formatting, or that of the tables lines ``first`` to ``last``
        touch; None, and a message saying why, where it cannot be made."""
        document = self.documents.get(uri)
        if document is None:
            return None
        text = document.text

        def job() -> engine.Formatted | str:
            try:
                source, settings = self.source_of(uri, text)
                if lines is None:
                    return engine.formatting(source, settings)
                return engine.range_formatting(source, settings, *lines)
            except (InputError, ConfigError) as error:
                return f"awesome-lint: not formatting: {error}"
            except FixRefused as reason:
                return f"awesome-lint: refusing to format: {reason}; the document is left as it was"
            except Exception as error:  # a bug must not take the editor's server down
                _log.exception("formatting %s", uri)
                return f"awesome-lint could not format this document: {type(error).__name__}"

        found = await self.run(job)
        if isinstance(found, str):
            self.tell(found)
            return None
        if found.held:  # one message, not one pop-up for each table
            more = len(found.held) - 1
            self.tell(found.held[0] + (f" (and {more} table{'s' * (more != 1)} more)" * bool(more)))
        return self.placer(text).edits(found.replacements)

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        """The actions for the findings in the range, and "fix all". A client that resolves
        actions gets them without edits (cheap on every cursor move; ``resolve`` makes the
        edit); another gets them made, the ones that cannot keep their promise left out."""
        uri = params.text_document.uri
        checked = await self.latest(uri)
        if checked is None or checked.problem is not None:
            return []
        placer = self.placer(checked.text, checked.starts)
        first, last = placer.line_of(params.range.start), placer.line_of(params.range.end)
        here = [
            item.diagnostic
            for item in checked.found
            if item.diagnostic.line <= last
            and max(item.diagnostic.end_line, item.diagnostic.line) >= first
        ]
        only = params.context.only
        offers = engine.offers(here) if _wanted(only, types.CodeActionKind.QuickFix) else []
        any_fixable = any(item.diagnostic.fixable for item in checked.found)
        if _wanted(only, types.CodeActionKind.SourceFixAll) and (any_fixable or only):
            offers.append(engine.Offer(engine.FIX_ALL_TITLE, engine.FIX_ALL, None))
        if self.resolves_edits:
            return [self._action(uri, checked, offer, None) for offer in offers]
        text = checked.text

        def job() -> list[tuple[engine.Offer, engine.Action]]:
            made: list[tuple[engine.Offer, engine.Action]] = []
            for offer in offers:
                action = self._made(uri, text, offer)
                if isinstance(action, engine.Action):
                    made.append((offer, action))
            return made

        return [self._action(uri, checked, offer, action) for offer, action in await self.run(job)]

    @property
    def resolves_edits(self) -> bool:
        capabilities = self.client_capabilities.text_document
        actions = capabilities.code_action if capabilities else None
        support = actions.resolve_support if actions else None
        return bool(actions and actions.data_support and support and "edit" in support.properties)

    def _made(self, uri: str, text: str, offer: engine.Offer) -> engine.Action | str:
        """The offer's edit, or why it cannot be made (a message for the user)."""
        try:
            source, settings = self.source_of(uri, text)
            action = engine.make(source, settings, offer)
        except (InputError, ConfigError) as error:
            return f"awesome-lint: {error}"
        except FixRefused as reason:
            return f"awesome-lint: refusing to fix: {reason}; the document is left as it was"
        except Exception as error:  # a bug must not take the editor's server down
            _log.exception("code action for %s", uri)
            return f"awesome-lint could not make this fix: {type(error).__name__}"
        if action is None and offer.kind == engine.FIX_ALL:
            return "awesome-lint: nothing to fix"
        if action is None:
            return f"awesome-lint: {offer.title}: nothing to change that keeps what it must keep"
        return action

    def _action(
        self, uri: str, checked: Checked, offer: engine.Offer, action: engine.Action | None
    ) -> types.CodeAction:
        placer = self.placer(checked.text, checked.starts)
        base = _rules_base(checked.rules_url)
        placed = next((item for item in checked.found if item.diagnostic is offer.diagnostic), None)
        found = offer.diagnostic
        return types.CodeAction(
            title=offer.title,
            kind=types.CodeActionKind.SourceFixAll
            if offer.kind == engine.FIX_ALL
            else types.CodeActionKind.QuickFix,
            diagnostics=[_diagnostic(uri, placed, placer, base)] if placed else None,
            edit=types.WorkspaceEdit(changes={uri: placer.edits(action.replacements)})
            if action is not None
            else None,
            is_preferred=(action.preferred if action else offer.kind == engine.FIX) or None,
            data=None
            if action is not None
            else {
                "uri": uri,
                "version": checked.version,
                "kind": offer.kind,
                "title": offer.title,
                "at": _at(found) if found else None,
            },
        )

    async def resolve(self, action: types.CodeAction) -> types.CodeAction:
        """Make the edit of an action offered without one; a message where it cannot be made
        (the document changed since, or the fix would not keep its promise)."""
        data = action.data if isinstance(action.data, dict) else {}
        uri = str(data.get("uri", ""))
        checked = self.checked.get(uri)
        document = self.documents.get(uri)
        if (
            checked is None
            or document is None
            or data.get("version") != checked.version
            or document.version != checked.version
        ):
            self.tell("awesome-lint: the document changed since; ask for the action again")
            return action
        at = data.get("at")
        found = next(
            (item.diagnostic for item in checked.found if _at(item.diagnostic) == at), None
        )
        kind = str(data.get("kind", ""))
        if kind not in (engine.FIX, engine.DISABLE, engine.FIX_ALL) or (
            found is None and kind != engine.FIX_ALL
        ):
            return action
        offer = engine.Offer(str(data.get("title", action.title)), kind, found)
        text = checked.text
        made = await self.run(lambda: self._made(uri, text, offer))
        if isinstance(made, str):
            self.tell(made)
            return action
        resolved = self._action(uri, checked, offer, made)
        resolved.data = None
        return resolved


def _at(found: Diagnostic) -> list[object]:
    """What names a finding in an action's data (JSON)."""
    return [found.line, found.column, found.code, found.message]


def _wanted(only: Sequence[str] | None, kind: str) -> bool:
    return only is None or any(kind == asked or kind.startswith(asked + ".") for asked in only)


def _rules_base(url: str) -> str:
    return url if url.endswith("/") else url + "/"


Point = tuple[int, int]


def _range_json(start: Point, end: Point) -> dict[str, Any]:
    return {
        "start": {"line": start[0], "character": start[1]},
        "end": {"line": end[0], "character": end[1]},
    }


def _problem_json(problem: str) -> dict[str, Any]:
    """The one diagnostic of a document that could not be checked, at its start."""
    return {
        "range": _range_json((0, 0), (0, 0)),
        "message": problem,
        "severity": types.DiagnosticSeverity.Error.value,
        "source": _SOURCE,
    }


def _diagnostic_json(
    uri: str, found: Diagnostic, start: Point, end: Point, related: Sequence[Point], base: str
) -> dict[str, Any]:
    """A finding as LSP's Diagnostic in JSON, placed in the client's positions."""
    severity = types.DiagnosticSeverity.Error if found.severity is Severity.ERROR else None
    made: dict[str, Any] = {
        "range": _range_json(start, end),
        "message": found.message,
        "severity": (severity or types.DiagnosticSeverity.Warning).value,
        "code": found.code,
        "codeDescription": {"href": f"{base}{found.code}.md"},
        "source": _SOURCE,
        "data": {"name": found.name, "fixable": found.fixable},
    }
    if related:
        made["relatedInformation"] = [
            {"location": {"uri": uri, "range": _range_json(at, at)}, "message": "the other place"}
            for at in related
        ]
    return made


def _diagnostic(uri: str, item: engine.Located, placer: Placer, base: str) -> types.Diagnostic:
    """The published JSON of a finding, as lsprotocol's object (for a code action)."""
    related = [placer.point(offset) for offset in item.related]
    made = _diagnostic_json(
        uri, item.diagnostic, placer.point(item.start), placer.point(item.end), related, base
    )
    placed: types.Diagnostic = _CONVERTER.structure(made, types.Diagnostic)
    return placed


def _change(change: types.TextDocumentContentChangeEvent) -> Change:
    if isinstance(change, types.TextDocumentContentChangePartial):
        start, end = change.range.start, change.range.end
        return Change(
            change.text, Position(start.line, start.character), Position(end.line, end.character)
        )
    return Change(change.text)


def build_server(debounce: float) -> AwesomeLintServer:
    server = AwesomeLintServer(debounce)

    @server.feature(types.INITIALIZE)
    def initialize(ls: AwesomeLintServer, params: types.InitializeParams) -> None:
        ls.client_name = params.client_info.name if params.client_info else ""

    @server.feature(types.INITIALIZED)
    async def initialized(ls: AwesomeLintServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace
        if (
            watched
            and watched.did_change_watched_files
            and (watched.did_change_watched_files.dynamic_registration)
        ):
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in _WATCHED]
            )
            registration = types.Registration(
                id="awesome-lint-configuration",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=options,
            )
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(registrations=[registration])
                )
            except Exception:  # the client keeps its watchers; each check reads mtimes anyway
                _log.info("the client refused to watch configuration files")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AwesomeLintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.documents.open(item.uri, item.text, item.version)
        path = to_fs_path(item.uri) if item.uri.startswith("file:") else None
        ls.disk[item.uri] = engine.disk_problem(path) if path else None
        ls.schedule(item.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AwesomeLintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        changes = [_change(change) for change in params.content_changes]
        ls.documents.change(uri, params.text_document.version, changes, ls.encoding)
        ls.schedule(uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: AwesomeLintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = to_fs_path(uri) if uri.startswith("file:") else None
        ls.disk[uri] = engine.disk_problem(path) if path else None
        ls.schedule(uri, 0, fresh=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AwesomeLintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        pending = ls.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.documents.close(uri)
        ls.checked.pop(uri, None)
        ls.disk.pop(uri, None)
        ls.published.pop(uri, None)
        ls.rows.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(
        ls: AwesomeLintServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        for uri in ls.documents.uris():  # a configuration changed: every open list again
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    async def formatting(
        ls: AwesomeLintServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit] | None:
        return await ls.format(params.text_document.uri, None)

    @server.feature(types.TEXT_DOCUMENT_RANGE_FORMATTING)
    async def range_formatting(
        ls: AwesomeLintServer, params: types.DocumentRangeFormattingParams
    ) -> list[types.TextEdit] | None:
        end = params.range.end
        start = params.range.start
        last = end.line - 1 if end.character == 0 and end.line > start.line else end.line
        return await ls.format(params.text_document.uri, (start.line + 1, last + 1))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll],
            resolve_provider=True,
        ),
    )
    async def code_action(
        ls: AwesomeLintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        return await ls.code_actions(params)

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(
        ls: AwesomeLintServer, params: types.CodeAction
    ) -> types.CodeAction:
        return await ls.resolve(params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: AwesomeLintServer, params: None) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.worker.shutdown(wait=False, cancel_futures=True)

    return server


def serve(debounce: float) -> None:
    """Speak LSP on standard input and output until the client says exit (the command line
    spaces out garbage collection for it, as for every command)."""
    build_server(debounce).start_io()
