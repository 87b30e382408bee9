"""The ``reworded-286`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tonga English news, Orkney farming papers, Ozark plateau weeklies, rugby league supporters' boards,
birdwatching clubs, MS carers' forums, leasehold flat management companies, stone circle custodians.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences). Headings and sentences may hold {c} {cs} {C}
# {Cs} (the site's word for what readers send, singular and plural, plain and capitalised) and {mods} (who looks
# after the site), filled per site.
REWORDINGS_286: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the man",
            "How should I treat other users?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Disagree with the argument if you must, but never attack the person making it.",
            "Treat every member as you would a neighbour at the Saturday market in Nuku'alofa.",
            "Banter between rival fans is part of the game; abuse is not, and the two are easy to tell apart.",
            "Many of our members are caring for someone around the clock, so please be patient and kind in every {c}.",
            "Personal remarks about other residents, their flats or their families have no place on this board.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Racism and bigotry", "What counts as hateful?", "Equality"),
        (
            "{Cs} that attack anyone for their race, religion, sex, sexuality, disability or age will be removed.",
            "Racist chanting is not tolerated in the stands and it is not tolerated on this forum either.",
            "We do not allow slurs about Pacific Islanders, migrants or any other group, whether meant as a joke or not.",
            "Remarks mocking people with MS or any other disability will be deleted and the account suspended.",
            "Stirring up hatred is an offence, and we will pass serious cases to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I post someone's address?",
            "Other people's information",
        ),
        (
            "Do not post phone numbers, email addresses or home addresses, yours or anyone else's.",
            "Please don't name a neighbour or quote their flat number when raising a complaint; email the managing "
            "agent instead.",
            "Photographs of other people's children, or of patients in hospital, must not be shared without consent.",
            "Give the parish or the district by all means, but leave out farm names and grid references of private "
            "steadings.",
            "Anything your loved one has told you about their health in confidence should stay between the two of you.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Keeping people safe",
            "If you are worried about someone",
            "Children and vulnerable adults",
            "What if someone is at risk?",
        ),
        (
            "If a {c} makes you think someone is in danger, contact the police or emergency services first and "
            "{mods} second.",
            "In Tonga, call 922 for police; in the UK, 999; in the US, 911.",
            "Members under 16 should not share photographs or any detail that would identify their school or village.",
            "If you or the person you care for is in crisis, please ring Samaritans on 116 123 at any hour.",
            "We will share information with the authorities where we believe a child or vulnerable adult is at risk.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "When will it show?"),
        (
            "All {cs} are read by a person before they appear, which can take up to 24 hours.",
            "Our volunteers check {cs} in the evenings, so please be patient at weekends and during lambing.",
            "{Cs} sent after the paper has gone to press may not be approved until Monday morning.",
            "During the match and for an hour after the final hooter, {cs} from new members are held for review.",
            "A {c} held for moderation has not been rejected; it simply has not been read yet.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Relevance"),
        (
            "Keep {cs} to the article above; national politics belong on the opinion page, not under the school board "
            "minutes.",
            "Sightings go in the sightings thread, not in the equipment or trips sections.",
            "Please use the correct board for your block; questions about another building will be moved or removed.",
            "Match threads are for the match, so transfer rumours and kit talk go in their own sections.",
            "Questions about the monuments should be about the monuments, not about parking at the visitor centre.",
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
            "Do not use {cs} to advertise goods, services or events; contact our sales office for advertising rates.",
            "Livestock, machinery and feed for sale belong in the classifieds, not below the mart reports.",
            "Repeated links to the same website or organisation will be treated as spam and removed without notice.",
            "Tradesmen may not tout for work from leaseholders here; repairs are arranged through the managing agent.",
            "Selling or swapping optics is allowed only in the members' marketplace once you have made 50 {cs}.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Registration",
            "Your username",
            "One account each",
            "Who can post?",
            "Do I have to use my real name?",
        ),
        (
            "You must register with a working email address before you can send a {c}.",
            "Each member may hold only one account; extra accounts will be closed and the original suspended.",
            "Usernames must not impersonate players, club officials, journalists or other members.",
            "We ask that you use your real name, as letters to the paper always have.",
            "Only leaseholders and tenants of the development may register, and we check each application against the "
            "register of owners.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation and contempt", "Don't get us sued", "What about court cases?"),
        (
            "Do not post anything defamatory, threatening or in breach of a court order.",
            "Do not speculate on the guilt of anyone awaiting trial; a careless {c} could put a case at risk.",
            "Allegations of wrongdoing against named directors or contractors must not be made on this board.",
            "Remember that Tonga's laws on sedition and defamation apply online as they do in print.",
            "Persecuting or disturbing protected birds at the nest is a criminal offence under the Wildlife and "
            "Countryside Act 1981, and so is encouraging others to do it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and copyright", "Other people's work", "Can I share a photo?", "Quoting articles"),
        (
            "Only post photographs you took yourself, and credit the source of anything you quote.",
            "Please don't copy whole articles from the Springfield paper or the Democrat-Gazette; a short quote and a link "
            "is plenty.",
            "By sending a {c} you allow us to publish it in print and online, in whole or in part.",
            "Photographs of match footage and broadcast clips belong to the broadcaster and will be removed.",
            "Images of the stones may be shared for personal use, but not sold or used commercially without the "
            "custodians' permission.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Flag it", "Seen something wrong?", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Reports go straight to {mods}, who will look at them as soon as they can.",
            "If a {c} crosses the line, call the office at the number on page 2 rather than replying to it.",
            "You can also email the newsroom and quote the headline and the time of the {c}.",
            "Reporting is anonymous and the member concerned will not be told who flagged them.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Discretion",
            "The editor's decision",
            "Committee discretion",
            "Why was my {c} removed?",
        ),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final, and correspondence will not be entered into.",
            "The committee reserves the right to change these rules at any time.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "We recognise these rules are a guide, not a contract, and we will use common sense in applying them.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the editor and we will correct it in print and online.",
            "Obituaries, church news and ball scores from across the county can be dropped off at the office on the square.",
            "Got news from your island or village? Send it in and we will be in touch.",
            "Show results, mart prices and ploughing match results can be sent to the farming desk by Tuesday noon.",
            "Rarities should be reported to the county recorder as well as posted here, with a description.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Which language?", "Bad language"),
        (
            "Swearing, including starred-out or misspelt swearing, will be removed.",
            "{Cs} in Tongan are welcome, but please add an English summary so everyone can follow.",
            "Write in plain English and avoid writing in capitals, which reads as shouting.",
            "Keep it clean; this is a family paper, read from Harrison to West Plains.",
            "Dialect is fine; abuse in dialect is still abuse.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "Three strikes", "What happens if I break the rules?", "Suspensions"),
        (
            "Breaking these rules will lead to a warning, then a suspension, then a ban.",
            "Serious breaches, such as threats or racism, mean an immediate and permanent ban.",
            "Members who are banned and return under a new name to carry on the same behaviour will be banned again.",
            "Suspended members may appeal by writing to the secretary within 14 days.",
            "Warnings are recorded against your account and expire after six months.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Health information",
            "Treatment",
            "Can I give advice?",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP, MS nurse or neurologist.",
            "Please do not recommend stopping or changing a disease-modifying therapy.",
            "Members may share their own experiences, but not promote cures, supplements or clinics.",
            "Advice about animal health should come from a vet, not from a {c} on this page.",
            "If in doubt, ring the helpline; we are carers, not clinicians.",
        ),
    ),
    (  # visiting, access and disturbance
        (
            "Visiting and access",
            "Respect the site",
            "Fieldcraft",
            "Can I visit?",
            "The countryside code",
            "Disturbance",
        ),
        (
            "Please do not post the location of breeding Schedule 1 species, however tempting the photograph.",
            "Do not encourage others to climb on the stones, light fires or scatter ashes inside the circle.",
            "Keep to the paths, close the gates and keep dogs on a lead among the sheep.",
            "Farms are workplaces; do not invite readers on to private land to see the stock.",
            "Do not post directions to rare birds on private land without the landowner's agreement.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; a quarter never do.
COMMENT_WORDS_286: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_286: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as it names them mid-sentence.
MODERATORS_286: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the board of directors",
    "the custodians",
    "our volunteer moderators",
    "the newsdesk",
    "the site team",
    "the managing agent",
)

# Opening lines a site may print before its items.
POLICY_INTROS_286: tuple[str, ...] = (
    "We welcome your views, but please read the following before you post.",
    "This board is run by volunteers for the benefit of all members.",
    "These rules apply to everything published on our website and social media pages.",
    "By registering you agree to abide by the following house rules.",
    "Malo e lelei, and welcome. Please keep to these guidelines.",
    "The following terms apply to the residents' noticeboard.",
    "We want comments to be a friendly place for readers across the islands.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_286: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Malo 'aupito.",
    "Questions about these rules should be sent to the secretary.",
    "Enjoy the forum, and enjoy the match.",
    "Good birding.",
    "These terms may be updated from time to time without notice.",
    "Thank you for reading and commenting.",
)

# Title lines a site may print above its items.
POLICY_TITLES_286: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Commenting policy",
    "Noticeboard terms of use",
    "Posting guidelines",
    "Letters and comments policy",
    "Members' code of conduct",
)

# British spellings used above -> American; a site may print either.
AMERICAN_286: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "centre": "center",
    "misspelt": "misspelled",
    "behaviour": "behavior",
    "organisation": "organization",
    "recognise": "recognize",
}

# Roman numerals for sites that number their items so.
ROMAN_286: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
)  # fmt: skip

# List markers a site may put before its items, as formats of the item's number {n}, letter {a}, roman numeral {r}
# and capital roman numeral {R}.
MARKERS_286: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{r}.",
    "{R}.",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "Rule {n}:",
    "Rule {n}.",
    "1.{n}",
    "\u00a7{n}",
    "Section {n}.",
)

# Section lines a site may print partway through its items.
SECTIONS_286: tuple[str, ...] = (
    "Part 2: What we will remove",
    "Section B \u2013 Content",
    "What we will remove",
    "The small print",
    "More rules",
    "Other terms",
)

# Last-updated lines and sign-offs a site may print after its items.
UPDATED_286: tuple[str, ...] = (
    "Last updated: 3 March 2025.",
    "Last reviewed by the committee, AGM 2024.",
    "Updated 12/08/2024",
    "These rules were revised in January.",
    "Version 2.1, adopted at the board meeting of 14 May.",
)
SIGNOFFS_286: tuple[str, ...] = (
    "\u2014 The Moderators",
    "The Editor",
    "On behalf of the committee",
    "Admin",
    "Yours, the Custodians",
    "Issued by the Directors",
)

# Words left in lower case when a heading is set in title case.
SMALL_WORDS_286: frozenset[str] = frozenset(
    {"a", "an", "and", "the", "of", "to", "in", "on", "or", "not", "if", "my", "for", "by", "at", "with"}
)


# The kinds of site a line belongs to, by words it holds (matched in lower case); a line with none of them suits
# every site. A site draws one kind and prints only lines that suit it.
SITE_MARKS_286: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tonga", ("tonga", "nuku'alofa", "pacific", "island", "malo")),
    (
        "farming",
        ("your island", "lambing", "mart", "livestock", "farm", "vet", "steadings", "ploughing", "close the gates"),
    ),
    ("ozark", ("school board", "harrison", "west plains", "on the square", "call the office", "springfield")),
    ("rugby", ("the match", "fans", "stands", "hooter", "players", "broadcast", "play the ball", "league")),
    ("birding", ("bird", "sightings", "rarities", "optics", "schedule 1", "nest", "fieldcraft", "close the gates")),
    ("carers", (" ms ", "caring", "carers", "loved one", "patients", "disease-modifying", "samaritans", "cures")),
    ("leasehold", ("flat", "leaseholders", "residents", "block", "managing agent", "directors", "building")),
    ("stones", ("stones", "monument", "circle", "custodians", "close the gates", "countryside code")),
    ("tonga", ("the paper", "newsroom", "newsdesk", "to press", "reporter", "story", "sales office", "editor")),
    ("farming", ("the paper", "newsroom", "newsdesk", "to press", "reporter", "story", "sales office", "editor")),
    ("ozark", ("the paper", "newsroom", "newsdesk", "to press", "reporter", "story", "sales office", "editor")),
)

# The kinds of site a family's policy may come from.
SITE_KINDS_286: tuple[str, ...] = ("tonga", "farming", "ozark", "rugby", "birding", "carers", "leasehold", "stones")


def _suits_286(line: str, site_kind: str) -> bool:
    """Whether ``line`` suits a site of ``site_kind``: it names no kind of site, or names that one."""
    text = f" {line.lower()} "
    kinds = {kind for kind, words in SITE_MARKS_286 if any(word in text for word in words)}
    return not kinds or site_kind in kinds


def _title_case_286(heading: str) -> str:
    """``heading`` with each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_286 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_286(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its kind (of the eight above; it prints only lines that suit that
    kind, by ``SITE_MARKS_286``), its word for what readers send ("comment" three times in four, otherwise another
    word, and then nothing it prints says "comment") and who moderates; how many items (two to five for some sites,
    six to sixteen for most), taken in table order or shuffled; one to three sentences an item; its heading case (as
    written, title case, capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker or none, on the
    heading or the first sentence; and its own habits: an emphasis style on headings, a section line partway, a
    last-updated line and a sign-off. Then ``_furnish`` adds its opening, closing and title lines."""
    site_kind = rng.choice(SITE_KINDS_286)
    says_comment = rng.random() < 0.75
    singular, plural = rng.choice(COMMENT_WORDS_286 if says_comment else OTHER_WORDS_286)
    moderators = rng.choice([name for name in MODERATORS_286 if _suits_286(name, site_kind)])
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    suited = [
        (
            [heading for heading in headings if _suits_286(heading, site_kind)] or list(headings[:1]),
            [sentence for sentence in sentences if _suits_286(sentence, site_kind)],
        )
        for headings, sentences in REWORDINGS_286
    ]
    usable = [index for index, (_, sentences) in enumerate(suited) if sentences]
    count = min(len(usable), rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16))
    chosen = rng.sample(usable, count)
    if rng.random() < 0.6:
        chosen.sort()

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_286) if rng.random() < 0.55 else None
    emphasis = rng.choice(("", "", "", "**", "*")) if placement.startswith("own") else ""
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(chosen, start=1):
        headings, sentences = suited[index]
        picked = rng.sample(sentences, min(len(sentences), rng.choice((1, 1, 2, 2, 3))))
        texts = [sentence.format(**fill) for sentence in picked]
        texts = [text[:1].upper() + text[1:] for text in texts]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case_286(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        label = (
            marker.format(n=number, a=chr(96 + number), r=ROMAN_286[number - 1], R=ROMAN_286[number - 1].upper())
            if marker
            else ""
        )
        if heading_case == "none":
            if label:
                texts[0] = f"{label} {texts[0]}"
            items.append(("", *texts))
            continue
        asks = heading.endswith("?")
        if placement.startswith("own"):
            if not asks and placement == "own-stop":
                heading += "."
            elif not asks and placement == "own-colon":
                heading += ":"
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            items.append((f"{label} {heading}" if label else heading, *texts))
            continue
        if asks:
            joined = f"{heading} {texts[0]}"
        elif placement == "run-colon":
            joined = f"{heading}: {texts[0]}"
        elif placement == "run-stop":
            joined = f"{heading}. {texts[0]}"
        else:
            joined = f"{heading}{dash}{texts[0]}"
        items.append(("", f"{label} {joined}" if label else joined, *texts[1:]))

    if len(items) >= 6 and rng.random() < 0.15:
        items.insert(rng.randint(1, len(items) // 2), (rng.choice(SECTIONS_286), ""))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_286)))
    if rng.random() < 0.15:
        items.append(("", rng.choice([line for line in SIGNOFFS_286 if _suits_286(line, site_kind)])))

    def fits(line: str) -> bool:
        return _suits_286(line, site_kind) and (says_comment or "comment" not in line.lower())

    intros = [line for line in POLICY_INTROS_286 if fits(line)]
    closings = [line for line in POLICY_CLOSINGS_286 if fits(line)]
    titles = [line for line in POLICY_TITLES_286 if fits(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_286)
