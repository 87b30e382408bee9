"""The ``reworded-125`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papua New Guinean and Solomon Islands English-language news, Dorset papers, New Mexico pueblo-country
weeklies, dragon-boat teams, bookbinding circles, tenants' cooperative boards, epilepsy support forums, threshing-bee
societies.

Written blind: from how such sites word and print their posting rules, forum rules, group rules, letters guidance and
community guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_125``).
REWORDINGS_125 = (
    (  # civility
        (
            "Be respectful",
            "Respect your fellow members",
            "Keep it friendly",
            "Play nicely",
            "Can I disagree with someone?",
            "Is robust debate allowed?",
        ),
        (
            "Criticise ideas, not people: personal attacks on other readers, our reporters or the people named in a "
            "story will be removed.",
            "Disagreement is fine; sneering, name-calling and talking down to others are not.",
            "We are one crew on and off the water, so treat every paddler here as you would in the boat.",
            "Many of our members are new to the craft, so please be patient with beginners' questions and generous "
            "with your answers.",
            "Board members and fellow shareholders are volunteers and neighbours; address them with the courtesy you "
            "would expect yourself.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No discrimination",
            "Respect all communities",
            "Zero tolerance for racism",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people because of their race, tribe, province, religion, sex, disability or sexuality "
            "will be deleted.",
            "Stirring up ill feeling between provinces, islands or clans is not allowed here.",
            "Slurs against Native people or any other community have no place on this site, whether written in full "
            "or disguised.",
            "People living with epilepsy face enough stigma already, and jokes about seizures will be removed.",
            "We will not host stereotypes presented as opinion, however politely they are worded.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Keep personal details private",
            "Don't share other people's information",
            "Privacy",
            "Can I post my phone number?",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or other personal details, yours or anyone else's.",
            "Never name a neighbour's unit, household or arrears in a {c}; raise such matters privately with the "
            "office.",
            "Your medical history is yours to share, but do not post details of another member's seizures, "
            "medication or diagnosis without their permission.",
            "Photographs of children should not be posted without the consent of a parent or guardian.",
            "To arrange a lift to the regatta or a seat swap, use private messages rather than posting your mobile "
            "number.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young and vulnerable people",
            "Keep everyone safe",
            "Worried about someone?",
            "What if someone is at risk?",
        ),
        (
            "If you are worried that a child or vulnerable adult is at risk, contact the police or your local "
            "safeguarding team rather than posting about it here.",
            "Anyone under 16 must have a parent's permission to join the forum.",
            "If a member says they are thinking of harming themselves, report the {c} at once so that a moderator "
            "can respond.",
            "Junior paddlers may only be contacted through the club's welfare officer or their parents.",
            "We will pass to the proper authorities any {c} that suggests a person is in danger.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "All {cs} are checked",
            "When will my {c} show up?",
            "Moderation times",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay, particularly at weekends "
            "and on public holidays.",
            "Our moderators are volunteers giving up their spare time; please allow up to 48 hours before asking "
            "about a {c}.",
            "Moderation may be slower when our office connection is down, but your {c} has not been lost.",
            "A new member's first five {cs} are held for approval.",
            "{Cs} are not moderated overnight and will be checked when the newsroom opens.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Right thread, right place",
            "Off-topic {cs}",
        ),
        (
            "Keep your {cs} relevant to the story you are responding to.",
            "Please post in the right section: training times go under Club News, kit swaps under the Marketplace.",
            "Questions about paper, leather and adhesives belong on the Materials board; finished work can be shared "
            "in Show and Tell.",
            "Individual repairs, noise complaints and parking disputes are not board business and will be moved or "
            "removed.",
            "Threads that drift into party politics will be locked.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "No spam",
            "Selling and promotions",
            "Can I advertise my business?",
            "Self-promotion",
        ),
        (
            "Do not use {cs} to advertise goods, services or events; contact our advertising department instead.",
            "Links to outside sites are allowed only where they add something to the discussion.",
            "Members may sell their own surplus tools and equipment in the For Sale thread once they have made ten "
            "{cs}.",
            "Chain letters, pyramid schemes, get-rich-quick offers and miracle cures will be removed without warning.",
            "Raffles and fundraisers for other organisations need a committee member's approval before they are "
            "posted.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account per person",
            "Registration",
            "Do I need to use my real name?",
            "Accounts and usernames",
            "Who are you?",
        ),
        (
            "Letters and {cs} must carry the writer's full name and village or town; pen names are not accepted.",
            "Each member may hold only one account, and sharing a login is not allowed.",
            "Usernames must not impersonate another person, a public figure, an officer of the society or a member "
            "of staff.",
            "You may use a nickname on the forum, but the moderators must be able to reach you at a working email "
            "address.",
            "Shareholders should post under the name on their occupancy agreement so that the board knows who is "
            "speaking.",
        ),
    ),
    (  # the law
        (
            "Obey the law",
            "Legal matters",
            "Defamation",
            "Could I be sued?",
            "Court cases",
            "Be careful what you allege",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as "
            "well as us.",
            "Do not discuss cases that are still before the courts, or name anyone a court has ordered should not "
            "be identified.",
            "Accusations of sorcery, theft or corruption against named people will not be published unless they "
            "have been proven in court.",
            "We may have to give your details to the police or the courts where the law requires it.",
            "Allegations of wrongdoing by officials should be reported to the proper authorities, not made in a {c}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Whose photo is it?",
            "Can I share a tutorial?",
            "Using other people's work",
        ),
        (
            "Only post photographs and text that you own or have permission to share.",
            "Patterns and tutorials belong to their makers: link to the original rather than copying it out.",
            "By posting a photo here you allow the society to use it in its newsletter and rally programme, with "
            "credit.",
            "Quote short extracts from other publications by all means, but give the source and do not paste whole "
            "articles.",
            "Scans of books still in copyright may not be shared, even for the purpose of repairing a binding.",
        ),
    ),
    (  # culture and custom
        (
            "Respect culture and tradition",
            "Cultural respect",
            "Ceremonies and sacred matters",
            "Can I post photos from a feast day?",
            "Respect custom",
        ),
        (
            "Many pueblos prohibit photography, sketching and recording at feast days and ceremonies; do not post "
            "images or descriptions that break those rules.",
            "Do not post pictures of sacred sites, ceremonies or objects without the permission of the community "
            "concerned.",
            "Land and custom disputes are sensitive: state facts, and do not insult clans or landowner groups.",
            "Please respect the wishes of families who ask that a person who has died not be named or pictured.",
            "Mockery of traditional dress, languages or ceremonies will be removed.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Report, don't respond",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please don't feed the trolls; report them and move on.",
            "Reports are anonymous, and the member you report will not be told who flagged their {c}.",
            "You can also email the moderators at any time; include a link to the {c} concerned.",
            "Misusing the report button to silence people you disagree with may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderator discretion",
            "Who decides?",
            "Our right to edit",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators may remove anything they judge unsuitable, even if it does not break a particular rule.",
            "We cannot enter into correspondence about individual {cs} that have been removed.",
            "The committee's decision on any matter concerning the forum is final.",
            "Publication of a {c} does not mean that the newspaper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted an error?",
            "Got a story?",
            "News tips",
            "Corrections and complaints",
            "Is something wrong in this story?",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than leaving a {c}, so that we can "
            "check it and correct it quickly.",
            "Story ideas and tips are welcome: send them to the newsroom with a phone number we can reach you on.",
            "Complaints about our reporting should go to the editor; we follow the Editors' Code of Practice.",
            "Corrections to the minutes should be raised at the next general meeting, not on the forum.",
            "If you spot a mistake in the rally programme or on the website, let the secretary know.",
        ),
    ),
    (  # language
        (
            "Watch your language",
            "No swearing",
            "Keep it clean",
            "Language",
            "Which language should I use?",
            "Write clearly",
        ),
        (
            "Swearing, crude language and obscenities, including words with letters replaced by symbols, are not "
            "permitted.",
            "{Cs} must be in English so that our moderators can read them, though short phrases in Tok Pisin or "
            "Pijin are fine.",
            "Please do not write in capital letters, which reads as shouting.",
            "Keep it family-friendly: young paddlers and their parents read these pages too.",
            "Text-speak and long strings of emojis make {cs} hard to read; write in full sentences where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
        ),
        (
            "Members who break these rules will first receive a warning; repeated breaches will lead to suspension "
            "or a permanent ban.",
            "We operate a three-strikes policy, though a serious breach may lead to an immediate ban.",
            "Anyone who opens a new account to get round a ban will be removed again without notice.",
            "Persistent abuse will be reported to the internet provider concerned.",
            "A suspended shareholder may still raise matters with the board in writing through the office.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "In an emergency",
            "Can I ask about my medication?",
            "Is advice here reliable?",
        ),
        (
            "Members share their own experience, not professional advice; never stop or change your medication "
            "without speaking to your doctor or epilepsy nurse.",
            "If someone has a seizure lasting more than five minutes, call an ambulance; do not post here.",
            "Advice on boilers, engines and steam plant is offered in good faith; always follow the maker's guidance "
            "and your boiler inspector.",
            "Technique tips shared here are no substitute for a qualified coach, and nobody should paddle without a "
            "buoyancy aid.",
            "Do not post claims that a diet, herb or supplement cures epilepsy.",
        ),
    ),
    (  # length
        (
            "Keep it brief",
            "Length",
            "How long can my {c} be?",
            "Short and to the point",
            "Keep it short",
        ),
        (
            "{Cs} should be no longer than 300 words; longer ones may be cut.",
            "Make your point once: repeating the same {c} across several threads counts as spam.",
            "Quote only the part of an earlier {c} you are answering, as long quotes make threads hard to follow.",
            "If you have more to say than a few paragraphs, consider writing a letter to the editor instead.",
            "Resize photos before you upload them to keep the board quick for members on slow connections.",
        ),
    ),
)


#: Titles, opening and closing lines some reworded-125 sites print with their rules (placeholders as above).
POLICY_TITLES_125 = (
    "{C} guidelines",
    "Community rules",
    "Forum rules",
    "Group rules",
    "Rules from the admins",
    "Posting rules",
    "House rules",
    "Guidelines for {cs}",
    "Code of conduct",
    "Our {c} policy",
    "Letters and {cs}: our policy",
    "Forum etiquette",
)

POLICY_INTROS_125 = (
    "We welcome your {cs}, but please read these rules first.",
    "This forum is a place for people living with epilepsy, and those who care for them, to share support.",
    "By joining the group you agree to the following.",
    "The board set up this forum so that shareholders can discuss co-op business between meetings.",
    "To keep the discussion lively and lawful, we ask readers to follow these guidelines.",
    "Members of the society are asked to observe the following when posting.",
)

POLICY_CLOSINGS_125 = (
    "Thank you for keeping the forum a safe and supportive place.",
    "These guidelines are reviewed by the committee each year.",
    "Happy paddling!",
    "Questions about these rules? Contact the moderators.",
    "The opinions expressed in {cs} are those of the writers and not of this newspaper.",
    "See you at the rally.",
    "Tenkyu tru.",
)

#: British spellings in the lists above and their American forms (a reworded-125 document prints one or the other).
AMERICAN_125 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "programme": "program",
}

#: A site's word for what readers send, singular and plural (a quarter of sites never say "comment").
WORDS_125 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
_ROMAN = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
)
_WORDS = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
)

#: The item markers the family's sites print: a format string of the item's number ``{n}``, letter ``{a}``/``{A}``,
#: roman numeral ``{r}``/``{R}``, number word ``{w}`` and section ``{s}``; "" for unmarked items.
MARKERS_125 = (
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "{s}.{n}",
    "{s}.{n}.",
    "Rule {n}:",
    "Rule {n}.",
    "Rule {w}:",
    "No. {n}",
    "#{n}",
    "•",
    "-",
    "*",
    "►",
    "▪",
    "✔",
    "📌",
    "🐉",
    "🚣",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_125(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-125 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_125``); how
    many item kinds (two to four for 0.3 of sites, else six to eighteen), in the table's order (0.5) or shuffled; how
    many sentences an item may print (up to one, two or three, each item drawing its own count, kept in the table's
    order), printed as parts of their own or as one part (0.25); the headings: none (0.15), on their own part (0.35,
    followed by nothing, a stop or a colon), run in before the first sentence (0.3: a colon, a stop or a dash), the
    item's number on a part of its own before a heading on its own part (0.1, as group-rules pages print them), or a
    question and answer (0.1, "Q."/"A." or "Q:"/"A:" before them); in the table's case, title case or capitals, a
    question heading preferred where the kind has one (0.2); the items' marker (``MARKERS_125``) before the item's
    first part; an item's later sentences after a heading on its own part sometimes sub-marked (0.3: lettered,
    dashed or bulleted); then ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_125)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_125))
    picked = rng.sample(range(len(REWORDINGS_125)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.25
    draw = rng.random()
    place = (
        "none" if draw < 0.15 else "own" if draw < 0.5 else "run" if draw < 0.8 else "number" if draw < 0.9 else "faq"
    )
    after = rng.choice(("", "", ".", ":"))
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    case = rng.choice(("as", "as", "as", "title", "caps"))
    questions = place == "faq" or rng.random() < 0.2
    ask, answer = rng.choice((("Q. ", "A. "), ("Q: ", "A: "), ("Q: ", "")))
    marker = "" if place == "number" else rng.choice(MARKERS_125)
    section = rng.randint(2, 12)
    sub = rng.choice(("letters", "– ", "- ", "• ")) if place in ("own", "number") and rng.random() < 0.3 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_125[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps" and place != "faq":
            heading = heading.upper()
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined:
            parts = [" ".join(parts)]
        head = ""
        if place in ("own", "number"):
            head = heading if heading[-1] == "?" else heading + after
            if sub and len(parts) > 1:
                parts = [(f"({'abcdefghij'[i]}) " if sub == "letters" else sub) + part for i, part in enumerate(parts)]
        elif place == "run":
            parts[0] = heading + (" " if heading[-1] == "?" else joint) + parts[0]
        elif place == "faq":
            head = ask + heading
            parts[0] = answer + parts[0]
        if place == "number":
            items.append((str(number), head, *parts))
            continue
        if marker:
            roman = _ROMAN[number - 1]
            letter = "abcdefghijklmnopqrst"[number - 1]
            shown = marker.format(
                n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), w=_WORDS[number - 1], s=section
            )
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_125],
        [fill(line) for line in POLICY_CLOSINGS_125],
        [fill(line) for line in POLICY_TITLES_125],
        AMERICAN_125,
    )
