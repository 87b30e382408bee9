"""Lost bytes ftfy can only turn into U+FFFD: ``â€`` and ``Ã`` whose last byte was lost, chosen from context."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from ..lazy import LazyPattern
from .charsets import _CONTINUATION, _class, _mojibake, _not_continuation
from .quotes import _QuoteBalance


def _lost() -> str:
    """ "â€" whose third byte became "?" or U+FFFD, or vanished (nothing left that could continue it).
    A "Â" in between is the double-encoded form of the same loss."""
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


#: A word of one letter but "a" and "I" (which a dash may follow: "I—I said"): elided ("l’", "d’") or "O’".
_ELIDED = LazyPattern(r"(?<![^\W\d_])(?![aAI])[^\W\d_]$")

_THREE_BYTES = LazyPattern("â€.", re.DOTALL)


def _lost_punctuation(
    before: str,
    after: str,
    rest: str,
    quote_open: Callable[[], bool],
    spaced: Callable[[], str] = lambda: "—",
) -> str:
    """The punctuation a lost ``â€`` sequence stood for, chosen from the characters around it.

    ``rest`` is (the start of) the text after the sequence; ``quote_open`` says whether a double quote
    is open in the line before it (already repaired); ``spaced`` gives the dash between spaces, "" when
    nothing tells which (asked only for a spaced dash).
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
        if not before:
            return ""  # a line's first mark before a space: a bullet ("•", "·") as often as "–", "»", "“"
        return spaced() if after else "”" if quote_open() else ""  # at the end "¶", "…", "\u200b" as often
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

    dash: list[str] = []  # worked out once, for the first spaced dash

    def spaced() -> str:
        if not dash:
            dash.append(_spaced_dash(line))
        return dash[0]

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
            char = _lost_punctuation(last, rest[:1], rest, quote_open, spaced)
            if not char and start == 0 and _opens_quotation_before_space(line, end):
                char = "“"  # "â€? Wait for me,â€? she said.": a quotation the line closes before its attribution
            if char == "—" and _ELIDED.search(line, 0, start):
                char = "’"  # after a word of one letter, not "a" or "I": "l’Orange", "d’Artagnan", "O’Brien"
        piece = _mojibake(char) if char else match.group(0)  # "": nothing tells, the loss stays
        out.append(piece)
        last = piece[-1]
        position = end
    out.append(line[position:])
    return "".join(out)


def _opens_quotation_before_space(line: str, end: int) -> bool:
    """:func:`.line_start.opens_quotation_before_space`, imported when a line's first mark was lost before a space."""
    from .line_start import opens_quotation_before_space  # (the word table: only for such a line)

    return opens_quotation_before_space(line, end)


def _spaced_dash(line: str) -> str:
    """The dash a lost one between spaces in the mojibake ``line`` was, "" when nothing tells.

    English writes "—" and "–" there about as often (3,043 and 2,918 lines of the training text): the
    kind the line (still in mojibake form) and its document write between spaces decides, else it is
    left. Lines of other languages write "–" twice as often (148 and 71), which is kept as their guess.

    >>> _spaced_dash("Gateshead â€“ Newcastle, 1990"), _spaced_dash("a ‐ b")
    ('–', '')
    """
    from .context import spaced_dash
    from .damaged import _languages_word_by_word  # (the word table: only for a line with a spaced dash)

    kinds = {dash for dash in "–—" if f" {_mojibake(dash)} " in line}
    kinds.update(filter(None, [spaced_dash(line)]))
    if kinds:
        return kinds.pop() if len(kinds) == 1 else ""
    languages = _languages_word_by_word(line)
    return "" if not languages or "en" in languages else "–"


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


def _known_lost_letter(match: re.Match[str]) -> str:
    """The lost ``Ã`` letter of :func:`_lost_letter`, in mojibake form, when it makes a known word; else as it was.

    The guess by word shape is blind (``Ã?`` may be any of ``À``-``ß``); a word nobody writes
    (``Ã?scar`` read as "Áscar", ``Sept-Ã?les`` as "Áles") tells that it was wrong, so it is left.
    """
    from .damaged import _decode_part, _word_span  # (the word table: only for lines with such a loss)
    from .words import table

    line, start, end = match.string, match.start(), match.end()
    char = _lost_letter(line, start, end)
    left, right = _word_span(line, start, end)
    word = _decode_part(line[left:start]) + char + _decode_part(line[end:right])
    return _mojibake(char) if table().frequency(word) else match.group(0)


#: The languages of the word table that write "í".
_WRITE_I_ACUTE = frozenset(["es", "pt", "ca", "it", "cs", "sk", "hu", "is", "vi", "sh"])


def _soft_hyphen_or_eszett(line: str) -> Callable[[re.Match[str]], str]:
    """What a lost byte between small letters was: "í" (0xAD, the soft hyphen) or German "ß" (0x9F).

    Both are lost the same way (0x9F a C1 control, 0xAD invisible); every other letter lead by "Ã"
    whose byte gets lost is a capital. The word decides when it is known one way only
    ("MartÃn" is "Martín", "StraÃe" is "Straße"); else the line's language: "ß" in German, which
    has no "í" (nor do the languages it is told apart from by few words, such as Dutch), and "í" anywhere else (names: "GarcÃa").
    """
    from .damaged import _decode_part, _line_languages, _word_span
    from .words import table

    book = table()
    german: list[bool] = []  # worked out once, if a word does not tell

    def letter(match: re.Match[str]) -> str:
        left, right = _word_span(line, match.start(), match.end())
        head, tail = _decode_part(line[left : match.start()]), _decode_part(line[match.end() : right])
        known = [char for char in ("í", "ß") if book.frequency(head + char + tail)]
        if len(known) != 1:
            if not german:
                languages = _line_languages(line, book)
                german.append("de" in languages and not languages & _WRITE_I_ACUTE)
            known = ["ß" if german[0] else "í"]
        return _mojibake(known[0])

    return letter


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


def restore_lost_bytes(line: str) -> str:
    """Put back the characters whose last byte was lost, choosing them from the context.

    They go back in their mojibake form, so that the line still decodes as a whole (ftfy's special
    cases, such as "Ã quele" for "àquele", depend on it):

    >>> restore_lost_bytes("pointâ€? and MartÃn")
    'pointâ€\\x9d and MartÃ\\xadn'
    >>> from cleantext.repair import repair_line
    >>> repair_line("â€?Weâ€?re done,â€? she said of the 1990â€?2000 war â€? and the playersâ€? union â€” so.")
    '“We’re done,” she said of the 1990–2000 war — and the players’ union — so.'
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
        line = _LOST_LETTER.sub(_known_lost_letter, line)
        if _LOST_SOFT_HYPHEN.search(line):
            line = _LOST_SOFT_HYPHEN.sub(_soft_hyphen_or_eszett(line), line)
        line = _LOST_FINAL_I.sub(_mojibake("í"), line)
    if "Ì" in line:
        line = _LOST_ACUTE.sub(_mojibake("\u0301"), line)
    if "ï¸" in line:
        line = _LOST_VARIATION.sub(_mojibake("\ufe0f"), line)
    return line
