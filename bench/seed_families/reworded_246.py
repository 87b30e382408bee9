"""The ``reworded-246`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Gibraltar news, Cornish fishing-village papers, Louisiana bayou weeklies, fencing clubs, choral
societies, fibromyalgia forums, community garden plot holders, vintage aircraft restorers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): five or six headings, questions among them,
# and five sentences in the voice of the papers, clubs, societies and forums above. {c} {cs} {C} {Cs} stand for the
# site's word for what readers send (singular, plural, capitalised), {mods} for who looks after the site.
REWORDINGS_246: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it courteous", "How should I treat other members?", "Respect", "Mind your manners"),
        (
            "Disagree as much as you like, but do it politely: take issue with the argument, never with the person "
            "who made it.",
            "We are a small community on the Rock and most of us will pass each other on Main Street, so write as "
            "you would speak to a neighbour's face.",
            "Treat fellow members as you would an opponent on the piste: salute, fence hard and shake hands "
            "afterwards.",
            "Sniping, name-calling and sarcasm aimed at other plot holders will be removed, however witty you think "
            "it is.",
            "Everyone here lives with pain of one sort or another, so please be gentle with each other, especially "
            "with newcomers who are still finding their feet.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "What counts as hateful?", "Zero tolerance for bigotry", "Prejudice"),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexual orientation, disability or "
            "age will be deleted without warning.",
            "Abuse of our Spanish neighbours, or of any community on either side of the frontier, has no place here.",
            'Slurs are not made acceptable by putting them in quotation marks or by calling them "banter".',
            "We will not host anything that stirs up hatred, and serious cases will be passed to the police.",
            "Jokes at the expense of Cajuns, Creoles, the Houma, Vietnamese shrimpers or newcomers to the parish are "
            "not welcome.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Can I name someone?", "Keep it private", "Other people's details"),
        (
            "Do not post anyone's address, phone number, email or car registration, and think twice before posting "
            "your own.",
            "Please don't name another member's employer, doctor or diagnosis unless they have shared it here "
            "themselves.",
            "Photographs taken on club nights may only be posted with the consent of everyone who can be recognised "
            "in them.",
            "Plot numbers are fine; home addresses and the comings and goings of fellow plot holders are not.",
            "We handle your details in line with the Data Protection Act 2004 and the Gibraltar GDPR, and we never "
            "sell them to anyone.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young members",
            "Protecting children and vulnerable adults",
            "Who do I tell if I'm worried?",
            "Juniors",
        ),
        (
            "Many of our fencers are under 18, and adults must not contact junior members privately through this "
            "site or any other.",
            "If you are worried about the welfare of a child or vulnerable adult in the club, speak to our welfare "
            "officer rather than posting about it here.",
            "Do not post photographs in which juniors can be identified by name, school or club kit without written "
            "permission from a parent.",
            "If you are thinking of harming yourself, please stop reading and call Samaritans on 116 123, or 988 in "
            "the United States; they answer day and night.",
            "Anything suggesting that a child may be at risk will be passed to the proper authorities and will not "
            "be discussed on the board.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "Patience, please",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or more.",
            "We are a weekly paper with a staff of four, so {cs} sent on a Friday may not be looked at until Tuesday.",
            "{Cs} sent during regatta week, when the whole office is down at the harbour, will have to wait their "
            "turn.",
            "Your first few {cs} will be held for approval; once you have a track record they will go straight up.",
            "Please don't send the same {c} again if it hasn't appeared yet, as duplicates only slow the queue down.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posting",
            "Is this the right place?",
            "Relevance",
            "Right board, right thread",
        ),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Questions about rehearsal dates belong in Members' Notices, not under the concert reviews.",
            "Threads about dope and fabric should not turn into arguments about the finest warbird ever built; start "
            "a new thread instead.",
            "General chat about the weather, the queue at the frontier or last night's match belongs in the Lounge, "
            "not under news stories.",
            "{Cs} that drift far from the subject may be moved or removed by {mods} without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Can I sell things here?",
            "Commercial posts",
            "Self-promotion",
            "Buying and selling",
        ),
        (
            "Advertising, affiliate links and chain messages will be removed and the account closed.",
            "Members may offer spare seedlings, tools and surplus produce free of charge on the swap board, but plots "
            "themselves cannot be sublet or sold.",
            "Anyone selling supplements, miracle cures or 'pain-free in 30 days' programmes will be banned on sight.",
            "Traders who want to reach our readers can buy an advertisement in the paper like everybody else.",
            "Parts for sale may be listed once a month in the Classifieds thread, with an honest description, a "
            "price and whatever provenance you have.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Usernames", "Who can post?", "Real names", "One person, one account", "Registration"),
        (
            "{Cs} for print must carry your full name and the town, village or parish you live in; we do not publish "
            "anonymous ones.",
            "One account per person: second accounts set up to back your own arguments will be deleted along with "
            "the first.",
            "You may use a nickname, but do not pretend to be another person, another club or a member of staff.",
            "Only paid-up members of the society may post, and your login lapses if your subscription is not renewed "
            "by 1 October.",
            "Keep your password to yourself, because you are responsible for everything posted under your name.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Could I be sued?", "Contempt of court", "Libel"),
        (
            "You are legally responsible for what you write, and the law of defamation applies to {cs} just as it "
            "does to a newspaper.",
            "Do not speculate about anyone's guilt while a case is before the Magistrates' Court or the Supreme "
            "Court of Gibraltar.",
            "Under Louisiana law you can be sued for a false statement that harms someone's reputation, so stick to "
            "what you know to be true.",
            "Never name the victim of a sexual offence, even if everyone in the village already knows who it is; "
            "doing so is itself a criminal offence.",
            "We will co-operate with the police and the courts if they ask us for information about a {c}.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I post photos?", "Quoting and linking", "Photos, music and articles"),
        (
            "Do not paste whole articles from other papers: a short quotation and a link are enough.",
            "Scores and part-books from the library are copyright, and scanning or posting them here is not allowed, "
            "however hard the tenor line.",
            "Only upload photographs you took yourself or have permission to share, and say who took them.",
            "Recordings of our concerts belong to the society and its performers and may not be put on YouTube or "
            "anywhere else without the committee's agreement.",
            "By sending us a {c} you give us permission to publish it online and in print, and to edit it for length.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "Seen something wrong?", "How do I flag a {c}?", "Tell us"),
        (
            "Use the Report link under any {c} you think breaks these rules, and {mods} will look at it.",
            "Please report, don't reply: arguing with a troll in the thread only keeps it going.",
            "If a {c} about you is untrue, email the office with a link to it and we will look into it within two "
            "working days.",
            "Reports are confidential, and the person you report will not be told who raised it.",
            "Problems on the site itself, such as a dripping tap, a dumped mattress or a water trough left running, "
            "go to the lettings officer and not to the forum.",
        ),
    ),
    (  # discretion of the editor or committee
        (
            "Our decision is final",
            "Editorial discretion",
            "Who decides?",
            "The right to remove",
            "Discretion",
            "Can you edit what I write?",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason, and that decision is final.",
            "Publishing a {c} does not mean that the paper agrees with it.",
            "We may shorten {cs} for length or clarity, and we will not always tell you that we have done so.",
            "This is not a complete list, and anything the committee judges likely to bring the club into disrepute "
            "may be taken down.",
            "Disagreements about moderation should be raised by private message, never in the public threads.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us what's happening",
            "Putting it right",
        ),
        (
            "If we have got something wrong in a story, let the office know and we will correct it in print and "
            "online.",
            "Corrections belong in an email to the editor, not in a {c} at the foot of the article, where we may "
            "never see them.",
            "Got a picture of the catch, a lifeboat shout or a wedding on the quay? Send it in and we may use it in "
            "next week's paper.",
            "Tips about what is happening down the bayou, from a camp road washing out to the blessing of the fleet, "
            "are always welcome.",
            "If you know more about a story, tell the newsdesk in confidence rather than posting it for all to see.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language?", "Keep it clean", "Bad language", "Write in English, please"),
        (
            "No swearing, and that includes swear words with letters replaced by asterisks.",
            "Please write in English so that everyone can follow; a word or two of Llanito or Spanish is fine.",
            "Cajun French is as welcome here as English, and abuse is not welcome in either.",
            "Writing in capitals reads as shouting and makes {cs} hard to read.",
            "Dialect is fine, and so is the odd word of Kernewek, but keep it clean: this paper is read in the "
            "school library.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a permanent ban.",
            "Serious breaches such as threats or hate speech will lead to an immediate ban without any warning.",
            "Banned members who come back under a new name will be removed again as soon as they are spotted.",
            "A ban from the forum does not affect your membership of the club, which is a matter for the committee "
            "under the constitution.",
            "Persistent offensive behaviour may be raised at the next committee meeting and can cost you your plot "
            "under the tenancy agreement.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Is this professional advice?",
            "Advice and safety",
            "Use your own judgement",
            "Safety first",
            "Advice at your own risk",
        ),
        (
            "Members share their own experience, not medical advice, so talk to your GP or specialist before you "
            "start, stop or change any medication.",
            "Never advise another member to come off pregabalin, duloxetine or any other prescribed drug suddenly.",
            "Nothing posted here is approved maintenance data: check any repair against the manuals and with your "
            "licensed engineer or LAA inspector before the aeroplane flies.",
            "Never repair or modify a blade from instructions read on a forum; a broken sabre or épée on the piste "
            "can kill.",
            "Tips on sprays, strimmers and rotavators are shared in good faith, so read the label and the manual and "
            "wear the right kit.",
        ),
    ),
    (  # notices and events
        ("Notices and events", "Can I post about an event?", "Club notices", "What's on", "Events and open days"),
        (
            "Members may post notices of concerts, competitions and open days in the Events section.",
            "Please give the date, time, venue and ticket price in the first line of any notice.",
            "Fly-in notices must give the airfield, the PPR telephone number and any NOTAMs that apply.",
            "Lost and found items go on the noticeboard by the shed, and a copy may be posted here.",
            "We do not carry notices for political parties or campaign groups in the run-up to an election.",
        ),
    ),
)

# What readers send, singular and plural: most sites say "comment", a quarter never do.
COMMENT_WORD_246 = ("comment", "comments")
OTHER_WORDS_246: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as it stands in a sentence.
MODERATORS_246 = (
    "the moderators",
    "the mods",
    "the moderation team",
    "the editor",
    "the editorial team",
    "the newsroom",
    "the committee",
    "the forum admins",
    "our volunteer moderators",
    "the webmaster",
    "the site team",
)

# Opening lines printed before the items (placeholders filled per site).
POLICY_INTROS_246 = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "By posting on this site you agree to the following.",
    "These house rules apply to every {c} on the site, in every section.",
    "Our forum is a friendly place and we want to keep it that way.",
    "The committee has agreed the following guidelines for the members' noticeboard.",
    "This is a support community for people living with fibromyalgia and for those who care for them.",
    "Before you post, a word about how we run things here.",
)

# Closing lines printed after the items (placeholders filled per site).
POLICY_CLOSINGS_246 = (
    "Thank you for helping to keep this a friendly place.",
    "Thanks for reading, and happy posting.",
    "Questions about these rules can be sent to {mods} through the Contact page.",
    "These rules may be changed at any time without notice.",
    "Gentle hugs to all, and take care of yourselves.",
    "See you on the piste.",
    "Happy gardening!",
    "Blue skies, and thank you for keeping the forum civil.",
    "These guidelines form part of our terms and conditions.",
)

# Titles printed above the policy (placeholders filled per site).
POLICY_TITLES_246 = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Rules of the noticeboard",
    "Terms of use for {cs}",
    "Guidelines for {cs}",
    "Members' forum: code of conduct",
    "Readers' {cs}: our rules",
)

# British spellings used in the lines above, and how an American site prints them.
AMERICAN_246 = {
    "neighbour": "neighbor",
    "recognised": "recognized",
    "programmes": "programs",
    "offence": "offense",
    "co-operate": "cooperate",
    "behaviour": "behavior",
    "aeroplane": "airplane",
    "sabre": "saber",
    "judgement": "judgment",
}

# Section lines a site prints above its items.
SECTION_LINES_246 = (
    "Section 4: Posting on the forum",
    "Part B: Readers' {cs}",
    "Code of conduct",
    "Rules for members",
    "Appendix 2 to the club constitution",
    "Noticeboard terms",
)

# Sign-offs printed under the items; {Mods} is who looks after the site, in title case.
SIGN_OFFS_246 = (
    "- {Mods}",
    "\u2014 {Mods}",
    "Thank you, {Mods}",
    "Meur ras, {Mods}",
    "Merci, {Mods}",
    "Gracias, {Mods}",
    "Posted by admin",
)

# Month names for last-updated lines.
MONTHS_246 = (
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

# Words a heading in title case leaves in lower case.
SMALL_WORDS_246 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by"})


def _roman_246(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_246(heading: str) -> str:
    """``heading`` with each word capitalised but for the small ones between the first and the last."""
    words = heading.split(" ")
    return " ".join(
        word if 0 < index < len(words) - 1 and word.lower() in SMALL_WORDS_246 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_246(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1), ``section`` for section-numbered lists."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_246(number)}.",
        "(i)": f"({_roman_246(number)})",
        "I.": f"{_roman_246(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en dash": "\u2013",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} \u2013",
        "4.1": f"{section}.{number}",
        "section": f"\u00a7{section}.{number}",
    }[style]


def _last_updated_246(rng: random.Random) -> str:
    """A last-updated line with a date drawn from ``rng``."""
    year, month, day = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS_246[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Last updated {day:02d}/{month:02d}/{year}",
            f"Updated {name} {day}, {year}.",
            f"Revised {name} {year}",
            f"Agreed by the committee at the AGM, {name} {year}.",
            f"(Reviewed {day} {name} {year})",
        )
    )


def _items_246(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution, letter or submission) and who moderates; how many kinds it prints (two to five for a few sites, six
    to sixteen for most), in table order or shuffled; up to how many sentences an item has (one to three), drawn
    without repeats; its heading case (sentence, title or capitals) or no headings at all; where headings stand (a
    part of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash);
    its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and its
    own printing habits: a section line above the items, a last-updated line at the top or foot, headings in
    markdown emphasis, "not" printed in capitals, a sign-off from whoever runs the site. The opening, closing and
    title lines, American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = COMMENT_WORD_246 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_246)
    mods = rng.choice(MODERATORS_246)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": mods}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_246)), count)
    if rng.random() < 0.6:
        chosen.sort()
    most_sentences = rng.choice((1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "star",
            "dash",
            "en dash",
            "Rule 1:",
            "Rule 1 -",
            "4.1",
            "section",
        )
    )
    section = rng.randint(2, 9)
    emphasis = rng.choice(("**", "__")) if heading_case != "none" and rng.random() < 0.15 else ""
    shout_not = rng.random() < 0.12

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_246[kind]
        picked = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if shout_not:
            picked = [sentence.replace(" not ", " NOT ") for sentence in picked]
        marker = _marker_246(marker_style, number, section) + " " if marker_style else ""
        if heading_case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
            continue
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_246(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        asks = heading.endswith("?")
        if placement.startswith("own"):
            if not asks and placement == "own stop":
                heading += "."
            elif not asks and placement == "own colon":
                heading += ":"
            if emphasis:
                heading = emphasis + heading + emphasis
            items.append((marker + heading, *picked))
            continue
        if emphasis:
            heading = emphasis + heading + emphasis
        separator = " " if asks else {"run-in colon": ": ", "run-in stop": ". ", "run-in dash": dash}[placement]
        items.append(("", marker + heading + separator + picked[0], *picked[1:]))

    if rng.random() < 0.15:
        items.insert(0, (fill(rng.choice(SECTION_LINES_246)), ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_246(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_246).format(Mods=_title_case_246(mods))))

    intros = [fill(line) for line in POLICY_INTROS_246]
    closings = [fill(line) for line in POLICY_CLOSINGS_246]
    titles = [fill(line) for line in POLICY_TITLES_246]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_246)
