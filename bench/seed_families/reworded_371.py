"""The ``reworded-371`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Taransay and Mingulay bulletins, Stainmore and Ravenseat papers, Tularosa and Cloudcroft weeklies,
mudlarking and letterboxing groups, kilt making and hat making guilds, Joubert syndrome and Bardet-Biedl syndrome
forums, nettle eating and pie eating championship committees, milestone society and fingerpost volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_371: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Respect other members",
            "How should I treat other people here?",
            "Civility",
            "Play the ball, not the player",
            "Keep it friendly",
        ),
        (
            "Please be polite to other readers, even when you disagree strongly about the ferry timetable.",
            "Personal attacks, name-calling and sneering at other members are removed.",
            "Argue with the point someone makes, not with the person making it.",
            "{mods} may edit or remove {cs} that are rude, threatening or plainly meant to start a row.",
            "Most of us will meet at the pier or the shop sooner or later, so write as you would speak to a "
            "neighbour's face.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Discrimination",
            "Hatred and discrimination",
            "What counts as hate?",
            "Respect everyone",
            "Don't target groups of people",
        ),
        (
            "{Cs} that attack people for their race, religion, disability, sex, sexuality or where they come from "
            "are removed without warning.",
            "This forum exists for families living with Bardet-Biedl syndrome, and mocking anyone's disability or "
            "appearance will not be tolerated.",
            "No slurs, including ones spelled with asterisks to slip past the filter.",
            "Incomers, summer visitors and travelling families are part of the community too; {cs} that stir up "
            "hostility towards any group will go.",
            "Members who post hateful material may be banned on the first occasion.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Protect people's privacy",
            "Keep personal details private",
            "Can I share someone's details?",
            "Personal information",
            "Don't post addresses or phone numbers",
        ),
        (
            "Do not post anyone's address, phone number, email or croft, including your own.",
            "Please don't name other members' children, doctors or hospitals; write 'our consultant' rather than "
            "a name.",
            "Photographs of other people should only be shared with their permission.",
            "{Cs} that reveal private information about someone else are removed, and the details are not kept.",
            "If you want to contact another member, use private messages rather than putting your details in a thread.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Children and young people",
            "Safeguarding",
            "Keeping children safe",
            "Are under-16s allowed to post?",
            "Photos of children",
            "Protect young members",
        ),
        (
            "Members must be 16 or over; younger milliners are welcome to post through a parent's account.",
            "Do not post photos of children who are not your own, including at the junior pie eating event.",
            "Any {c} that identifies a child in care, a child in a court case or a pupil involved in an incident at "
            "school is removed.",
            "If you are worried about a child's safety, contact the police or social services, not the forum.",
            "Safeguarding concerns are passed by {mods} to the proper authorities straight away.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} appear?",
            "{Cs} are checked before publishing",
            "Please be patient",
        ),
        (
            "All {cs} are read by a person before they appear, which can take a day or two.",
            "The Mingulay Bulletin is put together by volunteers, so {cs} sent at the weekend may not appear "
            "until Monday.",
            "New members' first few {cs} wait in a queue for approval.",
            "Please do not send the same {c} twice if it hasn't shown up yet.",
            "Nothing is approved overnight, or when the boat is off and {mods} cannot get a signal.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "What can I post about?",
            "Relevance",
            "Use the right section",
        ),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Letterboxing talk belongs on the letterboxing boards; general chat goes in the Café.",
            "{Cs} about the A66 roadworks under a story about the Stainmore show will be moved or removed.",
            "Threads that drift a long way from the original question may be split or locked by {mods}.",
            "National politics is off topic here unless it directly affects the Tularosa Basin.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Can I sell things here?",
            "Advertising and self-promotion",
            "Don't spam",
            "Commercial posts",
        ),
        (
            "Do not advertise products, services or websites in your {cs}.",
            "Guild members may mention their own kilt making classes once a month in Notices, and nowhere else.",
            "{Cs} containing affiliate links, repeated links or sales patter are deleted as spam.",
            "Selling supplements, diets or so-called cures for Joubert syndrome is strictly forbidden.",
            "Accounts that exist only to promote a business are closed without notice.",
        ),
    ),
    # names and accounts
    (
        (
            "Names and accounts",
            "Your username",
            "One account each",
            "Do I have to use my real name?",
            "Registering",
            "Who you are",
        ),
        (
            "You may use a nickname, but it must not be offensive or borrow someone else's name.",
            "{Cs} for the printed paper must carry your name and village, though we can withhold them on request.",
            "One account per person; second accounts used to back up your own arguments are closed.",
            "Do not pretend to speak for the committee, the parish council or the championship judges.",
            "Keep your password to yourself, because you are responsible for everything posted from your account.",
        ),
    ),
    # the law
    (
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Could my {c} get us sued?",
            "Don't prejudice court cases",
            "Stay within the law",
        ),
        (
            "Do not accuse named people of crimes, dishonesty or wrongdoing unless it has been proved in court.",
            "While a case is before the courts, {cs} about the accused's guilt or innocence will not be published.",
            "You are legally responsible for what you write, and we may have to hand your details to the police "
            "if a court asks.",
            "{mods} may remove any {c} that could be defamatory, in contempt of court or otherwise unlawful.",
            "Please don't speculate about crashes on the Stainmore road before the inquest.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Can I share a pattern?",
            "Copyright and photos",
            "Respect copyright",
            "Sharing images and patterns",
        ),
        (
            "Only post photos you took yourself or have permission to use.",
            "Do not copy whole articles from other papers; quote a sentence or two and link to the rest.",
            "Commercial millinery patterns and instructions for blocking moulds are copyright, so please don't "
            "scan and share them.",
            "By posting you allow us to reprint your {c} in the paper and on our Facebook page.",
            "When you show a tartan, credit its designer and give its number in the Scottish Register of Tartans "
            "if it has one.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting a {c}",
            "How do I report a problem?",
            "Report, don't reply",
            "Flagging",
            "Seen something wrong?",
            "Tell us about problems",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please don't reply to trolls; report them and leave the rest to {mods}.",
            "Reports are confidential, and the member you report is not told who flagged them.",
            "You can also email the editor, quoting the date and headline of the article.",
            "Reporting {cs} simply because you disagree with them is itself a breach of these rules.",
        ),
    ),
    # the site's discretion
    (
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editorial discretion",
            "Who decides?",
            "The right to refuse",
            "Final word",
        ),
        (
            "{mods} may remove, edit or decline any {c} without giving a reason.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "These rules are a guide, not a contract, and we may act on anything that harms the group even if it "
            "isn't listed here.",
            "Decisions are made by volunteers in their own time, and we ask you to respect them.",
            "We may shorten {cs} for length or clarity before they appear.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and tips",
            "Tell us what's happening",
        ),
        (
            "If we have got something wrong, please email the newsdesk rather than pointing it out in the {cs}.",
            "Corrections are printed in the following week's edition and noted at the foot of the story online.",
            "Got a story from the Ravenseat end of the dale? Ring or email the editor instead of posting it as a {c}.",
            "We can't follow up every tip, but we read them all.",
            "Please include a name and phone number with a tip; we never print them without asking.",
        ),
    ),
    # language
    (
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Keep it clean",
            "Is swearing allowed?",
            "Write clearly",
        ),
        (
            "No swearing, including words disguised with symbols.",
            "{Cs} written entirely in capitals are hard to read and may be removed.",
            "Gaelic is welcome; please add a line of English if you can so that everyone can follow.",
            "Crude or sexual remarks are not allowed, however good-humoured the nettle eating gets.",
            "Please write in English or Spanish, the two languages most of our readers in Otero County share.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Enforcement",
            "Bans",
        ),
        (
            "Members who break the rules will normally get a warning first.",
            "A second breach means a week's suspension, and a third means a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Warnings are recorded by {mods} and lapse after twelve months of good behaviour.",
            "Banned members who come back under a new name will be removed again, along with their {cs}.",
        ),
    ),
    # medical advice (the syndrome forums)
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Can I ask about treatments?",
            "Health information",
            "Sharing experiences, not prescriptions",
            "Talk to your clinical team",
        ),
        (
            "Members share their own experience here, but nothing on the forum is medical advice.",
            "Always check changes to medication, diet or therapy with your child's specialist team first.",
            "Please don't tell other parents to stop a treatment their doctors have prescribed.",
            "{Cs} that promote unproven treatments, or claim a cure for Bardet-Biedl syndrome, are removed.",
            "If you share research, link to the paper itself rather than to a news story about it.",
        ),
    ),
    # locations, finds and permits (letterboxing, mudlarking, milestones)
    (
        (
            "Locations and finds",
            "Don't give the game away",
            "Finds and permits",
            "Can I post grid references?",
            "Respect the sites",
            "Where things are",
        ),
        (
            "Never post the location or clues of a letterbox on the open board; it spoils the hunt for everyone.",
            "Finds shown here should have been made under a foreshore permit, and anything significant reported "
            "to the Finds Liaison Officer.",
            "Give grid references for milestones and fingerposts by all means, but don't encourage anyone to "
            "cross private land to reach them.",
            "Do not post advice on moving or repainting a milestone yourself; that is a matter for the highway "
            "authority.",
            "{Cs} that say exactly where on the foreshore something was dug up are removed.",
        ),
    ),
    # championship results and disputes
    (
        (
            "Championship results",
            "Disputes over results",
            "Entering the championships",
            "Who won?",
            "Results and appeals",
            "Judges' decisions",
        ),
        (
            "Results are posted by the committee once the judges have signed them off.",
            "Please don't dispute a judge's decision in the {cs}; write to the secretary within seven days.",
            "{Cs} about a competitor's weight, health or appearance will be removed.",
            "Stalks are measured by the stewards, and {mods} won't host arguments over the count.",
            "Entry forms for the pie eating contest are on the committee page, not in this thread.",
        ),
    ),
)

POLICY_INTROS_371: tuple[str, ...] = (
    "Before you post, please read the rules below.",
    "We welcome {cs} from readers on the island and far beyond, as long as they follow these rules.",
    "This is a friendly group run by volunteers, and we want to keep it that way.",
    "By posting on this board you agree to the following.",
    "The committee asks all members to observe these house rules.",
    "Our {c} pages are for readers of the paper to share news and views about the dale.",
    "These guidelines apply to every part of the forum, including private messages.",
    "{Cs} are welcome on every story, subject to a few simple rules.",
)

POLICY_CLOSINGS_371: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the editor.",
    "If in doubt, leave it out.",
    "Happy hunting, and thanks for following the rules.",
    "The committee may change these rules at any time; the current version is always on this page.",
    "Thank you for reading, and for your {cs}.",
    "Any questions, please message {mods}.",
    "We'd rather spend our time on the paper than on moderation, so thank you for making that possible.",
)

POLICY_TITLES_371: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Rules of the noticeboard",
    "Members' code of conduct",
    "Guidelines for {cs}",
    "Our rules",
    "Group rules",
    "{Cs}: terms and conditions",
    "Forum etiquette",
)

AMERICAN_371: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "travelling": "traveling",
    "moulds": "molds",
    "humoured": "humored",
}

_WORDS_371: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_371: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admins",
    "the volunteer moderators",
    "the site team",
    "the Hon. Secretary",
    "the moderation team",
    "the group admins",
    "the newsdesk",
)

_SMALL_371 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "not"})

_ROMAN_371 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

_MARKERS_371: tuple[str, ...] = (
    "none",
    "num-dot",
    "num-paren",
    "num-brackets",
    "letter-paren",
    "letter-brackets",
    "roman-dot",
    "roman-upper",
    "bullet",
    "star",
    "dash",
    "en-dash",
    "rule-colon",
    "rule-dot",
    "section",
    "sign",
)

_MONTHS_371 = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")

_SECTION_LINES_371 = (
    "Section {n}: {C} policy",
    "Part {n} – Conduct on the forum",
    "{n}. Rules for {cs}",
    "Section {n} – House rules",
)

_SIGN_OFFS_371 = (
    "— The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "Thanks, the admin team",
    "— Taransay Bulletin volunteers",
    "The Stainmore Gazette",
    "Issued by the Milestone Society's regional group",
    "Mods",
)


def _cap_371(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_case_371(text: str) -> str:
    words = text.split(" ")
    out = [w if (i and w.lower() in _SMALL_371) else _cap_371(w) for i, w in enumerate(words)]
    return " ".join(out)


def _marker_371(style: str, n: int, chapter: int) -> str:
    """The marker a site prints before its ``n``-th item (empty for none)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _ROMAN_371[(n - 1) % len(_ROMAN_371)]
    table = {
        "none": "",
        "num-dot": f"{n}. ",
        "num-paren": f"{n}) ",
        "num-brackets": f"({n}) ",
        "letter-paren": f"{letter}) ",
        "letter-brackets": f"({letter}) ",
        "roman-dot": f"{roman}. ",
        "roman-upper": f"{roman.upper()}. ",
        "bullet": "• ",
        "star": "* ",
        "dash": "- ",
        "en-dash": "– ",
        "rule-colon": f"Rule {n}: ",
        "rule-dot": f"Rule {n}. ",
        "section": f"{chapter}.{n} ",
        "sign": f"§{n} " if chapter % 2 else f"§ {n}. ",
    }
    return table[style]


def _items_371(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word for what readers send and who
    moderates, then how many kinds it prints and in what order, sentences an item, heading case and placement,
    list markers and its own habits; then the opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS_371)
    mods = rng.choice(_MODS_371)
    names = {"c": word, "cs": words, "C": _cap_371(word), "Cs": _cap_371(words), "mods": mods}

    def fill(text: str) -> str:
        return _cap_371(text.format(**names))

    count = min(16, max(2, round(rng.triangular(2, 16, 7))))
    kinds = rng.sample(range(len(REWORDINGS_371)), count)
    if rng.random() < 0.55:
        kinds.sort()
    most = rng.choice((1, 1, 2, 2, 2, 3))
    case = rng.choices(("none", "sentence", "title", "upper"), weights=(20, 45, 25, 10))[0]
    placement = rng.choices(
        ("bare", "stop", "colon", "run-colon", "run-stop", "run-dash"), weights=(35, 15, 15, 15, 10, 10)
    )[0]
    marker = rng.choices(_MARKERS_371, weights=(30, 12, 5, 3, 3, 3, 3, 3, 8, 3, 4, 3, 5, 3, 4, 3))[0]
    chapter = rng.randint(1, 9)
    emphasis = rng.choice(("**", "*", "__")) if case != "none" and rng.random() < 0.12 else ""
    please_note = rng.random() < 0.15
    important = rng.random() < 0.08
    agm_note = rng.random() < 0.08

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_371[kind]
        heading = fill(rng.choice(headings))
        picked = [fill(s) for s in rng.sample(sentences, rng.randint(1, most))]
        if please_note and rng.random() < 0.3 and not picked[0].startswith("Please"):
            picked[0] = "Please note: " + picked[0]
        if important and rng.random() < 0.2:
            picked[-1] = "IMPORTANT: " + picked[-1]
        if agm_note and rng.random() < 0.25:
            picked[-1] += rng.choice((" (Agreed at the AGM.)", " (Added by the committee, 2025.)"))
        prefix = _marker_371(marker, n, chapter)
        if case == "none":
            picked[0] = prefix + picked[0]
            items.append(("", *picked))
            continue
        if case == "title":
            heading = _title_case_371(heading)
        elif case == "upper":
            heading = heading.upper()
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        question = heading.rstrip("*_").endswith("?")
        if placement.startswith("run"):
            if question:
                sep = " "
            else:
                sep = {"run-colon": ": ", "run-stop": ". ", "run-dash": rng.choice((" – ", " — ", " - "))}[placement]
            items.append(("", prefix + heading + sep + picked[0], *picked[1:]))
        else:
            if not question and placement == "stop":
                heading += "."
            elif not question and placement == "colon":
                heading += ":"
            items.append((prefix + heading, *picked))

    if marker == "section" or rng.random() < 0.1:
        section = rng.choice(_SECTION_LINES_371)
        items.insert(0, ("", fill(section.replace("{n}", str(chapter)))))
    if rng.random() < 0.15:
        year = rng.choice((2024, 2025, 2026))
        month = rng.choice(_MONTHS_371)
        line = rng.choice(
            (
                f"Last updated: {rng.randint(1, 28)} {month} {year}.",
                f"Last updated {month} {year}",
                f"These rules were revised at the AGM in {month} {year}.",
                f"Updated {rng.randint(1, 28)}/{_MONTHS_371.index(month) + 1}/{year}",
            )
        )
        if rng.random() < 0.5:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_371)))

    intros = [fill(text) for text in POLICY_INTROS_371]
    closings = [fill(text) for text in POLICY_CLOSINGS_371]
    titles = [fill(text) for text in POLICY_TITLES_371]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_371)
