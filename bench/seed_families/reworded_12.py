"""The ``reworded-12`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

#: Held out a twelfth time (2026-12-02): written before the next change to how the notice finds a comment policy,
#: from how the big comment platforms' default community guidelines read as news sites embed them, English-language
#: newspapers and magazines in Asia and Europe, university and alumni news, local government and police news pages,
#: and podcast and video pages word their policies; not from the rules, nor from the lists above. Per item kind:
#: heading choices (printed without their stop) and sentence choices (one sentence or two). "comment" in them is
#: only ever a noun ("comment", "comments", "commenters") or "commenting", so that a site that never says it can
#: print another word (``NO_COMMENT_12``). British spelling; a document may print it in American (``AMERICAN_12``).
REWORDINGS_12 = (
    (  # respect
        ("Be respectful", "Respect others", "Treat people with respect", "Mutual respect"),
        (
            (
                "Treat fellow readers the way you would in a face-to-face conversation, even when you strongly "
                "disagree.",
            ),
            (
                "Disagreement is welcome here; disrespect is not.",
                "Argue with the idea, never with the person behind it.",
            ),
            ("We expect everyone taking part to show the same courtesy they would expect in return.",),
            ("Robust debate is fine, but keep your tone polite and assume good faith in the people you reply to.",),
        ),
    ),
    (  # harassment and trolling
        ("No harassment", "Don't troll", "No bullying or trolling", "Zero tolerance for harassment"),
        (
            (
                "Repeatedly targeting, mocking or following another user from thread to thread will get your account "
                "suspended.",
            ),
            ("Comments written only to provoke or upset others will be removed.",),
            (
                "Name-calling, threats and intimidation have no place here, whether aimed at readers, our journalists "
                "or the people in our stories.",
            ),
        ),
    ),
    (  # hate
        ("No hate speech", "No discrimination", "Hate has no home here"),
        (
            (
                "We remove content that attacks people on the basis of race, ethnicity, religion, gender, sexual "
                "orientation, disability or nationality.",
            ),
            ("Slurs, stereotypes and dehumanising language about any group will be deleted without warning.",),
            (
                "Content promoting hatred or violence against a group of people is not allowed and may be reported "
                "to the authorities.",
            ),
        ),
    ),
    (  # racial and religious harmony
        ("Racial and religious harmony", "Respect all faiths and races", "Sensitive issues"),
        (
            (
                "Remarks that could stir up ill will between races or religions will be taken down, and may be an "
                "offence under local law.",
            ),
            ("Please be mindful of our multicultural readership.", "Do not disparage any race, religion or community."),
            ("We do not publish comments that insult a faith, its followers or its places of worship.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Stick to the subject"),
        (
            ("Keep your comments related to the article or episode above; threads that wander off may be closed.",),
            ("Please keep the discussion focused on the story.", "Unrelated comments will be removed."),
            ("If it has nothing to do with the piece you are reading, this is not the place for it.",),
        ),
    ),
    (  # spam and self-promotion
        ("No spam", "No advertising", "No self-promotion", "Spam and links"),
        (
            (
                "Promotional messages, referral codes and links to sell products or services will be removed, and "
                "repeat offenders banned.",
            ),
            ("Do not use this space to advertise your business, channel or podcast.",),
            (
                "Links are allowed only where they add to the discussion; link-dropping and chain messages are "
                "treated as spam.",
            ),
        ),
    ),
    (  # emergencies (police and council pages)
        ("Emergencies", "Not for emergencies", "Reporting a crime", "Need help now?"),
        (
            ("This page is not monitored around the clock. To report a crime or an emergency, call 999.",),
            (
                "Do not use comments to report crimes in progress.",
                "In an emergency always dial 911; for anything else, call the non-emergency number.",
            ),
            (
                "Comments here are not a way to contact the police.",
                "If you need urgent help, dial 112, or 101 if it is not an emergency.",
            ),
        ),
    ),
    (  # public record
        ("Public record", "Records and retention", "Open records notice"),
        (
            ("Anything you write on this page may be subject to public records law and may be kept by the city.",),
            (
                "Please be aware that comments made here may be archived and released under freedom of information "
                "requests.",
            ),
            ("As a government page, we retain all submissions in line with our records retention schedule.",),
        ),
    ),
    (  # individual cases
        ("Individual cases", "Personal matters", "Complaints and enquiries"),
        (
            (
                "We cannot discuss individual cases, investigations or service requests in a public thread; please "
                "contact the relevant department directly.",
            ),
            ("For a complaint about a specific officer or case, use the online form rather than leaving a comment.",),
            (
                "Staff will not answer questions about personal accounts on this page.",
                "Email the enquiries team instead.",
            ),
        ),
    ),
    (  # the law and the courts
        ("Legal matters", "Active court cases", "Contempt of court", "Don't prejudge a trial"),
        (
            (
                "Please do not speculate about the guilt or innocence of anyone facing charges; doing so may breach "
                "contempt laws.",
            ),
            (
                "Comments that could prejudice ongoing legal proceedings will be removed, and the publisher may be "
                "held liable.",
            ),
            ("Naming victims of sexual offences or anyone protected by a court order is against the law.",),
            ("Defamatory claims about real people are not allowed.", "If you can't back it up, don't write it."),
        ),
    ),
    (  # English only
        ("Language", "English only", "Use English"),
        (
            ("Comments should be written in English so that our moderators can review them.",),
            ("We can only moderate contributions in English; anything in other languages will be held back.",),
            ("Please write in English.", "Transliterated or mixed-language comments may not be approved."),
        ),
    ),
    (  # privacy
        ("Privacy", "Protect privacy", "Personal information"),
        (
            ("Never share your own or anyone else's phone number, home address, email or ID number.",),
            ("Do not post photos or details of private individuals without their consent.",),
            (
                "Sharing private information about another person, including students or staff, will lead to an "
                "immediate ban.",
            ),
        ),
    ),
    (  # moderation
        ("Moderation", "How we moderate", "Pre-moderation", "Why hasn't my comment appeared?"),
        (
            (
                "Every comment is reviewed by a moderator before it goes live, which can take up to 24 hours at "
                "weekends.",
            ),
            ("Our moderators may edit or remove any comment without notice.", "Their decision is final."),
            (
                "Comments are checked during office hours, Monday to Friday.",
                "Anything submitted outside those hours will be approved the next working day.",
            ),
            ("We use automated filters as well as human moderators, so a comment may occasionally be held in error.",),
        ),
    ),
    (  # whose views
        ("Views expressed", "Disclaimer", "Opinions are your own"),
        (
            (
                "Views expressed here belong to individual commenters and do not represent the university or its "
                "alumni association.",
            ),
            ("Publishing a reader's comment does not mean the publication agrees with it.",),
            ("Contributions are the opinions of their authors, not of the editors, the council or its staff.",),
        ),
    ),
    (  # spoilers
        ("Spoilers", "No spoilers", "Mind the spoilers"),
        (
            ("Tag spoilers clearly and give people a week after an episode drops before discussing the ending.",),
            ("Not everyone has finished the series yet.", "Keep plot details out of the first line of your reply."),
            ("Please flag anything that gives away a twist; untagged spoilers will be hidden.",),
        ),
    ),
    (  # adding something
        ("Add something useful", "Be constructive", "Share what you know"),
        (
            (
                "The best comments add a source, a correction or an experience of your own; timestamps help others "
                "find the moment you mean.",
            ),
            ("Constructive criticism is always welcome.", "Tell us what we got wrong and how we can do better."),
            ("Questions for the hosts are welcome and may be answered in a future episode.",),
        ),
    ),
    (  # copyright and piracy
        ("Copyright", "No piracy", "Respect copyright"),
        (
            ("Do not post links to pirated copies of our episodes, videos or paywalled articles.",),
            (
                "Only share material you have the right to share.",
                "Copied articles and full transcripts will be removed.",
            ),
            ("Reposting our journalism in full breaches copyright; a short quote and a link are fine.",),
        ),
    ),
    (  # identity
        ("One account per person", "No impersonation", "Be yourself"),
        (
            ("Do not pretend to be someone else, including staff, officials or public figures.",),
            ("Each reader may hold one account.", "Accounts created to get around a ban will be closed."),
            ("Use a display name that isn't offensive or misleading; we may ask you to change it.",),
        ),
    ),
    (  # reporting
        ("Report it", "Flag abuse", "See something wrong?"),
        (
            ("Use the flag icon next to any comment that breaks these guidelines and a moderator will take a look.",),
            ("If you spot abuse, report it rather than replying to it.", "Feeding trolls only makes things worse."),
            ('Click "Report" under a comment to alert our team; we review every report.',),
        ),
    ),
    (  # facts
        ("Accuracy", "No misinformation", "Check your facts"),
        (
            (
                "Knowingly sharing false or misleading claims, especially about health, elections or public safety, "
                "is not allowed.",
            ),
            (
                "Back up your claims with a source where you can.",
                "Rumours about an ongoing incident can put people at risk.",
            ),
            ("We remove comments that spread hoaxes or fabricated quotes.",),
        ),
    ),
)


POLICY_TITLES_12 = (
    "Community Guidelines",
    "Community Standards",
    "Comment Policy",
    "Before you comment",
    "House Rules",
    "Commenting Guidelines",
    "Social Media and Comment Policy",
    "Conversation Guidelines",
    "Ground Rules",
    "Posting Guidelines",
)


POLICY_INTROS_12 = (
    "We want this to be a space where everyone feels welcome to join the conversation.",
    "Please read these guidelines before commenting.",
    "Our community is only as good as the people in it. A few ground rules:",
    "By taking part in this discussion, you agree to the following.",
    "This page is moderated by the Communications Office.",
    "Comments are open to registered readers, subject to the rules below.",
)


POLICY_CLOSINGS_12 = (
    "Read our full Community Guidelines here.",
    "By commenting, you agree to our Terms of Use and Privacy Policy.",
    "Breaking these rules may lead to a ban. See our full terms of use for details.",
    "These guidelines form part of our Terms and Conditions, which you can read in full on our website.",
    "View the complete moderation policy (PDF).",
    "Questions about moderation? Email the community team or see the full house rules.",
)


#: Words a site that never says "comment" prints instead: (comment, comments, commenting, commenters).
NO_COMMENT_12 = (
    ("post", "posts", "posting", "posters"),
    ("reply", "replies", "replying", "members"),
    ("contribution", "contributions", "contributing", "contributors"),
    ("message", "messages", "taking part", "participants"),
)


AMERICAN_12 = {
    "dehumanising": "dehumanizing",
    "offence": "offense",
    "enquiries": "inquiries",
    "rumours": "rumors",
}


NUMBERS_12 = ("{}.", "{})", "({})", "{} -")


BULLETS_12 = ("\u2022", "-", "*", "\u00b7", "\u25cb", "\u2713")


def _no_comment_12(text: str, words: tuple[str, ...]) -> str:
    """``text`` as a site that never says "comment" prints it: ``words`` for comment(s), commenting, commenters."""
    for said, instead in zip(("commenters", "commenting", "comments", "comment"), words[::-1], strict=True):
        text = text.replace(said, instead).replace(said.capitalize(), instead.capitalize())
    return text


def _items_12(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-12 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_12, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    # a heading printed before its sentence on the same line, after a colon or a dash (or on a line of its own: "")
    inline = rng.choice(("", "", ": ", ": ", " - ", " \u2013 ", " \u2014 "))
    stop = rng.choice((".", ":", "", ""))  # else what the site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()  # numbered (0.3), bulleted (0.3) or neither
    bullet = rng.choice(BULLETS_12)
    number = rng.choice(NUMBERS_12)
    words = rng.choice(NO_COMMENT_12) if rng.random() < 0.3 else ()  # a site that never says "comment"
    items: list[tuple[str, ...]] = []
    for count, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if words:
            heading, parts = _no_comment_12(heading, words), [_no_comment_12(part, words) for part in parts]
        heading = heading.upper() if capitals else heading
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if marks < 0.6:
            mark = number.format(count) if marks < 0.3 else bullet
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_12 if not words or "omment" not in line])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_12 if not words or "omment" not in line])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_12 if not words or "omment" not in line])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    if rng.random() < 0.4:
        for british, american in AMERICAN_12.items():
            items = [
                tuple(
                    part.replace(british, american).replace(british.capitalize(), american.capitalize())
                    for part in item
                )
                for item in items
            ]
    return items
