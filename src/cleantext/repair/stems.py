"""Forms of one stem: the letter the word table's words write at a loss in an inflected form the table lacks.

The table (:mod:`.words`) lists a few forms of a word, not all: Croatian ``grafi\ufffdkoj`` ("graphic",
locative) is not in it, but ``grafički``, ``grafička`` and ``grafičkog`` are. The letters around a loss
(:mod:`.spelling`) may be seen in too few words to tell (Croatian writes a letter outside ASCII between ``fi`` and
``ko`` in 4 words); the word's whole beginning may: the table's words of the line's languages that begin with it, a
candidate letter and the letter after the loss. A letter is given only when such words write it and no other
candidate (chosen on the dev split of bench/heldout_lost_bytes.py: a beginning of :data:`LEAST_BEGINNING` letters
at least, one letter after the loss; two letters after, or two words at least, recovered fewer lines and none more
right; a beginning of two letters read ``Gr\ufffd\ufffde`` as "Grüe").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from .words import fold, table

__all__ = ["LEAST_BEGINNING", "letter_from_stem"]

#: The letters a damaged word must keep before its loss for its beginning to be a stem.
LEAST_BEGINNING = 3


def letter_from_stem(before: str, after: str, candidates: Iterable[str], languages: Iterable[str]) -> str | None:
    """The one candidate letter the table's words of ``languages`` write after ``before`` and before ``after[0]``.

    Its case as :func:`.spelling.letter_between` gives it: a capital between two capitals, else small.

    >>> letter_from_stem("grafi", "koj", "čćČĆ", ["sh"])  # grafički, grafička; no "grafićk-"
    'č'
    >>> letter_from_stem("grafi", "koj", "čć", ["de"]), letter_from_stem("gr", "koj", "čć", ["sh"])
    (None, None)
    """
    if len(before) < LEAST_BEGINNING or not after:
        return None
    upper = before[-1:].isupper() and after[:1].isupper()
    small = {char.lower(): char for char in candidates if char.isupper() == upper and len(char.lower()) == 1}
    head, tail = fold(before), fold(after[:1])
    found = {char for char in small for language in languages if _begins(language, head + char + tail)}
    return small[found.pop()] if len(found) == 1 else None


def _begins(language: str, beginning: str) -> bool:
    """Does a word of ``language`` in the table begin with ``beginning``?"""
    words = _sorted_words(language)
    at = bisect_left(words, beginning)
    return at < len(words) and words[at].startswith(beginning)


@lru_cache(maxsize=32)
def _sorted_words(language: str) -> list[str]:
    """The table's words of ``language``, sorted (about 1 ms a language, on the first word that asks)."""
    return sorted(table().by_language.get(language, ()))
