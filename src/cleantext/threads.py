"""Find comment threads under an article: the lines a comment system prints after it.

A thread's comments are prose, so no paragraph rule can tell them from the article; what gives them
away is the shape every comment system prints them in (:class:`cleantext.shapes.Thread`): a heading
that opens the thread ("12 Comments", "Leave a Reply") after the article's prose, then entries, each
headed by a line that says who wrote and when ("Sara" / "1 year ago", "Lori says:", "March 6, 2023 at
8:55 am"), one after another. The thread runs from its heading to the end of its last entry's text:
the lines of text after the last head, no more than the longest entry before it holds (the buttons
and the page's footer that follow it are left to the other rules).

What keeps the page's own text: the heading must stand after at least :data:`ARTICLE_WORDS` words of
prose (a comment counter beside the byline opens no thread); at least ``min_entries`` heads must
follow it, the first within :data:`FIRST_ENTRY` non-blank lines and each next within
:data:`ENTRY_LINES` of the one before; a line that heads a post of the page's own (a
question-and-answer site's "answered Mar 5, 2025") ends the thread, as the answers after it are the
page's text, and so does the next heading; and a thread followed by :data:`ARTICLE_WORDS` words of
prose or more and by another entry's head or post is not removed (comments under one post of several,
on a forum, are not under the article; the boxes and footer a news page prints after its thread hold
prose but head no post).

The cost is linear: each line of at most 160 characters is matched against the heading pattern once,
and, from the first heading after the article's prose on, each line against the entry pattern once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from .blocks import ends_sentence, word_count
from .chrome_analysis import _fold
from .chrome_screen import _screen_of
from .shapes import DEFAULT_THREADS, Thread

if TYPE_CHECKING:
    import regex

__all__ = [
    "ARTICLE_WORDS",
    "ENTRY_LINES",
    "FIRST_ENTRY",
    "HEADING_CHARS",
    "heading_lines",
    "prose_words_before",
    "thread_removals",
]

#: Words of prose (lines of eight words or more that end a sentence) before a thread's heading.
ARTICLE_WORDS = 100
#: The first entry's head stands at most this many non-blank lines after the heading.
FIRST_ENTRY = 40
#: An entry (its head and its text) is at most this many non-blank lines: the next head stands within them.
ENTRY_LINES = 20
#: An entry's head holds at most this many words.
_ENTRY_WORDS = 14
#: Per heading pattern, whether it matches each line's text (stripped) read so far (:func:`heading_lines`).
Headings = dict["regex.Pattern[str]", dict[str, bool]]
#: A heading (of a thread, of a box of headlines) or an entry's head holds at most this many characters: longer
#: lines are not matched, which keeps the patterns' cost linear.
HEADING_CHARS = 160


@cache
def _heading(thread: Thread) -> regex.Pattern[str]:
    """The thread's heading pattern, compiled once (matched against a whole line). A thread not among the
    default ones (whose patterns the tests compile) has its other patterns compiled then too, so that one
    that does not compile fails on the first call, as ever."""
    import regex  # on the first document, not at import (tests/test_startup.py)

    heading = regex.compile(rf"(?:{thread.heading})", regex.IGNORECASE)
    if thread not in DEFAULT_THREADS:
        _entry_and_post(thread)
    return heading


@cache
def _entry_and_post(thread: Thread) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    """The thread's entry and post patterns, compiled once, when a heading opens a thread (most documents
    have none: the entry pattern is the larger, ~3.5 ms to compile of the first call's ~5)."""
    import regex

    entry = regex.compile(rf"(?:{thread.entry})", regex.IGNORECASE)
    post = regex.compile(rf"(?:{thread.post})", regex.IGNORECASE) if thread.post else None
    return entry, post


def thread_removals(
    lines: Sequence[str], threads: Sequence[Thread], skip: set[int], known: Headings | None = None
) -> dict[int, str]:
    """The lines (index -> the thread's label) of the comment threads in ``lines``; lines in ``skip``
    (code) are neither read nor removed. ``known``: the headings' matches read before (:func:`heading_lines`).

    >>> from cleantext.shapes import DEFAULT_THREADS
    >>> article = ["The council approved the new budget on Tuesday after a long debate."] * 10
    >>> thread = ["2 Comments", "Sara says:", "Who pays for it?", "Tom says:", "We do, as always.", "Reply"]
    >>> sorted(thread_removals(article + thread, DEFAULT_THREADS, set()))
    [10, 11, 12, 13, 14]
    """
    found: dict[int, str] = {}
    if not threads or not lines:
        return found
    prose_before: list[int] | None = None  # prose words before each line, made when a heading is found
    for thread in threads:
        found_at = heading_lines(lines, _heading(thread), skip, known)
        if not found_at:
            continue
        if prose_before is None:
            prose_before = prose_words_before(lines)
        candidates = [index for index in found_at if prose_before[index] >= ARTICLE_WORDS]
        if candidates:
            _find(lines, candidates, found_at, thread, *_entry_and_post(thread), skip, found, prose_before)
    return found


def heading_lines(
    lines: Sequence[str], heading: regex.Pattern[str], skip: set[int], known: Headings | None = None
) -> list[int]:
    """The lines, in order, that ``heading`` matches whole (their white space stripped): lines of at most
    :data:`HEADING_CHARS` characters, not in ``skip``. ``known``, while a document is read more than once (the
    lines of each reading after the first are those of one before, less those removed): per pattern, whether it
    matches each text (stripped) read so far, looked up before the pattern is tried, and filled.

    >>> import regex
    >>> heading_lines(["Text.", " Comments ", "Comments" + " " * 200], regex.compile("comments", regex.I), set())
    [1]
    >>> heading_lines(["Text.", "  ", "Comments"], regex.compile("(?:comments)?", regex.I), {2})
    [1]
    >>> comments, known = regex.compile("comments", regex.I), {}
    >>> heading_lines(["Text.", "Comments"], comments, set(), known), known[comments]
    ([1], {'Text.': False, 'Comments': True})
    """
    blank = heading.fullmatch("") is not None  # whether a blank line is a heading (none of the defaults'): else
    if known is None:
        return [  # a blank line (half a rendered page's) is settled without the pattern
            index
            for index, line in enumerate(lines)
            if len(line) <= HEADING_CHARS
            and index not in skip
            and ((stripped := line.strip()) or blank)
            and heading.fullmatch(stripped)
        ]
    matches = known.setdefault(heading, {})
    found: list[int] = []
    for index, line in enumerate(lines):
        if len(line) <= HEADING_CHARS and index not in skip and ((stripped := line.strip()) or blank):
            matched = matches.get(stripped)
            if matched is None:
                matched = matches[stripped] = heading.fullmatch(stripped) is not None
            if matched:
                found.append(index)
    return found


def _find(
    lines: Sequence[str],
    candidates: list[int],
    headings: list[int],
    thread: Thread,
    entry: regex.Pattern[str],
    post: regex.Pattern[str] | None,
    skip: set[int],
    found: dict[int, str],
    prose_before: list[int],
) -> None:
    """Add to ``found`` the threads opened by the ``candidates`` (heading lines, in order; ``headings``: all
    the heading lines, a thread ending before the next)."""
    heads: list[int] = []  # from the first candidate on: the lines that head an entry, and those of posts
    posts: list[int] = []
    filled: list[int] = []  # the non-blank lines read
    # A line where it finds nothing holds none of the literals one of which an entry's head holds (most lines:
    # the default pattern's, a date's or time's punctuation, a month, "ago", "says", "wrote"): it heads no entry,
    # settled without the pattern, which tries every start of up to 40 characters (~10 us a line).
    screen = _screen_of(entry.pattern)
    for index in range(candidates[0], len(lines)):
        line = lines[index].strip()
        if not line or index in skip:
            continue
        filled.append(index)
        if post is not None and post.fullmatch(line):
            posts.append(index)
        elif (
            len(line) <= HEADING_CHARS
            and len(line.split()) <= _ENTRY_WORDS
            and (screen is None or screen(_fold(line)) is not None)
            and entry.fullmatch(line) is not None
        ):
            heads.append(index)
    after = -1  # the last line of the thread found last: headings inside it open none
    for first in candidates:
        if first <= after:
            continue
        k, h = bisect_right(posts, first), bisect_right(headings, first)
        stop = min(posts[k] if k < len(posts) else len(lines), headings[h] if h < len(headings) else len(lines))
        chain, longest = _chain(heads, filled, first, stop)
        if len(chain) < thread.min_entries:
            continue
        end = _text_end(lines, filled, chain[-1], longest, stop)
        posts_follow = bisect_right(heads, end) < len(heads) or bisect_right(posts, end) < len(posts)
        if posts_follow and prose_before[-1] - prose_before[end + 1] >= ARTICLE_WORDS:
            continue  # the page's text goes on after it: comments under one post of several (a forum, answers)
        for index in range(first, end + 1):
            if index not in skip and lines[index].strip():
                found.setdefault(index, thread.label)
        after = end


def _chain(heads: list[int], filled: list[int], first: int, stop: int) -> tuple[list[int], int]:
    """The entries' heads of the thread whose heading is line ``first`` -- the first within
    :data:`FIRST_ENTRY` non-blank lines of it, each next within :data:`ENTRY_LINES` of the one before,
    all before ``stop`` -- and the most non-blank lines from one head to the next."""
    chain: list[int] = []
    k = bisect_right(heads, first)
    reach, previous, longest = FIRST_ENTRY, bisect_right(filled, first), 0
    while k < len(heads) and heads[k] < stop:
        here = bisect_right(filled, heads[k])
        if here - previous > reach:
            break
        if chain:
            longest = max(longest, here - previous)
        previous = here
        chain.append(heads[k])
        reach = ENTRY_LINES
        k += 1
    return chain, longest


def _text_end(lines: Sequence[str], filled: list[int], last: int, longest: int, stop: int) -> int:
    """The last line of the thread's last entry, headed by ``last``: its text is the run of lines of six
    words or more (or ending a sentence) after the head, before ``stop``, and no longer than the longest
    entry before it (``longest`` non-blank lines; three at least: the other entries show how long this
    thread's are); up to two short lines may stand between the head and it (a name, a time), and the
    first short line after it (a button) ends it."""
    first = bisect_right(filled, last)
    end, short, text = last, 0, False
    for k in range(first, min(len(filled), first + max(3, longest))):
        index = filled[k]
        if index >= stop:
            break
        line = lines[index].strip()
        if word_count(line) >= 6 or ends_sentence(line):
            end, text = index, True
        elif text:
            break
        else:
            short += 1
            if short == 3:
                break
    return end


def prose_words_before(lines: Sequence[str]) -> list[int]:
    """For each line, the words of the prose lines (eight words or more, ending a sentence) before it."""
    totals = [0] * (len(lines) + 1)
    for index, line in enumerate(lines):
        words = len(line.split())
        prose = words >= 8 and ends_sentence(line.strip())
        totals[index + 1] = totals[index] + (words if prose else 0)
    return totals
