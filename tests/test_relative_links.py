"""AL103 on links that leave the list's repository or name a file with a trailing slash."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run


def _findings(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "demo.py").write_text("print()\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text("# Guide\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(text, encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    return [line.split(": AL103 ", 1)[1] for line in result.out.splitlines() if ": AL103 " in line]


def test_links_to_the_repositorys_own_pages_on_github_are_not_files(tmp_path: Path) -> None:
    text = (
        "# List\n\n[Add a channel](../../issues/new?template=add.yml)\n"
        "[Wiki](../../wiki) [Releases](../../releases/latest)\n"
        "[Sibling repository](../../../other-repository/blob/main/README.md)\n"
    )
    assert _findings(tmp_path, text) == []


def test_links_that_climb_out_to_nothing_are_broken(tmp_path: Path) -> None:
    text = "# List\n\n[demo](../examples/demo.py)\n[page](../../nowhere/here)\n"
    assert _findings(tmp_path, text) == [
        "`../examples/demo.py` does not exist",
        "`../../nowhere/here` does not exist",
    ]


def test_a_file_written_with_a_trailing_slash_is_the_file(tmp_path: Path) -> None:
    text = (
        "# List\n\n[guide](guide.md/#guide) [demo](examples/demo.py/) [gone](gone.md/)\n"
        "[lost](guide.md/#nowhere)\n"  # its anchors are the file's (0voice/EmbeddedSoftwareLearn)
    )
    assert _findings(tmp_path, text) == [
        "`gone.md/` does not exist",
        "`guide.md/` has no heading or anchor `#nowhere`",
    ]


def test_a_documentation_sites_page_has_the_anchors_its_generator_makes(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / "tools").mkdir(parents=True)
    page = tmp_path / "docs" / "tools" / "study.md"
    page.write_text("# 📚 技术文档\n\n[技术文档](#📚-技术文档) · [gone](#nowhere)\n")
    readme = tmp_path / "docs" / "tools" / "README.md"
    readme.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    # on GitHub, neither anchor is there (GitHub's slug drops the emoji)
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 2
    # a VitePress site's page: the site makes its headings' anchors, not GitHub; VitePress'
    # slug keeps the emoji, and a fragment no heading has is still reported
    (tmp_path / "docs" / ".vitepress").mkdir()
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "no heading or anchor `#nowhere` here" in result.out
    # its README is still the folder's page on GitHub
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    assert result.out.count("AL103") == 2


def test_an_anchor_written_without_the_hyphen_of_a_headings_emoji_names_the_right_one(
    tmp_path: Path,
) -> None:
    # GitHub drops a heading's emoji and keeps the space after it (`#-搜索`); a table of
    # contents written from the heading as it reads misses it
    text = (
        "# List\n\n- [搜索](#搜索)\n- [Shell](#命令行与-shell-交互)\n- [Gone](#gone)\n\n"
        "## 🔍 搜索\n\n## 🖥️ 命令行与 Shell 交互\n"
    )
    assert _findings(tmp_path, text) == [
        "no heading or anchor `#搜索` here (GitHub's anchor of that heading is `#-搜索`)",
        "no heading or anchor `#命令行与-shell-交互` here"
        " (GitHub's anchor of that heading is `#%EF%B8%8F-命令行与-shell-交互`)",
        "no heading or anchor `#gone` here",
    ]


def test_a_documentation_sites_page_links_its_pages_as_the_site_serves_them(
    tmp_path: Path,
) -> None:
    # VitePress serves `contributing.md` at `/contributing` and `guide/index.md` at `/guide/`:
    # a site's page links them so (judge T8, jijinyun/my-fmhy-site); a page the site lacks is
    # still reported, and so is `/contributing` on a page that is no site's (a folder is one)
    (tmp_path / ".git").mkdir()
    (tmp_path / "categories").mkdir()
    (tmp_path / "guide").mkdir()
    (tmp_path / "contributing.md").write_text("# Contributing\n", encoding="utf-8")
    (tmp_path / "guide" / "index.md").write_text("# Guide\n", encoding="utf-8")
    page = tmp_path / "categories" / "learning.md"
    page.write_text(
        "# Learning\n\n[投稿指南](/contributing) [guide](../guide/) [gone](/nowhere)\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 2
    (tmp_path / ".vitepress").mkdir()
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/nowhere` does not exist" in result.out


@pytest.mark.parametrize("docs_dir", ["", "pages"])
def test_an_mkdocs_sites_root_is_its_docs_folder(tmp_path: Path, docs_dir: str) -> None:
    # wled/WLED-Docs (judge BQ4): `mkdocs.yml` at the root serves `docs/` (or its `docs_dir`)
    # at the site's root, where `/features/particle-system` is `docs/features/particle-system.md`
    (tmp_path / ".git").mkdir()
    config = f"site_name: WLED\ndocs_dir: {docs_dir}\n" if docs_dir else "site_name: WLED\n"
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    features = tmp_path / (docs_dir or "docs") / "features"
    features.mkdir(parents=True)
    (features / "particle-system.md").write_text("# Particles\n", encoding="utf-8")
    page = features / "effects.md"
    page.write_text(
        "# Effects\n\n[particles](/features/particle-system) [gone](/features/nowhere)\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/features/nowhere` does not exist" in result.out


@pytest.mark.parametrize(
    "link", ["/configuration/object_detectors", "/docs/configuration/object_detectors"]
)
def test_a_docusaurus_sites_docs_are_served_from_its_docs_folder(tmp_path: Path, link: str) -> None:
    # blakeblackshear/frigate (judge DP3): `docs/docusaurus.config.ts` serves `docs/docs/` at
    # the root (`routeBasePath: "/"`), or at `/docs/` by default
    (tmp_path / ".git").mkdir()
    site = tmp_path / "docs"
    (site / "docs" / "configuration").mkdir(parents=True)
    (site / "docusaurus.config.ts").write_text("export default {};\n", encoding="utf-8")
    (site / "docs" / "configuration" / "object_detectors.md").write_text(
        "# Object detectors\n", encoding="utf-8"
    )
    (site / "docs" / "frigate").mkdir()
    page = site / "docs" / "frigate" / "hardware.md"
    page.write_text(
        f"# Hardware\n\n[detectors]({link}) [gone](/configuration/nowhere)\n", encoding="utf-8"
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/configuration/nowhere` does not exist" in result.out


def test_a_mintlify_sites_page_links_its_mdx_pages_without_their_extension(
    tmp_path: Path,
) -> None:
    # ollama/ollama's docs (judge BQ4): a `docs.json` of Mintlify's schema marks the site,
    # whose `gpu.mdx` links `faq#…` for `faq.mdx`; a `docs.json` of another tool marks none
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "faq.mdx").write_text("# FAQ\n", encoding="utf-8")
    page = docs / "gpu.mdx"
    page.write_text("# GPU\n\n[FAQ](faq#how-do-i-configure-ollama-server)\n", encoding="utf-8")
    (docs / "docs.json").write_text('{"name": "tool settings"}\n', encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    (docs / "docs.json").write_text(
        '{"$schema": "https://mintlify.com/docs.json", "name": "Ollama"}\n', encoding="utf-8"
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 0


def test_another_pages_anchors_are_read_in_the_repository_only(tmp_path: Path) -> None:
    # a page linked to a fragment is read for its headings (`features.md#videos` where the
    # heading is `## Video`); one that leads out of the repository (a symlink) is never read
    repository = tmp_path / "repository"
    repository.mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("# Secret\n", encoding="utf-8")
    (repository / "features.md").write_text("# Features\n\n## Video\n", encoding="utf-8")
    (repository / "elsewhere.md").symlink_to(outside)
    text = "# List\n\n[a](features.md#videos) [b](features.md#video) [c](elsewhere.md#nothing)\n"
    assert _findings(repository, text) == ["`features.md` has no heading or anchor `#videos`"]


@pytest.mark.parametrize(
    ("folder", "page", "served", "marker", "written"),
    [
        # huggingface/hub-docs (judge X6): `docs/hub/_toctree.yml` marks doc-builder's site,
        # whose pages link `./adapters` for `adapters.md`
        ("docs/hub", "adapters.md", "./adapters", "_toctree.yml", "- title: Hub\n"),
        # kubernetes-csi/docs (judge AK5): `book/book.toml` marks an mdBook, which serves
        # `book/src/example.md` as `example.html` (the marker a folder above the page)
        ("book/src", "example.md", "example.html", "../book.toml", "[book]\n"),
    ],
)
def test_a_sites_page_links_its_pages_as_the_site_serves_them(
    tmp_path: Path, folder: str, page: str, served: str, marker: str, written: str
) -> None:
    # a page the site lacks is still reported
    (tmp_path / ".git").mkdir()
    pages = tmp_path / folder
    pages.mkdir(parents=True)
    (pages / page).write_text("# Page\n", encoding="utf-8")
    linking = pages / "linking.md"
    linking.write_text(f"# Linking\n\n[Page]({served}) [Gone](./nowhere)\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(linking))
    assert result.out.count("AL103") == 2
    (pages / marker).write_text(written, encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(linking))
    assert result.out.count("AL103") == 1
    assert "nowhere` does not exist" in result.out


def _reported_until_marked(page: Path, before: int, marker: Path, written: str, kept: str) -> None:
    """``before`` links of ``page`` reported, then one (``kept``) once ``marker`` makes its
    folder a site's."""
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == before
    marker.write_text(written, encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert f"{kept}` does not exist" in result.out


def test_a_jekyll_page_links_the_pages_of_the_folder_it_is_served_as(tmp_path: Path) -> None:
    # SpaceVim/SpaceVim (judge AA4): `docs/_config.yml` marks a Jekyll site, which serves
    # `docs/layers.md` at `/layers/`, so its link `autocomplete/` is `docs/layers/autocomplete.md`;
    # a page the site lacks is still reported
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    (docs / "layers" / "lang").mkdir(parents=True)
    (docs / "layers" / "autocomplete.md").write_text("# Autocomplete\n", encoding="utf-8")
    (docs / "layers" / "lang" / "python.md").write_text("# Python\n", encoding="utf-8")
    page = docs / "layers.md"
    page.write_text(
        "# Layers\n\n[a](autocomplete/) [p](lang/python/) [gone](nowhere/)\n", encoding="utf-8"
    )
    _reported_until_marked(page, 3, docs / "_config.yml", "title: SpaceVim\n", "nowhere/")


def test_a_jekyll_sites_readme_links_its_pages_as_html(tmp_path: Path) -> None:
    # NAOSI-DLUT/Campus2024 (judge BI6): the README of a GitHub Pages site is its home page,
    # whose `./intern.html` is `intern.md` served; a page of no Markdown file is still reported,
    # and so is the link where the repository is no site
    (tmp_path / ".git").mkdir()
    (tmp_path / "intern.md").write_text("# 实习篇\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# 校招\n\n> [实习篇](./intern.html) [旧](./old.html)\n", encoding="utf-8")
    _reported_until_marked(readme, 2, tmp_path / "_config.yml", "markdown: gfm\n", "./old.html")


@pytest.mark.parametrize(
    ("static", "page", "written"),
    [
        # yuuire/guide (judge AD5): a VitePress page's `/assets/cover.png` is the file
        # `docs/public/assets/cover.png`, which the site serves at its root
        ("public", "browsing.md", "/assets/cover.png"),
        # renegadevi/mac-app-collection (judge AD4): `docs/apps/audio.md` draws
        # `symbols/cover.png`, served at `/apps/symbols/cover.png` from `.vuepress/public/`
        (".vuepress/public/apps/symbols", "apps/audio.md", "symbols/cover.png"),
    ],
)
def test_a_sites_static_folder_serves_its_files(
    tmp_path: Path, static: str, page: str, written: str
) -> None:
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    folder = docs / static
    if static == "public":
        folder = folder / "assets"
    folder.mkdir(parents=True)
    (folder / "cover.png").write_bytes(b"\x89PNG")
    path = docs / page
    path.parent.mkdir(parents=True, exist_ok=True)
    other_case = written.replace("cover.png", "Cover.png")  # no file in another case
    path.write_text(f"# Page\n\n![Cover]({written}) ![Gone]({other_case})\n", encoding="utf-8")
    if static == "public":  # no site yet: the paths are the repository's
        result = run("check", "--select", "AL103", "--format", "concise", str(path))
        assert result.out.count("AL103") == 2
    (docs / (".vuepress" if "vuepress" in static else ".vitepress")).mkdir(exist_ok=True)
    result = run("check", "--select", "AL103", "--format", "concise", str(path))
    assert result.out.count("AL103") == 1
    assert f"`{other_case}` does not exist" in result.out


def test_a_hugo_page_links_the_pages_its_content_folder_serves(tmp_path: Path) -> None:
    # rclone/rclone (judge AJ4): `docs/` holds Hugo's configuration, `content/` and `layouts/`;
    # `docs/content/overview.md` links `/local/#filenames` (`content/local.md`, served at
    # `/local/`) and its own `#encoding`, a heading's id written `{#encoding}`; a page the site
    # lacks is still reported
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    (docs / "content").mkdir(parents=True)
    (docs / "content" / "local.md").write_text("# Local\n\n## Filenames\n", encoding="utf-8")
    page = docs / "content" / "overview.md"
    page.write_text(
        "# Overview\n\n[e](#encoding) [f](/local/#filenames) [gone](/nowhere/)\n\n"
        "## Encoding option {#encoding}\n",
        encoding="utf-8",
    )
    (docs / "config.json").write_text("{}\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 3  # no site without the folders that draw its pages
    (docs / "layouts").mkdir()
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/nowhere/` does not exist" in result.out


def test_a_missing_file_says_which_file_of_nearly_its_name_exists(tmp_path: Path) -> None:
    (tmp_path / "007. Linked List Cycle").mkdir()
    (tmp_path / "018. Remove Nth Node from End of List").mkdir()
    text = (
        "# LeetCode\n\n| NO. | Title | Solution |\n| --- | --- | --- |\n"
        "| 018 | Remove Nth Node |"
        " [C++](018.%20Remove%20Nth%20Node%20From%20End%20of%20List/s.h) |\n"
        "| 140 | Linked List Cycle | [C++](140.%20Linked%20List%20Cycle/s.h) |\n"
        "| 141 | Median | [C++](141.%20Median%20of%20Two%20Sorted%20Arrays/s.h) |\n"
    )
    assert _findings(tmp_path, text) == [
        "`018. Remove Nth Node From End of List/s.h` does not exist; "
        "`018. Remove Nth Node from End of List` exists",
        "`140. Linked List Cycle/s.h` does not exist; `007. Linked List Cycle` exists",
        "`141. Median of Two Sorted Arrays/s.h` does not exist",
    ]


def _index(tmp_path: Path, solved: int, problems: int) -> list[str]:
    rows = "".join(
        f"| {n:03} | [C++]({n:03}.%20Problem%20{n}/solution.h) |\n" for n in range(problems)
    )
    for n in range(solved):
        (tmp_path / f"{n:03}. Problem {n}").mkdir()
        (tmp_path / f"{n:03}. Problem {n}" / "solution.h").write_text("//\n", encoding="utf-8")
    return _findings(tmp_path, "# Index\n\n| NO. | Solution |\n| --- | --- |\n" + rows)


def test_an_index_that_links_pages_before_they_are_written_is_told_once(tmp_path: Path) -> None:
    # pezy/LeetCode: every problem's row links `NNN. Title/solution.h`, a few of them written
    assert _index(tmp_path, solved=6, problems=40) == [
        "`006. Problem 6/solution.h` does not exist, nor do 33 more of the 40 links of the form "
        "`*/solution.h`: pages linked before they are written (each of them a 404 for a reader; "
        "one reported here)"
    ]


def test_a_few_missing_pages_of_a_folder_that_holds_most_are_each_reported(tmp_path: Path) -> None:
    assert len(_index(tmp_path, solved=20, problems=40)) == 20  # half missing: slips, each one


def test_a_template_of_which_no_page_exists_is_each_link_reported(tmp_path: Path) -> None:
    # a folder never committed (`./resources/X.md` in a list with no resources folder): each
    assert len(_index(tmp_path, solved=0, problems=30)) == 30


def _remote(tmp_path: Path, url: str, name: str = "origin") -> None:
    (tmp_path / ".git").mkdir(exist_ok=True)
    config = f'[core]\n\tbare = false\n[remote "{name}"]\n\turl = {url}\n\tfetch = +x\n'
    (tmp_path / ".git" / "config").write_text(config, encoding="utf-8")


@pytest.mark.parametrize(
    "remote",
    [
        "https://github.com/gotutiyan/GEC-Info.git",
        "git@github.com:gotutiyan/GEC-Info.git",
        "ssh://git@github.com/gotutiyan/GEC-Info",
    ],
)
def test_this_page_linked_by_its_address_on_github_lands_on_its_headings(
    tmp_path: Path, remote: str
) -> None:
    # a table of contents written with the repository's address (gotutiyan/GEC-Info): a heading
    # renamed or a typo breaks it as a `#…` link would be broken
    _remote(tmp_path, remote)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n", encoding="utf-8")
    text = (
        "# GEC\n\n- [Reference-free](https://github.com/gotutiyan/GEC-Info#reference-free)\n"
        "- [Old name](https://github.com/gotutiyan/gec-info#reference-less)\n"
        "- [Typo](https://github.com/gotutiyan/GEC-Info/blob/main/README.md#meta-evaluatoin)\n"
        "- [Other repo](https://github.com/other/GEC-Info#reference-less)\n"
        "- [Other file](https://github.com/gotutiyan/GEC-Info/blob/main/docs/a.md#x)\n\n"
        "## Reference-free\n\n## Meta-evaluation\n"
    )
    assert _findings(tmp_path, text) == [
        "no heading or anchor `#reference-less` on this page, which the address links on GitHub",
        "no heading or anchor `#meta-evaluatoin` on this page, which the address links on GitHub",
    ]


def test_a_file_of_the_repository_linked_by_its_address_on_github_must_exist(
    tmp_path: Path,
) -> None:
    # a log of calls linking each call's notes by their address (ethereum/pm): a file renamed in
    # another case, or never committed, is a page GitHub does not have
    _remote(tmp_path, "https://github.com/ethereum/pm.git")
    (tmp_path / "Meetings").mkdir()
    (tmp_path / "Meetings" / "meeting 173.md").write_text("# 173\n", encoding="utf-8")
    (tmp_path / "Meetings" / "call 174.md").write_text("# 174\n", encoding="utf-8")
    page = "https://github.com/ethereum/pm/blob/master/Meetings"
    folder = "https://github.com/ethereum/pm/tree/main/Meetings"
    text = (
        "# Calls\n\n| Call | Notes | Logs |\n| --- | --- | --- |\n"
        f"| 173 | [notes]({page}/Meeting%20173.md) | [logs]({page}/Meeting%20173.md) |\n"
        f"| 174 | [notes]({page}/call%20174.md) | [folder]({folder}) |\n"
        f"| 98 | [notes]({page}/Meeting%2098.md#summary) | - |\n"
        "| 97 | [other branch](https://github.com/ethereum/pm/blob/gh-pages/x.md) | - |\n"
        "| 96 | [another repository](https://github.com/ethereum/eips/blob/master/x.md) | - |\n"
    )
    assert _findings(tmp_path, text) == [
        "`Meetings/Meeting 173.md` is no file of this repository (`meeting 173.md` is, in "
        "another case: GitHub's paths tell cases apart)",
        "`Meetings/Meeting 98.md` is no file of this repository",
    ]


def test_hostile_addresses_of_the_repositorys_own_files_are_told_or_left(tmp_path: Path) -> None:
    # a byte no path holds, a climb out of the repository, a malformed escape (AL104's finding)
    _remote(tmp_path, "https://github.com/o/r.git")
    page = "https://github.com/o/r/blob/main"
    text = (
        f"# L\n\n- [a]({page}/a%00b/c.md)\n- [b]({page}/%2e%2e/%2e%2e/etc/passwd)\n"
        f"- [c](https://github.com/o/r/tree/main/%2F%2F)\n- [d]({page}/x%ZZ%/y.md)\n"
        # an HTML link's space a browser reads as `%20`: its folder must exist all the same
        '\n<a href="https://github.com/o/r/tree/main/Script details/x">x</a>\n'
    )
    assert _findings(tmp_path, text) == [
        "`a\\x00b/c.md` is no file of this repository",
        "`Script details/x` is no file of this repository",
    ]


def test_without_a_github_remote_addresses_are_pages_of_the_web(tmp_path: Path) -> None:
    _remote(tmp_path, "https://gitlab.com/gotutiyan/GEC-Info.git")
    text = "# GEC\n\n- [Old](https://github.com/gotutiyan/GEC-Info#reference-less)\n"
    assert _findings(tmp_path, text) == []


def test_a_copy_without_its_remote_is_the_repository_whose_sections_it_links(
    tmp_path: Path,
) -> None:
    # a checkout without its remote (an archive; judge round BU's arch3rPro/Awesome-Docker): a
    # table of contents written with the page's address names the repository it is the README of
    text = (
        "# Awesome Docker\n\n- [Tools](https://github.com/arch3rPro/Awesome-Docker#tools)\n"
        "- [Guides](https://github.com/arch3rPro/Awesome-Docker#guides)\n"
        "- [工具](https://github.com/arch3rPro/Awesome-Docker#工具)\n"
        "- [Issues](https://github.com/arch3rPro/Awesome-Docker/issues)\n"
        "- [Compose](https://github.com/docker/compose#quick-start)\n\n"
        "## Tools\n\n## Guides\n"
    )
    assert _findings(tmp_path, text) == [
        "no heading or anchor `#工具` on this page, which the address links on GitHub",
    ]


def test_a_list_that_links_another_lists_sections_is_not_that_lists_readme(
    tmp_path: Path,
) -> None:
    # an archive of no `.git` at all that links three sections of another list (review): none
    # lands on this page, so the repository they name is not this page's
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Awesome Lists I Follow\n\n- [Awesome](https://github.com/sindresorhus/awesome)\n"
        "  - [Platforms](https://github.com/sindresorhus/awesome#platforms)\n"
        "  - [Languages](https://github.com/sindresorhus/awesome#programming-languages)\n"
        "  - [Front-End](https://github.com/sindresorhus/awesome#front-end-development)\n"
        "- [New issue](https://github.com/o/r/issues#new)\n"
        "- [Setup](https://github.com/o/r/wiki#setup)\n- [Intro](https://github.com/o/r#intro)\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    assert ": AL103 " not in result.out


def test_a_list_that_links_another_projects_pages_is_not_that_projects_readme(
    tmp_path: Path,
) -> None:
    # releases and files of the project it lists (meichthys' note apps, Trilium's five
    # releases), and one section of its page: no table of contents of this page
    text = "# Notes\n\n" + "".join(
        f"- [v{number}](https://github.com/TriliumNext/Notes/releases/tag/v{number})\n"
        for number in range(5)
    )
    text += "- [Sync](https://github.com/TriliumNext/Notes#sync)\n\n## Apps\n"
    assert _findings(tmp_path, text) == []


def test_the_readme_and_the_fork_box_are_places_of_every_repositorys_home(
    tmp_path: Path,
) -> None:
    # GitHub's own ids on a repository's home, whatever its README's headings
    _remote(tmp_path, "https://github.com/o/list.git")
    text = (
        "# List\n\n- [Read](https://github.com/o/list#readme)\n"
        "- [Fork me](https://github.com/o/list#fork-destination-box)\n"
        "- [Gone](https://github.com/o/list#gone)\n"
    )
    assert _findings(tmp_path, text) == [
        "no heading or anchor `#gone` on this page, which the address links on GitHub",
    ]


def test_a_folders_fragment_is_a_heading_of_the_page_the_folder_shows(tmp_path: Path) -> None:
    # ikingye/workenv (judge BB3): a Hugo site's ranking links `docs/macos/#homebrew`, a section
    # the page moved to `docs/macos/5/`; `docs/macos/5/#vscode` and an id set by hand land
    (tmp_path / ".git").mkdir()
    (tmp_path / "config.toml").write_text("title = 'x'\n", encoding="utf-8")
    (tmp_path / "layouts").mkdir()
    macos = tmp_path / "content" / "docs" / "macos"
    (macos / "5").mkdir(parents=True)
    (macos / "_index.md").write_text("# MacOS\n\n## 参考\n", encoding="utf-8")
    (macos / "5" / "_index.md").write_text(
        "# Five\n\n## Homebrew\n\n## VSCode\n\n## Editors {#editors}\n", encoding="utf-8"
    )
    page = tmp_path / "content" / "_index.md"
    page.write_text(
        "# Apps\n\n[a](docs/macos/#homebrew) [b](docs/macos/5/#vscode) [c](docs/macos/#参考)\n"
        "[d](docs/macos/5/#editors)\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert [
        line.split(": AL103 ", 1)[1] for line in result.out.splitlines() if "AL103" in line
    ] == ["`docs/macos/` has no heading or anchor `#homebrew`"]
    # on GitHub, a folder shows its README
    readme = tmp_path / "README.md"
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "README.md").write_text("# Tools\n\n## Editors\n", encoding="utf-8")
    readme.write_text("# List\n\n[e](tools/#editors) [f](tools/#gone)\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    assert result.out.count("AL103") == 1
    assert "`tools/` has no heading or anchor `#gone`" in result.out


def test_a_hugo_site_in_several_languages_serves_each_languages_folder(tmp_path: Path) -> None:
    # kubernetes/website (judge DJ4): `content/en` and `content/fr` are the site's languages; the
    # French page links `/docs/setup/turnkey/aws/` (the English page, served at the root) and
    # `/fr/docs/setup/` (its own language's); a page no language has is still reported
    (tmp_path / ".git").mkdir()
    for folder in ("layouts", "content/en/docs/setup/turnkey", "content/fr/docs/setup"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "hugo.toml").write_text("defaultContentLanguage = 'en'\n", encoding="utf-8")
    (tmp_path / "content/en/docs/setup/turnkey/aws.md").write_text("# AWS\n", encoding="utf-8")
    (tmp_path / "content/fr/docs/setup/_index.md").write_text("# Setup\n", encoding="utf-8")
    page = tmp_path / "content/fr/docs/setup/pick.md"
    page.write_text(
        "# Choisir\n\n[aws](/docs/setup/turnkey/aws/) [setup](/fr/docs/setup/)"
        " [typo](/docs/getting-start-guides/ubuntu/)\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/docs/getting-start-guides/ubuntu/` does not exist" in result.out
    # only the default language's folder is served at the root: a French page linked without
    # `/fr/` from an English one is none (review); a configuration naming French as the
    # default serves the French folder there instead
    english = tmp_path / "content/en/docs/page.md"
    english.write_text("# Page\n\n[a](/docs/setup/) [b](/fr/docs/setup/)\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(english))
    assert result.out.count("AL103") == 1
    assert "`/docs/setup/` does not exist" in result.out
    (tmp_path / "hugo.toml").write_text("defaultContentLanguage = 'fr'\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(english))
    assert "AL103" not in result.out
    (tmp_path / "hugo.toml").write_text("defaultContentLanguage = 'en'\n", encoding="utf-8")
    # a site of one language whose sections have two letters (`go`, `js`) serves them as
    # sections: `/aws/` is no page of `content/go`
    (tmp_path / "content/en").rename(tmp_path / "content/go")
    (tmp_path / "content/fr").rename(tmp_path / "content/js")
    (tmp_path / "content/go/aws.md").write_text("# AWS\n", encoding="utf-8")
    page = tmp_path / "content/js/docs/setup/pick.md"
    page.write_text("# Pick\n\n[aws](/aws/)\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert "`/aws/` does not exist" in result.out


def test_a_vitepress_page_links_the_anchors_vitepress_gives_headings(tmp_path: Path) -> None:
    # awesome-android-root (judge DL4): a VitePress site's resources page links `#getting-started`
    # for `## 🚀 Getting Started` (`#🚀-getting-started` on the site, `#-getting-started` on
    # GitHub), and `./faqs.md#emergency-help`, a section that moved to another page; a slug of
    # either kind lands, and so does a heading's own id (`{#bootloop}`)
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / ".vitepress").mkdir(parents=True)
    (tmp_path / "docs" / "faqs.md").write_text(
        "# FAQ\n\n### Device Won't Boot\n\n### Bricked device {#bricked .warning}\n",
        encoding="utf-8",
    )
    page = tmp_path / "docs" / "resources.md"
    page.write_text(
        "# Resources\n\n[a](#getting-started) [b](#🚀-getting-started) [c](#-getting-started)"
        " [d](#_2024-plans) [e](./faqs.md#device-won-t-boot) [f](./faqs.md#device-wont-boot)"
        " [g](./faqs.md#bricked) [h](./faqs.md#emergency-help) [i](#hello-world)\n\n"
        "## 🚀 Getting Started\n\n## 2024 Plans\n\n## Hello :rocket: world\n",
        encoding="utf-8",
    )
    lines = run("check", "--select", "AL103", "--format", "concise", str(page)).out.splitlines()
    assert [line.split(": AL103 ", 1)[1] for line in lines if ": AL103 " in line] == [
        "no heading or anchor `#getting-started` here",
        "`./faqs.md` has no heading or anchor `#emergency-help`",
    ]
    # a site whose configuration sets a slugify of its own (a pinyin one) makes anchors no one
    # here knows: its fragments are left alone, as another generator's are (review)
    (tmp_path / "docs" / ".vitepress" / "config.mts").write_text(
        "export default { markdown: { anchor: { slugify: (s) => pinyin(s) } } }\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert "AL103" not in result.out


def test_another_pages_heading_ids_set_by_hand_are_its_anchors(tmp_path: Path) -> None:
    # juicedata/juicefs (judge DQ1): its docs are built elsewhere, no site's configuration in the
    # repository; `### Automatic backup {#backup-automatically}` sets the anchor a page links
    (tmp_path / ".git").mkdir()
    (tmp_path / "dump.md").write_text(
        "---\ntitle: Dump\nsidebar_position: 2\n---\n\n"
        "### Automatic backup {#backup-automatically}\n",
        encoding="utf-8",
    )
    page = tmp_path / "storage.md"
    page.write_text(
        "# Storage\n\n[backup](dump.md#backup-automatically) [gone](dump.md#nowhere)\n",
        encoding="utf-8",
    )
    readme = tmp_path / "README.md"  # GitHub shows it: `{#x}` is text of its heading there
    readme.write_text("# List\n\n[x](#x)\n\n## X {#x}\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(readme))
    assert result.out.count("AL103") == 1
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`dump.md` has no heading or anchor `#nowhere`" in result.out


def test_a_gatsby_sites_page_draws_the_files_of_its_static_folder(tmp_path: Path) -> None:
    # mimul/blog (judge DT1): `src/pages/blog/tech-blog.md` draws `/img/blog/google.png`, the
    # file `static/img/blog/google.png` that Gatsby serves at the site's root
    (tmp_path / ".git").mkdir()
    (tmp_path / "static" / "img" / "blog").mkdir(parents=True)
    (tmp_path / "static" / "img" / "blog" / "google.png").write_bytes(b"\x89PNG")
    page = tmp_path / "src" / "pages" / "blog" / "tech-blog.md"
    page.parent.mkdir(parents=True)
    page.write_text(
        "# Blogs\n\n| Logo | Blog |\n| --- | --- |\n"
        "| ![Google](/img/blog/google.png) | [Blog](https://developers.googleblog.com/) |\n"
        "| ![Naver](/img/blog/naver.png) | [Blog](https://d2.naver.com/) |\n",
        encoding="utf-8",
    )
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 2  # no site: both are the repository's missing files
    (tmp_path / "gatsby-config.js").write_text("module.exports = {};\n", encoding="utf-8")
    result = run("check", "--select", "AL103", "--format", "concise", str(page))
    assert result.out.count("AL103") == 1
    assert "`/img/blog/naver.png` does not exist" in result.out


def test_an_html_pictures_source_is_read_as_a_browser_reads_it(tmp_path: Path) -> None:
    # songhwanjun/Awesome-Noisy-Labels (judge DT2): `src="files/images/high-level-view.png "`
    # draws the file, the space trimmed
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "view.png").write_bytes(b"\x89PNG")
    found = _findings(
        tmp_path,
        '# Survey\n\n<img src="files/view.png " width="650">\n\n<img src=" files/gone.png">\n',
    )
    assert found == ["`files/gone.png` does not exist"]
