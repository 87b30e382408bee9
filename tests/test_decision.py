"""The article decision: rules annotate, a shipped model weighs each paragraph; what users rely on from it."""

from __future__ import annotations

import gzip
import itertools
import json
import pickle
from functools import partial

import pytest
from feed_support import feed_page
from hypothesis import given, settings
from hypothesis import strategies as st
from review_support import REVIEWS, VERDICTS

import cleantext
from cleantext import DecisionOptions, keep_article
from cleantext.annotate import read_paragraphs, rule_annotations
from cleantext.blocks import paragraphs
from cleantext.decision import CERTAIN
from cleantext.decision_model import load_model, read_model, write_model
from cleantext.errors import CleantextError, OptionError

ARTICLE = [
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
    "The budget includes money for twelve new electric buses and a second line to the airport.",
    "Construction on the airport line is expected to begin next spring and to last three years.",
    "The mayor, who had campaigned on the plan, called the vote a turning point for the city.",
]
#: The text pipeline with the decision in place of the three rule steps.
ARTICLE_PIPELINE = cleantext.pipeline(cleantext.repair, keep_article, cleantext.tidy)


def test_article_paragraphs_are_kept_and_furniture_goes() -> None:
    text = "\n".join(["Share on Facebook", "Share on Twitter", *ARTICLE, "(3) comments", "Log In"])
    assert keep_article(text).split("\n") == ARTICLE


def test_a_short_article_is_kept_whole() -> None:
    assert keep_article("\n".join(ARTICLE[:2])).split("\n") == ARTICLE[:2]


def test_explain_names_the_deciding_rule_or_the_model_score_with_its_features() -> None:
    text = "\n".join([*ARTICLE, "Get our morning briefing", "Delivered every weekday at 6am"])
    report = cleantext.explain(text, steps=partial(keep_article, remove_below=0.5))
    by_model = [edit for edit in report.removed if edit.step == "keep_article"]
    assert by_model, str(report)
    score, threshold = (float(part) for part in by_model[0].reason.split(":")[0].removeprefix("model ").split(" < "))
    assert score < threshold == 0.5
    assert any(sign in by_model[0].reason.split(":", 1)[1] for sign in "+-")  # the features behind the score
    by_rule = cleantext.explain("\n".join([*ARTICLE, "Log In"]), steps=keep_article).removed
    assert [(edit.step, edit.reason) for edit in by_rule] == [("strip_chrome", "login")]


def test_near_certain_rules_decide_whatever_the_model_says() -> None:
    text = "\n".join([*ARTICLE, "(0) comments"])
    report = cleantext.explain(text, steps=partial(keep_article, keep_above=0.0))
    assert [edit.reason for edit in report.removed] == ["comment-counter"]
    assert ("strip_chrome", "comment-counter") in CERTAIN
    # the decision keeps a paragraph only the structure rules remove without looking for a certain removal in it
    assert not any(step == "strip_boilerplate" for step, _ in CERTAIN)


def test_a_sure_model_overrules_a_rule_on_a_sentence_and_an_unsure_one_does_not() -> None:
    newsletter = "Sign up for our newsletter to get the latest news every morning."
    text = "\n".join([*ARTICLE, newsletter, "Log In"])
    assert keep_article(text, keep_above=0.0).split("\n") == [*ARTICLE, newsletter]  # "Log In" is no sentence
    assert keep_article(text, keep_above=1.0).split("\n") == ARTICLE


def test_remove_inside_lets_the_model_remove_a_non_anchor_inside_the_article_and_explain_says_so() -> None:
    text = "\n".join([*ARTICLE[:3], "Get our morning briefing", *ARTICLE[3:]])
    assert keep_article(text) == text  # by default the model never removes inside the span of article sentences
    report = cleantext.explain(text, steps=partial(keep_article, remove_inside=0.1))
    assert [(edit.line, edit.step) for edit in report.removed] == [(3, "keep_article")]
    assert "< 0.10 inside the article: " in report.removed[0].reason
    assert keep_article(text, remove_inside=1.0).split("\n") == ARTICLE  # the article's sentences anchor it: never


def test_keep_structure_lets_the_model_keep_what_only_the_structure_rules_remove() -> None:
    text = "\n".join(["By Jane Smith", "", "12 March 2024", "", *ARTICLE])
    report = cleantext.explain(text, steps=partial(keep_article, remove_below=0.0))
    assert {(edit.step, edit.reason) for edit in report.removed} == {("strip_boilerplate", "page-header")}
    # the model scores the date 0.36, the byline 0.15
    for keep_structure, kept in ((0.3, ["12 March 2024", *ARTICLE]), (1.0, ARTICLE)):
        out = keep_article(text, remove_below=0.0, keep_structure=keep_structure)
        assert [line for line in out.split("\n") if line] == kept


#: A list under the article that the structure rules take for a page's footer, then a quotation the model is sure of.
STOPS = ["Central Station", "Harbour Road", "Old Market", "University Park", "Riverside", "Airport Terminal"]
QUOTE = (
    '"We have waited a long time for this," said Maria Lopez, who has taken the number 12 bus to work for twenty'
    " years, adding that she hoped the new line would be faster."
)


def test_what_only_the_structure_rules_remove_between_two_kept_article_sentences_stays() -> None:
    text = "\n".join([*ARTICLE, "The new line will stop at:", *STOPS, "What riders say", QUOTE])
    rules = cleantext.explain(text, steps=partial(keep_article, keep_above=1.0))  # the rules decide everywhere
    assert [(edit.before, edit.reason) for edit in rules.removed] == [
        *((line, "page-footer") for line in [*STOPS, "What riders say"]),
        (QUOTE, "outside-article"),
    ]
    # the model keeps the quotation over the rule: the list and the heading between it and the article stay too
    assert keep_article(text) == text
    assert not cleantext.explain(text).removed
    assert ARTICLE_PIPELINE(ARTICLE_PIPELINE(text)) == ARTICLE_PIPELINE(text)


def test_short_lines_between_the_article_and_a_kept_sentence_go_when_another_rule_marks_chrome_there() -> None:
    share = ["Share this article", "Facebook", "Twitter", "Email"]
    text = "\n".join([*ARTICLE, *share, *STOPS, QUOTE])
    report = cleantext.explain(text)
    assert [(edit.before, edit.reason) for edit in report.removed] == [
        *((line, "share-bar") for line in share),
        *((line, "page-footer") for line in STOPS),
    ]
    assert report.text.split("\n") == [*ARTICLE, QUOTE, ""]
    assert ARTICLE_PIPELINE(ARTICLE_PIPELINE(text)) == ARTICLE_PIPELINE(text)


def test_short_lines_after_the_article_still_go_when_no_kept_sentence_follows_them() -> None:
    text = "\n".join([*ARTICLE, *STOPS, "Contact the newsroom"])
    assert keep_article(text).split("\n") == ARTICLE


def test_a_label_printed_once_a_section_does_not_cut_the_article_between_kept_sentences() -> None:
    text = "\n".join(
        [*ARTICLE, *(line for section, verdict in zip(REVIEWS, VERDICTS, strict=True) for line in [*section, verdict])]
    )
    rules = cleantext.explain(text, steps=partial(keep_article, keep_above=1.0))  # the rules decide everywhere
    footer = {edit.before for edit in rules.removed if edit.reason == "page-footer"}
    assert footer == {line for section in REVIEWS for line in section if not line.endswith(":")}
    # the model keeps the quotations; the sections' lines between them stay, the repeated labels alone go, as before
    report = cleantext.explain(text)
    assert [(edit.step, edit.reason, edit.before) for edit in report.removed] == [
        ("drop_duplicates", "repeated-label", line) for section in REVIEWS for line in section if line.endswith(":")
    ]
    assert keep_article(text).split("\n") == [line for line in text.split("\n") if not line.endswith(":")]
    assert ARTICLE_PIPELINE(ARTICLE_PIPELINE(text)) == ARTICLE_PIPELINE(text)


def test_a_label_standing_twice_between_two_kept_sentences_marks_a_list_of_teasers_there() -> None:
    teasers = ["Daily", "Dec 18, 2025", "Harbour Road reopens", "Daily", "Dec 17, 2025", "Old Market fire", "Daily"]
    text = "\n".join([*ARTICLE, *teasers, *STOPS, VERDICTS[0]])
    report = cleantext.explain(text)
    assert [edit.before for edit in report.removed] == [*teasers, *STOPS]
    assert keep_article(text).split("\n") == [*ARTICLE, VERDICTS[0]]
    assert ARTICLE_PIPELINE(ARTICLE_PIPELINE(text)) == ARTICLE_PIPELINE(text)


def test_rule_annotations_say_what_each_rule_step_would_remove() -> None:
    found = rule_annotations([ARTICLE[0], ARTICLE[0], "Advertisement"])
    assert (found[1].step, found[1].reason, found[1].ref) == ("drop_duplicates", "duplicate", 0)
    assert found[2].step == "strip_chrome"
    assert 0 not in found


#: ASCII, typography, accented Latin, Cyrillic, CJK, a Roman numeral (a capital that is no letter), other spaces.
_MIXED = "aZ9 .'-’“”—éÉßĞЖжД漢字Ⅷⅷ\u00a0\u2009\t"


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(st.characters(max_codepoint=127)), st.text(alphabet=_MIXED), st.text()))
def test_characters_are_counted_as_the_string_methods_count_them_one_by_one(text: str) -> None:
    """ASCII characters are counted by C loops over bytes, others one by one: the counts are the same."""
    from cleantext.features import _counts

    expected = tuple(sum(map(test, text)) for test in (str.isalpha, str.isdigit, str.isupper, str.isspace))
    assert _counts(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_gives_the_tokens_the_unicode_pattern_finds(text: str) -> None:
    from cleantext.features import _TOKEN, tokens_of

    assert tokens_of(text) == [("0" if token[0].isdigit() else token) for token in _TOKEN.findall(text.lower())]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["", "Log In", "Advertisement", "Most read", "Home | News | Sport", *ARTICLE]), max_size=24
    )
)
def test_rule_annotations_are_the_removals_the_rule_steps_report(lines: list[str]) -> None:
    from cleantext.annotate import ANNOTATORS

    reported = ANNOTATORS.run_lines(lines)[1]
    expected = {edit.line: edit for edit in reported if edit.action == "remove" and edit.before.strip()}
    assert rule_annotations(lines) == expected
    assert list(rule_annotations(lines)) == list(expected)


def test_the_score_of_a_paragraph_does_not_depend_on_the_others() -> None:
    model = load_model()
    alone = read_paragraphs([ARTICLE[2]])[0]
    among = read_paragraphs(["Menu", "", "Home", "", *ARTICLE])[4]
    assert among.paragraph.text == ARTICLE[2]
    assert model.probability(alone.features) == model.probability(among.features)


_PAGE_LINES = [
    *ARTICLE,
    "",
    "Share on Facebook",
    "Log In",
    "(0) comments",
    "Advertisement",
    "Keep it Clean. Please avoid obscene, vulgar,",
    "lewd language. Be Nice. No racism, sexism or",
    "any sort of -ism.",
    "Home | News | Sport",
    "Most read",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_LINES), max_size=24))
def test_each_paragraph_reads_the_rules_annotations_of_its_own_lines(lines: list[str]) -> None:
    found = rule_annotations(lines)
    readings = read_paragraphs(lines)
    assert [reading.paragraph for reading in readings] == paragraphs(lines)
    for reading in readings:
        assert reading.ruled == {index: found[index] for index in reading.paragraph.lines if index in found}
    assert sum(len(reading.ruled) for reading in readings) == len(found)


def test_higher_thresholds_remove_no_less() -> None:
    text = "\n".join(["Home | News | Sport", *ARTICLE, "Most read", "Related stories", "Enter your email"])
    removed = [
        {edit.line for edit in cleantext.explain(text, steps=partial(keep_article, remove_below=low)).removed}
        for low in (0.0, 0.2, 0.6, 0.9, 1.0)
    ]
    assert all(earlier <= later for earlier, later in itertools.pairwise(removed))
    assert keep_article(text).split("\n") == ARTICLE


def test_thresholds_outside_zero_to_one_are_an_option_error() -> None:
    with pytest.raises(OptionError, match="remove_below"):
        cleantext.Config().with_settings(["keep_article.remove_below=2"])
    with pytest.raises(OptionError, match="remove_below"):
        keep_article("text", remove_below=1.5)
    with pytest.raises(OptionError, match="keep_above"):
        keep_article("text", keep_above=-0.1)
    with pytest.raises(OptionError, match="remove_inside"):
        keep_article("text", remove_inside=1.5)
    with pytest.raises(OptionError, match="keep_structure"):
        cleantext.Config().with_settings(["keep_article.keep_structure=-1"])
    with pytest.raises(OptionError, match="remove_inside"):  # equal to the default 0.0, but not a number
        keep_article("text", remove_inside=False)


def test_the_step_pickles_with_its_options() -> None:
    step = cleantext.pipeline(cleantext.repair, partial(keep_article, remove_below=0.2), cleantext.tidy)
    again = pickle.loads(pickle.dumps(step))
    text = "\n".join([*ARTICLE, "Log In", "Enter your email address"])
    assert again(text) == step(text)


def test_cleaning_the_output_again_changes_nothing() -> None:
    text = "\n".join(["Menu", "Home", *ARTICLE, "Share this article", "More from the region", "Log In"])
    once = ARTICLE_PIPELINE(text)
    assert ARTICLE_PIPELINE(once) == once


def test_a_damaged_model_file_is_a_cleantext_error() -> None:
    with pytest.raises(CleantextError, match="damaged"):
        read_model(b"not gzip")
    wrong = gzip.compress(json.dumps({"format": "other", "version": 1}).encode())
    with pytest.raises(CleantextError, match="version 3"):
        read_model(wrong)
    shipped = gzip.decompress(write_model(load_model()))
    for cut in (shipped[:-8], shipped[: shipped.index(b"\n") + 5], shipped[: shipped.index(b"\n")] + b"x"):
        with pytest.raises(CleantextError, match="damaged"):
            read_model(gzip.compress(cut))


def test_the_shipped_model_file_is_what_the_writer_makes_of_the_model_read_from_it() -> None:
    """The file is version 3 (read without parsing numbers); writing what it holds gives its bytes back
    (compared decompressed: another zlib may compress the same bytes otherwise)."""
    from importlib import resources

    raw = resources.files("cleantext").joinpath("data", "decision.bin.gz").read_bytes()
    model = read_model(raw)
    assert gzip.decompress(write_model(model)) == gzip.decompress(raw)
    header = json.loads(gzip.decompress(raw).split(b"\n", 1)[0])
    assert (header["format"], header["version"], header["weights"]) == ("cleantext-decision", 3, len(model.weights))
    assert list(model.weights) == sorted(model.weights)
    assert all(type(weight) is float for weight in model.weights.values())


def test_a_version_2_model_file_reads_as_the_same_model() -> None:
    """A model written as version 2 (gzip JSON, the format before) reads as the same numbers."""
    model = load_model()
    body = dict(
        format="cleantext-decision",
        version=2,
        bias=model.bias,
        remove_below=model.remove_below,
        keep_above=model.keep_above,
        weights=model.weights,
        info=model.info,
    )
    old = gzip.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), mtime=0)
    assert read_model(old) == model


def test_the_shipped_model_records_where_it_came_from() -> None:
    info = load_model().info
    assert info["trained_on"] and info["command"].startswith("python training/")
    assert set(info["trained_on"]) <= {"wcxb", "zh_content", "plaintext_dev"}


def test_the_step_defaults_are_the_thresholds_the_model_was_validated_with() -> None:
    model = load_model()
    assert (DecisionOptions().remove_below, DecisionOptions().keep_above) == (model.remove_below, model.keep_above)
    text = "\n".join(["Most read", *ARTICLE, "Enter your email address", "About the Daily Herald"])
    rules_only = cleantext.Config().replace(keep_article={"remove_below": 0.0, "keep_above": 1.0})
    decided = rules_only.bind(cleantext.LEARNED_PIPELINE)
    assert decided(text) == cleantext.clean(text, kind="text")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_LINES), max_size=24))
def test_the_decision_reports_each_removed_line_once_by_its_input_line_in_order(lines: list[str]) -> None:
    """Its edits are made only when read (``clean`` reads none): one per line it removed, by that line
    of its input, holding the line, in line order; counted alike before and after they are made."""
    from cleantext.decision import decide_article

    outcome = decide_article(lines)
    count = len(outcome.edits)
    edits = list(outcome.edits)
    assert count == len(edits) == len(outcome.edits)
    assert [edit.line for edit in edits] == sorted(set(range(len(lines))) - set(outcome.origin))
    assert all(edit.action == "remove" and edit.before == lines[edit.line] for edit in edits)
    assert outcome.edits == edits and outcome.edits[-1:] == edits[-1:]
    assert outcome == decide_article(lines)


def test_the_decision_reads_its_output_until_a_reading_removes_nothing() -> None:
    # A feed whose list of posts shrinks at each reading (the posts' lines the rules remove differ from post to post,
    # so the list's period moves once they are gone): four readings stopped short, and a second cleaning removed more.
    page = feed_page(34)
    once = keep_article(page)
    assert keep_article(once) == once
    cleaned = cleantext.clean(page)
    assert cleantext.clean(cleaned) == cleaned


LIFEBOAT = [
    "The harbour trust unveiled its new lifeboat on Saturday, a rigid inflatable built in Cowes for the Solway crew.",
    "Volunteers from the Solway station raised the money for the lifeboat over four years of fairs, raffles and "
    "sponsored swims.",
    "The crew's coxswain, Morag Ellis, said the lifeboat would cut the time it takes to reach walkers cut off by the "
    "tide on the estuary.",
    "The old boat, which served the station for twenty-two years, will go to a training centre on the Clyde.",
    "Trust officials said the lifeboat's twin engines and its new radar make it safer for the crew in fog and at night.",
]
#: A table printed inside the article: short lines enough to cut the article in two for the structure rules.
SPECIFICATIONS = ["Length", "8.4 m", "Beam", "2.9 m", "Crew", "Four", "Top speed", "35 knots"]
GOING_ON = (
    "Ellis said the crew will train on the new lifeboat through the winter before it takes over from the old boat "
    "at the station in spring."
)


def _cut_off(text: str) -> list[str]:
    """The lines the decision removes as prose far from the article."""
    return [
        edit.before for edit in cleantext.explain(text, steps=keep_article).removed if edit.reason == "outside-article"
    ]


def test_the_article_going_on_past_a_table_printed_inside_it_stays() -> None:
    text = "\n".join([*LIFEBOAT, *SPECIFICATIONS, GOING_ON])
    kept = keep_article(text)
    assert GOING_ON in kept.split("\n")  # it writes the article's words: the lifeboat, the crew, Ellis, the station
    assert not _cut_off(text)
    assert keep_article(kept) == kept


def test_prose_cut_off_from_the_article_in_words_of_its_own_still_goes() -> None:
    teaser = (
        "Garden centres across the county report record sales of spring bulbs as mild weather brings early blooms "
        "to parks."
    )
    text = "\n".join([*LIFEBOAT, *SPECIFICATIONS, teaser])
    assert _cut_off(text) == [teaser]
    assert teaser not in keep_article(text)


def test_on_a_text_mostly_removed_prose_cut_off_from_the_article_goes_whatever_its_words() -> None:
    sections = ("Local", "World", "Sport", "Business", "Travel", "Opinion", "Weather", "Motors")
    menu = [f"{section} {kind}" for section in sections for kind in ("News", "Guides", "Videos", "Photos", "Podcasts")]
    text = "\n".join([*menu, *LIFEBOAT, *SPECIFICATIONS, GOING_ON])  # a whole page: its menu is most of its words
    assert _cut_off(text) == [GOING_ON]
