"""The ``reworded-378`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bigga and Hascosay bulletins, Ramsgill and Aysgarth papers, Tucumcari and Elida weeklies, clay
pigeon and longbow clubs, coppersmith and wicker work guilds, Kleefstra and Wolfram syndrome forums, chilli eating and
pipe smoking championship committees, and oral history volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_378: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Respect other members",
            "Courtesy",
            "How should I treat other members?",
            "Keep it friendly",
            "Play the ball, not the player",
        ),
        (
            "Treat other members as you would at the hall.",
            "Disagree with the argument, not the person making it; personal attacks on other readers, writers or "
            "{mods} are removed.",
            "This is a small community where most of us know each other from the ferry or the shop, so please write "
            "as if you were saying it to someone's face.",
            "Members may criticise a club decision, a score or a layout of stands, but not the character of the "
            "people who made it.",
            "{Cs} that insult, belittle or goad another member will be taken down without notice.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Is there anything we never allow?",
            "Respect for everyone",
            "Hatred and abuse",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, sexuality, disability or "
            "where they come from.",
            "Jokes about disability are not welcome here; many of our members care for someone with Kleefstra or "
            "Wolfram syndrome.",
            "Racist, sexist, homophobic or transphobic language is removed, and the account behind it is usually "
            "closed.",
            "Please remember that incomers, visitors and seasonal workers are neighbours too.",
            "{mods} will delete anything that stirs up hatred against a group, however politely it is worded.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Protect personal information",
            "Keep private details private",
            "Can I share someone's address?",
            "Personal details",
            "Respect privacy",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "{Cs} that name a neighbour in a dispute, or say where someone lives on the island, will be removed.",
            "Please ask before sharing a photo of another member, their workshop or their children.",
            "Medical details you share about your own family can be read by anyone who visits the forum, so think "
            "before you post them.",
            "Private messages between members should stay private; do not copy them into a public thread without "
            "consent.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Children and young people",
            "Safeguarding",
            "Protecting children",
            "What about junior members?",
            "Young members",
            "Keep children safe",
        ),
        (
            "Never post the full name, school or photograph of a child without a parent's written permission.",
            "Members under eighteen may only use the forum with a parent's or guardian's agreement, and adults must "
            "not contact them privately.",
            "Anything that puts a child at risk is removed at once and reported to the police or the council's "
            "safeguarding team.",
            "Photos from the junior shoot or the school visit are posted by the club only, with consent from every "
            "family.",
            "If you are worried about a child, please contact {mods} or the club welfare officer rather than posting "
            "about it.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} be published?",
            "Moderation times",
        ),
        (
            "All {cs} are read by a person before they appear.",
            "{mods} are volunteers, so approval can take a day or two, longer during show week or the championship.",
            "Your first few {cs} go into a queue; once you are known to us, later ones appear straight away.",
            "We check the queue in the morning and again in the evening, Monday to Friday, so anything sent at the "
            "weekend waits until Monday.",
            "Please do not send the same {c} twice if it does not show up at once, as duplicates slow the queue for "
            "everyone.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic posting",
            "Where should I post this?",
            "Stick to the thread",
        ),
        (
            "Keep {cs} relevant to the article or thread you are replying to.",
            "Questions about fixtures, ferry times or the hall booking belong on the noticeboard, not under a news "
            "story.",
            "Threads about raising, planishing and tinning are for technique; tool sales and workshops have boards "
            "of their own.",
            "{mods} may move or close a thread that has wandered far from where it started.",
            "Off-topic {cs}, however interesting, may be removed to keep the discussion readable.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Links and adverts",
        ),
        (
            "Do not use {cs} to advertise goods, services or events; ask the office about a classified ad instead.",
            "Members may mention their own baskets, pans or commissions once a month in the Makers' Corner thread, "
            "and nowhere else.",
            "{Cs} made up mostly of links, or posted again and again, are treated as spam and deleted.",
            "We remove promotions for miracle cures, supplements and unproven therapies without discussion.",
            "Selling guns, cartridges or ammunition here is not allowed under any circumstances.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Use your real name",
            "Accounts and usernames",
            "Can I post anonymously?",
            "One account each",
            "Registration",
        ),
        (
            "Please sign {cs} with your full name and the village or town where you live.",
            "{Cs} must include a name, address and daytime telephone number, though we will not print the address.",
            "Each member may hold one account; sock-puppet accounts are closed along with the original.",
            "Usernames that impersonate another person, a club officer or {mods} will be changed or removed.",
            "We will withhold a name on request where there is good reason, such as a family's medical privacy, but "
            "we must know who you are.",
        ),
    ),
    # the law
    (
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Court cases",
            "Is it safe to name someone?",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and the paper can be sued for it too.",
            "Do not accuse a named person of an offence, dishonesty or cheating unless a court has found it proven.",
            "While a case is before the magistrates or the district court, {cs} about guilt or innocence are not "
            "published.",
            "{Cs} that might be defamatory, or that break a reporting restriction, will be removed on legal advice.",
            "Complaints about how a club officer has handled money should go to the committee in writing, not onto "
            "the forum.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Photos and text",
            "Can I post pictures I found?",
            "Quoting and copying",
            "Credit your sources",
        ),
        (
            "Only post photographs, drawings and patterns that you made yourself or have permission to use.",
            "Quote a short passage and link to the rest rather than pasting a whole article.",
            "Basketry patterns from published books may not be copied in full into a thread.",
            "By sending us a {c}, you allow us to publish it in print as well as online.",
            "Recordings and transcripts in the archive belong to the project and the speakers, and may not be "
            "reposted elsewhere.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting a problem",
            "Report it",
            "How do I report a {c}?",
            "Flagging",
            "If you see something wrong",
            "Tell us",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "If you see something that worries you, email {mods} and include a link to the {c}.",
            "Reports are confidential; the person you report is not told who flagged them.",
            "{mods} will look at every report, but will not always reply to say what was done.",
            "Please report rather than reply, because arguing with a troublemaker only keeps the thread going.",
        ),
    ),
    # the site's discretion
    (
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editorial judgement",
            "Who decides?",
            "The right to remove",
            "Discretion",
        ),
        (
            "{mods} may remove or edit any {c} without giving a reason.",
            "We may shorten {cs} for space, especially in the printed edition.",
            "Publication is a privilege, not a right, and the editor's decision is final.",
            "These rules are a guide, and {mods} will use common sense where they do not quite fit.",
            "The committee may change these rules at any general meeting, and members will be told in the next "
            "newsletter.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Tell us about a story",
        ),
        (
            "If we have got something wrong, email the editor rather than posting a correction as a {c}.",
            "We correct errors of fact promptly, apologise where it is due and note the correction at the foot of the "
            "story.",
            "Send news, photos from the show or funeral notices to the office by Tuesday noon for that week's paper.",
            "Score corrections must come from the match secretary, not from a {c} in the results thread.",
            "Tips about local news are welcome by phone, by email or as a note through the office door.",
        ),
    ),
    # language
    (
        ("Language", "Mind your language", "Swearing", "Is swearing allowed?", "Keep it clean", "Bad language"),
        (
            "No swearing, please; this forum is read by families and young people.",
            "{Cs} containing offensive language are held back or removed, even if the word is disguised with "
            "asterisks.",
            "Write in plain English and avoid typing in capitals, which reads as shouting.",
            "Dialect and Shetland words are very welcome, but please keep it printable.",
            "Crude or sexual language will be removed.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Three strikes",
            "Enforcement",
        ),
        (
            "Anyone whose behaviour breaks these rules will normally get one warning before their account is "
            "suspended.",
            "Repeated or serious breaches lead to a permanent ban, and new accounts set up to dodge it will be "
            "removed.",
            "{mods} may suspend posting rights at once in serious cases, such as threats or the abuse of a child.",
            "A suspended member can appeal in writing to the committee within fourteen days.",
            "We keep a note of warnings for twelve months; after that your record starts clean.",
        ),
    ),
    # medical advice (syndrome forums)
    (
        (
            "Medical advice",
            "We are not doctors",
            "Health information",
            "Can I ask about treatment?",
            "Sharing experience, not advice",
            "Treatments and therapies",
        ),
        (
            "Nothing on this forum replaces advice from your own GP, paediatrician or genetics team.",
            "Share what worked for your family, but do not tell another parent to change or stop a medicine.",
            "{Cs} promoting cures for Kleefstra syndrome or Wolfram syndrome, or selling supplements, will be removed.",
            "If someone is unwell right now, call the emergency services instead of posting.",
            "Please link to a source, such as the research paper or the charity's fact sheet, when you mention a "
            "study.",
        ),
    ),
    # safety, competitions and results (clubs and championships)
    (
        (
            "Safety first",
            "Range safety",
            "Competitions and results",
            "Can I dispute a result?",
            "Rules of the event",
            "Shooting and safety",
        ),
        (
            "Never post a photo of a loaded gun, a drawn bow pointing at anyone, or an unsafe stand.",
            "Advice on reloading cartridges or fletching arrows is followed at your own risk, and the club accepts "
            "no liability.",
            "Disputes about scores, heat times or burn times go to the championship committee, not the forum.",
            "Entrants in the chilli eating contest sign a waiver, and {cs} daring anyone to try the final round at "
            "home will be removed.",
            "Do not say where firearms or ammunition are kept, at the clubhouse or at home.",
        ),
    ),
    # recordings and memories (oral history volunteers)
    (
        (
            "Recordings and memories",
            "Talking about other people",
            "Consent",
            "Can I share an interview?",
            "Interviews and transcripts",
            "Memories of living people",
        ),
        (
            "Please do not share clips from interviews until the speaker has signed the recording agreement.",
            "When you recall old neighbours or family, remember that their children and grandchildren may read it.",
            "Interviewees can ask for any part of their recording to be closed, and {mods} will take down any {c} "
            "quoting it.",
            "Transcripts are volunteers' drafts, so check names and dates against the audio before quoting them.",
            "Tributes under obituaries are printed as sent, so please keep them kind.",
        ),
    ),
)

POLICY_INTROS_378: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these rules before you post.",
    "This is a friendly place for families, and these few rules help keep it that way.",
    "The club forum is for members and friends; by posting you agree to the following.",
    "{Cs} are published at the discretion of {mods} and must follow the guidelines below.",
    "Thank you for taking part. A few house rules:",
    "The following rules apply to all {cs}, online and in the printed bulletin.",
    "Before you send us a {c}, please take a minute to read the points below.",
)

POLICY_CLOSINGS_378: tuple[str, ...] = (
    "Thank you for helping keep the forum a kind and useful place.",
    "If you have a question about these rules, please contact {mods}.",
    "These guidelines may be updated from time to time without notice.",
    "Breaking these rules may lead to your {cs} being removed or your account closed.",
    "See you at the next shoot.",
    "Questions? Write to the editor at the office address above.",
    "By sending a {c} you agree to abide by these rules.",
)

POLICY_TITLES_378: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting rules",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Members' code of conduct",
    "Our {c} rules",
    "Before you post",
    "Letters and {cs}: our rules",
)

AMERICAN_378: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "judgement": "judgment",
    "paediatrician": "pediatrician",
    "behaviour": "behavior",
    "offence": "offense",
    "apologise": "apologize",
}

_WORDS_378: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_378: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the volunteer moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the site admins",
    "the hon. secretary",
    "the news desk",
    "the project coordinator",
    "a moderator",
    "the bulletin team",
)

_SMALL_378 = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "not", "of", "on", "or", "the", "to", "with"}
)

_SECTION_LINES_378: tuple[str, ...] = (
    "Section {n}: Rules for {cs}",
    "Part {n} \u2013 House rules",
    "{n}. Posting on this site",
    "Appendix {L}: Forum conduct",
    "Section {n} \u2013 Online {cs}",
)

_SIGN_OFFS_378: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Hon. Secretary",
    "The moderation team",
    "\u2014 Project coordinator, Oral History Group",
    "With thanks, the Bulletin team",
    "Issued by the Championship Committee",
)

_MONTHS_378: tuple[str, ...] = (
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

_LEADS_378: tuple[str, ...] = ("Please note: ", "Note: ", "NB: ", "Important: ", "PLEASE NOTE: ")

_MARKERS_378: tuple[str, ...] = (
    "num",
    "num_paren",
    "letter",
    "letter_paren",
    "roman",
    "roman_paren",
    "bullet",
    "dash",
    "endash",
    "star",
    "rule",
    "rule_dash",
    "section",
    "sign",
)


def _fill_378(text: str, words: dict[str, str]) -> str:
    """``text`` with the site's word and moderators put in, its first letter capitalised."""
    out = text.format(**words)
    return out[:1].upper() + out[1:]


def _roman_378(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _marker_378(style: str, n: int, section: int) -> str:
    """The list marker a site prints before its ``n``th item (``section`` for numbered sections)."""
    if style == "num":
        return f"{n}. "
    if style == "num_paren":
        return f"{n}) "
    if style == "letter":
        return f"{chr(96 + n)}. "
    if style == "letter_paren":
        return f"({chr(96 + n)}) "
    if style == "roman":
        return f"{_roman_378(n).upper()}. "
    if style == "roman_paren":
        return f"({_roman_378(n)}) "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "endash":
        return "\u2013 "
    if style == "star":
        return "* "
    if style == "rule":
        return f"Rule {n}: "
    if style == "rule_dash":
        return f"Rule {n} \u2013 "
    if style == "section":
        return f"{section}.{n} "
    return f"\u00a7 {n} " if section % 2 else f"\u00a7{section}.{n} "


def _case_378(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if (i and w in _SMALL_378) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return heading


def _date_378(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.choice((2024, 2025, 2026))
    style = rng.randrange(4)
    if style == 0:
        return f"{day} {_MONTHS_378[month]} {year}"
    if style == 1:
        return f"{_MONTHS_378[month]} {day}, {year}"
    if style == 2:
        return f"{day:02d}/{month + 1:02d}/{year}"
    return f"{_MONTHS_378[month]} {year}"


def _items_378(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and moderators, how many kinds in which
    order, sentences an item, heading case and placement, markers, then the site's habits; ``_furnish`` adds the
    opening, closing and title lines."""
    # the site's word and who moderates
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_378)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "mods": rng.choice(_MODS_378)}

    # how many kinds, in which order
    count = min(16, max(2, round(rng.triangular(2, 16, 7))))
    picked = rng.sample(range(len(REWORDINGS_378)), count)
    if rng.random() < 0.6:
        picked.sort()
    per_item = rng.choice(((1,), (1, 2), (1, 2, 3), (2,), (2, 3)))

    # headings: case, placement, punctuation
    headed = rng.random() < 0.8
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    run_in = rng.random() < 0.35
    stand_end = rng.choice(("", "", ".", ":"))
    run_sep = rng.choice((": ", ". ", " \u2013 ", " \u2014 ", " - "))

    # list markers
    marker = rng.choice(_MARKERS_378) if rng.random() < 0.65 else ""
    section = rng.randint(1, 9)

    # habits
    emphasis = rng.choice(("**", "*", "__")) if rng.random() < 0.15 else ""
    lead = rng.choice(_LEADS_378) if rng.random() < 0.2 else ""
    lead_at = rng.randrange(count)

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_378[kind]
        chosen = [_fill_378(s, words) for s in rng.sample(sentences, rng.choice(per_item))]
        if lead and n - 1 == lead_at:
            chosen[-1] = lead + chosen[-1]
        heading = ""
        if headed:
            heading = _case_378(_fill_378(rng.choice(headings), words), case)
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        elif emphasis and n - 1 == lead_at:
            chosen[0] = f"{emphasis}{chosen[0]}{emphasis}"
        prefix = _marker_378(marker, n, section) if marker else ""
        if heading and run_in:
            sep = " " if heading.rstrip("*_").endswith("?") and run_sep in (": ", ". ") else run_sep
            items.append(("", prefix + heading + sep + chosen[0], *chosen[1:]))
        elif heading:
            end = "" if heading.rstrip("*_").endswith("?") or marker in ("rule", "rule_dash") else stand_end
            items.append((prefix + heading + end, *chosen))
        else:
            items.append(("", prefix + chosen[0], *chosen[1:]))

    if rng.random() < 0.12:
        line = rng.choice(_SECTION_LINES_378).format(n=section, L="ABCD"[section % 4], **words)
        items.insert(0, (line, ""))
    if rng.random() < 0.18:
        when = _date_378(rng)
        line = rng.choice(("Last updated: {d}", "Last updated {d}.", "Updated {d}", "Reviewed by the committee, {d}."))
        items.append(("", line.format(d=when)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_378)))

    intros = [_fill_378(s, words) for s in POLICY_INTROS_378]
    closings = [_fill_378(s, words) for s in POLICY_CLOSINGS_378]
    titles = [_fill_378(s, words) for s in POLICY_TITLES_378]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_378)
