"""The ``reworded-222`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Anguilla and Montserrat news, Pembrokeshire coast papers, North Dakota prairie weeklies, bowls
clubs, harpists' societies, tinnitus forums, sheltered-housing residents, lifeboat station friends.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or its reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop; a document picks one), and five sentences, of which
#: an item prints one to three. ``{c}``/``{cs}`` are the site's word for what readers send (``{C}``/``{Cs}``
#: capitalised), ``{site}`` its word for itself and ``{mods}`` for whoever moderates it. British spelling; a
#: document may print it in American spelling (``AMERICAN_222``).
REWORDINGS_222 = (
    (  # civility
        (
            "Be courteous",
            "Courtesy costs nothing",
            "Play the ball, not the player",
            "Mind your manners",
            "Can you disagree politely?",
            "Respect other members",
        ),
        (
            "Please be courteous to one another, even when you strongly disagree.",
            "Criticise ideas if you must, but never the person who holds them.",
            "Sarcasm and point-scoring rarely read well in print, so please think before you send.",
            "We are a small community and most of us will meet again on the green, the quay or in the shop.",
            "{Cs} that belittle, taunt or pick on another reader will be taken down.",
        ),
    ),
    (  # hatred
        ("No hate", "Hateful content", "Discrimination", "Is it prejudiced?", "Treat everyone equally"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, age, disability or "
            "sexuality.",
            "Remarks about where a person was born or which island they come from have no place here.",
            "Jokes at the expense of a group of people are still hateful, however they are meant.",
            "Hate speech is reported to the police where we believe an offence may have been committed.",
            "Slurs, including disguised or misspelt ones, will be removed without notice.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect your privacy", "Personal details", "Should you share that?", "Other people's business"),
        (
            "Do not post telephone numbers, addresses or email addresses, yours or anyone else's.",
            "Please do not name residents, neighbours or staff in a {c} without their permission.",
            "Medical details about another person must never be shared on {site}.",
            "Photographs of people who have not agreed to them will be taken down.",
            "Remember that anything you write here may be read by anyone with an internet connection.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping people safe",
            "Worried about someone?",
            "Protecting the vulnerable",
        ),
        (
            "Never identify a child, or anyone under the care of the council, in a {c}.",
            "If you are worried that someone is at risk of harm, contact the police or social services rather than "
            "posting about it.",
            "We have a duty of care to our older and more vulnerable members and we take it seriously.",
            "Anyone asking members for money, bank details or passwords will be removed at once.",
            "Concerns about a volunteer or member of staff should go to our safeguarding officer, not on {site}.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "Approval times"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "{mods_cap} cannot watch {site} around the clock, so please allow time, especially at weekends and "
            "bank holidays.",
            "{Cs} sent late in the evening will not be seen until the following morning.",
            "Posting the same {c} several times will not make it appear any faster.",
            "We do not moderate {cs} over Christmas and the New Year, when {site} is closed.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is it relevant?", "One subject at a time"),
        (
            "Please keep your {c} to the subject of the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general section or removed.",
            "If you want to start a new subject, please open a new thread instead.",
            "Arguments carried over from other stories or other pages will not be published.",
            "Political campaigning is not what {site} is for, except where the article is about it.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise here?", "Commercial posts", "Links"),
        (
            "Advertising of any kind is not allowed without the permission of {mods}.",
            "Links to websites selling cures, remedies or gadgets will be removed.",
            "If you have something for sale, please use the classified section or contact our advertising team.",
            "Repeated links to the same website will be treated as spam.",
            "Charity events and fundraisers may be mentioned, but please ask first.",
        ),
    ),
    (  # names and accounts
        ("Real names", "Your account", "Who are you?", "One account each", "Usernames", "Registration"),
        (
            "We ask you to use your real name, or at least your first name and the town you live in.",
            "Each member may hold one account only, and accounts may not be shared.",
            "Pretending to be another person, or to speak for an organisation you do not represent, is not allowed.",
            "Usernames that are offensive or that advertise a business will be changed or removed.",
            "You are responsible for everything posted under your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Is it legal?", "Contempt of court"),
        (
            "Do not post anything that could be defamatory, that is, untrue and damaging to someone's reputation.",
            "Do not write about court cases that are still under way, or name anyone the court has said may not be "
            "named.",
            "Allegations of crime against a named person will not be published.",
            "Under the law of the territory, {site} can be held responsible for what readers write.",
            "We will co-operate with the police and the courts if we are asked to do so.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Copying and pasting", "Can I post that photo?", "Quotations"),
        (
            "Only post words, music, photographs or video that you own or have permission to use.",
            "Please do not copy whole articles from other websites; a short quotation and a link will do.",
            "Sheet music and recordings are usually protected by copyright, even when they are old.",
            "By posting, you allow us to publish your {c} on {site} and in print.",
            "Material posted in breach of copyright will be removed when we are told about it.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Spotted something wrong?", "How to report", "Flagging"),
        (
            "If you see a {c} that breaks these rules, please use the report button beneath it.",
            "You can also email {mods} and we will look at it as soon as we can.",
            "Please do not reply to a {c} you think is abusive; report it and let us deal with it.",
            "Reports are confidential and the person you report will not be told who made it.",
            "Making false or repeated reports to silence other members may lead to your account being suspended.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The final word",
            "Why was my {c} removed?",
            "Our right to refuse",
        ),
        (
            "{mods_cap} may edit, refuse or remove any {c} without giving a reason.",
            "We do not enter into correspondence about individual moderation decisions.",
            "Publication of a {c} does not mean that we agree with it.",
            "We may close a thread at any time if it becomes heated.",
            "These rules may change from time to time, and the latest version always applies.",
        ),
    ),
    (  # corrections and tips
        ("Corrections", "Got a story?", "Something wrong in the article?", "News tips", "Contact the newsroom"),
        (
            "If you think we have got something wrong, please email the editor rather than leaving a {c}.",
            "We correct mistakes as quickly as we can and say where we have done so.",
            "News tips, photographs and letters for the printed paper are always welcome at the office.",
            "Notices of events, results and meetings should be sent to the secretary, not posted here.",
            "Please include a telephone number so that we can check your information.",
        ),
    ),
    (  # language
        ("Language", "Watch your language", "Swearing", "Keep it clean", "Plain English, please"),
        (
            "Please do not swear, and that includes swear words with letters replaced by asterisks.",
            "Write in English so that all members can follow the discussion.",
            "Please avoid writing in capitals, which reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read for many of our members.",
            "Local dialect is welcome, but crude or sexual language is not.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if you break the rules?", "Suspensions", "Three strikes", "Consequences"),
        (
            "Members who break these rules will normally receive a warning first.",
            "A second breach may lead to a suspension of up to thirty days.",
            "Serious or repeated breaches will result in a permanent ban.",
            "Anyone who is banned and comes back under a new name will be banned again.",
            "We keep a record of warnings, which {mods} can see.",
        ),
    ),
    (  # safety and advice
        ("Advice and safety", "Not medical advice", "In an emergency", "Is this advice?", "Take care", "Your health"),
        (
            "Nothing posted here is a substitute for advice from your doctor or audiologist.",
            "In an emergency at sea or on the coast, dial 999 or 112 and ask for the Coastguard.",
            "Please do not stop or change any treatment because of something you have read on {site}.",
            "Members share their own experience, which may not apply to you.",
            "If you are feeling desperate, please talk to someone: Samaritans are available day and night on 116 123.",
        ),
    ),
)

#: The words the family's other sites use for what readers send (singular, plural); three sites in four say "comment".
WORDS_222 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

#: Each kind of site's word for itself and for whoever moderates it.
SITES_222 = (
    ("this website", "the news desk"),
    ("our website", "the editor"),
    ("this site", "our moderators"),
    ("the club website", "the club committee"),
    ("the Society's pages", "the Society's web officer"),
    ("the forum", "the moderators"),
    ("the residents' board", "the residents' committee"),
    ("the Friends' page", "the admin team"),
)

INTROS_222 = (
    "Before you post, please take a moment to read our house rules.",
    "We welcome {cs} from readers, provided they follow the guidelines below.",
    "To keep {site} a friendly place, we ask everyone to follow a few simple rules.",
    "By sending a {c} you agree to the following conditions.",
    "These rules apply to everyone who posts on {site}, members and visitors alike.",
    "Please read the following before joining in.",
)

CLOSINGS_222 = (
    "Thank you for helping to keep {site} friendly and useful.",
    "Our full terms and conditions are available on request.",
    "If you have any questions about these rules, please contact {mods}.",
    "Happy posting, and thank you for your support.",
    "Last updated in March by {mods}.",
)

TITLES_222 = (
    "House Rules",
    "{C} guidelines",
    "Posting rules",
    "Rules of the forum",
    "Community Standards",
    "Before you post",
    "{C} Policy",
)

#: British spellings in the lists above and their American forms (a reworded-222 document prints one or the other).
AMERICAN_222 = {
    "neighbours": "neighbors",
    "organisation": "organization",
    "criticise": "criticize",
    "offence": "offense",
    "misspelt": "misspelled",
    "co-operate": "cooperate",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(shape: str, n: int) -> str:
    """The mark a site prints before its ``n``th item (from 0), in the ``shape`` it uses."""
    letter = "abcdefghijklmnop"[n]
    marks = {
        "1.": f"{n + 1}.",
        "1)": f"{n + 1})",
        "(1)": f"({n + 1})",
        "[1]": f"[{n + 1}]",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[n]}.",
        "(i)": f"({_ROMAN[n]})",
        "Rule 1:": f"Rule {n + 1}:",
        "No. 1": f"No. {n + 1}",
    }
    return marks.get(shape, shape)


def _case(heading: str, how: str) -> str:
    if how == "title":
        small = {"a", "an", "and", "the", "of", "to", "in", "on", "or"}
        words = heading.split()
        return " ".join(
            word if i and word.lower() in small else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    if how == "upper":
        return heading.upper()
    return heading


def _items_222(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-222 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: a word for what readers send ("comment", or 0.25 of the time one of ``WORDS_222``) and a kind of site
    (``SITES_222``); two to five items (0.3) or six to sixteen, in the table's order (0.5) or drawn; a heading case
    (as written, title case or capitals), headings left out for the whole site (0.15), and a placing of headings (on
    their own, or run in before a colon, a stop, a dash or an ellipsis); a marker shape (numbers, letters, roman
    numerals, bullets, "Rule N:" or none) on an item's first part; a prefix such as "Please note:" on one item's
    first sentence (0.2) and a "Thank you." after the last item's sentences (0.15). Each item prints one to three
    of its kind's sentences, in the table's order, and a heading left out by itself 0.08 of the time. Opening,
    closing and title lines by ``_furnish``."""
    single, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_222)
    site, mods = rng.choice(SITES_222)
    words = {
        "c": single,
        "cs": plural,
        "C": single.capitalize(),
        "Cs": plural.capitalize(),
        "site": site,
        "mods": mods,
        "mods_cap": mods[:1].upper() + mods[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.5:
        picked = sorted(rng.sample(range(len(REWORDINGS_222)), count))
    else:
        picked = rng.sample(range(len(REWORDINGS_222)), count)
    case = rng.choice(("as", "as", "title", "upper"))
    bare = rng.random() < 0.15
    placing = rng.choice(("own", "own", ":", ".", " -", " \u2013", "..."))
    shape = rng.choice(
        ("", "", "1.", "1.", "1)", "(1)", "[1]", "a)", "(a)", "A.", "i.", "(i)", "\u2022", "-", "*", "Rule 1:", "No. 1")
    )
    noted = rng.randrange(count) if rng.random() < 0.2 else -1
    prefix = rng.choice(("Please note:", "NB:", "PLEASE NOTE:", "Important:"))
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked):
        headings, sentences = REWORDINGS_222[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        parts = [sentences[i].format(**words) for i in chosen]
        if n == noted:
            parts[0] = f"{prefix} {parts[0]}"
        heading = "" if bare or rng.random() < 0.08 else _case(rng.choice(headings).format(**words), case)
        if heading and placing != "own":
            stop = "" if heading.endswith("?") and placing in (":", ".", "...") else placing
            item = [f"{heading}{stop} {parts[0]}", *parts[1:]]
        else:
            item = [heading, *parts]
        if shape:
            first = 0 if item[0] else 1
            item[first] = f"{_marker(shape, n)} {item[first]}"
        items.append(tuple(item))
    if rng.random() < 0.15:
        items[-1] = (*items[-1], "Thank you.")
    intros = [line.format(**words) for line in INTROS_222]
    closings = [line.format(**words) for line in CLOSINGS_222]
    titles = [line.format(**words) for line in TITLES_222]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_222)
