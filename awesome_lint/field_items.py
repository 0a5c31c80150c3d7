"""Entries written as a name item with labelled sub-items, as many Chinese lists keep them:

* ChatGLM：
  * 地址：https://github.com/THUDM/ChatGLM-6B
  * 简介：中文领域效果最好的开源底座模型之一
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from awesome_lint import lazy_re
from awesome_lint.document import Block, Document, ListItem
from awesome_lint.entries import DEFAULT_ALIASES, Entry, normalize_header, roles_of
from awesome_lint.inline import InlineLink, links

# a sub-item's label: a few words before a colon (`地址：`, `Paper:`, `项目地址:`)
_FIELD = lazy_re.compile(r"\s*([^:：\n\[\]()]{1,16}?)\s*[:：]\s*")
_NAME_LENGTH = 80  # a name item is a name, not a sentence


def _name(item: ListItem) -> str | None:
    """The name a name item gives: one line of text without links, its colon dropped."""
    if item.paragraph is None:
        return None
    text = item.paragraph.text.strip()
    if "\n" in text or "](" in text or "://" in text:
        return None
    name = text.rstrip(":： ").strip()
    return name if name and len(name) <= _NAME_LENGTH else None


def _children(items: Sequence[ListItem]) -> dict[int, list[int]]:
    """The items nested directly in each item (by index), in one pass: a grandchild is its
    own parent's sub-item, not the grandparent's (`* 模型：` over `* ChatGLM：` over `* 地址：`
    is no entry of ChatGLM's link), and thousands of nested items are no quadratic walk."""
    found: dict[int, list[int]] = {}
    open_items: list[int] = []  # the items that contain the current one, innermost last
    for index, item in enumerate(items):
        while open_items:
            parent = items[open_items[-1]]
            if item.line <= parent.last_line and item.column > parent.column:
                break
            open_items.pop()
        if open_items:
            found.setdefault(open_items[-1], []).append(index)
        open_items.append(index)
    return found


def _field(item: ListItem, aliases: Mapping[str, Sequence[str]]) -> tuple[str, Block, int] | None:
    """A labelled sub-item's role (``link`` or ``description``), its paragraph and where its
    value starts."""
    if item.paragraph is None:
        return None
    match = _FIELD.match(item.paragraph.text)
    if match is None:
        return None
    roles = roles_of(normalize_header(match.group(1)), aliases)
    role = next((role for role in roles if role in ("link", "description")), None)
    return (role, item.paragraph, match.end()) if role else None


def _urls(block: Block, document: Document) -> list[InlineLink]:
    return [
        link
        for link in links(block.text, document.definitions)
        if link.url and not link.image and not link.badge and not link.url.startswith("#")
    ]


def field_item_entries(
    document: Document, aliases: Mapping[str, Sequence[str]] = DEFAULT_ALIASES
) -> list[Entry]:
    """Entries of name items whose sub-items label a link (`地址：`, `Link:`) and a
    description (`简介：`): the entry sits on its link's line."""
    items = document.items
    children = _children(items)
    entries: list[Entry] = []
    for index, item in enumerate(items):
        name = _name(item) if index in children else None
        if name is None:
            continue
        fields: dict[str, tuple[Block, int]] = {}
        for child in children[index]:
            found = _field(items[child], aliases)
            if found is not None:
                fields.setdefault(found[0], (found[1], found[2]))
        if "link" not in fields:
            continue
        block, start = fields["link"]
        urls = _urls(block, document)
        if not urls:
            continue
        line, column = block.place(max(urls[0].offset, start))
        described = fields.get("description")
        description = described[0].text[described[1] :].strip() if described else ""
        where = described[0].place(described[1]) if described else (line, column)
        entries.append(
            Entry(
                kind="item",
                line=line,
                column=column,
                name=name,
                name_column=column,
                urls=tuple(urls[:1]),
                url_columns=(column,),
                description=description,
                description_column=where[1] if where[0] == line else column,
                license=None,
                license_column=column,
            )
        )
    return entries
