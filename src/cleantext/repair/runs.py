"""Recover characters that became runs of U+FFFD, from the words they leave and the words around them.

Two shapes of damage (the lead-byte shapes are in :mod:`.leads` and :mod:`.punctuation`; the ranking,
:mod:`.choice`, is shared):

- **A legacy encoding read as UTF-8**: each byte of Windows-1252 (or another single-byte code page)
  text that is not ASCII became one U+FFFD: ``S\\ufffdo Paulo``.
- **Every byte of a UTF-8 character became U+FFFD**: ``company\\ufffd\\ufffd\\ufffds`` (the three bytes
  of ``’``), ``S\\ufffd\\ufffdo`` (the two of ``ã``).

Each damaged word is matched against the known words (:mod:`.words`) with a letter outside ASCII
for each lost character (a word none of them fits, in a line of another language than English, gets
the letter its language writes between the letters around the loss: :mod:`.spelling`); a run standing
alone between words of a language other than English may be its commonest one-letter word (French
"à"). Where no letter makes a known word, a lost
punctuation mark (a run that Windows-1252 or UTF-8 gives one of ``’ “ ” – —``) is chosen from the
characters around it, as :mod:`.lossy` does for ``â€?``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .capitals import NAME_REST, after_name_part, name_end
from .choice import _capital_first, _choose, _function_word
from .compounds import compound_reading
from .context import Words, spaced_dash, words_for
from .damaged import _line_languages
from .elision import ELIDED, contraction, elides, opens_elision, possessive_stem
from .lossy import _ELIDED, _lost_punctuation
from .punctuation import opens_clause
from .quotes import _quote_open, edge_quotes
from .spelling import doubted, spelled
from .turkish import case_endings
from .words import HOLE, PRIORS, WordTable, comma_spelling, table

__all__ = ["recover_replacement_runs"]

#: The most U+FFFD one damaged word may hold: more are left as they are.
_MOST_LOST = 8
_RUN = re.compile("\ufffd+")

#: Single-byte code pages whose text, read as UTF-8, loses each byte above 0x7F to one U+FFFD.
_LEGACY_CODECS = ("cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "iso-8859-2", "iso-8859-15")
#: The code pages a language's text is written in: a page in English or French is Western (Windows-1252
#: has no "ř" to lose), one in Polish or Czech Central European, and so on.
_WESTERN = ("cp1252", "iso-8859-15")
_CENTRAL = ("cp1250", "iso-8859-2")
_CODE_PAGES = {
    **dict.fromkeys(["en", "pt", "es", "fr", "de", "it", "nl", "ca", "sv", "da", "nb", "fi", "is"], _WESTERN),
    **dict.fromkeys(["pl", "cs", "sk", "sl", "sh", "hu", "ro"], _CENTRAL),
    "tr": ("cp1254",),
    "lt": ("cp1257",),
    "lv": ("cp1257",),
}  # (Vietnamese is left out: Windows-1258 writes most of its letters as a base and a combining mark)


def _splits(count: int) -> Iterator[tuple[int, ...]]:
    """The ways ``count`` bytes split into UTF-8 characters of 2-4 bytes."""
    if count == 0:
        yield ()
        return
    for first in (2, 3, 4):
        if first <= count:
            for rest in _splits(count - first):
                yield (first, *rest)


@lru_cache(maxsize=4096)
def _legacy_byte(char: str, codecs: tuple[str, ...] = _LEGACY_CODECS) -> bool:
    """Is ``char`` one byte above 0x7F in a single-byte code page (which UTF-8 turns into one U+FFFD)?"""
    for codec in codecs:
        try:
            if len(char.encode(codec)) == 1:
                return True
        except UnicodeEncodeError:
            continue
    return False


def _hole_fillings(word: str, legacy: bool) -> Iterator[list[tuple[int, int]]]:
    """For each reading of the U+FFFD runs of ``word``: (position, UTF-8 length or 1) per lost character.

    Legacy: each U+FFFD was one byte, one character. UTF-8: a run of n was characters of n bytes in all.
    """
    runs = [(match.start(), len(match.group(0))) for match in _RUN.finditer(word)]
    if sum(count for _, count in runs) > _MOST_LOST:
        return  # more lost than a word's letters can be told from (and the readings multiply)
    if legacy:
        yield [(start + offset, 1) for start, count in runs for offset in range(count)]
        return
    for splits in itertools.product(*(list(_splits(count)) for _, count in runs)):
        if sum(len(split) for split in splits) <= 8:
            yield [(start, length) for (start, _), split in zip(runs, splits, strict=True) for length in split]


def _word_candidates(
    word: str, legacy: bool, book: WordTable, codecs: tuple[str, ...] = _LEGACY_CODECS, seen: Words | None = None
) -> dict[str, str]:
    """Known words ``word`` (letters and runs of U+FFFD) may have been, in its case, each mapped to itself.

    ``codecs``: the code pages a legacy byte may be of. Known: in the word table, or written whole
    in the line or its document (``seen``: a name the table lacks, "Grünwald").
    """
    found: dict[str, str] = {}
    # "GARC\ufffdA" is upper case; one letter ("R\ufffd", "\ufffdC") does not tell
    kept = word.replace("\ufffd", "")
    upper = len(kept) > 1 and kept.isupper()
    run_ends = {match.start(): match.end() for match in _RUN.finditer(word)}
    for holes in _hole_fillings(word, legacy):
        # the skeleton: the word with one HOLE per lost character
        skeleton, cursor, lost = [], 0, []
        for start, length in holes:
            if start in run_ends and cursor <= start:
                skeleton.append(word[cursor:start])
                cursor = run_ends[start]
            skeleton.append(HOLE)
            lost.append(length)
        skeleton.append(word[cursor:])
        plain = "".join(skeleton)
        folded = plain.casefold()
        if len(folded) != len(plain):
            continue  # "ß" or "İ" folded into two characters: the positions no longer match
        # a word written in the document, when enough of it is left to match it by ("не" is no "на")
        left_over = len(folded) - len(lost)
        written = seen.with_holes(folded, book.skeleton) if seen is not None and left_over >= max(3, len(lost)) else []
        for candidate in (*book.with_holes(folded), *written):
            if len(candidate) != len(plain):
                continue
            fills = [char for char, mark in zip(candidate, folded, strict=True) if mark == HOLE]
            if not all(_fits(char, length, codecs) for char, length in zip(fills, lost, strict=True)):
                continue
            if any(mark not in (HOLE, char) for char, mark in zip(candidate, folded, strict=True)):
                continue  # a letter outside ASCII that was not lost must be the same
            cased = "".join(
                (char.upper() if upper else char) if mark == HOLE else mark
                for char, mark in zip(candidate, plain, strict=True)
            )
            found.setdefault(cased, cased)
    # a Romanian word in both spellings ("și", "şi": UTF-8 gives both two bytes) is the table's, with the comma
    found = {
        key: value for key, value in found.items() if not book.cedilla_twin(key) or comma_spelling(key) not in found
    }
    # "\ufffdstanbul": the Turkish "İ" (one byte, or two in UTF-8), which the table lists folded to ASCII
    first = _RUN.match(word)
    lost = len(first.group(0)) if first is not None else 0
    if lost and "\ufffd" not in word[lost:] and (lost == 1 or not legacy) and _fits("İ", lost, codecs):
        dotted = book.dotted_capital(word[lost:])
        if dotted is not None:
            # ... in place of the dotless "ı", whose capital "I" would fold to the same word ("Istanbul")
            found = {key: value for key, value in found.items() if key[:1] not in "ıI"}
            found.setdefault(dotted, dotted)
    return found


def _fits(char: str, length: int, codecs: tuple[str, ...] = _LEGACY_CODECS) -> bool:
    return _legacy_byte(char, codecs) if length == 1 else len(char.encode("utf-8")) == length


def _code_pages(languages: frozenset[str]) -> tuple[str, ...]:
    """The code pages text in ``languages`` is written in (all of them when a language is not told)."""
    if not languages or any(language not in _CODE_PAGES for language in languages):
        return _LEGACY_CODECS
    return tuple(sorted({codec for language in languages for codec in _CODE_PAGES[language]}))


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
    words = []
    votes = set()
    named: set[int] = set()  # the words read as a name and its case ending (their case is the name's)
    direct: dict[int, str] = {}  # the words joined by a lost apostrophe that lost nothing else: their one reading
    quoted = False  # a quote written at a word's edge
    for match in _DAMAGED_WORD.finditer(line):
        word = match.group(0)
        if word.strip("\ufffd") == "":
            words.append((match, {}, {}))
            continue
        if _touches_digit(line, match.start(), match.end()):
            words.append((match, {}, {}))  # "n\ufffd1", "2\ufffdC": a sign ("°", "º"), not a word's letter
            continue
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
                direct[match.start()] = whole
                legacy, utf8 = {}, {}
            elif marked:
                named.add(match.start())
                legacy, utf8 = (marked, {}) if single_bytes else ({}, marked)
        if not legacy and not utf8 and match.start() not in direct:
            # "Ankara\ufffdd\ufffdr", "l\ufffd\ufffdcole": two words joined by an apostrophe that was lost
            whole, joined, name_first = _apostrophe_readings(word, single_bytes, book, codecs, seen, languages)
            if whole is not None:
                direct[match.start()] = whole
            elif joined:
                if name_first:
                    named.add(match.start())
                legacy, utf8 = (joined, {}) if single_bytes else ({}, joined)
        if not legacy and not utf8 and match.start() not in direct:
            # "Filterm\ufffdglichkeiten": a compound the table does not list, whose last part it does
            whole = compound_reading(word, lambda part: _word_candidates(part, single_bytes, book, codecs), languages)
            if whole is not None:
                direct[match.start()] = whole
        if bool(legacy) != bool(utf8):
            votes.add(bool(legacy))
        words.append((match, legacy, utf8))
    reading = votes.pop() if len(votes) == 1 else None  # True: legacy bytes; False: UTF-8
    spelling = (single_bytes if reading is None else reading, lambda char, length: _fits(char, length, codecs))
    out: list[str] = []
    position = 0
    for match, legacy, utf8 in words:
        candidates = legacy if reading else utf8 if reading is False else {**legacy, **utf8}
        if reading is None and utf8 and not single_bytes:
            # no lone U+FFFD in the line: UTF-8 makes a run of two or more of every letter, a legacy page only of
            # letters side by side, so a word read both ways is read as UTF-8 ("Pat\ufffd\ufffd" is "Paté", not "Patří")
            candidates = utf8
        replacement = direct.get(match.start())
        if replacement is None and (readings := candidates):  # (the readings before their case is told)
            if match.group(0)[0] == "\ufffd" and not match.group(0).isupper() and match.start() not in named:
                capital = _capital_first(line, match.start(), languages, candidates, seen)
                if capital is None:  # German: "Ärzte" or "ärztlich"; but "über" is small
                    candidates = _function_word(
                        {_recase(word, False): _recase(word, False) for word in candidates}, book, languages
                    )
                else:
                    candidates = {_recase(word, capital): _recase(word, capital) for word in candidates}
            # a loss at a word's edge may be punctuation ("brood on\ufffd", a dash; "\ufffdI", "\ufffdtable", a quote): only
            # words of the line's languages; but at a line's or sentence's start, before four letters or more, a name
            # ("\ufffdlafur" is Ólafur), and at a capitalised word's end after four letters, a word of a major language
            word = match.group(0)
            ends_name = name_end(word)  # "Frapp\ufffd" is "Frappé" (French), "Pozna\ufffd" no "Poznaš" (Croatian)
            # "Sept-\ufffdles": after a capitalised part and a hyphen the loss is a letter of the name (no
            # mark stands there), and is looked up in every language, however short the rest
            compound = word[0] == "\ufffd" and after_name_part(line, match.start(), languages)
            edge = (word[-1] == "\ufffd" and not ends_name) or (
                word[0] == "\ufffd"
                and not compound
                and (len(word.lstrip("\ufffd")) < NAME_REST or not _STARTS_SENTENCE.search(line, 0, match.start()))
            )
            possessive = _POSSESSIVE.fullmatch(word) if "en" in languages else None
            if (
                possessive
                and len(possessive.group(2)) == _apostrophe_run_length(single_bytes)
                and not any(book.frequency(candidate, languages) for candidate in candidates)
            ):
                # "brand\ufffds" in English: "brand’s", not a word of another language ("brandýs", a Czech town)
                replacement = f"{possessive.group(1)}’s"
            elif compound or not _short_after_loss(word, languages):
                # (in English a loss before a short word is a mark as often as a letter: "Lemire \ufffds" is
                # "Lemire ’s", "for \ufffda" "“a" -- and the English list's short words with an accent are
                # other languages' quoted, "és", "ça")
                wider = frozenset(PRIORS) if ends_name else None
                replacement = _choose(candidates, book, languages, anywhere=not edge, seen=seen, wider=wider)
                if replacement and not book.frequency(replacement, languages) and doubted(word, replacement, *spelling):
                    replacement = None  # a name the table lacks read as a word of another language: "Räcker"
        elif replacement is None and (
            (match.group(0).count("\ufffd") in (1, 3) and _RUN.fullmatch(match.group(0))) or _apostrophe_run(match)
        ):
            replacement = _one_letter_word(line, match, single_bytes, book, languages)
            if replacement is None:
                done = "".join(out) + line[position : match.start()]
                replacement = _fill_punctuation_word(line, match, done, single_bytes, languages)
        elif replacement is None and match.group(0) == "\ufffd\ufffd" and not single_bytes:
            replacement = _one_letter_word(line, match, single_bytes, book, languages)
        if replacement is None and (
            _short_after_loss(match.group(0), languages)
            or not any(book.frequency(word, languages) for word in readings)
        ):
            # "\ufffdwhat is it\ufffd": quotation marks lost at its words' edges, when no reading (of either case) is a word of
            # the line; in English a loss before a short word is a mark as often as a letter: "\ufffda fresh start\ufffd"
            done = "".join(out) + line[position : match.start()]
            replacement = edge_quotes(line, match.start(), match.end(), done, single_bytes, languages)
            quoted = quoted or replacement is not None
        if replacement is None and not legacy and not utf8:
            # a word the table lacks, in a line of another language than English: as it spells ("poduzetni\ufffdtvu")
            replacement = spelled(match.group(0), *spelling, languages)
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


#: The first mark that ends a sentence after a point in it.
_SENTENCE_END = re.compile(r"[^.?!]*([.?!])")


def _inverted_mark(
    line: str, match: re.Match[str], single_bytes: bool, book: WordTable, codecs: tuple[str, ...], seen: Words
) -> tuple[str | None, dict[str, str]]:
    """A run before a capital that opens a Spanish question or exclamation (the sentence ends with "?" or
    "!"): its "¿" or "¡" (one byte on a single-byte page, two in UTF-8), then the word, whole when it lost
    nothing else, else its readings by the word table, each mapped to the mark and the word.
    """
    word = match.group(0)
    lost = 1 if single_bytes else 2
    rest = word[lost:]
    if word[:lost] != "\ufffd" * lost or not rest[:1].isupper() or (rest.isupper() and len(rest) > 2):
        return None, {}  # not before a capital, or a word in capitals ("\ufffdNGEL": "ÁNGEL")
    end = _SENTENCE_END.match(line, match.end())
    mark = {"?": "¿", "!": "¡"}.get(end.group(1)) if end else None
    if mark is None:
        return None, {}
    return _word_after(mark, rest, single_bytes, book, codecs, seen)


def _apostrophe_run_length(single_bytes: bool) -> int:
    """How many U+FFFD a lost apostrophe leaves: its one byte on a single-byte page, its three in UTF-8."""
    return 1 if single_bytes else 3


def _word_after(
    prefix: str,
    rest: str,
    single_bytes: bool,
    book: WordTable,
    codecs: tuple[str, ...],
    seen: Words,
    allowed: Callable[[str], bool] = lambda word: True,
) -> tuple[str | None, dict[str, str]]:
    """``prefix`` (a recovered mark, or a word and its apostrophe) before the word ``rest``: the whole when
    ``rest`` lost nothing, else ``rest``'s readings by the word table, each mapped to the whole; only words
    ``allowed`` (one that begins with a vowel, after an elided word).
    """
    if "\ufffd" not in rest:
        return (prefix + rest if allowed(rest) else None), {}
    readings = _word_candidates(rest, single_bytes, book, codecs, seen)
    return None, {word: prefix + word for word in readings if allowed(word)}


def _apostrophe_readings(
    word: str, single_bytes: bool, book: WordTable, codecs: tuple[str, ...], seen: Words, languages: frozenset[str]
) -> tuple[str | None, dict[str, str], bool]:
    """``word``, which no reading makes a word, read as two joined by a lost apostrophe: a word and the English
    "’s", a Turkish name and its case ending, or an elided French, Italian or Catalan word and the next. The one reading when nothing else
    was lost, else the readings by the word table (each word mapped to the whole), and whether the whole
    begins with a name (its case is the name's, not the sentence's).
    """
    stem = possessive_stem(word, _apostrophe_run_length(single_bytes)) if "en" in languages else None
    if stem is not None:  # "K\ufffdnig\ufffds": a name and the English "’s"
        return None, {name: f"{name}’s" for name in _word_candidates(stem, single_bytes, book, codecs, seen)}, True
    if "tr" in languages:
        whole = _whole_name_with_ending(word, single_bytes, codecs)
        if whole is not None:
            return whole, {}, False
        ending = _name_with_ending(word, single_bytes, book, codecs, seen)
        if ending:
            return None, ending, True
    if not languages.isdisjoint(ELIDED):
        whole, joined = _elided(word, single_bytes, book, codecs, seen, languages)
        return whole, joined, False
    return None, {}, False


def _name_with_ending(
    word: str, single_bytes: bool, book: WordTable, codecs: tuple[str, ...], seen: Words
) -> dict[str, str]:
    """Names ``word`` may be, up to one of its runs, that run (or its start) a lost apostrophe and the rest a case ending
    the name takes (Turkish: ``T\ufffdrkiye\ufffdnin``, ``Ankara\ufffdd\ufffdr``): each name mapped to
    the name, "’" and the ending.

    The apostrophe is one lost byte on a single-byte page, three in UTF-8; a letter lost in the name or
    the ending is one byte, or two in UTF-8 (Turkish letters outside ASCII); a name is capitalised.
    """
    found: dict[str, str] = {}
    apostrophe = _apostrophe_run_length(single_bytes)
    for run in _RUN.finditer(word):
        if run.start() == 0 or run.end() == len(word) or len(run.group(0)) < apostrophe:
            continue
        stem, rest = word[: run.start()], word[run.start() + apostrophe :]  # the ending may have lost a letter
        if "\ufffd" not in stem:
            continue  # :func:`_whole_name_with_ending`
        for name in _word_candidates(stem, single_bytes, book, codecs, seen):
            name = _recase(name, True)
            for ending in case_endings(name):
                if _fills(rest, ending, single_bytes, codecs):
                    found.setdefault(name, f"{name}’{ending}")
    return found


def _whole_name_with_ending(word: str, single_bytes: bool, codecs: tuple[str, ...]) -> str | None:
    """``Ankara\ufffdd\ufffdr``: a capitalised name that lost no letter, its apostrophe lost (one byte on a
    single-byte page, three in UTF-8), then the one case ending the name takes that fits the rest.

    The name is not looked up: the word table lists words with letters outside ASCII ("Ankara" is not there).
    """
    run = _RUN.search(word)
    apostrophe = _apostrophe_run_length(single_bytes)
    if run is None or run.start() == 0 or run.end() == len(word) or not word[0].isupper():
        return None
    if len(run.group(0)) < apostrophe:
        return None
    stem, rest = word[: run.start()], word[run.start() + apostrophe :]  # the ending may have lost a letter
    endings = [ending for ending in case_endings(stem) if _fills(rest, ending, single_bytes, codecs)]
    return f"{stem}’{endings[0]}" if len(endings) == 1 else None


def _elided(
    word: str, single_bytes: bool, book: WordTable, codecs: tuple[str, ...], seen: Words, languages: frozenset[str]
) -> tuple[str | None, dict[str, str]]:
    """An elided word of the line's languages, its apostrophe lost (one byte on a single-byte page, three in
    UTF-8), then the word it is joined to, which begins with a vowel or an "h": the word whole when it lost
    nothing else ("l\ufffdhomme"), else its readings by the word table, each mapped to the whole
    ("l\ufffd\ufffdcole": "école" -> "l’école").
    """
    apostrophe = _apostrophe_run_length(single_bytes)
    run = _RUN.search(word)
    if run is None or run.start() == 0 or len(run.group(0)) < apostrophe or run.start() + apostrophe >= len(word):
        return None, {}
    head, rest = word[: run.start()], word[run.start() + apostrophe :]  # the next word may have lost its first letter
    if not elides(head, languages):
        return None, {}
    return _word_after(f"{head}’", rest, single_bytes, book, codecs, seen, opens_elision)


def _fills(damaged: str, whole: str, single_bytes: bool, codecs: tuple[str, ...]) -> bool:
    """Could ``whole`` have become ``damaged``, each letter outside ASCII lost to one U+FFFD per byte?"""
    lost = 1 if single_bytes else 2
    at = 0
    for char in whole:
        if damaged.startswith("\ufffd", at) and not char.isascii() and _fits(char, lost, codecs):
            at += lost if damaged[at : at + lost] == "\ufffd" * lost else len(damaged) + 1
        elif damaged[at : at + 1] == char:
            at += 1
        else:
            return False
    return at == len(damaged)


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


def _recase(word: str, capital: bool) -> str:
    if word[:1] == "İ":
        return word  # its small letter, "i", is ASCII: it was not lost
    return word[:1].upper() + word[1:] if capital else word[:1].lower() + word[1:]


def _apostrophe_run(match: re.Match[str]) -> bool:
    """One run in the word, of one U+FFFD (Windows-1252 "’") or three (UTF-8 "’"), between letters."""
    word = match.group(0)
    runs = list(_RUN.finditer(word))
    return len(runs) == 1 and runs[0].start() > 0 and runs[0].end() < len(word) and len(runs[0].group(0)) in (1, 3)


def _one_letter_word(
    line: str, match: re.Match[str], single_bytes: bool, book: WordTable, languages: frozenset[str]
) -> str | None:
    """A run of U+FFFD standing alone between words that was a word of one letter: French "à", Italian "è".

    Only outside English (there a lone loss is more often a dash or a quote), only between words
    ("petit \ufffd petit", "vis-\ufffd-vis"; not "250\ufffd" or "45\ufffd60", a sign or a dash), and
    only a word of the line's languages that is clearly the most frequent one ("à" in French; in
    Portuguese "é" and "à" are both too common to choose). At a sentence start it is a capital.
    """
    run = match.group(0)
    if not languages or "en" in languages or len(run) > 2 or (len(run) == 2 and single_bytes):
        return None
    if not _BETWEEN_WORDS.match(line, match.end()) or not (
        match.start() == 0 or _AFTER_WORD.search(line, 0, match.start())
    ):
        return None
    codecs = _code_pages(languages)
    words = {char: char for char in book.one_letter_words() if _fits(char, 1 if len(run) == 1 else 2, codecs)}
    char = _choose(words, book, languages, anywhere=False)
    if char is not None and _STARTS_SENTENCE.search(line, 0, match.start()):
        return char.upper()
    return char


#: A lone loss between words: a letter, a space or hyphen before it, and one after it before a letter.
_AFTER_WORD = re.compile(r"(?:[^\W\d_]|[.!?,;:])[ -]$")
_BETWEEN_WORDS = re.compile(r"[ -][^\W\d_]")
#: Before the first word of a line or of a sentence ("-" here is a hyphen: "tête-à-tête").
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?])[\s\"“«(]*$")


def _fill_punctuation_word(
    line: str, match: re.Match[str], done: str, single_bytes: bool, languages: frozenset[str]
) -> str | None:
    run = _RUN.search(match.group(0))
    assert run is not None
    start, end = match.start() + run.start(), match.start() + run.end()
    mark = _fill_punctuation(line, start, end, done, single_bytes, languages)
    return None if mark is None else line[match.start() : start] + mark + line[end : match.end()]


def _fill_punctuation(
    line: str, start: int, end: int, done: str, single_bytes: bool, languages: frozenset[str]
) -> str | None:
    """A lost quote, apostrophe or dash: one Windows-1252 byte (0x91-0x97), or the three bytes of one in UTF-8.

    Between letters only an apostrophe before "s", "t", "re", ... ("company’s"); elsewhere only in English
    text (in French or Portuguese a lone U+FFFD may as well be "à" or "é"); a spaced dash as the text writes one.
    """
    count = end - start
    if not (count == 1 or (count == 3 and not single_bytes)):
        return None
    before = line[start - 1 : start]
    after = line[end : end + 1]
    if before == "-" and after == "-":
        return None  # "t\u00eate-\ufffd-t\u00eate", "vis-\ufffd-vis": a word of a compound, not a mark
    if not _latin_context(line[:start], reverse=True) or not _latin_context(line[end:], reverse=False):
        return None  # CJK, Cyrillic, another U+FFFD: no rule for their punctuation here
    quote_open: Callable[[], bool] = lambda: _quote_open(done)  # noqa: E731
    char = _lost_punctuation(before, after, line[end : end + 16], quote_open)
    if after.isdigit() and not before.isdigit():
        return None  # "cost \ufffd219": a currency sign ("£", "€") as likely as a quote
    if before.isdigit() and not after.isalnum():
        return None  # "360\ufffd", "2\ufffd.": a sign ("°", "º", "²", "€") as likely as a quote
    if char == "“" and not (after.isalnum() or after in _OPENS_TEXT):
        return None  # "50mm \ufffd/1.8": a quote opens the text it quotes; before "/" it was a sign ("ƒ")
    if before.isalnum() and after.isalnum():
        # "he\ufffds": an apostrophe; "on\ufffdTexoma" may as well be a no-break space as a dash; "Stenstr\ufffdm"
        # is no "I’m" (a Turkish name's case ending, "Ankara\ufffdda", is read before: :func:`_apostrophe_readings`)
        # only in English (or a line whose language is not told): "hochinfekti\ufffds" in German is "hochinfektiös"
        english = not languages or "en" in languages
        if char == "’" and english and contraction(line, start, end):
            return char
        if char == "—" and count == 3 and not single_bytes and "en" in languages:
            # "late\ufffd\ufffd\ufffdthe": three bytes of UTF-8 between letters that no word of the table reads are a
            # mark (no letter of the Latin alphabets but Vietnamese's, which the table reads, has three): between
            # English letters "’" (told above) or the unspaced "—", as "â??" is read (:mod:`.lossy`) -- but only before
            # one of English's commonest words (a compound's hyphen is as likely before another: "meta‑analysis");
            # else after a word of one letter an apostrophe ("O’Brien"); on a single-byte page, a letter as likely
            return char if opens_clause(line, end) else "’" if _ELIDED.search(line, 0, start) else None
        if count == 1 and _ELIDED.search(line, 0, start) and after.isupper() and line[end + 1 : end + 2].islower():
            # "O\ufffdDonohoe", "d\ufffdArt", "l\ufffdOrange": on a single-byte page, one lost byte between a word of
            # one letter and a capitalised word; a letter there would make one word with a capital inside it, which
            # none of these languages writes (an upper-case word, "B\ufffdIS", may be "BÉIS"): the apostrophe of "O’"
            return "’"
        return None
    if "en" not in languages or char in ("\u200d", ""):
        return None
    return spaced_dash(line) if before.isspace() and after.isspace() else char  # a spaced "—" or "–": as written


#: What may follow an opening quote besides a letter or digit: another opening mark, an ellipsis, a sign.
_OPENS_TEXT = frozenset("‘“'\"([¿¡.…$£€#@")


def _latin_context(text: str, reverse: bool) -> bool:
    """Is the nearest character that is not a space (on the side given) ASCII or a Latin letter?"""
    text = text.rstrip() if reverse else text.lstrip()
    if not text:
        return True
    char = text[-1] if reverse else text[0]
    return char.isascii() or (char.isalpha() and char < "\u0250")
