"""Run every extraction strategy on every training page and keep what each gave, for the HTML studies.

Usage: python bench/html_candidates.py OUT.jsonl.gz [--sources a,b] [--limit N] [--jobs J]

For each page of ``../shared/data/train/`` with HTML (``train_html.py``), trafilatura's fast, full
and recall modes (``cleantext.html_extract.run``) and the page's whole text (html-text's rendering,
``pip install html-text``, through the plain-text pipeline) are run, and each output cleaned as
``from_html`` would if it won. Written per page: the benchmark counts (tp, fp, fn) of each output against the gold,
the figures the recovery criterion may read (prose words kept, words kept and extracted, the page's
prose by ``page_prose``), and every block with its features, its decision and the share of its text
that the gold holds. ``fit_html_recovery.py`` and ``html_cuts.py`` read the file; nothing here is tuned.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
from collections import Counter
from multiprocessing import Pool

from metrics import shingle_counts, shingles
from train_html import SOURCES, Page, load

from cleantext import DEFAULT_PIPELINE
from cleantext.blocks import word_count
from cleantext.html import HTML_TEXT_PIPELINE, report_of
from cleantext.html_blocks import Block, key_of
from cleantext.html_extract import Candidate, Extraction, PageSource, page_prose, prose_words, run

STUDIED = ("fast", "full", "recall", "text")
WORD = re.compile(r"\w+")  # as the benchmark metric reads words


def gold_share(text: str, gold_shingles: Counter, gold_words: str) -> float:
    """The share of a block's text that the gold holds (4-gram shingles; a short block: its words in order)."""
    words = WORD.findall(text)
    if len(words) < 4:
        return float(bool(words) and f" {' '.join(words)} " in gold_words)
    got = shingles(text)
    return sum(min(count, gold_shingles[gram]) for gram, count in got.items()) / max(sum(got.values()), 1)


def page_text(source: PageSource, fast_keys: frozenset[str] | None) -> Candidate:
    """The page's whole text, a line per block of its layout (html-text, as plaintext_dev was rendered)."""
    import html_text

    lines = html_text.extract_text(source.markup, guess_layout=True).split("\n")
    last = max(len(lines) - 1, 1)
    blocks = [
        Block(
            line,
            kind="text",
            words=word_count(line),
            element=index,
            index=index,
            position=index / last,
            in_fast=fast_keys is not None and key_of(line) in fast_keys,
            marked_links=False,
        )
        for index, line in enumerate(lines)
    ]
    return Candidate("text", blocks, [None] * len(blocks))


def study(page: Page) -> dict:
    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    gold_shingles = shingles(page.gold)
    gold_words = f" {' '.join(WORD.findall(page.gold))} "
    source = PageSource(page.html)
    result: dict = {"id": page.id, "source": page.source, "host": page.host, "page_type": page.page_type}
    result["html_chars"] = len(page.html)
    result["page_prose"] = page_prose(source.markup)
    fast_keys = None
    for strategy in STUDIED:
        try:
            candidate = page_text(source, fast_keys) if strategy == "text" else run(source, strategy, fast_keys)
            steps = DEFAULT_PIPELINE if strategy == "text" else HTML_TEXT_PIPELINE
            output = report_of(Extraction(candidate, ((strategy, 0),)), steps).text if candidate.blocks else ""
        except Exception as problem:  # a study must go on
            result[strategy] = {"error": repr(problem)}
            continue
        if strategy == "fast":
            fast_keys = frozenset(key_of(block.text) for block in candidate.blocks)
        kept = candidate.kept
        entry = {
            "counts": shingle_counts(page.gold, output),
            "prose": prose_words(kept),
            "kept_words": sum(block.words for block in kept),
            "words": sum(block.words for block in candidate.blocks),
            "output_words": len(output.split()),
            "block_rows": [
                {
                    "kind": block.kind,
                    "level": block.level,
                    "words": block.words,
                    "prose": prose_words([block]) > 0,
                    "link_share": round(block.link_share, 3),
                    "links": block.links,
                    "local_links": block.local_links,
                    "group": block.group,
                    "index": block.index,
                    "page_position": round(block.page_position, 4),
                    "in_fast": block.in_fast,
                    "marked": block.marked_links,
                    "key": hash(key_of(block.text)) & 0xFFFFFFFF,
                    "reason": reason,
                    "gold": round(gold_share(block.text, gold_shingles, gold_words), 3),
                    "text": block.text[:100],
                }
                for block, reason in zip(candidate.blocks, candidate.reasons, strict=True)
            ],
        }
        result[strategy] = entry
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--sources", default=",".join(SOURCES))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    pages = load(args.sources.split(","), limit=args.limit)
    with gzip.open(args.out, "wt", encoding="utf-8") as out:
        if args.jobs > 1:
            with Pool(args.jobs) as pool:
                results = pool.imap(study, pages, chunksize=4)
                for result in results:
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            for page in pages:
                out.write(json.dumps(study(page), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
