"""The ``reworded-320`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Inishbofin community pages, Holme valley papers, Llano Estacado weeklies, windsurf and kitesurf clubs,
traction engine societies, motor neurone disease forums, village green and common land committees, toll bridge and
ferry house volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). ``{c}``/``{cs}`` is the site's word for what readers send (``{C}``
# and ``{Cs}`` capitalised) and ``{mods}`` is whoever looks after the site; both are filled per site.
REWORDINGS_320: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Respect other members",
            "How should I treat other people here?",
            "Courtesy",
            "Play the ball, not the man",
        ),
        (
            "Disagree by all means, but do it the way you would on the pier waiting for the Cleggan boat: politely "
            "and without getting personal.",
            "Personal attacks, name-calling and sneering at other members will be removed, whoever started it.",
            "Most of us are neighbours, so write nothing you would not be happy to hear read out at the next parish "
            "meeting.",
            "Argue with the point someone makes, not with the person making it.",
            "Be kind: many people here are living with MND or caring for someone who is, and a careless {c} can hurt "
            "more than you know.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hate speech",
            "Discrimination",
            "Is anything off limits?",
            "Racism and bigotry",
            "Will you publish anything?",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability, "
            "age or where they come from.",
            "Remarks about Travellers, incomers or 'blow-ins' that would not be acceptable about anyone else are not "
            "acceptable here either.",
            "Hateful {cs} are removed without warning and the account responsible is closed.",
            "Threats against any group, whether they come from Lubbock or from out of state, will be passed straight "
            "to the county sheriff's office.",
            "Jokes that rely on a stereotype are still stereotypes, so please leave them out.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I post someone's address?",
            "Other people's details",
            "Photographs of people",
        ),
        (
            "Do not post phone numbers, home addresses, car registrations or email addresses, yours or anyone else's.",
            "If you share a photograph from a rally or the launch beach, make sure the people in it are happy to be "
            "shown, and never post pictures of children without their parents' consent.",
            "Members often share details of diagnosis and treatment; what is said in the forum stays in the forum, "
            "so please do not copy it to social media.",
            "Your email address is never shown with your {c} and we do not pass it on to anyone.",
            "Naming the owner of a dog, car or boat you have had a run-in with is not allowed, even if 'everyone "
            "knows' whose it is.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young members",
            "Protecting children and vulnerable adults",
            "Who do I tell if I'm worried about someone?",
            "Welfare",
        ),
        (
            "Junior members under 18 need a parent or guardian's permission to join the forum, and adult members "
            "should not send them private messages.",
            "If something you read makes you worry for someone's safety, contact the club welfare officer rather "
            "than replying in public.",
            "If a member says they are thinking of ending their life, please do not try to handle it alone: tell "
            "{mods} straight away, and in the UK or Ireland point them to Samaritans on 116 123.",
            "We follow the society's safeguarding policy, which any member may ask to see.",
            "Anyone who tries to arrange to meet a young person away from a club session will be banned and "
            "reported to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go up?",
            "Approval times",
        ),
        (
            "Every {c} is read by {mods} before it goes up, and as we are all volunteers this can take a day or two.",
            "The broadband on the island is not always what it should be, so please be patient if your {c} takes a "
            "while to appear.",
            "{Cs} sent over a weekend or during a rally are usually approved on the Monday.",
            "Sending the same thing three times will not make it appear sooner; it only gives us three to delete.",
            "New members' first few {cs} are held for approval, and after that they go up straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "What can I talk about here?",
            "Relevance",
            "Wrong board?",
        ),
        (
            "Please keep {cs} to the story or thread you are answering; the general chat board is there for "
            "everything else.",
            "The forum is for traction engines, road locomotives, rollers and steam wagons; questions about "
            "stationary engines and vintage tractors are welcome in their own sections.",
            "Wind and water reports belong in the conditions thread, not in the kit for sale section.",
            "Threads that drift into national politics will be locked, however interesting the argument.",
            "If you are not sure where something goes, put it in the general section and {mods} will move it.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and advertising",
            "Can I sell my kit here?",
            "Commercial {cs}",
            "Adverts",
        ),
        (
            "Boards, sails, kites and wetsuits may be sold by members in the classifieds section only, one listing "
            "per item.",
            "Links to businesses, holiday lets or fundraising pages need the committee's say-so first.",
            "Spam is removed as soon as we see it and the account behind it is deleted.",
            "Posting the same link in several threads will be treated as spam, whatever it is for.",
            "Traders are welcome to join but may only mention their business when someone asks.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "Do I have to use my real name?",
            "One person, one account",
            "Registering",
        ),
        (
            "We ask you to use your own name, just as you would sign a letter to the editor of the Holmfirth paper.",
            "One account per person; anyone found using a second account to back themselves up will lose both.",
            "Usernames must not be offensive, or chosen to look like those of committee members or staff.",
            "Pretending to be someone else, a councillor or a neighbour included, will get you banned.",
            "If you want your account closed, email us and we will remove it along with your details.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "The law",
            "Libel",
            "Could my {c} get me into trouble?",
            "Defamation",
            "Court cases",
        ),
        (
            "You are legally responsible for what you write, and the law of libel applies here just as it does in "
            "print.",
            "Do not name anyone who has been arrested or charged until the courts allow it, and say nothing about a "
            "case while it is before the court.",
            "Under the Defamation Act 2009 we can be sued over what a reader sends us, so anything that might be "
            "defamatory will be taken down.",
            "Allegations about named people, be they councillors, landowners or neighbours, must rest on facts you "
            "could prove.",
            "We will comply with lawful requests from the police or the courts for information about users who break "
            "the law on this site.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and copyright",
            "Can I use pictures I found online?",
            "Quoting",
        ),
        (
            "Only post photographs you took yourself or have the owner's permission to use.",
            "Quote a line or two from another paper if you must, but link to it rather than copying the whole article.",
            "Old rally programmes, club magazines and Ordnance Survey maps may still be in copyright, so ask before "
            "scanning them in.",
            "By posting a picture you allow us to show it on the site and on our social media pages, credited to you.",
            "Material used in breach of copyright will be removed as soon as its owner asks.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Report, don't reply",
        ),
        (
            "If you see a {c} that breaks these rules, click Report beneath it and tell us why.",
            "Please report rather than reply; answering a troll only keeps the thread going.",
            "Reports are read by {mods}, usually within a day, and the person reported is never told who made it.",
            "For anything urgent, ring the club secretary; the number is on the contacts page.",
            "Reporting {cs} again and again simply because you disagree with them is itself a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "The final say",
            "Removal of {cs}",
        ),
        (
            "Any {c} may be edited, held back or removed at the discretion of {mods}, without notice or explanation.",
            "The editor's decision on what is published is final, and we cannot enter into correspondence about it.",
            "These rules are not a complete list; we will use common sense for anything they do not cover.",
            "The committee may change these rules at any time, and changes take effect once they are posted here.",
            "Publishing a {c} does not mean that we agree with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Send us your news",
            "How do I tell you about an error?",
        ),
        (
            "If we have got something wrong, please email the editor rather than pointing it out in a {c}, so we "
            "can put it right quickly.",
            "Got a story from the valley? We are always glad to hear about anything from Holmbridge and Hade Edge "
            "down to Honley and Brockholes.",
            "Send your news, church notes and ball game results to the office on Main Street by Monday noon; we "
            "cover Hale, Castro, Swisher and Parmer counties.",
            "Corrections are printed on page two of the next issue and noted at the foot of the story online.",
            "News from the island, whether births, marriages, deaths or visitors, can be left at the community office "
            "or sent by email.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Keep it clean",
            "Can I swear?",
            "Bad language",
            "Which language should I use?",
        ),
        (
            "No swearing, and that includes words with some of the letters starred out.",
            "Please write in English or in Irish; {cs} in other languages cannot be checked and will be held back.",
            "Text-speak and writing in capitals are hard to read, so please use ordinary sentences.",
            "Families read this page, so keep your language fit for the Sunday dinner table.",
            "Crude or sexual remarks will be removed, even when they are meant as a joke.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension, and a third a permanent "
            "ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without any warning.",
            "Banned members who rejoin under another name will be removed again as soon as we notice.",
            "If you think a warning was unfair, email the secretary; please do not argue about it on the open forum.",
            "Club members banned from the forum may also be referred to the committee under the club's disciplinary "
            "rules.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety first",
            "Can I trust the advice I read here?",
            "Health information",
            "Use your own judgement",
        ),
        (
            "Members share their own experience, not medical advice; always talk to your neurologist, MND nurse or "
            "GP before changing any treatment.",
            "Do not promote unproven cures, supplements or clinics abroad; {cs} that do will be removed.",
            "Advice about kit, launch spots and conditions is given in good faith, but you alone are responsible for "
            "deciding whether it is safe to go out.",
            "Nothing written here replaces a boiler inspection or the advice of a competent engineer.",
            "Always check the forecast and the tide times, and never kite alone or in an offshore wind.",
        ),
    ),
    (  # events and rallies
        (
            "Events",
            "Rally listings",
            "Posting events",
            "Can I publicise my event?",
            "What's on",
        ),
        (
            "Rallies, road runs and open days may be listed in the events section, with the date, the place and a "
            "contact.",
            "Please check with the owner before announcing that an engine will be attending.",
            "Events on the green must be booked with the committee first; a notice here is not a booking.",
            "Event notices are taken down once the date has passed.",
            "Fundraising events for the association are welcome, but please say where the money is going.",
        ),
    ),
    (  # disputes over land, tolls and neighbours
        (
            "Disputes",
            "Complaints",
            "Rights of common",
            "Is this the place to raise a complaint?",
            "Arguments over land",
        ),
        (
            "This noticeboard is not the place to settle disputes about boundaries, grazing or rights of way; write "
            "to the committee instead.",
            "Questions about registration under the Commons Act 2006 should go to the county council, which keeps "
            "the register of commons and greens.",
            "Complaints about individual toll collectors or ferry volunteers should be made privately to the trust, "
            "not aired here.",
            "Please do not claim that someone is grazing, parking or building on the common without right unless you "
            "have first raised it with the committee.",
            "Tolls are set by the trust under its Act of Parliament; {cs} about the charges are welcome, abuse of the "
            "collectors is not.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural); "comment" for most sites, these for about a quarter.
OTHER_WORDS_320: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as it says so mid-sentence.
MODERATORS_320: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the admins",
    "the web editor",
    "the trustees",
    "the club committee",
    "the site administrators",
    "the newsroom",
)

# Opening lines printed before a policy's items.
POLICY_INTROS_320: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We want this to be a friendly place for everyone who cares about the valley.",
    "These house rules apply to everyone who uses the forum, members and visitors alike.",
    "Thank you for taking part. A few simple rules keep things pleasant for everyone.",
    "The committee adopted the following rules for the noticeboard at its March meeting.",
    "This forum is run by volunteers for people living with MND, their families and carers.",
    "Howdy, and welcome. Before you jump in, here are the ground rules.",
    "Welcome to the club forum. By registering you agree to the rules below.",
    "Comments are welcome on most of our stories, provided they keep to these guidelines.",
)

# Closing lines printed after a policy's items.
POLICY_CLOSINGS_320: tuple[str, ...] = (
    "Thank you for helping to keep the forum a friendly place.",
    "Questions about these rules can be sent to the secretary.",
    "Enjoy the forum, and see you on the water.",
    "By posting you agree to abide by these rules.",
    "Keep steaming!",
    "Go raibh maith agaibh.",
    "These rules were last reviewed by the committee in 2024.",
    "Thanks for reading, and happy commenting.",
)

# Title lines printed above a policy.
POLICY_TITLES_320: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Noticeboard terms of use",
    "Community guidelines",
    "Rules of the forum",
    "Guidelines for letters and comments",
    "Terms of use",
    "Forum etiquette",
    "Code of conduct",
)

# British spellings used in the sentences above, and the American a site may print instead.
AMERICAN_320: dict[str, str] = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "programmes": "programs",
    "publicise": "publicize",
    "organiser": "organizer",
    "behaviour": "behavior",
    "offence": "offense",
    "colour": "color",
    "centre": "center",
    "favour": "favor",
}

# Words a title-cased heading leaves in lower case unless they come first.
_SMALL_WORDS_320 = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "of", "on", "or", "the", "to", "with"]
)

# Marker shapes a site numbers or bullets its items with; ``{n}`` is the item's number as the shape prints it.
_MARKERS_320: tuple[tuple[str, str], ...] = (
    ("arabic", "{n}."),
    ("arabic", "{n})"),
    ("arabic", "({n})"),
    ("arabic", "Rule {n}:"),
    ("arabic", "Rule {n} -"),
    ("arabic", "Rule {n}."),
    ("arabic", "No. {n}"),
    ("arabic", "Clause {n}."),
    ("section", "{n}"),
    ("section", "\u00a7{n}"),
    ("letter", "{n})"),
    ("letter", "({n})"),
    ("letter", "{n}."),
    ("roman", "{n}."),
    ("roman", "({n})"),
    ("ROMAN", "{n}."),
    ("bullet", "\u2022"),
    ("bullet", "-"),
    ("bullet", "*"),
    ("bullet", "\u2013"),
    ("bullet", "\u25aa"),
    ("bullet", ">"),
)

# How a site may set its headings off.
_EMPHASES_320: tuple[str, ...] = ("**{h}**", "__{h}__", "*{h}*", "[{h}]", "<{h}>", "== {h} ==")

# Lines saying when the rules were last changed.
_UPDATED_LINES_320: tuple[str, ...] = (
    "Last updated: 14 March 2024",
    "Last updated 2 June 2023.",
    "Updated 9/18/2023",
    "Revised at the AGM, November 2022.",
    "Effective January 1, 2025.",
    "These rules were agreed by the committee on 5 April 2021.",
    "Version 3, May 2024",
)

# Sign-offs a site prints beneath its rules.
_SIGN_OFFS_320: tuple[str, ...] = (
    "\u2014 The Committee",
    "The Moderators",
    "Signed on behalf of the trustees",
    "The Editor",
    "Admin",
    "Posted by the forum team",
    "Hon. Secretary",
)

# Section lines a site divides its rules with, as (first part, second part).
_SECTION_PAIRS_320: tuple[tuple[str, str], ...] = (
    ("Part 1: General", "Part 2: Posting on the forum"),
    ("Section A - Conduct", "Section B - Content"),
    ("General rules", "Posting rules"),
    ("1. Behaviour", "2. What we will remove"),
    ("Before you post", "When you post"),
)

# Other lines such sites pin to their rules.
_PINNED_LINES_320: tuple[str, ...] = (
    "This topic is locked. Please do not reply to it.",
    "Please read before posting.",
    "Sticky: forum rules",
    "Read and accept these rules before using the noticeboard.",
)


def _roman_320(number: int) -> str:
    """``number`` in lower-case roman numerals."""
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case_320(heading: str) -> str:
    """``heading`` with each word capitalised, bar short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if i and word in _SMALL_WORDS_320 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_320(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its word for what readers send ("comment" on
    three sites in four, otherwise post, message, reply, contribution, letter or notice) and who moderates; how many
    kinds it prints (2-5 on a fifth of sites, 6-16 otherwise), in table order or shuffled; up to how many sentences an
    item (one to three); whether it has headings and in which case (as written, title case or capitals); whether
    headings stand as a part of their own (bare, with a stop or with a colon) or run in before the first sentence after
    a colon, stop or dash; list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers)
    or none; an emphasis for headings; and, by chance, section lines, a last-updated line, a pinned line and a sign-off.
    The opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(OTHER_WORDS_320)
    moderators = rng.choice(MODERATORS_320)

    def fill(text: str) -> str:
        return text.format(c=word, cs=words, C=word.capitalize(), Cs=words.capitalize(), mods=moderators)

    kinds = list(REWORDINGS_320)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        kinds = kinds[:count]
    else:
        kinds = [kinds[i] for i in sorted(rng.sample(range(len(kinds)), count))]
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none", "none"))
    if rng.random() < 0.6:
        heading_place, heading_mark = "own", rng.choice(("", "", ".", ":"))
    else:
        heading_place, heading_mark = "run-in", rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    marker = rng.choice(_MARKERS_320) if rng.random() < 0.6 else None
    section_base = rng.randint(1, 9)
    emphasis = rng.choice(_EMPHASES_320) if heading_case != "none" and rng.random() < 0.15 else None

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        heading = fill(rng.choice(headings))
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case_320(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if heading and emphasis:
            heading = emphasis.format(h=heading)
        label = ""
        if marker:
            numbering, shape = marker
            if numbering == "arabic":
                label = shape.format(n=number)
            elif numbering == "section":
                label = shape.format(n=f"{section_base}.{number}")
            elif numbering == "letter":
                label = shape.format(n="abcdefghijklmnopqrstuvwxyz"[number - 1])
            elif numbering == "roman":
                label = shape.format(n=_roman_320(number))
            elif numbering == "ROMAN":
                label = shape.format(n=_roman_320(number).upper())
            else:
                label = shape
        if heading and heading_place == "own":
            ends_in_question = heading.rstrip("*_]>= ").endswith("?")
            heading = (label + " " if label else "") + heading + ("" if ends_in_question else heading_mark)
            items.append((heading, *chosen))
            continue
        if heading:
            ends_in_question = heading.rstrip("*_]>= ").endswith("?")
            chosen[0] = heading + (" " if ends_in_question else heading_mark) + chosen[0]
        if label:
            chosen[0] = label + " " + chosen[0]
        items.append(("", *chosen))

    if len(items) >= 6 and rng.random() < 0.15:
        first_part, second_part = rng.choice(_SECTION_PAIRS_320)
        items.insert(len(items) // 2, (second_part, ""))
        items.insert(0, (first_part, ""))
    if rng.random() < 0.1:
        items.insert(0, ("", rng.choice(_PINNED_LINES_320)))
    if rng.random() < 0.2:
        updated = ("", rng.choice(_UPDATED_LINES_320))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGN_OFFS_320)))

    says_comment = word == "comment"
    intros = [line for line in POLICY_INTROS_320 if says_comment or "comment" not in line.lower()]
    closings = [line for line in POLICY_CLOSINGS_320 if says_comment or "comment" not in line.lower()]
    titles = [line for line in POLICY_TITLES_320 if says_comment or "comment" not in line.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_320)
