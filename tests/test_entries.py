"""Entries, columns, URLs and anchors: the model the awesome-list rules stand on."""

from __future__ import annotations

import pytest
from conftest import document

from awesome_lint.document import Cell
from awesome_lint.entries import collect_entries, has_entry_link, recognise_columns
from awesome_lint.urls import github_slug, github_slugs, name_key, normalize_url, url_problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Yi](https://github.com/01-ai/Yi)", True),
        ("see https://yi.ai", True),  # a bare URL GitHub links
        ("![logo](https://a.io/l.png) [Yi](https://yi.ai)", True),  # an image, then a link
        ("[![stars](https://img.shields.io/x)](https://github.com/a/b)", False),  # a badge
        ("![logo](https://a.io/l.png)", False),
        ("[Models](#models)", False),  # a fragment of this page
        ("[Coming soon]()", False),
        ("-", False),
        ("", False),
    ],
)
def test_an_entry_link_is_a_link_but_no_image_badge_or_fragment(text: str, expected: bool) -> None:
    assert has_entry_link(Cell(text, 1, 1), {}) is expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["**模型（Model）**", "描述", "地址"], (0, 1, -1, 2)),
        (["Name", "Description", "License", "Link"], (0, 1, 2, 3)),
        (["Project Name", "Summary (short)", "开源协议", "GitHub"], (0, 1, 2, 3)),
        (["API", "Description", "Auth", "HTTPS", "CORS"], (0, 1, -1, -1)),
        (["题号", "题解", "标签"], (-1, -1, -1, -1)),
        (["Namespace", "Licensed"], (-1, -1, -1, -1)),  # whole words only
        # the license of the code or the weights is a license column, never the code's links
        (["模型名称", "代码开源协议", "预训练结果开源协议"], (0, -1, 1, -1)),
        (["Model", "Code License", "Weights License", "Code"], (0, -1, 1, 3)),
        # a header naming two roles takes the one written first
        (["Date", "Paper", "Links & Summary"], (1, -1, -1, 2)),
        (["Name", "Summary / Link"], (0, 1, -1, -1)),
        # what an entry is built on names a model, not the entry
        (["", "Release Year", "Base Model", "Developer"], (-1, -1, -1, -1)),
        (["Name", "LLM Backbone", "Link"], (0, -1, -1, 2)),
        (["名称", "基座模型"], (0, -1, -1, -1)),
        # a sentence is no column's name, though it says "resource"
        (
            ["Quiz", "Your resource for answers. In case of doubts contact this person"],
            (-1, -1, -1, -1),
        ),
    ],
)
def test_columns_are_recognised_by_header(headers: list[str], expected: tuple[int, ...]) -> None:
    columns = recognise_columns(headers)
    assert (columns.name, columns.description, columns.license, columns.link) == expected


def test_table_rows_and_list_items_are_entries_but_a_table_of_contents_is_not() -> None:
    parsed = document(
        "- [Platforms](#platforms)\n"
        "- **[Alpaca](https://github.com/tatsu-lab/stanford_alpaca)** - Instruction tuned.\n\n"
        "| Name | Description | Link |\n| --- | --- | --- |\n"
        "| Vicuna | Chat | [gh](https://github.com/lm-sys/FastChat) |\n"
        "| Plain | no link | |\n"
    )
    entries = collect_entries(parsed).entries
    assert [(entry.kind, entry.name) for entry in entries] == [
        ("item", "Alpaca"),
        ("row", "Vicuna"),
    ]
    assert entries[0].description == "Instruction tuned."
    assert entries[1].urls[0].url == "https://github.com/lm-sys/FastChat"


def test_name_falls_back_to_the_first_column_with_a_link() -> None:
    parsed = document("| Star | Repo |\n| --- | --- |\n| 100 | [x](https://x.io) |\n")
    (entry,) = collect_entries(parsed).entries
    assert entry.name == "x"


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        # a favicon's alt text shows as the favicon, not as words: the name is said once
        (
            "[![Dataline](https://favicon.yandex.net/favicon/uni.dtln.ru)](https://uni.dtln.ru)"
            "<br>[Dataline](https://uni.dtln.ru)",
            "Dataline",
        ),
        (
            "![Star](https://img.shields.io/github/stars/a/b.svg)<br>[**FlowMM**](https://x.io)",
            "FlowMM",
        ),
        # a line break between two words keeps them apart
        ("[EteSync](https://etesync.com)<br>[F-Droid](https://f-droid.org)", "EteSync F-Droid"),
        ("[Model](https://m.io) <br> (v1.0)", "Model (v1.0)"),
    ],
)
def test_a_name_is_what_a_reader_sees_of_its_cell(cell: str, name: str) -> None:
    parsed = document(f"| Name | Description |\n| --- | --- |\n| {cell} | Chat |\n")
    (entry,) = collect_entries(parsed).entries
    assert entry.name == name


def test_a_row_without_a_name_link_is_known_by_its_first_column_of_links() -> None:
    parsed = document(
        "| Date | Title | PDF | Code |\n| --- | --- | --- | --- |\n"
        "| 2024 | Medusa | [pdf](https://arxiv.org/1) | [code](https://github.com/m/m) |\n"
        "| 2024 | OSD | [pdf](https://arxiv.org/2) | ⚠️ |\n\n"
        "| Model | Checkpoints | Paper |\n| --- | --- | --- |\n"
        "| Phi | [mini](https://hf.co/p/mini), [small](https://hf.co/p/small) "
        "| [r](https://arxiv.org/3) |\n"
        "| [Named](https://named.io) | [c](https://hf.co/n) | [r](https://arxiv.org/4) |\n"
    )
    entries = collect_entries(parsed).entries
    assert [[link.url for link in entry.own_urls] for entry in entries] == [
        ["https://arxiv.org/1"],
        ["https://arxiv.org/2"],
        ["https://hf.co/p/mini", "https://hf.co/p/small"],
        ["https://named.io"],
    ]
    assert [link.url for link in entries[0].urls] == [
        "https://arxiv.org/1",
        "https://github.com/m/m",
    ]
    assert [(entry.name_links, entry.own_links) for entry in entries] == [
        (0, 1),
        (0, 1),
        (0, 2),
        (1, 1),
    ]


def test_a_column_that_credits_an_author_or_a_source_holds_no_entry_link() -> None:
    parsed = document(
        "| 文件 | 描述 | 来源 |\n| --- | --- | --- |\n"
        "| `a.yml` | A | [Winson-030](https://github.com/Winson-030/dify-DSL) |\n"
        "| `b.yml` | B | [Winson-030](https://github.com/Winson-030/dify-DSL) |\n\n"
        "| 洞见 | 参考来源 | 发布日期 |\n| --- | --- | --- |\n"
        "| CRAG | [arXiv](https://arxiv.org/abs/2401.15884) | 2024 |\n"
    )
    assert collect_entries(parsed).entries == ()


def test_links_that_say_one_word_leave_the_name_to_a_column_of_distinct_values() -> None:
    rows = "".join(
        f"| {name} | 7{index}.1 | 6{index}.2 | [Link](https://github.com/{name}/{name}) |\n"
        for index, name in enumerate(["CoOp", "CoCoOp", "TPT", "RLCF"])
    )
    parsed = document("| Methods | ImageNet | -A | Code |\n| --- | --- | --- | --- |\n" + rows)
    assert [entry.name for entry in collect_entries(parsed).entries] == [
        "CoOp", "CoCoOp", "TPT", "RLCF",
    ]  # fmt: skip
    # a first column whose values repeat (a category) does not name: the next one does
    categories = "".join(
        f"| Cloud | {name} | [Link](https://{name}.io) |\n" for name in ["a", "b", "c"]
    )
    parsed = document("| Technology | Provider | Link |\n| --- | --- | --- |\n" + categories)
    assert [entry.name for entry in collect_entries(parsed).entries] == ["a", "b", "c"]


def test_links_that_show_their_addresses_leave_the_name_to_a_column_of_distinct_values() -> None:
    feeds = [("BREAKDEV", "breakdev.org/rss"), ("BruCON", "www.brucon.org/blog-feed.xml")]
    feeds += [("Cerbersec", "cerbersec.com/feed.xml")]
    rows = "".join(
        f"| {name} | Updates from {name}. | RSS | <https://{url}> |\n" for name, url in feeds
    )
    parsed = document("| Feed | Description | Type | URL |\n| --- | --- | --- | --- |\n" + rows)
    entries = collect_entries(parsed).entries
    assert [entry.name for entry in entries] == ["BREAKDEV", "BruCON", "Cerbersec"]
    assert entries[0].urls[0].url == "https://breakdev.org/rss"


def test_the_link_column_nearly_every_row_fills_holds_the_entries_links() -> None:
    engines = ["Bali", "BESEN", "Boa", "ChakraCore", "Duktape", "Elk", "Escargot", "Higgs"]
    rows = "".join(
        f"| {name} | {f'https://{name.lower()}.example' if index % 2 else ''} | "
        f"https://github.com/example/{name} |\n"
        for index, name in enumerate(engines)
    )
    parsed = document("| Name | Website | Source code |\n| --- | --- | --- |\n" + rows)
    index = collect_entries(parsed)
    assert index.columns[1].link == 2
    assert [entry.name for entry in index.entries] == engines
    assert index.entries[0].urls[0].url == "https://github.com/example/Bali"


def test_a_column_of_linked_names_before_a_kind_of_name_names_the_entries() -> None:
    modules = ["resnet50_vd_animals", "food_classification", "ghostnet_x1_3", "densenet264"]
    rows = "".join(
        f"|[{name}](image/classification/{name})|ResNet|ImageNet-2012|分类|\n" for name in modules
    )
    extra = "|[nasnet_imagenet](image/classification/nasnet_imagenet)||||\n"
    parsed = document("|module|网络|数据集|简介|\n|--|--|--|--|\n" + rows + extra)
    index = collect_entries(parsed)
    assert index.columns[1].name == 0
    assert [entry.name for entry in index.entries] == [*modules, "nasnet_imagenet"]


def test_a_kind_of_name_that_links_its_rows_keeps_naming_them() -> None:
    rows = "".join(
        f"| [{name}](https://example.com/{name}) | [{name}-data](https://data.example/{name}) |\n"
        for name in ["alpha", "beta", "gamma", "delta", "epsilon"]
    )
    parsed = document("| Module | Dataset |\n| --- | --- |\n" + rows)
    index = collect_entries(parsed)
    assert index.columns[1].name == 1
    assert index.entries[0].name == "alpha-data"


def test_a_lib_column_names_the_entries_before_a_title_column() -> None:
    parsed = document(
        "Lib | Title\n--- | ---\n"
        "[SergeyMakeev/smmalloc](https://github.com/SergeyMakeev/smmalloc) | Fast allocator\n"
        "[plasma-umass/Mesh](https://github.com/SergeyMakeev/smmalloc) | Compacting allocator\n"
    )
    names = [entry.name for entry in collect_entries(parsed).entries]
    assert names == ["SergeyMakeev/smmalloc", "plasma-umass/Mesh"]


def test_a_description_that_is_one_link_is_the_entry_link_of_a_plain_name() -> None:
    rows = "".join(
        f"| {index} | {name} | [Does {name}.](https://github.com/o/{name}) "
        f"| ![Stars](https://img.shields.io/github/stars/o/{name}) |\n"
        for index, name in enumerate(["scaf", "kor", "scaf"])
    )
    parsed = document(
        "| Sr No | Tool Name | Description with URL | GitHub Popularity |\n"
        "| --- | --- | --- | --- |\n" + rows
    )
    entries = collect_entries(parsed).entries
    assert [(entry.name, [link.url for link in entry.own_urls]) for entry in entries] == [
        ("scaf", ["https://github.com/o/scaf"]),
        ("kor", ["https://github.com/o/kor"]),
        ("scaf", ["https://github.com/o/scaf"]),
    ]


def test_reference_links_and_bare_urls_make_entries() -> None:
    parsed = document(
        "| Name | Link |\n| --- | --- |\n| A | [a][ref] |\n| B | https://b.io/x |\n\n"
        "[ref]: https://a.io\n"
    )
    assert [entry.urls[0].url for entry in collect_entries(parsed).entries] == [
        "https://a.io",
        "https://b.io/x",
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://github.com/THUDM/ChatGLM-6B", "http://www.github.com/thudm/chatglm-6b.git/"),
        ("https://example.org/a/#s", "https://example.org:443/a#s"),
        ("https://github.com/THUDM/ChatGLM-6B#readme", "https://github.com/thudm/chatglm-6b"),
        ("https://github.com/a/b/tree/main", "https://github.com/a/b"),
        ("https://github.com/a/b/blob/master/README.md", "https://github.com/a/b/"),
        ("https://example.org/a?utm_source=x&b=1", "https://example.org/a?b=1"),
        # a job board's posting, its Greenhouse source tracked or not (cvrve/New-Grad-2025)
        (
            "https://navan.com/careers/openings/5382869?gh_jid=5382869&gh_src=b13de4e21",
            "https://navan.com/careers/openings/5382869?gh_jid=5382869",
        ),
        ("www.example.org", "https://example.org/"),
        (
            "https://youtu.be/lfiQNCNUifI?si=I3x4X7niiFHiXl_n",
            "https://www.youtube.com/watch?v=lfiQNCNUifI",
        ),
        ("https://www.youtube.com/watch?v=x1&list=PL2&t=30", "https://youtu.be/x1"),
        (
            "https://drive.google.com/file/d/1AbC/view?usp=sharing",
            "https://drive.google.com/file/d/1AbC/edit",
        ),
        (
            "https://www.facebook.com/groups/k8skr/?locale=ko_KR",
            "https://www.facebook.com/groups/k8skr/",
        ),
        (
            "https://scholar.google.com/citations?user=u1&hl=en",
            "https://scholar.google.com/citations?user=u1",
        ),
        # an account's handle, read in any case (fastfire/deepdarkCTI's one channel twice)
        ("https://t.me/LeaRNEXploIT", "https://t.me/LearnExploit/"),
        ("https://x.com/Nitya/status/123", "https://x.com/nitya/status/123"),
        ("https://www.instagram.com/NatGeo/", "https://instagram.com/natgeo"),
        # a folder's index page is the folder (whh-meteor's `opentopography.org/index.php`)
        ("https://opentopography.org/index.php", "https://opentopography.org/"),
        (
            "http://dblp.uni-trier.de/db/journals/dke/index.html",
            "http://dblp.uni-trier.de/db/journals/dke/",
        ),
        ("https://example.org/a/Default.aspx?x=1", "https://example.org/a?x=1"),
    ],
)
def test_urls_that_are_the_same_entry(one: str, other: str) -> None:
    assert normalize_url(one) == normalize_url(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://github.com/THUDM/ChatGLM-6B", "https://github.com/THUDM/ChatGLM-6B/tree/main/x"),
        ("https://example.org/Path", "https://example.org/path"),
        ("https://example.org:8080/", "https://example.org/"),
        ("https://x.io/README-Part2.md#models", "https://x.io/README-Part2.md#datasets"),
        ("https://github.com/a/b/blob/main/docs/x.md", "https://github.com/a/b"),
        # another branch than the main one: a tutorial's second part, a fork's own line
        ("https://github.com/a/demo/tree/part2", "https://github.com/a/demo"),
        ("https://github.com/a/b/blob/jp-stable/README.md", "https://github.com/a/b"),
        ("https://youtu.be/x1", "https://youtu.be/x2"),
        # a page named like an index page that is not one, and one in a repository's tree
        ("https://example.org/index.htmlx", "https://example.org/"),
        (
            "https://github.com/a/b/blob/main/site/index.html",
            "https://github.com/a/b/blob/main/site",
        ),
        ("https://drive.google.com/file/d/1AbC/view", "https://drive.google.com/file/d/2XyZ/view"),
        ("https://www.youtube.com/playlist?list=PL1", "https://www.youtube.com/playlist?list=PL2"),
        # an invitation's code keeps its case, and so does a path after the handle
        ("https://t.me/+AbCdEf", "https://t.me/+abcdef"),
        ("https://t.me/joinchat/AbCd", "https://t.me/joinchat/abcd"),
        ("https://x.com/nitya/status/AbC", "https://x.com/nitya/status/abc"),
    ],
)
def test_urls_that_are_different_entries(one: str, other: str) -> None:
    assert normalize_url(one) != normalize_url(other)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", "empty"),
        ("https://exa mple.org", "space"),
        ("htp://x.org", "did you mean"),
        ("https//x.org", "lacks its colon"),
        ("http:x.org", "followed by `//`"),
        ("github.com/a/b", "no scheme"),
        ("https://", "no host"),
    ],
)
def test_malformed_urls(url: str, problem: str) -> None:
    assert problem in (url_problem(url) or "")


@pytest.mark.parametrize(
    "url", ["https://x.org", "mailto:a@b.io", "docs/a.md", "#top", "../x", "a:b.md", "/root.md"]
)
def test_wellformed_urls(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("heading", "slug"),
    [
        ("Hello, World!", "hello-world"),
        ("🚀 Rocket Launch", "-rocket-launch"),
        ("模型（Model）列表", "模型model列表"),
        ("C++ & Rust_lang", "c--rust_lang"),
        ("Ünïcödé", "ünïcödé"),
    ],
)
def test_github_slugs(heading: str, slug: str) -> None:
    assert github_slug(heading) == slug


def test_repeated_headings_get_suffixes() -> None:
    assert github_slugs(["A", "A", "A"]) == {"a", "a-1", "a-2"}


def test_names_fold_case_and_width() -> None:
    assert name_key("ＶＩＣＵＮＡ") == name_key("vicuna") == name_key(" Vicuna ")
    # a title typed with a non-breaking hyphen, or an en dash for a hyphen, is the same title
    assert name_key("Retrieval\u2011Augmented Generation") == name_key(
        "Retrieval-Augmented generation"
    )
    assert name_key("Learning\u2013Enhanced") == name_key("learning-enhanced")


def test_links_of_raw_html_tables_are_collected_but_not_of_comments() -> None:
    from awesome_lint.links.collect import collect_links

    parsed = document(
        '<table>\n<tr><td><a href="https://a.io/x">A</a></td>'
        "<td><img src='https://i.io/b.png'></td></tr>\n</table>\n\n"
        '<!-- <a href="https://hidden.io"> -->\n\n```\n[code](https://code.io)\n```\n'
        "Text [p](https://p.io)\n"
    )
    found = [(item.url, item.line, item.column, item.link.image) for item in collect_links(parsed)]
    assert found == [
        ("https://a.io/x", 2, 18, False),
        ("https://i.io/b.png", 2, 58, True),
        ("https://p.io", 10, 10, False),
    ]


def test_rows_of_a_raw_html_table_are_entries_named_by_their_first_link() -> None:
    from awesome_lint.html_rows import html_row_entries

    parsed = document(
        "# List\n\n<table>\n  <tr><td>1</td>\n"
        '    <td><a href="https://a.example/x?p=1&amp;q=2">A &amp; B</a> and '
        "<a href='https://b.example/'>more</a></td></tr>\n"
        '  <tr><td><a href="#top">top</a> '
        '<a href="https://c.example/"><img src="c.png"></a></td></tr>\n'
        "</table>\n"
    )
    (entry,) = html_row_entries(parsed)
    assert (entry.line, entry.column, entry.name) == (5, 18, "A & B")
    assert [link.url for link in entry.urls] == [
        "https://a.example/x?p=1&q=2",
        "https://b.example/",
    ]
    assert entry.own_urls == entry.urls[:1]


def test_a_name_item_with_labelled_sub_items_is_an_entry_linked_by_its_link_field() -> None:
    from awesome_lint.field_items import field_item_entries

    parsed = document(
        "# Models\n\n"
        "* Qwen:\n  * Description: Alibaba's [open](https://qwen.ai) models\n"
        "  * Link: [GitHub](https://github.com/QwenLM/Qwen)\n"
        "* A sentence about models, not a name item.\n  * Note: nothing\n"
        "* Yi\n  * 简介：零一万物\n"
    )
    (entry,) = field_item_entries(parsed)
    assert (entry.kind, entry.line, entry.column, entry.name) == ("item", 5, 20, "Qwen")
    assert [link.url for link in entry.urls] == ["https://github.com/QwenLM/Qwen"]
    assert entry.description == "Alibaba's [open](https://qwen.ai) models"


# a list is text from strangers: each of these took minutes or hours (a lazy `<tr.*?</tr>` or
# `<a….*?</a>` searched the rest of the block from every start tag, and every link was placed
# by walking the block's lines from its first); how long they take is benchmarks' business
HOSTILE_HTML = {
    "rows never closed": ("<table>\n" + "<tr><td>x</td>\n" * 60_000, 0, None),
    "links never closed": (
        "<table>\n<tr><td>\n" + '<a href="https://x.io/a">x\n' * 40_000 + "</tr>\n",
        0,
        None,
    ),
    "quotes never closed": ("<table>\n<tr><td>\n" + '<a href="x\n' * 100_000 + "</tr>\n", 0, None),
    "a tag never closed": ("<table>\n<tr><td><a href=" + "x" * 1_000_000 + "</tr>\n", 0, None),
    "a link text of brackets": (
        '<table>\n<tr><td><a href="https://x.io">' + "<" * 1_000_000 + "</a></tr>\n",
        1,
        (2, 18, "https://x.io"),
    ),
    "twenty thousand rows": (
        "<table>\n"
        + "".join(
            f'<tr><td><a href="https://x.io/{i}">n{i}</a></td></tr>\n' for i in range(20_000)
        ),
        20_000,
        (20_001, 18, "https://x.io/19999"),
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_HTML))
def test_hostile_html_tables_are_read_in_one_pass(name: str) -> None:
    from awesome_lint.html_rows import html_row_entries

    text, count, last = HOSTILE_HTML[name]
    entries = html_row_entries(document(text))
    assert len(entries) == count
    if last is not None:
        assert (entries[-1].line, entries[-1].column, entries[-1].urls[0].url) == last


def test_a_name_item_over_name_items_is_no_entry_of_their_links() -> None:
    from awesome_lint.field_items import field_item_entries

    parsed = document(
        "# Models\n\n* 模型：\n  * ChatGLM：\n    * 地址：https://github.com/THUDM/ChatGLM-6B\n"
        "    * 简介：中文领域效果最好的开源底座模型之一\n"
        "  * MOSS：\n    * 地址：https://github.com/OpenLMLab/MOSS\n"
    )
    assert [(e.line, e.column, e.name) for e in field_item_entries(parsed)] == [
        (5, 10, "ChatGLM"),
        (8, 10, "MOSS"),
    ]


def test_thousands_of_nested_name_items_are_read_in_one_pass() -> None:
    from awesome_lint.field_items import field_item_entries

    # each item's descendants were read again for each of its ancestors: minutes for these
    depth = 1000
    nested = "".join("  " * level + "- Name:\n" for level in range(depth))
    link = "  " * depth + "- Link: https://x.io/a\n"
    (entry,) = field_item_entries(document(nested + link))
    assert (entry.line, entry.column, entry.name) == (depth + 1, 2 * depth + 9, "Name")


def test_a_column_of_row_numbers_names_no_entry() -> None:
    # the first column's links name two rows alike (one dataset's two parts): their labels
    # name the rows, not the `No` column of numbers before them
    parsed = document(
        "| No | Datasets (Link to paper) | Objects |\n| :-: | :-: | :-: |\n"
        "| 1 | [Sanguinetti et al., 2018](https://aclweb.org/L18-1443.pdf) | Tweets |\n"
        "| 2 | [EVALITA 2018](http://ceur-ws.org/Vol-2263/paper010.pdf) | Facebook Posts |\n"
        "| 3 | [EVALITA 2018](http://ceur-ws.org/Vol-2263/paper010.pdf) | Tweets |\n"
        "| 4 | [EVALITA 2020](https://iris.unito.it/paper162.pdf) | Tweets |\n"
    )
    names = [entry.name for entry in collect_entries(parsed).entries]
    assert names == ["Sanguinetti et al., 2018", "EVALITA 2018", "EVALITA 2018", "EVALITA 2020"]


def test_an_items_tag_before_its_title_is_no_part_of_its_name() -> None:
    parsed = document(
        "- [2025] Learning Getting-Up Policies [[project](https://humanoid-getup.github.io/)]\n"
        "- [CVPR 2024] Paint-it: Text-to-Texture [[paper](https://arxiv.org/abs/2312.11360)]\n"
        # a bracket inside the title, not before it: no title read, as before
        "- Learning [beta] Policies [[paper](https://arxiv.org/abs/2502.12152)]\n"
    )
    assert [entry.name for entry in collect_entries(parsed).entries] == [
        "Learning Getting-Up Policies",
        "Paint-it: Text-to-Texture",
    ]
