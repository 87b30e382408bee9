"""The blocks of trafilatura's extraction, each with the markup features a keep/remove decision reads.

trafilatura returns the article as a tree of its own: paragraphs (``p``), headings (``head`` with
``rend="h2"``...), lists (``list`` of ``item``), tables (``table`` of ``row`` of ``cell``), quotes,
code and links (``ref``). :func:`read_blocks` turns it into :class:`Block` records -- one per
paragraph, heading, list item or table row -- that carry the block's text and what its markup says:
kind, heading level, link share, list or table membership, where it stands in the extraction and in
the page. :func:`decide_blocks` makes today's fixed decisions on them (the repeated headline,
link-only blocks); a learned decision can read the same records as features.

The tree's tags and ``trafilatura.xml.xmltotxt`` (which renders a block as text) are trafilatura's
internals: the versions read are pinned in ``pyproject.toml`` and ``tests/test_html_contract.py``
fails when they change.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .blocks import word_count
from .lazy import LazyPattern
from .model import split_lines

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["Block", "decide_blocks", "page_titles", "read_blocks", "words_of"]

#: A block whose link text is at least this share of its text is a link block.
LINK_SHARE = 0.9
#: A block counts as the headline when this share of its words is in the page's title.
TITLE_SHARE = 0.7
#: Where the headline may be: among the first blocks of the body.
HEADLINE_BLOCKS = 2

_WORD = LazyPattern(r"\w+")
_TITLE_TAG = LazyPattern(r"<title\b[^>]{0,200}>([^<]{1,2000})</title", re.IGNORECASE)
_META_TAG = LazyPattern(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_META_TITLE = LazyPattern(r"""(?:property|name)\s*=\s*["']?(?:og|twitter):title\b""", re.IGNORECASE)
_META_CONTENT = LazyPattern(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HEAD_SPAN = 300_000  # characters searched for the title and metadata
_KINDS = {"p": "p", "head": "head", "item": "item", "row": "row", "quote": "quote", "code": "code"}
_MARKERS = "-*•|#>+ \t"  # what xmltotxt may put before a block's first word


class Block(NamedTuple):
    """One block of an extraction and the features of its markup.

    >>> Block("The port reopened on Friday.", words=5)._replace(kind="head", level=2).level
    2
    """

    text: str  #: the block as trafilatura renders it (a table row or a code block may span lines)
    kind: str = "p"  #: p, head, item (of a list), row (of a table), quote, code; line: a line of a link-less extraction
    level: int = 0  #: heading level 1-6; 0 for any other block
    words: int = 0  #: words of ``text`` (CJK counted by characters, see cleantext.blocks.word_count)
    link_share: float = 0.0  #: share of the block's characters that are link text
    links: int = 0  #: links in the block
    local_links: int = 0  #: of those, links to a place in the same page (``#section``)
    group: str = ""  #: "list" or "table" when the block is an item or a row of one, else ""
    group_index: int = 0  #: the block's place in its list or table (0 when ``group`` is "")
    group_size: int = 1  #: items of its list or rows of its table (1 when ``group`` is "")
    cells: int = 0  #: cells of a table row that hold text (0 for other blocks)
    element: int = 0  #: the place of the element it comes from (paragraph, list item, row...) in the extraction
    index: int = 0  #: the block's place among the extraction's blocks
    position: float = 0.0  #: ``index`` scaled to 0 (first block) .. 1 (last)
    page_position: float = -1.0  #: where the block's text starts in the page, as a share of its length; -1: not found
    in_fast: bool = True  #: whether trafilatura's fast mode extracted the same text (always, for fast mode's own)
    marked_links: bool = True  #: link figures read from the extraction's link markup, not matched to the page's links
    attributes: str = ""  #: the ``class`` and ``id`` the page gave the element, when trafilatura kept them


def words_of(text: str) -> list[str]:
    """The case-folded words of ``text``.

    >>> words_of("Port Reopens -- after the Storm")
    ['port', 'reopens', 'after', 'the', 'storm']
    """
    return _WORD.findall(text.casefold())


def key_of(text: str) -> str:
    """``text`` with its white space collapsed: what two extractions of the same block share."""
    return " ".join(text.split())


def page_titles(page: str) -> list[set[str]]:
    """The words of the page's ``<title>`` and ``og:title``/``twitter:title``, read from its head.

    >>> [sorted(title) for title in page_titles('<title>Port reopens | News</title><meta property="og:title" content="Port reopens">')]
    [['news', 'port', 'reopens'], ['port', 'reopens']]
    """
    head = page[:_HEAD_SPAN]
    found: list[str] = []
    match = _TITLE_TAG.search(head)
    if match:
        found.append(match.group(1))
    for tag in _META_TAG.finditer(head):
        if _META_TITLE.search(tag.group(0)):
            content = _META_CONTENT.search(tag.group(0))
            if content:
                found.append(content.group(1) or content.group(2) or "")
    titles = [set(words_of(html_entities.unescape(title))) for title in found]
    return [title for title in titles if title]


def is_title(text: str, titles: Sequence[set[str]]) -> bool:
    """Whether ``text`` is mostly the words of one of the page's titles (and not much longer).

    >>> is_title("Port reopens", [{"port", "reopens", "news"}]), is_title("Port reopens today at last", [{"port"}])
    (True, False)
    """
    words = words_of(text)
    if not words or not titles:
        return False
    return any(
        len(words) <= 2 * len(title) and sum(word in title for word in words) >= TITLE_SHARE * len(words)
        for title in titles
    )


# --- reading the tree -------------------------------------------------------------------------------


def _text_of(element: _Element) -> str:
    return "".join(element.itertext())


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _is_local(target: str, url: str | None) -> bool:
    """Whether a link leads to a place in the same page: ``#part``, or the page's (or site's) address with one.

    trafilatura resolves ``#part`` against the site's root when it knows the page's address.
    """
    address, hash_mark, _ = target.partition("#")
    if not hash_mark:
        return False
    if not address:
        return True
    if url is None:
        return False
    page = url.partition("#")[0]
    root = "/".join(page.split("/")[:3])
    return address.rstrip("/") in (page.rstrip("/"), root)


class _Unit(NamedTuple):
    element: _Element
    group: str
    group_index: int
    group_size: int


def _units(body: _Element) -> list[_Unit]:
    """The body's children, with lists split into items and tables into rows."""
    found: list[_Unit] = []
    for child in body:
        group = child.tag if child.tag in ("list", "table") else ""
        parts = child.findall("item" if group == "list" else "row") if group else []
        if parts:
            found.extend(_Unit(part, group, index, len(parts)) for index, part in enumerate(parts))
        else:
            found.append(_Unit(child, "", 0, 1))
    return found


def _probes(text: str) -> list[str]:
    """What to look for in the markup to find a block: its first words, else its first word alone.

    >>> _probes("| deck | 12 |"), _probes("- Crews closed the lane"), _probes("AT&T said")
    (['deck 12', 'deck'], ['Crews closed the', 'Crews'], [])
    """
    words = []
    for word in text.split(None, 8):
        if word.strip(_MARKERS):
            if "&" in word or "<" in word or '"' in word or "'" in word:
                break  # escaped in the markup
            words.append(word)
            if len(words) == 3:
                break
    return [" ".join(words), words[0]] if len(words) > 1 else words


def _page_positions(texts: Sequence[str], page: str) -> list[float]:
    """Where each text starts in the page's markup (a share of its length), looking forward from the last one found."""
    size = max(len(page), 1)
    cursor = max(page.find("<body"), 0)
    found = []
    for text in texts:
        at = -1
        for probe in _probes(text):
            at = page.find(probe, cursor)
            if at < 0:
                at = page.find(probe, 0, cursor)  # an extraction need not follow the page's order
            if at >= 0:
                break
        if at > cursor:
            cursor = at
        found.append(at / size if at >= 0 else -1.0)
    return found


def read_blocks(
    body: _Element,
    *,
    page: str,
    url: str | None = None,
    anchors: Callable[[], Collection[str]],
    fast_keys: Collection[str] | None = None,
) -> list[Block]:
    """Read trafilatura's output tree into blocks (the tree loses its link markup).

    ``anchors`` gives the texts of the page's links (as :func:`key_of` of their words), asked for only
    when the extraction holds no link markup at all (trafilatura's fallbacks drop it): then each
    line is a block, and a line that is the whole text of one of the page's links has link share 1.
    ``fast_keys`` are the :func:`key_of` texts of fast mode's blocks, when this is another mode's
    extraction.

    >>> from lxml import etree
    >>> body = etree.fromstring('<body><head rend="h2">Plan</head><list><item><ref target="/a">Roads</ref></item></list></body>')
    >>> [(b.text, b.kind, b.level, b.group, b.link_share) for b in read_blocks(body, page="", anchors=frozenset)]
    [('Plan', 'head', 2, '', 0.0), ('- Roads', 'item', 0, 'list', 1.0)]
    """
    from lxml import etree
    from trafilatura.xml import xmltotxt

    units = _units(body)
    marked = next(body.iter("ref"), None) is not None
    figures = []
    for unit in units:
        sizes = [(ref, _visible(_text_of(ref))) for ref in unit.element.iter("ref")]
        refs = [ref for ref, size in sizes if size]
        if not refs:
            figures.append((0.0, 0, 0))
            continue
        total = _visible(_text_of(unit.element))
        linked = sum(size for _, size in sizes)
        local = sum(_is_local(ref.get("target") or "", url) for ref in refs)
        figures.append((min(linked / total, 1.0) if total else 0.0, len(refs), local))
    etree.strip_tags(body, "ref")  # link targets must not reach the text
    rows: list[tuple] = []
    link_texts = None if marked else anchors()
    for number, (unit, (share, links, local)) in enumerate(zip(units, figures, strict=True)):
        element = unit.element
        text = xmltotxt(element, False).strip("\n")
        if not text.strip():
            continue
        kind = _KINDS.get(element.tag, element.tag)
        rend = element.get("rend") or ""
        level = int(rend[1]) if kind == "head" and len(rend) == 2 and rend[0] == "h" and rend[1] in "123456" else 0
        attributes = " ".join(filter(None, (element.get("class"), element.get("id"))))
        cells = sum(bool(_visible(_text_of(cell))) for cell in element.iter("cell")) if kind == "row" else 0
        common = (unit.group, unit.group_index, unit.group_size, cells, number)
        if marked:
            rows.append((text, kind, level, share, links, local, common, attributes))
            continue
        lines = split_lines(text)
        starts = [number for number, line in enumerate(lines) if line.strip()]
        for count, start in enumerate(starts):  # judged line by line against the page's links
            # blank lines stay with the line after them (the first) or before them: they part paragraphs
            first, end = (0 if count == 0 else start), (starts[count + 1] if count + 1 < len(starts) else len(lines))
            linked = link_texts is not None and " ".join(words_of(lines[start])) in link_texts
            rows.append(("\n".join(lines[first:end]), "line", level, float(linked), int(linked), 0, common, attributes))
    positions = _page_positions([row[0] for row in rows], page)
    last = max(len(rows) - 1, 1)
    return [
        Block(
            text,
            kind,
            level,
            word_count(text),
            share,
            links,
            local,
            *common,
            index,
            index / last,
            position,
            fast_keys is None or key_of(text) in fast_keys,
            marked,
            attributes,
        )
        for index, ((text, kind, level, share, links, local, common, attributes), position) in enumerate(
            zip(rows, positions, strict=True)
        )
    ]


# --- today's fixed decisions ------------------------------------------------------------------------


def _is_link_block(block: Block) -> bool:
    """A block (almost) all link text -- never a heading: on the training pages, 145 of the 177 headings
    this cut-off removed were article text (section titles that link to themselves or to their subject)."""
    return block.link_share >= LINK_SHARE and block.kind != "head"


def decide_blocks(blocks: Sequence[Block], titles: Sequence[set[str]]) -> list[str | None]:
    """Why each block goes (``headline``, ``link-block``), or ``None`` when it stays.

    ``headline``: among the first two elements of the extraction, an ``<h1>`` or one whose text is
    mostly the page's title, but not a table row of several cells (in an extraction without link
    markup, also one of its first two lines);
    ``link-block``: a block whose link text is at least 90 % of its text, unless it is a heading.

    >>> blocks = [Block("Port reopens", kind="head", level=1), Block("Related", "head", 2, link_share=1.0, element=1, index=1),
    ...           Block("- Other story", kind="item", element=2, index=2, link_share=1.0)]
    >>> decide_blocks(blocks, [{"port", "reopens"}])
    ['headline', None, 'link-block']
    """
    reasons: list[str | None] = [None] * len(blocks)
    headline_open = True
    for element in range(HEADLINE_BLOCKS):
        members = [index for index, block in enumerate(blocks) if block.element == element]
        if (
            members
            and blocks[members[0]].cells < 2
            and (blocks[members[0]].level == 1 or is_title(" ".join(blocks[index].text for index in members), titles))
        ):
            for index in members:
                reasons[index] = "headline"
            headline_open = False
            break
    for index, block in enumerate(blocks):
        if reasons[index] is not None:
            continue
        if headline_open and not block.marked_links and block.index < HEADLINE_BLOCKS and is_title(block.text, titles):
            reasons[index], headline_open = "headline", False
        elif _is_link_block(block):
            reasons[index] = "link-block"
    return reasons
