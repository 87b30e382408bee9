"""Time ``cleantext.clean`` against ``ftfy.fix_text`` on the same news texts, and compare start-up.

Usage: python bench/bench_speed.py [--repeat N] [--runs K] [--profile] [--only CORPUS] [--no-startup] [--rules]
[--json OUT.json]

Six corpora of at least 1 MB each (UTF-8 bytes; 1 MB = 10^6 bytes), assembled from the data on disk:

- ``english``: clean English news -- the content lines of realtext_dev, the gold bodies of
  plaintext_dev and the ground-truth article bodies of html_dev (English documents only);
- ``multilingual``: clean news in Spanish, German, French, Russian and Chinese -- the German and Russian
  gold bodies of plaintext_dev, and documents generated (fixed seed) from the sentences written for this
  benchmark in ``fixtures/speed/multilingual_sentences.json`` (the dev sets hold no Spanish, French or
  Chinese news);
- ``damaged``: the documents of both, with about half their paragraphs damaged the ways scraped text
  is: UTF-8 read as Windows-1252 (once or twice) or as Latin-1, and the "Â" of a lost no-break space.

Three more are built from text that no speed work was tuned on: the line-labelled pages of
``train/`` in the shared data (its README.md; only ``html_text`` renderings):

- ``unseen-english``: the article (``content``) lines of English news pages, the sources taken in turn
  (l3s_gn1, ir_research, cleanportaleval, evan_extract, dragnet, and wcxb's ``article`` pages);
- ``unseen-multilingual``: the article lines of the German, Croatian and Chinese pages (the record's
  ``lang``; htmltotext and zh_content), a third of the corpus each;
- ``unseen-pages``: those pages whole, as rendered (article and chrome), each source and language in turn.

A page counts when its article lines hold 50 words or more (Chinese: 100 characters; English: they
read as English). The decision model was trained on these pages; no speed work was measured on them
before they were added here. Without ``train/`` these three are skipped, with a message.

Documents are repeated, their paragraphs shuffled (fixed seed), until a corpus reaches 1 MB, so no two
documents are the same (the unseen corpora take distinct pages, in a seeded order, before repeating
any). Each system is called once per document, as a user would call it; a pass is every document of
a corpus, the passes of the two systems alternate, and the best of ``--repeat`` passes counts.
Target: clean's time at most 0.5x ftfy's on each corpus.

Start-up is the median of ``--runs`` fresh interpreters running ``import cleantext`` and
``import ftfy`` (alternating), each module loaded from bytecode as an installed package is (the
variable PYTHONDONTWRITEBYTECODE is unset for them, and a warm-up run writes the bytecode); target: at
most 1.2x. The first call's cost is shown too.
``--profile`` prints a pyinstrument profile (the ``bench`` extra) of one clean pass over every corpus instead (after an
unprofiled warm-up pass); with ``--rules``, of one pass of ``RULES_PIPELINE``. ``--rules`` also times
the rules alone (``cleantext.RULES_PIPELINE``, the default before the learned decision) beside ``clean``.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from results import save

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SENTENCES = ROOT / "fixtures" / "speed" / "multilingual_sentences.json"
MIN_BYTES = 1_000_000
TARGET_TIME = 0.5
TARGET_STARTUP = 1.2

_ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"}


def _is_english(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and sum(word in _ENGLISH_WORDS for word in words) >= 0.08 * len(words)


def _is_language(text: str, language: str) -> bool:
    """The two non-English languages the dev sets hold that this benchmark wants: German and Russian."""
    words = text.lower().split()
    if not words:
        return False
    if language == "ru":
        return sum("\u0400" <= char <= "\u04ff" for char in text) >= 0.5 * len(text.replace(" ", ""))
    german = {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "ein", "zu"}
    return sum(word in german for word in words) >= 0.08 * len(words)


def _dev_documents() -> tuple[list[str], list[str]]:
    """English documents, and German/Russian ones, from the three dev sets."""
    english: list[str] = []
    other: list[str] = []
    for raw in (DATA / "realtext_dev.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        lines = doc["text"].split("\n")
        content = "\n".join(lines[entry["i"]] for entry in doc["lines"] if entry["label"] == "content")
        if _is_english(content):
            english.append(content)
    bodies = [
        json.loads(raw)["gold"] for raw in (DATA / "plaintext_dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    truth = json.loads((DATA / "html_dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for body in bodies + [entry["articleBody"] for entry in truth.values()]:
        if _is_english(body):
            english.append(body)
    other.extend(body for body in bodies if _is_language(body, "de") or _is_language(body, "ru"))
    return english, other


def _generated(rng: random.Random, sentences: dict[str, list[str]]) -> str:
    """A news-like document: one language's sentences, shuffled, in paragraphs of one to four."""
    language = rng.choice(sorted(sentences))
    pool = sentences[language][:]
    rng.shuffle(pool)
    glue = "" if language == "zh" else " "
    paragraphs = [pool.pop()]  # a headline-like first line
    while pool:
        size = rng.randint(1, 4)
        paragraphs.append(glue.join(pool[:size]))
        del pool[:size]
    return "\n\n".join(paragraphs)


def _fill(documents: list[str], rng: random.Random, generate: Callable[[], str] | None = None) -> list[str]:
    """The documents, then shuffled copies (or generated ones) until the corpus holds MIN_BYTES."""
    corpus = list(documents)
    size = sum(len(doc.encode("utf-8")) for doc in corpus)
    round_no = 0
    while size < MIN_BYTES:
        if generate is not None:
            doc = generate()
        else:
            paragraphs = documents[round_no % len(documents)].split("\n")
            rng.shuffle(paragraphs)
            doc = "\n".join(paragraphs)
        corpus.append(doc)
        size += len(doc.encode("utf-8"))
        round_no += 1
    return corpus


# --- damage ----------------------------------------------------------------------------------


def _undefined_byte(error: UnicodeError) -> tuple[str, int]:
    """Decode an undefined Windows-1252 byte as the C1 control of the same number (as browsers do)."""
    assert isinstance(error, UnicodeDecodeError)
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("bench-speed-sloppy", _undefined_byte)


def _as_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="bench-speed-sloppy")


def _typeset(text: str) -> str:
    """Curly quotes and dashes, so that an ASCII paragraph has something for the damage to break."""
    text = text.replace(" - ", " – ").replace("'", "’")
    parts = text.split('"')
    return "".join(part + ("“" if k % 2 == 0 else "”") for k, part in enumerate(parts[:-1])) + parts[-1]


def _damage(paragraph: str, rng: random.Random) -> str:
    if paragraph.isascii():
        paragraph = _typeset(paragraph)
        if paragraph.isascii():
            paragraph = paragraph.replace(". ", ".\xa0 ", 1) if ". " in paragraph else paragraph + "\xa0"
    kind = rng.random()
    if kind < 0.5:
        return _as_cp1252(paragraph)
    if kind < 0.65:
        return paragraph.encode("utf-8").decode("latin-1")
    if kind < 0.85:  # a no-break space whose second byte was lost: a lone "Â"
        return _as_cp1252(paragraph.replace(". ", ".\xa0", 1)).replace("\xa0", " ") + "Â"
    return _as_cp1252(_as_cp1252(paragraph))


def _damaged(documents: list[str], rng: random.Random) -> list[str]:
    out = []
    for doc in documents:
        lines = doc.split("\n")
        out.append("\n".join(_damage(line, rng) if line.strip() and rng.random() < 0.5 else line for line in lines))
    return out


# --- unseen: the training pages ----------------------------------------------------------------

TRAIN = DATA / "train"
#: English news sources of the training data, and the non-English languages whose pages are prose.
UNSEEN_ENGLISH = ("l3s_gn1", "ir_research", "cleanportaleval", "evan_extract", "dragnet", "wcxb")
UNSEEN_LANGUAGES = ("de", "hr", "zh")
UNSEEN = ("unseen-english", "unseen-multilingual", "unseen-pages")
_MIN_WORDS = 50


def _train_pages() -> dict[str, list[tuple[str, str]]]:
    """(article lines, whole page) of each usable page, grouped by English source or by language."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for source in (*UNSEEN_ENGLISH, "htmltotext", "zh_content"):
        with gzip.open(TRAIN / f"{source}.jsonl.gz", "rt", encoding="utf-8") as records:
            for raw in records:
                record = json.loads(raw)
                if record["rendering"] != "html_text" or record.get("page_type") not in (None, "article"):
                    continue
                lines = record["text"].split("\n")
                content = "\n".join(
                    line for line, label in zip(lines, record["labels"], strict=True) if label == "content"
                )
                if len(content.split()) < _MIN_WORDS and record["lang"] != "zh":
                    continue
                if record["lang"] == "zh" and len(content) < 2 * _MIN_WORDS:
                    continue
                if source in UNSEEN_ENGLISH and record["lang"] == "en" and _is_english(content):
                    groups.setdefault(source, []).append((content, record["text"]))
                elif record["lang"] in UNSEEN_LANGUAGES:
                    groups.setdefault(record["lang"], []).append((content, record["text"]))
    return groups


def _shuffled_copy(doc: str, rng: random.Random) -> str:
    paragraphs = doc.split("\n")
    rng.shuffle(paragraphs)
    return "\n".join(paragraphs)


def _in_turn(groups: list[list[str]], rng: random.Random, share: bool = False) -> list[str]:
    """Documents taken from the groups in turn (each group in a seeded order; once a group has given all
    its documents, copies with their paragraphs shuffled) until MIN_BYTES; with ``share``, each group
    gives the same number of bytes instead (the next document comes from the group that gave least)."""
    orders = [rng.sample(group, len(group)) for group in groups]
    taken = [0] * len(groups)
    given = [0] * len(groups)
    corpus: list[str] = []
    size = turn = 0
    while size < MIN_BYTES:
        k = given.index(min(given)) if share else turn % len(groups)
        order = orders[k]
        doc = order[taken[k] % len(order)]
        if taken[k] >= len(order):
            doc = _shuffled_copy(doc, rng)
        taken[k] += 1
        turn += 1
        nbytes = len(doc.encode("utf-8"))
        given[k] += nbytes
        size += nbytes
        corpus.append(doc)
    return corpus


def unseen_corpora() -> dict[str, list[str]]:
    """The three corpora made of the training pages (empty when the data is missing)."""
    if not all((TRAIN / f"{source}.jsonl.gz").is_file() for source in (*UNSEEN_ENGLISH, "htmltotext", "zh_content")):
        print(f"{TRAIN} is missing (or incomplete): the corpora {', '.join(UNSEEN)} are skipped", file=sys.stderr)
        return {}
    groups = _train_pages()
    rng = random.Random(10)
    english = [[content for content, _ in groups[source]] for source in UNSEEN_ENGLISH]
    other = [[content for content, _ in groups[language]] for language in UNSEEN_LANGUAGES]
    pages = [[page for _, page in groups[name]] for name in (*UNSEEN_ENGLISH, *UNSEEN_LANGUAGES)]
    return {
        "unseen-english": _in_turn(english, rng),
        "unseen-multilingual": _in_turn(other, rng, share=True),
        "unseen-pages": _in_turn(pages, rng),
    }


def corpora() -> dict[str, list[str]]:
    english, other = _dev_documents()
    sentences = {k: v for k, v in json.loads(SENTENCES.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    rng = random.Random(6)
    english_corpus = _fill(english, rng)
    multilingual = _fill(other, rng, lambda: _generated(rng, sentences))
    clean_docs = english + multilingual[len(other) : len(other) + 120] + other
    damaged = _damaged(_fill(clean_docs, rng), rng)
    return {"english": english_corpus, "multilingual": multilingual, "damaged": damaged, **unseen_corpora()}


# --- timing ----------------------------------------------------------------------------------


def _pass(function: Callable[[str], str], documents: list[str]) -> float:
    start = time.perf_counter()
    for doc in documents:
        function(doc)
    return time.perf_counter() - start


def time_corpus(documents: list[str], systems: dict[str, Callable[[str], str]], repeat: int) -> dict[str, float]:
    best = dict.fromkeys(systems, float("inf"))
    for function in systems.values():  # warm-up: imports, compiled patterns
        function(documents[0])
    for _ in range(repeat):
        for name, function in systems.items():
            best[name] = min(best[name], _pass(function, documents))
    return best


def startup(runs: int) -> dict[str, float]:
    codes = {
        "import ftfy": "import ftfy",
        "import cleantext": "import cleantext",
        "ftfy + first call": "import ftfy; ftfy.fix_text('donâ€™t')",
        "cleantext + first call": "import cleantext; cleantext.clean('donâ€™t')",
    }
    # As installed packages run: from bytecode (pip compiles it; an editable install writes it on the
    # first import, unless PYTHONDONTWRITEBYTECODE is set -- so it is unset here, and a warm-up run goes first).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in codes}
    for code in codes.values():
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
    for _ in range(runs):
        for name, code in codes.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per system and corpus (best counts)")
    parser.add_argument("--runs", type=int, default=21, help="interpreter start-ups per command (median counts)")
    parser.add_argument("--only", choices=("english", "multilingual", "damaged", *UNSEEN), help="one corpus only")
    parser.add_argument("--profile", action="store_true", help="profile one clean pass with pyinstrument")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    parser.add_argument(
        "--rules",
        action="store_true",
        help="also time cleantext.RULES_PIPELINE (the rules alone, without the learned decision) on each corpus",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the times and ratios to this JSON file")
    args = parser.parse_args()

    import ftfy

    import cleantext

    texts = corpora()
    if args.only:
        if args.only not in texts:
            sys.exit(f"no corpus {args.only}: its data is missing")
        texts = {args.only: texts[args.only]}
    if args.profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            sys.exit("bench_speed.py --profile needs pyinstrument: pip install -e '.[bench]'")

        profiled = cleantext.RULES_PIPELINE if args.rules else cleantext.clean
        for documents in texts.values():  # warm-up: what the first call compiles is not the steady state
            _pass(profiled, documents)
        profiler = Profiler(interval=0.0005)
        with profiler:
            for documents in texts.values():
                _pass(profiled, documents)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return

    systems = {"ftfy": ftfy.fix_text, "clean": cleantext.clean}
    if args.rules:
        systems["rules"] = cleantext.RULES_PIPELINE
    results: dict[str, Any] = {"corpora": {}}
    print(f"{'corpus':<19} {'docs':>5} {'MB':>6} {'ftfy s':>8} {'clean s':>8} {'clean/ftfy':>10}  target")
    for name, documents in texts.items():
        megabytes = sum(len(doc.encode("utf-8")) for doc in documents) / 1e6
        best = time_corpus(documents, systems, args.repeat)
        ratio = best["clean"] / best["ftfy"]
        verdict = "ok" if ratio <= TARGET_TIME else "MISSED"
        results["corpora"][name] = {"documents": len(documents), "megabytes": megabytes, **best, "ratio": ratio}
        print(
            f"{name:<19} {len(documents):>5} {megabytes:>6.2f} {best['ftfy']:>8.3f} {best['clean']:>8.3f} "
            f"{ratio:>10.2f}  <= {TARGET_TIME} {verdict}"
        )
        if args.rules:
            rules = best["rules"] / best["ftfy"]
            results["corpora"][name]["rules_ratio"] = rules
            print(f"{'':<19} {'':>5} {'':>6} {'':>8} {best['rules']:>8.3f} {rules:>10.2f}  rules/ftfy")
    if args.no_startup:
        save(args.json, "bench_speed", results)
        return
    medians = startup(args.runs)
    save(args.json, "bench_speed", {**results, "startup_seconds": medians})
    print(f"start-up (median of {args.runs} interpreters, ms):")
    for name, seconds in medians.items():
        print(f"  {name:<24} {seconds * 1000:7.1f}")
    ratio = medians["import cleantext"] / medians["import ftfy"]
    verdict = "ok" if ratio <= TARGET_STARTUP else "MISSED"
    first = medians["cleantext + first call"] / medians["ftfy + first call"]
    print(f"  import ratio cleantext/ftfy {ratio:.2f}  <= {TARGET_STARTUP} {verdict}; with a first call {first:.2f}")


if __name__ == "__main__":
    main()
