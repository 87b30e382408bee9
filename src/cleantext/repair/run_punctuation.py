"""Runs of U+FFFD read as punctuation: a lost mark alone, or one that joined a word to what follows.

A lost quote, apostrophe or dash (one Windows-1252 byte, or the three of one in UTF-8) is told from
the characters around it, as :mod:`.lossy` does for ``â€?`` (:func:`_fill_punctuation`). A lost mark
may also join words the table reads: an apostrophe between a word and the English "’s", a Turkish
name and its case ending, or an elided French, Italian or Catalan word and the next
(:func:`_apostrophe_readings`), and the "¿" or "¡" that opens a Spanish sentence (:func:`_inverted_mark`).
The words themselves are read as :mod:`.run_letters` reads them; :mod:`.runs` weighs the readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .apostrophes import writes_straight_apostrophes
from .asides import aside_dash
from .context import Words, spaced_dash
from .elision import ELIDED, contraction, elides, opens_elision, possessive_stem
from .line_start import opens_quotation_before_space
from .lossy import _ELIDED, _lost_punctuation
from .punctuation import mark_between_letters
from .quotes import _quote_open
from .ranges import range_dash
from .run_letters import _RUN, _fits, _lost_run, _recase, _word_candidates
from .turkish import case_endings
from .words import WordTable

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
    return len(_lost_run("’", single_bytes))


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


def _apostrophe_run(match: re.Match[str]) -> bool:
    """One run in the word, of one U+FFFD (Windows-1252 "’") or three (UTF-8 "’"), between letters."""
    word = match.group(0)
    runs = list(_RUN.finditer(word))
    return len(runs) == 1 and runs[0].start() > 0 and runs[0].end() < len(word) and len(runs[0].group(0)) in (1, 3)


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
    if before.isdigit() and after.isdigit():
        return "–" if range_dash(line, start, end) else None  # "1864\ufffd1946": a range; "1024\ufffd768" may be "×"
    if after.isdigit() and not before.isdigit():
        return None  # "cost \ufffd219": a currency sign ("£", "€") as likely as a quote
    if before.isdigit() and not after.isalnum():
        return None  # "360\ufffd", "2\ufffd.": a sign ("°", "º", "²", "€") as likely as a quote
    quote_open: Callable[[], bool] = lambda: _quote_open(done)  # noqa: E731
    char = _lost_punctuation(before, after, line[end : end + 16], quote_open)
    if not char and start == 0 and opens_quotation_before_space(line, end):
        return "“"  # "\ufffd Wait for me,\ufffd she said.": a quotation the line closes before its attribution
    if char == "“" and not (after.isalnum() or after in _OPENS_TEXT):
        return None  # "50mm \ufffd/1.8": a quote opens the text it quotes; before "/" it was a sign ("ƒ")
    if before.isalnum() and after.isalnum():
        # "he\ufffds": an apostrophe; "on\ufffdTexoma" may as well be a no-break space as a dash; "Stenstr\ufffdm"
        # is no "I’m" (a Turkish name's case ending, "Ankara\ufffdda", is read before: :func:`_apostrophe_readings`)
        # only in English (or a line whose language is not told): "hochinfekti\ufffds" in German is "hochinfektiös"
        english = not languages or "en" in languages
        if char == "’" and english and contraction(line, start, end):
            if count == 1 and after == "s" and writes_straight_apostrophes(line):
                # "Udar\ufffds" on a page that writes "State's": one lost byte before "s" there was a letter as
                # often as a curly apostrophe, and stays (:mod:`.apostrophes`)
                return None
            return char
        if char == "—" and count == 3 and not single_bytes and "en" in languages:
            # "late\ufffd\ufffd\ufffdthe": three bytes of UTF-8 between letters that no word of the table reads are a
            # mark (no letter of the Latin alphabets but Vietnamese's, which the table reads, has three): between
            # English letters "’" (told above) or the unspaced "—", as "â??" is read (:mod:`.lossy`) -- but only before
            # one of English's commonest words (a compound's hyphen is as likely before another: "meta‑analysis");
            # else after a word of one letter an apostrophe ("O’Brien"); on a single-byte page, a letter as likely
            return mark_between_letters(line, start, end)
        if char == "—" and count == 3 and not single_bytes and aside_dash(line, start, end, languages):
            # "ontem\ufffd\ufffd\ufffduma vit\ufffd\ufffdria apertada\ufffd\ufffd\ufffddeixou": outside English, the two
            # unspaced dashes of an aside, one of them before one of the language's commonest words (:mod:`.asides`)
            return char
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
