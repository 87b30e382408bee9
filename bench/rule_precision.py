"""How far each rule can be trusted on text it was not written from: its removals' precision, by source role.

Usage: python bench/rule_precision.py [--pages N] [--data DIR] [--json OUT.json]

The rules were written from the dev sets (realtext_dev, plaintext_dev, the seed); the training data's
nine sources (``../shared/data/train``, its README) are text they were not written from. This runs the
rule steps as the default's annotators (:func:`cleantext.annotate.rule_annotations`: what each would
remove, nothing removed) on the ``html_text`` rendering of up to ``--pages`` pages per source (the same
seeded sample as ``bench/quality_heldout.py``), whole and as the training script's crop, and counts the
words of the labelled lines each rule (step and reason) would remove: boilerplate words are right,
content words wrong. Precision is boilerplate / all words removed, pooled over the pages of a role:
*fit* (wcxb, zh_content: the sources the decision's weights are fitted on), *validation* (ir_research,
l3s_gn1: where its thresholds are chosen) and *test* (the other five). Rules whose removals hold fewer
than ``--least`` words in all are not listed.

A duplicate's second copy is labelled content when the first one is (a line is content when its words
lie in the gold text, and a repeat's words do): the ``duplicate`` rows count such copies as wrong, which
a reader of the cleaned text would not. Deterministic: same data, same code, same figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from quality_heldout import DEFAULT, TEST, VIEWS, sample
from results import save

from cleantext.annotate import rule_annotations

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from views import VALIDATION, page_crop  # the training script's crops and roles

FIT = ("wcxb", "zh_content")
ROLES = {**dict.fromkeys(FIT, "fit"), **dict.fromkeys(VALIDATION, "validation"), **dict.fromkeys(TEST, "test")}


def count(records: list[dict]) -> dict[tuple[str, str, str], list[int]]:
    """(view, step, reason) -> [content words, boilerplate words] its removals hold, over ``records``."""
    found: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for record in records:
        shown = {"page": (record["text"].split("\n"), record["labels"]), "crop": page_crop(record)}
        for view in VIEWS:
            if shown[view] is None:
                continue
            lines, labels = shown[view]
            for index, edit in rule_annotations(lines).items():
                if labels[index] in ("content", "boilerplate"):
                    words = found[(view, edit.step, edit.reason)]
                    words[labels[index] == "boilerplate"] += len(lines[index].split())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="the training data's folder")
    parser.add_argument("--pages", type=int, default=150, help="pages per source (seeded sample)")
    parser.add_argument("--least", type=int, default=300, help="list rules whose removals hold this many words")
    parser.add_argument("--json", metavar="OUT", help="also write the counts to this JSON file")
    args = parser.parse_args()
    by_role: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for source, role in ROLES.items():
        for key, words in count(sample(args.data / f"{source}.jsonl.gz", args.pages, source)).items():
            total = by_role[key][role]
            total[0] += words[0]
            total[1] += words[1]
    print(f"{'rule':<36} {'view':<5} {'words':>7} | precision: fit / validation / test (words)")
    rows = sorted(by_role.items(), key=lambda item: -sum(map(sum, item[1].values())))
    table = {}
    for (view, step, reason), roles in rows:
        words = sum(map(sum, roles.values()))
        if words < args.least:
            continue
        cells = []
        for role in ("fit", "validation", "test"):
            content, boilerplate = roles.get(role, [0, 0])
            cells.append(
                f"{boilerplate / (content + boilerplate):.2f} ({content + boilerplate})"
                if content + boilerplate
                else "-"
            )
        table[f"{step}/{reason}/{view}"] = {role: roles[role] for role in roles}
        print(f"{step + ' ' + reason:<36} {view:<5} {words:>7} | " + " / ".join(cells))
    save(args.json, "rule_precision", {"pages": args.pages, "roles": ROLES, "words": table})


if __name__ == "__main__":
    main()
