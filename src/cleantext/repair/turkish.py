"""The case endings Turkish writes after an apostrophe, as vowel harmony shapes them for a given name.

Turkish separates a proper name from its case ending with an apostrophe (``Ankara’da``,
``Erdoğan’ın``, ``Türkiye’nin``). When that apostrophe's bytes are lost (``Ankara\\ufffd\\ufffd\\ufffdda``,
``Ä°stanbulâda``), what is left after the loss tells whether it was one: an ending fits its name
only in the form vowel harmony and the name's last sound give it -- ``’da`` after ``Ankara``, ``’de``
after ``Berlin``, ``’ta`` after ``Paris``, ``’nın`` after a vowel, ``’ın`` after a consonant. A letter
lost inside a name (``Ay\\ufffde``, ``Ayşe``) seldom leaves a rest that is the ending the name takes.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["case_endings"]

_BACK = frozenset("aıouâû")
_VOWELS = frozenset("aeıioöuüâîû")
#: The four-way harmony: the last vowel of the name -> the vowel of "ın", "ı", "dır".
_HIGH = {"a": "ı", "ı": "ı", "â": "ı", "o": "u", "u": "u", "û": "u", "e": "i", "i": "i", "î": "i", "ö": "ü", "ü": "ü"}
#: Voiceless consonants, after which "da" is written "ta".
_VOICELESS = frozenset("çfhkpsşt")


def _lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


@lru_cache(maxsize=4096)
def case_endings(name: str) -> frozenset[str]:
    """The endings ``name`` takes after an apostrophe (locative, ablative, genitive, accusative, dative,
    "with", "is", "the one in"), shaped by its last vowel and last sound; empty when it has no vowel.

    >>> sorted(case_endings("Ankara"))
    ['da', 'daki', 'dan', 'dır', 'nın', 'ya', 'yla', 'yı']
    >>> sorted(case_endings("Paris"))
    ['e', 'i', 'in', 'le', 'te', 'teki', 'ten', 'tir']
    """
    low = _lower(name)
    vowels = [char for char in low if char in _VOWELS]
    if not vowels:
        return frozenset()  # "ABD’de" is read by its letters' names: no rule here
    last = vowels[-1]
    a = "a" if last in _BACK else "e"
    i = _HIGH[last]
    d = "t" if low[-1] in _VOICELESS else "d"
    endings = {d + a, d + a + "n", d + i + "r", d + a + "ki"}
    if low[-1] in _VOWELS:
        endings |= {"n" + i + "n", "y" + i, "y" + a, "yl" + a}
    else:
        endings |= {i + "n", i, a, "l" + a}
    return frozenset(endings)
