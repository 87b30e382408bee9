"""The ``reworded-321`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Hayling island news, Tyne valley papers, San Luis valley weeklies, sea angling clubs, classic car and
scooter clubs, sarcoidosis forums, freeholders' and commonhold associations, station master's house and goods shed
friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings, some of them questions, and
# five sentences in the voice of island and valley papers, angling and motoring clubs, patient forums, residents'
# associations and railway heritage friends. {c} {cs} {C} {Cs} are the site's word for what readers send and {mods}
# who looks after the site.
REWORDINGS_321: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the man",
            "How should I disagree with someone?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Debate the issue, not the person: personal attacks on other readers, councillors or staff will be "
            "removed.",
            "Please be courteous to other members, many of whom are new to the club and still learning.",
            "You may criticise the committee's decisions as robustly as you like, but name-calling, sneering and "
            "goading are not welcome.",
            "If you would not say it to someone's face on the seafront at Eastoke, please don't say it here.",
            "Remember that the people you are arguing with are neighbours, fellow leaseholders and, quite often, "
            "volunteers giving up their weekends.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No discrimination",
            "Racism, sexism and other prejudice",
            "Is there anything I can't say about groups of people?",
            "Respect for everyone",
        ),
        (
            "{Cs} that attack people because of their race, religion, sex, sexual orientation, disability or age will "
            "be deleted without warning.",
            "We do not tolerate racism, homophobia or any other kind of bigotry, whether it is spelled out or only "
            "hinted at.",
            "Jokes at the expense of Travellers, migrants or any other community are not banter here and will be "
            "removed.",
            "Stirring up racial or religious hatred is a criminal offence, and serious cases will be passed to "
            "Northumbria Police.",
            "This valley is home to Hispano families who have farmed it for generations, to newcomers and to everyone "
            "in between; slurs against any of them have no place on our pages.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share personal details",
            "Can I post someone's address?",
            "Other people's information",
        ),
        (
            "Do not post phone numbers, email addresses, home addresses or car registrations, yours or anyone else's.",
            "Please don't name flat numbers or individual leaseholders when discussing arrears or disputes; raise them "
            "with the directors privately instead.",
            "Photographs of people taken without their knowledge, including children on the beach, will be taken down "
            "if the person shown asks.",
            "Your email address is used only to run your account and is never shown publicly or passed on, in line "
            "with the UK GDPR.",
            "Anything you share about your own health can be read by anyone, so think twice before posting test "
            "results, hospital names or your NHS number.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young members",
            "What if I'm worried about someone?",
            "Keeping people safe",
        ),
        (
            "Junior members read this forum too, so keep everything suitable for all ages.",
            "Never ask a member under 18 to contact you privately, and do not post pictures of other people's children "
            "without their parents' consent.",
            "If a {c} makes you think someone is at risk of harm, report it straight away and, if it is urgent, call "
            "999.",
            "The club welfare officer can be contacted in confidence about any safeguarding concern.",
            "If you are feeling low or in crisis, please contact your GP, call NHS 111 or ring Samaritans free on "
            "116 123; this forum is not a crisis service.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "How long before my {c} goes live?",
            "Approval of {cs}",
            "Delays",
        ),
        (
            "All {cs} are checked by {mods} before they appear, which can take up to 24 hours, longer at weekends.",
            "We are a small team of volunteers, so please be patient if your {c} does not show up straight away.",
            "{Cs} are not taken overnight, between 10pm and 7am, nor on any report of a court case.",
            "Your first few {cs} are held for approval; after that most go straight through.",
            "Sending the same {c} again will not speed things up and may trip the spam filter.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep it relevant", "Off-topic {cs}", "Where should I post this?", "Stick to the subject"),
        (
            "Please keep {cs} relevant to the story they appear under.",
            "General chat belongs in the Clubhouse section, not in the technical or rally threads.",
            "Threads that wander off into national politics will be locked, however strongly you feel.",
            "Before starting a new thread, use the search box: the question about Lambretta kickstart springs has "
            "probably been answered already.",
            "Grumbles about the ferry, the bridge or car park charges are welcome, but in the right thread, please.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promoting",
            "Can I mention my business?",
            "Commercial posts",
            "Spam and links",
        ),
        (
            "Unsolicited advertising, chain letters and affiliate links will be deleted and the account closed.",
            "Trade members may mention their business in their signature but must not use the forum to tout for work.",
            "Charter skippers and tackle shops are welcome, but adverts belong in the classifieds, not in the catch "
            "reports.",
            "Links to other websites are allowed only when they add something to the discussion.",
            "Anyone promoting miracle cures, supplements or paid 'recovery programmes' will be banned without warning.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Your username",
            "Who can post?",
            "Do I have to use my real name?",
            "One person, one account",
            "Registration",
        ),
        (
            "Please write under your real name and give your town or village; anonymous {cs} are not published.",
            "Usernames that are offensive, or that impersonate another person, a councillor or the paper, will be "
            "changed or removed.",
            "Each member may hold one account; sock-puppet accounts will be closed along with the original.",
            "Posting is open to paid-up members of the association only, and your membership number is checked when "
            "you register.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Could my {c} get me into trouble?",
            "Stay within the law",
            "Libel",
        ),
        (
            "Do not accuse anyone of a crime, dishonesty or misconduct unless it has been proven in court; that is "
            "libel, and you can be sued personally.",
            "Once someone has been charged, nothing may be posted that could prejudice their trial, under the Contempt "
            "of Court Act 1981.",
            "Victims of sexual offences have lifelong anonymity, and any {c} that could identify one will be removed "
            "immediately.",
            "Allegations about named directors, the managing agent or the freeholder must be backed by documents, or "
            "they will not be published.",
            "We may be required to give the police or the courts details of users, and we will comply.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a photo I found online?",
            "Using others' material",
            "Intellectual property",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and credit the photographer.",
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Scanned pages from workshop manuals and club magazines are still someone's copyright, even when the firm "
            "has long gone.",
            "By posting a picture of your catch you allow the club to use it in the newsletter and on social media, "
            "with credit.",
            "Old photographs of the station and goods shed are very welcome, but please tell us where they came from "
            "so we can credit the collection.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a {c}", "Seen something wrong?", "How do I complain about a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, click 'Report' beside it and {mods} will take a look.",
            "Please report rather than reply; arguing back only feeds the problem.",
            "Complaints can also be emailed to the editor, giving the headline of the story and the time of the {c}.",
            "Reports are anonymous; we do not tell the person reported who flagged them, and we recognise that it is "
            "not always easy to speak up.",
            "A report is not a vote: {cs} are removed for breaking the rules, not for being unpopular.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Why was my {c} removed?",
            "Discretion",
            "Final say",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on publication is final, and we will not enter into correspondence about it.",
            "These rules are not exhaustive; the committee may act on anything it considers harmful to the club.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The forum is a courtesy to members, not a right, and the board may withdraw it from anyone who misuses "
            "it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips and corrections",
            "Tell us",
            "Is something in the story wrong?",
        ),
        (
            "If we have got something wrong, please email the newsroom rather than pointing it out here, so we can "
            "put it right quickly and apologise where we should.",
            "Story ideas, pictures of events and letters for the print edition can be sent to the editor at any time.",
            "Corrections are printed on page 2 of the following week's paper and noted at the foot of the online "
            "story.",
            "Heard about something happening in Hexham, Prudhoe or Haltwhistle? Ring the newsroom or use our contact "
            "form.",
            "Tips from across the valley, from Saguache down to San Luis, are always welcome, and we will protect your "
            "identity if you ask.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Write clearly",
            "Can I swear if it's starred out?",
            "Mind your language",
        ),
        (
            "No swearing, including words disguised with asterisks or deliberate misspellings.",
            "Please don't type in capitals; it reads as shouting.",
            "Write in plain English and avoid text speak, so that members reading through a translator can follow.",
            "Mild language that would pass in the clubhouse bar is fine; anything stronger will be edited out.",
            "Keep abbreviations to ones most readers know, and explain the rest for newcomers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Breaches",
        ),
        (
            "A first breach will usually earn a private warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, including threats and hate, lead to an immediate ban.",
            "Banned members who re-register under a new name will be removed again and their {cs} deleted.",
            "Threats of violence will be reported to the Alamosa County Sheriff's Office or the Colorado State Patrol.",
            "Appeals against a ban may be made in writing to the club secretary within 28 days and will be heard by "
            "the full committee.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Is the advice here reliable?",
            "At your own risk",
            "Health information",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your own consultant before changing your "
            "steroids or any other treatment.",
            "Members share their own experience of sarcoidosis, which may be very different from yours.",
            "Technical advice is given in good faith, but any work you do on your vehicle is at your own risk.",
            "Check the tide times and the forecast before fishing the bar or launching at Sandy Point; no report on "
            "here replaces that.",
            "The goods shed is a working site: do not go beyond the barriers unless you are a signed-in volunteer.",
        ),
    ),
    (  # buying and selling
        (
            "For sale and wanted",
            "Buying and selling",
            "Classified ads",
            "Can I sell parts here?",
            "Trading between members",
        ),
        (
            "Private members may list parts, scooters and cars in the For Sale section, giving a price and a location.",
            "The club takes no part in any sale and accepts no responsibility if a deal goes wrong.",
            "Never pay by bank transfer to someone you have not met; ask to see the V5C and the vehicle first.",
            "Fish caught recreationally may not be sold, and any {c} offering bass for sale will be removed.",
            "Once an item has sold, please mark the thread SOLD rather than deleting it.",
        ),
    ),
    (  # association business
        (
            "Not an official channel",
            "Association business",
            "Formal complaints",
            "Is this the place to raise a complaint?",
            "Official notices",
        ),
        (
            "This is not the place to raise a formal complaint about the service charge; please write to the company "
            "secretary.",
            "Nothing said here by a director is a decision of the board unless it has been minuted.",
            "Official notices, including AGM papers and Section 20 consultations, are posted by the secretary only.",
            "Questions about the lease of the station master's house or the trust's accounts should go to the "
            "trustees by email.",
            "Rule changes are agreed at the AGM and take effect when they are posted here.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural): most say comment, a quarter never do.
COMMENT_WORD_321: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_321: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after a site, as it appears mid-sentence.
MODERATORS_321: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the news desk",
    "the committee",
    "the admin team",
    "the forum team",
    "the mod team",
    "the trustees",
    "the board",
    "the directors",
    "the webmaster",
    "the comments team",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_321: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "This board is run by volunteers for the benefit of members. Please help us keep it that way.",
    "By posting on this site you agree to the following.",
    "Our {cs} are for readers across the valley to talk about the news. To keep them useful, we ask the following.",
    "These guidelines apply to everything posted on the forum, including private messages.",
    "Welcome to the forum. A few house rules:",
    "We want the comments under our stories to be a place where islanders can have their say.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_321: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "Tight lines, and thanks for reading.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the editor.",
    "These rules may be changed at any time; the version here is the current one.",
    "Happy posting!",
    "Ride safe, and see you at the next rally.",
    "Thanks for commenting, and for keeping it civil.",
)

# Titles a site may print over its rules.
POLICY_TITLES_321: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the board",
    "Terms of use for {cs}",
    "{C} guidelines",
    "Noticeboard terms",
    "Forum etiquette",
    "Guidelines for readers' {cs}",
    "Members' forum: code of conduct",
    "Before you post",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_321: dict[str, str] = {
    "criticise": "criticize",
    "neighbours": "neighbors",
    "offence": "offense",
    "programmes": "programs",
    "Travellers": "Travelers",
    "apologise": "apologize",
    "recognise": "recognize",
}

# Small words a title-cased heading leaves in lower case.
SMALL_WORDS_321: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

# Section lines a site with parts may print, and the names of its two parts.
SECTION_NAMES_321: tuple[tuple[str, str], ...] = (
    ("Conduct", "Moderation"),
    ("General", "Enforcement"),
    ("What we expect", "What we do"),
    ("Content", "Legal and moderation"),
)

# Who signs a policy off, when a site does.
SIGN_OFFS_321: tuple[str, ...] = (
    "The Editor",
    "The Committee",
    "Admin",
    "Mods",
    "Thanks, the forum team",
    "Posted by admin on behalf of the committee",
    "The Trustees",
    "Board of Directors",
)

# Month names for dated lines.
MONTHS_321: tuple[str, ...] = (
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


def _roman_321(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_321(style: str, number: int, section: int) -> str:
    """The list marker a site prints before its ``number``-th item (from 1) in ``style``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_321(number)}.",
        "(i)": f"({_roman_321(number)})",
        "I.": f"{_roman_321(number).upper()}.",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} –",
        "section": f"{section}.{number}",
        "para": f"§{number}",
        "no": f"No. {number}",
    }
    return markers.get(style, style)


def _title_case_321(heading: str) -> str:
    """``heading`` with each word capitalised except the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_321 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _date_321(rng: random.Random) -> str:
    """A date as these sites print it in a last-updated line."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2011, 2025)
    return rng.choice(
        (
            f"{day} {MONTHS_321[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{MONTHS_321[month - 1]} {day}, {year}",
            f"{MONTHS_321[month - 1]} {year}",
        )
    )


def _items_321(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send (comment for three sites in four, else
    post, message, reply, letter and the like, and then nothing it prints says comment) and who moderates it; how many
    items (two to five for one site in five, else six to sixteen), taken in table order or shuffled; one to three
    sentences an item; its headings in sentence case, title case or capitals, or none; whether a heading stands as a
    part of its own (bare, with a stop or a colon) or runs in before the first sentence after a colon, stop or dash;
    bold marks around headings now and then; a list marker (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", section numbers, paragraph signs) or none; and by chance a forum's posted-by line, two part lines, a
    last-updated line and a sign-off. Opening, closing and title lines come from :func:`_furnish`."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_321 if says_comment else rng.choice(OTHER_WORDS_321)
    moderators = rng.choice([who for who in MODERATORS_321 if says_comment or "comment" not in who])
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    def allowed(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_321)), min(count, len(REWORDINGS_321)))
    if rng.random() < 0.55:
        kinds.sort()

    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    dash = rng.choice((" – ", " - ", " — "))
    bold = rng.choice(("**", "[b]")) if heading_case != "none" and rng.random() < 0.12 else ""
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "•",
            "•",
            "*",
            "-",
            "–",
            "·",
            "▪",
            "»",
            "rule",
            "rule-dash",
            "section",
            "para",
            "no",
        )
    )
    section_number = rng.randint(1, 9)
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_321[kind]
        pool = [fill(sentence) for sentence in sentences if allowed(fill(sentence))]
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, most_sentences)))
        heading_pool = [fill(heading) for heading in headings if allowed(fill(heading))]
        heading = rng.choice(heading_pool) if heading_case != "none" and heading_pool else ""
        if heading_case == "title":
            heading = _title_case_321(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if heading and bold:
            heading = f"**{heading}**" if bold == "**" else f"[b]{heading}[/b]"
        asks = heading.rstrip("*]").endswith("?") or heading.endswith("?[/b]")
        marker = _marker_321(marker_style, number, section_number) if marker_style else ""
        if not heading:
            first = f"{marker} {chosen[0]}" if marker else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        if heading_place.startswith("own"):
            if not asks and heading_place == "own-stop":
                heading += "."
            elif not asks and heading_place == "own-colon":
                heading += ":"
            items.append((f"{marker} {heading}" if marker else heading, *chosen))
            continue
        joint = " " if asks else {"run-colon": ": ", "run-stop": ". ", "run-dash": dash}[heading_place]
        lead = f"{heading}{joint}{chosen[0]}"
        items.append(("", f"{marker} {lead}" if marker else lead, *chosen[1:]))

    if len(items) >= 6 and rng.random() < 0.15:
        first_part, second_part = rng.choice(SECTION_NAMES_321)
        shape = rng.choice(("Part {n} – {name}", "Section {n}: {name}", "{NAME}", "{n}. {name}"))

        def part_line(n: int, name: str) -> tuple[str, str]:
            return (shape.format(n=n, name=name, NAME=name.upper()), "")

        items.insert(len(items) // 2, part_line(2, second_part))
        items.insert(0, part_line(1, first_part))
    if rng.random() < 0.1:
        hour, minute = rng.randint(6, 22), rng.randint(0, 59)
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_321)[:3], rng.randint(2008, 2024)
        poster = rng.choice(("admin", "Admin", "Webmaster", "Secretary", "Mod"))
        items.insert(0, ("", f"Posted by {poster} » {day:02d} {month} {year}, {hour:02d}:{minute:02d}"))
    if rng.random() < 0.25:
        updated = rng.choice(
            (
                "Last updated: {}",
                "Updated {}",
                "Reviewed by the committee, {}",
                "Revised at the AGM, {}",
                "Effective {}",
                "These rules were last changed on {}.",
            )
        ).format(_date_321(rng))
        if rng.random() < 0.6:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.2:
        items.append(("", rng.choice(("", "– ", "— ", "- ")) + rng.choice(SIGN_OFFS_321)))

    intros = [fill(line) for line in POLICY_INTROS_321 if allowed(fill(line))]
    closings = [fill(line) for line in POLICY_CLOSINGS_321 if allowed(fill(line))]
    titles = [fill(line) for line in POLICY_TITLES_321 if allowed(fill(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_321)
