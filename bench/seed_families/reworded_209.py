"""The ``reworded-209`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Palau and Micronesia English news, Norfolk Broads papers, Utah canyon-town weeklies, roller-derby
leagues, beekeeping associations, hearing-loss forums, narrowboat moorings residents, windmill trust volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (written in sentence case, without a stop; a site cases and places them), and five
#: sentences (an item prints one to three of them, in this order). ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's
#: word for what readers send; ``{site}``: what it calls itself. British spelling (``AMERICAN_209`` for the rest).
REWORDINGS_209 = (
    (  # civility
        (
            "Be civil",
            "Play nicely",
            "Respect other members",
            "Is it kind?",
            "No personal attacks",
            "Treat others as you would like to be treated",
        ),
        (
            "Disagree with the argument if you must, but leave the person making it alone.",
            "Name-calling, sneering and ganging up on other members have no place on this {site}.",
            "Remember that the person on the other end is a neighbour, a teammate or a fellow volunteer.",
            "Robust debate is welcome; rudeness to other readers, our reporters or the people in the story is not.",
            "If you would not say it to someone's face at the lock gates or the club hut, do not type it here.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for bigotry",
            "What counts as hate?",
            "Respect for every community",
        ),
        (
            "We remove any {c} that attacks people for their race, religion, disability, sex, sexuality or gender"
            " identity.",
            "Jokes at the expense of Deaf people or people with hearing loss are not welcome here.",
            "Racist, sexist, homophobic or transphobic language will see your account closed without warning.",
            "Slurs against islanders, migrants, outsiders or any other group will be deleted.",
            "Criticising a government, a church or a council is fair game; abusing its people for who they are is not.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep private details private",
            "Can I share someone's address?",
            "No doxxing",
        ),
        (
            "Never post phone numbers, home addresses or email addresses, whether yours or anyone else's.",
            "Please do not give away the location of members' hives or out-apiaries without their permission.",
            "Do not name boats or berths in a way that identifies a resident who has not agreed to it.",
            "Photographs of other people, especially children, need their permission or their parents' first.",
            "Anything you share about your own health can be read by anyone, so think before you put it up.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping members safe",
            "Worried about someone?",
            "Junior members",
        ),
        (
            "Members under 18 need a parent's or guardian's consent to join the {site}.",
            "If you think a child or vulnerable adult is at risk, contact the police or our welfare officer rather"
            " than writing about it here.",
            "Adults must not invite junior skaters or young volunteers into private messages.",
            "Any {c} that puts a young person at risk will be removed and may be passed to the authorities.",
            "Our safeguarding lead can be reached through the contact page at any time.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "Where is my {c}?",
        ),
        (
            "Every {c} is read by a moderator before it appears, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent at the weekend may not go up until Monday.",
            "New members' first few {cs} are held for approval.",
            "Sending the same {c} again will not make it appear any faster.",
            "Our newsroom works island hours, so anything sent overnight will wait until the morning.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Is this the right thread?",
            "One subject at a time",
        ),
        (
            "Keep your {c} to the subject of the story or thread it sits under.",
            "General chat belongs in the Tea Room section, not under news items.",
            "Threads that wander a long way from their subject may be split or locked.",
            "Please start a new thread rather than taking over someone else's.",
            "Swarm reports go in the swarm collection thread, not in general discussion.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promoting",
            "Can I sell things here?",
            "Commercial messages",
        ),
        (
            "Adverts, sales pitches and affiliate links will be removed.",
            "Bees, queens, kit, skates and boats for sale go in the classifieds, not in {cs}.",
            "You may mention your own business once in your profile, but not in every {c}.",
            "Repeated links, chain letters and promotional {cs} count as spam and will be deleted.",
            "Hearing-aid suppliers and clinics may not advertise on the {site} unless they have agreed it with us"
            " first.",
        ),
    ),
    (  # accounts and names
        (
            "Your account",
            "Real names",
            "One account per person",
            "Who can join?",
            "Usernames",
            "No impersonation",
        ),
        (
            "Please register under your real name, or under the name you are known by in the village.",
            "Skaters are welcome to use their derby name as a username.",
            "Each person may hold one account, and duplicate accounts will be closed.",
            "Do not pretend to be another member, a harbourmaster, a trustee or one of our staff.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Stay within the law",
            "Could this land us in court?",
            "Court cases",
            "Legal matters",
        ),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "{Cs} on cases before the courts can prejudice a trial, so we may close them.",
            "You are legally responsible for what you write, and defamatory remarks can cost you dearly.",
            "We will help the police if they ask about a {c} that may be unlawful.",
            "Do not encourage others to break the law, including the byelaws on the water and in the canyon.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and articles",
            "Can I share an article?",
            "Credit your sources",
        ),
        (
            "Do not paste in whole articles from other papers; a short quote and a link will do.",
            "Only upload photographs you took yourself or have permission to use.",
            "By sending us a {c} you allow us to publish it on this {site} and in print.",
            "Please credit the source of any picture, chart or quote you share.",
            "Footage of bouts belongs to the league and should not be uploaded elsewhere without its say-so.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't reply",
            "Flagging",
            "Seen something that breaks the rules?",
            "How to report",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not reply to a troll; report them and let the moderators deal with it.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "For anything urgent, email the moderators directly rather than waiting for the queue.",
            "Reporting {cs} just because you disagree with them wastes volunteers' time.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "The last word",
        ),
        (
            "We may edit or remove any {c} at our discretion and without giving a reason.",
            "The editor's decision on what is published is final.",
            "Publishing a {c} does not mean we agree with it.",
            "If you want to query a decision, email us; please do not argue about it in the thread.",
            "The committee may change these rules at any time, and the version on this page is the one that counts.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us",
        ),
        (
            "If we have got something wrong, email the newsroom rather than leaving a {c}, and we will put it right.",
            "Story ideas and tip-offs are always welcome at the news desk.",
            "Corrections are made to the article itself and noted at the foot of it.",
            "Please report damage to the mill or its grounds to the duty volunteer, not in the {cs}.",
            "Pointing out a mistake in someone's {c} is fine, as long as you do it politely.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Write clearly",
            "Is this word OK?",
            "Plain English, please",
        ),
        (
            "Swearing is not allowed, and that includes swear words with letters swapped for asterisks.",
            "{Cs} in Palauan, Chuukese or Chamorro are welcome if you add a few words of English.",
            "Writing in capitals reads as shouting and is hard for many members to follow.",
            "Text speak and long strings of emoji make {cs} hard to read, especially with a screen reader.",
            "Keep it family-friendly: juniors and their parents read this {site} too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "If you break these rules you will first get a warning by private message.",
            "A second breach means a suspension of up to 30 days.",
            "Serious breaches, such as threats, lead to an immediate and permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "A ban from the {site} is separate from league or association membership, which is for the committee.",
        ),
    ),
    (  # safety and advice
        (
            "Advice on this {site}",
            "Medical advice",
            "Is it safe?",
            "Safety first",
            "Not professional advice",
            "At your own risk",
        ),
        (
            "Members share their own experience, which is no substitute for an audiologist's advice.",
            "Always follow the association's guidance on varroa treatments, whatever you read here.",
            "Advice in {cs} is given in good faith, but you act on it at your own risk.",
            "If your hearing changes suddenly, see a doctor the same day rather than asking here.",
            "Check with the navigation authority before acting on anyone's advice about moorings or water levels.",
        ),
    ),
)

#: Opening lines a site prints above its rules.
POLICY_INTROS_209 = (
    "Before you post, please read our house rules.",
    "These guidelines apply to every {c} on the {site}.",
    "This {site} is run by volunteers, so please help them by sticking to the rules below.",
    "We want this to be a friendly place for everyone. A few ground rules:",
    "By joining the {site} you agree to the following.",
    "Please take a minute to read these before sending your first {c}.",
)
#: Closing lines a site prints below them.
POLICY_CLOSINGS_209 = (
    "Thank you for helping to keep the {site} a friendly place.",
    "Questions about these rules? Email the moderators.",
    "Last reviewed by the committee in March 2026.",
    "These rules are reviewed every year at the AGM.",
    "Happy beekeeping!",
    "See you on the track.",
    "Thanks for reading, and for taking part.",
)
#: Title lines above them.
POLICY_TITLES_209 = (
    "House Rules",
    "{C} Guidelines",
    "Forum Rules",
    "Community Guidelines",
    "Posting Guidelines",
    "Code of Conduct",
    "Before You Post",
    "{C} Policy",
    "Moorings Forum Rules",
    "Guidance for Contributors",
    "Rules of the Forum",
)
#: British spellings in the lines above, and their American forms.
AMERICAN_209 = {
    "neighbour": "neighbor",
    "criticising": "criticizing",
    "harbourmaster": "harbormaster",
    "byelaws": "bylaws",
    "programme": "program",
}

#: A site's word for what readers send: (singular, plural); the first is "comment".
WORDS_209 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)
#: What a site calls itself.
SITES_209 = ("site", "forum", "board", "page", "group", "website")
#: Markers a site prints before an item: a format taking the item's number as text.
MARKERS_209 = (
    "{}.",
    "{})",
    "({})",
    "{} -",
    "{} –",
    "Rule {}:",
    "Rule {} –",
    "#{}",
    "No. {}",
)
BULLETS_209 = ("•", "-", "*", "–", "►", "▪", "o", "»")
_SMALL_209 = frozenset(("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "as", "with"))


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_209) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The marker printed before item ``number`` (from 1) in a site's ``style``."""
    kind, shape = style.split("|", 1)
    if kind == "bullet":
        return shape
    if kind == "number":
        label = str(number)
    elif kind == "letter":
        label = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    elif kind == "LETTER":
        label = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[number - 1]
    elif kind == "roman":
        label = _roman(number)
    else:
        label = _roman(number).upper()
    return shape.format(label)


def _items_209(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-209 policy: (heading, sentence, ...) per item, or ("", sentence, ...) without a heading; a title as
    (title, ""), other lines as ("", sentence). Drawn per site: its word for what readers send ("comment" three
    times in four, else another; then no line that says "comment") and what it calls itself; two to five items one
    time in four, else six to all sixteen, in the table's order or shuffled; one to three sentences an item (kept in
    the table's order), as parts of their own or run together; the case of its headings (as written, title case,
    capitals, small letters) and where they go (a part of their own, run in before a colon, a stop or a dash, in
    brackets or bold marks, or none), its markers (numbers, letters, roman numerals, "Rule N", bullets, or none);
    then opening, closing and title lines by ``_furnish``."""
    word, words = WORDS_209[0] if rng.random() < 0.75 else rng.choice(WORDS_209[1:])
    site = rng.choice(SITES_209)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "site": site}

    def fill(text: str) -> str:
        return text.format(**names)

    if rng.random() < 0.25:
        chosen = rng.sample(range(len(REWORDINGS_209)), rng.randint(2, 5))
    else:
        chosen = rng.sample(range(len(REWORDINGS_209)), rng.randint(6, len(REWORDINGS_209)))
    if rng.random() < 0.5:
        chosen.sort()
    case = rng.choice(("as written", "as written", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "colon", "colon", "stop", "dash", "bracket", "bold", "none"))
    own_stop = rng.choice(("", "", ".", ":"))  # what follows a heading on a part of its own
    dash = rng.choice((" –", " -", " —"))
    joined = rng.random() < 0.4  # an item's sentences printed as one paragraph
    kind = rng.choice(("none", "none", "number", "number", "letter", "LETTER", "roman", "ROMAN", "bullet", "bullet"))
    if kind == "bullet":
        style = "bullet|" + rng.choice(BULLETS_209)
    elif kind == "none":
        style = ""
    elif kind in ("number",):
        style = "number|" + rng.choice(MARKERS_209)
    else:
        style = kind + "|" + rng.choice(MARKERS_209[:5])
    items: list[tuple[str, ...]] = []
    for number, index in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_209[index]
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        body = [fill(sentences[at]) for at in picked]
        if joined:
            body = [" ".join(body)]
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        elif case == "lower":
            heading = heading.lower()
        asked = heading.endswith("?")
        parts: list[str]
        if placing == "none":
            parts = ["", *body]
        elif placing == "own":
            parts = [heading if asked else heading + own_stop, *body]
        elif placing == "bracket":
            parts = ["[" + heading + "]", *body]
        elif placing == "bold":
            parts = ["**" + heading + "**", *body]
        else:
            after = {"colon": ":", "stop": ".", "dash": dash}[placing]
            parts = ["", (heading if asked else heading + after) + " " + body[0], *body[1:]]
        if style:
            marker = _marker(style, number)
            first = 0 if parts[0] else 1
            parts[first] = marker + " " + parts[first]
        items.append(tuple(parts))
    intros = [fill(line) for line in POLICY_INTROS_209]
    closings = [fill(line) for line in POLICY_CLOSINGS_209]
    titles = [fill(line) for line in POLICY_TITLES_209]
    if word != "comment":
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_209)
