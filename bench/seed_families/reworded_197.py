"""The ``reworded-197`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands and Niue English news, Isle of Man papers, Montana ranch-town weeklies, rowing clubs,
stamp-collecting societies, lupus support forums, retirement-village residents, heritage-orchard volunteers.

Written blind: from how such sites word and print their posting rules, not from the cleaner's code, docs or
reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (without their stop) and sentence choices, with ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``
#: for the site's word for what readers send. Written in British spelling; ``AMERICAN_197`` gives the other.
REWORDINGS_197 = (
    (  # civility
        (
            "Be courteous",
            "Respect your fellow members",
            "Keep it neighbourly",
            "Play fair",
            "Why does tone matter?",
            "Treat others as you would at the club",
        ),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Treat other members as you would across the table at a society meeting.",
            "Sarcasm, name-calling and belittling other readers have no place in our {cs}.",
            "Criticise ideas rather than the people who hold them.",
            "Many of our members live with a long-term illness, so please be kind and patient with one another.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance for discrimination",
            "Everyone is welcome",
            "Racism and bigotry",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack people because of their race, religion, gender, sexuality, age or disability will be "
            "removed.",
            "Slurs against Pacific Islanders, migrants or any other group will not be published.",
            "We do not accept abuse aimed at anyone's ethnicity, faith or nationality, including jokes at their "
            "expense.",
            "Stirring up hatred may be a criminal offence as well as a breach of these rules.",
            "Hateful {cs} will be deleted and the account behind them closed without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Other people's privacy",
            "Can I share someone's address?",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, whether your own or anyone else's.",
            "Please do not name other residents or describe their health or care arrangements.",
            "What members share about their diagnosis and treatment stays on this forum and must not be copied "
            "elsewhere.",
            "Photos of other people, including fellow volunteers at orchard days, may only be posted with their "
            "permission.",
            "Never share a member's address, membership number or payment details in an open {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young and vulnerable people",
            "Junior members",
            "Looking after each other",
            "What if I'm worried about someone?",
        ),
        (
            "Do not post photos of junior rowers or name them without a parent's consent.",
            "If you are concerned about the welfare of a child or vulnerable adult, contact the club's welfare "
            "officer rather than posting about it.",
            "If a member seems to be in crisis, please let the moderators know straight away so we can reach out "
            "privately.",
            "{Cs} that could identify a child involved in a court case or a care matter will not be published.",
            "If you or someone you know is in immediate danger, call the emergency services rather than posting here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "All {cs} are checked",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a moderator before it is published, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not appear until the "
            "next working day.",
            "Our newsroom is small, so please allow a few hours for your {c} to be approved.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Sending the same {c} twice will not speed things up and may cause both to be held.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place?",
            "Off-topic threads",
        ),
        (
            "Please keep your {cs} relevant to the story above.",
            "Questions about membership, outing times or boat bookings should go to the club secretary, not this page.",
            "Threads that drift away from stamps and postal history may be moved or locked.",
            "General chat belongs in the Coffee Room section, not in the support threads.",
            "Complaints about your own unit or the village fees should be raised with management, not on the "
            "residents' board.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Buying, selling and swapping",
            "Spam",
            "Commercial posts",
            "Can I sell stamps here?",
            "Links",
        ),
        (
            "{Cs} advertising goods, services or websites will be removed.",
            "Sales and swaps belong in the Members' Exchange section only, and dealers must say that they are trading.",
            "Please do not promote supplements, diets or so-called cures, however well meant.",
            "Links to outside websites may hold your {c} back for review.",
            "Selling hay, horses or machinery? Contact our classifieds desk instead.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Your account",
            "Registration",
            "Who can post?",
        ),
        (
            "{Cs} must carry your full name; anonymous {cs} will not be published.",
            "Each member may hold only one account, and accounts may not be shared between members of a household.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "Posting is open to paid-up members of the society; your membership number is checked when you register.",
            "Usernames that are offensive, or that look like someone else's real name, will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Defamation",
            "Contempt of court",
            "Stay within the law",
            "Could I be sued?",
            "Court cases",
        ),
        (
            "Do not accuse named people of crimes or wrongdoing that have not been proved in court.",
            "Once someone has been charged, {cs} about the case risk contempt of court and will not be published "
            "until it is over.",
            "Isle of Man law applies to everything published on this site, and you are responsible for what you write.",
            "Defamatory {cs} can expose both you and the publisher to legal action.",
            "We may be required to hand over your details if a court orders us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Pictures and scans",
            "Other people's work",
            "Can I post a photo?",
            "Quoting",
        ),
        (
            "Only upload photographs and scans that you took yourself or have permission to use.",
            "Do not paste whole articles from other newspapers; a short quote and a link is enough.",
            "Catalogue numbers may be quoted, but scans of catalogue pages may not.",
            "By sending us a {c}, you allow us to publish it in print as well as online.",
            "Material that breaches someone else's copyright will be taken down.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Reporting",
            "Flagging",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not answer abusive {cs}; report them and let the moderators deal with them.",
            "You can also email the moderators, and we will look at your report as soon as we can.",
            "Reports are confidential, and the member reported will not be told who made them.",
            "A reported {c} is hidden until a moderator has checked it.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Right to remove",
            "The editor's call",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, shorten or remove any {c} without explanation.",
            "The editor's decision on whether to publish a {c} is final.",
            "Publishing a {c} does not mean that we agree with it.",
            "The committee may close a thread at any time if the discussion stops being useful.",
            "We cannot enter into correspondence about individual moderation decisions.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If we have got something wrong in a story, please email the newsroom rather than leaving a {c}.",
            "Corrections and complaints are dealt with by the editor, not in the {cs} below.",
            "Have a story from your village or island? Get in touch with our reporters.",
            "Spotted a wrong date or variety name on the orchard list? Tell the coordinator and we will fix it.",
            "Tips about what is happening around the county are welcome by phone or at the front counter.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Swearing",
            "Which languages can I use?",
        ),
        (
            "Swearing, crude language and masked profanity will get your {c} removed.",
            "{Cs} in Cook Islands M\u0101ori or Vagahau Niue are welcome, but please add a short English summary so "
            "all readers can follow.",
            "Please write in plain English and avoid text-speak.",
            "Typing in capitals reads as shouting; please don't.",
            "This is a family paper, and our readers range from schoolchildren to great-grandparents.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Consequences",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Anyone banned who returns under a new name will be removed again without notice.",
            "Repeated breaches will be reported to the committee, who may review your membership of the society.",
            "Moderators may put an account on pre-approval for a period after a warning.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Advice disclaimer",
            "Should I follow advice from here?",
        ),
        (
            "Nothing posted here is medical advice; always talk to your rheumatologist before changing or stopping "
            "any medication.",
            "Members share their own experience only, and what worked for one person with lupus may not suit another.",
            "Advice about river conditions or boat safety in these {cs} does not replace the club's safety officer.",
            "Pruning and ladder work at orchard days must follow the safety briefing, whatever is said in these {cs}.",
            "The views in {cs} are those of the members who wrote them, not of the association.",
        ),
    ),
)


#: Each site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_197 = (
    *(("comment", "comments"),) * 15,
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


#: Titles some sites print above such a policy (those with "Comment" only on sites that say it).
POLICY_TITLES_197 = (
    "Comment Policy",
    "Commenting guidelines",
    "{C} guidelines",
    "House Rules",
    "Forum Rules",
    "Community Guidelines",
    "Rules for posting",
    "Noticeboard rules",
    "Before you post",
    "Terms of participation",
    "Members' forum etiquette",
)


POLICY_INTROS_197 = (
    "Kia orana, and welcome. Please read these rules before you post.",
    "Fakaalofa lahi atu. We welcome your {cs} on our stories, within the guidelines below.",
    "By sending a {c} you agree to abide by the following rules.",
    "These guidelines were agreed by the residents' committee and apply to everyone using the board.",
    "The society's forum is a friendly place, and we'd like it to stay that way.",
    "Before you post, please take a minute to read the following.",
)


POLICY_CLOSINGS_197 = (
    "Meitaki maata for keeping the conversation respectful.",
    "Fakaaue lahi for your {cs}.",
    "Thank you, and happy rowing.",
    "These rules may be changed by the committee at any time.",
    "Questions about these guidelines? Email the moderators.",
    "Thanks for your help, and see you at the next orchard day.",
    "Thanks for being good neighbours.",
    "Last updated: 14 March 2025.",
)


#: The marker shapes a site prints before its items (drawn once a site; "none" for no marker).
SHAPES_197 = (
    "1.",
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "Rule 1:",
    "Rule 1 -",
    "#1",
    "clause",
    "\u2022",
    "-",
    "*",
    "word",
    "none",
    "none",
    "none",
)


#: Bullets some sites print before each sentence under a heading on its own line (a Word paste among them).
SUB_BULLETS_197 = ("-", "\u2022", "\u00b7", "o", "\u2013")


#: Words kept capitalised when a heading is put in sentence case.
PROPER_197 = {"I", "I'm", "Man", "Isle", "Niue", "Manx"}


#: Small words left in lower case when a heading is put in title case.
SMALL_197 = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


#: British spellings above and their American forms.
AMERICAN_197 = {
    "neighbourly": "neighborly",
    "neighbours": "neighbors",
    "criticise": "criticize",
    "offence": "offense",
    "catalogue": "catalog",
}


def _case(text: str, how: str) -> str:
    words = text.split(" ")
    if how == "upper":
        return text.upper()
    if how == "title":
        return " ".join(w if (i and w in SMALL_197) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if how == "sentence":
        kept = [w if (w in PROPER_197 or w.rstrip("?") in PROPER_197) else w.lower() for w in words]
        return " ".join(kept)[:1].upper() + " ".join(kept)[1:]
    return text


def _roman(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _marker(shape: str, n: int, section: int) -> str:
    if shape == "none":
        return ""
    if shape == "clause":
        return f"{section}.{n}"
    if shape == "word":  # a list pasted from a word processor: its bullet glyph and a run of spaces
        return "\u00b7  "
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 -": f"Rule {n} -",
        "#1": f"#{n}",
    }.get(shape, shape)


def _items_197(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-197 policy. Draws: the site's word for what readers send (a quarter never say "comment"); two to
    five items (0.25) or six to all sixteen, in the table's order (0.4) or drawn; per item a heading and one to
    three of its sentences (at most one, two or three a site); headings in one case a site (as written, title,
    sentence or capitals), on their own part (with a stop, a colon or nothing after them), run in before a colon,
    stop, dash or em dash, in Markdown bold, or none (0.12 more); on some sites a question heading on its own part
    whatever the site's placing (0.3); a marker shape a site (numbers, letters, Roman numerals, "Rule N", "#N",
    clause numbers, bullets, a word processor's pasted bullet, or none) on the item's first part; on some sites
    with headings on their own part a bullet before each sentence (0.25); then opening, closing and title lines by
    ``_furnish``."""
    one, many = rng.choice(WORDS_197)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_197))
    if rng.random() < 0.4:
        chosen = [REWORDINGS_197[i] for i in sorted(rng.sample(range(len(REWORDINGS_197)), count))]
    else:
        chosen = rng.sample(REWORDINGS_197, count)
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    placing = rng.choice(("own", "own", "own", "colon", "stop", "dash", "emdash", "bold", "none"))
    if rng.random() < 0.12:
        placing = "none"
    own_stop = rng.choice(("", "", ".", ":"))
    asked_apart = rng.random() < 0.3  # an FAQ-like site prints its questions on a line of their own
    shape = rng.choice(SHAPES_197)
    section = rng.randint(2, 12)
    sub = rng.choice(SUB_BULLETS_197) if rng.random() < 0.25 else ""
    most = rng.choice((1, 1, 2, 2, 3))
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = _case(rng.choice(headings).format(**words), case)
        said = [s.format(**words) for s in rng.sample(sentences, rng.randint(1, most))]
        apart = placing == "own" or (asked_apart and placing != "none" and heading.endswith("?"))
        if placing == "none":
            parts = ["", *said]
        elif apart:
            if sub:
                said = [f"{sub} {s}" for s in said]
            parts = [heading if heading.endswith("?") else heading + own_stop, *said]
        elif placing == "bold":
            parts = ["", f"**{heading}** {said[0]}", *said[1:]]
        else:
            joint = {"colon": ": ", "stop": ". ", "dash": " - ", "emdash": " \u2014 "}[placing]
            parts = ["", heading + (" " if heading.endswith("?") else joint) + said[0], *said[1:]]
        mark = _marker(shape, n, section)
        first = 0 if apart else 1
        if mark:
            parts[first] = f"{mark} {parts[first]}"
        items.append(tuple(parts))
    titles = tuple(t.format(**words) for t in POLICY_TITLES_197 if one == "comment" or "Comment" not in t)
    intros = tuple(t.format(**words) for t in POLICY_INTROS_197)
    closings = tuple(t.format(**words) for t in POLICY_CLOSINGS_197)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_197)
