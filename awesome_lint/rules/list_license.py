"""AL206 list-license: the list itself has no license section nor LICENSE file."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint import lazy_re
from awesome_lint.document import Document
from awesome_lint.facts import LICENSE_LINE
from awesome_lint.inline import plain_text
from awesome_lint.parse import front_matter_keys
from awesome_lint.rule import Context, Finding, Need, Rule, Severity
from awesome_lint.urls import relative_target, without_addresses
from awesome_lint.values import TO_COME

_LICENSE_HEADING = lazy_re.compile(
    r"licen[cs]e|copyright|许可|版权|授权|声明|許可|版權|授權|聲明|ライセンス|著作権|"
    # `协议` alone is a protocol as often (`TCP协议还是UDP协议`): a license with what it is for
    r"(?:开源|使用|用户)协议|(?:開源|使用|用戶)協議|^\s*协议\s*$|^\s*協議\s*$|"
    r"라이선스|라이센스|저작권|lizenz|licencia|licença|licenza|licentie|licencja|lisensi|"
    r"лицензия|ліцензія|giấy phép|bản quyền|ใบอนุญาต|ลิขสิทธิ์|"
    # Turkish `lisans` is a bachelor's degree as often (`Lisans Programları`): the heading alone
    r"^\W*lisans\W*$",
    re.IGNORECASE,
)

# a statement: a license, or a disclaimer; a copyright statement too (`版权声明`: whose
# copyright the works are, "delete within 24 hours"), unless it states the terms of reuse
_STATEMENT = lazy_re.compile(r"(?:版权|版權)?(?:声明|聲明)")
_STATEMENT_ALONE = lazy_re.compile(r"声明|聲明")
# a heading about the licenses of what the list lists (`Reading the licences`, `Dataset
# licenses`, `Licenses of the models`), not the list's own
_OTHERS_LICENSES = lazy_re.compile(
    r"(?i)\b(?:reading|understanding|about|checking|choosing|comparing)\b.*\blicen[cs]e|"
    r"\b(?:datasets?|models?|tools?|software|data)\s+licen[cs]es\b|"
    r"\blicen[cs]es\s+(?:of|for)\s+(?:the\s+)?(?:datasets?|models?|tools?|entries|projects|resources)\b"
)
_DISCLAIMER = lazy_re.compile(r"免责(?:声明)?|免責(?:聲明)?|disclaimer", re.IGNORECASE)

# the keys a blog engine's post carries in its front matter (Jekyll, Hexo, Hugo, Zenn, Valaxy)
_POST_KEYS = frozenset({"tags", "categories", "date", "topics", "published", "emoji"})


def _names_no_license(kind: re.Pattern[str], heading: str) -> bool:
    """Whether a heading is of a ``kind`` (a disclaimer, a statement) and names no license
    beside it (`免责声明`, `声明`, `版权声明`; not `License & Disclaimer`, `许可声明`)."""
    return kind.search(heading) is not None and not _LICENSE_HEADING.search(kind.sub("", heading))


def _states_license(heading: str) -> bool:
    """Whether a README's heading names its license: a license or copyright section, not a
    disclaimer (`免责声明`) nor a statement that names no license (`声明`: its words, not read
    here, say which it is)."""
    if _names_no_license(_STATEMENT_ALONE, heading):
        return False  # (a copyright statement's terms, in a text not read here, may be stated)
    return bool(_LICENSE_HEADING.search(heading)) and not _DISCLAIMER.search(heading)


def _is_post(lines: tuple[str, ...]) -> bool:
    """Whether the document is a post of a blog: a front matter (``parse.front_matter_keys``)
    naming its date, tags or categories. The blog's license, if any, is the site's, not a list's
    of its own."""
    return not _POST_KEYS.isdisjoint(front_matter_keys(lines))


# a badge that names the list's license: its alt text or a badge service's path says "license"
# (`![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)`), or Creative Commons'
# own button (`https://licensebuttons.net/l/by-sa/4.0/88x31.png`, `…/p/zero/1.0/…` for CC0)
_LICENSE_WORD = lazy_re.compile(r"(?i)licen[cs]e")
_BADGE = lazy_re.compile(r"(?i)^https?://(?:img\.)?(?:shields\.io|badgen\.net)/.*licen[cs]e")
_LICENSE_BUTTON = lazy_re.compile(
    r"(?i)^https?://(?:licensebuttons\.net|i\.creativecommons\.org)/[lp]/"
)
# a badge that says the list has none (`![License: No License](…/License-No_License-lightgrey)`)
# and a badge that shows what GitHub reads in the LICENSE file (`shields.io/github/license/o/r`),
# which says "not specified" where there is none: no statement of its own
_NO_LICENSE = lazy_re.compile(
    r"(?i)\bno[\s_-]*licen[cs]e|licen[cs]e[\s:_-]+(?:none|not[\s_-]*specified)\b|"
    r"(?:shields\.io|badgen\.net)/github/licen[cs]e/"
)


# a license's own text on the web, which a badge links to name the list's license (a picture of
# another repository's license, `shields.io/github/license/mashape/apistatus`, that says "MIT",
# linking `mit-license.org`)
_LICENSE_SITE = (
    r"https?://(?:www\.)?(?:mit-license\.org|opensource\.org/licen[cs]es?/|"
    r"choosealicense\.com/licenses/|creativecommons\.org/(?:licenses|publicdomain)/|"
    r"apache\.org/licenses/|gnu\.org/licenses/|spdx\.org/licenses/|unlicense\.org|wtfpl\.net)"
)
_LICENSE_PAGE = lazy_re.compile(rf"(?i)^{_LICENSE_SITE}")
# a README's line of a badge that links one (`…/mashape/apistatus.svg)](http://mit-license.org/)`)
_BADGE_OF_LICENSE_PAGE = lazy_re.compile(rf"(?i)\)\]\(\s*<?{_LICENSE_SITE}")


def _license_badge(document: Document, context: Context) -> bool:
    """Whether the list shows a badge of its license (not in a table or an entry, where a badge
    is an entry's license): it states its license there, unless the badge links a license file
    the repository lacks (`[![License](…)](/LICENSE)`, never committed: the claim of a file
    that is not there)."""
    candidates = [
        found
        for found in context.analysis.links
        if (found.link.image or found.link.badge)
        and (_LICENSE_WORD.search(found.link.text + found.url) or _LICENSE_BUTTON.match(found.url))
    ]
    if not candidates:
        return False  # most lists without a license: no badge says one, no line set made
    entries = {row.line for table in document.tables for row in table.rows}
    entries.update(entry.line for entry in context.analysis.entries.entries)
    shown = False
    for found in candidates:
        if found.line in entries or _NO_LICENSE.search(found.link.text + " " + found.url):
            continue  # an entry's license, or a badge that says the list has none
        if found.link.badge:
            target = relative_target(found.url)
            if target and _LICENSE_WORD.search(target) and target not in context.facts.existing:
                return False
            if _LICENSE_PAGE.match(found.url):
                shown = True  # a badge that links a license's text names it, whatever its picture
        elif (
            _LICENSE_WORD.search(found.link.text)
            or _BADGE.match(found.url)
            or _LICENSE_BUTTON.match(found.url)
        ):
            shown = True
    return shown


# what says nothing under a heading: a blank line, an anchor for a table of contents
_NOTHING = lazy_re.compile(
    r"\s*(?:<a\s+(?:name|id)=[^>]*>\s*</a>\s*|<!--.*?-->\s*)*", re.IGNORECASE
)


def _section_lines(document: Document, line: int) -> tuple[str, ...]:
    """The lines under a heading (its last line), up to the next heading."""
    lines = document.source.lines
    following = [block.line for block in document.headings if block.line > line]
    end = min(following, default=len(lines) + 1)
    return lines[line : end - 1]


# a section's line that says its text is still to come (`正在添加中`, `TBD`, `Coming soon`)
_STILL_TO_COME = lazy_re.compile(
    rf"(?i)[\s*_>-]*(?:{TO_COME}|正在添加中?|添加中|待添加|补充中|完善中|正在完善)[\s.。!！…~]*"
)


def _says_nothing(document: Document, line: int) -> bool:
    """Whether a heading's section is empty up to the next heading (`# License` and nothing
    under it: a section planned, never written), or says only that it is still to come
    (`## License` over `正在添加中`, "being added")."""
    return all(
        _NOTHING.fullmatch(text) or _STILL_TO_COME.fullmatch(text)
        for text in _section_lines(document, line)
    )


_SECTION_READ = 40  # lines of a disclaimer read for the terms of reuse it states
# `协议` alone over a section: the list's license, or the protocols a list of tools lists; its
# text tells which (a license's name, `许可协议`, or what a reader may do with the list)
_BARE_PROTOCOL = lazy_re.compile(r"\s*(?:协议|協議)\s*")
_LICENSE_NAMED = lazy_re.compile(
    r"licen[cs]ed under|creative commons|\bCC[ -]?BY|\bCC0\b|\bMIT\b|\b(?:A|L)?GPL|\bBSD\b|"
    r"\bMPL\b|\bISC\b|\bWTFPL\b|\bUnlicense\b|\bApache[- ](?:License|2)|"
    r"许可证|许可协议|許可證|許可協議|授权协议|授權協議|进行许可|進行許可|知识共享|知識共享|"
    r"\bBY(?:-(?:NC|SA|ND))+\b|转载|轉載|署名|非商用",
    re.IGNORECASE,
)


def _names_a_license(text: str) -> bool:
    """Whether a section's text, its addresses left out, names a license or terms of reuse."""
    return bool(_LICENSE_NAMED.search(without_addresses(text)))


# terms of reuse a disclaimer may state: a license's name, or what a reader may do with the list
_REUSE = lazy_re.compile(
    r"licen[cs]ed under|creative commons|\bCC[ -]BY|\bCC0\b|\bMIT\b|Apache|\bGPL|"
    r"许可协议|许可证|转载|署名|非商用",
    re.IGNORECASE,
)


# the licenses of what a list links, not the list's own: `开源工具使用需遵循各自许可证要求`,
# `subject to their respective licenses`
_RESPECTIVE = lazy_re.compile(
    r"各自(?:的)?(?:开源)?(?:许可证|许可协议|协议|license)|"
    # `各项目的许可证……以其原仓库为准`: each project's license, as its own repository says
    r"各(?:个)?项目的(?:开源)?(?:许可证|许可协议|协议)|以其?原(?:始)?(?:仓库|项目)为准|"
    r"(?:their|its|the)\s+(?:own\s+)?respective\s+licen[cs]es?|their\s+own\s+licen[cs]es?",
    re.IGNORECASE,
)


def _states_reuse(section: str) -> bool:
    """Whether a section states terms of reuse of the list, beside any of its entries'
    licenses (`their respective licenses`, `各项目的许可证……以其原仓库为准`)."""
    return _REUSE.search(_RESPECTIVE.sub("", section)) is not None


def _section_text(document: Document, line: int) -> str:
    """The first lines of a heading's section, joined."""
    return "\n".join(_section_lines(document, line)[:_SECTION_READ])


_MARKUP = lazy_re.compile(r"\]\([^)]*\)|[*_`>\[\]]")  # a link's target, then marks


def _states_its_license(lines: tuple[str, ...]) -> bool:
    """Whether a line of the list states its license by name (`> 协议：[CC BY-NC-SA 4.0](…)`):
    one such line, or several that name one license; lines that name several are its entries'
    (`**License**: CC BY 4.0` under one dataset's heading, `CC BY-NC 4.0` under another's)."""
    stated = {_named(line) for line in filter(LICENSE_LINE.match, lines)}
    return len(stated) == 1


def _named(line: str) -> str:
    """The license a license line names: what follows its colon, up to an aside or a sentence's
    end, without markup (`**License**: [MIT](LICENSE).` names `mit`)."""
    said = re.split(r"[:：]", line, maxsplit=1)[1]
    said = re.split(r"[(（;；,，]|\.\s|\.$", _MARKUP.sub("", said), maxsplit=1)[0]
    return " ".join(said.split()).casefold()


def check(document: Document, context: Context) -> Iterator[Finding]:
    if context.facts.license_files or _is_post(document.source.lines):
        return
    empty = 0  # a license section with nothing under it, where the list has one
    for heading in document.headings:
        text = plain_text(heading.text, document.definitions)
        if _names_no_license(_DISCLAIMER, text) or _names_no_license(_STATEMENT, text):
            # a disclaimer (`免责声明`) is no license, nor a statement (`声明`: `推荐均来源于网络，
            # 仅供个人学习参考`), unless it states the terms of reuse
            if _states_reuse(_section_text(document, heading.lines[-1].line)):
                return
            continue
        if _LICENSE_HEADING.search(text) and not _OTHERS_LICENSES.search(text):
            if _says_nothing(document, heading.lines[-1].line):
                empty = empty or heading.line
                continue
            section = _section_text(document, heading.lines[-1].line)
            if _BARE_PROTOCOL.fullmatch(text) and not _names_a_license(section):
                continue  # `## 协议` over a table of WebDriver and DevTools: protocols listed
            if _RESPECTIVE.search(section) and not _states_reuse(section):
                # `## 许可证与商标` saying each project keeps its own: the list's own, none
                empty = empty or heading.line
                continue
            return
    # a line of the list that states its license by name (`> 协议：[CC BY-NC-SA 4.0](…)`)
    if _states_its_license(document.source.lines):
        return
    # another page of the repository (a docs page, a yearly file) has the README's license
    if any(
        ((_states_license(line) or LICENSE_LINE.match(line)) and not _NO_LICENSE.search(line))
        # (a badge of the README's, not of an entry in a table of its)
        or (_BADGE_OF_LICENSE_PAGE.search(line) and not line.lstrip().startswith("|"))
        for line in context.facts.readme_headings
    ):
        return
    if _license_badge(document, context):
        return
    if empty:
        yield Finding(
            1, 1, f"the list has no LICENSE file, and its license section (line {empty}) names none"
        )
        return
    yield Finding(1, 1, "the list has no license section and no LICENSE file")


RULE = Rule(
    code="AL206",
    name="list-license",
    summary="The list has neither a license section nor a LICENSE file",
    severity=Severity.WARNING,
    check=check,
    needs=frozenset({Need.FILES}),
)
