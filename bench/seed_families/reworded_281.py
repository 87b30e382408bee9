"""The ``reworded-281`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Nauru English notices, Welsh valleys papers, Colorado mining-town weeklies, synchronised swimming
clubs, choral societies, lupus forums, houseboat moorings associations, pump house museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind as (headings, sentences): headings a site may print over the item, and sentences it may say. The
# placeholders {c} {cs} {C} {Cs} stand for the site's word for what readers send and {mods} for who looks after it.
REWORDINGS_281: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "How should I treat other members?",
            "Good manners",
            "Civility",
            "Play the ball, not the person",
        ),
        (
            "Please be polite to other members, even when you disagree with them.",
            "Argue with the point being made, not with the person making it.",
            "We are a small community and most of us will meet at the pool, the rehearsal or the shop, so write as "
            "you would speak to someone face to face.",
            "Personal attacks, name-calling and sneering at other contributors will be removed.",
            "Robust debate is welcome here; rudeness is not.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Is there anything I must never post?", "Equality", "Respect for all"),
        (
            "We will not publish {cs} that attack people because of their race, religion, sex, sexuality, disability "
            "or age.",
            "Racist, sexist or homophobic remarks will be deleted and the account responsible suspended.",
            "Remarks about where somebody comes from, whether the next valley or the next island, are not a "
            "substitute for an argument.",
            "Stirring up hatred against any group is an offence, and we will pass such {cs} to the police.",
            "Jokes at the expense of a person's disability or illness are not welcome on this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I share someone's phone number?",
            "Other people's information",
        ),
        (
            "Do not post your own or anyone else's address, phone number or email address.",
            "Please do not name members' children, their schools or their training times.",
            "If you are sharing your own health story, think about how much you want a stranger to know.",
            "Posting private messages, emails or committee papers without permission is not allowed.",
            "Mooring numbers and boat names can identify where people live, so please use them with care.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting our juniors",
            "What if I am worried about a child?",
            "Welfare",
        ),
        (
            "Our club follows the Swim England Wavepower safeguarding policy, and any concern should go to the Club "
            "Welfare Officer, not onto the forum.",
            "Adults must not send private messages to swimmers under 18.",
            "If you believe a child is in immediate danger, call 999 first and tell us afterwards.",
            "Young volunteers under 16 may take part only with the written consent of a parent or guardian.",
            "Nothing that could identify a junior member will be published without a parent's permission.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Pre-moderation",
            "When will my {c} go up?",
            "How we moderate",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "The people who moderate this board are volunteers and check it in the evenings and at weekends.",
            "{Cs} sent after office hours in Yaren will be looked at on the next working day.",
            "Please do not send the same {c} twice because it has not appeared straight away.",
            "Our office on Main Street is open Tuesday to Friday, so {cs} sent at the weekend wait until Tuesday.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place for my {c}?", "Relevance"),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "General chat belongs in the Noticeboard section, not under match reports or concert reviews.",
            "{Cs} that drag every thread back to the same grievance will be removed.",
            "If you want to start a new subject, start a new thread.",
            "Discussion of council business belongs under council stories, not under the church notices.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Can I sell things here?", "Commercial posts", "Buying and selling", "Promotions"),
        (
            "Commercial advertising is not allowed; please contact our advertising department instead.",
            "Members may offer boats, moorings or equipment for sale only on the For Sale board.",
            "Links to online shops, supplements or miracle cures will be removed without notice.",
            "Repeated posting of the same message counts as spam.",
            "Concert tickets may be offered to other members at face value, not above it.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Do I have to use my real name?",
            "Registration",
            "One person, one account",
            "Usernames",
        ),
        (
            "Letters for print must carry your full name and the town you live in; we will not publish anonymous "
            "letters.",
            "You may use a username, but {mods} must be able to contact you through a working email address.",
            "Only one account per person is allowed.",
            "Do not pretend to be another person, a committee member or an official of the Republic.",
            "Usernames that are offensive or that advertise a business will be changed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could I get into trouble?", "Libel and contempt"),
        (
            "You are responsible in law for what you post, and defamatory remarks can lead to court action.",
            "Do not discuss court cases that are still going through the courts in Merthyr, Cardiff or anywhere else.",
            "Posting that breaks the Cybercrime Act 2015 may be reported to the Nauru Police Force.",
            "We cannot publish allegations of crime against named people that have not been proven in court.",
            "Under Colorado law, claims about a named person must be true and fair; if you cannot back it up, do "
            "not post it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post a photograph I found?",
            "Scores and recordings",
            "Using material",
        ),
        (
            "Only post photographs, music or writing that you own or have permission to use.",
            "Please do not upload scanned copies of vocal scores; they are under copyright and belong to the "
            "publisher.",
            "Rehearsal tracks are for members only and must not be shared outside the society.",
            "Copying whole articles from other newspapers is not allowed; a short quotation and a link will do.",
            "By posting you give us permission to publish your {c} in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How do I report a {c}?", "Report abuse", "Complaints", "Flag it"),
        (
            "If you see something that breaks these rules, use the Report link beneath it.",
            "Please report problems rather than replying to them; it only feeds the argument.",
            "Complaints about {cs} can be sent to {mods} at the address at the foot of this page.",
            "Concerns about our journalism can be made under the Editors' Code of Practice to IPSO.",
            "Every report is read, though we cannot always reply to each one.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our discretion", "The final say", "Who decides?", "Editor's decision", "Committee's right"),
        (
            "{mods} may edit, hold or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final.",
            "These rules may be changed by the committee at any time and will be reviewed at the AGM.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "We reserve the right to shorten letters for reasons of space.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, email the newsroom and we will put it right.",
            "Corrections will be printed in the next week's edition, on page two.",
            "Have a story from up the valley or over the pass? Ring the newsdesk or drop a note through the office door.",
            "Please do not use {cs} to report errors in the article; contact the editor directly.",
            "Notices for the Government Gazette must be sent through the Government Information Office.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language can I use?", "Keep it clean", "Bad language"),
        (
            "Swearing, including swearing with letters left out, is not allowed.",
            "{Cs} are welcome in Welsh or English.",
            "You may write in Nauruan or English, but please keep it polite in both.",
            "Please avoid writing in capital letters; it reads as shouting.",
            "Remember that children and families read this board.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "A second breach may lead to suspension, and a third to a permanent ban.",
            "Serious breaches will lead to an immediate ban without warning.",
            "Members who are banned must not rejoin under another name.",
            "Repeated breaches may be referred to the committee under the club's disciplinary procedure.",
        ),
    ),
    (  # medical advice and safety
        ("Medical advice", "Not a doctor", "Can I give advice about medication?", "Health information", "Your health"),
        (
            "Nothing on this forum is medical advice; always talk to your rheumatologist or GP before changing "
            "treatment.",
            "Please do not tell other members to stop taking hydroxychloroquine, steroids or any other prescribed "
            "medicine.",
            "Sharing your own experience of a flare is welcome, but everyone's lupus is different.",
            "If you feel very unwell, contact your doctor, NHS 111 or emergency services rather than posting here.",
            "Posts promoting unproven cures will be removed.",
        ),
    ),
    (  # safety on site, at the water and underground
        ("Safety", "Health and safety", "Is it safe to visit?", "On site", "Stay safe"),
        (
            "No volunteer may work on the engines or boiler without the training signed off by the Engine Manager.",
            "Old mine workings are dangerous; do not post directions to closed adits or shafts.",
            "Please do not post pictures of people breaching the moorings' fire or gas safety rules; tell the "
            "harbourmaster.",
            "On steaming days, all volunteers must sign in at the Pump House office and wear the issued hi-vis.",
            "Advice about cold-water swimming, canal locks or mine tours is given in good faith and at your own risk.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural): most sites say comment; about a quarter never do.
WORDS_COMMENT_281: tuple[tuple[str, str], ...] = (("comment", "comments"),)
WORDS_OTHER_281: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as the sentences say it.
MODERATORS_281: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the web team",
    "the volunteer coordinator",
    "the Government Information Office",
    "the newsroom",
    "the admins",
    "the trustees",
    "the club secretary",
)

# Opening lines a site may print before its rules ({cs} and {mods} filled per site).
POLICY_INTROS_281: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers across the valleys.",
    "This board is run by volunteers for the members, and these house rules keep it friendly.",
    "By registering you agree to the following terms.",
    "The Government Information Office welcomes {cs} from the public on the following terms.",
    "Our forum is a safe place for people living with lupus and those who care for them.",
    "These guidelines were agreed by the committee and apply to every member.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_281: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Diolch yn fawr, and happy posting.",
    "Questions about these rules should be sent to {mods}.",
    "Thanks for reading, and see you at rehearsal.",
    "Enjoy the forum, and look after one another.",
    "Any member unsure of these rules should speak to the Duty Volunteer.",
)

# Titles a site may print over its rules.
POLICY_TITLES_281: tuple[str, ...] = (
    "House Rules",
    "Forum Guidelines",
    "Posting Rules",
    "Community Guidelines",
    "Noticeboard Terms",
    "Letters and {Cs} Policy",
    "Rules of the Board",
    "Members' Forum: Code of Conduct",
)

# British spellings used in this family's sentences and lines, and their American forms.
AMERICAN_281: dict[str, str] = {
    "offence": "offense",
    "harbourmaster": "harbormaster",
    "practise": "practice",
    "behaviour": "behavior",
    "organise": "organize",
    "apologise": "apologize",
    "programme": "program",
    "favour": "favor",
    "colour": "color",
    "centre": "center",
    "licence": "license",
}

# Words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_281 = frozenset({"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to"})

# Section lines some sites print above their rules.
SECTION_LINES_281: tuple[str, ...] = (
    "Part 2: Online",
    "Section C - Members' Forum",
    "Appendix 3: Use of the Noticeboard",
    "Online {Cs}",
    "Schedule B",
)

# Last-updated lines some sites print below their rules.
UPDATED_LINES_281: tuple[str, ...] = (
    "Last updated: 14 March 2024.",
    "Reviewed by the committee, AGM 2023.",
    "Revised June 2022.",
    "Updated 2 September 2021",
    "Adopted at the General Meeting, 9 November 2019.",
)

# Sign-offs some sites print at the end.
SIGN_OFFS_281: tuple[str, ...] = (
    "- The Committee",
    "The Editor",
    "Forum Team",
    "Hon. Secretary",
    "- The Trustees",
)


def _title_case(text: str) -> str:
    """``text`` with each word capitalised except the small joining words, keeping apostrophes intact."""
    words = text.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_281) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The list marker of ``style`` for item ``number`` (from 1), or an empty string for no marker."""
    romans = (
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
        "xix",
        "xx",
    )
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return {
        "none": "",
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-bracketed": f"({letter})",
        "letter-stop": f"{letter}.",
        "roman": f"{romans[number - 1]}.",
        "roman-bracketed": f"({romans[number - 1]})",
        "bullet": "\u2022",
        "dash": "-",
        "rule": f"Rule {number}:",
        "section": f"4.{number}",
        "clause": f"Clause {number}.",
    }[style]


def _items_281(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send (a quarter never say comment) and its
    moderators; how many item kinds it prints (2-5 for some sites, 6-16 for most), in table order or shuffled; one to
    three sentences an item; its heading case (sentence, title or capitals) or no headings at all; where headings
    stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop
    or dash); its list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers or
    clauses) or none; an emphasis style for headings; and by chance a section line above, a last-updated line and a
    sign-off below. The opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    singular, plural = rng.choice(WORDS_OTHER_281 if rng.random() < 0.25 else WORDS_COMMENT_281)
    moderators = rng.choice(MODERATORS_281)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_281)), count)
    if rng.random() < 0.6:
        kinds.sort()
    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "number-stop",
            "number-bracket",
            "letter-bracketed",
            "letter-stop",
            "roman",
            "roman-bracketed",
            "bullet",
            "dash",
            "rule",
            "section",
            "clause",
        )
    )
    emphasis = rng.choice(("", "", "", "**", "*")) if case != "capitals" else ""
    most_sentences = rng.choice((1, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((fill(rng.choice(SECTION_LINES_281)), ""))
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_281[kind]
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker(marker_style, number)
        heading = "" if case == "none" else fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        if heading and emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        asks = heading.rstrip("*").endswith("?")
        if not heading:
            first = f"{marker} {chosen[0]}" if marker else chosen[0]
            items.append(("", first, *chosen[1:]))
        elif placement.startswith("own"):
            if not asks and placement == "own-stop":
                heading += "."
            elif not asks and placement == "own-colon":
                heading += ":"
            items.append((f"{marker} {heading}" if marker else heading, *chosen))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placement]
            run_in = f"{heading} {chosen[0]}" if asks else f"{heading}{joiner}{chosen[0]}"
            items.append(("", f"{marker} {run_in}" if marker else run_in, *chosen[1:]))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_281)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_281)))

    intros = [fill(line) for line in POLICY_INTROS_281]
    closings = [fill(line) for line in POLICY_CLOSINGS_281]
    titles = [fill(line) for line in POLICY_TITLES_281]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_281)
