"""The ``reworded-118`` family: posting rules as Faroese and Shetland English-language news sites, Ayrshire papers,
Nebraska sandhills weeklies, handbell ringers' groups, orienteering clubs, home-educators' forums, diabetes
peer-support boards and vintage-tractor rallies word and print them. Written blind: from how such sites put their
rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_118` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order such a site tends to print them: (headings, sentences). Each sentence
#: choice is one sentence or two; a site may add a second choice of the same kind after it.
REWORDINGS_118 = (
    (  # civility
        ("Be kind", "Be civil to one another", "Respect", "Play the ball, not the player", "Is it kind?"),
        (
            ("Disagree by all means, but do it politely.", "Personal remarks about other members will be removed."),
            ("Please be courteous to other readers, even when you feel strongly about a story.",),
            (
                "Many of our members live with diabetes day in, day out and come here for support.",
                "Be gentle with them, and with yourself.",
            ),
            (
                "We are a small community where most folk know each other.",
                "Don't write anything here you wouldn't say to someone's face in the shop.",
            ),
            ("Name-calling, sneering and goading other members will not be tolerated.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for bigotry",
            "What counts as hate?",
            "Discrimination",
        ),
        (
            (
                "{Cs} that attack people for their race, religion, sex, sexuality, disability or nationality will be deleted.",
            ),
            (
                "We will not publish anything that stirs up hatred against any group.",
                "That includes incomers, visitors and seasonal workers.",
            ),
            ("Sectarian remarks, football chants included, have no place here.",),
            ("Racist, sexist, homophobic or transphobic language will see your account closed without warning.",),
            ("Running down whole communities, whether by country, county or creed, is not acceptable.",),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Should I share my address?",
            "Other people's information",
        ),
        (
            ("Do not post phone numbers, email addresses or home addresses, yours or anyone else's.",),
            (
                "Never share another member's personal details without their permission.",
                "That includes screenshots of private messages.",
            ),
            ("Please don't name or identify people who are not already named in the story.",),
            (
                "Think before sharing your own medical details.",
                "This board can be read by anyone, including employers and insurers.",
            ),
            ("Please blur the registration plates of other people's vehicles in any photographs you post.",),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping children safe",
            "Photos of children",
            "Can I post pictures of my kids?",
            "Juniors",
        ),
        (
            ("Do not post photographs of children other than your own.", "Even then, think about who might see them."),
            ("Never give out a child's full name, school or usual whereabouts.",),
            (
                "If you are worried about a child's safety, contact the police or social work directly.",
                "This forum is not the place to raise it.",
            ),
            (
                "Under-18s must not arrange to meet other members through the site.",
                "Contact with juniors goes through their parents or the club welfare officer.",
            ),
            ("Any {c} that raises a safeguarding concern will be passed to our designated safeguarding lead.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Volunteer moderators"),
        (
            (
                "All {cs} are read by a moderator before they go live.",
                "This can take several hours, and longer at weekends.",
            ),
            (
                "Our moderators are volunteers with day jobs.",
                "Please be patient if your {c} does not appear straight away.",
            ),
            ("{Cs} sent after the office closes on a Friday may not be approved until Monday morning.",),
            (
                "New members' first few {cs} are held for approval.",
                "Once you are established they will appear at once.",
            ),
            ("We are a small team in the islands, so {cs} left overnight are checked in the morning.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the thread", "Stick to the subject", "Is this the right board?", "Off-topic posts"),
        (
            ("Please keep your {cs} relevant to the article you are responding to.",),
            ("Start a new thread rather than taking an existing one off in another direction.",),
            ("General chat belongs in the Off Topic section, not in the technical boards.",),
            ("Queries about results or course planning should go to the event organiser.",),
            (
                "{Cs} that drift away from the story will be removed.",
                "So will long-running arguments between the same two or three people.",
            ),
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and advertising", "Can I sell my tractor here?", "Commercial posts"),
        (
            (
                "Tractors, parts and implements for sale go in the Classifieds section only.",
                "Sale posts anywhere else will be moved or deleted.",
            ),
            ("Do not use your {cs} to advertise goods, services or websites.",),
            ("Traders who want to promote their business should contact us about advertising.",),
            ("Repeated links to the same website will be treated as spam.",),
            (
                "Please don't recommend or sell meters, supplements or miracle cures here.",
                "Members' wellbeing comes before anyone's commission.",
            ),
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "One person, one account", "Who can post?", "Usernames"),
        (
            ("We ask that you use your full name, as you would when writing a letter to the editor.",),
            (
                "Each member may hold one account.",
                "Second accounts used to dodge a ban will be closed along with the first.",
            ),
            ("Usernames must not impersonate another person, club or organisation.",),
            ("You must be registered and logged in to leave a {c}.",),
            ("Anonymous {cs} will not be published.", "Your name and town will appear beside your {c}."),
        ),
    ),
    (  # the law
        ("The law", "Contempt of court", "Defamation", "Legal matters", "What about court cases?"),
        (
            (
                "Do not speculate about the guilt of anyone facing criminal charges.",
                "Under Scots law this can amount to contempt of court.",
            ),
            ("{Cs} about live cases before the sheriff court will not be published.",),
            (
                "You are legally responsible for what you write.",
                "Do not post anything defamatory, that is, untrue and damaging to someone's reputation.",
            ),
            ("We will co-operate with the police and the courts where the law requires us to.",),
            ("Never say a named person has committed a crime unless they have been convicted of it.",),
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photographs and maps", "Can I share a scan?", "Respect copyright"),
        (
            ("Only post photographs you have taken yourself, or have permission to use.",),
            (
                "Do not copy and paste whole articles from other newspapers.",
                "Quote a line or two and link to the rest.",
            ),
            (
                "Please don't share scans of published handbell arrangements.",
                "Ask the publisher or the arranger first.",
            ),
            (
                "Orienteering maps are the copyright of the club that made them and must not be uploaded without permission.",
            ),
            ("By sending us photographs or text you allow us to publish them on the site and in print.",),
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            ("Use the Report link beneath any {c} that breaks these rules.",),
            ("If you see something that worries you, flag it rather than replying to it.",),
            ("Email the moderators with a link to the {c} and a brief reason.",),
            ("Don't feed the trolls.", "Report them and move on."),
            ("Reports are anonymous.", "The person you report will not be told who flagged them."),
        ),
    ),
    (  # the editor's discretion
        ("Our decision is final", "Editor's discretion", "The editor's call", "Final say", "Who decides?"),
        (
            ("The editor may remove any {c} for any reason, and need not explain why.",),
            ("We reserve the right to edit, shorten or decline any {c}.",),
            ("Publishing a {c} does not mean we agree with it.",),
            ("Moderators' decisions are final.", "Please do not argue about them in open threads."),
            ("We may close {cs} on any story, especially where a court case or a bereavement is involved.",),
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips"),
        (
            ("If you think we have got something wrong, email the newsdesk rather than leaving a {c}.",),
            ("Corrections are dealt with by the editor, not in the {cs}.",),
            (
                "Have a story for us?",
                "Phone or email the newsroom, as tips left in {cs} may be missed.",
            ),
            ("Rally dates and results for the calendar should be sent to the secretary, not posted here.",),
            ("We are glad to hear about errors and will put them right promptly.",),
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write in English", "What language should I use?"),
        (
            ("Please keep it clean.", "Swearing, disguised swearing included, will be filtered or removed."),
            ("{Cs} should be written in English so that all our readers can follow them.",),
            ("Scots and Shetland dialect are welcome, but abuse in any tongue is not.",),
            ("Please avoid writing in capitals, as it reads as shouting.",),
            ("Keep text-speak and abbreviations to a minimum, as not everyone will understand them.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
        ),
        (
            (
                "Members who break these rules will be warned first.",
                "A second breach may lead to a suspension or a ban.",
            ),
            ("We operate a three-strikes policy, though a serious breach will lead to an immediate ban.",),
            ("Persistent offenders will be banned without further notice.",),
            ("Banned users may not rejoin under another name.",),
            ("Suspensions usually last seven days.", "Appeals can be made by email to the site administrator."),
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Is this advice?",
            "Health and safety",
        ),
        (
            (
                "Nothing posted here is medical advice.",
                "Always speak to your diabetes team before changing your insulin or medication.",
            ),
            ("Members share their own experience, not professional guidance.",),
            ("Do not encourage anyone to stop taking prescribed medicine.",),
            (
                "Repair tips are shared at your own risk.",
                "Always follow the maker's safety guidance when working on machinery.",
            ),
            (
                "Event details posted by members are not official.",
                "Check the organiser's final details before travelling.",
            ),
        ),
    ),
    (  # others' choices
        (
            "Respect other families' choices",
            "Different approaches",
            "No one right way",
            "Is there a right way?",
            "Newcomers welcome",
        ),
        (
            ("Families home-educate in many different ways.", "Please respect choices that differ from your own."),
            ("Questions about pumps, diets or medication deserve answers, not lectures.",),
            ("Everyone here was a beginner once.", "Newcomers' questions are welcome, however basic."),
            ("Rivalry between makes is fine as banter, but keep it friendly.",),
            ("Share what works for you without telling others they are doing it wrong.",),
        ),
    ),
)


#: An opening line some sites print above their rules.
INTROS_118 = (
    "Our {cs} section is here for readers to discuss the news. Please read the rules below before posting.",
    "We welcome {cs} from readers in the islands and beyond.",
    "These rules apply to everyone who uses the forum, committee members included.",
    "Please take a moment to read our house rules before joining the discussion.",
    "By posting, you agree to the following.",
    "This board exists so that members can support one another. To keep it that way:",
)


#: A closing line some sites print under their rules.
CLOSINGS_118 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules were last updated in March 2024.",
    "If you have any questions about these rules, contact the moderators.",
    "Happy ringing!",
    "See you at the next rally.",
    "Full terms and conditions are available on our website.",
    "\u2014 The Editor",
)


#: A title some sites print above their rules.
TITLES_118 = (
    "House rules",
    "Forum rules",
    "Community guidelines",
    "{C} guidelines",
    "Posting guidelines",
    "Rules of the board",
    "Before you post",
    "Code of conduct",
    "Have your say: the rules",
)


#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_118 = {
    "organisation": "organization",
    "organiser": "organizer",
    "co-operate": "cooperate",
    "travelling": "traveling",
}


#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_118 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_118 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "my"))
_NUMBERS_118 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n}:",
    "{n} -",
    "Rule {n}:",
    "Rule {n}.",
    "#{n}",
    "\u00a7{n}",
    "{nn}.",
    "{nn}",
)
_LETTERS_118 = ("{a})", "({a})", "{A}.", "{a}.")
_ROMANS_118 = ("{r})", "({r})", "{R}.", "{r}.")
_BULLETS_118 = (
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u00b7",
    "\u25a0",
    "\u25ba",
    "\u2714",
    "\u25e6",
    "\u2192",
    "\U0001f514",
    "\U0001f69c",
    "\U0001f9ed",
    "\U0001f499",
)
_WRAPS_118 = ("**{}**", "[b]{}[/b]", "[B]{}[/B]", "[u]{}[/u]", "*{}*")
_SUBS_118 = ("-", "\u2013", "o", "\u25e6")
_AFTER_OWN_118 = ("", "", ":", ".")
_AFTER_RUN_IN_118 = (": ", ": ", ". ", " - ", " \u2014 ", " \u2013 ")


def _roman_118(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case_118(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_118 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_118(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_118(n)
    return shape.format(n=n, nn=f"{n:02d}", a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _worded_118(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_118(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-118 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_118`); how many kinds
    (two to four with probability 0.25, else six to all seventeen), in the table's order (0.5) or shuffled; how
    headings print (on their own part 0.35, then nothing, a colon or a stop after them; run in before the first
    sentence 0.45 after a colon, a stop, a hyphen or a dash; none 0.2), in sentence case (0.45), title case (0.3) or
    capitals (0.25), wrapped in a forum's bold or underline markup (0.1), and one item in ten without its heading;
    a marker (none 0.3; numbers 0.3 in one of several shapes; letters 0.08; roman numerals 0.07; bullets, symbols
    or emoji 0.25) before the item's first part, or on a part of its own (0.06); a terms-of-use site (0.08 of those
    with headings on their own part) numbers its headings "3." and each sentence under them "3.1", "3.2"; a second
    and third sentence marked as sub-points (0.1). Per item: one sentence choice, and with probability 0.2 another
    after it where the two make three sentences at most. Then :func:`._common._furnish` adds the opening, closing
    and title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_118)
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_118))
    picked = rng.sample(range(len(REWORDINGS_118)), count)
    if rng.random() < 0.5:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.35 else "run-in" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_118)
    after_run_in = rng.choice(_AFTER_RUN_IN_118)
    roll = rng.random()
    case = "sentence" if roll < 0.45 else "title" if roll < 0.75 else "upper"
    wrap = rng.choice(_WRAPS_118) if rng.random() < 0.1 else ""
    clauses = placing == "own" and rng.random() < 0.08
    roll = rng.random()
    if clauses or roll < 0.3:
        shape = ""
    elif roll < 0.6:
        shape = rng.choice(_NUMBERS_118)
    elif roll < 0.68:
        shape = rng.choice(_LETTERS_118)
    elif roll < 0.75:
        shape = rng.choice(_ROMANS_118)
    else:
        shape = rng.choice(_BULLETS_118)
    marker_alone = bool(shape) and rng.random() < 0.06
    sub = rng.choice(_SUBS_118) if not clauses and rng.random() < 0.1 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_118[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.2:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) + len(other) <= 3:
                sentences += other
        sentences = _worded_118(sentences, c, cs)
        if sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        heading = "" if placing == "none" or rng.random() < 0.1 else _worded_118((rng.choice(headings),), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_118(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if heading and wrap:
            heading = wrap.format(heading)
        parts: list[str]
        if clauses:
            sentences = [f"{n}.{k} {sentence}" for k, sentence in enumerate(sentences, 1)]
            parts = [f"{n}. {heading}" if heading else "", *sentences]
        elif not heading:
            parts = ["", *sentences]
        elif placing == "own":
            parts = [heading if question else heading + after_own, *sentences]
        else:
            joint = " " if question else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_118(shape, n)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_118(INTROS_118, c, cs),
        _worded_118(CLOSINGS_118, c, cs),
        _worded_118(TITLES_118, c, cs),
        AMERICAN_118,
    )
