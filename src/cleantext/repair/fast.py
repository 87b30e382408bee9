"""ftfy with news-safe settings, and the whole-line fast path that stands in for it where it can."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..errors import FtfyInternalsWarning
from ..lazy import LazyPattern
from .charsets import _class

if TYPE_CHECKING:
    import ftfy


@lru_cache(maxsize=1)
def _config() -> ftfy.TextFixerConfig:
    import ftfy

    # News-safe: typography, width and normal form stay as written; line breaks and control
    # characters are the business of other steps (and an ASCII line must come back unchanged).
    # explain=True: the steps ftfy took name the reasons. _decode_whole_line stands in for ftfy under
    # these settings (the tests compare the two).
    return ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_line_breaks=False,
        remove_terminal_escapes=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


def _ftfy_reason(action: str, parameter: str) -> str:
    """Name one of ftfy's explanation steps the way :func:`cleantext.explain` shows it."""
    if action == "apply":
        return {"fix_c1_controls": "c1-control", "fix_latin_ligatures": "ligature", "fix_surrogates": "surrogate"}.get(
            parameter, "mojibake"
        )
    if action == "decode" and parameter != "utf-8":
        return "c1-control"  # Latin-1 text re-read as Windows-1252: its C1 controls become punctuation
    return "mojibake"


class _FtfyTests(NamedTuple):
    is_bad: Callable[[str], bool]
    altered: re.Pattern[bytes]  # a 0xA0 byte that became a space, where ftfy puts it back
    lossy: re.Pattern[bytes]  # a lost byte (0x1A or "?") in a sequence: ftfy decodes it as U+FFFD
    inconsistent: re.Pattern[str]  # UTF-8 mojibake ftfy decodes piece by piece
    inconsistent_start: re.Pattern[str]  # the two characters each of its matches starts with
    c1: re.Pattern[str]  # bad to is_bad by itself
    surely_bad: re.Pattern[str]  # a mojibake pair that is bad to is_bad wherever it stands
    ligature: re.Pattern[str]
    undecodable: re.Pattern[str]  # something that makes the text undecodable in every codec ftfy tries


@lru_cache(maxsize=1)
def _ftfy_tests() -> _FtfyTests | None:
    """ftfy's own tests and patterns, and what follows from them, built on first use.

    They are ftfy's module-level names, not its documented API: should a release of ftfy lack or
    change them, this is None and every damaged line goes to ftfy itself (slower, the same result).
    """
    try:
        return _build_ftfy_tests()
    except (ImportError, AttributeError, KeyError, TypeError, ValueError, re.error) as error:
        # a warning, not a log record: it reaches users who configured no logging, once (this function
        # is cached), and filters by its class; the results stay the same, only slower
        warnings.warn(
            f"cleantext: the installed ftfy lacks internals repair's fast path reads ({error!r}); "
            "every damaged line goes to ftfy itself (the same results, slower). cleantext is tested "
            "with ftfy 6.2 and 6.3.",
            FtfyInternalsWarning,
            stacklevel=2,
        )
        return None


def _build_ftfy_tests() -> _FtfyTests:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)
    from ftfy import badness, chardata
    from ftfy.fixes import restore_byte_a0  # noqa: F401  (used by _decode_layer: checked here)

    clues = chardata.UTF8_CLUES
    leads = clues["utf8_first_of_2"] + clues["utf8_first_of_3"] + clues["utf8_first_of_4"]
    return _FtfyTests(
        badness.is_bad,
        chardata.ALTERED_UTF8_RE,
        chardata.LOSSY_UTF8_RE,
        chardata.UTF8_DETECTOR_RE,
        re.compile(f"[{leads}][{clues['utf8_continuation']}]"),
        chardata.C1_CONTROL_RE,
        _build_surely_bad(badness.is_bad),
        re.compile(_class(set(map(chr, chardata.LIGATURES)))),
        _build_undecodable(chardata.CHARMAP_ENCODINGS),
    )


def _build_surely_bad(is_bad: Callable[[str], bool]) -> re.Pattern[str]:
    """The pairs of a lead and a continuation (Latin-1, Windows-1252) that ``is_bad`` flags wherever they stand.

    Its pattern has no look-around, so a pair it matches after "\\x00" (which none of its classes
    holds, and which keeps its "^" off the pair) it matches in any text. A search for these pairs
    costs less than ``is_bad``'s many alternatives.
    """
    continuations = set(bytes(range(0x80, 0xC0)).decode("sloppy-windows-1252")) - set(map(chr, range(0x80, 0xA0)))
    branches = []
    for lead in bytes(range(0xC2, 0xF5)).decode("latin-1"):
        flagged = {char for char in continuations if is_bad("\x00" + lead + char)}
        if flagged:
            branches.append(re.escape(lead) + _class(flagged))
    return re.compile("|".join(branches))


def _build_undecodable(codecs_: Sequence[str]) -> re.Pattern[str]:
    """A sign that none of ftfy's codecs can turn the text into UTF-8 bytes that decode.

    A character no codec has (CJK, ...); or a lone non-ASCII character, which every codec makes a
    lone byte >= 0x80 that UTF-8 cannot decode, whatever ftfy's byte repairs do around it: those turn a
    space after a lead byte into 0xA0, and sequences with "?" or 0x1A (U+FFFD) into U+FFFD. So the
    character stands after a printable ASCII character other than "?", or after a space that follows
    ASCII, or at the line start; and before a printable ASCII character other than " " and "?", or at
    the line end -- or before any ASCII when each codec makes it a continuation byte (0x80-0xBF) or
    a byte UTF-8 never uses (0xF5-0xFF), or Mac Roman, which ftfy decodes without byte repairs.
    """
    high = bytes([*range(0x80, 0x100), 0x1A])  # 0x1A: U+FFFD in the sloppy codecs
    known: set[str] = set()
    unsafe: set[str] = set()
    for codec in codecs_:
        for byte, char in zip(high, high.decode(codec), strict=True):
            known.add(char)
            if not (codec == "macroman" or 0x80 <= byte <= 0xBF or byte >= 0xF5):
                unsafe.add(char)
    safe = known - unsafe - {"\ufffd"}
    plain = "[\\x00-\\x19\\x1b-\\x1f!->@-\\x7f]"  # ASCII but 0x1A, " " and "?"
    after = f"(?:(?<={plain}.)|(?<= .)(?<![^\\x00-\\x7f] .)|(?<![\\s\\S].))"
    before = f"(?:(?<={_class(safe)})(?=[\\x00-\\x7f]|\\Z)|(?={plain}|\\Z))"
    no_codec = "[^\\x00-\\x7f" + _class(known)[1:]
    # one leading class, so that the engine skips ASCII at C speed; the rest looks around it
    return re.compile(f"[^\\x00-\\x7f\\ufffd](?:(?<={no_codec})|{after}{before})")


def _decode_layer(text: str, tests: _FtfyTests) -> str | None:
    """The text ftfy's first decoding of ``text`` gives: UTF-8 that was read as Latin-1 or Windows-1252.

    None where ftfy would try further (another codec, a lossy sequence, CESU-8).
    """
    try:
        raw = text.encode("latin-1")  # ftfy tries Latin-1 first, then sloppy Windows-1252
    except UnicodeEncodeError:
        try:
            raw = text.encode("sloppy-windows-1252")
        except UnicodeEncodeError:
            return None
    for attempt in range(2):
        if ((0x1A in raw or 0x3F in raw) and tests.lossy.search(raw)) or 0xED in raw or 0xC0 in raw:
            return None  # every lossy sequence holds a 0x1A or "?"
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            # ftfy first puts back an 0xA0 that became a space ("Ã " for "à"); that pattern never
            # matches valid UTF-8, so only text that does not decode can need it
            if attempt or not tests.altered.search(raw):
                return None
            from ftfy.fixes import restore_byte_a0

            raw = restore_byte_a0(raw)
    return None


def _decode_whole_line(text: str) -> str | None:
    """ftfy's fix of a line that is all UTF-8 misread as Latin-1 or Windows-1252, once or more, at C speed.

    Returns what ``ftfy.fix_and_explain`` returns with the news-safe settings when its fix is a decoding
    of the whole line, layer by layer, and nothing else; None when ftfy might do anything else (the
    line then goes to ftfy). Each layer is ftfy's first choice of codec; the decoding stops where
    ftfy's test ``is_bad`` says the text looks right, or where no codec can decode it (a lone
    non-ASCII character between ASCII ones, and no UTF-8 mojibake left for ftfy to decode piecewise).

    >>> _decode_whole_line("donÃ¢â‚¬â„¢t")
    'don’t'
    >>> _decode_whole_line("café donâ€™t") is None  # a line ftfy decodes piece by piece
    True
    """
    tests = _ftfy_tests()
    if tests is None or not _looks_bad(text, tests):
        return None
    while True:
        decoded = _decode_layer(text, tests)
        if decoded is None:
            return None
        text = decoded
        if text.isascii():
            return text
        if tests.surely_bad.search(text) or tests.c1.search(text):
            continue  # bad to is_bad: ftfy decodes again
        if _undecodable(text, tests) or not tests.is_bad(text):
            break
    # ftfy's fixers after the decoding change nothing here but ligatures (and the C1 controls and
    # surrogates that a strict UTF-8 decoding cannot give)
    return None if tests.ligature.search(text) else text


def _looks_bad(text: str, tests: _FtfyTests) -> bool:
    """ftfy's ``is_bad``, answered by cheaper searches where they can."""
    return bool(tests.surely_bad.search(text) or tests.c1.search(text)) or tests.is_bad(text)


def _undecodable(text: str, tests: _FtfyTests) -> bool:
    """Would ftfy leave ``text`` (free of C1 controls) as it is, even if ``is_bad`` found it bad?

    Yes when no codec can decode it and it holds no UTF-8 mojibake to decode piece by piece. These
    tests cost less than ``is_bad`` on text that looks right.
    """
    if not tests.undecodable.search(text):
        return False
    start = tests.inconsistent_start.search(text)
    return start is None or not tests.inconsistent.search(text, start.start())


#: An upper-case word ending in Ã before a closing guillemet, quote, ellipsis or dash ("«IRMÃ»"): correct
#: Portuguese that ftfy would read as mojibake ("IRMû"). Masked while ftfy runs. (No word ends in Â
#: in Portuguese, Romanian or Vietnamese, so "NÂ»" stays mojibake.)
_CAPITAL_BEFORE_MARK = LazyPattern(r"(?<=\p{Lu})Ã(?=[«»…“”‘’](?!\p{L})|[–—])", regex=True)
_MASK = "\U000f0001"


def _ftfy(line: str, reasons: set[str]) -> str:
    masked = line
    if "Ã" in line and _MASK not in line:
        masked = _CAPITAL_BEFORE_MARK.sub(_MASK, line)
    if masked == line and (decoded := _decode_whole_line(line)) is not None:
        if decoded != line:
            reasons.add("mojibake")
        return decoded
    import ftfy

    fixed, steps = ftfy.fix_and_explain(masked, _config())
    if masked != line:
        fixed = fixed.replace(_MASK, "Ã")
    if fixed != line:
        # "encode" and "transcode" steps are parts of a decoding; the "decode" step names it
        reasons.update(_ftfy_reason(action, value) for action, value in steps or () if action in ("apply", "decode"))
    return fixed
