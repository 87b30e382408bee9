"""The ``reworded-144`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Sierra Leonean diaspora news, Cornish fishing-port papers, Wisconsin Northwoods weeklies, archery
clubs, watercolour circles, community-pharmacy patient panels, prostate-cancer forums, vintage-lorry preservation
groups.

Written blind: from how such sites word and print their posting rules, comment policies, forum rules, house rules and
members' codes, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (written in sentence case, without a stop; a question keeps its mark) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_144``).
REWORDINGS_144 = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the man",
            "Respect other members",
            "Disagree politely",
            "Why be kind?",
            "Mind your manners",
        ),
        (
            "Debate the issue all you like, but do not attack the person who raised it.",
            "Treat fellow members as you would if you met them at the club on a Sunday morning.",
            "Personal insults, name-calling and sneering at other readers will see your {c} taken down.",
            "Many people here are going through a hard time, so please think before you hit send.",
            "Robust argument is welcome; rudeness, baiting and belittling others are not.",
        ),
    ),
    (  # hatred
        (
            "No tribalism or hate",
            "Hate speech",
            "Discrimination is not tolerated",
            "What counts as hate?",
            "No bigotry",
            "Equality",
        ),
        (
            "{Cs} that stir up hatred on grounds of tribe, region, religion, race, sex or sexuality will be deleted.",
            "Tribal and regional slurs have no place on this platform, whichever party you support.",
            "We do not allow racist, sexist, homophobic or anti-traveller remarks, including so-called jokes.",
            "Abuse aimed at incomers, visitors or any community in the county will be removed without warning.",
            "Language that demeans people because of who they are will be treated as a serious breach of these rules.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Keep personal details off the board",
            "Privacy",
            "Don't share private information",
            "Who can see what I write?",
            "Other people's details",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Remember that the forum can be read by anyone, including family members and employers.",
            "Please do not name other patients, pharmacy staff or GPs in your {cs}.",
            "Screenshots of private messages must not be shared without the sender's permission.",
            "Avoid giving away where your boat, your lorry or your kit is kept overnight.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Keeping children and vulnerable adults safe",
            "Junior members",
            "Concerned about someone?",
            "Welfare of members",
            "If someone is at risk",
        ),
        (
            "Photographs of junior archers may only be posted with written consent from a parent or guardian.",
            "If a {c} suggests someone may be at risk of harm, the moderators will pass it to the appropriate people.",
            "Any concern about the welfare of a child should go to the club welfare officer, not on the open forum.",
            "If you are feeling desperate or thinking of harming yourself, please call the Samaritans on 116 123.",
            "We will contact the emergency services if we believe a member is in immediate danger.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {cs}",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are read by a volunteer before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers with day jobs, so {cs} made at the weekend may not go live until Monday.",
            "New members' first few {cs} are held for approval as a guard against spam.",
            "The paper's office is staffed weekdays only, and {cs} submitted outside those hours will wait.",
            "Posting the same {c} twice will not speed things up and may cause both to be held.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "Is this the right place?",
            "Right board, right thread",
            "Stick to the story",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "General chat belongs in the Tea Room section, not in the technical threads.",
            "Questions about a particular lorry's restoration should go in the restoration logs board.",
            "Threads that drift into national politics will be locked.",
            "If you want to start a new subject, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and selling",
            "Buying and selling",
            "Can I promote my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Adverts for goods or services are not allowed outside the classifieds section.",
            "Members may mention paintings they have for sale once a month in the Exhibitions and Sales thread only.",
            "Links to online pharmacies, supplements or miracle cures will be deleted and the account suspended.",
            "Chain letters, money-transfer appeals and crypto schemes are spam and will be treated as such.",
            "Traders who wish to advertise should contact the office about our advertising rates.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "One member, one account",
            "Usernames",
            "Real names",
            "Do I have to use my real name?",
            "Registration",
        ),
        (
            "You may use a nickname, but the committee must know who you are.",
            "Each person may hold one account only, and accounts must not be shared between family members.",
            "Usernames that impersonate another person, a club official or the newspaper's staff will be changed.",
            "Please give your full name and town; {cs} signed with only a first name may not be published.",
            "Membership of this forum is open to club members only and lapses when your subscription does.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Libel and contempt",
            "Could I be sued?",
            "Defamation",
            "Court cases",
        ),
        (
            "You are legally responsible for what you post, and defamatory {cs} can lead to action against you.",
            "Do not make allegations of crime or wrongdoing against named people, however sure you are.",
            "{Cs} on stories about active court cases will be switched off to avoid contempt of court.",
            "Never name anyone who has been given anonymity by a court, including the victims of sexual offences.",
            "We will co-operate with the police where a {c} appears to break the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Whose picture is it?",
            "Images and artwork",
            "Respect copyright",
            "Sharing other people's work",
            "Photographs",
        ),
        (
            "Only upload photographs and paintings that you made yourself or have permission to share.",
            "Copying a published painting for practice is fine, but say so and credit the original artist.",
            "Do not paste whole articles from other papers; a short quote and a link will do.",
            "By posting pictures you allow us to show them on the website and in the newsletter.",
            "Scans of manuals and period brochures may still be in copyright, so check before uploading them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell the moderators",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "Please report a problem rather than arguing with the person in the thread.",
            "Reports are confidential and the member concerned will not be told who made them.",
            "You can also email the moderators at the address given on the Contact Us page.",
            "Reporting a {c} simply because you disagree with it wastes the moderators' time.",
        ),
    ),
    (  # editor's discretion
        (
            "The final say",
            "Editor's discretion",
            "Our decision",
            "Who decides?",
            "Moderators' decisions",
            "Right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The moderators' decision is final and will not be discussed on the open forum.",
            "We may close {cs} on any article at any time.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "The committee may amend these rules at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections and news tips",
            "Got a story?",
            "Spotted a mistake?",
            "Corrections",
            "Tell us your news",
            "Errors in our reporting",
        ),
        (
            "If we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "News tips from the harbour, the market or the council chamber are always welcome at the office.",
            "Corrections are printed on page two of the following week's edition.",
            "Have a story from home or the diaspora? Send it to the editor with your contact details.",
            "Factual errors pointed out in {cs} will be checked, and corrected where necessary.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Swearing",
            "Which language should I use?",
            "Mind your language",
            "Write clearly",
        ),
        (
            "Please write in English so that all members and moderators can follow the discussion.",
            "Short phrases in Krio are fine, but {cs} written wholly in another language may be held for translation.",
            "Swearing, including disguised swearing with asterisks, will be removed.",
            "Please do not write in capital letters; it reads as shouting.",
            "Text-speak and abbreviations make {cs} hard to follow, especially for older members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Consequences",
        ),
        (
            "A first breach will normally earn a private warning from a moderator.",
            "Repeated breaches will lead to suspension, and then to the permanent removal of your account.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban.",
            "Members who are banned must not re-register under a different name.",
            "Appeals against a ban should be made in writing to the club secretary within fourteen days.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice on the forum",
            "Should I follow advice I read here?",
            "Talk to your pharmacist",
            "Medical information",
        ),
        (
            "Nothing on this forum replaces advice from your own doctor, nurse or pharmacist.",
            "Never change or stop a medicine because of something you have read in a {c}.",
            "Shared PSA results and treatment stories are personal experiences, not recommendations.",
            "Advice on bows, draw weights and broadheads is offered in good faith; the club accepts no liability.",
            "Anyone giving advice on brakes, tyres or lifting gear should say whether they are qualified to do so.",
        ),
    ),
)

#: The site's word for what readers send: (``{c}``, ``{cs}``); ``{C}`` and ``{Cs}`` are their capitalised forms.
WORDS_144 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

POLICY_TITLES_144 = (
    "Forum rules",
    "Posting Guidelines",
    "House Rules",
    "Comment policy",
    "Members' code of conduct",
    "Rules of the board",
    "Community guidelines",
    "Before you post",
    "Terms of use for reader comments",
    "Patient panel discussion rules",
    "Ground rules",
    "Code of Conduct for Online Discussion",
)

POLICY_INTROS_144 = (
    "Please read the following rules before posting.",
    "We want this to be a friendly and supportive place, and these few rules help keep it that way.",
    "By registering on this forum you agree to abide by the rules below.",
    "Comments are welcome on most stories, subject to the following conditions.",
    "The committee asks all members to follow these guidelines when using the members' area.",
    "This forum is run by volunteers, so please help us by sticking to the rules.",
    "Our readers are spread across three continents, and we want all of them to feel welcome here.",
)

POLICY_CLOSINGS_144 = (
    "Thank you for helping to keep the forum a safe and friendly place.",
    "Questions about these rules can be sent to the moderators by private message.",
    "Last updated by the committee, March 2024.",
    "Happy commenting, and thank you for reading.",
    "Tight lines, and thanks for reading.",
    "These rules were last reviewed at the annual general meeting.",
    "The Moderation Team",
)

#: British spellings in the lists above and their American forms (a reworded-144 document prints one or the other).
AMERICAN_144 = {
    "watercolour": "watercolor",
    "behaviour": "behavior",
    "offences": "offenses",
    "offence": "offense",
    "licence": "license",
    "judgement": "judgment",
    "harbour": "harbor",
    "neighbour": "neighbor",
    "organisation": "organization",
    "favour": "favor",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_STYLES = (
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "(1)",
    "1 -",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "•",
    "-",
    "*",
    "–",
    "Rule",
    "No.",
)
_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "is"}


def _marker(style: str, n: int) -> str:
    """The marker this site prints before its ``n``th item (from 1), or ""."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[(n - 1) % len(_ROMAN)]}.",
        "(i)": f"({_ROMAN[(n - 1) % len(_ROMAN)]})",
        "I.": f"{_ROMAN[(n - 1) % len(_ROMAN)].upper()}.",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "Rule": f"Rule {n}:",
        "No.": f"No. {n}",
    }[style]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return " ".join(word if word == "I" else word.lower() for word in heading.split(" "))
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if (i and word.lower() in _MINOR) else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _items_144(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-144 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, per document: the site's word for what readers send ("comment"; for a quarter of sites another word, and
    then no title, opening or closing line that says "comment"); a count of items (two to four, 0.3; else seven to sixteen),
    in the table's order (0.45) or drawn in a random order; up to how many sentences an item has (one to three; each
    item one to that many), printed as parts of their own or run together into one (0.35); whether the site prints
    headings (no headings, 0.15) and their case (sentence, title, capitals, lower-case start); whether a heading is a
    part of its own (with a colon, a stop or nothing after it) or run in before its first sentence with a colon, a
    stop, a spaced dash or an em dash; a marker style (none, numbers, letters, roman numerals, bullets, "Rule N:",
    "No. N"); and now and then a heading printed between markdown asterisks, a marker of its own on a line before its
    item, or a closing sign-off from the moderators. Then ``_furnish`` adds the title, opening and closing lines."""
    never_comment = rng.random() < 0.25
    word, words = rng.choice(WORDS_144[1:]) if never_comment else WORDS_144[0]
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, min(16, len(REWORDINGS_144)))
    if rng.random() < 0.45:
        keep = sorted(rng.sample(range(len(REWORDINGS_144)), count))
        chosen = [REWORDINGS_144[i] for i in keep]
    else:
        chosen = rng.sample(REWORDINGS_144, count)

    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.35
    bare = rng.random() < 0.15
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "run"))
    own_stop = rng.choice(("", "", ":", "."))
    run_sep = rng.choice((": ", ": ", ". ", " - ", " \u2014 ", " \u2013 "))
    style = rng.choice(_STYLES)
    starred = not bare and rng.random() < 0.08
    marker_alone = style != "none" and rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most))]
        if joined:
            picked = [" ".join(picked)]
        heading = "" if bare else _cased(rng.choice(headings).format(**fill), case)
        if starred and heading:
            heading = f"**{heading}**"
        marker = _marker(style, n)
        if marker_alone:
            items.append((marker, ""))
            marker = ""
        if heading and placing == "run":
            sep = " " if heading.rstrip("*").endswith("?") and run_sep in (": ", ". ") else run_sep
            first = f"{heading}{sep}{picked[0]}"
            item = (" ".join(filter(None, (marker, first))), *picked[1:])
            items.append(("", *item))
        elif heading:
            end = "" if heading.rstrip("*").endswith("?") else own_stop
            items.append((" ".join(filter(None, (marker, heading + end))), *picked))
        else:
            picked[0] = " ".join(filter(None, (marker, picked[0])))
            items.append(("", *picked))

    intros, closings, titles = POLICY_INTROS_144, POLICY_CLOSINGS_144, POLICY_TITLES_144
    if never_comment:
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_144)
