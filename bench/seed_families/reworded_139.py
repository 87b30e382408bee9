"""The ``reworded-139`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tongan and Samoan community news, Herefordshire papers, South Dakota reservation-border weeklies,
hockey clubs, glass-blowing studios, food co-operatives' member boards, ME/CFS support forums, canal-boat owners'
associations.

Written blind: from how such sites word and print their comment policies, posting rules, member-board rules,
community guidelines and forum codes of conduct, without reading the cleaner's code, its docs or reports, nor the
other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (written in sentence case, without a stop; a question keeps its mark) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_139``).
REWORDINGS_139 = (
    (  # civility
        (
            "Be kind",
            "Treat each other with respect",
            "Courtesy on the towpath",
            "Respect one another",
            "How should I speak to other members?",
            "Keep it friendly",
        ),
        (
            "Disagree with an idea if you must, but never belittle the person who holds it.",
            "Many of our members are unwell, so please write to others as gently as you would wish to be written to.",
            "Name-calling, sneering and goading other posters will not be tolerated here.",
            "Please show the same respect to elders, families and visitors that you would show at church or in "
            "the fale.",
            "Robust debate about the club, the coaching or last night's result is welcome; personal abuse is not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "Hateful content",
            "Zero tolerance for hate",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack anyone because of race, tribe, nationality, religion, sex, sexuality or disability "
            "will be removed.",
            "Slurs against Native people, Pacific Islanders or any other community have no place on this page.",
            "We do not allow stereotyping of travellers, boaters or any other group of people.",
            "Hate speech will be reported to the police where it appears to break the law.",
            "Jokes that rely on somebody's race, faith or illness are not jokes here and will be taken down.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal information",
            "Keep private details private",
            "Don't share other people's details",
            "Can I post someone's address or phone number?",
            "Personal information",
        ),
        (
            "Do not post addresses, phone numbers, mooring locations or email addresses, yours or anyone else's.",
            "Please do not share what another member has told you in a private message without their permission.",
            "Medical details about other people, even if you believe they are common knowledge, must not be posted.",
            "Photographs of children should not be posted without the written consent of a parent or guardian.",
            "Share your own health story only as far as you are comfortable, as this forum can be read by anyone.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping young players safe",
            "If someone is at risk",
            "Worried about someone?",
            "Duty of care",
        ),
        (
            "If you are worried about a child or young player, contact the club welfare officer rather than "
            "posting about it.",
            "If you are in crisis, please call 999 or the Samaritans on 116 123; this board is not monitored "
            "around the clock.",
            "Any attempt to contact junior members privately through this site will be passed to the appropriate "
            "authorities.",
            "We take concerns about vulnerable members seriously and may share them with the relevant agencies.",
            "In an emergency, call 911 or the tribal police rather than waiting for a reply here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Delays in publishing",
            "Our moderators are volunteers",
            "When will my {c} show up?",
        ),
        (
            "All {cs} are read by a volunteer before they go live, so please allow up to 48 hours.",
            "{Cs} posted in the evening or at weekends may not be approved until the next working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Our newsroom is small and {cs} are checked by hand, which can take some time during busy weeks.",
            "Moderators work around their own health, so please be patient if approval takes a few days.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Post in the right place",
            "Is this the right board for my {c}?",
            "On-topic discussion only",
        ),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "General chat belongs in the Tea Room board, not under technical threads about kilns or glory holes.",
            "Questions about locks, moorings and stoppages should go in the relevant regional section.",
            "Threads that drift far from their subject may be split, moved or closed by the moderators.",
            "Member-board {cs} should concern the co-op, its shop, its suppliers or its members' meetings.",
        ),
    ),
    (  # advertising/spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and buying",
            "Commercial posts",
            "Can I advertise my business?",
            "Promotions",
        ),
        (
            "Adverts, affiliate links and repeated links to your own website will be deleted without notice.",
            "Boats for sale and wanted ads go in the Classifieds section only, one listing per boat.",
            "Studio members may mention their own classes and open days once a month in the Events thread.",
            "Do not use the board to sell supplements, treatments or cures of any kind.",
            "Fundraisers for families, churches and sports teams must be cleared with the editor first.",
        ),
    ),
    (  # real names/accounts
        (
            "Use your real name",
            "Accounts",
            "One account per person",
            "Who you are",
            "Do I have to use my real name?",
            "Identity and usernames",
        ),
        (
            "Anything sent to the letters page or posted here must carry your full name and the town or village "
            "you live in.",
            "Members may use a nickname, but one account per person is the rule and duplicate accounts will be closed.",
            "Impersonating another member, a player, a staff member or a public figure will lead to an immediate ban.",
            "Your membership number must be linked to your account before you can post on the member board.",
            "Usernames that are offensive, or that include a web address, will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation and contempt",
            "Court cases",
            "Could my {c} get me into legal trouble?",
            "Libel",
        ),
        (
            "Do not make allegations against named people that you could not prove in court.",
            "{Cs} on reports of court cases will be closed while proceedings are active.",
            "You are legally responsible for what you write, and we may be required to hand your details to the "
            "police.",
            "Do not name anyone who has a legal right to anonymity, including victims of sexual offences and "
            "children in court.",
            "We will remove anything that could prejudice a trial in any tribal, state or federal court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and designs",
            "Credit the maker",
            "Can I share photos I found online?",
            "Intellectual property",
        ),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Do not copy whole articles from other papers; a short quote with a link to the source is fine.",
            "Sharing another maker's patterns, colour recipes or designs without their say-so is not allowed.",
            "By posting a photo you give us permission to use it in the print edition with credit to you.",
            "Research papers should be linked rather than pasted in full.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Flagging {cs}",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Use the report button",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please report problems to the moderators instead of arguing about them in the thread.",
            "Reports are anonymous and are looked at by a moderator as soon as one is available.",
            "You can also email the moderation team; please include a link to the {c} concerned.",
            "Do not feed the trolls: report, ignore and move on.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "The editor's discretion",
            "Moderator decisions",
            "We reserve the right",
            "Why was my {c} removed?",
            "Removal of {cs}",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final and are not open to debate on the public boards.",
            "If you disagree with a moderation decision, message the committee privately rather than starting a "
            "thread.",
            "We may remove {cs} that are within the rules if we believe they harm the community.",
            "Publication of a {c} does not mean the paper or the association agrees with it.",
        ),
    ),
    (  # corrections/news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell us what's happening",
            "Errors and complaints",
        ),
        (
            "If we have got something wrong, email the newsroom and we will correct it as quickly as we can.",
            "Please do not use {cs} to point out errors; contact the editor directly so we can put them right.",
            "Have a story from your village, church, school or team? Send it to our news desk.",
            "Community announcements, birthdays and fundraising news can be sent to us free of charge.",
            "Complaints about our journalism are handled under the Editors' Code of Practice.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write clearly",
            "Which languages can I post in?",
            "Keep it clean",
        ),
        (
            "Swearing, including disguised or starred-out swearing, is not allowed.",
            "You are welcome to post in English, Tongan or Samoan, but please add a short English summary where "
            "you can.",
            "Please avoid writing in capital letters, which reads as shouting and is hard for some members to read.",
            "Keep {cs} short and break long ones into paragraphs, as many members struggle with reading on screen.",
            "Bad language from the stands stays in the stands; it doesn't belong on the club's page.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Breaking these rules will normally lead to a warning, then a temporary suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "Members who are banned may not rejoin under another name.",
            "Repeated breaches of the rules may be referred to the committee and could affect your membership.",
            "Suspended members may appeal once, in writing, to the forum administrator.",
        ),
    ),
    (  # safety/advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Advice given here",
            "Should I follow advice from other members?",
            "Treatments and cures",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP or specialist before changing any "
            "treatment.",
            "Posts promoting graded exercise or unproven cures as a fix for ME/CFS will be removed.",
            "Advice on hot work, annealing or furnace repairs is shared in good faith; follow your studio's "
            "safety rules.",
            "Information about locks, weirs and river levels may be out of date; always check the latest notices.",
            "Allergy and ingredient questions should be checked with the store staff, not just the member board.",
        ),
    ),
)

WORDS_139 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

POLICY_TITLES_139 = (
    "Comment Policy",
    "Posting Rules",
    "Member Board Guidelines",
    "Forum Rules",
    "Community Guidelines",
    "House Rules",
    "Rules of the Board",
    "Code of Conduct",
    "Guidelines for {Cs}",
    "Before you post",
    "Our {c} policy",
    "Towpath Rules",
)

POLICY_INTROS_139 = (
    "We welcome your {cs}, but please read these rules before you post.",
    "By posting on this site you agree to the following rules.",
    "These guidelines help keep our board a safe and welcoming space for everyone.",
    "Thank you for being part of our community; a few simple rules apply.",
    "Malo e lelei and talofa lava: please take a moment to read our posting rules.",
    "This board is run by volunteers, many of whom are unwell, so please help us by following these rules.",
)

POLICY_CLOSINGS_139 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated at any time without notice.",
    "Questions about these rules can be sent to the moderators.",
    "Last reviewed by the committee at the annual general meeting.",
    "Fa'afetai lava for your {cs} and your support.",
    "See you on the cut.",
)

AMERICAN_139 = {
    "colour": "color",
    "behaviour": "behavior",
    "offence": "offense",
    "neighbour": "neighbor",
    "licence": "license",
    "organise": "organize",
    "travellers": "travelers",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "but", "not", "is"}


def _marker(style: str, n: int) -> str:
    """How a site marks its items: the marker for the item at place ``n`` (0 on), space included."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n % 26]
    roman = _ROMAN[n % len(_ROMAN)]
    return {
        "num-dot": f"{n + 1}. ",
        "num-paren": f"{n + 1}) ",
        "num-both": f"({n + 1}) ",
        "num-colon": f"{n + 1}: ",
        "num-pad": f"{n + 1:02d}. ",
        "letter-dot": f"{letter}. ",
        "letter-paren": f"{letter}) ",
        "roman-dot": f"{roman}. ",
        "roman-upper": f"{roman.upper()}. ",
        "roman-paren": f"{roman}) ",
        "clause": f"Clause {n + 1}. ",
        "section-sign": f"\u00a7{n + 1} ",
        "rule": f"Rule {n + 1}. ",
        "rule-no": f"Rule No. {n + 1}: ",
        "bullet": "\u2022 ",
        "hyphen": "- ",
        "star": "* ",
        "arrow": "\u2192 ",
        "square": "\u25aa ",
        "none": "",
    }[style]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if (i and word in _SMALL_WORDS) else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _items_139(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-139 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word for what readers send (a quarter of sites never say "comment": their titles, openings and
    closings that do are left out), then two to five item kinds (0.3) or eight to sixteen, in the table's order
    (0.45) or as drawn; one heading and one to three sentences (up to the site's most) an item. The site prints its
    headings in sentence case, title case or capitals, on a part of their own (with no stop, a stop, a colon or a
    dash), run in before the first sentence (colon, stop, dash or em dash) or not at all (0.15); now and then in
    bold asterisks or with a ``Q:`` before a question heading; an item's sentences as parts of their own or as one
    (0.3), now and then each after a hyphen; one marker style for the list (numbers in several shapes, letters,
    roman numerals, "Clause N", a section sign, "Rule N", bullets of several kinds, or none), now and then on the
    heading only; a divider line between items at some sites, and a "Please note:" before the first sentence of
    one item now and then. Opening, closing and title lines come from ``_furnish``."""
    no_comment = rng.random() < 0.25
    if no_comment:
        word, words = rng.choice(WORDS_139[1:])
    elif rng.random() < 0.65:
        word, words = WORDS_139[0]
    else:
        word, words = rng.choice(WORDS_139)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    if rng.random() < 0.3:
        kinds = rng.sample(range(len(REWORDINGS_139)), rng.randint(2, 5))
    else:
        kinds = rng.sample(range(len(REWORDINGS_139)), rng.randint(8, 16))
    if rng.random() < 0.45:
        kinds.sort()

    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    placing = rng.choices(("own", "run-in", "none"), weights=(0.45, 0.4, 0.15))[0]
    own_stop = rng.choice(("", "", ".", ":", " \u2013"))
    run_in = rng.choice((": ", ": ", ". ", " - ", " \u2014 ", " \u2013 "))
    bold = rng.random() < 0.07
    q_mark = rng.random() < 0.1
    style = rng.choice(
        (
            "num-dot",
            "num-dot",
            "num-dot",
            "num-paren",
            "num-both",
            "num-colon",
            "num-pad",
            "letter-dot",
            "letter-paren",
            "roman-dot",
            "roman-upper",
            "roman-paren",
            "clause",
            "section-sign",
            "rule",
            "rule-no",
            "bullet",
            "bullet",
            "hyphen",
            "star",
            "arrow",
            "square",
            "none",
            "none",
            "none",
        )
    )
    most = rng.choice((1, 2, 2, 3))
    joined = rng.random() < 0.3
    dashed = not joined and rng.random() < 0.06
    divider = rng.choices(("", "* * *", "~", "---"), weights=(0.9, 0.04, 0.03, 0.03))[0]
    note_at = rng.randrange(len(kinds)) if rng.random() < 0.12 else -1

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_139[kind]
        heading = _cased(rng.choice(headings).format(**names), case)
        question = heading.endswith("?")
        if q_mark and question:
            heading = "Q: " + heading
        if bold:
            heading = f"**{heading}**"
        said = [sentence.format(**names) for sentence in rng.sample(sentences, rng.randint(1, most))]
        if n == note_at:
            said[0] = "Please note: " + said[0][:1].lower() + said[0][1:]
        if dashed and len(said) > 1:
            said = ["- " + sentence for sentence in said]
        parts = [" ".join(said)] if joined else said
        marker = _marker(style, n)
        if placing == "own":
            stop = "" if question or bold else own_stop
            item: tuple[str, ...] = (marker + heading + stop, *parts)
        elif placing == "run-in":
            joint = " " if question else run_in
            item = ("", marker + heading + joint + parts[0], *parts[1:])
        else:
            item = ("", marker + parts[0], *parts[1:])
        if divider and items:
            items.append(("", divider))
        items.append(item)

    def fit(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**names) for line in lines]
        kept = [line for line in formatted if not (no_comment and _says_comment(line))]
        return kept or formatted[:1]

    return _furnish(items, rng, fit(POLICY_INTROS_139), fit(POLICY_CLOSINGS_139), fit(POLICY_TITLES_139), AMERICAN_139)
