"""HTML entities, decoded everywhere in a line (ftfy stops at the first ``<``)."""

from __future__ import annotations

import html
import re
from html.entities import html5

from ..lazy import LazyPattern
from ..markup import _TAG

_ENTITY = LazyPattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


#: The two-letter entity names text uses; the others (&it; &af; &in; &sc; &pr; &ll; ...) read as code.
_SHORT_ENTITIES = {"lt", "gt", "LT", "GT", "pi", "Pi", "mu", "Mu", "nu", "Nu", "xi", "Xi", "ne", "le", "ge"}


def _entity(match: re.Match[str]) -> str:
    text = match.group(0)
    if text[1] == "#":
        number = int(text[3:-1], 16) if text[2] in "xX" else int(text[2:-1])
        if 0xD800 <= number <= 0xDFFF:
            return chr(number)  # half of a UTF-16 pair (&#55357;&#56832;): ftfy joins the halves
        return html.unescape(text)  # numeric: follows the HTML rules, &#150; is an en dash
    name = text[1:]
    if len(name) == 3 and name[:2] not in _SHORT_ENTITIES:
        return text  # "p = &sc;" is C, not "p = ≻": two-letter names are mostly invisible or math operators
    if name in html5:
        return html5[name]
    letter = html5.get(name.lower(), "") if name.isupper() else ""
    return letter.upper() if len(letter) == 1 and letter.isalpha() else text  # P&EACUTE;REZ


def unescape_entities(line: str) -> str:
    """Decode HTML entities that end in a semicolon, wherever they are (also after a ``<``).

    Unknown names and entities without their semicolon stay as written: ``AT&T`` is a company.

    >>> unescape_entities("<p>Caf&eacute; &amp; bar &#8212; &#x2019;&quot;ok&quot; AT&T &bogus;</p>")
    '<p>Café & bar — ’"ok" AT&T &bogus;</p>'
    >>> unescape_entities("P&EACUTE;REZ &NTILDE; &#150;")
    'PÉREZ Ñ –'
    >>> unescape_entities("To show a < sign in HTML, write &lt; instead."), unescape_entities("<b>1 &lt; 2</b>")
    ('To show a < sign in HTML, write &lt; instead.', '<b>1 < 2</b>')
    >>> unescape_entities("Both &#x3C; and &#060; print a < sign; &eacute; an accent.")
    'Both &#x3C; and &#060; print a < sign; é an accent.'
    """
    if "&" not in line:
        return line
    if _writes_bracket(line):  # its angle brackets' entities are written on purpose: they stay
        return _ENTITY.sub(_entity_but_bracket, line)
    return _ENTITY.sub(_entity, line)


def _entity_but_bracket(match: re.Match[str]) -> str:
    """:func:`_entity`, but an entity of an angle bracket, however spelled (``&lt;``, ``&#60;``, ``&#x3C;``), stays."""
    decoded = _entity(match)
    return match.group(0) if decoded in ("<", ">") else decoded


def _writes_bracket(line: str) -> bool:
    """Whether ``line`` writes an angle bracket outside any tag. Beside one, a bracket's entity is text about escaping
    ("write &lt; instead of <"), which shows both forms on purpose: text escaped by mistake escapes every bracket it
    holds, and a tag's brackets are markup left in the text, not written ones.

    >>> _writes_bracket("write &lt; instead of < to get a less-than sign"), _writes_bracket("<b>a &lt; b</b>")
    (True, False)
    """
    if "<" not in line and ">" not in line:
        return False
    bare = _TAG.sub("", line) if "<" in line else line
    return "<" in bare or ">" in bare
