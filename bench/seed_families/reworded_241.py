"""The ``reworded-241`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Samoa English news, Pembrokeshire papers, Idaho panhandle weeklies, netball clubs, wood-turners'
associations, migraine forums, tower-block tenants' associations, watermill friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site lists them when it keeps table order: each is (headings, sentences),
# headings in sentence case (questions among them) and sentences in the voice of these sites. ``{c}``/``{cs}`` and
# ``{C}``/``{Cs}`` stand for the site's word for what readers send (singular/plural, capitalised), ``{mods}`` and
# ``{Mods}`` for who looks after the site; each is filled per site.
REWORDINGS_241: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it respectful",
            "Play the ball, not the player",
            "How should I talk to other members?",
            "Treat others as you would like to be treated",
            "Courtesy costs nothing",
        ),
        (
            "Disagree by all means, but take on the argument and not the person making it.",
            "Treat other members as you would a neighbour on the landing: politely, even when you think they are "
            "wrong.",
            "Name-calling, sneering and personal digs will see your {c} removed, however clever they seemed at the "
            "time.",
            "Remember that the people you are arguing with may be the ones you meet at the shop, on court or at the "
            "bus stop in Haverfordwest.",
            "Robust debate is welcome; bullying, goading and abusive behaviour are not.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "What counts as hate?",
            "Respect for everyone",
            "Zero tolerance",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, disability, sex, sexual "
            "orientation or gender identity.",
            "That includes remarks about Samoans, palagi, Welsh speakers, incomers or any other group, whether meant "
            "as a joke or not.",
            "Slurs, coded insults and 'just asking questions' about whole communities have no place here.",
            "Hateful material is taken down without warning, and the account behind it is usually closed the same day.",
            "The club is open to players of every background and ability, and so are its pages.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share private details",
            "Can I name my neighbour?",
            "Protect people's privacy",
            "Keep personal details off the board",
        ),
        (
            "Do not post anyone's address, flat number, phone number or email, and think twice before posting your "
            "own.",
            "Please don't post the names or photos of other people's children from matches, training or tournaments.",
            "Complaints about a named neighbour or a named member of council staff belong with the housing office, "
            "not on this board.",
            "If you want to get in touch with another member, ask {mods} and we will pass your details on privately.",
            "What you share about your own health is your choice; what you know about someone else's is not yours "
            "to share.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting our juniors",
            "Who do I tell if I'm worried about a child?",
            "Welfare concerns",
            "Keeping young people safe",
        ),
        (
            "Adults must not contact junior members through this site or by private message; all contact goes "
            "through parents and the club welfare officer.",
            "If you are worried about a child or a vulnerable adult, do not post about it here: speak to our welfare "
            "officer, or to the police.",
            "Members under 16 may read these pages but may not post.",
            "Any {c} that raises a safeguarding concern will be taken down and passed to the designated safeguarding "
            "lead.",
            "If someone is in immediate danger, call the emergency services straight away rather than posting.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by {mods} before they go up, so there may be a delay of a few hours.",
            "Our moderators are volunteers with jobs and families, so please allow up to 48 hours.",
            "{Cs} sent after 5pm on a Friday may not appear until Monday morning.",
            "Sending the same {c} again will not speed things up; it only lengthens the queue.",
            "A new member's first few {cs} are held for approval, and after that they appear straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right board?",
            "Stick to the story",
            "Right place, right thread",
        ),
        (
            "Keep {cs} to the subject of the article or thread, and start a new thread for anything else.",
            "Lifts, repairs and rent each have their own board, so please use the right one.",
            "Grinding days, volunteering and the events programme go under Events; general chat goes in the Tea Room.",
            "Long off-topic exchanges between two members may be moved or removed.",
            "This is a forum about migraine and headache, so please don't turn threads into arguments about "
            "unrelated politics.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Links and adverts",
        ),
        (
            "Advertising, affiliate links and chain messages will be removed and the account suspended.",
            "Members may mention their own turned work or classes in their signature, but not in every {c}.",
            "Raffles, fundraisers and kit sales for the club go through the committee first.",
            "Don't offer or ask for prescription medicines, supplements or 'miracle cures' for sale.",
            "Posting the same link across several threads is treated as spam, whatever it links to.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Do I have to use my real name?",
            "One person, one account",
            "Usernames",
        ),
        (
            "Please sign with your real name and town; {cs} under obvious pen names are less likely to be published.",
            "Each member may hold one account, and second accounts used to back up your own arguments will be closed.",
            "Do not pretend to be somebody else, whether a councillor, a matai, a club official or another member.",
            "Usernames that are offensive, or that look like a real person's name, may be changed by {mods}.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation",
            "Could I get into legal trouble?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "Do not accuse a named person of a crime unless they have been convicted of it; that is defamation, and "
            "you can be sued for it.",
            "Once someone has been charged, say nothing that could prejudice their trial, or you risk contempt of "
            "court.",
            "Defamation law applies online just as it does in print, in Samoa as anywhere else, and you are "
            "personally liable for what you write.",
            "We publish under the law of England and Wales, including the Defamation Act 2013 and the Contempt of "
            "Court Act 1981.",
            "The First Amendment lets you criticise public officials, but it does not protect false statements of "
            "fact about real people in Kootenai, Bonner or Boundary County.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and sharing",
            "Can I post a photo I found online?",
            "Credit where it's due",
        ),
        (
            "Do not paste whole articles from other newspapers; a short quote and a link is fine.",
            "Only post photos you took yourself or have permission to use.",
            "Turning projects, plans and magazine articles belong to their authors, so please share a link rather "
            "than a scan.",
            "By posting you grant us a free licence to publish your {c} on the site, in print and on our social "
            "media pages.",
            "Old photographs of the mill are welcome, but tell us where they came from so the archive can credit them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Reports are anonymous: the member you report will not be told who flagged them.",
            "Please don't reply to a troll; report it and move on.",
            "If you would rather not use the button, email the editor or speak to any committee member at the "
            "Tuesday drop-in.",
            "Using the report button to settle scores is itself against the rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The committee's call",
            "Who decides?",
            "Final say",
            "Right to remove",
        ),
        (
            "The editor decides what is published and does not have to explain every decision.",
            "We may edit, shorten or decline any {c} for length, clarity or legal reasons.",
            "The committee may remove any {c} or member at its discretion, and its decision is final.",
            "These rules cannot cover everything, and {mods} will use common sense where they don't.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Getting it right",
            "Tell us what's happening",
        ),
        (
            "If we have got something wrong in a story, email the newsroom rather than posting about it; we will put "
            "it right, and apologise where we should.",
            "Corrections are made in the article itself, with a note at the foot saying what changed and when.",
            "Have a story from Savai'i or Upolu? Send it to our newsroom in Apia with your name and a phone number.",
            "Tips about fires, road closures or missing people around Sandpoint or Bonners Ferry should come straight "
            "to the newsroom by phone.",
            "Tournament organisers can send results, match reports and photos from the weekend's games to the club "
            "secretary for the website.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which languages can I use?",
            "Keep it clean",
            "Welsh, Samoan and English",
        ),
        (
            "No swearing, and that includes words with letters swapped for asterisks.",
            "{Cs} in Samoan and in English are equally welcome.",
            "You are welcome to write in Welsh or English; {mods} can read both.",
            "Please don't write in capitals, as it reads as shouting.",
            "Keep it family-friendly: many of our readers are juniors and their parents.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Enforcement",
            "Consequences",
        ),
        (
            "A first breach usually earns a private warning, a second a suspension and a third a permanent ban.",
            "Serious offences, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members who rejoin under a new name will be removed again.",
            "If you think you have been banned unfairly, write to the secretary and the committee will look at it at "
            "its next meeting.",
            "We do not discuss individual bans in public threads.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Is this medical advice?",
            "Safety first",
            "Stay safe",
        ),
        (
            "Members share their own experience, not medical advice: always talk to your GP, neurologist or "
            "pharmacist before changing medication.",
            "A sudden, severe headache, weakness down one side or slurred speech is an emergency; call 999 or 911 "
            "now instead of posting.",
            "Never recommend doses, or tell anyone to stop a treatment their doctor has prescribed.",
            "Anything shown here is done at your own risk: wear a face shield, keep the tool rest close and stay out "
            "of the line of fire of a spinning blank.",
            "Do not encourage anyone to go near the wheel, the sluice or the mill pond outside a guided visit.",
        ),
    ),
    (  # buying, selling and swaps
        (
            "Buying and selling",
            "For sale and wanted",
            "Marketplace",
            "Can I sell my old lathe here?",
            "Swaps and sales",
        ),
        (
            "Members may sell their own tools and timber on the For Sale board; traders must ask the committee first.",
            "Give a price, a location and whether you will post; threads without a price will be removed.",
            "Outgrown dresses, trainers and bodywarmers can go in the kit swap thread.",
            "Any deal is between buyer and seller, and the association takes no responsibility for it.",
            "No sales of firearms or ammunition, even where they are legal in Idaho.",
        ),
    ),
    (  # letters to the editor
        (
            "Letters to the editor",
            "Length and frequency",
            "Writing to us",
            "How long can my letter be?",
            "Election letters",
        ),
        (
            "Letters should be no longer than 250 words and must include your full name, town and a daytime phone "
            "number so we can check them.",
            "We print one letter from each writer every 30 days.",
            "Letters backing candidates will not run in the last edition before an election.",
            "Only your name and town will be printed; your address and phone number never are.",
            "Form letters, and letters sent to several papers at once, are not accepted.",
        ),
    ),
    (  # the noticeboard
        (
            "Noticeboard",
            "Putting up a notice",
            "What can go on the board?",
            "Notices",
            "Lost, found and events",
        ),
        (
            "Notices for the community centre and the board in each block's lobby should be handed to a committee "
            "member, not taped to the lift doors.",
            "Notices come down after four weeks unless you ask us to keep them up.",
            "Events, lost pets and found keys are welcome; adverts for private businesses are not.",
            "We will not put up anything that names a neighbour or a member of staff in a dispute.",
            "Every notice must be signed by the tenant or volunteer who put it up.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural): most say "comment"; the rest never do.
COMMENT_WORDS_241: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_241: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it names them mid-sentence.
MODERATORS_241: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the newsroom",
    "the committee",
    "the forum team",
    "the admins",
    "our volunteer moderators",
    "the web team",
    "the trustees",
    "the club secretary",
)

# Opening lines a site may print before its rules (filled per site, then drawn by ``_furnish``).
POLICY_INTROS_241: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, but a few ground rules apply.",
    "By posting on this site you agree to the following.",
    "These guidelines apply to every {c} on the site and on our Facebook page.",
    "Talofa lava, and welcome. Before you post, please take a minute to read our house rules.",
    "Croeso! Here is how we keep this forum friendly.",
    "The committee agreed these rules at the last AGM; they cover the website, the Facebook group and the "
    "noticeboards.",
    "This forum is run by volunteers who live with migraine themselves, and to keep it a safe place we ask everyone "
    "to follow these guidelines.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_241: tuple[str, ...] = (
    "Thank you for keeping this a friendly place.",
    "Fa'afetai lava.",
    "Diolch - the editor.",
    "Questions about these rules? Email the editor.",
    "These rules may change, and the latest version is always on this page.",
    "Happy turning!",
    "See you at the mill.",
    "Thanks for reading, and look after yourselves.",
)

# Title lines a site may print above its rules.
POLICY_TITLES_241: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "{C} guidelines",
    "Terms of use for {cs}",
    "Club social media policy",
    "Reader {cs} policy",
)

# British spellings used in this family's lines -> American, for sites that print American spelling.
AMERICAN_241: dict[str, str] = {
    "neighbour": "neighbor",
    "programme": "program",
    "offence": "offense",
    "licence": "license",
    "behaviour": "behavior",
    "criticise": "criticize",
    "organiser": "organizer",
    "apologise": "apologize",
    "centre": "center",
}

# Small words that title-case headings leave in lower case (unless they open the heading).
SMALL_WORDS_241: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
)

# Optional section lines a site may print between groups of rules.
SECTION_LINES_241: tuple[str, ...] = (
    "General",
    "The rules",
    "Part 1 - Conduct",
    "Moderation and enforcement",
    "Before you post",
    "The small print",
)

# Last-updated lines a site may print at the top or foot of its rules.
UPDATED_LINES_241: tuple[str, ...] = (
    "Last updated: 14 March 2024.",
    "Last updated 02/09/2023",
    "Updated January 2025.",
    "Reviewed at the AGM, October 2023.",
    "Version 2.1, adopted by the committee in May 2022.",
    "Page last reviewed: 11 November 2024",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_241: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Ia manuia, the Editor",
    "The admin team",
    "Posted by Admin",
    "On behalf of the trustees",
)

# Summary lines a site may print before its rules.
SUMMARY_LINES_241: tuple[str, ...] = (
    "In short: be kind, stay on topic, and don't post anything you would not say to someone's face.",
    "The short version: be nice, be legal, be relevant.",
)

# Dividers a site may print between items.
DIVIDERS_241: tuple[str, ...] = ("* * *", "---", "~~~")


def _roman_241(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


# List markers a site may print before each rule, as functions of the rule's number (1 on).
MARKERS_241: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{n} -",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_roman_241(n)}.",
    lambda n: f"({_roman_241(n)})",
    lambda n: f"{_roman_241(n).upper()}.",
    lambda n: "\u2022",
    lambda n: "*",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "\u25aa",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n}.",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"Section {n}.",
    lambda n: f"3.{n}",
    lambda n: f"\u00a7 {n}",
    lambda n: f"Guideline {n}:",
)


def _title_case_241(heading: str) -> str:
    """``heading`` in title case: each word capitalised but the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_241 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_241(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send ("comment"
    for three sites in four, else one word it uses throughout) and who moderates it; how many rules it prints (two to
    five for a fifth of sites, six to sixteen for the rest) and whether in table order or shuffled; one to three
    sentences for each rule; whether it prints headings and, if so, their case (sentence, title or capitals), whether
    they stand as a part of their own (bare, with a stop or a colon, sometimes with markdown emphasis) or run in
    before the first sentence after a colon, stop or dash; a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers) or none; and, by chance, a summary line, section lines, dividers, a
    last-updated line and a sign-off. The opening, closing and title lines, American spelling and curly quotes are
    left to ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_241 if rng.random() < 0.75 else OTHER_WORDS_241)
    moderators = rng.choice(MODERATORS_241)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_241)), count)
    if rng.random() < 0.6:
        chosen.sort()

    has_headings = rng.random() < 0.75
    heading_case = rng.choice(("sentence", "sentence", "title", "upper"))
    run_in = rng.random() < 0.35
    own_suffix = rng.choice(("", "", ".", ":"))
    run_in_joint = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choice(("**", "__")) if not run_in and rng.random() < 0.12 else ""
    marker = rng.choice(MARKERS_241) if rng.random() < 0.6 else None
    sentences_most = rng.choice((1, 2, 2, 3))
    keep_sentence_order = rng.random() < 0.7

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_241[kind]
        picked = rng.sample(range(len(sentences)), rng.randint(1, sentences_most))
        if keep_sentence_order:
            picked.sort()
        parts = [sentences[index].format(**words) for index in picked]
        heading = ""
        if has_headings:
            heading = rng.choice(headings).format(**words)
            if heading_case == "title":
                heading = _title_case_241(heading)
            elif heading_case == "upper":
                heading = heading.upper()
        label = marker(number) if marker else ""
        if heading and run_in:
            joint = " " if heading.endswith("?") else run_in_joint
            if joint.strip() in ("-", "\u2013", "\u2014") and label[-1:] in ("-", "\u2013"):
                joint = ": "
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading:
            suffix = "" if heading.endswith("?") else own_suffix
            if suffix == ":" and label.endswith(":"):
                suffix = "."
            heading = emphasis + heading + suffix + emphasis
        if label:
            if heading:
                heading = f"{label} {heading}"
            else:
                parts[0] = f"{label} {parts[0]}"
        items.append((heading, *parts))

    if rng.random() < 0.15 and len(items) > 2:
        divider = ("", rng.choice(DIVIDERS_241))
        for place in sorted(rng.sample(range(1, len(items)), rng.randint(1, 2)), reverse=True):
            items.insert(place, divider)
    if rng.random() < 0.15:
        sections = rng.sample(SECTION_LINES_241, 2)
        items.insert(len(items) // 2, (sections[1], ""))
        items.insert(0, (sections[0], ""))
    if rng.random() < 0.1:
        items.insert(0, ("", rng.choice(SUMMARY_LINES_241)))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_241))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_241)))

    intros = [line.format(**words) for line in POLICY_INTROS_241]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_241]
    titles = [line.format(**words) for line in POLICY_TITLES_241]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_241)
