"""Recover characters whose bytes were lost, from what the damage leaves and from the words around them.

A model of how the damage happens gives the candidates; the frequency of the whole resulting word
(:mod:`.words`) chooses among them, and only a clear winner is written. Here, the damage where
**the lead byte survived** (mojibake with a lost byte): ``Ã?ngel``, ``MarÃa``, ``Weâ??re``,
``Å?ódź``. The lead byte (``Ã`` is 0xC3) tells how many bytes the character had and which block it
is in; the continuation bytes still there narrow it; the lost ones were 0x80-0x9F (undefined in
Windows-1252, or C1 controls that software dropped after reading the text as Latin-1) or the soft
hyphen 0xAD (invisible, often stripped). A lost byte shows as ``?`` or U+FFFD, or is gone.
:func:`recover_lead_losses` runs before ftfy and puts the character back in mojibake form, so the
line still decodes as a whole. Runs of U+FFFD (every byte lost) are :mod:`.runs`'s; both rank
candidates with :func:`_choose` and tell a lost first letter's case with :func:`_capital_first`.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .capitals import after_article, after_name_part, after_small_word, before_noun
from .charsets import _class, _decoded, _mojibake
from .context import Words, words_for
from .elision import elides, opens_elision
from .lossy import _ELIDED
from .quotes import quotes_with_curly_marks, vanished_marks
from .spelling import spelled_between
from .turkish import case_endings
from .words import WordTable, fold, table

__all__ = ["opens_clause", "recover_lead_losses", "recover_lost_punctuation"]

_T = TypeVar("_T")

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
#: Before a word that starts a sentence: its lost first letter is a capital. (A mark after a lead byte
#: is mojibake: "á»" is the start of "ủ".) Only the text after its last word is read, once: linear.
_SENTENCE_START = re.compile(r"^\W*+$|(?<=\w)(?=\W*+$)\W*?(?<!" + _class(set(_LEADS)) + r")[.!?:;\"“”«»(\[—–-]")


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


def _choose(
    words: dict[str, _T],
    book: WordTable,
    languages: frozenset[str],
    *,
    anywhere: bool = True,
    seen: Words | None = None,
    wider: frozenset[str] | None = None,
) -> _T | None:
    """The replacement whose word the document writes whole, or else clearly the most frequent, or None.

    ``seen``: the words of the line and its document; when they write exactly one of the candidate
    words (four letters or more), that one is chosen, in the spelling they use. Otherwise words are
    ranked in the line's languages; only when none of them is known there (a name in
    an English sentence, "Belém"), and ``anywhere``, in every language (or only in ``wider``). ``words`` maps each candidate word to the
    replacement that makes it; words that differ only in case count as one (the first of them
    wins, so callers list the likelier case first).
    """
    if seen is not None:
        written = _written(words, seen)
        if written is not None:
            return words[written]
    for scope in ((languages, wider) if anywhere else (languages,)) if languages else (wider,):
        scores: dict[str, tuple[float, _T]] = {}
        for word, replacement in words.items():
            key = fold(word)
            if key in scores or key not in book.known or not _casing_ok(word):
                continue
            zipf = book.frequency(word, scope)
            if zipf:
                scores[key] = (zipf, replacement)
        ranked = sorted(scores.values(), key=lambda score: score[0], reverse=True)
        if not ranked or ranked[0][0] < MIN_ZIPF:
            continue  # nothing common enough here: look in every language
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
            return None
        return ranked[0][1]
    return None


#: The shortest word the document's own words may choose: a shorter one is often one of several
#: common words alike but for the lost letter ("не" and "на"), and one written nearby proves nothing.
_LEAST_WRITTEN = 4


def _written(words: dict[str, _T], seen: Words) -> str | None:
    """The one candidate word the document writes whole (its most written spelling), or None."""
    found: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= _LEAST_WRITTEN and _casing_ok(word) and seen.forms(word):
            found.setdefault(word.casefold(), []).append(word)
    if len(found) != 1:
        return None
    (spellings,) = found.values()
    forms = seen.forms(spellings[0])
    return max(spellings, key=lambda word: (word in forms, forms.get(word, 0)))


def _written_case(words: Iterable[str], seen: Words) -> bool | None:
    """Does the document write the candidate words with a capital inside sentences? None: not told."""
    cases = {
        form[:1].isupper()
        for word in words
        if len(word) >= _LEAST_WRITTEN
        for form, inside in seen.forms(word).items()
        if inside
    }
    return cases.pop() if len(cases) == 1 else None


#: A whole word of two letters or more, not touching damage ("?", U+FFFD) or mojibake.
_WHOLE_WORD = re.compile(r"(?<![\w\ufffd?])[^\W\d_]{2,}(?![\w\ufffd?])")


def _line_languages(line: str, book: WordTable) -> frozenset[str]:
    return book.languages_of(_WHOLE_WORD.findall(line))


def _languages_word_by_word(line: str) -> frozenset[str]:
    """:func:`_line_languages` of ``line`` with each of its words decoded alone (:func:`_decode_part`): a lost
    byte keeps a line of mojibake from decoding whole."""
    return _line_languages(" ".join(map(_decode_part, line.split())), table())


def _word_span(line: str, start: int, end: int) -> tuple[int, int]:
    """The word around ``line[start:end]``: letters, and continuation characters of mojibake."""
    left = start
    while left > 0 and _WORD_CHAR.match(line[left - 1]):
        left -= 1
    right = end
    while right < len(line) and _WORD_CHAR.match(line[right]):
        right += 1
    return left, right


#: The longest function word whose lost first letter is taken to be small mid-sentence.
_LONGEST_FUNCTION_WORD = 6


def _function_word(candidates: dict[str, _T], book: WordTable, languages: frozenset[str]) -> dict[str, _T]:
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


def _capital_first(
    line: str, left: int, languages: frozenset[str], words: Iterable[str] = (), seen: Words | None = None
) -> bool | None:
    """Does a word whose first letter was lost start with a capital? None: nothing tells.

    At a sentence start, yes. Inside a sentence, as the document writes the word (one of the
    candidate ``words``) inside its sentences, when it does so in one case only ("Łodzi" written
    whole elsewhere: a name). Else in English, yes (a word there that starts with a letter outside
    ASCII is a name); after an article of a language that puts articles before nouns, not before
    names (:func:`.capitals.after_article`: "une école", "les élèves"), or between small words in a language that
    writes its common nouns small (:func:`.capitals.after_small_word`: "i često ne"), no. Elsewhere nothing tells: German
    capitalises nouns, and a small "área" or "że" is as likely as a name ("Łodzi", "Şükrü") or a
    proper adjective ("České republice"); in generated damage, guessing small letters there was the
    main source of wrong letters, so the word is left.
    """
    if _SENTENCE_START.search(line, 0, left) or after_name_part(line, left, languages):
        return True
    if seen is not None:
        written = _written_case(words, seen)
        if written is not None:
            return written
    if languages == {"en"}:
        return True
    if after_article(line, left, languages) or before_noun(line, left, languages, words, table()):
        return False
    if after_small_word(line, left, languages, table()):
        return False
    return None


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
        # "voilÃ Paris": the 0xA0 of "à" became the space (ftfy puts it back) -- or a byte vanished
        # before a real space ("weiÃ nich" is "weiß", "siÄ z nimi" is "się"): after a small letter, the word decides, with
        # the space's reading among the candidates (:func:`_space_reading`)
        return after == " " and not kept and _BYTE_OF[lead] < 0xE0 and line[match.start() - 1 : match.start()].islower()
    if after and not after.isalpha() and after not in ",.;:!?)»”’\"'":
        return False
    back = match.start() - 1
    while back > 0 and line[back] in _LEADS and line[back].isupper():
        back -= 1  # "WaÅÄsa": the letter before lost its bytes too
    before = line[back : back + 1] if back >= 0 else ""
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
        if line[left - 1 : left] in _DAMAGE or (line[right : right + 1] in _DAMAGE and not group[-1][3]):
            continue  # another loss in the same word that is not a lead byte's: its letters unknown
        # the word's decoded pieces: before the first site, between sites, after the last
        pieces = [_decode_part(line[left : first.start()])]
        pieces += [_decode_part(line[a[0].end() : b[0].start()]) for a, b in itertools.pairwise(group)]
        pieces.append(_decode_part(line[last.end() : right]))
        as_is = pieces[0] + "".join(
            (match.group(0).rstrip("?") if markers.startswith("?") else match.group(0)) + piece
            for (match, _, _, markers), piece in zip(group, pieces[1:], strict=True)
        )
        book = book or table()
        if "?" not in as_is and "\ufffd" not in as_is and book.frequency(as_is) >= MIN_ZIPF:
            continue  # "IRMÃ?" is "irmã" and a question mark; "Ärger" is a word
        if languages is None:
            languages = _line_languages(line, book)
            cp1252 = bool(_CP1252_PAIR.search(line))
            # in a line of mojibake the letter goes back as mojibake, for ftfy to decode with the rest
            mojibake = cp1252 or bool(_MOJIBAKE_PAIR.search(line))
            seen = words_for(line)
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
        if not pieces[0] and len({word.casefold() for word in candidates}) < len(candidates):
            # "Å?ekl": Ř or ř, the lost byte does not tell; the context may ("…, řekl")
            capital = _capital_first(line, left, languages, candidates, seen)
            if capital is None:
                candidates = _function_word(candidates, book, languages)
            else:
                candidates = {word: chars for word, chars in candidates.items() if word[:1].isupper() == capital}
        chosen = _choose(candidates, book, languages, seen=seen)
        if not chosen and len(group) == 1 and not any(fold(word) in book.known for word in candidates):
            # a word the table lacks, in a line of another language than English: as that language spells it
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
    between letters in a language other than English, where it is an apostrophe ("İstanbul’da").

    >>> from cleantext.repair import repair_line
    >>> repair_line("Weâ??re sure it isnâ??t over â?? yet, the companyâs chief said.")  # "—" or "–": nothing tells
    'We’re sure it isn’t over \ufffd yet, the company’s chief said.'
    >>> repair_line("Ä°stanbulâ??da yaÅ\x9fayan Ã¶Ä\x9frenciler")
    'İstanbul’da yaşayan öğrenciler'
    >>> repair_line("Ä°stanbulâda yaÅ\x9fayan Ã¶Ä\x9frenciler")  # vanished: before a Turkish case ending
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
                if not english:  # an elided word before it ("d’une") or a case ending after it ("İstanbul’da")
                    short = _SHORT_BEFORE.search(line, 0, match.start()) or _SHORT_AFTER.match(line, match.end())
                    return _mojibake("’") if short else match.group(0)  # "straße—adlergestell": a dash or hyphen
            return "â€?"

        line = _LOST_TWO.sub(mark, line)
    if "â" in line and _VANISHED_TWO.search(line):
        book = table()

        def apostrophe(match: re.Match[str]) -> str:
            left, right = _word_span(line, match.start(), match.end())
            return match.group(0) if book.frequency(_decode_part(line[left:right])) else "â€?"

        line = _VANISHED_TWO.sub(apostrophe, line)
    if _VANISHED_BEFORE_SUFFIX.search(line) and _FOREIGN_LETTERS.search(line) and _MOJIBAKE_PAIR.search(line):
        line = _VANISHED_BEFORE_SUFFIX.sub(lambda match: _vanished_apostrophe(line, match), line)
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
    return word is not None and word.group(0).casefold() in table().evidence.get("en", ())


_WORD_AFTER = re.compile(r"[^\W\d_]+")


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
    if "en" not in _languages_word_by_word(line):
        return line
    book = table()

    def mark(match: re.Match[str]) -> str:
        if line[match.start() - 1] == "â":
            return match.group(0)  # "ââAre": the second of two marks, not a mark between letters
        if not opens_clause(line, match.end()) and not _ELIDED.search(line, 0, match.start()):
            return match.group(0)  # "meta‑analysis", "cake‑cutting": a hyphen of a compound as likely
        left, right = _word_span(line, match.start(), match.end())
        if book.frequency(_decode_part(line[left:right])):
            return match.group(0)
        return _mojibake("—" if opens_clause(line, match.end()) else "’")

    return _VANISHED_BEFORE_SUFFIX.sub(mark, line)


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


#: "â" between letters in a line of mojibake: a lead byte whose two continuations vanished, or a letter.
_VANISHED_BEFORE_SUFFIX = re.compile(r"â(?<=[^\W\d_]â)(?=[^\W\d_])")


def _vanished_apostrophe(line: str, match: re.Match[str]) -> str:
    """``Ä°stanbulâda``, ``lâhÃ´pital``: an apostrophe whose last two bytes vanished, before a Turkish case
    ending or after a French, Italian or Catalan elided word (:func:`_turkish_apostrophe`, :func:`_elided_apostrophe`)."""
    found = _turkish_apostrophe(line, match)
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
