"""The ``reworded-114`` family: posting rules as Zambian and Malawian English-language news sites, Shropshire and
Welsh Marches papers, Oregon high-desert weeklies, fencing clubs, basket-weaving guilds, lifeboat crews' supporters,
epilepsy support forums and Morris-dancing sides word and print them. Written blind: from how such sites put their
rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_114` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order a site tends to print them: (headings, sentences). Each sentence choice
#: is one sentence or two; a site may add a second choice of the same kind after it.
REWORDINGS_114 = (
    (  # civility
        (
            "Be kind",
            "Respect other members",
            "Keep it civil",
            "Debate the point, not the person",
            "Why does tone matter?",
            "Courtesy costs nothing",
        ),
        (
            ("Treat everyone here as you would in the club hall.", "Disagree if you must, but do it politely."),
            ("Be courteous to other readers, even when you strongly disagree with them.",),
            (
                "Personal attacks, name-calling and goading other members will not be tolerated.",
                "Criticise ideas, not people.",
            ),
            (
                "This group is run by volunteers for people who share an interest, and we ask everyone to be friendly "
                "and welcoming, especially to newcomers.",
            ),
            (
                "Robust debate is welcome on our pages, but {cs} that insult, belittle or threaten another reader will be taken down.",
            ),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribalism and regionalism",
            "Discrimination",
            "Zero tolerance for hate",
            "What counts as hate speech?",
            "No bigotry of any kind",
        ),
        (
            (
                "{Cs} that attack people on the basis of their tribe, region, race, religion, sex, disability or "
                "sexual orientation will be removed.",
            ),
            (
                "Tribal and regional insults have no place here.",
                "Readers who stir up hatred between communities will be blocked without warning.",
            ),
            (
                "We do not accept racist, sexist, homophobic or transphobic language of any kind, including so-called jokes.",
            ),
            (
                "Epilepsy is still surrounded by stigma and myths.",
                "Anything that mocks people with seizures, or with any other condition, will be deleted.",
            ),
            (
                "Discussion of the tradition's history, face paint and kit included, is welcome if it stays respectful.",
                "Abuse aimed at any side, dancer or musician is not.",
            ),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal information",
            "Don't share private details",
            "Can I name someone?",
            "Respect confidentiality",
        ),
        (
            (
                "Do not post anyone's phone number, home address, email address or other personal details, including your own.",
            ),
            (
                "What is shared in this group stays in this group.",
                "Please do not screenshot other members' {cs} or repeat them elsewhere.",
            ),
            (
                "Crew members volunteer in their own time, so please do not name them, tag them or share their "
                "photographs without permission.",
            ),
            (
                "Members often share details of their health here.",
                "Never pass on another member's medical information, and think carefully before sharing your own.",
            ),
            (
                "We will remove {cs} that identify private individuals, including children, victims of crime and "
                "people involved in court cases.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Photos of juniors",
            "Keeping young members safe",
            "Who do I tell about a safeguarding concern?",
            "Vulnerable members",
        ),
        (
            ("Do not post photographs of junior fencers without the written consent of a parent or guardian.",),
            (
                "If you are worried about the safety or welfare of a child or vulnerable adult, contact the club's "
                "welfare officer straight away rather than posting here.",
            ),
            (
                "Any {c} that raises a safeguarding concern will be passed to the right officer and, where necessary, "
                "to the police.",
            ),
            (
                "Members under 18 must not share their age, school or where they live.",
                "Adults must not send private messages to junior members.",
            ),
            (
                "We follow our national governing body's safeguarding policy.",
                "A copy is available from the secretary on request.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Our moderators are volunteers",
            "How long does approval take?",
        ),
        (
            (
                "All {cs} are checked by a moderator before they appear, so there may be a delay, particularly at "
                "weekends and on public holidays.",
            ),
            (
                "Our moderators are volunteers with jobs and families.",
                "Your {c} may take up to 48 hours to be approved.",
            ),
            (
                "New members' first few {cs} are held for review.",
                "Once you have posted a few times without problems, your {cs} will appear straight away.",
            ),
            ("We do not moderate overnight, so {cs} left after 10pm will not be seen until the following morning.",),
            ("Posting the same {c} again will not make it appear any faster and may get it marked as spam.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "What is this group for?",
            "Relevance",
            "Off-topic {cs}",
            "Keep it relevant",
        ),
        (
            ("Please keep {cs} relevant to the story you are responding to.",),
            (
                "This page is for news and fundraising from the station.",
                "{Cs} about other charities or unrelated causes will be removed.",
            ),
            ("This group is about willow, rush, cane and other basketry.", "General craft chat belongs elsewhere."),
            ("{Cs} that drag every discussion back to party politics will be removed.",),
            ("Off-topic {cs} may be moved to the general chat thread or deleted without notice.",),
        ),
    ),
    (  # advertising and spam
        (
            "No spam",
            "Advertising",
            "Selling and promotion",
            "Can I sell my work here?",
            "Fundraising requests",
            "No adverts, please!",
        ),
        (
            (
                "Do not use this space to advertise goods, services or websites.",
                "Links to loan offers, betting sites and get-rich-quick schemes will be deleted and the account blocked.",
            ),
            ("Members may offer their work for sale on the first Saturday of each month only, in the sales thread.",),
            (
                "Please do not promote cures, supplements or treatments for epilepsy.",
                "Such {cs} will be removed, however well meant.",
            ),
            ("Chain letters, pyramid schemes and repeated links will be treated as spam.",),
            (
                "Only official branch fundraising may be promoted here.",
                "Please ask an admin before sharing a collection or event of your own.",
            ),
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Accounts",
            "One account per person",
            "Impersonation",
            "Who can join?",
            "Usernames",
        ),
        (
            (
                "We ask readers to post under their real name.",
                "Letters and {cs} that are unsigned or use a pen name will not be published.",
            ),
            ("Each person may hold one account.", "Accounts set up to get round a ban will be closed."),
            ("Do not pretend to be another person, a public official or a member of our staff.",),
            ("Usernames must not be offensive or include a web address.",),
            ("Membership is approved by the admins, who may ask you a few questions before letting you in.",),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Is it legal?",
            "Libel and contempt",
        ),
        (
            (
                "You are legally responsible for what you post.",
                "Do not make allegations you cannot prove, as they could be defamatory.",
            ),
            (
                "Do not discuss ongoing court cases in a way that could prejudice a trial, and never name anyone who is "
                "entitled to anonymity.",
            ),
            (
                "{Cs} that break the Cyber Security and Cyber Crimes Act or any other law of Zambia will be removed "
                "and may be reported to the authorities.",
            ),
            (
                "We must comply with the laws of Malawi, including those on electronic communications, and will "
                "cooperate with lawful requests for information.",
            ),
            (
                "Anything that may be in contempt of court, breach a reporting restriction or encourage crime will be taken down.",
            ),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs",
            "Credit the maker",
            "Patterns and instructions",
            "Can I share someone else's photo?",
        ),
        (
            ("Only post photographs you took yourself or have permission to use, and credit the photographer.",),
            ("Do not copy whole articles from other newspapers into your {c}.", "A short quote and a link is fine."),
            ("Please credit the maker when you share a picture of a basket that is not your own.",),
            (
                "Workshop handouts and published patterns are the tutor's work.",
                "Do not post copies of them without permission.",
            ),
            ("By posting, you allow us to publish your {c} in print and online.",),
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            ("If you see a {c} that breaks these rules, use the report button rather than replying to it.",),
            (
                "Please report anything that concerns you to the admins.",
                "We cannot read everything, so we rely on members to let us know.",
            ),
            ("To complain about a {c}, email the web editor with a link to it and tell us why.",),
            ("Reports are confidential.", "The person you report will not be told who made the report."),
            ("Do not argue with a troll.", "Report it and move on."),
        ),
    ),
    (  # discretion
        (
            "Our right to remove",
            "Editor's decision",
            "Final say",
            "The admins' discretion",
            "Who decides?",
        ),
        (
            ("The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",),
            ("The admin team's decision is final.", "Please do not argue about moderation in the group."),
            (
                "We may close {cs} on any story at any time, particularly on stories about deaths, court cases or children.",
            ),
            ("Publishing a {c} does not mean we agree with it.", "The views expressed are those of the writer."),
            ("These rules may change from time to time, and the current version applies.",),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reporting",
        ),
        (
            (
                "If you think we have got something wrong, please email the newsdesk rather than posting a {c}, so we "
                "can put it right quickly.",
            ),
            ("Have a story for us?", "Ring the newsroom or send it to us through our website."),
            ("We are regulated by IPSO.", "Complaints about our journalism should go to the editor first."),
            ("Corrections are printed on page two of the next issue.",),
            (
                "News tips, photographs and event listings are welcome by email.",
                "We cannot always reply, but we read everything.",
            ),
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write in English",
            "No shouting",
            "Is swearing allowed?",
        ),
        (
            ("Please avoid swearing, including swear words with letters starred out.",),
            (
                "{Cs} in Chichewa, Bemba or other local languages may be held until a moderator who reads them is "
                "available.",
            ),
            ("Typing in capital letters is read as shouting.", "Please don't."),
            ("Keep it family friendly.", "Many of our members are young dancers and their parents."),
            ("Text speak and strings of emoji make {cs} hard to follow, so please write clearly.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Removal from the group",
        ),
        (
            ("Breaking these rules will usually get you a warning first.", "Repeat offenders will be removed."),
            ("We operate a three-strikes policy, but serious breaches may lead to an immediate ban.",),
            ("Banned users who return under a new name will be blocked again without notice.",),
            ("The admins may mute a member for a week while a complaint is looked into.",),
            ("Persistent trolling will see your account suspended and your {cs} deleted.",),
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "In an emergency",
            "Safety first",
            "Is this medical advice?",
            "Live rescues",
        ),
        (
            (
                "Members share their own experience, not medical advice.",
                "Never stop or change your medication without speaking to your doctor or epilepsy nurse.",
            ),
            ("If someone has a seizure that lasts more than five minutes, call 999 for an ambulance.",),
            (
                "If you see someone in difficulty at sea or on the coast, dial 999 and ask for the Coastguard.",
                "Do not post about it here first.",
            ),
            (
                "Please do not post about shouts while the crew are still at sea.",
                "Speculation can cause real distress to families.",
            ),
            (
                "Advice on equipment and technique given here is no substitute for a qualified coach, and all kit "
                "must meet current safety standards.",
            ),
        ),
    ),
    (  # politics and elections
        (
            "Politics",
            "Election period",
            "Party cadres",
            "Campaigning",
            "Can I post about the election?",
        ),
        (
            ("During the election period, {cs} that campaign for or against a candidate or party will be removed.",),
            (
                "Political debate is welcome, but do not post party slogans, pictures of regalia or the same "
                "message over and over.",
            ),
            ("Letters endorsing candidates must reach us by the Friday before the last issue ahead of the election.",),
            ("This is a non-political group.", "Please keep party politics out of it."),
            (
                "We will not publish claims about candidates' private lives, or allegations of vote rigging, that "
                "cannot be backed up.",
            ),
        ),
    ),
)

#: An opening line some sites print above their rules.
INTROS_114 = (
    "We welcome your {cs}, but please read these rules before you post.",
    "Thank you for joining in. To keep the discussion useful for everyone, we ask you to follow a few simple rules.",
    "Welcome to the group! Please take a minute to read our rules.",
    "These guidelines apply to every {c} posted on this site and on our social media pages.",
    "We want our page to be a friendly place for everyone who shares our love of the dance.",
    "{Cs} are moderated. By posting you agree to the following:",
    "Before you post, please note:",
)

#: A closing line some sites print under their rules.
CLOSINGS_114 = (
    "Thank you for helping to keep this a friendly place.",
    "Breaking these rules may lead to removal from the group. \u2014 The Admin Team",
    "Our full terms and conditions are on our website.",
    "Questions about these rules? Message one of the admins.",
    "Last updated: March 2024.",
    "Zikomo kwambiri for respecting one another.",
    "Stay safe, and thank you for supporting your lifeboat.",
    "We reserve the right to change these rules at any time.",
)

#: A title some sites print above their rules.
TITLES_114 = (
    "{C} policy",
    "House rules",
    "Group rules",
    "Community guidelines",
    "Posting guidelines",
    "Forum rules",
    "Before you post",
    "{C} rules",
    "Our rules",
    "Guidelines for readers' {cs}",
    "Forum etiquette",
    "Rheolau'r grŵp / Group rules",
    "Guidelines for members",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_114 = {
    "criticise": "criticize",
    "ring the newsroom": "call the newsroom",
    "family friendly": "family-friendly",
    "get round": "get around",
    "newsdesk": "news desk",
    "public holidays": "holidays",
}

#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_114 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_114 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"))
_NUMBER_WORDS_114 = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
)
#: Numbered shapes: "{n}" a digit, "{w}" a number in words, "{s}" a forum's section number (as "3.1", "3.2").
_NUMBERS_114 = (
    "{n}.",
    "{n}.",
    "{n}.",
    "{n})",
    "{n} -",
    "{n}/",
    "Rule {n}:",
    "Rule {n}.",
    "Rule #{n}",
    "No. {n}",
    "R{n}.",
    "Rule {w}:",
    "{s}.{n}",
    "{s}.{n}.",
)
_LETTERS_114 = ("{a})", "({a})", "{A}.", "{A})")
_ROMANS_114 = ("{r}.", "({r})", "{R}.", "{R} -")
_BULLETS_114 = ("\u2022", "\u2022", "-", "*", "\u25aa", "\u27a2", "\u2713", "\u2192", ">")
#: Emoji a club or group page puts before its rules: fencer, basket, purple heart, anchor, ring buoy, bell, flag.
_EMOJI_114 = ("\U0001f93a", "\U0001f9fa", "\U0001f49c", "\u2693", "\U0001f6df", "\U0001f514", "\U0001f6a9", "\u2705")
_SUBS_114 = ("-", "\u2013", "\u2022", "o")
_AFTER_OWN_114 = ("", "", "", ":", ".", "!")
_AFTER_RUN_IN_114 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ", " | ")


def _roman_114(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _title_case_114(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_114 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_114(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    roman = _roman_114(n)
    return (
        shape.replace("{n}", str(n))
        .replace("{w}", _NUMBER_WORDS_114[n - 1])
        .replace("{s}", str(section))
        .replace("{a}", letter)
        .replace("{A}", letter.upper())
        .replace("{r}", roman)
        .replace("{R}", roman.upper())
    )


def _worded_114(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [
        text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize()).replace("{cs}", cs).replace("{c}", c)
        for text in texts
    ]


def _items_114(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-114 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_114`); how many kinds
    (two to four with probability 0.2, else six to all seventeen), in the table's order (0.55) or shuffled; how
    headings print (on their own part 0.4, then nothing, a colon, a stop or "!" after them; run in before the first
    sentence 0.4 after a colon, a stop, a dash or a bar; none 0.2), in sentence case (0.5), title case (0.3) or
    capitals (0.2), wrapped in Markdown asterisks (0.06), and one item in twelve without its heading; a marker
    (none 0.3; numbers 0.32 in one of several shapes, words and forum section numbers among them; letters 0.07;
    roman numerals 0.06; bullets, symbols or emoji 0.25) before the item's first part, or on a part of its own, as
    a group page prints its rules (0.15); a second and third sentence marked as sub-points (0.1). Per item: one
    sentence choice, and with probability 0.2 another after it where the two make three sentences at most. Then
    :func:`._common._furnish` adds the opening, closing and title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_114)
    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_114))
    picked = rng.sample(range(len(REWORDINGS_114)), count)
    if rng.random() < 0.55:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.4 else "run-in" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_114)
    after_run_in = rng.choice(_AFTER_RUN_IN_114)
    roll = rng.random()
    case = "sentence" if roll < 0.5 else "title" if roll < 0.8 else "upper"
    bold = rng.random() < 0.06
    roll = rng.random()
    if roll < 0.3:
        shape = ""
    elif roll < 0.62:
        shape = rng.choice(_NUMBERS_114)
    elif roll < 0.69:
        shape = rng.choice(_LETTERS_114)
    elif roll < 0.75:
        shape = rng.choice(_ROMANS_114)
    else:
        shape = rng.choice(_BULLETS_114 + _EMOJI_114)
    section = rng.randint(1, 4)
    marker_alone = bool(shape) and rng.random() < 0.15
    sub = rng.choice(_SUBS_114) if rng.random() < 0.1 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_114[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.2:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) + len(other) <= 3:
                sentences += other
        sentences = _worded_114(sentences, c, cs)
        if sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        heading = "" if placing == "none" or rng.random() < 1 / 12 else _worded_114((rng.choice(headings),), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_114(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        asked = heading.endswith(("?", "!"))
        parts: list[str]
        if not heading:
            parts = ["", *sentences]
        elif placing == "own":
            heading = heading if asked else heading + after_own
            parts = [f"**{heading}**" if bold else heading, *sentences]
        else:
            heading = f"**{heading}**" if bold else heading
            joint = " " if asked else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_114(shape, n, section)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_114(INTROS_114, c, cs),
        _worded_114(CLOSINGS_114, c, cs),
        _worded_114(TITLES_114, c, cs),
        AMERICAN_114,
    )
