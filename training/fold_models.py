"""The shipped model refitted five times, each time without one fold of hosts: end-to-end figures out of fold.

Usage: python training/fold_models.py --out DIR [--data DIR] [--cap N] [--C C] [--tol T] [--jobs N]

The shipped model is fitted on every page of the shipped sources (``views.SHIPPED``: wcxb, zh_content and the
plaintext dev set's pages), so ``clean``'s figures on those pages are in-sample for its weights. This fits the model
as ``train_decision.py`` fits it (the same cached features, weights, ``--C``, ``--tol`` and seed) five times, each
time leaving out the pages of one fold of hosts (``train_decision.folds_by_host``: the host's CRC-32 modulo 5, the
folds of its out-of-fold figures), and writes each fold's model (``fold-K.bin.gz``, with the shipped model's
thresholds) and ``folds.json``: the fold of each shipped page's id. ``bench/quality_design.py --folds DIR`` cleans
each page of a fitted source with the model of its fold, which never saw the page's host.

Seeded and deterministic: the same data and code give the same files. About a minute a fold on two cores once the
features are cached (``train_decision.py`` caches them; without a cache they are made first, about ten minutes).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from train_decision import add_fit_arguments, fit, folds_by_host, head_commit, model_bytes
from views import SHIPPED, features_of

from cleantext.decision_model import load_model

#: How many folds of hosts (those of ``train_decision.py``'s out-of-fold figures).
FOLDS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the folder the fold models and folds.json go to")
    add_fit_arguments(parser)  # train_decision.py's, with its defaults
    args = parser.parse_args()
    shipped = [doc for doc in features_of(args) if doc["source"] in SHIPPED]
    folds = folds_by_host(shipped, FOLDS)
    thresholds = load_model()
    commit = head_commit()
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(FOLDS):
        model, vocabulary = fit([doc for doc, fold in zip(shipped, folds, strict=True) if fold != k], args.C, args.tol)
        info = dict(fold=k, folds=FOLDS, commit=commit, C=args.C, tol=args.tol, trained_on=list(SHIPPED))
        raw, count = model_bytes(model, vocabulary, thresholds.remove_below, thresholds.keep_above, info)
        (args.out / f"fold-{k}.bin.gz").write_bytes(raw)
        print(f"fold {k}: {count} weights, {sum(fold != k for fold in folds)} of {len(folds)} views", flush=True)
    pages = {doc["id"]: fold for doc, fold in zip(shipped, folds, strict=True)}
    manifest = dict(folds=FOLDS, rule="crc32(host) % folds", commit=commit, command="python training/fold_models.py")
    (args.out / "folds.json").write_text(json.dumps(dict(manifest, pages=pages), indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {FOLDS} models, {len(pages)} pages", flush=True)


if __name__ == "__main__":
    main()
