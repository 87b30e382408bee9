"""The ``reworded-49`` family's policies: island, diaspora, southern African, Pacific, small-town and club sites."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each kind of item: its headings (2-4) and its sentences (2-4), as the sites of the family word them: Isles of
#: Scilly and Alderney pages, Bulgarian and Romanian diaspora sites in English, Namibian and Angolan English news,
#: Kiribati outer-island community sites, Oklahoma Panhandle weeklies, Outer Banks papers, Methodist circuit
#: newsletters, show-choir boosters, falconry clubs, bread-machine forums, amateur-rocketry boards,
#: animal-fostering volunteers, meadow-restoration groups and canal-boat residents' newsletters.
REWORDINGS_49: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Courtesy first", "Mind your manners", "Treat others as neighbours"),
        (
            "We are a small island and most of us will meet in the Co-op queue, so please write as you would speak.",
            "Disagree with the idea, never with the person; personal attacks are removed without warning.",
            "Keep posts friendly and neighbourly, remembering that families of those named may well be reading.",
            "Name-calling, bullying and threats have no place in this circuit's pages and will be taken down.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Replies should relate to the story above; general grumbles belong in the Letters page instead.",
            "Please keep discussion to falconry and raptor welfare rather than wider politics or local feuds.",
            "Threads that wander off into other matters may be locked or trimmed by a moderator.",
            "Keep comments to the article they appear under so that others can follow the conversation.",
        ),
    ),
    (  # names
        ("Use your real name", "Who you are", "Identity"),
        (
            "Posts must carry your first name and surname, as printed contributions in the parish magazine do.",
            "Commenters using someone else's name or an invented identity will be blocked from the site.",
            "Members post under their club name, but the committee must know who is behind every account.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Personal details", "Keep it private"),
        (
            "Do not post anyone's phone number, home address, mooring or boat name without their permission.",
            "Never share the address of a foster home or the location of an animal in care.",
            "We remove posts that identify children in the show choir by full name, school or photograph.",
            "Your email address is never shown publicly and is used only if the editor needs to contact you.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why your post has not appeared", "Please be patient", "Pre-moderation"),
        (
            "Every comment is read by a volunteer before it goes live, which can take up to two days.",
            "Our connection from the outer islands is slow, so posts may wait several days before they are approved.",
            "Messages are checked by hand during office hours only; anything sent at weekends waits until Monday.",
            "If your first post is held for review, do not send it again, as duplicates slow the queue for everyone.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            "To delete your account, email the webmaster from the address you registered with and we will do it "
            "within a week.",
            "When an account is closed, its posts stay but are shown as written by a former member.",
            "You can remove your profile yourself under Settings; your past comments will be deleted with it.",
        ),
    ),
    (  # advertising
        ("No advertising", "Selling and promotion", "Adverts", "Commercial posts"),
        (
            "Posts selling goods, services, kits or motors will be removed; use the classifieds board instead.",
            "Do not advertise businesses, raffles or fundraisers here without asking the booster committee first.",
            "Spam, affiliate links and recipes copied to promote a product are deleted on sight.",
            "Advertising in the comment section is not allowed; contact our sales desk for rates instead.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a mistake?", "Corrections", "Errors and corrections", "Tell the editor"),
        (
            "If you see an error in a story, email the newsroom rather than posting it below, so we can fix it.",
            "Corrections should be sent to the editor directly; they are not dealt with in the comments.",
            "Report factual errors to the news desk by email or telephone, and we will publish a correction.",
            "Please point out inaccuracies to the editorial team, who will check them and update the page.",
        ),
    ),
    (  # links
        ("Links", "Outside links", "Web links"),
        (
            "Links to other sites may be held for checking and removed if they look unsafe or unrelated.",
            "Please do not post links to shortened web addresses, as we cannot tell where they lead.",
            "Links to bread-machine manuals and recipes are welcome as long as they are free to read.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Your own work only"),
        (
            "Only upload photographs that you took yourself, and credit anyone else who appears in them.",
            "Do not paste whole articles from other papers; a short quote with a link is enough.",
            "By posting, you allow us to reprint your words in the printed newsletter with your name.",
        ),
    ),
    (  # legal
        ("The law", "Legal matters", "Defamation", "Court cases"),
        (
            "Do not speculate about people charged with offences, as this can prejudice a trial before the court.",
            "Posts that could be defamatory are removed, and the person who wrote them may be held responsible.",
            "Under the Bailiwick's laws we can be held liable for what you write, so please take care.",
            "Avoid naming anyone in a police matter until the police or the court have named them.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Flag it", "Reporting abuse"),
        (
            "Use the report button under any post you think breaks these rules, and a moderator will look at it.",
            "If something upsets you, tell the circuit office rather than replying to it in the thread.",
            "Flagging a post does not remove it at once; it goes to a volunteer who decides what happens.",
        ),
    ),
    (  # language
        ("Language", "English please", "Which language"),
        (
            "Please write in English so that all members can read along; short phrases in Bulgarian are fine.",
            "Posts in Romanian, Portuguese or Kiribati are welcome, but please add a few words of English too.",
            "Swearing, slurs and abbreviations used to dodge the filter are removed, whatever the language.",
        ),
    ),
    (  # safety
        ("Safety", "Keep wildlife safe", "Sensitive locations", "Safe flying"),
        (
            "Never give the location of nest sites, wild raptors or rare orchids, even by a rough grid reference.",
            "Do not post instructions for mixing propellant or making motors; follow the safety code of your club.",
            "Keep locks, towpath works and water levels to the notices from the trust rather than rumour.",
        ),
    ),
    (  # own views
        ("Your views", "Responsibility", "Opinions expressed"),
        (
            "Posts are the views of their writers and not of the paper, the circuit or its ministers.",
            "You are responsible for what you post, and we may pass details to the police if the law requires.",
            "The views shared on this site are members' own and do not represent the society's policy.",
        ),
    ),
)

INTROS_49 = (
    "Before you post, please read the following.",
    "A few rules keep this a friendly place for everyone.",
    "Our posting guidelines are short and we ask everyone to follow them.",
    "By joining the discussion you agree to these comment rules.",
    "Please read these discussion rules before taking part.",
)

CLOSINGS_49 = (
    "Thank you for helping keep this a friendly place.",
    "Posts that break these rules will be removed, and repeat offenders blocked.",
    "The moderators' decision is final.",
    "Questions about these rules can be sent to the webmaster.",
    "Thanks for commenting, and for keeping it civil.",
)

TITLES_49 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment rules",
    "House rules",
    "Forum etiquette",
)

#: British words the family prints, and how its American-spelling sites print them.
AMERICAN_49 = {
    "neighbours": "neighbors",
    "neighbourly": "neighborly",
    "offences": "offenses",
    "rumour": "rumor",
    "programme": "program",
    "behaviour": "behavior",
    "telephone": "phone",
}

_MARKERS_49 = ("numbers", "numbers)", "bullets", "stars", "dashes", "none", "none", "none")
_BULLETS_49 = {"bullets": "\u2022", "stars": "*", "dashes": "-"}
_HEADINGS_49 = ("colon", "dash", "own line", "full stop", "absent", "mixed", "mixed")


def _heading_49(heading: str, how: str) -> str:
    if how == "colon":
        return heading if heading.endswith(("?", ":")) else heading + ":"
    if how == "dash":
        return heading.rstrip("?:") + " " + ("\u2013", "-", "\u2014")[len(heading) % 3]
    if how == "full stop":
        return heading if heading.endswith(("?", ".")) else heading + "."
    return heading


def _items_49(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of two to eight items; a site that never says "comment" draws none of the wordings that do."""
    count = rng.randint(2, 3) if rng.random() < 0.35 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_49, count)
    plain = rng.random() < 0.3
    kinds = [
        (
            [h for h in headings if not (plain and _says_comment(h))],
            [s for s in sentences if not (plain and _says_comment(s))],
        )
        for headings, sentences in chosen
    ]
    style = rng.choice(_HEADINGS_49)
    capitals = rng.random() < 0.25
    markers = rng.choice(_MARKERS_49)
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, 1):
        how = style if style != "mixed" else rng.choice(("colon", "absent", "own line", "dash"))
        heading = rng.choice(headings) if how != "absent" else ""
        if capitals:
            heading = heading.upper()
        sentence = rng.choice(sentences)
        parts = [sentence]
        if rng.random() < 0.15 and len(sentences) > 1:
            parts.append(rng.choice([s for s in sentences if s != sentence]))
        marker = {"numbers": f"{number}.", "numbers)": f"{number})"}.get(markers, _BULLETS_49.get(markers, ""))
        if how == "own line":
            items.append(((marker + " " + heading).strip(), ""))
            items.append(("", *parts))
        elif heading:
            items.append(((marker + " " + _heading_49(heading, how)).strip(), *parts))
        else:
            items.append(("", (marker + " " + parts[0]).strip(), *parts[1:]))
    intros = [line for line in INTROS_49 if not (plain and _says_comment(line))]
    closings = [line for line in CLOSINGS_49 if not (plain and _says_comment(line))]
    titles = [line for line in TITLES_49 if not (plain and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_49)
