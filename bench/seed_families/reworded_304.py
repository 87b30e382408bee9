"""The ``reworded-304`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tokelau community news, Wirral papers, Black Hills weeklies, hurling and camogie clubs, fossil hunters'
groups, kidney stone forums, community land trusts, orangery restoration friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences). Placeholders
# {c} {cs} {C} {Cs} are the site's word for what readers send (singular, plural, capitalised) and {mods} who looks
# after the site.
REWORDINGS_304: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect for others",
            "How should I treat other members?",
            "Play the ball, not the player",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Treat everyone here as you would a neighbour at the village fono: with respect, even when you disagree.",
            "Criticise an argument if you like, but never the person making it.",
            "Personal attacks, name-calling and sneering at other members will see your {c} removed.",
            "Disagreement is welcome; rudeness is not, and {mods} will not referee a slanging match.",
            "Remember that the people you are arguing with may be your neighbours in Wallasey or Birkenhead.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Is there anything I must never post?", "Hate speech and abuse", "Equality"),
        (
            "We will not publish anything that is racist, sexist, homophobic, or that abuses anyone for their faith, "
            "disability or where they come from.",
            "Slurs against Lakota people or any other community have no place on this page and will be deleted on "
            "sight.",
            "Sectarian remarks are not tolerated at the club, on the sideline or online.",
            "{Cs} that stir up hatred may be passed to the police under the Public Order Act 1986.",
            "Stereotyping islanders, incomers, Travellers or anyone else is not banter, and we will treat it as abuse.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Can I share someone's details?",
            "Keep personal details private",
            "Data protection",
        ),
        (
            "Do not post anyone's phone number, home address or email, and that includes your own.",
            "Please do not share the exact location of a find site on private land without the landowner's say-so.",
            "Photographs of under-18 players must not be posted without written consent from a parent or guardian.",
            "Your medical history is yours; share only what you are comfortable with strangers reading for years to "
            "come.",
            "We hold members' details in line with UK GDPR and will never pass them on to a third party.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Who do I contact with a welfare concern?",
            "Child welfare",
            "Protecting young members",
        ),
        (
            "If you have a concern about the welfare of a child, contact the club's Children's Officer directly rather "
            "than posting about it here.",
            "Never arrange to meet a young member privately through this page.",
            "The club follows the GAA, LGFA and Camogie Association Code of Behaviour (Underage) at all times.",
            "Anything suggesting a child is at risk will be removed and reported to the designated liaison person.",
            "If someone is in immediate danger, call 999 (or 112) before you do anything else.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} appear?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so please be patient.",
            "We are volunteers, and a {c} sent on a Friday night may not appear until Monday.",
            "Because of the time difference with Apia and Auckland, approval can take a day or two.",
            "Your first few {cs} will be held for approval; after that most will go straight up.",
            "{Cs} with links in them are held automatically until someone has checked them.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep it relevant", "What can I post about?", "Off-topic posts", "Stick to the subject"),
        (
            "Keep your {cs} to the story or thread you are replying to.",
            "This forum is for talking about kidney stones, their treatment and living with them; general health "
            "chat belongs in the lounge.",
            "Posts about the orangery, the gardens and the restoration are welcome; local planning rows are not.",
            "Questions about ammonites, belemnites and where to look after a storm are exactly what this group is for.",
            "Threads that drift will be split or locked by {mods}.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Can I sell things here?", "Selling and promotion", "Commercial posts"),
        (
            "No advertising, chain letters or get-rich-quick schemes.",
            "Selling fossils is not allowed on this page, and that includes 'offers' sent by private message.",
            "Promoting supplements, cures or clinics will get your account removed without warning.",
            "Club fundraisers, lotto draws and table quizzes are fine if they are cleared with the secretary first.",
            "Repeated links to your own website or channel will be treated as spam.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Do I have to use my real name?", "One person, one account", "Usernames"),
        (
            "Please use your real name; anonymous {cs} will not be published.",
            "You may use a username, but impersonating another person or organisation is not allowed.",
            "One account per person - duplicate accounts will be closed.",
            "Letters for print must include a name and village or town, though we can withhold the name on request.",
            "Membership of the group is for people who live on or have a link to the three atolls.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "What about court cases?", "Contempt of court", "Libel"),
        (
            "Do not say anything about a named person that you could not prove in court.",
            "Nothing may be posted that could prejudice a trial, including {cs} on cases before Wirral Magistrates "
            "or Liverpool Crown Court.",
            "You are legally responsible for what you write, and we may have to hand details to the authorities.",
            "Collecting on a Site of Special Scientific Interest without consent is an offence; do not boast about it "
            "here.",
            "South Dakota law applies to everything published on this site, {cs} included.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and images", "Can I post a newspaper article?", "Other people's work", "Using pictures"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other papers; a short quote and a link will do.",
            "By sending a {c} you give us permission to publish it in print and online.",
            "Match footage belongs to the club and may not be uploaded elsewhere without permission.",
            "If you believe something here infringes your copyright, tell us and we will take it down.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "See something wrong?", "How do I report a {c}?", "Complaints", "Flagging"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "If something worries you, message an admin rather than replying to it.",
            "Email the newsroom with a link to the {c} and a line saying why.",
            "We look at every report, though we cannot always reply to each one.",
            "Do not report a post just because you disagree with it.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Who decides?",
            "Discretion",
        ),
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on what stays up is final.",
            "Anything not in the spirit of the group may be taken down by {mods}, with or without notice.",
            "The board of trustees may change these rules at any time, and will say so here when they do.",
            "Publishing a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "How do I send news?"),
        (
            "If we have got something wrong, email the editor and we will correct it as quickly as we can.",
            "Corrections do not belong in the {cs}; please contact the newsroom directly.",
            "Got a story from Hoylake, West Kirby or Heswall? We would love to hear from you.",
            "Send your news, births and results to the editor by Tuesday noon for Thursday's paper.",
            "Match reports and photographs for the club notes should reach the PRO by Sunday night.",
        ),
    ),
    (  # language
        ("Language", "Which language?", "Swearing", "Can I write in Tokelauan?", "Keep it clean"),
        (
            "{Cs} in Tokelauan, English or Samoan are all welcome.",
            "No swearing, please, not even with asterisks.",
            "Writing in capital letters is read as shouting.",
            "Irish is welcome here as Gaeilge or as English.",
            "Bad language will be edited out or the {c} will be removed.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Bans"),
        (
            "A first breach earns a warning, a second a week's suspension, and a third a permanent ban.",
            "Serious breaches will lead to an immediate ban without warning.",
            "Members who are removed may not rejoin under another name.",
            "Banned users who come back with a new account will be banned again.",
            "Repeated breaches may be reported to the club's disciplinary committee.",
        ),
    ),
    (  # safety or medical advice
        (
            "Not medical advice",
            "Medical advice",
            "Safety on the shore",
            "Is this medical advice?",
            "Stay safe",
            "Health",
        ),
        (
            "Nothing on this forum replaces advice from your GP, urologist or A&E.",
            "If you have a fever with a stone, or cannot pass urine, seek medical help now - do not wait for a reply "
            "here.",
            "Check the tide times before you go, keep away from the foot of the cliffs, and never hammer at the cliff "
            "face.",
            "Follow the West Dorset Fossil Collecting Code and leave cliff sections for everyone to enjoy.",
            "Anyone posting about work at the orangery must follow the site's health and safety rules and sign in "
            "with the volunteer coordinator.",
        ),
    ),
    (  # membership and the community
        (
            "Members' business",
            "Meetings and votes",
            "Is this the place for trust business?",
            "Membership",
            "Community land",
        ),
        (
            "Formal business of the trust, including resolutions for the AGM, goes to the secretary in writing, not "
            "through this page.",
            "Members may discuss plans for homes and allotments here, but decisions are made by the board.",
            "Notices of village meetings in Atafu, Nukunonu and Fakaofo are posted by the Taupulega.",
            "Please do not discuss individual tenants or their rent.",
            "Only paid-up members may vote; anyone may read and join in.",
        ),
    ),
)

# What readers send, as (singular, plural), on the quarter of sites that never say "comment"; the rest say "comment".
OTHER_READER_WORDS_304: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site.
MODERATORS_304: tuple[str, ...] = (
    "the moderators",
    "the admins",
    "the editor",
    "the newsroom",
    "the committee",
    "the club PRO",
    "the trustees",
    "the group admins",
    "our volunteer moderators",
)

# Opening lines a site prints before the items.
POLICY_INTROS_304: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome your views, but we ask everyone to follow a few simple rules.",
    "Taloha ni, and welcome. These are our rules for {cs}.",
    "This group is run by volunteers. Please help us keep it a friendly place.",
    "By joining this forum you agree to the following guidelines.",
    "Our house rules are below.",
)

# Closing lines a site prints after the items.
POLICY_CLOSINGS_304: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "Up the club!",
    "Happy hunting, and mind the tides.",
    "Wishing you a stone-free day.",
    "Questions about these rules can be sent to the editor.",
    "Fakafetai lahi.",
    "These guidelines may be updated from time to time.",
)

# Title lines for the policy.
POLICY_TITLES_304: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Group rules",
    "Forum rules",
    "Commenting policy",
    "Posting guidelines",
    "Rules of the page",
    "Terms of use for the noticeboard",
)

# British spellings used in the sentences and their American forms.
AMERICAN_304: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "honour": "honor",
    "behaviour": "behavior",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "programme": "program",
    "apologise": "apologize",
    "recognise": "recognize",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_MONTHS = ("January", "March", "April", "June", "August", "September", "October", "November")


def _fill(text: str, word: tuple[str, str], moderators: str) -> str:
    """``text`` with the site's word for what readers send and who moderates filled in."""
    singular, plural = word
    text = text.replace("{Cs}", plural.capitalize()).replace("{C}", singular.capitalize())
    text = text.replace("{cs}", plural).replace("{c}", singular)
    text = text.replace("{mods}", moderators)
    return text[0].upper() + text[1:] if text else text


def _marker(style: str, index: int) -> str:
    """The list marker of ``style`` for the item at ``index`` (from 0), or an empty string."""
    number = index + 1
    markers = {
        "number": f"{number}.",
        "paren": f"{number})",
        "letter": f"({chr(ord('a') + index)})",
        "roman": f"{_ROMAN[index % len(_ROMAN)]}.",
        "bullet": "\u2022",
        "dash": "-",
        "rule": f"Rule {number}:",
        "section": f"\u00a7{number}",
        "clause": f"3.{number}",
    }
    return markers.get(style, "")


def _case(heading: str, style: str) -> str:
    """``heading`` in sentence case, title case or capitals."""
    if style == "title":
        small = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "not", "i"}
        words = heading.split(" ")
        return " ".join(w if i and w.lower() in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if style == "upper":
        return heading.upper()
    return heading


def _items_304(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send and who moderates it; how many kinds
    it prints (two to five for a few sites, six to sixteen for most) and whether in table order or shuffled; one to
    three sentences an item; its heading case (sentence, title or capitals) or no headings at all; where headings
    stand (an item of their own with or without a stop or colon, or run in before the first sentence after a colon,
    stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs or
    clause numbers) or none; and its own habits: a section line before the items, a last-updated line, emphasis by
    asterisks on headings, and a sign-off from who moderates. The opening, closing and title lines, American spelling
    and curly quotes are left to ``_furnish``."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(OTHER_READER_WORDS_304)
    moderators = rng.choice(MODERATORS_304)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_304)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = sorted(rng.sample(kinds, count), key=REWORDINGS_304.index)
    heading_case = rng.choice(("sentence", "sentence", "title", "upper", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        ("none", "none", "number", "paren", "letter", "roman", "bullet", "dash", "rule", "section", "clause")
    )
    emphasis = rng.random() < 0.15
    most_sentences = rng.choice((1, 1, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(
            ("", rng.choice(("Part 3: Rules for posting", "Section B - Conduct", "THE RULES", "Please note:")))
        )
    for index, (headings, sentences) in enumerate(chosen):
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        body = [_fill(sentence, word, moderators) for sentence in picked]
        marker = _marker(marker_style, index)
        if heading_case == "none":
            if marker:
                body[0] = f"{marker} {body[0]}"
            items.append(("", *body))
            continue
        heading = _case(_fill(rng.choice(headings), word, moderators), heading_case)
        question = heading.endswith("?")
        if heading_place.startswith("own"):
            stop = {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            heading = heading if question else heading + stop
            heading = f"*{heading}*" if emphasis else heading
            items.append((f"{marker} {heading}" if marker else heading, *body))
        else:
            joint = {"run-colon": ":", "run-stop": ".", "run-dash": " \u2013"}[heading_place]
            lead = heading if question else heading + joint
            lead = f"*{lead}*" if emphasis else lead
            lead = f"{marker} {lead}" if marker else lead
            items.append(("", f"{lead} {body[0]}", *body[1:]))
    if rng.random() < 0.2:
        items.append(("", f"Last updated {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2015, 2026)}."))
    if rng.random() < 0.1:
        items.append(("", f"- {moderators[0].upper()}{moderators[1:]}"))
    intros = [_fill(line, word, moderators) for line in POLICY_INTROS_304]
    says_comment = word[0] == "comment"
    titles = [title for title in POLICY_TITLES_304 if says_comment or "comment" not in title.lower()]
    return _furnish(items, rng, intros, POLICY_CLOSINGS_304, titles, AMERICAN_304)
