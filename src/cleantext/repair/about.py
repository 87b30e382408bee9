"""Text about mojibake: damage quoted in a sentence that discusses encodings is kept as written.

"The menu read "cafÃ©", a classic sign of UTF-8 decoded as Windows-1252" shows the damage on
purpose. In a line that names an encoding (or mojibake, garbled characters, ...), a quoted span that
holds damage is masked while the line is repaired, and put back unchanged afterwards; the rest of
the line is repaired as usual.
"""

from __future__ import annotations

import re

from .charsets import _SUSPECT

__all__ = ["mask_quoted_damage", "unmask"]

#: Words of a sentence about character encodings.
_TOPIC = re.compile(
    r"mojibake|garbled|\b(?:utf|ucs)-?(?:8|16|32)\b|\bwindows-?125\d|\bcp-?(?:125\d|437|850)\b|\blatin-?1\b"
    r"|\biso[- ]?8859|\bmac ?roman\b|\b(?:en|de|mis|re)?cod(?:ed|ing|ings|es)\b|\bcharsets?\b|\bcode ?pages?\b"
    r"|\bunicode\b|\bascii\b|\bbyte order mark\b|\bftfy\b",
    re.IGNORECASE,
)
#: What every word of :data:`_TOPIC` holds, for a quick test on the lower-cased line.
_TOPIC_WORDS = re.compile(
    "mojibake|garbled|utf|ucs|windows|cp|latin|8859|roman|cod|charset|unicode|ascii|byte order|ftfy"
)
#: A quotation: straight or curly double quotes, guillemets, low-high quotes, backticks, or single
#: quotes that stand apart from letters (so that "don't" and "rock 'n' roll" are no quotations).
_QUOTED = re.compile(
    r'(?=["“«„`\'‘])(?:"[^"\n]{1,80}"|“[^”\n]{1,80}”|«[^»\n]{1,80}»|„[^“”\n]{1,80}[“”]|`[^`\n]{1,80}`'
    r"|'(?<![^\W_]')[^'\n]{1,80}'(?![^\W_])|‘(?<![^\W_]‘)[^’\n]{1,80}’(?![^\W_]))"
)
_QUOTE_CHARS = re.compile("[\"“«„`'‘]")
#: Stand-ins for the masked spans (private-use characters, which no fixer touches).
_FIRST_MASK = 0xF0100
_MASKS = re.compile("[\U000f0100-\U000f01ff]")  # a line that already holds one is not masked


def mask_quoted_damage(line: str) -> tuple[str, list[str]]:
    """``line`` with each quoted span that holds damage replaced by a stand-in, and the spans.

    Only in a line about encodings; elsewhere the line comes back as it is, with no spans.

    >>> masked, spans = mask_quoted_damage('The menu read "cafÃ©", a sign of UTF-8 read as Windows-1252.Â')
    >>> spans
    ['"cafÃ©"']
    >>> unmask(masked.replace("Â", ""), spans)
    'The menu read "cafÃ©", a sign of UTF-8 read as Windows-1252.'
    >>> mask_quoted_damage('She ordered a "cafÃ©" and left.')
    ('She ordered a "cafÃ©" and left.', [])
    """
    if not _QUOTE_CHARS.search(line) or not _TOPIC_WORDS.search(line.lower()):
        return line, []  # (the cheap tests first: most damaged lines are about something else)
    if not any(_SUSPECT.search(span.group(0)) for span in _QUOTED.finditer(line)):
        return line, []
    if not _TOPIC.search(line) or _MASKS.search(line):
        return line, []
    spans: list[str] = []

    def mask(match: re.Match[str]) -> str:
        if not _SUSPECT.search(match.group(0)[1:-1]) or len(spans) > 200:
            return match.group(0)
        spans.append(match.group(0))
        return chr(_FIRST_MASK + len(spans) - 1)

    return _QUOTED.sub(mask, line), spans


def unmask(text: str, spans: list[str]) -> str:
    """Put the masked spans back (see :func:`mask_quoted_damage`)."""
    for index, span in enumerate(spans):
        text = text.replace(chr(_FIRST_MASK + index), span)
    return text
