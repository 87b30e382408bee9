"""The ``reworded-330`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Clare Island bulletins, Tywi valley papers, Mat-Su weeklies, gig rowing and coracle clubs, bantam and
poultry fanciers, Ménière's and trigeminal neuralgia forums, Medway marsh residents, glassworks museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order they usually print them: each is (headings, sentences). Headings are
# written in sentence case; {c}/{cs}/{C}/{Cs} stand for the site's word for what readers send and {mods} for whoever
# looks after the site (never at the start of a sentence).
REWORDINGS_330: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy costs nothing",
            "How should I treat other members?",
            "Respect for one another",
            "Play the ball, not the player",
            "Keep it neighbourly",
        ),
        (
            "Disagree with the argument if you must, but leave the person out of it; {cs} that go after another "
            "reader rather than their point will be taken down.",
            "This is a small island and most of us will meet on the pier or in the shop before the week is out, so "
            "write as you would speak to someone's face.",
            "Many people here live with daily vertigo or facial pain, and a sharp reply can land harder than you "
            "meant it to.",
            "Whether you row for Cadgwith or paddle a coracle on the Teifi, everyone here started as a beginner once, "
            "so no sneering at novice questions.",
            "Name-calling, goading and sarcasm aimed at other readers are not welcome, however strongly you feel "
            "about the Port MacKenzie road or the borough assembly.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "What counts as hateful?",
            "Equality and respect",
            "Abuse aimed at who someone is",
        ),
        (
            "We remove anything that attacks people for their race, nationality, religion, disability, sex, sexual "
            "orientation or gender identity, and we may pass it on to the police.",
            "Remarks about blow-ins, incomers or second-home owners that turn into abuse of a people rather than "
            "criticism of a policy will not be published.",
            "Slurs against Alaska Native people, immigrants or any other group have no place in these pages, "
            "including when they are dressed up as a joke.",
            "Stirring up hatred is an offence under the Prohibition of Incitement to Hatred Act 1989, and we will not "
            "host it.",
            "Mocking anyone's accent, language or faith counts as harassment here; Welsh speakers, Travellers and "
            "newcomers are owed the same respect as everyone else.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Can I share someone's details?",
            "Keep private details private",
            "Other people's details",
            "Your data and theirs",
        ),
        (
            "Do not post anyone's address, phone number, registration plate or place of work, even if you believe it "
            "is common knowledge in the village.",
            "Please do not name or describe the people in a dispute on the marshes; complaints about neighbours "
            "belong with Medway Council or Kent Police, not on this page.",
            "Share your own medical history only as far as you are comfortable, and never another member's "
            "diagnosis, medication or surgery without their say-so.",
            "Photographs taken on volunteer days must not show visitors' children, or other volunteers who have not "
            "agreed to it.",
            "We handle what you give us under the General Data Protection Regulation; write to {mods} if you would "
            "like your details or your {cs} removed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "If you are worried about someone",
            "What if someone is at risk?",
            "Looking after each other",
        ),
        (
            "If a post suggests a member is in crisis or thinking of harming themselves, {mods} will get in touch "
            "privately and may share crisis numbers such as Samaritans on 116 123.",
            "Adult members must not send private messages to junior rowers under 18; all contact goes through the "
            "club welfare officer and a parent or guardian.",
            "Anything suggesting a child is at risk will be passed to Tusla or the Gardaí without delay.",
            "Volunteers who help with school groups on the glassmaking floor must hold a current DBS check, and any "
            "concern should go to the safeguarding lead, never into a public thread.",
            "If you are worried about an elderly or isolated neighbour, ring them or call in; please do not discuss "
            "their circumstances here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will it go up?",
            "Delays",
        ),
        (
            "Every {c} is read by a person before it goes live, and that person is a volunteer with a day job, so "
            "please allow up to 48 hours.",
            "The ferry and the weather decide a lot of things out here, the broadband included; if your {c} is slow "
            "to appear, it is in the queue, not lost.",
            "{Cs} sent after the office closes on a Friday will be looked at on Monday morning.",
            "A new member's first five {cs} are held for approval, and after that they appear straight away.",
            "Sending the same thing again will not speed it up and may land it in the spam filter.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place?",
            "Relevance",
        ),
        (
            "Keep to the subject of the article; if you want to raise something else, the general noticeboard is "
            "the place for it.",
            "This forum is for Ménière's disease and trigeminal neuralgia, so general health chat and politics "
            "belong elsewhere.",
            "Threads about the Lower Thames Crossing or new housing on the Hoo Peninsula are welcome, but keep each "
            "to its own subject so others can follow it.",
            "Show results, judging disputes and breed standards go in the fanciers' section, not on the lost-and-"
            "found board.",
            "{Cs} that wander away from the story may be trimmed or removed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and advertising",
            "Can I promote my business?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "Do not use this page to advertise goods or services; the classifieds are the place for that, and they "
            "are free to private sellers.",
            "Birds, hatching eggs and housing may be offered for sale only in the sales thread, with your county and "
            "each bird's ring number stated.",
            "Links to miracle cures, supplement shops or private clinics will be removed without notice.",
            "Raffles and fundraisers for the lifeboat, the school or the community hall are fine to mention once; "
            "repeats will be taken down.",
            "Anyone posting the same link across several threads will be treated as a spammer and blocked.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Can I use a nickname?",
            "One person, one account",
        ),
        (
            "We ask you to post under your real name, as you would sign a letter to the paper.",
            "Nicknames are fine, but do not pretend to be another person, a club official or a council officer.",
            "One account per person: accounts set up to get round a ban will be closed along with the original.",
            "Please give your town or community (Palmer, Wasilla, Willow, Talkeetna, Sutton and so on) so readers "
            "know where you are writing from.",
            "Shared family or club accounts must be registered to one named adult, who answers for everything "
            "posted from them.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could I be sued?",
            "Legal responsibility",
            "Libel and contempt",
        ),
        (
            "You are legally responsible for what you write, and under the Defamation Act 2009 a false statement "
            "that harms someone's reputation can land you, and us, in court.",
            "Do not discuss the guilt or innocence of anyone charged with an offence while the case is before the "
            "courts in Carmarthen, Swansea or anywhere else.",
            "Allegations against named people, businesses or officials will not be published unless they are "
            "already a matter of public record.",
            "Threats, incitement to break the law, or tips on getting round a bird flu housing order will be removed "
            "and may be reported.",
            "You are free to criticise public officials, but a false statement of fact about a private person is "
            "another matter under Alaska law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share other people's material?",
            "Using material from elsewhere",
            "Using photos",
        ),
        (
            "Only upload photographs you took yourself, or have the photographer's permission to share.",
            "Do not paste whole articles from other papers; a short quote and a link is plenty.",
            "By sending us a {c} you allow us to publish, edit and reprint it, in print and online.",
            "Images of objects in the museum collection may be shared for personal use only, with a credit to the "
            "museum.",
            "Regatta and race photographs belong to the club photographer and should be credited whenever they are "
            "used again.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "How do I report something?",
            "Seen something wrong?",
            "Flagging",
            "Report, don't reply",
        ),
        (
            "If you see something that breaks these rules, use the report link beneath it rather than replying.",
            "Reports are anonymous and go straight to {mods}, who will look at them as soon as they can.",
            "Please do not argue in public about something you have reported; leave it with {mods}.",
            "Email the editor with the link and a short note if you think something should come down.",
            "Using the report button to settle scores will itself be treated as a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Discretion",
            "Our decision is final",
            "Who decides?",
            "Right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on what stays up is final, although you may raise it at the next general "
            "meeting.",
            "We are not obliged to publish every {c} we receive, and space in the printed edition is limited.",
            "These rules are a guide, not a contract, and {mods} may act on anything they judge harmful even if it "
            "is not listed here.",
            "We may close a thread at any time, particularly when a story concerns a death, an accident or a court "
            "case.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Corrections and tips",
            "Tell us",
            "Got a story or spotted a mistake?",
            "News and corrections",
        ),
        (
            "If we have got a fact wrong, email the news desk rather than posting a correction in the thread, and we "
            "will put it right.",
            "Stories from the valley are always welcome: ring the office or send them through the contact page.",
            "Corrections are printed in the next edition and noted at the foot of the article online.",
            "Know about a road closure, a lost dog or a power outage along the Parks Highway? Let us know and we'll "
            "pass it on.",
            "Results from the weekend's show or regatta can be sent to the secretary for the newsletter.",
        ),
    ),
    (  # language
        (
            "Language",
            "Language and tone",
            "What language is acceptable?",
            "Mind your language",
            "How to write",
            "Tone",
        ),
        (
            "Swearing, even with the letters starred out, will be removed.",
            "{Cs} in Welsh are as welcome as those in English, and we moderate both with the same care.",
            "Irish and English are both welcome; please add a line of English if you want a reply from the wider "
            "community.",
            "Please write plainly and avoid typing in capitals, which reads as shouting.",
            "Crude or sexual language, including in usernames and pictures, is not allowed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Breaking the rules",
            "Sanctions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning, a second a suspension and a third a permanent ban.",
            "Serious abuse, threats or spam lead to an immediate ban without warning.",
            "Members who are banned may appeal once, in writing, to the club secretary.",
            "Suspensions run for seven days and are lifted automatically.",
            "We keep a record of warnings for twelve months, after which they lapse.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Is this advice?",
            "Your own judgement",
            "Health and safety",
            "Advice from other members",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP, consultant or ENT specialist before "
            "changing any treatment.",
            "Please do not tell others to stop taking carbamazepine, betahistine or any prescribed medicine; share "
            "your own experience only.",
            "Suspected avian influenza must be reported to the Defra Rural Services Helpline on 03000 200 301, not "
            "talked over on the forum first.",
            "Tide times, river levels and crossing conditions shared by members are for interest only; check with "
            "the coastguard or Natural Resources Wales before going out.",
            "Tips about furnace work, hot glass or chemicals are no substitute for your induction and the museum's "
            "risk assessments.",
        ),
    ),
    (  # elections and campaigning
        (
            "Elections",
            "Campaigning",
            "During an election",
            "Can candidates post?",
            "Political material",
        ),
        (
            "During an election period, candidates may post only under their own names and must say that they are "
            "standing.",
            "Nothing new about candidates will be published in the final week before polling day.",
            "We do not accept paid political material here; contact the advertising office instead.",
            "Party campaigners must say which party they represent every time they post.",
            "Campaign material for Dáil, council or Senedd elections must carry the name of whoever published it.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORDS_330: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_330: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it reads in the middle of a sentence.
MODERATORS_330: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the admin team",
    "the news desk",
    "the club secretary",
    "the site admins",
    "the volunteer coordinator",
)

# Opening lines a site prints before its rules ({cs} and {mods} filled per site).
POLICY_INTROS_330: tuple[str, ...] = (
    "Please read these house rules before you post.",
    "We welcome {cs} from readers, on a few conditions.",
    "This page is run by volunteers, and the rules below help keep it friendly.",
    "By posting you agree to the following.",
    "Fáilte! A few ground rules for the island noticeboard.",
    "Croeso. Before you join in, please take a minute to read the following.",
    "These guidelines apply to everything posted on the forum, private messages included.",
    "Comments are open to registered readers who agree to the rules below.",
    "A few words from {mods} on how this board works.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_330: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Diolch am ddarllen. Thank you for reading.",
    "Questions about these rules? Email the editor.",
    "Go raibh maith agat, and enjoy the bulletin.",
    "Happy rowing!",
    "Thanks, and keep your birds well.",
    "These rules may be updated from time to time without notice.",
    "Comments that break these rules will be removed.",
    "Take care of yourselves, and of each other.",
)

# Titles a site prints over its rules.
POLICY_TITLES_330: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Comment policy",
    "Rules of the forum",
    "Guidelines for contributors",
    "Letters and comments policy",
    "Members' code of conduct",
    "Terms of use for the noticeboard",
)

# British spellings used in this family's lines -> American (a site may print either).
AMERICAN_330: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "criticise": "criticize",
    "Travellers": "Travelers",
    "judgement": "judgment",
}

# Names of the part of a site's terms that holds the rules, for a section line printed above them.
SECTION_NAMES_330: tuple[str, ...] = (
    "Community standards",
    "Using the noticeboard",
    "Posting on the forum",
    "Reader participation",
    "Online conduct",
    "Volunteer communications",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_330: tuple[str, ...] = (
    "— The Editor",
    "The Committee",
    "– Admin team",
    "The Mods",
    "Medway Marsh Residents' Association committee",
    "Y Golygydd / The Editor",
    "Forum team",
)

# Months for a site's last-updated line.
MONTHS_330: tuple[str, ...] = (
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

# Words left in lower case when a heading is printed in title case.
SMALL_WORDS_330 = frozenset({"a", "an", "the", "and", "or", "nor", "of", "to", "in", "on", "for", "by", "at", "as"})


def _title_case_330(text: str) -> str:
    """``text`` with each word's first letter in capitals, short joining words (not the first) left as they are."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_330) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman_330(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def _marker_330(style: str, number: int, section: int) -> str:
    """The list marker of the ``number``-th item in a site's ``style`` (before the item's first line, with a space)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-both": f"({number})",
        "letter-stop": f"{letter}.",
        "letter-both": f"({letter})",
        "capital-letter": f"{letter.upper()}.",
        "roman": f"{_roman_330(number)}.",
        "roman-both": f"({_roman_330(number)})",
        "capital-roman": f"{_roman_330(number).upper()}.",
        "bullet": "•",
        "dash": "-",
        "en-dash": "–",
        "asterisk": "*",
        "chevron": "›",
        "rule-colon": f"Rule {number}:",
        "rule-dash": f"Rule {number} –",
        "rule-stop": f"Rule {number}.",
        "section": f"{section}.{number}",
        "paragraph-sign": f"§ {number}",
    }
    return markers[style] + " "


def _items_330(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its word for what readers send ("comment" for
    three sites in four, otherwise one it always uses instead) and who moderates it; how many kinds it prints (two to
    five for a fifth of sites, otherwise six to sixteen), in table order or shuffled, and one heading and one to three
    sentences for each (how many a site allows is its own habit); whether it prints headings, in sentence case, title
    case or capitals, in bold asterisks or not, standing as their own part (bare, with a stop or a colon) or run in
    before the first sentence after a colon, stop or dash; a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers, paragraph signs) or none; and a few habits of its own: a section line above
    the rules, a last-updated line above or below them, a sign-off and a "Back to top" link. Opening, closing and title
    lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORDS_330 if says_comment else rng.choice(OTHER_WORDS_330)
    moderators = rng.choice(MODERATORS_330)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        return text.format(**words)

    def allowed(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_330)), count)
    if rng.random() < 0.6:
        kinds.sort()

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    exactly = rng.random() < 0.4
    heading_case = rng.choice(("none", "sentence", "sentence", "sentence", "title", "title", "capitals"))
    placement = rng.choice(("own", "own", "own", "run-in", "run-in"))
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_joint = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))
    bold = heading_case != "none" and rng.random() < 0.12
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-bracket",
            "number-both",
            "letter-stop",
            "letter-both",
            "capital-letter",
            "roman",
            "roman-both",
            "capital-roman",
            "bullet",
            "bullet",
            "dash",
            "en-dash",
            "asterisk",
            "chevron",
            "rule-colon",
            "rule-dash",
            "rule-stop",
            "section",
            "paragraph-sign",
        )
    )
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_330[kind]
        usable = [fill(sentence) for sentence in sentences if allowed(fill(sentence))]
        how_many = most_sentences if exactly else rng.randint(1, most_sentences)
        picked = sorted(rng.sample(range(len(usable)), min(how_many, len(usable))))
        lines = [usable[index] for index in picked]
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_330(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = "" if marker_style == "none" else _marker_330(marker_style, number, section)
        if heading_case == "none" or not allowed(heading):
            items.append(("", marker + lines[0], *lines[1:]))
        elif placement == "own":
            shown = heading if heading.endswith("?") else heading + own_ending
            items.append((marker + (f"**{shown}**" if bold else shown), *lines))
        else:
            joint = " " if heading.endswith("?") and run_in_joint in (": ", ". ") else run_in_joint
            first = (f"**{heading}**" if bold else heading) + joint + lines[0]
            items.append(("", marker + first, *lines[1:]))

    if rng.random() < 0.15:
        joint = rng.choice((": ", " – ", ". "))
        label = rng.choice(("Section", "Part", ""))
        line = f"{label} {section}{joint}{rng.choice(SECTION_NAMES_330)}" if label else rng.choice(SECTION_NAMES_330)
        items.insert(0, (line.upper() if rng.random() < 0.3 else line, ""))
    if rng.random() < 0.25:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_330), rng.randint(2019, 2026)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Last updated {day} {month} {year}.",
                f"Updated {day:02d}/{MONTHS_330.index(month) + 1:02d}/{year}",
                f"Last revised {month if len(month) < 5 else month[:3] + '.'} {day}, {year}",
                f"Reviewed by the committee, {month} {year}.",
                f"Adopted at the AGM, {month} {year}.",
                f"(Policy reviewed {month} {year})",
            )
        )
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_330)))
    if rng.random() < 0.05:
        items.append(("", rng.choice(("Back to top", "↑ Back to top", "Top of page"))))

    intros = [fill(line) for line in POLICY_INTROS_330 if allowed(fill(line))]
    closings = [fill(line) for line in POLICY_CLOSINGS_330 if allowed(fill(line))]
    titles = [title for title in POLICY_TITLES_330 if allowed(title)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_330)
