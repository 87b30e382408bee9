"""The ``reworded-104`` family: posting rules as Malagasy and Mozambican English-language news sites, Cornish
mining-town papers, Louisiana Acadiana weeklies, table-top gaming clubs, book-restoration guilds, refugee
English-conversation groups, lifeboat fundraisers and ukulele orchestras word and print them. Written blind: from how
such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_104` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Sixteen kinds of item, in the order such sites tend to print them: (headings, sentences).
REWORDINGS_104: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy first",
            "Respect other readers",
            "Play the ball, not the player",
            "How should I speak to other readers?",
            "Mind your manners",
        ),
        (
            "Disagree as strongly as you like, but argue with the idea and not with the person who holds it.",
            "Name-calling, sneering and threats will see your {c} removed, however right you may be.",
            "Write as you would speak to a neighbour across the counter at the post office.",
            "We want a conversation a newcomer would feel welcome to join, so keep your tone polite even when the "
            "subject is heated.",
            "Sarcasm does not travel well in writing; if in doubt, say it plainly and kindly.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Nothing that stirs up hatred",
            "Race, faith and origin",
            "Tribalism and regional slurs",
            "What counts as hate speech?",
        ),
        (
            "We do not publish {cs} that attack people for their race, ethnic group, religion, nationality, sex, "
            "sexual orientation or disability.",
            "Remarks that set highlanders against coastal people, north against south, or one province against "
            "another will be deleted.",
            "Refugees and people seeking asylum are part of this community, and {cs} that treat them as a threat or a "
            "burden will not appear.",
            "Slurs are not made acceptable by putting them in quotation marks, misspelling them or calling them a "
            "joke.",
            "Praise for ethnic violence, past or present, is removed and the account closed.",
        ),
    ),
    (  # privacy and safeguarding
        (
            "Privacy",
            "Protect people's privacy",
            "Keep members safe",
            "Personal details",
            "Can I share a photo of our group?",
            "Children and vulnerable people",
        ),
        (
            "Do not post anyone's home address, telephone number, workplace or car registration, including your own.",
            "Many of our learners have fled danger, so never name them, say where they live or share a picture of them "
            "without their clear permission.",
            "Photographs taken at club nights may only be shared when everyone in them has agreed, and never where "
            "children can be identified.",
            "Details of anyone's asylum claim, immigration status or health are private and will be removed at once.",
            "If you think your own details have been shared, e-mail safeguarding@talkingtablesgroup.org.uk and we will "
            "act the same day.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "When will my {c} go up?",
            "Pre-moderation",
            "Waiting times",
            "Please be patient",
        ),
        (
            "Every {c} is read by a person before it goes live, which may take some hours.",
            "Our moderators are volunteers, so {cs} sent late at night or at the weekend may wait until the next "
            "morning.",
            "Power cuts in Antananarivo sometimes take our newsroom offline, and {cs} queue until the connection is "
            "back.",
            "On press day and during Mardi Gras we moderate more slowly; please do not send the same {c} twice.",
            "When the lifeboat is called out, the crew who also look after this page have other priorities, and your "
            "{c} will wait.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Relevance",
        ),
        (
            "{Cs} should be about the article or the thread they appear under.",
            "Rules queries, trade requests and lost-dice notices belong on the club forum, not under match reports.",
            "Questions about repairing a particular book are best brought to our monthly clinic, where someone can see "
            "it in person.",
            "Long arguments between two readers are better carried on by private e-mail.",
            "Anything sent only to start a row about something else entirely will be taken down.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Selling and fundraising",
            "Spam",
            "Can I mention my business?",
            "Commercial content",
        ),
        (
            "Do not use {cs} to advertise goods, services, websites or events, paid or free.",
            "Instruments, miniatures and spare bindery tools can be sold on the members' sales board, not here.",
            "Collecting money for any cause other than the station's own appeal is not allowed, however good the "
            "cause.",
            "Links that exist only to draw traffic elsewhere are removed, and repeat offenders are blocked.",
            "Chain letters, betting tips and anything promising easy money go straight in the bin.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Use your real name",
            "One person, one account",
            "Can I use a nickname?",
            "Registration",
        ),
        (
            "We ask that you post under your own first name and surname.",
            "A nickname is fine on the gaming board, but it must not imitate another member, a moderator or a public "
            "figure.",
            "Each person may hold one account; a second one set up to back your own arguments will be closed along "
            "with the first.",
            "Your e-mail address is never shown to other readers and is used only to contact you about your {cs}.",
            "Learners who would rather not give their full name may use their first name only.",
        ),
    ),
    (  # the law
        (
            "Legal matters",
            "Stay within the law",
            "Defamation",
            "You are responsible for what you write",
            "Could I be sued over a {c}?",
        ),
        (
            "You are legally responsible for what you write, and a {c} that damages someone's reputation without "
            "evidence could land you in court.",
            "Madagascar's cybercrime law treats insults and defamation published online as offences, and we will not "
            "run anything that breaks it.",
            "Mozambique's press law protects the right to criticise, but accusations of crime must be backed by facts.",
            "Do not discuss the guilt of anyone who has been charged while their case is before the courts.",
            "We may be required by a court in Louisiana or elsewhere to hand over the details of anyone who posts "
            "unlawful material.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Sharing pictures and music",
            "Can I copy an article here?",
            "Credit where it's due",
        ),
        (
            "Do not paste whole articles from other papers; a short quotation with a link is enough.",
            "Scans of rulebooks and published scenarios are the publishers' property and will be removed.",
            "Arrangements shared by other orchestras may be played at rehearsals but must not be posted here without "
            "the arranger's permission.",
            "Photographs of the lifeboat and crew belong to the station and may not be reused without written "
            "permission.",
            "By sending a {c} you allow us to publish it here and in the printed edition.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "If the link does not work on your phone, e-mail moderation@camborneandpoolechronicle.co.uk with the "
            "address of the page.",
            "Reports are read by a moderator, not an automatic filter, and we try to reply within two days.",
            "Please do not answer an abusive {c}; report it and leave it to us.",
            "Reporting a {c} simply because you disagree with it will not get it removed.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The right to edit",
            "Who decides?",
            "Moderators' decisions",
        ),
        (
            "The editor may shorten, edit or decline any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final, though you may ask them to look at it again "
            "once.",
            "We publish {cs} as a service to readers; no one has a right to have theirs printed.",
            "These rules may change as the group grows, and the latest version is always on this page.",
            "Disputes about moderation should be sent privately to the secretary, not argued out in public.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors and news tips",
            "Got a story?",
            "Getting the facts right",
        ),
        (
            "If you think we have got something wrong in an article, tell the newsdesk directly so that it can be "
            "put right quickly.",
            "A correction pointed out in a {c} may never reach the reporter, so write to news@teche-weekly.com "
            "instead.",
            "Story ideas, parish news and photographs of local events are always welcome at the newsdesk.",
            "Results from club tournaments should go to the secretary, who keeps the league table up to date.",
            "We note corrections at the foot of the article, with the date they were made.",
        ),
    ),
    (  # language
        (
            "Language",
            "Which language should I use?",
            "Swearing",
            "Write clearly",
            "No shouting",
        ),
        (
            "{Cs} may be written in English, French or Malagasy; we cannot moderate other languages and will not "
            "publish them.",
            "Portuguese is welcome alongside English, but please keep to one language within a single {c}.",
            "Cajun French and Cornish words are welcome, though a translation in brackets helps other readers.",
            "Nobody minds mistakes in grammar or spelling; many of us are still learning English and that is the "
            "point.",
            "Swearing, even with letters starred out, and writing in capitals are not allowed.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "What happens if I break these rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach usually earns a warning, a second a week's suspension and a third a permanent ban.",
            "Serious abuse, threats or hate speech lead to a ban without warning.",
            "Anyone who comes back under a new name after a ban will be blocked again as soon as they are recognised.",
            "Members of the orchestra who break these rules online may also be asked to meet the committee.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Not professional advice",
            "In an emergency",
            "Is advice given here reliable?",
            "Look after yourself",
        ),
        (
            "If you see someone in difficulty at sea, dial 999 or 112 and ask for the Coastguard; do not post about it "
            "here first.",
            "Old mine workings are dangerous, and nothing in these threads should be taken as encouragement to go into "
            "them.",
            "Advice from other members on cleaning mould or repairing leather is given in good faith, but test any "
            "method on something worthless first.",
            "During hurricane season, follow the instructions of your parish emergency office, not rumours in {cs}.",
            "Nothing here is legal advice about asylum or immigration; speak to a qualified adviser.",
        ),
    ),
    (  # spoilers
        (
            "Spoilers",
            "Mind the spoilers",
            "Can I talk about the ending?",
            "Campaign secrets",
        ),
        (
            "Warn readers at the start of your {c} if it gives away a plot twist, a scenario's solution or a result "
            "not yet broadcast.",
            "Game masters' notes for campaigns still running at the club must not be shared.",
            'Put the word "spoiler" in your first line so that others can scroll past.',
            "Spoilers sent without a warning will be hidden until the author adds one.",
        ),
    ),
)

#: Lines a site prints before its rules.
INTROS_104: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome your {cs} and want this to be a friendly place for everyone.",
    "Posting here means you accept the following guidelines.",
    "These house rules apply to everything readers send us, online and in print.",
    "Our members agreed these rules at the annual general meeting.",
    "A few words before you join the conversation:",
    "Thank you for taking part in our discussions. To keep them useful, we ask you to follow these rules.",
)

#: Lines a site prints after its rules.
CLOSINGS_104: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor at editor@mozambiqueweekender.co.mz.",
    "Last updated March 2024.",
    "Happy strumming, and thank you for reading.",
    "Every penny raised goes to the station; thank you for your support.",
    "Misaotra betsaka, and thank you for taking part.",
    "Merci beaucoup for keeping it neighbourly.",
    "These rules are reviewed every year by the committee.",
)

#: Titles a site prints over its rules.
TITLES_104: tuple[str, ...] = (
    "House rules",
    "Comment policy",
    "Community guidelines",
    "Posting rules",
    "Rules for {cs}",
    "Guidelines for readers",
    "Forum etiquette",
    "Our {c} policy",
    "Before you post",
    "Moderation policy",
)

#: British spellings in the family's lines and their American ones.
AMERICAN_104: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "recognised": "recognized",
    "mould": "mold",
    "rumour": "rumor",
    "e-mail": "email",
}

_NOUNS_104: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_MINOR_104 = frozenset(("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "if"))
_NUMBERED_104 = ("{n}.", "{n})", "[{n}]", "#{n}", "{n}/", "Rule {n}.", "{n} \u2014", "{n}:")
_LETTERED_104 = ("{a}.", "{A}.", "({a})", "{A})")
_ROMAN_SHAPES_104 = ("{R}.", "{R})", "({r})")
_BULLETS_104 = ("\u2022", "\u00b7", "\u25cb", "\u25c6", "\u2192", "+", "\u25ba", "\u2014")
_ROMAN_104 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI")
#: After a heading printed apart from its sentences (" :" as French-trained subeditors set it), and before the first
#: sentence when a heading is run in.
_APART_104 = ("", ".", ":", " :")
_RUN_IN_104 = (": ", ". ", " \u2014 ", " \u2013 ", " - ", " : ")


def _title_104(text: str) -> str:
    """``text`` in title case: each word capitalised, the minor ones after the first left as they are."""
    words: list[str] = []
    for word in text.split(" "):
        words.append(word if words and word.lower() in _MINOR_104 else word[:1].upper() + word[1:])
    return " ".join(words)


#: How a site sets its headings, from the sentence case they are written in.
_CASES_104 = {"sentence": str, "title": _title_104, "capitals": str.upper}


def _in_words_104(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word for what readers send, less any saying "comment" on a site that never does."""
    out = (text.format(**words) for text in texts)
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_104(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which then never say "comment", and
    0.15 more, which may say it too) "post", "message", "reply" or "contribution". Two or three kinds 0.18 of the
    time, else four to twelve, in the table's order (0.55) or as drawn; for each one heading (a question where the
    kind has one, in 0.22 of the policies) and one sentence (0.45), two (0.4) or three, in the table's order or
    (0.2 of the policies) shuffled, each a part of its own or (0.25) run together in one. Headings in sentence case
    (0.5), title case (0.3) or capitals; apart from the sentences (bare, after a full stop, a colon or a spaced colon)
    or run in before a colon, a full stop, an em or en dash, a hyphen or a spaced colon; one way a policy or (0.15)
    each item its own; none at all (0.15) or none for one item (0.08). Items unmarked, numbered, numbered under a
    section ("4.1"), lettered, in Roman numerals or bulleted, the marker before whatever the item prints first. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_104)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_104[noun], "C": noun.capitalize(), "Cs": _NOUNS_104[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.18 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_104)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless, questions, shuffled, joined, mixed = (rng.random() < p for p in (0.15, 0.22, 0.2, 0.25, 0.15))
    set_case = _CASES_104[rng.choices(tuple(_CASES_104), (0.5, 0.3, 0.2))[0]]

    def way() -> tuple[str, str, str]:
        return rng.choice(("apart", "run-in")), rng.choice(_APART_104), rng.choice(_RUN_IN_104)

    policy_way = way()
    style = rng.choices(
        ("none", "numbered", "section", "lettered", "roman", "bulleted"), (0.33, 0.28, 0.07, 0.07, 0.07, 0.18)
    )[0]
    shape = {
        "none": "",
        "numbered": rng.choice(_NUMBERED_104),
        "section": str(rng.randint(2, 9)) + ".{n}",
        "lettered": rng.choice(_LETTERED_104),
        "roman": rng.choice(_ROMAN_SHAPES_104),
        "bulleted": rng.choice(_BULLETS_104),
    }[style]

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_104(texts, words, no_comment) for texts in REWORDINGS_104[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        told = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else told)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if shuffled:
            rng.shuffle(chosen)
        if joined:
            chosen = [" ".join(chosen)]
        n = len(items)
        letter, numeral = "abcdefghijklmnop"[n], _ROMAN_104[n]
        mark = shape.format(n=n + 1, a=letter, A=letter.upper(), R=numeral, r=numeral.lower())
        mark = mark + " " if mark else ""
        where, end, joint = way() if mixed else policy_way
        asks = heading.endswith("?")
        if heading and where == "apart":
            items.append((mark + heading + ("" if asks else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading if asks else heading + joint.rstrip()) + " " + chosen[0]
        items.append(("", mark + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_words_104(texts, words, no_comment) for texts in (INTROS_104, CLOSINGS_104, TITLES_104)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_104)
