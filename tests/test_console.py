"""The console script's entry: the command runs as from the command line, collections back on."""

from __future__ import annotations

import subprocess
import sys
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


def test_console_script_ends_with_the_output_and_status_of_the_command(tmp_path: Path) -> None:
    # the process ends at once after a check (``console.script``), its output flushed first;
    # an ``atexit`` function registered before still runs: the interpreter's own exit then
    path = tmp_path / "list.md"
    path.write_text("# List\n\n" + LINKED_ROW, encoding="utf-8")
    finding = f"{path}:1:1: AL206 the list has no license section and no LICENSE file"
    registered = "import atexit; atexit.register(print, 'at exit')\n"
    for before, after in (("", ""), (registered, "at exit\n")):
        code = (
            f"import sys\nfrom awesome_lint import console\n{before}"
            f"sys.argv = ['awesome-lint', 'check', '--format', 'concise', {str(path)!r}]\n"
            "console.script()"
        )
        completed = subprocess.run(
            [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
        )
        assert (completed.returncode, completed.stdout) == (0, f"{finding}\n{after}")
        assert completed.stderr == "Found 1 problem (0 errors, 1 warning) in 1 file.\n"
