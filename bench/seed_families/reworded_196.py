"""The ``reworded-196`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Jamaican and Barbadian news, Shetland papers, Wisconsin Northwoods weeklies, climbing-wall clubs,
folk-dance societies, hearing-dog forums, co-housing boards, lighthouse heritage volunteers.

Written blind: from how such sites word and print their posting rules, not from the cleaner's code, docs or
reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (without their stop) and sentence choices, with ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``
#: for the site's word for what readers send. Written in British spelling; ``AMERICAN_196`` gives the other.
REWORDINGS_196 = (
    (  # civility
        ("Be civil", "Respect One Another", "Play the ball, not the person", "Why be kind?", "Courtesy first"),
        (
            "Disagree by all means, but do it with respect for the person you are answering.",
            "Personal attacks on other members, volunteers or staff will be removed without notice.",
            "Treat everyone here as you would a neighbour at the community hall.",
            "Name-calling, sneering and goading add nothing to the discussion.",
            "Remember there is a real person reading your {c} on the other side of the screen.",
        ),
    ),
    (  # hatred
        ("No hate", "Zero tolerance for bigotry", "Discrimination", "What counts as hate speech?", "Hateful Content"),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, age or disability.",
            "Slurs about someone's colour, island, parish or accent will be deleted and the account closed.",
            "Deaf and disabled members are at the heart of this forum; mocking anyone's impairment is not tolerated.",
            "Content that stirs up hatred against any group will be reported to the police where appropriate.",
            "Jokes at the expense of a whole community are still hate, however they are dressed up.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep it private",
            "Protect personal details",
            "Can I name a neighbour?",
            "Personal Information",
            "Respect the households",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Photographs of other residents should not be shared without their agreement.",
            "Disputes between households belong at the residents' meeting, not on the open board.",
            "Please do not share members' contact details outside the group.",
            "Posting private messages or emails without the sender's permission is not allowed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young people",
            "Children and vulnerable adults",
            "Who can see my child?",
            "Safety of Juniors",
        ),
        (
            "Never name or post photographs of junior members without written consent from a parent or guardian.",
            "Any concern about a child's welfare should go straight to the club's welfare officer, not the forum.",
            "Do not identify victims of crime or any person under eighteen involved in a court case.",
            "Adults may not contact junior members privately through this site.",
            "We follow our national governing body's safeguarding policy in everything we publish.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Approval times", "How We Moderate"),
        (
            "Every {c} is read by a moderator before it appears, which may take up to 48 hours.",
            "Our moderators are volunteers, so please be patient at weekends and on public holidays.",
            "{Cs} sent after 10pm will be looked at the following morning.",
            "A first {c} from a new account is always held for approval.",
            "If your {c} has not appeared after two days, it was probably not approved.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is it relevant?", "Right thread, right place", "On-topic posting"),
        (
            "Keep your {cs} to the subject of the story or thread you are replying to.",
            "Route setting, gear and training questions each have their own board; please use the right one.",
            "Off-topic {cs} may be moved or removed by the moderators.",
            "This board is for the running of the community; general chat belongs in the Common House section.",
            "Please start a new thread rather than hijacking someone else's.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and promotion", "Can I sell my old gear?", "Commercial posts"),
        (
            "Adverts, affiliate links and chain messages will be deleted and the poster banned.",
            "Second-hand kit may be offered for sale in the Buy & Sell thread only.",
            "Posting the same {c} on several threads counts as spam.",
            "Businesses wishing to advertise should contact our sales team instead.",
            "Links to other sites may be held for a moderator to check.",
        ),
    ),
    (  # real names / accounts
        ("Real names", "Your account", "Usernames", "Do I have to use my own name?", "One Person, One Account"),
        (
            "Members of the society post under their own names; please do not use a nickname.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not impersonate another person, a public figure or the newspaper's staff.",
            "Usernames that are offensive or misleading will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation and contempt", "Could I be sued?", "Keep it legal"),
        (
            "Do not make allegations you cannot prove; defamation laws apply online as they do in print.",
            "Once someone has been charged, do not speculate about their guilt or innocence until the case is over.",
            "You are legally responsible for what you post, and we may pass your details to the authorities.",
            "{Cs} that could prejudice a trial will not be published.",
            "Do not encourage or describe illegal activity.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and copyright", "Whose picture is it?", "Quoting others", "Your Content"),
        (
            "Only post photographs and text you own or have permission to use.",
            "Please link to other articles rather than pasting them in full.",
            "Archive photographs of the light belong to the trust and may not be reused without permission.",
            "By posting you allow us to publish your {c} here and in print.",
            "Music and video clips from dances should only be shared with the band's agreement.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting", "Seen something wrong?", "Flagging {cs}", "Tell a moderator"),
        (
            "Use the Report link beneath any {c} you believe breaks these rules.",
            "If something worries you, message a moderator rather than replying in the thread.",
            "Reports are confidential and every one is looked at.",
            "Please do not argue with rule-breakers; report them and move on.",
            "Email the webmaster if you cannot find the report button.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Our right to remove",
            "Who decides?",
            "Moderators' Discretion",
        ),
        (
            "The editor may edit, withhold or remove any {c} without giving a reason.",
            "Decisions of the moderators are final and will not be discussed on the board.",
            "We may close {cs} on any story at any time.",
            "The committee reserves the right to refuse any {c}.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and Complaints"),
        (
            "If we have got something wrong, email the newsdesk rather than posting a correction in the {cs}.",
            "Corrections and complaints are dealt with under our editorial code, not in this section.",
            "Have a story for us? Send it to the editor, with your name and a daytime number.",
            "Notices of sessions, ceilidhs and open days go to the events secretary, not here.",
            "Please tell us about errors and we will put them right as quickly as we can.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Write clearly", "No Shouting", "Is dialect allowed?"),
        (
            "Swearing and crude language, even with letters starred out, will be removed.",
            "Patois and dialect are welcome, but please write so that readers elsewhere can follow.",
            "Do not type in capital letters; it reads as shouting.",
            "Keep {cs} family friendly; children read this site too.",
            "Long walls of text are hard to read, so please break your {c} into paragraphs.",
        ),
    ),
    (  # warnings / bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Three Strikes"),
        (
            "A first breach earns a warning, a second a suspension, and a third a permanent ban.",
            "Accounts that repeatedly break these rules will be blocked without further notice.",
            "Members banned from the forum may also lose their membership of the club.",
            "Anyone who rejoins under a new name after a ban will be removed again.",
            "We may suspend posting for anyone whose {cs} keep needing to be removed.",
        ),
    ),
    (  # safety / advice
        (
            "Safety",
            "Advice on this forum",
            "Is advice here reliable?",
            "Climb at your own risk",
            "Take Care",
            "Out on the ice",
        ),
        (
            "Advice from other members is not a substitute for proper instruction from a qualified coach.",
            "Nothing posted here is veterinary, medical or legal advice; consult a professional.",
            "Ice and trail conditions posted here are readers' own reports; check with the county before heading out.",
            "Visits to the tower and the gallery must be arranged through the duty keeper, not this board.",
            "Please do not post advice about dog training that goes against the charity's guidance.",
        ),
    ),
)


#: Each site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_196 = (
    *(("comment", "comments"),) * 12,
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


POLICY_TITLES_196 = (
    "Forum Rules",
    "Community guidelines",
    "Rules of the board",
    "House Rules",
    "Posting guidelines",
    "Before You Post",
    "Code of conduct",
    "Terms of participation",
    "Message Board Etiquette",
    "Our Comment Policy",
)


POLICY_INTROS_196 = (
    "Please read these rules before taking part.",
    "This board is run by volunteers, and we ask everyone to follow a few simple rules.",
    "By registering you agree to abide by the rules below.",
    "We welcome your views, provided they keep within these guidelines.",
    "These guidelines were agreed by the committee and apply to every member.",
)


POLICY_CLOSINGS_196 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Questions about these rules should go to the moderators.",
    "Happy posting, and see you on the floor!",
    "The full terms of use are at the foot of every page.",
)


#: The marker shapes a site prints before its items (drawn once a site; "none" for no marker).
SHAPES_196 = (
    *("1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "Rule 1:", "Rule 1 -", "1/"),
    *("bullet", "bullet", "dash", "star", "en", "arrow", "none", "none", "none"),
)


#: British spellings above and their American forms.
AMERICAN_196 = {
    "neighbour": "neighbor",
    "colour": "color",
    "behaviour": "behavior",
    "organisation": "organization",
    "licence": "license",
}


def _case(text: str, how: str) -> str:
    if how == "title":
        small = {"a", "an", "and", "at", "by", "for", "in", "not", "of", "on", "or", "the", "to"}
        words = text.split(" ")
        return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if how == "upper":
        return text.upper()
    if how == "sentence":
        return text[:1].upper() + text[1:].lower().replace(" i ", " I ")
    return text


def _roman(n: int) -> str:
    numerals = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
    return numerals[n - 1]


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 -": f"Rule {n} -",
        "1/": f"{n}/",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "en": "\u2013",
        "arrow": "\u00bb",
        "none": "",
    }[shape]


def _items_196(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-196 policy. Draws: the site's word for what readers send (a quarter never say "comment"); two to
    five items (0.25) or six to all sixteen, in the table's order (0.4) or drawn; per item a heading and one to
    three of its sentences; headings in one case (as written, title, sentence or capitals), on their own part, run
    in before a colon, stop or dash, bracketed, or none (0.15); a marker shape for the site (numbers, letters,
    Roman numerals, rules, bullets or none) on the item's first part; a question heading now and then asked and
    answered (Q:/A:); then opening, closing and title lines by ``_furnish``."""
    one, many = rng.choice(WORDS_196)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_196))
    if rng.random() < 0.4:
        chosen = [REWORDINGS_196[i] for i in sorted(rng.sample(range(len(REWORDINGS_196)), count))]
    else:
        chosen = rng.sample(REWORDINGS_196, count)
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    placing = rng.choice(("own", "own", "colon", "stop", "dash", "endash", "emdash", "bracket", "none"))
    if rng.random() < 0.15:
        placing = "none"
    shape = rng.choice(SHAPES_196)
    own_stop = rng.choice(("", "", ".", ":"))  # what follows a heading printed on its own part
    most = rng.choice((1, 1, 2, 2, 3))
    q_and_a = rng.random() < 0.1  # some forums print a question heading as Q: and its answer as A:
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = _case(rng.choice(headings).format(**words), case)
        said = [s.format(**words) for s in rng.sample(sentences, rng.randint(1, most))]
        mark = _marker(shape, n)
        apart = placing == "own"
        if placing == "none":
            parts = ["", *said]
        elif q_and_a and heading.endswith("?"):
            parts, apart = [f"Q: {heading}", "A: " + said[0], *said[1:]], True
        elif placing == "own":
            parts = [heading if heading.endswith("?") else heading + own_stop, *said]
        elif placing == "bracket":
            parts = ["", f"[{heading}] {said[0]}", *said[1:]]
        else:
            joint = {"colon": ": ", "stop": ". ", "dash": " - ", "endash": " \u2013 ", "emdash": " \u2014 "}[placing]
            parts = ["", heading + (" " if heading.endswith("?") else joint) + said[0], *said[1:]]
        first = 0 if apart else 1
        if mark:
            parts[first] = f"{mark} {parts[first]}"
        items.append(tuple(parts))
    titles = POLICY_TITLES_196 if one == "comment" else tuple(t for t in POLICY_TITLES_196 if "Comment" not in t)
    return _furnish(items, rng, POLICY_INTROS_196, POLICY_CLOSINGS_196, titles, AMERICAN_196)
