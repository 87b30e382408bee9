"""The ``reworded-351`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Egilsay and Flotta pages, Bishopdale papers, Beaverhead weeklies, aunt sally leagues, besom and hurdle
makers' guilds, Fabry and Gaucher disease forums, Foulness residents' associations, well dressing committees.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Placeholders: {c}/{cs} and {C}/{Cs} for the site's word for what
# readers send (singular/plural, capitalised), {mods} for who looks after the site; filled per site.
REWORDINGS_351: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Treat others with respect",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Keep it friendly",
            "Play the ball, not the player",
        ),
        (
            "Please be polite to one another, even when you disagree strongly about the ferry timetable or the new"
            " turbine.",
            "Criticise ideas, not the people who hold them; personal attacks will be removed.",
            "This is a small place and most of us will meet at the shop or the pier sooner or later, so write as you"
            " would speak face to face.",
            "Robust debate is welcome, but sneering, name-calling and goading other members are not.",
            "{Cs} that belittle another player, team or landlord will be taken down without notice.",
        ),
    ),
    # Hatred and discrimination.
    (
        (
            "No hate speech",
            "Discrimination",
            "Racism, sexism and other prejudice",
            "What counts as hateful?",
            "Respect for everyone",
            "Zero tolerance",
        ),
        (
            "We will not publish anything that attacks people because of their race, religion, sex, sexual"
            " orientation, disability or age.",
            "Jokes at the expense of incomers, visitors or any nationality are not funny here and will be deleted.",
            "Threatening or abusive messages may be passed to Police Scotland.",
            "Nobody should be made to feel unwelcome because of a disability or a health condition, visible or not.",
            "Stirring up hatred is a criminal offence, and {mods} will report {cs} of that kind without hesitation.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's phone number?",
            "Protect your privacy",
            "Other people's details",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, yours or anyone else's.",
            "Think carefully before sharing your diagnosis, test results or genetic information: anything posted"
            " here can be read by anyone, including employers and insurers.",
            "Please don't name neighbours, tenants or landowners in a complaint; take it to the committee in private.",
            "We hold your details in line with the UK GDPR and the Data Protection Act 2018 and never pass them on.",
            "Never say when your house will be empty or when you are off the island.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping young people safe",
            "Under 18?",
            "Who can join?",
            "Worried about someone?",
        ),
        (
            "Members must be 18 or over; younger players are welcome to read the league pages but may not post.",
            "Do not share photographs of children at the dressing or the blessing without their parents'"
            " permission, and never with their names.",
            "If you are worried about a child or a vulnerable adult, contact the police or social services, not"
            " this page.",
            "Anyone found trying to contact younger members privately will be removed and reported.",
            "If a member seems to be in crisis, {mods} may get in touch privately and suggest Samaritans on 116 123.",
        ),
    ),
    # Moderation delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go up?",
            "Checking {cs}",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay.",
            "The page is run by volunteers, and on boat days or at lambing time it may be a day or two before your"
            " {c} goes up.",
            "{Cs} sent in the evening or at weekends will usually be checked the next working day.",
            "Please do not send the same {c} twice; it will appear once it has been approved.",
            "We close {cs} on court reports and election stories, and on any item after seven days.",
        ),
    ),
    # Staying on topic.
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Relevance",
            "Stick to the thread",
        ),
        (
            "Keep your {cs} relevant to the story or thread you are replying to.",
            "This forum is for people affected by Fabry or Gaucher disease and those who care for them; general"
            " chat belongs in the Coffee Room.",
            "Lost dogs, ferry delays and things for sale each have their own thread, so please use them.",
            "Questions about fixtures, averages and handicaps belong on the league pages, not under match reports.",
            "Letters about county politics run in print on Thursdays; {cs} online should stick to the story above"
            " them.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising",
            "No spam",
            "Selling and promoting",
            "Can I advertise my business?",
            "Commercial posts",
            "Links and promotions",
        ),
        (
            "Don't use {cs} to advertise goods or services; ask the office about a paid notice instead.",
            "Members may mention their own besoms, hurdles or courses once a month in the Sales thread, and nowhere"
            " else.",
            "Links to sites selling supplements, 'cures' or unlicensed treatments will be removed at once.",
            "Chain letters, pyramid schemes and the same {c} posted again and again will be treated as spam.",
            "Coffee mornings, ceilidhs and charity events are welcome on the What's On board, free of charge.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Usernames",
            "Real names, please",
            "One account each",
            "Can I post anonymously?",
            "Impersonation",
        ),
        (
            "Please use your real name; people are kinder when they sign what they write.",
            "Each member may hold one account, and extra accounts used to back up your own {cs} will all be closed.",
            "Do not pretend to be another person, a team, a council officer or a member of staff.",
            "You may use a nickname, but {mods} must know who you are and may ask you to confirm your email address.",
            "Usernames that are offensive or misleading, or that advertise a business, will be changed or refused.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Is it legal?", "Stay within the law"),
        (
            "You are legally responsible for what you write, including anything defamatory about a named person or"
            " business.",
            "Do not discuss cases before the sheriff court in Kirkwall until they have concluded, as it may be"
            " contempt of court.",
            "Under the Defamation Act 2013 an untrue statement that harms someone's reputation can lead to action"
            " against you as well as against us.",
            "The First Amendment protects your opinions, but it does not cover libel, threats or harassing a"
            " neighbor in Dillon or anywhere else.",
            "{Cs} that could break the Malicious Communications Act 1988, or any other law, will not be published.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photographs and images",
            "Whose picture is it?",
            "Can I share photos of the wells?",
            "Other people's work",
            "Using our pictures",
        ),
        (
            "Only upload photographs you took yourself, or that you have permission to use.",
            "The designs on the well boards belong to the dressers; please credit the village and the team when you"
            " share a picture.",
            "Do not paste whole articles from other papers; a short quote and a link are fine.",
            "By sending us a photo or a {c} you allow us to reproduce it in the paper and on our website.",
            "Patterns, jigs and notes from members' workshops may not be copied or sold without their consent.",
        ),
    ),
    # Reporting.
    (
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Email the secretary with a link and a short note saying what the problem is.",
            "Reports are read by {mods}, usually within a day; you won't always hear back, but every one is looked at.",
            "Please do not argue with the person in the thread, as it only makes moderation harder.",
            "Using the report button to silence people you disagree with is itself against the rules.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        (
            "Our discretion",
            "Final say",
            "The committee's decision",
            "Who decides?",
            "The editor's discretion",
            "Right to remove",
        ),
        (
            "{mods} may edit, decline or remove any {c} without giving a reason.",
            "The committee's decision on what appears on this page is final.",
            "We are not obliged to publish any {c}, and publishing one does not mean we agree with it.",
            "These rules may change from time to time; the current version is always on this page.",
            "Where the rules don't quite fit, {mods} will use their judgement, and we ask you to respect it.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Corrections and clarifications", "Tell us"),
        (
            "If we have got something wrong, tell the editor and we will put it right in print and online as soon"
            " as we can.",
            "Corrections should go to the newsroom, not be left as {cs} under the story.",
            "Have news from West Burton, Thoralby or Newbiggin? Ring the office or leave a note at the shop.",
            "Match results go to the results secretary by Sunday evening, and the tables are updated every week.",
            "News of the ferry, the school or the kirk is always welcome; send it to the page admins.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Mind your language", "Plain English, please", "Can I swear?", "Capital letters"),
        (
            "Please keep language clean, as this page is read by families and children.",
            "Strong language will be removed, even with some of the letters replaced by asterisks.",
            "Writing in capitals reads as shouting, so please don't.",
            "Dialect is welcome, but write so that the rest of the group can follow you.",
            "Text speak and long strings of emojis make {cs} hard to read for members using screen readers.",
        ),
    ),
    # Warnings and bans.
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
            "Removal from the group",
        ),
        (
            "A first breach usually brings a private warning, a second a week's suspension and a third removal.",
            "Serious breaches, such as threats or hate, will lead to an immediate ban.",
            "Banned members may appeal in writing to the chair within 28 days.",
            "Anyone who rejoins under another name after a ban will be removed again without warning.",
            "Players or captains who bring the league into disrepute online may be referred to the management"
            " committee.",
        ),
    ),
    # Medical and safety advice.
    (
        ("Medical advice", "Not medical advice", "Safety first", "Is this medical advice?", "Your health", "Take care"),
        (
            "Nothing on this forum replaces advice from your own doctor or your lysosomal storage disorder centre.",
            "Never stop or change enzyme replacement therapy, migalastat or any other treatment because of"
            " something you read here.",
            "Members share experiences, not prescriptions; what helped one person may not suit another.",
            "Do not rely on anything here for range firing times or crossing the Broomway; check the official"
            " notices and the tide tables.",
            "Photos and videos of cleaving and binding should show safe working, and we will remove anything"
            " showing careless use of a billhook or axe.",
        ),
    ),
    # Disputes and complaints.
    (
        (
            "Disputes",
            "Results and rulings",
            "Fall-outs",
            "Got a complaint about a match?",
            "Complaints about members",
            "Take it offline",
        ),
        (
            "Disputes over scores, sticks or the dolly belong with the umpire and the league secretary, not on the"
            " page.",
            "Complaints about another member or the committee should be made in writing, not in public.",
            "Concerns about the Landwick checkpoint, road access or range closures should go through the"
            " association, which takes them up with QinetiQ and the MOD.",
            "Private quarrels carried on in public threads will be locked and both parties asked to stop.",
            "If you are unhappy with a decision about boards, pitches or the procession, please speak to the"
            " committee rather than posting about it.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural); most sites say "comment".
COMMENT_WORD_351 = ("comment", "comments")

# The words of the quarter of sites that never say "comment".
OTHER_WORDS_351: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as it is named mid-sentence.
MODERATORS_351: tuple[str, ...] = (
    "the moderators",
    "the admins",
    "the page admins",
    "the committee",
    "the editor",
    "the league secretary",
    "our volunteer moderators",
    "the forum team",
    "the guild officers",
    "the newsroom",
    "the trustees",
)

# Opening lines a site prints before its items (filled per site, then drawn by ``_furnish``).
POLICY_INTROS_351: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, but there are a few house rules.",
    "This page is here to share news from the isle, and to keep it pleasant for everyone we ask members to follow"
    " these rules.",
    "Thanks for joining. A few ground rules:",
    "By sending a {c} you agree to the following terms.",
    "The league committee has agreed the following rules for the website and social media pages.",
    "These guidelines help keep the forum a safe and supportive place for everyone living with a rare disease.",
    "The committee is glad to hear from residents, but asks everyone to keep to the points below.",
)

# Closing lines a site prints after its items.
POLICY_CLOSINGS_351: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Any questions? Contact the secretary.",
    "These rules were agreed by the committee and are reviewed each year at the AGM.",
    "Happy posting!",
    "Thank you for reading, and for your {cs}.",
    "Good luck this season.",
    "Take care of yourselves and each other.",
    "See you at the dressings.",
)

# Titles a site prints over its policy.
POLICY_TITLES_351: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Group rules",
    "{C} policy",
    "Guidelines for {cs}",
    "Page rules",
    "Terms of use",
    "Our rules",
    "Readers' {cs}: the rules",
)

# British spellings used in the sentences above -> American (a site may print either).
AMERICAN_351: dict[str, str] = {
    "criticise": "criticize",
    "offence": "offense",
    "neighbour": "neighbor",
    "judgement": "judgment",
    "behaviour": "behavior",
    "centre": "center",
}

# Names of the sections some sites group their items under.
SECTION_NAMES_351: tuple[str, ...] = (
    "General",
    "Behaviour",
    "What we won't publish",
    "Moderation",
    "Your account",
    "Legal",
    "Safety",
    "Contact",
)
# How a section line is printed: "{n}" is the section's number, "{name}"/"{NAME}" its name as is or in capitals.
SECTION_SHAPES_351: tuple[str, ...] = ("Part {n}: {name}", "Section {n} – {name}", "{n}. {name}", "{name}", "{NAME}")

# Last-updated lines, with {d} {month} {y} filled per site.
UPDATED_LINES_351: tuple[str, ...] = (
    "Last updated {d} {month} {y}.",
    "Updated: {month} {y}",
    "Reviewed at the AGM, {month} {y}.",
    "Agreed by the committee on {d} {month} {y}.",
    "Version 3, {month} {y}",
    "These rules apply from {d} {month} {y}.",
)
# Months for the last-updated lines.
MONTHS_351: tuple[str, ...] = (
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

# Sign-offs some sites print at the very end; "{mods}" is filled per site, capitalised.
SIGN_OFFS_351: tuple[str, ...] = (
    "— The Committee",
    "The Admin Team",
    "Thanks, the admins",
    "Hon. Secretary",
    "– {mods}",
    "Posted by admin",
)

# Other lines some sites print once, after the items.
CONTACT_LINES_351: tuple[str, ...] = (
    "Questions about these rules can be sent to the admins by private message.",
    "Contact the secretary through the Contact Us page.",
    "Ring the office during opening hours if you need to speak to someone.",
)

# List markers: "{n}" is the item's number, "{a}"/"{A}" its letter, "{i}"/"{I}" its roman numeral, "{s}" a
# section number drawn per site.
MARKERS_351: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{i}.",
    "({i})",
    "{I}.",
    "•",
    "·",
    "-",
    "–",
    "*",
    "■",
    "►",
    "Rule {n}:",
    "{s}.{n}",
    "§{n}",
    "Clause {n}.",
)

# Words kept lower case in title-case headings (unless first).
SMALL_WORDS_351 = frozenset({"a", "an", "the", "of", "to", "and", "or", "for", "in", "on", "at", "by", "not", "with"})


def _roman_351(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_351(heading: str) -> str:
    """``heading`` with each word capitalised, small words after the first kept lower case."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_351 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _first_upper_351(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def _items_351(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. Per site it draws its word for what readers send
    ("comment" three times in four, else another word it then uses everywhere) and who moderates; how many items (2-5
    for a fifth of sites, else 6-16), kept in table order or shuffled; one to three sentences an item, up to a bound
    drawn per site, with the final stop dropped on one-sentence items by a few sites; headings in sentence case, title
    case or capitals, or no headings; whether headings stand as a part of their own (bare, with a stop or a colon) or
    run in before the first sentence after a colon, stop or dash; an emphasis style for headings (none, bold, italic
    or underscores); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers,
    "§", "Clause") or none; and by chance section lines between groups of items, a last-updated line at the top or
    bottom, a contact line and a sign-off. Then ``_furnish`` adds an opening, closing and title line by chance,
    American spelling and curly quotes."""
    singular, plural = COMMENT_WORD_351 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_351)
    moderators = rng.choice(MODERATORS_351)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        return _first_upper_351(text.format(**words))

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_351)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    drop_stops = rng.random() < 0.15

    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    own_end = rng.choice(("", ".", ":"))
    run_in_separator = rng.choice((": ", ". ", " – ", " - ", " — "))
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    marker = rng.choice(MARKERS_351) if rng.random() < 0.6 else ""
    if marker == "Rule {n}:" and heading_case != "none":
        marker = rng.choice(("Rule {n} –", "Rule {n}."))
    section_number = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_351[kind]
        drawn = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if drop_stops and len(drawn) == 1 and drawn[0].endswith("."):
            drawn[0] = drawn[0][:-1]
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_351(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        is_question = heading.endswith("?")
        if heading_case == "none":
            parts = ["", *drawn]
        elif placement == "own":
            shown = heading if is_question else heading + own_end
            parts = [f"{emphasis}{shown}{emphasis}", *drawn]
        else:
            separator = " " if is_question else run_in_separator
            if separator == ". " and heading.endswith("."):
                separator = " "
            parts = ["", f"{emphasis}{heading}{emphasis}{separator}{drawn[0]}", *drawn[1:]]
        if marker:
            label = marker.format(
                n=number,
                a=chr(96 + number),
                A=chr(64 + number),
                i=_roman_351(number),
                I=_roman_351(number).upper(),
                s=section_number,
            )
            first = 0 if parts[0] else 1
            parts[first] = f"{label} {parts[first]}"
        items.append(tuple(parts))

    if len(items) >= 6 and rng.random() < 0.25:
        section_shape = rng.choice(SECTION_SHAPES_351)
        section_names = [
            SECTION_NAMES_351[index] for index in sorted(rng.sample(range(len(SECTION_NAMES_351)), rng.randint(2, 3)))
        ]
        breaks = sorted(rng.sample(range(1, len(items)), len(section_names) - 1))
        for index, start in reversed(list(enumerate([0, *breaks]))):
            name = section_names[index]
            items.insert(start, (section_shape.format(n=index + 1, name=name, NAME=name.upper()), ""))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_351).format(
            d=rng.randint(1, 28), month=rng.choice(MONTHS_351), y=rng.randint(2012, 2026)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(CONTACT_LINES_351)))
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_351).format(mods=_first_upper_351(moderators))))

    intros = [fill(line) for line in POLICY_INTROS_351]
    closings = [fill(line) for line in POLICY_CLOSINGS_351]
    titles = [fill(line) for line in POLICY_TITLES_351]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_351)
