"""The ``reworded-191`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Belizean and Bahamian diaspora news, Cornish fishing-village papers, Minnesota lake-town weeklies,
curling-and-bowls clubs, pottery guilds, stammering support forums, estate tenants' boards, tramway museum
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or its reports, nor from the other families' sentences (only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (without their stop), and five sentences, of which an item prints one to three.
#: ``{c}``/``{cs}``/``{C}``/``{Cs}``: the site's word for what readers send (singular, plural; capitalised).
REWORDINGS_191 = (
    (  # civility
        ("Be civil", "Keep it friendly", "Mind your manners", "Play the ball, not the player", "Why be kind?"),
        (
            "Disagree by all means, but do it politely.",
            "Treat other members as you would a neighbour across the garden wall.",
            "Personal attacks, name-calling and sneering will be removed.",
            "Remember that the people in our stories often read the {cs} underneath them.",
            "Say it as you would at the club bar, with the skip listening.",
        ),
    ),
    (  # hatred
        ("No hate", "Hate speech", "Zero tolerance for prejudice", "Respect everyone", "What counts as hate?"),
        (
            "We do not allow {cs} that attack people for their race, nationality, religion, sex, sexuality or "
            "disability.",
            "Jokes at the expense of islanders, incomers or any community are not welcome here.",
            "Slurs will be removed without warning, however they are spelt.",
            "Mocking anyone for the way they speak, stammer or sound is never acceptable.",
            "Hateful {cs} are reported to the site owner and may be passed on to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Don't share addresses",
            "Protect your privacy",
            "Is it OK to name a neighbour?",
        ),
        (
            "Do not post anyone's address, phone number, email or flat number.",
            "Please leave out the names of neighbours, children or staff in complaints about the estate.",
            "Photos of other people should only go up with their say-so.",
            "Think twice before sharing your own details; this board is public and read well beyond the estate.",
            "Private messages are private, so please do not copy them into a public thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Looking after each other",
            "Children and vulnerable members",
            "Worried about someone?",
            "Keeping members safe",
        ),
        (
            "If you are worried about a child or vulnerable adult, contact our safeguarding officer straight away.",
            "Members under 18 must have a parent's permission to join the forum.",
            "Never arrange to meet a member you only know from the forum without telling someone first.",
            "Volunteers working with young visitors at the depot follow the museum's safeguarding policy.",
            "If a {c} suggests someone is in danger, call 999 or 911 rather than waiting for a moderator.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "Waiting times"),
        (
            "All {cs} are read by a volunteer before they appear, so please allow up to 48 hours.",
            "Our moderators are volunteers and are not at their desks overnight or on match days.",
            "First-time {cs} are held for approval; after that they usually go straight up.",
            "During the bonspiel and the summer season things may take a little longer.",
            "Posting the same {c} twice will not make it appear any faster.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "On-topic, please", "Right thread, right place", "Off-topic?"),
        (
            "Keep your {cs} to the story or thread they sit under.",
            "General chat belongs in the Clubhouse section, not under match reports.",
            "Repairs questions should go to the housing office, not this board.",
            "Threads that drift too far will be locked or moved.",
            "Questions about glazes and firing go in the Studio Talk board.",
        ),
    ),
    (  # advertising / spam
        ("No spam", "Advertising", "No selling", "Promotions and links", "Can I sell my boat here?"),
        (
            "Advertising goods or services in {cs} is not allowed; use the classifieds instead.",
            "Links to shops, sales pages or fundraisers will be removed unless cleared with the editor first.",
            "Members may list pots for sale only in the Guild Market thread.",
            "Chain letters, pyramid schemes and get-rich offers are deleted on sight.",
            "Bots and accounts set up only to advertise are banned straight away.",
        ),
    ),
    (  # real names / accounts
        ("Use your real name", "Your account", "One member, one account", "Usernames", "Who can join?"),
        (
            "We ask that you post under your own name, as you would sign a letter to the paper.",
            "Only one account per person, please; duplicate accounts will be merged or removed.",
            "Don't pretend to be someone else, including club officials or council staff.",
            "Membership of the board is open to tenants and leaseholders on the estate.",
            "Usernames must not be offensive or include a phone number or website.",
        ),
    ),
    (  # the law
        ("Legal", "Stay within the law", "Defamation", "Court cases", "Could I get us sued?"),
        (
            "Do not make allegations you cannot prove; you are legally responsible for what you post.",
            "Please do not discuss cases that are before the courts, in the Bahamas, Belize or here.",
            "{Cs} that could prejudice a trial or identify a victim will be taken down.",
            "We may pass on details to the police where the law requires us to.",
            "Defamatory {cs} can land both you and the paper in court.",
        ),
    ),
    (  # copyright
        ("Copyright", "Don't copy others' work", "Photos and pictures", "Other people's work", "Whose photo is it?"),
        (
            "Only post photos you took yourself or have permission to use.",
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Members' glaze recipes and designs remain their own; please ask before sharing them elsewhere.",
            "Archive pictures of the trams belong to the museum and may not be reused without written consent.",
            "By posting a photo you allow us to show it on the site and in the newsletter.",
        ),
    ),
    (  # reporting
        ("Report it", "Reporting a problem", "Seen something wrong?", "Flag it", "How to report a {c}"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report problems rather than replying to them; arguments only make it worse.",
            "You can also email the moderators; we read every report.",
            "Reports are anonymous and the member will not be told who raised them.",
            "If something is urgent, ring the office during opening hours.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "The moderators' call", "Final say", "House rules"),
        (
            "We reserve the right to edit or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final.",
            "Not every {c} will be published, and we cannot enter into correspondence about them.",
            "The committee may change these rules at any time.",
            "Removing a {c} is not a judgement on the person who wrote it.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the newsroom rather than posting a {c}.",
            "Corrections are made in the story itself and noted at the foot of it.",
            "Got news from back home or from the community here? Get in touch with the desk.",
            "Catch results, lifeboat shouts and harbour news can be sent to the editor.",
            "Tips about lake ice, road closures or school news are always welcome.",
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "No swearing", "Mind your language", "Plain English, please"),
        (
            "Swearing, including words with letters starred out, will be removed.",
            "Please write in English so that everyone can follow; a little Kriol or dialect is fine.",
            "Please don't type in capitals; it reads as shouting.",
            "Text-speak and long strings of emoji make {cs} hard to read.",
            "Keep {cs} family-friendly; young members read this board too.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Three strikes", "Sanctions", "Suspensions"),
        (
            "Breaking these rules may lead to a warning, a suspension or a ban.",
            "Members get one warning; a second breach means a month's suspension.",
            "Serious breaches lead to an immediate ban without warning.",
            "Banned members who rejoin under a new name will be removed again.",
            "If you think a ban is unfair, write to the club secretary.",
        ),
    ),
    (  # safety / advice
        ("Advice", "Not professional advice", "Your safety", "Health and safety", "Is this medical advice?"),
        (
            "Members share their own experience; nothing here replaces advice from a speech and language therapist.",
            "Check conditions with the harbourmaster or the DNR before going out on the water or the ice.",
            "Never try to repair live electrics in your flat; report it to the housing office.",
            "Kiln and glaze tips are shared in good faith; always follow the maker's safety sheet.",
            "Volunteers must not go on to the track without a trained supervisor.",
        ),
    ),
)

#: The site's word for what readers send: singular and plural. A quarter of sites never say "comment".
WORDS_191 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

POLICY_INTROS_191 = (
    "Please read these rules before posting.",
    "By taking part you agree to the following {cs} policy.",
    "We want this to be a friendly place for everyone, so we ask members to follow a few simple rules.",
    "The board is run by volunteers; please help us keep it useful.",
    "These guidelines apply to all {cs} on this site.",
)
POLICY_CLOSINGS_191 = (
    "Thank you for helping keep the board friendly.",
    "Questions about these rules? Email the moderators.",
    "Last updated by the committee in March.",
    "Happy posting, and thanks for being part of the community.",
    "These rules may be changed at any time.",
)
POLICY_TITLES_191 = (
    "Community guidelines",
    "House Rules",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Rules of the board",
)
#: The family's words in American spelling, for the lake-town sites.
AMERICAN_191 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "judgement": "judgment",
    "harbour": "harbor",
    "colour": "color",
    "favour": "favor",
    "spelt": "spelled",
    "licence": "license",
    "organisation": "organization",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(style: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[n - 1]}.",
        "(i)": f"({_ROMAN[n - 1]})",
        "I.": f"{_ROMAN[n - 1].upper()}.",
        "•": "•",
        "-": "-",
        "*": "*",
        "»": "»",
        "Rule 1:": f"Rule {n}:",
        "#1": f"#{n}",
        "": "",
    }[style]


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        return " ".join(word[:1].upper() + word[1:] for word in heading.split(" "))
    if how == "lower":
        return heading.lower()
    return heading


def _items_191(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-191 policy. Draws: the site's word (comment 0.75, else one of WORDS_191); two to five items
    (0.3) or six to all sixteen; the table's order (0.5) or shuffled; one to three of an item's sentences, in order;
    headings none (0.15) or in one case (as written, title, capitals, lower) on their own part (0.4) or run in before
    a colon, stop, dash or nothing, now and then bracketed; a marker shape (numbered, lettered, roman, bulleted,
    "Rule N:", or none) on each item's first part; then ``_furnish``."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_191)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_191))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_191)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_191)), count)
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "title", "upper", "lower"))
    own = rng.random() < 0.4
    stop = rng.choice((":", ":", ".", " –", " —", " -", ""))
    bracket = rng.random() < 0.1
    style = rng.choice(
        (
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "•",
            "•",
            "-",
            "*",
            "»",
            "Rule 1:",
            "#1",
            "",
            "",
            "",
        )
    )
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_191[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, 3)))
        parts = [sentences[i].format(**words) for i in picked]
        heading = "" if bare else _case(rng.choice(headings).format(**words), case)
        if heading and bracket:
            heading = f"[{heading}]"
        if heading and not own:
            end = "" if heading.endswith("?") and stop in (":", ".") else stop
            parts[0] = f"{heading}{end} {parts[0]}"
            heading = ""
        marker = _marker(style, n)
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))
    intros = [text.format(**words) for text in POLICY_INTROS_191]
    closings = [text.format(**words) for text in POLICY_CLOSINGS_191]
    titles = [text.format(**words) for text in POLICY_TITLES_191]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_191)
