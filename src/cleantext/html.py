"""Article bodies from HTML pages: trafilatura extracts the main content, cleantext cleans it after.

The page is extracted once, by trafilatura in its fast mode with comments left out (the settings
measured best on the development pages, see ``docs/html.md``). Its output tree is then read block by
block -- paragraph, heading, list item, table row -- and two kinds of block that an article body
does not hold are removed, each with its reason:

* ``headline``: the page's own title repeated at the top of the body (an ``<h1>``, or a block whose
  words are mostly those of the ``<title>`` or ``og:title``);
* ``link-block``: a block whose text is (almost) all link text -- teasers for other stories, "read
  more" rows, lists of related links. When the extraction holds no link at all (it came from
  trafilatura's fallbacks, which drop link markup), a line that is the whole text of one of the
  page's links is one.

What is left goes through the text steps of :data:`HTML_TEXT_PIPELINE` (repair, chrome, tidy). When trafilatura finds nothing, its recall mode gets a second try; when
that finds nothing either, the result is empty and :func:`explain_html` says ``no-article``.

trafilatura and lxml are imported here only, and only when a page is extracted.
"""

from __future__ import annotations

import codecs
import html as html_entities
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .chrome import strip_chrome
from .decode import decode, refuse_binary
from .errors import HTMLError
from .layout import tidy
from .lazy import LazyPattern
from .model import Edit, Outcome, split_lines
from .pipeline import Pipeline, Report, Step, explain_with, pipeline
from .repair import repair

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["HTML_TEXT_PIPELINE", "MAX_HTML_CHARS", "decode_html", "explain_html", "from_html", "is_markup"]

#: The text steps run on what trafilatura extracted. ``strip_boilerplate`` (tuned for whole pages as
#: text) and ``drop_duplicates`` are left out: after extraction, the lines a page repeats are recipes,
#: spec lists and table rows of the article, and both steps only cost recall (see docs/html.md).
HTML_TEXT_PIPELINE: Pipeline = pipeline(repair, strip_chrome, tidy)

#: Pages longer than this (in characters) are refused with :class:`HTMLError`: a larger page is not
#: an article, and extracting it would take seconds.
MAX_HTML_CHARS = 20_000_000

#: trafilatura's settings for the one extraction of every page (see docs/html.md for the figures).
_SETTINGS: dict[str, Any] = {
    "fast": True,  # no readability/justext comparison: as good here, and a quarter faster
    "include_comments": False,
    "include_tables": True,
    "include_links": True,  # kept in the tree only to measure link density, never in the text
    "include_images": False,
    "deduplicate": False,
}
#: A block whose link text is at least this share of its text is a link block.
_LINK_SHARE = 0.9
#: A block counts as the headline when this share of its words is in the page's title.
_TITLE_SHARE = 0.7
#: Where the headline may be: among the first blocks of the body.
_HEADLINE_BLOCKS = 2

_STEP = "from_html"
_WORD = LazyPattern(r"\w+")
_TITLE_TAG = LazyPattern(r"<title\b[^>]{0,200}>([^<]{1,2000})</title", re.IGNORECASE)
_META_TAG = LazyPattern(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_META_TITLE = LazyPattern(r"""(?:property|name)\s*=\s*["']?(?:og|twitter):title\b""", re.IGNORECASE)
_META_CONTENT = LazyPattern(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HEAD_SPAN = 300_000  # characters searched for the title and metadata

# --- telling markup from text ---------------------------------------------------------------------

_MARKUP_START = LazyPattern(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style|div|article|main|section|header|"
    r"nav|p|span|table|h[1-6]|ul|ol|form|iframe|noscript)\b",
    re.IGNORECASE,
)
_TAG = LazyPattern(r"</?[a-zA-Z][^<>]{0,500}>")


def _peek(data: str | bytes, size: int = 8192) -> str:
    if isinstance(data, str):
        return data[:size].lstrip("\ufeff")
    head = data[: size * 2]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def is_markup(text: str | bytes) -> bool:
    """Whether ``text`` is an HTML document (or fragment) rather than plain text.

    It must start, after white space, an XML declaration or comments, with a doctype or a common
    HTML element, and hold at least two tags in its first few kilobytes.

    >>> is_markup("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> is_markup(b"\\n<div class='story'><p>The mayor said</p></div>")
    True
    >>> is_markup("The <p> element holds a paragraph.")
    False
    >>> is_markup("<p> alone")
    False
    """
    head = _peek(text)
    return bool(_MARKUP_START.match(head, _skip_prologue(head))) and len(_TAG.findall(head, 0, 4096)) >= 2


def _skip_prologue(head: str) -> int:
    """Where the first element may start: after white space, an XML declaration and comments."""
    position = len(head) - len(head.lstrip())
    if head.startswith("<?xml", position):
        end = head.find("?>", position)
        position = len(head) if end < 0 else end + 2
    while True:
        position += len(head[position:]) - len(head[position:].lstrip())
        if not head.startswith("<!--", position):
            return position
        end = head.find("-->", position + 4)
        if end < 0:
            return len(head)
        position = end + 3


# --- bytes to text ----------------------------------------------------------------------------------

_META_CHARSET = LazyPattern(rb"""<meta\b[^>]{0,500}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = LazyPattern(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""")
#: Labels that browsers read as another encoding (the WHATWG Encoding Standard).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def _declared_charset(data: bytes) -> str | None:
    """The codec named by the page's ``<meta charset>`` / http-equiv or XML declaration, if Python knows it."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
    except LookupError:
        return None
    # A page that is read as ASCII bytes cannot be UTF-16/32, whatever it says (WHATWG: read as UTF-8).
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def _non_latin(text: str) -> bool:
    """Whether most letters beyond ASCII in ``text`` are of another script than Latin."""
    letters = [char for char in text if ord(char) > 127 and char.isalpha()]
    latin = sum(unicodedata.name(char, "").startswith("LATIN") for char in letters)
    return bool(letters) and latin < len(letters) / 2


def _detected(data: bytes) -> str | None:
    """The text of undeclared legacy bytes when a detector finds another script than Latin in them.

    Detectors tell scripts apart well, but Western code pages from each other badly (they take
    French in Windows-1252 for Baltic), so Latin text is left to the Windows-1252 fallback.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if _non_latin(text) else None


def decode_html(data: bytes) -> str:
    """Decode the bytes of a page: a byte-order mark, else the declared charset, else UTF-8, else detection.

    Detection only decides between scripts (Cyrillic, Greek, Arabic...); Latin text that is not
    UTF-8 and declares nothing is read as Windows-1252, as browsers do.

    Binary data is refused with :class:`~cleantext.errors.BinaryInputError`, as by :func:`cleantext.decode`.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))
    '<meta charset="windows-1251"><p>Привет</p>'
    >>> decode_html('<meta charset="iso-8859-1"><p>déjà “vu”</p>'.encode("cp1252"))
    '<meta charset="iso-8859-1"><p>déjà “vu”</p>'
    """
    if not data:
        return ""
    if b"\x00" in data or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)  # byte-order marks, UTF-16 without one, refusal of binary data
    refuse_binary(data)
    declared = _declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: decide from the bytes themselves
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detected(data)
    return decode(data) if detected is None else detected  # decode: Windows-1252 for Western text


# --- extraction -------------------------------------------------------------------------------------


#: One line of trafilatura's extraction, and why it goes (``None`` when it stays).
_Line = tuple[str, "str | None"]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _page_titles(page: str) -> list[set[str]]:
    """The words of the page's ``<title>`` and ``og:title``/``twitter:title``, read from its head."""
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
    titles = [set(_words(html_entities.unescape(title))) for title in found]
    return [title for title in titles if title]


def _text_of(element: _Element) -> str:
    return "".join(element.itertext())


def _link_share(element: _Element) -> float:
    """How much of the block's text (in characters, white space aside) is link text."""
    total = len("".join(_text_of(element).split()))
    if not total:
        return 0.0
    linked = sum(len("".join(_text_of(ref).split())) for ref in element.iter("ref"))
    return min(linked / total, 1.0)


def _is_headline(element: _Element, titles: Sequence[set[str]]) -> bool:
    if element.tag == "head" and element.get("rend") == "h1":
        return True
    return _is_title(_text_of(element), titles)


def _is_title(text: str, titles: Sequence[set[str]]) -> bool:
    """Whether ``text`` is mostly the words of one of the page's titles (and not much longer)."""
    words = _words(text)
    if not words or not titles:
        return False
    return any(
        len(words) <= 2 * len(title) and sum(word in title for word in words) >= _TITLE_SHARE * len(words)
        for title in titles
    )


def _units(body: _Element) -> list[_Element]:
    """The blocks decisions are made on: the body's children, with lists split into items and tables into rows."""
    found: list[_Element] = []
    for child in body:
        parts = child.findall("item") if child.tag == "list" else child.findall("row") if child.tag == "table" else []
        found.extend(parts or [child])
    return found


def _anchor_texts(page: str) -> set[str]:
    """The words of every link of the page, one entry per link, for telling link lines in link-less output."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(page)
    except (etree.LxmlError, ValueError):
        return set()
    found = set()
    for anchor in tree.iter("a"):
        words = " ".join(_words(anchor.text_content()))
        if words:
            found.add(words)
    return found


def _lines(body: _Element, page: str, titles: Sequence[set[str]]) -> list[_Line]:
    """Render trafilatura's output block by block, deciding which blocks (or lines) go, and why."""
    from lxml import etree
    from trafilatura.xml import xmltotxt

    units = _units(body)
    has_links = next(body.iter("ref"), None) is not None
    reasons: list[str | None] = []
    headline_open = True
    for position, unit in enumerate(units):
        reason = None
        if headline_open and position < _HEADLINE_BLOCKS and _is_headline(unit, titles):
            reason, headline_open = "headline", False
        elif has_links and _link_share(unit) >= _LINK_SHARE:
            reason = "link-block"
        reasons.append(reason)
    etree.strip_tags(body, "ref")  # link targets must not reach the text
    # An extraction without a single link came from trafilatura's fallbacks, which drop the link
    # markup: then a line that is the whole text of one of the page's links is a link line.
    anchors = None if has_links else _anchor_texts(page)
    lines: list[_Line] = []
    for unit, reason in zip(units, reasons, strict=True):
        text = xmltotxt(unit, False).strip("\n")
        if not text.strip():
            continue
        for line in split_lines(text):
            why = reason
            if why is None and anchors is not None and line.strip():  # judged line by line
                if headline_open and len(lines) < _HEADLINE_BLOCKS and _is_title(line, titles):
                    why, headline_open = "headline", False
                elif " ".join(_words(line)) in anchors:
                    why = "link-block"
            lines.append((line, why))
    return lines


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


def _extract(page: str, url: str | None) -> list[_Line]:
    """trafilatura's lines of the page, each with the reason it goes, if it does; none when no article."""
    import trafilatura
    from lxml import etree

    _quiet_trafilatura()
    titles = _page_titles(page)
    page = _prepare(page)
    for settings in (_SETTINGS, {**_SETTINGS, "favor_recall": True}):  # a second opinion when nothing came out
        try:
            document = trafilatura.bare_extraction(page, url=url, **settings)
            lines = [] if document is None or document.body is None else _lines(document.body, page, titles)
        except RecursionError:
            raise HTMLError("the page is nested too deeply to extract") from None
        except (etree.LxmlError, ValueError, TypeError, AttributeError, LookupError) as problem:
            raise HTMLError(f"the page could not be parsed: {problem}") from None
        if lines:
            return lines
    return []


# --- the public face --------------------------------------------------------------------------------


def _as_text(html: str | bytes) -> str:
    if isinstance(html, bytes | bytearray):
        return decode_html(bytes(html))
    if isinstance(html, str):
        return html
    raise HTMLError(f"from_html takes str or bytes, not {type(html).__name__}")


def _nothing(reason: str, before: str) -> Report:
    return Report("", (Edit(0, "remove", reason, before, step=_STEP),), ())


def _no_article_left(edits: Sequence[Edit]) -> Report:
    """Everything extracted was furniture: say so after the edits that removed it."""
    return Report(
        "", (*edits, Edit(0, "remove", "no-article", "(nothing of the extracted text is article)", step=_STEP)), ()
    )


def explain_html(html: str | bytes, *, url: str | None = None, steps: Pipeline | Step = HTML_TEXT_PIPELINE) -> Report:
    """Extract the article of a page and report every decision, by line of trafilatura's extraction.

    The lines counted are those of the text trafilatura extracted (before any block was removed):
    ``headline`` and ``link-block`` removals come from the page's structure (step
    ``from_html``), the rest from ``steps``. A page without an article gives an empty text and one
    edit, ``no-article`` (``empty-input`` for an empty document).
    """
    page = _as_text(html)
    if not page.strip():
        return _nothing("empty-input", "(empty document)")
    if len(page) > MAX_HTML_CHARS:
        raise HTMLError(f"the page is too large to extract ({len(page):,} characters; the limit is {MAX_HTML_CHARS:,})")
    extracted = _extract(page, url)
    if not extracted:
        return _nothing("no-article", f"(no article found in {len(page):,} characters of markup)")
    lines = [line for line, _ in extracted]
    removals = {index: (why, None) for index, (_, why) in enumerate(extracted) if why is not None}
    pruned = Outcome.removing(lines, removals, step=_STEP)
    if not any(line.strip() for line in pruned.lines):
        return _no_article_left(pruned.edits)
    report = explain_with(steps, pruned.text)
    edits = [*pruned.edits, *(edit.moved(pruned.origin) for edit in report.edits)]
    if not report.text.strip():
        return _no_article_left(edits)
    return Report(report.text, tuple(edits), tuple(pruned.origin[index] for index in report.origin))


def from_html(html: str | bytes, *, url: str | None = None) -> str:
    """The article body of an HTML page, one paragraph per line; empty when the page has none.

    Bytes are decoded by :func:`decode_html`. Raises :class:`~cleantext.errors.HTMLError` for a page
    that cannot be extracted (too large, nested too deeply) and
    :class:`~cleantext.errors.BinaryInputError` for bytes that are not text.

    >>> page = '''<html><head><title>Port reopens after storm</title></head><body>
    ... <nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
    ... <h1>Port reopens after storm</h1>
    ... <p>The port of Valparaiso reopened on Friday after a storm closed it for three days, officials said.</p>
    ... <p>Dock workers cleared debris from the main quay overnight, and the first ships entered at dawn.</p>
    ... <p><a href="/other">Storm batters the coast as thousands lose power across the region</a></p>
    ... </article><footer>© 2024 Example News</footer></body></html>'''
    >>> print(from_html(page), end="")
    The port of Valparaiso reopened on Friday after a storm closed it for three days, officials said.
    Dock workers cleared debris from the main quay overnight, and the first ships entered at dawn.
    """
    return explain_html(html, url=url).text
