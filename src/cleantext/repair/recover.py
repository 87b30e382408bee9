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
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from .charsets import _class, _decoded, _mojibake
from .lossy import _lost_punctuation, _quote_open
from .words import WordTable, table

__all__ = ["recover_lead_losses", "recover_replacement_runs"]

#: How far ahead (in Zipf units, log10 of a frequency ratio) the best word must be of the next one.
#: Chosen on generated damage of the speed benchmark's sentences (bench/tune_lost_bytes.py), not on
#: the repair cases that report the result.
MARGIN = 1.0
#: The least Zipf frequency (about once per 10 million words) a recovered word may have.
MIN_ZIPF = 2.0
#: How many times a word counts in the languages the line's other words point to.
LANGUAGE_BONUS = 10.0
#: The most candidate words one damaged word may give; damage that allows more is left as it is.
MAX_CANDIDATES = 40_000

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

#: A lead byte, up to two continuations, and then lost bytes: "?" or U+FFFD, or nothing.
_LEAD_SITE = re.compile(
    f"(?P<lead>{_class(set(_LEADS))})(?P<cont>{_class(set(_CONTINUATIONS))}{{0,2}})(?P<lost>[?\\ufffd]{{0,3}})"
)
#: A lead byte that may have lost its continuation without a trace: a capital after a lower-case
#: letter or before one ("MarÃa", "Ãngel"), or a lead and its continuation before a letter ("vá»n").
_VANISH_HINT = re.compile(
    f"(?<=[^\\W\\d_])[Â-ß]|[Â-ß](?=[^\\W\\d_])|{_class(set(_LEADS))}{_class(set(_CONTINUATIONS))}"
)
_WORD_CHAR = re.compile(f"[^\\W\\d_]|{_class(set(_CONTINUATIONS))}")
_RUN = re.compile("\ufffd+")
#: Single-byte code pages whose text, read as UTF-8, loses each byte above 0x7F to one U+FFFD.
_LEGACY_CODECS = ("cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "iso-8859-2", "iso-8859-15")
#: Before a word that starts a sentence: its lost first letter is a capital.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»(\[—–-])\W*$")


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
    try:
        return text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return text


def _choose(words: dict[str, str], book: WordTable, languages: frozenset[str]) -> str | None:
    """The replacement whose word is clearly the most frequent, or None.

    ``words`` maps each candidate word to the replacement that makes it; words that differ only in
    case count as one (the first of them wins, so callers list the likelier case first).
    """
    scores: dict[str, tuple[float, str]] = {}
    for word, replacement in words.items():
        key = word.casefold()
        if key in scores or key not in book.known or not _casing_ok(word):
            continue
        scores[key] = (book.frequency(word, languages, LANGUAGE_BONUS), replacement)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0][0] < MIN_ZIPF:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0][1]


def _line_languages(line: str, book: WordTable) -> frozenset[str]:
    return book.languages_of(re.findall(r"[^\W\d_]+", line))


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


def _lead_candidates(lead: int, kept: bytes, lost: int, cp1252: bool) -> Iterator[str]:
    """Every character of ``lost`` lost bytes after ``lead`` and the ``kept`` continuations."""
    pool = _LOST_CP1252 if cp1252 else _LOST_ANY
    for tail in itertools.product(pool, repeat=lost):
        char = _char(bytes([lead, *kept, *tail]))
        if char is not None and char.isalpha():
            yield char


def _plausible_vanish(line: str, match: re.Match[str], kept: int) -> bool:
    """A lead with too few continuations and nothing after: is a byte likely gone (not just a letter)?"""
    lead = match.group("lead")
    after = line[match.end() : match.end() + 1]
    if after and not after.isalpha() and not after.isspace() and after not in ",.;:!?)»”’\"'":
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
    >>> repair_line("Ã?ngel RamÃ?rez and MarÃa of BOGOTÃ? went to Å?ódź.")
    'Ángel Ramírez and María of BOGOTÁ? went to Łódź.'
    >>> repair_line("IRMÃ? NÃO")  # Portuguese "irmã" and a question mark
    'IRMÃ? NÃO'
    """
    if "?" not in line and "\ufffd" not in line and not _VANISH_HINT.search(line):
        return line
    out: list[str] = []
    position = 0
    book: WordTable | None = None
    languages: frozenset[str] = frozenset()
    cp1252 = bool(_CP1252_PAIR.search(line))
    for match in _LEAD_SITE.finditer(line):
        lead = _BYTE_OF[match.group("lead")]
        kept = bytes(_BYTE_OF[char] for char in match.group("cont"))
        need = _need(lead) - 1 - len(kept)
        markers = match.group("lost")
        if need <= 0 or len(markers) > need or (markers and len(markers) < need):
            continue
        if not markers and (need > 1 or not _plausible_vanish(line, match, len(kept))):
            continue
        if book is None:
            book = table()
            languages = _line_languages(line, book)
        left, right = _word_span(line, match.start(), match.end())
        before = _decode_part(line[left : match.start()])
        after = _decode_part(line[match.end() : right])
        as_is = before + (match.group(0).rstrip("?") if markers.startswith("?") else match.group(0)) + after
        if "?" not in as_is and "\ufffd" not in as_is and book.frequency(as_is, languages) >= MIN_ZIPF:
            continue  # "IRMÃ?" is "irmã" and a question mark; "Ärger" is a word
        candidates = {before + char + after: char for char in _lead_candidates(lead, kept, need, cp1252)}
        char = _choose(candidates, book, languages)
        if char is None:
            continue
        out.append(line[position : match.start()])
        out.append(_mojibake(char))
        # "BOGOTÃ? NO": a "?" that ends a word may be a question mark after a byte that vanished; it stays
        position = match.end() - (len(markers) if markers.startswith("?") and not after else 0)
    if not out:
        return line
    out.append(line[position:])
    return "".join(out)


#: "â" and two lost bytes, between or next to words: a punctuation mark of U+2000-U+201F ("Weâ??re").
_LOST_TWO = re.compile(r"(?<=[\w\s.,;:!?\"'()])â\?\?(?=[\w\s.,;:!?\"'()]|$)")


def recover_lost_punctuation(line: str) -> str:
    """``â??``: the lead byte of a punctuation mark whose two other bytes became ``?``.

    Both lost bytes lie in 0x80-0x9F, so the mark is in U+2000-U+201F (dashes and quotes); it goes
    back as ``â€?``, which :func:`.lossy.restore_lost_bytes` resolves from the context.

    >>> from cleantext.repair import repair_line
    >>> repair_line("Weâ??re sure it isnâ??t over â?? yet.")
    'We’re sure it isn’t over — yet.'
    """
    if "â??" not in line:
        return line
    return _LOST_TWO.sub("â€?", line)


# --- runs of U+FFFD ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _alphabets() -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """The letters a lost single byte of a legacy code page can be, and those of each UTF-8 length."""
    # wordfreq case-folds "ß" to "ss", so the table's alphabet lacks it
    alphabet = table().alphabet | {"ß"}
    letters = sorted({case for char in alphabet if char.isalpha() for case in (char, char.upper()) if len(case) == 1})
    legacy = []
    for char in letters:
        for codec in _LEGACY_CODECS:
            try:
                if len(char.encode(codec)) == 1:
                    legacy.append(char)
                    break
            except UnicodeEncodeError:
                continue
    by_length: dict[int, list[str]] = {}
    for char in letters:
        by_length.setdefault(len(char.encode("utf-8")), []).append(char)
    return tuple(legacy), {length: tuple(chars) for length, chars in by_length.items()}


def _splits(count: int) -> Iterator[tuple[int, ...]]:
    """The ways ``count`` bytes split into UTF-8 characters of 2-4 bytes."""
    if count == 0:
        yield ()
        return
    for first in (2, 3, 4):
        if first <= count:
            for rest in _splits(count - first):
                yield (first, *rest)


def _fillings(count: int, legacy: bool) -> Iterator[Sequence[tuple[str, ...]]]:
    """For a run of ``count`` U+FFFD: the letter sets, one per character, that could have made it.

    ``legacy``: each U+FFFD was one byte of a single-byte code page; else each character's UTF-8
    bytes became as many U+FFFD.
    """
    single, by_length = _alphabets()
    if legacy:
        yield [single] * count
    else:
        for split in _splits(count):
            yield [by_length.get(length, ()) for length in split]


def _upper_first(line: str, left: int, right: int) -> bool:
    """Should a word starting at ``left`` whose first letter was lost start with a capital?"""
    if _SENTENCE_START.search(line, 0, left):
        return True
    following = re.match(r"\W+([^\W\d_])", line[right:])
    return bool(following and following.group(1).isupper())


class _Run(NamedTuple):
    start: int
    end: int
    before: str  # the letters of its word before it, and after it
    after: str
    legacy: dict[str, str]  # candidate word -> what fills the run, each U+FFFD one legacy byte
    utf8: dict[str, str]  # the same, each character's UTF-8 bytes a U+FFFD each


def _candidates(line: str, run: re.Match[str], legacy: bool, upper: bool) -> dict[str, str]:
    start, end = run.span()
    left, right = _word_span(line, start, end)
    before, after = line[left:start], line[end:right]
    candidates: dict[str, str] = {}
    for filling in _fillings(end - start, legacy):
        size = 1
        for letters in filling:
            size *= len(letters)
        if not size or size > MAX_CANDIDATES:
            continue
        for chars in itertools.product(*filling):
            middle = "".join(chars)
            candidates.setdefault(before + middle + after, middle)
    if not before and candidates:  # the likelier case first: _choose keeps the first of words alike but for case
        candidates = dict(sorted(candidates.items(), key=lambda item: item[0][:1].isupper() != upper))
    return candidates


def recover_replacement_runs(line: str) -> str:
    """Replace runs of U+FFFD by the letters (or punctuation) whose bytes they stand for.

    The runs of a line were made the same way: when the words of one run are known only if each
    U+FFFD was a byte of a legacy code page (or only if they were the UTF-8 bytes of a character),
    the other runs are read that way too.

    >>> recover_replacement_runs("S\\ufffdo Paulo and Bel\\ufffdm: the company\\ufffds report")  # Windows-1252
    'São Paulo and Belém: the company’s report'
    >>> recover_replacement_runs("S\\ufffd\\ufffdo Paulo: the company\\ufffd\\ufffd\\ufffds report")  # UTF-8
    'São Paulo: the company’s report'
    >>> recover_replacement_runs("A educa\\ufffd\\ufffdo e a a\\ufffd\\ufffdo")  # "ação", not "aço"
    'A educação e a ação'
    >>> recover_replacement_runs("\\ufffd\\ufffd\\ufffd")  # nothing to go by
    '\\ufffd\\ufffd\\ufffd'
    """
    if "\ufffd" not in line:
        return line
    book = table()
    languages = _line_languages(line, book)
    matches = list(_RUN.finditer(line))
    single_bytes = any(len(match.group(0)) == 1 for match in matches)  # UTF-8 never gives a run of one
    runs: list[_Run | None] = []
    votes = set()
    for match in matches:
        start, end = match.span()
        left, right = _word_span(line, start, end)
        if line[left - 1 : left] == "\ufffd" or line[right : right + 1] == "\ufffd":
            runs.append(None)  # "L\ufffd\ufffdt\ufffd": a word with two runs is left as it is
            continue
        upper = left == start and _upper_first(line, left, right)
        legacy = _candidates(line, match, True, upper) if left < start or right > end else {}
        utf8 = _candidates(line, match, False, upper) if not single_bytes and (left < start or right > end) else {}
        known = [any(word.casefold() in book.known for word in words) for words in (legacy, utf8)]
        if known[0] != known[1]:
            votes.add(known[0])
        runs.append(_Run(start, end, line[left:start], line[end:right], legacy, utf8))
    mechanism = votes.pop() if len(votes) == 1 else None  # True: legacy bytes; False: UTF-8
    out: list[str] = []
    position = 0
    for run in runs:
        if run is None:
            continue
        words = run.legacy if mechanism else run.utf8 if mechanism is False else {**run.legacy, **run.utf8}
        replacement = _choose(words, book, languages)
        if replacement is None and not any(word.casefold() in book.known for word in words):
            replacement = _fill_punctuation(
                line, run.start, run.end, "".join(out) + line[position : run.start], single_bytes
            )
        if replacement is None:
            continue
        out.append(line[position : run.start])
        out.append(replacement)
        position = run.end
    if not out:
        return line
    out.append(line[position:])
    return "".join(out)


def _fill_punctuation(line: str, start: int, end: int, done: str, single_bytes: bool) -> str | None:
    """A lost quote, apostrophe or dash: one Windows-1252 byte (0x91-0x97), or the three bytes of one in UTF-8."""
    count = end - start
    if not (count == 1 or (count == 3 and not single_bytes)):
        return None
    before = line[start - 1 : start]
    after = line[end : end + 1]
    for char in (before, after):
        if char and not (char.isascii() or (char.isalpha() and char < "\u0250") or char.isspace()):
            return None  # CJK, Cyrillic, ...: no rule for their punctuation here
    if not (before or after) or "\ufffd" in before + after:
        return None
    quote_open: Callable[[], bool] = lambda: _quote_open(done)  # noqa: E731
    return _lost_punctuation(before, after, line[end : end + 16], quote_open)
