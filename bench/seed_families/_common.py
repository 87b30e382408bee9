"""What the seed-family policy generators share: curly quotes, American spelling by a table, whether text says "comment"."""

from __future__ import annotations


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
