"""The ``reworded-254`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Montserrat news, Exmoor papers, Arkansas Ozark weeklies, judo parents' groups, barbershop choruses,
Parkinson's carers' forums, co-operative allotment shops, signal box preservation volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for the site's word for what readers
# send (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_254: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Treat others as you would at the club",
            "Courtesy",
            "Can I disagree with someone?",
            "Respect",
        ),
        (
            "Disagree by all means, but do it the way you would across the counter at the shop on a Saturday morning.",
            "Personal attacks, name-calling and sneering at other members will be removed, however strongly you feel.",
            "Argue with the point, never with the person who made it; unpleasant behaviour towards neighbours online is still unpleasant behaviour.",
            "We are a small island and most of us know each other; write as if the person you are answering is standing beside you at the market in Brades.",
            "Be kind. Many people here are tired, worried and caring for someone around the clock, and a sharp reply lands harder than you think.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate", "Discrimination", "What counts as hate speech?", "Abuse of groups", "Equality and inclusion"),
        (
            "Anything that attacks people for their race, religion, sex, sexuality, disability, age or nationality will be deleted without discussion.",
            'That includes "jokes". If you have to say you were only joking, it probably should not have been posted.',
            "Racist, sexist or homophobic language has no place here, in {cs} or in usernames.",
            "We welcome members from all backgrounds and every part of the county, and expect you to do the same.",
            "Stirring up hatred is a criminal offence, and we will pass anything of that kind to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I post someone's phone number?",
            "Other people's information",
            "Photographs of people",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, your own included.",
            "Please don't name or describe a person you care for in a way that would let others identify them.",
            "Photos of children at tournaments and gradings may only be shared with the written agreement of a parent.",
            "Private messages stay private; do not copy them into a public thread without the sender's permission.",
            "If you would not pin it on the board outside the trading hut for everyone to read, do not put it in a {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Welfare",
            "Worried about a child?",
            "Protecting young members",
            "Vulnerable adults",
            "Concerns about welfare",
        ),
        (
            "If you have a concern about a child's welfare, do not post it here. Speak to the club welfare officer or, in an emergency, call 999.",
            "Adults must not contact junior players through this page or by private message.",
            "All coaches hold current DBS checks and follow British Judo's safeguarding policy; questions about it go to the welfare officer, not the thread.",
            "If a member seems to be at risk, we may pass on information to the proper authorities, and we will not discuss that on the forum.",
            "Anyone under 18 must have a parent or guardian's permission to join the group.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay, especially at weekends and on press day.",
            "We are volunteers with jobs, plots and families; please allow up to 48 hours before asking where your {c} has gone.",
            "{Cs} sent after 6pm are usually approved the next morning.",
            "Posting the same {c} several times will not make it appear any faster, and may get it caught in the spam filter.",
            "First-time {cs} are held for approval; after that most go straight through.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "What can I talk about here?"),
        (
            "Keep {cs} to the story they sit under. Feuds from other threads will be removed.",
            "This group is for the Tuesday and Thursday working parties, the box and the lever frame; national railway politics belong somewhere else.",
            "Please keep to chorus business: rehearsals, sing-outs, contests and tags. Everything else can go in the Chit Chat thread.",
            "{Cs} that wander off the subject may be moved or removed without notice.",
            "Questions about the Exmoor National Park Authority's planning decisions belong under the planning story, not under the pony sales.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "No advertising, please. If you want to sell something, contact the advertising department at the paper.",
            "Plot holders may offer surplus seedlings or produce to other members free of charge; anything for sale goes on the board in the shop.",
            "Links to other websites will be removed unless they are clearly relevant and helpful.",
            "Chain letters, petitions and fundraising appeals for any organisation need the committee's approval first.",
            "Spam, bots and accounts that only exist to post links will be removed and blocked.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Do I have to use my real name?", "One account each", "Usernames"),
        (
            "Please post under your own name. We do not publish anonymous {cs}.",
            "One account per person. Second accounts used to agree with yourself will be closed, along with the first.",
            "Letters for publication must include your name, address and a daytime telephone number, although we will print only your name and town.",
            "Don't pretend to be someone else, another member or a member of staff.",
            "Usernames that are offensive, or that look like a club official's, will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Is it legal?"),
        (
            "You are responsible in law for what you write. Do not accuse anyone of a crime or wrongdoing that has not been proved in court.",
            "Once someone has been charged, we close {cs} on that story until the case is finished, so that nothing prejudices the trial.",
            "Libel laws apply to posts on Facebook just as they do to the printed page.",
            "Do not name anyone under 18 involved in a court case, or anyone the law protects from being named.",
            "{Cs} that break the laws of Montserrat, the United Kingdom or the State of Arkansas will be removed and may be passed to the authorities.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and music", "Other people's work", "Can I share a photo I found?", "Using our content"),
        (
            "Only post photographs you took yourself, or have permission to use, and say who took them.",
            "Do not share arrangements, learning tracks or sheet music; they are licensed to the chorus and copying them breaks the licence.",
            "Quote a short passage from another website if you must, with a link, but do not paste whole articles.",
            "Photos posted to the group remain the photographer's. Ask before you use them anywhere else.",
            "Everything published on this site is our copyright unless stated otherwise.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a {c}", "Seen something wrong?", "How do I complain?", "Flagging", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please do not argue with a troll in the thread; report it and let {mods} deal with it.",
            "Complaints can be sent to the editor by email or by post to the office, and we aim to reply within a week.",
            "Reports are confidential. The person you report will not be told who reported them.",
            "Flag it, don't feed it.",
        ),
    ),
    (  # discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision is final",
            "Our right to remove",
            "Who decides?",
        ),
        (
            "{mods} may edit, refuse or remove any {c} for any reason, and the decision is final.",
            "We do not enter into correspondence about why a {c} has been removed, and we will not apologise for using our judgement.",
            "These rules are set by the committee and may change at any time; the current version is always pinned at the top.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "The editor reserves the right to shorten letters and to choose which ones are printed.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us about it", "Have we got it wrong?"),
        (
            "If we have got something wrong, email the newsroom and we will put it right as quickly as we can.",
            "Corrections should be sent to the editor, not posted as a {c}, so that we can check them properly.",
            "Got a story from your end of the moor? Ring the office in Minehead or send us a message.",
            "Know something happening in Baxter, Marion or Searcy county? We would like to hear about it.",
            "Results, contest scores and photographs from events are always welcome; send them to the secretary, and tell us about anything on the summer programme.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Keep it clean", "Shouting", "How should I write?"),
        (
            "No swearing, including swear words with letters replaced by stars.",
            "This is a family page. Write as if your grandmother and your children will read it, because they may.",
            "Please don't type in capitals. It reads as shouting.",
            "{Cs} should be in English, so that {mods} can read them.",
            "Keep {cs} short and to the point; anything over 300 words may not be published.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Removal from the group",
        ),
        (
            "A first breach will normally get a warning. A second may mean your {cs} are held for approval; a third, a ban.",
            "Serious breaches, such as threats or abuse, will lead to an immediate ban without warning.",
            "Banned members may appeal in writing to the chair of the society.",
            "Members who are removed from the group will not be re-admitted with a new account.",
            "We would rather not ban anyone, but we will if we have to.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety",
            "Is this advice?",
            "Your health",
            "Stay safe",
            "Not a substitute for professional advice",
        ),
        (
            "Nothing here is medical advice. Never change the timing or dose of Parkinson's medication without speaking to the specialist nurse or consultant.",
            "Do not post times or routes for entering the Exclusion Zone; follow the daily notices from the Montserrat Volcano Observatory.",
            "Nobody goes near the running line or climbs the box steps without a briefing, a hi-vis vest and the duty signalman's say-so.",
            "Weedkillers and sprays must be used as the label says. Do not recommend anything that is banned or unlicensed.",
            "Injuries at training should be reported to the coach on the mat, not discussed on the page; if in doubt, go to the minor injuries centre.",
        ),
    ),
    (  # elections
        ("Elections", "Political posts", "Campaigning", "During the election", "Can candidates post here?"),
        (
            "During the election period we will not publish {cs} from candidates or their agents about their own campaigns.",
            "Party political posts are not allowed in the group; we are a chorus, not a debating society.",
            "We may close {cs} on election stories in the final days before polling, as required by law.",
            "Candidates for the committee may post a short statement in the AGM thread, and nowhere else.",
            "Letters about the quorum court, the county judge or the election must be signed and reach us by noon Monday.",
        ),
    ),
)

# What readers send: (singular, plural). "comment" for most sites; the rest never say "comment".
COMMENT_WORDS_254: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_254: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("note", "notes"),
)

# Who looks after the site, as it reads mid-sentence.
MODERATORS_254: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admins",
    "our volunteer moderators",
    "the newsroom",
    "the group admins",
    "the web team",
    "the shop committee",
    "the forum team",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_254: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We want this to be a friendly, useful place for everyone, so we ask all members to keep to a few simple rules.",
    "These house rules were agreed by the committee and apply to everyone who posts here.",
    "By joining the group you agree to the following.",
    "We welcome {cs} from readers at home and across the diaspora, on these terms.",
    "A few ground rules, so the page stays a pleasant place to be.",
)

# Closing lines and sign-offs a site prints after its rules.
POLICY_CLOSINGS_254: tuple[str, ...] = (
    "Thank you for helping to keep the group friendly.",
    "Any questions, message one of the admins.",
    "Happy growing!",
    "Keep singing!",
    "Thanks for reading, and welcome aboard.",
    "These rules may be updated from time to time.",
    "The Editor",
)

# Titles a site prints over its rules.
POLICY_TITLES_254: tuple[str, ...] = (
    "House rules",
    "Group rules",
    "Forum guidelines",
    "Guidelines for {cs}",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the group",
    "Our {c} policy",
)

# British spellings used in the sentences above, and how an American site prints them.
AMERICAN_254: dict[str, str] = {
    "offence": "offense",
    "licence": "license",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "programme": "program",
    "judgement": "judgment",
    "centre": "center",
    "apologise": "apologize",
}

# Section lines a site may print part-way through its rules.
SECTION_LINES_254: tuple[str, ...] = (
    "Part 1: Posting",
    "Part 2: Conduct",
    "Section B \u2013 Behaviour",
    "General",
    "Members' conduct",
    "Content",
    "Other matters",
)

# Last-updated and review lines.
UPDATED_LINES_254: tuple[str, ...] = (
    "Last updated: 14 March 2024",
    "Last updated 2 September 2023.",
    "Reviewed by the committee at the AGM, October 2023.",
    "Updated January 2025",
    "Revised 11/06/2024",
    "Approved by the board of the co-operative, 2022.",
)

# Sign-off lines.
SIGNOFFS_254: tuple[str, ...] = (
    "\u2014 The Admin Team",
    "- Committee",
    "Posted by admin",
    "The Editor, on behalf of the newsroom",
    "Chorus Secretary",
    "Signed, the Welfare Officer",
)

# Words kept in lower case in title-case headings.
SMALL_WORDS_254 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "at", "for", "not", "or", "by", "is"})


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, index: int) -> str:
    """The list marker of one style for the item at ``index`` (from 1), with its trailing space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(index - 1) % 26]
    markers = {
        "number-stop": f"{index}. ",
        "number-bracket": f"{index}) ",
        "letter-bracket": f"({letter}) ",
        "letter": f"{letter}) ",
        "roman": f"{_roman(index)}. ",
        "roman-bracket": f"({_roman(index)}) ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "en-dash": "\u2013 ",
        "star": "* ",
        "rule-colon": f"Rule {index}: ",
        "rule-dash": f"Rule {index} \u2013 ",
        "section": f"{index}.1 ",
        "clause": f"\u00a7{index} ",
        "number-word": f"No. {index} ",
    }
    return markers[style]


def _title_case(heading: str) -> str:
    """``heading`` with every word capitalised except the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if i and word.lower() in SMALL_WORDS_254 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_254(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items.

    A site draws its word for what readers send (``comment`` three times in four, otherwise a word it uses instead)
    and who moderates; how many items (two to five for one site in five, otherwise six to sixteen), in table order or
    shuffled; one to three sentences an item; whether it prints headings, in sentence case, title case or capitals;
    whether a heading stands as a part of its own (bare, with a stop or with a colon) or runs in before the first
    sentence after a colon, stop or dash; an emphasis style for headings; a list marker (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers) or none; and by chance a section line part-way through, a
    last-updated line and a sign-off. Opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_254) if rng.random() < 0.75 else rng.choice(OTHER_WORDS_254)
    moderators = rng.choice(MODERATORS_254)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_254)), count)
    if rng.random() < 0.6:
        kinds.sort()

    heading_case = rng.choice(("sentence", "sentence", "title", "upper", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "number-stop",
            "number-stop",
            "number-bracket",
            "letter-bracket",
            "letter",
            "roman",
            "roman-bracket",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule-colon",
            "rule-dash",
            "section",
            "clause",
            "number-word",
        )
    )
    if heading_case == "upper" and emphasis:
        emphasis = ""

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_254[kind]
        chosen = [fill(sentence) for sentence in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        marker = _marker(marker_style, index) if marker_style else ""
        if heading_case == "none":
            chosen[0] = marker + chosen[0]
            items.append(("", *chosen))
            continue
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if heading_place.startswith("own"):
            suffix = {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            items.append((marker + heading + ("" if question else suffix), *chosen))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[heading_place]
            items.append(("", marker + heading + (" " if question else joiner) + chosen[0], *chosen[1:]))

    if len(items) >= 6 and rng.random() < 0.2:
        items.insert(rng.randint(1, len(items) - 1), (rng.choice(SECTION_LINES_254), ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_254))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGNOFFS_254)))

    intros = [fill(line) for line in POLICY_INTROS_254]
    closings = [fill(line) for line in POLICY_CLOSINGS_254]
    titles = [fill(line) for line in POLICY_TITLES_254]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_254)
