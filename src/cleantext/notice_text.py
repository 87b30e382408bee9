"""The reading of a window of a document's lines as one text, shared by the two ways a notice of
several sentences is found: by its phrases (:mod:`cleantext.notices`) and by its shape
(:mod:`cleantext.notice_shapes`).

**Unwrap.** The lines of a window are joined into one text (white space made single, a word broken at a
hyphen joined again, curly apostrophes straight, small Roman numerals or letters that mark a list's items in
sequence written as its numbers: :func:`_sequenced_marks`; a blank line or code is a break), remembering where
each line's words lie (:func:`_unwrap`); once a notice's sentences are chosen, a line goes only when
every word of it lies in them (:func:`_lines_within`). The windows are the non-blank lines within
:data:`REACH` of what a first look found (:func:`_windows`). Also here, what both readings take: the
document's lines joined for the first looks (:func:`_texts`), a notice's patterns compiled
(:func:`_pattern`), attributed speech (:data:`_ATTRIBUTION`: a passive is none), whether a word is
capitalised, a list's number and an item's heading before its sentence (:func:`_heading_words`), and the longest
heading (:data:`HEADING_WORDS`) and short sentence (:data:`GAP_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .blocks import ends_sentence
from .chrome_analysis import _fold
from .chrome_screen import _literals_of, _screen_of
from .lazy import LazyPattern
from .rules import ATTRIBUTION

if TYPE_CHECKING:
    import regex

__all__: list[str] = []  # nothing public: :mod:`cleantext.notices` and :mod:`cleantext.notice_shapes` read it

#: The longest sentence (in words) that counts as a heading of the notice.
HEADING_WORDS = 4
#: The most words of a line that introduces a policy's list ("A few ground rules:"), read as its heading.
INTRO_WORDS = 12
#: The most words of a question that heads an item ("Can I share an article from another site?", "How Do I Report
#: a Remark?"), on its own line or run in before the item's first sentence.
QUESTION_WORDS = 12
#: The longest sentence without a phrase that may stand in a gap between two of the notice's sentences
#: (:data:`cleantext.notices.MAX_GAP`), or be an item printed without a heading (:mod:`cleantext.notice_shapes`).
GAP_WORDS = 15
#: How many non-blank lines around a line holding a phrase are read with it (a phrase broken across
#: lines is found in the joined text; so is a sentence whose words are all on the next line).
REACH = 3
#: Lines joined at a time to look for a notice's literals (bounds the copy of a large document).
_CHUNK = 4096

#: Attributed speech, not a passive ("may be reported to police": the policy's, of what is done to a post).
_ATTRIBUTION = LazyPattern(
    r"(?<!\b(?:be|been|being|is|are|was|were)\s+)(?:" + ATTRIBUTION + ")", re.IGNORECASE, regex=True
)
_CURLY = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))
#: A word: up to white space, or up to a stop that a small letter precedes and a capital follows
#: ("tolerated.Be Truthful": a page that lost the space between two sentences; "U.S." stays one).
_WORD = LazyPattern(r"\S+?(?:(?<=\p{Ll}[.!?])(?=\p{Lu})|(?=\s)|$)", regex=True)
#: Where :data:`_WORD` cuts a run of letters without a space: in a line without one, the words are what
#: lies between the spaces.
_GLUED = LazyPattern(r"\p{Ll}[.!?]\p{Lu}", regex=True)
#: Where a sentence ends inside a text: a stop (and closing quotes or brackets) before white space.
_SENTENCE_END = LazyPattern(r"[.!?][\"')\]\u2019\u201d]*\s+")
#: A sentence that speaks to the site's readers, as a notice does and a news story seldom does: "you", "we", "our",
#: or a request or ban at its start ("Please ...", "Do not ...", "No ...").
_ADDRESSED = LazyPattern(
    r"\b(?:[Yy]ou|[Yy]ours?|[Ww]e|[Oo]urs?|us)\b|\G(?:Please|Do not|Don['\u2019]t|Never|No)\b", regex=True
)
#: Words that stand for a dash between an item's heading and its sentence.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: A character of a word (what ``str.isalnum`` holds true).
_ALNUM = LazyPattern(r"[^\W_]")


def _straight(text: str) -> str:
    """``text`` with curly quotes straight and no-break spaces plain (as many characters as before)."""
    if text.isascii():
        return text
    for curly, plain in _CURLY:
        if curly in text:
            text = text.replace(curly, plain)
    return text


@lru_cache(maxsize=64)
def _pattern(source: str) -> regex.Pattern[str]:
    import regex

    return regex.compile(source, regex.IGNORECASE)


@lru_cache(maxsize=64)
def _literals(source: str) -> tuple[str, ...] | None:
    """Literals (folded) one of which every match of :func:`_pattern` of ``source`` (a notice's phrases or
    topic) holds, or None when the pattern analysis cannot tell (:func:`~cleantext.chrome_screen._literals_of`)."""
    from .shapes import DEFAULT_NOTICES

    # The default notices' patterns need no compiling first (the tests compile them; as the default rules'):
    # with no literal of their phrases in a document, those are never compiled.
    checked = any(source in (notice.clauses, notice.topic) for notice in DEFAULT_NOTICES)
    return _literals_of(source, checked=checked)


def _finds(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether a notice's ``pattern`` (:func:`_pattern`) finds a match in ``text``: a text where its screen
    (:func:`~cleantext.chrome_screen._screen_of`) finds nothing holds none, and is settled without the pattern,
    which the ``regex`` module searches case-blind at several microseconds a sentence (most sentences hold no
    word of a topic).

    >>> _finds(_pattern(r"\\bcomment|\\bpost"), "Posts are read first."), _finds(_pattern(r"\\bpost"), "He left.")
    (True, False)
    """
    screen = _screen_of(pattern.pattern)
    if screen is not None and screen(_fold(text)) is None:
        return False
    return pattern.search(text) is not None


def _finds_in_any(pattern: regex.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether ``pattern`` finds a match in one of ``texts`` (:func:`_finds` on each), their screen run once over
    them all first: most runs of a page's lines hold no literal of a notice's words, and are settled in one search.

    >>> _finds_in_any(_pattern(r"\\bpost"), ["He left.", "Posts are read first."]), _finds_in_any(_pattern(r"\\bpost"), ["He left."])
    (True, False)
    """
    screen = _screen_of(pattern.pattern)
    if screen is not None and screen(_fold("\n".join(texts))) is None:
        return False
    return any(_finds(pattern, text) for text in texts)


class _Word(NamedTuple):
    start: int
    end: int
    lines: tuple[int, ...]  # the document's lines it stands on (two: a word broken at a hyphen)


_tuple = tuple.__new__  # makes a _Word without its keyword handling (an unwrapped window holds thousands)


def _unwrap(lines: Sequence[str], window: list[int]) -> tuple[str, list[_Word]]:
    """The window's lines as one text, and where each word lies (a blank line or code between two
    lines of the window is a line break in the text: no phrase or sentence goes on across it). A list's marks in
    sequence are read as its numbers (:func:`_sequenced_marks`), with those of the :data:`MARK_REACH` lines on each
    side: where the window cuts the list, its marks read as they do in the whole."""
    parts: list[str] = []  # the text's pieces, joined once at the end (a window may hold many thousands of lines)
    size = 0  # the length of the text so far
    tail = ""  # its last two characters
    words: list[_Word] = []
    previous = -2
    for index in window:
        line = " ".join(_straight(lines[index]).split())
        if _GLUED.search(line) is None:  # the words are what lies between the spaces (most lines)
            found = []
            at = 0
            for word in line.split(" ") if line else ():
                found.append((at, at + len(word)))
                at += len(word) + 1
        else:
            found = [(m.start(), m.end()) for m in _WORD.finditer(line)]
        if size and index == previous + 1 and tail[-1:] == "-" and tail[-2:-1].isalpha() and line[:1].islower():
            # "sexually-" + "oriented": one word on two lines
            last = words.pop()
            end = found.pop(0)[1]
            words.append(_Word(last.start, size + end, (*last.lines, index)))
        elif size:
            parts.append("\n" if index != previous + 1 else " ")
            tail = (tail + parts[-1])[-2:]
            size += 1
        parts.append(line)
        size += len(line)
        tail = (tail + line)[-2:]
        base, own = size - len(line), (index,)
        words.extend([_tuple(_Word, (base + start, base + end, own)) for start, end in found])
        previous = index
    text = "".join(parts)
    if not window or _LETTER_MARK.search(text) is None:
        return text, words
    # the marks of the lines just outside the window too: where the window cuts a list, its marks read as the list's
    first, last = window[0], window[-1]
    before = [mark for index in range(max(0, first - MARK_REACH), first) for mark in _marks_of(lines[index])]
    after = [
        mark for index in range(last + 1, min(len(lines), last + 1 + MARK_REACH)) for mark in _marks_of(lines[index])
    ]
    return _sequenced_marks(text, before, after), words


#: A small Roman numeral or a letter with a stop, a word of its own: "iv.", "b.".
_LETTER_MARK = LazyPattern(r"(?<![^ \n])(?:[ivx]{1,5}|[a-z])\.(?=[ \n]|$)", regex=True)
#: A small Roman numeral, up to 29: "iv", "xvii".
_SMALL_ROMAN = LazyPattern(r"x{0,2}(?:ix|iv|v?i{0,3})")
#: What each of a Roman numeral's letters counts.
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}
#: The fewest numerals (or letters) in sequence that read as a list's marks.
SEQUENCE_MARKS = 3
#: How many lines before and after a window :func:`_unwrap` reads for the marks of a list the window cuts.
MARK_REACH = 8


def _marks_of(line: str) -> list[str]:
    """The small Roman numerals or letters with a stop that stand in ``line`` as words of their own
    (:data:`_LETTER_MARK`), without their stops."""
    return [m.group()[:-1] for m in _LETTER_MARK.finditer(" ".join(line.split()))] if "." in line else []


def _sequenced_marks(text: str, before: Sequence[str] = (), after: Sequence[str] = ()) -> str:
    """``text`` with small Roman numerals or letters that stand in sequence as a list's marks, three or more, written as
    the numbers they count ("iv." as "04.", the same length), as a list numbered so reads: alone, "i." or "b." may
    end a sentence ("Plan b.") as often as it marks an item, and read as a sentence of its own it parts an item from
    its heading. Numerals in capitals ("IV.") read as headings already. ``before`` and ``after``: the marks of the
    lines around the text, which count in the sequence (where a window cuts a list).

    >>> _sequenced_marks("ii. No spam. iii. Stay on topic.", before=["i"])
    '02. No spam. 003. Stay on topic.'
    >>> _sequenced_marks("i. Be kind. ii. No spam. iii. Stay on topic.")
    '1. Be kind. 02. No spam. 003. Stay on topic.'
    >>> _sequenced_marks("x. Be kind. xi. No spam. xii. Stay on topic.")
    '9. Be kind. 11. No spam. 012. Stay on topic.'
    >>> _sequenced_marks("We chose plan b. It worked. i. Be kind. ii. Stay.")
    'We chose plan b. It worked. i. Be kind. ii. Stay.'
    """
    found = [(-1, mark) for mark in before]
    found += [(m.start(), m.group()[:-1]) for m in _LETTER_MARK.finditer(text)]
    found += [(-1, mark) for mark in after]
    if len(found) < SEQUENCE_MARKS:
        return text
    numbers: dict[int, int] = {}  # the marks in sequence (their index in ``found``) -> what they count
    for value in LETTER_VALUES:
        values = [value(mark) for _, mark in found]
        for n, number in _counting_up(values):
            numbers.setdefault(n, number)
    if not numbers:
        return text
    pieces, at = [], 0
    for n in sorted(numbers):
        start, mark = found[n]
        if start < 0:
            continue  # a mark outside the text
        number = str(numbers[n]).rjust(len(mark), "0")
        if len(number) > len(mark):
            number = "9" * len(mark)  # "x." as "9.": a list's number all the same
        pieces += (text[at:start], number)
        at = start + len(mark)
    return "".join(pieces) + text[at:]


#: A list's number printed with a sign ("#1", "[1]", "\u00a71"), a word of its own: a forum post's number, a reference's,
#: a section's, read as a list's only where three or more count up in one printing (:func:`_signed_in_sequence`).
_SIGNED_MARK = LazyPattern(r"(?<![^ \n])(?:#\d{1,2}|\[\d{1,2}\]|\u00a7\d{1,2})(?=[ \n]|$)", regex=True)


def _signed_in_sequence(text: str) -> str:
    """``text`` with numbers printed with a sign (:data:`_SIGNED_MARK`) that count up in one printing, three or more
    in a row, written as a list's numbers before a bracket ("#2" as "2)", "[12]" as "012)", the same length): a
    list a scraper joined into one line keeps its marks, and their counting tells them from a forum post's "#5" or a
    reference's "[4]" standing alone. A number already so read ("Rule #2") reads the same ("Rule 2)").

    >>> _signed_in_sequence("#1 Be kind. Insults go. #2 No spam. [3] See below. #3 Stay on topic.")
    '1) Be kind. Insults go. 2) No spam. [3] See below. 3) Stay on topic.'
    >>> _signed_in_sequence("Post #4 said so, and #5 agreed. [1] Smith. [2] Jones.")
    'Post #4 said so, and #5 agreed. [1] Smith. [2] Jones.'
    """
    found = (
        [(m.start(), m.group()) for m in _SIGNED_MARK.finditer(text)]
        if "#" in text or "]" in text or "\u00a7" in text
        else []
    )
    counted: list[int] = []  # the marks in sequence (their index in ``found``)
    for sign in {mark[0] for _, mark in found}:
        signed = [n for n, (_, mark) in enumerate(found) if mark[0] == sign]
        counted += (signed[k] for k, _ in _counting_up([int(found[n][1].strip("#[]\u00a7")) for n in signed]))
    if not counted:
        return text
    pieces, at = [], 0
    for n in sorted(counted):
        start, mark = found[n]
        pieces += (text[at:start], (mark.strip("#[]\u00a7") + ")").rjust(len(mark), "0"))
        at = start + len(mark)
    return "".join(pieces) + text[at:]


def _counting_up(values: Sequence[int | None]) -> Iterator[tuple[int, int]]:
    """Each index of ``values`` that stands in a run of :data:`SEQUENCE_MARKS` or more, each one more than the one
    before (None, a mark that counts nothing, breaks a run), with its value: where a list's marks count its items.

    >>> list(_counting_up([1, 2, 3, 7, 4, 5, None, 6]))
    [(0, 1), (1, 2), (2, 3)]
    """
    first = 0
    for k in range(1, len(values) + 1):
        previous, value = values[k - 1], values[k] if k < len(values) else None
        if previous is not None and value is not None and value == previous + 1:
            continue
        if k - first >= SEQUENCE_MARKS:
            yield from ((n, values[n] or 0) for n in range(first, k))  # counted, never None
        first = k


def _roman_value(mark: str) -> int | None:
    """A small Roman numeral's value, None for another mark.

    >>> _roman_value("iv"), _roman_value("xix"), _roman_value("vx"), _roman_value("b")
    (4, 19, None, None)
    """
    if not mark or _SMALL_ROMAN.fullmatch(mark) is None:
        return None
    value = highest = 0
    for digit in map(_ROMAN_DIGITS.__getitem__, reversed(mark)):  # a smaller digit before a larger counts off it
        value += digit if digit >= highest else -digit
        highest = max(highest, digit)
    return value


def _letter_value(mark: str) -> int | None:
    """A letter's place in the alphabet, None for another mark."""
    return ord(mark) - 96 if len(mark) == 1 else None


#: How marks in sequence are read, in turn: numerals first ("i." after "h." is a letter only where no numerals run).
LETTER_VALUES = (_roman_value, _letter_value)


def _unstopped_lines(words: list[_Word], text: str, most: int) -> Iterator[tuple[int, int]]:
    """The window's lines that may be a title or a heading above the text after them (first word, last word): up to
    ``most`` words, no word of them ending a sentence, more words after them (the last line is none).

    >>> text, words = _unwrap(["Stay on topic", "Be kind. No spam.", "The end"], [0, 1, 2])
    >>> list(_unstopped_lines(words, text, 4))
    [(0, 2)]
    """
    first = 0
    for w in range(len(words) - 1):
        if words[w + 1].lines[0] == words[w].lines[-1]:
            continue
        if w - first < most and not any(
            ends_sentence(text[words[k].start : words[k].end]) for k in range(first, w + 1)
        ):
            yield first, w
        first = w + 1


def _lines_within(words: list[_Word], sentences: list[range], chosen: list[int]) -> list[int]:
    """The lines every word of which lies in one of the ``chosen`` sentences (each its words' indices)."""
    if not chosen:
        return []
    inside = bytearray(len(words))
    for k in chosen:
        for w in sentences[k]:
            inside[w] = 1
    kept: set[int] = set()
    removed: set[int] = set()
    for w, word in enumerate(words):
        (removed if inside[w] else kept).update(word.lines)
    return sorted(removed - kept)


def _readable_words(text: str, words: list[_Word]) -> list[_Word]:
    """The ``words`` of an unwrapped window that hold a letter or a digit: a word of punctuation alone ("—",
    "|") is not read, nor a small "o" that begins a line before a capital, a word processor's bullet in plain text
    ("o Stay on topic"). A word's first character tells for most words.

    >>> text, words = _unwrap(["o Be kind.", "He said o Lord."], [0, 1])
    >>> [text[word.start : word.end] for word in _readable_words(text, words)]
    ['Be', 'kind.', 'He', 'said', 'o', 'Lord.']
    """
    readable = [word for word in words if text[word.start].isalnum() or _ALNUM.search(text, word.start, word.end)]
    if "o " not in text:
        return readable
    return [
        word
        for k, word in enumerate(readable)
        if not (
            word.end - word.start == 1
            and text[word.start] == "o"
            and _begins_line(readable, k)
            and k + 1 < len(readable)
            and text[readable[k + 1].start].isupper()
        )
    ]


def _capitalised(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and letters[0].isupper()


def _texts(lines: Sequence[str]) -> list[str]:
    """The document's lines joined :data:`_CHUNK` at a time, quotes straight (read by both first looks)."""
    return [_straight("\n".join(lines[first : first + _CHUNK])) for first in range(0, len(lines), _CHUNK)]


def _windows(lines: Sequence[str], hits: list[int], skip: set[int]) -> list[list[int]]:
    """Runs of line indices to read together: the lines a first look found (``hits``: a phrase, or where a
    heading-like sentence begins), with :data:`REACH` non-blank lines on either side; runs that meet are one."""
    if not hits:
        return []
    readable = [index for index, line in enumerate(lines) if line.strip() and index not in skip]
    position = {index: k for k, index in enumerate(readable)}
    spans: list[list[int]] = []
    for hit in hits:
        if hit not in position:
            continue
        k = position[hit]
        low, high = max(0, k - REACH), min(len(readable) - 1, k + REACH)
        if spans and low <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], high)
        else:
            spans.append([low, high])
    return [readable[low : high + 1] for low, high in spans]


def _begins_line(words: list[_Word], w: int) -> bool:
    """Whether word ``w`` is the first of its line (a heading inside an article's line is a short sentence)."""
    return w == 0 or words[w - 1].lines[-1] != words[w].lines[0]


def _question_heading(span: range, words: list[_Word], text: str) -> bool:
    """Whether the sentence ``span`` is a question of :data:`QUESTION_WORDS` words or fewer that begins its line: how
    the items of a policy printed as questions and answers are headed.

    >>> text, words = _unwrap(["Can I Copy a Whole Article? Do not paste in whole articles."], [0])
    >>> _question_heading(range(6), words, text), _question_heading(range(6, 11), words, text)
    (True, False)
    >>> text, words = _unwrap(["Readers ask: can I copy it? Yes."], [0])
    >>> _question_heading(range(2, 6), words, text)  # inside its line: no heading
    False
    """
    return (
        _begins_line(words, span[0])
        and 2 <= len(span) <= QUESTION_WORDS
        and text[words[span[0]].start : words[span[-1]].end].endswith("?")
    )


def _mostly_addressed(text: str, words: list[_Word], spans: list[range]) -> bool:
    """Whether half the sentences ``spans`` or more speak to the site's readers (:data:`_ADDRESSED`), as a notice's
    do and a news story's seldom do.

    >>> text, words = _unwrap(["Please be kind. Editors said the rule would change. We read every post."], [0])
    >>> _mostly_addressed(text, words, [range(3), range(3, 9)]), _mostly_addressed(text, words, [range(3, 9)])
    (True, False)
    """
    addressed = sum(1 for span in spans if _ADDRESSED.search(text, words[span[0]].start, words[span[-1]].end))
    return 2 * addressed >= len(spans)


def _numbered(word: str) -> bool:
    """A list's number: "1.", "2)", "(3)", "4:", "5/", a section's "2.1" or "3.0", or a letter or a small Roman numeral
    before a bracket ("b)", "(iv)"); not a forum post's "#5", nor a reference's "[4]", nor a time or a price ("6:30",
    "2.50" is two digits after the point, a section's one).

    >>> [_numbered(word) for word in ("1.", "(3)", "4:", "b)", "(iv)", "#5", "[4]", "No.", "6:30", "a.")]
    [True, True, True, True, True, False, False, False, False, False]
    >>> [_numbered(word) for word in ("5/", "2.1", "3.0.", "2.50", "1/2")]
    [True, True, True, False, False]
    """
    if word.endswith(")") and len(word) <= 5:
        return _LIST_LETTER.fullmatch(word.removeprefix("(")[:-1]) is not None
    if len(word) <= 5 and _SECTION.fullmatch(word):
        return True
    return word.removesuffix(":").strip("().").isdigit() and len(word) <= 5


#: A list's number printed as a section's ("2.1", "3.0.") or after a slash ("5/"): a digit or two, then one digit
#: after a point, or a slash.
_SECTION = LazyPattern(r"\d{1,2}(?:\.\d\.?|/)")


#: A small Roman numeral up to twenty, as a list prints it before a bracket ("(iv)", "xii)").
ROMAN_TO_TWENTY = r"i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx"
#: What stands before a list's bracket besides a number: a letter ("k)", "(j)": a list lettered past "h"), or a small
#: Roman numeral up to twenty (:data:`_LIST_LETTER`, :data:`~cleantext.notice_marks._MARKER`).
BRACKET_MARKS = rf"[a-z]|{ROMAN_TO_TWENTY}"
#: A list's number or what stands before its bracket (:data:`BRACKET_MARKS`).
_LIST_LETTER = LazyPattern(rf"\d{{1,2}}|{BRACKET_MARKS}")


def _number_words(said: list[str]) -> int:
    """How many of a sentence's first words (``said``) are a list's number: "4." (one), "Rule 4:" (two: a capitalised
    word before the number), or none.

    >>> _number_words(["4.", "Be", "kind."]), _number_words(["Rule", "4:", "Be"]), _number_words(["He", "left."])
    (1, 2, 0)
    >>> _number_words(["Rule", "#4", "-"]), _number_words(["#4", "Be"])
    (2, 0)
    """
    if said and _numbered(said[0]):
        return 1
    if len(said) > 1 and said[0].isalpha() and said[0].istitle() and _numbered(said[1].removeprefix("#")):
        return 2  # "Rule 4:", "Rule #4 -"
    return 0


def _heading_words(span: range, words: list[_Word], text: str) -> int:
    """How many of the sentence's first words are its item's mark and heading ("2) No spam:", "LANGUAGE —", "STAY ON
    TOPIC"), read as :func:`cleantext.notice_marks._heading_styles` reads them: what an item's sentence runs to
    without them.

    >>> text, words = _unwrap(["2) Ask your doctor \u2014 Claims about cures need a source."], [0])
    >>> words = _readable_words(text, words)  # as the run reads them: the dash is no word
    >>> _heading_words(range(len(words)), words, text)
    4
    """
    said, length = _heading_tokens(span, words, text)
    if len(span) <= HEADING_WORDS + 2 and said[-1] in _DASHES:
        said, length = said[:-1], length - 1  # a dash after the sentence's last word is the next one's
    first = _number_words(said)
    dashes = 0  # a dash after the number ("1 – Campus matters: ..."), no word of the heading
    while first + dashes < len(said) and said[first + dashes] in _DASHES:
        dashes += 1
    return first + _inline_heading(said[first + dashes :], length - first - dashes)[1]


def _heading_tokens(span: range, words: list[_Word], text: str) -> tuple[list[str], int]:
    """The sentence's first words (:data:`HEADING_WORDS` and two more), a dash between two of them as a word of its
    own (the run's words hold none), and the sentence's length counted so."""
    said: list[str] = []
    for w in span[: HEADING_WORDS + 2]:
        said.append(text[words[w].start : words[w].end])
        if w + 1 < len(words) and text[words[w].end : words[w + 1].start].strip() in _DASHES:
            said.append(text[words[w].end : words[w + 1].start].strip())
    return said, len(span) + len(said) - len(span[: HEADING_WORDS + 2])


def _inline_heading(said: list[str], length: int) -> tuple[str, int]:
    """How a sentence of ``length`` words begins with its heading, by its first words (``said``, a dash as a word):
    ``"colon"``, ``"dash"``, ``"capitals"`` or ``""``, and how many of those words the heading is (a dash not
    counted).

    >>> _inline_heading(["No", "hate", "speech:", "Slurs"], 9), _inline_heading(["NO", "SPAM", "Links", "are"], 6)
    (('colon', 3), ('capitals', 2))
    >>> _inline_heading(["Be", "civil", "\u2014", "Insults"], 7), _inline_heading(["He", "left."], 2)
    (('dash', 2), ('', 0))
    """
    for k, word in enumerate(said[:HEADING_WORDS]):
        if k + 1 < length and word.endswith(":"):
            return "colon", k + 1
        if k + 2 < length and k + 1 < len(said) and said[k + 1] in _DASHES:
            return "dash", k + 1
    capitals = 0
    for word in said:
        letters = [char for char in word if char.isalpha()]
        if len(letters) < 2 or not all(char.isupper() for char in letters):
            break
        capitals += 1
    return ("capitals", capitals) if 2 <= capitals < length else ("", 0)
