"""The ``reworded-194`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Mauritian and Reunion English news, Lincolnshire Wolds papers, Idaho farm-town weeklies, sea-kayak
clubs, quilters' circles, sleep-apnoea forums, tower-block tenants, canal-boat trust volunteers.

Written blind: from how sites of these kinds word and print their posting rules, without reading the cleaner's code,
docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (each kind has at least one question among them), and five sentences, of which an
#: item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send;
#: ``{site}`` what it calls itself, ``{mods}`` who moderates. Written in British spelling (``AMERICAN_194``).
REWORDINGS_194 = (
    (  # civility
        (
            "Be courteous",
            "Be kind to one another",
            "Play the ball, not the person",
            "Treat everyone with respect",
            "Can I disagree with someone?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree with the idea if you must, but never attack the person who put it forward.",
            "Treat other members as you would if they were sitting across the table from you at a meeting.",
            "Personal remarks, name-calling and sneering at other readers will see your {c} removed.",
            "Robust debate is welcome here; rudeness, bullying and point-scoring are not.",
            "Remember there is a real person, quite possibly a neighbour, reading what you write.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance for discrimination",
            "Respect our differences",
            "What counts as hateful?",
            "Bigotry is not welcome",
        ),
        (
            "{Cs} attacking anyone for their race, religion, caste, nationality, sex, sexuality or disability will be "
            "deleted without warning.",
            "We do not allow communal or racial slurs in any language, including Kreol and French.",
            "Stereotyping whole communities, whether incomers, travellers or islanders, is not acceptable here.",
            "Hateful material is removed as soon as we see it, and the account responsible is closed.",
            "Jokes that rely on someone's ethnicity, faith or gender are still hate speech as far as we are concerned.",
        ),
    ),
    (  # privacy
        (
            "Protect people's privacy",
            "Keep personal details private",
            "Don't share addresses",
            "Is it OK to name my neighbour?",
            "Privacy",
        ),
        (
            "Do not post anyone's phone number, home address, flat number or email address, including your own.",
            "Please do not name neighbours, housing officers or contractors in a {c} about a dispute.",
            "Photographs of other people should only be shared with their permission.",
            "Personal information shared here is handled in line with data protection law, and we will remove it on "
            "request.",
            "Medical details are personal: share your own if you wish, but never someone else's.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Keeping young people safe",
            "What if I'm worried about someone?",
            "Look out for each other",
        ),
        (
            "Never post pictures of children other than your own, and do not name their school.",
            "If a {c} suggests that someone is at risk of harm, {mods} may pass the details to the appropriate "
            "authorities.",
            "Under-18s taking part in club trips need a parent or guardian's consent, and their details are never "
            "posted here.",
            "If you are worried about your own safety or someone else's, please call the emergency services rather "
            "than posting.",
            "We will not publish anything that identifies a victim of a sexual offence or a child involved in court "
            "proceedings.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How long does approval take?",
            "Our moderators are volunteers",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not go live until the next "
            "working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Please do not submit the same {c} twice if it does not show up immediately.",
            "{Cs} containing links are automatically held back until someone has checked them.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place for my {c}?",
            "One subject per thread",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the story they appear under.",
            "General chat belongs in the off-topic section, not in the technical threads.",
            "Before starting a new thread, please search to see whether your question has already been answered.",
            "{Cs} that drift away from the subject may be moved or removed by {mods}.",
            "Use the right board: trip reports, kit and club business each have their own.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "No spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Commercial posts",
            "Self-promotion",
        ),
        (
            "Advertising of any kind, including links to your own shop, blog or channel, is not permitted without the "
            "committee's agreement.",
            "Fabric, patterns and kit may be offered for sale in the marketplace section only.",
            "Spam, chain letters and repeated {cs} will be deleted and the account suspended.",
            "Suppliers and manufacturers are welcome, but must say so openly whenever they mention their own products.",
            "If you would like to advertise, please contact our sales team rather than using the {cs} section.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account per person",
            "Your account",
            "Usernames",
            "Do I have to register?",
            "Who are you?",
        ),
        (
            "We ask contributors to use their real first name and surname; anonymous {cs} are rarely published.",
            "Each member may hold only one account, and accounts may not be shared.",
            "Usernames that are offensive, misleading or impersonate another person will be changed or removed.",
            "You must register and confirm your email address before you can take part.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation and contempt",
            "Could I be sued?",
            "Don't break the law",
            "The law applies here too",
        ),
        (
            "Do not make allegations against named individuals that you could not prove in court.",
            "Under the ICT Act, sending offensive or threatening material online is a criminal offence in Mauritius.",
            "Please do not discuss cases that are before the courts, as doing so may amount to contempt.",
            "French law applies to everything published on this {site}, including readers' {cs}.",
            "We will co-operate with the police if a {c} becomes the subject of a criminal investigation.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Patterns and photos",
            "Can I share a pattern?",
            "Other people's work",
            "Credit the maker",
        ),
        (
            "Do not post copyrighted patterns, articles or photographs without the owner's permission.",
            "Share a link to a pattern rather than copying it out, and always credit the designer.",
            "By posting a photo here you confirm that you took it or have the right to share it.",
            "Pasting whole news stories from other sites is not allowed; a short quote and a link is fine.",
            "Photos of members' quilts may not be reused elsewhere without the maker's consent.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Spotted something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please do not argue with trolls; flag the {c} and let {mods} deal with it.",
            "Reports are anonymous, and every one is looked at by a member of the team.",
            "To raise a concern privately, email {mods} at the address at the foot of this page.",
            "A report is not a vote: {cs} are only removed if they actually break the rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The editor's right",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "We reserve the right",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators' decisions are final and will not be debated in public threads.",
            "We may close {cs} on any story at any time, particularly court reports and other sensitive subjects.",
            "Publication of a {c} does not mean that we agree with it.",
            "If you think a decision was wrong, write to {mods} privately and it will be looked at again.",
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Have we got something wrong?",
            "Contact the newsroom",
        ),
        (
            "If you believe we have made a factual error, please email the newsroom rather than leaving a {c}.",
            "Corrections are handled by the editor under the Editors' Code of Practice; details are on our Contact "
            "page.",
            "Got a story from Louth, Horncastle or the Wolds? Ring the newsdesk or send it in through our website.",
            "News tips left as {cs} can be missed, so please send them to the editor directly.",
            "We correct significant errors promptly and note the change at the foot of the article.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "No swearing",
            "Keep it clean",
            "Which language should I write in?",
            "Plain English, please",
        ),
        (
            "Swearing, including words disguised with asterisks or symbols, is not allowed.",
            "Please write in English so that everyone, moderators included, can follow the conversation.",
            "{Cs} written entirely in capital letters read as shouting and may be removed.",
            "Crude or sexually explicit language will be removed, whatever the context.",
            "Please spell out abbreviations the first time you use them, as not every member knows the jargon.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
        ),
        (
            "Members who break these rules will receive a warning; a second breach may lead to suspension.",
            "Serious or repeated breaches will result in a permanent ban without further notice.",
            "Accounts set up to get round a ban will be removed as soon as they are found.",
            "We operate a three-strikes policy, though a single serious breach can mean an immediate ban.",
            "Suspended members may appeal to the committee in writing within fourteen days.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice shared here",
            "Should I change my settings?",
            "Check with a professional",
            "Your safety is your responsibility",
        ),
        (
            "Nothing posted here replaces the advice of your GP, consultant or sleep clinic.",
            "Never change the pressure settings on your machine without speaking to your clinician first.",
            "Trip plans discussed here are no substitute for checking the tides, the forecast and your own ability on "
            "the day.",
            "Members share their experience in good faith, but the club accepts no liability for advice given in {cs}.",
            "Always follow the Trust's health and safety guidance and your volunteer leader's instructions on site.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political {cs}",
            "During election periods",
            "Can I talk about politics?",
            "Party politics",
        ),
        (
            "During election campaigns {cs} may be closed on stories about candidates.",
            "Canvassing for a party or candidate is not allowed here; letters to the editor are the place for that.",
            "We welcome debate on local issues, but party-political campaigning belongs elsewhere.",
            "{Cs} mentioning candidates during the official campaign are checked against election law before they "
            "appear.",
            "The tenants' association is non-political, so please keep party politics out of the group.",
        ),
    ),
    (  # official channels
        (
            "Repairs and complaints",
            "This is not the place for complaints",
            "Where do I report a repair?",
            "Official channels",
            "Who do I contact about my role?",
        ),
        (
            "Repairs must be reported to the housing office or the repairs line; {mods} cannot pass them on.",
            "This group is run by tenants and is not monitored by the council or the landlord.",
            "Questions about your volunteering role, shifts or expenses should go to your volunteer coordinator.",
            "Emergencies such as gas leaks, flooding or a broken lift must be reported by phone, not here.",
            "Complaints about the Trust's work should be made through its official complaints procedure.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-194 only).
POLICY_TITLES_194 = (
    "Posting rules",
    "Community Guidelines",
    "House rules",
    "Forum Rules",
    "{C} policy",
    "Rules for {cs}",
    "Have your say",
    "Before you post",
    "Group rules",
    "Guidelines for Contributors",
    "Moderation policy",
    "Our {site} rules",
)

POLICY_INTROS_194 = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, provided they follow the guidelines below.",
    "These guidelines apply to everyone who takes part, committee members included.",
    "This {site} is a friendly place, and we would like to keep it that way.",
    "By submitting a {c} you agree to the following.",
    "Everyone is welcome here, beginners and old hands alike, so long as the rules are kept.",
)

POLICY_CLOSINGS_194 = (
    "Thank you for helping to keep this {site} friendly and useful.",
    "These rules may be updated from time to time.",
    "Questions about these rules can be sent to {mods}.",
    "Happy paddling!",
    "Happy quilting!",
    "Full terms and conditions are available on our website.",
    "Thanks for reading, and see you on the towpath.",
)

#: Dates some sites print under their rules (a line of its own: "Last updated ...").
UPDATED_194 = ("12 January 2024", "March 2023", "1 September 2022", "30/06/2024", "April 2025")

#: British spellings in the lists above and their American forms (a reworded-194 document prints one or the other).
AMERICAN_194 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "travellers": "travelers",
    "co-operate": "cooperate",
}

#: What a site calls readers' messages: (singular, plural); the first is "comment" three times in four.
NOUNS_194 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("reaction", "reactions"),
)
SITES_194 = ("site", "forum", "group", "page", "board", "website")
MODS_194 = ("the moderators", "the editor", "the admin team", "the committee", "the forum team", "the web team")

#: Words a title-case heading leaves in lower case (after its first word).
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "my", "not", "of", "on", "or", "the", "to"}


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker(rng: random.Random):
    """A site's way of marking its items: a function from the item's number to its mark ("" for none)."""
    kind = rng.choice(("none", "none", "number", "number", "letter", "roman", "bullet", "bullet", "rule"))
    if kind == "number":
        shape = rng.choice(("{}.", "{})", "({})", "{} -", "{}/", "#{}"))
        return lambda n: shape.format(n) + " "
    if kind == "letter":
        shape = rng.choice(("{})", "({})", "{}.", "{}."))
        upper = rng.random() < 0.3
        return lambda n: shape.format(chr(96 + n).upper() if upper else chr(96 + n)) + " "
    if kind == "roman":
        shape = rng.choice(("{}.", "({})", "{})", "{}."))
        upper = rng.random() < 0.4
        return lambda n: shape.format(_roman(n).upper() if upper else _roman(n)) + " "
    if kind == "bullet":
        mark = rng.choice(("\u2022", "-", "*", "\u2013", "\u2756", "\u273f", "\u25ba", "\u2714", "\u25cb", "\u00b7"))
        return lambda n: mark + " "
    if kind == "rule":
        shape = rng.choice(("Rule {}:", "Rule {} -", "Rule #{}:", "Rule {}."))
        return lambda n: shape.format(n) + " "
    return lambda n: ""


def _items_194(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-194 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in this order: the site's word for readers' messages ("comment" 0.75, else post, message, reply,
    contribution or reaction), what it calls itself and who moderates; how many items (two to five 0.3 of the time,
    else six to fourteen) and whether they keep the table's order (0.5) or are shuffled; then how the site prints
    them: no headings (0.15) or, of the rest, questions and answers (0.12: a question heading after "Q"/"Q1" and its
    first sentence after "A"); headings as written, in title case or in capitals; on their own part (with no stop,
    a stop or a colon) or run in before the first sentence after a colon, a stop or a dash (a question with none);
    a mark before each item (none, numbers, letters, Roman numerals, bullets or "Rule 1:" in several shapes);
    sentences after a heading of their own behind a dash or bullet (0.12); one to three sentences an item, the
    range drawn for the site. A "Last updated" line (0.12) follows the items; then :func:`_furnish`."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(NOUNS_194)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    words["site"] = rng.choice(SITES_194)
    words["mods"] = rng.choice(MODS_194)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 14)
    if rng.random() < 0.5:
        chosen = [REWORDINGS_194[i] for i in sorted(rng.sample(range(len(REWORDINGS_194)), count))]
    else:
        chosen = rng.sample(REWORDINGS_194, count)

    bare = rng.random() < 0.15
    faq = not bare and rng.random() < 0.12
    faq_marks = rng.choice((("Q:", "A:"), ("Q.", "A."), ("Q{}.", "A."), ("Q -", "A -")))
    case = rng.choice(("as", "as", "title", "upper"))
    run_in = rng.random() < 0.4
    own_stop = rng.choice(("", "", ".", ":"))
    run_stop = rng.choice((":", ":", ".", " -", " \u2013", " \u2014"))
    low, high = rng.choice(((1, 1), (1, 1), (1, 2), (1, 3), (2, 3)))
    dashed = not run_in and not faq and rng.random() < 0.12
    dash = rng.choice(("- ", "\u2022 ", "\u2013 "))
    mark = (lambda n: "") if faq else _marker(rng)

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        said = [s.format(**words) for s in rng.sample(sentences, rng.randint(low, high))]
        if faq:
            heading = rng.choice([h for h in headings if h.endswith("?")]).format(**words)
            q, a = faq_marks
            items.append((f"{q.format(number)} {heading}", f"{a} {said[0]}", *said[1:]))
            continue
        heading = "" if bare else rng.choice(headings).format(**words)
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if not heading:
            items.append(("", mark(number) + said[0], *said[1:]))
        elif run_in:
            items.append(("", f"{mark(number)}{heading}{'' if question else run_stop} {said[0]}", *said[1:]))
        else:
            rest = [dash + s for s in said] if dashed else said
            items.append((mark(number) + heading + ("" if question else own_stop), *rest))
    if rng.random() < 0.12:
        items.append(("", f"Last updated: {rng.choice(UPDATED_194)}"))

    def fill(lines: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line.format(**words) for line in lines)

    return _furnish(
        items, rng, fill(POLICY_INTROS_194), fill(POLICY_CLOSINGS_194), fill(POLICY_TITLES_194), AMERICAN_194
    )
