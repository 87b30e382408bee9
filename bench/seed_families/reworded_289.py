"""The ``reworded-289`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bermuda parish news, Anglesey papers, Alaska Kenai weeklies, squash clubs, real ale societies, IBS
forums, intentional communities, tin mine heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds a site's rules are drawn from: each is (headings, sentences). ``{c}``/``{cs}`` (``{C}``/``{Cs}``
# capitalised) stand for the site's word for what readers send, ``{mods}`` for who looks after the site.
REWORDINGS_289: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it civil",
            "Play the ball, not the player",
            "Can I criticise another member?",
            "Courtesy",
            "Respect other members",
        ),
        (
            "Disagree by all means, but attack the argument and not the person who made it.",
            "This is a small island and you will probably meet the people you write about at the grocery or in "
            "church on Sunday, so write accordingly.",
            "Personal abuse, name-calling and sneering at other members' symptoms will see a {c} removed without "
            "discussion.",
            "Treat fellow members as you would across the bar at a branch social: strong opinions about beer are "
            "welcome, insults are not.",
            "{Cs} that bait, belittle or goad other people are taken down, however politely they are worded.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "What counts as hateful?",
            "Hate and harassment",
        ),
        (
            "We remove anything that attacks people for their race, religion, sex, sexuality, disability, age or "
            "where they come from.",
            "Bermuda's Human Rights Act 1981 applies online as it does anywhere else, and we will not publish {cs} "
            "that break it.",
            "Mocking Welsh speakers, or people who have moved to Anglesey from elsewhere, is not banter here and "
            "will be removed.",
            "Slurs typed with asterisks or clever misspellings are treated exactly the same as the real thing.",
            "Harassment of any member, on the board or by private message, is grounds for immediate removal.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I post someone's address?",
            "Other people's information",
            "Protect your privacy",
        ),
        (
            "Do not post phone numbers, home addresses, email addresses or licence plates, yours or anyone else's.",
            "Please don't name neighbours, tenants or children in {cs} about local disputes, even if everyone on "
            "the road already knows who you mean.",
            "Think twice before sharing your own diagnosis, medication or test results; this is a public board and "
            "search engines index it.",
            "Photos of members, guests or children at the community must not be posted without their clear consent.",
            "We will remove anything that could identify a person who has asked to stay anonymous.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "If you are worried about someone",
            "Is someone at risk?",
            "Keeping people safe",
        ),
        (
            "If a {c} suggests that a child or vulnerable adult is at risk, {mods} will pass it on to the proper "
            "authorities.",
            "Junior members' names and photographs are only published with written consent from a parent or "
            "guardian, in line with England Squash safeguarding guidance.",
            "If you are having thoughts of harming yourself, please contact your GP, call 111 or ring the "
            "Samaritans on 116 123 rather than posting here.",
            "Volunteers under 18 must be supervised on site at all times, and any concern should go to the named "
            "safeguarding lead, not onto the noticeboard.",
            "In an emergency call 911; please do not use {cs} to report a crime in progress.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go up?",
            "Moderation times",
        ),
        (
            "Every {c} is read by a person before it goes up, so there may be a delay, particularly overnight and "
            "at weekends.",
            "Our moderators are volunteers with day jobs, so please allow up to 48 hours before asking what has "
            "happened to your {c}.",
            "The newsroom in Soldotna is staffed on weekdays only, and {cs} sent after Friday noon are usually "
            "approved on Monday.",
            "First-time posters are held in a queue until one of {mods} has had a look.",
            "Sending the same {c} several times will not speed things up and may land it in the spam folder.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Where should I post this?",
            "Relevance",
            "On topic, please",
        ),
        (
            "Keep {cs} to the subject of the story; there are other places to argue about national politics.",
            "Please use the right board: partners and ladder challenges on the Ladder board, fixtures on Leagues "
            "and everything else in the Clubhouse.",
            "Threads about pub closures belong in Pub News, and tasting notes go in Beer of the Month.",
            "If a thread drifts, {mods} may split it off or lock it.",
            "Arguments about the dipnet fishery, the borough sales tax or the Homer ferry belong under the stories "
            "about them, not under an obituary.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Spam and self-promotion",
        ),
        (
            "Commercial advertising is not allowed in {cs}; please contact our sales office if you would like to "
            "advertise.",
            "Members may list second-hand rackets and kit in the Swap Shop, but anything else commercial needs the "
            "committee's approval.",
            "Links to supplements, miracle cures, probiotics or paid diet plans will be removed and the account "
            "may be suspended.",
            "Brewery staff are welcome to join in but must say who they work for when talking about their own beers.",
            "Chain letters, fundraising appeals and multi-level marketing have no place on the community noticeboard.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Can I use a pseudonym?",
            "One account per person",
            "Usernames",
        ),
        (
            "Please give your real name and parish; anonymous {cs} are not published.",
            "Sock puppet accounts will be removed along with the original, and so may the person behind them.",
            "Usernames that are offensive, impersonate someone or advertise a business will be changed or removed.",
            "You may use a pen name on the board, but {mods} must know who you are.",
            "Sharing a login with a partner or housemate is not allowed; each member needs an account of their own.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Is it libel?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can land you, as well as us, in "
            "court.",
            "Do not speculate about anyone charged with an offence; once proceedings are active, speculation could "
            "prejudice a trial.",
            "Cases before the Magistrates' Court in Hamilton or the Supreme Court are sub judice, and we will not "
            "publish {cs} about them until they are over.",
            "No threats, no accusations of crimes that have not been proven, and nothing that names a juvenile in a "
            "court case.",
            "Anything that encourages illegal activity, including trespass on closed mine workings, will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and quotes",
            "Can I share an article?",
            "Copying and pasting",
        ),
        (
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Only upload photographs you took yourself or have permission to use.",
            "Archive photos and documents from the mine's collection are the trust's copyright and may not be "
            "reposted elsewhere without permission.",
            "By sending a {c} you give us permission to publish it in print as well as online.",
            "Recipes from FODMAP apps or paid cookbooks should be summarised in your own words, not copied out in "
            "full.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report something?",
            "Flagging",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please don't feed the trolls; report them and let {mods} deal with it.",
            "You can also email the newsroom with a link to the {c} and a line about what is wrong with it.",
            "Reports are confidential, and the person you report will not be told who flagged them.",
            "Concerns about someone's conduct at a work party should go to the volunteer coordinator in person, not "
            "to the group chat.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Who decides?",
            "Right to remove",
            "Final say",
        ),
        (
            "We reserve the right to edit, shorten or remove any {c} without giving a reason.",
            "The decision of {mods} is final, and arguing about it in public threads will not change it.",
            "These guidelines were agreed by consensus at a community meeting and may be revised at any later meeting.",
            "Appeals may be made in writing to the club secretary and will be considered at the next committee "
            "meeting.",
            "Publishing a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and tips",
            "Have we got it wrong?",
        ),
        (
            "If we have a fact wrong, please email the newsdesk rather than sending a {c}; corrections are made "
            "faster that way.",
            "News from around the parishes is always welcome, from Sandys to St. George's; call us or use the "
            "Contact page.",
            "If a Welsh place name is misspelt in one of our stories, do tell us, as we would rather be corrected "
            "than wrong.",
            "Tips about anything happening between Seward and Homer can be left on our tip line or dropped off at "
            "the front desk.",
            "Corrections are noted at the foot of the article with the date they were made.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Which language?",
            "Can I write in Welsh?",
            "Bad language",
            "Mind your language",
        ),
        (
            "Please keep language clean; this site is read by families and by our younger members.",
            "{Cs} in Welsh or English are equally welcome, and {mods} read both.",
            "Swear words disguised with symbols still count as swear words.",
            "Please write in full sentences and avoid posting entirely in capitals, which reads as shouting.",
            "Text speak and heavy abbreviation make threads hard to follow for members who use screen readers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Banning",
        ),
        (
            "Most problems get a friendly word first, then a formal warning, then a suspension.",
            "Repeated or serious breaches lead to a permanent ban, and new accounts set up to get round it will be "
            "removed.",
            "Membership of the society may be withdrawn by the branch committee for behaviour that brings it into "
            "disrepute.",
            "A ban from the board does not affect your club membership, but conduct on and off court is dealt with "
            "under the club's disciplinary procedure.",
            "Warnings are recorded and expire after twelve months of good behaviour.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Can I trust advice given here?",
            "Health and safety",
            "Advice from other members",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP or gastroenterologist before changing "
            "your diet or medication.",
            "Never suggest that someone stops a prescribed medicine, and do not post dosage advice.",
            "Never enter adits, shafts or engine houses outside a supervised work party, whatever you may read on "
            "this board.",
            "Check river conditions, bear sightings and closures on the Sterling Highway with official sources "
            "before you head out.",
            "Please drink responsibly and don't drive to festivals; buses and lift shares are posted on the branch "
            "page.",
        ),
    ),
    (  # notices and events, as clubs, societies and communities print them
        (
            "Notices",
            "Events and notices",
            "Can I post an event?",
            "Noticeboard",
            "What's on",
        ),
        (
            "Club nights, fixtures and socials may be posted by any member; please include the date, time and venue.",
            "Notices come down a week after the event has taken place.",
            "Anything for the common house board needs the name of the person responsible and an end date.",
            "Parish fairs, church suppers and fundraisers can be listed free in our community calendar.",
            "Work party dates for the dressing floors and the count house are posted by the volunteer coordinator "
            "only.",
        ),
    ),
)

# The word for what readers send, (singular, plural), on the quarter of sites that never say "comment".
OTHER_WORDS_289: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as it reads in the middle of a sentence.
MODERATORS_289: tuple[str, ...] = (
    "the moderators",
    "the editors",
    "the committee",
    "the admin team",
    "the web team",
    "the forum team",
    "the newsroom staff",
    "the volunteers who run this site",
    "the membership committee",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_289: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome your comments. To keep the discussion useful, we ask everyone to follow a few simple rules.",
    "These house rules apply to everyone who posts here, members and visitors alike.",
    "Croeso! We want this to be a friendly place for everyone on Ynys Môn to talk.",
    "This board is run by volunteers for members. A few ground rules:",
    "By registering on this forum you agree to the following.",
    "Welcome to the noticeboard. Please keep the following in mind.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_289: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Diolch yn fawr.",
    "Cheers, and see you at the bar.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules? Email the webmaster.",
    "Thanks for reading, and happy commenting.",
    "Be kind to one another, and to your gut.",
)

# Titles a site may print above its rules.
POLICY_TITLES_289: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "Guidelines for contributors",
    "Rheolau sylwadau / Comment rules",
    "Message board rules",
)

# British spellings used in this family's lines -> American.
AMERICAN_289: dict[str, str] = {
    "criticise": "criticize",
    "neighbours": "neighbors",
    "licence": "license",
    "offence": "offense",
    "summarised": "summarized",
    "misspelt": "misspelled",
    "behaviour": "behavior",
    "second-hand": "secondhand",
}

# List markers real sites print, by the item's number (starting at 1).
ROMAN_289: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii", "xix", "xx",
)  # fmt: skip
MARKERS_289: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{i}.",
    "{I}.",
    "•",
    "-",
    "–",
    "*",
    "Rule {n}:",
    "§{n}",
    "{s}.{n}",
    "Section {n} –",
)

# Words left lower case inside a title-cased heading.
SMALL_WORDS_289: frozenset[str] = frozenset(("a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "not", "my"))

# Lines some sites print among their rules: dividers, last-updated lines and sign-offs.
DIVIDERS_289: tuple[str, ...] = ("* * *", "----------", "~~~", "________")
MONTHS_289: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
UPDATED_289: tuple[str, ...] = (
    "Last updated: {d} {m} {y}",
    "Updated {m} {y}.",
    "Agreed at the AGM, {y}.",
    "Reviewed by the committee, {m} {y}.",
    "Version {v}, adopted by consensus, {m} {y}.",
    "Revised {d}/{mm}/{y}",
)
SIGN_OFFS_289: tuple[str, ...] = ("– The Editor", "The Committee", "— {Mods}", "Thanks, {Mods}", "Hon. Secretary")
SECTIONS_289: tuple[tuple[str, str], ...] = (
    ("Part 1: Conduct", "Part 2: Moderation"),
    ("A. Behaviour", "B. How we moderate"),
    ("General", "Enforcement"),
    ("YOUR POSTS", "OUR RESPONSIBILITIES"),
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (k and word in SMALL_WORDS_289) else word[:1].upper() + word[1:] for k, word in enumerate(words)
    )


def _marker(style: str, number: int, section: int) -> str:
    return style.format(
        n=number, a=chr(96 + number), i=ROMAN_289[number - 1], I=ROMAN_289[number - 1].upper(), s=section
    )


def _items_289(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Drawn from ``rng``: the site's word for what readers send (``comment`` on three
    sites in four) and who moderates it; how many kinds (2-5 on a fifth of sites, else 6-16), in table order or
    shuffled; one to three sentences a kind; heading case (sentence, title, capitals) or no headings at all; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
    marks or numbers) or none; bold marks round headings; dropped stops in bulleted lists; and a few lines such sites
    print among their rules: a divider, part headings, a last-updated line and a sign-off. Opening, closing and title
    lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    says_comment = rng.random() < 0.75
    word, words = ("comment", "comments") if says_comment else rng.choice(OTHER_WORDS_289)
    moderators = rng.choice(MODERATORS_289)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_289)), count)
    if rng.random() < 0.6:
        chosen.sort()
    heading_case = rng.choices(("sentence", "title", "upper", "none"), weights=(4, 3, 1.5, 2))[0]
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker_style = rng.choice(MARKERS_289) if rng.random() < 0.6 else ""
    if marker_style.endswith(":") and placement == "run colon":
        placement = "run dash"
    section_number = rng.randint(2, 9)
    bold = heading_case != "none" and rng.random() < 0.08
    drop_stops = marker_style in ("•", "-", "–", "*") and rng.random() < 0.3
    dash = rng.choice((" – ", " - ", " — "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_289[kind]
        how_many = rng.choices((1, 2, 3), weights=(5, 3.5, 1.5))[0]
        texts = [sentence.format(**fill) for sentence in rng.sample(sentences, how_many)]
        if drop_stops and len(texts) == 1:
            texts[0] = texts[0].rstrip(".")
        marker = _marker(marker_style, number, section_number) + " " if marker_style else ""
        if heading_case == "none":
            items.append(("", marker + texts[0], *texts[1:]))
            continue
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "upper":
            heading = heading.upper()
        if bold:
            heading = f"**{heading}**"
        question = heading.rstrip("*").endswith("?")
        if placement.startswith("own"):
            if not question and placement == "own stop":
                heading += "."
            elif not question and placement == "own colon":
                heading += ":"
            items.append((marker + heading, *texts))
            continue
        if question:
            joined = f"{heading} {texts[0]}"
        elif placement == "run colon":
            joined = f"{heading}: {texts[0]}"
        elif placement == "run stop":
            joined = f"{heading}. {texts[0]}"
        else:
            joined = f"{heading}{dash}{texts[0]}"
        items.append(("", marker + joined, *texts[1:]))

    if len(items) >= 6 and rng.random() < 0.12:
        first_part, second_part = rng.choice(SECTIONS_289)
        middle = len(items) // 2
        items.insert(middle, (second_part, ""))
        items.insert(0, (first_part, ""))
    elif len(items) >= 4 and rng.random() < 0.12:
        items.insert(rng.randint(1, len(items) - 1), ("", rng.choice(DIVIDERS_289)))
    if rng.random() < 0.18:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_289).format(
            d=rng.randint(1, 28), m=MONTHS_289[month - 1], mm=f"{month:02d}", y=rng.randint(2016, 2026),
            v=rng.randint(2, 6),
        )  # fmt: skip
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_289).format(Mods=moderators.capitalize())))

    intros, closings, titles = POLICY_INTROS_289, POLICY_CLOSINGS_289, POLICY_TITLES_289
    if not says_comment:
        intros = tuple(line for line in intros if "comment" not in line.lower())
        closings = tuple(line for line in closings if "comment" not in line.lower())
        titles = tuple(line for line in titles if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_289)
