"""A character lost between two numbers in a French line: ``pour 4 \\ufffd 6 personnes`` is ``pour 4 à 6 personnes``.

French writes a range in words, ``de 4 à 6``, ``pour 8 à 12 convives``. A single-byte page loses ``à`` to one
U+FFFD, UTF-8 to two; a dash (three bytes in UTF-8), a bullet or a sign would fit one byte as well, and ``×`` or
``±`` two. In the training text's lines told French and nothing else (the held-out lines and the second sample left
out), a character outside ASCII between two numbers and spaces is ``à`` 19 times in 20 (in 6 lines; a spaced ``–``
once, in an English timetable the words misread); Spanish, Portuguese and Italian write an ASCII ``a`` there, which
no damage loses. So only a line whose words tell French and no other language is read; elsewhere, and where
a number stands on one side only (``cuisson \\ufffd 2 brûleurs``: ``©``, ``–``, ``•`` as often), the loss stays.
"""

from __future__ import annotations

import re

from .run_letters import _lost_run

__all__ = ["range_word"]

#: A number and a space before the loss; a space and a number after it.
_BEFORE = re.compile(r"\d $")
_AFTER = re.compile(r" \d")


def range_word(line: str, start: int, end: int, single_bytes: bool, languages: frozenset[str]) -> str | None:
    """The word "à" for the run of U+FFFD at ``line[start:end]`` between two numbers and spaces in a French line
    (``single_bytes``: the line's runs are one U+FFFD a byte of a single-byte page); else None.

    >>> range_word("pour 4 \\ufffd 6 personnes", 7, 8, True, frozenset({"fr"}))
    'à'
    >>> range_word("pour 8 \\ufffd\\ufffd 12 convives", 7, 9, False, frozenset({"fr"}))
    'à'
    >>> range_word("from 4 \\ufffd 6 people", 7, 8, True, frozenset({"en"})) is None  # a dash as often
    True
    """
    if languages != {"fr"} or line[start:end] != _lost_run("à", single_bytes):
        return None
    if _BEFORE.search(line, 0, start) and _AFTER.match(line, end):
        return "à"
    return None
