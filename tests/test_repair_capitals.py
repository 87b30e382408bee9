"""repair: the case of a lost first letter, told by where the word stands in its line."""

from __future__ import annotations

import pytest

from cleantext.repair import repair


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # a capitalised part of a name and a hyphen: the loss is the name's letter and a capital, however short the
        # rest (in English a loss before fewer than four letters is otherwise left: "\ufffda" may be "“a")
        ("The ferry left Sept-\ufffdles at noon.", "The ferry left Sept-Îles at noon."),
        ("The ferry left Sept-\ufffd\ufffdles at noon.", "The ferry left Sept-Îles at noon."),
        ("She grew up near Saint-\ufffdlie, in Quebec.", "She grew up near Saint-Élie, in Quebec."),
    ],
)
def test_a_lost_letter_after_a_capitalised_part_of_a_compound_name_is_its_capital(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


def test_a_lost_letter_after_a_small_part_and_a_hyphen_is_left() -> None:
    # "well-" is no part of a name: nothing tells the case (or whether a mark was lost), and the loss stays
    assert repair("It was a well-\ufffdtabli rule.") == "It was a well-\ufffdtabli rule."
