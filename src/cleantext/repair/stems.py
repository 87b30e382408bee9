"""Forms of one stem: the letter the word table's words write at a loss in an inflected form the table lacks.

The table (:mod:`.words`) lists a few forms of a word, not all: Croatian ``grafi\ufffdkoj`` ("graphic",
locative) is not in it, but ``grafički``, ``grafička`` and ``grafičkog`` are. The letters around a loss
(:mod:`.spelling`) may be seen in too few words to tell (Croatian writes a letter outside ASCII between ``fi`` and
``ko`` in 4 words); the word's whole beginning may: the table's words of the line's languages that begin with it, a
candidate letter and the letters after the loss, :data:`AROUND` letters of the word in all (one after the loss at
least: ``grafi_k``, ``ra_en``, ``r_tis``). A letter is given only when such words write it and no other candidate
(chosen on the dev split of bench/heldout_lost_bytes.py: two words at least, or two letters after a long
beginning, recovered fewer lines and none more right; three letters around, a beginning of two and one after,
read ``Gr\ufffd\ufffde`` as "Grüe").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from .words import comma_spelling, fold, table

__all__ = ["AROUND", "in_case", "letter_from_stem"]

#: The letters of the damaged word, before the loss and after it, that the table's words must share.
AROUND = 4


def letter_from_stem(before: str, after: str, candidates: Iterable[str], languages: Iterable[str]) -> str | None:
    """The one candidate letter the table's words of ``languages`` write after ``before`` and before ``after``'s
    first letters (:data:`AROUND` letters in all, one of ``after`` at least).

    Its case as :func:`in_case` gives it: a capital between two capitals, else small.

    >>> letter_from_stem("grafi", "koj", "čćČĆ", ["sh"])  # grafički, grafička; no "grafićk-"
    'č'
    >>> letter_from_stem("ra", "ene", "čćđ", ["sh"]), letter_from_stem("ra", "e", "čćđ", ["sh"])  # rađen; too short
    ('đ', None)
    >>> letter_from_stem("grafi", "koj", "čć", ["de"])
    """
    following = after[: max(1, AROUND - len(before))]
    if not before or len(following) < max(1, AROUND - len(before)) or not following.isalpha():
        return None
    small = in_case(before, after, candidates)
    head, tail = fold(before), fold(following)
    found = {char for char in small for language in languages if _begins(language, head + char + tail)}
    # Romanian's "ș" and its cedilla spelling "ş", both allowed where the damage cannot tell them: the table's "ș"
    found = {char for char in found if comma_spelling(char) == char or comma_spelling(char) not in found}
    return small[found.pop()] if len(found) == 1 else None


def in_case(before: str, after: str, candidates: Iterable[str]) -> dict[str, str]:
    """The candidates of the case a lost letter's neighbours give it (a capital between two capitals, else
    small), by their small form.

    >>> in_case("PODUZETNI", "TVU", "šžŠŽ"), in_case("Poduzetni", "tvu", "šžŠŽ")
    ({'š': 'Š', 'ž': 'Ž'}, {'š': 'š', 'ž': 'ž'})
    """
    upper = before[-1:].isupper() and after[:1].isupper()
    return {char.lower(): char for char in candidates if char.isupper() == upper and len(char.lower()) == 1}


def _begins(language: str, beginning: str) -> bool:
    """Does a word of ``language`` in the table begin with ``beginning``?"""
    words = _sorted_words(language)
    at = bisect_left(words, beginning)
    return at < len(words) and words[at].startswith(beginning)


@lru_cache(maxsize=32)
def _sorted_words(language: str) -> list[str]:
    """The table's words of ``language``, sorted (about 1 ms a language, on the first word that asks)."""
    return sorted(table().by_language.get(language, ()))
