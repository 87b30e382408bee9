"""The ``reworded-364`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Torrey and Fredonia weeklies, Mancos and Ouray papers, Silverton and Creede bulletins, rogaining and
mushing clubs, canyoning and punting outfits, PKU and galactosaemia parents' forums, land sailing and ice yacht clubs,
jousting and juggling festivals.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps to the table prints them. Each kind is
# (headings, sentences): headings a site may give the item (questions among them) and sentences it may say under
# it. {c} {cs} {C} {Cs} stand for the site's word for what readers send (singular, plural, capitalised) and {mods}
# for whoever looks after the site; headings and sentences never say "comment" outright, so a site with another
# word never prints it.
REWORDINGS_364: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it civil",
            "Respect other members",
            "Play the ball, not the person",
            "Why was my {c} about another reader taken down?",
            "Courtesy",
        ),
        (
            "Argue with the idea, not the neighbour who posted it; in a town the size of Torrey you will likely see"
            " them at the post office on Monday.",
            "Personal attacks, name-calling and sneering at other readers will be taken down, however right you"
            " think you are.",
            "Disagree as hard as you like about the county budget or the school board, but do it without insults.",
            "This is a forum for worried, tired parents, so please be gentle with each other, especially with"
            " families who have just had a diagnosis.",
            "Treat fellow mushers the way you would on the trail: give way, say thanks, and keep your temper when"
            " the dogs tangle.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hate speech?",
            "Respect for everyone",
            "Bigotry",
        ),
        (
            "We remove {cs} that attack people for their race, religion, nationality, sex, sexual orientation,"
            " disability or age.",
            "Slurs are not allowed, including ones with letters swapped for asterisks.",
            "Jokes at the expense of tribal members, immigrant workers or any other group in Montezuma County will"
            " not be published.",
            "Hateful symbols, links to hate sites and 'just asking questions' posts that dress up prejudice will be"
            " deleted without discussion.",
            "Everyone is welcome at the festival, on the tiltyard and in the stands, and the same goes for this page.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Can I share someone's phone number?",
            "Keep private things private",
            "Don't post personal details",
        ),
        (
            "Do not post anyone's home address, phone number, email or licence plate, including your own.",
            "Remember that anything you write here can be found by a search engine years from now.",
            "Please don't share a child's full name, school or hospital alongside their diagnosis; first names or"
            " initials are plenty.",
            "Photos of other people, including fellow competitors at a meet, should only be posted with their"
            " permission.",
            "If you want to reach a member privately, use the private message button rather than asking for their"
            " details in the open thread.",
        ),
    ),
    (  # safeguarding
        (
            "Children and young people",
            "Safeguarding",
            "Protecting children",
            "Under 16?",
            "Posting about your children",
            "Young members",
        ),
        (
            "Never post photos of children that show a school uniform, a street sign or anything else that could"
            " show where they live.",
            "If you are worried that a child or vulnerable adult is at risk, call the police or county social"
            " services directly; a forum is not the place to report it.",
            "Junior jugglers under 16 need a parent or guardian's permission to join, and adults may not ask them"
            " to message privately.",
            "Anyone who tries to contact a young member privately, for any reason, will be banned and reported to"
            " our safeguarding officer.",
            "Teenagers with PKU are welcome on the teen board, which has its own rules, set by {mods}.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "Please be patient",
            "Where is my {c}?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or more in deadline week.",
            "We are a small paper with a staff of three, so {cs} sent on a Friday evening may not go up until Monday.",
            "Your first {c} is held for approval; after that, most will appear straight away.",
            "{Cs} with links are held back and checked by hand, so please don't send the same thing twice.",
            "In race season approvals can be slow, because {mods} may be out on the trail with the dogs.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic posts",
            "Is this the right place?",
            "Stick to the story",
        ),
        (
            "Keep your {c} to the subject of the article; a story about the Ouray Ice Park is not the place to"
            " refight the last election.",
            "Off-topic threads will be moved or closed, not because they are bad but because they bury the"
            " questions people came here to ask.",
            "If you have a question about low-protein recipes, please post it on the Recipes and Food board, not in"
            " Clinic Appointments.",
            "Questions about bookings, cancellations or refunds should go to the office by phone, not into a {c}"
            " thread.",
            "Ice reports belong in the Ice Conditions thread so that members can find them quickly on a Saturday"
            " morning.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Advertising and self-promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Selling and soliciting",
        ),
        (
            "{Cs} that advertise a product, service or website will be removed; call our advertising department if"
            " you'd like to place an ad in the paper.",
            "Repeated posting of the same message, chain letters and links to unrelated sites all count as spam.",
            "You may mention a supplier of low-protein foods if it helps another family, but sales pitches and"
            " referral codes are not allowed.",
            "Outfitters and guide services may not tout for business in the trip reports; ask the committee about"
            " sponsoring the club instead.",
            "Campaign material, fundraising appeals and petitions need the editor's approval before they appear.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts and usernames",
            "Do I have to use my real name?",
            "One account per person",
            "Registration",
        ),
        (
            "We ask that you sign each {c} with your real first and last name, as you would a letter to the editor.",
            "Screen names are fine, but impersonating another person, a business or a public official is not.",
            "One account per person; sock-puppet accounts used to agree with yourself will be closed, along with the"
            " original.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Club members should register with the name on their membership so the committee can approve the account.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Obey the law",
            "Defamation and the law",
            "Could I be sued for what I post?",
            "Stay within the law",
            "Libel",
        ),
        (
            "Do not accuse a named person of a crime unless they have been charged, and even then remember that they"
            " are innocent until proven guilty.",
            "Colorado law applies to what you write here just as it does to anything printed, and we may be required"
            " to share your details with the police or a court.",
            "Don't discuss a case before the courts in a way that could prejudice a jury; {mods} will pull anything"
            " that might.",
            "Posts about illegal activity, from poaching elk out of season to driving off-route on the Alpine Loop,"
            " will be removed and may be passed to the authorities.",
            "Rogaine courses cross private land by the landholders' permission only; posts urging people to visit"
            " controls outside event days will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post a newspaper article?",
            "Photos and copyright",
            "Your content",
            "Sharing material",
        ),
        (
            "Do not paste whole articles from other newspapers; a short quote and a link is plenty.",
            "Only post photos you took yourself or have permission to use, and that includes race photos.",
            "By sending a {c}, you grant the paper a licence to publish it in print and online and to edit it for"
            " length.",
            "Route descriptions from guidebooks are copyrighted, so please don't scan or photograph their pages into"
            " a trip report.",
            "Photos and video of the joust may be shared for personal use but not sold or used in advertising without"
            " the festival's written permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Flag it",
            "How do I report a {c}?",
            "Report abuse",
            "Seen something wrong?",
            "Letting us know",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Please don't argue with a troll in the thread; flag it and let {mods} deal with it.",
            "You can also email the editor, or drop a note through the office door on Main Street.",
            "Reports are anonymous, and the person you reported will not be told who sent it.",
            "Flagging a {c} does not guarantee it will be removed; we weigh each report against these guidelines.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Moderators' discretion",
            "The committee's call",
            "Who decides?",
            "Final say",
        ),
        (
            "The editor has the final say over what is published, and decisions about single {cs} will not be"
            " argued in public.",
            "We may edit, hold or delete any {c} at any time, without notice and without giving a reason.",
            "These rules are not a complete list, and {mods} may remove a {c} that keeps to the wording of the rules"
            " but not to their spirit.",
            "If you disagree with a moderation decision, email the club secretary; do not start a new thread about it.",
            "Publishing a {c} does not mean we agree with it, and the views in it are the writer's alone.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Have a story for us?",
            "Corrections and tips",
            "Errors",
        ),
        (
            "If we got something wrong in a story, please email the newsroom so we can correct it in print, rather"
            " than pointing it out in a {c}.",
            "Have a tip about something happening in Wayne County? Call the office or send it by email; {mods} will"
            " read every one.",
            "Corrections are printed on page 2 of the next week's edition and noted at the foot of the story online.",
            "Event organisers can send results, photos and notices by the Monday noon deadline for that week's paper.",
            "If a fact in a thread is wrong, a polite reply with a source is always better than a scornful one.",
        ),
    ),
    (  # language
        (
            "Language",
            "Watch your language",
            "Profanity",
            "Keep it clean",
            "Is swearing allowed?",
            "Language and tone",
        ),
        (
            "No profanity, obscenity or vulgar language; this is a family paper and it reads like one.",
            "Swearing with letters replaced by symbols is still swearing.",
            "Please write in English, and avoid typing in all capitals, which reads as shouting.",
            "Sexually explicit material is not permitted anywhere on the site.",
            "Families read this forum together, so write as you would in front of the children.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Consequences",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a warning by email; a second means a suspension, and a third a permanent"
            " ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Banned users who come back under a new name will be removed again as soon as we notice.",
            "We may block an account, an email address or an IP address at our discretion.",
            "Members banned from the forum may also lose their place on the club's event entries and trip lists.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety",
            "Should I follow advice I read here?",
            "Your safety comes first",
            "Health information",
        ),
        (
            "Nothing posted here replaces advice from your child's metabolic team; always check with your dietitian"
            " before changing a diet or a Phe allowance.",
            "Never change a baby's formula or relax a galactosaemia diet on the strength of a forum post.",
            "Beta, route descriptions and water levels posted here may be out of date; check the flash-flood forecast"
            " before dropping into any canyon.",
            "Ice reports from members are a guide only; check the thickness yourself and never sail alone on new ice.",
            "Posts about avalanche danger or closures on Red Mountain Pass are not official; check with CDOT and the"
            " avalanche centre before you drive.",
        ),
    ),
    (  # buying, selling and swaps
        (
            "Buying and selling",
            "Classifieds",
            "For sale and wanted",
            "Can I sell gear here?",
            "Swaps and sales",
            "Trading",
        ),
        (
            "Members may list gear for sale on the Marketplace board, one post per item, with a price.",
            "Prescription formula and medical foods must never be sold or swapped on the forum, not even unopened"
            " tins.",
            "Dogs and puppies may only be offered in the Dogs Wanted thread, and every dog must be microchipped and"
            " vaccinated.",
            "The club takes no responsibility for deals between members; inspect the runners and sail before you pay.",
            "Private classified ads belong in the paper's classifieds section, which costs $10 for 25 words.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment", a quarter of them one of the others.
COMMENT_WORD_364 = ("comment", "comments")
OTHER_WORDS_364: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it names them mid-sentence.
MODERATORS_364: tuple[str, ...] = (
    "the editor",
    "the editors",
    "our moderators",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the festival crew",
    "the newsroom",
    "the admin team",
    "the office staff",
)

# Opening lines a site may print before its items (placeholders filled per site).
POLICY_INTROS_364: tuple[str, ...] = (
    "Please read these guidelines before you join the discussion.",
    "We welcome your {cs}, and we ask that you follow a few simple rules.",
    "These house rules apply to everyone who posts on this site.",
    "Thanks for joining the conversation. A few ground rules:",
    "Our forum is run by volunteers, and it only works if members follow these rules.",
    "The paper welcomes {cs} from readers, subject to the following terms.",
    "By sending a {c} you agree to the rules below.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_364: tuple[str, ...] = (
    "Thank you for keeping this a place where neighbours can talk.",
    "These guidelines may change at any time without notice.",
    "By posting, you agree to these terms.",
    "Questions? Email the editor.",
    "Happy trails, and see you at the next event.",
    "Thanks for helping to keep the forum friendly and useful.",
    "Breaking these rules may get your {c} removed or your account suspended.",
)

# Titles a site may print over its policy.
POLICY_TITLES_364: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Terms of participation",
    "Rules of the board",
    "Guidelines for {cs}",
    "{C} guidelines",
)

# British spellings used in this family's lines, and their American forms.
AMERICAN_364: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "galactosaemia": "galactosemia",
    "organisers": "organizers",
    "centre": "center",
}

# Short lines some sites print before their items, as a section line.
SECTION_LINES_364: tuple[str, ...] = (
    "Before you post, please note:",
    "The short version:",
    "The rules",
    "Our guidelines in brief",
    "Please keep to the following:",
)

# Sign-offs some sites print at the foot of their rules.
SIGN_OFFS_364: tuple[str, ...] = (
    "The Editor",
    "The Committee",
    "The Forum Team",
    "Festival Management",
    "The Publisher",
)

# Months for a site's last-updated line.
MONTHS_364: tuple[str, ...] = (
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

# Words left in lower case when a heading is printed in title case.
SMALL_WORDS_364 = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"})


def _title_case_364(heading: str) -> str:
    """``heading`` in title case: each word capitalised but the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_364) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _roman_364(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_364(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1); ``section`` numbers section-style markers."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    markers = {
        "number-stop": f"{number}.",
        "number-paren": f"{number})",
        "number-both": f"({number})",
        "letter-paren": f"{letter})",
        "letter-both": f"({letter})",
        "capital-stop": f"{letter.upper()}.",
        "roman-stop": f"{_roman_364(number).upper()}.",
        "roman-paren": f"{_roman_364(number)})",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en-dash": "\u2013",
        "rule": f"Rule {number}:",
        "rule-stop": f"Rule {number}.",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7 {number}",
        "section-word": f"Section {number}.",
    }
    return markers[style]


def _items_364(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send
    ("comment" three times in four, else one it uses throughout without ever saying "comment") and who moderates;
    how many kinds it prints (two to five for one site in five, else six to sixteen), kept in table order or
    shuffled; one to three sentences an item; its heading case (sentence, title or capitals, or no headings at all),
    whether headings stand as a part of their own (bare, with a stop or with a colon) or run in before the first
    sentence after a colon, stop or dash, and now and then in bold marks; a list marker (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none; and by chance a section line
    before the items, a last-updated line at the top or foot, and a sign-off. The opening, closing and title lines,
    American spelling and curly quotes are left to ``_furnish``."""
    says_comment = rng.random() >= 0.25
    singular, plural = COMMENT_WORD_364 if says_comment else rng.choice(OTHER_WORDS_364)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_364),
    }

    def fill(lines: tuple[str, ...]) -> list[str]:
        filled = [line.format(**words) for line in lines]
        return [line for line in filled if says_comment or "comment" not in line.lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_364)), count)
    if rng.random() < 0.6:
        chosen.sort()

    case = rng.choices(("sentence", "title", "capitals", "none"), weights=(35, 30, 15, 20))[0]
    placement = rng.choice(("own", "own", "run-in"))
    own_end = rng.choice(("", "", ".", ":"))
    run_in_join = rng.choice((": ", ": ", ". ", " \u2014 ", " - ", " \u2013 "))
    bold = rng.random() < 0.08
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-paren",
            "number-both",
            "letter-paren",
            "letter-both",
            "capital-stop",
            "roman-stop",
            "roman-paren",
            "bullet",
            "bullet",
            "star",
            "dash",
            "en-dash",
            "rule",
            "rule-stop",
            "section",
            "section-sign",
            "section-word",
        )
    )
    if marker_style.startswith("rule") or marker_style == "section-word":
        own_end = "." if own_end == ":" else own_end
        run_in_join = ". " if run_in_join == ": " else run_in_join
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_364[kind]
        picked = rng.sample(fill(sentences), rng.choices((1, 2, 3), weights=(45, 35, 20))[0])
        marker = "" if marker_style == "none" else _marker_364(marker_style, number, section) + " "
        if case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
            continue
        heading = rng.choice(fill(headings))
        if case == "title":
            heading = _title_case_364(heading)
        elif case == "capitals":
            heading = heading.upper()
        asks = heading.endswith("?")
        if bold:
            heading = f"**{heading}**"
        if placement == "own":
            items.append((marker + heading + ("" if asks else own_end), *picked))
        else:
            joined = heading + (" " if asks else run_in_join) + picked[0]
            items.append(("", marker + joined, *picked[1:]))

    if rng.random() < 0.12:
        items.insert(0, ("", rng.choice(SECTION_LINES_364)))
    if rng.random() < 0.15:
        month, year = rng.choice(MONTHS_364), rng.randint(2009, 2026)
        updated = rng.choice((f"Last updated: {month} {year}.", f"Updated {month} {year}", f"Revised {month} {year}."))
        items.insert(len(items) if rng.random() < 0.6 else 0, ("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(("\u2014 ", "-- ", "")) + rng.choice(SIGN_OFFS_364)))

    intros, closings, titles = (fill(lines) for lines in (POLICY_INTROS_364, POLICY_CLOSINGS_364, POLICY_TITLES_364))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_364)
