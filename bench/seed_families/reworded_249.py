"""The ``reworded-249`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guernsey news, Yorkshire Dales papers, Wyoming oil-town weeklies, orienteering clubs, amateur astronomy
societies, arthritis forums, marina berth-holders, tram museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of item a site's policy holds: (headings, sentences). Headings include questions; sentences may use
# {c} {cs} {C} {Cs} (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_249: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "Be civil",
            "Courtesy",
            "Treat others as you would at the club hut",
            "How should I behave?",
            "Respect",
            "Behaviour",
        ),
        (
            "Disagree with the argument, not the person making it.",
            "Please keep {cs} courteous, even when the subject is one you feel strongly about.",
            "We are a small island and a smaller readership, so assume the person you are answering may be your "
            "neighbour in St Peter Port.",
            "Personal attacks, name-calling and sneering at other members will not be tolerated on the forum.",
            "Most of us are volunteers giving up our weekends at the depot; a kind word goes a long way, and a rude "
            "one goes a long way too.",
        ),
    ),
    (
        (
            "Hatred and discrimination",
            "No hate speech",
            "Prejudice",
            "What counts as offensive?",
            "Equality",
            "Discriminatory content",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be removed.",
            "We do not publish anything that stirs up hatred against any group, whether they live in Gillette or "
            "Guernsey.",
            "Offcomers, incomers and newcomers to the Dales are all welcome here; jokes at their expense are not.",
            "Stereotyping oilfield workers, ranchers or tribal members is not debate, and {mods} will treat it as "
            "abuse.",
            "The society is open to everyone with an interest in the night sky, and the noticeboard must be too.",
        ),
    ),
    (
        ("Privacy", "Personal information", "Keep it private", "Can I share someone's details?", "Other people"),
        (
            "Do not post anyone's address, phone number, email or registration without their permission.",
            "That includes your own: never put your home address or mobile number in a public {c}.",
            "Berth numbers, boat names and the times a vessel is left unattended should not be shared on the open "
            "board.",
            "Personal data is handled in line with the Data Protection (Bailiwick of Guernsey) Law, 2017.",
            "Please do not name other members' consultants, hospitals or treatments without their say-so.",
        ),
    ),
    (
        ("Safeguarding", "Young people", "Protecting children", "Juniors and vulnerable members", "Welfare"),
        (
            "Our junior members are welcome on the forum, and everything posted here must be suitable for them to "
            "read.",
            "Any concern about the welfare of a child or vulnerable adult should go to the club welfare officer, "
            "not onto the board.",
            "We follow British Orienteering's safeguarding policy, and {mods} will pass on anything that raises a "
            "concern.",
            "Volunteers under 18 must not be contacted by private message by adult volunteers.",
            "If you are feeling in crisis, please call Samaritans on 116 123 rather than posting.",
        ),
    ),
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Pre-moderation",
            "When will it be published?",
            "Office hours",
        ),
        (
            "All {cs} are read by a member of staff before they are published.",
            "The newsroom is not staffed overnight or at weekends, so {cs} sent on a Friday evening may not appear "
            "until Monday.",
            "{Cs} are moderated by volunteers, so please allow up to 48 hours.",
            "New members' first five {cs} are held for approval.",
            "Moderation is done from the harbour office during opening hours only.",
        ),
    ),
    (
        ("Stay on topic", "Relevance", "Keep to the subject", "Off-topic posts", "Is this the right place?"),
        (
            "Please keep {cs} to the subject of the article.",
            "Threads that wander from variable stars into politics will be locked.",
            "The berth-holders' board is for marina matters: moorings, facilities, events and notices.",
            "Route-choice discussions belong in the event thread, not in the club news.",
            "If your {c} would be better as a letter to the editor, send it to the newsdesk instead.",
        ),
    ),
    (
        (
            "Advertising",
            "No spam",
            "Selling and buying",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "{Cs} that advertise goods or services will be removed.",
            "Members may sell second-hand telescopes and eyepieces in the For Sale section only, one listing per item.",
            "Boats, outboards and berths for sale should go on the marina office noticeboard, not here.",
            "Links are allowed when they help the discussion; link-dropping to promote a site is not.",
            "Oilfield service companies looking to hire should buy a classified in the print edition.",
        ),
    ),
    (
        (
            "Names and accounts",
            "Your username",
            "Registration",
            "Do I have to use my real name?",
            "One person, one account",
        ),
        (
            "You must register before you can post, and your name will appear beside your {c}.",
            "We prefer {cs} under real names; pseudonyms are allowed, pretending to be someone else is not.",
            "One account per person, please.",
            "Members must use the name on their membership card, so that the committee knows who is who.",
            "Accounts set up to get around a ban will be deleted without notice.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation", "Contempt of court", "What can't I say about a court case?"),
        (
            "Do not post anything defamatory, threatening or otherwise unlawful.",
            "Do not say anything about a case before the Royal Court that could prejudice a fair trial.",
            "Under Wyoming law you are responsible for what you post, and the paper may be asked to hand over your "
            "details.",
            "Allegations about named people will not be published unless they have been proved in court.",
            "Do not identify victims of sexual offences, who have lifelong anonymity.",
        ),
    ),
    (
        ("Copyright", "Photos and images", "Other people's work", "Can I post pictures?", "Credit"),
        (
            "Only post photographs and images that you took yourself or have permission to use.",
            "Do not paste whole articles from other papers; a short quote and a link is enough.",
            "Maps used at club events are copyright and must not be uploaded without the mapper's permission.",
            "By posting an astrophotograph you allow the society to show it at meetings and in the newsletter, "
            "credited to you.",
            "Archive photographs of the fleet belong to the museum and may not be reproduced without permission.",
        ),
    ),
    (
        ("Reporting", "Report a problem", "How do I complain?", "Flagging", "Seen something wrong?"),
        (
            "If you see something that breaks these rules, use the Report link under the {c}.",
            "Reports are anonymous; the member you report will not be told who raised it.",
            "Please report rather than reply: arguing back only makes the thread longer.",
            "Complaints about a {c} can be emailed to the editor, quoting the headline and the time it was posted.",
            "Concerns about a person's safety should be reported to the welfare officer straight away.",
        ),
    ),
    (
        (
            "Discretion",
            "The editor's decision",
            "Our right to remove",
            "Who decides?",
            "Final word",
            "The committee's decision",
        ),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{mods} may remove, edit or refuse any {c} without giving a reason.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "The committee reserves the right to close any thread at any time.",
            "These rules may be changed by the committee, and changes will be announced at the next general meeting.",
        ),
    ),
    (
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Errors", "Contact the newsroom"),
        (
            "If we have got something wrong, please tell us so we can correct it rather than saying so in a {c}.",
            "Story ideas from Wensleydale, Swaledale and Craven are always welcome: email the newsdesk.",
            "Tips about what is happening in Campbell County can be phoned in to the office.",
            "Errors in results should be reported to the event organiser, not on the forum.",
            "Corrections to the running day timetable are posted by the operations manager only.",
        ),
    ),
    (
        ("Language", "Swearing", "Keep it clean", "Is bad language allowed?", "Shouting"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in plain English so everyone can follow, and avoid typing in capitals.",
            "Keep it family-friendly: plenty of our readers are schoolchildren.",
            "Dialect is welcome; profanity is not.",
            "Abbreviations such as MTX or DMARD are fine, but please spell them out the first time.",
        ),
    ),
    (
        ("Warnings and bans", "Consequences", "What happens if I break the rules?", "Suspensions", "Enforcement"),
        (
            "Members who break these rules will first be warned.",
            "Repeated breaches will lead to suspension, and then to a ban.",
            "Serious breaches, such as threats, will lead to an immediate ban without a warning.",
            "A ban from the forum may be referred to the committee and, in serious cases, affect your berth licence.",
            "Volunteers whose posting breaches the code of conduct may be stood down from the rota.",
        ),
    ),
    (
        (
            "Medical advice",
            "Safety",
            "Is this medical advice?",
            "Health information",
            "Safety first",
            "Your health",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your rheumatologist or GP before changing "
            "your medication.",
            "Do not stop methotrexate, steroids or biologics because of something you read here.",
            "Never look at the Sun through a telescope or binoculars without a proper full-aperture solar filter.",
            "Posts about track work, overhead lines or depot procedures do not replace your safety briefing.",
            "Sharing your own experience is welcome; telling others what dose to take is not.",
        ),
    ),
    (
        ("Events and meets", "Fixtures", "Meet-ups", "Club events", "Can I organise a meet?"),
        (
            "Only events that have been approved by the club may be advertised on the fixtures board.",
            "Informal observing sessions may be posted, but please include the site and the time you will leave.",
            "Meets organised through the forum are not the responsibility of the site.",
            "Please check the permission area and parking details with the planner before posting them.",
            "Work party dates are set by the volunteer coordinator and published on the rota page.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; a quarter never do.
COMMENT_WORDS_249: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_249: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as the sentences name them mid-sentence.
MODERATORS_249: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the newsdesk",
    "the committee",
    "the webmaster",
    "the forum team",
    "the harbour office",
    "the volunteer coordinator",
    "the admins",
    "our moderators",
)

# Opening lines a site prints before its rules; {c}-style placeholders are filled per site.
POLICY_INTROS_249: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "These guidelines apply to all members of the forum.",
    "By posting on this site you agree to the following.",
    "The board is a friendly place, and the committee would like it to stay that way.",
    "A few house rules for the noticeboard:",
    "Our readers' {cs} are a valued part of the site. To keep it that way:",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_249: tuple[str, ...] = (
    "Thank you for helping to keep the forum a pleasant place.",
    "Questions about these rules should be sent to {mods}.",
    "Happy posting, and clear skies!",
    "Thanks, and see you in the forest.",
    "These rules were agreed by the committee and are reviewed each year.",
    "Thank you for reading.",
)

# Titles a site gives its rules.
POLICY_TITLES_249: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Rules of the board",
    "{C} policy",
    "Code of conduct for online posting",
)

# British spellings used above -> American, for the sites that print American spelling.
AMERICAN_249: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organise": "organize",
    "offence": "offense",
    "licence": "license",
    "harbour": "harbor",
}

# List markers a site may print before each item; each takes the item's 1-based number.
_MARKER_SHAPES_249: tuple[str, ...] = (
    "number-stop",
    "number-bracket",
    "letter-bracket",
    "letter-paren",
    "roman",
    "bullet",
    "dash",
    "en-dash",
    "asterisk",
    "rule",
    "section",
    "paragraph-sign",
)

# Words left in lower case inside a heading printed in title case.
_SMALL_WORDS_249 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})

# Section lines some sites print above their rules (e.g. in a club handbook or terms page).
_SECTION_LINES_249: tuple[str, ...] = (
    "Section 4: Online conduct",
    "Part 2 - Using the forum",
    "Appendix B. Noticeboard rules",
    "Schedule 3 - Use of the berth-holders' board",
    "Chapter 7: Volunteers' online code",
)

# Last-updated and version lines some sites print at the top or foot.
_UPDATED_LINES_249: tuple[str, ...] = (
    "Last updated: 14 March 2025",
    "Reviewed by the committee, AGM 2024.",
    "Version 3.2, October 2023",
    "Updated Jan. 9, 2024",
    "These rules took effect on 1 April 2022.",
)

# Sign-offs some sites print after the last item.
_SIGN_OFFS_249: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "Marina Office, St Sampson's",
    "The Forum Team",
    "Volunteer Coordinator",
)


def _roman_249(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _marker_249(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for item ``number`` (``section`` numbers the rules in a handbook)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-bracket": f"({letter})",
        "letter-paren": f"{letter})",
        "roman": f"({_roman_249(number)})",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule": f"Rule {number}:",
        "section": f"{section}.{number}",
        "paragraph-sign": f"\u00a7{number}",
    }
    return markers[shape]


def _title_case_249(heading: str) -> str:
    """``heading`` with each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_249 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_249(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution, letter, notice or submission, and then never says "comment") and who moderates; how many kinds of
    item it prints (two to five for one site in seven, else six to sixteen), in table order or shuffled; one to three
    sentences an item; whether it prints headings and in which case (sentence, title or capitals, sometimes in
    asterisks for emphasis); where a heading stands (a part of its own, bare or with a stop or colon, or run in before
    the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", handbook section numbers, section signs) or none; and, by chance, a section line above the items, a
    last-updated line at the top or foot, and a sign-off. The opening, closing and title lines, American spelling and
    curly quotes are left to :func:`_furnish`."""
    singular, plural = rng.choice(COMMENT_WORDS_249) if rng.random() < 0.75 else rng.choice(OTHER_WORDS_249)
    moderators = rng.choice(MODERATORS_249)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 1 / 7 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_249)), count)
    if rng.random() < 0.55:
        chosen.sort()

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    emphasis = heading_case != "none" and rng.random() < 0.12
    placement = rng.choice(("own-bare", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash", "run-em-dash"))
    marker_shape = rng.choice(_MARKER_SHAPES_249) if rng.random() < 0.6 else ""
    section_number = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_249[kind]
        picked = [fill(sentence) for sentence in rng.sample(sentences, rng.choice((1, 1, 2, 2, 2, 3)))]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_249(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis:
                heading = f"**{heading}**" if rng.random() < 0.7 else f"*{heading}*"
        if heading and placement.startswith("run"):
            if heading.rstrip("*").endswith("?"):
                separator = " "
            else:
                separator = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - ", "run-em-dash": " \u2014 "}[
                    placement
                ]
            picked[0] = heading + separator + picked[0]
            heading = ""
        elif heading and not heading.rstrip("*").endswith("?"):
            heading += {"own-bare": "", "own-stop": ".", "own-colon": ":"}[placement]
        if marker_shape:
            marker = _marker_249(marker_shape, number, section_number)
            if heading:
                heading = f"{marker} {heading}"
            else:
                picked[0] = f"{marker} {picked[0]}"
        items.append((heading, *picked))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(_SECTION_LINES_249), ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(_UPDATED_LINES_249))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGN_OFFS_249)))

    says_comment = singular == "comment"

    def site_lines(lines: tuple[str, ...]) -> list[str]:
        filled = [fill(line) for line in lines]
        return [line for line in filled if says_comment or "comment" not in line.lower()]

    return _furnish(
        items,
        rng,
        site_lines(POLICY_INTROS_249),
        site_lines(POLICY_CLOSINGS_249),
        site_lines(POLICY_TITLES_249),
        AMERICAN_249,
    )
