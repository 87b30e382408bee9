"""Recover characters whose bytes were lost, from what the damage leaves and from the words around them.

A model of how the damage happens gives the candidates; the frequency of the whole resulting word
(:mod:`.words`) chooses among them, and only a clear winner is written. Three shapes of damage:

- **The lead byte survived** (mojibake with a lost byte): ``Ã?ngel``, ``MarÃa``, ``Weâ??re``,
  ``Å?ódź``. The lead byte (``Ã`` is 0xC3) tells how many bytes the character had and which block it
  is in; the continuation bytes still there narrow it; the lost ones were 0x80-0x9F (undefined in
  Windows-1252, or C1 controls that software dropped after reading the text as Latin-1) or the soft
  hyphen 0xAD (invisible, often stripped). A lost byte shows as ``?`` or U+FFFD, or is gone.
  :func:`recover_lead_losses` runs before ftfy and puts the character back in mojibake form, so the
  line still decodes as a whole.
- **A legacy encoding read as UTF-8** (:func:`recover_replacement_runs`): each byte of Windows-1252
  (or another single-byte code page) text that is not ASCII became one U+FFFD: ``S\\ufffdo Paulo``.
- **Every byte of a UTF-8 character became U+FFFD**: ``company\\ufffd\\ufffd\\ufffds`` (the three bytes
  of ``’``), ``S\\ufffd\\ufffdo`` (the two of ``ã``).

Where no letter makes a known word, a lost punctuation mark (a run that Windows-1252 or UTF-8 gives
one of ``’ “ ” – —``) is chosen from the characters around it, as :mod:`.lossy` does for ``â€?``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .charsets import _class, _decoded, _mojibake
from .lossy import _lost_punctuation, _quote_open
from .words import HOLE, WordTable, table

__all__ = ["recover_lead_losses", "recover_replacement_runs"]

#: How far ahead (in Zipf units, log10 of a frequency ratio) the best word must be of the next one.
#: Chosen on generated damage of the speed benchmark's sentences (bench/tune_lost_bytes.py), not on
#: the repair cases that report the result.
MARGIN = 1.0
#: The least Zipf frequency (about once per 10 million words) a recovered word may have.
MIN_ZIPF = 2.0
#: The most U+FFFD one damaged word may hold: more are left as they are.
_MOST_LOST = 8

#: The bytes that get lost: undefined in Windows-1252 (and so "?" or U+FFFD), C1 controls dropped
#: after a Latin-1 reading, and the invisible soft hyphen.
_LOST_ANY = (*range(0x80, 0xA0), 0xAD)
_LOST_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xAD)
#: The character each byte 0x80-0xFF is read as (Windows-1252, its undefined bytes as C1 controls),
#: and the Latin-1 readings of 0x80-0x9F, back to the byte.
_BYTE_OF = {bytes([byte]).decode("latin-1"): byte for byte in range(0x80, 0x100)}
_BYTE_OF.update({char: byte for byte in range(0x80, 0x100) for char in _decoded("cp1252", byte, byte)})
_LEADS = "".join(sorted(char for char, byte in _BYTE_OF.items() if 0xC2 <= byte <= 0xF4))
_CONTINUATIONS = "".join(sorted(char for char, byte in _BYTE_OF.items() if 0x80 <= byte <= 0xBF))
#: Windows-1252's own characters at 0x80-0x9F: after a lead byte, proof that the line was read as Windows-1252.
_CP1252_PAIR = re.compile(
    _class(set(_LEADS)) + _class(_decoded("cp1252", 0x80, 0x9F) - set(map(chr, range(0x80, 0xA0))))
)

#: A lead byte and a continuation: mojibake.
_MOJIBAKE_PAIR = re.compile(_class(set(_LEADS)) + _class(set(_CONTINUATIONS)))
#: A lead byte, the continuation it kept, and then a lost byte: "?" or U+FFFD, or nothing.
#: (A two-byte lead alone, or a three-byte lead and one continuation: one byte short of a character.
#: Whole sequences, the bulk of ordinary mojibake, do not match.)
_LEAD_SITE = re.compile(
    "(?={leads})(?P<lead>{two}|{three}(?={cont}))(?P<cont>(?<={three}){cont}|)(?:(?P<lost>[?\\ufffd])|(?!{cont}))".format(
        leads=_class({char for char, byte in _BYTE_OF.items() if 0xC2 <= byte <= 0xEF}),
        two=_class({char for char, byte in _BYTE_OF.items() if 0xC2 <= byte <= 0xDF}),
        three=_class({char for char, byte in _BYTE_OF.items() if 0xE0 <= byte <= 0xEF}),
        cont=_class(set(_CONTINUATIONS)),
    )
)
#: After a "?" that may end a question: the line end, a closing mark, or a new sentence.
_QUESTION_END = re.compile(r"\s*(?:$|[\"”’»)\]]|\s[\"“«(]?[^\W\d_](?<=[^\W\d_a-zß-ÿ]))")
_WORD_CHAR = re.compile(f"[^\\W\\d_]|{_class(set(_CONTINUATIONS))}")
_RUN = re.compile("\ufffd+")
_DAMAGE = ("?", "\ufffd")
#: Single-byte code pages whose text, read as UTF-8, loses each byte above 0x7F to one U+FFFD.
_LEGACY_CODECS = ("cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "iso-8859-2", "iso-8859-15")
#: Before a word that starts a sentence: its lost first letter is a capital. (A mark after a lead byte
#: is mojibake: "á»" is the start of "ủ".)
_SENTENCE_START = re.compile(r"(?:^|(?<!" + _class(set(_LEADS)) + r")[.!?:;\"“”«»(\[—–-])\W*$")


def _need(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _char(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


def _casing_ok(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    if not letters:
        return False
    rest = "".join(letters[1:])
    return rest.islower() or (rest.isupper() and letters[0].isupper()) or not rest


def _decode_part(text: str) -> str:
    """A piece of a word that may still be mojibake ("Gonz" or "GarcÃ"), decoded where that works."""
    if text.isascii():
        return text
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    try:
        return text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return text


def _choose(words: dict[str, str], book: WordTable, languages: frozenset[str], *, anywhere: bool = True) -> str | None:
    """The replacement whose word is clearly the most frequent, or None.

    Words are ranked in the line's languages; only when none of them is known there (a name in
    an English sentence, "Belém"), and ``anywhere``, in every language. ``words`` maps each candidate word to the
    replacement that makes it; words that differ only in case count as one (the first of them
    wins, so callers list the likelier case first).
    """
    for scope in ((languages, None) if anywhere else (languages,)) if languages else (None,):
        scores: dict[str, tuple[float, str]] = {}
        for word, replacement in words.items():
            key = word.casefold()
            if key in scores or key not in book.known or not _casing_ok(word):
                continue
            zipf = book.frequency(word, scope)
            if zipf:
                scores[key] = (zipf, replacement)
        ranked = sorted(scores.values(), reverse=True)
        if not ranked or ranked[0][0] < MIN_ZIPF:
            continue  # nothing common enough here: look in every language
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
            return None
        return ranked[0][1]
    return None


#: A whole word of two letters or more, not touching damage ("?", U+FFFD) or mojibake.
_WHOLE_WORD = re.compile(r"(?<![\w\ufffd?])[^\W\d_]{2,}(?![\w\ufffd?])")


def _line_languages(line: str, book: WordTable) -> frozenset[str]:
    return book.languages_of(_WHOLE_WORD.findall(line))


def _word_span(line: str, start: int, end: int) -> tuple[int, int]:
    """The word around ``line[start:end]``: letters, and continuation characters of mojibake."""
    left = start
    while left > 0 and _WORD_CHAR.match(line[left - 1]):
        left -= 1
    right = end
    while right < len(line) and _WORD_CHAR.match(line[right]):
        right += 1
    return left, right


# --- the lead byte survived ----------------------------------------------------------------------


def _lead_candidates(lead: int, kept: bytes, lost: int, cp1252: bool, soft_hyphen: bool = True) -> Iterator[str]:
    """Every character of ``lost`` lost bytes after ``lead`` and the ``kept`` continuations.

    ``soft_hyphen``: whether the lost byte may be 0xAD (which is stripped, rarely turned into "?").
    """
    pool = _LOST_CP1252 if cp1252 else _LOST_ANY
    if not soft_hyphen:
        pool = tuple(byte for byte in pool if byte != 0xAD)
    for tail in itertools.product(pool, repeat=lost):
        char = _char(bytes([lead, *kept, *tail]))
        if char is not None and char.isalpha():
            yield char


def _plausible_vanish(line: str, match: re.Match[str], kept: int) -> bool:
    """A lead with too few continuations and nothing after: is a byte likely gone (not just a letter)?"""
    lead = match.group("lead")
    after = line[match.end() : match.end() + 1]
    if after.isspace():
        return False  # "voilÃ Paris": the 0xA0 of "à" became the space (ftfy puts it back)
    if after and not after.isalpha() and after not in ",.;:!?)»”’\"'":
        return False
    before = line[match.start() - 1 : match.start()]
    if kept:  # "á»" + a letter: a lead and its continuation, one byte short
        return True
    if not lead.isupper():
        return False  # "é" before a letter is a letter
    # "MarÃa", "aquÃ": a capital inside or at the end of a lower-case word; "Ãngel": before lower case
    return before.islower() or (not before.isalpha() and after.islower())


def recover_lead_losses(line: str) -> str:
    """Put back the letter whose lead byte survived and whose other bytes were lost (in mojibake form).

    >>> from cleantext.repair import repair_line
    >>> repair_line("Ã?ngel RamÃ?rez and MarÃa went to Å?ódź. BOGOTÃ? NO.")
    'Ángel Ramírez and María went to Łódź. BOGOTÁ? NO.'
    >>> repair_line("IRMÃ? NÃO")  # Portuguese "irmã" and a question mark
    'IRMÃ? NÃO'
    """
    out: list[str] = []
    position = 0
    book: WordTable | None = None
    languages: frozenset[str] | None = None  # what follows is worked out once a site needs it
    cp1252 = mojibake = False
    for match in _LEAD_SITE.finditer(line):
        lead = _BYTE_OF[match.group("lead")]
        kept = bytes(_BYTE_OF[char] for char in match.group("cont"))
        need = _need(lead) - 1 - len(kept)
        markers = match.group("lost") or ""
        if need != 1 or len(markers) > 1:
            continue  # one lost byte: a letter ("Ã?", "Å?", "á»?"); more is punctuation or an emoji
        if not markers and not _plausible_vanish(line, match, len(kept)):
            continue
        left, right = _word_span(line, match.start(), match.end())
        if line[left - 1 : left] in _DAMAGE or (line[right : right + 1] in _DAMAGE and not markers):
            continue  # "WaÅ?Ä?sa": another loss in the same word, its letters unknown
        before = _decode_part(line[left : match.start()])
        after = _decode_part(line[match.end() : right])
        as_is = before + (match.group(0).rstrip("?") if markers.startswith("?") else match.group(0)) + after
        book = book or table()
        if "?" not in as_is and "\ufffd" not in as_is and book.frequency(as_is) >= MIN_ZIPF:
            continue  # "IRMÃ?" is "irmã" and a question mark; "Ärger" is a word
        if languages is None:
            languages = _line_languages(line, book)
            cp1252 = bool(_CP1252_PAIR.search(line))
            # in a line of mojibake the letter goes back as mojibake, for ftfy to decode with the rest
            mojibake = cp1252 or bool(_MOJIBAKE_PAIR.search(line))
        # a "?" at a word start stands for 0x80-0x9F ("Ã?ngel"), the soft hyphen only inside a word ("RamÃ?rez")
        chars = _lead_candidates(lead, kept, need, cp1252, soft_hyphen=bool(before) or not markers)
        candidates = {before + char + after: char for char in chars}
        if not before and len({word.casefold() for word in candidates}) < len(candidates):
            # "Å?ekl": Ř or ř, the lost byte does not tell; the context may ("…, řekl")
            capital = _capital_first(line, left, languages)
            if capital is None:
                candidates = _function_word(candidates, book, languages)
            else:
                candidates = {word: char for word, char in candidates.items() if word[:1].isupper() == capital}
        char = _choose(candidates, book, languages)
        if char is None:
            continue
        out.append(line[position : match.start()])
        out.append(_mojibake(char) if mojibake else char)
        # "BOGOTÃ? NO": a "?" that ends a word and a sentence may be a question mark after a byte that
        # vanished; it stays
        question = markers.startswith("?") and not after and _QUESTION_END.match(line, match.end())
        position = match.end() - (len(markers) if question else 0)
    if not out:
        return line
    out.append(line[position:])
    return "".join(out)


#: "â" and two lost bytes, between or next to words: a punctuation mark of U+2000-U+201F ("Weâ??re").
_LOST_TWO = re.compile(r"(?<=[\w\s.,;:!?\"'()])â\?\?(?=[\w\s.,;:!?\"'()]|$)")
#: "â" whose two other bytes (C1 controls) vanished, before an English suffix: "companyâs", "itâs".
_VANISHED_TWO = re.compile(
    r"â(?<=[^\W\d_]â)(?=(?:s|t|d|m|ll|re|ve)(?![\w\x80-\xbf" + _class(set(_CONTINUATIONS))[1:-1] + "]))"
)
_LETTER = re.compile(r"[^\W\d_]")
#: Mojibake of letters other than "é" (Ã©), which English text has too: a sign of another language.
_FOREIGN_LETTERS = re.compile("[ÃÄÅ](?!©)")


def recover_lost_punctuation(line: str) -> str:
    """``â??``: the lead byte of a punctuation mark whose two other bytes became ``?`` (or vanished).

    Both lost bytes lie in 0x80-0x9F, so the mark is in U+2000-U+201F (dashes and quotes); it goes
    back as ``â€?``, which :func:`.lossy.restore_lost_bytes` resolves from the context -- except
    between letters in a language other than English, where it is an apostrophe ("İstanbul’da").

    >>> from cleantext.repair import repair_line
    >>> repair_line("Weâ??re sure it isnâ??t over â?? yet, the companyâs chief said.")
    'We’re sure it isn’t over — yet, the company’s chief said.'
    >>> repair_line("Ä°stanbulâ??da yaÅ\x9fayan Ã¶Ä\x9frenciler")
    'İstanbul’da yaşayan öğrenciler'
    """
    if "â" not in line:
        return line
    if "â??" in line:
        english: bool | None = None

        def mark(match: re.Match[str]) -> str:
            nonlocal english
            if _LETTER.match(line, match.end()) and match.start() and _LETTER.match(line, match.start() - 1):
                if english is None:
                    languages = _line_languages(line, table())
                    english = "en" in languages if languages else not _FOREIGN_LETTERS.search(line)
                if not english:
                    return _mojibake("’")
            return "â€?"

        line = _LOST_TWO.sub(mark, line)
    if "â" in line and _VANISHED_TWO.search(line):
        book = table()

        def apostrophe(match: re.Match[str]) -> str:
            left, right = _word_span(line, match.start(), match.end())
            return match.group(0) if book.frequency(_decode_part(line[left:right])) else "â€?"

        line = _VANISHED_TWO.sub(apostrophe, line)
    return line


# --- runs of U+FFFD ------------------------------------------------------------------------------


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
def _legacy_byte(char: str) -> bool:
    """Is ``char`` one byte above 0x7F in a single-byte code page (which UTF-8 turns into one U+FFFD)?"""
    for codec in _LEGACY_CODECS:
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


def _word_candidates(word: str, legacy: bool, book: WordTable) -> dict[str, str]:
    """Known words ``word`` (letters and runs of U+FFFD) may have been, in its case, each mapped to itself."""
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
        for candidate in book.with_holes(folded):
            if len(candidate) != len(plain):
                continue
            fills = [char for char, mark in zip(candidate, folded, strict=True) if mark == HOLE]
            if not all(_fits(char, length) for char, length in zip(fills, lost, strict=True)):
                continue
            if any(mark not in (HOLE, char) for char, mark in zip(candidate, folded, strict=True)):
                continue  # a letter outside ASCII that was not lost must be the same
            cased = "".join(
                (char.upper() if upper else char) if mark == HOLE else mark
                for char, mark in zip(candidate, plain, strict=True)
            )
            found.setdefault(cased, cased)
    return found


def _fits(char: str, length: int) -> bool:
    return _legacy_byte(char) if length == 1 else len(char.encode("utf-8")) == length


#: The longest function word whose lost first letter is taken to be small mid-sentence.
_LONGEST_FUNCTION_WORD = 6


def _function_word(candidates: dict[str, str], book: WordTable, languages: frozenset[str]) -> dict[str, str]:
    """The small-letter candidate, if it clearly wins and is one of the commonest words of the line's language.

    Mid-sentence, where nothing tells the case of a lost first letter, a short word among a
    language's hundred most frequent ("über", "że", "önce") is a function word, written small;
    anything else ("Łodzi" or "łodzi"?) is left. An empty dict: nothing to write.
    """
    small = {word: char for word, char in candidates.items() if word[:1].islower()}
    if not languages or not small:
        return {}
    char = _choose(small, book, languages, anywhere=False)
    word = next((word for word, made in small.items() if made == char), None) if char else None
    if word is None or len(word) > _LONGEST_FUNCTION_WORD:
        return {}
    folded = word.casefold()
    return {word: char} if any(folded in book.evidence.get(language, frozenset()) for language in languages) else {}


def _capital_first(line: str, left: int, languages: frozenset[str]) -> bool | None:
    """Does a word whose first letter was lost start with a capital? None: nothing tells.

    At a sentence start, yes; in English, yes (a word there that starts with a letter outside ASCII
    is a name). Elsewhere nothing tells: German capitalises nouns, and a small "área" or "że" is as
    likely as a name ("Łodzi", "Şükrü") or a proper adjective ("České republice"); in generated
    damage, guessing small letters there was the main source of wrong letters, so the word is left.
    """
    if _SENTENCE_START.search(line, 0, left):
        return True
    return True if languages == {"en"} else None


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
    languages = _line_languages(line, book)
    single_bytes = any(len(match.group(0)) == 1 for match in _RUN.finditer(line))  # UTF-8 never gives one
    words = []
    votes = set()
    for match in _DAMAGED_WORD.finditer(line):
        word = match.group(0)
        if word.strip("\ufffd") == "":
            words.append((match, {}, {}))
            continue
        legacy = _word_candidates(word, True, book)
        utf8 = {} if single_bytes else _word_candidates(word, False, book)
        if bool(legacy) != bool(utf8):
            votes.add(bool(legacy))
        words.append((match, legacy, utf8))
    reading = votes.pop() if len(votes) == 1 else None  # True: legacy bytes; False: UTF-8
    out: list[str] = []
    position = 0
    for match, legacy, utf8 in words:
        candidates = legacy if reading else utf8 if reading is False else {**legacy, **utf8}
        replacement = None
        if candidates:
            if match.group(0)[0] == "\ufffd" and not match.group(0).isupper():
                capital = _capital_first(line, match.start(), languages)
                if capital is None:  # German: "Ärzte" or "ärztlich"; but "über" is small
                    candidates = _function_word(
                        {_recase(word, False): _recase(word, False) for word in candidates}, book, languages
                    )
                else:
                    candidates = {_recase(word, capital): _recase(word, capital) for word in candidates}
            # a loss at a word's edge may be punctuation ("brood on\ufffd", a dash): only words of the line's languages
            edge = match.group(0)[0] == "\ufffd" or match.group(0)[-1] == "\ufffd"
            replacement = _choose(candidates, book, languages, anywhere=not edge)
        elif (match.group(0).count("\ufffd") in (1, 3) and _RUN.fullmatch(match.group(0))) or _apostrophe_run(match):
            replacement = _one_letter_word(line, match, single_bytes, book, languages)
            if replacement is None:
                done = "".join(out) + line[position : match.start()]
                replacement = _fill_punctuation_word(line, match, done, single_bytes, languages)
        elif match.group(0) == "\ufffd\ufffd" and not single_bytes:
            replacement = _one_letter_word(line, match, single_bytes, book, languages)
        if replacement is None:
            continue
        out.append(line[position : match.start()])
        out.append(replacement)
        position = match.end()
    if not out:
        return line
    out.append(line[position:])
    return "".join(out)


#: Letters and U+FFFD: a word that lost characters.
_DAMAGED_WORD = re.compile("(?:[^\\W\\d_]|\ufffd)*\ufffd(?:[^\\W\\d_]|\ufffd)*")


def _recase(word: str, capital: bool) -> str:
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
    words = {char: char for char in book.one_letter_words() if _fits(char, 1 if len(run) == 1 else 2)}
    char = _choose(words, book, languages, anywhere=False)
    if char is not None and _STARTS_SENTENCE.search(line, 0, match.start()):
        return char.upper()
    return char


#: A lone loss between words: a letter, a space or hyphen before it, and one after it before a letter.
_AFTER_WORD = re.compile(r"[^\W\d_][ -]$")
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

    Between letters only an apostrophe before "s", "t", "re", ... ("company’s"); elsewhere only in
    English text: in French or Portuguese a lone U+FFFD may as well be "à" or "é".
    """
    count = end - start
    if not (count == 1 or (count == 3 and not single_bytes)):
        return None
    before = line[start - 1 : start]
    after = line[end : end + 1]
    if not _latin_context(line[:start], reverse=True) or not _latin_context(line[end:], reverse=False):
        return None  # CJK, Cyrillic, another U+FFFD: no rule for their punctuation here
    quote_open: Callable[[], bool] = lambda: _quote_open(done)  # noqa: E731
    char = _lost_punctuation(before, after, line[end : end + 16], quote_open)
    if after.isdigit() and not before.isdigit():
        return None  # "cost \ufffd219": a currency sign ("£", "€") as likely as a quote
    if before.isalnum() and after.isalnum():
        # "he\ufffds": an apostrophe; "on\ufffdTexoma" may as well be a no-break space as a dash;
        # "Stenstr\ufffdm" is no "I’m"
        return char if char == "’" and _contraction(line, start, end) else None
    return char if "en" in languages and char != "\u200d" else None


#: The English words an apostrophe joins to "m", "d", "ll", "re", "ve": "I’m", "they’ve", "who’d".
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "who", "what", "that", "there", "where", "here", "how"]
)
_WORD_BEFORE = re.compile(r"[^\W\d_]*$")
_WORD_AFTER = re.compile(r"[^\W\d_]*")


def _contraction(line: str, start: int, end: int) -> bool:
    """Would an apostrophe at ``line[start:end]`` make an English contraction or possessive?

    "’s" after any word; "n’t"; "’m", "’d", "’ll", "’re", "’ve" only after a pronoun.
    """
    before = _WORD_BEFORE.search(line, 0, start)
    after = _WORD_AFTER.match(line, end)
    word = before.group(0).casefold() if before else ""
    suffix = after.group(0).casefold() if after else ""
    if suffix == "s":
        return True
    if suffix == "t":
        return word.endswith("n")
    return suffix in ("m", "d", "ll", "re", "ve") and word in _PRONOUNS


def _latin_context(text: str, reverse: bool) -> bool:
    """Is the nearest character that is not a space (on the side given) ASCII or a Latin letter?"""
    text = text.rstrip() if reverse else text.lstrip()
    if not text:
        return True
    char = text[-1] if reverse else text[0]
    return char.isascii() or (char.isalpha() and char < "\u0250")
