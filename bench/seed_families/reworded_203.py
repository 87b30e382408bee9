"""The ``reworded-203`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Sierra Leone and Liberia English news, Cotswold parish papers, Louisiana bayou weeklies, bridge (card
game) clubs, wildlife photography societies, celiac forums, caravan-park residents, river-trust volunteers.

Written blind: from how sites of these kinds word and print their posting rules, house rules and community
guidelines, without reading the cleaner's code, docs or reports, nor other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (written in sentence case, without their stop; a site prints them in its own case
#: and way), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}``
#: ``{Cs}``: the site's word for what readers send (singular, plural, capitalised).
REWORDINGS_203 = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Keep it civil",
            "Disagree without being disagreeable",
            "Can I disagree with another member?",
            "Treat others as you would at the table",
        ),
        (
            "Treat fellow readers with the courtesy you would show a neighbour in the village hall.",
            "Robust disagreement is welcome; personal attacks, name-calling and sneering are not.",
            "Criticise the idea, not the person who holds it.",
            "Remember that the people you are replying to are real, and many of them live just down the road.",
            "{Cs} that belittle, bully or goad other members will be removed without notice.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No tribalism or hate",
            "Hatred and discrimination",
            "Is there anything you will never publish?",
            "Zero tolerance for bigotry",
            "Discrimination",
        ),
        (
            "We will not publish {cs} that attack people for their tribe, region, religion, race, sex, disability or "
            "sexuality.",
            "Tribal and regional slurs have no place here, however heated the political season becomes.",
            "Racist, sexist, homophobic or sectarian language will be deleted and the account suspended.",
            "Do not use coded words or so-called jokes to get round this rule; the moderators know them.",
            "Incitement to violence against any person or group will be reported to the appropriate authorities.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep private details private",
            "Can I post someone's address?",
            "Protect your privacy and other people's",
        ),
        (
            "Do not post anyone's home address, telephone number, email address or car registration, including your "
            "own.",
            "Photographs of residents, their pitches or their vehicles must not be shared without their permission.",
            "Never reveal the location of nest sites, roosts or breeding grounds of sensitive species.",
            "Please don't share details of another member's health, even if they have mentioned it before.",
            "Private messages are private; do not repost them in public without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Young members",
            "What if I am worried about someone?",
            "Child safety",
        ),
        (
            "Do not post images in which children can be identified unless you have a parent's or guardian's consent.",
            "Volunteers under 18 must not be contacted privately through this forum.",
            "If you are concerned about the welfare of a child or vulnerable adult, contact our safeguarding officer "
            "rather than posting about it.",
            "Any {c} that appears to put someone at risk will be removed and passed to the safeguarding lead.",
            "In an emergency, always call the emergency services first; this board is not watched around the clock.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "{Cs} are checked before publication",
            "Please be patient",
            "Where is my {c}?",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not appear until the next "
            "working day.",
            "Sending the same {c} several times will not make it appear any faster.",
            "New members' first few {cs} are held for approval.",
            "Replies are switched off on stories about court cases and during election periods.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "What can I post about?",
            "On topic, please",
            "Right board, right topic",
        ),
        (
            "Keep your {cs} relevant to the story or thread you are responding to.",
            "Hand discussions belong in the Bidding and Play section, not in Club News.",
            "Off-topic {cs} may be moved to the General Chat board or removed.",
            "Please search before starting a new thread, as your question may already have been answered.",
            "{Cs} about parish council business should keep to the agenda item under discussion.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and selling",
            "Commercial posts",
            "Can I sell things here?",
            "Promotions",
            "No spam",
        ),
        (
            "Advertising, chain messages and links to money-making schemes will be deleted.",
            "Camera equipment for sale may be listed only in the Classifieds section, and only by members of three "
            "months' standing.",
            "Manufacturers and shops may not promote products here, and you must declare any connection to a brand "
            "you mention.",
            "Selling or subletting pitches through this board is not permitted under the park rules.",
            "Links posted purely to drive traffic to another website will be removed.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Accounts and usernames",
            "One person, one account",
            "Do I have to use my real name?",
            "Impersonation",
            "Who you are",
        ),
        (
            "Please give your own name; the editor does not print anonymous letters.",
            "Each member may hold one account, and duplicate accounts will be closed.",
            "Do not pretend to be another person, a public official or a member of staff.",
            "Your username must not be offensive or the name of a business.",
            "You will need your membership number to register, and your account lapses if your subscription does.",
        ),
    ),
    (  # the law
        (
            "Legal matters",
            "Stay within the law",
            "Defamation and contempt",
            "Could my {c} get me into trouble?",
            "The law",
            "Libel",
        ),
        (
            "You are legally responsible for what you post, and {cs} can be used as evidence.",
            "Do not accuse named people of crimes or wrongdoing that have not been proven in court.",
            "Once someone has been charged, do not speculate about their guilt, as it may prejudice a trial.",
            "We comply with the law of the land and will co-operate with any lawful request from the police.",
            "Images of protected species taken without the proper licence will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your photos and other people's",
            "Respect copyright",
            "Can I share an article from another paper?",
            "Images and credits",
        ),
        (
            "Only upload photographs you have taken yourself.",
            "Please post a short extract and a link rather than copying a whole article.",
            "By posting, you give us permission to publish your {c} in print and online.",
            "Do not reproduce recipes, leaflets or menus in full without the owner's permission.",
            "Credit the photographer whenever you share an image, and never remove a watermark.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't reply",
            "Flagging {cs}",
            "How do I report a {c}?",
            "Seen something wrong?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please don't argue with trolls; report them and move on.",
            "You can also email the moderators at the address on our Contact page.",
            "Reports are anonymous, and the person you report will not be told who flagged them.",
            "We aim to look at every report within 48 hours.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' word",
            "Can the editor change what I write?",
            "Editing and removal",
            "Right to refuse",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final and will not be discussed on the open board.",
            "{Cs} may be cut for length or to remove anything we consider unsuitable.",
            "We may close a thread at any time if the discussion has run its course.",
            "Publication of a {c} does not mean the committee agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Getting it right",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than posting a correction below the "
            "story.",
            "Send parish news, notices and photographs to the editor by the 15th of the month.",
            "We correct significant errors promptly and note the correction at the foot of the article.",
            "Call or WhatsApp our newsroom with your news tips; your identity will be protected.",
            "Corrections to results should be sent to the scorer, not posted on the forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Why was my {c} rejected for its language?",
            "Write clearly",
            "No shouting",
        ),
        (
            "Swearing, including swearing disguised with asterisks, is not allowed.",
            "Please write in English so that all readers and moderators can follow the discussion.",
            "Typing in capital letters is regarded as shouting and is hard to read.",
            "Avoid text-speak and heavy abbreviation; not everyone here knows them.",
            "Keep {cs} reasonably short; long pieces are better sent to the editor as a letter.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, and then a permanent ban.",
            "Serious breaches may result in an immediate ban without warning.",
            "Banned members who re-register under a new name will be removed again.",
            "Persistent breaches will be referred to the committee and may affect your club membership.",
            "If you think a decision was wrong, write to the moderators privately rather than raising it on the board.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice on this forum",
            "Should I rely on advice posted here?",
            "Field safety",
            "Welfare of the subject",
        ),
        (
            "Nothing posted here is a substitute for advice from your doctor, consultant or registered dietitian.",
            "Always check product labels yourself, because manufacturers change recipes without warning.",
            "Never enter the water or work on the bank alone, and follow the risk assessment for every work party.",
            "The welfare of the subject always comes before the photograph, so do not disturb nesting birds for a "
            "picture.",
            "Treat advice from other members as opinion, not fact, and check it with a professional before acting on "
            "it.",
        ),
    ),
)

POLICY_TITLES_203 = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Our {c} policy",
    "Message board rules",
    "Rules for contributors",
    "Noticeboard rules of use",
    "Guidelines for members",
    "Code of conduct",
    "Before you post",
)
POLICY_INTROS_203 = (
    "Please read these rules before posting.",
    "We want this to be a friendly place for everyone, so we ask all members to follow a few simple rules.",
    "By registering you agree to abide by the following.",
    "These guidelines apply to all {cs} on our website and our social media pages.",
    "The following house rules were agreed by the committee at the AGM.",
    "We welcome your views. A few ground rules:",
    "Everyone is welcome to take part, provided they follow these guidelines.",
)
POLICY_CLOSINGS_203 = (
    "These rules may be updated from time to time.",
    "Thank you for helping to keep the forum friendly.",
    "Last updated: March 2025.",
    "Questions about these rules? Email the moderators.",
    "The full terms and conditions are available on our website.",
    "By sending a {c}, you agree to these terms.",
    "The Editor",
    "Happy posting!",
    "The Moderating Team",
)
AMERICAN_203 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "licence": "license",
    "offence": "offense",
    "behaviour": "behavior",
    "organisation": "organization",
    "co-operate": "cooperate",
    "favour": "favor",
    "colour": "color",
    "recognise": "recognize",
    "apologise": "apologize",
}
#: The site's word for what readers send, when it is not "comment" (a quarter of sites).
WORDS_203 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)
#: Items' markers, as ``str.format`` patterns of the item's number (``{n}``), letter (``{a}``) or roman (``{r}``).
MARKERS_203 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{a}.",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "\u25aa",
    "Rule {n}:",
    "Rule {n}.",
    "Rule {n} \u2013",
    "{n} -",
)
_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "not", "at", "by", "but"}
_SMALL |= {"as", "if", "from"}


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_203(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-203 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment", or for a quarter of sites another word and never
    "comment"); two to five items (0.3) or six to all sixteen, in the table's order (0.5) or drawn; headings in
    sentence case, title case or capitals, printed on their own part (with nothing, a stop or a colon after them),
    run into the first sentence (a colon, a stop or a dash), or not at all (0.12; one item in twenty loses its
    heading anyway), now and then starred as a forum's bold; a marker (0.6) of the site's shape, now and then on a
    part of its own; one to three sentences an item, as parts of their own or one paragraph, the last one's stop
    dropped by some bulleted sites. Then ``_furnish``'s opening, closing and title lines."""
    says_comment = rng.random() >= 0.25
    word, words = ("comment", "comments") if says_comment else rng.choice(WORDS_203)
    nouns = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_203))
    chosen = rng.sample(range(len(REWORDINGS_203)), count)
    if rng.random() < 0.5:
        chosen.sort()
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    placing = rng.choices(("own", "run", "none"), weights=(0.5, 0.38, 0.12))[0]
    after = rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((": ", ": ", ". ", " \u2013 ", " - "))
    stars = placing != "none" and rng.random() < 0.06
    marker = rng.choice(MARKERS_203) if rng.random() < 0.6 else ""
    marker_alone = bool(marker) and rng.random() < 0.1
    most = rng.choice((1, 2, 2, 3, 3))
    paragraph = rng.random() < 0.4
    unstopped = marker[:1] in "\u2022-*\u2013\u25aa" and marker != "" and rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_203[kind]
        heading = "" if placing == "none" or rng.random() < 0.05 else rng.choice(headings).format(**nouns)
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        if stars and heading:
            heading = f"**{heading}**"
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        says = [sentences[i].format(**nouns) for i in picked]
        if unstopped:
            says[-1] = says[-1].rstrip(".")
        if paragraph:
            says = [" ".join(says)]
        question = heading.rstrip("*").endswith("?")
        if heading and placing == "run":
            parts = [heading + (" " if question else after) + says[0], *says[1:]]
        elif heading:
            parts = [heading + ("" if question else after), *says]
        else:
            parts = ["", *says]
        if marker:
            shown = marker.format(
                n=number,
                a="abcdefghijklmnopqrstuvwxyz"[number - 1],
                A="ABCDEFGHIJKLMNOPQRSTUVWXYZ"[number - 1],
                r=_roman(number),
                R=_roman(number).upper(),
            )
            if marker_alone:
                parts = [shown, *parts]
            else:
                first = 0 if parts[0] else 1
                parts[first] = f"{shown} {parts[first]}"
        items.append(tuple(parts))
    intros = [line.format(**nouns) for line in POLICY_INTROS_203]
    closings = [line.format(**nouns) for line in POLICY_CLOSINGS_203]
    titles = [line.format(**nouns) for line in POLICY_TITLES_203]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_203)
