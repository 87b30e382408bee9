"""The ``reworded-48`` family's policies: island, diaspora, border-town, village, church and club sites' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). The sites: Anglesey and Isle of Wight pages, Hungarian and Slovak
#: diaspora sites in English, Somali and Djiboutian English news, Tokelau and Rotuma community sites, South Dakota
#: reservation-border weeklies, Cape Cod village papers, Baptist association newsletters, wrestling boosters,
#: gliding clubs, knife-making forums, board-game café boards, soup-kitchen volunteers, hedgerow trusts and
#: park-run volunteer bulletins.
REWORDINGS_48: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # respect
        ("Be Kind", "Respect Each Other", "No Personal Attacks", "Play the Ball, Not the Player"),
        (
            "Treat other posters as you would a neighbour at the chapel door: disagree if you must, but never insult, "
            "threaten or belittle anyone.",
            "Personal attacks, name-calling and slurs about a person's clan, tribe, faith or family will be removed "
            "without warning.",
            "Argue with the idea, not the person; abuse aimed at another member, a volunteer or a reporter gets the "
            "post pulled.",
            "We welcome robust debate, but comments that bully, harass or demean another reader have no place here.",
        ),
    ),
    (  # on topic
        ("Stay On Topic", "Keep To The Subject", "Relevance"),
        (
            "Keep your replies to the story above; questions about tide times, ferry delays or lost dogs belong on "
            "the noticeboard.",
            "Off-topic posts, including long arguments carried over from other threads, may be moved or deleted by "
            "the moderators.",
            "Please stay with the subject of the article; if you want to raise something new, start a fresh topic.",
            "Comments should relate to the article they sit under, not to last week's council meeting or the "
            "school board.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect Personal Details", "No Private Information", "Other People's Details"),
        (
            "Do not post anyone's home address, phone number, email address or photographs of children without their "
            "clear permission.",
            "Never share a fellow volunteer's contact details here; pass messages through the run director or the "
            "shift coordinator instead.",
            "We do not publish your email address, and we will never sell or pass on the details you give us when "
            "you register.",
            "Naming people involved in family disputes, hospital stays or custody matters breaches their privacy and "
            "will be removed.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Hasn't My Post Appeared?", "Posts Are Reviewed", "Comment Moderation"),
        (
            "Every post is read by a volunteer before it appears, so please allow up to 48 hours, longer over bank "
            "holidays.",
            "Our moderators live in three time zones; a post made overnight in Mogadishu may not show until the "
            "London morning.",
            "First posts from new members are held in a queue and approved by hand, usually within a day or two.",
            "Comments are held for review and may take a day to appear; please do not submit the same comment again.",
        ),
    ),
    (  # account deletion
        ("Closing Your Account", "Deleting Your Account", "Leaving the Forum"),
        (
            "To close your account, email the site administrator from the address you registered with and we will "
            "remove it within 30 days.",
            "Deleting your account removes your profile, but posts quoted in other members' replies may remain "
            "visible.",
            "You may ask us at any time to erase your account and everything you have posted; we will confirm by "
            "email once it is done.",
        ),
    ),
    (  # advertising
        ("No Advertising", "No Spam", "Selling and Promotion", "Sales"),
        (
            "Do not advertise goods, services or fundraisers here; knives for sale go in the Makers' Market section "
            "only.",
            "Links to shops, betting sites, crypto schemes or money-transfer services will be treated as spam and "
            "removed.",
            "Members may mention their own work once in a signature, but repeated promotion will lead to a ban.",
            "Posts selling tickets, raffles or second-hand games belong on the café's swap board, not in the "
            "discussion threads.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a Mistake?", "Corrections", "Errors and Omissions", "Report an Error"),
        (
            "If you believe a story contains an error, please email the newsroom rather than posting it here, so the "
            "editor can correct it.",
            "Corrections to names, dates or results should be sent to the editor directly; we cannot act on reports "
            "left in the comments.",
            "Found a wrong spelling of a village, a family name or a match result? Tell the editor at the address on "
            "the Contact page.",
        ),
    ),
    (  # identity
        ("Use Your Real Name", "Who You Are", "Identity", "Names"),
        (
            "Please post under your own name, or the name you are known by in the community; anonymous posts will "
            "not be approved.",
            "Do not pretend to be another person, an elder, a pastor, an official or a member of staff.",
            "Usernames that mock, impersonate or mislead other members will be changed or the account suspended.",
        ),
    ),
    (  # language
        ("Language", "Mind Your Language", "English Please", "Keep It Clean"),
        (
            "Please write in English so every moderator can read your post; a short phrase in Hungarian, Slovak, "
            "Somali or Welsh is fine.",
            "Swearing, crude jokes and sexual content are not allowed; remember that children and grandparents read "
            "these pages too.",
            "Avoid shouting in capital letters and keep your comments free of bad language, even when quoting "
            "someone else.",
        ),
    ),
    (  # the law
        ("The Law", "Legal Matters", "Court Cases", "Defamation"),
        (
            "Do not name anyone accused of a crime before they are charged, or speculate about cases before the "
            "courts.",
            "Posts that could be defamatory, or that break tribal, state or federal law, will be removed and may be "
            "passed to the authorities.",
            "You are legally responsible for what you post; the publisher may be required to hand your details to "
            "the police.",
            "Remember that contempt of court rules apply online: say nothing about a trial that the jury has not "
            "heard in court.",
        ),
    ),
    (  # reporting abuse
        ("Reporting Problems", "Report Abuse", "Flag It"),
        (
            "If you see a post that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Please flag offensive material to the moderators instead of arguing in the thread; we look at every "
            "report.",
            "To report a problem, email the moderators with a link to the post and a short note on what is wrong.",
        ),
    ),
    (  # advice and safety
        ("Advice Is Not Instruction", "Safety First", "At Your Own Risk"),
        (
            "Nothing posted here replaces a briefing from your instructor or the duty launch point controller before "
            "you fly.",
            "Check your local laws on carrying and shipping blades; advice given by members is not legal advice.",
            "Forging, grinding and heat-treating tips are shared at your own risk; always wear eye protection and "
            "work in good ventilation.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and Quotes", "Other People's Work"),
        (
            "Do not paste whole articles, photographs or videos from other websites; a short quote and a link will do.",
            "Only upload photographs you took yourself, and ask before posting pictures of another member's work.",
        ),
    ),
    (  # views
        ("Your Views", "Opinions", "Disclaimer"),
        (
            "Views expressed by members are their own and not those of the association, its churches or its officers.",
            "The trust does not endorse opinions posted on this board and may remove any post without giving a reason.",
            "Comments reflect the opinions of their authors only; publishing them does not mean the editor agrees.",
        ),
    ),
    (  # politics
        ("No Politics", "Campaigning", "Elections"),
        (
            "Please keep party politics and election campaigning off the volunteer board; it is here to organise "
            "shifts and share news.",
            "Clan politics, election campaigning and fundraising for political groups are not permitted on this site.",
            "This board is for the club and its members, not for lobbying on council, tribal or state elections.",
        ),
    ),
)

#: Opening lines some sites print before the items.
INTROS_48 = (
    "Before you post, please take a minute to read the rules below.",
    "By commenting you agree to the following guidelines.",
    "This board is run by volunteers, so we ask everyone to follow a few simple rules.",
    "We want this to be a friendly place for the whole community. Please keep to these rules:",
    "Posting here means you accept the guidelines below.",
)

#: Closing lines some sites print after the items.
CLOSINGS_48 = (
    "Thank you for helping keep this a friendly place.",
    "Moderators may remove any post that breaks these rules, and repeat offenders will be banned.",
    "Questions about these rules? Write to the editor.",
    "Posts that break these rules will be removed without notice.",
    "Thanks for commenting, and see you at the next run.",
    "Diolch - thank you for your co-operation.",
)

#: Titles some sites print over the items.
TITLES_48 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Rules",
    "Forum Etiquette",
    "House Rules",
    "Guestbook Rules",
    "Board Rules",
)

#: British spellings in these lists, and their American forms.
AMERICAN_48 = {
    "neighbour": "neighbor",
    "organise": "organize",
    "co-operation": "cooperation",
    "noticeboard": "bulletin board",
}

#: How a site prints an item's heading: its own line, its own line ending in a colon or a full stop, inline before
#: a colon or a dash, or not at all.
_STYLES = ("line", "line-colon", "line-stop", "colon", "dash", "absent")


def _heading(heading: str, mark: str) -> str:
    """``heading`` ending in ``mark``, unless it ends in a question mark already."""
    return heading if heading.endswith("?") else heading + mark


def _items_48(rng: random.Random) -> list[tuple[str, ...]]:
    plain = rng.random() < 0.3  # a site that never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_48:
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(sentence for sentence in sentences if not _says_comment(sentence))
        kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8)
    chosen = rng.sample(kinds, count)
    style = rng.choice((*_STYLES, "mixed", "mixed"))
    capitals = rng.random() < 0.3
    marker = rng.choice(("", "", "", "number", "number-paren", "bullet"))
    bullet = rng.choice(("•", "-", "*", "–", "·", "»", "■"))
    dash = rng.choice((" - ", " – ", " — ", " -- "))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading, sentence = rng.choice(headings), rng.choice(sentences)
        how = rng.choice(_STYLES) if style == "mixed" else style
        if capitals or (style == "mixed" and rng.random() < 0.2):
            heading = heading.upper()
        prefix = {"": "", "number": f"{number}. ", "number-paren": f"{number}) ", "bullet": f"{bullet} "}[marker]
        if how == "line":
            items.append((prefix + heading, sentence))
        elif how == "line-colon":
            items.append((prefix + _heading(heading, ":"), sentence))
        elif how == "line-stop":
            items.append((prefix + _heading(heading, "."), sentence))
        elif how == "colon":
            items.append(("", f"{prefix}{_heading(heading, ':')} {sentence}"))
        elif how == "dash":
            items.append(("", f"{prefix}{heading}{dash}{sentence}"))
        else:
            items.append(("", prefix + sentence))
    intros, closings, titles = INTROS_48, CLOSINGS_48, TITLES_48
    if plain:
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
        titles = tuple(line for line in titles if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_48)
