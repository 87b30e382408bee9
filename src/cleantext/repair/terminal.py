"""Terminal colour codes and overstruck letters of text captured from a terminal: not part of the text."""

from __future__ import annotations

import re

from ..lazy import LazyPattern

__all__ = ["remove_terminal_codes"]

#: An escape sequence of a terminal: a CSI sequence (colours, cursor moves: "\x1b[1;31m"), an OSC one
#: ended by BEL or ST (window titles, links), a short escape ("\x1b(B", "\x1b="), or a lone ESC.
_TERMINAL_CODE = LazyPattern(r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]|\][^\x07\x1b]*+(?:\x07|\x1b\\)|[!-/]*+[0-~]|)")
#: A letter struck over another with a backspace, as ``man`` pages print bold ("B\bB") and underline ("_\bU").
_OVERSTRIKE = LazyPattern(r"([^\x08])\x08([^\x08])")


def _struck(match: re.Match[str]) -> str:
    under, over = match.groups()
    return under if over == "_" else over


def remove_terminal_codes(line: str) -> str:
    """Drop terminal escape sequences; keep the letter an overstrike prints (as ftfy's command does).

    Text captured from a terminal (``ls --color``, ``man``, ``grep --color=always``) holds colour codes
    and letters struck over with a backspace; they are not part of the text.

    >>> remove_terminal_codes("\x1b[1;31mALERT\x1b[0m: B\x08Bo\x08ol\x08ld and _\x08u_\x08n_\x08d_\x08e_\x08r")
    'ALERT: Bold and under'
    """
    if "\x1b" in line:
        line = _TERMINAL_CODE.sub("", line)
    if "\x08" in line:
        line = _OVERSTRIKE.sub(_struck, line).replace("\x08", "")
    return line
