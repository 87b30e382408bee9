"""The ``reworded-133`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: South African community papers, Lake District papers, Nevada mining-town weeklies, netball leagues,
family-history societies, school-governor networks, Crohn's and colitis forums, classic-car clubs.

Written blind: from how such sites word and print their comment policies, forum rules, codes of conduct, house
rules and posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop; a question or an exclamation keeps its mark, and every
#: kind has a question) and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the
#: site's word for what readers send. Written in British (and South African) spelling; a document may print it in
#: American spelling (``AMERICAN_133``).
REWORDINGS_133 = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Treat others with respect",
            "Keep it friendly",
            "Can I criticise another member?",
            "Be kind!",
        ),
        (
            "Disagree as much as you like, but do it without insulting anyone.",
            "Personal attacks on other members, players, umpires or staff will be removed.",
            "Criticise ideas and decisions, never the people behind them.",
            "Remember that the people you are replying to are neighbours, volunteers and fellow enthusiasts.",
            "Sarcasm and point-scoring rarely read well on a screen, so think twice before you press send.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Racism and discrimination", "Respect diversity", "Is this hate speech?", "Zero tolerance"),
        (
            "{Cs} that attack people because of their race, ethnicity, religion, gender, sexuality or disability "
            "will be deleted.",
            "Racist language, including slurs spelt with symbols or in another language, is not tolerated.",
            "We will not publish anything that incites violence or hatred against any group.",
            "Stereotyping whole communities, cultures or nationalities is not acceptable.",
            "Jokes that rely on someone's religion, colour or disability are not welcome either.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Living people",
            "Can I post someone's details?",
            "Data protection",
            "Privacy",
        ),
        (
            "Never post phone numbers, email or home addresses, yours or anyone else's.",
            "Do not publish details of living people without their consent, including names and dates from recent "
            "records.",
            "Under the Protection of Personal Information Act we may remove any {c} that discloses another person's "
            "personal information.",
            "Please don't share private messages or emails in public without the sender's permission.",
            "Photographs of identifiable people should only be posted with their agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Children and young players",
            "Who can I talk to about a concern?",
            "Pupils and staff",
        ),
        (
            "Do not name or describe pupils, or post anything that could identify a child at a particular school.",
            "Photos of junior players may only be shared with written consent from a parent or guardian.",
            "If you are worried about a child's safety, contact the club welfare officer or the police, not the forum.",
            "Governors must not discuss individual staff or pupil cases on this network.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and may be passed to the "
            "relevant authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How long does moderation take?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so please be patient at weekends and over the holidays.",
            "A new member's first few {cs} are held for approval.",
            "{Cs} left after 5pm on a Friday may not be published until Monday morning.",
            "Posting the same {c} again will not make it appear any faster.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is it relevant?", "Use the right section", "Off-topic {cs}"),
        (
            "Please keep your {cs} relevant to the article above.",
            "Post in the section that best fits your question, and search before starting a new thread.",
            "Party-political arguments are not what this forum is for, however strongly you feel.",
            "{Cs} that drift away from the subject may be moved or removed without notice.",
            "Please don't hijack another member's thread with an unrelated query.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and for-sale posts", "Can I advertise my business?", "Links and promotion"),
        (
            "Commercial advertising is not allowed, and cars and parts for sale belong in the classifieds section.",
            "Spam, chain letters and unsolicited promotions will be deleted and the account closed.",
            "Do not promote remedies, supplements or diets that claim to cure a condition.",
            "Links to your own business, website or social media page are only allowed with a moderator's permission.",
            "Members offering paid research services must contact the committee first.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Use your real name", "One member, one account", "Usernames", "Why do I have to register?"),
        (
            "Please register with your real name, as anonymous {cs} are not published.",
            "Each member may hold one account, and accounts must not be shared.",
            "Usernames that are offensive or impersonate another person will be changed or removed.",
            "Do not claim to speak for a school, club, society or newspaper unless you are authorised to do so.",
            "You are responsible for everything posted from your account.",
        ),
    ),
    (  # the law
        ("Keep it legal", "Defamation", "The law", "Could I be sued?", "Court cases", "Sub judice"),
        (
            "Do not make allegations against named people or businesses that you cannot prove.",
            "You are legally responsible for what you post, and a defamatory {c} can lead to action against you.",
            "Do not discuss court cases that are still under way, or speculate about the guilt of anyone charged.",
            "{Cs} must comply with the Press Code, and complaints may be taken to the Press Ombud.",
            "We will co-operate with the police and the courts if asked to identify someone who has broken the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and images",
            "Can I post a newspaper cutting?",
            "Transcriptions and records",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Transcriptions of parish registers and census returns may be subject to copyright, so credit your source.",
            "Quote briefly and give a link rather than copying whole articles.",
            "By posting a photograph you give the club permission to reproduce it in the club magazine.",
            "Material posted in breach of copyright will be removed at the owner's request.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the Report link under any {c} that you think breaks these rules.",
            "Please report problems to the moderators rather than replying to them in the thread.",
            "Email the editor if you believe a {c} is defamatory or inaccurate, quoting the page it appeared on.",
            "Reports are confidential, and every one is read by a member of the team.",
            "Don't feed the trolls: report them and move on.",
        ),
    ),
    (  # editor's discretion
        (
            "Our right to edit",
            "Editor's discretion",
            "The moderators' decision",
            "Can you change what I wrote?",
            "We reserve the right",
        ),
        (
            "We reserve the right to edit, shorten or remove any {c} without giving a reason.",
            "The editor's decision on whether to publish a {c} is final.",
            "Moderators may lock a thread that has run its course or turned sour.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "The committee may amend these rules at any time, and changes will be announced on the forum.",
        ),
    ),
    (  # corrections and news tips
        ("Got a story?", "News tips", "Corrections", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If you have a news tip, please email the newsroom rather than leaving it in the {cs}.",
            "If you spot an error in one of our stories, contact the editor so that it can be corrected.",
            "Corrections are not made through the {cs} section.",
            "Results, fixture changes and match reports should be sent to the league secretary for publishing.",
            "Letters for the print edition can be sent to the editor and must include your name and suburb.",
        ),
    ),
    (  # language
        ("Mind your language", "No swearing", "Write clearly", "Which language can I use?", "Capitals and text speak"),
        (
            "Swearing and crude language, including words disguised with symbols, will be removed.",
            "Please don't type in capital letters, because it reads as shouting.",
            "{Cs} should be in English so that all members and the moderators can read them.",
            "Avoid text speak and abbreviations that newcomers may not understand.",
            "Keep it family-friendly, as many of our readers are young players and their parents.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Breaking the rules",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Banned members who register again under another name will be removed again.",
            "We will block the accounts of readers whose {cs} are repeatedly abusive.",
            "Abusive behaviour towards moderators is treated as a serious breach.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Advice at your own risk",
            "Should I change my medication?",
            "Safety first",
        ),
        (
            "Nothing posted here is medical advice, so speak to your IBD nurse, GP or consultant before changing your "
            "treatment.",
            "Share your own experience, but remember that what worked for you may not suit someone else.",
            "Technical advice from members is offered in good faith and followed at your own risk.",
            "If you are in severe pain, bleeding heavily or running a high temperature, seek urgent medical help "
            "instead of posting.",
            "Old mine workings are dangerous, so never enter them, whatever you read here.",
        ),
    ),
    (  # whose views
        ("Disclaimer", "Views expressed", "Whose opinion is it?", "Responsibility", "Accuracy"),
        (
            "Views expressed in {cs} are those of individual members and not of the society or its committee.",
            "The newspaper does not endorse the opinions of readers who post here.",
            "We cannot vouch for the accuracy of information posted by members.",
            "Nothing posted on this network represents the official view of any governing board or local authority.",
            "Information shared here is no substitute for guidance from your clerk or the local authority.",
        ),
    ),
    (  # confidentiality
        (
            "Confidentiality",
            "Keep it confidential",
            "What can I share from meetings?",
            "Confidential business",
            "What's said here stays here",
        ),
        (
            "Do not post confidential items from governing board meetings, including anything minuted as part two.",
            "Discuss issues in general terms, without naming your school where that could identify anyone.",
            "Information shared in the members' area must not be copied to public sites or social media.",
            "Respect the confidentiality of anyone who shares their story with the group, including their diagnosis.",
            "Club business discussed in committee stays in committee until the minutes are published.",
        ),
    ),
)


#: A small picture some forums print before each kind's heading, in table order.
EMOJI_133 = (
    "\U0001f91d",  # handshake
    "\U0001f6ab",  # no entry sign
    "\U0001f512",  # lock
    "\U0001f9d2",  # child
    "\u23f3",  # hourglass
    "\U0001f3af",  # target
    "\U0001f4e2",  # loudspeaker
    "\U0001f464",  # bust
    "\u2696\ufe0f",  # scales
    "\U0001f4f7",  # camera
    "\U0001f6a9",  # flag
    "\u270f\ufe0f",  # pencil
    "\U0001f4f0",  # newspaper
    "\U0001f5e3\ufe0f",  # speaking head
    "\u26d4",  # no entry
    "\U0001fa7a",  # stethoscope
    "\u2139\ufe0f",  # information
    "\U0001f910",  # zipped mouth
)


POLICY_TITLES_133 = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Code of conduct",
    "Forum Rules - please read before posting",
    "Rules for {cs}",
    "Message board rules",
    "Netiquette",
    "Our {cs} policy",
    "Reader {cs}: the rules",
    "Before you post",
    "Terms of participation",
)


POLICY_INTROS_133 = (
    "Everyone is welcome to join in, but please follow these rules.",
    "By posting you agree to the rules below.",
    "This forum is run by volunteers, so please help them by reading these rules before you post.",
    "We want our {cs} sections to be a place for friendly, informed debate.",
    "The following rules apply to all {cs} on this site.",
    "Please take a minute to read our house rules.",
    "To keep the forum a supportive place for everyone, we ask members to stick to a few simple rules.",
)


POLICY_CLOSINGS_133 = (
    "These rules may be updated from time to time.",
    "Last updated: March 2025.",
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the forum administrators.",
    "Happy posting!",
    "The committee's decision on any matter of moderation is final.",
    "Please also read our full terms and conditions and privacy policy.",
    "Enjoy the forum, and drive safely!",
)


#: British spellings in the lists above and their American forms (a reworded-133 document prints one or the other).
AMERICAN_133 = {
    "criticise": "criticize",
    "neighbours": "neighbors",
    "colour": "color",
    "spelt": "spelled",
    "authorised": "authorized",
    "co-operate": "cooperate",
    "behaviour": "behavior",
}


#: The site's word for what readers send, where it is not "comment" (singular, plural).
WORDS_133 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)


_SMALL = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"}
_ONES = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
_ROMANS = (*_ONES, "x", *("x" + one for one in _ONES), "xx")


#: How a site marks its items: ``{n}`` the number, ``{l}``/``{L}`` a letter, ``{r}``/``{R}`` a roman numeral,
#: ``{s}`` the number of the section the rules sit in (a constitution's or handbook's clause); "" none.
MARKERS_133 = (
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "#{n}",
    "Rule {n}:",
    "Rule {n} \u2013",
    "RULE {n}.",
    "No. {n}",
    "[{n}]",
    "{s}.{n}",
    "{s}.{n}.",
    "{l}.",
    "{l})",
    "({l})",
    "{L}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "\u00bb",
    "\u25ba",
    "\u2714",
    "\u25aa",
)


def _title(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_133(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-133 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_133``); how
    many item kinds (two to four for a quarter of sites, else six to all eighteen), in the table's order (0.5) or
    shuffled; the most sentences an item prints (one, two or three; each item draws how many up to that, kept in the
    table's order), as parts of their own or run into one part (0.35); where the headings go: none (0.15), on a
    part of their own (0.28, then nothing, a stop, a colon or a dash), run in before the first sentence (0.33, after
    a colon, a stop or a dash), a bold lead-in lost in scraping (0.05: the heading in capitals and a space), in
    square brackets before the first sentence (0.05), in forum BBCode (0.07, ``[b]``/``[u]``, on their own part or
    run in, a ``[*]`` list marker at times), or as an FAQ (0.07: the kind's question on its own part, "Q:"/"A:"
    pairs at times, numbered or not); the headings' case (as in the table, title case, capitals, lower case), a question heading
    preferred where the kind has one (0.2); a small picture before each heading (0.08); the items' marker
    (``MARKERS_133``, one or two spaces after it) before the heading on its own part, else before the first
    sentence; later sentences under a heading on its own part sub-marked at times (0.25); the last of several
    sentences led by "Note:" or "Please note:" now and then (0.1 of sites, 0.4 of their items); then ``_furnish``'s
    opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_133)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_133))
    picked = rng.sample(range(len(REWORDINGS_133)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.35
    draw = rng.random()
    if draw < 0.15:
        place = "none"
    elif draw < 0.43:
        place = "own"
    elif draw < 0.76:
        place = "run"
    elif draw < 0.81:
        place = "lead"
    elif draw < 0.86:
        place = "bracket"
    elif draw < 0.93:
        place = "bbcode"
    else:
        place = "faq"
    after = rng.choice(("", "", ".", ":", ":", " \u2013"))
    joint = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    case = rng.choice(("as", "as", "as", "title", "title", "caps", "lower"))
    if place == "lead":
        case = "caps"
    if place == "faq" and case == "lower":
        case = "as"
    questions = place == "faq" or rng.random() < 0.2
    qa = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("", ""))) if place == "faq" else ("", "")
    tag = rng.choice(("b", "b", "u"))
    bb_own = rng.random() < 0.5
    pictures = place not in ("none", "faq") and rng.random() < 0.08
    marker = rng.choice(MARKERS_133)
    if place == "faq":
        marker = rng.choice(("", "", "", "{n}.", "{n})", "#{n}"))
    if place == "bbcode" and rng.random() < 0.4:
        marker = "[*]"
    gap = "  " if rng.random() < 0.15 else " "
    section = rng.randint(2, 12)
    own_head = place in ("own", "faq") or (place == "bbcode" and bb_own)
    sub = rng.choice(("- ", "* ", "\u2022 ", "\u2013 ", "roman")) if own_head and rng.random() < 0.25 else ""
    noting = rng.random() < 0.1
    note = rng.choice(("Note: ", "Please note: ", "NB: "))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_133[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title(heading)
        elif case == "caps":
            heading = heading.upper()
        elif case == "lower":
            heading = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
        if pictures:
            heading = f"{EMOJI_133[index]} {heading}"
        marked = heading.endswith(("?", "!"))
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if noting and len(parts) > 1 and rng.random() < 0.4:
            parts[-1] = note + parts[-1]
        if joined:
            parts = [" ".join(parts)]
        head = ""
        if place == "own":
            head = heading if marked else heading + after
        elif place == "run":
            parts[0] = heading + (" " if marked else joint) + parts[0]
        elif place == "lead":
            parts[0] = heading + " " + parts[0]
        elif place == "bracket":
            parts[0] = f"[{heading}] {parts[0]}"
        elif place == "bbcode":
            if bb_own:
                head = f"[{tag}]{heading}[/{tag}]"
            else:
                parts[0] = f"[{tag}]{heading}[/{tag}] {parts[0]}"
        elif place == "faq":
            head = qa[0] + heading
            parts[0] = qa[1] + parts[0]
        if sub and len(parts) > 1:
            parts = [(f"({_ROMANS[i]}) " if sub == "roman" else sub) + part for i, part in enumerate(parts)]
        if marker:
            letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
            shown = marker.format(
                n=number,
                l=letter,
                L=letter.upper(),
                r=_ROMANS[number - 1],
                R=_ROMANS[number - 1].upper(),
                s=section,
            )
            if head:
                head = shown + gap + head
            else:
                parts[0] = shown + gap + parts[0]
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_133],
        [fill(line) for line in POLICY_CLOSINGS_133],
        [fill(line) for line in POLICY_TITLES_133],
        AMERICAN_133,
    )
