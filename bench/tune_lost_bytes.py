"""Choose lost-byte recovery's margin and least frequency on generated damage, not on the repair cases.

Usage: python bench/tune_lost_bytes.py [--data DIR] [--sample N]

Text: the speed benchmark's sentences (fixtures/speed/multilingual_sentences.json: es, de, fr, ru)
and the lines of news in ../shared/data (plaintext_dev gold, realtext_dev content lines) that hold
a letter outside ASCII (mostly English with names). Each letter outside ASCII is damaged on its own,
the rest of its line kept as the damage leaves it, in five ways:

- ``legacy``: a letter of Windows-1252 (-1250, -1251) read as UTF-8: one U+FFFD;
- ``utf8``: the letter's UTF-8 bytes each became U+FFFD;
- ``cp1252-?``: the line's UTF-8 read as Windows-1252, the damaged letter's last byte lost to "?"
  where that happens: a byte Windows-1252 leaves undefined, or 0xAD (the soft hyphen) -- or, for the
  other bytes of 0x80-0x9F, the line read as Latin-1 (its other C1 controls kept as they are);
- ``vanished``: the same bytes, gone;
- ``cp1252-fffd``: the bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), as U+FFFD.

The recovery step that owns the damage runs on the line (``recover_replacement_runs`` for U+FFFD
runs, ``recover_lead_losses`` for the others, which gives the letter back in mojibake form), and
the letter scores as recovered (the line comes back right), left (unchanged) or wrong (any other
change). The script prints
the three counts for a grid of margins and least frequencies; the chosen values are those in
cleantext/repair/choice.py, and the report says why.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from itertools import product
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

from cleantext.repair import choice
from cleantext.repair.leads import recover_lead_losses
from cleantext.repair.runs import recover_replacement_runs

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
MARGINS = (0.5, 1.0, 1.5, 2.0)
MIN_ZIPFS = (2.0, 2.5, 3.0)


def news_lines(data: Path, cases: list[dict[str, str]]) -> list[str]:
    """The article lines of the dev sets (each case's expected lines when the data is missing): the lines bench_repair
    times repair on, and some of those this script damages."""
    lines: list[str] = []
    plain, real = data / "plaintext_dev.jsonl", data / "realtext_dev.jsonl"
    if plain.exists() and real.exists():
        for raw in plain.read_text("utf-8").splitlines():
            lines.extend(json.loads(raw)["gold"].split("\n"))
        for raw in real.read_text("utf-8").splitlines():
            doc = json.loads(raw)
            text_lines = doc["text"].split("\n")
            lines.extend(text_lines[entry["i"]] for entry in doc["lines"] if entry["label"] == "content")
    else:
        for case in cases:
            lines.extend(case["expected"].split("\n"))
    return [line for line in lines if line.strip()]


def _lines(data: Path) -> list[str]:
    sentences = json.loads((ROOT / "fixtures" / "speed" / "multilingual_sentences.json").read_text("utf-8"))
    lines = [line for language, group in sentences.items() if language != "_about" for line in group]
    lines += news_lines(data, [])
    return sorted({line.strip() for line in lines if not line.isascii() and "\ufffd" not in line})


#: Continuation bytes that get lost: C1 controls of a Latin-1 reading (0x80-0x9F) and the soft hyphen
#: (0xAD); Windows-1252 leaves only its undefined bytes undecoded (U+FFFD).
_LOST = {*range(0x80, 0xA0), 0xAD}
_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


WAYS = ("legacy", "utf8", "cp1252-?", "vanished", "cp1252-fffd")


def _legacy_byte(char: str) -> bool:
    for codec in ("cp1252", "cp1250", "cp1251"):
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def damaged(line: str, index: int, way: str) -> tuple[str, list[str], Callable[[str], str]] | None:
    """The damaged line, the outputs that count as recovered, and the recovery to run; None if the way does not apply."""
    before, char, after = line[:index], line[index], line[index + 1 :]
    if way == "legacy":
        if not _legacy_byte(char):
            return None
        return before + "\ufffd" + after, [line], recover_replacement_runs
    if way == "utf8":
        return before + "\ufffd" * len(char.encode("utf-8")) + after, [line], recover_replacement_runs
    encoded = char.encode("utf-8")
    if len(encoded) < 2 or encoded[-1] not in (_UNDEFINED if way == "cp1252-fffd" else _LOST):
        return None  # a byte that survives this damage
    # one reading for the whole line: Windows-1252 loses only the bytes it leaves undefined; a byte it
    # defines (0x87 is "‡") is lost only where the line was read as Latin-1, its other C1 bytes kept
    codec = "sloppy-windows-1252" if encoded[-1] in _UNDEFINED else "latin-1"
    lead = encoded[:-1].decode(codec)
    lost = {"cp1252-?": "?", "vanished": "", "cp1252-fffd": "\ufffd"}[way]
    head = _moji(before, codec) + lead
    tail = _moji(after, codec)
    # the letter comes back in either reading's form (recovery writes Windows-1252's), for ftfy to decode
    wholes = {_moji(char, codec), _moji(char)}
    right = [head[: -len(lead)] + whole + tail for whole in wholes]
    if lost == "?":  # the "?" may stay
        right += [head[: -len(lead)] + whole + lost + tail for whole in wholes]
    return head + lost + tail, right, recover_lead_losses


def _moji(text: str, codec: str = "sloppy-windows-1252") -> str:
    return text.encode("utf-8").decode(codec)


def score(line: str, index: int, way: str) -> str | None:
    made = damaged(line, index, way)
    if made is None:
        return None
    text, right, recovery = made
    out = recovery(text)
    return "left" if out == text else "recovered" if out in right else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sample", type=int, default=2000, help="damaged letters drawn (fixed seed; 0: all)")
    args = parser.parse_args()
    lines = _lines(args.data)
    sites = [
        (line, index) for line in lines for index, char in enumerate(line) if char.isalpha() and not char.isascii()
    ]
    if args.sample and args.sample < len(sites):
        sites = random.Random(15).sample(sites, args.sample)
    ways = WAYS
    print(f"{len(lines)} lines, {len(sites)} letters outside ASCII drawn")
    print(f"{'margin':>7}{'min':>5}" + "".join(f"{way:>19}" for way in ways) + f"{'all':>19}")
    for margin, least in product(MARGINS, MIN_ZIPFS):
        choice.MARGIN, choice.MIN_ZIPF = margin, least  # every recovery reads them there, at the call
        row = []
        total: Counter[str] = Counter()
        for way in ways:
            counts: Counter[str] = Counter()
            for line, index in sites:
                verdict = score(line, index, way)
                if verdict:
                    counts[verdict] += 1
            total += counts
            row.append(f"{counts['recovered']}/{counts['wrong']}/{counts['left']}")
        row.append(f"{total['recovered']}/{total['wrong']}/{total['left']}")
        print(f"{margin:>7}{least:>5}" + "".join(f"{cell:>19}" for cell in row), flush=True)
    print("cells: recovered/wrong/left")
    sys.exit(0)


if __name__ == "__main__":
    main()
