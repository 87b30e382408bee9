"""The ``reworded-261`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Niue English news, Moray coast papers, Idaho Snake River weeklies, lacrosse clubs, bonsai societies,
cystic fibrosis parents' forums, harbour-side flat owners, tidal mill trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind as (headings, sentences). Placeholders: {c}/{cs} the site's word for what readers send (singular,
# plural), {C}/{Cs} the same capitalised, {mods} who looks after the site and {Mods} that capitalised.
REWORDINGS_261: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Keep it civil",
            "How should I treat other members?",
            "Respect",
            "Manners",
        ),
        (
            "Disagree by all means, but do it politely and argue with the point, not the person who made it.",
            "Personal attacks, name-calling and sneering at other members will be removed.",
            "This is a small island and a small readership: please write as you would speak to a neighbour in Alofi.",
            "Treat everyone here the way you would want to be treated at the clubhouse after a hard game.",
            "We are all parents doing our best, so please be gentle with each other, especially on a bad day.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Racism and abuse", "What counts as hate speech?", "Equality"),
        (
            "Material that attacks people for their race, religion, sex, sexuality, disability or age is not allowed.",
            "Racist, sectarian or homophobic {cs} will be deleted and the account closed without warning.",
            "We will not publish anything that stirs up hatred against any community, on the island or overseas.",
            "Jokes at the expense of a group of people are still abuse, however they are meant.",
            "Behaviour that would be an offence under the Public Order Act or the Hate Crime and Public Order "
            "(Scotland) Act 2021 will be passed to Police Scotland.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private things private",
            "Can I post someone's address?",
            "Other people's details",
            "Your data",
        ),
        (
            "Do not post phone numbers, addresses, email addresses or flat numbers, yours or anyone else's.",
            "Please do not name children or post photographs of players under 18 without a parent's consent.",
            "Remember that anything you post can be read by anyone, including your employer and your child's school.",
            "Disputes with a neighbour or the factor belong in a private letter, not on the residents' board.",
            "Please leave out your child's full name, hospital number and clinic details when describing test results.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young players",
            "Children and vulnerable adults",
            "Who is our welfare officer?",
            "Keeping children safe",
        ),
        (
            "Coaches must not message junior players privately; all contact goes through a parent or the team group.",
            "If you are worried about a child's welfare, contact the club welfare officer straight away rather than "
            "posting here.",
            "Anything that puts a child at risk will be removed and, where needed, reported to the police.",
            "Volunteers who work with school groups at the mill hold a current PVG or DBS check.",
            "If someone tells you they are in danger, call 999 (or 911 in Idaho) first, then let {mods} know.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting times", "Approval"),
        (
            "All {cs} are read by a person before they go live, so there may be a delay, particularly at weekends.",
            "{Mods} are volunteers with day jobs and trees to water; please allow up to 48 hours.",
            "{Cs} sent after the paper goes to press on a Tuesday may not be read until Thursday morning.",
            "Because of the time difference with New Zealand, {cs} sent overnight are approved the next Niue morning.",
            "Posting the same {c} again will not make it appear sooner and may send it to the spam folder.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Please keep to the subject of the article or thread you are replying to.",
            "Questions about styling, repotting and winter care each have their own board; please use the right one.",
            "Club business, fixtures and results go in the Club News section, not in the general chat.",
            "This page is for news of the mill and the trust, not a place to settle the question of the new car park.",
            "Off-topic {cs} may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and swaps",
            "Can I advertise my business?",
            "Commercial posts",
            "Promotions",
        ),
        (
            "Adverts, chain letters and links to other businesses will be removed; contact our advertising office "
            "for rates.",
            "Members may sell trees, pots and tools in the Sales and Wants board, but traders must ask the committee "
            "first.",
            "Second-hand sticks, helmets and gloves may be offered to other members at no more than a fair price.",
            "Repeated links to the same website will be treated as spam and the account suspended.",
            "Fundraising for individual families is only allowed with the agreement of {mods}.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Who can post?", "Real names", "Registration", "One person, one account"),
        (
            "Please use your real name; we do not print anonymous letters, though we may withhold a name on request.",
            "Each member may have one account; shared or duplicate accounts will be closed.",
            "Membership of the forum is open to parents and carers of children with cystic fibrosis.",
            "Only owners and tenants of the development may register, and the committee may check this against the "
            "register of owners.",
            "Do not pretend to be someone else, including another club, a coach or a member of staff.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Court cases", "Is it legal to say that?", "Contempt of court"),
        (
            "Do not write anything untrue that could damage someone's reputation; you, and we, could be sued for it.",
            "Once a person has been charged, nothing may be said about the case that could prejudice a trial.",
            "Under Scots law the risk of contempt starts as soon as an arrest is made, so we close {cs} on such "
            "stories.",
            "Do not accuse anyone of a crime unless they have been convicted in open court.",
            "Anything that breaks the laws of Niue, New Zealand or the country you post from will be removed.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Other people's work", "Can I share a photo?", "Images and links"),
        (
            "Only upload photographs you took yourself, or that you have the owner's permission to share.",
            "Do not copy whole articles from other papers; a short quote and a link is enough.",
            "Photos of trees shown at our exhibitions belong to the exhibitor and may not be reused without asking.",
            "By posting you give us permission to print your letter in the paper and on our website.",
            "Pictures of the mill wheel and machinery may be shared freely for non-commercial use if you credit the "
            "trust.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report", "How do I report a post?", "Flagging", "Seen something wrong?"),
        (
            "If you see something that breaks these rules, use the Report button beside it rather than replying.",
            "Please email {mods} with a link to the {c} and a short note of what is wrong.",
            "Reports are read by a person, usually within a day, and we will not tell the poster who reported them.",
            "Please report, do not retaliate: arguing back only makes the thread harder to clean up.",
            "Concerns about a coach or volunteer should go to the welfare officer, not be raised in public.",
        ),
    ),
    (  # discretion
        ("Our decision", "The editor's discretion", "The committee's decision is final", "Discretion", "Who decides?"),
        (
            "{Mods} may edit, shorten or refuse any {c} without giving a reason.",
            "The editor's decision on what is published is final, and no correspondence will be entered into.",
            "We do not have to publish every letter we receive, and we may shorten them for space.",
            "The committee may remove any notice from the board in the entrance hall at any time.",
            "Publication of a {c} does not mean the trust agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, please tell us and we will put it right as quickly as we can.",
            "Got a story from Buckie, Burghead or anywhere along the coast? Phone the newsroom or send us a message.",
            "Tips about stories in Twin Falls, Jerome or the Magic Valley can be sent to the news desk in confidence.",
            "Corrections are printed on page two of the following week's paper.",
            "Please do not use the {cs} to report errors; the editor may not see them there.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Language and tone"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English, or in Vagahau Niue with an English translation so everyone can follow.",
            "Avoid writing in capitals; it reads as shouting.",
            "This forum is read by children and grandparents, so keep your language family-friendly.",
            "Text speak and strings of emoji make {cs} hard to read; please write in full sentences.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "A first breach will usually get a private warning; a second, a suspension; a third, a ban.",
            "Serious breaches, such as threats or abuse, lead to an immediate and permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "{Mods} may suspend posting rights while a complaint is looked into.",
            "Breaking these rules may also be treated as a breach of the club's code of conduct.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety",
            "Not a substitute for your CF team",
            "Is advice here reliable?",
            "Health and safety",
            "Stay safe",
        ),
        (
            "Nothing posted here is medical advice; always check changes to treatment with your CF team.",
            "Please do not arrange to meet other families with CF in person; cross-infection is a real risk.",
            "Members' advice on pesticides and fungicides is given in good faith; read the label and follow it.",
            "The foreshore below the mill floods quickly on a rising tide; never cross the mud to reach the sluice.",
            "River levels below Shoshone Falls and Milner Dam can change fast, so check flows before you float.",
        ),
    ),
    (  # notices on the board
        ("Notices", "Posting on the noticeboard", "How long do notices stay up?", "Lost and found", "Events"),
        (
            "Notices are removed after 28 days unless the committee agrees otherwise.",
            "Please date every notice and put your flat number, not your phone number, on it.",
            "Lost keys and fobs should be handed to the concierge rather than described here.",
            "Events open to all members, such as workshops and shows, may be posted by anyone; please give a date "
            "and place.",
            "Notices about parking, bins and the harbour gate should go to the managing agent first.",
        ),
    ),
)

# The site's word for what readers send, singular then plural: most say "comment", a quarter never do.
COMMENT_WORDS_261: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_261: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site.
MODERATORS_261: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteers",
    "the trustees",
    "the news desk",
    "the club secretary",
    "the admins",
    "the residents' committee",
)

# Opening lines a site prints above its rules.
POLICY_INTROS_261: tuple[str, ...] = (
    "We welcome your {cs}, but please read the following before you post.",
    "These house rules apply to everyone who takes part.",
    "To keep this a friendly place for members, we ask that you follow a few simple rules.",
    "By posting you agree to the terms below.",
    "Fakaalofa lahi atu, and thank you for reading. A few rules first:",
    "The society's forum is for members to share their trees and their knowledge. Please keep to these rules.",
    "These terms were agreed at the owners' AGM and apply to the noticeboard and the online group.",
)

# Closing lines a site prints below its rules.
POLICY_CLOSINGS_261: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If you have any questions about these rules, please contact {mods}.",
    "These rules may be changed at any time; the current version is always on this page.",
    "Fakaaue lahi for your {cs}.",
    "Thanks for reading, and enjoy the season.",
    "Happy growing.",
    "The trust thanks all its friends and volunteers for their support.",
)

# Titles a site prints above its rules.
POLICY_TITLES_261: tuple[str, ...] = (
    "House Rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Letters and {cs} policy",
    "Noticeboard terms",
    "Rules of the group",
    "Code of conduct",
    "Before you post",
)

# British spellings in the sentences above, and their American forms.
AMERICAN_261: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "offence": "offense",
    "harbour": "harbor",
    "colour": "color",
    "programme": "program",
    "organisation": "organization",
    "apologise": "apologize",
    "criticise": "criticize",
    "recognise": "recognize",
    "judgement": "judgment",
    "favour": "favor",
    "honour": "honor",
    "centre": "center",
    "licence": "license",
}

# Words left lower case when a heading is printed in title case.
SMALL_WORDS_261 = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"))

ROMAN_261 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
)


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_261) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The list marker printed before item ``number`` (1-based) in ``style``, with its trailing space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "number": f"{number}. ",
        "bracket": f"{number}) ",
        "letter": f"({letter}) ",
        "roman": f"{ROMAN_261[(number - 1) % len(ROMAN_261)]}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "rule": f"Rule {number}: ",
        "section": f"1.{number} ",
        "paragraph sign": f"\u00a7{number} ",
        "clause": f"Clause {number} \u2013 ",
    }
    return markers.get(style, "")


def _items_261(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (a quarter never say "comment")
    and who moderates it; how many item kinds it prints (a few sites two to five, most six to sixteen), kept in table
    order or shuffled, and one to three sentences from each kind; whether it prints headings at all and in which case
    (as written, title case or capitals); where headings stand (a part of their own, bare or with a stop or colon, or
    run in before the first sentence after a colon, stop or dash); a list marker style (numbers, brackets, letters,
    roman numerals, bullets, dashes, "Rule 1:", section, paragraph-sign or clause numbers) or none; and habits of its
    own: a bold or starred emphasis on headings, a part line above the items, a last-updated line and a sign-off.
    Then the opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_261 if rng.random() < 0.25 else COMMENT_WORDS_261)
    moderators = rng.choice(MODERATORS_261)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    kinds = list(REWORDINGS_261)
    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(kinds, count) if rng.random() < 0.5 else kinds[:count]

    with_headings = rng.random() < 0.75
    heading_case = rng.choice(("as written", "title", "capitals"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "number",
            "bracket",
            "letter",
            "roman",
            "bullet",
            "dash",
            "rule",
            "section",
            "paragraph sign",
            "clause",
        )
    )
    emphasis = rng.choice(("", "", "", "**", "*"))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(
            (
                "",
                rng.choice(
                    ("Part A \u2013 Posting rules", "Section 1: General", "THE RULES", "Terms of use for members")
                ),
            )
        )
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [text.format(**fill) for text in rng.sample(sentences, rng.randint(1, 3))]
        marker = _marker(marker_style, number)
        if not with_headings:
            chosen[0] = marker + chosen[0]
            items.append(("", *chosen))
            continue
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        asks = heading.endswith("?")
        if placement.startswith("run"):
            joint = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[placement]
            if asks:
                joint = " "
            heading = f"{emphasis}{heading}{emphasis}" if emphasis else heading
            chosen[0] = f"{marker}{heading}{joint}{chosen[0]}"
            items.append(("", *chosen))
            continue
        if not asks and placement == "own stop":
            heading += "."
        elif not asks and placement == "own colon":
            heading += ":"
        heading = f"{emphasis}{heading}{emphasis}" if emphasis else heading
        items.append((marker + heading, *chosen))

    if rng.random() < 0.2:
        day = rng.randint(1, 28)
        month = rng.choice(("January", "March", "April", "June", "August", "September", "November"))
        year = rng.randint(2016, 2026)
        items.append(
            (
                "",
                rng.choice(
                    (
                        f"Last updated: {day} {month} {year}",
                        f"Updated {month} {year}.",
                        f"Agreed by the committee, {month} {year}.",
                    )
                ),
            )
        )
    if rng.random() < 0.15:
        items.append(
            (
                "",
                rng.choice(
                    (
                        "\u2014 The Editor",
                        "The Committee",
                        "Signed on behalf of the trustees",
                        "Moderator team",
                        "Fakaaue lahi, the news team",
                    )
                ),
            )
        )

    intros = [line.format(**fill) for line in POLICY_INTROS_261]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_261]
    titles = [line.format(**fill) for line in POLICY_TITLES_261]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_261)
