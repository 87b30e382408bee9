"""End to end on the sources the decision's model never saw: the default ``clean`` against the rules alone.

Usage: python bench/quality_heldout.py [--pages N] [--data DIR] [--json OUT.json]

Reads ``../shared/data/train/SOURCE.jsonl.gz`` (see that folder's README: pages rendered to text, each
non-blank line labelled content / boilerplate / unsure) for the seven sources that never trained the
shipped model (``src/cleantext/data/decision.bin.gz`` trained on wcxb, zh_content and plaintext_dev
only; the script stops if the model's own ``trained_on`` names one of them, or its ``validated_on``
differs): the *test* sources cleaneval, cleanportaleval, dragnet, evan_extract, htmltotext, and the
*validation* sources ir_research, l3s_gn1, which chose the decision's two thresholds, so their rows are
not test figures. The figures are held out because none of these pages trained the model.

Per source, up to ``--pages`` pages of the ``html_text`` rendering (a seeded sample: the page ids sorted,
shuffled by ``random.Random(f"13:{source}")``, the first N; nothing else splits them). Each page is
shown in two views: whole (``page``), and its ``crop`` (:func:`metrics.crop`, the training script's view:
the article region with 0-3 lines before it and up to 10 after, drawn with the seed the training script
uses for that page). Each view is cleaned by ``cleantext.clean(text, kind="text")`` (the default: the
learned decision) and by ``clean(text, steps=cleantext.RULES_PIPELINE, kind="text")`` (the rules alone),
and scored as ``quality_realtext.py`` scores realtext_dev (its own ``score``): a labelled line is removed
when no output line still holds it (:func:`metrics.line_is_kept`); boilerplate lines removed are true
positives, content lines removed false positives, unsure lines ignored; line-removal precision, recall,
F1 pooled over the pages of a source and view, and the share of content-line words kept. The pooled
rows are plain means over sources (F1 the mean of the sources' F1) of the test and of the validation
sources apart.

Unlike the training script's held-out figures (paragraphs scored with a mirror of the decision), these
run the shipped pipelines end to end on lines. Deterministic: same data, same code, same figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quality_realtext import score
from results import save

import cleantext
from cleantext.decision import load_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
# the training data's views as the training script makes them: its crops, its validation sources
from views import SEED, VALIDATION, page_crop

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "train"
TEST = ("cleaneval", "cleanportaleval", "dragnet", "evan_extract", "htmltotext")
VIEWS = ("page", "crop")
FIGURES = ("precision", "recall", "f1", "content_kept")


def sample(path: Path, pages: int, source: str) -> list[dict]:
    """Up to ``pages`` ``html_text`` records of ``path``, a seeded sample of its page ids."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = {record["id"]: record for record in map(json.loads, handle) if record["rendering"] == "html_text"}
    ids = sorted(records)
    random.Random(f"{SEED}:{source}").shuffle(ids)
    return [records[key] for key in ids[:pages]]


def scored(key: str, lines: list[str], labels: list[str]) -> dict:
    """A view as ``quality_realtext.score`` reads a document: its text and its labelled lines (boilerplate as chrome)."""
    marks = [
        {"i": index, "label": "chrome" if label == "boilerplate" else label}
        for index, label in enumerate(labels)
        if label
    ]
    return {"id": key, "text": "\n".join(lines), "lines": marks}


def views(record: dict) -> dict[str, dict]:
    """The record's page and, when it has a content line, its crop, each ready to be scored."""
    lines = record["text"].split("\n")
    out = {"page": scored(record["id"], lines, record["labels"])}
    cropped = page_crop(record)
    if cropped:
        out["crop"] = scored(record["id"], *cropped)
    return out


def systems() -> dict[str, Callable[[str], str]]:
    """The rules alone and the default, both on the text path."""
    return {
        "rules": lambda text: cleantext.clean(text, steps=cleantext.RULES_PIPELINE, kind="text"),
        "default": lambda text: cleantext.clean(text, kind="text"),
    }


def pooled(rows: dict, sources: tuple[str, ...], view: str, system: str) -> dict[str, float]:
    """The mean of each figure over ``sources`` (those with pages in ``view``)."""
    found = [rows[source][view][system] for source in sources if source in rows and view in rows[source]]
    return {name: statistics.mean(item[name] for item in found) for name in FIGURES} if found else {}


def line(name: str, view: str, pages: int | str, rules: dict, default: dict) -> str:
    def cells(figures: dict) -> str:
        return " ".join(f"{figures[name]:.3f}" for name in FIGURES[:3]) + f" {figures['content_kept']:.4f}"

    return f"{name:<26} {view:<5} {pages!s:>5} | {cells(rules)} | {cells(default)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="the training data's folder")
    parser.add_argument("--pages", type=int, default=100, help="pages per source (seeded sample)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    args = parser.parse_args()
    info = load_model().info
    if set(info.get("trained_on", ())) & {*TEST, *VALIDATION}:
        raise SystemExit(f"the shipped model trained on {info['trained_on']}: these sources are not held out")
    if tuple(info.get("validated_on", ())) != VALIDATION:
        raise SystemExit(f"the shipped model's thresholds were chosen on {info.get('validated_on')}, not {VALIDATION}")
    started = time.time()
    rows: dict = {}
    print(f"{'source (role)':<26} {'view':<5} {'pages':>5} | rules P R F1 kept | default P R F1 kept")
    for source in (*TEST, *VALIDATION):
        role = "test" if source in TEST else "validation"
        shown = [views(record) for record in sample(args.data / f"{source}.jsonl.gz", args.pages, source)]
        for view in VIEWS:
            docs = [found[view] for found in shown if view in found]
            figures = {name: score(system, docs) for name, system in systems().items()}
            rows.setdefault(source, {})[view] = dict(pages=len(docs), **figures)
            print(line(f"{source} ({role})", view, len(docs), figures["rules"], figures["default"]), flush=True)
    means: dict = {}
    for role, sources in (("test", TEST), ("validation", VALIDATION)):
        for view in VIEWS:
            item = means.setdefault(role, {})[view] = {name: pooled(rows, sources, view, name) for name in systems()}
            print(line(f"mean of {len(sources)} {role}", view, "", item["rules"], item["default"]))
    seconds = round(time.time() - started)
    print(f"{seconds} s")
    save(
        args.json,
        "quality_heldout",
        {"data": "train (html_text)", "pages": args.pages, "seed": SEED, "sources": rows, "means": means},
    )


if __name__ == "__main__":
    main()
