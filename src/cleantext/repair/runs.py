"""Recover characters that became runs of U+FFFD, from the words they leave and the words around them.

Two shapes of damage (the lead-byte shapes are in :mod:`.leads` and :mod:`.punctuation`; the ranking,
:mod:`.choice`, is shared):

- **A legacy encoding read as UTF-8**: each byte of Windows-1252 (or another single-byte code page)
  text that is not ASCII became one U+FFFD: ``S\\ufffdo Paulo``.
- **Every byte of a UTF-8 character became U+FFFD**: ``company\\ufffd\\ufffd\\ufffds`` (the three bytes
  of ``’``), ``S\\ufffd\\ufffdo`` (the two of ``ã``).

Each damaged word is matched against the known words (:mod:`.words`) with a letter outside ASCII
for each lost character (:mod:`.run_letters`; a word none of them fits, in a line of another language
than English, gets the letter its language writes between the letters around the loss, and in an English line the
letter three languages agree on there: :mod:`.spelling`; one of
a line read as a Western page's that only a Central European page makes a word of those languages is read so:
:mod:`.central_page`);
a run standing alone between words of a language other than English may be its commonest one-letter word
(French "à"; between two numbers in French, :mod:`.number_range`); between a number and a temperature's unit in
English it is ``°`` (:mod:`.temperature`), and one standing alone before ``/`` and a digit on a single-byte page an
aperture's ``ƒ`` (:mod:`.fnumber`). Where no letter makes a known word, a lost punctuation mark (a run that
Windows-1252 or UTF-8 gives one of ``’ “ ” – —``) is chosen from the characters around it, as :mod:`.lossy` does for ``â€?``
(:mod:`.run_punctuation`, which also reads a lost mark that joined two words: ``l\\ufffd\\ufffdcole``), and
quotes lost at a quotation's edges (:mod:`.quotes`; guillemets in UTF-8, :mod:`.guillemets`).
This module weighs the two readings of each word and of the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .asides import dashes_in_word, lost_one_letter_word
from .capitals import NAME_REST, after_name_part, name_end
from .central_page import central_reading
from .choice import _capital_first, _choose, _function_word
from .compounds import compound_reading
from .context import Words, words_for
from .damaged import _line_languages
from .fnumber import lost_aperture_sign
from .guillemets import lost_guillemets
from .number_range import range_word
from .quotes import edge_quotes
from .run_letters import (
    _RUN,
    _STARTS_SENTENCE,
    _code_pages,
    _fits,
    _lettered,
    _one_letter_word,
    _recase,
    _word_candidates,
)
from .run_punctuation import (
    _apostrophe_readings,
    _apostrophe_run,
    _apostrophe_run_length,
    _fill_punctuation_word,
    _inverted_mark,
)
from .spelling import doubted, spelled
from .temperature import degree_sign
from .words import PRIORS, WordTable, table

__all__ = ["recover_replacement_runs"]

#: A damaged word and its readings: legacy bytes, UTF-8, the one reading when a lost mark joined it whole to
#: another word (or a compound's), and whether it begins with a name (its case is the name's, not the sentence's).
_Readings = tuple[re.Match[str], dict[str, str], dict[str, str], str | None, bool]
#: How a word's lost characters are spelled: one byte each (else UTF-8), and whether a character fits a loss.
_Spelling = tuple[bool, Callable[[str, int], bool]]


def recover_replacement_runs(line: str) -> str:
    """Replace runs of U+FFFD by the letters (or punctuation) whose bytes they stand for.

    Each word that holds runs is matched against the known words with a letter outside ASCII for
    each lost character: one per U+FFFD if a single-byte code page was read as UTF-8, or characters
    of as many UTF-8 bytes as the run is long. The runs of a line were made the same way: when the
    words of the line are known under one reading only, the others are read that way too.

    >>> recover_replacement_runs("S\\ufffdo Paulo and Bel\\ufffdm: the company\\ufffds report")  # Windows-1252
    'São Paulo and Belém: the company’s report'
    >>> recover_replacement_runs("S\\ufffd\\ufffdo Paulo: the company\\ufffd\\ufffd\\ufffds report")  # UTF-8
    'São Paulo: the company’s report'
    >>> recover_replacement_runs("A educa\\ufffd\\ufffd\\ufffd\\ufffdo p\\ufffd\\ufffdblica e a a\\ufffd\\ufffd\\ufffd\\ufffdo")
    'A educação pública e a ação'
    >>> recover_replacement_runs("\\ufffd\\ufffd\\ufffd")  # nothing to go by
    '\\ufffd\\ufffd\\ufffd'
    """
    if "\ufffd" not in line:
        return line
    book = table()
    seen = words_for(line)
    languages = _line_languages(line, book)
    codecs = _code_pages(languages)  # a page in English has no "ř" to lose
    single_bytes = any(len(match.group(0)) == 1 for match in _RUN.finditer(line))  # UTF-8 never gives one
    words, reading = _read_words(line, single_bytes, book, codecs, seen, languages)
    spelling = (single_bytes if reading is None else reading, lambda char, length: _fits(char, length, codecs))
    out: list[str] = []
    position = 0
    quoted = False  # a quote written at a word's edge
    for readings in words:
        match = readings[0]
        done = partial(_text_before, out, line, position, match.start())  # (joined only when a mark asks)
        replacement, quote = _replacement(line, readings, reading, done, single_bytes, book, seen, languages, spelling)
        quoted = quoted or quote
        if replacement is None:
            continue
        out.append(line[position : match.start()])
        out.append(replacement)
        position = match.end()
    if not out:
        return line
    out.append(line[position:])
    mended = "".join(out)
    if (not languages or quoted) and "\ufffd" in mended:
        # the words recovered may tell the line's language, which the rest is read in; a quote written at a
        # word's edge leaves the word's own runs ("\ufffdwhat\ufffds") to be read as a word of their own
        return recover_replacement_runs(mended)
    return mended


def _text_before(out: list[str], line: str, position: int, start: int) -> str:
    """The line as mended so far, up to ``start``."""
    return "".join(out) + line[position:start]


def _read_words(
    line: str, single_bytes: bool, book: WordTable, codecs: tuple[str, ...], seen: Words, languages: frozenset[str]
) -> tuple[list[_Readings], bool | None]:
    """The damaged words of ``line`` and their readings, and how the line's runs were made (True: legacy
    bytes; False: UTF-8; None: not told), if the words known under one reading only agree on it.
    """
    words: list[_Readings] = []
    votes = set()
    for match in _DAMAGED_WORD.finditer(line):
        word = match.group(0)
        if word.strip("\ufffd") == "":
            words.append((match, {}, {}, None, False))
            continue
        if _touches_digit(line, match.start(), match.end()):
            words.append((match, {}, {}, None, False))  # "n\ufffd1", "2\ufffdC": a sign ("°", "º"), not a word's letter
            continue
        readings = _word_readings(line, match, single_bytes, book, codecs, seen, languages)
        _, legacy, utf8, _, _ = readings
        if bool(legacy) != bool(utf8):
            votes.add(bool(legacy))
        words.append(readings)
    return words, (votes.pop() if len(votes) == 1 else None)


def _word_readings(
    line: str,
    match: re.Match[str],
    single_bytes: bool,
    book: WordTable,
    codecs: tuple[str, ...],
    seen: Words,
    languages: frozenset[str],
) -> _Readings:
    """The words a damaged word may have been: its letters read as legacy bytes and as UTF-8; if neither
    makes a word, a lost mark that joined it to another word (a Spanish "¿", an apostrophe); then a compound.
    """
    word = match.group(0)
    whole: str | None = None
    named = False  # read as a name and its case ending (its case is the name's)
    legacy = _word_candidates(word, True, book, codecs, seen)
    if not single_bytes and languages:
        # no lone U+FFFD in the line: a legacy page would have to hold nothing but pairs of letters outside
        # ASCII ("Pat\ufffd\ufffd" is "Paté" in UTF-8, not "Patří"); only words of the line's languages are read so
        legacy = {key: value for key, value in legacy.items() if book.frequency(key, languages)}
    utf8 = {} if single_bytes else _word_candidates(word, False, book, seen=seen)
    if "es" in languages:
        # "\ufffdQu\ufffd pasa?": the inverted mark that opens a Spanish question or exclamation (before a
        # capital, a lost small letter would make a word of impossible case: "áNo")
        whole, marked = _inverted_mark(line, match, single_bytes, book, codecs, seen)
        if whole is not None:
            legacy, utf8 = {}, {}
        elif marked:
            named = True
            legacy, utf8 = (marked, {}) if single_bytes else ({}, marked)
    if not legacy and not utf8 and whole is None:
        # "Ankara\ufffdd\ufffdr", "l\ufffd\ufffdcole": two words joined by an apostrophe that was lost
        whole, joined, name_first = _apostrophe_readings(word, single_bytes, book, codecs, seen, languages)
        if whole is None and joined:
            if name_first:
                named = True
            legacy, utf8 = (joined, {}) if single_bytes else ({}, joined)
    if not legacy and not utf8 and whole is None:
        # "Filterm\ufffdglichkeiten": a compound the table does not list, whose last part it does
        whole = compound_reading(word, lambda part: _word_candidates(part, single_bytes, book, codecs), languages)
    if not legacy and not utf8 and whole is None and single_bytes:
        # "the Wroc\ufffdaw airport": an English text on a Central European page, which only its words tell
        whole = central_reading(word, codecs, book, seen, languages)
    return match, legacy, utf8, whole, named


def _replacement(
    line: str,
    readings: _Readings,
    reading: bool | None,
    done: Callable[[], str],
    single_bytes: bool,
    book: WordTable,
    seen: Words,
    languages: frozenset[str],
    spelling: _Spelling,
) -> tuple[str | None, bool]:
    """What a damaged word is read as (None: left as it is), and whether that is a quote written at its edge.

    Its one reading when a mark joined it whole; else a word of its readings (those of the line's reading,
    ``reading``); else a lone run's one-letter word or mark; else quotes at its edges; else, in a line of
    another language than English, the letters its language spells there (in English, those languages agree on:
    :func:`.spelling.agreed_letter`). ``done``: the line mended so far.
    """
    match, legacy, utf8, whole, named = readings
    if whole is not None:
        return whole, False
    if not legacy and not utf8 and not single_bytes:
        dashes = dashes_in_word(line, match.start(), match.end(), languages)
        if dashes:
            # "K\ufffd\ufffdln\ufffd\ufffd\ufffdin der": an aside's dash beside a letter's run
            return _aside_parts(line, match, dashes, book, seen, languages, spelling), False
    candidates = legacy if reading else utf8 if reading is False else {**legacy, **utf8}
    if reading is None and utf8 and not single_bytes:
        # no lone U+FFFD in the line: UTF-8 makes a run of two or more of every letter, a legacy page only of
        # letters side by side, so a word read both ways is read as UTF-8 ("Pat\ufffd\ufffd" is "Paté", not "Patří")
        candidates = utf8
    replacement = None
    if candidates:
        replacement = _chosen_word(
            line, match.start(), match.group(0), candidates, named, single_bytes, book, seen, languages, spelling
        )
    elif (ranged := range_word(line, match.start(), match.end(), single_bytes, languages)) is not None:
        replacement = ranged  # "pour 4 \ufffd 6 personnes" in French: "à"
    elif (sign := degree_sign(line, match.start(), match.end(), single_bytes, languages)) is not None:
        replacement = sign  # "45-50\ufffdF" in English: "°F"
    elif (sign := lost_aperture_sign(line, match.start(), match.end(), single_bytes, spelling[1])) is not None:
        replacement = sign  # "50mm \ufffd/1.8G" on a single-byte page: "ƒ"
    elif (match.group(0).count("\ufffd") in (1, 3) and _RUN.fullmatch(match.group(0))) or _apostrophe_run(match):
        replacement = _one_letter_word(line, match, single_bytes, book, languages)
        if replacement is None:
            replacement = _fill_punctuation_word(line, match, done(), single_bytes, languages)
    elif match.group(0) == "\ufffd\ufffd" and not single_bytes:
        replacement = _one_letter_word(line, match, single_bytes, book, languages)
    quoted = False
    if replacement is None and (
        _short_after_loss(match.group(0), languages) or not any(book.frequency(word, languages) for word in candidates)
    ):
        # "\ufffdwhat is it\ufffd": quotation marks lost at its words' edges, when no reading (of either case) is a word of
        # the line; in English a loss before a short word is a mark as often as a letter: "\ufffda fresh start\ufffd"
        replacement = edge_quotes(line, match.start(), match.end(), done(), single_bytes, languages)
        if replacement is None and not single_bytes:
            # "\ufffd\ufffdune bonne nouvelle\ufffd\ufffd": guillemets, two bytes each in UTF-8
            lettered, common = partial(_lettered, book, seen, languages), partial(book.common, languages=languages)
            replacement = lost_guillemets(line, match.start(), match.end(), done(), languages, lettered, common)
        quoted = replacement is not None
    if replacement is None and not legacy and not utf8:
        # a word the table lacks: as the line's language spells it ("poduzetni\ufffdtvu"); in English, a name: as
        # languages agree ("Nordenstr\ufffdm")
        replacement = spelled(match.group(0), *spelling, languages)
    return replacement, quoted


def _aside_parts(
    line: str,
    match: re.Match[str],
    dashes: list[tuple[int, int]],
    book: WordTable,
    seen: Words,
    languages: frozenset[str],
    spelling: _Spelling,
) -> str:
    """The damaged word ``match`` (UTF-8) with an aside's dashes at ``dashes`` (:func:`.asides.dashes_in_word`), each
    part between them read as a word of its own (as :func:`_replacement` reads one: an elided word and the next
    joined by a lost apostrophe too, ``un\ufffd\ufffd\ufffdora``), or left as it is; after the last dash, two U+FFFD
    that end the word are the word of one letter the dash ran into (``ora—è``).
    """
    out: list[str] = []
    position = match.start()
    for start, end in [*dashes, (match.end(), match.end())]:
        word = line[position:start]
        reading = None
        if word == "\ufffd\ufffd" and start == match.end() and dashes:
            reading = lost_one_letter_word(languages)  # "ora\ufffd\ufffd\ufffd\ufffd\ufffd arrivato": "ora—è"
        elif "\ufffd" in word:
            candidates = _word_candidates(word, False, book, seen=seen)
            if candidates:
                reading = _chosen_word(line, position, word, candidates, False, False, book, seen, languages, spelling)
            else:
                whole, joined, _ = _apostrophe_readings(word, False, book, _code_pages(languages), seen, languages)
                if whole is not None:
                    reading = whole  # "un\ufffd\ufffd\ufffdora": "un’ora"
                elif not joined:
                    reading = spelled(word, *spelling, languages)
        out.append(word if reading is None else reading)
        if start < match.end():
            out.append("—")
        position = end
    return "".join(out)


def _chosen_word(
    line: str,
    start: int,
    word: str,
    candidates: dict[str, str],
    named: bool,
    single_bytes: bool,
    book: WordTable,
    seen: Words,
    languages: frozenset[str],
    spelling: _Spelling,
) -> str | None:
    """The word of ``candidates`` (the readings of the damaged ``word``, at ``start`` in ``line``) the line reads, in
    its case; or None when a loss at the word's edge may be punctuation, or the word is a name the table lacks.
    """
    if word[0] == "\ufffd" and not word.isupper() and not named:
        candidates = _cased(line, start, candidates, book, seen, languages)
    # a loss at a word's edge may be punctuation ("brood on\ufffd", a dash; "\ufffdI", "\ufffdtable", a quote): only
    # words of the line's languages; but at a line's or sentence's start, before four letters or more, a name
    # ("\ufffdlafur" is Ólafur), and at a capitalised word's end after four letters, a word of a major language
    ends_name = name_end(word)  # "Frapp\ufffd" is "Frappé" (French), "Pozna\ufffd" no "Poznaš" (Croatian)
    # "Sept-\ufffdles": after a capitalised part and a hyphen the loss is a letter of the name (no
    # mark stands there), and is looked up in every language, however short the rest
    compound = word[0] == "\ufffd" and after_name_part(line, start, languages)
    # in UTF-8 a run of two at a word's edge is one character of two bytes: a letter (or "«", "»", "¿", a sign), never
    # the quote, dash or apostrophe (three bytes each) that makes an edge a doubt ("L\ufffd\ufffdszl\ufffd\ufffd" is
    # "László"); in a line told English only, where nothing but the language tells a lost first letter's case (a
    # name's capital, or a name its source writes small), the start stays a doubt
    letter_start, letter_end = (False, False) if single_bytes else letter_edges(word)
    edge = (word[-1] == "\ufffd" and not ends_name and not letter_end) or (
        word[0] == "\ufffd"
        and not compound
        and (
            len(word.lstrip("\ufffd")) < NAME_REST
            or not ((letter_start and languages != {"en"}) or _STARTS_SENTENCE.search(line, 0, start))
        )
    )
    possessive = _POSSESSIVE.fullmatch(word) if "en" in languages else None
    if (
        possessive
        and len(possessive.group(2)) == _apostrophe_run_length(single_bytes)
        and not any(book.frequency(candidate, languages) for candidate in candidates)
    ):
        # "brand\ufffds" in English: "brand’s", not a word of another language ("brandýs", a Czech town)
        return f"{possessive.group(1)}’s"
    if not compound and _short_after_loss(word, languages):
        # (in English a loss before a short word is a mark as often as a letter: "Lemire \ufffds" is
        # "Lemire ’s", "for \ufffda" "“a" -- and the English list's short words with an accent are
        # other languages' quoted, "és", "ça")
        return None
    wider = frozenset(PRIORS) if ends_name else None
    replacement = _choose(candidates, book, languages, anywhere=not edge, seen=seen, wider=wider)
    if replacement and not book.frequency(replacement, languages) and doubted(word, replacement, *spelling):
        return None  # a name the table lacks read as a word of another language: "Räcker"
    return replacement


def _cased(
    line: str, start: int, candidates: dict[str, str], book: WordTable, seen: Words, languages: frozenset[str]
) -> dict[str, str]:
    """The readings of a word that lost its first letter, in the case where it stands in the line tells."""
    capital = _capital_first(line, start, languages, candidates, seen)
    if capital is None:  # German: "Ärzte" or "ärztlich"; but "über" is small
        return _function_word({_recase(word, False): _recase(word, False) for word in candidates}, book, languages)
    return {_recase(word, capital): _recase(word, capital) for word in candidates}


def letter_edges(word: str) -> tuple[bool, bool]:
    """Did the damaged ``word`` (UTF-8: a lost character is a run of its bytes) lose exactly one character of two
    bytes at its start, and at its end, with four characters or more kept beside it?

    A letter of the Latin alphabets (but Vietnamese's) is two bytes in UTF-8; the quotes, dashes and apostrophes
    that stand at a word's edge (``“ ” ‘ ’ – —``, General Punctuation) are three. So such a run is a letter (or one
    of the few marks and signs of two bytes, ``«``, ``»``, ``¿``, ``°``, ``®``, which make no known word with the
    rest), and its word is looked up as a name's is, in every language.

    >>> letter_edges("L\ufffd\ufffdszl\ufffd\ufffd"), letter_edges("\ufffd\ufffdinjenica")
    ((False, True), (True, False))
    >>> letter_edges("\ufffd\ufffd\ufffdfresh"), letter_edges("on\ufffd\ufffd"), letter_edges("\ufffd\ufffdivkovi\ufffd\ufffd")
    ((False, False), (False, False), (True, True))
    """
    kept = len(word) - 2 >= NAME_REST and word.strip("\ufffd") != ""
    lead = len(word) - len(word.lstrip("\ufffd"))
    tail = len(word) - len(word.rstrip("\ufffd"))
    return kept and lead == 2, kept and tail == 2


def _touches_digit(line: str, start: int, end: int) -> bool:
    """Is the damaged word at ``line[start:end]`` run together with a digit ("n\ufffd1", "5\ufffdC")?"""
    return line[end : end + 1].isdigit() or (start > 0 and line[start - 1].isdigit())


#: An English word of ASCII letters, a lost mark, and "s": a possessive whose apostrophe was lost.
_POSSESSIVE = re.compile("([A-Za-z]+)(\ufffd+)s")
#: Letters and U+FFFD: a word that lost characters (read from where it begins: linear in a long word).
_DAMAGED_WORD = re.compile("(?<![^\\W\\d_])(?<!\ufffd)[^\\W\\d_]*+\ufffd(?:[^\\W\\d_]|\ufffd)*")


def _short_after_loss(word: str, languages: frozenset[str]) -> bool:
    """An English word of fewer than four letters after a lost first character: a mark as often as a letter."""
    return languages == {"en"} and word[0] == "\ufffd" and len(word.lstrip("\ufffd")) < NAME_REST
