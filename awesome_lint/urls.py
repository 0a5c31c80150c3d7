"""URL facts without the network: normalization for duplicates, malformed targets, and GitHub's
heading anchors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from awesome_lint import lazy_re

_DEFAULT_PORTS = {"http": 80, "https": 443}
_GITHUB_HOSTS = {"github.com"}
KNOWN_SCHEMES = frozenset(
    {"http", "https", "mailto", "ftp", "ftps", "tel", "data", "irc", "ircs", "news", "git",
     "ssh", "file", "xmpp", "magnet", "sms", "javascript", "vscode", "zotero", "steam"}
)  # fmt: skip
# a web address written without its scheme: a name under a top-level domain that is no file
# extension (`github.com/user/repo`, `pmb.let.rug.nl`); a domain that is also an extension
# (`install.sh`, `lib.so`, `logo.ai`, `README.de`) only with two names before it or a path
# after it (`docs.example.sh`, `openai.ai/research`): a file of the repository otherwise.
# These are compiled on first use, by re's cache (1 ms together): only a link that is no URL asks
_DOMAIN_LIKE = (
    r"(?i)^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|cn|co|me|app|edu|gov|info|"
    r"xyz|tech|site|ly|gg|tv|us|uk|jp|fr|ru|nl|eu|ch|be|at|se|no|fi|dk|es|it|ca|au|nz|kr|tw|hk|"
    r"sg|br|top|vip|club|cloud|online|wiki|ac\.[a-z]{2})(?:[/:?#]|$)"
)
_EXTENSIONS = "(?:ai|so|sh|de|cc|in|pl)"  # domains that are file extensions too
# a missing path that may be a web address as well (`dify.ai`): AL103 says so
MAYBE_DOMAIN = rf"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{_EXTENSIONS}"
_EXTENSION_DOMAIN = (
    rf"(?i)^(?:www\.)?(?:[a-z0-9-]+\.){{2,}}{_EXTENSIONS}(?:[/:?#]|$)"
    rf"|^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{_EXTENSIONS}[/?#]"
)
# a host of three names or more under a country's domain (`bozon.nlp.wo.tc/?f=…`), unless its two
# letters are a file's extension or a language's (`docs.v2.md`, `wmt.train.en` are files)
_FILE_PAIRS = (
    "en|zh|ja|ko|ar|md|sh|py|js|ts|rs|go|pl|rb|cc|in|ai|so"
    "|cs|fs|hs|ml|gz|xz|db|mk|ps|el|jl|tf|pt|h5|7z"
)
_COUNTRY_DOMAIN = (
    rf"(?i)^(?:[a-z0-9-]+\.){{2,}}(?!(?:{_FILE_PAIRS})(?:[/:?#]|$))[a-z]{{2}}(?:[/:?#]|$)"
)


# A web address with a host of names and nothing odd in it: names of letters, digits and inner
# `-`, a top-level name of one case (`github.comLJungang`, a path run into the host, is read
# slowly), maybe a port, and a path without spaces. Written for the regular expression engine
# (it reads every link of a list): each name with its `.` after it, its characters taken at
# once (`*+`: a name never gives one back, as nothing after it could take it), the letters'
# cases spelled out rather than IGNORECASE's folding of each character (which also lets
# `[A-Za-z]` take `İ`, `ı`, `ſ` and the Kelvin sign, as here). It accepts exactly what
# `(?i)https?://N(?:\.N)*\.(?-i:[a-z]{2,63}|[A-Z]{2,63})(?::\d{1,5})?(?:[/?#][^\s]*)?` does, N
# being `[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?` (tests/test_urls.py holds the two equal).
_NAME_CHARACTER = "A-Za-z0-9\u0130\u0131\u017f\u212a"
_PLAIN_WEB_URL = lazy_re.compile(
    rf"(?i:https?)://(?:[{_NAME_CHARACTER}][{_NAME_CHARACTER}-]*+(?<=[{_NAME_CHARACTER}])\.)+"
    r"(?:[a-z]{2,63}|[A-Z]{2,63})(?::\d{1,5})?(?:[/?#][^\s]*)?"
)


# a web address without a query, its parts grouped; its letters' cases spelled out, as in
# ``_PLAIN_WEB_URL``: the same matches, groups and all, as
# `(?i)(https?)://(?:www\.)?([A-Za-z0-9.-]+)(?::(\d{1,5}))?(/[^?#\s]*)?(?:#.*)?`
_QUERYLESS_WEB_URL = lazy_re.compile(
    rf"((?i:https?))://(?:(?i:www)\.)?([{_NAME_CHARACTER}.-]+)(?::(\d{{1,5}}))?(/[^?#\s]*)?(?:#.*)?"
)


_README = lazy_re.compile(r"readme(?:\.md|\.markdown|\.rst|\.txt)?", re.IGNORECASE)


# the branches a repository's page shows by default, or its work goes on in: the repository
_MAIN_BRANCHES = frozenset({"main", "master", "trunk", "default", "develop", "dev", "head"})


def _github_path(path: str) -> str:
    """``owner/repo`` case-folded without ``.git``; ``/tree/<branch>`` and
    ``/blob/<branch>/README.md`` of its main branch are the repository itself (a subfolder is
    not, nor another branch: a tutorial's `part2`, a fork's `jp-stable`)."""
    segments = path.split("/")
    if len(segments) >= 3:
        segments[1] = segments[1].lower()
        segments[2] = segments[2].lower().removesuffix(".git")
        rest = segments[3:]
        main = len(rest) >= 2 and rest[1].lower() in _MAIN_BRANCHES
        if main and (
            (len(rest) == 2 and rest[0] == "tree")
            or (len(rest) == 3 and rest[0] == "blob" and _README.fullmatch(rest[2]))
        ):
            segments = segments[:3]
        path = "/".join(segments)
    return path


def _fragment(url: str, github: bool) -> str:
    """A fragment counts (anchors of one page are different targets), but GitHub's
    ``#readme`` is the repository."""
    fragment = url.partition("#")[2]
    if not fragment or (github and fragment.lower() == "readme"):
        return ""
    return "#" + fragment


_ARXIV_HOSTS = frozenset({"arxiv.org", "export.arxiv.org"})
# a paper's page on arXiv by its identifier, whatever the form: its abstract, its pdf, its html,
# a version of it (`/pdf/2404.09221v2.pdf` is `/abs/2404.09221`)
_ARXIV_PAPER = lazy_re.compile(
    r"/(?:abs|pdf|html)/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?(?:\.pdf)?"
)


def _arxiv_path(path: str) -> str:
    paper = _ARXIV_PAPER.fullmatch(path)
    return f"/abs/{paper.group(1)}" if paper else path


# a paper's page in the ACM Digital Library by its DOI, whatever the form: `/doi/10.1145/…` and
# its `/doi/abs/`, `/doi/pdf/`, `/doi/full/`, `/doi/fullHtml/`, `/doi/epdf/`
_ACM_PAPER = lazy_re.compile(r"/doi/(?:abs|pdf|full|fullHtml|epdf)/(10\.\d{4,9}/.+)")


def _acm_path(path: str) -> str:
    paper = _ACM_PAPER.fullmatch(path)
    return f"/doi/{paper.group(1)}" if paper else path


# sites whose first segment of a path is an account's handle, which they read in any case
# (`t.me/LeaRNEXploIT` is `t.me/LearnExploit`); an invitation's code after it, or after `+`, is not
_HANDLE_HOSTS = frozenset(
    {"t.me", "telegram.me", "twitter.com", "x.com", "mobile.twitter.com", "instagram.com"}
)
_NO_HANDLE = frozenset({"joinchat", "addstickers", "addemoji", "share", "s", "i", "intent", "p"})


def _handle_path(path: str) -> str:
    """A path whose first segment is a handle, that segment case-folded (not an invitation's
    code, `/+AbCd`, nor a page of the site's own, `/joinchat/…`, `/i/…`)."""
    _, _, rest = path.partition("/")
    handle, slash, after = rest.partition("/")
    if not handle or handle[0] == "+" or handle.lower() in _NO_HANDLE:
        return path
    return f"/{handle.lower()}{slash}{after}"


def _paper_path(host: str, path: str) -> str:
    """A paper's path on arXiv or in the ACM Digital Library in the one form its other forms
    take, an account's path by its handle in one case; any other path as it is, but for the
    index page it ends with (``_folder_of_index``). Not asked of GitHub's paths."""
    path = _folder_of_index(path)
    if host in _ARXIV_HOSTS:
        return _arxiv_path(path)
    if host == "dl.acm.org":
        return _acm_path(path)
    if host in _HANDLE_HOSTS:
        return _handle_path(path)
    return path


def arxiv_version(url: str) -> str:
    """The version an arXiv link names (`v2` of `/pdf/2404.02747v2`), or "" for none."""
    if host_of(url) not in _ARXIV_HOSTS:
        return ""
    paper = _ARXIV_PAPER.fullmatch(urlsplit(url.strip()).path.rstrip("/"))
    return (paper.group(2) or "") if paper else ""


# the pages of licenses' texts: a license's link beside an entry (`License: [MIT][MIT]`), shared by
# every entry of that license, never the entry's own
LICENSE_PAGES = (
    "//opensource.org/licenses/",
    "//opensource.org/license/",
    "//choosealicense.com/licenses/",
    "//spdx.org/licenses/",
    "//creativecommons.org/licenses/",
    "//gnu.org/licenses/",
    "//apache.org/licenses/",
)


# a Medium writer's pages under a host of their own (`erik-engheim.medium.com`) are the pages
# under their handle (`medium.com/@erik-engheim`): Medium serves one at both; not its own sites
_MEDIUM_SUBDOMAIN = ".medium.com"
_MEDIUM_OWN = frozenset({"www", "help", "policy", "blog", "about", "status", "api", "cdn-images-1"})


def _medium_page(host: str, path: str) -> tuple[str, str]:
    """A page on a Medium writer's host as the same page under their handle."""
    writer = host.removesuffix(_MEDIUM_SUBDOMAIN)
    if not writer or "." in writer or writer in _MEDIUM_OWN:
        return host, path
    return "medium.com", f"/@{writer}{path}"


@lru_cache(maxsize=65536)
def normalize_url(url: str) -> str:
    """The form two links share when they are the same entry: http and https alike, no ``www.``, no
    trailing slash, no default port, no parameters that track or pick a language (``utm_*``,
    ``fbclid``, ``gh_src``, ``si``, ``locale``, ``hl``; AI Studio's share parameters); on GitHub,
    ``owner/repo`` case-folded, without ``.git``, ``#readme``, ``/tree/<branch>`` or
    ``/blob/<branch>/README.md``; a YouTube video by its id (``youtu.be/x`` is
    ``youtube.com/watch?v=x``), a Google Drive file by its id (``/file/d/x/view?usp=sharing`` is
    ``/file/d/x/edit``), an arXiv paper by its identifier (its ``/pdf/`` and versions are its
    ``/abs/``), an ACM paper by its DOI (its ``/doi/pdf/`` and ``/doi/abs/`` are its ``/doi/``),
    a folder's index page (``/index.html``, ``/index.php``, ``/default.aspx``) by its folder,
    a Medium writer's host by their handle (``x.medium.com`` is ``medium.com/@x``), a Telegram,
    X (Twitter) or Instagram account by its handle in any case.
    Other paths keep their case, and fragments count."""
    simple = _QUERYLESS_WEB_URL.fullmatch(url)
    if simple:  # most links: no query, so no need for the general parser
        scheme, host, port, path = simple.groups()
        host = host.lower().removeprefix("www.")
        if port is not None and int(port) != _DEFAULT_PORTS[scheme.lower()]:
            host = f"{host}:{int(port)}"
        path = (path or "").rstrip("/")
        if host.endswith(_MEDIUM_SUBDOMAIN):
            host, path = _medium_page(host, path)
        # asked of its hosts only
        video = _short_video(host, path) if host in _SHORT_LINK_HOSTS else ""
        if video:
            return video
        if host not in _GITHUB_HOSTS:
            path = _paper_path(host, path)
            return f"//{host}{path}{_fragment(url, False)}" if "#" in url else f"//{host}{path}"
        return f"//{host}{_github_path(path)}{_fragment(url, True)}"
    text = url.strip()
    if text.lower().startswith("www."):
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return text
    host = (parts.hostname or "").lower().removeprefix("www.")
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    if host.endswith(_MEDIUM_SUBDOMAIN):
        host, path = _medium_page(host, path)
    path = _github_path(path) if host in _GITHUB_HOSTS else _paper_path(host, path)
    video = _short_video(host, path)
    if video:
        return video  # `youtu.be/x?si=…`: the video x
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if host in VIDEO_HOSTS and path == "/watch":
        pairs = [(k, v) for k, v in pairs if k == "v"]  # the video, not where it is played from
    shared = _SHARED_FROM.get(host)
    if shared is not None:
        pairs = [(k, v) for k, v in pairs if not shared.fullmatch(k)]
    query = urlencode([(k, v) for k, v in pairs if not _UNTRACKED.match(k)])
    fragment = _fragment(text, host in _GITHUB_HOSTS)
    return f"//{host}{path}" + (f"?{query}" if query else "") + fragment


# a folder's own page, which a web server sends for the folder (`opentopography.org/index.php`
# is `opentopography.org`)
_INDEX_PAGES = (
    "/index.html", "/index.htm", "/index.php", "/index.asp", "/index.aspx", "/index.jsp",
    "/default.asp", "/default.aspx",
)  # fmt: skip


def _folder_of_index(path: str) -> str:
    """A path without the index page it ends with, in any case (`/a/Default.aspx`: `/a`)."""
    # (the last letters asked first: most paths end otherwise, and are not lowered whole)
    if path[-6:].lower().endswith(_INDEX_ENDS) and path.lower().endswith(_INDEX_PAGES):
        return path.rpartition("/")[0]
    return path


_INDEX_ENDS = ("html", ".htm", ".php", ".asp", "aspx", ".jsp")


_UNTRACKED = lazy_re.compile(r"utm_|(?:fbclid|gclid|gh_src|si|locale|hl)$")
# parameters a site adds to a page's address when it is shared, which open the same page: Baidu
# AI Studio's project from a search or a user's share (`?channelType=0&channel=0`, `?shared=1`)
_SHARED_FROM = {"aistudio.baidu.com": re.compile(r"channelType|channel|shared|sUid|ts")}
# YouTube's hosts as a normalized link writes them (no `www.`); `youtu.be/x` is its short link
VIDEO_HOSTS = frozenset({"youtube.com", "m.youtube.com"})


_SHORT_LINK_HOSTS = frozenset({"youtu.be", "drive.google.com"})  # ``_short_video``'s


def _short_video(host: str, path: str) -> str:
    """The normalized link of the video a short link (`youtu.be/x`) plays, or of the file a
    Google Drive link opens however it opens it (`/file/d/x/view`, `/edit`, `?usp=sharing`); ""
    for any other link."""
    if host == "youtu.be":
        return f"//youtube.com/watch?v={path[1:]}" if path.count("/") == 1 else ""
    if host == "drive.google.com" and path.startswith("/file/d/"):
        return "//drive.google.com/file/d/" + path[8:].partition("/")[0]
    return ""


# an HTML attribute's URL: leading and trailing whitespace is dropped, tabs and newlines
# removed, and a space after the host percent-encoded (the URL standard's parser), so
# `<img src="https://img.shields.io/badge/last update-…">` loads; a space in the host does not
_HTML_URL_WHITESPACE = " \t\n\r\f"
_AUTHORITY = lazy_re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?://)?[^/?#]*")


def as_browsers_read(url: str) -> str:
    """An HTML ``href`` or ``src`` value as a browser reads it: trimmed, without tabs and
    newlines, its spaces past the host written ``%20``. An empty value stays empty."""
    url = url.strip(_HTML_URL_WHITESPACE)
    url = url.replace("\t", "").replace("\n", "").replace("\r", "")
    authority = _AUTHORITY.match(url)
    start = authority.end() if authority else 0
    return url[:start] + url[start:].replace(" ", "%20")


_WWW = r"(?i)www\.[^./\s]+\.[^\s]"  # a web address, whatever its domain (as _DOMAIN_LIKE)
_SCHEMELESS = (_DOMAIN_LIKE, _EXTENSION_DOMAIN, _COUNTRY_DOMAIN, _WWW)
_EMBEDDED = lazy_re.compile(r"https?://([^/?#\s{}]+)", re.IGNORECASE)


def _near_web_scheme(scheme: str) -> bool:
    """Whether an unknown scheme is two slips or fewer from `http` or `https` (`hhttps`,
    `htttp`): a web address mistyped, not an app's own scheme (`sdns`, `obsidian`)."""
    return min(edit_distance(scheme, "http"), edit_distance(scheme, "https")) <= 2


def edit_distance(one: str, other: str) -> int:
    """The fewest letters inserted, deleted or replaced to turn one text into the other, by
    Myers' bit-parallel walk (as Hyyrö writes it): one step per letter of ``other``, each a few
    operations on integers of one bit per letter of ``one``, not a table of both."""
    if not one:
        return len(other)
    masks: dict[str, int] = {}
    for index, char in enumerate(one):
        masks[char] = masks.get(char, 0) | (1 << index)
    full = (1 << len(one)) - 1
    last = 1 << (len(one) - 1)
    plus, minus, distance = full, 0, len(one)  # the last column's steps up and down
    for char in other:
        match = masks.get(char, 0)
        vertical = match | minus
        diagonal = (((match & plus) + plus) ^ plus) | match
        rise = (minus | ~(diagonal | plus)) & full
        fall = plus & diagonal
        distance += bool(rise & last) - bool(fall & last)
        rise = ((rise << 1) | 1) & full
        fall = (fall << 1) & full
        plus = (fall | ~(vertical | rise)) & full
        minus = rise & vertical
    return distance


_NUMBERS = lazy_re.compile(r"[\d.]+")
_IPV4 = lazy_re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
_DOI_PREFIX = lazy_re.compile(r"10\.\d{4,9}")


_HOST_AGAIN = lazy_re.compile(r"[^:/]+://([^/]+)/\1/")


def _host_again(url: str) -> str | None:
    """Why a plain web URL is wrong where its path starts with its host again
    (`https://doi.org/doi.org/10.1093/…`) or names an account GitHub cannot have, else None."""
    again = _HOST_AGAIN.match(url)
    if again is None or "." not in again.group(1):
        return _github_names(url) if "github.com/" in url else None
    return f"the host `{again.group(1)}` is written twice (keep one)"


# an address on GitHub, its first part the account's; a name there is letters, digits, `-`,
# never a `.`, a `!` or a `_` (an enterprise's managed users have one, but no public page)
# (only an account's part holding another character matches: most addresses stop at its `(?=`)
_GITHUB_ACCOUNT = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/(?=[^/?#]*[^A-Za-z0-9/?#-])([^/?#]+)"
)
_ACCOUNT_NAME = lazy_re.compile(r"[A-Za-z0-9-]+")
# an account's part longer than GitHub allows (39 characters): `react-native-oh-libraryreact-
# native-exit-app`, an owner and its repository with the `/` between them left out
_LONG_ACCOUNT = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/([A-Za-z0-9-]{40,})(?![A-Za-z0-9-])"
)
# a template's place for a name: `YOUR_USERNAME`, `your_github_handle`
_PLACE_FOR_NAME = lazy_re.compile(r"[A-Z]+(?:_[A-Z]+)+|(?i:your|my)_\w+")
_TEMPLATE = lazy_re.compile(r"[{}<>$*]|%7B|%3C", re.IGNORECASE)


def _github_names(url: str) -> str | None:
    """Why a github.com address names no account or no repository GitHub can have, else None."""
    return _github_account(url) or _github_repository(url)


def _github_account(url: str) -> str | None:
    """Why a github.com address names no account GitHub can have
    (`https://github.com/asecure.cloud`, `https://github.com/michel-slm!`, a name of more than 39
    characters), else None. An
    account's picture (`github.com/octocat.png`) is GitHub's own address, and a template's
    place for a name (`{github_username}`, `<user>`, `$USER`) is not written to be followed."""
    found = _GITHUB_ACCOUNT.match(url)
    if found is None:
        long = _LONG_ACCOUNT.match(url)
        if long is None:
            return None
        return (
            f"`{long.group(1)}` cannot be a GitHub account's name (39 characters at most): "
            "an owner and a repository run together, a `/` left out?"
        )
    account = found.group(1)
    if _ACCOUNT_NAME.fullmatch(account.removesuffix(".png")) or _TEMPLATE.search(account):
        return None
    if _PLACE_FOR_NAME.fullmatch(account):
        return None
    if found.end() == len(url) and account[-1] in ".," and _ACCOUNT_NAME.fullmatch(account[:-1]):
        return None  # a sentence's full stop after the address (`.` or `,`), told as such
    return f"`{account}` cannot be a GitHub account's name (letters, digits and `-` only)"


# a repository's part on GitHub holding a character no repository's name has (letters,
# digits, `.`, `-`, `_`): `SCALE-UP%7D` (a LaTeX `}` taken in), `deep_s기` (typed over)
_GITHUB_REPOSITORY = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?github\.com/([A-Za-z0-9-]+)/(?=[^/?#]*[^A-Za-z0-9._/?#-])([^/?#]+)"
)
# GitHub's own pages whose second part is no repository's (`/trending/c%23`, `/topics/c++`)
_GITHUB_PAGES = frozenset({
    "about", "apps", "collections", "customer-stories", "enterprise", "events", "explore",
    "features", "marketplace", "orgs", "pricing", "readme", "search", "security", "settings",
    "site", "solutions", "sponsors", "topics", "trending", "users",
})  # fmt: skip


def _github_repository(url: str) -> str | None:
    """Why a github.com address names no repository GitHub can have (`JunfengGo/SCALE-UP%7D`,
    `luheng/deep_s기`), else None; a template's place for a name (`{repo}`, `<repo>`) is not
    written to be followed, and a sentence's full stop after the address is told as such."""
    found = _GITHUB_REPOSITORY.match(url)
    if found is None or found.group(1).lower() in _GITHUB_PAGES:
        return None
    written = found.group(2)
    if _OPENS_TEMPLATE.search(written):
        return None  # but a `}` alone is a LaTeX `\\url{…}`'s close taken in
    name = unquote(written)
    if found.end() == len(url) and name[-1] in ".,;:" and _REPOSITORY_NAME.fullmatch(name[:-1]):
        return None
    if _REPOSITORY_NAME.fullmatch(name):
        return None  # `%2D` and the like: a name's own character, escaped
    return f"`{name}` cannot be a GitHub repository's name (letters, digits, `.`, `-` and `_` only)"


_REPOSITORY_NAME = lazy_re.compile(r"[A-Za-z0-9._-]+")
_OPENS_TEMPLATE = lazy_re.compile(r"[{<$*]|%7B|%3C", re.IGNORECASE)


def _written_twice(url: str, host: str) -> bool:
    """Whether a URL's path holds the URL again (`https://doi.org/https://doi.org/10.1/x`, a
    LaTeX `\\href{…}{…}` leftover `…/shapfed}{https://github.com/…`): an address of another
    host there is an archive's or a redirect's (`web.archive.org/web/2020/https://…`)."""
    path = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
    return any(
        found.lower().removeprefix("www.") == host.removeprefix("www.")
        for found in _EMBEDDED.findall(path)
    )


# another address written right after a word or a bracket of this one, with no separator
# (`…/mapping-challengehttps:/www.jianshu.com/…`, `…/EORSSD-dataset]https:/hub…`); an archive's
# or a redirect's copy follows a `/` or a `=` (`web.archive.org/web/2020/https://…`, `?url=https`)
_RUN_TOGETHER = lazy_re.compile(r"(?<=[A-Za-z0-9\])])https?:/", re.IGNORECASE)


# a full-width separator, then another address: a list of links pasted into one target
# (`…/cnn/；ResNet：https://www.bilibili.com/…`); no address holds one in its path
_LISTED = lazy_re.compile(r"[；，、][^；，、]*?https?://", re.IGNORECASE)
# a comma or a semicolon, then another address (`…watch?v=WxONDjqVRB8,https://www.youtube.com/…`:
# two videos in one target); a query's list of addresses starts with one (`?urls=https://…`)
_COMMA_LISTED = lazy_re.compile(r"[,;]\s*https?://", re.IGNORECASE)
_QUERY_ADDRESS = lazy_re.compile(r"=\s*https?(?::|%3A)", re.IGNORECASE)


def _two_listed(url: str) -> bool:
    """Whether a comma or a semicolon joins two different addresses (`…/LDC93S6A,https://…/
    LDC94S13A`, a corpus's two parts): several URLs, where the same one again is written twice."""
    found = _COMMA_LISTED.search(url, 8)
    if found is None:
        return False
    first = url[: found.start()].rstrip("/")
    second = url[found.start() + 1 :].lstrip().rstrip("/")
    return first != second  # a path's case is its own: `…/ABC` and `…/abc` are two


# an address in parentheses inside another's path (no path writes one so; an archive's copy
# of a page writes the address after a `/` alone, `web.archive.org/web/2020/https://…`)
_IN_PARENTHESES = lazy_re.compile(r"/\((?i:https?)://")


def _listed(url: str, host: str) -> bool:
    """Whether a target lists several addresses: after a full-width separator, or after a
    comma or a semicolon where no query's value is an address; inside a query, only an
    address of the same host (a video's id, then another video's address: a tweet's text or a
    search's words may end with any address)."""
    if _LISTED.search(url):
        return True
    found = _COMMA_LISTED.search(url, 8)
    if found is None or _QUERY_ADDRESS.search(url, 0, found.start()) is not None:
        return False
    other = host_of(url[found.start() + 1 :].lstrip())
    return "?" not in url[: found.start()] or other == host.removeprefix("www.")


# characters that show nothing, which a web address copied from a page can carry along (a
# left-to-right mark after it): GitHub keeps them in the href, a page that does not exist; the
# zero width joiner of an emoji sequence (`🧑‍💻`) is not among them
_INVISIBLE = lazy_re.compile("[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


# servers of papers not (yet) published elsewhere
PREPRINT_HOSTS = frozenset(
    {"arxiv.org", "openreview.net", "biorxiv.org", "medrxiv.org", "ssrn.com", "techrxiv.org"}
)
# where a page is one paper's: a preprint server's, a publisher's or proceedings'
PAPER_HOSTS = PREPRINT_HOSTS | {
    "aclanthology.org", "aclweb.org", "papers.nips.cc", "proceedings.neurips.cc",
    "proceedings.mlr.press", "dl.acm.org", "ieeexplore.ieee.org", "doi.org", "link.springer.com",
    "openaccess.thecvf.com", "ecva.net", "ojs.aaai.org", "ijcai.org", "nature.com",
    "sciencedirect.com", "semanticscholar.org",
}  # fmt: skip


# code hosts whose address's first part is an owner's (an account or an organisation)
OWNER_HOSTS = frozenset(
    {"github.com", "gitlab.com", "gitee.com", "huggingface.co", "bitbucket.org"}
)


# hosts whose names of pages never end with a full stop or comma (a repository, a model, a paper
# identifier); elsewhere one may (`…/wiki/Washington,_D.C.`)
# publishers whose papers' pages are named by an identifier, which never ends with `.` or `,`
_PUBLISHERS = frozenset({
    "nature.com", "link.springer.com", "sciencedirect.com", "ieeexplore.ieee.org", "dl.acm.org",
    "openreview.net", "aclanthology.org", "biorxiv.org", "medrxiv.org", "pubmed.ncbi.nlm.nih.gov",
})  # fmt: skip
# code hosts, whose repositories' names may end with `.` (`abin24/Magnetic-tile-defect-datasets.`)
_CODE_HOSTS_NAMED = frozenset({"github.com", "gitlab.com", "gitee.com", "huggingface.co"})
_NAMED_PAGES = _CODE_HOSTS_NAMED | {"arxiv.org"} | _PUBLISHERS


def _full_stop(url: str, host: str) -> str:
    """The `.` or `,` a link's address ends with on a host whose pages' names never do
    (`https://github.com/PharMolix/OpenBioMed.`), or ""."""
    if host.lower().removeprefix("www.") not in _NAMED_PAGES or "?" in url or "#" in url:
        return ""
    return url[-1] if url.endswith((".", ",")) else ""


_SEARCHED = lazy_re.compile(r"/search\?(?:[^#]*&)?q=(https?(?::|%3A)[^&#]+)", re.IGNORECASE)


def _searched(url: str, host: str) -> str:
    """The address a link searches the web for (`https://www.google.com/search?q=https://pypi.org/
    project/x/`: a search engine's wrapper, copied from a chat answer), or ""."""
    if not host.lower().removeprefix("www.").startswith(("google.", "bing.com")):
        return ""
    found = _SEARCHED.search(url)
    return unquote(found.group(1)) if found else ""


# a host whose top-level name, in small letters, runs into a word of a capital
# (`https://pwrtelegram.xyzCreator:`, `https://www.openos.orgSignal备用群`): the next word of a
# sentence or a path glued to it, no top-level name being written in two cases
_CASED_INTO_TOP = lazy_re.compile(
    r"(?i:https?)://((?:[A-Za-z0-9-]+\.)+[a-z]{2,})[A-Z][A-Za-z]*(?=[:/?#]|$|[^\x00-\x7f])"
)


def _glued_host(url: str) -> str:
    """The known host an address's host starts with where the path's first part is run into it,
    its capital telling where (`github.comLJungang`: the `/` after `github.com` left out), or ""."""
    written = url.split("//", 1)[1].split("/", 1)[0].removeprefix("www.")
    for known in _NAMED_PAGES:
        if written.lower().startswith(known) and written[len(known) : len(known) + 1].isupper():
            return known
    return ""


# an arXiv paper's address and what it names: an identifier (`2303.03378`, since 2007; an
# archive's `hep-th/9901001` before), maybe a version and `.pdf`
_ARXIV_LINK = lazy_re.compile(r"(?i:https?)://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/([^?#]+)")
# an arXiv paper's page of no identifier (`https://arxiv.org/abs/`): the paper's left out
_ARXIV_NO_ID = lazy_re.compile(
    r"(?i)https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/?(?:[?#].*)?$"
)
ARXIV_LEFT_OUT = "the address names no paper: the arXiv identifier is left out"


def names_no_paper(url: str) -> bool:
    """Whether a link is arXiv's page of a paper with the paper's identifier left out
    (`https://arxiv.org/abs/`): a placeholder, no one paper's page."""
    return _ARXIV_NO_ID.match(url) is not None


# an arXiv identifier: `YYMM.NNNN` from April 2007 to 2014, `YYMM.NNNNN` since 2015, or an
# archive's `hep-th/9901001` before
_ARXIV_ID = lazy_re.compile(
    r"(?:(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}"
    r"|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?"
)
# an identifier's placeholder, its digits written as letters (`XXXX.XXXXX`, `YYMM.NNNNN`): a
# paper to come, whose link its writer fills in when it is out (a survey's badge)
_ARXIV_PLACEHOLDER = lazy_re.compile(r"(?i)(?:x{4}\.x{4,5}|yymm\.n{4,5})(?:v\d+)?(?:\.pdf)?/?")
# a number of four digits where one of five is since 2015 (`2604.0889`): cut short
_ARXIV_SHORT = lazy_re.compile(r"(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{4}(?:v\d+)?(?:\.pdf)?/?")
# a code host's address whose owner's part is empty (`https://github.com//ReBuzz`)
_NO_OWNER = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?(?i:github\.com|gitlab\.com|gitee\.com|huggingface\.co)//"
)


# an invitation's address of no code (`https://discord.gg/`): a host of invitations alone, whose
# bare address opens no server or group; told by how it ends first (every address passes here,
# and a regular expression's call costs more than the test of an ending)
_INVITE_ENDS = ("discord.gg", "discord.gg/", "/invite", "/invite/", "whatsapp.com", "whatsapp.com/")
_NO_INVITE = lazy_re.compile(
    r"(?i:https?)://(?:www\.)?(?i:discord\.gg|discord\.com/invite|chat\.whatsapp\.com)/?"
)


# a page whose query's `?` is left out (`youtube.com/watchv=…`, `tg://resolve=…`): a path no
# server has, where the page takes its key after a `?` (`watch?v=`, `resolve?domain=`)
_QUERY_UNASKED = lazy_re.compile(
    r"(?i)(?:https?://(?:www\.|m\.)?youtube\.com/watch(?=v=)|tg://resolve(?=[a-z]*=))"
)


def _query_unasked(url: str) -> str:
    """What ``_QUERY_UNASKED`` found: the page, the query's `?` it left out, and what it wrote."""
    lowered = url.lower()
    page = "watch" if "youtube.com/watch" in lowered else "resolve"
    key = "v" if page == "watch" else "domain"
    start = lowered.find(page)
    written = url[start : url.find("=", start) + 1]
    return f"the `?` of `{page}?{key}=` is missing: `{written}…` names no page"


# a host whose top-level name is a common one with the path's first word run into it
# (`https://oh-vue-icons.js.orgdocs#…`, `https://github.comyahoo/…`: the `/` left out), not one
# of the real top-level names that start so
_RUN_INTO_TOP = lazy_re.compile(
    r"(?i:https?)://([^/?#:]*\.(com|org|net|io|edu|gov))([a-z]+)(?=[/?#:]|$)"
)
_TOP_NAMES = frozenset(
    {"comcast", "commbank", "community", "company", "compare", "computer", "comsec", "organic",
     "netbank", "netflix", "network", "education"}
)  # fmt: skip


_TOP_SLIPS = 2  # letters added, dropped or changed, at most, in a misspelt top-level name
_TOP_NAMES_SORTED = tuple(sorted(_TOP_NAMES))  # asked in one order, the same on every run


def _near_top_name(top: str) -> str:
    """The real top-level name starting like a common one (`community`) that a host's
    last name is one or two letters away from (`communinty`), or ""."""
    return next(
        (name for name in _TOP_NAMES_SORTED if 0 < edit_distance(top, name) <= _TOP_SLIPS), ""
    )


# a `%` in a path that two hex digits do not follow (`Duplicate%Fnder`, `roadmap%incrivel`): no
# escape, which a server refuses (a query's `50%` is left alone)
_BROKEN_ESCAPE = lazy_re.compile(r"%(?![0-9A-Fa-f]{2}).{0,2}")


_ESCAPE = lazy_re.compile(r"%[0-9A-Fa-f]{2}")
_ESCAPED_QUERY = 2  # escapes a query writes, at least, for a `%` of no escape to be a slip


def _query_escape_lost(url: str) -> str:
    """A `%` of a query that two hex digits do not follow, before a letter, where the query
    writes two escapes or more (`text=Confira%20esse%20roadmap%incrivel`: a `20` lost); "" where
    none. A query that writes no escape may write a `%` as it is (`?off=50%`)."""
    query = url.partition("?")[2].partition("#")[0]
    if not query or len(_ESCAPE.findall(query)) < _ESCAPED_QUERY:
        return ""
    broken = _BROKEN_ESCAPE.search(query)
    while broken is not None and not broken.group()[1:2].isalpha():
        broken = _BROKEN_ESCAPE.search(query, broken.end())
    return broken.group() if broken is not None else ""


def _lost_in_query(lost: str) -> str:
    return (
        f"`{lost}` in the address's query is no escape, where its other `%` are (`%20`): a "
        "character lost after the `%`"
    )


_QUERY_TWICE = lazy_re.compile(r"\?\?[A-Za-z_][\w.-]*=")  # `??WT.mc_id=…`: a query's `?` doubled


def _plain_problem(url: str) -> str | None:
    """Why a plain web address (a host of names, a path of no space) is wrong, or None: its host
    again, an account GitHub cannot have, an arXiv link of no identifier (or one with a
    sentence's full stop taken in), a code host's address of no owner, a path run into a common
    top-level name. A repository's name may end with a `.` (`abin24/Magnetic-tile-defect-
    datasets.` is one): a plain address on GitHub that ends so is not reported."""
    again = _host_again(url)
    if again is not None:
        return again
    if url[-1] == ">" and "<" not in url:
        return "the address ends with `>`: a bracket taken into it"
    if url[-1] == "}" and "{" not in url and '"' not in url:
        # LaTeX's `\url{https://…}` pasted from a paper's abstract: its brace taken in
        return "the address ends with `}`: a brace taken into it (LaTeX's `\\url{…}`)"
    if (url.find("http", 8) >= 0 or url.find("HTTP", 8) >= 0) and _RUN_TOGETHER.search(url, 8):
        return "two addresses are run together in one link (give each its own)"
    paper = _ARXIV_LINK.match(url) if "arxiv.org/" in url else None
    if paper is None and names_no_paper(url):
        return ARXIV_LEFT_OUT
    if (
        paper is not None
        and not _ARXIV_ID.fullmatch(paper.group(1))
        and not _ARXIV_PLACEHOLDER.fullmatch(paper.group(1))
    ):
        stop = paper.group(1)[-1]
        if stop in ".," and _ARXIV_ID.fullmatch(paper.group(1)[:-1]):
            return f"the address ends with `{stop}`: a sentence's punctuation taken into it"
        if _ARXIV_SHORT.fullmatch(paper.group(1)):
            return (
                f"`{paper.group(1)}` is cut short: an arXiv identifier has five digits after "
                "its `.` since 2015 (`YYMM.NNNNN`)"
            )
        return f"`{paper.group(1)}` is not an arXiv identifier (`YYMM.NNNNN`)"
    run_in = _RUN_INTO_TOP.match(url)
    if (
        run_in is not None
        and (top := (run_in.group(2) + run_in.group(3)).lower()) not in _TOP_NAMES
    ):
        near = _near_top_name(top)
        if near:
            # `opensourceway.communinty`: a top-level name misspelt, not a path run into `.com`
            return f"`.{top}` is no top-level name: `.{near}` misspelt?"
        return f"a `/` is missing after `{run_in.group(1)}`"
    if url.find("//", 8) >= 0 and _NO_OWNER.match(url):
        return "the address names no owner (`//` after the host)"
    if "watchv=" in url and _QUERY_UNASKED.match(url):  # (`tg://resolve=`: no web address)
        return _query_unasked(url)
    if url.endswith(_INVITE_ENDS) and _NO_INVITE.fullmatch(url):
        return "the invitation's code is missing: the address opens no server or group"
    if "%" in url:
        path = url.split("?", 1)[0].split("#", 1)[0]
        broken = _BROKEN_ESCAPE.search(path)
        if broken is not None:
            return (
                f"`{broken.group()}` in the address's path is no escape (`%` and two hex "
                "digits: `%20`): a character lost after the `%`"
            )
        lost = _query_escape_lost(url)
        if lost:
            return _lost_in_query(lost)
    if url.endswith("??") or "???" in url:
        # question marks where the page's name belongs (`…/rss2025/??`, `…/papers/???.pdf`);
        # a server's list of files after `??` (`g.alicdn.com/??a.js,b.js`) is an address
        return "`??` stands where the page's name belongs: a placeholder never filled in"
    if "??" in url and _QUERY_TWICE.search(url):
        # `…/Security-101??WT.mc_id=academic`: the query's key is `?WT.mc_id`, which the page
        # does not read (a server's list of files after `??`, `??a.js,b.js`, has no `=`)
        return "`??` starts the query: its `?` written twice"
    if url[-1] in ".,":
        # a paper's page (`nature.com/articles/s41597-020-0495-6.`); a repository's name may
        # end with `.`, a plain address on a code host that ends so is not reported
        host = url.split("/", 3)[2].lower().removeprefix("www.")
        if host not in _CODE_HOSTS_NAMED and _full_stop(url, host):
            return f"the address ends with `{url[-1]}`: a sentence's punctuation taken into it"
    return None


_SERVICE = lazy_re.compile(r"//[A-Za-z][A-Za-z0-9-]*:\d{1,5}(?:[/?#]|$)")


# an address pasted into one begun and not finished: a host cut short, then another scheme
# (`https://github.https://github.com/…`)
_BEGUN_AGAIN = lazy_re.compile(r"(https?://[^/?#:]*\.)https?://", re.IGNORECASE)
_SCHEME_TWICE = lazy_re.compile(
    r"(?:https?){2,}"
)  # `httpshttps://github.com/…`: pasted over its own

# services that draw a badge of the text its address writes (`img.shields.io/badge/Apps%20&%20
# Modules%20\u200b-500+-blue`): an invisible character there pads the text drawn, on purpose
BADGE_SERVICES = frozenset({"img.shields.io", "shields.io", "badgen.net", "flat.badgen.net"})


def _drawn_text(url: str) -> bool:
    """Whether an address is a static badge's, whose path is the text the service draws
    (`img.shields.io/badge/Apps%20&%20Modules-500+-blue`); not a badge of a repository's
    stars, whose path names the repository (`/github/stars/owner/repo`)."""
    if host_of(url) not in BADGE_SERVICES:
        return False
    path = url.partition("://")[2].partition("/")[2]
    return path.startswith("badge/")


# a tilde's look-alike where a home folder's `~` goes (`cs.ucr.edu/∼eamonn/`: a PDF's copy)
_TILDE_LIKE = lazy_re.compile(r"/[∼～˜]")


@lru_cache(maxsize=65536)  # a list writes one target many times (its license's, a placeholder)
def url_problem(url: str) -> str | None:
    """Why a link target cannot be a URL or a path, or None when it can."""
    # each invisible character is a format character, which no printable text holds: most
    # addresses beyond ASCII (a CJK path) are not searched
    if not url.isascii() and url[:4].lower() in ("http", "www."):
        invisible = None if url.isprintable() else _INVISIBLE.search(url)
        if invisible and not _drawn_text(url):  # a static badge's text pads with one
            return (
                f"the address holds an invisible character (U+{ord(invisible.group()):04X}) "
                "that GitHub keeps in the link"
            )
        tilde = _TILDE_LIKE.search(url)
        if tilde:
            character = tilde.group()[1]
            return (
                f"`{character}` (U+{ord(character):04X}) stands where the address writes `~` "
                "(`/~user/`): a look-alike, which the browser sends as another character"
            )
    if url[-1:] == "`" and url[:4].lower() == "http":
        # `…?style=flat-square\``: a code span's mark typed into the address, which GitHub
        # sends as `%60`
        return "the address ends with `` ` ``: a code span's backtick taken into it"
    if _PLAIN_WEB_URL.fullmatch(url) and "://" not in url[8:]:
        # the common case, decided without parsing (but `doi.org/doi.org/…`: its host again)
        return _plain_problem(url)
    if not url.strip():
        return "the link target is empty"
    if url.strip("?") == "":
        # `[hearing/acoustics](?)`: a mark where the address belongs, never filled in
        return "a question mark stands where the address belongs: a placeholder never filled in"
    if any(char in " \t\n\r\f\v" for char in url):
        return "the link target contains a space (write it as `%20`)"
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if match:
        scheme = match.group(1).lower()
        rest = url[match.end() :]
        if scheme not in KNOWN_SCHEMES:
            resolver = _RESOLVERS.get(scheme)
            if resolver is not None and rest.strip():
                # `[Paper](arXiv:2308.03281)`: a paper's identifier as a citation writes it,
                # a link GitHub does not follow
                return (
                    f"`{url[: match.end()]}` is an identifier's prefix, not a scheme a browser "
                    f"opens: write `{resolver}{rest.strip()}`"
                )
            if _SCHEME_TWICE.fullmatch(scheme):
                return f"`{scheme}:` writes the scheme twice (keep one)"
            if re.fullmatch(r"h?t?t?p?s?", scheme) or scheme in ("htp", "htps", "http", "hhtp"):
                return f"`{scheme}:` is not a scheme; did you mean `https:`"
            if rest.startswith("//") and _near_web_scheme(scheme):
                return f"`{scheme}:` is not a known scheme"
            if _QUERY_UNASKED.match(url):
                return _query_unasked(url)
            # an app's own scheme (`sdns://` DNS stamps, `obsidian://`, `tg://`), or `name:rest`,
            # a relative path such as `a:b.md`
            return None
        if scheme == "file":
            # a path on the writer's own computer (`file:///C:/Users/…`), which GitHub leaves
            # unlinked: no reader has it
            return (
                "a `file:` address names a file on the writer's own computer (GitHub does "
                "not link it)"
            )
        if scheme in ("mailto", "tel") and not rest.strip():
            return f"`{scheme}:` names no {'address' if scheme == 'mailto' else 'number'}"
        if scheme in ("http", "https"):
            if not rest.startswith("//"):
                return f"`{scheme}:` must be followed by `//`"
            try:
                host = urlsplit(url).hostname or ""
            except ValueError:  # `http://name[at]mail.com`, `http://[::1`: brackets of no IP
                return "the URL's host is malformed"
            if not host:
                return "the URL has no host"
            again = _BEGUN_AGAIN.match(url)
            if again is not None:
                return f"`{again.group(1)}` is left before the address, begun again (keep one)"
            # a name with a port is a service's on a private network (`http://rsshub:1200/…`
            # in a docker-compose setup), where a bare name (`https://github/…`) is a slip
            if "." not in host and host != "localhost" and not _SERVICE.match(rest):
                written = re.split(r"[:/?#]", rest[2:], maxsplit=1)[0]
                if _PLACE_FOR_NAME.fullmatch(written):
                    return None  # a template's place for a host (`http://DEVICE_IP:PORT/mcp`)
                return f"`{host}` is not a host name"
            if _NUMBERS.fullmatch(host) and not _IPV4.fullmatch(host):
                if _DOI_PREFIX.fullmatch(host):
                    return f"`{host}` is a DOI's prefix, not a host (`https://doi.org/{host}/…`)"
                return f"`{host}` is not a host name"
            if _written_twice(url, host) and not _two_listed(url):
                return "the URL is written twice, run together (keep one)"
            if _listed(url, host):
                return "several URLs are run together in one link (give each its own)"
            if _IN_PARENTHESES.search(url.partition("?")[0], 8):
                # `…/blob/main/(https://cohere.for.ai)`: an address written after its name in
                # a sentence, pasted into another's path
                return "another address in parentheses is pasted into the path (link one)"
            if host in ("github.com", "www.github.com"):
                named = _github_names(url)
                if named:
                    return named
            searched = _searched(url, host)
            if searched:
                return f"a web search for `{searched}`, not its page (link the address itself)"
            glued = _glued_host(url)
            if glued:
                return f"a `/` is missing after `{glued}`"
            into = _CASED_INTO_TOP.match(url)
            if into is not None:
                return f"a `/` or a space is missing after `{into.group(1)}`"
            stop = _full_stop(url, host)
            if stop:
                return f"the address ends with `{stop}`: a sentence's punctuation taken into it"
            lost = _query_escape_lost(url) if "%" in url else ""
            if lost:
                return _lost_in_query(lost)
        return None
    if _LINK_AS_TARGET.match(url):
        return "the target is a whole link, `[text](address)`: write its address alone"
    # a bracket, a quote or a backslash before it (`\https://…`: GitHub links `%5Chttps://…`)
    stray = re.match(r"^[\[({<'\"\\]+\s*(?=[A-Za-z][A-Za-z0-9+.-]*://)", url)
    if stray:
        return f"`{stray.group()}` stands before the URL's scheme"
    if re.match(r"^https?//", url, re.IGNORECASE):
        return "the scheme lacks its colon (`https://`)"
    if re.match(r"^https?\s*[：﹕︓]\s*/", url, re.IGNORECASE):
        return "the scheme's colon is a full-width `：` (write `https://`)"
    if re.match(r"^//+https?:", url, re.IGNORECASE):
        return "`//` stands before the URL's scheme"  # a browser reads `https` as its host
    if any(re.match(pattern, url) for pattern in _SCHEMELESS):
        return "the URL has no scheme (add `https://`)"
    return None


# identifiers a citation writes with a prefix (`arXiv:2308.03281`, `doi:10.1145/…`), and the
# address that resolves each
_RESOLVERS = {"arxiv": "https://arxiv.org/abs/", "doi": "https://doi.org/"}


# a link written whole where its target goes (`[元宇宙报告]([阿里云盘分享](https://…))`):
# GitHub links the outer text to the inner link's Markdown, as a path of the repository
_LINK_AS_TARGET = lazy_re.compile(r"\[[^\[\]]+\]\(\s*[A-Za-z][A-Za-z0-9+.-]*://[^()\s]*\)\Z")


def github_slug(text: str) -> str:
    """The anchor GitHub gives a heading: lower case, spaces to hyphens, and every character
    that is not a letter, mark, number, connector, space or hyphen removed (CJK stays, emoji
    and punctuation go, but the zero width joiner between an emoji sequence's parts stays)."""
    kept = []
    for char in text.lower():
        category = unicodedata.category(char)
        if char in " -\u200d" or category[0] in "LMN" or category == "Pc":
            kept.append(char)
    return "".join(kept).replace(" ", "-")


def github_slugs(headings: list[str]) -> set[str]:
    """Anchors for headings in order, repeated ones suffixed ``-1``, ``-2``…"""
    return set(heading_anchors(headings))


def heading_anchors(headings: list[str]) -> list[str]:
    """Each heading's anchor, in order: a repeated one's suffixed ``-1``, ``-2``…"""
    seen: dict[str, int] = {}
    slugs: list[str] = []
    for heading in headings:
        slug = github_slug(heading)
        if slug in seen:
            seen[slug] += 1
            candidate = f"{slug}-{seen[slug]}"
            while candidate in seen:
                seen[slug] += 1
                candidate = f"{slug}-{seen[slug]}"
            slug = candidate
        seen.setdefault(slug, 0)
        slugs.append(slug)
    return slugs


# the hyphen's look-alikes a title is typed or copied with (`Retrieval‑Augmented` with U+2011,
# a non-breaking hyphen, `Learning–Enhanced` with an en dash): one `-` in a name's key
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63", "-"))


# several rules compare every entry's name, each name several times
@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Names compared for duplicates: NFKC (full-width folds to ASCII), case-folded, spaces
    collapsed, the hyphen's look-alikes one `-`."""
    key = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return key.translate(_HYPHENS) if not key.isascii() else key


# a URL's scheme (`https:`, `mailto:`, an app's own `obsidian:`)
SCHEME = lazy_re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_web_url(url: str) -> bool:
    """Whether a link target is a page on the web (`http://` or `https://`, any case)."""
    return url[:8].lower().startswith(("http://", "https://"))


def relative_target(url: str) -> str | None:
    """The path part of a link to a file of the repository, or None for other links."""
    if url.startswith(("https://", "http://")):  # most links: a scheme, no search needed
        return None
    if not url or url.startswith(("#", "//")) or SCHEME.match(url) or url[:4].lower() == "www.":
        return None
    path = url.split("#", 1)[0].split("?", 1)[0]
    return unquote(path) or None


# a link's target (`](…)`) and a bare web address: left out where a text's own words are read
_ADDRESSES = lazy_re.compile(r"\]\([^()\s]*\)|https?://\S+")


def without_addresses(text: str) -> str:
    """A text without its links' targets and bare web addresses: a name in an address
    (`thrift.apache.org`, `https://github.com/`) is no word of the text's."""
    return _ADDRESSES.sub("", text)


def host_of(url: str) -> str:
    """A URL's host name, lower case and without ``www.``; empty for a relative or malformed
    URL (a list is text from strangers: ``http://[::1`` must not raise)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")
