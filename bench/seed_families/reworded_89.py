"""The ``reworded-89`` family: posting rules as Singaporean, Malaysian and Hong Kong English-language news sites and
forums, Welsh valleys and Pembrokeshire papers, Nunavut and Oklahoma Panhandle community sites, esports clubs, parkrun
volunteer groups, crossword clubs, hackerspaces, knitting circles and neighbourhood-watch schemes word and print them.
Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other
families' sentences.

Each kind in :data:`REWORDINGS_89` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "submission". A line that begins with a
kind of site and a bar (``"cy|"``) is printed only by that kind of site: a Welsh paper, say, or a crossword club."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: The kinds of site this family is written as, the tag a line printed only by one of them begins with.
SITES_89 = ("sg", "my", "hk", "cy", "nu", "ok", "esports", "parkrun", "crossword", "hackerspace", "knitting", "watch")

REWORDINGS_89: list[tuple[list[str], list[str]]] = [
    (
        [
            "Be civil",
            "Treat others with respect",
            "Keep it friendly",
            "No personal attacks",
            "Can I criticise other members?",
            "What counts as a personal attack?",
        ],
        [
            "Attack the argument, not the person who made it.",
            "Name-calling, taunting and sneering at other readers will see your {c} removed.",
            "Disagree as strongly as you like, but do it without insults.",
            "Robust debate is welcome; abuse of other members, of our staff or of the people we write about is not.",
            "Treat everyone here as you would a neighbour you meet in the queue at the shop.",
            "esports|Trash talk stays in the match; flaming teammates, opponents or casters in the channels is not"
            " tolerated.",
            "esports|Tilted after a loss? Step away from the keyboard for ten minutes before you type anything.",
            "crossword|Some members finish the puzzle over breakfast and others take all week, and both are welcome"
            " here.",
            "knitting|Everyone started out dropping stitches, so please be kind to beginners asking simple questions.",
            "parkrun|Our volunteers give up their Saturday mornings for nothing; please be kind in how you talk about"
            " them.",
            "hackerspace|Be excellent to each other, in the space and online.",
            "watch|Treat other residents with courtesy, even when you disagree about what should be done.",
        ],
    ),
    (
        [
            "Race and religion",
            "No hate speech",
            "Sensitive topics",
            "Discrimination",
            "Why can't I talk about race or religion?",
        ],
        [
            "We will remove any {c} that attacks people because of their race, religion, nationality, gender,"
            " sexuality or disability.",
            "Stereotypes and slurs are not acceptable, even when they are meant as a joke.",
            "Faith and ethnicity may be discussed, but remarks likely to stir up ill will between groups may not.",
            "{Cs} that dehumanise any group of people will be deleted and the account reviewed.",
            "sg|Remarks that could hurt racial or religious harmony have no place here, and we may be required by"
            " law to take them down.",
            "my|Please avoid {cs} that touch on the 3R issues of race, religion and royalty in a provocative way.",
            "hk|Do not attack people for where they come from, whether Hong Kong, the mainland or anywhere else.",
            "nu|Racist {cs} about Inuit, First Nations or any other people will be removed without warning.",
            "cy|Anti-Welsh or anti-English jibes are no more acceptable than any other kind of prejudice.",
            "ok|Slurs against Hispanic, Native American or any other neighbors in the county will be deleted.",
        ],
    ),
    (
        [
            "Privacy",
            "Personal information",
            "No doxxing",
            "Respect people's privacy",
            "Can I share someone's details?",
        ],
        [
            "Do not post anyone's home address, telephone number, e-mail address or workplace, including your own.",
            "Sharing private information about another person without their consent will get your account suspended.",
            "Photographs of private individuals should not be uploaded without their permission.",
            "Private messages and e-mails stay private unless the person who sent them agrees to their being"
            " published.",
            "hk|Disclosing the personal data of others without their consent may be a criminal offence under Hong"
            " Kong's privacy law.",
            "watch|Never post the names, faces or car registrations of people you suspect; pass what you know to the"
            " police instead.",
            "parkrun|Please do not share other runners' barcodes, finish times or photos of them without asking first.",
            "esports|Doxxing players, casters or staff is an instant and permanent ban.",
            "hackerspace|Ask before you photograph members or their projects in the space, and before you share"
            " the pictures.",
        ],
    ),
    (
        [
            "Moderation",
            "Pre-moderation",
            "Approval times",
            "Why hasn't my {c} appeared?",
            "When will my {c} go live?",
        ],
        [
            "Every {c} is read by a moderator before it appears, so there may be a delay.",
            "We moderate during office hours, and {cs} sent late at night or at weekends may wait until the next"
            " working day.",
            "Please do not send the same {c} again if it does not appear straight away; duplicates are deleted.",
            "{Cs} containing links are held for review and may take longer to appear.",
            "Our moderators are volunteers, so please be patient.",
            "nu|Our moderators work on Eastern time from Iqaluit, so {cs} sent from the Kitikmeot may appear later"
            " than you expect.",
            "ok|We're a small paper and {cs} are approved by hand, usually within one business day.",
            "cy|The newsroom is at its busiest on a Tuesday before the paper goes to press, and {cs} may wait until"
            " Wednesday.",
            "sg|{Cs} are moderated between 9am and 6pm Singapore time, Monday to Friday.",
            "hk|{Cs} submitted when Typhoon Signal No. 8 is hoisted or on public holidays may take longer to be"
            " approved.",
            "parkrun|The page is checked by the event team once the results have been processed on a Saturday.",
        ],
    ),
    (
        [
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Relevance",
            "Where should I post this?",
        ],
        [
            "Keep your {c} to the subject of the article or thread it appears under.",
            "Off-topic {cs} may be removed, or moved to the general discussion board.",
            "Please do not hijack a thread to carry on an argument from somewhere else.",
            "If you want to raise something new, start a new thread rather than tacking it onto an old one.",
            "hackerspace|Questions about tools go in #tools, and anything about the laser cutter goes in #laser.",
            "knitting|Pattern help, yarn chat and show-and-tell each have their own board, so please use the right"
            " one.",
            "watch|This group is for crime prevention and safety in our area; lost cats and parking disputes belong"
            " on the community page.",
            "esports|Keep game talk in the game channels and memes in #memes.",
        ],
    ),
    (
        [
            "Spoilers",
            "No spoilers",
            "Spoiler warnings",
            "Prize puzzles",
            "Can I give away the answers?",
        ],
        [
            "Please do not give away answers, results or endings without a clear spoiler warning at the top of your"
            " {c}.",
            "Put SPOILER in capitals on the first line so that others can scroll past.",
            "{Cs} that spoil something for others will be hidden until the embargo is over.",
            "If in doubt, assume somebody has not finished yet.",
            "crossword|Do not post answers to a prize crossword until the closing date for entries has passed.",
            "crossword|Hints are fine for the daily puzzles, but please explain the wordplay rather than giving the"
            " answer outright.",
            "esports|Results of tournament matches that have not yet been shown on our stream must be spoiler-tagged.",
        ],
    ),
    (
        [
            "No spam",
            "Advertising",
            "Selling and promotion",
            "Commercial posts",
            "Can I promote my business?",
        ],
        [
            "{Cs} that advertise products, services or websites will be deleted.",
            "Repeated links to the same site will be treated as spam and the account blocked.",
            "Chain letters, pyramid schemes and get-rich-quick offers are not allowed.",
            "If you have a business to promote, please contact our advertising department instead.",
            "Do not use your {c} to collect signatures, donations or votes for outside causes without asking the"
            " moderators first.",
            "esports|Selling accounts, boosting services or skins for real money is forbidden and will be reported to"
            " the publisher.",
            "knitting|Members may mention their own patterns or yarn shops once a month, in the destash and sales"
            " thread.",
            "hackerspace|Members may sell surplus parts in #for-sale, but donated equipment belongs to the space and"
            " may not be resold.",
            "my|Advertisements for money lending, gambling and investment schemes will be removed and reported.",
            "sg|Advertisements by unlicensed moneylenders will be reported to the police.",
        ],
    ),
    (
        [
            "One person, one account",
            "Your identity",
            "Impersonation",
            "Usernames",
            "Do I have to use my real name?",
        ],
        [
            "You may use a nickname, but you must not pretend to be someone else.",
            "Each person may hold one account; any others will be closed.",
            "Impersonating staff, public figures or other members is grounds for an immediate ban.",
            "Usernames that are offensive or that advertise a business will be changed or removed.",
            "We ask for a valid e-mail address when you register, and it is never shown to other readers.",
            "ok|We ask that you sign {cs} with your real name and town, as you would a letter to the editor.",
            "cy|Letters in the printed paper must carry a name and address, and {cs} chosen for print are held to"
            " the same rule.",
            "parkrun|Please join the group under the name you registered with, so the event team knows who you are.",
            "esports|Your server nickname must match your in-game name during league weeks.",
        ],
    ),
    (
        [
            "The law",
            "Legal matters",
            "Defamation",
            "Rumours and false information",
            "Am I responsible for what I write?",
        ],
        [
            "You are legally responsible for what you write, and we may be required to pass your details to the"
            " authorities.",
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "Remarks about cases before the courts can amount to contempt, so we close comments on such stories.",
            "Defamatory remarks will be removed, even when they are phrased as a question or passed on as a rumour.",
            "Do not post claims you cannot back up; link to a reliable source instead.",
            "sg|We are obliged to act on directions issued under Singapore law, including notices to correct false"
            " statements.",
            "my|Statements that break the Communications and Multimedia Act or the Sedition Act will be removed and"
            " may be reported.",
            "my|Please check rumours with official sources such as sebenarnya.my before you repeat them.",
            "hk|{Cs} that may breach the laws of Hong Kong, including the national security law, will not be"
            " published.",
            "cy|Naming the victim of a sexual offence is a crime, whoever does it, and we will report any {c} that"
            " does so.",
            "ok|We will cooperate with the Texas County Sheriff's Office and other agencies when served with a lawful"
            " request.",
            "nu|Publication bans ordered by the Nunavut Court of Justice apply to {cs} as much as to our reporting.",
        ],
    ),
    (
        [
            "Copyright",
            "Other people's work",
            "Copying and pasting",
            "Photographs",
            "Can I paste in an article?",
        ],
        [
            "Do not paste whole articles from other publications; a short quotation and a link will do.",
            "Only upload photographs you took yourself or have permission to use.",
            "By submitting a {c} you grant us a licence to publish it on the website and in print.",
            "Credit the source whenever you quote someone else's words.",
            "knitting|Patterns are their designers' copyright; share a link to buy them, never a scan or a photocopy.",
            "crossword|The grids and clues belong to their setters and publishers, so do not reproduce a whole puzzle.",
            "esports|Clips from tournament broadcasts may be shared with credit to the organiser's channel.",
            "hackerspace|Code and designs you share here are under whatever licence you choose, so please say which.",
        ],
    ),
    (
        [
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "How do I report a {c}?",
            "Seen something wrong?",
        ],
        [
            "Use the Report link under any {c} you think breaks these rules.",
            "Please do not reply to abusive {cs}; report them and let us deal with it.",
            "Reports are anonymous, and we look at every one, though we cannot always reply.",
            "Flagging a {c} simply because you disagree with it is a misuse of the system.",
            "cy|You can also write to the editor at our Haverfordwest office or e-mail"
            " newsdesk@pembrokeshirewire.co.uk.",
            "sg|Alternatively, e-mail feedback@straitsdaily.sg with a link to the {c}.",
            "hk|Readers may also report {cs} to moderation@harbourpost.hk; please include the link.",
            "esports|Ping @Mods in #report or open a ticket with the bot.",
            "watch|If a post in this group worries you, message the scheme coordinator privately.",
        ],
    ),
    (
        [
            "Moderators' discretion",
            "Our decision is final",
            "Removal of {cs}",
            "The right to remove",
            "Why was my {c} deleted?",
        ],
        [
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "Moderators' decisions are final, and arguing about them in public threads will not help.",
            "Publishing a {c} does not mean that we agree with it.",
            "If you think a decision was wrong, write to us politely and we will take another look.",
            "We may close comments on any story at any time.",
            "hackerspace|Moderation is done by the directors, who are elected by the members at the AGM.",
            "knitting|The circle's organisers look after this group and may remove anything they think unkind or"
            " unhelpful.",
            "parkrun|The event team manages this page for the volunteers and may remove posts without notice.",
        ],
    ),
    (
        [
            "Corrections",
            "News tips",
            "Errors in our stories",
            "Spotted a mistake?",
            "Got a story?",
        ],
        [
            "If you think we have got something wrong, please tell the newsroom directly rather than leaving a {c}.",
            "{Cs} pointing out errors are welcome, but they may be removed once the story has been corrected.",
            "Story ideas and tips are best sent by e-mail, where they will reach a reporter sooner.",
            "We correct significant errors promptly and say so at the foot of the article.",
            "nu|Send corrections and news tips to news@qikiqtaaluknews.ca, or call our office in Iqaluit.",
            "ok|Call the office or drop a note at the front desk if you have a correction or a story idea.",
            "my|Tips and corrections can be sent to editor@semenanjungtoday.my.",
            "parkrun|If your result is missing or wrong, e-mail the event team rather than posting here, and we will"
            " put it right.",
            "crossword|If you think a clue is wrong, write to the crossword editor; the published answer stands until"
            " then.",
        ],
    ),
    (
        [
            "Language",
            "Swearing",
            "Shouting",
            "Which languages may I use?",
            "Can I swear if I use asterisks?",
        ],
        [
            "Please write in English so that the moderators can read your {c}.",
            "Swearing will see your {c} held back, even with letters replaced by asterisks.",
            "Do not type in capital letters; it reads as shouting.",
            "Text speak and long strings of emoji make {cs} hard to read.",
            "Keep {cs} short and to the point.",
            "{C} length is limited to 1,500 characters, and longer ones are cut.",
            "cy|{Cs} in Welsh are very welcome, and our bilingual moderators will read them.",
            "cy|Mae croeso i chi ysgrifennu yn Gymraeg.",
            "nu|{Cs} in Inuktitut and Inuinnaqtun are accepted, though they may take longer to moderate.",
            "my|{Cs} in Bahasa Malaysia, English, Chinese and Tamil are accepted, but please keep to one language"
            " in each {c}.",
            "sg|Singlish is fine, but vulgarities in any language are not.",
            "hk|We accept {cs} in English and Chinese, including written Cantonese.",
        ],
    ),
    (
        [
            "Warnings and bans",
            "Strikes",
            "Suspension",
            "Consequences",
            "What happens if I break the rules?",
        ],
        [
            "Breaking these rules will earn you a warning, and repeated breaches will see your account suspended.",
            "Serious breaches may lead to a permanent ban without a warning first.",
            "Opening a new account to get round a ban will lead to all your accounts being closed.",
            "Bans may be reviewed on request after three months.",
            "We keep a record of warnings, and they lapse after a year of good behaviour.",
            "esports|Three strikes and you are removed from the server and from the club's teams.",
            "hackerspace|Serious breaches of the code of conduct may also affect your membership of the space.",
            "parkrun|Anyone who is abusive to volunteers, online or on the course, may be removed from the group.",
        ],
    ),
    (
        [
            "Emergencies",
            "Safety first",
            "Not an emergency service",
            "If a crime is happening",
            "What if someone is in danger?",
        ],
        [
            "This page is not watched around the clock, so never use it to report an emergency.",
            "If someone is in immediate danger, call the emergency services first and post afterwards, if at all.",
            "If you are worried about someone's safety after reading a {c}, let us know at once.",
            "Do not use the group to organise confrontations with suspects; leave that to the police.",
            "watch|Call 999 if a crime is in progress, or 101 to report something that has already happened.",
            "ok|Dial 911 in an emergency, and follow the county emergency management page for grass fire and road"
            " warnings.",
            "nu|In an emergency call your local RCMP detachment or health centre; this page is not watched after"
            " hours.",
            "hk|In an emergency dial 999, and during typhoons follow the Observatory's warnings rather than rumours in"
            " the thread.",
            "sg|In an emergency dial 999 for the police or 995 for an ambulance.",
            "my|In an emergency dial 999.",
            "hackerspace|Any injury in the space must be reported to a director the same day, as well as being"
            " treated.",
            "parkrun|If you see a runner in difficulty on the course, tell a marshal or call 999 before you post"
            " about it.",
        ],
    ),
]

INTROS_89 = (
    "Please read these rules before you take part in the discussion.",
    "We want this to be a friendly place for everyone, so we ask all readers to follow a few simple rules.",
    "By taking part you agree to the following guidelines.",
    "These guidelines apply to all {cs} on our website and on our social media pages.",
    "cy|Croeso! Welcome to our community pages. A few house rules:",
    "esports|Welcome to the server! Read the rules below, then react with a tick to unlock the channels.",
    "parkrun|This group is run by volunteers for the runners, walkers and volunteers of our parkrun.",
    "hackerspace|Our code of conduct applies online just as it does in the space.",
    "knitting|Welcome to the circle! We're a friendly bunch and we'd like to keep it that way.",
    "watch|This group is for members of the neighbourhood watch scheme in our streets and the roads nearby.",
    "crossword|Welcome to the solvers' forum. Please read the following before joining in.",
    "nu|We welcome your {cs} on our stories from across Nunavut.",
    "ok|We welcome {cs} from readers across the Panhandle and beyond.",
    "hk|Readers are welcome to join the discussion under our stories, subject to the rules below.",
    "sg|We value your views. To keep the discussion constructive, please observe the following.",
    "my|Kindly observe the following guidelines when sending us your {cs}.",
)

CLOSINGS_89 = (
    "Thank you for helping us keep this a good place to talk.",
    "These rules may change from time to time, so please check back.",
    "Last reviewed by the editor in January.",
    "Questions about these rules? E-mail the editor.",
    "crossword|Happy solving!",
    "esports|GLHF, and see you in the lobby.",
    "knitting|Happy knitting!",
    "parkrun|See you on Saturday!",
    "cy|Diolch yn fawr. Thank you.",
    "nu|Qujannamiik for reading.",
    "watch|Stay safe, and look out for your neighbours.",
    "sg|Thank you for your cooperation.",
    "my|Thank you for your cooperation.",
    "hackerspace|Questions? Ask any director at open night on Tuesday.",
)

TITLES_89 = (
    "Comment policy",
    "Community guidelines",
    "House rules",
    "Posting rules",
    "Forum rules",
    "Rules for {cs}",
    "Guidelines for readers' {cs}",
    "cy|Canllawiau sylwadau / Comment guidelines",
    "cy|Rheolau'r fforwm / Forum rules",
    "hk|\u8a0e\u8ad6\u5340\u5b88\u5247 Forum rules",
    "my|Panduan komen / Comment guidelines",
    "esports|Server rules",
    "hackerspace|Code of conduct (online)",
    "watch|Group rules",
    "parkrun|Group rules",
    "knitting|Circle etiquette",
    "crossword|Solvers' forum rules",
)

_AMERICAN_BASE_89 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "criticis": "criticiz",
    "dehumanis": "dehumaniz",
    "organis": "organiz",
    "licence": "license",
    "offence": "offense",
    "rumour": "rumor",
    "colour": "color",
    "programme": "program",
    "e-mail": "email",
    "whilst": "while",
}

#: British to American spelling, each word also in capitals (a heading set in capitals keeps the site's spelling).
AMERICAN_89: dict[str, str] = {
    **_AMERICAN_BASE_89,
    **{british.upper(): american.upper() for british, american in _AMERICAN_BASE_89.items()},
}

_NOUNS_89: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "submission": "submissions",
}
_MINOR_89 = frozenset(("a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "with"))
_NUMBERS_89 = (
    "{n}.",
    "{n})",
    "({n})",
    "Rule {n}.",
    "Rule #{n}:",
    "#{n}",
    "{nn}.",
    "[{n}]",
    "{n}/",
    "Section {n} \u2013",
)
_LETTERS_89 = ("{a}.", "({a})", "{A})", "{A}.")
_ROMANS_89 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_BULLETS_89 = ("\u2022", "-", "*", "\u25ba", "\u2192", "\u25e6", "\u2714", "\u00b7", ">")
_AFTER_OWN_89 = ("", "", ".", ":")
_RUN_INTO_89 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", ":- ")
_FAQ_89 = (("Q: ", "A: "), ("Q. ", "A. "), ("Q - ", "A - "))


def _title_89(text: str) -> str:
    """``text`` in title case: each word and each part of a hyphenated word capitalised, short words after the
    first left small."""
    words = []
    for word in text.split(" "):
        if words and word in _MINOR_89:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


#: How a site sets its headings, from the sentence case they are written in.
_SETTINGS_89 = {"sentence": str, "title": _title_89, "capitals": str.upper}


def _for_site_89(texts: Sequence[str], site: str, words: dict[str, str], no_comment: bool) -> list[str]:
    """The lines of ``texts`` this kind of site prints, untagged, in its words; none that says "comment" on a site
    that never does."""
    out = []
    for text in texts:
        tag, bar, rest = text.partition("|")
        if bar and tag in SITES_89:
            if tag != site:
                continue
            text = rest
        text = text.format(**words)
        if not (no_comment and _says_comment(text)):
            out.append(text)
    return out


def _marker_89(style: str, shape: str, n: int) -> str:
    """The marker of the ``n``-th item (from 0) in the policy's style, with a space after it, or nothing."""
    if style == "none":
        return ""
    if style == "roman":
        return shape.format(r=_ROMANS_89[n]) + " "
    return shape.format(n=n + 1, nn=f"{n + 1:02d}", a="abcdefghijklmnopqrstuvwxyz"[n], A="ABCDEFGHIJKLMNOP"[n]) + " "


def _items_89(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. First the kind of site (one of :data:`SITES_89`, as drawn), whose own lines it may print
    among the untagged ones; then its word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and 0.1 more, which say it too) "post", "message", "reply", "contribution" or "submission".
    Two or three kinds 0.15 of the time, else five to twelve, in the table's order (0.55) or shuffled. Headings: on
    a part of their own (bare, or after a full stop or a colon), run in before the first sentence after a colon, a
    hyphen, an en or em dash, a full stop or a colon-dash, as questions and answers ("Q:" before the question and
    "A:" before the first sentence, 0.1), or none at all (0.15); one way a policy or (0.15) each item its own, and any
    item without one 0.08 of the time. Questions where the kind has one in a fifth of the other policies; headings
    set in sentence case, title case or capitals. One sentence (0.4), two (0.4) or three, in order. Items numbered
    (plain, "Rule", "#", two digits, bracketed, slashed or "Section"), lettered, in small Roman numerals, bulleted or
    neither, the marker before whatever the item prints first; a numbered policy with headings apart numbers its
    sentences under them ("3.1", "3.2") a third of the time. Then :func:`_furnish` with the site's opening, closing
    and title lines."""
    site = rng.choice(SITES_89)
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_89)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_89[noun], "C": noun.capitalize(), "Cs": _NOUNS_89[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(5, 12)
    picked = rng.sample(range(len(REWORDINGS_89)), count)
    if rng.random() < 0.55:
        picked.sort()
    way = rng.choices(("own", "run-in", "faq", "none"), (0.4, 0.35, 0.1, 0.15))[0]
    each_own = way in ("own", "run-in") and rng.random() < 0.15
    questions = way == "faq" or rng.random() < 0.2
    setting = _SETTINGS_89[rng.choices(tuple(_SETTINGS_89), (0.5, 0.3, 0.2))[0]]
    after_own, run_into, faq = rng.choice(_AFTER_OWN_89), rng.choice(_RUN_INTO_89), rng.choice(_FAQ_89)
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.3, 0.35, 0.07, 0.05, 0.23))[0]
    shape = {
        "none": "",
        "numbered": rng.choice(_NUMBERS_89),
        "lettered": rng.choice(_LETTERS_89),
        "roman": rng.choice(("{r}.", "({r})", "{r})")),
        "bulleted": rng.choice(_BULLETS_89),
    }[style]
    subnumbered = way != "none" and shape == "{n}." and rng.random() < 1 / 3
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_for_site_89(texts, site, words, no_comment) for texts in REWORDINGS_89[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        stated = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else stated)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        marker = _marker_89(style, shape, len(items))
        item_way = rng.choice(("own", "run-in")) if each_own else way
        if item_way == "faq" and not heading.endswith("?"):
            item_way = "own"
        if item_way == "none" or rng.random() < 0.08:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        if item_way == "faq":
            items.append((marker + faq[0] + heading, faq[1] + chosen[0], *chosen[1:]))
            continue
        heading = setting(heading)
        asks = heading.endswith("?")
        if item_way == "own":
            if subnumbered:
                n = len(items) + 1
                chosen = [f"{n}.{k} {sentence}" for k, sentence in enumerate(chosen, 1)]
            items.append((marker + heading + ("" if asks else after_own), *chosen))
            continue
        joint = " " if asks else (rng.choice(_RUN_INTO_89) if each_own else run_into)
        items.append(("", marker + heading + joint + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _for_site_89(texts, site, words, no_comment) for texts in (INTROS_89, CLOSINGS_89, TITLES_89)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_89)
