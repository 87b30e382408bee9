"""The ``reworded-273`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Montserrat news, Cumbrian fell-country papers, Kentucky coalfield weeklies, dragon boat clubs, quilting
bees, tinnitus forums, self-build co-operatives, mill race restoration volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Placeholders: {c}/{cs} and {C}/{Cs} for the site's word for what
# readers send (singular/plural, capitalised), {mods} and {Mods} for who looks after the site.
REWORDINGS_273: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Respect other members", "How should I treat other members?", "Play nice", "Civility"),
        (
            "Argue with the point, not with the person making it.",
            "Abusive behaviour, name-calling and sniping at other paddlers, members, volunteers or staff will be removed.",
            "Robust debate about decisions taken in Kendal, Carlisle or Brades is welcome; abuse of the people who"
            " took them is not.",
            "We are a small community and most of us will meet face to face at the next bee, session or working party,"
            " so write as you would speak across the table.",
            "Many people here live with constant noise in their ears and come for support, not for an argument.",
        ),
    ),
    (  # hatred
        ("No hate", "Hate speech", "Discrimination", "What counts as hate speech?", "Equality and respect"),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexual orientation, disability or age"
            " will be deleted without notice.",
            "Sneering at 'offcomers', 'incomers' or anyone else for where they were born has no place here.",
            "Slurs about hillbillies and folks from up the hollers are no more welcome from outsiders than from"
            " neighbours.",
            "Hatred is not a matter of opinion on this site; it can be a criminal offence, and it comes down as soon as it is seen by {mods}.",
            "Jokes at the expense of somebody's hearing, accent or faith are not jokes we will publish.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I post photos of other people?",
            "Other people's details",
        ),
        (
            "Do not post anyone's phone number, home address, email or car registration, even if you think it is"
            " already public.",
            "Ask before putting up photographs of other members, and never post pictures of children from club"
            " sessions.",
            "Do not repeat what other members have shared about their audiograms, appointments or treatment without"
            " their say-so.",
            "Plot numbers, gate codes and the whereabouts of tools on site are not to be posted on the open board.",
            "If you name a private individual in your {c}, expect it to be edited or left out.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Looking after each other",
            "What if I am worried about someone?",
            "Junior members",
            "Welfare",
        ),
        (
            "Junior paddlers under 18 must not be contacted through this board; all contact goes through parents and"
            " the club welfare officer.",
            "If you are worried about the safety of a child or a vulnerable adult, tell the welfare officer or the"
            " police, not the forum.",
            "If you are having thoughts of harming yourself, please call Samaritans free on 116 123, or 988 in the"
            " US, and let a moderator know if you can.",
            "Anyone under 16 needs a parent's or guardian's permission to join.",
            "We take safeguarding seriously and will pass concerns to the proper authorities where the law asks us to.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay.",
            "We are volunteers with day jobs, so something sent on Friday night may not go up until Monday.",
            "{Cs} sent on race weekends or during working parties may wait a day or two.",
            "Power and internet cuts happen; if your {c} has not appeared after 48 hours, please do not send it"
            " three more times.",
            "{Cs} close on most stories after seven days.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Where should I post?", "Relevance"),
        (
            "Keep to the subject of the story or thread you are replying to.",
            "This board is for piecing, quilting, applique, fabric and colour talk and bee business, so please take politics elsewhere.",
            "Questions about the leat, the sluice gates and the wheel belong in the Restoration section, not in"
            " General Chat.",
            "Off-topic {cs}, including long arguments carried over from other stories, may be removed.",
            "Do everyone a favour and search before starting a new thread, as maskers and hearing aids have been talked over"
            " many times.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Advertising",
            "Commercial posts",
        ),
        (
            "No advertising, selling, or organising of raffles and fundraisers without the committee's permission.",
            "Links to 'miracle cures', supplements or paid programmes that promise to end tinnitus will be removed"
            " and the account closed.",
            "Spare fabric, patterns and machines may be listed in the Swap and Sell section only.",
            "Posting links to your own website, business or channel again and again counts as spam.",
            "Trades and suppliers who want to offer services to the co-op should write to the secretary rather than"
            " post on the board.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Names and accounts", "Usernames", "Do I have to use my real name?", "One person, one account"),
        (
            "Please use your real name; {cs} from anonymous accounts may not be published.",
            "One account per person, and sock-puppet accounts will be closed.",
            "Your username must not pretend to be another person, a club official or a member of staff.",
            "Accounts are for the named member only, so please do not share your login with the family.",
            "We need a working email address, which is never shown in public.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Libel and contempt", "Am I responsible for what I write?", "Stay within the law"),
        (
            "Do not post anything defamatory: if you cannot prove it, do not say it.",
            "{Cs} on court cases must say nothing that could prejudice a trial, including guesses about guilt.",
            "You are legally responsible for what you write, and we may have to hand over your details if a court"
            " orders it.",
            "Libel law applies on Montserrat as it does anywhere else, and a small island is no protection.",
            "Publishing your {c} does not mean that we agree with it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and patterns", "Other people's work", "Can I share a pattern?", "Your pictures"),
        (
            "Only post photographs and writing that are yours or that you have a licence or permission to use.",
            "Bought patterns are the designer's copyright, so share the name and where to buy it, not a scan.",
            "Do not paste whole stories from other papers; a short quote and a link will do.",
            "Photographs you post of the mill, the weir or the working parties may be used in our newsletter and grant"
            " reports, with credit.",
            "By sending us your {c} you allow us to publish it in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "To report a {c}, email the editor with a link and a short note of what is wrong.",
            "Please do not argue with spammers or trolls; report them and move on.",
            "Reports are read by a real person, usually within a day, and if we take something down in error we will apologise and put it back.",
            "Reporting a {c} because you disagree with it will not get it taken down.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Final say", "Who decides?", "Editorial discretion", "The committee's discretion"),
        (
            "The final say on what is published rests with {mods}, and we do not discuss individual decisions in public.",
            "The editor's judgement is final.",
            "The committee may remove any post that it thinks could harm the club, its members or its standing with"
            " the landowner.",
            "We may edit, shorten or turn down any {c} without giving a reason.",
            "These rules may change, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Did we get it wrong?",
            "Contact the newsroom",
            "Letters and tips",
        ),
        (
            "If we have got something wrong, tell the newsdesk rather than writing it in the {cs}, and we will put it"
            " right.",
            "Got news from the hollers, a church homecoming or a ball game? Call the office or drop it in.",
            "Corrections appear in the next week's paper and are noted on the story online.",
            "Tips, photographs and letters from round the Lakes and the fells can go to the editor by email or through"
            " the office door.",
            "Spotted a mistake in the minutes or the newsletter? Let the secretary know instead of posting it here.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Mind your language", "Is swearing allowed?"),
        (
            "No swearing, including words with asterisks or letters swapped about.",
            "Please write in plain English, as all capitals reads as shouting.",
            "Dialect and Creole are welcome here, but an insult is an insult in any tongue.",
            "Keep it family friendly, because children and grandchildren read this board too.",
            "Strings of emojis and text speak make a {c} hard going for members who use screen readers.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Three strikes"),
        (
            "A first breach usually earns a warning; repeated breaches lead to a suspension or a ban.",
            "We operate a three-strikes policy.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members who come back under another name will be removed again.",
            "If you think a ban was a mistake, write to the committee, which reviews it at its next meeting.",
        ),
    ),
    (  # safety or medical advice
        (
            "Not medical advice",
            "Safety first",
            "Advice on this site",
            "Is this medical advice?",
            "Health and safety",
            "Staying safe",
        ),
        (
            "Nothing here is medical advice; see your GP or an audiologist at your local hearing centre about your own ears.",
            "Sudden hearing loss in one ear is an emergency, so get medical help the same day rather than waiting for"
            " replies here.",
            "Never go into the leat, the tailrace or above the weir on your own, and check river levels before every"
            " working party.",
            "Tips on capsize drills and open water do not replace the coach's safety briefing, and buoyancy aids are"
            " worn on the water at all times.",
            "Follow MVO and DMCA advice about the exclusion zone, and do not post routes into it.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment", a quarter of them never do.
COMMENT_WORDS_273: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_273: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as printed in the middle of a sentence.
MODERATORS_273: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the newsroom",
    "the admin team",
    "the club committee",
    "the forum team",
    "the guild officers",
)

# Opening lines a site prints before the rules.
POLICY_INTROS_273: tuple[str, ...] = (
    "We welcome your {cs}, but please read these rules before you post.",
    "This board is run by volunteers for the benefit of all members.",
    "Readers' {cs} are part of what makes a local paper; here is how we handle them.",
    "By posting here you agree to the following house rules.",
    "A few simple rules keep this forum a friendly and supportive place.",
    "Please take a minute to read the guidelines below.",
)

# Closing lines a site prints after the rules.
POLICY_CLOSINGS_273: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can go to the secretary.",
    "Happy stitching!",
    "See you on the water.",
    "Thanks for reading, and thanks for your {cs}.",
    "If in doubt, leave it out.",
)

# Titles a site prints above the rules.
POLICY_TITLES_273: tuple[str, ...] = (
    "House rules",
    "Forum guidelines",
    "Community guidelines",
    "Commenting policy",
    "Noticeboard rules",
    "Posting guidelines",
    "Rules of the board",
    "Members' code of conduct",
)

# Lines some sites print above the items, naming the part of the site the rules belong to.
SECTION_LINES_273: tuple[str, ...] = (
    "Club handbook, section 7: online noticeboard",
    "About this site",
    "Members' area",
    "Policies and procedures",
    "Volunteer handbook",
    "Reader services",
)

# Last-updated lines some sites print at the top or the foot of the rules.
UPDATED_LINES_273: tuple[str, ...] = (
    "Last updated: March 2024",
    "Updated 14 January 2025",
    "Revised at the AGM, November 2023.",
    "Effective June 1, 2022",
    "Version 3 (agreed by the committee, 2024)",
)

# Sign-offs some sites print at the foot of the rules.
SIGN_OFFS_273: tuple[str, ...] = (
    "The Editor",
    "The Committee",
    "Forum Admin",
    "The Management",
    "Secretary, on behalf of the committee",
    "Posted by Admin",
)

# British spellings used in the sentences above, with their American forms.
AMERICAN_273: dict[str, str] = {
    "neighbour": "neighbor",
    "programme": "program",
    "behaviour": "behavior",
    "colour": "color",
    "favour": "favor",
    "organis": "organiz",
    "apologis": "apologiz",
    "centre": "center",
    "licence": "license",
    "offence": "offense",
    "judgement": "judgment",
}

# Words title case leaves in lower case inside a heading.
SMALL_WORDS_273: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "on", "in", "to", "for", "or"})

# Shapes of list marker sites print before an item, by index (0-based).
MARKERS_273: tuple[str, ...] = ("1.", "1)", "(1)", "a)", "(a)", "i.", "I.", "•", "-", "*", "Rule 1:", "1.1", "§1")


def _roman(number: int) -> str:
    """``number`` (1-39) in Roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, index: int) -> str:
    """The list marker of ``shape`` for the item at ``index`` (0-based)."""
    number = index + 1
    letter = chr(ord("a") + index % 26)
    by_shape = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman(number)}.",
        "I.": f"{_roman(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "1.1": f"7.{number}",
        "§1": f"§{number}",
    }
    return by_shape.get(shape, shape)


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones."""
    words = heading.split(" ")
    return " ".join(
        word if position and word.lower() in SMALL_WORDS_273 else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _items_273(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" for three sites in four, otherwise post, message, reply,
    contribution, letter or note, and then never "comment" anywhere) and who moderates it; how many items (two to five
    for one site in five, six to sixteen otherwise), kept in table order or shuffled; one to three sentences an item;
    heading case (as written, title case or capitals) or no headings at all; where headings stand (a part of their own,
    bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash) and whether they are
    set in markdown emphasis; a list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
    section numbers, section signs) or none; and whether it prints a section line above the rules, a last-updated line
    at the top or foot, and a sign-off. The opening, closing and title lines, American spelling and curly quotes are
    left to ``_furnish``."""
    says_comment = rng.random() >= 0.25
    singular, plural = COMMENT_WORDS_273 if says_comment else rng.choice(OTHER_WORDS_273)
    moderators = rng.choice(MODERATORS_273)
    names = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    def fill(text: str) -> str:
        return text.format(**names)

    def allowed(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = [REWORDINGS_273[index] for index in sorted(rng.sample(range(len(REWORDINGS_273)), count))]
    else:
        kinds = rng.sample(list(REWORDINGS_273), count)
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    emphasis = rng.choice(("", "", "", "**", "__"))
    marker_shape = rng.choice(MARKERS_273) if rng.random() < 0.6 else ""
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds):
        chosen = [fill(s) for s in rng.sample(list(sentences), rng.randint(1, most_sentences))]
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        marker = _marker(marker_shape, index) if marker_shape else ""
        if case == "none":
            if marker:
                chosen[0] = f"{marker} {chosen[0]}"
            items.append(("", *chosen))
            continue
        question = heading.endswith("?")
        if placement.startswith("run"):
            if question:
                lead = heading + " "
            elif placement == "run colon":
                lead = heading + ": "
            elif placement == "run stop":
                lead = heading + ". "
            else:
                lead = heading + dash
            if emphasis and placement == "run dash" and not question:
                lead = f"{emphasis}{heading}{emphasis}{dash}"
            elif emphasis:
                lead = f"{emphasis}{lead.rstrip()}{emphasis} "
            if marker:
                lead = f"{marker} {lead}"
            chosen[0] = lead + chosen[0]
            items.append(("", *chosen))
            continue
        if placement == "own stop" and not question:
            heading += "."
        elif placement == "own colon" and not question:
            heading += ":"
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if marker:
            heading = f"{marker} {heading}"
        items.append((heading, *chosen))

    if rng.random() < 0.15:
        items.insert(0, ("", rng.choice(SECTION_LINES_273)))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_273))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(("\u2014 ", "- ", "")) + rng.choice(SIGN_OFFS_273)))

    intros = [fill(line) for line in POLICY_INTROS_273 if allowed(fill(line))]
    closings = [fill(line) for line in POLICY_CLOSINGS_273 if allowed(fill(line))]
    titles = [line for line in POLICY_TITLES_273 if allowed(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_273)
