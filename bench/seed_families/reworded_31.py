"""The ``reworded-31`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_31 = (  # (headings, sentence variants): each variant one sentence or two
    (
        ("Be civil", "Respect one another", "Mind your manners"),
        (
            ("Disagree with the idea, not the person who posted it.",),
            (
                "Treat other members as you would a neighbour on the harbour wall on a Sunday morning.",
                "Robust debate is welcome; rudeness is not.",
            ),
            ("Comments that belittle, mock or bully other readers will be removed.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the subject"),
        (
            ("Keep your comments to the story above.",),
            ("Threads that drift into old feuds or unrelated politics will be trimmed or closed.",),
            (
                "Got something else on your mind?",
                "Start a new thread on the general board rather than hijacking this one.",
            ),
        ),
    ),
    (
        ("No personal attacks", "No name-calling", "Play the ball, not the player"),
        (
            ("Insults, nicknames meant to demean and attacks on a member's family have no place here.",),
            ("Criticise ideas as hard as you like, but leave people's character out of it.",),
            ("Calling another reader a liar, an idiot or worse will get your post pulled.",),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "Family-friendly, please"),
        (
            ("Profanity, including words with letters swapped for symbols, is filtered or removed.",),
            ("Children and parishioners read these pages too, so please keep your language fit for them.",),
            ("No swearing, sexual content or crude jokes.",),
        ),
    ),
    (
        ("No tribalism or hate", "Respect all communities", "Zero tolerance for hate speech"),
        (
            (
                "Content that attacks anyone because of their tribe, ethnicity, region, religion or gender "
                "will be deleted and the account banned.",
            ),
            ("Do not stir up division between ethnic groups or regions.", "Such posts may also break the law."),
            ("Slurs against any faith, nationality or community are not allowed, even as a joke.",),
        ),
    ),
    (
        ("Election season", "Party politics", "Political debate"),
        (
            ("Debate policies freely, but do not post campaign slogans, party regalia or calls to violence.",),
            (
                "During the election period, comments repeating unverified claims about candidates or results "
                "will be held for review.",
            ),
            ("Supporters of every party are welcome here; insults to party leaders and their followers are not.",),
        ),
    ),
    (
        ("Fishing reports", "On the water", "Dockside talk"),
        (
            (
                "Do not accuse a named boat, captain or crew of breaking fishing regulations.",
                "Report suspected violations to the authorities instead.",
            ),
            ("Share where the fish were biting if you like, but never post another captain's numbers or marks.",),
            ("Quota and catch-share arguments are welcome as long as they stay civil.",),
        ),
    ),
    (
        ("No buying or selling", "Classifieds go elsewhere", "Sales and swaps"),
        (
            ("Cattle, hay, equipment and grazing leases for sale belong in our classified section, not here.",),
            ("Posts offering goods or services for sale will be removed.", "Members may use the monthly swap thread."),
            ("Do not list vintage machines, ROM chips or spare parts for sale; the marketplace board is for that.",),
        ),
    ),
    (
        ("Respect our guests", "Protect people's dignity", "Privacy of those we serve"),
        (
            ("Never post names, photos or descriptions of people who use the pantry or the shelter.",),
            (
                "The people we serve are our neighbours.",
                "Remarks that shame or stereotype anyone facing homelessness or hunger will be removed.",
            ),
            ("Please do not share stories about individual clients, even with the best of intentions.",),
        ),
    ),
    (
        ("Prayer requests", "Pastoral matters", "Parish concerns"),
        (
            ("Prayer requests are welcome, but please ask permission before naming someone who is ill or bereaved.",),
            ("Complaints about clergy, staff or volunteers should go to the parish office, not the blog.",),
            ("Keep confidential matters confidential; the vicar will gladly talk with you in person.",),
        ),
    ),
    (
        ("Patron privacy", "Book challenges", "Reader privacy"),
        (
            ("Do not post what other patrons borrowed, read or searched for.",),
            (
                "Requests to reconsider a title in our collection go through the form at the circulation desk.",
                "We do not decide them in the comment thread.",
            ),
            ("Debate about books is welcome; threats against staff or authors are not.",),
        ),
    ),
    (
        ("Fair play", "Live games", "Cheating accusations"),
        (
            ("Do not post engine evaluations or move suggestions while a club or league game is still in progress.",),
            ("Accusing a named player of cheating is not allowed here; send your concerns privately to the arbiter.",),
            ("Results from rounds still being played should be marked as spoilers.",),
        ),
    ),
    (
        ("Share the road", "Drivers and riders", "Road safety"),
        (
            (
                "This is not the place to refight the old war between drivers and cyclists.",
                "Wishing harm on road users of any kind earns a ban.",
            ),
            ("Do not post number plates, dashcam stills of identifiable people or home addresses.",),
            ("Routes and meeting points for club rides are shared in the members' area only.",),
        ),
    ),
    (
        ("Copyright", "Patterns and photos", "Credit the maker"),
        (
            ("Do not post copies of paid patterns, books or magazine pages.",),
            ("Ask the maker before sharing a photo of their quilt, and credit them by name.",),
            ("Only upload pictures you took yourself or have permission to use.",),
        ),
    ),
    (
        ("No piracy", "ROMs and downloads", "No warez"),
        (
            ("Links to ROMs, disk images or cracked software still under copyright are removed on sight.",),
            ("Abandonware is a grey area: if the rights holder still sells it, do not share it.",),
            ("Asking where to download commercial games will get your thread locked.",),
        ),
    ),
    (
        ("Snow and avalanche reports", "Conditions talk", "Backcountry safety"),
        (
            (
                "Readers' conditions reports are not official forecasts; check the avalanche centre before you head out.",
            ),
            (
                "Do not encourage others to duck ropes or ski closed terrain.",
                "Posts that do will be removed without warning.",
            ),
            ("Photos of closed runs being poached may be passed on to the ski patrol.",),
        ),
    ),
    (
        ("Emergencies", "Cyclone and storm warnings", "In an emergency"),
        (
            ("Do not use this page to report an emergency; call the emergency services directly.",),
            (
                "During cyclone warnings, follow the Meteorological Service and the disaster office, not rumours posted here.",
            ),
            (
                "Posts that spread false warnings or fake evacuation orders will be removed and may be reported to police.",
            ),
        ),
    ),
    (
        ("Language", "English, please", "Posting language"),
        (
            ("Please post in English so that all readers and moderators can follow the discussion.",),
            (
                "Short phrases in Icelandic, Maltese or Bislama are fine, but add a translation if your point depends on them.",
            ),
            ("Posts written entirely in another language may be held until a moderator can read them.",),
        ),
    ),
    (
        ("No spam", "Self-promotion", "Links"),
        (
            ("Repeated links to your own shop, channel or website will be treated as spam.",),
            ("Chain letters, get-rich offers and 'work from home' posts will be deleted and the account closed.",),
            ("Links are fine when they support your point; shortened or disguised links are not.",),
        ),
    ),
    (
        ("Beware of scams", "Money requests", "Donations"),
        (
            (
                "Never send money to anyone who contacts you through these pages.",
                "We will never ask for donations in a private message.",
            ),
            ("Appeals for cash, mobile money or bank details are removed.",),
            ("To give to the food bank, use the donate page on our website only.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Personal information"),
        (
            ("We keep your email address to manage your account and never sell it to third parties.",),
            ("Do not post phone numbers, addresses or email addresses, yours or anyone else's.",),
            ("Your display name and posts are public and may be found by search engines.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation"),
        (
            ("Posts are checked by a volunteer before they appear, which can take up to a day at weekends.",),
            ("New members' first few posts are held for approval.", "Please do not post the same thing twice."),
            ("The board is moderated during office hours only, so comments made overnight may wait until morning.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            ("To close your account, email the webmaster from the address you registered with.",),
            (
                "If you delete your account, your past posts stay up under the name 'former member' "
                "unless you ask us to remove them.",
            ),
            ("Accounts unused for two years are removed automatically.",),
        ),
    ),
    (
        ("Advertising", "Ads on this site", "Sponsors"),
        (
            ("Ads shown beside the discussion are placed by an outside network and are not endorsed by the paper.",),
            ("Businesses wishing to advertise should contact our sales team rather than posting in the forum.",),
            ("Sponsored content is always labelled as such.",),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            ("If you find a factual error in a story, email the newsroom so it can be corrected.",),
            ("Corrections posted as replies may be missed.", "Please send them to the editor directly."),
            ("Tell us about mistakes through the 'report an error' link at the foot of each article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Don't feed the trolls"),
        (
            ("Use the flag button to report a post that breaks these rules, and do not reply to it.",),
            ("If a post bothers you, report it rather than arguing in the thread.",),
            ("Moderators review every report but cannot answer each one.",),
        ),
    ),
    (
        ("One account per person", "Use your real name", "No sock puppets"),
        (
            ("Each member may hold one account.", "Duplicate accounts used to get around a ban will be closed."),
            ("Comments must carry your real first and last name, as a letter to the editor would.",),
            ("Pretending to be another person, a club official or a public figure is not allowed.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The final word"),
        (
            ("The editors may edit, refuse or remove any post and suspend any account at their discretion.",),
            ("Moderators are volunteers; their decisions are final and will not be debated in public threads.",),
            ("Breaking these rules may lead to a warning, a suspension or a permanent ban.",),
        ),
    ),
    (
        ("Defamation", "Court cases", "The law"),
        (
            (
                "Do not post anything about a person that you cannot prove is true.",
                "You are legally responsible for what you write.",
            ),
            ("Do not name or speculate about people charged with crimes while their cases are before the courts.",),
            ("Posts that may be in contempt of court or libellous will be removed at once.",),
        ),
    ),
)


POLICY_TITLES_31 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Forum rules",
    "Comment policy",
    "Our rules for readers' comments",
)


POLICY_INTROS_31 = (
    "Please read these rules before joining the discussion.",
    "We want this board to be a friendly place for everyone, so a few ground rules apply.",
    "By posting, you agree to the following.",
    "Comments are welcome, within a few simple rules.",
    "This forum is run by volunteers; please help us keep it pleasant.",
)


POLICY_CLOSINGS_31 = (
    "The full terms of use are at www.harbourgazette.com/terms.",
    "Questions about these rules? Email moderators@northcapeweekly.com.",
    "Read the full posting policy here: https://www.caprockranchnews.com/posting-policy",
    "For questions, write to the webmaster at web@stmaryparish.org.uk.",
    "See our complete terms and conditions and privacy policy for more.",
    "Concerns about a comment? Contact the editor at editor@islandsun.com.fj.",
)


NUMBERS_31 = ("{n}.", "{n})", "({n})", "Rule {n}:", "[{n}]", "{n}/", "#{n}.")


LETTERS_31 = ("{a}.", "{a})", "{a} -")


BULLETS_31 = ("\u2022", "-", "*", "+", "o", "\u25cf", "\u2192", "\u2043")


SEPARATORS_31 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


AMERICAN_31 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "labelled": "labeled",
    "libellous": "libelous",
    "centre": "center",
    "rumours": "rumors",
    "grey": "gray",
    "number plates": "license plates",
}


def _items_31(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-31 policy: (part, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def ok(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        (headings, variants)
        for headings, variants in (
            ([h for h in hs if ok(h)], [v for v in vs if all(ok(s) for s in v)]) for hs, vs in REWORDINGS_31
        )
        if headings and variants
    ]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    separator = rng.choice(SEPARATORS_31)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    draw = rng.random()
    marking = "numbered" if draw < 0.3 else "bulleted" if draw < 0.6 else "none"
    letters = rng.random() < 0.2  # numbered with letters
    number, bullet = rng.choice(NUMBERS_31), rng.choice(BULLETS_31)
    if letters:
        number = rng.choice(LETTERS_31)
    items: list[tuple[str, ...]] = []
    for n, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        sentences = list(rng.choice(variants))
        if heading and inline:
            parts = [heading + (" " if heading.endswith("?") else separator) + sentences[0], *sentences[1:]]
        elif heading:
            parts = [heading + ("" if heading.endswith("?") else stop), *sentences]
        else:
            parts = sentences
        if marking == "numbered":
            parts[0] = number.format(n=n, a="abcdefghij"[n - 1]) + " " + parts[0]
        elif marking == "bulleted":
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_31 if ok(line)],
        [line for line in POLICY_CLOSINGS_31 if ok(line)],
        [line for line in POLICY_TITLES_31 if ok(line)],
        AMERICAN_31,
    )
