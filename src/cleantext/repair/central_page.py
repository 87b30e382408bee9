"""A word of a Western line that only a Central European page makes known: ``the Wroc\\ufffdaw airport``.

A single-byte page read as UTF-8 loses each byte above 0x7F to one U+FFFD, and a line told English (or another
Western language) is read as a Western page's (:data:`.run_letters._CODE_PAGES`: Windows-1252 has no ``ł``, ``ř``
or ``ć`` to lose). But a page is written in one code page for the whole site, and an English text on a Polish or
Croatian site's page (a Polish festival's English programme; a Croatian forum's line of English) is in
Windows-1250 or ISO-8859-2, where ``ł``, ``ć``, ``č`` are one byte each. The words tell: where no letter of a
Western page makes the damaged word a known word, and a letter of a Central European page makes it a word of a
Central European language, the page was Central European.

Only a word whose every loss stands between two letters is read so: at a word's edge a lost byte is a quote or a
dash as often (``\\ufffdAs the situation was\\ufffd``; read as a Central page's letter, ``čAs``), and a lost first
letter's case is untold. Only the Central European languages' words count (Polish, Czech, Slovak, Slovene,
Croatian and Serbian, Hungarian, Romanian): Windows-1250 also writes ``ş`` and ``ü``, and a Turkish word made of
them (``d\\ufffd\\ufffdt\\ufffd``, the French ``d’été``, reads ``düştü``) is no Central page's. The readings are
then chosen as any word's are (:func:`.choice._choose`, a clear margin).
"""

from __future__ import annotations

import re

from .choice import _choose
from .context import Words
from .run_letters import _CENTRAL, _WESTERN, CENTRAL_LANGUAGES, _word_candidates
from .words import WordTable

__all__ = ["central_reading"]

#: A U+FFFD at a word's edge (not between two letters).
_AT_EDGE = re.compile(r"^\ufffd|\ufffd$|\ufffd\ufffd")
_LOSS = re.compile("\ufffd")


def central_reading(
    word: str, codecs: tuple[str, ...], book: WordTable, seen: Words | None, languages: frozenset[str]
) -> str | None:
    """The word of a Central European language a damaged ``word`` of a single-byte page was, in a line read as a
    Western page's (``codecs``), when each of its losses stands alone between two letters; None when the line is
    not read as Western, a loss stands at the word's edge or beside another, or between two of the commonest words
    of the line's ``languages`` (a mark that joined them: ``has\\ufffda``, a no-break space; ``to\\ufffdan``, a
    dash), or no such word clearly leads.

    Asked only when no Western reading makes the word known.

    >>> from cleantext.repair.words import table
    >>> from cleantext.repair.run_letters import _WESTERN
    >>> english = frozenset({"en"})
    >>> central_reading("Wroc\\ufffdaw", _WESTERN, table(), None, english)
    'Wrocław'
    >>> central_reading("Pozna\\ufffd", _WESTERN, table(), None, english)  # a loss at the word's edge
    >>> central_reading("has\\ufffda", _WESTERN, table(), None, english)  # "has a": not "hasła"
    """
    if codecs != _WESTERN or _AT_EDGE.search(word):
        return None
    if any(_two_words(word, loss.start(), book, languages) for loss in _LOSS.finditer(word)):
        return None
    found = _word_candidates(word, True, book, _CENTRAL, seen)
    found = {key: value for key, value in found.items() if book.frequency(key, CENTRAL_LANGUAGES)}
    return _choose(found, book, CENTRAL_LANGUAGES, anywhere=False, seen=seen) if found else None


def _two_words(word: str, place: int, book: WordTable, languages: frozenset[str]) -> bool:
    """Are the letters each side of the loss at ``place`` in ``word`` two of the commonest words of ``languages``?"""
    before, after = word[:place], word[place + 1 :]
    return all(book.common(part.casefold(), languages) for part in (before, after))
