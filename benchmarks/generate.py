"""Generate CJK-heavy awesome-lists of any size, deterministically, for the benchmarks."""

from __future__ import annotations

import argparse
import random
import sys

NAMES = [
    "ChatGLM",
    "骆驼",
    "Baichuan",
    "通义千问",
    "MOSS",
    "BELLE",
    "Chinese-LLaMA",
    "悟道",
    "盘古",
]
# the repository's name a list links for a model named in Han characters: a code host's names
# are ASCII (`THUDM/ChatGLM`, `LianjiaTech/BELLE`, `QwenLM/Qwen`), never `org0/悟道-0`
SLUGS = {"骆驼": "luotuo", "通义千问": "qwen", "悟道": "wudao", "盘古": "pangu"}
WORDS = [
    "中文", "大模型", "开源", "指令微调", "对话", "多模态", "数据集", "清华大学", "复旦", "评测",
    "支持商用", "仅限科研", "参数量", "推理", "量化", "LoRA", "RLHF", "Transformer", "🚀", "⭐️",
    "（全角括号）", "，", "。", "Apache-2.0", "MIT", "benchmark", "👨‍💻",
]  # fmt: skip
LICENSES = ["MIT", "Apache-2.0", "GPL-3.0", "仅限科研", "CC-BY-NC-4.0", ""]


PROFILES = ("words", "varied", "real")
STATUS = ["✅", "🚧", "🔥", "⭐", "🚀", "❌"]
COMMON_HAN = [chr(code) for code in range(0x4E00, 0x4E00 + 3000)]


def _words_description(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))


def _varied_description(rng: random.Random) -> str:
    text = "".join(rng.choice(COMMON_HAN) for _ in range(rng.randint(10, 40)))
    return text + rng.choice(["，支持商用。", "（仅限科研）", "。", " MIT", ""])


# description lengths (characters) of the Chinese table lists read for the precision sets:
# medians 25 (EwingYangs), 34 (wgwang), 43 (kon9chunkit), 61 (seed, LC1332), 90 (CLUE)
REAL_LENGTHS = (25, 34, 43, 61, 61, 90, 120, 160)
ORGANISATIONS = ["清华大学", "复旦大学", "智源研究院", "阿里巴巴", "个人", "上海人工智能实验室"]
HOSTS = ["github.com", "huggingface.co", "arxiv.org", "modelscope.cn", "gitee.com"]


def _real_description(rng: random.Random) -> str:
    length = max(8, int(rng.choice(REAL_LENGTHS) * rng.uniform(0.6, 1.4)))
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append("".join(rng.choice(COMMON_HAN) for _ in range(rng.randint(4, 14))))
        parts.append(rng.choice(["，", "。", "、", "（开源）", " LoRA ", " 7B/13B ", "；"]))
    return "".join(parts)


def _real_row(rng: random.Random, index: int) -> str:
    """A row as the Chinese model lists write them: a linked name, a long CJK description, a
    license note (often empty), the organisation, and links grouped by host."""
    base = rng.choice(NAMES)
    name, slug = f"{base}-{index}", f"{SLUGS.get(base, base)}-{index}".lower()
    host = HOSTS[(index // 400) % len(HOSTS)]  # lists group their links by host
    owner = f"org{index % 97}"
    links = f"[{host.split('.')[0]}](https://{host}/{owner}/{slug})"
    if rng.random() < 0.3:
        links += f" [paper](https://arxiv.org/abs/23{index % 12 + 1:02d}.{index:05d})"
    cells = [
        f"[{name}](https://{host}/{owner}/{slug})",
        _real_description(rng),
        rng.choice(LICENSES),
        rng.choice(ORGANISATIONS),
        links,
    ]
    return "| " + " | ".join(cells) + " |"


def make_list(rows: int, profile: str = "words", seed: int = 20261128) -> str:
    """A list of ``rows`` entries. ``words``: descriptions from a small vocabulary, 2 % of the
    rows short (ragged), as hand-kept lists have. ``varied``: every description different
    (random Han characters with full-width punctuation) and a status emoji column. ``real``:
    rows shaped as the Chinese lists of the corpus write them (``_real_row``): descriptions of
    their lengths (25 to 160 characters), an organisation column, links grouped by host."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}")
    rng = random.Random(seed)
    if profile == "real":
        head = ["# 中文大模型列表", "", "收录开源的中文大语言模型。", "", "## 模型", ""]
        table = ["| 名称 | 描述 | 许可 | 机构 | 地址 |", "|---|---|:-:|---|---|"]
        body = [_real_row(rng, index) for index in range(rows)]
        return "\n".join([*head, *table, *body, "", "## License", "", "CC0-1.0", ""])
    varied = profile == "varied"
    out = ["# 中文大模型列表", "", "收录开源的中文大语言模型。", "", "## 模型", ""]
    if varied:
        out += ["| 名称 | 描述 | 许可 | 状态 | 地址 |", "|---|---|:-:|:-:|---|"]
    else:
        out += ["| 名称 | 描述 | 许可 | 地址 |", "|---|---|:-:|---|"]
    for index in range(rows):
        base = rng.choice(NAMES)
        name, slug = f"{base}-{index}", f"{SLUGS.get(base, base)}-{index}".lower()
        description = _varied_description(rng) if varied else _words_description(rng)
        link = f"[github](https://github.com/org{index % 97}/{slug})"
        cells = [f"[{name}](https://example.org/{index})", description, rng.choice(LICENSES)]
        if varied:
            cells.append(rng.choice(STATUS))
        cells.append(link)
        if not varied and rng.random() < 0.02:
            cells = cells[:3]  # a ragged row now and then, as real lists have
        out.append("| " + " | ".join(cells) + " |")
    out += ["", "## License", "", "CC0-1.0", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--profile", choices=PROFILES, default="words")
    args = parser.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(make_list(args.rows, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
