"""The ``reworded-306`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Isle of Arran papers, Holderness coast news, Door County weeklies, shinty clubs, stargazing societies,
psoriatic arthritis forums, housing co-operative members, malthouse heritage trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Placeholders: {c}/{cs} the site's word for what
# readers send (singular/plural), {C}/{Cs} the same capitalised, {mods} who looks after the site.
REWORDINGS_306: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Play the ball, not the player", "Courtesy", "How should I talk to other members?", "Be kind"),
        (
            "Treat everyone here as you would a neighbour at the ferry queue in Brodick: politely, even when you "
            "disagree.",
            "Argue with the point being made, not with the person making it; personal attacks will be removed.",
            "Robust debate is welcome, but sneering, name-calling and goading other members are not.",
            "Like a good referee at the Dell, {mods} will pull up anyone who goes for the man instead of the ball.",
            "Please remember there is a real person, often someone living with pain and fatigue, reading your {c}.",
        ),
    ),
    (
        ("Hatred and discrimination", "No hate speech", "Respect for all", "What counts as hateful?", "Equality"),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be deleted "
            "without warning.",
            "As a co-operative we are committed to equality, and the same goes for everything members post here.",
            "Stirring up hatred is an offence under Scots law, and we will not host it.",
            "Jokes at the expense of incomers, holidaymakers or travellers are not welcome either.",
            "Racist, sexist or homophobic language of any kind, including in usernames, means an immediate ban.",
        ),
    ),
    (
        ("Privacy", "Personal information", "Keep it private", "Can I name someone?", "Other people's details"),
        (
            "Do not post addresses, phone numbers, car registrations or other personal details, your own or "
            "anyone else's.",
            "Please don't name neighbours or other tenants in a dispute; raise it with the management committee "
            "instead.",
            "Photographs of children at club matches or open nights may only be shared with a parent's consent.",
            "If you share your own medical history, remember that the forum is public and search engines can find it.",
            "We will remove anything that identifies a private individual who has not chosen to be in the news.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Children and young people",
            "Keeping everyone safe",
            "Vulnerable members",
            "What if I am worried about someone?",
        ),
        (
            "The club has a named child wellbeing and protection officer; concerns should go to them, not on the "
            "board.",
            "If you believe someone is at risk of harm, call 999 first and tell {mods} afterwards.",
            "Members under 16 must have a parent or guardian's permission to use the forum.",
            "Anyone who seems to be in crisis will be contacted privately by {mods}, who may share helpline numbers.",
            "We follow the governing body's safeguarding policy, and any breach will be reported to it.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval of {cs}"),
        (
            "All {cs} are read before they appear, so please allow up to 24 hours, longer at weekends.",
            "Moderation is done by volunteers with day jobs and boats to catch; we will get to your {c} as soon as we "
            "can.",
            "Your first few {cs} will be held for approval, after which they will appear straight away.",
            "{Cs} sent after the office closes on a Friday may not be published until Monday.",
            "During the summer season and Fish Creek festival weekends moderation may be slower than usual.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Where should I post?"),
        (
            "Please keep {cs} relevant to the article or thread they are posted under.",
            "Match reports are for discussing the match, not for carrying on last season's arguments.",
            "General chat belongs in the Lounge section, not in the treatment and medication threads.",
            "Questions about observing sessions go in Events; equipment for sale goes in the Classifieds.",
            "Threads that drift far from their subject may be split, moved or locked.",
        ),
    ),
    (
        ("Advertising and spam", "No advertising", "Selling", "Spam", "Can I promote my business?"),
        (
            "No advertising, please; if you run a business on the island, the Banner's advertising team will be "
            "glad to hear from you.",
            "Links to miracle cures, supplements or diets that claim to replace your prescribed treatment will be "
            "removed.",
            "Repeated posting of the same {c}, chain letters and links to unrelated sites count as spam.",
            "Members may mention a telescope for sale once in the Classifieds, with a price and a location.",
            "Fundraising appeals need the committee's agreement before they are posted.",
        ),
    ),
    (
        ("Names and accounts", "Your username", "One person, one account", "Who can post?", "Registration"),
        (
            "Please use your real name; anonymous {cs} will not be published.",
            "Letters for print must carry a name and town, such as Sturgeon Bay or Egg Harbor, though we may "
            "withhold the name on request.",
            "Only one account per person is allowed, and impersonating another member, player or official is "
            "forbidden.",
            "Usernames must not be offensive, misleading or the name of a business.",
            "The members' area is open only to current co-op members; your account ends when your membership does.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation", "Contempt of court", "Is it legal?"),
        (
            "Do not post anything defamatory, and do not accuse named people of crimes they have not been "
            "convicted of.",
            "Once someone has been charged, the case is active and {cs} about guilt or innocence will not be "
            "published.",
            "You are legally responsible for what you post, and we may pass details to the police if required.",
            "{Cs} that could prejudice a case before Kilmarnock or Hull magistrates will be removed.",
            "Wisconsin law protects fair comment, but not false statements of fact about your neighbours.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photographs and images", "Can I share a picture?", "Your content"),
        (
            "Only post photographs you have taken yourself or have the owner's permission to use.",
            "Astrophotographs remain the property of the member who took them and may not be reused without credit.",
            "Do not paste whole articles from other papers; a short quote and a link will do.",
            "Material from the trust's archive is copyright and may not be reproduced without written permission.",
            "By posting you give us a licence to publish your {c} online and in print.",
        ),
    ),
    (
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please do not respond to trolls; report them and let {mods} deal with it.",
            "Reports are confidential and the member reported will not be told who made them.",
            "You can also email the newsroom, or drop into the office on Main Street during opening hours.",
            "Complaints about a moderation decision should go to the secretary, not onto the board.",
        ),
    ),
    (
        ("The editor's decision", "Our discretion", "Final say", "Committee decisions", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{Mods} may edit, shorten or refuse any {c} without giving a reason.",
            "The committee reserves the right to remove any post it considers harmful to the club.",
            "We may change these guidelines at any time, and the current version will always be posted here.",
            "Publishing a {c} does not mean the trust agrees with it.",
        ),
    ),
    (
        ("Corrections and news tips", "Got a story?", "Spotted a mistake?", "News tips", "Corrections"),
        (
            "If we have got something wrong, tell us and we will correct it as quickly as we can.",
            "Got a story from Withernsea, Hornsea or anywhere along the coast? Email the newsdesk rather than "
            "posting it below.",
            "Corrections to match results should be sent to the club secretary, not posted as a {c}.",
            "Tip-offs about cliff falls or road closures are welcome, but please do not put yourself in danger.",
            "Errors in a published article are corrected in the next edition and noted online.",
        ),
    ),
    (
        ("Language", "Swearing", "Bad language", "Keep it clean", "Can I swear?"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in plain English; posts written entirely in capitals read as shouting.",
            "Gaelic is welcome on the board, and so is a bit of Doric, but keep it clean in any language.",
            "Bad language from the touchline is not tolerated, and it is not tolerated here either.",
            "{Cs} containing obscenities will be removed whatever the context.",
        ),
    ),
    (
        ("Warnings and bans", "Breaking the rules", "Sanctions", "What happens if I break the rules?", "Suspension"),
        (
            "Members who break these rules will receive a warning; a second breach will lead to a suspension.",
            "Serious or repeated breaches will result in a permanent ban without further notice.",
            "Persistent breaches may be treated as a breach of the co-operative's rules and raised at a general "
            "meeting.",
            "Banned members who return under a new name will be removed again.",
            "A yellow card first, a red card second: a record is kept of every warning given.",
        ),
    ),
    (
        ("Safety and medical advice", "Stay safe", "Your health and safety", "Is this medical advice?", "Safety"),
        (
            "Members share their own experience, not medical advice; always speak to your GP or rheumatologist "
            "before changing treatment.",
            "Never stop a biologic or methotrexate because of something you have read on the forum.",
            "Never look at the Sun through a telescope or binoculars without a proper solar filter.",
            "Stay away from the cliff edge; the Holderness coast is crumbling, and no photograph is worth the risk.",
            "In a medical emergency call 999 or NHS 24 on 111, not the forum.",
        ),
    ),
    (
        ("Our heritage", "Visiting the maltings", "Site safety", "Volunteers", "Can I visit the kiln?"),
        (
            "Questions about visiting the malthouse should go to the volunteer coordinator, not the noticeboard.",
            "Please do not post directions to the kiln floor or other parts of the building closed to the public.",
            "Memories of working at the maltings are always welcome and may be added to the archive with your "
            "permission.",
            "Volunteers must not speak on behalf of the trust without the chair's agreement.",
            "Dates given for tours and open days are subject to change; check the events page before you travel.",
        ),
    ),
)

# What each site calls what readers send, as (singular, plural); comment for most sites, others never say it.
WORDS_306: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after each site, as printed mid-sentence.
MODERATORS_306: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the newsdesk",
    "our volunteer moderators",
    "the admins",
    "the club secretary",
    "the board",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_306: tuple[str, ...] = (
    "We welcome readers' views, but please read the following before you post.",
    "This forum is run by members, for members. To keep it a friendly place, please follow these guidelines.",
    "Everyone is welcome on the club noticeboard, as long as they stick to a few simple rules.",
    "By posting on this site you agree to the house rules below.",
    "The society's discussion board is for members and friends; the following rules apply to all.",
    "Please take a moment to read our posting guidelines.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_306: tuple[str, ...] = (
    "Thank you for helping to keep this a welcoming place.",
    "If in doubt, don't post it.",
    "Clear skies, and thanks for reading.",
    "Questions about these rules can be sent to the editor.",
    "Thanks for your co-operation.",
    "These guidelines were agreed by the management committee and are reviewed every year.",
)

# Title lines a site may print above its rules.
POLICY_TITLES_306: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Comment policy",
    "Noticeboard terms of use",
    "Community guidelines",
    "Members' forum: rules",
    "Letters and comments policy",
)

# British spellings in the sentences above, and how an American-spelling site prints them.
AMERICAN_306: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "licence": "license",
    "offence": "offense",
    "colour": "color",
    "organisation": "organization",
    "apologise": "apologize",
    "programme": "program",
    "centre": "center",
    "co-operative": "cooperative",
    "co-operation": "cooperation",
}

# List markers real sites print before items, each a function of the item's index.
ROMAN_306: tuple[str, ...] = (
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
    "xviii",
)
MARKERS_306: tuple[str, ...] = (
    "none",
    "number",
    "number-paren",
    "letter",
    "roman",
    "bullet",
    "dash",
    "rule",
    "section",
    "asterisk",
)

# Habits some sites show around their items: a section line, a last-updated line, a sign-off.
SECTION_LINES_306: tuple[str, ...] = (
    "Section 4: Online forum",
    "Part 2 - Conduct",
    "Appendix B: Use of the members' noticeboard",
    "The rules",
    "Please note:",
)
UPDATED_LINES_306: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Reviewed by the committee, January 2025.",
    "These rules were last revised on 12 April 2023.",
    "Updated 1 June 2024",
)
SIGN_OFFS_306: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Forum Admin Team",
    "Signed on behalf of the Board of Trustees",
    "The Mods",
)


def _marker_306(style: str, index: int) -> str:
    """The list marker ``style`` prints before item ``index`` (from zero), with its trailing space."""
    if style == "number":
        return f"{index + 1}. "
    if style == "number-paren":
        return f"{index + 1}) "
    if style == "letter":
        return f"({'abcdefghijklmnopqrstuvwxyz'[index % 26]}) "
    if style == "roman":
        return f"{ROMAN_306[index % len(ROMAN_306)]}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {index + 1}: "
    if style == "section":
        return f"4.{index + 1} "
    if style == "asterisk":
        return "* "
    return ""


def _cased_306(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "title":
        small = {"a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "not", "is", "i", "my", "if"}
        words = heading.split(" ")
        return " ".join(
            word if (position and word.lower() in small) else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _items_306(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (comment for three quarters, otherwise post, message, reply,
    contribution, letter or notice) and who moderates; how many item kinds it prints (2-5 for some, 6-16 for most),
    in table order or shuffled; one to three sentences an item; its heading case (sentence, title or capitals) or no
    headings at all; where its headings stand (a part of their own, with a stop, a colon or nothing, or run in before
    the first sentence after a colon, stop or dash); its list marker (numbers, letters, roman numerals, bullets,
    dashes, asterisks, "Rule 1:", section numbers, or none), set on the heading or the sentence; whether it wraps
    sentences in an emphasis style; and, by chance, a section line, a last-updated line and a sign-off. The items
    then pass through ``_furnish`` for an opening, closing and title line and the site's spelling and quotes."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_306[1:])
    moderators = rng.choice(MODERATORS_306)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[0].upper() + moderators[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_306)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[index] for index in chosen]
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    has_headings = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_306)
    emphasis = rng.choice(("", "", "", "", "*", "_"))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(SECTION_LINES_306), ""))
    for index, (headings, sentences) in enumerate(chosen):
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        texts = [sentence.format(**fill) for sentence in picked]
        if emphasis and rng.random() < 0.3:
            texts[0] = f"{emphasis}{texts[0]}{emphasis}"
        prefix = _marker_306(marker, index)
        if not has_headings:
            texts[0] = prefix + texts[0]
            items.append(("", *texts))
            continue
        heading = _cased_306(rng.choice(headings).format(**fill), case)
        asks = heading.endswith("?")
        if placement.startswith("own"):
            if not asks and placement == "own-stop":
                heading += "."
            elif not asks and placement == "own-colon":
                heading += ":"
            items.append((prefix + heading, *texts))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if asks:
                joiner = " "
            items.append(("", prefix + heading + joiner + texts[0], *texts[1:]))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_306)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_306)))
    return _furnish(items, rng, POLICY_INTROS_306, POLICY_CLOSINGS_306, POLICY_TITLES_306, AMERICAN_306)
