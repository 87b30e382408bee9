"""The ``reworded-131`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: New Zealand regional papers, Isle of Man papers, West Virginia coalfield weeklies, darts leagues,
bird-ringing groups, housing-estate forums, adult ADHD forums, agricultural-show societies.

Written blind: from how such sites word and print their posting rules, forum and board rules, letters guidance,
group rules and community guidelines, without reading the cleaner's code, its docs or reports, nor the other
families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_131``).
REWORDINGS_131 = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Respect other members",
            "Play the ball, not the player",
            "Can I disagree with other members?",
            "Be kind, be patient",
        ),
        (
            "Debate the issue, not the person: {cs} that insult, belittle or goad other readers will be taken down.",
            "Banter about last week's match is part of the game, but it stops short of abusing players, captains or "
            "their families.",
            "Everyone here has lost keys, missed deadlines or forgotten appointments, so please never mock anyone "
            "for a late reply or a rambling {c}.",
            "Disagree all you like with the council, the developer or the management company, but keep it polite "
            "with your neighbours on here.",
            "Treat other readers with the same courtesy you would show them face to face in your own town.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for racism",
            "Respect for everyone",
            "What counts as hate speech?",
            "No bigotry",
        ),
        (
            "We will remove any {c} that attacks people because of their race, ethnicity, religion, gender, "
            "sexuality, disability or age.",
            "Racist, sectarian or homophobic remarks, including so-called jokes, will lead to an immediate ban.",
            'Sneering at people from across the water, or at "come-overs", does nobody any credit and will be removed.',
            "{Cs} that stir up hostility against any group of people may break New Zealand law and will not be "
            "published.",
            "Jokes that use ADHD, autism or mental illness as an insult have no place here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal information",
            "Don't share personal details",
            "Keep nest sites private",
            "Can I name my neighbour?",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, registration plate or photos of their house, even if you "
            "think everyone on the estate already knows them.",
            "Never give the exact location of a Schedule 1 species' nest or roost; the nearest 10 km square is plenty.",
            "Do not publish private messages, emails or texts without the sender's permission.",
            "Think twice before sharing details of your own health, work or money, as this forum can be read by "
            "anyone, including your employer.",
            "{Cs} naming children, or people who are not in the public eye, may be removed to protect their privacy.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "If you are in crisis",
            "Looking after each other",
            "Are you worried about someone?",
            "Children and young people",
            "Need help now?",
        ),
        (
            "This forum is not watched around the clock; if you or someone else is in immediate danger, please call "
            "the emergency services rather than posting here.",
            "If you are struggling or having thoughts of suicide, you can call or text 1737 at any time to talk to a "
            "trained counsellor for free.",
            "Samaritans can be reached free, day or night, on 116 123.",
            "Junior members' photos and full names must not be posted without written consent from a parent or "
            "guardian.",
            "If a {c} worries you, tell the moderators, who follow our safeguarding policy and may pass concerns on "
            "to the right agency.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Moderation times",
            "{Cs} are checked before they go live",
        ),
        (
            "All {cs} are read by a member of the newsroom before publication, so there may be a delay, especially "
            "overnight and at weekends.",
            "Our moderators are volunteers with jobs, families and nets to put up, so please allow up to 48 hours "
            "for your {c} to be approved.",
            "{Cs} from new members are held back until the first few have been approved.",
            "We close {cs} on stories about court cases, deaths and other sensitive matters, and may lock a thread "
            "at any time.",
            "Sending the same {c} again will not speed things up and may land it in the spam filter.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Right board, right thread",
            "Where should I post this?",
            "Stick to the subject",
        ),
        (
            "Please keep to the subject of the story; general grumbles about the council belong in a letter to the "
            "editor.",
            "Fixtures, results and averages go in the relevant division's board, not in general chat.",
            "Use the sightings board for sightings and the ringing board for ringing matters; threads in the wrong "
            "place will be moved or locked.",
            "Questions about the schedule, classes and entries go in the Show section, and the Trade Stands board "
            "is for exhibitors only.",
            "Before starting a new thread, check whether your question has already been answered.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "No self-promotion",
            "Commercial posts",
        ),
        (
            "{Cs} promoting products, services, websites or fundraising pages will be removed without notice.",
            "Local tradespeople may post once a month in the Recommendations thread; anything else counts as "
            "advertising.",
            "Selling, swapping or giving away prescription medication is strictly forbidden, and will be reported.",
            'Links to coaching, supplements or "miracle" focus products are treated as spam, and the account will '
            "be banned.",
            "Second-hand boards, flights and shafts may be offered in the For Sale section only, with a price and a "
            "location.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Your account",
            "Who can join?",
            "Registration",
            "Do I have to use my real name?",
        ),
        (
            "{Cs} must carry your full name and the town you live in; we do not publish anonymous {cs}.",
            "You may use a nickname, but the admins must be able to see your real name and the street you live on.",
            "Each member may hold one account; duplicate accounts will be deleted along with the original.",
            "Registration is open to players from affiliated teams; please give your team and division when you "
            "sign up.",
            "Please don't choose a username that impersonates another person, a business or a member of staff.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Court cases",
            "Legal",
            "Contempt of court",
            "Could my {c} get me sued?",
        ),
        (
            "Do not say anything about a person that you could not prove in court; you, and we, can be sued for "
            "defamation.",
            "Never name anyone whose identity is protected by a suppression order, or hint at who they might be.",
            "Once someone has been charged, {cs} about their guilt or innocence could prejudice a trial and will not "
            "be published.",
            "This site is governed by the laws of the Isle of Man, and we will co-operate with the police where the "
            "law requires it.",
            "Claims of wrongdoing against coal operators, county officials or anyone else must be backed up by "
            "facts, not rumour.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Don't copy and paste",
            "Whose photo is it?",
            "Sharing articles",
            "Can I post a photo?",
        ),
        (
            "Only post photos you took yourself or have permission to use, and credit the photographer.",
            "Please post a link and a short quote rather than pasting whole articles from other websites.",
            "By sending us a {c}, you give us the right to publish it in print and online and to edit it for length.",
            "Photographs of birds in the hand may be used in the group's annual report unless you tell us otherwise.",
            "Photographs taken by the society's official photographer remain the society's copyright and must not "
            "be reposted without permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flag it, don't fight it",
            "How do I report a {c}?",
            "Report, don't reply",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Please don't feed the trolls; report the {c} and move on.",
            "If something on the site upsets you, email the editor with a link to the {c} and a short explanation.",
            "Reports are confidential, and the member you report will not be told who flagged them.",
            "Using the report button to settle scores will itself be treated as a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The editor's decision",
            "Moderators' discretion",
            "Why was my {c} removed?",
            "Our right to remove {cs}",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The moderators' decision on whether a {c} stays up is final, and we will not enter into correspondence "
            "about it.",
            "We may remove {cs} that do not break a particular rule if they spoil the tone of the discussion.",
            "The committee may change these rules at any time, and the latest version will be pinned at the top of "
            "this board.",
            "Publishing a {c} does not mean the paper agrees with it; the views expressed are the writer's own.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Tell us",
            "Is something wrong in this story?",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than leaving a {c}, so we "
            "can look into it quickly.",
            "Corrections are printed on page 2 of the following week's edition and noted at the foot of the story "
            "online.",
            "If you have a news tip, ring the newsroom or use the form on our contact page; we will protect your "
            "identity if you ask.",
            "Results posted here are provisional until the league secretary confirms them; send any corrections to "
            "the secretary, not the board.",
            "Errors in the published prize list should be reported to the show office within 14 days of the show.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "No swearing",
            "Watch the language",
            "Is swearing allowed?",
            "Write clearly",
        ),
        (
            "Swearing, including words with letters swapped for asterisks, will get your {c} removed.",
            "Please write in English or te reo Māori so the moderators can read your {c}.",
            "{Cs} written all in capitals read as shouting and are hard to follow, so please avoid them.",
            "Please break long {cs} into short paragraphs; many of us find a wall of text impossible to read.",
            "Keep it family-friendly: juniors and their parents read this board too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
        ),
        (
            "Breaking these rules will normally earn a warning first, then a temporary suspension, then a permanent "
            "ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Anyone who is banned and comes back under a new name will be removed again and their IP address blocked.",
            "Members suspended from the board may also be referred to the league committee for disciplinary action.",
            "If you think a ban was unfair, you may appeal once, in writing, to the admin team.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Advice",
            "Health and safety",
            "Is this professional advice?",
            "Take care",
            "Talk to your prescriber",
        ),
        (
            "Members share their own experiences, not medical advice; always speak to your GP or prescriber before "
            "changing your medication.",
            "Never advise anyone on doses, or on how to get medication without a prescription.",
            "Nothing posted here replaces proper training: do not catch or handle wild birds without a licence and "
            "a trainer.",
            "Advice from other residents on repairs, boundaries or service charges is given in good faith and is "
            "not legal advice.",
            "Do not post instructions for anything that could put people, animals or property at risk.",
        ),
    ),
    (  # disputes and decisions
        (
            "Results disputes",
            "Judges' decisions",
            "Disputes",
            "Can I challenge a result?",
            "League matters",
            "Complaints about judging",
        ),
        (
            "Disputes over results, scoring or eligibility must go to the league secretary in writing, not onto the "
            "forum.",
            "Judges' decisions are final, and criticism of named judges or stewards will be removed.",
            "Please don't air a complaint about a fellow exhibitor online; speak to the show secretary on the day or "
            "write to the committee.",
            "Accusations of cheating against named players will be removed; raise any concerns with the committee.",
            "Rows between neighbours should be taken offline, as the admins cannot settle boundary or parking "
            "disputes.",
        ),
    ),
)
#: A title some sites print above the policy.
POLICY_TITLES_131 = (
    "House rules",
    "Forum rules",
    "Community guidelines",
    "{C} policy",
    "Board rules",
    "Posting guidelines",
    "Before you post",
    "Guidelines for {cs}",
    "Group rules",
    "Rules for using this forum",
    "Reader {cs}: our rules",
    "Terms of use",
)
#: An opening line some sites print above the items.
POLICY_INTROS_131 = (
    "Kia ora, and thanks for joining the conversation.",
    "We want this to be a friendly place for everyone who lives on the estate.",
    "Please read these rules before posting; by posting, you agree to them.",
    "This board is run by volunteers from the league committee, so please help us keep it a good place to talk darts.",
    "We welcome readers' {cs} on our stories, provided they follow these guidelines.",
    "The society welcomes members' {cs}, subject to the following.",
    "This is a peer-support community for adults with ADHD, run by members for members.",
)
#: A closing line some sites print below the items.
POLICY_CLOSINGS_131 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules were last reviewed by the committee in March 2024.",
    "The full terms and conditions are linked at the foot of this page.",
    "Questions about these rules can be sent to the editor at the address on our Contact Us page.",
    "Good ringing, and thank you for sending in your records.",
    "Ngā mihi nui from the moderation team.",
    "Any queries should be directed to the show secretary.",
)
#: British spellings in the table and the lines above, and how an American site prints them.
AMERICAN_131 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "licence": "license",
    "counsellor": "counselor",
    "criticise": "criticize",
    "organise": "organize",
    "apologise": "apologize",
    "offence": "offense",
    "colour": "color",
    "favour": "favor",
}
#: The words a site that never says "comment" uses for what readers send.
WORDS_131 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)
#: The items' markers as such sites print them: ``{n}`` number, ``{a}``/``{A}`` letter, ``{r}``/``{R}`` roman.
MARKERS_131 = (
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "•",
    "*",
    "-",
    "–",
    "#{n}",
)
#: Markers some sites print before each of an item's sentences, under a heading on its own part.
SUBMARKERS_131 = ("•", "-", "–", "*", "o", ">")
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_131(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-131 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_131``); how
    many item kinds (two to five for 0.25 of sites, else seven to all seventeen), in the table's order (0.5) or
    shuffled; how many sentences an item may print (up to one, two or three, each item drawing its own count, kept in
    the table's order), printed as parts of their own or as one part (0.2); the headings: none (0.15), on their own
    part (0.3, followed by nothing, a stop or a colon), run in before the first sentence (0.3: a colon, a stop, a
    dash, or only a space after a heading in capitals), clause-numbered as a terms page prints them (0.15: "4." or
    "4.2" before a heading on its own part, and "4.1"/"4.2.1" or "(a)" before each sentence when there are two or
    more), or a question on its own part (0.1, the kind's question heading); the case: as written, title case,
    capitals or lower case (0.1); headings in html2text's bold ("**...**", 0.08); the items' marker
    (``MARKERS_131``, or "Rule {n}" and a colon, dash or stop for 0.1 of sites; numbers starting past 1 for 0.15 of
    numbered sites) before the item's first part; an item's sentences, when two or more, after a heading on its own
    part sometimes each marked (0.3, ``SUBMARKERS_131``); then ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_131)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_131))
    picked = rng.sample(range(len(REWORDINGS_131)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.2
    draw = rng.random()
    place = (
        "none"
        if draw < 0.15
        else "own"
        if draw < 0.45
        else "run"
        if draw < 0.75
        else "clause"
        if draw < 0.9
        else "question"
    )
    after = rng.choice(("", "", ".", ":"))
    case = rng.choice(("as", "as", "as", "title", "title", "caps")) if rng.random() >= 0.1 else "lower"
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — ") + ((" ",) if case == "caps" else ()))
    bold = place != "none" and rng.random() < 0.08
    rule = place != "clause" and rng.random() < 0.1
    rule_joint = rng.choice((": ", " – ", ". ", " - "))
    marker = "" if place == "clause" else rng.choice(MARKERS_131)
    start = rng.randint(2, 9) if rng.random() < 0.15 else 1
    section = rng.randint(2, 14) if rng.random() < 0.4 else 0
    clause_sub = rng.choice(("number", "number", "letter", ""))
    sub = rng.choice(SUBMARKERS_131) if place in ("own", "question") and rng.random() < 0.3 else ""

    items: list[tuple[str, ...]] = []
    for position, index in enumerate(picked, start=1):
        number = position + start - 1
        headings, sentences = REWORDINGS_131[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if place == "question" else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        elif case == "lower":
            heading = heading.lower().replace(" i ", " I ")
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined and place != "clause":
            parts = [" ".join(parts)]
        head = ""
        if place in ("own", "question", "clause"):
            head = heading if heading[-1] == "?" else heading + ("" if place == "clause" else after)
            if bold:
                head = f"**{head}**"
            if sub and len(parts) > 1:
                parts = [f"{sub} {part}" for part in parts]
        elif place == "run":
            lead = heading + ("" if heading[-1] == "?" or joint == " " else joint.rstrip())
            parts[0] = (f"**{lead}**" if bold else lead) + " " + parts[0]
        if place == "clause":
            label = f"{section}.{number}" if section else f"{number}."
            head = f"{label} {head}"
            if len(parts) > 1 and clause_sub:
                base = f"{section}.{number}" if section else str(number)
                parts = [
                    (f"{base}.{k}" if clause_sub == "number" else f"({_LETTERS[k - 1]})") + " " + part
                    for k, part in enumerate(parts, start=1)
                ]
            items.append((head, *parts))
            continue
        shown = ""
        if rule:
            shown = f"Rule {number}" + (rule_joint.rstrip() if head or place == "run" else ".")
        elif marker:
            letter = _LETTERS[position - 1]
            numeral = _roman(position)
            shown = marker.format(n=number, a=letter, A=letter.upper(), r=numeral, R=numeral.upper())
        if shown:
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_131],
        [fill(line) for line in POLICY_CLOSINGS_131],
        [fill(line) for line in POLICY_TITLES_131],
        AMERICAN_131,
    )
