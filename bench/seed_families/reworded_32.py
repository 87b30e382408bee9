"""The ``reworded-32`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_32 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it friendly", "Mind your manners", "Be kind to one another"),
        (
            ("Disagree with the argument, not with the person making it.",),
            (
                "Treat other readers as you would a neighbour at the village hall.",
                "Rude or abusive comments are simply removed.",
            ),
            ("Write as if you were speaking face to face with the person you are answering.",),
            ("Robust debate is welcome here, but insults, sneering and name-calling are not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep your posts about the story above; threads that wander off it will be closed.",),
            ("Please stick to the subject of the article.", "Questions about other stories can go to the newsroom."),
            ("Comments that drift far from the article, or repeat the same point again and again, may be removed.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "No insults"),
        (
            ("Attacks on other users, on the people in our stories or on our reporters will be deleted.",),
            ("Do not mock anyone's appearance, accent, family or health.",),
            ("Criticise ideas as sharply as you like, but leave people's character out of it.",),
        ),
    ),
    (
        ("No clan or ethnic hatred", "Respect every community", "Hate speech"),
        (
            ("Posts that insult a clan, ethnic group, region or faith will be removed and the account suspended.",),
            ("We do not publish comments that stir up hatred between communities, at home or in the diaspora.",),
            ("Calls for violence, or praise for it, lead to an immediate and permanent ban.",),
        ),
    ),
    (
        ("Language", "Croeso / Welcome", "Which language?"),
        (
            ("Contributions in Welsh or in English are equally welcome.",),
            (
                "You may write in English, French, Luxembourgish or Dutch; please add a short English summary if you can.",
            ),
            (
                "Comments in Tigrinya, Amharic, Somali, Afaan Oromo or English are accepted; our moderators read all five.",
            ),
            ("Please keep swearing out of it, in any language.",),
        ),
    ),
    (
        ("Protect sensitive sites", "Breeding birds", "Locations of rare species"),
        (
            ("Do not post the exact location of nesting rare birds, badger setts or orchid colonies.",),
            (
                "Give a county or a reserve name for sensitive records, never a grid reference.",
                "The county recorder can be told the details privately.",
            ),
            ("Posts revealing where Schedule 1 species are breeding will be edited without notice.",),
        ),
    ),
    (
        ("On-air conduct", "Licensing", "Callsigns"),
        (
            ("Please sign your posts with your callsign so members know who they are talking to.",),
            ("We will not host advice on transmitting without a licence, or on bands you are not licensed to use.",),
            ("Complaints about interference belong with the regulator, not in a thread naming a neighbour's station.",),
        ),
    ),
    (
        ("Judges and results", "Ring etiquette", "Results queries"),
        (
            ("Questions about a judge's decision go to the show secretary, not to the message board.",),
            ("Do not criticise other handlers' dogs, or post videos of their runs without asking first.",),
            ("Results are provisional until the show secretary confirms them; please do not argue placings here.",),
        ),
    ),
    (
        ("Spoilers", "Spoiler tags", "No piracy"),
        (
            ("Hide plot details of published adventures behind a spoiler tag; some readers are players, not GMs.",),
            ("Links to pirated rulebooks or scanned PDFs will be removed, and repeat offenders banned.",),
            ("Homebrew rules, maps and character sheets you made yourself are always welcome in the comments.",),
        ),
    ),
    (
        ("Patient privacy", "Medical advice", "Health questions"),
        (
            ("Do not name patients or staff, or share details of anyone's care, however kind your intentions.",),
            ("Nothing posted here is medical advice.", "If you are worried about your health, contact your GP."),
            ("Questions about a patient's treatment should go to the patient advice service, not this page.",),
        ),
    ),
    (
        ("Students and minors", "Student privacy", "Editorial independence"),
        (
            ("Do not name or identify students under 18 who are not already named in the article.",),
            ("This newspaper is run by students and is editorially independent of the college administration.",),
            ("Grievances about grades, instructors or financial aid belong with the student services office.",),
        ),
    ),
    (
        ("Faults and outages", "Service problems", "Billing"),
        (
            ("Please report outages to the co-op's support line; staff do not watch this page for fault reports.",),
            ("Never post your account number, router password or home address here.",),
            ("Questions about your bill are answered by the office during business hours, by phone or email.",),
        ),
    ),
    (
        ("Elections", "Election posts", "Candidates"),
        (
            ("Unproven claims that a candidate bought votes or rigged a count will not be published.",),
            ("Campaign messages, candidate posters and vote-for-me comments count as advertising and are removed.",),
            ("Accusations of sorcery against any named person will be deleted and may be reported to police.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "What we keep"),
        (
            ("We store your email address and IP address with each comment, and never publish either.",),
            ("Your details are used only to run your account; our privacy notice says how long we keep them.",),
            ("We do not sell readers' personal data to advertisers or to anyone else.",),
        ),
    ),
    (
        ("Moderation", "Why isn't my comment showing?", "Delays"),
        (
            ("Comments are checked by a volunteer before they appear, which can take up to two days.",),
            ("Posts made at weekends or on bank holidays may wait until Monday morning for approval.",),
            ("Your first three contributions are held for review; after that most appear straight away.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile settings.",
                "Your posts will be anonymised rather than removed.",
            ),
            ("To close your account and erase your posts, email the webmaster from the address you registered.",),
            ("Accounts with no activity for two years are removed automatically.",),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            ("Promoting a business, selling puppies or posting affiliate links is not allowed.",),
            ("Members may mention club events and fundraisers, but commercial adverts are removed.",),
            ("Repeated links to the same website are treated as spam, and the account is blocked.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors"),
        (
            ("If we got something wrong, tell the newsroom by email rather than in the comments, so we can fix it.",),
            ("Corrections are printed on page two of the next edition and noted at the foot of the online story.",),
            ("Factual errors in our reporting should be sent to the editor, who reads every message.",),
        ),
    ),
    (
        ("Report a post", "Flag it", "Reporting abuse"),
        (
            ("Use the flag beside any comment you think breaks these rules, and a moderator will look at it.",),
            ("Please do not reply to trolls.", "Report them and let the moderators deal with it."),
            ("Flagging a post does not remove it automatically; every report is read by a person.",),
        ),
    ),
    (
        ("Real names", "One account each", "Identity"),
        (
            ("Members post under their real name and home town; nicknames are not accepted.",),
            ("Each person may hold one account.", "Accounts opened to get round a ban will be closed without warning."),
            ("Do not impersonate another person, a public official or a member of our staff.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "The final word"),
        (
            ("The editor may remove any post, or close any discussion, without giving a reason.",),
            ("Moderators' decisions are final and will not be debated in public threads.",),
            ("We reserve the right to edit, refuse or remove comments at our sole discretion.",),
        ),
    ),
    (
        ("Court cases", "Legal", "Defamation"),
        (
            ("Do not speculate about the guilt of anyone charged while their case is before the court.",),
            ("You are legally responsible for what you post, and defamatory statements may be passed to our lawyers.",),
            ("Comments are switched off on reports of live court cases so that no trial is prejudiced.",),
        ),
    ),
)


POLICY_TITLES_32 = (
    "Community Guidelines",
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Comment policy",
    "Message board rules",
    "Reader comments: the rules",
    "Forum etiquette",
    "Talkback guidelines",
)


POLICY_INTROS_32 = (
    "We welcome readers' views, but please read these rules before you join the discussion.",
    "This is a friendly club page; to keep it that way, posts must follow the guidelines below.",
    "Comments are open to registered members and are read by volunteers.",
    "Before you post, please take a moment to read our house rules.",
    "Diolch for joining the conversation. A few simple rules keep it pleasant for everyone.",
    "Our comment section is a public space, and these rules apply to everyone who uses it.",
)


POLICY_CLOSINGS_32 = (
    "Read the full terms of use at the link at the foot of this page.",
    "By posting you agree to our Terms of Service and Privacy Policy.",
    "Questions about these rules? Email the moderators at moderators@upnorthherald.com.",
    "Our full comment policy is available here.",
    "Full posting guidelines: see Terms & Conditions in the site menu.",
    "Concerns about a post can be sent to the web editor at webeditor@deltabeacon.com.",
    "See the full community standards on our About Us page.",
)


AMERICAN_32 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "licence": "license",
    "behaviour": "behavior",
    "at weekends": "on weekends",
    "bank holidays": "holidays",
    "your GP": "your doctor",
}


NUMBERS_32 = ("{n}.", "{n})", "({n})", "Rule {n}:", "[{n}]", "{n} \u2014", "{n}/")


BULLETS_32 = ("\u2022", "-", "*", "+", "\u25c6", "\u00bb", "\u25cb", "\u2013", "\u25a1")


def _items_32(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-32 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site that never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = []
    for headings, variants in REWORDINGS_32:
        headings = tuple(heading for heading in headings if fits(heading))
        variants = tuple(parts for parts in variants if all(fits(part) for part in parts))
        if headings and variants:
            kinds.append((headings, variants))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    joint = rng.choice((": ", " - ", " \u2013 ", " \u2014 ", ". "))
    stop = rng.choice((".", ":", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    style, letters, bullet = "", False, ""
    if marks < 0.3:  # numbered, in letters 0.2 of the time
        style = rng.choice(NUMBERS_32)
        letters = rng.random() < 0.2
    elif marks < 0.6:  # bulleted
        bullet = rng.choice(BULLETS_32)
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, start=1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(variants))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else joint) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if marks < 0.3:
            label = "abcdefghi"[number - 1] if letters else str(number)
            parts[0] = style.format(n=label) + " " + parts[0]
        elif marks < 0.6:
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_32 if fits(line)],
        [line for line in POLICY_CLOSINGS_32 if fits(line)],
        [line for line in POLICY_TITLES_32 if fits(line)],
        AMERICAN_32,
    )
