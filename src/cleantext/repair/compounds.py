"""A compound that lost a letter of its last part: ``Filterm\\ufffdglichkeiten``, German "Filtermöglichkeiten".

German, Dutch and the Scandinavian languages write a compound as one word; the table lists its
parts, not every compound. A damaged word no reading makes a known word is read, in a line told to be
in one of those languages, as a whole first part that lost nothing (three letters or more, the
table cannot check it: it lists words with a letter outside ASCII) and a last part that holds every
loss, written small; the last part is what is ranked, by its frequency in those of the line's
languages. Only a clear winner is written, by the rule of
:func:`.choice._choose` (at least ``MIN_ZIPF``, ``MARGIN`` above the next reading).
"""

from __future__ import annotations

from collections.abc import Callable

from . import choice
from .words import table

__all__ = ["COMPOUNDING", "compound_reading"]

#: The languages of the table that write compounds as one word.
COMPOUNDING = frozenset(["de", "nl", "sv", "da", "nb"])
#: The least letters of a compound's first part (whole) and of its last part (losses counted as letters).
_LEAST_HEAD = 3
_LEAST_TAIL = 4


def compound_reading(
    word: str,
    readings: Callable[[str], dict[str, str]],
    languages: frozenset[str],
) -> str | None:
    """``word`` read as a whole first part and a known last part that holds every loss, or None.

    ``readings(part)``: the known words ``part`` (letters and runs of U+FFFD) may have been.

    >>> from cleantext.repair.words import HOLE
    >>> def readings(part):  # one U+FFFD a letter
    ...     return {word: word for word in table().with_holes(part.replace("\\ufffd", HOLE))}
    >>> compound_reading("Filterm\\ufffdglichkeiten", readings, frozenset({"de"}))
    'Filtermöglichkeiten'
    >>> compound_reading("Filterm\\ufffdglichkeiten", readings, frozenset({"en"})) is None
    True
    """
    scope = languages & COMPOUNDING
    first = word.find("\ufffd")
    if not scope or first < _LEAST_HEAD or word.isupper():
        return None
    book = table()
    scores: dict[str, float] = {}
    for split in range(_LEAST_HEAD, first + 1):
        head, tail = word[:split], word[split:]
        if len(tail) < _LEAST_TAIL or not head.isalpha():
            continue
        for reading in readings(tail):
            if not reading[:1].islower():
                continue  # the last part of a compound is written small
            zipf = book.frequency(reading, scope)
            whole = head + reading
            if zipf > scores.get(whole, 0.0):
                scores[whole] = zipf
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    least, margin = choice.MIN_ZIPF, choice.MARGIN  # read at the call: bench/tune_lost_bytes.py sets them there
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < margin):
        return None
    return ranked[0][0]
