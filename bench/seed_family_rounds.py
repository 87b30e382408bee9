"""Per-document figures of the seed families, for designing a change to the notice and judging it once on a pool.

Usage:
  python bench/seed_family_rounds.py run OUT.json --design 4 372             # the design data
  python bench/seed_family_rounds.py run OUT.json --pool reworded-373,reworded-374 --documents 2000
  python bench/seed_family_rounds.py compare MAIN.json CHANGED.json [--all]

``run`` cleans each document with the ``cleantext`` on the path (``PYTHONPATH=<a checkout>/src`` scores another
version) and writes one record a document: ``[family, index, article lines lost, chrome lines missed, chrome lines
removed, exact, output's hash]``; it prints the pooled figures. The design data are ``bench_seed_family``'s own
documents (``generate(200, 10)``: the 200 documents of each family, one seeded stream over all the families), kept to
the families reworded-FIRST to -LAST. A pool's families are each drawn from their own stream
(``random.Random("<family>/10")``), so a family's documents do not depend on which families are judged with it.

``compare`` prints both runs' pooled figures (precision and recall of removal: chrome lines removed among lines
removed, and among chrome lines; F1; exact outputs), the documents whose output differs, those better (fewer lines
lost or missed, none more) and worse, and each family whose figures changed (``--all``: every family). How the rounds
use it, and what a pool may be used for, is in ``docs/quality/seed_families.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_seed_family as families
from metrics import removal_scores

Record = list  # [family, index, lost, missed, removed, exact (0/1), hash of the output]


def _judged(job: tuple[str, int, list[str], list[bool]]) -> Record:
    family, index, lines, is_article = job
    judged = families.judge(lines, is_article)
    digest = hashlib.md5(judged.output.encode()).hexdigest()[:10]
    return [family, index, judged.lost, judged.missed, judged.removed, int(judged.exact), digest]


def design_jobs(first: int, last: int) -> Iterator[tuple[str, int, list[str], list[bool]]]:
    """The design documents of reworded-``first`` to -``last``, as ``bench_seed_family`` generates them."""
    wanted = {f"reworded-{number}" for number in range(first, last + 1)}
    for family, docs in families.generate(200, 10).items():
        if family in wanted:
            for index, (lines, is_article) in enumerate(docs):
                yield family, index, lines, is_article


def pool_jobs(names: list[str], documents: int) -> Iterator[tuple[str, int, list[str], list[bool]]]:
    """``documents`` documents of each family of ``names``, each family from its own seeded stream."""
    unknown = [name for name in names if name not in families.FAMILIES]
    if unknown:
        raise SystemExit(f"no such family: {', '.join(unknown)}")
    articles = families._articles()
    for family in names:
        rng = random.Random(f"{family}/10")
        for index in range(documents):
            lines, is_article = families.document(family, articles, rng)
            yield family, index, lines, is_article


def pooled(records: list[Record]) -> dict[str, float | int]:
    """Removal precision, recall and F1 over ``records``, with the exact outputs and the lines lost and missed."""
    lost = sum(record[2] for record in records)
    missed = sum(record[3] for record in records)
    removed = sum(record[4] for record in records)
    exact = sum(record[5] for record in records)
    return {
        **removal_scores(removed, lost, missed),
        "exact": exact,
        "lost": lost,
        "missed": missed,
        "documents": len(records),
    }


def _line(name: str, figures: dict[str, float | int]) -> str:
    return (
        f"{name:<16} P {figures['precision']:.4f} R {figures['recall']:.4f} F1 {figures['f1']:.5f} "
        f"exact {figures['exact']} of {figures['documents']} lost {figures['lost']} missed {figures['missed']}"
    )


def compare(before: list[Record], after: list[Record], every_family: bool = False) -> list[str]:
    """The report of ``compare``: pooled figures, documents differing, better and worse, and the families changed."""
    if [record[:2] for record in before] != [record[:2] for record in after]:
        raise SystemExit("the two runs hold different documents")
    report = [_line("before", pooled(before)), _line("after", pooled(after))]
    differing = sum(one[6] != two[6] for one, two in zip(before, after, strict=True))
    worse, better = [], 0
    for one, two in zip(before, after, strict=True):
        if two[2] > one[2] or two[3] > one[3]:
            worse.append((one, two))
        elif two[2] < one[2] or two[3] < one[3]:
            better += 1
    report.append(f"outputs differing {differing}; documents better {better}, worse {len(worse)}")
    report += [
        f"  worse: {one[0]}/{one[1]} lost {one[2]} -> {two[2]}, missed {one[3]} -> {two[3]}" for one, two in worse
    ]
    by_family: dict[str, tuple[list[Record], list[Record]]] = defaultdict(lambda: ([], []))
    for one, two in zip(before, after, strict=True):
        by_family[one[0]][0].append(one)
        by_family[one[0]][1].append(two)
    for family, (ones, twos) in by_family.items():
        first, second = pooled(ones), pooled(twos)
        if every_family or first != second:
            report.append(
                f"  {family:<14} F1 {first['f1']:.5f} -> {second['f1']:.5f} exact {first['exact']} -> {second['exact']} "
                f"lost {first['lost']} -> {second['lost']} missed {first['missed']} -> {second['missed']}"
            )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="clean the documents and write one record a document")
    run.add_argument("out", type=Path)
    which = run.add_mutually_exclusive_group(required=True)
    which.add_argument("--design", nargs=2, type=int, metavar=("FIRST", "LAST"), help="reworded-FIRST to -LAST")
    which.add_argument("--pool", help="families, comma-separated")
    run.add_argument("--documents", type=int, default=2000, help="documents per pool family (default 2000)")
    run.add_argument("--workers", type=int, default=2)
    against = commands.add_parser("compare", help="compare two runs over the same documents")
    against.add_argument("before", type=Path)
    against.add_argument("after", type=Path)
    against.add_argument("--all", action="store_true", help="print every family")
    args = parser.parse_args()
    if args.command == "compare":
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
        print("\n".join(compare(before, after, args.all)))
        return
    jobs = design_jobs(*args.design) if args.design else pool_jobs(args.pool.split(","), args.documents)
    with Pool(args.workers) as workers:
        records = list(workers.imap(_judged, jobs, chunksize=50))
    args.out.write_text(json.dumps(records), encoding="utf-8")
    print(_line(str(args.out), pooled(records)))


if __name__ == "__main__":
    main()
