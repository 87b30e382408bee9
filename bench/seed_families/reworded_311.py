"""The ``reworded-311`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Chiloe English-language bulletins, Tweed valley papers, Olympic Peninsula weeklies, futsal leagues,
stained glass guilds, alopecia forums, new-build estate residents' groups, holy well and pilgrim path volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site lists them when it keeps table order: each is (headings, sentences). Headings
# and sentences may hold {c} {cs} {C} {Cs} (the site's word for what readers send) and {mods} (who looks after it).
REWORDINGS_311: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it courteous",
            "Respect other members",
            "Can I disagree with someone?",
            "Play the ball, not the player",
            "Courtesy",
        ),
        (
            "Disagree as strongly as you like, but argue with the point and not with the person who made it.",
            "Personal attacks, name-calling and sneering at other members will be removed, however good the argument"
            " around them.",
            "Most of us will meet in the queue at the Castro post office or on the Chacao ferry sooner or later, so"
            " write as you would speak to a neighbour.",
            "Treat other players, coaches and match officials in a thread the way you would want to be treated on"
            " court on a Tuesday night.",
            "Everyone here is living with hair loss in one form or another, so be gentle: you never know how raw"
            " someone is feeling today.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hate?",
            "Zero tolerance",
            "Equality and respect",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, nationality, disability, sex, sexual"
            " orientation or gender identity.",
            "Slurs are removed even when they are put in inverted commas, spelt creatively or offered as a joke.",
            "Stirring up hatred is an offence under Scots law as well as against these rules, and the worst examples"
            " will be passed to Police Scotland.",
            "Sneering at incomers, seasonal workers, tribal members or visitors to the peninsula falls under this rule"
            " too.",
            "Mocking anyone's appearance, including their hair or the lack of it, is treated as harassment and will get"
            " you removed without a warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share personal details",
            "Can I post someone's address?",
            "Other people's privacy",
            "Protecting your privacy",
        ),
        (
            "Do not post anyone's home address, phone number, email address or car registration, and think twice"
            " before posting your own.",
            "Please do not name neighbours, house numbers or plot numbers when raising a complaint; give the details"
            " to {mods} privately instead.",
            "Never share a screenshot or photo of another member outside the forum: what people show here, with or"
            " without a wig or hair system, was shown in confidence.",
            "Personal data you give us is handled under the UK GDPR and the Data Protection Act 2018, and is never"
            " passed to the developer or the factor.",
            "Under Chile's Ley 19.628 on the protection of private life, personal details about other people may not"
            " be published without their consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young players",
            "Under-18s",
            "Is it safe to post photos of my child?",
            "Safeguarding and welfare",
        ),
        (
            "Do not post photographs of junior players without written consent from a parent or guardian, and never"
            " tag a child by full name.",
            "If a {c} worries you about the safety of a child or a vulnerable adult, contact the club welfare officer"
            " straight away rather than replying in public.",
            "Members must be 18 or over; teenagers with alopecia are welcome in the parents' and teens' board, which"
            " is moderated separately.",
            "If you think someone is in danger, call 999 first and tell us second.",
            "Volunteers who lead groups along the path follow the diocesan safeguarding policy, and a copy is kept in"
            " the chapel porch.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When will my {c} go up?",
            "Approval",
        ),
        (
            "All {cs} are read by a person before they appear, which can take a day or more at weekends.",
            "The newsroom is three people, so {cs} sent after the Tuesday press deadline may wait until the following"
            " week.",
            "{Cs} are approved by {mods} in their spare time, mostly in the evenings, so please be patient.",
            "Power and internet on the island come and go in the winter storms, and if your {c} is slow to appear"
            " that is usually why.",
            "The first five {cs} from a new member are held for approval; after that they appear straight away unless"
            " someone reports them.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "What can I talk about here?",
            "Stick to the thread",
        ),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Threads that drift from leading, foiling and painting on glass into politics will be locked.",
            "General chat about the estate belongs on the noticeboard, not under the minutes of a committee meeting.",
            "This page is for news of the wells and the path, such as opening times, conditions underfoot and"
            " pilgrimage dates, not for arguments about religion.",
            "Fixture disputes should go to the league secretary by email, not into the match-report thread.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Self-promotion",
        ),
        (
            "Advertising of goods or services is not allowed, except in the monthly For Sale and Wanted thread.",
            "Links to miracle cures, hair-growth supplements or clinics you have a stake in will be removed and the"
            " account closed.",
            "Tradespeople who live on the estate may post once a month in the recommendations thread; anything more"
            " often will be taken down.",
            "Selling offcuts of glass, lead came or spare tools to other members is fine, provided you say clearly"
            " what is for sale and for how much.",
            "Anything that looks like spam, such as a string of links or the same {c} in several places, is deleted"
            " without notice.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Usernames and accounts",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "We publish {cs} under the writer's real name and town, for example Jean Smith, Sequim.",
            "You may use a username, but one person may have only one account, and pretending to be someone else will"
            " get both closed.",
            "Many members prefer not to use their real names here, and that is entirely fine.",
            "Membership is open to people who live on the estate or own a property there, and {mods} may ask for your"
            " street when you join.",
            "Usernames that are offensive, or that imitate the developer, the council or a committee member, will be"
            " changed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation",
            "Contempt of court",
            "Could I get into legal trouble?",
            "Stay within the law",
        ),
        (
            "Do not say anything about a person that you could not prove; the law of defamation applies to {cs} as"
            " much as to our own reporting.",
            "Do not discuss a case at Selkirk Sheriff Court, or any other court, while proceedings are live, as the"
            " Contempt of Court Act 1981 applies to what you write here.",
            "Do not accuse a named person of a crime they have not been charged with, in Clallam County, Jefferson"
            " County or anywhere else.",
            "You are responsible for what you write, and we will co-operate with the police if they ask us to.",
            "Nothing may be posted that breaks Chilean law or the law of the country you are writing from.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and copyright",
            "Whose pictures can I use?",
            "Quoting other sources",
            "Intellectual property",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link is fine.",
            "Designs shared by members remain their own work, so ask before copying a panel or a pattern for sale.",
            "By sending a {c} you allow us to print it in the paper as well as online, edited for length.",
            "Photographs of church windows may be covered by the parish's own copyright, so check before you share"
            " them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "How do I report a {c}?",
            "Flagging",
            "Seen something wrong?",
            "Report, don't reply",
            "Complaints",
        ),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can, though you may not hear back.",
            "Please do not argue with a troll; report the {c} and move on.",
            "For anything urgent, such as a threat or a {c} that puts someone at risk, email the editor directly.",
            "Complaints about our journalism go to the editor first and then, if you are not satisfied, to IPSO.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The committee's decision",
            "Why was my {c} removed?",
            "Discretion",
            "Our right to edit",
        ),
        (
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "Decisions by {mods} are final, although you may ask for one to be looked at again at the next committee"
            " meeting.",
            "Publishing a {c} does not mean we agree with it.",
            "These rules are not a complete list, and {mods} may remove anything they judge to be against the spirit"
            " of them.",
            "The group is run by volunteers in their own time, and we would rather close a thread than spend the"
            " evening refereeing it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications", "Tell us"),
        (
            "If we have got something wrong, please email the newsroom rather than leaving a {c}, so that we can"
            " correct it properly.",
            "News from Quellon, Dalcahue, Achao and the smaller islands is especially welcome, in English or Spanish.",
            "Corrections are printed in the next edition and noted at the foot of the story online.",
            "If a result or the league table is wrong, tell the league secretary and it will be put right before the"
            " next round.",
            "Noticed a fallen tree, a flooded stretch or a broken stile on the path? Let the wardens know, and say as"
            " exactly as you can where it is.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "What language can I write in?",
            "Mind your language",
            "Write in English",
        ),
        (
            "Please don't swear; children read this page, and the filter will catch most of it anyway.",
            "{Cs} may be written in English or Spanish, and a volunteer may add a translation for other readers.",
            "Writing in capitals reads as shouting and may be edited.",
            "Abbreviations are fine, but please spell out medical terms the first time so that newcomers can follow.",
            "Swearing at referees or other players is treated as abuse, not just bad language.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
            "Enforcement",
        ),
        (
            "A first breach usually earns a warning, a second a week's suspension, and a third a permanent ban.",
            "Serious breaches, such as threats or sharing someone's private details, lead to an immediate ban.",
            "Players or parents removed from the page may also be reported to the league's disciplinary panel.",
            "Anyone who rejoins under a new name after a ban will be removed again without notice.",
            "Individual suspensions are not discussed in public threads.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Is the advice here reliable?",
            "Safety first",
            "Working safely",
        ),
        (
            "Members share their own experience, not medical advice: talk to your GP or a dermatologist before"
            " starting or stopping any treatment.",
            "Never recommend a dose of minoxidil, steroids or a JAK inhibitor to another member.",
            "When you describe work with lead, flux, acids or kilns, mention the precautions, and never suggest"
            " soldering without good ventilation.",
            "Check the tide tables before crossing to Holy Island, and follow any signs put up by farmers and"
            " landowners along the way.",
            "Trail and road information shared here is given in good faith; check with Olympic National Park before"
            " heading out to the coast.",
        ),
    ),
    (  # access and permission
        (
            "Access and landowners",
            "Respect the land",
            "Can I visit any well?",
            "Private land",
            "Access",
            "Visiting sites",
        ),
        (
            "Many wells stand on private land, so please do not post directions to one unless the owner is happy for"
            " it to be visited.",
            "In Scotland the Outdoor Access Code applies: take responsibility for your own actions, respect the"
            " interests of other people and care for the environment.",
            "Please do not encourage others to leave ribbons, coins or candles at a well; volunteers spend many hours"
            " clearing them away.",
            "Questions about unadopted roads, parking and the shared green spaces should go to the factor, not be"
            " argued out here.",
            "Directions to halls and school gyms are for members only, so please don't share door codes or key-safe"
            " numbers.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; the rest never do.
COMMENT_WORDS_311: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_311: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as its rules name them in the middle of a sentence.
MODERATORS_311: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the admin team",
    "the league office",
    "the page admins",
    "the newsroom",
    "the forum team",
    "the wardens",
    "the guild committee",
)

# Opening lines a site prints before its rules (a site that never says "comment" draws from those without it).
POLICY_INTROS_311: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We want this to be a friendly place, so we ask everyone to follow a few simple rules.",
    "By posting here you agree to the following.",
    "These guidelines apply to all comments on our website and our Facebook page.",
    "Welcome to the forum. A few ground rules:",
    "The committee has agreed the following rules for the residents' group.",
    "Comments are welcome, within reason.",
    "The following applies to every post, reply and photo shared on this page.",
    "We welcome readers' views on our stories, in English or Spanish.",
    "This noticeboard is run by volunteers who look after the wells and the path.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_311: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Thanks for reading, and see you on the path.",
    "Questions about these rules? Email the editor.",
    "These rules may be updated at any time.",
    "Happy posting!",
    "Happy commenting, and thank you for reading.",
    "See you on court.",
    "Buen camino.",
    "Thank you, and happy glazing.",
    "If in doubt, leave it out.",
)

# Titles a site prints over its rules.
POLICY_TITLES_311: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Group rules",
    "Rules of the page",
    "Guidelines for letters and comments",
    "Code of conduct",
    "Commenting guidelines",
    "Forum etiquette",
    "Terms of use",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_311: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "spelt": "spelled",
    "co-operate": "cooperate",
    "behaviour": "behavior",
    "colour": "color",
    "favour": "favor",
    "organise": "organize",
    "apologise": "apologize",
    "programme": "program",
}

# Words a title-cased heading keeps in lower case, unless first.
SMALL_WORDS_311: frozenset[str] = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by")
)

# Lines some sites print over the items as a section heading.
SECTION_LINES_311: tuple[str, ...] = (
    "Our rules",
    "The rules",
    "Ground rules",
    "Before you post",
    "Part 2: Conduct",
    "Section B - Using the forum",
    "The basics",
)

# Month names for last-updated lines.
MONTHS_311: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _roman_311(number: int) -> str:
    """``number`` (1-39) in Roman numerals, lower case."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_311(style: str, index: int, section: int) -> str:
    """The list marker of ``style`` for the item at ``index`` (0-based); ``section`` numbers dotted markers."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_311(number)}.",
        "(i)": f"({_roman_311(number)})",
        "I.": f"{_roman_311(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "4.1": f"{section}.{number}",
        "#1": f"#{number}",
        "1/": f"{number}/",
    }
    return shapes.get(style, style)


def _title_case_311(heading: str) -> str:
    """``heading`` with each word capitalised except the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (position and word.lower() in SMALL_WORDS_311) else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _items_311(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``. A site draws its word for what readers send
    ("comment" three times in four, otherwise post, message, reply, contribution, letter or submission, and then no
    line says "comment") and who moderates it; how many kinds it lists (two to five for one site in five, otherwise
    six to sixteen), kept in table order or shuffled; one to three sentences an item; its heading case (as written,
    title case or capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop or
    colon, or run in before the first sentence after a colon, stop or dash) and whether they are set in asterisks or
    underscores; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers ...)
    or none; and now and then a section line over the items, a last-updated or agreed-at line, and a sign-off from
    its moderators. Opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORDS_311 if says_comment else rng.choice(OTHER_WORDS_311)
    moderators = rng.choice(MODERATORS_311)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_311)), min(count, len(REWORDINGS_311)))
    if rng.random() < 0.6:
        kinds.sort()

    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_"))
    marker_style = rng.choice(
        ("", "", "", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "\u2022", "\u2022", "-",
         "\u2013", "*", "\u00b7", "Rule 1:", "Rule 1 -", "4.1", "#1", "1/")
    )  # fmt: skip
    section = rng.randint(2, 9)
    max_sentences = rng.choice((1, 2, 2, 3, 3))
    shuffle_sentences = rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_311[kind]
        chosen = rng.sample(range(len(sentences)), rng.randint(1, max_sentences))
        if not shuffle_sentences:
            chosen.sort()
        parts = [sentences[choice].format(**words) for choice in chosen]
        parts = [part[:1].upper() + part[1:] for part in parts]
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case_311(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if emphasis and heading_case != "none":
            heading = f"{emphasis}{heading}{emphasis}"
        marker = _marker_311(marker_style, index, section) if marker_style else ""
        if heading_case == "none":
            first = f"{marker} {parts[0]}" if marker else parts[0]
            items.append(("", first, *parts[1:]))
        elif placement.startswith("own"):
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            items.append((f"{marker} {heading}" if marker else heading, *parts))
        else:
            joiner = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[placement]
            if question:
                joiner = " "
            lead = f"{marker} {heading}" if marker else heading
            items.append(("", f"{lead}{joiner}{parts[0]}", *parts[1:]))

    if rng.random() < 0.15:
        line = rng.choice(SECTION_LINES_311)
        items.insert(0, (line.upper() if heading_case == "capitals" else line, ""))
    if rng.random() < 0.2:
        month, year = rng.choice(MONTHS_311), rng.randint(2016, 2026)
        updated = rng.choice(
            (
                f"Last updated: {rng.randint(1, 28)} {month} {year}",
                f"Last updated {month} {rng.randint(1, 28)}, {year}.",
                f"Updated {month} {year}.",
                f"Agreed by the committee at the AGM, {month} {year}.",
                f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}, {month} {year}",
                f"(Reviewed {month} {year})",
            )
        )
        if rng.random() < 0.6:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.15:
        signer = "the " + moderators.removeprefix("the ").removeprefix("our ")
        if rng.random() < 0.5:
            items.append(("", rng.choice(("\u2014 ", "- ", "")) + _title_case_311(signer)))
        else:
            items.append(("", rng.choice(("Thanks, ", "With thanks from ", "Many thanks, ")) + signer))

    def keeps_word(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    intros = [line for line in POLICY_INTROS_311 if keeps_word(line)]
    closings = [line for line in POLICY_CLOSINGS_311 if keeps_word(line)]
    titles = [line for line in POLICY_TITLES_311 if keeps_word(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_311)
