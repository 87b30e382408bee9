"""The ``reworded-113`` family: posting rules as Jamaican and Bahamian news sites, Fenland papers, Upper Peninsula
weeklies, curling clubs, woodturning guilds, community fridges, veterans' breakfast clubs and amateur radio contest
groups word and print them. Written blind: from how such sites put their rules, not from the cleaner's code or
reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_113` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order a site tends to print them: (headings, sentences). Each sentence choice
#: is one sentence or two; a site may add a second choice of the same kind after it.
REWORDINGS_113 = (
    (  # civility
        (
            "Be kind and courteous",
            "Respect other members",
            "Play the ball, not the man",
            "Keep it civil",
            "Is it fair to the person you are answering?",
            "Disagree without being disagreeable",
        ),
        (
            ("Debate the point, not the person making it.",),
            ("We are all here because we share an interest.", "Treat every member as you would on a club night."),
            ("Personal attacks, name-calling and belittling other readers will see your {c} removed.",),
            ("Healthy debate is welcome, but rudeness is not.", "Think before you press send."),
            ("Strong opinions are fine; abuse of other readers, our reporters or the people we write about is not.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No bullying or hate",
            "Respect everyone",
            "Discrimination",
            "What counts as hate speech?",
        ),
        (
            (
                "We will remove any {c} that attacks people for their race, colour, religion, sex, sexual "
                "orientation, disability, age or nationality.",
            ),
            ("Racist, sexist, homophobic and xenophobic remarks have no place here.", "They will be deleted."),
            (
                "Bullying of any kind is not allowed.",
                "Degrading remarks about anyone's race or religion won't be tolerated.",
            ),
            ("Do not stir up hatred against any group, including people from other islands or other countries.",),
            ("Everyone is welcome here, whoever they are and wherever they come from.", "{Cs} that say otherwise go."),
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "No personal details",
            "Keep private things private",
            "Can I share someone's phone number?",
            "Protect people's privacy",
        ),
        (
            ("Do not post anyone's address, phone number, email or workplace, including your own.",),
            ("Never share private messages or screenshots of conversations without everyone's permission.",),
            (
                "Photos of people collecting food from the fridge must not be posted.",
                "Many neighbours rely on it quietly.",
            ),
            ("Do not name or hint at the identity of private individuals in a story.", "Rumours are not welcome."),
            ("What is shared in the group stays in the group.",),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Juniors and photographs",
            "Keep young members safe",
            "Who do I tell if I am worried about someone?",
        ),
        (
            ("Do not post photos of junior members without written consent from a parent or guardian.",),
            (
                "If you are worried about a child or vulnerable adult, contact the club's welfare officer.",
                "Do not discuss it in a {c}.",
            ),
            ("We will not publish anything that identifies a child involved in a court case or a police matter.",),
            ("Never arrange to meet a young member privately through this group.",),
            (
                "If a {c} suggests someone is at risk of harm, please tell us straight away.",
                "In an emergency, call the emergency services first.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "All {cs} are moderated",
            "Please be patient",
            "Pre-moderation",
        ),
        (
            (
                "Every {c} is checked by a member of our team before it appears.",
                "This can take a few hours, longer at weekends and on public holidays.",
            ),
            ("Your {c} may not show up straight away.", "Please do not post it again."),
            ("The admins are volunteers with day jobs, so approval may take a day or two.",),
            ("{Cs} sent overnight will be reviewed the next morning.",),
            ("Sending the same {c} several times will not get it approved any faster.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "What is this group for?",
            "Keep it about the story",
            "No politics or religion",
        ),
        (
            ("Please keep your {cs} relevant to the article you are responding to.",),
            (
                "This group is for woodturning: techniques, timber, tools and finished pieces.",
                "Other woodwork goes elsewhere.",
            ),
            ("Posts should be about contesting: rules, scores, soapbox reports and propagation.",),
            ("Party politics and religion cause more heat than light, so please leave them at the door.",),
            ("{Cs} that wander off the subject may be removed, however interesting they are.",),
        ),
    ),
    (  # advertising and spam
        (
            "No spam or self-promotion",
            "Advertising",
            "Buying and selling",
            "Can I sell things here?",
            "No promotions",
            "Links",
        ),
        (
            ("Advertising, chain letters and links to unrelated websites will be removed.",),
            (
                "Items for sale may only be posted in the monthly swap and sell thread.",
                "Include a price and a location.",
            ),
            ("Food in the fridge is always free.", "Do not offer food for sale or ask for payment."),
            ("{Cs} promoting businesses, lotteries or get-rich-quick schemes will be deleted.",),
            ("Please ask an admin before posting about your own business, event or fundraiser.",),
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Accounts",
            "Callsign and name",
            "One account each",
            "Who are you?",
        ),
        (
            ("Please use your full name; anonymous {cs} are less likely to be approved.",),
            ("Include your callsign and first name in every post so members know who they are talking to.",),
            ("Do not impersonate another person, a public figure or a member of our staff.",),
            ("One account per person.", "Accounts created to get round a ban will be closed."),
            ("You are responsible for everything sent from your account.", "Keep your password to yourself."),
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "Defamation",
            "Court cases",
            "Is it libel?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            ("Do not accuse anyone of a crime unless they have been convicted of it.",),
            (
                "Once someone is charged, do not discuss their guilt or innocence.",
                "Anything that could prejudice a trial will be removed.",
            ),
            ("You are legally responsible for what you write, and the libel laws apply here as they do in print.",),
            ("We will not publish {cs} that name victims of sexual offences.",),
            ("Do not encourage or plan anything illegal, including operating outside the terms of your licence.",),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Sharing articles",
            "Whose picture is it?",
            "Credit where it's due",
        ),
        (
            (
                "Do not copy and paste whole articles from this or any other site.",
                "Post a link and a short quote instead.",
            ),
            ("Only post photographs you took yourself or have permission to use.",),
            ("Plans, patterns and club handouts belong to their authors; ask before sharing them.",),
            ("Anything you send us may be reproduced in print or online.",),
            ("Always credit the photographer or the source.",),
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report, don't reply",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            ("If you see a {c} that breaks these rules, use the report button rather than replying to it.",),
            ("Please report problems to an admin by private message.", "We can't see everything."),
            ("Click the flag beside any {c} you think breaks our rules, and a moderator will look at it.",),
            ("Reporting is anonymous.", "The person you report will not be told who flagged them."),
            ("Do not feed the trolls.", "Report them and move on."),
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Right to remove",
            "The final word",
            "Why was my {c} deleted?",
        ),
        (
            ("We reserve the right to edit or remove any {c} without giving a reason.",),
            ("The decision of the moderators is final, and we will not enter into correspondence about it.",),
            ("The committee may remove any post or member it considers harmful to the club.",),
            ("Publication of a {c} does not mean we agree with it.",),
            ("We may shorten {cs} or close a discussion when it stops being useful.",),
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "News tips",
            "Got a story?",
            "Tell us what you know",
            "Errors in our reports",
        ),
        (
            (
                "If you think we have got something wrong, email the newsdesk rather than posting it here.",
                "We correct errors promptly.",
            ),
            ("Corrections should be sent to the editor, not left in the {cs}.",),
            ("Have a story for us?", "Send it to the newsroom; {cs} are not read as news tips."),
            ("Score corrections and log queries go to the contest manager, not to the list.",),
            ("Spotted a mistake in the fixtures or results?", "Let the secretary know and it will be put right."),
        ),
    ),
    (  # language
        (
            "Mind your language",
            "No bad language",
            "Language",
            "Write clearly",
            "Please don't shout",
            "What language can I write in?",
        ),
        (
            ("Swearing, including disguised swearing with asterisks, will be removed.",),
            ("Patois is welcome, but obscene language is not, in any tongue.",),
            ("Writing in capital letters is the online equivalent of shouting.", "Please don't."),
            ("Keep it clean: there are young members in this group.",),
            ("Please write in English so that everyone can follow the discussion.",),
        ),
    ),
    (  # warnings and bans
        (
            "Three strikes",
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Consequences",
            "Removal from the group",
        ),
        (
            ("Break these rules and you will get one warning.", "Break them again and you will be removed."),
            ("Repeat offenders will be banned from the site.",),
            ("Serious breaches, such as threats or hate, mean an immediate ban with no warning.",),
            ("Accounts that keep breaking the rules will be suspended, and persistent offenders blocked for good.",),
            ("Members removed from the group may appeal to the committee in writing.",),
        ),
    ),
    (  # safety and advice
        (
            "Safety first",
            "Advice is given in good faith",
            "Food safety",
            "Medical and benefits advice",
            "Is it safe?",
            "Your licence, your responsibility",
        ),
        (
            (
                "Advice in this group is given in good faith, but you use it at your own risk.",
                "Always wear a face shield at the lathe.",
            ),
            ("Only leave food that is in date, sealed or labelled, and never raw meat or fish.",),
            (
                "{Cs} here are not medical, legal or financial advice.",
                "For help with a pension or benefits, speak to a qualified welfare officer.",
            ),
            ("Never post instructions for working on live mains equipment or transmitting outside your licence.",),
            ("Conditions on the ice, the roads and the water change fast; check official sources before you travel.",),
        ),
    ),
    (  # newcomers
        (
            "Welcome newcomers",
            "No such thing as a silly question",
            "Help each other",
            "Be patient with beginners",
            "New here?",
        ),
        (
            ("We were all beginners once.", "Please answer questions kindly, however often they come up."),
            ("Before asking a question, try the search box; it may already have been answered.",),
            ("Share what you know, and say thank you when someone helps.",),
            ("Sneering at a newcomer's first bowl, score or post is not on.",),
            ("If you're new, introduce yourself with your name and where you're from.",),
        ),
    ),
)

#: An opening line some sites print above their rules.
INTROS_113 = (
    "Please read these rules before you take part.",
    "We want this to be a friendly, useful place for everyone, so please follow these rules.",
    "By posting in this group you agree to the following.",
    "Welcome to the group! A few ground rules:",
    "{Cs} are welcome, provided they follow these guidelines.",
    "This newspaper encourages lively discussion, within the limits set out below.",
    "Membership of the group is on the understanding that you keep to these rules.",
)

#: A closing line some sites print under their rules.
CLOSINGS_113 = (
    "Thank you for helping to keep this a friendly place.",
    "The full terms of use are available on our website.",
    "Questions about these rules? Contact the moderators.",
    "73, and good luck in the contest.",
    "Thanks, and happy turning.",
    "Good curling!",
    "These rules were last reviewed by the committee in January.",
    "Take what you need, leave what you can.",
    "See you at breakfast.",
)

#: A title some sites print above their rules.
TITLES_113 = (
    "{C} Policy",
    "{C} Guidelines",
    "Group Rules",
    "House Rules",
    "Community Standards",
    "Reflector Rules",
    "Rules of the Group",
    "Posting Guidelines",
    "Our Rules",
    "Rules for {Cs}",
    "Community Guidelines",
    "Before you post",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_113 = {
    "colour": "color",
    "neighbours": "neighbors",
    "offences": "offenses",
    "licence": "license",
    "labelled": "labeled",
    "rumours": "rumors",
}

#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_113 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_113 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"))
_NUMBERS_113 = ("{n}.", "{n}.", "{n}.", "{n})", "({n})", "Rule {n}:", "Rule {n} -", "#{n}", "{n}:", "{k}")
_LETTERS_113 = ("{a})", "({a})", "{A}.", "{a}.")
_ROMANS_113 = ("{r}.", "({r})", "{R}.", "{R})")
_BULLETS_113 = ("\u2022", "\u2022", "-", "*", "\u00b7", "\u25a0", "\u25ba", "\u2714", "\U0001f538", "\U0001f449")
_EMOJI_113 = ("\u2705", "\U0001f94c", "\U0001f4fb", "\U0001f34e", "\u2b50")
_SUBS_113 = ("-", "\u2013", "o", "\u25e6")
_AFTER_OWN_113 = ("", "", "", ":", ".")
_AFTER_RUN_IN_113 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ")
_KEYCAPS_113 = ("{n}\ufe0f\u20e3", "\U0001f51f")


def _roman_113(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case_113(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_113 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_113(shape: str, n: int) -> str:
    if shape == "{k}":  # keycap digits, as group rules pasted from a phone print them
        if n < 10:
            return _KEYCAPS_113[0].format(n=n)
        return _KEYCAPS_113[1] if n == 10 else f"{n}."
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_113(n)
    return shape.format(n=n, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _worded_113(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_113(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-113 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_113`); how many kinds
    (two to four with probability 0.25, else five to all seventeen), in the table's order (0.5) or shuffled; how
    headings print (on their own part 0.45, then nothing, a colon or a stop after them; run in before the first
    sentence 0.35 after a colon, a stop or a dash; none 0.2), in sentence case (0.45), title case (0.35) or capitals
    (0.2), and one item in fourteen without its heading; a marker (none 0.3, numbers 0.3 in one of several shapes,
    keycap digits among them; letters 0.08; roman numerals 0.07; bullets, symbols or emoji 0.25) before the item's
    first part, or on a part of its own (0.1); a second and third sentence marked as sub-points (0.12). Per item:
    one sentence choice, and with probability 0.2 another after it where the two make three sentences at most. Then
    :func:`._common._furnish` adds the opening, closing and title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_113)
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(REWORDINGS_113))
    picked = rng.sample(range(len(REWORDINGS_113)), count)
    if rng.random() < 0.5:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.45 else "run-in" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_113)
    after_run_in = rng.choice(_AFTER_RUN_IN_113)
    roll = rng.random()
    case = "sentence" if roll < 0.45 else "title" if roll < 0.8 else "upper"
    roll = rng.random()
    if roll < 0.3:
        shape = ""
    elif roll < 0.6:
        shape = rng.choice(_NUMBERS_113)
    elif roll < 0.68:
        shape = rng.choice(_LETTERS_113)
    elif roll < 0.75:
        shape = rng.choice(_ROMANS_113)
    else:
        shape = rng.choice(_BULLETS_113 + _EMOJI_113)
    marker_alone = bool(shape) and rng.random() < 0.1
    sub = rng.choice(_SUBS_113) if rng.random() < 0.12 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_113[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.2:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) + len(other) <= 3:
                sentences += other
        sentences = _worded_113(sentences, c, cs)
        if sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        heading = "" if placing == "none" or rng.random() < 1 / 14 else _worded_113((rng.choice(headings),), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_113(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        parts: list[str]
        if not heading:
            parts = ["", *sentences]
        elif placing == "own":
            parts = [heading if heading.endswith("?") else heading + after_own, *sentences]
        else:
            joint = " " if heading.endswith("?") else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_113(shape, n)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_113(INTROS_113, c, cs),
        _worded_113(CLOSINGS_113, c, cs),
        _worded_113(TITLES_113, c, cs),
        AMERICAN_113,
    )
