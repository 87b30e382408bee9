"""Whether a ``?`` after a word is a question mark rather than a lost byte (``naÄin?`` is ``način?``).

A byte lost to ``?`` was a continuation byte (0x80-0x9F), and in UTF-8 a continuation byte follows
a lead byte or another continuation, which mojibake shows as characters of U+0080-U+00FF (or
Windows-1252's marks). After an ASCII letter a ``?`` is no such byte: it is the text's own
punctuation when no letter follows it.
"""

from __future__ import annotations

__all__ = ["ends_question"]


def ends_question(line: str, index: int) -> bool:
    """Whether ``line[index]`` is a ``?`` after an ASCII letter and before no letter or digit.

    >>> ends_question("svih oruÄa? Odgovor", 10), ends_question("Ãl?", 2)
    (True, True)
    >>> ends_question("MartÃ? National", 5), ends_question("ru?ak", 2), ends_question("svih\\ufffd", 4)
    (False, False, False)
    """
    before = line[index - 1 : index]
    return (
        line[index : index + 1] == "?"
        and before.isascii()
        and before.isalpha()
        and not line[index + 1 : index + 2].isalnum()
    )
