"""The vocabulary search finds exactly what the case-insensitive whole-word pattern finds."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.rules.missing_license import PRAISE, VOCABULARY
from awesome_lint.vocabulary import _FOLD, has_word, word_pattern

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
WORDS = tuple(VOCABULARY)
TERMS = tuple(word for word in WORDS if word not in PRAISE)


def _folded_to(letters: str) -> set[str]:
    """Every character the fold writes as one of ``letters`` (it changes no other)."""
    return set(letters) | {chr(code) for code, letter in _FOLD.items() if letter in letters}


def test_ignorecase_takes_for_a_letter_what_the_fold_writes_as_it() -> None:
    for letter in string.ascii_lowercase:
        taken = set(re.findall(letter, EVERY_CHARACTER, re.IGNORECASE))
        assert taken == _folded_to(letter), letter


@pytest.mark.parametrize(
    ("members", "kept"),
    [("A-Za-z0-9", string.ascii_lowercase + string.digits), ("A-Za-z", string.ascii_lowercase)],
)
def test_ignorecase_classes_of_the_boundaries_are_the_folded_letters(
    members: str, kept: str
) -> None:
    taken = set(re.findall(f"[{members}]", EVERY_CHARACTER, re.IGNORECASE))
    assert taken == _folded_to(kept)


def test_the_vocabularys_other_characters_match_only_themselves() -> None:
    others = sorted({char for word in WORDS for char in word if char not in string.ascii_letters})
    assert "许" in others and "-" in others and ":" in others
    pattern = "|".join(map(re.escape, others))
    assert sorted(re.findall(pattern, EVERY_CHARACTER, re.IGNORECASE)) == others


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("MIT", True),
        ("mit license", True),
        ("Summit", False),  # a letter before
        ("MITx", False),  # a letter after
        ("MIT2", True),  # a digit may follow
        ("2MIT", False),  # but not come before
        ("MIT-licensed", True),
        ("(GPLv3)", True),
        ("Apache Spark", False),
        ("License Plate", False),
        ("APACHE-2.0", True),
        ("ſtudy: BSD", True),
        ("MİT", True),  # re.IGNORECASE takes İ, ı, ſ and the Kelvin sign for ASCII letters
        ("mıt", True),
        ("ıMIT", False),  # ... and as letters before a word
        ("MIT\u212a", False),
        ("仅限科研", True),
        ("支持商用", True),
        ("HTTP协议", False),
        ("", False),
    ],
)
def test_examples(text: str, found: bool) -> None:
    assert has_word(text, WORDS) is found
    assert (word_pattern(WORDS).search(text) is not None) is found


def test_words_with_letters_beyond_ascii_are_left_to_the_pattern() -> None:
    words = ("Licença livre", "ΑΔΕΙΑ")
    assert has_word("sob licença LIVRE", words)
    assert has_word("άδεια: αδεια", words)
    assert not has_word("licenca livre", words)


_PIECES = st.sampled_from(
    [*WORDS, "a", "Z", "7", " ", "-", ":", "İ", "ı", "ſ", "\u212a", "ß", "中", "x", "MIT"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_search_finds_what_the_pattern_finds(text: str) -> None:
    for words in (WORDS, TERMS):
        assert has_word(text, words) is (word_pattern(words).search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet="aBmıİſ\u212a 中-:7ßΣ", min_size=1, max_size=4), min_size=1, max_size=4
    ),
    st.text(alphabet="aAbBmMıİſ\u212a 中-:7ßσΣ", max_size=12),
)
def test_any_vocabulary(words: list[str], text: str) -> None:
    assert has_word(text, tuple(words)) is (word_pattern(tuple(words)).search(text) is not None)
