"""Article bodies from HTML pages: trafilatura extracts the main content, cleantext cleans it after.

The page is decoded (:func:`decode_html`), then extracted by trafilatura in its fast mode with
comments left out and read block by block -- paragraph, heading, list item, table row -- into records
that carry the markup's features (``cleantext.html_blocks``). Two kinds of block that an article
body does not hold are removed, each with its reason:

* ``headline``: the page's own title repeated at the top of the body (an ``<h1>``, or a block whose
  words are mostly those of the ``<title>`` or ``og:title``);
* ``link-block``: a block, other than a heading, whose text is (almost) all link text -- teasers for
  other stories, "read more" rows, lists of related links. When the extraction holds no link at all
  (it came from trafilatura's fallbacks, which drop link markup), a line that is the whole text of
  one of the page's links is one.

When the prose left is a sliver of the page's (a teaser box, a part of the article), trafilatura's
full mode is tried too and kept when it adds enough prose (``cleantext.html_extract``); the report
says which mode won. What is left goes through the text steps of :data:`HTML_TEXT_PIPELINE`
(repair, chrome, tidy). A page with nothing left, or only a label or two ("Home"), gives an empty
text and :func:`explain_html` says ``no-article``.

trafilatura and lxml are imported only when a page is extracted.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .blocks import ends_sentence, word_count
from .config import DEFAULT_CONFIG
from .decode import decode, refuse_binary
from .errors import HTMLError
from .html_extract import Extraction, extract
from .lazy import LazyPattern
from .markup import is_markup
from .model import Edit, Outcome, split_lines
from .pipeline import Pipeline, Report, Step, explain_with

__all__ = [
    "HTML_TEXT_PIPELINE",
    "MAX_HTML_CHARS",
    "PageReport",
    "decode_html",
    "explain_html",
    "from_html",
    "is_markup",
]

#: The text steps run on what trafilatura extracted: those of the HTML route
#: (:data:`cleantext.config.ROUTES`, which says why) with their default options.
HTML_TEXT_PIPELINE: Pipeline = DEFAULT_CONFIG.pipeline("html")

#: Pages longer than this (in characters) are refused with :class:`HTMLError`: a larger page is not
#: an article, and extracting it would take seconds.
MAX_HTML_CHARS = 20_000_000

_STEP = "from_html"

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


# --- the public face --------------------------------------------------------------------------------


def _as_text(html: str | bytes) -> str:
    if isinstance(html, bytes | bytearray):
        return decode_html(bytes(html))
    if isinstance(html, str):
        return html
    raise HTMLError(f"from_html takes str or bytes, not {type(html).__name__}")


@dataclass(frozen=True, slots=True)
class PageReport(Report):
    """:class:`~cleantext.pipeline.Report` of a page, which also says which extraction strategy won.

    ``strategy`` is ``fast`` (trafilatura's fast mode) or ``full`` (its full mode, tried when fast
    mode kept a sliver of the page), ``""`` when nothing was extracted; ``tried`` lists each strategy
    tried with the words of prose it kept (fast) or added (full). When full mode won, the report's
    lines start by saying so.
    """

    strategy: str = ""
    tried: tuple[tuple[str, int], ...] = ()

    def lines(self) -> Iterator[str]:
        if self.strategy and self.strategy != "fast":
            found = dict(self.tried)
            yield (
                f"extracted by trafilatura's {self.strategy} mode: fast mode kept {found.get('fast', 0)} words of"
                f" prose, {self.strategy} mode added {found.get(self.strategy, 0)}"
            )
        yield from Report.lines(self)


def _nothing(reason: str, before: str) -> PageReport:
    return PageReport("", (Edit(0, "remove", reason, before, step=_STEP),), ())


def _no_article_left(edits: Sequence[Edit], extraction: Extraction) -> PageReport:
    """Everything extracted was furniture: say so after the edits that removed it."""
    last = Edit(0, "remove", "no-article", "(nothing of the extracted text is article)", step=_STEP)
    return PageReport("", (*edits, last), (), extraction.chosen.strategy, extraction.tried)


#: Text without a sentence and shorter than this (in words) is no article: a lone "Home", "Page not found".
_ARTICLE_WORDS = 8


def _is_article(text: str) -> bool:
    """Whether the text left holds a sentence, or is long enough to be more than a label or two.

    >>> _is_article("Home"), _is_article("The port reopened."), _is_article("Blue cotton shirt with long sleeves, size M")
    (False, True, True)
    """
    words = 0
    for line in text.split("\n"):
        words += word_count(line)
        if words >= _ARTICLE_WORDS or ends_sentence(line):
            return True
    return False


def explain_html(
    html: str | bytes, *, url: str | None = None, steps: Pipeline | Step = HTML_TEXT_PIPELINE
) -> PageReport:
    """Extract the article of a page and report every decision, by line of the extracted text.

    The lines counted are those of the text the winning strategy extracted (before any block was
    removed; ``PageReport.strategy`` says which): ``headline`` and ``link-block`` removals come from
    the page's structure (step ``from_html``), the rest from ``steps``. A page without an article
    gives an empty text and a last edit ``no-article`` (``empty-input`` for an empty document).

    >>> report = explain_html("<html><body><nav><span>Home</span></nav></body></html>")
    >>> report.text, report.edits[-1].reason
    ('', 'no-article')
    """
    (steps if isinstance(steps, Pipeline) else Pipeline(steps)).check()  # before the page is read
    page = _as_text(html)
    if not page.strip():
        return _nothing("empty-input", "(empty document)")
    if len(page) > MAX_HTML_CHARS:
        raise HTMLError(f"the page is too large to extract ({len(page):,} characters; the limit is {MAX_HTML_CHARS:,})")
    extraction = extract(page, url)
    if not extraction.chosen.blocks:
        return _nothing("no-article", f"(no article found in {len(page):,} characters of markup)")
    return report_of(extraction, steps)


def report_of(extraction: Extraction, steps: Pipeline | Step = HTML_TEXT_PIPELINE) -> PageReport:
    """Remove the blocks the extraction decided against, run the text steps on the rest, and report it all."""
    chosen = extraction.chosen
    lines: list[str] = []
    removals: dict[int, tuple[str, int | None]] = {}
    for block, reason in zip(chosen.blocks, chosen.reasons, strict=True):
        for line in split_lines(block.text):
            if reason is not None:
                removals[len(lines)] = (reason, None)
            lines.append(line)
    pruned = Outcome.removing(lines, removals, step=_STEP)
    if not any(line.strip() for line in pruned.lines):
        return _no_article_left(pruned.edits, extraction)
    report = explain_with(steps, pruned.text)
    edits = [*pruned.edits, *(edit.moved(pruned.origin) for edit in report.edits)]
    origin = tuple(pruned.origin[index] for index in report.origin)
    if not _is_article(report.text):
        left = [
            Edit(line, "remove", "no-article", text, step=_STEP)
            for line, text in zip(origin, report.text.split("\n"), strict=False)  # the text ends with a newline
            if text.strip()
        ]
        return _no_article_left([*edits, *left], extraction)
    return PageReport(report.text, tuple(edits), origin, chosen.strategy, extraction.tried)


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
