"""Whether a document is markup: the one test that routes a document to the HTML path or the text path.

:func:`cleantext.config.route` reads it for ``kind="auto"``; :mod:`cleantext.html` hands it on.
"""

from __future__ import annotations

import codecs
import re

from .lazy import LazyPattern

__all__ = ["is_markup"]

_MARKUP_START = LazyPattern(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style|div|article|main|section|header|"
    r"nav|p|span|table|h[1-6]|ul|ol|form|iframe|noscript)\b",
    re.IGNORECASE,
)
_TAG = LazyPattern(r"</?[a-zA-Z][^<>]{0,500}>")
#: A tag named, not opened: a bare start tag followed at once by a colon, as documentation titles an element's page
#: ("<table>: The Table element"). An element's content does not begin with a colon.
_NAMED_TAG = LazyPattern(r"<[a-zA-Z][\w-]*>:")


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
    HTML element, and hold at least two tags in its first few kilobytes. A text that starts by naming an
    element before a colon, as a documentation page's title does, is prose about markup.

    >>> is_markup("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> is_markup(b"\\n<div class='story'><p>The mayor said</p></div>")
    True
    >>> is_markup("The <p> element holds a paragraph.")
    False
    >>> is_markup("<p> alone")
    False
    >>> is_markup("<table>: The Table element\\nEach row is a <tr> element, each cell a <td> element.")
    False
    """
    head = _peek(text)
    start = _skip_prologue(head)
    return (
        bool(_MARKUP_START.match(head, start))
        and not _NAMED_TAG.match(head, start)
        and len(_TAG.findall(head, 0, 4096)) >= 2
    )


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
