"""The ``reworded-317`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Isle of Eigg community news, Nidderdale papers, Ouachita mountain weeklies, softball leagues, bird
ringing groups, cleft lip and palate parents' forums, beach hut owners' associations, lime works heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them. Each kind is (headings, sentences):
# headings in sentence case (questions among them), sentences in the voice of these sites. Placeholders: {c} {cs}
# {C} {Cs} for the site's word for what readers send, {mods} for who looks after the site.
REWORDINGS_317: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Play nicely",
            "How should I speak to other members?",
            "Respect for others",
            "Keep it friendly",
        ),
        (
            "Eigg is a small island and most of us will pass each other at the pier, so please write to your "
            "neighbours as you would speak to them in the shop.",
            "Disagree with the argument if you must, but leave the person out of it; personal attacks will be taken "
            "down.",
            "Sniping at umpires, coaches or other teams' parents has no place here, whatever the score was on "
            "Saturday.",
            "The people behind the lime works project are volunteers giving up their weekends, so please criticise "
            "with that in mind.",
            "{Cs} that belittle, mock or goad another member will be removed without discussion.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "Discrimination",
            "No hateful content",
            "What counts as hate speech?",
            "Equality and respect",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexual orientation, "
            "gender identity, disability or age.",
            "Remarks about incomers, second-home owners or 'offcomers' that turn into abuse of a whole group of "
            "people will be removed.",
            "Jokes about how a child looks, including their cleft or their scar, are never acceptable here, however "
            "well meant.",
            "Racist, sectarian or homophobic language will be reported to the police where it may break the law.",
            "Stirring up hatred against any group is an offence under the Public Order Act 1986, and we will not "
            "host it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I post a phone number?",
            "Other people's privacy",
            "Protecting your information",
        ),
        (
            "Please do not post anyone's home address, phone number or email address, including your own; use the "
            "private message button instead.",
            "If you mention a neighbour, a patient or a player by name, ask yourself whether they would be happy to "
            "read it in public.",
            "Do not share details of another family's surgery, hospital appointments or diagnosis without their "
            "permission.",
            "Hut numbers and the names of their owners should never be posted together, as empty huts over the "
            "winter are a target for thieves.",
            "We hold your email address only to run the site and never pass it to anyone else, as set out in our "
            "privacy notice.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Photos of children",
            "Can I post photos of my child?",
            "Protecting young players",
            "Keeping children safe",
        ),
        (
            "Photos of junior players may only be posted by the team's coach or manager, and never with a child's "
            "full name.",
            "Many families here share pictures of their babies before and after surgery; please do not copy, save "
            "or reshare them anywhere else.",
            "If a {c} makes you worried about a child's safety, tell {mods} straight away, and if a child is in "
            "immediate danger call 999.",
            "The league follows SafeSport guidance, and any concern about an adult's conduct towards a player goes "
            "to the league's safeguarding officer, not onto this board.",
            "Volunteers under 18 at the lime works are named by first name only, and only with a parent's consent.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} show up?",
            "Approval of {cs}",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by a person before it appears, so it may take a day or two, longer when the ferry is "
            "off and the editor is stuck on the mainland.",
            "The site is looked after by {mods} in their spare time, and {cs} sent at the weekend may not be "
            "approved until Monday evening.",
            "The island's broadband tends to go down in a gale, so please be patient and do not send the same {c} "
            "three times.",
            "During the autumn migration, when most of us are out at the nets from first light, approvals can be slow.",
            "{Cs} sent in after the Tuesday noon deadline will wait for the following week's paper and its website.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "What should my {c} be about?",
            "Relevance",
        ),
        (
            "Please keep {cs} to the story or thread they sit under; general chat belongs in the Open Forum section.",
            "This board is for ringing: catches, recoveries, permits and training. Questions about feeders and "
            "garden birds are better asked elsewhere.",
            "Threads about last season's playoff calls have been closed, and we ask you not to reopen them under "
            "new stories.",
            "Arguments about the council's parking charges along the promenade belong with the council, not under "
            "every notice about the huts.",
            "{Cs} which drift off the subject may be moved, trimmed or deleted.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and advertising",
            "Can I advertise my business?",
            "Buying and selling huts",
            "Promotions",
        ),
        (
            "Please do not use {cs} to advertise goods, services or holiday lets; the Noticeboard page has a free "
            "small ads column for islanders.",
            "Huts for sale or to let should be listed on the Association's For Sale page, not in the general "
            "discussion, and only by the hut's registered owner.",
            "Links to shops, betting sites or crypto schemes will be removed and the account closed.",
            "Team fundraisers are welcome once a season, as long as the league secretary has cleared them first.",
            "Traders selling nets, rings or other equipment should contact the group secretary rather than posting "
            "here.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "Do I have to use my real name?",
            "One person, one account",
            "Registering",
        ),
        (
            "We ask that you use your real name; this is a small community and we prefer to know who is speaking.",
            "Nicknames are fine, but an account pretending to be someone else, a club or a public body will be closed.",
            "Parents may prefer to go by a first name and an initial, and that is entirely your choice.",
            "Each member may hold one account; a second account used to get round a ban will be deleted along with "
            "the first.",
            "Ringers are asked to register under the name on their BTO permit so that trainers can tell who is who.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could I get into legal trouble?",
            "Libel and contempt",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and a false statement that harms someone's reputation "
            "can be libellous even on a small website.",
            "Do not name anyone charged with an offence or discuss the evidence while the case is before the courts, "
            "as this can be contempt of court.",
            "Under Arkansas law, as anywhere else, a defamation claim can be brought against the writer as well as "
            "the publisher, so stick to what you know to be true.",
            "Reports of disturbance at nest sites are welcome, but accusing a named person of a wildlife crime is a "
            "matter for the police, not for this board.",
            "We will cooperate with the police and the courts if we are lawfully asked for information about a {c}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Using other people's work",
            "Can I share a photo I found online?",
            "Your own work",
        ),
        (
            "Only post photographs you took yourself, or that you have the photographer's permission to share.",
            "Please do not paste in whole articles from other papers; a line or two and a link is enough.",
            "Old photographs of the kilns and the quarrymen lent to our archive remain the property of the "
            "families who lent them and must not be reused without asking.",
            "By sending us a {c} you allow us to publish it online and in print, and to edit it for length.",
            "Pictures of birds in the hand taken at ringing sessions belong to the group and may not be used "
            "commercially.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "How do I report a {c}?",
            "Flagging",
            "Seen something wrong?",
        ),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Email the editor with a link to the {c} and a few words about what is wrong; every report is read.",
            "Reporting a {c} does not remove it automatically, but it does put it in front of {mods}.",
            "Please do not argue with a rule-breaker in public; report it and leave the rest to us.",
            "Using the report button to silence people you disagree with will itself be treated as a breach of "
            "these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Who decides what stays up?",
            "Right to remove",
            "Final say",
        ),
        (
            "The editor may edit, hold back or remove any {c} without giving a reason, and the editor's decision is "
            "final.",
            "{Cs} are published at the discretion of the committee, which may refuse any it considers unsuitable.",
            "The league's board of directors has the final word on what stays up and what comes down.",
            "We are not obliged to publish every {c} we receive, and we may not have time to explain why one was "
            "left out.",
            "These rules may be changed by the committee at any time, and the current version will always be on "
            "this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Errors and corrections",
            "How do I tell you about a story?",
        ),
        (
            "If we have got something wrong, please email the editor rather than pointing it out in a {c}, and we "
            "will put it right as soon as we can.",
            "Story ideas, photographs and news from up the dale are always welcome; drop them in at the office in "
            "Pateley Bridge or send them by email.",
            "Corrections are printed on page two of the next edition and noted at the foot of the story online.",
            "Got a tip about something happening in Polk County? Call the newsroom or use the contact form; we never "
            "name a source without permission.",
            "Errors in the league standings should go to the statistician, not into the thread under the results.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Bad language",
            "Is swearing allowed?",
            "Keep it clean",
            "Mind your language",
        ),
        (
            "No swearing, and that includes words with letters swapped for asterisks.",
            "Please write in plain English, or in Gaelic, which is welcome, and avoid typing in capitals, which "
            "reads as shouting.",
            "This is a family league read by children and grandparents alike, so keep your language fit for the "
            "dugout.",
            "Crude or sexual language will be removed, however funny it seemed at the time.",
            "Text speak and heavy abbreviation make {cs} hard for many of our members to follow, so please write "
            "in full where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
            "Loss of posting rights",
        ),
        (
            "A first breach usually earns a private warning, a second a suspension of a week, and a third a "
            "permanent ban.",
            "Serious breaches, such as threats or anything that puts a child at risk, will lead to an immediate ban "
            "without warning.",
            "A member banned from the forum may appeal in writing to the chair, whose decision is final.",
            "Posting rights may be withdrawn from any hut holder who persistently breaks these rules, in line with "
            "the Association's constitution.",
            "Players, coaches or parents banned from the message board may also be referred to the league's "
            "disciplinary committee.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety",
            "Can I rely on advice given here?",
            "Health and safety",
            "A word of caution",
        ),
        (
            "Members share their own experience, not medical advice; always check feeding, surgery or speech "
            "therapy questions with your cleft team.",
            "Please never suggest that another family stop or change treatment, however strongly you feel about it.",
            "Do not climb on the kilns or go into the draw arches; the site is closed to visitors outside organised "
            "work days.",
            "Never handle or ring a wild bird without a permit and a trainer present; the welfare of the bird "
            "always comes first.",
            "Directions to trailheads, swimming holes and forest roads in the Ouachitas are given in good faith, so "
            "check conditions and water levels before you set off.",
        ),
    ),
    (  # sensitive locations
        (
            "Sensitive species",
            "Nest sites",
            "Locations",
            "Can I say where I saw it?",
            "Protecting rare birds",
        ),
        (
            "Do not post the location of a Schedule 1 species, or of any nest, however proud of the find you are.",
            "Grid references for rare breeding birds should go to the county recorder, not onto this board.",
            "Sightings from the ringing station can be shared once the birds have moved on, usually after a week.",
            "Photographs taken at or near a nest will be removed, as disturbing a Schedule 1 bird at the nest is an "
            "offence.",
            "Please keep private land out of it; many of our sites are on farms whose owners have asked not to be "
            "named.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political {cs}",
            "Campaigning",
            "Can candidates take part?",
            "During an election",
        ),
        (
            "In the week before an election we close {cs} on stories about the candidates, so that no one gets the "
            "last word unanswered.",
            "Candidates for quorum court, school board or city council may take part, but must say so in their {c}.",
            "Views on the community council or the Heritage Trust elections are welcome if they are signed.",
            "Party political campaigning is not allowed on the Association's pages.",
            "Paid political messages are advertisements and must go through the advertising department.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural). Most sites say "comment"; a quarter never do.
COMMENT_WORD_317: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_317: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as it would appear mid-sentence ("tell {mods} straight away").
MODERATORS_317: tuple[str, ...] = (
    "the editor",
    "the editorial team",
    "the committee",
    "our volunteer moderators",
    "the moderators",
    "the Hon. Secretary",
    "the league board",
    "the forum admins",
    "the newsroom",
    "the site admins",
    "the group's trainers",
)

# Opening lines a site prints before its rules (placeholders filled per site).
POLICY_INTROS_317: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers and ask only that you follow a few simple rules.",
    "This page sets out how we handle {cs} on this site.",
    "The noticeboard is run by volunteers for the benefit of all members.",
    "By sending a {c} you agree to the following.",
    "These guidelines were agreed by the committee and apply to everyone who uses the forum.",
    "Our forum is a friendly place for families affected by cleft lip and palate, and we want to keep it that way.",
)

# Closing lines a site prints after its rules (placeholders filled per site).
POLICY_CLOSINGS_317: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the editor.",
    "Thanks, and happy ringing.",
    "See you at the ballpark.",
    "Thank you for reading, and for your {cs}.",
    "Any questions should go to the Hon. Secretary.",
)

# Titles a site prints above its rules (placeholders filled per site).
POLICY_TITLES_317: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Forum rules",
    "Noticeboard terms",
    "Rules for {cs}",
    "Message board rules",
    "Posting guidelines",
    "Guidelines for {cs}",
    "Terms of use",
)

# British spellings used in this family's sentences, and how an American-spelling site prints them.
AMERICAN_317: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "libellous": "libelous",
    "organised": "organized",
}

# Lines a site prints to head the part of a longer document its rules stand in (a title-like line).
SECTION_LINES_317: tuple[str, ...] = (
    "Section 4: Online {cs}",
    "Part B – Using the forum",
    "Appendix 2: Noticeboard rules",
    "7. {Cs} and the website",
    "Schedule 3 – Rules of the members' noticeboard",
)

# Last-updated or agreed-on lines a site prints before or after its rules.
UPDATED_LINES_317: tuple[str, ...] = (
    "Last updated: 3 March 2025",
    "Updated April 2024.",
    "Reviewed by the committee, AGM 2025.",
    "Effective Jan. 1, 2025.",
    "These rules were last revised in September 2023.",
    "Version 2.1, agreed by the trustees, May 2024",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_317: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "The Eigg News team",
    "Nidderdale Newspapers Ltd",
    "Board of Directors",
    "Hon. Sec.",
    "The admin team x",
)

# Words a site puts before one sentence it wants noticed.
EMPHASIS_PREFIXES_317: tuple[str, ...] = ("Please note:", "IMPORTANT:", "NB:", "PLEASE NOTE:")

# Small words a title-cased heading keeps in lower case.
SMALL_WORDS_317: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "off", "on", "or", "the", "to", "up", "with"}
)

# Roman numerals for lists marked i., ii., iii. (one for each kind in the table).
ROMAN_317: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii",
)  # fmt: skip


def _title_case_317(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_317) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_317(style: str, number: int) -> str:
    """The list marker printed before item ``number`` (from 1) in ``style``, or "" for none."""
    letter = chr(ord("a") + number - 1)
    roman = ROMAN_317[number - 1]
    markers = {
        "none": "",
        "number-dot": f"{number}.",
        "number-paren": f"{number})",
        "number-both": f"({number})",
        "letter-paren": f"({letter})",
        "letter-dot": f"{letter}.",
        "roman": f"{roman}.",
        "roman-upper": f"{roman.upper()}.",
        "bullet": "•",
        "dash": "–",
        "hyphen": "-",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dot": f"Rule {number}.",
        "section": f"4.{number}",
        "section-sign": f"§ {number}",
    }
    return markers[style]


def _items_317(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send ("comment"
    three times in four, otherwise post, message, reply, contribution, letter or note, never "comment") and who
    moderates it; how many kinds it prints (two to five for a fifth of sites, six to sixteen for the rest), in table
    order or shuffled; one, two or one to three sentences an item; its headings' case (as written, title case or
    capitals) or no headings at all, and where they stand (a part of their own, bare or with a stop or colon, or run
    in before the first sentence after a colon, stop or dash); its list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers or none), set before the heading or the first sentence; and its own
    printing habits by chance: a section line above the rules, one sentence marked for notice (a "Please note:"
    style prefix or in capitals), a last-updated line before or after, and a sign-off. The opening, closing and
    title lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORD_317 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_317)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_317),
    }

    kinds = list(REWORDINGS_317)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        kinds = [kinds[index] for index in chosen]
    else:
        rng.shuffle(kinds)
        kinds = kinds[:count]

    sentences_style = rng.choice(("one", "two", "varied", "varied"))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        ("none",) * 6
        + ("number-dot", "number-dot", "number-paren", "number-both", "letter-paren", "letter-dot", "roman")
        + ("roman-upper", "bullet", "bullet", "dash", "hyphen", "star", "rule", "rule-dot", "section", "section-sign")
    )
    dash = rng.choice((" – ", " — ", " - "))
    noticed = rng.randrange(len(kinds)) if rng.random() < 0.2 else -1
    noticed_style = rng.choice(("prefix", "capitals"))

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        if sentences_style == "one":
            how_many = 1
        elif sentences_style == "two":
            how_many = 2
        else:
            how_many = rng.choice((1, 1, 2, 2, 3))
        parts = [sentence.format(**words) for sentence in rng.sample(sentences, how_many)]
        if number - 1 == noticed:
            parts[0] = (
                f"{rng.choice(EMPHASIS_PREFIXES_317)} {parts[0]}" if noticed_style == "prefix" else parts[0].upper()
            )
        heading = rng.choice(headings).format(**words)
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case_317(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = _marker_317(marker_style, number)

        if not heading:
            first = f"{marker} {parts[0]}" if marker else parts[0]
            items.append(("", first, *parts[1:]))
            continue
        asks = heading.endswith("?")
        if heading_place.startswith("own"):
            if not asks and heading_place == "own-stop":
                heading += "."
            elif not asks and heading_place == "own-colon":
                heading += ":"
            items.append((f"{marker} {heading}" if marker else heading, *parts))
            continue
        if asks:
            joined = f"{heading} {parts[0]}"
        elif heading_place == "run-colon":
            joined = f"{heading}: {parts[0]}"
        elif heading_place == "run-stop":
            joined = f"{heading}. {parts[0]}"
        else:
            joined = f"{heading}{dash}{parts[0]}"
        items.append(("", f"{marker} {joined}" if marker else joined, *parts[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_317).format(**words), ""))
    if rng.random() < 0.25:
        updated = ("", rng.choice(UPDATED_LINES_317))
        if rng.random() < 0.3:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_317)))

    intros = [line.format(**words) for line in POLICY_INTROS_317]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_317]
    titles = [line.format(**words) for line in POLICY_TITLES_317]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_317)
