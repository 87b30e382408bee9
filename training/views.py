"""The training data as the decision model sees it: pages read, shown in the views users feed, labelled.

Part of ``training/train_decision.py`` (see its docstring for the whole procedure): reading
``../shared/data/train`` and plaintext_dev (:func:`load`, :func:`plaintext_records`), labelling
plaintext_dev's lines by the benchmark's own measure (:func:`gold_labels`), making each page's views —
the page, its crop, its recall-leaning extraction (:func:`extraction`) — and reading each view into
paragraph feature rows with the package's own :func:`cleantext.annotate.read_paragraphs`
(:func:`featurize`), cached by the code that makes them (:func:`features_of`).
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import pickle
import random
import sys
import time
import unicodedata
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import regex

from cleantext.annotate import is_cut_off, is_structure, read_paragraphs
from cleantext.blocks import ends_sentence
from cleantext.cohesion import words_of
from cleantext.decision import CERTAIN, anchors_article, article_sources, gap_weight
from cleantext.forums import thread_keeps, thread_spans
from cleantext.listings import Places, item_lists, list_keeps, marker_places

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from metrics import crop, shingles, words  # noqa: E402  (the benchmark's own scorer and views)

#: Sources whose stated licence lets them train the shipped weights: wcxb (CC-BY-4.0), zh_content (MIT),
#: and the plaintext dev set (the ScrapingHub benchmark's pages, MIT).
SHIPPED = ("wcxb", "zh_content", "plaintext_dev")
PLAINTEXT = "plaintext_dev"
#: Scraped news the shipped model never trains on, used for one choice only: the thresholds.
VALIDATION = ("ir_research", "l3s_gn1")
SEED = 13
#: An article paragraph this long that ends a sentence is an article sentence (see ``kept_share``).
SENTENCE_WORDS = 8
#: A paragraph's lines labelled by word overlap with the gold (README's rule): content at or above, boilerplate at or below.
CONTENT_SHARE, BOILERPLATE_SHARE = 0.85, 0.15
#: What changes the feature rows besides the package's code: the views made and how they are labelled.
VIEWS_VERSION = "views-4"
#: The recall-leaning extraction a user runs on a page (trafilatura's public API, its defaults otherwise).
EXTRACT_SETTINGS = dict(favor_recall=True, output_format="txt")
#: The module that reads paragraphs into feature rows; it and every package module it imports, directly or
#: not, decide the features (a change to any of them makes the cache stale: see :func:`feature_code`).
FEATURE_ROOT = "decision"
#: What the rules decided of a paragraph.
NONE, SOME, ALL, SURE = 0, 1, 2, 3


def feature_code(package: Path = ROOT / "src" / "cleantext") -> list[str]:
    """The package modules whose code decides the features: :data:`FEATURE_ROOT` and its relative imports, transitively."""
    found: set[str] = set()
    todo = [FEATURE_ROOT]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                todo += [node.module.split(".")[0]] if node.module else [alias.name for alias in node.names]
    return sorted(f"{name}.py" for name in found)


def host_of(url: str | None, fallback: str) -> str:
    return urlparse(url or "").netloc.lower().removeprefix("www.") or fallback


def load(data: Path, cap: int) -> list[dict]:
    """Every record of the shipped sources; up to ``cap`` pages (both renderings) of each other source.

    An ``html_text`` record whose page has HTML in the training data carries it (``html``): its
    extraction is one more view. The plaintext dev set's pages are records too (see :func:`plaintext_records`).
    """
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
        wanted = {record["id"] for record in records}
        pages = {}
        with gzip.open(
            path.with_name(path.name.replace(".jsonl.gz", ".html.jsonl.gz")), "rt", encoding="utf-8"
        ) as handle:
            for line in handle:
                page = json.loads(line)
                if page["id"] in wanted:
                    pages[page["id"]] = page["html"]
        for record in records:
            out.append(
                dict(
                    source=source,
                    host=host_of(record.get("url"), record["id"]),
                    id=record["id"],
                    rendering=record["rendering"],
                    text=record["text"],
                    labels=record["labels"],
                    prose=record.get("prose_boilerplate_lines") or [],
                    html=pages.get(record["id"]) if record["rendering"] == "html_text" else None,
                )
            )
    return out + plaintext_records(data.parent)


def plaintext_pages(data: Path) -> dict[str, dict]:
    """The plaintext dev set's records (text and gold) by training id; ``data`` holds ``plaintext_dev.jsonl``."""
    out = {}
    for raw in (data / "plaintext_dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        out[f"{PLAINTEXT}/{record['id']}"] = record
    return out


def plaintext_records(data: Path) -> list[dict]:
    """The plaintext dev set's pages (``html_text`` renderings), each line labelled by :func:`gold_labels`."""
    urls = json.loads((data / "html_dev" / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key, record in plaintext_pages(data).items():
        out.append(
            dict(
                source=PLAINTEXT,
                host=host_of(urls.get(record["id"], {}).get("url"), record["id"]),
                id=key,
                rendering="html_text",
                text=record["text"],
                labels=gold_labels(record["text"], record["gold"]),
                prose=[],
                html=None,
            )
        )
    return out


def gold_labels(text: str, gold: str, size: int = 4) -> list[str]:
    """Each line's label by the benchmark's own measure: the share of its words inside a word ``size``-gram of the gold.

    Words are the metric's own (:func:`metrics.words`); the page's words run on across lines, as the
    scorer reads an output; a line at or above :data:`CONTENT_SHARE` is ``content``, at or below
    :data:`BOILERPLATE_SHARE` ``boilerplate``, else ``unsure``; a line with no word is ``unsure``; a blank
    line is ``""`` (as in the training data).
    """
    wanted = set(shingles(gold, size))
    lines = text.split("\n")
    page_words, owner = [], []
    for index, line in enumerate(lines):
        found = words(line)
        page_words += found
        owner += [index] * len(found)
    covered = [False] * len(page_words)
    for start in range(max(0, len(page_words) - size + 1)):
        if tuple(page_words[start : start + size]) in wanted:
            covered[start : start + size] = [True] * size
    total: dict[int, int] = defaultdict(int)
    inside: dict[int, int] = defaultdict(int)
    for index, hit in zip(owner, covered, strict=True):
        total[index] += 1
        inside[index] += hit
    labels = []
    for index, line in enumerate(lines):
        if not line.strip():
            labels.append("")
        elif not total[index]:
            labels.append("unsure")
        else:
            share = inside[index] / total[index]
            labels.append(
                "content" if share >= CONTENT_SHARE else "boilerplate" if share <= BOILERPLATE_SHARE else "unsure"
            )
    return labels


def normalised(line: str) -> str:
    """A line's words as the training data's labelling compares them: NFKD, case-folded, accents stripped."""
    text = "".join(char for char in unicodedata.normalize("NFKD", line.casefold()) if not unicodedata.combining(char))
    return " ".join(regex.findall(r"\w+", text))


def extraction(
    html: str, lines: list[str], labels: list, prose: set[int]
) -> tuple[list[str], list, set[int], int, int]:
    """A recall-leaning extraction of the page, each line labelled as the page's line with the same words.

    Returns the extracted lines, their labels (``"unsure"`` for a line no page line matches, or that
    matches page lines of different labels: left out of training and of the figures), the indexes of
    its prose-boilerplate lines, and how many non-blank lines matched and did not.
    """
    import trafilatura

    found = trafilatura.extract(html, **EXTRACT_SETTINGS) or ""
    by_words: dict[str, set] = defaultdict(set)
    prose_words = set()
    for index, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label:
            key = normalised(line)
            by_words[key].add(label)
            if index in prose:
                prose_words.add(key)
    out_lines = found.split("\n")
    out_labels, out_prose, matched, unmatched = [], set(), 0, 0
    for index, line in enumerate(out_lines):
        if not line.strip():
            out_labels.append("")
            continue
        key = normalised(line)
        known = by_words.get(key, set())
        if len(known) == 1 and key:
            out_labels.append(next(iter(known)))
            matched += 1
            if key in prose_words:
                out_prose.add(index)
        else:
            out_labels.append("unsure")
            unmatched += 1
    return out_lines, out_labels, out_prose, matched, unmatched


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


def _structure_only(reading) -> bool:
    """Whether only the structure rules (:data:`cleantext.annotate.STRUCTURE`) would remove lines of the paragraph."""
    ruled = reading.ruled.values()
    return bool(ruled) and all(map(is_structure, ruled))


def _in_gap(reading) -> tuple[bool, tuple[str, ...]] | None:
    """What the paragraph's removals weigh in a gap between two article anchors the decision keeps
    (:func:`cleantext.decision.gap_weight`); ``None`` when no rule touches it."""
    return gap_weight(reading.ruled.values()) if reading.ruled else None


def _listed(readings, places: Places) -> set[int]:
    """The paragraphs the decision keeps whole as its page's main list (``decision._keep_listing``): in a main list run
    (:func:`cleantext.listings.item_lists`), every line ruled by the structure rules, or, for a marker, by them or as a
    repeated label. ``places``: :func:`cleantext.listings.marker_places` of ``readings``, found once for both rules."""
    inside, markers = item_lists(readings, places=places)
    return {
        k
        for k in inside
        if readings[k].ruled and all(list_keeps(edit, k in markers) for edit in readings[k].ruled.values())
    }


def _threaded(readings, places: Places) -> dict[int, tuple[tuple[int, int], ...]]:
    """The paragraphs the decision keeps from a forum thread's removals (``decision._keep_thread``), each with the
    ``(first, reach)`` of the threads (:func:`cleantext.forums.thread_spans`) it lies in: it stays when the page's
    first article anchor the decision keeps stands after ``first`` and at ``reach`` or before. A paragraph counts
    when the structure rules rule a line of it as ``outside-article``, or any when it is sentence-like. ``places``: as
    :func:`_listed` reads it."""
    out: dict[int, tuple[tuple[int, int], ...]] = {}
    spans = thread_spans(readings, places)
    for k, reading in enumerate(readings):
        if not any(thread_keeps(edit, reading.paragraph) for edit in reading.ruled.values()):
            continue
        found = tuple((first, reach) for first, reach, last in spans if first <= k <= last)
        if found:
            out[k] = found
    return out


def _cut_off(reading) -> bool:
    """Whether the structure rules rule every line of the paragraph as ``outside-article`` (prose far from the article),
    and nothing else rules one: what ``decision._keep_cohesive`` may keep."""
    ruled = reading.ruled
    return len(ruled) == len(reading.paragraph.lines) and all(map(is_cut_off, ruled.values()))


def _written(readings) -> list[frozenset[str] | None]:
    """Each paragraph's words as ``decision._keep_cohesive`` compares them (:func:`cleantext.cohesion.words_of`), in a
    document with a paragraph it may keep (:func:`_cut_off`); ``None`` for each in any other."""
    if not any(map(_cut_off, readings)):
        return [None] * len(readings)
    return [frozenset(words_of(reading.paragraph.text)) for reading in readings]


def page_crop(record: dict) -> tuple[list[str], list] | None:
    """The crop of ``record``'s page (:func:`metrics.crop`), drawn with the record's own seed: the same every run,
    and the same wherever it is drawn (``bench/quality_heldout.py`` scores the crops this script trains and judges on)."""
    return crop(
        record["text"].split("\n"), record["labels"], random.Random(f"{SEED}:{record['id']}:{record['rendering']}")
    )


def featurize(doc: dict) -> list[dict]:
    """Feature rows of a record's page and, for ``html_text``, of its crop and (with HTML) its extraction."""
    lines = doc["text"].split("\n")
    labels = doc["labels"]
    prose = set(doc["prose"])
    shown = [("page", lines, labels, prose, {})]
    if doc["rendering"] == "html_text":
        cropped = page_crop(doc)
        if cropped:
            shown.append(("crop", cropped[0], cropped[1], set(), {}))
        if doc["html"]:
            found, found_labels, found_prose, matched, unmatched = extraction(doc["html"], lines, labels, prose)
            shown.append(("extract", found, found_labels, found_prose, dict(matched=matched, unmatched=unmatched)))
    out = []
    for kind, view, view_labels, view_prose, counts in shown:
        rows = []
        readings = read_paragraphs(view)
        places = marker_places(readings)  # the listing and the thread rules' markers, found once
        listed = _listed(readings, places)
        threaded = _threaded(readings, places)
        sources = article_sources(readings)  # an article's list of its sources: the model alone keeps it
        written = _written(readings)  # the paragraphs' words, where the article going on may be kept (cohesion)
        for k, reading in enumerate(readings):
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
                    anchors_article(paragraph),
                    _structure_only(reading),
                    _in_gap(reading),
                    k in listed,
                    threaded.get(k, ()),
                    k in sources,
                    written[k] is not None and _cut_off(reading),
                    written[k],
                )
            )
        out.append(
            dict(
                source=doc["source"],
                host=doc["host"],
                id=doc["id"],
                rendering=doc["rendering"],
                kind=kind,
                rows=rows,
                **counts,
            )
        )
    return out


def features_of(args: argparse.Namespace) -> list[dict]:
    """Every document's feature rows, cached under training/.cache by the code that makes them."""
    import trafilatura

    code = b"".join((ROOT / "src" / "cleantext" / name).read_bytes() for name in feature_code())
    code += (ROOT / "bench" / "metrics.py").read_bytes()  # plaintext_dev's labels: gold_labels reads words with it
    code += Path(__file__).read_bytes()  # this module: how the views are made and labelled
    key = zlib.crc32(code + f"{args.cap}:{SEED}:{args.data}:{VIEWS_VERSION}:{trafilatura.__version__}".encode())
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


def extraction_counts(docs: list[dict]) -> dict[str, dict[str, int]]:
    """Per source: extracted pages, and their non-blank lines matched to a labelled page line or left out."""
    out: dict[str, dict[str, int]] = {}
    for doc in docs:
        if doc["kind"] == "extract":
            item = out.setdefault(doc["source"], dict(pages=0, matched=0, unmatched=0))
            item["pages"] += 1
            item["matched"] += doc["matched"]
            item["unmatched"] += doc["unmatched"]
    return out
