"""The ``reworded-205`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu and New Caledonia English news, Outer Hebrides ferry-port bulletins, North Dakota prairie
weeklies, canoe-polo clubs, lace-makers' guilds, tinnitus forums, sheltered-housing residents, heritage-tram friends.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
docs or reports, nor from the other families' sentences (of which only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (written in sentence case, without a stop: a site picks its case and placing),
#: and five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's
#: word for what readers send (singular, plural, and capitalised). Written in British spelling (``AMERICAN_205``).
REWORDINGS_205 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play nicely", "Keep it friendly", "Can I criticise someone?"),
        (
            "Disagree with the view by all means, but not with the person who holds it.",
            "Treat fellow members as you would if you met them on the quayside or at the club.",
            "Personal attacks, name-calling and sarcasm aimed at other readers will be removed.",
            "Please remember that there is a real person, often a neighbour, reading your {c}.",
            "Robust discussion is welcome; rudeness, goading and bullying are not.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Racism and prejudice", "Zero tolerance", "What counts as hateful?"),
        (
            "{Cs} that demean people because of their race, custom, religion, sex, disability or age will be deleted.",
            "We do not allow abuse of any island, kastom group or community, whether in English, French or Bislama.",
            "Slurs against ni-Vanuatu, Kanak, Gaelic speakers, Native Americans or newcomers have no place here.",
            "Stirring up hatred against any group is against the law as well as against these rules.",
            "Jokes at the expense of people with hearing loss or any other disability will not be approved.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal details",
            "Keep personal information private",
            "Is it safe to give my address?",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Please do not name other residents or describe which flat they live in.",
            "Photos of members or their children must not be shared without their permission.",
            "Never include your NHS number, hospital number or medical records in a {c}.",
            "We will edit out personal details we find, but the safest thing is not to include them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young players",
            "Keeping people safe",
            "Who do I tell if I'm worried about someone?",
        ),
        (
            "Junior players must not be named or pictured in {cs} without a parent's written consent.",
            "If a {c} suggests someone is at risk, we will pass it to the club's welfare officer.",
            "Do not contact under-18 members privately through the site.",
            "If you are worried about a resident's safety, please speak to the scheme manager rather than posting.",
            "If you are having thoughts of harming yourself, please contact your GP or a helpline straight away.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Approval of {cs}", "Pre-moderation", "Waiting times"),
        (
            "All {cs} are read by a volunteer before they appear, so please be patient.",
            "{Cs} posted after the ferry office closes will be checked the next working day.",
            "Your first five {cs} will be held for approval; after that they appear straight away.",
            "Because of the time difference with Port Vila and Noumea, approval may take up to 24 hours.",
            "Our moderators are volunteers and do not work on Sundays or public holidays.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic {cs}", "Where should I post this?"),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "General chat belongs in the Tea Room section, not in the pattern threads.",
            "{Cs} about timetables on other routes should go in the right route's thread.",
            "Threads that drift away from the original subject may be split or locked.",
            "Questions about match fixtures should be posted in the fixtures board, not here.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Commercial {cs}", "Can I sell lace or bobbins here?"),
        (
            "Advertising of any kind is not allowed without the committee's permission.",
            "Members may list equipment for sale in the Classifieds section only.",
            "Links to miracle cures, supplements or clinics will be removed without notice.",
            "Repeated {cs} of the same text, or links with no explanation, will be treated as spam.",
            "For paid advertising in the paper, please contact our advertising department instead.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "User names", "One account each", "Do I have to use my real name?"),
        (
            "{Cs} must carry your real name and the town you live in.",
            "Only one account is allowed per member; duplicate accounts will be closed.",
            "User names must not be offensive or impersonate another person or organisation.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Club members are asked to register under the name on their membership card.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Court cases", "Could I be sued?"),
        (
            "Do not accuse named people of crimes or wrongdoing you cannot prove.",
            "{Cs} about cases before the courts will not be published until the case has ended.",
            "You are legally responsible for what you write, and may be liable for defamation.",
            "We may be required by law to hand over details of {cs} to the police.",
            "Anything in breach of the laws of Vanuatu, France, the United Kingdom or the United States will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and patterns",
            "Other people's work",
            "Using photographs",
            "Can I post a pattern I found?",
        ),
        (
            "Only post photographs you took yourself, or that you have permission to use.",
            "Do not copy whole articles from other newspapers; a short quote and a link is fine.",
            "Patterns remain the property of their designers and must not be reproduced in full.",
            "Archive photographs of trams belong to the society's collection and may not be reused elsewhere.",
            "By posting a {c} you give us permission to publish it, in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging", "How do I report a {c}?"),
        (
            "Use the Report link beside any {c} you think breaks these rules.",
            "Reports go to the moderators, not to the member who posted.",
            "Please report a problem rather than replying to it, which only feeds the argument.",
            "If you cannot use the report button, email the webmaster with a link to the {c}.",
            "Residents without a computer may hand a note to the scheme office instead.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "The final word", "Committee decisions", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee may remove any {c} it considers unsuitable for the society's pages.",
            "Publication of a {c} does not mean that we agree with it.",
            "We do not enter into correspondence about {cs} that have not been published.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a {c}.",
            "Story ideas and photos of local events can be sent to the editor at any time.",
            "Corrections are printed in the next week's edition, on page two.",
            "For sailing changes, always check the operator's service status page, not this board.",
            "Please send news of weddings, anniversaries and obituaries by Tuesday noon.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Which language?", "Writing clearly"),
        (
            "{Cs} may be written in English, French or Bislama.",
            "Please avoid swearing, including words with letters replaced by symbols.",
            "Gaelic is welcome; please add an English summary where you can.",
            "Writing in capitals is hard to read and counts as shouting.",
            "Please write in full sentences and avoid text-speak so that everyone can follow.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will first receive a private warning.",
            "A second breach may lead to a suspension of up to thirty days.",
            "Persistent or serious breaches will result in a permanent ban.",
            "Banned members who rejoin under another name will be removed again.",
            "The committee may suspend membership of the forum in line with the society's constitution.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety", "Not professional advice", "Advice from members", "Can I trust advice here?"),
        (
            "Members are not doctors, and nothing here replaces advice from your GP or audiologist.",
            "Please do not recommend stopping any prescribed medication.",
            "Never take to the water without the club's safety cover, whatever a thread suggests.",
            "Keep off the tramway during operating days unless escorted by a trained volunteer.",
            "Weather and sailing information posted by members is unofficial and may be out of date.",
        ),
    ),
)


#: Titles, opening and closing lines some sites print with such a policy.
TITLES_205 = (
    "House rules",
    "Forum Rules",
    "Posting guidelines",
    "Community Guidelines",
    "Terms of Use for {Cs}",
    "Rules of the Board",
    "Members' Code of Conduct",
    "Guidelines for {cs}",
    "Noticeboard rules",
    "Before you post",
    "Reader {Cs} Policy",
)

INTROS_205 = (
    "We welcome {cs} from readers, but please follow these simple rules.",
    "These rules apply to everyone who posts on this board.",
    "Please read the following before submitting a {c}.",
    "This is a friendly place and we want to keep it that way.",
    "By posting you agree to the guidelines below.",
    "Thank you for taking part; a few ground rules follow.",
)

CLOSINGS_205 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Last updated by the committee, March 2024.",
    "Questions about these rules can be sent to the webmaster.",
    "Tankyu tumas.",
    "Tapadh leibh.",
    "Happy posting!",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_205 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "programme": "program",
    "colour": "color",
    "behaviour": "behavior",
    "offence": "offense",
    "recognise": "recognize",
    "apologise": "apologize",
}

#: A site's word for what readers send: singular, plural.
WORDS_205 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

#: Marker shapes a site prints before its items ("" for none), as :func:`_marker` prints them.
SHAPES_205 = ("", "", "", "1.", "1.", "1)", "(1)", "Rule 1:", "Rule 1 -", "a)", "(a)", "A.", "i.", "(i)", "I.")
SHAPES_205 += ("\u2022", "\u2022", "-", "*", "\u25aa", "\u2013", ">")

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(shape: str, n: int) -> str:
    """The marker printed before item ``n`` (0-based) in a site's shape."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    roman = _ROMAN[n]
    return {
        "1.": f"{n + 1}.",
        "1)": f"{n + 1})",
        "(1)": f"({n + 1})",
        "Rule 1:": f"Rule {n + 1}:",
        "Rule 1 -": f"Rule {n + 1} -",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
    }.get(shape, shape)


def _case(heading: str, how: str) -> str:
    if how == "title":
        small = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "if"}
        words = heading.split()
        return " ".join(
            w if (i and w.lower() in small and w != "I") else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    if how == "upper":
        return heading.upper()
    if how == "lower":
        return heading[:1].lower() + heading[1:] if not heading.startswith("I ") else heading
    return heading


def _items_205(rng: random.Random) -> list[tuple[str, ...]]:
    """A site's word for what readers send (``comment`` three sites in four, else another, and such a site never says
    "comment", in its items nor its furnishing lines); two to five items (0.3) or six to all sixteen, in the table's order
    (0.5) or drawn; one to three sentences an item, up to the site's most; headings in one case a site (as written,
    title case, capitals, lower case) or none (0.15), on their own part or run in before a colon, a stop or a dash,
    a question heading now and then printed as "Q:" with its answer as "A:"; markers of many shapes (numbered,
    "Rule N", lettered, roman, bulleted) or none, on the heading or the first sentence, the sentences of an item now
    and then run into one part; then ``_furnish``."""
    plain = rng.random() < 0.25  # this site never says "comment"
    c, cs = rng.choice(WORDS_205[1:]) if plain else WORDS_205[0]
    fill = {"{c}": c, "{cs}": cs, "{C}": c.capitalize(), "{Cs}": cs.capitalize()}

    def word(text: str) -> str:
        for key, value in fill.items():
            text = text.replace(key, value)
        return text

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_205))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_205)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_205)), count)
    most = rng.choice((1, 1, 2, 2, 3))  # the most sentences this site prints an item
    case = rng.choice(("as", "as", "as", "title", "title", "upper", "upper", "lower"))
    bare = rng.random() < 0.15
    placing = rng.choice(("own", "own", "own", ":", ".", " -", " \u2013", " \u2014"))
    qa = rng.random() < 0.15
    shape = rng.choice(SHAPES_205)
    joined = rng.random() < 0.2  # the site runs an item's sentences into one part

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen):
        headings, sentences = REWORDINGS_205[index]
        heading = "" if bare else word(rng.choice(headings))
        picked = [word(s) for s in rng.sample(sentences, rng.randint(1, most))]
        if heading and not (case == "lower" and heading.endswith("?")):
            heading = _case(heading, case)
        if qa and heading.endswith("?"):
            heading = "Q: " + heading
            picked[0] = "A: " + picked[0]
        if joined:
            picked = [" ".join(picked)]
        if heading and placing != "own" and not heading.startswith("Q: "):
            sep = "" if heading.endswith("?") and placing in (":", ".") else placing
            first = heading + sep + " " + picked[0]
            parts: list[str] = ["", first, *picked[1:]]
        else:
            parts = [heading, *picked]
        if shape:
            mark = _marker(shape, n)
            at = 0 if parts[0] else 1
            parts[at] = mark + " " + parts[at]
        items.append(tuple(parts))

    def keep(lines: tuple[str, ...]) -> list[str]:
        out = [word(line) for line in lines]
        return [line for line in out if not (plain and _says_comment(line))]

    return _furnish(items, rng, keep(INTROS_205), keep(CLOSINGS_205), keep(TITLES_205), AMERICAN_205)
