"""The ``reworded-152`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Mauritanian and Senegalese English-language diaspora news, Shetland community papers, Vermont
town-meeting bulletins, judo clubs, ceramics studios, multiple-sclerosis forums, parish-council watchers and
steam-fair enthusiasts.

Written blind: from how such sites word and print their posting rules, house rules and community guidelines,
without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
import re

from ._common import _furnish

#: Held out (2026-12-05) for the next change to the notice. Per item kind: heading choices (written in sentence
#: case without a stop; a site prints them in its own case, with its own stop, or runs them into the first
#: sentence) and five sentences, of which an item prints one to three. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand
#: for the site's word for what readers send (comment, post, message, reply, contribution). British spelling; a
#: document may print it in American spelling (``AMERICAN_152``).
REWORDINGS_152 = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the player",
            "Mutual welfare and benefit",
            "Keep it friendly",
            "Are you being fair to others?",
        ),
        (
            "Disagree with other members by all means, but do it courteously and without personal attacks.",
            "Treat everyone here as you would a training partner on the mat: firmly, fairly and with respect.",
            "Name-calling, sneering and goading other readers will see your {c} removed.",
            "Criticise ideas and decisions, not the people who hold or make them, including councillors and the clerk.",
            "Remember that the people you are writing about are often your neighbours.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance of bigotry",
            "Respect all communities",
            "Is it hateful?",
        ),
        (
            "{Cs} attacking people for their race, ethnicity, religion, caste, sex, sexuality, disability or "
            "nationality will be deleted.",
            "We will not publish anything that stirs up hatred between communities, whether in Nouakchott, Dakar or "
            "the diaspora.",
            "Slurs are not allowed, even in jest and even with letters blanked out.",
            "Ethnic and tribal insults have no place on this site.",
            "Jokes about anyone's illness or disability will be removed without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Other people's information",
            "Should I share my address?",
        ),
        (
            "Do not post phone numbers, email or home addresses, yours or anyone else's.",
            "Please do not name or describe other members' medical history, even if they have shared it elsewhere.",
            "Photographs of people taken in the studio or dojo must not be shared without their permission.",
            "Remember that this forum is public and can be found by search engines, employers and family.",
            "Do not publish the private details of council staff or volunteers; stick to what they do in their "
            "public role.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting juniors",
            "Keeping people safe",
            "What if I'm worried about someone?",
        ),
        (
            "Do not post photographs or names of junior members without the written consent of a parent or guardian.",
            "Any {c} that raises a safeguarding concern will be passed to our welfare officer.",
            "If you are worried about a child or a vulnerable adult, contact the club welfare officer directly "
            "rather than writing about it here.",
            "If you or someone you know is in immediate danger, call 999, 911 or the local emergency number.",
            "Members who say they are thinking of harming themselves will be contacted privately by a moderator.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Please be patient",
            "How moderation works",
            "Why hasn't my {c} appeared?",
            "When will my {c} appear?",
        ),
        (
            "All {cs} are read by a volunteer before they appear, which can take a day or two.",
            "Our moderators are volunteers and are not online every evening or weekend.",
            "{Cs} sent after the office closes on Friday will not normally be approved until Monday.",
            "Please do not send the same {c} twice if it does not show up straight away.",
            "New members' first few {cs} are held for approval.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Right place, right thread",
            "Is it relevant?",
        ),
        (
            "Keep your {c} to the subject of the article or thread it is under.",
            "Questions about glazes, kilns and firing belong in the technical section, not under studio news.",
            "Town meeting threads are for warrant articles and town business, not national politics.",
            "Off-topic {cs} may be moved to a more suitable thread or removed.",
            "Please start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Links",
            "Can I sell my work here?",
        ),
        (
            "Advertising, chain letters and repeated links to your own website will be removed as spam.",
            "Members may mention their own pots for sale once a month in the Marketplace thread only.",
            "Do not promote supplements, cures or treatments, paid or free.",
            "Traders and showmen wanting to advertise at a rally should contact the secretary, not use the forum.",
            "Accounts set up only to post links will be deleted without notice.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "Your account",
            "Usernames and identity",
            "One person, one account",
            "Who are you?",
            "Do I have to use my real name?",
        ),
        (
            "{Cs} on town business must be signed with your full name and the town you live in.",
            "You may use a username, but we need your real name and a working email address when you register.",
            "Pretending to be another person, a councillor or an official body is not allowed.",
            "Each member may have one account only; duplicate accounts will be merged or closed.",
            "Do not share your password or let others post under your account.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Defamation",
            "Stay within the law",
            "Contempt of court",
            "Could this get us sued?",
        ),
        (
            "Do not make allegations of wrongdoing against named people that you cannot prove.",
            "Do not discuss the details of cases that are before the courts while proceedings are active.",
            "You are legally responsible for what you write, and we may have to pass your details to the police.",
            "Accusing a named councillor of corruption without evidence is defamatory, however strongly you feel.",
            "We must follow the laws of Senegal, Mauritania and the countries where we publish, and will remove "
            "{cs} that break them.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and copying",
            "Credit where it's due",
            "Can I post photos?",
        ),
        (
            "Do not paste whole articles from other publications; a short quote and a link will do.",
            "Only post photographs you took yourself or have permission to use, and say who took them.",
            "Please credit the maker when sharing pictures of someone else's pots or designs.",
            "By posting pictures of engines at our rallies you allow us to use them in the newsletter and programme.",
            "Copyright material will be removed at the owner's request.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Flagging {cs}",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to the moderators rather than replying to them in the thread.",
            "Reports are anonymous; the member you report will not be told who reported them.",
            "You can also email the editor, quoting the headline and the time of the {c}.",
            "Do not feed the trolls; report them and move on.",
        ),
    ),
    (  # the final say
        (
            "Our decision is final",
            "Editorial discretion",
            "The editor's say",
            "The final word",
            "Who decides?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not enter into correspondence about individual {cs}.",
            "Publishing your {c} does not mean we agree with it.",
            "We may close a thread at any time, for example when it becomes repetitive or heated.",
            "The committee may change these rules at any time; the current version is always on this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "News tips",
            "Errors and complaints",
            "Tell us",
            "Spotted a mistake?",
            "Got a story?",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving a {c}.",
            "Corrections to the minutes are a matter for the council; please raise them with the clerk.",
            "Have a story from the community in Nouakchott, Dakar, Paris or New York? Send it to the editor.",
            "News and pictures for the next bulletin should reach us by noon on Tuesday.",
            "Complaints about our reporting go to the editor, whose address is at the foot of this page.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "No shouting",
            "Write clearly",
            "Which languages can I use?",
        ),
        (
            "Please write in English; a short phrase in French, Wolof, Hassaniya or Arabic is fine if you translate "
            "it.",
            "Swearing, including words with letters replaced by symbols, will be filtered or removed.",
            "Writing in capital letters reads as shouting and is hard going for members with sight problems.",
            "Dialect is welcome, but please make sure the rest of us can follow you.",
            "Keep {cs} short and to the point so that others can read them.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Sanctions",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Suspended members may not rejoin under a new name.",
            "Club members who break these rules online may also be dealt with under the club's code of conduct.",
            "Appeals against a ban go to the committee and must be sent by email within fourteen days.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety first",
            "Health and safety",
            "Not a substitute for professional advice",
            "Take care",
            "Is this advice?",
        ),
        (
            "Nothing posted here is medical advice; always speak to your neurologist or MS nurse before changing "
            "treatment.",
            "Do not give instructions for repairing boilers; such work must be done by a competent, insured person.",
            "Glaze recipes containing lead, barium or other toxic materials must carry a clear warning.",
            "Throws and holds shown in videos should only be practised under a qualified coach.",
            "Share experiences, not prescriptions: what worked for you may not be safe for someone else.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (``{c}`` and the rest as above).
POLICY_TITLES_152 = (
    "House Rules",
    "Rules for {cs}",
    "Forum rules",
    "Community Guidelines",
    "Posting guidelines",
    "Before you post",
    "Guidance for contributors",
    "Reader {Cs}: our rules",
    "Rules of the Forum",
    "Online Code of Conduct",
)

POLICY_INTROS_152 = (
    "We welcome {cs} from readers at home and abroad, provided they follow these rules.",
    "This forum is run by volunteers for people living with MS and those who care for them. Please read the "
    "following before you post.",
    "The bulletin is a place for neighbours to talk about town business, and we ask members to keep to these "
    "guidelines.",
    "By sending a {c} you agree to the rules below.",
    "Please take a moment to read our house rules.",
)

POLICY_CLOSINGS_152 = (
    "Thank you for helping us keep this a friendly place.",
    "Questions about these rules can be sent to the moderators.",
    "J\u00ebr\u00ebj\u00ebf, and thank you for reading.",
    "These rules were last revised by the committee in March 2025.",
    "See you at the next rally!",
    "Thank you, and see you on the mat.",
)

#: British spellings in the lists above and their American forms (a reworded-152 document prints one or the other).
AMERICAN_152 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "practised": "practiced",
    "programme": "program",
}

#: The site's word for what readers send: (singular, plural); a quarter of sites never say "comment".
WORDS_152 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "as"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _marker(shape: str, n: int) -> str:
    """The marker of the ``n``-th item (from 1) in a site's ``shape`` of list."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 \u2013": f"Rule {n} \u2013",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
    }.get(shape, shape)


def _items_152(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-152 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as
    ("", sentence). Draws the site's word for what readers send ("comment" three times in four); two to four item
    kinds (0.3) or six to sixteen, in the table's order (0.5) or in a drawn one; one to three of a kind's sentences,
    each a part (0.6) or run together in one; the site's headings (none at 0.15) in sentence, title, upper or lower
    case, as a part of their own (with a stop, a colon or nothing) or run into the first sentence (after a colon,
    a stop or a dash; a question after its mark), sometimes wrapped in a forum's bold marks; a marker for each
    item (numbered, lettered, roman, ruled or bulleted; none at 0.35), after one space or two; now and then a dash
    before each sentence under a heading of its own, and a "last updated" line; then ``_furnish``."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_152)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    kinds = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    picked = rng.sample(range(len(REWORDINGS_152)), kinds)
    if rng.random() < 0.5:
        picked.sort()
    run_together = rng.random() < 0.4
    bare = rng.random() < 0.15
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    run_in = rng.random() < 0.4
    stop = (
        rng.choice(("", "", ".", ":")) if not run_in else rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    )
    bold = rng.random() < 0.07
    shape = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "Rule 1:",
            "Rule 1 \u2013",
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
            "\u25aa",
            "o",
        )
    )
    gap = "  " if rng.random() < 0.15 else " "
    dashed = not run_in and not bare and not run_together and rng.random() < 0.15
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked, 1):
        headings, sentences = REWORDINGS_152[kind]
        chosen = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 1, 2, 2, 3)))]
        if run_together:
            chosen = [" ".join(chosen)]
        if dashed:
            chosen = ["\u2013 " + s for s in chosen]
        heading = "" if bare else rng.choice(headings).format(**words)
        if heading:
            heading = {
                "title": _title_case(heading),
                "upper": heading.upper(),
                "lower": re.sub(r"\bi\b", "I", heading.lower()),
            }.get(case, heading)
        question = heading.endswith("?")
        if heading and bold:
            heading = f"**{heading}**"
        mark = _marker(shape, n) + gap if shape else ""
        if not heading:
            items.append(("", mark + chosen[0], *chosen[1:]))
        elif run_in:
            items.append(("", mark + heading + (" " if question else stop) + chosen[0], *chosen[1:]))
        else:
            items.append((mark + heading + ("" if question else stop), *chosen))
    if rng.random() < 0.1:
        day, month = rng.randint(1, 28), rng.choice(("January", "April", "June", "September", "November"))
        items.append(("", f"Last updated: {day} {month} {rng.choice((2023, 2024, 2025))}"))
    return _furnish(
        items,
        rng,
        [line.format(**words) for line in POLICY_INTROS_152],
        [line.format(**words) for line in POLICY_CLOSINGS_152],
        [line.format(**words) for line in POLICY_TITLES_152],
        AMERICAN_152,
    )
