"""Repair mojibake and Unicode damage, line by line, and leave correct text exactly as it is.

Scraped news text arrives damaged in a few typical ways: UTF-8 read as Windows-1252 (``donâ€™t``),
sometimes twice (``donÃ¢â‚¬â„¢t``); with a byte of a sequence lost on the way -- replaced by ``?`` or
U+FFFD, or silently dropped (``pointâ€?``, ``MartÃn``, ``8Â p.m.``); with C1 control characters where
Windows-1252 punctuation belonged; and with HTML entities left in (``caf&eacute;``).

:func:`repair` fixes each line on its own, so that a document where only some paragraphs are broken
gets those paragraphs fixed and the rest left alone. A line runs through small fixers, each documented
below with an example (in the manner of ftfy's ``fixes`` module):

0. :func:`remove_terminal_codes` -- terminal colour codes and overstruck (bold, underlined) letters of
   text captured from a terminal, once per line before the rest;
1. :func:`unescape_entities` -- HTML entities, everywhere in the line (ftfy stops at the first ``<``);
2. :func:`peel_lossy_layer` and :func:`restore_lost_bytes` -- the lossy cases ftfy can only turn into
   U+FFFD: ``â€`` and ``Ã`` (also a combining acute, an emoji joiner or variation selector) whose
   last byte was lost, with the character chosen from the context;
3. ftfy itself, with news-safe settings: curly quotes stay curly, full-width text keeps its width, no
   Unicode normalisation, no line-break or control-character changes. A line that is wholly UTF-8
   misread as Latin-1 or Windows-1252 (the commonest damage) is decoded at C speed instead, when
   ftfy's own tests show that ftfy would do just that (:func:`_decode_whole_line`);
4. :func:`decode_leftovers` -- single mojibake symbols (``â‚©``, ``â„¢``) ftfy leaves when the rest of
   the line looks right;
5. :func:`restore_lost_nbsp` -- the lone ``Â`` left where a no-break space lost its second byte.

The steps repeat until the line stops changing (double-encoded text peels one layer per round).
Lines that show no sign of damage -- most lines of most documents -- skip all of this: ASCII lines
without ``&``, ESC or backspace at once, other lines after one regular expression built from the characters that UTF-8
mojibake is made of.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from html.entities import html5
from typing import TYPE_CHECKING, NamedTuple

from .errors import require_text
from .lazy import LazyPattern
from .model import Outcome, register_step, split_lines

if TYPE_CHECKING:
    import ftfy

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

#: The single-byte encodings UTF-8 is wrongly read as (ftfy's list): mojibake is made of their characters.
_CODECS = ("latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "iso-8859-2", "mac-roman", "cp437")
#: Typography that Mac Roman puts at a lead-byte position; before an accented letter it proves nothing
#: ("“École"). Its other leads stay: "√" (é is "√©"), "‚" (’ is "‚Äô"), "◊" (Hebrew), ...
_TYPOGRAPHY = set("“”‘’„–—…«»‹›·•€‰\xa0")


def _decoded(codec: str, first: int, last: int) -> set[str]:
    chars = set()
    for byte in range(first, last + 1):
        try:
            chars.add(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.add(chr(byte))  # the sloppy reading: an undefined byte passes through as a C1 control
    return chars


def _class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


def _suspect_source() -> str:
    """One pattern for "this line may be damaged": a mojibake sequence, a lone marker, an entity.

    A mojibake sequence is what a UTF-8 sequence becomes in one of the codecs: the character of a
    lead byte followed by as many characters of continuation bytes as that lead needs (one after
    0xC2-0xDF, two after 0xE0-0xEF, three after 0xF0-0xF4) -- so "café”" or "été…" is not one, while
    "Ã©" and "â€™" are. Guillemets after a letter are ordinary in Cyrillic and Greek text, so they count
    as continuations only in the Western codecs.
    """
    sequences = []
    starts = set("&ÂÃâïÌ")
    for codec in _CODECS:
        continuations = _class(_decoded(codec, 0x80, 0xBF) - (set() if codec in ("latin-1", "cp1252") else set("«»")))
        for first, last, length in ((0xC2, 0xDF, 1), (0xE0, 0xEF, 2), (0xF0, 0xF4, 3)):
            leads = _decoded(codec, first, last) - _TYPOGRAPHY
            sequences.append(_class(leads) + continuations + (f"{{{length}}}" if length > 1 else ""))
            starts |= leads
    # "Â", "Ã" and "â€" with a lost byte, C1 controls, U+FFFD, surrogates and Latin ligatures (ftfy splits them)
    others = "\x80-\x9f\ufffd\ud800-\udfff\ufb00-\ufb06\u0132\u0133\u013f\u0140\u0149\u01c4-\u01cc\u01f1-\u01f3"
    markers = "â€|ï¸|Ì[?\ufffd]|[ÂÃ" + others + "]"
    # The look-ahead lets the engine pass over ordinary characters without trying every alternative.
    first = _class(starts)[:-1] + others + "]"
    return "(?=" + first + ")(?:" + "|".join([r"&#?\w+;", markers, *sequences]) + ")"


#: A line this pattern does not match cannot hold mojibake, entities, C1 controls or lost bytes.
#: (Patterns are compiled on first use: ``import cleantext`` does no work beyond definitions.)
_SUSPECT = LazyPattern(_suspect_source)
#: Characters that a UTF-8 continuation byte (0x80-0xBF) becomes when read as Windows-1252 or Latin-1.
_CONTINUATION = "".join(sorted(_decoded("cp1252", 0x80, 0xBF) | _decoded("latin-1", 0x80, 0xBF)))


@lru_cache(maxsize=1)
def _not_continuation() -> str:
    """Not a continuation byte in any of the codecs: after "â€", a sign that the third byte is missing."""
    chars = set().union(*(_decoded(codec, 0x80, 0xBF) for codec in _CODECS)) | set(_CONTINUATION)
    return "[^" + _class(chars)[1:]


# --- 1. HTML entities ---------------------------------------------------------------------------

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
    """
    if "&" not in line:
        return line
    return _ENTITY.sub(_entity, line)


# --- 2. Lost bytes ftfy can only turn into U+FFFD ---------------------------------------------------


#: "â€" whose third byte became "?" or U+FFFD, or vanished (nothing left that could continue it).
#: A "Â" in between is the double-encoded form of the same loss.
def _lost() -> str:
    return r"Â?(?:[?\ufffd]|(?=" + _not_continuation() + r")|$)"


#: The em dash "â€”" double-encoded, whose "”" lost its own last byte; and "â€”" or "â€“" whose curly
#: quote a quote-straightener turned into '"' -- a dash either way.
#: ("â€" leads every alternative, so that the engine looks for it at C speed.)
_LOST_PUNCTUATION = LazyPattern(lambda: "â€(?:(?P<dash>â€" + _lost() + ')|(?P<straight>")|' + _lost() + ")")
#: "Ã" whose second byte became "?" or U+FFFD, before a letter.
_LOST_LETTER = LazyPattern(r"ÃÂ?[?\ufffd](?=[^\W\d_])(?![ÂÃâ" + re.escape(_CONTINUATION) + "])")
#: "Ã" between letters where the soft hyphen (0xAD) of "í" was dropped: "MartÃn", "GarcÃa".
_LOST_SOFT_HYPHEN = LazyPattern(r"(?<=\p{L})ÃÂ?(?=\p{Ll})(?!" + _class(set(_CONTINUATION)) + ")", regex=True)
#: A word-final "Ã" whose soft hyphen was dropped, in the words that end in "í" (aquí, así, sí, aí, ...).
#: Elsewhere a final "Ã" before a space is more often "à" whose 0xA0 became the space (ftfy's reading).
_LOST_FINAL_I = LazyPattern(
    r"(?<=(?<!\p{L})(?:[aA]qu|[aA]s|[aA]ll|[aA]h|s|m|a|[dD]a|Hait|esqu))Ã(?=[\s,.;:!?)»”]|$)", regex=True
)
#: A combining acute accent (U+0301, bytes 0xCC 0x81) that lost its undefined 0x81, in decomposed text.
#: Inside a word, or after a vowel ("EÌ?" is "É"; Italian "COSÌ?" is a question).
_LOST_ACUTE = LazyPattern(r"(?<=[A-Za-z])Ì[?\ufffd](?=\p{L})|(?<=[AEIOUYaeiouy])Ì[?\ufffd]", regex=True)
#: The emoji variation selector U+FE0F (bytes EF B8 8F) whose undefined 0x8F was lost: "â™€ï¸?" is ♀️.
_LOST_VARIATION = LazyPattern(lambda: r"ï¸(?:[?\ufffd]|(?=" + _not_continuation() + r")|$)")
#: Endings of upper-case words whose lost letter was "Í" rather than "Á" (GARCÍA, MARTÍNEZ, DÍAZ, ...).
_I_ENDINGS = LazyPattern(r"(?:A|AS|AZ|O|OS|N|NEZ|REZ|TEZ|GUEZ)\b")
#: Beginnings of words that start with "Í" rather than "Á" (Íñigo, Índice, Ícaro, Ítalo, Ídolo, ...).
_I_BEGINNINGS = LazyPattern(r"(?:Ñ|NDI|NTIM|NTEGR|CAR|TAL|DOL|SL|NFIM)")
_WORD_REST = LazyPattern(r"[^\W\d_]*")
_PLAIN_SUFFIX = LazyPattern(r"(?:s|t|d|m|ll|re|ve)\b")


_MOJIBAKE_QUOTE = {"â€œ": "“", "â€\x9d": "”", "â€ž": "„"}
_THREE_BYTES = LazyPattern("â€.", re.DOTALL)


class _QuoteBalance:
    """Double quotes opened and closed in text read piece by piece (quotes in mojibake form count too).

    Reads each character once, so that a line with many lost quotes costs linear time.
    """

    __slots__ = ("closed", "opened", "pending")

    def __init__(self) -> None:
        self.opened = 0  # “ opens; „…“ pairs close with “, so „ takes one back
        self.closed = 0
        self.pending = ""  # "â" or "â€" at the end of what was read: the start of a three-byte sequence

    def feed(self, text: str) -> None:
        index = 0
        while index < len(text):
            if self.pending:
                sequence = self.pending + text[index]
                index += 1
                if sequence == "â€":
                    self.pending = sequence
                elif len(sequence) == 3:  # "â€" and any third character: one unit, as _THREE_BYTES reads it
                    self._count(_MOJIBAKE_QUOTE.get(sequence, ""))
                    self.pending = ""
                else:  # an "â" that does not start a sequence: read the next character afresh
                    self.pending = ""
                    index -= 1
                continue
            found = text.find("â", index)
            self._count(text[index:] if found < 0 else text[index:found])
            if found < 0:
                break
            self.pending = "â"
            index = found + 1

    def _count(self, chunk: str) -> None:
        self.opened += chunk.count("“") - chunk.count("„")
        self.closed += chunk.count("”")

    @property
    def open(self) -> bool:
        return self.opened > self.closed


def _quote_open(text: str) -> bool:
    """Is a double quotation open at the end of ``text`` (reading quotes still in mojibake form)?

    >>> _quote_open("percent â€” then â€œstandard candles")
    True
    >>> _quote_open("â€œquoteâ€\x9d then the players")
    False
    """
    balance = _QuoteBalance()
    balance.feed(text)  # "â€”" holds a ” byte but is a dash: only whole sequences count
    return balance.open


def _lost_punctuation(before: str, after: str, rest: str, quote_open: Callable[[], bool]) -> str:
    """The punctuation a lost ``â€`` sequence stood for, chosen from the characters around it.

    ``rest`` is (the start of) the text after the sequence; ``quote_open`` says whether a double quote
    is open in the line before it (already repaired).
    """
    if after in ("ð", "â"):  # an emoji or symbol follows, still in mojibake form
        if before in _CONTINUATION or unicodedata.category(before or " ") == "So":
            return "\u200d"  # the zero-width joiner (0x8D lost) between two emoji: 🤹‍♀️
        after = " "
    if before.isdigit() and after.isdigit():
        return "–"  # a range: 1990–2000
    if before.isalnum() and after.isalpha() and _PLAIN_SUFFIX.match(rest):
        return "’"  # don’t, Trump’s, the 1990’s
    if before.isalpha() and after.isalpha():
        return "—"  # word—word
    if (not before or before.isspace()) and (not after or after.isspace()):
        return "—" if before and after else "”"  # a spaced dash
    if not before or before.isspace() or before in "([{—–-/":
        return "“"  # opening a quotation
    if before == "s" and after in ("", " ") and not quote_open():
        return "’"  # the players’ union
    return "”"


def _restore_punctuation(line: str) -> str:
    out: list[str] = []
    last = ""  # the last character of "".join(out)
    balance = _QuoteBalance()
    read = 0  # pieces of ``out`` that ``balance`` has read

    def quote_open() -> bool:  # asked rarely: the pieces are read only then, and each once
        nonlocal read
        for piece in out[read:]:
            balance.feed(piece)
        read = len(out)
        return balance.open

    position = 0
    for match in _LOST_PUNCTUATION.finditer(line):
        start, end = match.span()
        if start > position:
            out.append(line[position:start])
            last = line[start - 1]
        if match.group("dash"):
            char = "—"
        elif match.group("straight"):
            before = start - 1
            while before >= 0 and line[before].isspace():
                before -= 1
            after = end
            while after < len(line) and line[after].isspace():
                after += 1
            digits = before >= 0 and line[before].isdigit() and after < len(line) and line[after].isdigit()
            char = "–" if digits else "—"
        else:
            rest = line[end : end + 16]  # enough for every look at what follows
            if rest.startswith("Â") and not rest[1:2].isalpha():
                rest = rest[1:]  # the remnant of a lost no-break space: look past it
            char = _lost_punctuation(last, rest[:1], rest, quote_open)
        piece = _mojibake(char)
        out.append(piece)
        last = piece[-1]
        position = end
    out.append(line[position:])
    return "".join(out)


def _lost_letter(line: str, start: int, end: int) -> str:
    """The letter a lost ``Ã`` sequence stood for: "í" inside a word, "Á" or "Í" at an upper-case one."""
    before = line[start - 1] if start else ""
    rest = _WORD_REST.match(line, end).group(0)
    if rest[:1].islower() and before.isalpha():
        return "í"  # only the lower-case í (0xAD, a soft hyphen) goes missing inside a lower-case word
    upper = rest.upper()
    if not before.isalpha():
        return "Í" if _I_BEGINNINGS.match(upper) else "Á"
    if before in "AEOU" or _I_ENDINGS.fullmatch(upper):
        return "Í"  # PAÍS, CAÍDA (an accent that breaks a diphthong is on the i); GARCÍA, MARTÍNEZ
    return "Á"


def _cp1252_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that is not part of valid UTF-8 stays the character it was."""
    bad = error.object[error.start : error.end]
    return bad.decode("sloppy-windows-1252"), error.end


codecs.register_error("cleantext-keep-cp1252", _cp1252_byte)


def peel_lossy_layer(line: str) -> str:
    """Undo one layer of double encoding when a lost byte sits under it, so the loss can be seen.

    ftfy decodes a double-encoded line layer by layer inside one call and turns the lost byte of the
    inner layer into U+FFFD; peeling the outer layer first lets :func:`restore_lost_bytes` choose it.

    >>> peel_lossy_layer("Ã¢â‚¬Å“quoteÃ¢â‚¬Â?")
    'â€œquoteâ€Â?'
    >>> peel_lossy_layer("cafÃƒÂ© SÃO")
    'cafÃƒÂ© SÃO'
    """
    if "Ã" not in line:
        return line
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    try:
        raw = line.encode("sloppy-windows-1252")  # U+FFFD becomes 0x1A, SUBSTITUTE
    except UnicodeEncodeError:
        return line
    peeled = raw.decode("utf-8", "cleantext-keep-cp1252").replace("\x1a", "\ufffd")
    if peeled == line or ("â€" not in peeled and "Ã" not in peeled):
        return line  # no loss to uncover
    if _losses(peeled) > _losses(line):  # the peel uncovered a loss
        return peeled
    return line


def _losses(text: str) -> int:
    return sum(len(lost.findall(text)) for lost in (_LOST_PUNCTUATION, _LOST_LETTER, _LOST_SOFT_HYPHEN))


@lru_cache(maxsize=64)  # a few characters, asked for on every damaged line
def _mojibake(char: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    return char.encode("utf-8").decode("sloppy-windows-1252")


def restore_lost_bytes(line: str) -> str:
    """Put back the characters whose last byte was lost, choosing them from the context.

    They go back in their mojibake form, so that the line still decodes as a whole (ftfy's special
    cases, such as "Ã quele" for "àquele", depend on it):

    >>> restore_lost_bytes("pointâ€? and MartÃn")
    'pointâ€\\x9d and MartÃ\\xadn'
    >>> repair_line("â€?Weâ€?re done,â€? she said of the 1990â€?2000 war â€? and the playersâ€? union.")
    '“We’re done,” she said of the 1990–2000 war — and the players’ union.'
    >>> repair_line("Ã?lvaro MartÃ?n, Ã\\ufffdñigo GARCÃ?A, LA CAÃ?DA and RodrÃguez")
    'Álvaro Martín, Íñigo GARCÍA, LA CAÍDA and Rodríguez'
    >>> repair_line("IRMÃ? SÃO PAULO")
    'IRMÃ? SÃO PAULO'
    """
    if "â€" not in line and "Ã" not in line and "Ì" not in line and "ï¸" not in line:
        return line
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    if "â€" in line:
        line = _restore_punctuation(line)
    if "Ã" in line:
        line = _LOST_LETTER.sub(lambda match: _mojibake(_lost_letter(match.string, match.start(), match.end())), line)
        line = _LOST_SOFT_HYPHEN.sub(_mojibake("í"), line)
        line = _LOST_FINAL_I.sub(_mojibake("í"), line)
    if "Ì" in line:
        line = _LOST_ACUTE.sub(_mojibake("\u0301"), line)
    if "ï¸" in line:
        line = _LOST_VARIATION.sub(_mojibake("\ufe0f"), line)
    return line


# --- 3. ftfy ------------------------------------------------------------------------------------


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
    except (ImportError, AttributeError, KeyError, TypeError, ValueError, re.error):
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


# --- 4. The lone "Â" of a no-break space ----------------------------------------------------------

#: "Â" ending a line after text: the 0xA0 of a no-break space was lost (and trailing space stripped).
_LONE_A_AT_END = LazyPattern(r"(?<=[\p{Ll}\p{Lo}\p{N}\p{P}\p{S}])(?<![ÃÂâ].)(?:Â[ \t\xa0]*)+(?=\r?$)", regex=True)
#: "Â" after text and before a space or another letter: the 0xA0 became a space, or vanished.
_LONE_A_INSIDE = LazyPattern(
    r"(?<=[\p{Ll}\p{N}\p{P}\p{S}])Â[ \xa0]"  # "8Â p.m.", "«Â Bonjour"
    r"|(?<=[\p{Ll}\p{N}])Â(?=[\p{Ll}\p{N}])"  # "8Âp.m." (not "“Âm nhạc”": Vietnamese words begin with Â)
    r"|(?<=\p{Lu})(?<!Â)Â(?:[ \xa0](?=[\p{Ll}\p{N}])|(?=[\p{Ll}\p{N}]))",  # "USÂ dollar"
    regex=True,
)  # not after another "Â": in "ÂÂÂ\xa0x" each pass would take one more, and repair would never settle
#: "Â" inside a lower-case word: the soft hyphen (0xAD) of a hyphenation point was dropped ("NotÂfall").
_LONE_A_IN_WORD = LazyPattern(r"(?<=\p{Ll})Â(?=\p{Ll})(?!" + _class(set(_CONTINUATION)) + ")", regex=True)


def restore_lost_nbsp(line: str) -> str:
    """Turn the lone "Â" of a damaged no-break space back into the space; drop it at the line end.

    >>> restore_lost_nbsp("It starts at 8Â p.m. and costs $5Â million.Â")
    'It starts at 8\\xa0p.m. and costs $5\\xa0million.'
    >>> restore_lost_nbsp("ÎNVĂȚĂMÂNT in ROMÂNIA, CÂMARA and Â")
    'ÎNVĂȚĂMÂNT in ROMÂNIA, CÂMARA and Â'

    Inside a lower-case word it was a soft hyphen, which is invisible too:

    >>> restore_lost_nbsp("NotÂfallÂdaten")
    'Not\\xadfall\\xaddaten'
    """
    if "Â" not in line:
        return line
    line = _LONE_A_AT_END.sub("", line)
    line = _LONE_A_IN_WORD.sub("\xad", line)
    return _LONE_A_INSIDE.sub("\xa0", line)


def drop_final_lone_a(line: str) -> str:
    """Drop the "Â" of a lost no-break space at the line end; run before ftfy, which would keep the space.

    >>> drop_final_lone_a("Officials said the road would reopen soon.Â ")
    'Officials said the road would reopen soon.'
    """
    return _LONE_A_AT_END.sub("", line) if "Â" in line else line


# --- 5. Mojibake ftfy leaves when the rest of the line looks right ---------------------------------

#: Sequences that are mojibake whatever surrounds them: a three-byte "â" sequence (punctuation and
#: symbols: ™ ₩ ► …), a four-byte "ð" one (emoji), and "Â" or "Ã" before a continuation -- except
#: where a guillemet, quote or ellipsis may follow an upper-case word ending in Â or Ã ("IRMÃ»").
_LEFTOVER = LazyPattern(
    "â" + _class(set(_CONTINUATION)) + "{2}"
    "|ð" + _class(set(_CONTINUATION)) + "{3}"
    "|Â"
    + _class(set(_CONTINUATION) - set("\xa0\xad"))  # those two are restore_lost_nbsp's
    + "|Ã"
    + _class(set(_CONTINUATION) - set("«»…“”‘’–—"))
    + "|(?<=[0-9a-zß-öø-ÿ])Ã[«»…“”‘’–—]"  # "2Ã—3" is mojibake; "IRMÃ—" and "a lot of Ã’s" are not
)


def _decode_sequence(match: re.Match[str]) -> str:
    try:
        return match.group(0).encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return match.group(0)


def decode_leftovers(line: str) -> str:
    """Decode the UTF-8 sequences ftfy left because the rest of its line looked right.

    >>> decode_leftovers("VIP: 60,000â‚© for Adipocellâ„¢ â–º SÃO PAULO")
    'VIP: 60,000₩ for Adipocell™ ► SÃO PAULO'
    """
    if "â" not in line and "ð" not in line and "Â" not in line and "Ã" not in line:
        return line
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    return _LEFTOVER.sub(_decode_sequence, line)


# --- 0. Terminal codes ------------------------------------------------------------------------------

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


# --- The line and the document ------------------------------------------------------------------

_FIXERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("html-entity", unescape_entities),
    ("mojibake", peel_lossy_layer),
    ("lost-byte", restore_lost_bytes),
    ("lost-nbsp", drop_final_lone_a),
)


#: White space that ends a line and cannot be part of mojibake (the no-break space 0xA0 and NEL 0x85
#: can: "voilÃ\xa0", "Ã\x85"). The line is judged without it, so that stripping it (as ``tidy`` does)
#: cannot change how the rest is repaired: "Œè\u2000" and "Œè" get the same verdict.
_TRAILING_SPACE = (
    " \t\r\f\v\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"
)


def _repair_with_reasons(line: str) -> tuple[str, set[str]]:
    core = line.rstrip(_TRAILING_SPACE)
    if len(core) < len(line):
        text, reasons = _repair_with_reasons(core)
        tail = line[len(core) :]
        if core.endswith("Â") and not text.endswith("Â"):  # a lost no-break space goes with its spaces
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
    if (line.isascii() and "&" not in line) or not _SUSPECT.search(line):
        return line, reasons
    text = line
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
        if text == before:
            break
    return text, reasons


def repair_line(line: str) -> str:
    """Repair one line; a line with no sign of damage comes back as it is.

    >>> repair_line("donâ€™t")
    'don’t'
    >>> repair_line("the border crossing.Â")
    'the border crossing.'
    """
    return _repair_with_reasons(line)[0]


def decide_repair(lines: Sequence[str], /) -> Outcome:
    """Repair every line; each changed line names what was fixed (``mojibake+lost-nbsp``, ...)."""
    # The test each line gets first, made once for them all; the join (a copy) only for ASCII text.
    if all(map(str.isascii, lines)):
        joined = "\n".join(lines)
        if "&" not in joined and "\x1b" not in joined and "\x08" not in joined:
            return Outcome.unchanged(lines)
        del joined
    fixed: list[str] = []
    reasons: list[str] = []
    for line in lines:
        text, why = _repair_with_reasons(line)
        fixed.append(text)
        reasons.append("+".join(sorted(why)) or "mojibake")
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
