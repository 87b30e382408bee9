"""The ``reworded-198`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it is held out for).

Kinds of sites: Malawi and Zambia English news, Scilly Isles bulletins, Alaska fishing-town weeklies, badminton
clubs, choral societies, epilepsy forums, student-housing co-ops, canal-towpath friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or its reports, nor the other families' sentences (``reworded-6``'s module was read for its structure only)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (in sentence case, without a stop; a document picks one, or none), and five
#: sentences (a document prints one to three of them, in this order). ``{c}``/``{cs}`` are the site's word for what
#: readers send (``{C}``/``{Cs}`` capitalised), ``{mod}`` who moderates and ``{site}`` the site.
REWORDINGS_198 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play nicely", "Why be polite?", "Courtesy costs nothing"),
        (
            "Treat other readers as you would wish to be treated at the club or in the street.",
            "Disagree with the argument if you must, but do not attack the person making it.",
            "Name-calling, sneering and personal insults will see your {c} removed.",
            "Remember that the people you are writing about may well be reading {site} too.",
            "We are a small community and most of us will meet again on the towpath, the quay or the court.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Tribalism and discrimination", "Hatred", "What counts as hate?", "Equal respect"),
        (
            "{Cs} that stir up hatred on grounds of tribe, region, race, religion, sex, sexuality or disability "
            "will be deleted without warning.",
            "Tribal and regional slurs have no place on {site}.",
            "We will not publish anything that mocks people for their health, including their seizures.",
            "Generalising about whole groups of people because of the actions of a few is not acceptable.",
            "Incitement to violence against any person or group will be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Should I share my address?",
            "Other people's information",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anybody else's.",
            "Think carefully before sharing details of your own diagnosis or medication in a public {c}.",
            "Never name a housemate, neighbour or fellow member in a {c} without their permission.",
            "Private messages should stay private: do not copy them into a public thread.",
            "{Cs} that reveal where someone moors their boat or keeps their gear will be edited.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young members", "Protecting the vulnerable", "Photos of juniors?"),
        (
            "Do not post photographs of junior members or choristers unless their parents have agreed.",
            "Never identify a child who is a victim, a witness or an accused person in a court case.",
            "Anyone under 16 must have a parent's or guardian's permission to take part on {site}.",
            "If you are worried about a young or vulnerable person, contact the welfare officer rather than "
            "posting about it.",
            "Any {c} that raises a safeguarding concern will be referred to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Premoderation",
            "How long does moderation take?",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by {mod} before they are published.",
            "{Mod} are volunteers, so please allow up to 48 hours for your {c} to appear.",
            "{Cs} sent at the weekend or on public holidays may not be approved until Monday.",
            "When the boat is out or the signal is down, approval may take longer than usual.",
            "Please do not send the same {c} twice: it only adds to the queue.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is it relevant?", "Off-topic posts", "Right place, right thread"),
        (
            "Keep your {c} relevant to the story or thread it appears under.",
            "Rehearsal queries belong in the members' area, not under concert reviews.",
            "If you want to start a new discussion, open a new thread rather than hijacking an old one.",
            "Off-topic {cs} may be moved or removed by {mod}.",
            "Match reports are for the match, not for the committee's selection policy.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and touting", "Can I advertise?", "Commercial posts"),
        (
            "Advertising of any kind is not permitted without the written agreement of {mod}.",
            "Rooms to let, boats for sale and raffle tickets go in the classifieds, not in {cs}.",
            "Links posted only to promote a business, a petition or a fundraiser will be removed.",
            "Chain letters, pyramid schemes and money-making offers will be deleted on sight.",
            "Accounts created only to post spam will be blocked without notice.",
        ),
    ),
    (  # real names / accounts
        ("Your account", "Real names", "One person, one account", "Who are you?", "Usernames"),
        (
            "Please use your real name, or at least the name your fellow members know you by.",
            "Each member may hold one account only.",
            "Pretending to be another person, a public official or an organisation is not allowed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive or misleading will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation and contempt", "Could I be sued?", "Stay within the law"),
        (
            "Do not post anything that could be defamatory, that is, untrue and damaging to someone's reputation.",
            "{Cs} about cases before the courts will not be published until the case is concluded.",
            "You are legally responsible for what you write and may be identified if the law requires it.",
            "We will co-operate with the police and the courts where the law obliges us to.",
            "The laws of the country where we publish apply to every {c} on {site}.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and music", "Can I share a score?", "Credit where due"),
        (
            "Only post photographs, videos or writing that you own or have permission to use.",
            "Do not copy whole articles from other publications: a short extract and a link will do.",
            "Scanned scores and rehearsal tracks are copyright and must not be shared here.",
            "By posting you allow us to publish your {c} on {site} and in print.",
            "Please credit the photographer when sharing a picture.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the report link beside it.",
            "Do not reply to abuse: report it and let {mod} deal with it.",
            "You can also email the web team, giving the address of the page and the name on the {c}.",
            "Reports are anonymous and every one is looked at.",
            "Reporting a {c} does not guarantee that it will be removed.",
        ),
    ),
    (  # editor's discretion
        ("Our discretion", "Editorial discretion", "The final word", "Who decides?", "Decisions"),
        (
            "{Mod} reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "Publication of a {c} does not mean that we agree with it.",
            "The views expressed are those of the writers and not of the publisher or the committee.",
            "Any story or thread may be closed to new {cs} at any time.",
            "The decision of {mod} is final and will not be discussed in public threads.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If you think we have got something wrong, email the newsroom rather than raising it in a {c}.",
            "Corrections and complaints go to the editor, who will reply as soon as possible.",
            "Have a news tip, a photo of the week's catch or a notice for the bulletin? Send it to the office.",
            "Fixture changes and results should be sent to the match secretary, not posted here.",
            "We will put right any factual error that is brought to our attention.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Write clearly", "Why no capitals?", "Swearing"),
        (
            "Please write in English so that every reader can follow the discussion.",
            "Swearing, including words with letters replaced by symbols, is not permitted.",
            "Do not write in capital letters: it reads as shouting.",
            "Keep text-speak to a minimum and check your {c} before sending it.",
            "Crude or sexual language will see your {c} rejected.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Bans"),
        (
            "Members who break these rules will first receive a warning from {mod}.",
            "A second breach may lead to suspension, and a third to a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Banned members who rejoin under another name will be removed again.",
            "Appeals against a ban may be made in writing to the secretary.",
        ),
    ),
    (  # safety / advice
        ("Not medical advice", "Safety first", "Advice", "Is this professional advice?", "Your safety"),
        (
            "Nothing posted here is a substitute for advice from your own doctor or epilepsy nurse.",
            "Never change or stop your medication because of something you read on {site}.",
            "In an emergency, call the emergency services first and post afterwards.",
            "Advice on weather, tides and locks is given in good faith, but check official notices before you set out.",
            "Members share their own experience only, and we cannot vouch for its accuracy.",
        ),
    ),
)

#: The site's word for what readers send (singular, plural); a quarter of sites never say "comment".
WORDS_198 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

#: Who moderates, and what the site calls itself.
MODERATORS_198 = ("the moderators", "the editors", "the committee", "the admin team", "the web team", "our editors")
SITES_198 = ("this site", "the forum", "this page", "the noticeboard", "our website", "the group")

#: Titles, opening and closing lines some sites print with such a policy (reworded-198 only).
POLICY_TITLES_198 = (
    "{C} guidelines",
    "Posting rules",
    "Forum rules",
    "House rules",
    "Rules of the forum",
    "Terms of participation",
    "Community guidelines",
    "Before you post",
    "Code of conduct",
    "Netiquette",
)

POLICY_INTROS_198 = (
    "Please read the following before posting.",
    "We welcome {cs} from readers, provided they keep to these rules.",
    "By submitting a {c} you agree to abide by the rules below.",
    "These rules were agreed by the committee and apply to all members.",
    "To keep {site} friendly and useful, we ask everyone to follow a few simple rules.",
)

POLICY_CLOSINGS_198 = (
    "Thank you for helping to keep {site} a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Last reviewed by the committee in September.",
    "Questions about these rules? Contact {mod}.",
    "Happy posting!",
    "Zikomo.",
)

#: British spellings in the lists above and their American forms (a reworded-198 document prints one or the other).
AMERICAN_198 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "generalising": "generalizing",
    "co-operate": "cooperate",
    "behaviour": "behavior",
}

#: The markers a site prints before an item, as a function of the item's index (0-based).
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_LETTERS = "abcdefghijklmnop"
_MARKERS = (
    lambda i: f"{i + 1}.",
    lambda i: f"{i + 1})",
    lambda i: f"({i + 1})",
    lambda i: f"{_LETTERS[i]})",
    lambda i: f"({_LETTERS[i]})",
    lambda i: f"{_LETTERS[i].upper()}.",
    lambda i: f"{_ROMAN[i]}.",
    lambda i: f"({_ROMAN[i]})",
    lambda i: f"{_ROMAN[i].upper()}.",
    lambda i: "\u2022",
    lambda i: "-",
    lambda i: "*",
    lambda i: "\u2013",
    lambda i: "\u25aa",
    lambda i: f"Rule {i + 1}:",
    lambda i: f"Rule {i + 1} \u2013",
)

_SMALL = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "my", "i", "at", "by", "is", "it", "as"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if word.isupper() else word[0].upper() + word[1:] if n == 0 or word not in _SMALL else word
        for n, word in enumerate(words)
    )


def _items_198(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-198 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws the site's word (comment three times in four), who moderates and its own name; two to five items a time in
    four, else six to all sixteen, in the table's order (0.5) or drawn; one to three of an item's sentences, in their
    order; the heading's case for the whole site (sentence, title, capitals), where it goes (its own part, run in
    before a stop, a colon or a dash, in brackets or asterisks, or none), and one marker shape or none; then the
    opening, closing and title lines by ``_furnish``."""
    word, words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_198)
    mod, site = rng.choice(MODERATORS_198), rng.choice(SITES_198)

    def fill(text: str) -> str:
        return text.format(
            c=word,
            cs=words,
            C=word.capitalize(),
            Cs=words.capitalize(),
            mod=mod,
            Mod=mod[0].upper() + mod[1:],
            site=site,
        )

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_198))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_198[i] for i in sorted(rng.sample(range(len(REWORDINGS_198)), count))]
    else:
        chosen = rng.sample(REWORDINGS_198, count)
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    place = rng.choice(("own", "own", "own", "colon", "stop", "dash", "bracket", "bold", "none"))
    stop = rng.choice(("", "", ".", ":"))  # what the site prints after a heading on its own part
    marker = rng.choice((None, None, *_MARKERS))
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen):
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        asked = heading.endswith("?")
        if place == "none":
            heading = ""
        elif place == "own":
            heading = heading if asked else heading + stop
        elif place == "bracket":
            heading = f"[{heading}]"
        elif place == "bold":
            heading = f"**{heading}**"
        elif place == "colon":
            parts[0] = f"{heading} {parts[0]}" if asked else f"{heading}: {parts[0]}"
            heading = ""
        elif place == "stop":
            parts[0] = f"{heading} {parts[0]}" if asked else f"{heading}. {parts[0]}"
            heading = ""
        else:
            parts[0] = f"{heading} \u2014 {parts[0]}" if rng.random() < 0.6 else f"{heading} - {parts[0]}"
            heading = ""
        if marker is not None:
            if heading:
                heading = f"{marker(index)} {heading}"
            else:
                parts[0] = f"{marker(index)} {parts[0]}"
        items.append((heading, *parts))
    return _furnish(
        items,
        rng,
        [fill(text) for text in POLICY_INTROS_198],
        [fill(text) for text in POLICY_CLOSINGS_198],
        [fill(text) for text in POLICY_TITLES_198],
        AMERICAN_198,
    )
