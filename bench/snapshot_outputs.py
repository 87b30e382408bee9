"""Fingerprint what cleantext does to every document on disk, to check that a speed change changed nothing.

Usage::

    python bench/snapshot_outputs.py OUT.json            # write a snapshot of the current code
    python bench/snapshot_outputs.py OUT.json --compare OLD.json   # ... and list the documents that differ
    python bench/snapshot_outputs.py OUT.json --learned  # the learned decision's own reading too (LEARNED_PIPELINE)

For each document of realtext_dev, plaintext_dev (text and gold body), html_dev (page through
``from_html``, ground-truth body through ``clean``) and the three corpora of ``bench_speed.py``, the
snapshot holds a hash of ``clean(text)``, of every ``explain`` edit (line, step, action, label, before,
after) and of each text step run alone. Equal snapshots mean the same output, the same explanations
and the same per-step behaviour on all of them.

With ``--learned`` the snapshot is of ``LEARNED_PIPELINE`` (the default's steps, given as ``steps=``): its
``clean`` and ``explain``, ``keep_article`` run alone, and for a text, the features of every paragraph
of its repaired text as the decision reads them (shape, tokens, token value, and the rules' removals).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "bench"))

from bench_speed import corpora  # noqa: E402

import cleantext  # noqa: E402

STEPS = ("repair", "drop_duplicates", "strip_chrome", "strip_boilerplate", "tidy")


def _texts() -> Iterator[tuple[str, str, str]]:
    """(name, kind, text) for every document."""
    for number, raw in enumerate((DATA / "realtext_dev.jsonl").read_text(encoding="utf-8").splitlines()):
        yield f"realtext/{number}", "text", json.loads(raw)["text"]
    for number, raw in enumerate((DATA / "plaintext_dev.jsonl").read_text(encoding="utf-8").splitlines()):
        record = json.loads(raw)
        yield f"plaintext/{number}", "text", record["text"]
        yield f"plaintext-gold/{number}", "text", record["gold"]
    truth = json.loads((DATA / "html_dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for name, entry in sorted(truth.items()):
        yield f"html-truth/{name}", "text", entry["articleBody"]
    for path in sorted((DATA / "html_dev").glob("*.html.gz")):
        yield f"html/{path.name}", "html", gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    for corpus, documents in corpora().items():
        for number, text in enumerate(documents):
            yield f"{corpus}/{number}", "text", text


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _learned_reading(text: str) -> list[object]:
    """What the decision reads of a text's paragraphs: their lines, features and the rules' removals."""
    from cleantext.decision import read_paragraphs

    readings = read_paragraphs(cleantext.repair(text).split("\n"))
    return [
        (
            tuple(reading.paragraph),
            tuple(reading.features),
            sorted((k, e.step, e.reason) for k, e in reading.ruled.items()),
        )
        for reading in readings
    ]


def snapshot(*, learned: bool = False) -> dict[str, str]:
    result: dict[str, str] = {}
    steps = cleantext.LEARNED_PIPELINE if learned else None
    for name, kind, text in _texts():
        report = cleantext.explain(text, kind=kind, steps=steps)
        edits = [(e.line, e.step, e.action, e.label, e.before, e.after) for e in report.edits]
        parts: list[object] = [cleantext.clean(text, kind=kind, steps=steps), report.text, edits]
        if kind == "text" and learned:
            parts.extend([cleantext.keep_article(text), _learned_reading(text)])
        elif kind == "text":
            parts.extend(getattr(cleantext, step)(text) for step in STEPS)
        result[name] = _digest(*parts)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot; list the documents that differ")
    parser.add_argument("--learned", action="store_true", help="snapshot cleantext.LEARNED_PIPELINE instead")
    args = parser.parse_args()
    current = snapshot(learned=args.learned)
    args.out.write_text(json.dumps(current, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(current)} documents -> {args.out}")
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = sorted(name for name in current.keys() | old.keys() if current.get(name) != old.get(name))
        for name in differ:
            print(f"differs: {name}")
        print(f"{len(differ)} of {len(current)} documents differ")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
