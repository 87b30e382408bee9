"""The ``reworded-233`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fiji English news, Devon moorland papers, Iowa river-town weeklies, table-tennis clubs, watercolour
societies, kidney patients' forums, almshouse tenants, canal lock-keepers' friends.

Written blind: from how such sites word and print their posting rules, house rules and community guidelines, not
from the cleaner's code, its docs or its figures, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (a question or two among them) and five sentences, of which a site prints one to
#: three. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what readers send; ``{site}`` ``{Site}``: its name
#: for itself; ``{mods}``: for its moderators. Written in British spelling (``AMERICAN_233``).
REWORDINGS_233 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play nicely", "Is it kind?", "Courtesy costs nothing", "Civility"),
        (
            "Treat other readers as you would if you met them at the market or on the quay.",
            "Disagree with the idea, not with the person who holds it.",
            "Personal attacks on other members, our volunteers or the people named in a story will be removed.",
            "Sarcasm and name-calling rarely win an argument and usually start a row.",
            "Remember that the people you are writing about may well read what you say.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Racism and discrimination",
            "Respect for all communities",
            "What counts as hate speech?",
            "Zero tolerance",
            "Hateful content",
        ),
        (
            "{Cs} that stir up ill-will between ethnic, religious or other communities will not be published.",
            "We do not accept racist, sexist, homophobic or otherwise discriminatory language in any form.",
            "Blaming a whole group of people for the actions of one is not acceptable here.",
            "Jokes at the expense of someone's race, faith, disability or age are not welcome either.",
            "Hate speech may be a criminal offence, and serious cases will be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal details",
            "Keep it private",
            "Should I share my address?",
            "Other people's information",
            "Privacy",
        ),
        (
            "Do not post telephone numbers, email addresses or home addresses, yours or anyone else's.",
            "Think twice before naming neighbours, fellow residents or staff in a public {c}.",
            "Medical details about another person must never be shared without their clear permission.",
            "Photographs of people who have not agreed to be shown will be taken down on request.",
            "Anything you post here can be read by anyone, so share only what you are happy to make public.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting the vulnerable",
            "Who do I tell if I am worried about someone?",
            "Keeping people safe",
        ),
        (
            "We will remove any {c} that names, or could identify, a child involved in a court case or an incident.",
            "If you are worried about a child or a vulnerable adult, contact the police or social services "
            "rather than posting about it here.",
            "Do not use this site to arrange to meet junior members outside supervised sessions.",
            "The safeguarding officer can be contacted in confidence through the contact page.",
            "Any attempt to befriend or groom younger members will be reported to the authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by one of {mods} before it appears, which can take a little while.",
            "{Mods} are volunteers, so {cs} sent in the evening or at weekends may wait until the next working day.",
            "Please do not send the same {c} more than once, as duplicates only slow the queue down.",
            "{Cs} sent after office hours are checked the following morning.",
            "A {c} held for review has not necessarily broken the rules; it may simply contain a link or a word "
            "our filter picks up.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place for it?",
            "Off-topic {cs}",
            "Stick to the thread",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "General chat belongs on the general discussion board, not under reports and notices.",
            "{Cs} that drag every story back to the same personal grievance will be removed.",
            "If you want to raise a new subject, please start a new thread.",
            "Questions about your own tenancy or repairs should go to the warden rather than to this board.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell my paintings here?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising goods or services is not allowed, except in the members' sales section.",
            "Posting the same message or link again and again will be treated as spam and deleted.",
            "Members may mention their own exhibitions once, on the events board, but not in every thread.",
            "Links to unfamiliar websites may be held back until they have been checked.",
            "Fundraising appeals need the committee's approval before they are posted.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Identity",
            "Do I have to use my own name?",
            "One account per person",
            "Registration",
        ),
        (
            "We ask you to post under your real name, or at least the name people at the club know you by.",
            "Each member may hold one account only, and duplicate accounts will be closed.",
            "Do not pretend to be another person, a public figure or an organisation.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive or misleading will be changed without notice.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Could I be sued?",
            "Court cases",
            "The law",
        ),
        (
            "Do not make allegations about named people that you cannot back up; the law of defamation applies "
            "online just as it does in print.",
            "{Cs} about cases before the courts will not be published until proceedings have ended.",
            "You are legally responsible for what you write, and you may be identified if a court orders it.",
            "We will not publish anything that breaches a court order, including the name of anyone it protects.",
            "Material that incites violence or breaks the law will be reported to the police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your own work only",
            "Photographs and images",
            "Can I share an article from another paper?",
            "Other people's work",
            "Quoting",
        ),
        (
            "Only upload pictures of paintings you made yourself, or that the artist has allowed you to show.",
            "Do not copy whole articles from other websites; a short quotation and a link are enough.",
            "By posting a photograph you confirm that you own it or have the right to share it.",
            "Work shown on {site}'s pages remains the property of the artist and may not be reproduced "
            "without permission.",
            "{Cs} sent to us may be reproduced in print or online, with your name attached.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link beside any {c} you think breaks these rules.",
            "Reports are anonymous, and the person you report will not be told who made it.",
            "Please report rather than reply, because answering a troll only keeps the row going.",
            "If something needs urgent attention, email {mods} directly.",
            "Malicious or repeated false reports may themselves lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to refuse",
            "Can you remove my {c}?",
            "Editing",
            "Discretion",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "We may close a thread at any time, for instance when a discussion becomes heated.",
            "The committee's decision on what is published is final.",
            "Publishing a {c} does not mean that {site} agrees with it.",
            "If you would like one of your own {cs} taken down, ask us and we will usually oblige.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Contact the newsroom",
        ),
        (
            "If you think we have got something wrong, email the editor rather than posting it here, so that it "
            "can be put right quickly.",
            "Corrections are printed on page two and online as soon as an error is confirmed.",
            "Tips about local stories are always welcome; please send them to the newsdesk, not in the {cs} below.",
            "Complaints about our reporting should be made to the editor in writing.",
            "Mistakes in fixtures, results or the meeting calendar should go to the secretary.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Bad language",
            "Swearing",
            "Why was my {c} blocked?",
            "Clean language please",
            "Write clearly",
        ),
        (
            "No swearing, including words disguised with asterisks or odd spellings.",
            "Please do not type in capital letters, which reads as shouting.",
            "{Cs} in Fijian or Hindi are welcome, but please add a short summary in English.",
            "Our filter automatically holds back {cs} containing offensive words.",
            "Text-speak and long strings of emojis make {cs} hard for others to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "Members who break these rules will first receive a warning.",
            "A second breach may lead to posting rights being suspended for up to a month.",
            "Serious or repeated breaches will result in a permanent ban.",
            "Anyone who rejoins under a new name after being banned will be removed again without notice.",
            "Appeals against a ban may be made in writing to the chair.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Should I change my treatment?",
            "Safety first",
            "Advice from other members",
        ),
        (
            "Members share their own experience, which is not medical advice; always speak to your renal team "
            "before changing your diet, fluids or medication.",
            "If you feel unwell, contact your dialysis unit or the emergency services rather than posting here.",
            "Never offer to buy, sell or give away organs or prescription medicines on this forum.",
            "Information about water levels, stoppages and towpath conditions is shared in good faith; check the "
            "official notices before setting out.",
            "Please do not encourage anyone to work a lock, or head onto the moor in bad weather, beyond their "
            "experience.",
        ),
    ),
)


#: What a site calls what readers send, when it never says "comment" (a quarter of sites).
WORDS_233 = (
    ("post", "posts"),
    ("message", "messages"),
    ("contribution", "contributions"),
    ("reply", "replies"),
    ("posting", "postings"),
)


#: What a site calls itself, and its moderators.
SITES_233 = ("the paper", "the club", "the Society", "the forum", "the Friends", "the Trust", "the Gazette")
MODERATORS_233 = ("our moderators", "the moderators", "the forum team", "the committee", "the editors")


#: Titles, opening and closing lines some of these sites print with their rules (filled as the items are).
POLICY_TITLES_233 = (
    "House rules",
    "Posting rules",
    "Forum rules",
    "{C} guidelines",
    "Community guidelines",
    "Rules for {cs}",
    "Terms of participation",
    "Before you post",
    "Message board rules",
    "Code of conduct",
)


POLICY_INTROS_233 = (
    "Please read these rules before you post.",
    "{Cs} are welcome as long as they follow the guidelines below.",
    "By sending a {c} you agree to these terms.",
    "These guidelines were agreed by the committee and apply to all members.",
    "We want this to be a friendly, supportive place for everyone.",
    "The following house rules apply to every {c} on this site.",
)


POLICY_CLOSINGS_233 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated by the committee from time to time.",
    "Questions about these rules can be sent to {mods}.",
    "Vinaka for reading and taking part.",
    "Happy posting!",
    "Last updated March 2024.",
)


#: British spellings in the lists above and their American forms (a reworded-233 document prints one or the other).
AMERICAN_233 = {
    "neighbours": "neighbors",
    "organisation": "organization",
    "offence": "offense",
    "watercolour": "watercolor",
}


_NUMBERED = ("{n}.", "{n}.", "{n})", "({n})", "{n} -", "{n}:", "Rule {n}:", "Rule {n} –")
_LETTERED = ("{a})", "({a})", "{A}.", "{a}.")
_ROMAN = ("{r}.", "({r})", "{R}.", "{r})")
_BULLETS = ("•", "•", "-", "*", "–", "»", "■", "·")
_SMALL = {"a", "an", "and", "the", "or", "of", "to", "in", "on", "for", "by", "with", "at"}


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL) or not word else word[0].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_233(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-233 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_233``
    throughout, title, opening and closing included), its name and its moderators'; two to four items (0.25) or
    seven to all sixteen, in the table's order (0.5) or shuffled; one to three of an item's sentences, in their
    order. Headings: none at all (0.15), or one case for the site (as written, title case or capitals) and one
    placing (a part of their own, with a stop, a colon or nothing, or run into the first sentence before a colon, a
    stop or a dash), or a question-and-answer printing (0.08, the question headings, "Q:" and "A:" or the like).
    Markers: none, numbers, letters, roman numerals or bullets in several shapes, on the heading or, without one,
    on the first sentence; with numbered headings on a part of their own, the sentences sometimes numbered under
    them as clauses ("3.1") or bulleted, and sometimes the number printed as a part alone. Then ``_furnish``."""
    if rng.random() < 0.25:
        c, cs = rng.choice(WORDS_233)
    else:
        c, cs = "comment", "comments"
    site = rng.choice(SITES_233)
    mods = rng.choice(MODERATORS_233)
    fill = {
        "c": c,
        "cs": cs,
        "C": c.capitalize(),
        "Cs": cs.capitalize(),
        "site": site,
        "Site": site[0].upper() + site[1:],
        "mods": mods,
        "Mods": mods[0].upper() + mods[1:],
    }
    kinds = len(REWORDINGS_233)
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(7, kinds)
    order = rng.sample(range(kinds), count)
    if rng.random() < 0.5:  # in the table's order
        order.sort()

    faq = rng.random() < 0.08
    bare = not faq and rng.random() < 0.15
    case = rng.choice(("as", "as", "title", "upper"))
    own = rng.random() < 0.45  # a heading on a part of its own, else run into the first sentence
    stop = rng.choice(("", "", ":", "."))  # after a heading on its own part
    run = rng.choice((": ", ". ", " – ", " - ", " — "))  # between a run-in heading and its sentence
    if case == "upper":  # capitals: no stop on their own part, and no dash run in
        stop = rng.choice(("", ":"))
        run = rng.choice((": ", ". ", " - "))
    q_mark, a_mark = rng.choice((("Q:", "A:"), ("Q.", "A."), ("Q -", "A -")))

    shape = rng.choice(("none", "none", "numbered", "numbered", "lettered", "roman", "bullet", "bullet"))
    if faq:
        shape = "none"
        own = True
    if shape == "numbered":
        marker = rng.choice(_NUMBERED)
    elif shape == "lettered":
        marker = rng.choice(_LETTERED)
    elif shape == "roman":
        marker = rng.choice(_ROMAN)
    elif shape == "bullet":
        marker = rng.choice(_BULLETS)
    else:
        marker = ""
    numbered_own = shape == "numbered" and own and not bare and "Rule" not in marker
    clauses = numbered_own and rng.random() < 0.25  # sentences numbered "3.1", "3.2" under heading 3
    sub_bullet = "" if clauses or not own or bare else (rng.choice(("-", "•", "–")) if rng.random() < 0.2 else "")
    alone = numbered_own and not clauses and rng.random() < 0.15  # the number printed as a part of its own

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(order, 1):
        headings, sentences = REWORDINGS_233[index]
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        said = [sentences[i].format(**fill) for i in picked]
        letter = "abcdefghijklmnopq"[n - 1]
        mark = marker.format(n=n, a=letter, A=letter.upper(), r=_roman(n), R=_roman(n).upper())
        if faq:
            questions = [h for h in headings if h.endswith("?")]
            heading = rng.choice(questions).format(**fill)
            items.append((f"{q_mark} {heading}", f"{a_mark} {said[0]}", *said[1:]))
            continue
        if bare:
            said[0] = f"{mark} {said[0]}" if mark else said[0]
            items.append(("", *said))
            continue
        heading = rng.choice(headings).format(**fill)
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        if clauses:
            said = [f"{n}.{k} {sentence}" for k, sentence in enumerate(said, 1)]
        elif sub_bullet:
            said = [f"{sub_bullet} {sentence}" for sentence in said]
        if own:
            if not heading.endswith("?"):
                heading += stop
            if alone:
                items.append((mark, heading, *said))
                continue
            items.append((f"{mark} {heading}" if mark else heading, *said))
        else:
            joined = f"{heading} {said[0]}" if heading.endswith("?") else f"{heading}{run}{said[0]}"
            items.append(("", f"{mark} {joined}" if mark else joined, *said[1:]))

    def filled(lines: tuple[str, ...]) -> list[str]:
        return [line.format(**fill) for line in lines]

    return _furnish(
        items,
        rng,
        filled(POLICY_INTROS_233),
        filled(POLICY_CLOSINGS_233),
        filled(POLICY_TITLES_233),
        AMERICAN_233,
    )
