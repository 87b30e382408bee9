"""A mark lost at a line's start: ``â??Every magazine…``, and ``\ufffd Wait for me,\ufffd she said.``

``â??`` is ``E2`` and two bytes of 0x80-0x9F that became ``?``: a mark of U+2000-U+201F. Between words and after a
space :mod:`.punctuation` hands it to :mod:`.lossy`; at a line's start nothing stands before it to read. There, before
a letter, the training text's lines (the held-out lines and the second sample left out) write ``“`` 1,939 times in
2,014 (``‘`` 39, ``—`` 12, ``”`` 10, ``–`` 7, a zero-width space 5, ``’`` 2); those lines are English. Other languages
open a quotation with ``„`` as well (German, Croatian, Romanian), so only a line whose words tell English and nothing
else is read.

Before a space a line's first mark is a bullet or a dash as often: the training text's distinct content lines that open
with a character outside ASCII and a space (2,843; both renderings, the held-out test lines left out) write there ``–``
694 times, ``•`` 484, ``—`` 372, ``·`` 353, ``»`` 113, ``”`` 89, ``→`` 79 and ``“`` 65. The rest of the line tells a
quote (since issue 15's thirty-seventh round, :func:`opens_quotation_before_space`): where the line's next lost mark
closes a quotation before its attribution (after ``,``, ``!`` or ``?``, before a space and a small letter: ``,” she
said``), a bullet or a dash would leave that quotation unopened. The mark may be lost in any form (``â??``, ``â€?``, a
run of U+FFFD); the closing one is read ``”`` where it stands (:func:`.lossy._lost_punctuation`), and this one ``“``. Of
those lines 17 hold their next character outside ASCII after ``.``, ``,``, ``!`` or ``?`` and before a space or the
line's end (``“`` 3 times, each before a line-ending ``.”``; a dash 11, ``”`` 2, a C1 control 1): the line's end does
not tell; before a space and a small letter, none, so the rule moves nothing there.
"""

from __future__ import annotations

import re

from .charsets import _mojibake
from .damaged import _languages_word_by_word

__all__ = ["opening_quote_at_start", "opens_quotation_before_space"]

#: "â??" at the line's start, before a letter.
_AT_START = re.compile(r"â\?\?(?=[^\W\d_])")
#: What stands before a quotation's closing mark that its attribution follows: "Wait for me,” she said."
_BEFORE_ATTRIBUTED_CLOSE = frozenset(",!?")


def opening_quote_at_start(line: str) -> str:
    """``line`` with a ``â??`` that opens it put back as "“" in mojibake form, in an English line: before a letter, or
    before a space where the line's next lost mark closes a quotation before its attribution.

    >>> opening_quote_at_start("â??What worries me the most is the rise in temperatures,â?? ClÃ¡udia said.")
    'â€œWhat worries me the most is the rise in temperatures,â?? ClÃ¡udia said.'
    >>> opening_quote_at_start("â?? Chile: CarmÃ©nÃ¨re and Sauvignon Blanc")  # before a space: a bullet as often
    'â?? Chile: CarmÃ©nÃ¨re and Sauvignon Blanc'
    >>> opening_quote_at_start("â?? Wait for me,â?? she said.")  # closed before "she said": a quotation
    'â€œ Wait for me,â?? she said.'
    >>> opening_quote_at_start("â??Odluka o financiranju donosi se za projekte koji su uspjeÅ¡ni.")  # "„" as likely
    'â??Odluka o financiranju donosi se za projekte koji su uspjeÅ¡ni.'
    """
    if _AT_START.match(line):
        if _languages_word_by_word(line) != {"en"}:
            return line
    elif not (line.startswith("â?? ") and opens_quotation_before_space(line, 3)):
        return line
    return _mojibake("“") + line[3:]


def opens_quotation_before_space(line: str, end: int) -> bool:
    """Is the mark lost at ``line[:end]`` (the line's start, before a space) the "“" of a quotation that the line's next
    lost mark closes before its attribution, in a line whose words tell English and nothing else?

    The next lost mark is the next U+FFFD (or, in mojibake, the next ``â``) after it: lost the same way (the same
    run of U+FFFD, the same ``â??`` or ``â€?``), after ``,``, ``!`` or ``?`` and before a space and a small letter. A
    letter or another mark lost in between (a bullet's line may quote: ``• “We’re ready,” she said``) leaves it.

    >>> opens_quotation_before_space("\\ufffd Wait for me,\\ufffd she said.", 1)
    True
    >>> opens_quotation_before_space("\\ufffd\\ufffd\\ufffd Wait for me,\\ufffd\\ufffd\\ufffd She said so.", 3)  # a new sentence
    False
    >>> opens_quotation_before_space("\\ufffd Tickets are \\ufffd10, he said.", 1)  # another loss first: a sign
    False
    """
    mark = line[:end]
    if not mark or line[end : end + 1] != " ":
        return False
    lost = "\ufffd" if mark == "\ufffd" * len(mark) else "â\ufffd"
    found = [at for at in (line.find(char, end) for char in lost) if at >= 0]
    if not found:
        return False
    at = min(found)
    after = at + len(mark)
    if not line.startswith(mark, at) or line[after : after + 1] == "\ufffd":
        return False  # lost otherwise, or a longer run: a letter or another mark
    if line[at - 1] not in _BEFORE_ATTRIBUTED_CLOSE or line[after : after + 1] != " ":
        return False
    if not line[after + 1 : after + 2].islower():
        return False  # a new sentence after it ("Wait for me.” She left"): the line may quote another's words
    return _languages_word_by_word(line) == {"en"}
