"""repair: a lost first letter's case, where the line does not tell it, as the language's dictionary writes the word."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from cleantext.repair import repair
from cleantext.repair.dictionary_case import FORMAT, cases, dictionary_case
from cleantext.repair.words import table

DATA = Path(__file__).resolve().parents[1] / "src" / "cleantext" / "repair" / "data"


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # a name after a preposition: the dictionary writes it only with a capital
        (
            "Ministar je otputovao u \ufffdenevi na sastanak s kolegama.",
            "Ministar je otputovao u Ženevi na sastanak s kolegama.",
        ),
        (
            "Ministar je otputovao u \ufffd\ufffdenevi na sastanak s kolegama.",
            "Ministar je otputovao u Ženevi na sastanak s kolegama.",
        ),
        ("Hoje falamos com o \ufffdlvaro sobre o projeto.", "Hoje falamos com o Álvaro sobre o projeto."),
        ("Il a parlé avec \ufffdmile hier soir.", "Il a parlé avec Émile hier soir."),
        # a German noun is capitalised wherever it stands
        (
            "Wir haben lange über \ufffdnderungen am Vertrag gesprochen.",
            "Wir haben lange über Änderungen am Vertrag gesprochen.",
        ),
        # ... and a name between small words too, where a common word would be more likely ("akşam çanakkale" before)
        ("Dün akşam \ufffdanakkale limanına vardık.", "Dün akşam Çanakkale limanına vardık."),
    ],
)
def test_a_word_the_dictionary_writes_only_with_a_capital_gets_one(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # a German verb and a Polish adjective: the dictionary writes them only small
        (
            "Sie hat uns gestern \ufffdberrascht und ist früher gekommen.",
            "Sie hat uns gestern überrascht und ist früher gekommen.",
        ),
        ("Ten obraz jest \ufffdwietny i bardzo stary.", "Ten obraz jest świetny i bardzo stary."),
    ],
)
def test_a_word_the_dictionary_writes_only_small_is_small(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


def test_a_word_the_dictionary_writes_both_ways_is_left() -> None:
    # "łodzi": of "łódź" (a boat) and of the city "Łódź"; nothing tells which
    line = "Mieszkał w \ufffdodzi przez wiele lat."
    assert repair(line) == line
    assert dictionary_case(["Łodzi", "łodzi"], frozenset({"pl"}), table()) is None


def test_the_shipped_case_table_is_of_this_version_and_tells_the_case_of_names_nouns_and_words() -> None:
    text = gzip.decompress((DATA / "cases.txt.gz").read_bytes()).decode("utf-8")
    assert text.startswith(FORMAT)
    book = cases()
    assert book.case("ženevi", "sh") is True
    assert book.case("änderungen", "de") is True
    assert book.case("überrascht", "de") is False
    assert book.case("łodzi", "pl") is None
    assert book.case("ženevi", "en") is None  # no dictionary: nothing told


@pytest.mark.parametrize(
    "text",
    [
        # a common word before a capital may be part of a name ("la nouvelle École Polytechnique"): left
        "Ils ont visité la nouvelle \ufffdcole Centrale hier.",
        # after an elided article the State is written with a capital, a state small: left
        "Le budget de l'\ufffdtat a baissé.",
        # a German adjective may stand for a noun ("die Älteste"): left
        "Sie war die \ufffdlteste von uns allen.",
    ],
)
def test_a_small_reading_the_place_may_capitalise_is_left(text: str) -> None:
    assert repair(text) == text
