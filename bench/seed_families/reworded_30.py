"""The ``reworded-30`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_30 = (  # (headings, sentence variants): each variant one sentence or two
    (
        ("Be civil", "Mind your manners", "Respect one another", "Treat others as neighbours"),
        (
            ("Disagree with the argument, never with the person making it.",),
            ("Write as you would speak at a meeting in the parish hall, with your name on the list of speakers.",),
            ("Courtesy costs nothing. Posts that sneer at, mock or belittle other readers will be taken down.",),
            ("Robust debate is welcome in our comments, but rudeness is not, whoever it is aimed at.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "One story, one conversation"),
        (
            ("Keep your remarks to the story above; posts about something else will be removed.",),
            ("To raise something new, write a letter to the editor instead of taking over this thread.",),
            ("Please stick to the subject of the article. Off-topic arguments drown out everyone else.",),
            ("Comments that wander away from the story will be deleted, however interesting they are.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "No name-calling"),
        (
            (
                "Insults, threats and name-calling aimed at readers, our reporters or the people in our stories are not allowed.",
            ),
            ("Attack ideas if you must, but never the people who hold them.",),
            ("Posts that threaten or harass anyone will be removed and the account suspended without warning.",),
        ),
    ),
    (
        ("No hate speech", "No divisionism", "Respect every community", "No tribalism"),
        (
            ("We remove anything that stirs up hatred against a tribe, clan, region, faith or nationality.",),
            (
                "Content that denies or minimises the Genocide against the Tutsi, or promotes ethnic division, "
                "breaks the law and will be reported.",
            ),
            ("Sectarian and ethnic slurs have no place here, whichever side of the island they come from.",),
            (
                "Do not blame whole communities for the actions of a few.",
                "Generalisations about ethnic groups will be deleted.",
            ),
        ),
    ),
    (
        ("Language", "Which language?", "Post in English"),
        (
            ("Write in English so our moderators can read you; a phrase in Faroese, Frisian or Galician is fine.",),
            (
                "We moderate in English and Greek only.",
                "Comments in other languages may wait longer or not appear at all.",
            ),
            ("Please write in English, and translate any Chichewa, Luganda or Kinyarwanda words for other readers.",),
        ),
    ),
    (
        ("Respect for elders and the church", "Fa'aaloalo", "Respect our institutions"),
        (
            (
                "Criticise decisions by all means, but do not mock chiefs, elders, ministers or the churches of our villages.",
            ),
            (
                "Discussion of the royal family, nobles and church leaders must stay respectful.",
                "Posts that mock them will not be published.",
            ),
        ),
    ),
    (
        ("Accidents and tragedies", "Be kind in hard times", "When someone dies"),
        (
            ("Do not name anyone hurt or killed in a mine or farm accident before the family has been told.",),
            ("Condolences are welcome. Speculation about the cause of an accident, or blame, is not.",),
            ("These pages are read by grieving families. Please think before you write about the dead.",),
        ),
    ),
    (
        ("Markets and prices", "Not financial advice", "Bids and prices"),
        (
            ("Cash bids and basis posted here are for information only; call the elevator before you haul.",),
            ("Talk about markets all you like, but nothing a reader posts is advice to buy, sell or store grain.",),
            ("Do not pass off rumours about an elevator's finances or a co-op's solvency as fact.",),
        ),
    ),
    (
        ("No selling", "Advertising", "Classifieds go elsewhere", "For sale posts"),
        (
            ("Locomotives, kits, miniatures and puppies are not sold in this thread. Use the classifieds.",),
            (
                "Posts that promote a business, a product or a paid service will be removed.",
                "Please contact our advertising team instead.",
            ),
            ("Members may mention a club sale or swap meet once; repeated advertising will be deleted.",),
        ),
    ),
    (
        ("Photos and copyright", "Credit your sources", "Images"),
        (
            ("Only share photographs you took yourself, and say where and when they were taken.",),
            (
                "Do not paste whole articles, rulebooks or scanned magazine pages. Link to them and quote a line or two.",
            ),
            ("Astrophotos and layout pictures belong to the people who made them; ask before reposting.",),
        ),
    ),
    (
        ("No piracy", "Respect creators", "No pirated files"),
        (
            ("Links to pirated rulebooks, army lists or STL files will be removed and the poster banned.",),
            (
                "Support the designers whose games you enjoy.",
                "Requests for free copies of paid files are not allowed.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "Edition wars"),
        (
            (
                "If you discuss the end of a campaign or an unreleased codex, warn readers at the start of your comment.",
            ),
            (
                "Arguments about which edition was better have been had many times.",
                "Please take those arguments somewhere else.",
            ),
        ),
    ),
    (
        ("Sightings", "Reporting a sighting", "Keep it factual"),
        (
            ("Report a fireball or odd light with the time, direction and place you saw it from.",),
            ("Claims of alien craft, doomsday asteroids and similar hoaxes will be deleted without discussion.",),
            ("Please do not give the location of private dark-sky sites without the landowner's permission.",),
        ),
    ),
    (
        ("Swarms", "Swarm reports", "Bee health"),
        (
            (
                "A swarm in your garden? Ring the swarm line rather than posting here, so a collector can reach it quickly.",
            ),
            (
                "Suspected foulbrood must be reported to the bee inspector, not discussed here with your hive's details.",
            ),
        ),
    ),
    (
        ("Adoption enquiries", "About our animals", "Lost and found pets"),
        (
            ("Questions about a particular dog or cat go through the adoption application, not this page.",),
            (
                "Please do not post your home address with a lost or found pet.",
                "Send it to the shelter and we will share it.",
            ),
            ("No breed-bashing. Every animal here is judged on its own temperament, not on how it looks.",),
        ),
    ),
    (
        ("Security", "Safety and security", "Operational matters"),
        (
            ("Do not post details of security checks, restricted areas, vessel movements or staff rotas.",),
            ("For flight times and delays, check with your airline; we cannot answer travel questions here.",),
            (
                "Noise complaints go to the noise line, where they are logged and answered, rather than into this thread.",
            ),
        ),
    ),
    (
        ("Class notes", "Remembering classmates", "Alumni news"),
        (
            ("News of a classmate's death should go to the alumni office, which confirms it with the family first.",),
            ("Share news of weddings, jobs and reunions here. Appeals for outside causes are not allowed.",),
        ),
    ),
    (
        ("Elections", "Politics", "Election period"),
        (
            (
                "During the campaign, posts that urge violence or intimidate voters will be removed "
                "and may be passed to the electoral commission.",
            ),
            ("Support any candidate you like, but do not post unverified results or claims of rigging as fact.",),
            ("Party slogans pasted again and again are spam, whoever they support.",),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not name anyone who has not been charged, or guess at a defendant's guilt while a case is in court.",),
            ("You are legally responsible for what you write. Allegations you cannot prove may be defamatory.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Personal information"),
        (
            ("We never publish your email address. How we store and use it is set out in our privacy notice.",),
            ("Do not post phone numbers, addresses or other private details, yours or anyone else's.",),
            ("Your IP address is logged with each comment and is shared only if the law requires it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("Every post is read before it goes live, so it may take a few hours to appear, longer at weekends.",),
            ("Our moderators are volunteers. Please be patient and do not post the same message twice.",),
            ("First posts from new accounts are held for approval.",),
            ("Comments are checked by hand before they are published, usually within a working day.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "To close your account and remove your profile, email the web desk from the address you registered with.",
            ),
            ("Deleting your account removes your profile, but posts quoted by others may remain.",),
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Report an error"),
        (
            (
                "Send errors in the story itself to the newsroom rather than leaving them in the thread, so we can fix them.",
            ),
            ("If we got a fact wrong, tell the editor directly. Corrections are printed at the foot of the article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ('Use the "Report" link beside any post that breaks these rules; a moderator will look at it.',),
            ("Do not reply to trolls. Flag the comment and let us deal with it.",),
        ),
    ),
    (
        ("Real names", "One person, one account", "Who you are"),
        (
            ("Post under your own name. Anonymous and duplicate accounts will be closed.",),
            ("Members of the society post under the name on their membership card.",),
            ("Pretending to be someone else, including staff or public officials, will get you banned.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The final word"),
        (
            ("We may remove any post, or close any thread, at our discretion and without explanation.",),
            (
                "The editor's decision on what is published is final.",
                "Repeated breaches will lead to a permanent ban.",
            ),
        ),
    ),
)


POLICY_TITLES_30 = (
    "Community Guidelines",
    "Comment Policy",
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Forum Rules",
    "Rules for Readers' Comments",
    "Talkback: the rules",
)


POLICY_INTROS_30 = (
    "We welcome comments on our stories, as long as you follow a few simple rules.",
    "This is a community space. Please read the following before you post.",
    "Our forum is open to members and the public alike, and these rules apply to everyone.",
    "Before you join the discussion, take a minute to read our house rules.",
    "Comments are open on this story. By posting you agree to the rules below.",
)


POLICY_CLOSINGS_30 = (
    "Read the full terms of use at /site/terms.html before posting.",
    "Our full community guidelines are at www.coalfieldsentinel.com/guidelines.",
    "Questions about moderation? Write to the web desk at webdesk@islandvoice.to.",
    "By posting you agree to our Terms of Use, which you can read in full on our website.",
    "Concerns about a comment can be sent to the editor at editor@plainsgrainnews.com.",
    "The full rules, and how to appeal a removal, are on the society's website under Forum Rules.",
)


NUMBERS_30 = ("{}.", "{})", "({})", "{} -", "No. {}:", "#{}")


ROMAN_30 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")


BULLETS_30 = ("\u2022", "-", "*", "\u25e6", "\u25b8", "\u25a0", "\u2192", "\u00b7")


HEADING_STOPS_30 = (".", ":", "")  # a heading on its own line


HEADING_JOINS_30 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")  # a heading before its sentence on the same line


AMERICAN_30 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "rumour": "rumor",
    "minimises": "minimizes",
    "criticise": "criticize",
    "generalisation": "generalization",
    "enquiries": "inquiries",
    "ring the swarm line": "call the swarm line",
    "rotas": "schedules",
}


def _items_30(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-30 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_30
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    join = rng.choice(HEADING_JOINS_30 if inline else HEADING_STOPS_30)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marking = rng.random()
    number = rng.choice(NUMBERS_30)
    roman = rng.random() < 0.2
    bullet = rng.choice(BULLETS_30)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(rng.sample(kinds, count)):
        parts = list(rng.choice(sentences))
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else join) + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += join
        mark = ""
        if marking < 0.3:
            mark = number.format(ROMAN_30[n] if roman else n + 1)
        elif marking < 0.6:
            mark = bullet
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_30 if fits(line)],
        [line for line in POLICY_CLOSINGS_30 if fits(line)],
        [line for line in POLICY_TITLES_30 if fits(line)],
        AMERICAN_30,
    )
