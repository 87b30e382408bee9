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


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # German capitalises nouns, not the adjectives before them: a word with an adjective's ending before a
        # capitalised word is small
        (
            "In der Stadt gibt es einen \ufffdffentlichen Park mit \ufffdhnlichen Wegen.",
            "In der Stadt gibt es einen öffentlichen Park mit ähnlichen Wegen.",
        ),
        (
            "Das wurde von einer \ufffdberlegenen Zivilisation gebaut.",
            "Das wurde von einer überlegenen Zivilisation gebaut.",
        ),
    ],
)
def test_a_lost_first_letter_of_a_german_adjective_before_its_noun_is_small(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adjective's form with no noun after it is a noun itself ("den Älteren"): left (the dictionary writes
        # "älteren" small, but German capitalises an adjective that stands for a noun)
        "Sie sprach mit den \ufffdlteren nur kurz.",
    ],
)
def test_a_lost_first_letter_of_a_german_word_that_is_no_adjective_before_a_noun_is_left(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # after a French determiner a common noun, after a subject pronoun or an elided "s'" a verb: small
        (
            "Il vit à Paris avec son \ufffdpouse, et elle \ufffdcrit des livres.",
            "Il vit à Paris avec son épouse, et elle écrit des livres.",
        ),
        ("Le coût s'\ufffd\ufffdl\ufffd\ufffdve à cent euros.", "Le coût s'élève à cent euros."),
    ],
)
def test_a_lost_first_letter_after_a_french_determiner_pronoun_or_elided_verb_clitic_is_small(
    damaged: str, expected: str
) -> None:
    assert repair(damaged) == expected


def test_a_lost_first_letter_after_an_elided_article_is_left_unless_the_dictionary_writes_a_name() -> None:
    # "l'" and "d'" stand before names too ("l'Égypte", "d'Émile"): the place tells nothing, the dictionary writes
    # "Égypte" only with a capital
    assert repair("Il a parlé de l'\ufffdgypte hier.") == "Il a parlé de l'Égypte hier."
    # "état" it writes small, but there "l'État" is as likely (a convention no dictionary records): left
    assert repair("Il a parlé de l'\ufffdtat hier.") == "Il a parlé de l'\ufffdtat hier."


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # between small words inside a sentence, in a language that writes its common nouns small, a word is small
        # but for a name: the lost first letter is read small, and the word table ranks it
        ("Ovdje novinari \ufffdesto ne znaju za to.", "Ovdje novinari često ne znaju za to."),
        ("Ovdje novinari \ufffd\ufffdesto ne znaju za to.", "Ovdje novinari često ne znaju za to."),
        ("Un modèle compact \ufffdquipé de roues.", "Un modèle compact équipé de roues."),
        ("Un barbecue \ufffdlectrique, facile.", "Un barbecue électrique, facile."),
        ("Il a visité la nouvelle \ufffdcole du quartier.", "Il a visité la nouvelle école du quartier."),
        ("Ovdje novinari Ä?esto ne znaju za to.", "Ovdje novinari često ne znaju za to."),  # its lead byte kept
    ],
)
def test_a_lost_first_letter_between_small_words_is_small(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition: a name as likely, and the dictionary writes "české" both ways ("český", "Česká")
        "Praha a Brno leží v \ufffdesk\ufffd republice.",
        "Hablamos de la \ufffdfrica de hoy.",  # ... or an article ("áfrica": no dictionary tells)
        "She met \ufffdmile in Paris.",  # English: a name
    ],
)
def test_a_lost_first_letter_where_a_name_is_as_likely_is_left(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # where the place tells nothing, the language's dictionary writes these only with a capital
        ("Vivo en \ufffdvila desde hace años.", "Vivo en Ávila desde hace años."),
        ("Glavni grad je \ufffdibenik.", "Glavni grad je Šibenik."),
        ("Tu je dao \ufffdeljko Novak.", "Tu je dao Željko Novak."),
        ("Die \ufffdrzte gehen nach Hause.", "Die Ärzte gehen nach Hause."),  # German writes nouns with a capital
        ("Die \ufffdrzte gehen nach Schema vor.", "Die Ärzte gehen nach Schema vor."),
        ("Er sagte, die \ufffdrzte Berlins seien müde.", "Er sagte, die Ärzte Berlins seien müde."),
    ],
)
def test_a_lost_first_letter_that_the_dictionary_writes_only_with_a_capital_is_one(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # between two capitalised words a lost first letter is a letter of a name of several words, a capital, looked
        # up in every language
        ("The prize went to Miguel \ufffdngel Asturias in 1967.", "The prize went to Miguel Ángel Asturias in 1967."),
        (
            "The prize went to Miguel \ufffd\ufffdngel Asturias in 1967.",
            "The prize went to Miguel Ángel Asturias in 1967.",
        ),
        (
            "Laureates: Joseph Brodsky \ufffdscar Arias Robert Solow",
            "Laureates: Joseph Brodsky Óscar Arias Robert Solow",
        ),
    ],
)
def test_a_lost_first_letter_between_capitalised_words_is_a_capital_of_a_name(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


def test_a_lost_first_letter_between_german_nouns_is_not_taken_for_a_name() -> None:
    # German writes a small word between two nouns
    assert repair("Der Zug fährt von Köln \ufffdber Düsseldorf nach Essen.") != (
        "Der Zug fährt von Köln Über Düsseldorf nach Essen."
    )


def test_a_lead_byte_that_lost_its_continuation_between_capitalised_words_is_a_capital() -> None:
    # "Ãngel" (its C1 byte vanished) may be "Ángel" or, with a stripped soft hyphen, "íngel": the name around it tells
    assert repair("Jean Ãdouard Vuillard Pablo Ãngel Ruiz Anna Smith") == (
        "Jean Édouard Vuillard Pablo Ángel Ruiz Anna Smith"
    )
    # after a small word the bytes tell: after "Ã" a vanished C1 byte is a capital, and the soft hyphen's small "í"
    # makes no known word ("íngel"); where it does ("índice", "Índice"), the bytes tell nothing, and the Spanish
    # dictionary writes "índice" only small
    assert repair("Luego habló con Ãngel Ruiz sobre el tema.") == "Luego habló con Ángel Ruiz sobre el tema."
    assert repair("Luego miró el Ãndice del libro.") == "Luego miró el índice del libro."


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("Viele Ãrzte raten dazu, weniger Ãl zu verwenden.", "Viele Ärzte raten dazu, weniger Öl zu verwenden."),
        ("Der Verein zeigte seine Ãberlegenheit.", "Der Verein zeigte seine Überlegenheit."),
        # after "Å" a capital and its small letter are both readings ("Łodzi", "łodzi"): the place must tell
        ("Prezydent Åodzi powiedział", "Prezydent Åodzi powiedział"),
    ],
)
def test_the_case_a_lead_byte_tells(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # a lead byte after a word's first capital and before a small letter, or between two capitals, is a letter
        # whose C1 byte vanished: clean text writes no capital there
        ("A HÅsÃ¶k tere Budapesten van.", "A Hősök tere Budapesten van."),
        ("Prezydent WÅadysÅaw Raczkiewicz", "Prezydent Władysław Raczkiewicz"),
        ("A manchete dizia: AUDIÃNCIA RECORDE.", "A manchete dizia: AUDIÊNCIA RECORDE."),
        # at an upper-case word's end before a space, in a line told to be in a language, the word decides
        ("The sign read CAFÃ OUVERT until noon.", "The sign read CAFÉ OUVERT until noon."),
        (
            "Die Schlagzeile lautete: GROSSER ERFOLG FÃR DAS TEAM.",
            "Die Schlagzeile lautete: GROSSER ERFOLG FÜR DAS TEAM.",
        ),
        # a word known as it stands stays ("IRMÃ" is Portuguese), and so does an upper-case word's end in a line of no
        # told language
        ("NÃO SÃO PAULO IRMÃ", "NÃO SÃO PAULO IRMÃ"),
        ("MELIÃ COZUMEL ★★★½", "MELIÃ COZUMEL ★★★½"),
        # and a name no reading makes a known word of
        ("LINANÃS Sofa, dark gray", "LINANÃS Sofa, dark gray"),
    ],
)
def test_a_lead_byte_inside_a_capitalised_or_upper_case_word(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # a hyphen that joins a compound starts no sentence: the word after it is small ("être" is one of French's
        # commonest short words), as the one after a dash or a closing quote is when it is a function word
        (
            "Un objet de bien-\ufffdtre pour la maison et le jardin.",
            "Un objet de bien-être pour la maison et le jardin.",
        ),
        ("Un objet de bien-\ufffd\ufffdtre pour la maison.", "Un objet de bien-être pour la maison."),
        ("Oni koji nisu sudjelovali - \ufffdto manje, to bolje.", "Oni koji nisu sudjelovali - što manje, to bolje."),
        ("Oni koji nisu sudjelovali – \ufffdto manje, to bolje.", "Oni koji nisu sudjelovali – što manje, to bolje."),
    ],
)
def test_a_lost_first_letter_after_a_mark_that_goes_on_with_the_sentence_is_not_a_capital(
    damaged: str, expected: str
) -> None:
    assert repair(damaged) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a closing quote or a semicolon the sentence goes on, and the place tells nothing
        "Cijene su pale; \ufffdak i banke to priznaju.",
    ],
)
def test_a_lost_first_letter_after_a_closing_quote_or_a_semicolon_is_left(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "damaged",
    [
        'Rekao je da je to bio "povijesni" \ufffdin za zemlju i narod.',
        'Rekao je da je to bio "povijesni" \ufffd\ufffdin za zemlju i narod.',
        'Rekao je da je to bio "povijesni" Ä?in za zemlju i narod.',
    ],
)
def test_a_lost_first_letter_after_a_closing_quote_is_small_where_the_dictionary_writes_it_so(damaged: str) -> None:
    # "čin" or a name "Čin"? the Croatian dictionary writes "čin" only small
    assert repair(damaged) == 'Rekao je da je to bio "povijesni" čin za zemlju i narod.'


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # what does start a sentence: its end, a colon, an opening mark
        ("Došli su rano. \ufffdak i djeca su bila tu.", "Došli su rano. Čak i djeca su bila tu."),
        ("Rekao je u Kninu: \ufffduo sam poruke.", "Rekao je u Kninu: Čuo sam poruke."),
        ("Predsjednik (\ufffdelnik stranke) je rekao.", "Predsjednik (Čelnik stranke) je rekao."),
    ],
)
def test_a_lost_first_letter_at_a_sentence_or_an_aside_start_is_a_capital(damaged: str, expected: str) -> None:
    assert repair(damaged) == expected
