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
parts are read on their own (:mod:`.runs`). A dash may also run into a word of one letter outside ASCII after it
(``ora—è arrivato``): five bytes lost between a letter and a space, the mark's three and the letter's two (a letter of
these alphabets is two bytes, a mark of General Punctuation three); where no letter of two bytes makes a word of the
letters before the run (``ora``: no ``orà``, ``orè``), the run is a mark and the language's clearly commonest word of
one letter (:func:`lost_one_letter_word`: Italian ``è``). An apostrophe's place in such a word (after an elided word:
``un\ufffd\ufffd\ufffdora``) holds an apostrophe, not one of the aside's marks, and is not counted among them.
"""

from __future__ import annotations

import re

from .choice import _choose
from .damaged import _decode_part, _word_span
from .elision import elides
from .run_letters import _lettered
from .words import table

__all__ = ["aside_dash", "dashes_in_word", "lost_one_letter_word"]

#: Languages whose lines are not read here: English has its own rule, Vietnamese letters are three bytes, Turkish
#: writes an apostrophe before a case ending.
_NOT_HERE = frozenset({"en", "vi", "tr"})
#: What an English apostrophe stands before ("Men’s", "don’t"): never read as a dash.
_SUFFIXES = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})
#: The lost mark's three forms, each between letters; in UTF-8 also the first three of a run of five between a letter
#: and a space (the mark's three bytes, then the two of a word of one letter: ``ora\ufffd\ufffd\ufffd\ufffd\ufffd arrivato``).
_SITES = {
    "â??": re.compile(r"(?<=[^\W\d_])â\?\?(?=[^\W\d_])"),
    "â": re.compile(r"(?<=[^\W\d_â])â(?=[^\W\d_])"),
    "\ufffd\ufffd\ufffd": re.compile(r"(?<=[^\W\d_])\ufffd{3}(?=[^\W\d_]|\ufffd\ufffd(?:\s|$))"),
}
_RUNS = _SITES["\ufffd\ufffd\ufffd"]
#: After a mark's three U+FFFD: the two of a word of one letter, before a space or the line's end.
_ONE_LETTER_AFTER = re.compile(r"\ufffd\ufffd(?=\s|$)")
#: A sentence's end: a full stop, question or exclamation mark before a space.
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def aside_dash(line: str, start: int, end: int, languages: frozenset[str]) -> bool:
    """Is the mark lost at ``line[start:end]`` (``â??``, ``â`` or three U+FFFD, between letters) one of an aside's
    two unspaced dashes? ``languages``: those the line's words tell (none of English, Vietnamese, Turkish).

    Yes when exactly two such marks stand in its sentence, neither an apostrophe's place nor a route's, and the word
    after one of them is one of a language of the line's hundred commonest words. In UTF-8 an apostrophe's place
    (after an elided word: ``un\ufffd\ufffd\ufffdora``) is not counted: the word that holds it may hold the dash too,
    and is read whole (:func:`dashes_in_word`); ``â??`` and a bare ``â`` there are read as apostrophes first
    (:mod:`.short_word`, :mod:`.elision`), and the line's dashes after.

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
    sites = []
    words = []
    apostrophes = []  # whether each site stands in an apostrophe's place
    for site in form.finditer(line):
        if _same_sentence(line, site, start, end):
            head, tail = _words_beside(line, site, languages)
            apostrophe = _apostrophe_place(head, tail, languages)
            if form is _RUNS and apostrophe:
                continue  # "un\ufffd\ufffd\ufffdora": an apostrophe in the word that holds the dash, no mark of the aside
            sites.append(site)
            words.append((head, tail))
            apostrophes.append(apostrophe)
    if len(sites) != 2 or all(site.start() != start for site in sites) or any(apostrophes):
        return False
    if not all(_dash_place(line, site, head, tail) for site, (head, tail) in zip(sites, words, strict=True)):
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
    >>> line = "Il treno per Milano\ufffd\ufffd\ufffdin ritardo di un\ufffd\ufffd\ufffdora\ufffd\ufffd\ufffd\ufffd\ufffd arrivato."
    >>> dashes_in_word(line, 36, 49, frozenset({"it"}))  # "un’ora—è": the apostrophe is no dash; the dash before "è"
    [(44, 47)]
    """
    if line.count("\ufffd", start, end) == 3:
        return []
    return [
        site.span()
        for site in _RUNS.finditer(line, start, end)
        if aside_dash(line, site.start(), site.end(), languages)
    ]


def _same_sentence(line: str, site: re.Match[str], start: int, end: int) -> bool:
    """No sentence ends between ``site`` and ``line[start:end]`` (the lost marks' own ``?`` aside)."""
    low, high = (site.end(), start) if site.start() < start else (end, site.start())
    return not _SENTENCE_END.search(line[low:high].replace("â??", ""))


def lost_one_letter_word(languages: frozenset[str]) -> str | None:
    """The word of one letter outside ASCII (two bytes in UTF-8) that ``languages`` clearly write most, or None.

    >>> lost_one_letter_word(frozenset({"it"})), lost_one_letter_word(frozenset({"pt"}))  # "é" and "à" too close
    ('è', None)
    """
    book = table()
    letters = {char: char for char in book.one_letter_words() if len(char.encode("utf-8")) == 2}
    return _choose(letters, book, languages, anywhere=False)


def _words_beside(line: str, site: re.Match[str], languages: frozenset[str]) -> tuple[str, str]:
    """The words (decoded) right before and after a lost mark, each up to a character that is no letter or mojibake's,
    or another mark's "â"; after three U+FFFD that run into two more before a space, the word of one letter those two
    were (:func:`lost_one_letter_word`), or "" where a letter of two bytes makes a word of the letters before the run
    (the five bytes a letter and a mark: ``così”``)."""
    left, right = _word_span(line, site.start(), site.end(), stop="â")
    head = _decode_part(line[left : site.start()])
    if not _ONE_LETTER_AFTER.match(line, site.end()):
        return head, _decode_part(line[site.end() : right])
    if not head or _lettered(table(), None, languages, head + "\ufffd\ufffd"):
        return head, ""
    return head, lost_one_letter_word(languages) or ""


def _apostrophe_place(head: str, tail: str, languages: frozenset[str]) -> bool:
    """Is a mark between ``head`` and ``tail`` in an apostrophe's place: after a word of one letter or an elided word
    ("d’une", "un’ora"), or before an English suffix ("Men’s") or an elided word of one letter?"""
    if not head or not tail:
        return False
    return (
        len(head) == 1 or elides(head, languages) or tail in _SUFFIXES or (len(tail) == 1 and elides(tail, languages))
    )


def _dash_place(line: str, site: re.Match[str], head: str, tail: str) -> bool:
    """Could a dash stand at ``site``, between ``head`` and ``tail`` (no apostrophe's place), rather than a route's?"""
    if not head or not tail:
        return False
    if head[0].isupper() and tail[0].isupper():
        return False  # "Berlin–Hamburg", "Mon—Fri": a route, a range
    # a bare "â" inside a known word is the letter itself ("grâce")
    return site.group(0) != "â" or not table().frequency(_decode_part(head + "â" + tail))
