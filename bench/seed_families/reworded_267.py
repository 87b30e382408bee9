"""The ``reworded-267`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Pitcairn notices, Isle of Arran papers, Missouri river-bluff weeklies, tug of war clubs, needlepoint
guilds, long-term unemployment forums, shared ownership residents, drovers' road walkers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Item kinds, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send (singular,
# plural, capitalised) and {mods} for who looks after the site; filled per site by ``_items_267``.
REWORDINGS_267: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Treat others with respect", "Play the ball, not the man", "Courtesy", "Why be polite?"),
        (
            "Disagree all you like, but do it politely and keep it to the argument rather than the person.",
            "We are a small island and most of us will meet at the landing, so write as you would speak to a "
            "neighbour.",
            "Personal attacks, name-calling and sarcasm aimed at other members will be removed.",
            "Everyone here is pulling on the same rope, so treat fellow members the way you'd want to be treated.",
            "Please be kind: many people reading this forum have been out of work for years and are already having "
            "a hard time.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Abuse and hatred", "Is anything off limits?", "Respect for all"),
        (
            "Racist, sexist, homophobic or otherwise hateful {cs} will be deleted and the poster removed.",
            "We do not allow abuse of anyone because of their race, religion, disability, sex, sexuality or age.",
            "Stirring up hatred is an offence in Scotland, and we will pass on anything that crosses that line.",
            "Do not blame whole groups of people, whether migrants, claimants or tenants, for the problems of a few.",
            "Slurs are not welcome here, even in jest and even with the letters starred out.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "What should I not share?", "Your details"),
        (
            "Do not post anyone's address, phone number, email or flat number, including your own.",
            "Never share your National Insurance number, claim details or screenshots of your journal.",
            "Photographs of children must not be posted without a parent's permission.",
            "Please don't name neighbours, staff at the housing association or other residents in a public {c}.",
            "Private messages are private: do not repost them without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Keeping people safe", "If you are worried about someone", "Young members", "Need help now?"),
        (
            "If you are in crisis or feeling unsafe, please contact the Samaritans free on 116 123, any time.",
            "If you are worried that a child or vulnerable adult is at risk, tell {mods} privately or call the police.",
            "Junior pullers under 18 must have a parent or guardian's consent before joining the club's online group.",
            "Anyone who appears to be grooming or exploiting another member will be removed and reported.",
            "This forum is not an emergency service; if someone's life is in danger, call 999.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval of {cs}",
            "When will my {c} show?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "The newsletter is put together by volunteers, so please be patient if your {c} does not go up at once.",
            "New members' first few {cs} are held for approval.",
            "{Cs} sent over the weekend, or when the supply ship is in, may not be looked at until the following week.",
            "The office is closed on Sundays and public holidays and nothing will be approved then.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Where should I post?"),
        (
            "Keep {cs} relevant to the story or thread they are posted under.",
            "General chat belongs in the Tea Room section, not in the stitch help threads.",
            "Please use the right board: route reports go under Routes, kit for sale under Classifieds.",
            "Threads that wander off into national politics will be closed.",
            "If you want to start a new subject, start a new thread rather than taking over somebody else's.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "No advertising, chain letters or links to any business or organisation selling anything.",
            "Members may mention their own designs or kits once in the Show and Tell board, but not in every {c}.",
            "Letting agents, mortgage brokers and staircasing advisers may not tout for business here.",
            "Spam will be deleted on sight and the account closed without warning.",
            "Businesses wishing to advertise should contact the advertising department, not post in the {cs}.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Registration", "Accounts and usernames", "One account each", "Do I have to use my real name?"),
        (
            "Letters for publication must carry the writer's full name and town, though an address need not be "
            "printed.",
            "You may use a nickname, but one account per person, please.",
            "Do not pretend to be someone else, including another member, a councillor or the club committee.",
            "Anonymous {cs} will not be published.",
            "Usernames that are offensive or that advertise a business will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Libel and contempt", "Is it legal?"),
        (
            "Do not post anything defamatory, and remember that you are responsible for what you write.",
            "Do not discuss any case that is before the courts; contempt of court rules apply to {cs} as much as to "
            "reporting.",
            "Do not accuse any named person or business of a crime unless they have been convicted.",
            "{Cs} must comply with the laws of Missouri and the United States.",
            "We may be required to pass on details to the police or to the courts.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and patterns", "Can I share a chart?", "Intellectual property"),
        (
            "Do not post patterns, charts or instructions that are under the designer's copyright, even if you "
            "bought them.",
            "Only post photographs you have taken yourself or have permission to use.",
            "Copying whole articles from other newspapers is not allowed; a short quote and a link will do.",
            "By posting, you allow us to reprint your {c} in the paper and on the website.",
            "Maps from the Ordnance Survey are copyright and may not be reproduced here without a licence.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a post?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link rather than replying to it.",
            "Email {mods} if anything here worries you, and we will look at it as soon as we can.",
            "Please don't argue with a troll; report it and move on.",
            "Complaints about content can be sent to the editor in writing at the Brodick office.",
            "Reports are confidential, and the person you report will not be told who made it.",
        ),
    ),
    (  # discretion
        ("Editor's decision", "Our discretion", "The committee's decision", "Final say", "Who decides?"),
        (
            "{mods} may edit, shorten or refuse any {c} without giving a reason.",
            "Publication is at the discretion of the editor, whose decision is final.",
            "The committee's decision on any matter not covered here is final.",
            "Letters may be edited for length and clarity.",
            "This is a private forum and membership is a privilege, not a right.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, let us know and we will put it right in the next issue.",
            "Tips for stories are welcome; call the newsroom or drop them in at the office on Main Street.",
            "Corrections to the notices, including boat days and shop hours, should go to the Secretary.",
            "Please don't post a correction as a {c}; tell us directly so we can fix the story.",
            "Results and photographs from pulls, shows and walks are always welcome for the newsletter.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Keep it clean", "Language and tone"),
        (
            "No swearing or obscene language, including words with letters replaced by symbols.",
            "Please write in English so that everyone can follow the discussion.",
            "Avoid typing in capitals; it reads as shouting.",
            "Keep it family friendly; children read these pages too.",
            "Text speak and excessive abbreviations make {cs} hard to read; please write in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Consequences", "What happens if I break the rules?", "Suspensions", "Three strikes"),
        (
            "Breaking these rules may lead to a warning, a suspension or a permanent ban.",
            "We operate a three-strikes policy, though serious breaches may mean an immediate ban.",
            "Members who are banned may not rejoin under another name.",
            "Repeated breaches or abusive behaviour will be referred to the committee, who may withdraw membership of "
            "the club.",
            "{mods} will usually send a private warning first.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Not professional advice",
            "Health and safety",
            "Is this advice?",
            "Safety on the hill",
            "Benefits advice",
        ),
        (
            "Anything posted here is the opinion of members and is not legal or financial advice.",
            "For advice about benefits, sanctions or appeals, contact Citizens Advice or a welfare rights adviser.",
            "Route descriptions may be out of date; check conditions, carry a map and follow the Scottish Outdoor "
            "Access Code.",
            "Do not try training methods you read about here without proper coaching, and warm up before pulling.",
            "Questions about your lease, rent or service charge should go to a solicitor or your housing provider.",
        ),
    ),
    (  # photos and attachments
        ("Photos", "Pictures and attachments", "Sharing photos", "Can I upload pictures?", "Images"),
        (
            "Photos should be no larger than 2 MB and must be your own.",
            "Please show finished pieces and works in progress, but ask before posting a photo of someone else's "
            "stitching.",
            "Take care that photos of gates, stock or farm buildings do not show private homes.",
            "Please do not upload photos of letters from the Jobcentre or the council unless the personal details "
            "are blacked out.",
            "Attachments may be removed if they take up too much space on the server.",
        ),
    ),
)

# What a site calls what readers send: (singular, plural). Most say "comment"; the rest never do.
WORDS_267: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as its rules name them mid-sentence.
MODERATORS_267: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the forum team",
    "the residents' committee",
    "the guild officers",
    "our volunteer moderators",
    "the newsletter team",
    "the site administrators",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_267: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome your comments, but please keep to the following guidelines.",
    "This noticeboard is for everyone on the island; a few simple rules keep it that way.",
    "By joining the forum you agree to the rules below.",
    "The guild's online group is a friendly place, and we'd like to keep it so.",
    "Letters to the editor are welcome on any subject of local interest.",
    "These house rules apply to all members and visitors.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_267: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy stitching!",
    "Thanks, and enjoy the walk.",
    "These rules may be changed at any time without notice.",
    "If in doubt, don't post it.",
    "Any questions? Contact the Secretary.",
    "Thank you for your comments and for reading.",
)

# Titles a site may print over its rules.
POLICY_TITLES_267: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Noticeboard terms",
    "Letters policy",
    "Community guidelines",
    "Rules of the group",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_267: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "licence": "license",
    "behaviour": "behavior",
    "organisation": "organization",
}

# List markers a site may put before each item, as functions of the item's place (from 1).
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
MARKERS_267: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{_ROMAN[n - 1]}.",
    lambda n: f"{_ROMAN[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} -",
    lambda n: f"4.{n}",
    lambda n: f"\u00a7 {n}.",
)

# Section lines, last-updated lines and sign-offs some sites print with their rules.
SECTIONS_267: tuple[str, ...] = (
    "Part 2: Using the forum",
    "Section 3 - Comments and letters",
    "Terms of use",
    "Rules for posting",
    "About the noticeboard",
)
UPDATED_267: tuple[str, ...] = (
    "Last updated: 14 March 2025.",
    "Updated 3/2/2024",
    "Revised by the committee, AGM 2023.",
    "Last reviewed January 2026.",
)
SIGNOFFS_267: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Admin",
    "The Mods",
    "Guild Secretary",
    "Residents' Association committee",
)

_SMALL_WORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for"}


def _title_case(text: str) -> str:
    """``text`` with each word capitalised except small words after the first (other letters kept as written)."""
    words = text.split(" ")
    return " ".join(
        w if (i and w.lower() in _SMALL_WORDS and w != "I") else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _items_267(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send ("comment" three times in four,
    otherwise post, message, letter ...) and who moderates; how many item kinds (two to five for a few sites, six to
    all for most), kept in table order or shuffled; for each item one heading of its kind and one to three of its
    sentences. It draws whether it prints headings and in what case (as written, title case or capitals), with an
    emphasis style now and then, and where they stand: a part of their own (bare, with a stop or a colon) or run in
    before the first sentence after a colon, stop or dash. It draws a list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line, a last-updated line and a
    sign-off. Opening, closing and title lines come from ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_267)
    moderators = rng.choice(MODERATORS_267)

    def fill(text: str) -> str:
        filled = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=moderators)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_267))
    chosen = rng.sample(range(len(REWORDINGS_267)), count)
    if rng.random() < 0.6:
        chosen.sort()

    headed = rng.random() < 0.75
    case = rng.choice(("as written", "as written", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker = rng.choice(MARKERS_267) if rng.random() < 0.6 else None
    most_sentences = rng.choice((1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_267[kind]
        picked = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        heading = ""
        if headed:
            heading = fill(rng.choice(headings))
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
            question = heading.endswith("?")
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        if heading and placement.startswith("own"):
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question and not str(marker and marker(1)).endswith(":"):
                heading += ":"
            parts = [heading, *picked]
        elif heading:
            if question:
                joined = f"{heading} {picked[0]}"
            elif placement == "run colon":
                joined = f"{heading}: {picked[0]}"
            elif placement == "run stop":
                joined = f"{heading}. {picked[0]}"
            else:
                joined = f"{heading}{dash}{picked[0]}"
            parts = [joined, *picked[1:]]
        else:
            parts = ["", *picked]
        if marker is not None:
            first = 0 if parts[0] else 1
            parts[first] = f"{marker(place)} {parts[first]}"
        items.append(tuple(parts))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTIONS_267), ""))
    if rng.random() < 0.15:
        updated = ("", rng.choice(UPDATED_267))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGNOFFS_267)))

    says_comment = singular == "comment"
    intros = [line for line in POLICY_INTROS_267 if says_comment or "comment" not in line.lower()]
    closings = [line for line in POLICY_CLOSINGS_267 if says_comment or "comment" not in line.lower()]
    titles = [line for line in POLICY_TITLES_267 if says_comment or "comment" not in line.lower()]
    if not says_comment:
        items = [item for item in items if all("comment" not in part.lower() for part in item)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_267)
