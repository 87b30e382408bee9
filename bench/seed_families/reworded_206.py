"""The ``reworded-206`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Lesotho and Eswatini English news, Isle of Wight papers, Nevada mining-town weeklies, netball clubs,
camera clubs, crohn's and colitis forums, student co-op boards, town-clock restoration volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or its figures, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices ("" for none), and five sentences; ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for
#: the site's word for what readers send (singular, plural, capitalised). Written in British spelling; a document
#: may print it in American spelling (``AMERICAN_206``).
REWORDINGS_206 = (
    (  # civility
        ("Be courteous", "Play Nicely", "Respect other members", "Why be civil?", "Courtesy", ""),
        (
            "Treat fellow members as you would at the clubhouse, with courtesy and good humour.",
            "Disagree with the view, not with the person who holds it.",
            "Name-calling, sneering and personal digs will see your {c} removed.",
            "Robust debate is welcome; bullying, goading and pile-ons are not.",
            "Remember there is a real person, often a neighbour, reading your {c}.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Tribalism and Prejudice", "Is this hateful?", "Zero tolerance", ""),
        (
            "{Cs} attacking anyone for their clan, race, religion, sex, sexuality or disability will be deleted.",
            "We do not tolerate xenophobic remarks about Basotho, Swazi, Mozambican or any other community.",
            "Slurs, even when disguised with asterisks or misspellings, are treated as hate speech.",
            "Stirring up hatred is a criminal offence and we will report it where the law requires.",
            "Prejudice dressed up as a joke is still prejudice and will not be published.",
        ),
    ),
    (  # privacy
        ("Privacy", "Keep personal details private", "Other people's information", "Can I name someone?", ""),
        (
            "Do not post addresses, phone numbers, car registrations or workplaces of private individuals.",
            "Never share another member's medical details, even if they told you in a private message.",
            "Photographs of identifiable people should only be posted with their consent.",
            "Please do not name players' children or post pictures of junior teams without club permission.",
            "Think carefully before sharing your own consultant's name, hospital number or test results.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting Young Players", "Children and vulnerable people", "Welfare", ""),
        (
            "The club follows England Netball's safeguarding policy; concerns go to our Welfare Officer.",
            "Adults must not contact junior members through this board or by private message.",
            "If you are worried about a child's safety, call the police or Childline rather than posting here.",
            "{Cs} that identify victims of sexual offences or children in court cases will be removed immediately.",
            "If a member appears to be at risk of harming themselves, please tell a moderator straight away.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Approval times", "Waiting for approval", ""),
        (
            "All {cs} are read by a volunteer before they appear, so please be patient.",
            "Our moderators are volunteers and may take up to 48 hours to approve your {c}.",
            "{Cs} sent after 5pm on Friday may not appear until Monday morning.",
            "New members' first five {cs} are held for approval.",
            "Posting the same {c} again will not speed things up and may get it flagged as spam.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the Subject", "Off-topic", "Right board, right thread?", "Relevance", ""),
        (
            "Keep {cs} relevant to the story or thread you are replying to.",
            "Kit sales, lifts to matches and lost property belong in the noticeboard section, not in match reports.",
            "Critique threads are for critique; please take general chat to the Lounge.",
            "Threads that drift well off topic may be split, moved or locked.",
            "Questions about house chores, rent or the rota go in the house meeting thread.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and Promotion", "Can I sell my kit?", "Commercial posts", ""),
        (
            "Unsolicited advertising, affiliate links and chain messages will be deleted.",
            "Members may list second-hand camera gear once a month in the Sales board only.",
            "Do not promote supplements, diets or clinics that claim to cure Crohn's or colitis.",
            "Accounts created only to post links will be banned without warning.",
            "Businesses wishing to advertise should contact our sales office rather than post here.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real Names", "Usernames", "One person, one account", "Who can post?", ""),
        (
            "Please use your real name; {cs} from anonymous or fake accounts will not be approved.",
            "Usernames must not impersonate another person, club, official or organisation.",
            "Only one account per person is allowed, and duplicate accounts will be closed.",
            "You are responsible for everything posted from your account, so keep your password safe.",
            "Only current members of the co-op may post; alumni have read-only access.",
        ),
    ),
    (  # law
        ("The law", "Defamation", "Legal Matters", "Could this land you in court?", "Contempt of court", ""),
        (
            "Do not accuse named people of crimes or wrongdoing you cannot prove.",
            "{Cs} about cases before the courts may be withheld until proceedings have ended.",
            "You may be held personally liable for defamatory remarks in your {cs}.",
            "We obey the laws of the Kingdom and will give details to the police when lawfully required.",
            "Nothing that could prejudice a fair trial will be published, whatever the case.",
        ),
    ),
    (  # copyright
        ("Copyright", "Your Pictures, Our Rules", "Whose photo is it?", "Credit", "Intellectual property", ""),
        (
            "Only upload images you took yourself or have permission to use.",
            "Copyright in your photographs remains with you, but you allow us to show them on this site.",
            "Do not paste whole articles from other publications; a short quote and a link will do.",
            "Please credit the photographer when sharing old pictures of the clock or the tower.",
            "Competition entries found to be someone else's work will be disqualified.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging", "Tell the moderators", ""),
        (
            "Use the Report link under any {c} that breaks these rules.",
            "Please report rather than reply; arguing in the thread only makes things worse.",
            "Reports go to the moderation team and are kept confidential.",
            "To complain about a {c}, email the editor with a link to it and the reason.",
            "Abuse of the report button to settle arguments may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        ("Editor's discretion", "Our Decision", "The final say", "Who decides?", "Discretion", ""),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee may amend these rules at any time.",
            "Moderators' decisions are not open to discussion on the board itself.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a Story?", "Tell us", ""),
        (
            "If we have got something wrong, email the newsdesk rather than leaving a {c}.",
            "Corrections are published as soon as possible and noted at the foot of the article.",
            "Have a story from Tonopah, Goldfield or Beatty? Call the office or drop it in at Main Street.",
            "News tips sent in {cs} may be missed; please use the contact form instead.",
            "Letters for the printed paper should be no more than 300 words and include your town.",
        ),
    ),
    (  # language
        ("Language", "Mind Your Language", "Swearing", "English only?", "Writing style", ""),
        (
            "Swearing, including words with letters starred out, will be filtered or removed.",
            "Please write in English or Sesotho so that moderators can read your {c}.",
            "{Cs} written entirely in capital letters are hard to read and may be declined.",
            "Keep it family friendly: juniors and parents read these pages too.",
            "Text-speak and excessive emoji make {cs} hard to follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three Strikes", "Sanctions", "What happens if I break the rules?", "Suspension", ""),
        (
            "A first breach earns a warning, a second a seven-day suspension and a third a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Banned members who return under a new name will be removed again.",
            "Persistent breaches will be referred to the club committee and may affect membership.",
            "Appeals against a ban should be sent to the secretary within fourteen days.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Not a substitute for your doctor", "Safety First", "Is this advice?", "Health", ""),
        (
            "Nothing posted here replaces advice from your IBD nurse, GP or consultant.",
            "Do not stop or change medication because of something you read in a {c}.",
            "If you have severe pain, heavy bleeding or a high temperature, seek urgent medical help.",
            "Volunteers must not climb the tower or handle the mechanism without a trained keyholder present.",
            "Never follow directions to abandoned mine workings shared in {cs}; old shafts kill people every year.",
        ),
    ),
)

#: Titles, opening and closing lines some of these sites print with their rules (``{c}`` etc. as above).
TITLES_206 = (
    "House Rules",
    "Posting Guidelines",
    "Forum Rules",
    "Community Guidelines",
    "{C} Policy",
    "Rules of the Board",
    "Code of Conduct for Online {Cs}",
    "Message Board Etiquette",
    "Our Rules",
)
INTROS_206 = (
    "By posting a {c} you agree to abide by the following rules.",
    "Please read these guidelines before you post.",
    "This board is run by volunteers; help us keep it friendly by following these rules.",
    "We welcome your {cs}, subject to the rules below.",
    "The following rules apply to all members and visitors.",
)
CLOSINGS_206 = (
    "Thank you for helping to keep this a welcoming place.",
    "These rules were last reviewed by the committee in March.",
    "Questions about these rules can be sent to the moderators.",
    "Happy posting!",
    "Breaking these rules may result in your account being suspended.",
    "By continuing you confirm that you have read and accepted these rules.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_206 = {
    "humour": "humor",
    "organisation": "organization",
    "programme": "program",
    "licence": "license",
    "criticise": "criticize",
    "neighbour": "neighbor",
    "favour": "favor",
    "centre": "center",
    "offence": "offense",
}

#: The site's word for what readers send: (singular, plural).
WORDS_206 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: The markers these sites print before items ("none" twice: many print none).
STYLES_206 = ("none", "none", "1.", "1)", "(1)", "1 -", "a)", "(a)", "a.", "i.", "(i)", "I.", "Rule 1:", "Rule 1 -")
STYLES_206 += ("\u00a71", "\u2022", "-", "*", "\u25aa", ">")

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(style: str, n: int) -> str:
    if style == "none":
        return ""
    if style in ("1.", "1)", "(1)", "1 -"):
        return style.replace("1", str(n + 1)) + " "
    if style in ("a)", "(a)", "a."):
        return style.replace("a", "abcdefghijklmnopqrstuvwxyz"[n % 26]) + " "
    if style in ("i.", "(i)", "I."):
        roman = _ROMAN[n % len(_ROMAN)]
        return (style.replace("i", roman) if style != "I." else roman.upper() + ".") + " "
    if style in ("Rule 1:", "Rule 1 -", "§1"):
        return style.replace("1", str(n + 1)) + " "
    return style + " "  # a bullet


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        return " ".join(word[:1].upper() + word[1:] for word in heading.split())
    if how == "sentence":
        return heading[:1].upper() + heading[1:].lower()
    return heading


def _items_206(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-206 policy. Draws the site's word (0.75 "comment", else one of ``WORDS_206``); a count of kinds
    (two to four a quarter of the time, else six to sixteen); their order (the table's or shuffled); per site, a
    heading case, where headings go (their own part, or run in before a colon, stop or dash), how often a heading
    is missing, a marker style and what it goes on, and a wrapping of headings (bold stars, brackets, or none);
    per item, a heading and one to three of its sentences. Then titles, openings and closings by ``_furnish``."""
    one, many = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_206)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, 16)
    picked = sorted(rng.sample(range(len(REWORDINGS_206)), count))
    if rng.random() < 0.5:
        rng.shuffle(picked)
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    place = rng.choice(("own", "own", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    missing = rng.choice((0.0, 0.0, 0.1, 1.0))  # 1.0: the site prints no headings at all
    style = rng.choice(STYLES_206)
    wrap = rng.choice(("", "", "", "**", "[]"))
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked):
        headings, sentences = REWORDINGS_206[index]
        chosen = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        heading = "" if rng.random() < missing else _case(rng.choice(headings).format(**words), case)
        question = heading.endswith("?")
        if heading and wrap == "**":
            heading = f"**{heading}**"
        elif heading and wrap == "[]":
            heading = f"[{heading}]"
        mark = _marker(style, n)
        if not heading:
            items.append(("", mark + chosen[0], *chosen[1:]))
        elif place == "own" or question:
            items.append((mark + heading, *chosen))
        else:
            items.append(("", mark + heading + place + chosen[0], *chosen[1:]))
    return _furnish(
        items,
        rng,
        [s.format(**words) for s in INTROS_206],
        [s.format(**words) for s in CLOSINGS_206],
        [s.format(**words) for s in TITLES_206],
        AMERICAN_206,
    )
