"""The ``reworded-252`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Anguilla news, Scilly Isles papers, Utah canyon-country weeklies, sailing clubs, potters' guilds,
kidney disease forums, caravan site residents, city farm volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Headings are written in sentence case; questions end
# with "?". Placeholders: {c}/{cs} what readers send (singular/plural), {C}/{Cs} the same capitalised, {mods} who
# looks after the site, and {law}, {patch} and {Locals} from the site's setting (``SETTINGS_252``).
REWORDINGS_252: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Keep it civil",
            "How should I treat other members?",
            "Respect for one another",
            "Good manners",
        ),
        (
            "Treat everyone here as you would a neighbour you will meet on the ferry tomorrow morning.",
            "Disagree with the argument if you must, but leave the person alone.",
            "We are a small island and a small paper, and personal attacks have no place in our {cs}.",
            "Members come to this forum tired, frightened or just out of dialysis, so please be kind.",
            "Heated debate about the boat park or the bar prices is fine; name-calling, sneering and pile-ons are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "What counts as hateful?",
            "Everyone is welcome",
            "Prejudice",
        ),
        (
            "{Cs} that attack people for their race, nationality, religion, sex, sexuality, disability or age will be "
            "removed.",
            "{Locals} all read this site, and none of them should be abused for where they come from.",
            "We will not publish anything that stirs up hatred against any of our neighbours, whether their "
            "families have been here for generations or they arrived last week.",
            "Jokes that rely on a stereotype are still stereotypes.",
            "The guild is open to anyone who loves clay, and {mods} will remove anything that says otherwise.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private things private",
            "Can I name a neighbour?",
            "Addresses and phone numbers",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number, email or pitch number without their say-so.",
            "On islands this size everyone can work out who you mean, so think twice before describing a neighbour.",
            "Please do not share hospital numbers, NHS numbers, test results or letters that identify you or anyone "
            "else.",
            "Photographs of children at the farm must never be posted without written consent from a parent or carer.",
            "Private disputes between residents belong with the committee, not on the noticeboard.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "Worried about someone?",
            "If someone is at risk",
            "Looking out for each other",
        ),
        (
            "If you think a child or vulnerable adult is at risk, speak to the safeguarding lead on duty today rather "
            "than posting about it here.",
            "Junior sailors use these pages too; anyone contacting them privately will be reported to the club "
            "welfare officer.",
            "If a member writes something that makes you fear for their safety, report it and {mods} will follow it "
            "up.",
            "In an emergency on the water, call the Coastguard on 999 or VHF channel 16, not the forum.",
            "All volunteers working with school groups must have an up-to-date DBS check before their first session.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval of {cs}",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by {mods} before it appears, so please allow some time.",
            "The newsroom is two people and a dog, and {cs} sent after six in the evening will not be seen until "
            "the morning.",
            "When the Scillonian is not sailing and the post office is shut, so is the office; your {c} will wait "
            "for us.",
            "New members' first few {cs} are held for approval; after that they go up straight away.",
            "Moderation is done by volunteers with kilns to load and boats to race, so approval can take a day or two.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right thread?",
            "Relevance",
            "One subject at a time",
        ),
        (
            "Keep your {c} to the story above it; there are other threads for the ferry timetable and the weather.",
            "Questions about the race results belong under the race results, not in the galley thread.",
            "Please start a new thread rather than taking over someone else's.",
            "{Cs} that wander off into national politics will be trimmed or removed.",
            "This board is for park business: bins, the site road, water and the hall, not for general chat.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell my boat?",
            "Commercial posts",
            "Links and plugs",
        ),
        (
            "Please do not use your {c} to promote a business, a villa, a charter or a website.",
            "Sale and wanted notices for dinghies and kit go on the Classifieds page, not in the race reports.",
            "Members may mention their own exhibitions once, in the Shows and Events board, and nowhere else.",
            "Links to miracle cures, supplements or kidneys for sale will be removed and the account closed.",
            "Anything that looks like spam is deleted without notice.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Using your real name",
            "Do I have to use my own name?",
            "One account each",
            "Usernames",
        ),
        (
            "{Cs} must carry your real first name and surname, as a letter to the editor would.",
            "You may use a username here, but please do not pretend to be someone you are not.",
            "One account per person; second accounts made to get round a ban will be closed.",
            "Pen names are fine on this forum, because many of us would rather our employers did not know about "
            "our kidneys.",
            "Only paid-up members of the residents' association may post, and the committee checks names against "
            "the list.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Could I be sued?", "Libel"),
        (
            "You are legally responsible for what you write, and {law} applies to everything published here.",
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "Once someone has been charged, nothing may be said that could prejudice their trial.",
            "{Cs} that may be defamatory will not be published, however true you believe them to be.",
            "The paper can be sued for what readers write as well as for what we write, so we will not print "
            "anything that might be libellous.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and pictures",
            "Other people's work",
            "Can I post someone else's photo?",
            "Quoting",
            "Images",
        ),
        (
            "Only post photographs you took yourself, or have the photographer's permission to use.",
            "Quote a line or two from another paper if you need to, with a link, but do not paste whole articles.",
            "Glaze recipes shared here remain the work of the potter who shared them; ask before you publish them "
            "elsewhere.",
            "By sending us your {c} you allow us to publish it in print and online.",
            "Race photos on the club site belong to the photographers, who kindly let us use them; please ask before "
            "copying.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging", "Seen something wrong?", "How do I report a {c}?", "Tell us"),
        (
            "Use the Report link beside any {c} you think breaks these rules, and {mods} will look at it.",
            "If you see something that should not be here, email the editor and say which story and which {c}.",
            "Please report rather than reply; arguing back only makes the thread longer.",
            "Concerns about a member's behaviour can be raised in confidence with the Commodore or the Rear Commodore.",
            "A note in the residents' box by the laundry will reach the committee just as well as an email.",
        ),
    ),
    (  # discretion
        (
            "The editor's decision",
            "Our discretion",
            "Final say",
            "Who decides?",
            "Editorial judgement",
            "Committee decisions",
        ),
        (
            "The editor decides what is published, and that decision is final.",
            "We may edit {cs} for length, clarity or the law, and may decline any {c} without giving a reason.",
            "{Mods} may remove anything they think is not in the spirit of the club.",
            "These rules may change; the committee will post any changes here and at the AGM.",
            "Publication of your {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Did we get it wrong?", "Tell us what's happening", "Errors"),
        (
            "If we have made a mistake, tell us and we will put it right as quickly as we can.",
            "Corrections and complaints go to the editor by email, not into the {cs} under the story.",
            "Know something happening in {patch}? Send it to us.",
            "Tips are welcome by phone, by email or as a note left at the office, and we protect our sources.",
            "Results, photos and reports from the weekend's racing can be sent to the webmaster for the news page.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Is swearing allowed?",
            "Writing style",
            "Capitals and shouting",
        ),
        (
            "No swearing, including words with letters replaced by stars.",
            "Please write in plain English so that everyone can follow, and avoid text speak.",
            "Writing in capital letters reads as shouting; please don't.",
            "Keep your {c} short; anything over three hundred words may be cut.",
            "Children read this site, so keep your language fit for the farm gate.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Three strikes",
            "Removal",
        ),
        (
            "A first breach earns a friendly word, a second a written warning, and a third a ban.",
            "{Mods} may suspend any account, for a week or for good, without notice.",
            "Repeated breaches will be reported to the committee, who may end membership under the club's rules.",
            "If your {c} has been removed, please do not post it again; email us instead.",
            "Banned users who come back under a new name will be removed again, as often as it takes.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a substitute for your renal team",
            "Safety",
            "Is this medical advice?",
            "Health and safety",
            "Take care",
        ),
        (
            "Nothing posted here is medical advice; always check with your renal team before changing your "
            "medication, fluids or diet.",
            "If you feel unwell, short of breath or have chest pain, call 999 or 111 straight away rather than "
            "posting.",
            "Members share their own experience of dialysis and transplant, which may not be right for you.",
            "Conditions in the desert change fast; trail and road reports in {cs} are no substitute for checking "
            "with the BLM or the Park Service.",
            "Kiln, glaze and firing tips are shared in good faith; follow the maker's instructions and wear a "
            "mask when mixing dry materials.",
        ),
    ),
    (  # notices and old threads
        (
            "Notices",
            "Old threads",
            "How long do posts stay up?",
            "Housekeeping",
            "Lost and found",
            "Keeping the board tidy",
        ),
        (
            "Notices are taken down after thirty days unless you ask us to keep them.",
            "Threads with no new {cs} for six months are closed and archived.",
            "Lost a glove, a key or a dog? Put it under Lost and Found, with where and when.",
            "Please take your {c} down yourself once the item is sold or the job is done.",
            "Pinned notices from the site office stay at the top and cannot be replied to.",
        ),
    ),
)

# What readers send: (singular, plural). About three sites in four say "comment"; the rest never do.
READER_WORDS_252: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Where a site is and what governs it, per kind of site: what its ``{law}`` and ``{patch}`` placeholders say, and
# ``{locals}``, who reads it.
SETTINGS_252: tuple[dict[str, str], ...] = (
    {
        "law": "the law of Anguilla",
        "patch": "The Valley, Sandy Ground, Blowing Point or Island Harbour",
        "locals": "Belongers, expats, work-permit holders and visitors",
    },
    {
        "law": "the law of England and Wales",
        "patch": "Hugh Town, on the off-islands or out on the water",
        "locals": "Islanders, incomers, seasonal workers and visitors",
    },
    {
        "law": "Utah law",
        "patch": "Moab, Castle Valley, Green River or at the county commission",
        "locals": "Old-timers, newcomers, Navajo and Ute neighbours, river guides and tourists",
    },
    {
        "law": "UK law",
        "patch": "the club, on the water or in the dinghy park",
        "locals": "Members, cadets, visiting crews and their families",
    },
    {
        "law": "UK law",
        "patch": "the guild, at the studios or at the summer show",
        "locals": "Members, students, visitors to our shows and potters from abroad",
    },
    {
        "law": "the law of the country you post from",
        "patch": "the kidney world, from research news to changes at your unit",
        "locals": "Patients, carers, donors and staff from many countries",
    },
    {
        "law": "the law of England and Wales",
        "patch": "the park",
        "locals": "Residents, holiday-home owners, their families and visitors",
    },
    {
        "law": "UK law",
        "patch": "the farm or the streets around it",
        "locals": "Volunteers, visitors, school groups and neighbours",
    },
)

# Who looks after the site, as a site names them mid-sentence.
MODERATORS_252: tuple[str, ...] = (
    "the editor",
    "our moderators",
    "the moderators",
    "the committee",
    "the newsroom",
    "the forum team",
    "the admin team",
    "the webmaster",
    "the volunteer coordinator",
    "the residents' association committee",
    "the Hon. Secretary",
    "the site team",
    "our volunteer moderators",
)

# Opening lines a site prints before its rules (may carry the site's word and its moderators).
POLICY_INTROS_252: tuple[str, ...] = (
    "We welcome your {cs} and ask only that you follow a few simple rules.",
    "Please read these guidelines before posting.",
    "This is a friendly place, and we want to keep it that way.",
    "The following rules were agreed by the committee and apply to everyone who uses the board.",
    "Thank you for taking part. Your {cs} help keep the community talking.",
    "By posting here you agree to the rules below.",
    "A few house rules, so that everyone can enjoy the forum.",
    "These guidelines apply to every {c} published on this site.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_252: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Contact {mods}.",
    "Happy posting, and see you on the water.",
    "Thanks for reading, and thanks for being part of the community.",
    "Breaking these rules may mean your {c} is removed.",
    "We reserve the right to change these rules at any time.",
    "Any questions, ask at the farm office.",
)

# Titles a site prints above its rules.
POLICY_TITLES_252: tuple[str, ...] = (
    "Comment policy",
    "Comments policy",
    "House rules",
    "Forum guidelines",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard rules",
    "Rules of the board",
    "Guidelines for {cs}",
    "Terms of use",
    "Message board etiquette",
)

# British spellings used in the sentences above, and how an American-spelled site prints them.
AMERICAN_252: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "harbour": "harbor",
    "libellous": "libelous",
    "judgement": "judgment",
    "colour": "color",
    "organisation": "organization",
    "recognise": "recognize",
    "apologise": "apologize",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "programme": "program",
    "favour": "favor",
    "criticise": "criticize",
    "catalogue": "catalog",
}

# Lines some sites print above a run of rules, naming the part of their terms it belongs to.
SECTION_LINES_252: tuple[str, ...] = (
    "Part 2: Using the boards",
    "Section B - {Cs}",
    "Posting rules",
    "Rules for {cs}",
    "About your {cs}",
    "Schedule 1: Conduct on the noticeboard",
    "Appendix: Online conduct",
)

# How sites sign off their rules.
SIGN_OFFS_252: tuple[str, ...] = (
    "The Editor",
    "- The Editor",
    "On behalf of the Committee",
    "Hon. Secretary, for the Committee",
    "The Forum Team",
    "Fair winds, the Flag Officers",
    "Thanks, the Farm team",
    "Residents' Association Committee",
    "Admin",
)

# Phrases some sites print before the date their rules were last changed.
UPDATED_LINES_252: tuple[str, ...] = (
    "Last updated: {date}.",
    "Last updated {date}",
    "Revised {date}.",
    "Agreed by the committee, {date}.",
    "Adopted at the AGM, {date}.",
    "Page reviewed {date}",
)

# Words some sites print before a rule they want noticed.
EMPHASIS_PREFIXES_252: tuple[str, ...] = ("Please note: ", "NB ", "Important: ", "PLEASE NOTE: ", "Note: ")

MONTHS_252: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Small words a title-cased heading leaves in lower case.
SMALL_WORDS_252: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with")
)

ROMAN_252: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii", "xix", "xx", "xxi", "xxii",
)  # fmt: skip


def _first_upper(text: str) -> str:
    """``text`` with its first character in capitals (for a sentence that opens with a placeholder)."""
    return text[:1].upper() + text[1:]


def _title_case(heading: str) -> str:
    """A heading in title case: each word capitalised but the small ones, keeping acronyms as they are."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_252 else _first_upper(word) for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The list marker a site of ``style`` prints before its ``number``-th item (from 1), with its spacing."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = ROMAN_252[(number - 1) % len(ROMAN_252)]
    markers = {
        "number-stop": f"{number}. ",
        "number-bracket": f"{number}) ",
        "letter-bracket": f"({letter}) ",
        "letter-stop": f"{letter}. ",
        "roman": f"{roman}. ",
        "roman-capital": f"{roman.upper()}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "en-dash": "\u2013 ",
        "star": "* ",
        "rule-colon": f"Rule {number}: ",
        "rule-dash": f"Rule {number} \u2013 ",
        "section": f"3.{number} ",
        "clause": f"Clause {number}. ",
        "sign": f"\u00a7{number} ",
    }
    return markers[style]


def _items_252(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``. A site draws what readers send (``comment`` three
    times in four, else post, message, reply, contribution, letter or notice, never saying "comment"), who looks
    after it, and where it is (its law, its patch and its readers); how many kinds of rule it prints (two to five for a fifth of sites, six to sixteen for the rest), in
    table order or shuffled; how many sentences an item carries (one, up to two, or up to three); the case of its
    headings (sentence, title or capitals) or none at all; where they stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers,
    letters, roman numerals, bullets, dashes, stars, "Rule 1:", section or clause numbers, section signs) or none;
    and habits of its own: a section line above the rules, headings in markdown bold, a "Please note:" before one
    rule, a last-updated or agreed-at-the-AGM line, and a sign-off. Opening, closing and title lines, American
    spelling and curly quotes are then added by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(READER_WORDS_252)
    moderators = rng.choice(MODERATORS_252)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}
    fill["Mods"] = _first_upper(moderators)
    fill.update(rng.choice(SETTINGS_252))
    fill["Locals"] = _first_upper(fill["locals"])

    def filled(text: str) -> str:
        return _first_upper(text.format(**fill))

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = [REWORDINGS_252[index] for index in sorted(rng.sample(range(len(REWORDINGS_252)), count))]
    else:
        kinds = rng.sample(REWORDINGS_252, count)
    most_sentences = rng.choice((1, 2, 2, 3))
    heading_case = rng.choices(("sentence", "title", "capitals", "none"), (0.4, 0.25, 0.1, 0.25))[0]
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "number-stop",
            "number-bracket",
            "letter-bracket",
            "letter-stop",
            "roman",
            "roman-capital",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule-colon",
            "rule-dash",
            "section",
            "clause",
            "sign",
        )
    )
    bold_headings = heading_case != "none" and placement.startswith("own") and rng.random() < 0.1
    emphasised_item = rng.randrange(count) if rng.random() < 0.15 else -1

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if number - 1 == emphasised_item:
            chosen[0] = rng.choice(EMPHASIS_PREFIXES_252) + chosen[0]
        marker = _marker(marker_style, number) if marker_style else ""
        if heading_case == "none":
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if placement == "own":
            shown = heading
        elif placement == "own-stop":
            shown = heading if question else heading + "."
        elif placement == "own-colon":
            shown = heading if question else heading + ":"
        else:
            if question:
                joined = heading + " "
            else:
                joined = heading + {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            items.append(("", marker + joined + chosen[0], *chosen[1:]))
            continue
        if bold_headings:
            shown = f"**{shown}**"
        items.append((marker + shown, *chosen))

    if rng.random() < 0.15:
        items.insert(0, (filled(rng.choice(SECTION_LINES_252)), ""))
    if rng.random() < 0.2:
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS_252)} {rng.randint(2016, 2025)}"
        if rng.random() < 0.3:
            date = date.split(" ", 1)[1]
        updated = rng.choice(UPDATED_LINES_252).format(date=date)
        if rng.random() < 0.3:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_252)))

    def says_comment(text: str) -> bool:
        return "comment" in text.lower()

    intros = [filled(line) for line in POLICY_INTROS_252]
    closings = [filled(line) for line in POLICY_CLOSINGS_252]
    titles = [filled(line) for line in POLICY_TITLES_252]
    if word != "comment":
        intros = [line for line in intros if not says_comment(line)]
        closings = [line for line in closings if not says_comment(line)]
        titles = [line for line in titles if not says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_252)
