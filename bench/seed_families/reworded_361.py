"""The ``reworded-361`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ailsa Craig and Lochranza bulletins, Tarset and Kielder papers, Snowflake and Holbrook weeklies,
wheelchair rugby and torball clubs, organ building and macrame guilds, Klinefelter syndrome and achondroplasia forums,
lawnmower racing and coal carrying committees, maypole and mummers troupes.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each (headings, sentences): five or six headings (questions among them) and five sentences in the
# voice of island bulletins, Northumberland and Arizona papers, club, guild and troupe sites and support forums.
# ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) stand for what readers send and ``{mods}`` for who looks after it.
REWORDINGS_361: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Civility", "Respect other members", "Play the ball, not the player", "How should I treat others?"),
        (
            "Treat everyone here as you would a neighbour at the village hall: disagree if you must, but politely.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "Robust debate is welcome; insults are not, and the difference is usually obvious.",
            "Lots of our members are new to the club, so please be patient with beginners rather than mocking them.",
            "Criticise ideas, not people, and don't pile on to someone who has already been answered.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "No discrimination",
            "Equality",
            "What counts as hateful?",
            "Racism, sexism and other prejudice",
            "Zero tolerance",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, sexuality, gender identity, "
            "age or disability.",
            "Jokes at the expense of disabled people, including people of short stature, are not funny here and "
            "will be removed.",
            "Remarks about other people's bodies, chromosomes or fertility are off limits, however they are meant.",
            "Abuse aimed at incomers, holiday-home owners or Travellers is treated the same as any other prejudice.",
            "Anything that could stir up hatred under the Equality Act 2010 or the Hate Crime and Public Order "
            "(Scotland) Act 2021 will be deleted and may be reported.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address?",
            "Other people's details",
        ),
        (
            "Do not post phone numbers, addresses, car registrations or email addresses, yours or anyone else's.",
            "Please don't name children, or post photographs of them, without their parents' written permission.",
            "What members share about a diagnosis, treatment or test results stays on this forum; do not copy it "
            "anywhere else.",
            "Photographs taken at practice or on tour should only be shared with the agreement of everyone pictured.",
            "If you recognise another member from a clinic, a support group or the street, keep it to yourself.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "Who is our welfare officer?",
            "Welfare concerns",
            "Keeping people safe",
        ),
        (
            "Members under 18 may post only with a parent or guardian's consent, and private messages to junior "
            "members are not permitted.",
            "If a {c} makes you worried about someone's safety, contact the club welfare officer instead of replying "
            "in public.",
            "Our safeguarding policy follows national governing body guidance and applies online as well as at "
            "training.",
            "Anyone in immediate danger should call 999 (911 in the US); this board is not watched around the clock.",
            "Adults should never arrange to meet young people they have got to know through this site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "When will my {c} appear?",
            "Pre-moderation",
            "{Cs} awaiting approval",
            "Why hasn't my {c} shown up?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "We are a small volunteer team, so {cs} sent at the weekend may not be approved until Monday.",
            "Sending the same {c} again will not speed things up; it only adds to the queue.",
            "{Cs} are switched off on some stories, court reports in particular, and close after 48 hours.",
            "New members are held for approval at first; after that, most {cs} go up straight away.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is my {c} relevant?", "Stick to the thread"),
        (
            "Please keep to the subject of the article or thread you are replying to.",
            "General chat belongs in the Village Pump section, not under the match reports.",
            "Threads that wander off into national politics will be locked.",
            "To raise something new, start a new thread rather than taking over someone else's.",
            "Questions about fixtures, race entries or kit should go to the secretary, not the news pages.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links and promotions",
        ),
        (
            "Advertising is not allowed in {cs}; ask about a small ad or a paid notice instead.",
            "Members may list second-hand chairs, mowers, cord or organ parts once, on the For Sale board only.",
            "Links to crowdfunding pages, petitions and surveys need the committee's approval first.",
            'Posts selling supplements, "cures" or hormones will be removed without notice.',
            "Repeated links to your own website or shop will be treated as spam and your account closed.",
        ),
    ),
    (  # names and accounts
        ("Names and accounts", "Usernames", "Who are you?", "Can I post anonymously?", "One person, one account"),
        (
            "Please use your real name and village; as a small community paper we don't print anonymous {cs}.",
            "Usernames that impersonate another member, a club official or a public figure will be changed.",
            "You may use a pseudonym, but each person may hold only one account.",
            "Accounts shared by several people, or set up to get round a ban, will be closed.",
            "We ask for an email address when you register, but it is never shown to other members.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation and contempt", "Could my {c} get us sued?", "Stay within the law", "Libel"),
        (
            "Don't accuse anyone of a crime, or of anything else, that you cannot prove: you and the publisher can "
            "both be sued for what appears.",
            "Once someone has been charged, nothing may be said that could prejudice a trial, under the Contempt of "
            "Court Act 1981.",
            "In Scotland the contempt rules are stricter still, so {cs} on court stories are usually closed.",
            "You are responsible for what you post, and {mods} will pass details to the police if the law requires it.",
            "The First Amendment protects your speech from the government, not a right to be published on a "
            "private site.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and pictures",
            "Can I post a photo I found online?",
            "Quoting and linking",
        ),
        (
            "Only upload photographs you took yourself, or that you have permission to use.",
            "Quote a short passage and link to the source rather than pasting in whole articles.",
            "Patterns, knot diagrams and designs shared by guild members remain theirs; ask before you copy them.",
            "By sending a {c} you allow us to publish it, edit it for length and reproduce it in print.",
            "Old play scripts, tune books and programmes may still be in copyright, so check before you scan them.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a {c}", "How do I report a problem?", "Flagging", "Seen something wrong?", "Complaints"),
        (
            "Use the Report link beneath any {c} you think breaks these rules, and {mods} will look at it.",
            "Please report rather than reply: arguing with a troll only keeps them going.",
            "Complaints about a {c} can also be emailed to the editor; include a link and tell us what is wrong.",
            "A report is not a vote, and a {c} will not be taken down just because several people dislike it.",
            "We aim to deal with reports within 24 hours, sooner if someone's safety is at risk.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Editor's discretion", "The committee's decision", "Our right to remove", "Who decides?", "Final say"),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "Decisions by {mods} are final, though you may raise them politely at the next committee meeting.",
            "These rules are a guide rather than a contract, and common sense applies where they don't quite fit.",
            "Publishing a {c} does not mean we agree with it.",
            "We may change these rules at any time; the latest version is always on this page.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications"),
        (
            "If we have got something wrong, email the editor rather than leaving a {c}, so it can be put right "
            "quickly.",
            "Corrections are printed in the next issue and noted at the foot of the online story.",
            "Results, photos and news from your club are always welcome; send them by Tuesday for Friday's paper.",
            "Please don't use {cs} to tell us about ferry cancellations or road closures; check CalMac or Traffic "
            "Scotland instead.",
            "Tip-offs can be sent in confidence, and we never name a source without permission.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Mind your language"),
        (
            "Please don't swear; this is a family paper and it is read in the school library.",
            "Swear words with a letter or two replaced by asterisks are still swear words.",
            "Write in plain English (or Gaelic, if you prefer) and avoid typing in capitals, which reads as shouting.",
            "Text-speak, strings of emoji and rows of exclamation marks make {cs} hard to read.",
            "Crude or sexual language will be removed, whatever the context.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach usually earns a friendly warning; a second may mean your {cs} are held for approval.",
            "Serious or repeated breaches will lead to a suspension or a permanent ban.",
            "We run a three-strikes rule, but the committee may go straight to a ban for threats or abuse.",
            "Members banned from the forum may also be asked to leave the club, and vice versa.",
            "If you think you were banned unfairly, write to the secretary; appeals are heard by two committee "
            "members who were not involved.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Can I give advice?",
            "Health information",
            "Health and safety",
        ),
        (
            "Members share their own experience, not medical advice; always check with your GP, endocrinologist or "
            "specialist team.",
            "Never tell another member to change or stop their treatment, whether that is testosterone, vosoritide or "
            "anything else.",
            "Racing mowers must have their blades removed, and we will delete any {c} that suggests otherwise.",
            "See a doctor before you train for the coal race: a 50kg sack carried for over a kilometre is no joke.",
            "Nothing here replaces proper coaching, a risk assessment or professional advice.",
        ),
    ),
    (  # events and notices
        ("Notices", "Events listings", "What's on", "Can I post an event?", "Community noticeboard"),
        (
            "Events open to the public may be listed free, in up to 50 words, with a date, a time and a contact.",
            "Notices for ceilidhs, plough plays, May Day dancing and open practices are all welcome if they are not "
            "run for profit.",
            "Lost pets, stray sheep and found keys go on the noticeboard, not under the news.",
            "We will not carry notices for parties or candidates during an election period.",
            "Notices are taken down once the event has passed.",
        ),
    ),
)

# What a quarter of sites call what readers send, (singular, plural), in place of "comment"; the rest say "comment".
READER_WORDS_361: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("response", "responses"),
)

# Who looks after a site, as it stands mid-sentence.
MODERATORS_361: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the club secretary",
    "the forum admins",
    "the guild council",
    "our volunteer moderators",
    "the bulletin team",
    "the newsdesk",
    "the site team",
    "the troupe's organisers",
)

# Opening lines (``{c}``-style placeholders filled per site) for ``_furnish``.
POLICY_INTROS_361: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these rules before you post.",
    "These guidelines apply to everything posted on our website and social media pages.",
    "By sending us a {c} you agree to the terms below.",
    "This board is run by volunteers, and these house rules help keep it a friendly place.",
    "Please take a minute to read the rules; they are short.",
    "Our forum is for members, families and friends, and we want everyone to feel welcome.",
    "These are the terms for using the community noticeboard.",
)

# Closing lines (placeholders filled per site) for ``_furnish``.
POLICY_CLOSINGS_361: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly, welcoming place.",
    "Questions about these rules can be sent to the editor.",
    "Enjoy the forum, and see you at the next meet.",
    "Happy posting!",
    "Thanks for reading, and for sticking to the rules.",
    "If in doubt, leave it out.",
    "These rules were agreed by the committee and are reviewed every year.",
)

# Title lines (placeholders filled per site) for ``_furnish``.
POLICY_TITLES_361: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Before you post",
    "Guidelines for {cs}",
    "Code of conduct",
    "Message board rules",
    "Online code of conduct",
)

# British spellings in this family's sentences and lines -> American, for the sites that print American.
AMERICAN_361: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "recognise": "recognize",
    "organiser": "organizer",
    "programme": "program",
    "kilometre": "kilometer",
    "at the weekend": "on the weekend",
}

# Section lines some sites print above the rules (a rulebook's part or an appendix); ``{Cs}`` filled per site.
SECTION_LINES_361: tuple[str, ...] = (
    "Online conduct",
    "Using the message board",
    "Reader {cs}",
    "Website and social media",
    "Part B: Online {cs}",
    "Appendix C – Website and forum",
)

# List markers as templates: {n} the item's number, {a} its letter, {i}/{I} its roman numeral, {s} a section number.
MARKER_TEMPLATES_361: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} –",
    "{a}.",
    "{a})",
    "({a})",
    "{i}.",
    "({i})",
    "{I}.",
    "Rule {n}:",
    "Rule {n} –",
    "Rule {n}.",
    "{s}.{n}",
    "§{n}",
    "No. {n}",
    "•",
    "-",
    "–",
    "*",
    "·",
    "■",
)

# How a site emphasises its headings: plain, or the marks a pasted or half-rendered page leaves.
HEADING_EMPHASES_361: tuple[str, ...] = ("{}", "{}", "{}", "{}", "{}", "**{}**", "*{}*", "__{}__", "[{}]")

# Who signs a policy off, and how (``{site}`` is the site's name).
SIGN_OFFS_361: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "Thanks, the Mods",
    "The {site} team",
    "Posted by Admin",
    "Issued by the secretary on behalf of the committee.",
    "— {site}",
)

# Sites of this family by name and address, for sign-offs and contact lines.
SITES_361: tuple[tuple[str, str], ...] = (
    ("Ailsa Craig Bulletin", "editor@ailsacraigbulletin.ca"),
    ("Lochranza Bulletin", "bulletin@lochranza.org.uk"),
    ("Tarset Post", "editor@tarsetpost.org.uk"),
    ("Kielder Courier", "news@kieldercourier.co.uk"),
    ("Snowflake Weekly Herald", "news@snowflakeherald.com"),
    ("Holbrook Tribune", "editor@holbrooktribune.com"),
    ("Tyneside Wheelchair Rugby Club", "secretary@tynesidewcr.org.uk"),
    ("Clydeside Torball Club", "clydesidetorball@gmail.com"),
    ("Organ Builders' Guild", "clerk@organbuildersguild.org.uk"),
    ("Macrame Guild", "hello@macrameguild.org"),
    ("KS Support Forum", "admin@kssupport.org.uk"),
    ("Little People's Forum", "mods@littlepeoplesforum.org"),
    ("Lawnmower Racing Committee", "secretary@mowerracing.org.uk"),
    ("Coal Race Committee", "info@coalrace.org.uk"),
    ("Bampton Maypole Dancers", "bamptonmaypole@gmail.com"),
    ("Hartley Mummers", "squire@hartleymummers.org.uk"),
)

# Lines saying when the rules were last changed: {d} day, {m} month number, {month} its name, {y} year.
UPDATED_LINES_361: tuple[str, ...] = (
    "Last updated: {d} {month} {y}.",
    "Last updated {m}/{d}/{y}",
    "Updated {month} {y}",
    "Agreed at the AGM, {month} {y}.",
    "Policy version 2.{m}, {month} {y}",
    "Rules last revised {d:02d}/{m:02d}/{y}.",
)

# Short summaries a few sites print before the rules.
SUMMARY_LINES_361: tuple[str, ...] = (
    "In short: be kind, stay on topic and stay within the law.",
    "The short version: if you wouldn't say it at the club, don't post it here.",
    "Three things: be polite, be accurate, be yourself.",
)

# Contact lines a few sites print after the rules (``{email}`` the site's address, ``{mods}`` who moderates).
CONTACT_LINES_361: tuple[str, ...] = (
    "Questions? Email {email}.",
    "Concerns about a {c} can be sent to {mods} at {email}.",
    "Contact: {email}",
)

# Month names for the last-updated lines.
MONTHS_361: tuple[str, ...] = (
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

# Words a title-cased heading leaves in lower case unless they come first.
TITLE_CASE_SMALL_WORDS_361: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with")
)


def _roman_361(number: int) -> str:
    """``number`` (1-39) as a lower-case roman numeral."""
    numeral = ""
    for letters, value in (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1)):
        while number >= value:
            numeral += letters
            number -= value
    return numeral


def _title_cased_361(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if position and word in TITLE_CASE_SMALL_WORDS_361 else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _emphasised_361(emphasis: str, heading: str, stop: str) -> str:
    """``heading`` and its stop in the site's emphasis: a bracketed heading keeps its stop outside the brackets."""
    return emphasis.format(heading) + stop if emphasis.startswith("[") else emphasis.format(heading + stop)


def _prefixed_361(marker: str, text: str) -> str:
    """``text`` after its list marker, if the site prints one."""
    return f"{marker} {text}" if marker else text


def _items_361(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone: what the site calls what readers send ("comment" on
    three sites in four) and who moderates; how many items (two to five on a few sites, six to sixteen on most), in
    table order or shuffled; one to three sentences an item; its headings, in sentence or title case or capitals
    (questions preferred by some), or none; whether they stand as a part of their own (bare, with a stop or a colon)
    or run in before the first sentence after a colon, stop or dash, and how they are emphasised; its list marker
    (numbers, letters, roman numerals, "Rule 1:", section numbers, bullets or dashes) or none; whether "not" is
    shouted; and the lines some sites add: a section line, a summary, a last-updated line, a contact line and a
    sign-off. ``_furnish`` adds the opening, closing and title lines and the spelling and quotes."""
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(READER_WORDS_361)
    site, email = rng.choice(SITES_361)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_361),
        "site": site,
        "email": email,
    }
    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_361)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3, 3))
    heading_case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "capitals", "none", "none"))
    runs_in = rng.random() < 0.35
    own_stop = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))
    prefers_questions = rng.random() < 0.2
    emphasis = rng.choice(HEADING_EMPHASES_361)
    shouts_not = rng.random() < 0.1
    marker_template = "" if rng.random() < 0.35 else rng.choice(MARKER_TEMPLATES_361)
    section_number = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_361[kind]
        questions = [heading for heading in headings if heading.endswith("?")]
        heading = rng.choice(questions if prefers_questions and questions else headings).format(**fill)
        picked = [sentence.format(**fill) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if shouts_not:
            picked = [sentence.replace(" not ", " NOT ", 1) for sentence in picked]
        if heading_case == "title":
            heading = _title_cased_361(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        number = position + 1
        marker = marker_template.format(
            n=number, a=chr(ord("a") + position), i=_roman_361(number), I=_roman_361(number).upper(), s=section_number
        )
        if heading_case == "none":
            items.append(("", _prefixed_361(marker, picked[0]), *picked[1:]))
        elif not runs_in:
            stop = "" if heading.endswith("?") or (marker.endswith(":") and own_stop == ":") else own_stop
            items.append((_prefixed_361(marker, _emphasised_361(emphasis, heading, stop)), *picked))
        else:
            separator = " – " if marker.endswith(":") and run_in_separator == ": " else run_in_separator
            if heading.endswith("?"):
                lead = emphasis.format(heading) + " "
            elif separator in (": ", ". "):
                lead = _emphasised_361(emphasis, heading, separator.strip()) + " "
            else:
                lead = emphasis.format(heading) + separator
            items.append(("", _prefixed_361(marker, lead + picked[0]), *picked[1:]))

    if rng.random() < 0.1:
        items.insert(0, ("", rng.choice(SUMMARY_LINES_361)))
    if rng.random() < 0.2:
        section = rng.choice(SECTION_LINES_361).format(**fill)
        if "{s}" in marker_template or rng.random() < 0.3:
            section = f"{section_number}. {section}"
        items.insert(0, (section.upper() if rng.random() < 0.3 else section, ""))
    if rng.random() < 0.15:
        items.append(("", rng.choice(CONTACT_LINES_361).format(**fill)))
    if rng.random() < 0.25:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_361).format(
            d=rng.randint(1, 28), m=month, month=MONTHS_361[month - 1], y=rng.randint(2015, 2026)
        )
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_361).format(**fill)))

    intros = [intro.format(**fill) for intro in POLICY_INTROS_361]
    closings = [closing.format(**fill) for closing in POLICY_CLOSINGS_361]
    titles = [title.format(**fill) for title in POLICY_TITLES_361]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_361)
