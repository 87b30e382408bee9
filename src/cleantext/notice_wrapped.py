"""A notice hard-wrapped at the page's end: a box printed by another template than the article's.

A scraped article's paragraphs stand a paragraph a line; a site's comment box is printed at a fixed width, its text
broken wherever the line fills (the seed's page: "Keep it Clean. Please avoid obscene, vulgar, lewd," and on). So the
page's last block of lines (or the one next to the comment box) hard-wrapped at one width, after lines that are not, is
the box's text, not the article's. A line is wrapped when it is filled: its next line's first word would not have fitted
on it (:func:`~cleantext.blocks.fills_width`, the greedy fill of any wrapping). The block is :data:`BLOCK_LINES` lines
or more of one width, without a blank line; the lines before it are not filled at that width (a page wrapped throughout,
a plain-text e-mail, has no box to tell); an article stands before it (:data:`~cleantext.notice_twins.ARTICLE_WORDS`
words at least). What it says must still read as a notice's items, as the run beside a box reads them
(:func:`_items_shaped`): :data:`BLOCK_SENTENCES` sentences at least, none longer than an item's but one on the subject
that speaks to the readers or states a rule ("Every post you send is read by one of our volunteers before it appears,
..., so please be patient"), as short as items on average once their numbers and headings are left out
(:func:`~cleantext.notice_text._heading_words`) unless half of them are headings or headed (the list shows itself), none
a dated reference (a year but when it was last revised, in a sentence whose words read as no rule:
:func:`~cleantext.notice_dates._dated_reference`; a rule may name a year of its place's history), and one at least
naming the notice's subject (a topic word or a phrase: a footer's address or a writer's biography names none). Run by
:func:`cleantext.notice_place._by_place`, for a notice with a topic.
"""

from __future__ import annotations

import sys
from collections.abc import Container, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .blocks import WRAP_WIDTH, ends_sentence, fill_widths, fills_width
from .chrome_analysis import _fold
from .chrome_screen import _screen_of
from .lazy import LazyPattern
from .notice_box import _sentence_scores, _sentences
from .notice_dates import _holds_dated_reference
from .notice_kinds import _kind
from .notice_marks import _heading_styles
from .notice_shapes import ITEM_WORDS, _named, _spans, _subject_patterns
from .notice_text import (
    HEADING_WORDS,
    _heading_words,
    _lines_within,
    _literals,
    _readable_words,
    _straight,
    _unwrap,
)
from .notice_twins import ARTICLE_WORDS, short_items

if TYPE_CHECKING:
    from .notice_text import _Word
    from .shapes import Notice

__all__: list[str] = []  # nothing public: :func:`cleantext.notice_place._by_place` calls ``wrapped_lines`` and
# ``wrapped_above``, :func:`cleantext.notices.notice_removals` ``wrapped_start``

#: The fewest lines of a hard-wrapped block read as a box.
BLOCK_LINES = 3
#: How many lines before the block are asked whether they are filled at its width (a page wrapped throughout).
ABOVE_LINES = 4
#: The fewest sentences (not headings) of a block read as a box.
BLOCK_SENTENCES = 3


def wrapped_lines(
    lines: Sequence[str], notice: Notice, ends: Sequence[int], starts: Sequence[int], stops: Container[int]
) -> list[int]:
    """The lines of ``notice`` hard-wrapped in a block that ends at one of ``ends`` (the page's last line that
    ends a sentence, a line just before the comment box) or begins at one of ``starts`` (just after the box),
    read up to a blank line or a line of ``stops`` (code, a line the rules remove).

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> article = ["The council met on Monday and voted to close the old bridge for repairs next spring, officials said.",
    ...            "Engineers found cracks in two of its piers last year, and traffic was cut to one lane in June.",
    ...            "The work will cost about four million dollars, the city said in a statement on Tuesday."]
    >>> import textwrap
    >>> box = textwrap.wrap("Spoilers. Keep plot twists and the ending out of the thread. Disclosure. Say if you own "
    ...                     "shares in a business we cover. Posts. Editors read each post before it appears.", 36)
    >>> wrapped_lines([*article, *box], policy, [len(article) + len(box) - 1], [], set())
    [3, 4, 5, 6, 7]
    >>> wrapped_lines([*article, *article], policy, [5], [], set())  # an article's paragraphs are not filled lines
    []
    """
    found: list[int] = []
    for end in ends:
        found += _read(lines, notice, _block(lines, end, -1, stops), stops)
    for start in starts:
        found += _read(lines, notice, _block(lines, start, 1, stops), stops)
    return found


def wrapped_start(lines: Sequence[str], first: int, stops: Container[int]) -> list[int]:
    """The lines above ``first``, a policy's first line found, in its hard-wrapped block, where ``first`` goes on with a
    sentence begun above it (the line before it ends none): the block's lines up from there (:func:`_grown`, filled
    at the block's width, :data:`WRAP_WIDTH` characters or more, not past ``stops``) to its first, where none of
    their sentences reads more as an article's than as a policy's (:mod:`cleantext.policy_words`: a score below 0)
    and the lines above the block are not filled at its width (a page wrapped throughout). A reading that finds a
    policy by its items may begin at an item's sentence, not at the block's first line ("1. RESPECT OTHER READERS
    1.1 Robust debate is welcome;").

    >>> import textwrap
    >>> article = ["The council met on Monday and voted to close the old bridge for repairs, officials said."]
    >>> box = textwrap.wrap("Rule 1. Robust debate is welcome; insults are removed. Rule 2. No spam.", 30)
    >>> box
    ['Rule 1. Robust debate is', 'welcome; insults are removed.', 'Rule 2. No spam.']
    >>> wrapped_start([*article, *box], 2, set())
    [1]
    """
    above = first - 1
    if above < 0 or above in stops or not lines[above].strip() or ends_sentence(lines[above]):
        return []
    block = _grown(lines, first, -1, stops)
    width = max(len(lines[index].rstrip()) for index in block) if block else 0
    if len(block) < 2 or width < WRAP_WIDTH:
        return []
    if wrapped_above(lines, [k for k in range(max(0, block[0] - ABOVE_LINES), block[0]) if lines[k].strip()], width):
        return []
    taken = block[:-1]
    read = _sentences(lines, taken)
    if read is None or any(score < 0 for score in _sentence_scores(*read)):  # headings pass
        return []
    return taken


def _block(lines: Sequence[str], first: int, step: int, stops: Container[int]) -> list[int]:
    """The lines of the hard-wrapped block from ``first`` on (``step`` -1: back from its last line; 1: on from its
    first), in reading order, :data:`BLOCK_LINES` of them or more (:func:`_grown`)."""
    block = _grown(lines, first, step, stops)
    return block if len(block) >= BLOCK_LINES else []


def _grown(lines: Sequence[str], first: int, step: int, stops: Container[int]) -> list[int]:
    """The lines of the hard-wrapped block from ``first`` on (``step`` -1: back from its last line; 1: on from its
    first), in reading order: grown while every line but its last is filled at the block's width (:func:`_wrapped`);
    grown back, not from a line that ends a sentence (an article's paragraph may fill the width by chance). Each line
    grown is checked against what the block already holds, the widths at which all its lines but the last are full and
    its widest line, so a block costs in proportion to its lines.

    >>> _grown(["He left.", "Keep plot twists and the", "ending out of the thread.", "Log In"], 2, -1, set())
    [1, 2]
    """
    if not (0 <= first < len(lines) and first not in stops and lines[first].strip()):
        return []
    block = [first]  # grown back: in the reverse of reading order until the end
    width = len(lines[first].rstrip())  # the block's widest line
    low, high = 0, sys.maxsize  # the widths at which every line of the block but its last is full
    while True:
        nxt = block[-1] + step
        if not 0 <= nxt < len(lines) or nxt in stops or not lines[nxt].strip():
            break
        full = fill_widths(lines[nxt], lines[block[-1]]) if step < 0 else fill_widths(lines[block[-1]], lines[nxt])
        grown_low, grown_high = max(low, full.start), min(high, full.stop)
        grown_width = max(width, len(lines[nxt].rstrip()))
        if not grown_low <= grown_width < grown_high:
            break
        block.append(nxt)
        low, high, width = grown_low, grown_high, grown_width
    if step < 0:
        block.reverse()
        if len(block) > 1 and ends_sentence(lines[block[0]]):
            block = block[1:]  # a paragraph of the article's that fills the width by chance ends a sentence: it stays
    return block


def _wrapped(lines: Sequence[str], block: list[int]) -> bool:
    """Whether every line of ``block`` but its last is filled at the block's width, the last no wider."""
    width = max(len(lines[index].rstrip()) for index in block)
    return all(fills_width(lines[a], lines[b], width) for a, b in pairwise(block))


def wrapped_above(lines: Sequence[str], near: list[int], width: int) -> bool:
    """Whether the lines ``near`` (just above a block, in reading order) are filled at the block's ``width``, two of
    them at least: the page is wrapped at that width throughout (a plain-text e-mail), and its last block is the
    writer's, not another template's box."""
    return sum(fills_width(lines[a], lines[b], width) for a, b in pairwise(near)) >= 2


def _read(lines: Sequence[str], notice: Notice, block: list[int], stops: Container[int]) -> list[int]:
    """The block's lines when it reads as the notice's box: an article before it whose lines are not filled at the
    block's width, and sentences shaped as a notice's items, one naming its subject."""
    if not block:
        return []
    width = max(len(lines[index].rstrip()) for index in block)
    near: list[int] = []  # the lines just before the block, in reading order
    article = 0  # the words before the block, counted up to ARTICLE_WORDS
    for index in range(block[0] - 1, -1, -1):
        if article >= ARTICLE_WORDS and len(near) >= ABOVE_LINES:
            break
        if lines[index].strip() and index not in stops:
            if len(near) < ABOVE_LINES:
                near.insert(0, index)
            article += len(lines[index].split())
    if article < ARTICLE_WORDS:
        return []
    if wrapped_above(lines, near, width):
        return []  # the page is wrapped at that width throughout: no other template's box
    if _names_nothing(lines, block, (notice.clauses, notice.topic)):
        return []  # no sentence of it can name the subject (the last test below), told before it is unwrapped
    text, words = _unwrap(lines, block)
    words = _readable_words(text, words)
    spans = _spans(text, words)
    said = [span for span in spans if len(span) > HEADING_WORDS]
    if len(said) < BLOCK_SENTENCES or _holds_dated_reference(text, words, spans):
        return []
    patterns = _subject_patterns(notice)  # compiled for a block shaped so far as a box's
    if not _items_shaped(text, words, spans, said, patterns):
        return []
    if not any(_named(text, words, span[0], span[-1], patterns) for span in said):
        return []
    return _lines_within(words, spans, list(range(len(spans))))


#: A line's end where :func:`_unwrap` may join a word broken at a hyphen to the next line's first.
_HYPHEN_END = LazyPattern(r"-\s*\n")
#: White space in a block's lines (ASCII) but single spaces between words: their text unwrapped is not them joined.
_UNEVEN = ("  ", " \n", "\n ", "\n\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def _names_nothing(lines: Sequence[str], block: list[int], sources: tuple[str, str]) -> bool:
    """Whether no sentence of ``block`` (its lines in a row) can name the notice's subject (:func:`_named`, by the
    ``sources`` of its phrases and its topic): the text :func:`_unwrap` makes of it holds none of the literals one of
    which every match of either holds (:func:`~cleantext.chrome_screen._literals_of`; False where they are not known,
    or a literal holds a digit, which a list's letter marks read as numbers may print). Told without unwrapping the
    block, whose text is its lines' words joined by single spaces where no line ends with a hyphen: a block of a
    million lines costs a scan of its text, not a word list. A text whose characters spell none of the literals (a
    list of numbers) needs no scan.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> sources = (policy.clauses, policy.topic)
    >>> _names_nothing(["Line 10 of a list.", "Line 11 of a list."], [0, 1], sources)
    True
    >>> _names_nothing(["Keep plot twists out of the", "thread. Editors read each post."], [0, 1], sources)
    False
    >>> _names_nothing(["Keep it civil and on-", "topic, please."], [0, 1], sources)  # "on-topic" may be joined
    False
    """
    known = [_literals(source) for source in sources]
    if any(found is None or any(char.isdigit() for literal in found for char in literal) for found in known):
        return False
    if not block or block[-1] - block[0] != len(block) - 1:
        return False  # not lines in a row: a line break stands between two of them
    raw = "\n".join([lines[index] for index in block])
    if _HYPHEN_END.search(raw) is not None:
        return False
    if raw.isascii():
        folded = raw.lower()  # what _fold makes of ASCII text
        chars = {char for found in known for literal in found for char in literal if not char.isspace()}
        absent = {char for char in chars if char not in folded}
        if all(absent.intersection(literal) for found in known for literal in found):
            return True
        uneven = raw[0].isspace() or raw[-1].isspace() or any(spaces in raw for spaces in _UNEVEN)
        text = " ".join(folded.split()) if uneven else folded.replace("\n", " ")
    else:
        text = _fold(_straight(" ".join(raw.split())))
    return all(screen is not None and screen(text) is None for screen in map(_screen_of, sources))


def _items_shaped(text: str, words: list[_Word], spans: list[range], said: list[range], patterns: tuple) -> bool:
    """Whether the block's sentences (``said``: those longer than a heading) are shaped as a notice's items, as the
    run beside a box reads them (:func:`~cleantext.notice_kinds._kind`): none longer than an item's but one on the
    subject that speaks to the readers or states a rule (no longer than
    :data:`~cleantext.notice_kinds.LONG_ITEM_WORDS`), and as short as items on average once their numbers and headings
    are left out, unless half the block's sentences or more are headings or begin with their item's heading (the list
    shows itself: "Moderation: ...", "3) ...")."""
    if any(len(span) > ITEM_WORDS and _kind(span, words, text, {}, patterns) != "on" for span in said):
        return False
    if short_items([len(span) - _heading_words(span, words, text) for span in said]):
        return True
    styled = sum(
        1
        for span in spans
        if _heading_styles(span, words, text)
        or (len(span) <= HEADING_WORDS and _kind(span, words, text, {}, patterns) == "heading")
    )
    return 2 * styled >= len(said)
