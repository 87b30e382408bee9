"""Two spellings of one Italian word whose last letter was lost: ``Perch\\ufffd`` is ``Perché``.

A lost ``é`` or ``è`` leaves the same damage (one U+FFFD on a single-byte page, ``E9`` and ``E8``; two in UTF-8,
``C3 A9`` and ``C3 A8``; in mojibake the second byte survives and tells them apart). Where both make a word, the table
ranks them, and only a clear winner is written (:data:`.choice.MARGIN`). Italian's conjunctions and pronouns compounded
with ``che`` (``perché``, ``poiché``, ``finché``, ``affinché``, ``nonché``) end in a stressed closed ``e``, written with
the acute; the web text the table counts also writes them with the grave that an Italian keyboard puts on a key of its
own (``perchè`` 5.6 against ``perché`` 6.2, ``finchè`` 4.3 against ``finché`` 4.8): one word in two spellings, never two
words, and too close for the margin. Of the 37 such pairs the table lists, the acute is the commoner spelling in 30, the
grave in 6: names and a word written so (``Miccichè``, ``Santanchè``, ``lacchè``) and spellings of neither standard
(``pressocchè``, ``xchè``). So in a line told Italian and nothing else, a word whose last letter was lost after ``ch``
is the commoner of its two spellings when nothing else comes close; a tie (``archè``, ``arché``) stays.
"""

from __future__ import annotations

from collections.abc import Set

__all__ = ["che_twins"]

#: The acute and the grave of a final ``e``, each for the other.
_OTHER_ACCENT = str.maketrans("éè", "èé")


def che_twins(first: str, second: str, languages: Set[str]) -> bool:
    """Are ``first`` and ``second`` (folded) one Italian word in ``-che`` spelt with the acute and with the grave?

    >>> italian = frozenset({"it"})
    >>> che_twins("perché", "perchè", italian), che_twins("lacchè", "lacché", italian)
    (True, True)
    >>> che_twins("perché", "perchè", frozenset({"it", "fr"})), che_twins("né", "nè", italian)
    (False, False)
    >>> che_twins("perché", "perchà", italian), che_twins("perché", "perché", italian)
    (False, False)
    """
    if languages != {"it"} or len(first) < 3 or first[-3:-1] != "ch" or first[-1] not in "éè":
        return False
    return second == first[:-1] + first[-1].translate(_OTHER_ACCENT)
