"""The ``reworded-328`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fetlar bulletins, Glossop papers, Sawtooth valley weeklies, underwater hockey and aquathlon clubs,
clog and sword dancing sides, stillbirth and neonatal loss forums, tree warden networks, bathing pool friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Headings are written in sentence case; the site's
# heading case is applied when drawn. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers
# send and ``{mods}`` for who looks after the site; a sentence's first letter is capitalised after filling.
REWORDINGS_328: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        ("Be kind", "Keep it civil", "Play the ball, not the player", "How should I treat other members?", "Respect"),
        (
            "Disagree by all means, but do it politely and without personal attacks.",
            "Treat other readers as you would a neighbour in the ferry queue at Hamars Ness: you will meet them again.",
            "Criticise the argument, never the person making it.",
            "{Cs} that sneer, belittle or pile on will be taken down, however clever they are.",
            "We are a small club and everyone gives up their evenings for it, so please keep the tone friendly, "
            "on the pool deck and off it.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("No hate", "Discrimination", "Hate speech", "What counts as hateful?", "Equality and inclusion"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability, "
            "age or where they come from.",
            "That includes 'jokes' and coded language; if in doubt, leave it out.",
            "Incomers and islanders are equally welcome here, and so are their opinions — sneering at either is not.",
            "Material likely to stir up hatred can be an offence under the Public Order Act 1986 and will be passed "
            "to the police.",
            "Dancing belongs to everyone, so remarks about who should or should not be in a side because of their "
            "gender or background will be removed.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address or phone number?",
            "Other people's details",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Please don't name private individuals who are not already part of a story.",
            "If you want to contact another member, send a private message rather than replying in a public thread.",
            "We handle your details in line with UK GDPR and the Data Protection Act 2018; our privacy notice says "
            "how long we keep them.",
            "Remember that anything you write here can be read by anyone, including your employer and your family.",
        ),
    ),
    # Safeguarding, children and photographs.
    (
        (
            "Safeguarding",
            "Children and young people",
            "Photos of juniors",
            "Is it OK to post pictures from the gala?",
            "Looking after each other",
        ),
        (
            "Do not post photographs of junior members without written consent from a parent or guardian.",
            "Never name a child alongside a photo of them, or say which school they go to.",
            "If you are worried about a child or vulnerable adult, speak to the club welfare officer instead of "
            "posting about it.",
            "Anyone under 18 needs a parent's permission before joining the forum.",
            "If a {c} suggests that someone is at risk of harm, {mods} may share information with the emergency "
            "services.",
        ),
    ),
    # Moderation and delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "Everything here is put together by volunteers in their spare time, and a {c} sent on a Friday may not "
            "go up until Monday.",
            "Mobile signal on the isle comes and goes, and so do we — please be patient.",
            "{Cs} are not approved overnight or at weekends.",
            "Sending the same thing twice will not make it appear any faster.",
        ),
    ),
    # Staying on topic.
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "Where should I post this?"),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Questions about the Snake Pass closures belong under the roads stories, not the council tax ones.",
            "Kit swaps, lifts to tournaments and general chat go on the noticeboard, not under match reports.",
            "Arguments about wolves, grazing or the Redfish Lake boat ramp belong under those stories, not every "
            "other one.",
            "Threads that wander off topic may be closed or moved.",
        ),
    ),
    # Advertising and spam.
    (
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "No advertising, chain letters or links to sell things.",
            "Small ads go to the editor and cost £2 for up to 30 words in the next issue.",
            "Fundraisers and events for the pool are welcome, but please check with {mods} first.",
            "Links posted only to drive traffic to another site will be removed, along with the account.",
            "Members may mention kit for sale once, in the For Sale thread, with a price.",
        ),
    ),
    # Names and accounts.
    (
        ("Your name", "Usernames", "One account each", "Do I have to use my real name?", "Accounts", "Registration"),
        (
            "Please give your real name and village; we will not print anonymous {cs}, though we may withhold a "
            "name on request.",
            "Usernames must not be offensive or pretend to be another person, club or organisation.",
            "One account per person, please — sock puppets will all be removed.",
            "You are welcome to use a nickname, and many parents add their baby's name and date to their signature.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal", "Defamation", "Contempt of court", "Could I get into trouble for what I post?"),
        (
            "Do not say anything about a person that you could not prove to be true; defamation applies online just "
            "as it does in print.",
            "Do not discuss cases that are before the courts, including anything listed at Chesterfield magistrates, "
            "as this may be contempt of court.",
            "Anything that breaks the law, or encourages others to, will be removed and may be reported to the police.",
            "Shetland is in Scotland, so Scots law on defamation applies to everything posted here.",
            "Under Idaho law, as anywhere else, you answer for your own words, and we may have to hand over your "
            "details if a court orders it.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photos and copyright",
            "Whose picture is it?",
            "Can I share a newspaper article?",
            "Other people's work",
        ),
        (
            "Only upload photos you took yourself or have permission to use.",
            "Please link to other articles rather than pasting them in full.",
            "By sending us a {c} or photo you give us permission to print it in the bulletin and put it on the website.",
            "Tunes, dance notations and recordings belong to the people who made them; credit them and ask before "
            "sharing.",
            "Ordnance Survey maps are copyright and should not be posted without a licence.",
        ),
    ),
    # Reporting.
    (
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Reports are anonymous, and the person you report will not be told who flagged them.",
            "You can also email {mods} directly, or have a word at training.",
            "Please don't report {cs} simply because you disagree with them.",
            "We try to look at every report within a day, but sometimes it takes longer.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        ("Editor's decision", "Our discretion", "Final say", "The committee's decision", "Who decides?"),
        (
            "{mods} may edit, shorten or refuse any {c} without giving a reason.",
            "The editor's decision is final and no correspondence will be entered into.",
            "Space in the bulletin is limited, so longer {cs} may be trimmed.",
            "These rules may change at any time, and the version on this page is the one that applies.",
            "Publishing a {c} does not mean that the club agrees with it.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us your news"),
        (
            "If we have got something wrong, tell us and we will put it right as soon as we can.",
            "Corrections are printed in the next issue, on the same page as the original where possible.",
            "Send news, photos and dates for the diary to the editor by the 20th of the month.",
            "Please don't point out errors in a {c} under the story; email the newsdesk instead so it gets seen.",
            "Seen a tree being felled in a conservation area? Tell your local tree warden, not just the forum.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Keep it clean"),
        (
            "No swearing, including words with letters starred out.",
            "Strong language will be removed; this is a family paper.",
            "Please write in plain English and avoid typing in capitals, which reads as shouting.",
            "Please use the word 'baby' rather than clinical terms when writing about someone else's loss.",
            "Dialect is welcome — this is Shetland, after all — but {cs} need to be readable by everyone.",
        ),
    ),
    # Warnings and bans.
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Breaking these rules will usually earn a warning first; repeated breaches lead to a ban.",
            "Serious breaches, such as threats or hate, mean an immediate ban without warning.",
            "We run a three-strikes system, and strikes expire after six months.",
            "Anyone banned from the forum may also be asked to leave the club, as the constitution allows.",
            "Do not open a new account to get round a ban; it will be spotted and removed.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Medical advice",
            "Safety",
            "This is not medical advice",
            "Should I follow advice given here?",
            "Look after yourself",
            "Water safety",
        ),
        (
            "Members are not medical professionals; always speak to your midwife, GP or consultant about your own "
            "care.",
            "If you feel unsafe or are thinking of harming yourself, call 999 or the Samaritans on 116 123.",
            "Nothing posted here replaces proper coaching, and breath-hold training should never be practised alone.",
            "Swimming at the lido is at your own risk and only when a lifeguard is on duty.",
            "Advice about felling or pruning is general; check with the council before touching any tree that may "
            "have a Tree Preservation Order.",
        ),
    ),
    # Sensitive content, as loss forums print it.
    (
        (
            "Sensitive content",
            "Content warnings",
            "Pregnancy announcements",
            "Can I post photos of my baby?",
            "Trigger warnings",
        ),
        (
            "Please put a content warning at the start of any {c} that describes a birth or loss in detail.",
            "Photos of babies who have died are welcome in the Memories area, but please mark them so members can "
            "choose whether to look.",
            "Pregnancy and rainbow baby news goes in its own section, as some members are not ready to read it.",
            "Grief looks different for everyone; do not tell another parent how they should feel.",
            "Distressing images of any kind must be marked and may be removed.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Three sites in four say "comment"; the rest never do.
# Every other word starts with a consonant, since sentences print "a {c}".
COMMENT_WORD_328 = ("comment", "comments")
OTHER_WORDS_328: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
)

# Who looks after the site, as a sentence names them (after "by", "with", "email"); every sentence using it takes
# a modal verb, so singular and plural both read.
MODERATORS_328: tuple[str, ...] = (
    "the editor",
    "the editorial team",
    "the committee",
    "the moderators",
    "our volunteer moderators",
    "the forum team",
    "the admin team",
    "the squire and bagman",
    "the newsdesk",
    "the Friends' committee",
    "the network coordinator",
)

# Opening lines, filled with the site's words before ``_furnish`` draws one.
POLICY_INTROS_328: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, but a few ground rules apply.",
    "These guidelines help keep the forum a safe place for everyone.",
    "This page is run by volunteers; you can help us by keeping to the following.",
    "By joining, you agree to the house rules below.",
    "This forum is a place for bereaved parents and families to support one another. To keep it that way:",
    "A few words from {mods} about using the club pages.",
)

# Closing lines, filled the same way.
POLICY_CLOSINGS_328: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy posting, and see you at the pool.",
    "See you at practice.",
    "If you have any questions about these rules, please contact {mods}.",
    "Take care of yourselves and each other.",
    "These rules were agreed by the committee and will be reviewed at the next AGM.",
)

# Title lines, filled the same way.
POLICY_TITLES_328: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Guidelines for {cs}",
    "Rules of the group",
    "Terms of use",
)

# British spellings used above -> American, for sites that print American spelling.
AMERICAN_328: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "organisation": "organization",
    "licence": "license",
    "practised": "practiced",
}

# List markers real sites print before an item, by position (0-based).
_ROMAN_328 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MARKERS_328: tuple = (
    lambda n: f"{n + 1}.",
    lambda n: f"{n + 1})",
    lambda n: f"({n + 1})",
    lambda n: f"{chr(97 + n)})",
    lambda n: f"({chr(97 + n)})",
    lambda n: f"{_ROMAN_328[n]}.",
    lambda n: f"({_ROMAN_328[n]})",
    lambda n: "•",
    lambda n: "-",
    lambda n: "–",
    lambda n: "*",
    lambda n: f"Rule {n + 1}:",
    lambda n: f"Rule {n + 1} –",
    lambda n: f"1.{n + 1}",
    lambda n: f"Section {n + 1}.",
    lambda n: f"§{n + 1}",
    lambda n: f"#{n + 1}",
)

# Section lines some sites print above or below their rules.
_SECTION_LINES_328 = ("* * *", "---", "~ ~ ~", "________", "= = =")

# Words for a last-updated line, and the months it may name.
_UPDATED_328 = ("Last updated", "Last reviewed", "Updated", "Policy agreed by the committee", "Reviewed at the AGM")
_MONTHS_328 = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Sign-offs printed under the rules, and prefixes a site may put before one sentence it wants noticed.
_SIGN_OFFS_328 = (
    "The Editor",
    "The editorial team",
    "Fetlar Bulletin committee",
    "Friends of the Lido committee",
    "Forum moderators",
    "Bagman, on behalf of the side",
    "Club secretary",
    "Tree warden network coordinator",
)
_EMPHASIS_328 = ("PLEASE NOTE: ", "IMPORTANT: ", "NB: ", "Note: ")

# Words a title-cased heading keeps in lower case (unless first).
_SMALL_WORDS_328 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def _title_case_328(text: str) -> str:
    """``text`` in title case, leaving short joining words and already-capitalised letters alone."""
    words = text.split(" ")
    return " ".join(
        word if (index and word.lower() in _SMALL_WORDS_328) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_328(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. It draws, from ``rng`` only: the site's word for what readers send ("comment" for
    three sites in four) and who moderates; how many item kinds (2-5 for one site in five, else 6-16), kept in table
    order or shuffled; a range of one to three sentences an item; heading case (sentence, title, capitals) or no
    headings; whether headings stand as a part of their own (bare, with a stop or a colon) or run in before the first
    sentence after a colon, stop or dash; a list marker shape or none; then its own printing habits, each by chance:
    headings in asterisks, one sentence flagged with a "Please note"-style prefix, a section line above or below, a
    last-updated line and a sign-off. The items go through ``_furnish`` with the intros, closings and titles filled
    with the site's words."""
    if rng.random() < 0.75:
        singular, plural = COMMENT_WORD_328
    else:
        singular, plural = rng.choice(OTHER_WORDS_328)
    moderators = rng.choice(MODERATORS_328)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_328)), count)
    if rng.random() < 0.6:
        kinds.sort()
    fewest, most = rng.choice(((1, 1), (1, 1), (1, 2), (1, 2), (1, 3), (2, 2), (2, 3)))
    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" – ", " - ", " — "))
    marker = rng.choice(_MARKERS_328) if rng.random() < 0.55 else None
    starred = case != "none" and placement.startswith("own") and rng.random() < 0.1
    emphasised = rng.randrange(count) if rng.random() < 0.2 else -1

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_328[kind]
        chosen = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(fewest, most))]
        if position == emphasised and (len(chosen) > 1 or not placement.startswith("run-in")):
            chosen[-1] = rng.choice(_EMPHASIS_328) + chosen[-1]
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case_328(heading)
        elif case == "capitals":
            heading = heading.upper()
        elif case == "none":
            heading = ""
        questioned = heading.endswith("?")
        if heading and placement == "own stop" and not questioned:
            heading += "."
        elif heading and placement == "own colon" and not questioned:
            heading += ":"
        elif heading and placement.startswith("run-in"):
            joint = {"run-in colon": ": ", "run-in stop": ". ", "run-in dash": dash}
            chosen[0] = heading + (" " if questioned else joint[placement]) + chosen[0]
            heading = ""
        if heading and starred:
            heading = f"*{heading}*"
        if marker is not None:
            if heading:
                heading = f"{marker(position)} {heading}"
            else:
                chosen[0] = f"{marker(position)} {chosen[0]}"
        items.append((heading, *chosen))

    if rng.random() < 0.15:
        line = ("", rng.choice(_SECTION_LINES_328))
        if rng.random() < 0.5:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.25:
        month = rng.choice(_MONTHS_328)
        day = f"{rng.randint(1, 28)} " if rng.random() < 0.5 else ""
        stop = "." if rng.random() < 0.5 else ""
        items.append(("", f"{rng.choice(_UPDATED_328)}: {day}{month} {rng.randint(2016, 2026)}{stop}"))
    if rng.random() < 0.12:
        items.append(("", rng.choice(("", "— ", "- ")) + rng.choice(_SIGN_OFFS_328)))

    intros = [fill(line) for line in POLICY_INTROS_328]
    closings = [fill(line) for line in POLICY_CLOSINGS_328]
    titles = [fill(line) for line in POLICY_TITLES_328]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_328)
