"""Runs of U+FFFD read as letters: the known words a damaged word may have been, and a lone run's one-letter word.

A run is one U+FFFD per lost byte of a single-byte code page (``S\\ufffdo Paulo``), or the bytes of
UTF-8 characters, two to four each (``S\\ufffd\\ufffdo``). :func:`_word_candidates` matches a word against
the known words (:mod:`.words`, and the words the document writes whole) with a letter outside ASCII of
the right length for each lost character; :func:`_one_letter_word` reads a run standing alone between
words as its language's commonest word of one letter (French "à"). :mod:`.runs` chooses among the
readings; :mod:`.run_punctuation` reads runs as marks, with these words after them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from .choice import _choose
from .context import Words
from .words import HOLE, WordTable, comma_spelling

#: The most U+FFFD one damaged word may hold: more are left as they are.
_MOST_LOST = 8
_RUN = re.compile("\ufffd+")

#: Single-byte code pages whose text, read as UTF-8, loses each byte above 0x7F to one U+FFFD.
_LEGACY_CODECS = ("cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "iso-8859-2", "iso-8859-15")
#: The code pages a language's text is written in: a page in English or French is Western (Windows-1252
#: has no "ř" to lose), one in Polish or Czech Central European, and so on.
_WESTERN = ("cp1252", "iso-8859-15")
_CENTRAL = ("cp1250", "iso-8859-2")
#: The languages a Central European page (Windows-1250, ISO-8859-2) is written in.
CENTRAL_LANGUAGES = frozenset({"pl", "cs", "sk", "sl", "sh", "hu", "ro"})
_CODE_PAGES = {
    **dict.fromkeys(["en", "pt", "es", "fr", "de", "it", "nl", "ca", "sv", "da", "nb", "fi", "is"], _WESTERN),
    **dict.fromkeys(sorted(CENTRAL_LANGUAGES), _CENTRAL),
    "tr": ("cp1254",),
    "lt": ("cp1257",),
    "lv": ("cp1257",),
}  # (Vietnamese is left out: Windows-1258 writes most of its letters as a base and a combining mark)


def _splits(count: int) -> Iterator[tuple[int, ...]]:
    """The ways ``count`` bytes split into UTF-8 characters of 2-4 bytes."""
    if count == 0:
        yield ()
        return
    for first in (2, 3, 4):
        if first <= count:
            for rest in _splits(count - first):
                yield (first, *rest)


@lru_cache(maxsize=4096)
def _legacy_byte(char: str, codecs: tuple[str, ...] = _LEGACY_CODECS) -> bool:
    """Is ``char`` one byte above 0x7F in a single-byte code page (which UTF-8 turns into one U+FFFD)?"""
    for codec in codecs:
        try:
            if len(char.encode(codec)) == 1:
                return True
        except UnicodeEncodeError:
            continue
    return False


def _hole_fillings(word: str, legacy: bool) -> Iterator[list[tuple[int, int]]]:
    """For each reading of the U+FFFD runs of ``word``: (position, UTF-8 length or 1) per lost character.

    Legacy: each U+FFFD was one byte, one character. UTF-8: a run of n was characters of n bytes in all.
    """
    runs = [(match.start(), len(match.group(0))) for match in _RUN.finditer(word)]
    if sum(count for _, count in runs) > _MOST_LOST:
        return  # more lost than a word's letters can be told from (and the readings multiply)
    if legacy:
        yield [(start + offset, 1) for start, count in runs for offset in range(count)]
        return
    for splits in itertools.product(*(list(_splits(count)) for _, count in runs)):
        if sum(len(split) for split in splits) <= 8:
            yield [(start, length) for (start, _), split in zip(runs, splits, strict=True) for length in split]


def _word_candidates(
    word: str, legacy: bool, book: WordTable, codecs: tuple[str, ...] = _LEGACY_CODECS, seen: Words | None = None
) -> dict[str, str]:
    """Known words ``word`` (letters and runs of U+FFFD) may have been, in its case, each mapped to itself.

    ``codecs``: the code pages a legacy byte may be of. Known: in the word table, or written whole
    in the line or its document (``seen``: a name the table lacks, "Grünwald").
    """
    found: dict[str, str] = {}
    # "GARC\ufffdA" is upper case; one letter ("R\ufffd", "\ufffdC") does not tell
    kept = word.replace("\ufffd", "")
    upper = len(kept) > 1 and kept.isupper()
    run_ends = {match.start(): match.end() for match in _RUN.finditer(word)}
    for holes in _hole_fillings(word, legacy):
        # the skeleton: the word with one HOLE per lost character
        skeleton, cursor, lost = [], 0, []
        for start, length in holes:
            if start in run_ends and cursor <= start:
                skeleton.append(word[cursor:start])
                cursor = run_ends[start]
            skeleton.append(HOLE)
            lost.append(length)
        skeleton.append(word[cursor:])
        plain = "".join(skeleton)
        folded = plain.casefold()
        if len(folded) != len(plain):
            continue  # "ß" or "İ" folded into two characters: the positions no longer match
        # a word written in the document, when enough of it is left to match it by ("не" is no "на")
        left_over = len(folded) - len(lost)
        written = seen.with_holes(folded, book.skeleton) if seen is not None and left_over >= max(3, len(lost)) else []
        for candidate in (*book.with_holes(folded), *written):
            if len(candidate) != len(plain):
                continue
            fills = [char for char, mark in zip(candidate, folded, strict=True) if mark == HOLE]
            if not all(_fits(char, length, codecs) for char, length in zip(fills, lost, strict=True)):
                continue
            if any(mark not in (HOLE, char) for char, mark in zip(candidate, folded, strict=True)):
                continue  # a letter outside ASCII that was not lost must be the same
            cased = "".join(
                (char.upper() if upper else char) if mark == HOLE else mark
                for char, mark in zip(candidate, plain, strict=True)
            )
            found.setdefault(cased, cased)
    # a Romanian word in both spellings ("și", "şi": UTF-8 gives both two bytes) is the table's, with the comma
    found = {
        key: value for key, value in found.items() if not book.cedilla_twin(key) or comma_spelling(key) not in found
    }
    # "\ufffdstanbul": the Turkish "İ" (one byte, or two in UTF-8), which the table lists folded to ASCII
    first = _RUN.match(word)
    lost = len(first.group(0)) if first is not None else 0
    if lost and "\ufffd" not in word[lost:] and (lost == 1 or not legacy) and _fits("İ", lost, codecs):
        dotted = book.dotted_capital(word[lost:])
        if dotted is not None:
            # ... in place of the dotless "ı", whose capital "I" would fold to the same word ("Istanbul")
            found = {key: value for key, value in found.items() if key[:1] not in "ıI"}
            found.setdefault(dotted, dotted)
    return found


def _lettered(book: WordTable, seen: Words | None, languages: frozenset[str], word: str) -> bool:
    """Does the damaged ``word`` (UTF-8) read as a word of ``languages`` with letters for its runs?"""
    return any(book.frequency(reading, languages) for reading in _word_candidates(word, False, book, seen=seen))


def _lost_run(char: str, single_bytes: bool) -> str:
    """The run of U+FFFD a lost ``char`` leaves: one on a single-byte page (``single_bytes``), one a byte in UTF-8.

    >>> _lost_run("\u00e0", True), _lost_run("\u00b0", False), len(_lost_run("\u2019", False))
    ('\ufffd', '\ufffd\ufffd', 3)
    """
    return "\ufffd" * (1 if single_bytes else len(char.encode("utf-8")))


def _fits(char: str, length: int, codecs: tuple[str, ...] = _LEGACY_CODECS) -> bool:
    return _legacy_byte(char, codecs) if length == 1 else len(char.encode("utf-8")) == length


def _code_pages(languages: frozenset[str]) -> tuple[str, ...]:
    """The code pages text in ``languages`` is written in (all of them when a language is not told)."""
    if not languages or any(language not in _CODE_PAGES for language in languages):
        return _LEGACY_CODECS
    return tuple(sorted({codec for language in languages for codec in _CODE_PAGES[language]}))


def _recase(word: str, capital: bool) -> str:
    if word[:1] == "İ":
        return word  # its small letter, "i", is ASCII: it was not lost
    return word[:1].upper() + word[1:] if capital else word[:1].lower() + word[1:]


def _one_letter_word(
    line: str, match: re.Match[str], single_bytes: bool, book: WordTable, languages: frozenset[str]
) -> str | None:
    """A run of U+FFFD standing alone between words that was a word of one letter: French "à", Italian "è".

    Only outside English (there a lone loss is more often a dash or a quote), only between words
    ("petit \ufffd petit", "vis-\ufffd-vis"; not "250\ufffd" or "45\ufffd60", a sign or a dash), and
    only a word of the line's languages that is clearly the most frequent one ("à" in French; in
    Portuguese "é" and "à" are both too common to choose). At a sentence start it is a capital.
    """
    run = match.group(0)
    if not languages or "en" in languages or len(run) > 2 or (len(run) == 2 and single_bytes):
        return None
    if not _BETWEEN_WORDS.match(line, match.end()) or not (
        match.start() == 0 or _AFTER_WORD.search(line, 0, match.start())
    ):
        return None
    codecs = _code_pages(languages)
    words = {char: char for char in book.one_letter_words() if _fits(char, 1 if len(run) == 1 else 2, codecs)}
    char = _choose(words, book, languages, anywhere=False)
    if char is not None and _STARTS_SENTENCE.search(line, 0, match.start()):
        return char.upper()
    return char


#: A lone loss between words: a letter, a space or hyphen before it, and one after it before a letter.
_AFTER_WORD = re.compile(r"(?:[^\W\d_]|[.!?,;:])[ -]$")
_BETWEEN_WORDS = re.compile(r"[ -][^\W\d_]")
#: Before the first word of a line or of a sentence ("-" here is a hyphen: "tête-à-tête").
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?])[\s\"“«(]*$")
