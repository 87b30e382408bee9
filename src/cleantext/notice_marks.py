"""How a list prints its items: the marks (bullets, numbers) before them, the lines that are headings, and the ways
an item's heading is printed, as the comment box's reading (:mod:`cleantext.notice_box`) reads them.

**Bullets.** Any symbol outside ASCII ("▸", "✓", "■"), or "•", "‣", "⁃", "·", "*", "+"; a dash that begins a line ("-
Be kind.", "– Hate speech.": inside a line a dash is punctuation); a small "o" standing alone before a capital (a word
processor's list pasted as text). **Numbers.** "4.", "4)", "(4)", "4:", a letter or a small Roman numeral before a
bracket ("b)", "(iv)"), and a capitalised word before a number ("Rule 4."); a forum post's "#5" and a reference's "[4]"
are none (:func:`~cleantext.notice_text._numbered`). A number printed as a sentence of its own before an item on its
line, or on a line of its own above it, marks that item (:func:`_numbers_item`); small Roman numerals or letters with a
stop ("iv.", "b.") mark items where three or more stand in sequence
(:func:`~cleantext.notice_text._sequenced_marks`). **Headings.** A short line in sentence case with no stop above a line
that begins a sentence ("Stay on topic", :func:`_heading_lines`); a list's line short enough to be a heading
(:func:`_listed`); and the ways a sentence begins with its item's heading (:func:`_heading_styles`).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from .blocks import ends_sentence
from .lazy import LazyPattern
from .notice_text import (
    BRACKET_MARKS,
    HEADING_WORDS,
    _begins_line,
    _capitalised,
    _heading_tokens,
    _inline_heading,
    _letter_value,
    _number_words,
    _numbered,
    _roman_value,
    _unstopped_lines,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .notice_text import _Word

__all__: list[str] = []  # nothing public: :mod:`cleantext.notice_box` reads a list's items through these

#: A line printed as a list's item: a bullet, a dash or a number before its first word.
_MARKER = LazyPattern(
    r"\s*(?:(?=[\p{So}\p{Sm}])[^\x00-\x7f]|[\u2022\u2023\u2043\u00b7*+\u2013-]|\(?\d{1,2}[.):]|"
    rf"\(?(?:{BRACKET_MARKS})\)|o(?=\s+\p{{Lu}}))\s",
    regex=True,
)

#: A dash and a space that begin a line, a list's bullet there (:func:`_after_line_dash`).
_LINE_DASHES = frozenset({"- ", "\u2013 ", "\u2014 "})
#: The bullets in ASCII or punctuation a list's items are printed after, in a line ("• No spam. • Be kind.",
#: "+ Spoilers."); any symbol outside ASCII is one too (:func:`_bullet`).
_BULLETS = ("\u2022", "\u2023", "\u2043", "\u00b7", "*", "+")

#: The headings' styles that are a list's marks, not words: before the run has seen a heading, an item so marked is
#: a list's (an inline heading may be an article's: a dateline "WASHINGTON —", a letter's "Dear Amy:").
_MARKS = frozenset({"bullet", "number"})
_BULLET, _NUMBER, _HEADING = frozenset({"bullet"}), frozenset({"number"}), frozenset({"heading"})


def _heading_lines(words: list[_Word], text: str) -> dict[int, int]:
    """The lines (first word -> last word) printed as a heading in sentence case above the next line's sentence ("Stay
    on topic", "Self-promotion"): :data:`~cleantext.notice_text.HEADING_WORDS` words at most, the first capitalised,
    none ending a sentence, the next line beginning with a capital (a hard-wrapped line goes on in small letters).

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["Stay on topic", "Posts that wander are removed.", "the end of", "it."], [0, 1, 2, 3])
    >>> _heading_lines(words, text)
    {0: 2}
    """
    return {
        first: last
        for first, last in _unstopped_lines(words, text, HEADING_WORDS)
        if _capitalised(text[words[first].start : words[first].end])
        and _capitalised(text[words[last + 1].start : words[last + 1].end])
    }


def _listed(lines: Sequence[str], window: list[int], words: list[_Word], text: str) -> dict[int, int]:
    """The lines of ``window`` printed as a list's items ("• No shouting", "2) Stay on topic", "- Be kind."),
    by their first word: a short one without a stop is a heading (its first word -> its last, as
    :func:`~cleantext.notice_shapes._title_lines` gives a title), a longer one begins a sentence (-> -1)."""
    marked = {index for index in window if _MARKER.match(lines[index])}
    if not marked:
        return {}
    found: dict[int, int] = {}
    w = 0
    while w < len(words):
        line = words[w].lines[0]
        last = w
        while last + 1 < len(words) and words[last + 1].lines[0] == line:
            last += 1
        if line in marked:
            first = w + 1 if _numbered(text[words[w].start : words[w].end]) and w < last else w
            short = last - first < HEADING_WORDS and not any(
                ends_sentence(text[words[k].start : words[k].end]) for k in range(first, last + 1)
            )
            found[first] = last if short else -1
        w = last + 1
    return found


def _heading_styles(span: range, words: list[_Word], text: str) -> frozenset[str]:
    """How the sentence begins with a list's mark and with its item's heading, each as a site prints it (none, one
    or both): ``"bullet"`` (a bullet before it) or ``"number"`` (a list's number), then ``"colon"`` or ``"dash"``
    (up to :data:`HEADING_WORDS` words, the first capitalised, before a colon or a dash: "Be civil: ...", "No hate
    speech - ..."), or ``"capitals"`` (two words or more in capitals: "STAY ON TOPIC Posts that ...")."""
    said, length = _heading_tokens(span, words, text)
    marks: frozenset[str] = frozenset()
    if _after_bullet(text, words[span[0]].start) or _after_line_dash(words, span[0], text):
        marks = _BULLET
    elif number := _number_words(said):
        marks, said, length = _NUMBER, said[number:], length - number
    if not said or not _capitalised(said[0]):
        return marks
    heading = _inline_heading(said[: HEADING_WORDS + 1], length)[0]
    return marks | {heading} if heading else marks


def _numbers_item(before: range, first: int, words: list[_Word], text: str) -> bool:
    """Whether the sentence ``before`` is the list's number of the item whose first word is ``first``
    (:func:`_list_number`), at the start of the line the item goes on or on a line of its own before it.

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["5. ASK YOUR VET Tips are no substitute for a vet."], [0])
    >>> _numbers_item(range(1), 1, words, text), _numbers_item(range(1, 2), 2, words, text)
    (True, False)
    >>> text, words = _unwrap(["5.", "ASK YOUR VET Tips are no substitute for a vet."], [0, 1])
    >>> _numbers_item(range(1), 1, words, text)
    True
    """
    return before[-1] + 1 == first and _begins_line(words, before[0]) and _list_number(before, words, text)


def _list_number(span: range, words: list[_Word], text: str) -> bool:
    """Whether the sentence ``span`` is a list's number: a number ("5."), or one capitalised word before it ("Rule 5.",
    "Step 2)").

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["Rule 5. Be kind. He left."], [0])
    >>> _list_number(range(2), words, text), _list_number(range(2, 4), words, text)
    (True, False)
    """
    said = [text[words[w].start : words[w].end] for w in span]
    return 1 <= len(said) <= 2 and _number_words(said) == len(said)


#: What a list's first number reads without its brackets, stop or colon: "1.", "(1)", "a)", "(i)", "Rule 1:".
_FIRST_NUMBERS = frozenset({"1", "a", "i"})


def _first_mark(span: range, words: list[_Word], text: str) -> bool:
    """Whether the sentence ``span`` begins with a list's first mark: a bullet, or the number of its first item ("1.",
    "(1)", "Rule 1:", "a)", "(i)").

    >>> from cleantext.notice_text import _readable_words, _unwrap
    >>> text, words = _unwrap(["Read this first. 1. Be kind. 2. No spam. (a) Stay on topic. * Keep it clean."], [0])
    >>> words = _readable_words(text, words)
    >>> [_first_mark(span, words, text) for span in (range(3), range(3, 4), range(6, 7), range(9, 13), range(13, 16))]
    [False, True, False, True, True]
    """
    said = [text[words[w].start : words[w].end] for w in span[:2]]
    if _after_bullet(text, words[span[0]].start):
        return True
    number = _number_words(said)
    return bool(number) and said[number - 1].strip("()[].:/#") in _FIRST_NUMBERS


def _bullet(char: str) -> bool:
    """Whether ``char`` is a list's bullet: a dot, a star, or any symbol outside ASCII a site prints before its
    items ("▸", "►", "✓", "■", "→": Unicode's symbols, which no word begins with).

    >>> [_bullet(char) for char in ("\u25b8", "\u2022", "*", "+", "a", ">", "")]
    [True, True, True, True, False, False, False]
    """
    if char in _BULLETS:
        return True
    return len(char) == 1 and char > "\x7f" and unicodedata.category(char) in ("So", "Sm")


def _after_line_dash(words: list[_Word], w: int, text: str) -> bool:
    """Whether word ``w`` follows a dash that begins its line, a list's bullet there ("- Be kind.", "– Hate speech."):
    inside a line a dash is punctuation.

    >>> from cleantext.notice_text import _readable_words, _unwrap
    >>> text, words = _unwrap(["- Be kind.", "He left - Be it so."], [0, 1])
    >>> words = _readable_words(text, words)
    >>> [_after_line_dash(words, w, text) for w in (0, 4)]
    [True, False]
    """
    return _begins_line(words, w) and text[max(0, words[w].start - 2) : words[w].start] in _LINE_DASHES


def _after_bullet(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a bullet (:func:`_bullet`), a space or two between them; or a small "o"
    standing alone, the bullet a word processor's list becomes in plain text ("o Stay on topic"), before a capital.

    >>> _after_bullet("o Stay on topic", 2), _after_bullet("Hello World", 6), _after_bullet("dog o Cat", 6)
    (True, False, True)
    """
    before = text[max(0, start - 3) : start].rstrip()
    if before[-1:] == "o" and (len(before) == 1 or before[-2].isspace()) and text[start : start + 1].isupper():
        return True
    return _bullet(before[-1:])


def _begins_item(words: list[_Word], w: int, text: str) -> bool:
    """Whether word ``w`` begins a list's item: it begins its line, or follows the item's mark, a bullet or a
    number at a line's start ("1) Keep it short. Posts are ...", "... here. ▸ Be kind. Insults ...")."""
    if _begins_line(words, w):
        return True
    if _after_bullet(text, words[w].start):
        return True
    before = words[w - 1]
    return _numbered(text[before.start : before.end]) and _begins_line(words, w - 1)


#: A list's number or letter at a line's start, with what it is printed with: a word before it ("Rule 2:"), a sign or
#: bracket before it ("(b)", "#3", "[4]", "\u00a75"), a stop or bracket after it ("2.", "ii)", "C:").
_LINE_MARK = LazyPattern(
    r"\s*(?:(Rule|Section|Point|Part|Item|RULE|SECTION|POINT|PART|ITEM)\s+)?([(\[#\u00a7]?)"
    r"(\d{1,2}|[ivx]{1,5}|[IVX]{1,5}|[a-zA-Z])([.):\]]?)(?=\s)",
    regex=True,
)


def _counts(mark: str) -> tuple[int | None, ...]:
    """What a mark counts, read as a number, a Roman numeral and a letter (None where it is none of them)."""
    if mark.isdigit():
        return (int(mark), None, None)
    return (None, _roman_value(mark.lower()), _letter_value(mark.lower()))


def item_before(line: str, above: str) -> bool:
    """Whether ``above`` begins with the list mark just before the one ``line`` begins with, printed alike: "1." above
    "2.", "(a)" above "(b)", "iv)" above "v)", "Rule 3:" above "Rule 4:". A mark is printed with a word, a sign, a
    bracket or a stop (a bare "2" or "b" begins many a sentence).

    >>> item_before("2. No spam.", "1. Be kind."), item_before("(ii) No spam.", "(i) Be kind.")
    (True, True)
    >>> item_before("2. No spam.", "(1) Be kind."), item_before("3. No spam.", "1. Be kind."), item_before("2 eggs", "1 cup")
    (False, False, False)
    """
    found, before = _LINE_MARK.match(line), _LINE_MARK.match(above)
    if found is None or before is None or not (found[1] or found[2] or found[4]):
        return False
    if (found[1], found[2], found[4], found[3].isupper()) != (before[1], before[2], before[4], before[3].isupper()):
        return False
    return any(
        now is not None and then is not None and now == then + 1
        for now, then in zip(_counts(found[3]), _counts(before[3]), strict=True)
    )
