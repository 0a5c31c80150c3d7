"""The benchmarks' list generator: each profile makes the rows asked for, and a profile it does
not know is an error, not a quiet fall back to another (a run of `--profiles cjk` measured the
words profile under another name)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from generate import PROFILES, make_list


@pytest.mark.parametrize("profile", PROFILES)
def test_each_profile_makes_the_rows_asked_for(profile: str) -> None:
    rows = [line for line in make_list(50, profile).splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 50  # the header and the entries


def test_an_unknown_profile_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown profile 'cjk'"):
        make_list(10, "cjk")
