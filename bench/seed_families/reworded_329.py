"""The ``reworded-329`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Stronsay news, Teifi valley papers, Delmarva weeklies, parkour and unicycling groups, fuchsia and sweet
pea societies, kinship carers' forums, community first responder schemes, meeting house trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The policy's item kinds, in the order a site of this family most often prints them. Each kind is
# (headings, sentences): the headings a site may give the item (some of them questions, a few bilingual as the Teifi
# valley papers print them) and the sentences it may say under it. Placeholders: {c}/{cs} what readers send
# (singular/plural), {C}/{Cs} the same capitalised, {mods} who looks after the site, {Mods} the same capitalised.
REWORDINGS_329: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect",
            "Treat others as you would want to be treated",
            "Play the ball, not the person",
            "Can I disagree with someone?",
            "Parch / Respect",
        ),
        (
            "Disagree as much as you like, but do it politely and keep it about the issue, not the person.",
            "Personal attacks, name-calling and sneering at other members will not be published.",
            "Most of us will meet again at the shop, on the pier or at the show bench, so please write as you would"
            " speak to someone face to face.",
            "{Cs} that bully, belittle or goad other readers will be removed, however well argued the rest of them"
            " may be.",
            "Robust debate is welcome; abusive behaviour is not.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "No discrimination",
            "Racism, sexism and other prejudice",
            "What counts as hateful?",
            "Equality",
            "Everyone is welcome here",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, nationality, disability, sex,"
            " sexual orientation or gender identity.",
            "That includes jokes, 'banter' and coded language whose meaning everyone knows.",
            "Remarks about 'come-heres', incomers or holiday-home owners as a group will be treated in the same way.",
            "Material that stirs up hatred can be a criminal offence, and we will pass it to the police where we"
            " think we must.",
            "The meeting house is open to all, and so is this noticeboard; anything that makes a person unwelcome"
            " because of who they are has no place on it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I mention someone by name?",
            "Other people's details",
            "Addresses and phone numbers",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please don't name children, their schools or their social workers, even in passing.",
            "If you attended a call as a responder, say nothing that could identify the patient, the address or what"
            " happened to them.",
            "Private messages stay private: don't copy one into a public {c} without the sender's agreement.",
            "We handle your details in line with the UK GDPR and the Data Protection Act 2018, and we never show"
            " your email address to other readers.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young members safe",
            "What if I'm worried about a child?",
            "Under-18s",
            "Vulnerable adults",
        ),
        (
            "Members under 16 may join with a parent's or carer's permission, and adults must not ask young members"
            " to move a conversation to private messages or another app.",
            "If anything here makes you worried about a child's safety, contact the council's children's services"
            " or, if the child is in danger now, call 999.",
            "On the Eastern Shore, suspected abuse can be reported to the Delaware Division of Family Services or"
            " your county's Department of Social Services in Maryland or Virginia.",
            "Do not arrange to meet a junior member at a training spot or jam without their parent or guardian"
            " knowing.",
            "{Cs} that put a child or a vulnerable adult at risk will be removed at once and passed to our"
            " safeguarding lead.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} go live?",
            "Delays",
            "How moderation works",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a delay, especially in the evenings and"
            " at weekends.",
            "Moderation is done by volunteers, who check the queue when they can; please don't send the same {c}"
            " twice.",
            "When the ferry is off or the broadband is down, moderation stops with it.",
            "{Cs} on stories about court cases, deaths or accidents may be held for longer while they are checked.",
            "If your {c} has not appeared after two days, it has probably not been approved, and we can't reply to"
            " every enquiry about why.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Stick to the story",
            "Relevance",
        ),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Questions about growing, showing or propagating belong in the Growing section, not under the show"
            " results.",
            "Long-running arguments carried over from other threads will be moved or removed.",
            "General chat is welcome on the Off-Topic board, where the rules are the same but the subject is open.",
            "If you want to raise something new, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and advertising",
            "Can I sell plants or seed?",
            "Promotions and links",
            "Buying and selling",
        ),
        (
            "Please don't advertise products, services or businesses in {cs}; contact our advertising department if"
            " you would like to place an advert.",
            "Members may offer spare cuttings, seed or plants to other members, but nurseries and traders need the"
            " committee's permission first.",
            "Links to other sites are allowed when they help the discussion; links put up only to sell something will"
            " be removed.",
            "Second-hand unicycles, tyres and kit can go on the For Sale board, with a price and roughly where you are, and"
            " nowhere else.",
            "Spam, chain letters and repeated promotional {cs} will be deleted and the account closed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Do I have to use my real name?",
            "One person, one account",
            "Registration",
        ),
        (
            "We ask you to use your real name, as you would on a letter to the editor.",
            "Pen names are allowed, but you may not pretend to be someone else, a councillor, an official or the"
            " paper.",
            "Because many members are raising children from their own families, you may prefer a username that does"
            " not identify you, your town or the children.",
            "Each person may hold one account; second accounts set up to get round a ban will be closed without"
            " warning.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation and contempt",
            "Could my {c} get us sued?",
            "Court cases",
            "Stay within the law",
        ),
        (
            "Don't post anything that could be defamatory: if you can't prove it, don't say it.",
            "Once someone has been arrested or charged, speculating about their guilt can be contempt of court, so"
            " {cs} are closed on most crime stories.",
            "Cases at Kirkwall Sheriff Court follow Scots law, which is stricter about what may be said before a trial"
            " than many people expect.",
            "You are legally responsible for what you write, and we may have to hand over your details if a court"
            " orders us to.",
            "Family court proceedings are private, and publishing anything that identifies a child involved in them"
            " can itself be a contempt of court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Whose words are they?",
            "Can I share a newspaper article?",
            "Other people's work",
            "Hawlfraint / Copyright",
        ),
        (
            "Only share photographs and text that you own or have a licence to use.",
            "Please link to articles from other newspapers rather than pasting them in full.",
            "Quoting a sentence or two with the source is fine; copying whole pages from books or the Society's"
            " bulletin is not.",
            "By sending a {c}, you let us publish it on the website and, now and then, in the printed edition.",
            "Show photographs remain the photographer's, and we will credit you if we use one in the newsletter.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "How do I report a {c}?",
            "Something wrong?",
            "Flagging",
            "Seen something that breaks the rules?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous: the person you report will not be told who made it.",
            "You can also email the editor, giving the page and the time the {c} appeared.",
            "Please don't report {cs} just because you disagree with them.",
            "Urgent worries about someone's safety should go to the police on 999, not to us.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "The editor's discretion",
            "Editorial discretion",
            "Who decides?",
            "The committee's decision is final",
            "Final say",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The committee's decision is final, though any member may raise it at the Annual General Meeting.",
            "These rules are a guide, not a contract, and {mods} will use their judgement in applying them.",
            "We may close {cs} on any story at any time, for example when a case comes to court or a thread has run"
            " its course.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us",
            "Corrections and complaints",
        ),
        (
            "If we've got something wrong, please email the editor rather than sending a {c}, so that we can check it"
            " and put it right.",
            "News tips, photos and dates for the What's On column are always welcome: send them to the newsroom by"
            " noon on Tuesday.",
            "We follow the Editors' Code of Practice, and complaints we can't settle may be taken to IPSO.",
            "Corrections appear on the story itself and in the next print edition.",
            "Got news from the island? Leave a note in the box at the shop or ring the editor.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which language may I use?",
            "Cymraeg a Saesneg / Welsh and English",
            "Keep it clean",
        ),
        (
            "No swearing, including swear words with letters swapped for asterisks.",
            "You are welcome to write in Welsh, in English or in both; a {c} in Welsh is moderated just like one in"
            " English.",
            "Please don't write in capital letters throughout, as it reads as shouting.",
            "Text-speak and long strings of emoji make a {c} hard to read for some members, so keep them to a minimum.",
            "Remember that families and young members read this board.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Sanctions",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a week's suspension, then a permanent ban.",
            "Serious breaches, such as threats or posting a child's details, will lead to an immediate ban.",
            "{Mods} will keep a note of every warning, and warnings do not expire.",
            "If you think a ban was unfair, write to the secretary; appeals are heard by two committee members who"
            " were not involved.",
            "Banned members who rejoin under another name will be removed again as soon as they are spotted.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety first",
            "Is this medical advice?",
            "In an emergency",
            "Training safely",
            "Not professional advice",
        ),
        (
            "Nothing here is medical advice: in an emergency call 999 (911 in the US), and for anything else contact"
            " your GP or NHS 111.",
            "Community first responders are trained volunteers, not doctors, and can't diagnose anyone through this"
            " page.",
            "Videos of big drops, rooftop runs or anything filmed on railway land will be removed, however good they"
            " are.",
            "Train within your ability, warm up properly, and never train alone at height.",
            "Advice on sprays and fertilisers must follow the label, and no one should recommend a product that is no"
            " longer approved for use.",
        ),
    ),
    (  # photos and videos
        (
            "Photos and videos",
            "Pictures",
            "Can I post a photo?",
            "Filming",
            "Images of other people",
            "Lluniau / Photos",
        ),
        (
            "Ask before you share a photo of anyone, and always ask a parent before sharing one of a child.",
            "Don't share photos or footage from an incident, a patient's home or the back of an ambulance.",
            "Pictures of training spots are welcome, but please don't show how to get on to roofs or places we have"
            " been asked to keep off.",
            "Photos from the show bench are welcome; please give the cultivar's name if you know it, and say if the"
            " colour has been edited.",
            "We may crop, resize or remove images that are too large for the page or that break these rules.",
        ),
    ),
    (  # the noticeboard and bookings
        (
            "Notices",
            "The noticeboard",
            "What can go on the noticeboard?",
            "Events and bookings",
            "Notices from outside groups",
            "Putting up a notice",
        ),
        (
            "Notices should be about events or activities in keeping with the Trust's purposes and the spirit of the"
            " meeting house.",
            "Groups that hire a room may put up one notice about their activity, which will be taken down after the"
            " event.",
            "Party political material, appeals for other organisations and trade adverts are not accepted.",
            "Please date every notice and give a contact name; undated notices are cleared at the end of each month.",
            "The wardens keep the board tidy and may move or take down any notice.",
        ),
    ),
)

# What a site calls what readers send, singular and plural: "comment" at most sites; the rest never say "comment".
COMMENT_WORD_329: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_329: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("notice", "notices"),
)

# Who looks after a site, as its sentences name them.
MODERATORS_329: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the trustees",
    "the wardens",
    "the scheme coordinator",
    "the admins",
    "our volunteer moderators",
    "the web officer",
    "the newsroom",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_329: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers. To keep the discussion useful and lawful, we ask everyone to follow these rules.",
    "This board belongs to its members. Here is how we keep it friendly.",
    "By taking part you agree to the following terms.",
    "These house rules apply to every part of the forum, including private messages.",
    "A few simple rules, agreed by the committee.",
    "Croeso! Welcome. Before you join in, please take a minute to read these rules.",
    "Our noticeboard is for everyone who uses the meeting house. Please read the terms below before putting anything"
    " up.",
    "Thanks for joining in. The rules below are short, and we ask everyone to keep to them.",
    "We want our comment sections to be a place where neighbours can talk about the news.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_329: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Any questions? Email the editor.",
    "These rules may change from time to time; the version on this page is the one that applies.",
    "Diolch yn fawr. Thank you.",
    "Happy growing!",
    "Train safe, and see you at the next jam.",
    "If in doubt, leave it out.",
    "By sending a {c} you agree to these rules.",
    "Thanks for commenting, and for keeping it civil.",
)

# Titles a site may print over its rules.
POLICY_TITLES_329: tuple[str, ...] = (
    "Comment policy",
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Terms of use",
    "Rules of the forum",
    "Commenting guidelines",
    "Our rules",
    "Guidelines for {cs}",
    "Reader {c} guidelines",
    "Rheolau'r fforwm / Forum rules",
)

# British spellings used in this family's sentences, and how an American site prints them.
AMERICAN_329: dict[str, str] = {
    "offence": "offense",
    "neighbours": "neighbors",
    "fertilisers": "fertilizers",
    "councillor": "councilor",
    "organisations": "organizations",
    "behaviour": "behavior",
    "judgement": "judgment",
    "licence": "license",
    "colour": "color",
    "tyres": "tires",
    "enquiry": "inquiry",
}

# Lines a site may print before its items, naming the part of its terms the rules sit in.
SECTION_LINES_329: tuple[str, ...] = (
    "Section {n}: {Cs}",
    "Part {n} – Community rules",
    "{n}. Taking part",
    "Section {n} – Using the forum",
    "Schedule {n}: Noticeboard terms",
    "Part {n}: Reader {cs}",
)

# Months and years a site's last-updated line may give.
MONTHS_329: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Last-updated lines; {d} a day, {m} a month, {y} a year, {mm} the month's number.
UPDATED_LINES_329: tuple[str, ...] = (
    "Last updated: {d} {m} {y}",
    "Last updated {m} {y}.",
    "Reviewed by the committee, AGM {y}.",
    "Updated {m} {d}, {y}",
    "Last revised {mm}/{d}/{y}",
    "Agreed by the trustees, {m} {y}. Next review due {m} {y2}.",
    "Version 3, {m} {y}",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_329: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "Signed on behalf of the trustees",
    "Diolch, Y Golygydd / The Editor",
    "Stay safe – the CFR team",
    "The Forum Team",
    "Hon. Secretary",
    "The Publisher",
)

# Words a title-cased heading keeps in lower case (after its first word).
SMALL_WORDS_329: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "at",
    "by",
    "not",
    "but",
    "with",
    "as",
    "a'r",
)

# List-marker shapes real sites of this family print: each a format of the item's number n, roman r and letter a.
MARKERS_329: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{a}.",
    "{r}.",
    "({r})",
    "•",
    "-",
    "–",
    "*",
    "Rule {n}:",
    "Rule {n} –",
    "§{n}",
    "{s}.{n}",
    "{s}.{n}.",
    "No. {n}",
)


def _roman_329(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_329(text: str) -> str:
    """``text`` in title case: every word capitalised but the small ones after the first."""
    words = text.split(" ")
    cased = []
    for index, word in enumerate(words):
        if index and word.lower() in SMALL_WORDS_329:
            cased.append(word.lower())
        else:
            cased.append(word[:1].upper() + word[1:])
    return " ".join(cased)


def _items_329(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, otherwise one word it always uses,
    and then no line it prints says "comment") and who moderates it; how many items it prints (two to five at one
    site in five, six to sixteen otherwise), kept in table order or shuffled; how many sentences an item gives (one
    to three, fixed for the site or varying by item); its heading case (as written, title case, capitals) or no
    headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash); an emphasis style for headings (none, asterisks, underscores,
    brackets); its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers,
    "No. 1") or none; and, each by chance, a section line before the items, a last-updated line at the top or the
    bottom, "Back to top" under the items, and a sign-off. The lines around the policy come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_329 if says_comment else rng.choice(OTHER_WORDS_329)
    moderators = rng.choice(MODERATORS_329)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_329)), count)
    if rng.random() < 0.6:
        chosen.sort()

    fixed_sentences = rng.choice((0, 1, 1, 2, 3))  # 0: each item draws its own count
    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own", "own colon", "own stop", "run-in"))
    run_in_separator = rng.choice((": ", ". ", " – ", " - ", " — "))
    emphasis = rng.choices(("", "**", "*", "__", "[]"), weights=(12, 3, 1, 1, 1))[0]
    marker = rng.choice(MARKERS_329) if rng.random() < 0.6 else ""
    section_number = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_329[kind]
        many = fixed_sentences or rng.choice((1, 1, 2, 2, 3))
        picked = sorted(rng.sample(range(len(sentences)), many))
        parts = [sentences[index].format(**fill) for index in picked]

        heading = ""
        if heading_case != "none":
            heading = rng.choice(headings).format(**fill)
            if heading_case == "title":
                heading = _title_case_329(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis == "[]":
                heading = f"[{heading}]"
            elif emphasis:
                heading = f"{emphasis}{heading}{emphasis}"

        if marker:
            label = marker.format(
                n=position, a="abcdefghijklmnopqrstuvwxyz"[position - 1], r=_roman_329(position), s=section_number
            )
        else:
            label = ""

        question = heading.rstrip("*_]").endswith("?")
        if not heading:
            item = ("", *parts)
        elif heading_place == "run-in":
            separator = " " if question else run_in_separator
            item = ("", heading + separator + parts[0], *parts[1:])
        else:
            ending = ""
            if not question and heading_place == "own colon":
                ending = ":"
            elif not question and heading_place == "own stop":
                ending = "."
            item = (heading + ending, *parts)

        if label:
            first = 0 if item[0] else 1
            item = (*item[:first], f"{label} {item[first]}", *item[first + 1 :])
        items.append(item)

    if rng.random() < 0.15:
        line = rng.choice(SECTION_LINES_329).format(n=section_number, **fill)
        items.insert(0, (line, ""))
    if rng.random() < 0.2:
        year = rng.randint(2014, 2026)
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_329).format(
            d=rng.randint(1, 28), m=MONTHS_329[month], mm=month + 1, y=year, y2=year + rng.choice((1, 2, 3))
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", "Back to top"))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_329)))

    def filled(lines: tuple[str, ...]) -> list[str]:
        """``lines`` with the site's placeholders filled, less any saying "comment" at a site that never does."""
        done = [line.format(**fill) for line in lines]
        return done if says_comment else [line for line in done if "comment" not in line.lower()]

    return _furnish(
        items, rng, filled(POLICY_INTROS_329), filled(POLICY_CLOSINGS_329), filled(POLICY_TITLES_329), AMERICAN_329
    )
