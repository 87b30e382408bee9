"""The ``reworded-173`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Faroese and Greenlandic English news, Isle of Wight and Lundy pages, Mississippi hill-country weeklies,
lacrosse clubs, bonsai societies, epilepsy forums, allotment-federation boards, narrowboat cruising clubs.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and notes
for members, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (a question or two among them; a site adds its own stop,
#: case and marker) and five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}``
#: stand for the site's word for what readers send (comment, post, message, reply, contribution). Written in
#: British spelling; a document may print it in American spelling (``AMERICAN_173``).
REWORDINGS_173 = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it friendly",
            "Would you say it to their face?",
            "Is it kind?",
        ),
        (
            "Treat fellow members as you would at a club night: disagree by all means, but courteously.",
            "Criticise the idea, not the person who posted it.",
            "Personal attacks, name-calling and sneering at newcomers will be removed without notice.",
            "Everyone was a beginner once, so please be patient with questions that seem basic.",
            "Robust debate is welcome; insults, goading and point-scoring are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for bigotry",
            "Respect for all communities",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack people for their race, nationality, religion, sex, sexuality, disability or age will be "
            "deleted.",
            "Generalisations about Greenlanders, Faroese or Danes as a people, rather than about a policy or a "
            "decision, will not be published.",
            "Jokes at the expense of people who have seizures are not funny here and will be taken down.",
            "We do not allow slurs, stereotypes or coded language aimed at any group.",
            "Anyone posting racist or sectarian material will be banned at once and may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Should I share my address?",
            "Protect yourself and others",
        ),
        (
            "Do not post phone numbers, email or home addresses, or the plot numbers of other members.",
            "Never share anyone else's medical details without their permission, however well you mean it.",
            "Think twice before posting where your boat is moored; an empty boat is an easy target for thieves.",
            "Photographs of identifiable people, especially children, need their consent (or a parent's) before "
            "they go up.",
            "Private messages are private: please do not repost them on the open board without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young players",
            "Protecting vulnerable members",
            "Worried about someone?",
            "Under 18?",
        ),
        (
            "Junior players must not be named or tagged in {cs} without the written consent of a parent or guardian.",
            "Adults must not send private messages to junior members; any contact goes through the club welfare "
            "officer.",
            "If you are worried about a child's welfare, speak to our welfare officer rather than posting about it.",
            "If a member says they are in danger or thinking of harming themselves, alert the moderators straight "
            "away and urge them to call 999 or 112.",
            "Members under 16 may read the forum but need a parent's permission to post.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How we moderate",
        ),
        (
            "All {cs} are read by a volunteer before they appear, so please allow up to 48 hours.",
            "Our moderators are volunteers with jobs and plots of their own, so approval can be slow at weekends.",
            "A new member's first five {cs} are held for approval; after that they appear straight away.",
            "{Cs} sent after 5pm on a Friday may not be approved until Monday morning.",
            "With a small team and a slow island connection, there may be a delay before your {c} goes live.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Relevance",
            "Keep to the subject",
            "Is this the right board?",
            "Off-topic {cs}",
        ),
        (
            "Keep your {cs} relevant to the story above.",
            "Please use the right section: pest and disease questions belong in Plot Problems, not in Federation News.",
            "Threads that drift far from the original question may be split or locked.",
            "General chat belongs in the Lock Landing, our off-topic area.",
            "Arguments about the Board of Supervisors or state politics that have nothing to do with the article will be "
            "removed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and swapping",
            "Can I advertise my business?",
            "Commercial {cs}",
        ),
        (
            "Commercial advertising is not allowed; traders may apply to the committee for a sponsor's listing.",
            "Trees, pots and tools for sale go in the Members' Marketplace, which is open to paid-up members only.",
            "Boats for sale may be listed once a month in the Classifieds board, with the asking price stated.",
            "Repeated links to your own website, shop or channel will be treated as spam.",
            "Chain letters, fundraising appeals and surveys need a moderator's approval before posting.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Usernames",
            "Real names",
            "One member, one account",
            "Who can post?",
        ),
        (
            "{Cs} must carry your full name and the town you live in; anonymous {cs} will not be printed.",
            "Please register under your own name or your boat's name, so members know who they are talking to.",
            "Each member may hold one account only; duplicate accounts will be merged or closed.",
            "Usernames must not be offensive or impersonate another person, club or organisation.",
            "Posting is open to members of an affiliated society; please give your society's name when you register.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Stay within the law",
            "Defamation",
            "Could I be sued?",
            "Court cases",
        ),
        (
            "Do not make allegations of wrongdoing against named people or businesses that you cannot prove.",
            "{Cs} about criminal cases before the courts will not be published until the case is over.",
            "You are legally responsible for what you post, and we will cooperate with the police if asked to.",
            "This site is published in T\u00f3rshavn, and everything posted on it must comply with Faroese and "
            "Danish law.",
            "Do not name, or hint at the identity of, anyone under 18 in court or the alleged victim of a sexual "
            "offence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Whose picture is it?",
            "Quoting other sources",
            "Can I share a whole article?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Quote a short passage and link to the source rather than pasting whole articles.",
            "By posting a photo of your tree you allow the society to use it in its newsletter, with credit.",
            "Pages copied from published canal guides and maps are copyright and must not be posted in full.",
            "We will remove material when the copyright owner asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Spotted something wrong?",
            "Flagging {cs}",
            "How do I report a {c}?",
        ),
        (
            "Use the Report button under any {c} that breaks these rules; reports go to the moderators only.",
            "Please report rather than reply: arguing with a troll only feeds it.",
            "If the button does not work for you, email the editor with a link to the {c}.",
            "We look at every report, but we cannot always tell you what action was taken.",
            "Malicious or repeated false reports are themselves a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' call",
            "Who decides?",
            "Right to remove",
        ),
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final; please do not argue them on the open board.",
            "If you disagree with a decision, write to the federation secretary, who will put it to the committee.",
            "We reserve the right to close any thread at any time.",
            "Publishing a {c} does not mean the club or its committee agrees with it.",
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
            "If you think we have got something wrong, email the newsroom rather than posting it below, and we will "
            "put it right.",
            "Corrections are made in the article itself, with a note at the foot saying what was changed.",
            "Have news from Nuuk, Sisimiut or the settlements? Send it to the editor; we read everything.",
            "Tips about Island news can be sent in confidence, and we will not use your name unless you agree.",
            "Match reports and results for the website should reach the club secretary by Sunday evening.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Please write in English",
            "No swearing",
            "Which language can I use?",
        ),
        (
            "Please post in English so that all readers can follow; a few words of Faroese or Danish are fine.",
            "{Cs} in Kalaallisut or Danish are welcome, but a short English summary helps other readers.",
            "Swearing, including words disguised with asterisks or symbols, will be removed.",
            "Please do not write in capitals: it reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read; please write in full sentences.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
        ),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats, hate or abusive behaviour towards moderators, lead to an immediate ban.",
            "Members who have been banned may not rejoin under another name.",
            "A suspended member can still read the board but cannot post until the suspension ends.",
            "Breaches by club members may also be referred to the club's disciplinary panel.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Advice at your own risk",
            "Not a substitute for your doctor",
            "Is the advice here safe?",
            "Safety first",
        ),
        (
            "Members share their own experience, not medical advice: never change or stop your medication without "
            "speaking to your doctor or epilepsy nurse.",
            "If a seizure lasts longer than five minutes, call an ambulance; do not wait to post about it here.",
            "Advice given here on gas, electrics and navigation is offered in good faith; have it checked by a "
            "qualified person before you act on it.",
            "Pesticides and weedkillers mentioned by members must only be used as the label directs.",
            "The federation accepts no liability for any loss arising from advice given in {cs}.",
        ),
    ),
    (  # private disputes
        (
            "Disputes",
            "Keep it off the board",
            "Neighbour disputes",
            "Got a grievance?",
            "Taking it private",
        ),
        (
            "Disagreements between plot-holders should go to your site representative, not onto the public board.",
            "If a discussion turns into a row between two members, take it to private messages or let it go.",
            "Complaints about a named club official should go through the proper channel, not into a thread.",
            "Do not use the board to carry on a quarrel from the towpath or the moorings.",
            "Moderators will lock any thread that becomes a personal feud.",
        ),
    ),
)


#: Titles some sites print above such a policy.
POLICY_TITLES_173 = (
    "House Rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the Board",
    "Guidelines for contributors",
    "Comment policy",
    "Before you post",
    "Code of Conduct",
    "Forum etiquette",
    "Message board rules",
    "Our rules for {cs}",
)


#: Opening lines some sites print above the items.
POLICY_INTROS_173 = (
    "Please read these rules before posting; by joining the forum you agree to keep to them.",
    "This board is run by volunteers for members of the federation and its affiliated societies.",
    "We welcome {cs} from readers at home and abroad, on the following conditions.",
    "Our forum is a friendly place for people affected by epilepsy, their families and carers. To keep it that way:",
    "The rules below apply to everything posted on the club's pages and social media.",
    "{Cs} are welcome on all our stories, subject to these rules:",
)


#: Closing lines some sites print after the items.
POLICY_CLOSINGS_173 = (
    "Thank you for helping to keep this a friendly and useful place.",
    "These rules may be updated from time to time; the current version is always on this page.",
    "Last reviewed by the committee, March 2025.",
    "\u2014 The Moderators",
    "Questions about these rules? Email the forum team.",
    "If in doubt, leave it out.",
    "Happy growing!",
)


#: British spellings in the lists above and their American forms (a reworded-173 document prints one or the other).
AMERICAN_173 = {
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
    "criticise": "criticize",
    "neighbour": "neighbor",
    "generalisation": "generalization",
}


#: The site's word for what readers send, other than "comment": (singular, plural).
WORDS_173 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}

_NUMBER_WORDS = (
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

#: How a site marks its items (drawn by weight): a label, and a function of the item's number (1-based).
_MARKS = (
    ("none", 7),
    ("1.", 5),
    ("1)", 2),
    ("(1)", 1),
    ("[1]", 1),
    ("#1", 1),
    ("1:", 1),
    ("Rule 1.", 1),
    ("Rule One:", 1),
    ("a.", 1),
    ("(a)", 1),
    ("A)", 1),
    ("i.", 1),
    ("I.", 1),
    ("(i)", 1),
    ("\u2022", 3),
    ("-", 1),
    ("*", 1),
    ("\u00bb", 1),
    ("\u203a", 1),
    ("\u25e6", 1),
    ("\u25a0", 1),
    ("\u2713", 1),
)


_BULLETS = {"\u2022", "-", "*", "\u00bb", "\u203a", "\u25e6", "\u25a0", "\u2713"}


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _mark(style: str, n: int) -> str:
    """The mark a site prints before its ``n``-th item in ``style`` (a label from ``_MARKS``), without a space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    forms = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "[1]": f"[{n}]",
        "#1": f"#{n}",
        "1:": f"{n}:",
        "Rule 1.": f"Rule {n}.",
        "Rule One:": f"Rule {_NUMBER_WORDS[(n - 1) % len(_NUMBER_WORDS)]}:",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "A)": f"{letter.upper()})",
        "i.": f"{_roman(n)}.",
        "I.": f"{_roman(n).upper()}.",
        "(i)": f"({_roman(n)})",
    }
    return forms.get(style, style)


def _case(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    if case == "sentence":
        lowered = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
        return lowered[:1].upper() + lowered[1:]
    return heading


def _items_173(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-173 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment", and print nothing that does); how
    many item kinds (two to four now and then, else six to all), in the table's order or shuffled; one sentence an
    item, or one to three, each its own part or run together as one paragraph; its headings (on their own part, run
    in before a stop, colon or dash, asked as questions, or none) and their case; the mark it prints before its items
    (numbers, letters, Roman numerals, rule numbers in figures or words, bullets, or none) and where; decimal clause
    numbers under numbered headings, bullets under a heading, stops dropped after bullets, a rule line between items;
    then ``_furnish`` adds the opening, closing and title lines."""
    never_comment = rng.random() < 0.25
    if never_comment or rng.random() < 0.2:
        single, plural = rng.choice(WORDS_173)
    else:
        single, plural = "comment", "comments"
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(choices: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in choices]
        return [text for text in filled if not (never_comment and _says_comment(text))]

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_173))
    picked = rng.sample(range(len(REWORDINGS_173)), count)
    if rng.random() < 0.55:
        picked.sort()
    terse = rng.random() < 0.3  # one sentence an item
    paragraph = rng.random() < 0.4  # an item's sentences run together in one part

    heads = rng.choices(("own", "run", "none", "ask"), (0.45, 0.3, 0.15, 0.1))[0]
    case = rng.choices(("as", "upper", "title", "sentence", "lower"), (0.5, 0.17, 0.18, 0.1, 0.05))[0]
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " \u2014 ", " - "))
    starred = heads in ("own", "run") and rng.random() < 0.05  # a forum's markdown bold kept in the text
    style = rng.choices([label for label, _ in _MARKS], [weight for _, weight in _MARKS])[0]
    if style.endswith(":"):  # no second colon after "Rule One:" or "3:"
        run_in = ". " if run_in == ": " else run_in
        stop = "." if stop == ":" else stop
    bullet = style in _BULLETS
    figures = style in ("1.", "1)", "1:")
    decimals = figures and heads == "own" and not paragraph and rng.random() < 0.3  # "3." then "3.1", "3.2"
    section = rng.randint(1, 9) if figures and not decimals and rng.random() < 0.15 else 0  # "4.1", "4.2" ...
    mark_alone = style != "none" and not bullet and heads == "own" and rng.random() < 0.12
    under = heads in ("own", "ask") and not paragraph and not decimals and rng.random() < 0.2
    under_mark = rng.choice(("\u2022", "-", "o", "\u2013", "\u25e6"))
    bare_stops = (bullet or style == "none") and rng.random() < 0.2
    rule_line = rng.choice(("~~~", "\u2014\u2014\u2014", "* * *", "--")) if rng.random() < 0.05 else ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_173[index]
        heading_choices = fill(headings)
        sentence_choices = fill(sentences)
        if not sentence_choices:
            continue
        if heads == "ask":
            heading_choices = [heading for heading in heading_choices if heading.endswith("?")] or heading_choices
        k = 1 if terse else rng.choice((1, 2, 2, 3))
        chosen = rng.sample(sentence_choices, min(k, len(sentence_choices)))
        if rng.random() < 0.6:
            chosen.sort(key=sentence_choices.index)
        if bare_stops:
            chosen = [sentence.removesuffix(".") for sentence in chosen]
        heading = ""
        if heads != "none" and heading_choices and rng.random() > 0.04:
            heading = _case(rng.choice(heading_choices), case)
        mark = _mark(style, n)
        if section:
            mark = f"{section}.{n}"
        if decimals:
            chosen = [f"{n}.{j} {sentence}" for j, sentence in enumerate(chosen, 1)]
        elif under:
            chosen = [f"{under_mark} {sentence}" for sentence in chosen]
        body = [" ".join(chosen)] if paragraph else chosen
        if rule_line and items:
            items.append(("", rule_line))
        if not heading:
            first = f"{mark} {body[0]}" if mark else body[0]
            items.append(("", first, *body[1:]))
        elif heads == "run":
            if heading[-1] in "?!.:":
                head, gap = heading, " "
            elif starred and run_in.strip() in (":", "."):  # the stop inside the bold
                head, gap = heading + run_in.strip(), " "
            else:
                head, gap = heading, run_in
            lead = f"**{head}**{gap}{body[0]}" if starred else f"{head}{gap}{body[0]}"
            items.append(("", f"{mark} {lead}" if mark else lead, *body[1:]))
        else:
            if heading[-1] not in "?!.:" and not starred:
                heading += stop
            if starred:
                heading = f"**{heading}**"
            if mark_alone:
                items.append((mark, heading, *body))
            else:
                items.append((f"{mark} {heading}" if mark else heading, *body))
    return _furnish(
        items, rng, fill(POLICY_INTROS_173), fill(POLICY_CLOSINGS_173), fill(POLICY_TITLES_173), AMERICAN_173
    )
