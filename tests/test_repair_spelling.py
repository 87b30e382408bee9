"""repair: a letter lost inside a word the word table lacks, as the line's language spells (cleantext.repair.spelling)."""

from __future__ import annotations

import importlib

import pytest

from cleantext.repair import repair

spelling = importlib.import_module("cleantext.repair.spelling")

#: "poduzetništvu" (entrepreneurship, locative) is not in the word table; "ni_tv" is "š" in 39 Croatian words.
CROATIAN = "Mnogi mladi danas razmišljaju o poduzetništvu i vlastitom poslu."


def test_a_letter_lost_inside_a_word_the_table_lacks_is_the_one_its_language_writes_there() -> None:
    # a Windows-1252 page read as UTF-8 (one U+FFFD a letter) and UTF-8 read by an ASCII decoder (two)
    assert repair(CROATIAN.replace("š", "\ufffd")) == CROATIAN
    assert repair(CROATIAN.replace("š", "\ufffd\ufffd")) == CROATIAN


def test_a_letter_whose_byte_vanished_after_its_lead_is_the_one_its_language_writes_there() -> None:
    # "veličanju" is not in the table; the 0x8D of "č" is a byte Windows-1252 leaves undefined: a decoder drops it
    sentence = "Sud je odbacio tužbu zbog nedostatka dokaza o veličanju zločina."
    assert repair(sentence.encode("utf-8").decode("cp1252", errors="ignore")) == sentence
    # one U+FFFD may be "č", "š" or "ž" there: Croatian writes "č" in 15 words, "š" in 3, "ž" in 1 -- not clear enough;
    # the table's forms of the stem tell it since issue 15's thirteenth round ("veličanstvo": cleantext.repair.stems)
    assert spelling.letters().likeliest("veli_anju", 4, "čšž", ["sh"]) is None
    assert repair(sentence.replace("č", "\ufffd")) == sentence


def test_in_english_a_word_the_table_lacks_gets_the_letter_several_languages_agree_on() -> None:
    # there it is a name or a quoted word of any language; where three languages or more each clearly write one
    # letter between the same letters and none writes another, it gets that letter (Swedish, German and Finnish
    # write "ö" between "tr" and "m")
    name = "The Swedish skier Karin Nordenström won the final on Sunday."
    assert repair(name.replace("ö", "\ufffd")) == name
    assert repair(name.replace("ö", "\ufffd\ufffd")) == name
    assert repair(name.upper().replace("Ö", "\ufffd")) == name.upper()
    assert spelling.agreed_letter("NORDENSTR", "M", "äöüÄÖÜ") == "Ö"


def test_in_english_a_word_the_table_lacks_keeps_its_loss_where_languages_do_not_agree() -> None:
    # Swedish writes "ö" between "bj" and "rn", Norwegian "ø": the name's language is not told
    text = "Our guide, Bj\ufffdrn Dahl, met us at the harbour."
    assert repair(text) == text
    # one language alone (French "é" between "th" and "ro") is a guess at the name's origin: "Thüroff" is German
    text = "A letter from Stefan Th\ufffdroff arrived on Tuesday."
    assert repair(text) == text
    # two languages of one family agree by kinship (Slovene and Serbo-Croatian write "š" between "ni" and "tv")
    text = "In Croatian, poduzetni\ufffdtvu means entrepreneurship."
    assert repair(text) == text
    # a line whose language is not told: a name, or a word of a language the recovered words may yet tell
    assert spelling.spelled_between("Nordenstr", "m", "äöü", frozenset()) is None


def test_a_name_the_table_reads_as_another_languages_word_is_left_when_languages_spell_another_letter() -> None:
    # the table knows only the Swedish "räcker" (not a word of the line's language); every language writes "ü"
    # between "r" and "ck" ("Rücker", a German name): the loss stays rather than a wrong letter
    text = "The envoy Klaus R\ufffdcker spoke to reporters on Monday."
    assert repair(text) == text
    assert repair(text.replace("\ufffd", "\ufffd\ufffd")) == text.replace("\ufffd", "\ufffd\ufffd")
    # a word of the line's language is the table's to read
    assert repair("Die Br\ufffdcke über den Fluss ist gesperrt.") == "Die Brücke über den Fluss ist gesperrt."


def test_a_context_seen_in_too_few_words_or_shared_by_letters_tells_nothing() -> None:
    book = spelling.Letters(spelling.FORMAT + "\n@sh\njien č6\nlian č15 š3 ž1\nnitv š39")
    assert book.likeliest("osumnji_enice", 7, {"č", "ć"}, {"sh"}) is None  # six words: fewer than LEAST
    assert book.likeliest("veli_anju", 4, {"č", "š", "ž"}, {"sh"}) is None  # 15 of 19: under SHARE
    assert book.likeliest("veli_anju", 4, {"č", "ć"}, {"sh"}) == "č"  # the damage allows "č" or "ć" only
    assert book.likeliest("poduzetni_tvu", 9, {"š", "č"}, {"sh"}) == "š"
    assert book.likeliest("poduzetni_tvu", 9, {"š", "č"}, {"de"}) is None  # a language the file does not hold


def test_the_shipped_letters_file_is_the_documented_version_and_read_only_for_lost_bytes() -> None:
    spelling.letters.cache_clear()
    assert repair("Plain text, and cafÃ© mojibake.") == "Plain text, and café mojibake."
    assert spelling.letters.cache_info().currsize == 0  # clean text and plain mojibake pay nothing
    book = spelling.letters()
    assert set(book.by_language) >= {"en", "pt", "es", "fr", "de", "it", "pl", "sh", "hu", "cs"}
    with pytest.raises(ValueError, match="not a cleantext letters file"):
        spelling.Letters("# cleantext letters in context v0, old\n@sh\n")
