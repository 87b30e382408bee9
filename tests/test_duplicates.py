"""drop_duplicates reads copies from the lines again, not from a stream of words it holds: the same
answers wherever a copy stands, however long the line that holds it, whether the document is small
enough for its words to be kept through a reading or not."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import drop_duplicates, duplicates
from cleantext.duplicates import _WORD, decide_duplicates


@pytest.fixture(params=["words split once", "words kept", "words read again"])
def both_readings(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test three times: as a small document is read (its words split once for every reading),
    and as a large one is (split as each reading goes, kept through it or read again)."""
    if request.param != "words split once":
        monkeypatch.setattr(duplicates, "_HOLD_CHARS", -1)
    if request.param == "words read again":
        monkeypatch.setattr(duplicates, "_HOLD_WORDS", 0)


#: 1,000 distinct words on one line: a copy of a few of them, deep inside, is read from the line's
#: remembered word starts, not by splitting the whole line again.
LONG = " ".join(f"Word{number}" if number % 7 else f"word{number}," for number in range(1000))


def _removed(lines: list[str], **options: int) -> dict[int, str]:
    return {edit.line: edit.label for edit in decide_duplicates(lines, **options).edits}


@pytest.mark.usefixtures("both_readings")
def test_copies_inside_a_long_line_are_found_wherever_they_stand() -> None:
    words = LONG.split()
    lines = [
        LONG,
        " ".join(words[500:508]),  # deep inside
        " ".join(words[3:9]).upper(),  # near the start, in other case
        " ".join(words[990:]) + " The council met on Monday.",  # runs past the long line's end
        "The council met on Monday.",
        " ".join(words[700:706]) + " Word706x",  # differs in its last word
        " ".join(words[64:128]),  # from a remembered start to the next
        " ".join(words[100:900]),  # most of the line
    ]
    removed = _removed(lines)
    assert removed == {line: "duplicate-of-line-1" for line in (1, 2, 6, 7)} | {4: "duplicate-of-line-4"}
    assert drop_duplicates("\n".join(lines)) == "\n".join([lines[0], lines[3], lines[5]])


@pytest.mark.usefixtures("both_readings")
def test_a_copy_across_lines_points_at_the_line_where_it_begins() -> None:
    lines = [
        "Keep it clean. Please avoid obscene, vulgar,",
        "",
        "Advertisement",  # a few words, no sentence end: not read into the stream
        "lewd or racist language.",
        "Please avoid obscene, vulgar, lewd or racist language.",
    ]
    assert _removed(lines) == {4: "duplicate-of-line-1"}


@pytest.mark.usefixtures("both_readings")
def test_a_short_line_is_a_copy_when_min_words_lets_it_be_one() -> None:
    # "Read more" (two words, no sentence end) is not read into the stream, but it may be a copy.
    text = "We will read more books this year.\nRead more"
    assert drop_duplicates(text) == text
    assert drop_duplicates(text, min_words=2) == "We will read more books this year."


@pytest.mark.usefixtures("both_readings")
def test_copies_are_found_the_same_in_a_long_document() -> None:
    paragraph = [f"Paragraph {number} says the council met on day {number} of the year." for number in range(2000)]
    copies = paragraph[::7]
    text = "\n".join([*paragraph, *copies, LONG, LONG.split(maxsplit=300)[-1]])
    assert drop_duplicates(text) == "\n".join([*paragraph, LONG])
    labels = [edit.label for edit in cleantext.explain(text, steps=drop_duplicates).removed]
    assert labels == [f"duplicate-of-line-{7 * k + 1}" for k in range(len(copies))] + [
        f"duplicate-of-line-{len(paragraph) + len(copies) + 1}"
    ]


def test_a_word_is_what_str_split_finds_and_case_folding_keeps_words_apart() -> None:
    # The copies are read with _WORD, each word case-folded; the line as a whole is split after
    # case folding. Both give the same words only if \s is str.isspace and case folding neither
    # makes nor takes white space: checked for every character of this Python.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        space = char.isspace()
        assert (_WORD.fullmatch(char) is None) == space, hex(code)
        folded = char.casefold()
        assert folded == char if space else (folded != "" and not any(c.isspace() for c in folded)), hex(code)


_LINES = [
    "",
    "  ",
    "Share",
    "Share This",
    "Read more.",
    "Company Town News",
    "Be Nice. No racism, sexism or any sort",
    "of -ism.",
    "Be Nice. No racism, sexism or any sort of -ism.",
    "be nice. no RACISM,",
    "sexism or any sort of -ism. Share",
    "The mayor spoke on Friday about the border crossing.",
    "The mayor spoke on Friday",
    "about the border crossing.",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_LINES), max_size=30),
    st.integers(min_value=1, max_value=9),
    st.sampled_from([0, 2, 3]),
)
def test_the_words_split_once_find_what_a_reading_that_reads_them_again_finds(
    lines: list[str], min_words: int, label_repeats: int
) -> None:
    words = duplicates.held_words(lines)
    assert words is not None
    hold, duplicates._HOLD_WORDS = duplicates._HOLD_WORDS, 0  # words read again, every n-gram hashed
    try:
        expected = duplicates._find_duplicates(lines, min_words, label_repeats)
    finally:
        duplicates._HOLD_WORDS = hold
    assert duplicates._find_in_held(lines, words, min_words, label_repeats) == expected
    assert duplicates._find_duplicates(lines, min_words, label_repeats) == expected  # words kept: n-grams at openings
