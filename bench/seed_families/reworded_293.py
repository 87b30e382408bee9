"""The ``reworded-293`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guyana English news, Cornwall fishing-port papers, Big Sur coast weeklies, table tennis clubs, dog
agility societies, gout forums, cooperative flats' committees, pumping station museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences). Headings are in sentence case here and recased per site;
# {c} {cs} {C} {Cs} are the site's word for what readers send and {mods} who looks after the site.
REWORDINGS_293: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Keep it friendly",
            "Play the ball, not the player",
            "How should I disagree with someone?",
            "Courtesy",
        ),
        (
            "Be courteous to other readers, even when you think they are plainly wrong.",
            "Argue with the point, not the person: personal attacks, name-calling and sneering will be removed.",
            "This is a small club and most of us will meet across a table on league night, so write as you would "
            "speak to someone at the leisure centre.",
            "Robust debate is welcome; abuse of other users, reporters or the people we write about is not.",
            "Many members are living with a painful condition, so please be kind and patient with newcomers who ask "
            "the same questions you once asked.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Race, religion and ethnicity",
            "Hatred and discrimination",
            "What counts as hate speech?",
            "Respect for all communities",
        ),
        (
            "We will not publish anything that stirs up hostility between Guyana's ethnic or religious communities, "
            "whatever the political season.",
            "Remarks that demean people for their race, religion, sex, sexuality, disability or nationality will be "
            "deleted and may be reported.",
            'Stereotyping whole groups ("they all vote that way", "those people from the coast") is not debate.',
            "Racist, sexist or homophobic language has no place on the club's pages, in any language or dialect.",
            "Incitement to racial hostility is an offence under the law of Guyana, and {mods} will pass such {cs} to "
            "the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Can I post a phone number or address?",
            "Protecting personal data",
        ),
        (
            "Do not publish anyone's address, phone number, email or workplace, including your own.",
            "Please don't name children, residents of particular flats or anyone who has not agreed to be named.",
            "Members' personal data is held by the committee under the Data Protection Act 2018 and UK GDPR and is "
            "never shown on the noticeboard.",
            "Photographs taken at shows or league matches should not be posted if the people in them have asked "
            "you not to.",
            "If you share details of your own health, remember that the forum can be read by anyone, including your "
            "employer.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting young people",
            "Junior members",
            "Who do I tell about a safeguarding worry?",
        ),
        (
            "The club follows Table Tennis England's safeguarding policy; concerns should go to our welfare officer, "
            "never onto the forum.",
            "Do not post photographs of junior handlers or players without written consent from a parent or guardian.",
            "Adults must not send private messages to members under 18 through the site.",
            "Volunteers working with school parties on steam days must hold a current DBS check and follow the "
            "Trust's safeguarding procedure.",
            "If you think a child or vulnerable adult is at risk, call the police or children's services first and "
            "tell us afterwards.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "How long does approval take?",
            "Approval of {cs}",
        ),
        (
            "All {cs} are read by {mods} before they go live, so yours may not appear straight away.",
            "Our newsroom is small and {cs} sent overnight or at weekends may wait until the next working day.",
            "{Cs} are checked by volunteers, usually within 48 hours, and longer during the show season.",
            "Posts from new members are held for approval until you have made five contributions.",
            "A {c} that has not appeared after two days has probably been declined; there is no need to send it again.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "Can I post about something else?",
            "On topic, please",
        ),
        (
            "Keep {cs} relevant to the article above; a story about Highway 1 closures is not the place to relitigate "
            "the last county election.",
            "Please use the right board: fixtures and results in Leagues, kit and bats in Equipment, everything else "
            "in the Clubhouse.",
            "{Cs} on harbour stories should be about the harbour, the boats or the people in the piece.",
            "Threads that drift off the subject may be split, moved or closed.",
            "The noticeboard is for co-op business only: meetings, repairs, rotas and lost keys.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I sell something here?",
            "Adverts and links",
        ),
        (
            "Advertising, chain letters and links to commercial sites will be removed without notice.",
            "Puppies, litters and stud dogs may not be advertised on the society's pages.",
            'Do not use {cs} to promote supplements, "cures" or clinics; such posts are deleted and the account '
            "closed.",
            "Members may list second-hand bats, rubbers and tables in the For Sale thread, once a month per item.",
            "Boat, gear, licence and quota sales belong in our classifieds, not under the news.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Who you are",
            "Registration",
            "Use your real name",
            "Do I have to use my real name?",
            "One account each",
        ),
        (
            "Please post under your own name; {cs} signed with a false or misleading name will not be published.",
            "One account per person; sock-puppet accounts will be closed, along with the original.",
            "Impersonating another member, a judge, a councillor or a member of staff is not allowed.",
            "A nickname is fine, but the committee must know which flat you live in.",
            "Letters for print need a name, a full postal address and a daytime phone number, though we will not "
            "print the last two.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal responsibility",
            "Stay within the law",
            "Could my {c} get me into trouble?",
            "Libel and court cases",
        ),
        (
            "You are legally responsible for what you write, and defamatory {cs} can lead to action against you as "
            "well as us.",
            "Do not accuse a named person of a crime; under the Cybercrime Act 2018 publishing false or malicious "
            "material online can be prosecuted.",
            "Nothing may be said about a case that is before the courts beyond what has been reported from open court.",
            "Allegations against named skippers, merchants or harbour officials will not be published unless they "
            "can be proved.",
            "We follow the Editors' Code of Practice and will remove anything that could be in contempt of court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I post a photo I found?",
            "Quoting and copying",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other newspapers; a short quote and a link are enough.",
            "Show photographs belong to the photographer, who should be credited, and must not be copied for sale.",
            "By sending us a {c} you allow us to publish and edit it in print and online.",
            "Images of the engines and buildings may be shared for personal use but not used commercially without "
            "the Trust's permission.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report abuse", "Flagging a {c}", "How do I report something?", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please report problems to {mods} by private message; arguing in public only makes the thread worse.",
            "Complaints about the noticeboard should be made in writing to the secretary or dropped in the co-op "
            "post box.",
            "Every report is looked at, though we may not be able to tell you what was done.",
            "Do not report a post simply because you disagree with it.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "The editor's discretion",
            "Committee discretion",
            "Removal of {cs}",
            "Why was my {c} taken down?",
            "Publication is not a right",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Posting here is a privilege of membership, not a right, and the committee's decision is final.",
            "We may remove a {c} that keeps within the letter of these rules but not their spirit.",
            "Moderation is a matter of judgement, and {mods} do it in their spare time, so please be patient with them.",
            "Decisions about notices are taken by the management committee and can be raised at the next general "
            "meeting.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Telling us about a story",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than posting a correction below "
            "the story.",
            "Have you a story from Berbice, Essequibo or the interior? Send it to our newsroom with a contact number.",
            "Results can be corrected by the fixtures secretary; please do not post amended scores in the thread.",
            "Corrections to landing figures or catch reports should come from the harbour office or the skipper.",
            "Tips about road conditions, closures or wildfire on the coast are welcome, but call 911 first in an "
            "emergency.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Mind your language",
            "Which language can I post in?",
            "Capitals and shouting",
        ),
        (
            "Swearing, even with letters replaced by asterisks, is not allowed.",
            "Please write in English so that everyone, including {mods}, can follow; Creolese phrases are fine in "
            "moderation.",
            "Posts written entirely in capitals read as shouting and will be edited.",
            "Keep it family-friendly, as the club's pages are read by juniors and their parents.",
            "Text-speak and excessive exclamation marks make {cs} hard to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Three strikes",
            "Repeat offenders",
        ),
        (
            "Unacceptable behaviour will earn a warning first, then a suspension, then a ban.",
            "Repeated breaches may result in your account being suspended without warning.",
            "Anyone banned who returns under a new name will be removed again, and the new account closed.",
            "Serious breaches may be referred to the committee under the co-operative's rules on conduct.",
            "Volunteers who ignore safety instructions may be stood down from the rota at the duty manager's "
            "discretion.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Safety",
            "Should I change my medication?",
            "Advice on this forum",
        ),
        (
            "Members share their own experience only; nothing on this forum is medical advice.",
            "Never start, stop or change allopurinol, febuxostat or colchicine because of something read here; speak "
            "to your GP or rheumatologist first.",
            "Posts recommending unproven treatments as a cure for gout will be removed.",
            "Advice on dog health or injury should come from your vet, not from a thread.",
            "Nobody may enter the boiler house or engine room on steam days without a qualified member of the crew.",
        ),
    ),
    (  # noticeboard use
        ("Notices", "Using the noticeboard", "Posting notices", "How long do notices stay up?", "Dates and signatures"),
        (
            "Every notice must be dated and signed with the name and flat number of the person putting it up.",
            "Notices are taken down after fourteen days unless the committee agrees otherwise.",
            "Event listings should give the date, time and place, and should be posted at least a week ahead.",
            "Only the committee may post in the Announcements section.",
            "Rota changes for the steam programme go on the volunteers' board, not the public page.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; a quarter never do.
COMMENT_WORDS_293: tuple[str, str] = ("comment", "comments")
# The words a site that never says "comment" uses instead, as (singular, plural).
OTHER_WORDS_293: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("notice", "notices"),
)

# Who looks after the site, as printed inside a sentence.
MODERATORS_293: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editors",
    "the web team",
    "the newsdesk",
    "the committee",
    "the forum team",
    "the admins",
    "the volunteer coordinators",
    "the site volunteers",
)

# Opening lines a site prints before its rules ({cs} and {mods} filled per site).
POLICY_INTROS_293: tuple[str, ...] = (
    "We welcome {cs} from readers, provided they keep to the rules below.",
    "Please read these guidelines before you post.",
    "These rules were agreed by the committee and apply to everyone who uses the site.",
    "Our forum is run by volunteers, most of whom have gout themselves. A few simple rules keep it useful.",
    "By sending us your {cs} you agree to the following terms.",
    "The club's website is for members and friends of the club. When posting, please remember:",
    "We want this to be a place for lively, fair discussion of life on the coast.",
)

# Closing lines a site prints after its rules ({cs} and {mods} filled per site).
POLICY_CLOSINGS_293: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Contact {mods} through the Contact page.",
    "These guidelines may be changed at any time without notice.",
    "Happy posting, and see you on league night.",
    "Breach of these rules may lead to removal of your {cs} and suspension of your account.",
    "Thank you for volunteering with us.",
    "Any questions should be addressed to the secretary in writing.",
)

# Titles a site prints over its rules ({cs} filled per site; those saying "comment" only where the site does).
POLICY_TITLES_293: tuple[str, ...] = (
    "Comment policy",
    "Comments policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard rules",
    "Terms for {cs}",
    "Code of conduct",
    "Rules for readers' {cs}",
    "Guidelines for volunteers online",
)

# British spellings used in the sentences above, with the American forms a site may print instead.
AMERICAN_293: dict[str, str] = {
    "offence": "offense",
    "councillor": "councilor",
    "behaviour": "behavior",
    "programme": "program",
    "centre": "center",
    "judgement": "judgment",
    "licence": "license",
    "harbour": "harbor",
}

# Lines that name a part of a longer document the rules sit in ({Cs} filled per site).
SECTION_LINES_293: tuple[str, ...] = (
    "Section 7: Online {Cs}",
    "Part 3 – Website and social media",
    "Appendix B: Noticeboard and website",
    "4. Using our website",
    "Schedule 2 – Conduct on the co-operative's noticeboards",
    "Volunteer handbook, section 9",
    "Club website: code of conduct",
)

# How a site dates its rules: a pattern filled with day, month name, month number and year.
UPDATED_LINES_293: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Last updated {month} {day}, {year}",
    "Updated {day:02d}/{num:02d}/{year}",
    "Revised: {year}-{num:02d}-{day:02d}",
    "Agreed at the general meeting of {day} {month} {year}.",
    "Policy reviewed by the committee, {month} {year}.",
    "(Amended {month} {year})",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_293: tuple[str, ...] = (
    "— The Editor",
    "The Management Committee",
    "Hon. Secretary",
    "- The Forum Team",
    "Newsroom, Georgetown",
    "Volunteer Coordinator",
    "By order of the committee",
    "Signed on behalf of the Trust",
)

# Words a heading keeps in lower case when a site prints headings in title case.
SMALL_WORDS_293: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not", "is")
)

# Month names for a site's last-updated line.
MONTHS_293: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# List-marker shapes: the name of a counting scheme and the pattern it fills.
MARKER_SHAPES_293: tuple[tuple[str, str], ...] = (
    ("number", "{}."),
    ("number", "{})"),
    ("number", "({})"),
    ("lower", "{})"),
    ("lower", "({})"),
    ("upper", "{}."),
    ("roman", "{}."),
    ("roman", "({})"),
    ("ROMAN", "{}."),
    ("bullet", "•"),
    ("bullet", "-"),
    ("bullet", "–"),
    ("bullet", "*"),
    ("number", "Rule {}:"),
    ("number", "Rule {}."),
    ("number", "Rule {} –"),
    ("number", "§{}"),
    ("section", "{}"),
    ("number", "No. {}"),
)


def _roman(number: int) -> str:
    """``number`` in lower-case roman numerals."""
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _marker(scheme: str, shape: str, position: int, chapter: int) -> str:
    """The list marker for the item at ``position`` (from 1) in a site's counting scheme and shape."""
    counted = {
        "number": str(position),
        "lower": "abcdefghijklmnopqrstuvwxyz"[position - 1],
        "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[position - 1],
        "roman": _roman(position),
        "ROMAN": _roman(position).upper(),
        "section": f"{chapter}.{position}",
        "bullet": "",
    }[scheme]
    return shape.format(counted) if "{}" in shape else shape


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but for short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_293 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_293(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, otherwise another word it uses
    throughout, with lines that say "comment" left out) and who moderates; how many kinds it prints (two to five for
    some sites, six to sixteen for most) and whether in the table's order or shuffled; the most sentences it gives an
    item (one to three); whether it prints headings, and if so in sentence case, title case or capitals, standing
    as a part of their own (bare, with a stop or with a colon) or run in before the first sentence after a colon,
    stop or dash; a list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
    numbers) or none; and its own habits: lettered clauses within an item, a section line naming the document the
    rules sit in, a dated last-updated line at the top or the bottom, headings in bold asterisks, a "Please note"
    or capitalised NOT in one sentence, and a sign-off. The items then get an opening, closing and title line and
    spelling and quotes by ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORDS_293 if says_comment else rng.choice(OTHER_WORDS_293)
    moderators = rng.choice(MODERATORS_293)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    kinds = list(REWORDINGS_293)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(kinds)))
    if rng.random() < 0.5:
        chosen = [kinds[index] for index in sorted(rng.sample(range(len(kinds)), count))]
    else:
        chosen = rng.sample(kinds, count)

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    scheme, shape = rng.choice(MARKER_SHAPES_293) if rng.random() < 0.6 else ("none", "")
    chapter = rng.randint(1, 12)
    lettered_clauses = most_sentences > 1 and rng.random() < 0.12
    bold_headings = heading_case != "none" and heading_place.startswith("own") and rng.random() < 0.1
    emphasis = rng.choice(("none", "none", "none", "please note", "capital not"))
    emphasis_at = rng.randrange(count)
    note_prefix = rng.choice(("Please note: ", "NB: ", "Important: "))

    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(chosen, start=1):
        picked = [s.format(**words) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        if not says_comment:
            picked = [s for s in picked if "comment" not in s.lower()] or [
                s.format(**words) for s in sentences if "comment" not in s.format(**words).lower()
            ][:1]
        plain_last = len(picked) > 1 or (heading_case != "none" and heading_place.startswith("own"))
        if position - 1 == emphasis_at and emphasis == "capital not":
            picked[-1] = picked[-1].replace(" not ", " NOT ", 1)
        elif position - 1 == emphasis_at and emphasis == "please note" and plain_last:
            last = picked[-1]
            picked[-1] = note_prefix + (last[0].lower() + last[1:] if note_prefix.startswith("Please") else last)
        if lettered_clauses and len(picked) > 1:
            picked = [f"({'abc'[index]}) {sentence}" for index, sentence in enumerate(picked)]
        marker = _marker(scheme, shape, position, chapter) if scheme != "none" else ""
        heading = ""
        if heading_case != "none":
            options = [h.format(**words) for h in headings]
            if not says_comment:
                options = [h for h in options if "comment" not in h.lower()]
            heading = rng.choice(options)
            if heading_case == "title":
                heading = _title_case(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        if heading and heading_place.startswith("own"):
            if not heading.endswith("?"):
                heading += {"own": "", "own stop": ".", "own colon": ":"}[heading_place]
            if bold_headings:
                heading = f"**{heading}**"
            items.append(((f"{marker} {heading}" if marker else heading), *picked))
        elif heading:
            joiner = (
                " "
                if heading.endswith("?")
                else {"run colon": ": ", "run stop": ". ", "run dash": " – "}[heading_place]
            )
            first = f"{heading}{joiner}{picked[0]}"
            items.append(("", (f"{marker} {first}" if marker else first), *picked[1:]))
        else:
            first = f"{marker} {picked[0]}" if marker else picked[0]
            items.append(("", first, *picked[1:]))

    if rng.random() < 0.12:
        items.insert(0, (rng.choice(SECTION_LINES_293).format(**words), ""))
    if rng.random() < 0.2:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_293).format(
            day=rng.randint(1, 28), month=MONTHS_293[month], num=month + 1, year=rng.randint(2012, 2026)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_293)))

    def site_lines(lines: tuple[str, ...]) -> list[str]:
        """The site's version of a table of lines: its words filled in, and none saying "comment" if it never does."""
        filled = [line.format(**words) for line in lines]
        return filled if says_comment else [line for line in filled if "comment" not in line.lower()]

    return _furnish(
        items,
        rng,
        site_lines(POLICY_INTROS_293),
        site_lines(POLICY_CLOSINGS_293),
        site_lines(POLICY_TITLES_293),
        AMERICAN_293,
    )
