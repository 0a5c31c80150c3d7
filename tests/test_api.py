"""The library API, called as a user would: ``awesome_lint.check_text`` and friends."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run

import awesome_lint

RAGGED = "| Name | Link |\n| --- | --- |\n| 模型 | [a](https://a.io) |\n| b |\n"
HIDDEN = "| Name | Link |\n| --- | --- |\n| 模型 | [a](https://a.io) | hidden |\n"


def test_check_text_reports_what_check_reports(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(HIDDEN, encoding="utf-8")
    found = awesome_lint.check_text(HIDDEN, path=str(path), select=["AL001"])
    assert [(item.line, item.column, item.code) for item in found] == [(3, 28, "AL001")]
    cli = run("check", "--select", "AL001", str(path))
    assert cli.out.startswith(f"{path}:3:28: AL001 row has 3 cells but the header has 2")


def test_fix_text_equals_the_command_line_fix(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(RAGGED, encoding="utf-8")
    fixed = awesome_lint.fix_text(RAGGED)
    assert run("fix", str(path)).code == 0
    assert fixed == path.read_text(encoding="utf-8")
    assert fixed == (
        "| Name | Link              |\n"
        "| ---- | ----------------- |\n"
        "| 模型 | [a](https://a.io) |\n"
        "| b    |                   |\n"
    )
    assert awesome_lint.fix_text(fixed) == fixed


def test_fix_paths_writes_only_what_changed(tmp_path: Path) -> None:
    ragged, clean = tmp_path / "a.md", tmp_path / "b.md"
    ragged.write_text(RAGGED, encoding="utf-8")
    clean.write_text(awesome_lint.fix_text(RAGGED), encoding="utf-8")
    done = awesome_lint.fix_paths([str(ragged), str(clean)])
    assert [(item.path, item.changed) for item in done] == [
        (str(ragged), True),
        (str(clean), False),
    ]
    assert awesome_lint.check_paths([str(ragged)], awesome_lint.Options(select=("AL002",))) == []


def test_fix_paths_and_fix_text_say_which_table_was_held_back(tmp_path: Path) -> None:
    # padded, this table's later rows would be read otherwise (cmark-gfm's limit on the cells
    # it pads): left as written, the table above formatted all the same, as `fix` writes it
    runs_on = "|" + "h|" * 2000 + "\n|" + "-|" * 2000 + "\n" + "| x |\n" * 300
    text = RAGGED + "\n" + runs_on
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    (done,) = awesome_lint.fix_paths([str(path)])
    assert done.changed
    assert [(held.edit.start + 1, held.reason) for held in done.held] == [
        (6, "the cells of the table at line 6 would change")
    ]
    fixed = path.read_text(encoding="utf-8")
    assert fixed.endswith("\n" + runs_on)
    assert fixed == awesome_lint.fix_text(text)


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError):
        _ = awesome_lint.no_such_function  # type: ignore[attr-defined]
