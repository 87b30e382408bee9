"""The ``reworded-303`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Wallis and Futuna English notices, Lleyn peninsula papers, Coachella valley weeklies, korfball clubs,
metal detecting societies, hemophilia parents' forums, caravan site residents, shot tower preservation groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of sites, and the groups a line may be marked for: a line "lleyn|..." belongs to Lleyn papers only, a
# line "papers|..." to the three news sites, an unmarked line to every site.
SITE_KINDS_303: tuple[str, ...] = (
    "wallis",
    "lleyn",
    "coachella",
    "korfball",
    "detecting",
    "haemophilia",
    "caravan",
    "shottower",
)
SITE_GROUPS_303: dict[str, frozenset[str]] = {
    "papers": frozenset({"wallis", "lleyn", "coachella"}),
    "clubs": frozenset({"korfball", "detecting", "haemophilia", "caravan", "shottower"}),
}

# The item kinds: for each, (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send, {mods} and
# {Mods} for who looks after the site. A line may be marked for some sites only (see SITE_GROUPS_303).
REWORDINGS_303: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy", "korfball|Play the ball, not the player", "Can I disagree?", "Respect other members"),
        (
            "korfball|Treat other members as you would in the clubhouse after a match: argue by all means, but be "
            "polite.",
            "Disagree with the point, never with the person making it.",
            "Personal attacks, name-calling and sneering will be removed without discussion.",
            "clubs|Most of us know each other in real life, so please keep it friendly.",
            "Robust debate is welcome; rudeness is not, and {mods} will not referee a slanging match.",
        ),
    ),
    (
        ("Hate speech", "Discrimination", "No hatred of any kind", "What counts as hate?", "Equality"),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, disability, age or sexuality.",
            "lleyn|Remarks about incomers, second-home owners or English holidaymakers as a group will be deleted.",
            "Anything that stirs up hatred against a community, a village or a group of people has no place here.",
            "wallis|Slurs in any language, French, English, Wallisian or Futunan, will be removed and the account "
            "suspended.",
            "coachella|{Cs} attacking farmworkers, migrants or any community in the valley will not be published.",
        ),
    ),
    (
        ("Privacy", "Personal details", "Don't share private information", "Can I name people?", "Keep it private"),
        (
            "Do not post anyone's address, phone number, email or car registration.",
            "detecting|Never give the location of a find or a permission; grid references will be edited out.",
            "haemophilia|Please do not name other children, their school or their treatment centre in a {c}.",
            "caravan|Photographs of neighbours, their homes or their pitches may not be posted without consent.",
            "Private messages stay private: do not copy them into a public thread.",
        ),
    ),
    (
        ("Safeguarding", "Children and young people", "Protecting children", "Who can I contact?", "Keeping safe"),
        (
            "korfball|Our junior section uses the forum too; anything unsuitable for an under-twelve team will be "
            "removed.",
            "korfball|Adults must not ask junior members for private contact; concerns go to the club welfare officer.",
            "Photographs of children may only be shared with a parent's written consent.",
            "If you think a child is at risk, contact the police or social services first and tell {mods} afterwards.",
            "clubs|Members under sixteen should use the forum with a parent or guardian's knowledge.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays", "Approval", "When will it show?"),
        (
            "All {cs} are read by a volunteer before they appear, which can take a day or two over a weekend.",
            "clubs|{Cs} from new members are held for approval until you have posted a few times.",
            "wallis|The office in Mata-Utu closes early on Fridays, so {cs} sent then may not appear until Monday.",
            "Please don't send the same {c} twice; it is in the queue and will be looked at.",
            "coachella|During the festival weekends moderation is slower, and we thank you for your patience.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Which board should I use?", "Relevance"),
        (
            "Keep {cs} to the subject of the story or thread you are replying to.",
            "korfball|General chat belongs in the Clubhouse section, not under match reports.",
            "caravan|Threads that drift into the pitch fee row will be locked or moved.",
            "haemophilia|Please search before starting a thread; the same question about factor dosing may already be "
            "answered.",
            "shottower|If it isn't about the tower, the appeal or the volunteers, there is probably a better place for "
            "it.",
        ),
    ),
    (
        ("Advertising", "Spam", "No selling", "detecting|Can I sell my detector?", "Commercial posts", "Adverts"),
        (
            "No advertising, sales or promotion of any business in {cs}.",
            "clubs|Members may list equipment for sale in the Classifieds board only, one post per item.",
            "Links to other sites are allowed if they help the discussion, but repeated links will be treated as spam.",
            "caravan|Holiday lets, caravans for sale and pitch swaps go on the board at the site office, not here.",
            "papers|Businesses wishing to advertise should contact the advertising department instead.",
        ),
    ),
    (
        ("Your account", "Names", "One account each", "Do I have to use my real name?", "Usernames", "Registration"),
        (
            "Please register with your real name; a nickname is fine as long as we know who you are.",
            "One account per member: duplicate accounts will be merged or closed.",
            "Do not pretend to be someone else, another club or an official of the organisation.",
            "Usernames that are offensive or that advertise a business will be changed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (
        ("The law", "Legal", "papers|Defamation", "Is it legal?", "papers|Contempt of court", "papers|Libel"),
        (
            "Do not make allegations you cannot prove; we can be held responsible for what you write.",
            "lleyn|Don't discuss cases before the courts in Caernarfon or Mold until they are concluded.",
            "wallis|Posts that break French law, including the press law of 1881, will be removed.",
            "detecting|Any find that may be treasure must be reported to the coroner under the Treasure Act 1996; we "
            "will not host advice on avoiding it.",
            "detecting|Nighthawking, detecting without permission, is theft, and discussion of it is not allowed.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photographs", "Can I post an article?", "Credit"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Quote a few lines from another site and link to it; do not paste whole articles.",
            "By posting, you give us permission to reproduce your {c} in print and online.",
            "shottower|Old pictures of the tower from archives and books usually belong to someone; please credit "
            "them.",
            "korfball|Match photos belong to the photographer, so ask before you share them.",
        ),
    ),
    (
        ("Reporting", "Report a post", "How do I report something?", "Flagging", "Tell us"),
        (
            "If you see something that breaks these rules, use the Report button rather than replying to it.",
            "Report a {c} by emailing {mods} with a link to it and a short reason.",
            "We read every report, but a report is not a vote, and we will not remove a {c} just for being unpopular.",
            "Please don't argue in the thread about a post you have reported.",
            "clubs|Urgent concerns about a member can be raised with the chair or secretary directly.",
        ),
    ),
    (
        (
            "Our decision",
            "Editor's discretion",
            "clubs|The committee's decision is final",
            "Who decides?",
            "Discretion",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "papers|The editor's decision on what is published is final and no correspondence will be entered into.",
            "clubs|The committee reserves the right to refuse or withdraw access to the forum at any time.",
            "clubs|These rules may be changed by the committee and will be reviewed at the AGM.",
            "Publication of a {c} does not mean we agree with it.",
        ),
    ),
    (
        ("Corrections", "papers|News tips", "papers|Got a story?", "Spotted a mistake?", "papers|Tip-offs", "Mistakes"),
        (
            "If we have got something wrong, tell us and we will put it right.",
            "papers|Please don't post corrections in the {cs}; email the newsdesk so the story can be changed.",
            "lleyn|Got a story from Pwllheli, Nefyn, Abersoch or Aberdaron? Ring the office or send us a message.",
            "coachella|News tips from Indio, Coachella, Thermal and Mecca are always welcome at the newsroom.",
            "korfball|Results and match reports can be sent to the fixtures secretary for the weekly round-up.",
        ),
    ),
    (
        ("Language", "Bad language", "Swearing", "papers|Which language can I use?", "lleyn|Iaith / Language"),
        (
            "lleyn|{Cs} may be written in Welsh or English, and both are equally welcome.",
            "wallis|English, French and Wallisian are accepted; we may ask for a short translation.",
            "coachella|{Cs} in English or Spanish are welcome.",
            "No swearing, including words with letters replaced by stars.",
            "Please avoid writing in capitals; it reads as shouting.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Three strikes"),
        (
            "A first breach earns a warning, a second a suspension, and a third a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "clubs|Members banned from the forum may also have their membership reviewed by the committee.",
            "Appeals against a ban should be made in writing, not by opening a new account.",
            "caravan|Residents who persist may be referred to the site owner under the park rules.",
        ),
    ),
    (
        (
            "haemophilia|Medical advice",
            "haemophilia|Not medical advice",
            "Safety",
            "haemophilia|Treatment questions",
            "Stay safe",
        ),
        (
            "haemophilia|Nothing here replaces advice from your child's haemophilia centre; never change a factor dose "
            "or prophylaxis plan because of a post.",
            "haemophilia|In an emergency, such as a head injury or a bleed that won't stop, ring 999 or go to A&E at "
            "once.",
            "shottower|Never climb, enter or dig near the tower without the trustees present.",
            "coachella|Summer heat in the desert kills; posts encouraging unsafe hikes will be removed.",
            "detecting|If you uncover anything that may be ordnance, leave it, mark the spot and ring 999.",
        ),
    ),
    (
        ("Site matters", "Disputes with the site", "Pitch fees", "Neighbour disputes", "Park rules"),
        (
            "caravan|This board is for residents, not a place to settle disputes with the site owner.",
            "caravan|Questions about pitch fees or your agreement under the Mobile Homes Act 1983 are best taken to the "
            "residents' association.",
            "caravan|Please don't post complaints about named neighbours; take them to the committee.",
            "caravan|Site licence and fire safety questions should go to the council.",
            "caravan|Notices from the residents' association will be pinned at the top of this board.",
        ),
    ),
)

# The word a site uses for what readers send: (singular, plural). "comment" for most; a quarter never say it.
READER_WORDS_303: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("clubs|reply", "replies"),
    ("papers|letter", "letters"),
    ("papers|contribution", "contributions"),
)

# Who looks after the site, as its sentences name them (always plural in sense: "{mods} may edit").
MODERATORS_303: tuple[str, ...] = (
    "the moderators",
    "papers|the editors",
    "clubs|the committee",
    "the site team",
    "clubs|the admins",
    "shottower|the trustees",
    "papers|the newsdesk",
    "caravan|the residents' association",
    "haemophilia|the forum volunteers",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_303: tuple[str, ...] = (
    "Please read these rules before posting.",
    "lleyn|Croeso! We want this to be a friendly place, so we ask everyone to follow a few simple rules.",
    "These house rules apply to everything posted on this site.",
    "By registering you agree to abide by the following.",
    "clubs|Our members come from all over; a few ground rules keep the forum useful for everyone.",
    "caravan|Welcome to the residents' noticeboard. Please keep the following in mind.",
    "haemophilia|This forum is run by parents, for parents. Please read the guidelines below.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_303: tuple[str, ...] = (
    "Thank you for helping to keep the forum friendly.",
    "lleyn|Diolch yn fawr.",
    "detecting|Happy hunting, and thank you for sticking to the rules.",
    "clubs|Any questions about these rules? Contact the secretary.",
    "wallis|Malo! Thank you for reading.",
    "korfball|See you at training.",
    "Thank you.",
)

# Titles a site prints over its rules.
POLICY_TITLES_303: tuple[str, ...] = (
    "Forum rules",
    "House rules",
    "papers|Comment policy",
    "Posting guidelines",
    "caravan|Noticeboard terms of use",
    "Community guidelines",
    "clubs|Rules of the forum",
    "papers|Letters and comments policy",
)

# British spellings used in the sentences and lines above -> American.
AMERICAN_303: dict[str, str] = {
    "neighbour": "neighbor",
    "haemophilia": "hemophilia",
    "centre": "center",
    "licence": "license",
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
}

# Lower-case roman numerals for list markers.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")

# List markers a site may print before its items, as a function of the item's position (0-based).
MARKERS_303 = (
    lambda n: f"{n + 1}.",
    lambda n: f"{n + 1})",
    lambda n: f"{chr(97 + n)})",
    lambda n: f"({chr(97 + n)})",
    lambda n: f"{_ROMAN[n]}.",
    lambda n: f"{_ROMAN[n].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n + 1}:",
    lambda n: f"{n + 1}.0",
    lambda n: f"3.{n + 1}",
    lambda n: f"Section {n + 1}.",
)

# Section lines a site may print part way through a longer list.
SECTION_LINES_303: tuple[str, ...] = ("Using the forum", "General", "Part 2: Content", "Other matters")

# Last-updated lines a site may print after its items.
UPDATED_LINES_303: tuple[str, ...] = (
    "Last updated: March 2025.",
    "clubs|Reviewed by the committee, AGM 2024.",
    "These rules were last revised in January.",
    "Updated 12/09/2024.",
    "clubs|Adopted by the committee, October 2023.",
)

# Sign-offs a site may print at the very end of its items.
SIGNOFFS_303: tuple[str, ...] = (
    "papers|The Editor",
    "clubs|Hon. Secretary",
    "Forum Admin",
    "shottower|The Trustees",
    "caravan|Committee of the Residents' Association",
)

# Short words title case leaves in lower case (after the first word).
_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "to", "or", "in", "on", "for", "not", "at", "is", "my"})


def _for_site(lines: tuple[str, ...], site: str) -> list[str]:
    """The lines of ``lines`` a site of kind ``site`` may print, their site marks taken off."""
    kept = []
    for line in lines:
        marks, bar, text = line.partition("|")
        if not bar:
            kept.append(line)
        elif any(mark == site or site in SITE_GROUPS_303.get(mark, ()) for mark in marks.split(",")):
            kept.append(text)
    return kept


def _title_case(text: str) -> str:
    """``text`` with each word capitalised except short joining words after the first."""
    words = text.split(" ")
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _items_303(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the kind of site (which local lines it may print); its word for what
    readers send and who moderates; how many item kinds (two to five for some sites, six to sixteen for most), in
    table order or shuffled; one to three sentences an item; heading case (as written, title case, capitals) or no
    headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash); a list marker shape (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers) or none; and habits of these sites: headings starred for bold, a section
    line part way through, a last-updated line and a sign-off. Then the opening, closing and title lines, American
    spelling and curly quotes by ``_furnish``."""
    site = rng.choice(SITE_KINDS_303)
    singular, plural = rng.choice([(s, p) for s, p in READER_WORDS_303 if _for_site((s,), site)])
    singular = singular.partition("|")[2] or singular
    moderators = rng.choice(_for_site(MODERATORS_303, site))
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }
    kinds = [(_for_site(h, site), _for_site(s, site)) for h, s in REWORDINGS_303]
    kinds = [kind for kind in kinds if kind[1]]
    if rng.random() < 0.5:
        rng.shuffle(kinds)
    count = min(len(kinds), rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16))
    kinds = kinds[:count] if rng.random() < 0.6 else [kinds[i] for i in sorted(rng.sample(range(len(kinds)), count))]
    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker = rng.choice(MARKERS_303) if rng.random() < 0.55 else None
    starred = heading_case != "none" and rng.random() < 0.12
    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(kinds):
        chosen = rng.sample(sentences, min(len(sentences), rng.choice((1, 1, 2, 2, 3))))
        parts = [sentence.format(**fill) for sentence in chosen]
        heading = rng.choice(headings)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        elif heading_case == "none":
            heading = ""
        asks = heading.endswith("?")
        if starred and heading:
            heading = f"**{heading}**"
        if heading and heading_place.startswith("run"):
            joint = " " if asks else {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[heading_place]
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading and heading_place == "own stop" and not asks:
            heading += "."
        elif heading and heading_place == "own colon" and not asks:
            heading += ":"
        if marker is not None:
            label = marker(position)
            if heading:
                heading = f"{label} {heading}"
            else:
                parts[0] = f"{label} {parts[0]}"
        items.append((heading, *parts))
    if len(items) > 5 and rng.random() < 0.15:
        items.insert(rng.randint(2, len(items) - 2), (rng.choice(SECTION_LINES_303), ""))
    if rng.random() < 0.2:
        items.append(("", rng.choice(_for_site(UPDATED_LINES_303, site))))
    if rng.random() < 0.1:
        items.append(("", rng.choice(_for_site(SIGNOFFS_303, site))))
    intros = _for_site(POLICY_INTROS_303, site)
    closings = _for_site(POLICY_CLOSINGS_303, site)
    titles = [title for title in _for_site(POLICY_TITLES_303, site) if singular == "comment" or "omment" not in title]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_303)
