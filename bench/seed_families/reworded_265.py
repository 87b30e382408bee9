"""The ``reworded-265`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Norfolk Island news, Fife coastal papers, Nevada ranch weeklies, netball umpires' groups, gilbert and
sullivan societies, deaf parents' forums, custom-build housing groups, pier preservation trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind: (headings, sentences). Headings are stored in sentence case; sentences may hold {c} {cs} {C} {Cs}
# (the site's word for what readers send) and {mods} (who looks after the site), filled per site.
REWORDINGS_265: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play nicely", "Keep it friendly", "How should I talk to other members?", "Courtesy", "Manners"),
        (
            "Treat other readers as you would a neighbour at the post office counter in Burnt Pine.",
            "Disagree with the argument, never with the person making it.",
            "We are a small community and most of us will meet again on the green after rehearsal, so keep it kind.",
            "Sarcasm, sneering and pile-ons are not welcome here, however strongly you feel about the subject.",
            "Be patient with newer members; everyone was asking the obvious questions once.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Respect for everyone", "What counts as hate speech?", "Equality", "Abuse"),
        (
            "We will remove any {c} that attacks people for their race, religion, sex, sexuality, disability or age.",
            "Mocking deafness, signing or the way a child speaks will get you removed without a warning.",
            "Slurs are not allowed, even when quoted, even as a joke and even with letters starred out.",
            "Prejudice against incomers, travellers or any other group has no place on this page.",
            "Stirring up hatred is an offence in Scotland and we will pass anything of that kind to Police Scotland.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Other people's information",
            "Can I post a photo of someone?",
            "Keep it private",
        ),
        (
            "Do not publish anyone's address, phone number, email or car registration, including your own.",
            "Ask before you share a photograph of someone else, and never post pictures of other people's children.",
            "Plot addresses and planning reference numbers are fine; the names of neighbours who objected are not.",
            "What is said in a private message stays private; do not paste it into a public thread.",
            "Please do not name players, parents or umpires from a match report unless they have agreed to it.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting juniors", "What if I am worried about a child?"),
        (
            "Members under 18 may read the forum but must not be contacted privately by adult members.",
            "If you are worried about a young player's welfare, speak to the club welfare officer rather than posting.",
            "Anything that raises a safeguarding concern will be removed and passed to the right people.",
            "Our chorus includes young performers, so no rehearsal photos of under-16s go online without consent.",
            "If a child is in immediate danger, call 999 (000 on Norfolk Island, 911 in Nevada) before anything else.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Waiting for approval", "Pre-moderation", "Delays"),
        (
            "Every {c} is read by a person before it goes up, which can take a day or more.",
            "{Cs} sent in after the office closes on Friday may not appear until Monday morning.",
            "Moderation is done by volunteers with day jobs, rehearsals and lambing to fit in, so please be patient.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Posting the same thing twice will not make it appear any faster.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "What can I post about?", "Relevance"),
        (
            "Keep {cs} to the story or thread they sit under.",
            "This board is about umpiring: rule interpretations, assessments and awards, not team selection.",
            "Threads about the pier's restoration belong here; general seafront gripes belong on the council's page.",
            "Off-topic {cs} may be moved to the general chat section or removed.",
            "Please start a new thread rather than taking over somebody else's question.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "No advertising, unless it is in the classifieds section and follows its rules.",
            "Builders, architects and plot agents may not promote their services in threads; use the directory.",
            "Hay, horses, trailers and tack for sale go in the weekly classifieds, not under a news story.",
            "Links posted only to drive traffic to another site will be removed and the account closed.",
            "Ticket touting for our own productions is not allowed; tickets are sold through the box office only.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Real names", "Usernames", "Do I have to use my real name?", "One account each"),
        (
            "Please post under your own name; on an island this size, people will know anyway.",
            "One account per person; duplicate accounts will be merged or closed.",
            "Do not pretend to be another member, an umpire, an officer of the society or a member of staff.",
            "Keep your password to yourself; you are responsible for everything posted from your account.",
            "Usernames must not be offensive or include a business name or website address.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Could a post get me into trouble?", "Contempt of court"),
        (
            "You are legally responsible for what you write, and defamation law applies online as it does in print.",
            "Do not comment on court cases that are still going on; Scottish contempt rules are strict.",
            "Accusing a named person of a crime, or of dishonesty, could land both you and us in court.",
            "Do not discuss grazing permit disputes or water rights cases that are before the courts.",
            "We will co-operate with the police and the courts if we are lawfully asked for information.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and music", "Can I share a news article?", "Sharing content"),
        (
            "Only post photographs, drawings and plans that you own or have permission to use.",
            "Share a link and a short quote rather than copying a whole article from another paper.",
            "Vocal scores and band parts are still under copyright in some editions, so please do not upload them.",
            "Architects' drawings belong to the architect; ask before you post them.",
            "By posting, you let us show your {c} on this site and in the printed edition.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report a post", "How do I report something?", "Seen something wrong?", "Flagging"),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "If you see something that worries you, email the {mods} rather than replying in the thread.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "Please do not reply to spam or abuse, as that only keeps it at the top of the page.",
            "We read every report, but we do not always write back to say what we did.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Final say", "Editor's discretion", "Who decides?", "The committee's discretion"),
        (
            "The {mods} may edit, hold back or remove any {c} without giving a reason.",
            "The committee's decision on what stays up is final.",
            "Publishing a {c} does not mean the trust or its trustees agree with it.",
            "These rules may change; the version on this page is the one that applies.",
            "We would rather explain a decision than argue about it in public, so please email us.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Tips and corrections", "Have we got something wrong?", "News tips"),
        (
            "If we have got a fact wrong, tell the newsroom by email and we will put it right in the next edition.",
            "Story ideas, photos from the harbour and results from the show are always welcome at the office.",
            "Please do not leave corrections as {cs} under the story; email the editor so they can be checked.",
            "Letters for the printed paper must include a name and address, though we need not print the address.",
            "Tips about cattle on the roads, ship days and power outages can be sent straight to the news desk.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Which languages can I use?", "Plain English"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Posts in Norf'k are welcome alongside English, but please add a translation where you can.",
            "Videos in BSL, ASL or Auslan are welcome; captions help members who do not yet sign.",
            "Please do not write in capitals; it reads as shouting.",
            "Keep jargon to a minimum, as not everyone knows what a C award or a warranty deed is.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspensions", "Three strikes"),
        (
            "A first breach will usually get a warning by private message.",
            "Repeated breaches will lead to a suspension and then a permanent ban.",
            "Serious abuse, threats or anything illegal will lead to an immediate ban.",
            "Anyone banned who comes back under a new name will be banned again without notice.",
            "If you think a ban is unfair, write to the secretary, who will put it before the next committee meeting.",
        ),
    ),
    (  # safety or medical advice
        ("Advice", "Medical questions", "Is advice here reliable?", "Professional advice", "Safety"),
        (
            "Members share experience, not medical advice; talk to your audiologist or GP about your child's hearing.",
            "Nothing on this forum replaces a structural engineer, building control or your own solicitor.",
            "Please do not post advice about fishing or swimming from the pier; it is closed beyond the barrier.",
            "Advice on rule interpretations is given in good faith, but the official rules and your assessor decide.",
            "Check any veterinary or range-fire advice with a professional before acting on it.",
        ),
    ),
    (  # umpires and officials, for netball and show sites
        ("Respect officials", "Criticising umpires", "Can I discuss a decision?", "Match officials"),
        (
            "Discuss decisions by all means, but do not name and criticise individual umpires.",
            "Footage of a match may be used for learning, with the umpires' names and faces taken out.",
            "Remember that most umpires are volunteers, and many of them are teenagers.",
            "Complaints about an official belong with the association, not on this board.",
            "Show judges' decisions are final and will not be argued in the {cs} here.",
        ),
    ),
    (  # fundraising and volunteering, for trusts and societies
        ("Fundraising", "Appeals and collections", "Can I collect money here?", "Volunteering"),
        (
            "Only official appeals approved by the trustees may be promoted on this page.",
            "Please do not set up your own collection for the pier without speaking to the trust first.",
            "Offers of help with painting the railings or stewarding are very welcome; email the volunteer lead.",
            "Raffles and sweepstakes must follow the gambling rules and be agreed with the treasurer.",
            "Questions about where donations go should be sent to the treasurer rather than argued out in public.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most say "comment"; about a quarter never do.
COMMENT_WORDS_265: tuple[tuple[str, str], ...] = (("comment", "comments"),) * 9 + (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as its rules name them.
MODERATORS_265: tuple[str, ...] = (
    "moderators",
    "editor",
    "editorial team",
    "committee",
    "trustees",
    "admins",
    "forum team",
    "news desk",
    "webmaster",
    "board volunteers",
)

# Opening lines a site prints before its rules (used by _furnish).
POLICY_INTROS_265: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We want this to be a friendly place for everyone, so we ask all members to follow a few simple rules.",
    "Our readers' views are welcome, within the rules below.",
    "The society's noticeboard is open to all members and friends, on these terms.",
    "By joining the forum you agree to the following.",
    "Thank you for taking part; here is what we ask of you.",
    "These house rules apply to everything posted on this site and our social media pages.",
)

# Closing lines a site prints after its rules (used by _furnish).
POLICY_CLOSINGS_265: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "Questions about these rules can be sent to the editor.",
    "If in doubt, leave it out.",
    "We reserve the right to amend these rules at any time.",
    "Happy posting, and see you at the next rehearsal.",
    "Any problems, contact the committee through the society's website.",
)

# Titles a site prints over its rules (used by _furnish).
POLICY_TITLES_265: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Readers' letters and online comments",
    "Group rules",
    "Members' forum code of conduct",
)

# British spellings in the sentences above -> American; a site may print either.
AMERICAN_265: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "criticise": "criticize",
    "organisation": "organization",
    "travellers": "travelers",
    "behaviour": "behavior",
    "programme": "program",
    "co-operate": "cooperate",
    "colour": "color",
    "favour": "favor",
}

# Words kept in lower case when a heading is printed in title case.
SMALL_WORDS_265: frozenset[str] = frozenset(("a", "an", "and", "the", "of", "or", "to", "for", "in", "on", "my", "if"))

# Roman numerals for list markers (sites rarely run past sixteen items).
ROMANS_265: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii", "xix", "xx",
)  # fmt: skip

# List-marker shapes: each turns an item's position (from 1) into the marker printed before it.
MARKERS_265: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(96 + n)}.",
    lambda n: f"{ROMANS_265[n - 1]}.",
    lambda n: f"({ROMANS_265[n - 1]})",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"{n}.0",
    lambda n: f"\u00a7{n}",
    lambda n: f"{n} \u2013",
)

# Printing habits: a last-updated line, a section line, a sign-off.
UPDATED_LINES_265: tuple[str, ...] = (
    "Last updated: March 2025",
    "Updated 14 January 2026.",
    "Revised by the committee, AGM 2025.",
    "These rules were last reviewed in September.",
    "Version 3 (approved by the trustees).",
)
SECTION_LINES_265: tuple[str, ...] = (
    "Section 2: Using the forum",
    "Part B \u2013 Online comments",
    "Members' area",
    "About this site",
    "Terms of use, continued",
)
SIGN_OFFS_265: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Signed on behalf of the trustees, Hon. Secretary",
    "Admin team",
    "Thanks, the mods",
)


def _heading_case_265(heading: str, case: str) -> str:
    """A stored heading in the site's case: as stored, title case or capitals."""
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in SMALL_WORDS_265 else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "capitals":
        return heading.upper()
    return heading


def _items_265(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send and who moderates; how many kinds it prints (a few sites two to
    five, most six to sixteen), in table order or shuffled; one to three sentences an item; its heading case
    (sentence, title, capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop
    or colon, or run in before the first sentence after a colon, stop or dash); an emphasis style for headings; a
    list-marker shape or none; and by chance a section line before the items, a last-updated line and a sign-off
    after them. The opening, closing and title lines, American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_265)
    moderators = rng.choice(MODERATORS_265)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(REWORDINGS_265, count)
    if rng.random() < 0.5:
        kinds.sort(key=REWORDINGS_265.index)

    headed = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*"))
    marker = rng.choice(MARKERS_265) if rng.random() < 0.55 else None
    max_sentences = rng.choice((1, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append((rng.choice(SECTION_LINES_265), ""))
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, max_sentences))]
        heading = _heading_case_265(rng.choice(headings), case) if headed else ""
        if heading and emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        prefix = marker(number) if marker else ""
        if not heading:
            first = f"{prefix} {chosen[0]}" if prefix else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        heading = f"{prefix} {heading}" if prefix else heading
        question = heading.rstrip("*").endswith("?")
        if placement == "own":
            items.append((heading, *chosen))
        elif placement in ("own-stop", "own-colon"):
            stop = "" if question else ("." if placement == "own-stop" else ":")
            items.append((heading + stop, *chosen))
        else:
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if question:
                joint = " "
            elif joint == ": " and prefix.endswith(":"):
                joint = ". "  # "Rule 3: Be civil. Treat ..." rather than two colons
            items.append(("", heading + joint + chosen[0], *chosen[1:]))
    if rng.random() < 0.15:
        items.append(("", rng.choice(UPDATED_LINES_265)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_265)))
    return _furnish(items, rng, POLICY_INTROS_265, POLICY_CLOSINGS_265, POLICY_TITLES_265, AMERICAN_265)
