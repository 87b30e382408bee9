"""A comment policy printed whole on one line (a scraper joined its box into one paragraph) goes, last on the page or
beside the comment box, whatever its items say; an article's paragraph of headed options, or one with no list, stays."""

from __future__ import annotations

import pytest

import cleantext

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday, officials said.",
    "Peru is both a source of, and a country of transit for, migrants fleeing poverty in other parts of the region.",
]
BOX = ["(0) comments", "Welcome to the discussion.", "Log In", "Watch this discussion."]

#: Policies printed on one line, their items marked: by letters before a heading, by letters before a heading and its
#: dash, by the dashes the scraper kept between the bullets it joined (some items headed by a question alone), by
#: numbers printed with a sign before a heading run in ("#2 Local matters Keep to ..."), by numbers before a heading
#: printed as a sentence and three sentences more, by letters before a heading with a colon and an item's long
#: sentence after its first.
POLICIES = {
    "letters": (
        "Please read these rules before you join in. A. Keep it civil. Name-calling and sneering will see a comment "
        "taken down. B. Shop talk. The club shop opens on Saturdays. Posts that advertise other goods are removed. C. "
        "Mind the law. Do not name anyone a court has ordered must not be identified. D. Our decision. The editor has "
        "the last word."
    ),
    "letters and dashes": (
        "Please read these rules before you join in. A. Keep it civil \u2014 Name-calling and sneering will see a "
        "comment taken down. B. Mind the law \u2014 Do not name anyone a court has ordered must not be identified. C. "
        "Shop talk \u2014 Our club shop opens on Saturdays. Posts that advertise other goods are removed. D. Our "
        "decision \u2014 The editor may refuse any comment."
    ),
    "dashes and questions": (
        "Response policy \u2013 Is it kind? Debate the issue, not the person: personal attacks will be removed. "
        "\u2013 Whose details are they? Never post a member's address or phone number. Who decides? The editor has "
        "the last word. We cannot discuss moderation decisions by email. \u2013 Got a story? Email the newsroom "
        "rather than leaving it in the comments."
    ),
    "signed numbers": (
        "#1 Mind your manners Disagree with the idea, not the person. #2 Local matters Keep to the story or the "
        "club's business. #3 Moderation Comments are read by volunteers before they appear. #4 Selling Ask the "
        "secretary before you advertise in the comments."
    ),
    "headings as sentences": (
        "1) Manners. Disagree with the idea, not the person. Name-calling will see a comment taken down. Sneering "
        "at beginners is no better. 2) Selling. The club shop opens on Saturdays. Comments that advertise other goods "
        "are removed. Ask the secretary about stalls. 3) The law. Do not name anyone a court has ordered must not be "
        "identified. If in doubt, leave it out. 4) Privacy. Never post a member's address or phone number."
    ),
    "a long sentence": (
        "a) Keep it civil: Personal attacks on other readers will be removed. Remarks aimed at anyone's faith, "
        "language, nationality, colour, sex, sexuality or disability, whether spelled out or hinted at with a nickname "
        "or a winking emoji, have no place here however they are dressed up. b) On topic: Comments that wander "
        "off the subject may be deleted. c) Selling: Posts that advertise goods or services are removed."
    ),
}


@pytest.mark.parametrize("marks", sorted(POLICIES))
@pytest.mark.parametrize("where", ["last", "before", "after"])
def test_a_policy_printed_on_one_line_goes(marks: str, where: str) -> None:
    """Read back sentence by sentence, such a line begins no heading but its first; read whole, it is a list shown by
    its marks, on the subject (each fails on the code before, but the lettered policy after the box; the last three
    fail in each place on the code before they were read)."""
    line = POLICIES[marks]
    lines = {"last": [*ARTICLE, line], "before": [*ARTICLE, line, *BOX], "after": [*ARTICLE, *BOX, line]}
    assert cleantext.clean("\n".join(lines[where]) + "\n") == "\n".join(ARTICLE) + "\n"


def test_an_article_s_paragraph_of_headed_options_stays() -> None:
    """Options headed as a list's items, none on a policy's subject, are an article's: the paragraph stays."""
    options = (
        "The council has three options. Option one: Close the library on Mondays and keep the bus route. Option two: "
        "Sell the car park to a developer. Option three: Raise the parking charges by a pound. A vote is due in May."
    )
    lines = [*ARTICLE, options]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(lines) + "\n"


def test_an_article_s_last_paragraph_about_comments_with_two_headed_sentences_stays() -> None:
    """Two sentences headed by a word before a colon, both about comments, are no list of a policy's items (it holds
    three at least): the article's last paragraph stays."""
    story = (
        "Readers sent more than two hundred comments on the plan, most of them angry. Update: The council now says it "
        "will read every comment before the vote. Clarification: A summary of the comments will be published next "
        "month, not this week."
    )
    lines = [*ARTICLE, story]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(lines) + "\n"


#: Policies printed as prose on one line: their items' headings run into the sentences without a stop, or left out.
RULES_IN_PROSE = {
    "run-in headings": (
        "No personal attacks Debate the issue, not the person who posted it, and remember that the reader you are "
        "arguing with may be your neighbour. Privacy Do not post anyone's address, phone number or workplace in a "
        "comment, and think twice before you post your own. Stay on topic Comments that wander off the subject of the "
        "story may be deleted without notice by our moderators. Advertising Posts selling goods or services will be "
        "removed, and the accounts that post them may be suspended."
    ),
    "no headings": (
        "Please keep your comments to the subject of the story above, and start a new thread in the forum for "
        "anything else you want to raise. Never post another reader's address, phone number or workplace in a "
        "comment, or your own, however well you think you know them. Comments that insult, threaten or belittle "
        "other readers will be removed without notice, whatever the subject of the story. We may suspend the accounts "
        "of readers who break these rules more than once, and we do not discuss those decisions in public."
    ),
}


@pytest.mark.parametrize("kind", sorted(RULES_IN_PROSE))
@pytest.mark.parametrize("where", ["last", "before", "after"])
def test_a_policy_printed_as_prose_on_one_line_goes(kind: str, where: str) -> None:
    """Read whole, the line is rules on the subject that speak to the readers and forbid things: it goes (each fails
    on the code before)."""
    line = RULES_IN_PROSE[kind]
    lines = {"last": [*ARTICLE, line], "before": [*ARTICLE, line, *BOX], "after": [*ARTICLE, *BOX, line]}
    assert cleantext.clean("\n".join(lines[where]) + "\n") == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a blog's last paragraphs ask for comments and forbid nothing
        "Once again, we want to thank all of our volunteer testers for their thoughtful comments on this month's "
        "recipes and for helping us improve them. You can read the winning entry and the testers' comments by "
        "clicking through to the recipe page, where the comments are at the top. Even if the recipe you tested was "
        "not chosen, please feel free to leave your own comment there. We read every one of them and we will reply "
        "to as many as we can.",
        "Any questions about starting your garden? Check out the comments below, where many of your questions may "
        "have been answered already by our community. You are welcome to add your own comment too, and our gardeners "
        "will answer it. Happy gardening, and thank you for reading!",
        # an article reports what a moderator said of the rules, her words in quotation marks
        'Comments that insult other readers "will be removed", the moderator said. Posts that advertise in the '
        'comments "will be deleted", she said. Readers should "please keep comments to the story", she added. The '
        'editor said "we read every comment".',
    ],
    ids=["thanks for comments", "asks for comments", "reports the rules"],
)
def test_an_article_s_last_paragraph_about_comments_in_prose_stays(paragraph: str) -> None:
    """A paragraph on comments that speaks to the readers is no policy unless it forbids two things outside quotation
    marks: the article's last paragraph stays (each fails without its guard)."""
    lines = [*ARTICLE, paragraph]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(lines) + "\n"


def test_an_article_s_references_numbered_in_brackets_on_one_line_stay() -> None:
    """References numbered "[1]", "[2]", "[3]" count up as a list's marks do, but say nothing of a policy's subject:
    the article's last line stays (it passes on the code before too)."""
    references = (
        "References: [1] Smith J. Border crossings in the Andes. Journal of Migration, 2019. [2] Ruiz A. Transit "
        "countries and their policies. Comments on Law, 2021. [3] Peru Ministry of the Interior. Annual report, 2022."
    )
    lines = [*ARTICLE, references]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(lines) + "\n"


def test_a_policy_on_one_line_naming_a_year_of_its_place_s_history_goes_last() -> None:
    """A policy joined into one line and printed last, whose item names a year of the place's history while stating a
    rule ("D. Nests. Ospreys came back to the loch in 1954, so never say where a nest is; we remove any map."), goes:
    the sentence reads as the policy's by its words, not as a page's dated reference (fails on the code before, which
    read any year but the policy's own as a reference's and kept the line)."""
    policy = (
        POLICIES["letters"] + " E. Nests. Ospreys came back to the loch in 1954, so never say where a nest is; we "
        "remove any map."
    )
    assert cleantext.clean("\n".join([*ARTICLE, policy]) + "\n") == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    ("start", "may_begin"),
    [
        ("NO SPAM / ADS go at once.", True),  # two words in capitals, a sign between them
        ("PARCH PLAY", True),
        ("Stay on topic. The rest", True),  # a sentence as short as a heading
        ("Readers often write to the editor about the local schools and their budgets", False),
        ("AB cd", False),  # one word in capitals, then a word that is not
        ("A" * 5_000 + "! Stay", True),  # one long word of capitals ending a sentence: a heading's length
    ],
)
def test_where_an_item_may_begin_on_one_line(start: str, may_begin: bool) -> None:
    from cleantext.notice_oneline import _MAY_BEGIN_ITEM

    assert (_MAY_BEGIN_ITEM.match(start) is not None) is may_begin
