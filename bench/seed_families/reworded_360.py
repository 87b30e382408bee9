"""The ``reworded-360`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Davaar and Pladda bulletins, Redesdale and Coquetdale papers, Safford and Payson weeklies, ringette and
sledge hockey clubs, boatbuilding and clockmaking guilds, Fragile X and Williams syndrome forums, raft race and duck
race committees, church change ringing bands.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): headings in sentence case (questions among them),
# sentences in British spelling. Placeholders: {c} {cs} {C} {Cs} for what readers send (singular, plural,
# capitalised) and {mods} for who looks after the site, always used where a singular or plural word reads right.
REWORDINGS_360: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        ("Be civil", "Courtesy", "Treat others with respect", "How should I disagree with someone?", "Be kind"),
        (
            "Argue with what a person says, never with who they are.",
            "Be kind: everyone here is a parent, a carer or someone who loves a person with Fragile X or Williams "
            "syndrome, and most of us are tired.",
            "Sneering at a learner's striking, a novice's first boat or another parent's choices has no place here.",
            "Ours is a small community on both sides of the Kilbrannan Sound, and the person you are arguing with is "
            "very likely a neighbour.",
            "Abusive behaviour, personal attacks and name-calling will be removed, however provoked you feel.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("Hate speech", "Discrimination", "No hatred", "What counts as hate speech?", "Equality and inclusion"),
        (
            "{Cs} that attack people because of their race, religion, sex, sexual orientation, disability or age "
            "will be deleted without discussion.",
            "We will not carry abuse of incomers, holiday-home owners, the English, the Scots or anyone else.",
            "Jokes at the expense of people with learning disabilities are not funny here, and the R-word is not "
            "allowed in any form.",
            "Stirring up hatred is a crime under the Public Order Act 1986, and in Scotland under the Hate Crime and "
            "Public Order (Scotland) Act 2021; anything of that kind will be passed to the police.",
            "Para athletes and their families are members of this club like anyone else, and any remark that belittles "
            "disability will lead to removal from the group.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's details?",
            "Other people's details",
            "Data protection",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, and that includes your own.",
            "Please don't name other children, their schools or their therapists; first names or initials are plenty.",
            "Don't share screenshots of private messages or emails without the sender's permission.",
            "Never post where the tower key is kept, door codes, or the times the church is left unlocked.",
            "We hold your name and email address only to run the site, in line with the UK GDPR and the Data "
            "Protection Act 2018, and we never pass them on.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young players",
            "Young members",
            "What if I'm worried about a child?",
        ),
        (
            "Do not post photographs of juniors without the written consent of a parent or guardian, and never tag "
            "them by full name.",
            "Coaches and volunteers must not message young players one to one; the Rule of Two applies online just "
            "as it does in the dressing room.",
            "If you are worried about a child or a vulnerable adult, contact the club welfare officer, or the police "
            "on 999 in an emergency, rather than posting about it here.",
            "The band follows the parish safeguarding policy, and nothing about a young ringer goes on this page "
            "without a parent's agreement.",
            "Any {c} that appears to groom, sexualise or target a child will be removed, kept and reported to the "
            "police.",
        ),
    ),
    # Moderation delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} be published?",
            "Approval",
        ),
        (
            "All {cs} are read before they go up, so there may be a delay, especially in the evenings and at weekends.",
            "The forum is run by volunteers, most of them parents, so please be patient if your first {c} takes a day "
            "or two to appear.",
            "{Cs} sent after Tuesday's deadline may not be approved until the paper has gone to press.",
            "Our broadband in south Kintyre is not always reliable, and {cs} are checked when {mods} can get to them.",
            "Posting the same {c} twice will not make it appear any faster.",
        ),
    ),
    # Staying on topic.
    (
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Relevance", "Where should I post this?"),
        (
            "Please keep {cs} to the subject of the story or thread they are under.",
            "General chat about boats is welcome in the Slipway section, but please keep build threads about the "
            "build.",
            "{Cs} about the council, the wind farm or the Otterburn Ranges under an unrelated story may be moved or "
            "removed.",
            "Threads that wander into politics, religion or the rights and wrongs of another association's rules will "
            "be locked.",
            "If in doubt, start a new thread rather than hijacking someone else's.",
        ),
    ),
    # Advertising and spam.
    (
        ("Advertising", "No spam", "Can I promote my business?", "Fundraising and sponsorship", "Commercial posts"),
        (
            "No advertising, affiliate links or chain messages; businesses wishing to reach our readers should call "
            "the advertising department.",
            'Please don\'t post links to supplements, therapies or "cures" for Fragile X or Williams syndrome; they '
            "will be removed however well meant.",
            "Duck sales, sponsorship forms and raffle tickets go through the committee, not through this page.",
            "Repeated links to the same website will be treated as spam and the account removed.",
            "Members may mention their own clubs, gigs and open days once, but not in every thread.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Names and accounts",
            "Your username",
            "One account each",
            "Do I have to use my real name?",
            "Registration",
            "Who are you?",
        ),
        (
            "Please post under your real name; anonymous {cs} will not be published.",
            "One account per person, please, and do not pretend to be someone else.",
            "Usernames that are offensive, or that include a web address, will be changed or removed.",
            "Please include your tower and guild in your profile so that other ringers know who you are.",
            "Letters for the print edition must carry a name, address and daytime telephone number, though we will "
            "withhold the address on request.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal", "Libel and contempt", "Court cases", "Could I get into trouble for what I post?"),
        (
            "You are legally responsible for what you post, and a {c} can be defamatory just as a printed article can.",
            "Do not speculate about cases before the courts; that can prejudice a trial under the Contempt of Court "
            "Act 1981, and Scottish judges take it especially seriously.",
            "Never name a victim of a sexual offence, even if you think everyone in the village already knows.",
            "We follow Arizona and federal law and will cooperate with the Graham or Gila County sheriff, or any other "
            "agency, that makes a lawful request.",
            "Allegations about named people, businesses or officials must not be made unless you can prove them.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a picture I found online?",
            "Whose work is it?",
            "Using our content",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Designers' plans are copyright and are how many designers earn a living, so please do not post scans of "
            "plans or tables of offsets.",
            "Quote a few lines from an article if you need to, and link to the rest; do not paste whole stories.",
            "By sending a {c} you grant us a non-exclusive licence to publish it in print and online, with your name.",
            "Scans of service manuals, makers' catalogues and course notes may not be posted without the owner's "
            "permission.",
        ),
    ),
    # Reporting.
    (
        ("Reporting a problem", "Report abuse", "How do I report a {c}?", "Seen something wrong?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can; you will not always be told the outcome.",
            "You can also email the editor, quoting the headline and the time of the {c}.",
            "Reporting a {c} simply because you disagree with it is not what the button is for.",
            "Complaints about our journalism can be made under the Editors' Code of Practice, which is enforced by "
            "IPSO.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        ("Editor's discretion", "The committee's decision", "Final say", "Who decides?", "Our right to remove {cs}"),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on publication is final, and we cannot enter into correspondence about it.",
            "This is a private group, not a public square, and membership is at the committee's discretion.",
            "We may close a story to new {cs} at any time, particularly where it involves a death, an accident or a "
            "court case.",
            "These rules are not exhaustive, and {mods} may act on anything that goes against the spirit of them.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Got a story?", "Did we get something wrong?", "News tips", "Contact the newsroom", "Errors"),
        (
            "If you think we have got something wrong, email the editor rather than pointing it out in a {c}, so it "
            "can be put right quickly.",
            "We are happy to correct factual errors; corrections appear on page two of the next edition and at the "
            "foot of the online story.",
            "Send news, photos and weekend results to the newsroom, with your name and a daytime phone number.",
            "Match reports and results should reach the club secretary by Monday evening for the newsletter.",
            "Peal and quarter peal reports belong on BellBoard, though we are always glad to hear about them here.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Is swearing allowed?", "Writing style", "Keep it clean"),
        (
            "No swearing, including swearing disguised with asterisks or misspellings.",
            "Please don't write in capital letters; it reads as shouting.",
            "This is a family site and many of our readers are children, so keep the language clean.",
            "Text speak and heavy abbreviation are hard going for members whose first language is not English, so "
            "please write in full.",
            "{Cs} in Spanish are welcome, and {mods} will treat them exactly as they treat {cs} in English.",
        ),
    ),
    # Warnings and bans.
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Members who are banned may not rejoin under another name; new accounts will be removed as soon as they "
            "are spotted.",
            "A ban can be appealed once, in writing, to the club secretary, whose decision is final.",
            "Breaking these rules on the club page may also be treated as a breach of the club's code of conduct, and "
            "could affect team selection.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety",
            "Is the advice here reliable?",
            "Advice at your own risk",
        ),
        (
            "Members share their own experience, not medical advice; always talk to your child's paediatrician or GP "
            "before changing medication, diet or therapy.",
            "People with Williams syndrome can have heart and calcium problems, so check with the specialist team "
            "before an anaesthetic or a change of diet, whatever you read here.",
            "Every raft must pass the safety check on the morning and every crew member must wear a buoyancy aid; "
            "nothing posted here replaces the organisers' safety briefing.",
            "Do not go into the river to retrieve ducks; the water below the weir is stronger than it looks, and the "
            "stewards will collect them.",
            "Advice about bells, ropes, lathes or mercury pendulums is given in good faith and followed at your own "
            "risk; if in doubt, ask the tower captain or the guild's advisers.",
        ),
    ),
    # Valuations, buying and selling between members.
    (
        (
            "Valuations",
            "Buying and selling",
            "Can you tell me what my clock is worth?",
            "Sales between members",
            "For sale and wanted",
        ),
        (
            "We do not value clocks, watches or boats on the forum; please ask an auctioneer or a registered valuer.",
            "Members buy and sell at their own risk, and the guild accepts no responsibility for any sale.",
            'Items for sale must show a price and a rough location; "offers" without a price will be removed.',
            "Please don't post auction listings to ask whether something is a bargain.",
            "Stolen clocks do turn up for sale, so if something looks too good to be true, tell {mods} before buying.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural). Most sites say "comment"; the rest never do.
COMMENT_WORD_360 = ("comment", "comments")
OTHER_READER_WORDS_360: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
    ("notice", "notices"),
)

# Who looks after the site, as printed mid-sentence (the first letter is raised where a sentence opens with it).
MODERATORS_360: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admins",
    "the club secretary",
    "the tower captain",
    "our volunteer moderators",
    "the newsroom",
    "the web editor",
    "the comment moderators",
)

# Opening lines a site may print above its rules.
POLICY_INTROS_360: tuple[str, ...] = (
    "We welcome {cs} from readers across Redesdale and Coquetdale, but we ask everyone to follow a few simple rules.",
    "This forum exists so that families affected by Fragile X can support one another. To keep it that way, please "
    "read the guidelines below before posting.",
    "By posting on this site you agree to the following terms.",
    "The committee is glad to hear from everyone with an interest in the race. Before you post, please note:",
    "Please read these house rules before you join the conversation.",
    "The noticeboard is for members of the band and friends of the tower. A few ground rules:",
    "Thank you for commenting. We want the discussion to be lively and fair, so:",
    "We welcome reader comments on our stories, subject to the rules below.",
    "Readers' {cs} are a valued part of the paper, in print and online.",
    "This page is for players, parents, coaches and volunteers. Please keep the following in mind.",
)

# Closing lines a site may print below its rules.
POLICY_CLOSINGS_360: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated at any time without notice.",
    "If you have any questions about these rules, please contact the committee.",
    "Happy ringing!",
    "Enjoy the race, and see you on the riverbank.",
    "Thanks for reading, and thanks for being part of the conversation.",
    "Questions? Email the editor.",
    "By continuing to use this forum you agree to abide by these rules.",
    "Posting a comment means you accept these terms.",
    "See you at the rink.",
)

# Titles a site may print over its rules.
POLICY_TITLES_360: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Posting guidelines",
    "Comment policy",
    "Commenting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Guidelines for {cs}",
    "Letters and {cs}: our rules",
    "Group rules",
    "Code of conduct for online posting",
    "Our {c} rules",
)

# British spellings used in the sentences above, and the American ones a site may print instead.
AMERICAN_360: dict[str, str] = {
    "licence": "license",
    "offence": "offense",
    "sexualise": "sexualize",
    "catalogue": "catalog",
    "paediatric": "pediatric",
    "anaesthetic": "anesthetic",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "organise": "organize",
}

# Printing habits drawn per site: list markers, heading separators, emphasis, section and date lines, sign-offs.
ROMAN_NUMERALS_360 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
ROMAN_NUMERALS_360 += ("xiii", "xiv", "xv", "xvi", "xvii", "xviii")
MARKER_STYLES_360: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "·",
    "-",
    "–",
    "*",
    "Rule {n}:",
    "Rule {n}.",
    "Rule {n} –",
    "§{n}",
    "§ {n}.",
    "{s}.{n}",
    "Section {n}:",
    "No. {n}",
    "#{n}",
    "Guideline {n}:",
)
RUN_IN_SEPARATORS_360 = (": ", ". ", " – ", " — ", " - ")
HEADING_STOPS_360 = ("", "", ".", ":")
EMPHASIS_PREFIXES_360 = ("Important: ", "IMPORTANT – ", "NB ", "Note: ", "Please note – ")
SECTION_LINES_360 = (
    "Section {s}: Posting on this site",
    "Part {S} – Online {cs}",
    "Appendix {s}: Noticeboard rules",
    "{s}. Use of the forum",
    "{s}. Readers' {cs}",
    "Schedule {s} – Social media and the website",
)
MONTHS_360 = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
MONTHS_360 += ("November", "December")
DATE_LINES_360 = (
    "Last updated: {d} {m} {y}",
    "Last updated {d} {m} {y}.",
    "Updated {m} {y}",
    "Effective {m} {d}, {y}.",
    "Revised {dd}/{mm}/{y}",
    "Agreed by the committee at the AGM, {m} {y}.",
    "These guidelines were last reviewed in {m} {y}.",
)
SIGNERS_360 = ("Morag McKinven", "Alasdair Galbraith", "Jim Armstrong", "Sheila Charlton", "Dave Robson")
SIGNERS_360 += ("Linda Milburn", "Ruben Montoya", "Carol Haught", "Pete Ridley", "Ann Fenwick")
SIGNER_ROLES_360 = ("Hon. Secretary", "Tower Captain", "Editor", "Chair, Raft Race Committee", "Club Welfare Officer")
SIGNER_ROLES_360 += ("Forum administrator", "Publisher", "Master of the Guild")
SIGN_OFFS_360 = ("— The Editor", "The Committee", "{who}, {role}", "Signed: {who} ({role})", "Posted by the admin team")
SIGN_OFFS_360 += ("On behalf of the committee, {who}", "{who}\n{role}")
SMALL_TITLE_WORDS_360 = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by"))


def _title_case_360(text: str) -> str:
    """``text`` with each word's first letter raised, except small words after the first."""
    words = text.split(" ")
    raised = [
        word if index and word.lower() in SMALL_TITLE_WORDS_360 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    ]
    return " ".join(raised)


def _marker_360(style: str, number: int, section: int) -> str:
    """The list marker ``style`` for the ``number``-th item (1-based) of a site whose rules sit in ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    roman = ROMAN_NUMERALS_360[number - 1]
    return style.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _raise_first(text: str) -> str:
    """``text`` with its first letter raised (a sentence opening with ``{mods}`` reads "The editor ...")."""
    return text[:1].upper() + text[1:]


def _items_360(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, else a word from
    ``OTHER_READER_WORDS_360``, in which case no line it prints says "comment") and who moderates it; how many kinds
    it prints (two to five for one site in five, six to all of them otherwise), in table order or shuffled; how many
    sentences an item carries (one to three, fixed or varying by item); whether its items have headings, and if so in
    sentence case, title case or capitals, standing as a part of their own (bare, with a stop or a colon) or run in
    before the first sentence after a colon, stop or dash; a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers ...) or none; and its own printing habits: markdown stars round headings, an
    "Important:" before one sentence, a section line above the rules, a last-updated line above or below them, and a
    sign-off. ``_furnish`` then adds an opening, closing and title line by chance, American spelling and curly
    quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_360 if says_comment else rng.choice(OTHER_READER_WORDS_360)
    moderators = [mods for mods in MODERATORS_360 if says_comment or "comment" not in mods]
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(moderators)

    def fill(text: str) -> str:
        return text.format(**words)

    def printable(lines: tuple[str, ...]) -> list[str]:
        filled = [fill(line) for line in lines]
        return [line for line in filled if says_comment or "comment" not in line.lower()]

    kinds = list(range(len(REWORDINGS_360)))
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(kinds))
    chosen = rng.sample(kinds, count)
    if rng.random() < 0.5:
        chosen.sort()
    fewest, most = rng.choice(((1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (1, 1), (1, 2)))

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    heading_place = rng.choice(("own", "own", "run-in"))
    heading_stop = rng.choice(HEADING_STOPS_360)
    run_in_separator = rng.choice(RUN_IN_SEPARATORS_360)
    marker_style = rng.choice(MARKER_STYLES_360) if rng.random() < 0.55 else ""
    section = rng.randint(2, 9)
    starred_headings = heading_place == "own" and rng.random() < 0.08
    emphasised_item = rng.randrange(count) if rng.random() < 0.12 else -1

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_360[kind]
        picked = [_raise_first(fill(sentence)) for sentence in rng.sample(sentences, rng.randint(fewest, most))]
        if position == emphasised_item:
            picked[0] = rng.choice(EMPHASIS_PREFIXES_360) + picked[0]
        marker = _marker_360(marker_style, position + 1, section) if marker_style else ""
        if heading_case == "none":
            if marker:
                picked[0] = f"{marker} {picked[0]}"
            items.append(("", *picked))
            continue
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_360(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if marker:
            heading = f"{marker} {heading}"
        if heading_place == "own":
            if starred_headings:
                heading = f"**{heading}**"
            elif not heading.endswith("?"):
                heading += heading_stop
            items.append((heading, *picked))
        else:
            separator = " " if heading.endswith("?") else run_in_separator
            if separator == ": " and marker.endswith(":"):
                separator = ". "
            items.append(("", heading + separator + picked[0], *picked[1:]))

    if rng.random() < 0.12:
        section_line = rng.choice(SECTION_LINES_360).format(s=section, S="ABCDEFGH"[section - 2], cs=plural)
        items.insert(0, (section_line, ""))
    if rng.random() < 0.2:
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        date_line = rng.choice(DATE_LINES_360).format(
            d=day, dd=f"{day:02d}", m=MONTHS_360[month - 1], mm=f"{month:02d}", y=rng.randint(2016, 2026)
        )
        if rng.random() < 0.6:
            items.append(("", date_line))
        else:
            items.insert(0, ("", date_line))
    if rng.random() < 0.12:
        sign_off = rng.choice(SIGN_OFFS_360).format(who=rng.choice(SIGNERS_360), role=rng.choice(SIGNER_ROLES_360))
        items.append(("", *sign_off.split("\n")))

    intros = printable(POLICY_INTROS_360)
    closings = printable(POLICY_CLOSINGS_360)
    titles = printable(POLICY_TITLES_360)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_360)
