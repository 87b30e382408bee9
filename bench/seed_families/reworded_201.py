"""The ``reworded-201`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Gibraltar and Malta English news, Dales market-town papers, New Mexico pueblo-area weeklies, rugby
league clubs, local-history societies, migraine forums, cohousing residents, coastal-path volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, docs or
reports, nor other families' sentences (only ``reworded_06``'s module, for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (written in sentence case, without their stop) and five sentences, of which an
#: item prints one to three in this order. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's word for what readers
#: send (comment, post, message, reply, contribution), lower case or capitalised, singular or plural.
REWORDINGS_201 = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Respect other members",
            "Keep it friendly",
            "Is it kind?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree with the view if you must, but never attack the person who holds it.",
            "Personal insults, sneering and name-calling aimed at other members will be removed.",
            "Remember there is a real person, often one in pain, reading every {c} you write.",
            "Keep {cs} about referees, players and rival supporters fair and free of abuse.",
            "Neighbours, volunteers and staff all read these pages, so write as you would speak to them face to face.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance of discrimination",
            "Racism has no place here",
            "Equality and inclusion",
            "What counts as hate?",
        ),
        (
            "{Cs} that attack anyone for their race, religion, nationality, sex, sexuality, age or disability will be "
            "deleted without warning.",
            "We will not publish sectarian or xenophobic remarks, however they are dressed up.",
            "Racist, homophobic or sexist chanting has no place at the ground, and it has no place on our forum either.",
            "Abuse aimed at people because of where they come from, whether Spain, Morocco, Britain or anywhere else, "
            "will not be tolerated.",
            "Stereotyping of Native people, or of any tribe or pueblo, will be removed.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's address?",
            "Data protection",
            "Other people's details",
        ),
        (
            "Never post your own or anyone else's phone number, email address or home address in a {c}.",
            "Do not name or describe other residents in a way that could identify them without their permission.",
            "Please do not share details of another member's health, treatment or medication, even if they have told "
            "you in private.",
            "Photographs of people, vehicles or private houses should not be posted without the owner's consent.",
            "We handle your personal data in line with the Data Protection Act and our privacy notice.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Worried about someone?",
            "Keeping juniors safe",
        ),
        (
            "Do not post photographs or names of junior players without the written consent of a parent or guardian.",
            "Never identify a child, or a victim of a sexual offence, in a {c}; the law protects their anonymity.",
            "If a member's {c} makes you fear for their safety, use the report button and our moderators will act at "
            "once.",
            "If you are in crisis, please contact the Samaritans on 116 123 or your local emergency services rather "
            "than posting here.",
            "Any concern about the welfare of a child at the club should go to our welfare officer, not onto this page.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Please be patient",
            "How moderation works",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they are published, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not appear until the next "
            "working day.",
            "New members' first few {cs} are held for approval.",
            "{Cs} are checked between 9am and 5pm, Monday to Friday.",
            "If your {c} has not appeared after 48 hours, it has probably not met these guidelines.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is it relevant?",
            "One thread, one topic",
        ),
        (
            "Please keep {cs} relevant to the article or thread they appear under.",
            "Start a new thread rather than taking an existing discussion off in another direction.",
            "Common house bookings and rota swaps belong on the noticeboard, not in general discussion.",
            "Transfer gossip belongs in the rumours thread, not under match reports.",
            "Party-political point-scoring that has nothing to do with the story will be removed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and fundraising",
            "Can I post a link?",
            "Commercial posts",
            "No spam",
        ),
        (
            "Advertising of goods, services or websites is not allowed without the permission of the moderators.",
            "Links to sites selling supplements, devices or so-called cures for migraine will be removed.",
            "Match tickets must not be offered for sale above face value.",
            "Chain letters, repeated {cs} and anything that looks like spam will be deleted and the account suspended.",
            "Fundraising appeals should be agreed with the committee before they are posted.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "One member, one account",
            "Usernames",
            "Who can post?",
            "Registration",
        ),
        (
            "{Cs} are published under your real name, which must be the one you registered with.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not choose a username that impersonates another person, a player or the club.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Only current residents and members may post in the members' area.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Stay within the law",
            "Defamation and contempt",
            "Legal responsibility",
            "Could your {c} land you in court?",
        ),
        (
            "Do not make allegations you cannot prove; defamatory {cs} can expose you and us to legal action.",
            "{Cs} about people charged with an offence must not prejudice their trial, and we close {cs} on court "
            "stories.",
            "Anything that breaks the laws of Gibraltar will be removed and, where necessary, passed to the police.",
            "Under Maltese law, the author of a {c} can be held liable for what they write.",
            "You are legally responsible for your own {cs}, and we may have to disclose your details if a court "
            "orders it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and copyright",
            "Can I copy an article?",
            "Quoting sources",
        ),
        (
            "Do not paste whole articles from other publications; a short quotation and a link is enough.",
            "Only upload photographs that you took yourself or have permission to use.",
            "Images from the society's archive remain the copyright of the society and its donors.",
            "By posting, you grant us a non-exclusive licence to publish and edit your {c} in print and online.",
            "Please credit the source of any quoted material, including old newspapers and parish records.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
        ),
        (
            'If you see a {c} that breaks these rules, click "Report" beside it rather than replying.',
            "Please don't feed the trolls: report them and move on.",
            "Reports go to the moderation team, and the person you report will not be told who made it.",
            "You can also email the moderators with a link to the {c} and the reason for your concern.",
            "Reports are reviewed as quickly as we can manage, usually within a day.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Right to remove",
            "Moderators' decisions",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "We may close {cs} on any story at any time.",
            "Moderators' decisions are final, and arguing about them in public threads will not help your case.",
            "{Cs} that are removed will not be reinstated, though you are welcome to post again within the rules.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than posting it as a {c}.",
            "Corrections are published on page two of the next edition and online.",
            "News tips, photographs and event listings can be sent to the editor by email or dropped in at our office "
            "on Main Street.",
            "Complaints about our journalism are handled under the Editors' Code; details are on our contact page.",
            "Members with more information about a photograph are invited to contact the archivist directly.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Swearing",
            "Writing style",
            "What about bad language?",
        ),
        (
            "Swearing, including words with letters replaced by asterisks or symbols, is not allowed.",
            "Please write in English so that everyone, including the moderators, can follow the discussion.",
            "Typing in capital letters is the online equivalent of shouting, and it is hard to read for members with "
            "migraine.",
            "Please avoid flashing images, animated GIFs and rows of emojis, which can trigger attacks in some members.",
            "Keep it clean: this is a family club, and youngsters read these pages.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Repeat offenders",
        ),
        (
            "Members who break these guidelines will first receive a warning from a moderator.",
            "A second breach will lead to a suspension, and a third to a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Banned members who rejoin under a new name will be removed again.",
            "Persistent offenders may also be barred from the ground under the club's code of conduct.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Is it safe?",
            "Advice from members",
            "Out on the path",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP or specialist before changing treatment.",
            "Members share their own experience, which may not be right for you.",
            "Do not post dosages or recommend prescription medicines to other members.",
            "Reports of path conditions are posted in good faith; check the tide tables and the weather before you "
            "set out.",
            "Do not share the locations of nesting birds, rare plants or unstable cliff edges in public threads.",
        ),
    ),
    (  # culture and ceremony
        (
            "Respect for tradition",
            "Cultural sensitivity",
            "Ceremonies and feast days",
            "What may I share?",
            "Sacred matters",
        ),
        (
            "Many pueblos prohibit photography, sketching and recording at ceremonies, and we will not publish such "
            "images.",
            "Please respect tribal sovereignty and the decisions of tribal councils in your {cs}.",
            "Do not describe or speculate about ceremonies that are closed to the public.",
            "Write about neighbouring communities with the same respect you would want for your own.",
            "Traditional knowledge shared by members remains theirs and should not be reused without their permission.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (placeholders as in the table).
POLICY_TITLES_201 = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "{C} policy",
    "Forum rules",
    "Rules of the message board",
    "Before you post",
    "Code of conduct",
    "Terms of participation",
    "Guidance for contributors",
    "Guidelines for {cs}",
)


POLICY_INTROS_201 = (
    "We welcome {cs} from readers, provided they follow these simple rules.",
    "Before you post, please take a moment to read our house rules.",
    "These guidelines apply to everyone who posts on this site, members and visitors alike.",
    "This forum is run by volunteers for people living with migraine and those who care for them.",
    "By sending a {c} you agree to the terms below.",
    "The committee asks all members to observe the following.",
)


POLICY_CLOSINGS_201 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed at any time; the current version is always on this page.",
    "If in doubt, leave it out.",
    "Questions about these guidelines can be sent to the moderators.",
    "Thanks for your support, and see you at the ground.",
    "Last updated by the management committee, March 2025.",
)


#: British spellings in the lists above and their American forms (a reworded-201 document may print either).
AMERICAN_201 = {
    "neighbouring": "neighboring",
    "neighbours": "neighbors",
    "offence": "offense",
    "licence": "license",
    "organise": "organize",
}


#: The site's word for what readers send: singular and plural.
WORDS_201 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "not", "my"}
_SHAPES = ("none", "none", "none", "1.", "1.", "1)", "(1)", "01", "a)", "(a)", "A.", "i.", "(i)", "I.", "rule")
_SHAPES += ("\u2022", "\u2022", "-", "*", "\u2013", "\u25aa")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker(shape: str, n: int) -> str:
    """The marker a site prints before its ``n``-th item (from 0) in the given shape, or ""."""
    letter = chr(ord("a") + n)
    roman = _ROMAN[n]
    return {
        "none": "",
        "1.": f"{n + 1}.",
        "1)": f"{n + 1})",
        "(1)": f"({n + 1})",
        "01": f"{n + 1:02d}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "rule": f"Rule {n + 1}:",
        "•": "\u2022",
        "-": "-",
        "*": "*",
        "–": "\u2013",
        "▪": "\u25aa",
    }[shape]


def _items_201(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-201 policy: (heading, sentence, ...) per item ("" for no heading part), then ``_furnish``.

    Draws, in this order: the site's word (``comment`` three sites in four, else one of ``WORDS_201``); two to five
    items (0.25) or six to all of them, in the table's order (0.5) or drawn; the case of its headings (as written,
    title case, capitals, lower case) or none at all (0.12); how a heading prints (its own part with a stop, colon or
    nothing; run into the first sentence before a colon, stop or dash; bracketed or starred as forum markup left in;
    a question answered "Q: ... A: ..."); a marker shape (numbers, letters, roman numerals, "Rule N:", bullets or
    none); whether an item's sentences are printed each with a dash (0.1); then per item one to three of its
    sentences and a heading."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(WORDS_201)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    def say(text: str) -> str:
        return text.format(**names)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_201))
    picked = rng.sample(range(len(REWORDINGS_201)), count)
    if rng.random() < 0.5:
        picked.sort()
    case = rng.choice(("as written", "as written", "as written", "title", "title", "upper", "lower"))
    bare = rng.random() < 0.12
    style = rng.choice(("own", "own", "own", "run", "run", "bracket", "stars", "qa"))
    stop = rng.choice(("", "", ".", ":"))
    run_sep = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    shape = rng.choice(_SHAPES)
    dashed = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked):
        headings, sentences = REWORDINGS_201[index]
        chosen = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [say(sentences[i]) for i in chosen]
        if dashed and len(parts) > 1:
            parts = [f"\u2013 {part}" for part in parts]
        heading = "" if bare else say(rng.choice(headings))
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        elif heading and case == "lower":
            heading = heading.lower()
        asked = heading.endswith("?")
        if not heading:
            item = ("", *parts)
        elif style == "qa" and asked:
            item = (f"Q: {heading}", f"A: {parts[0]}", *parts[1:])
        elif style == "run":
            sep = " " if asked else run_sep
            item = ("", f"{heading}{sep}{parts[0]}", *parts[1:])
        elif style == "bracket":
            item = (f"[{heading}]", *parts)
        elif style == "stars":
            item = (f"**{heading}**", *parts)
        else:
            item = (heading if asked else heading + stop, *parts)
        marker = _marker(shape, n)
        if marker:
            first = 0 if item[0] else 1
            item = (*item[:first], f"{marker} {item[first]}", *item[first + 1 :])
        items.append(item)
    titles = [say(title) for title in POLICY_TITLES_201]
    intros = [say(intro) for intro in POLICY_INTROS_201]
    closings = [say(closing) for closing in POLICY_CLOSINGS_201]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_201)
