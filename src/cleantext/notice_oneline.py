"""A notice printed whole on one line, next to the comment box or last on the page.

A scraper that joins a box's text into one paragraph prints a whole comment policy as one line: its title or opening,
then every item, each after its mark or heading ("A. Can I disagree with other readers? Name-calling ... will see a
comment taken down. B. Is any subject off limits? ..."). Read back sentence by sentence, such a line begins no heading
but its first, so the run beside the box (:mod:`cleantext.notice_box`) finds no line it may begin at. Its place and its
shape still tell it: the line next to the box (or the page's last that ends a sentence) is read whole, and goes where it
is a list shown by its marks: :data:`LINE_ITEMS` items or more, each beginning at a heading (a list's number or letter,
"Be civil.") or a sentence headed by its mark or words ("No spam: ...", "2) ...", "STAY ON TOPIC ...", a short question,
"Who decides?", or a dash after the sentence before: the bulleted lines a scraper joined, "... removed. – No spam ...",
but in a list numbered or lettered a dash's sentence is the item's own; numbers printed with a sign, "#1", "[1]", "§1",
are a list's where three or more count up: :func:`~cleantext.notice_text._signed_in_sequence`) and holding at most
:data:`LINE_ITEM_SENTENCES` sentences (its heading's among them, where printed as one after its mark), after an opening
of at most two; half its items on the notice's subject and two naming it
(:func:`~cleantext.notice_shapes.on_subject_enough`: an article's paragraph whose options are headed, "Option one -
...", names none); no sentence longer than an item's but one on the subject that speaks to the readers or states a rule
(:func:`~cleantext.notice_kinds._kind`), or one inside an item, after its first; and, printed last, no year but when it
was last revised in a sentence whose words read as no rule (a page's text ends with its dated references and credits as
often: :func:`~cleantext.notice_dates._dated_reference`). A line that is no such list goes where it is the policy's
rules printed as prose (:func:`~cleantext.notice_kinds._rules_in_prose`): its headings run into their sentences without
a stop, or none ("No personal attacks Debate the issue, not the person. Privacy Do not post anyone's address. ..."),
each sentence a rule on the subject that speaks to the readers, two of them forbidding something, outside quotation
marks. Most lines of prose are let go before they are cut into sentences: fewer sentence ends than a list's items need,
no literal of the notice's phrases or topic (:func:`_names_nothing`), or fewer places an item may begin
(:func:`_may_hold_list`) and fewer than two things forbidden (:func:`_may_forbid`). Run by
:func:`cleantext.notice_place._by_place`, for a notice with a topic.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING

from .chrome_analysis import _fold
from .chrome_screen import _screen_of
from .lazy import LazyPattern
from .notice_dates import _holds_dated_reference
from .notice_kinds import _FORBIDS, _SANCTION, QUESTION_WORDS, _kind, _no_item, _rules_in_prose
from .notice_marks import _NUMBER, _heading_styles
from .notice_shapes import _named, _spans, _subject_patterns, on_subject_enough
from .notice_text import (
    _DASHES,
    HEADING_WORDS,
    _capitalised,
    _readable_words,
    _signed_in_sequence,
    _unwrap,
)

if TYPE_CHECKING:
    from .notice_text import _Word
    from .shapes import Notice

__all__: list[str] = []  # nothing public: :func:`cleantext.notice_place._by_place` calls ``one_line``

#: The fewest items of a policy printed on one line.
LINE_ITEMS = 3
#: The most sentences an item of such a line holds: its heading's, where printed as a sentence after its mark ("1)
#: Copyright."), and three more (a heading read as one, "Stay on topic.", is not counted).
LINE_ITEM_SENTENCES = 4
#: The most sentences before the line's first item (its title or opening: "Please follow these rules.").
OPENING_SENTENCES = 2
#: Where a sentence ends in the raw line: a stop, a question mark or a colon, closing marks, then spaces.
_SENTENCE_END = LazyPattern(r"[.?!:][\"'\u201d\u2019)\]]*\s+")
#: How an item may begin, matched at the line's start and after each sentence's end before the line is cut into
#: sentences (at more places than :func:`_headed` and a heading find, never fewer): a mark (a character that is no
#: letter, a digit), two words in capitals (a sign between them: "PARCH / PLAY"), a sentence of up to four words (a
#: heading, "A.", "Rule 4:"), a heading before a dash, or a question.
_MAY_BEGIN_ITEM = LazyPattern(
    # (``[A-Z]{2}\S*``: the same words as ``[A-Z]{2,}\S*``, read once; the two quantifiers over capitals read a long
    # word of capitals from each of its letters again, quadratic in the word: docs/safety.md)
    r"[^\w\s]|\d|[A-Z]{2}\S*\s+(?:\S{1,2}\s+)?[A-Z]{2}|(?:\S+\s+){0,3}?\S*?[.?!:](?=\s|$)"
    r"|(?:\S+\s+){1,5}?[-\u2013\u2014]\s|(?:\S+\s+){0,9}?\S*?\?"
)


def one_line(lines: Sequence[str], notice: Notice, index: int, stops: Container[int], *, at_end: bool) -> list[int]:
    """``[index]`` when the line ``index`` holds ``notice`` whole, printed as a list on one line; else ``[]``.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> line = ("Please follow these rules. A. Be kind. Personal attacks on other readers are removed. B. Stay on "
    ...         "topic. Comments that wander off the story may be deleted. C. No spam. Posts selling things go.")
    >>> one_line(["He left.", line], policy, 1, set(), at_end=True)
    [1]
    >>> one_line(["He left.", "He came back. Then he left again. Nobody saw him go."], policy, 1, set(), at_end=True)
    []
    """
    if not 0 <= index < len(lines) or index in stops or not lines[index].strip():
        return []
    line = lines[index]
    if sum(map(line.count, (". ", "? ", ": ", "! "))) < LINE_ITEMS - 1 or _names_nothing(line, notice):
        return []  # too few sentences for a list's items, or no word of the notice's subject
    listed, forbidding = _may_hold_list(line), _may_forbid(line)
    if not (listed or forbidding):
        return []  # a line of prose, told before it is cut into sentences
    text, words = _unwrap(lines, [index])
    text = _signed_in_sequence(text)  # "#1 ... #2 ... #3": the joined list's marks
    words = _readable_words(text, words)
    if not words:
        return []
    spans = _spans(text, words)
    if at_end and _holds_dated_reference(text, words, spans):
        return []
    styles = [_heading_styles(span, words, text) for span in spans] if listed else []
    numbered = sum(1 for style in styles if style & _NUMBER) >= LINE_ITEMS
    headed = [_headed(text, words, spans, k, styles[k], numbered) for k in range(len(spans))] if listed else []
    if listed:  # enough sentences that may begin an item: headed or as short as a heading
        listed = (
            sum(1 for span, head in zip(spans, headed, strict=True) if head or len(span) <= HEADING_WORDS) >= LINE_ITEMS
        )
    if not (listed or forbidding):
        return []  # no list: the notice's patterns are not compiled for a line of prose
    patterns = _subject_patterns(notice)
    kinds = [_kind(span, words, text, {}, patterns) for span in spans]
    if listed and _as_list(text, words, spans, kinds, headed, patterns):
        return [index]
    return [index] if forbidding and _rules_in_prose(text, words, spans, kinds, patterns) else []


def _as_list(
    text: str, words: list[_Word], spans: list[range], kinds: list[str], headed: list[bool], patterns: tuple
) -> bool:
    """Whether the line's sentences (``kinds``: :func:`~cleantext.notice_kinds._kind`'s; ``headed``: whether each
    begins an item, :func:`_headed`) are a policy's list: :data:`LINE_ITEMS` items or more of at most
    :data:`LINE_ITEM_SENTENCES` sentences, after an opening of at most :data:`OPENING_SENTENCES`, none longer than an
    item's but one on the subject or one inside an item after its first (an item's sentence runs long as often as a
    paragraph's: where an item begins, a long one is prose), and half the items on the subject, two naming it."""
    items: list[list[int]] = []
    opening = 0
    for k in range(len(spans)):
        if _no_item(text, words, spans, kinds, k):
            if not items or not items[-1] or headed[k]:
                return False  # prose, not an item's: the line's opening, or where an item begins
            items[-1].append(k)  # an item's long sentence after its first ("Slurs against ... will be removed.")
            continue
        if kinds[k] == "":
            continue  # the line's last, ending no sentence (its last words may be a link)
        if kinds[k] == "heading":
            items.append([])
        elif headed[k]:
            if items and not items[-1]:
                items[-1].append(k)  # the sentence after its bare mark or heading: "B. No spam: ..."
            else:
                items.append([k])
        elif items:
            items[-1].append(k)
        else:
            opening += 1
    items = [item for item in items if item]
    if len(items) < LINE_ITEMS or opening > OPENING_SENTENCES:
        return False
    if any(len(item) > LINE_ITEM_SENTENCES for item in items):
        return False

    def names(item: list[int]) -> bool:
        return any(_named(text, words, spans[k][0], spans[k][-1], patterns) for k in item)

    on = sum(1 for item in items if any(kinds[k] == "on" for k in item))
    named = sum(1 for item in items if names(item))
    return on_subject_enough(on, len(items), named)


def _may_forbid(line: str) -> bool:
    """Whether the raw ``line`` forbids two things or more (:data:`~cleantext.notice_kinds._FORBIDS`,
    :data:`~cleantext.notice_kinds._SANCTION`), as :func:`~cleantext.notice_kinds._rules_in_prose` asks: a cheap look
    before the line is cut into sentences.

    >>> _may_forbid("Do not post addresses. Abusive posts will be removed."), _may_forbid("Please leave a comment.")
    (True, False)
    """
    found = chain(_FORBIDS.finditer(line), _SANCTION.finditer(line))
    return sum(1 for _ in islice(found, 2)) >= 2


def _names_nothing(line: str, notice: Notice) -> bool:
    """Whether the raw ``line`` holds none of the literals one of which each match of the notice's phrases or topic
    holds (:func:`~cleantext.chrome_screen._screen_of`, on folded text): then no item of it names the subject."""
    folded = _fold(line)
    for source in filter(None, (notice.clauses, notice.topic)):
        screen = _screen_of(source)
        if screen is None or screen(folded) is not None:
            return False  # its literals are not known, or one is there
    return True


def _may_hold_list(line: str) -> bool:
    """Whether :data:`LINE_ITEMS` items or more may begin in the raw ``line`` (:data:`_MAY_BEGIN_ITEM`, at its start and
    after each sentence's end): a cheap look that lets most lines of prose go before they are cut into sentences.

    >>> _may_hold_list("A. Be kind. Insults go. B. No spam. Ads go. C. Stay on topic."), _may_hold_list("He left.")
    (True, False)
    """
    starts = chain((0,), (found.end() for found in _SENTENCE_END.finditer(line)))
    return (
        sum(1 for _ in islice(filter(None, (_MAY_BEGIN_ITEM.match(line, start) for start in starts)), LINE_ITEMS))
        >= LINE_ITEMS
    )


def _headed(text: str, words: list[_Word], spans: list[range], k: int, style: frozenset[str], numbered: bool) -> bool:
    """Whether the sentence ``k`` begins an item with its heading or mark (``style``, its
    :func:`~cleantext.notice_marks._heading_styles`), as a short question (:func:`_question`), or after a joined
    bullet's dash (:func:`_after_dash`) where the list is not ``numbered`` (its items numbered or lettered,
    :data:`LINE_ITEMS` of them at least: there a dash's sentence is the item's own, "a) Privacy – Do not name children.
    – Ask before sharing a photo.")."""
    span = spans[k]
    return bool(
        style
        or _question(text, words, span)
        or (k and not numbered and _after_dash(text, words[spans[k - 1][-1]].end, words[span[0]].start))
    )


def _after_dash(text: str, end: int, start: int) -> bool:
    """Whether a dash alone stands between the sentence before (ending at ``end``) and the next (from ``start``): the
    bullet of a line the scraper joined to the one before ("... are removed. \u2013 No spam ...").

    >>> text = "Insults are removed. \u2013 No spam. Ads go. He left - then came back."
    >>> _after_dash(text, 20, 23), _after_dash(text, 32, 33)
    (True, False)
    """
    return text[end:start].strip() in _DASHES


def _question(text: str, words: list[_Word], span: range) -> bool:
    """Whether the sentence is a question short enough to head an item ("Who decides?", "Can I sell things here?"):
    at most :data:`~cleantext.notice_kinds.QUESTION_WORDS` words, the first capitalised, the last ending in "?"."""
    return (
        len(span) <= QUESTION_WORDS
        and text[words[span[-1]].end - 1] == "?"
        and _capitalised(text[words[span[0]].start : words[span[0]].end])
    )
