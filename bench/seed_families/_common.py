"""What the seed-family policy generators share: curly quotes, American spelling by a table, whether text says
"comment", and the lines a site prints around a policy's items (:func:`_furnish`)."""

from __future__ import annotations

import random
from collections.abc import Sequence


def _says_comment(*parts: str) -> bool:
    return any("comment" in part.lower() for part in parts)


def _curly(text: str) -> str:
    while text.count('"') >= 2:
        text = text.replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    return text.replace("'", "\u2019")


def _american_with(spellings: dict[str, str], text: str) -> str:
    """``text`` in American spelling by one family's table (each word as printed and capitalised)."""
    for british, american in spellings.items():
        text = text.replace(british, american).replace(british.capitalize(), american.capitalize())
    return text


def _furnish(
    items: list[tuple[str, ...]],
    rng: random.Random,
    intros: Sequence[str],
    closings: Sequence[str],
    titles: Sequence[str],
    american: dict[str, str],
) -> list[tuple[str, ...]]:
    """The lines a site prints around a policy's items, drawn in this order: an opening line (0.25), a closing line
    (0.4), a title (0.4, in capitals 0.3 of the time); then American spelling by the family's table (0.5) and curly
    quotes (0.3) over every line. The families' generators share it, so each draws as it always has."""
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(american, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
