"""The ``reworded-282`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tasmania west-coast news, Jersey parish papers, South Dakota reservation-border weeklies, judo clubs,
kite flyers' societies, autism parents' forums, allotment holders' associations, town clock restorers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences): five or six headings a site may print over the item, and
# five sentences it may print under it. ``{c}``/``{cs}`` are the site's word for what readers send (``{C}``/``{Cs}``
# capitalised) and ``{mods}`` who looks after the site; both are filled per site.
REWORDINGS_282: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy first",
            "Play the ball, not the player",
            "How should I speak to other members?",
            "Respect",
            "Mind your manners",
        ),
        (
            "Treat others here the way you would at the Parish Hall or the club bar: disagree by all means, but keep "
            "it courteous.",
            "Personal attacks, name-calling and sneering at other members will see your {c} removed.",
            "Argue with the point someone makes, not with the person making it.",
            "We are a small community and most of us will meet again at the shop, the dojo or the field, so write "
            "nothing you would not say to someone's face.",
            "Heated is fine; nasty is not, and {mods} will decide where that line falls.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Racism and abuse", "What counts as hate speech?", "Everyone is welcome"),
        (
            "{Cs} that attack people for their race, tribe, religion, sex, sexuality, disability or where they come "
            "from will be deleted without warning.",
            "Slurs against Lakota, Dakota or any other Native people have no place on this page and will be reported "
            "where the law allows.",
            'Stereotyping whole groups, whether newcomers, mainlanders or "blow-ins", is not debate and we will '
            "not publish it.",
            "Under the Anti-Discrimination Act 1998 (Tas) offensive conduct on these grounds can be unlawful, and we "
            "will not host it.",
            "Mocking autistic people, disabled children or their parents is a permanent ban, first time.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Keep it private",
            "Can I name people?",
            "Personal information",
            "Data protection",
        ),
        (
            "Do not post addresses, phone numbers, car registrations or any other details that would let someone be "
            "found.",
            "Please do not name or describe children, including your own, in a way that identifies their school or "
            "their diagnosis.",
            "We handle your details under the Data Protection (Jersey) Law 2018 and will never show your email "
            "address publicly.",
            "Photographs of other plot holders, club members or their children must not be posted without their "
            "permission.",
            "Screenshots of private messages should not be shared here without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping juniors safe",
            "Who is the welfare officer?",
            "Protecting children",
        ),
        (
            "Adults must not contact junior members privately through this site; all messages to juniors go through "
            "a parent and the club welfare officer.",
            "If you are worried about the welfare of a child, contact the club's welfare officer or the police "
            "rather than posting about it here.",
            "Posts about a child's behaviour, meltdowns or personal care must leave out names, faces and places.",
            "Coaches and volunteers who post here are bound by the club's safeguarding policy and the British Judo "
            "code of conduct.",
            "Anything that suggests a child may be at risk will be passed on to the proper authorities, whatever the "
            "poster wishes.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "Pre-moderation",
            "When will I see my {c}?",
            "Delays",
        ),
        (
            "Every {c} is read by a person before it appears, so please be patient.",
            "{Cs} sent after the office shuts on Friday may not go up until Monday morning.",
            "{mods} are volunteers with plots, jobs and families, and may take a day or two to get to your {c}.",
            "The Zeehan and Queenstown office is staffed part-time, so {cs} are approved in batches rather than as "
            "they arrive.",
            "If your {c} has not appeared after three days, it has probably not been approved; please do not post it "
            "again.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Stick to the thread"),
        (
            "Keep {cs} to the story or thread you are replying to.",
            "Questions about flying fields, kite repairs and events belong in the matching board, not in someone "
            "else's trip report.",
            "General chat goes in the Tea Hut section; the notices pages are for the association's business.",
            "Threads that drift far from the subject may be split, moved or closed.",
            "This page is about the restoration of the Market Square clock; please take church politics elsewhere.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I sell things here?", "Commercial posts"),
        (
            "Advertising, sales links and repeated posts promoting a business will be removed.",
            "Members may offer spare seedlings, seed and tools in the Swaps section, but not run a business from it.",
            "Links to therapy providers, supplements or courses you are paid by are not allowed.",
            "Dealers in clock parts and kite makers are welcome to take out an advert; they are not welcome to post "
            "one as a {c}.",
            "Chain letters, fundraisers we have not checked and anything that looks like spam will be deleted.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Real names please",
            "Do I have to use my real name?",
            "Registration",
            "One person, one account",
        ),
        (
            "Every {c} must carry your full name and town; we will not print anonymous views.",
            "Use your real name or the name you are known by at the club.",
            "Each member may hold one account, and accounts may not be shared with partners or family.",
            "Pretending to be another person, a coach or an official of the society will lead to the account being "
            "closed.",
            "We ask for a phone number so we can check who you are; it is never published.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "What can't I say?", "Contempt of court", "Staying legal"),
        (
            "Do not make allegations against named people that you cannot prove; under the Defamation Act 2005 "
            "(Tas) both you and we can be sued.",
            "Do not discuss cases before the Royal Court or the Magistrate's Court beyond what has been reported.",
            "Do not name anyone accused of an offence before they have been charged, and never name victims.",
            "Remember that tribal court and state court matters may both be live; leave the judging to the judges.",
            "We will co-operate with the police and the courts if asked for information about a {c}.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and articles", "Can I post photos?", "Credit the source"),
        (
            "Do not paste whole articles from other papers; a short quote and a link is enough.",
            "Only post photographs you took yourself or have permission to use.",
            "Plans, drawings and movement photographs in the archive belong to the society and may not be copied "
            "without leave.",
            "Anything you send us may be printed in the paper or on this page, and you keep the copyright in it.",
            "Credit the maker when posting pictures of someone else's kite.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a post", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Email the editor with a link to the {c} and a line about what is wrong.",
            "Reports are read by {mods}, and you will not be named to the person you report.",
            "Please do not argue in the thread about a post you have reported; let us deal with it.",
            "A report is not a vote, and a {c} is not removed just because many people dislike it.",
        ),
    ),
    (  # discretion
        ("Our decision", "The editor's decision", "Committee discretion", "Who decides?", "Final say"),
        (
            "The editor may shorten, edit or refuse any {c} and does not have to give a reason.",
            "The committee's decision on what stays up is final.",
            "{mods} may remove anything they believe harms the club, even if it breaks no written rule.",
            "These rules are a guide, not a contract; we apply them with common sense.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, tell the editor and we will put it right in print and online.",
            "Corrections go to the newsroom, not in the {cs} under the story.",
            "Got news from your parish? Send it to the office by Tuesday noon for that week's paper.",
            "Story ideas from Mission, Martin, White River and the surrounding communities are always welcome.",
            "Errors in the plot list or the rent schedule should be reported to the site secretary.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Can I swear?", "Keep it clean"),
        (
            "No swearing, including words with letters starred out.",
            "Keep your language fit for a family paper.",
            "Posts in Jèrriais, French or Lakota are welcome, but please add a line in English for other readers.",
            "Write in plain English and avoid all capitals, which reads as shouting.",
            "Remember that children and young members read this board.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Bans"),
        (
            "A first breach will usually earn a warning; a second, a suspension; a third, a ban.",
            "Serious breaches, such as threats or abuse of a child, will lead to an immediate ban.",
            "Members banned from the forum may also face action under the club's disciplinary procedure.",
            "Anyone who opens a new account to get round a ban will be banned again, and so will the new account.",
            "Appeals go to the chair of the committee in writing within fourteen days.",
        ),
    ),
    (  # safety and medical advice
        (
            "Safety",
            "Medical advice",
            "Not medical advice",
            "Is this advice safe?",
            "Flying safely",
            "Health and safety",
        ),
        (
            "Nothing posted here is medical advice; talk to your child's paediatrician or GP before changing any "
            "treatment.",
            'Posts promoting bleach "cures", chelation or other dangerous treatments will be removed at once.',
            "Never recommend flying near power lines, roads or the airfield, or in a thunderstorm, however good the "
            "wind.",
            "Advice on climbing towers or handling weights and bells must follow the society's safety guide, not "
            "guesswork.",
            "Do not post injury or treatment advice for grading or randori; see a qualified coach or a doctor.",
        ),
    ),
    (  # weather, bushfire and emergencies
        ("Emergencies", "Fire and flood", "In an emergency", "Is this the place for alerts?", "Urgent matters"),
        (
            "For fire and flood warnings check TasALERT or the ABC, not this page.",
            "In an emergency call 000; do not post it here and wait for a reply.",
            "Road closures on the Lyell Highway and the Murchison should be checked with the state, not taken from "
            "{cs}.",
            "Storm damage to the site should be reported to the committee by phone, not left on the board.",
            "If the clock tower is unsafe, ring the parish office; do not climb to check it yourself.",
        ),
    ),
)

# The words for what readers send, as (singular, plural): "comment" on most sites, something else on a quarter.
COMMENT_WORDS_282 = (("comment", "comments"),)
OTHER_WORDS_282 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as written in sentences.
MODERATORS_282 = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the club committee",
    "the forum team",
    "the admins",
    "the newsroom",
    "the society's officers",
    "the site secretary",
)

# Opening lines a site may print before its items.
POLICY_INTROS_282 = (
    "We welcome readers' views, provided they follow these rules.",
    "Please read these house rules before you post.",
    "This noticeboard is run by volunteers for the members; the rules below keep it useful.",
    "Our forum is a safe place for parents and carers. To keep it that way we ask everyone to follow these guidelines.",
    "By joining the discussion you agree to the terms below.",
    "The committee has agreed the following rules for the association's online board.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_282 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "These rules may be changed by the committee at any time.",
    "Happy flying, and see you on the field.",
    "Thanks, and enjoy the forum.",
    "Contact the office if you have any concerns about a post.",
)

# Titles a site may print over its policy.
POLICY_TITLES_282 = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Comment policy",
    "Noticeboard terms",
    "Rules of the board",
    "Community guidelines",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_282 = {
    "behaviour": "behavior",
    "paediatrician": "pediatrician",
    "co-operate": "cooperate",
    "offence": "offense",
}

# Heading cases a site may print: as written, title case, or capitals; and words title case leaves small.
HEADING_CASES_282 = ("sentence", "title", "capitals")
SMALL_WORDS_282 = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "not", "is"}

# Where a heading stands: its own part (bare, with a stop or a colon) or run in before the sentence.
HEADING_PLACES_282 = ("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash")

# List markers, as shapes filled with an item's position; "" prints none.
MARKER_SHAPES_282 = (
    "{n}.",
    "{n})",
    "({a})",
    "{a})",
    "{r}.",
    "{R}.",
    "•",
    "*",
    "-",
    "–",
    "Rule {n}:",
    "{s}.{n}",
    "Section {n} -",
    "§{n}",
    "",
)

# Emphasis a site may put round its headings.
EMPHASES_282 = (("", ""), ("**", "**"), ("*", "*"), ("_", "_"))

# Lines some sites print too: a section line over the items, a last-updated line and a sign-off.
SECTION_LINES_282 = ("Posting rules", "The rules", "Guidelines for members", "Before you post", "Terms of use")
UPDATED_LINES_282 = (
    "Last updated: 14 March 2025.",
    "Reviewed by the committee at the AGM, October 2024.",
    "These guidelines were last revised in January 2026.",
    "Updated 2 June 2025",
    "Agreed by the committee, 9 November 2024.",
)
SIGN_OFFS_282 = (
    "The Editor",
    "The Committee",
    "— Forum admins",
    "Sensei and the club committee",
    "Hon. Secretary",
    "Mods team",
)

# Lower-case roman numerals for list markers, one an item.
ROMAN_282 = (
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


def _title_case(heading: str) -> str:
    """``heading`` in title case, leaving small words (after the first) in lower case."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_282 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(shape: str, position: int, section: int) -> str:
    """A list marker of ``shape`` for the item at ``position`` (counted from 1) in section ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(position - 1) % 26]
    roman = ROMAN_282[(position - 1) % len(ROMAN_282)]
    return shape.format(n=position, a=letter, r=roman, R=roman.upper(), s=section)


def _items_282(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone.

    A site draws its word for what readers send ("comment" on three sites in four, else post, message, reply,
    contribution, letter or note) and who moderates; how many kinds it prints (2-5 on one site in five, else 6-16),
    in table order or shuffled; one to three sentences an item; its heading case (as written, title case or
    capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop or colon, or
    run in before the first sentence after a colon, stop or dash) and an emphasis round them; a list marker shape
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, "§1") or none; and by chance a
    section line over the items, a last-updated line and a sign-off after them. Then :func:`_furnish` adds its
    opening, closing and title lines and spelling."""
    singular, plural = rng.choice(OTHER_WORDS_282 if rng.random() < 0.25 else COMMENT_WORDS_282)
    moderators = rng.choice(MODERATORS_282)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_282)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        picked = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[index] for index in picked]

    headed = rng.random() < 0.75
    case = rng.choice(HEADING_CASES_282)
    place = rng.choice(HEADING_PLACES_282)
    opening, closing = rng.choice(EMPHASES_282) if rng.random() < 0.3 else ("", "")
    shape = rng.choice(MARKER_SHAPES_282)
    section = rng.randint(1, 9)
    most_sentences = rng.choice((1, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.2:
        items.append((rng.choice(SECTION_LINES_282), ""))
    for position, (headings, sentences) in enumerate(chosen, start=1):
        picked_sentences = [
            sentence.format(**fill) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))
        ]
        picked_sentences = [sentence[:1].upper() + sentence[1:] for sentence in picked_sentences]
        marker = _marker(shape, position, section) if shape else ""
        heading = ""
        if headed:
            heading = rng.choice(headings).format(**fill)
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
            heading = opening + heading + closing
        if not heading:
            first = f"{marker} {picked_sentences[0]}" if marker else picked_sentences[0]
            items.append(("", first, *picked_sentences[1:]))
            continue
        ends_in_question = heading.rstrip("*_]").endswith("?")
        if marker:
            heading = f"{marker} {heading}"
        if place == "own":
            items.append((heading, *picked_sentences))
        elif place in ("own-stop", "own-colon"):
            mark = "" if ends_in_question else ("." if place == "own-stop" else ":")
            items.append((heading + mark, *picked_sentences))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " – "}[place]
            if ends_in_question:
                joiner = " "
            items.append(("", heading + joiner + picked_sentences[0], *picked_sentences[1:]))
    if rng.random() < 0.25:
        items.append(("", rng.choice(UPDATED_LINES_282)))
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_282)))
    return _furnish(items, rng, POLICY_INTROS_282, POLICY_CLOSINGS_282, POLICY_TITLES_282, AMERICAN_282)
