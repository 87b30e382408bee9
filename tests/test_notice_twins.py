"""A comment policy the page prints twice goes whole, both copies, whatever its wording; an article's text
printed twice keeps its first copy."""

from __future__ import annotations

import textwrap

import pytest

import cleantext

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
]
FURNITURE = ["(3) comments", "Welcome to the discussion.", "Log In"]
#: A policy with none of the seed's phrases and no headings: nothing in one copy of it tells it from prose.
BARE = [
    "We welcome your comments on our stories.",
    "Posts that attack other readers will be removed.",
    "Keep the discussion on the subject of the article.",
    "Moderators read every comment before it appears.",
]


def _rendered(sentences: list[str], how: str) -> list[str]:
    if how == "one-line":
        return [" ".join(sentences)]
    if how.startswith("wrapped"):
        return textwrap.wrap(" ".join(sentences), int(how.removeprefix("wrapped")))
    return list(sentences)


@pytest.mark.parametrize(
    ("first", "second"),
    [("wrapped40", "sentences"), ("sentences", "one-line"), ("sentences", "sentences"), ("wrapped72", "wrapped33")],
)
def test_a_policy_printed_twice_goes_whole_whatever_its_wording(first: str, second: str) -> None:
    lines = [*ARTICLE, *_rendered(BARE, first), *FURNITURE, *_rendered(BARE, second)]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(ARTICLE) + "\n"


def test_a_policy_that_never_names_comments_printed_twice_goes_without_a_comment_box() -> None:
    """Printed twice is evidence enough: the page need not name comments (its box may not be in the scraped text)."""
    rules = [
        "Be kind to one another.",
        "Posts that attack other readers will be removed.",
        "Keep the discussion on the subject of the article.",
        "Moderators read every post before it appears.",
    ]
    lines = [*ARTICLE, *_rendered(rules, "wrapped45"), *rules]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(ARTICLE) + "\n"


def test_the_rules_alone_remove_both_copies_too() -> None:
    lines = [*ARTICLE, *_rendered(BARE, "wrapped50"), *FURNITURE, *BARE]
    out = cleantext.clean("\n".join(lines) + "\n", steps=cleantext.RULES_PIPELINE)
    assert out == "\n".join(ARTICLE) + "\n"


def test_explain_names_the_policy_for_its_first_copy() -> None:
    wrapped = _rendered(BARE, "wrapped40")
    lines = [*ARTICLE, *wrapped, *FURNITURE, *BARE]
    reasons = {edit.line: (edit.step, edit.label) for edit in cleantext.explain("\n".join(lines) + "\n").removed}
    first = len(ARTICLE)
    assert {reasons[first + k] for k in range(len(wrapped))} == {("drop_duplicates", "comment-policy")}


def test_cleaning_the_output_again_changes_nothing() -> None:
    lines = [*ARTICLE, *_rendered(BARE, "wrapped40"), *FURNITURE, *_rendered(BARE, "one-line"), "Sign Up"]
    once = cleantext.clean("\n".join(lines) + "\n")
    assert cleantext.clean(once) == once


def test_the_policy_printed_once_is_no_twin() -> None:
    """One copy of sentences like these is what an article about moderation may print: it stays."""
    text = "\n".join([*ARTICLE, *BARE, *FURNITURE]) + "\n"
    assert cleantext.clean(text) == "\n".join([*ARTICLE, *BARE]) + "\n"


#: Article sentences on the subject, as long as a news story's (about 20-25 words each).
STORY = [
    "The newspaper said on Tuesday that it would close the comment sections under all of its stories about the "
    "election until the votes are counted.",
    "Editors said their moderators had removed thousands of posts in the past month that attacked other readers "
    "or the people named in the stories.",
    "Readers who want to respond can still write letters to the editor, which are read, checked and edited before "
    "they appear in print.",
    "Other papers in the region have made similar changes over the past year, citing the rising cost of moderation "
    "and the threats against their staff.",
]


@pytest.mark.parametrize(
    "repeated",
    [
        STORY,  # an article printed twice whole (a page scraped from two layouts): its sentences are long
        STORY[1:2],  # one sentence printed again as a pull quote
    ],
    ids=["article", "pull-quote"],
)
def test_article_text_printed_twice_keeps_its_first_copy(repeated: list[str]) -> None:
    lines = [*ARTICLE, *STORY, *FURNITURE, *repeated]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY]) + "\n"


def test_a_caption_printed_twice_keeps_its_first_copy() -> None:
    """A sentence printed again right after itself (a video's caption, a pull quote) is one sentence, even when
    an abbreviation cuts it in two: no run of a notice's items."""
    caption = "FBI Director James B. Comey comments on the reports that posts by his agency were removed."
    lines = [*ARTICLE, caption, "", caption, "", *FURNITURE]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, caption]) + "\n"


def test_a_list_printed_twice_keeps_its_first_copy() -> None:
    """A listing page's headlines printed twice, as its main list and again in a box: no sentence ends in
    them, so they are no notice's items, and the duplicates step drops only the second copy."""
    headlines = [
        "Readers react to the new comment policy",
        "Moderators remove posts about the vote",
        "Why we closed comments on election stories",
        "Letters to the editor on the school budget",
    ]
    box = [line for headline in headlines for line in (headline, "")]
    text = "\n".join([*box, *FURNITURE, "", *box]) + "\n"
    assert cleantext.drop_duplicates(text).split("\n")[: len(box)] == box


def test_a_document_past_the_size_read_for_twins_keeps_its_first_copy() -> None:
    """Memory stays bounded: a document of more than TWICE_CHARS characters (a feed, a dump of pages) is not
    read for a policy printed twice, whose reading would hold copies of the whole text."""
    from cleantext.notice_twins import TWICE_CHARS, printed_twice

    lines = [*ARTICLE, *_rendered(BARE, "wrapped40"), *FURNITURE, *BARE]
    assert printed_twice(lines, set())
    filler = "The council met again on Tuesday to hear from residents about the plan for the bridge."
    big = [*lines, *(f"{filler} ({k})" for k in range(TWICE_CHARS // len(filler) + 1))]
    assert printed_twice(big, set()) == {}


#: A site's rules that name no subject a notice is known by (no comments, posts or readers): one copy of them is
#: what an article may print; the page's template printing them twice at its end gives them away.
UNNAMED = [
    "Keep plot twists and the ending out of the thread.",
    "Disclose any financial stake in the businesses we cover.",
    "Rumours about road closures help nobody during a storm.",
    "Editors may close a discussion without giving a reason.",
]


@pytest.mark.parametrize(
    ("first", "between", "second"),
    [
        ("wrapped45", FURNITURE, "sentences"),
        ("sentences", [], "wrapped60"),  # one copy right after the other: nothing parts them
        ("sentences", ["Log In"], "sentences"),
    ],
    ids=["furniture-between", "back-to-back", "same-lines"],
)
def test_text_printed_twice_at_the_page_end_goes_whatever_it_says(first: str, between: list[str], second: str) -> None:
    lines = [*ARTICLE, *STORY[:2], *_rendered(UNNAMED, first), *between, *_rendered(UNNAMED, second), "Sign Up"]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


def test_explain_names_text_printed_twice_at_the_page_end_for_its_first_copy() -> None:
    """The second copy is named as a duplicate of the first, as a policy's is."""
    wrapped = _rendered(UNNAMED, "wrapped45")
    lines = [*ARTICLE, *STORY[:2], *wrapped, *FURNITURE, *UNNAMED]
    reasons = {edit.line: (edit.step, edit.label) for edit in cleantext.explain("\n".join(lines) + "\n").removed}
    assert {reasons[4 + k] for k in range(len(wrapped))} == {("drop_duplicates", "printed-twice-at-end")}


def test_two_rules_printed_twice_at_the_page_end_go() -> None:
    rules = [
        "Keep plot twists and the ending out of the thread until the run has closed.",
        "Disclose any financial stake you hold in the businesses we cover.",
    ]
    lines = [*ARTICLE, *STORY[:2], *_rendered(rules, "wrapped40"), "Welcome to the discussion.", *rules]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


@pytest.mark.parametrize(
    "tail",
    [
        ["I said so at the meeting, and I will keep saying it until somebody on the council listens."],
        ["Tickets for the final night go on sale at the box office on Monday morning."],
    ],
    ids=["a-reply-after-a-quote", "the-article-goes-on"],
)
def test_text_printed_twice_before_more_of_the_writers_own_words_keeps_its_first_copy(tail: list[str]) -> None:
    """Not at the page's end: text quoted again (a forum's reply quoting a post) with the writer's own words after
    it. The duplicates step takes the second copy only."""
    lines = [*ARTICLE, *STORY[:2], *UNNAMED, *UNNAMED, *tail]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2], *UNNAMED, *tail]) + "\n"


def test_a_paragraph_printed_twice_at_the_page_end_keeps_its_first_copy() -> None:
    """A scraper's slip prints an article's last paragraph again, on one line as before: its first copy stays."""
    paragraph = " ".join(UNNAMED)
    lines = [*ARTICLE, *STORY[:2], paragraph, paragraph]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2], paragraph]) + "\n"


def test_a_page_of_nothing_but_text_printed_twice_keeps_its_first_copy() -> None:
    """No article before it: the page's own text printed twice (two layouts of a short note), not its furniture."""
    lines = [*UNNAMED, *_rendered(UNNAMED, "wrapped50")]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(UNNAMED) + "\n"


def test_headed_items_printed_twice_at_the_page_end_are_measured_without_their_headings() -> None:
    """Each over twenty words with its number and heading, as short as items without them: printed twice at the
    page's end, both copies go (an article printed twice keeps its first copy: its sentences are long without
    headings)."""
    items = [
        "#1 Spoilers ahead: Keep plot twists and the ending of the show out of the thread until the run is over.",
        "#2 Shares and stakes: Say so if you hold shares in any business that our reporters cover in their stories.",
        "#3 Storm warnings: Rumours about road closures help nobody, so link to the county's own warnings instead.",
    ]
    lines = [*ARTICLE, *STORY[:2], *items, *textwrap.wrap(" ".join(items), 70)]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


#: A policy whose items run long (about 20 words each) and speak to the readers, as sites write them.
LONG_RULES = [
    "Please email the editor if you spot a factual error in a story, rather than posting it in the comments.",
    "We never share your email address with anyone; it is used only to confirm your account and send replies.",
    "Keep your comments courteous even when the debate gets heated, because we are neighbours before we are posters.",
    "Do not post anyone's home address, phone number or car registration, even if you think it is already known.",
]


@pytest.mark.parametrize(("first", "second"), [("wrapped70", "one-line"), ("wrapped45", "sentences")])
def test_a_policy_of_long_items_that_speaks_to_the_readers_printed_twice_goes(first: str, second: str) -> None:
    """Printed twice, on its subject and speaking to the readers ("we", "you", "Please ..."), a policy goes whole
    though its items run longer on average than an item's mean; a story on the subject printed twice does not speak
    to them, and keeps its first copy (above)."""
    lines = [*ARTICLE, *_rendered(LONG_RULES, first), *FURNITURE, *_rendered(LONG_RULES, second)]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(ARTICLE) + "\n"


def test_a_policy_with_a_sentence_past_an_item_s_length_printed_twice_goes() -> None:
    """Printed twice, speaking to the readers and on its subject, a policy goes though a sentence of one copy runs past
    an item's length (its title, opening line and first heading read as one sentence when printed on one line). The
    policy is one of the bench's seed-family documents (``reworded-8``)."""
    items = [
        "Community Guidelines",
        "Anyone can take part, provided they play by these ground rules:",
        "\u2022 Make it count The best contributions bring local knowledge, first-hand experience or a fresh angle to"
        " the story.",
        "\u2022 Report abuse If a post breaks these rules, use the flag icon beside it and a moderator will review it.",
        "\u2022 Keep it short Posts longer than 300 words are unlikely to be read, so make your point concisely.",
        "These rules are part of our terms of use, which you can read in full on our website.",
    ]
    box = ["12 Comments", "Welcome to the discussion.", "Log In", "Watch this discussion."]
    lines = [*ARTICLE, *box, *items, " ".join(items)]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join(ARTICLE) + "\n"


#: A club's rules as a template prints them under its stories: sentences as long as a news story's (about 20-25
#: words), one past an item's length, none speaking to the readers ("we", "you", "Please ...").
HOUSE_RULES = [
    "Arguments are welcome on this board, but name-calling, sneering and personal attacks on members will be taken "
    "down by the committee.",
    "Racist, sectarian, homophobic or misogynist language is removed, and the account that posted it is usually "
    "closed the same day.",
    "Guests of the shelter come to it in confidence, so naming them, describing them or posting photographs of them "
    "is not allowed.",
    "Copying whole articles from other newspapers breaks their copyright, and a short quotation with a link to the "
    "original is always enough for the readers of the board.",
]


@pytest.mark.parametrize(
    ("first", "between", "second"),
    [("wrapped50", FURNITURE, "sentences"), ("sentences", [], "wrapped60"), ("wrapped45", ["Log In"], "wrapped70")],
    ids=["box-then-sentences", "back-to-back", "two-wrappings"],
)
def test_a_template_s_box_of_long_sentences_printed_twice_differently_at_the_page_end_goes(
    first: str, between: list[str], second: str
) -> None:
    """A template prints its box twice under the article, its two copies breaking their lines differently: both go,
    however long the site writes its sentences, when the article before holds a third of a copy's words or more."""
    lines = [*ARTICLE, *STORY[:2], *_rendered(HOUSE_RULES, first), *between, *_rendered(HOUSE_RULES, second)]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


def test_long_sentences_printed_twice_alike_at_the_page_end_keep_their_first_copy() -> None:
    """Printed again as they stood, one copy right after the other (the same line breaks: a page scraped twice),
    sentences as long as an article's are the article's own, and its first copy stays."""
    wrapped = _rendered(HOUSE_RULES, "wrapped50")
    lines = [*ARTICLE, *STORY[:2], *wrapped, *wrapped]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2], *wrapped]) + "\n"


def test_a_box_of_long_sentences_printed_twice_alike_around_the_comment_box_goes() -> None:
    """Printed alike, a sentence per line both times, but parted by the comment box's furniture: the template's box
    printed above and below it, both copies go."""
    lines = [*ARTICLE, *STORY[:2], *HOUSE_RULES, *FURNITURE, *HOUSE_RULES]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


def test_a_policy_printed_twice_after_an_article_sentence_printed_twice_goes() -> None:
    """The article printed its last sentence before too (a pull quote); the text printed twice at the page's end
    then begins with that sentence, run into the policy's first copy: the policy's two copies go, and the sentence
    keeps its first copy (its second, a duplicate, goes as before)."""
    quote = STORY[1]
    lines = [*ARTICLE, quote, STORY[0], quote, *UNNAMED, *UNNAMED]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, quote, STORY[0]]) + "\n"


def test_an_article_printed_twice_whole_after_its_standfirst_keeps_its_first_copy() -> None:
    """An article printed twice whole at the page's end, once hard-wrapped (a text layout) and once a paragraph per
    line, has no more than its standfirst before it: less than a third of a copy's words. It stays."""
    standfirst = [
        "The paper will shut the comment sections under its stories about the vote until every ballot is counted, "
        "its editors said on Tuesday, after a month of abuse aimed at readers.",
        "Letters to the editor will still be printed, and readers may write to the editors about the decision.",
    ]
    body = [*STORY, *HOUSE_RULES]
    lines = [*standfirst, *_rendered(body, "wrapped60"), *FURNITURE, *body]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*standfirst, *_rendered(body, "wrapped60")]) + "\n"


def test_a_policy_whose_wrapped_line_ends_with_a_semicolon_printed_twice_goes() -> None:
    """A hard-wrapped line that ends with ";" is a piece of the policy's sentence, not a line of code (which no step
    reads as a notice's): both copies go."""
    sentences = [
        "Keep the board friendly, civil and kind; name-calling is taken down.",
        "Club business belongs in the members' area, not on the public board.",
        "Adverts are deleted unless they sit in the classifieds thread.",
        "Moderators read every post before it appears on the board.",
    ]
    wrapped = [
        "Keep the board friendly, civil and kind;",
        "name-calling is taken down. Club business belongs",
        "in the members' area, not on the public board.",
        "Adverts are deleted unless they sit in the",
        "classifieds thread. Moderators read every post",
        "before it appears on the board.",
    ]
    assert " ".join(wrapped) == " ".join(sentences)
    lines = [*ARTICLE, *STORY[:2], *wrapped, *FURNITURE, *sentences]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


def test_a_long_policy_printed_twice_at_the_page_end_goes() -> None:
    """Both copies of a long policy, with the furniture between them, run past the few thousand characters a short
    one takes: the page's end is read far enough back to hold them (its rules name no subject a notice knows)."""
    more = [
        "The allotment society said the new water supply would reach every plot by the end of the summer, weeks "
        "earlier than the council had promised in its letter to members.",
        "Members who have waited three years for a plot will be offered the twelve new ones first, the secretary "
        "said, with the rest of the list drawn by lot at the annual meeting.",
    ]
    topics = ["the spring show", "the allotment rota", "seed swaps", "the water butts", "the compost bays",
              "the shed keys", "the pond", "bonfires", "the car park", "hedge cutting", "the beehives", "the orchard",
              "tool loans", "the greenhouse", "rat traps", "the open day", "the minibus", "the raffle", "plot fees",
              "the trophy"]  # fmt: skip
    rules = [f"Questions about {topic} go to the secretary by letter, and the answer is printed in the next "
             f"newsletter ({k})." for k, topic in enumerate(topics, 1)]  # fmt: skip
    wrapped = textwrap.wrap(" ".join(rules), 70)
    assert len("\n".join([*wrapped, *FURNITURE, *rules])) > 4_000
    lines = [*ARTICLE, *STORY, *more, *wrapped, *FURNITURE, *rules]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY, *more]) + "\n"


def test_a_policy_printed_twice_around_the_box_after_an_article_sentence_printed_twice_goes() -> None:
    """A policy printed twice after a pull quote, its copies parted by the comment box: the first copy's stretch begins
    with the article's sentence printed twice; the policy's two copies go and the sentence keeps its first copy."""
    quote = STORY[1]
    lines = [*ARTICLE, quote, STORY[0], quote, *UNNAMED, *FURNITURE, *_rendered(UNNAMED, "wrapped45")]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, quote, STORY[0]]) + "\n"


@pytest.mark.parametrize("tail", ["Full terms of use at www.example.org/terms", "(Updated 14 March 2024)"])
@pytest.mark.parametrize("between", [[], FURNITURE], ids=["one-after-the-other", "around-the-box"])
def test_a_policy_printed_twice_whose_last_line_ends_without_a_stop_goes(tail: str, between: list[str]) -> None:
    """A policy whose last line is a link or a date, no stop after it, printed twice at the page's end: unwrapped,
    its first copy's last line runs into the second copy's first sentence, and its last sentence ends on no stop as a
    menu's headlines do; both copies go all the same."""
    rules = [*BARE, tail]
    lines = [*ARTICLE, *STORY[:2], *_rendered(rules, "wrapped40"), *between, *rules]
    assert cleantext.clean("\n".join(lines) + "\n") == "\n".join([*ARTICLE, *STORY[:2]]) + "\n"


@pytest.mark.parametrize("between", [[], FURNITURE], ids=["one-after-the-other", "around-the-box"])
def test_headlines_printed_twice_at_the_page_end_are_no_policy(between: list[str]) -> None:
    """A box of related headlines printed twice under the article: only a copy's last line may end without a stop,
    and the others end on none either; they are no policy printed twice (the duplicates step drops only the second
    copy, and the article's own decision weighs the first)."""
    from cleantext.notice_twins import printed_twice

    headlines = [
        "Readers react to the new parking rules in the town centre",
        "Council to vote on the harbour wall repairs next month",
        "School budget letters fill the editor's postbag again",
        "Ferry timetable changes for the winter season announced",
    ]
    lines = [*ARTICLE, *STORY, *headlines, *between, *headlines]
    assert printed_twice(lines, set()) == {}
