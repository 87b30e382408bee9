"""The ``reworded-342`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bardsey island bulletins, Westerdale papers, Okanogan weeklies, teqball and footvolley leagues,
smocking and tatting circles, porphyria forums, cattle grid and common land residents, wash house museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings, questions among them, and
# five sentences in the sites' own voice. {c} {cs} {C} {Cs} stand for the site's word for what readers send
# (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_342: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Courtesy", "Keep it civil", "How should I disagree?", "Respect other members"),
        (
            "Disagree with the idea by all means, but not with the person: personal attacks will be removed.",
            "This is a small community and most of us will meet again at the landing or on the boat, so please write "
            "as you would speak to a neighbour.",
            "Be patient with members who are new to tatting, even if they ask a question that was answered last week.",
            "Name-calling, sneering and pile-ons have no place here, however strongly you feel about the cattle grid.",
            "Robust debate is welcome; rudeness is not, and {mods} will decide where the line falls.",
        ),
    ),
    (  # hatred and discrimination
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality and respect"),
        (
            "We do not publish {cs} that attack anyone because of their race, religion, sex, sexual orientation, "
            "disability or age.",
            'Remarks about incomers, holidaymakers or "offcomers" as a group cross the line just as surely as any '
            "other slur.",
            "Racist, sexist, homophobic or otherwise hateful language will be removed and the account closed.",
            "Stereotyping the Colville Tribes, migrant orchard workers or any other group is not acceptable here.",
            "This applies to jokes, links and pictures as much as to your own words.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Other people's details", "Can I name someone?", "Photographs"),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, and think twice about your own.",
            "Please don't name neighbours in disputes over grazing, gates or verges; take these to the commoners' "
            "association instead.",
            "Photographs of children at league fixtures may only be shared with a parent's written consent.",
            "You are welcome to share as much about your own porphyria as you choose, but never another patient's "
            "story without their permission.",
            "Private messages stay private: do not copy them into a public thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "What if someone is at risk?",
            "Junior players",
        ),
        (
            "Members must be 18 or over; parents may join on behalf of junior players.",
            "If you are worried that a child or vulnerable adult is at risk, contact the league's welfare officer or "
            "the police rather than posting about it here.",
            "If you or someone you know is in immediate danger, call 911; the forum is not watched around the clock.",
            "We will pass to the proper authorities anything that suggests someone may be at risk of harm.",
            "Coaches and volunteers should not contact junior members by private message.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go up?",
            "Approval",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "The bulletin is put together by volunteers, and when the boat is weatherbound so are we, so please be "
            "patient.",
            "{Cs} sent after noon on Friday will not be looked at until Monday.",
            "A {c} containing a link may be held back automatically; it has not been lost and will be checked.",
            "Please do not send the same {c} again just because it has not shown up yet.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Questions about pleaters, dot transfers and backsmocking belong on the Techniques board, not under "
            "meeting notices.",
            "National politics is off topic unless it bears directly on the island, the dale or the common.",
            "Threads that wander will be split or locked at the discretion of {mods}.",
            "The Kitchen Table board is the place for general chat, weather and the state of the Sound.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising is not permitted, except in the Buy, Swap and Sell section, and then only by members.",
            "Members may mention their own tatting patterns or shuttles once a month in the Makers' Corner, with a "
            "single link.",
            "Posts promoting supplements, cures or clinics will be removed; porphyria attracts more than its share of "
            "miracle-remedy sellers.",
            "Chain letters, affiliate links and posting the same thing in several places all count as spam.",
            "Holiday lets, B&Bs and boat trips can be advertised in the classified pages, which are paid for: please "
            "contact the office.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Do I have to use my real name?", "One account each", "Registration"),
        (
            "Everything you send must carry your full name and the town you live in; we do not print anonymous {cs}.",
            "You may use a nickname on the forum, but {mods} must be able to reach you at a working email address.",
            "One account per person; second accounts used to dodge a ban or to agree with yourself will be deleted.",
            "Do not pretend to be another person, club, grazier or official body.",
            "Only members of the Friends may post, and your login is the email address you gave when you joined.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Is it libellous?", "Stay within the law", "Court cases"),
        (
            "Do not post anything defamatory, and remember that you, as well as the paper, can be sued for what you "
            "write.",
            "Do not discuss live court cases beyond what has been reported, or you risk contempt of court.",
            "Under Washington law a false statement of fact can be actionable, so stick to what you know and can show "
            "to be true.",
            "Nothing you post should break the Commons Act 2006, the byelaws on the common or any other law, or "
            "encourage anyone else to.",
            "{Cs} that might prejudice a trial will be taken down at once, whatever their merits.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and patterns", "Can I share a pattern?", "Your content"),
        (
            "Do not post scans or photographs of published smocking or tatting patterns; link to the designer's own "
            "page instead.",
            "By sending us a {c} you allow us to publish it, edit it for length and reprint it in the printed "
            "bulletin.",
            "Only upload photographs you took yourself or have the photographer's permission to use.",
            "Quote articles briefly and with a credit; do not paste them in whole.",
            "Images of the museum's collection, from the box mangle to the coppers, are copyright of the Friends and "
            "may not be reused without permission.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a post?", "Seen something wrong?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Email the editor with the date and a short description and we will look at it promptly.",
            "A report is not a vote: one report of a genuine problem counts as much as ten.",
            "Please don't argue with a troublemaker in the thread; report it and move on.",
            "Reports go to {mods} and are usually dealt with within a day.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editorial discretion",
            "The committee's decision is final",
            "Who decides?",
            "Right to refuse",
        ),
        (
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "The editor's decision on what is published is final and we will not enter into correspondence about it.",
            "Publishing one {c} on a subject does not mean we will publish the next.",
            "The committee reviews these rules at the annual general meeting and may change them at any time.",
            "Removing a {c} is not a judgement on its author, only on whether it belongs here.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us", "Send us your news"),
        (
            "If we have got something wrong, please tell the editor directly rather than in the {cs}, so it can be "
            "put right quickly.",
            "Corrections are printed in the next issue on page 2.",
            "Tip-offs about lambing, road closures, the ferry timetable or anything happening on the common are always "
            "welcome.",
            "News for the next bulletin should reach us by the last Friday of the month.",
            "Fixture changes and results go to the league secretary, not in a reply to the match report.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Welsh and English", "Is swearing allowed?", "Write clearly"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} are welcome in Welsh or in English.",
            "Please avoid writing in capitals, which reads as shouting.",
            "Keep it clean: the bulletin is read by families and pinned up in the village hall.",
            "Text-speak and heavy abbreviation make posts hard to follow for members using screen readers.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Suspensions", "Three strikes"),
        (
            "A first breach will usually bring a warning by email; repeated breaches lead to suspension or removal.",
            "Serious breaches, such as threats or hate speech, mean an immediate ban.",
            "Banned members may appeal once, in writing, to the chair of the committee.",
            "We work on three strikes: a warning, a seven-day suspension, then a permanent ban.",
            "Please do not discuss another member's ban in public threads.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a doctor",
            "Safety",
            "Can I ask about medication?",
            "Health information",
            "Out on the common",
        ),
        (
            "Nothing posted here is medical advice; always check a medicine with your porphyria specialist or a drug "
            "safety list before taking it.",
            "Members share their own experience, which may not apply to you, and in an acute attack you should go "
            "straight to hospital.",
            "Do not recommend stopping or changing prescribed treatment, including haem arginate or givosiran.",
            "Advice about crossing the Sound, walking the mountain or getting close to the seals is given in good "
            "faith and is no substitute for local knowledge.",
            "Drills and footvolley techniques shared here are tried at your own risk, so warm up and play within your "
            "ability.",
        ),
    ),
    (  # elections and campaigning
        ("Elections", "Election periods", "Campaigning", "Can candidates post?", "Political posts"),
        (
            "During election periods we will not publish {cs} from candidates or their agents.",
            "Letters about the county commissioner race must reach us by the Friday before the last issue ahead of "
            "the election.",
            "Candidates for the parish council may post once to introduce themselves, and must say that they are "
            "standing.",
            "The Friends are a registered charity and cannot take sides in any election, so neither can this page.",
            "Paid political content is labelled as such and carries the name of whoever paid for it.",
        ),
    ),
)

# What a site calls the things readers send, as (singular, plural): most say "comment", about a quarter never do.
COMMENT_WORDS_342: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_342: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as the sentences name them.
MODERATORS_342: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the admins",
    "the news desk",
    "the Friends' committee",
    "the league officials",
    "the circle's organisers",
    "the residents' association",
)

# Opening lines a site may print before its items.
POLICY_INTROS_342: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We want this to be a friendly place for everyone, so we ask all members to follow a few simple rules.",
    "These house rules apply to everything published on this site and in the printed bulletin.",
    "Thank you for taking part. A few ground rules:",
    "By registering you agree to the following.",
    "Welcome! The circle runs on goodwill, and these rules help keep it that way.",
    "We welcome comments from readers, subject to the following.",
    "Comments are open on most stories. Before you join in, please note:",
    "This noticeboard is for residents of the parish and those with rights on the common.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_342: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly forum.",
    "Questions about these rules? Email the editor.",
    "These rules may be updated from time to time.",
    "Diolch - thank you.",
    "Happy stitching!",
    "See you on the court.",
    "Comments that break these rules will be removed without notice.",
    "Thanks for reading, and for keeping the gate shut.",
)

# Titles a site may print over its policy.
POLICY_TITLES_342: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Comment policy",
    "Community guidelines",
    "Noticeboard terms",
    "Letters and comments policy",
    "Guidelines for contributors",
    "Rules of the forum",
    "Terms of use for the noticeboard",
)

# British spellings used in the sentences and headings above -> American (a site may print either).
AMERICAN_342: dict[str, str] = {
    "neighbour": "neighbor",
    "organiser": "organizer",
    "libellous": "libelous",
    "judgement": "judgment",
    "haem": "heme",
    "labelled": "labeled",
}

# Lines some sites print before the items, naming the part of a larger document the rules stand in.
SECTION_LINES_342: tuple[str, ...] = (
    "Section 4: Posting rules",
    "Part B - Conduct on the forum",
    "Schedule 2 to the Friends' constitution",
    "Appendix: noticeboard terms",
    "3. Using the message boards",
    "Club handbook, chapter 6",
)

# Sign-offs some sites print under the items.
SIGN_OFFS_342: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "The Mods",
    "Board of the Friends of the Wash House",
    "League Secretary",
    "Admin team",
    "Issued by the residents' association",
)

# Month names for the dated lines some sites print.
MONTHS_342: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Lower-case roman numerals for the items' list markers, first to twentieth.
ROMAN_342: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
)  # fmt: skip


def _marker_maker_342(rng: random.Random):
    """One site's list marker style, as a function of the item number (1-based), or None for no markers: numbers,
    letters and roman numerals in several punctuations, bullets and dashes, "Rule 1:" and section numbers."""
    section = rng.randint(1, 9)
    styles = (
        None,
        lambda n: f"{n}.",
        lambda n: f"{n})",
        lambda n: f"({n})",
        lambda n: f"{'abcdefghijklmnopqrst'[n - 1]})",
        lambda n: f"({'abcdefghijklmnopqrst'[n - 1]})",
        lambda n: f"{'ABCDEFGHIJKLMNOPQRST'[n - 1]}.",
        lambda n: f"{ROMAN_342[n - 1]}.",
        lambda n: f"({ROMAN_342[n - 1]})",
        lambda n: f"{ROMAN_342[n - 1].upper()}.",
        lambda n: "\u2022",
        lambda n: "-",
        lambda n: "*",
        lambda n: "\u2013",
        lambda n: f"Rule {n}:",
        lambda n: f"Rule {n} -",
        lambda n: f"Rule {n}.",
        lambda n: f"{section}.{n}",
        lambda n: f"\u00a7{n}",
        lambda n: f"#{n}",
    )
    weights = (8, 4, 2, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1)
    return rng.choices(styles, weights)[0]


def _title_case_342(text: str) -> str:
    """``text`` with every word but the small ones after the first capitalised, as headings in title case print."""
    small = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at", "with"}
    words = text.split(" ")
    return " ".join(
        word if (index and word in small) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_line_342(rng: random.Random) -> str:
    """A last-updated or adopted line, dated the way British or American sites date them."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
    return rng.choice(
        (
            f"Last updated: {day} {MONTHS_342[month - 1]} {year}",
            f"Last updated {day} {MONTHS_342[month - 1]} {year}.",
            f"Updated {month}/{day}/{year}",
            f"Revised by the committee, {MONTHS_342[month - 1]} {year}.",
            f"Adopted at the AGM, {day} {MONTHS_342[month - 1]} {year}.",
            f"These rules were last reviewed in {MONTHS_342[month - 1]} {year}.",
        )
    )


def _items_342(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send ("comment"
    three times in four, else post, message, reply, letter and the like, and then no line says "comment") and who
    moderates; how many item kinds it prints (two to five for a fifth of sites, else six to sixteen), in table order
    or shuffled; how many sentences an item holds (one to three, the same for every item or varying); its headings'
    case (sentence, title or capitals) or no headings at all, and where they stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash), with an emphasis style now and
    then; its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none;
    and its own habits: a section line, a last-updated line at the top or bottom, a "Please note" before one item and
    a sign-off. The opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = rng.choice(COMMENT_WORDS_342 if says_comment else OTHER_WORDS_342)
    moderators = rng.choice(MODERATORS_342)
    fields = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_342)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.choices((1, 2, 3), (5, 4, 2))[0]
    same_count = rng.random() < 0.5

    heading_case = rng.choices(("sentence", "title", "upper", "none"), (5, 3, 1, 3))[0]
    placement = rng.choice(("own", "own_stop", "own_colon", "run_colon", "run_stop", "run_dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choices(("", "**", "*", "_"), (12, 2, 1, 1))[0]
    marker = _marker_maker_342(rng)
    note_at = rng.randrange(count) if rng.random() < 0.1 else -1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_342[kind]
        how_many = most_sentences if same_count else rng.randint(1, most_sentences)
        picked = [sentence.format(**fields) for sentence in rng.sample(sentences, how_many)]
        picked = [sentence[0].upper() + sentence[1:] for sentence in picked]
        if number - 1 == note_at:
            picked[0] = "Please note: " + picked[0][0].lower() + picked[0][1:]
        label = marker(number) if marker else ""

        if heading_case == "none":
            first = f"{label} {picked[0]}" if label else picked[0]
            items.append(("", first, *picked[1:]))
            continue
        heading = rng.choice(headings).format(**fields)
        if heading_case == "title":
            heading = _title_case_342(heading)
        elif heading_case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if label:
            heading = f"{label} {heading}"
        if placement.startswith("own"):
            if not question and placement == "own_stop":
                heading += "."
            elif not question and placement == "own_colon":
                heading += ":"
            items.append((heading, *picked))
        else:
            if question:
                joined = f"{heading} {picked[0]}"
            elif placement == "run_colon":
                joined = f"{heading}: {picked[0]}"
            elif placement == "run_stop":
                joined = f"{heading}. {picked[0]}"
            else:
                joined = f"{heading}{dash}{picked[0]}"
            items.append(("", joined, *picked[1:]))

    if rng.random() < 0.12:
        items.insert(0, ("", rng.choice(SECTION_LINES_342)))
    if rng.random() < 0.2:
        date_line = _date_line_342(rng)
        if rng.random() < 0.5:
            items.insert(0, ("", date_line))
        else:
            items.append(("", date_line))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_342)))

    def allowed(lines: tuple[str, ...]) -> list[str]:
        return [line for line in lines if says_comment or "comment" not in line.lower()]

    intros, closings, titles = allowed(POLICY_INTROS_342), allowed(POLICY_CLOSINGS_342), allowed(POLICY_TITLES_342)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_342)
