"""Letters whose lead byte survived and whose other bytes were lost: ``Ã?ngel``, ``MarÃa``, ``Å?ódź``.

Mojibake with a lost byte. The lead byte (``Ã`` is 0xC3) tells how many bytes the character had and
which block it is in; the continuation bytes still there narrow it; the lost ones were 0x80-0x9F
(undefined in Windows-1252, or C1 controls that software dropped after reading the text as Latin-1)
or the soft hyphen 0xAD (invisible, often stripped). A lost byte shows as ``?`` or U+FFFD, or is
gone. Each letter those bytes allow makes a candidate word, and :mod:`.choice` chooses among them.
:func:`recover_lead_losses` runs before ftfy and puts the character back in mojibake form, so the line
still decodes as a whole. Runs of U+FFFD (every byte lost) are :mod:`.runs`'s; a punctuation mark
whose lead byte survived (``Weâ??re``) is :mod:`.punctuation`'s.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator

from . import choice
from .capital_words import ends_upper_word, in_capital_word
from .charsets import _class, _decoded, _mojibake
from .choice import _capital_first, _choose, _function_word
from .context import Words, words_for
from .damaged import _BYTE_OF, _CONTINUATIONS, _LEADS, _MOJIBAKE_PAIR, _char, _decode_part, _line_languages, _word_span
from .lead_case import case_untold
from .question_mark import ends_question
from .spelling import spelled_between
from .words import WordTable, fold, table

__all__ = ["recover_lead_losses"]

#: The bytes that get lost: undefined in Windows-1252 (and so "?" or U+FFFD), C1 controls dropped
#: after a Latin-1 reading, and the invisible soft hyphen.
_LOST_ANY = (*range(0x80, 0xA0), 0xAD)
_LOST_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xAD)
#: Windows-1252's own characters at 0x80-0x9F: after a lead byte, proof that the line was read as Windows-1252.
_CP1252_PAIR = re.compile(
    _class(set(_LEADS)) + _class(_decoded("cp1252", 0x80, 0x9F) - set(map(chr, range(0x80, 0xA0))))
)

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
_DAMAGE = ("?", "\ufffd")


def _need(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


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
    """A lead with too few continuations and nothing after: is a byte likely gone (not just a letter)?

    A letter beside the lead that is still in mojibake form is read as the letter it is (:func:`_letter_before`,
    :func:`_next_letter`): in ``leÅ¾Ã v`` the lead follows the small "ž" (``leží``, whose soft hyphen vanished), and
    in ``ÄÃ\xa0`` it starts a word before the small "à" (``Đà``), as in ``MarÃa`` and ``Ãngel``.
    """
    lead = match.group("lead")
    after = line[match.end() : match.end() + 1]
    if after.isspace():
        # "voilÃ Paris": the 0xA0 of "à" became the space (ftfy puts it back) -- or a byte vanished
        # before a real space ("weiÃ nich" is "weiß", "siÄ z nimi" is "się"): after a small letter, the word decides, with
        # the space's reading among the candidates (:func:`_space_reading`)
        # (or at an upper-case word's end, "CAFÃ CON": a capital's byte, read in a line told in a language)
        return (
            after == " "
            and not kept
            and _BYTE_OF[lead] < 0xE0
            and (_letter_before(line, match.start()).islower() or ends_upper_word(line, match.start()))
        )
    if after and not after.isalpha() and after not in ",.;:!?)»”’\"'":
        return False
    after = _next_letter(line, match.end()) or after
    back = match.start() - 1
    while back > 0 and line[back] in _LEADS and line[back].isupper():
        back -= 1  # "WaÅÄsa": the letter before lost its bytes too
    before = _letter_before(line, back + 1) if back >= 0 else ""
    if kept:  # "á»" + a letter: a lead and its continuation, one byte short
        return True
    if not lead.isupper():
        return False  # "é" before a letter is a letter
    # "MarÃa", "aquÃ": a capital inside or at the end of a lower-case word; "Ãngel": before lower case; "HÅsök",
    # "AUDIÃNCIA": after a capitalised word's first letter, or inside an upper-case word
    return before.islower() or (not before.isalpha() and after.islower()) or in_capital_word(line, back, after)


def _next_letter(line: str, start: int) -> str | None:
    """The letter whose whole mojibake starts at ``line[start]`` (``Ã³`` is "ó"), or None.

    >>> _next_letter("ÄÃ\\xa0", 1), _next_letter("ÅÃ³dÅº", 1), _next_letter("ÄÃ x", 1), _next_letter("Äa", 1)
    ('à', 'ó', None, None)
    """
    lead = _BYTE_OF.get(line[start : start + 1])
    if lead is None or not 0xC2 <= lead <= 0xEF:
        return None
    return _mojibake_letter(line[start : start + _need(lead)])


def _letter_before(line: str, end: int) -> str:
    """The character before ``line[end]``, or the letter whose whole mojibake ends there (``Å¾`` is "ž").

    >>> _letter_before("leÅ¾Ã", 4), _letter_before("thá»§Ã", 5), _letter_before("weiÃ", 3), _letter_before("Ã", 0)
    ('ž', 'ủ', 'i', '')
    """
    for length in (2, 3):
        letter = _mojibake_letter(line[end - length : end]) if end >= length else None
        if letter is not None:
            return letter
    return line[end - 1 : end]


def _mojibake_letter(text: str) -> str | None:
    """The one letter ``text`` is the whole mojibake of, or None."""
    if not all(char in _BYTE_OF for char in text):
        return None
    char = _char(bytes(map(_BYTE_OF.__getitem__, text)))
    return char if char is not None and char.isalpha() else None


def recover_lead_losses(line: str) -> str:
    """Put back the letter whose lead byte survived and whose other bytes were lost (in mojibake form).

    >>> from cleantext.repair import repair_line
    >>> repair_line("Ã?ngel RamÃ?rez and MarÃa went to Å?ódź. BOGOTÃ? NO.")
    'Ángel Ramírez and María went to Łódź. BOGOTÁ? NO.'
    >>> repair_line("IRMÃ? NÃO")  # Portuguese "irmã" and a question mark
    'IRMÃ? NÃO'
    """
    sites = [site for site in map(_lead_site, _LEAD_SITE.finditer(line)) if site is not None]
    if not sites:
        return line
    out: list[str] = []
    position = 0
    book: WordTable | None = None
    languages: frozenset[str] | None = None  # what follows is worked out once a word needs it
    cp1252 = mojibake = False
    seen: Words | None = None
    for left, right, group in _site_words(line, sites):
        first, last = group[0][0], group[-1][0]
        if line[left - 1 : left] in _DAMAGE or (
            line[right : right + 1] in _DAMAGE and not group[-1][3] and not ends_question(line, right)
        ):
            continue  # another loss in the same word that is not a lead byte's: its letters unknown ("oruÄa?" has none)
        # the word's decoded pieces: before the first site, between sites, after the last
        pieces = [_decode_part(line[left : first.start()])]
        pieces += [_decode_part(line[a[0].end() : b[0].start()]) for a, b in itertools.pairwise(group)]
        pieces.append(_decode_part(line[last.end() : right]))
        as_is = pieces[0] + "".join(
            (match.group(0).rstrip("?") if markers.startswith("?") else match.group(0)) + piece
            for (match, _, _, markers), piece in zip(group, pieces[1:], strict=True)
        )
        book = book or table()
        if "?" not in as_is and "\ufffd" not in as_is and book.frequency(as_is) >= choice.MIN_ZIPF:
            continue  # "IRMÃ?" is "irmã" and a question mark; "Ärger" is a word
        if languages is None:
            languages = _line_languages(line, book)
            cp1252 = bool(_CP1252_PAIR.search(line))
            # in a line of mojibake the letter goes back as mojibake, for ftfy to decode with the rest
            mojibake = cp1252 or bool(_MOJIBAKE_PAIR.search(line))
            seen = words_for(line)
        if not languages and not group[-1][3] and not pieces[-1] and ends_upper_word(line, last.start()):
            continue  # "MELIÃ COZUMEL": an upper-case word's end in a line of no told language; nothing decides
        # a "?" at a word start stands for 0x80-0x9F ("Ã?ngel"), the soft hyphen only inside a word ("RamÃ?rez")
        options = [
            list(_lead_candidates(lead, kept, 1, cp1252, soft_hyphen=bool(index or pieces[0]) or not markers))
            for index, (_, lead, kept, markers) in enumerate(group)
        ]
        if math.prod(map(len, options)) > _MOST_READINGS:
            continue
        candidates = {
            "".join(char + piece for char, piece in zip(chars, pieces[1:], strict=True)).join((pieces[0], "")): chars
            for chars in itertools.product(*options)
        }
        if len(group) == 1 and not group[0][3] and line[right : right + 1] == " " and not pieces[-1]:
            # one site, its byte vanished, at the word's end before a space: the space may be its 0xA0
            candidates.update(_space_reading(group[0][1], pieces[0]))
        if (
            not pieces[0]
            and len({word.casefold() for word in candidates}) < len(candidates)
            and case_untold(candidates, book)
        ):
            # "Å?ekl": Ř or ř, the lost byte does not tell; the context may ("…, řekl"); after "Ã" only the soft
            # hyphen's "í" is small, and where it makes no known word the bytes tell ("Die Ãrzte")
            capital = _capital_first(line, left, languages, candidates, seen)
            if capital is None:
                candidates = _function_word(candidates, book, languages)
            else:
                candidates = {word: chars for word, chars in candidates.items() if word[:1].isupper() == capital}
        chosen = _choose(candidates, book, languages, seen=seen)
        if not chosen and len(group) == 1 and not any(fold(word) in book.known for word in candidates):
            # a word the table lacks: as the line's language spells it; in English, a name: as languages agree
            letter = spelled_between(
                pieces[0], pieces[1], [chars[0] for chars in candidates.values() if chars], languages
            )
            chosen = None if letter is None else (letter,)
        if not chosen:
            continue  # nothing clear, or the space's reading: ftfy's to make
        for (match, _, _, markers), char in zip(group, chosen, strict=True):
            out.append(line[position : match.start()])
            out.append(_mojibake(char) if mojibake else char)
            # "BOGOTÃ? NO": a "?" that ends a word and a sentence may be a question mark after a byte
            # that vanished; it stays
            question = markers.startswith("?") and match is last and not pieces[-1]
            question = question and bool(_QUESTION_END.match(line, match.end()))
            position = match.end() - (len(markers) if question else 0)
    if not out:
        return line
    out.append(line[position:])
    return "".join(out)


def _space_reading(lead: int, head: str) -> dict[str, tuple[str, ...]]:
    """The word a lead byte makes with the space after it read as the no-break space 0xA0 ("voilà").

    Mapped to no letters: when it wins, the line is left for ftfy, which reads it so.
    """
    char = _char(bytes([lead, 0xA0]))
    return {head + char: ()} if char is not None and char.isalpha() else {}


#: The most readings (products of each lost byte's letters) of one word that are looked up.
_MOST_READINGS = 4096
#: A site: the lead byte's match, the lead byte, the continuation bytes kept, and the lost marker.
_Site = tuple[re.Match[str], int, bytes, str]


def _lead_site(match: re.Match[str]) -> _Site | None:
    """The site of a letter that lost one byte after its lead byte, or None (more lost, or no loss)."""
    lead = _BYTE_OF[match.group("lead")]
    kept = bytes(_BYTE_OF[char] for char in match.group("cont"))
    markers = match.group("lost") or ""
    if _need(lead) - 1 - len(kept) != 1 or len(markers) > 1:
        return None  # one lost byte: a letter ("Ã?", "Å?", "á»?"); more is punctuation or an emoji
    if not markers and not _plausible_vanish(match.string, match, len(kept)):
        return None
    return match, lead, kept, markers


def _site_words(line: str, sites: list[_Site]) -> Iterator[tuple[int, int, list[_Site]]]:
    """The sites grouped by the word they are in ("WaÅ?Ä?sa": two), with the word's span."""
    group: list[_Site] = []
    left = right = 0
    for site in sites:
        start, end = _word_span(line, site[0].start(), site[0].end())
        if group and site[0].start() <= right:
            group.append(site)
            right = end
            continue
        if group:
            yield left, right, group
        group, left, right = [site], start, end
    if group:
        yield left, right, group
