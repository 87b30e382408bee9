"""Train the article decision's model (``src/cleantext/data/decision.json.gz``); report held-out figures.

Usage (from the repository root, with the ``train`` extra installed)::

    python training/train_decision.py            # features, fit, thresholds, figures, model + provenance
    python training/train_decision.py --loso     # also leave-one-source-out over every source (slower)

What it does, seeded and in this order:

1. Reads ``../shared/data/train`` (see its README): pages rendered to text, each non-blank line labelled
   content / boilerplate / unsure. Every page of the *shipped* sources (licences that allow it: wcxb
   CC-BY-4.0, zh_content MIT) trains the model. Other sources (research-only, AGPL, no licence stated)
   never train the shipped model: up to ``--cap`` pages of each are held out.
2. Reads every page, and the *crop* of each ``html_text`` page (the article region with 0-3 lines before
   it and up to 10 after: what extractors and scrapers return, chrome left in), with the package's own
   :func:`cleantext.decision.read_paragraphs`: a paragraph's local features and what the rules would
   remove of it. A paragraph is article (1) when its lines are all content, chrome (0) when all
   boilerplate, and left out otherwise. Prose boilerplate (sentences the gold left out) weighs 0.3.
   Each (source, rendering) group weighs the same in total. The model is trained on pages; the
   crops judge it.
3. Fits a logistic regression on the shipped sources' pages (features seen on fewer than 3 pages pruned).
4. Chooses the two thresholds on two *validation* sources of scraped news it never trained on
   (ir_research, l3s_gn1; pages and crops, each the same weight): the pair with the best mean
   line-removal F1 among those that keep at least as many words of article sentences as the rules
   alone do, and at least 99.5%, if the rules keep that much. Nothing is chosen on the other sources:
   they are *test* sources.
5. Reports, for the rules alone and for the decision: validation and test sources (held out), 5-fold
   out-of-fold figures on the shipped sources (grouped by host), and with ``--loso`` each source
   judged by a model trained on all the others (thresholds kept from step 4).
6. Writes the model and ``decision.provenance.json`` (data, command, commit, every figure).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import subprocess
import time
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from cleantext.blocks import ends_sentence
from cleantext.decision import CERTAIN, read_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("wcxb", "zh_content")
#: Scraped news the shipped model never trains on, used for one choice only: the thresholds.
VALIDATION = ("ir_research", "l3s_gn1")
TARGET_KEPT = 0.995
MIN_PAGES = 3
SEED = 13
#: An article paragraph this long that ends a sentence is an article sentence (see ``kept_share``).
SENTENCE_WORDS = 8
#: The modules whose code decides the features (a change to any of them makes the cache stale).
FEATURE_CODE = (
    "features.py",
    "decision.py",
    "options.py",
    "rules.py",
    "chrome.py",
    "chrome_engine.py",
    "chrome_analysis.py",
    "codeblocks.py",
    "structure.py",
    "duplicates.py",
    "blocks.py",
)
#: What the rules decided of a paragraph.
NONE, SOME, ALL, SURE = 0, 1, 2, 3
LOW_GRID = (0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4)
HIGH_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0)


def load(data: Path, cap: int) -> list[dict]:
    """Every record of the shipped sources; up to ``cap`` pages (both renderings) of each other source."""
    rng = random.Random(SEED)
    out = []
    for path in sorted(data.glob("*.jsonl.gz")):
        if path.name.endswith(".html.jsonl.gz"):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        source = records[0]["source"]
        if source not in SHIPPED:
            ids = sorted({record["id"] for record in records})
            rng.shuffle(ids)
            chosen = set(ids[:cap])
            records = [record for record in records if record["id"] in chosen]
        for record in records:
            host = urlparse(record.get("url") or "").netloc.lower().removeprefix("www.") or record["id"]
            out.append(
                dict(
                    source=source,
                    host=host,
                    id=record["id"],
                    rendering=record["rendering"],
                    text=record["text"],
                    labels=record["labels"],
                    prose=record.get("prose_boilerplate_lines") or [],
                )
            )
    return out


def crop(lines: list[str], labels: list, rng: random.Random) -> tuple[list[str], list] | None:
    """The article region with 0-3 non-blank lines before it and 0-10 after (what extractors leave)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    content = [k for k, index in enumerate(filled) if labels[index] == "content"]
    if not content:
        return None
    start = max(0, content[0] - rng.randint(0, 3))
    end = min(len(filled) - 1, content[-1] + rng.randint(0, 10))
    return lines[filled[start] : filled[end] + 1], labels[filled[start] : filled[end] + 1]


def _label(lines: range, labels: list, prose: set[int]) -> tuple[int, float]:
    found = [labels[index] for index in lines if labels[index]]
    if not found or "unsure" in found:
        return -1, 0.0
    if all(label == "content" for label in found):
        return 1, 1.0
    if "content" in found:
        return -1, 0.0
    return 0, (0.3 if any(index in prose for index in lines) else 1.0)


def _ruled(reading) -> int:
    if any((edit.step, edit.reason) in CERTAIN for edit in reading.ruled.values()):
        return SURE
    if not reading.ruled:
        return NONE
    return ALL if len(reading.ruled) == len(reading.paragraph.lines) else SOME


def featurize(doc: dict) -> list[dict]:
    """Feature rows of a record's page and, for ``html_text``, of its crop."""
    rng = random.Random(f"{SEED}:{doc['id']}:{doc['rendering']}")
    lines = doc["text"].split("\n")
    labels = doc["labels"]
    shown = [("page", lines, labels, set(doc["prose"]))]
    if doc["rendering"] == "html_text":
        cropped = crop(lines, labels, rng)
        if cropped:
            shown.append(("crop", cropped[0], cropped[1], set()))
    out = []
    for kind, view, view_labels, view_prose in shown:
        rows = []
        for reading in read_paragraphs(view):
            paragraph = reading.paragraph
            label, weight = _label(paragraph.lines, view_labels, view_prose)
            sentence = paragraph.words >= SENTENCE_WORDS and ends_sentence(paragraph.text)
            features = reading.features
            rows.append(
                (
                    features.shape,
                    features.tokens,
                    features.token_value,
                    label,
                    weight,
                    paragraph.words,
                    sentence,
                    _ruled(reading),
                )
            )
        out.append(
            dict(source=doc["source"], host=doc["host"], id=doc["id"], rendering=doc["rendering"], kind=kind, rows=rows)
        )
    return out


class Table:
    """Paragraph rows of many documents as one sparse matrix over a fixed vocabulary."""

    def __init__(self, docs: list[dict], vocabulary: dict[str, int]) -> None:
        data, cols, indptr = [], [], [0]
        columns = ("labels", "weights", "words", "doc_of", "sentences", "ruled")
        values: dict[str, list] = {name: [] for name in columns}
        for number, doc in enumerate(docs):
            for shape, tokens, value, label, weight, count, sentence, ruled in doc["rows"]:
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
                for name, item in zip(columns, (label, weight, count, number, sentence, ruled), strict=True):
                    values[name].append(item)
        self.matrix = sparse.csr_matrix((data, cols, indptr), shape=(len(values["labels"]), len(vocabulary)))
        for name in columns:
            setattr(self, name, np.array(values[name]))
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


def group_weights(table: Table) -> np.ndarray:
    """Each (source, rendering) group weighs the same; within it, rows weigh as labelled."""
    keys = np.array([f"{doc['source']}/{doc['rendering']}" for doc in table.docs])[table.doc_of]
    out = table.weights.astype(float).copy()
    out[table.labels < 0] = 0.0
    for key in set(keys):
        chosen = keys == key
        total = out[chosen].sum()
        if total:
            out[chosen] /= total
    return out / out[out > 0].mean()


def fit(docs: list[dict], c: float) -> tuple[LogisticRegression, dict[str, int]]:
    pages = [doc for doc in docs if doc["kind"] == "page"]
    vocabulary = vocabulary_of(pages)
    table = Table(pages, vocabulary)
    keep = table.labels >= 0
    model = LogisticRegression(C=c, max_iter=300, tol=1e-3, random_state=SEED)
    model.fit(table.matrix[keep], table.labels[keep], sample_weight=group_weights(table)[keep])
    return model, vocabulary


def predict(model: LogisticRegression, vocabulary: dict[str, int], docs: list[dict]) -> Table:
    table = Table(docs, vocabulary)
    table.probability = model.predict_proba(table.matrix)[:, 1]
    return table


def inside_article(table: Table) -> np.ndarray:
    """Whether each paragraph lies between the document's first and last article sentence the rules keep, inclusive.

    :func:`cleantext.decision.decide_once` never lets the model alone remove a paragraph in that span.
    """
    anchor = table.sentences & (table.ruled <= SOME)
    counts = np.cumsum(anchor)
    starts = np.searchsorted(table.doc_of, table.doc_of, side="left")
    ends = np.searchsorted(table.doc_of, table.doc_of, side="right") - 1
    base = np.where(starts > 0, counts[np.maximum(starts - 1, 0)], 0)
    before = counts - base
    after = counts[ends] - counts + anchor
    return (before > 0) & (after > 0)


def removed(table: Table, low: float, high: float) -> np.ndarray:
    """Whether each paragraph goes: certain rules always; rules unless the model is sure a sentence is article;
    the model alone when sure, outside the article's span."""
    p = table.probability
    if not hasattr(table, "inside"):
        table.inside = inside_article(table)
    return (
        (table.ruled == SURE)
        | ((table.ruled == ALL) & ((p < high) | ~table.sentences | (high >= 1.0)))
        | ((table.ruled == NONE) & (p < low) & ~table.inside)
    )


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


def write_model(
    path: Path, model: LogisticRegression, vocabulary: dict[str, int], low: float, high: float, info: dict
) -> int:
    weights = {}
    for name, column in vocabulary.items():
        weight = float(model.coef_[0][column])
        if abs(weight) >= 1e-3:
            weights[name] = round(weight, 4)
    body = dict(
        format="cleantext-decision",
        version=2,
        bias=round(float(model.intercept_[0]), 4),
        remove_below=low,
        keep_above=high,
        weights=dict(sorted(weights.items())),
        info=info,
    )
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw, mtime=0))
    return len(weights)


def features_of(args: argparse.Namespace) -> list[dict]:
    """Every document's feature rows, cached under training/.cache by the code that makes them."""
    code = b"".join((ROOT / "src" / "cleantext" / name).read_bytes() for name in FEATURE_CODE)
    key = zlib.crc32(code + f"{args.cap}:{SEED}:{args.data}".encode())
    cache = ROOT / "training" / ".cache" / f"features-{key:08x}.pickle"
    if cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    started = time.time()
    records = load(args.data, args.cap)
    with ProcessPoolExecutor(args.jobs) as pool:
        docs = [doc for found in pool.map(featurize, records, chunksize=8) for doc in found]
    print(f"features: {len(docs)} documents from {len(records)} records in {time.time() - started:.0f} s", flush=True)
    cache.parent.mkdir(exist_ok=True)
    with cache.open("wb") as handle:
        pickle.dump(docs, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "train")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "cleantext" / "data" / "decision.json.gz")
    parser.add_argument("--cap", type=int, default=150, help="held-out pages per other source")
    parser.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--loso", action="store_true", help="also leave-one-source-out over every source")
    args = parser.parse_args()
    started = time.time()
    docs = features_of(args)
    shipped = [doc for doc in docs if doc["source"] in SHIPPED]
    held = [doc for doc in docs if doc["source"] not in SHIPPED]
    found: dict = {}

    # 1. The shipped model on all shipped pages; the thresholds from the validation sources.
    model, vocabulary = fit(shipped, args.C)
    validation = predict(model, vocabulary, [doc for doc in held if doc["source"] in VALIDATION])
    low, high, chosen = choose_thresholds(validation)
    print(f"thresholds: remove below {low}, keep above {high} (validation: {chosen})", flush=True)
    found["thresholds"] = dict(remove_below=low, keep_above=high, **chosen)
    report("valid", validation, low, high, found)
    report(
        "test", predict(model, vocabulary, [doc for doc in held if doc["source"] not in VALIDATION]), low, high, found
    )

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    info = dict(
        format_version=2,
        trained_on=list(SHIPPED),
        documents=sum(doc["kind"] == "page" for doc in shipped),
        command="python training/train_decision.py" + (" --loso" if args.loso else ""),
        commit=commit,
        seed=SEED,
        C=args.C,
        validated_on=list(VALIDATION),
        threshold_rule="best mean removal F1 on the validation sources (pages and crops) keeping at least as many article-sentence words as the rules alone, and 99.5% if the rules keep that much",
    )
    count = write_model(args.out, model, vocabulary, low, high, info)
    print(f"wrote {args.out}: {count} weights, {args.out.stat().st_size} bytes", flush=True)

    def provenance() -> None:
        record = dict(info, features=count, figures=found, seconds=round(time.time() - started))
        args.out.with_name("decision.provenance.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    provenance()

    # 2. Out-of-fold figures on the shipped sources (5 folds by host), at those thresholds.
    folds = folds_by_host(shipped, 5)
    parts = []
    for k in range(5):
        train = [doc for doc, fold in zip(shipped, folds, strict=True) if fold != k]
        test = [doc for doc, fold in zip(shipped, folds, strict=True) if fold == k]
        fold_model, fold_vocabulary = fit(train, args.C)
        parts.append(predict(fold_model, fold_vocabulary, test))
    oof = Table([doc for part in parts for doc in part.docs], {})
    for name in ("labels", "weights", "words", "sentences", "ruled", "probability"):
        setattr(oof, name, np.concatenate([getattr(part, name) for part in parts]))
    oof.doc_of = np.concatenate([part.doc_of + sum(len(p.docs) for p in parts[:k]) for k, part in enumerate(parts)])
    report("oof", oof, low, high, found)
    provenance()

    # 3. Leave one source out, every source (trained on all the others, thresholds as chosen above).
    if args.loso:
        for source in sorted({doc["source"] for doc in docs}):
            loso_model, loso_vocabulary = fit([doc for doc in docs if doc["source"] != source], args.C)
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
