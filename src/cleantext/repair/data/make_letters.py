"""Write letters.txt.gz: which letters outside ASCII each language writes between which letters.

Usage (in an environment with wordfreq, which cleantext itself does not need)::

    pip install wordfreq==3.1.1
    python src/cleantext/repair/data/make_letters.py

For each language of the word table (``make_words.LANGUAGES``), every word wordfreq lists with a Zipf
frequency of at least ``make_words.FLOOR`` (letters only, Latin alphabet) is read once, whatever its
frequency (a name follows how a language spells, not how often its words are written): each letter
outside ASCII is counted under its context, the two characters before it and the two after it (``^`` and
``$`` pad a word's edges). Contexts seen in fewer than ``LEAST_WORDS`` words are left out (they cannot
make a letter clearly most likely alone). The file is deterministic (sorted, gzip without a time stamp);
see README.md beside it for the provenance and the licence of the data.
"""

from __future__ import annotations

import gzip
import math
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

from make_words import FLOOR, LANGUAGES, latin

OUT = Path(__file__).with_name("letters.txt.gz")
#: Version of the file's format and content; bumped whenever either changes.
VERSION = 1
#: The least words a context is seen in to be kept.
LEAST_WORDS = 2


def contexts(words: list[str]) -> dict[str, Counter[str]]:
    """Per context (two characters before, two after), how many ``words`` write each letter outside ASCII there.

    >>> dict(contexts(["čača", "kuća"]))
    {'^^ač': Counter({'č': 1}), 'kua$': Counter({'ć': 1}), 'čaa$': Counter({'č': 1})}
    """
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for word in words:
        padded = f"^^{word}$$"
        for at in range(2, len(padded) - 2):
            if not padded[at].isascii():
                found[padded[at - 2 : at] + padded[at + 1 : at + 3]][padded[at]] += 1
    return dict(sorted(found.items()))


def build() -> bytes:
    import wordfreq  # a tool of this build only

    lines = [
        f"# cleantext letters in context v{VERSION}, from wordfreq {metadata.version('wordfreq')} (Robyn Speer et al.),"
        " CC-BY-SA 4.0: see README.md",
        "# @lang; then a context (two characters before, two after; ^ and $ pad a word) and each letter: words",
    ]
    for language in LANGUAGES:
        size = "large" if language in wordfreq.available_languages("large") else "small"
        frequencies = wordfreq.get_frequency_dict(language, size)
        words = sorted(
            word
            for word, frequency in frequencies.items()
            if not word.isascii() and word.isalpha() and latin(word) and math.log10(frequency * 1e9) >= FLOOR
        )
        lines.append("@" + language)
        for context, letters in contexts(words).items():
            if sum(letters.values()) >= LEAST_WORDS:
                lines.append(context + " " + " ".join(f"{char}{count}" for char, count in sorted(letters.items())))
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    data = build()
    OUT.write_bytes(data)
    print(f"{len(data)} bytes -> {OUT}")


if __name__ == "__main__":
    main()
