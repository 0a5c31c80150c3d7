"""The fix door (awesome_lint/fix.py): edits composed, ordered, verified, applied or refused."""

from __future__ import annotations

import pytest

from awesome_lint.config import Settings, select_rules
from awesome_lint.fix import FixRefused, apply_edits, fix_document, format_fix, line_edits
from awesome_lint.parse import parse_document
from awesome_lint.prepare import context_for
from awesome_lint.rule import Edit, TextEdit
from awesome_lint.source import decode


def _document(text: str):  # type: ignore[no-untyped-def]
    return parse_document(decode("t.md", text.encode("utf-8")))


def test_column_edits_of_one_line_compose_and_overlaps_are_dropped() -> None:
    lines = ("| yes | no | maybe |",)
    edits = line_edits(
        [
            ("AL006", TextEdit(1, 3, "yes", "Yes")),
            ("AL006", TextEdit(1, 9, "no", "No")),
            ("AL006", TextEdit(1, 9, "n", "N")),  # overlaps the one before: dropped
            ("AL006", TextEdit(1, 3, "yes", "Yes")),  # the same edit twice counts once
        ],
        lines,
    )
    assert edits == [Edit(0, 1, ("| Yes | No | maybe |",), "AL006")]


def test_line_edits_keep_their_order_and_code() -> None:
    edit = Edit(2, 2, ("",), "AL003")
    assert line_edits([("AL003", edit)], ("a", "b", "c")) == [edit]


def test_apply_edits_keeps_each_line_ending() -> None:
    source = decode("t.md", b"a\r\nb\nc")
    fixed = apply_edits(source, [Edit(1, 2, ("B",), "X"), Edit(3, 3, ("d",), "X")])
    assert fixed.to_bytes() == b"a\r\nB\nc\r\nd"  # an inserted line takes the usual newline


def test_formatting_is_applied_by_plain_fix_and_verified() -> None:
    document = _document("| a | b |\n|---|---|\n| long | 2 |\n")
    selection = select_rules(Settings(), fixing=True)
    result = fix_document(document, context_for(document, Settings()), selection)
    assert result.source.text == "| a    | b   |\n| ---- | --- |\n| long | 2   |\n"
    assert [edit.code for edit in result.applied] == ["AL002"]


def test_a_formatting_edit_that_changes_the_page_is_refused() -> None:
    document = _document("Intro\n\n| a |\n|---|\n")
    with pytest.raises(FixRefused, match="GitHub would render the document differently"):
        format_fix(document, [Edit(0, 1, ("Changed",), "AL002")])


def test_a_safe_fix_that_would_change_the_page_is_skipped_not_applied() -> None:
    text = "- Models:\n  | Name | License |\n  | --- | --- |\n  | ChatGLM | Apache-2.0 |\n"
    document = _document(text)
    settings = Settings(extend_select=("AL003",), options={"AL003": {"style": "everywhere"}})
    selection = select_rules(settings, fixing=True)
    result = fix_document(document, context_for(document, settings), selection)
    assert [edit.code for edit in result.skipped] == ["AL003"]
    assert "\n\n" not in result.source.text


def test_pages_started_for_documents_with_nothing_to_fix_are_not_kept() -> None:
    from awesome_lint import fix
    from awesome_lint.api import fix_source

    formatted = "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n"
    for _ in range(30):  # as a language server formats a formatted list on every save
        result = fix_source(decode("t.md", formatted.encode("utf-8")), Settings())
        assert not result.changed
    assert len(fix._pending) <= fix._PENDING_KEPT
