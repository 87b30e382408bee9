"""The ``reworded-305`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ascension Island notices, Fylde coast papers, Palouse wheat-country weeklies, water polo clubs,
geocaching groups, glaucoma forums, mill pond residents' associations, granary museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: each is (headings, sentences). Placeholders: {c}/{cs} what readers send (singular/plural),
# {C}/{Cs} the same capitalised, {mods} who looks after the site.
REWORDINGS_305: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "How should I treat other members?",
            "Courtesy",
            "Respect others",
            "Play the ball, not the player",
        ),
        (
            "Be courteous to other readers, even when you disagree with them strongly.",
            "Argue with the point someone makes, never with the person making it.",
            "Personal attacks, name-calling and sneering will be removed without discussion.",
            "This is a small community and most of us will meet at the pond, the pool or the shop, so write as you "
            "would speak to a neighbour.",
            "Disagreement is welcome here; rudeness is not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Is there anything I can never post?", "Hatred and abuse", "Equality"),
        (
            "We do not accept {cs} that attack people for their race, religion, sex, sexuality, disability or age.",
            "Racist, sexist, homophobic or otherwise hateful language will be deleted and reported where the law "
            "requires it.",
            "Jokes that rely on a group of people being lesser are not jokes here.",
            "Stirring up hatred is an offence, and we will pass details to the police if we have to.",
            "Everyone is welcome on this island of ours, whatever their background, and {cs} should reflect that.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Can I share someone's address or phone number?",
            "Other people's information",
            "Protect privacy",
        ),
        (
            "Do not post anyone's home address, phone number, email or car registration, including your own.",
            "Please don't name children or post photographs of them without a parent's permission.",
            "Cache owners' and finders' real names stay off the board unless they have chosen to share them.",
            "Medical details belong to the person they describe; share your own if you wish, never someone else's.",
            "Screenshots of private messages must not be posted without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Who do I contact about a welfare concern?",
            "Protecting juniors",
            "Welfare",
        ),
        (
            "If you are worried about the welfare of a junior player, contact the club welfare officer, not the forum.",
            "Adults must not send private messages to junior members under any circumstances.",
            "Anything that could put a child or vulnerable adult at risk will be removed and passed to the right "
            "people.",
            "Our safeguarding policy applies online just as it does on poolside.",
            "Concerns raised here will be taken offline and handled in confidence.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "Posts made over the weekend may not be approved until Monday morning.",
            "The island's connection is slow and {mods} are volunteers, so please be patient.",
            "New members' first few {cs} are held for approval; after that they go up straight away.",
            "Please don't post the same thing twice because it has not shown up yet.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "What can I write about?"),
        (
            "Keep {cs} relevant to the story or thread you are replying to.",
            "Threads about the mill pond should be about the mill pond, not the parish council in general.",
            "Off-topic {cs} may be moved or deleted without notice.",
            "If you want to raise something new, start a new thread in the right section.",
            "Harvest, weather and road talk is welcome, but please put it under the right heading.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Can I promote my business?", "Selling and promotion", "Spam and links"),
        (
            "Advertising, selling and links to commercial sites are not allowed without permission from {mods}.",
            "Members may mention a sale of equipment once in the Classifieds section, and nowhere else.",
            "Chain letters, surveys and fundraising appeals need approval first.",
            "Spam will be deleted and the account responsible closed.",
            "Links are fine if they help the discussion; links that only sell something are not.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Usernames", "Do I have to use my real name?", "One account each", "Registration", "Names"),
        (
            "Please register with your real name; we do not publish {cs} from anonymous accounts.",
            "You may use a nickname or caching name, but only one account per person.",
            "Impersonating another member, a club official or the editor will lead to a ban.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Letters for print must include a full name and address, though we will withhold them on request.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Could my {c} get us into trouble?", "Contempt of court"),
        (
            "Do not post anything that is defamatory, obscene or in contempt of court.",
            "Do not discuss court cases while they are active; we will close {cs} on such stories.",
            "Claims that someone has committed a crime must not be made unless a court has found it so.",
            "Under the Defamation Act 2013, the publisher can be held responsible, so we remove anything doubtful.",
            "Washington and Idaho law applies to what we publish, and we will not carry anything libelous.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post photos I found online?",
            "Intellectual property",
            "Using material",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please don't copy whole articles from other papers; a short quote and a link is fine.",
            "Cache descriptions and logs belong to their authors and must not be reproduced elsewhere.",
            "By posting a photograph you give us permission to use it on the site and in the newsletter.",
            "Photos from the museum archive may not be reused without the curator's written agreement.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a {c}?", "Flagging", "Seen something wrong?"),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "If you see something that worries you, tell {mods} rather than replying to it.",
            "Reports are read by a person, usually within a day.",
            "Reporting someone simply because you disagree with them wastes everyone's time.",
            "You can also email the secretary, whose address is on the Contact page.",
        ),
    ),
    (  # discretion
        ("Our decision", "Discretion", "Who decides?", "Editor's discretion", "Committee's decision"),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "The committee's decision on what stays on the noticeboard is final.",
            "We reserve the right to close any thread at any time.",
            "Publication of a letter does not mean we agree with it.",
            "These rules may change, and the current version is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "News tips", "Spotted a mistake?", "Got a story?", "Tell us"),
        (
            "If we have got something wrong, email the newsroom and we will put it right.",
            "Corrections go to the editor, not in the {cs}, so they can be checked properly.",
            "Got a story from Fleetwood, Lytham or St Annes? Get in touch with the news desk.",
            "Tips about harvest, county roads or the school board are always welcome.",
            "Notices for the island should reach the Administrator's office by Wednesday noon.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Is swearing allowed?", "Keep it clean", "Plain English"),
        (
            "Please don't swear; many of our members read the forum with their families.",
            "Swearing, including letters replaced by stars, will be removed.",
            "Write in English so that everyone, and {mods}, can follow the discussion.",
            "Please avoid writing in capitals, which reads as shouting and is hard to read with low vision.",
            "Text speak and abbreviations make {cs} hard to follow, so please write in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Consequences", "Three strikes"),
        (
            "A first breach will normally earn a warning, a second a suspension and a third a ban.",
            "Serious breaches, or abusive behaviour towards club officials, may lead to an immediate ban without "
            "warning.",
            "Members who are banned may not rejoin under a different name.",
            "Club members who break these rules may also be referred to the committee under the code of conduct.",
            "If you think a decision was wrong, appeal by email rather than in public.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Not medical advice", "Should I change my treatment?", "Safety first", "Your health"),
        (
            "Nothing on this forum is medical advice; always talk to your eye doctor before changing your drops.",
            "Never stop or change glaucoma medication because of something you read here.",
            "Members share their own experience, which may not apply to you.",
            "If your sight changes suddenly or your eye becomes painful, go to eye casualty or call 999 "
            "rather than posting here.",
            "Posts recommending unproven cures will be removed.",
        ),
    ),
    (  # members' conduct at events and on site
        ("Out and about", "Respect the place", "Is the granary open to visitors?", "Access and landowners", "Events"),
        (
            "Always get the landowner's permission before placing a cache, and leave no trace.",
            "Do not post gate codes, key-safe numbers or the times the granary is left unattended.",
            "Please do not arrange unofficial meet-ups on the museum's behalf.",
            "Respect the wildlife around the pond and keep dogs on leads in the nesting season; the visitor centre "
            "has the dates.",
            "Volunteer rotas are arranged by the coordinator, not on the forum.",
        ),
    ),
)

# What a site calls what readers send, (singular, plural), when it does not say "comment" (a quarter of sites).
OTHER_READER_WORDS_305: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as it names them in the middle of a sentence.
MODERATORS_305: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the webmaster",
    "the club secretary",
    "the admins",
)

# Opening lines a site may print above its rules.
POLICY_INTROS_305: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone, so we ask all members to follow a few simple rules.",
    "By registering you agree to the following terms.",
    "These guidelines apply to everything posted on this site.",
    "Welcome to the forum. A few house rules first.",
    "The noticeboard is run by volunteers for the benefit of residents.",
)

# Closing lines a site may print below its rules.
POLICY_CLOSINGS_305: tuple[str, ...] = (
    "Thank you for helping to keep this a pleasant place.",
    "Happy caching!",
    "Questions about these rules can be sent to the committee.",
    "Thanks for reading, and enjoy the forum.",
    "These rules were agreed by the committee and are reviewed every year.",
    "See you at the pool.",
)

# Titles a site may print above its rules.
POLICY_TITLES_305: tuple[str, ...] = (
    "House Rules",
    "Forum Rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms",
    "Comment policy",
    "Code of Conduct",
    "Rules of the forum",
    "Letters and comments policy",
)

# British spellings used above, and their American forms (a site may print either).
AMERICAN_305: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "behaviour": "behavior",
    "centre": "center",
}

# Heading stops when a heading stands as a part of its own.
_OWN_HEADING_STOPS_305: tuple[str, ...] = ("", "", ".", ":")

# Separators when a heading is run in before its first sentence.
_RUN_IN_SEPARATORS_305: tuple[str, ...] = (": ", ". ", " - ", " \u2013 ", " \u2014 ")

# Words a title-cased heading leaves in lower case unless they come first.
_SMALL_WORDS_305: frozenset[str] = frozenset(("a", "and", "the", "of", "or", "to", "on"))

# Roman numerals for lists so marked.
_ROMAN_305: tuple[str, ...] = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
)

# Section lines, last-updated lines and sign-offs some sites print among their rules.
_SECTION_LINES_305: tuple[str, ...] = (
    "Section 4: Online conduct",
    "Part 2 - Using the forum",
    "Members' area rules",
    "Appendix B: Social media and website",
)
_UPDATED_LINES_305: tuple[str, ...] = (
    "Last updated: March 2024",
    "Revised by the committee, January 2025.",
    "Updated 12/08/2023",
    "These rules were last reviewed at the AGM.",
)
_SIGN_OFFS_305: tuple[str, ...] = (
    "The Moderators",
    "- The Editor",
    "On behalf of the committee",
    "The Admin Team",
)


def _marker_305(style: str, index: int) -> str:
    """The list marker printed before item ``index`` (from 0) in ``style``, with its trailing space."""
    if style == "numbers":
        return f"{index + 1}. "
    if style == "brackets":
        return f"{index + 1}) "
    if style == "letters":
        return f"{'abcdefghijklmnopqrstuvwxyz'[index]}) "
    if style == "roman":
        return f"{_ROMAN_305[index]}. "
    if style == "bullets":
        return "\u2022 "
    if style == "dashes":
        return "- "
    if style == "rules":
        return f"Rule {index + 1}: "
    if style == "sections":
        return f"4.{index + 1} "
    return ""


def _items_305(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send and who moderates; how many kinds it prints (2-5 for some sites,
    6-16 for most), in table order or shuffled; one to three sentences an item; whether it prints headings, and if
    so their case (as written, title case or capitals) and where they stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers,
    bracketed numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; an emphasis
    of asterisks around headings; and now and then a section line above, and a last-updated line or sign-off
    below. It ends with :func:`_furnish`'s opening, closing and title lines and spelling."""
    says_comment = rng.random() < 0.75
    singular, plural = ("comment", "comments") if says_comment else rng.choice(OTHER_READER_WORDS_305)
    moderators = rng.choice(MODERATORS_305)
    fills = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[0].upper() + moderators[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_305))
    kinds = list(REWORDINGS_305)
    if rng.random() < 0.5:
        kinds = rng.sample(kinds, count)
    else:
        kinds = sorted(rng.sample(range(len(kinds)), count))
        kinds = [REWORDINGS_305[index] for index in kinds]
    headed = rng.random() < 0.75
    case = rng.choice(("as written", "as written", "title", "capitals"))
    place = rng.choice(("own", "own", "run-in"))
    own_stop = rng.choice(_OWN_HEADING_STOPS_305)
    run_in = rng.choice(_RUN_IN_SEPARATORS_305)
    marker = rng.choice(
        ("none", "none", "numbers", "brackets", "letters", "roman", "bullets", "dashes", "rules", "sections")
    )
    starred = rng.random() < 0.1
    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(_SECTION_LINES_305), ""))
    for index, (headings, sentences) in enumerate(kinds):
        chosen = [s.format(**fills) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        prefix = _marker_305(marker, index)
        if not headed:
            items.append(("", prefix + chosen[0], *chosen[1:]))
            continue
        heading = rng.choice(headings).format(**fills)
        if case == "title":
            words = heading.split()
            heading = " ".join(
                word if position and word in _SMALL_WORDS_305 else word[0].upper() + word[1:]
                for position, word in enumerate(words)
            )
        elif case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if starred:
            heading = f"*{heading}*"
        if place == "own":
            stop = "" if question else own_stop
            items.append((prefix + heading + stop, *chosen))
        else:
            separator = " " if question else run_in
            items.append(("", prefix + heading + separator + chosen[0], *chosen[1:]))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_UPDATED_LINES_305)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(_SIGN_OFFS_305)))
    return _furnish(items, rng, POLICY_INTROS_305, POLICY_CLOSINGS_305, POLICY_TITLES_305, AMERICAN_305)
