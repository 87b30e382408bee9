"""The case a language's dictionary writes a word in: a lost first letter's case where nothing in the line tells.

A lost first letter loses its case with it (``u \ufffdibeniku``: ``Š`` or ``š``), and where the word stands mid-sentence
after a preposition, a verb or a capitalised word, its place does not tell either: names stand there as often as
common words. What tells is the word itself: a name is written with a capital wherever it stands, a common word
small (German nouns with a capital). The word table folds case; ``data/cases.txt.gz`` (built from the spelling
dictionaries of the table's languages by ``data/make_cases.py``) lists, per language, the words of the table whose
first letter is outside ASCII that the dictionary writes only with a capital and only small. A word written both ways
("łodzi": of "łódź", a boat, and of the city "Łódź"), or that a dictionary lacks, tells nothing, and the loss is left.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache

from ..lazy import read_shipped
from .capitals import _ELIDED_BEFORE, _NAME_COMPOUND, _SMALL_WORD_AFTER, _inflected_adjective
from .words import WordTable, fold

#: The first line of the file this code reads (its version).
FORMAT = "# cleantext case table v1,"


class CaseTable:
    """Per language, the words (folded) a dictionary writes only with a capital, and only small."""

    __slots__ = ("capital", "small")

    def __init__(self, text: str) -> None:
        if not text.startswith(FORMAT):
            raise ValueError(f"not a cleantext case table of this version: {text[:60]!r}")
        self.capital: dict[str, frozenset[str]] = {}
        self.small: dict[str, frozenset[str]] = {}
        language = ""
        for line in text.split("\n"):
            mark = line[:1]
            if mark == "@":
                language = line[1:]
            elif mark == "^":
                self.capital[language] = frozenset(line[1:].split())
            elif mark == "_":
                self.small[language] = frozenset(line[1:].split())

    def case(self, word: str, language: str) -> bool | None:
        """Does ``language``'s dictionary write ``word`` with a capital (True), small (False), or tell nothing (None)?

        >>> table = CaseTable(FORMAT + "\\n@sh\\n^šibeniku\\n_što\\n@pl\\n^\\n_żyje")
        >>> table.case("Šibeniku", "sh"), table.case("što", "sh"), table.case("łodzi", "pl"), table.case("što", "en")
        (True, False, None, None)
        """
        key = fold(word)
        if key in self.capital.get(language, ()):
            return True
        if key in self.small.get(language, ()):
            return False
        return None


@lru_cache(maxsize=1)
def cases() -> CaseTable:
    """The shipped case table, read once, on the first lost first letter whose case nothing else tells."""
    data = read_shipped(__package__ or "cleantext.repair", "data/cases.txt.gz")
    return CaseTable(gzip.decompress(data).decode("utf-8"))


def dictionary_case(
    words: Iterable[str], languages: frozenset[str], book: WordTable, table: CaseTable | None = None
) -> bool | None:
    """Is a word whose first letter was lost written with a capital, as the dictionaries write its readings? None: not told.

    Each reading among ``words`` (the candidates) that the word table knows, in each of the line's ``languages`` whose
    list holds it, is looked up: only when every such lookup tells, and all tell the same case, is that the case.
    A line whose language is not told asks every language that lists the reading (English, with no dictionary
    here, tells nothing).

    >>> from .words import FORMAT as WORDS
    >>> book = WordTable(WORDS + "\\n@sh\\n!i u je\\n=30\\nšibeniku što\\n@pl\\n!i w\\n=30\\nłodzi")
    >>> table = CaseTable(FORMAT + "\\n@sh\\n^šibeniku\\n_što\\n@pl\\n^\\n_")
    >>> sh = frozenset({"sh"})
    >>> dictionary_case(["Šibeniku", "šibeniku", "Žibeniku"], sh, book, table)
    True
    >>> dictionary_case(["Što", "što"], sh, book, table), dictionary_case(["Łodzi", "łodzi"], frozenset(), book, table)
    (False, None)
    """
    table = table or cases()
    told: set[bool | None] = set()
    for key in {fold(word) for word in words if word[:1] and not word[0].isascii()}:
        if key not in book.known:
            continue
        for language, listed in book.by_language.items():
            if key in listed and (not languages or language in languages):
                told.add(table.case(key, language))
    return told.pop() if len(told) == 1 else None


def small_holds(line: str, left: int, languages: frozenset[str], words: Iterable[str], book: WordTable) -> bool:
    """May a word the dictionaries write only small be written so where it stands at ``left`` in ``line``?

    Not before a capital (after a space, or a hyphen): a name of several words is made of common ones as well
    ("la nouvelle École Polytechnique", "aux États-Unis"). Not after an elided article ("l'", "d'"): a common noun
    that stands for an institution is capitalised by a convention no dictionary records ("l'État", "l'Église"), and
    there it is most often written. Not a German adjective (one the table shows with "-e", "-en" and "-er"): German
    capitalises one that stands for a noun ("mit den Älteren").

    >>> from .words import table
    >>> fr, de = frozenset({"fr"}), frozenset({"de"})
    >>> small_holds("une \ufffdcole de", 4, fr, ["école"], table()), small_holds("une \ufffdcole Normale", 4, fr, ["école"], table())
    (True, False)
    >>> small_holds("aux \ufffdtats-Unis", 4, fr, ["états"], table()), small_holds("den \ufffdlteren nur", 4, de, ["älteren"], table())
    (False, False)
    >>> small_holds("de l'\ufffdtat", 5, fr, ["état"], table()), small_holds("qu'un \ufffdlève", 6, fr, ["élève"], table())
    (False, True)
    """
    after = _SMALL_WORD_AFTER.match(line, left)
    if (after is not None and after.group(1).isupper()) or _NAME_COMPOUND.match(line, left):
        return False
    if _ELIDED_BEFORE.search(line, 0, left):
        return False
    german = book.by_language.get("de", {})
    return "de" not in languages or not any(
        fold(word) in german and _inflected_adjective(word, german) for word in words
    )
