"""The ``reworded-164`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guyanese community news, Rutland market-town papers, Louisiana bayou-parish weeklies, dragon-boat
clubs, letterpress guilds, Tourette syndrome forums, cemetery-friends groups, vintage-glider clubs.

Written blind: from how such sites word and print their posting rules, house rules, members' board rules and forum
guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices and five sentences ({c} {cs} {C} {Cs}: the site's word for what readers send,
#: {a}: its article). Written in British spelling; a document may print it in American spelling (``AMERICAN_164``).
REWORDINGS_164 = (
    (  # civility
        ("Be civil", "Mind your manners", "Treat Others as You Would Be Treated", "Why be courteous?", "Civility"),
        (
            "Disagree with the idea, not the person who holds it.",
            "Personal attacks on other members, our reporters or the people in the story will be removed.",
            "Please be courteous to one another, even when you feel strongly.",
            "Name-calling, sneering and goading other readers are not welcome here.",
            "Remember there is a real person reading every {c} you write.",
        ),
    ),
    (  # hatred
        ("No hate", "Respect for all", "No Racial or Ethnic Abuse", "Is it hateful?", "Discrimination"),
        (
            "We will not publish {cs} that attack anyone for their race, ethnicity, religion, disability or sexuality.",
            "Stirring up racial division, in any form, will see your {c} removed without notice.",
            "Mocking tics, disabilities or mental health conditions is never acceptable here.",
            "Slurs are not allowed, even when they are dressed up as a joke.",
            "Generalisations about whole communities, villages or parishes add nothing to the discussion.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Personal Details", "Can I name someone?", "Keep it private"),
        (
            "Do not post anyone's address, phone number, email or other personal details, including your own.",
            "Please do not share the location of recent graves or the names of grieving relatives without consent.",
            "Photographs of other members, or of children, need their permission (or a parent's) before posting.",
            "Private messages are private: do not repost them here without the sender's agreement.",
            "Speculation about who someone is, where they live or what their diagnosis might be is not allowed.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Keeping Everyone Safe", "Young members", "Are you under 18?", "If you are in crisis"),
        (
            "Members under 18 must have a parent's or guardian's permission to join the forum.",
            "Adults must not ask younger members to move a conversation to private messages or another app.",
            "If you are worried about a child or vulnerable adult, contact the club's welfare officer straight away.",
            "If you are in crisis or thinking of harming yourself, please call your local emergency number.",
            "The moderators are volunteers and cannot offer crisis support, but we will point you to those who can.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "All {Cs} Are Checked"),
        (
            "All {cs} are read by a moderator before they are published.",
            "Our moderators are volunteers, so it may take a day or two for your {c} to appear.",
            "{Cs} sent over weekends and bank holidays will be checked on the next working day.",
            "Please do not send the same {c} more than once; it will appear once it has been approved.",
            "New members' first few {cs} are held for approval.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is it relevant?", "On Topic, Please", "Relevance"),
        (
            "Keep your {cs} related to the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general board or removed.",
            "This is a place to talk about the club, its boats and its paddlers, not national politics.",
            "Threads that drift into arguments about party politics will be locked.",
            "Please start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No spam", "Advertising", "Selling and buying", "Can I advertise?", "Self-promotion", "Spam"),
        (
            "Advertising, chain letters and links to sales sites will be deleted.",
            "Type, presses and equipment may be offered for sale in the For Sale board only.",
            "Repeated links to your own business, blog or channel count as spam.",
            "Members selling trailers, instruments or parts must give a price and a location.",
            "Anyone posting for commercial gain without the committee's permission will be removed.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "One account each", "Who are you?", "No impersonation", "Real Names"),
        (
            "We ask members to use their real name, or at least their first name and town.",
            "One account per person: second accounts will be closed without warning.",
            "Do not pretend to be someone else, including officials of the club or the newspaper.",
            "Usernames that are offensive, or that look like an advertisement, will be changed or refused.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Stay within the law", "Defamation", "Court cases", "Is it legal?", "Libel"),
        (
            "Do not make allegations about named people that you cannot prove: that is defamation, and you may be "
            "held liable for it.",
            "Do not discuss cases that are before the courts beyond what has been reported from them.",
            "{Cs} that break the laws of Guyana, including the Cybercrime Act, will be removed and may be reported.",
            "Never name victims of sexual offences, or anyone the courts have said must not be identified.",
            "Do not encourage or describe illegal activity, including breaking into closed cemeteries.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and Pictures", "Whose picture is it?", "Credit your sources"),
        (
            "Only post photographs and scans that you own, or have permission to use.",
            "Do not copy whole articles from other newspapers; a short extract and a link will do.",
            "Specimen sheets and catalogue scans may still be in copyright, so please check before posting.",
            "By posting a photograph you allow the society to show it on this site and in its newsletter.",
            "Always credit the photographer or archive when sharing an old picture.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "See something wrong?", "Flag it", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to the moderators rather than replying to them in the thread.",
            "You can email the editor if you believe something on this page is untrue or unfair.",
            "Do not feed the trolls: report them and move on.",
            "Reports are read by a moderator, usually within a day.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Editor's discretion", "Moderators' Decisions", "Can I appeal?", "Discretion"),
        (
            "The editor may remove, edit or refuse any {c} without giving a reason.",
            "The moderators' decision is final, and arguing it in public will not help.",
            "We reserve the right to close {cs} on any story at any time.",
            "If you disagree with a decision, write to the committee privately.",
            "Publication of {a} {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, please tell the newsroom rather than posting it here.",
            "Corrections are made as soon as possible and noted at the foot of the article.",
            "Have a story from your village or parish? Send it to the newsdesk.",
            "News tips and photographs can be sent to the editor by email or WhatsApp.",
            "Errors in the burial records should be sent to the research volunteer, not posted on the board.",
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "Mind your language", "No shouting", "Is swearing allowed?"),
        (
            "Swearing, obscene language and sexual content are not allowed.",
            "Writing in capitals is read as shouting, so please don't.",
            "Describing a vocal tic, including a swear word, is fine when you are talking about Tourette's.",
            "Please write in plain English so that everyone can follow the discussion.",
            "Text-speak and lines of emojis make {cs} hard to read for many of our members.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Suspensions", "Three Strikes", "Sanctions"),
        (
            "Members who break these rules will be warned once, then suspended, then banned.",
            "Serious breaches will lead to an immediate ban without a warning.",
            "Anyone banned who returns under another name will be removed again.",
            "We may suspend posting for a week while a complaint is looked into.",
            "Repeated breaches will be passed on to the club committee, who may end your membership.",
        ),
    ),
    (  # safety and advice
        ("Not professional advice", "Medical advice", "Airworthiness", "Safety first", "Is this advice?"),
        (
            "Nothing on this forum is medical advice; always talk to your own doctor before changing treatment.",
            "Advice given here on repairs is no substitute for an inspector's signature: check with your club's "
            "technical officer.",
            'Please do not recommend treatments, supplements or "cures" you sell or cannot back up.',
            "Never paddle alone or without a buoyancy aid, whatever you may read in a thread.",
            "Some old headstones are unstable: do not climb on them, lean on them or clean them without advice.",
        ),
    ),
)

#: Titles, opening lines and closing lines some such sites print with their rules.
TITLES_164 = (
    "House Rules",
    "Posting guidelines",
    "Forum Rules",
    "Board rules",
    "Community standards",
    "Before you post",
    "Rules of the Road",
    "Guidelines for {Cs}",
    "Our {c} policy",
    "Members' Code of Conduct",
)

INTROS_164 = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, provided they keep to the rules below.",
    "These guidelines apply to everything posted on this site.",
    "By posting {a} {c} you agree to the following.",
    "Our members' board is a friendly place; help us keep it that way.",
    "Comments are welcome on most stories, subject to these rules.",
)

CLOSINGS_164 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may change from time to time; please check back.",
    "Full terms and conditions are available on request.",
    "Questions about these rules can be sent to the moderators.",
    "Happy posting!",
    "Comments close seven days after a story is published.",
)

#: Lines some such sites print after the rules: a date of revision, a sign-off, a short summary.
AFTERWORDS_164 = (
    "Last reviewed by the committee, March 2025.",
    "Updated 14 January 2024.",
    "The Moderators",
    "The Editor",
    "In short: be kind, stay on topic and no selling.",
    "TL;DR: be nice, no spam, no medical advice.",
)

#: The site's word for what readers send when it is not "comment".
_NOUNS_164 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("entry", "entries"),
)

#: British spellings in the lists above and their American forms.
AMERICAN_164 = {
    "behaviour": "behavior",
    "offence": "offense",
    "generalisation": "generalization",
    "catalogue": "catalog",
    "organisation": "organization",
}

_SMALL_164 = {"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "you"}


def _title_case_164(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_164 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _sentence_case_164(text: str) -> str:
    keep = {"I", "Guyana", "Tourette's"}
    words = text.split(" ")
    return " ".join(word if i == 0 or word in keep else word.lower() for i, word in enumerate(words))


def _roman_164(number: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += digits
            number -= value
    return out


def _marker_164(rng: random.Random) -> Callable[[int], str] | None:
    """How this site marks its items, or None for no markers."""
    shapes: list[Callable[[int], str] | None] = [
        None,
        None,
        lambda n: f"{n}. ",
        lambda n: f"{n}) ",
        lambda n: f"({n}) ",
        lambda n: f"{n} - ",
        lambda n: f"{n}.\t",
        lambda n: f"{chr(ord('a') + n - 1)}) ",
        lambda n: f"({chr(ord('a') + n - 1)}) ",
        lambda n: f"{chr(ord('A') + n - 1)}. ",
        lambda n: f"{_roman_164(n)}. ",
        lambda n: f"({_roman_164(n)}) ",
        lambda n: f"{_roman_164(n).upper()}. ",
        lambda n: "\u2022 ",
        lambda n: "* ",
        lambda n: "- ",
        lambda n: "\u00b6 ",
        lambda n: "\u2756 ",
        lambda n: f"Rule {n}: ",
        lambda n: f"Rule No. {n} \u2014 ",
        lambda n: f"#{n} ",
        lambda n: f"{n}/ ",
    ]
    return rng.choice(shapes)


def _items_164(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-164 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or entry, and then no line says "comment"); few items (two to five, 0.3) or many (six to all
    sixteen), in the table's order (0.55) or shuffled; one to three of an item's sentences, by one of three
    weightings; headings as written, in title case, capitals, sentence case or lower case, or none (0.15); a heading
    on a part of its own (0.45: with nothing, a colon or a stop after it) or run in before the first sentence after a
    colon, stop or dash, now and then in a forum's leftover bold asterisks or in small capitals before a stop; the
    site's markers (none, numbers, letters, roman numerals of several shapes, bullets, pilcrows, "Rule N"); now and
    then the numbers counted across every sentence rather than per item. Then the opening, closing and title lines
    by :func:`_furnish`, and after them now and then a date of revision, a sign-off or a one-line summary."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_164)
    article = "an" if one[0] in "aeiou" else "a"
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize(), "a": article}

    table = REWORDINGS_164
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(table))
    kinds = rng.sample(range(len(table)), count)
    if rng.random() < 0.55:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (3, 4, 2), (2, 3, 3)))

    bare = rng.random() < 0.15
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(5, 2, 2, 2, 1))[0]
    apart = rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", "."))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 ", ":- "))
    bold = not apart and not bare and rng.random() < 0.08  # **Heading:** sentence
    marker = _marker_164(rng)
    per_sentence = marker is not None and bare and rng.random() < 0.3  # every sentence numbered in turn

    items: list[tuple[str, ...]] = []
    number = 0
    for kind in kinds:
        headings, sentences = table[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        heading = "" if bare else rng.choice(headings).format(**words)
        if heading:
            heading = {
                "table": heading,
                "title": _title_case_164(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_164(heading),
                "lower": heading.lower(),
            }[case]
        if per_sentence and marker:
            marked = []
            for sentence in picked:
                number += 1
                marked.append(marker(number) + sentence)
            items.append(("", *marked))
            continue
        number += 1
        mark = marker(number) if marker else ""
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            items.append((mark + heading + end, *picked))
        elif bold:
            head = f"**{heading}**" if heading.endswith("?") else f"**{heading}:**"
            items.append(("", f"{mark}{head} {picked[0]}", *picked[1:]))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fits(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**words) for line in lines]
        return [line for line in formatted if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_164), fits(CLOSINGS_164), fits(TITLES_164), AMERICAN_164)
    if rng.random() < 0.12:
        items.append(("", rng.choice(AFTERWORDS_164)))
    return items
