"""The labeled precision set: each corpus list checked inside a rebuilt copy of its repository,
and its findings judged against the labels a maintainer's reading gave (tests/precision/)."""

from __future__ import annotations

import csv
import json
import os
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


def labels(repository: Repository) -> dict[tuple[int, str], Label]:
    path = repository.source.folder / "labels" / f"{repository.name}.tsv"
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    found: dict[tuple[int, str], Label] = {}
    for row in rows:
        label = Label(int(row["line"]), row["code"], row["verdict"], row.get("note") or "")
        found[(label.line, label.code)] = label
    return found


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


def judge(repository: Repository, findings: list[dict[str, object]]) -> Iterator[Judged]:
    known = labels(repository)
    for item in findings:
        line, code = int(str(item["line"])), str(item["code"])
        label = known.get((line, code))
        verdict = label.verdict if label else "unlabeled"
        yield Judged(repository.name, line, code, verdict, str(item["message"]))


def missed(repository: Repository, findings: list[dict[str, object]]) -> list[Label]:
    """The real problems (tp labels) the findings do not report."""
    reported = {(int(str(item["line"])), str(item["code"])) for item in findings}
    return [
        label
        for key, label in sorted(labels(repository).items())
        if label.verdict == "tp" and key not in reported
    ]


def parse_json(text: str) -> list[dict[str, object]]:
    return list(json.loads(text))
