"""Seed-family documents, generated: does the comment furniture go, whatever its wrapping, and the article stay?

Usage: python bench/bench_seed_family.py [--documents N] [--seed S] [--against CHECKOUT] [--show] [--json OUT]

The model of a seed-family document (a TownNews/BLOX local-news page scraped to text, as
``fixtures/seed/chile_border.raw.txt``), drawn with a seeded random generator:

- **the article**: the seed's 13 article paragraphs, or the article lines of one realtext_dev
  document (its ``content`` lines of eight words or more: article sentences, as an AFP story's);
  one paragraph per line, each ending in a stray "Â" (a lost no-break space) with probability 0.4;
- **the comment furniture** after it: the site's comment policy (seven items, each a heading and a
  sentence: "Keep it Clean." ...), a comment counter ("(0) comments", "1 comment", "12 Comments"),
  "Welcome to the discussion.", "Log In" and "Sign Up", "Watch this discussion." or "Stop watching
  this discussion.", and with probability 0.5 the policy a second time, rendered again;
- **the policy's rendering**: hard-wrapped at a width drawn from 30-120 (``textwrap``, which breaks
  at hyphens too), one sentence per line, one item per line, or run into one line.

Families of variation, each scored apart: ``wrapped``, ``sentences``, ``items`` and ``one-line`` (the seed's own
policy in each rendering), ``reworded``, ``reordered`` and ``discussed``, then ``reworded-2`` on, each written from how
sites word and print their posting rules, before the change to the cleaner it was held out for. How each family was
written, what it was held out for and when its figure or its lines were looked at: ``seed_families/FAMILIES.md``.
From ``reworded-6`` on, a family's wordings and the way its sites print them live in a module of their own,
``seed_families/reworded_NN.py`` (:data:`seed_families.ITEMS` lists them); the earlier families' wordings are in
``seed_families/early.py``. A new family is a new module, its line last in ``ITEMS`` and its entry in
``FAMILIES.md`` (:data:`FAMILIES` ends with ``ITEMS``' families: they draw from one generator in that order, so each
earlier family's documents stay as they were).

For each family: line-removal precision, recall and F1 (as quality_realtext: a line counts as removed
when no output line still holds it), the share of documents whose output is exactly the article
(its paragraphs repaired, one per line), and the article lines lost. ``--against CHECKOUT`` scores a
checkout of another version (its ``src`` first on the path, e.g. main) on the same documents in the
same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import line_is_kept, removal_scores
from results import save
from seed_families import ITEMS, early

import cleantext

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed" / "chile_border.clean.txt"
REALTEXT = ROOT.parent / "shared" / "data" / "realtext_dev.jsonl"


def _seed_policy() -> tuple[tuple[str, str], ...]:
    """The seed's policy, (heading, sentence) per item in its order: its last seven lines, one item each."""
    lines = (SEED.parent / "chile_border.raw.txt").read_text(encoding="utf-8").splitlines()[-7:]
    return tuple(
        (line[: line.index(". ") + 1], line[line.index(". ") + 2 :]) if ". " in line else ("", line) for line in lines
    )


POLICY = _seed_policy()
DISCUSSIONS = (
    "The paper said comments are moderated because readers had posted threats of harming another person.",
    "Under the new rules, readers who use obscene, vulgar or racist language will lose their accounts, "
    "the publisher wrote in a note to subscribers.",
    "Editors began asking readers to keep it clean after a string of abusive posts about the mayor last spring.",
    "The policy bans racism, sexism and any sort of language that is degrading to another person, "
    "though critics say it is rarely enforced.",
    "Readers can use a report link on each comment to flag abusive posts, and moderators review them within a day.",
)
COUNTERS = ("(0) comments", "(3) comments", "1 comment", "12 Comments", "0 comments")
#: The families, in the order they draw from the generator: the first eleven, then ``seed_families.ITEMS``' in its
#: order (a new family comes last there, so each earlier family's documents stay as they were).
FAMILIES = (
    "wrapped",
    "sentences",
    "items",
    "one-line",
    "reworded",
    "reordered",
    "discussed",
    "reworded-2",
    "reworded-3",
    "reworded-4",
    "reworded-5",
    *ITEMS,
)


def _articles() -> list[list[str]]:
    """The seed's article, and the article lines of each realtext_dev document that has five or more."""
    found = [SEED.read_text(encoding="utf-8").splitlines()]
    if REALTEXT.exists():
        for raw in REALTEXT.read_text(encoding="utf-8").splitlines():
            doc = json.loads(raw)
            lines = doc["text"].split("\n")
            body = [
                " ".join(lines[entry["i"]].split())
                for entry in doc["lines"]
                if entry["label"] == "content" and len(lines[entry["i"]].split()) >= 8
            ]
            if len(body) >= 5:
                found.append(body)
    return found


def _items(family: str, rng: random.Random) -> list[tuple[str, ...]]:
    if family in ITEMS:  # reworded-6 on: one module a family
        return ITEMS[family](rng)
    if family == "reworded-4":
        chosen = rng.sample(early.REWORDINGS_4, rng.randint(3, 8))
        items = [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in chosen]
        if rng.random() < 0.3:
            items.insert(0, (rng.choice(early.POLICY_TITLES), ""))
        return items
    if family == "reworded-5":
        chosen = rng.sample(early.REWORDINGS_5, rng.randint(2, 7))
        items = [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in chosen]
        if rng.random() < 0.3:
            items.insert(0, ("", rng.choice(early.POLICY_INTROS_5)))
        if rng.random() < 0.4:
            items.insert(0, (rng.choice(early.POLICY_TITLES_5), ""))
        return items
    if family.startswith("reworded"):
        table = {"reworded": early.REWORDINGS, "reworded-2": early.REWORDINGS_2, "reworded-3": early.REWORDINGS_3}[
            family
        ]
        return [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in table]
    items = list(POLICY)
    if family == "reordered":
        for _ in range(rng.randint(1, 3)):
            items.pop(rng.randrange(len(items)))
        rng.shuffle(items)
    return items


def _render(items: list[tuple[str, ...]], how: str, rng: random.Random) -> list[str]:
    sentences = [part for item in items for part in item if part]
    if how == "wrapped":
        return textwrap.wrap(" ".join(sentences), rng.randint(30, 120))
    if how == "sentences":
        return sentences
    if how == "items":
        return [" ".join(part for part in item if part) for item in items]
    return [" ".join(sentences)]


def document(family: str, articles: list[list[str]], rng: random.Random) -> tuple[list[str], list[bool]]:
    """One generated document: its lines, and for each whether it is article (True) or chrome."""
    article = list(rng.choice(articles))
    if family == "discussed":
        article.insert(rng.randint(1, len(article) - 1), rng.choice(DISCUSSIONS))
    renderings = ("wrapped", "sentences", "items", "one-line")
    how = family if family in renderings else rng.choice(renderings)
    items = _items(family, rng)
    chrome = _render(items, how, rng)
    furniture = [rng.choice(COUNTERS), "Welcome to the discussion.", "Log In", rng.choice(("Sign Up", ""))]
    furniture += [rng.choice(("Watch this discussion.", "Stop watching this discussion."))]
    if not family.startswith("reworded-") or family in ("reworded-2", "reworded-3"):
        chrome += furniture
    elif rng.random() < 0.6:  # reworded-4 to 16: the furniture after the policy, before it, or not there
        chrome = chrome + furniture if rng.random() < 0.7 else furniture + chrome
    if rng.random() < 0.5:
        chrome += _render(items, rng.choice(renderings), rng)
    chrome = [line for line in chrome if line]
    lines = [line + ("Â" if rng.random() < 0.4 else "") for line in article] + chrome
    return lines, [True] * len(article) + [False] * len(chrome)


def generate(count: int, seed: int) -> dict[str, list[tuple[list[str], list[bool]]]]:
    articles = _articles()
    rng = random.Random(seed)
    return {family: [document(family, articles, rng) for _ in range(count)] for family in FAMILIES}


class Judged(NamedTuple):
    """One document cleaned: its article lines lost, chrome lines missed and removed, whether the output is exactly
    the article's lines (repaired), and the output."""

    lost: int
    missed: int
    removed: int
    exact: bool
    output: str


def judge(lines: list[str], is_article: list[bool], show: bool = False) -> Judged:
    """Clean one generated document (:func:`document`) and judge each line's fate."""
    output = cleantext.clean("\n".join(lines) + "\n")
    out_lines = [" ".join(line.split()) for line in output.split("\n")]
    out_set, out_text = set(out_lines), " ".join(out_lines)
    wanted = "".join(
        cleantext.repair(line).strip() + "\n" for line, keep in zip(lines, is_article, strict=True) if keep
    )
    lost = missed = removed = 0
    for line, keep in zip(lines, is_article, strict=True):
        kept = line_is_kept(line, out_set, out_text, cleantext.repair)
        if keep and not kept:
            lost += 1
            if show:
                print(f"LOST   {line[:110]!r}")
        elif not keep and kept:
            missed += 1
            if show:
                print(f"MISSED {line[:110]!r}")
        elif not keep:
            removed += 1
    return Judged(lost, missed, removed, output == wanted, output)


def score(docs: list[tuple[list[str], list[bool]]], show: bool = False) -> dict[str, float | int]:
    true_pos = false_pos = false_neg = exact = 0
    for lines, is_article in docs:
        judged = judge(lines, is_article, show)
        true_pos += judged.removed
        false_pos += judged.lost
        false_neg += judged.missed
        exact += judged.exact
    return {
        **removal_scores(true_pos, false_pos, false_neg),
        "exact": exact / len(docs),
        "article_lines_lost": false_pos,
        "chrome_missed": false_neg,
    }


def figures(count: int, seed: int, show: bool = False) -> dict[str, dict[str, float | int]]:
    docs = generate(count, seed)
    results = {family: score(docs[family], show=show) for family in FAMILIES}
    pooled = [doc for family in FAMILIES[:4] for doc in docs[family]]
    held = [doc for family in ("reordered", "reworded-3") for doc in docs[family]]
    results["written-from (pooled)"] = score(pooled)
    results["held-out (reordered+reworded-3)"] = score(held)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=200, help="documents per family (default 200)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--against", type=Path, help="a checkout of another version to score on the same documents")
    parser.add_argument("--show", action="store_true", help="print every wrong line decision")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)  # figures as JSON on stdout
    args = parser.parse_args()
    mine = figures(args.documents, args.seed, show=args.show)
    if args.raw:
        print(json.dumps(mine))
        return
    systems = {"this checkout": mine}
    if args.against:
        env = {**os.environ, "PYTHONPATH": str(args.against.resolve() / "src")}
        command = [sys.executable, __file__, "--documents", str(args.documents), "--seed", str(args.seed), "--raw"]
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        systems[f"{args.against}"] = json.loads(done.stdout)
    for name, results in systems.items():
        for family, one in results.items():
            print(
                f"seed family {family:<30} {name:<16} removal P={one['precision']:.3f} R={one['recall']:.3f} "
                f"F1={one['f1']:.3f} exact={one['exact']:.3f} article lines lost={one['article_lines_lost']} "
                f"chrome lines missed={one['chrome_missed']}"
            )
    save(
        args.json, "bench_seed_family", {"documents_per_family": args.documents, "seed": args.seed, "systems": systems}
    )


if __name__ == "__main__":
    main()
