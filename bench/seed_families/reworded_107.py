"""The ``reworded-107`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says what it was held out for).

Kinds of sites: Namibian and Botswanan English-language news, Isle of Man papers, Texas Panhandle weeklies, indoor
climbing walls, ceramics guilds, allotment societies, carers' support networks, amateur astronomy clubs.

Written blind: from how real sites of these kinds word and print their comment policies, forum rules, house rules
and posting guidelines, without reading the cleaner's code, its docs or its reports, nor other families'
sentences. Each document is one site: its kind (news or a club's forum) gives the words it uses for itself, its
staff, its organisation, its readers and the law it answers to, and a word for what readers send ({c} {cs} {C}
{Cs}: comment, post, message, reply or contribution; about a quarter of sites never say "comment"). Written in
British spelling; a Texas site prints American spelling always, any other by ``_furnish``'s draw.
"""

from __future__ import annotations

import random

from ._common import _american_with, _furnish

#: Per item kind: headings (a document picks one; printed without a stop: the site adds its own) and five
#: sentences, each standing alone (an item prints one to three of them, in this order). Placeholders: {c} {cs}
#: {C} {Cs} (the site's word for what readers send), {site} {Site}, {staff} {Staff}, {org} {Org}, {people}
#: {People}, {law}, {emergency}, {groups}, {Bigotry}.
REWORDINGS_107 = (
    (  # civility
        ("Be courteous", "Respect other {people}", "Play the ball, not the player", "Keep it civil", "Can I disagree?"),
        (
            "Disagree with an idea as strongly as you like, but never attack the person who holds it.",
            "Personal insults, name-calling and sneering at other {people} are not allowed.",
            "Treat others on {site} as you would if you were speaking to them face to face.",
            "Robust debate is welcome; bullying, belittling and goading are not.",
            "Please be patient with newcomers, who may not know the jargon or the history of a discussion.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Zero tolerance for prejudice", "Is it hateful?", "Respect for all"),
        (
            "{Cs} that attack people because of their {groups}, religion, sex, sexuality, disability or age will be"
            " removed.",
            "{Bigotry} have no place on {site}.",
            "We do not allow material that stirs up hatred of, or violence against, any group of people.",
            'Slurs, stereotypes and "jokes" aimed at a whole group count as hate speech here, however they are'
            " dressed up.",
            "Serious hateful {cs} will be passed to the police where {law} requires it.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep personal details private",
            "Privacy",
            "Should I post my phone number?",
        ),
        (
            "Do not post anyone's address, telephone number, email address or car registration, including your own.",
            "Never share details of another person's health, family or finances without their permission.",
            "Anything you post on {site} can be read by anyone, so think twice before saying where you live or work.",
            "Photographs showing people who can be recognised, their children or their homes need their consent.",
            "Personal details posted about someone else will be removed as soon as we are told about them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Keeping people safe",
            "Worried about someone?",
            "Children and young people",
        ),
        (
            "Do not name children under 16, or post pictures of them, without a parent's consent.",
            "If a {c} suggests that a child or a vulnerable adult is at risk, {staff} will pass it to the proper"
            " authorities.",
            "Never identify the victim of a sexual offence or a child involved in court proceedings.",
            "If you fear for someone's safety, call {emergency} first and tell {staff} afterwards.",
            "{Staff} may contact a member privately if a {c} suggests they are at risk of harm.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "How {cs} are checked",
            "Waiting for approval",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by {staff} before they appear, so there may be a delay.",
            "{Cs} sent in the evening or at weekends may not be approved until the next working day.",
            "Moderation is done by a small team, so please allow up to 48 hours for your {c} to be checked.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "Sending the same {c} again will not make it appear any sooner.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Relevance", "Is this the right place?"),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "Off-topic {cs} may be moved to a more suitable place or removed altogether.",
            "Start a new thread rather than taking someone else's discussion off in another direction.",
            "Party-political arguments are not what {site} is for, and such threads will be closed.",
            "Do not use a {c} on one subject to campaign about another.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Commercial {cs}"),
        (
            "Advertising, chain letters and repeated links to other websites will be deleted as spam.",
            "Businesses wishing to advertise should contact {org} directly.",
            "You may mention your own shop, studio or classes in your profile, but not in every {c}.",
            "Anything for sale belongs in the classifieds only, with a price and a rough location.",
            "Links to fundraising pages, petitions and surveys need the approval of {staff} first.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "One account each", "Your account", "Who can post?", "Registration", "Usernames"),
        (
            "You must register with a valid email address before you can post.",
            "We prefer you to use your real name; {cs} under obviously false names may not be published.",
            "Each person may hold only one account, and accounts may not be shared.",
            "Do not pretend to be someone else, including staff, committee members or public figures.",
            "You are responsible for everything posted under your username, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation",
            "Contempt of court",
            "Could this get us sued?",
            "The law",
        ),
        (
            "Do not post anything that is defamatory, threatening or otherwise against {law}.",
            "Do not accuse a named person of a crime unless they have been convicted of it.",
            "Once someone has been charged, do not discuss the evidence or their guilt until the case has ended.",
            "You may be held personally liable for what you post, and {org} will co-operate with any lawful request"
            " for your details.",
            "Allegations against named people or businesses will be removed, whether or not you believe them.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Whose picture is it?",
            "Posting other people's work",
            "Intellectual property",
        ),
        (
            "Only upload photographs and images that you took or made yourself, or that you have permission to use.",
            "Do not copy whole articles from other websites; quote a line or two and give a link instead.",
            "When you share a picture of someone else's work, name the maker and say where it was shown.",
            "By posting an image you allow {org} to show it on {site} and in its newsletters, with credit to you.",
            "Images or text posted in breach of copyright will be taken down when the owner asks.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Flagging", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it instead of replying.",
            "Reports go straight to {staff}, and the person you report is not told who reported them.",
            "Please do not argue with rule-breakers in public; report them and let {staff} deal with it.",
            "Reporting a {c} simply because you disagree with it wastes everyone's time.",
            "You can also email {staff} if a problem is urgent or concerns a private message.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The right to remove",
            "Who decides?",
            "Moderators' discretion",
        ),
        (
            "{Staff} may edit, refuse or remove any {c} without giving a reason.",
            "Decisions about what stays on {site} rest with {staff}, and we will not enter into correspondence"
            " about them.",
            "Publishing a {c} does not mean that {org} agrees with it.",
            "Threads that have run their course, or that attract repeated abuse, may be closed at any time.",
            "These rules may be updated from time to time, and the current version applies.",
        ),
    ),
    (  # corrections and news
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Errors and complaints", "Tell us"),
        (
            "If you think we have got something wrong, please email {staff} rather than posting a correction.",
            "Factual errors will be put right as soon as possible, and serious ones noted at the foot of the page.",
            "Have a story, a photograph or an event coming up? Send it to {staff}, who will be glad to hear from you.",
            "Complaints about our coverage should go through our complaints procedure and not be posted here.",
            "Results, reports and pictures for the newsletter are always welcome by email.",
        ),
    ),
    (  # language
        ("Mind your language", "No swearing", "Bad language", "Write clearly", "Why was my {c} held back?"),
        (
            "Swearing, including words with letters replaced by symbols, is not allowed.",
            "Please write in English so that everyone, {staff} included, can follow the discussion.",
            "Do not type in capital letters; it reads as shouting.",
            "An automatic filter catches some words, and {cs} containing them may be held back.",
            "Keep text-speak and abbreviations to a minimum, as not every reader will know them.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "Anyone who breaks these rules may receive a warning, and repeated breaches will lead to a suspension.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Banned users who come back under a new name will be removed again on sight.",
            "If you have been suspended, you may appeal by emailing {staff} within 14 days.",
            "Three warnings in a year mean a permanent ban from {site}.",
        ),
    ),
    (  # safety and advice
        ("Advice and safety", "Giving advice", "Safety first", "Is this advice reliable?", "At your own risk"),
        (
            "Advice shared here is given in good faith by other {people}; it is not professional advice, and you"
            " follow it at your own risk.",
            "If you are unsure whether something is safe, ask a qualified person before trying it.",
            "{Org} accepts no responsibility for loss, injury or damage arising from anything posted on {site}.",
            "Do not post advice that could put someone's health or safety at risk, even as a joke.",
            "In an emergency, call {emergency} rather than posting on {site}.",
        ),
    ),
)


#: One more item kind a site of each kind may print (probability 0.5): (headings, sentences) as above.
SITE_ITEMS_107 = {
    "news": (
        ("Letters to the editor", "Want to reach more readers?", "Write to us", "Print letters", "Opinion pieces"),
        (
            "{Cs} are not letters to the editor; to be considered for print, email the letters page with your full"
            " name and town.",
            "Letters for the print edition must carry the writer's name and a contact number, which will not be"
            " published.",
            "A selection of {cs} may be printed in the paper, edited for length.",
            "Anonymous letters will not be printed.",
            "Opinion pieces of up to 800 words may be sent to the editor for consideration.",
        ),
    ),
    "climbing": (
        ("Route setting and beta", "Spoilers", "Feedback on the sets", "Can I post beta?", "Competitions"),
        (
            "Please put a spoiler warning before posting beta for the current competition problems.",
            "Feedback on new sets is welcome, but keep it constructive; our setters read this page too.",
            "Questions about bookings, memberships or refunds should go to reception, not here.",
            "Do not post videos filmed at the wall that show other climbers without their agreement.",
            "Injuries and near misses must be reported to the staff on duty, not just posted online.",
        ),
    ),
    "ceramics": (
        ("Kilns and materials", "Glaze recipes", "Sharing recipes", "Is this glaze food safe?", "Selling work"),
        (
            "Share glaze recipes freely, but say where a recipe came from if it is not your own.",
            "Advice on food safety, lead and firing must be checked against the supplier's data sheets before you"
            " rely on it.",
            "Members may offer work for sale in the marketplace thread once a month.",
            "Please do not criticise another member's work unless they have asked for feedback.",
            "Questions about kiln bookings and studio access should go to the studio manager.",
        ),
    ),
    "allotments": (
        (
            "Plot matters",
            "Disputes between plot holders",
            "Pests and chemicals",
            "Can I complain about a neighbour's plot?",
            "Seed swaps",
        ),
        (
            "Complaints about another plot, including weeds, bonfires or boundaries, must go to the committee in"
            " writing.",
            "Do not name or photograph another member's plot in order to criticise it.",
            "Advice on pesticides and weedkillers must follow the society's rules and the product label.",
            "Seed and plant swaps are welcome, but produce may not be sold for profit on {site}.",
            "Lost keys, gate codes and security worries should go to your site rep, never onto {site}.",
        ),
    ),
    "carers": (
        (
            "Confidentiality",
            "The person you care for",
            "Medical advice",
            "Are you in crisis?",
            "Protecting the person you care for",
        ),
        (
            "Please respect the privacy of the person you care for, and leave out anything that would identify them.",
            "What is shared here stays here, so do not copy other members' {cs} elsewhere.",
            "Members cannot give medical advice; check any change to care or medication with a GP, nurse or"
            " pharmacist.",
            "If you are in crisis, please call Samaritans on 116 123 or the emergency services on 999.",
            "The online team is not there around the clock and cannot respond to emergencies.",
        ),
    ),
    "astronomy": (
        ("Solar observing", "Safety with the Sun", "Observing sites", "Can I share the dark site?", "Imaging"),
        (
            "Never advise anyone to look at the Sun through any instrument without a certified full-aperture solar"
            " filter.",
            "Do not publish the location or gate code of the club's dark site; ask the committee for them.",
            "When posting images, give the equipment used and the date, and say if the image is not your own.",
            "Observing reports and clear-sky alerts are welcome; please keep arguments about equipment brands"
            " friendly.",
            "Kit sold through the classifieds is a matter between buyer and seller, and {org} takes no responsibility.",
        ),
    ),
}


#: Each kind of site: the words it uses for itself (a document draws one of each).
SITES_107 = {
    "namibia": {
        "groups": ("race, tribe, ethnicity",),
        "Bigotry": ("Tribalism, racism and xenophobia",),
        "site": ("this website", "our website", "our online edition"),
        "staff": ("the editor", "the online editor", "our moderators", "the news desk"),
        "org": ("the newspaper", "the paper", "this publication"),
        "people": ("readers",),
        "law": ("Namibian law", "the laws of Namibia"),
        "emergency": ("the police on 10111", "the emergency services"),
    },
    "botswana": {
        "groups": ("race, tribe, ethnicity",),
        "Bigotry": ("Tribalism, racism and xenophobia",),
        "site": ("this website", "our website", "our online edition"),
        "staff": ("the editor", "our online team", "the news desk"),
        "org": ("the newspaper", "the paper", "this publication"),
        "people": ("readers",),
        "law": ("the laws of Botswana", "Botswana law"),
        "emergency": ("the police on 999", "the emergency services"),
    },
    "isle of man": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("this site", "our website"),
        "staff": ("our moderators", "the editor", "the digital team"),
        "org": ("the paper", "the newspaper"),
        "people": ("readers",),
        "law": ("Manx law", "the law of the Isle of Man"),
        "emergency": ("999", "the emergency services"),
    },
    "texas": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("our website", "this site"),
        "staff": ("the editor", "the publisher", "our staff"),
        "org": ("the paper", "the newspaper"),
        "people": ("readers",),
        "law": ("Texas or federal law", "state or federal law"),
        "emergency": ("911",),
    },
    "climbing": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("the forum", "our community page", "this group"),
        "staff": ("the moderators", "the wall team", "our staff"),
        "org": ("the centre", "the wall"),
        "people": ("members", "climbers"),
        "law": ("the law", "UK law"),
        "emergency": ("999", "the emergency services"),
    },
    "ceramics": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("the forum", "the members' area", "the guild's group"),
        "staff": ("the committee", "the moderators", "the forum admins"),
        "org": ("the guild",),
        "people": ("members",),
        "law": ("the law",),
        "emergency": ("999", "the emergency services"),
    },
    "allotments": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("the forum", "the noticeboard", "the society's website"),
        "staff": ("the committee", "the site reps", "the moderators"),
        "org": ("the society", "the association"),
        "people": ("members", "plot holders"),
        "law": ("the law",),
        "emergency": ("999", "the emergency services"),
    },
    "carers": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("the forum", "the online community", "this group"),
        "staff": ("the moderators", "our online team", "the community team"),
        "org": ("the network", "the charity"),
        "people": ("members", "carers"),
        "law": ("the law", "UK law"),
        "emergency": ("999", "the emergency services"),
    },
    "astronomy": {
        "groups": ("race, ethnicity, nationality",),
        "Bigotry": ("Racism, sexism and homophobia",),
        "site": ("the forum", "the club's message board", "this group"),
        "staff": ("the moderators", "the committee", "the forum admins"),
        "org": ("the club", "the society"),
        "people": ("members",),
        "law": ("the law",),
        "emergency": ("999", "the emergency services"),
    },
}

NEWS_107 = ("namibia", "botswana", "isle of man", "texas")

#: What readers send, singular and plural: a news site says "comment" with probability 0.85, a club's 0.7.
OTHER_WORDS_107 = {
    "news": (("reply", "replies"), ("contribution", "contributions"), ("post", "posts")),
    "club": (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions")),
}


#: Titles, opening and closing lines (placeholders as above); a club's closings add its own sign-off.
POLICY_TITLES_107 = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Online conduct policy",
    "Before you post",
    "Code of conduct",
    "Netiquette",
    "Guidelines for {people}",
)

POLICY_INTROS_107 = (
    "{Cs} are welcome, but please read these rules before you post.",
    "We want {site} to be a friendly and useful place for everyone.",
    "By posting on {site} you agree to the following.",
    "The following rules apply to everything posted on {site}.",
    "{Org} welcomes your views, within a few simple rules.",
    "Please take a minute to read our guidelines.",
)

POLICY_CLOSINGS_107 = (
    "Thank you for helping to keep {site} a pleasant place to be.",
    "Questions about these rules can be sent to {staff}.",
    "These rules were last reviewed in March 2025.",
    "Happy posting!",
    "Our full terms of use apply as well as these rules.",
)

SIGN_OFFS_107 = {
    "climbing": ("Happy climbing!", "See you on the wall."),
    "ceramics": ("Happy potting!",),
    "allotments": ("Happy growing!", "Happy gardening!"),
    "carers": ("Take care of yourselves.", "Look after yourself."),
    "astronomy": ("Clear skies!", "Clear skies, everyone."),
}


#: British spellings in the lists above and their American forms.
AMERICAN_107 = {
    "recognised": "recognized",
    "co-operate": "cooperate",
    "criticise": "criticize",
    "neighbour": "neighbor",
    "centre": "center",
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
}


_SMALL = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "with", "at", "by", "not"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_ROMAN += ("xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) or not word else word[0].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _marker(style: str, n: int) -> str:
    """The marker a site prints before its ``n``-th item (from 1) in one style."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _ROMAN[(n - 1) % len(_ROMAN)]
    shapes = {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "Rule 1:": f"Rule {n}:",
        "Rule 1.": f"Rule {n}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
    }
    return shapes.get(style, style)  # a bullet prints as itself


def _items_107(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-107 policy. Draws a kind of site (its words; "comment" or another word for what readers send), a
    count of items (two to four 0.25, five to eleven 0.6, else twelve to sixteen) from ``REWORDINGS_107``, in the table's order
    (0.5) or the drawn one, and the site's own item (0.5: at the end 0.6, else anywhere); one to three sentences an item
    (by the site's own weights), joined into one part (0.3). The site's printing: no headings at all (0.15) or a heading
    missing now and then (0.08); headings as written, in title case or in capitals, in asterisks (0.08); on their own
    part with a stop, a colon or nothing, or run in before a colon, stop or dash (0.45); a question heading as "Q:" with
    "A:" before its answer (0.1); markers numbered, lettered, roman, "Rule N", bulleted, numbered as clauses ("3." then
    "3.1" a sentence, or "3." for one paragraph) or none, from 1 or a later number, now and then alone on a part or
    followed by a no-break space; or each sentence bulleted under its heading. Then ``_furnish`` (its opening, closing
    and title lines; a club's closings add its sign-off), and American spelling for a Texas site."""
    kind = rng.choice(tuple(SITES_107))
    news = kind in NEWS_107
    words = {key: rng.choice(values) for key, values in SITES_107[kind].items()}
    if rng.random() < (0.85 if news else 0.7):
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(OTHER_WORDS_107["news" if news else "club"])
    words.update(c=c, cs=cs)
    for key in ("c", "cs", "site", "staff", "org", "people"):
        words[key[0].upper() + key[1:]] = words[key][0].upper() + words[key][1:]

    def fill(text: str) -> str:
        return text.format(**words)

    # what the site prints
    r = rng.random()
    count = rng.randint(2, 4) if r < 0.25 else rng.randint(5, 11) if r < 0.85 else rng.randint(12, 16)
    chosen = rng.sample(range(len(REWORDINGS_107)), count)
    if rng.random() < 0.5:
        chosen.sort()
    kinds = [REWORDINGS_107[i] for i in chosen]
    if rng.random() < 0.5:
        own = SITE_ITEMS_107["news" if news else kind]
        kinds.insert(len(kinds) if rng.random() < 0.6 else rng.randint(0, len(kinds)), own)
    weights = rng.choice(((6, 3, 1), (3, 5, 2), (2, 3, 5), (1, 0, 0)))
    joined = rng.random() < 0.3

    # how the site prints it
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "as", "title", "title", "caps"))
    starred = rng.random() < 0.08
    run_in = rng.random() < 0.45
    stop = rng.choice(("", "", ".", ":"))
    sep = rng.choice((": ", ": ", ". ", " - ", " – ", " — "))
    qa = not run_in and rng.random() < 0.1
    style = rng.choice(
        (
            *("none", "none", "none", "1.", "1.", "1)", "(1)", "1 -", "Rule 1:", "Rule 1.", "a)", "(a)", "A.", "i."),
            *("(i)", "I.", "•", "•", "-", "*", "–", "·", "o", "»", "▪", "clause", "sentence bullets"),
        )
    )
    start = 1 if rng.random() < 0.8 else rng.randint(2, 9)
    alone = style not in ("none", "clause", "sentence bullets") and rng.random() < 0.1
    gap = "\u00a0" if rng.random() < 0.1 else " "
    bullet = rng.choice(("-", "•", "–", "*"))

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(kinds, start):
        how_many = rng.choices((1, 2, 3), weights)[0]
        picked = [fill(sentences[i]) for i in sorted(rng.sample(range(len(sentences)), how_many))]
        heading = "" if bare or rng.random() < 0.08 else fill(rng.choice(headings))
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "caps":
                heading = heading.upper()
            if qa and heading.endswith("?"):
                heading = "Q: " + heading
                picked[0] = "A: " + picked[0]
        if style == "sentence bullets" and heading and not run_in:
            picked = [f"{bullet} {sentence}" for sentence in picked]
        if joined:
            picked = [" ".join(picked)]
        if heading and not heading.endswith("?") and not run_in:
            heading += stop
        if heading and starred:
            heading = f"**{heading}**"
        if heading and run_in:
            parts = ["", heading + (" " if heading.endswith("?") else sep) + picked[0], *picked[1:]]
        else:
            parts = [heading, *picked]
        if style == "clause":  # "3." before the heading, "3.1" before the first sentence (a run-in heading with it)
            numbered = [f"{n}.{j}{gap}{part}" for j, part in enumerate((part for part in parts[1:] if part), 1)]
            if len(numbered) == 1 and not parts[0]:  # one paragraph: "3." alone
                numbered = [f"{n}.{gap}{parts[1]}"]
            parts = [f"{n}.{gap}{parts[0]}" if parts[0] else "", *numbered]
        elif style not in ("none", "clause", "sentence bullets"):
            mark = _marker(style, n)
            if alone:
                parts = [mark, *(part for part in parts if part)]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{mark}{gap}{parts[first]}"
        items.append(tuple(parts))

    closings = POLICY_CLOSINGS_107 + SIGN_OFFS_107.get(kind, ())
    items = _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_107],
        [fill(line) for line in closings],
        [fill(line) for line in POLICY_TITLES_107],
        AMERICAN_107,
    )
    if kind == "texas":
        items = [tuple(_american_with(AMERICAN_107, part) for part in item) for item in items]
    return items
