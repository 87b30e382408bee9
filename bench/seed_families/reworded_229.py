"""The ``reworded-229`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Niue-style Pacific English news from Norfolk Island, Outer Hebrides crofting papers, Montana
Hi-Line weeklies, rugby league clubs, spinners' and weavers' guilds, multiple sclerosis forums, cohousing boards,
lifeboat museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum rules
and noticeboard etiquette, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop; a site adds its own), and five sentences, each able to
#: stand alone or follow the ones before it in the table's order. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised)
#: are the site's word for what readers send, ``{mods}`` whoever moderates. Written in British spelling (a document
#: may print it in American spelling by ``AMERICAN_229``).
REWORDINGS_229 = (
    (  # civility
        ("Be courteous", "Play the ball, not the man", "Keep it friendly", "Respect one another", "Can I disagree?"),
        (
            "Criticise an idea as strongly as you like, but do not attack the person who holds it.",
            "Write to other members as you would speak to them face to face.",
            "Name-calling, sneering and goading will see your {c} removed.",
            "Remember that the people you are replying to are neighbours, clubmates and friends.",
            "Sarcasm reads harder on a screen than it sounds in person, so think twice before you send.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Hate speech is not tolerated",
            "Everyone is welcome here",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people because of their race, colour, religion, gender, sexuality, disability or age "
            "will be deleted.",
            "This includes jokes and 'banter' aimed at any group.",
            "Remarks about a player's background or appearance have no place on this site.",
            "We will not host material that stirs up hatred against any community, on the island or off it.",
            "Anyone posting racist or homophobic abuse will be banned without warning and may be reported to the "
            "police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy and other people's",
            "Personal information",
            "Is it all right to share an address?",
        ),
        (
            "Do not post anyone's phone number, email address, home address or croft number.",
            "Think carefully before sharing details of your own health, and never share someone else's.",
            "Photographs of members' homes, children or vehicles must not be posted without their permission.",
            "Private messages should stay private: please do not copy them into a public thread.",
            "Remember that anything you write here can be read by anyone, including search engines.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Junior members",
            "Who do I tell if I'm worried about someone?",
        ),
        (
            "Do not name or identify children, or post pictures of junior players, without a parent's consent.",
            "If you are worried that a child or vulnerable adult is at risk, contact the welfare officer or the "
            "police rather than posting about it.",
            "Never invite a young member to contact you privately.",
            "Families of those lost or rescued at sea are entitled to their privacy, and speculation about them "
            "will be removed.",
            "If a member says they are thinking of harming themselves, please alert {mods} straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How moderation works",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a moderator before it is published.",
            "Our moderators are volunteers, so it may take a day or two for your {c} to appear.",
            "{Cs} received after noon on Tuesday may not appear until the paper has gone to press.",
            "New members' first few {cs} are held for approval.",
            "Please do not send the same {c} again if it does not appear straight away.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Right board, right place", "Where should I post?"),
        (
            "Please keep your {c} relevant to the story or thread it appears under.",
            "General chat belongs in the Off Topic board, not in the help sections.",
            "Threads that wander too far from the subject may be split or closed.",
            "Disputes over grazings, apportionments or shares should go to the grazings committee, not be aired here.",
            "Decisions for the whole community are made at the general meeting, not on this board.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Selling and promotion",
            "Spam",
            "Can I sell my fleeces here?",
            "Commercial posts",
            "Links",
        ),
        (
            "Please do not use {cs} to advertise goods, services or events.",
            "Members may offer their own yarn, fleece or equipment for sale only in the Buy, Sell and Swap board.",
            "Links to shops, fundraisers or surveys will be removed unless agreed with {mods} first.",
            "Repeated or automated {cs} will be treated as spam and the account closed.",
            "Offers of cures, supplements or treatments for sale are never allowed.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "Usernames",
            "One person, one account",
            "Do I have to use my real name?",
        ),
        (
            "{Cs} must carry the writer's full name and the district they live in.",
            "Usernames that are offensive or that impersonate another person will be changed or removed.",
            "Each member may hold one account only, and duplicate accounts will be closed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Anonymous {cs} will not be published.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal responsibility",
            "Defamation",
            "Contempt of court",
            "Could I be sued?",
            "Stay within the law",
        ),
        (
            "Do not make allegations about named people that you could not prove in court.",
            "Once someone has been charged, say nothing that could prejudice their trial.",
            "You are legally responsible for what you write, and we may be required to pass your details to the "
            "authorities.",
            "We will remove anything that breaks the law or encourages others to break it.",
            "If in doubt about whether something is defamatory, leave it out.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I post a pattern?",
            "Give credit",
        ),
        (
            "Only post photographs, drafts and patterns that you have made yourself or have permission to share.",
            "Do not copy whole articles from other papers; a short quote with a link is enough.",
            "Published weaving drafts and knitting patterns are copyright, even when they are easy to find online.",
            "By sending us a photograph you give us permission to publish it here and in the newsletter.",
            "Please credit the photographer or designer whenever you can.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Seen something that breaks the rules?",
            "Flagging {cs}",
            "How do I report a {c}?",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please don't reply to a troublesome {c}; report it and let {mods} deal with it.",
            "Reports are anonymous, and the person you report will not be told who made it.",
            "If something needs urgent attention, email {mods} directly.",
            "Reporting a {c} does not mean it will be removed, only that it will be looked at.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to refuse",
            "Editing of {cs}",
            "Why was my {c} edited?",
        ),
        (
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "A thread may be closed at any time if it becomes heated.",
            "Publishing a {c} does not mean that we agree with it.",
            "Decisions about moderation are made by {mods} and are final.",
            "We do not enter into correspondence about {cs} that have been removed.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and corrections",
        ),
        (
            "If we have got something wrong, please email the editor rather than pointing it out in a {c}.",
            "Corrections are printed in the next issue and noted on the article online.",
            "Have a story from your township? Send it to the newsroom and we will be in touch.",
            "Tips can be sent in confidence, and we will never reveal a source.",
            "Questions about the accuracy of a report are handled by the editor, not the moderators.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write clearly",
            "Which language can I write in?",
        ),
        (
            "Swearing, including words disguised with symbols or spaces, is not allowed.",
            "Please do not type in capital letters, which reads as shouting.",
            "{Cs} in Gaelic, Norf'k or any other local tongue are welcome, with a line in English to help everyone "
            "follow along.",
            "Avoid abbreviations and text-speak that other members may not understand.",
            "Please keep {cs} to a reasonable length and break long ones into paragraphs.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break these rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "A first breach will usually earn a private warning from a moderator.",
            "Members who keep breaking the rules will be suspended, and may be banned for good.",
            "Serious breaches, such as threats, hate speech or abusive behaviour towards {mods}, lead to an immediate "
            "ban.",
            "Setting up a new account to get round a ban will see that account closed too.",
            "A ban can be appealed once, in writing, to the committee.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Your safety",
            "Is advice here reliable?",
            "Staying safe",
        ),
        (
            "Nothing posted here is medical advice; always talk to your neurologist or MS nurse before changing "
            "treatment.",
            "Members share their own experience, which may not apply to you.",
            "In an emergency at sea or on the coast, dial 999 and ask for the Coastguard.",
            "If you or someone you know is in immediate danger, call the emergency services, not the forum.",
            "Never arrange to meet someone from the forum alone; choose a public place and tell a friend.",
        ),
    ),
    (  # rumours and speculation
        ("Rumours", "Speculation", "Transfer talk", "Check before you share", "Is it true?"),
        (
            "Please do not post rumours about players' contracts, injuries or personal lives as fact.",
            "Speculation about accidents, deaths or arrests before they are confirmed will be removed.",
            "If you heard it second-hand, say so, or better still leave it out.",
            "Screenshots of private chats passed off as news are not allowed.",
            "Club news is announced on the official website first, so please wait for it.",
        ),
    ),
)

#: Gaelic names of the kinds above, which a crofting paper may print after the English heading, in brackets.
_GAELIC_229 = (
    "Modhalachd",
    "Fuath",
    "Prìobhaideachd",
    "Dìon",
    "Sgrùdadh",
    "Cuspair",
    "Sanasachd",
    "Cunntas",
    "An Lagh",
    "Còir-sgrìobhaidh",
    "Aithris",
    "Co-dhùnadh",
    "Ceartachaidhean",
    "Cànan",
    "Rabhaidhean",
    "Sàbhailteachd",
    "Fathannan",
)

#: A site's word for what readers send, when it is not "comment" (singular, plural).
WORDS_229 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("note", "notes"),
    ("submission", "submissions"),
)

#: Who moderates, as a site names them (only ever after a verb or preposition).
MODS_229 = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the web team",
    "our volunteer moderators",
    "the forum team",
)

POLICY_TITLES_229 = (
    "House Rules",
    "{C} guidelines",
    "Posting rules",
    "Forum Rules",
    "Guidelines for {cs}",
    "Rules of the board",
    "Community guidelines",
    "Before you post",
    "Noticeboard etiquette",
    "Code of Conduct",
    "Letters and {cs}",
)

POLICY_INTROS_229 = (
    "Please read these rules before sending a {c}.",
    "We welcome {cs} from readers near and far, on the following terms.",
    "This board belongs to all of us, so a few ground rules apply.",
    "By posting here you agree to the rules below.",
    "The committee has agreed the following guidelines for the forum.",
    "Our forum is a place for support and friendship, and these rules help keep it that way.",
)

POLICY_CLOSINGS_229 = (
    "Thank you for helping keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Questions about these rules can be sent to {mods}.",
    "Thanks for reading, and happy posting.",
    "Mòran taing.",
    "Full terms and conditions are available from the office.",
)

#: Lines a site may sign its rules with, last of all.
SIGNOFFS_229 = ("The Editor", "The Moderation Team", "The Committee", "Forum Admin", "Friends of the Museum Committee")

#: British spellings in the lists above and their American forms (a reworded-229 document prints one or the other).
AMERICAN_229 = {
    "neighbours": "neighbors",
    "colour": "color",
    "criticise": "criticize",
    "behaviour": "behavior",
}

_ROMAN_229 = (
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
)

_NUMBER_WORDS_229 = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
)

_SMALL_229 = {"a", "an", "and", "the", "of", "in", "on", "to", "for", "or", "not", "at", "by", "i"}

#: Marker shapes a site may number its items in, weighted by how often such sites print them; "none" for none.
_SHAPES_229 = (
    "none",
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "1 -",
    "(1)",
    "a.",
    "(a)",
    "i)",
    "I.",
    "•",
    "•",
    "–",
    "*",
    "◆",
    "✔",
    "Rule 1.",
    "#1",
    "7.1",
)


def _fill_229(text: str, word: tuple[str, str], mods: str) -> str:
    c, cs = word
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c).replace("{mods}", mods)
    return text


def _title_case_229(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_229 else (w[0].upper() + w[1:] if w else w) for i, w in enumerate(words)
    )


def _marker_229(shape: str, n: int, section: int) -> str:
    """The marker of the ``n``-th item (from 0) in a site's ``shape``, with its trailing space; "" for none."""
    letter = "abcdefghijklmnopq"[n]
    return {
        "none": "",
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "1 -": f"{n + 1} - ",
        "(1)": f"({n + 1}) ",
        "a.": f"{letter}. ",
        "(a)": f"({letter}) ",
        "i)": f"{_ROMAN_229[n]}) ",
        "I.": f"{_ROMAN_229[n].upper()}. ",
        "•": "• ",
        "–": "– ",
        "*": "* ",
        "◆": "◆ ",
        "✔": "✔ ",
        "Rule 1.": f"Rule {n + 1}. ",
        "#1": f"#{n + 1} ",
        "7.1": f"{section}.{n + 1} ",
    }[shape]


def _items_229(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-229 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: its word for what readers send (a quarter of sites never say "comment"), its name for its moderators;
    two to five items (0.35) or six to seventeen, in the table's order (0.5) or drawn; one to three of a kind's
    sentences an item (up to the site's own most, in the table's order); a heading case (sentence, title or
    capitals), headings left out (0.15), printed as their own part (with a stop, a colon or nothing after them) or
    run in before a colon, stop or dash; a marker shape or none (numbers, letters, roman numerals, bullets, ticks,
    "Rule 1.", "#1", or a clause number under the section the rules are in the site's terms); and printings of its
    own, drawn per site: Gaelic names of the kinds in brackets after the headings (0.1), headings in asterisks as a
    forum's raw markup leaves them (0.06, headings on their own part only), an item's sentences lettered (a), (b)
    (0.1), a line counting the rules above them (0.08), a last-reviewed line after them (0.1); the title, opening and
    closing lines by ``_furnish``; and a sign-off line below all of them (0.1)."""
    word = rng.choice(WORDS_229) if rng.random() < 0.25 else ("comment", "comments")
    mods = rng.choice(MODS_229)
    count = rng.randint(2, 5) if rng.random() < 0.35 else rng.randint(6, len(REWORDINGS_229))
    chosen = rng.sample(range(len(REWORDINGS_229)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most = rng.choice((1, 2, 2, 3))  # the most sentences this site prints under a heading
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    bare = rng.random() < 0.15  # no headings at all
    placing = rng.choice(("own", "own", "own", ":", ":", ".", " –", " -"))
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    shape = rng.choice(_SHAPES_229)
    section = rng.randint(3, 12)  # the section of the site's terms its rules are, for "7.1" markers
    gaelic = rng.random() < 0.1
    starred = placing == "own" and rng.random() < 0.06
    lettered = rng.random() < 0.1
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_229[kind]
        heading = "" if bare else _fill_229(rng.choice(headings), word, mods)
        if heading:
            if case == "title":
                heading = _title_case_229(heading)
            elif case == "upper":
                heading = heading.upper()
            if gaelic:
                heading = f"{heading} ({_GAELIC_229[kind]})"
        picks = sorted(rng.sample(range(5), rng.randint(1, most)))
        said = [_fill_229(sentences[i], word, mods) for i in picks]
        if lettered and len(said) > 1:
            said = [f"({'abc'[i]}) {text}" for i, text in enumerate(said)]
        marker = _marker_229(shape, n, section)
        if not heading:
            parts = ["", marker + said[0], *said[1:]]
        elif placing != "own":
            sep = "" if heading.endswith("?") else placing
            parts = ["", f"{marker}{heading}{sep} {said[0]}", *said[1:]]
        else:
            end = "" if heading.endswith("?") else stop
            heading = f"**{heading}{end}**" if starred else heading + end
            parts = [marker + heading, *said]
        items.append(tuple(parts))
    if rng.random() < 0.08:
        kind = rng.choice(("ground rules", "house rules", "simple rules", "rules"))
        items.insert(0, ("", f"Our {_NUMBER_WORDS_229[count]} {kind}:"))
    if rng.random() < 0.1:
        month = rng.choice(("January", "February", "April", "May", "July", "August", "October", "December"))
        when = rng.choice((f"at the AGM, {month} {rng.randint(2017, 2025)}", f"{month} {rng.randint(2017, 2025)}"))
        items.append(("", f"Last reviewed {when}."))
    intros = [_fill_229(text, word, mods) for text in POLICY_INTROS_229]
    closings = [_fill_229(text, word, mods) for text in POLICY_CLOSINGS_229]
    titles = [_fill_229(text, word, mods) for text in POLICY_TITLES_229]
    items = _furnish(items, rng, intros, closings, titles, AMERICAN_229)
    if rng.random() < 0.1:  # signed, below everything else
        items.append(("", rng.choice(("", "– ", "— ")) + rng.choice(SIGNOFFS_229)))
    return items
