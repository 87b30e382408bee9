"""The ``reworded-122`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian and Samoan English-language news, Cumbrian fell-country papers, Idaho panhandle weeklies,
lifeboat-station supporters, beekeeping associations, adoption-support forums, Parkinson's carers' boards,
morris-dancing sides.

Written blind: from how such sites word and print their posting rules, forum rules, talkback guidance and community
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them), and five sentences, of
#: which an item prints one to three. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers
#: send (comment, post, message...). Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_122``).
REWORDINGS_122 = (
    (
        ("Be kind", "Courtesy costs nothing", "Treat others as you would in person", "Play nicely", "Be civil"),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Personal attacks, name-calling and sniping at other readers are not allowed.",
            "Remember that there is a real person, often a tired one, reading your {c}.",
            "Disagree with the idea if you must, but leave the person out of it.",
            "Sarcasm and point-scoring rarely help anyone, so please think twice before you press send.",
        ),
    ),
    (
        ("No hate speech", "Hatred and discrimination", "Respect for all", "Is it fair to everyone?", "No bigotry"),
        (
            "{Cs} that attack people because of their race, ethnicity, religion, disability, sex or sexuality will "
            "be removed.",
            "Remarks aimed at any community, whether iTaukei, Indo-Fijian, Samoan or tribal, have no place here.",
            "We do not accept stereotyping of incomers, second-home owners or any other group.",
            "Hateful {cs} will be deleted without warning and the account closed.",
            "Jokes that rely on demeaning a group of people are not welcome, however light they are meant to be.",
        ),
    ),
    (
        (
            "Protect your privacy",
            "Privacy",
            "Keep personal details private",
            "What shouldn't I share?",
            "Personal information",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, yours or anyone else's.",
            "Please do not share where your hives are kept; apiary thefts do happen.",
            "Think carefully before naming your GP, care home or hospital ward.",
            "Screenshots of private messages must not be posted without the sender's consent.",
            "Anything you write on the open boards can be read by anyone, including search engines.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Protecting children",
            "Keeping children safe",
            "Who must I not name?",
            "Safeguarding and identifying details",
        ),
        (
            "Never post the full names, photographs or schools of children who are adopted, fostered or in care.",
            "Do not post anything that could identify a child's birth family or the area they live in.",
            "If you are worried that a child or vulnerable adult is at risk, contact the police or social services "
            "rather than posting here.",
            "{Cs} naming children involved in court or family proceedings will be removed at once.",
            "Photographs of young dancers must not be posted without a parent's permission.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "How we moderate"),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not go up until the next "
            "working day.",
            "New members' first few {cs} are held for approval.",
            "{Cs} on court reports and some other stories are switched off for legal reasons.",
            "Please don't post the same {c} twice; it is waiting in the queue and will appear once approved.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Right place, right board", "Is this the place for it?", "Off-topic"),
        (
            "Keep your {c} relevant to the story or thread you are replying to.",
            "Swarm reports belong in the swarm board, not in general chat.",
            "Threads that drift too far may be split or locked by a moderator.",
            "Please start a new thread rather than adding an unrelated question to someone else's.",
            "Political campaigning is not the purpose of this board, except where the topic calls for it.",
        ),
    ),
    (
        ("No advertising", "Spam and selling", "Advertising", "Can I sell things here?", "Commercial posts"),
        (
            "Advertising is not permitted outside the For Sale and Wanted section.",
            "Nucs, queens and equipment may be offered to members only in the marketplace board.",
            "Fundraising pages, raffles and sponsorship requests need a moderator's permission first.",
            "Links posted only to promote a business or website will be removed as spam.",
            "Accounts set up to sell products or services will be banned.",
        ),
    ),
    (
        ("Your account", "Real names", "One account each", "Usernames", "Who are you?"),
        (
            "Please register with your real name; {cs} under false names will not be published.",
            "Each member may hold one account only.",
            "Usernames that are offensive or that impersonate another person or organisation will be changed or "
            "removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "You may use a nickname, but moderators must be able to contact you by email.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation and contempt", "Could you be sued?", "Stay within the law"),
        (
            "Do not make allegations against anyone that you cannot prove; defamation is a criminal as well as a "
            "civil matter in some jurisdictions.",
            "Do not comment on cases that are before the courts, as this may amount to contempt of court.",
            "You are legally responsible for what you post, and we may be required to pass your details to the "
            "authorities.",
            "{Cs} that breach the Online Safety Act or any other law will be removed and may be reported.",
            "Do not name anyone accused of a crime unless they have been charged.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photos and copyright", "Can I post this photo?", "Credit where due"),
        (
            "Only post photographs, articles or recordings that you own or have permission to share.",
            "Please link to other sites' articles rather than copying them in full.",
            "Dance notations and tunes written by others should be credited to their authors.",
            "By posting a photograph you give us permission to use it on the site and in print.",
            "Material copied from our own stories must not be reproduced elsewhere without permission.",
        ),
    ),
    (
        ("Reporting a problem", "Report it", "Flagging", "Seen something wrong?", "Alert a moderator"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to the moderators rather than replying to them in the thread.",
            "Reports are anonymous and are reviewed as soon as a volunteer is available.",
            "You can email the editor if you believe something posted is unlawful or untrue.",
            "Don't feed the trolls; report them and move on.",
        ),
    ),
    (
        (
            "Editor's discretion",
            "Our decision is final",
            "Moderators' discretion",
            "The small print",
            "Our right to edit",
        ),
        (
            "We reserve the right to edit, reject or remove any {c} without giving a reason.",
            "The moderators' decision is final and will not be discussed on the open boards.",
            "Publication of a {c} does not mean we agree with it.",
            "We may close {cs} on any story at any time.",
            "{Cs} express the views of their writers and not those of the paper, the club or the charity.",
        ),
    ),
    (
        ("Corrections", "News tips", "Spotted a mistake?", "Got a story?", "Errors and news"),
        (
            "If you think we have got something wrong, please email the newsroom rather than posting a {c}.",
            "Corrections are made promptly and noted at the foot of the story.",
            "Have a story for us? Send it to the news desk with your name and a phone number.",
            "Please do not use the {cs} to report emergencies or incidents at sea.",
            "Tips about forthcoming shows, fêtes and fell races are always welcome by email.",
        ),
    ),
    (
        ("Language", "Mind your language", "Keep it clean", "Swearing", "Which language?"),
        (
            "Please avoid swearing and crude language; many of our members read the boards at work or with family "
            "nearby.",
            "{Cs} in Fijian, Hindi or Samoan are welcome, though an English summary helps moderators.",
            "Words with letters replaced by asterisks are still swearing.",
            "Writing in capital letters is read as shouting.",
            "Please keep text-speak to a minimum so that everyone can follow.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Three strikes", "Suspensions", "Consequences"),
        (
            "Members who break these rules will receive a warning by private message.",
            "Repeated breaches will lead to a temporary suspension and then a permanent ban.",
            "Serious breaches may result in an immediate ban without warning.",
            "Setting up a new account to get round a ban will see that account removed too.",
            "Bans may be appealed by email to the administrators, not on the boards.",
        ),
    ),
    (
        ("Advice and safety", "Medical advice", "Not professional advice", "Is this advice?", "Look after yourself"),
        (
            "Nothing posted here replaces advice from your GP, Parkinson's nurse or consultant.",
            "Never stop or change medication because of something you read on a forum.",
            "Treatments for varroa must be used as the label says; check with your bee inspector if unsure.",
            "If you see someone in difficulty at sea, dial 999 and ask for the Coastguard.",
            "If you are feeling overwhelmed, please call the helpline or speak to someone you trust.",
        ),
    ),
)

#: Titles some sites print above such rules.
POLICY_TITLES_122 = (
    "Forum rules",
    "House rules",
    "Talanoa guidelines",
    "Community guidelines",
    "Posting guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "Before you post",
    "Our {c} policy",
    "Forum etiquette",
    "Terms of use for the message boards",
)

#: Opening lines some sites print above the rules.
POLICY_INTROS_122 = (
    "We welcome your {cs}, but please read these guidelines first.",
    "This forum is run by volunteers, and these rules help keep it a friendly place.",
    "By posting on this site you agree to the following rules.",
    "Our boards are a place for support and friendship; please help us keep them that way.",
    "The following guidelines apply to all {cs} on our website and social media pages.",
    "Please take a moment to read our house rules.",
)

#: Closing lines some sites print below the rules.
POLICY_CLOSINGS_122 = (
    "Vinaka vakalevu for keeping the conversation respectful.",
    "Fa'afetai lava for helping us keep this a safe space.",
    "Thank you, and happy posting.",
    "These rules may be updated from time to time.",
    "Questions about these rules can be sent to the moderators.",
    "Thanks for reading, and welcome aboard.",
    "The committee",
)

#: British spellings in the lists above and their American forms (a reworded-122 document prints one or the other).
AMERICAN_122 = {
    "organisation": "organization",
    "fêtes": "fairs",
    "offence": "offense",
    "defence": "defense",
}

#: The site's word for what readers send, when it is not "comment" (a quarter of sites).
WORDS_122 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
    ("entry", "entries"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "if", "you"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_LETTERS = "abcdefghijklmnop"

#: Marker shapes, as format strings: n a number, a a letter, A a capital, r a roman numeral, R a capital one.
_MARKERS_122 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "Rule {n}:",
    "Rule {n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "\u25aa",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_122(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-122 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as
    ("", sentence). Draws the site's word (comment 0.75, else one of ``WORDS_122``); the count of items (two to four
    0.3 of the time, else seven to sixteen), in the table's order (0.5) or drawn; one to three of an item's sentences
    in the table's order; for the site: headings or none (0.15), their case (as written, title case, capitals),
    whether they stand on their own part (0.45) or run into the first sentence before a colon, a stop or a dash,
    questions as "Q." with the answer as "A." (0.1, where an item has a question), headings in asterisks (0.07), a
    marker (none 0.3, else one of ``_MARKERS_122``) before an item's first part, and an item's further sentences
    as parts of their own or run on in the first (0.5); then ``_furnish``'s opening, closing and title lines."""
    word, words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_122)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    def said(text: str) -> str:
        return text.format(**fill)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_122))
    chosen = rng.sample(range(len(REWORDINGS_122)), count)
    if rng.random() < 0.5:
        chosen.sort()
    bare = rng.random() < 0.15
    case = rng.choice(("as written", "as written", "title", "capitals"))
    alone = rng.random() < 0.45
    joint = rng.choice((":", ":", ".", " -", " \u2013", " \u2014"))
    ask = rng.random() < 0.1
    starred = rng.random() < 0.07
    marker = "" if rng.random() < 0.3 else rng.choice(_MARKERS_122)
    run_on = rng.random() < 0.5
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_122[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        lines = [said(sentences[i]) for i in picked]
        questions = [heading for heading in headings if heading.endswith("?")]
        heading = "" if bare else said(rng.choice(questions if ask and questions else headings))
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "capitals":
            heading = heading.upper()
        if heading and ask and heading.endswith("?"):
            heading, lines[0] = "Q. " + heading, "A. " + lines[0]
        elif starred and heading:
            heading = "**" + heading + "**"
        if run_on:
            lines = [" ".join(lines)]
        if heading and not alone:
            stop = "" if heading[-1] in "?*" or (joint == "." and heading[-1] == ".") else joint
            lines[0] = heading + stop + " " + lines[0]
            heading = ""
        shown = marker.format(
            n=number,
            a=_LETTERS[number - 1],
            A=_LETTERS[number - 1].upper(),
            r=_ROMAN[number - 1],
            R=_ROMAN[number - 1].upper(),
        )
        if shown and heading:
            heading = shown + " " + heading
        elif shown:
            lines[0] = shown + " " + lines[0]
        items.append((heading, *lines))
    return _furnish(
        items,
        rng,
        [said(line) for line in POLICY_INTROS_122],
        [said(line) for line in POLICY_CLOSINGS_122],
        [said(line) for line in POLICY_TITLES_122],
        AMERICAN_122,
    )
