"""Each module binds a module-level name once: a constant defined again further down (a second
`_ADDRESS` or `_REPOSITORY` pattern) silently replaces the first for every function that reads
it, and changes findings far from the line that did it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "awesome_lint"


def _bound_twice(path: Path) -> list[str]:
    """The names a module's top level assigns more than once."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE))
)
def test_module_binds_each_name_once(path: Path) -> None:
    assert _bound_twice(path) == []


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "twice.py"
    module.write_text('import re\n_A = re.compile("a")\n_B = 1\n_A = re.compile("b")\n')
    assert _bound_twice(module) == ["_A"]
