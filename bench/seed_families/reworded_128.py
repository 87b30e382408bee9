"""The ``reworded-128`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kenyan and Rwandan English-language news, Anglesey and Gwynedd papers, Texas Hill Country weeklies,
roller-derby leagues, community choirs, friends-of-the-park groups, coeliac support boards, vintage-bus preservation
groups.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, docs or
reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without a stop; the first is the one a bilingual site pairs with its
#: Welsh heading) and sentence choices (a site prints one to three of them). ``{c}``/``{cs}`` (``{C}``/``{Cs}``
#: capitalised) stand for the site's word for what readers send. Written in British spelling; a document may
#: print it in American spelling (``AMERICAN_128``).
REWORDINGS_128 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Play nice",
            "Keep it neighbourly",
            "Why be civil?",
            "Treat others as you'd want to be treated",
        ),
        (
            "Disagree with the idea, not with the person who wrote it.",
            "Personal attacks, name-calling and sneering at other members will be removed without warning.",
            "Y'all can disagree without being disagreeable.",
            "Write every {c} as though you were saying it face to face, because one day you may well be.",
            "Robust debate is welcome here; bullying and belittling other readers are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hate has no home here",
            "Zero tolerance for tribalism",
            "What counts as hate speech?",
            "Discrimination",
            "No bigotry",
        ),
        (
            "{Cs} that attack people for their tribe, ethnicity, religion, gender, disability or sexuality will be "
            "deleted.",
            "Inciting hatred or violence against any community is a criminal offence and will be reported to the "
            "authorities.",
            "Do not use language that revives the divisions of the past or stirs up ethnic hostility.",
            "Racist, sexist, homophobic and transphobic remarks have no place in our league or on this forum.",
            "We do not tolerate jokes at the expense of anyone's race, faith, body or background.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep private things private",
            "Can I share someone's details?",
            "Privacy and photos",
        ),
        (
            "Do not post anyone's phone number, home address, email or M-Pesa details, including your own.",
            "Skaters' legal names must never be shared without their permission; use derby names only.",
            "Please do not post photographs of identifiable people without their consent.",
            "What is said in the members' area stays in the members' area.",
            "Never publish private messages or screenshots of conversations without the agreement of everyone in them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Children and vulnerable adults",
            "Who do I tell if I'm worried about a child?",
            "Junior members",
            "Keeping young people safe",
        ),
        (
            "Do not name or post pictures of children without written consent from a parent or guardian.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and passed to our safeguarding "
            "officer.",
            "If you are worried about a young person's safety, contact our designated safeguarding lead rather than "
            "posting about it.",
            "Never identify the victim of a sexual offence, even by hinting at where they live or work.",
            "Photos of junior skaters are only shared on the league's official pages, with a guardian's permission.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "How we moderate",
            "Please be patient",
            "Moderation times",
        ),
        (
            "All {cs} are read by a moderator before they are published, so there may be a delay.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not appear until the "
            "next working day.",
            "{Cs} from new members are held for approval until they have made five {cs}.",
            "During elections and other busy periods, {cs} may take longer to be approved.",
            "If your {c} has not appeared after 48 hours, it has probably broken one of these rules.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Right board, right thread",
            "Is my {c} on topic?",
            "Off-topic {cs}",
            "Stick to the subject",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "Use the right section: product news in Products, recipes in Recipes and everything else in General Chat.",
            "Off-topic {cs} may be moved or removed at the moderators' discretion.",
            "Questions about rehearsals, music and concert dates belong in the relevant thread.",
            "Threads that wander too far from buses, coaches and their history will be locked.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and advertising",
            "Can I advertise my business?",
            "No self-promotion",
            "For sale and wanted",
        ),
        (
            "Commercial advertising is not allowed; private sales of parts and memorabilia belong in the For Sale "
            "and Wanted board.",
            'Do not post links to products, supplements or "cures" you are being paid to promote.',
            "Chain letters, pyramid schemes and get-rich-quick offers will be deleted on sight.",
            "Spam, and the same {c} pasted into several threads, will be removed and the account closed.",
            "Businesses wishing to advertise should contact our advertising team instead.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "Your account",
            "Who are you?",
            "One person, one account",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "Please register with your real name; anonymous {cs} will not be published.",
            "Derby names are welcome as usernames, but please give your league in your profile.",
            "Each member may hold only one account; duplicate accounts will be merged or closed.",
            "Usernames that impersonate another person, a club official or a member of staff will be removed.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Stay within the law",
            "Defamation and contempt",
            "Could I be sued?",
            "Legal matters",
            "Court cases",
        ),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",
            "Do not discuss the details of court cases that are still under way; this can amount to contempt of court.",
            "{Cs} that breach the Computer Misuse and Cybercrimes Act will be handed to the relevant authorities.",
            "You may be held personally liable for anything defamatory that you write.",
            "We follow the Editors' Code of Practice and will remove anything that breaches it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Whose photo is it?",
            "Photos and copyright",
            "Don't copy and paste",
            "Can I share a photo I found online?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "Please do not paste whole articles from other websites; a short quote and a link will do.",
            "Pictures from the society's archive may not be reproduced elsewhere without the archivist's permission.",
            "Recordings of our concerts belong to the choir and must not be uploaded elsewhere.",
            "By posting you grant us a licence to publish your {c} in print and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell the moderators",
        ),
        (
            "Use the Report button beneath any {c} that you think breaks these rules.",
            "If you spot something that worries you, message a moderator rather than replying to it.",
            "Reports are anonymous, and every one is read by a member of the team.",
            "Please do not argue with rule-breakers in public; flag the {c} and move on.",
            "To complain about a {c}, email the editor with the headline of the story and the name of the poster.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Who decides?",
            "Moderators' discretion",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision is final and will not be discussed on the open forum.",
            "Publication of a {c} does not mean that the paper agrees with it.",
            "We may close {cs} on any story at any time, particularly court reports and stories involving children.",
            "The committee may amend these rules at any time; the latest version is always pinned at the top of "
            "this board.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, please email the newsdesk rather than writing a {c}.",
            "Send news tips, photos and videos to our WhatsApp line; we do not take them through the {cs}.",
            "Corrections are published promptly and noted at the foot of the article.",
            "Complaints about our journalism are dealt with under our published complaints procedure.",
            "Have a story from the Hill Country? Call the newsroom or drop by the office.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which language?",
            "No swearing",
            "Write clearly",
            "Keep it clean",
        ),
        (
            "{Cs} are welcome in Welsh or in English.",
            "Swearing, including disguised swear words with letters swapped for symbols, is not allowed.",
            "Please write in English or Kiswahili so that our moderators can read your {c}.",
            "Typing in capital letters is the same as shouting, so please don't.",
            "Keep it family-friendly: many of our members are young skaters and their parents.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "We operate a three-strikes policy, but serious breaches will lead to an immediate ban.",
            "Banned members who return under a new name will be removed again without notice.",
            "Repeated breaches may be reported to the league's conduct committee as well as the forum team.",
            "Accounts that persistently post abuse will be blocked and their {cs} deleted.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Your safety",
            "Safety and advice",
            "Is this advice?",
            "Stay safe",
            "Health and safety",
        ),
        (
            "Nothing on this board is medical advice; always speak to your GP or dietitian before changing your diet.",
            "Please don't diagnose other members; encourage them to get tested before they cut out gluten.",
            "If you find a hazard in the park, such as broken glass or a fallen branch, report it to the council "
            "first.",
            "Never climb onto or into a preserved vehicle at a rally without the owner's permission.",
            "In an emergency, call 999 or 112 before posting anything online.",
        ),
    ),
    (  # misinformation
        (
            "Misinformation",
            "Check before you share",
            "Fake news",
            "Is it true?",
            "Rumours",
        ),
        (
            "Do not post rumours, unverified claims or doctored images as fact.",
            "{Cs} spreading false information about elections, health or public safety will be removed.",
            "Product recalls should link to the manufacturer or the Food Standards Agency, not to a screenshot.",
            "If you are not sure a claim is true, say so, or don't share it.",
            "Please give a source for figures and claims, especially about public money and the county government.",
        ),
    ),
)

#: The Welsh heading a bilingual Anglesey or Gwynedd site prints beside each kind's first heading.
WELSH_128 = (
    "Byddwch yn garedig",
    "Dim iaith casineb",
    "Parchwch breifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadwch at y pwnc",
    "Dim hysbysebu",
    "Enwau go iawn",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Mae ein penderfyniad yn derfynol",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion a gwaharddiadau",
    "Nid cyngor meddygol",
    "Camwybodaeth",
)

#: Titles, opening and closing lines such sites print with their rules (placeholders as in the table).
POLICY_TITLES_128 = (
    "House rules",
    "Community Guidelines",
    "{C} policy",
    "Forum rules",
    "Group Rules",
    "Code of Conduct",
    "Posting guidelines",
    "Before you post",
    "Rheolau'r fforwm / Forum rules",
    "Sound Off guidelines",
    "Board rules and etiquette",
    "Reader {cs}: the rules",
    "Our rules:",
)

POLICY_INTROS_128 = (
    "Karibu! We welcome your {cs}, provided they follow the rules below.",
    "Please read these rules before you post; by posting you agree to them.",
    "This forum is run by volunteers, and these rules help keep it a friendly place.",
    "Croeso! You are welcome to take part in Welsh or in English.",
    "We want this to be a space where everyone feels welcome, from fresh meat to veterans.",
    "Our {cs} section is a place for readers to share their views on the news.",
)

POLICY_CLOSINGS_128 = (
    "Thank you for keeping the conversation respectful.",
    "Murakoze for reading and sharing your views.",
    "Diolch yn fawr / Thank you.",
    "These rules were last updated in March 2025.",
    "Questions about these rules? Contact the moderators through the Contact Us page.",
    "Skate safe, and see you at the next bout!",
    "Happy singing!",
    "See you at the next running day.",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_128 = {
    "neighbourly": "neighborly",
    "offence": "offense",
    "licence": "license",
    "rumours": "rumors",
}

#: A site's word for what readers send: "comment" for most, another word for a quarter of them.
WORDS_128 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with", "y", "yr"}
_BULLETS = ("\u2022", "-", "*", "\u2013", "\u25ba", "\u25aa", "\u2714", "\U0001f449", "o")
_NUMBERED = ("{n}.", "{n}.", "{n})", "({n})", "{n} -", "Rule {n}:", "Rule #{n} \u2013", "{n}/")
_LETTERED = ("{a}.", "{a})", "({a})", "{A}.", "{A})")
_ROMAN = ("{r}.", "({r})", "{R}.", "{r})")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_maker(rng: random.Random, count: int):
    """The site's way of marking its items: a function of the item's place (from 1) giving the marker, or None."""
    draw = rng.random()
    if draw < 0.3:
        return None
    if draw < 0.6:
        shape = rng.choice(_NUMBERED)
        return lambda n: shape.format(n=n)
    if draw < 0.8:
        bullet = rng.choice(_BULLETS)
        return lambda n: bullet
    if draw < 0.87:
        shape = rng.choice(_LETTERED)
        return lambda n: shape.format(a="abcdefghijklmnopqrstuvwxyz"[n - 1], A="ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1])
    if draw < 0.93:
        shape = rng.choice(_ROMAN)
        return lambda n: shape.format(r=_roman(n), R=_roman(n).upper())
    if count <= 10:  # keycap emoji, as group rules on social sites print them
        return lambda n: "\U0001f51f" if n == 10 else f"{n}\ufe0f\u20e3"
    return lambda n: f"{n}."


def _items_128(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-128 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in order: the site's word for what readers send ("comment", or another for a quarter of sites, which
    then print nothing that says "comment"); how many items (two to four with probability 0.25, else five to all
    seventeen kinds) and whether in the table's order (0.4) or drawn; how many sentences an item may have (one to
    three); the heading's case (as written, title case, capitals); no headings at all (0.15); whether the heading
    is a part of its own (with a stop, a colon or nothing) or run in before the first sentence (after a colon, a
    stop or a dash); Welsh headings beside the English (0.12); headings in forum bold markup (0.1); sentences as
    sub-bullets under a heading of their own (0.12); the items' markers; then per item its kind, heading (none with
    probability 0.08) and sentences; and the title, opening and closing lines by :func:`_furnish`."""
    word = rng.choice(WORDS_128) if rng.random() < 0.25 else ("comment", "comments")
    plain = word[0] != "comment"

    def fill(texts: tuple[str, ...]) -> list[str]:
        filled = [text.format(c=word[0], cs=word[1], C=word[0].capitalize(), Cs=word[1].capitalize()) for text in texts]
        return [text for text in filled if not (plain and _says_comment(text))]

    kinds = len(REWORDINGS_128)
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, kinds)
    chosen = rng.sample(range(kinds), count)
    if rng.random() < 0.4:
        chosen.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    case = rng.choice(("as written", "as written", "title", "title", "capitals"))
    bare = rng.random() < 0.15
    own_part = rng.random() < 0.55
    stop = (
        rng.choice((".", ":", ":", "", ""))
        if own_part
        else rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    )
    welsh = rng.random() < 0.12
    welsh_join = rng.choice((" / ", " | "))
    bold = rng.choice(("[b]{}[/b]", "**{}**")) if rng.random() < 0.1 else "{}"
    sub_bullet = rng.choice(("-", "\u2022", "\u2013", "\u25e6")) if own_part and rng.random() < 0.12 else ""
    marker = _marker_maker(rng, count)
    tight = marker is not None and rng.random() < 0.05  # "1.Be kind", as some scraped boards print it

    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_128[kind]
        heading = ""
        if not bare and rng.random() >= 0.08:
            heading = fill(headings[:1])[0] if welsh else rng.choice(fill(headings))
            if welsh:
                heading = WELSH_128[kind] + welsh_join + heading
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
        question = heading.endswith("?")
        heading = bold.format(heading) if heading else ""
        picked = rng.sample(fill(sentences), rng.randint(1, most))
        if heading and not own_part:
            parts = [heading + (" " if question else stop) + picked[0], *picked[1:]]
        else:
            if sub_bullet and heading:
                picked = [f"{sub_bullet} {sentence}" for sentence in picked]
            if heading and not question:
                heading += stop
            parts = [heading, *picked] if heading else ["", *picked]
        if marker is not None:
            first = 0 if parts[0] else 1
            parts[first] = marker(place) + ("" if tight else " ") + parts[first]
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        fill(POLICY_INTROS_128),
        fill(POLICY_CLOSINGS_128),
        fill(POLICY_TITLES_128),
        AMERICAN_128,
    )
