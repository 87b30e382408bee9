"""The ``reworded-44`` family's policies: Gaeltacht, diaspora, Pacific and small-town pages, clubs and volunteers."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: the headings sites give it, and the sentences they word it with.
REWORDINGS_44 = (
    (
        ("Be Courteous", "Charity in All Things", "Respect Each Other", "Mind Your Manners"),
        (
            "Treat other members as you would a neighbour at the mart: disagree if you must, but keep it civil and"
            " never personal.",
            "Name-calling, mockery and attacks on another person's faith, family or townland will be removed without"
            " warning.",
            "Please write with the same charity you would show a visitor at the abbey gate.",
            "Speak to fellow veterans and their families with the honour the uniform earned; criticise the comment,"
            " never the commenter.",
        ),
    ),
    (
        ("Stay on Topic", "Keep to the Thread", "Relevance"),
        (
            "Replies should deal with the story or thread above them; general grievances belong in the open forum.",
            "Keep your post to the subject at hand. A thread about a Stern table is not the place to argue about"
            " Williams.",
            "Off-topic remarks, chain letters and forwarded prayer chains will be moved or removed by the editor.",
        ),
    ),
    (
        ("Moderation", "Why Your Post Has Not Appeared", "Held for Review", "Approval Times"),
        (
            "Every contribution is read by a volunteer before it is published, which can take up to two days at"
            " weekends and during haying.",
            "Our moderators are volunteers in three time zones, so a new post may wait twelve hours or more before it"
            " shows.",
            "Comments from new accounts are held until an editor approves them; please do not post the same thing"
            " twice.",
            "Messages go up once Sister Bernadette or the office has read them, usually within a working day.",
        ),
    ),
    (
        ("Privacy", "Your Information", "Personal Details", "Protecting Privacy"),
        (
            "Do not share anyone's phone number, home address or village without their consent, and think twice"
            " before sharing your own.",
            "We never sell your email address; it is used only to tell you when someone replies to you.",
            "Photos of children at cleanups or club nights may only be posted with a parent's written permission.",
            "Please do not name patients, residents or retreat guests, and leave out the full names of minors.",
        ),
    ),
    (
        ("Closing Your Account", "Deleting Your Account", "Leaving the Board"),
        (
            "To close your account, write to the secretary; your profile goes within 30 days, though quoted replies"
            " may remain.",
            "You may delete your account from the Settings page at any time. Posts you made stay up unless you ask us"
            " to remove them.",
            "Members who wish to leave can email the webmaster, and we will erase your details from our records"
            " within a month.",
        ),
    ),
    (
        ("No Advertising", "Spam", "Selling and Promotion", "Commercial Posts"),
        (
            "Advertising, affiliate links and promotion of businesses are not permitted outside the Buy and Sell"
            " section.",
            "Posts selling plants, shrimp or hardscape belong in the Marketplace; sales threads elsewhere will be"
            " locked.",
            "Please do not use these pages to promote raffles, tours or fundraisers unless the committee has approved"
            " them.",
            "Spam, repeated links and comments that exist only to sell something will be deleted and the account"
            " suspended.",
        ),
    ),
    (
        ("Corrections", "Spotted an Error?", "Report a Mistake", "Errors"),
        (
            "If you find a mistake in a story, email the newsroom rather than posting it here so an editor can correct"
            " it.",
            "Factual errors in our reports should be sent to the editor at the address below; corrections are"
            " printed in the next issue.",
            "Tell the office about a wrong score, date or name by phone or email, not in the replies, and we will fix"
            " it.",
        ),
    ),
    (
        ("Use Your Real Name", "Who You Are", "Names"),
        (
            "Contributions must carry your full name and your parish or town; anonymous letters are not published.",
            "Use the name you go by at the post or the club, not a handle, so other members know who is speaking.",
            "Pretending to be another member, rider or official will see your account closed.",
        ),
    ),
    (
        ("Language", "Irish and English", "Languages Welcome"),
        (
            "You may write in English or in Irish; posts in Irish are read by a fluent editor before they appear.",
            "English, Maltese, Italian and Sicilian are all welcome here, but please add a short English summary for"
            " our readers.",
            "Posts in Sesotho or siSwati are welcome, though we ask for a line in English so that every reader can"
            " follow.",
            "Writing in French is fine on our pages, but please add a line in English for readers across the Pacific.",
        ),
    ),
    (
        ("Legal", "Defamation", "Allegations"),
        (
            "Do not accuse a named person of a crime; allegations that could be defamatory will be removed and may be"
            " passed to our lawyer.",
            "The paper is responsible in law for what appears on its pages, so we will not publish claims we cannot"
            " stand behind.",
            "Rumours about court cases, custody matters or sick people in the district are not allowed.",
        ),
    ),
    (
        ("Copyright", "Photos and Links", "Other People's Work"),
        (
            "Only post photos you took yourself, and credit any tank layout you copy from another aquascaper.",
            "Don't paste whole articles from other papers; a short quote and a link is enough.",
            "Scans of manuals, backglasses and schematics may only be shared where the owner has allowed it.",
        ),
    ),
    (
        ("Wildlife and Safety", "Safety First", "On the Beach"),
        (
            "Please do not post the exact locations of nesting birds, seal haul-outs or turtle tracks.",
            "Never advise anyone to handle syringes or dead animals found on the shore; tell them to report it to the"
            " council instead.",
            "Do not give advice on treating injured stock or riders here; call a vet or a medic.",
        ),
    ),
    (
        ("Report a Problem", "Flagging", "Tell Us"),
        (
            "If a post breaks these rules, use the Report link beside it rather than replying; a moderator will look"
            " at it.",
            "See something that should not be here? Flag it or write to the moderators, and please do not argue with"
            " the poster.",
            "Concerns about a message can be raised in confidence with the post adjutant or any officer.",
        ),
    ),
    (
        ("Seed Exchange Rules", "Swaps and Trades", "What Can Be Shared"),
        (
            "Only offer open-pollinated seed you saved yourself, labelled with the variety, the year and where it was"
            " grown.",
            "Trades happen between members at their own risk; the board takes no part in payment, shipping or"
            " disputes.",
            "Do not list seed or cuttings of invasive plants, and check the county's noxious weed list before you"
            " offer.",
        ),
    ),
    (
        ("Our Decision Is Final", "Removal of Posts", "The Editor's Right"),
        (
            "We reserve the right to edit, shorten or decline any post, and we do not enter into correspondence about"
            " our decisions.",
            "Moderators may remove any comment or ban any user at their discretion, and repeated breaches lead to a"
            " permanent ban.",
            "Posts that break these guidelines are taken down, and the poster is told why by private message.",
        ),
    ),
    (
        ("Politics and Religion", "Divisive Subjects"),
        (
            "Party politics and arguments about religion are kept out of club threads; there are other places for"
            " them.",
            "Discussion of land claims, referendums and customary chiefs is allowed, but it must stay respectful.",
        ),
    ),
)

INTROS_44 = (
    "Before you post, please read the following.",
    "These rules apply to everyone who takes part in discussions on our pages.",
    "Thank you for joining the conversation. A few things to keep in mind:",
    "Our members keep this board friendly. Please help by following these guidelines.",
    "By submitting a comment you agree to the rules below.",
)
CLOSINGS_44 = (
    "Thank you for helping keep our community a welcoming place.",
    "Questions about these rules can be sent to the webmaster.",
    "Breaking these rules may lead to your account being suspended.",
    "These guidelines were last revised by the committee in March.",
    "Thanks for commenting, and enjoy the discussion.",
)
TITLES_44 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Forum Rules",
    "Community Standards",
    "Comment Guidelines",
    "Guidelines for Contributors",
)
AMERICAN_44 = {
    "neighbour": "neighbor",
    "honour": "honor",
    "criticise": "criticize",
    "labelled": "labeled",
    "rumours": "rumors",
}

_BULLETS = ("•", "-", "*", "–", "·", "▪")
_NUMBERS = ("{}.", "{})", "({})", "{} -")


def _heading(heading: str, style: str, capitals: bool, dash: str) -> str:
    text = heading.upper() if capitals else heading
    if style == "colon":
        return text if text.endswith("?") else text + ":"
    if style == "dash":
        return text + " " + dash
    if style == "period":
        return text if text.endswith("?") else text + "."
    return text  # own line: as printed, nothing after it


def _items_44(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of 2-8 items in one site's way of printing it: headings inline after a colon, a dash or a stop,
    on a line of their own, or absent, in capitals or not, one way for the whole list or mixed; numbered,
    bulleted or bare; and at some sites never the word "comment"."""
    silent = rng.random() < 0.35  # a site that never says "comment"
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_44, count)
    layout = rng.choice(("colon", "dash", "period", "own", "absent", "mixed"))
    capitals = rng.random() < 0.3
    marker = rng.choice(("none", "none", "number", "bullet"))
    number_format = rng.choice(_NUMBERS)
    bullet = rng.choice(_BULLETS)
    dash = rng.choice(("—", "–", "-"))
    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(chosen, 1):
        if silent:
            headings = tuple(h for h in headings if not _says_comment(h)) or headings
            sentences = tuple(s for s in sentences if not _says_comment(s)) or sentences
        style = rng.choice(("colon", "dash", "own", "absent")) if layout == "mixed" else layout
        upper = rng.random() < 0.5 if layout == "mixed" else capitals
        heading = _heading(rng.choice(headings), style, upper, dash) if style != "absent" else ""
        said = [rng.choice(sentences)]
        if len(sentences) > 2 and rng.random() < 0.15:
            said.append(rng.choice([s for s in sentences if s != said[0]]))
        prefix = number_format.format(position) if marker == "number" else bullet if marker == "bullet" else ""
        if heading and prefix:
            heading = prefix + " " + heading
        elif prefix:
            said[0] = prefix + " " + said[0]
        if style == "own" and heading:
            items.append((heading, ""))
            items.append(("", *said))
        else:
            items.append((heading, *said))
    intros = [line for line in INTROS_44 if not (silent and _says_comment(line))]
    closings = [line for line in CLOSINGS_44 if not (silent and _says_comment(line))]
    titles = [line for line in TITLES_44 if not (silent and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_44)
