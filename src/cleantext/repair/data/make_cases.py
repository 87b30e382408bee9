"""Write cases.txt.gz: for the word table's words whose first letter is outside ASCII, the case a dictionary writes.

Usage (on Debian 12, with Hunspell and its dictionaries, which cleantext itself does not need)::

    apt-get install hunspell hunspell-pl hunspell-hr hunspell-cs hunspell-sk \\
        hunspell-sl hunspell-de-de hunspell-fr hunspell-es hunspell-pt-pt hunspell-pt-br hunspell-it \\
        hunspell-nl hunspell-ca hunspell-hu hunspell-ro hunspell-tr hunspell-sv hunspell-da hunspell-no \\
        hunspell-is hunspell-lt hunspell-lv
    python src/cleantext/repair/data/make_cases.py

A lost first letter's case is the one thing the bytes never keep. A name is written with a capital wherever
it stands, a common word small unless its place asks for a capital (a sentence's start); a language's spelling
dictionary records exactly that, each word in the case it takes mid-sentence (German nouns capitalised). The
word table (words.txt.gz, from wordfreq) folds case, so it cannot tell; this file adds, per language, which of
its words a dictionary of that language writes only with a capital (``^``) and which only small (``_``).
A word it writes both ways (Polish "łodzi": of "łódź", a boat, and of "Łódź") or not at all is in neither list.

"Only small": Hunspell accepts the small word. "Only with a capital": it accepts the capitalised word and not
the small one. "Both": it accepts the small word and a capitalised entry of the dictionary yields the word too
(the dictionary cut down to its entries that begin with a capital outside ASCII accepts it). Vietnamese is
left out (a name is made of common syllables, "Đà Nẵng"), and English and Finnish (no such dictionary here;
an English word that begins with a letter outside ASCII is taken for a name already). The file is
deterministic: the same word table and dictionaries give the same bytes. See README.md beside it.
"""

from __future__ import annotations

import gzip
import subprocess
import tempfile
from pathlib import Path

from make_words import packed, save

HERE = Path(__file__).parent
OUT = HERE / "cases.txt.gz"
WORDS = HERE / "words.txt.gz"
DICTIONARIES = Path("/usr/share/hunspell")
#: Version of the file's format and content; bumped whenever either changes.
VERSION = 1
#: The word table's languages and the Hunspell dictionaries of each (Serbo-Croatian: Croatian and Serbian in
#: the Latin alphabet; Portuguese: of Portugal and of Brazil).
SOURCES = {
    "pt": ["pt_PT", "pt_BR"],
    "es": ["es_ES"],
    "fr": ["fr_FR"],
    "de": ["de_DE"],
    "it": ["it_IT"],
    "nl": ["nl_NL"],
    "ca": ["ca_ES"],
    "pl": ["pl_PL"],
    "cs": ["cs_CZ"],
    "sk": ["sk_SK"],
    "sl": ["sl_SI"],
    "sh": ["hr_HR"],
    "hu": ["hu_HU"],
    "ro": ["ro_RO"],
    "tr": ["tr_TR"],
    "sv": ["sv_SE"],
    "da": ["da_DK"],
    "nb": ["nb_NO"],
    "is": ["is_IS"],
    "lt": ["lt_LT"],
    "lv": ["lv_LV"],
}
#: Romanian is written with a comma below (the table's spelling) and with a cedilla (older dictionaries).
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def table_words() -> dict[str, list[str]]:
    """The word table's words, per language, whose first letter is outside ASCII and has a capital."""
    out: dict[str, list[str]] = {}
    language = ""
    for line in gzip.decompress(WORDS.read_bytes()).decode("utf-8").split("\n"):
        mark = line[:1]
        if mark == "@":
            language = line[1:]
            out[language] = []
        elif mark and mark not in "#%!=":
            out[language] += [word for word in line.split(" ") if not word[0].isascii() and word[0] != word[0].upper()]
    return out


def encoding(name: str) -> str:
    """The character set a dictionary is written in (its affix file's ``SET``)."""
    for line in (DICTIONARIES / f"{name}.aff").read_bytes().removeprefix(b"\xef\xbb\xbf").split(b"\n"):
        if line.startswith(b"SET "):
            return line[4:].strip().decode("ascii").replace("ISO8859", "iso8859")
    return "iso8859-1"


def accepted(name: str, words: list[str], dictionary: Path | None = None) -> set[str]:
    """The ``words`` that the dictionary ``name`` (or ``dictionary``, with its affix file) accepts as written."""
    charset = encoding(name)
    sendable = [word for word in words if word.encode(charset, "ignore").decode(charset) == word]
    data = "".join(f"{word}\n" for word in sendable).encode(charset)
    # -G prints the words it accepts (and makes no suggestions for the others, which is slow)
    command = ["hunspell", "-G", "-d", str(dictionary or DICTIONARIES / name), "-i", charset]
    run = subprocess.run(command, input=data, capture_output=True, check=True)
    return set(sendable) & set(run.stdout.decode(charset).split("\n"))


def named(name: str, words: list[str]) -> set[str]:
    """The (capitalised) ``words`` that the dictionary's entries beginning with a capital outside ASCII make:
    the dictionary cut down to those entries, with its affix file, is asked."""
    charset = encoding(name)
    entries = []
    for raw in (DICTIONARIES / f"{name}.dic").read_bytes().split(b"\n")[1:]:
        line = raw.decode(charset, "replace")
        if line[:1] and not line[0].isascii() and line[0].isupper():
            entries.append(raw)
    with tempfile.TemporaryDirectory() as folder:
        names = Path(folder) / "names"
        names.with_suffix(".dic").write_bytes(str(len(entries)).encode("ascii") + b"\n" + b"\n".join(entries) + b"\n")
        names.with_suffix(".aff").write_bytes((DICTIONARIES / f"{name}.aff").read_bytes())
        return accepted(name, words, names)


def cases(language: str, words: list[str]) -> tuple[list[str], list[str]]:
    """The ``words`` that ``language``'s dictionaries write only with a capital, and only small."""
    spellings = {word: {word, word.translate(_CEDILLA)} if language == "ro" else {word} for word in words}
    small: set[str] = set()
    capital: set[str] = set()
    names: set[str] = set()
    every = sorted({form for forms in spellings.values() for form in forms})
    capitalised = [form[0].upper() + form[1:] for form in every]
    for name in SOURCES[language]:
        small |= accepted(name, every)
        capital |= accepted(name, capitalised)
        names |= named(name, capitalised)
    only_capital, only_small = [], []
    for word, forms in spellings.items():
        is_small = bool(forms & small)
        is_name = any(form[0].upper() + form[1:] in names for form in forms)
        is_capital = any(form[0].upper() + form[1:] in capital for form in forms)
        if is_small and not is_name:
            only_small.append(word)
        elif not is_small and (is_name or is_capital):
            only_capital.append(word)
    return sorted(only_capital), sorted(only_small)


def build() -> bytes:
    """The file's bytes: a header, then per language ``@lang``, ``^`` and its capitalised words, ``_`` and its small."""
    lines = [
        f"# cleantext case table v{VERSION}, from Hunspell's dictionaries (Debian 12): see README.md",
        "# @lang; ^the words written only with a capital; _the words written only small (first letter outside ASCII)",
    ]
    for language, words in table_words().items():
        if language not in SOURCES:
            continue
        only_capital, only_small = cases(language, words)
        print(f"{language}: {len(words)} words, {len(only_capital)} capital, {len(only_small)} small")
        lines += ["@" + language, "^" + " ".join(only_capital), "_" + " ".join(only_small)]
    return packed(lines)


def main() -> None:
    save(build(), OUT)


if __name__ == "__main__":
    main()
