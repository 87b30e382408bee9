"""The ``reworded-153`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Solomon Islands news, Suffolk coastal papers, Nebraska sandhills weeklies, netball clubs,
lace-making guilds, lupus support forums, tenants' associations in new towns and heritage-tram volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, without reading the cleaner's
code, docs or reports, nor any other family's sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (in sentence case, without a stop; a site prints them in its own case and with its
#: own stop), and five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are
#: the site's word for what readers send (singular, plural, capitalised). Written in British spelling; a document may
#: print it in American spelling (``AMERICAN_153``).
REWORDINGS_153 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play the ball, not the player", "Be kind", "Why be polite?"),
        (
            "Treat everyone here as you would on the sideline or at the monthly meeting.",
            "Disagree by all means, but do it without name-calling or sneering.",
            "Personal attacks on other readers, our reporters or the people in a story will be removed.",
            "Remember there is a real person, often a neighbour, reading your {c}.",
            "Sarcasm and point-scoring rarely help anyone and make the board less welcoming for newcomers.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Everyone is welcome here",
            "Zero tolerance for hatred",
            "What counts as hate?",
        ),
        (
            "{Cs} that attack people for their race, island, province, religion, sex, sexuality or disability are not "
            "allowed.",
            "Tribal and provincial slurs have no place on this page and will be deleted without warning.",
            "We do not accept racist, sexist, homophobic or transphobic remarks, including those made as a joke.",
            "Stereotyping residents of any estate, street or community is not acceptable.",
            "Anyone stirring up hatred against a group of people will be banned and may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Other people's information",
            "What should I keep to myself?",
        ),
        (
            "Do not post phone numbers, addresses, email addresses or car registrations, yours or anyone else's.",
            "Please do not name neighbours, contractors or housing officers in a dispute; describe the problem instead.",
            "Health information you share here can be seen by anyone, so think carefully before posting test results "
            "or letters.",
            "Never share another member's diagnosis, medication or story outside this forum.",
            "Photographs of people's homes, children or vehicles must not be posted without their permission.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting juniors",
            "Children and young people",
            "Keeping everyone safe",
            "Worried about a child?",
        ),
        (
            "Do not name, tag or post photographs of junior players without written consent from a parent or guardian.",
            "Adults must not send private messages to members under 18.",
            "If you are worried about the welfare of a child or vulnerable adult, contact our welfare officer rather "
            "than posting about it.",
            "Any concern raised with us will be handled in line with the club's safeguarding policy.",
            "Volunteers under 18 are not to be identified by full name on this page.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "{Cs} are checked first",
        ),
        (
            "All {cs} are read by a moderator before they are published.",
            "Our moderators are volunteers, so it may take a day or two for your {c} to appear.",
            "{Cs} sent over the weekend or on public holidays may not be approved until Monday.",
            "Please do not send the same {c} more than once if it does not show up straight away.",
            "New members' first few {cs} are held for checking; after that they appear at once.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Off-topic {cs}", "Stick to the subject", "Is this the right board?"),
        (
            "Please keep your {c} to the subject of the story or thread.",
            "Questions about fixtures, training or kit belong in the members' area, not under match reports.",
            "General chat has its own board; threads that wander too far will be moved or locked.",
            "Repair requests must go to your landlord or housing association, not on this page.",
            "Discussion of politics or religion is best kept for elsewhere unless it is the subject of the article.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and promotion", "Commercial posts", "Can I sell things here?"),
        (
            "Advertising, sales and links to shops or fundraising pages are not allowed without a committee member's "
            "agreement.",
            "Members may list bobbins, pillows and pattern books for sale on the sales board only.",
            "Chain letters, surveys and repeated links will be removed as spam.",
            "Promoting your own business, page or channel is not allowed.",
            "Please do not post tickets, raffles or events that are not run by the society.",
        ),
    ),
    (  # real names / accounts
        ("Use your real name", "One account each", "Accounts", "Who are you?", "Impersonation"),
        (
            "We ask members to register with their real name, though only your username is shown.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, a club official or a member of our staff.",
            "{Cs} from anonymous or newly made profiles may be removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Defamation", "The law", "Court cases", "Could I be sued?"),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",
            "{Cs} on cases before the courts can put a trial at risk and will not be published.",
            "You may be held legally responsible for what you write, and we will co-operate with police inquiries.",
            "Anything that may be defamatory, threatening or in contempt of court will be removed.",
            "Do not name victims of sexual offences or young people involved in court proceedings.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photographs and patterns", "Whose picture is it?", "Credit your sources"),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Please do not copy published patterns or scan pages from books; give the title and designer instead.",
            "Do not paste whole articles from other newspapers; a short quote and a link will do.",
            "Archive photographs of the trams belong to the trust and may not be reused without permission.",
            "By posting pictures here you allow us to use them on this site and in our newsletter.",
        ),
    ),
    (  # reporting
        ("Reporting a {c}", "Report abuse", "Seen something wrong?", "How to report", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Please report problems to the moderators rather than replying in the thread.",
            "You can contact the site administrator by email if something needs urgent attention.",
            "Reports are anonymous; the member concerned will not be told who flagged their {c}.",
            "Do not report a {c} just because you disagree with it.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' decisions",
            "The right to remove",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not discuss them on the open board.",
            "We may close a thread to further {cs} at any time.",
            "The committee may remove any {c} it considers harmful to the association or its members.",
            "If you think we have made a mistake, write to us privately and we will look at it again.",
        ),
    ),
    (  # corrections / news tips
        (
            "Corrections and news tips",
            "Spotted a mistake or got a story?",
            "Contact the newsroom",
            "Getting in touch",
            "Tell us",
        ),
        (
            "If we have got something wrong in a story, please email the newsroom rather than posting a {c}.",
            "Errors of fact are corrected as soon as possible and noted at the foot of the article.",
            "Have a story from your village or ward? Send it to the editor with your name and a phone number.",
            "Results and reports for the weekly round-up should reach us by Sunday evening.",
            "Sightings, memories and old photographs of the line are always welcome by email.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "How should I write?", "What language can I use?"),
        (
            "Swearing and crude language are not allowed, even with letters replaced by symbols.",
            "Please write in English so that everyone can follow; {cs} in Pijin are welcome where the story calls for "
            "it.",
            "Writing in capitals reads as shouting and is hard to read.",
            "Keep {cs} short and clear; long posts are more likely to be skipped.",
            "Text speak and strings of emojis make {cs} hard for some members to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Members who break these rules will first be warned by a moderator.",
            "Repeated breaches will lead to a suspension and, in the end, removal from the group.",
            "Serious abuse or threats will lead to an immediate ban without warning.",
            "Banned members who return under a new name will be removed again.",
            "A member may be suspended while the committee looks into a complaint.",
        ),
    ),
    (  # advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Advice on this board",
            "Should I change my medication?",
            "Sharing experience, not advice",
        ),
        (
            "Nothing posted here is medical advice; always speak to your rheumatologist or GP before changing treatment.",
            "Members share their own experience, which may not apply to you.",
            "If you feel very unwell, call your doctor or emergency services rather than posting here.",
            "Please do not recommend supplements, cures or products that have not been prescribed.",
            "Advice about your tenancy given here is not legal advice; contact Citizens Advice or a solicitor.",
        ),
    ),
    (  # safety
        ("Safety first", "Staying safe", "Keep yourself safe", "Is it safe to meet up?", "On and around the line"),
        (
            "Never go on to the track, into the depot or near the overhead line unless you are a rostered volunteer.",
            "If you arrange to buy or swap anything through this page, meet somewhere public.",
            "Do not share details of when your home will be empty, such as holidays or away fixtures.",
            "Report anything unsafe on the estate to the council or your landlord first, and in an emergency call 999.",
            "Photographers must stay behind the barriers on running days and follow the marshals' instructions.",
        ),
    ),
)

#: A site's word for what readers send: (singular, plural). A quarter of the sites never say "comment".
WORDS_153 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

POLICY_TITLES_153 = (
    "{C} guidelines",
    "House rules",
    "Posting rules",
    "Community guidelines",
    "Forum rules",
    "Rules of the board",
    "Our {c} policy",
    "Group rules",
    "Guidelines for members",
    "Before you post",
    "Terms of use for {cs}",
)

POLICY_INTROS_153 = (
    "We want this to be a friendly place for everyone, so please read these rules before you post.",
    "By posting on this site you agree to the following.",
    "These guidelines were agreed by the committee and apply to every member.",
    "Thank you for joining the discussion. A few simple rules:",
    "Our readers' {cs} are welcome, provided they follow these rules.",
    "This group is run by volunteers for members and friends of the association.",
    "Please take a moment to read the following before sending your first {c}.",
)

POLICY_CLOSINGS_153 = (
    "Thank you for helping to keep this a welcoming place.",
    "These rules may be updated from time to time.",
    "Last updated March 2024.",
    "If you have any questions about these rules, please contact a moderator.",
    "Any queries should be sent to the secretary.",
    "Happy posting!",
    "Tagio tumas for keeping the discussion respectful.",
    "— The Committee",
    "Questions? Email the editor.",
)

#: British spellings the table uses, and their American forms.
AMERICAN_153 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "organisation": "organization",
    "behaviour": "behavior",
    "favour": "favor",
    "colour": "color",
    "programme": "program",
    "licence": "license",
    "apologise": "apologize",
    "centre": "center",
}

_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "if",
    "in",
    "is",
    "it",
    "my",
    "not",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The marker a site prints before its ``number``-th item (from 1) in ``style``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
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
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "1 -": f"{number} -",
        "01.": f"{number:02d}.",
        "a)": f"{letters[number - 1]})",
        "(a)": f"({letters[number - 1]})",
        "A.": f"{letters[number - 1].upper()}.",
        "i.": f"{romans[number - 1]}.",
        "(i)": f"({romans[number - 1]})",
        "I.": f"{romans[number - 1].upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} \u2013",
    }
    return shapes.get(style, style)


def _items_153(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-153 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws the site's word for what readers send ("comment" three sites in four); how many items (two to four for
    three sites in ten, else five to all seventeen) and whether they keep the table's order or come shuffled; how the
    site prints headings (its case, on their own part or run in before the first sentence, what follows them, bold
    marks on forums, none at all for some sites); the marker before each item; for each item a heading and one to
    three of its sentences in the table's order; then the opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(WORDS_153)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    def fill(text: str) -> str:
        return text.format(**names)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(5, len(REWORDINGS_153))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_153[i] for i in sorted(rng.sample(range(len(REWORDINGS_153)), count))]
    else:
        chosen = rng.sample(REWORDINGS_153, count)

    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "run", "run", "none"))  # heading on its own part, run in, or not printed
    run_stop = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    own_stop = rng.choice(("", "", "", ":", "."))
    bold = rng.random() < 0.1  # forum software scraped with its bold marks
    faq = rng.random() < 0.3  # a question heading printed as Q. and its sentences as A.
    style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "1 -",
            "01.",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "Rule 1:",
            "Rule 1 -",
            "\u2022",
            "\u2022",
            "-",
            "*",
            "\u2013",
            "\u25a0",
            "\u2714",
            ">",
        )
    )

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        elif case == "lower":
            heading = " ".join(w if w == "I" else w.lower() for w in heading.split(" "))
        if bold:
            heading = f"**{heading}**"
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        question = heading.rstrip("*").endswith("?")
        if placing == "none":
            item = ["", *parts]
        elif placing == "own":
            if faq and question:
                item = [f"Q. {heading}", f"A. {parts[0]}", *parts[1:]]
            else:
                item = [heading + ("" if question else own_stop), *parts]
        else:
            stop = " " if question else run_stop
            item = ["", heading + stop + parts[0], *parts[1:]]
        if style:
            first = 0 if item[0] else 1
            item[first] = f"{_marker(style, number)} {item[first]}"
        items.append(tuple(item))

    titles = [fill(title) for title in POLICY_TITLES_153]
    intros = [fill(intro) for intro in POLICY_INTROS_153]
    closings = [fill(closing) for closing in POLICY_CLOSINGS_153]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_153)
