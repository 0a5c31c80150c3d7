"""AL202's spelling of a name (awesome_lint.rules.duplicate_name._spelling)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.rules.duplicate_name import _spelling

# every character ``str.isspace`` and a regular expression's ``\s`` take (and the joiners `-`,
# `_`), beside letters that NFKC or case folding change
_SPACES = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
_NAMES = st.text(alphabet=_SPACES + "-_aZß中ＡＢ①ﬁ", max_size=16)


@settings(max_examples=500, deadline=None)
@given(_NAMES | st.text(max_size=16))
def test_a_spelling_drops_what_the_joiners_pattern_drops(name: str) -> None:
    folded = unicodedata.normalize("NFKC", name).casefold()
    assert _spelling(name) == re.sub(r"[\s\-_]+", "", folded)


def test_spellings_of_one_name_are_one() -> None:
    assert _spelling("Storm Glass") == _spelling("storm-glass") == _spelling("Stormglass")
    assert _spelling("Ｓｔｏｒｍ_Ｇｌａｓｓ\u3000") == "stormglass"
