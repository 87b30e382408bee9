"""Inputs at the edges, through the library: old line endings, terminal codes, bytes given for text."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import InputTypeError, decode, normalize_newlines, repair

ARTICLE = "Officials reported the crossing was closed on Friday.Â\n(0) comments\nLog In\n"
ARTICLE_CLEAN = "Officials reported the crossing was closed on Friday.\n"


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["CR", "CRLF"])
def test_decode_reads_old_line_endings_as_lines(newline: str) -> None:
    data = ARTICLE.replace("\n", newline).encode("utf-8")
    assert decode(data) == ARTICLE
    assert cleantext.clean(decode(data)) == ARTICLE_CLEAN
    assert decode(ARTICLE.replace("\n", newline).encode("cp1252", "replace")).count("\n") == 3


def test_normalize_newlines_for_text_that_did_not_come_through_decode() -> None:
    assert normalize_newlines("a\r\nb\rc\n\r\n") == "a\nb\nc\n\n"
    assert cleantext.clean(normalize_newlines(ARTICLE.replace("\n", "\r"))) == ARTICLE_CLEAN


def test_terminal_colours_and_overstrikes_are_removed_by_repair() -> None:
    bold = "".join(f"{char}\b{char}" for char in "Officials")
    underlined = "".join(f"_\b{char}" for char in "closed")
    line = f"\x1b[1;31m{bold}\x1b[0m reported the crossing was {underlined} on \x1b]8;;https://x.example\x07Friday\x1b]8;;\x07."
    assert repair(line) == "Officials reported the crossing was closed on Friday."
    report = cleantext.explain(line + "\n(0) comments\n")
    assert report.text == "Officials reported the crossing was closed on Friday.\n"
    assert [edit.reason for edit in report.changed] == ["terminal-code"]
    assert repair("a lone \x1b escape and a\b backspace") == "a lone  escape and  backspace"


def test_overstruck_text_is_not_refused_as_binary() -> None:
    man_page = "".join(f"{char}\b{char}" for char in "NAME") + "\n    cleantext - clean scraped text\n"
    assert repair(decode(man_page.encode())) == "NAME\n    cleantext - clean scraped text\n"


@pytest.mark.parametrize("function", [cleantext.clean, cleantext.explain, cleantext.repair, cleantext.tidy])
def test_bytes_given_for_text_raise_a_clear_error(function) -> None:
    with pytest.raises(
        InputTypeError, match=r"takes text \(str\), not bytes: decode bytes first with cleantext.decode"
    ):
        function(b"The mayor said the bridge would reopen.")
    assert issubclass(InputTypeError, TypeError) and issubclass(InputTypeError, cleantext.CleantextError)


def test_text_given_for_bytes_raises_a_clear_error() -> None:
    with pytest.raises(InputTypeError, match=r"decode\(\) takes bytes, not str"):
        decode("already text")  # type: ignore[arg-type]


def test_every_error_the_readme_names_is_exported() -> None:
    for name in ("CleantextError", "BinaryInputError", "UndecodableInputError", "DecodeError", "InputTypeError"):
        assert name in cleantext.__all__ and issubclass(getattr(cleantext, name), cleantext.CleantextError)
