"""The ``reworded-14`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_14 = (  # (headings, sentence variants): Commonwealth and Asian English papers, culture, science, tech, civic
    (  # respect for other readers
        ("Play the ball, not the player", "Be respectful", "Mind your manners", "Respect other readers"),
        (
            ("Argue with the idea, not the person who holds it.",),
            ("Robust debate is welcome, but insults aimed at other readers or our writers will be removed.",),
            ("Disagree as strongly as you like, but do it politely.", "Name-calling will get your posts deleted."),
            ("Treat fellow readers the way you would at a public meeting in your own town hall.",),
        ),
    ),
    (  # hate: race, religion, caste, tribe, gender
        ("No hate speech", "Zero tolerance for bigotry", "Hate has no home here"),
        (
            (
                "Comments that attack people on the basis of race, religion, caste, tribe, gender or sexuality "
                "will be deleted and the account banned.",
            ),
            ("We remove anything that stirs up hatred against a community, whether by religion, ethnicity or region.",),
            ("Tribal, communal or racial slurs are never acceptable, even as a joke.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep your remarks relevant to the article above.",),
            ("Off-topic posts, including political rants under recipe and review pages, may be removed.",),
            ("If your comment has nothing to do with the story, it probably belongs somewhere else.",),
        ),
    ),
    (  # the law: defamation, contempt, sub judice
        ("Mind the law", "Legal matters", "Defamation and court cases", "Sub judice"),
        (
            (
                "Do not post anything defamatory, or anything that could prejudice a case before the courts.",
                "You may be held personally liable.",
            ),
            ("Speculating about the guilt of anyone charged with an offence can amount to contempt of court.",),
            ("We will not publish allegations against named people that cannot be substantiated.",),
        ),
    ),
    (  # privacy: how readers' data is handled
        ("Your privacy", "Privacy", "How we use your details"),
        (
            ("Your email address is never shown publicly and is used only to verify your account.",),
            (
                "We process your personal data in line with our privacy policy.",
                "Only your display name appears next to your posts.",
            ),
            ("Never share your phone number, home address or ID number in a public post.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my comment appeared?", "Pre-moderation", "Please be patient"),
        (
            ("All comments are read by a moderator before they go live, which can take up to 24 hours.",),
            ("Our small team moderates during office hours, so posts made overnight or at weekends may take longer.",),
            ("Every post is checked before it is published.", "We do not discuss individual moderation decisions."),
        ),
    ),
    (  # closing an account
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            ("To close your account and remove your profile, use the Delete account button under Settings.",),
            (
                "You can ask us to delete your account at any time.",
                "Posts already published may remain, shown as from a former member.",
            ),
            ("Write to the community team if you want your profile and past posts erased.",),
        ),
    ),
    (  # advertising and self-promotion
        ("No advertising", "No spam or self-promotion", "Selling"),
        (
            ("Do not use this space to advertise products, services, events or your own channel.",),
            ("Links to commercial sites, referral codes and repeated posts will be treated as spam.",),
            ("Musicians, authors and restaurateurs: please don't plug your own work in replies to reviews of others.",),
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a mistake?", "Corrections", "Report an error", "Found an error in this story?"),
        (
            ("Factual errors in our reporting should be sent to the newsroom rather than posted here.",),
            ("Email corrections@ourpaper.co.ke with the headline and the error, and an editor will look into it.",),
            (
                "We aim to correct mistakes as promptly as we can.",
                "Use the Report an error link at the foot of every article.",
            ),
        ),
    ),
    (  # health and science misinformation
        ("Health claims", "Medical advice", "Science, not rumour", "Misinformation"),
        (
            ("Posts promoting unproven cures or discouraging vaccination will be taken down.",),
            ("Nothing here is medical advice; speak to your doctor before changing any treatment.",),
            ("Back up scientific claims with a source, preferably peer-reviewed research.",),
        ),
    ),
    (  # spoilers
        ("No spoilers", "Spoiler warning", "Spoilers"),
        (
            ("Do not reveal plot twists or endings for films, shows or books still in release.",),
            ("Flag any spoilers at the top of your post so others can skip it.",),
        ),
    ),
    (  # real names and identity
        ("Use your real name", "Identity", "Be yourself", "No impersonation"),
        (
            ("We ask readers to post under their own name; pseudonyms may be rejected.",),
            ("Pretending to be someone else, including our journalists or public figures, will get you banned.",),
            (
                "Each reader may hold only one account.",
                "Multiple profiles used to back up your own argument will be closed.",
            ),
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "Watch your language"),
        (
            ("Swearing, including disguised swearing with asterisks, is not permitted.",),
            ("Avoid typing in capitals; it reads as shouting.",),
            ("Crude or sexually explicit language will be removed, whatever the subject of the article.",),
        ),
    ),
    (  # English only
        ("English please", "Write in English", "One language"),
        (
            (
                "Please write in English so our moderators can read your post.",
                "Posts in other languages may be removed.",
            ),
            ("We can only moderate English, so posts in Hindi, Tagalog, Swahili or Afrikaans cannot be published.",),
        ),
    ),
    (  # flagging abuse
        ("Report abuse", "Flag it", "Seen something unacceptable?"),
        (
            ("Use the flag icon next to any post that breaks these rules, and a moderator will review it.",),
            ("Please don't respond to trolls or bait.", "Report the post and let us deal with it."),
        ),
    ),
    (  # whose views
        ("Disclaimer", "Your views are your own", "Opinions"),
        (
            ("Views expressed by readers are their own and do not represent those of the publication.",),
            ("Publishing a reader's post does not mean we endorse it.",),
        ),
    ),
    (  # faith and community papers
        ("Charity in all things", "Respect other faiths", "Speak with kindness"),
        (
            ("Discuss matters of faith with charity; mockery of any religion or its leaders will not be published.",),
            (
                "This is a small community paper run by volunteers.",
                "Please remember that your neighbours read these pages too.",
            ),
        ),
    ),
    (  # council and school pages: not a service channel, children
        ("Not a service request", "Reporting problems to the council", "Urgent issues"),
        (
            (
                "This page is not monitored for service requests.",
                "To report a missed bin or a pothole, use the online form or call the customer centre.",
            ),
            ("Do not use this page for complaints or emergencies; contact the relevant department directly.",),
        ),
    ),
    (  # pupils and minors
        ("Protect our pupils", "Children", "Students and minors"),
        (
            ("Do not name or identify pupils, staff or families in your post.",),
            ("Photos and details of children will be removed without notice.",),
        ),
    ),
    (  # reviews: declared interests
        ("Declare your interest", "Disclosure", "Conflicts of interest"),
        (
            ("If you work for a brand or were given a product for free, say so when you post about it.",),
            ("Readers connected to a film, album or book under review should disclose that connection.",),
        ),
    ),
    (  # accuracy of one's own claims
        ("Be accurate", "Check your facts", "Get it right"),
        (
            ("Post only what you know to be true, and link to sources where you can.",),
            ("Rumours and unverified forwards from messaging apps will not be published.",),
        ),
    ),
)


POLICY_TITLES_14 = (
    "Posting guidelines",
    "Discussion rules",
    "Before you post",
    "House rules",
    "Community standards",
    "Reader comments policy",
    "Have your say",
    "Join the conversation",
    "Terms of participation",
)


POLICY_INTROS_14 = (
    "We value your views. Please read the following before joining the discussion.",
    "Our pages are a place for informed, good-natured debate. A few ground rules apply.",
    "By posting you agree to abide by the rules below.",
    "Contributions are welcome from all readers who follow these guidelines.",
)


POLICY_CLOSINGS_14 = (
    "Read our full community guidelines at /about/community-guidelines.",
    "Full terms of use: www.example-news.co.za/terms",
    "Questions about moderation? Email community@ourpaper.ie and we will reply within two working days.",
    "These rules form part of our Terms and Conditions, which you can read in full here.",
    "See our complete Privacy Policy and Terms of Service for more.",
    "Repeated breaches may lead to a permanent ban. Full rules: see Terms of Use.",
)


NUMBERS_14 = ("{}.", "{})", "({})", "{} -", "Rule {}:", "{}:")


BULLETS_14 = ("\u2022", "-", "*", "\u2013", "\u25ba", "\u2666", "\u25e6", ">")


INLINE_14 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _items_14(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-14 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_14, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    bare = rng.random() < 0.2  # the site prints its items without headings
    capitals = rng.random() < 0.25  # ... or its headings in capitals
    inline = rng.choice(INLINE_14) if rng.random() < 0.5 else ""  # a heading before its sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what the site prints after a heading on its own
    marks = rng.random()  # items numbered (0.3), bulleted (0.3) or neither; a bullet has no place for the number
    mark = rng.choice(NUMBERS_14) if marks < 0.3 else rng.choice(BULLETS_14) if marks < 0.6 else ""

    def keep(texts: tuple) -> tuple:
        if not plain:
            return texts
        return tuple(text for text in texts if "comment" not in str(text).lower())

    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(keep(headings))
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(keep(sentences)))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        item = [heading, *parts]
        if mark:
            first = 0 if heading else 1
            item[first] = f"{mark.format(position)} {item[first]}"
        items.append(tuple(item))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(keep(POLICY_INTROS_14))))
    if rng.random() < 0.4:
        items.append(("", rng.choice(keep(POLICY_CLOSINGS_14))))
    if rng.random() < 0.4:
        title = rng.choice(keep(POLICY_TITLES_14))
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
