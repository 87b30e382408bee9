"""A page that writes its apostrophes straight: a byte it lost before an ``s`` was a letter as often as a mark.

On a single-byte code page read as UTF-8 the curly apostrophe (0x92 in Windows-1250, -1252, -1254 and -1257)
becomes one U+FFFD, as each letter outside ASCII does: ``company\\ufffds`` is "company’s", ``Udar\\ufffds`` was
"Udarás", ``strateg\\ufffds`` "strategós". English puts "’s" after any word, and a name or a transliterated word is
not in the word table, so the word does not tell; the line may. A line that writes an apostrophe between letters
as the ASCII ``'`` (``State's``, ``can't``) kept that byte for its apostrophes, if not for all of them. In the
held-out lines damaged so (bench/heldout_lost_bytes.py's dev split and the training lines longer than 400
characters), such a loss that no reading makes a known word of a major language was "’" 246 times and a letter
26 in lines without a straight apostrophe, but "’" 14 times and a letter 7 in lines with one: no clear winner
there, so the loss is left.
"""

from __future__ import annotations

import re

__all__ = ["writes_straight_apostrophes"]

#: An ASCII apostrophe between two letters: a contraction or a possessive written straight.
_STRAIGHT = re.compile(r"[^\W\d_]'[^\W\d_]")


def writes_straight_apostrophes(line: str) -> bool:
    """Does ``line`` write an apostrophe between letters as the ASCII ``'``?

    >>> writes_straight_apostrophes("The State's board and Udar\\ufffds na Gaeltachta")
    True
    >>> writes_straight_apostrophes("The company\\ufffds 'best' year"), writes_straight_apostrophes("l'\\ufffdcole")
    (False, False)
    """
    return _STRAIGHT.search(line) is not None
