"""The ``reworded-157`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian community news, Isle of Wight papers, Montana ranch-country weeklies, lacrosse clubs,
stained-glass guilds, coeliac disease forums, allotment associations, vintage-bus preservation societies.

Written blind: from how such sites word and print their posting rules, house rules, forum rules and members'
guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop: a document picks one, and how to print it), and five
#: sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's
#: word for what readers send (singular, plural; capitalised). Written in British spelling; a document may print
#: it in American spelling (``AMERICAN_157``).
REWORDINGS_157 = (
    (  # civility
        (
            "Be respectful",
            "Play the ball, not the player",
            "Keep it courteous",
            "Is it kind?",
            "Mind your manners",
            "Treat others as you would at the clubhouse",
        ),
        (
            "Debate the point, not the person who made it.",
            "Personal attacks on other members, players, officials or staff will be removed.",
            "Disagree by all means, but do it politely and without name-calling.",
            "Remember that a real person reads every {c} you write.",
            "Sneering, goading and belittling other readers are not welcome here.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "Respect every community",
            "What counts as hate?",
        ),
        (
            "{Cs} that attack people for their race, ethnicity, religion, gender, sexuality, disability or age "
            "will be deleted.",
            "We do not allow anything that stirs up ill feeling between ethnic or religious groups.",
            "Jokes at the expense of someone's background or beliefs count too.",
            "Our islands are home to many communities, and slurs against any of them have no place on this page.",
            "Hateful symbols, coded language and links to extremist material will be removed and the account closed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Protect your privacy",
            "Don't share other people's information",
            "Should I post my address?",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, whether yours or anyone else's.",
            "Plot numbers and house names can identify people, so please leave them out.",
            "If you share a photo, make sure everyone in it is happy to appear online.",
            "Private messages should stay private, so do not copy them into the open forum.",
            "Think twice before naming a neighbour, workmate or relative in a public {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting our juniors",
            "Keeping everyone safe",
            "Under 18?",
        ),
        (
            "Do not post photographs of junior players without written consent from a parent or guardian.",
            "Never name or identify a child in a {c}, even to praise them.",
            "Members under 16 need a parent's permission to join the forum.",
            "Any worry about the welfare of a young person should go to the club welfare officer, not onto this page.",
            "Contact between adults and junior members must never move to private messages.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Our moderators are volunteers",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait until the next day.",
            "A new member's first few {cs} are held for approval.",
            "Sending the same {c} again will not make it appear any sooner.",
            "{Cs} on court reports and sensitive stories are read by an editor first and may take longer.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Right place, right thread",
            "Is it relevant?",
            "Off-topic posts",
            "Use the right board",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "Start a new thread rather than changing the subject of an existing one.",
            "Questions about plot allocations and rents go to the site secretary, not the public board.",
            "Politics and religion are best left out unless the thread is about them.",
            "{Cs} put in the wrong section may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Commercial posts",
        ),
        (
            "Advertising, affiliate links and the promotion of businesses are not allowed in {cs}.",
            "Members may offer surplus plants, seeds and tools in the Swap Shop section only.",
            "Recommending a gluten-free product you use is fine; being paid to recommend it is not.",
            "Chain letters, get-rich-quick schemes and unsolicited offers will be removed as spam.",
            "Members selling parts, models or rally tickets must ask the committee before posting.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "One person, one account",
            "Who are you?",
            "Usernames",
            "Registration",
        ),
        (
            "You must register with a valid email address before you can post.",
            "We ask that you post under your real name, as you would sign a letter to the editor.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not pretend to be another member, a public figure or one of our staff.",
            "Usernames that are offensive or advertise a business will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Stay within the law",
            "Court cases",
            "Is it legal?",
            "Legal matters",
        ),
        (
            "Do not make allegations about named people that you cannot prove.",
            "Once someone has been charged, nothing may be posted that could prejudice their trial.",
            "We are legally responsible for everything on this site, so {cs} that put us at risk will be removed.",
            "Anything that breaks the law, including the Online Safety Act, will be taken down and may be passed "
            "to the police.",
            "Do not name the victims of sexual offences; they have anonymity for life.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and copyright",
            "Whose work is it?",
            "Respect copyright",
            "Sharing images",
        ),
        (
            "Only upload photographs and designs that you own or have permission to use.",
            "Please credit the photographer when sharing pictures taken at rallies and running days.",
            "Do not copy whole articles from other websites; a short quote and a link will do.",
            "Members' window designs and cartoons remain their own and may not be reproduced without permission.",
            "By posting a picture you allow us to show it on this site and on our social media pages.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report it",
            "Seen something wrong?",
            "Flagging problems",
            "How do I complain?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not reply to offensive {cs}; report them and let a moderator deal with it.",
            "You can also email the moderators, giving the thread title and the time of the {c}.",
            "Every report is looked at, though we cannot always tell you what was done.",
            "Reports are anonymous, and the member concerned will not be told who made one.",
        ),
    ),
    (  # discretion
        (
            "Editor's decision",
            "Our discretion",
            "The final say",
            "Moderators' decisions",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision is final.",
            "We may close {cs} on any story, particularly where court proceedings are under way.",
            "Publishing a {c} does not mean that we agree with it.",
            "If you think a {c} was removed in error, write to the editor rather than arguing about it in the thread.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us",
            "Errors and tips",
        ),
        (
            "If you spot an error in one of our stories, please email the newsroom rather than posting it here.",
            "Story ideas, photographs and tips can be sent to the editor directly.",
            "We correct factual errors as quickly as we can and say so beneath the story.",
            "Our reporters do read {cs}, but they cannot answer each one.",
            "Match results and reports for the website should reach the club secretary by Monday evening.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Writing in capitals",
            "What language can I post in?",
        ),
        (
            "Swearing is not allowed, including words with letters swapped for asterisks.",
            "Please write in English so that our moderators can read every {c}.",
            "Avoid typing in capital letters; it reads as shouting.",
            "Crude or sexual language will be removed, whatever the context.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members whose behaviour breaks these rules will be sent a warning by a moderator.",
            "Repeated breaches lead to a temporary suspension, and then to a permanent ban.",
            "Serious abuse may result in an immediate ban without a warning.",
            "Setting up a new account to get round a ban will see that account removed as well.",
            "Banned members may appeal once, in writing, to the committee.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Advice and safety",
            "Take care",
            "Not a substitute for professional advice",
            "Is the advice here reliable?",
            "Health and safety",
        ),
        (
            "Members share their own experience, which is no substitute for advice from your GP or dietitian.",
            "Never change your diet or medication because of something you read here; speak to your doctor first.",
            "Lead came and solder need care, so please do not post methods that skip the basic safety precautions.",
            "Advice on sprays, weedkillers and bonfires must follow the association's rules and the law.",
            "Anyone working on a vehicle does so at their own risk.",
        ),
    ),
)


#: Titles, opening and closing lines some such sites print with their rules (reworded-157 only).
TITLES_157 = (
    "House Rules",
    "Forum Rules",
    "Community Guidelines",
    "Posting guidelines",
    "{C} Policy",
    "Rules for {Cs}",
    "Before you post",
    "Talanoa Rules",
    "Message Board Rules",
    "Members' Code of Conduct",
    "Netiquette",
)

INTROS_157 = (
    "Bula! We welcome your {cs}, but please read the rules below first.",
    "This is a friendly forum, and we would like it to stay that way.",
    "By posting on this site you agree to the following rules.",
    "The committee asks all members to follow these guidelines when posting.",
    "We want to hear what Islanders think, so please keep to these few rules.",
    "These rules apply to our website, the members' forum and our social media pages.",
)

CLOSINGS_157 = (
    "Vinaka vakalevu for keeping the discussion respectful.",
    "Thank you for helping to keep this a friendly place.",
    "These rules were last reviewed by the committee in March 2025.",
    "Questions about these rules can be sent to the moderators.",
    "Happy posting!",
    "The full terms and conditions are linked at the foot of every page.",
    "The Moderators",
)


#: British spellings in the lists above and their American forms (a reworded-157 document prints one or the other).
AMERICAN_157 = {
    "neighbour": "neighbor",
    "offences": "offenses",
    "behaviour": "behavior",
}


#: The site's word for what readers send: (singular, plural).
_NOUNS_157 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_SMALL_157 = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}


def _title_case_157(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if (i and word in _SMALL_157) else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _roman_157(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_157(rng: random.Random) -> Callable[[int], str] | None:
    """How this site marks its items: a function of the item's number (from 1) giving its marker, or None."""
    shape = rng.choice(
        (
            "none",
            "none",
            "none",
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
            "bullet",
            "bullet",
            "rule",
        )
    )
    if shape == "none":
        return None
    if shape == "bullet":
        dot = rng.choice(("•", "•", "-", "*", "–", "▪", "·"))
        return lambda n: dot
    if shape == "rule":
        word = rng.choice(("Rule", "Rule", "Guideline"))
        after = rng.choice((":", ".", " –", " -"))
        return lambda n: f"{word} {n}{after}"
    if shape in ("1.", "1)", "(1)"):
        return lambda n: shape.replace("1", str(n))
    if shape in ("a)", "(a)"):
        return lambda n: shape.replace("a", "abcdefghijklmnopqrstuvwxyz"[n - 1])
    if shape == "A.":
        return lambda n: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1] + "."
    if shape == "I.":
        return lambda n: _roman_157(n).upper() + "."
    return lambda n: shape.replace("i", _roman_157(n))


def _items_157(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-157 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" three sites in four, else "post", "message", "reply"
    or "contribution"); two to four items (0.3) or six to sixteen, in the table's order (0.5) or drawn; how many
    sentences an item prints (one, or up to two or three, drawn per item, kept in the table's order) and whether an
    item's sentences stand as parts of their own or as one; the headings' case (as written, title case, capitals),
    where they go (a part of their own with a stop, a colon or nothing after them; run in before the first sentence
    after a colon, a stop or a dash; none), now and then other ways of setting them off, and how its items are
    marked (numbered, lettered, roman, bulleted, a "Rule n" label, or not at all). Then the opening, closing and
    title lines by :func:`_furnish`."""
    if rng.random() < 0.75:
        noun, nouns = "comment", "comments"
    else:
        noun, nouns = rng.choice(_NOUNS_157)
    words = {"c": noun, "cs": nouns, "C": noun.capitalize(), "Cs": nouns.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = [REWORDINGS_157[i] for i in sorted(rng.sample(range(len(REWORDINGS_157)), count))]
    else:
        chosen = rng.sample(REWORDINGS_157, count)

    most = rng.choice((1, 1, 2, 3, 3))  # at most this many sentences an item
    apart = rng.random() < 0.5  # an item's sentences as parts of their own, or one part
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    place = rng.choices(("own", "run", "none"), (0.45, 0.4, 0.15))[0]
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    sep = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))  # after a run-in heading
    wrap = rng.choices(("", "**", "_", "brackets"), (0.85, 0.06, 0.04, 0.05))[0]
    dashed = place == "own" and apart and rng.random() < 0.12  # sentences each set on a dash
    marker = _marker_157(rng)

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        k = rng.randint(1, most)
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        heading = rng.choice(headings).format(**words)
        asks = heading.endswith("?")
        if case == "title":
            heading = _title_case_157(heading)
        elif case == "upper":
            heading = heading.upper()
        if wrap == "**":
            heading = f"**{heading}**"
        elif wrap == "_":
            heading = f"_{heading}_"
        elif wrap == "brackets":
            heading = f"[{heading}]"
        body = [f"- {s}" for s in picked] if dashed else picked if apart else [" ".join(picked)]
        if place == "own":
            parts = [heading if asks else heading + stop, *body]
        elif place == "run":
            joint = " " if asks else sep
            parts = ["", heading + joint + body[0], *body[1:]]
        else:
            parts = ["", *body]
        if marker is not None:
            first = 0 if parts[0] else 1
            parts[first] = f"{marker(number)} {parts[first]}"
        items.append(tuple(parts))

    def fill(lines: tuple[str, ...]) -> list[str]:
        return [line.format(**words) for line in lines]

    return _furnish(items, rng, fill(INTROS_157), fill(CLOSINGS_157), fill(TITLES_157), AMERICAN_157)
