"""Train the article decision model shipped as ``src/cleantext/data/decision.json.gz``; report held-out figures.

Usage (from the repository root, with the ``train`` extra installed)::

    python training/train_decision.py            # features, cross-validation, fit, write model + provenance
    python training/train_decision.py --loso     # also leave-one-source-out over every source (slow)

What it does, seeded and in this order:

1. Reads ``../shared/data/train`` (see its README): pages rendered to text, each non-blank line labelled
   content / boilerplate / unsure. Every record of the *shipped* sources (licences that allow it:
   wcxb CC-BY-4.0, zh_content MIT) is a training page; so is its *crop*, the article region with a few
   lines before and up to ten after (what extractors and scrapers return: an article with chrome left
   in); so is its gold article alone (text already clean must stay as it is). Other sources (research-only, AGPL, no licence) are never trained on for the shipped model:
   up to ``--cap`` pages of each are held out to judge it.
2. Builds each paragraph's features with the package's own code (``rule_hits`` + ``paragraph_features``);
   a paragraph is article (1) when its lines are all content, chrome (0) when all boilerplate, and left
   out otherwise. Prose boilerplate (sentences the gold left out) weighs 0.3; each (source, rendering,
   page-or-crop) group weighs the same in total.
3. Reports 5-fold cross-validation grouped by host over the shipped sources (out of fold).
4. Fits on all shipped data (features seen in fewer than 3 pages pruned) and chooses the threshold on
   two *validation* sources of scraped news it never trained on (ir_research, l3s_gn1): the highest
   probability at which 99.5% of their article words are still kept (each source, page or crop, the
   same weight). The remaining sources are *test* sources: nothing is chosen by looking at them.
5. Writes the model and ``decision.provenance.json`` (data, command, commit, every figure below).

Every figure printed is out of fold (shipped sources), on validation sources (where the threshold was
chosen: say so when quoting them) or on test sources never looked at to choose anything.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import subprocess
import sys
import time
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from metrics import page_scores, shingle_counts  # noqa: E402

from cleantext.blocks import paragraphs  # noqa: E402
from cleantext.features import paragraph_features, rule_hits  # noqa: E402

SHIPPED = ("wcxb", "zh_content")
#: Scraped news the shipped model never trains on, used for one choice only: the threshold.
VALIDATION = ("ir_research", "l3s_gn1")
TARGET_KEPT = 0.995
MIN_PAGES = 3
SEED = 13
#: An article paragraph this long that ends a sentence is an article sentence (see ``kept_share``).
SENTENCE_WORDS = 8
#: The modules whose code decides the features (a change to any of them makes the cache stale).
FEATURE_CODE = ("features.py", "rules.py", "chrome.py", "structure.py", "duplicates.py", "blocks.py")


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
                    gold=record["gold"],
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


def featurize(doc: dict) -> list[dict]:
    """Feature rows of a record's page and, once per page (``html_text``), its crop and its gold article alone.

    The article alone ("clean") teaches that text already cleaned stays as it is: cleaning the output
    again, or feeding an extractor's clean output, must not cut the first or last paragraphs.
    """
    rng = random.Random(f"{SEED}:{doc['id']}:{doc['rendering']}")
    lines = doc["text"].split("\n")
    labels = doc["labels"]
    prose = set(doc["prose"])
    shown = [("page", lines, labels, prose)]
    if doc["rendering"] == "html_text":
        cropped = crop(lines, labels, rng)
        if cropped:
            shown.append(("crop", cropped[0], cropped[1], set()))
        article = [line for line in doc["gold"].split("\n") if line.strip()]
        if article:
            shown.append(("clean", article, ["content"] * len(article), set()))
    out = []
    for kind, view, view_labels, view_prose in shown:
        found = paragraphs(view)
        features = paragraph_features(found, rule_hits(view))
        rows = []
        for paragraph, each in zip(found, features, strict=True):
            label, weight = _label(paragraph.lines, view_labels, view_prose)
            rows.append((each.shape, each.tokens, each.token_value, label, weight, paragraph.words, paragraph.text))
        out.append(
            dict(
                source=doc["source"],
                host=doc["host"],
                id=doc["id"],
                rendering=doc["rendering"],
                kind=kind,
                gold=doc["gold"],
                rows=rows,
            )
        )
    return out


class Table:
    """Paragraph rows of many documents as one sparse matrix over a fixed vocabulary."""

    def __init__(self, docs: list[dict], vocabulary: dict[str, int]) -> None:
        data, cols, indptr = [], [], [0]
        labels, weights, words, doc_of, sentences = [], [], [], [], []
        for number, doc in enumerate(docs):
            for shape, tokens, value, label, weight, count, _ in doc["rows"]:
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
                labels.append(label)
                weights.append(weight)
                words.append(count)
                doc_of.append(number)
                sentences.append(count >= SENTENCE_WORDS and "ends:sentence" in shape)
        self.matrix = sparse.csr_matrix((data, cols, indptr), shape=(len(labels), len(vocabulary)))
        self.labels = np.array(labels)
        self.weights = np.array(weights)
        self.words = np.array(words)
        self.doc_of = np.array(doc_of)
        self.sentences = np.array(sentences, dtype=bool)
        self.docs = docs


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
    """Each (source, rendering, kind) group weighs the same; within it, rows weigh as labelled."""
    keys = [(doc["source"], doc["rendering"], doc["kind"]) for doc in table.docs]
    out = table.weights.astype(float).copy()
    totals: dict[tuple, float] = defaultdict(float)
    for row, number in enumerate(table.doc_of):
        if table.labels[row] >= 0:
            totals[keys[number]] += out[row]
    for row, number in enumerate(table.doc_of):
        total = totals.get(keys[number])
        out[row] = out[row] / total if total else 0.0
    return out / out[out > 0].mean()


def fit(docs: list[dict], c: float) -> tuple[LogisticRegression, dict[str, int]]:
    vocabulary = vocabulary_of(docs)
    table = Table(docs, vocabulary)
    keep = table.labels >= 0
    model = LogisticRegression(C=c, max_iter=300, tol=1e-3, random_state=SEED)
    model.fit(table.matrix[keep], table.labels[keep], sample_weight=group_weights(table)[keep])
    return model, vocabulary


def predict(model: LogisticRegression, vocabulary: dict[str, int], docs: list[dict]) -> Table:
    table = Table(docs, vocabulary)
    table.probability = model.predict_proba(table.matrix)[:, 1]
    return table


def kept_share(table: Table, threshold: float) -> float:
    """Words of article sentences kept, each source's pages and crops weighing the same.

    Article sentences are article paragraphs of at least ``SENTENCE_WORDS`` words that end a sentence:
    the training labels also count headlines, bylines, datelines and captions as article, which the
    scoring of scraped news leaves unscored (either way is right), so they do not set the threshold.
    """
    shares = []
    sources = np.array([f"{doc['source']}/{doc['kind']}" for doc in table.docs])[table.doc_of]
    for source in sorted(set(sources)):
        content = (table.labels == 1) & (sources == source) & table.sentences
        total = table.words[content].sum()
        if total:
            shares.append(table.words[content & (table.probability >= threshold)].sum() / total)
    return float(np.mean(shares))


def choose_threshold(table: Table) -> float:
    grid = [round(x, 3) for x in np.arange(0.01, 0.9, 0.01)]
    best = grid[0]
    for threshold in grid:
        if kept_share(table, threshold) >= TARGET_KEPT:
            best = threshold
    return best


def scores(table: Table, threshold: float, select) -> dict[str, float]:
    """Line-level (paragraph rows weighted by lines) removal P/R/F1, article words kept, page shingle F1."""
    chosen = np.array([bool(select(doc)) for doc in table.docs])[table.doc_of]
    removed = table.probability < threshold
    labelled = chosen & (table.labels >= 0)
    tp = (labelled & (table.labels == 0) & removed).sum()
    fp = (labelled & (table.labels == 1) & removed).sum()
    fn = (labelled & (table.labels == 0) & ~removed).sum()
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    content = chosen & (table.labels == 1)
    kept = table.words[content & ~removed].sum() / max(table.words[content].sum(), 1)
    counts = []
    for number, doc in enumerate(table.docs):
        if not select(doc) or doc["kind"] != "page":
            continue
        rows = np.where(table.doc_of == number)[0]
        output = "\n".join(doc["rows"][k][6] for k, row in enumerate(rows) if not removed[row])
        counts.append(shingle_counts(doc["gold"], output))
    page = page_scores(counts) if counts else {"f1": float("nan")}
    return dict(
        precision=round(float(precision), 4),
        recall=round(float(recall), 4),
        f1=round(float(2 * precision * recall / max(precision + recall, 1e-9)), 4),
        kept=round(float(kept), 4),
        page_f1=round(float(page["f1"]), 4),
    )


def report(name: str, table: Table, threshold: float, out: dict) -> None:
    for source in sorted({doc["source"] for doc in table.docs}):
        for kind in ("page", "crop", "clean"):
            figures = scores(table, threshold, lambda doc, s=source, k=kind: doc["source"] == s and doc["kind"] == k)
            out.setdefault(name, {})[f"{source}/{kind}"] = figures
            print(f"{name:9} {source:16} {kind:5} " + " ".join(f"{key}={value}" for key, value in figures.items()))


def folds_by_host(docs: list[dict], count: int) -> list[int]:
    return [zlib.crc32(doc["host"].encode()) % count for doc in docs]


def write_model(path: Path, model: LogisticRegression, vocabulary: dict[str, int], threshold: float, info: dict) -> int:
    weights = {}
    for name, column in vocabulary.items():
        weight = float(model.coef_[0][column])
        if abs(weight) >= 1e-3:
            weights[name] = round(weight, 4)
    body = dict(
        format="cleantext-decision",
        version=1,
        bias=round(float(model.intercept_[0]), 4),
        threshold=threshold,
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
    figures: dict = {}

    # 1. The shipped model: all shipped data; the threshold from the validation sources.
    model, vocabulary = fit(shipped, args.C)
    validation = predict(model, vocabulary, [doc for doc in held if doc["source"] in VALIDATION])
    threshold = choose_threshold(validation)
    print(f"threshold {threshold} (validation article words kept: {kept_share(validation, threshold):.4f})", flush=True)
    report("valid", validation, threshold, figures)
    report(
        "test", predict(model, vocabulary, [doc for doc in held if doc["source"] not in VALIDATION]), threshold, figures
    )

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    info = dict(
        format_version=1,
        trained_on=list(SHIPPED),
        documents=len(shipped),
        command="python training/train_decision.py" + (" --loso" if args.loso else ""),
        commit=commit,
        seed=SEED,
        C=args.C,
        validated_on=list(VALIDATION),
        threshold_rule=f"highest threshold keeping {TARGET_KEPT} of the words of article sentences on the validation sources",
    )
    count = write_model(args.out, model, vocabulary, threshold, info)
    print(f"wrote {args.out}: {count} weights, {args.out.stat().st_size} bytes", flush=True)

    def provenance() -> None:
        record = dict(info, features=count, figures=figures, seconds=round(time.time() - started))
        args.out.with_name("decision.provenance.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    provenance()

    # 2. Out-of-fold figures on the shipped sources (5 folds by host), at that threshold.
    folds = folds_by_host(shipped, 5)
    parts = []
    for k in range(5):
        train = [doc for doc, f in zip(shipped, folds, strict=True) if f != k]
        test = [doc for doc, f in zip(shipped, folds, strict=True) if f == k]
        fold_model, fold_vocabulary = fit(train, args.C)
        parts.append(predict(fold_model, fold_vocabulary, test))
        print(f"fold {k}: {time.time() - started:.0f} s", flush=True)
    oof_docs = [doc for part in parts for doc in part.docs]
    oof = Table(oof_docs, {})
    oof.probability = np.concatenate([part.probability for part in parts])
    report("oof", oof, threshold, figures)

    # 3. Leave one source out, every source (the method, trained on all the others).
    if args.loso:
        for source in sorted({doc["source"] for doc in docs}):
            loso_model, loso_vocabulary = fit([doc for doc in docs if doc["source"] != source], args.C)
            table = predict(loso_model, loso_vocabulary, [doc for doc in docs if doc["source"] == source])
            report("loso", table, threshold, figures)

    provenance()


if __name__ == "__main__":
    main()
