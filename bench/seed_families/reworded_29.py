"""The ``reworded-29`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_29 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Disagree with ideas as much as you like, but treat people as you would across a kitchen table.",),
            ("Robust debate is welcome here; rudeness, sneering and name-calling are not.",),
            (
                "Write as if the person you are answering were standing in front of you.",
                "Most of our readers are neighbours, after all.",
            ),
            ("Please keep the tone friendly, even when the subject is not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance", "Stick to the subject"),
        (
            ("Posts should relate to the article above; general grievances belong in a letter to the editor.",),
            ("Off-topic threads will be trimmed so that the discussion stays useful for everyone.",),
            (
                "If you want to raise something unrelated, use the contact form.",
                "Please don't hijack someone else's thread.",
            ),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Play the ball, not the player"),
        (
            ("Insults, threats and attempts to intimidate other users will be removed and may lead to a ban.",),
            (
                "Do not follow other readers from story to story to pick fights.",
                "Persistent harassment gets an account closed.",
            ),
            ("Criticise arguments, not the people making them.",),
        ),
    ),
    (
        ("Language", "Which language?", "English, please"),
        (
            (
                "This is an English-language site, so please post in English; a phrase in Catalan, Basque or Breton "
                "is fine if you translate it.",
            ),
            ("Posts in Maltese or Italian are welcome provided you add a short English summary for other readers.",),
            ("Write in English so that our moderators can read what you post.", "Posts we cannot read are held back."),
            (
                "We publish in English, but our readers speak many languages; please add a translation to anything "
                "that is not in English.",
            ),
        ),
    ),
    (
        ("No tribalism", "Unity, not division", "Tribe, region and religion"),
        (
            (
                "Posts that attack any tribe, region or religion, or stir up anglophone and francophone hatred, "
                "will be deleted without warning.",
            ),
            ("Do not use ethnic slurs or blame whole communities for the actions of individuals.",),
            (
                "Our country has seen what hate speech can lead to.",
                "Anything that incites violence against a group will be reported to the authorities.",
            ),
            ("Discuss politics freely, but leave tribe and region out of it.",),
        ),
    ),
    (
        ("Election season", "Campaigning", "Candidates and ballots"),
        (
            ("During school board elections, candidates and their campaigns may not use this page to solicit votes.",),
            (
                "Posts about union elections must stick to the record; unproven claims about a candidate's conduct "
                "will not be published.",
            ),
            ("We do not accept paid political messages dressed up as reader posts.",),
            ("Candidates who join the discussion should say who they are.",),
        ),
    ),
    (
        ("Protect our students", "Children's privacy", "Kids and names"),
        (
            (
                "Never name, describe or post photos of students, even your own children, in a discussion of school matters.",
            ),
            (
                "Concerns about an individual teacher or pupil should go to the principal or the district office, "
                "not to a public thread.",
            ),
            ("Our PTA pages are read by families and children.", "Keep every post suitable for them."),
        ),
    ),
    (
        ("Judges' decisions", "Field-trial results", "Respect the judges"),
        (
            ("Disputes about placings or judging go to the club secretary in writing, not onto this board.",),
            ("Congratulate the winners and respect the judges' calls; sour grapes will be removed.",),
            (
                "Results are provisional until the field-trial committee confirms them.",
                "Please don't post rumours about withdrawn awards.",
            ),
        ),
    ),
    (
        ("Puppies and sales", "No litter advertising", "Buying and selling dogs"),
        (
            (
                "Litters, stud services and trained gundogs for sale belong in the classifieds, not in replies to news items.",
            ),
            ("We do not allow posts offering dogs for sale or rehoming; contact a breed rescue instead.",),
        ),
    ),
    (
        ("Water safety", "Conditions reports", "Safety first"),
        (
            (
                "Never encourage anyone to swim or row in conditions beyond their ability; check the harbour "
                "master's notices before going out.",
            ),
            (
                "Reports of water temperature and currents are welcome, but they are no substitute for official "
                "tide and weather forecasts.",
            ),
            ("Do not post about swims or crossings in closed waters.", "It encourages others to take the same risk."),
        ),
    ),
    (
        ("Injured wildlife", "Found an animal?", "Wildlife locations"),
        (
            (
                "If you find an injured or orphaned animal, call our hotline rather than posting here; replies can "
                "come too late.",
            ),
            ("Do not share the exact locations of nests, dens, seal pups or released animals.",),
            ("Please don't offer advice on feeding or handling wild animals.", "Even well-meant tips can kill them."),
        ),
    ),
    (
        ("Spoilers", "Spoiler warning", "Bug reports"),
        (
            ("Mark story spoilers clearly and keep them out of the first line of your post.",),
            ("Bug reports are far more useful on our issue tracker, where the team can follow them up.",),
            ("Please hide endings and secret areas behind a spoiler tag for at least a month after release.",),
        ),
    ),
    (
        ("No piracy", "Keys and cracks", "Piracy"),
        (
            (
                "Links to cracked builds, grey-market key resellers or ripped assets will be removed and the account banned.",
            ),
            ("Don't ask for free keys in the discussion; giveaways are announced in our newsletter.",),
        ),
    ),
    (
        ("Crew and staff", "Respect the crews", "Transit workers"),
        (
            ("Do not name, photograph or post videos of individual deckhands, drivers or ticket staff.",),
            (
                "Complaints about a crossing or a driver go to the operator's customer line, where they can be "
                "investigated.",
            ),
            ("Crews work long shifts in bad weather.", "Criticise the service, not the person at the ramp."),
        ),
    ),
    (
        ("Service alerts", "Delays and cancellations", "Check official updates"),
        (
            (
                "Reader posts about delays are not official notices; check the operator's app or website before you travel.",
            ),
            ("We cannot confirm sailing times, cancellations or replacement buses through this page.",),
        ),
    ),
    (
        ("Respect for elders", "Cultural knowledge", "Aloha and respect"),
        (
            (
                "Speak of elders, ancestors and those who have passed with respect, as you would at a community gathering.",
            ),
            (
                "Traditional knowledge, chants and clan stories belong to their families; do not post them without "
                "permission.",
            ),
            ("Sacred sites and subsistence camps should not be pinpointed on maps or in photos.",),
        ),
    ),
    (
        ("Emergencies", "In an emergency", "Typhoon warnings"),
        (
            (
                "This page is not monitored around the clock; in an emergency, call the police or the weather service office.",
            ),
            (
                "Typhoon and king-tide warnings come from the weather service, not from readers.",
                "Please share only the official bulletins, with a link.",
            ),
        ),
    ),
    (
        ("Workplace matters", "Union business", "Grievances"),
        (
            (
                "Do not post confidential contract proposals, grievance details or the names of members facing discipline.",
            ),
            ("While negotiations are going on, rumours about a strike vote will be held until they can be checked.",),
        ),
    ),
    (
        ("No money requests", "Scams", "Fundraising"),
        (
            ("Requests for money, mobile-money numbers or bank details are not allowed and will be deleted.",),
            ("Beware of anyone who contacts you privately after reading your post and asks for payment.",),
            ("Fundraising appeals must be cleared with the editor first.",),
        ),
    ),
    (
        ("No spam", "Links", "Self-promotion"),
        (
            ("Repeated posts, chain messages and links to commercial sites will be removed.",),
            ("Links are fine if they support your point; shortened links and affiliate codes are not.",),
            ("Promoting your own business, channel or game in the comments is not allowed.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            (
                "We store your email and IP address with each post to fight abuse; we never publish them or sell "
                "them on.",
            ),
            ("Your display name and what you write are public and may appear in search engines.",),
        ),
    ),
    (
        ("Moderation", "Why isn't my post showing?", "Pre-moderation"),
        (
            ("Every post is read by a volunteer before it appears, which can take up to 48 hours at weekends.",),
            (
                "A first post from a new account waits for a moderator's approval.",
                "Please do not send the same post twice.",
            ),
            ("Our newsroom is small; on public holidays it may be a day or more before your reply goes live.",),
        ),
    ),
    (
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            (
                "To close your account, email the web desk from the address you registered with; your posts will "
                "be anonymised within 30 days.",
            ),
            ("You can delete your profile at any time from the account settings page.",),
        ),
    ),
    (
        ("Advertising", "Adverts on this page", "Sponsored content"),
        (
            (
                "Adverts shown beside the discussion are chosen by an outside network and are not endorsed by the paper.",
            ),
            ("Sponsored articles are always labelled; the newsroom has no say over the adverts around them.",),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            (
                "If a story gets a fact wrong, email the newsroom rather than posting it here, so we can correct it quickly.",
            ),
            (
                "Factual errors in our reporting should be sent to the editor, with a link to the story and what needs fixing.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flagging", "See something wrong?"),
        (
            ("Use the Report link under any post that breaks these rules and a moderator will review it.",),
            ("Flag it, don't feed it: replying to abuse only spreads it further.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("Post under your real first and last name; anonymous or joke names will not be approved.",),
            (
                "Only one account per reader, please.",
                "Sock-puppet accounts will be removed along with everything they posted.",
            ),
        ),
    ),
    (
        ("Final say", "Our decision", "Editorial discretion"),
        (
            ("The editors decide what is published and may remove any post without giving a reason.",),
            ("We reserve the right to close a discussion at any time.",),
        ),
    ),
    (
        ("Legal", "Defamation", "Court cases"),
        (
            ("Don't accuse named people of crimes; you are legally responsible for what you post.",),
            (
                "Do not discuss the guilt of people facing trial; it can prejudice the case and put us in contempt of court.",
            ),
        ),
    ),
)


POLICY_TITLES_29 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community guidelines",
    "House rules",
    "Comment policy",
    "Guidelines for comments",
    "Our forum rules",
    "Talk-back guidelines",
    "Rules of the conversation",
)


POLICY_INTROS_29 = (
    "Please read these rules before joining the conversation.",
    "We want this to be a place for reasonable discussion, so there are a few ground rules.",
    "Comments are moderated, and by posting you agree to the following.",
    "Our forum is open to every member of the community on these conditions.",
)


POLICY_CLOSINGS_29 = (
    "The complete terms of use are linked at the bottom of every page.",
    "The full community guidelines are at /about/community-guidelines.",
    "Questions about moderation? Email the web editor at web@newsroom.example.",
    "By posting you agree to our Terms of Service and Privacy Policy.",
    "Full terms: www.ourpaper.example/terms",
    "Write to the moderators at moderation@ourpaper.example if you think we got it wrong.",
)


NUMBERS_29 = ("{}.", "{})", "({})", "{:02d}.", "{}.)", "Rule #{}:", "{} \u00b7")


LETTERS_29 = ("A.", "A)", "(A)")


BULLETS_29 = ("\u2022", "-", "*", "\u2714", "\u27a4", ">", "~", "\u25b6", "\u2023")


JOINERS_29 = (": ", ": ", " - ", " \u2013 ", " \u2014 ", ". ")


AMERICAN_29 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "labelled": "labeled",
    "harbour": "harbor",
    "placings": "placements",
    "rumours": "rumors",
    "grey-market": "gray-market",
}


def _items_29(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-29 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_29
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    joiner = rng.choice(JOINERS_29)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    caps = rng.random() < 0.25
    headless = rng.random() < 0.2
    marker = rng.choices(("", "number", "bullet"), (0.4, 0.3, 0.3))[0]
    number = rng.choice(NUMBERS_29)
    letter = rng.choice(LETTERS_29) if rng.random() < 0.2 else ""
    bullet = rng.choice(BULLETS_29)
    items: list[tuple[str, ...]] = []
    for count, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.15 else rng.choice(headings)
        heading = heading.upper() if caps else heading
        parts = list(rng.choice(sentences))
        if heading and heading.endswith("?"):
            if inline:
                parts[0] = f"{heading} {parts[0]}"
            else:
                parts.insert(0, heading)
        elif heading and inline:
            parts[0] = f"{heading}{joiner}{parts[0]}"
        elif heading:
            parts.insert(0, heading + stop)
        if marker == "number":
            mark = letter.replace("A", chr(ord("A") + count - 1)) if letter else number.format(count)
            parts[0] = f"{mark} {parts[0]}"
        elif marker == "bullet":
            parts[0] = f"{bullet} {parts[0]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_29 if fits(line)] or [""],
        [line for line in POLICY_CLOSINGS_29 if fits(line)],
        [line for line in POLICY_TITLES_29 if fits(line)],
        AMERICAN_29,
    )
