"""The ``reworded-85`` family: posting rules as Bhutanese and Maldivian English-language news sites, Brunei and Papuan
provincial sites, Åland and Gotland English pages, Mississippi Delta and Alabama Black Belt weeklies, archery clubs,
gospel choirs, soup-kitchen volunteers, vintage-bus preservation groups and swimming-pool friends' groups word and
print them. Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the
other families' sentences.

Each kind in :data:`REWORDINGS_85` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_85: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Aim at the argument, not the archer",
            "Keep it kind",
            "Good behaviour",
            "How should I speak to other readers?",
        ),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "We are a small country and most of us will meet again at the market, the dzong or the archery ground, "
            "so write as you would speak to your neighbour's face.",
            "{Cs} that call people names, mock their family, their island or their looks, or are written only to "
            "provoke will be taken down.",
            "Be kind.",
        ),
    ),
    (  # hatred between peoples and faiths
        (
            "No hate speech",
            "Harmony between communities",
            "Race, faith and caste",
            "What counts as hate?",
        ),
        (
            "Anything that stirs up hatred against anyone for their faith, caste, skin colour, language or home region "
            "is removed at once and may be passed to the authorities.",
            "In the Delta and the Black Belt we know too well where that kind of talk leads, and a racial slur, "
            "spelled out or coded, closes an account the first time.",
            "We do not publish {cs} that insult any religion or that set the people of one atoll, valley or province "
            "against another.",
            "Payback talk, threats against a clan and calls to fight over land or an election result will be removed "
            "and may be passed to the provincial police.",
        ),
    ),
    (  # privacy of guests, swimmers, children and members
        (
            "Respect privacy",
            "Other people's details",
            "Guests, swimmers and children",
            "Can I post photos of other people?",
        ),
        (
            "Do not post telephone numbers, home addresses, car or boat registrations or anyone's health details, your "
            "own included.",
            "Many of the people who eat with us on Thursday evenings would rather nobody knew it, so never name a "
            "guest or post a picture taken in the dining hall.",
            "Photographs taken at the pool must not show other people's children unless a parent has agreed in "
            "writing, and the lifeguards' rota is not to be shared here.",
            "Members' phone numbers are for the rehearsal list only.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
        ),
        (
            "Comment threads close seven days after a story is published.",
            "Our moderators work Sunday to Thursday, Malé time, so {cs} sent over the weekend may wait until then.",
            "The paper goes to press on Tuesday night and the office is shut on Wednesday, so please be patient: "
            "nothing is lost, it is only waiting in the queue.",
            "The group is run by volunteers who also drive the buses on rally days, and anything sent in the summer "
            "season may sit for a week or more before one of us gets to it.",
        ),
    ),
    (  # off topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is this the right place?",
            "Off-topic {cs}",
        ),
        (
            "Keep to the subject of the article above.",
            "Questions about the swimming programme, membership, range times or lost arrows belong on the club notice "
            "board, not under a news item.",
            "If you want to raise something else, write a letter to the editor at letters@sunflowercountyledger.com "
            "and we will consider it for the print edition.",
            "{Cs} about national politics under a story on a village water scheme will be removed, however well "
            "argued.",
        ),
    ),
    (  # spam, advertising and selling
        (
            "No advertising",
            "Spam and selling",
            "Buying and selling",
        ),
        (
            "No advertising, chain letters, links to shops or requests for money, including for good causes.",
            "Members selling bows, arrows or spare parts for the old buses should use the free classifieds page, not "
            "the replies under a news item.",
            "Posts promoting a business, a political party or any other organisation will be removed.",
            "Church anniversaries, homecomings and fish fries are welcome in the events calendar; send the details to "
            "calendar@canebrakeclarion.com.",
        ),
    ),
    (  # real names and one account each
        (
            "Use your real name",
            "Who you are",
            "One account each",
            "Do I have to use my real name?",
        ),
        (
            "Post under your own full name; nicknames, initials and the names of famous people will not be approved.",
            "One account per person, and a second account opened to get round a ban will be closed along with the "
            "first.",
            "Commenting is open to registered readers only.",
            "Anyone pretending to be another person, a public official or one of our staff will be removed from the "
            "site.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation and contempt",
            "Stay within the law",
            "Legal matters",
        ),
        (
            "You are legally responsible for what you write, and we may be obliged to hand your details to the police "
            "or a court.",
            "Do not accuse a named person of a crime, and do not discuss a case before the courts beyond what has been "
            "reported.",
            "{Cs} that insult the monarchy, threaten national security or break the country's media laws will be "
            "removed and may be reported.",
            "During an election period the election commission's rules apply here as they do in print, and we will "
            "hold back anything that reads as campaigning for a candidate or a party.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your own work only",
            "Photos and recordings",
        ),
        (
            "Only post words, photographs or recordings that you made yourself or have permission to share.",
            "Do not copy whole articles from other papers; a short quotation and a link is enough.",
            "Photographs from the society's archive are used under licence and may not be reposted anywhere else.",
            "Recordings of the choir, rehearsals included, belong to the choir and may not be uploaded without the "
            "director's say-so.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "See something wrong?",
            "Flag it",
        ),
        (
            'Use the "Report" link under any {c} you think breaks these rules.',
            "If something worries you, above all anything about a child or a vulnerable adult, e-mail "
            "safeguarding@simhallensvanner.ax and a committee member will reply the same day.",
            "Reports are anonymous; the person you report is not told who flagged them.",
            "Please do not answer a {c} you have reported, as the answer is usually removed with it.",
        ),
    ),
    (  # the moderators' or editors' discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' call",
            "Why was my {c} removed?",
        ),
        (
            "We may edit, hold back or remove any {c} without giving a reason.",
            "The editor's decision on what appears is final, and we do not enter into correspondence about single "
            "{cs}.",
            "Publishing a {c} does not mean we agree with it; the views are those of the people who wrote them.",
            "The committee may close a discussion at any time.",
        ),
    ),
    (  # errors and corrections
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors in our reporting",
        ),
        (
            "If you think we have got something wrong, tell the newsroom at corrections@druktsheringpost.bt rather "
            "than in the replies, so it can be checked and put right quickly.",
            "Corrections are printed on page two of the next issue and noted at the foot of the story online.",
            "A misspelled name in the obituaries or the church news is our fault, not the family's; call the office "
            "and we will fix it.",
        ),
    ),
    (  # language
        (
            "Language",
            "Write in English",
            "No shouting",
            "Mind your language",
        ),
        (
            "Please write in English so that everyone can follow; a word or two of Dzongkha, Dhivehi, Malay or Tok "
            "Pisin is fine.",
            "Swearing, including swear words with letters swapped for stars, will be removed.",
            "Do not write in capital letters.",
            "Swedish is welcome on our Swedish pages, but this page is for visitors who read English, so please keep "
            "to it here.",
        ),
    ),
    (  # warnings, bans and closing an account
        (
            "Warnings and bans",
            "Closing an account",
            "Repeat offences",
        ),
        (
            "Breaking these rules once usually earns a warning, a second time a thirty-day ban, and a third time the "
            "account is closed.",
            "To close your own account, write to the moderators from the address you registered with; your past {cs} "
            "stay up unless you ask for them to be taken down.",
            "Anyone banned who comes back under a new name will be blocked without further notice.",
        ),
    ),
    (  # safety and advice
        (
            "Safety first",
            "Advice given here",
            "Your own risk",
        ),
        (
            "Advice about draw weights, arrows or mending a bow is given in good faith, but check with a qualified "
            "coach before you shoot.",
            "Nothing posted here about food, allergies or hygiene replaces what the kitchen lead tells you on the day.",
            "If someone is in trouble in the water, call 112 first and post afterwards.",
            "Mechanical tips for the old buses are shared at your own risk, and the society accepts no liability for "
            "work done on the strength of a {c} here.",
        ),
    ),
)

#: Opening lines, before the first item.
INTROS_85: tuple[str, ...] = (
    "Before you post, please read the rules below.",
    "We welcome readers' {cs} on our stories, within a few simple rules.",
    "These guidelines apply to everything posted on this site and on our social media pages.",
    "Tashi delek, and thank you for joining the conversation.",
    "Välkommen! A few house rules for our English-language pages.",
    "The board is for members and friends of the choir; please keep the following in mind.",
)

#: Closing lines, after the last item.
CLOSINGS_85: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "The full terms of use are at www.mariehamnweekly.ax/terms.",
    "Questions about these rules can be sent to moderators@gutebussar.se.",
    "By posting you agree to abide by these rules.",
    "These rules were last revised in March and may change without notice.",
    "God bless, and we will see you at Thursday rehearsal.",
    "Thank you for your {cs}.",
)

#: Title lines, above the policy.
TITLES_85: tuple[str, ...] = (
    "Posting rules",
    "Community guidelines",
    "House rules",
    "Guidelines for readers' {cs}",
    "Before you post",
    "Rules of the message board",
    "Our {c} policy",
)

#: British spellings in the family's text and how an American site prints them.
AMERICAN_85: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "behaviour": "behavior",
    "organisation": "organization",
    "licence": "license",
    "programme": "program",
    "colour": "color",
}

_NOUNS_85: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_SMALL_85 = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not"))
_NUMBERED_85 = ("{n}.", "{n})", "({n})", "Rule {n}:", "No. {n} -")
_LETTERED_85 = ("{a})", "({a})", "{a}.")
_BULLETS_85 = ("\u2022", "-", "*", "\u2013", "\u25aa")
_RUN_IN_85 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
_OWN_LINE_85 = ("", ".", ":")
_ROMAN_85 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _title_85(text: str) -> str:
    """``text`` in title case: every word capitalised but the short ones after the first."""
    out = []
    for word in text.split(" "):
        out.append(word if out and word.lower() in _SMALL_85 else word[:1].upper() + word[1:])
    return " ".join(out)


#: How a site sets its headings, from the sentence case they are written in.
_CASES_85 = {"sentence": str, "title": _title_85, "capitals": str.upper}


def _site_words_85(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _items_85(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.15 more, which say it too) "post", "message", "reply" or "contribution". Two or three kinds
    a fifth of the time, else four to eleven, in the table's order (0.6) or as drawn; for each, one heading (a
    question where the kind has one, in a fifth of the policies) and one of its sentences (0.45), two (0.4) or
    three, in order. Headings as written in sentence case, in title case or in capitals; on a part of their own
    (bare, or after a full stop or a colon) or run in before a colon, a hyphen, an en or em dash or a full stop; one
    way for the whole policy or (0.2) each item its own; none at all (0.2) or none for one item (0.1). Items
    numbered, lettered, in Roman numerals, bulleted or neither, the marker before the heading or, without one,
    before the first sentence. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_85)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_85[noun], "C": noun.capitalize(), "Cs": _NOUNS_85[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    picked = rng.sample(range(len(REWORDINGS_85)), count)
    if rng.random() < 0.6:
        picked.sort()
    headless, questions = (rng.random() < 0.2 for _ in "hq")
    set_case = _CASES_85[rng.choices(tuple(_CASES_85), (0.45, 0.35, 0.2))[0]]
    policy_way = (rng.choice(("own", "run-in")), rng.choice(_OWN_LINE_85), rng.choice(_RUN_IN_85))
    mixed = rng.random() < 0.2
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.05, 0.05, 0.25))[0]
    shape = rng.choice(_NUMBERED_85 if style == "numbered" else _LETTERED_85 if style == "lettered" else _BULLETS_85)
    shape = {"none": "", "roman": "{r}."}.get(style, shape)
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_site_words_85(texts, words, no_comment) for texts in REWORDINGS_85[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else plain)
        heading = "" if headless or rng.random() < 0.1 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        n = len(items)
        marker = shape.format(n=n + 1, a="abcdefghijklmnopqrstuvwxyz"[n], r=_ROMAN_85[n]) + " " if shape else ""
        where, end, joint = policy_way
        if mixed:
            where, end, joint = rng.choice(("own", "run-in")), rng.choice(_OWN_LINE_85), rng.choice(_RUN_IN_85)
        if heading and where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading if heading.endswith("?") else heading + joint.rstrip()) + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _site_words_85(texts, words, no_comment) for texts in (INTROS_85, CLOSINGS_85, TITLES_85)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_85)
