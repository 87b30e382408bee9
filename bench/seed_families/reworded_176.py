"""The ``reworded-176`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Zanzibar and Comoros English news, Yorkshire Wolds and Lincolnshire Fens papers, Oregon timber-town
weeklies, squash clubs, embroiderers' guilds, long-COVID forums, parish-allotment boards, sea-scout groups.

Written blind: from how such sites word and print their posting rules, house rules and noticeboard guidelines, without
reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without a stop: a document adds one, or runs the heading into its first
#: sentence), and sentence choices, each of one sentence or two. ``{c}``/``{cs}`` is the site's word for what readers
#: send (``{C}``/``{Cs}`` capitalised), ``{m}`` its word for the people who send it. Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_176``).
REWORDINGS_176 = (
    (  # civility
        (
            "Be courteous",
            "Treat others with respect",
            "Play the ball, not the player",
            "Is it kind?",
            "Good manners cost nothing",
            "Civility",
        ),
        (
            ("Disagree with ideas, not with the people who hold them.",),
            ("Personal attacks on other {m}, our reporters or the people in our stories will be removed.",),
            ("Robust debate is welcome; rudeness is not.", "Please treat fellow {m} as you would face to face."),
            ("Name-calling, sneering and goading other {m} will get your {c} taken down.",),
            (
                "Many of our {m} are unwell and have little energy for arguments.",
                "Please be gentle with one another.",
            ),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance of discrimination",
            "Respect for all",
            "What counts as hate?",
            "No bigotry",
        ),
        (
            ("{Cs} attacking anyone's race, religion, ethnicity, sex, sexuality or disability will be deleted.",),
            ("We do not tolerate racism, sectarianism, sexism, homophobia or any other form of bigotry.",),
            ("Stirring up hatred between communities, islands or faiths is not allowed here.",),
            ("Slurs are not acceptable, even as a joke or in a quote.", "Accounts posting them will be suspended."),
            (
                "Our group is open to everyone.",
                "Discriminatory remarks will be removed and may be reported to the District Commissioner.",
            ),
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep it private",
            "Can I share contact details?",
            "Data protection",
            "Other people's details",
        ),
        (
            ("Do not post anyone's home address, phone number or email address, including your own.",),
            ("Please don't share screenshots of private messages without the sender's permission.",),
            ("Plot holders should be referred to by plot number, not by name.",),
            (
                "Health details shared here are personal.",
                "Do not repeat another member's story elsewhere without their consent.",
            ),
            (
                "If you need to swap contact details, use the private messaging feature.",
                "Phone numbers posted in public {cs} will be removed.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young people first",
            "Protecting children",
            "Photos of young people",
            "Who can see my child's picture?",
        ),
        (
            ("Never post photographs of young people without written consent from a parent or carer.",),
            ("Do not name children or give details of the school they attend.",),
            (
                "Adults must not contact young members privately through this site.",
                "All contact should follow the Yellow Card code of practice.",
            ),
            ("Any concern about a child's welfare should go to the Group Safeguarding Lead, not on this board.",),
            (
                "Please do not identify children or victims involved in court cases.",
                "Doing so may be a criminal offence.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Approval times",
            "Please be patient",
            "Where is my {c}?",
        ),
        (
            ("All {cs} are read by a moderator before they are published.",),
            ("{Cs} are checked by volunteers, so it may take a day or two for yours to appear.",),
            (
                "Our newsroom is small.",
                "{Cs} sent at weekends or on public holidays may not be approved until Monday.",
            ),
            ("{Cs} from new members are held for approval until a moderator has seen a few of them.",),
            (
                "Please do not send the same {c} twice if it does not show straight away.",
                "It is waiting in the queue.",
            ),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is this the right place?",
            "Relevance",
            "What this board is for",
            "Off-topic {cs}",
        ),
        (
            ("Please keep your {cs} relevant to the story above.",),
            ("This board is for allotment matters only: plots, water, the shed rota and the annual show.",),
            ("Club matters only, please: box leagues, court bookings, coaching and socials.",),
            ("Off-topic {cs} may be moved to the General Chat section or removed.",),
            ("Political campaigning is not what this group is for.", "Please take it elsewhere."),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell my work here?",
            "Commercial {cs}",
            "Links",
        ),
        (
            ("Advertising, chain letters and repeated {cs} will be removed.",),
            ("Members may mention their own kits, classes or commissions in the monthly Sales thread only.",),
            ("Links to sites selling supplements, tests or treatments will be deleted without notice.",),
            ("Please do not use this board to sell produce, seed or tools; use the swap table in the trading hut.",),
            (
                "Unsolicited promotion will be treated as spam.",
                "Accounts set up only to advertise will be closed.",
            ),
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Use your real name",
            "Who are you?",
            "Usernames",
            "One person, one account",
            "Registration",
        ),
        (
            ("Please use your real name; anonymous {cs} will not be published.",),
            ("Each member may hold one account only.", "Duplicate accounts will be closed."),
            ("Do not pretend to be another person, a member of staff or an organisation.",),
            ("Usernames must not be offensive or contain a web address.",),
            ("You must be a paid-up member of the guild to take part here.",),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation",
            "Contempt of court",
            "Could you be sued?",
            "Libel",
        ),
        (
            ("Do not make allegations you cannot prove about named people or businesses.",),
            ("{Cs} about live court cases will not be published until the case has concluded.",),
            (
                "You are legally responsible for what you write.",
                "Defamatory or threatening {cs} may be passed to the police.",
            ),
            (
                "We are bound by the laws of the United Republic of Tanzania and of Zanzibar.",
                "That includes the regulations on online content.",
            ),
            ("Publishing anything that could identify the victim of a sexual offence is a crime.",),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Credit where it's due",
            "Other people's work",
            "Can I share a pattern?",
            "Photographs and images",
        ),
        (
            (
                "Do not post whole articles or photographs from other publications.",
                "A short quote with a link is fine.",
            ),
            (
                "Charted designs and patterns are the property of their designers.",
                "Please do not share copies here.",
            ),
            ("Always credit the stitcher when you share a picture of someone else's work.",),
            ("By submitting a {c}, you grant us a licence to publish it in print and online.",),
            ("Only upload pictures you have taken yourself or have permission to use.",),
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report it",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
        ),
        (
            ("Use the Report link beneath any {c} you think breaks these rules.",),
            ("If something worries you, email the moderators rather than replying in the thread.",),
            ("Flagged {cs} are hidden until a moderator has looked at them.",),
            ("Please report, don't retaliate.", "Arguing back only makes the thread harder to moderate."),
            (
                "Complaints about our reporting should be sent to the editor.",
                "We are regulated by IPSO and follow the Editors' Code of Practice.",
            ),
        ),
    ),
    (  # editor's discretion
        (
            "Our right to remove",
            "Editor's decision",
            "Final say",
            "Moderators' discretion",
            "Who decides?",
        ),
        (
            ("We reserve the right to edit, refuse or remove any {c} without giving a reason.",),
            ("The editor's decision on publication is final.",),
            ("Moderators are volunteers and act in good faith.", "Please respect their judgement."),
            ("The committee may close any thread it considers unhelpful.",),
            ("{Cs} may be shortened for reasons of space or law.",),
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted an error?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Tell us",
        ),
        (
            ("If we have got something wrong, email the newsroom rather than leaving a {c}.", "We will put it right."),
            ("Corrections appear on page 2 of the print edition and at the foot of the story online.",),
            ("Have a story for us? Call the newsdesk or use the contact form.",),
            ("Tips about local news can be sent in confidence to the editor.",),
            ("Results, fixtures and match reports should be sent to the club secretary, not posted here.",),
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "Keep it clean",
            "No shouting",
            "Swearing",
            "Which language?",
        ),
        (
            ("Swearing, including words with letters replaced by symbols, is not allowed.",),
            ("{Cs} in Kiswahili or French are welcome, but please add a short summary in English.",),
            ("Please avoid writing in capital letters; it reads as shouting.",),
            ("Our youngest members read this board.", "Keep your language suitable for them."),
            ("Crude or sexual language will be removed.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
        ),
        (
            (
                "Members who break these rules will receive a warning from a moderator.",
                "A second breach may lead to suspension.",
            ),
            ("We operate a three-strikes policy.",),
            ("Persistent offenders will be banned without further notice.",),
            ("Serious breaches, such as threats or abuse, will result in an immediate ban.",),
            ("Suspended members may appeal to the committee in writing within 14 days.",),
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not medical advice",
            "Your health",
            "Is this advice?",
            "Safety first",
            "Take care",
        ),
        (
            (
                "Nothing posted here is medical advice.",
                "Always speak to your GP or another health professional before changing your treatment.",
            ),
            ("Do not promote unproven cures, or tell other members to stop prescribed medication.",),
            ("If you are in crisis, call 999 or the Samaritans on 116 123.",),
            ("Questions about boating and water safety should go to a uniformed leader, not the forum.",),
            ("Pacing matters.", "Take a break from the forum if reading it leaves you exhausted."),
        ),
    ),
    (  # whose views
        (
            "Disclaimer",
            "Views expressed",
            "Whose opinion is it?",
            "Readers' views",
            "Responsibility",
        ),
        (
            ("The views expressed are those of the {m} who post them, not of the newspaper.",),
            ("Opinions shared on this board are not those of the guild or its committee.",),
            ("We do not endorse any product, treatment or service mentioned by {m}.",),
            ("Publication of a {c} does not mean we agree with it.",),
            ("The association accepts no responsibility for the accuracy of information posted here.",),
        ),
    ),
)


#: Titles, opening and closing lines some of these sites print with their rules.
TITLES_176 = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Commenting policy",
    "Before you post",
    "Noticeboard rules",
    "Code of conduct",
    "Terms of participation",
)

INTROS_176 = (
    "Please read these house rules before you take part.",
    "We welcome {cs} from {m}, provided they follow the guidelines below.",
    "This board is run by volunteers on behalf of the allotment association.",
    "To keep the forum a safe and supportive place, we ask all members to follow these rules.",
    "Karibu! {Cs} from {m} are welcome, subject to the rules below.",
    "By submitting a {c} you agree to the following.",
    "Our commenting rules are short and simple.",
)

CLOSINGS_176 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated at any time.",
    "Questions about these rules? Contact the webmaster.",
    "Happy stitching!",
    "Asante for reading.",
    "The committee thanks you for your cooperation.",
    "Thanks for commenting, and see you on court.",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_176 = {
    "organisation": "organization",
    "offence": "offense",
    "licence": "license",
    "judgement": "judgment",
}

#: The site's word for what readers send: (singular, plural); and for the people who send it.
_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
_PEOPLE = ("readers", "members", "users", "contributors")

_SMALL = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "as", "at", "by", "with"}

_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(style: str, i: int) -> str:
    """The marker a site prints before its ``i``-th item (from 0), with the space after it; "" for none."""
    n = i + 1
    shapes = {
        "1.": f"{n}. ",
        "1)": f"{n}) ",
        "(1)": f"({n}) ",
        "1 -": f"{n} - ",
        "Rule 1:": f"Rule {n}: ",
        "a)": f"{chr(96 + n)}) ",
        "(a)": f"({chr(96 + n)}) ",
        "A.": f"{chr(64 + n)}. ",
        "i.": f"{_roman(n)}. ",
        "(i)": f"({_roman(n)}) ",
        "I.": f"{_roman(n).upper()}. ",
    }
    if style in shapes:
        return shapes[style]
    return f"{style} " if style else ""


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        words = heading.split(" ")
        return " ".join(
            word if k and word.lower() in _SMALL else word[:1].upper() + word[1:] for k, word in enumerate(words)
        )
    return heading


def _items_176(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-176 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per document: the site's word for what readers send ("comment" 0.75, else one of ``_WORDS``, and then no
    line says "comment"), and for its people; few items (2-4, 0.3) or many (5 to all), in the table's order (0.45) or
    shuffled; one sentence an item (0.4) or one to three; headings for every item (a few missing), or none (0.15),
    in the table's case, title case or capitals, on a part of their own (with a colon or stop now and then) or run
    into the first sentence after a colon, stop or dash, now and then in markdown bold, or asked and answered with
    Q/A (0.15, question headings); a marker shape or none; now and then each sentence bulleted under its heading, a
    "Back to top" link after each item, or a "Last updated" line; then ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS)
    people = rng.choice(_PEOPLE)

    def say(text: str) -> str:
        return text.format(c=word, cs=words, C=word.capitalize(), Cs=words.capitalize(), m=people)

    def allowed(texts: tuple[str, ...]) -> list[str]:
        kept = [text for text in texts if word == "comment" or not _says_comment(text)]
        return [say(text) for text in kept]

    kinds = list(REWORDINGS_176)
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(5, len(kinds))
    if rng.random() < 0.45:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        picked = [kinds[k] for k in chosen]
    else:
        picked = rng.sample(kinds, count)

    one = rng.random() < 0.4  # one sentence an item
    bare = rng.random() < 0.15  # no headings at all
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    runin = rng.random() < 0.55
    own_stop = rng.choice(("", "", "", ":", "."))
    sep = rng.choice((":", ":", ".", " \u2013", " -", " \u2014"))
    bold = rng.random() < 0.12
    qa = rng.random() < 0.15
    marker = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "1 -",
            "Rule 1:",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "\u2022",
            "\u2022",
            "-",
            "*",
            "\u2013",
            "\u00b7",
            "\u25aa",
            "\u2714",
        )
    )
    sub = "" if runin or bare else rng.choice(("", "", "", "", "-", "\u2022", "\u25e6"))
    if sub and sub == marker:
        sub = "\u25e6"
    to_top = rng.random() < 0.08

    items: list[tuple[str, ...]] = []
    for i, (headings, sentences) in enumerate(picked):
        target = 1 if one else rng.choice((1, 1, 2, 2, 3))
        choices = [tuple(say(s) for s in entry) for entry in sentences]
        choices = [entry for entry in choices if word == "comment" or not _says_comment(*entry)]
        rng.shuffle(choices)
        body: list[str] = []
        for entry in choices:
            if not body or len(body) + len(entry) <= target:
                body.extend(entry)
            if len(body) >= target:
                break
        heading = ""
        names = allowed(headings)
        if not bare and names and rng.random() >= 0.05:
            heading = _case(rng.choice(names), case)
        mark = _marker(marker, i)
        if heading and qa and heading.endswith("?"):
            parts = [f"{mark}Q: {heading}", f"A: {body[0]}", *body[1:]]
        elif heading:
            question = heading.endswith("?")
            if runin:
                if bold:  # a colon or stop inside the bold, a dash after it
                    shown = (
                        f"**{heading}**"
                        if question
                        else (f"**{heading}{sep}**" if sep in ":." else f"**{heading}**{sep}")
                    )
                else:
                    shown = heading if question else heading + sep
                parts = ["", f"{mark}{shown} {body[0]}", *body[1:]]
            else:
                shown = heading if question else heading + own_stop
                if bold:
                    shown = f"**{shown}**"
                parts = [f"{mark}{shown}", *(f"{sub} {s}" if sub else s for s in body)]
        else:
            parts = ["", f"{mark}{body[0]}", *body[1:]]
        if to_top:
            parts.append("Back to top")
        items.append(tuple(parts))
    if rng.random() < 0.1:
        items.append(("", rng.choice(("Last updated: March 2026", "Last reviewed by the committee, April 2026."))))
    return _furnish(items, rng, allowed(INTROS_176), allowed(CLOSINGS_176), allowed(TITLES_176), AMERICAN_176)
