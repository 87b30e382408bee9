"""Lost-byte recovery on held-out text: whole lines of the training data, damaged every lossy way.

Usage: python bench/heldout_lost_bytes.py [--train DIR] [--split test|dev|all] [--show N]

Text: the ``content`` lines of ../shared/data/train (html_text rendering) that hold a Latin letter
outside ASCII, 20-400 characters, that ``repair`` leaves as they are (932 lines: mostly English
with names, some German, French, Croatian, Hungarian; a few hold old damage of their own). They are
split once, by a fixed seed: ``dev`` (600 lines) is where the wrong guesses of the recovery were
looked at while it was written; ``test`` (the other 332) was not looked at, and its figure is the
out-of-sample one. The margin and least frequency were chosen by bench/tune_lost_bytes.py on other
text. Each line is damaged as a whole, each way that applies:

- ``legacy``: written in a single-byte code page (Windows-1252, else -1250, -1254, -1257) and read as
  UTF-8: each byte above 0x7F becomes one U+FFFD;
- ``utf8``: each byte of each character outside ASCII becomes U+FFFD;
- ``cp1252-?``: UTF-8 read as Windows-1252 where a byte it leaves undefined, or a C1 control of a
  Latin-1 reading, became ``?`` (the soft hyphen 0xAD too);
- ``vanished``: the same bytes, gone.

``repair`` runs on the damaged line; the verdict is recovered (the line comes back as written),
left (only damage kept as it was) or wrong (some other change), as bench_repair.py judges its
lost-byte lines; a wrong line is a wrong letter when a letter differs, else a wrong mark (a dash
for another dash, a quote for a degree sign). Lines with no lossy byte under a way are not counted
for that way.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)
from bench_repair import _verdict
from check_repair_keeps_clean_text import content_lines

import cleantext

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "train"
WAYS = ("legacy", "utf8", "cp1252-?", "vanished")
#: Bytes lost when UTF-8 is read as Windows-1252/Latin-1 and written out again: the undefined bytes
#: and C1 controls (0x80-0x9F) and the invisible soft hyphen.
_LOST = {*range(0x80, 0xA0), 0xAD}
_LEGACY = ("cp1252", "cp1250", "cp1254", "cp1257")


def _latin(line: str) -> bool:
    outside = [char for char in line if not char.isascii()]
    return any(char.isalpha() for char in outside) and all(char < "\u0250" or not char.isalpha() for char in outside)


def sentences(train: Path, split: str = "all") -> list[str]:
    """The held-out lines of one split (``dev``, ``test`` or ``all``)."""
    lines = _eligible(train)
    dev = set(random.Random(15).sample(lines, DEV_SIZE)) if len(lines) > DEV_SIZE else set(lines)
    if split == "all":
        return lines
    return [line for line in lines if (line in dev) == (split == "dev")]


#: Lines of the dev split (looked at while writing the recovery); the rest are the test split.
DEV_SIZE = 600


def _eligible(train: Path) -> list[str]:
    stripped = {line.strip() for line in content_lines(train, rendering="html_text")}
    found = {line for line in stripped if 20 <= len(line) <= 400 and _latin(line)}
    return sorted(line for line in found if "\ufffd" not in line and cleantext.repair(line) == line)


def damage(line: str, way: str) -> str | None:
    """The line damaged one way, or None when that way loses nothing of it."""
    if way == "legacy":
        for codec in _LEGACY:
            try:
                data = line.encode(codec)
            except UnicodeEncodeError:
                continue
            return data.decode("utf-8", errors="replace")
        return None
    if way == "utf8":
        return "".join("\ufffd" * len(char.encode("utf-8")) if not char.isascii() else char for char in line)
    data = line.encode("utf-8")
    if not any(byte in _LOST for byte in data):
        return None
    lost = "?" if way == "cp1252-?" else ""
    return "".join(lost if byte in _LOST else bytes([byte]).decode("sloppy-windows-1252") for byte in data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--show", type=int, default=0, help="wrong lines printed per way")
    args = parser.parse_args()
    lines = sentences(args.train, args.split)
    print(f"{len(lines)} lines ({args.split} split) with a Latin letter outside ASCII (train content, html_text)")
    total: Counter[str] = Counter()
    for way in WAYS:
        counts: Counter[str] = Counter()
        shown = 0
        for line in lines:
            text = damage(line, way)
            if text is None or text == line:
                continue
            out = cleantext.repair(text)
            verdict = _verdict(out, {"input": text, "expected": line})
            counts[verdict] += 1
            if verdict == "wrong" and _wrong_letter(out, line):
                counts["letter"] += 1
            if verdict == "wrong" and shown < args.show:
                shown += 1
                print(f"  wrong [{way}] {text!r}\n     -> {cleantext.repair(text)!r}")
        total += counts
        _print(way, counts)
    _print("all", total)


def _print(name: str, counts: Counter[str]) -> None:
    done = counts["recovered"] + counts["left"] + counts["wrong"]
    print(
        f"  {name:<10} {done:>4} lines: {counts['recovered']} recovered, {counts['left']} left, "
        f"{counts['wrong']} wrong ({counts['letter']} a wrong letter) ({counts['recovered'] / max(done, 1):.1%} recovered)"
    )


def _wrong_letter(out: str, line: str) -> bool:
    """Does a letter of ``out`` differ from ``line`` (not only punctuation, not damage left)?"""
    matcher = SequenceMatcher(None, out, line, autojunk=False)
    return any(
        any(char.isalpha() for char in out[start:end] + line[first:last])
        for operation, start, end, first, last in matcher.get_opcodes()
        if operation != "equal" and "\ufffd" not in out[start:end] and "?" not in out[start:end]
    )


if __name__ == "__main__":
    main()
