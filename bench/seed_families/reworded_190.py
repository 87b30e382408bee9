"""The ``reworded-190`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Solomon Islands and Tuvalu news, Peak District village bulletins, Oklahoma panhandle weeklies,
fell-running clubs, bookbinders' circles, ADHD parents' forums, leaseholders' associations, lido restoration
volunteers.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and
noticeboard guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (in sentence case, without a stop; a site prints them in its own case and with its
#: own stop), and five sentences, of which an item prints one to three in order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: stand for the site's word for what readers send. British spelling; a document may print it in American spelling
#: (``AMERICAN_190``).
REWORDINGS_190 = (
    (  # civility
        (
            "Be kind",
            "Keep it friendly",
            "Respect other members",
            "Play the ball, not the player",
            "Be civil",
            "Why be polite?",
        ),
        (
            "Disagree if you like, but do it without name-calling.",
            "Personal attacks on other members, committee members or volunteers will be removed.",
            "Remember there is a real person, often a tired parent, reading your {c}.",
            "We are neighbours first and posters second, so please write as you would speak at the village hall.",
            "Sarcasm and belittling remarks rarely come across well in writing; if in doubt, leave it out.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "No racism or bigotry", "Hateful content", "Is that language hateful?"),
        (
            "{Cs} that attack people for their race, island, church, disability, sexuality or gender will be deleted.",
            "We do not tolerate abuse of any community, whether in Honiara, Funafuti or anywhere else.",
            "Slurs, including those disguised with asterisks or misspellings, are not allowed.",
            "Stereotyping families of neurodivergent children is not welcome here.",
            "Anyone posting threats or incitement will be removed and, where appropriate, reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Don't share personal details",
            "Keep private matters private",
            "Whose information is it?",
        ),
        (
            "Do not post anyone's address, telephone number, email or flat number without their consent.",
            "Please don't name other leaseholders or their flats when describing a dispute.",
            "Photographs taken at races or working parties should not be posted if someone has asked not to be shown.",
            "Share your own story by all means, but think twice before sharing your child's diagnosis or school.",
            "Private messages should stay private; do not copy them into the open forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting children",
            "Keeping members safe",
            "Concerned about a child?",
        ),
        (
            "Never post photographs of other people's children without their parent's permission.",
            "If you are worried about a child's safety, contact the club's welfare officer or the police, not the forum.",
            "Junior runners' results are published with first names and initials only.",
            "Adults must not ask young members to move a conversation to private messages.",
            "Any safeguarding concern raised here will be passed to the designated safeguarding lead.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Moderation times", "Please be patient"),
        (
            "All {cs} are read by a volunteer before they appear, so there may be a delay.",
            "Our moderators are volunteers and check the board in the evenings and at weekends.",
            "New members' first few {cs} are held for approval.",
            "{Cs} sent overnight will usually appear the following morning, island time.",
            "Because of connection problems, approval can sometimes take a day or two.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Right place, right thread",
            "Is this the right board?",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "Race reports belong in the race reports section, kit questions in the kit section.",
            "General chat about binding, tools and materials should go in the workshop corner.",
            "Off-topic {cs} may be moved or removed without notice.",
            "The lido group is for restoration news and volunteering, not for wider council politics.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam and selling", "Commercial posts", "Adverts", "Can I promote my business?"),
        (
            "Advertising of goods or services is not permitted except in the classifieds section.",
            "Members may mention their own binderies or workshops once in their profile, not in every {c}.",
            "Links posted only to drive traffic to another site will be removed.",
            "Please don't use the forum to promote supplements, coaching or diagnosis services.",
            "Repeated promotional posts will be treated as spam and the account suspended.",
        ),
    ),
    (  # real names / accounts
        ("Real names", "Your account", "One account each", "Use your own name", "Who can post?"),
        (
            "We ask that you post under your real name, as you would sign a letter to the editor.",
            "Each member may hold one account; duplicate accounts will be closed.",
            "Please do not impersonate another person, runner, club officer or organisation.",
            "You must be a paid-up member of the association to post in the members' area.",
            "Usernames that are offensive or misleading will be changed by the moderators.",
        ),
    ),
    (  # the law
        ("Keep it legal", "Legal matters", "Defamation", "Contempt of court", "Could this land you in court?"),
        (
            "Do not post anything defamatory, untrue or likely to prejudice a court case.",
            "Making allegations about a named freeholder, managing agent or contractor may be libellous.",
            "You are legally responsible for what you write, and so may we be.",
            "Please do not discuss ongoing criminal cases or name people who have not been charged.",
            "We will remove any {c} that our lawyers advise us could break the law of Oklahoma or the United States.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Credit your sources", "Can I post this picture?"),
        (
            "Only upload photographs and text you own or have permission to use.",
            "Please don't paste whole articles from other newspapers; a short quote and a link is fine.",
            "Patterns, templates and instructions from published books must not be copied in full.",
            "By posting a photograph you allow us to use it on our website and social pages.",
            "Maps and route descriptions from guidebooks are copyright and should not be reproduced.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging posts", "Seen something wrong?", "How do I report a post?"),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "If you see something that worries you, please tell a moderator rather than replying to it.",
            "Reports are confidential and are looked at by two members of the committee.",
            "You can also email the editor at the address at the foot of this page.",
            "Please don't report {cs} simply because you disagree with them.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Right to remove",
            "We reserve the right",
        ),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "The committee's decision on what stays on the board is final.",
            "We reserve the right to close a thread when it stops being useful.",
            "Not every {c} will be published, and we do not enter into correspondence about it.",
            "These rules may change from time to time and the latest version will always be posted here.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell us"),
        (
            "If you think we have got something wrong, please email the newsroom rather than leaving a {c}.",
            "Corrections are made as quickly as possible and noted at the foot of the story.",
            "Send news of village events, results and lost dogs to the bulletin editor by Wednesday.",
            "Have a story from your island or community? Message us and one of our reporters will be in touch.",
            "Results and race reports should be sent to the club secretary for the newsletter.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Which language?", "Plain English, please"),
        (
            "Please avoid swearing, even with letters starred out.",
            "{Cs} may be in English, Pijin or Tuvaluan, but must follow the same rules.",
            "Writing in capital letters reads as shouting; please don't.",
            "Keep abbreviations to a minimum so that newer members can follow.",
            "Crude or sexual language is not appropriate on a family noticeboard.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if you break the rules",
            "Three strikes",
            "Suspensions",
            "Will I be banned?",
        ),
        (
            "A first breach will usually mean a friendly warning by private message.",
            "Repeated breaches will lead to a suspension and, in the end, removal from the group.",
            "Serious breaches, such as threats, will lead to an immediate ban.",
            "Banned members may appeal in writing to the chair within fourteen days.",
            "Creating a new account to get around a ban will lead to all your accounts being closed.",
        ),
    ),
    (  # safety / advice
        ("Advice and safety", "Not professional advice", "Medical advice", "On the hill", "Is it safe?"),
        (
            "Nothing posted here is medical advice; always speak to your GP or your child's consultant about medication.",
            "Advice from other leaseholders is no substitute for a solicitor or surveyor.",
            "Route suggestions are shared in good faith; check conditions and carry the kit the race requires.",
            "Glues, solvents and knives in the workshop should be used with care and kept away from children.",
            "Volunteers must not enter the pool basin or work on site without a trained supervisor present.",
        ),
    ),
)


#: Titles, opening and closing lines some of these sites print with their rules.
POLICY_TITLES_190 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard guidelines",
    "Community guidelines",
    "Rules of the board",
    "Before you post",
    "Guidelines for contributors",
    "Group rules",
    "Comment policy",
)

POLICY_INTROS_190 = (
    "Please read these rules before posting.",
    "This board is run by volunteers, and these few rules help keep it a friendly place.",
    "By joining the group you agree to the following.",
    "We welcome your views on our stories, provided you follow these guidelines.",
    "Our forum is a place of support, so we ask everyone to keep to these rules.",
    "The committee has agreed the following guidelines for the association's online noticeboard.",
)

POLICY_CLOSINGS_190 = (
    "Thank you for helping to keep the board a friendly place.",
    "Questions about these rules can be sent to the moderators.",
    "These guidelines were last reviewed at the annual general meeting.",
    "Happy running, and see you on the fells.",
    "Thank you, and tagio tumas.",
    "If in doubt, don't post.",
    "The full terms of use are available on request from the secretary.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_190 = {
    "neighbours": "neighbors",
    "organisation": "organization",
    "libellous": "libelous",
    "programme": "program",
    "behaviour": "behavior",
    "offence": "offense",
    "licence": "license",
    "colour": "color",
}

#: A site's word for what readers send: (singular, plural); the first is the one that says "comment".
WORDS_190 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

#: The marks these sites print before their items, by shape ("" for none; :func:`_marker` prints each).
SHAPES_190 = (
    *("", "", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "•", "-", "*", "–", "·"),
    *("Rule 1", "3.1", "#1", "1/"),
)

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(shape: str, n: int, section: int) -> str:
    """The mark a site prints before its ``n``-th item (from 0), in one of its shapes."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    return {
        "1.": f"{n + 1}.",
        "1)": f"{n + 1})",
        "(1)": f"({n + 1})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[n]}.",
        "(i)": f"({_ROMAN[n]})",
        "I.": f"{_ROMAN[n].upper()}.",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "·": "·",
        "Rule 1": f"Rule {n + 1}:",
        "3.1": f"{section}.{n + 1}",
        "#1": f"#{n + 1}",
        "1/": f"{n + 1}/",
    }[shape]


def _case(heading: str, how: str) -> str:
    if how == "title":
        small = {"a", "an", "and", "at", "for", "in", "is", "it", "of", "on", "or", "the", "to", "with"}
        words = heading.split()
        return " ".join(word if n and word in small else word[:1].upper() + word[1:] for n, word in enumerate(words))
    if how == "upper":
        return heading.upper()
    return heading


def _items_190(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-190 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment", and print nothing that does); how
    many item kinds (two to five now and then, else six to all sixteen), in the table's order or drawn; one sentence
    an item, or one to three; its headings (none for the whole list now and then; else on their own part, run in
    before a colon, stop or dash, or in brackets or bold marks) in one case for the list (as written, title case or
    capitals), an item now and then without one; the mark before each item (numbers, letters, Roman numerals,
    bullets, rule, clause or hash numbers, or none), on the heading or on a line of its own now and then; the
    sentences of an item joined or each a part; a short thanks or "updated" line after the items now and then; then the opening, closing and title lines by ``_furnish``."""
    no_comment = rng.random() < 0.25
    words = WORDS_190[1:] if no_comment else WORDS_190
    if not no_comment and rng.random() < 0.5:
        words = WORDS_190[:1]
    c, cs = rng.choice(words)

    def fill(text: str) -> str:
        return text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize())

    def fits(text: str) -> bool:
        return not (no_comment and _says_comment(text))

    table = [([h for h in heads if fits(h)], [s for s in sents if fits(fill(s))]) for heads, sents in REWORDINGS_190]
    table = [(heads, sents) for heads, sents in table if sents]
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(table))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(table)), count))
    else:
        chosen = rng.sample(range(len(table)), count)
    most = 1 if rng.random() < 0.35 else 3
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "title", "upper"))
    placing = rng.choice(("own", "own", ":", ".", " –", " -", "[]", "**"))
    shape = rng.choice(SHAPES_190)
    marker_alone = shape and rng.random() < 0.1  # the mark on a line of its own, as some boards paste it
    joined = rng.random() < 0.6  # the item's sentences as one part
    section = rng.randint(2, 9)
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen):
        heads, sents = table[index]
        start = rng.randrange(len(sents))
        taken = [fill(s) for s in sents[start : start + rng.randint(1, most)]]
        heading = "" if bare or not heads or rng.random() < 0.08 else _case(rng.choice(heads), case)
        if heading:
            if placing == "[]":
                heading = f"[{heading}]"
            elif placing == "**":
                heading = f"**{heading}**"
            elif placing != "own":
                stop = placing if heading[-1] != "?" else ""
                taken[0] = f"{heading}{stop} {taken[0]}"
                heading = ""
        sentences = [" ".join(taken)] if joined else taken
        mark = _marker(shape, n, section) if shape else ""
        if mark and marker_alone:
            items.append((mark, ""))
        elif mark:
            if heading:
                heading = f"{mark} {heading}"
            else:
                sentences[0] = f"{mark} {sentences[0]}"
        items.append((heading, *sentences))
    if rng.random() < 0.1:
        items.append(("", rng.choice(("Thank you.", "Thanks for reading.", "Updated by the moderators."))))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_190 if fits(line)],
        [fill(line) for line in POLICY_CLOSINGS_190 if fits(line)],
        [line for line in POLICY_TITLES_190 if fits(line)],
        AMERICAN_190,
    )
