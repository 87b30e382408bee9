"""The ``reworded-297`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Seychelles English bulletins, Argyll island papers, Nebraska Sandhills weeklies, boxing gyms' boards,
ukulele groups, long covid forums, co-housing communities, railway viaduct trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site prints them when it keeps table order. Each kind is
# (headings, sentences): five or six headings, questions among them, and five sentences. Placeholders: {c} {cs}
# {C} {Cs} for what readers send (singular, plural, capitalised) and {mods} for who looks after the site.
REWORDINGS_297: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it civil",
            "Respect each other",
            "Play the ball, not the player",
            "Can I criticise a member?",
        ),
        (
            "Argue with the point, not the person: disagreement is welcome, personal attacks are not.",
            "Treat others here as you would a neighbour you will meet on the ferry next week.",
            "Name-calling, sneering and goading will see your {c} removed, however right you think you are.",
            "Criticise ideas and decisions by all means, but leave people's character out of it.",
            "Be kind: many people here are unwell, tired or new, and tone is hard to read on a screen.",
        ),
    ),
    (  # hatred
        ("No hate", "Hate speech", "Discrimination", "What counts as hate speech?", "Zero tolerance for abuse"),
        (
            "We do not publish anything that attacks people for their race, religion, nationality, sex, sexuality, "
            "disability or age.",
            "Racist, sectarian or homophobic remarks will be removed and the account behind them closed without "
            "warning.",
            "Stirring up hatred is an offence under the Penal Code of Seychelles, and we will not carry it.",
            "Jokes at the expense of Gaelic speakers, incomers or islanders born and bred are not as funny as you "
            "think.",
            "A slur is still a slur when it is in a song lyric or has asterisks in it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private things private",
            "Can I post someone's phone number?",
            "Photos of other people",
        ),
        (
            "Do not post anyone's address, phone number, email or number plate, and think twice before posting your "
            "own.",
            "Ask before you post photographs of other members, whether from sessions, sparring or the summer ceilidh.",
            "Health details you share here can be read by anyone, so think about what an employer or insurer might "
            "see.",
            "Private matters between households belong in a conversation or a meeting, not on the noticeboard.",
            "We hold the details you give us under data protection law and never publish your email address.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young members safe",
            "Who do I tell if I'm worried?",
            "Junior boxers",
        ),
        (
            "Do not post pictures or names of junior boxers without written consent from a parent or guardian.",
            "If you are worried about a child or a vulnerable adult, speak to our welfare officer rather than posting "
            "about it.",
            "Adults must not message junior members privately; all contact goes through the coaches or parents.",
            "Anything that puts a young person at risk is taken down at once and may be passed to the police.",
            "If someone here says they are in danger or thinking of harming themselves, tell {mods} straight away.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go live?"),
        (
            "Every {c} is read by a person before it appears, so please allow some time.",
            "{Cs} sent after the office closes on a Friday may not be read until Monday morning.",
            "We are a small team in Victoria and moderate by hand; if your {c} has not appeared after two days, it "
            "has probably not been approved.",
            "During branding season and the county fair we are slower to approve {cs}; thank you for your patience.",
            "Sending the same {c} again will not make it appear sooner and may land it in the spam folder.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Relevance"),
        (
            "Keep your {c} to the subject of the article or thread you are replying to.",
            "General chat belongs in the Tea Room thread, not in song requests or the gig list.",
            "This is a support forum, so arguments about vaccines and lockdowns are off topic and will be removed.",
            "Off-topic {cs} may be moved or deleted without notice.",
            "The noticeboard is for community business: meals, rotas, work days and meetings.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Links", "Self-promotion"),
        (
            "Do not use {cs} to advertise goods, services or events; ring our advertising department instead.",
            "Members may post one 'for sale' notice a month for instruments, strings and cases; no dealers, please.",
            "Links to miracle cures, supplements or paid recovery programmes will be removed and the poster banned.",
            "Cattle, hay and machinery for sale go in the classifieds, which are free to subscribers for the first 25 "
            "words.",
            "Repeated links, chain letters and anything that looks like spam are deleted on sight.",
        ),
    ),
    (  # names and accounts
        ("Use your real name", "Names", "Accounts", "Who can post?", "One account each", "Usernames"),
        (
            "{Cs} must carry your full name and the island or district where you live.",
            "We do not accept anonymous {cs}, although we may withhold a name on request in exceptional cases.",
            "One account per person; sock-puppet accounts will be closed along with the original.",
            "Only paid-up members can post, and your account is closed if your membership lapses.",
            "Do not pretend to be someone else, including staff, trustees or public figures.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Is it libel?", "Court cases", "Contempt of court"),
        (
            "Do not post anything defamatory: if you cannot prove it, do not say it.",
            "Say nothing about anyone charged with a crime or cases before the sheriff court in Oban; under Scots law "
            "a careless remark can be contempt of court.",
            "You are legally responsible for what you post, and we will cooperate with the police if asked.",
            "Threats, harassment and anything else against the laws of the Republic of Seychelles will be removed and "
            "may be reported.",
            "Allegations about a named person, an official least of all, must be something you could stand behind in "
            "court.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I share song sheets?", "Photos and copyright", "Copying articles"),
        (
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Share only chord sheets you have made yourself or that are clearly free to share; we cannot host "
            "published songbooks.",
            "Post only photographs you took yourself or have permission to use, and say who took them.",
            "By sending a {c} you allow us to publish it in print and online, edited if need be.",
            "Old photographs of the viaduct are very welcome, but tell us where they came from so the owner can be "
            "credited.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a {c}?", "Flagging", "Seen something wrong?"),
        (
            "Use the Report link under any {c} that breaks these rules, and {mods} will look at it.",
            "Do not feed the trolls; report them and move on.",
            "If something worries you, message an admin rather than arguing about it in the thread.",
            "Reports are confidential, and the person reported will not be told who flagged them.",
            "You can also ring the office on the number at the foot of this page, and we will look at it the same day "
            "if we can.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision",
            "Final say",
            "Can I appeal?",
            "Why was my {c} removed?",
        ),
        (
            "The editor's decision on what is published is final, and we cannot enter into correspondence about it.",
            "We may edit {cs} for length, clarity or legal reasons.",
            "The committee may remove any {c} or suspend any member at its discretion, and will explain why if asked.",
            "Not every {c} is published; we choose a selection each week for the paper.",
            "If you think we got it wrong, write to {mods} privately; arguing about it in public will not help.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the newsroom and we will correct it in the next issue.",
            "Corrections are not made through {cs}; please contact the editor directly.",
            "Anything happening on Coll, Tiree or Colonsay? Ring the office or leave a note at the shop.",
            "Brandings, 4-H results, weddings and anniversaries are welcome; send them by Monday noon for that week's "
            "paper.",
            "Anything about the viaduct that looks unsafe should go to the trust by email, not on the noticeboard.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Which language?", "Bad language"),
        (
            "No swearing, including swearing disguised with symbols or misspellings.",
            "{Cs} are welcome in English, French or Kreol Seselwa.",
            "Gaelic is very welcome; please add a line in English for learners if you can.",
            "Keep the language clean: families and juniors read this board too.",
            "Write in plain English, avoid capitals throughout, and keep text-speak to a minimum.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Three strikes", "Sanctions", "Bans"),
        (
            "First a warning, then a week off, then a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban with no warning.",
            "Banned members who come back under a new name will be removed again without discussion.",
            "Warnings are logged by {mods} and lapse after six months of good behaviour.",
            "Behaviour that would get you thrown out of the gym will get you thrown off the board.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety",
            "Can I share treatments?",
            "Health and safety",
            "Look after yourself",
        ),
        (
            "Nothing posted here is medical advice; speak to your GP or specialist before changing any treatment.",
            "Share what has helped you, but do not tell others to stop their medication or try unproven treatments.",
            "Pacing tips from members are experience, not prescription; listen to your body and your clinicians.",
            "Never walk out on the viaduct or the line beside it, and photos taken from the trackbed will not be "
            "posted.",
            "Do not give juniors advice on training or making weight; that is the coaches' job.",
        ),
    ),
    (  # meetings and decisions (co-housing)
        ("Decisions", "Meetings and proposals", "Is the noticeboard for proposals?", "Consensus", "Rotas and meals"),
        (
            "Proposals for the whole community go to the general meeting, not the noticeboard.",
            "Put up rotas, meal sign-ups and work-day notices at least a week ahead.",
            "Nothing pinned here is a decision; only the minutes of the general meeting are.",
            "Please take down your own notices once the event has passed.",
            "Concerns about another household go to the conflict circle, not up on the board for all to read.",
        ),
    ),
    (  # elections and politics (the papers)
        ("Election letters", "Politics", "Campaign season", "Can candidates write in?", "Political letters"),
        (
            "During election season, letters backing a candidate are limited to 250 words and one a month per writer.",
            "Candidates may not use {cs} to campaign; paid political advertising is available.",
            "No letters about the election will be printed in the last issue before polling day.",
            "Debate about the National Assembly is welcome; party propaganda is not.",
            "Political {cs} must be signed and give a phone number for checking, which will not be printed.",
        ),
    ),
)

# What a site calls what its readers send: (singular, plural). Most sites say "comment"; a quarter never do.
COMMENT_WORD_297: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_297: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as a sentence names them mid-sentence ("one of {mods}", "write to {mods}").
MODERATORS_297: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the admins",
    "the committee",
    "the coaches",
    "the trustees",
    "the newsdesk",
    "our volunteer moderators",
    "the group organisers",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_297: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, subject to the rules below.",
    "By posting here you agree to the following.",
    "These few rules keep the group a friendly place to be.",
    "Our island, our paper: we want the debate to be lively and fair.",
    "This board belongs to all of us, so a few house rules.",
    "Readers' {cs} are a valued part of the paper, and these guidelines apply to all of them.",
    "Everyone here is living with long covid or caring for someone who is; please bear that in mind.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_297: tuple[str, ...] = (
    "Thank you for keeping this a good place to be.",
    "Questions about these rules? Email the editor.",
    "Happy strumming!",
    "See you at the gym.",
    "Tapadh leibh \u2014 thank you.",
    "Pace yourselves, and be gentle with each other.",
    "These rules may change; the version here is the one that applies.",
    "Thank you for supporting the viaduct and its volunteers.",
)

# Titles a site may print over its rules.
POLICY_TITLES_297: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Rules for {cs}",
    "Forum rules",
    "Noticeboard guidelines",
    "Group etiquette",
    "Posting guidelines",
    "Community guidelines",
    "Letters and comments policy",
    "Gym board rules",
)

# British spellings used in this family's sentences, and their American forms (a site may print either).
AMERICAN_297: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "offence": "offense",
    "programmes": "programs",
    "behaviour": "behavior",
    "organisers": "organizers",
}

# Section lines a site may print above its rules, as in a longer terms page or a pinned thread.
SECTION_LINES_297: tuple[str, ...] = (
    "Section 5 \u2014 {Cs} and community",
    "Part B: Using the noticeboard",
    "Appendix 2: Online terms",
    "PINNED: Group rules \u2014 please read",
    "Forum rules (pinned)",
    "Schedule 3 \u2013 Conduct on the members' board",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_297: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Coach Mike and the coaches",
    "The admin team",
    "Board of Trustees",
    "The News Desk",
    "Mairi (admin)",
)

# Months, for a site's last-updated line.
MONTHS_297: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Words a title-cased heading keeps in lower case.
SMALL_WORDS_297: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "to", "for", "in", "on", "or"})


def _title_case_297(text: str) -> str:
    """``text`` with each word capitalised except small words after the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_297) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman_297(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_297(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for section-numbered sites)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter": f"{letter})",
        "letter-parens": f"({letter})",
        "roman": f"{_roman_297(number)}.",
        "roman-parens": f"({_roman_297(number)})",
        "bullet": "\u2022",
        "dot": "\u00b7",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "paragraph": f"\u00a7{number}",
    }[style]


def _last_updated_297(rng: random.Random) -> str:
    """A last-updated line as these sites print it, with a drawn date."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2019, 2026)
    return rng.choice(
        (
            f"Last updated: {day} {MONTHS_297[month]} {year}",
            f"Updated {month + 1}/{day}/{year}",
            f"Reviewed at the AGM, {MONTHS_297[month]} {year}.",
            f"Agreed by the general meeting, {day} {MONTHS_297[month]} {year}.",
            f"(Revised {MONTHS_297[month]} {year})",
        )
    )


def _items_297(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" for three in four sites, else post, message, reply,
    contribution, letter or notice, and then never says "comment") and who moderates it; how many item kinds it
    prints (two to five for a quarter of sites, six to sixteen for the rest), in table order or shuffled; how many
    sentences an item carries (one to three); whether items have headings and in which case (as written, title case
    or capitals), with an emphasis style now and then; where headings stand (a part of their own, bare or with a stop
    or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters,
    roman numerals, bullets, dashes, "Rule 1:", section or paragraph numbers) or none; and its own habits: a section
    line above the rules, a last-updated line at the top or foot, and a sign-off. Opening, closing and title lines,
    American spelling and curly quotes come from ``_furnish``."""
    singular, plural = COMMENT_WORD_297 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_297)
    moderators = rng.choice(MODERATORS_297)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(templates: tuple[str, ...]) -> list[str]:
        """``templates`` with the site's words put in, less any that say "comment" on a site that never does."""
        texts = [template.format(**fill) for template in templates]
        if singular != "comment":
            texts = [text for text in texts if "comment" not in text.lower()]
        return texts

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, 16)
    chosen = sorted(rng.sample(range(len(REWORDINGS_297)), count))
    if rng.random() < 0.4:
        rng.shuffle(chosen)
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_"))
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "number-stop",
            "number-bracket",
            "number-parens",
            "letter",
            "letter-parens",
            "roman",
            "roman-parens",
            "bullet",
            "dot",
            "dash",
            "en-dash",
            "asterisk",
            "rule",
            "rule-dash",
            "section",
            "paragraph",
        )
    )
    section = rng.randint(2, 9)
    dash = rng.choice((" \u2013 ", " \u2014 ", " - "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_297[kind]
        picked = filled(tuple(rng.sample(sentences, rng.randint(1, most_sentences))))
        if not picked:
            picked = filled(sentences)[:1]
        heading = ""
        if heading_case != "none":
            heading = rng.choice(filled(headings))
            if heading_case == "title":
                heading = _title_case_297(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        asks = heading.rstrip("*_").endswith("?")
        marker = _marker_297(marker_style, number, section) if marker_style else ""
        if heading and placement.startswith("own"):
            if placement == "own-stop" and not asks:
                heading += "."
            elif placement == "own-colon" and not asks and not marker.endswith(":"):
                heading += ":"
            item = (f"{marker} {heading}" if marker else heading, *picked)
        else:
            if heading:
                if asks:
                    joint = " "
                elif placement == "run-stop":
                    joint = ". "
                elif placement == "run-dash" and not marker.endswith("\u2013"):
                    joint = dash
                elif marker.endswith(":"):
                    joint = ". "
                else:
                    joint = ": "
                picked[0] = heading + joint + picked[0]
            if marker:
                picked[0] = f"{marker} {picked[0]}"
            item = ("", *picked)
        items.append(item)

    if rng.random() < 0.2:
        items.insert(0, ("", rng.choice(filled(SECTION_LINES_297))))
    if rng.random() < 0.25:
        updated = ("", _last_updated_297(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_297)))

    intros = filled(POLICY_INTROS_297)
    closings = filled(POLICY_CLOSINGS_297)
    titles = filled(POLICY_TITLES_297)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_297)
