"""Group lines into paragraphs, the unit that chrome and structure decisions are made on.

A hard-wrapped paragraph spans several lines: a line that does not end a sentence, followed by a
line that starts in lower case, continues the same paragraph. Everything else starts a new one.
Blank lines belong to no paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import itemgetter, sub
from typing import NamedTuple

from .lazy import LazyPattern
from .rules import CITATION, SOURCES_HEADING

__all__ = [
    "SENTENCE_STOPS",
    "WRAP_WIDTH",
    "Paragraph",
    "ends_sentence",
    "fill_widths",
    "fills_width",
    "kept_paragraphs",
    "paragraphs",
    "word_count",
]

#: Punctuation that ends a sentence, in the scripts cleantext has met (Latin, CJK, Arabic, Urdu,
#: Devanagari, Ethiopic, Armenian).
SENTENCE_STOPS = ".!?…。！？؟۔।॥።։"
#: What may follow the stop at the end of a sentence: closing quotes and brackets, then white space
#: (the characters the regex module's ``\s`` matches; a test checks them against it).
_CLOSERS = "\"'”’»)]」』"
_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: What may end a line without the paragraph going on: sentence ends, colons, closing quotes.
_LINE_ENDS = SENTENCE_STOPS + ':;：；"”’»)]」』'
_STARTS_LOWER = LazyPattern(r"^\s*[\p{Ll}]", regex=True)


class Paragraph(NamedTuple):
    """Lines ``first`` to ``last`` (inclusive) of a document, their text joined by spaces, and its
    :func:`word_count` (counted once, when the paragraph is made: every step that splits a document
    into paragraphs reads it)."""

    first: int
    last: int
    text: str
    words: int

    @property
    def lines(self) -> range:
        return range(self.first, self.last + 1)


_FIRST = itemgetter(0)  # a paragraph's first line


#: The narrowest width a paragraph is hard-wrapped at: lines of a table's cells, or of a page's inline elements (a
#: link, a name) broken out of their sentence, fill a narrower one by chance.
WRAP_WIDTH = 25


def fill_widths(line: str, after: str) -> range:
    """The widths at which ``line`` is full, as a hard-wrapped paragraph's lines are: no narrower than it, and too
    narrow for the first word of the line ``after`` it (the greedy fill of any wrapping); none before a blank line.

    >>> fill_widths("Keep plot twists and the", "ending out of the thread.")
    range(24, 31)
    """
    said = after.split()
    length = len(line.rstrip())
    return range(length, length + 1 + len(said[0])) if said else range(0)


def fills_width(line: str, after: str, width: int) -> bool:
    """Whether ``line`` is full at ``width`` (:func:`fill_widths`).

    >>> fills_width("Keep plot twists and the", "ending out of the thread.", 30)
    True
    >>> fills_width("He left.", "Then she did.", 30)
    False
    """
    return width in fill_widths(line, after)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (closing quotes and brackets may follow).

    >>> ends_sentence("He left."), ends_sentence("“Yes!”"), ends_sentence("Home"), ends_sentence("終わり。")
    (True, True, False, True)
    """
    # What the pattern "[stops][closers]*\s*$" finds, read from the end: stops, closers and spaces
    # are disjoint sets, so stripping the spaces and then the closers leaves the stop last.
    end = text.rstrip(_SPACES).rstrip(_CLOSERS)
    return end != "" and end[-1] in SENTENCE_STOPS


_SOURCES = LazyPattern(SOURCES_HEADING, re.IGNORECASE)


def names_sources(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a heading that opens an article's list of its sources (``rules.SOURCES_HEADING``):
    the links under it are citations (:mod:`cleantext.chrome`), the list the article's (:mod:`cleantext.structure`).

    >>> names_sources(paragraphs(["Sources:"])[0]), names_sources(paragraphs(["Sources say the deal is off."])[0])
    (True, False)
    """
    return paragraph.words <= 4 and _SOURCES.fullmatch(paragraph.text) is not None


_CITATION = LazyPattern(CITATION, re.IGNORECASE)


def cites(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` can be an entry of such a list (:func:`names_sources`): 60 words or fewer holding a
    link, a domain, a year or a sentence's end (``rules.CITATION``). The list ends at the first paragraph that is not.

    >>> cites(paragraphs(["Smith, J. (2019). Tides. https://example.org/tides"])[0]), cites(paragraphs(["Careers"])[0])
    (True, False)
    """
    return paragraph.words <= 60 and _CITATION.search(paragraph.text) is not None


def source_list(found: Sequence[Paragraph], k: int) -> range:
    """The paragraphs of an article's list of its sources whose heading is ``found[k]`` (:func:`names_sources`)
    and the entries under it (:func:`cites`); empty when ``found[k]`` names none or no entry follows it.

    >>> found = paragraphs(["Sources:", "https://example.gov/budget.pdf", "Contact us"])
    >>> source_list(found, 0), source_list(found, 1)
    (range(0, 2), range(1, 1))
    """
    if k >= len(found) or not names_sources(found[k]):
        return range(k, k)
    end = k + 1
    while end < len(found) and cites(found[end]):
        end += 1
    return range(k, end) if end > k + 1 else range(k, k)


#: Scripts written without spaces between words: about two characters make a word.
_UNSPACED = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]", regex=True)
#: A quick first look: those scripts lie outside U+0000-U+0DFF and U+2000-U+2E7F (Latin, Greek,
#: Cyrillic, Arabic, Indic scripts, punctuation), so text without other characters has none of them.
_MAYBE_UNSPACED = LazyPattern("[^\x00-\u0dff\u2000-\u2e7f]")


def word_count(text: str) -> int:
    """Words in ``text``: white-space separated words, plus one per two CJK or Thai characters.

    >>> word_count("Log In"), word_count("これが非常に困ったもの。")
    (2, 7)
    """
    return len(text.split()) + _unspaced_words(text)


def _unspaced_words(text: str) -> int:
    """The words :func:`word_count` adds for ``text``'s CJK or Thai characters: one per two."""
    if text.isascii() or not _MAYBE_UNSPACED.search(text):
        return 0
    return (len(_UNSPACED.findall(text)) + 1) // 2


def _starts_lower(stripped: str) -> bool:
    first = stripped[0]
    if first.isascii():
        return "a" <= first <= "z"
    return _STARTS_LOWER.match(first) is not None


#: The last document split, and its paragraphs: the steps of a pipeline split the same lines in turn
#: (strip_boilerplate sees what strip_chrome saw, when strip_chrome removed nothing). A step that
#: reads them in order (:func:`each_paragraph`) holds them only if it removes nothing, and the last
#: step to split takes them (:func:`take_paragraphs`): held longer, they would cost about what the
#: document's text does while the output is made and after it is returned.
_last: tuple[tuple[str, ...], list[Paragraph]] = ((), [])


def paragraphs(lines: Sequence[str], counts: Sequence[int] | None = None) -> list[Paragraph]:
    """Split a document's lines into paragraphs, joining hard-wrapped continuation lines. ``counts``, when
    the caller has them, are the white-space separated words of each line (a paragraph's are their sum,
    its lines not split again).

    >>> [p.text for p in paragraphs(["Be Nice. No racism, sexism or", "any sort of -ism.", "Log In"])]
    ['Be Nice. No racism, sexism or any sort of -ism.', 'Log In']
    """
    global _last
    key = tuple(lines)
    last = _last
    if last[0] == key:
        return list(last[1])
    found = list(_each(key, counts))
    _last = (key, found)
    return list(found)


def take_paragraphs(lines: Sequence[str]) -> list[Paragraph]:
    """:func:`paragraphs`, for a step after which no other splits the same lines: the remembered split
    is handed over (or one is made) and nothing stays remembered."""
    global _last
    (key, found), _last = _last, ((), [])
    if _same(key, lines):
        return found
    del key, found  # not held while the lines are split again
    return list(_each(lines))


def each_paragraph(lines: Sequence[str]) -> Iterator[Paragraph]:
    """:func:`paragraphs` one at a time, each made when it is wanted (or the remembered split of
    ``lines``, taken); nothing stays remembered unless the step gives them back
    (:func:`remember_paragraphs`)."""
    global _last
    (key, found), _last = _last, ((), [])
    if _same(key, lines):
        return iter(found)
    return _each(lines)


def remember_paragraphs(lines: Sequence[str], found: list[Paragraph]) -> None:
    """Remember ``found``, all the paragraphs of ``lines``, for the next step that splits them."""
    global _last
    _last = (tuple(lines), found)


def forget_paragraphs() -> None:
    """Remember no split (what a caller that remembered one does once no step will read it)."""
    global _last
    _last = ((), [])


def _same(key: tuple[str, ...], lines: Sequence[str]) -> bool:
    """Whether the remembered ``key`` holds ``lines`` (compared only when their numbers agree)."""
    return len(key) == len(lines) and key == tuple(lines)


def _each(lines: Sequence[str], counts: Sequence[int] | None = None) -> Iterator[Paragraph]:
    # A paragraph of one line (most are) holds one int for both ends: a million paragraphs, 32 MB less.
    # (Made by ``tuple.__new__``: what ``Paragraph(...)`` does, without a Python call a paragraph.)
    new = tuple.__new__
    first = -1
    parts: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if parts:
                text = " ".join(parts)
                words = word_count(text) if counts is None else _summed(counts, first, index, text)
                yield new(Paragraph, (first, first if len(parts) == 1 else index - 1, text, words))
                parts = []
            continue
        # ``parts[-1]`` and ``stripped`` are stripped, so their last and first characters decide.
        if parts and parts[-1][-1] not in _LINE_ENDS and _starts_lower(stripped):
            parts.append(stripped)
            continue
        if parts:
            text = " ".join(parts)
            words = word_count(text) if counts is None else _summed(counts, first, index, text)
            yield new(Paragraph, (first, first if len(parts) == 1 else index - 1, text, words))
        first = index
        parts = [stripped]
    if parts:
        text = " ".join(parts)
        words = word_count(text) if counts is None else _summed(counts, first, len(lines), text)
        yield new(Paragraph, (first, first if len(parts) == 1 else len(lines) - 1, text, words))


def _summed(counts: Sequence[int], first: int, end: int, text: str) -> int:
    """:func:`word_count` of the paragraph ``text`` of lines ``first`` to ``end - 1``, given each line's
    white-space separated words (``counts``): the text is the lines stripped, joined by one space, so
    it holds their words."""
    return (counts[first] if end == first + 1 else sum(counts[first:end])) + _unspaced_words(text)


def kept_paragraphs(found: Sequence[Paragraph], origin: Sequence[int], lines: Sequence[str]) -> list[Paragraph]:
    """:func:`paragraphs` of ``lines``, the lines ``origin`` (ascending) of a document split into ``found``.

    What a step that removed lines hands the next: a paragraph all of whose lines stay, together, and
    that the line after it does not go on, is the same paragraph (its text and words not made again);
    only the lines around a removal are split again.

    >>> before = ["Log In", "The mayor spoke", "", "Share", "on Friday about the border.", "Home"]
    >>> kept = [1, 2, 4, 5]
    >>> after = [before[index] for index in kept]
    >>> kept_paragraphs(paragraphs(before), kept, after) == paragraphs(after)
    True
    """
    firsts = list(map(_FIRST, found))
    # A line's shift: its line in the document less its line here. The lines kept together, a stretch, share it (it
    # grows at each removal); the paragraphs of ``found`` in a stretch stay, moved up by it, but one cut at its end or
    # that the line after it goes on. They are taken at once, found by bisection (the shifts ascend, as do the firsts).
    shifts = list(map(sub, origin, range(len(origin))))
    new, count = tuple.__new__, word_count
    result: list[Paragraph] = []
    size = len(lines)
    at = 0
    while at < size:
        k = bisect_left(firsts, origin[at])
        if k < len(firsts) and firsts[k] == origin[at]:  # a paragraph of ``found`` starts here
            shift = shifts[at]
            stop = bisect_right(shifts, shift, at)  # the stretch: lines ``at`` to ``stop - 1``
            end = bisect_right(firsts, origin[stop - 1], k)  # the paragraphs that start in it: ``k`` to ``end - 1``
            last = found[end - 1]
            if last.last - shift >= stop or (
                last.last - shift == stop - 1 and stop < size and _goes_on(last.text, lines[stop])
            ):
                end -= 1  # the last one is cut at the stretch's end, or the line after it goes on: split again
            if end > k:
                if shift == 0:
                    result += found[k:end]
                else:
                    result += [new(Paragraph, (p.first - shift, p.last - shift, p.text, p.words)) for p in found[k:end]]
                at = found[end - 1].last - shift + 1
                continue
        stripped = lines[at].strip()
        if not stripped:
            at += 1
            continue
        first, parts = at, [stripped]
        at += 1
        while at < size:  # what ``_each`` joins
            stripped = lines[at].strip()
            if not (stripped and parts[-1][-1] not in _LINE_ENDS and _starts_lower(stripped)):
                break
            parts.append(stripped)
            at += 1
        text = " ".join(parts)
        result.append(new(Paragraph, (first, at - 1, text, count(text))))
    return result


def _goes_on(text: str, line: str) -> bool:
    """Whether ``line`` continues a paragraph whose (stripped, joined) text is ``text``."""
    stripped = line.strip()
    return bool(stripped) and text[-1] not in _LINE_ENDS and _starts_lower(stripped)
