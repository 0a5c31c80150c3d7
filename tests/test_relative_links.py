"""AL103 on links that leave the list's repository or name a file with a trailing slash."""

from __future__ import annotations

from pathlib import Path

from conftest import run


def _findings(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / ".git").mkdir()
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "demo.py").write_text("print()\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text("# Guide\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(text, encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    return [line.split(": AL103 ", 1)[1] for line in result.out.splitlines() if ": AL103 " in line]


def test_links_to_the_repositorys_own_pages_on_github_are_not_files(tmp_path: Path) -> None:
    text = (
        "# List\n\n[Add a channel](../../issues/new?template=add.yml)\n"
        "[Wiki](../../wiki) [Releases](../../releases/latest)\n"
        "[Sibling repository](../../../other-repository/blob/main/README.md)\n"
    )
    assert _findings(tmp_path, text) == []


def test_links_that_climb_out_to_nothing_are_broken(tmp_path: Path) -> None:
    text = "# List\n\n[demo](../examples/demo.py)\n[page](../../nowhere/here)\n"
    assert _findings(tmp_path, text) == [
        "`../examples/demo.py` does not exist",
        "`../../nowhere/here` does not exist",
    ]


def test_a_file_written_with_a_trailing_slash_is_the_file(tmp_path: Path) -> None:
    text = "# List\n\n[guide](guide.md/#guide) [demo](examples/demo.py/) [gone](gone.md/)\n"
    assert _findings(tmp_path, text) == ["`gone.md/` does not exist"]
