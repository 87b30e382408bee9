"""The ``reworded-25`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with, _curly

REWORDINGS_25 = (  # (headings, sentence variants)
    (
        ("Be kind", "Kindness first", "Treat others as you would be treated", "Be civil"),
        (
            (
                "Every knitter here was a beginner once, so answer questions the way you would have wanted them answered.",
            ),
            ("Disagree if you must, but do it politely.", "Rudeness towards other members will be removed."),
            ("Keep your tone friendly and neighbourly; this is a small community and most of us will meet again.",),
            ("Treat fellow readers with the courtesy you would show them at the co-op's annual meeting.",),
        ),
    ),
    (
        ("Argue the point, not the person", "No personal attacks", "Play the ball"),
        (
            ("Criticise arguments all you like, but insults, name-calling and mocking other posters are not allowed.",),
            ("Attacks on other readers, reporters or moderators will be deleted without warning.",),
            ("Go after the idea, never the person who posted it.", "Repeat offenders lose their posting rights."),
        ),
    ),
    (
        ("No hate speech", "Respect every community", "Racism and discrimination"),
        (
            (
                "Posts that demean people for their race, caste, ethnicity, religion, gender or disability will be "
                "removed.",
            ),
            (
                "We do not tolerate slurs against any island, province, clan or ethnic group.",
                "Such posts are deleted and the account suspended.",
            ),
            ("Comments that stir up hatred between communities may break the law as well as our rules.",),
        ),
    ),
    (
        ("Mind the law", "Defamation and the courts", "Stay within the law", "Legal matters"),
        (
            ("Do not accuse named people of crimes they have not been convicted of; you can be sued, and so can we.",),
            ("Do not discuss cases that are before the courts in a way that could prejudice a fair trial.",),
            (
                "Posts that break the laws of Fiji, including those on defamation and contempt of court, will be removed.",
            ),
            (
                "You are legally responsible for what you post.",
                "Defamatory or obscene material can lead to prosecution under the Electronic Transactions Act.",
            ),
        ),
    ),
    (
        ("English, please", "Language", "Which language?"),
        (
            ("Please post in English so that all readers and our moderators can follow the discussion.",),
            (
                "Posts are welcome in English, Samoan or Tok Pisin, but we cannot moderate other languages and may remove them.",
            ),
            (
                "A word or phrase in Icelandic, Latvian or Nepali is fine; whole posts in other languages will be held back.",
            ),
        ),
    ),
    (
        ("Respect culture and custom", "Fa'aaloalo: respect", "Chiefs, churches and custom"),
        (
            ("Criticise decisions if you wish, but do not insult chiefs, church leaders or village councils by name.",),
            ("Respect traditional titles, customs and sacred sites when discussing village and land matters.",),
            ("Debate about the monarchy and national institutions must remain respectful and within the law.",),
        ),
    ),
    (
        ("Think of the families", "Victims and casualties", "Out of respect"),
        (
            ("Do not name the injured or the dead before the department or the next of kin have done so.",),
            (
                "Families of those involved may be reading.",
                "Speculation about the cause of a fire or crash, or about who was to blame, will be removed.",
            ),
            ("Please do not post photos or videos taken at the scene of an accident or fire.",),
        ),
    ),
    (
        ("Not for emergencies", "In an emergency", "This is not a dispatch line"),
        (
            ("This page is not monitored around the clock.", "To report a fire or medical emergency, call 911."),
            ("Do not use the comments to report outages, fires or injuries; call 112 or your local emergency number.",),
            ("If someone is overdue on the mountain, call 112 and ask for mountain rescue rather than posting here.",),
            (
                "Power outages cannot be reported here.",
                "Call the outage line printed on your bill or use the co-op's app.",
            ),
        ),
    ),
    (
        ("Conditions reports", "Snow and avalanche talk", "Out of bounds"),
        (
            (
                "Members' reports on snow and trail conditions are not forecasts; always check the official avalanche "
                "bulletin before heading out.",
            ),
            (
                "Do not post routes into closed or out-of-bounds terrain.",
                "Posts that encourage skiing closed runs will be removed.",
            ),
            ("Sharing conditions is welcome, but anything you read here is used at your own risk in the backcountry.",),
        ),
    ),
    (
        ("Searches and rescues", "Missing persons", "Let the rescuers work"),
        (
            ("During an active search, please do not speculate about the missing person's decisions or condition.",),
            ("We close discussion on rescue stories while a search is under way, out of respect for those involved.",),
            ("Criticism of the volunteers who carry out rescues, often at their own risk, will not be published.",),
        ),
    ),
    (
        ("Patterns and copyright", "Credit the designer", "Don't share paid patterns"),
        (
            ("Do not post or photograph the text of paid patterns; link to the designer's shop instead.",),
            ("Always credit the designer when you show a finished quilt or garment made from someone else's pattern.",),
            ("Photos you did not take need the owner's permission.", "Scans of books and magazines will be removed."),
        ),
    ),
    (
        ("Buying and selling", "Destash and sales", "No classifieds", "Sales belong in the marketplace"),
        (
            ("Sales, swaps and destash posts go in the marketplace thread only.",),
            ("Animals, plants and equipment may not be offered for sale in the discussion; use the classifieds page.",),
            (
                "We are not responsible for any deal made between members.",
                "Meet in a public place and never pay in advance.",
            ),
        ),
    ),
    (
        ("Advice is not a vet", "Animal health", "Care advice"),
        (
            ("Members share experience, not veterinary advice; a sick fish or reptile needs a qualified vet.",),
            (
                "Advice here comes from fellow hobbyists.",
                "If an animal is ill, see an exotic-animal vet before trying any home remedy.",
            ),
            ("Posts showing live feeding, neglect or cruelty will be removed, however they are meant.",),
        ),
    ),
    (
        ("Protected and invasive species", "Know the law on species", "Never release pets"),
        (
            ("Do not offer, request or discuss trading species protected under CITES or national wildlife law.",),
            (
                "Never suggest releasing fish, plants or reptiles into ponds, rivers or the wild.",
                "Many are invasive, and it is illegal.",
            ),
            (
                "Collecting wild animals or plants from reserves is against the law, and posts describing it will be removed.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "No leaks"),
        (
            (
                "Tag spoilers for episodes, films and issues released in the last two weeks, and keep them out of thread titles.",
            ),
            ("Leaked scripts, pages and unreleased footage may not be posted or linked here.",),
            ("If it happens after the first act, mark it as a spoiler.",),
        ),
    ),
    (
        ("Leave the creators alone", "Respect artists and crews", "No harassment of creators"),
        (
            ("Criticise the work, not the artists, writers, animators or voice actors who made it.",),
            ("Organising pile-ons or tagging creators with abuse will get your account banned.",),
            ("Animators and studio crews are people doing a job; keep your disappointment civil.",),
        ),
    ),
    (
        ("Student-athletes", "Our athletes are students", "Keep it about the game"),
        (
            (
                "Our athletes are students first and foremost.",
                "Posts about their grades, private lives or families will be removed.",
            ),
            ("Criticise the play, the calls and the coaching decisions, not the 19-year-olds on the field.",),
            (
                "Do not post about recruits' visits or contact prospective athletes here; conference and NCAA rules apply "
                "to boosters.",
            ),
        ),
    ),
    (
        ("Billing and account questions", "Your account", "Member services"),
        (
            (
                "For questions about your bill, meter or service, please contact member services rather than posting "
                "account details here.",
            ),
            ("Never post your account number, address or payment details in a public reply.",),
            (
                "Staff cannot discuss individual accounts in public.",
                "Call the office during business hours and we will help.",
            ),
        ),
    ),
    (
        ("No campaigning", "Elections", "Board and political elections"),
        (
            ("Endorsements of candidates for the co-op board or public office are not allowed in these discussions.",),
            ("During election periods we do not publish posts that campaign for or against a candidate or party.",),
            ("Discuss policies freely, but do not use this space to ask for votes or donations.",),
        ),
    ),
    (
        ("Photographs of our neighbours", "Respect Plain neighbours", "No preaching"),
        (
            (
                "Please do not post photographs of Amish or Old Order Mennonite neighbours, who ask not to be photographed.",
            ),
            (
                "Many in our community do not use the internet and cannot answer for themselves here; speak of them "
                "with care.",
            ),
            ("Sharing faith is part of our community, but sermons and arguments over doctrine belong elsewhere.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "What we do with your details"),
        (
            ("Your email address is never shown publicly or sold.", "See our privacy notice for how we store it."),
            ("We keep the name and email you register with only as long as your account is open.",),
            ("Do not post phone numbers, addresses or other personal details, whether yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed first"),
        (
            ("All posts are read by a moderator before they appear, which can take up to a day at weekends.",),
            ("Our moderators are volunteers, so please be patient if your post does not show straight away.",),
            (
                "First posts from new accounts are held for approval.",
                "Posting the same thing twice will not make it appear sooner.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            (
                "To close your account and remove your profile, email the site editor from the address you registered with.",
            ),
            (
                "You can delete your account at any time from your profile settings; your earlier posts may remain, "
                "shown as anonymous.",
            ),
            (
                "Ask us and we will erase your account and personal data within 30 days, as data protection law requires.",
            ),
        ),
    ),
    (
        ("No advertising", "Self-promotion", "Spam"),
        (
            ("Posts that advertise products, services, shops or websites will be removed as spam.",),
            ("Links to your own shop or channel are allowed once, in your profile, not in replies.",),
            (
                "Sponsored content on this site is always labelled.",
                "Advertisers have no say over what our members post.",
            ),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If you think we have got something wrong, email the newsroom so an editor can check it and correct the story.",
            ),
            (
                "Corrections left in the thread may be missed; please send them to the news desk with the story's headline.",
            ),
            ("Factual errors in an article should go to the editor, not into the discussion below it.",),
        ),
    ),
    (
        ("Report a problem", "Flag it", "See something wrong?"),
        (
            ("Use the flag or report link beside a post to alert moderators; do not reply to it in kind.",),
            ("If a reply breaks these rules, report it and move on.", "Arguing back only gives it attention."),
        ),
    ),
    (
        ("One account each", "Real names", "Who you are"),
        (
            ("Each person may hold one account.", "Sock-puppet accounts will be removed along with the original."),
            ("Please post under your real first and last name, as you would sign a letter to the editor.",),
            ("Do not pretend to be another member, a firefighter, an official or a member of staff.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep replies relevant to the article or thread you are replying to.",),
            ("Off-topic posts, including general complaints about the paper, may be moved or removed.",),
        ),
    ),
    (
        ("Our decision is final", "The moderators' call", "Final say"),
        (
            ("The editors decide what is published, and may remove any post or account without giving a reason.",),
            ("Moderators may edit or remove any post that breaks these guidelines; their decision is final.",),
        ),
    ),
)


POLICY_TITLES_25 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Community Guidelines",
    "House Rules",
    "Forum Etiquette",
    "Comment Policy",
    "Guidelines for Comments",
    "Rules for the Conversation",
    "Ground Rules",
)


POLICY_INTROS_25 = (
    "Please read these rules before you post.",
    "We welcome readers' views on our stories, within a few simple rules.",
    "This forum is run by volunteers, and these guidelines keep it a friendly place for everyone.",
    "By posting a comment you agree to the following guidelines.",
    "Before you join the discussion, please take a moment to read our house rules.",
)


POLICY_CLOSINGS_25 = (
    "Read the full terms of use at the link below.",
    "The full community guidelines and terms of service are on our Terms page.",
    "Questions about these rules? Email the moderators at forum@threadandneedle.org.",
    "For the complete comment policy, see our Terms of Use.",
    "Concerns about a post can be sent to the web editor at webeditor@ridgelineelectric.coop.",
    "Read our full terms and privacy policy before registering.",
)


NUMBERS_25 = ("{}.", "{})", "({})", "{} -", "#{}", "{}:")


BULLETS_25 = ("\u2022", "-", "*", "\u25e6", "\u25b8", "\u2219", "\u2756", "+")


INLINE_25 = (": ", " - ", " \u2013 ", " \u2014 ")


AMERICAN_25 = {
    "neighbour": "neighbor",
    "criticis": "criticiz",
    "organis": "organiz",
    "labelled": "labeled",
    "behaviour": "behavior",
    "colour": "color",
    "offence": "offense",
}


def _plain_25(text: str) -> bool:
    return "comment" not in text.lower()


def _items_25(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-25 policy: (heading and sentences ...) per item, a title as (title, ""), other lines as ("", line)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    glue = rng.choice(INLINE_25)
    stop = rng.choice((".", ".", ":", ""))
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    mark = rng.choice(NUMBERS_25) if marking < 0.3 else rng.choice(BULLETS_25) if marking < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for headings, variants in rng.sample(REWORDINGS_25, count):
        if plain:
            headings = tuple(heading for heading in headings if _plain_25(heading))
            variants = tuple(variant for variant in variants if all(_plain_25(part) for part in variant))
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        heading = heading.upper() if caps else heading
        parts = list(rng.choice(variants))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else glue) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if mark:
            parts[0] = mark.format(len(items) + 1) + " " + parts[0]
        items.append(tuple(parts))
    lines = POLICY_INTROS_25, POLICY_CLOSINGS_25, POLICY_TITLES_25
    intros, closings, titles = (tuple(line for line in group if not plain or _plain_25(line)) for group in lines)
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_25, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
