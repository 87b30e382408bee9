"""A degree sign lost between a number and a temperature's unit: ``45-50\\ufffdF`` is ``45-50°F``.

``°`` is one byte on a single-byte page (one U+FFFD) and two in UTF-8 (two U+FFFD); a run of that length between
a number and a ``C`` or ``F`` that ends the word was left, as a lone loss after a number is (``360\\ufffd``: ``°``,
``”``, ``€`` as likely). Before a temperature's unit the reading narrows: in the training text's lines told English
and nothing else (the held-out lines and the second sample left out), a character outside ASCII between a number
and such a ``C`` or ``F`` is ``°`` 67 times in 68 (in 50 lines; the ordinal ``º`` once, ``Now 30ºF``), and no mark
stands there. Lines of no told language write ``º`` there more often (4 in 36: weather widgets), and pages in
Spanish, Portuguese or Italian, whose keyboards have ``º``, may as well; so only a line whose words tell English and no other
language is read, and elsewhere the loss stays.
"""

from __future__ import annotations

from .run_letters import _lost_run

__all__ = ["degree_sign"]

#: A temperature's units, written right after the degree sign.
_UNITS = frozenset("CF")


def degree_sign(line: str, start: int, end: int, single_bytes: bool, languages: frozenset[str]) -> str | None:
    """``°`` and the unit for the damaged word ``line[start:end]``, a run of U+FFFD and a ``C`` or ``F`` right after a
    number, in a line told English (``single_bytes``: the line's runs are one U+FFFD a byte); else None.

    >>> degree_sign("Keep it at 45-50\\ufffdF or 7-10\\ufffdC.", 16, 18, True, frozenset({"en"}))
    '°F'
    >>> degree_sign("Bake at 180\\ufffd\\ufffdC for an hour.", 11, 14, False, frozenset({"en"}))
    '°C'
    >>> degree_sign("Bake at 180\\ufffdC for an hour.", 11, 13, True, frozenset({"es"})) is None  # "º" as well
    True
    """
    word = line[start:end]
    run, unit = word[:-1], word[-1:]
    if languages != {"en"} or unit not in _UNITS or run != _lost_run("°", single_bytes):
        return None
    return "°" + unit if line[start - 1 : start].isdigit() else None
