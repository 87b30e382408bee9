"""The ``reworded-248`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fiji English news, Shropshire market-town papers, Maine island weeklies, table-tennis clubs,
embroiderers' guilds, epilepsy parents' forums, neighbourhood watch schemes, windmill trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps to the table prints them: each is (headings, sentences), five or
# six headings (some of them questions) and five sentences. ``{c}``/``{cs}``/``{C}``/``{Cs}`` are the site's word
# for what readers send (singular, plural, capitalised) and ``{mods}`` who looks after the site; no sentence starts
# with ``{mods}``, and no sentence says "comment" except through the placeholders.
REWORDINGS_248: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Respect other readers",
            "Play the ball, not the player",
            "How should I disagree?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Disagree as strongly as you like, but argue with the point, not the person who made it.",
            "Personal attacks, name-calling and sneering at other members will be removed.",
            "Treat everyone here as you would at club night or across the counter at the village shop.",
            "We are a small community and most of us will meet at the ferry landing sooner or later, so write as if"
            " you will.",
            "Robust debate is welcome; bullying, baiting and pile-ons are not.",
        ),
    ),
    # Hatred and discrimination.
    (
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "What counts as hate speech?",
            "Equality",
            "Respect for all communities",
        ),
        (
            "We will not publish {cs} that attack people for their race, ethnicity, religion, disability, sex,"
            " sexual orientation or gender identity.",
            "Remarks that stir up ill feeling between iTaukei, Indo-Fijian or any other community in Fiji have no"
            " place on this site.",
            'Stereotyping travellers, incomers or "summer people" is still stereotyping, and it will be taken down.',
            "Jokes at the expense of a group are treated the same as insults aimed at it.",
            "Anything that could be read as stirring up hatred under the Public Order Act will be removed and may be"
            " passed to West Mercia Police.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I share someone's contact details?",
            "Other people's details",
            "Keep personal details private",
        ),
        (
            "Do not put your own or anyone else's address, phone number or email in a {c}.",
            "Please do not name a child, describe their school or share photos of them without a parent's consent.",
            "If you want a member to contact you, use private messages rather than posting your number for all to see.",
            "Never share details of where a neighbour lives, when they are away or what car they drive.",
            "Medical details belong to the person they describe: tell your own child's story if you wish, but not"
            " another family's.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "What if I'm worried about a child?",
            "Child protection",
            "Keeping juniors safe",
        ),
        (
            "Many of our players are juniors, and nothing should be posted that you would not say in front of them"
            " in the sports hall.",
            "If a {c} makes you worried for the safety of a child or a vulnerable adult, tell {mods} straight away.",
            "Adults must not ask young members for contact details or arrange to meet them through this site.",
            "Concerns are passed to the club welfare officer in line with Table Tennis England's safeguarding policy.",
            "{Cs} that appear to put someone at risk of harm will be hidden while we take advice.",
        ),
    ),
    # Moderation and delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} be published?",
            "Approval of {cs}",
        ),
        (
            "Every {c} is read by a person before it appears, so there will be a delay.",
            "The people who check {cs} are volunteers and look at the queue most evenings; please allow up to 48"
            " hours.",
            "The office is staffed two days a week in winter, and anything sent after the Wednesday deadline may"
            " wait until the next issue.",
            "{Cs} are moderated during office hours, Fiji time, Monday to Saturday.",
            "Please do not send the same {c} twice; it only makes the queue longer.",
        ),
    ),
    # Staying on topic.
    (
        (
            "Stay on topic",
            "Off-topic {cs}",
            "Keep to the subject",
            "Is my {c} relevant?",
            "Relevance",
            "One thread, one subject",
        ),
        (
            "Keep your {c} to the subject of the story or thread it sits under.",
            "If you want to raise something new, start a new thread in the right section of the forum.",
            "Stitch-along threads are for the project in hand; questions about other work belong in General Chat.",
            "Old arguments carried over from other stories will be removed, however good the point.",
            "This board is for the mill, milling days and the work of the trust, not for national politics.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising and spam",
            "No spam",
            "Can I advertise here?",
            "Selling and promotion",
            "Commercial posts",
            "Links",
        ),
        (
            "Unsolicited advertising, chain letters and repeated links to other websites will be deleted.",
            "Members may mention their own kits, patterns or classes once, in the Sales Table section, but not in"
            " every thread.",
            "Second-hand bats, rubbers and tables may be offered for sale on the Buy and Sell board only.",
            "Businesses wishing to reach readers in Suva, Lautoka or Labasa should contact our advertising department.",
            "We do not allow links to pages selling seizure alarms, supplements or so-called cures.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Registration",
            "Usernames and accounts",
            "Do I have to use my real name?",
            "One account each",
            "Identity",
        ),
        (
            "We ask you to use your real name, as you would if you wrote to the editor.",
            "Each person may hold one account; second accounts set up to get round a ban will be closed.",
            "Do not pretend to be another person, a police officer or a member of the committee.",
            "Your town or island appears beside your name so readers know where you are writing from.",
            "You may use a nickname, but {mods} must be able to reach you at a working email address.",
        ),
    ),
    # The law.
    (
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could my {c} get me into trouble?",
            "Court cases",
            "Libel and contempt",
        ),
        (
            "You are legally responsible for what you write, and anything defamatory, in contempt of court or"
            " otherwise unlawful will be removed.",
            "Do not speculate about anyone's guilt while a case is before the courts, whether at Telford"
            " Magistrates' Court or Shrewsbury Crown Court.",
            "We must follow the laws of Fiji, including the Online Safety Act 2018, and will remove anything that"
            " breaches them.",
            "Naming the victim of a sexual offence is itself an offence, even in a {c}.",
            "If we receive a legal complaint about a {c}, we may be required to pass on the details you registered"
            " with.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photographs and images",
            "Can I share a pattern?",
            "Other people's work",
            "Quoting and copying",
            "Copyright and credit",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please do not post whole charts or patterns from books or kits; a photo of your finished piece and the"
            " designer's name is fine.",
            "Quote a short passage from another article if you need to, with a link, but do not paste in the whole"
            " thing.",
            "By posting pictures of the mill you allow the trust to use them in its newsletter and on its"
            " noticeboard, with credit.",
            "Material copied from other newspapers will be removed at the request of whoever owns it.",
        ),
    ),
    # Reporting.
    (
        (
            "Reporting a problem",
            "Report abuse",
            "How do I report a {c}?",
            "Flagging",
            "Spotted something wrong?",
            "Complaints",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report rather than reply; arguing with a troll only keeps the thread going.",
            "Reports are anonymous and every one is read by {mods}, though we cannot always reply.",
            "If you are unhappy with a decision, email the editor and explain why.",
            "A {c} stays up while it is being looked at unless it is plainly unlawful.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Who decides?",
            "Removal of {cs}",
            "Right to edit",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "These rules are a guide, not a contract, and {mods} may remove anything they judge harmful to the forum.",
            "The trustees may update these guidelines at any time; the version on this page is the one that applies.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us", "Errors and tip-offs"),
        (
            "If you think we have got a fact wrong, email the newsroom rather than posting, so we can check it and"
            " put it right quickly.",
            "Story ideas and photographs from around the island are always welcome at the office or by email.",
            "Corrections are printed on page 2 of the next edition and noted at the foot of the story online.",
            "Tip-offs about crime should go to the police first, and to us second.",
            "We cannot run a story on the strength of a {c} alone, but we are always glad to follow one up.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Keep it clean", "Which languages can I use?", "Plain English, please", "Shouting"),
        (
            "No swearing, and that includes words with letters swapped for asterisks.",
            "Please write in English so everyone can follow the thread; a phrase in iTaukei or Fiji Hindi is fine.",
            "Writing in capitals reads as shouting; {cs} in block capitals may be held back.",
            "Text-speak and long strings of emojis make a thread hard to follow for some of our older members.",
            "Crude or sexual language will be removed even if it is meant as a joke.",
        ),
    ),
    # Warnings and bans.
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning; repeated breaches lead to a suspension, then a ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "A banned member may appeal once, in writing, to the club secretary.",
            "A ban from the forum does not affect your membership of the guild, which is a matter for the committee.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Can members give medical advice?",
            "Seizure first aid",
            "Safety first",
        ),
        (
            "Parents share their experience here, but nothing on this forum replaces advice from your child's"
            " neurologist or epilepsy nurse.",
            "Never change or stop an anti-seizure medicine because of something you have read here.",
            "If a seizure lasts more than five minutes, or you are not sure, call 999 for an ambulance.",
            "Do not climb the stage or go near the sails on the strength of anything posted here; the mill is only"
            " worked by trained millers.",
            "{Cs} about alternative treatments must make clear they describe one family's experience, not a"
            " recommendation.",
        ),
    ),
    # Crime and emergencies.
    (
        (
            "Reporting crime",
            "Emergencies",
            "Is this the place to report a crime?",
            "Suspicious activity",
            "Not an emergency service",
            "Don't take the law into your own hands",
        ),
        (
            "This page is not watched around the clock; to report a crime in progress ring 999, or 101 for"
            " anything else.",
            "In Fiji call 917 for the police; posting on this site is not the same as making a report.",
            "Describe what you saw, not who you think did it, and never name or post photographs of a suspect.",
            "Do not confront anyone you think is acting suspiciously: note the time, place and description, and"
            " tell the police.",
            "On the island, call 911 first, then let the harbor master know if a boat is involved.",
        ),
    ),
    # Noticeboard use, events and club business.
    (
        (
            "Noticeboard use",
            "What can I post on the noticeboard?",
            "Events and notices",
            "Club business",
            "Lost and found",
            "Fixtures and results",
        ),
        (
            "Notices of local events, lost pets and found keys are welcome; please take yours down once it is out of"
            " date.",
            "League fixtures and results are posted by the match secretary, so please check with them before"
            " posting changes.",
            "Guild business, such as the AGM and subscriptions, is dealt with by email, not on the open forum.",
            "Volunteer rotas for milling days and open weekends are put up here at the start of each month.",
            "Notices sent to the Ludlow, Bridgnorth or Church Stretton office may appear in all three papers.",
        ),
    ),
)

# The words a site uses for what readers send, as (singular, plural): most say "comment"; the rest never do.
COMMENT_WORDS_248: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_248: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
)

# Who looks after a site, as a sentence names them mid-sentence.
MODERATORS_248: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admins",
    "the trustees",
    "our site volunteers",
    "the scheme coordinators",
    "the newsroom",
)

# Opening lines a site may print before its rules (placeholders filled per site before ``_furnish`` sees them).
POLICY_INTROS_248: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers, and ask everyone to keep to a few simple rules.",
    "By posting on this site you agree to the following.",
    "Our forum is a friendly place, and these rules help keep it that way.",
    "The following terms apply to everything put up on this noticeboard.",
    "Thank you for taking part. A few house rules:",
    "{Cs} are open on most stories, subject to the rules below.",
    "Bula, and welcome. Before you join the conversation, please read our rules.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_248: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the editor.",
    "Happy stitching!",
    "See you at the table.",
    "Vinaka for reading, and for keeping the conversation respectful.",
    "The committee thanks you for your co-operation.",
    "Thanks for keeping an eye out for each other.",
)

# Titles a site may print above its rules.
POLICY_TITLES_248: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the forum",
    "{C} guidelines",
    "Terms of use for {cs}",
    "Guidelines for readers' {cs}",
)

# British spellings in this family's sentences and lines -> American (a site may print either).
AMERICAN_248: dict[str, str] = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "offence": "offense",
    "co-operation": "cooperation",
    "colour": "color",
    "judgement": "judgment",
    "programme": "program",
    "organise": "organize",
    "apologise": "apologize",
    "favour": "favor",
}

# Lines that split a site's items into two parts, as (first part, second part).
SECTION_LINES_248: tuple[tuple[str, str], ...] = (
    ("What we expect of you", "What we will remove"),
    ("General", "Moderation"),
    ("Part A: Posting", "Part B: How we moderate"),
    ("Before you post", "After you post"),
    ("The basics", "The small print"),
)

# Lines naming when a site last changed its rules: templates for the day, month and year a site draws.
UPDATED_LINES_248: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Updated {month} {year}.",
    "Reviewed at the AGM, {month} {year}.",
    "Version {version}, adopted by the committee in {month} {year}.",
    "These rules were last revised on {day} {month} {year}.",
)

# Month names for the last-updated line.
MONTHS_248: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip

# Sign-offs a site may print under its rules.
SIGN_OFFS_248: tuple[str, ...] = (
    "The Editor",
    "- The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "The Trustees",
    "Your Watch Coordinators",
    "The Moderation Team",
    "Admin",
)

# Small words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_248: frozenset[str] = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with")
)

# Lower-case roman numerals for list markers, enough for every item a site prints.
ROMAN_248: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii", "xix", "xx",
)  # fmt: skip

# List-marker shapes: templates over the item's number (n), letter (a, A) and roman numeral (r, R), plus the
# site's section number (s); a bullet shape ignores them.
MARKERS_248: tuple[str, ...] = (
    "{n}.", "{n})", "({n})", "{a}.", "({a})", "{a})", "{A}.", "{r}.", "({r})", "{R}.", "•", "-", "*", "–", "·",
    "Rule {n}:", "Rule {n}.", "{s}.{n}", "{s}.{n}.", "§{n}", "Section {n}:", "No. {n}", "{n} -",
)  # fmt: skip


def _title_case(text: str) -> str:
    """``text`` with each word's first letter in capitals, small words after the first left alone."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_248 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(shape: str, number: int, section: int) -> str:
    """One list marker of ``shape`` for the item numbered ``number`` (from 1) in section ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    roman = ROMAN_248[number - 1]
    return shape.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _items_248(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``. A site draws its word for what readers send
    ("comment" three times in four, otherwise post, message, reply, contribution, letter or posting) and who
    moderates; how many kinds it prints (two to five for one site in five, six to sixteen otherwise), in table order
    or shuffled; one to three of a kind's sentences an item, within a range the site keeps to; its heading case
    (as written, title case, capitals) or no headings at all; where headings stand (a part of their own, bare or with
    a stop or colon, or run in before the first sentence after a colon, stop or dash), sometimes in Markdown bold;
    a list-marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers ...) or none;
    and by chance two section lines splitting the items, a last-updated line at the top or the foot, and a sign-off.
    Opening, closing and title lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORDS_248 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_248)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_248),
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_248)), count)
    if rng.random() < 0.5:
        chosen.sort()
    fewest = rng.randint(1, 2)
    most = rng.randint(fewest, 3)
    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    heading_end = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " - ", " – ", " — "))
    bold = case != "none" and rng.random() < 0.1
    shape = rng.choice(MARKERS_248) if rng.random() < 0.6 else ""
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_248[kind]
        said = [sentence.format(**fill) for sentence in rng.sample(sentences, rng.randint(fewest, most))]
        heading = rng.choice(headings).format(**fill)
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        if bold:
            heading = f"**{heading}**"
        marker = _marker(shape, number, section) + " " if shape else ""
        if case == "none":
            items.append(("", marker + said[0], *said[1:]))
        elif placement == "own":
            end = "" if heading.endswith(("?", "**")) else heading_end
            items.append((marker + heading + end, *said))
        else:
            joint = " " if heading.endswith("?") else run_in
            items.append(("", marker + heading + joint + said[0], *said[1:]))

    if len(items) >= 4 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_248)
        split = rng.randint(2, len(items) - 2)
        items = [(first, ""), *items[:split], (second, ""), *items[split:]]
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_248).format(
            day=rng.randint(1, 28),
            month=rng.choice(MONTHS_248),
            year=rng.randint(2014, 2026),
            version=f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        )
        if rng.random() < 0.3:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_248)))

    intros = [line.format(**fill) for line in POLICY_INTROS_248]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_248]
    titles = [line.format(**fill) for line in POLICY_TITLES_248]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_248)
