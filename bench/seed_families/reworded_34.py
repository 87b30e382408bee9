"""The ``reworded-34`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

REWORDINGS_34 = (  # (headings, sentence variants)
    (
        ("Be civil", "Courtesy first", "Mind your manners", "Treat others as neighbours"),
        (
            ("Disagree with the argument, never with the person making it.",),
            ("We are a small community and most of us will meet at the market; write as you would speak there.",),
            (
                "Keep your tone polite, even when you feel strongly.",
                "Sarcasm reads harsher on a screen than it sounds aloud.",
            ),
            ("Courteous comments are published; rude ones are not, whatever their point.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance"),
        (
            ("Replies should relate to the article they appear under.",),
            ("Off-topic posts, including running feuds carried over from other threads, will be removed.",),
            ("Please keep to the subject of the article; start a new thread in the forum for anything else.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Attack ideas, not people"),
        (
            (
                "Name-calling, insults and threats against other readers, our staff or people in the news are not allowed.",
            ),
            ("Do not abuse other members; repeated abuse will lead to a ban without warning.",),
            ("Threats of violence are reported to the police.", "We make no exceptions for posts meant as jokes."),
        ),
    ),
    (
        ("No hate speech", "Respect every faith and people", "Hatred has no place here"),
        (
            (
                "Posts that demean anyone for their religion, ethnicity, state of origin, sex or disability will be deleted.",
            ),
            (
                "Antisemitism, Islamophobia and attacks on any congregation or its members are removed and the account closed.",
            ),
            ("Tribal and ethnic slurs, including coded ones and nicknames, are not tolerated in our comment threads.",),
        ),
    ),
    (
        ("Language", "Write in English, please", "Which language?"),
        (
            (
                "Posts in English, Estonian or Latvian are welcome; please add a short English summary so that all readers can follow.",
            ),
            ("Please write in English so that our moderators can read what you post.",),
            ("Keep it clean: no swearing, and no swearing disguised with asterisks either.",),
            ("Pidgin is fine, but posts written entirely in capital letters will be held back.",),
        ),
    ),
    (
        ("Residents' privacy", "Respect our residents and families", "Privacy of patients"),
        (
            (
                "Do not name residents, patients or their relatives, or discuss their health, without the family's consent.",
            ),
            (
                "Condolences are welcome, but please leave the details of a person's illness or final days to the family.",
            ),
            ("Photographs of residents may only be shared by the home, and never without written permission.",),
        ),
    ),
    (
        ("Respect landowners", "Access and routes", "Private land"),
        (
            ("Do not post routes that cross private ranch land or closed grazing leases.",),
            (
                "Leave gates as you found them, and do not share routes that ignore seasonal closures or calving fields.",
            ),
            ("Trail reports are welcome, but check access with the landowner before recommending a line to others.",),
        ),
    ),
    (
        ("Be kind to performers", "Reviews and feedback", "Constructive criticism only"),
        (
            (
                "Our casts and crews are volunteers; criticise the production, not individual performers' looks or voices.",
            ),
            (
                "Feedback on a show is welcome, but please do not give away the ending of a production that is still running.",
            ),
            (
                "Honest reviews of our shows help the company improve.",
                "Mocking a child or a first-time performer does not, and will be removed.",
            ),
        ),
    ),
    (
        ("Buying and selling", "No sales posts", "For sale and wanted"),
        (
            ("Parts, bikes and tools for sale belong in the classifieds section, not in replies to articles.",),
            ("Do not advertise livestock, hay or machinery here; use the free classifieds in the Thursday edition.",),
            ("We cannot vouch for private sellers.", "Arrange payment and collection at your own risk."),
        ),
    ),
    (
        ("Credit and piracy", "No pirated files", "Respect creators"),
        (
            ("Do not link to cracked copies of the game, or to mods uploaded again without the author's permission.",),
            ("Always credit the original modder when you share a patch, a fork or a translation.",),
            ("Requests for keys, cracks or unofficial download mirrors will be removed without notice.",),
        ),
    ),
    (
        ("Seed swaps", "Plant health", "Sharing seed"),
        (
            ("Only offer seed you saved yourself, labelled with the variety and the year it was harvested.",),
            (
                "Do not send seed or plant material across borders; import rules and plant-health laws apply to members too.",
            ),
            ("Swaps between members are welcome, but selling protected varieties is not allowed on this page.",),
        ),
    ),
    (
        ("Hazards and emergencies", "Report problems to the right people", "Safety on the water"),
        (
            (
                "If you see a breach, a boat in difficulty or someone in the water, call 999 first; do not post it here.",
            ),
            (
                "Towpath faults and lock damage should go to the navigation authority, whose staff do not read this page.",
            ),
            ("In an emergency, call the emergency services.", "This page is not watched around the clock."),
            (
                "Hurricane and flood warnings come from the parish and the National Weather Service, not from reader posts.",
            ),
        ),
    ),
    (
        ("Elections and politics", "No incitement", "Campaigning"),
        (
            ("Do not post unofficial election results or call on readers to take to the streets.",),
            (
                "Political debate is welcome; campaign material, party slogans and posts from candidates' teams are not.",
            ),
            (
                "Posts that could inflame violence between communities will be removed and may be passed to the authorities.",
            ),
        ),
    ),
    (
        ("Spam", "Links", "No self-promotion"),
        (
            ("Links to your own shop, channel or fundraiser will be deleted.",),
            ("Post links only where they add to the discussion, and never shortened links.",),
            ("Posting the same message again and again counts as spam, however good the cause.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            ("Your email address is never shown to other readers or shared with advertisers.",),
            (
                "We store your username, email address and IP address to run the discussion; our privacy notice has the details.",
            ),
            ("Do not post your phone number or home address.", "Anything you publish here can be read by anyone."),
        ),
    ),
    (
        ("Moderation", "Why isn't my post showing?", "Posts are checked first"),
        (
            ("Every post is read by a volunteer before it appears, which can take up to 48 hours at weekends.",),
            ("Our moderators are volunteers, so please be patient if your comment takes a day or two to appear.",),
            ("First posts from new accounts are held for review.", "Please do not send the same post twice."),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving us"),
        (
            (
                "You can delete your account at any time from your profile page; your past posts will then show as a former member's.",
            ),
            (
                "To close your account and remove your posts, write to the web editor from the address you signed up with.",
            ),
            ("Deleted accounts cannot be restored, and their usernames are not released to anyone else.",),
        ),
    ),
    (
        ("Advertising", "About the adverts", "Sponsored content"),
        (
            ("Adverts on this page are chosen by an outside network; we do not endorse the products shown.",),
            ("Sponsored posts are always labelled as such and are not written by our reporters.",),
            ("To advertise in the newsletter, contact the office rather than posting in the discussion.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If an article gets a fact wrong, email the newsroom so we can correct it; a reply below will not reach the editor.",
            ),
            ("Send corrections to the editor with a link to the story; we publish them on this page every Friday.",),
            (
                "We fix errors quickly when we know about them.",
                "Please use the contact form rather than the replies below.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ('Use the "Report" link under any post you think breaks these rules, and a moderator will review it.',),
            ("Flag a post rather than replying to it; arguing with a troll only keeps the thread alive.",),
            (
                "Reports are anonymous and go only to the moderators.",
                "The person you report will not be told who flagged them.",
            ),
        ),
    ),
    (
        ("Our decision is final", "Editorial discretion", "The editor's call"),
        (
            (
                "We may remove any post or suspend any account at our discretion, and we do not discuss individual decisions.",
            ),
            ("These guidelines are not exhaustive; the editor has the final word on what is published.",),
            ("Posting here is a privilege, not a right.", "We may withdraw it from anyone who ignores these rules."),
        ),
    ),
    (
        ("Legal", "Defamation and court cases", "Be careful what you allege"),
        (
            ("Do not accuse named people of crimes; you may be personally liable for what you publish.",),
            (
                "Do not discuss the guilt of anyone awaiting trial; posts that could prejudice a case will be taken down.",
            ),
            ("The libel laws apply online just as they do in print.",),
        ),
    ),
    (
        ("Real names", "One account per person", "Who you are"),
        (
            (
                "Please post under your real name; this is a small town, and people like to know who they are talking to.",
            ),
            ("One account per person; sock-puppet accounts will be closed along with the original.",),
            ("Impersonating another member, a member of staff or a public figure will get you banned.",),
        ),
    ),
    (
        ("Respect for clergy and volunteers", "No theological disputes", "Congregation matters"),
        (
            (
                "Raise concerns about the congregation, its clergy or its staff with the board directly, not in a public thread.",
            ),
            ("Debates about doctrine belong in study sessions; this page is for community news.",),
            ("Announcements of births, deaths and celebrations are welcome; appeals for money are not.",),
        ),
    ),
    (
        ("Respect for elders and custom", "Land and family matters"),
        (
            ("Do not air family or land disputes here; take them to the island council or to the courts.",),
            ("Speak of elders, churches and traditional leaders with respect, as you would in the maneaba.",),
        ),
    ),
    (
        ("Riding and repairs", "Technical advice"),
        (
            (
                "Share repair tips freely, but brakes and wiring on old machines can kill; tell readers when a job needs a professional.",
            ),
            (
                "Advice is given in good faith by members, and the club accepts no liability for work done on its strength.",
            ),
        ),
    ),
)


POLICY_TITLES_34 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Comment policy",
    "Our rules for comments",
    "Message board etiquette",
    "Forum guidelines",
)


POLICY_INTROS_34 = (
    "We want this to be a friendly place to talk, so we ask everyone to follow a few rules.",
    "By posting, you agree to the following guidelines.",
    "Please read these before joining the discussion.",
    "Comments are open to registered readers who follow these guidelines.",
    "This forum is moderated by members of the society in their spare time.",
)


POLICY_CLOSINGS_34 = (
    "Read the full terms of use at the Terms link at the foot of this page.",
    "Questions about these rules? Email the moderators at forum@example.org.",
    "The full community guidelines and our privacy policy are on the About page.",
    "Contact the web editor at web@example.com with any questions about comments.",
    "See our Terms of Service for the complete posting rules.",
    "Full terms and conditions of use are at www.example.org/terms",
)


NUMBERS_34 = ("{n}.", "{n})", "({n})", "{n} |", "Rule {n}.", "No. {n} -", "{n}:")


ROMAN_34 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")


BULLETS_34 = ("\u2022", "-", "*", "\u2219", "\u2726", "\u27a2", "=>", "\u25c7", "|")


INLINE_34 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", ": ")


AMERICAN_34 = {
    "neighbour": "neighbor",
    "criticis": "criticiz",
    "labelled": "labeled",
    "behaviour": "behavior",
    "colour": "color",
    "organis": "organiz",
    "recognis": "recogniz",
    "centre": "center",
    "apologis": "apologiz",
    "favour": "favor",
    "offence": "offense",
    "programme": "program",
    "licence": "license",
    "honour": "honor",
    "defence": "defense",
}


def _items_34(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-34 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    never = rng.random() < 0.3  # the site never says "comment"
    pool = []
    for headings, sentences in REWORDINGS_34:
        if never:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(variant for variant in sentences if not _says_comment(*variant))
        if headings and sentences:
            pool.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(pool, count)
    inline = rng.random() < 0.5  # heading and sentence on one line
    between = rng.choice(INLINE_34)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    numbers = rng.choice(NUMBERS_34)
    roman = rng.random() < 0.2
    bullet = rng.choice(BULLETS_34)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if heading:
            if caps:
                heading = heading.upper()
            question = heading.endswith("?")
            if inline:
                parts[0] = heading + (" " if question else between) + parts[0]
                heading = ""
            elif not question:
                heading += stop
        mark = ""
        if marking < 0.3:
            mark = numbers.format(n=ROMAN_34[n - 1] if roman else n)
        elif marking < 0.6:
            mark = bullet
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))

    def usable(pool: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line for line in pool if not (never and _says_comment(line)))

    return _furnish(
        items,
        rng,
        usable(POLICY_INTROS_34),
        usable(POLICY_CLOSINGS_34),
        usable(POLICY_TITLES_34),
        AMERICAN_34,
    )
