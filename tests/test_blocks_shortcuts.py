"""The shortcuts in cleantext.blocks decide as the plain patterns they replace."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.blocks import _CLOSERS, _SPACES, SENTENCE_STOPS, ends_sentence, paragraphs, word_count

#: What ends_sentence was written as: a stop, closing quotes and brackets, white space, the end.
SENTENCE_END = regex.compile(rf"[{SENTENCE_STOPS}][\"'”’»)\]」』]*\s*$")


def test_spaces_are_what_the_regex_module_calls_white_space() -> None:
    found = "".join(chr(code) for code in range(sys.maxunicode + 1) if regex.match(r"\s", chr(code)))
    assert found == _SPACES


_PIECES = [*SENTENCE_STOPS, *_CLOSERS, *_SPACES, "\x1c", "\x1f", "a", "Word", "終", "(", "[", "«", "-", ":"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), st.text(max_size=12)))
def test_ends_sentence_agrees_with_its_pattern(text: str) -> None:
    assert ends_sentence(text) == (SENTENCE_END.search(text) is not None)


def test_paragraphs_count_their_words() -> None:
    found = paragraphs(["Be Nice. No racism, sexism or", "any sort of -ism.", "", "これが非常に困ったもの。"])
    assert [(p.first, p.last, p.words) for p in found] == [(0, 1, 10), (3, 3, 7)]
    assert all(p.words == word_count(p.text) for p in found)
