"""Extraction strategies for a page, and the recovery when the first one returns a sliver of it.

A page is first extracted by trafilatura's fast mode (comments out) and read into
:class:`~cleantext.html_blocks.Block` records, on which :func:`~cleantext.html_blocks.decide_blocks`
decides. When the prose left is a small share of the page's (:func:`looks_short`: a teaser box, or a
sliver of the page), trafilatura's full mode (its comparison with readability and jusText) is tried
too, and wins when it adds enough prose that fast mode did not find (:func:`added_prose`). The
criterion and its thresholds were chosen on the training pages, leave-one-source-out
(``bench/fit_html_recovery.py``, figures in ``docs/html.md``).

trafilatura and lxml are imported only when a page is extracted.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from .blocks import ends_sentence
from .errors import HTMLError
from .html_blocks import Block, decide_blocks, key_of, page_titles, read_blocks, words_of
from .lazy import LazyPattern

__all__ = [
    "Candidate",
    "Extraction",
    "PageSource",
    "added_prose",
    "extract",
    "looks_short",
    "page_prose",
    "prose_words",
    "run",
]


#: trafilatura's settings for every extraction (see docs/html.md for the figures).
_SETTINGS: dict[str, Any] = {
    "fast": True,  # no readability/justext comparison: as good on most pages, and a third faster
    "include_comments": False,
    "include_tables": True,
    "include_links": True,  # kept in the tree only to measure link density, never in the text
    "include_images": False,
    "deduplicate": False,
}
_MODES: dict[str, dict[str, Any]] = {
    "fast": _SETTINGS,
    "recall": {**_SETTINGS, "favor_recall": True},
    "full": {**_SETTINGS, "fast": False},
}


def _quiet_trafilatura() -> None:
    """trafilatura logs ordinary outcomes ("empty HTML tree") as errors: keep them off standard error."""
    import logging

    logger = logging.getLogger("trafilatura")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _prepare(page: str) -> str:
    """The page as lxml and trafilatura take it best."""
    stripped = page.lstrip()
    if stripped.startswith("<?xml"):  # lxml refuses text that declares an encoding: it is decoded already
        end = stripped.find("?>")
        page = stripped[end + 2 :] if end >= 0 else stripped
    # trafilatura refuses a document whose start does not mention "html" and that parses to one block.
    return page if "html" in page[:50].lower() else f"<html><body>{page}</body></html>"


class PageSource:
    """A page being extracted: its markup, address and titles, and what strategies share about it."""

    def __init__(self, page: str, url: str | None = None) -> None:
        self.original = page
        self.markup = _prepare(page)
        self.url = url
        self.titles = page_titles(page)

    @cached_property
    def anchors(self) -> frozenset[str]:
        """The words of every link of the page, one entry per link, for telling link lines in link-less output."""
        import lxml.html
        from lxml import etree

        try:
            tree = lxml.html.fromstring(self.markup)
        except (etree.LxmlError, ValueError):
            return frozenset()
        return frozenset(filter(None, (" ".join(words_of(anchor.text_content())) for anchor in tree.iter("a"))))


class Candidate(NamedTuple):
    """What one strategy extracted: its blocks, and why each goes (``None``: it stays)."""

    strategy: str
    blocks: list[Block]
    reasons: list[str | None]

    @property
    def kept(self) -> list[Block]:
        return [block for block, reason in zip(self.blocks, self.reasons, strict=True) if reason is None]


class Extraction(NamedTuple):
    """The candidate kept for a page, and every strategy tried, in order, with what it measured.

    ``tried`` holds ``("fast", words of prose it kept)`` and, when fast mode was checked,
    ``("full", words of prose it added)`` (see :func:`added_prose`).
    """

    chosen: Candidate
    tried: tuple[tuple[str, int], ...]


def _trafilatura(source: PageSource, strategy: str, fast_keys: Collection[str] | None) -> Candidate:
    import trafilatura
    from lxml import etree

    _quiet_trafilatura()
    try:
        document = trafilatura.bare_extraction(source.markup, url=source.url, **_MODES[strategy])
        if document is None or document.body is None:
            return Candidate(strategy, [], [])
        blocks = read_blocks(
            document.body,
            page=source.markup,
            url=source.url,
            anchors=lambda: source.anchors,
            fast_keys=fast_keys,
        )
    except RecursionError:
        raise HTMLError("the page is nested too deeply to extract") from None
    except (etree.LxmlError, ValueError, TypeError, AttributeError, LookupError) as problem:
        raise HTMLError(f"the page could not be parsed: {problem}") from None
    return Candidate(strategy, blocks, decide_blocks(blocks, source.titles))


def run(source: PageSource, strategy: str, fast_keys: Collection[str] | None = None) -> Candidate:
    """Extract the page with one of trafilatura's modes (``fast``, ``full``, ``recall``) and decide its blocks.

    ``fast_keys`` are the :func:`~cleantext.html_blocks.key_of` texts of fast mode's blocks, when
    another mode's blocks are to say whether fast mode extracted them too.

    >>> day = "<p>Day {}: the quay reopened after three weeks of repairs, officials said.</p>".format
    >>> teaser = "<p><a href='/x'>Storm wall plans approved by the council</a></p>"
    >>> page = "<html><body><article>" + day(1) + day(2) + teaser + day(3) + day(4) + "</article></body></html>"
    >>> candidate = run(PageSource(page), "fast")
    >>> [(block.kind, reason) for block, reason in zip(candidate.blocks, candidate.reasons)]
    [('p', None), ('p', None), ('p', 'link-block'), ('p', None), ('p', None)]
    """
    return _trafilatura(source, strategy, fast_keys)


# --- telling a sliver ---------------------------------------------------------------------------------

_HIDDEN = LazyPattern(r"<(script|style|textarea|!--)", re.IGNORECASE)
_HIDDEN_END = {
    name: LazyPattern(re.escape(end), re.IGNORECASE)
    for name, end in (("script", "</script"), ("style", "</style"), ("textarea", "</textarea"), ("!--", "-->"))
}
#: A run of text between two tags; one that no tag closes runs to the end (and is not counted), so that
#: the '>' inside it do not each start the search again (quadratic on a page of "a > b" without a tag).
_TEXT_RUN = LazyPattern(r">([^<]{30,}+)(?:<|\Z)")
#: A run of text between two tags counts as prose from this many words on.
RUN_WORDS = 8


def page_prose(markup: str) -> int:
    """Words of the page's running text: text between two tags of at least 8 words, scripts and styles aside.

    A measure of how much article a page could hold, made on the markup (no parsing), to tell an
    extraction that kept a sliver of it.

    >>> page_prose("<body><p>The port reopened on Friday after the storm, officials said.</p><p>Home</p>"
    ...            "<script>var words = 'not prose, though it has more than eight words in it';</script></body>")
    10
    """
    position = max(markup.find("<body"), 0)
    words = 0
    while True:
        hidden = _HIDDEN.search(markup, position)
        stop = len(markup) if hidden is None else hidden.start() + 1
        for run in _TEXT_RUN.finditer(markup, position, stop):
            if run.group(0)[-1] != "<":  # no tag closes it
                continue
            count = len(run.group(1).split())
            if count >= RUN_WORDS:
                words += count
        if hidden is None:
            return words
        end = _HIDDEN_END[hidden.group(1).lower()].search(markup, hidden.end())
        if end is None:
            return words
        position = end.start()


#: A block of at least this many words counts as prose even without a sentence stop.
PROSE_WORDS = 12


def _is_prose(block: Block) -> bool:
    return block.words >= PROSE_WORDS or (block.words > 0 and ends_sentence(block.text))


def prose_words(blocks: Sequence[Block]) -> int:
    """Words in blocks that read as running text: a sentence stop at the end, or many words.

    >>> prose_words([Block("He left.", words=2), Block("Home", words=1)])
    2
    """
    return sum(block.words for block in blocks if _is_prose(block))


def added_prose(candidate: Candidate) -> int:
    """Words of prose a candidate keeps that fast mode did not extract, each distinct block counted once.

    Counting a repeated block once matters: full mode's fallbacks sometimes return the article two or
    three times over.

    >>> new = Block("The quay reopened on Friday.", words=5, in_fast=False)
    >>> added_prose(Candidate("full", [new, new, Block("Storm wall repaired.", words=3)], [None, None, None]))
    5
    """
    seen: set[str] = set()
    words = 0
    for block in candidate.kept:
        key = key_of(block.text)
        if not block.in_fast and key not in seen and _is_prose(block):
            seen.add(key)
            words += block.words
    return words


#: Fast mode is checked when it kept less than this share of the page's prose (see page_prose) ...
CHECK_SHARE = 0.4
#: ... and full mode replaces it when the prose full mode adds is this many times fast mode's prose,
GAIN = 1.5
#: fast mode's prose counted as at least this many words.
FLOOR = 25


def looks_short(prose: int, markup: str) -> bool:
    """Whether fast mode's kept prose looks like a teaser box or a sliver of the page: under 40 % of its prose.

    >>> page = "<body><p>" + "The quay reopened on Friday after three weeks of repairs. " * 10 + "</p></body>"
    >>> looks_short(30, page), looks_short(80, page)
    (True, False)
    """
    return prose < CHECK_SHARE * page_prose(markup)


def extract(page: str, url: str | None = None) -> Extraction:
    """Extract ``page`` with fast mode, and with full mode too when fast mode's looks like a sliver.

    Full mode wins when the prose it adds (:func:`added_prose`) is at least 1.5 times fast mode's
    (counted as at least 25 words). The thresholds were chosen on the training pages
    (``bench/fit_html_recovery.py``, leave-one-source-out; see docs/html.md).

    >>> story = "".join(f"<p>Day {n}: the quay reopened after three weeks of repairs, officials said.</p>" for n in range(6))
    >>> extraction = extract(f"<html><body><article>{story}</article></body></html>")
    >>> extraction.chosen.strategy, extraction.tried
    ('fast', (('fast', 72),))
    """
    source = PageSource(page, url)
    first = run(source, "fast")
    prose = prose_words(first.kept)
    if not looks_short(prose, source.markup):
        return Extraction(first, (("fast", prose),))
    second = run(source, "full", frozenset(key_of(block.text) for block in first.blocks))
    added = added_prose(second)
    chosen = second if added >= GAIN * max(prose, FLOOR) else first
    return Extraction(chosen, (("fast", prose), ("full", added)))
