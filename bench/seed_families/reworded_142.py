"""The ``reworded-142`` family's policies: how Jamaican diaspora community news sites, Teesside papers, Louisiana
bayou weeklies, skateboarding collectives, amateur dramatic societies, allotment federations, hearing-voices peer
groups and bus-enthusiast societies word and print their posting rules (``FAMILIES.md`` says
how it was written and what it is held out for).

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or its reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (a question or two among them), and sentence choices, each one sentence; an item
#: prints one to three of them. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_142``).
REWORDINGS_142 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Play the ball, not the player",
            "Why can't I just say what I think?",
            "Courtesy costs nothing",
            "Treat others as you would wish to be treated",
        ),
        (
            "Disagree as strongly as you like, but do it without insulting the person you are answering.",
            "Name-calling, sneering and sarcasm aimed at other members will see your {c} taken down.",
            "Everyone here started somewhere, so please be patient with newcomers who ask the obvious questions.",
            "Robust debate is welcome; bullying, goading and pile-ons are not.",
            "Talk to people here the way you would talk to them over the garden fence or at the bus stop.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Zero tolerance for prejudice",
            "Racism and discrimination",
            "What counts as hate speech?",
            "Everyone is welcome here",
        ),
        (
            "{Cs} that attack people for their race, colour, faith, sexuality, gender identity or disability "
            "will be removed without warning.",
            "Racist, homophobic or transphobic language, including so-called jokes, will get you banned.",
            "We will not host patois mocked for laughs, stereotypes about Caribbean people or talk of sending "
            "anyone back where they came from.",
            "Prejudice against people who hear voices or live with a mental health diagnosis has no place here.",
            "Slurs written with asterisks or misspelt to get past the filter are treated exactly the same as the "
            "real thing.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Can I share someone's contact details?",
            "Personal information",
        ),
        (
            "Do not post anyone's home address, phone number or email address, and think twice about sharing your own.",
            "Plot numbers, site gate codes and the times a shed is left empty should never be posted publicly.",
            "Do not share photographs of people without their permission, especially children at rehearsals or "
            "at the skatepark.",
            "What members share about their own experiences stays in the group, so please do not copy it elsewhere.",
            "Registration numbers of private cars and the names of drivers should be blurred or left out of "
            "anything you post.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Keeping young members safe",
            "What if I'm worried about someone?",
            "Under-18s",
        ),
        (
            "Adults must not send private messages to members they know to be under 18.",
            "If something you read makes you worried about a child or a vulnerable adult, contact our "
            "safeguarding officer straight away.",
            "Do not name or hint at the identity of children involved in police matters or court cases.",
            "Members aged 13 to 17 may join with a parent's or carer's permission.",
            "Any {c} that raises a safeguarding concern will be passed to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How we check {cs}",
            "Where's my {c} gone?",
        ),
        (
            "All {cs} are read by a volunteer moderator before they are published, which can take a day or two.",
            "Our moderators are volunteers with jobs and plots of their own, so please bear with us.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "Please do not send the same {c} again if it does not show up at once; duplicates slow everything down.",
            "New members' first few {cs} are held for approval, after which they appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Right place, right thread",
            "Is this the right place for my {c}?",
            "Off-topic posting",
        ),
        (
            "Please keep {cs} to the subject of the article or thread they sit under.",
            "Ticket sales, cast lists and rehearsal schedules belong in their own section, not in review threads.",
            "Questions about rent, waiting lists and plot inspections should go to your site secretary, not the "
            "open forum.",
            "Threads that drift into arguments about national politics will be locked.",
            "Start a new thread rather than hijacking someone else's with an unrelated question.",
        ),
    ),
    (  # advertising and spam
        (
            "No spam",
            "Advertising",
            "Selling and promotion",
            "Can I advertise my business?",
            "Buying and selling",
            "Self-promotion",
        ),
        (
            "{Cs} that exist only to sell something or drive traffic to another website will be deleted.",
            "Members may offer surplus seedlings, seed potatoes and tools for swap in the Exchange section only.",
            "Promoting your shop, sponsor or brand needs the committee's permission first.",
            "Chain letters, get-rich-quick schemes and links to unknown sites will be removed and the account closed.",
            "Local events and fundraisers may be listed once; repeated posting of the same notice counts as spam.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Names and usernames",
            "One person, one account",
            "Do I have to use my real name?",
            "Impersonation",
        ),
        (
            "You may use a nickname, but it must not be offensive or look like someone else's name.",
            "Each member may hold one account; second accounts used to dodge a ban will be closed.",
            "Pretending to be a member of the society's committee, a bus company or a newspaper's staff will lead "
            "to an immediate ban.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "We ask for a real name and a town when you register, though only your username is shown.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Could my {c} get me into trouble?",
            "Think before you post",
        ),
        (
            "Do not accuse a named person of a crime or wrongdoing unless it has been proved in court.",
            "{Cs} about court cases that are still going on may be in contempt of court and will not be published.",
            "You are legally responsible for what you write, and defamatory {cs} can lead to action against you.",
            "Do not post anything that encourages trespass on depots, railway land or private property.",
            "Nothing posted here should encourage anyone to break the law, including skating where it is banned.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Whose picture is it?",
            "Can I post a photo I found online?",
            "Credit where it's due",
        ),
        (
            "Only post photographs you took yourself, or have the photographer's permission to share.",
            "Please credit the photographer when sharing fleet pictures, and never remove a watermark.",
            "Do not copy whole newspaper articles into a {c}; a short quote and a link will do.",
            "Scripts, scores and recordings of our productions are protected by copyright and licence terms and "
            "must not be shared here.",
            "By posting, you allow us to publish your {c} on the website, on our social media and in print.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Seen something wrong?",
            "Flag it",
            "How do I report a {c}?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "You can also email the moderators with a link to the {c} and a short note of what is wrong.",
            "Please report problems rather than arguing about them in public; it keeps threads from getting worse.",
            "Reports are read by a moderator and the person you report is not told who reported them.",
            "If a {c} is about you and you want it removed, contact the editor and we will look at it quickly.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The small print",
            "Who decides?",
            "Our right to edit",
        ),
        (
            "The editor reserves the right to edit, refuse or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean the paper, the society or its committee agrees with it.",
            "We may shorten {cs} for length or remove anything we think might land us in legal difficulty.",
            "Moderators' decisions are final and will not be debated on the open forum.",
            "The views expressed here are those of the members who post them, not of the federation.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Is something in our story wrong?",
        ),
        (
            "If you think we have got something wrong, email the newsroom and we will put it right.",
            "Corrections are made in the article itself, not in the {cs} below it.",
            "If you have a story from the community, the news desk would love to hear from you.",
            "Send your news, photos and event listings to the editor; we cannot pick up tips left in {cs}.",
            "Fleet and route updates should be sent to the news editor with a source, so they can be checked.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Can I swear?",
            "Write so others can read it",
        ),
        (
            "Swearing, crude language and abbreviations of swear words will be removed.",
            "Please do not type your whole {c} in capital letters; it reads as shouting.",
            "{Cs} in Jamaican patois are welcome, but please keep them free of bad words.",
            "Keep it family-friendly; younger members and their parents read these pages too.",
            "Please write in English, or give a translation, so our moderators can check what you have said.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Consequences",
            "Suspensions",
            "Breaches of these rules",
        ),
        (
            "A first breach will usually earn a warning; repeated breaches lead to a suspension or a ban.",
            "Serious breaches, such as threats or hate speech, will lead to a ban without any warning.",
            "Members who are banned from the forum may also be asked to leave the society.",
            "A suspension normally lasts seven days, and the moderators will tell you why it was given.",
            "If you think a decision was wrong, write to the committee secretary rather than starting a thread "
            "about it.",
        ),
    ),
    (  # safety and advice
        (
            "Your safety",
            "Looking after yourself",
            "Advice and support",
            "Need help now?",
            "Is this medical advice?",
            "Safety first",
        ),
        (
            "Members share their own experiences here, not professional advice, so please speak to your GP before "
            "changing any medication.",
            "If you are in crisis or feel unsafe, call Samaritans free on 116 123 or go to your nearest A&E.",
            "Please do not post detailed descriptions of self-harm; a content note at the top of your {c} helps "
            "others choose what to read.",
            "Spray and pesticide advice is posted in good faith; always check the label and the current rules "
            "before you use anything.",
            "Do not post videos of stunts on public roads, and always wear a helmet in clips you share.",
        ),
    ),
    (  # volunteers and reviews
        (
            "Remember we're volunteers",
            "Reviews and criticism",
            "A word about reviews",
            "Can I criticise a show?",
            "Constructive feedback",
        ),
        (
            "Everyone on stage and behind the scenes gives their time for free, so keep criticism fair and "
            "constructive.",
            "Review the production, not the people in it; personal remarks about cast members will be removed.",
            "Complaints about a show, a driver or a site rep should go to the right person, not be aired here.",
            "The committee is made up of unpaid volunteers who are doing their best; please treat them that way.",
            "Honest opinions are welcome, but do not mock anyone's age, size or ability.",
        ),
    ),
)


#: The site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_142 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


#: Titles such sites print above their posting rules.
TITLES_142 = (
    "Posting rules",
    "Forum Rules",
    "Community Guidelines",
    "House Rules",
    "Rules for {Cs}",
    "{C} Policy",
    "Code of Conduct",
    "Members' Code of Conduct",
    "Before you post",
    "Group agreement",
    "Have your say",
    "Terms of participation",
)


#: Opening lines.
INTROS_142 = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone, so we ask all members to follow a few simple rules.",
    "By sending a {c} you agree to the rules below.",
    "These guidelines apply to all {cs} on our website, our forum and our social media pages.",
    "The committee has agreed the following rules for the members' forum.",
    "This is a peer support space, and these agreements help keep it safe for everyone.",
    "Your {cs} are welcome, as long as they follow our house rules.",
)


#: Closing lines.
CLOSINGS_142 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "Last updated: March 2025.",
    "If you have any questions about these rules, contact the moderators.",
    "Walk good, and thanks for reading.",
    "Skate safe and look after each other.",
    "Happy growing!",
    "The Editor",
    "Approved by the committee at the AGM.",
)


#: British spellings in the lists above and their American forms (a reworded-142 document prints one or the other).
AMERICAN_142 = {
    "colour": "color",
    "licence": "license",
    "criticise": "criticize",
    "misspelt": "misspelled",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
}


def _cased(heading: str, case: str) -> str:
    if case == "title":
        small = {"a", "an", "and", "as", "at", "by", "for", "in", "not", "of", "on", "or", "the", "to", "with"}
        words = heading.split(" ")
        return " ".join(word if i and word in small else word[:1].upper() + word[1:] for i, word in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    return heading


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker(style: str, n: int, section: int) -> str:
    """The marker printed before item ``n`` (counting from one) in one of the shapes these sites print."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "num-dot": f"{n}.",
        "num-paren": f"{n})",
        "num-both": f"({n})",
        "num-zero": f"{n:02d}.",
        "num-slash": f"{n}/",
        "num-bracket": f"[{n}]",
        "letter-paren": f"{letter})",
        "letter-both": f"({letter})",
        "letter-upper": f"{letter.upper()}.",
        "roman-dot": f"{_roman(n)}.",
        "roman-both": f"({_roman(n)})",
        "roman-upper": f"{_roman(n).upper()}.",
        "rule-dot": f"Rule {n}.",
        "rule-colon": f"Rule {n}:",
        "rule-dash": f"Rule {n} \u2013",
        "section": f"{section}.{n}",
        "bullet": "\u2022",
        "hyphen": "-",
        "star": "*",
        "en-dash": "\u2013",
        "triangle": "\u25ba",
        "square": "\u25aa",
        "tick": "\u2714",
        "none": "",
    }[style]


def _items_142(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-142 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word for what readers send (a quarter of sites never say "comment"), then two to four item
    kinds (0.3) or six to seventeen, in the table's order (0.4) or as drawn; one heading and one to three
    sentences an item (up to the site's most). The site prints its headings as written, in title case, in capitals
    or in lower case; on a part of their own (with no stop, a stop or a colon), run in before the first sentence
    (colon, stop, dash or bar) or not at all (0.15); at some sites in Markdown bold or as a question-and-answer
    pair; an item's sentences as parts of their own or as one (0.4); one marker style for the whole list (numbers
    of several shapes, letters, roman numerals, "Rule N", section numbers, bullets of several kinds, or none). Opening, closing and title lines come from ``_furnish``."""
    if rng.random() < 0.25:
        word, words = rng.choice(WORDS_142[1:])
    elif rng.random() < 0.75:
        word, words = WORDS_142[0]
    else:
        word, words = rng.choice(WORDS_142)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    if rng.random() < 0.3:
        kinds = rng.sample(range(len(REWORDINGS_142)), rng.randint(2, 4))
    else:
        kinds = rng.sample(range(len(REWORDINGS_142)), rng.randint(6, len(REWORDINGS_142)))
    if rng.random() < 0.4:
        kinds.sort()

    case = rng.choice(("as", "as", "as", "title", "title", "upper", "lower"))
    placing = rng.choices(("own", "run-in", "none"), weights=(0.5, 0.35, 0.15))[0]
    own_stop = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 ", " | "))
    bold = rng.random() < 0.07
    qa = placing == "own" and rng.random() < 0.08
    style = rng.choice(
        (
            "num-dot",
            "num-dot",
            "num-dot",
            "num-paren",
            "num-both",
            "num-zero",
            "num-slash",
            "num-bracket",
            "letter-paren",
            "letter-both",
            "letter-upper",
            "roman-dot",
            "roman-both",
            "roman-upper",
            "rule-dot",
            "rule-colon",
            "rule-dash",
            "section",
            "bullet",
            "bullet",
            "hyphen",
            "star",
            "en-dash",
            "triangle",
            "square",
            "tick",
            "none",
            "none",
            "none",
        )
    )
    section = rng.randint(1, 12)
    most = rng.choice((1, 2, 2, 3, 3))
    joined = rng.random() < 0.4

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_142[kind]
        heading = _cased(rng.choice(headings).format(**names), case)
        said = [sentence.format(**names) for sentence in rng.sample(sentences, rng.randint(1, most))]
        if joined:
            said = [" ".join(said)]
        if placing == "none":
            heading = ""
        elif bold:
            heading = f"**{heading}**"
        marker = _marker(style, n, section)
        if placing == "run-in":
            stop = "" if heading.endswith("?") and run_in.strip() in (":", ".") else run_in
            first = f"{heading}{stop if stop else ' '}{said[0]}"
            parts = [f"{marker} {first}" if marker else first, *said[1:]]
            items.append(("", *parts))
            continue
        if placing == "own":
            if qa and heading.endswith("?"):
                heading, said[0] = f"Q: {heading}", f"A: {said[0]}"
            elif not heading.endswith("?") and not heading.endswith("**"):
                heading += own_stop
            heading = f"{marker} {heading}" if marker else heading
        else:
            said[0] = f"{marker} {said[0]}" if marker else said[0]
        items.append((heading, *said))

    intros = [line.format(**names) for line in INTROS_142]
    closings = [line.format(**names) for line in CLOSINGS_142]
    titles = [line.format(**names) for line in TITLES_142]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_142)
