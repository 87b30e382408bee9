"""The design rows: the default ``clean`` on the sources a change to the decision is designed and chosen on.

Usage: python bench/quality_design.py [--pages N] [--kinds] [--folds DIR] [--against OTHER/src] [--data DIR]
[--json OUT.json]

The rows are the *fit* sources, wcxb and zh_content (the shipped weights are fitted on them), and the *validation*
sources, ir_research and l3s_gn1 (the decision's thresholds were chosen on them). Each page is scored whole (``page``)
and as its ``crop``: eight rows. This is the check the rounds of ``docs/quality/decision_rounds.md`` call the design rows. Pages,
views and scoring are those of ``bench/quality_heldout.py``: the ``html_text`` rendering, the same seeded sample of
up to ``--pages`` pages a source, ``clean(text, kind="text")`` scored line by line by ``quality_realtext.score``.
The test sources are never read here. A change is designed on these rows, and its rule is fixed before
``quality_heldout.py`` runs it on the test sources.

With ``--kinds``, the rows are instead wcxb's pages by their kind (``page_type``: article, collection, documentation,
forum, listing, product, service; the modern pages of seven kinds that issue 10's targets name), each kind whole and
cropped: fourteen rows of a fit source, so design rows too, and the only labelled source that tells a page's kind.

With ``--folds DIR`` (written by ``training/fold_models.py``), one more system, ``oof``: each page of a fitted source
cleaned with the model of its fold of hosts, refitted without them, so that its rows are out of fold for the model's
weights too (the rules were still written with these sources in view); the validation sources' pages with the shipped
model, which was never fitted on them.

With ``--against``, another checkout's package (imported as ``compare_speed.py`` imports it) cleans the same
documents, and each row and the means are printed for both, with the difference. Deterministic: same data, same
code, same figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from quality_heldout import DEFAULT, FIGURES, TEST, VALIDATION, VIEWS, sample, views
from quality_realtext import score
from results import save

import cleantext
import cleantext.decision

#: The sources the shipped weights are fitted on (``training/views.py``'s SHIPPED but plaintext_dev, a dev set).
FIT = ("wcxb", "zh_content")
DESIGN = (*FIT, *VALIDATION)
#: The design source whose pages carry their kind (``page_type``), read by ``--kinds``.
KINDS_SOURCE = "wcxb"


def rows(systems: dict[str, Callable[[str], str]], data: Path, pages: int) -> dict[str, dict[str, dict]]:
    """``{"SOURCE/VIEW": {system: figures, "pages": n}}`` over the design sources, each system on the same documents."""
    if set(DESIGN) & set(TEST):
        raise SystemExit(f"a design source is a test source: {sorted(set(DESIGN) & set(TEST))}")
    found: dict[str, dict[str, dict]] = {}
    for source in DESIGN:
        shown = [views(record) for record in sample(data / f"{source}.jsonl.gz", pages, source)]
        for view in VIEWS:
            found[f"{source}/{view}"] = _row(systems, [item[view] for item in shown if view in item])
    return found


def kind_rows(systems: dict[str, Callable[[str], str]], data: Path, pages: int) -> dict[str, dict[str, dict]]:
    """``{"wcxb/KIND/VIEW": {system: figures, "pages": n}}``: :data:`KINDS_SOURCE`'s sampled pages grouped by their
    ``page_type``, whole and cropped, each system on the same documents."""
    by_kind: dict[str, list[dict]] = {}
    for record in sample(data / f"{KINDS_SOURCE}.jsonl.gz", pages, KINDS_SOURCE):
        by_kind.setdefault(record.get("page_type") or "unknown", []).append(views(record))
    found: dict[str, dict[str, dict]] = {}
    for kind in sorted(by_kind):
        for view in VIEWS:
            docs = [item[view] for item in by_kind[kind] if view in item]
            if docs:
                found[f"{KINDS_SOURCE}/{kind}/{view}"] = _row(systems, docs)
    return found


def _row(systems: dict[str, Callable[[str], str]], docs: list[dict]) -> dict[str, dict]:
    """One row: how many documents, and each system's figures on them."""
    for clean in systems.values():
        if isinstance(clean, OutOfFold):
            clean.see(docs)
    return {"pages": len(docs), **{name: score(clean, docs) for name, clean in systems.items()}}


class OutOfFold:
    """``clean`` (the text path) with the model of each page's fold (``training/fold_models.py``'s ``folder``): a page
    of a fitted source is cleaned by a model that never saw its host, any other page by the shipped model."""

    def __init__(self, folder: Path) -> None:
        from cleantext.decision_model import read_model

        manifest = json.loads((folder / "folds.json").read_text(encoding="utf-8"))
        self.fold_of: dict[str, int] = manifest["pages"]
        self.models = [read_model((folder / f"fold-{k}.bin.gz").read_bytes()) for k in range(manifest["folds"])]
        self.by_text: dict[str, int | None] = {}

    def see(self, docs: list[dict]) -> None:
        """Tells the fold of each of ``docs`` by its text (what a system is given), before they are scored."""
        for doc in docs:
            fold = self.fold_of.get(doc["id"])
            if self.by_text.setdefault(doc["text"], fold) != fold:
                raise SystemExit(f"{doc['id']}: its text is another fold's page's too")

    def __call__(self, text: str) -> str:
        fold = self.by_text.get(text)
        if fold is None:
            return cleantext.clean(text, kind="text")
        shipped = cleantext.decision.load_model
        cleantext.decision.load_model = lambda: self.models[fold]  # the step reads its model through this name
        try:
            return cleantext.clean(text, kind="text")
        finally:
            cleantext.decision.load_model = shipped


def means(found: dict[str, dict[str, dict]], system: str) -> dict[str, float]:
    """Each figure's plain mean over the rows (F1 the mean of the rows' F1)."""
    return {name: statistics.mean(row[system][name] for row in found.values()) for name in FIGURES}


def _cells(figures: dict) -> str:
    return " ".join(f"{figures[name]:.4f}" for name in FIGURES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="the training data's folder")
    parser.add_argument("--pages", type=int, default=2000, help="pages per source (seeded sample)")
    parser.add_argument("--kinds", action="store_true", help="wcxb's pages by their kind instead of the eight rows")
    parser.add_argument("--against", type=Path, help="another checkout's src folder, scored beside this one")
    parser.add_argument("--folds", type=Path, help="training/fold_models.py's folder: also score out of fold (oof)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    args = parser.parse_args()
    systems: dict[str, Callable[[str], str]] = {"this": lambda text: cleantext.clean(text, kind="text")}
    if args.folds:
        systems["oof"] = OutOfFold(args.folds)
    if args.against:
        from compare_speed import load_other

        other = load_other(args.against)
        systems = {"other": lambda text: other.clean(text, kind="text"), **systems}
    started = time.time()
    found = (kind_rows if args.kinds else rows)(systems, args.data, args.pages)
    width = max(18, *map(len, found))
    print(f"{'row':<{width}} {'pages':>5} | " + " | ".join(f"{name}: P R F1 kept" for name in systems))
    for key, row in found.items():
        print(f"{key:<{width}} {row['pages']:>5} | " + " | ".join(_cells(row[name]) for name in systems))
    averaged = {name: means(found, name) for name in systems}
    mean = f"mean of {len(found)}"
    print(f"{mean:<{width}} {'':>5} | " + " | ".join(_cells(averaged[name]) for name in systems))
    if args.folds:
        print(
            "oof - this (mean): "
            + ", ".join(f"{name} {averaged['oof'][name] - averaged['this'][name]:+.5f}" for name in FIGURES)
        )
    if args.against:
        print(
            "this - other (mean): "
            + ", ".join(f"{name} {averaged['this'][name] - averaged['other'][name]:+.5f}" for name in FIGURES)
        )
    print(f"{round(time.time() - started)} s")
    save(args.json, "quality_design", {"pages": args.pages, "kinds": args.kinds, "rows": found, "means": averaged})


if __name__ == "__main__":
    main()
