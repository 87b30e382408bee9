"""Peers for the quality benchmarks, as plain ``str -> str`` functions over a document.

- :func:`c4_lines`: the line rules of C4 (the T5 paper's cleaned Common Crawl), written from its
  description: a line is kept when it ends in a terminal mark (``.``, ``?``, ``!`` or a closing double
  quote, straight or curly; not an ellipsis), holds at least 5 words, does not mention "javascript"
  and holds none of the cookie/terms-of-use phrases. C4's page-level rules (drop a page with fewer than
  3 sentences, a curly bracket, "lorem ipsum" or a listed bad word) are left out: every page here holds
  an article, and the question asked is which of its lines to keep.
- :func:`justext_text` / :func:`justext_html`: jusText's paragraph classifier with its default
  settings, on a text document turned into HTML (each non-blank line a ``<p>``) or on a real page.
  The stoplist is jusText's own for the document's language, as charset-normalizer guesses it.
- :func:`trafilatura_text`: trafilatura's ``extract`` (defaults) on a text document turned into HTML.
- ``ftfy.fix_text``: repair only (it removes nothing), for the line-removal figures' floor.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

_TERMINAL = (".", "?", "!", '"', "”")
_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")


def _c4_keeps(line: str, min_words: int) -> bool:
    line = line.strip()
    if not line.endswith(_TERMINAL) or line.endswith(("...", "…")):
        return False
    if len(line.split()) < min_words:
        return False
    lowered = line.lower()
    return "javascript" not in lowered and not any(phrase in lowered for phrase in _POLICY)


def c4_lines(text: str, *, min_words: int = 5) -> str:
    """The lines of ``text`` that C4's line rules keep, one per line.

    >>> c4_lines("Share this\\nThe council approved the budget on Tuesday.\\nWe use cookies to improve this site.")
    'The council approved the budget on Tuesday.'
    """
    return "\n".join(line.strip() for line in text.split("\n") if _c4_keeps(line, min_words))


def as_html(text: str) -> str:
    """A text document as an HTML page: each non-blank line one paragraph.

    >>> as_html("Breaking news\\n\\nThe mayor <said> so.")
    '<html><body><p>Breaking news</p><p>The mayor &lt;said&gt; so.</p></body></html>'
    """
    paragraphs = "".join(
        f"<p>{html.escape(line.strip(), quote=False)}</p>" for line in text.split("\n") if line.strip()
    )
    return f"<html><body>{paragraphs}</body></html>"


@functools.cache
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {language: justext.get_stoplist(language) for language in sorted(justext.get_stoplists())}


def stoplist_for(text: str) -> frozenset[str]:
    """jusText's stoplist for the language of ``text`` (charset-normalizer's guess; English when it has none)."""
    from charset_normalizer import from_bytes

    guess = from_bytes(text[:20000].encode("utf-8")).best()
    language = guess.language if guess is not None else "English"
    return _stoplists().get(language, _stoplists()["English"])


_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def justext_html(page: str | bytes) -> str:
    """The paragraphs jusText (default settings) classifies as content, one per line."""
    import justext

    text = page if isinstance(page, str) else page.decode("utf-8", "replace")
    paragraphs = justext.justext(text, stoplist_for(" ".join(_NOT_TEXT.sub(" ", text).split())))
    return "\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)


def justext_text(text: str) -> str:
    """jusText on a text document, each of its lines a paragraph."""
    if not text.strip():
        return ""
    return justext_html(as_html(text))


def trafilatura_text(text: str) -> str:
    """trafilatura's extraction (defaults) of a text document, each of its lines a paragraph."""
    import trafilatura

    return trafilatura.extract(as_html(text)) or ""


def text_systems() -> dict[str, Callable[[str], str]]:
    """The peers for text input, by the name the benchmarks print (cleantext itself is not among them)."""
    import ftfy

    return {
        "ftfy.fix_text": ftfy.fix_text,
        "C4 line rules": c4_lines,
        "jusText (text as HTML)": justext_text,
        "trafilatura (text as HTML)": trafilatura_text,
    }
