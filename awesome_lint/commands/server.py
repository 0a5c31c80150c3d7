"""``awesome-lint server``: the language server over stdio (needs the ``lsp`` extra)."""

from __future__ import annotations

from dataclasses import dataclass

from awesome_lint.commands.common import EXIT_CLEAN, EXIT_ERROR, Streams

_EXTRA = frozenset({"pygls", "lsprotocol", "cattrs", "attrs"})  # the `lsp` extra and its needs


@dataclass(frozen=True)
class ServerRequest:
    debounce_ms: int = 200  # after the last change, before the check


def run(request: ServerRequest, streams: Streams) -> int:
    try:  # pygls is an optional extra: imported here only, when the server starts
        from awesome_lint.server.protocol import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in _EXTRA:
            raise
        streams.stderr.write(
            f"awesome-lint: the language server needs pygls ({error.name or error}); "
            "install it with `pip install 'awesome-lint[lsp]'`\n"
        )
        return EXIT_ERROR
    serve(max(request.debounce_ms, 0) / 1000)
    return EXIT_CLEAN
