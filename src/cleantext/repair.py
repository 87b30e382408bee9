"""Repair mojibake and Unicode damage, line by line, with news-safe settings.

ftfy does the heavy lifting, configured so that correct typography survives: curly quotes stay
curly and full-width characters keep their width. On top of ftfy, :func:`repair` removes the lone
"Â" that is left when the 0xA0 byte of a UTF-8 no-break space was lost ("crossing.Â").

Lines that show no sign of damage skip ftfy entirely: that is most lines of most documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .model import Outcome, register_step, split_lines

if TYPE_CHECKING:
    import ftfy

__all__ = ["repair"]

#: A line with none of these characters cannot hold mojibake, HTML entities or control codes.
_SUSPECT = regex.compile(r"[^\x20-\x7e\t\r]")
#: A lone "Â" after text, at the end of a line: the 0xA0 of a no-break space was lost.
_LONE_A_AT_END = regex.compile(r"(?<=[\p{Ll}\p{N}\p{P}])Â[ \t\xa0]*$")
#: A lone "Â" after text and before a space: the 0xA0 became an ordinary space.
_LONE_A_BEFORE_SPACE = regex.compile(r"(?<=[\p{Ll}\p{N}\p{P}])Â ")


@lru_cache(maxsize=1)
def _config() -> ftfy.TextFixerConfig:
    import ftfy

    # Line breaks are the engine's business: ftfy must not turn a "\r" into a new line.
    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False, explain=False)


def repair_line(line: str) -> str:
    """Repair one line; a line with no sign of damage comes back as it is.

    >>> repair_line("donâ€™t")
    'don’t'
    >>> repair_line("the border crossing.Â")
    'the border crossing.'
    """
    if not _SUSPECT.search(line):
        return line
    import ftfy

    fixed = ftfy.fix_text(line, _config())
    if "Â" in fixed:
        fixed = _LONE_A_AT_END.sub("", fixed)
        fixed = _LONE_A_BEFORE_SPACE.sub("\xa0", fixed)
    return fixed


def decide_repair(lines: Sequence[str], /) -> Outcome:
    """Repair every line; each changed line is reported with the reason ``mojibake``."""
    fixed = [repair_line(line) for line in lines]
    return Outcome.changing(lines, fixed, ["mojibake"] * len(lines), step="repair")


@register_step(decide_repair)
def repair(text: str) -> str:
    """Fix mojibake and Unicode damage; leave correct text exactly as it is.

    >>> repair("Kast said he donâ€™t care.Â")
    'Kast said he don’t care.'
    >>> repair("“Curly” quotes and ＡＢＣ stay.")
    '“Curly” quotes and ＡＢＣ stay.'
    """
    return decide_repair(split_lines(text)).text
