"""Notices printed twice: a policy that no phrase and no shape knows is still given away when the page
prints it a second time.

A site's comment policy is furniture of the page's template, printed where the comment form is, and
some templates print it twice: once in a box, hard-wrapped, and once a sentence per line (the seed's
page does; a page scraped from its desktop and mobile layouts at once does too). An article does not
print a run of its own sentences twice: a pull quote repeats one sentence, and an article printed twice
whole repeats long sentences, few of them about commenting. So a stretch of text found twice in a
document (the same words, however its lines break) whose sentences are a notice's items — three or
more, none longer than :data:`~cleantext.notice_shapes.ITEM_WORDS` words and as short as items on average once
their numbers and headings are left out (:func:`~cleantext.notice_text._heading_words`) unless half of them speak
to the readers ("we", "you", "Please ...": :func:`~cleantext.notice_text._mostly_addressed`, as a policy does and a
story about one, printed twice whole, does not), at least two and half of those longer than a heading on the
notice's subject (its ``topic``, or one of its phrases) — is the notice, and both copies go, whatever their wording.

**At the page's end** (:func:`_twice_at_end`) the subject is not asked for either: when the page's last text is
printed twice, two sentences or more, its two copies parted and followed by nothing but page furniture (lines of
:data:`FURNITURE_WORDS` words at most: "(0) comments", "Log In") and an article before them, both copies go as
``printed-twice-at-end``. That is how a template prints its box under the article (hard-wrapped, then a sentence
per line; from a desktop and a mobile layout at once), whatever the box says and however long its sentences run
when its two copies break their lines differently, or stand apart around the comment box's furniture, after an
article at least a third as long as a copy (:data:`ARTICLE_SHARE`); printed alike one after the other, or after
less, its sentences are shaped as above or speak to the readers. A stretch printed twice that ends the page may
begin with an article's sentence printed twice (a pull quote) before the copies (:data:`LEAD_SENTENCES`). A copy may end
on a line with no stop (a link, a date: "Full terms at www.example.org/terms"): printed one right after the other, its
last sentence runs into the second copy's first, and the reading cuts the text where the second copy begins
(:func:`_second_copy`); a stretch's last sentence may end on no stop where only furniture follows it
(:func:`_ends_copy`).
An article's own text printed again is a quote with the writer's words after it, or its whole (long sentences,
after a title and a standfirst or nothing, or printed again as it stood), or one paragraph printed again on one
line as before (a scraper's slip) — each keeps its first copy.

**First look** (every document): its text cut at stops, whatever the line breaks, and the pieces counted;
only a document that holds three different sentences twice or more, two and half of those longer than a
heading on a notice's subject, is read further (:func:`_repeated_sentences`, :func:`_may_hold`); for its last
text printed twice, one where two of its last :data:`TAIL_PIECES` pieces, four words or more each, are printed
twice within its last :data:`TAIL_CHARS` characters, and then only those are read (:func:`_tail_start`; read
again from :data:`LONG_TAIL_CHARS` back when that reading begins inside text printed twice). **Reading.**
The document's words, folded (case, and the punctuation around them), and each run of :data:`SHINGLE` words
remembered where it first stands: a run seen again at least :data:`SHINGLE` words later marks its words in
both places. Each stretch of marked words, :data:`TWICE_WORDS` or more, is cut into sentences
(:func:`cleantext.notice_shapes._spans`); when those wholly inside it read as above, the lines every word of
which lies in them go (:func:`cleantext.notice_text._lines_within`). Run by
:func:`cleantext.duplicates.decide_duplicates` (:func:`printed_twice`) for each notice with a topic: the first
copy goes with the second. The notice's ``subject`` is not asked for, as the shape asks it: printed twice, a
policy is the page's furniture whether or not the scraped text kept the comment box that names it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain
from typing import NamedTuple

from .blocks import ends_sentence
from .lazy import LazyPattern
from .notice_shapes import ITEM_WORDS, SHAPE_ITEMS, _named, _spans, _subject_patterns, _topical, on_subject_enough
from .notice_text import (
    _SENTENCE_END,
    HEADING_WORDS,
    _begins_line,
    _finds,
    _heading_words,
    _lines_within,
    _mostly_addressed,
    _pattern,
    _readable_words,
    _unwrap,
    _Word,
)
from .shapes import DEFAULT_NOTICES, Notice

__all__: list[str] = []  # nothing public: :func:`cleantext.duplicates.decide_duplicates` calls ``printed_twice``

#: How many words in a row, the same in two places, mark both as printed twice.
SHINGLE = 5
#: The fewest words a stretch printed twice holds for it to be read as a notice (one copy of a short
#: policy: three items, a heading and a short sentence each).
TWICE_WORDS = 20
#: The longest a stretch's sentences (those longer than a heading) may run on average, in words: a notice's
#: items are short (the seed's policy about 10 words a sentence), a news article's sentences run to 20-25.
MEAN_WORDS = 18
#: What :func:`printed_twice` names the lines of a text printed twice at the page's end that no notice's subject
#: tells (:func:`_twice_at_end`).
AT_END_LABEL = "printed-twice-at-end"
#: The fewest different sentences of a text printed twice at the page's end (:func:`_twice_at_end`).
END_ITEMS = 2
#: How many of the text's last pieces (cut at stops) the first look asks two printed twice of: the furniture after
#: a text printed twice at the page's end ("(0) comments Welcome to the discussion.", "Log In Sign Up") is one or two.
TAIL_PIECES = 5
#: The most characters of the document's end read first for its last text printed twice (:func:`_tail_start`): both
#: copies of a policy and the furniture between them hold fewer.
TAIL_CHARS = 4_000
#: The most characters read again when that reading begins inside text printed twice (:func:`printed_twice`): both
#: copies of a long policy (sixteen items of two sentences, about 5,000 characters a copy) and the furniture between.
LONG_TAIL_CHARS = 12_000
#: The most words a line of page furniture holds ("(0) comments", "Welcome to the discussion.", "Log In").
FURNITURE_WORDS = 5
#: The fewest words before a text printed twice at the page's end for the page to hold an article before it.
ARTICLE_WORDS = 40
#: The most sentences printed twice elsewhere that the stretch of the page's last text printed twice (or of its first
#: copy) may begin with (:func:`_last_copies`): an article's sentence printed again as a pull quote, whose second copy
#: runs into the text.
LEAD_SENTENCES = 2
#: An article before a text printed twice at the page's end, whose sentences run as long as an article's, holds
#: at least one in this many of one copy's words (:func:`_twice_at_end`): a template's box under an article.
ARTICLE_SHARE = 3
#: The longest document (in characters) read for a notice printed twice: a page is far shorter; a feed or a
#: dump of many pages is not one page's furniture, and its reading would hold copies of the whole text.
TWICE_CHARS = 1_000_000
#: :data:`~cleantext.notice_text._SENTENCE_END` for a text whose stops all read "." (:func:`_repeated_sentences`).
_DOTTED_END = LazyPattern(lambda: _SENTENCE_END.compiled().pattern.replace("[.!?]", r"\.", 1))
#: The punctuation around a word that its folded form leaves out (a sentence's stop, quotes, brackets).
_AROUND = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u00a0"


class _Twice(NamedTuple):
    """A document read for text printed twice, once for all notices with a topic."""

    text: str  # its readable lines unwrapped into one text
    words: list[_Word]  # where each word lies in it
    marked: bytearray  # for each word, whether it is printed twice (:func:`_printed_twice`)
    spans: list[range]  # its sentences, each the range of its words
    before: int = 0  # the words of the document's lines before those read


def printed_twice(lines: Sequence[str], skip: set[int], notices: Sequence[Notice] = DEFAULT_NOTICES) -> dict[int, str]:
    """The lines (index -> the notice's label) of a notice with a topic (``notices``, by default those of
    :data:`cleantext.shapes.DEFAULT_NOTICES`) that ``lines`` print twice, both copies, and those of the page's last
    text printed twice (:data:`AT_END_LABEL`, when some notice has a topic); lines in ``skip``
    (code) are not read, nor is a document of more than :data:`TWICE_CHARS` characters (its reading would hold
    copies of the whole text; the duplicates step still drops its later copies).

    >>> policy = ["Be kind to each other.", "Personal attacks on other commenters are removed.", "Stay on the story.",
    ...           "Posts that wander off the subject may be deleted.", "Moderators check each comment first."]
    >>> sorted(printed_twice(["The council met on Monday.", *policy, " ".join(policy)], set()).items())[:2]
    [(1, 'comment-policy'), (2, 'comment-policy')]
    >>> printed_twice(["The council met on Monday.", *policy], set())
    {}
    """
    topical = [notice for notice in notices if notice.topic]
    if not topical or sum(map(len, lines)) > TWICE_CHARS:
        return {}
    repeated, ends_repeated = _repeated_sentences("\n".join(lines))  # the first look
    holding = [notice for notice in topical if _may_hold(repeated, notice)]
    if not holding and not ends_repeated:
        return {}
    reading = _twice_reading(lines, skip) if holding else None
    found: dict[int, str] = {}
    for notice in holding:
        for index in _twice_covered(reading, notice):
            found.setdefault(index, notice.label)
    if ends_repeated:  # the page's last text, printed twice: the template's, whatever it says
        start = 0 if holding else _tail_start(lines)
        tail = reading if holding else _twice_reading(lines, skip, start)
        at_end = _twice_at_end(tail)
        if not at_end and tail is not None and tail.marked[0] and start:
            # the reading begins inside text printed twice: a long policy's first copy begins further back (a
            # document read whole, or no longer than that, has nothing further back to read)
            further = _tail_start(lines, LONG_TAIL_CHARS)
            if further < start:
                at_end = _twice_at_end(_twice_reading(lines, skip, further))
        for index in at_end:
            found.setdefault(index, AT_END_LABEL)
    return found


def _repeated_sentences(text: str) -> tuple[list[str], bool]:
    r"""The sentences (cut at a stop before white space, whatever the line breaks) that the document (``text``:
    its lines joined) holds twice or more, when :data:`END_ITEMS` different ones at least, else none; and whether
    :data:`END_ITEMS` of its last :data:`TAIL_PIECES` pieces are among them, four words or more each, twice in its
    last :data:`TAIL_CHARS` characters (the text may end printed twice; a name or a date printed twice, as a forum's
    posts end, is no sentence, and a post quoted again far below it is no template's box). The first look, run
    on every document: a split of its text and a count of the pieces, both in C (most documents need only the
    first split, of the text read with its stops alike, and a set of its pieces).

    >>> _repeated_sentences("Be nice. No spam\nplease. Stay on topic. Be nice. No spam please. Stay on topic.")
    (['Be nice', 'No spam please', 'Stay on topic'], False)
    >>> policy = "Be kind to one another. Keep to the subject of the story. Moderators read every post. "
    >>> _repeated_sentences(f"The council met. {policy}(0) comments Log In {policy}")[1]
    True
    """
    flat = text.replace("\n", " ") + " "
    # A first count, of the text with "!" and "?" read as ".": cut at the same places, three times faster (the pattern
    # begins with one character). Pieces the same in the text are the same there (not always the reverse), so fewer
    # than two repeats there (most documents) are fewer than two in the text.
    dotted = _DOTTED_END.split(flat.replace("!", ".").replace("?", "."))
    if len(dotted) - len(set(dotted)) < END_ITEMS:
        return [], False
    del dotted
    parts = _SENTENCE_END.split(flat)
    pieces = Counter(parts)
    if len(parts) - len(pieces) < END_ITEMS:  # fewer than two repeats
        return [], False
    repeated = [piece for piece, count in pieces.items() if count > 1 and piece.strip()]
    if len(repeated) < END_ITEMS:
        return [], False
    tail = [piece for piece in parts[-2 * TAIL_PIECES :] if piece.strip()][-TAIL_PIECES:]
    said = [piece for piece in tail if pieces[piece] > 1 and piece.count(" ") >= HEADING_WORDS - 1]
    return repeated, len(said) >= END_ITEMS and all(flat.count(piece, -TAIL_CHARS) > 1 for piece in said)


def _tail_start(lines: Sequence[str], most: int = TAIL_CHARS) -> int:
    """The first of the document's last lines read for its last text printed twice: those of its last ``most``
    characters.

    >>> _tail_start(["x" * 5000, "y" * 1000, "z" * 2000]), _tail_start(["x" * 5000, "y" * 9000, "z" * 2000], 12_000)
    (1, 1)
    """
    held = 0
    for index in range(len(lines) - 1, -1, -1):
        held += len(lines[index]) + 1
        if held > most:
            return index + 1
    return 0


def _may_hold(repeated: list[str], notice: Notice) -> bool:
    """Whether the sentences printed twice (``repeated``, :func:`_repeated_sentences`) may hold ``notice``'s
    items: those longer than a heading, two at least and half of them, on its subject (as
    :func:`_twice_covered` reads a stretch of them)."""
    said = [piece for piece in repeated if piece.count(" ") >= HEADING_WORDS]
    if len(repeated) < SHAPE_ITEMS:
        return False
    topic = _pattern(notice.ruled_topic)
    return on_subject_enough(sum(1 for piece in said if _finds(topic, piece)), len(said))


def _twice_reading(lines: Sequence[str], skip: set[int], first: int = 0) -> _Twice | None:
    """The document read for text printed twice from its line ``first`` on, or None when it holds none
    (:func:`_printed_twice`)."""
    window = [index for index in range(first, len(lines)) if index not in skip and lines[index].strip()]
    text, words = _unwrap(lines, window)
    words = _readable_words(text, words)
    if len(words) < 2 * TWICE_WORDS:
        return None
    keys = _word_keys(text, words)
    marked = _printed_twice(keys)
    if not any(marked):
        return None
    before = sum(len(line.split()) for line in lines[:first])
    spans = _cut_at_lines(_spans(text, words), words, marked, _second_copy(words, keys, marked))
    return _Twice(text, words, marked, spans, before)


def _cut_at_lines(spans: list[range], words: list[_Word], marked: bytearray, second: int = -1) -> list[range]:
    """The sentences, each cut again where a line break parts words printed twice from words that are not
    ("2 comments" on the line before a copy's first sentence: unwrapped, the two read as one sentence), and at word
    ``second``, where a text printed twice in a row begins again (:func:`_second_copy`)."""
    cut: list[range] = []
    for span in spans:
        start = span.start
        for w in range(span.start + 1, span.stop):
            if (marked[w] != marked[w - 1] and _begins_line(words, w)) or w == second:
                cut.append(range(start, w))
                start = w
        cut.append(range(start, span.stop))
    return cut


def _second_copy(words: list[_Word], keys: list[str], marked: bytearray) -> int:
    """The word where the second copy of the document's last text printed twice begins, when the two copies stand
    one right after the other and the first ends without a stop (a link, a date, a sign-off: "Full terms at
    www.example.org/terms"), so that its last sentence runs into the second's first once the lines are unwrapped;
    else -1. That is the last stretch of words printed twice, where its second half begins a line and holds the
    same words as its first (``keys``: each word folded, :func:`_word_keys`).

    >>> lines = ["The council met on Monday.", "Be kind. Terms at example.org/terms", "Be kind.",
    ...          "Terms at example.org/terms"]
    >>> text, words = _unwrap(lines, [0, 1, 2, 3])
    >>> words[_second_copy(words, _word_keys(text, words), bytearray([0] * 5 + [1] * 10))].lines
    (2,)
    """
    end = len(marked)
    while end and not marked[end - 1]:
        end -= 1
    start = end
    while start and marked[start - 1]:
        start -= 1
    half = (end - start) // 2
    if not half or (end - start) % 2 or not _begins_line(words, start + half):
        return -1
    return start + half if keys[start : start + half] == keys[start + half : end] else -1


def _twice_covered(reading: _Twice | None, notice: Notice) -> list[int]:
    """The lines of ``notice`` found because the document prints it twice (both copies); ``reading`` is
    :func:`_twice_reading`'s.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> items = ["Be kind to each other.", "Personal attacks on other commenters are removed.",
    ...          "Stay on the story.", "Posts that wander off the subject may be deleted.",
    ...          "We read everything.", "Moderators check each comment before it appears."]
    >>> wrapped = ["Be kind to each other. Personal attacks on other commenters are removed. Stay on the",
    ...            "story. Posts that wander off the subject may be deleted. We read everything. Moderators",
    ...            "check each comment before it appears."]
    >>> lines = ["The council met on Monday and voted to close the bridge for repairs.", *wrapped, "2 comments", *items]
    >>> _twice_covered(_twice_reading(lines, set()), policy)
    [1, 2, 3, 5, 6, 7, 8, 9, 10]
    >>> _twice_reading(lines[:5], set()) is None  # printed once: nothing to read
    True
    """
    if reading is None:
        return []
    text, words, _, spans, _ = reading
    patterns = _subject_patterns(notice)
    chosen: list[int] = []
    for inside, said in _item_stretches(reading, short=False):
        topical = sum(_topical(text, words, spans[j][0], spans[j][-1], patterns) for j in said)
        named = sum(_named(text, words, spans[j][0], spans[j][-1], patterns) for j in said)
        if on_subject_enough(topical, len(said), named):
            chosen.extend(inside)
    return _lines_within(words, spans, chosen)


def _item_stretches(
    reading: _Twice, fewest: int = SHAPE_ITEMS, *, short: bool = True, lengths: bool = True
) -> list[tuple[range, list[int]]]:
    """The stretches of sentences printed twice that read as a notice's items, whatever they say, in the order
    they stand: each the range of its sentences and those of them longer than a heading, each different sentence
    once (both copies of a text printed twice are stretches of their own); with ``lengths``, as long as items
    (:func:`_sized_as_items`, ``short`` passed on)."""
    text, words, marked, spans, _ = reading
    stretches: list[tuple[range, list[int]]] = []
    k = 0
    while k < len(spans):
        if not marked[spans[k][0]]:
            k += 1
            continue
        stretch = k  # the sentences wholly inside a stretch of words printed twice
        while k < len(spans) and all(marked[w] for w in spans[k]):
            k += 1
        inside = range(stretch, k)
        k = max(k, stretch + 1)
        if sum(len(spans[j]) for j in inside) < TWICE_WORDS or len(inside) < fewest:
            continue
        # each different sentence once: one sentence printed twice in a row ("FBI Director James B." and the
        # rest of a caption) is no run of items
        different = {_folded(text, words, spans[j]): j for j in inside}
        if len(different) < fewest:
            continue
        said = [j for j in different.values() if len(spans[j]) > HEADING_WORDS]
        if lengths and not _sized_as_items(reading, inside, said, short=short):
            continue  # an article's sentences (an article printed twice whole), not a notice's items
        if not all(
            ends_sentence(text[words[spans[j][-1]].start : words[spans[j][-1]].end]) or _ends_copy(reading, inside, j)
            for j in said
        ):
            continue  # a list of headlines or links printed twice (a menu, "most read"), not a notice's items
        stretches.append((inside, said))
    return stretches


def _ends_copy(reading: _Twice, inside: range, j: int) -> bool:
    """Whether sentence ``j`` may end a copy of a text printed twice without a stop ("Full terms at
    www.example.org/terms", "(Updated 14 March 2024)"): it is the last of the stretch ``inside`` and ends its line,
    and after it come lines of page furniture (:data:`FURNITURE_WORDS` words at most each) or none, up to the end or
    to the other copy's first sentence at a line's start. A stretch that stops inside a line, or before other text
    printed twice, stops where its two copies part (an address broken differently in each), not where a copy ends."""
    text, words, marked, spans, _ = reading
    after = spans[j][-1] + 1
    again = next((w for w in range(after, len(words)) if marked[w]), len(words))
    if j != inside[-1] or not all(w == len(words) or _begins_line(words, w) for w in (after, again)):
        return False
    if again < len(words):  # what follows is printed twice: the other copy, from its first sentence
        k = j + 1  # past the furniture's few sentences
        while k < len(spans) and spans[k].start < again:
            k += 1
        if k == len(spans) or spans[k].start != again:
            return False
        if _folded(text, words, spans[k]) != _folded(text, words, spans[inside[0]]):
            return False
    counts = Counter(words[w].lines[0] for w in range(after, again))
    return all(count <= FURNITURE_WORDS for count in counts.values())


def _sized_as_items(reading: _Twice, inside: range, said: list[int], *, short: bool = True) -> bool:
    """Whether the sentences ``inside`` (``said``: those of them longer than a heading) run as long as a notice's
    items: none longer than :data:`~cleantext.notice_shapes.ITEM_WORDS` words, and as short as items on average
    once their headings are left out (:func:`short_items`; a news sentence runs to 20-25 words). With ``short``
    False (where their subject is asked, or a template prints them) a text that speaks to the readers, half its
    sentences, may run as long as a site writes its items; a story on the subject speaks of them."""
    text, words, _, spans, _ = reading
    if not short and _mostly_addressed(text, words, [spans[j] for j in said]):
        return True
    if any(len(spans[j]) > ITEM_WORDS for j in inside):
        return False
    return short_items([len(spans[j]) - _heading_words(spans[j], words, text) for j in said])


def _printed_alike(reading: _Twice, first: range, second: range) -> bool:
    """Whether two copies of a text (ranges of sentences) break their lines after the same words: a text printed
    again as it stood. A template prints its box's two copies differently (hard-wrapped, then a sentence per line;
    a desktop and a mobile layout).

    >>> sentences = ["Be kind to each other.", "Stay on the story.", "Moderators read every post."]
    >>> wrapped = ["Be kind to each other. Stay on the", "story. Moderators read every post."]
    >>> reading = _twice_reading(["The council met on Monday.", *sentences, *wrapped, *sentences], set())
    >>> _printed_alike(reading, range(1, 4), range(4, 7)), _printed_alike(reading, range(1, 4), range(7, 10))
    (False, True)
    """
    words, spans = reading.words, reading.spans
    breaks = []
    for copy in (first, second):
        start, stop = spans[copy[0]][0], spans[copy[-1]][-1] + 1
        breaks.append([w - start for w in range(start + 1, stop) if _begins_line(words, w)])
    return breaks[0] == breaks[1]


def _twice_at_end(reading: _Twice | None) -> list[int]:
    """The lines of the page's last text when it is printed twice, both copies, whatever its words: the last two
    stretches of :func:`_item_stretches` (:data:`END_ITEMS` sentences or more, their lengths not asked) that hold
    the same sentences, or the last one holding them twice (:func:`_last_copies`), with nothing after the first
    copy's end but the second and page furniture (lines of :data:`FURNITURE_WORDS` words at most: "(0) comments",
    "Log In"), an article before (:data:`ARTICLE_WORDS` words at least), and not one line each; sized as items
    (:func:`_sized_as_items`) unless the copies break their lines differently (:func:`_printed_alike`) or stand
    apart (furniture between them), after an article of at least one in :data:`ARTICLE_SHARE` of a copy's words.
    A template prints its policy twice at the page's end (a box, and a sentence per line; a desktop and a mobile
    layout), its sentences as long as the site writes them; an article's own text printed twice is its whole (its
    sentences longer, after no more than a title and a standfirst, or printed again as it stood), a quote with the
    writer's own words after it, or a paragraph printed again as it stood (one line each: a scraper's slip, whose
    second copy is a duplicate).

    >>> article = ["The council met on Monday and voted to close the old bridge for repairs next spring.",
    ...            "Engineers found cracks in two of its piers last year, and traffic was cut to one lane.",
    ...            "The work will cost about four million dollars, the city said."]
    >>> items = ["Keep it short.", "Longer pieces can go to the letters page.", "Stay on the story.",
    ...          "Posts that wander may be taken down.", "We read everything before it appears."]
    >>> lines = [*article, " ".join(items), "(0) comments", "Log In", *items]
    >>> _twice_at_end(_twice_reading(lines, set()))
    [3, 6, 7, 8, 9, 10]
    >>> _twice_at_end(_twice_reading([*lines, "I agree with every word of that, and I said so at the meeting."], set()))
    []
    """
    if reading is None:
        return []
    _, words, _, spans, _ = reading
    copies = _last_copies(reading, [inside for inside, _ in _item_stretches(reading, END_ITEMS, lengths=False)])
    if copies is None:
        return []
    first, second = copies
    article = reading.before + spans[first[0]][0]  # the words before the first copy
    if article < ARTICLE_WORDS:
        return []  # no article before it: the page's own text printed twice, or a page of nothing else
    # the words outside the two copies after the first: furniture lines only
    outside = chain(range(spans[first[-1]][-1] + 1, spans[second[0]][0]), range(spans[second[-1]][-1] + 1, len(words)))
    counts = Counter(line for w in outside for line in words[w].lines)
    if any(count > FURNITURE_WORDS for count in counts.values()):
        return []
    if len(_lines_within(words, spans, list(first))) < 2 and len(_lines_within(words, spans, list(second))) < 2:
        return []  # a paragraph printed twice (a scraper's slip): the duplicates step takes its second copy
    # sentences as long as an article's go only as a template's box: printed differently in its two copies, or parted
    # by the furniture around the comment box, after an article of at least one in ARTICLE_SHARE of a copy's words (an
    # article printed twice whole has no more than a title and a standfirst before it; a page printed again as it
    # stood breaks its lines alike, one copy right after the other)
    copy_words = spans[first[-1]][-1] + 1 - spans[first[0]][0]
    parted = spans[second[0]][0] > spans[first[-1]][-1] + 1  # furniture stands between the copies
    boxed = ARTICLE_SHARE * article >= copy_words and (parted or not _printed_alike(reading, first, second))
    if not boxed and not all(
        _sized_as_items(reading, copy, [j for j in copy if len(spans[j]) > HEADING_WORDS], short=False)
        for copy in copies
    ):
        return []
    return _lines_within(words, spans, [*first, *second])


def _last_copies(reading: _Twice, stretches: list[range]) -> tuple[range, range] | None:
    """The two copies of the last text printed twice (ranges of sentences): the last two ``stretches`` when they
    hold the same sentences, or the last one alone when it holds each of its sentences twice, one copy after the
    other (nothing stood between them to part the two); the first copy's stretch may begin with up to
    :data:`LEAD_SENTENCES` sentences printed twice elsewhere (the article's last sentence, printed before as a pull
    quote, runs into the first copy)."""
    text, words, _, spans, _ = reading
    if not stretches:
        return None
    last = stretches[-1]
    folded = [_folded(text, words, spans[j]) for j in last]
    for lead in range(min(LEAD_SENTENCES + 1, len(folded) - 1)):
        rest = folded[lead:]  # the sentences after the lead, each printed twice when they are the two copies
        again = rest.index(rest[0], 1) if rest.count(rest[0]) == 2 else 0
        if again and all(count == 2 for count in Counter(rest).values()) and set(rest[:again]) == set(rest[again:]):
            return last[lead : lead + again], last[lead + again :]
    if len(stretches) < 2:
        return None
    first = stretches[-2]
    before = [_folded(text, words, spans[j]) for j in first]
    for lead in range(min(LEAD_SENTENCES + 1, len(before) - 1)):
        if set(before[lead:]) == set(folded):
            return first[lead:], last
    return None


def short_items(lengths: list[int], most: int = MEAN_WORDS) -> bool:
    """Whether sentences of these ``lengths`` (in words) are as short as a notice's items: :data:`MEAN_WORDS` on
    average at most.

    >>> short_items([6, 12, 20]), short_items([22, 25, 19])
    (True, False)
    """
    return sum(lengths) <= most * len(lengths)


def _folded(text: str, words: list[_Word], span: range) -> str:
    """The sentence ``span``'s words, folded, to tell one sentence from another whatever its line breaks."""
    return " ".join(text[words[w].start : words[w].end].lower() for w in span)


def _word_keys(text: str, words: list[_Word]) -> list[str]:
    """Each word folded (case, and the punctuation around it: :data:`_AROUND`), as text printed twice is compared."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose small form is longer ("İ"): fold word by word
        return [text[word.start : word.end].lower().strip(_AROUND) for word in words]
    return [lowered[word.start : word.end].strip(_AROUND) for word in words]


def _printed_twice(keys: list[str]) -> bytearray:
    """For each word (``keys``: each folded, :func:`_word_keys`), whether it lies in a run of :data:`SHINGLE` words
    that the text holds twice, the second at least :data:`SHINGLE` words after the first."""
    marked = bytearray(len(keys))
    first: dict[tuple[str, ...], int] = {}
    for at, run in enumerate(zip(*(keys[shift:] for shift in range(SHINGLE)), strict=False)):
        seen = first.setdefault(run, at)
        if seen + SHINGLE <= at:
            marked[at : at + SHINGLE] = marked[seen : seen + SHINGLE] = b"\1" * SHINGLE
    return marked
