"""The ``reworded-178`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu and Solomon Islands news, Connemara and Donegal papers, Arizona border-town weeklies,
water-polo clubs, glassblowing studios, ME/CFS forums, volunteer coastguard boards, mill-pond heritage trusts.

Written blind: from how such sites word and print their posting rules, house rules and community guidelines, without
reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop: a site adds its own), and five sentences. ``{c}``,
#: ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send (comment, post, message, reply,
#: contribution), singular and plural, lower case and capitalised; a tag before "|" names the kinds of site that
#: print the heading or sentence (``SITES_178``). Written in British spelling (``AMERICAN_178``).
REWORDINGS_178 = (
    (  # civility
        (
            "Be respectful",
            "Play the ball, not the player",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Keep it civil",
            "Mind your manners",
        ),
        (
            "Disagree with an idea as strongly as you like, but do not attack the person who holds it.",
            "Personal insults, name-calling and sneering at other readers will see your {c} removed.",
            "news|Remember that the people in these stories are often our neighbours, and they read this page too.",
            "Robust debate is welcome here; rudeness is not.",
            "Write as if you were speaking to the person face to face, across the counter or on the pier.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Is racist language ever allowed?",
            "Respect all communities",
            "Zero tolerance for hate",
            "Discrimination",
        ),
        (
            "{Cs} that attack people for their race, island, religion, sex, sexuality, disability or nationality "
            "will be deleted without warning.",
            "border|We do not allow language that stirs up hatred against any group, including migrants and "
            "people crossing "
            "the border.",
            "irish|Stereotyping whole communities, whether Travellers, islanders or newcomers, is not acceptable here.",
            "Slurs are removed even when they are spelt with symbols or dressed up as a joke.",
            "Anyone who posts hateful material will be banned at once and may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Personal information",
            "Keep private details private",
            "Can I post someone's phone number?",
            "Privacy",
            "Don't share details",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, including your own.",
            "Please do not name or photograph children, patients or rescued people without their family's permission.",
            "Sharing private messages from another member without their consent is a breach of these rules.",
            "Details of someone's health, benefits claim or immigration status are for that person alone to share.",
            "studio|Photographs taken inside the studio must not show other visitors without their agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "club,coast|Protecting juniors",
            "Who do I tell if I am worried about a child?",
            "Vulnerable members",
            "club|Keeping young players safe",
        ),
        (
            "club|Do not post photos or names of junior players without written consent from a parent or guardian.",
            "club,coast|Any concern about the welfare of a child should go to our Welfare Officer, not into a "
            "public thread.",
            "Adults must not contact junior members through private messages on this board.",
            "If someone here says they are at risk of harming themselves, alert a moderator straight away and urge "
            "them to seek help.",
            "Members under 16 may only take part with a parent's permission.",
        ),
    ),
    (  # moderation delays
        (
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Please be patient",
            "Approval times",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a member of staff before it is published, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent overnight or at weekends may not appear until the next "
            "working day.",
            "pacific|With patchy internet on the outer islands, approval can sometimes take a few days.",
            "Please do not send the same {c} more than once; it will appear once it has been checked.",
            "news|{Cs} are switched off on court reports, and on bank holidays when the office is unstaffed.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Relevance",
            "Stick to the story",
            "Keep to the thread",
            "Is this the right place?",
            "Off-topic {cs}",
        ),
        (
            "Please keep your {c} relevant to the article or thread it is posted under.",
            "club,forum|General chatter belongs in the Off Topic section, not under the match results.",
            "Threads that drift into unrelated arguments may be locked or split.",
            "studio|Questions about a particular piece or commission should go to the studio by email, not here.",
            "club|A grievance with the club committee is best raised through the club secretary rather than on "
            "this board.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Links and self-promotion",
        ),
        (
            "news|Advertising of goods, services or events is not permitted without the editor's agreement.",
            "{Cs} containing repeated links, chain letters or money-making schemes will be removed as spam.",
            "Members may mention their own work once in their profile, but not in every {c}.",
            "trust,coast|Fundraising appeals must be approved by the trustees before they are posted.",
            "forum|Unproven treatments, supplements and clinics must not be promoted here, however well meant.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Accounts",
            "One person, one account",
            "Do I need to register?",
            "Your identity",
            "Registration",
        ),
        (
            "{Cs} are published under the name you register with, and we ask that this be your real name.",
            "Pseudonyms are allowed, but pretending to be another person or organisation is not.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "You must register with a valid email address before you can post.",
            "You are responsible for everything posted under your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could my {c} get me into trouble?",
            "Court cases",
            "Contempt of court",
        ),
        (
            "Do not post anything defamatory, that is, anything that harms a person's reputation and that you cannot "
            "prove true.",
            "When a case is before the courts, do not speculate about guilt or post anything that could prejudice a "
            "fair trial.",
            "Never name anyone who has been granted anonymity by a court, including victims of sexual offences.",
            "We are legally responsible for what appears on this site, so we will remove anything that puts us at "
            "risk.",
            "The courts treat an online {c} as a publication, and the person who writes one can be sued for it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Other people's work",
            "Can I post a photo I found online?",
            "Quoting and images",
            "Intellectual property",
        ),
        (
            "Only upload photographs and videos you have taken yourself or have permission to share.",
            "Quote short extracts with a link to the source rather than copying whole articles.",
            "studio|Designs and photographs of work made in the studio remain the property of the artist.",
            "By posting you grant us a licence to publish your {c} on our website and in print.",
            "trust|Historic photographs from the trust's archive may not be reused without written permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flag it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Reporting",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please tell the moderators about abuse instead of arguing with the person responsible.",
            "Every report is looked at, but we cannot always reply to say what action was taken.",
            "news|You can also contact the newsroom by email, giving the story's headline and the words that "
            "concern you.",
            "Reports are anonymous: the member you report will not be told who flagged them.",
        ),
    ),
    (  # editor's discretion
        (
            "news|Editor's decision",
            "Our discretion",
            "The final say",
            "Why was my {c} removed?",
            "Moderators' decisions",
            "Right to refuse",
        ),
        (
            "news|The editor may edit, shorten or refuse any {c} and does not have to give a reason.",
            "Moderators' decisions are final, and arguing about them in public threads is itself off topic.",
            "We may close {cs} on any story at any time.",
            "news|Publication of a {c} does not mean that the paper agrees with it.",
            "club,trust,coast,forum,studio|If you think a moderator has got it wrong, write to the committee "
            "privately and we will look again.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "news|Got a story?",
            "news|News tips",
            "Spotted a mistake?",
            "Tell us",
            "Errors and corrections",
        ),
        (
            "news|If we have got something wrong in a story, please email the editor so that it can be "
            "corrected, rather "
            "than pointing it out in a {c}.",
            "news|Send news tips, photos and results to the newsroom, with a phone number so we can check the details.",
            "news|Corrections are printed in the following week's edition and noted on the article online.",
            "club|Match reports for the paper should be sent to the press officer by Sunday evening.",
            "trust|If you spot an error in our history pages or captions, please let the archivist know.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Which languages can I use?", "Clean language", "Swearing", "Write clearly"),
        (
            "Swearing, even with letters starred out, is not allowed.",
            "Please do not write in capital letters; it reads as shouting.",
            "pacific|You are welcome to write in English, French or Bislama.",
            "irish|{Cs} in Irish or English are equally welcome.",
            "border|We publish {cs} in English or Spanish, and the same rules apply to both.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Consequences",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Members who break these rules will first receive a warning, then a temporary suspension.",
            "Repeat offenders will have their accounts closed and their {cs} removed.",
            "Serious breaches, including threats, lead to an immediate ban with no warning.",
            "Anyone banned who returns under a new name will be removed again on sight.",
            "Suspensions normally last seven days; a second suspension lasts a month.",
        ),
    ),
    (  # safety and advice
        (
            "forum|Medical advice",
            "Safety first",
            "Not a substitute for professional advice",
            "Is the advice here reliable?",
            "In an emergency",
            "Use your own judgement",
        ),
        (
            "forum|Members share their own experience, which is not medical advice; always speak to your doctor before "
            "changing treatment.",
            "coast|If someone is in difficulty at sea or on the shore, dial 999 or 112 and ask for the "
            "Coastguard; do not "
            "post about it here first.",
            "studio|Never try hot-glass techniques you have read about here without proper training and protective "
            "equipment.",
            "trust|The mill pond is deep and cold, and nothing on this board should be taken as permission to "
            "swim or skate "
            "on it.",
            "forum|Please do not urge other members to push through their symptoms or to try exercise "
            "programmes; pacing "
            "is a personal matter.",
        ),
    ),
    (  # incidents and the bereaved
        (
            "coast,news|Incidents and callouts",
            "Tragedies",
            "Sensitivity",
            "Can I post about a rescue I saw?",
            "Respect for the bereaved",
            "Accidents",
        ),
        (
            "coast,news|Please do not speculate about a rescue while it is under way, or name anyone involved "
            "before the family "
            "has been told.",
            "Images of casualties or accident scenes will be removed.",
            "Tributes to people who have died are welcome, but this is not the place to dispute how they died.",
            "coast|Details of each shout are published by the station once the crew have stood down.",
            "news|{Cs} on stories about deaths, drownings and road crashes are usually switched off.",
        ),
    ),
)


#: Titles, opening and closing lines these sites print with their rules (placeholders as in the table; ``{n}`` is
#: the number of items).
POLICY_TITLES_178 = (
    "{C} policy",
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the board",
    "Forum rules",
    "Terms of participation",
    "Before you post",
    "{C} rules",
    "Guidelines for readers' {cs}",
    "Code of conduct",
    "Reader {cs}: our rules",
    "Our {n} house rules",
    "Netiquette",
)

POLICY_INTROS_178 = (
    "news|We welcome {cs} from readers at home and abroad, provided they follow these rules.",
    "club|This board is for members, supporters and friends of the club; please read the following before posting.",
    "By posting on this forum you agree to the rules below.",
    "forum|Many of our members are unwell, so we ask everyone to keep the following in mind.",
    "trust|The trust welcomes {cs} on its work and on the history of the pond and mill.",
    "Please take a minute to read our house rules.",
)

POLICY_CLOSINGS_178 = (
    "Thank you for helping to keep this a friendly place.",
    "pacific|Tankyu tumas.",
    "irish|Go raibh maith agat.",
    "These rules were last updated in March 2025 and may change without notice.",
    "club,studio,forum,coast,trust|Questions about these rules can be sent to the board administrator.",
    "news|The editor's decision on all {cs} is final.",
    "coast,club|Stay safe on the water.",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_178 = {
    "neighbours": "neighbors",
    "organisation": "organization",
    "offences": "offenses",
    "licence": "license",
    "judgement": "judgment",
    "programmes": "programs",
    "spelt": "spelled",
}

#: The kinds of site a document's site is, and which of them a sentence's tag ("news|...") names. A sentence or line
#: without a tag fits every site; one with a tag only the sites it names.
SITES_178 = ("pacific", "irish", "border", "club", "studio", "forum", "coast", "trust")
_TAGS = {"news": {"pacific", "irish", "border"}}


def _fitting(lines: tuple[str, ...] | list[str], site: str) -> list[str]:
    """The lines of ``lines`` a ``site`` prints, without their tags."""
    found = []
    for line in lines:
        tags, _, text = line.rpartition("|")
        if not tags or any(site == tag or site in _TAGS.get(tag, ()) for tag in tags.split(",")):
            found.append(text)
    return found


#: The site's word for what readers send; a quarter of sites never say "comment".
WORDS_178 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not", "is"}

#: The marker shapes (``_marker``), as often as sites print them; "" for none.
_STYLES = ("", "", "", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "rule", "rule-dash", "#")
_STYLES += ("\u2022", "\u2022", "-", "*", "\u2013", "\u25aa")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The marker a site prints before its ``number``-th item (1-based), in one of the shapes real lists use."""
    roman, letter = _ROMAN[number - 1], "abcdefghijklmnopq"[number - 1]
    return {
        "": "",
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "#": f"#{number}",
        "\u2022": "\u2022",
        "-": "-",
        "*": "*",
        "\u2013": "\u2013",
        "\u25aa": "\u25aa",
    }[style]


def _items_178(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-178 policy: (heading, sentence, ...) per item, "" for a missing heading; a title as (title, ""),
    other lines as ("", sentence). Per site it draws: its kind (news from one of three places, a club, a studio, a
    forum, a coastguard board, a heritage trust; sentences and lines tagged for other kinds are not its own); its
    word for what readers send (a quarter of sites another word than "comment"); a count of items (two to four a
    quarter of the time, else five to all the kinds it has sentences for), in the table's order or shuffled; one
    sentence an item or one to three; headings in sentence, title or capital case, as a part of their own (with a
    stop, a colon or nothing), run in before a colon, a stop or a dash, asked and answered (Q/A, the item's question
    heading), or none; a marker shape (numbered, lettered, roman, "Rule N", bullets or none); now and then headings
    in asterisks, an item's sentences in one part, or bulleted under their heading. Then the title, opening and
    closing lines by ``_furnish``."""
    site = rng.choice(SITES_178)
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_178)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}

    table = [(headings, _fitting(sentences, site)) for headings, sentences in REWORDINGS_178]
    table = [(headings, sentences) for headings, sentences in table if sentences]
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(table))
    if rng.random() < 0.5:
        chosen = [table[index] for index in sorted(rng.sample(range(len(table)), count))]
    else:
        chosen = rng.sample(table, count)

    one_sentence = rng.random() < 0.35
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    placing = rng.choices(("own", "run", "qa", "none"), (0.42, 0.33, 0.1, 0.15))[0]
    stop = rng.choice(("", "", ".", ":"))  # after a heading on a part of its own
    joint = rng.choice((": ", ". ", " \u2013 ", " \u2014 ", " - "))  # between a run-in heading and its sentence
    style = rng.choice(_STYLES)
    if style == "rule-dash":  # no second dash after "Rule N \u2013"
        joint = rng.choice((": ", ". "))
    starred = placing == "own" and rng.random() < 0.08  # a forum's headings in bold markup, scraped as asterisks
    together = rng.random() < 0.2  # an item's sentences printed as one paragraph
    bulleted = placing == "own" and not together and rng.random() < 0.12  # sentences bulleted under the heading

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        taken = 1 if one_sentence else rng.randint(1, min(3, len(sentences)))
        parts = [sentence.format(**words) for sentence in rng.sample(sentences, taken)]
        headings = _fitting(headings, site)
        if placing == "qa":
            headings = [heading for heading in headings if heading.endswith("?")]
        heading = rng.choice(headings).format(**words)
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        if together:
            parts = [" ".join(parts)]
        if bulleted:
            parts = [f"- {part}" for part in parts]
        marker = _marker(style, number)
        if placing == "none":
            parts[0] = f"{marker} {parts[0]}" if marker else parts[0]
            items.append(("", *parts))
            continue
        if placing == "qa":
            heading, parts[0] = f"Q: {heading}", f"A: {parts[0]}"
        elif placing == "own":
            if starred:
                heading = f"**{heading}**"
            elif not heading.endswith("?"):
                heading += stop
        else:
            glue = " " if heading.endswith("?") else joint
            heading, parts[0] = "", heading + glue + parts[0]
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))

    fill = {**words, "n": str(len(items))}
    return _furnish(
        items,
        rng,
        [line.format(**fill) for line in _fitting(POLICY_INTROS_178, site)],
        [line.format(**fill) for line in _fitting(POLICY_CLOSINGS_178, site)],
        [line.format(**fill) for line in _fitting(POLICY_TITLES_178, site)],
        AMERICAN_178,
    )
