"""Guillemets lost in UTF-8 at a quotation's edges: ``Selon lui, c'est \\ufffd\\ufffdune bonne nouvelle\\ufffd\\ufffd.``

``«`` and ``»`` are two bytes each in UTF-8 (``C2 AB``, ``C2 BB``), so a decoder that knows only ASCII leaves a run
of two U+FFFD, as it does for an accented letter; ``“`` and ``”`` leave three, which no letter of the Latin
alphabets but Vietnamese's leaves (:mod:`.quotes` reads those). The two-byte characters that may stand at a
word's start after a space are letters, ``«``, ``»``, ``¿`` and ``¡`` (a Spanish sentence's opening marks, read by
:mod:`.run_punctuation`) and signs (``£``, ``°``, ``§``); at a word's end before a space or a mark, letters, ``»``,
``«``, ``°``, ``º`` and ``ª``. French, Italian, Spanish, Portuguese and Catalan quote with ``«…»`` (German and Danish
with ``»…«`` as well, so a line of theirs is left), so in a line told one of those languages a run of two before a
word that no letter makes a word of the line, where the rest of the word is one, opens a quotation when the next
run of two to end a word (one no letter makes a word of the line, whose rest is one) closes it: ``«une bonne
nouvelle»``. A lost letter of a name (``\\ufffd\\ufffdmile``, ``Zo\\ufffd\\ufffd``) leaves no word of the line, and a
word that ends in a lost letter (``caf\\ufffd\\ufffd``) is read as one; both stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["lost_guillemets"]

#: Languages that quote with "«…»" and never with "»…«".
_GUILLEMET_LANGUAGES = frozenset(["fr", "it", "es", "pt", "ca"])
#: What may stand before an opening guillemet: a space, an opening bracket (or the line's start).
_BEFORE_OPENING = frozenset(" \t\xa0([{")
#: A run of exactly two U+FFFD.
_TWO = re.compile("(?<!\ufffd)\ufffd\ufffd(?!\ufffd)")
#: A word's letters before a point, found from where they begin (a search tried from each letter of a long run of
#: letters followed by a mark read the run to its end again each time: quadratic; docs/safety.md).
_LETTERS_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


def lost_guillemets(
    line: str,
    start: int,
    end: int,
    done: str,
    languages: frozenset[str],
    lettered: Callable[[str], bool],
    common: Callable[[str], bool],
) -> str | None:
    """The damaged word ``line[start:end]`` (a line damaged in UTF-8) with a guillemet lost at its start or its end
    written, or None.

    ``done``: the line before the word as repaired so far; ``lettered``: does a damaged word read as a word of the
    line with letters for its runs; ``common``: is a word one of the line's language's commonest. The word after an
    opening guillemet is one of those, or a capitalised word (``\ufffd\ufffdNous``: no letter stands before a
    capital in a word of small letters), not the rest of a name (``\ufffd\ufffdmile``). A word that lost both edges is
    left (``\ufffd\ufffdivkovi\ufffd\ufffd``: a name's letters as likely).

    >>> no, common = (lambda word: False), {"une", "pour"}.__contains__
    >>> line = "Selon lui, c'est \ufffd\ufffdune bonne nouvelle\ufffd\ufffd pour tous."
    >>> lost_guillemets(line, 17, 22, "Selon lui, c'est ", frozenset({"fr"}), no, common)
    '«une'
    >>> lost_guillemets(line, 29, 39, "Selon lui, c'est «une bonne ", frozenset({"fr"}), no, common)
    'nouvelle»'
    >>> lost_guillemets(line, 17, 22, "Selon lui, c'est ", frozenset({"de"}), no, common) is None  # "»…«"
    True
    """
    if not languages or not languages <= _GUILLEMET_LANGUAGES:
        return None
    word = line[start:end]
    is_open = done.count("«") > done.count("»")
    opens = _opening(line, start, end)
    closes = _closing(line, start, end)
    if opens == closes or lettered(word):
        return None
    if opens:
        rest = word[2:]
        if not (common(rest.casefold()) or (rest[:1].isupper() and rest[1:2].islower())):
            return None  # the rest of a name as likely ("\ufffd\ufffdmile" is "Émile")
        if is_open or not _closed_next(line, end, lettered):
            return None
        return "«" + rest
    return word[:-2] + "»" if is_open else None


def _opening(line: str, start: int, end: int) -> bool:
    """Does ``line[start:end]`` open with a run of two before letters that lost nothing, after a space or a
    bracket (or the line's start)?"""
    word = line[start:end]
    return (
        word.startswith("\ufffd\ufffd")
        and word[2:3].isalpha()
        and "\ufffd" not in word[2:]
        and (start == 0 or line[start - 1] in _BEFORE_OPENING)
    )


def _closing(line: str, start: int, end: int) -> bool:
    """Does ``line[start:end]`` end with a run of two after small letters that lost nothing (a name's last letter
    lost leaves a capital before it: ``Zo\ufffd\ufffd``), before no letter or digit?"""
    word = line[start:end]
    stem = word[:-2]
    return word.endswith("\ufffd\ufffd") and stem.isalpha() and stem.islower() and not line[end : end + 1].isalnum()


def _closed_next(line: str, end: int, lettered: Callable[[str], bool]) -> bool:
    """Is the next run of two after ``end`` that touches a word's edge one that closes a quotation: at the end of a
    word of small letters that no letter makes a word of?"""
    for match in _TWO.finditer(line, end):
        before = line[match.start() - 1 : match.start()]
        after = line[match.end() : match.end() + 1]
        if before.isalpha() and after.isalnum():
            continue  # a letter inside a word
        if (not before or before in _BEFORE_OPENING) and after.isalpha():
            return False  # another quotation (or a lost letter) opens first
        letters = _LETTERS_BEFORE.search(line, 0, match.start())
        if letters is None:
            return False  # after a mark or a digit: a sign ("20\ufffd\ufffd" is "20°")
        start = letters.start()
        if start and line[start - 1] not in _BEFORE_OPENING:
            return False  # the word lost more than its end
        if lettered(line[start : match.end()]):
            continue  # a word's last letter ("caf\ufffd\ufffd")
        return _closing(line, start, match.end())
    return False
