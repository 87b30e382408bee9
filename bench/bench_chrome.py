"""What the chrome engine's screening buys: simpler ways to find a paragraph's first matching rule, and
the engine with one piece of its machinery left out, timed against the engine itself in the same run.

Usage: python bench/bench_chrome.py [--repeat N] [--engines NAME ...] [--sets SET ...] [--measures M ...] [--json OUT.json]

Engines (each gives the label of the first rule, in order, whose pattern a paragraph matches, among the
rules whose ``max_words`` it fits -- the same answer, checked on every paragraph before timing):

- ``screened``: the package's engine (:mod:`cleantext.chrome_engine`: literal screens, lanes, probes
  derived from the patterns by :mod:`cleantext.chrome_analysis`);
- ``no-trie``, ``no-ends``, ``no-begins``: the same without one piece: a busy lane's probes looked for
  one by one instead of by one search; the last character, or the first, ruling nothing out;
- ``per-rule``: every rule's pattern, compiled alone, searched in turn;
- ``banded``: per word-count band, the band's rules joined into one alternation with a named group
  each, searched once; on a hit, the rules before the one found are searched alone (one of them may
  match further on);
- ``split``: as ``banded``, but the rules' top-level alternatives that begin with ``^`` are joined
  into one pattern tried with ``match`` (it does not scan the paragraph), the others into one search.

Texts: the three corpora of ``bench_speed.py`` (1 MB each, article text) and the dev documents
(realtext_dev and plaintext_dev as scraped, with their chrome). Timed, per text set, best of
``--repeat`` passes, the engines' passes alternating: the engine alone on the set's paragraphs
(``label``), ``strip_chrome`` on every document, and ``clean`` on every document with ftfy's
``fix_text`` beside it. Times are CPU time of this process (other programs on a shared machine weigh
on it less than on wall time). Ratios are against ``screened`` (and clean/ftfy per engine); the
spread is the worst pass over the best. Only relative figures mean anything on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench_speed import corpora
from results import save

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

import regex  # noqa: E402

import cleantext  # noqa: E402
from cleantext import chrome, chrome_engine  # noqa: E402
from cleantext.blocks import paragraphs  # noqa: E402
from cleantext.chrome_analysis import _Parser, _Unsupported  # noqa: E402
from cleantext.model import split_lines  # noqa: E402
from cleantext.rules import DEFAULT_RULES, Rule  # noqa: E402

Label = Callable[[str, int], "str | None"]
MEASURES = ("label", "strip_chrome", "clean")


def _bands(rules: Sequence[Rule]) -> tuple[tuple[int, ...], list[list[int]]]:
    """The distinct limits, and per band (``bisect_left(limits, words)``) the rules (indices) it may take."""
    limits = tuple(sorted({rule.max_words for rule in rules if rule.max_words is not None}))
    bands = [
        [
            i
            for i, rule in enumerate(rules)
            if rule.max_words is None or (k < len(limits) and rule.max_words >= limits[k])
        ]
        for k in range(len(limits) + 1)
    ]
    return limits, bands


def _compile(pattern: str) -> Any:
    return regex.compile(pattern, regex.IGNORECASE)


def per_rule(rules: Sequence[Rule]) -> Label:
    limits, bands = _bands(rules)
    tests = [[(rules[i].label, _compile(rules[i].pattern).search) for i in band] for band in bands]

    def label(text: str, words: int) -> str | None:
        for name, search in tests[bisect_left(limits, words)]:
            if search(text):
                return name
        return None

    return label


def _joinable(pattern: str) -> bool:
    """Whether a pattern means the same inside a larger one: no back reference, no global inline flag."""
    return regex.search(r"\\[1-9]|\\g<|\(\?P=|\(\?[a-zA-Z]+\)", pattern) is None


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, as the package's analysis reads them (the whole
    pattern when it does not follow its syntax)."""
    try:
        return [pattern[start:end] for start, end, _, _ in _Parser(pattern).top()]
    except (_Unsupported, IndexError):
        return [pattern]


def banded(rules: Sequence[Rule], *, split: bool = False) -> Label:
    """One alternation per band (named group per rule); with ``split``, anchored alternatives apart."""
    limits, bands = _bands(rules)
    searches = [_compile(rule.pattern).search for rule in rules]
    plans = []
    for band in bands:
        alone = [i for i in band if not _joinable(rules[i].pattern)]
        joined = [(i, rules[i].pattern) for i in band if i not in alone]
        if split:
            joined = [(i, alt) for i, pattern in joined for alt in alternatives(pattern)]
        anchored = [(i, alt) for i, alt in joined if split and alt.startswith("^")]
        others = [(i, alt) for i, alt in joined if not (split and alt.startswith("^"))]
        matcher = (
            _compile("|".join(f"(?P<r{i}_{k}>{alt})" for k, (i, alt) in enumerate(anchored))) if anchored else None
        )
        searcher = _compile("|".join(f"(?P<r{i}_{k}>{alt})" for k, (i, alt) in enumerate(others))) if others else None
        plans.append((band, matcher.match if matcher else None, searcher.search if searcher else None, alone))

    def label(text: str, words: int) -> str | None:
        band, match, search, alone = plans[bisect_left(limits, words)]
        hits = [int(hit.lastgroup[1:].split("_")[0]) for hit in (match and match(text), search and search(text)) if hit]
        hits += [next((i for i in alone if searches[i](text)), len(rules))]
        found = min(hits)
        if found == len(rules):
            return None
        # The rule found matches; one before it may too, further on in the paragraph.
        return rules[next(i for i in band if i == found or searches[i](text))].label

    return label


def _screened(**patches: Any) -> Callable[[Sequence[Rule]], tuple[Label, dict[str, Any]]]:
    """The package's engine, a fresh one, with some of its module's names replaced (an ablation)."""

    def make(rules: Sequence[Rule]) -> tuple[Label, dict[str, Any]]:
        engine = chrome_engine._compile.__wrapped__(tuple(rules))
        return (lambda text, words: chrome_engine._label(text, words, engine)), patches

    return make


def _plain_engine(build: Callable[[Sequence[Rule]], Label]) -> Callable[[Sequence[Rule]], tuple[Label, dict[str, Any]]]:
    return lambda rules: (build(rules), {})


ENGINES: dict[str, Callable[[Sequence[Rule]], tuple[Label, dict[str, Any]]]] = {
    "screened": _screened(),
    # ablations of the package's engine: one piece of its machinery left out
    "no-trie": _screened(_BUSY=10**9, _OWN_BUSY=10**9),  # a lane's probes looked for one by one, never by one search
    "no-ends": _screened(_end_bits=lambda engine, last: 0),  # last character rules nothing out
    "no-begins": _screened(_begin_bits=lambda engine, first: 0),  # first character rules nothing out
    # simpler engines
    "per-rule": _plain_engine(per_rule),
    "banded": _plain_engine(banded),
    "split": _plain_engine(lambda rules: banded(rules, split=True)),
}


def text_sets() -> dict[str, list[str]]:
    sets = dict(corpora())
    sets["dev"] = [json.loads(raw)["text"] for raw in (DATA / "realtext_dev.jsonl").read_text("utf-8").splitlines()]
    sets["dev"] += [json.loads(raw)["text"] for raw in (DATA / "plaintext_dev.jsonl").read_text("utf-8").splitlines()]
    return sets


class _Patched:
    """``chrome``'s engine replaced by a candidate (and names of the engine's module by an ablation's)
    while timing the engine, ``strip_chrome`` and ``clean``."""

    def __init__(self, label: Label, patches: dict[str, Any]) -> None:
        self.label = label
        self.patches = patches
        self.saved = (chrome._compile, chrome._label)
        self.saved_names = {name: getattr(chrome_engine, name) for name in patches}

    def __enter__(self) -> None:
        chrome._compile = lambda rules: None  # type: ignore[assignment]
        chrome._label = lambda text, words, engine: self.label(text, words)  # type: ignore[assignment]
        for name, value in self.patches.items():
            setattr(chrome_engine, name, value)

    def __exit__(self, *exc: object) -> None:
        chrome._compile, chrome._label = self.saved
        for name, value in self.saved_names.items():
            setattr(chrome_engine, name, value)


def _time(function: Callable[[], object]) -> float:
    """CPU time of this process: what other programs on a shared machine do weighs on it less."""
    start = time.process_time()
    function()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument(
        "--measures", nargs="+", default=list(MEASURES), choices=list(MEASURES), help="what to time (default: all)"
    )
    parser.add_argument("--sets", nargs="+", choices=("english", "multilingual", "damaged", "dev"))
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args()
    import ftfy

    names = ["screened", *(name for name in args.engines if name != "screened")]
    engines = {name: ENGINES[name](DEFAULT_RULES) for name in names}
    sets = text_sets()
    if args.sets:
        sets = {name: sets[name] for name in args.sets}
    results: dict[str, Any] = {}
    for set_name, documents in sets.items():
        paras = [(p.text, p.words) for doc in documents for p in paragraphs(split_lines(doc))]
        expected = [chrome_engine._label(text, words, chrome_engine._compile(DEFAULT_RULES)) for text, words in paras]
        for name, (label, patches) in engines.items():  # the same answers (and warm caches)
            with _Patched(label, patches):
                wrong = [
                    text for (text, words), want in zip(paras, expected, strict=True) if label(text, words) != want
                ]
            if wrong:
                sys.exit(f"{name} disagrees on {len(wrong)} paragraphs of {set_name}, e.g. {wrong[0]!r}")
        timings: dict[str, dict[str, list[float]]] = {n: {m: [] for m in args.measures} for n in names}
        ftfy_times: list[float] = []

        def pass_of(function: Callable[[str], object], documents: list[str] = documents) -> float:
            return _time(lambda: [function(doc) for doc in documents])

        for _ in range(args.repeat):
            for name, (label, patches) in engines.items():
                with _Patched(label, patches):
                    if "label" in args.measures:
                        timings[name]["label"].append(
                            _time(lambda label=label, paras=paras: [label(*p) for p in paras])
                        )
                    if "strip_chrome" in args.measures:
                        timings[name]["strip_chrome"].append(pass_of(cleantext.strip_chrome))
                    if "clean" in args.measures:
                        timings[name]["clean"].append(pass_of(cleantext.clean))
            if "clean" in args.measures:
                ftfy_times.append(pass_of(ftfy.fix_text))
        megabytes = sum(len(doc.encode("utf-8")) for doc in documents) / 1e6
        print(f"\n{set_name}: {len(documents)} documents, {megabytes:.2f} MB, {len(paras)} paragraphs")
        print(f"  {'engine':<10} {'measure':<13} {'best s':>8} {'spread':>7} {'/screened':>10}")
        entry: dict[str, Any] = {"documents": len(documents), "megabytes": megabytes, "paragraphs": len(paras)}
        for name in names:
            for measure, values in timings[name].items():
                if not values:
                    continue
                best = min(values)
                base = min(timings["screened"][measure])
                entry.setdefault(name, {})[measure] = {"best": best, "worst": max(values), "ratio": best / base}
                print(f"  {name:<10} {measure:<13} {best:8.3f} {max(values) / best:7.2f} {best / base:10.2f}")
        if ftfy_times:
            entry["ftfy"] = min(ftfy_times)
            line = ", ".join(f"{name} {min(timings[name]['clean']) / min(ftfy_times):.2f}" for name in names)
            print(
                f"  clean/ftfy (ftfy {min(ftfy_times):.3f} s, spread {max(ftfy_times) / min(ftfy_times):.2f}): {line}"
            )
        results[set_name] = entry
    save(args.json, "bench_chrome", {"sets": results})


if __name__ == "__main__":
    main()
