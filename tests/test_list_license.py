"""AL206 beyond one file: a page of a repository has the license its README states."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run

PAGE = "# 状況\n\n| 県 | 状況 |\n| --- | --- |\n| 北海道 | 済 |\n"


def _license_findings(page: Path) -> list[str]:
    out = run("check", "--select", "AL206", "--format", "concise", str(page)).out
    return [line for line in out.splitlines() if " AL206 " in line]


@pytest.mark.parametrize(
    ("readme", "found"),
    [
        ("# 日本の文化遺産\n\n## ライセンス\n\nCC BY 4.0\n", 0),  # the README's license
        ("# 목록\n\n## 라이선스\n\nMIT License\n", 0),
        ("# Liste\n\n## 📄 Lisans\n\nCC0\n", 0),  # Turkish
        ("# Daftar\n\n## Lisensi\n\nMIT\n", 0),  # Indonesian
        ("# Danh sách\n\n## Giấy phép\n\nMIT\n", 0),  # Vietnamese
        ("# Список\n\n## Ліцензія\n\nMIT\n", 0),  # Ukrainian
        ("# Üniversiteler\n\n## Lisans Programları\n\nBilgisayar\n", 1),  # bachelor's degrees
        ("# 论文\n\n## 免责声明\n\n仅供学习。\n", 1),  # a disclaimer is no license
        ("# 数据\n\n## 📜 声明\n\n所有版权归原作者所有。\n", 1),  # a statement naming none
        ("# 数据\n\n## 版权声明\n\nCC BY 4.0\n", 0),
        # a badge of what GitHub reads in a LICENSE file there is not
        ("# List\n\n![GitHub](https://img.shields.io/github/license/o/r)\n", 1),
        # one of another repository's license that links the license's text names it
        # (jiangxincode/cnblogs: mashape/apistatus shows "MIT", linking mit-license.org)
        (
            "# Blog\n\n[![GitHub license](https://img.shields.io/github/license/mashape/apistatus"
            ".svg)](http://mit-license.org/)\n",
            0,
        ),
        ("# List\n\n[![GitHub](https://img.shields.io/github/license/o/r)](https://o.io/r)\n", 1),
        # such a badge in a row of a table of the README's is an entry's license, not its own
        (
            "# Tools\n\n| Tool | License |\n| --- | --- |\n| [A](https://a.io) | [![License]"
            "(https://img.shields.io/github/license/a/a)](https://opensource.org/licenses/MIT) |\n",
            1,
        ),
        ("# List\n\n## Contributing\n\nPull requests welcome.\n", 1),
        # a README that states its license by a badge alone
        (
            "# hamulete\n\n[![LICENSE](https://img.shields.io/badge/license-Anti%20996-blue.svg)]"
            "(https://github.com/996icu/996.ICU/blob/master/LICENSE)\n",
            0,
        ),
        ("# List\n\n![License: MIT](https://example.org/mit.svg)\n", 0),
        ("# List\n\n![Build](https://img.shields.io/badge/build-passing-green.svg)\n", 1),
        # a badge that says the list has none (meetrais/awesome-llm-evals)
        (
            "# Evals\n\n[![License: No License]"
            "(https://img.shields.io/badge/License-No_License-lightgrey.svg)]()\n",
            1,
        ),
        (
            "# List\n\n![License: Unlicense](https://img.shields.io/badge/license-Unlicense-blue)\n",
            0,
        ),
        # a line that states the license by its name (apachecn/awesome-algorithm's README)
        (
            "# 算法\n\n> 协议：[CC BY-NC-SA 4.0](http://creativecommons.org/licenses/by-nc-sa/4.0/)\n",
            0,
        ),
        ("# List\n\nLicense: MIT\n", 0),
        ("# List\n\nLicense: see the repository of each tool\n", 1),
        ("# Tools\n\n- [Tool](https://tool.io)\n  - License: MIT\n", 1),  # an entry's license
    ],
)
def test_a_page_has_the_readme_license(tmp_path: Path, readme: str, found: int) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "status.md"
    page.write_text(PAGE, encoding="utf-8")
    assert len(_license_findings(page)) == found


def test_the_readme_is_judged_by_its_own_headings(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    readme = tmp_path / "README.md"
    readme.write_text(PAGE, encoding="utf-8")
    assert _license_findings(readme) == [
        f"{readme}:1:1: AL206 the list has no license section and no LICENSE file"
    ]


def test_only_the_start_of_a_huge_readme_is_read(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "README.md").write_text("x\n" * 600_000 + "## License\n\nMIT\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    assert len(_license_findings(page)) == 1  # its license heading is past the first MiB


@pytest.mark.parametrize(
    ("front", "found"),
    [
        ('---\ntitle: "開発に有用なサービスまとめ"\nemoji: "📚"\ntype: "idea"\n---\n', 0),  # Zenn
        ("---\ntitle: 效率开发\ncategories: 分享\ntags:\n  - 工具\n---\n", 0),  # a blog's post
        ("---\n---\n", 1),  # a site's page with empty front matter is no post
        ("---\ntitle: Awesome List\nsidebar_position: 2\n---\n", 1),
        ("---\ntitle: x\n\ndate: 2024-01-01\n", 1),  # never closed: a rule and a paragraph
        ("# List\n\n---\ntags: a\n---\n", 1),  # a rule further down is no front matter
    ],
)
def test_a_blog_post_is_no_list_of_its_own(tmp_path: Path, front: str, found: int) -> None:
    (tmp_path / ".git").mkdir()
    page = tmp_path / "post.md"
    page.write_text(front + "\n" + PAGE, encoding="utf-8")
    assert len(_license_findings(page)) == found


@pytest.mark.parametrize(
    ("badge", "found"),
    [
        (
            "[![License: MIT](https://img.shields.io/badge/License-MIT-blue.svg)](https://opensource.org/licenses/MIT)",
            0,
        ),
        # GitHub's reading of a LICENSE file the repository lacks: "not specified"
        ("![](https://img.shields.io/github/license/wenhwu/awesome-rs-cd)", 1),
        ("[![CC BY-SA 4.0](https://licensebuttons.net/l/by-sa/4.0/88x31.png)](https://cc.org)", 0),
        ("[![CC0](http://i.creativecommons.org/p/zero/1.0/88x31.png)](https://cc.org)", 0),
        ("[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", 1),  # no license
        # the badge of a LICENSE file never committed (EwingYangs/awesome-open-gpt)
        ("[![License](https://img.shields.io/badge/license-MIT-blue.svg)](/LICENSE)", 1),
        ("![Stars](https://img.shields.io/github/stars/wenhwu/awesome-rs-cd)", 1),
    ],
)
def test_a_license_badge_states_the_lists_license(tmp_path: Path, badge: str, found: int) -> None:
    # a list that shows its license as a badge under its title states it there, without a
    # License section (wenhwu/awesome-remote-sensing-change-detection: MIT, no LICENSE file)
    (tmp_path / ".git").mkdir()
    readme = tmp_path / "README.md"
    readme.write_text(f"# Awesome\n{badge}\n\n- [a](https://example.org/a)\n", encoding="utf-8")
    assert len(_license_findings(readme)) == found


def test_an_entrys_license_badge_is_not_the_lists(tmp_path: Path) -> None:
    # a table's license column of badges states each entry's license, not the list's
    # (flosse/rust-web-framework-comparison)
    (tmp_path / ".git").mkdir()
    readme = tmp_path / "README.md"
    badge = "![dodrio license](https://img.shields.io/crates/l/dodrio.svg)"
    table = f"| Name | License |\n| --- | --- |\n| [dodrio](https://x.org) | {badge} |\n"
    readme.write_text(f"# Frameworks\n\n{table}", encoding="utf-8")
    assert len(_license_findings(readme)) == 1


@pytest.mark.parametrize(
    ("readme", "found"),
    [
        ("# 工具\n\n## 免责声明\n\n本项目仅供学习，请勿用于非法用途。\n", 1),  # no terms of reuse
        ("# Tools\n\n# Disclaimer\n\n欢迎自由转载-非商用-非衍生-保持署名和链接。\n", 0),
        ("# Tools\n\n## License & Disclaimer\n\nMIT\n", 0),  # a license heading all the same
        ("# 工具\n\n## 版权声明\n\n本文采用 CC BY-NC 4.0 许可。\n", 0),
        # the licenses of the tools it lists, not the list's (11010tianyi/awesome-ai-video-editing)
        ("# 工具\n\n## 免责声明\n\n- 开源工具使用需遵循各自许可证要求\n", 1),
        ("# Tools\n\n## Disclaimer\n\nEach tool is subject to its own respective license.\n", 1),
        # a statement (`声明`) is one or the other, by what it says (lining808/CS-Ebook)
        ("# 书库\n\n## ⚠️ 声明\n\n此书库推荐均来源于网络，仅供个人学习参考。\n", 1),
        ("# 书库\n\n## 声明\n\n本仓库内容采用 CC BY-NC-SA 4.0 协议，转载请署名。\n", 0),
        # a copyright statement too (jbiaojerry/ebook-treasure-chest's pages)
        ("# 版权声明\n\n版权归著作人所有，请下载后在24小时内删除。\n", 1),
        ("# 版权声明\n\n本站内容采用 CC BY-NC 4.0 许可。\n", 0),
    ],
)
def test_a_disclaimer_is_a_license_where_it_states_terms_of_reuse(
    tmp_path: Path, readme: str, found: int
) -> None:
    (tmp_path / ".git").mkdir()
    page = tmp_path / "README.md"
    page.write_text(readme + "\n" + PAGE, encoding="utf-8")
    assert len(_license_findings(page)) == found


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("LICENSE-MIT", 0),  # a dual-licensed crate's two files
        ("LICENSE-APACHE", 0),
        ("LICENSE_CC0", 0),
        ("COPYING-GPL3.txt", 0),
        ("MIT-LICENSE.txt", 0),  # Rails' name, which GitHub reads (Aidenzich/road-to-master)
        ("MIT-LICENSE", 0),
        ("update-license.md", 1),  # a page about a license, in small letters
        ("license-faq.md", 1),  # a page about licenses, not the list's license
        ("LICENSE-plate", 1),
    ],
)
def test_a_license_file_named_with_its_license(tmp_path: Path, name: str, found: int) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / name).write_text("license\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(PAGE, encoding="utf-8")
    assert len(_license_findings(readme)) == found


def test_a_heading_about_the_licenses_of_what_the_list_lists_states_none(tmp_path: Path) -> None:
    # amjadmajid/datasets-for-multimodal-training (round BD): a guide to its License column
    (tmp_path / ".git").mkdir()
    page = tmp_path / "README.md"
    page.write_text(
        "# Datasets\n\n| Name | Licence |\n| --- | --- |\n| A | MIT |\n\n"
        "### Reading the licences\n\n* **MIT**: permissive.\n",
        encoding="utf-8",
    )
    assert len(_license_findings(page)) == 1
    page.write_text("# Datasets\n\n## Licence\n\nCC0 1.0\n", encoding="utf-8")
    assert _license_findings(page) == []


def test_a_repository_without_a_license_is_told_once_on_its_readme(tmp_path: Path) -> None:
    """A run over a repository's pages says once that it has no license, on its README."""
    for repository in ("one", "two"):
        root = tmp_path / repository
        (root / ".git").mkdir(parents=True)
        (root / "docs").mkdir()
        (root / "docs" / "a.md").write_text(PAGE, encoding="utf-8")
        (root / "CHANGELOG.md").write_text("# Changes\n\n- first\n", encoding="utf-8")
    (tmp_path / "one" / "README.md").write_text(PAGE, encoding="utf-8")
    out = run("check", "--select", "AL206", "--format", "concise", str(tmp_path)).out
    told = sorted(line.split(":")[0] for line in out.splitlines() if " AL206 " in line)
    assert told == [str(tmp_path / "one" / "README.md"), str(tmp_path / "two" / "CHANGELOG.md")]
    assert len(_license_findings(tmp_path / "two" / "docs" / "a.md")) == 1  # a page alone
