"""repair: a compound the word table does not list, read by its last part, which it does."""

from __future__ import annotations

import pytest

from cleantext.repair import repair
from cleantext.repair.compounds import compound_reading
from cleantext.repair.words import HOLE, table


@pytest.mark.parametrize(
    ("damaged", "whole"),
    [
        (
            "Die neuen Filterm\ufffdglichkeiten gefallen den Nutzern.",
            "Die neuen Filtermöglichkeiten gefallen den Nutzern.",
        ),
        (
            "Die neuen Filterm\ufffd\ufffdglichkeiten gefallen den Nutzern.",
            "Die neuen Filtermöglichkeiten gefallen den Nutzern.",
        ),
        (
            "Die Regierung plant Lockerungsma\ufffdnahmen f\ufffdr Schulen.",
            "Die Regierung plant Lockerungsmaßnahmen für Schulen.",
        ),
        (
            "Kommunen planerar busslinjef\ufffdr\ufffdndringar och mer.",
            "Kommunen planerar busslinjeförändringar och mer.",
        ),
    ],
)
def test_a_loss_in_a_compounds_last_part_is_read_by_that_part(damaged: str, whole: str) -> None:
    assert repair(damaged) == whole


def test_a_compound_is_read_only_where_it_is_clear() -> None:
    # the loss in the first part: the last part tells nothing of it
    def readings(part: str) -> dict[str, str]:  # one U+FFFD a letter
        return {word: word for word in table().with_holes(part.replace("\ufffd", HOLE))}

    assert compound_reading("K\ufffdhlschrankfabrik", readings, frozenset({"de"})) is None
    # (since issue 15's thirteenth round the table's words that begin as the word does tell it: "kühlschrank",
    # cleantext.repair.stems)
    text = "In der K\ufffdhlschrankfabrik wird heute gestreikt."
    assert repair(text) == text.replace("\ufffd", "ü")
    # an English line: a name as likely as a German compound, in any language's letters
    text = "The bakery Feinb\ufffdckerei Maier opened in 1982."
    assert repair(text) == text
