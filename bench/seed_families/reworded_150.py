"""The ``reworded-150`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papua New Guinea national news, Scottish Borders papers, Idaho mountain-town weeklies, kabaddi
leagues, choral societies, Parkinson's carer forums, community-energy co-ops, vintage-motorcycle clubs.

Written blind: from how sites of these kinds word and print their posting rules, not from the cleaner's code, its
docs or its reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (in sentence case, without a stop), and five sentences, of which an item prints
#: one to three. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's word for what readers send (``WORDS_150``).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_150``).
REWORDINGS_150 = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the player",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Keep it friendly",
        ),
        (
            "Disagree with the idea if you must, but never attack the person who put it forward.",
            "Personal insults, name-calling and sneering at other members will see your {c} removed.",
            "Many of our members are carers at the end of a long day, so please be gentle with one another.",
            "Robust debate is welcome here; bullying, goading and baiting are not.",
            "Write as you would speak to a neighbour in the village hall, and you will not go far wrong.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "Hatred of any kind",
            "What counts as hate speech?",
            "Tribal and regional slurs",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, tribe, province, sex, "
            "sexuality or disability.",
            "Slurs aimed at any clan, language group or province have no place on this site, however they are "
            "dressed up.",
            "Stereotyping whole communities, including Travellers, migrants and people of faith, will be removed "
            "without notice.",
            "Jokes that rely on someone's disability or illness are not funny here and will be deleted.",
            "Material that stirs up hatred may be a criminal offence, and we will pass it to the police where we "
            "think it is.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share a phone number?",
            "Other people's details",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or number plates, yours or anyone else's.",
            "Please think twice before naming a patient, a care home or a member of staff in a {c}.",
            "Photographs of other people, including children at matches or concerts, must not be shared without "
            "their permission.",
            "If you need to swap contact details with another member, use the private message system instead.",
            "{Cs} that reveal where someone lives or works, or when a house will be empty, will be taken down "
            "straight away.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "Looking out for each other",
            "What if someone is at risk?",
            "Young members",
        ),
        (
            "Members under 18 must have the consent of a parent or guardian before joining the forum.",
            "If a {c} suggests that a child or vulnerable adult is in danger, we will share it with the proper "
            "authorities.",
            "Never ask a young player, chorister or junior member to contact you privately.",
            "If someone on the forum seems to be in crisis, please alert a moderator straight away.",
            "Our safeguarding officer can be contacted in confidence through the club secretary.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Please be patient",
            "When {cs} are checked",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent late at night or at weekends may wait until morning.",
            "A new member's first few {cs} are held for approval; after that they go up straight away.",
            "{Cs} are closed overnight and on public holidays, when there is nobody in the newsroom to check them.",
            "Please do not send the same {c} again if it does not show at once, as duplicates slow everything down.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place?",
            "Stick to the thread",
        ),
        (
            "Keep your {cs} to the subject of the article or thread you are replying to.",
            "General chat belongs in the Clubhouse section, not under match reports.",
            "Questions about subscriptions, deliveries or tickets should go to the office, not below a story.",
            "Threads that drift off the point may be split, moved or locked by the moderators.",
            "Please search the forum before starting a new topic, as your question may already have been answered.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posting",
            "Can I advertise my business?",
            "Links and promotion",
        ),
        (
            "Advertising, chain letters and links to commercial sites will be removed.",
            "Bikes, parts and spares for sale belong in the classifieds section, not in the general discussion.",
            "Installers and suppliers may not use the forum to tout for business, however good the offer.",
            "Members may mention a fundraising concert or charity event once, with the agreement of the committee.",
            "Accounts that exist only to post links will be deleted without warning.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "Usernames",
            "One account each",
            "Do I have to use my real name?",
            "Impersonation",
        ),
        (
            "Please register under your own name; {cs} from obviously false names will not be published.",
            "Each member may hold one account only, and accounts may not be shared or passed on.",
            "Pretending to be another person, a player, a match official or one of our staff is not allowed.",
            "Usernames that are offensive or that advertise a business will be changed or removed.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Stay within the law",
            "Could my {c} break the law?",
        ),
        (
            "Do not post anything that is defamatory, in contempt of court or otherwise against the law.",
            "Once someone has been arrested or charged, say nothing that could prejudice their trial.",
            "Under Scots law a case is live from the moment of arrest, and we will remove any {c} that risks contempt.",
            "Allegations of crime or corruption against named people will not be published unless proven in court.",
            "Publishing false or damaging statements online may be an offence under the Cybercrime Code Act 2016.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and copying",
            "Photographs and copyright",
            "Can I post a photo I found online?",
            "Sharing material",
        ),
        (
            "Do not copy whole articles, photographs or sheet music from other sites; post a short quote and a "
            "link instead.",
            "Only upload photographs that you took yourself or have permission to share.",
            "Scores and recordings still in copyright must not be shared here, even for rehearsal use.",
            "By posting, you allow us to publish your {c} on this site and in our printed edition.",
            "Workshop manuals and wiring diagrams are often still in copyright, so please check before scanning them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "Flagging {cs}",
            "How do I report a {c}?",
            "Don't feed the trolls",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "Reports go to the moderators in confidence, and the person reported is not told who flagged them.",
            "Please do not reply to abuse; report it and let the moderators deal with it.",
            "You can also email the moderators at the address at the foot of this page.",
            "Misusing the report button to settle scores may itself lead to a warning.",
        ),
    ),
    (  # the final say
        (
            "Our decision is final",
            "The editor's discretion",
            "The final say",
            "Moderators' decisions",
            "Who decides?",
            "Removal of {cs}",
        ),
        (
            "The editor reserves the right to edit, shorten or remove any {c} without giving a reason.",
            "The moderators' decision is final, and we will not enter into correspondence about individual {cs}.",
            "Publishing a {c} does not mean that we, or the committee, agree with it.",
            "We may close discussion on any story at any time, particularly where a court case or a death is involved.",
            "The committee may amend these rules at any time, and changes take effect once they are posted.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong, please email the news desk rather than leaving a {c}.",
            "Corrections are made as soon as possible, and we note at the foot of the article what was changed.",
            "Have a story from your district or village? Call the newsroom or send us a message on Facebook.",
            "Complaints about our coverage can be taken to the Independent Press Standards Organisation.",
            "{Cs} below a story are not seen by the reporter, so send tips and corrections to us directly.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Plain English, please",
            "Which languages can I use?",
            "No shouting",
        ),
        (
            "Swearing, including words with letters swapped for symbols, will be filtered or removed.",
            "{Cs} in Tok Pisin are welcome alongside English, provided they keep to these rules.",
            "Please do not write in capital letters; it reads as shouting and is hard on tired eyes.",
            "Keep {cs} short and clear, as long walls of text are hard for many of our members to read.",
            "Text-speak and heavy abbreviation make {cs} difficult to follow, so please write words in full.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspensions",
            "What happens if I break the rules?",
            "Three strikes",
            "Consequences",
        ),
        (
            "Members who break these rules will usually receive a warning before any further action is taken.",
            "Repeated or serious breaches will lead to a suspension and, in the end, a permanent ban.",
            "Anyone banned who comes back under a new name will be removed again without notice.",
            "Serious breaches by club members may also be referred to the committee under the disciplinary procedure.",
            "Warnings stay on record for twelve months, after which they lapse.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on the forum",
            "Is this advice?",
            "Check with a professional",
            "At your own risk",
        ),
        (
            "Nothing on this forum is medical advice; always speak to your GP, consultant or Parkinson's nurse "
            "before changing medication.",
            "Never stop or alter Parkinson's medication suddenly because of something you have read here.",
            "Technical tips are shared in good faith, and you work on your own machine at your own risk.",
            "Work on mains wiring, batteries or inverters must be carried out by a qualified electrician.",
            "If you are worried about someone's safety, contact the emergency services first and post afterwards.",
        ),
    ),
)

#: The site's word for what readers send: singular and plural. A quarter of sites never say "comment".
WORDS_150 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

POLICY_TITLES_150 = (
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "{C} policy",
    "Code of conduct",
    "Online code of conduct",
    "Forum etiquette",
    "Terms of participation",
    "Our rules",
)

POLICY_INTROS_150 = (
    "Our forum is a place for carers to share experiences and support one another, and these rules help keep it "
    "that way.",
    "We welcome {cs} from readers across Papua New Guinea and beyond.",
    "These guidelines apply to everyone who posts on the site, including members of the committee.",
    "Please read the following before you post.",
    "By taking part you agree to the rules below.",
    "We want the discussion below our stories to be lively, fair and local.",
)

POLICY_CLOSINGS_150 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these guidelines can be sent to the moderators.",
    "Ride safe, and see you on the next club run.",
    "We look forward to hearing from you.",
    "Thank you for reading, and enjoy the discussion.",
    "These rules may be updated from time to time, so please check back.",
)

#: Lines a few sites print after their rules, when they were last changed.
UPDATED_150 = (
    "Last updated: 12 February 2025",
    "Updated June 2024",
    "Reviewed by the board, March 2025.",
    "Last revised 3 September 2024.",
    "Approved at the AGM, 2024.",
)

#: What a few sites print after each item: a link back to the top of a long page.
BACK_150 = ("Back to top", "Top", "Back to top ↑", "↑ Top")

#: British spellings (as printed) and their American ones, for sites that print American spelling.
AMERICAN_150 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "organisation": "organization",
    "behaviour": "behavior",
    "criticis": "criticiz",
    "apologis": "apologiz",
    "licence": "license",
    "colour": "color",
    "favour": "favor",
    "honour": "honor",
    "centre": "center",
    "judgement": "judgment",
    "number plates": "license plates",
}

_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


#: Marker shapes: a format over the item's number (``{n}``), letter (``{a}``/``{A}``) or numeral (``{r}``/``{R}``),
#: or a bullet.
MARKERS_150 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a}.",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "•",
    "-",
    "*",
    "–",
    "·",
    "▪",
    "Rule {n}:",
    "Rule {n} –",
    "Rule {n}.",
)


def _marker(shape: str, index: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    return shape.format(n=index + 1, a=letter, A=letter.upper(), r=_roman(index + 1), R=_roman(index + 1).upper())


def _items_150(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-150 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in this order: the site's word for what readers send (``comment`` three times in four, else another of
    ``WORDS_150``); two to four items (0.3) or seven to all sixteen, in the table's order (0.5) or shuffled; the
    case of the headings (as written, Title Case or capitals) and how they are placed (a part of their own, with a
    stop, colon or nothing; or run in before the first sentence after a colon, a stop or a dash); whether the site
    prints no headings at all (0.15); a marker shape (none 0.35, else one of ``MARKERS_150``) and whether the
    marker stands as a part of its own (0.1); whether an item's sentences are run into one part (0.3); and a few
    sites' habits: numbered clauses with sub-numbered sentences (0.08), questions printed as Q and A (0.1, not
    under a "Rule" marker), a link back to the top after each item (0.06), and a last-updated line (0.1). Then,
    per item: a heading (none 0.05), and one to three of its sentences in the table's order. Last, an opening,
    closing and title line through ``_furnish``."""
    if rng.random() < 0.25:
        c, cs = rng.choice(WORDS_150[1:])
    else:
        c, cs = WORDS_150[0]

    def fill(text: str) -> str:
        return text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize())

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_150))
    picked = rng.sample(range(len(REWORDINGS_150)), count)
    if rng.random() < 0.5:
        picked.sort()
    case = rng.choice(("as written", "as written", "as written", "title", "title", "upper"))
    placing = rng.choice(("part", "part", "part", ":", ":", ".", " –", " -", " —"))
    own_stop = rng.choice(("", "", ".", ":"))  # after a heading on a part of its own
    bare = rng.random() < 0.15
    shape = "" if rng.random() < 0.35 else rng.choice(MARKERS_150)
    marker_alone = bool(shape) and rng.random() < 0.1
    joined = rng.random() < 0.3
    clauses = not bare and rng.random() < 0.08
    qa = not bare and not clauses and not shape.startswith("Rule") and rng.random() < 0.1
    back = rng.random() < 0.06
    updated = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(picked):
        headings, sentences = REWORDINGS_150[kind]
        heading = "" if bare or rng.random() < 0.05 else fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        k = rng.choices((1, 2, 3), weights=(4, 4, 2))[0]
        chosen = [fill(sentences[i]) for i in sorted(rng.sample(range(len(sentences)), k))]
        if clauses:
            number = str(index + 1)
            if heading:
                heading = f"{number}. {heading}"
            parts = [f"{number}.{j + 1} {sentence}" for j, sentence in enumerate(chosen)]
            items.append((heading, *parts, *((rng.choice(BACK_150),) if back else ())))
            continue
        if joined:
            chosen = [" ".join(chosen)]
        if qa and heading.endswith("?"):
            heading = "Q: " + heading
            chosen[0] = "A: " + chosen[0]
        marker = _marker(shape, index) if shape else ""
        if heading and (placing == "part" or heading.startswith("Q: ")):
            parts = [heading if heading.endswith("?") else heading + own_stop, *chosen]
        elif heading:  # run in before the first sentence
            lead = heading + " " if heading.endswith("?") else heading + placing + " "
            parts = ["", lead + chosen[0], *chosen[1:]]
        else:
            parts = ["", *chosen]
        if marker_alone:
            parts = [marker, *parts]
        elif marker:
            first = 0 if parts[0] else 1
            parts[first] = f"{marker} {parts[first]}"
        if back:
            parts.append(rng.choice(BACK_150))
        items.append(tuple(parts))

    if updated:
        items.append(("", rng.choice(UPDATED_150)))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_150],
        [fill(line) for line in POLICY_CLOSINGS_150],
        [fill(line) for line in POLICY_TITLES_150],
        AMERICAN_150,
    )
