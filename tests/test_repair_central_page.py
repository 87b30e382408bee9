"""repair: a word of a Western line that only a Central European page makes known (cleantext.repair.central_page)."""

from __future__ import annotations

from cleantext.repair import repair

#: An English line on a Polish site's page (Windows-1250): "ł" is one byte there, and Windows-1252 has none.
WROCLAW = "Inconveniently, the Wrocław airport underwent extensive renovations this year."


def test_a_word_only_a_central_european_page_makes_known_is_read_so() -> None:
    assert repair(WROCLAW.encode("cp1250").decode("utf-8", errors="replace")) == WROCLAW
    # a Croatian line the words tell as Danish and English (the table's commonest words): its page is read as Western
    croatian = "Subsystem for Linux neće imati neke pretjerane koristi,"
    assert repair(croatian.replace("ć", "\ufffd")) == croatian


def test_a_loss_at_a_words_edge_stays() -> None:
    # at the edge a lost byte may be a quote or a dash; "Pozna\ufffd" also ties "poznać" and "poznań"
    line = "They moved to Pozna\ufffd and later to Gda\ufffdsk for work."
    assert repair(line) == "They moved to Pozna\ufffd and later to Gdańsk for work."


def test_a_loss_between_two_common_words_is_a_mark_not_a_central_european_letter() -> None:
    # a no-break space or a dash on a Western page joined them: not "hasła", "točan", "herţa"
    for line in (
        "Facebook has\ufffda similar feature, and it is in the app.",
        "It does not progress to\ufffdan anaphylactoid reaction.",
        "Someone joined her\ufffda voice in her head.",
    ):
        assert "\ufffd" in repair(line)
        assert not any(letter in repair(line) for letter in "łčţ")


def test_a_western_reading_and_utf8_are_read_as_before() -> None:
    # a Western word is read as a Western page's; in UTF-8 (two U+FFFD) the bytes tell no page
    assert repair("We met at the caf\ufffd in S\ufffdo Paulo.") == "We met at the café in São Paulo."
    line = "Inconveniently, the Wroc\ufffd\ufffdaw airport underwent extensive renovations this year."
    assert repair(line) == line.replace("\ufffd\ufffd", "ł")
