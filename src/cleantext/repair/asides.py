"""The two dashes of an aside, lost between letters outside English: ``Milanoâ??in ritardo di unâ??oraâ??Ã¨ arrivato``.

A mark of General Punctuation is three bytes in UTF-8 (``E2 80 xx``); lost between two letters with no space it left
``â??`` (its two last bytes turned to ``?``), a bare ``â`` (they vanished) or three U+FFFD. In prose that mark is an
apostrophe (an elided word, a case ending: :mod:`.short_word` and :mod:`.elision` read those) or an unspaced dash;
quotes and hyphens seldom stand between letters (a hyphen is ASCII's ``-`` in these languages). English reads the
dash before one of its commonest words (:func:`.punctuation.opens_clause`); outside English a mark alone tells too
little, but an aside tells more: two such marks in one sentence (``Köln—in der alten Halle—war``), one of them before
one of the line's language's commonest words, are the aside's two dashes. Left: a mark after a word of one letter or
an elided word (an apostrophe), before an English suffix (``Men’s / Women’s`` in a line told Swedish), between two
capitalised words (``Berlin–Hamburg``, ``Mon—Fri``: a route or a range), a third mark in the sentence (a list of
compounds' hyphens as likely), and lines told English, Vietnamese (three bytes may be one of its letters) or Turkish
(an apostrophe before a name's case ending).

In UTF-8 the word around such a dash may hold a letter's run of its own (``K\ufffd\ufffdln\ufffd\ufffd\ufffdin``: the
two bytes of ``ö``, then the dash's three); :func:`dashes_in_word` finds the aside's dashes there, so that the word's
parts are read on their own (:mod:`.runs`).
"""

from __future__ import annotations

import re

from .damaged import _decode_part, _word_span
from .elision import elides
from .words import table

__all__ = ["aside_dash", "dashes_in_word"]

#: Languages whose lines are not read here: English has its own rule, Vietnamese letters are three bytes, Turkish
#: writes an apostrophe before a case ending.
_NOT_HERE = frozenset({"en", "vi", "tr"})
#: What an English apostrophe stands before ("Men’s", "don’t"): never read as a dash.
_SUFFIXES = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})
#: The lost mark's three forms, each between letters.
_SITES = {
    "â??": re.compile(r"(?<=[^\W\d_])â\?\?(?=[^\W\d_])"),
    "â": re.compile(r"(?<=[^\W\d_â])â(?=[^\W\d_])"),
    "\ufffd\ufffd\ufffd": re.compile(r"(?<=[^\W\d_])\ufffd{3}(?=[^\W\d_])"),
}
#: A sentence's end: a full stop, question or exclamation mark before a space.
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def aside_dash(line: str, start: int, end: int, languages: frozenset[str]) -> bool:
    """Is the mark lost at ``line[start:end]`` (``â??``, ``â`` or three U+FFFD, between letters) one of an aside's
    two unspaced dashes? ``languages``: those the line's words tell (none of English, Vietnamese, Turkish).

    Yes when exactly two such marks stand in its sentence, neither an apostrophe's place nor a route's, and the word
    after one of them is one of a language of the line's hundred commonest words.

    >>> line = "Das Konzert in KÃ¶lnâ??in der alten Halleâ??war schon ausverkauft."
    >>> aside_dash(line, 20, 23, frozenset({"de"})), aside_dash(line, 41, 44, frozenset({"de"}))
    (True, True)
    >>> aside_dash("Die Strecke Berlinâ??Hamburg und Kielâ??Rostock sind gesperrt.", 18, 21, frozenset({"de"}))
    False
    """
    if not languages or not languages.isdisjoint(_NOT_HERE):
        return False
    form = _SITES.get(line[start:end])
    if form is None:
        return False
    sites = [site for site in form.finditer(line) if _same_sentence(line, site, start, end)]
    if len(sites) != 2 or all(site.start() != start for site in sites):
        return False
    words = [_words_beside(line, site) for site in sites]
    if not all(_dash_place(line, site, head, tail, languages) for site, (head, tail) in zip(sites, words, strict=True)):
        return False
    book = table()
    return any(book.common(tail.casefold(), languages) for _, tail in words)


def dashes_in_word(line: str, start: int, end: int, languages: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of an aside's dashes (:func:`aside_dash`) lost as three U+FFFD between letters inside the damaged
    word ``line[start:end]``, when the word also holds another run (a letter's, two bytes in UTF-8): a word that holds
    the dash's run alone is read as a lost mark already (:mod:`.run_punctuation`).

    >>> line = "Das Konzert in K\ufffd\ufffdln\ufffd\ufffd\ufffdin der alten Halle\ufffd\ufffd\ufffdwar schon ausverkauft."
    >>> dashes_in_word(line, 15, 25, frozenset({"de"})), dashes_in_word(line, 36, 44, frozenset({"de"}))
    ([(20, 23)], [])
    >>> dashes_in_word(line.replace("Halle\\ufffd\\ufffd\\ufffdwar", "Halle war"), 15, 25, frozenset({"de"}))  # alone
    []
    """
    form = _SITES["\ufffd\ufffd\ufffd"]
    if line.count("\ufffd", start, end) == 3:
        return []
    return [
        site.span() for site in form.finditer(line, start, end) if aside_dash(line, site.start(), site.end(), languages)
    ]


def _same_sentence(line: str, site: re.Match[str], start: int, end: int) -> bool:
    """No sentence ends between ``site`` and ``line[start:end]`` (the lost marks' own ``?`` aside)."""
    low, high = (site.end(), start) if site.start() < start else (end, site.start())
    return not _SENTENCE_END.search(line[low:high].replace("â??", ""))


def _words_beside(line: str, site: re.Match[str]) -> tuple[str, str]:
    """The words (decoded) right before and after a lost mark, each up to a character that is no letter or mojibake's,
    or another mark's "â"."""
    left, right = _word_span(line, site.start(), site.end(), stop="â")
    return _decode_part(line[left : site.start()]), _decode_part(line[site.end() : right])


def _dash_place(line: str, site: re.Match[str], head: str, tail: str, languages: frozenset[str]) -> bool:
    """Could a dash stand at ``site``, between ``head`` and ``tail``, rather than an apostrophe or a route's dash?"""
    if not head or not tail or len(head) == 1 or elides(head, languages):
        return False  # "d’une", "un’ora": an apostrophe
    if tail in _SUFFIXES or (len(tail) == 1 and elides(tail, languages)):
        return False  # "Men’s", "l’" after the mark: an apostrophe or a word of one letter that elides
    if head[0].isupper() and tail[0].isupper():
        return False  # "Berlin–Hamburg", "Mon—Fri": a route, a range
    # a bare "â" inside a known word is the letter itself ("grâce")
    return site.group(0) != "â" or not table().frequency(_decode_part(head + "â" + tail))
