"""The ``reworded-227`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Belize English news, Rutland market-town papers, Nevada mining-town weeklies, roller-derby leagues,
quilting bees, stroke survivors' forums, houseboat co-ops, lighthouse restoration friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure; the first lines of ``reworded-220``'s module and the names it defines were glimpsed, not its tables)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (sentence case, no stop: a site prints them in its own case and shape), and five
#: sentences, of which an item prints one to three. Placeholders: {c} {cs} {C} {Cs} the site's word for what
#: readers send; {site} {Site} the site; {mods} {Mods} who moderates; {readers} {Readers}; {law}; {emerg} whom to
#: call in an emergency; {advisor} whom to ask for advice; {thread} what a discussion hangs under.
REWORDINGS_227 = (
    (  # civility
        ("Be civil", "Play the ball, not the player", "Treat others as you would be treated", "Be kind", "Respect"),
        (
            "Disagree with the point by all means, but do not go after the person who made it.",
            "Personal attacks on other {readers} will be removed without notice.",
            "Name-calling, sneering and goading are not allowed, however strongly you feel.",
            "Please remember there is a real person reading your {c} at the other end.",
            "Robust debate is welcome on {site}; rudeness is not.",
        ),
    ),
    (  # hatred
        ("No hate", "Hateful content", "Discrimination", "Zero tolerance for bigotry", "What counts as hate speech?"),
        (
            "{Cs} attacking anyone for their race, ethnicity, religion, sex, sexuality, age or disability will be "
            "deleted.",
            "We do not tolerate racism, sexism, homophobia or any other form of bigotry.",
            "Stirring up hatred against any group is against {law} as well as our rules.",
            "Slurs are not allowed, even in jest and even with letters starred out.",
            "Jokes at the expense of someone's colour, creed or disability will not be published.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Others' privacy",
            "Is it safe to post my phone number?",
        ),
        (
            "Do not post your own or anyone else's address, phone number or email in a {c}.",
            "Never share private messages, photographs or details of another person without their permission.",
            "If you are selling or swapping something, arrange it by private message, not in the open thread.",
            "Please do not name neighbours, staff or relatives who have not chosen to take part.",
            "Anything you post here can be read by anyone, so think before sharing personal information.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting children and vulnerable people", "Under-18s", "Who may join?", "Minors"),
        (
            "You must be 16 or over to register and take part.",
            "Do not post photographs of children who are not your own without a parent's consent.",
            "Never name a child involved in a court case, or a victim of a sexual offence.",
            "If you are worried that someone is at risk, tell {mods} straight away.",
            "Grooming, or any attempt to contact a young person privately, will be reported to the police.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Approval times", "How we moderate"),
        (
            "Every {c} is read by {mods} before it appears, so please be patient.",
            "Approval may take a day or two, as every {c} is checked by hand.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "New members' first few {cs} are held for approval as a precaution against spam.",
            "{Cs} with links in them are held back automatically until someone has checked them.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "On topic, please", "Relevance", "Where should I post?"),
        (
            "Please keep {cs} relevant to the {thread} they sit under.",
            "Off-topic {cs} may be moved to the general section or removed.",
            "If you want to raise something new, start a new {thread} rather than taking over someone else's.",
            "{Cs} that wander away from the subject, however interesting, may not be published.",
            "Party-political point-scoring has no place here unless the {thread} is about politics.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Self-promotion"),
        (
            "Advertising, sales pitches and links to commercial sites will be removed.",
            "Repeated or copied {cs} are treated as spam and deleted.",
            "Members may mention their own small business once, in the introductions section only.",
            "Chain letters, petitions and fundraising appeals need the agreement of {mods} first.",
            "Accounts set up only to promote a product will be closed without warning.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "Usernames", "One account each", "Do I have to use my real name?"),
        (
            "Please use your real name, or a username that is not offensive or misleading.",
            "Pretending to be another person, or someone from {site}, will get you banned.",
            "Each member may have only one account; duplicate accounts will be removed.",
            "You are responsible for everything posted under your account, so keep your password safe.",
            "We may ask you to confirm your email address before your first {c} goes live.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Stay within the law", "Could I be sued?", "Court cases"),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proven in court.",
            "You are legally responsible for your {cs}, and {law} applies to what you write.",
            "{Cs} about ongoing court cases may be held until the case is over.",
            "Defamatory, threatening or obscene {cs} will be removed and may be passed to the authorities.",
            "We will co-operate with the police if we are lawfully asked for information about a {c}.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and patterns", "Can I share a photo I found?", "Credit"),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please do not copy whole articles from other sites; a short quote and a link will do.",
            "Photographs, drawings and patterns belong to the people who made them, so always credit them.",
            "By posting on {site} you allow us to show your {c} here, but you keep the copyright.",
            "Material posted in breach of copyright will be taken down when we are told of it.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the report button beside it.",
            "Please report problems to {mods} rather than replying to them in the {thread}.",
            "Reports are confidential, and the person you report will not be told who you are.",
            "Don't feed the trolls; report them and move on.",
            "We look at every report, though we cannot always reply to each one.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Editor's discretion", "Discretion", "Right to remove", "Final say"),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean that {site} agrees with it.",
            "We reserve the right to close any {thread} to further {cs} at any time.",
            "Decisions on what is published rest with {mods}, and we are not able to enter into long "
            "correspondence about them.",
            "The views expressed are those of the individual {readers} and not of {site}.",
        ),
    ),
    (  # corrections and tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and omissions"),
        (
            "If we have got something wrong, please tell us directly rather than in the {cs} so we can put it right.",
            "Corrections are best sent by email, where {mods} will see them sooner.",
            "Have a story or a photo for us? Send it in and we will be in touch.",
            "Please do not use the {cs} to send us news tips; use the contact page instead.",
            "We are happy to correct factual errors, and will note the change at the foot of the page.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "Write in English", "Shouting"),
        (
            "Please avoid swearing and crude language; many of our {readers} find it offensive.",
            "Writing in capital letters is treated as shouting and may be edited.",
            "Please write in English so that everyone, including {mods}, can follow the {thread}.",
            "Bad language with letters swapped for symbols is still bad language.",
            "Text-speak is hard for some {readers} to read, so please write words out in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "Sanctions", "Breaking the rules", "What happens if I break a rule?"),
        (
            "Breaking these rules will lead to a warning, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate, will lead to an immediate ban.",
            "Banned members who rejoin under a new name will be removed again.",
            "If you think you have been banned unfairly, email {mods} rather than posting about it.",
            "Suspensions usually last seven days, and repeat offenders lose their account for good.",
        ),
    ),
    (  # safety and advice
        ("Safety", "Advice", "Not professional advice", "In an emergency", "Is this advice?", "Take care"),
        (
            "Nothing posted here replaces advice from {advisor}.",
            "In an emergency, call {emerg}; do not post here and wait for a reply.",
            "Please share your experience, but do not tell others to stop or change medication.",
            "Information shared by {readers} is offered in good faith and may not suit your situation.",
            "If you are in doubt about your safety, ask {advisor} before you act.",
        ),
    ),
)


#: Titles, openings and closings these sites print with their rules; placeholders as in the table.
TITLES_227 = (
    "Comment policy",
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Forum rules",
    "Rules of the road",
    "Our rules",
    "Before you post",
    "Code of conduct",
    "Guidelines for {cs}",
    "Netiquette",
)
INTROS_227 = (
    "{Cs} are welcome on {site}, provided they follow these rules.",
    "Please read the guidelines below before you post.",
    "By sending a {c}, you agree to the following.",
    "To keep {site} a friendly place for everyone, we ask you to follow a few simple rules.",
    "These rules apply to all {readers}, old and new.",
)
CLOSINGS_227 = (
    "Thank you for helping to keep {site} friendly.",
    "These rules may be updated from time to time.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "Last updated by {mods}.",
)


#: British spellings above and their American forms.
AMERICAN_227 = {
    "neighbours": "neighbors",
    "colour": "color",
    "offence": "offense",
    "harbourmaster": "harbormaster",
    "co-operate": "cooperate",
    "organisation": "organization",
}


#: Each kind of site: its words for itself, its moderators, readers, the law, whom to call and whom to ask, what a
#: discussion hangs under, whether it writes American, and the marker shapes it tends to print.
_KINDS = (
    {  # Belize English news
        "site": ("this newspaper", "the paper", "this website", "our website"),
        "mods": ("the editor", "our online editor", "the news desk", "the moderators"),
        "readers": ("readers", "commenters", "readers and contributors"),
        "law": ("the laws of Belize", "the law", "Belizean law"),
        "emerg": ("911", "the police on 911", "90 or 911"),
        "advisor": ("a qualified professional", "the proper authorities", "a lawyer or doctor"),
        "thread": ("story", "article", "report"),
        "american": 0.0,
        "marks": ("{n}.", "{n})", "•", "-", ""),
    },
    {  # Rutland market-town papers
        "site": ("this website", "the paper", "our site", "the Times website"),
        "mods": ("the newsdesk", "our moderators", "the editor", "the digital team"),
        "readers": ("readers", "users", "readers and users"),
        "law": ("UK law", "the law", "the law of England and Wales"),
        "emerg": ("999", "the emergency services on 999", "999 or 101 for non-urgent matters"),
        "advisor": ("a qualified professional", "a solicitor", "your GP"),
        "thread": ("story", "article", "discussion"),
        "american": 0.0,
        "marks": ("{n}.", "•", "{a})", "", ""),
    },
    {  # Nevada mining-town weeklies
        "site": ("this newspaper", "the weekly", "our website", "the paper"),
        "mods": ("the editor", "the publisher", "our staff", "the front office"),
        "readers": ("readers", "users", "folks"),
        "law": ("Nevada law", "state and federal law", "the law"),
        "emerg": ("911", "the sheriff's office at 911"),
        "advisor": ("a licensed professional", "a doctor or attorney", "the sheriff's office"),
        "thread": ("story", "article", "column"),
        "american": 1.0,
        "marks": ("{n}.", "{n})", "*", "-", "Rule {n}:", ""),
    },
    {  # roller-derby leagues
        "site": ("the league", "our page", "this group", "the league forum"),
        "mods": ("the admins", "our comms team", "the league's admin team", "the board"),
        "readers": ("skaters, refs and fans", "members", "skaters", "skaters, officials, volunteers and fans"),
        "law": ("the law", "the law of the land"),
        "emerg": ("999", "the emergency services", "911"),
        "advisor": ("a medical professional", "your coach or a physio", "the league's safety officer"),
        "thread": ("thread", "post", "topic"),
        "american": 0.5,
        "marks": ("{n}.", "Rule {n}:", "Rule #{n}:", "#{n}", "-", "★"),
    },
    {  # quilting bees
        "site": ("the bee", "our group", "the guild forum", "this group", "our bee"),
        "mods": ("the group admins", "our hostesses", "the committee", "the moderators"),
        "readers": ("members", "quilters", "members and guests", "friends"),
        "law": ("the law", "copyright law"),
        "emerg": ("the emergency services", "999", "911"),
        "advisor": ("a professional", "the pattern's designer", "a qualified person"),
        "thread": ("thread", "post", "topic"),
        "american": 0.5,
        "marks": ("{n}.", "~", "✿", "•", "*", ""),
    },
    {  # stroke survivors' forums
        "site": ("the forum", "this community", "the online community", "our forum"),
        "mods": ("the moderators", "the community team", "our moderation team", "the admin team"),
        "readers": ("members", "survivors, carers and families", "members and their carers", "users"),
        "law": ("the law", "UK law", "the law where you live"),
        "emerg": ("999", "999 straight away", "the emergency services", "999 (or 112)"),
        "advisor": ("your GP, stroke nurse or consultant", "a doctor", "your own healthcare team", "your GP"),
        "thread": ("thread", "topic", "conversation"),
        "american": 0.2,
        "marks": ("{n}.", "•", "-", "({n})", "{r}.", ""),
    },
    {  # houseboat co-ops
        "site": ("the co-op", "the noticeboard", "the members' forum", "the moorings group"),
        "mods": ("the management committee", "the committee", "the secretary", "the moorings officer"),
        "readers": ("members", "members and berth-holders", "boaters", "residents"),
        "law": ("the law", "the co-op's rules and the law", "the law and our licence"),
        "emerg": ("999 and ask for the coastguard", "999", "the emergency services", "the harbourmaster"),
        "advisor": ("the harbourmaster", "a qualified engineer", "a marine surveyor", "the committee"),
        "thread": ("thread", "discussion", "topic"),
        "american": 0.2,
        "marks": ("{s}.{n}", "{n}.", "({a})", "{a}.", "-", ""),
    },
    {  # lighthouse restoration friends
        "site": ("the Friends", "our page", "the Friends' website", "this group"),
        "mods": ("the Friends' committee", "our volunteer admins", "the trustees", "the page admins"),
        "readers": ("members, volunteers and visitors", "members", "supporters", "Friends"),
        "law": ("the law", "charity law and the law in general"),
        "emerg": ("999 and ask for the coastguard", "the coastguard", "the emergency services"),
        "advisor": ("the site manager", "a qualified person", "the volunteer coordinator"),
        "thread": ("post", "thread", "topic", "update"),
        "american": 0.3,
        "marks": ("{n}.", "{R}.", "•", "◆", "-", ""),
    },
)


_SAYING = (("comment", "comments"),) * 5 + (("post", "posts"), ("message", "messages"))
_OTHER = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if (i and word in _MINOR) else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _cased(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    if case == "upper":
        return heading.upper()
    return heading  # as written: sentence case


def _mark(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return shape.format(
        n=n, a=letter, A=letter.upper(), r=_ROMAN[(n - 1) % 16], R=_ROMAN[(n - 1) % 16].upper(), s=section
    )


def _items_227(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-227 policy. Draws a kind of site (its words for itself and the rest, one of each) and its word for
    what readers send ("comment" 0.75 of the time at most: a quarter of sites use another word and never say
    "comment" anywhere, title, opening and closing included); two to five items (0.3) or six to sixteen, in the
    table's order (0.5) or shuffled; one to three of an item's sentences, in the table's order or drawn. Per site: a
    heading case (sentence, title, capitals), no headings at all (0.15), headings on their own part (0.5) or run in
    before a colon, stop, dash or (for questions) nothing; a marker shape from the kind's own or a general list, or
    none (0.3); and printings of its own: headings in square brackets, doubled asterisks or tildes (0.15 together),
    question headings as "Q:" with the answer as "A:" (0.1), each sentence under a heading as a dashed sub-point
    (0.1), a "Back to top" line after each item (0.06). Opening, closing and title lines by ``_furnish``; a kind
    that writes American does so before it."""
    kind = rng.choice(_KINDS)
    never = rng.random() < 0.25
    word, words = rng.choice(_OTHER if never else _SAYING)
    site, mods, readers = (
        rng.choice([w for w in kind[key] if not (never and _says_comment(w))]) for key in ("site", "mods", "readers")
    )
    fills = {
        "c": word,
        "cs": words,
        "C": word.capitalize(),
        "Cs": words.capitalize(),
        "site": site,
        "Site": site[:1].upper() + site[1:],
        "mods": mods,
        "Mods": mods[:1].upper() + mods[1:],
        "readers": readers,
        "Readers": readers[:1].upper() + readers[1:],
        "law": rng.choice(kind["law"]),
        "emerg": rng.choice(kind["emerg"]),
        "advisor": rng.choice(kind["advisor"]),
        "thread": rng.choice(kind["thread"]),
    }

    def fill(text: str) -> str:
        return text.format(**fills)

    def allowed(text: str) -> bool:
        return not (never and _says_comment(text))

    kinds = list(REWORDINGS_227)
    if rng.random() >= 0.5:
        rng.shuffle(kinds)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    chosen = kinds[:count]

    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    bare = rng.random() < 0.15
    own_part = rng.random() < 0.5
    joiner = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    own_stop = rng.choice(("", "", ":", "."))
    if rng.random() < 0.3:
        shape = ""
    else:
        shape = rng.choice(kind["marks"] + ("{n}.", "{n})", "•", "-", "{a})", "({r})", "{A}."))
    section = rng.randint(2, 9)
    wrap = rng.choice((("[", "]"), ("**", "**"), ("~ ", " ~"))) if rng.random() < 0.15 else ("", "")
    qa = rng.random() < 0.1
    dashed = rng.random() < 0.1
    back = rng.random() < 0.06
    in_order = rng.random() < 0.5

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, start=1):
        pool = [fill(s) for s in sentences if allowed(fill(s))]
        heads = [fill(h) for h in headings if allowed(fill(h))]
        if not pool:
            continue
        picked = rng.sample(range(len(pool)), min(len(pool), rng.choice((1, 1, 2, 2, 3))))
        if in_order:
            picked.sort()
        said = [pool[i] for i in picked]
        heading = "" if bare or not heads else _cased(rng.choice(heads), case)
        mark = _mark(shape, n, section) if shape else ""
        question = heading.endswith("?")
        if heading and qa and question:
            heading, said[0] = "Q: " + heading, "A: " + said[0]
        elif heading:
            heading = wrap[0] + heading + wrap[1]
        if heading and dashed:
            said = ["- " + s for s in said]
        if heading and (own_part or dashed or (qa and question)):
            if not question and not wrap[0]:
                heading += own_stop
            parts = (heading, *said)
        elif heading:
            first = heading + (" " if question or wrap[0] else joiner) + said[0]
            parts = ("", first, *said[1:])
        else:
            parts = ("", *said)
        if mark:
            at = 0 if parts[0] else 1
            parts = (*parts[:at], mark + " " + parts[at], *parts[at + 1 :])
        items.append(parts)
        if back:
            items.append(("", rng.choice(("Back to top", "↑ Top"))))

    intros = [fill(t) for t in INTROS_227 if allowed(fill(t))]
    closings = [fill(t) for t in CLOSINGS_227 if allowed(fill(t))]
    titles = [fill(t) for t in TITLES_227 if allowed(fill(t))]
    if rng.random() < kind["american"]:
        items = [tuple(_american_with(AMERICAN_227, part) for part in item) for item in items]
        intros = [_american_with(AMERICAN_227, t) for t in intros]
        closings = [_american_with(AMERICAN_227, t) for t in closings]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_227)
