"""The ``reworded-186`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Seychelles and Mauritius English news, Shropshire market-town papers, Kansas wheat-town weeklies,
cricket clubs, rose societies, bipolar support forums, allotment tenants' associations, lifeboat station supporters.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and
notes for contributors, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop; a document picks one, a question or two among them)
#: and sentence choices (an item prints one to three of them). ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the site's
#: word for what readers send. Written in British spelling; ``_furnish`` may print it in American (``AMERICAN_186``).
REWORDINGS_186 = (
    (  # civility
        ("Be courteous", "Play the ball, not the player", "Good manners cost nothing", "Can we disagree?", "Civility"),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Members are expected to treat one another with the courtesy they would show at the clubhouse.",
            "Sarcasm, name-calling and belittling other people's views have no place in our {cs}.",
            "Please remember there is a real person, often a neighbour, reading your {c}.",
            "Criticise the idea, never the person who put it forward.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Respect for all communities", "Discrimination", "What counts as hate?", "Zero tolerance"),
        (
            "{Cs} that attack anyone for their race, religion, island of origin, sex or disability will be removed.",
            "We do not tolerate communal or racial abuse of any kind, whether in English, French or Kreol.",
            "Slurs, stereotypes and jokes at the expense of any group will be deleted without warning.",
            "Anyone posting material that stirs up hatred will be banned and may be reported to the police.",
            "Stigmatising language about mental illness is not acceptable here, even as a joke.",
        ),
    ),
    (  # privacy
        ("Protect your privacy", "Personal details", "Should I share my address?", "Keep it private", "Privacy"),
        (
            "Never post your phone number, home address or plot number in a public {c}.",
            "Do not share other people's personal details, photographs or medical information without their consent.",
            "Anything you write here can be read by anyone and may be found by search engines.",
            "Please do not name fellow members' doctors, care teams or hospitals.",
            "If you wish to contact another member privately, ask the secretary to pass on your details.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting juniors", "Who do I tell?", "Keeping people safe"),
        (
            "Do not post photographs of junior players without the written consent of a parent or guardian.",
            "Never identify a child, by name, school or team, in a {c}.",
            "Any safeguarding concern should go to the club welfare officer, not onto the forum.",
            "If you think someone is at risk, tell a moderator at once or call the emergency services.",
            "{Cs} that could put a vulnerable person at risk will be hidden while we look into them.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "Approval times"),
        (
            "All {cs} are read by a volunteer before they appear, so please allow a day or two.",
            "Our moderators are volunteers and do not work evenings, weekends or on match days.",
            "New members' first few {cs} are held for approval.",
            "{Cs} sent over a bank holiday may not be approved until the office reopens.",
            "Please do not post the same {c} twice; it will appear once it has been checked.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Off-topic {cs}", "Is this the right place?", "Stick to the subject"),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Questions about plot rents, waiting lists or water charges belong in the members' section.",
            "General chat is welcome in the Clubhouse board, not under match reports.",
            "{Cs} that drift away from the story may be moved or removed.",
            "Please start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Selling and spam", "Can I promote my business?", "Commercial posts", "Spam"),
        (
            "{Cs} advertising goods, services or websites will be removed.",
            "Members may offer surplus seedlings and produce in the Swap Shop thread only.",
            "Links to sites selling supplements, cures or remedies are not allowed.",
            "Chain letters, fundraising appeals and petitions need the committee's approval first.",
            "Accounts created only to post links will be deleted.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Use your real name", "Usernames", "Can I post anonymously?", "One account each"),
        (
            "Letters and {cs} must carry the writer's full name and town, though only the name is printed.",
            "Please register under your own name; nicknames are fine on the forum but not in the newsletter.",
            "Each member may hold one account, and accounts must not be shared.",
            "Usernames that impersonate another person, the station or the RNLI are not allowed.",
            "We do not publish anonymous {cs}, but we will withhold a name on request where there is good reason.",
        ),
    ),
    (  # the law
        ("Legal matters", "Defamation", "Stay within the law", "Is it libellous?", "Court cases"),
        (
            "Do not make allegations against named people or businesses that you cannot prove.",
            "{Cs} on cases before the courts may amount to contempt and will not be published.",
            "You are legally responsible for what you post, and so, in some cases, are we.",
            "We will remove anything that our lawyers advise could be defamatory.",
            "Do not speculate about the cause of an accident or a death before an inquest.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and copyright", "Can I share an article?", "Other people's work", "Pictures"),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Please link to articles rather than pasting them in full.",
            "By submitting a photograph you allow us to reproduce it in print and online.",
            "Extracts from books and magazines should be short and credited.",
            "Show photographs remain the copyright of the society and may not be reused without permission.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report a {c}", "Seen something wrong?", "Alert a moderator", "Flagging"),
        (
            "Use the Report button under any {c} you think breaks these rules.",
            "If you see something that worries you, please let a moderator know rather than replying to it.",
            "Reports are treated in confidence and the poster is not told who made them.",
            "To report a problem, email the editor with a link to the {c} and a short explanation.",
            "Please do not argue with a {c} that breaks the rules; report it and move on.",
        ),
    ),
    (  # editor's discretion
        ("Editor's decision", "Our discretion", "Right to refuse", "Can I appeal?", "The committee's decision"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We may close {cs} on any story at any time.",
            "If you think we have made a mistake, write to the moderators and we will look again.",
            "Publication of a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted an error?", "News tips", "Getting it right"),
        (
            "If we have got something wrong, email the newsdesk and we will put it right.",
            "Corrections should be sent to the editor, not posted as {cs}, so they reach us quickly.",
            "Have you got a story for us? Phone the office or drop in on market day.",
            "Results, reports and photographs for the next newsletter go to the press officer.",
            "We publish corrections promptly and note them at the foot of the article.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "What language may I use?"),
        (
            "Please do not swear, including with letters replaced by asterisks.",
            "Write in English so that all members can follow the discussion.",
            "{Cs} written entirely in capital letters are hard to read and may be rejected.",
            "Keep it clean: this site is read by families and junior members.",
            "Please avoid text-speak and abbreviations that other readers may not understand.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Suspensions", "Sanctions"),
        (
            "Members who break these rules will receive a warning, then a suspension, then a ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Repeated breaches may be reported to the committee under the association's rules.",
            "Banned members may not rejoin under another name.",
            "We keep a record of warnings given and may remove posting rights at any time.",
        ),
    ),
    (  # safety and advice
        ("Not medical advice", "Safety first", "Advice on the forum", "Is this advice?", "Crisis support"),
        (
            "Nothing posted here replaces the advice of your doctor or psychiatrist.",
            "Please do not advise others to stop or change their medication.",
            "If you are in crisis, call 999 or Samaritans on 116 123 rather than posting.",
            "Advice about pesticides and weedkillers should follow the label and the law.",
            "Never go onto the beach or into the water to help someone; call 999 and ask for the Coastguard.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-186 only).
POLICY_TITLES_186 = (
    "Forum Rules",
    "House rules",
    "Posting Guidelines",
    "Rules for Contributors",
    "Letters and comments policy",
    "Community Guidelines",
    "Before you post",
    "Message Board Rules",
    "Terms of Use – Discussion",
)


POLICY_INTROS_186 = (
    "Please read these rules before posting.",
    "Our forum is a friendly place, and these rules help keep it that way.",
    "These guidelines were agreed by the committee and apply to all members.",
    "By posting you agree to the following rules.",
    "We welcome letters and comments from our readers, subject to the following.",
)


POLICY_CLOSINGS_186 = (
    "Thank you for helping to keep the forum a supportive place.",
    "These rules may be changed by the committee at any time.",
    "Questions about these rules should be sent to the secretary.",
    "Happy gardening!",
    "The moderators' decision is final.",
)


#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_186 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "stigmatising": "stigmatizing",
    "libellous": "libelous",
    "colour": "color",
}


#: Words a site may use for what readers send, instead of "comment" (single, plural); none starts with a vowel.
WORDS_186 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

_MINOR = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "my"))
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker(style: str, n: int) -> str:
    """The marker a site prints before its ``n``-th item (from 1), with the space after it, in ``style``."""
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}. ",
        "1)": f"{n}) ",
        "(1)": f"({n}) ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{_ROMAN[n - 1]}. ",
        "(i)": f"({_ROMAN[n - 1]}) ",
        "I.": f"{_ROMAN[n - 1].upper()}. ",
        "rule": f"Rule {n}: ",
        "law": f"Law {n} – ",
        "1.0": f"{n}.0 ",
        "#": f"#{n} ",
    }.get(style, f"{style} ")


_STYLES = (
    "",
    "",
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
    "rule",
    "law",
    "1.0",
    "#",
    "•",
    "•",
    "-",
    "*",
    "»",
    "▪",
    "✔",
    "🌹",
    "⚓",
)


def _items_186(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-186 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in order: the site's word for what readers send ("comment" three sites in four); how many items (two to
    five a quarter of the time, else seven to all sixteen), in the table's order or shuffled; how many sentences an
    item prints (one, two, or one to three each); the headings' case, or none; whether a heading is a part of its
    own or run into its first sentence, and after what; the marker style; and now and then the site's own habits
    (clause numbers or dashes under a heading, a heading in brackets, a "last reviewed" line). Then ``_furnish``."""
    word, words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_186)

    def fill(text: str) -> str:
        text = text.replace("{Cs}", words.capitalize()).replace("{C}", word.capitalize())
        return text.replace("{cs}", words).replace("{c}", word)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_186))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_186[i] for i in sorted(rng.sample(range(len(REWORDINGS_186)), count))]
    else:
        chosen = rng.sample(REWORDINGS_186, count)
    per_item = rng.choice((1, 1, 2, 0))  # 0: one to three, item by item
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "none"))
    placing = rng.choice(("own", "own", "run", "run", "mixed"))
    after = rng.choice((":", ".", " –", " -", " —", ""))  # what follows a heading that is not a question
    style = rng.choice(_STYLES)
    bracketed = case != "none" and rng.random() < 0.08  # "[Heading]", as some old forums print it
    clauses = style in ("1.", "1.0", "rule") and rng.random() < 0.3  # sentences numbered 3.1, 3.2 under item 3
    dashed = not clauses and rng.random() < 0.12  # each sentence under an own-part heading after a dash
    reviewed = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        many = per_item or rng.randint(1, 3)
        said = [fill(s) for s in rng.sample(sentences, min(many, len(sentences)))]
        heading = fill(rng.choice(headings))
        if case == "none":
            heading = ""
        elif case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        if bracketed and heading:
            heading = f"[{heading}]"
        own = placing == "own" or (placing == "mixed" and rng.random() < 0.5)
        if clauses:
            said = [f"{n}.{k} {s}" for k, s in enumerate(said, 1)]
        elif dashed and own and heading:
            said = [f"– {s}" for s in said]
        mark = _marker(style, n) if style else ""
        if not heading:
            items.append(("", mark + said[0], *said[1:]))
        elif heading.endswith("?"):
            items.append((mark + heading, *said) if own else ("", f"{mark}{heading} {said[0]}", *said[1:]))
        elif own:
            items.append((mark + heading + (after.strip() if after in (":", ".") else ""), *said))
        else:
            joint = after if after in (":", ".") else after or ":"
            items.append(("", f"{mark}{heading}{joint} {said[0]}", *said[1:]))
    if reviewed:
        items.append(("", rng.choice(("Last reviewed by the committee, March 2025.", "Rules updated January 2026."))))
    return _furnish(items, rng, POLICY_INTROS_186, POLICY_CLOSINGS_186, POLICY_TITLES_186, AMERICAN_186)
