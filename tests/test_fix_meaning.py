"""No fix, under any flag, changes what a value means: after `fix` with every rule selected and
`--unsafe-fixes`, every cell is another spelling of what it was (the same value key)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import awesome_lint
from awesome_lint.parse import parse_document
from awesome_lint.source import decode
from awesome_lint.values import value_key

# values whose keys differ (symbols are values, never spellings), and spellings of one value
VALUES = [
    "✔", "✘", "✅", "❌", "⭐️", "⭐️⭐️", "⭐️⭐️⭐️", "Yes", "yes", "YES", "No", "`No`", "no",
    "免费", "收费", "MIT", "MIT License", "mit", "Apache 2.0", "apache-2.0", "Apache-2.0",
    "GPL-3.0", "GPL-2.0", "1-5", "15", "0.5", "05", "\u200b✘", "",
    "2020", "2020-", "2020 -", "-1.", "1.", "A", "A-", "A -", "B+", "AA-",
]  # fmt: skip


def _cells(text: str) -> dict[str, tuple[str, ...]]:
    """Each row's cells after its name, by name (a sort may move rows)."""
    document = parse_document(decode("t.md", text.encode("utf-8")))
    return {
        row.texts[0]: row.texts[1:] for table in document.tables for row in table.body if row.texts
    }


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"| [{name}](https://example.org/{index}) | {value} | {value} |\n"
        for index, (name, value) in enumerate(rows)
    )
    return "| Name | Status | License |\n| --- | --- | --- |\n" + body


@settings(
    max_examples=int(os.environ.get("AWESOME_LINT_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(st.sampled_from(VALUES), min_size=10, max_size=30),
    st.booleans(),
)
def test_fixes_keep_every_value_key(values: list[str], unsafe: bool) -> None:
    rows = [(f"entry{index:02d}", value) for index, value in enumerate(values)]
    text = _table(rows)
    fixed = awesome_lint.fix_text(text, select=["ALL"], unsafe_fixes=unsafe)
    before, after = _cells(text), _cells(fixed)
    assert set(before) == set(after)
    for name, cells in before.items():
        assert [value_key(cell) for cell in cells] == [value_key(cell) for cell in after[name]]


def _fixed_unsafely(rows: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Each row's cells after `fix` with every rule and the unsafe fixes, by name."""
    return _cells(awesome_lint.fix_text(_table(rows), select=["ALL"], unsafe_fixes=True))


def test_symbols_are_never_rewritten_into_one_another() -> None:
    rows = [(f"m{index:02d}", "✔") for index in range(12)] + [("x", "✘"), ("y", "❌")]
    rows += [(f"s{index}", "⭐️⭐️") for index in range(5)] + [("z", "⭐️")]
    after = _fixed_unsafely(rows)
    assert after["[x](https://example.org/12)"] == ("✘", "✘")
    assert after["[y](https://example.org/13)"] == ("❌", "❌")
    assert after["[z](https://example.org/19)"] == ("⭐️", "⭐️")


def test_letter_codes_keep_their_case() -> None:
    # osmr/imgclsmob (round CD3): `a` is a model implemented, `A` one with pretrained weights,
    # `ABcD` each dataset's; a column of such codes is never "fixed" into one case
    rows = [(f"m{index:02d}", "A") for index in range(12)] + [("x", "a"), ("y", "ABcD")]
    rows += [(f"s{index}", "ABCD") for index in range(4)] + [("z", "-")]
    after = _fixed_unsafely(rows)
    assert after["[x](https://example.org/12)"] == ("a", "a")
    assert after["[y](https://example.org/13)"] == ("ABcD", "ABcD")
    found = awesome_lint.check_text(_table(rows), path="README.md", select=["AL006"])
    assert not list(found)


def test_spelling_variants_are_fixed_to_the_common_one() -> None:
    rows = [(f"m{index:02d}", "Yes") for index in range(12)] + [("x", "yes"), ("y", "`Yes`")]
    fixed = awesome_lint.fix_text(_table(rows), extend_select=["AL006"])
    after = _cells(fixed)
    assert after["[x](https://example.org/12)"] == ("Yes", "Yes")
    assert after["[y](https://example.org/13)"] == ("Yes", "Yes")


def test_a_sign_and_an_open_range_are_part_of_the_key() -> None:
    """`2020-` (since 2020) is not `2020`, `-1` is not `1`; a joining `-` is a spelling."""
    assert value_key("2020-") == value_key("2020 -") != value_key("2020")
    assert value_key("-1.") != value_key("1.") == value_key("1")
    assert value_key("Llama-2") == value_key("llama 2")
    assert value_key("-") == ""
    # a grade's or a credit rating's minus (`A-`, `AA-`) is not the grade
    assert value_key("A-") == value_key("A -") != value_key("A")
    assert value_key("AA-") != value_key("AA") and value_key("B+") != value_key("B")


def test_an_emojis_shortcode_and_presentation_are_spellings_of_it() -> None:
    """`:heavy_check_mark:` is the `✔️` GitHub draws for it, and `✔` with or without U+FE0F is
    one mark; `:x:` is `❌`, another value; a shortcode GitHub has no emoji for is text."""
    assert value_key(":heavy_check_mark:") == value_key("✔\ufe0f") == value_key("✔")
    assert value_key(":x:") == value_key("❌") != value_key(":heavy_check_mark:")
    assert value_key(":white_check_mark:") == value_key("✅") != value_key("❌")
    assert value_key("⭐\ufe0f⭐\ufe0f⭐") == value_key("⭐⭐⭐") != value_key(":star::star:")
    assert value_key(":not_an_emoji:") == ":notanemoji:"
    fixed = awesome_lint.fix_text(
        _table([(f"m{index:02d}", ":x:") for index in range(6)] + [("n", "❌"), ("o", "✔️")]),
        extend_select=["AL006"],
        unsafe_fixes=True,
    )
    after = _cells(fixed)
    assert after["[n](https://example.org/6)"][1] == ":x:"
    assert after["[o](https://example.org/7)"][1] == "✔️"


def test_a_hyphens_look_alikes_are_a_spelling_but_a_dash_and_a_minus_are_not() -> None:
    """`Multi‑agent` typed with a non-breaking hyphen (U+2011) or U+2010 is `Multi-agent`; an
    en dash or a minus sign between figures says a range or a sign."""
    assert value_key("Multi\u2011agent Coordination") == value_key("Multi-agent Coordination")
    assert value_key("Multi\u2010agent") == value_key("multi agent")
    assert value_key("1\u20135") != value_key("15")
    assert value_key("\u22121") != value_key("1")


def test_a_links_destination_is_part_of_the_key() -> None:
    """A link goes where its destination says: `GLIP.` is another address than `GLIP`, and a
    fix that rewrote one into the other would send the link elsewhere; its text is keyed as any
    value's (`[Code]` and `[code]` are one label)."""
    glip = "[Code](https://github.com/microsoft/GLIP)"
    assert value_key(glip) != value_key("[Code](https://github.com/microsoft/GLIP.)")
    assert value_key(glip) != value_key("[Code](https://github.com/Microsoft/GLIP)")
    assert value_key(glip) == value_key("[code](https://github.com/microsoft/GLIP)")
    assert value_key("[Paper](https://a.org/x_(y))") != value_key("[Paper](https://a.org/xy)")


def test_a_link_is_never_rewritten_to_another_address() -> None:
    rows = [(f"m{index:02d}", "[Code](https://github.com/microsoft/GLIP.)") for index in range(6)]
    rows += [("x", "[Code](https://github.com/microsoft/GLIP)")]
    fixed = awesome_lint.fix_text(_table(rows), select=["ALL"], unsafe_fixes=True)
    assert _cells(fixed)["[x](https://example.org/6)"][1] == rows[-1][1]
