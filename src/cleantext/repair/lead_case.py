"""What a surviving lead byte tells of the case of a lost first letter.

After ``Ã`` (0xC3) a lost byte of 0x80-0x9F is a capital (``À``-``Þ``, and ``ß``); only the soft hyphen 0xAD
makes a small letter there, ``í``. So where the small readings make no known word, the bytes tell the case
(``Die Ãrzte``, ``auf Ãl``: ``Ärzte``, ``Öl``), while after ``Ä`` or ``Å`` a capital and its small letter
stand side by side (``Ł``/``ł``, ``Č``/``č``), and the word's place in its sentence must tell.
"""

from __future__ import annotations

from collections.abc import Iterable

from .words import WordTable, fold


def case_untold(candidates: Iterable[str], book: WordTable) -> bool:
    """Whether the case of a lost first letter is open: some small reading makes a known word.

    >>> from cleantext.repair.words import table
    >>> case_untold(["Ärzte", "Írzte", "írzte"], table()), case_untold(["Łodzi", "łodzi"], table())
    (False, True)
    >>> case_untold(["Índice", "índice"], table())  # "Ã" + a soft hyphen is "í": "índice" is a word
    True
    """
    return any(word[:1].islower() and fold(word) in book.known for word in candidates)
