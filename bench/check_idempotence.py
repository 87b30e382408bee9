"""Does cleaning twice change nothing? Every real document cleaned, then its output cleaned again.

Usage: python bench/check_idempotence.py [--train DIR] [--realtext FILE] [--families N] [--show N] [--json OUT]

Documents: every page of ../shared/data/train (both renderings, html_text and bs4_text) and every text of
realtext_dev, each with its lines' labels; with ``--families N``, also the first N documents of each seed family
(``bench_seed_family.generate``), labelled article and chrome. Each is cleaned with ``cleantext.clean`` (the default,
``kind="auto"``), and the output cleaned again. A document whose second output differs is counted by cause:

- ``markup``: the two cleanings took different paths: one of the texts is markup (``cleantext.is_markup``) and the
  other is not. A scraped text that keeps a page's markup on its first lines (a template, an ad's ``<div>``) may leave
  an output that begins with it, which the second cleaning reads as a page (``kind="text"`` keeps both on the text
  path);
- ``text``: both took the text path, and the second removed or changed more.

For each cause: how many lines of the first output the second one no longer holds, by their label in the input
(``content``, ``boilerplate``, ``unsure``; ``?`` where the line is not found in the input as it was written). The
documents' keys are printed with ``--show``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import NamedTuple

import cleantext

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TRAIN = DATA / "train"
REALTEXT = DATA / "realtext_dev.jsonl"


class Document(NamedTuple):
    """A text to clean twice, and the label of each of its lines (``""`` where none is given)."""

    key: str
    text: str
    labels: list[str]


class Change(NamedTuple):
    """What a second cleaning of a document's output changed: why (``markup`` or ``text``), and the labels of the
    first output's lines the second output no longer holds."""

    key: str
    cause: str
    gone: Counter[str]


def documents(train: Path, realtext: Path, families: int = 0) -> Iterator[Document]:
    """The training pages (both renderings), realtext_dev's texts and, with ``families``, that many documents of
    each seed family, each with its lines' labels."""
    for path in sorted(train.glob("*.jsonl.gz")):
        if path.name.endswith(".html.jsonl.gz"):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for record in map(json.loads, handle):
                yield Document(f"{record['id']}/{record['rendering']}", record["text"], record["labels"])
    if realtext.is_file():
        for number, raw in enumerate(realtext.read_text(encoding="utf-8").splitlines()):
            record = json.loads(raw)
            lines = record["text"].split("\n")
            labels = [""] * len(lines)
            for mark in record["lines"]:
                labels[mark["i"]] = "boilerplate" if mark["label"] == "chrome" else mark["label"]
            yield Document(f"realtext/{record.get('id', number)}", record["text"], labels)
    if families:
        import bench_seed_family

        for family, docs in bench_seed_family.generate(families, 10).items():
            for number, (lines, article) in enumerate(docs):
                labels = ["content" if kept else "boilerplate" for kept in article]
                yield Document(f"{family}/{number}", "\n".join(lines) + "\n", labels)


def _key(line: str) -> str:
    return " ".join(line.split())


def second_clean(document: Document) -> Change | None:
    """What cleaning ``document``'s output again changes, or None when nothing.

    >>> second_clean(Document("a", "The council met on Monday and approved the budget.\\n", [""])) is None
    True
    """
    first = cleantext.clean(document.text)
    second = cleantext.clean(first)
    if second == first:
        return None
    cause = "markup" if cleantext.is_markup(first) != cleantext.is_markup(document.text) else "text"
    labels: dict[str, str] = {}
    for line, label in zip(document.text.split("\n"), document.labels, strict=False):
        labels.setdefault(_key(cleantext.repair(line)), label or "-")
    kept = {_key(line) for line in second.split("\n")}
    gone = Counter(labels.get(_key(line), "?") for line in first.split("\n") if line.strip() and _key(line) not in kept)
    return Change(document.key, cause, gone)


def summary(changes: Sequence[Change], total: int) -> list[str]:
    """The printed lines: documents changing on a second cleaning, by cause, and what it removes, by label.

    >>> print("\\n".join(summary([Change("a/1", "text", Counter(boilerplate=3))], 10)))
    10 documents; 1 change on a second clean
      text: 1 documents, lines of the first output gone: boilerplate 3
    """
    lines = [f"{total} documents; {len(changes)} change on a second clean"]
    for cause in ("markup", "text"):
        mine = [change for change in changes if change.cause == cause]
        if not mine:
            continue
        gone: Counter[str] = Counter()
        for change in mine:
            gone.update(change.gone)
        labels = ", ".join(f"{label} {count}" for label, count in gone.most_common()) or "none (lines changed)"
        lines.append(f"  {cause}: {len(mine)} documents, lines of the first output gone: {labels}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--realtext", type=Path, default=REALTEXT)
    parser.add_argument("--families", type=int, default=0, help="documents per seed family to check too")
    parser.add_argument("--show", type=int, default=0, help="keys of the documents that change, per cause")
    parser.add_argument("--json", metavar="OUT", help="also write every change to this JSON file")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    total = 0
    changes: list[Change] = []
    with Pool(args.workers) as pool:
        for change in pool.imap(second_clean, documents(args.train, args.realtext, args.families), chunksize=20):
            total += 1
            if change is not None:
                changes.append(change)
    print("\n".join(summary(changes, total)))
    for cause in ("markup", "text"):
        for change in [change for change in changes if change.cause == cause][: args.show]:
            print(f"    {cause} {change.key}: {dict(change.gone)}")
    if args.json:
        rows = [{"key": change.key, "cause": change.cause, "gone": dict(change.gone)} for change in changes]
        Path(args.json).write_text(json.dumps({"documents": total, "changes": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
