"""The ``reworded-20`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_20 = (  # (headings, sentence variants): Scottish, Welsh, Northern English, NZ and SA papers, US county weeklies, faith, marine, drones, comics, courts, transit
    (
        ("Be civil", "Mind your manners", "Play the ball, not the player", "Respect other readers"),
        (
            ("Disagree as strongly as you like, but do it without name-calling or sneering at other readers.",),
            (
                "Criticise the argument rather than the person making it.",
                "Posts that insult another reader will be removed.",
            ),
            ("Treat others here the way you would at a community council meeting: firmly, fairly and politely.",),
            ("Robust debate is welcome on this site; personal abuse of other commenters is not.",),
        ),
    ),
    (
        ("No hate", "No bigotry", "Sectarianism and hate speech", "Hate has no home here"),
        (
            (
                "We remove posts that attack people for their religion, race, nationality, sexuality or disability, and we ban repeat offenders.",
            ),
            ("Sectarian chants, slurs and songs, including coded references, are not allowed on this site.",),
            ("Antisemitic, Islamophobic or anti-Catholic remarks will be deleted, whatever the story is about.",),
            ("Racist or xenophobic language, including so-called jokes, will be removed and the account suspended.",),
        ),
    ),
    (
        ("Live court cases", "Contempt of court", "Cases before the courts", "Sub judice"),
        (
            (
                "Once someone has been charged, the case is live.",
                "Do not speculate about guilt or discuss the evidence until the trial ends.",
            ),
            (
                "Under Scots law a single post can prejudice a trial, so comments are closed on stories about live cases.",
            ),
            ("Remarks that could prejudice a fair trial put you, and us, at risk of contempt proceedings.",),
        ),
    ),
    (
        ("Name suppression", "Suppression orders", "Protected identities"),
        (
            (
                "Breaching a suppression order is a criminal offence; posts that name or hint at a suppressed person will be removed.",
            ),
            (
                "Do not post names, photos or clues that could identify anyone protected by a court order, including victims and children.",
            ),
            ("We will not publish guesses about who is behind a suppressed name, or links to sites that name them.",),
        ),
    ),
    (
        ("Defamation", "Don't defame anyone", "Allegations"),
        (
            (
                "Do not accuse named people or businesses of crimes or wrongdoing you cannot prove.",
                "You are legally responsible for what you post.",
            ),
            ("Stating an allegation as fact can be defamatory even if you heard it from a neighbour.",),
            ("Repeating a rumour about a local person is no defence if it turns out to be false.",),
        ),
    ),
    (
        ("Respect other faiths", "No preaching", "Faith and respect", "Interfaith courtesy"),
        (
            ("Readers of all faiths and none take part here; argue the point, not against anyone's right to believe.",),
            ("Please do not use this space to convert others or to paste long passages of scripture.",),
            ("Discussion of church teaching is welcome, but attacks on clergy or parishioners as a group are not.",),
            (
                "Debate about our community's affairs is welcome; quarrels between congregations are best settled elsewhere.",
            ),
        ),
    ),
    (
        ("Safety on the water", "Not navigational advice", "Seamanship tips"),
        (
            ("Tips shared by readers are no substitute for official charts, tide tables and coastguard notices.",),
            ("Always check the latest marine forecast before heading out; do not rely on advice posted here.",),
            ("Posts encouraging anyone to ignore a small-craft advisory or a harbour closure will be removed.",),
        ),
    ),
    (
        ("Rescues and tragedies", "Be kind after an accident", "Loss at sea"),
        (
            (
                "Families of crew and rescuers read these pages; do not speculate about the cause of a sinking or who was to blame.",
            ),
            (
                "On stories about drownings or missing boats, condolences are welcome but guesses about what happened are not.",
            ),
            (
                "Please leave the investigation to the accident investigators.",
                "Speculation about the skipper will be removed.",
            ),
        ),
    ),
    (
        ("Fly legally", "Airspace rules", "Drone safety", "No dangerous flying"),
        (
            ("We will remove posts that encourage flying over crowds, near airports or in restricted airspace.",),
            ("Do not share tips for disabling geofencing or removing a drone's remote ID.",),
            ("Footage shot in breach of CAA or FAA rules will not be featured, and links to it will be taken down.",),
        ),
    ),
    (
        ("Crashes and incidents", "Accident speculation", "Incidents"),
        (
            ("Wait for the investigators' report; armchair accident analysis that names the pilot will be removed.",),
            ("Speculating about a crash while families are still being told is not acceptable here.",),
        ),
    ),
    (
        ("Spoilers", "Spoiler warnings", "Mark your spoilers"),
        (
            ("Anything from an issue released in the last two weeks must be tagged as a spoiler.",),
            ("Please don't reveal plot twists from upcoming issues or episodes in the discussion below.",),
            ("Spoilers go inside spoiler tags, please.", "Posts that ruin an ending without warning will be hidden."),
        ),
    ),
    (
        ("No piracy", "Leaks and scans", "Support creators"),
        (
            ("Links to scanned issues, leaked pages or pirate streams will be deleted and the poster banned.",),
            ("Do not share unreleased covers, art or solicitations before the publisher does.",),
            ("Creators make their living from sales, so we won't host links to illegal copies.",),
        ),
    ),
    (
        ("Leave the creators alone", "No harassment of creators", "Fandom, not fanaticism"),
        (
            ("Dislike a storyline all you want, but do not tag writers, artists or actors with abuse.",),
            ("Campaigns to harass creators, cosplayers or other fans will get you banned.",),
            ("Keep ship wars friendly; nobody is wrong for liking a different pairing.",),
        ),
    ),
    (
        ("All road users", "No road rage", "Cyclists, drivers and pedestrians"),
        (
            ("Wishing harm on cyclists, drivers or pedestrians, even as a joke, will get your post removed.",),
            ("Argue about bike lanes and bus priority as much as you like; do not threaten the people who use them.",),
            (
                "Generalisations about 'all drivers' or 'all cyclists' rarely help.",
                "Tell us what happened on your route.",
            ),
        ),
    ),
    (
        ("Service complaints", "Not a customer service desk", "Report it to the operator", "Hazards and faults"),
        (
            ("We are not the transit agency; late buses, fares and lost property should be reported to the operator.",),
            ("Potholes and broken streetlights should go to your council's reporting line; we cannot pass them on.",),
            (
                "If your train is delayed, check the operator's live updates; our staff cannot answer service questions.",
            ),
        ),
    ),
    (
        ("Election season", "Campaigning", "Letters to the editor"),
        (
            ("Endorsements of candidates belong in a signed letter to the editor, not under a news story.",),
            ("In the weeks before an election we may close comments on campaign stories.",),
            ("Candidates and their campaign staff must say who they are when they post about the race.",),
        ),
    ),
    (
        ("Language", "Posting in Welsh or English", "Languages we moderate"),
        (
            ("Posts in Welsh or English are equally welcome; our moderators read both.",),
            ("We welcome te reo M\u0101ori, and we moderate posts in it the same way as English ones.",),
            ("Please write in English or Afrikaans so that our moderators can read what you post.",),
            ("Comments in Scots or Gaelic are fine, but abuse is abuse in any language.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            ("Your email address is never shown publicly and is used only to manage your account.",),
            ("We process your details under the POPI Act; our privacy notice explains how long we keep them.",),
            ("We never sell readers' personal information, and you can ask us for a copy of what we hold.",),
            ("Do not post your own phone number or home address, or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays"),
        (
            (
                "Posts from new accounts are checked by a person before they appear, which can take until the next working day.",
            ),
            ("Our newsroom is small, so posts made overnight or at weekends may wait several hours for approval.",),
            (
                "If your comment has not appeared, it is probably in the queue.",
                "Posting it again will not speed things up.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile settings; your past posts will be anonymised.",
            ),
            ("To close your account, email us from the address you registered with and we will do the rest.",),
            (
                "When you close an account we delete your details within 30 days, though replies quoting you may remain.",
            ),
        ),
    ),
    (
        ("No advertising", "Selling", "Commercial posts", "Spam"),
        (
            ("Boats, moorings and gear for sale belong in the classifieds, not in the discussion.",),
            ("Posts promoting a business, charter service or website will be removed as spam.",),
            ("Links to shops, auction listings or affiliate deals will be deleted without warning.",),
        ),
    ),
    (
        ("Corrections", "Spotted an error?", "Tell the newsroom"),
        (
            ("If you think we got something wrong, email the newsroom; we do not watch the thread for corrections.",),
            ("Factual errors should be reported to the editor so that we can correct the story for everyone.",),
            (
                "Corrections are handled by the editor, not the moderators.",
                "Please use the form on our corrections page.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something wrong?"),
        (
            ("Use the flag beside any post that breaks these rules and a moderator will review it.",),
            ("Don't reply to trolls; report them and let us deal with it.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("We ask contributors to use their real first and last names.",),
            ("Each reader may hold one account; sock puppets and impersonation lead to a ban.",),
            ("Pretending to be another person, a group or an official body is not allowed.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "House rules apply"),
        (
            (
                "The editor may remove any post or close any thread, and we will not enter into correspondence about moderation.",
            ),
            ("We may close the discussion on a story at any time, for legal or other reasons.",),
        ),
    ),
)


POLICY_TITLES_20 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community guidelines",
    "House rules",
    "Comment policy",
    "Commenting guidelines",
    "Reader discussion: the rules",
    "Our rules for reader posts",
)


POLICY_INTROS_20 = (
    "We want this to be a place for lively, respectful discussion.",
    "Please read these rules before you post.",
    "By taking part in this discussion you agree to the following.",
    "A few ground rules, so that everyone can join in.",
    "Comments are moderated according to the rules below.",
)


POLICY_CLOSINGS_20 = (
    "Read our full terms and conditions at /terms.",
    "The full house rules are in our terms of use, linked at the foot of every page.",
    "Questions about moderation? Email the community team at community@harbourgazette.co.nz.",
    "See our full community guidelines for more on how we moderate comments.",
    "Concerns about a post can be sent to the editor at newsdesk@valleyweekly.com.",
    "These rules form part of our terms of service; read them in full at /terms-of-use.",
)


NUMBERS_20 = ("{}.", "{})", "({})", "{} -", "{}:", "Rule {}:")


BULLETS_20 = ("\u2022", "-", "*", "\u25aa", "\u2013", "\u25e6", "\u2192", "+")


INLINE_20 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _plain_20(text: str) -> bool:
    return "comment" not in text.lower()


def _items_20(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-20 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_20:
        headings = tuple(h for h in headings if _plain_20(h)) if plain else headings
        sentences = tuple(s for s in sentences if all(map(_plain_20, s))) if plain else sentences
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, min(count, len(kinds)))
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    stop = rng.choice((".", ":", "", "."))  # after a heading on its own line
    sep = rng.choice(INLINE_20)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marks = rng.random()
    if marks < 0.3:
        number = rng.choice(NUMBERS_20)
        mark = [number.format(n + 1) for n in range(len(chosen))]
    elif marks < 0.6:
        mark = [rng.choice(BULLETS_20)] * len(chosen)
    else:
        mark = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else sep) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] == "?" else stop))
        if mark[n]:
            parts[0] = mark[n] + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_20 if not plain or _plain_20(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_20 if not plain or _plain_20(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = [line for line in POLICY_TITLES_20 if not plain or _plain_20(line)]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
