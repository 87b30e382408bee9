"""The ``reworded-95`` family: posting rules as Chilean, Argentine and Uruguayan English-language expat pages, Outer
Banks and Lowcountry weeklies, Yorkshire coast papers, squash clubs, embroiderers' guilds, street pastors, vintage
tractor clubs and conservation volunteers word and print them. Written blind: from how such sites put their rules,
not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_95` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of rule: civility, hatred, privacy, moderation delays, topic, selling, names and accounts, the law,
#: copyright, reporting, the moderators' discretion, language, warnings and bans, advice at one's own risk, and
#: accidents, deaths and rumours.
REWORDINGS_95: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Respeto / respect",
            "Keep it friendly",
            "Is robust debate allowed?",
        ),
        (
            "Disagree with the argument all you like, but leave the person making it alone.",
            "Name-calling, sneering and personal digs will be removed, however clever they seemed at the time.",
            "Write as you would speak to a neighbour on the harbour wall or a fellow member in the clubhouse bar.",
            "Robust debate is welcome here; rudeness, bullying and goading other readers are not.",
            "If a thread turns sour, step away from it rather than sending another {c} in anger.",
        ),
    ),
    (
        (
            "No hate speech",
            "Discrimination",
            "Prejudice has no place here",
            "Racism, sexism and the rest",
            "What counts as hate speech?",
        ),
        (
            "We remove any {c} that attacks people for their race, nationality, religion, sex, sexuality, disability"
            " or age.",
            "Jokes at the expense of migrants, Travellers or any other group count too, and so does the"
            ' "just asking questions" kind.',
            "Many of us came to Chile, Argentina or Uruguay from somewhere else, and many of our neighbours were born"
            " here; treat both with the same respect.",
            "Slurs are removed even when they are quoted, misspelt or disguised with asterisks.",
            "Posting hateful material will get you banned without a warning.",
        ),
    ),
    (
        (
            "Privacy",
            "Protect people's privacy",
            "Personal details",
            "Other people's information",
            "Can I post photos of the juniors?",
            "Can I name the people involved?",
        ),
        (
            "Do not post anyone's address, phone number, car registration or place of work, even if you believe it is"
            " common knowledge.",
            "Street pastors never discuss the people they meet on patrol, and we ask that you do not either: no names,"
            " descriptions or photographs.",
            "Photographs of juniors may only be shared with a parent's written consent, which the club welfare officer"
            " keeps on file.",
            "If you put up a picture taken at a work party or a rally, check that everyone in it is happy to appear"
            " online.",
            "Private messages between members stay private; please do not paste them into a public {c}.",
        ),
    ),
    (
        (
            "Moderation",
            "Pre-moderation",
            "Approval times",
            "Why hasn't my {c} appeared?",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a person before it appears, and our moderators are volunteers with jobs and"
            " families.",
            "The paper goes to press on Tuesday night, so anything sent after midday on Tuesday may wait until"
            " Thursday.",
            "Our admins are spread between Santiago, Mendoza and Montevideo, so approval can take a day, and longer"
            " over the holidays and in January.",
            "During storm coverage we approve {cs} as quickly as we can, but news updates come first.",
            "Please do not send the same {c} twice; it only lengthens the queue.",
        ),
    ),
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Where should I ask a general question?",
        ),
        (
            "Keep your {c} to the article or thread it sits under.",
            "General questions about visas, banks, phone contracts and shipping belong in the weekly open thread, not"
            " under an unrelated story.",
            "Questions about a particular tractor or engine go in the restoration section, where the people who know"
            " will see them.",
            "Threads that wander too far may be closed so the original discussion can carry on.",
            "National politics gets plenty of airing elsewhere; here we would rather talk about what is happening on"
            " the coast.",
        ),
    ),
    (
        (
            "No advertising",
            "Buying and selling",
            "Spam",
            "No spam, por favor",
            "Commercial {cs}",
            "Can I advertise my business?",
        ),
        (
            "Sales of parts, implements and whole tractors go in the classifieds, which are free to members.",
            "Do not use {cs} to advertise flats, rentals, tours, tutoring or currency exchange; the group has a"
            " marketplace day every Friday.",
            "Links put up only to drive traffic to another site will be deleted and the account blocked.",
            "Guild members may mention their own workshops and kits once a month in the members' news thread.",
            "Appeals for charities and local causes need the committee's approval before they go up.",
        ),
    ),
    (
        (
            "Use your real name",
            "Who you are",
            "Names and accounts",
            "One account each",
            "Do I have to use my full name?",
        ),
        (
            "Please write under your own name, or at least a first name and the town you live in.",
            "Members may hold one account; second accounts opened to get round a ban will be closed along with the"
            " first.",
            "Pretending to be another person, another club or a member of our staff is not allowed.",
            "Your name will appear beside every {c} you make, but your e-mail address will never be shown.",
            "Club members should use the name on their membership card so the committee can recognise them.",
        ),
    ),
    (
        (
            "Legal",
            "The law",
            "Defamation",
            "{Cs} and the law",
            "Libel and contempt",
            "Who is responsible for what I write?",
        ),
        (
            "You are legally responsible for what you write, and the paper can be held responsible for publishing it.",
            "Do not accuse anyone of a crime unless they have been convicted, and do not speculate about people who"
            " have been arrested or charged.",
            "Once someone is charged, anything that could prejudice a trial will be removed, however widely it is"
            " being said in town.",
            "The laws on defamation in Chile, Argentina and Uruguay can be stricter than the ones you may be used to"
            " at home.",
            "We will pass information to the police where the law requires us to.",
        ),
    ),
    (
        (
            "Copyright",
            "Photos and other people's work",
            "Respect copyright",
            "Can I share a pattern?",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and say whose they are.",
            "Commercial embroidery designs and charts are the designer's property; please do not scan or share them,"
            " even among members.",
            "Quote a line or two of another site's story if you must, with a link, but do not paste the whole article.",
            "By sending a photograph or a {c} you allow us to show it on the site and in the newsletter, with your"
            " name beside it.",
            "Scanned pages from old tractor manuals are fine to share where the maker no longer exists; if in doubt,"
            " ask photos@vintagetractorclub.org.uk first.",
        ),
    ),
    (
        (
            "Reporting a {c}",
            "Report a problem",
            "Flagging",
            "Seen something that breaks the rules?",
            "How do I report a {c}?",
        ),
        (
            "Use the report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "If you would rather not use the button, e-mail moderators@southernconeexpats.com with a link and a short"
            " note.",
            "Please report rather than reply; arguing with a troll only gives it more to feed on.",
            "Reports are anonymous: the person you report will not be told who flagged them.",
            "For anything urgent, such as a threat to someone's safety, call the police first and tell us afterwards.",
        ),
    ),
    (
        (
            "Our decision is final",
            "Moderators' discretion",
            "The editor's call",
            "Right to remove",
            "Why was my {c} removed without explanation?",
        ),
        (
            "The editor decides what is published and may remove any {c} without giving a reason.",
            "We cannot always explain each decision; the number of {cs} and the number of volunteers do not allow it.",
            "These guidelines are not a complete list, and the committee may act on anything it considers harmful to"
            " the club.",
            "If you think a mistake has been made, write to the secretary at secretary@eastridingembroiderers.org.uk"
            " rather than arguing it out in public.",
            "The rules may be updated from time to time, and the version on this page is the one that applies.",
        ),
    ),
    (
        (
            "Language",
            "Keep it clean",
            "Swearing",
            "Which language?",
            "Can I write in Spanish?",
        ),
        (
            "English is the language of this group, though a Spanish word or phrase where it fits is perfectly fine.",
            "Please keep swearing out of it; juniors and their parents read these pages too.",
            "Typing a whole {c} in capitals reads as shouting and may be removed.",
            "Write in full sentences where you can, as text-speak is hard going for members whose first language is"
            " not English.",
            "Mild language is tolerated, but strong or sexual language will see the {c} deleted.",
        ),
    ),
    (
        (
            "Warnings and bans",
            "Three strikes",
            "Breaking the rules",
            "Suspension",
            "What happens if I break the rules?",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Banned members who rejoin under another name will be removed again without notice.",
            "Membership of the club may be reviewed if behaviour online falls well short of what we expect on court.",
            "An appeal against a ban can be made in writing to the committee within 28 days.",
        ),
    ),
    (
        (
            "Advice is given in good faith",
            "At your own risk",
            "Safety first",
            "Not professional advice",
            "Is the advice here checked?",
        ),
        (
            "Tips on restoring, starting or driving an old tractor are shared in good faith, and you follow them at"
            " your own risk.",
            "Nothing written here about visas, residency, tax or property is legal advice; check with a qualified"
            " professional or your consulate.",
            "Conservation tasks involve sharp tools and rough ground, so do not try anything described here without"
            " the training and kit given on a work day.",
            "For storm, evacuation and ferry information, rely on Dare County Emergency Management and the state"
            " ferry division, not on a {c} in a thread.",
            "Cliff paths and the foreshore change after every storm; check tide times and coastguard warnings before"
            " acting on anything a reader has written.",
        ),
    ),
    (
        (
            "Accidents and emergencies",
            "Rumours",
            "No speculation",
            "Respect those affected",
            "Why are {cs} closed on some stories?",
        ),
        (
            "When there has been an accident, a rescue at sea or a death, please do not guess at names or causes"
            " before the family and the police have spoken.",
            "{Cs} are closed on some stories, such as court cases and deaths, to protect the people involved.",
            "Please check a rumour before you pass it on; something shared in good faith can still frighten a whole"
            " village.",
            "Condolences are welcome, but details of a person's life or health are for the family to share.",
            "We update our stories as facts are confirmed, so there is no need to repeat what you heard at the"
            " slipway.",
        ),
    ),
)

INTROS_95 = (
    "These rules apply to everyone who writes on this site, members and visitors alike.",
    "Before you join the conversation, please take a minute to read the following.",
    "We want this page to stay useful and friendly for English speakers across the Southern Cone, so we ask everyone"
    " to follow a few simple rules.",
    "The club welcomes {cs} from members and friends, on the following terms.",
    "Readers' {cs} are a big part of what makes the paper, and we would like to keep it that way.",
    "Street pastors aim to care, listen and help, and we ask the same of everyone who writes here.",
    "The following guidelines were agreed by the committee at the last annual general meeting.",
    "By sending a {c}, you agree to the terms below.",
)

CLOSINGS_95 = (
    "Thank you for helping to keep this a friendly corner of the internet.",
    "Questions about these rules can be sent to the editor at letters@coastweekly.co.uk.",
    "Happy stitching, and thank you for reading.",
    "See you on court.",
    "Thanks, and enjoy the group. \u00a1Saludos!",
    "These guidelines were last reviewed in March and will be looked at again at the next AGM.",
    "Now, back to the tractors.",
    "If in doubt, leave it out.",
    "More about our volunteering days is at www.coastandcountryvolunteers.org.uk/tasks.",
)

TITLES_95 = (
    "House Rules",
    "Posting Guidelines",
    "Group Rules",
    "Forum Rules",
    "Community Standards",
    "Before You Post",
    "Guidelines for {Cs}",
    "Message Board Etiquette",
    "Club Forum Code of Conduct",
    "Guild Forum Guidelines",
    "Rules of the Road for Readers",
)

#: British spellings in this family's lines and their American ones, as :func:`_furnish` applies them.
AMERICAN_95: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "behaviour": "behavior",
    "recognise": "recognize",
    "misspelt": "misspelled",
    "rumour": "rumor",
    "flats": "apartments",
    "get round": "get around",
}

_NOUNS_95: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_NUMBER_WORDS_95 = (
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
)
#: Markers a site sets before its items: ``{n}`` a number, ``{w}``/``{W}`` a number in words, ``{a}``/``{A}`` a letter.
_MARKERS_95 = {
    "numbers": ("{n}.", "{n})", "{n} -", "#{n}", "[{n}]", "Rule {n}.", "Rule #{n}:"),
    "words": ("Rule {w}:", "{W}.", "Rule {W} \u2013"),
    "letters": ("{A}.", "({a})", "{a} -"),
    "bullets": ("\u2022", "\u00b7", "\u00bb", "\u203a", "\u25ba", "\u2713", "\u2013", "*"),
}
#: Heading on a line of its own: what follows it (questions keep their question mark alone).
_ENDS_95 = ("", "", ":", ".")
#: Heading run in before the first sentence: what joins them.
_JOINTS_95 = (": ", ": ", " \u2013 ", " \u2014 ", ". ", " - ")
_LITTLE_95 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to")
)


def _title_case_95(text: str) -> str:
    """``text`` as a headline: each word capitalised but the little ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _LITTLE_95 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


_SET_95 = {"sentence": str, "title": _title_case_95, "capitals": str.upper}


def _in_words_95(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word for what readers send, less those that say "comment" where the site never does."""
    out = [text.format(**words) for text in texts]
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_95(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which then never say "comment", and
    0.1 more, which say it too) "post", "message", "reply" or "contribution". Two to four kinds a fifth of the time,
    else five to twelve, in the table's order (0.55) or shuffled; for each, one heading (a question where the kind has
    one, in a quarter of the policies) and one sentence (0.4), two (0.4) or three, in the table's order, each a part of
    its own or (0.3 of the policies) all in one paragraph. Headings in sentence case (0.45), title case (0.3) or
    capitals; the whole policy without headings (0.15), or one item now and then (0.08); headings on a line of their own
    (bare, or after a colon or a full stop, bare after a marker ending in a colon) or run in before a colon, an en or em
    dash, a full stop or a hyphen, one way for the policy; in a question policy, a third of the time as "Q:" and "A:".
    Items marked by number ("1." "1)" "1 -" "#1" "[1]" "Rule 1." "Rule #1:"), by number in words ("Rule one:" "One."
    "Rule One –"), by letter, by bullet or not at all, the marker before whatever the item prints first. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_95)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_95[noun], "C": noun.capitalize(), "Cs": _NOUNS_95[noun].capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(5, 12)
    picked = rng.sample(range(len(REWORDINGS_95)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless = rng.random() < 0.15
    questions = rng.random() < 0.25
    faq = questions and rng.random() < 0.33
    paragraph = rng.random() < 0.3
    set_case = _SET_95[rng.choices(tuple(_SET_95), (0.45, 0.3, 0.25))[0]]
    own_line = rng.random() < 0.5
    end, joint = rng.choice(_ENDS_95), rng.choice(_JOINTS_95)
    style = rng.choices(("none", "numbers", "words", "letters", "bullets"), (0.3, 0.3, 0.07, 0.08, 0.25))[0]
    shape = "" if style == "none" else rng.choice(_MARKERS_95[style])

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_95(texts, words, no_comment) for texts in REWORDINGS_95[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        stated = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else stated)
        if headless or rng.random() < 0.08:
            heading = ""
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        marker = ""
        if shape:
            word = _NUMBER_WORDS_95[n]
            letter = "abcdefghijklmnopqrstuvwxyz"[n]
            marker = shape.format(n=n + 1, w=word, W=word.capitalize(), a=letter, A=letter.upper()) + " "
        if heading and faq and heading.endswith("?"):
            items.append((marker + "Q: " + set_case(heading), "A: " + chosen[0], *chosen[1:]))
            continue
        if heading:
            heading = set_case(heading)
            asks = heading.endswith("?")
            if own_line:
                items.append((marker + heading + ("" if asks or marker.rstrip().endswith(":") else end), *chosen))
                continue
            chosen[0] = heading + (" " if asks else joint) + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_95(texts, words, no_comment) for texts in (INTROS_95, CLOSINGS_95, TITLES_95))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_95)
