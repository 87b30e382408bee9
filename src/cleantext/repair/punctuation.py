"""Punctuation marks whose lead byte survived and whose other bytes were lost: ``Weâ??re``, ``companyâs``.

A mark of U+2000-U+27FF is three bytes in UTF-8, ``E2`` (``â`` in mojibake) and two more; when those
were 0x80-0x9F (C1 controls, or undefined in Windows-1252) they became ``?`` or vanished. What is left
says little of which mark it was; where the mark stands says more: an apostrophe before an English
suffix, a Turkish case ending or after an elided word; a dash between letters before a clause; quotes
at a quotation's edges (:mod:`.quotes`); ``…`` or ``€`` by the byte that is left. :func:`recover_lost_punctuation`
runs before ftfy and puts the mark back in mojibake form, or as ``â€?`` for :mod:`.lossy` to resolve.
"""

from __future__ import annotations

import re

from .asides import aside_dash
from .charsets import _class, _decoded, _mojibake
from .damaged import (
    _BYTE_OF,
    _CONTINUATIONS,
    _MOJIBAKE_PAIR,
    _char,
    _decode_part,
    _languages_word_by_word,
    _line_languages,
    _word_span,
)
from .elision import elides, opens_elision
from .line_start import opening_quote_at_start
from .lossy import _ELIDED
from .quotes import quotes_with_curly_marks, vanished_marks
from .ranges import range_dash
from .short_word import apostrophe_between_words, languages_across_marks
from .spaced import spaced_dash_outside_english
from .turkish import case_endings
from .words import table

__all__ = ["mark_between_letters", "opens_clause", "recover_lost_punctuation"]

#: "â" and two lost bytes, between or next to words: a punctuation mark of U+2000-U+201F ("Weâ??re").
_LOST_TWO = re.compile(r"(?<=[\w\s.,;:!?\"'()…])â\?\?(?=[\w\s.,;:!?\"'()]|$)")
#: "â" whose two other bytes (C1 controls) vanished, before an English suffix: "companyâs", "itâs".
_VANISHED_TWO = re.compile(
    r"â(?<=[^\W\d_]â)(?=(?:s|t|d|m|ll|re|ve)(?![\w\x80-\xbf" + _class(set(_CONTINUATIONS))[1:-1] + "]))"
)
_LETTER = re.compile(r"[^\W\d_]")
#: A word of four letters at most before the mark ("d", "dell", "nell") or of five at most after it ("da", "nin").
_SHORT_BEFORE = re.compile(r"(?<![^\W\d_])(?<![?\ufffd])[^\W\d_]{1,4}$")
_SHORT_AFTER = re.compile(r"[^\W\d_]{1,5}(?![^\W\d_]|[?\ufffd])")
#: Mojibake of letters other than "é" (Ã©), which English text has too: a sign of another language.
_FOREIGN_LETTERS = re.compile("[ÃÄÅ](?!©)")


def recover_lost_punctuation(line: str) -> str:
    """``â??``: the lead byte of a punctuation mark whose two other bytes became ``?`` (or vanished).

    Both lost bytes lie in 0x80-0x9F, so the mark is in U+2000-U+201F (dashes and quotes); it goes
    back as ``â€?``, which :func:`.lossy.restore_lost_bytes` resolves from the context -- except
    between letters in a language other than English, where beside a short word it is an apostrophe when the line's
    words say so (:mod:`.short_word`: "d’une", "İstanbul’da"), and is left otherwise ("Milano—in ritardo": a dash).

    >>> from cleantext.repair import repair_line
    >>> repair_line("Weâ??re sure it isnâ??t over â?? yet, the companyâs chief said.")  # "—" or "–": nothing tells
    'We’re sure it isn’t over \ufffd yet, the company’s chief said.'
    >>> repair_line("Ä°stanbulâ??da yaÅ\x9fayan Ã¶Ä\x9frenciler")
    'İstanbul’da yaşayan öğrenciler'
    >>> repair_line("Ä°stanbulâda yaÅ\x9fayan Ã¶Ä\x9frenciler")  # vanished: before a Turkish case ending
    'İstanbul’da yaşayan öğrenciler'
    >>> repair_line("Il treno per Milanoâ??in ritardo Ã¨ arrivato alle dieci.")  # an Italian line: no case ending
    'Il treno per Milanoâ??in ritardo è arrivato alle dieci.'
    """
    if "â" not in line:
        return line
    line = spaced_dash_outside_english(line)  # "desktop â puna": "–" outside English
    line = opening_quote_at_start(line)  # "â??Every": "“" at an English line's start
    if "â??" in line:
        english: bool | None = None
        told: frozenset[str] | None = None

        def mark(match: re.Match[str]) -> str:
            nonlocal english, told
            if _LETTER.match(line, match.end()) and match.start() and _LETTER.match(line, match.start() - 1):
                if english is None:
                    languages = _line_languages(line, table())
                    english = "en" in languages if languages else not _FOREIGN_LETTERS.search(line)
                if not english:  # an elided word before it ("d’une") or a case ending after it ("İstanbul’da")
                    if _SHORT_BEFORE.search(line, 0, match.start()) or _SHORT_AFTER.match(line, match.end()):
                        if told is None:
                            told = languages_across_marks(line)
                        if apostrophe_between_words(line, match.start(), told):
                            return _mojibake("’")
                    if told is None:
                        told = languages_across_marks(line)
                    if aside_dash(line, match.start(), match.end(), told):
                        return _mojibake("—")  # "Milano—in ritardo di un’ora—è": an aside's two dashes
                    return match.group(0)  # "straße—adlergestell", "Milano—in ritardo": a dash or hyphen
            return "â€?"

        line = _LOST_TWO.sub(mark, line)
    if "â" in line and _VANISHED_TWO.search(line):
        book = table()

        def apostrophe(match: re.Match[str]) -> str:
            left, right = _word_span(line, match.start(), match.end())
            return match.group(0) if book.frequency(_decode_part(line[left:right])) else "â€?"

        line = _VANISHED_TWO.sub(apostrophe, line)
    if _VANISHED_BEFORE_SUFFIX.search(line) and _MOJIBAKE_PAIR.search(line):
        foreign = bool(_FOREIGN_LETTERS.search(line))
        line = _VANISHED_BEFORE_SUFFIX.sub(lambda match: _vanished_apostrophe(line, match, foreign), line)
    if "â" in line and _VANISHED_BETWEEN_NUMBERS.search(line) and _MOJIBAKE_PAIR.search(line):
        line = _VANISHED_BETWEEN_NUMBERS.sub(
            lambda m: _mojibake("–") if range_dash(line, m.start(), m.end()) else "â", line
        )
    if "â" in line and _VANISHED_MIDDLE.search(line):
        line = _VANISHED_MIDDLE.sub(_vanished_middle, line)
    if "â" in line:  # "âa fresh startâ": the quotes at a quotation's edges
        curly = lambda: quotes_with_curly_marks(_languages_word_by_word(line))  # noqa: E731
        line = vanished_marks(line, curly, lambda word: bool(table().frequency(_decode_part(word))))
    if "â" in line and _VANISHED_BEFORE_SUFFIX.search(line) and _MOJIBAKE_PAIR.search(line):
        line = _vanished_between_letters(line)
    return line


def opens_clause(line: str, end: int) -> bool:
    """Is the word after ``line[:end]`` one of English's hundred commonest words?

    Asked of a mark lost between two letters in English: the unspaced "—" opens a clause or a phrase, and a
    common word follows it more often than not ("plate—you", "night—the", "out—but"); a hyphen joins the parts
    of a compound ("meta‑analysis", "cake‑cutting", "New York–style"), whose second part is seldom such a word.
    In the training text's lines without a Latin letter outside ASCII (the held-out lines are left out), between
    two ASCII letters: "—" 1,648 times before one of these words and 948 times before another; "‑", "‐", "–",
    "‘" and a "’" that no suffix or one-letter word tells 130 and 380 times; "…" (three bytes in UTF-8, never a
    vanished pair) 95 and 59 times.

    >>> opens_clause("plate?you can", 6), opens_clause("meta?analysis", 5)
    (True, False)
    """
    word = _WORD_AFTER.match(line, end)
    return word is not None and table().common(word.group(0).casefold(), ("en",))


_WORD_AFTER = re.compile(r"[^\W\d_]+")


def mark_between_letters(line: str, start: int, end: int) -> str | None:
    """The mark lost at ``line[start:end]``, between two letters of an English line: the unspaced "—" before one of
    English's commonest words (:func:`opens_clause`), else "’" after a word of one letter ("O’Brien"), else
    ``None`` (a compound's hyphen as likely: "meta‑analysis").

    >>> mark_between_letters("plate?you", 5, 6), mark_between_letters("O?Brien", 1, 2), mark_between_letters("meta?analysis", 4, 5)
    ('—', '’', None)
    """
    if opens_clause(line, end):
        return "—"
    return "’" if _ELIDED.search(line, 0, start) else None


def _vanished_between_letters(line: str) -> str:
    """``lateâthe``: in an English line of mojibake, a bare "â" between letters whose two last bytes (C1 controls)
    vanished: a mark of U+2000-U+201F (no letter is there), put back in mojibake form as the unspaced "—" that
    ``â??`` gives there (:mod:`.lossy`), or "’" after a word of one letter ("Oâbrien"; "companyâs" is read
    before). Only before one of English's hundred commonest words (:func:`opens_clause`): between a compound's
    parts ("meta‑analysis", "cake‑cutting") the mark is a hyphen as often, and it is left. Not where the word as
    it stands is a known word ("hâlâ"), nor in a line of another language, where the apostrophe rules above
    read it.

    >>> _vanished_between_letters("It was lateâthe trains had stopped, said BjÃ¶rk.")
    'It was lateâ€”the trains had stopped, said BjÃ¶rk.'
    >>> _vanished_between_letters("A mindfulnessâbased review by BjÃ¶rk.")
    'A mindfulnessâbased review by BjÃ¶rk.'
    """
    languages = _languages_word_by_word(line)
    if "en" not in languages:
        return _vanished_aside(line, languages)
    book = table()

    def mark(match: re.Match[str]) -> str:
        if line[match.start() - 1] == "â":
            return match.group(0)  # "ââAre": the second of two marks, not a mark between letters
        char = mark_between_letters(line, match.start(), match.end())
        if char is None:
            return match.group(0)  # "meta‑analysis", "cake‑cutting": a hyphen of a compound as likely
        left, right = _word_span(line, match.start(), match.end())
        if book.frequency(_decode_part(line[left:right])):
            return match.group(0)
        return _mojibake(char)

    return _VANISHED_BEFORE_SUFFIX.sub(mark, line)


def _vanished_aside(line: str, languages: frozenset[str]) -> str:
    """``Kölnâin der alten Halleâwar``: outside English, a bare "â" between letters is "—" where it is one of an
    aside's two dashes (:func:`.asides.aside_dash`), else left.

    >>> _vanished_aside("O jogo de ontemâuma vitÃ³ria apertadaâdeixou o tÃ©cnico.", frozenset({"pt"}))
    'O jogo de ontemâ€”uma vitÃ³ria apertadaâ€”deixou o tÃ©cnico.'
    """
    dash = _mojibake("—")
    return _VANISHED_BEFORE_SUFFIX.sub(
        lambda match: dash if aside_dash(line, match.start(), match.end(), languages) else match.group(0), line
    )


#: The marks Windows-1252 writes at 0x80-0x9F: those Western text writes outside Latin-1.
_CP1252_MARKS = frozenset(_decoded("cp1252", 0x80, 0x9F)) - set(map(chr, range(0x80, 0xA0)))
#: "â" and the last byte of a three-byte mark (0xA1-0xBF), its middle byte (a C1 control) vanished or became "?" or
#: U+FFFD: "â¦", "â?¦" of "…".
_VANISHED_MIDDLE = re.compile("â[?\ufffd]?([\xa1-\xbf])(?![\x80-\xbf" + re.escape(_CONTINUATIONS) + "])")


def _vanished_middle(match: re.Match[str]) -> str:
    """``250â¬``, ``â¦``, ``â?¦``: a mark of U+2000-U+27FF whose middle byte (0x80-0x9F) vanished or was lost, when one such
    byte makes a mark Western text writes (Windows-1252's own: "€", "…", "‰"); in mojibake form (left,
    ftfy would read a space after it as a no-break space: "⬠"). "â¢" is "™" (E2 84 A2) right after a word,
    which it marks, else "•" (E2 80 A2).
    """
    last = _BYTE_OF[match.group(1)]
    marks = {char for middle in range(0x80, 0xA0) if (char := _char(bytes([0xE2, middle, last]))) in _CP1252_MARKS}
    if marks == {"•", "™"}:
        marks = {"™" if match.string[match.start() - 1 : match.start()].isalnum() else "•"}
    return _mojibake(marks.pop()) if len(marks) == 1 else match.group(0)


#: "â" between two digits: a mark of U+2000-U+201F whose two last bytes vanished ("1864â1946"; "×" would leave "Ã").
_VANISHED_BETWEEN_NUMBERS = re.compile(r"(?<=\d)â(?=\d)")

#: "â" between letters in a line of mojibake: a lead byte whose two continuations vanished, or a letter.
_VANISHED_BEFORE_SUFFIX = re.compile(r"â(?<=[^\W\d_]â)(?=[^\W\d_])")


def _vanished_apostrophe(line: str, match: re.Match[str], foreign: bool) -> str:
    """``Ä°stanbulâda``, ``lâhÃ´pital``: an apostrophe whose last two bytes vanished, before a Turkish case
    ending or after a French, Italian or Catalan elided word (:func:`_turkish_apostrophe`, :func:`_elided_apostrophe`).

    ``foreign``: the line's mojibake holds a letter other than "é" (which English text has too), the sign of a
    Turkish line. An elided word needs none: the line's words tell its language, and a French line whose only
    accented letters are "é" is common ("câest", "dâhuile alternÃ©e").

    >>> from cleantext.repair import repair_line
    >>> repair_line("Il suffit de vider les cendres et nettoyer les rÃ©sidus et câest tout !")
    'Il suffit de vider les cendres et nettoyer les résidus et c’est tout !'
    >>> repair_line("Diffusion dâhuile : altÃ©rÃ©e ou continue"), repair_line("Il est lÃ©ger, il lâche tout.")
    ('Diffusion d’huile : altérée ou continue', 'Il est léger, il lâche tout.')
    """
    found = _turkish_apostrophe(line, match) if foreign else match.group(0)
    return found if found != match.group(0) else _elided_apostrophe(line, match)


def _elided_apostrophe(line: str, match: re.Match[str]) -> str:
    """``lâhÃ´pital``, ``dellâAquila``: the apostrophe after an elided word of the line's language, before a
    word that begins with a vowel or an "h" ("lâche", a consonant after it, is a word)."""
    left, right = _word_span(line, match.start(), match.end())
    head, rest = line[left : match.start()], _decode_part(line[match.end() : right])
    if not rest or not opens_elision(rest):
        return match.group(0)
    languages = _languages_word_by_word(line)  # (a lone "â" keeps the line from decoding whole)
    if not elides(head, languages):
        return match.group(0)
    return _mojibake("’")


def _turkish_apostrophe(line: str, match: re.Match[str]) -> str:
    """``Ä°stanbulâda``: the apostrophe before a Turkish case ending, whose last two bytes vanished.

    Only where the rest of the word is the ending vowel harmony gives the name before it (:func:`.turkish.case_endings`:
    "’da" after "İstanbul"), the word as it stands is not a known word ("hâlâ", "dükkân" hold a real "â"), and the
    line is not English.
    """
    left, right = _word_span(line, match.start(), match.end())
    suffix = _decode_part(line[match.end() : right])
    if suffix not in case_endings(_decode_part(line[left : match.start()])):
        return match.group(0)
    book = table()
    if book.frequency(_decode_part(line[left:right])):
        return match.group(0)
    languages = _line_languages(line, book)
    return match.group(0) if "en" in languages else _mojibake("’")
