"""Whether a lead byte whose continuation vanished stands in a capitalised or upper-case word.

Mojibake writes a lead byte wherever its character stood (``Hősök`` read as Latin-1, its C1 byte dropped, is
``HÅsök``), and every such lead is a capital (``Ã``, ``Ä``, ``Å``). Clean text writes a capital inside a word only in
an upper-case word, and never between a word's first capital and a small letter; so after a word's first capital and
before a small letter (``HÅsök``, ``WÅadysÅaw``), or between two capitals (``AUDIÃNCIA``, ``TROIS-RIVIÃRES``), the
lead is taken for a letter that lost a byte, and the word decides which (:mod:`.leads`: only a known word that
clearly wins is written; a word known as it stands, ``SÃO``, ``NÃO``, is kept). At an upper-case word's end before a
space (``CAFÃ CON``, :func:`ends_upper_word`) a whole ``Ã`` ends Portuguese capitals too (``IRMÃ``, kept as a known
word), so there the lead is read only in a line told to be in a language, whose words decide.
"""

from __future__ import annotations

__all__ = ["ends_upper_word", "in_capital_word"]


def in_capital_word(line: str, before: int, after: str) -> bool:
    """Does a lead byte stand after the capital at ``line[before]`` and before ``after`` inside a word?

    True after a word's first capital and before a small letter, or between two capitals.

    >>> in_capital_word("XIV. HÅsök tere", 5, "s"), in_capital_word("AUDIÃNCIA", 3, "N")
    (True, True)
    >>> in_capital_word("MacÃa", 2, "a"), in_capital_word("McDÅa", 2, "a"), in_capital_word("CAFÃ CON", 2, " ")
    (False, False, False)
    """
    capital = line[before : before + 1]
    if not capital.isupper():
        return False
    return after.isupper() or (after.islower() and not line[before - 1 : before].isalpha())


def ends_upper_word(line: str, lead: int) -> bool:
    """Does the lead byte at ``line[lead]`` end an upper-case word (every letter before it in the word a capital)?

    >>> ends_upper_word("CAFÃ CON", 3), ends_upper_word("JÃ ERA", 1)
    (True, True)
    >>> ends_upper_word("weiÃ nicht", 3), ends_upper_word("McDÃ x", 3), ends_upper_word("Ã x", 0)
    (False, False, False)
    """
    start = lead
    while start > 0 and line[start - 1].isalpha():
        start -= 1
    return start < lead and line[start:lead].isupper()
