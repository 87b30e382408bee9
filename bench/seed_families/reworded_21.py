"""The ``reworded-21`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

REWORDINGS_21 = (  # (headings, sentence variants): Australian regionals, South Asian and Gulf English dailies, West and East African papers, fact-checkers, astronomy, pets, genealogy, home and garden, chess and bridge
    (
        ("Be courteous", "Respect other readers", "Keep it civil", "Play the ball, not the player"),
        (
            ("Disagree with the argument if you must, but do not abuse the person making it.",),
            (
                "Treat other readers as you would a neighbour over the back fence.",
                "Name-calling and sneering will see your post removed.",
            ),
            (
                "Robust debate is welcome here; personal abuse of other readers, our writers or the people in our stories is not.",
            ),
            ("Be polite to one another, even when you strongly disagree.",),
        ),
    ),
    (
        ("No communal content", "Religion, caste and community", "Communal harmony"),
        (
            (
                "Posts that promote enmity between groups on grounds of religion, caste, region or language will be deleted without notice.",
            ),
            (
                "Do not attack any community, faith or caste.",
                "Such remarks may also be an offence under the law of the land.",
            ),
            ("We will not publish remarks that hurt the religious sentiments of any group of readers.",),
        ),
    ),
    (
        ("No tribalism", "Ethnic slurs", "Tribe and region"),
        (
            (
                "Comments that insult any tribe, ethnic group or region of the country will be removed, and repeat offenders banned.",
            ),
            ("Argue about policies, not about where a politician or a reader comes from.",),
            (
                "Tribal abuse and ethnic profiling have no place on this platform.",
                "We report incitement to the authorities where the law requires it.",
            ),
        ),
    ),
    (
        ("Local laws", "Respect the law", "Laws of the land"),
        (
            (
                "Contributions must comply with the laws of the UAE, including those on defamation, public morals and cybercrime.",
            ),
            ("Do not post material that insults the state, its rulers or any religion; it will not be published.",),
            (
                "Posts that break the laws of the country in which we publish will be removed, and we may be required to share details with the authorities.",
            ),
        ),
    ),
    (
        ("Before the courts", "Sub judice", "Court cases", "Legal matters"),
        (
            (
                "Where someone has been charged, do not speculate about their guilt; comments on the story may be closed until the case is heard.",
            ),
            (
                "Australian law limits what can be said about cases before the courts, so please do not name suspects or discuss evidence.",
            ),
            ("We close discussion on stories about ongoing court cases to avoid prejudicing a fair trial.",),
        ),
    ),
    (
        ("Defamation", "Don't defame anyone", "Allegations"),
        (
            (
                "Do not make allegations of criminal conduct or corruption you cannot prove.",
                "The publisher can be sued for what you write.",
            ),
            (
                "You are legally responsible for what you post, and defamatory remarks about identifiable people will be removed.",
            ),
            ("Accusing named people of crimes, whether in jest or not, is not allowed.",),
        ),
    ),
    (
        ("First Nations", "Respect for First Nations people", "Cultural respect"),
        (
            (
                "Racist remarks about Aboriginal and Torres Strait Islander people will be removed and the account suspended.",
            ),
            (
                "Please be mindful that some stories name or show people who have died, and respect the wishes of their families.",
            ),
        ),
    ),
    (
        ("Show your sources", "Cite evidence", "Evidence, please", "Back it up"),
        (
            (
                "If you dispute one of our fact-checks, link to the primary source; screenshots, memes and 'do your own research' are not evidence.",
            ),
            ("Claims of fact should come with a link to a reliable, original source.",),
            (
                "We read every correction request that comes with evidence.",
                "Assertions without sources will not be answered.",
            ),
        ),
    ),
    (
        ("No debunked claims", "Misinformation", "Conspiracy theories"),
        (
            ("Reposting claims we have already rated false, without new evidence, will be treated as spam.",),
            (
                "We remove content that spreads health misinformation or election falsehoods, whatever side it comes from.",
            ),
            ("Posts pushing conspiracy theories, including QAnon material, are deleted on sight.",),
        ),
    ),
    (
        ("Observing reports", "Sightings and photos", "Share your observations"),
        (
            (
                "Observing reports are welcome; please include the date, time, your location and the equipment you used.",
            ),
            (
                "Astrophotos may be linked, but please credit the photographer and do not post other people's images as your own.",
            ),
            (
                "Seen something strange in the night sky? Check a satellite tracker before posting, as most sightings are Starlink trains.",
            ),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "On topic, please"),
        (
            (
                "Flat-earth, moon-landing-hoax and similar threads will be removed; this is a place for discussing the science.",
            ),
            ("Stick to the subject of the article; general political arguments belong elsewhere.",),
            ("Off-topic posts, however interesting, may be removed to keep the discussion useful for everyone.",),
        ),
    ),
    (
        ("No animal sales", "Rehoming and sales", "Buying and selling animals"),
        (
            (
                "Do not offer animals for sale, rehoming or stud in the discussion; contact a registered shelter or rescue instead.",
            ),
            ("Posts advertising puppies, kittens or exotic animals will be removed, as will requests to buy them.",),
        ),
    ),
    (
        ("Not veterinary advice", "Ask your vet", "Health questions"),
        (
            ("Readers' tips are no substitute for a vet; if your animal is unwell, call your veterinary clinic.",),
            ("We cannot diagnose your pet's condition here.", "If it is an emergency, contact an after-hours vet now."),
            ("Never recommend human medicines for pets; many are toxic to cats and dogs.",),
        ),
    ),
    (
        ("Graphic images", "Cruelty images", "Distressing content"),
        (
            (
                "Do not post images or videos of animal cruelty; report suspected cruelty to the RSPCA or your local authority.",
            ),
            ("Graphic photos, even when shared to raise awareness, will be removed.",),
        ),
    ),
    (
        ("Living persons", "Protect the living", "Family details"),
        (
            ("Do not post dates of birth, addresses or other personal details of living people, even relatives.",),
            ("Information about anyone born in the last 100 years should only be shared with their consent.",),
            ("Family trees may be discussed, but please leave living people out of them.",),
        ),
    ),
    (
        ("Cite your records", "Sources for family history", "Records and sources"),
        (
            (
                "When you share a baptism, census or probate record, give the archive and the reference so others can check it.",
            ),
            (
                "Please say where your information comes from, whether a parish register, a headstone or family tradition.",
            ),
        ),
    ),
    (
        ("Safety first", "Electrical and gas work", "DIY safety"),
        (
            (
                "Advice given in the discussion is readers' own; electrical, gas and structural work must be done by a licensed tradesperson.",
            ),
            (
                "Please do not suggest shortcuts around building codes or safety rules.",
                "Posts that do will be removed.",
            ),
            ("If in doubt, call a professional; we remove dangerous advice when we see it.",),
        ),
    ),
    (
        ("Product mentions", "Brands and recommendations", "No promotion"),
        (
            (
                "You may mention products you have used, but posts by manufacturers, retailers or their staff must say so.",
            ),
            ("Reader recommendations are not endorsements by the magazine.",),
            ("Links to shops, affiliate codes and discount offers will be removed as advertising.",),
        ),
    ),
    (
        ("No spoilers", "Solutions", "Hold the answers"),
        (
            ("Please do not post the solution to this week's problem until the answer is printed on Saturday.",),
            ("Keep the answer to yourself until the deadline; hints are fine, full solutions are not.",),
            ("Do not give away the winning line or the contract in the first reply.", "Let other solvers have a go."),
        ),
    ),
    (
        ("Engine analysis", "Computer checks", "Engines and databases"),
        (
            ("Engine evaluations are welcome after a game ends, but not while the round is still being played.",),
            ("If you checked a line with an engine, say so, so readers know what was found over the board.",),
        ),
    ),
    (
        ("Correspondence", "Errors in the column", "Found a mistake?"),
        (
            ("Spotted an error in a diagram, a hand or the bidding? Write to the editor rather than posting it here.",),
            (
                "To report a factual error in an article, email the newsroom; corrections are published on our corrections page.",
            ),
            ("Mistakes in our reporting should be sent to the desk at the address below, not left in the discussion.",),
        ),
    ),
    (
        ("Language", "English only", "Write in English"),
        (
            (
                "Please write in English so that our moderators can read your post; posts in other languages may be removed.",
            ),
            ("Posts must be in English; Pidgin and other languages cannot be moderated and will not be approved.",),
            ("No profanity, text speak or writing in all capitals.",),
        ),
    ),
    (
        ("No phone numbers", "Scams and fraud", "Beware of scams"),
        (
            ("Never post your phone number, bank details or BVN in the discussion; fraudsters read it too.",),
            ("Offers of jobs, visas, loans or prayers for money are scams and will be deleted.",),
            ("We will never ask for your password or payment in a reply.", "Report anyone who does to the moderators."),
        ),
    ),
    (
        ("Election period", "Campaigning", "Political campaigning"),
        (
            (
                "During the election period, posts by candidates, parties or their agents must be authorised and say who they are.",
            ),
            ("Campaign slogans and party advertising are not allowed in the discussion.",),
        ),
    ),
    (
        ("Your data", "Privacy", "How we use your details"),
        (
            (
                "We store your email address to manage your account and never publish it; see our privacy policy for details.",
            ),
            (
                "Your display name and posts are public; your email and IP address are kept private and used only for moderation.",
            ),
            ("We do not sell readers' personal information to third parties.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Approval delays", "Pre-moderation"),
        (
            (
                "All posts are checked by a moderator before they appear, which can take up to 24 hours, longer at weekends.",
            ),
            (
                "Our small team reads contributions during office hours, so please be patient if yours does not appear at once.",
            ),
            ("Posts with links are held for review.", "Please do not post the same message twice."),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Account deletion"),
        (
            (
                "You can delete your account at any time from your profile settings; your past posts will then show as from a former member.",
            ),
            ("To close your account and remove your personal data, email us from the address you registered with.",),
        ),
    ),
    (
        ("Advertising", "Ads on this page", "Sponsored content"),
        (
            ("Advertisements shown beside the discussion are placed automatically and do not imply our endorsement.",),
            ("Sponsored articles are clearly labelled and are not written by our newsroom.",),
            ("Advertising keeps our journalism free to read; if you see an inappropriate ad, let us know.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Reporting a post"),
        (
            ("If you see a post that breaks these rules, use the report button rather than replying to it.",),
            ("Flag offensive material and a moderator will review it, usually within a day.",),
            ("Don't feed the trolls; report them instead.",),
        ),
    ),
    (
        ("One account", "No impersonation", "Your identity"),
        (
            ("One account per person; do not pose as another reader, a public figure or a member of our staff.",),
            ("Use your real name or a consistent username, and never pretend to be someone else.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "Removal"),
        (
            ("The editor may remove any post or suspend any account at any time, without giving reasons.",),
            (
                "We reserve the right to edit or delete contributions that break these rules, and to ban repeat offenders.",
            ),
        ),
    ),
)


POLICY_TITLES_21 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community standards",
    "Comment guidelines",
    "Reader comments policy",
    "Forum rules",
    "House rules for readers",
    "Rules of engagement",
    "Participation guidelines",
    "Join the conversation: our rules",
)


POLICY_INTROS_21 = (
    "We welcome your views. Please read the following before posting.",
    "This is a moderated space for readers to discuss our stories.",
    "We want this to be a friendly place to share your knowledge. A few ground rules:",
    "Comments are open to registered readers, subject to these guidelines.",
    "By posting you agree to abide by the rules below.",
)


POLICY_CLOSINGS_21 = (
    "Read our full terms of use at /terms-of-use.",
    "The full community standards are on our website under Terms and Conditions.",
    "Questions about moderation? Email moderators@example.com.au.",
    "See our full comment policy for details.",
    "For the complete rules, see the Terms of Service link at the foot of this page.",
    "Contact the online editor at editor@example.com.ng with any concerns.",
)


NUMBERS_21 = ("{}.", "{})", "({})", "{}.-")


ROMAN_21 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")


LETTERED_21 = ("({})", "{})", "{}.")


BULLETS_21 = ("\u2022", "-", "*", "\u27a2", "\u25a0", "\u2714", "\u25e6", "o")


INLINE_21 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _plain_21(text: str) -> bool:
    """Whether a line of a reworded-21 policy does without the word "comment"."""
    return "comment" not in text.lower()


def _curly_21(text: str) -> str:
    """Typographic apostrophes and quotes, as a site's editor prints them."""
    out = []
    for i, char in enumerate(text):
        before = text[i - 1] if i else " "
        if char == "'":
            out.append("\u2018" if before in " (" else "\u2019")
        elif char == '"':
            out.append("\u201c" if before in " (" else "\u201d")
        else:
            out.append(char)
    return "".join(out)


def _items_21(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-21 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = REWORDINGS_21
    if plain:
        kinds = tuple(
            (tuple(h for h in headings if _plain_21(h)), tuple(s for s in sentences if all(map(_plain_21, s))))
            for headings, sentences in REWORDINGS_21
        )
        kinds = tuple(kind for kind in kinds if kind[0] and kind[1])
    chosen = rng.sample(kinds, count)
    inline = rng.choice(INLINE_21) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    if marks < 0.3:  # numbered: 1. 1) (1) 1.- or (i) i. or (a) a)
        style = rng.choice(("number", "number", "roman", "letter"))
        form = rng.choice(NUMBERS_21) if style == "number" else rng.choice(LETTERED_21)
        mark = None
    elif marks < 0.6:
        style, form, mark = "bullet", "", rng.choice(BULLETS_21)
    else:
        style, form, mark = "", "", None
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if style == "number":
            label = form.format(place + 1)
        elif style == "roman":
            label = form.format(ROMAN_21[place])
        elif style == "letter":
            label = form.format("abcdefghijklmn"[place])
        else:
            label = mark or ""
        if label:
            if heading:
                heading = f"{label} {heading}"
            else:
                parts[0] = f"{label} {parts[0]}"
        items.append((heading, *parts))
    lines = (POLICY_INTROS_21, POLICY_CLOSINGS_21, POLICY_TITLES_21)
    intros, closings, titles = (tuple(line for line in group if not plain or _plain_21(line)) for group in lines)
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly_21(part) for part in item) for item in items]
    return items
