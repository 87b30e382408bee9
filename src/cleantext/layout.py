"""Tidy the layout of what is left: white space at line ends, runs of blank lines, the final newline.

Paragraphs are never joined or split: one paragraph per line stays one paragraph per line.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from operator import itemgetter

from .errors import require_text
from .model import Action, Edits, Outcome, register_step, split_lines

__all__ = ["tidy"]

#: White space stripped from line ends: spaces, tabs, carriage returns, no-break and other spaces.
_TRAILING = (
    " \t\r\f\v\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"
)


def decide_tidy(lines: Sequence[str], /) -> Outcome:
    """Strip line ends, keep at most one blank line between paragraphs, end with one newline."""
    kept: list[str] = []
    origin = array("q")  # not a list of int objects: 8 bytes a line
    edits: list[tuple[int, Action, str, str, str, None]] = []  # rows of Edits: plain tuples
    pending_blank: int | None = None  # index of a blank line waiting for the next paragraph
    for index, line in enumerate(lines):
        stripped = line.rstrip(_TRAILING)
        if not stripped.strip():
            if kept and pending_blank is None:
                pending_blank = index
            else:
                edits.append((index, "remove", "extra-blank-line", line, "", None))
            continue
        if pending_blank is not None:
            kept.append("")
            origin.append(pending_blank)
            if lines[pending_blank] != "":
                edits.append((pending_blank, "change", "blank-line", lines[pending_blank], "", None))
            pending_blank = None
        if stripped != line:
            edits.append((index, "change", "trailing-space", line, stripped, None))
        kept.append(stripped)
        origin.append(index)
    if pending_blank is not None:
        edits.append((pending_blank, "remove", "extra-blank-line", lines[pending_blank], "", None))
    if kept:  # the text ends with exactly one newline
        kept.append("")
        origin.append(origin[-1])
    edits.sort(key=itemgetter(0))
    return Outcome(kept, origin, Edits(edits, step="tidy"))


@register_step(decide_tidy)
def tidy(text: str) -> str:
    """Strip white space at line ends and runs of blank lines; end the text with one newline.

    >>> tidy("First paragraph.\\xa0 \\n\\n\\n\\nSecond paragraph.   ")
    'First paragraph.\\n\\nSecond paragraph.\\n'
    >>> tidy("  \\n\\n")
    ''
    """
    require_text(text, "tidy")
    return decide_tidy(split_lines(text)).text
