"""The ``reworded-26`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with, _curly

REWORDINGS_26 = (  # (headings, sentence variants)
    (
        ("Be courteous", "Courtesy costs nothing", "Mind your manners"),
        (
            ("Treat other readers as you would if you met them at the shop or the chapel.",),
            ("Disagree by all means, but do it politely. Name-calling gets a post removed, whoever started it.",),
            ("Write as if the person you are answering were sat across the table from you.",),
        ),
    ),
    (
        ("English or Welsh", "Language", "Which language?", "Saesneg neu Gymraeg"),
        (
            ("Posts are welcome in English or in Welsh; we moderate both, so a Welsh post may take a little longer.",),
            (
                "You may write in English, French, German or Luxembourgish.",
                "Posts in other languages cannot be moderated and will not appear.",
            ),
            ("We publish posts in English only, because our moderators have to be able to read every word of them.",),
        ),
    ),
    (
        ("No divisionism", "No ethnic or tribal hatred", "Unity, not division"),
        (
            (
                "Posts that set one ethnic group, clan or region against another will be removed.",
                "Where the law requires it, they will be passed to the authorities.",
            ),
            ("Nothing that denies or justifies genocide, or stirs up hatred of any ethnic or religious group.",),
            (
                "Do not label people by tribe, race or religion to score a point. We delete it and may close the account.",
            ),
        ),
    ),
    (
        ("Live court cases", "Contempt of court", "Cases before the courts"),
        (
            (
                "Once someone has been charged, say nothing about their guilt, their past or the evidence.",
                "Scottish contempt law is strict and applies to you as well as to us.",
            ),
            (
                "Where a case is active we close the discussion. Speculating about an accused person could collapse a trial.",
            ),
            (
                "Please do not name anyone the courts have ordered must not be identified, including children and victims.",
            ),
        ),
    ),
    (
        ("Defamation", "Don't defame", "Could you prove it?"),
        (
            (
                "Accusing a named person of a crime or of dishonesty without proof is defamation, and you can be sued for it.",
            ),
            ("If you could not stand it up in court, do not post it.",),
            (
                "We remove allegations against named councillors, officials or businesses that are not backed by a published source.",
            ),
        ),
    ),
    (
        ("Election periods", "Campaigning", "No electioneering"),
        (
            (
                "During the campaign, posts that urge people to vote for a party or a candidate are held until polls close.",
            ),
            ("Candidates and their agents must say who they are when they post about the election.",),
            (
                "Branch and executive elections are run under the union's rules.",
                "Please do not use this page to canvass for a candidate.",
            ),
        ),
    ),
    (
        ("Review the show, not the body", "Performers are people", "About the cast"),
        (
            (
                "Criticise a singer's phrasing or a director's staging if you like; remarks about performers' looks or weight will be deleted.",
            ),
            (
                "Reviews are one critic's opinion. Argue with the critic, not with the understudy who went on that night.",
            ),
            (
                "Please keep comments to the production. Personal attacks on cast, crew or orchestra members are not allowed.",
            ),
        ),
    ),
    (
        ("Spoilers", "No plot twists", "Mind the twist"),
        (
            (
                "If you have seen a preview, do not give away the ending for those who have tickets for later in the run.",
            ),
            ("Mark any post that reveals a twist with SPOILER at the top so others can scroll past.",),
        ),
    ),
    (
        ("Umpires and referees", "Respect the officials", "The men and women in the middle"),
        (
            (
                "Question a decision as much as you like.",
                "Suggesting an umpire or referee is corrupt, without evidence, will get the post removed.",
            ),
            ("Officials are volunteers at club level. Abuse of them, here or at the ground, is not tolerated.",),
            ("Criticise the decision, not the referee's character, family or nationality.",),
        ),
    ),
    (
        ("Players' families", "Leave the families out", "Off the field"),
        (
            ("Players' partners, children and parents are off limits, whatever the result on Saturday.",),
            (
                "Do not post about a player's private life, injuries you have heard about second-hand, or their relatives.",
            ),
        ),
    ),
    (
        ("Betting and match-fixing", "No betting tips", "Gambling"),
        (
            (
                "No tips, odds or links to bookmakers. Posts alleging fixing against named players are deleted unless reported by a reliable source.",
            ),
            ("We do not allow links to betting sites or offers of inside information on team selection.",),
        ),
    ),
    (
        ("Tickets", "No touting", "Buying and selling tickets"),
        (
            ("Offering tickets above face value is not allowed here; use the official resale platform.",),
            (
                "Do not post ticket offers, swaps or requests. Posts like these attract scammers and are removed without notice.",
            ),
        ),
    ),
    (
        ("Living people", "Protect the living", "Privacy of living relatives"),
        (
            ("Do not post names, dates of birth or addresses of anyone who may still be alive without their consent.",),
            (
                "Records of living persons stay private.",
                "If your tree reaches the present day, share only the generations that have passed on.",
            ),
        ),
    ),
    (
        ("Cite your sources", "Sources", "Where did you find it?"),
        (
            (
                "When you share a date, a place or a name, say where it came from: a register, a census, a headstone or family memory.",
            ),
            ("Please give the source of any record you quote so other members can check it for themselves.",),
        ),
    ),
    (
        ("Transcriptions and copyright", "Images and records", "Copyright"),
        (
            (
                "Scans of certificates and parish registers may be under copyright. Post a summary, not the image, unless you hold the rights.",
            ),
            ("Only upload photographs you took yourself or have permission to share.",),
            (
                "Transcriptions made by volunteers belong to the society; link to them rather than copying them out in full.",
            ),
        ),
    ),
    (
        ("Installers and quotes", "No sales pitches", "Installers"),
        (
            (
                "Installers are welcome to answer questions but must say they are in the trade. Quotes and sales offers will be removed.",
            ),
            ("Please do not post prices you have been quoted by a named company or ask for quotes here.",),
            ("Recommend an installer if you wish, but declare any connection to the firm.",),
        ),
    ),
    (
        ("Safety first", "Electrical safety", "Do it safely"),
        (
            (
                "Advice from readers is not professional advice. Any work on inverters, batteries or the mains should be done by a licensed electrician.",
            ),
            (
                "We remove posts that encourage bypassing safety switches or connecting a generator to the house without an isolator.",
            ),
        ),
    ),
    (
        ("Student journalists", "Be kind to the students", "Our reporters are students"),
        (
            (
                "This station is run by students who are learning. Point out mistakes by all means, but be constructive.",
            ),
            (
                "Everyone on air and behind the camera is a volunteer and a student. Please keep feedback fair and specific.",
            ),
        ),
    ),
    (
        ("Requests", "Song requests", "Shout-outs"),
        (
            ("Requests and dedications go to the studio line or the request form, not to this page.",),
            ("We cannot play requests posted here. Text the studio while the show is on air.",),
        ),
    ),
    (
        ("Workplace disputes", "Name no names", "Grievances"),
        (
            (
                "Do not name managers or colleagues in a dispute.",
                "Contact your rep or branch secretary; posting details here could harm your case.",
            ),
            (
                "Bargaining positions discussed at branch meetings are confidential until the negotiating team releases them.",
            ),
        ),
    ),
    (
        ("Not an official warning", "Storm season", "Emergencies"),
        (
            (
                "This page is not monitored around the clock. For hurricane warnings follow the Department of Meteorology and NEMA, not readers' posts.",
            ),
            (
                "Please do not post rumours of evacuations or shelter closures. Use official sources and call 919 in an emergency.",
            ),
        ),
    ),
    (
        ("Obituaries", "Condolences", "On memorial pages"),
        (
            ("On obituary pages, please share memories and sympathy only. Family disagreements do not belong here.",),
            ("Guestbook entries are read by grieving families. Anything unkind will be removed before they see it.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball", "Argue the point"),
        (
            ("Go after the argument, not the person making it.",),
            ("Insults, sneering and taunts aimed at another reader will be deleted, along with the replies to them.",),
            ("Attack ideas, never people. Repeated personal attacks lead to a ban.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Is it relevant?"),
        (
            ("Keep to the subject of the story; a post about something else entirely will be removed.",),
            ("Off-topic posts, including complaints about other stories, may be deleted to keep the thread readable.",),
            ("Comments should relate to the article above them.",),
        ),
    ),
    (
        ("No spam", "Self-promotion", "Links"),
        (
            ("Links to your own business, channel or fundraiser are spam here, and spam is removed.",),
            ("Repeated links, chain messages and anything selling something will be deleted and the account blocked.",),
            (
                "You may link to a source that supports your point. Links to shops, petitions or personal blogs will be removed.",
            ),
        ),
    ),
    (
        ("Your data", "Privacy", "What we keep"),
        (
            (
                "We never publish your email address. Your details are held under our privacy notice and are not sold to anyone.",
            ),
            ("Your IP address is logged with every post and may be disclosed if the law requires it.",),
            ("We keep your name and email only to run your account; see the privacy notice for how long.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            (
                "Every post is read by a moderator before it appears. Outside office hours this can take until the next working day.",
            ),
            ("Posts are checked by hand, so expect a delay at weekends and on bank holidays.",),
            ("Our team is small. Please do not post the same thing twice if yours has not appeared yet.",),
            ("Comments are moderated before publication, which can take several hours.",),
        ),
    ),
    (
        ("Closing your account", "Account deletion", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile page. Your past posts may remain, shown without your name.",
            ),
            ("To close your account and remove your posts, email the web team from the address you registered with.",),
        ),
    ),
    (
        ("Advertising", "About the adverts", "Ads on this page"),
        (
            (
                "Adverts are placed by an outside network and are not endorsed by the paper. Report a misleading advert using the link beside it.",
            ),
            ("Sponsored content is always labelled. Editorial staff do not choose the adverts shown on this page.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            ("If we have got something wrong, email the newsroom. Corrections are not made from posts on this page.",),
            ("To report an error in an article, write to the editor; we publish corrections in print and online.",),
            ("Tell the news desk, not the thread, if a fact, name or date in a story is wrong.",),
        ),
    ),
    (
        ("Report it", "Flag it", "See a problem?"),
        (
            ("Use the report button under any post you think breaks these rules. A moderator will look at it.",),
            ("If a post worries you, flag it rather than replying to it.",),
            ("Flag a comment that breaks these rules instead of replying to it.",),
        ),
    ),
    (
        ("One account each", "Use your real name", "Who you are"),
        (
            (
                "Post under your own name. Accounts pretending to be someone else, or a second account after a ban, will be closed.",
            ),
            ("One person, one account. Sock puppets will be removed along with everything they posted.",),
        ),
    ),
    (
        ("The moderators decide", "Final say", "Our decision"),
        (
            (
                "The editor's decision on what is published is final, and we do not discuss individual moderation decisions.",
            ),
            ("We may remove any post or suspend any account at our discretion, without giving a reason.",),
            ("We reserve the right to remove any comment or close any discussion without explanation.",),
        ),
    ),
)


POLICY_TITLES_26 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community guidelines",
    "Rheolau trafod / Discussion rules",
    "Canllawiau / Guidelines",
    "Reader forum rules",
    "Rules of the thread",
    "Member discussion guidelines",
    "Commenting guidelines",
)


POLICY_INTROS_26 = (
    "Before you post, please read our house rules.",
    "We welcome your views on our stories, provided you follow a few simple rules.",
    "This is a space for members to discuss the news. To keep it useful, we ask everyone to follow these guidelines.",
    "Croeso. Welcome to the discussion; here is how it works.",
    "Posting here means you accept the following.",
    "We want comments to be a place for a good argument, not a shouting match.",
)


POLICY_CLOSINGS_26 = (
    "Read the full terms of use at the link below.",
    "Questions about these rules? Email moderators@ourpaper.co.uk.",
    "The full posting policy is on our Terms and Conditions page.",
    "For the complete rules, see our Terms of Service.",
    "Contact the web editor at web@newsdesk.org.gy with any concerns.",
    "By posting you agree to our full terms, available at the foot of every page.",
    "Thank you for helping to keep this forum civil.",
)


NUMBERS_26 = ("{}.", "{})", "({})", "{} \u2013", "{}:", "Rule {}:")


ROMAN_26 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


BULLETS_26 = ("\u2022", "-", "*", "\u2014", "\u25cf", "\u2192", "\u203a", "\u00b7")


INLINE_26 = (": ", " - ", " \u2013 ", " \u2014 ")


AMERICAN_26 = {
    "criticise": "criticize",
    "behaviour": "behavior",
    "rumour": "rumor",
    "labelled": "labeled",
    "honour": "honor",
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "programme": "program",
}


def _plain_26(text: str) -> bool:
    """Whether the text never says "comment" (a site that never does)."""
    return "comment" not in text.lower()


def _items_26(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-26 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site never says "comment"
    table = [
        (
            [heading for heading in headings if not plain or _plain_26(heading)],
            [variant for variant in sentences if not plain or all(_plain_26(part) for part in variant)],
        )
        for headings, sentences in REWORDINGS_26
    ]
    table = [(headings, sentences) for headings, sentences in table if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(table, count)
    inline = rng.choice(INLINE_26) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.random()
    numbers = rng.choice(NUMBERS_26)
    roman = numbers in NUMBERS_26[:3] and rng.random() < 0.2  # i. ii. iii.
    bullet = rng.choice(BULLETS_26)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if marker < 0.3:
            prefix = numbers.format(ROMAN_26[index - 1] if roman else index) + " "
        elif marker < 0.6:
            prefix = bullet + " "
        else:
            prefix = ""
        if heading:
            heading = prefix + heading
        else:
            parts[0] = prefix + parts[0]
        items.append((heading, *parts))
    extras = [line for line in POLICY_INTROS_26 if not plain or _plain_26(line)]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(extras)))
    extras = [line for line in POLICY_CLOSINGS_26 if not plain or _plain_26(line)]
    if rng.random() < 0.4:
        items.append(("", rng.choice(extras)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_26 if not plain or _plain_26(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_26, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
