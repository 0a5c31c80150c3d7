"""Shared test helpers: running the command in-process and building documents."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from awesome_lint.cli import main
from awesome_lint.document import Document
from awesome_lint.parse import parse_document
from awesome_lint.source import decode

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
CORPUS_FILES = sorted(path for path in CORPUS.glob("*.md") if path.name != "SOURCES.md")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


class _Stdin(io.TextIOWrapper):
    pass


def run(*argv: str, stdin: bytes = b"") -> Run:
    """Call ``main`` in-process with captured standard streams."""
    out_bytes = io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="")
    err = io.StringIO()
    source = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    code = main(list(argv), stdin=source, stdout=out, stderr=err)
    out.flush()
    return Run(code, out_bytes.getvalue().decode("utf-8"), err.getvalue())


def python_output(code: str, cwd: Path | None = None) -> str:
    """What a fresh interpreter prints running ``code``: what a new process imports, it shows."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd
    ).stdout


def document(text: str) -> Document:
    return parse_document(decode("doc.md", text.encode("utf-8")))


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write
