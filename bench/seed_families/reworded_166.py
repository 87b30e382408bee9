"""The ``reworded-166`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Palauan community news, Sark island notices, Nevada desert-town weeklies, sepak-takraw clubs,
calligraphy guilds, lupus support forums, almshouse residents' boards, horology societies.

Written blind: from how such sites word and print their posting rules, noticeboard rules, members' forum rules and
community guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (without their stop), and five sentences. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the
#: site's word for what readers send; ``{site}``, ``{mods}`` and ``{folk}`` (capitalised: ``{Site}``, ``{Mods}``) the
#: site, who moderates it and who posts there. Written in British spelling; a document may print it in American
#: spelling (``AMERICAN_166``).
REWORDINGS_166 = (
    (  # civility
        ("Be courteous", "Treat others with respect", "Keep it civil", "Is it kind?", "Courtesy first"),
        (
            "Disagree with ideas if you must, but never attack the person behind them.",
            "Personal insults, name-calling and sneering at other {folk} will not be tolerated.",
            "Please write to others as you would speak to them face to face at a meeting.",
            "Robust debate is welcome; rudeness, bullying and goading are not.",
            "Remember that the people you are replying to are often your neighbours.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Respect for all", "No bigotry", "What counts as hateful?"),
        (
            "{Cs} that attack people for their race, colour, religion, clan, sex, sexuality, disability or age will "
            "be removed.",
            "Slurs are not allowed here, even when quoted or partly disguised with symbols.",
            "Jokes at the expense of any group of people are not welcome, however harmless they may seem to you.",
            "We will not publish {cs} that stir up hostility towards newcomers, contract workers or visitors.",
            "Stereotyping people by where they come from or what they believe has no place in this community.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Keep personal details private",
            "Whose information is it?",
            "Personal information",
            "Don't share private details",
        ),
        (
            "Do not post anyone's address, telephone number, email or vehicle registration, including your own.",
            "Please do not name or describe neighbours, staff or fellow {folk} without their permission.",
            "Photographs of other people should only be shared with their agreement.",
            "Medical details about another person must never be posted, even if you mean well.",
            "Private messages are private: do not copy them into a public thread without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting the vulnerable",
            "Keeping everyone safe",
            "Concerned about someone?",
        ),
        (
            "Do not post photographs of children or identify them without the written consent of a parent or guardian.",
            "If you are worried that someone is at risk of harm, contact the police or the welfare officer rather "
            "than posting about it.",
            "Anything that suggests a child or vulnerable adult is in danger will be passed to the relevant "
            "authorities.",
            "Young members may read and post, but should never share personal details or arrange to meet anyone they "
            "know only online.",
            "{Mods} may remove {cs} that could identify a person who is vulnerable, unwell or at risk.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How moderation works",
            "Approval times",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take up to 48 hours.",
            "Moderation is done by volunteers, so {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "There is no need to send your {c} twice: it is in the queue and will be looked at.",
            "New {folk}' first few {cs} are held for approval; after that they appear straight away.",
            "Our small team checks the queue twice a day, so please allow time for your {c} to show.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is it on topic?", "Stick to the thread"),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "Start a new thread rather than taking an existing one off in another direction.",
            "{Cs} that have nothing to do with the subject may be moved or deleted without notice.",
            "General chat is welcome in the Lounge, but please keep it out of announcement threads.",
            "Party-political campaigning is off topic here unless the discussion is about a local decision.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise?",
            "Commercial posts",
            "No spam or self-promotion",
        ),
        (
            "Advertising, chain letters and posting the same text over and over are not allowed.",
            "Links to shops, auctions or your own business will be removed unless agreed in advance with {mods}.",
            "Members may sell their own tools and materials in the Sales section only, once per item per month.",
            "We do not allow {cs} that promote miracle cures, supplements or paid treatments.",
            "Fundraising appeals need approval before they are posted.",
        ),
    ),
    (  # real names and accounts
        ("Real names", "Your account", "One person, one account", "Who are you?", "Usernames", "Registration"),
        (
            "Please post under your own name; {cs} from anonymous accounts may not be published.",
            "Each person may have one account only, and accounts must not be shared.",
            "Do not pretend to be another person, a member of staff or an official body.",
            "Usernames that are offensive or that look like a business name will be changed or removed.",
            "Your display name can be a nickname, but {mods} must be able to contact you by email.",
        ),
    ),
    (  # the law
        ("Keep it legal", "The law", "Defamation", "Is it legal?", "Legal matters", "Libel and the courts"),
        (
            "You are legally responsible for what you post, and {site} may be required to pass your details to the "
            "police.",
            "Do not make allegations against named people that you cannot prove; they may be defamatory.",
            "Please do not speculate about court cases that are still under way beyond what has been reported.",
            "{Cs} that encourage or describe illegal activity will be removed and may be reported.",
            "{Cs} must comply with local law as well as with the laws that apply to {site}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Images and copyright",
            "Whose work is it?",
            "Sharing pictures",
            "Credit the maker",
        ),
        (
            "Only upload images of work you made yourself, or that you have permission to share.",
            "Please do not copy whole articles from other papers; a short quote and a link is enough.",
            "Always credit the artist or maker when you post a picture of their work.",
            "Scans of copyrighted exemplars, books or service manuals must not be posted in full.",
            "By posting you give {site} permission to display your {c}, but you keep the copyright.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
            "Don't feed the trolls",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and {mods} will look at it.",
            "Please report problems rather than replying to them; arguing back only makes things worse.",
            "Reports are confidential, and the person you report will not be told who made it.",
            "If something needs urgent attention, email us directly instead of waiting for a moderator.",
            "Repeated false reports are themselves a breach of these rules.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Discretion",
            "Editorial judgement",
            "Who decides?",
            "Right to remove",
            "Moderators' decisions",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean {site} agrees with it.",
            "Decisions about what is published are final and will not be discussed in public threads.",
            "If you disagree with a decision, write to us privately and we will look at it again.",
            "We may close a thread at any time if it stops being useful.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections and tips", "Spotted a mistake?", "News tips", "Got a story?", "Corrections", "Errors"),
        (
            "If you think we have got something wrong, please email the editor rather than posting a {c}.",
            "Corrections are best sent to us directly so they can be checked and put right quickly.",
            "News tips, notices of events and photographs are always welcome by email.",
            "Please do not post rumours as fact; send us what you know and we will look into it.",
            "For notices of meetings, sales or lost property, use the notices page instead.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Which language?", "Plain English", "Keep it clean"),
        (
            "Swearing, including swearing disguised with asterisks, is not allowed.",
            "{Cs} in languages other than English are welcome, but please add a short translation so everyone can "
            "follow.",
            "Please avoid writing in capital letters, which reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read for some of our {folk}.",
            "Sexual or crude language is not acceptable anywhere on {site}.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Sanctions",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach will usually earn a warning; repeated breaches may lead to suspension or a permanent ban.",
            "Accounts set up to get round a ban will be closed without notice.",
            "Threatening behaviour, harassment and other serious breaches may lead to an immediate ban.",
            "Suspended members may appeal once, in writing, within 14 days.",
            "We keep a record of warnings, and they are taken into account if problems continue.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Is this advice?",
            "Safety first",
            "Sharing experiences",
        ),
        (
            "Nothing posted here is medical advice; always speak to your own doctor or rheumatologist before "
            "changing treatment.",
            "Share your own experience, but do not tell others to stop or change their medication.",
            "If you or someone else is in immediate danger, call the emergency services rather than posting here.",
            "Please check information against a reliable source before passing it on.",
            "Advice given here is offered in good faith, and {site} accepts no responsibility for how it is used.",
        ),
    ),
)


#: Who runs and reads each kind of site: (the site, who moderates it, who posts there).
PROFILES_166 = (
    ("this site", "our editors", "readers"),
    ("the paper", "the news desk", "readers"),
    ("this noticeboard", "the administrators", "islanders"),
    ("the paper", "the editor", "readers"),
    ("the club forum", "the committee", "members"),
    ("the Guild forum", "the Guild's moderators", "members"),
    ("the forum", "the moderators", "members"),
    ("the residents' board", "the Clerk", "residents"),
    ("the Society's forum", "the moderators", "members"),
)

#: What readers send, singular and plural, when a site does not say "comment".
NOUNS_166 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))


#: Titles, opening and closing lines some sites print with such a policy (reworded-166 only).
POLICY_TITLES_166 = (
    "Posting rules",
    "Community Guidelines",
    "House rules",
    "Forum Rules",
    "Rules of the Noticeboard",
    "Code of conduct",
    "Before you post",
    "Guidelines for {cs}",
    "Members' Forum: Rules",
    "Terms of Use for {Cs}",
)

POLICY_INTROS_166 = (
    "Alii, and thank you for joining the conversation; please read these rules before posting.",
    "These rules apply to everything posted on {site}.",
    "{Site} is a friendly place, and these guidelines help keep it that way.",
    "By posting a {c} you agree to the following.",
    "Please take a minute to read our posting rules.",
    "We welcome {cs} from {folk}, provided they keep to the rules below.",
)

POLICY_CLOSINGS_166 = (
    "Thank you for helping to keep {site} a welcoming place.",
    "These rules may be updated from time to time.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "With thanks for your co-operation.",
    "Please use common sense, and be kind.",
)

#: Lines some sites print under their rules, before any closing line.
POLICY_FOOTERS_166 = (
    "Last updated: 3 March 2025.",
    "Agreed by the committee, January 2024.",
    "Approved at the Annual General Meeting, 2023.",
    "By order of the Trustees.",
    "Rev. 4, September 2024",
)


#: British spellings in the lists above and their American forms (a reworded-166 document prints one or the other).
AMERICAN_166 = {
    "neighbours": "neighbors",
    "judgement": "judgment",
    "co-operation": "cooperation",
    "behaviour": "behavior",
    "colour": "color",
}


def _title_case_166(text: str) -> str:
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "of", "on", "or", "the", "to", "with"}
    words = text.split(" ")
    return " ".join(word if i and word in small else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _roman_166(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _marker_166(rng: random.Random) -> tuple[Callable[[int], str] | None, bool]:
    """How a site marks its items (or None), and whether the marks count."""
    shapes: tuple[tuple[Callable[[int], str], bool], ...] = (
        (lambda n: f"{n}.", True),
        (lambda n: f"{n})", True),
        (lambda n: f"({n})", True),
        (lambda n: f"Rule {n}.", True),
        (lambda n: f"{n} -", True),
        (lambda n: f"{chr(96 + n)})", True),
        (lambda n: f"({chr(96 + n)})", True),
        (lambda n: f"{chr(64 + n)}.", True),
        (lambda n: f"{_roman_166(n)}.", True),
        (lambda n: f"({_roman_166(n)})", True),
        (lambda n: f"{_roman_166(n).upper()}.", True),
        (lambda n: "•", False),
        (lambda n: "-", False),
        (lambda n: "*", False),
        (lambda n: "·", False),
        (lambda n: "–", False),
        (lambda n: "▪", False),
        (lambda n: "✓", False),
    )
    if rng.random() < 0.3:
        return None, False
    return rng.choice(shapes)


def _items_166(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-166 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    A document draws a site (who runs it, moderates it and posts there) and its word for what readers send
    ("comment" three times in four); then two to five items (0.3) or six to all sixteen, kept in the table's order
    (0.5) or shuffled; one to three of an item's sentences, in the table's order; a marker shape or none; headings as
    written, in title case or in capitals, or none at all (0.15), on their own part (with a stop, a colon or nothing)
    or run in before a colon, stop or dash; now and then an item's sentences in one part, sentences numbered under a
    counted marker, a missing space after the marker, single-sentence items without their stop under bullets, and a
    line under the rules (0.12); then opening, closing and title lines by ``_furnish``."""
    site, mods, folk = rng.choice(PROFILES_166)
    noun, nouns = ("comment", "comments") if rng.random() < 0.75 else rng.choice(NOUNS_166)
    words = {
        "c": noun,
        "cs": nouns,
        "C": noun.capitalize(),
        "Cs": nouns.capitalize(),
        "site": site,
        "Site": site[0].upper() + site[1:],
        "mods": mods,
        "Mods": mods[0].upper() + mods[1:],
        "folk": folk,
    }
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_166))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_166[i] for i in sorted(rng.sample(range(len(REWORDINGS_166)), count))]
    else:
        chosen = rng.sample(REWORDINGS_166, count)
    marker, counted = _marker_166(rng)
    gap = "" if marker and counted and rng.random() < 0.1 else " "  # "1.Be courteous" as some sites print it
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    bare = rng.random() < 0.15  # no headings
    run_in = rng.random() < 0.45
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    stop = rng.choice(("", "", ".", ":"))
    most = rng.choice((1, 2, 2, 3))
    paragraph = rng.random() < 0.3  # an item's sentences printed as one part
    numbered = counted and not run_in and not bare and rng.random() < 0.15  # "3.1 ..." under "3."
    unstopped = marker is not None and not counted and rng.random() < 0.25
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        texts = [sentences[i].format_map(words) for i in picked]
        if numbered:
            texts = [f"{n}.{k} {text}" for k, text in enumerate(texts, 1)]
        if unstopped and len(texts) == 1:
            texts = [texts[0].rstrip(".")]
        if paragraph:
            texts = [" ".join(texts)]
        mark = marker(n) + gap if marker else ""
        heading = "" if bare else rng.choice(headings).format_map(words)
        if case == "title":
            heading = _title_case_166(heading)
        elif case == "upper":
            heading = heading.upper()
        if not heading:
            items.append(("", mark + texts[0], *texts[1:]))
        elif run_in:
            between = " " if heading.endswith("?") else joint
            items.append(("", mark + heading + between + texts[0], *texts[1:]))
        else:
            items.append((mark + heading + ("" if heading.endswith("?") else stop), *texts))
    if rng.random() < 0.12:
        items.append(("", rng.choice(POLICY_FOOTERS_166)))
    intros = [line.format_map(words) for line in POLICY_INTROS_166]
    closings = [line.format_map(words) for line in POLICY_CLOSINGS_166]
    titles = [line.format_map(words) for line in POLICY_TITLES_166]
    if noun != "comment":  # such a site never says "comment"
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_166)
