"""Word frequencies by language (``data/words.txt.gz``), read on first use, for lost-byte recovery.

The table holds words with a character outside ASCII (a lost byte always stood for one), by
language, with their Zipf frequency (log10 of occurrences per billion words), and each language's
most frequent words, which tell the language of a line. See ``data/README.md`` for its source and
licence.
"""

from __future__ import annotations

import gzip
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from ..lazy import read_shipped

#: What stands for an unknown letter in :meth:`WordTable.with_holes`.
HOLE = "\x00"
#: What the table's first line must start with: a table of another version is refused.
FORMAT = "# cleantext word table v3,"
#: How much each language's frequencies count: fully for the languages most news is written in and
#: that the repair cases cover; a tenth (-1.0 in Zipf units) for the others, so that a word of
#: Catalan, Danish or Slovene does not tie with the Spanish, German or Portuguese word that differs from it
#: by one accent ("møller" and "müller", "clåudia" and "cláudia"). (A third until issue 15's sixth round:
#: a tenth was chosen on the dev split of bench/heldout_lost_bytes.py, where it recovered 8 more lines and
#: left 2 wrong ones; bench/tune_lost_bytes.py's generated damage scores the same under both.)
PRIORS = dict.fromkeys(["en", "pt", "es", "fr", "de", "it", "pl", "tr", "vi", "ru"], 1.0)
MINOR_PRIOR = 0.1
#: Romanian writes "ș" and "ț" with a comma below, and the table lists its words so; a page in a single-byte code
#: page (Windows-1250, ISO-8859-2: neither has these letters) and many older pages write them with a cedilla, "ş"
#: and "ţ", which is one word in another spelling. The table reads the second spelling as the first.
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")


def fold(word: str) -> str:
    """``word`` case-folded as the table's words are, the Turkish "İ" folded to "i" (not "i" and a dot).

    >>> fold("İstanbul"), fold("STRASSE")
    ('istanbul', 'strasse')
    """
    return word.replace("İ", "i").casefold()


def comma_spelling(word: str) -> str:
    """``word`` with Romanian's comma-below letters for their cedilla spelling.

    >>> comma_spelling("Şi ţara"), comma_spelling("başka")
    ('Și țara', 'bașka')
    """
    return word.translate(_COMMA)


class WordTable:
    """Zipf frequencies of words per language; ``frequency`` is what recovery ranks by."""

    __slots__ = (
        "_by_length",
        "_holes",
        "_one_letter",
        "_skeletons",
        "alphabet",
        "by_language",
        "cedilla_twins",
        "evidence",
        "known",
    )

    def __init__(self, text: str) -> None:
        if not text.startswith(FORMAT):
            raise ValueError(f"not a cleantext word table of this version: {text[:60]!r}")
        self.by_language: dict[str, dict[str, int]] = {}
        self.evidence: dict[str, frozenset[str]] = {}
        words: dict[str, int] = {}
        zipf = 0
        #: the characters outside ASCII that the words are made of
        self.alphabet: frozenset[str] = frozenset()
        for line in text.split("\n"):
            mark = line[:1]
            if mark == "%":
                self.alphabet = frozenset(line[1:])
            elif mark == "@":
                words = self.by_language.setdefault(line[1:], {})
            elif mark == "!":
                self.evidence[next(reversed(self.by_language))] = frozenset(line[1:].split(" "))
            elif mark == "=":
                zipf = int(line[1:])
            elif mark and mark != "#":
                words.update(dict.fromkeys(line.split(" "), zipf))
        #: Romanian words in their cedilla spelling ("şi" for "și"), listed as the table's comma spelling is
        self.cedilla_twins: frozenset[str] = frozenset()
        romanian = self.by_language.get("ro")
        if romanian:
            twins = {word.translate(_CEDILLA): zipf for word, zipf in romanian.items()}
            twins = {word: zipf for word, zipf in twins.items() if word not in romanian}
            romanian.update(twins)
            self.cedilla_twins = frozenset(twins)
            if "ro" in self.evidence:
                self.evidence["ro"] |= {word.translate(_CEDILLA) for word in self.evidence["ro"]}
            self.alphabet |= {char for word in twins for char in word if not char.isascii()}
        #: every word of every language (the value is one of its frequencies: test membership only)
        self.known: dict[str, int] = {}
        for table in self.by_language.values():
            self.known.update(table)
        self._by_length: dict[int, list[str]] | None = None  # the words looked up by skeleton, by length
        self._skeletons: dict[int, tuple[list[str], list[str]]] = {}  # a length -> sorted skeletons, their words
        self._holes: dict[int, str] | None = None
        self._one_letter: list[str] | None = None

    def with_holes(self, skeleton: str) -> list[str]:
        """The words that are ``skeleton`` but where it (or the word) has a ``HOLE`` or a letter outside ASCII.

        German words keep "ß" here (wordfreq folds it to "ss": "strasse" is listed as "straße" too, and a German
        word with another letter outside ASCII as well, "grösse" as "größe").

        >>> table = WordTable(FORMAT + "\\n%ö\\n@de\\n!der\\n=50\\nköln strasse grösse")
        >>> table.with_holes("k" + HOLE + "ln"), table.with_holes("stra" + HOLE + "e")
        (['köln'], ['straße'])
        >>> table.with_holes("gr" + HOLE + HOLE + "e")
        ['größe']
        """
        if self._by_length is None:
            # the words by length, once, on the first line with U+FFFD; each length's index when first asked
            # (a word and its skeleton are as long: a lookup reads one length's words, a tenth of the table)
            words = list(self.known)
            words += [word.replace("ss", "ß") for word in filter(str.isascii, words)]  # German "ss" words
            # ... and those with another letter outside ASCII: a loss of two letters in "größe" is no "grösse"
            german = [word for word in self.by_language.get("de", ()) if "ss" in word and not word.isascii()]
            words += [word.replace("ss", "ß") for word in german]
            self._by_length = {}
            for word in words:
                self._by_length.setdefault(len(word), []).append(word)
        length = len(skeleton)
        if length not in self._skeletons:  # built with C-level calls only (map, sorted)
            words = self._by_length.get(length, [])
            keys = list(map(self.skeleton, words))
            order = sorted(range(len(words)), key=keys.__getitem__)
            self._skeletons[length] = (list(map(keys.__getitem__, order)), list(map(words.__getitem__, order)))
        keys, words = self._skeletons[length]
        key = self.skeleton(skeleton)
        return words[bisect_left(keys, key) : bisect_right(keys, key)]

    def cedilla_twin(self, word: str) -> bool:
        """Is ``word`` a Romanian word in its cedilla spelling only ("şi"), which the table lists with a comma ("și")?

        >>> table = WordTable(FORMAT + "\\n%șş\\n@ro\\n!și\\n=65\\nși\\n@tr\\n=50\\nşu")
        >>> table.cedilla_twin("Şi"), table.cedilla_twin("și"), table.cedilla_twin("şu"), table.frequency("şi", ["ro"])
        (True, False, False, 5.5)
        """
        return fold(word) in self.cedilla_twins

    def skeleton(self, word: str) -> str:
        """``word`` with ``HOLE`` for each letter outside ASCII the table's words use."""
        if self._holes is None:
            self._holes = dict.fromkeys(map(ord, self.alphabet | {"ß"}), HOLE)
        return word.translate(self._holes)

    def common(self, word: str, languages: Iterable[str]) -> bool:
        """Is ``word`` (as given: fold it first) one of the commonest words of one of ``languages`` (the table's
        ``evidence``: its articles, prepositions, conjunctions)?

        >>> table = WordTable(FORMAT + "\\n@pt\\n!de a\\n=64\\nsão")
        >>> table.common("de", ["pt"]), table.common("de", ["ca"]), table.common("são", ["pt"])
        (True, False, False)
        """
        return any(word in self.evidence.get(language, ()) for language in languages)

    def frequency(self, word: str, languages: Iterable[str] | None = None) -> float:
        """How common the word is: log10 of its frequency per billion words, summed over the languages.

        Each language's frequency is weighted by its prior (:data:`PRIORS`), so a name common in
        many languages ("ángel") beats a word of one smaller language ("àngel"); ``languages`` (if
        given) limits the sum to them. 0 for an unknown word. Case does not matter.

        >>> table = WordTable(FORMAT + "\\n@pt\\n!de a\\n=64\\nsão\\n@ca\\n!de la\\n=40\\nsão")
        >>> round(table.frequency("São"), 2), round(table.frequency("SÃO"), 2), table.frequency("x")
        (6.4, 6.4, 0.0)
        >>> round(table.frequency("são", ["ca"]), 2)
        3.0
        """
        key = fold(word)
        if key not in self.known:
            return 0.0
        total = 0.0
        for language, table in self.by_language.items():
            zipf = table.get(key)
            if zipf is not None and (languages is None or language in languages):
                total += PRIORS.get(language, MINOR_PRIOR) * 10 ** (zipf / 10)
        return math.log10(total) if total else 0.0

    def dotted_capital(self, rest: str) -> str | None:
        """The Turkish word that is "İ" and ``rest`` ("İstanbul"), if the table lists it (as "istanbul").

        >>> table = WordTable(FORMAT + "\\n@tr\\n=59\\nistanbul")
        >>> table.dotted_capital("stanbul"), table.dotted_capital("STANBUL"), table.dotted_capital("zmir")
        ('İstanbul', 'İSTANBUL', None)
        """
        return "İ" + rest if "i" + rest.casefold() in self.by_language.get("tr", ()) else None

    def one_letter_words(self) -> list[str]:
        """The table's words of one letter ("à", "é", "è", "ó"...).

        >>> WordTable(FORMAT + "\\n@fr\\n=73\\nà où").one_letter_words()
        ['à']
        """
        if self._one_letter is None:
            self._one_letter = [word for word in self.known if len(word) == 1]
        return self._one_letter

    def languages_of(self, words: Iterable[str]) -> frozenset[str]:
        """The languages most of ``words`` belong to (none if no word tells).

        A word tells when it is one of a language's most frequent words, or a word of the language
        with a letter outside ASCII.

        >>> table = WordTable(FORMAT + "\\n@pt\\n!de a o que\\n@es\\n!de la el que")
        >>> sorted(table.languages_of("o que a la".split()))
        ['pt']
        >>> sorted(table.languages_of(["que"])), sorted(table.languages_of(["zzz"]))
        (['es', 'pt'], [])
        """
        folded = [word.casefold() for word in words]
        counts = {
            language: sum(
                word in evidence or (not word.isascii() and word in self.by_language[language]) for word in folded
            )
            for language, evidence in self.evidence.items()
        }
        best = max(counts.values(), default=0)
        return frozenset(language for language, count in counts.items() if count and count == best)


@lru_cache(maxsize=1)
def table() -> WordTable:
    """The shipped table, read once (about 0.1 s); nothing calls this for a line without lost bytes."""
    data = read_shipped(__package__ or "cleantext.repair", "data/words.txt.gz")
    return WordTable(gzip.decompress(data).decode("utf-8"))
