"""The license a cell names, whatever the way it is spelt: `GPLv3`, `GPL-3.0` and `GNU General
Public License v3.0` are one license; `GPL-3.0` and `LGPL-3.0` are two. Two spellings of one
license are one value written two ways, but not one spelling (their keys differ), so a rule
reports them and never rewrites one into the other."""

from __future__ import annotations

from functools import lru_cache

from awesome_lint import lazy_re

# words that say what kind of text this is, not which license (`MIT License`)
_FILLER = frozenset({"the", "license", "licence", "licensed", "gnu", "version", "only", "ver"})
# such words in scripts written without spaces between them, one word or several run together
# (`MIT 许可证`, `MIT开源许可协议`, `Apache 2.0 授权协议`, `GPL-3.0 版本`); `或更高版本` (or a
# later version) is not all of them, and says other terms
_RUN_FILLERS = (
    "许可证", "许可", "协议", "开源", "授权", "版本", "許可證", "許可", "協議", "開源", "授權",
    "ライセンス", "라이선스", "라이센스", "лицензия",
)  # fmt: skip
# a family's words, as written out, and its short name
_FAMILIES = (
    (("lesser", "general", "public"), "lgpl"),
    (("library", "general", "public"), "lgpl"),
    (("affero", "general", "public"), "agpl"),
    (("general", "public"), "gpl"),
    (("mozilla", "public"), "mpl"),
    (("eclipse", "public"), "epl"),
    (("apache",), "apache"),
    (("mit",), "mit"),
    (("isc",), "isc"),
    (("gpl",), "gpl"),
    (("lgpl",), "lgpl"),
    (("agpl",), "agpl"),
    (("mpl",), "mpl"),
    (("epl",), "epl"),
    (("bsd",), "bsd"),
)
# a word of Latin letters (accented ones too: `licença`), a word of other letters (`曾声明 MIT`,
# once declared MIT, is a note, not the license alone; `MIT协议` is MIT's, `协议` a filler), or a
# number
_TOKEN = lazy_re.compile(r"[a-zß-öø-ɏ]+|[^\W\da-zß-öø-ɏ_]+|\d+(?:\.\d+)*")
_CLAUSES = frozenset({"2", "3", "4"})


@lru_cache(maxsize=4096)
def license_of(value: str) -> str | None:
    """The license a value names alone (`gpl 3`, `bsd 3`, `apache 2`), or None where it names
    none or something more (a note, two licenses, an exception)."""
    folded = value.casefold()
    if "+" in folded or "later" in folded or "exception" in folded:
        return None  # `GPL-2.0+`, `or later`, `with exceptions`: other terms than the bare one
    tokens = _TOKEN.findall(folded)
    # `gplv3`, `v2.1`: a version's `v`, glued to the family's letters or alone
    split: list[str] = []
    for index, token in enumerate(tokens):
        numbered = index + 1 < len(tokens) and tokens[index + 1][:1].isdecimal()
        if numbered and token.endswith("v"):
            token = token[:-1]
        if token and token not in _FILLER and not _fillers_run(token):
            split.append(token)
    family = None
    rest = split
    for words, name in _FAMILIES:
        if tuple(split[: len(words)]) == words:
            family, rest = name, split[len(words) :]
            break
    if family is None:
        # `3-clause BSD`: the clause count first
        if len(split) == 3 and split[0] in _CLAUSES and split[1:] == ["clause", "bsd"]:
            return f"bsd {split[0]}"
        return None
    rest = [token for token in rest if token != "clause"]
    if not rest:
        return family
    if len(rest) == 1 and rest[0][:1].isdecimal():  # not `MIT⁴`, a footnote's mark
        number = rest[0]
        while number.endswith(".0"):
            number = number[:-2]
        return f"{family} {number}"
    return None


def _fillers_run(token: str) -> bool:
    """Whether a word of a script written without spaces is fillers alone, run together
    (`开源许可协议`: open-source, license, agreement); read a place at a time, never by
    recursion (a cell of a stranger's list may be a word thousands of characters long)."""
    ends = [False] * (len(token) + 1)  # whether the token's first `at` characters are fillers
    ends[0] = True
    for at in range(len(token)):
        if ends[at]:
            for word in _RUN_FILLERS:
                if token.startswith(word, at):
                    ends[at + len(word)] = True
    return bool(token) and ends[-1]
