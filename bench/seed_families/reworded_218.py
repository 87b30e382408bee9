"""The ``reworded-218`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Solomon Islands English news, Orkney ferry bulletins, Alaska bush-town weeklies, cyclo-cross clubs,
calligraphy circles, lupus forums, houseboat moorings boards, tramway museum friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (sentence case, no stop: a site cases and stops them its own way) and five
#: sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's word for what
#: readers send (a comment, a post, a message ...), singular and plural, lower and capitalised. British spelling;
#: a document may print it in American spelling (``AMERICAN_218``).
REWORDINGS_218 = (
    (  # civility
        (
            "Be courteous",
            "Respect your fellow members",
            "Keep it friendly",
            "Disagree without being disagreeable",
            "How should I speak to other members?",
            "Civility",
        ),
        (
            "Treat everyone here as you would treat them at a club night, face to face.",
            "Personal attacks, name-calling and sneering at other members' work will not be tolerated.",
            "You may disagree strongly with a {c}, but answer the argument and not the person who made it.",
            "Remember that the skipper, the crew and the booking office staff are people too, and they read these "
            "{cs}.",
            "Mocking someone's spelling, their English or the island they come from is not acceptable here.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "No racism or tribalism",
            "Hateful content",
            "What counts as hate speech?",
            "Respect for all communities",
        ),
        (
            "{Cs} that stir up hatred against any island, province, tribe or church will be removed.",
            "We do not allow racist, sexist, homophobic or otherwise discriminatory language of any kind.",
            "Slurs aimed at Alaska Native people, newcomers or any other group will get you banned without warning.",
            "Generalising about a whole community because of what a few of its members have done is not acceptable.",
            "Jokes that depend on someone's race, religion, disability or sexuality are not welcome, however "
            "little offence you mean by them.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's phone number?",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or berth number, including your own.",
            "Please do not name or photograph other passengers, crew or members without their permission.",
            "Sharing details of another member's health, diagnosis or treatment is strictly forbidden, even if they "
            "told you about it themselves.",
            "Private messages are private: do not copy them into a public {c} without the sender's agreement.",
            "If you need to reach another member, use the private message feature rather than posting your details.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young riders",
            "Children and vulnerable adults",
            "Safeguarding our members",
            "What if I'm worried about someone?",
            "Juniors",
        ),
        (
            "Photographs of junior riders may only be posted with the written consent of a parent or guardian.",
            "Never post the full name, school or home town of a child alongside their photograph.",
            "If you have a safeguarding concern, contact the club welfare officer directly and do not raise it in "
            "a public {c}.",
            "Adults must not contact members under 18 privately through this board.",
            "Anyone who appears to be at risk will be contacted privately by a moderator, and we may share our "
            "concerns with the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays in posting",
            "All {cs} are checked",
            "Approval times",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay before yours is published.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "We are a small weekly paper, and {cs} are approved during office hours only.",
            "Please do not send the same {c} again if it does not appear straight away; it is waiting in the queue.",
            "{Cs} sent while the office is closed over the holidays will be checked when we reopen.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is it on topic?",
            "Use the right thread",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "This page is for sailing updates, cancelled sailings and questions about them, not for general debate "
            "about ferry funding.",
            "Start a new thread for a new subject rather than adding it to the end of an old one.",
            "Off-topic {cs} may be moved to the general chat board or removed altogether.",
            "Race results, entries and queries about results each have their own section; please use it.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Adverts and spam",
            "Selling and promotion",
            "Can I advertise here?",
            "Commercial posts",
            "Spam",
        ),
        (
            "Commercial advertising is not allowed; boats, moorings and equipment for sale belong in the classified "
            "section.",
            "Links posted only to promote a business, website or social media page will be removed as spam.",
            "Members may mention a workshop or exhibition they are running once, in the events section, and not "
            "repeatedly.",
            "Chain letters, petitions and fundraising appeals need the committee's approval before they are posted.",
            "{Cs} promoting miracle cures, supplements or paid treatments will be deleted and the account suspended.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "One account each",
            "Usernames",
            "Who can post?",
            "Identity",
        ),
        (
            "{Cs} must be sent under your real first name and surname; we do not publish anonymous {cs}.",
            "Each member may hold only one account, and accounts may not be shared between family members or crews.",
            "Pretending to be another person, a club official or a member of our staff will lead to your account "
            "being closed.",
            "Choose a username that is not offensive and does not contain a web address.",
            "Posting is open to paid-up Friends only; you will need your membership number to register.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Could I be sued?",
        ),
        (
            "Do not post anything that could be defamatory: you are legally responsible for what you write.",
            "Do not discuss cases that are before the courts in Honiara or the provinces, as you could be in "
            "contempt of court.",
            "Allegations of crime against a named person will not be published.",
            "We may be required to pass details of {cs} and accounts to the police or the courts.",
            "Material that breaks the law, including threats, harassment and incitement, will be removed and may be "
            "reported to the police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and images",
            "Other people's work",
            "Can I post photos?",
            "Credit the artist",
            "Sharing images",
        ),
        (
            "Only post photographs you have taken yourself, or that you have permission to use.",
            "Please do not upload scans of another calligrapher's work without their consent, and always credit the "
            "scribe.",
            "Do not copy whole articles from other newspapers or websites; post a short extract and a link instead.",
            "Race photographers' pictures are their copyright, so share a link to their gallery rather than the "
            "image itself.",
            "By posting a picture here you allow the Friends to use it in the newsletter or at the visitor centre, with credit to you.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging {cs}",
            "Tell a moderator",
        ),
        (
            'If you see a {c} that breaks these rules, use the "Report" link beside it rather than replying.',
            "To report a problem, email the moderators at the address at the foot of this page.",
            "Please do not argue with a troublemaker in public; report them and leave it to the moderators.",
            "Every report is read, although we cannot always reply to say what action was taken.",
            "Reporting a {c} simply because you disagree with it is a misuse of the system.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Moderators' discretion",
            "Right to remove",
            "Who decides?",
            "The editor's call",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators may remove any {c} they consider unsuitable, even if it does not break a particular rule.",
            "We may close a thread to new {cs} at any time.",
            "Publication of a {c} does not mean that the paper or the committee agrees with it.",
            "The committee's decision on any moderation matter is final and will not be debated on the board.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reports",
            "Contacting the newsroom",
        ),
        (
            "If you think we have got something wrong, please email the editor so that it can be corrected, rather "
            "than pointing it out in a {c}.",
            "Corrections to sailing times should be sent to the ferry office, not posted here.",
            "Have a news tip? Ring the office or send it to the newsroom; reporters do not read every {c}.",
            "Timetable errors on this page can be reported to the webmaster through the contact form.",
            "Letters to the editor are welcome by mail or email, with your name and the village you live in.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Which language?",
            "Keep it clean",
            "Offensive language",
        ),
        (
            "Swearing, including swear words with letters replaced by symbols, is not permitted.",
            "Please write in English so that all members and moderators can follow the discussion.",
            "{Cs} in Pijin are welcome, but please keep them clear and respectful.",
            "Do not write whole {cs} in capital letters; it reads as shouting.",
            "Text-speak and heavy abbreviation make {cs} hard to follow for members using translation tools or "
            "screen readers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Members who break these rules will normally receive a warning first, then a suspension, then a "
            "permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Anyone who is banned and registers again under another name will be banned again without notice.",
            "Moderators will not discuss a ban on the public board; appeals go to the secretary in writing.",
            "Repeated breaches, or abusive behaviour towards moderators or race organisers, may be reported to the "
            "club committee and could affect your membership.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Should I change my medication?",
            "Advice from members",
            "Safety first",
        ),
        (
            "Members share their own experience here, not medical advice; always speak to your rheumatologist or GP "
            "before changing your treatment.",
            "Never stop or alter a medicine such as hydroxychloroquine because of something you have read on this "
            "forum.",
            "Information posted about sailings, tides or weather is not official; always check with the operator "
            "before you travel.",
            "Advice from other boaters about gas, electrics or licence conditions is given in good faith; use a "
            "qualified engineer for any work.",
            "Do not trespass on the running line or in the depot to take photographs; follow the museum's safety "
            "signs at all times.",
        ),
    ),
    (  # emergencies
        (
            "Emergencies",
            "Not for urgent matters",
            "In an emergency",
            "Is this page monitored?",
            "Urgent help",
            "Out of hours",
        ),
        (
            "This board is not monitored around the clock; in an emergency call 999 and ask for the Coastguard.",
            "In an emergency call 911, or contact your village public safety officer.",
            "If you are in crisis or thinking of harming yourself, please ring Samaritans on 116 123 rather than "
            "posting.",
            "For urgent sailing information on the day, phone the ferry office or listen for announcements at the "
            "terminal before travelling.",
            "Problems with a berth, pontoon or mooring outside office hours should be reported to the harbourmaster's "
            "out-of-hours number.",
        ),
    ),
    (  # views expressed
        (
            "Views expressed",
            "Disclaimer",
            "Whose views are these?",
            "Members' opinions",
            "Not official statements",
        ),
        (
            "Opinions expressed in {cs} are those of their authors and not of the Friends or the Museum Trust.",
            "Nothing posted here is an official statement from the ferry operator or the council.",
            "Members speak for themselves; only named committee members may speak for the club.",
            "We do not check the accuracy of information in readers' {cs}.",
            "The newspaper accepts no responsibility for the content of {cs} sent in by readers.",
        ),
    ),
)

TITLES_218 = (
    "Comment policy",
    "Commenting guidelines",
    "{C} guidelines",
    "Rules for posting",
    "Forum rules",
    "House rules",
    "Community guidelines",
    "Message board rules",
    "Before you post",
    "Board etiquette",
    "Guidelines for readers' {cs}",
    "Noticeboard rules",
    "Posting on this page",
)

INTROS_218 = (
    "Please read these rules before you post.",
    "Our {cs} section is a place for readers to share their views on the news, and we ask everyone to follow a "
    "few simple rules.",
    "These guidelines apply to everyone using the forum, committee members included.",
    "We want this board to remain a friendly and supportive place for everyone living with lupus.",
    "The Friends welcome {cs} from members and visitors, provided they keep to the rules below.",
    "By posting on this board you agree to the following.",
    "This page carries service updates; {cs} are welcome, but please keep to these rules.",
    "Comments are open on most of our stories, on the following terms.",
)

CLOSINGS_218 = (
    "Thank you for helping to keep the board friendly and useful.",
    "These rules may be updated from time to time; the current version is always on this page.",
    "Questions about these rules? Email the moderators.",
    "Tagio tumas for your cooperation.",
    "Happy riding, and see you at the next round!",
    "Issued by the moderators on behalf of the committee.",
    "Thank you for commenting responsibly.",
)

#: British spellings in the lists above and their American forms (a reworded-218 document prints one or the other).
AMERICAN_218 = {
    "generalising": "generalizing",
    "harbour": "harbor",
    "cancelled": "canceled",
    "behaviour": "behavior",
    "organiser": "organizer",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "travelling": "traveling",
}

_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
_ROMAN = (
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
#: A site's markers, with the weight of each: none, numbers, bullets, letters, roman numerals, "Rule N", "4.N".
_SHAPES = (
    ("none", 6),
    ("1.", 3),
    ("1)", 1),
    ("(1)", 1),
    ("•", 2),
    ("-", 1),
    ("*", 1),
    ("–", 1),
    ("▪", 1),
    ("a)", 1),
    ("(a)", 1),
    ("A.", 1),
    ("i.", 1),
    ("(i)", 1),
    ("I.", 1),
    ("Rule 1:", 1),
    ("Rule 1 -", 1),
    ("Rule #1 –", 1),
    ("4.1", 1),
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in _SMALL else "-".join(_cap(piece) for piece in word.split("-"))
            for i, word in enumerate(words)
        )
    return heading


def _marker(shape: str, n: int, base: int) -> str:
    if shape in ("•", "-", "*", "–", "▪"):
        return shape
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _ROMAN[(n - 1) % len(_ROMAN)]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 -": f"Rule {n} -",
        "Rule #1 –": f"Rule #{n} –",
        "4.1": f"{base}.{n}",
    }[shape]


def _items_218(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-218 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Drawn per site: its word for what readers send (a quarter of sites never say "comment", and their titles,
    opening and closing lines are kept to those that do not either); how many items (two to five now and then,
    six to all eighteen more often), in the table's order or drawn; headings or none, cased (as written, title
    case or capitals), on a part of their own (with a stop, a colon or nothing) or run in before the first sentence
    (colon, stop or dash, the sentence after a dash now and then in lower case); a marker shape (none, numbers,
    letters, roman numerals, bullets, "Rule N", a section's "N.n"), now and then on a part of its own; one to three
    sentences an item, each a part, or an item's parts run into one paragraph. Then ``_furnish``."""
    if rng.random() < 0.25:
        never = True
        one, many = rng.choice(_WORDS)
    else:
        never = False
        one, many = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS)
    words = {"c": one, "cs": many, "C": _cap(one), "Cs": _cap(many)}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_218))
    picked = rng.sample(range(len(REWORDINGS_218)), count)
    if rng.random() < 0.5:
        picked.sort()
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    run_in = rng.random() < 0.4
    stop = rng.choice(("", "", ".", ":")) if not run_in else rng.choice((": ", ". ", " – ", " - ", " — "))
    lower_after = stop in (" – ", " - ", " — ") and rng.random() < 0.5
    shape = rng.choice([name for name, weight in _SHAPES for _ in range(weight)])
    if shape.startswith("Rule") and stop.strip() == ":":
        stop = ". " if run_in else "."
    own_marker = shape not in ("none", "•", "-", "*", "–", "▪") and rng.random() < 0.15
    base = rng.randint(2, 9)
    most = rng.choice((1, 2, 2, 3))
    paragraph = rng.random() < 0.2
    in_order = rng.random() < 0.6

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked, 1):
        headings, sentences = REWORDINGS_218[kind]
        choices = [i for i, s in enumerate(sentences) if not (never and _says_comment(s))]
        chosen = rng.sample(choices, min(len(choices), rng.randint(1, most)))
        if in_order:
            chosen.sort()
        parts = [sentences[i].format(**words) for i in chosen]
        heading = "" if bare else _cased(rng.choice(headings).format(**words), case)
        if heading and run_in:
            if heading.endswith("?"):
                parts[0] = f"{heading} {parts[0]}"
            else:
                parts[0] = heading + stop + (parts[0][:1].lower() + parts[0][1:] if lower_after else parts[0])
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        if paragraph:
            parts = [" ".join(parts)]
        marker = "" if shape == "none" else _marker(shape, n, base)
        if marker and not own_marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        item = (heading, *parts)
        if marker and own_marker:
            item = (marker, *item)
        items.append(item)

    titles = [t.format(**words) for t in TITLES_218]
    intros = [t.format(**words) for t in INTROS_218]
    closings = [t.format(**words) for t in CLOSINGS_218]
    if never:
        titles = [t for t in titles if not _says_comment(t)]
        intros = [t for t in intros if not _says_comment(t)]
        closings = [t for t in closings if not _says_comment(t)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_218)
