"""The ``reworded-302`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Rodrigues island news, Gower papers, Outer Cape weeklies, bowling alley leagues, spinners and weavers
guilds, Meniere's disease forums, marina berth holders' associations, walled garden volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind as (headings, sentences): five or six headings a site may print over it, questions among them, and
# five sentences in these sites' voices. {c}/{cs}/{C}/{Cs} are the site's word for what readers send, {mods} who
# looks after the board.
REWORDINGS_302: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy", "Play nice", "How should I talk to other members?", "Respect", "Mind your manners"),
        (
            "Treat members as you would a neighbour on the quay at Port Mathurin: politely, even if you disagree.",
            "Personal attacks, name-calling and sneering at other members will see your {c} removed.",
            "Argue with the point, not the person.",
            "We are a small league and most of us see each other every Tuesday night, so keep it friendly online too.",
            "Please be kind; many people here are dizzy, tired and frightened, and a sharp reply can undo a good week.",
        ),
    ),
    (
        ("Hate speech", "No hatred", "Discrimination", "What counts as hate?", "Equality"),
        (
            "We do not publish {cs} that attack anyone for their race, religion, disability, sex, sexuality or age.",
            "Remarks about visitors, second-home owners or 'incomers' that stray into prejudice will be taken down.",
            "Abuse aimed at Welsh speakers, or at English ones, has no place on this page.",
            "Racist, sexist or homophobic language is removed on sight and the account suspended.",
            "The guild welcomes everyone who loves fibre, whatever their background, and asks members to do the same.",
        ),
    ),
    (
        ("Privacy", "Personal details", "Keep it private", "Can I post someone's address?", "Your information"),
        (
            "Do not post phone numbers, addresses or email addresses, yours or anyone else's.",
            "Please don't name other berth holders in a complaint; raise it with the harbour master instead.",
            "Photographs of volunteers or visitors should only be shared with their permission.",
            "Your email address is never shown publicly and is not passed to third parties.",
            "Think twice before sharing details of your treatment or your employer that could identify you.",
        ),
    ),
    (
        ("Safeguarding", "Children and vulnerable adults", "Youth league", "Protecting young people"),
        (
            "Never post the full names, schools or photographs of junior bowlers without a parent's consent.",
            "If you are worried about a child or a vulnerable adult, contact the welfare officer rather than posting.",
            "Anything that could put a young person at risk will be removed and may be passed to the police.",
            "Our junior gardeners' pictures appear only with written permission from a parent or carer.",
            "If a member appears to be in crisis, {mods} may contact them privately and point them to help.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "New members' first few posts are held for approval; please be patient.",
            "We are volunteers with jobs of our own, so {cs} posted at the weekend may wait until Monday.",
            "{Cs} sent after the office closes on Friday afternoon will be checked on Monday morning.",
            "Sending the same {c} twice will not make it appear any faster.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} relevant to the story they are posted under.",
            "Please post in the right section: scores under Results, lost property under Notices.",
            "Threads that drift into politics will be locked.",
            "The For Sale board is for fleece, yarn and equipment only, not household goods.",
            "Berth swaps and lift-out dates belong on the noticeboard, not in the general chat.",
        ),
    ),
    (
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Advertising, chain letters and repeated links to other sites will be deleted.",
            "Members may mention their own workshops or yarn once in the Events section, and not elsewhere.",
            "Do not promote cures, supplements or clinics; such posts are removed and the account banned.",
            "Holiday lets, boat sales and trades services should be advertised in the paper's classifieds.",
            "Spam accounts are deleted without notice.",
        ),
    ),
    (
        ("Names and accounts", "Usernames", "Who are you?", "Registration", "One account each"),
        (
            "Please use your real name; we do not publish anonymous {cs}.",
            "Each member may have one account, and sharing an account is not allowed.",
            "Usernames that are offensive or impersonate someone else will be changed or removed.",
            "Berth holders should register with the name and berth number on their licence.",
            "Pretending to be another person, a committee member or a medical professional will get you banned.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation", "Could my {c} get me in trouble?", "Contempt of court", "Libel"),
        (
            "Do not say anything about a person that you could not prove; you are responsible for what you write.",
            "Do not comment on court cases while they are under way, or name anyone the law protects.",
            "Posts that break Mauritian law or the Rodrigues Regional Assembly's by-laws will not be published.",
            "Under UK law we can be held liable for defamatory {cs}, so we remove anything we think is risky.",
            "Allegations about named people or town officials in Provincetown, Truro or Wellfleet will not run.",
        ),
    ),
    (
        ("Copyright", "Photos and patterns", "Other people's work", "Can I share a pattern?", "Images"),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not post copyrighted weaving drafts or knitting patterns; link to the designer instead.",
            "Do not copy whole articles from other papers; a short quote and a link is enough.",
            "By posting, you allow us to republish your {c} in print or online.",
            "Photographs of the garden may be shared, but please credit the volunteer who took them.",
        ),
    ),
    (
        ("Reporting", "Report a post", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it.",
            "Please report problems to {mods} rather than replying to them in the thread.",
            "Email the webmaster with a link to the post and a short note on what is wrong.",
            "Reports are anonymous and every one is read.",
            "Don't feed the trolls: report and move on.",
        ),
    ),
    (
        ("Our discretion", "The final word", "Editor's decision", "Committee decisions", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The committee reserves the right to remove posts or members at its discretion.",
            "We may close discussion on any story at any time.",
            "Disputes about these rules will be decided by the committee, not argued out on the board.",
        ),
    ),
    (
        ("Corrections and news tips", "Got a story?", "Spotted a mistake?", "Tips", "Tell us"),
        (
            "If we have got something wrong, email the newsroom and we will put it right.",
            "Please don't use the {cs} to report errors; contact the editor directly.",
            "Got a story from Rhossili, Llangennith or Port Eynon? Send it to the news desk.",
            "News tips from the Outer Cape are welcome by email or by phone.",
            "Letters for the print edition should include your name, address and a daytime phone number.",
        ),
    ),
    (
        ("Language", "Swearing", "Which language?", "Bad language", "Keep it clean"),
        (
            "No swearing, including with letters replaced by asterisks.",
            "{Cs} are welcome in English, French or Kreol Rodrig.",
            "You may post in Welsh or in English.",
            "Avoid writing in capitals; it reads as shouting.",
            "Please keep the language fit for a family bowling centre.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Members who break these rules will get one warning; a second offence leads to a ban.",
            "Serious breaches will lead to an immediate ban without warning.",
            "Banned members who rejoin under another name will be removed again.",
            "Repeated breaches may be raised at the next general meeting and could affect your berth.",
            "Three warnings in a season and your posting rights are withdrawn until the end of the season.",
        ),
    ),
    (
        ("Medical advice", "Not medical advice", "Is this medical advice?", "Safety", "Health information"),
        (
            "Nothing posted here is medical advice; always speak to your GP, ENT consultant or audiologist.",
            "Do not stop or change betahistine, diuretics or any other medication because of something read here.",
            "Sharing your own experience of vertigo and tinnitus is welcome; telling others what to take is not.",
            "Check tide tables and weather forecasts yourself; advice given on this board is not a substitute.",
            "Posts about dyes and mordants should include safety warnings where chemicals are involved.",
        ),
    ),
    (
        ("Volunteering", "Sign-up sheets", "Work parties", "Can I bring a friend?", "Garden tasks"),
        (
            "Please use the rota page to sign up for Tuesday and Saturday work parties.",
            "Volunteers must not take cuttings or produce from the glasshouses without the head gardener's say-so.",
            "Friends are welcome to join a work party, but please tell the organiser first.",
            "Lost tools should be reported here so that the committee can replace them.",
            "Posts about the garden's opening times must match the notice at the gate.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; a quarter never do, anywhere in their rules.
COMMENT_WORDS_302: tuple[tuple[str, str], ...] = (("comment", "comments"),) * 15 + (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as each kind of site names them.
MODERATORS_302: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the web team",
    "the forum admins",
    "the league secretary",
    "the harbour committee",
    "the newsroom",
)

# Opening lines printed before the items.
POLICY_INTROS_302: tuple[str, ...] = (
    "We welcome your comments, but please read these rules before posting.",
    "This forum is a friendly place for people living with Meniere's disease and those who care for them.",
    "By posting on this site you agree to the following.",
    "A few simple rules keep the board useful for all berth holders.",
    "Members are asked to follow these guidelines, agreed by the committee.",
    "Our house rules are short, and we ask everyone to keep to them.",
)

# Closing lines printed after the items.
POLICY_CLOSINGS_302: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the secretary.",
    "These rules may be changed by the committee at any time.",
    "Happy bowling!",
    "Thank you, and happy spinning.",
    "See you in the garden.",
)

# Titles printed over a policy.
POLICY_TITLES_302: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Noticeboard terms",
    "Posting rules",
    "Community guidelines",
    "Rules of the board",
)

# British spellings used in the sentences above and their American forms (a site may print either).
AMERICAN_302: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "licence": "license",
    "offence": "offense",
    "centre": "center",
    "fibre": "fiber",
    "behaviour": "behavior",
    "organiser": "organizer",
    "colour": "color",
}

# Shapes of list markers: each takes the item's number (1-based) and returns the marker with its spacing.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
MARKERS_302: tuple = (
    lambda n: f"{n}. ",
    lambda n: f"{n}) ",
    lambda n: f"({chr(96 + n)}) ",
    lambda n: f"{chr(96 + n)}. ",
    lambda n: f"{_ROMAN[n - 1]}. ",
    lambda n: f"({_ROMAN[n - 1]}) ",
    lambda n: "\u2022 ",
    lambda n: "- ",
    lambda n: "* ",
    lambda n: f"Rule {n}: ",
    lambda n: f"{n}.0 ",
    lambda n: f"\u00a7{n} ",
)

# Last-updated lines some sites print at the foot of their rules.
UPDATED_LINES_302: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Agreed at the AGM, November 2023.",
    "Revised by the committee, 12 January 2025.",
    "Updated April 2022.",
)

# Sign-offs some sites print after their rules.
SIGN_OFFS_302: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Hon. Secretary",
    "The Moderating Team",
    "Head Gardener, on behalf of the volunteers",
)

# Section lines some sites print above the items.
SECTION_LINES_302: tuple[str, ...] = (
    "Section 1: Using the forum",
    "Part A - General",
    "Please read before posting",
    "The rules",
)


def _cased(heading: str, how: str) -> str:
    """``heading`` in one of a site's heading cases: sentence, title or capitals."""
    if how == "title":
        return " ".join(word if word.isupper() else word[:1].upper() + word[1:] for word in heading.split(" "))
    if how == "capitals":
        return heading.upper()
    return heading


def _items_302(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send (a site that does not say "comment" prints no line that does) and
    who moderates it; how many kinds it prints (a few sites two to five, most six to sixteen), in table order or
    shuffled, and one to three sentences of each; whether it prints headings and in which case (sentence, title,
    capitals), and where they stand (an item of their own, bare or with a stop or colon, or run in before the first
    sentence after a colon, stop or dash); a list marker shape (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", section numbers) or none; and by chance a section line above the items, headings in bold asterisks, a
    last-updated line and a sign-off. Opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_302)
    moderators = rng.choice(MODERATORS_302)
    says_comment = singular == "comment"

    def allowed(texts: tuple[str, ...]) -> list[str]:
        return [text for text in texts if says_comment or "comment" not in text.lower()]

    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_302)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        keep = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[index] for index in keep]

    with_headings = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placing = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_302) if rng.random() < 0.6 else None
    emphasis = rng.random() < 0.15 and (marker is None or marker(1) != "* ")

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(SECTION_LINES_302), ""))
    for number, (headings, sentences) in enumerate(chosen, start=1):
        said = [fill(sentence) for sentence in rng.sample(allowed(sentences), rng.choice((1, 1, 2, 2, 3)))]
        prefix = marker(number) if marker else ""
        if not with_headings:
            items.append(("", prefix + said[0], *said[1:]))
            continue
        heading = _cased(fill(rng.choice(allowed(headings))), case)
        asks = heading.endswith("?")
        if emphasis:
            heading = f"**{heading}**"
        if placing.startswith("own"):
            stop = "" if asks or placing == "own" else ("." if placing == "own-stop" else ":")
            items.append((prefix + heading + stop, *said))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placing]
            if asks:
                joiner = " "
            items.append((prefix + heading + joiner + said[0], *said[1:]))
    if rng.random() < 0.15:
        items.append(("", rng.choice(UPDATED_LINES_302)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_302)))
    intros, closings, titles = allowed(POLICY_INTROS_302), allowed(POLICY_CLOSINGS_302), allowed(POLICY_TITLES_302)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_302)
