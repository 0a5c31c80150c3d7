"""AL008 unused-suppression: a suppression comment that suppressed nothing in this run."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.rule import Context, Finding, Need, Rule, Severity
from awesome_lint.suppress import Comment, SuppressionUse


def _unused_names(index: int, comment: Comment, use: SuppressionUse) -> list[str]:
    """The rules a comment names that ran and found nothing for it to hold back; a rule that
    did not run (not selected, or a network rule without --links) is given the benefit."""
    unused = []
    for name, codes in comment.names:
        ran = codes & use.ran
        if ran and not any((index, code) in use.used for code in ran):
            unused.append(name)
    return unused


def check(document: Document, context: Context) -> Iterator[Finding]:
    use = context.suppression_use
    if use is None:  # run by itself, outside `lint`: nothing is known of the other rules
        return
    for index, comment in enumerate(context.analysis.suppressions.comments):
        if not comment.names:
            if not any(pair[0] == index for pair in use.used):
                yield Finding(
                    comment.line,
                    comment.column,
                    f"`awesome-lint-{comment.kind}` without rules suppresses nothing here",
                )
            continue
        unused = _unused_names(index, comment, use)
        if unused:
            listed = ", ".join(f"`{name}`" for name in unused)
            verb = "suppresses" if len(unused) == 1 else "suppress"
            yield Finding(comment.line, comment.column, f"{listed} {verb} nothing here")


RULE = Rule(
    code="AL008",
    name="unused-suppression",
    summary="A suppression comment suppresses nothing",
    severity=Severity.WARNING,
    check=check,
    default=False,
    needs=frozenset({Need.SUPPRESSION_USE}),
)
