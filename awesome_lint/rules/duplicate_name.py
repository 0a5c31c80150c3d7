"""AL202 duplicate-name: one entry listed twice under two URLs of the same site: the same name
(case and width folded), where AL201 does not already see the same URL."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from urllib.parse import urlsplit

from awesome_lint import lazy_re
from awesome_lint.badges import Definitions
from awesome_lint.document import Cell, Document, Row, Table
from awesome_lint.entries import (
    Entry,
    dates_apart,
    day_column,
    editions,
    first_day,
    is_link_label,
    normalize_header,
    same_days,
    title_column,
    two_catalogues,
)
from awesome_lint.inline import links, plain_text
from awesome_lint.rule import Context, Finding, Rule, Severity
from awesome_lint.urls import OWNER_HOSTS, PAPER_HOSTS, host_of, is_web_url, name_key, normalize_url
from awesome_lint.values import SETTINGS, SHORTCODE

_SHARED_SUFFIXES = frozenset(
    {"github.io", "gitlab.io", "gitee.io", "netlify.app", "vercel.app", "herokuapp.com",
     "pages.dev", "readthedocs.io", "blogspot.com", "web.app", "firebaseapp.com", "glitch.me",
     "co.uk", "com.cn", "com.au", "co.jp", "com.br", "co.in", "org.uk", "gov.uk", "ac.uk",
     "com.tw", "com.hk", "edu.cn", "org.cn", "gov.cn", "ac.cn"}
)  # fmt: skip


# where services keep their API documentation: a link there is the service's, whatever its
# own site
_DOCUMENTATION_HOSTS = ("getpostman.com", "postman.com", "rapidapi.com", "readme.io",
                        "gitbook.io", "swaggerhub.com", "apiary.io", "stoplight.io")  # fmt: skip
_ANY_SITE = "*"
# a messenger whose pages are its users' accounts: two groups of one title under two handles
# (`微博热搜` at `t.me/weiboresou` and at `t.me/weibo_hot`) are two groups, each its own site
_ACCOUNT_HOSTS = frozenset({"t.me", "telegram.me"})
_INVITES = frozenset({"joinchat", "addlist"})  # paths of an invitation to one group: its key


def _telegram_account(path: str) -> str:
    """The account a Telegram link leads to (`weibo_hot` of `/weibo_hot/123`, `/s/weibo_hot`),
    or its invitation (`joinchat/JikZ61Y…`, `+AbC…`), in small letters: a handle's case says
    nothing."""
    parts = [part for part in path.split("/") if part]
    if parts[:1] == ["s"]:  # a channel's preview
        parts = parts[1:]
    if parts[:1] and parts[0].lower() in _INVITES:
        return "/".join(parts[:2])  # an invitation's key is written in both cases
    if parts[:1] and parts[0].startswith("+"):
        return parts[0]
    return parts[0].lower() if parts else ""


# a page kept by the Wayback Machine: its path holds the time and the page's own address
_ARCHIVED = lazy_re.compile(r"/web/\d+[a-z_]*/+(.+)", re.IGNORECASE | re.DOTALL)


def site(url: str) -> str:
    """Where a link leads, as far as telling one entry from another goes: a domain (its last
    two labels), an owner on a code host, or the whole path of a relative link. A page the
    Wayback Machine keeps is its own address's (`web.archive.org/web/2019…/http://geocities.jp/…`
    is `geocities.jp`): a list that links dead pages by their copies links many sites so."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return parts.path
    archived = _ARCHIVED.fullmatch(parts.path) if host == "web.archive.org" else None
    if archived is not None and "archive.org" not in archived.group(1).lower():
        inner = archived.group(1)
        if "://" not in inner:  # `http:/x.com` (a browser's), `x.com`
            inner = "http://" + inner.removeprefix("http:/").removeprefix("https:/")
        return site(inner)
    if any(host == doc or host.endswith("." + doc) for doc in _DOCUMENTATION_HOSTS):
        return _ANY_SITE
    if host in OWNER_HOSTS:
        owner = parts.path.strip("/").split("/")[0].lower()
        return f"{host}/{owner}"
    if host in _ACCOUNT_HOSTS:
        return f"t.me/{_telegram_account(parts.path)}"
    labels = host.split(".")
    # a project on a shared host (name.github.io) or under a two-label suffix (x.co.uk) is a
    # site of its own
    depth = 3 if ".".join(labels[-2:]) in _SHARED_SUFFIXES else 2
    return ".".join(labels[-depth:])


def _same_site(one: Entry, other: Entry, common: frozenset[str] = frozenset()) -> bool:
    """Whether two entries link one site, not one that most of the list's entries link (a
    list of one blog's articles, each entry an article), or one of them an API documentation
    host (``_documented``)."""
    return _one_site(one, other, common) or _documented(one, other)


def _one_site(one: Entry, other: Entry, common: frozenset[str]) -> bool:
    """Whether two entries link one site of their own (not ``common``, nor a documentation
    host: a service's page and its Postman docs are no one site)."""
    mine = {site(link.url) for link in one.own_urls}
    theirs = {site(link.url) for link in other.own_urls}
    return bool((mine & theirs) - common - {_ANY_SITE})


# words of a page's path that name no product of a site: its home, its API's docs, a version
_SITE_WORDS = frozenset(
    {"api", "apis", "docs", "doc", "documentation", "developer", "developers", "dev", "en", "us",
     "index", "html", "htm", "home", "latest", "reference", "www", "main", "default"}
)  # fmt: skip
_PATH_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def _names_a_page(url: str) -> bool:
    """Whether a link's path names a page of its site (`pexels.com/videos`, `/blog`), not its
    home or its API's docs (`docs.mapbox.com/api/`)."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return any(word not in _SITE_WORDS for word in _PATH_WORD.findall(path.casefold()))


def _facets_of_a_site(one: Entry, other: Entry) -> bool:
    """Whether two entries of one name in two sections link a site's home and a page of it
    that names something (`pexels.com` among photos, `pexels.com/videos` among videos; a blog
    and its company): one brand's facets, each where it belongs, not one entry listed twice."""
    if not one.own_urls or not other.own_urls:
        return False
    return _names_a_page(one.own_urls[0].url) != _names_a_page(other.own_urls[0].url)


_COMMON_SITE = 0.3  # of a list's entries that link one site: the list's own medium
_COMMON_ENTRIES = 5  # entries, at least, that make a site the list's medium


def _site_of(entry: Entry) -> str:
    """One site of an entry's own links (the first by name, where it links several), "" for
    none."""
    return min({site(link.url) for link in entry.own_urls}, default="")


def _common_sites(context: Context) -> frozenset[str]:
    """Sites that many of the list's entries link: their pages tell its entries apart no
    more than its sections do."""
    entries = context.analysis.entries.entries
    counted = Counter(map(_site_of, entries))
    return frozenset(
        name
        for name, count in counted.items()
        if name and count >= max(_COMMON_SITE * len(entries), _COMMON_ENTRIES)
    )


# sites whose pages a list gives in several sections, as a share of the sites it links, that make
# cross-listing one site's pages (a feed per category) its habit: 43 of 581 sites (7.4%) in an
# RSS list, 31 of 1,509 (2.1%) in public-apis
_SITES_ACROSS = 0.05
_SITES_ACROSS_LEAST = 5


def _sites_across(context: Context, common: frozenset[str]) -> bool:
    """Whether the list gives one site's pages in several sections as a habit (a site's news
    feed under News, its fashion feed under Fashion): one in twenty of the sites its entries
    link, five at least, a site most entries link aside."""
    analysis = context.analysis
    sections: dict[str, set[int]] = {}
    for entry in analysis.entries.entries:
        linked = _site_of(entry)
        if linked and linked not in common:
            sections.setdefault(linked, set()).add(analysis.entry_section(entry))
    across = sum(1 for found in sections.values() if len(found) > 1)
    return across >= _SITES_ACROSS_LEAST and across >= _SITES_ACROSS * len(sections)


_TITLE_WORDS = 6  # words of a name that make it a title (a paper's, an article's)
_TITLE_CJK = 12  # or CJK characters (`美图个性化推送的 AI 探索之路`)
# compiled on first use (re's cache): its ranges take 2.4 ms to compile, and only names that
# two entries share are asked
_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


def _title(name: str) -> bool:
    """Whether a name is a title, which two things rarely share by chance: two sites' `Cat
    Facts` are two services, two sites' `Self-supervised Learning for Real-World Super-Resolution
    from Dual Zoomed Observations` are one paper listed twice."""
    key = name_key(name)
    # words, not the dashes between them (`Section Page News - Automotive News` is five)
    words = [word for word in key.split() if any(char.isalnum() for char in word)]
    if len(words) >= _TITLE_WORDS:
        return True
    characters = len(re.findall(_CJK, key))
    # two CJK characters for a word, where a title mixes scripts (`推荐系统 Embedding 技术实践总结`)
    latin = sum(1 for word in words if re.search(_CJK, word) is None)
    return characters >= _TITLE_CJK or latin + characters / 2 >= _TITLE_WORDS


def _documented(one: Entry, other: Entry) -> bool:
    """Whether one of two entries links a site where services keep their API documentation
    (Postman, RapidAPI): a service and its documentation, one thing under two links."""
    return any(site(link.url) == _ANY_SITE for entry in (one, other) for link in entry.own_urls)


def _account_page(url: str) -> str | None:
    """The Telegram account a link leads to where it leads to the account itself (`t.me/fakeye`,
    `t.me/s/fakeye`, `t.me/fakeye?boost`; not one of its posts, `t.me/fakeye/123`, nor an
    invitation, nor one of Telegram's own pages that take an address, `t.me/proxy?server=…`,
    `t.me/share?url=…`), in small letters; None for any other link."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if (parts.hostname or "").lower().removeprefix("www.") not in _ACCOUNT_HOSTS:
        return None
    if parts.query not in ("", "boost"):
        return None  # a page of Telegram's that a query tells apart (a proxy, a share)
    path = [part for part in parts.path.split("/") if part]
    if len(path) - (path[:1] == ["s"]) != 1:
        return None  # a post (`fakeye/123`) or an invitation (`joinchat/…`)
    account = _telegram_account(parts.path)
    return None if account.startswith("+") or account in _TELEGRAM_PAGES else account


# Telegram's own pages, no account's (`t.me/proxy?server=…`, `t.me/addstickers/…`)
_TELEGRAM_PAGES = frozenset(
    {"proxy", "socks", "share", "iv", "addstickers", "addemoji", "addtheme", "setlanguage",
     "login", "confirmphone", "bg", "invoice", "contact", "boost", "joinchat", "addlist"}
)  # fmt: skip


def _one_account(one: Entry, other: Entry) -> bool:
    """Whether two entries' first links lead to one Telegram account itself, written two ways
    (`t.me/fakeye?boost`, its boost link, and `t.me/fakeye`): one channel listed twice,
    whatever else the list names twice (two groups of one title under two handles are two)."""
    if not one.own_urls or not other.own_urls:
        return False
    mine = _account_page(one.own_urls[0].url)
    return mine is not None and mine == _account_page(other.own_urls[0].url)


def _how_same_site(one: Entry, other: Entry, common: frozenset[str]) -> str:
    """How two entries of one name that ``_same_site`` joins link it, for the message."""
    if _one_feed(one, other):
        return "its feed in another format"
    if _one_account(one, other):
        return "under another link of the same Telegram account"
    if _one_site(one, other, common):
        return "under another link of the same site"
    return "under another link, the service's API documentation on a shared host"


def _page(url: str) -> tuple[str, str] | None:
    """A link's host (without `www.`) and path (without a final `/`) with its query (`?id=…`
    names a page), its fragment aside; None for a link of no host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return (host, parts.path.rstrip("/") + query) if host else None


def _one_page(one: Entry, other: Entry) -> bool:
    """Whether two entries' first links lead to one page, or one to a page under the other's
    (a repository and its README, an extension and its `/related` tab, a map at two places):
    one entry listed twice, whatever else the list names twice. A site's home is no such page."""
    if not one.own_urls or not other.own_urls:
        return False
    mine, theirs = _page(one.own_urls[0].url), _page(other.own_urls[0].url)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    short, long = sorted((mine[1], theirs[1]), key=len)
    return short == long or (bool(short) and long.startswith(short + "/"))


# a feed's address: its last part names the feed (`rss.xml`, `atom.xml`, `feed`, `atomfeed`,
# `index.rss`, `posts-rss`), or it is a blog's feed (`/feeds/posts/default`), or its query asks
# for one (`?feed=rss2`, `?alt=rss`); not a page whose word only starts so (`feedback`)
_FEED_PART = lazy_re.compile(r"(?i)(?:^|[-_.])(?:rss2?|atom|feeds?|\w*feed)(?:$|[-_.])")
_FEED_PLACE = lazy_re.compile(r"(?i)(?:^|/)feeds?/|[?&](?:feed|format|alt)=(?:rss|atom)")
_FEED_WORDS = frozenset({"rss", "rss2", "atom", "feed", "feeds", "atomfeed", "rssfeed", "xml"})
_FEED_SPLIT = lazy_re.compile(r"[-_.]")


def _feed(path: str) -> bool:
    """Whether a link's path (with its query, ``_page``'s) is a feed's."""
    if _FEED_PLACE.search(path) is not None:
        return True
    return _FEED_PART.search(path.split("?", 1)[0].rsplit("/", 1)[-1]) is not None


def _feed_topic(path: str) -> tuple[str, ...]:
    """What a feed's path says of its posts once its format is taken out: `/atom.xml` and
    `/rss.xml` say nothing (one blog's posts), `/beauty/rss.xml` says `beauty`."""
    topic = []
    for part in path.split("?", 1)[0].casefold().split("/"):
        words = [word for word in _FEED_SPLIT.split(part) if word and word not in _FEED_WORDS]
        if words:
            topic.append("-".join(words))
    return tuple(topic)


def _one_feed(one: Entry, other: Entry) -> bool:
    """Whether two entries' first links are one host's feed in two formats
    (`cipherdyne.org/atom.xml` and `cipherdyne.org/rss.xml`, `owasp.org/feed.xml` and
    `www.owasp.org/feed`): one source's posts, one entry listed twice, whatever else the list
    names twice. A site's feeds of two topics (`/beauty/rss.xml`, `/fashion/rss.xml`, each under
    its section) are two entries."""
    if not one.own_urls or not other.own_urls:
        return False
    mine, theirs = _page(one.own_urls[0].url), _page(other.own_urls[0].url)
    return (
        mine is not None
        and theirs is not None
        and mine[0] == theirs[0]
        and _feed(mine[1])
        and _feed(theirs[1])
        and _feed_topic(mine[1]) == _feed_topic(theirs[1])
    )


def _on_the_web(one: Entry, other: Entry) -> bool:
    """Whether both entries link pages on the web (two files of the list's own repository under
    one title are two problems whose titles a translation made equal), not a messenger's
    accounts (two channels of one title, one of them offline, are two accounts)."""
    return all(
        is_web_url(link.url) and host_of(link.url).removeprefix("www.") not in _ACCOUNT_HOSTS
        for entry in (one, other)
        for link in entry.own_urls
    )


_WORDS_ENOUGH = 20  # characters of a description that say what one entry is, not a label


def _same_words(one: Entry, other: Entry) -> bool:
    """Whether two entries of one name say the same of themselves, word for word: in one
    section, one project under its old and its new address (a repository moved to an
    organisation), whatever the sites; across sections, a cross-listing made on purpose."""
    mine = " ".join(one.description.split()).casefold()
    return len(mine) >= _WORDS_ENOUGH and mine == " ".join(other.description.split()).casefold()


# a repository's address on a code host: its owner and its name
_REPOSITORY = lazy_re.compile(
    r"(?i)^https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/([^/]+)/([^/?#]+)"
)


def _both_match(
    pattern: re.Pattern[str], one: Entry, other: Entry
) -> tuple[re.Match[str], re.Match[str]] | None:
    """``pattern`` matched at each entry's own first link, where it matches both; else None."""
    mine = pattern.match(one.own_urls[0].url) if one.own_urls else None
    theirs = pattern.match(other.own_urls[0].url) if other.own_urls else None
    return None if mine is None or theirs is None else (mine, theirs)


def _two_repositories(one: Entry, other: Entry) -> bool:
    """Whether two entries link repositories of two names (`mcp-filesystem-server` and
    `mcp_server_filesystem`, a Go and a Python server that describe themselves alike): two
    projects; a repository moved keeps its name (`OpenHands/OpenHands` and
    `All-Hands-AI/OpenHands`)."""
    found = _both_match(_REPOSITORY, one, other)
    if found is None:
        return False
    mine, theirs = (_spelling(match.group(2).removesuffix(".git")) for match in found)
    return mine != theirs


# a name that is a code: one word of letters and digits (`mSR705`), whose capitals mean
_CODE_NAME = lazy_re.compile(r"(?=\S*\d)[^\W_]+")


def _pages_of_the_common_site(definitions: Definitions, one: Entry, other: Entry) -> bool:
    """Whether two entries of one name in one section are two web pages of one site that most
    of the list's rows link (its own repository, a catalogue's redirects): the name written
    twice, not two things of one name. Not where the names differ in their capitals as written
    (`MSR705` and `mSR705`, two indices), name the site (`cisa.gov`, a source cited), end in
    the platform's codes for them (two beta programs of one app on TestFlight), or where the
    rows link two code repositories besides (two themes called `Terminal`, by two authors)."""
    mine, theirs = one.name.strip(), other.name.strip()
    if mine != theirs and _CODE_NAME.fullmatch(mine) is not None:
        return False  # `MSR705` and `mSR705`: codes told apart by their capitals
    if not all(is_web_url(link.url) for link in (*one.own_urls, *other.own_urls)):
        return False
    if not _one_site(one, other, frozenset()) or _postings(one, other):
        return False
    if any(_DOMAIN.fullmatch(word) for word in one.name.split()):
        return False  # `cisa.gov / cisa.gov`: a source named by its site
    if _by_codes(one) and _by_codes(other):
        return False  # `join/JkU2rh21` and `join/rqvYCYOp`: two beta programs of one app
    return not _parts_of_one_repository(one, other) and not _repositories_apart(
        definitions, one, other
    )


# a platform's code for a page, that names nothing (a TestFlight program's `JkU2rh21`)
_PAGE_CODE = lazy_re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z0-9]{6,16}")


def _by_codes(entry: Entry) -> bool:
    """Whether each of an entry's own links ends in a platform's code for the page."""
    return all(
        _PAGE_CODE.fullmatch(urlsplit(link.url).path.rstrip("/").rpartition("/")[2]) is not None
        for link in entry.own_urls
    )


def _repositories_apart(definitions: Definitions, one: Entry, other: Entry) -> bool:
    """Whether two rows' other links than their entries' own (an author's column) name code
    repositories, none of them common."""
    mine, theirs = _other_repositories(definitions, one), _other_repositories(definitions, other)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _other_repositories(definitions: Definitions, entry: Entry) -> set[tuple[str, str]]:
    if entry.table is None:
        return set()
    own = {link.url for link in entry.own_urls}
    return {
        (found.group(1).casefold(), found.group(2).casefold())
        for text in entry.table.body[entry.row_index].texts
        for link in links(text, definitions)
        if link.url not in own and (found := _REPOSITORY.match(link.url)) is not None
    }


def _two_events(
    entries: list[Entry], one: Entry, other: Entry, logs: dict[int, int], names: dict[int, bool]
) -> bool:
    """Whether two rows of one name in one table are two events of one entry in a log: a table
    whose column dates nine rows in ten (an audit firm's reviews of one client, `January 2026`
    and `December 2024`, each linking the page it reviewed), the two rows dated apart, in a
    table (its ``entries``) that writes an entry three times or more."""
    return (
        one.table is not None
        and dates_apart(one, other, logs) >= 0
        and _names_often(entries, one.table, names)
    )


_LOGGED_NAME = 3  # rows of one name, at least, for a log to name its entries again as a habit


def _names_often(entries: list[Entry], table: Table, names: dict[int, bool]) -> bool:
    """Whether a table writes one entry, its name and its link, in three rows or more (`Aave`
    reviewed ten times): a log's way, where a name written twice on two dates is no slip (a
    model entered twice, each row of its release month, is)."""
    known = names.get(table.line)
    if known is None:
        counted = Counter(
            (_spelling(entry.name), entry.own_urls[0].url)
            for entry in entries
            if entry.name and entry.own_urls
        )
        known = names[table.line] = bool(counted) and max(counted.values()) >= _LOGGED_NAME
    return known


_PART = lazy_re.compile(
    r"(?i)^https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/([^/]+/[^/?#]+)"
    r"/(?:-/)?(?:tree|blob)/[^/?#]+/([^?#]+)"
)


def _parts_of_one_repository(one: Entry, other: Entry) -> bool:
    """Whether two entries link two folders of one repository (`…/C-LanguageProjectCombat/tree/
    master/俄罗斯方块` and `…/tree/master/学生管理系统`), each described its own way: two projects
    a collection keeps, named by the repository they share."""
    found = _both_match(_PART, one, other)
    if found is None:
        return False
    mine, theirs = found
    return (
        mine.group(1).casefold() == theirs.group(1).casefold()
        and mine.group(2).rstrip("/") != theirs.group(2).rstrip("/")
        and not _same_words(one, other)
    )


_SLUG_LETTERS = 3  # letters and digits of a page's name, at least, for a name to name it
_COPIED_APART = 2  # lines between a row and the row its name is copied from, at most


@lru_cache(maxsize=1 << 16)
def _folded(text: str) -> str:
    """A text's letters and digits alone, case-folded: `picgo-plugin-gofile` and `PicGo Plugin
    Gofile` are one."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if char.isalnum())


def _page_name(entry: Entry) -> str:
    """What an entry's own first link names, folded: a repository's name on a code host, else
    the last part of its path, else its host's first name (`snazzy` of `snazzy.ai`)."""
    if not entry.own_urls:
        return ""
    parts = urlsplit(entry.own_urls[0].url)
    host = parts.netloc.lower().removeprefix("www.")
    path = [part for part in parts.path.split("/") if part]
    if host in OWNER_HOSTS and len(path) >= 2:
        named = path[1].removesuffix(".git")
    elif path:
        named = path[-1].rsplit(".", 1)[0] if "." in path[-1] else path[-1]
    else:
        named = host.split(".", 1)[0]
    return _folded(named)


def _name_copied(one: Entry, other: Entry) -> bool:
    """Whether an entry's name is the other's, copied with its row: the name names the other's
    page (`picgo-plugin-gofile` over `…/picgo-plugin-gofile`) and not its own
    (`…/picgo-plugin-yujian`, a 遇见图床 uploader): a row copied and its name never changed."""
    if one.name != other.name or abs(one.line - other.line) > _COPIED_APART:
        return False
    if not (one.own_urls and other.own_urls) or host_of(one.own_urls[0].url) != host_of(
        other.own_urls[0].url
    ):
        return False
    mine, theirs = _page_name(one), _page_name(other)
    if len(mine) < _SLUG_LETTERS or len(theirs) < _SLUG_LETTERS or mine == theirs:
        return False
    name = _folded(one.name)
    return theirs in name and mine not in name and name not in mine


def _an_owners_two_repositories(one: Entry, other: Entry) -> bool:
    """Whether two entries link two repositories of one owner, named apart as written
    (`dsh-external/dsh-deep-research` and `dsh-external/dsh-deepresearch`, each its own plugin)
    and described apart: an owner has one repository of a name, so two names are two."""
    found = _both_match(_REPOSITORY, one, other)
    if found is None:
        return False
    (owner, name), (their_owner, their_name) = (match.groups() for match in found)
    return (
        owner.casefold() == their_owner.casefold()
        and name.removesuffix(".git").casefold() != their_name.removesuffix(".git").casefold()
        and not _same_words(one, other)
    )


# what a link says rather than what an entry is called: `[Paper](…), [Tweet](…)`
_LINK_WORDS = frozenset(
    {"paper", "papers", "code", "link", "links", "demo", "github", "website", "homepage", "home",
     "pdf", "arxiv", "project", "blog", "tweet", "video", "repo", "docs", "documentation",
     "official", "download", "here", "论文", "代码", "链接", "主页", "官网", "地址"}
)  # fmt: skip


@lru_cache(maxsize=1 << 16)  # asked twice of each entry's name
def _spelling(name: str) -> str:
    """A name as its spellings share it: `Storm Glass`, `Stormglass` and `storm-glass` are one
    name (two entries of it under one site are one entry twice). ``name_key``'s NFKC and case
    folding, without any space (``str.split``'s, which are a regular expression's ``\\s``), `-`
    or `_`: string methods, at twice the speed of one substitution of `[\\s\\-_]+`."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(folded.split()).replace("-", "").replace("_", "")


# what a paper's title is cited with after it, each part after a comma: a year, a venue's
# acronym or a venue's name (`, ICCV 2021`, `, RAL`, `, IEEE ROBOTICS AND AUTOMATION LETTERS`,
# `, International Conference on Pattern Recognition (ICPR 2021)`, `, Sensors, 2019`)
_CITATION = lazy_re.compile(
    r"(?:[,，]\s*(?:\(?(?:19|20)\d\d\)?|[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*(?:\s+[A-Z]{2,}[\w&-]*)*"
    r"(?:\s*'?\d{2,4})?|[^,，]*?\b(?i:conference|journal|transactions|letters|proceedings"
    r"|workshops?|symposium|sensors|arxiv|preprint)\b[^,，]*)\s*\.?\s*)+$"
)


_CITED_LENGTH = 300  # characters of a name, at most, read for a citation after its title


_JOINERS = frozenset("\ufe0f\u200d")  # an emoji's variation selector and joiner


def _mark(word: str) -> bool:
    """Whether a word is symbols alone (`❗`, `🔥`, `⭐️`): a mark a list sets after a name."""
    return all(unicodedata.category(char)[0] == "S" or char in _JOINERS for char in word)


def _unmarked(name: str) -> str:
    """A name without the marks written after it (`Lyrasense ❗`, a list's sign of an entry
    added lately: the name is `Lyrasense`)."""
    words = name.split()
    if len(words) < 2 or not _mark(words[-1]):
        return name
    while len(words) > 1 and _mark(words[-1]):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 16)  # asked twice of each entry's name
def _key(name: str) -> str:
    """The key a name is compared by: its ``_spelling``, of a paper's title without the venue
    and year cited after it (`Social NCE: … Representations, ICCV 2021.` and `Social NCE: …
    Representations.` are one paper), where what is left is a title."""
    name = _unmarked(name)
    bare = name.strip().rstrip(".")
    if len(bare) > _CITED_LENGTH or ("," not in bare and "，" not in bare):
        uncited = bare  # a paragraph, not a title; or a title that cites nothing after a comma
    else:
        uncited = _CITATION.sub("", bare)
    return _spelling(uncited if uncited != name and _title(uncited) else name)


def _names_that_name(context: Context) -> set[str]:
    """Name keys that tell entries apart and are written twice: not a link word, and not
    written three times or more, in one table or section (there the column holds something
    else than names) or in the whole list (a sub-list's `Tutorials` under many parents is a
    label, not one entry). A name written once is no repeat."""
    counted: Counter[tuple[tuple[str, int], str]] = Counter()
    for group, entries in context.analysis.groups.items():  # each entry's group, worked out once
        counted.update([(group, _key(entry.name)) for entry in entries])
    total: dict[str, int] = {}  # a dict's get, not a Counter's __missing__ for each new name
    for (_, key), count in counted.items():
        total[key] = total.get(key, 0) + count
    return {
        key
        for (_, key) in counted
        if total[key] == 2
        and any(char.isalpha() for char in key)  # `67`, a channel's number, names nothing
        and not _link_mark(key.strip("[]() ,"))
    }


_DOMAIN = lazy_re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


def _link_words(name: str) -> bool:
    """Whether a name is a row of link labels alone, two or more (`pub.dev  Homepage  GitHub`,
    read from a cell of links): link words and sites' domains, no name among them."""
    words = name.casefold().split()
    return len(words) >= 2 and all(
        word in _LINK_WORDS or _DOMAIN.fullmatch(word) is not None for word in words
    )


def _named_by_site(entry: Entry) -> bool:
    """Whether an entry is named by the site its link is on, not by what it is: `[reddit](…
    /r/linux_gaming/comments/9cfgir/…)`, a source cited by its site's name. Two such entries
    are two pages of the site, which says nothing of either; its home page is the site itself."""
    name = _spelling(plain_text(entry.name))
    for link in entry.own_urls:
        page = _page(link.url)
        # the host's labels without the top-level domain (`com`), and a path beyond its home
        if page is not None and name in page[0].split(".")[:-1] and page[1].strip("/"):
            return True
    return False


def _link_mark(bare: str) -> bool:
    """Whether a name (without brackets) says what a link is rather than what an entry is
    called: a link word (`paper`), one pointed at (`This guide`, `this thread`: a sentence's
    link to the page it tells of) or an emoji's shortcode (`:ledger:`)."""
    return (
        bare in _LINK_WORDS
        or _POINTED.fullmatch(bare) is not None
        or SHORTCODE.fullmatch(bare) is not None
    )


# a link word or a page's kind pointed at by a demonstrative, in any case, spaced or not (a name
# key has no spaces: `thisguide`)
_POINTED = lazy_re.compile(
    r"(?i)(?:this|that|these|those)\s*(?:guide|guides|page|post|article|thread|tutorial|answer|"
    r"comment|issue|one|link|links|paper|video|blog|repo|project|site|website|doc|docs)"
)


# a page of job openings, by its host (`jobs.amd.com`, `boards.greenhouse.io`, `jobs.lever.co`)
# or by a part of its path before a number (`…/job/1573017/…`)
_POSTING_HOSTS = ("greenhouse.io", "lever.co", "myworkdayjobs.com", "workable.com")
_POSTING_PARTS = frozenset(
    {"job", "jobs", "career", "careers", "position", "positions", "opening", "openings",
     "vacancy", "vacancies"}
)  # fmt: skip


def _posting(url: str) -> bool:
    """Whether a link is a page of job openings (read part by part: no pattern backtracks)."""
    host = host_of(url)
    if host.startswith(("jobs.", "careers.")) or host.endswith(_POSTING_HOSTS):
        return True
    parts = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].split("/")[1:]
    for index, part in enumerate(parts):
        if part.casefold() in _POSTING_PARTS:
            return any(char.isdigit() for rest in parts[index + 1 :] for char in rest)
    return False


def _postings(one: Entry, other: Entry) -> bool:
    """Whether two entries of one name each link a job opening: a company's two openings, one
    row each in a job board (an internship list's two AMD rows, Austin and Boxborough)."""
    return all(entry.own_urls and _posting(entry.own_urls[0].url) for entry in (one, other))


_NAMED_TWICE = 3  # names a list writes twice in one section under two links: its way


def _named_twice(context: Context, titles: bool = True) -> int:
    """How many names the list writes more than once in one section, each time under another
    link (TikTok's four beta programs, 抖音's three); without ``titles``, names that are no
    title (an article's title written twice is the article twice, no habit of naming)."""
    analysis = context.analysis
    links: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    for entry in analysis.entries.entries:
        own = analysis.entry_keys[entry.line]
        if own and (titles or not _title(entry.name)):
            place = (_spelling(entry.name), analysis.entry_section(entry))
            links.setdefault(place, set()).add(tuple(own))
    return sum(1 for found in links.values() if len(found) >= 2)


class _Variants:
    """Whether two rows of one table that share a name are two variants of it: as they read
    (their links' addresses aside), they differ only in columns of a few values (a robot's
    `URDF` and `MJCF` descriptions and what each supports, `✔️` or `✖️`; a certificate's
    `Beginner` and `Intermediate` levels); read for each table's column once. Rows that differ
    in a column of many values (a problem's number) are two entries, one named after the
    other."""

    def __init__(self, definitions: Mapping[str, tuple[str, str]]) -> None:
        self._definitions = definitions
        self._values: dict[tuple[int, int], bool] = {}  # whether a table's column writes few

    def __call__(self, one: Entry, other: Entry) -> bool:
        table = one.table
        if table is None or other.table is not table:
            return False
        mine = table.body[one.row_index].texts
        theirs = table.body[other.row_index].texts
        if len(mine) != len(theirs):
            return False
        differ = [
            index
            for index, (text, their_text) in enumerate(zip(mine, theirs, strict=True))
            if self._shown(text) != self._shown(their_text)
        ]
        return bool(differ) and all(
            self._shown(mine[index]) and self._shown(theirs[index]) and self._few(table, index)
            for index in differ
        )

    def _few(self, table: Table, index: int) -> bool:
        """Whether a table's column writes a few values (as they read), each in two rows on
        average: a variant's kind, not a description each row writes its own."""
        known = self._values.get((table.line, index))
        if known is None:
            shown = [self._shown(row.texts[index]) for row in table.body if index < len(row.texts)]
            filled = [text for text in shown if text]
            count = len(set(filled))
            known = self._values[table.line, index] = count <= SETTINGS and 2 * count <= len(filled)
        return known

    def _shown(self, text: str) -> str:
        """A cell as it reads: its links' texts, not their addresses (``plain_text``)."""
        return plain_text(text, self._definitions).strip()


# a column that tells a family's versions apart, a row each (`Version`: `chatglm-6b`)
_VERSION_HEADERS = frozenset(
    {"version", "versions", "variant", "variants", "checkpoint", "checkpoints", "版本", "型号"}
)


def _versions_apart(one: Entry, other: Entry) -> bool:
    """Whether two rows of one table are two versions of one family, told apart in a column of
    versions (`ChatGLM` twice, its `Version` `chatglm-6b` and `chatglm-130b`)."""
    table = one.table
    if table is None or other.table is not table:
        return False
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    for index, header in enumerate(table.header.texts):
        if normalize_header(header) not in _VERSION_HEADERS:
            continue
        if index < len(mine) and index < len(theirs):
            text, their_text = mine[index].strip(), theirs[index].strip()
            if text and their_text and name_key(text) != name_key(their_text):
                return True
    return False


_LINK_NAME = lazy_re.compile(r"[\W_]+")  # what a link's text is compared without


def _linked_apart(one: Entry, other: Entry) -> bool:
    """Whether two entries whose names another column gives (`数组`, the structure under two
    containers) link names of their own that differ (`[array](…)`, `[vector](…)`): two entries
    the list names by their links. A label (`[Website](…)`) names no entry."""
    texts = []
    for entry in (one, other):
        if not entry.own_urls:
            return False
        text = entry.own_urls[0].text.strip()
        if not text or is_link_label(text) or "://" in text:
            return False
        if name_key(text) == name_key(entry.name) or text in entry.name:
            return False  # the name's own link
        texts.append(_LINK_NAME.sub("", text.casefold()))
    # told apart in their words, not in a mark (`🤗HF` and `🤗HF]`)
    return (
        bool(texts[0]) and bool(texts[1]) and texts[0] not in texts[1] and texts[1] not in texts[0]
    )


def check(document: Document, context: Context) -> Iterator[Finding]:
    # a news item names a project again at each of its events
    yield from context.analysis.outside_news(_findings(document, context))


def _again(entry: Entry, earlier: Entry, message: str) -> Finding:
    """The finding on an entry named again, at its name, pointing at the earlier one's."""
    return Finding(
        entry.line, entry.name_column, message, related=((earlier.line, earlier.name_column),)
    )


def _findings(document: Document, context: Context) -> Iterator[Finding]:
    analysis = context.analysis
    cross = context.option(RULE, "cross-section")
    names = _names_that_name(context)
    common: frozenset[str] | None = None  # read where a name repeats across sections
    habit: bool | None = None  # whether the list gives one site's pages in several sections
    named_twice: int | None = None  # names the list writes twice in a section, under two links
    untitled_twice: int | None = None  # the same, of names that are no titles
    first: dict[str, list[Entry]] = {}
    logs: dict[int, int] = {}  # a table's column dating its rows as a log's, or -1, by its line
    calendars: dict[int, int] = {}  # a table's column dating its rows to days, or -1, the same
    often: dict[int, bool] = {}  # whether a table names an entry in three rows or more
    variants = _Variants(document.definitions)
    told: set[int] = set()  # the lines reported, which ``_moved_repositories`` leaves alone
    for entry in analysis.entries.entries:
        key = _key(entry.name)
        if key not in names or _link_words(entry.name):
            continue
        own = analysis.entry_keys[entry.line]
        if not own:
            continue
        section = analysis.entry_section(entry)
        for earlier in first.get(key, []):
            theirs = analysis.entry_keys[earlier.line]
            if set(own) & set(theirs):
                continue  # the same URL: AL201's finding
            if two_catalogues(entry, earlier):
                continue  # a dataset in a table of datasets and its paper in one of papers
            if _linked_apart(entry, earlier):
                continue  # `[array](…)` and `[vector](…)`, both over `数组` in another column
            if editions(entry, earlier):
                continue  # a course of 2019 and of 2020, each with its page
            if variants(entry, earlier):
                continue  # a robot's URDF and its MJCF, each with its page
            if _versions_apart(entry, earlier):
                continue  # `ChatGLM` twice: its versions `chatglm-6b` and `chatglm-130b`
            other = analysis.entry_section(earlier)
            if (
                other == section
                and _name_copied(entry, earlier)
                and not (entry.table is not None and analysis.repeats_names(entry.table))
            ):
                yield _again(
                    entry,
                    earlier,
                    f"`{entry.name}` is the name of line {earlier.line}'s page, not of this "
                    "row's: copied from that row",
                )
                told.add(entry.line)
                break
            if other != section and entry.kind != earlier.kind:
                continue  # a list of reviews or reading lists beside a table of entries
            # a site most of the list's entries link (a publishing platform: WeChat's posts)
            # tells them apart no more than its sections do
            if common is None:
                common = _common_sites(context)
            same_site = _same_site(entry, earlier, common)
            # one host's feed in two formats, or one Telegram account's two links: one entry
            # twice, whatever the list's habits
            feed = same_site and (_one_feed(entry, earlier) or _one_account(entry, earlier))
            if same_site and other != section and _facets_of_a_site(entry, earlier):
                continue  # a site's home in one section, a page of it in another
            if same_site and _two_events(
                analysis.groups.get(("table", entry.table.line), []) if entry.table else [],
                entry,
                earlier,
                logs,
                often,
            ):
                continue  # a log's two reviews of one client, each of its own page
            if same_site and other == section and _named_by_site(entry) and _named_by_site(earlier):
                continue  # two threads on reddit, each cited as `[reddit](…)`; across
                # sections, `Spotify` under two pages of its developer site is one API twice
            if same_site and _parts_of_one_repository(entry, earlier):
                continue  # two folders of a collection's repository, each a project of its own
            if same_site and _an_owners_two_repositories(entry, earlier):
                continue  # `dsh-deep-research` and `dsh-deepresearch`: two plugins of one owner
            if same_site:
                if other == section and _postings(entry, earlier):
                    continue  # two openings of one company (`…/job/1334911/…`, `…/job/1573017/…`)
                if (
                    other == section
                    and not _documented(entry, earlier)
                    and not _one_page(entry, earlier)
                    and not feed
                    and not _title(entry.name)
                ):
                    # a list that names several entries twice in a section, each time under
                    # another link, lists one row per thing of a name (a bug, a job, a review)
                    if named_twice is None:
                        named_twice = _named_twice(context)
                    if named_twice >= _NAMED_TWICE:
                        continue
                how = _how_same_site(entry, earlier, common)
            elif (
                other == section
                and _same_words(entry, earlier)
                and not _two_repositories(entry, earlier)
            ):
                how = "with the same description under another link"  # a moved repository
            elif other == section and _title(entry.name) and _on_the_web(entry, earlier):
                how = "under another site's link"  # a paper or article listed twice
                if _same_site(entry, earlier):
                    how = _how_same_site(entry, earlier, frozenset())
                    # two pages of a platform most rows link, in a list that names several
                    # of its entries that are no titles twice there (an app's two beta
                    # programs, TikTok's), not its articles (WeChat posts twice)
                    if untitled_twice is None:
                        untitled_twice = _named_twice(context, titles=False)
                    if untitled_twice >= _NAMED_TWICE:
                        continue
            elif (
                other == section
                and same_days(entry, earlier, calendars)
                and not _same_site(entry, earlier)
            ):
                # an event from two sources, its page and a calendar's (not two beta programs
                # of one app, each its TestFlight page, opened the same day)
                how = "dated alike, under another site's link"
            elif other == section and _pages_of_the_common_site(
                document.definitions, entry, earlier
            ):
                # two pages of the site most of the list's rows link (its own repository's
                # folders, `225_…` and `231_DRBL`), under one name in one section: the name
                # written twice, unless the list names several things twice so
                if named_twice is None:
                    named_twice = _named_twice(context)
                if named_twice >= _NAMED_TWICE:
                    continue
                how = _how_same_site(entry, earlier, frozenset())
            else:
                continue  # two sites: two things that share a name (Cat Facts, SWAPI)
            if not analysis.reported_across(cross, other, section):
                continue
            if same_site and other != section and cross == "auto" and not feed:
                if habit is None:
                    habit = _sites_across(context, common)
                if habit:
                    continue  # one site's pages under each section they serve: its way
            where = analysis.where(earlier.line, entry.line)
            yield _again(
                entry,
                earlier,
                f"`{entry.name}` is already an entry on line {earlier.line}, {where}, {how}",
            )
            told.add(entry.line)
            break
        first.setdefault(key, []).append(entry)
    yield from _events_twice(context, told, calendars)
    yield from _moved_repositories(context, told)
    yield from _titles_copied(document, told)


def _events_twice(context: Context, told: set[int], calendars: dict[int, int]) -> Iterator[Finding]:
    """An event a calendar lists twice on its first day, from two sources, its name written
    another way (`Moldova DevCon 2026` and `Moldova DevCon`, `AI Scaling Live (Singapore)` and
    `AI Scaling Live Singapore`, `PumaHat … EdiciÃ³n 2026` with its accent garbled beside
    `Edición 2026`): names one once their years, punctuation, spaces and case are left out,
    in one table that dates nine rows in ten to their days (its column kept in ``calendars``
    by the table's line, as the main pass keeps it). Rows that share a link are AL201's; names
    written alike are judged as names (two beta programs of one app opened the same day are
    two); names of five letters or fewer say too little."""
    analysis = context.analysis
    for (kind, _), entries in analysis.groups.items():
        table = entries[0].table
        if kind != "table" or table is None or len(entries) < 2:
            continue
        column = calendars.get(table.line)
        if column is None:
            column = calendars[table.line] = day_column(table)
        if column < 0:
            continue  # most tables: no calendar
        seen: dict[tuple[str, tuple[int | str, ...]], Entry] = {}
        for entry in entries:
            cell = table.body[entry.row_index].cell(column)
            key = _event_key(entry.name)
            if cell is None or len(key) < _EVENT_KEY:
                continue
            earlier = seen.setdefault((key, first_day(cell.text)), entry)
            if earlier is entry or entry.line in told:
                continue
            if name_key(entry.name) == name_key(earlier.name):
                continue  # one name: the main pass's to judge (an app's two betas of a day)
            if set(analysis.entry_keys[entry.line]) & set(analysis.entry_keys[earlier.line]):
                continue  # one link: AL201's finding
            told.add(entry.line)
            yield _again(
                entry,
                earlier,
                f"`{entry.name}` is `{earlier.name}` of line {earlier.line}, on the same day under "
                "another link: one event listed twice",
            )


_EVENT_KEY = 6  # letters and digits of an event's name, at least, once its years are left out
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _event_key(name: str) -> str:
    """An event's name as two sources write it alike: its accents mended where UTF-8 was read
    as Latin-1 (`EdiciÃ³n`), NFKC, case-folded, without its years, punctuation and spaces."""
    if "Ã" in name or "Â" in name:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):  # no such garbling
            name = name.encode("cp1252").decode("utf-8")
    folded = _YEAR.sub("", unicodedata.normalize("NFKC", name).casefold())
    return "".join(char for char in folded if char.isalnum())


def _titles_copied(document: Document, told: set[int]) -> Iterator[Finding]:
    """A paper's title written word for word in two rows of one table, each row linking its own
    paper's page and none of the other's (`Stop When Enough: Adaptive Early-Stopping for Chain-
    of-Thought Reasoning` under `REFRAIN`'s arXiv 2510.10103, then under `AdaptThink`'s
    2505.13417): one paper under two links, or a title copied into the other row. Titles
    written as text in a column of titles; a title that is a link is its entry's name, compared
    above."""
    definitions = document.definitions
    for table in document.tables:
        column = title_column(table)
        if column < 0:
            continue  # most tables: no column of papers' titles
        titled: dict[str, list[tuple[Row, Cell, str]]] = {}  # each title's rows, in order
        for row in table.body:
            cell = row.cell(column)
            if cell is None or "](" in cell.text or row.line in told:
                continue
            title = " ".join(plain_text(cell.text).split())
            if _title(title):
                titled.setdefault(title.casefold(), []).append((row, cell, title))
        for rows in titled.values():
            if len(rows) < 2:
                continue  # most titles: one row's, whose links are not read
            first: tuple[int, frozenset[str]] | None = None
            for row, cell, title in rows:
                papers = _papers_linked(row, definitions)
                if not papers:
                    continue
                if first is None:
                    first = (row.line, papers)
                    continue
                line, theirs = first
                if theirs & papers:
                    continue  # one paper's page in both rows (two models of one paper)
                yield Finding(
                    row.line,
                    cell.column,
                    f"the title `{title}` is line {line}'s, where it links another paper: one "
                    "paper under two links, or a title copied into this row",
                    related=((line, cell.column),),
                )


def _papers_linked(row: Row, definitions: Definitions) -> frozenset[str]:
    """The papers' pages a row links, in any cell, normalized."""
    return frozenset(
        normalize_url(link.url)
        for text in row.texts
        for link in links(text, definitions)
        if link.url and host_of(link.url) in PAPER_HOSTS
    )


# a name that is its repository's `owner/name`, as rankings of repositories write them
_OWNER_NAME = lazy_re.compile(r"\s*([\w.-]+)\s*/\s*([\w.-]+)\s*")


def _owner_and_name(entry: Entry) -> tuple[str, str] | None:
    """The owner and the name of the repository an entry is named after, where its name is
    its own link's `owner/name`; else None."""
    written = _OWNER_NAME.fullmatch(_bare_name(entry.name))
    found = _REPOSITORY.match(entry.own_urls[0].url) if entry.own_urls else None
    if written is None or found is None:
        return None
    owner, name = written.groups()
    if f"{owner}/{name}".casefold() not in entry.own_urls[0].url.casefold():
        return None
    return owner, name


def _repository_named(entry: Entry) -> tuple[str, str] | None:
    """The owner and the name of the repository an entry is named after, its name its own
    link's repository's (`cursor-talk-to-figma-mcp` linking
    `github.com/grab/cursor-talk-to-figma-mcp`); else None."""
    found = _REPOSITORY.match(entry.own_urls[0].url) if entry.own_urls else None
    if found is None:
        return None
    name, own = entry.name.strip().casefold(), found.group(2).casefold()
    # (a mark is a word of its own: a name of one word is read as written)
    if name != own and (" " not in name or _bare_name(name) != own):
        return None
    return found.group(1), found.group(2)


def _bare_name(name: str) -> str:
    """A name without the marks written before it (`🔗 Jitendex`, a table's sign of a linked
    entry) or after it (``_unmarked``)."""
    words = _unmarked(name).split()
    while len(words) > 1 and _mark(words[0]):
        words.pop(0)
    return " ".join(words)


# a count as a table writes it: `713`, `84,903`, `1.2k`, `15⭐`, `⭐ 491` (matched stripped:
# blanks on both sides of an optional unit would be read again from each of their places)
_COUNT = lazy_re.compile(
    r"(?:(?:⭐|★|🌟)\s*)?(\d[\d,]*(?:\.\d+)?)\s*(?:([kKmM])\s*)?(?:⭐|★|🌟|(?i:stars?))?"
)
_COUNTED_APART = 0.1  # of the larger count, the most two counts of one project differ by


def _count(text: str) -> float | None:
    """The number a cell counts (`1.2k` is 1,200), or None where it holds no count alone."""
    found = _COUNT.fullmatch(text.strip())
    if found is None:
        return None
    scale = {"": 1, "k": 1_000, "m": 1_000_000}[(found.group(2) or "").lower()]
    return float(found.group(1).replace(",", "")) * scale


def _rounded(text: str) -> bool:
    """Whether a count is given in thousands or millions (`1.2k`: a hundred counts alike)."""
    found = _COUNT.fullmatch(text.strip())
    return found is not None and found.group(2) is not None


def _counted_apart(one: Entry, other: Entry) -> bool:
    """Whether two rows' first count (stars) differs by more than a tenth: a fork that copied
    its original's description (`okuuva/auto-save.nvim`, 227 stars, beside `pocco81/…`, 713),
    where a ranking's project under its old and its new owner counts the same (223,370 and
    223,371)."""
    if one.table is None or other.table is not one.table:
        return False
    rows = one.table.body
    apart = abs(one.row_index - other.row_index)
    for mine, theirs in zip(rows[one.row_index].texts, rows[other.row_index].texts, strict=False):
        first, second = _count(mine), _count(theirs)
        if first is None or second is None or abs(first - second) == apart:
            continue  # no count, or the rows' ranks (`4`, `5`)
        return _apart(first, second)
    return False


def _apart(first: float, second: float) -> bool:
    """Whether two counts of one thing differ by more than a tenth of the larger."""
    return abs(first - second) > _COUNTED_APART * max(first, second, 1.0)


def _owned(entry: Entry, named: tuple[str, str] | None) -> str:
    """An entry's name, or where it names its repository alone, the repository's
    `owner/name` (which tells the two apart)."""
    named = named or _repository_named(entry)
    return f"{named[0]}/{named[1]}" if named and "/" not in entry.name else _bare_name(entry.name)


_COUNTED_ALIKE = 100  # a count (stars), at least, two rows write alike to be one project's
_OWN_NAME = 8  # characters of a repository's name, at least, for no other project to share it


_STARS = lazy_re.compile(r"(?i)(?<![a-z])stars?(?![a-z])|⭐|🌟|★")


def _counted_alike(one: Entry, other: Entry) -> str:
    """The stars two rows of one table count alike, exactly (no `k`: `1.2k` is a hundred
    counts) and a hundred or more, in a column its header says counts stars, and none of those
    columns counting them a tenth apart (`Stars` apart beside `Stars this week` alike): one
    repository counted twice, under its old owner and its new one; else ""."""
    table = one.table
    if table is None or other.table is not table:
        return ""
    mine, theirs = table.body[one.row_index].texts, table.body[other.row_index].texts
    alike = ""
    for column, header in enumerate(table.header.texts):
        if not _STARS.search(header) or column >= min(len(mine), len(theirs)):
            continue
        first, second = _count(mine[column]), _count(theirs[column])
        if first is None or second is None:
            continue
        if _apart(first, second):
            return ""  # counted apart (a fork's total beside the original's)
        if not alike and first == second >= _COUNTED_ALIKE and not _rounded(mine[column]):
            alike = mine[column].strip()  # exactly (two projects may round alike, `1.2k`)
    return alike


_FORKS = 3  # owners of one repository's name in a section, at least, that are forks of it


def _moved_repositories(context: Context, told: set[int]) -> Iterator[Finding]:
    """A repository named by its `owner/name` twice in one section, under two owners, saying
    the same of itself word for word (`safishamsi/graphify` and `Graphify-Labs/graphify`, a
    trending ranking that reports the project under its old owner and its new one): one
    project twice. Two projects of one name say different things (`azl397985856/leetcode`,
    `doocs/leetcode`)."""
    analysis = context.analysis
    first: dict[tuple[object, str], list[Entry]] = {}
    keyed: list[tuple[Entry, tuple[str, str], tuple[object, str]]] = []
    for entry in analysis.entries.entries:
        if entry.line in told:
            continue  # told already, as one name under two links
        named = _owner_and_name(entry) if "/" in entry.name else _repository_named(entry)
        if named is None:
            continue  # most names: no repository's `owner/name`, nor its name alone
        keyed.append((entry, named, (analysis.entry_section(entry), _spelling(named[1]))))
    # the owners of each name in a section, each counted once (a list that names a project
    # in an item and again in a table's row has two entries of one owner)
    owners = Counter(key for key, _ in {(key, named[0].casefold()) for _, named, key in keyed})
    for entry, named, key in keyed:
        if owners[key] >= _FORKS:
            continue  # a repository moves to one owner: three of its name in a section are forks
        for earlier in first.get(key, []):
            if set(analysis.entry_keys[entry.line]) & set(analysis.entry_keys[earlier.line]):
                continue  # the same URL: AL201's finding
            if _same_words(entry, earlier):
                if _counted_apart(entry, earlier):
                    continue  # a fork that copied its original's words
                alike = "saying the same of itself"
            else:
                count = _counted_alike(entry, earlier) if len(named[1]) >= _OWN_NAME else ""
                if not count:
                    continue  # two projects of one name, each saying its own (two `blog`s
                    # a ranking of repositories counts alike by chance, side by side)
                alike = f"counted the same (`{count}`)"
            mine, theirs = _owned(entry, named), _owned(earlier, None)
            yield _again(
                entry,
                earlier,
                f"`{mine}` is `{theirs}` on line {earlier.line} under another owner, {alike}: "
                "one repository listed twice (moved or renamed)",
            )
            break
        first.setdefault(key, []).append(entry)


RULE = Rule(
    code="AL202",
    name="duplicate-name",
    summary="The same name is listed twice under two links of one site",
    severity=Severity.ERROR,
    check=check,
    options={"cross-section": "auto"},
    choices={"cross-section": ("auto", "report", "allow")},
)
