"""The ``reworded-307`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kintyre papers, Breckland news, Hudson Valley weeklies, petanque clubs, bagpipe bands, Lyme disease
forums, almshouse residents, water tower conversion groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind: (headings, sentences). Headings are printed as drawn per site; sentences may use {c} {cs} {C} {Cs}
# (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_307: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy", "Mind your manners", "How should I speak to other members?", "Respect"),
        (
            "Treat everyone here as you would a neighbour at the bus stop in Campbeltown: politely, even when you "
            "disagree.",
            "Argue with the point, not the person who made it.",
            "Personal attacks, name-calling and sneering will see your {c} removed.",
            "We are a small club and most of us will meet on the terrain on Saturday, so keep it friendly.",
            "Robust debate is welcome; rudeness is not.",
        ),
    ),
    (
        ("Hate speech", "No hatred", "Discrimination", "What counts as hateful?", "Equality"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability "
            "or age.",
            'Remarks about incomers, travellers or "the English" that would not be said to someone\'s face have no '
            "place here.",
            "Material that stirs up hatred may be an offence, and we will pass it to the police where we must.",
            "Jokes at the expense of a group are still hateful, however they are meant.",
            "The band welcomes players of every background, and so does this board.",
        ),
    ),
    (
        ("Privacy", "Personal information", "Keep it private", "Can I name people?", "Other people's details"),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Residents are asked not to discuss another resident's health, finances or family on the noticeboard.",
            "Photographs of members' children must not be posted without a parent's written consent.",
            "If you mention your own doctor or clinic, leave the name out.",
            "Speculation about who someone is behind a username will be removed.",
        ),
    ),
    (
        ("Safeguarding", "Young members", "Children and vulnerable adults", "Who do I tell if I'm worried?"),
        (
            "Our junior pipers and drummers are under 18, and all contact with them online goes through their "
            "parents or the band's welfare officer.",
            "Do not send private messages to junior members.",
            "If you are worried about a child or a vulnerable adult, contact the welfare officer or call the police "
            "on 101, or 999 in an emergency.",
            "Concerns about a resident's welfare should go to the warden, not onto this page.",
            "Anything that puts a child at risk will be removed and reported at once.",
        ),
    ),
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Delays",
            "When will I see my {c}?",
        ),
        (
            "Every {c} is read by {mods} before it goes up, which can take a day or two.",
            "The office is staffed part-time, so {cs} sent on a Friday may not appear until Monday.",
            "New members' first few {cs} are held for approval.",
            "Please do not post the same {c} again if it does not show straight away; it is in the queue.",
            "The board is looked after by {mods} in spare time, mostly in the evenings.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Relevance"),
        (
            "Keep your {c} to the subject of the article or the thread.",
            "General chat belongs in the Clubhouse section, not under match reports.",
            "Threads about the conversion should be about the tower, the planning application or the works.",
            "Posts that drag every discussion back to the same grievance will be moved or removed.",
            "If you want to start a new subject, start a new thread.",
        ),
    ),
    (
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise?", "Commercial posts", "Spam"),
        (
            "No advertising, sales pitches or links to shops.",
            "Members may post bagpipes, chanters and drums for sale in the Buy and Sell section only.",
            "Supplements, test kits and treatments must not be promoted here, by anyone, for any reason.",
            "Tradespeople are welcome to join but not to tout for work on the tower threads.",
            "Spam is deleted and the account closed without notice.",
        ),
    ),
    (
        ("Your name", "Accounts", "Who are you?", "Usernames", "Do I have to use my real name?"),
        (
            "We ask for your real name and the town you live in, which will be printed with your {c}.",
            "One account per person; do not register again under another name.",
            "Do not pretend to be someone else, including another member of the band or a councillor.",
            "A username is fine, but {mods} must be able to contact you by email.",
            "Anonymous {cs} will not be published.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation", "Contempt of court", "Is it legal?", "Libel"),
        (
            "You are responsible for what you write, and may be sued for it just as we may.",
            "Do not accuse a named person of a crime, or of anything else you cannot prove.",
            "When someone has been charged, say nothing about the case until it is over; under Scots law even a "
            "{c} can prejudice a trial.",
            "Under New York law a false statement of fact about a person can be libel, even on a community website.",
            "Anything that might be defamatory, in contempt of court or otherwise unlawful will be removed.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photos and articles", "Can I post a photo?", "Copying"),
        (
            "Only post photographs and words that you own or have permission to use.",
            "Do not copy whole articles from other papers; a short quote and a link is enough.",
            "By sending us a {c} you give us permission to publish it in print and online.",
            "Band arrangements and tunes in copyright must not be posted as sheet music or recordings.",
            "Architects' drawings from the planning portal may be linked to but not reposted.",
        ),
    ),
    (
        ("Reporting", "Report a post", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link under the {c}.",
            "You can also email the newsdesk and tell us which {c} and why.",
            "Reports are looked at by {mods}, usually within a day.",
            "Please report rather than reply; replying only keeps it going.",
            "Reporting a {c} because you disagree with it is not what the button is for.",
        ),
    ),
    (
        ("Discretion", "The editor's decision", "Our right to remove", "Final say", "Who decides?"),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "The committee's decision on what stays up is final.",
            "We may close a discussion at any time, particularly on court and crime stories.",
            "The trustees reserve the right to remove any notice from the board.",
            "{mods} cannot enter into correspondence about individual decisions.",
        ),
    ),
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the editor and we will put it right.",
            "Corrections are not made through the {cs}; contact the office directly.",
            "Got a story from Thetford, Dereham, Swaffham or Watton? Get in touch with the newsroom.",
            "Results, photographs and news from the club can be sent to the secretary for the newsletter.",
            "News tips from the Valley are welcome by email or at our Main Street office.",
        ),
    ),
    (
        ("Language", "Swearing", "Bad language", "Keep it clean", "Can I swear?"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Write in plain English; posts in capitals are hard to read and look like shouting.",
            "Gaelic is welcome, but please add a translation so everyone can follow.",
            "Offensive language will be removed, whoever it is aimed at.",
            "Remember that families and juniors read this board.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Bans"),
        (
            "Break the rules and you will get a warning; break them again and you will be suspended.",
            "Serious breaches lead to an immediate and permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "Repeated breaches may be taken up by the committee under the club's disciplinary code.",
            "{mods} may remove posting rights from any account at any time.",
        ),
    ),
    (
        ("Medical advice", "Not a doctor", "Health information", "Can I give advice?", "Treatment", "Safety"),
        (
            "Nothing here is medical advice; talk to your GP or a Lyme-literate doctor before changing treatment.",
            "Share your own experience, but do not tell others to stop antibiotics or take anything you have "
            "bought online.",
            "If you have a bull's-eye rash or have been bitten by a tick, see a doctor promptly.",
            "Do not climb the tower or enter the site without the owners' permission and a hard hat.",
            "Posts claiming a cure will be removed.",
        ),
    ),
    (
        ("Living together", "House rules", "Be a good neighbour", "Noise and common rooms", "Shared spaces"),
        (
            "Notices for the common room should be approved by the warden before they go up.",
            "Please keep the noticeboard for the almshouse's own business and residents' events.",
            "Complaints about a neighbour go to the clerk to the trustees, not onto the board.",
            "Notices are taken down after a month unless you ask for them to stay.",
            "Be mindful that some residents read this who cannot easily come to meetings.",
        ),
    ),
)

# The words for what readers send: (singular, plural). Most sites say "comment"; a quarter never do.
COMMENT_WORDS_307: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_307: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as printed in sentences.
MODERATORS_307: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "our web team",
    "the committee",
    "the newsdesk",
    "the forum admins",
    "the warden",
    "the band secretary",
    "our volunteer moderators",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_307: tuple[str, ...] = (
    "We welcome your views, but please read the following before you post.",
    "These rules apply to everyone using the forum.",
    "Please read our house rules before joining the conversation.",
    "The committee has agreed the following guidelines for the club pages.",
    "Residents are asked to follow these simple rules when using the noticeboard.",
    "By taking part you agree to the terms below.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_307: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "These guidelines may be changed at any time.",
    "Thanks, and see you on the terrain.",
    "The committee thanks all members for their co-operation.",
    "Happy posting!",
)

# Titles a site prints above its rules.
POLICY_TITLES_307: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "Before you post",
)

# British spellings used in the sentences above -> American.
AMERICAN_307: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "favour": "favor",
    "colour": "color",
    "behaviour": "behavior",
    "organise": "organize",
    "travellers": "travelers",
    "co-operation": "cooperation",
    "programme": "program",
}

# List markers a site puts before its items; each takes the item's 1-based number.
ROMAN_307: tuple[str, ...] = (
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
MARKERS_307: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{ROMAN_307[n - 1]}.",
    lambda n: f"{ROMAN_307[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"{n}.0",
    lambda n: f"\u00a7{n}",
)

# Lines some sites print among their rules: a last-updated line, a section line, a sign-off.
UPDATED_LINES_307: tuple[str, ...] = (
    "Last updated: March 2024",
    "Revised by the committee, AGM 2023",
    "Updated 12 June 2025",
    "Effective January 1, 2024",
    "Agreed by the trustees, September 2022",
)
SECTION_LINES_307: tuple[str, ...] = ("Part 1: Posting", "Section A - General", "The rules", "Our guidelines")
SIGN_OFFS_307: tuple[str, ...] = (
    "The Editor",
    "Pipe Major and Committee",
    "The Admin Team",
    "Clerk to the Trustees",
    "Club Secretary",
)


# Words a title-cased heading leaves in lower case unless they open it.
SMALL_WORDS_307: frozenset[str] = frozenset(("a", "an", "the", "and", "or", "to", "of", "in", "on", "for", "my", "if"))


def _heading_case(heading: str, case: str) -> str:
    """A heading printed in sentence case (as written), title case or capitals."""
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if word.isupper() or (index and word in SMALL_WORDS_307) else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _items_307(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three sites in four, otherwise post, message, reply,
    contribution, letter or notice) and who moderates; how many item kinds it prints (2-5 for a fifth of sites,
    6-16 otherwise), in table order or shuffled; one to three sentences an item; headings in sentence case, title
    case or capitals, or none; where a heading stands (a part of its own, bare or with a stop or colon, or run in
    before the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets,
    dashes, asterisks, "Rule 1:", section numbers) or none, on the heading or the first sentence; emphasis of
    headings by asterisks or underscores now and then; and by chance a section line, a last-updated line at the top
    or bottom and a sign-off. The items then go through ``_furnish`` for an opening, closing and title line, American
    spelling and curly quotes."""
    singular, plural = rng.choice(COMMENT_WORDS_307 if rng.random() < 0.75 else OTHER_WORDS_307)
    moderators = rng.choice(MODERATORS_307)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_307)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = [kinds[i] for i in sorted(rng.sample(range(len(kinds)), count))]

    headed = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_307) if rng.random() < 0.6 else None
    emphasis = rng.choice(("", "", "", "**", "_"))
    max_sentences = rng.choice((1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(SECTION_LINES_307), ""))
    updated = rng.choice(UPDATED_LINES_307) if rng.random() < 0.2 else ""
    if updated and rng.random() < 0.5:
        items.append(("", updated))
        updated = ""

    for number, (headings, sentences) in enumerate(chosen, start=1):
        picked = rng.sample(sentences, rng.randint(1, max_sentences))
        body = [sentence.format(**fill) for sentence in picked]
        body = [sentence[:1].upper() + sentence[1:] for sentence in body]
        label = marker(number) if marker else ""
        if not headed:
            if label:
                body[0] = f"{label} {body[0]}"
            items.append(("", *body))
            continue
        heading = _heading_case(rng.choice(headings).format(**fill), case)
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if label:
            heading = f"{label} {heading}"
        asks = heading.rstrip("*_").endswith("?")
        if placement == "own":
            items.append((heading, *body))
        elif placement == "own-stop":
            items.append((heading if asks else heading + ".", *body))
        elif placement == "own-colon":
            items.append((heading if asks else heading + ":", *body))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if asks:
                joiner = " "
            items.append(("", heading + joiner + body[0], *body[1:]))

    if updated:
        items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_307)))
    titles = POLICY_TITLES_307 if singular == "comment" else tuple(t for t in POLICY_TITLES_307 if "omment" not in t)
    return _furnish(items, rng, POLICY_INTROS_307, POLICY_CLOSINGS_307, titles, AMERICAN_307)
