"""The ``reworded-154`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Sites: Samoan diaspora news in New Zealand, Cumbrian fell-village newsletters, Wyoming rodeo-town papers,
table-tennis leagues, origami societies, psoriasis forums, community-garden networks, classic-tractor clubs.

Written blind: from how real sites of these kinds word and print their posting rules, without reading the
cleaner's code, docs or reports, nor other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Sixteen item kinds, each (headings, sentences): five or six headings (a question or two among them) and five
#: sentences, of which an item prints one to three. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for
#: what readers send (singular, plural, capitalised). Written in British spelling (``AMERICAN_154`` for the rest).
REWORDINGS_154 = (
    (  # civility
        (
            "Be kind",
            "Fa'aaloalo - show respect",
            "Play the ball, not the player",
            "Courtesy costs nowt",
            "Can I disagree with someone?",
            "Mind your manners",
        ),
        (
            "Disagree all you like, but do it politely and leave people's character out of it.",
            "We are a small club and most of us know each other, so please write as you would speak at the AGM.",
            "Treat every member with the same respect you would show an elder at church or a neighbour at the show.",
            "Sarcasm, sniping and point-scoring do not belong here, however strongly you feel about the fixture list.",
            "If a thread gets heated, step away from the keyboard and come back to it tomorrow.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Racism and prejudice", "Is banter allowed?", "Everyone is welcome here"),
        (
            "{Cs} that attack anyone for their race, faith, sexuality, disability or where they come from will be "
            "deleted.",
            "Jokes at the expense of Pacific, Māori or any other community are not banter and will not be published.",
            "Remarks about how someone's skin looks are never acceptable, whatever the intent.",
            "We will not host stereotypes about incomers, travellers, ranch hands or anyone else.",
            "Slurs in any language, including ones you think we won't recognise, will be removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "What counts as personal information?",
            "Protect your privacy",
        ),
        (
            "Do not share addresses, phone numbers, email addresses or car registrations, yours or anyone else's.",
            "Please don't name children or post photos of them without their parents' permission.",
            "Screenshots of private messages must not be posted without the sender's consent.",
            "Photos of skin are welcome in the gallery, but crop out faces, tattoos and anything else that could "
            "identify you.",
            "Think twice before mentioning which weekend your shed or farmhouse will be empty.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Junior members",
            "Looking after the vulnerable",
            "Who do I tell if I'm worried?",
            "Children and young people",
        ),
        (
            "Adults must not send private messages to junior players; all contact goes through a parent or the club "
            "welfare officer.",
            "Any {c} that raises a concern about a child's safety will be passed to the safeguarding lead.",
            "If you are worried that someone is at risk, contact the police on 111 or 999 rather than posting here.",
            "Members under 18 may read the forum but need a parent's consent to post.",
            "If a {c} worries you, please tell a moderator straight away rather than replying to it.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Approval times", "Pre-moderation", "Please be patient"),
        (
            "All {cs} are read by a volunteer before they appear, which can take a day or two.",
            "New members' first five {cs} are held for approval.",
            "The newsroom is not staffed at weekends, so {cs} sent on a Friday may not show until Monday.",
            "{Cs} containing links are held automatically and checked by hand.",
            "Please don't send the same {c} twice; it is in the queue and will be looked at.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is this the right board?", "Off-topic", "Stick to the story"),
        (
            "Keep {cs} to the article or thread they sit under.",
            "General chat belongs in the Clubhouse section, not in match reports.",
            "Please post questions about a particular tractor in the board for its make.",
            "Party politics and church disputes are best left for elsewhere.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No spam", "Advertising", "Selling and swapping", "Can I advertise?", "Self-promotion", "Commercial posts"),
        (
            "Items for sale go in the Classifieds section, not in the main forum.",
            "No advertising of businesses, events or fundraisers without asking the committee first.",
            "Posts promoting creams, diets or supplements will be removed and the account closed.",
            "Repeated links to your own shop, blog or channel count as spam.",
            "Seed and plant swaps are welcome, but please don't sell through the network.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Accounts",
            "One member, one account",
            "What name should I use?",
            "Usernames",
            "Who can post?",
        ),
        (
            "We ask that you post under your real name, as you would in a letter to the editor.",
            "Only paid-up members of the club may post; guests may read.",
            "Pretending to be another person or organisation will get your account closed.",
            "Usernames must not be offensive or advertise a business.",
            "Sharing an account with another person is not allowed; each member needs their own login.",
        ),
    ),
    (  # the law
        ("Legal", "Keep it legal", "Defamation", "Court cases", "What are the legal risks?"),
        (
            "Do not post anything that could be defamatory; the newsletter can be held responsible for what you write.",
            "Don't name anyone covered by a court suppression order, and don't hint at who they might be.",
            "Do not discuss cases before the courts beyond what has been reported.",
            "Accusing a named person of a crime is not allowed, even if everyone in the valley says so.",
            "We will cooperate with the police if asked about a {c} that breaks the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Credit the designer",
            "Photos and diagrams",
            "Can I post other people's work?",
            "Other people's work",
        ),
        (
            "Only post photos you took yourself or have permission to use.",
            "Do not post crease patterns or diagrams from published books; link to the source or name the book "
            "instead.",
            "Always credit the designer when you show a model folded from their design.",
            "Copying whole articles from other papers is not allowed; a short quote with a link is fine.",
            "By posting a picture you give the club permission to reuse it in the magazine.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I flag a {c}?", "Alert a moderator"),
        (
            "Use the Report button under any {c} you think breaks these rules.",
            "Please report rather than reply; arguing back only makes the thread worse.",
            "Email the secretary if you spot something that needs urgent attention.",
            "Reports are anonymous and the person reported will not be told who made them.",
            "False or malicious reports will be treated as a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        ("Editor's decision", "The final say", "Our discretion", "Why was my {c} removed?", "At our discretion"),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "Moderators' decisions are final and are not open to debate on the forum.",
            "We reserve the right to close any thread at any time.",
            "The committee's decision on what is published is final.",
            "If you want to discuss a removal, message the moderators privately rather than posting about it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us something"),
        (
            "If we've got something wrong, please email the newsroom and we will correct it.",
            "Results errors should go to the fixtures secretary, not into the thread.",
            "Send stories, photos and show results to the editor by the 20th of the month.",
            "Corrections are made in the article itself, not in the {cs} under it.",
            "Tips about local events are always welcome; we read every one.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "English and Samoan", "What language can I use?", "Swearing"),
        (
            "{Cs} are welcome in English or Samoan; moderators read both.",
            "No swearing, including with letters blanked out.",
            "Please avoid writing in capital letters; it reads as shouting.",
            "Keep dialect by all means, but keep it clean.",
            "Text-speak and long strings of emojis make {cs} hard to read for many of our members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
        ),
        (
            "Breaking these rules will earn a warning; a second breach may lead to a suspension.",
            "Serious breaches will lead to an immediate ban without warning.",
            "Three warnings within a season mean your posting rights are removed.",
            "Banned members who rejoin under a new name will be removed again.",
            "The committee may suspend anyone whose behaviour brings the club into disrepute.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on the forum",
            "Is this medical advice?",
            "Be careful",
            "Use your common sense",
        ),
        (
            "Nothing posted here replaces advice from your GP or dermatologist.",
            "Do not stop or change a prescribed treatment because of something you read on the forum.",
            "Please don't recommend ways of working on a tractor that skip guards, stands or chocks.",
            "Check labels before using any weedkiller or pesticide and follow local council rules.",
            "Members share what has worked for them, but everyone's skin is different.",
        ),
    ),
)

#: The site's word for what readers send: (singular, plural).
NOUNS_154 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

INTROS_154 = (
    "Talofa lava and welcome to our readers' space.",
    "Please read these house rules before you post.",
    "Our forum is run by volunteers, so please help us keep it friendly.",
    "By joining the discussion you agree to the following.",
    "The committee asks all members to follow these guidelines.",
    "We love hearing from readers, but a few rules apply.",
    "These guidelines apply to all comments on our site.",
)

CLOSINGS_154 = (
    "Fa'afetai lava for keeping our community respectful.",
    "Thank you for helping us keep the forum a friendly place.",
    "These rules may be updated by the committee at any time.",
    "Questions about these rules can be sent to the secretary.",
    "Happy folding!",
    "See you at the next meet.",
    "Thanks for commenting responsibly.",
)

TITLES_154 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules for the message board",
    "Comment policy",
    "Before you comment",
    "Code of conduct",
)

AMERICAN_154 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "recognise": "recognize",
    "colour": "color",
    "organisation": "organization",
    "programme": "program",
}

_SMALL = ("a", "an", "and", "as", "at", "for", "if", "in", "of", "on", "or", "the", "to", "with")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(shape: str, n: int) -> str:
    if shape == "number":
        return f"{n}."
    if shape == "number)":
        return f"{n})"
    if shape == "(number)":
        return f"({n})"
    if shape == "letter)":
        return f"{chr(96 + n)})"
    if shape == "(letter)":
        return f"({chr(96 + n)})"
    if shape == "LETTER":
        return f"{chr(64 + n)}."
    if shape == "roman":
        return f"{_ROMAN[n - 1]}."
    if shape == "ROMAN":
        return f"{_ROMAN[n - 1].upper()}."
    if shape == "rule":
        return f"Rule {n}."
    return shape  # a bullet


def _case(heading: str, how: str) -> str:
    if how == "title":
        words = heading.split(" ")
        return " ".join(word if n and word in _SMALL else word[:1].upper() + word[1:] for n, word in enumerate(words))
    if how == "upper":
        return heading.upper()
    return heading


def _items_154(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-154 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("",
    sentence). Draws the site's word for what readers send (a quarter of sites never say "comment": another word,
    and opening, closing and title lines without it; the rest "comment" at 0.9); two to four item kinds (0.3) or six
    to sixteen, in the table's order (0.45) or a drawn one; one to three of a kind's sentences, each a part (0.65)
    or run together; headings (none at 0.2) in sentence, title or upper case, as a part of their own (with a stop, a
    colon or nothing) or run into the first sentence (after a colon, a stop or a dash; a question after its mark); a
    marker for each item (numbered, lettered, roman, "Rule n." or bulleted; none at about 0.4); now and then a
    question heading printed after "Q:"; then ``_furnish``."""
    never_comment = rng.random() < 0.25
    if not never_comment and rng.random() < 0.9:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(NOUNS_154)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_154))
    if rng.random() < 0.45:
        picked = sorted(rng.sample(range(len(REWORDINGS_154)), count))
    else:
        picked = rng.sample(range(len(REWORDINGS_154)), count)
    bare = rng.random() < 0.2
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    placing = rng.choice(("own", "own", "run"))
    stop = rng.choice((".", ":", "", "")) if placing == "own" else rng.choice((":", ".", " -", " \u2013"))
    apart = rng.random() < 0.65
    faq = rng.random() < 0.15
    shapes = ("", "", "", "number", "number", "number)", "(number)", "letter)", "(letter)", "LETTER", "roman", "ROMAN")
    shape = rng.choice((*shapes, "rule", "\u2022", "-", "*", "\u2013", "\u00bb"))
    if rng.random() < 0.3:
        shape = ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_154[index]
        chosen = [s.format(**words) for s in rng.sample(sentences, rng.randint(1, 3))]
        parts = chosen if apart else [" ".join(chosen)]
        heading = "" if bare else _case(rng.choice(headings).format(**words), case)
        if heading.endswith("?") and faq:
            heading = "Q: " + heading
        if heading and placing == "run":
            joiner = "" if heading.endswith("?") else stop
            parts = [f"{heading}{joiner} {parts[0]}", *parts[1:]]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        mark = _marker(shape, n) if shape else ""
        if mark:
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    intros, closings, titles = INTROS_154, CLOSINGS_154, TITLES_154
    if never_comment:
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
        titles = tuple(line for line in titles if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_154)
