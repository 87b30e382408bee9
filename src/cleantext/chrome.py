"""The engine that applies chrome rules (see :mod:`cleantext.rules`) to a document.

Each paragraph (:mod:`cleantext.blocks`) is tested against the rules in order; the first rule that
matches, and whose ``max_words`` the paragraph fits, removes all the paragraph's lines and gives
their reason. A paragraph that no rule matches is kept: patterns decide here, and only patterns.
Two exceptions keep article text safe: an attributed sentence ("…, the clerk said.") is never
chrome, whatever words it holds (``rules.ATTRIBUTION``); and a bare link listed under a heading that
names an article's sources ("Sources:", ``rules.SOURCES_HEADING``) is a citation, in the list right
under it (its entries: :func:`cleantext.blocks.cites`; a paragraph another rule removes also ends it). Notices of several sentences (a comment
policy, however wrapped) are found across paragraphs by :mod:`cleantext.notices`, and comment threads
under the article by the shape comment systems print them in, by :mod:`cleantext.threads`.

Most paragraphs match no rule, so the engine first rules out what it cheaply can (see the screening
section below); the decision is the same as searching every pattern in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

from .blocks import Paragraph, cites, each_paragraph, ends_sentence, names_sources, remember_paragraphs, word_count
from .chrome_engine import _compile, _Engine, _label
from .codeblocks import code_blocks
from .excerpts import excerpt_removals
from .lazy import LazyPattern
from .model import Outcome, register_step, split_lines
from .notices import notice_removals
from .rules import ATTRIBUTION, DEFAULT_RULES, Rule
from .shapes import DEFAULT_NOTICES, DEFAULT_TEASERS, DEFAULT_THREADS, Notice, Teasers, Thread
from .teasers import teaser_removals
from .threads import Headings, thread_removals

__all__ = ["strip_chrome"]

#: How many times :func:`decide_chrome` reads a document at most, when a notice may stand in it.
MAX_READINGS = 4


_ATTRIBUTION = LazyPattern(ATTRIBUTION, re.IGNORECASE, regex=True)


#: The label of a paragraph that is one link (``rules``: ``bare-url``, ``labelled-url``).
_LINK = "bare-link"


def _reported_speech(text: str, words: int) -> bool:
    """An attributed sentence: article text that no rule may remove (see ``rules.ATTRIBUTION``)."""
    return words >= 8 and ends_sentence(text) and _ATTRIBUTION.search(text) is not None


#: The rule set read last and its engine: the same tuple (of frozen rules) is the same rule set, found without
#: hashing it for ``_compile``'s cache (a Python call a rule, ~36 a reading). A list is copied into a new tuple
#: at every call, so it is never this one and is looked up as before.
_last_engine: tuple[tuple[Rule, ...], _Engine] | None = None


def _engine(rules: Sequence[Rule]) -> _Engine:
    """The engine of ``rules`` (``chrome_engine._compile``), the last one again when ``rules`` is the same tuple.

    >>> _engine(list(DEFAULT_RULES)) is _compile(DEFAULT_RULES), _engine(DEFAULT_RULES) is _engine(DEFAULT_RULES)
    (True, True)
    """
    global _last_engine
    key = tuple(rules)
    last = _last_engine
    if last is not None and last[0] is key:
        return last[1]
    engine = _compile(key)
    _last_engine = (key, engine)
    return engine


def chrome_label(text: str, rules: Sequence[Rule] = DEFAULT_RULES) -> str | None:
    """The label of the first rule that ``text`` (one paragraph) matches, or ``None``.

    >>> chrome_label("(0) comments")
    'comment-counter'
    >>> chrome_label("He said he would log in to the system and read the comments.") is None
    True
    """
    stripped = text.strip()
    words = word_count(stripped)
    label = _label(stripped, words, _engine(rules))
    return None if label is None or _reported_speech(stripped, words) else label


def decide_chrome(
    lines: Sequence[str],
    /,
    *,
    rules: Sequence[Rule] = DEFAULT_RULES,
    notices: Sequence[Notice] = DEFAULT_NOTICES,
    threads: Sequence[Thread] = DEFAULT_THREADS,
    teasers: Sequence[Teasers] = DEFAULT_TEASERS,
) -> Outcome:
    """Remove every paragraph that a chrome rule matches, with that rule's label as the reason, every
    line that a notice covers (:mod:`cleantext.notices`), with the notice's label, and every line of a
    comment thread under the article (:mod:`cleantext.threads`), with the thread's label, and every line
    of a box of other stories' headlines after the article's prose (:mod:`cleantext.teasers`), with the
    box's label; with the boxes (``teasers=()`` keeps both), the summaries of other stories' cards, cut short
    alike (:mod:`cleantext.excerpts`), as ``story-card``.

    Code is decided as a whole (:mod:`cleantext.codeblocks`): a block that runs the page goes, every
    line of it, as ``script``; any other block stays, every line of it, whatever rules its lines match.

    A notice's lines removed inside a paragraph join the lines around them into other paragraphs, and
    paragraphs removed bring a notice's sentences together: when a notice may stand in the document,
    the step reads the lines it keeps again, until a reading removes nothing (at most
    :data:`MAX_READINGS`), so that what it returns is text it would leave as it is.
    """
    engine = _engine(rules)
    shapes = _Shapes(tuple(notices), tuple(threads), tuple(teasers))
    removals, again = _reading(lines, engine, shapes, remember=True)
    readings = 1
    while again and removals and readings < MAX_READINGS:
        kept = [index for index in range(len(lines)) if index not in removals]
        more, again = _reading([lines[index] for index in kept], engine, shapes, remember=False)
        readings += 1
        for index, reason in more.items():
            removals[kept[index]] = reason
        if not more:
            break
    return Outcome.removing(lines, removals, step="strip_chrome")


class _Shapes(NamedTuple):
    """What a reading finds across lines, besides the paragraph rules: notices, threads, boxes of headlines."""

    notices: tuple[Notice, ...]
    threads: tuple[Thread, ...]
    teasers: tuple[Teasers, ...]


def _reading(
    lines: Sequence[str],
    engine: _Engine,
    shapes: _Shapes,
    *,
    remember: bool,
) -> tuple[dict[int, tuple[str, int | None]], bool]:
    """One reading of ``lines``: what the rules, the notices, the threads, the boxes of headlines and code
    remove, and whether a notice may stand in them (``notices.notice_removals``)."""
    removals: dict[int, tuple[str, int | None]] = {}
    blocks = code_blocks(lines)
    code = {index for block in blocks for index in block.lines}
    seen: list[Paragraph] | None = [] if remember else None  # while none is removed: the next step may reuse them
    kept = _kept_labels(engine)
    citing = False  # in the list under a heading that names the article's sources (its entries: blocks.cites)
    for paragraph in each_paragraph(lines):
        for part in _outside(paragraph, code, lines) if code else (paragraph,):
            if kept is None:
                label = _paragraph_label(part, engine)
            else:
                labels, room = kept
                label = labels.get(part.text, False)
                if label is False:
                    label = _paragraph_label(part, engine)
                    if room is None:
                        labels[part.text] = label
                    elif len(part.text) <= room[0]:  # a large document: as long as the room lasts
                        labels[part.text] = label
                        room[0] -= len(part.text)
            if label is None:
                citing = names_sources(part) or (citing and cites(part))
            elif label == _LINK and citing:
                label = None  # a citation
            else:
                citing = False
            if label is not None:
                for index in part.lines:
                    removals[index] = (label, None)
        if seen is not None:
            if removals:
                seen = None
            else:
                seen.append(paragraph)
    possible = False
    if shapes.notices:
        removed = {index: label for index, (label, _) in removals.items()}
        found, possible = notice_removals(lines, shapes.notices, code, removed)
        for index, label in found.items():
            removals.setdefault(index, (label, None))
    known = _kept_headings()
    # after the notices: theirs is the label
    for index, label in thread_removals(lines, shapes.threads, code, known).items():
        removals.setdefault(index, (label, None))
    for index, label in teaser_removals(lines, shapes.teasers, code, known).items():
        removals.setdefault(index, (label, None))
    if shapes.teasers:  # the cards of other stories, told by their summaries cut short (off with the boxes)
        for index, label in excerpt_removals(lines, code).items():
            removals.setdefault(index, (label, None))
    for block in blocks:
        if block.machinery:
            for index in block.lines:
                if lines[index].strip():  # the blank lines inside it are left to tidy
                    removals[index] = ("script", None)
    if seen is not None and not removals:
        remember_paragraphs(lines, seen)
    return removals, possible


def _paragraph_label(part: Paragraph, engine: _Engine) -> str | None:
    """The label of the rule that removes ``part`` (its text stripped, its words counted), or ``None``."""
    label = _label(part.text, part.words, engine)
    return None if label is None or _reported_speech(part.text, part.words) else label


#: While a caller reads a document more than once (:func:`labels_kept`): per engine (by its id, with the
#: engine, which it keeps alive), the label of each paragraph text labelled so far; the room left, in characters of
#: paragraph text, for more (``None``: no bound); and, with no bound, the matches of the threads' and boxes' headings
#: read so far (:func:`cleantext.threads.heading_lines`).
_KEPT: ContextVar[tuple[dict[int, tuple[_Engine, dict[str, str | None]]], list[int] | None, Headings | None] | None] = (
    ContextVar("cleantext_chrome_labels", default=None)
)
#: In a large document, the most characters of paragraph text whose labels :func:`labels_kept` keeps (a megabyte of
#: text: the memory a document's reading holds stays flat, and a text repeated line after line is labelled once).
KEPT_ROOM = 1 << 20


@contextmanager
def labels_kept(room: int | None = None) -> Iterator[None]:
    """Within it, the chrome label of a paragraph text is found once and kept for the text's next
    reading (a label reads its paragraph alone: the same text, the same label), and so is whether a line's text is a
    thread's or a box's heading (:func:`cleantext.threads.heading_lines`); let go on leaving.
    With ``room``, labels are kept for at most that many characters of paragraph text in all (a large document's),
    and headings not.

    >>> with labels_kept():
    ...     strip_chrome("Log In\\nThe mayor spoke.") == strip_chrome("Log In\\nThe mayor spoke.")
    True
    >>> with labels_kept(room=10):
    ...     strip_chrome("Log In\\nThe mayor spoke.") == "The mayor spoke."
    True
    """
    token = _KEPT.set(({}, None, {}) if room is None else ({}, [room], None))
    try:
        yield
    finally:
        _KEPT.reset(token)


def _kept_labels(engine: _Engine) -> tuple[dict[str, str | None], list[int] | None] | None:
    """The labels kept for ``engine`` (:func:`labels_kept`) and the room left for more, or ``None`` outside it."""
    kept = _KEPT.get()
    if kept is None:
        return None
    by_engine, room, _ = kept
    pair = by_engine.get(id(engine))
    if pair is None or pair[0] is not engine:
        pair = by_engine[id(engine)] = (engine, {})
    return pair[1], room


def _kept_headings() -> Headings | None:
    """The headings' matches kept (:func:`labels_kept`), or ``None`` outside it or where labels are kept in a room."""
    kept = _KEPT.get()
    return None if kept is None else kept[2]


def _outside(paragraph: Paragraph, code: set[int], lines: Sequence[str]) -> list[Paragraph]:
    """The parts of ``paragraph`` outside code blocks: a line that goes on into code (or out of it) is
    judged without it, as it will be once a page's script is gone."""
    inside = [index in code for index in paragraph.lines]
    if not any(inside):
        return [paragraph]
    parts = []
    run: list[int] = []
    for index, is_code in zip(paragraph.lines, inside, strict=True):
        if not is_code:
            run.append(index)
        if run and (is_code or index == paragraph.last):
            text = " ".join(lines[k].strip() for k in run)
            parts.append(Paragraph(run[0], run[-1], text, word_count(text)))
            run = []
    return parts


@register_step(decide_chrome)
def strip_chrome(
    text: str,
    *,
    rules: Sequence[Rule] = DEFAULT_RULES,
    notices: Sequence[Notice] = DEFAULT_NOTICES,
    threads: Sequence[Thread] = DEFAULT_THREADS,
    teasers: Sequence[Teasers] = DEFAULT_TEASERS,
) -> str:
    """Remove site furniture that the chrome rules recognise; keep everything else.

    >>> print(strip_chrome("The mayor will log in to the new system.\\n(0) comments\\nLog In\\nAdvertisement"))
    The mayor will log in to the new system.
    """
    return decide_chrome(
        split_lines(text), rules=tuple(rules), notices=tuple(notices), threads=tuple(threads), teasers=tuple(teasers)
    ).text
