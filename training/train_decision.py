"""Train the article decision's model (``src/cleantext/data/decision.bin.gz``); report held-out figures.

Usage (from the repository root, with the ``train`` extra installed)::

    python training/train_decision.py            # features, fit, thresholds, figures, model + provenance
    python training/train_decision.py --loso     # also leave-one-source-out over every source (slower)

What it does, seeded and in this order (steps 1 and 2, the data and its views, in ``training/views.py``):

1. Reads ``../shared/data/train`` (see its README): pages rendered to text, each non-blank line labelled
   content / boilerplate / unsure. Every page of the *shipped* sources (licences that allow it: wcxb
   CC-BY-4.0, zh_content MIT) trains the model, and so do the pages of ``../shared/data/plaintext_dev.jsonl``
   (the ScrapingHub benchmark's pages, MIT), each line labelled by the benchmark's own measure (the share
   of its words inside a word 4-gram of the gold: content from 0.85, boilerplate up to 0.15, else
   unsure). Other sources (research-only, AGPL, no licence stated) never train the shipped model: up to
   ``--cap`` pages of each are held out. realtext_dev (publishers' texts) is never read here.
2. Shows each page in the views users feed: the whole page (both renderings); for ``html_text`` records,
   its *crop* (the article region with 0-3 lines before it and up to 10 after: what scrapers return, chrome
   left in) and, when the page's HTML is in the training data, its *extraction*: what
   ``trafilatura.extract(html, favor_recall=True)`` returns (comments included, its default), each line
   labelled as the page's line with the same words (normalised as the training data's labelling does);
   a line no page line matches, or that matches lines of different labels, is left out (counts in the
   provenance, ``extraction``). Each view is read with the package's own
   :func:`cleantext.annotate.read_paragraphs`: a paragraph's local features and what the rules would
   remove of it. A paragraph is article (1) when its lines are all content, chrome (0) when all
   boilerplate, and left out otherwise. Prose boilerplate (sentences the gold left out) weighs 0.3.
   Each (source, view) group weighs the same in total (views: page/html_text, page/bs4_text, crop,
   extract), so that neither wcxb's many pages nor the full pages' 77% of chrome lines dominate.
3. Fits a logistic regression on every view of the shipped sources (features seen in fewer than 3 of
   them pruned; lbfgs, stopping at ``--tol``, 1e-3 unless given: the iterations it took go in the provenance).
4. Chooses the two thresholds on two *validation* sources of scraped news it never trained on
   (ir_research, l3s_gn1; pages, crops and extractions, each the same weight): the pair with the best mean
   line-removal F1 among those that keep at least as many words of article sentences as the rules
   alone do, and at least 99.5%, if the rules keep that much. Nothing is chosen on the other sources:
   they are *test* sources.
5. Reports, for the rules alone and for the decision: validation and test sources (held out; with
   ``--baseline FILE`` another model file too, at its own thresholds, on the same rows), 5-fold
   out-of-fold figures on the shipped sources (grouped by host; plaintext_dev's pages also cleaned by
   the learned pipeline with their fold's model and scored with the benchmark's metric), and with
   ``--loso`` each source judged by a model trained on all the others (thresholds kept from step 4).
6. Writes the model and ``decision.provenance.json`` (data, command, commit, every figure).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import zlib
from collections import defaultdict
from functools import partial
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

import cleantext
import cleantext.cohesion
import cleantext.decision
import cleantext.decision_model
from cleantext.decision_model import read_model, write_model

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from metrics import page_scores, shingle_counts  # noqa: E402  (the benchmark's own scorer and views)
from views import (  # noqa: E402  (the training data read, viewed and labelled)
    ALL,
    NONE,
    PLAINTEXT,
    SEED,
    SHIPPED,
    SOME,
    SURE,
    VALIDATION,
    extraction_counts,
    features_of,
    plaintext_pages,
)

TARGET_KEPT = 0.995
MIN_PAGES = 3
LOW_GRID = (0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4)
HIGH_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0)


class Table:
    """Paragraph rows of many documents as one sparse matrix over a fixed vocabulary."""

    def __init__(self, docs: list[dict], vocabulary: dict[str, int]) -> None:
        data, cols, indptr = [], [], [0]
        columns = (
            "labels",
            "weights",
            "words",
            "doc_of",
            "sentences",
            "ruled",
            "anchors",
            "structure",
            "listed",
            "sources",
            "cut_off",
        )
        values: dict[str, list] = {name: [] for name in columns}
        gaps: list[tuple[bool, tuple[str, ...]] | None] = []  # views._in_gap, by row
        self.threads: list[tuple[tuple[int, int], ...]] = []  # views._threaded, by row (paragraph indices)
        self.written: list[frozenset[str] | None] = []  # views._written, by row
        for number, doc in enumerate(docs):
            for row in doc["rows"]:
                (
                    shape,
                    tokens,
                    value,
                    label,
                    weight,
                    count,
                    sentence,
                    ruled,
                    anchor,
                    structure,
                    gap,
                    listed,
                    threads,
                    sources,
                    cut_off,
                    written,
                ) = row
                for name in shape:
                    column = vocabulary.get(name)
                    if column is not None:
                        cols.append(column)
                        data.append(1.0)
                for name in tokens:
                    column = vocabulary.get(name)
                    if column is not None:
                        cols.append(column)
                        data.append(value)
                indptr.append(len(cols))
                items = (label, weight, count, number, sentence, ruled, anchor, structure, listed, sources, cut_off)
                for name, item in zip(columns, items, strict=True):
                    values[name].append(item)
                gaps.append(gap)
                self.threads.append(threads)
                self.written.append(written)
        self.matrix = sparse.csr_matrix((data, cols, indptr), shape=(len(values["labels"]), len(vocabulary)))
        for name in columns:
            setattr(self, name, np.array(values[name]))
        self.gap_clean = np.array([gap is not None for gap in gaps], dtype=bool)
        self.gap_structure = np.array([gap is not None and gap[0] for gap in gaps], dtype=bool)
        self.gap_labels = [gap[1] if gap else () for gap in gaps]
        self.gap_labelled = np.array([bool(labels) for labels in self.gap_labels], dtype=bool)
        self.docs = docs
        self.probability = np.zeros(len(self.labels))

    def group(self) -> np.ndarray:
        """Each row's group: source/kind of its document."""
        return (
            np.array([f"{doc['source']}/{doc['kind']}" for doc in self.docs])[self.doc_of]
            if self.docs
            else np.array([])
        )


def vocabulary_of(docs: list[dict]) -> dict[str, int]:
    pages: dict[str, int] = defaultdict(int)
    for doc in docs:
        seen = set()
        for shape, tokens, *_ in doc["rows"]:
            seen.update(shape)
            seen.update(tokens)
        for name in seen:
            pages[name] += 1
    return {name: k for k, name in enumerate(sorted(name for name, count in pages.items() if count >= MIN_PAGES))}


def view_of(doc: dict) -> str:
    """The view a document shows: ``page/html_text``, ``page/bs4_text``, ``crop`` or ``extract``."""
    return f"page/{doc['rendering']}" if doc["kind"] == "page" else doc["kind"]


def group_weights(table: Table) -> np.ndarray:
    """Each (source, view) group weighs the same in total; within it, rows weigh as labelled."""
    keys = np.array([f"{doc['source']}/{view_of(doc)}" for doc in table.docs])[table.doc_of]
    out = table.weights.astype(float).copy()
    out[table.labels < 0] = 0.0
    for key in set(keys):
        chosen = keys == key
        total = out[chosen].sum()
        if total:
            out[chosen] /= total
    return out / out[out > 0].mean()


def fit(docs: list[dict], c: float, tol: float = 1e-3) -> tuple[LogisticRegression, dict[str, int]]:
    """A logistic regression on every view of ``docs`` (features seen in fewer than MIN_PAGES of them pruned)."""
    vocabulary = vocabulary_of(docs)
    table = Table(docs, vocabulary)
    keep = table.labels >= 0
    model = LogisticRegression(C=c, max_iter=300, tol=tol, random_state=SEED)
    model.fit(table.matrix[keep], table.labels[keep], sample_weight=group_weights(table)[keep])
    return model, vocabulary


def predict(model: LogisticRegression, vocabulary: dict[str, int], docs: list[dict]) -> Table:
    table = Table(docs, vocabulary)
    table.probability = model.predict_proba(table.matrix)[:, 1]
    return table


def inside_article(table: Table) -> np.ndarray:
    """Whether each paragraph lies between the document's first and last article anchor the rules keep
    (:func:`cleantext.decision.anchors_article`), inclusive.

    :func:`cleantext.decision.decide_once` never lets the model alone remove a paragraph in that span.
    """
    anchor = table.anchors & (table.ruled <= SOME)
    counts = np.cumsum(anchor)
    starts = np.searchsorted(table.doc_of, table.doc_of, side="left")
    ends = np.searchsorted(table.doc_of, table.doc_of, side="right") - 1
    base = np.where(starts > 0, counts[np.maximum(starts - 1, 0)], 0)
    before = counts - base
    after = counts[ends] - counts + anchor
    return (before > 0) & (after > 0)


def between_kept_anchors(table: Table, gone: np.ndarray) -> np.ndarray:
    """The paragraphs ``gone`` that :func:`cleantext.decision.decide_once` keeps all the same: between two article
    anchors it keeps, in a gap where only the structure rules remove anything but labels, none twice (``_keep_between``),
    those of which the structure rules remove a line (a paragraph of labels only stays gone)."""
    kept = table.anchors & ~gone
    counts = np.cumsum(kept)
    starts = np.searchsorted(table.doc_of, table.doc_of, side="left")
    ends = np.searchsorted(table.doc_of, table.doc_of, side="right") - 1
    base = np.where(starts > 0, counts[np.maximum(starts - 1, 0)], 0)
    in_gap = ~kept & (counts - base > 0) & (counts[ends] - counts > 0)
    hit = in_gap & (gone | (table.ruled == SOME))
    unclean = np.bincount(counts[hit & ~table.gap_clean], minlength=len(counts) + 1)  # by gap: lines others remove
    seen: dict[int, set[str]] = {}
    for row in np.flatnonzero(hit & table.gap_labelled):
        for label in table.gap_labels[row]:  # a label twice in a gap: a menu's or a list's
            found = seen.setdefault(int(counts[row]), set())
            unclean[counts[row]] += label in found
            found.add(label)
    return hit & gone & table.gap_structure & (unclean[counts] == 0)


def threaded(table: Table, gone: np.ndarray) -> np.ndarray:
    """Which paragraphs the decision keeps of a forum thread the article is one post of (``decision._keep_thread``):
    those :func:`views._threaded` marks, in a thread that holds the document's first article anchor left."""
    out = np.zeros(len(gone), dtype=bool)
    rows = [row for row, threads in enumerate(table.threads) if threads]
    if not rows:
        return out
    starts = np.searchsorted(table.doc_of, table.doc_of, side="left")
    anchors = np.flatnonzero(table.anchors & (table.words >= cleantext.decision.SENTENCE_WORDS) & ~gone)
    first = dict(zip(table.doc_of[anchors[::-1]], anchors[::-1], strict=True))  # the first one wins
    for row in rows:
        anchor = first.get(table.doc_of[row])
        if anchor is not None:
            at = anchor - starts[row]
            out[row] = any(start < at <= reach for start, reach in table.threads[row])
    return out


def cohesive(table: Table, gone: np.ndarray) -> np.ndarray:
    """Which paragraphs ``gone`` the decision keeps as the article going on (``decision._keep_cohesive``): prose only
    ``outside-article`` removes that writes the words of what the decision keeps, in a document it keeps most of."""
    out = np.zeros(len(gone), dtype=bool)
    rows = np.flatnonzero(table.cut_off & gone)
    if not len(rows):
        return out
    count = len(table.docs)
    kept = np.bincount(table.doc_of, weights=table.words * ~gone, minlength=count)
    total = np.bincount(table.doc_of, weights=table.words, minlength=count)
    starts = np.searchsorted(table.doc_of, np.arange(count), side="left")
    ends = np.searchsorted(table.doc_of, np.arange(count), side="right")
    docs, firsts = np.unique(table.doc_of[rows], return_index=True)  # rows are in order, so each doc's run together
    for doc, cut in zip(docs.tolist(), np.split(rows, firsts[1:]), strict=True):
        if not cleantext.cohesion.mostly_kept(kept[doc], total[doc]):
            continue
        written: set[str] = set()
        for row in range(starts[doc], ends[doc]):
            if not gone[row]:
                written |= table.written[row]
        for row in cut:
            out[row] = cleantext.cohesion.shares(table.written[row], written)
    return out


def removed(table: Table, low: float, high: float, inside: float = 0.0, structure: float = 1.0) -> np.ndarray:
    """Whether each paragraph goes: certain rules always; rules unless the model is sure a sentence is article
    (or, from ``structure``, that a paragraph only the structure rules remove is); the model alone when sure,
    outside the article's span (inside it, under ``inside``, a paragraph that is no anchor), unless that would
    leave nothing of the document, and but for an article's list of its sources (``decision.article_sources``);
    what the structure rules (and repeated labels marking records) remove of a listing page's main list, and of a
    forum thread around the article, stays, and so does prose cut off from the article that writes its words
    (:func:`cohesive`)."""
    p = table.probability
    if not hasattr(table, "inside"):
        table.inside = inside_article(table)
    unruled = table.ruled == NONE
    alone = (unruled & (p < low) & ~table.inside) | (unruled & (p < inside) & table.inside & ~table.anchors)
    alone &= ~table.sources  # an article's list of its sources (decision.article_sources)
    ruled = (table.ruled == ALL) & ((p < high) | ~table.sentences | (high >= 1.0))
    if structure < 1.0:
        ruled &= ~(table.structure & ~table.sentences & (p >= structure))
    gone = (table.ruled == SURE) | ruled | alone
    gone &= ~between_kept_anchors(table, gone)
    gone &= ~table.listed  # a listing page's main list (decision._keep_listing)
    gone &= ~threaded(table, gone)  # a forum thread's posts around the article (decision._keep_thread)
    gone &= ~cohesive(table, gone)  # the article going on past a widget printed inside it (decision._keep_cohesive)
    left = np.bincount(table.doc_of, weights=~gone, minlength=len(table.docs))
    return gone & ~(alone & (left == 0)[table.doc_of])


def figures(table: Table, gone: np.ndarray, chosen: np.ndarray) -> dict[str, float]:
    """Removal precision / recall / F1 over labelled paragraphs, and the share of article-sentence words kept."""
    labelled = chosen & (table.labels >= 0)
    tp = (labelled & (table.labels == 0) & gone).sum()
    fp = (labelled & (table.labels == 1) & gone).sum()
    fn = (labelled & (table.labels == 0) & ~gone).sum()
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    content = chosen & (table.labels == 1) & table.sentences
    kept = table.words[content & ~gone].sum() / max(table.words[content].sum(), 1)
    return dict(
        precision=round(float(precision), 4),
        recall=round(float(recall), 4),
        f1=round(float(2 * precision * recall / max(precision + recall, 1e-9)), 4),
        kept=round(float(kept), 4),
    )


def mean_over_groups(table: Table, low: float, high: float) -> tuple[float, float]:
    """Mean F1 and mean article-sentence words kept over the table's source/kind groups."""
    gone = removed(table, low, high)
    groups = table.group()
    found = [figures(table, gone, groups == group) for group in sorted(set(groups))]
    return float(np.mean([item["f1"] for item in found])), float(np.mean([item["kept"] for item in found]))


def choose_thresholds(table: Table) -> tuple[float, float, dict]:
    rules_f1, rules_kept = mean_over_groups(table, 0.0, 1.0)
    floor = min(TARGET_KEPT, rules_kept) if rules_kept < TARGET_KEPT else TARGET_KEPT
    best = (rules_f1, 0.0, 1.0)
    for low in LOW_GRID:
        for high in HIGH_GRID:
            if high <= low:
                continue
            f1, kept = mean_over_groups(table, low, high)
            if kept >= floor and f1 > best[0]:
                best = (f1, low, high)
    chosen = dict(
        rules_f1=round(rules_f1, 4), rules_kept=round(rules_kept, 4), kept_floor=round(floor, 4), f1=round(best[0], 4)
    )
    return best[1], best[2], chosen


def report(name: str, table: Table, low: float, high: float, out: dict) -> None:
    groups = table.group()
    for group in sorted(set(groups)):
        chosen = groups == group
        rules = figures(table, removed(table, 0.0, 1.0), chosen)
        model = figures(table, removed(table, low, high), chosen)
        out.setdefault(name, {})[group] = dict(rules=rules, decision=model)
        print(
            f"{name:6} {group:24} rules P {rules['precision']:.3f} R {rules['recall']:.3f} F1 {rules['f1']:.3f} kept {rules['kept']:.4f}"
            f" | decision P {model['precision']:.3f} R {model['recall']:.3f} F1 {model['f1']:.3f} kept {model['kept']:.4f}",
            flush=True,
        )


def folds_by_host(docs: list[dict], count: int) -> list[int]:
    return [zlib.crc32(doc["host"].encode()) % count for doc in docs]


def model_bytes(
    model: LogisticRegression, vocabulary: dict[str, int], low: float, high: float, info: dict
) -> tuple[bytes, int]:
    """The model file's bytes (``cleantext.decision_model.write_model``: format ``cleantext-decision`` version 3)
    and its number of weights."""
    weights = {}
    for name, column in vocabulary.items():
        weight = float(model.coef_[0][column])
        if abs(weight) >= 1e-3:
            weights[name] = round(weight, 4)
    decision = cleantext.decision_model.DecisionModel(
        round(float(model.intercept_[0]), 4), dict(sorted(weights.items())), low, high, info
    )
    return write_model(decision), len(weights)


def predict_file(decision: cleantext.decision_model.DecisionModel, docs: list[dict]) -> Table:
    """A model file's probabilities on ``docs`` (to compare another model on the same rows)."""
    names = sorted(decision.weights)
    table = Table(docs, {name: k for k, name in enumerate(names)})
    logit = table.matrix @ np.array([decision.weights[name] for name in names]) + decision.bias
    table.probability = 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))
    return table


def plaintext_figure(
    decision: cleantext.decision_model.DecisionModel, records: list[dict]
) -> list[tuple[float, float, float]]:
    """Each page's shingle counts for the learned pipeline run with ``decision`` and its thresholds (the benchmark's metric)."""
    steps = cleantext.pipeline(
        cleantext.repair,
        partial(cleantext.keep_article, remove_below=decision.remove_below, keep_above=decision.keep_above),
        cleantext.tidy,
    )
    shipped = cleantext.decision.load_model
    cleantext.decision.load_model = lambda: decision  # the step reads its model through this name
    try:
        return [shingle_counts(record["gold"], steps(record["text"])) for record in records]
    finally:
        cleantext.decision.load_model = shipped


def concatenate(parts: list[Table]) -> Table:
    """One table of the rows of ``parts`` (their probabilities kept): the table of their documents, whose columns
    :class:`Table` makes from the rows as it makes each part's."""
    whole = Table([doc for part in parts for doc in part.docs], {})
    whole.probability = np.concatenate([part.probability for part in parts])
    return whole


def add_fit_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that decide the features and the fit (the features' cache key reads ``--data`` and ``--cap``), with
    the defaults the shipped model was trained with: this script's, and ``fold_models.py``'s."""
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "train")
    parser.add_argument("--cap", type=int, default=150, help="held-out pages per other source")
    parser.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--tol", type=float, default=1e-3, help="the lbfgs fit's stopping tolerance")
    parser.add_argument("--jobs", type=int, default=2)


def head_commit() -> str:
    """The checkout's commit, short, as a model file's provenance records it."""
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_fit_arguments(parser)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "cleantext" / "data" / "decision.bin.gz")
    parser.add_argument("--loso", action="store_true", help="also leave-one-source-out over every source")
    parser.add_argument(
        "--baseline", type=Path, help="also judge this model file (at its own thresholds) on the same held-out rows"
    )
    args = parser.parse_args()
    started = time.time()
    docs = features_of(args)
    shipped = [doc for doc in docs if doc["source"] in SHIPPED]
    held = [doc for doc in docs if doc["source"] not in SHIPPED]
    found: dict = {"extraction": extraction_counts(docs)}
    print(f"extraction (matched / left out lines): {found['extraction']}", flush=True)

    # 1. The shipped model on every view of the shipped sources; the thresholds from the validation sources.
    model, vocabulary = fit(shipped, args.C, args.tol)
    validation = predict(model, vocabulary, [doc for doc in held if doc["source"] in VALIDATION])
    low, high, chosen = choose_thresholds(validation)
    print(f"fit: {int(model.n_iter_[0])} lbfgs iterations (tol {args.tol})", flush=True)
    print(f"thresholds: remove below {low}, keep above {high} (validation: {chosen})", flush=True)
    found["thresholds"] = dict(remove_below=low, keep_above=high, **chosen)
    report("valid", validation, low, high, found)
    tested = [doc for doc in held if doc["source"] not in VALIDATION]
    report("test", predict(model, vocabulary, tested), low, high, found)
    if args.baseline:
        other = read_model(args.baseline.read_bytes())
        for name, chosen_docs in (("valid", [doc for doc in held if doc["source"] in VALIDATION]), ("test", tested)):
            report(f"base-{name}", predict_file(other, chosen_docs), other.remove_below, other.keep_above, found)

    commit = head_commit()
    info = dict(
        format_version=3,
        trained_on=list(SHIPPED),
        views=["page/html_text", "page/bs4_text", "crop", "extract"],
        extraction="trafilatura.extract(html, favor_recall=True, output_format='txt'), trafilatura "
        + __import__("trafilatura").__version__,
        weighting="each (source, view) group the same total weight; prose boilerplate lines 0.3",
        documents=sum(doc["kind"] == "page" for doc in shipped),
        command="python training/train_decision.py" + (" --loso" if args.loso else ""),
        commit=commit,
        seed=SEED,
        C=args.C,
        tol=args.tol,
        iterations=int(model.n_iter_[0]),
        validated_on=list(VALIDATION),
        threshold_rule="best mean removal F1 on the validation sources (pages, crops and extractions) keeping at least as many article-sentence words as the rules alone, and 99.5% if the rules keep that much",
    )
    raw, count = model_bytes(model, vocabulary, low, high, info)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(raw)
    print(f"wrote {args.out}: {count} weights, {len(raw)} bytes", flush=True)

    def provenance() -> None:
        record = dict(info, features=count, figures=found, seconds=round(time.time() - started))
        args.out.with_name("decision.provenance.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    provenance()

    # 2. Out-of-fold figures on the shipped sources (5 folds by host), at those thresholds; the plaintext
    #    dev set's pages also by its benchmark's metric, each page cleaned with its fold's model.
    folds = folds_by_host(shipped, 5)
    pages = plaintext_pages(args.data.parent)
    parts, counts = [], []
    for k in range(5):
        train = [doc for doc, fold in zip(shipped, folds, strict=True) if fold != k]
        test = [doc for doc, fold in zip(shipped, folds, strict=True) if fold == k]
        fold_model, fold_vocabulary = fit(train, args.C, args.tol)
        parts.append(predict(fold_model, fold_vocabulary, test))
        judged = [pages[doc["id"]] for doc in test if doc["source"] == PLAINTEXT and doc["kind"] == "page"]
        decision = read_model(model_bytes(fold_model, fold_vocabulary, low, high, {})[0])
        counts += plaintext_figure(decision, judged)
    report("oof", concatenate(parts), low, high, found)
    scores = {name: round(value, 4) for name, value in page_scores(counts).items()}
    found["oof-plaintext-benchmark"] = dict(pages=len(counts), **scores)
    print(f"oof    plaintext_dev benchmark metric ({len(counts)} pages, learned pipeline): {scores}", flush=True)
    provenance()

    # 3. Leave one source out, every source (trained on all the others, thresholds as chosen above).
    if args.loso:
        for source in sorted({doc["source"] for doc in docs}):
            loso_model, loso_vocabulary = fit([doc for doc in docs if doc["source"] != source], args.C, args.tol)
            report(
                "loso",
                predict(loso_model, loso_vocabulary, [doc for doc in docs if doc["source"] == source]),
                low,
                high,
                found,
            )
        provenance()


if __name__ == "__main__":
    main()
