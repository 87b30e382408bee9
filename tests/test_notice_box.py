"""A comment policy printed once beside the comment box goes, however its items are printed; the article's
last lines before the box stay."""

from __future__ import annotations

import textwrap

import pytest

import cleantext

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
]
BOX = ["(0) comments", "Welcome to the discussion.", "Log In", "Watch this discussion."]
NUMBERED = [
    "1.",
    "Be kind.",
    "Personal attacks on other readers are removed.",
    "2.",
    "Stay on the story.",
    "Posts that wander off the subject may be deleted.",
    "3.",
    "Use your name.",
    "We ask readers to sign in with their real names.",
]
BULLETED = [
    "• Stay on topic",
    "Comments that wander away from the article may be taken down.",
    "• No shouting",
    "Writing in capital letters is hard to read.",
    "• Keep it family-friendly",
    "Obscene or vulgar posts will be removed.",
]
CAPITALS = [
    "NO PERSONAL ATTACKS. Posts that threaten or bully another reader will be removed.",
    "STICK TO THE STORY. Please keep the conversation to the subject of the story.",
    "DON'T SELF-PROMOTE. Promotional posts and repeated links will be deleted.",
]


def _clean(lines: list[str]) -> str:
    return cleantext.clean("\n".join(lines) + "\n")


def _beside_box(policy: list[str], where: str) -> list[str]:
    """The article, then ``policy`` printed "before" or "after" the comment box."""
    return [*ARTICLE, *policy, *BOX] if where == "before" else [*ARTICLE, *BOX, *policy]


@pytest.mark.parametrize("policy", [NUMBERED, BULLETED, CAPITALS], ids=["numbered", "bulleted", "capitals"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_policy_beside_the_comment_box_goes(policy: list[str], where: str) -> None:
    assert _clean(_beside_box(policy, where)) == "\n".join(ARTICLE) + "\n"


LONG_ITEM = [
    "1.",
    "Be kind.",
    "Personal attacks on other readers are removed.",
    "2.",
    "Protect your privacy.",
    "For your own safety, please don't put your address, your phone number or the name of your children's school in a"
    " post; if someone asks you for them, report the post to us and we will look at it.",
    "3.",
    "Stay on the story.",
    "Posts that wander off the subject may be deleted.",
]


LONG_RULE = [
    "1.",
    "Be kind.",
    "Personal attacks on other readers are removed.",
    "2.",
    "Mind the law.",
    "Nothing must be posted that could be defamatory, that could be in contempt of court or that could identify a"
    " child in a case before the courts, and such posts will be removed at once by the moderators.",
    "3.",
    "Stay on the story.",
    "Posts that wander off the subject may be deleted.",
]


@pytest.mark.parametrize("policy", [LONG_ITEM, LONG_RULE], ids=["speaks", "rule"])
@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_a_long_item_to_the_readers_or_of_a_rule_goes_with_its_policy(policy: list[str], where: str) -> None:
    """An item's sentence may run past an item's length (38 and 39 words here) where it is on the subject and speaks
    to the readers ("your", "please", "we") or states a rule ("must"): the reading goes on past it (it stopped there,
    and the items before it stayed)."""
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
@pytest.mark.parametrize("kind", ["quotation", "law"])
def test_an_article_s_long_quotation_on_comments_stays(where: str, kind: str) -> None:
    """An article's long sentence on the subject that says "we" (a quotation) or "must" (a law) stays before the box
    and printed last: with the sentence before it, it is no list of items."""
    ending = {
        "quotation": [
            "The paper said it would close its comment section next month.",
            '"We have tried for years to keep the conversation civil, but the abuse our reporters and readers now face'
            ' in the comments every day has made that impossible, and we are sorry," the editor wrote.',
        ],
        "law": [
            "Parliament passed the online safety bill on Tuesday after a long debate.",
            "Under the new law, social media companies must remove posts that incite violence within 24 hours or face"
            " fines of up to 10 percent of their annual turnover, the minister told members of parliament.",
        ],
    }[kind]
    lines = [*ARTICLE, *ending, *BOX] if where == "before" else [*ARTICLE, *ending]
    assert _clean(lines) == "\n".join([*ARTICLE, *ending]) + "\n"


@pytest.mark.parametrize("width", [40, 90])
def test_a_wrapped_policy_beside_the_box_goes(width: int) -> None:
    lines = [*ARTICLE, *textwrap.wrap(" ".join(CAPITALS), width), *BOX]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "ending",
    [
        # the article's last sentences on the subject, printed as prose
        ["Residents can post comments on the plan until Friday. The council will publish every comment online."],
        # a short quoted sentence inside the last paragraph, then a last line on the subject
        [
            "“People should check the facts. People should read the report,” the mayor said. “We will not delete anything.”",
            "As for the posts, the council said it would have no comment on the subject.",
        ],
    ],
    ids=["prose", "quote"],
)
def test_the_article_s_last_lines_before_the_box_stay(ending: list[str]) -> None:
    assert _clean([*ARTICLE, *ending, *BOX]) == "\n".join([*ARTICLE, *ending]) + "\n"


def test_a_counter_alone_is_no_comment_box() -> None:
    """A counter under a headline: the article after it stays, its numbered list too."""
    article = [
        ARTICLE[0],
        "12 Comments",
        "The forum's new rules, posted on Monday, ask three things of its users.",
        *NUMBERED,
        ARTICLE[1],
    ]
    out = _clean(article)
    assert all(line in out for line in NUMBERED[1:3])


INLINE = [
    "Reader Forum Rules",
    "Before you comment, please read the following.",
    "• BE CIVIL: Treat fellow readers the way you would want to be treated at a neighborhood meeting.",
    "• No spoilers - Do not reveal plot twists or endings for shows that have not aired everywhere yet.",
    "• STICK TO THE STORY Keep the discussion focused on the subject of the story.",
    "• Mind the law: False statements about a real person may be defamatory, and posts that make them are removed.",
]


@pytest.mark.parametrize(
    "after",
    [
        [],
        ["© 2026 The Daily Courier", "Terms of Use"],
        # lines that end no sentence are the page's furniture, not the end a policy is read back from
        ["Reporter Jane Doe", "Filed under Local News"],
        # a sentence the page's shape removes: the policy before it is read once it is gone
        ["Contact the newsroom."],
    ],
    ids=["last", "before-footer", "before-byline", "before-shape-footer"],
)
def test_a_policy_printed_last_goes_without_a_box(after: list[str]) -> None:
    """No comment box on the page: a policy printed after the article, its headings before a colon, a dash or in
    capitals, goes with its title (and the footer's lines the rules or the page's shape remove)."""
    assert _clean([*ARTICLE, *INLINE, *after]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you for helping keep this a friendly place.",
        "Happy birding, and see you at the next club night.",
        "Write to the web editor at web@example.com.",
        "With thanks, the parish council.",
        # a last sentence off the subject that speaks to the readers
        "Tell us about any mistake you find and we will put it right.",
    ],
)
def test_a_policy_s_closing_line_goes_with_it_printed_last(closing: str) -> None:
    """Printed last, a policy may end on a closing line that names no subject, a sign-off, whom to write to or a
    sentence to the readers: the reading from the page's end passes over it, and it goes with the policy (it stopped
    the reading there)."""
    policy = [
        "1. Be kind. Personal attacks on other readers are removed.",
        "2. Stay on the story. Posts that wander off the subject may be deleted.",
        "3. Use your name. We ask readers to post under their real names.",
        closing,
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


def test_a_policy_of_questions_and_answers_goes_after_the_box() -> None:
    """A policy printed as a reader's questions, each answered, goes: a question in the reader's voice ("Can I ...?",
    "What happens if I ...?") asks what readers may do there, so it is the policy's whatever its words, and the
    answers between the questions go with them."""
    policy = [
        "Can I advertise my business?",
        "Comments that advertise are removed; use the classifieds.",
        "What happens if I break the rules?",
        "A first breach earns a warning, and a second a ban from commenting.",
        "Which languages can I use?",
        "Write in English so that everyone can follow.",
        "Do I have to use my real name?",
        "Yes: sign in with the name on your membership card.",
    ]
    assert _clean([*ARTICLE, *BOX, *policy]) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_questions_in_the_first_person_stay() -> None:
    """An article's paragraphs that open on a question in the first person, before the box, stay: the questions are
    the policy's only among its items."""
    article = [
        *ARTICLE,
        "Can I afford my rent next year? That is the question many tenants now ask, the survey found.",
        "What happens if I lose my job? Economists say the answer depends on savings.",
    ]
    assert _clean([*article, *BOX]) == "\n".join(article) + "\n"


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you for helping keep this a friendly place.",
        "See you on the water.",
        "Write to the web editor at web@example.com.",
        # a last sentence off the subject that speaks to the readers
        "Tell us what we got wrong and how we can do better.",
    ],
)
def test_a_policy_s_closing_line_goes_with_it_before_the_box(closing: str) -> None:
    """Printed before the comment box, a policy may end on its closing line next to the box, as it does printed
    last: the reading back from the box passes over it, and it goes with the policy (it stopped the reading there
    and the whole policy stayed)."""
    policy = [
        "About the performers",
        "Critique the performance as harshly as you like.",
        "Comments on appearance are off limits.",
        "Keep it short",
        "Posts over 300 words may be cut.",
        "Longer responses can be submitted as a letter to the editor.",
        closing,
    ]
    assert _clean([*ARTICLE, *policy, *BOX]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "closing", ["Thanks to the county library for the photographs.", "Let us know what you think."]
)
def test_an_article_s_last_line_before_the_box_stays(closing: str) -> None:
    """An article's last line of thanks or to the readers just before the box, no policy above it: nothing goes with
    it, and it stays."""
    assert _clean([*ARTICLE, closing, *BOX]) == "\n".join([*ARTICLE, closing]) + "\n"


@pytest.mark.parametrize(
    "ending",
    [
        # the article's last paragraph on the subject, as prose
        ["Residents can post comments on the plan until Friday. The council will publish every comment online."],
        # a paper's acknowledgement and references: short items, one on the subject, all dated
        [
            "5. Acknowledgements",
            "Our colleagues made helpful comments on an earlier draft of this report.",
            "6. References",
            "[Smith94] John Smith, Moderating online discussion, Report 12, 1994.",
            "[Jones01] Ann Jones, Abusive posts and the users who report them, 2001.",
            "[Lee05] Kim Lee, Comment sections and civil language, 2005.",
        ],
        # the article's last line to the readers after its last paragraph: no policy before it to go with
        [
            "The council will publish every comment it receives online next month.",
            "Residents can post comments on the plan until Friday.",
            "Let us know what you think.",
        ],
        # the article's last line of thanks after its last paragraph: no policy before it to go with
        [
            "Residents can post comments on the plan until Friday. The council will publish every comment online.",
            "Thanks to the county library for the photographs.",
        ],
    ],
    ids=["prose", "references", "to-readers", "thanks"],
)
def test_an_article_s_last_lines_stay_without_a_box(ending: list[str]) -> None:
    assert _clean([*ARTICLE, *ending]) == "\n".join([*ARTICLE, *ending]) + "\n"


COLONS = [
    "• No hate speech: Slurs aimed at any group or community will be deleted and the account blocked.",
    "• Respect other readers: We want a lively debate, not a shouting match; keep your tone civil.",
    "• Back up your claims: When you state a fact, link to a reliable source so others can check it.",
    "• Keep it clean: This is a family publication; please keep your language suitable for all ages.",
]


@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_items_headed_before_a_colon_go_wherever_the_policy_is_printed(where: str) -> None:
    """A heading of small words before a colon heads its item, the item off the subject too ("Back up your
    claims: ..."), beside the box or printed last."""
    lines = {
        "before": [*ARTICLE, *COLONS, *BOX],
        "after": [*ARTICLE, *BOX, *COLONS],
        "last": [*ARTICLE, "Please comment below.", *COLONS],
    }[where]
    kept = _clean(lines)
    assert not any(item in kept for item in COLONS)
    assert all(line in kept for line in ARTICLE)


@pytest.mark.parametrize(
    "revised", ["Last updated in March by the club's webmaster.", "Revised by the committee in May."]
)
def test_a_policy_s_revision_line_goes_with_it_printed_last(revised: str) -> None:
    """When the policy was last revised, printed after its last item, closes it as thanks or a sign-off does: the
    reading from the page's end passes over it, and it goes with the policy."""
    assert _clean([*ARTICLE, "Please comment below.", *COLONS, revised]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "revised",
    [
        "These rules were last updated in March 2025.",
        "Our moderators will answer questions about these rules by email. Reviewed 11 April 2022.",
    ],
)
def test_a_policy_s_dated_revision_line_goes_with_it_printed_last(revised: str) -> None:
    """A policy names a year where it says when it was last revised; a page's dated references name theirs otherwise:
    the reading from the page's end passes over the revision's date, and the policy goes (each fails on the code
    before)."""
    assert _clean([*ARTICLE, "Please comment below.", *COLONS, revised]) == "\n".join(ARTICLE) + "\n"


SANCTIONED = [
    "Hate speech. Posts that attack anyone as a group for their race, religion, ethnicity, language, disability, "
    "sexual orientation or home region will be removed and the account that posted them closed without warning.",
    "Trials. Once someone has been charged the case is live, and posts that speculate about guilt, about the accused's "
    "past or about witnesses in the case will be deleted until the trial has ended.",
    "Selling. Members may list one item of surplus kit a month on the classifieds board, and any further post, or any "
    "post by a trader who is not a member of the club, will be taken down.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_policy_s_long_items_that_say_what_is_removed_go(where: str) -> None:
    """An item's long sentence on the subject that says what is done to what breaks it ("... will be removed", "will
    be taken down") states a rule as "must" or "do not" does: the policy goes beside the box."""
    assert _clean(_beside_box(SANCTIONED, where)) == "\n".join(ARTICLE) + "\n"


def test_a_story_on_what_a_platform_removes_stays_before_the_box() -> None:
    """A news story's long sentences on what a platform says it will remove are the article's: two of them before the
    comment box stay."""
    story = [
        "The platform said on Tuesday that posts which spread false claims about the vote in the northern provinces "
        "will be removed, and that accounts which repeat them after a warning will be suspended for a month.",
        "Critics said the company had made similar promises before the last election and that many such comments "
        "were still online weeks after the count, when the damage had long been done.",
    ]
    assert _clean([*ARTICLE, *story, *BOX]) == "\n".join([*ARTICLE, *story]) + "\n"


def test_a_letter_s_salutation_before_a_policy_of_bullets_stays() -> None:
    """A letters column's last lines ("Dear Amy: ...") head its sentences another way than the policy's items:
    the run stops at them, and they stay."""
    letters = [
        "Dear Amy: I was upset by the question from a reader whose husband insisted on texting while driving.",
        "I wish you had suggested she report him before he causes a tragic accident.",
        "Dear Upset: The volume of responses shows how worried people are about distracted drivers.",
    ]
    policy = [
        "· Protect privacy — Sharing private information about another person will lead to a ban.",
        "· Say it once — Please avoid making the same point several times in one thread.",
        "· Legal matters — Posts that break the law will be removed.",
    ]
    kept = _clean([*ARTICLE, *letters, *policy, *BOX])
    assert kept == "\n".join([*ARTICLE, *letters]) + "\n"


SYMBOLS = [
    "\u25b8 Keep it short. Posts are limited to 300 words. Say your piece once instead of repeating it in a thread.",
    "\u25b8 How we moderate. Our small staff reviews every comment before it appears, so please be patient.",
    "\u25b8 No classifieds. Do not list cattle, hay or equipment for sale in the comments. This is a news page.",
    "\u25b8 Cite your sources. Posts that knowingly spread false information are removed.",
]


@pytest.mark.parametrize("width", [60, 90])
@pytest.mark.parametrize("bullet", ["\u25b8", "\u2713"])
def test_a_wrapped_policy_bulleted_with_any_symbol_goes(width: int, bullet: str) -> None:
    """Any symbol outside ASCII before an item is its bullet ("▸", "✓"), and a short sentence after it, inside a
    wrapped line too, is the item's heading ("Cite your sources."): the item's sentences off the subject go with it."""
    policy = textwrap.wrap(" ".join(SYMBOLS).replace("\u25b8", bullet), width)
    assert _clean([*ARTICLE, *policy, *BOX]) == "\n".join(ARTICLE) + "\n"


NUMBERED_INLINE = [
    "1) Keep it short. Posts are limited to 300 words. Say your piece once instead of repeating it in a thread.",
    "2) Treat others with respect. Be courteous in your posts, even when you strongly disagree.",
    "3) No dangerous advice. Comments with advice that could get someone hurt will be taken down.",
    "4) Own your words. We require first and last names. Anonymous or made-up accounts will be removed.",
]


def test_a_heading_after_an_item_s_number_heads_it() -> None:
    """Printed last, items numbered in their lines: the short sentence after the number is the item's heading, and
    the item's second sentence off the subject ("Say your piece once ...") goes with it."""
    assert _clean([*ARTICLE, *NUMBERED_INLINE]) == "\n".join(ARTICLE) + "\n"


MARKED_LAST = [
    "* ZERO TOLERANCE FOR BIGOTRY: Comments that attack people for their race, religion or origin are removed.",
    "* NO PIRACY: Do not post links to pirated games, cheats or exploits. We ban accounts that post them.",
    "* PLAY THE BALL, NOT THE PLAYER: Argue with the point someone made. Insulting comments are removed.",
]


def test_a_marked_item_off_the_subject_next_to_the_box_is_the_policy_s() -> None:
    """Next to the box, before the run has seen a heading, an item off the subject marked as a list's (a bullet
    before a heading of six words) is the policy's: the run goes on over it."""
    assert _clean([*ARTICLE, *MARKED_LAST, *BOX]) == "\n".join(ARTICLE) + "\n"


def test_a_letter_s_salutation_stays_before_a_policy_s_unheaded_opening() -> None:
    """Before the run has seen an item's heading (the policy's opening sentences come first), a sentence headed by
    words, not by a list's mark ("Dear Upset: ..."), ends it: the letters column above the policy stays."""
    letters = [
        "Dear Amy: I was upset by the question from a reader whose husband insisted on texting while driving.",
        "I wish you had suggested she report him before he causes a tragic accident.",
        "Dear Upset: The volume of responses shows how worried people are about distracted drivers.",
    ]
    policy = [
        "Please read our house rules before you post.",
        "Abuse will not be tolerated. Posts that threaten or harass another person will be removed.",
        "Stick to the story. Contributions should relate to the article above. Off-topic posts may be removed.",
        "Protect privacy. Posting another person's personal details will lead to an immediate ban.",
    ]
    kept = _clean([*ARTICLE, *letters, *policy, *BOX])
    assert all(line in kept for line in [*ARTICLE, *letters])


MIXED_BULLETS = [
    "• Be kind. Personal attacks on other readers are removed.",
    "• Please discuss the issues raised in this article rather than unrelated grievances.",
    "• Stay on the story. Posts that wander off the subject may be deleted.",
    "• No spam. Links to shops and repeated posts will be taken down.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_bulleted_item_without_a_heading_among_headed_ones_is_the_policy_s(where: str) -> None:
    """A heading after a bullet is printed with the bullet: an item with the bullet and no heading of its own, off
    the subject, is printed the list's way, and the run goes on over it."""
    assert _clean(_beside_box(MIXED_BULLETS, where)) == "\n".join(ARTICLE) + "\n"


ONE_MORE_SENTENCE = [
    "Keep it courteous.",
    "Posts that belittle other readers are deleted.",
    "Think before you hit send.",
    "Your neighbours read this page too.",
    "Stay near the subject.",
    "Posts about other matters may be moved or removed.",
    "Once is enough.",
    "Posting the same remark again and again gets an account suspended.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_item_s_third_sentence_off_the_subject_is_the_policy_s(where: str) -> None:
    """A sentence off the subject with no heading near it goes on the run when the sentence after it, outward, is
    the policy's (a heading, an item on the subject or one headed)."""
    assert _clean(_beside_box(ONE_MORE_SENTENCE, where)) == "\n".join(ARTICLE) + "\n"


COURTEOUS = [
    "Keep it courteous. Posts that belittle other readers are deleted.",
    "Stay near the subject. Posts about other matters may be moved or removed.",
    "Once is enough. Posting the same remark again and again gets an account suspended.",
]


@pytest.mark.parametrize(
    "policy",
    [
        ["To keep them worth reading, we ask that you:", *("- " + item for item in COURTEOUS)],
        [
            "To keep this page worth reading, we ask three things:",
            *(f"{k}) {item}" for k, item in enumerate(COURTEOUS, 1)),
        ],
    ],
    ids=["dashes", "numbers"],
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_the_line_that_introduces_the_list_goes_with_it(policy: list[str], where: str) -> None:
    """A short line that ends with a colon (the list's first number may follow it) heads the list it introduces."""
    assert _clean(_beside_box(policy, where)) == "\n".join(ARTICLE) + "\n"


DASHED = [
    "Be civil – Personal attacks on other readers are removed.",
    "Copyright – Only share material you have the right to share.",
    "Stay on topic – Posts that wander off the subject may be deleted.",
    "Privacy – Do not publish the address or phone number of anyone.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_items_headed_before_a_dash_go(where: str) -> None:
    """A few capitalised words before a dash head their item ("Copyright – Only share ..."), off the subject too."""
    assert _clean(_beside_box(DASHED, where)) == "\n".join(ARTICLE) + "\n"


AS_RULES = [
    "Your own work: You must have the right to share anything you upload.",
    "Health claims: Do not present a remedy as a cure without a source.",
    "Civility: Personal attacks on other readers are removed.",
    "Sales: Please do not advertise your business here.",
    "Reporting: Flag a post that breaks these rules.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_items_written_as_rules_go_beside_the_box(where: str) -> None:
    """Beside the box, an item off the comments' subject written as a rule ("You must ...", "Do not ...",
    "Please do not ...") is the policy's, when two of its items name the subject itself."""
    assert _clean(_beside_box(AS_RULES, where)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "prose",
    [
        [
            "If you go: Residents must register by Friday. Please bring a photo ID to the hall. Do not park on the grass."
        ],
        [
            "What to bring. Residents must register by Friday. Please bring a photo ID to the hall.",
            "Parking. Do not park on the grass verges. Cars left there must be moved by noon.",
        ],
        [
            "Method. Preheat the oven. You must not open the door while it bakes.",
            "Serving. Serve it warm. Never reheat it twice, and please keep leftovers in the fridge.",
        ],
    ],
    ids=["event", "headed", "recipe"],
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_an_article_s_instructions_beside_the_box_stay(prose: list[str], where: str) -> None:
    """An article's instructions are written as rules too, but none of them names the comments' subject: beside
    the box they stay."""
    kept = _clean(_beside_box(prose, where))
    assert all(line in kept for line in [*ARTICLE, *prose])


UNHEADED_AFTER_BOX = [
    "Please stay with the story in question rather than reopening old arguments from earlier threads.",
    "Messages of sympathy to the family are always welcome here.",
    "Guesses about the cause of a crash are not, and will be taken down.",
    "Every post is read by a volunteer before it appears, which may take up to two days.",
]


@pytest.mark.parametrize("printed", ["a sentence a line", "on one line"])
def test_a_policy_whose_sentences_name_no_subject_goes_after_the_last_box(printed: str) -> None:
    """After the page's last comment box, up to its end, a policy with no heading whose sentences name no subject
    (no run reads it) is told by its words: each scores as a policy's."""
    policy = UNHEADED_AFTER_BOX if printed == "a sentence a line" else [" ".join(UNHEADED_AFTER_BOX)]
    assert _clean([*ARTICLE, *BOX, *policy]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "after",
    [
        [
            "Officials said the bridge would reopen in March after engineers finish inspecting its steel supports.",
            "Engineers found cracks in two of the steel beams last year.",
            "The county has set aside $4 million for the work.",
        ],
        [
            *UNHEADED_AFTER_BOX,
            "The mayor is expected to sign it next week, and the first new buses could run by spring.",
        ],
    ],
    ids=["an article", "an article's line after the policy"],
)
def test_an_article_s_sentences_after_the_box_stay(after: list[str]) -> None:
    """Text after the last box is read by its words only where none of its sentences reads as an article's: an
    article printed after the box, or one of its lines after a policy there, stays."""
    kept = _clean([*ARTICLE, *BOX, *after]).splitlines()
    articles = after if after[0] not in UNHEADED_AFTER_BOX else after[len(UNHEADED_AFTER_BOX) :]
    assert all(line in kept for line in [*ARTICLE, *articles])


#: A policy of numbered items whose headings run on into their sentences, most of them off the comments' subject.
MARKED_BEFORE_BOX = [
    "1. Other Members' Details. Phone numbers shared at practice are for the team list only.",
    "2. Our Word Is Final The committee may close a thread at any time, and will not discuss why.",
    "3. Selling Adverts for tack or horses belong in the sales section, not in the discussion.",
]


@pytest.mark.parametrize(
    "above",
    [
        [],
        ["Please send your photographs of the flooding to the newsroom by Friday."],
        [
            "If you go:",
            "- Tickets cost $10 at the door, and children under 12 get in free.",
            "- Parking is free after 6 p.m. on the streets around the hall.",
            "- Please bring your own chair.",
        ],
        [
            "How to help",
            "• Donations can be dropped off at the fire station on Main Street.",
            "• Volunteers should call the county office before Friday.",
            "• Please do not bring clothing, as the shelter has no room to store it.",
        ],
    ],
    ids=["the article", "a request to readers", "a list of dashes", "a list of bullets"],
)
@pytest.mark.parametrize("where", ["before the box", "last"])
def test_a_policy_told_by_its_words_goes_from_its_first_mark(above: list[str], where: str) -> None:
    """Just before the box, or printed last, a policy no run reads (its items' headings run on into their
    sentences) is told by its sentences' words, from its first heading or mark; the article's own last lines above
    it stay, a request to the readers or a list among them."""
    article = [*ARTICLE, *above]
    box = BOX if where == "before the box" else []
    assert _clean([*article, *MARKED_BEFORE_BOX, *box]) == "\n".join(article) + "\n"


#: A policy numbered "Rule 1:", "Rule 2:", ..., its items' sentences run on after the number on its line.
RULES_NUMBERED = [
    "Rule 1: This is a small paper run by volunteers from the village.",
    "Please remember that your neighbours read these pages too.",
    "Rule 2: Use the flag beside any post that breaks these rules, and a moderator will look at it.",
    "Rule 3: Do not use this space to advertise products, services or your own channel.",
]


@pytest.mark.parametrize("where", ["before the box", "last"])
def test_a_policy_told_by_its_words_goes_from_its_first_number_with_a_word(where: str) -> None:
    """A list's number with a capitalised word before it ("Rule 1:") begins the policy told by its words as a bare
    number or a bullet does."""
    box = BOX if where == "before the box" else []
    assert _clean([*ARTICLE, *RULES_NUMBERED, *box]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "ending",
    [
        [
            "What to do if you meet a bear:",
            "- Do not run, and never turn your back on it.",
            "- Make yourself look as big as you can and speak in a calm voice.",
            "- Back away slowly, and report the sighting to the park office.",
        ],
        [
            "How to protect yourself",
            "1. Never give your password or bank details to anyone who calls you.",
            "2. Report suspicious messages to the police and to your bank at once.",
            "3. Please warn older relatives, who are often the first targets.",
        ],
    ],
    ids=["advice", "numbered advice"],
)
def test_an_article_s_own_list_of_advice_at_the_page_s_end_stays(ending: list[str]) -> None:
    """An article that ends on a list of advice to its readers, printed as a policy's items are, stays: its
    sentences read as a policy's one in two or less."""
    assert _clean([*ARTICLE, *ending]) == "\n".join([*ARTICLE, *ending]) + "\n"


def test_an_item_headed_by_words_before_the_run_s_first_heading_goes_beside_the_box() -> None:
    """Beside the box, an item headed by words ("Emergencies: ...") before the run has seen a heading is the
    policy's (the box tells where readers comment); printed last, where nothing but the shape tells, it ends the run
    (a letter's "Dear Upset:")."""
    policy = [
        "Be kind. Insults aimed at other readers are removed.",
        "Emergencies: This page is not monitored around the clock.",
        "Comments are reviewed before they appear.",
    ]
    assert _clean([*ARTICLE, *policy, *BOX]) == "\n".join(ARTICLE) + "\n"


RULES_LAST = [
    "House rules",
    "Spoilers. Please warn other readers before you discuss an ending.",
    "Privacy. Never share anyone's address or phone number.",
    "Selling. You must not advertise goods or services here.",
    "Civility. Personal attacks on other readers are removed.",
    "Reporting. Flag a post that breaks these rules.",
]


@pytest.mark.parametrize("title", [True, False], ids=["titled", "untitled"])
def test_items_written_as_rules_go_printed_last(title: bool) -> None:
    """Printed last, items off the comments' subject written as rules are the policy's too, two of its items naming
    the subject itself."""
    assert _clean([*ARTICLE, *RULES_LAST[0 if title else 1 :]]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "prose",
    [
        [
            "If you go: Residents must register by Friday. Please bring a photo ID to the hall. Do not park on the grass."
        ],
        [
            "What to bring. Residents must register by Friday. Please bring a photo ID to the hall.",
            "Parking. Do not park on the grass verges. Cars left there must be moved by noon.",
        ],
        [
            "Method. Preheat the oven. You must not open the door while it bakes.",
            "Serving. Serve it warm. Never reheat it twice, and please keep leftovers in the fridge.",
        ],
    ],
    ids=["event", "headed", "recipe"],
)
def test_an_article_s_instructions_printed_last_stay(prose: list[str]) -> None:
    """An article that ends with instructions, written as rules but naming no comment's subject, keeps them."""
    assert _clean([*ARTICLE, *prose]) == "\n".join([*ARTICLE, *prose]) + "\n"


#: A policy under its own title, its items on subjects no notice names (spoilers, disclosure, storms).
TITLED = [
    "Discussion rules",
    "Spoilers. Keep plot twists and the ending out of the thread.",
    "Disclosure. Say so if you hold a financial stake in a business we cover.",
    "Storms. Rumours about road closures help nobody.",
    "Editors. We may close a thread without giving a reason.",
]


@pytest.mark.parametrize("where", ["before", "after", "last"])
@pytest.mark.parametrize("how", ["lines", "one-line"])
def test_a_policy_under_a_title_that_names_it_goes_whatever_its_items_say(where: str, how: str) -> None:
    """Beside the box or printed last, a title that names a policy ("Discussion rules", "Before you post") tells what
    the short items under it are, whatever their subject."""
    policy = TITLED if how == "lines" else [" ".join(TITLED)]
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("title", ["New rules for the park", "The rules", "What the rules say"])
@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_section_on_rules_stays_beside_the_box(title: str, where: str) -> None:
    """A title that speaks of rules without naming the site's own ("New rules for the park") heads an article's
    section: its short sentences stay."""
    section = [
        title,
        "Dogs must be kept on a lead. Fires are banned after eight.",
        "The gates close at dusk. Cyclists keep to the marked paths.",
    ]
    lines = [*ARTICLE, *section] if where == "last" else _beside_box(section, where)
    kept = _clean(lines)
    assert all(line in kept for line in [*ARTICLE, *section])


#: A titled policy whose items run long with their headings ("SPOILERS — ...", about 20 words each with it).
GUIDELINES = [
    "Posting guidelines",
    "SPOILERS \u2014 Keep plot twists and the ending out of the thread until the last performance of the run has closed.",
    "DISCLOSURE \u2014 Say so in your post if you hold a financial stake in any business that our reporters cover.",
    "STORMS \u2014 Rumours about road closures and shelters help nobody, so link to the county's own warnings instead.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_titled_policy_s_items_are_measured_without_their_headings(where: str) -> None:
    """Under a title that names a policy, an item's sentence is as short as an item's once its heading ("SPOILERS —")
    is left out; with it, it runs to an article sentence's length."""
    lines = [*ARTICLE, *GUIDELINES] if where == "last" else _beside_box(GUIDELINES, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


#: A policy that closes by pointing to its full terms: the closing line names what the items above it are.
CLOSED = [
    "Spoilers. Keep the ending of the show out of the thread.",
    "Privacy. Never share anyone's home address or phone number.",
    "Be civil. Personal attacks on other readers are removed.",
    "See our Terms of Service for the complete rules.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_closing_with_its_full_terms_goes(where: str) -> None:
    lines = [*ARTICLE, *CLOSED] if where == "last" else _beside_box(CLOSED, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("box", [True, False], ids=["beside-the-box", "last"])
def test_an_article_ending_on_a_site_s_terms_of_service_stays(box: bool) -> None:
    """An article about a platform's rules names its terms of service too; its sentences are not a policy's items."""
    story = [
        "The platform changed its rules on Monday after a week of complaints from advertisers.",
        "Accounts that post hate speech will now be suspended, the company said.",
        "Users who break the terms of service more than once will be banned.",
    ]
    lines = [*ARTICLE, *story, *(BOX if box else [])]
    assert _clean(lines) == "\n".join([*ARTICLE, *story]) + "\n"


#: Items numbered "#1" and headed before a colon, each about twenty words with its number and heading.
NUMBERED_HEADED = [
    "#1 Mind the law: Allegations of crime against a named person, without a conviction to back them up, will be removed.",
    "#2 Your account: To close your account and erase your personal data, write to us and we will act within thirty days.",
    "#3 No listings: Do not post property listings, open-house notices, rentals to let or your brokerage's phone number.",
    "#4 Slow threads: Every comment is read by a person before it appears, which can take several hours at weekends.",
]


@pytest.mark.parametrize("mark", ["{}.", "{})", "({})"])
@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_items_are_measured_without_their_numbers_and_headings(mark: str, where: str) -> None:
    """An item's sentence is as short as an item's once its number ("1.", "2)") and heading ("Mind the law:") are left
    out, wherever the policy is printed; each fails on the code before."""
    policy = [item.replace(f"#{k}", mark.format(k), 1) for k, item in enumerate(NUMBERED_HEADED, 1)]
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


def test_a_forum_thread_of_numbered_posts_that_speak_of_posting_stays() -> None:
    """A forum numbers its posts "#1", "#2": no list's number (a first sketch read them as one, and took a whole
    thread whose posts said "post" as a policy printed last)."""
    post = "The fix took a few lines of code, and it has held up well since."
    lines = [line for n in range(1, 6) for line in (f"#{n}", "", f"{post} Thanks to post {n}.", "")]
    kept = _clean(lines)
    assert all(f"{post} Thanks to post {n}." in kept for n in range(1, 6))


#: Items numbered on lines of their own sentence ("4."), each heading in capitals run into its sentence.
CAPITAL_HEADED = [
    "1. ONE NAME Post under one name only, and never pretend to be another reader or one of our staff.",
    "2. SHOW YOUR SOURCES Please say where a claim comes from, whether a court record, a council minute or a rumour.",
    "3. NO GRAPHIC IMAGES Pictures of injuries, even when shared to warn others, will be taken down at once.",
    "4. ASK A PROFESSIONAL Readers' tips are no substitute for a doctor; if you are unwell, call your surgery.",
    "The full community standards are on our website under Terms of Use.",
]


def test_a_number_before_an_item_s_capital_heading_is_its_mark_printed_last() -> None:
    """An item's number ("4.") reads as a sentence of its own before its heading in capitals: it is the item's mark
    all the same, as the numbers of the items after it are, so the run reads on past it (it stopped there)."""
    assert _clean([*ARTICLE, *CAPITAL_HEADED]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "title", ["Conversation guidelines", "OUR COMMENTING RULES", "Join the conversation: our rules"]
)
def test_two_items_under_a_title_on_a_line_of_its_own_go_printed_last(title: str) -> None:
    """Printed last, a title on a line of its own that names a policy tells two items under it, as a box beside them
    would; "Join the conversation: our rules" is removed by the rules first, and the items are read under it."""
    policy = [
        title,
        "- Say so if you own a business we write about.",
        "- Threads on court cases close once a jury is sworn in.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("bullet", ["+", "*"])
def test_a_policy_in_sentence_case_under_its_title_goes_printed_last(bullet: str) -> None:
    """A title in sentence case with no stop ("Our rules for reader posts") is a line of its own, not the start of
    the first item's sentence; "+" is a list's bullet as "*" is."""
    policy = [
        "Our rules for reader posts",
        f"{bullet} Not a help desk.",
        "If your bus is late, check the operator's own updates; our staff cannot answer service questions.",
        f"{bullet} Mind the ending.",
        "Please keep plot twists from this week's episode out of the discussion below.",
        f"{bullet} Your privacy.",
        "We never sell readers' details, and you can ask us for a copy of what we hold.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


POINTED = [
    "Spoilers.",
    "Comments that give away the ending of the show will be hidden.",
    "Privacy.",
    "Never post anyone's home address or phone number.",
    "Be civil.",
    "Personal attacks on other readers are removed.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_s_opening_line_pointing_to_its_rules_goes_with_it(where: str) -> None:
    """The line before a policy's first heading that points to the rules after it and names where readers write
    ("Comments are moderated according to the rules below.") is the policy's opening line."""
    policy = ["Comments are moderated according to the rules below.", *POINTED]
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_last_line_on_rules_before_a_policy_stays(where: str) -> None:
    """An article's last line that speaks of rules but not of where readers write stays before a policy."""
    last = "Owners who break these rules face fines of up to $500, the council said."
    lines = [*ARTICLE, last, *POINTED] if where == "last" else _beside_box([last, *POINTED], where)
    assert _clean(lines) == "\n".join([*ARTICLE, last]) + "\n"


#: Opening lines that ask the readers to keep the place they write in, or to follow its rules, without naming
#: comments.
ASKING = [
    "Our boards are a place for support and friendship; please help us keep them that way.",
    "Before you join in, please take a moment to read our house rules.",
    "To keep this a friendly place, we ask everyone to follow these guidelines.",
]


@pytest.mark.parametrize("opening", ASKING)
@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_s_opening_line_asking_of_its_readers_goes_with_it(where: str, opening: str) -> None:
    """The line before a policy's first heading that asks something of the readers about the place they write in or
    its rules is the policy's opening line, whether or not it names comments (each fails on the code before)."""
    policy = [opening, *POINTED]
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "last",
    [
        "\u201cPlease help us keep the forum going,\u201d the club's chairman said on Tuesday.",
        "Please send your photographs of the flooding to the newsroom by Friday.",
    ],
)
def test_an_article_s_last_line_asking_of_readers_stays_before_a_policy(last: str) -> None:
    """A request in quotation marks is someone's speech, and one about no place readers write in nor its rules is the
    article's: either stays before a policy printed last."""
    assert _clean([*ARTICLE, last, *POINTED]) == "\n".join([*ARTICLE, last]) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
@pytest.mark.parametrize(
    "opening",
    [
        ["Members and visitors alike are welcome to post on the board, which the committee looks after."],
        [
            "The committee looks after the board and reads every post that members send.",
            "Everyone who posts here is asked to keep to the rules below, whoever they are.",
        ],
    ],
    ids=["one line", "two lines"],
)
def test_a_policy_s_opening_lines_told_by_their_words_go_with_it(where: str, opening: list[str]) -> None:
    """The lines just above a policy's lines that no pattern of an opening reads ("Members and visitors alike are
    welcome to post on the board, which the committee looks after.") go with them where each one's words score as a
    policy's twice over and an article's line stands above them; the article stays."""
    policy = [*opening, *POINTED]
    lines = [*ARTICLE, *policy] if where == "last" else _beside_box(policy, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "last",
    [
        "\u201cPlease keep your comments civil and on the subject of the story,\u201d the editor wrote on Monday.",
        "Members of the public are welcome to attend the meeting and to put questions to the committee, officers said.",
    ],
)
def test_an_article_s_last_line_of_speech_on_comments_stays_before_a_policy(last: str) -> None:
    """An article's last line that reads as a policy's by its words but is someone's speech (in quotation marks, or
    attributed) stays before a policy printed last."""
    assert _clean([*ARTICLE, last, *POINTED]) == "\n".join([*ARTICLE, last]) + "\n"


#: A policy whose items' headings run in before a dash or a colon, no item marked, no heading on a line of its own.
RUN_IN_HEADINGS = [
    "Private land \u2014 Please don't give directions to the quarry or the old workings; the shafts are unfenced.",
    "Our word is final: The committee may close a thread at any time, and will not discuss why.",
    "Selling \u2014 Adverts for tack or horses belong in the sales section, not in the discussion.",
]


@pytest.mark.parametrize("where", ["before the box", "last"])
def test_a_policy_whose_headings_run_in_goes_from_its_first_item(where: str) -> None:
    """A policy no run reads, its items' headings run in before a dash or a colon, is told by its sentences' words
    from its first item, just before the box or printed last; the article above it stays (fails on the code before,
    which cut it only at a heading on a line of its own or a list's mark)."""
    box = BOX if where == "before the box" else []
    assert _clean([*ARTICLE, *RUN_IN_HEADINGS, *box]) == "\n".join(ARTICLE) + "\n"


#: A policy printed as questions and answers, each item headed by a question: run in before its answer, or on a line
#: of its own above it.
QUESTIONS = [
    (
        "Why hasn't my comment appeared?",
        "Every comment is read by a volunteer before it goes live, which can take a day.",
    ),
    (
        "Can I post a link to my shop?",
        "Adverts and links to things you sell will be removed, and repeat offenders blocked.",
    ),
    (
        "What if another reader is rude to me?",
        "Do not reply in kind; use the Report link and let the moderators deal with it.",
    ),
]


@pytest.mark.parametrize("printed", ["run in", "own lines"])
@pytest.mark.parametrize("where", ["before the box", "last"])
def test_a_policy_headed_by_questions_goes_from_its_first_question(where: str, printed: str) -> None:
    """A policy no run reads, its items headed by questions ("Can I post a link to my shop?"), is told by its
    sentences' words from its first question, just before the box or printed last; the article above it stays (fails
    on the code before, which read no question as an item's heading)."""
    policy = (
        [" ".join(item) for item in QUESTIONS] if printed == "run in" else [line for item in QUESTIONS for line in item]
    )
    box = BOX if where == "before the box" else []
    assert _clean([*ARTICLE, *policy, *box]) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_last_paragraph_opening_with_a_question_stays() -> None:
    """An article's last paragraph that opens with a question ("What happens next?") is no policy's item: it stays,
    and so does the article above it."""
    last = "What happens next? The council will vote on the plan in March, and work on the bridge could start by June."
    assert _clean([*ARTICLE, last]) == "\n".join([*ARTICLE, last]) + "\n"


#: A policy's items that cite a law by its title and year.
LAWS = [
    "The law.",
    "Under the Defamation Act 2013 you can be sued for what you write here, and so can we.",
    "Court cases.",
    "The Contempt of Court Act 1981 applies to comments as it does to the paper: do not discuss a trial under way.",
]


@pytest.mark.parametrize("laws", [LAWS[:2], LAWS[2:], LAWS], ids=["defamation", "contempt", "both"])
def test_a_policy_printed_last_whose_last_items_cite_a_law_s_year_goes(laws: list[str]) -> None:
    """A policy printed last whose last items cite a law by its title and year ("the Defamation Act 2013") goes whole:
    the year ends the law's name and dates nothing, as a page's references and credits are dated (fails on the code
    before, which stopped reading the page's end there and kept the policy)."""
    assert _clean([*ARTICLE, *POINTED, *laws]) == "\n".join(ARTICLE) + "\n"


#: A policy of two sentences, neither a heading nor marked, as a site's box prints it hard-wrapped.
TWO_SENTENCES = (
    "Check road closures with the county before you set out; posts about them here are not official. "
    "To close your account and remove your posts, email us from the address you registered with."
)


@pytest.mark.parametrize("width", [40, 60, 90])
def test_a_short_policy_hard_wrapped_last_goes_from_its_block_s_first_line(width: int) -> None:
    """Printed last, hard-wrapped at any width after an article printed a paragraph a line, a policy no run reads (two
    sentences, no heading, no mark) is told by its sentences' words from its block's first line (fails on the code
    before, which cut it only at a heading or a list's mark)."""
    assert _clean([*ARTICLE, *textwrap.wrap(TWO_SENTENCES, width)]) == "\n".join(ARTICLE) + "\n"


#: A club's house rules in prose, twelve rules run in ("Rule 1 – Commercial Posts."), of some 2,300 characters: more
#: than forty lines hard-wrapped at 40 to 60 characters (as the bench's ``reworded-99`` family prints one site's).
LONG_HOUSE_RULES = (
    "House rules These house rules apply to every response on this site. Rule 1 – Commercial Posts. Second-hand "
    "airframes, engines and radios may be sold in the For Sale section only, never under a meeting report. Rule 2"
    " – Emergencies - Crashes and course closures are reported to the organiser first and shared here only once "
    "confirmed. In an emergency dial 911, and do not wait for a response to be answered here. Rule 3 – Don't "
    "Share Addresses or Phone Numbers – If you want to get in touch with another member, ask the secretary to "
    "pass on your details rather than posting them here. Rule 4 – Stay Within the Law – Responses must comply "
    "with the laws of the United Republic of Tanzania and of Zanzibar, including the rules on online content. "
    "Rule 5 – Moderation - Every response is read by a person before it appears, which can take a few hours and "
    "longer at weekends. Our moderators are volunteers with jobs and families; please allow a day or two before "
    "chasing a missing response. Rule 6 – Enforcement: Serious abuse, threats or hate speech will lead to an "
    "immediate ban without any warning. Banned users who register again under a new name will be removed as soon "
    "as we spot them. Membership of the club, and with it access to these pages, may be withdrawn for persistent "
    "breaches. Rule 7 – Tell Us. If you think something in an article is wrong, e-mail news@driftlessherald.com "
    "rather than leaving a response, so that we can put it right quickly. Results are provisional until the "
    "commissaire has signed them off, and queries go to the results secretary, not to this page. Rule 8 – Who You"
    " Are Register only one account; anyone found posting under several names will lose all of them. Do not "
    "pretend to be another person, a club official, a councillor or a member of the newspaper's staff. A nickname"
    " is fine on the forum, as long as the committee knows who you are. Rule 9 – Play the Ball, Not the Rider "
    "Treat other readers as you would a neighbor in the queue at the village shop: disagree by all means, but do "
    "it politely. Rule 10 – Respect Copyright. Do not copy whole articles from other newspapers; a short "
    "quotation with a link is enough. Quilt patterns belong to their designers, so share the pattern's name and "
    "where to buy it, not a scan of it. Only upload photographs you took yourself, or that the photographer has "
    "given you leave to use. Rule 11 – Junior Riders -- Do not name or identify any child in a response, even a "
    "child who appears in the article. Anyone under 16 needs the permission of a parent or guardian before "
    "registering for an account. Rule 12 – Discrimination: A joke at the expense of a whole group of people is "
    "still hate speech, however it is dressed up."
)


@pytest.mark.parametrize("width", [40, 50, 60])
@pytest.mark.parametrize("where", ["last", "before"])
def test_a_policy_longer_than_the_lines_first_read_goes_whole(width: int, where: str) -> None:
    """A policy hard-wrapped into more lines than are first read next to the box or at the page's end, none of them
    reading as an article's, is read further, up to the article's last line, and goes whole (fails on the code before,
    which found nothing bounding the policy in the lines first read, and kept it)."""
    policy = textwrap.wrap(LONG_HOUSE_RULES, width)
    assert len(policy) > 40
    page = [*ARTICLE, *policy] if where == "last" else [*ARTICLE, *policy, *BOX]
    assert _clean(page) == "\n".join(ARTICLE) + "\n"


#: A policy's items in capitals after a letter, as a trust's site prints them.
LETTERED_CAPITALS = [
    "(a) GOOD MANNERS: Disagree with the point by all means, but leave the person who made it alone.",
    "(b) LIVING PEOPLE: Please do not name or give details of living persons without their consent.",
    "(c) HOW TO REPORT: If you see a comment that breaks these rules, use the Report link beneath it.",
]


@pytest.mark.parametrize(
    "stamp", ["Adopted at the AGM, 2019.", "Adopted by the members, 4 May 2021.", "The committee, revised 2 June 2022."]
)
def test_a_policy_printed_last_under_its_own_date_stamp_goes(stamp: str) -> None:
    """A policy printed last whose last line stamps when it was adopted or revised ("The committee, revised 2 June
    2022.") goes, the stamp with it: the year is the policy's own, not a page's dated reference or credit (fails on the
    code before, which took a revision word's year as the policy's only at a sentence's start or after "last", and
    no word of adoption, and stopped reading the page's end at the stamp)."""
    assert _clean([*ARTICLE, *LETTERED_CAPITALS, stamp]) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_last_line_on_what_was_approved_in_a_year_stays_above_a_policy() -> None:
    """An article's last line telling what was done in a year ("The plan was approved in 2019 ...") stays."""
    article = [*ARTICLE, "The plan was approved in 2019, and the first buses could run by spring, the mayor said."]
    assert _clean([*article, *LETTERED_CAPITALS]) == "\n".join(article) + "\n"


#: A policy's four items in capitals after a letter.
LETTERED_FOUR = [*LETTERED_CAPITALS, "(d) NO ADVERTISING: Posts that sell goods or services will be removed."]


@pytest.mark.parametrize(
    ("stamp", "where"),
    [
        ("These rules were agreed by the committee on 6 June 2019.", "last"),
        ("This policy was adopted by the trustees in 2021.", "last"),
        ("Version 3, agreed January 2025", "before"),
    ],
)
def test_a_policy_that_dates_itself_goes_with_its_stamp(stamp: str, where: str) -> None:
    """A policy whose last line dates it, itself the sentence's subject ("These rules were agreed by the committee on
    6 June 2019."), or a stamp printed with no stop next to the box ("Version 3, agreed January 2025"), goes with the
    stamp: the year is the policy's own (fails on the code before, which read "were agreed" as a story's telling, and a
    line ending no sentence next to the box as the article's)."""
    policy = [*LETTERED_FOUR, stamp]
    page = [*ARTICLE, *policy] if where == "last" else [*ARTICLE, *policy, *BOX]
    assert _clean(page) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "Version 2.1, adopted by the committee in May 2022.",
        "Policy adopted by the board, June 2022.",
        "Rules agreed at the general meeting on 9 May 2024.",
    ],
)
def test_a_policy_printed_last_goes_with_a_stamp_naming_who_adopted_it(stamp: str) -> None:
    """A policy printed last whose stamp names who adopted it, or where, before its date ("Version 2.1, adopted by the
    committee in May 2022."), goes with it: the year is the policy's own (fails on the code before, which took a
    revision word's date as the policy's only right after the word, and stopped reading the page's end there)."""
    assert _clean([*ARTICLE, *LETTERED_FOUR, stamp]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["last", "before"])
def test_an_article_s_last_line_on_rules_adopted_in_a_year_stays(where: str) -> None:
    """An article's last line telling of rules someone else adopted in a year ("The new planning rules were adopted by
    the county council in 2019, ...") stays above a policy: only "these rules", "this policy" or "our guidelines" are
    a policy dating itself."""
    article = [
        *ARTICLE,
        "The new planning rules were adopted by the county council in 2019, and builders say they slowed every permit.",
    ]
    page = [*article, *LETTERED_FOUR] if where == "last" else [*article, *LETTERED_FOUR, *BOX]
    assert _clean(page) == "\n".join(article) + "\n"


#: A club's rules in prose, as long as forty lines hard-wrapped at 42 characters: more than the lines read next to the
#: box at first, so the reading begins in the middle of one of its sentences.
LONG_PROSE = (
    "The following rules apply to all comments on this website. Umpires, scorers and groundsmen give their "
    "time for nothing, so please keep any complaint about a decision polite and to the point. Members of the "
    "junior section are under sixteen; do not name them in a comment or tag them in photographs without a "
    "parent's permission. All comments are read by a moderator before they are published, which usually takes "
    "a few hours on weekdays. Our moderators work office hours in Auckland, so anything sent overnight will "
    "wait until the morning. The club's page is looked after by volunteers, and anything sent on a Saturday "
    "may not be seen until after Monday's training. If you want to raise a new subject, use the contact form "
    "on the club's website and the committee will take a look. Fixtures, scorecards and team photographs are "
    "the club's, and copying them elsewhere could cost it its league registration. Only upload pictures you "
    "took yourself, or ones you have the owner's permission to use. Swearing, including swear words with "
    "letters replaced by asterisks, will be removed. Please don't write in capital letters, which read as "
    "shouting and are hard to follow. A bit of Kiwi slang is fine, but make sure the rest of us can understand "
    "you. If your account has been suspended and you think it was a mistake, write to the moderators within "
    "fourteen days and explain why. We keep a record of warnings, and three in twelve months will close your "
    "account. Banned users who come back under a new name will be removed again as soon as we notice. Advice "
    "given in the comments is other readers' opinion, not professional advice, so check with a doctor, a "
    "physio or the club coach before acting on it."
)


def test_a_long_policy_hard_wrapped_narrowly_before_the_box_goes_from_its_block_s_first_line() -> None:
    """A policy hard-wrapped before the box, found from inside its block (the reading next to the box began in the
    middle of a sentence), goes up to the block's first line (fails on the code before, which left its first lines)."""
    assert _clean([*ARTICLE, *textwrap.wrap(LONG_PROSE, 42), *BOX]) == "\n".join(ARTICLE) + "\n"


#: A policy's items after its first, numbered in brackets: the readings find them, not the first.
AFTER_THE_FIRST_ITEM = [
    "[2] Comments that attack other readers for their race, faith or politics will be removed by the moderators.",
    "[3] Please keep your comment to the subject of the story it appears under.",
    "[4] Do not post anyone's address or phone number, including your own.",
]


@pytest.mark.parametrize(
    "first",
    [
        "[1] To report a pothole or a broken streetlight, use the council's online form rather than a comment here.",
        "[1] Spoilers Hide the endings of books still in the shops behind a spoiler tag; not everyone reads fast.",
    ],
    ids=["a request", "a heading run in"],
)
@pytest.mark.parametrize("where", ["before the box", "last"])
def test_a_policy_s_first_item_goes_with_the_items_numbered_after_it(first: str, where: str) -> None:
    """An item numbered just before the policy's first item found ("[1]" above "[2]"), printed alike, is the policy's
    too where its sentences read as a policy's: it goes (fails on the code before, which left it)."""
    box = BOX if where == "before the box" else []
    assert _clean([*ARTICLE, first, *AFTER_THE_FIRST_ITEM, *box]) == "\n".join(ARTICLE) + "\n"


#: A titled policy whose items run to about twenty words each once their headings are left out.
LONG_TITLED = [
    "Community guidelines",
    "Fair play: Criticise the tactics and the referee's decisions as much as you like, but leave the players' families out of it.",
    "Your details: We keep the email address you registered with private and use it only to manage your account here.",
    "Mistakes: If you spot an error in one of our reports, please email the sports desk rather than posting it below.",
]


def test_items_under_a_policy_s_title_may_run_a_little_longer_printed_last() -> None:
    """Under a title that names the policy, items of about twenty words go: the title tells what they are."""
    assert _clean([*ARTICLE, *LONG_TITLED]) == "\n".join(ARTICLE) + "\n"


#: Items numbered "Rule 1." to "Rule 4.", each a heading and two sentences, the second off the subject.
RULES = [
    "Rule 1. Stay on topic: Keep your comments to the subject of the story. Threads that wander will be closed.",
    "Rule 2. Respect the riders: Riders and grooms do a dangerous job. Criticise the ride, not the rider.",
    "Rule 3. No tipping lines: Do not post paid selections or betting accounts. Touts will be banned.",
    "Rule 4. Final say: Our editors have the last word. Decisions are not discussed in public.",
]


@pytest.mark.parametrize("where", ["before", "after"])
def test_rules_numbered_with_a_word_before_their_number_go_beside_the_box(where: str) -> None:
    """ "Rule 1." is a list's number as "1." is, and half of the items on the subject is enough where each is a heading
    and a sentence or two, though most second sentences are off it."""
    assert _clean(_beside_box(RULES, where)) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_sections_printed_last_stay() -> None:
    """A blog post's last sections, each a heading and a paragraph printed a sentence a line, stay, though some
    sentences speak of messages and comments: their sentences are no headed items."""
    sections = [
        "Plan with groups",
        "When you are out, getting a bunch of people together can be tricky, especially if plans change late.",
        "With the new app, you can start a group chat and message everyone at once.",
        "If you share your location, the people you message can find each other on the map.",
        "You can also attach photos, so everyone can see and comment on what is happening.",
        "How to get it",
        "The app is available for both phones starting today, from your phone's app store.",
        "Our engineers look forward to never having a hard time planning movie night again.",
    ]
    lines = [*ARTICLE, *sections]
    assert _clean(lines) == "\n".join(lines) + "\n"


def test_a_marked_item_s_second_sentence_may_end_a_policy_printed_last() -> None:
    """Printed last, the page's last sentence may be a numbered item's second one, on its number's line."""
    policy = [
        "(1) You can delete your account at any time from your profile page; your past posts will be anonymised.",
        "(2) Every comment is read by a person before it appears, which can take several hours at weekends.",
        "(3) Lively debate is always welcome here. Name-calling and sneering are not.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


#: Headings printed in sentence case on lines of their own, without a stop, above their items' sentences.
PLAIN_HEADINGS = [
    "Self-promotion",
    "Repeated links, chain letters and promotional messages will be deleted.",
    "Accounts that post them will be suspended.",
    "Ask an expert",
    "If in doubt, ask a qualified mechanic.",
    "Brakes, steering and fuel lines are not the place to experiment.",
    "Stay on topic",
    "Keep your comments to the story above; this is no place for settling old scores.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_headings_in_sentence_case_on_lines_of_their_own_head_their_items(where: str) -> None:
    """A short line in sentence case with no stop, above a line that begins a sentence, is a heading: it does not run
    into the sentence under it."""
    lines = [*ARTICLE, *PLAIN_HEADINGS] if where == "last" else _beside_box(PLAIN_HEADINGS, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


def test_a_policy_printed_last_under_triangular_bullets_goes() -> None:
    """ "‣" is a list's bullet, and a bulleted heading among the page's last lines lets the run at the end be read,
    though the last sentence names no subject."""
    policy = [
        "\u2023 Final say",
        "We may edit or remove any post at our discretion.",
        "\u2023 Privacy",
        "We never display your email address to other readers.",
        "\u2023 Campaigning",
        "Posts by candidates for the board are held while voting is open.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("title", ["Rules for comments", "Guidelines for listeners"])
def test_a_title_that_puts_the_rules_first_names_a_policy(title: str) -> None:
    """A title may name the rules first and then whose or where they are ("Rules for comments")."""
    assert _clean([*ARTICLE, title, *TITLED[1:]]) == "\n".join(ARTICLE) + "\n"


#: A policy numbered "1:" to "4:", its headings in capitals run into their sentences.
COLON_NUMBERED = [
    "1: OUT OF BOUNDS Do not post routes into closed terrain; posts that encourage skiing closed runs will be removed.",
    "2: CORRECTIONS If you think we got something wrong, email the newsroom so an editor can check the story.",
    "3: SPAM Links to your own shop or channel are allowed once, in your profile, not in replies.",
    "4: YOUR DETAILS Do not post phone numbers or addresses, whether yours or anyone else's.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_items_numbered_with_a_colon_go(where: str) -> None:
    """ "4:" is a list's number as "4." is."""
    lines = [*ARTICLE, *COLON_NUMBERED] if where == "last" else _beside_box(COLON_NUMBERED, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


def test_steps_numbered_with_a_colon_printed_last_stay() -> None:
    """An article's steps numbered "1:" name no subject of a policy, and stay."""
    steps = [
        "1: Preheat the oven to 200 degrees and grease a deep tin.",
        "2: Beat the butter and sugar until pale, then add the eggs one at a time.",
        "3: Fold in the flour and bake for forty minutes, until a skewer comes out clean.",
    ]
    assert _clean([*ARTICLE, *steps]) == "\n".join([*ARTICLE, *steps]) + "\n"


def test_a_policy_bulleted_with_a_small_o_goes_beside_the_box() -> None:
    """A word processor's list pasted as text bullets its items with a small "o"."""
    policy = [
        "o Punch up: Satire is fine, but threats, even ones you meant as jokes, get deleted.",
        "o Use your real name: We ask that you post under your own first and last name.",
        "o No selling: Links to your own business or fundraisers will be treated as spam.",
        "o Spotted an error? Email the editor rather than posting it here, so we can correct the story.",
    ]
    assert _clean(_beside_box(policy, "before")) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "mark",
    ["Rule {}:", "{})", "({})", "Rule #{} -", "{}/", "3.{}"],
    ids=["rule", "letter", "roman", "hash", "slash", "section"],
)
def test_items_numbered_by_rule_letter_or_roman_numeral_go_printed_last(mark: str) -> None:
    """ "Rule 2:" is a list's number inside an item's sentence, left out of its length with the heading after it, and a
    letter or a small Roman numeral before a bracket ("b)", "(ii)") numbers a list as a digit does; so do "Rule #2",
    "2/" and a section's "3.2"."""
    numbers = {"{})": ["a", "b", "c", "d"], "({})": ["i", "ii", "iii", "iv"]}.get(mark, ["1", "2", "3", "4"])
    policy = [
        f"{mark.format(n)} {item}"
        for n, item in zip(
            numbers,
            [
                "Airspace rules: Footage shot in breach of the aviation rules will not be featured, and links to it go.",
                "Our decision is final: The editor may remove any post or close any thread without correspondence.",
                "Selling: Links to shops, auction listings or affiliate deals will be deleted without warning.",
                "No harassment of creators: Dislike a storyline all you want, but do not tag writers with abuse.",
            ],
            strict=True,
        )
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_prices_times_and_fractions_printed_last_stay() -> None:
    """An article's lines that begin with a price, a time or a fraction ("2.50", "6:30", "1/2") are no list's numbers,
    and a section's number over the article's own text names no policy's subject: they stay."""
    lines = [
        "2.50 a loaf is what the bakery on the square charged until the flour price rose again in the spring.",
        "6:30 is when the first bus leaves the depot, and most of the market traders are on it by then.",
        "1/2 of the stalls were empty by noon, the organisers said, because of the rain and the roadworks.",
        "3.1 The council will review the market's licence when the present one runs out next year.",
    ]
    assert _clean([*ARTICLE, *lines]) == "\n".join([*ARTICLE, *lines]) + "\n"


def test_an_article_s_lettered_options_printed_last_stay() -> None:
    """An article's options lettered "a)" to "c)" name no policy's subject, and stay."""
    options = [
        "a) Widen the bridge to four lanes, at a cost of about twelve million pounds.",
        "b) Repair the existing deck and add a separate footbridge beside it.",
        "c) Close the bridge to cars and build a new crossing a mile downstream.",
    ]
    assert _clean([*ARTICLE, *options]) == "\n".join([*ARTICLE, *options]) + "\n"


#: A policy bulleted with dashes at its lines' starts, its first item off the subject.
LINE_DASHED = [
    "- Armchair accident investigation hurts families; stick to what the safety board has confirmed.",
    "- Publication bans apply to readers too. Do not name victims or witnesses protected by a court order.",
    "- Posts in English or Spanish are welcome; please keep to one language per post.",
    "- Your email address is never shown publicly; we use it only to manage your account.",
]


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_policy_bulleted_with_dashes_goes_after_the_box(dash: str) -> None:
    """A dash that begins a line is a list's bullet: the run after the box reads its first item, off the subject, as
    a bulleted item's, not as a reader's comment."""
    policy = [line.replace("-", dash, 1) for line in LINE_DASHED]
    assert _clean(_beside_box(policy, "after")) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_dashed_list_printed_last_stays() -> None:
    """An article's list of facts, each line after a dash, names no policy's subject and stays."""
    facts = [
        "- The bridge opened in 1932 and carries about 40,000 vehicles a day.",
        "- Repairs last year cost the county just over two million dollars.",
        "- A study of a second crossing is due to report in the spring.",
    ]
    assert _clean([*ARTICLE, *facts]) == "\n".join([*ARTICLE, *facts]) + "\n"


#: A policy of twelve checked items, hard-wrapped at 26 characters: past the 40 lines read beside a box.
NARROW = textwrap.wrap(
    " ".join(
        f"\u2713 {item}"
        for item in [
            "Be civil - Disagree with the argument if you must, but leave the person who made it alone.",
            "Stay on topic - Keep your comment to the subject of the article it sits under.",
            "No spam - Links to betting, crypto or miracle-cure sites will be deleted and the account closed.",
            "Use your real name - Please register with your first and last name, as you would sign a letter.",
            "Respect the courts - Do not post anything that could prejudice a trial.",
            "Moderation - Every comment is read by a member of staff before it appears, so please be patient.",
            "Privacy - Do not post anyone's address, telephone number or place of work.",
            "Corrections - If you think one of our articles contains an error, write to the editor instead.",
            "Copyright - Do not paste whole articles from other publications; a short quotation and a link do.",
            "Reporting - Use the report link under any comment that breaks these rules rather than replying.",
            "Language - Please do not write in capital letters; it reads as shouting.",
            "Final say - The editors may edit or remove any comment, and their decision is final.",
        ]
    ),
    26,
)


def test_a_policy_hard_wrapped_past_the_window_goes_before_the_box() -> None:
    """A policy hard-wrapped at a narrow width runs past the lines first read beside the box, whose first sentence is
    then cut: the reading goes on past them, and the whole policy goes."""
    assert len(NARROW) > 40
    assert _clean(_beside_box(NARROW, "before")) == "\n".join(ARTICLE) + "\n"


def test_a_policy_hard_wrapped_past_the_window_goes_printed_last() -> None:
    """Printed last, with no box, a policy hard-wrapped past the lines first read back from the page's end is read
    further too, and goes whole."""
    assert _clean([*ARTICLE, *NARROW]) == "\n".join(ARTICLE) + "\n"


def test_a_hard_wrapped_story_above_a_long_policy_stays() -> None:
    """Read past the window, the run still stops at the article: a story hard-wrapped as narrowly above the policy
    stays, every line of it."""
    story = textwrap.wrap(
        "The council met on Monday to discuss the future of the market hall, which has stood empty since the spring "
        "floods. Traders said they had lost most of their customers to the supermarket on the ring road, and several "
        "have moved to the Saturday car-boot sale instead. The leader of the council said a decision would be made "
        "before Christmas. A survey of shoppers found that most would return if parking were free on market days. The "
        "hall was built in 1887 and was last restored in the 1970s, when its roof was replaced after a fire. Engineers "
        "who inspected it in the summer found damp in the cellars and rot in two of the main beams. Repairs are "
        "expected to cost at least two million pounds, and the council has applied for a heritage grant.",
        26,
    )
    assert _clean([*ARTICLE, *story, *NARROW, *BOX]) == "\n".join([*ARTICLE, *story]) + "\n"
    assert _clean([*ARTICLE, *story, *NARROW]) == "\n".join([*ARTICLE, *story]) + "\n"  # printed last


#: A policy of plain sentences, a sentence a line, with no heading, title or mark, most of them on the subject.
PLAIN = [
    "Robust debate is fine; belittling or insulting other readers is not.",
    "Moderators may close a discussion at any time.",
    "Their decision on any comment is final.",
    "Do not target other users or our journalists with abuse.",
    "We remove spam, scams and posts selling goods.",
    "Tell us what you know in the comments below.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_of_plain_sentences_goes_before_the_box_and_printed_last(where: str) -> None:
    """Read back from the box or the text's end, a run with no heading at all is the policy when each of its
    sentences is on the subject, half of them speak to the readers ("we", "you", "Do not ..."), and the first begins
    a line."""
    lines = [*ARTICLE, *PLAIN] if where == "last" else _beside_box(PLAIN, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


#: A policy a scraper joined into one paragraph: no mark, heading or title, and fewer than two things forbidden.
JOINED = (
    "Raffles, sponsored walks and appeals for money are removed unless the committee has agreed to them. Questions "
    "about your own treatment belong with your doctor, not with strangers on a forum. Most of us will meet at the next "
    "match, so write the way you would speak face to face. The full house rules are on the club's About page."
)
#: An article's last paragraph of instructions to its readers, four sentences on one line.
SHOW = (
    "Entries for the show close on Friday. You can enter online or at the library. Please bring your animals to the "
    "ring by nine. The judges' decision is final and prizes are given out at four."
)


@pytest.mark.parametrize("where", ["before", "last"])
@pytest.mark.parametrize("last", [[], [SHOW]], ids=["story", "instructions"])
def test_a_policy_joined_into_one_paragraph_goes_before_the_box_and_printed_last(where: str, last: list[str]) -> None:
    """A policy printed as one paragraph, with no mark or heading to begin at, goes where four of its sentences or
    more, all but one, read as a policy's by their words, and half speak to the readers; an article's paragraph of
    instructions above it stays."""
    article = [*ARTICLE, *last]
    lines = [*article, JOINED] if where == "last" else [*article, JOINED, *BOX]
    assert _clean(lines) == "\n".join(article) + "\n"


#: A policy joined into one paragraph and written of its readers: no sentence speaks to them ("you", "we", "please").
OF_READERS = (
    "Comments about cases before the courts are not published until the case is over. Personal attacks on other "
    "members are removed without notice. Posts that advertise a business are deleted and the account is closed. "
    "Opinions posted here are the members' own and not the newspaper's."
)
#: An article's last paragraph of a society's bylaws: rules, but one sentence of four reads as no policy's.
BYLAWS = (
    "The annual meeting of the members shall be held in November on a date set by the board. The board shall give "
    "members thirty days notice of the meeting. Members may propose a resolution in writing to the secretary before "
    "the meeting. Each member shall have one vote on every resolution."
)


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_joined_into_one_paragraph_and_written_of_its_readers_goes(where: str) -> None:
    """A policy joined into one paragraph that speaks to no reader ("Personal attacks on other members are removed
    without notice.") goes where every one of its four sentences or more reads as a policy's by its words."""
    lines = [*ARTICLE, OF_READERS] if where == "last" else [*ARTICLE, OF_READERS, *BOX]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_last_paragraph_of_bylaws_stays(where: str) -> None:
    """A society's bylaws printed as the article's last paragraph read as rules by most of their words, but speak to
    no reader and hold a sentence that reads as no policy's: the paragraph stays."""
    article = [*ARTICLE, BYLAWS]
    lines = article if where == "last" else [*article, *BOX]
    assert _clean(lines) == "\n".join(article) + "\n"


@pytest.mark.parametrize(
    "tail", ["\u2014 The Committee", "The Committee", "Revised 8 June 2020", "Full rules: www.example.org/rules"]
)
def test_a_policy_joined_into_one_paragraph_goes_printed_last_with_its_sign_off(tail: str) -> None:
    """A policy printed last as one paragraph whose line ends on a sign-off or a stamp after its last sentence, with
    no stop ("... on the club's About page. The Committee"), goes with it: the page's last line ends the policy."""
    assert _clean([*ARTICLE, f"{JOINED} {tail}"]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    ("policy", "width", "tail", "alone"),
    [
        ("joined", 60, "Admin", False),
        ("joined", 90, "Forum Admin Team", False),
        ("joined", 60, "Secretary, on behalf of the committee", True),
        ("long", 60, "Full terms of use: www.example.org/terms", True),
    ],
)
def test_a_hard_wrapped_policy_printed_last_goes_with_who_signs_it(
    policy: str, width: int, tail: str, alone: bool
) -> None:
    """A policy hard-wrapped and printed last goes whole with its last line, where that ends on who signs it, after
    its last sentence with no stop ("... see you on the court! Admin"), or is a closing line of its own with no stop
    (a sign-off naming its signer, "Secretary, on behalf of the committee", or a link to the full terms): the page's
    last line ends the policy (fails on the code before, which knew a signer only by a dash or "The" before it, and
    took a line with no stop below the policy's last sentence for the page's furniture)."""
    wrapped = textwrap.wrap(JOINED if policy == "joined" else LONG_HOUSE_RULES, width)
    lines = [*wrapped, tail] if alone else [*wrapped[:-1], f"{wrapped[-1]} {tail}"]
    assert _clean([*ARTICLE, *lines]) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_last_paragraph_on_comments_stays_above_a_sign_off() -> None:
    """An article's last paragraph, hard-wrapped, that speaks of comments and posts stays above a line that signs it
    off ("Forum Admin"): the signer closes a policy only where a policy's sentences stand above it."""
    paragraph = textwrap.wrap(
        "Readers have sent more than 200 comments about the bridge closure this week, and the council says it will"
        " answer them at its meeting on Monday evening. Posts on the council's own page will be read by its staff.",
        60,
    )
    kept = _clean([*ARTICLE, *paragraph, "Forum Admin"])
    assert all(line in kept for line in [*ARTICLE, *paragraph])


@pytest.mark.parametrize(
    "last",
    [
        "The bridge, shut since the floods in March, will reopen to traffic in May, the council said on Tuesday. "
        "(Photo: Jane Smith)",
        "The bridge, shut since the floods in March, will reopen to traffic in May, the council said on Tuesday. "
        "The Editor",
    ],
)
def test_an_article_s_last_line_ending_on_a_credit_stays(last: str) -> None:
    """An article whose last line ends on a credit or a name after its last sentence keeps it: the page's end is read
    from that line, and the line reads as an article's."""
    assert _clean([*ARTICLE, last]) == "\n".join([*ARTICLE, last]) + "\n"


def test_an_article_s_last_paragraph_of_instructions_stays_printed_last() -> None:
    """An article that ends on a paragraph of four instructions to its readers, on the subject of no policy, keeps
    it."""
    assert _clean([*ARTICLE, SHOW]) == "\n".join([*ARTICLE, SHOW]) + "\n"


#: A policy of plain sentences a line, no heading, title or mark, most of them naming no comment's subject; its first
#: line reads as an opening by its words.
PLAIN_OPENED = [
    "To close your account and delete your details, write to the club secretary and we will do it within a month.",
    "Please use the names people go by; calling someone by a name they have dropped is treated as bullying.",
    "Keep to one link in each post you write; a post that is nothing but a link is deleted.",
    "The full terms of use are on the About page.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_of_plain_sentences_read_by_their_words_goes_from_its_first(where: str) -> None:
    """Read back from the box or the text's end, plain sentences with no heading or mark to begin at are the policy
    from the first after the article's last, where that one scores as an opening does and four or more from it, all
    but one, read as a policy's by their words, half of them speaking to the readers."""
    lines = [*ARTICLE, *PLAIN_OPENED] if where == "last" else _beside_box(PLAIN_OPENED, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


#: A short policy of plain sentences a line, each of which reads twice over as a policy's by its words.
PLAIN_SHORT = [
    "Links to products, affiliate codes and sales pitches will be removed as spam.",
    "Posting personal information about anyone, or urging others to dig it up, will get you banned.",
]
#: An article's last lines that ask something of its readers and speak of comments: they read as a policy's by
#: their words, but less than an opening does.
ASKING = [
    "Please send your photographs of the flooding to the newsroom by Friday.",
    "Comments on this story have been closed because of the court case.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_short_policy_of_plain_sentences_each_read_twice_over_goes(where: str) -> None:
    """Two plain sentences with no heading or mark, too few to read as a joined paragraph's, go from the first after
    the article's last where each scores twice what counts a sentence as a policy's."""
    lines = [*ARTICLE, *PLAIN_SHORT] if where == "last" else _beside_box(PLAIN_SHORT, where)
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_last_requests_to_readers_stay(where: str) -> None:
    """An article's last two lines that ask of its readers and speak of comments score as a policy's, but less than
    an opening does: they stay, printed last or before the box."""
    article = [*ARTICLE, *ASKING]
    lines = article if where == "last" else [*article, *BOX]
    assert _clean(lines) == "\n".join(article) + "\n"


def test_an_article_s_long_last_sentences_stay_above_a_plain_policy() -> None:
    """An article's last line that speaks of a post ("in a video posted on Friday") and runs longer than a policy's
    sentences is the article's, though the run of plain sentences below it reaches it."""
    article = [
        *ARTICLE,
        "He was referring to March 11, the date when the successor of the outgoing president is sworn in.",
        '"You have 103 days left to leave our country voluntarily," he said in a video posted on Friday to his'
        " followers.",
    ]
    assert _clean([*article, *PLAIN, *BOX]) == "\n".join(article) + "\n"


def test_an_article_s_last_paragraph_on_a_post_stays_before_the_box() -> None:
    """An article that ends on a social-media post, its sentences naming posts and comments less than two thirds of
    the time, keeps them."""
    social = [
        "The mayor's post was shared more than 4,000 times before it was deleted on Tuesday.",
        "Her office said the comment had been written by a member of staff.",
        "The council will discuss its social media policy next month.",
    ]
    assert _clean([*ARTICLE, *social, *BOX]) == "\n".join([*ARTICLE, *social]) + "\n"


#: A policy whose every item is a heading and one long sentence (22 to 25 words, longer than an item's mean).
LONG_HEADED = [
    "1. Be civil: Argue with the point someone makes as hard as you like, but leave their character, family and"
    " job out of it.",
    "2. Stay on topic: Posts that wander away from the story into old feuds or national politics will be taken down"
    " by the moderators.",
    "3. Protect privacy: Do not post anyone's address, phone number or workplace, even when the details can already"
    " be found elsewhere online.",
]

#: A policy whose items are headed on lines of their own, each a long sentence, and its closing line.
HEADED_WITH_CLOSING = [
    "Closing your account",
    "You can delete your account at any time from your profile settings, and your past posts will then be shown"
    " without your name.",
    "Play fair",
    "Links to pirated games, cheat software, account sellers or leaked builds will be removed by the moderators"
    " without warning.",
    "Mind the law",
    "Do not accuse anyone of a crime they have not been charged with, even when the whole town already seems to"
    " know about it.",
    "Read our full terms of use at the link below.",
]

#: A numbered policy with an unheaded sentence on its own line between two items, its sentences long on average.
MOSTLY_HEADED = [
    "(1) Replies here are not read by the ferry company or the council, so please do not post complaints about"
    " sailings.",
    "The organization that runs this page is a volunteer group and cannot answer for the boats or their timetables.",
    "(2) Be civil: Comments that insult another reader, a volunteer or a family named in a story will be taken down.",
    "(3) Stay on topic: Replies should bear on the article above, and questions about other matters belong in the"
    " forum.",
]


@pytest.mark.parametrize(
    "policy", [LONG_HEADED, HEADED_WITH_CLOSING, MOSTLY_HEADED], ids=["headed", "with-closing", "mostly-headed"]
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_policy_of_headed_long_items_goes_beside_the_box(policy: list[str], where: str) -> None:
    """Every item headed, or half the run's sentences or more, the list shows itself: its sentences may run longer on
    average than an item's mean, each no longer than an item's sentence; a closing line, or an unheaded sentence on a
    line of its own between the items, does not hide it."""
    assert _clean(_beside_box(policy, where)) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_long_paragraphs_under_headings_stay_before_the_box() -> None:
    """An article's sections (a heading and a paragraph of long sentences off the policy's subject) stay."""
    sections = [
        "Costs: The council expects the bridge repairs to cost about four million dollars, most of it paid by a"
        " state grant approved last spring.",
        "Timing: Work on the eastern span should begin in March and last through the summer, with one lane open to"
        " traffic on most days.",
    ]
    assert _clean([*ARTICLE, *sections, *BOX]) == "\n".join([*ARTICLE, *sections]) + "\n"


def test_an_article_s_last_section_stays_before_the_box() -> None:
    """An article's last section (a heading on its line, then its paragraph's sentences a line each) is no policy with
    a closing line."""
    section = [
        "What comes next",
        "Work on the eastern span should begin in March and last through the summer, with one lane open to traffic on"
        " most days.",
        "The council will publish a schedule of closures on its website and in the library before the work starts.",
    ]
    assert _clean([*ARTICLE, *section, *BOX]) == "\n".join([*ARTICLE, *section]) + "\n"


#: A policy's item off the subject: it names neither the comments nor a rule ("the club's archive", not "your posts").
OFF_THE_SUBJECT = "Photographs from the club's archive may not be reused; a link to them is fine."
ADDRESSED = [
    "Please do not attack other readers or the people in our stories.",
    "Please keep your comments to the subject of the story.",
    "We remove posts that advertise a business.",
]


@pytest.mark.parametrize(
    "lines",
    [
        [*ARTICLE, *BOX, OFF_THE_SUBJECT, *ADDRESSED],
        [*ARTICLE, *ADDRESSED[:2], OFF_THE_SUBJECT, ADDRESSED[2], *BOX],
    ],
    ids=["after-next-to-the-box", "before-inside"],
)
def test_a_policy_s_item_off_the_subject_goes_with_it_beside_the_box(lines: list[str]) -> None:
    """Beside the box, a policy's item that names no subject (a club's archive, safety, corrections), next to the
    box after it or between its other items, goes with the policy: the reading passes over it where two of the
    policy's sentences stand beyond it (it stopped the reading there and kept the item, or the policy). Before the box,
    the sentence next to it is not passed over: it is an article's last as often (see
    ``test_notices.test_article_prose_shaped_like_a_policy_or_about_one_stays``)."""
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_last_lines_off_the_subject_stay_before_the_box() -> None:
    """An article's last sentences before the box, off the subject, after one that is on it: no policy stands
    beyond them, and they stay."""
    article = [
        *ARTICLE,
        "Residents can post comments on the plan until Friday.",
        "The mayor left the meeting at noon.",
        "The vote is on Monday.",
    ]
    assert _clean([*article, *BOX]) == "\n".join(article) + "\n"


@pytest.mark.parametrize(
    "marks", [("1.", "2.", "3."), ("(a)", "(b)", "(c)"), ("\u2022",) * 3, ("Rule 1:", "Rule 2:", "Rule 3:")]
)
@pytest.mark.parametrize("layout", ["a-line-an-item", "one-line"])
def test_a_policy_whose_opening_and_first_item_share_a_line_goes_before_the_box(
    marks: tuple[str, ...], layout: str
) -> None:
    """Printed before the box, a policy whose opening line ("Please read these rules before you post.") runs on into
    its first item on the same line goes whole, that line too: the list's first mark ("1.", "(a)", its first bullet)
    after a sentence or two that speak to the readers or point to the rules shows where the policy begins."""
    policy = [
        f"Please read these rules before you post. {marks[0]} Be kind. Personal attacks on other readers are removed.",
        f"{marks[1]} Stay on the story. Posts that wander off the subject may be deleted.",
        f"{marks[2]} Use your name. We ask readers to sign in with their real names.",
    ]
    printed = policy if layout == "a-line-an-item" else [" ".join(policy)]
    assert _clean([*ARTICLE, *printed, *BOX]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "last",
    [
        "The council says residents can comment on the plan in three ways. 1. Write to the clerk.",
        "Commenters were told to follow the new rules. 1. Posts must be signed.",
    ],
)
def test_an_article_s_last_line_on_the_subject_with_a_numbered_point_stays_before_a_numbered_policy(last: str) -> None:
    """An article's last line that speaks of comments, then a numbered point of its own, stays above a numbered
    policy: its sentence neither speaks to the readers nor points to rules that follow, so it opens no list."""
    article = [*ARTICLE, last]
    assert _clean([*article, *NUMBERED_INLINE, *BOX]) == "\n".join(article) + "\n"


#: A policy printed as prose, a sentence a line with no heading, its sentences longer than items' on average and one
#: of them off the subject: the rules that forbid things.
RULES_A_LINE = [
    "Our moderators are volunteers, so comments sent late at night or at weekends may wait until morning.",
    "Do not post addresses, phone numbers or email addresses, yours or anyone else's.",
    "Bikes, parts and spares for sale belong in the classifieds section, not in the general discussion.",
    "Accounts that exist only to post links will be deleted without warning.",
    "Please do not reply to abuse; report it and let the moderators deal with it.",
    "Members under 18 must have the consent of a parent or guardian before joining the forum.",
    "Questions about these guidelines can be sent to the moderators.",
]
#: An article's last sentence on the subject, above such a policy: it states no rule.
SAID_ABOVE = "The actress continues to have no comment on the subject, her agent said on Monday."


@pytest.mark.parametrize("where", ["before", "last"])
@pytest.mark.parametrize("above", [[], [SAID_ABOVE]], ids=["after the article", "after a sentence on the subject"])
def test_a_policy_printed_as_prose_a_sentence_a_line_goes(where: str, above: list[str]) -> None:
    """Read back with no heading, the sentences are the rules printed as prose from the first that begins a line and
    states a rule: they go, and the article's sentence above them on the subject stays (each fails on the code before,
    and without reading from that first sentence: the article's sentences make the run no policy's)."""
    lines = [*ARTICLE, *above, *RULES_A_LINE, *(BOX if where == "before" else [])]
    assert _clean(lines) == "\n".join([*ARTICLE, *above]) + "\n"


def test_a_titled_policy_printed_last_goes_whole_past_its_rules_in_prose() -> None:
    """Printed last under a title the rules remove, the reading under the title holds more lines than the rules in
    prose read back from the end: it is kept, and the policy goes whole (fails without keeping the longer reading)."""
    policy = [
        "Community guidelines",
        "We welcome comments from readers and want this to be a friendly place for everyone.",
        "All comments are read by a moderator before they appear, so there may be a short delay.",
        "Text-speak and rows of exclamation marks make comments hard to read, so please write in full sentences.",
        "Threads that wander a long way from the original question may be split or locked.",
        "Repair tips are shared in good faith, but any work on your boat is done at your own risk.",
        "Do not accuse anyone of a crime unless it has been proven in court.",
        "Please do not name people you suspect of a crime; give the details to the police instead.",
        "Personal attacks and sneering at other readers will see your comment removed.",
        "Usernames that are offensive, or that advertise a business, will be changed or removed.",
        "Racist or homophobic remarks are not tolerated, even dressed up as a joke.",
        "Advertising and links to commercial sites are not allowed and will be removed.",
        "Members who break these rules will receive a warning, then a suspension, then a ban.",
        "The editor may edit, shorten or decline any comment without giving a reason.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


#: A policy's items, each a heading in capitals and a sentence; the first off the subject.
MARKED_ITEMS = [
    ("SELLING", "Traders who wish to advertise should contact the office about our rates."),
    ("THE RIGHT THREAD", "Threads that drift into national politics will be locked."),
    ("REGISTRATION", "Please give your full name and town; comments signed with a first name alone may not appear."),
    ("DISCRETION", "Publishing a comment does not mean the newspaper agrees with it."),
    ("LANGUAGE", "Swearing, including swearing disguised with asterisks, will be removed."),
]
ROMAN = ["i", "ii", "iii", "iv", "v"]


def _placed(policy: list[str], where: str) -> list[str]:
    """The article, then ``policy`` printed "before" or "after" the comment box, or "last" with no box."""
    return _beside_box(policy, where) if where != "last" else [*ARTICLE, *policy]


@pytest.mark.parametrize(
    "policy",
    [
        [
            line
            for mark, (head, said) in zip(ROMAN, MARKED_ITEMS, strict=True)
            for line in (f"{mark}.", f"{head} {said}")
        ],
        [f"{mark}. {head} {said}" for mark, (head, said) in zip(ROMAN, MARKED_ITEMS, strict=True)],
        [
            line
            for mark, (head, said) in zip(ROMAN, MARKED_ITEMS, strict=True)
            for line in (f"{mark}. {head.title()}", said)
        ],
        [f"{mark}. {head.title()}: {said}" for mark, (head, said) in zip("abcde", MARKED_ITEMS, strict=True)],
        [" ".join(f"{mark}. {head} {said}" for mark, (head, said) in zip(ROMAN, MARKED_ITEMS, strict=True))],
    ],
    ids=["numeral on a line of its own", "numeral before the heading", "numeral and heading", "letters", "one line"],
)
@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_a_policy_marked_with_small_numerals_or_letters_goes(policy: list[str], where: str) -> None:
    """Small Roman numerals or letters with a stop ("iv.", "b."), three or more in sequence, mark a list's items as
    numbers do; read as sentences of their own they parted each item from its heading (each fails on the code before)."""
    assert _clean(_placed(policy, where)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_steps_marked_with_small_numerals_stay(where: str) -> None:
    """Numerals in sequence only say that the lines are a list: an article's list of steps, no policy's, stays."""
    steps = [
        "The council's report sets out three stages for the new crossing.",
        "i. Surveyors will map the riverbed and the old piers over the winter.",
        "ii. Contractors will build a temporary footbridge beside the old one in the spring.",
        "iii. The old bridge will close in June and be taken down by the end of the year.",
    ]
    lines = [*ARTICLE, *steps, *(BOX if where == "before" else [])]
    assert _clean(lines) == "\n".join([*ARTICLE, *steps]) + "\n"


@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_a_policy_numbered_on_lines_of_their_own_goes(where: str) -> None:
    """A number on a line of its own marks the item on the next line, its heading in capitals off the subject
    (fails on the code before: the first item's heading read as printed another way than its number)."""
    policy = [line for n, (head, said) in enumerate(MARKED_ITEMS, 1) for line in (f"{n}.", f"{head} {said}")]
    assert _clean(_placed(policy, where)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "closing",
    [
        ["Have a story for us? Send it to news@example.com.", "Tight lines, and thanks for reading."],
        ["Ask a committee member at club night or e-mail info@example.org."],
    ],
    ids=["a tip line and a sign-off", "an address"],
)
@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_s_closing_lines_go_with_it(closing: list[str], where: str) -> None:
    """After the last item, up to three sentences that close the policy (thanks or a sign-off anywhere in a short
    sentence, an address, whom to write to) go with it (each fails on the code before for one "where" at least)."""
    policy = [f"{n}. {head} {said}" for n, (head, said) in enumerate(MARKED_ITEMS, 1)]
    assert _clean(_placed([*policy, *closing], where)) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "opening",
    [
        "By posting on this site, you agree to the following.",
        "A few simple rules keep this board friendly.",
        "The following rules were agreed by the committee and apply to every member.",
    ],
)
def test_a_policy_s_opening_line_that_introduces_its_items_goes_before_the_box(opening: str) -> None:
    """A line just above the first heading that points to what follows ("the following", "a few rules") and names
    rules, the place readers write in or the subject opens the policy, and goes with it (each fails on the code
    before)."""
    policy = [opening, "Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean(_beside_box(policy, "before")) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "opening",
    [
        "This board is run by volunteers for the benefit of all members.",
        "We want this to be a supportive place for everyone who cares for someone at home.",
        "Our members agreed these rules at the annual general meeting.",
        "This is a community space. Here is what we ask of everyone who uses it.",
    ],
)
def test_a_policy_s_opening_line_that_tells_of_its_own_place_goes_before_the_box(opening: str) -> None:
    """A line just above the first heading, headed by nothing, that tells of the site's own place or rules ("this
    board", "our page", "these guidelines") opens the policy, and goes with it (each fails on the code before)."""
    policy = [opening, "Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean(_beside_box(policy, "before")) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "last",
    [
        "The terrorist group said it would hold the town until the spring.",
        '"We want this to be a place where everyone feels safe," the mayor said.',
        "More information is available on the council's website.",
    ],
    ids=["someone's group", "a quotation", "someone's website"],
)
def test_an_article_s_last_line_on_a_group_or_place_stays_before_the_box(last: str) -> None:
    """An article's last line that names a group as someone's, or speaks of a place inside quotation marks, tells of
    no site's own place: it stays before the policy."""
    policy = ["Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean([*ARTICLE, last, *policy, *BOX]) == "\n".join([*ARTICLE, last]) + "\n"


def test_an_item_that_names_the_place_is_no_opening_and_the_policy_goes_whole() -> None:
    """An item's sentence under its run-in heading that names the site's place ("Service alerts: ... through this
    page.") is an item, not the opening of the items after it: the policy above it, title and opening line, goes
    whole (a policy printed by the bench's reworded-29 family; fails when a headed line may open)."""
    policy = [
        "TALK-BACK GUIDELINES",
        "We want this to be a place for reasonable discussion, so there are a few ground rules.",
        "Bug reports: Please hide endings and secret areas behind a spoiler tag for at least a month after release.",
        "Service alerts: We cannot confirm sailing times, cancellations or replacement buses through this page.",
        "Found an animal? Do not share the exact locations of nests, dens, seal pups or released animals.",
        "Links to cracked builds, grey-market key resellers or ripped assets will be removed and the account banned.",
        "Keep to the story: Off-topic threads will be trimmed so that the discussion stays useful for everyone.",
        "Election season: We do not accept paid political messages dressed up as reader posts.",
    ]
    assert _clean([*ARTICLE, *policy, *BOX]) == "\n".join(ARTICLE) + "\n"


def test_a_policy_found_by_its_phrases_keeps_its_opening_line() -> None:
    """A policy printed last that its phrases find, not its place, goes with its opening line just above it (a
    policy printed by the bench's reworded-5 family; fails on the code before)."""
    policy = [
        "We welcome your comments, but please follow these rules.",
        "Write Clearly.",
        "Avoid writing entirely in capital letters; it reads as shouting.",
        "One Account Per Person.",
        "Creating multiple accounts to evade a ban is not allowed.",
        "Comments close 72 hours after a story is published.",
        "Privacy Matters.",
        "Never post email addresses, phone numbers or home addresses.",
        "By commenting, you agree to our Terms of Use and Privacy Policy.",
        "Mind the Law.",
        "Don't name victims of sexual offences or juveniles charged with crimes.",
        "Disagree without being disagreeable.",
    ]
    assert _clean([*ARTICLE, *policy]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "opening",
    [
        "Welcome, and thank you for joining in. Kindly observe these guidelines.",
        "The village hall committee is happy for residents to use this noticeboard on the following terms.",
        "We want this to be a friendly and supportive place, and these few rules help keep it that way.",
    ],
)
def test_an_opening_line_that_asks_kindly_or_names_its_terms_goes_before_the_box(opening: str) -> None:
    """An opening line that asks "kindly", names a noticeboard or the terms that follow, or tells of the site's own
    place a few words after "this", goes with the policy (each fails on the code before)."""
    policy = [opening, "Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean(_beside_box(policy, "before")) == "\n".join(ARTICLE) + "\n"


#: Policies printed by the bench's seed families (``reworded-85``, ``-61``, ``-151``) with the comment box where the page
#: printed it: a list whose items keep their marks while their headings are printed two ways; a one-line list
#: lettered past "h".
MARKED_TWO_WAYS = {
    "numbers after the box": [
        "(0) comments",
        "Welcome to the discussion.",
        "Log In",
        "Stop watching this discussion.",
        "No. 1 - NO ADVERTISING – No advertising, chain letters, links to shops or requests for money, including for good causes.",
        "No. 2 - DO I HAVE TO USE MY REAL NAME? One account per person, and a second account opened to get round a ban will be closed along with the first. Commenting is open to registered readers only. Anyone pretending to be another person, a public official or one of our staff will be removed from the site.",
    ],
    "numbers and bullets, printed last": [
        "(1) Waiting for approval – When the ferry or the internet link is down, approvals wait until we are back online.",
        "- ENGLISH PLEASE Please write in English so that all readers, at home and abroad, can follow the thread.",
        "(3) To close your account, write to the secretary and we will remove your profile within thirty days. If you delete your account, your past replies stay but your name is replaced with Former member.",
        "- Courtesy first: Please keep replies civil and kind, as you would at a Friends meeting or a club supper. We are a small island and most of us know one another, so write as you would speak at the harbour.",
        "Corrections – If a story gets a fact wrong, email the editor rather than posting it below, and we will correct it. Please send corrections to the news desk, not the discussion, so the right person sees them.",
        "The moderators’ decision is final.",
    ],
    "letters past h, on one line": [
        "a) Is This the Right Place? Lock gates, dredging and work parties are what this page is for; national politics is not. b) Keep It Confidential. You are welcome to share your own medical history, but think carefully about how much you reveal on an open forum. c) Three Strikes. Banned users who return under a new name will be removed again without notice. d) Usernames. Pseudonyms are fine, but you may hold only one account and must not pretend to be someone else. e) Moderated by Volunteers. The newsroom is small; please allow up to 48 hours for your post to be published. f) Be Kind. Most of the people here are volunteers or neighbors, so please keep your posts courteous. g) Let Us Know. Reports are confidential, and the member you report will not be told who made it. h) The Law. You are legally responsible for what you write, and a defamatory post can lead to action against you as well as us. i) What Language Can I Write In? Swearing, crude language and abbreviations of swear words are not allowed. j) Junior Members. Any concern about the welfare of a child should go straight to the club's Welfare Officer, not onto this page. k) Other People's Work. By sending us a post or photograph, you give us permission to publish it in print and online. l) Safety First. Storage advice given by volunteers is general; always follow the instructions on the packaging.",
        "(0) comments",
        "Welcome to the discussion.",
        "Log In",
        "Sign Up",
        "Stop watching this discussion.",
    ],
}


@pytest.mark.parametrize("printed", MARKED_TWO_WAYS.values(), ids=MARKED_TWO_WAYS.keys())
def test_a_list_s_items_keep_their_marks_however_their_headings_are_printed(printed: list[str]) -> None:
    """Read back, an item printed with a mark the run's items have ("No. 1 - ...", "(1) ...", "a) ...") goes on the run
    though its heading is printed otherwise than the nearest item's, and a letter past "h" in brackets is a list's
    mark: the policy goes whole (each fails on the code before)."""
    assert _clean([*ARTICLE, *printed]) == "\n".join(ARTICLE) + "\n"


def test_a_one_line_list_s_dashes_inside_lettered_items_begin_no_items() -> None:
    """On one line, a lettered list's items hold the sentences after a dash ("a) Privacy – Do not name children.
    – Ask before sharing a photo."): they are the item's own, not items of their own that would thin the share of
    items on the subject (a policy printed by the bench's reworded-110 family)."""
    line = (
        "a) Personal Information – Please do not name or identify other people’s children in your posts. – "
        "Ask before sharing any photograph of another member. b) Child Safety – Do not post photographs of "
        "junior players without written consent from a parent or guardian. c) Waiting for Approval – Our "
        "moderators are volunteers, so please be patient. – Posts sent late at night or at the weekend may "
        "not be approved until the next working day. d) Can I Advertise Here? – Items for sale may only be "
        "listed in the classifieds section, one listing per item. e) The Law Applies Online Too – Allegations "
        "of crime against named people will not be published. – Take them to the police instead. f) Respect "
        "Copyright! – Workshop manuals and parts books are often still in copyright, so check before "
        "uploading a scan. g) Tell the Admins! – Every report is read by a moderator, although we cannot "
        "always reply. h) No Shouting! – Posts must be in English so that our moderators can read them. – "
        "Short phrases in Tok Pisin or Pijin are fine. i) What Happens If I Break the Rules? – We operate a "
        "three-strikes policy: a warning, a one-week suspension and then a permanent ban. j) Is It an "
        "Emergency? – Advice given here about restoring or working old tractors is offered in good faith. – "
        "Use it at your own risk, and take special care around PTO shafts. k) Think of the Families! – Do not "
        "share details of callouts before the brigade has released them. – Crews may still be at work."
    )
    assert _clean(_beside_box([line], "before")) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize(
    "opening",
    [
        "Thanks for joining the conversation. A few ground rules:",
        "Members are asked to observe the following.",
        "By sending a message you agree to the following.",
        "We want this to be a helpful, supportive place for everyone who uses it.",
    ],
)
def test_an_opening_line_that_ends_on_a_colon_or_binds_its_readers_goes_before_the_box(opening: str) -> None:
    """An opening line whose last sentence ends on a colon and points to the items, or that asks of the readers ("are
    asked") or binds them ("you agree to the following"), or names the place after a comma, goes with the policy
    (each fails on the code before)."""
    policy = [opening, "Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean(_beside_box(policy, "before")) == "\n".join(ARTICLE) + "\n"


def test_an_article_s_line_that_points_ahead_stays_before_the_box() -> None:
    """An article's last line that points ahead ("the following"), naming no rules, no place readers write in and
    asking nothing of them, is no policy's opening: it stays."""
    last = "The mayor then read out the following statement."
    policy = ["Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean([*ARTICLE, last, *policy, *BOX]) == "\n".join([*ARTICLE, last]) + "\n"


def test_an_article_s_line_on_rules_that_points_back_stays_before_the_box() -> None:
    """An article's last line that points back to rules ("these rules") and names no place readers write in is no
    policy's opening: it stays."""
    last = "Owners who break these rules face fines of up to $500."
    policy = ["Be Kind", *NUMBERED[2:3], "Stay on Topic", *NUMBERED[5:6]]
    assert _clean([*ARTICLE, last, *policy, *BOX]) == "\n".join([*ARTICLE, last]) + "\n"


#: An article whose last paragraph ends on a colon, the list it introduced dropped by the scraper.
ENDS_ON_COLON = [
    *ARTICLE,
    "Founded in 1998, the trust runs the town's theatre. It also runs two galleries and a summer festival of music "
    "and film. Visit the trust's site for more information, and follow its work on social media:",
]


@pytest.mark.parametrize("policy", [CAPITALS, DASHED], ids=["capitals", "dashes"])
@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_goes_whole_after_an_article_s_paragraph_ending_on_a_colon(policy: list[str], where: str) -> None:
    """An article's paragraph that ends on a colon ends its sentence there: the policy's first item after it is read
    on its own, not as the end of the article's sentence, and goes with the rest; the paragraph stays (each fails on
    the code before)."""
    lines = [*ENDS_ON_COLON, *policy, *BOX] if where == "before" else [*ENDS_ON_COLON, *policy]
    assert _clean(lines) == "\n".join(ENDS_ON_COLON) + "\n"


#: A policy an item a line, each item's heading run in with no stop ("Real names We ask ..."), closed by a sentence
#: whose label stands before a colon ("Full rules: see ..."): the only heading the run shows, and it begins no line.
RUN_IN_UNMARKED = [
    "Match reports Please do not give away the score of a game not yet shown on television.",
    "Your views Opinions you post are your own and not the club's.",
    "Closing an account Write to the secretary if you want your profile deleted.",
    "Not a help desk Please do not use this page for complaints about fixtures.",
    "English please Please write in English so our moderators can read your post. Posts in other languages may be "
    "removed.",
    "Real names We ask you to post under your own name; nicknames may be refused.",
    "Repeated breaches may lead to a permanent ban. Full rules: see Terms of Use.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_policy_that_no_heading_begins_is_read_as_plain_sentences(where: str) -> None:
    """Where the run read back holds a heading's mark but no heading begins a line (a label before a colon inside
    its closing sentence, headings hard-wrapped into mid-line), and no sentence stands alone as a heading, the marks
    are inside its sentences: it is read as plain sentences, and goes where those read as a policy (each fails on the
    code before)."""
    lines = [*ARTICLE, *RUN_IN_UNMARKED, *BOX] if where == "before" else [*ARTICLE, *RUN_IN_UNMARKED]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


#: An article's last paragraph a fact a line, each after a label and a colon, as an event's listing prints them.
LISTING = [
    "Where: the village hall on Church Lane, with parking behind the school.",
    "When: Saturday from ten in the morning until four in the afternoon.",
    "Tickets: five pounds on the door, and children under twelve go free.",
    "Contact: the festival office answers questions on weekday mornings.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_listing_of_labelled_facts_stays(where: str) -> None:
    """An article that ends on facts after labels and colons (an event's place, time and tickets) holds headings'
    marks inside its sentences too, but its sentences are not a policy's: they stay, before the box or printed last."""
    lines = [*ARTICLE, *LISTING, *BOX] if where == "before" else [*ARTICLE, *LISTING]
    assert _clean(lines) == "\n".join([*ARTICLE, *LISTING]) + "\n"


@pytest.mark.parametrize(
    "last",
    [
        "Please send your photographs of the flooding to the newsroom by Friday.",
        "Residents can comment on the plans at the town hall until the end of March.",
        "The council welcomes comments from residents on the proposals until 3 March.",
    ],
)
@pytest.mark.parametrize("where", ["before", "last"])
def test_an_article_s_last_line_that_asks_of_its_readers_stays_above_a_headed_policy(last: str, where: str) -> None:
    """An article's last line that asks something of its readers reads somewhat as a policy's by its words (a score
    between :data:`~cleantext.policy_words.POLICY_SCORE` and twice it), but it is the article's: it stays above a
    headed policy, before the box or printed last."""
    lines = [*ARTICLE, last, *CAPITALS, *BOX] if where == "before" else [*ARTICLE, last, *CAPITALS]
    assert _clean(lines) == "\n".join([*ARTICLE, last]) + "\n"


#: A headed policy whose first lines have no heading: its opening, then an item printed with none.
HEADLESS_FIRST = [
    "Comments from our listeners are welcome here, on a few conditions.",
    "Use the flag beside any comment you think breaks these rules; arguing with a troll only encourages it.",
    "RESPECT STAFF – Criticise decisions all you like; personal attacks on our presenters are off limits.",
    "ON-AIR USE – By posting, you agree that we may read out your comment, with your screen name, on air.",
    "MIND THE LAW – The law on defamation applies to everything posted here, and you are responsible for it.",
    "STICK TO THE STORY – Say something about the story you just read, not about another one.",
    "PRE-MODERATION – Every comment is read by a person before it appears, which can take a few hours at weekends.",
]


@pytest.mark.parametrize("where", ["before", "last"])
def test_a_headed_policy_s_first_lines_with_no_heading_go_where_they_open_it_by_their_words(where: str) -> None:
    """Above a headed policy's first heading, its opening and an item printed with no heading, each on the subject,
    go with it where together they open the policy by their words, as an opening line does (fails on the code
    before: the opening stayed)."""
    lines = [*ARTICLE, *HEADLESS_FIRST, *BOX] if where == "before" else [*ARTICLE, *HEADLESS_FIRST]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"
