"""The policy sentence score (``cleantext.policy_words``) and what the notice reader does with it."""

from __future__ import annotations

import json
from pathlib import Path

import cleantext
from cleantext.decision_model import read_model
from cleantext.notice_kinds import _kind
from cleantext.notice_shapes import _subject_patterns
from cleantext.notice_text import _readable_words, _unwrap
from cleantext.policy_words import ARTICLE_SCORE, POLICY_SCORE, policy_score
from cleantext.shapes import DEFAULT_NOTICES

DATA = Path(cleantext.__file__).parent / "data"

ARTICLE = [
    "The council approved the new transit budget on Tuesday after a long debate about bus routes.",
    "Members said the plan would add two routes to the east side and extend evening service by an hour.",
    "The mayor is expected to sign the measure next week, and the first new buses could run by spring.",
]
BOX = ["12 Comments", "Welcome to the discussion.", "Log In", "Watch this discussion."]
# A policy whose items name no subject (no "comment", "post", "moderator"): read as a policy by their words.
UNNAMED = [
    "To keep the discussion fair, we ask all users to observe the following.",
    "Photographs of people who can be identified, or of their homes and cars, need their consent first.",
    "Please do not copy whole articles from other publications; a short quote and a link is enough.",
    "Treat fellow members as you would at a club night: with patience and good humor.",
    "Slurs about disabled people, including the casual ones, will be removed without warning.",
]


def test_a_policy_whose_items_name_no_subject_goes_beside_the_box() -> None:
    out = cleantext.clean("\n".join(ARTICLE + UNNAMED + BOX))
    assert out.splitlines() == ARTICLE


def test_the_article_before_the_box_stays_whatever_the_policy_s_words() -> None:
    out = cleantext.clean("\n".join(ARTICLE + BOX))
    assert out.splitlines() == ARTICLE


# Printed last with no box: its last item names no subject, so only its words tell the first look it may end one.
PRINTED_LAST = [
    "Art. 1 Pre-moderated posts — Every comment is read by a person before it appears, and our moderators are in "
    "Papeete, ten or eleven hours behind London, so a post sent in the European evening may not show until the next "
    "morning. Posts from new members are held for approval.",
    "Art. 2 Stay Within the Law — Don't post anything that could prejudice a trial, such as guesses about the guilt of "
    "someone who has been charged. We close a story's comments while a case is before the court.",
    "Art. 3 Emergencies — Worries about a patient's care should go to the ward staff or the hospital's patient advice "
    "service, not to the radio station.",
    "Thank you for keeping this a friendly place to talk.",
]


def test_a_policy_printed_last_whose_last_item_names_no_subject_goes() -> None:
    out = cleantext.clean("\n".join(ARTICLE + PRINTED_LAST))
    assert out.splitlines() == ARTICLE


def _kinds(sentence: str, *, scored: bool) -> str:
    """What the notice reader makes of the sentence as an item of the comment policy."""
    policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    text, words = _unwrap([sentence], [0])
    words = _readable_words(text, words)
    return _kind(range(len(words)), words, text, {}, _subject_patterns(policy), scored=scored)


def test_an_article_s_sentence_that_reads_as_one_is_no_policy_s_though_on_the_subject() -> None:
    sentence = "The bank posted a net loss of 3 billion dollars in the third quarter, its first since 2009."
    assert policy_score(sentence) <= ARTICLE_SCORE
    assert _kinds(sentence, scored=False) == "on"  # "posted": on the subject by its words alone
    assert _kinds(sentence, scored=True) == ""


def test_the_shipped_table_is_what_its_provenance_says() -> None:
    model = read_model((DATA / "policy_words.bin.gz").read_bytes())
    provenance = json.loads((DATA / "policy_words.provenance.json").read_text(encoding="utf-8"))
    assert len(model.weights) == provenance["features_kept"]
    assert provenance["thresholds"] == {"POLICY_SCORE": POLICY_SCORE, "ARTICLE_SCORE": ARTICLE_SCORE}
    assert (model.remove_below, model.keep_above) == (ARTICLE_SCORE, POLICY_SCORE)
    assert all(abs(weight) >= provenance["prune"] for weight in model.weights.values())
