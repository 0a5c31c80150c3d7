"""The lists shipped in examples/: the fixed one is what `fix` makes of the other."""

from __future__ import annotations

from pathlib import Path

from checks import assert_fix_is_lossless
from conftest import TESTS, run

EXAMPLES = TESTS.parent / "examples"


def test_example_list_fixes_to_the_shipped_fixed_list(tmp_path: Path) -> None:
    before = (EXAMPLES / "chinese-llm-list.md").read_bytes()
    target = tmp_path / "list.md"
    target.write_bytes(before)
    assert run("fix", str(target)).code == 0
    assert target.read_bytes() == (EXAMPLES / "chinese-llm-list.fixed.md").read_bytes()
    assert_fix_is_lossless(before, target.read_bytes())


def test_readme_starts_with_the_two_commands_ci_runs() -> None:
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    ci = (TESTS.parent / ".ci" / "run").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:3]]
    assert "awesome-lint fix examples/" in blocks[0]
    assert "pytest" in blocks[1]
    for command in blocks:
        assert command in ci.splitlines()
