"""The ``reworded-146`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian national news, Lincolnshire market-town papers, New Mexico pueblo newsletters, rowing clubs,
quilting guilds, coeliac-support forums, allotment-holder associations, vintage-typewriter collectors.

Written blind: from how such sites word and print their posting rules, comment policies, group rules, forum rules and
members' codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: five or six heading choices (written in sentence case, without a stop; a question keeps its mark,
#: and every kind has one or two) and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are
#: the site's word for what readers send. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_146``).
REWORDINGS_146 = (
    (  # civility
        (
            "Be respectful",
            "Keep it civil",
            "Play the ball, not the player",
            "Be kind to one another",
            "Why was my {c} about another member removed?",
            "Courtesy",
        ),
        (
            "Disagree with other readers by all means, but do it without insults or name-calling.",
            "Treat fellow members online as you would if you met them at the boathouse or the guild hall.",
            "Personal attacks on other posters, our reporters or the people named in a story will be removed.",
            "Criticise the idea, not the person who holds it.",
            "Sarcasm and point-scoring rarely help anyone, so please keep your {cs} friendly and constructive.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "Respect every community",
            "What counts as hate speech?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that attack people because of their race, religion, ethnicity, gender, disability or sexuality will "
            "be deleted.",
            "Remarks that stir up hostility between iTaukei and Indo-Fijian communities, or between any other groups, "
            "have no place here.",
            "We will not publish anything that demeans Native people, their traditions or their sovereignty.",
            "Racist, sexist or homophobic language is removed without warning, however it is dressed up as a joke.",
            "Stereotypes about travellers, migrants or any other group are not welcome on this page.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep personal details private",
            "Don't share contact details",
            "Can I post someone's address?",
        ),
        (
            "Do not post anyone's address, phone number, email or plot number without their permission.",
            "Please do not copy private messages or emails from other members into a public thread.",
            "For your own safety, leave your home address and phone number out of your {cs} and use private messages "
            "instead.",
            "Health details belong to the person they concern, so do not discuss another member's diagnosis without "
            "their consent.",
            "Please don't say where your collection is kept, as thieves read forums too.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Young members",
            "Children and vulnerable adults",
            "Is it OK to post pictures of junior rowers?",
        ),
        (
            "Never identify a child involved in a court case, however widely the name is known locally.",
            "Photographs of junior members may only be posted with written consent from a parent or guardian.",
            "If you are worried about the welfare of a child or vulnerable adult, contact the club welfare officer "
            "rather than posting about it.",
            "Please do not tag or name anyone under 18 in photographs shared to the group.",
            "Any {c} that puts a young or vulnerable person at risk will be removed and may be passed to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Approval of {cs}",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Delays",
        ),
        (
            "All {cs} are checked by a moderator before they go live, which can take several hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not appear until the next "
            "working day.",
            "The newsroom is closed on public holidays, and {cs} will be published when staff return.",
            "New members' first {cs} are held for approval to keep spam off the board.",
            "Sending the same {c} several times will not speed things up and may get it flagged as spam.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right thread?",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "This is a forum about living gluten-free, so general political debate belongs elsewhere.",
            "Questions about plot rents or the waiting list should go to the secretary rather than be posted here.",
            "Start a new thread for a new subject instead of hijacking someone else's.",
            "{Cs} that drift a long way from the article may be removed to keep the discussion readable.",
        ),
    ),
    (  # advertising, spam and sales
        (
            "No advertising",
            "Spam",
            "Selling and trading",
            "Can I promote my business?",
            "Self-promotion",
            "Sales and wants",
        ),
        (
            "Advertising, chain letters and links to commercial websites will be removed.",
            "Members may list their own machines for sale on the Sales and Wants board only, with a price and a "
            "location.",
            "Quilt shops and longarm services are welcome to advertise in the newsletter, but not to promote "
            "themselves in the group.",
            "Links posted only to drive traffic to another site count as spam.",
            "Please declare any financial interest before recommending a product, shop or bakery.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Your account",
            "Usernames",
            "One account per person",
            "Why do I have to register?",
        ),
        (
            "We ask readers to use their real name and town, as they would on a letter to the editor.",
            "Each member may hold only one account, and duplicate accounts will be merged or closed.",
            "Usernames that are offensive or that impersonate another person will be changed without notice.",
            "You must be registered and logged in to post, and the email address you give us is never published.",
            "Do not share your login with anyone else, as you are responsible for everything posted under your name.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Defamation",
            "Legal matters",
            "Could my {c} be libellous?",
            "Court cases",
        ),
        (
            "Do not post anything that could prejudice a court case, including speculation about the guilt of anyone "
            "charged.",
            "You are legally responsible for your {cs}, and a defamatory one could lead to action against you "
            "personally.",
            "Content that breaches the Online Safety Act 2018 will be removed and may be reported to the Online Safety "
            "Commission.",
            "Allegations of wrongdoing against named people will not be published unless they are a matter of public "
            "record.",
            "Please do not encourage or describe illegal activity, such as fly-tipping or taking produce from other "
            "plots.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Credit the maker",
            "Can I share a pattern?",
            "Quoting and links",
        ),
        (
            "Do not reproduce whole articles from other publications, as a short quote and a link is enough.",
            "Patterns are the designer's copyright, so please don't post scans or photocopies of them.",
            "Only upload photographs you took yourself or have permission to use.",
            "Scanned manuals and catalogues are welcome only where the copyright has expired or the owner has agreed.",
            "If you share a photo of another member's quilt, please credit the maker by name.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Spotted something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please flag abusive {cs} to the moderators instead of arguing with the poster.",
            "Reports are read by the moderation team, and the person reported is not told who made them.",
            "Email the webmaster if you see something that should not be here, with a link to the {c}.",
            "Replying to a troll only keeps the argument going, so report it and move on.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Right to remove",
            "Can I appeal a removal?",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "The committee's decision on what appears in the group is final.",
            "We may close {cs} on any story, particularly where legal or safety concerns arise.",
            "Moderators may remove {cs} that break no particular rule but are likely to cause trouble.",
            "Publication of a {c} does not mean that the newspaper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Errors and complaints",
            "Send us your news",
        ),
        (
            "If you think we have got something wrong, email the newsdesk so that it can be checked and corrected.",
            "Complaints about our journalism should be made to the editor and, if not resolved, to IPSO.",
            "Send news, photographs and event dates to the newsletter editor by the 15th of the month.",
            "Have a story for us? Call the newsroom or use the Send Us Your News form.",
            "Mistakes in show results or meeting minutes should be reported to the secretary, not discussed here.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No shouting",
            "Swearing",
            "Which language can I post in?",
        ),
        (
            "Swearing and crude language are not allowed, even with letters replaced by asterisks.",
            "Please don't write in capital letters, which reads as shouting.",
            "{Cs} in English, Fijian or Fiji Hindi are welcome, but please keep them respectful in every language.",
            "Keep text-speak to a minimum so that every member can follow the discussion.",
            "Please write in plain English and spell out abbreviations that newcomers may not know.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Anyone who returns under a new name after being banned will be removed again on sight.",
            "Repeat offenders may have all their {cs} held for approval indefinitely.",
            "Moderators keep a record of warnings, which are reviewed after twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Advice is not a substitute",
            "Safety first",
            "Use your own judgement",
            "Can I trust advice given here?",
        ),
        (
            "Members are not doctors or dietitians, so always check with your GP before changing your diet or "
            "medication.",
            "Advice on sprays, weedkillers and pesticides must follow the label and current regulations.",
            "Advice about going out on the river in flood conditions or without a safety launch will be removed.",
            "Cleaning and repair tips are shared in good faith, and the forum accepts no responsibility for damage to "
            "your machine.",
            "Never describe a product as safe for coeliacs unless you have checked the label yourself.",
        ),
    ),
    (  # photographs and cultural respect
        (
            "Photographs",
            "Cultural respect",
            "Images",
            "Respect our traditions",
            "Can I share photos from feast day?",
        ),
        (
            "Photographs, video, sketches or recordings of ceremonial dances and feast days must not be posted.",
            "Please respect the traditions of the Pueblo and do not share or discuss ceremonial matters online.",
            "Photos should be your own and relevant to the group, such as quilts, blocks and works in progress.",
            "Images of accidents, injuries or the dead will not be published.",
            "Please resize large images before uploading so that the page loads for members on slow connections.",
        ),
    ),
)


#: The site's word for what readers send: (``{c}``, ``{cs}``); ``{C}`` and ``{Cs}`` are their capitalised forms.
WORDS_146 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


POLICY_TITLES_146 = (
    "Comment Policy",
    "Commenting guidelines",
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Community Guidelines",
    "Group rules",
    "Message Board Rules",
    "Rules of the Forum",
    "Code of Conduct",
    "Netiquette",
    "Before you post",
    "Guidelines for online {cs}",
    "Members' Forum Rules",
    "Facebook Group Rules",
)


POLICY_INTROS_146 = (
    "Bula vinaka, and welcome to the conversation.",
    "We welcome {cs} from readers, provided they follow the rules below.",
    "This group is for members of the guild to share their work, ask questions and swap ideas.",
    "To keep this forum a friendly and useful place, all members are asked to follow these rules.",
    "The following rules were agreed by the committee and apply to everyone using the association's noticeboard.",
    "Please take a moment to read these guidelines before you post.",
    "Comments are open to registered readers on most of our stories.",
)


POLICY_CLOSINGS_146 = (
    "Vinaka vakalevu for helping to keep the conversation respectful.",
    "Thank you for your co-operation. The Committee",
    "These rules may be changed at any time, and it is your responsibility to check them.",
    "Happy quilting!",
    "Questions about these rules can be sent to the moderators by private message.",
    "By posting, you agree to these rules and to our terms and conditions.",
    "Thank you for keeping our comment section a place worth reading.",
    "The full terms of use are on our website.",
)


#: British spellings in the lists above and their American forms (a reworded-146 document prints one or the other).
AMERICAN_146 = {
    "criticise": "criticize",
    "travellers": "travelers",
    "catalogues": "catalogs",
    "judgement": "judgment",
    "libellous": "libelous",
    "co-operation": "cooperation",
    "licence": "license",
    "colour": "color",
}


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_WORDS = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
)
#: The marker shapes this family's sites print before an item (drawn once a document; "none" twice as often).
_STYLES = (
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "a.",
    "i)",
    "(i)",
    "I.",
    "#1",
    "Rule 1.",
    "Rule One:",
    "4.1",
    "•",
    "-",
    "*",
    "❖",
    "◆",
    "»",
    "~",
    "✂",
)
_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "from", "as"}
_MONTHS = {"January": 1, "March": 3, "April": 4, "June": 6, "July": 7, "September": 9, "October": 10, "November": 11}


def _marker(style: str, n: int, section: int) -> str:
    """The marker this site prints before its ``n``th item (from 1), or ""; ``section`` numbers a clause's rules."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _ROMAN[(n - 1) % len(_ROMAN)]
    shapes = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "a.": f"{letter}.",
        "i)": f"{roman})",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "#1": f"#{n}",
        "Rule 1.": f"Rule {n}.",
        "Rule One:": f"Rule {_WORDS[(n - 1) % len(_WORDS)]}:",
        "4.1": f"{section}.{n}",
    }
    return shapes.get(style, style)


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return " ".join(word if word in ("I", "OK") else word.lower() for word in heading.split(" "))
    if case == "title":
        return " ".join(
            word if (i and word in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(heading.split(" "))
        )
    return heading


def _items_146(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-146 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, per document: the site's word for what readers send ("comment"; for a quarter of sites another word, and
    then no title, opening or closing line that says "comment"); a count of items (two to five, 0.3; else seven to
    seventeen), in the table's order (0.4) or drawn in a random order; up to how many sentences an item has (one to
    three; each item one to that many), as parts of their own or run together into one (0.3); whether the site prints
    no headings (0.15) or asks its questions as an FAQ (0.07: a question heading each item, printed "Q:" before it and
    "A:" before the answer); the headings' case (sentence, title, capitals, lower case), and whether a heading is a part
    of its own (with nothing, a colon, a stop or a spaced dash after it) or run in before its first sentence (after a
    colon, a stop, a spaced hyphen, an en dash or an em dash); a marker shape (none, numbers, letters, roman numerals,
    "#N", "Rule N.", "Rule One:", a clause number "S.N", bullets and ornaments); and now and then a heading between
    markdown asterisks, a heading underlined by a line of dashes, equals signs or tildes, a marker on a part of its
    own, or a "last updated" line after the items. Then ``_furnish`` adds the title, opening and closing lines."""
    never_comment = rng.random() < 0.25
    word, words = rng.choice(WORDS_146[1:]) if never_comment else WORDS_146[0]
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_146))
    if rng.random() < 0.4:
        chosen = [REWORDINGS_146[i] for i in sorted(rng.sample(range(len(REWORDINGS_146)), count))]
    else:
        chosen = rng.sample(REWORDINGS_146, count)

    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    bare = rng.random() < 0.15
    faq = not bare and rng.random() < 0.07
    case = "sentence" if faq else rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    run_in = not faq and rng.random() < 0.3
    own_end = rng.choice(("", "", ":", ".", " -"))
    run_sep = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    style = rng.choice(_STYLES)
    section = rng.randint(2, 12)
    starred = not bare and not faq and rng.random() < 0.07
    underline = (
        not bare and not faq and not run_in and not starred and style[0] not in "•-*❖◆»~✂" and rng.random() < 0.08
    )
    rule = rng.choice(("-", "=", "~"))
    marker_alone = style != "none" and rng.random() < 0.08

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most))]
        if joined:
            picked = [" ".join(picked)]
        if bare:
            heading = ""
        elif faq:
            questions = [h for h in headings if h.endswith("?")] or list(headings)
            heading = "Q: " + rng.choice(questions).format(**fill)
            picked[0] = "A: " + picked[0]
        else:
            heading = _cased(rng.choice(headings).format(**fill), case)
        if starred:
            heading = f"**{heading}**"
        marker = _marker(style, n, section)
        if marker_alone:
            items.append((marker, ""))
            marker = ""
        if heading and run_in:
            sep = " " if heading.endswith("?") and run_sep in (": ", ". ") else run_sep
            items.append(("", " ".join(filter(None, (marker, f"{heading}{sep}{picked[0]}"))), *picked[1:]))
        elif heading:
            end = "" if heading.rstrip("*").endswith("?") else own_end
            heading = " ".join(filter(None, (marker, heading + end)))
            if underline:
                items.append((heading, rule * len(heading), *picked))
            else:
                items.append((heading, *picked))
        else:
            picked[0] = " ".join(filter(None, (marker, picked[0])))
            items.append(("", *picked))

    if rng.random() < 0.1:
        day, month, year = rng.randint(1, 28), rng.choice(list(_MONTHS)), rng.randint(2016, 2025)
        items.append(
            (
                "",
                rng.choice(
                    (
                        f"Last updated: {day} {month} {year}",
                        f"Rules revised by the committee, {month} {year}.",
                        f"Updated {day:02d}/{_MONTHS[month]:02d}/{year}",
                        f"(Last reviewed {month} {year})",
                    )
                ),
            )
        )

    intros = [line.format(**fill) for line in POLICY_INTROS_146]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_146]
    titles = [line.format(**fill) for line in POLICY_TITLES_146]
    if never_comment:
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_146)
