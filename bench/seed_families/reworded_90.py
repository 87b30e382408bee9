"""The ``reworded-90`` family: posting rules as Trinidadian, Guyanese and Grenadian English-language news sites, Cape
Cod and Martha's Vineyard papers, Alaska Panhandle weeklies, bonsai societies, sea-cadet units, hospital leagues of
friends, village cricket leagues and community orchards word and print them. Written blind: from how such sites put
their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_90` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply", "contribution" or "response"; ``{f}``
is what the site calls the place they are posted ("this site", "the forum", "the message board", ...) and ``{mod}``
(``{Mod}``) who looks after it ("the moderators", "the editors", "the committee", ...).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

REWORDINGS_90: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Keep it courteous",
            "Mind your manners",
            "How should I treat other readers?",
            "Can I criticise other people's views?",
        ),
        (
            "Treat other readers as you would a neighbour over the garden fence: disagree by all means, but do it with"
            " respect.",
            "Personal attacks, name-calling and mockery of other people's {cs} will be removed, however strongly you"
            " feel about the subject.",
            "Argue with the idea, not with the person who put it forward; there is no need to question anyone's"
            " intelligence, motives or upbringing.",
            "Banter is part of village cricket, but there is a line between ribbing the opposition and belittling them,"
            " and we ask you to stay on the right side of it.",
            "Threats of any kind, even ones meant as a joke, will be removed and may be passed to the police.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "No racial or religious abuse",
            "Discrimination",
            "Respect for every community",
            "What counts as hate speech?",
        ),
        (
            "We will not publish {cs} that attack people for their race, skin colour, ethnicity, religion, sex,"
            " sexual orientation, disability or the place they come from.",
            "Remarks that stir up hostility between Indo- and Afro-Caribbean communities, or between any other groups,"
            " have no place here, whatever the political season.",
            "That includes sneering at off-islanders, washashores or summer people as a class; talk about the issue,"
            " not the people.",
            "Slurs against Alaska Native people, immigrants or seasonal workers will be removed without warning.",
            "Coded language and so-called jokes that do the same work as a slur will be treated as one.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Personal information",
            "Patients and visitors",
            "Can I name someone in my {c}?",
        ),
        (
            "Do not post anyone's home address, phone number, e-mail address, workplace or vehicle details, and think"
            " twice before posting your own.",
            "Please do not name or describe patients, visitors or staff you have seen on the wards; if you have a"
            " concern about someone's care, contact the hospital directly.",
            "Do not identify a child, the victim of a sexual offence or anyone a court has ordered must not be named.",
            "Saying where someone's boat lies in the harbour, where a member keeps valuable trees or when a house on"
            " the island stands empty can put them at risk, and such {cs} will be removed.",
            "Private messages, e-mails and conversations should not be posted publicly without the agreement of"
            " everyone involved.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "All {cs} are moderated",
            "Pre-moderation",
            "Please be patient",
            "Why hasn't my {c} appeared?",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a delay, especially in the evenings and"
            " at weekends.",
            "Our moderators are volunteers with jobs, tides and fishing openers to attend to, so please allow up to"
            " 48 hours.",
            "During Carnival, public holidays and election periods the newsroom is short-staffed and approval may"
            " take longer than usual.",
            "When a storm takes out the power or the internet on the island, the queue waits until we are back"
            " online; posting the same {c} again will not speed it up.",
            "{Cs} sent after 6 p.m. on a Friday are usually not approved until Monday morning.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place for my question?",
        ),
        (
            "Please keep your {c} relevant to the article or thread it sits under.",
            "General questions about the society, such as meeting dates, subscriptions or how to join, are better sent"
            " to the secretary than posted under a news item.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "Fixture changes, availability and lifts to away matches belong in the members' area, not under the match"
            " reports.",
            "{Cs} that drag every story back to the same grievance will be removed, however sincerely the view is"
            " held.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I sell trees or equipment here?",
        ),
        (
            "Do not use {f} to advertise goods, services, businesses or websites; {cs} that do so will be removed.",
            "Members may list surplus trees, pots and tools in the Sales and Wants section, but not under articles or"
            " show reports.",
            "Chain letters, pyramid schemes, get-rich-quick offers and links to betting or loan sites are deleted on"
            " sight.",
            "Raffles, fundraisers and events for other charities and organisations may be mentioned only with the"
            " committee's agreement, so please write to us first.",
            "Posting the same message again and again, or links with no explanation, will be treated as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Names and accounts",
            "Who you are",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "We ask contributors to post under their real first and last names, as they would sign a letter to the"
            " editor.",
            "Usernames are fine, but you may hold only one account, and we will close any account set up to get round"
            " a ban.",
            "Do not pretend to be another person, a public official, a member of staff or someone speaking for the"
            " club.",
            "Unit staff and cadets should post only from their own accounts, never from a shared or borrowed one.",
            "We may check the e-mail address you register with, and {cs} from an address that does not work will not"
            " be approved.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "The law",
            "Could my {c} get me into trouble?",
        ),
        (
            "You are legally responsible for what you post, and we will not publish anything that makes false and"
            " damaging claims about a named person or business.",
            "Do not speculate on the guilt or innocence of anyone charged with an offence while the case is before the"
            " courts.",
            "Trinidad and Tobago, Guyana and Grenada all have laws on electronic crimes and on material that stirs up"
            " racial hostility, and {cs} that break them will not appear.",
            "Allegations of corruption or wrongdoing must rest on facts that can be checked; rumour repeated as fact"
            " will be removed.",
            "Where the police or a court requires it, we will hand over the details of an account that has been used"
            " to break the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Photographs and other people's work",
            "Quoting",
            "Can I share an article from another site?",
        ),
        (
            "Do not paste in whole articles from this or any other publication; a short quotation and a link are"
            " enough.",
            "Photographs of members' trees remain the property of the member who took them and may not be reproduced"
            " without permission.",
            "Scorecards, averages and match reports on this site may be shared with a credit to the league, but not"
            " republished elsewhere as your own.",
            "By posting, you grant us a non-exclusive licence to publish, edit and reproduce your {c} in print and"
            " online.",
            "If you believe something here infringes your copyright, write to editor@islandcurrent.com and we will"
            " look into it promptly.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Flag it",
            "Reporting abuse",
            "Seen something you don't like?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Reports are read by {mod}, usually within a day, and we act on them as quickly as we can.",
            "You can also write to moderation@panhandleweekly.com, giving the link to the {c} and the reason for your"
            " concern.",
            "Please do not report a {c} simply because you disagree with it; the button is for breaches of the rules.",
            "Repeated false reports are themselves a breach of these guidelines.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Removal of {cs}",
            "Who decides?",
        ),
        (
            "{Mod} may edit, refuse or remove any {c} at any time and without giving a reason.",
            "We do not enter into correspondence about individual decisions, though we will always read a polite"
            " request to reconsider.",
            "Publication of a {c} does not mean that the paper, the society or its officers agree with it.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
            "Where a {c} is borderline, we use our judgement and will usually err on the side of leaving it out.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Watch your language",
            "No shouting",
            "Can I write in Creole?",
        ),
        (
            "No swearing, obscenities or sexual content, including words with letters replaced by asterisks.",
            "{Cs} should be in English so that everyone can follow them, though a phrase or two of Creole, Tlingit or"
            " island talk is welcome.",
            "Please don't type in capital letters; it reads as shouting and is harder to follow.",
            "Keep it brief: a {c} of a few short paragraphs is more likely to be read than a wall of text.",
            "Text-speak and long strings of emojis or exclamation marks make a {c} hard to read and may hold up its"
            " approval.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "Sanctions",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "A first breach will usually earn a warning by e-mail; further breaches will lead to suspension or a"
            " permanent ban.",
            "Serious breaches, such as threats, hate speech or posting a cadet's details, will mean an immediate ban.",
            "For club members, persistent bad behaviour online may be referred to the committee under the club's"
            " disciplinary procedure.",
            "Anyone banned who returns under a new name will be removed again, along with everything they have posted.",
            "We keep a record of warnings for twelve months, after which a clean slate applies.",
        ),
    ),
    (  # advice and safety
        (
            "Advice",
            "Not professional advice",
            "Medical questions",
            "Safety first",
            "Is the advice here reliable?",
        ),
        (
            "Nothing posted here is medical advice; if you are unwell, speak to your GP or use 111.nhs.uk, and in an"
            " emergency dial 999.",
            "Members share care tips in good faith, but every tree is different, and you follow any advice at your own"
            " risk.",
            "Please don't post sea, ice or trail conditions as though they were official; check the National Weather"
            " Service at weather.gov and listen for Coast Guard warnings before you go out.",
            "Ladders, saws and loppers are used only under supervision at our work mornings, so please don't post"
            " pruning tips that encourage anyone to work alone up a tree.",
            "Questions about a patient's treatment, or a complaint about care, should go to the hospital's Patient"
            " Advice and Liaison Service rather than to the Friends.",
        ),
    ),
    (  # corrections, tips and letters
        (
            "Corrections",
            "News tips",
            "Contacting the newsroom",
            "Letters to the editor",
            "Spotted a mistake?",
        ),
        (
            "If you think we have got a fact wrong, please e-mail corrections@capeislandsnews.com rather than posting"
            " it as a {c}, so we can check it and put it right.",
            "Have a story for us? Send it to news@caribbeanherald.net or call the newsroom during office hours.",
            "{Cs} are not letters to the editor; to have your view considered for the print edition, send it with your"
            " name and town to letters@vineyardcurrent.com.",
            "Missing results and scorecard errors should go to the league's results secretary, not under the match"
            " report.",
            "We correct errors promptly and note the change at the foot of the article.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young people",
            "Children and juniors",
            "Photographs of young people",
            "What if I'm worried about a young person?",
        ),
        (
            "Adults must not use {f} to contact cadets or junior players privately; all contact goes through the unit"
            " or the club.",
            "Do not post photographs of anyone under 18 without the consent of a parent or guardian.",
            "If you are worried about the welfare of a young person, speak in confidence to our safeguarding officer"
            " at welfare@tsendeavour.org.uk rather than posting about it.",
            "Junior members may post only with a parent's permission, and their {cs} are checked before they appear.",
            "Anything that sexualises or bullies a young person will be removed and reported to the proper"
            " authorities.",
        ),
    ),
)

INTROS_90 = (
    "Please read these guidelines before joining the discussion.",
    "We welcome your {cs}, and we want {f} to be a place where everyone feels able to take part.",
    "By posting on this site you agree to the following rules.",
    "These house rules apply to everything posted on {f}.",
    "The discussion is open to all readers, on a few conditions.",
    "Thank you for taking part; to keep the conversation useful, we ask everyone to follow these guidelines.",
    "Members are encouraged to share news, pictures and questions, and a few simple rules keep {f} friendly.",
)

CLOSINGS_90 = (
    "Thank you for helping to keep the discussion civil.",
    "Questions about these rules can be sent to the editor.",
    "These guidelines were last revised in March and are reviewed every year by the committee.",
    "Thank you for your support of the Friends and of the hospital.",
    "Happy posting, and we hope to see you at the next meeting.",
    "We reserve the right to change these rules at any time.",
    "By submitting a {c}, you confirm that you have read and accept these terms.",
    "Tight lines, and thanks for reading.",
)

TITLES_90 = (
    "Comment Policy",
    "Community Guidelines",
    "House Rules",
    "Posting Guidelines",
    "Guidelines for {Cs}",
    "Forum Rules",
    "Rules of the Message Board",
    "Terms of Participation",
    "Our Comment Guidelines",
    "Before You Post",
)

#: British spellings in the tables and their American forms (each replaced as printed and capitalised).
AMERICAN_90: dict[str, str] = {
    "behaviour": "behavior",
    "colour": "color",
    "neighbour": "neighbor",
    "harbour": "harbor",
    "rumour": "rumor",
    "criticise": "criticize",
    "organisation": "organization",
    "sexualises": "sexualizes",
    "offence": "offense",
    "licence": "license",
    "judgement": "judgment",
    "e-mail": "email",
}

_NOUNS_90: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_PLACES_90 = ("this site", "our website", "the forum", "the message board", "these pages", "the discussion boards")
_KEEPERS_90 = ("the moderators", "the editors", "the committee", "our volunteer moderators", "the site administrators")
_MINOR_90 = frozenset(("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "at", "by", "with", "as"))
_NUMBERED_90 = ("{n}.", "{n})", "({n})", "{n} \u2013", "{n}/", "No. {n}:", "Rule {n}:", "Rule #{n} -", "{n}.0")
_LETTERED_90 = ("{a})", "({a})", "{a}.", "{A}.", "{A})")
_ROMAN_90 = ("{R}.", "{r}.", "({r})", "{r})")
_BULLETS_90 = ("\u2022", "-", "*", "\u25a0", "\u25ba", "\u2713", "~", "o", "\u2013", "+", "\u25c6")
_SUB_BULLETS_90 = ("-", "\u2022", "o", "\u2013", "\u00bb")
_OWN_ENDS_90 = ("", "", ".", ":")
_JOINTS_90 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
_NUMERALS_90 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_90(text: str) -> str:
    """``text`` in title case: each word capitalised (after a hyphen too) but the minor ones after the first."""
    words = []
    for word in text.split(" "):
        if words and word.lower() in _MINOR_90:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


#: How a site sets its headings, from the sentence case they are written in.
_CASES_90 = {"sentence": str, "title": _title_90, "capitals": str.upper}


def _in_words_90(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _marker_90(shape: str, n: int) -> str:
    """The ``n``-th (from 0) marker of ``shape`` with a space after it, or nothing for no shape."""
    if not shape:
        return ""
    letter = "abcdefghijklmnopqrstuvwxyz"[n % 26]
    numeral = _NUMERALS_90[n % len(_NUMERALS_90)]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=numeral, R=numeral.upper()) + " "


def _items_90(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.12 more, which say it too) "post", "message", "reply", "contribution" or "response"; the
    site's name for where they go and who looks after it. Two or three kinds 0.15 of the time, four to eight half
    the time, else nine to sixteen, in the table's order (0.55) or as drawn; for each, one heading (a question where
    the kind has one, in a fifth of the policies) and one of its sentences (0.4), two (0.4) or three, in order.
    Headings as written in sentence case, in title case or in capitals; none at all (0.18) or none for one item
    (0.08); printed on a part of their own (bare, or after a full stop or a colon), run in before a colon, a hyphen,
    an en or em dash or a full stop, or on a part of their own over the item's sentences each after a small bullet;
    one way for the policy or (0.15) each item its own. Sentences each a part of their own or (0.25 of the sites)
    run together as one. Items numbered ("1." "1)" "(1)" "1 \u2013" "1/" "No. 1:" "Rule 1:" "Rule #1 -" "1.0"),
    lettered, in Roman numerals, bulleted or neither, the marker before whatever the item prints first; a third of
    the sites with no headings and numbered or bulleted items give every sentence a number or bullet of its own. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_90)[1:]) if draw < 0.37 else "comment"
    keeper = rng.choice(_KEEPERS_90)
    words = {
        "c": noun,
        "cs": _NOUNS_90[noun],
        "C": noun.capitalize(),
        "Cs": _NOUNS_90[noun].capitalize(),
        "f": rng.choice(_PLACES_90),
        "mod": keeper,
        "Mod": keeper[:1].upper() + keeper[1:],
    }

    size = rng.random()
    count = rng.randint(2, 3) if size < 0.15 else rng.randint(4, 8) if size < 0.65 else rng.randint(9, 16)
    picked = rng.sample(range(len(REWORDINGS_90)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless, questions = rng.random() < 0.18, rng.random() < 0.2
    set_case = _CASES_90[rng.choices(tuple(_CASES_90), (0.45, 0.35, 0.2))[0]]
    ways = ("own", "run-in", "sub-bullets")
    weights = (0.45, 0.4, 0.15)
    policy_way = (rng.choices(ways, weights)[0], rng.choice(_OWN_ENDS_90), rng.choice(_JOINTS_90))
    sub_bullet = rng.choice(_SUB_BULLETS_90)
    mixed = rng.random() < 0.15
    together = rng.random() < 0.25
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.06, 0.06, 0.23))[0]
    shapes = {"numbered": _NUMBERED_90, "lettered": _LETTERED_90, "roman": _ROMAN_90, "bulleted": _BULLETS_90}
    shape = rng.choice(shapes[style]) if style in shapes else ""
    flat = headless and style in ("numbered", "bulleted") and rng.random() < 1 / 3

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_90(texts, words, no_comment) for texts in REWORDINGS_90[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else plain)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if flat:
            items.extend(("", _marker_90(shape, len(items)) + sentence) for sentence in chosen)
            continue
        way, end, joint = policy_way
        if mixed:
            way, end, joint = rng.choices(ways, weights)[0], rng.choice(_OWN_ENDS_90), rng.choice(_JOINTS_90)
        marker = _marker_90(shape, len(items))
        if heading and way == "sub-bullets":
            items.append((marker + heading, *(sub_bullet + " " + sentence for sentence in chosen)))
            continue
        if together:
            chosen = [" ".join(chosen)]
        if heading and way == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading + " " if heading.endswith("?") else heading + joint) + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_90(texts, words, no_comment) for texts in (INTROS_90, CLOSINGS_90, TITLES_90))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_90)
