"""The console script's entry: the command runs as from the command line, collections back on."""

from __future__ import annotations

from pathlib import Path

from conftest import python_output

LINKED_ROW = "| name | url |\n| --- | --- |\n| [a](https://a.io) | [x](https://b.io) |\n"


def test_console_main_runs_the_command_with_collections_enabled(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("# List\n\n" + LINKED_ROW, encoding="utf-8")
    code = (
        "import gc, sys\nfrom awesome_lint import console\n"
        f"sys.argv = ['awesome-lint', 'check', '-q', '--format', 'concise', {str(path)!r}]\n"
        "code = console.main()\nprint(code, gc.isenabled())"
    )
    printed = python_output(code, tmp_path)
    # a warning only: exit 0
    finding = f"{path}:1:1: AL206 the list has no license section and no LICENSE file"
    assert printed == f"{finding}\n0 True\n"
