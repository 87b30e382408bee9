"""The ``reworded-274`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Christmas Island notices, Lincolnshire Wolds papers, Arkansas Delta weeklies, curling clubs, astronomy
societies, Parkinson's carers' forums, tower block residents' panels, packhorse bridge trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule: (headings, sentences). Headings may be questions; sentences may use {c} {cs} {C} {Cs} (the
# site's word for what readers send) and {mods} (who looks after the site), filled per site.
REWORDINGS_274: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "Be civil",
            "Courtesy",
            "Good manners, please",
            "How should I behave here?",
            "Treat others as you would at the rink",
            "Respect",
        ),
        (
            "Please be courteous to other members, even when you disagree strongly with them; bad behaviour spoils it for everyone.",
            "Play the ball, not the player: criticise the argument, never the person making it.",
            "Personal attacks, name-calling and sneering will be removed without discussion.",
            "Remember that the people reading your {c} are neighbours, carers and volunteers, not faceless strangers.",
            "We ask for the same good sportsmanship online as on the ice: shake hands, whatever the score.",
        ),
    ),
    (
        ("Hatred and discrimination", "No hate", "Equality", "What counts as hateful?", "Discrimination"),
        (
            "{Cs} that attack people for their race, religion, disability, sex, sexuality or age will be deleted.",
            "We will not host abuse aimed at any community, whether it is on the mainland, in the Delta or on the Island.",
            "Stereotyping whole groups of people, including 'jokes', is not acceptable here.",
            "Hate speech may be reported to the police, and we will cooperate fully with any inquiry.",
            "Christmas Island is home to Chinese, Malay and European families, and this board is for all of them.",
        ),
    ),
    (
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I name someone?",
            "Other people's information",
            "Your privacy",
        ),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please do not name patients, residents or children, even with the best intentions.",
            "If you are caring for someone with Parkinson's, think about whether they would be happy to read what you write.",
            "Photographs of people taken on the estate should not be shared without their permission.",
            "Flat numbers and landing details will be removed from any {c} to protect residents.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Keeping people safe",
            "Children and vulnerable adults",
            "Worried about someone?",
            "Safeguarding concerns",
        ),
        (
            "If you believe someone is at risk of harm, contact the police or social services first, not this board.",
            "Junior members under 18 may only take part with a parent or guardian's consent.",
            "Any {c} that suggests a child or vulnerable adult is in danger will be passed to our safeguarding officer.",
            "In an emergency call 999; on Christmas Island call 000.",
            "Please do not arrange to meet younger members away from club sessions.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays", "Pre-moderation", "When will my message show?"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "The site is run by volunteers, so please be patient at weekends and during the bonspiel.",
            "{Cs} sent after the office closes on Friday may not go up until Monday.",
            "Sending the same {c} several times will not make it appear any sooner.",
            "During observing season {mods} may be out at the dark-sky site and slow to reply.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "What should I write about?", "On topic, please"),
        (
            "Please keep your {c} to the subject of the story or thread.",
            "Off-topic {cs} may be moved to the general noticeboard or removed.",
            "This forum is about the bridge and its upkeep; wider planning rows belong elsewhere.",
            "Questions about equipment and telescopes should go in the kit section, not under meeting reports.",
            "If you want to start a new subject, please open a new thread rather than taking over someone else's.",
        ),
    ),
    (
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise?", "Commercial posts", "Spam"),
        (
            "Advertising, sales and links to commercial websites are not allowed without permission.",
            "Members may mention a second-hand stone or scope for sale once, in the For Sale board only.",
            "Chain letters, pyramid schemes and repeated links will be removed and the account closed.",
            "Businesses wishing to advertise in the paper should contact our advertising department.",
            "Fundraising appeals and organised collections must be agreed with {mods} first.",
        ),
    ),
    (
        ("Names and accounts", "Your username", "Who are you?", "Registration", "Signing in", "Do I need to register?"),
        (
            "You must register with a valid email address before you can post.",
            "Please use your real name; anonymous {cs} will not be published.",
            "Letters for print must include a full name, address and daytime telephone number, though only your name and town will appear.",
            "Do not pretend to be another person, a member of staff or an official body.",
            "One account per person: duplicate accounts will be merged or removed.",
        ),
    ),
    (
        ("The law", "Legal", "Libel and contempt", "Is it legal?", "Defamation"),
        (
            "You are legally responsible for what you post, and you could be sued for libel.",
            "Do not discuss court cases while they are live; contempt of court is a criminal offence.",
            "Never accuse a named person of a crime unless they have been convicted of it.",
            "Under Arkansas law, as anywhere else, false statements of fact that harm someone's reputation can lead to damages.",
            "We will remove anything our lawyers advise us could be defamatory.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photos and images", "Can I post a picture?", "Copying"),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Astrophotographs remain the copyright of the person who took them; please credit them if you share.",
            "Do not paste whole articles from other newspapers; a short quote and a link will do.",
            "By sending us a {c} you allow us to publish it in print and online.",
            "Historic images of the bridge may belong to the county archive; check before you upload them.",
        ),
    ),
    (
        ("Reporting", "Report a post", "Seen something wrong?", "How do I complain?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "You can also email {mods} and we will look into it as soon as we can.",
            "Please tell us why you are reporting something; it helps us act quickly.",
            "Reports are confidential and the person you report will not be told who you are.",
            "Do not reply to a troublesome {c} yourself; report it and let us deal with it.",
        ),
    ),
    (
        ("Our decision is final", "Discretion", "The committee's right", "Who decides?", "Editorial control"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c}.",
            "{Mods} may remove material at any time, without giving a reason.",
            "The committee's decision on any matter concerning this board is final.",
            "We may close a thread at any time if it gets out of hand.",
            "Publication does not mean the panel agrees with what has been said.",
        ),
    ),
    (
        ("Corrections and news", "Got a story?", "Spotted a mistake?", "Tip-offs", "Corrections"),
        (
            "If you think we have got something wrong, please email the newsdesk rather than posting a {c}.",
            "We correct errors of fact promptly, apologise where we should, and will say so in the paper.",
            "Have you a story from the Wolds? Call the newsroom in Louth or send us a message.",
            "News from the Island can be dropped in at the Shire office, Settlement.",
            "Please send photographs of events with names of everyone pictured, left to right.",
        ),
    ),
    (
        ("Language", "Swearing", "Mind your language", "Can I swear?", "Plain English"),
        (
            "No swearing, including swear words with letters replaced by asterisks.",
            "Please write in English so that {mods} can read your {c}.",
            "Writing in capital letters is read as shouting; please avoid it.",
            "Keep acronyms to a minimum; not everyone knows what an OTA or an L-dopa regime is.",
            "Crude or sexual language will be removed, whatever the context.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspensions", "Three strikes"),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "Repeated breaches will lead to suspension and, in the end, a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again without notice.",
            "You may appeal a ban by writing to the secretary within 14 days.",
        ),
    ),
    (
        ("Medical advice", "Health information", "Is this medical advice?", "Safety", "Your own judgement"),
        (
            "Nothing on this forum is medical advice; always speak to your GP, consultant or Parkinson's nurse.",
            "Never change medication times or doses because of something you read here.",
            "Sharing experience is welcome, but please do not recommend unproven treatments or supplements.",
            "Never look at the Sun through a telescope or binoculars without a proper solar filter.",
            "The bridge is a scheduled monument; do not climb on the parapets or enter the beck in flood.",
        ),
    ),
    (
        ("Elections and politics", "Party politics", "During elections", "Can I campaign here?"),
        (
            "The panel is non-political, and campaign material will be removed.",
            "During election periods we may close {cs} on stories about candidates.",
            "Councillors are welcome to take part but should say who they are.",
            "Please discuss the estate's issues, not national party politics.",
            "Quorum and AGM business is for members' meetings, not the noticeboard.",
        ),
    ),
)

# What each site calls what readers send: (singular, plural). Most sites say "comment"; about a quarter never do.
READER_WORDS_274: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)
# Share of sites that never say "comment".
OTHER_WORD_CHANCE_274 = 0.25

# Who looks after the site, as a sentence would name them.
MODERATORS_274: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the newsdesk",
    "the committee",
    "the panel secretary",
    "the forum team",
    "the webmaster",
    "the trustees",
    "the admin team",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_274: tuple[str, ...] = (
    "We welcome your views, but please read the following before posting.",
    "These rules are here to keep the board friendly and useful for everyone.",
    "By taking part you agree to abide by the guidelines below.",
    "The forum is a place for carers to share support; please help us keep it that way.",
    "Please take a moment to read our house rules.",
    "Members of the society are asked to observe the following.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_274: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Good skip, and happy posting!",
    "Clear skies, and thank you for your cooperation.",
    "These guidelines may be changed at any time without notice.",
    "Any questions? Contact the secretary.",
    "Thank you for your support of the Trust.",
)

# Titles a site may print above its rules.
POLICY_TITLES_274: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms of use",
    "Community guidelines",
    "Rules of the board",
    "Code of conduct",
)

# British spellings used in the sentences above -> American; a site may print either.
AMERICAN_274: dict[str, str] = {
    "criticise": "criticize",
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "judgement": "judgment",
    "organised": "organized",
    "apologise": "apologize",
}

# List markers a site may put before each item: a name, and how item n (from 1) is marked.
_ROMAN_274 = (
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
)
MARKERS_274: tuple[str, ...] = (
    "none",
    "none",
    "number-stop",
    "number-bracket",
    "letter",
    "roman",
    "bullet",
    "dash",
    "rule",
    "section",
)


def _marker_274(style: str, number: int, section: int) -> str:
    """The list marker printed before item ``number`` in a site's ``style`` (``section`` for "1.3" numbering)."""
    if style == "number-stop":
        return f"{number}. "
    if style == "number-bracket":
        return f"{number}) "
    if style == "letter":
        return f"({chr(ord('a') + number - 1)}) "
    if style == "roman":
        return f"{_ROMAN_274[number - 1]}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {number}: "
    if style == "section":
        return f"{section}.{number} "
    return ""


def _case_274(heading: str, style: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if style == "title":
        small = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "at", "is", "it", "my", "as", "i"}
        words = heading.split()
        return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if style == "capitals":
        return heading.upper()
    return heading


def _items_274(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws the word for what readers send (``comment`` for three sites in four, otherwise post, message,
    reply, contribution, letter or notice) and who moderates; how many kinds of rule it prints (2-5 for a few
    sites, 6-16 for most), in table order or shuffled; one to three sentences for each; whether it prints headings
    at all and, if so, their case (as written, title case, capitals) and where they stand (an item of their own, bare
    or ending in a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, bracketed numbers, letters, roman numerals, bullets, dashes, "Rule n:" or section numbers) or none;
    and habits of its own: a section line, a last-updated line, bold-like asterisk emphasis on headings, and a
    sign-off from whoever moderates. Opening, closing and title lines, American spelling and curly quotes are left
    to ``_furnish``."""
    singular, plural = rng.choice(
        READER_WORDS_274[:3] if rng.random() >= OTHER_WORD_CHANCE_274 else READER_WORDS_274[3:]
    )
    moderators = rng.choice(MODERATORS_274)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    fill |= {"mods": moderators, "Mods": moderators[:1].upper() + moderators[1:]}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(range(len(REWORDINGS_274)))
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = sorted(rng.sample(kinds, count))

    headed = rng.random() < 0.75
    case_style = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(MARKERS_274)
    section = rng.randint(1, 9)
    emphasis = headed and rng.random() < 0.15
    sentences_per_item = rng.choice((1, 1, 2, 3, 0))  # 0: each item draws its own number

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((f"Section {section}: Posting on this site", ""))
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_274[kind]
        many = sentences_per_item or rng.randint(1, 3)
        picked = [s.format(**fill) for s in rng.sample(sentences, many)]
        marker = _marker_274(marker_style, number, section)
        if not headed:
            picked[0] = marker + picked[0]
            items.append(("", *picked))
            continue
        heading = _case_274(rng.choice(headings), case_style)
        if emphasis:
            heading = f"*{heading}*"
        question = heading.rstrip("*").endswith("?")
        if placement.startswith("own"):
            if placement == "own-stop" and not question:
                heading += "."
            elif placement == "own-colon" and not question:
                heading += ":"
            items.append((marker + heading, *picked))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if question:
                joiner = " "
            picked[0] = marker + heading + joiner + picked[0]
            items.append(("", *picked))

    if rng.random() < 0.2:
        month = rng.choice(("January", "March", "April", "June", "September", "October", "November"))
        items.append(("", f"Last updated {rng.randint(1, 28)} {month} {rng.randint(2011, 2026)}."))
    if rng.random() < 0.15:
        items.append(("", f"\u2013 {fill['Mods']}"))
    return _furnish(items, rng, POLICY_INTROS_274, POLICY_CLOSINGS_274, POLICY_TITLES_274, AMERICAN_274)
