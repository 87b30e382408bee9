"""The ``reworded-141`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ugandan and Zambian church-community news, Norfolk market-town papers, Montana ranch weeklies,
fly-fishing clubs, lace guilds, neighbourhood food-bank boards, kidney patients' forums, old-gaffer sailing
associations.

Written blind: from how such sites word and print their comment policies, forum rules, house rules, codes of conduct
and posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (in sentence case, without a stop; a question keeps its mark) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send;
#: no sentence or heading says "comment" but through them. Written in British spelling; a document may print it in
#: American spelling (``AMERICAN_141``).
REWORDINGS_141 = (
    (  # civility
        (
            "Be kind to one another",
            "Respect other members",
            "Courtesy costs nothing",
            "Play the ball, not the man",
            "Can I disagree with someone?",
            "Good manners, please",
        ),
        (
            "Disagree by all means, but do it without insulting the person you are answering.",
            "Sneering, name-calling and baiting other members will see your {c} taken down.",
            "Treat everyone here as you would a neighbour you meet at the church gate or the market stall.",
            "Robust debate is welcome, but personal attacks on readers, writers or the people in our stories are not.",
            "Please remember that behind every {c} is a real person, often one going through a hard time.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Tribalism and prejudice",
            "Respect for all people",
            "What counts as hate?",
            "Zero tolerance",
        ),
        (
            "{Cs} that attack people for their tribe, race, religion, sex, disability or sexuality will be removed at once.",
            "Tribal, sectarian or racial slurs have no place on this site, even in jest.",
            "We do not publish anything that stirs up hatred or encourages violence against any group of people.",
            "Stereotyping whole communities, whether Travellers, migrants or people on benefits, is not acceptable here.",
            "Accounts that post hateful material will be closed without warning.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep private things private",
            "Should I share my phone number?",
            "Other people's details",
            "Privacy",
        ),
        (
            "Do not put your home address, phone number or mobile money details in a public {c}.",
            "Never share another person's contact details, medical history or photographs without their consent.",
            "If you want to reach another member, use the private messaging system rather than posting your details on the open board.",
            "Please do not name clients of the food bank or describe them in a way that could identify them.",
            "Blank out names and hospital numbers on any test results or clinic letters before you share them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Keeping young people safe",
            "Who do I tell if I am worried about someone?",
            "Children",
            "Our duty of care",
        ),
        (
            "Do not post photographs of children from parish events without their parents' written permission.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and may be passed to the proper authorities.",
            "If you are worried about someone's safety, contact the parish safeguarding officer rather than writing about it here.",
            "Junior members of the club must not be named or tagged in photographs without the consent of a parent or guardian.",
            "If a member seems to be in crisis, please use the report button so that a moderator can reach them privately.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How long will it take?",
            "Our moderators are volunteers",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a short delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not appear until the next working day.",
            "Your first few {cs} will be held for approval; after that they will usually appear straight away.",
            "Please do not send the same {c} more than once if it does not show up immediately.",
            "{Cs} with links or attachments are held back automatically until a moderator has checked them.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Use the right board",
            "Off-topic {cs}",
            "Stick to the story",
        ),
        (
            "Please keep your {cs} to the subject of the article or thread you are answering.",
            "General chat belongs in the Clubhouse section, not among the river reports.",
            "{Cs} that wander far from the subject may be moved to another board or removed.",
            "Start a new thread for a new question rather than tacking it on to the end of an old one.",
            "Long-running arguments between two members should be taken to private messages.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Can I advertise my business?",
            "Commercial {cs}",
            "Links and promotion",
        ),
        (
            "Please do not use this site to advertise goods, services or fundraisers unless the moderators have agreed beforehand.",
            "Boats, tackle, bobbins and patterns for sale go in the Classifieds section and nowhere else.",
            "Chain letters, requests for money and get-rich-quick schemes will be deleted, however they are dressed up.",
            "Repeated links to the same website will be treated as spam and the account suspended.",
            "Members with a commercial interest in a product must say so whenever they mention it.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Your account",
            "Names and usernames",
            "One account per person",
            "Do I have to register?",
            "Who you are",
        ),
        (
            "We ask that you post under your own name, as you would when writing a letter to the paper.",
            "Usernames that are offensive or pretend to be someone else will be changed or removed.",
            "Each member may hold only one account, and accounts must not be shared with family or friends.",
            "You must register and confirm your email address before you can take part.",
            "Impersonating clergy, club officers or staff of this newspaper will lead to an immediate ban.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Libel and contempt",
            "Court cases",
            "Could I be sued?",
            "The law applies here too",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you.",
            "Do not write about court cases that are still going on, as it could prejudice a fair trial.",
            "Allegations of crime or wrongdoing against a named person must not be made unless they have been proved in court.",
            "Victims of sexual offences have lifelong anonymity by law, and nothing that could identify them will be published.",
            "We will co-operate with the police and the courts where the law requires us to hand over information.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I share an article from another site?",
            "Quoting and linking",
            "Your {cs} and our rights",
        ),
        (
            "Please do not copy whole articles from other publications; give a short quote and a link instead.",
            "Lace patterns and prickings remain the copyright of their designers and must not be posted without permission.",
            "Only upload photographs that you took yourself or that you have the owner's permission to use.",
            "By posting, you allow us to publish your {c} on this website and, from time to time, in the printed paper.",
            "Scanned pages from books, charts and magazines will be taken down at the publisher's request.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Seen something wrong?",
            "Report it, don't reply",
            "How do I report a {c}?",
            "Flagging",
            "Tell the moderators",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it and a moderator will look at it.",
            "Please do not answer a troublesome {c}; report it and let the moderators deal with it.",
            "You can also email the editor, giving the page address and a short note of what is wrong.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "Using the report button to silence people you simply disagree with is itself against the rules.",
        ),
    ),
    (  # the editor's discretion
        (
            "The editor's decision is final",
            "Our right to edit",
            "Editorial discretion",
            "Who decides?",
            "The small print",
            "Disclaimer",
        ),
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "The views expressed in {cs} are those of the members and not of the diocese, the club or its committee.",
            "We may close {cs} on any story at any time, particularly where the subject is a sensitive one.",
            "The committee's decision on any moderation matter is final, and no correspondence will be entered into.",
            "Publication of a {c} does not mean that the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story for us?",
            "News tips",
            "Corrections and complaints",
            "Send us your news",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than raising it here, so that we can put it right quickly.",
            "Corrections are not dealt with through the {cs}; contact the editor directly.",
            "If you have a story for us, send it to the news desk with a phone number where we can reach you.",
            "Parish news, obituaries and notices of events should be sent to the editor rather than posted here.",
            "Complaints about our coverage are handled under the editors' code of practice, and details are on our contact page.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "No swearing",
            "Write clearly",
            "Which language should I write in?",
            "Capitals and text-speak",
        ),
        (
            "Swearing, crude language and swear words disguised with asterisks will be removed.",
            "Please write in English so that all members and the moderators can follow the discussion.",
            "Typing in capital letters reads as shouting, so please don't.",
            "{Cs} in Luganda, Bemba or Nyanja are welcome if you add a short summary in English.",
            "Keep your language clean enough that you would be happy for your grandmother to read it.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will be warned, and repeat offenders will be suspended or banned.",
            "We run a three-strikes policy, although a serious breach will lead to an immediate ban.",
            "Banned members who come back under a new name will be removed as soon as they are spotted.",
            "A suspension usually lasts seven days, during which you can read the board but not post.",
            "If you think you have been banned unfairly, write to the administrators rather than arguing about it in public.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Should I follow advice from other members?",
            "Health information",
            "Advice given here",
        ),
        (
            "Nothing posted here replaces the advice of your renal team, so check with them before changing your diet, fluids or medicines.",
            "Never suggest that another member stops taking prescribed medicine or misses a dialysis session.",
            "Tide, weather and passage information shared by members is for guidance only, and every skipper remains responsible for the safety of their vessel.",
            "Questions about food parcels, eligibility or referrals should go to the food bank office, not the public board.",
            "Advice on wading, boating and handling tackle is given in good faith, and you act on it at your own risk.",
        ),
    ),
    (  # faith and politics
        (
            "Respect for other faiths",
            "Politics",
            "Elections and campaigning",
            "Religious debate",
            "Can I talk about politics?",
            "Church and state",
        ),
        (
            "Members of all denominations and none are welcome, so please discuss matters of faith respectfully.",
            "During election periods, {cs} that campaign for a party or a candidate will not be published.",
            "Do not use this site to attack other churches, their leaders or their teaching.",
            "Preaching at other members or pasting long passages of scripture into every thread is discouraged.",
            "Local politics may be discussed, but party slogans and campaign material will be removed.",
        ),
    ),
)


#: The site's word for what readers send: singular and plural. "comment" is the first; a quarter of sites never use it.
WORDS_141 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


#: Titles, opening and closing lines such sites print with their rules (those saying "comment" are dropped at sites
#: that never say it).
POLICY_TITLES_141 = (
    "Comment policy",
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Rules of the board",
    "Code of conduct",
    "Guidelines for contributors",
    "Before you post",
    "Message board rules",
    "Terms of participation",
    "Netiquette",
    "Rules for commenting",
)


POLICY_INTROS_141 = (
    "Welcome to the forum. To keep it a friendly and useful place, we ask all members to follow these rules.",
    "Comments are welcome on our stories, provided they keep to the guidelines below.",
    "Please take a moment to read these rules before you post.",
    "This board is run by volunteers for members and friends of the association, and the rules below apply to everyone who uses it.",
    "By registering and posting, you agree to abide by the following.",
    "We want this to be a place where people living with kidney disease and their families feel safe to share.",
    "Our online community is an extension of our church family, and we ask you to treat it as such.",
    "Readers' {cs} are a valued part of the paper; here is what we ask of those who send them.",
)


POLICY_CLOSINGS_141 = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may be updated from time to time, and the current version is always on this page.",
    "Questions about these rules can be sent to the administrators.",
    "Let your conversation be always full of grace, seasoned with salt. (Colossians 4:6)",
    "Tight lines, and happy posting!",
    "Fair winds, and thank you for reading.",
    "Full terms and conditions are available on our website.",
    "Last reviewed by the committee: March 2024.",
    "Happy commenting, and God bless.",
)


#: British spellings in the lists above and their American forms (a reworded-141 document prints one or the other).
AMERICAN_141 = {
    "neighbour": "neighbor",
    "offences": "offenses",
    "co-operate": "cooperate",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "my", "your"}
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_NUMBERS += ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen")

#: How a site marks its items (one style a document): the marker for item ``n`` (from 0) of ``total``.
_MARKS = {
    "1.": lambda n, total: f"{n + 1}. ",
    "1)": lambda n, total: f"{n + 1}) ",
    "(1)": lambda n, total: f"({n + 1}) ",
    "1:": lambda n, total: f"{n + 1}: ",
    "01.": lambda n, total: f"{n + 1:02d}. ",
    "a.": lambda n, total: f"{'abcdefghijklmnopqrstuvwxyz'[n % 26]}. ",
    "(a)": lambda n, total: f"({'abcdefghijklmnopqrstuvwxyz'[n % 26]}) ",
    "A)": lambda n, total: f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n % 26]}) ",
    "i)": lambda n, total: f"{_ROMAN[n % len(_ROMAN)]}) ",
    "(iv)": lambda n, total: f"({_ROMAN[n % len(_ROMAN)]}) ",
    "IV.": lambda n, total: f"{_ROMAN[n % len(_ROMAN)].upper()}. ",
    "Rule 1.": lambda n, total: f"Rule {n + 1}. ",
    "Rule 1 —": lambda n, total: f"Rule {n + 1} \u2014 ",
    "No. 1": lambda n, total: f"No. {n + 1} ",
    "§1": lambda n, total: f"\u00a7{n + 1} ",
    "1/N": lambda n, total: f"{n + 1}/{total} ",
    "•": lambda n, total: "\u2022 ",
    "-": lambda n, total: "- ",
    "*": lambda n, total: "* ",
    "▪": lambda n, total: "\u25aa ",
    "►": lambda n, total: "\u25ba ",
    "✓": lambda n, total: "\u2713 ",
    "👉": lambda n, total: "\U0001f449 ",
    "": lambda n, total: "",
}
_TIGHTENED = {"1.", "1)", "(1)", "a.", "(a)", "A)", "•", "-", "*", "▪", "►"}
_MARK_WEIGHTS = {"1.": 5, "1)": 2, "(1)": 2, "": 6, "•": 3, "-": 2, "*": 1}


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(word if (i and word in _MINOR) else word[:1].upper() + word[1:] for i, word in enumerate(words))
    return heading


def _items_141(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-141 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word for what readers send (a quarter of sites never say "comment": their titles, openings and
    closings that do are left out), then two to four item kinds (0.25) or eight to seventeen, in the table's order
    (0.4) or as drawn; one heading and one to three sentences (up to the site's most) an item. The site prints its
    headings in sentence case, title case or capitals, on a part of their own (with no stop, a stop, a colon or a
    dash), run in before the first sentence (colon, stop, dash or bar) or not at all (0.2); now and then wrapped
    in asterisks, brackets or tildes; at a few sites a question heading as "Q:" with its answer as "A:". An item's
    sentences are parts of their own or one part (0.35), now and then each under a sub-marker as pasted from a word
    processor (where there are headings), or indented under a heading of their own; one marker style for the whole
    list (numbers of several shapes, letters, roman numerals, "Rule N", "No. N", section signs, "N/total", bullets of
    several kinds, or none), now and then tight against its text; a rule of asterisks or dashes between items at a
    few sites, and a line giving the number of rules above them at a few. Opening, closing and title lines come from
    ``_furnish``."""
    no_comment = rng.random() < 0.25
    if no_comment:
        word, words = rng.choice(WORDS_141[1:])
    elif rng.random() < 0.65:
        word, words = WORDS_141[0]
    else:
        word, words = rng.choice(WORDS_141)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    if rng.random() < 0.25:
        kinds = rng.sample(range(len(REWORDINGS_141)), rng.randint(2, 4))
    else:
        kinds = rng.sample(range(len(REWORDINGS_141)), rng.randint(8, len(REWORDINGS_141)))
    if rng.random() < 0.4:
        kinds.sort()

    case = rng.choices(("sentence", "title", "upper"), weights=(0.45, 0.35, 0.2))[0]
    placing = rng.choices(("own", "run-in", "none"), weights=(0.45, 0.35, 0.2))[0]
    own_stop = rng.choice(("", "", ".", ":", " \u2013", " -"))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ", " | "))
    wrap = rng.choices(("", "**", "[]", "~"), weights=(0.86, 0.07, 0.04, 0.03))[0]
    qa = placing != "none" and rng.random() < 0.07
    styles = list(_MARKS)
    style = rng.choices(styles, weights=[_MARK_WEIGHTS.get(s, 1) for s in styles])[0]
    tight = style in _TIGHTENED and rng.random() < 0.06
    most = rng.choice((1, 2, 2, 3))
    joined = rng.random() < 0.35
    sub = rng.choices(("", "o", "\u00b7", "\u2013"), weights=(0.9, 0.04, 0.03, 0.03))[0]
    indent = rng.choices(("", "    ", "\t"), weights=(0.93, 0.04, 0.03))[0]
    between = rng.choices(("", "* * *", "---", "~~~"), weights=(0.94, 0.03, 0.02, 0.01))[0]

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_141[kind]
        heading = _cased(rng.choice(headings).format(**names), case)
        said = [sentence.format(**names) for sentence in rng.sample(sentences, rng.randint(1, most))]
        question = heading.endswith("?")
        if qa and question:
            heading = "Q: " + heading
            said[0] = "A: " + said[0]
        if sub and placing != "none" and len(said) > 1:
            said = [f"{sub} {sentence}" for sentence in said]
        parts = [" ".join(said)] if joined else said
        if indent and placing == "own":
            parts = [indent + part for part in parts]
        marker = _MARKS[style](n, len(kinds))
        if tight:
            marker = marker.rstrip(" ")
        if wrap == "**":
            heading = f"**{heading}**"
        elif wrap == "[]":
            heading = f"[{heading}]"
        elif wrap == "~":
            heading = f"~ {heading} ~"
        if placing == "own":
            stop = "" if question or wrap else own_stop
            item: tuple[str, ...] = (marker + heading + stop, *parts)
        elif placing == "run-in":
            joint = " " if question else run_in
            item = ("", marker + heading + joint + parts[0], *parts[1:])
        else:
            item = ("", marker + parts[0], *parts[1:])
        if between and n:
            items.append(("", between))
        items.append(item)

    if len(kinds) > 2 and rng.random() < 0.06:
        count = _NUMBERS[len(kinds) - 2]
        line = rng.choice(
            (f"There are {count} simple rules.", f"Our {count} house rules:", f"Please observe these {count} rules.")
        )
        items.insert(0, ("", line))

    def fit(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**names) for line in lines]
        kept = [line for line in formatted if not (no_comment and _says_comment(line))]
        return kept or formatted[:1]

    return _furnish(items, rng, fit(POLICY_INTROS_141), fit(POLICY_CLOSINGS_141), fit(POLICY_TITLES_141), AMERICAN_141)
