"""The ``reworded-33`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

REWORDINGS_33 = (  # (headings, sentence variants)
    (  # courtesy
        ("Be civil", "Mind your manners", "Courtesy first", "Treat others as you would at the village hall"),
        (
            ("Disagree with the argument if you must, but be civil to the person making it.",),
            ("This is a small island and we all meet at the shop, so write nothing you would not say to a face.",),
            (
                "Keep your posts courteous at all times.",
                "Rudeness to other readers, our reporters or the people in our stories will be removed.",
            ),
            (
                "Remember that members are neighbours first.",
                "Please keep every comment friendly, even when a discussion gets heated.",
            ),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Comments should relate to the story above; general complaints about the council belong in a letter.",),
            (
                "Keep replies to the subject of the thread.",
                "Off-topic posts will be moved or deleted by the moderators.",
            ),
            ("Please stick to the article in question rather than reopening old arguments from earlier threads.",),
        ),
    ),
    (  # personal attacks
        ("No personal attacks", "Play the ball, not the player", "Respect other members"),
        (
            ("Insults, name-calling and digs at a person's family, croft or business will not be tolerated.",),
            (
                "Attack the idea, never the person behind it.",
                "Posts that single out another member for ridicule will be taken down without warning.",
            ),
            ("Do not harass, threaten or bully anyone, here or by private message.",),
        ),
    ),
    (  # hatred of a group
        ("No hate speech", "No tribalism or incitement", "Respect all communities"),
        (
            (
                "Posts that stir up hatred on grounds of tribe, clan, religion, race or county of origin will be "
                "deleted and reported.",
            ),
            (
                "We do not allow content that demeans people for their "
                "ethnicity, faith, gender, disability or sexuality.",
            ),
            (
                "Ethnic slurs and incitement are offences under the law.",
                "Repeat offenders will be banned and their details passed to the authorities.",
            ),
        ),
    ),
    (  # language
        ("Language", "Watch your language", "Keep it clean", "English or Portuguese welcome"),
        (
            ("Posts may be written in English or Portuguese; please avoid swearing in either.",),
            ("No profanity, crude language or obscene images, including words with letters swapped for symbols.",),
            ("Swahili and English are both welcome here.", "Abusive language in any tongue is not."),
            ("Keep it family-friendly: many of our readers are grandparents and schoolchildren.",),
        ),
    ),
    (  # foraging locations
        ("Protect the patches", "Keep locations private", "Sites and access"),
        (
            (
                "Please do not post grid references or exact locations of finds; landowners and rare species both "
                "deserve protection.",
            ),
            ("Describe the habitat if it helps identification, but never name a private wood or give directions.",),
        ),
    ),
    (  # identification is not advice
        ("Identification is not advice", "Safety first", "Never eat from a photo"),
        (
            (
                "No identification given in this forum is a guarantee that a mushroom is safe to eat.",
                "If in doubt, throw it out.",
            ),
            (
                "Replies are opinions from fellow members, not expert verification.",
                "If someone may have eaten a poisonous fungus, call the emergency services at once.",
            ),
        ),
    ),
    (  # sales and swaps
        ("Buying and selling", "Trading", "No sales in the discussion"),
        (
            ("Sales, swaps and want lists belong on the club exchange page, not in discussion threads.",),
            (
                "Members may not advertise stamps, covers or lots for sale here.",
                "Use the exchange packet or contact the exchange secretary instead.",
            ),
            ("Please do not post prices or valuations of other members' collections without their permission.",),
        ),
    ),
    (  # runs and verification
        ("Verification disputes", "Runs and records", "Spoilers"),
        (
            (
                "If you suspect a run was faked, report it to the verifiers privately rather than accusing the "
                "runner in public.",
            ),
            ("Tag any story spoilers for games released in the last month.",),
            ("Questions about a rejected submission go to the moderation team, not the leaderboard discussion.",),
        ),
    ),
    (  # courses and results
        ("Courses and results", "Before the event", "Results queries"),
        (
            ("Please do not discuss course details until the last starter has finished.",),
            (
                "Queries about results, mispunches or disqualifications should go to the event organiser, not this "
                "page.",
            ),
            ("Results are public, but runners' ages, home addresses and phone numbers must never be posted.",),
        ),
    ),
    (  # emergencies
        ("Not for emergencies", "In an emergency", "Emergencies"),
        (
            ("This page is not monitored around the clock.", "To report a fire or any emergency, dial 999 or 112."),
            ("Never use a post or message here to report a fire, smoke or a person in danger; call 911 immediately.",),
            (
                "Do not post photographs of incidents, casualties or vehicle registrations while crews are still at "
                "the scene.",
            ),
        ),
    ),
    (  # members' account security
        ("Protect your account", "Keep your details private", "Member security"),
        (
            ("Never post your member number, account details or PIN.", "Staff will never ask for them on this page."),
            ("For questions about your own loans or savings, contact your branch directly rather than posting here.",),
        ),
    ),
    (  # spam and links
        ("No spam", "No advertising", "Links"),
        (
            ("Repeated posts, chain letters and links to commercial sites will be removed.",),
            (
                "Do not use the discussion to promote your business, raffle or boat sale; contact our advertising "
                "department for rates.",
            ),
            ("Links are allowed only where they add to the discussion.", "Shortened or affiliate links are stripped."),
        ),
    ),
    (  # readers' data
        ("Your privacy", "How we use your data", "Privacy"),
        (
            ("We collect your email address only to verify your account, and we never sell or share it.",),
            (
                "Your registration details are held in line with data protection law.",
                "See our privacy notice for how long we keep them.",
            ),
            ("The name you register with is shown beside each post; your email address is never displayed.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Please be patient"),
        (
            ("All posts are read by a volunteer before they appear, which may take up to two days.",),
            (
                "Our office is staffed on weekdays only, so anything sent on a Friday evening may not go live until "
                "Monday.",
            ),
            (
                "First posts from new members are held for approval.",
                "After that, posts appear straight away but may still be removed.",
            ),
        ),
    ),
    (  # closing an account
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            ("To close your account and remove your profile, email the web editor from the address you registered.",),
            (
                "You can delete your account at any time from your profile settings.",
                "Posts already quoted by others may remain visible.",
            ),
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If you find a factual error in a story, please tell the newsroom directly so we can correct it, "
                "rather than posting below.",
            ),
            (
                "Corrections and clarifications are handled by the editor.",
                "Email the news desk with the headline and the date of the story.",
            ),
        ),
    ),
    (  # advertising on the site
        ("About our adverts", "Advertising", "Sponsored content"),
        (
            (
                "Adverts on this page are placed by an outside network; their appearance does not mean we endorse "
                "the product.",
            ),
            (
                "Sponsored posts are always labelled as such.",
                "Our newsroom has no say in the advertising shown beside them.",
            ),
        ),
    ),
    (  # real names and one account
        ("Use your real name", "One member, one account", "Real names only"),
        (
            ("Please post under your own name as it appears in the residents' directory.",),
            ("Each member may hold only one account; duplicate accounts will be closed.",),
            (
                "Anonymous comments are not accepted on this site.",
                "We find people speak more kindly when they sign their words.",
            ),
        ),
    ),
    (  # the courts and defamation
        ("Legal matters", "Court cases", "Don't risk contempt"),
        (
            (
                "Scots law on contempt of court is strict: do not speculate about the "
                "guilt of anyone who has been charged.",
            ),
            (
                "You are legally responsible for what you post.",
                "Defamatory or unproven allegations about named people will be removed.",
            ),
            ("Do not discuss cases that are before the courts, including the names of witnesses or victims.",),
        ),
    ),
    (  # the editors' final say
        ("Our decision is final", "Moderators' discretion", "Final say"),
        (
            (
                "The editor may edit, refuse or remove any post, and will not enter into correspondence about "
                "decisions.",
            ),
            (
                "Moderators may close a thread at any time.",
                "Arguing with a moderation decision in public may lead to a suspension.",
            ),
        ),
    ),
    (  # bereavements
        ("Sad news", "Bereavements", "Respect for families"),
        (
            (
                "Please let families announce a death first, and do not post news of a resident's passing before "
                "the office confirms it.",
            ),
            (
                "Messages of condolence are always welcome here.",
                "Speculation about the cause of an illness or accident is not.",
            ),
        ),
    ),
    (  # hazards on the lake
        ("Reporting hazards", "Lake safety", "Water quality"),
        (
            (
                "Report floating hazards, blue-green algae or unlit buoys to the "
                "safety officer as well as posting here.",
            ),
            ("A post about a neighbour's dock, boat or lawn is no substitute for contacting the association office.",),
        ),
    ),
)


POLICY_TITLES_33 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community guidelines",
    "Comment policy",
    "Forum etiquette",
    "Noticeboard rules",
    "Our rules for comments",
    "Guidelines for members' posts",
)


POLICY_INTROS_33 = (
    "Please read these rules before posting.",
    "This forum is run by volunteers; help us keep it friendly.",
    "We welcome comments from readers at home and across the diaspora.",
    "By posting you agree to the following.",
    "A few ground rules so that everyone enjoys the discussion:",
)


POLICY_CLOSINGS_33 = (
    "Read the full terms of use at the link below.",
    "Full terms and conditions: see Terms of Use at the foot of this page.",
    "Questions about these rules? Write to the moderators at forum@islandvoice.co.uk.",
    "The complete posting policy is at www.countyherald.co.ke/terms.",
    "For anything else, email the editor at editor@lakeshorenews.org.",
    "See our full comment policy and terms of service.",
)


NUMBERS_33 = ("{}.", "{})", "({})", "[{}]", "{}:", "{} -")


BULLETS_33 = ("\u2022", "-", "*", "\u2013", "\u25aa", "+", "o", "\u27a1")


HEADING_JOINS_33 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


AMERICAN_33 = {
    "neighbour": "neighbor",
    "organiser": "organizer",
    "offences": "offenses",
    "labelled": "labeled",
    "registrations": "license plates",
}


def _items_33(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-33 policy, as ``_items_6``'s: each site's own way of printing its items, headings and marks."""
    plain = rng.random() < 0.3  # the site never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_33:
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(variant for variant in sentences if not _says_comment(*variant))
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    bare = rng.random() < 0.2  # no headings at all
    capitals = rng.random() < 0.25
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    join = rng.choice(HEADING_JOINS_33)
    stop = rng.choice((".", ".", ":", ""))
    marks = rng.random()
    number = rng.choice(NUMBERS_33) if marks < 0.3 else ""
    bullet = rng.choice(BULLETS_33) if 0.3 <= marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        parts = list(rng.choice(sentences))
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if heading:
            heading = heading.upper() if capitals else heading
            if heading.endswith("?"):  # a question heading: no stop, and a space before the sentence
                parts = [f"{heading} {parts[0]}", *parts[1:]] if inline else [heading, *parts]
            elif inline:
                parts[0] = heading + join + parts[0]
            else:
                parts.insert(0, heading + stop)
        mark = number.format(place) if number else bullet
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_33 if not (plain and _says_comment(line))]
    closings = [line for line in POLICY_CLOSINGS_33 if not (plain and _says_comment(line))]
    titles = [line for line in POLICY_TITLES_33 if not (plain and _says_comment(line))]
    return _furnish(
        items,
        rng,
        intros,
        closings,
        titles,
        AMERICAN_33,
    )
