"""The ``reworded-277`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Norfolk Broads boating news, Tiree papers, Oregon high-desert weeklies, rowing clubs on tidal rivers,
handbell ringers, psoriasis forums, retirement village residents, railway signal box preservationists.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them. Each kind is (headings, sentences):
# headings a site may print over the item, and sentences it draws one to three of. ``{c}``/``{cs}``/``{C}``/``{Cs}``
# are the site's word for what readers send (singular, plural, capitalised); ``{mods}``/``{Mods}`` who looks after it.
REWORDINGS_277: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy", "Keep it friendly", "How should I treat other members?", "Respect"),
        (
            "Treat fellow members as you would a crew-mate in the boat: disagree by all means, but do it politely.",
            "Personal attacks, name-calling and sneering at other people's experience will not be tolerated.",
            "We are a small island and most of us will meet at the Co-op or on the ferry, so please write as you "
            "would speak to someone face to face.",
            "Robust debate about the Broads Authority, navigation tolls or moorings is welcome; abuse of the people "
            "involved is not.",
            "Be kind: many people here live with a painful and very visible condition, and a thoughtless remark can "
            "hurt more than you know.",
        ),
    ),
    (
        ("Hate speech", "Discrimination", "No bigotry", "What counts as offensive?", "Racism and prejudice"),
        (
            "{Cs} that are racist, sexist or homophobic, or that attack anyone for their religion, disability or age, "
            "will be removed without notice.",
            "We do not accept anything that stirs up hatred against a group of people, including incomers, holiday "
            "visitors or travellers.",
            "Jokes about a person's skin, appearance or illness are not welcome here, however they were meant.",
            'Sneering remarks about newcomers, second-home owners or "folks from the valley" add nothing to the '
            "debate and will be taken down.",
            "Threats or hateful language aimed at any person or group will be removed, and serious cases reported to "
            "the police.",
        ),
    ),
    (
        ("Privacy", "Personal information", "Other people's details", "Can I name someone?", "Keep it private"),
        (
            "Do not post anyone's address, phone number, email or boat registration without their permission.",
            "Please do not name residents, staff or carers in {cs}; raise concerns about an individual with the "
            "village manager in private.",
            "Think twice before sharing your own full name, hospital or treatment details, as anyone can read this "
            "forum.",
            "Photographs of other people, especially juniors at regattas and outings, must not be posted without "
            "consent.",
            "We will remove {cs} that reveal where someone lives or works, even if the information can be found "
            "elsewhere.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Young people",
            "Children and vulnerable adults",
            "Juniors",
            "Who do I tell if I'm worried about someone?",
        ),
        (
            "The club has a Welfare Officer, and any concern about a junior or vulnerable adult should go to them, "
            "not onto the forum.",
            "Do not contact junior members directly through this site; messages to under-18s must go through a "
            "parent or their coach.",
            "If a {c} suggests that someone is at risk of harm, we will act on it and may share it with the right "
            "services.",
            "If you are in crisis, please call your GP, NHS 111 or the Samaritans on 116 123 rather than waiting for "
            "a reply here.",
            "Anyone helping with ringing sessions for schools or youth groups must follow the guild's safeguarding "
            "policy.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} show?"),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "Everyone who moderates here is a volunteer, so {cs} sent at the weekend may not be approved until Monday.",
            "The paper is put together by volunteers on the island, and {cs} may not appear until someone is next in "
            "the office.",
            "Your first few {cs} will be held for approval; after that they will usually appear straight away.",
            "{Cs} are not checked around the clock, and we cannot promise that every {c} will be published.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic", "Relevance", "Where should I post this?"),
        (
            "Please keep {cs} to the subject of the story or thread they sit under.",
            "Questions about lost property, moorings or boats for sale belong on the noticeboard, not under news "
            "stories.",
            "This forum is for the box, its lever frame and the line it worked; general railway chat is better "
            "suited elsewhere.",
            "Threads that drift from ringing into politics may be locked or moved.",
            "Start a new thread rather than taking over someone else's.",
        ),
    ),
    (
        ("Advertising", "Spam", "No selling", "Commercial posts", "Can I advertise my business?"),
        (
            "No advertising, please: boatyards, hire firms and traders can contact the office about paid notices.",
            "Links posted only to promote a cream, diet or supplement will be deleted, and the account closed.",
            'Selling "cures", miracle treatments or natural remedies is strictly forbidden.',
            "Members may mention their own small sales, such as a spare octave of bells or a trailer, once, in the "
            "For Sale section.",
            "Surveys, petitions and fundraising appeals need the committee's agreement before they go up.",
        ),
    ),
    (
        ("Names", "Your account", "Real names", "Usernames", "Do I have to use my real name?", "One account each"),
        (
            "{Cs} must carry your real name; we do not publish anonymous {cs}.",
            "Please sign with your own name and the town you live in, as you would on a letter to the paper.",
            "One account per person, please; sharing a login with your husband or wife is not allowed.",
            "You may use a nickname, but do not pretend to be another person, a club official or a member of staff.",
            "Usernames that are offensive or advertise a business will be changed or removed.",
        ),
    ),
    (
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Is there anything I can't say legally?"),
        (
            "Do not say anything about a person that you could not prove to be true; libel law applies online just "
            "as it does in print.",
            "Do not discuss cases that are before the courts, or name anyone who has been charged, as this can "
            "amount to contempt of court under Scots law.",
            "You are legally responsible for what you write, and the club cannot defend you if you are sued.",
            "Nothing may be posted that encourages an offence, such as trespass on the line or speeding on the rivers.",
            "We will cooperate with the Sheriff's Office or Oregon State Police if they ask us about a {c}.",
        ),
    ),
    (
        ("Copyright", "Photos and other material", "Other people's work", "Can I post photos?", "Quoting"),
        (
            "Only post photographs that you took yourself or have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link is fine.",
            "Scanned music, method sheets and signalling diagrams may still be in copyright, so check before you "
            "upload them.",
            "By sending a {c} you allow us to publish it, in print or online, and to edit it for length.",
            "Drawings and photographs from the old railway archives are often still under copyright and must be "
            "credited.",
        ),
    ),
    (
        ("Reporting", "Report a problem", "Something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link under the {c} rather than replying "
            "to it.",
            "Please email the editor if you think a {c} is unfair or untrue, and we will look at it as soon as we can.",
            "Reports are read by {mods}, never by the person you reported.",
            "Do not argue in public with someone who is breaking the rules; report it and let us deal with it.",
            "Residents without a computer can leave a note at reception, marked for the Residents' Association.",
        ),
    ),
    (
        ("Editor's discretion", "Our decision", "The committee's decision", "Final say", "Who decides?"),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on whether to publish is final.",
            "These rules cannot cover everything, and the committee may remove anything it considers unsuitable.",
            "Publishing a {c} does not mean that we agree with it.",
            "We may change these rules at any time; the current version is always on this page.",
        ),
    ),
    (
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, please email the editor rather than leaving a {c}, so we can put it "
            "right quickly.",
            "Got a story from the river? Send it to the newsdesk with a photo of the boat and where it happened.",
            "Corrections are printed in the next issue and the online story is updated.",
            "News of births, marriages, deaths and visiting yachts in Gott Bay is always welcome for the next issue.",
            "Seen something on the water? Tell us, but never put yourself or your crew at risk to get a picture.",
        ),
    ),
    (
        ("Language", "Swearing", "Bad language", "Keep it clean", "Which language can I write in?"),
        (
            "No swearing, even with letters replaced by asterisks.",
            "{Cs} in Gaelic or English are equally welcome.",
            "Please write in plain English and avoid text-speak, as many of our readers are not used to it.",
            "Keep it clean: this is a family site read by members of all ages.",
            "Please don't write in capital letters, which reads as shouting.",
        ),
    ),
    (
        ("Warnings and bans", "Sanctions", "Breaking the rules", "What happens if I break the rules?", "Suspension"),
        (
            "Members who break these rules will normally get a warning before their account is suspended.",
            "Repeated or serious breaches will lead to a permanent ban, at the discretion of {mods}.",
            "Banned members who come back under a new name will be removed without further notice.",
            "We run a three-strikes policy, but keep the right to go straight to the third.",
            "A ban from the forum does not affect your membership of the club, which is a matter for the committee.",
        ),
    ),
    (
        ("Medical advice", "Safety", "Not professional advice", "Is this advice?", "On the water", "Be safe"),
        (
            "Nothing posted here is medical advice; always check with your GP or dermatologist before changing a "
            "treatment.",
            "Do not stop biologics, methotrexate or any prescribed medicine because of something you read on the "
            "forum.",
            "Advice about tides and weather is given in good faith; check the tide tables and the conditions "
            "yourself before you boat.",
            "Never go onto the operational railway; visitors reach the box by the public footpath with a member.",
            "Headroom at Potter Heigham and Wroxham bridges changes with the tide, so always check the gauge or use "
            "the pilot.",
        ),
    ),
    (
        ("Length", "Keep it short", "How long can my {c} be?", "Word limit", "Deadlines"),
        (
            "{Cs} should be no longer than 300 words.",
            "Letters for the print edition should be under 250 words and reach us by noon on Monday.",
            "Long {cs} may be cut, though we will try to keep your meaning.",
            "Letters endorsing candidates will not be printed in the last issue before an election.",
            "Please do not paste the same {c} under several stories.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural); most say "comment", the rest one of the others.
WORDS_277: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after a site's contributions, lower case as printed mid-sentence.
MODERATORS_277: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the Residents' Association committee",
    "the admin team",
    "our volunteer moderators",
    "the newsletter team",
    "the trustees",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_277: tuple[str, ...] = (
    "Please read these house rules before you post.",
    "We welcome {cs} from readers and ask that you keep to the guidelines below.",
    "These rules are here to keep the forum a friendly and supportive place for everyone.",
    "The noticeboard is run by residents, for residents; please use it kindly.",
    "By sending us a {c} you agree to the following terms.",
    "A few simple rules, agreed by the committee, so that everyone can enjoy the site.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_277: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy ringing!",
    "See you on the water.",
    "Tapadh leibh, and thank you for reading.",
    "Questions about these rules? Email the editor.",
    "If in doubt, leave it out.",
    "Thank you for your cooperation.",
)

# Titles a site may print over its rules.
POLICY_TITLES_277: tuple[str, ...] = (
    "House Rules",
    "Forum Guidelines",
    "{C} Policy",
    "Posting Guidelines",
    "Noticeboard Terms",
    "Letters and {Cs}: Our Rules",
    "Community Guidelines",
    "Rules of the Forum",
)

# British spellings in the sentences above and the American a site may print instead.
AMERICAN_277: dict[str, str] = {
    "behaviour": "behavior",
    "offence": "offense",
    "travellers": "travelers",
    "neighbour": "neighbor",
    "organisation": "organization",
    "recognise": "recognize",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "licence": "license",
}

# How a site numbers or marks its items: each a function of the item's place (from 1) giving its marker.
ROMAN_NUMERALS_277: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
)  # fmt: skip
MARKERS_277: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({a})",
    "{a})",
    "{r}.",
    "({r})",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "Rule {n}:",
    "Rule {n} -",
    "{s}.{n}",
    "\u00a7{n}",
)

# Separators a site puts between a run-in heading and the sentence after it.
RUN_IN_SEPARATORS_277: tuple[str, ...] = (": ", ". ", " - ", " \u2013 ", " \u2014 ")

# Pairs of section lines a site may print at the start and halfway through its rules.
SECTION_LINES_277: tuple[tuple[str, str], ...] = (
    ("Your behaviour", "How we moderate"),
    ("What we ask of you", "What we will do"),
    ("Part 1: Conduct", "Part 2: Moderation"),
    ("Posting", "Moderation and sanctions"),
    ("The basics", "The small print"),
)

# Last-updated lines a site may print at the top or foot of its rules.
UPDATED_LINES_277: tuple[str, ...] = (
    "Last updated: 12 March 2024.",
    "Reviewed by the committee, October 2023.",
    "Revised 14/02/2025.",
    "These rules were last changed in April 2022.",
    "Updated May 2024 after the AGM.",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_277: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "The forum team",
    "Moderators",
    "Residents' Association",
    "Signed on behalf of the trustees",
)

# Words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_277 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by", "as"})


def _title_case_277(text: str) -> str:
    """``text`` with each word capitalised except short joining words after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_277 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_277(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send ("comment"
    for three sites in four, else post, message, reply, letter ...) and who moderates; how many item kinds it prints
    (two to five for some sites, six to sixteen for most), in table order or shuffled; one to three sentences an item;
    its heading case (sentence, title, capitals) or no headings at all; whether a heading stands as a part of its own
    (bare, with a stop or with a colon, in bold asterisks now and then) or runs in before the first sentence after a
    colon, stop or dash; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers)
    or none; and, by chance, a pair of section lines, a last-updated line at the top or foot, a "Please note:" before
    the last of an item's sentences and a sign-off. Then its opening, closing and title lines by ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_277)
    moderators = rng.choice(MODERATORS_277)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_277)), count)
    if rng.random() < 0.6:
        kinds.sort()
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    run_in = rng.random() < 0.35
    heading_end = rng.choice(("", ".", ":"))
    separator = rng.choice(RUN_IN_SEPARATORS_277)
    marker = rng.choice(MARKERS_277) if rng.random() < 0.55 else ""
    if marker in ("-", "\u2013") and separator.strip() in ("-", "\u2013", "\u2014"):
        separator = ": "
    bold = not run_in and rng.random() < 0.08
    section = rng.randint(1, 9)
    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_277[kind]
        drawn = rng.sample(sentences, rng.choices((1, 2, 3), weights=(45, 40, 15))[0])
        parts = [sentence.format(**fill) for sentence in drawn]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case_277(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        label = marker.format(n=place, a="abcdefghijklmnopq"[place - 1], r=ROMAN_NUMERALS_277[place - 1], s=section)
        if heading and run_in:
            joiner = " " if heading.endswith("?") and separator in (": ", ". ") else separator
            parts[0] = heading + joiner + parts[0]
            heading = ""
        elif heading:
            if not heading.endswith("?"):
                heading += heading_end
            if bold:
                heading = "**" + heading + "**"
        if label and heading:
            heading = label + " " + heading
        elif label:
            parts[0] = label + " " + parts[0]
        items.append((heading, *parts))
    longer = [place for place, item in enumerate(items) if len(item) > 2 and "please" not in item[-1].lower()]
    if longer and rng.random() < 0.15:
        item = items[rng.choice(longer)]
        items[items.index(item)] = (*item[:-1], "Please note: " + item[-1][:1].lower() + item[-1][1:])
    if len(items) >= 6 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_277)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_277))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_277)))
    intros = [line.format(**fill) for line in POLICY_INTROS_277]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_277]
    titles = [line.format(**fill) for line in POLICY_TITLES_277]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_277)
