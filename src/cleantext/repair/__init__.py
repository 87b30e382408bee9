"""Repair mojibake and Unicode damage, line by line, and leave correct text exactly as it is.

Scraped news text arrives damaged in a few typical ways: UTF-8 read as Windows-1252 (``donâ€™t``),
sometimes twice (``donÃ¢â‚¬â„¢t``); with a byte of a sequence lost on the way -- replaced by ``?`` or
U+FFFD, or silently dropped (``pointâ€?``, ``MartÃn``, ``8Â p.m.``); with C1 control characters where
Windows-1252 punctuation belonged; and with HTML entities left in (``caf&eacute;``).

:func:`repair` fixes each line on its own, so that a document where only some paragraphs are broken
gets those paragraphs fixed and the rest left alone. A line runs through small fixers, each documented
below with an example (in the manner of ftfy's ``fixes`` module):

0. :func:`remove_terminal_codes` -- terminal colour codes and overstruck (bold, underlined) letters of
   text captured from a terminal, once per line before the rest (:mod:`.terminal`);
1. :func:`unescape_entities` -- HTML entities, everywhere in the line (ftfy stops at the first ``<``), but for
   the angle brackets' own in a line that also writes a bracket outside any tag (``write &lt; instead of <``);
2. :func:`peel_lossy_layer`, then :mod:`.fnumber`'s ``restore_f_number`` (an aperture's ``ƒ`` whose second byte
   was lost: ``50mm Æ?/1.8G``), :mod:`.leads`'s ``recover_lead_losses`` and :mod:`.punctuation`'s
   ``recover_lost_punctuation`` (a letter whose lead byte survived and whose other byte was lost,
   chosen by the frequency of the whole word: ``Ã?ngel``, ``MarÃa``, ``Å?ódź``; ``Weâ??re``), then
   :func:`restore_lost_bytes` -- the lossy cases ftfy can only turn into U+FFFD: ``â€`` and ``Ã``
   (also a combining acute, an emoji joiner or variation selector) whose last byte was lost, with
   the character chosen from the context;
3. ftfy itself, with news-safe settings: curly quotes stay curly, full-width text keeps its width, no
   Unicode normalisation, no line-break or control-character changes. A line that is wholly UTF-8
   misread as Latin-1 or Windows-1252 (the commonest damage) is decoded at C speed instead, when
   ftfy's own tests show that ftfy would do just that (:func:`_decode_whole_line`). ftfy splits a typographic
   ligature into its letters (``ﬁnds``); a line whose only sign is a ligature with no letter beside it, the
   character shown (``'ﬃ' U+FB03``), is left as written;
4. :func:`decode_leftovers` -- single mojibake symbols (``â‚©``, ``â„¢``) ftfy leaves when the rest of
   the line looks right;
5. :func:`restore_lost_nbsp` -- the lone ``Â`` left where a no-break space lost its second byte;
6. :mod:`.runs`'s ``recover_replacement_runs`` -- runs of U+FFFD (``S\ufffdo Paulo``), by word
   frequency too.

A line of nothing but no-break spaces (or their ``Â``) becomes empty; in a line about encodings,
quoted damage is kept (:mod:`.about`). The steps repeat until the line stops changing (double-encoded text peels one layer per round).
Lines that show no sign of damage -- most lines of most documents -- skip all of this: ASCII lines
without ``&``, ESC or backspace at once, other lines after one regular expression built from the characters that UTF-8
mojibake is made of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from types import ModuleType

from ..errors import require_text
from ..model import Outcome, register_step, split_lines
from .charsets import _SUSPECT, suspect
from .context import Words, document
from .entities import unescape_entities
from .fast import _ftfy
from .leftovers import decode_leftovers
from .lossy import peel_lossy_layer, restore_lost_bytes
from .nbsp import drop_final_lone_a, restore_lost_nbsp
from .terminal import remove_terminal_codes

__all__ = [
    "decode_leftovers",
    "drop_final_lone_a",
    "peel_lossy_layer",
    "remove_terminal_codes",
    "repair",
    "repair_line",
    "restore_lost_bytes",
    "restore_lost_nbsp",
    "unescape_entities",
]

# --- The line and the document ------------------------------------------------------------------

# Lost-byte recovery and the text-about-encodings test are imported on the first damaged line (their
# patterns cost ``import cleantext`` about 10 ms otherwise).


@cache
def _leads() -> ModuleType:
    from . import leads

    return leads


@cache
def _punctuation() -> ModuleType:
    from . import punctuation

    return punctuation


@cache
def _runs() -> ModuleType:
    from . import runs

    return runs


@cache
def _fnumber() -> ModuleType:
    from . import fnumber

    return fnumber


@cache
def _about() -> ModuleType:
    from . import about

    return about


def _recover_lead_losses(line: str) -> str:
    # a lost byte shows as "?" or U+FFFD; one that vanished left a lead byte that is nearly always one
    # of these (a decoded line holds none of them, and is not searched again)
    if "?" in line or "\ufffd" in line or "Ã" in line or "Å" in line or "Ä" in line or "á»" in line or "áº" in line:
        return _leads().recover_lead_losses(line)
    return line


def _restore_f_number(line: str) -> str:
    return _fnumber().restore_f_number(line) if "Æ" in line else line


def _recover_lost_punctuation(line: str) -> str:
    return _punctuation().recover_lost_punctuation(line) if "â" in line else line


_FIXERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("html-entity", unescape_entities),
    ("mojibake", peel_lossy_layer),
    ("lost-byte-recovered", _restore_f_number),
    ("lost-byte-recovered", _recover_lead_losses),
    ("lost-byte-recovered", _recover_lost_punctuation),
    ("lost-byte", restore_lost_bytes),
    ("lost-nbsp", drop_final_lone_a),
)


#: White space that ends a line and cannot be part of mojibake (the no-break space 0xA0 and NEL 0x85
#: can: "voilÃ\xa0", "Ã\x85"). The line is judged without it, so that stripping it (as ``tidy`` does)
#: cannot change how the rest is repaired: "Œè\u2000" and "Œè" get the same verdict.
_TRAILING_SPACE = (
    " \t\r\f\v\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"
)


#: What an empty paragraph is made of: no-break spaces (whole, or their lone "Â") and other white space.
_EMPTY_PARAGRAPH = "Â\xa0\n" + _TRAILING_SPACE


def _repair_with_reasons(line: str) -> tuple[str, set[str]]:
    core = line.rstrip(_TRAILING_SPACE)
    if len(core) < len(line):
        text, reasons = _repair_with_reasons(core)
        tail = line[len(core) :]
        if (core.endswith("Â") and not text.endswith("Â")) or "empty-paragraph" in reasons:
            # a lost no-break space goes with its spaces; an empty paragraph with all of them
            tail = "\r" if tail.endswith("\r") else ""
        return text + tail, reasons
    if line.endswith("\xa0"):
        text, reasons = _repair_inside(line)
        settled = text.rstrip(_TRAILING_SPACE + "\xa0")
        if settled == text or _repair_with_reasons(settled)[0] == settled:
            return text, reasons
        # What tidy leaves of the repaired line (no final no-break space) would be repaired again:
        # "÷Ä\xa0" is no mojibake, but "÷Ä" is Mac Roman for "ր". Then the line is judged as tidy and a
        # second clean will read it, without its final spaces.
        bare = line.rstrip(_TRAILING_SPACE + "\xa0")
        text, reasons = _repair_with_reasons(bare)
        return text + line[len(bare) :], reasons
    return _repair_inside(line)


def _repair_inside(line: str) -> tuple[str, set[str]]:
    """Repair a line that ends with no white space (but perhaps a no-break space)."""
    if "\x1b" in line or "\x08" in line:
        plain = remove_terminal_codes(line)
        if plain != line:
            text, reasons = _repair_with_reasons(plain)
            reasons.add("terminal-code")
            return text, reasons
    reasons: set[str] = set()
    if line.isascii() and "&" not in line:
        return line, reasons
    if line[:1] in _EMPTY_PARAGRAPH and not line.strip(_EMPTY_PARAGRAPH) and ("Â" in line or "\xa0" in line):
        return "", {"empty-paragraph"}  # "Â" or no-break spaces alone: a CMS's empty paragraph
    if not _SUSPECT.search(line):
        return line, reasons
    about = _about()
    text, quoted = about.mask_quoted_damage(line)
    for _ in range(6):  # each round peels one layer of double encoding
        before = text
        for reason, fixer in _FIXERS:
            fixed = fixer(text)
            if fixed != text:
                reasons.add(reason)
                text = fixed
        if _SUSPECT.search(text) and not text.isascii():
            text = _ftfy(text, reasons)
            fixed = decode_leftovers(text)
            if fixed != text:
                reasons.add("mojibake")
                text = fixed
            fixed = restore_lost_nbsp(text)
            if fixed != text:
                reasons.add("lost-nbsp")
                text = fixed
        if "\ufffd" in text:
            fixed = _runs().recover_replacement_runs(text)
            if fixed != text:
                reasons.add("lost-byte-recovered")
                text = fixed
        if text == before:
            break
    if quoted:
        return about.unmask(text, quoted), reasons
    if ("Â" in text or "\xa0" in text) and not text.strip(_EMPTY_PARAGRAPH):
        return "", reasons | {"empty-paragraph"}  # what the repair left is a CMS's empty paragraph ("Ã\x82": "Â" twice)
    return text, reasons


def repair_line(line: str) -> str:
    """Repair one line; a line with no sign of damage comes back as it is.

    >>> repair_line("donâ€™t")
    'don’t'
    >>> repair_line("the border crossing.Â")
    'the border crossing.'
    """
    return _repair_with_reasons(line)[0]


def _undamaged(lines: Sequence[str]) -> bool:
    """Whether every line comes back from :func:`repair_line` as it is: none holds what is repaired without
    a sign of damage (terminal codes: ESC, backspace; no-break spaces: an empty paragraph's, a line's last), and
    none shows a sign of damage (the one pattern every repaired line matches). Both are looked for in the lines
    joined (no sign spans a line break), the characters first: found, they settle it without the pattern.

    >>> _undamaged(["“Curly” quotes, café and ＡＢＣ stay.", "Plain text."]), _undamaged(["donâ€™t"])
    (True, False)
    """
    joined = "\n".join(lines)
    return "\xa0" not in joined and "\x1b" not in joined and "\x08" not in joined and not suspect(joined)


def _left_as_is(text: str) -> bool:
    """Whether the repair leaves ``text`` as it is whatever it holds: ASCII with no entity (``&``) and no terminal
    code (ESC, backspace), what :func:`_repair_inside` settles first (and white space around it changes nothing).

    >>> _left_as_is("Plain text.  "), _left_as_is("Fish &amp; chips"), _left_as_is("café")
    (True, False, False)
    """
    return text.isascii() and "&" not in text and "\x1b" not in text and "\x08" not in text


def decide_repair(lines: Sequence[str], /) -> Outcome:
    """Repair every line; each changed line names what was fixed (``mojibake+lost-nbsp``, ...)."""
    # The test each line gets first, made once for them all; the join (a copy) only for ASCII text.
    if all(map(str.isascii, lines)) and _left_as_is("\n".join(lines)):
        return Outcome.unchanged(lines)
    if _undamaged(lines):  # most documents: a scan or two of the lines joined, none of the work below
        return Outcome.unchanged(lines)
    fixed = list(lines)
    reasons = [""] * len(fixed)  # read for the lines that change only
    # a lost letter is best told by the same word written whole elsewhere in the document
    token = document.set(Words(lines))
    try:
        for index, line in enumerate(lines):
            if _left_as_is(line):
                continue
            text, why = _repair_with_reasons(line)
            if text != line:
                fixed[index] = text
                reasons[index] = "+".join(sorted(why)) or "mojibake"
    finally:
        document.reset(token)
    return Outcome.changing(lines, fixed, reasons, step="repair")


@register_step(decide_repair)
def repair(text: str) -> str:
    """Fix mojibake and Unicode damage; leave correct text exactly as it is.

    >>> repair("Kast said he donâ€™t care.Â")
    'Kast said he don’t care.'
    >>> repair("“Curly” quotes and ＡＢＣ stay.")
    '“Curly” quotes and ＡＢＣ stay.'
    """
    require_text(text, "repair")
    return decide_repair(split_lines(text)).text
