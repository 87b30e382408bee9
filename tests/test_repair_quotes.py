"""repair: a double quote lost at the edge of the word it touches, told by the mark that closes it."""

from __future__ import annotations

import pytest

from cleantext.repair import repair

SENTENCE = "“We’re ready,” the mayor said of the plan, “whatever the city needs.”"


@pytest.mark.parametrize(
    "damaged",
    [
        SENTENCE.encode("cp1252").decode("utf-8", "replace"),  # a Windows-1252 page read as UTF-8: one U+FFFD each
        SENTENCE.encode("utf-8").decode("ascii", "replace"),  # UTF-8 read as ASCII: three U+FFFD each
    ],
)
def test_a_quotation_lost_at_its_words_edges_is_restored(damaged: str) -> None:
    assert "\ufffd" in damaged
    assert repair(damaged) == SENTENCE


def test_a_quote_before_a_short_word_is_told_by_the_one_that_closes_it() -> None:
    assert (
        repair("The team wants \ufffda fresh start\ufffd this season.") == "The team wants “a fresh start” this season."
    )
    # nothing later closes it: a lost letter as likely ("à", "á"), left
    assert repair("The team wants \ufffda fresh start.") == "The team wants \ufffda fresh start."


def test_a_loss_is_no_quote_when_the_next_lost_mark_opens_another() -> None:
    # "Stars \ufffda Switch port of Sun and Moon \ufffdhas been": dashes, not two quotations opened one after another
    text = "Stars \ufffda port of Sun and Moon \ufffdhas been rumoured for \ufffda popular RPG.\ufffd Now"
    assert repair(text) == "Stars \ufffda port of Sun and Moon \ufffdhas been rumoured for “a popular RPG.” Now"


def test_a_word_that_lost_more_than_its_edge_keeps_its_losses() -> None:
    # both edges lost: the letters of a name ("Živković"), not a quoted word
    text = "The novel by Zoran \ufffdivkovi\ufffd won the prize."
    assert repair(text) == text
    # a loss inside the word too ("äppärät"): its first loss is a letter as well
    text = "my new \ufffdpp\ufffdr\ufffdt screen, the last thing it knows"
    assert repair(text + ".\ufffd") == text + ".”"  # (a lone loss after a mark closes: the rule before this one)


def test_quotes_are_restored_only_in_english() -> None:
    # Croatian, German, French quote with other marks („…“, »…«, «…»); a lost one is left
    text = "Jedan od \ufffdsretnih medijskih dobitnika\ufffd je rekao da je to bilo lako."
    assert repair(text) == text


def _c1_vanished(text: str) -> str:
    """UTF-8 read as Latin-1, its C1 controls (0x80-0x9F) dropped: a quote's two last bytes vanish."""
    return "".join(char for char in text.encode("utf-8").decode("latin-1") if not "\x80" <= char <= "\x9f")


def test_a_quotation_whose_marks_vanished_but_their_lead_byte_is_restored() -> None:
    sentence = "Critics called Zoë’s plan “reckless” on Monday, and “a costly mistake” later."
    damaged = _c1_vanished(sentence)
    assert "âreckless" in damaged
    assert repair(damaged) == sentence


def test_a_vanished_mark_is_left_where_nothing_pairs_it() -> None:
    # between spaces: "—" or "–", which English writes about as often
    sentence = "Zoë said the bakery – open since May – is the place for “fresh bread” in town."
    out = repair(_c1_vanished(sentence))
    assert out == sentence.replace("–", "â")
    # nothing closes it: "â" may be a letter
    text = "CafÃ© owners say âmore is to come, they said."
    assert repair(text) == "Café owners say âmore is to come, they said."


def test_a_lost_dash_between_words_stops_the_search_for_a_closing_quote() -> None:
    # "The Class \ufffdwhich ... spring\ufffdcan": dashes; the run between letters is no apostrophe, so nothing after it
    # tells that the first run opened a quotation
    text = "and that The Class \ufffdwhich is based on a memoir in the spring\ufffdcan be used. It\ufffds true.\ufffd"
    assert repair(text).startswith("and that The Class \ufffdwhich")
    # an apostrophe between letters does not stop it
    assert repair("She said \ufffdwhat\ufffds in my bag\ufffd and left.") == "She said “what’s in my bag” and left."


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # in UTF-8 the run tells the mark from a letter: "“" leaves three U+FFFD, "«" and its no-break space four
        (
            "Dijo que era \ufffd\ufffd\ufffduna buena noticia\ufffd\ufffd\ufffd para todos.",
            "Dijo que era “una buena noticia” para todos.",
        ),
        (
            "Selon lui, c’est \ufffd\ufffd\ufffd\ufffdune bonne nouvelle\ufffd\ufffd\ufffd\ufffd pour tous.",
            "Selon lui, c’est «\xa0une bonne nouvelle\xa0» pour tous.",
        ),
        # on a single-byte page only French's "«" and no-break space (two bytes) is told
        (
            "Selon lui, c\ufffdest \ufffd\ufffdune bonne nouvelle\ufffd\ufffd pour tous.",
            "Selon lui, c’est «\xa0une bonne nouvelle\xa0» pour tous.",
        ),
        # a language that quotes with "„…“" as well as "“…”": the document's own marks tell
        (
            "Er sagte: „Gut so.“\nSie sprach von einer \ufffdlange erwarteten Reform\ufffd am Montag.",
            "Er sagte: „Gut so.“\nSie sprach von einer „lange erwarteten Reform“ am Montag.",
        ),
        (
            "Dijo: «Bien.»\nEra \ufffd\ufffduna buena noticia\ufffd\ufffd para todos.",
            "Dijo: «Bien.»\nEra «una buena noticia» para todos.",
        ),
        (
            "Rekao je: “Dobro je.”\nGovorila je o \ufffddugo najavljivanoj reformi\ufffd u ponedjeljak.",
            "Rekao je: “Dobro je.”\nGovorila je o “dugo najavljivanoj reformi” u ponedjeljak.",
        ),
    ],
)
def test_a_quotation_of_another_language_gets_the_marks_its_bytes_or_its_document_tell(
    damaged: str, expected: str
) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dijo que era \ufffduna buena noticia\ufffd para todos.",  # one byte: "«" or "“"?
        "Sie sprach von einer \ufffdlange erwarteten Reform\ufffd am Montag.",  # „…“, »…« or “…”?
        "Er sagte: „Gut so.“ Und: “Ja.”\nSie sprach von einer \ufffdlange erwarteten Reform\ufffd am Montag.",  # both
    ],
)
def test_a_quotation_of_another_language_whose_marks_nothing_tells_is_left(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # "«" and "»" are two bytes in UTF-8, as an accented letter is; no letter makes "une" or "nouvelle" a word
        (
            "Selon lui, c\ufffd\ufffd\ufffdest \ufffd\ufffdune bonne nouvelle\ufffd\ufffd pour tous.",
            "Selon lui, c’est «une bonne nouvelle» pour tous.",
        ),
        (
            "Dijo que era \ufffd\ufffduna buena noticia\ufffd\ufffd para todos.",
            "Dijo que era «una buena noticia» para todos.",
        ),
        # a capital after the run: no letter stands before it in a word of small letters
        (
            "Il a déclaré \ufffd\ufffdNous sommes prêts\ufffd\ufffd devant la presse.",
            "Il a déclaré «Nous sommes prêts» devant la presse.",
        ),
    ],
)
def test_guillemets_lost_in_utf8_in_a_language_that_quotes_with_them_are_restored(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    "text",
    [
        # German quotes with "»…«" as well as "«…»"
        "Sie sprach von einer \ufffd\ufffdlange erwarteten Reform\ufffd\ufffd am Montag.",
        # English writes no guillemets: a lost letter as likely
        "He called it \ufffd\ufffdthe best plan\ufffd\ufffd on Monday.",
        # nothing closes it
        "Dijo que era \ufffd\ufffduna buena noticia para todos.",
    ],
)
def test_a_run_of_two_that_no_guillemet_pair_explains_is_left(text: str) -> None:
    assert repair(text) == text


def test_a_run_of_two_before_a_name_is_its_first_letter_not_a_guillemet() -> None:
    # a name's first letter ("Émile"): no common word after the run, so no guillemet; the French dictionary writes
    # "Émile" only with a capital, and the run that no opening guillemet explains stays
    assert (
        repair("Il a dit \ufffd\ufffdmile Zola est mort\ufffd\ufffd hier.")
        == "Il a dit Émile Zola est mort\ufffd\ufffd hier."
    )


def test_a_run_of_two_after_a_capitalised_word_closes_no_guillemet() -> None:
    # a name's last letter ("Zoé", "Zoë"): a capital before it, so no quotation of small words ends there
    assert "«" not in repair("Selon lui, c\ufffd\ufffd\ufffdest \ufffd\ufffdune amie de Zo\ufffd\ufffd et de Paul.")


def test_a_run_of_two_that_ends_a_word_of_the_line_is_its_letter_not_a_guillemet() -> None:
    # "café" reads the run at "caf"'s end: no guillemet closes there, and none opens before "une"
    text = "Il a pris \ufffd\ufffdune tasse de caf\ufffd\ufffd ce matin."
    assert repair(text) == "Il a pris \ufffd\ufffdune tasse de café ce matin."


def test_the_letters_before_a_lost_guillemet_are_the_whole_word() -> None:
    from cleantext.repair.guillemets import _LETTERS_BEFORE

    line = "dit « ééé! »"
    assert _LETTERS_BEFORE.search(line, 0, 9).group() == "ééé"  # the word, not its last letters
    assert _LETTERS_BEFORE.search(line, 0, 10) is None  # a mark before the point: no letters
