"""The ``reworded-97`` family: posting rules as Puerto Rican and US Virgin Islands English-language papers, Peruvian
and Ecuadorian English news sites, Norfolk Broads and Suffolk coast papers, Black Hills and Badlands weeklies,
netball leagues, poetry circles, citizen-science projects, mutual-aid groups and wild-swimming groups word and print
them. Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other
families' sentences.

Each kind in :data:`REWORDINGS_97` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_97: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be respectful",
            "Keep it civil",
            "Play the ball, not the player",
            "Respect one another",
            "What counts as a personal attack?",
        ),
        (
            "Disagree with the argument if you must, but leave the person making it alone.",
            "Name-calling, taunts and sneering at other readers will be removed, however clever they seemed at the time.",
            "We welcome lively debate about island politics, but {cs} that insult, threaten or belittle another reader"
            " have no place here.",
            "Say what you would say to a neighbour's face at the staithe, and nothing you would not.",
            "Umpires, coaches and players give up their weekends for this league, so any criticism of them must be fair"
            " and polite.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Respect for every community",
            "Can I criticise a group or a religion?",
        ),
        (
            "We remove anything that attacks people for their race, ethnicity, national origin, religion, gender,"
            " sexuality, disability or age.",
            "Slurs against down-islanders, continentals, Crucians or any other community, on the islands or off them,"
            " will be deleted.",
            "Stereotypes and slurs aimed at Native people, including members of the Oglala Sioux Tribe and other tribal"
            " nations, are removed on sight.",
            "A joke is no excuse: a slur in a {c} is still a slur.",
            "You may criticise a government, a policy or a church; you may not attack people for who they are.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect people's privacy",
            "Personal information",
            "Can I share someone's address?",
        ),
        (
            "Never post another person's address, phone number, workplace or photograph without their consent.",
            "If you are asking the group for help, give your first name and a general area only; volunteers will"
            " arrange the rest by private message.",
            "Please do not give the exact location of nesting birds, rare orchids or bat roosts; record it through the"
            " survey form, where sensitive sites are blurred before the data are published.",
            "Do not tag or name people in swim photographs without asking them first, and never post pictures of other"
            " people's children.",
            "Your e-mail address is never shown with your {c}, and we will not pass it on to anyone.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Approval times",
            "Why hasn't my {c} appeared?",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a member of staff before it is published, so there may be a delay, particularly"
            " overnight and at weekends.",
            "Our moderators work on Atlantic Standard Time, Monday to Friday; {cs} sent after 5 p.m. on a Friday may"
            " not appear until Monday morning.",
            "After a storm or a power cut our small team may take several days to catch up, and we ask for your"
            " patience.",
            "Posts from new members are held until an admin has checked them, which is usually done within a day.",
            "Please do not send the same {c} more than once; duplicates only lengthen the queue.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic posts",
            "Where do general questions go?",
        ),
        (
            "{Cs} should relate to the story they appear under.",
            "This group is for offers and requests of help; general news, politics and arguments belong elsewhere.",
            "Questions about fixtures, results and court bookings go to the league secretary, not in the thread under a"
            " match report.",
            "Poems shared for feedback belong in the weekly workshop thread, not under the notices of readings.",
            "If you want to raise a different subject, write to the editor at letters@eastcoastgazette.co.uk instead.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and fundraising",
            "Commercial posts",
            "Can I promote my business?",
        ),
        (
            "Advertising, affiliate links and repeated promotion of a business, a tour or a holiday let will be"
            " removed.",
            "Fundraisers and collection links may only be shared with an admin's approval, so that members can be"
            " sure they are genuine.",
            "Boatyards, guesthouses and tour operators who wish to reach our readers should contact our advertising"
            " team at ads@islandweeklyvi.com.",
            "Chain letters, cryptocurrency schemes and work-from-home offers will be deleted and the account blocked.",
            "Members may mention their own pamphlet, reading or open mic once a month in the notices thread.",
        ),
    ),
    (  # identity
        (
            "Real names",
            "Use your own name",
            "One account per person",
            "Identity",
            "Who can join?",
        ),
        (
            "We ask that you take part under your real first and last name.",
            "Impersonating another reader, a public figure or a member of our staff will lead to an immediate ban.",
            "Each person may hold one account; second accounts used to back up your own argument will all be closed.",
            "The group is open to people who live locally or have swum with us, and we may ask a question or two"
            " before approving a request to join.",
            "Pen names are welcome in the circle, but please keep to the same one so that others know whose work they"
            " are reading.",
        ),
    ),
    (  # the law
        (
            "Legal responsibility",
            "Libel and the law",
            "Stay within the law",
            "Court cases",
            "Am I responsible for what I write?",
        ),
        (
            "You are legally responsible for what you post, and you could be sued over a defamatory {c} even after we"
            " have removed it.",
            "Do not accuse a named person of a crime unless they have been convicted of it.",
            "Once someone has been arrested or charged, say nothing that could prejudice a trial; comments are closed"
            " on most court reports for that reason.",
            "Allegations about public officials must rest on facts that can be checked, or they will be taken down.",
            "Nothing you post may break the law, whether in the United States, Peru or Ecuador.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your own work only",
            "Sharing other people's work",
            "Photographs and data",
            "Can I post a poem I love?",
        ),
        (
            "Post only words and pictures you own or have permission to use, and credit the source.",
            "Short quotations are fine; copying whole articles from this or any other paper is not.",
            "Please share no more than a few lines of a published poem, with the poet's name and the book it comes"
            " from.",
            "By submitting an observation you agree that it may be published under a Creative Commons Attribution"
            " licence, with your name as the recorder.",
            "Photographs you send us may be used in print and online, and will always be credited to you.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Flagging",
            "Reporting abuse",
            "Seen something that breaks these rules?",
            "How do I report a {c}?",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Please don't answer a troll; report them and move on.",
            "You can also reach the moderators privately at moderators@broadsandcoastnews.co.uk.",
            "Reports are anonymous, and the person you report will not be told who flagged them.",
            "If someone is in immediate danger, call the emergency services first and report the post afterwards.",
        ),
    ),
    (  # discretion
        (
            "Our right to remove",
            "Editor's discretion",
            "The final say",
            "Moderators' decisions",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without notice or explanation.",
            "Moderators' decisions are final, and we do not discuss individual removals in public.",
            "The committee may change these rules at any time, and the current version is always pinned at the top of"
            " the group.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The admins are volunteers doing their best; please accept their decisions with good grace.",
        ),
    ),
    (  # errors and tips
        (
            "Corrections",
            "Errors in our stories",
            "News tips",
            "Spotted a mistake?",
            "Got a story for us?",
        ),
        (
            "If you think we have got something wrong, e-mail the news desk at news@sanjuanweeklystar.com rather than"
            " leaving a {c}, so that it can be put right quickly.",
            "Corrections are printed on page two and noted at the foot of the story online.",
            "Story ideas, photographs and news tips are welcome by e-mail or by WhatsApp to our newsroom.",
            "Results posted here are not official until the league has confirmed the score sheets.",
            "Correct your own sightings through the survey app rather than on the forum, so that the records stay"
            " clean.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing and capitals",
            "English or Spanish?",
            "Which languages may I use?",
        ),
        (
            "{Cs} may be written in English or Spanish; our moderators read both.",
            "Please write in English so that every member can follow, and add a translation if you quote Spanish or"
            " Quechua.",
            "Profanity, obscene language and writing in capital letters, which reads as shouting, will be removed.",
            "Write plainly: {cs} in text speak or without punctuation are hard to read and may not be approved.",
            "Strong language may have its place in a poem, but not in the feedback on one.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Suspension",
            "Consequences",
            "What happens if I break the rules?",
        ),
        (
            "A first breach earns a warning, a second a suspension of a week, and a third a permanent ban.",
            "Serious abuse, threats or hate speech will lead to a ban without warning.",
            "Anyone who rejoins under a new name to get around a ban will be removed again.",
            "Members removed from the group may appeal once, in writing, to the committee.",
            "Repeat offenders will have their accounts closed and all their {cs} deleted.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Swim safely",
            "Health and safety",
            "Out in the field",
            "Is advice given here reliable?",
        ),
        (
            "Nothing posted here is professional advice; check tides, currents and water quality for yourself, and"
            " never swim alone.",
            "Cold water shock can catch out the fittest swimmer, so acclimatise slowly and stay out of the river after"
            " heavy rain, when the sewage overflows may be running.",
            "Keep well back from bison, and watch where you step; rattlesnakes are common in the Badlands from spring"
            " to autumn.",
            "Do not act on medical advice from other members; speak to a doctor, a pharmacist or a helpline.",
            "During a hurricane watch or warning, follow the instructions of the authorities, not rumours in this"
            " thread.",
        ),
    ),
)

#: Opening lines a site prints before the items.
INTROS_97 = (
    "Thank you for joining the conversation. Please read these guidelines before you take part.",
    "We want this to be a friendly, useful space for everyone who lives on and loves the islands.",
    "These rules apply to every {c} on our website and on our social media pages.",
    "Our group runs on goodwill, and a few simple rules keep it that way.",
    "Before you share a poem or respond to someone else's, please take a minute to read the following.",
    "By posting on this site you agree to the terms below.",
)

#: Closing lines a site prints after the items.
CLOSINGS_97 = (
    "Thank you for helping us keep this a welcoming place.",
    "Questions about these rules can be sent to community@broadsandcoastnews.co.uk.",
    "Happy swimming, and stay safe out there.",
    "These guidelines were last updated in March and may change without notice.",
    "Enjoy the discussion, and thank you for reading.",
    "See you on court!",
    "Thank you for every record you send in; each one helps the survey.",
)

#: Title lines a site prints above the items.
TITLES_97 = (
    "Community guidelines",
    "Comment policy",
    "Posting rules",
    "Group rules",
    "House rules",
    "{C} guidelines",
    "Rules of the forum",
    "Guidelines for readers' {cs}",
    "Our code of conduct",
    "Before you post",
)

#: British spellings in the tables, and how an American site prints them.
AMERICAN_97: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "licence": "license",
    "acclimatise": "acclimatize",
    "rumours": "rumors",
    "behaviour": "behavior",
    "offence": "offense",
    "organise": "organize",
    "apologise": "apologize",
    "colour": "color",
    "favour": "favor",
    "e-mail": "email",
    "autumn": "fall",
}

_NOUNS_97: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_LITTLE_97 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"))
_NUMBERS_97 = ("{n}.", "{n})", "{n} -", "Rule {n}.", "#{n}", "{n}/", "Rule {w}:", "[{n}]")
_LETTERS_97 = ("{A}.", "({a})", "{a})", "{A} -")
_BULLETS_97 = ("\u2022", "-", "*", "\u25e6", "\u25ba", "\u2713", "\u2192", "\u25cb")
_JOINTS_97 = (": ", " \u2014 ", " \u2013 ", ". ", " - ")
_ENDS_97 = ("", ":", ".")
_WORDS_97 = (
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
)


def _title_97(text: str) -> str:
    """``text`` in title case: every word capitalised but the little ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _LITTLE_97 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _in_words_97(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word for what readers send, less any that say "comment" on a site that never does."""
    out = [text.format(**words) for text in texts]
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_97(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.12 more, which say it as well) "post", "message", "reply", "contribution" or "response".
    Two to four kinds (0.18) or five to twelve, in the table's order (0.65) or as drawn; for each, one heading (a
    question where the kind has one, on a quarter of the sites) and one sentence (0.5), two (0.35) or three, in the
    table's order. Headings in sentence case (0.4), title case (0.35) or capitals; none at all on 0.15 of the sites and
    none for an item now and then (0.08); on a part of their own (0.45), bare or before a colon or a full stop, or run
    in before a colon, an em or en dash, a full stop or a hyphen; one way for the whole policy or (0.15) each item its
    own. On a site that asks questions, a twelfth print them as "Q:" and the first sentence as "A:". Items numbered
    ("1." "1)" "1 -" "Rule 1." "#1" "1/" "Rule One:" "[1]"), lettered, bulleted or neither, the marker before whatever
    the item prints first. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_97)[1:]) if draw < 0.37 else "comment"
    words = {"c": noun, "cs": _NOUNS_97[noun], "C": noun.capitalize(), "Cs": _NOUNS_97[noun].capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.18 else rng.randint(5, 12)
    picked = rng.sample(range(len(REWORDINGS_97)), count)
    if rng.random() < 0.65:
        picked.sort()
    headless = rng.random() < 0.15
    asks = rng.random() < 0.25
    faq = asks and rng.random() < 1 / 12
    case = rng.choices(("sentence", "title", "capitals"), (0.4, 0.35, 0.25))[0]
    set_case = {"sentence": str, "title": _title_97, "capitals": str.upper}[case]
    site_way = ("own" if rng.random() < 0.45 else "run-in", rng.choice(_ENDS_97), rng.choice(_JOINTS_97))
    each_own = rng.random() < 0.15
    style = rng.choices(("none", "numbered", "lettered", "bulleted"), (0.3, 0.33, 0.07, 0.3))[0]
    shapes = {"none": ("",), "numbered": _NUMBERS_97, "lettered": _LETTERS_97, "bulleted": _BULLETS_97}[style]
    shape = rng.choice(shapes)

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_97(texts, words, no_comment) for texts in REWORDINGS_97[kind])
        if not headings or not sentences:
            continue
        questions = [heading for heading in headings if heading.endswith("?")]
        statements = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(questions if asks and questions else statements)
        asked = heading.endswith("?")
        if headless or rng.random() < 0.08:
            heading = ""
        elif not (faq and asked):
            heading = set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        n = len(items)
        marker = shape.format(n=n + 1, w=_WORDS_97[n], a="abcdefghijklmno"[n], A="ABCDEFGHIJKLMNO"[n])
        marker = marker + " " if marker else ""
        where, end, joint = site_way
        if each_own:
            where = "own" if rng.random() < 0.45 else "run-in"
            end, joint = rng.choice(_ENDS_97), rng.choice(_JOINTS_97)
        if heading and faq and asked:
            items.append((marker + "Q: " + heading, "A: " + chosen[0], *chosen[1:]))
        elif heading and where == "own":
            items.append((marker + heading + ("" if asked else end), *chosen))
        else:
            if heading:
                chosen[0] = (heading if asked else heading + joint.rstrip()) + " " + chosen[0]
            items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_97(texts, words, no_comment) for texts in (INTROS_97, CLOSINGS_97, TITLES_97))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_97)
