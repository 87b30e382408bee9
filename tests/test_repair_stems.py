"""repair: a letter lost in an inflected form the word table lacks, as the table's forms of its stem write it
(cleantext.repair.stems)."""

from __future__ import annotations

import importlib

import pytest

from cleantext.repair import repair

stems = importlib.import_module("cleantext.repair.stems")

#: "zvučnoj" (sound, dative) is not in the word table, and Croatian writes a letter outside ASCII between "vu" and
#: "no" in two words only (too few to tell); the table's "zvučni" and "zvučne" begin as it does, with "č".
CROATIAN = "Nova verzija programa donosi bolju podršku zvučnoj kartici."


@pytest.mark.parametrize(
    "damaged",
    [
        CROATIAN.encode("cp1250").decode("utf-8", "replace"),  # a Central European page read as UTF-8
        CROATIAN.encode("utf-8").decode("ascii", "replace"),  # every byte of UTF-8 replaced
        CROATIAN.encode("utf-8").decode("cp1252", "ignore"),  # the 0x8D of "č" vanished after its lead "Ä"
    ],
)
def test_a_letter_lost_in_a_form_the_table_lacks_is_the_one_the_forms_of_its_stem_write(damaged: str) -> None:
    assert damaged != CROATIAN
    assert repair(damaged) == CROATIAN


def test_a_stem_tells_only_one_letter_of_the_line_languages_and_only_from_four_letters_around() -> None:
    assert stems.letter_from_stem("zvu", "noj", "čćšž", ["sh"]) == "č"
    assert stems.letter_from_stem("ZVU", "NOJ", "čćČĆ", ["sh"]) == "Č"  # a capital between capitals
    assert stems.letter_from_stem("zvu", "noj", "ćš", ["sh"]) is None  # the damage does not allow "č"
    assert stems.letter_from_stem("zvu", "noj", "čć", ["de"]) is None  # no German word begins so
    # four letters of the word around the loss at least: "Gr\ufffd\ufffde" (UTF-8 read as one letter) is no "Grüe"
    assert stems.letter_from_stem("Gr", "e", "öüß", ["de"]) is None
    assert stems.letter_from_stem("ra", "ene", "čćđ", ["sh"]) == "đ"  # two before and two after: "rađen"
    # German words begin "schön" ("schönheit") and "schün" (the name "Schünemann"): two letters tell nothing
    assert stems.letter_from_stem("Sch", "nheit", "öü", ["de"]) is None
    assert stems.letter_from_stem("Sch", "nheit", "öß", ["de"]) == "ö"  # where the damage allows one of them only


def test_in_english_a_form_the_table_lacks_keeps_its_loss() -> None:
    # a quoted word or a name of any language: the line's languages are not the word's
    text = "The Croatian word zvu\ufffdnoj means of sound."
    assert repair(text) == text
