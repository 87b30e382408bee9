"""``reworded-76``: posting rules as Kootenay and Okanagan weeklies, New Brunswick Acadian pages in English, northern
Manitoba papers, Basque and Catalan diaspora sites in English, sailing clubs, church bell-ringers' guilds, volunteer
ambulance services, men's sheds and bird-ringing groups word and print them under a story or at the top of a board.
Written from how such sites put their rules, not from the cleaner."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Held out: the kinds of item such a site prints, in the order a site most often gives them: each (heading
#: choices, sentence choices). Headings are written in sentence case; the printing draws other cases.
REWORDINGS_76: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect your neighbours",
            "Play the ball, not the sailor",
            "Would you say it at the Legion?",
            "Shoulder to shoulder",
            "Mind your manners",
        ),
        (
            "Disagree with the idea all you like, but leave the person who holds it alone; personal attacks, "
            "name-calling and taunts will be removed.",
            "We are a small community and most of us will meet at the post office, the rink or the co-op sooner or "
            "later, so write as you would speak to a neighbour across the counter.",
            "No bullying.",
            "Treat fellow members the way you would on the slipway: with patience, good humour and a hand when "
            "someone needs one, even when you are sure their knot is wrong.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Racism and discrimination",
            "Respect for all peoples",
            "What counts as hate?",
        ),
        (
            "Posts that demean anyone for their race, religion, language, origin, sex, sexual orientation or "
            "disability are not welcome here and will be removed.",
            "Slurs against First Nations, M\u00e9tis and Inuit people, against Acadians or English speakers, or "
            "against newcomers to the North have no place on this page, however they are dressed up as a joke.",
            "We will not carry abuse of Basques, Spaniards, Catalans, French people or anyone else because of where "
            "they or their grandparents were born.",
            "Comments that stir up hatred against any group are deleted and the account that wrote them is reviewed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Patient confidentiality",
            "Keep nest sites quiet",
            "Personal details",
        ),
        (
            "Do not post anyone's address, phone number, licence plate or place of work, and that includes your own.",
            "Never identify a patient, the address of a call or the crew who attended; what happens on a call stays "
            "with the service, and members who break this trust may be stood down.",
            "Please do not give the exact location of nests, roosts or ringing sites for sensitive species: a grid "
            "square to the nearest ten kilometres is plenty.",
            "Photos of juniors from the youth sailing programme may only go up with a parent's written consent, "
            "which the club keeps on file.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Patience, please",
            "Posts are checked first",
        ),
        (
            "Every post is read by a person before it goes up, and since our moderators are volunteers that can take "
            "a day or two, longer over a long weekend or in the middle of fire season.",
            "Comments are moderated before publication.",
            "New members' first three posts are held for approval.",
            "The office is closed on weekends and statutory holidays, so anything sent on a Friday afternoon waits "
            "until Monday.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right thread?",
        ),
        (
            "Keep your reply to the story or the thread it sits under.",
            "This board is for our clubs, festivals, language classes, dance groups and family history; it is not the "
            "place to argue about independence, the constitution or the troubles of the past, and threads that drift "
            "that way will be locked.",
            "Questions about the rota, practice night and striking belong in the members' area, not under news items.",
            "Off-topic comments may be moved or removed.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Selling something?",
            "Commercial posts",
        ),
        (
            "Don't use the boards to sell things: boats, trailers, moorings and gear go on the classifieds page at "
            "www.westarmsailing.ca/swap.",
            "Links to businesses, fundraisers, petitions or your own website will be removed unless a moderator has "
            "agreed to them first.",
            "Spam is deleted and its sender banned without warning.",
            "The Shed does not recommend tradespeople, so by all means say who fixed your roof, but a post that reads "
            "like an advertisement will come down.",
        ),
    ),
    (  # names
        (
            "Use your real name",
            "Who are you?",
            "Names",
            "One account each",
        ),
        (
            "Post under your own first and last name, as you would sign a letter to the editor.",
            "We ask for real names because in towns this size a false one is used more often to wound than to inform.",
            "Pretending to be someone else, whether a neighbour, a band councillor, a club officer or this newspaper, "
            "will get your account closed.",
            "One account per member, please; shared family logins make it impossible to know who said what.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and court cases",
            "Legal matters",
            "Publication bans",
        ),
        (
            "You are legally responsible for what you write, and so can we be, so do not accuse anyone of a crime, of "
            "dishonesty or of anything else you could not prove in court.",
            "Where a court has ordered a publication ban, or a young person is charged under the Youth Criminal "
            "Justice Act, do not name the people involved or hint at who they are.",
            "Please don't guess at the cause of a crash, a drowning or a death before the RCMP or the coroner has "
            "spoken.",
            "We remove anything that may be defamatory as soon as we know of it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Whose picture is it?",
            "Your contributions",
        ),
        (
            "Post only photographs, recordings and writing you made yourself or have permission to share, and credit "
            "the person who made them.",
            "Quote a few lines of another paper's story and link to the rest; pasting in a whole article breaks the law "
            "and our rules.",
            "Compositions and peal records belong to their composers and conductors: ask before you reproduce one, "
            "and say where it was first rung.",
            "By posting you give the Guild leave to reprint your words and pictures in the newsletter and the annual "
            "report.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Seen something wrong?",
            "Flagging a post",
            "Reporting abuse",
        ),
        (
            "If you see a post that breaks these rules, use the Report link beneath it rather than replying, and a "
            "moderator will look at it.",
            "Email moderators@okanaganridgepost.ca with a link to the post and a line about what is wrong with it.",
            "Please don't feed an argument; report it and move on.",
            "Reports are confidential and every one is read, though we cannot always answer.",
        ),
    ),
    (  # discretion
        (
            "Our discretion",
            "Final say",
            "The editor decides",
            "Removing posts",
        ),
        (
            "We reserve the right to edit, refuse or remove any post and to close any thread, at any time and without "
            "giving a reason.",
            "The committee's decision is final; if you feel hard done by, write to the secretary rather than arguing "
            "it out in public.",
            "Publishing a reader's comment does not mean the paper agrees with it.",
            "Moderators are members like you giving their time for nothing, so be kind to them too.",
        ),
    ),
    (  # errors and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors and news tips",
            "Tell the newsroom",
        ),
        (
            "If we have got something wrong in a story, tell the newsroom at news@northstarbulletin.ca rather than "
            "posting it here, and we will correct it.",
            "Corrections are made on the story itself and noted at the foot with the date.",
            "Got a news tip or a photo from the fire line? Send it to tips@slocanledger.ca with a phone number where "
            "we can reach you.",
            "A misspelt name, a wrong date or a ring number out by a digit? Tell the recorder and the record will be "
            "put right.",
        ),
    ),
    (  # language
        (
            "Language",
            "Which language?",
            "English, French or both",
            "Bad language",
        ),
        (
            "Write in English or French; other languages are welcome alongside a translation so that everyone can "
            "follow.",
            "A word or a greeting in Euskara or Catalan is part of who we are, but please put the English next to it "
            "so newer members are not left out.",
            "No swearing, and that includes asterisks and clever spellings.",
            "Please avoid writing in capitals, which reads as shouting.",
        ),
    ),
    (  # suspension
        (
            "Suspensions",
            "Three strikes",
            "Breaking the rules",
            "Closing an account",
        ),
        (
            "Members who keep breaking these rules will be warned, then suspended, then removed.",
            "Abusive behaviour towards a moderator means an immediate ban.",
            "We may suspend or close an account at any time, and anyone removed may not come back under another name.",
            "To close your own account write to webmaster@hauteacadie.ca; your old posts stay up unless you ask for "
            "them to be taken down.",
        ),
    ),
    (  # emergencies and advice
        (
            "Not for emergencies",
            "In an emergency",
            "Advice",
            "Found a ringed bird?",
        ),
        (
            "This page is not watched around the clock; if someone is hurt or in danger, call 911.",
            "Nothing posted here is medical advice, even when it comes from one of our paramedics, and it is no "
            "substitute for seeing your own doctor.",
            "For a boat in difficulty call the Coast Guard on VHF channel 16, because a post on the forum will not "
            "bring help.",
            "Please send the ring number, the place and the date to the banding office rather than posting them "
            "here, so that the recovery reaches the ringer.",
        ),
    ),
)

#: Opening lines such sites print above the rules.
INTROS_76: tuple[str, ...] = (
    "Before you post, please take a minute to read the following.",
    "We want this to be a place where neighbours can talk things over, and to keep it that way we ask everyone to "
    "follow a few rules.",
    "By posting on this site you agree to these guidelines.",
    "These rules apply to every comment left on our stories.",
    "The forum is run by volunteers for members and friends of the club.",
    "Ongi etorri, benvinguts and welcome: a few house rules first.",
)

#: Closing lines printed after the last rule.
CLOSINGS_76: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Write to the editor at editor@kootenayweekly.ca.",
    "Fair winds, and see you on the water.",
    "Last updated in March by the Guild's webmaster.",
    "Merci, and thanks for reading the paper.",
    "Thanks for reading, and for keeping the comments constructive.",
)

#: Title lines printed above the rules.
TITLES_76: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community standards",
    "Guidelines for contributors",
    "Shed rules",
    "Before you comment",
    "Message board etiquette",
)

#: British spellings this family's sites use, and what an American-spelled copy prints.
AMERICAN_76: dict[str, str] = {
    "neighbour": "neighbor",
    "humour": "humor",
    "licence": "license",
    "kilometres": "kilometers",
    "programme": "program",
    "councillor": "councilor",
    "misspelt": "misspelled",
    "behaviour": "behavior",
}

_SMALL = {"a", "an", "and", "at", "by", "for", "in", "it", "of", "on", "or", "the", "to"}
_NUMBERS = ("{}.", "{})", "({})", "Rule {}:", "{} -", "No. {}")
_BULLETS = ("\u2022", "-", "*", "\u2013", "\u00b7")
_AFTER = ("", ".", ":", " -", " \u2013", " \u2014")


def _as_written(heading: str) -> str:
    return heading


def _title_case(heading: str) -> str:
    """Every word with a capital but the small ones after the first."""
    first, *rest = heading.split(" ")
    return " ".join([first[:1].upper() + first[1:], *(w if w in _SMALL else w[:1].upper() + w[1:] for w in rest)])


#: How a site cases its headings: as the table writes them (sentence case), title case, capitals.
_CASES: tuple[Callable[[str], str], ...] = (_as_written, _title_case, str.upper)


def _mark(draw: float, place: int, number: str, bullet: str) -> str:
    """The mark before the item in ``place``: numbered (``draw`` under 0.3), lettered (to 0.36), bulleted (to 0.56)
    or none."""
    marks = ((0.3, number.format(place)), (0.36, f"{'abcdefghijklmnop'[place - 1]})"), (0.56, bullet))
    return next((mark for below, mark in marks if draw < below), "")


def _items_76(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's rules. A quarter of the sites never say "comment" (their headings, sentences and furniture drawn
    from the rest). Two or three kinds a fifth of the time, else four to twelve, in the table's order or shuffled;
    one sentence an item, two a third of the time, three now and then. Headings: none for a fifth of the policies,
    else in the table's sentence case, title case or capitals, bare or followed by a full stop, a colon, a hyphen or
    a dash (one way for the whole policy, or each item its own a quarter of the time), now and then an item without
    one; numbered, lettered, bulleted or neither. Then opening, closing and title lines by :func:`_furnish`."""
    plain = rng.random() < 0.25

    def allowed(texts: tuple[str, ...]) -> list[str]:
        return [text for text in texts if not (plain and _says_comment(text))]

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_76)), count)
    if rng.random() < 0.5:
        kinds.sort()
    headed = rng.random() >= 0.2
    each_own = rng.random() < 0.25
    case, after = rng.choice(_CASES), rng.choice(_AFTER)
    marks = rng.random()
    number = rng.choice(_NUMBERS)
    bullet = rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_76[kind]
        if each_own:
            case, after = rng.choice(_CASES), rng.choice(_AFTER)
        heading = ""
        if headed and rng.random() >= 0.08:
            heading = case(rng.choice(allowed(headings)))
            if not heading.endswith("?"):
                heading += after
        shares = rng.random()
        pool = allowed(sentences)
        said = rng.sample(pool, min(len(pool), 1 if shares < 0.62 else 2 if shares < 0.94 else 3))
        parts = [heading, *said]
        mark = _mark(marks, place, number, bullet)
        if mark:  # before the heading, or before the first sentence of an item without one
            first = 0 if heading else 1
            parts[first] = f"{mark} {parts[first]}"
        items.append(tuple(parts))
    intros, closings, titles = (allowed(texts) for texts in (INTROS_76, CLOSINGS_76, TITLES_76))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_76)
