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

from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

from make_words import FLOOR, LANGUAGES, frequencies, latin, packed, save, zipf

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
    lines = [
        f"# cleantext letters in context v{VERSION}, from wordfreq {metadata.version('wordfreq')} (Robyn Speer et al.),"
        " CC-BY-SA 4.0: see README.md",
        "# @lang; then a context (two characters before, two after; ^ and $ pad a word) and each letter: words",
    ]
    for language in LANGUAGES:
        words = sorted(
            word
            for word, frequency in frequencies(language).items()
            if not word.isascii() and word.isalpha() and latin(word) and zipf(frequency) >= FLOOR
        )
        lines.append("@" + language)
        for context, letters in contexts(words).items():
            if sum(letters.values()) >= LEAST_WORDS:
                lines.append(context + " " + " ".join(f"{char}{count}" for char, count in sorted(letters.items())))
    return packed(lines)


def main() -> None:
    save(build(), OUT)


if __name__ == "__main__":
    main()
