"""How each language spells: the letter outside ASCII it writes between given letters (``data/letters.txt.gz``).

The word table (:mod:`.words`) ranks whole words, so a word it lacks (a name, a rare inflected form:
Croatian ``poduzetni\\ufffdtvu``) gets no letter from it. What a language writes between the two letters
on each side of a lost one hardly depends on the word: 39 Serbo-Croatian words write a letter outside ASCII
between ``ni`` and ``tv``, each of them ``š``. :class:`Letters` counts, per language, in how many words
each letter stands in each such context (two characters before, two after; a word's edges padded). Only a
letter clearly most likely among those the damage allows is given (:data:`SHARE` of the words that write one
of them there, and :data:`LEAST` such words at least: chosen on the dev split of
bench/heldout_lost_bytes.py). In an English line such a word is a name of any language: its letter is one that
several languages clearly write there and none writes another (:func:`agreed_letter`). Read on the first word that
asks; see ``data/README.md`` for the source and licence.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from ..lazy import read_shipped
from .stems import in_case, letter_from_stem
from .words import MINOR_PRIOR, PRIORS

__all__ = ["AGREE", "Letters", "agreed_letter", "doubted", "letter_between", "letters", "spelled", "spelled_between"]

#: What the file's first line must start with.
FORMAT = "# cleantext letters in context v1,"
#: The share of the words writing a candidate letter in a context that the letter must have (on the dev split 0.8
#: recovered 2 more lines and made 2 more wrong, 0.95 the same as 0.9).
SHARE = 0.9
#: The least words that write a candidate letter in a context for the context to tell (on the dev split 2 to 6
#: recovered up to 13 more lines, and wrote "dugoživuče" for "dugoživuće": six Croatian words write "č" there).
LEAST = 7
#: How many languages must each clearly write a letter between given letters for a name in an English line to get
#: it, no language clearly writing another there (:func:`agreed_letter`). On the dev split of
#: bench/heldout_lost_bytes.py one language (asked in lines of no told language too) recovered 27 more lines and made
#: 28 more wrong (a Greek name spelled in Latin letters read as Czech, "Ellinikšu"; "Théroff" for "Thüroff"); two or
#: three, in English lines, recovered 4 more (Stenström) and made none wrong. On a second sample (the training lines
#: over 400 characters) two wrote "Xença" for the Greek "Xenía" (Portuguese and Catalan, close kin, agree on "ç"
#: between "en" and "a"); three wrote 2 letters right, none wrong: languages of one family agree by kinship, three
#: seldom do by chance.
AGREE = 3


class Letters:
    """Per language, in how many words each letter outside ASCII stands between given letters.

    >>> book = Letters(FORMAT + "\\n@sh\\njien č19 ć1\\nujen ž1 č1")
    >>> book.likeliest("osumnji_enice", 7, "čćšž", {"sh"}), book.likeliest("uj_en", 2, "čž", {"sh"})
    ('č', None)
    """

    __slots__ = ("alphabet", "by_language")

    def __init__(self, text: str) -> None:
        if not text.startswith(FORMAT):
            raise ValueError(f"not a cleantext letters file of this version: {text[:60]!r}")
        #: per language, each context and its counts as written ("č6 ć1"), read when a word asks (C-speed load)
        self.by_language: dict[str, dict[str, str]] = {}
        for block in text.split("\n@")[1:]:
            language, _, lines = block.partition("\n")
            self.by_language[language] = dict(line.split(" ", 1) for line in lines.split("\n") if line)
        #: the letters outside ASCII the file counts (each letter of a context is counted where it stands)
        self.alphabet: frozenset[str] = frozenset(char for char in set(text) if not char.isascii())

    def counts(self, language: str, context: str) -> dict[str, int]:
        """How many words of ``language`` write each letter in ``context`` (two characters before, two after).

        >>> Letters(FORMAT + "\\n@sh\\nnitv š39\\nlian č15 š3 ž1").counts("sh", "lian")
        {'č': 15, 'š': 3, 'ž': 1}
        """
        written = self.by_language.get(language, {}).get(context)
        return {count[0]: int(count[1:]) for count in written.split(" ")} if written else {}

    def likeliest(self, word: str, at: int, candidates: Container[str], languages: Iterable[str]) -> str | None:
        """The candidate letter for ``word[at]`` (small letters) that ``languages`` clearly write there, or None.

        The words of each language count by its prior (:data:`.words.PRIORS`, relative to the likeliest
        language's). A context seen in fewer words tells nothing (a context of one letter each side was
        tried as a fallback: on the dev split it only made wrong letters, "Re\ufffdnak" read "Reûnak").
        """
        scope = [language for language in languages if language in self.by_language]
        if not scope:
            return None
        top = max(PRIORS.get(language, MINOR_PRIOR) for language in scope)
        padded = f"^^{word}$$"
        context = padded[at : at + 2] + padded[at + 3 : at + 5]
        scores: dict[str, float] = {}
        seen = 0
        for language in scope:
            weight = PRIORS.get(language, MINOR_PRIOR) / top
            for char, count in self.counts(language, context).items():
                if char in candidates:
                    scores[char] = scores.get(char, 0.0) + weight * count
                    seen += count
        if seen < LEAST:
            return None
        best = max(scores, key=scores.__getitem__)
        return best if scores[best] >= SHARE * sum(scores.values()) else None


def letter_between(before: str, after: str, candidates: Iterable[str], languages: Iterable[str]) -> str | None:
    """The candidate letter ``languages`` clearly write between ``before`` and ``after`` (the rest of a word).

    Its case is its neighbours': a capital between two capitals, else small.

    >>> letter_between("poduzetni", "tvu", "šžŠŽ", ["sh"]), letter_between("PODUZETNI", "TVU", "šžŠŽ", ["sh"])
    ('š', 'Š')
    >>> letter_between("R", "cker", "äöü", ["de"]), letter_between("R", "cker", "äöü", ["sv"])  # 380 words, 9; 13
    ('ü', 'ä')
    """
    small = in_case(before, after, candidates)
    char = letters().likeliest(f"{before}_{after}".lower(), len(before), small, languages)
    return None if char is None else small[char]


def _one_run(word: str, legacy: bool) -> tuple[int, int] | None:
    """Where ``word``'s one run of U+FFFD stands, between letters, when it is one letter (one U+FFFD on a
    single-byte page, two or three in UTF-8)."""
    start, end = word.find("\ufffd"), word.rfind("\ufffd") + 1
    if start < 1 or end >= len(word) or not (word[start - 1].isalpha() and word[end].isalpha()):
        return None
    if word[start:end] != "\ufffd" * (end - start) or (end - start not in ((1,) if legacy else (2, 3))):
        return None
    return start, end


def spelled(word: str, legacy: bool, fits: Callable[[str, int], bool], languages: frozenset[str]) -> str | None:
    """``word`` (no reading of it a known word) with its one lost letter between letters as ``languages`` spell.

    Only in a line whose language is told: in a line told English such a word is a name of any language
    ("Gr\ufffdnwald"), and gets a letter only where languages agree on it (:func:`agreed_letter`).
    ``fits(char, length)``: can ``char`` have been ``length`` lost bytes (1: one byte of the line's code page)?

    >>> fits = lambda char, length: len(char.encode("utf-8")) == length
    >>> spelled("poduzetni\ufffd\ufffdtvu", False, fits, frozenset({"sh"}))
    'poduzetništvu'
    >>> spelled("Nordenstr\ufffd\ufffdm", False, fits, frozenset({"en"}))  # Swedish, German and Finnish agree
    'Nordenström'
    >>> spelled("poduzetni\ufffd\ufffdtvu", False, fits, frozenset({"en"})) is None  # Slovene and Serbo-Croatian only
    True
    """
    where = _one_run(word, legacy)
    if where is None:
        return None
    start, end = where
    letter = spelled_between(word[:start], word[end:], _fitting(end - start, fits), languages)
    return None if letter is None else word[:start] + letter + word[end:]


def spelled_between(before: str, after: str, candidates: Iterable[str], languages: frozenset[str]) -> str | None:
    """:func:`letter_between` for a letter lost between letters of a word no reading of which is known, in a line
    told to be in another language than English, whose letters after the first are of one case (a capital
    inside, "WÅadys", is mojibake left); where the letters around do not tell, the one letter the table's words
    that begin as the word does write there (:func:`.stems.letter_from_stem`). In a line told English, the
    letter the languages agree on (:func:`agreed_letter`); in a line whose language is not told, none (a name,
    or a word of a language the recovered words may yet tell: Turkish ``Ankara\ufffdda`` is "Ankara’da").

    >>> spelled_between("poduzetni", "tvu", "šž", frozenset({"sh"}))
    'š'
    >>> spelled_between("WÅadys", "aw", "łŁ", frozenset({"pl"})), spelled_between("poduzetni", "tvu", "šž", frozenset())
    (None, None)
    >>> spelled_between("grafi", "koj", "čć", frozenset({"sh"}))  # "fi_ko" in 4 words only; grafički, grafička
    'č'
    """
    rest = (before + after)[1:]
    if not languages or not (rest.islower() or rest.isupper()):
        return None
    if not (before[-1:].isalpha() and after[:1].isalpha()):
        return None
    candidates = list(candidates)
    if "en" in languages:
        return agreed_letter(before, after, candidates)  # a name, of any language
    letter = letter_between(before, after, candidates, languages)
    # where the letters around do not tell, the forms of the word's stem the table lists may (:mod:`.stems`)
    return letter if letter is not None else letter_from_stem(before, after, candidates, languages)


def agreed_letter(before: str, after: str, candidates: Iterable[str]) -> str | None:
    """The candidate letter that :data:`AGREE` languages or more each clearly write between ``before`` and ``after``
    (:meth:`Letters.likeliest`, asked of each language alone), when no language clearly writes another there.

    For a name in an English line, which may come from any language: one language's letter is a guess at its origin
    (the Czech "š" that "ik_u" holds, for a Greek name spelled in Latin letters), and two of one family agree by
    kinship (Slovene and Serbo-Croatian "š" between "ni" and "tv"; Portuguese and Catalan "ç" in "Xen_a", a Greek
    "Xenía"); but where three languages write the same letter between the same letters and none writes another,
    the name most likely does too (Swedish, German and Finnish write "ö" between "tr" and "m": "Stenström"). Its case
    is its neighbours'.

    >>> agreed_letter("Stenstr", "m", "äöüø"), agreed_letter("Bj", "rn", "äöüø")  # Swedish "ö", Norwegian "ø"
    ('ö', None)
    >>> agreed_letter("poduzetni", "tvu", "šž"), agreed_letter("Th", "roff", "éüö"), agreed_letter("STENSTR", "M", "ÄÖÜ")
    (None, None, 'Ö')
    """
    small = in_case(before, after, candidates)
    if not small:
        return None
    book = letters()
    word, at = f"{before}_{after}".lower(), len(before)
    agreed: dict[str, int] = {}
    for language in book.by_language:
        letter = book.likeliest(word, at, small, (language,))
        if letter is not None:
            agreed[letter] = agreed.get(letter, 0) + 1
    if len(agreed) != 1:
        return None
    ((letter, count),) = agreed.items()
    return small[letter] if count >= AGREE else None


def doubted(word: str, replacement: str, legacy: bool, fits: Callable[[str, int], bool]) -> bool:
    """Does no language spell the letter ``replacement`` puts in ``word``'s one run, and clearly another letter?

    For a reading the table found outside the line's languages: a name it lacks read as another
    language's word (``R\ufffdcker`` as the Swedish "Räcker"; the languages write "ü" there). Asked of every
    language, as the table was.

    >>> fits = lambda char, length: len(char.encode("utf-8")) == length
    >>> doubted("R\ufffd\ufffdcker", "Räcker", False, fits), doubted("R\ufffd\ufffdcker", "Rücker", False, fits)
    (True, False)
    """
    where = _one_run(word, legacy)
    if where is None or len(replacement) != len(word) - (where[1] - where[0]) + 1:
        return False
    start, end = where
    letter = letter_between(word[:start], word[end:], _fitting(end - start, fits), letters().by_language)
    return letter is not None and letter != replacement[start]


def _fitting(length: int, fits: Callable[[str, int], bool]) -> list[str]:
    """The letters (of either case) that ``length`` lost bytes may have been."""
    small = letters().alphabet
    return [char for char in small | {char.upper() for char in small} if len(char) == 1 and fits(char, length)]


@lru_cache(maxsize=1)
def letters() -> Letters:
    """The shipped file, read once; nothing calls this for a line without lost bytes."""
    data = read_shipped(__package__ or "cleantext.repair", "data/letters.txt.gz")
    return Letters(gzip.decompress(data).decode("utf-8"))
