"""Write words.txt.gz, the word-frequency table that lost-byte recovery ranks its candidates by.

Usage (in an environment with wordfreq, which cleantext itself does not need)::

    pip install wordfreq==3.1.1
    python src/cleantext/repair/data/make_words.py

The table holds, for each language, the words wordfreq lists that contain a character outside ASCII
(a lost byte always belongs to one: the recovered character is never ASCII), the most frequent first,
up to a cap, with their Zipf frequency rounded to a tenth; and the language's most frequent words of
any kind, which tell the language of a line. wordfreq case-folds its words ("ß" becomes "ss"), so
German words with "ss" are kept too, and Turkish words that begin with "i" (capitalised, "İ"), and lookups case-fold. The file is deterministic (sorted, gzip without a time
stamp): running this again with the same wordfreq gives the same bytes. See README.md beside it for
the provenance and the licence of the data.
"""

from __future__ import annotations

import gzip
import math
from importlib import metadata
from itertools import groupby
from pathlib import Path

OUT = Path(__file__).with_name("words.txt.gz")
#: Version of the table's format and content; bumped whenever either changes.
VERSION = 3
#: Languages written in the Latin alphabet with letters outside ASCII. (Not Russian or Ukrainian: in
#: generated damage their many inflected forms made one word of two too often, "вступит"/"вступил".)
LANGUAGES = [
    "en",
    "pt",
    "es",
    "fr",
    "de",
    "it",
    "nl",
    "ca",
    "pl",
    "cs",
    "sk",
    "sl",
    "sh",
    "hu",
    "ro",
    "tr",
    "vi",
    "sv",
    "da",
    "nb",
    "fi",
    "is",
    "lt",
    "lv",
]
#: The languages the repair cases and the issue name get the bigger share.
MAJOR = {"pt", "es", "fr", "de", "it", "pl", "tr", "vi", "ro", "cs"}
CAP_MAJOR, CAP_MINOR = 15_000, 6_000
#: Zipf 1.5: about 3 per 100 million words; rarer words say little about which letter was lost.
FLOOR = 1.5
#: German words among the most frequent this many that hold "ss" (perhaps "ß", folded by wordfreq).
SHARP_S = 30_000
#: Turkish words among the most frequent this many that begin with "i": capitalised, "İ" is outside ASCII
#: ("İstanbul"), so a name's lost first letter may be it.
DOTTED_I = 30_000
#: How many of each language's most frequent words (of any kind) tell its language.
EVIDENCE = 100


def latin(word: str) -> bool:
    """Is ``word`` written in the Latin alphabet (with Vietnamese's letters)? wordfreq's lists of these
    languages also hold some Greek and Cyrillic words ("α", "на"), which the table leaves out (version 3).

    >>> latin("łódź"), latin("người"), latin("на"), latin("μm")
    (True, True, False, False)
    """
    return all(char < "\u0250" or "\u1e00" <= char <= "\u1eff" for char in word)


def zipf(frequency: float) -> float:
    """A word's frequency on the Zipf scale (log10 of its uses per billion words)."""
    return math.log10(frequency * 1e9)


def frequencies(language: str) -> dict[str, float]:
    """wordfreq's frequencies of ``language``'s words, from its large list where it has one."""
    import wordfreq  # a tool of this build only

    size = "large" if language in wordfreq.available_languages("large") else "small"
    return wordfreq.get_frequency_dict(language, size)


def packed(lines: list[str]) -> bytes:
    """The file's lines, compressed the same way on every build (no time stamp)."""
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def save(data: bytes, out: Path) -> None:
    """Write a built file and say where."""
    out.write_bytes(data)
    print(f"{len(data)} bytes -> {out}")


def build() -> bytes:
    version = metadata.version("wordfreq")
    lines = [
        f"# cleantext word table v{VERSION}, from wordfreq {version} (Robyn Speer et al.), CC-BY-SA 4.0: see README.md",
        "# %the letters outside ASCII of all words; @lang; !evidence words; =zipf x 10, then the words of that frequency",
    ]
    for language in LANGUAGES:
        ranked = sorted(frequencies(language).items(), key=lambda item: (-item[1], item[0]))
        evidence = [word for word, _ in ranked if word.isalpha()][:EVIDENCE]
        words = [
            (word, round(zipf(frequency) * 10))
            for word, frequency in ranked
            if not word.isascii() and word.isalpha() and zipf(frequency) >= FLOOR
        ][: CAP_MAJOR if language in MAJOR else CAP_MINOR]
        words = [item for item in words if latin(item[0])]  # (after the cap: the Latin words of version 2)
        if language == "de":  # wordfreq case-folds "ß" to "ss": keep the words that may have held one
            words += [(word, round(zipf(frequency) * 10)) for word, frequency in ranked[:SHARP_S] if "ss" in word]
        if language == "tr":  # "istanbul" is "İstanbul" written capitalised
            words += [
                (word, round(zipf(frequency) * 10))
                for word, frequency in ranked[:DOTTED_I]
                if word[:1] == "i" and word.isascii() and word.isalpha() and zipf(frequency) >= FLOOR
            ]
        lines.append("@" + language)
        lines.append("!" + " ".join(evidence))
        for level, group in groupby(sorted(words, key=lambda item: (-item[1], item[0])), key=lambda item: item[1]):
            lines.append(f"={level}")
            lines.append(" ".join(word for word, _ in group))
    alphabet = sorted({char for line in lines[2:] if line[:1] not in "@!=" for char in line if ord(char) > 0x7F})
    lines.insert(2, "%" + "".join(alphabet))
    return packed(lines)


def main() -> None:
    save(build(), OUT)


if __name__ == "__main__":
    main()
