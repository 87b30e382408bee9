"""The ``reworded-244`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Falkland Islands news, Dorset papers, Mississippi delta weeklies, judo clubs, photographic societies,
COPD forums, village hall committees, airfield heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds a site's policy is made of, in the order most sites print them: each is (headings, sentences).
# Placeholders: {c} {cs} {C} {Cs} for the site's word for what readers send, {mods} for who looks after the site.
REWORDINGS_244: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy costs nothing",
            "How should I treat other members?",
            "Respect",
            "Keep it friendly",
            "Personal attacks",
        ),
        (
            "Please be courteous to other readers, even when you disagree strongly with them.",
            "Play the ball, not the player: criticise the argument, never the person making it.",
            "We expect the same respect for one another here that we show our partners on the mat.",
            "This is a small town, and the person you are arguing with may well sit behind you in church on Sunday.",
            "Many of our members live with a long-term lung condition and some days are harder than others, so a "
            "kind word goes a long way.",
        ),
    ),
    (  # hatred and discrimination
        ("Hate speech", "No discrimination", "Is there anything we will never publish?", "Equality", "Racism"),
        (
            "We will not publish anything racist, sexist or homophobic, or anything that attacks people for their "
            "religion, disability or age.",
            "Abuse aimed at any group, whether islanders, contract workers, Saints or visitors, has no place here.",
            "Stirring up racial or religious hatred is a criminal offence under the Public Order Act 1986, and such "
            "material will be passed to the police.",
            "The club follows the British Judo equality policy, and discriminatory remarks online are treated "
            "exactly as they would be in the dojo.",
            "Slurs, stereotypes and so-called jokes at the expense of anyone's race or faith will be deleted, "
            "however they are dressed up.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Can I share someone's phone number?",
            "Keep personal details private",
            "Other people's details",
            "Photographs of people",
        ),
        (
            "Do not post anyone's address, telephone number or email address, and that includes your own.",
            "If you want to contact another member privately, use the private message button rather than putting "
            "your details in a public {c}.",
            "Please ask before sharing pictures in which members of the public can be recognised, especially "
            "street photography taken in Dorchester or Weymouth.",
            "Do not name nurses, consultants or other patients, and think twice before sharing details of your own "
            "health that you may later wish you had kept to yourself.",
            "Registrations of privately owned aircraft visiting the airfield, and the names of their owners, should "
            "not be posted without the owner's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "Who is the welfare officer?",
            "Juniors",
            "Can I post pictures of children?",
        ),
        (
            "No photographs of junior members may be posted without written consent from a parent or guardian.",
            "Any worry about the welfare of a child should be taken to the club welfare officer, not raised in a "
            "public thread.",
            "Do not identify children by their full names in {cs}, captions or grading results.",
            "Where we believe someone may be at risk we may share information with the appropriate authorities, "
            "as set out in our safeguarding policy.",
            "Adult members must not contact juniors through this site or social media except by way of their parents.",
        ),
    ),
    (  # moderation delays
        (
            "When will my {c} appear?",
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Please be patient",
        ),
        (
            "Every {c} is read by {mods} before it goes live, which can take a while outside office hours.",
            "Our newsroom is small, and {cs} sent at the weekend may not appear until Monday morning.",
            "{Cs} sent late in the evening will usually be approved the following morning, Stanley time.",
            "Moderation is done by volunteers, so please allow a day or two for your {c} to be checked.",
            "Sending the same {c} several times will not make it appear any faster.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "What should I post about?", "Relevance"),
        (
            "Please keep your {cs} relevant to the story you are responding to.",
            "Kit swaps and lift shares to competitions belong on the noticeboard, not in the results threads.",
            "Threads about hall bookings are not the place to air unrelated grievances with the parish council.",
            "If a discussion wanders, {mods} may move it to a more suitable section or close it altogether.",
            "Questions about a particular image should go in the critique gallery rather than the general chat.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Can I promote my business?",
            "Selling and commercial posts",
            "Links",
            "Spam and self-promotion",
        ),
        (
            "Commercial advertising is not allowed; if you want to promote a business, please call our advertising "
            "department.",
            "Links to websites selling inhalers, oxygen equipment or so-called miracle cures will be removed without "
            "exception.",
            "Members may sell their own second-hand camera gear in the For Sale section, but dealers must ask first.",
            "Chain letters, money-making schemes and repeated links to the same website will be treated as spam.",
            "Hirers may post details of a public event at the hall once, and no more than a fortnight in advance.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Usernames", "Who can post?", "One account each", "Real names, please"),
        (
            "{Cs} must carry your full name and the town or settlement where you live, even if you ask us to "
            "withhold them.",
            "Each person may have one account only, and duplicate accounts will be closed.",
            "Do not pretend to be someone else, including club officials, coaches or members of our staff.",
            "Usernames that are offensive or contain a web address will not be accepted.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt", "Is it legal?", "Legal matters", "Court cases", "Defamation"),
        (
            "Do not post anything defamatory, that is, an untrue claim that damages someone's reputation.",
            "Once a person has been charged, nothing may be said that could prejudice a fair trial, and {cs} on "
            "court reports will usually be switched off.",
            "Whoever writes a {c} can be held responsible for it in law, as well as the site that publishes it.",
            "In Mississippi, as anywhere else, you can be sued for what you write, so stick to what you know to be "
            "true.",
            "Cases before the Magistrate's Court or the Supreme Court in Stanley must not be discussed in a way that "
            "could affect their outcome.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Whose picture is it?",
            "Images and copyright",
            "Can I post photos I found online?",
            "Using other people's work",
        ),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Copyright in every competition entry stays with the photographer, and images may not be copied or "
            "reused without permission.",
            "Please do not paste whole articles from other papers; a short quotation and a link are enough.",
            "Scans from the museum's archive may be shared for personal interest but must not be reproduced "
            "commercially.",
            "By sending us a {c} you give us a licence to publish it in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How do I report a {c}?", "Report abuse", "Seen something wrong?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, please use the report link beneath it rather than replying.",
            "Complaints can be emailed to the editor, quoting the headline and the date of the article.",
            "Reports are anonymous and {mods} will look at every one, though we cannot always reply individually.",
            "Please do not feed the trolls; report them and let {mods} deal with it.",
            "Any member upset by something they have read can speak in confidence to a member of the committee.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "The editor's discretion", "Committee decisions", "Who decides?", "Editing"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "{mods} may remove anything they judge unsuitable, and their decision is final.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The committee may change these rules at any time, and the current version will always be on this page.",
            "We cannot enter into correspondence about {cs} that have not been published.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Accuracy", "Tell us"),
        (
            "If you think we have got something wrong, email the newsroom so it can be checked and put right, "
            "rather than pointing it out in the {cs}.",
            "Have a story for us? Ring the office, or drop it in at Ross Road.",
            "We follow the Editors' Code of Practice and will correct significant errors as quickly as we can.",
            "Results, grading successes and club news can be sent to the secretary for the website.",
            "News from anywhere in the county, from Lyme Regis to Gillingham, is always welcome at the newsdesk.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Watch your language", "Is swearing allowed?"),
        (
            "Swearing is not allowed, and that includes words with letters replaced by asterisks.",
            "This is a family newspaper, and everything on it should be fit to be read by anyone in the county.",
            "Please do not type in capital letters, which reads as shouting.",
            "Text-speak and long strings of emojis are hard to read for members using screen readers.",
            "Crude or sexual language will be removed, as will links to anything of the kind.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Breaking the rules",
        ),
        (
            "Members who break these rules will normally get a warning before their account is suspended.",
            "Repeated or serious breaches will lead to a permanent ban without further notice.",
            "Misconduct online may be dealt with under the club's disciplinary procedure, just as misconduct at "
            "training would be.",
            "We may block the IP addresses of anyone who tries to get round a ban.",
            "A ban applies to the person, not the account, and new accounts set up by banned users will be removed.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Is this medical advice?", "Talk to your GP", "Health information", "Safety first"),
        (
            "Nothing posted here replaces advice from your GP, respiratory nurse or consultant.",
            "Never change your medication or your oxygen settings because of something you have read on this forum.",
            "If you are struggling to breathe, call 999 straight away rather than posting about it here.",
            "Throws and strangles shown in videos should only be practised under a qualified coach at a "
            "registered club.",
            "Nobody may climb on or into an airframe or exhibit without a supervisor present.",
        ),
    ),
    (  # elections and politics
        ("Elections", "Political posts", "During an election", "Can I campaign here?", "Candidates"),
        (
            "During an election, {cs} from candidates or their agents must say so plainly.",
            "In the run-up to a Legislative Assembly election we will not publish anonymous campaigning of any kind.",
            "The hall is a registered charity and cannot be used for party-political campaigning, online or off.",
            "Supervisors, aldermen and candidates for county office are fair game for criticism, but not for "
            "personal abuse.",
            "{Cs} on election stories may be closed on polling day.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural): most say "comment"; the rest never do.
COMMENT_WORDS_244: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_244: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as it would be named in the middle of a sentence.
MODERATORS_244: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the news team",
    "the committee",
    "the club secretary",
    "the forum team",
    "the admin team",
    "the web team",
    "our volunteer moderators",
    "the hall committee",
    "the society's web officer",
    "the newsdesk",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_244: tuple[str, ...] = (
    "Please read these rules before posting.",
    "These guidelines apply to everyone who takes part in discussions on this site.",
    "By posting on this site you agree to the following.",
    "We welcome {cs} from readers, but we ask you to follow a few simple rules.",
    "Our forum is a friendly place, and we want to keep it that way.",
    "The committee has agreed the following rules for the noticeboard.",
    "A few house rules, for the benefit of all members.",
    "We are glad to hear from you. Before you send us a {c}, please take a minute to read this.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_244: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Any questions? Email the editor.",
    "Thanks, and happy posting!",
    "If in doubt, leave it out.",
    "These rules were agreed by the committee and are reviewed every year at the AGM.",
    "Thank you for reading, and for your {cs}.",
    "Breathe easy, and look after each other.",
)

# Titles a site may print above its rules.
POLICY_TITLES_244: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard rules",
    "{C} guidelines",
    "Terms of use",
    "Forum etiquette",
    "Our rules",
    "Guidelines for {cs}",
    "Rules for {cs}",
)

# British spellings used in the sentences above -> American, for sites that print the latter.
AMERICAN_244: dict[str, str] = {
    "criticise": "criticize",
    "offence": "offense",
    "recognised": "recognized",
    "licence": "license",
    "practise": "practice",
    "behaviour": "behavior",
}

# How headings are cased: as written, title case, or capitals.
HEADING_CASES_244: tuple[str, ...] = ("sentence", "title", "capitals")

# Small words left in lower case by title case.
TITLE_SMALL_WORDS_244: frozenset[str] = frozenset(
    ("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with")
)

# How a heading standing as a part of its own ends.
HEADING_ENDS_244: tuple[str, ...] = ("", ".", ":")

# How a heading run in before the sentence after it is joined to that sentence.
RUN_IN_JOINS_244: tuple[str, ...] = (": ", ". ", " - ", " \u2013 ", " \u2014 ")

# List marker styles real sites print before each item ("" for none).
MARKER_STYLES_244: tuple[str, ...] = (
    "",
    "number-stop",
    "number-bracket",
    "letter-bracketed",
    "letter-bracket",
    "roman",
    "bullet",
    "dash",
    "asterisk",
    "rule",
    "section",
    "paragraph-sign",
)

# Section lines a site may print to split its rules into parts.
SECTION_LINES_244: tuple[tuple[str, str], ...] = (
    ("General conduct", "Content"),
    ("Part 1 \u2013 Behaviour", "Part 2 \u2013 What you can post"),
    ("Section A: Conduct", "Section B: Moderation"),
    ("Be kind", "Be careful"),
)

# Last-updated lines, printed as the first or last item.
LAST_UPDATED_244: tuple[str, ...] = (
    "Last updated: 14 March 2023.",
    "Updated January 2025",
    "Rules revised by the committee, AGM 2022.",
    "Reviewed by the trustees, September 2024.",
    "Last updated 2/12/2024",
    "Effective from 1 April 2021.",
)

# Sign-offs a site may put under its rules.
SIGN_OFFS_244: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Hon. Secretary",
    "The Admin Team",
    "Sensei and the club committee",
    "The Trustees",
    "Forum Team",
)

# Lead-ins a site may put in front of one sentence to make it stand out.
EMPHASIS_LEADS_244: tuple[str, ...] = ("Please note: ", "IMPORTANT: ", "NB ", "Remember: ")


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int) -> str:
    """The list marker of ``style`` for item ``number`` (from 1), with the space after it; "" for no marker."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "": "",
        "number-stop": f"{number}. ",
        "number-bracket": f"{number}) ",
        "letter-bracketed": f"({letter}) ",
        "letter-bracket": f"{letter}) ",
        "roman": f"{_roman(number)}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "asterisk": "* ",
        "rule": f"Rule {number}: ",
        "section": f"3.{number} ",
        "paragraph-sign": f"\u00a7{number} ",
    }
    return markers[style]


def _title_case(text: str) -> str:
    """``text`` with each word capitalised except the small words after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in TITLE_SMALL_WORDS_244 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _cased(heading: str, case: str) -> str:
    """``heading`` in ``case``: as written, title case or capitals."""
    if case == "title":
        return _title_case(heading)
    if case == "capitals":
        return heading.upper()
    return heading


def _items_244(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its word for what readers send ("comment"
    for three sites in four, else post, message, reply, contribution or letter, never saying "comment" anywhere) and
    who moderates it; how many item kinds it prints (two to five for a fifth of sites, else six to sixteen), in table
    order or shuffled, and one to three sentences of each; whether it prints headings, and if so their case
    (sentence, title or capitals), whether they stand as a part of their own (bare, with a stop or a colon) or run in
    before the first sentence after a colon, stop or dash, and whether they are in bold asterisks; a list marker style
    (numbers, letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", section numbers, section signs) or none;
    and some printing habits: section lines splitting the rules in two, a last-updated line at the top or bottom, a
    lead-in such as "Please note:" on one sentence, and a sign-off. The opening, closing and title lines, American
    spelling and curly quotes are then added by ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = rng.choice(COMMENT_WORDS_244 if says_comment else OTHER_WORDS_244)
    moderators = rng.choice(MODERATORS_244)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    def allowed(lines: tuple[str, ...]) -> list[str]:
        return [filled(line) for line in lines if says_comment or "comment" not in line.lower()]

    kinds = list(REWORDINGS_244)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = rng.sample(kinds, count)
    else:
        kinds = sorted(rng.sample(kinds, count), key=REWORDINGS_244.index)

    has_headings = rng.random() < 0.75
    case = rng.choice(HEADING_CASES_244)
    run_in = rng.random() < 0.35
    heading_end = rng.choice(HEADING_ENDS_244)
    run_in_join = rng.choice(RUN_IN_JOINS_244)
    bold = rng.random() < 0.08
    marker_style = rng.choice(MARKER_STYLES_244) if rng.random() < 0.6 else ""
    most_sentences = rng.choice((1, 1, 2, 3))

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker(marker_style, number)
        if not has_headings:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = _cased(filled(rng.choice(headings)), case)
        question = heading.endswith("?")
        if not run_in and not question:
            heading += heading_end
        if bold:
            heading = f"**{heading}**"
        if run_in:
            join = " " if question else run_in_join
            items.append(("", marker + heading + join + chosen[0], *chosen[1:]))
        else:
            items.append((marker + heading, *chosen))

    if len(items) >= 4 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_244)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.12:
        lead = rng.choice(EMPHASIS_LEADS_244)
        item = list(rng.choice(items))
        index = items.index(tuple(item))
        plain = [part for part, text in enumerate(item) if part and text and (part >= 2 or item[0])]
        if plain:
            part = rng.choice(plain)
            sentence = item[part]
            item[part] = lead + (sentence if lead == "NB " else sentence[:1].lower() + sentence[1:])
            items[index] = tuple(item)
    if rng.random() < 0.15:
        updated = ("", rng.choice(LAST_UPDATED_244))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_244)))

    intros = allowed(POLICY_INTROS_244)
    closings = allowed(POLICY_CLOSINGS_244)
    titles = allowed(POLICY_TITLES_244)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_244)
