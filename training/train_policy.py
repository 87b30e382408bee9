"""Train the policy sentence score (``src/cleantext/data/policy_words.bin.gz``); report out-of-fold figures.

Usage (from the repository root, with the ``train`` extra installed)::

    python training/train_policy.py

What it does, seeded and in this order:

1. Sentences of comment policies: the chrome lines of the seed-family documents ``bench/bench_seed_family.py``
   generates (200 a family, seed 10), of the families already used to design the notice (:data:`FAMILIES`; the
   families held out to judge it are never read), box furniture ("12 Comments", "Log In") left out. Each line is
   split into sentences; each distinct sentence counts once, at most :data:`PER_FAMILY` a family (drawn with
   :data:`SEED`), so that no family's wording dominates.
2. Sentences of articles: the ``content`` lines of the English wcxb pages of ``../shared/data/train``
   (CC-BY-4.0; rendering ``html_text``), and the gold article text of ``../shared/data/plaintext_dev.jsonl``
   (the ScrapingHub benchmark's news pages, MIT; each page a group of its own). The seed-family documents' own articles are realtext_dev's (publishers'
   texts, as the article decision never reads them either) and the seed's: they are not read. A sentence also
   found among the policies' is left out of the articles'.
3. Fits a logistic regression on words and word pairs (lower case, binary, seen in at least :data:`MIN_DF`
   sentences; classes weighed alike), keeps the weights of at least :data:`PRUNE` and rounds them to 3 places.
4. Reports out-of-fold figures: 5 folds grouped by family (policies) and by host (articles), each fold's model
   pruned as the shipped one is: the share of policy and article sentences scoring at or above
   :data:`~cleantext.policy_words.POLICY_SCORE` and at or below :data:`~cleantext.policy_words.ARTICLE_SCORE`.
5. Writes the model (deterministic bytes; the article decision's file format, :mod:`cleantext.decision_model`,
   its two thresholds :data:`~cleantext.policy_words.ARTICLE_SCORE` and :data:`~cleantext.policy_words.POLICY_SCORE`) and ``policy_words.provenance.json`` (data, command, commit, figures).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from cleantext.decision_model import DecisionModel, write_model  # noqa: E402
from cleantext.policy_words import ARTICLE_SCORE, POLICY_SCORE, TOKEN  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "train" / "wcxb.jsonl.gz"
PLAINTEXT = ROOT.parent / "shared" / "data" / "plaintext_dev.jsonl"
OUT = ROOT / "src" / "cleantext" / "data" / "policy_words.bin.gz"
PROVENANCE = OUT.with_name("policy_words.provenance.json")
#: The seed families already used to design the notice; 157-160 and 205 on are held out.
FAMILIES = [f"reworded-{k}" for k in [*range(4, 157), *range(161, 205)]]
SEED = 0
PER_FAMILY = 600
MIN_DF = 3
PRUNE = 0.1
C = 1.0
FOLDS = 5
#: The comment box's furniture, not a policy's sentence.
_FURNITURE = re.compile(
    r"^\s*\(?\d+\)?\s+comments?\s*$|^Welcome to the discussion|^(Log In|Sign Up|Watch this discussion|Stop watching)",
    re.I,
)
_SPLIT = re.compile(r"(?<=[.!?\"”’)])\s+(?=[A-Z0-9\"“‘(\[])")


def sentences(line: str) -> list[str]:
    """The line's sentences of three words or more."""
    return [s for s in _SPLIT.split(line.replace("\u00c2", " ").strip()) if len(s.split()) >= 3]


def seed_family_sentences() -> dict[str, str]:
    """Policy sentences (sentence -> family) of the design families."""
    import bench_seed_family

    documents = bench_seed_family.generate(200, 10)
    policy: dict[str, str] = {}
    for family in FAMILIES:
        for lines, is_article in documents[family]:
            for line, keep in zip(lines, is_article, strict=True):
                if not keep and len(line.split()) >= 4 and not _FURNITURE.search(line):
                    for sentence in sentences(line):
                        policy.setdefault(sentence, family)
    return policy


def wcxb_sentences() -> dict[str, str]:
    """Article sentences (sentence -> host) of the English wcxb pages."""
    found: dict[str, str] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as records:
        for raw in records:
            record = json.loads(raw)
            if record["rendering"] != "html_text" or record.get("lang") != "en":
                continue
            host = "wcxb:" + (record["url"].split("/")[2] if record.get("url") else record["id"])
            for line, label in zip(record["text"].split("\n"), record["labels"], strict=True):
                if label == "content" and len(line.split()) >= 4:
                    for sentence in sentences(line):
                        found.setdefault(sentence, host)
    return found


def plaintext_sentences() -> dict[str, str]:
    """Article sentences (sentence -> page) of plaintext_dev's gold texts."""
    found: dict[str, str] = {}
    for raw in PLAINTEXT.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        for paragraph in record["gold"].split("\n"):
            if len(paragraph.split()) >= 4:
                for sentence in sentences(paragraph):
                    found.setdefault(sentence, "plaintext:" + record["id"])
    return found


def dataset() -> tuple[list[str], np.ndarray, list[str], dict[str, int]]:
    """Sentences, labels (1: a policy's), groups, and counts."""
    policy = seed_family_sentences()
    article = wcxb_sentences()
    article.update((s, g) for s, g in plaintext_sentences().items() if s not in article)
    rng = random.Random(SEED)
    drawn = list(policy.items())
    rng.shuffle(drawn)
    taken: dict[str, int] = {}
    positives = []
    for sentence, family in drawn:
        if taken.get(family, 0) < PER_FAMILY:
            taken[family] = taken.get(family, 0) + 1
            positives.append((sentence, family))
    negatives = [(s, g) for s, g in article.items() if s not in policy]
    texts = [s for s, _ in positives] + [s for s, _ in negatives]
    labels = np.array([1] * len(positives) + [0] * len(negatives))
    groups = [g for _, g in positives] + [g for _, g in negatives]
    counts = {
        "policy_sentences_distinct": len(policy),
        "policy_sentences_used": len(positives),
        "article_sentences_used": len(negatives),
    }
    return texts, labels, groups, counts


def vectorizer() -> CountVectorizer:
    """Words and word pairs, lower case, present or not."""
    return CountVectorizer(lowercase=True, token_pattern=TOKEN, ngram_range=(1, 2), min_df=MIN_DF, binary=True)


def pruned(model: LogisticRegression) -> tuple[float, np.ndarray]:
    """The bias and weights as shipped: rounded, the small ones dropped."""
    weights = np.round(model.coef_[0], 3)
    weights[np.abs(weights) < PRUNE] = 0.0
    return round(float(model.intercept_[0]), 3), weights


def train(texts: list[str], labels: np.ndarray) -> tuple[CountVectorizer, LogisticRegression]:
    """The vectorizer and the model fitted on ``texts``."""
    words = vectorizer()
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    model.fit(words.fit_transform(texts), labels)
    return words, model


def out_of_fold(texts: list[str], labels: np.ndarray, groups: list[str]) -> dict[str, float]:
    """Each sentence scored by a model that saw none of its family's or host's sentences."""
    ids = {g: i for i, g in enumerate(sorted(set(groups)))}
    folds = GroupKFold(FOLDS).split(texts, labels, [ids[g] for g in groups])
    scores = np.zeros(len(texts))
    for train_rows, test_rows in folds:
        words, model = train([texts[i] for i in train_rows], labels[train_rows])
        bias, weights = pruned(model)
        scores[test_rows] = words.transform([texts[i] for i in test_rows]) @ weights + bias
    policy, article = scores[labels == 1], scores[labels == 0]
    return {
        "policy_at_or_above_policy_score": round(float((policy >= POLICY_SCORE).mean()), 4),
        "article_at_or_above_policy_score": round(float((article >= POLICY_SCORE).mean()), 5),
        "policy_at_or_below_article_score": round(float((policy <= ARTICLE_SCORE).mean()), 5),
        "article_at_or_below_article_score": round(float((article <= ARTICLE_SCORE).mean()), 4),
    }


def main() -> None:
    texts, labels, groups, counts = dataset()
    figures = out_of_fold(texts, labels, groups)
    words, model = train(texts, labels)
    bias, weights = pruned(model)
    names = words.get_feature_names_out()
    table = {str(name): float(weight) for name, weight in sorted(zip(names, weights, strict=True)) if weight}
    info = {"model": "policy_words", "command": "python training/train_policy.py"}
    OUT.write_bytes(write_model(DecisionModel(bias, table, ARTICLE_SCORE, POLICY_SCORE, info)))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    provenance = {
        "format_version": 1,
        "command": "python training/train_policy.py",
        "commit": commit.stdout.strip(),
        "policy_sentences_from": f"bench_seed_family.generate(200, 10), families {FAMILIES[0]} to {FAMILIES[-1]} "
        "(157-160 held out), chrome lines but the box's furniture",
        "article_sentences_from": "wcxb (CC-BY-4.0) English html_text content lines; plaintext_dev (MIT) gold texts",
        "seed": SEED,
        "per_family": PER_FAMILY,
        "min_df": MIN_DF,
        "prune": PRUNE,
        "C": C,
        "features_seen": len(names),
        "features_kept": len(table),
        "counts": counts,
        "thresholds": {"POLICY_SCORE": POLICY_SCORE, "ARTICLE_SCORE": ARTICLE_SCORE},
        "out_of_fold": {"folds": f"{FOLDS}, grouped by family (policies) and host (articles)", **figures},
    }
    PROVENANCE.write_text(json.dumps(provenance, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(provenance, indent=1))


if __name__ == "__main__":
    main()
