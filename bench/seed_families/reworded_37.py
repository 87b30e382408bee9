"""The ``reworded-37`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

REWORDINGS_37 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it respectful", "Mind your manners"),
        (
            ("Disagree with the idea, not the person who posted it.",),
            ("Treat other readers as you would a neighbour at the post office counter.",),
            (
                "Name-calling, taunts and sneering replies will be taken down.",
                "Make your point and let others make theirs.",
            ),
        ),
    ),
    (
        ("Stay on the story", "Keep to the subject", "On topic, please"),
        (
            ("Posts should be about the article above, not a grievance from another thread.",),
            ("Replies that wander far from the subject of the piece may be hidden by the moderators.",),
            ("If you want to raise something else, write to the editor instead of hijacking this discussion.",),
        ),
    ),
    (
        ("No threats or harassment", "Harassment", "Threats"),
        (
            (
                "Threatening, stalking or repeatedly targeting another user will get your account suspended without warning.",
            ),
            (
                "We do not tolerate harassment of any kind.",
                "Threats of violence are passed to the police.",
            ),
            ("Following someone from thread to thread to pick fights with them counts as harassment here.",),
        ),
    ),
    (
        ("Surf spots and localism", "Local breaks", "Respect the lineup"),
        (
            (
                "Please do not name secret breaks or post directions to them.",
                "Posts that encourage driving visitors out of the water will be removed.",
            ),
            ("Localism, threats against out-of-town surfers and talk of slashing tyres have no place on this page.",),
            ("Swell and tide talk is welcome; naming who dropped in on whom is not.",),
        ),
    ),
    (
        ("Language of posts", "Which language?", "Write in English"),
        (
            (
                "Posts must be in English so that our moderators can read them; short phrases in Polish or Lithuanian are fine.",
            ),
            (
                "Write in English or in French.",
                "Posts in Wolof or other languages are welcome when a translation follows.",
            ),
            ("We moderate in English and Samoan only, so posts in other languages may wait longer for approval.",),
        ),
    ),
    (
        ("Politics back home", "Old quarrels", "National disputes"),
        (
            (
                "Arguments about governments and parties in the old country belong on other forums, not under a parish dinner notice.",
            ),
            (
                "Do not insult anyone's nationality, village or church.",
                "We are one diaspora here, whatever our families' histories.",
            ),
        ),
    ),
    (
        ("Ethnic, religious and brotherhood insults", "No tribalism", "Respect every faith"),
        (
            (
                "Insults aimed at an ethnic group, a religious brotherhood or a region will be deleted and the author banned.",
            ),
            (
                "Do not stir up hatred between communities.",
                "Posts that blame a whole people for the acts of a few will not be published.",
            ),
            ("Mocking a marabout, an imam, a pastor or anyone's faith is not allowed on this site.",),
        ),
    ),
    (
        ("Respect for families and titles", "Fa'aaloalo", "Matai and families"),
        (
            ("Do not attack a family, a village council or a titleholder by name.",),
            (
                "Disputes over titles and land belong before the Land and Titles court, not in this space.",
                "Posts that argue such disputes will be removed.",
            ),
            ("Speak of elders and chiefs with the respect you would show them at a fono.",),
        ),
    ),
    (
        ("Accidents and grieving families", "Mine accidents", "Grief"),
        (
            ("When a story concerns a death or a mine accident, remember that the family may be reading.",),
            (
                "We close discussion on obituaries and on reports of fatal accidents.",
                "Condolences can be sent through the funeral home.",
            ),
            ("Speculation about the cause of an accident before investigators report will be removed.",),
        ),
    ),
    (
        ("Logging, mills and wildfire", "Timber and fire", "Fire season"),
        (
            (
                "Argue about harvest plans and the mill as hard as you like, but leave loggers' and activists' families out of it.",
            ),
            (
                "During an active fire, do not post evacuation rumours.",
                "Follow the county sheriff and the fire district for orders.",
            ),
        ),
    ),
    (
        ("Choir members and recordings", "Singers' privacy", "Recordings of services"),
        (
            ("Please do not upload recordings of services or name the choristers, many of whom are children.",),
            (
                "Reviews of a performance are welcome.",
                "Criticism of an individual singer, organist or chorister is not.",
            ),
            ("Music for the liturgy is discussed here; complaints about the clergy go to the cathedral office.",),
        ),
    ),
    (
        ("Student athletes are kids", "Players are minors", "Cheer, don't jeer"),
        (
            ("Never criticise a student athlete by name.",),
            (
                "Remember that our players are minors.",
                "Posts about a player's weight, grades, family or playing time will be deleted and the poster blocked.",
            ),
            ("Cheer for our teams, and for the visitors too; booing in print is still booing.",),
        ),
    ),
    (
        ("Referees and coaches", "Officials", "Coaching decisions"),
        (
            (
                "Complaints about an official's call or a coach's line-up go to the athletic director, not to this page.",
            ),
            ("Officials are volunteers and parents too; abuse of referees will not be published.",),
        ),
    ),
    (
        ("Race protests", "Results and protests", "Racing disputes"),
        (
            (
                "Protests must be lodged with the race committee in writing.",
                "Arguing a protest here will not change a result and may be removed.",
            ),
            ("Provisional results are posted on the clubhouse board; please report errors to the sailing secretary.",),
        ),
    ),
    (
        ("Weather and safety on the water", "Sea conditions", "Safety first"),
        (
            (
                "Never rely on a post here for weather or sea conditions; check the official marine forecast before you go out.",
            ),
            ("If a boat is in trouble, call the coastguard on VHF channel 16, then tell us afterwards.",),
        ),
    ),
    (
        ("Living persons", "Privacy of the living", "Family trees"),
        (
            ("Do not post names, birth dates or addresses of living people without their consent.",),
            (
                "Trees shared here should show only deceased individuals.",
                "Living relatives must be marked private.",
            ),
        ),
    ),
    (
        ("Cite your sources", "Sources", "Where did you find it?"),
        (
            ("When you share a record, say where it came from: a parish register, a census page or a passenger list.",),
            ("Undocumented claims about descent will be queried by the moderators before they appear.",),
            ("Family stories are welcome, but please mark them as stories and not as documented fact.",),
        ),
    ),
    (
        ("Trees, sales and collecting", "Buying and selling", "Collected material"),
        (
            (
                "Trees and pots may be offered for sale only in the monthly sales thread.",
                "Give a price and your town.",
            ),
            ("Do not ask for or share locations where trees can be dug from wild or public land without a permit.",),
            ("Advice on wiring and repotting is welcome; pushing your own nursery in every reply is not.",),
        ),
    ),
    (
        ("Cheats, exploits and leaks", "No hacks", "Datamines and leaks"),
        (
            (
                "Do not share modded clients, account sellers or links to exploits; they break the game's terms and get accounts banned.",
            ),
            (
                "Leaked content must be marked as a spoiler.",
                "Edits that copy unreleased assets onto wiki pages will be reverted.",
            ),
            ("Bug workarounds are fine; instructions for duplicating items or currency are not.",),
        ),
    ),
    (
        ("Referral and friend codes", "Codes", "Promo codes"),
        (
            (
                "Post friend and referral codes only on the codes page, one per account, and never in replies on article pages.",
            ),
            ("Trading, selling or begging for accounts, gems or gift codes will get you blocked.",),
        ),
    ),
    (
        ("Roost locations", "Protect the roosts", "Sensitive sites"),
        (
            (
                "Never give the location of a roost or hibernation site.",
                "Disturbing bats is a criminal offence and posts that risk it will be removed.",
            ),
            ("Describe where you saw bats by district only, not by building, cave or grid reference.",),
        ),
    ),
    (
        ("Found a grounded bat?", "Injured bats", "Handling bats"),
        (
            (
                "Do not handle a bat with bare hands.",
                "Ring the national bat helpline rather than waiting for a reply here.",
            ),
            (
                "Questions about a sick or injured bat cannot be answered on this page; contact your local carer straight away.",
            ),
        ),
    ),
    (
        ("Drivers and staff", "Operators are workers too", "Complaints about drivers"),
        (
            (
                "Do not post the names, photos or badge numbers of operators; our fight is with the agency, not with drivers.",
            ),
            (
                "File a complaint about a particular trip with the transit agency.",
                "Include the route, the stop and the time.",
            ),
        ),
    ),
    (
        ("Fellow riders", "Respect riders", "No shaming"),
        (
            ("Photos of other riders, including people sleeping or in distress, will be removed.",),
            ("Posts that blame homeless riders or riders with disabilities for service cuts are not welcome here.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "Your data"),
        (
            (
                "Your email address is never shown on the site; we use it only to tell you about replies and account changes.",
            ),
            (
                "We log the IP address of every post.",
                "It is kept for ninety days and shared only when the law requires it.",
            ),
            ("Read our privacy notice to learn what we collect when you register and how long we keep it.",),
        ),
    ),
    (
        ("Moderation delays", "Why isn't my post showing?", "Pending approval"),
        (
            (
                "Posts from new members are held until a volunteer approves them, which can take a day or more at weekends.",
            ),
            (
                "Our moderators are part-time volunteers with day jobs.",
                "Posts sent after 6pm may not appear until the next morning.",
            ),
            ("Links and long posts are held automatically for review; please do not send the same post twice.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can close your account at any time from your profile page; your posts will then show as from a former member.",
            ),
            (
                "To have your account and posts deleted, email the web editor from the address you registered with.",
                "We act on requests within thirty days.",
            ),
        ),
    ),
    (
        ("Advertising", "Ads on this page", "Sponsored content"),
        (
            (
                "Advertisements on this page are placed by an outside network; we do not endorse the products they show.",
            ),
            (
                "Advertising pays for this site and its reporting.",
                "If an advert seems misleading or offensive, send us a screenshot and we will look into it.",
            ),
            ("Sponsored stories are always labelled as such; our reporters do not write them.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in a story"),
        (
            (
                "If you find an error in one of our stories, email the newsroom rather than posting it here, so it can be corrected.",
            ),
            ("Corrections are made by the editor; point out the mistake and the source that shows it.",),
            (
                "Factual errors should be reported to our news desk.",
                "Corrections are noted at the foot of the story.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Reporting a post"),
        (
            ("Use the flag button under a post that breaks these rules instead of replying to it.",),
            (
                "See something that breaks the rules?",
                "Report it and a moderator will review it, usually within a day.",
            ),
        ),
    ),
    (
        ("Spam and self-promotion", "No spam", "Links"),
        (
            ("Repeated links to your own business, channel or fundraiser will be removed as spam.",),
            ("Chain messages, pyramid schemes and posts offering loans or work from home are deleted on sight.",),
        ),
    ),
    (
        ("Our decision is final", "Editors' discretion", "The last word"),
        (
            (
                "We may remove any post or suspend any account at our discretion, and we will not argue about it in public.",
            ),
            ("The editor's decision on what is published is final; appeals can be made by email.",),
        ),
    ),
    (
        ("Real names", "Who you are", "One account each"),
        (
            ("Post under your real first name and surname; posts signed with nicknames will not be approved.",),
            (
                "Only one account per person is allowed.",
                "Accounts created to get round a ban will be closed with the original.",
            ),
        ),
    ),
)


POLICY_TITLES_37 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Guidelines",
    "House Rules",
    "Forum Etiquette",
    "Reader Participation Policy",
    "Rules of the Board",
    "Our Comment Rules",
    "Community Standards",
)


POLICY_INTROS_37 = (
    "Please read these rules before you post.",
    "Our discussion boards are moderated by volunteers, and we ask everyone to follow a few simple rules.",
    "By posting on this site you agree to the following.",
    "Comments are welcome on most stories, subject to these guidelines.",
    "We want this to be a friendly place for everyone who reads it.",
)


POLICY_CLOSINGS_37 = (
    "Read the full terms of use at the link below.",
    "The complete posting guidelines are on our Terms of Use page.",
    "Questions about these rules? Write to moderators@example.org.",
    "Full house rules: see Terms and Conditions at the foot of this page.",
    "Contact the web editor at web@example.com with any concerns about a comment.",
    "These guidelines form part of our terms of service, which you can read in full on the About page.",
)


NUMBERS_37 = ("{}.", "{})", "({})", "{} -", "No. {}", "Rule {}:", "{}/", "#{}")


BULLETS_37 = ("\u2022", "-", "*", "\u203a", "\u25aa", "~", "\u00bb", "\u2219")


INLINE_37 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", " | ")


AMERICAN_37 = {
    "neighbour": "neighbor",
    "tyres": "tires",
    "rumours": "rumors",
    "criticise": "criticize",
    "offence": "offense",
    "labelled": "labeled",
    "advert ": "ad ",
    "line-up": "lineup",
    "at weekends": "on weekends",
    "coastguard": "Coast Guard",
}


def _items_37(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-37 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    never_comment = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = REWORDINGS_37
    if never_comment:
        kinds = tuple(
            (
                tuple(heading for heading in headings if not _says_comment(heading)),
                tuple(variant for variant in sentences if not _says_comment(*variant)),
            )
            for headings, sentences in REWORDINGS_37
        )
        kinds = tuple((headings, sentences) for headings, sentences in kinds if headings and sentences)
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # heading and sentence on one line
    join = rng.choice(INLINE_37)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marking = rng.random()
    if marking < 0.3:
        number = rng.choice(NUMBERS_37)
        marks = [number.format(n) + " " for n in range(1, len(chosen) + 1)]
    elif marking < 0.6:
        bullet = rng.choice(BULLETS_37)
        marks = [bullet + " "] * len(chosen)
    else:
        marks = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for mark, (headings, sentences) in zip(marks, chosen, strict=True):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        variant = list(rng.choice(sentences))
        if len(variant) > 1 and rng.random() < 0.3:
            variant = variant[:1]
        if not heading:
            variant[0] = mark + variant[0]
            items.append(("", *variant))
        elif inline:
            joiner = " " if heading.endswith("?") else join
            variant[0] = mark + heading + joiner + variant[0]
            items.append(("", *variant))
        else:
            if not heading.endswith("?"):
                heading += stop
            items.append((mark + heading, *variant))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_37 if not (never_comment and _says_comment(line))],
        [line for line in POLICY_CLOSINGS_37 if not (never_comment and _says_comment(line))],
        [line for line in POLICY_TITLES_37 if not (never_comment and _says_comment(line))],
        AMERICAN_37,
    )
