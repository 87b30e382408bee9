"""The ``reworded-16`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_16 = (  # (headings, sentence variants): opinion and letters pages, investigative and data desks, alumni magazines, business journals, sports clubs, weather desks, arts reviews, podcasts
    (
        ("Argue with the argument", "Take on the idea, not the writer", "Disagree well"),
        (
            (
                "Our columnists expect to be challenged.",
                "Rebut what they wrote rather than speculating about their motives or private lives.",
            ),
            ("Pick apart the reasoning all you like; insults aimed at the author or other readers will be removed.",),
            ("Robust disagreement is welcome here, but make your case on the merits of the piece.",),
        ),
    ),
    (
        ("Show your working", "Cite your sources", "Back it up"),
        (
            ("If you dispute a figure in our analysis, link to the dataset or document you are relying on.",),
            (
                "Claims of fact should come with a source.",
                "Posts that present rumour as established fact may be held back.",
            ),
            ("Our methodology is published with every data story; point to the step you think is wrong.",),
        ),
    ),
    (
        ("Have a tip?", "Documents and leaks", "Tips go to the newsroom"),
        (
            (
                "Do not post confidential documents or the names of sources here.",
                "Send them to our reporters through the secure tips page instead.",
            ),
            (
                "This thread is public.",
                "If you have information about the story, contact the investigations team privately.",
            ),
            ("Anything posted below can be seen by everyone, including the people we report on.",),
        ),
    ),
    (
        ("Not for emergencies", "In an emergency", "Life-threatening situations"),
        (
            ("This page is not monitored around the clock.", "If life or property is at risk, call 911 now."),
            ("Do not use this space to request rescue or report a fire; contact emergency services directly.",),
            ("Staff cannot dispatch help from here.", "In an emergency dial 999 or your local emergency number."),
        ),
    ),
    (
        ("Official warnings only", "Rumours during severe weather", "Stick to verified information"),
        (
            (
                "Please do not repost evacuation orders, road closures or shelter locations unless they come from an official agency.",
            ),
            (
                "False reports spread quickly during storms and floods.",
                "Link to the weather service or county emergency office when you share a warning.",
            ),
            ("Unverified sightings of tornadoes or damage may be removed until they can be confirmed.",),
        ),
    ),
    (
        ("Respect the officials", "Referees and volunteers", "Leave the ref alone"),
        (
            ("Criticism of named referees, umpires, coaches or club volunteers will be taken down.",),
            (
                "Our league runs on volunteers.",
                "Abuse of match officials online is treated exactly as it would be on the touchline.",
            ),
            ("Questioning a decision is part of sport; questioning someone's integrity is not.",),
        ),
    ),
    (
        ("Junior players", "Young athletes", "Players under 18"),
        (
            ("Do not name, rate or criticise players in our junior and youth sections.",),
            ("Posts about under-18 players must be positive and must not include photos, schools or addresses.",),
            ("Our youth teams are children.", "Anything that singles one of them out will be deleted without notice."),
        ),
    ),
    (
        ("Spoiler warning", "Mind the ending", "No spoilers"),
        (
            (
                "The production is still running.",
                "Keep plot twists and the ending out of the thread, or mark them clearly.",
            ),
            ("Readers who have not seen the show yet are reading too; flag any spoilers at the start of your post.",),
        ),
    ),
    (
        ("Review the work", "About the performers", "The show, not the cast's looks"),
        (
            (
                "Say what you thought of the staging, the writing or the music, but leave performers' bodies and private lives alone.",
            ),
            ("Personal remarks about actors, dancers or musicians will not be approved.",),
            ("Critique the performance as harshly as you like.", "Comments on appearance are off limits."),
        ),
    ),
    (
        ("Our guests", "About this episode", "Be kind to guests"),
        (
            (
                "The people we interview are not staff and did not sign up for a pile-on.",
                "Treat them as you would a guest at your table.",
            ),
            ("Questions for the hosts?", "Send them to the listener mailbag and we may answer them on the show."),
            ("Please quote a timestamp when you refer to something said in the episode.",),
        ),
    ),
    (
        ("Classmates and colleagues", "Faculty and students", "Campus matters"),
        (
            ("Posts about the private lives of named students, staff or alumni will not be published.",),
            ("Complaints about individual faculty members should go to the university, not to this page.",),
            ("Class notes, reunion news and obituaries belong in the alumni notes section rather than here.",),
        ),
    ),
    (
        ("Declare your interest", "Disclosure", "Conflicts of interest"),
        (
            ("If you work for, invest in or compete with a company in the story, say so in your post.",),
            ("Readers deserve to know who is talking.", "Disclose any financial stake in the businesses we cover."),
            ("Undisclosed posts by employees, agencies or shareholders of a named firm will be removed.",),
        ),
    ),
    (
        ("Market rumours", "Not investment advice", "Share prices and deals"),
        (
            (
                "Do not present rumours about takeovers, layoffs or share prices as fact.",
                "Nothing posted here is financial advice.",
            ),
            ("Tips on which stocks to buy or sell are not permitted.",),
        ),
    ),
    (
        ("Your privacy", "How we use your details", "Privacy"),
        (
            (
                "We keep your email address to run your account and never display it.",
                "Our privacy notice explains how long we hold your data.",
            ),
            ("Your username and what you post are public; everything else you give us stays private.",),
            ("We do not sell readers' personal information to advertisers.",),
        ),
    ),
    (
        ("Why isn't my post showing?", "Delays", "Pre-moderation"),
        (
            (
                "Every post is read by an editor before it appears, which can take up to a day at weekends and on holidays.",
            ),
            ("Posts are checked by hand during office hours.", "Overnight submissions will appear the next morning."),
            (
                "Moderation can be slow when a story attracts a lot of interest.",
                "Please do not submit the same post twice.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile settings.",),
            ("If you close your account, your past posts will be anonymised rather than removed.",),
            ("To have your profile and history erased, email our data protection officer.",),
        ),
    ),
    (
        ("No advertising", "Promotions", "Selling"),
        (
            ("Links to businesses, ticket resales, fundraisers or your own channel will be treated as spam.",),
            ("This is not a noticeboard.", "Adverts, job offers and sales pitches are deleted."),
            ("Self-promotion, affiliate links and repeated links to the same site are not allowed.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in the story"),
        (
            (
                "Report factual errors to the corrections desk at corrections@example.com; reporters do not always read the thread.",
            ),
            (
                "If we got something wrong, tell the newsroom directly using the report-an-error link at the top of the article.",
            ),
            ("Our standards editor reviews every correction request within two working days.",),
        ),
    ),
    (
        ("Zero tolerance", "Hate speech", "Discrimination"),
        (
            ("Slurs or attacks on anyone's race, religion, disability, gender or sexuality lead to an immediate ban.",),
            ("We remove bigotry of any kind.", "Repeat offenders lose their accounts."),
        ),
    ),
    (
        ("Keep it short", "Length", "Write a letter instead"),
        (
            ("Posts over 300 words may be cut.", "Longer responses can be submitted as a letter to the editor."),
            ("If you have more to say than fits in a few paragraphs, send us a letter for the print edition.",),
        ),
    ),
    (
        ("One account each", "Sock puppets", "Be who you say you are"),
        (
            ("Using more than one account to back up your own argument will get all of them suspended.",),
            ("Do not impersonate reporters, public figures or other readers.",),
        ),
    ),
    (
        ("Report, don't reply", "Flag it", "Seen something wrong?"),
        (
            ("If a post breaks these rules, use the report button rather than arguing with it.",),
            ("Flagged posts are reviewed by a moderator.", "Replying to trolls only keeps them going."),
            ("Use the flag icon beside any comment that crosses the line and our team will look at it.",),
        ),
    ),
    (
        ("Our decision is final", "Editors' discretion", "Moderation"),
        (
            ("Editors may remove any post, close a discussion or suspend an account without giving a reason.",),
            ("We cannot enter into correspondence about individual moderation decisions.",),
            (
                "Discussions close automatically seven days after publication.",
                "Threads on court cases may not open at all.",
            ),
        ),
    ),
)


POLICY_TITLES_16 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Letters and comments policy",
    "Community standards",
    "House rules",
    "Conversation guidelines",
    "Listener discussion guidelines",
    "Reader forum rules",
    "Club forum etiquette",
)


POLICY_INTROS_16 = (
    "We want this to be a place for informed argument. A few ground rules:",
    "Please read these before you post.",
    "By taking part you agree to the following.",
    "Our discussions are moderated. Here is what we expect.",
    "Comments are open on this article. Please keep the following in mind.",
)


POLICY_CLOSINGS_16 = (
    "Read our full terms of use at example.com/terms.",
    "Full posting guidelines: example.com/about/community-standards",
    "Questions about moderation? Write to moderators@example.com.",
    "These rules form part of our Terms of Service, which you can read in full here.",
    "See our complete comment policy for details.",
    "Contact the audience team at community@example.com with any concerns.",
)


NUMBERS_16 = ("{}.", "{})", "({})", "{} \u2013", "Rule {}.", "[{}]")


BULLETS_16 = ("\u2022", "-", "*", "\u2013", "\u25cf", "\u203a", "+", "\u25a1")


INLINE_16 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", ": ")  # a heading printed before its sentence on one line


def _items_16(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-16 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"
    kinds = REWORDINGS_16
    if plain:
        kinds = tuple(
            (
                tuple(h for h in headings if "comment" not in h.lower()),
                tuple(s for s in sentences if "comment" not in " ".join(s).lower()),
            )
            for headings, sentences in REWORDINGS_16
        )
        kinds = tuple((headings, sentences) for headings, sentences in kinds if headings and sentences)
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    inline = rng.choice(INLINE_16) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    only = not bare and rng.random() < 0.1  # the site prints headings only, as short rules
    marks = rng.random()
    number = rng.choice(NUMBERS_16) if marks < 0.3 else ""
    bullet = rng.choice(BULLETS_16) if 0.3 <= marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if only and heading:
            parts = [heading + ("" if heading[-1] == "?" else ".")]
        elif heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] == "?" else stop))
        mark = number.format(place) if number else bullet
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(("", *parts) if len(parts) == 1 else tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_16 if not plain or "comment" not in line.lower()]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_16 if not plain or "comment" not in line.lower()]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_16 if not plain or "comment" not in line.lower()])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
