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
WORDS = [
    "中文", "大模型", "开源", "指令微调", "对话", "多模态", "数据集", "清华大学", "复旦", "评测",
    "支持商用", "仅限科研", "参数量", "推理", "量化", "LoRA", "RLHF", "Transformer", "🚀", "⭐️",
    "（全角括号）", "，", "。", "Apache-2.0", "MIT", "benchmark", "👨‍💻",
]  # fmt: skip
LICENSES = ["MIT", "Apache-2.0", "GPL-3.0", "仅限科研", "CC-BY-NC-4.0", ""]


STATUS = ["✅", "🚧", "🔥", "⭐", "🚀", "❌"]
COMMON_HAN = [chr(code) for code in range(0x4E00, 0x4E00 + 3000)]


def _words_description(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))


def _varied_description(rng: random.Random) -> str:
    text = "".join(rng.choice(COMMON_HAN) for _ in range(rng.randint(10, 40)))
    return text + rng.choice(["，支持商用。", "（仅限科研）", "。", " MIT", ""])


def make_list(rows: int, profile: str = "words", seed: int = 20261128) -> str:
    """A list of ``rows`` entries. ``words``: descriptions from a small vocabulary, 2 % of the
    rows short (ragged), as hand-kept lists have. ``varied``: every description different
    (random Han characters with full-width punctuation) and a status emoji column."""
    rng = random.Random(seed)
    varied = profile == "varied"
    out = ["# 中文大模型列表", "", "收录开源的中文大语言模型。", "", "## 模型", ""]
    if varied:
        out += ["| 名称 | 描述 | 许可 | 状态 | 地址 |", "|---|---|:-:|:-:|---|"]
    else:
        out += ["| 名称 | 描述 | 许可 | 地址 |", "|---|---|:-:|---|"]
    for index in range(rows):
        name = f"{rng.choice(NAMES)}-{index}"
        description = _varied_description(rng) if varied else _words_description(rng)
        link = f"[github](https://github.com/org{index % 97}/{name.lower()})"
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
    parser.add_argument("--profile", choices=["words", "varied"], default="words")
    args = parser.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(make_list(args.rows, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
