"""The ``reworded-36`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with, _curly, _says_comment

REWORDINGS_36 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Disagree with ideas, not with the people who hold them.",),
            (
                "Treat other posters as you would a neighbour at the harbour cafe.",
                "Rudeness will be removed without warning.",
            ),
            ("Write as if you were speaking face to face at a public meeting in the town hall.",),
            ("Robust debate is welcome here, but insults, sneering and name-calling are not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "On-topic posts only"),
        (
            ("Comments should relate to the story above; off-topic remarks may be removed.",),
            (
                "Keep the discussion to the subject of the thread.",
                "Start a new thread on the right board for anything else.",
            ),
            ("Posts that wander far from the article will be taken down so the conversation stays useful.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Attack arguments, not people"),
        (
            ("Threats, harassment and attacks on other members will lead to a ban.",),
            ("Do not single out other readers, reporters or officials for abuse or mockery.",),
            ("Criticise what someone said, never who they are.", "Repeat offenders lose their posting privileges."),
        ),
    ),
    (
        ("No hate speech", "Respect every community", "Discrimination"),
        (
            ("We remove posts that demean people for their nationality, ethnicity, religion, gender or sexuality.",),
            (
                "Old wartime grievances between nations are not to be fought again in these threads.",
                "Posts that stir up ethnic hatred will be deleted.",
            ),
            ("Slurs about islanders, mainlanders, newcomers or any other group have no place on this site.",),
        ),
    ),
    (
        ("Language", "Which language?", "Write in English"),
        (
            ("Please post in English so that all readers and moderators can follow the discussion.",),
            ("Posts in Portuguese are welcome, but please add a short summary in English.",),
            (
                "Short phrases in Chamorro, Carolinian or Breton are fine.",
                "Whole posts must be in English so that we can moderate them.",
            ),
        ),
    ),
    (
        ("Keep it clean", "No profanity", "Clean language"),
        (
            ("Swearing, including masked or abbreviated swear words, will be filtered or removed.",),
            ("This is a family-friendly league, so keep your language fit for the junior division.",),
            (
                "Our word filter catches most obscenities automatically.",
                "Trying to get around it will get your account suspended.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "Playtest material"),
        (
            ("Hide adventure spoilers behind spoiler tags and say which module they come from.",),
            ("Do not share scans or PDFs of our books; link to the store page instead.",),
            (
                "Playtest documents are confidential until release.",
                "Please do not quote them or post them in public threads.",
            ),
        ),
    ),
    (
        ("Advice is not a diagnosis", "Medication advice", "Treating sick fish"),
        (
            ("Members share experience, not veterinary advice; check any treatment with a qualified aquatic vet.",),
            (
                "Before recommending medication, ask for water parameters and tank size.",
                "Never suggest doses you have not used yourself.",
            ),
            ("Posts promoting untested cures or miracle additives will be removed.",),
        ),
    ),
    (
        ("Respect designers", "Copyright", "Sharing patterns"),
        (
            ("Do not post full patterns you did not write; link to the designer's page instead.",),
            ("Photos of your finished work are welcome, but credit the pattern and its designer.",),
            (
                "Copying text or images from other sites without permission is not allowed.",
                "Quote a short extract and link to the source.",
            ),
        ),
    ),
    (
        ("Spirit of the game", "Disputed calls", "Results and calls"),
        (
            (
                "Disagreements about calls belong with the captains and the league's spirit director, not in "
                "public threads.",
            ),
            ("Score reports may be discussed, but naming and shaming individual players is not acceptable.",),
            ("Keep the same spirit online that we expect on the field.",),
        ),
    ),
    (
        ("Private property", "Tree locations", "Safety first"),
        (
            ("Do not post the addresses of private gardens or ask volunteers to prune trees on private land.",),
            ("To report a fallen or dangerous tree, call the city's tree line rather than posting here.",),
            (
                "Planting days are announced by the coordinators.",
                "Please do not organise unofficial digs on city land through this board.",
            ),
        ),
    ),
    (
        ("Service problems", "Delays and incidents", "Safety concerns"),
        (
            (
                "This board is not monitored by the railway; report delays and faults through the official customer line.",
            ),
            ("If you see something unsafe on a platform or train, contact the transit police first and post later.",),
            ("Complaints naming a conductor or any other member of staff will be removed.",),
        ),
    ),
    (
        ("Fishing reports", "Openings and closures", "Vessel information"),
        (
            ("Openings, closures and quotas are set by the state; check the official announcements before you fish.",),
            ("Do not post another boat's position, catch figures or crew details without their permission.",),
            (
                "Rumours about emergency closures spread fast.",
                "Please link to the announcement or keep them to yourself.",
            ),
        ),
    ),
    (
        ("Research questions", "Medical questions", "Embargoes and preprints"),
        (
            ("Our researchers cannot answer individual medical questions here, so please speak to your own doctor.",),
            ("Questions about a study are welcome, and we pass the best ones on to the research team.",),
            (
                "Results described in preprints have not yet been peer reviewed.",
                "Please do not present them as settled findings.",
            ),
        ),
    ),
    (
        ("Protect your details", "Membership questions", "Pledges and payments"),
        (
            ("Never post card numbers, pledge receipts or your member number in a public thread.",),
            ("For questions about your membership or thank-you gifts, contact member services directly.",),
        ),
    ),
    (
        ("Your privacy", "Personal information", "Privacy"),
        (
            ("Do not share your own or anyone else's phone number, home address or email address.",),
            (
                "We store the email address you register with, but never publish or sell it.",
                "Our privacy notice explains how long we keep it.",
            ),
            ("Photos of children may only be posted with a parent's consent.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("Posts are read by a moderator before they appear, which can take up to a day at weekends.",),
            ("Our volunteers approve new posts during office hours, so expect a delay overnight.",),
            (
                "First posts from new accounts are held for approval.",
                "Please do not submit the same post more than once.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            (
                "You can close your account at any time from your profile settings.",
                "Your past posts will be anonymised rather than removed.",
            ),
            ("To have your account and posts deleted, email the moderators from the address you registered with.",),
            ("Deleted accounts cannot be restored, and their usernames are not released for reuse.",),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            ("Posts promoting businesses, fundraisers or websites without permission will be removed as spam.",),
            ("Yarn destashes and tank sales belong in the marketplace thread, not in general discussion.",),
            ("Links to commercial sites are removed.", "Accounts created only to advertise are banned."),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Tell the newsroom"),
        (
            (
                "If you find a mistake in a story, email the news desk so it can be corrected instead of posting it below.",
            ),
            ("Factual errors should be reported to the editor; we publish corrections on page two and online.",),
            (
                "Our moderators cannot edit or correct articles.",
                "Send corrections and news tips to the newsroom using the contact form.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ("Use the report link under any post that breaks these rules; replying to it only feeds the argument.",),
            ("Reported posts are reviewed by a moderator, usually within a few hours.",),
        ),
    ),
    (
        ("Use your real name", "One account each", "Identity"),
        (
            ("We ask contributors to post under their full real name.",),
            ("Each person may hold one account; duplicate accounts will be merged or closed.",),
            ("Impersonating another reader, a public figure or a member of staff will get you banned.",),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not speculate about the guilt of anyone charged with a crime while a trial may still be to come.",),
            (
                "You are legally responsible for what you post.",
                "Defamatory claims will be removed and may be passed on to the authorities if the law requires it.",
            ),
            ("Do not name victims or young people involved in court cases.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "Moderators' decisions"),
        (
            ("The editors may remove any post or close any thread without giving a reason.",),
            ("These rules may change, and moderators' decisions are final.", "Appeals can be made by email."),
        ),
    ),
    (
        ("Emergencies", "Storm season", "Urgent situations"),
        (
            (
                "During typhoon warnings, follow official civil defence guidance rather than advice posted by other readers.",
            ),
            ("This board is not an emergency service; in an emergency, dial 911.",),
        ),
    ),
)


POLICY_TITLES_36 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Our comment policy",
    "Reader comments: the rules",
    "Forum etiquette",
    "Read this before posting",
)


POLICY_INTROS_36 = (
    "We welcome your views, but please keep to a few simple rules.",
    "This board is run by volunteers, so please help us by following these guidelines.",
    "By posting on this site you agree to the following.",
    "Comments are moderated, so please read the guidelines below before you join the conversation.",
)


POLICY_CLOSINGS_36 = (
    "Read our full terms of use at the link below.",
    "The full community guidelines are on our Terms of Service page.",
    "Questions about these rules? Write to editor@sandhillsweekly.com.",
    "See the full posting policy and privacy notice at the foot of this page.",
    "Read the full terms of use at www.islandtimesguam.com/terms",
    "Contact the moderation team at community@railriders.org with any concerns about a comment.",
)


NUMBERS_36 = ("{}.", "{})", "({})", "#{}", "{} -", "{} \u2013")


BULLETS_36 = ("\u2022", "-", "*", "\u203a", "\u25a0", "\u25e6", "\u2714", ">")


HEADING_JOINS_36 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


AMERICAN_36 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "organise": "organize",
    "defence": "defense",
    "rumours": "rumors",
}


def _items_36(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-36 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    kinds = list(REWORDINGS_36)
    titles, intros, closings = POLICY_TITLES_36, POLICY_INTROS_36, POLICY_CLOSINGS_36
    if plain:
        kinds = [
            (
                tuple(h for h in headings if not _says_comment(h)),
                tuple(v for v in variants if not _says_comment(*v)),
            )
            for headings, variants in kinds
        ]
        kinds = [(headings, variants) for headings, variants in kinds if headings and variants]
        titles = tuple(t for t in titles if not _says_comment(t))
        intros = tuple(t for t in intros if not _says_comment(t))
        closings = tuple(t for t in closings if not _says_comment(t))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    stop = rng.choice((".", ":", ""))  # after a heading on its own line
    join = rng.choice(HEADING_JOINS_36)
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    mark = rng.choice(NUMBERS_36) if marking < 0.3 else rng.choice(BULLETS_36) if marking < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if caps:
            heading = heading.upper()
        sentences = list(rng.choice(variants))
        if heading and inline:
            sentences[0] = heading + (" " if heading.endswith("?") else join) + sentences[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        parts = [heading, *sentences]
        if mark:
            first = 0 if heading else 1
            parts[first] = mark.format(number) + " " + parts[first]
        items.append(tuple(parts))
    if intros and rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if closings and rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_36, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
