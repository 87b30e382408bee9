"""A site's comment policy goes whole, however it is wrapped; the article around it stays, every word."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

import cleantext
from cleantext import DEFAULT_NOTICES, Notice, strip_chrome
from cleantext.notice_place import LONGEST_LINE

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
]
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "chile_border.raw.txt"
#: The seed's policy as (heading, sentence) items: its last seven lines hold one item each.
ITEMS = [
    (line[: line.index(". ") + 1], line[line.index(". ") + 2 :]) if ". " in line else ("", line)
    for line in SEED.read_text(encoding="utf-8").splitlines()[-7:]
]
POLICY = " ".join(part for item in ITEMS for part in item if part)
FURNITURE = ["(3) comments", "Welcome to the discussion.", "Log In"]


def _page(policy_lines: list[str]) -> str:
    return "\n".join([*ARTICLE, *policy_lines, *FURNITURE]) + "\n"


@pytest.mark.parametrize("width", [30, 41, 55, 64, 72, 88, 100, 120])
def test_a_policy_wrapped_at_any_width_goes_whole(width: int) -> None:
    assert cleantext.clean(_page(textwrap.wrap(POLICY, width))) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "lines",
    [
        [part for item in ITEMS for part in item if part],  # one sentence per line
        [POLICY],  # run into one line
        [" ".join(part for part in item if part) for item in reversed(ITEMS[1:5])],  # items dropped and reordered
    ],
    ids=["sentence-per-line", "one-line", "reordered"],
)
def test_a_policy_however_laid_out_goes_whole(lines: list[str]) -> None:
    assert cleantext.clean(_page(lines)) == "\n".join(ARTICLE) + "\n"


def test_explain_names_the_comment_policy_for_every_line_of_it() -> None:
    lines = textwrap.wrap(POLICY, 30)
    report = cleantext.explain(_page(lines))
    first = len(ARTICLE)
    reasons = {edit.line: (edit.step, edit.label) for edit in report.removed}
    assert all(reasons[first + k] == ("strip_chrome", "comment-policy") for k in range(len(lines)))


def test_a_line_that_holds_article_text_and_the_policy_s_start_stays() -> None:
    mixed = "He was referring to March 11, the date of the run-off. Keep it Clean. Please avoid obscene, vulgar,"
    rest = textwrap.wrap(POLICY.split("vulgar, ", 1)[1], 60)
    out = cleantext.clean(_page([mixed, *rest]))
    assert out == "\n".join([*ARTICLE, mixed]) + "\n"


@pytest.mark.parametrize(
    "prose",
    [
        "Comments are moderated because readers had posted threats against the mayor last spring.",
        "Facebook removed comments that violate its rules on hate speech, and banned three accounts.",
        "Under the rules, posts with racism, sexism or any sort of abuse will not be tolerated at the club.",
        "Threats of harming another person will not be tolerated, the principal said in a letter to parents.",
    ],
)
def test_article_prose_about_comment_rules_stays_next_to_the_policy(prose: str) -> None:
    text = "\n".join([ARTICLE[0], prose, ARTICLE[1], *textwrap.wrap(POLICY, 50), *FURNITURE]) + "\n"
    assert cleantext.clean(text) == "\n".join([ARTICLE[0], prose, ARTICLE[1]]) + "\n"


def test_the_learned_pipeline_removes_the_wrapped_policy_too() -> None:
    out = cleantext.clean(_page(textwrap.wrap(POLICY, 55)), steps=cleantext.LEARNED_PIPELINE)
    assert out == "\n".join(ARTICLE) + "\n"


def test_notices_are_data_the_step_takes() -> None:
    house = Notice("house-rules", r"\bno shouting\b|\bno spoilers\b|\bstay on topic\b", min_clauses=2)
    text = "\n".join([ARTICLE[0], "House rules: No shouting. No spoilers", "please. Stay on topic."])
    assert strip_chrome(text, notices=(*DEFAULT_NOTICES, house)) == ARTICLE[0]
    assert strip_chrome(text) == text
    with pytest.raises(ValueError, match="min_clauses"):
        Notice("one", r"\bno shouting\b", min_clauses=1)


#: Another site's comment policy, worded past the default notice's phrases: headings and sentences of its own.
OTHER_POLICY = [
    "Be Respectful. Personal attacks and name-calling will be removed.",
    "Stay on Topic. Comments should relate to the article they are posted under.",
    "No Spam. Do not post links to commercial websites.",
    "Report Abuse. Use the flag icon to tell our moderators about offensive posts.",
]


@pytest.mark.parametrize("width", [0, 35, 70])
def test_a_policy_worded_past_the_phrases_goes_by_its_shape(width: int) -> None:
    lines = textwrap.wrap(" ".join(OTHER_POLICY), width) if width else OTHER_POLICY
    assert cleantext.clean(_page(lines)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "prose",
    [
        # an article that quotes such a policy, in a sentence of its own
        "The paper's new rules, posted on Monday, read in part: \"Be Respectful. Personal attacks will be removed. "
        'Stay on Topic. Comments should relate to the article." Readers were not impressed.',
        # a list of tips in an article: the shape, not the subject
        "Stay Hydrated. Drink at least eight glasses of water a day. Get Moving. A brisk walk after dinner helps. "
        "Sleep Well. Adults need seven hours or more a night.",
        # short sentences about comments and reporting, but no headings
        "The posts were removed. Moderators flagged the accounts. The paper reported the threats to police.",
    ],
    ids=["quoted", "tips", "no-headings"],
)
def test_article_prose_shaped_like_a_policy_or_about_one_stays(prose: str) -> None:
    text = "\n".join([ARTICLE[0], prose, ARTICLE[1], *FURNITURE]) + "\n"
    assert cleantext.clean(text) == "\n".join([ARTICLE[0], prose, ARTICLE[1]]) + "\n"


def test_a_passive_is_no_attribution() -> None:
    """ "... may be reported to police." is the policy's own sentence, not speech the article reports."""
    policy = [*ITEMS[:2], ("Don't Threaten Others.", "Threats of harming another person may be reported to police.")]
    lines = [" ".join(part for part in item if part) for item in policy]
    assert cleantext.clean(_page(lines)) == "\n".join(ARTICLE) + "\n"


def test_a_notice_s_shape_is_looked_for_only_where_its_subject_is_named() -> None:
    """A policy says what it is about ("comment"): the same shape in a page that never names its subject stays
    (inside the page: printed last, after the article, its place tells it, as the next test shows)."""
    quiet = Notice("house-rules", r"\bno shouting\b|\bno spoilers\b", topic=r"\bspoil|\bshout|\bpost", subject="forum")
    rules = [
        "Be Kind. Shouting at other posters is not allowed.",
        "No Leaks. Do not post spoilers here.",
        "Stay Calm. Shouting in capitals will be removed.",
    ]
    text = "\n".join([ARTICLE[0], *rules, ARTICLE[1]]) + "\n"
    assert strip_chrome(text, notices=(quiet,)) == text


def test_a_notice_printed_last_goes_where_its_subject_is_not_named() -> None:
    quiet = Notice("house-rules", r"\bno shouting\b|\bno spoilers\b", topic=r"\bspoil|\bshout|\bpost", subject="forum")
    rules = [
        "Be Kind. Shouting at other posters is not allowed.",
        "No Leaks. Do not post spoilers here.",
        "Stay Calm. Shouting in capitals will be removed.",
    ]
    assert strip_chrome("\n".join([ARTICLE[0], *rules]) + "\n", notices=(quiet,)) == ARTICLE[0] + "\n"
    named = "\n".join([ARTICLE[0], "Forum rules", *rules])
    kept = strip_chrome(named, notices=(quiet,))
    assert kept.startswith(ARTICLE[0]) and not any(rule in kept for rule in rules)


def test_a_policy_printed_last_below_a_line_longer_than_any_policy_s_still_goes() -> None:
    """A text run together on one line longer than any policy's bounds the reading there, as code does: the policy
    below it is still read, and the line stays."""
    quiet = Notice("house-rules", r"\bno shouting\b|\bno spoilers\b", topic=r"\bspoil|\bshout|\bpost", subject="forum")
    rules = [
        "Be Kind. Shouting at other posters is not allowed.",
        "No Leaks. Do not post spoilers here.",
        "Stay Calm. Shouting in capitals will be removed.",
    ]
    run_together = " ".join([ARTICLE[0]] * (LONGEST_LINE // len(ARTICLE[0]) + 1))
    assert len(run_together) > LONGEST_LINE
    assert strip_chrome("\n".join([run_together, *rules]) + "\n", notices=(quiet,)) == run_together + "\n"


@pytest.mark.parametrize("width", [0, 40, 200])
def test_a_title_line_and_an_item_without_a_heading_go_with_the_policy(width: int) -> None:
    """A title on a line of its own above the policy ("Our House Rules") and an item printed without a
    heading in the policy's first line ("DON'T TYPE IN ALL CAPS.") are the policy's."""
    body = ["DON'T TYPE IN ALL CAPS. " + OTHER_POLICY[0], *OTHER_POLICY[1:]]
    lines = ["Our House Rules", *(textwrap.wrap(" ".join(body), width) if width else body)]
    assert cleantext.clean(_page(lines)) == "\n".join(ARTICLE) + "\n"


TIPS = "Stay Hydrated. Drink water often. Get Moving. Walk after dinner. Sleep Well. Rest more."
PROSE = "The council said it would post the report online and invite public comment until June."
LONG = "Readers posted hundreds of comments about the new bridge after the council meeting on Tuesday night."


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # an article's subhead (a short line without a stop) before a list of tips: no policy, so no title
        (["How To Cope", TIPS], ["How To Cope", TIPS]),
        # an article's last paragraph on the subject, on a line of its own, just before the policy
        ([PROSE, *OTHER_POLICY], [PROSE]),
        # an article's sentence on the subject in the policy's first line, long as prose is: the line stays
        ([f"{LONG} {OTHER_POLICY[0]}", *OTHER_POLICY[1:]], [f"{LONG} {OTHER_POLICY[0]}"]),
    ],
    ids=["subhead-before-tips", "paragraph-before-policy", "long-sentence-in-its-line"],
)
def test_article_lines_next_to_a_policy_s_title_or_first_item_stay(lines: list[str], kept: list[str]) -> None:
    assert cleantext.clean(_page(lines)) == "\n".join([*ARTICLE, *kept]) + "\n"


#: A policy some of whose headings are in sentence case, one a question, with an item printed without a heading
#: after its last. Three headings are in title case, the last of them near the end: the first look finds
#: those only, and the window it reads reaches ``notice_text.REACH`` lines past the last.
PLAIN_POLICY = [
    "Be Respectful. Personal attacks and name-calling will be removed.",
    "Stick to the story. Comments should relate to the article they are posted under.",
    "See Something? Use the flag icon to tell our moderators about offensive posts.",
    "No sock puppets. One account per person, and duplicates will be banned.",
    "No Spam. Do not post links to commercial websites.",
    "Comments close 72 hours after a story is published.",
]


@pytest.mark.parametrize("width", [0, 40, 200])
def test_sentence_case_and_question_headings_and_a_last_item_without_one_go_with_the_policy(width: int) -> None:
    """A heading may be in sentence case ("Stick to the story.") or a question ("See Something?") when an
    item's sentence follows it, and a short sentence on the subject after the last item is the policy's."""
    lines = textwrap.wrap(" ".join(PLAIN_POLICY), width) if width else PLAIN_POLICY
    assert cleantext.clean(_page(lines)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "prose",
    [
        # short article sentences in sentence case on the subject, in a row
        "Comments poured in. Readers were angry. The paper apologised.",
        # short sentences in sentence case, each before a longer one on the subject: no heading in title case
        "Comments poured in. Readers called the column offensive and hurtful. The paper apologised. "
        "Editors removed the post on Tuesday morning. Moderators were busy. They deleted hundreds of comments "
        "overnight.",
    ],
    ids=["short-sentences", "short-before-long"],
)
def test_article_sentences_in_sentence_case_on_the_subject_stay(prose: str) -> None:
    text = "\n".join([ARTICLE[0], prose, ARTICLE[1], *FURNITURE]) + "\n"
    assert cleantext.clean(text) == "\n".join([ARTICLE[0], prose, ARTICLE[1]]) + "\n"


@pytest.mark.parametrize(
    "after",
    ["The council will vote on the plan next month.", "Readers can see the plans at city hall."],
    ids=["vote", "plans"],
)
def test_a_short_article_line_off_the_subject_after_a_policy_stays(after: str) -> None:
    """The short sentences a policy's run goes on over, after its last item, speak of its subject."""
    last = "Report Abuse. Use the flag icon to tell our moderators. Offensive posts will be removed."
    lines = [*OTHER_POLICY[:3], last, after]
    assert cleantext.clean(_page(lines)) == "\n".join([*ARTICLE, after]) + "\n"


def test_the_runs_of_items_a_policy_s_shape_is_read_around_are_those_read_from_each_heading() -> None:
    """The sentences read for attributed speech around a run of a policy's items, found in one pass back over the
    sentences, are those found by reading the run from each of its headings (the reading a page printing a policy
    thousands of times made quadratic): on every sequence of sentence kinds."""
    from cleantext.notice_shapes import _HEADS, ITEM_SENTENCES, SHAPE_ITEMS, _items, _near_long_runs

    def from_each_heading(kinds: list[str]) -> set[int]:
        looked: set[int] = set()
        for k, kind in enumerate(kinds):
            items = _items(kinds, k) if kind in _HEADS else []
            if len(items) >= SHAPE_ITEMS:
                looked.update(range(max(0, k - ITEM_SENTENCES), min(len(kinds), items[-1].stop + ITEM_SENTENCES)))
        return looked

    rng = random.Random(7)
    alphabet = ["item", "item", "heading", "soft heading", "title", ""]
    for _ in range(20_000):
        kinds = [rng.choice(alphabet) for _ in range(rng.randint(0, 24))]
        assert _near_long_runs(kinds) == from_each_heading(kinds), kinds
