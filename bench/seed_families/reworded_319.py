"""The ``reworded-319`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Valentia island bulletins, Rossendale papers, Sabine river weeklies, bandy and roller hockey clubs,
home brew and wine circles, spina bifida forums, retirement flats residents, tannery heritage trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site that keeps table order prints them. Each kind is
# (headings, sentences): headings in sentence case, some of them questions; sentences in these sites' voices. The
# placeholders {c} {cs} {C} {Cs} stand for the site's word for what readers send, and {mods} for who looks after it.
REWORDINGS_319: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Play the ball, not the player",
            "How should I speak to other members?",
            "Courtesy costs nothing",
            "Keep it friendly",
            "Good behaviour",
        ),
        (
            "Disagree by all means, but do it the way you would across a table in the Knightstown community hall.",
            "Personal attacks on other members, players, referees or volunteers will be removed, whoever started it.",
            "Treat other residents as you would wish to be treated; most of us will be neighbours for a long time.",
            "Criticise the argument, not the person making it, and leave the sarcasm at the door.",
            "Robust debate is welcome, but name-calling, goading and pile-ons are not.",
        ),
    ),
    # Hatred and discrimination.
    (
        (
            "No hate",
            "Discrimination",
            "Is there anything you will never publish?",
            "Equality and respect",
            "Hate speech",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, disability, sex, sexuality, "
            "age or where they come from.",
            "Jokes at the expense of disabled people have no place on a forum set up by and for people living with "
            "spina bifida and hydrocephalus.",
            'Remarks about Travellers, migrants or "blow-ins" that you would not make to someone\'s face on the ferry '
            "are not acceptable here either.",
            "Material that stirs up hatred may be a criminal offence, and {mods} may pass it to the police.",
            'Slurs are removed on sight, even when the writer says they were "only quoting".',
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Can I post someone's address?",
            "Keep it private",
            "Other people's details",
            "Photographs of residents",
        ),
        (
            "Do not post anyone's phone number, address, flat number or car registration, including your own.",
            "Photographs of children, whether at the rink or on the ward, need a parent's consent before they are "
            "shared.",
            "Please don't name other residents in {cs} about disputes; take those to the scheme manager instead.",
            "Medical details about another person are theirs to share, not yours, however well you mean.",
            "We handle personal data in line with the GDPR; ask {mods} if you want something about you taken down.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "What if I am worried about someone?",
            "Keeping young members safe",
            "Welfare",
        ),
        (
            "If a {c} suggests that a child or vulnerable adult is at risk, {mods} will act on it and may contact the "
            "club welfare officer or the authorities.",
            "Juniors under 16 may only join the forum with a parent's permission, and private messages between "
            "adults and juniors are switched off.",
            "Concerns about a child on the island can be reported to Tusla or to the Gardaí in Cahersiveen; in an "
            "emergency ring 999 or 112.",
            "If someone writes that they are thinking of harming themselves, encourage them to call the Samaritans "
            "free on 116 123, and let us know straight away.",
            "Never arrange to meet a junior away from club sessions, and never ask one to carry on a conversation on "
            "another app.",
        ),
    ),
    # Moderation delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Please be patient",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a volunteer before it goes up, so it may take a day or two, longer at weekends.",
            "The bulletin is put together on a Wednesday evening, and anything that arrives after that waits for the "
            "following week.",
            "Your first few {cs} are held for approval; after that most go up straight away.",
            "The filter sometimes holds {cs} with links in them by mistake, so there is no need to send yours again.",
            "{Cs} sent during show season or the league finals may sit in the queue a little longer while our "
            "volunteers are busy.",
        ),
    ),
    # Staying on topic.
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place for it?",
            "Relevance",
        ),
        (
            "Please keep {cs} to the subject of the story or thread you are replying to.",
            "Questions about beer belong on the Brewing board and questions about country wines on the Winemaking "
            "board; anything in the wrong place will be moved.",
            "The noticeboard is for activities in the lounge and news about the building, not for national politics.",
            "General chat about bandy, rink hockey or skating belongs in the Clubhouse section rather than in match "
            "threads.",
            "{Cs} that drag every story back to the bridge, the ferry timetable or the county council will be trimmed.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising",
            "No spam",
            "Can I sell something?",
            "Selling and promotion",
            "Commercial posts",
            "Adverts",
        ),
        (
            "No advertising, affiliate links or chain letters; businesses wishing to advertise should contact our "
            "sales team.",
            "You may mention a kit or supplier you have used, but repeated plugs for the same shop will be treated as "
            "spam.",
            "Selling home-made beer or wine without a licence is against the law, so offers to sell bottles will be "
            "removed.",
            "Wheelchairs, standing frames and other equipment may be offered free or swapped on the Marketplace board "
            "only, and never prescription supplies.",
            "Tradespeople may pin a card to the lounge noticeboard only with the house manager's approval, and it "
            "comes down after four weeks.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Accounts",
            "Who can join?",
            "One person, one account",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "Letters for the print edition must carry your name and town; we may withhold a name for good reason, but "
            "we will not print anonymous letters.",
            "One account per person; accounts set up to get round a ban will be closed without notice.",
            "Do not choose a username that passes you off as someone else, a club official or a member of staff.",
            "Please sign notices with your name and flat number so the committee knows who to contact.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    # The law.
    (
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could my {c} get us into trouble?",
            "Libel and contempt",
            "Stay within the law",
        ),
        (
            "Do not accuse a named person of a crime; the paper can be sued over what readers write, and so can you.",
            "Once someone has been charged nothing may be said that could prejudice a trial, and {cs} on court "
            "stories may be closed altogether.",
            "The Defamation Act 2009 applies on Valentia just as it does in Dublin, so stick to what you can prove.",
            "We will not publish anything that names a juvenile in a court case or identifies the victim of a sexual "
            "offence.",
            "Advice on distilling spirits at home will be removed, as it is illegal here without an excise licence.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share an article from elsewhere?",
            "Pictures",
            "Whose words are they?",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and say who took them.",
            "Post a short quote and a link rather than copying whole articles from the Free Press or any other paper.",
            "Photographs from the trust's archive remain the trust's copyright and may not be reproduced without "
            "written permission.",
            "Recipes are fine to share, but name the book or the member they came from.",
            "By sending us a {c} you allow us to publish it, edit it for length and use it in print.",
        ),
    ),
    # Reporting.
    (
        (
            "Reporting a problem",
            "Reporting",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Flag it, don't fight it: replying to a troll only keeps the thread going.",
            "You can also email the editor; please give the page and the time it was posted.",
            "Reports are anonymous and are read by {mods}, usually within a day.",
            "Residents who find something upsetting on the noticeboard should speak to a committee member or leave a "
            "note in the box by the office.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        (
            "Our decision",
            "Editor's discretion",
            "Who decides?",
            "The final word",
            "Our right to edit",
        ),
        (
            "The editor may edit, shorten or decline any {c}, and does not have to give a reason.",
            "The decision of {mods} is final, and no correspondence will be entered into about removed {cs}.",
            "We reserve the right to close a thread at any time, particularly on stories about deaths or court cases.",
            "These rules are a guide, not a contract; {mods} will use common sense where they do not quite fit.",
            "The committee may take down any notice it considers unsuitable for a shared building.",
        ),
    ),
    # Corrections and news tips.
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Corrections and complaints",
            "Did we get something wrong?",
        ),
        (
            "If we have got something wrong, tell us and we will put it right as soon as we can, rather than posting "
            "the correction as a {c}.",
            "News and photographs for the bulletin can be left at the post office in Knightstown or emailed by "
            "Thursday noon.",
            "Complaints about our journalism are handled under the Editors' Code of Practice; contact the editor "
            "first, then IPSO if you are not satisfied.",
            "Got a tip from anywhere between Orange and Toledo Bend? Call the newsroom or use the form on our Contact "
            "page.",
            "Wrong fixture time or score? Let the club secretary know and it will be fixed.",
        ),
    ),
    # Language.
    (
        (
            "Language",
            "Bad language",
            "Mind your language",
            "Which languages can I use?",
            "Swearing",
        ),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} in Irish are as welcome as those in English.",
            "Please avoid writing entirely in capital letters; it reads as shouting.",
            "Remember that this is a family paper and that {cs} are read by people of all ages.",
            "Please write in English on the main boards so everyone can follow; there are separate boards for "
            "Swedish and Russian speakers.",
        ),
    ),
    # Warnings and bans.
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Sanctions",
        ),
        (
            "Break these rules and your {c} will be removed; keep doing it and you will be banned.",
            "We normally give one warning by private message, then a week's suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members may appeal once, in writing, to the committee, which will consider it at its next meeting.",
            "Members who abuse referees or opposing players online may also face action from the club under its code "
            "of conduct.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Medical advice",
            "Safety",
            "Is this medical advice?",
            "Health and safety",
            "Not a substitute for your doctor",
            "Take care",
        ),
        (
            "Members share their own experience, not medical advice; always check with your consultant, GP or "
            "specialist nurse, especially about shunts and medication.",
            "If you think a shunt may be blocked, do not wait for a reply here: go to A&E or ring 999.",
            "Sealed fermenters and over-primed bottles can burst, so stick to proven methods and say so when you "
            "post a recipe.",
            "Please don't encourage anyone to walk the cliffs at Bray Head or Geokaun in bad weather; the Coast Guard "
            "has enough to do.",
            "Ice reports from members are a guide only; never go on natural ice the club has not declared safe.",
        ),
    ),
    # Memories, tributes and bereavement.
    (
        (
            "Memories and tributes",
            "Remembering people",
            "Can I share memories of former workers?",
            "Tributes",
            "Sensitive subjects",
        ),
        (
            "Memories of the tannery and the people who worked there are very welcome, but remember that their "
            "families may be reading.",
            "Tributes to residents who have died are posted only with the family's agreement and once the house "
            "manager has been told.",
            "Please be gentle on threads about loss; this is not the place to debate anyone's choices.",
            "Stories about the bark mill, the pits and the lime yard are the heart of our archive, so say when and "
            "where if you can.",
            "{Cs} on death notices are limited to condolences.",
        ),
    ),
    # Elections and campaigning.
    (
        (
            "Elections",
            "Politics and campaigning",
            "Can candidates post?",
            "Campaigning",
            "Party politics",
        ),
        (
            "Candidates for city council, commissioners court or school board may not use {cs} to campaign; buy an "
            "ad like everyone else.",
            "In the weeks before an election we may close {cs} on stories about the candidates.",
            "Residents' meetings are not the place for party politics, and neither is the noticeboard.",
            "Argue about the issues, whether it is the Toledo Bend releases, the school bond or the drainage "
            "district, and leave candidates' families out of it.",
            "Letters endorsing a candidate will not run in the last issue before Election Day, when the other side has "
            "no chance to reply.",
        ),
    ),
)

# What readers send, (singular, plural), for the quarter of sites that never say "comment".
OTHER_WORDS_319: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it would stand in the middle of a sentence.
MODERATORS_319: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the trustees",
    "the residents' committee",
    "the club secretary",
    "the admin team",
    "the bulletin team",
    "our volunteer moderators",
)

# Opening lines; the same placeholders as the sentences, filled per site.
POLICY_INTROS_319: tuple[str, ...] = (
    "Please read these guidelines before you send us a {c}.",
    "We welcome {cs} from readers, within a few simple rules.",
    "These are the house rules for everyone who uses the forum.",
    "The residents' noticeboard belongs to all of us, and this is how it works.",
    "Our club forum is run by volunteers, so please help us by keeping to the following.",
    "By posting on this site you agree to the rules below.",
    "Thanks for taking part. A few ground rules:",
    "The trust welcomes memories, questions and {cs} from everyone with an interest in the old tannery.",
    "We love hearing from readers on the island and from the diaspora further afield.",
)

# Closing lines; the same placeholders as the sentences, filled per site.
POLICY_CLOSINGS_319: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may change from time to time; the current version is always on this page.",
    "Questions about these rules? Email the editor.",
    "Happy brewing!",
    "See you at the rink.",
    "If in doubt, leave it out.",
    "Agreed by the residents' committee and reviewed each year at the AGM.",
    "Go raibh maith agat.",
    "Thanks for reading, and thanks for keeping it neighbourly.",
)

# Title lines; those that say "comment" are left out for sites that never do.
POLICY_TITLES_319: tuple[str, ...] = (
    "Comment policy",
    "Commenting guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms",
    "Rules of the forum",
    "Guidelines for {cs}",
    "Before you send us a {c}",
    "Club forum code of conduct",
    "Terms of use",
)

# British spellings used in this family's lines -> American, for the sites that print American spelling.
AMERICAN_319: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "licence": "license",
    "behaviour": "behavior",
}

# Part headings for the sites that split their rules in two, (first part, second part).
PART_HEADINGS_319: tuple[tuple[str, str], ...] = (
    ("What we ask of you", "How we moderate"),
    ("Posting", "Moderation"),
    ("Your {cs}", "Our part"),
    ("The rules", "If things go wrong"),
    ("Before you post", "After you post"),
)

# Lines a site prints between groups of items.
SECTION_LINES_319: tuple[str, ...] = ("* * *", "----------", "~~~", "_____", "\u2022 \u2022 \u2022", "=" * 12)

# Last-updated lines; the date is filled per site.
UPDATED_LINES_319: tuple[str, ...] = (
    "Last updated: {date}",
    "Last updated {date}.",
    "Updated {date}",
    "Reviewed {date}.",
    "These rules were agreed at the AGM on {date}.",
    "Revised by the committee, {date}.",
    "Effective {date}",
)

# How a site begins the one sentence it wants readers not to miss.
EMPHASIS_PREFIXES_319: tuple[str, ...] = (
    "Important: ",
    "IMPORTANT - ",
    "Please note: ",
    "NB: ",
    "N.B. ",
    "PLEASE NOTE: ",
)

# Sign-off forms; the moderators' name is filled per site.
SIGNOFFS_319: tuple[str, ...] = ("\u2014 {who}", "- {who}", "Thank you, {who}", "Many thanks, {who}", "{who}")

# Words left in lower case inside a title-case heading.
SMALL_WORDS_319 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"})

# Month names for the last-updated lines' dates.
MONTHS_319 = (
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

# Lower-case roman numerals for the sites that number their items that way.
ROMAN_319 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_case_319(heading: str) -> str:
    """A heading in title case, with short joining words left small (except the first)."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_319 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _date_319(rng: random.Random) -> str:
    """A date as these sites print it: day first in words or figures, or month first for the Texas weeklies."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
    shape = rng.randrange(5)
    if shape == 0:
        return f"{day} {MONTHS_319[month - 1]} {year}"
    if shape == 1:
        return f"{MONTHS_319[month - 1]} {day}, {year}"
    if shape == 2:
        return f"{day:02d}/{month:02d}/{year}"
    if shape == 3:
        return f"{MONTHS_319[month - 1]} {year}"
    return f"{day}.{month}.{year}"


def _marker_319(style: str, index: int, section: int) -> str:
    """The list marker for the item at ``index`` (from 0) in one of the shapes these sites print."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    shapes = {
        "number-dot": f"{number}.",
        "number-paren": f"{number})",
        "letter-paren": f"({letter})",
        "letter-dot": f"{letter.upper()}.",
        "roman": f"{ROMAN_319[index % 16]}.",
        "roman-upper": f"{ROMAN_319[index % 16].upper()}.",
        "bullet": "\u2022",
        "dash": "\u2013",
        "hyphen": "-",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dot": f"Rule {number}.",
        "section": f"{section}.{number}",
        "clause": f"\u00a7{number}",
    }
    return shapes.get(style, "")


def _items_319(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send (``comment`` three times in four, otherwise post, message, reply,
    contribution, letter or notice, and then no line of it says "comment") and who looks after it; how many kinds it
    prints (two to five for one site in five, six to sixteen for the rest), kept in table order or shuffled; how many
    sentences an item may hold (one to three); its heading case (as written, title case or capitals) or no headings;
    where headings stand (a part of their own, bare, with a stop or a colon, perhaps in bold asterisks, or run in
    before the first sentence after a colon, a stop or a dash); a list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers, section signs) or none; and, by chance, the habits of its own that
    such sites show: the rules split into two headed parts, a section line between items, one sentence flagged as
    important, a last-updated or adopted-at-the-AGM line, and a sign-off by its moderators. Opening, closing and
    title lines, American spelling and curly quotes come from ``_furnish``."""
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(OTHER_WORDS_319)
    moderators = rng.choice(MODERATORS_319)

    def fill(text: str) -> str:
        """``text`` with the site's words in, begun with a capital."""
        filled = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=moderators)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_319)), count)
    if rng.random() < 0.55:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    bold_headings = placement.startswith("own") and rng.random() < 0.12
    run_in_dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = "none"
    if rng.random() < 0.6:
        marker_style = rng.choice(
            (
                "number-dot",
                "number-dot",
                "number-paren",
                "letter-paren",
                "letter-dot",
                "roman",
                "roman-upper",
                "bullet",
                "bullet",
                "dash",
                "hyphen",
                "star",
                "rule",
                "rule-dot",
                "section",
                "clause",
            )
        )
    if marker_style == "rule" and placement == "run-colon":
        marker_style = "rule-dot"
    section_number = rng.randint(1, 9)
    emphasis_at = rng.randrange(count) if rng.random() < 0.2 else -1
    emphasis_prefix = rng.choice(EMPHASIS_PREFIXES_319)

    items: list[tuple[str, ...]] = []
    for position, kind_index in enumerate(chosen):
        headings, sentences = REWORDINGS_319[kind_index]
        picked = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_319(marker_style, position, section_number)
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_319(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        run_in = bool(heading) and not placement.startswith("own")
        if position == emphasis_at and (len(picked) > 1 or not run_in):
            picked[-1] = emphasis_prefix + picked[-1]
        if heading and not run_in:
            if placement == "own-stop" and not heading.endswith("?"):
                heading += "."
            elif placement == "own-colon" and not heading.endswith("?"):
                heading += ":"
            if bold_headings:
                heading = f"**{heading}**"
            items.append((f"{marker} {heading}" if marker else heading, *picked))
            continue
        lead = picked[0]
        if run_in:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": run_in_dash}[placement]
            lead = f"{heading}{' ' if heading.endswith('?') else joiner}{lead}"
        items.append(("", f"{marker} {lead}" if marker else lead, *picked[1:]))

    if count >= 4 and rng.random() < 0.12:
        first, second = (fill(part) for part in rng.choice(PART_HEADINGS_319))
        numbering = rng.choice((("", ""), ("Part one \u2013 ", "Part two \u2013 "), ("Part 1. ", "Part 2. ")))
        first, second = numbering[0] + first, numbering[1] + second
        if rng.random() < 0.3:
            first, second = first.upper(), second.upper()
        items.insert(count // 2, (second, ""))
        items.insert(0, (first, ""))
    elif rng.random() < 0.15:
        for _ in range(rng.randint(1, 2) if count >= 6 else 1):
            items.insert(rng.randint(1, len(items) - 1), ("", rng.choice(SECTION_LINES_319)))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_319).replace("{date}", _date_319(rng))
        items.insert(0 if rng.random() < 0.3 else len(items), ("", updated))
    if rng.random() < 0.1:
        who = _title_case_319(moderators) if rng.random() < 0.5 else moderators[:1].upper() + moderators[1:]
        items.append(("", rng.choice(SIGNOFFS_319).replace("{who}", who)))

    def usable(lines: tuple[str, ...]) -> list[str]:
        """The site's opening, closing or title lines, filled, leaving out "comment" where the site never says it."""
        return [fill(line) for line in lines if singular == "comment" or "comment" not in line.lower()]

    intros, closings, titles = usable(POLICY_INTROS_319), usable(POLICY_CLOSINGS_319), usable(POLICY_TITLES_319)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_319)
