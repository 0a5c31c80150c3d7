"""The name a paper's title starts with (`Olivia: Harmonizing Time Series…`), and whether that
name is coined, a method's own (`FOSTER`, `PRO-DYN`), rather than a phrase."""

from __future__ import annotations

from awesome_lint import lazy_re

# the name a title starts with: `Olivia: Harmonizing Time Series…`, `TimesNet：…`
_TITLE_NAME = lazy_re.compile(r"\s*([^:：\s][^:：]{0,39}?)\s*[:：]\s*\S")
# what a title may start with that names a kind of paper, not a method (`Position: …`)
_GENRES = frozenset(
    ("position", "survey", "review", "tutorial", "perspective", "opinion", "editorial", "sok")
)
# a method's coined name: one word or two joined by a hyphen, each with a capital (`ALoRa`,
# `PRO-DYN`, `InvSTG-PLM`), two capitals at least; not a phrase (`Beyond Extrapolation`) nor
# a repository's slug of words (`tsfm-lens`, `Prune-then-Finetune`)
_COINED = lazy_re.compile(
    r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]*[A-Z][A-Za-z0-9]*)?"
)
_COINED_LENGTH = 16


def title_prefix(text: str) -> str | None:
    """The name a plain title starts with, as written, or None (for a kind of paper,
    `Position: …`, too)."""
    if ":" not in text and "：" not in text:
        return None
    found = _TITLE_NAME.match(text)
    if found is None or found.group(1).casefold() in _GENRES:
        return None
    return found.group(1)


def coined(name: str) -> bool:
    return len(name) <= _COINED_LENGTH and _COINED.fullmatch(name) is not None


def coined_prefix(text: str) -> str | None:
    """The coined name a plain title starts with (`FOSTER` of `FOSTER: Feature Boosting …`)."""
    name = title_prefix(text)
    return name if name is not None and coined(name) else None
