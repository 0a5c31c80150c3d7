"""AL202's spelling of a name (awesome_lint.rules.duplicate_name._spelling)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.analysis import Analysis
from awesome_lint.entries import Entry
from awesome_lint.parse import parse_document
from awesome_lint.rule import Context
from awesome_lint.rules.duplicate_name import RULE, _count, _linked_apart, _spelling
from awesome_lint.source import decode

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


def _entries(text: str) -> list[Entry]:
    return list(Analysis(parse_document(decode("t.md", text.encode("utf-8")))).entries.entries)


def test_rows_named_by_their_links_are_two_entries() -> None:
    # huihut/interview: the structure column names both containers `数组`; their links name them
    table = (
        "容器 | 底层数据结构 | 时间复杂度 | 其他\n---|---|---|---\n"
        "[array](https://example.org/stl#array)|数组|O(1)|支持随机访问\n"
        "[vector](https://example.org/stl#vector)|数组|O(1)|支持随机访问\n"
    )
    array, vector = _entries(table)
    assert array.name == vector.name == "数组"
    assert _linked_apart(array, vector)


def test_labels_and_a_names_own_link_tell_no_entries_apart() -> None:
    labels = (
        "| Name | Link |\n| --- | --- |\n"
        "| Cat Facts | [Website](https://a.example.org/) |\n"
        "| Cat Facts | [GitHub](https://b.example.org/) |\n"
    )
    assert not _linked_apart(*_entries(labels))
    named = (
        "| Name | About |\n| --- | --- |\n"
        "| [Cat Facts](https://a.example.org/) | facts |\n"
        "| [Cat Facts](https://b.example.org/) | facts |\n"
    )
    assert not _linked_apart(*_entries(named))
    # one label typed two ways (`🤗HF`, `🤗HF]`) tells no entries apart (lonePatient's Qwen-Audio)
    typed = (
        "| Model | Size | Download |\n| --- | --- | --- |\n"
        "| Qwen-Audio | 7B | [🤗HF](https://huggingface.co/Qwen/Qwen-Audio) |\n"
        "| Qwen-Audio | 7B | [🤗HF]](https://huggingface.co/Qwen) |\n"
    )
    assert not _linked_apart(*_entries(typed))


def test_a_service_and_its_documentation_elsewhere_are_not_said_to_share_a_site() -> None:
    # marcelscruz/public-apis' NBA Stats: its own site, then its Postman documentation
    path = Path(__file__).parent / "fixtures/AL202/fail_service_and_its_postman_docs.md"
    document = parse_document(decode("t.md", path.read_bytes()))
    found = list(RULE.check(document, Context(Analysis(document))))
    assert [finding.line for finding in found] == [12]
    assert "same site" not in found[0].message
    assert "API documentation on a shared host" in found[0].message


def test_a_count_is_read_with_its_star() -> None:
    # 0xMarcio/cve writes its stars `15⭐`: two projects of one name counted apart are two
    assert _count("15⭐") == 15
    assert _count("6.5k") == _count("6.5k ★") == 6500
    assert _count("1,204 stars") == 1204
    assert _count("7 days ago") is None
