"""The ``reworded-93`` family: posting rules as Pakistani and Afghan diaspora English-language news sites, Eastern
Townships and Gaspé English-community papers, Big Island and Kauaʻi papers, women's institutes, stamp-collecting
societies, disability-sport clubs, friends of cathedral choirs and go clubs word and print them. Written blind: from
how such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_93` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply", "contribution" or "response". A line
that starts with site tags before a bar (``"hi|..."``, ``"club|..."``) is printed only by that kind of site (see
:data:`_SITES_93`); the rest by any."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _american_with, _furnish, _says_comment

#: Each kind of rule: (headings, sentences).
REWORDINGS_93: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy first",
            "Respect other readers",
            "Keep it courteous",
            "Good behaviour",
            "Why was my {c} about another reader removed?",
        ),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "Name-calling, sneering and personal attacks on other readers will be taken down.",
            "Write as you would speak to a neighbour at the post office counter.",
            "Robust debate is welcome; insults, threats and taunts are not.",
            "hi|Treat one another with aloha, even when you disagree strongly.",
            "go|Please be generous to beginners: every dan player was once a thirty-kyu who lost every game.",
            "wi|We are a friendly organisation, and we expect the same warmth online as at our monthly meetings.",
            "ch|Please remember that choristers, lay clerks and their families may read what you write.",
            "ds|Athletes, coaches, classifiers and volunteers deserve the same courtesy online as on the court.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hatred and prejudice",
            "Respect for every community",
            "What counts as hate speech?",
        ),
        (
            (
                "We remove {cs} that attack people for their race, religion, sect, ethnicity, sex, "
                "sexuality or disability."
            ),
            "Stereotypes dressed up as jokes are still stereotypes, and they will not be published.",
            "Slurs are not allowed in any language, and spelling them with asterisks does not make them acceptable.",
            "Criticising a government or a policy is fair; blaming a whole people for it is not.",
            (
                "pk|Sectarian remarks about Sunni, Shia or Ahmadi Muslims, or about Christians and "
                "Hindus, will be removed."
            ),
            "pk,af|Do not accuse other readers of blasphemy or treason; such accusations can put lives in danger.",
            "af|Insults aimed at Pashtuns, Tajiks, Hazaras, Uzbeks or any other Afghan community are not tolerated.",
            "qc|{Cs} attacking anglophones, francophones or First Nations communities as groups will not be published.",
            "hi|{Cs} mocking Native Hawaiians, Filipinos, Micronesians, haole or any other group have no place here.",
            "ds|Disablist language, including words once used as medical labels, is treated as hate speech.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I post someone's phone number?",
        ),
        (
            "Do not publish anyone's home address, telephone number, e-mail address or workplace.",
            "Please do not name or describe children, even where you believe their identity is already known.",
            "Private letters and e-mails should not be copied into a {c} without the sender's permission.",
            "Keep your own details out of public {cs} too; we cannot protect information once it is posted.",
            "af|Many readers have relatives in Afghanistan, so never give details that could identify them.",
            "st|Do not mention where a member keeps a collection, or what it is worth, in any public {c}.",
            "ch|Photographs of choristers may only be shared by the Friends' office, never posted by members.",
            "ds|Never post an athlete's medical details or classification history without their written consent.",
            "wi|Members' addresses and telephone numbers from the federation yearbook must not be shared online.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Approval of {cs}",
            "Why hasn't my {c} appeared?",
            "When will my {c} appear?",
        ),
        (
            "Every {c} is read by a moderator before it appears, so please allow some time.",
            "Our moderators are volunteers, and {cs} sent in the evening may wait until the next morning.",
            "Sending the same {c} again will not speed things up and may land it in the spam folder.",
            "{Cs} are not read over public holidays, and the queue is cleared as soon as we are back.",
            "hi|Our newsroom keeps Hawaii time, so {cs} sent overnight from the mainland wait until morning in Hilo.",
            "pk|Our volunteers are spread across Lahore, Manchester and Toronto, so approval can take a day.",
            "af|Our moderators live in several time zones, from Kabul to California, and approval can take a day.",
            "qc|On the Gaspé coast our connection is not always reliable, and approval may take longer after a storm.",
            "go|The forum is looked after by two committee members between tournaments, so please be patient.",
            "st|The webmaster approves new {cs} once a week, normally after the Thursday meeting.",
            "wi|Our web officer checks new {cs} on weekdays only.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place for my question?",
        ),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Long arguments about unrelated matters will be removed, however interesting they are.",
            "If you want to raise a new subject, start a new thread rather than taking over an old one.",
            "news|Questions about subscriptions or delivery of the paper should go to our circulation office.",
            "club|Questions about membership belong in an e-mail to the membership secretary, not in a thread.",
            "go|Game reviews go in the review section; please do not paste whole game records into general discussion.",
            "pk|Cricket selection debates are welcome in the sports section, but not under every news story.",
            "st|Please use the identification board for questions about what a stamp is or where it came from.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam",
            "Selling and advertising",
            "Commercial {cs}",
            "Can I sell things here?",
        ),
        (
            "{Cs} that advertise products, services or businesses will be deleted.",
            "Links to shops, fundraising pages or other websites need a moderator's approval first.",
            "Posting the same link again and again counts as spam, and the account will be closed.",
            "Chain letters, pyramid schemes and money-making offers are removed on sight.",
            "st|Stamps for sale belong in the exchange packet or the society auction, not on the forum.",
            "st|Dealers who are members may mention their stock once a month, in the dealers' thread only.",
            "wi|Members selling preserves, crafts or raffle tickets should use the market page, not the board.",
            (
                "pk,af|Offers of visas, sponsorship, travel or money transfer services will be removed "
                "and may be reported."
            ),
            "hi|Vacation rental listings and timeshare offers are not allowed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts and usernames",
            "One account each",
            "Who may post?",
        ),
        (
            "Please use your own name; {cs} signed with obviously false names may be removed.",
            "One account per person: accounts set up to agree with yourself will be deleted.",
            "Do not pretend to be another reader, a member of staff or a public figure.",
            "Keep your password to yourself, and tell us at once if you think your account has been misused.",
            (
                "af|If your real name would put you or your family at risk, write to the editors and we "
                "will agree a pen name."
            ),
            "club|Only paid-up members may post, and your membership number is needed to register.",
            "go|Please give your rank, such as 5 kyu or 2 dan, in your profile so others know who they are talking to.",
            "wi|Please give your own name and the name of your institute when you register.",
            "qc|{Cs} may appear under a first name and initial, but we need your full name and town to register you.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Libel and contempt of court",
            "Could my {c} get me into legal trouble?",
        ),
        (
            "You are legally responsible for what you write, and {cs} that could be defamatory will not be published.",
            "Do not accuse a named person of a crime unless they have been convicted of it.",
            "Say nothing about a case before the courts that could prejudice a fair trial.",
            "We will pass information to the police where the law requires us to.",
            "qc|Canadian and Quebec law apply to everything published on this site, including readers' {cs}.",
            "qc|Publication bans ordered by a court apply to readers' {cs} just as they do to our reporters.",
            "pk|Allegations of corruption against named politicians need evidence, not rumours from WhatsApp.",
            "hi|State and federal law apply to everything posted here.",
            "st|Do not accuse a named dealer of selling forgeries; take your concerns to the committee instead.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Copying articles",
            "Can I share a photograph?",
        ),
        (
            "Do not paste whole articles from this or any other publication; a short quotation and a link will do.",
            "Only post photographs that you took yourself or have permission to use.",
            "By posting you allow us to publish your {c} on this site and in print.",
            "Material posted without the owner's permission will be removed as soon as we are told about it.",
            "ch|Recordings of services and concerts may not be shared without the permission of the Dean and Chapter.",
            "go|Professional games may be discussed, but commentaries copied from books or magazines may not.",
            "st|Scans of your own stamps and covers are welcome; images lifted from auction catalogues are not.",
            "wi|Recipes and knitting patterns from published books must not be copied out in full.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Please do not reply to an offensive {c}; report it and let the moderators deal with it.",
            "Reports are read in confidence, and the person you report is not told who you are.",
            "A {c} is not removed because it has been reported many times; each report is judged against these rules.",
            "pk|Write to the web desk at webdesk@pakdiasporatimes.com with a link to the {c} and your concern.",
            "af|You can also e-mail editor@afghanvoiceabroad.org in English, Dari or Pashto.",
            "qc|Concerns can be sent to moderation@townshipsjournal.ca or telephoned to the newsroom.",
            "hi|E-mail webeditor@gardenislandweekly.com with the link and the time it was posted.",
            "club|Please e-mail the webmaster, whose address is on the contacts page, giving the thread and date.",
            "ch|Safeguarding concerns should go straight to the cathedral safeguarding officer, not through the forum.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's discretion",
            "Moderators' decisions",
            "Can I appeal?",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not enter into correspondence about individual {cs}.",
            "Publishing a {c} does not mean that we agree with it.",
            "These guidelines may change from time to time, and the current version always applies.",
            "club|Appeals may be made in writing to the honorary secretary, whose decision is final.",
            "news|The editor has the final say on what appears on this site.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Capitals and shouting",
            "Which languages can I use?",
        ),
        (
            "No swearing, obscenity or crude sexual language, please.",
            "Writing in capitals reads as shouting and makes {cs} hard to read.",
            "Please keep {cs} reasonably short; very long ones may be cut.",
            "pk|Urdu and Roman Urdu are welcome, but please add a line of English to longer {cs}.",
            "af|{Cs} in Dari or Pashto are welcome, and our moderators read both.",
            "qc|{Cs} may be written in English or in French.",
            "hi|Pidgin and ʻōlelo Hawaiʻi are as welcome here as English.",
            "go|Go terms in Japanese, Chinese or Korean are fine, but please explain them for beginners.",
            "club|Please write in English so that every member can follow the discussion.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspensions",
            "What happens if I break these rules?",
        ),
        (
            "A first breach usually earns a warning; repeated breaches lead to suspension.",
            "Serious abuse, threats or hate speech will lead to an immediate and permanent ban.",
            "Banned readers who come back under a new name will be removed again without notice.",
            "We keep a record of warnings for twelve months.",
            "club|Members banned from the forum may also be referred to the committee under the society's rules.",
            "ds|Breaches involving athletes may be reported to the sport's national governing body.",
        ),
    ),
    (  # accuracy
        (
            "Accuracy",
            "Rumours and misinformation",
            "Check your facts",
            "Corrections",
            "Is it true?",
        ),
        (
            "Please do not pass on rumours as fact; say where your information comes from.",
            "{Cs} that spread false health or safety information will be removed.",
            "If you spot an error in one of our articles, please tell the editor rather than leaving a {c}.",
            "Forwarded messages from social media are not evidence, however widely they have been shared.",
            "af|News from inside Afghanistan is often unconfirmed; do not report arrests or deaths until they are.",
            "pk|Please do not share unverified videos or forwarded messages about protests, arrests or violence.",
            "hi|Do not post rumours about road closures, lava or tsunami warnings; follow Civil Defense instead.",
            (
                "st|Claims that a stamp is a forgery or a rare variety should rest on a certificate or a "
                "recognised catalogue."
            ),
            (
                "ds|Statements about an athlete's classification should come from the official "
                "announcement, not guesswork."
            ),
        ),
    ),
    (  # emergencies and advice
        (
            "Emergencies",
            "Safety first",
            "In an emergency",
            "Not the place for urgent help",
            "Who should I contact in an emergency?",
        ),
        (
            "This forum is not watched around the clock and must not be used to report an emergency.",
            "If someone is in danger, call the emergency services first.",
            "If a {c} makes you worried about someone's safety, report it to us as well as to the police.",
            "Do not offer medical or legal advice as if it came from a professional.",
            (
                "hi|During hurricane, flood or tsunami warnings, follow the county's Civil Defense "
                "updates, not readers' {cs}."
            ),
            "qc|When a storm closes the coast road, closures are posted by Québec 511, not in our {cs}.",
            "af|For immigration or asylum questions, speak to a qualified adviser rather than relying on {cs}.",
            "ch|Any concern about the welfare of a chorister must be raised with the cathedral safeguarding officer.",
            "ds|Questions about training or injury should go to your club's medical officer or your own doctor.",
        ),
    ),
)

#: Opening lines.
INTROS_93: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, provided they follow the guidelines below.",
    "These guidelines help keep our discussions friendly and useful.",
    "By sending a {c} you agree to the following.",
    "club|The committee has agreed the following rules for the members' forum.",
    "hi|Aloha, and welcome to the conversation. A few ground rules:",
    "qc|Our readers are a small community, so we ask everyone to follow a few simple rules.",
    "pk,af|Our readers live in many countries, so please keep these guidelines in mind.",
)

#: Closing lines.
CLOSINGS_93: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "Thank you for your {cs}.",
    "club|Questions about these rules should be addressed to the honorary secretary.",
    "hi|Mahalo for keeping it civil.",
    "af|Thank you, and tashakor for reading.",
    "pk|Thank you, and shukriya for reading.",
    "go|See you at the board.",
    "wi|Thank you, and we look forward to seeing you at the next meeting.",
)

#: Title lines.
TITLES_93: tuple[str, ...] = (
    "Comment policy",
    "Community guidelines",
    "House rules",
    "Rules for {cs}",
    "Posting guidelines",
    "Guidelines for readers' {cs}",
    "club|Members' forum rules",
    "club|Forum etiquette",
    "hi|Talk story rules",
    "news|Code of conduct for online {cs}",
)

#: British spellings in the tables and their American forms.
AMERICAN_93: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "criticising": "criticizing",
    "recognised": "recognized",
    "catalogue": "catalog",
    "rumour": "rumor",
    "adviser": "advisor",
}

_NOUNS_93: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
#: The kinds of site, and the tags a line may carry to be printed by one kind or a group of them.
_SITES_93 = ("pk", "af", "qc", "hi", "wi", "st", "ds", "ch", "go")
_GROUPS_93 = {"news": frozenset(("pk", "af", "qc", "hi")), "club": frozenset(("wi", "st", "ds", "ch", "go"))}
_MINOR_93 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_NUMBERS_93 = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{n} \u2013",
    "{n}/",
    "Rule {n}:",
    "Rule {n}.",
    "Clause {n}.",
    "No. {n}",
)
_LETTERS_93 = ("{a})", "({a})", "{A}.", "{A})")
_ROMANS_93 = ("{r}.", "({r})", "{R}.", "{R})")
_BULLETS_93 = ("\u2022", "-", "*", "\u25cf", "\u25a0", "\u25b8", "\u2666", "~", ">", "\u2013")
_SITE_BULLETS_93 = {"go": ("\u25cf", "\u25cb"), "ch": ("\u266a",), "st": ("\u2709",)}
_ENDS_93 = ("", "", ".", ":")
_JOINTS_93 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", " ")
_ROMAN_93 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _title_93(text: str) -> str:
    """``text`` in title case, the short words after the first left small."""
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_93 else word[:1].upper() + word[1:] for i, word in enumerate(words))


#: How a site sets its headings, from the sentence case they are written in.
_CASES_93 = {"sentence": str, "title": _title_93, "capitals": str.upper}


def _printed_by_93(line: str, site: str) -> str | None:
    """``line`` without its site tags if ``site`` prints it, else None."""
    tags, bar, text = line.partition("|")
    if not bar:
        return line
    for tag in tags.split(","):
        if tag == site or site in _GROUPS_93.get(tag, ()):
            return text
    return None


def _site_lines_93(texts: Sequence[str], site: str, words: dict[str, str], no_comment: bool) -> list[str]:
    """The lines of ``texts`` that ``site`` prints, in its words (American spelling on a Hawaii paper), less any that
    say "comment" on a site that never does."""
    out = []
    for line in texts:
        text = _printed_by_93(line, site)
        if text is None:
            continue
        text = text.format(**words)
        if site == "hi":
            text = _american_with(AMERICAN_93, text)
        if not (no_comment and _says_comment(text)):
            out.append(text)
    return out


def _items_93(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The kind of site first (one of :data:`_SITES_93`, which picks the tagged lines it prints);
    its word for what readers send: "comment", or (a quarter of the sites, which then never say "comment", and 0.17
    more, which say it too) "post", "message", "reply", "contribution" or "response". Two or three kinds 0.15 of the
    time, four to eight 0.45, else nine to all fifteen, in the table's order (0.55) or shuffled; for each, one
    heading (a question where the kind has one, on a fifth of the sites) and one (0.45), two (0.4) or three of its
    sentences in order, kept as parts of their own or (a quarter of the sites) run together as one paragraph.
    Headings in sentence case (0.45), title case (0.3) or capitals; on a part of their own (bare, or after a full stop
    or a colon) or run in before a colon, a hyphen, an en or em dash, a full stop or (in title case or capitals, as a
    bold heading reads once scraped) a bare space; one way a site or (0.15) each item its own; none at all (0.15) or
    none for an item (0.08). Items numbered (0.3, "1." "1)" "(1)" "1 -" "1 \u2013" "1/" "Rule 1:" "Rule 1."
    "Clause 1." "No. 1"), lettered (0.06), in Roman numerals small or capital (0.06), bulleted (0.23, with a go
    club's stones, a choir's note and a stamp society's envelope among the bullets) or neither, the marker before
    whatever the item prints first. American spelling always on a Hawaii paper; then :func:`_furnish` with the site's
    opening, closing and title lines."""
    site = rng.choice(_SITES_93)
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_93)[1:]) if draw < 0.42 else "comment"
    words = {"c": noun, "cs": _NOUNS_93[noun], "C": noun.capitalize(), "Cs": _NOUNS_93[noun].capitalize()}

    size = rng.random()
    count = rng.randint(2, 3) if size < 0.15 else rng.randint(4, 8) if size < 0.6 else rng.randint(9, 15)
    picked = rng.sample(range(len(REWORDINGS_93)), min(count, len(REWORDINGS_93)))
    if rng.random() < 0.55:
        picked.sort()
    headless = rng.random() < 0.15
    questions = rng.random() < 0.2
    paragraph = rng.random() < 0.25
    case_name = rng.choices(tuple(_CASES_93), (0.45, 0.3, 0.25))[0]
    mixed = rng.random() < 0.15
    joints = _JOINTS_93 if case_name != "sentence" else _JOINTS_93[:-1]
    site_way = (rng.random() < 0.55, rng.choice(_ENDS_93), rng.choice(joints))
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.06, 0.06, 0.23))[0]
    bullets = _BULLETS_93 + _SITE_BULLETS_93.get(site, ())
    shapes = {"numbered": _NUMBERS_93, "lettered": _LETTERS_93, "roman": _ROMANS_93, "bulleted": bullets}
    shape = rng.choice(shapes[style]) if style in shapes else ""

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_site_lines_93(texts, site, words, no_comment) for texts in REWORDINGS_93[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        stated = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else stated)
        heading = "" if headless or rng.random() < 0.08 else _CASES_93[case_name](heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        marker = ""
        if shape:
            letter, roman = "abcdefghijklmnopqrstuvwxyz"[n], _ROMAN_93[n]
            marker = shape.format(n=n + 1, a=letter, A=letter.upper(), r=roman, R=roman.upper()) + " "
        own, end, joint = site_way
        if mixed:
            own, end, joint = rng.random() < 0.55, rng.choice(_ENDS_93), rng.choice(joints)
        if heading and own:
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        if heading:
            lead = heading if heading.endswith("?") else heading + joint.rstrip()
            chosen[0] = lead + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _site_lines_93(texts, site, words, no_comment) for texts in (INTROS_93, CLOSINGS_93, TITLES_93)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_93)
