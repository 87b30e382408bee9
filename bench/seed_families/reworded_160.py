"""The ``reworded-160`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Belizean community news, Isles of Scilly papers, West Virginia hollow-town weeklies, water-polo
clubs, quilting bees, Crohn's and colitis forums, cycle-campaign groups, windmill-restoration trusts.

Written blind: from how such sites word and print their posting rules, house rules, guestbook rules and forum
guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (each kind has a question among them; a document picks one, and how to print it),
#: and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the
#: site's word for what readers send (singular, plural; capitalised), ``{a}`` its article. Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_160``).
REWORDINGS_160 = (
    (  # civility
        (
            "Be kind",
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Can I disagree with someone?",
            "Treat others as you would face to face",
        ),
        (
            "Disagree by all means, but do it politely and without making it personal.",
            "Name-calling, sneering and personal attacks on other members will be removed.",
            "Remember there is a real person reading your {c}, and quite possibly a neighbour.",
            "Treat everyone here as you would if you met them at the shop, the quay or the church hall.",
            "Robust debate is welcome; rudeness, goading and belittling are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for bigotry",
            "Everyone is welcome here",
            "What counts as hateful?",
        ),
        (
            "We will not publish anything that attacks people for their race, ethnicity, religion, sex, sexuality, "
            "disability or age.",
            "Racist, sexist, homophobic and transphobic remarks are removed on sight and may lead to a ban.",
            "Jokes at the expense of a group of people are still hateful, however they are meant.",
            "That includes remarks aimed at Garifuna, Maya, Mestizo, Creole, Mennonite or any other community.",
            "Stirring up ill feeling between locals, incomers and visitors will not be tolerated.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep private details private",
            "Don't share other people's details",
            "Can I post someone's address?",
        ),
        (
            "Do not post phone numbers, email or home addresses, yours or anyone else's.",
            "Please do not name other patients, nurses or doctors, or share details about them, without their "
            "permission.",
            "Think twice before sharing the name of your hospital, your consultant or your workplace.",
            "Photos of other people, and especially of children, should only be posted with their consent.",
            "Private messages between members must not be copied into the open forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young people",
            "Junior members",
            "Under 18?",
            "Keeping children safe",
            "Concerned about someone?",
        ),
        (
            "Members under 16 need a parent's or guardian's permission to join, and may not post photographs of "
            "themselves.",
            "Do not name junior players or identify them in photographs without written consent from their parents.",
            "Any {c} that raises a safeguarding concern will be passed to our welfare officer.",
            "If you believe someone is in immediate danger, contact the emergency services first and then tell us.",
            "Adults must not ask younger members to move a conversation to private messages or another app.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} be published?",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} left in the evening or at weekends may not be approved until "
            "the next working day.",
            "Island internet can be slow, and so can we: please do not send the same {c} twice.",
            "{Cs} sent after the paper goes to press on Wednesday may wait until Thursday afternoon.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "Is this the right board?",
            "Keep to the thread",
            "Right place, right thread",
        ),
        (
            "Keep your {cs} to the subject of the story or thread you are replying to.",
            "General chat belongs in the Off Topic board, not in the treatment threads.",
            "Please start a new thread rather than taking over someone else's.",
            "Arguments that have nothing to do with the article will be trimmed or removed.",
            "Before starting a new topic, use the search box to see whether it has been covered already.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "No spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Self-promotion",
            "Commercial posts",
        ),
        (
            "Adverts, chain letters and links to shops are not allowed, except on the For Sale and Wanted board.",
            "Members may mention their own pattern shops or classes once a month in the Show and Tell thread.",
            "Anything promoting diets, supplements or cures for sale will be deleted and the account closed.",
            "Repeated links to the same website will be treated as spam.",
            "If you would like to advertise a business, please contact our advertising department instead.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Your account",
            "Who can post?",
            "No impersonation",
            "Registration",
        ),
        (
            "You must register with a working email address before you can take part.",
            "We ask that you post under your own first name and surname; nicknames are not accepted.",
            "Only one account per person is allowed, and shared family accounts are not.",
            "Pretending to be another member, a club official or a member of staff will lead to an immediate ban.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Could I be sued?",
        ),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "{Cs} about cases before the courts may be in contempt of court and will not be published.",
            "You can be sued for defamation over {a} {c}, just as a newspaper can.",
            "Anything that is unlawful, or that encourages someone else to break the law, will be removed.",
            "We may be required to hand your details to the police or the courts.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Other people's work",
            "Can I share a pattern?",
            "Photos and patterns",
        ),
        (
            "Do not copy whole articles from other newspapers; a short quote and a link will do.",
            "Published quilt patterns are copyright, so please link to the designer rather than posting scans of "
            "the pages.",
            "Only post photographs you took yourself, or that you have permission to use.",
            "By posting, you give us a licence to publish your {c} on our website and in print.",
            "Material posted without its owner's permission will be removed as soon as we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't respond",
            "Seen something wrong?",
            "Flagging",
            "How do I report {a} {c}?",
        ),
        (
            "Use the Report link below any {c} to let the moderators know about it.",
            "Please do not reply to abusive {cs}; report them and let us deal with it.",
            "If something needs urgent attention, email the editor directly.",
            "Reports are anonymous: the member you report will not be told who made it.",
            "Tell us which {c} you mean and why it concerns you, so that we can act quickly.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Our right to remove",
            "Why was my {c} removed?",
            "We reserve the right",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final.",
            "Publishing {a} {c} does not mean we agree with it.",
            "Moderators may shorten {a} {c} or take out part of it rather than deleting the lot.",
            "We do not discuss individual moderation decisions in the open forum; please send us a private message.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell us",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than posting {a} {c}.",
            "Corrections are not made through the {cs}; contact the editor with the details.",
            "Got news from your part of the island? Send it to the editor, with a photo if you have one.",
            "Complaints about our coverage can be made in writing to the editor at the address below.",
            "Tips are welcome at any time, and we will keep your name to ourselves if you ask.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Keep it clean",
            "No swearing",
            "Language",
            "Why was my word starred out?",
            "Which languages can I use?",
        ),
        (
            "Swearing, even with letters replaced by asterisks, will see your {c} removed.",
            "{Cs} in English, Spanish or Kriol are all welcome, as long as they are clean.",
            "Typing in capital letters is the online equivalent of shouting, so please don't.",
            "Keep in mind that young players and their families read this forum too.",
            "Crude innuendo and sexual language have no place here.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will first get a warning from a moderator.",
            "A second breach will mean a suspension, and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Banned members who rejoin under a new name will be removed again.",
            "Appeals against a ban may be sent to the committee, whose decision is final.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Is this advice?",
            "Take care",
            "Use your own judgement",
        ),
        (
            "Nothing posted here is medical advice; always talk to your IBD nurse, GP or consultant before changing "
            "your treatment.",
            "Members share their own experiences, which may not apply to you.",
            "Never stop taking a prescribed medicine because of something you have read on this forum.",
            "Route and road safety tips from members are offered in good faith and followed at your own risk.",
            "Visits inside the mill are only safe with a trust volunteer present; please do not enter the tower on "
            "your own.",
        ),
    ),
    (  # views your own
        (
            "Your views are your own",
            "Responsibility",
            "Disclaimer",
            "Who is responsible for my {c}?",
            "Opinions",
        ),
        (
            "The views expressed in {cs} are those of their authors, not of the paper or its staff.",
            "You are legally responsible for what you write.",
            "The trust does not endorse any opinion posted by its members or visitors.",
            "Committee members posting here speak for themselves unless they say otherwise.",
            "We cannot check every claim made in {a} {c}, so please read them with that in mind.",
        ),
    ),
)

TITLES_160 = (
    "Comment Policy",
    "Comments policy",
    "Community Guidelines",
    "House Rules",
    "Forum rules",
    "Posting Guidelines",
    "Guestbook Rules",
    "Group guidelines",
    "Message Board Rules",
    "Netiquette",
    "Before you post",
    "Reader {C} Guidelines",
    "Terms of Participation",
    "Our rules",
)

INTROS_160 = (
    "Please read the following before you post.",
    "By posting {a} {c} you agree to abide by these rules.",
    "We welcome your {cs}, provided they follow a few simple rules.",
    "This forum exists so that people living with Crohn's and colitis can support one another, and these "
    "guidelines help keep it safe.",
    "Readers across the islands are welcome to join the conversation, within the rules below.",
    "The trust is always glad to hear from visitors, volunteers and friends of the mill.",
    "Comments are open to registered readers only.",
    "A few ground rules for everyone taking part:",
)

CLOSINGS_160 = (
    "Thank you for helping to keep this a friendly place.",
    "Happy stitching!",
    "Ride safely, and thanks for reading.",
    "These rules may be changed at any time without notice.",
    "Any questions? Contact the moderators.",
    "Thanks for being part of our community.",
    "If in doubt, leave it out.",
    "Enjoy the discussion, and see you at the pool.",
)

#: Lines some sites print after everything else: who signs the rules, and when they were last changed.
SIGNATURES_160 = ("- The Moderators", "The Editor", "Forum Admin", "\u2014 The Committee", "The Management", "Mods")
UPDATED_160 = (
    "Last updated: 12 March 2024",
    "Updated April 2023",
    "Revised 02/09/2022",
    "Rules last reviewed January 2025.",
)

AMERICAN_160 = {
    "neighbour": "neighbor",
    "licence": "license",
    "judgement": "judgment",
    "behaviour": "behavior",
    "colour": "color",
    "offence": "offense",
    "organisation": "organization",
}

_NOUNS_160 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("entry", "entries"),
)

_SMALL_160 = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case_160(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_160 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _sentence_case_160(text: str) -> str:
    words = text.split(" ")
    rest = [word if word == "I" or (word.isupper() and len(word) > 1) else word.lower() for word in words[1:]]
    return " ".join([words[0][:1].upper() + words[0][1:], *rest])


def _roman_160(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _marker_160(rng: random.Random):
    """This site's item markers: a function of the item's number (from 1) giving its marker, or None."""
    shape = rng.choices(
        ("none", "number", "letter", "roman", "bullet", "rule", "emoji"),
        weights=(30, 26, 8, 6, 20, 5, 5),
    )[0]
    if shape == "none":
        return None
    if shape == "number":
        form = rng.choice(("{}. ", "{}. ", "{}) ", "({}) ", "{} - ", "No. {} ", "{:02d}. ", "{}/ "))
        return lambda n: form.format(n)
    if shape == "letter":
        form = rng.choice(("{}) ", "({}) ", "{}. "))
        upper = rng.random() < 0.35
        return lambda n: form.format(chr(ord("A" if upper else "a") + n - 1))
    if shape == "roman":
        form = rng.choice(("{}. ", "({}) ", "{}) "))
        upper = rng.random() < 0.5
        return lambda n: form.format(_roman_160(n).upper() if upper else _roman_160(n))
    if shape == "bullet":
        bullet = rng.choice(("\u2022 ", "- ", "* ", "\u00bb ", "~ ", "+ ", "\u25cf "))
        return lambda n: bullet
    if shape == "rule":
        form = rng.choice(("Rule {}: ", "Rule {}. ", "RULE #{} ", "Rule {} \u2014 "))
        return lambda n: form.format(n)
    emoji = rng.choice(("\U0001f9f5 ", "\U0001f6b2 ", "\U0001f93d ", "\u2714 ", "\U0001f449 ", "\u2b50 "))
    return lambda n: emoji


def _items_160(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-160 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or entry, and then no line says "comment"); few items (two to five, 0.3) or many (seven to all
    seventeen), in the table's order (0.5) or shuffled; one to three of an item's sentences, by one of three
    weightings; headings in the table's case, title case, capitals, sentence case or lower case, or none (0.15); a
    heading on a part of its own (0.45: with nothing, a colon or a stop after it, now and then underlined by a part
    of its own) or run in before the first sentence after a colon, stop or dash, or in square brackets; the site's
    markers (none, numbers of several shapes, letters, roman numerals, bullets, "Rule N", emoji); now and then the
    whole policy as questions and answers (Q/A), lettered or bulleted sentences under a heading of its own, and a
    friendly site's exclamation marks. Then the opening, closing and title lines by :func:`_furnish`, and after them
    now and then a date of revision and a signature."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_160)
    article = "an" if one[0] in "aeiou" else "a"
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize(), "a": article}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_160))
    kinds = rng.sample(range(len(REWORDINGS_160)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (3, 4, 2), (1, 3, 3)))

    faq = rng.random() < 0.07  # every heading a question, on its own, then "A:" before the answer
    qa = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("Q: ", "")))
    bare = not faq and rng.random() < 0.15
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(4, 2, 2, 2, 1))[0]
    apart = faq or rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", "."))
    underline = apart and not faq and rng.random() < 0.06
    rule_char = rng.choice(("=", "-"))
    bracket = not apart and rng.random() < 0.05  # [HEADING] sentence
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 ", " -- "))
    marker = _marker_160(rng)
    sub_list = apart and not bare and not faq and rng.random() < 0.18
    sub = rng.choice(("- ", "\u2022 ", "o ", "letter"))
    friendly = rng.random() < 0.12

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_160[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if friendly and rng.random() < 0.35 and picked[-1].endswith("."):
            picked[-1] = picked[-1][:-1] + "!"
        if faq:
            heading = rng.choice([h for h in headings if h.endswith("?")]).format(**words)
        else:
            heading = "" if bare else rng.choice(headings).format(**words)
        if heading and not faq:
            heading = {
                "table": heading,
                "title": _title_case_160(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_160(heading),
                "lower": heading.lower(),
            }[case]
        mark = marker(number) if marker else ""
        if sub_list:
            if sub == "letter":
                picked = [f"({chr(ord('a') + i)}) {sentence}" for i, sentence in enumerate(picked)]
            else:
                picked = [sub + sentence for sentence in picked]
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif faq:
            items.append((mark + qa[0] + heading, qa[1] + picked[0], *picked[1:]))
        elif apart:
            if heading.endswith("?"):
                end = ""
            elif friendly and rng.random() < 0.3:
                end = "!"
            else:
                end = after_apart
            head = mark + heading + end
            if underline:
                items.append((head, rule_char * len(head), *picked))
            else:
                items.append((head, *picked))
        elif bracket:
            items.append(("", f"{mark}[{heading}] {picked[0]}", *picked[1:]))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fits(lines: tuple[str, ...]) -> list[str]:
        lines = tuple(line.format(**words) for line in lines)
        return [line for line in lines if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_160), fits(CLOSINGS_160), fits(TITLES_160), AMERICAN_160)
    if rng.random() < 0.08:
        items.append(("", rng.choice(UPDATED_160)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGNATURES_160)))
    return items
