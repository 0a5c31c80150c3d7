"""The labeled precision set: each corpus list checked inside a rebuilt copy of its repository,
and its findings judged against the labels a maintainer's reading gave (tests/precision/)."""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PRECISION = Path(__file__).parent / "precision"
CORPUS = Path(__file__).parent / "corpus"


@dataclass(frozen=True)
class LabeledSet:
    """A folder of labels (repos.tsv, labels/, existing/) and the folder of the lists they judge:
    the corpus's (tests/precision/ and tests/corpus/) or a held-out set's (benchmarks/labeled/)."""

    folder: Path
    lists: Path


CORPUS_SET = LabeledSet(PRECISION, CORPUS)


def held_out(folder: Path) -> LabeledSet:
    return LabeledSet(folder, folder / "lists")


@dataclass(frozen=True)
class Label:
    line: int
    code: str
    verdict: str  # "tp": a problem the maintainer would act on; "fp": one they would not
    note: str


@dataclass(frozen=True)
class Repository:
    name: str  # the list's file in its set's lists folder
    path: str  # where the list lives in its repository
    license_file: str | None
    source: LabeledSet = CORPUS_SET


def repositories(labeled: LabeledSet = CORPUS_SET) -> list[Repository]:
    with open(labeled.folder / "repos.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Repository(
            row["list"],
            row["path"],
            None if row["license_file"] == "-" else row["license_file"],
            labeled,
        )
        for row in rows
    ]


def labels(repository: Repository) -> list[Label]:
    """Every label of the list, in the file's order: a line may carry two of one code (the
    `Data` and the `Model` cell of one row, one a slip and the other left empty on purpose)."""
    path = repository.source.folder / "labels" / f"{repository.name}.tsv"
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Label(int(row["line"]), row["code"], row["verdict"], row.get("note") or "") for row in rows
    ]


def existing_targets(repository: Repository) -> list[str]:
    path = repository.source.folder / "existing" / f"{repository.name}.txt"
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line]


def page_anchors(repository: Repository) -> dict[str, list[str]]:
    """The anchors of the Markdown pages the list links a fragment of, by the target as
    written (`features.md`: `video`, `photo-tags`, ...): what a rebuilt page must hold."""
    path = repository.source.folder / "anchors" / f"{repository.name}.tsv"
    found: dict[str, list[str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").split("\n"):
            if "\t" in line:
                page, anchor = line.split("\t", 1)
                found.setdefault(page, []).append(anchor)
    return found


# a site's `docs.json` kept by the held-out sets is Mintlify's (discord-api-docs, ollama's docs):
# rebuilt naming its schema, as the generator's own file does, so its pages' addresses resolve
_MINTLIFY = '{"$schema": "https://mintlify.com/docs.json"}\n'


def rebuild(repository: Repository, root: Path) -> Path:
    """A stand-in of the list's repository: a git root, its LICENSE file, the list at its path
    and an empty file at every relative target the list links that exists upstream (a page the
    list links a fragment of holds that page's anchors, as HTML ids)."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    if repository.license_file:  # at the root, or in the list's own folder (`share/LICENSE`)
        license_file = root / repository.license_file
        license_file.parent.mkdir(parents=True, exist_ok=True)
        license_file.write_text("license\n", encoding="utf-8")
    target = root / repository.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((repository.source.lists / repository.name).read_bytes())
    pages = page_anchors(repository)
    for relative in existing_targets(repository):
        base = root if relative.startswith("/") else target.parent
        place = Path(os.path.normpath(base / relative.lstrip("/")))
        if root not in place.parents and place != root:
            continue  # a target outside the repository is not rebuilt
        if relative.endswith("/"):
            place.mkdir(parents=True, exist_ok=True)
        elif not place.exists():
            place.parent.mkdir(parents=True, exist_ok=True)
            ids = "".join(f'<a id="{anchor}"></a>\n' for anchor in pages.get(relative, []))
            place.write_text(_MINTLIFY if place.name == "docs.json" else ids, encoding="utf-8")
    return target


@dataclass(frozen=True)
class Judged:
    name: str
    line: int
    code: str
    verdict: str  # "tp", "fp" or "unlabeled" (counted as fp)
    message: str


def _terms(message: str) -> list[str]:
    """What a finding's message quotes (`Data`, `Apache 2.0`): the words that tell which of
    two labels of its line and code is its own."""
    return re.findall(r"`([^`]+)`", message)


def _matches(
    every: list[Label], findings: list[dict[str, object]]
) -> list[tuple[dict[str, object], Label | None]]:
    """Each finding with the label that judges it: the one of its line and code, or where a
    line has several, the one whose note names most of what the message quotes, each label
    taken once while another is free (a label judges every finding of its key beyond them)."""
    by_key: dict[tuple[int, str], list[Label]] = {}
    for label in every:
        by_key.setdefault((label.line, label.code), []).append(label)
    taken: set[int] = set()
    matched: list[tuple[dict[str, object], Label | None]] = []
    for item in findings:
        known = by_key.get((int(str(item["line"])), str(item["code"])), [])
        free = [label for label in known if id(label) not in taken] or known
        terms = _terms(str(item["message"]))
        best = max(free, key=lambda label: sum(term in label.note for term in terms), default=None)
        if best is not None:
            taken.add(id(best))
        matched.append((item, best))
    return matched


def judge(repository: Repository, findings: list[dict[str, object]]) -> Iterator[Judged]:
    for item, label in _matches(labels(repository), findings):
        line, code, message = int(str(item["line"])), str(item["code"]), str(item["message"])
        yield Judged(repository.name, line, code, label.verdict if label else "unlabeled", message)


def missed(repository: Repository, findings: list[dict[str, object]]) -> list[Label]:
    """The real problems (tp labels) no finding is judged by."""
    every = labels(repository)
    found = {id(label) for _, label in _matches(every, findings) if label is not None}
    real = [label for label in every if label.verdict == "tp" and id(label) not in found]
    return sorted(real, key=lambda label: (label.line, label.code))


def parse_json(text: str) -> list[dict[str, object]]:
    return list(json.loads(text))
