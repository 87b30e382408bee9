"""The ``reworded-308`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Mourne papers, Burren news, Chesapeake watermen's weeklies, bouldering gyms' boards, lacemakers'
circles, celiac parents' forums, leaseholders' associations, wartime bunker museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Headings are in sentence case; the generator sets
# their case per site. Placeholders: {c} {cs} {C} {Cs} for what readers send, {mods} for who looks after the site.
REWORDINGS_308: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play the ball, not the man", "Keep it friendly", "Be kind", "How should I treat other members?"),
        (
            "Argue with the point if you must, but leave the person who made it alone.",
            "We are a small community and most of us will meet at the harbour, the show or the chipper, so write as "
            "you would speak to someone's face.",
            "Personal attacks, sneering and name-calling will be taken down, however much the other person had it "
            "coming.",
            "Disagree by all means; just do it without the insults.",
            "Treat newcomers gently: everyone was new to the wall, the pillow or the diet once.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Sectarian and racist remarks", "Hate speech", "What counts as hateful?"),
        (
            "Sectarian, racist, sexist, homophobic or otherwise bigoted {cs} will be removed and the account closed.",
            "We do not allow abuse aimed at anyone's religion, community, nationality, disability, sexuality or "
            "background.",
            "Old grudges between townlands, parishes or marching seasons are not to be fought out here.",
            "Jokes that depend on a stereotype are still stereotypes.",
            "Incitement to hatred is an offence, and we will pass anything of that kind to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Other people's details", "Keep personal information private", "Can I name a neighbour?"),
        (
            "Do not post anyone's address, phone number, registration plate or flat number, including your own.",
            "Please do not name children in {cs} or share photographs in which they can be recognised.",
            "Complaints about an individual leaseholder, managing agent or member of staff should be sent to the "
            "committee privately, not aired on the board.",
            "Medical details you share about your own family are visible to anyone who visits, so think before you "
            "post.",
            "Photographs taken inside members' homes or on private land need the owner's permission first.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting young members", "Under 16s"),
        (
            "Members under sixteen may only use the board with a parent's or guardian's consent.",
            "Adults must not ask young climbers, volunteers or members to move a conversation to private messages, "
            "text or social media.",
            "If something you read makes you worried about a child's safety, tell {mods} at once, and in an "
            "emergency ring 999.",
            "Our safeguarding officer can be reached through the front desk or the contact page.",
            "Anything that puts a young person at risk will be removed and reported without warning.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Delays", "Pre-moderation", "Approval"),
        (
            "All {cs} are read by a person before they appear, which may take a day or two.",
            "Our moderators are volunteers with day jobs, so {cs} sent at the weekend may wait until Monday.",
            "New members' first few {cs} are held for approval; after that they go up straight away.",
            "During the lambing, the oyster season or the Christmas rush it may take a little longer.",
            "Please do not send the same {c} several times if it does not show at once.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is it relevant?", "Right thread, right place"),
        (
            "Keep {cs} to the story or thread they sit under.",
            "General chat belongs in the Tea Room section, not under a notice about the service charge.",
            "Questions about new problems go in a new thread, so the answers can be found later.",
            "Route beta, grading arguments and setting gripes each have their own thread, please use it.",
            "Posts that wander from lace to politics will be moved or trimmed.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and swapping", "Commercial posts", "Can I advertise?"),
        (
            "Adverts, chain letters and links to shops are not allowed outside the classifieds.",
            "Members may offer spare bobbins, pillows or patterns in the For Sale thread, once a month and with a "
            "price.",
            "Boats, pots and gear for sale go in the classifieds, not in {cs} under the news.",
            "Businesses wishing to reach our readers should contact the advertising department.",
            "Links posted only to drive traffic elsewhere will be deleted, along with the account.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Names", "Usernames", "One person, one account", "Do I have to use my real name?"),
        (
            "Please register under your own name, or at least a name your neighbours would recognise.",
            "Each member may hold one account; second accounts will be merged or closed.",
            "Do not pretend to be another person, a committee member or a member of staff.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive or that advertise a business will be changed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "What can't I say?"),
        (
            "You are legally responsible for what you write, and a defamatory {c} can cost the writer dearly.",
            "Do not discuss a case that is before the courts in Downpatrick, Ennis or anywhere else: contempt of court "
            "is a criminal offence.",
            "Do not accuse a named person of a crime unless they have been convicted of it.",
            "Allegations about a freeholder, agent or contractor must be facts you can prove.",
            "Under the Defamation Act 2009 a publisher may be liable too, so we will remove anything that worries us.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and patterns", "Other people's work", "Can I share a pattern?"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Published lace patterns are copyright; please share the book's title, not a scan of the pricking.",
            "Do not paste whole articles from other papers; a line and a link will do.",
            "By posting a photograph you allow us to show it on the site and in the newsletter, with your name.",
            "Archive images from the museum collection may not be reproduced without written permission.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Something wrong?", "How do I flag something?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Please report rather than reply: arguing back only makes the thread longer.",
            "You can also email the desk, quoting the headline and the time of the {c}.",
            "We do not tell the writer who reported them.",
        ),
    ),
    (  # discretion
        ("Our decision", "Editor's discretion", "The committee's decision", "Final say", "Who decides?"),
        (
            "We may edit, shorten or remove any {c} without giving a reason.",
            "The decision of {mods} is final.",
            "Posting here is a privilege of membership, not a right.",
            "We may close a thread when it has run its course.",
            "These rules are not exhaustive, and we will use common sense where they do not fit.",
        ),
    ),
    (  # corrections and tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the news desk and we will put it right.",
            "Corrections are printed in the next week's paper and noted at the foot of the story online.",
            "Have you a story from the Mournes, the Burren or the water? Ring the office or send it in.",
            "Please do not leave corrections under the story; tell us directly so we can fix the article.",
            "Results, notices and photographs from clubs are welcome by Tuesday noon.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Mind your language", "Is swearing allowed?"),
        (
            "No swearing, including words with letters starred out.",
            "Families read this board, so keep the language clean.",
            "Please write in plain English or Irish, and not in capitals, which reads as shouting.",
            "Text-speak and long strings of emojis make posts hard to read.",
            "The occasional mild oath in the heat of a project may pass; abuse will not.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Sanctions", "What happens if I break a rule?", "Three strikes"),
        (
            "A first breach usually earns a friendly word, a second a written warning.",
            "Members who keep breaking the rules will be suspended, and in serious cases banned for good.",
            "Serious abuse, threats or hateful posts lead to an immediate ban.",
            "Do not open a new account to get around a ban.",
            "You may appeal a ban by writing to the secretary within fourteen days.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Safety", "Advice on the board", "Is it safe?", "Not a substitute for advice"),
        (
            "Nothing on this forum replaces advice from your child's GP, consultant or dietitian.",
            "Always check labels yourself: recipes change and a product that was gluten-free last year may not be now.",
            "Advice on falls, spotting and injuries is shared in good faith; ask a member of staff if in doubt.",
            "Do not post directions to closed bunkers, wrecks or military sites, and never enter them.",
            "Weather, tide and crossing reports are given in good faith; check the forecast before you go out.",
        ),
    ),
    (  # the site's rules in general
        ("About these rules", "Changes to the rules", "Agreeing to the rules", "Why do we have rules?"),
        (
            "By posting you agree to these rules, which may change from time to time.",
            "The rules were agreed at the annual general meeting and can be changed by the committee.",
            "We keep the rules short so people read them; please do.",
            "If in doubt, ask {mods} before you post.",
            "Volunteers must also follow the museum's code of conduct when posting about their work.",
        ),
    ),
)

# What readers send, as (singular, plural): "comment" for most sites, another word for about a quarter.
READER_WORDS_308: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as a sentence would name them mid-sentence.
MODERATORS_308: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the volunteer coordinator",
    "the news desk",
    "the gym staff",
    "the circle's secretary",
)

# Opening lines a site may print above its rules.
POLICY_INTROS_308: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome your {cs}, but we ask everyone to follow a few simple rules.",
    "This board is for members and friends; the rules below keep it pleasant for all.",
    "Our readers' {cs} are part of the paper, and these are the rules that go with them.",
    "A few house rules, agreed by the committee:",
    "Welcome! Before joining in, please take a minute to read the following.",
)

# Closing lines a site may print below its rules.
POLICY_CLOSINGS_308: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Thanks for reading, and happy posting.",
    "Questions about these rules can be sent to the secretary.",
    "We reserve the right to amend these rules at any time.",
    "Enjoy the board, and see you at the next meeting.",
    "Tight lines and fair weather.",
)

# Titles a site may print over its rules.
POLICY_TITLES_308: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms of use",
    "{C} policy",
    "Rules for posting",
    "Members' code of conduct",
)

# British spellings used in the tables above, and their American forms.
AMERICAN_308: dict[str, str] = {
    "harbour": "harbor",
    "neighbour": "neighbor",
    "recognised": "recognized",
    "recognise": "recognize",
    "offence": "offense",
}

# List markers real sites print before items, each a function of the item's position (from 1).
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
MARKERS_308 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(96 + n)}.",
    lambda n: f"{_ROMAN[n - 1]}.",
    lambda n: f"{_ROMAN[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"3.{n}",
    lambda n: f"\u00a7{n}",
)

# Small words kept lower case in title-case headings.
_SMALL_WORDS = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "for"}

# Section lines a site may print partway through its rules.
SECTION_LINES_308: tuple[str, ...] = (
    "Part 2: Content",
    "General",
    "Posting etiquette",
    "Enforcement",
    "Legal bits",
)

# Last-updated lines, printed first or last.
UPDATED_LINES_308: tuple[str, ...] = (
    "Last updated: 14 March 2024",
    "Revised at the AGM, October 2023.",
    "Updated January 2025",
    "These rules were last reviewed in May 2022.",
)

# Sign-offs printed at the foot of the rules.
SIGN_OFFS_308: tuple[str, ...] = (
    "The Editor",
    "\u2014 The Committee",
    "Board admins",
    "Volunteer Coordinator, on behalf of the Friends of the Bunker",
    "Hon. Secretary",
)


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised except the small ones after the first."""
    words = heading.split(" ")
    return " ".join(word if i and word in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _items_308(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the site's word for what readers send ("comment" for three sites in four)
    and who moderates; how many kinds it prints (two to five for some sites, six to sixteen for most), in table order
    or shuffled; one to three sentences an item; the heading case (sentence, title, capitals) or no headings; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
    numbers) or none, on the heading or the first sentence; an emphasis style for headings; and, by chance, a section
    line partway, a last-updated line first or last, and a sign-off at the foot. Returns the items with an opening,
    closing and title line, American spelling and curly quotes drawn by ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(READER_WORDS_308)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_308),
    }

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[0].upper() + filled[1:]

    kinds = list(REWORDINGS_308)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = rng.sample(kinds, count)
    else:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in chosen]

    case = rng.choice(("sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_308) if rng.random() < 0.6 else None
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    questions_allowed = rng.random() < 0.7

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, start=1):
        picked = [fill(s) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        pool = [h for h in headings if questions_allowed or not h.endswith("?")] or list(headings)
        heading = fill(rng.choice(pool)) if case != "none" else ""
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "capitals":
            heading = heading.upper()
        prefix = f"{marker(number)} " if marker else ""
        if not heading:
            items.append(("", prefix + picked[0], *picked[1:]))
        elif placement.startswith("own"):
            if not heading.endswith("?"):
                heading += {"own": "", "own-stop": ".", "own-colon": ":"}[placement]
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            items.append((prefix + heading, *picked))
        else:
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if heading.endswith("?"):
                joint = " "
            items.append(("", f"{prefix}{heading}{joint}{picked[0]}", *picked[1:]))

    if len(items) > 4 and rng.random() < 0.2:
        section = rng.choice(SECTION_LINES_308)
        items.insert(rng.randint(1, len(items) - 1), (section.upper() if case == "capitals" else section, ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_308))
        items.insert(0, updated) if rng.random() < 0.4 else items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_308)))

    intros = [fill(line) for line in POLICY_INTROS_308]
    closings = [fill(line) for line in POLICY_CLOSINGS_308]
    titles = [fill(line) for line in POLICY_TITLES_308]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_308)
