"""The ``reworded-19`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_19 = (  # (headings, sentence variants): Canadian and Irish regionals, public radio, community, LGBTQ+, military, housing, schools, faith, travel, puzzles
    (
        ("Be respectful", "Keep it civil", "Respect one another", "Mind your manners"),
        (
            ("Disagree with ideas, not with people; comments that insult other readers will be removed.",),
            ("Treat fellow readers the way you would want to be treated at a town hall meeting.",),
            ("Lively debate is always welcome here.", "Name-calling, taunts and sneering are not."),
            ("Argue as hard as you like about the issue, but leave other posters out of it.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "No racism or discrimination"),
        (
            (
                "Posts that demean people because of their race, ethnicity, immigration status, religion, sexual "
                "orientation or gender identity will be deleted.",
            ),
            ("Racist slurs, coded language and dog whistles earn an immediate ban, with no warning.",),
            (
                "We remove anything that attacks people for who they are, including their colour, faith, "
                "disability, sexuality or gender.",
            ),
        ),
    ),
    (
        ("Respect identities", "Names and pronouns", "No misgendering or outing"),
        (
            (
                "Refer to people by the names and pronouns they use; deliberate misgendering or deadnaming is "
                "treated as harassment.",
            ),
            ("Whether trans and nonbinary people should exist is not a debate we host.",),
            (
                "Do not speculate about anyone's sexual orientation or gender identity, and never out someone, "
                "even as a joke.",
            ),
        ),
    ),
    (
        ("OPSEC matters", "Protect operational security", "Loose lips sink ships"),
        (
            (
                "Do not post deployment dates, unit locations, ship movements or anything else that could put "
                "service members at risk.",
            ),
            (
                "Never share a family member's whereabouts overseas or the details of troop movements, even after the fact.",
            ),
            (
                "If you would not say it in a briefing, do not type it here.",
                "Posts that break OPSEC are removed without notice.",
            ),
        ),
    ),
    (
        ("Honor the fallen", "Respect grieving families", "Respect those who served"),
        (
            (
                "Stories about service members killed or wounded are read by their relatives; comments mocking "
                "the dead or their families will be taken down.",
            ),
            ("Gold Star families read these threads.", "Write as if they were sitting across the table from you."),
            ("Accusations of stolen valor must be backed by records, not rumor, or they will be removed.",),
        ),
    ),
    (
        ("No listings or solicitations", "Not a marketplace", "No property ads"),
        (
            ("Do not post property listings, open-house notices, rentals for let or your brokerage's phone number.",),
            (
                "Agents, lenders and investors may not use the discussion to drum up business; paid advertising "
                "is available through our sales team.",
            ),
            ('"We buy houses" offers, mortgage pitches and referral links are removed as spam.',),
        ),
    ),
    (
        ("Keep private homes private", "No addresses", "Leave tenants and neighbours out of it"),
        (
            (
                "Do not publish the address, unit number or photos of anyone's home, whether they are a tenant, "
                "a landlord or a neighbour.",
            ),
            (
                "Disputes with a particular landlord or property manager belong with the housing board, not in this thread.",
            ),
            ("Naming tenants you believe are behind on rent is not allowed.",),
        ),
    ),
    (
        ("Protect students", "Leave children out of it", "No naming students or staff"),
        (
            (
                "Do not name or describe individual pupils, and do not discuss disciplinary matters involving a "
                "specific child or teacher.",
            ),
            (
                "Criticise policies, budgets and boards all you like; personal attacks on classroom teachers are off limits.",
            ),
            (
                "Many of our readers are educators.",
                "Write about classrooms as though the people in them could read every word, because they can.",
            ),
        ),
    ),
    (
        ("Respect other faiths", "No preaching", "Dialogue, not proselytising"),
        (
            (
                "People of many traditions and of none read this magazine; contempt for anyone's beliefs has no place here.",
            ),
            (
                "This is a forum for discussion, not evangelism.",
                "Long scripture quotations and calls to convert will be trimmed or removed.",
            ),
            ("Question doctrine and institutions if you must, but do not mock believers or unbelievers.",),
        ),
    ),
    (
        ("Wait for the investigators", "Incidents and accidents", "No speculation about victims"),
        (
            (
                "After a crash or serious incident, do not speculate about the crew or post the names of victims "
                "before the authorities release them.",
            ),
            ("Armchair accident investigation hurts families; stick to what the safety board has confirmed.",),
            ("Posts blaming named pilots or controllers before an official report is published will be removed.",),
        ),
    ),
    (
        ("Not a customer service desk", "Complaints go to the airline", "We can't rebook your flight"),
        (
            (
                "We are a news site and cannot help with refunds, lost luggage or cancelled bookings; please "
                "contact your airline or travel agent.",
            ),
            (
                "Posting your booking reference, passport number or frequent-flyer details here puts your account at risk.",
            ),
            ("Referral codes, promo links and offers to trade points are treated as spam.",),
        ),
    ),
    (
        ("No spoilers", "Spoiler alert", "Keep the answers hidden", "Don't give it away"),
        (
            (
                "Do not post answers to today's puzzle before the solution is published; hints are fine if clearly marked.",
            ),
            (
                "Please put a spoiler warning at the top of any comment that reveals an answer, a theme entry or "
                "the day's word.",
            ),
            (
                "Some solvers are still working on the grid.",
                "Give them until tomorrow's edition before sharing full solutions.",
            ),
            ("Share your time and your streak, not the answer.",),
        ),
    ),
    (
        ("Be kind to the setters", "Think a clue is wrong?", "Errors in the grid"),
        (
            ("Constructors and editors read this page, so criticise the clue, not the person who wrote it.",),
            (
                "If you believe a clue or grid contains an error, email the puzzle editor at puzzles@example.com "
                "rather than arguing it out here.",
            ),
        ),
    ),
    (
        ("Your words may be used on air", "On-air use", "We might read your post"),
        (
            (
                "By posting, you agree that we may quote your comment, with your screen name, on air, in our "
                "newsletters or on social media.",
            ),
            ("Hosts sometimes read listener remarks during broadcasts, using only the name you post under.",),
        ),
    ),
    (
        ("No campaigning", "No electioneering", "No endorsements"),
        (
            (
                "As a public broadcaster we cannot host campaign appeals, fundraising requests or endorsements of candidates.",
            ),
            ("Discuss the issues on the ballot freely, but do not post links to donate to a campaign or cause.",),
        ),
    ),
    (
        ("Mind the law", "Legal matters", "Contempt of court", "Publication bans"),
        (
            (
                "Irish law on defamation and contempt of court applies to everything posted here, and you are "
                "responsible for what you write.",
            ),
            ("Do not discuss the guilt or innocence of anyone facing trial; we close threads on live court cases.",),
            ("Allegations of crime against a named person, without a conviction to back them up, will be removed.",),
            (
                "Under Canadian law, publication bans apply to readers too.",
                "Do not name victims or witnesses protected by a court order.",
            ),
        ),
    ),
    (
        ("English or French", "Language", "English or Spanish", "Languages we moderate"),
        (
            (
                "We accept contributions in English and French; posts in other languages cannot be moderated and will not appear.",
            ),
            (
                "Posts in English or Spanish are welcome; please keep to one language per post so our moderators "
                "can review it.",
            ),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "No profanity"),
        (
            ("Swearing, including words with letters swapped for symbols, gets the post filtered.",),
            ("Young readers use this site for school projects, so leave the four-letter words out.",),
            ("Obscene, vulgar or sexually explicit comments will be deleted.",),
        ),
    ),
    (
        ("Stay on topic", "Stick to the story", "Relevance"),
        (
            ("Keep your comments about the article above; unrelated posts will be removed.",),
            ("Threads that wander into national politics or old grudges will be closed.",),
            ("Say something about the story you just read, not the one you wish we had written.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "How we use your information"),
        (
            ("Your email address is never shown publicly; we use it only to manage your account and to contact you.",),
            ("We store your IP address with each post for moderation purposes and delete it after 90 days.",),
            ("Read our privacy notice to see what we collect when you register and how long we keep it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation"),
        (
            (
                "Every comment is reviewed by a person before it appears, which can take several hours on weekends and holidays.",
            ),
            ("Our small staff moderates during business hours, so posts sent overnight may not appear until morning.",),
            (
                "Posts containing links are held for review automatically.",
                "Please be patient rather than sending the same thing twice.",
            ),
        ),
    ),
    (
        ("Closing your account", "Delete your account", "Leaving us"),
        (
            ("You can delete your account at any time from your profile page; your past posts will be anonymised.",),
            (
                "To close your account and erase your personal data, write to privacy@example.ie and we will act within 30 days.",
            ),
            ("Accounts left inactive for two years are closed automatically.",),
        ),
    ),
    (
        ("About the ads", "Advertising", "Sponsored content"),
        (
            ("Ads on this page are placed by third-party networks and do not reflect the views of our newsroom.",),
            (
                "Sponsored stories are clearly labelled, and advertisers have no say over our reporting or our moderation.",
            ),
            ("Seeing an ad that looks like a scam?", "Report it to our advertising team so we can take it down."),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            (
                "If you find a factual error in a story, email corrections@example.org instead of posting it; "
                "editors do not read every thread.",
            ),
            (
                "Corrections belong with the newsroom, not the comment thread.",
                "Use the Report an Error link at the end of each article.",
            ),
            ("Our editors review every correction request and add a note to the story when we get something wrong.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something, say something"),
        (
            (
                "Use the flag icon beside any comment you believe breaks these rules; replying to a troll only feeds it.",
            ),
            ("Reports are anonymous and reviewed by a moderator, usually within a day.",),
        ),
    ),
    (
        ("One account per person", "Be yourself", "No impersonation"),
        (
            (
                "Posting under more than one name, or pretending to be someone else, will get all of your accounts suspended.",
            ),
            ("Do not claim to be a veteran, officer, teacher or member of the clergy unless you are one.",),
        ),
    ),
    (
        ("Immigration status is private", "No threats to report people"),
        (
            (
                "Threatening to report anyone to immigration authorities, or guessing at their status, is "
                "harassment and will be removed.",
            ),
            ("Do not post information about a person's immigration status, workplace or family.",),
        ),
    ),
    (
        ("No spam", "Links", "No self-promotion"),
        (
            ("Repeated comments, chain messages and links to unrelated sites are deleted.",),
            ("Limit yourself to one relevant link per post; posts that are only a link are removed.",),
        ),
    ),
)


POLICY_TITLES_19 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Community Standards",
    "Our Commenting Guidelines",
    "Conversation Guidelines",
    "Reader Forum Rules",
    "Comment Section Rules",
    "Guidelines for Discussion",
    "House Rules for Solvers",
    "Talk Back: The Rules",
)


POLICY_INTROS_19 = (
    "Thanks for joining the conversation; a few ground rules keep it worth reading.",
    "Please read these guidelines before you post.",
    "Our forum is open to every reader who follows the rules below.",
    "By posting, you agree to the following guidelines.",
    "We welcome comments from listeners and readers, with a few conditions.",
)


POLICY_CLOSINGS_19 = (
    "Read our full Terms of Use at example.ca/terms.",
    "For the complete policy, see our Terms of Service and Privacy Notice.",
    "Questions about moderation? Email our community editor at community@example.org.",
    "Repeated breaches may lead to a permanent ban. Full terms: www.example.com/terms",
    "Contact the moderators at moderators@example.ie with any questions about these rules.",
    "The full comment policy is linked at the bottom of every page.",
)


NUMBERS_19 = ("{}.", "{})", "({})", "{}:", "{} \u2014", "#{}")


BULLETS_19 = ("\u2022", "-", "*", "\u25cf", "\u25aa", "\u2713", "\u2192", "\u25b6")


INLINE_19 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _plain_19(text: str) -> bool:
    return "comment" not in text.lower()


def _items_19(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-19 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_19:
        if plain:
            headings = tuple(heading for heading in headings if _plain_19(heading))
            sentences = tuple(parts for parts in sentences if all(_plain_19(part) for part in parts))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, min(count, len(kinds)))
    inline = rng.choice(INLINE_19) if rng.random() < 0.5 else ""  # a heading before its sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    number, bullet = rng.choice(NUMBERS_19), rng.choice(BULLETS_19)
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if heading:
            heading = heading.upper() if capitals else heading
            if inline:
                parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
            else:
                parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if marks < 0.3:
            parts[0] = number.format(place) + " " + parts[0]
        elif marks < 0.6:
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_19 if not plain or _plain_19(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_19 if not plain or _plain_19(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_19 if not plain or _plain_19(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
