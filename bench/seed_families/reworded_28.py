"""The ``reworded-28`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

REWORDINGS_28 = (  # (headings, sentence variants)
    (
        ("Be courteous", "Mind your manners", "Respect others"),
        (
            (
                "Treat fellow readers as you would a neighbour at the village hall: disagree by all means, but politely.",
            ),
            ("Keep the tone civil. You can challenge an argument without belittling the person who made it.",),
            ("Please be kind to one another; many of the people reading this thread live just down the road.",),
        ),
    ),
    (
        ("Keep to the subject", "Stay on topic", "On topic, please"),
        (
            ("Posts should relate to the story above. Off-topic threads will be trimmed by the moderators.",),
            ("Discussion that wanders far from the article may be removed to keep the thread readable.",),
            ("Keep comments relevant to the article; general grievances belong in a letter to the editor.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Insults"),
        (
            ("Name-calling, mockery and insults aimed at other users will be deleted without warning.",),
            (
                "Attack the ideas in a post, never the people behind them.",
                "Repeated abuse of other members will lead to a permanent ban.",
            ),
            ("Do not single out, taunt or harass other contributors, here or elsewhere on the site.",),
        ),
    ),
    (
        ("Hate has no place here", "No hate speech", "Discrimination"),
        (
            ("We remove posts that demean anyone for their caste, faith, tribe, race, sex, disability or sexuality.",),
            (
                "Slurs against any community, religion or ethnic group are not tolerated.",
                "Offenders will be reported where the law requires it.",
            ),
            ("Do not stir up hatred between tribes, regions or religious groups; such posts are removed and logged.",),
        ),
    ),
    (
        ("Patient confidentiality", "Protect patients' privacy", "Health records"),
        (
            (
                "Please do not name patients or staff, or describe anyone's treatment in a way that could identify them.",
            ),
            (
                "Never share details of another person's diagnosis or care.",
                "If you have a concern about your own treatment, contact the Patient Advice and Liaison Service.",
            ),
            ("For your own safety, avoid posting your hospital number, date of birth or ward details.",),
        ),
    ),
    (
        ("Not medical advice", "Health information", "Ask a professional"),
        (
            ("Nothing posted here replaces advice from your GP, pharmacist or specialist. In an emergency call 999.",),
            ("Readers' experiences are not medical advice, and we will remove posts promoting unproven cures.",),
            ("Please don't recommend medicines or dosages to other readers; speak to a qualified clinician instead.",),
        ),
    ),
    (
        ("Apiary locations", "Biosecurity", "Notifiable disease"),
        (
            ("Please don't give the exact location of members' hives or apiaries. Theft of colonies is on the rise.",),
            (
                "Suspected foulbrood or small hive beetle must be reported to the bee inspector, not discussed here first.",
            ),
            ("Do not post grid references for apiaries, swarm sites or queen-rearing yards.",),
        ),
    ),
    (
        ("Plot disputes", "Allotment matters", "Neighbouring plots"),
        (
            (
                "Disagreements about boundaries, bonfires or water troughs should go to the site secretary, not the forum.",
            ),
            ("Please don't name plot holders in complaints. Raise tenancy issues with the committee in writing.",),
        ),
    ),
    (
        ("Observing sites", "Dark-sky sites", "Meteor reports"),
        (
            (
                "Please don't publish the location of members' private observing sites without the landowner's permission.",
            ),
            (
                "When reporting a fireball or meteor, give the time in UT, your rough location and the direction of travel.",
            ),
            ("Posts about sightings should stick to what you observed; UFO speculation threads will be closed.",),
        ),
    ),
    (
        ("Sportsmanship", "No toxicity", "GG only"),
        (
            ("Trash talk about rival teams is part of the game. Abuse of players, casters or their families is not.",),
            (
                "Accusations of cheating, boosting or match-fixing need evidence.",
                "Send it to the admins rather than posting it in the thread.",
            ),
            ("Don't spam emotes, copypasta or team chants; it drowns out everyone else.",),
        ),
    ),
    (
        ("No spoilers", "Answers", "Hold the solutions"),
        (
            ("Please don't post answers to today's puzzle before the solution is published at midnight.",),
            ("If you must discuss a clue, hide the answer in a spoiler tag and give the clue number first.",),
            ("Give other solvers a chance: no full grids, no answer lists, and no hints in the first hour.",),
        ),
    ),
    (
        ("Report crime to the police", "Suspicious activity", "Emergencies"),
        (
            ("This page is not monitored around the clock. If a crime is in progress, call 911 immediately.",),
            (
                "Do not post names, photographs or addresses of people you suspect of a crime.",
                "Pass information to the police or Crimestoppers.",
            ),
            (
                "Report suspicious vehicles or callers to the non-emergency number, then share a general alert here if you wish.",
            ),
        ),
    ),
    (
        ("No vigilantism", "Let the police do their job", "Naming and shaming"),
        (
            ("Calls to confront, follow or punish anyone will be removed and may be passed to officers.",),
            ("We will not publish posts that encourage residents to take the law into their own hands.",),
        ),
    ),
    (
        ("Fishing regulations", "On the water", "Closures and seasons"),
        (
            (
                "Check season openings and closures with state wildlife officials; posts about them here are not official.",
            ),
            ("Don't post the GPS marks of other captains' spots, and keep disputes over nets and lines off the page.",),
        ),
    ),
    (
        ("Storm warnings", "Severe weather", "Official warnings"),
        (
            (
                "During a hurricane or tropical storm, follow the National Weather Service and your parish emergency office.",
            ),
            (
                "Rumours spread fast in bad weather.",
                "Please share only warnings from official sources, and include a link to them.",
            ),
        ),
    ),
    (
        ("Respect places of worship", "Faith and respect", "Religious discussion"),
        (
            (
                "Discuss gurdwara, temple and community affairs respectfully, and avoid mocking anyone's beliefs or practices.",
            ),
            ("Preaching, conversion appeals and attacks on other faiths will be removed.",),
            ("Please refer to religious figures, texts and sites with the respect you would wish for your own.",),
        ),
    ),
    (
        ("Language", "English please", "Which language?"),
        (
            (
                "Please write in English so that all readers and our moderators can follow. Short greetings in Setswana are fine.",
            ),
            ("Posts in English, French, German or Catalan are welcome; we remove those our team cannot read.",),
            ("Write in English or Chichewa. Avoid all capitals, which reads as shouting.",),
        ),
    ),
    (
        ("Elections", "Political campaigning", "Party politics"),
        (
            ("During the election period we do not publish posts that campaign for a party or candidate.",),
            ("Candidates and their agents must declare their interest when they take part in a discussion.",),
        ),
    ),
    (
        ("The law", "Defamation and contempt", "Legal matters"),
        (
            ("You are responsible for what you post. Do not accuse named people of crimes or misconduct.",),
            (
                "Once someone is charged, say nothing that could prejudice a trial.",
                "We will remove posts that break contempt or defamation law.",
            ),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            (
                "Posts promoting businesses, products, raffles or streaming channels will be removed unless agreed with us.",
            ),
            ("Links to shops, betting sites or skin-trading sites count as spam and will be deleted.",),
            ("Selling honey, nucs or equipment? Use the classifieds page, not the discussion board.",),
        ),
    ),
    (
        ("Your data", "Privacy", "How we use your details"),
        (
            (
                "We store your email address and display name only to run your account. See our privacy notice for details.",
            ),
            ("Your IP address is logged with each post and may be shared with police if the law requires it.",),
            ("We never sell readers' personal data. Read the privacy policy for how long we keep it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("All posts are checked by a moderator before they appear, which can take up to 24 hours at weekends.",),
            ("First posts from new accounts are held for review. Please don't submit the same message twice.",),
            (
                "Our volunteers moderate in their spare time, so please allow a day or two for your post to be approved.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile page; your past posts will be anonymised.",),
            ("To close your account and remove your posts, email us from the address you registered with.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors"),
        (
            ("If you think we have got something wrong, please tell the newsroom directly rather than posting below.",),
            ("Factual errors in our articles should be reported to the editor, who will correct them promptly.",),
            ("Corrections to a story are handled by our news desk. Use the Contact Us page.",),
        ),
    ),
    (
        ("Reporting a post", "Flag it", "See something wrong?"),
        (
            ("Use the report button beside any post that breaks these rules. Please don't reply to it.",),
            ("Flag offensive posts for the moderators rather than arguing in the thread.",),
            ("If a post worries you, report it and we will review it, usually within a few hours.",),
        ),
    ),
    (
        ("One account each", "Real names", "Who you are"),
        (
            ("Each member may hold one account. Duplicate or impersonating accounts will be closed.",),
            ("We encourage you to post under your own name. Pretending to be someone else gets you banned.",),
        ),
    ),
    (
        ("Final say", "Our decision is final", "Moderators' discretion"),
        (
            ("The moderators may edit, hold or remove any post, and their decision is final.",),
            ("We reserve the right to close any thread and suspend any account without notice.",),
            ("Moderators act at their discretion. Arguments about moderation in public threads will be removed.",),
        ),
    ),
)


POLICY_TITLES_28 = (
    "Community Guidelines",
    "Posting guidelines",
    "Discussion rules",
    "Before you post",
    "House Rules",
    "Comment policy",
    "Rules for readers' comments",
    "Forum etiquette",
    "Join the discussion - the ground rules",
    "Talkback guidelines",
)


POLICY_INTROS_28 = (
    "We welcome your views. To keep this space useful for everyone, please follow a few simple rules.",
    "Please read these guidelines before you take part.",
    "Comments are a privilege, not a right. By posting you agree to the following.",
    "This is a community space. Here is what we ask of everyone who uses it.",
)


POLICY_CLOSINGS_28 = (
    "Read the full terms of use at the link at the foot of this page.",
    "Questions about moderation? Email moderators@ourpaper.news.",
    "Full community guidelines: /about/community-guidelines",
    "By posting you agree to our Terms and Conditions and Privacy Policy.",
    "Contact the web desk at webdesk@ourpaper.news with any concerns about a comment.",
    "See our full house rules and terms of service for more detail.",
)


NUMBERS_28 = ("{}.", "{})", "({})", "#{}", "[{}]", "Rule {} -", "{} \u2014", "{}:")


LETTERS_28 = ("{}.", "({})", "{})")


BULLETS_28 = ("\u2022", "-", "*", "\u25aa", "\u25ba", "\u2713", "\u2666", "\u2013")


SEPARATORS_28 = (": ", " - ", " \u2013 ", " \u2014 ", " -- ", ". ")


AMERICAN_28 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "anonymised": "anonymized",
    "capitals": "capital letters",
    "practise": "practice",
    "behaviour": "behavior",
    "offence": "offense",
    "favour": "favor",
}


def _items_28(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-28 policy: (heading + sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    silent = rng.random() < 0.3  # a site that never says "comment"
    pool = []
    for headings, sentences in REWORDINGS_28:
        variants = [one for one in sentences if not (silent and _says_comment(*one))]
        if variants:
            pool.append(([one for one in headings if not (silent and _says_comment(one))], variants))
    chosen = rng.sample(pool, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    separator = rng.choice(SEPARATORS_28)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    marks = rng.random()
    if marks < 0.3:
        if rng.random() < 0.2:  # lettered items
            form = rng.choice(LETTERS_28)
            markers = [form.format("abcdefghi"[n]) for n in range(len(chosen))]
        else:
            form = rng.choice(NUMBERS_28)
            markers = [form.format(n + 1) for n in range(len(chosen))]
    elif marks < 0.6:
        markers = [rng.choice(BULLETS_28)] * len(chosen)
    else:
        markers = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for (headings, sentences), marker in zip(chosen, markers, strict=True):
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        if heading and capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else separator) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading.endswith("?") else stop))
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(tuple(parts) if heading and not inline else ("", *parts))
    return _furnish(
        items,
        rng,
        [one for one in POLICY_INTROS_28 if not (silent and _says_comment(one))],
        [one for one in POLICY_CLOSINGS_28 if not (silent and _says_comment(one))],
        [one for one in POLICY_TITLES_28 if not (silent and _says_comment(one))],
        AMERICAN_28,
    )
