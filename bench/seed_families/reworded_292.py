"""The ``reworded-292`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: St Kitts and Nevis news, Rhondda papers, Wisconsin dairy-county weeklies, climbing walls' boards,
cribbage leagues, adoptive parents' forums, river moorings co-ops, gaol museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings a site may print over the
# item (questions among them) and five sentences in the voice of these sites. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand
# for the site's word for what readers send (singular, plural, capitalised) and ``{mods}`` for who looks after it.
REWORDINGS_292: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect one another", "Keep it friendly", "How should I treat other members?", "Courtesy"),
        (
            "Treat other members as you would at the club table or on the quayside; the same standards of behaviour "
            "apply here.",
            "Disagree with the argument if you like, but leave the person out of it.",
            "Name-calling, sneering and personal digs will be taken down, however witty you think they are.",
            "This is a small island and a small readership; say nothing here you would not say to a neighbour's "
            "face in Basseterre or Charlestown.",
            "Robust debate is welcome, but {cs} that are abusive, bullying or deliberately provocative are not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Racism and prejudice", "What counts as hateful?", "Zero tolerance"),
        (
            "We do not publish {cs} that attack people for their race, colour, religion, nationality, sex, sexuality, "
            "disability or age.",
            "Remarks aimed at people from the valleys, from Nevis, from the city or from anywhere else, as a group, "
            "will be removed.",
            "Slurs are not allowed, even when quoted, even as a joke and even in Welsh.",
            "Anyone posting racist or homophobic material will be barred without warning.",
            "Stereotyping birth families, adopters or children from care is not tolerated here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your family's privacy",
            "Personal details",
            "Can I share names or photos?",
            "Keep it anonymous",
        ),
        (
            "Never post a child's full name, school, photograph or the town where they live.",
            "Do not share details of birth relatives, foster carers or social workers that could identify them.",
            "Phone numbers, addresses and berth numbers belong in a private message, not on the open board.",
            "Please do not post names or photographs of visitors, nor the contact details of families who have "
            "given us their papers.",
            "If you mention someone who is not here to answer, leave their name out of it.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "If you are worried about a child",
            "What if someone is at risk?",
            "Keeping people safe",
        ),
        (
            "If you believe a child is in immediate danger, call the police on 999, or 911 in the United States and "
            "St Kitts and Nevis, before you post anything.",
            "Concerns about a child's safety should go to your social worker or the local authority's duty team, "
            "not to the forum.",
            "We will pass on anything that suggests a child or vulnerable adult is at risk of harm.",
            "Members under 18 are not permitted to join the board without a parent or guardian.",
            "Volunteers who work with school groups must follow the museum's safeguarding procedure, whatever is "
            "said here.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays", "Approval of {cs}"),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "{Cs} sent after office hours or at weekends may not be approved until the next working day.",
            "The paper comes out on Thursday and the site is checked mainly on Monday and Tuesday, so please be "
            "patient.",
            "Your first few {cs} will be held for approval; after that they should appear straight away.",
            "Approval does not mean that {mods} agree with what you have written.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Fixture changes, lost gear and lift-share requests each have their own section; please use it.",
            "Threads that wander off into national politics will be locked.",
            "Anything about league results belongs in the Results board, not in General Chat.",
            "Off-topic {cs} may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and advertising",
            "Can I advertise?",
            "Commercial posts",
            "Buy, sell and swap",
        ),
        (
            "Advertising is not permitted in {cs}; contact our sales office if you wish to place an advert.",
            "Second-hand ropes, harnesses and helmets may be offered only in the Buy and Sell section, and must be "
            "described honestly.",
            "Boats, engines and berths for sale go on the For Sale board, one post per item, with the licence number.",
            "Links to businesses, fundraising pages or surveys need the permission of {mods} first.",
            "Repeated or automated posting, chain letters and pyramid schemes will be treated as spam and deleted.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts and usernames", "Who can post?", "Registration", "Real names"),
        (
            "{Cs} must carry your real name and town; we do not publish anonymous {cs}.",
            "Use a username that does not reveal your children's names or your own surname.",
            "One account per person: duplicate accounts will be closed.",
            "Membership of the board is open to paid-up members of the co-operative only.",
            "Do not pretend to be another person, a member of the committee or a member of staff.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation and contempt", "Is my post legal?", "Court cases"),
        (
            "Posting anything defamatory may be an offence; never accuse a named person of a crime.",
            "Once someone has been charged, nothing may be said that could prejudice the trial under the Contempt "
            "of Court Act 1981.",
            "{Cs} that breach the Electronic Crimes Act or the laws of St Kitts and Nevis will be removed and may be "
            "passed to the police.",
            "You are legally responsible for what you write; the site may be required to disclose your details to "
            "the authorities.",
            "Please do not discuss ongoing court proceedings, including family court and placement order hearings.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Can I post pictures?", "Quoting"),
        (
            "Only post photographs and text you own or have permission to use.",
            "Short quotes are fine; whole articles copied from other papers are not.",
            "Images of items in the collection remain the property of the museum trust and must not be reposted.",
            "By posting, you allow us to publish your {c} in print as well as online.",
            "Route photos taken by the setters may be shared, but credit the wall.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "How do I report a problem?", "Report it", "Complaints", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Email {mods} with a link to the post and a short note of what is wrong.",
            "Please do not argue with a troublemaker in public; report the post and let us deal with it.",
            "Complaints about the accuracy of our reporting can be made under the Editors' Code through IPSO.",
            "We look at every report, though we cannot always reply to each one.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Discretion", "The committee's decision", "Who decides?", "Right to refuse"),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "We apologise that we cannot explain every decision, but the committee's ruling on what stays is final.",
            "We reserve the right to close any thread at any time.",
            "These rules may change; the version on this page is the one that applies.",
            "Publication is at the editor's discretion and no correspondence will be entered into.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a {c}.",
            "Got a story from Treorchy, Porth or Tonypandy? Send it to the news desk with your phone number.",
            "Births, weddings, 4-H results and county fair premiums go to the office, not the {cs}.",
            "Obituaries are placed through the funeral home or at the front counter.",
            "Corrections will be printed in the next edition and noted at the foot of the story online.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language?", "Keep it clean", "Bad language"),
        (
            "{Cs} in Welsh or English are equally welcome.",
            "Swearing, including starred-out swearing, will be removed.",
            "Please write in plain English; posts in all capitals are hard to read and look like shouting.",
            "Creole and dialect are fine, but keep it clean; a family audience reads these pages.",
            "Text speak and long strings of emojis make posts hard to follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Three strikes", "Suspensions"),
        (
            "A first breach will usually get a warning from {mods}; a second may mean a suspension.",
            "Serious breaches, such as threats or posting identifying details of a child, lead to an immediate ban.",
            "Banned members who rejoin under a new name will be removed again.",
            "Members who are suspended from the board are not suspended from the league.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety and medical advice
        (
            "Safety advice",
            "Not professional advice",
            "Climbing safety",
            "Is advice here reliable?",
            "Health and medical questions",
        ),
        (
            "Nothing posted here replaces proper instruction; always get a belay check from centre staff before climbing.",
            "Advice from other members about medication, therapy or attachment is no substitute for your doctor or "
            "post-adoption support team.",
            "Check river levels and Environment Agency flood warnings yourself before taking a boat out.",
            "Do not post beta for competition problems until the round has closed.",
            "Legal and financial questions, including adoption allowances, should go to a qualified adviser.",
        ),
    ),
    (  # volunteers' confidentiality (for the gaol museum's rota board)
        (
            "Volunteers' confidentiality",
            "Behind the scenes",
            "What can volunteers share?",
            "The rota board",
            "Confidential information",
        ),
        (
            "Do not post about visitors' family history enquiries without their permission.",
            "Closed areas of the gaol, alarm codes and key arrangements must never be discussed on the board.",
            "Swap shifts on the rota page, not by posting your phone number.",
            "Treat the stories of those held in the cells with respect; their descendants may be reading.",
            "Questions about the collection go to the curator, who will answer them in person.",
        ),
    ),
)

# The site's word for what readers send: most sites say "comment"; about a quarter never do.
COMMENT_WORD_292: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_292: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it would be written in the middle of a sentence.
MODERATORS_292: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the news desk",
    "the committee",
    "the league secretary",
    "the wall staff",
    "the volunteer coordinator",
    "the forum team",
    "the admins",
)

# Opening lines a site may print before its rules; ``_furnish`` chooses one by chance.
POLICY_INTROS_292: tuple[str, ...] = (
    "We welcome your {cs}, but please read these rules before you post.",
    "This board is run by volunteers for members; a few simple rules keep it useful for everyone.",
    "By posting on this site you agree to the following.",
    "Croeso! Please take a minute to read our house rules.",
    "These guidelines apply to every {c} sent to the paper, online or in print.",
    "Our forum is a safe space for adoptive families, and these rules are how we keep it that way.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_292: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Contact {mods}.",
    "Happy climbing!",
    "Diolch for reading.",
    "See you at the table.",
    "Thank you for your {cs}, and for reading the paper.",
)

# Titles a site may print above its rules.
POLICY_TITLES_292: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Forum guidelines",
    "Posting guidelines",
    "Community standards",
    "Board rules",
    "Terms of use for the noticeboard",
    "Rules for {cs}",
)

# British spellings used in this family's sentences, and their American forms (a site may print either).
AMERICAN_292: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "colour": "color",
    "apologise": "apologize",
}

# Shapes of list markers real boards print before an item; ``None`` prints no marker.
MARKER_STYLES_292: tuple[str | None, ...] = (
    None,
    "number-dot",
    "number-paren",
    "letter",
    "roman",
    "bullet",
    "dash",
    "asterisk",
    "rule",
    "section",
)

# Section lines, last-updated lines and sign-offs these sites print among their rules.
SECTION_LINES_292: tuple[str, ...] = (
    "General",
    "Before you post",
    "The rules",
    "Part 1: posting",
    "Using the board",
    "What we will not publish",
)
UPDATED_LINES_292: tuple[str, ...] = (
    "Last updated: 3 March 2025.",
    "Updated January 2024",
    "These rules were agreed at the AGM and last revised in April 2023.",
    "Revised 12/09/2024",
    "Rules reviewed annually by the committee.",
)
SIGN_OFFS_292: tuple[str, ...] = (
    "The Editor",
    "- The committee",
    "Admin team",
    "Signed, the league secretary",
    "Thanks, the mods",
)

# Short joining words left in lower case when a heading is printed in title case.
_SMALL_WORDS_292 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by", "if", "is"})
# Roman numerals for as many items as a site can print.
_ROMAN_292 = (
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


def _title_case_292(text: str) -> str:
    """``text`` with each word capitalised except short joining words after the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_292) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_292(style: str | None, number: int) -> str:
    """The list marker for item ``number`` (from 1) in ``style``, with the space after it, or nothing."""
    if style is None:
        return ""
    return {
        "number-dot": f"{number}. ",
        "number-paren": f"{number}) ",
        "letter": f"({chr(ord('a') + number - 1)}) ",
        "roman": f"{_ROMAN_292[number - 1]}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "asterisk": "* ",
        "rule": f"Rule {number}: ",
        "section": f"\u00a7{number} ",
    }[style]


def _items_292(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the site's word for what readers send ("comment" three times in four,
    else post, message, reply, contribution, letter or notice, never saying "comment") and who moderates; how many
    item kinds it prints (two to five for one site in five, else six to seventeen), kept in table order or shuffled;
    one to three sentences an item; its heading case (sentence, title, capitals) or no headings at all; where headings
    stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop
    or dash); its list marker (numbers, letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", section
    signs) or none; and its own printing habits: a section line before the rules, a last-updated line at the top or
    foot, headings in asterisks for emphasis, and a sign-off. Then ``_furnish`` adds an opening, closing and title
    line by chance, American spelling and curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_292 if says_comment else rng.choice(OTHER_WORDS_292)
    moderators = rng.choice(MODERATORS_292)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_292))
    chosen = rng.sample(range(len(REWORDINGS_292)), count)
    if rng.random() < 0.6:
        chosen.sort()

    heading_case = rng.choice(("sentence", "title", "capitals", "none", "sentence"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(MARKER_STYLES_292)
    emphasis = heading_case != "none" and rng.random() < 0.12
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_292[kind]
        picked = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, 3))]
        marker = _marker_292(marker_style, number)
        if heading_case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
            continue
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_292(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if emphasis:
            heading = f"*{heading}*"
        question = heading.rstrip("*").endswith("?")
        if placement == "own":
            items.append((marker + heading, *picked))
        elif placement in ("own-stop", "own-colon"):
            ending = "" if question else ("." if placement == "own-stop" else ":")
            items.append((marker + heading + ending, *picked))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": dash}[placement]
            if question:
                joiner = " "
            items.append(("", marker + heading + joiner + picked[0], *picked[1:]))

    if rng.random() < 0.2:
        items.insert(0, ("", rng.choice(SECTION_LINES_292)))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_292))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_292)))

    intros = [fill(line) for line in POLICY_INTROS_292]
    closings = [fill(line) for line in POLICY_CLOSINGS_292]
    titles = [fill(line) for line in POLICY_TITLES_292]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_292)
