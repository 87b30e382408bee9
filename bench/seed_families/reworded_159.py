"""The ``reworded-159`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Malawian English-language news, Outer Hebrides community papers, Oregon coast-town bulletins,
ultimate-frisbee leagues, woodturning clubs, long-Covid forums, street-party committees, lighthouse-heritage friends.

Written blind: from how such sites word and print their posting rules, house rules and group guidelines, without
reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Sixteen item kinds, each (headings, sentences): a document's item prints one heading (or none) and one to three
#: of the sentences. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) are the site's word for what readers send,
#: ``{mods}``/``{Mods}`` who moderates. Written in British spelling; a document may print it in American
#: spelling (``AMERICAN_159``).
REWORDINGS_159 = (
    (  # civility
        (
            "Be kind",
            "Treat others with respect",
            "Play the ball, not the player",
            "Why do we insist on courtesy?",
            "Keep it civil",
            "Spirit of the game",
        ),
        (
            "Disagree with ideas if you must, but do not attack the person who holds them.",
            "Personal insults, name-calling and goading other members will not be tolerated.",
            "Everyone here is a volunteer or a neighbour, so please write as you would speak to them face to face.",
            "{Cs} that belittle, mock or threaten another reader will be removed without notice.",
            "Robust debate is welcome; rudeness and bullying behaviour are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribalism and regionalism",
            "Zero tolerance for bigotry",
            "What counts as hate?",
            "Respect for all communities",
        ),
        (
            "We will remove any {c} that attacks people because of their tribe, region, race, religion, sex, "
            "sexuality or disability.",
            "Tribalistic and regionalist remarks have no place on this site, whichever party you support.",
            "Sectarian jibes will be deleted, however old the quarrel behind them.",
            "Slurs, stereotypes and 'jokes' at the expense of any group will be treated as hate speech.",
            "Inciting violence against any person or group is an offence and may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Don't share other people's details",
            "Can I post a phone number?",
            "Keep private matters private",
        ),
        (
            "Never put your own or anyone else's address, phone number or email address in a {c}.",
            "Do not share details of a fellow member's health without their clear permission.",
            "Photographs of neighbours, their houses or their cars must not be posted without consent.",
            "Private messages should stay private: do not copy them into a public thread.",
            "If you need to reach someone, ask {mods} to pass on your details instead.",
        ),
    ),
    (  # safeguarding
        (
            "Protecting children",
            "Safeguarding",
            "Young players",
            "Children and vulnerable people",
            "Who is responsible for safeguarding?",
        ),
        (
            "Do not name or post pictures of children without the written consent of a parent or guardian.",
            "Juniors' surnames, schools and training times must never be shared on the forum.",
            "Any worry about the welfare of a child or vulnerable adult should go to our safeguarding officer, "
            "not into a {c}.",
            "{Cs} that identify a child involved in court proceedings will be removed at once.",
            "Members under 18 may read the boards but may not post until a parent has registered with us.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Please be patient",
            "How we moderate",
            "Comment moderation",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait a little longer.",
            "New members' first few {cs} are held for approval.",
            "Sending the same {c} twice will not make it appear any faster.",
            "The comments section is closed overnight and reopens at 8am.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Right thread, right place",
            "Off-topic {cs}",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are responding to.",
            "Off-topic {cs} may be moved to the general chat board or deleted.",
            "Before starting a new thread, search to see whether the question has already been asked.",
            "Party-political arguments belong on the news pages, not on the club noticeboard.",
            "Threads that drift far from their subject may be locked by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Links",
        ),
        (
            "Commercial advertising is not allowed unless it has been agreed with the committee in advance.",
            "Members may list turned work or tools for sale in the Marketplace section only.",
            "Chain letters, pyramid schemes and 'miracle cure' offers will be removed and the account closed.",
            "Links to other sites are fine if they are relevant, but repeated self-promotion counts as spam.",
            "{Cs} promoting a business, a fundraiser or an event must first be approved by {mods}.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One account per person",
            "Who can post?",
            "Usernames",
            "Registration",
        ),
        (
            "We ask members to post under their own first name and surname.",
            "Usernames that are offensive or impersonate another person or organisation will be changed or removed.",
            "Each person may hold one account; duplicate accounts will be merged or deleted.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
            "To send {cs} you must be signed in with a verified email address.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation and contempt",
            "Could you be sued?",
            "The law applies here too",
        ),
        (
            "Do not make allegations about named people that you could not prove in court.",
            "{Cs} about a case that is before the courts may be in contempt and will not be published.",
            "You, not the publisher, are legally responsible for what you write.",
            "Publishing false statements likely to cause fear and alarm to the public is an offence.",
            "We will co-operate with the police if we are asked about a {c} that breaks the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Whose picture is it?",
            "Sharing articles",
            "Intellectual property",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other publications; a short quote and a link are enough.",
            "By sending us a picture you allow us to publish it in print and online, with your name credited.",
            "Images from the Society's archive may not be reproduced without permission.",
            "Copyright material posted without consent will be taken down on request.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Reports go straight to {mods} and are kept confidential.",
            "Please report a problem rather than replying to it; arguing back only makes things worse.",
            "You can also email the editor with the address of the page and a short explanation.",
            "Misusing the report button to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The editor's right to refuse",
            "Who decides?",
            "We reserve the right",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The editor's decision on whether to publish is final.",
            "{Mods} may close a thread at any time if the discussion turns sour.",
            "Publication of a {c} does not mean that we agree with it.",
            "We are not obliged to enter into correspondence about material we have removed.",
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Corrections and clarifications",
        ),
        (
            "If you think we have got something wrong, please email the newsdesk rather than pointing it out in "
            "the comments.",
            "Factual errors will be corrected as quickly as possible and the change noted at the foot of the page.",
            "Have a story from your area? Contact our reporters by phone or WhatsApp.",
            "News, photographs and dates for the diary are always welcome: send them to the editor by Tuesday noon.",
            "Corrections to event listings should be sent to the committee secretary, not posted here.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which languages can I use?",
            "No swearing",
            "Write clearly",
        ),
        (
            "{Cs} may be written in English or in Gaelic.",
            "{Cs} in English or Chichewa are welcome; we cannot moderate other languages and will not publish them.",
            "Swearing, including words disguised with asterisks, will be filtered out.",
            "Please don't write in capital letters, as it reads as shouting.",
            "Avoid text-speak so that everyone can follow the conversation.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Consequences",
            "Suspensions",
        ),
        (
            "A first breach will usually earn a warning; repeated breaches will lead to a suspension or a ban.",
            "Serious abuse may result in an immediate and permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "We operate a three-strikes policy, although {mods} may go straight to a ban for serious offences.",
            "Suspended members will be told by email how long the suspension lasts and why.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice on this forum",
            "Should I follow advice posted here?",
            "Stay safe",
            "Health information",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP or specialist before changing treatment.",
            "Members share their own experience, and what helps one person may harm another.",
            "Advice about lathe speeds, chucks and finishes is given in good faith, but you turn at your own risk.",
            "Please do not encourage others to visit headlands, jetties or tide pools at high tide or in a storm.",
            "If you or someone you know is in crisis, contact the emergency services or a helpline instead of posting.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print around their rules (``_furnish`` draws them).
TITLES_159 = (
    "House rules",
    "Community guidelines",
    "Comment policy",
    "Posting rules",
    "Forum rules",
    "Guidelines for contributors",
    "Riaghailtean / House Rules",
    "Noticeboard etiquette",
    "Before you post",
    "Rules of the forum",
    "Moderation policy",
    "Terms of participation",
)

INTROS_159 = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, provided they follow the rules below.",
    "These rules were agreed by the committee and apply to everyone who posts on our pages.",
    "By sending a {c} you agree to the following house rules.",
    "The club's online noticeboard is open to all paid-up members on the terms below.",
    "Comments are welcome on our stories, but a few ground rules apply.",
    "This forum is a place of support, and these rules are here to keep it that way.",
)

CLOSINGS_159 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "Questions about these guidelines can be sent to the webmaster.",
    "Tapadh leibh \u2014 thank you.",
    "Zikomo kwambiri for reading and respecting these rules.",
    "Happy turning, and see you at the next meeting!",
    "See you on the field!",
    "Thanks for commenting, and enjoy the conversation.",
)

#: British spellings in the lists above and their American forms (a reworded-159 document prints one or the other).
AMERICAN_159 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "offence": "offense",
    "co-operate": "cooperate",
}

#: The site's word for what readers send (singular, plural); a quarter of sites never say "comment".
_WORDS_159 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MODS_159 = ("the moderators", "the editors", "the admins", "the committee", "our volunteers", "the forum team")

_SIGNOFFS_159 = ("The Editor", "\u2014 The Moderators", "The Committee", "Admin team", "Forum Admins", "League Board")

_MONTHS_159 = (
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

_SMALL_159 = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case_159(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL_159 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _roman_159(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_159(rng: random.Random):
    """How this site marks its items: a function of the item's number (from 1) giving its marker, or None."""
    shape = rng.choice(
        (
            "none",
            "none",
            "none",
            "number",
            "number",
            "letter",
            "roman",
            "Roman",
            "rule",
            "bullet",
            "bullet",
        )
    )
    if shape == "none":
        return None
    if shape == "bullet":
        bullet = rng.choice(("\u2022", "-", "*", "\u2013", "\u25ba", "\u25a0", "\u2714", "\u00b7"))
        return lambda n: bullet
    if shape == "rule":
        after = rng.choice((":", " -", " \u2013", "."))
        word = rng.choice(("Rule", "Rule", "No."))
        return lambda n: f"{word} {n}{after}"
    before, after = rng.choice((("", "."), ("", ")"), ("(", ")"), ("", " -"), ("", ".")))
    if shape == "number":
        return lambda n: f"{before}{n}{after}"
    if shape == "letter":
        return lambda n: f"{before}{'abcdefghijklmnopqrstuvwxyz'[n - 1]}{after}"
    if shape == "roman":
        return lambda n: f"{before}{_roman_159(n)}{after}"
    return lambda n: f"{before}{_roman_159(n).upper()}{after}"


def _items_159(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-159 policy. The site's word for what readers send (a quarter of sites: one that is not "comment",
    and no line saying "comment") and who moderates; two to four item kinds (0.3) or six to sixteen, in the table's
    order (0.5) or drawn; one to three sentences an item (the site's most drawn first); headings as written, in
    title case or capitals, or none (0.15), on a part of their own (after a stop, a colon or nothing)
    or run in before a colon, stop or dash; a marker per item (numbers, letters, roman numerals, "Rule N", bullets,
    or none), now and then on a part of its own; now and then headings in asterisks, questions as Q and A,
    sentences bulleted under a heading, items ending in semicolons; then ``_furnish``'s opening, closing and title
    lines, and now and then a sign-off or a last-updated line."""
    no_comment = rng.random() < 0.25
    singular, plural = rng.choice(_WORDS_159 if no_comment else (("comment", "comments"),) * 12 + _WORDS_159)
    mods = rng.choice(_MODS_159)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": mods,
        "Mods": mods[0].upper() + mods[1:],
    }

    def said(texts: tuple[str, ...]) -> list[str]:
        found = [text.format(**fill) for text in texts]
        return [text for text in found if not (no_comment and _says_comment(text))]

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_159)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most = rng.choice((1, 2, 2, 3))
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    run_in = rng.random() < 0.35
    stop = rng.choice(("", "", ".", ":")) if not run_in else rng.choice((": ", ". ", " \u2013 ", " \u2014 ", " - "))
    marker = _marker_159(rng)
    marker_alone = marker is not None and rng.random() < 0.1
    starred = rng.random() < 0.06
    faq = rng.random() < 0.07
    sub_bullet = rng.choice(("- ", "\u2022 ", "\u2013 ")) if not run_in and rng.random() < 0.1 else ""
    clauses = marker is not None and most == 1 and rng.random() < 0.25

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_159[kind]
        heading = "" if bare else rng.choice(said(headings))
        pool = said(sentences)
        parts = rng.sample(pool, min(len(pool), rng.randint(1, most)))
        if sum("Gaelic" in part or "Chichewa" in part for part in parts) > 1:  # a site names one of them
            parts = [part for part in parts if "Gaelic" not in part]
        if heading:
            if case == "title":
                heading = _title_case_159(heading)
            elif case == "upper":
                heading = heading.upper()
            question = heading.endswith("?")
            if faq and question:
                heading = "Q: " + heading
                parts[0] = "A: " + parts[0]
            elif not question:
                heading += stop.rstrip() if not run_in else ""
            if starred:
                heading = f"**{heading}**"
            if run_in:
                joiner = " " if question else stop
                first = heading + joiner + parts.pop(0)
                item = [first, *parts]
            else:
                item = [heading, *(sub_bullet + part for part in parts)]
        else:
            item = ["", *parts]
        if clauses and item[-1].endswith("."):
            item[-1] = item[-1][:-1] + ("; and" if number == len(chosen) - 1 else ";" if number < len(chosen) else ".")
        if marker is not None:
            sign = marker(number)
            lead = 0 if item[0] else 1
            if marker_alone:
                item.insert(lead, sign)
            else:
                item[lead] = f"{sign} {item[lead]}"
        items.append(tuple(item))

    intros = said(INTROS_159)
    closings = said(CLOSINGS_159)
    titles = said(TITLES_159)
    items = _furnish(items, rng, intros, closings, titles, AMERICAN_159)
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGNOFFS_159)))
    if rng.random() < 0.1:
        day, month, year = rng.randint(1, 28), rng.randrange(12), rng.choice((2023, 2024, 2025, 2026))
        updated = rng.choice(
            (
                f"Last updated: {day} {_MONTHS_159[month]} {year}",
                f"Updated {_MONTHS_159[month]} {year}",
                f"Last revised {month + 1:02d}/{day:02d}/{year}",
                f"Rules updated {day} {_MONTHS_159[month]} {year}.",
            )
        )
        items.append(("", updated))
    return items
