"""The fix door (awesome_lint/fix.py): edits composed, ordered, verified, applied or refused;
every combination of fixes settles in one run (a second run changes nothing); the stdin gate
(`fix --check -`, `fix --diff -`) fails as the file gate does."""

from __future__ import annotations

import gc
import itertools
import weakref

import pytest
from conftest import CORPUS_FILES, run

from awesome_lint.api import check_source
from awesome_lint.config import Settings, select_rules
from awesome_lint.fix import (
    apply_edits,
    fix_document,
    format_fix,
    github_page,
    line_edits,
    prefetch_page,
)
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


def test_a_formatting_edit_that_changes_the_page_is_held_back_with_its_reason() -> None:
    document = _document("Intro\n\n| a |\n|---|\n")
    edit = Edit(0, 1, ("Changed",), "AL002")
    result = format_fix(document, [edit])
    assert result.source == document.source
    assert not result.changed
    assert [(r.edit, r.reason) for r in result.refused] == [
        (edit, "GitHub would render the document differently")
    ]


def test_one_table_held_back_leaves_the_others_formatted() -> None:
    # 16 tables, the 11th's edit changes the page: found by halves, the 15 others applied
    text = "".join(f"| a{i} |\n|---|\n| long cell {i} |\n\n" for i in range(16))
    document = _document(text)
    edits = [
        Edit(
            4 * i, 4 * i + 3, (f"| a{i}          |", "| ------------ |", f"| long cell {i} |"), "X"
        )
        for i in range(16)
    ]
    edits[10] = Edit(40, 43, ("| a10 |", "|---|", "| long cell 10 | x |"), "AL002")
    result = format_fix(document, edits)
    assert [r.edit for r in result.refused] == [edits[10]]
    assert result.refused[0].reason == "the cells of the table at line 41 would change"
    assert result.applied == tuple(edits[:10] + edits[11:])
    lines = result.source.lines
    assert lines[40:43] == document.source.lines[40:43]
    assert lines[0] == "| a0          |"


def test_a_table_whose_page_would_change_is_found_by_halves(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the page, not the cells, tells the 6th table's edit apart: the proof names no table, so
    # the edits are proven by halves, and the 7 others applied
    from awesome_lint import fix

    real = fix.render_html
    monkeypatch.setattr(
        fix, "render_html", lambda text: real(text) + (b"!" if "|   MARK" in text else b"")
    )
    text = "".join(f"| a{i} |\n|---|\n| MARK{i} |\n\n" for i in range(8))
    document = _document(text)
    edits = [
        Edit(4 * i, 4 * i + 3, (f"| a{i} |", "| --- |", f"| MARK{i} |"), "X") for i in range(8)
    ]
    edits[5] = Edit(20, 23, ("| a5 |", "| --- |", "|   MARK5 |"), "X")
    result = format_fix(document, edits)
    assert [(r.edit, r.reason) for r in result.refused] == [
        (edits[5], "GitHub would render the document differently")
    ]
    assert result.applied == tuple(edits[:5] + edits[6:])


def test_a_safe_fix_that_would_change_the_page_is_skipped_not_applied() -> None:
    text = "- Models:\n  | Name | License |\n  | --- | --- |\n  | ChatGLM | Apache-2.0 |\n"
    document = _document(text)
    settings = Settings(extend_select=("AL003",), options={"AL003": {"style": "everywhere"}})
    selection = select_rules(settings, fixing=True)
    result = fix_document(document, context_for(document, settings), selection)
    assert [edit.code for edit in result.skipped] == ["AL003"]
    assert "\n\n" not in result.source.text


def test_text_taken_in_under_a_table_is_kept_as_written_and_still_reported() -> None:
    # a sentence under the table with no blank line before it: GitHub shows it as a row, and
    # AL003 says so; formatting it into a row (`| More models … |  |`) hid that for good
    text = (
        "| Name | License |\n| --- | --- |\n| ChatGLM | Apache-2.0 |\nMore models are coming.\n"
        "   (soon)\n"
    )
    settings = Settings(options={"AL001": {"short-rows": True}})
    document = _document(text)
    selection = select_rules(settings, fixing=True)
    fixed = fix_document(document, context_for(document, settings), selection).source.text
    assert fixed.endswith("| ChatGLM | Apache-2.0 |\nMore models are coming.\n   (soon)\n")
    assert fixed.startswith("| Name    | License    |\n")
    diagnostics = check_source(decode("t.md", fixed.encode("utf-8")), Settings())
    assert [diagnostic.code for diagnostic in diagnostics] == ["AL003", "AL003"]
    padding = Settings(select=("AL001",), options={"AL001": {"short-rows": True}})
    selection = select_rules(padding, fixing=True)
    assert fix_document(document, context_for(document, padding), selection).source.text == text


def test_a_row_broken_over_two_lines_is_kept_as_written_and_still_reported() -> None:
    # padded, the row's cells would stand empty in place and its rest a row of its own: no
    # finding left to say so
    text = (
        "| Name | Description | Stars |\n| --- | --- | --- |\n| a | first | 1 |\n"
        "| b |\nsecond | 2 |\n| c | third | 3 |\n"
    )
    document = _document(text)
    selection = select_rules(Settings(), fixing=True)
    fixed = fix_document(document, context_for(document, Settings()), selection).source.text
    assert "\n| b |\nsecond | 2 |\n" in fixed
    assert fixed.startswith("| Name   | Description | Stars |\n| ------ |")
    diagnostics = check_source(decode("t.md", fixed.encode("utf-8")), Settings())
    assert [(item.line, item.code) for item in diagnostics] == [(4, "AL001")]


def test_the_line_a_broken_row_goes_on_on_is_not_padded_by_a_second_fix() -> None:
    # found by the hypothesis run of CI: the first fix padded the other short rows, after which
    # AL001 read `x | y` as a row cut short and the second fix padded it, which the first had
    # kept as written
    text = "| h|h|h\n| ---|---|---\n" + "| |\n" * 6 + "x | y\n| h |\n| --- |\n|  |"
    once = _fixed_twice(text)
    assert once[0] == once[1]
    assert "\n| |\nx | y\n" in once[0]


def _fixed_twice(text: str) -> tuple[str, str]:
    """A text fixed with the default rules, and that fixed again."""
    results = []
    for _ in range(2):
        document = _document(text)
        selection = select_rules(Settings(), fixing=True)
        text = fix_document(document, context_for(document, Settings()), selection).source.text
        results.append(text)
    return results[0], results[1]


def test_documents_with_nothing_to_fix_are_not_kept() -> None:
    from awesome_lint.api import fix_source

    formatted = "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n"
    watched = []
    for _ in range(30):  # as a language server formats a formatted list on every save
        source = decode("t.md", formatted.encode("utf-8"))
        watched.append(weakref.ref(source))
        result = fix_source(source, Settings())
        assert not result.changed
    del source, result
    gc.collect()
    assert [ref for ref in watched if ref() is not None] == []


# every fix combination settles in one run

FIXABLE = ("AL001", "AL002", "AL003", "AL006", "AL205")  # the fixes that need no network
COMBINATIONS = [
    ",".join(combination)
    for size in range(1, len(FIXABLE) + 1)
    for combination in itertools.combinations(FIXABLE, size)
]
UNSORTED = ["alpha", "beta", "Eta", "Delta", "Gamma", "Iota", "Kappa", "Lambda", "Mu", "Nu"]
# a cell spelled unlike its column (AL006) in a table out of order (AL205): the two edits
# overlap, so the sort once waited for a second run
SPELLED_AND_UNSORTED = "# List\n\n| Name | Description | HTTPS |\n| --- | --- | --- |\n" + "".join(
    f"| [{name}](https://{name.lower()}.example) | The {name} API | "
    f"{'yes' if name == 'beta' else 'Yes'} |\n"
    for name in [*UNSORTED, "Omicron", "Zeta"]
)
HAND_MADE = {
    "spelled and unsorted": SPELLED_AND_UNSORTED,
    "spelled and unsorted, CR only": SPELLED_AND_UNSORTED.replace("\n", "\r"),
    "no blank lines, CR only": "Intro\r| a | b |\r|---|---|\r| x | y |\r# Next\rtext",
    "no blank lines, CRLF": "Intro\r\n| a | b |\r\n|---|---|\r\n| x |\r\n> quote\r\n",
    "in a quote": "> Intro\n> | a | b |\n> |---|---|\n> | x | y | z |\n> # H\n",
    "in a list item": "- item\n\n  | a | b |\n  |---|---|\n  | x |\n  - next\n",
    "no final newline": "| b | a |\n|:-|-:|\n| [z](https://z.example) | 1 |\n| [y](https://y.ex) |",
}


def _settles(text: bytes, flags: list[str]) -> None:
    once = run("fix", *flags, "-", stdin=text)
    assert once.code == 0, once.err
    twice = run("fix", *flags, "-", stdin=once.out.encode("utf-8"))
    assert twice.code == 0, twice.err
    assert twice.out == once.out, f"a second `fix {' '.join(flags)}` changed the file"


@pytest.mark.parametrize("unsafe", [[], ["--unsafe-fixes"]], ids=["safe", "unsafe"])
@pytest.mark.parametrize("name", sorted(HAND_MADE))
def test_every_fix_combination_settles_in_one_run(name: str, unsafe: list[str]) -> None:
    text = HAND_MADE[name].encode("utf-8")
    for selection in COMBINATIONS:
        _settles(text, ["--select", selection, *unsafe])


def test_a_cell_fix_and_a_sort_of_the_same_table_both_happen_in_one_run() -> None:
    fixed = run(
        "fix", "--select", "AL006,AL205", "--unsafe-fixes", "-", stdin=SPELLED_AND_UNSORTED.encode()
    ).out
    names = [line.split("]")[0].lstrip("| [") for line in fixed.splitlines()[4:]]
    assert names == sorted(names, key=str.casefold)
    assert "| yes |" not in fixed and fixed.count("| Yes |") == 12


def test_a_blank_line_in_a_cr_only_file_takes_a_cr(write) -> None:  # type: ignore[no-untyped-def]
    write(".awesome-lint.toml", '[AL003]\nstyle = "everywhere"\n')
    path = write("list.md", b"Intro\r| a |\r|---|\r| x |\r\r# Next\r")
    assert run("fix", "--extend-select", "AL003", str(path)).code == 0
    assert path.read_bytes() == b"Intro\r\r| a   |\r| --- |\r| x   |\r\r# Next\r"
    assert run("fix", "--extend-select", "AL003", str(path)).err == "0 files fixed, 1 unchanged.\n"


SMALL = [path for path in CORPUS_FILES if path.stat().st_size < 200_000]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[path.name for path in CORPUS_FILES])
def test_fixes_of_the_corpus_settle_in_one_run(path) -> None:  # type: ignore[no-untyped-def]
    """Plain fix and every offline fix at once on every file; the 31 combinations spread over
    the smaller files (benchmarks/fix_idempotence.py runs each one on every file)."""
    chosen = {",".join(FIXABLE)}
    if path in SMALL:
        share = -(-len(COMBINATIONS) // len(SMALL))
        start = SMALL.index(path) * share
        chosen.update(COMBINATIONS[start : start + share])
    text = path.read_bytes()
    for selection in sorted(chosen):
        _settles(text, ["--select", selection, "--unsafe-fixes"])
    _settles(text, [])


SHORT_ROW = b"| a | b |\n| --- | --- |\n| 1 |\n"
PADDED = "| a   | b   |\n| --- | --- |\n| 1   |     |\n"


def test_fix_check_on_stdin_fails_when_it_would_change() -> None:
    result = run("fix", "--check", "-", stdin=SHORT_ROW)
    assert (result.code, result.out) == (1, "would fix <stdin>\n")
    assert result.err == "1 file would be fixed, 0 unchanged.\n"
    clean = run("fix", "--check", "-", stdin=PADDED.encode())
    assert (clean.code, clean.out) == (0, "")


def test_fix_diff_on_stdin_prints_the_diff() -> None:
    result = run("fix", "--diff", "-", stdin=SHORT_ROW)
    assert result.code == 1
    assert result.out == (
        "--- a/<stdin>\n+++ b/<stdin>\n@@ -1,3 +1,3 @@\n"
        "-| a | b |\n+| a   | b   |\n | --- | --- |\n-| 1 |\n+| 1   |     |\n"
    )


def test_plain_fix_on_stdin_still_writes_the_fixed_text() -> None:
    assert run("fix", "-", stdin=SHORT_ROW).out == PADDED


def test_trailing_whitespace_goes_from_table_lines_only() -> None:
    """As the README says: table lines lose it (GitHub ignores it there), other lines keep it."""
    text = b"Intro  \n\n| a   | b   |  \n| --- | --- |\t\n| x   | y   |   \n\nafter \t\n"
    result = run("fix", "-", stdin=text)
    assert result.out == "Intro  \n\n| a   | b   |\n| --- | --- |\n| x   | y   |\n\nafter \t\n"


def test_a_page_being_rendered_does_not_keep_its_document_alive() -> None:
    """`fix` over 200 formatted files of 1 MB once kept all 200 alive (872 MiB against 65 MiB
    for one): a render started for a file with nothing to fix was never collected. A page
    now holds its render task, never its document; benchmarks/bench_fix_memory.py measures
    the peak."""
    source = decode("list.md", PADDED.encode())
    expected = github_page(source)
    page = prefetch_page(source)
    watch = weakref.ref(source)
    del source
    gc.collect()
    assert watch() is None
    assert page.digest() == expected
