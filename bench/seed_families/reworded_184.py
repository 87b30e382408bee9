"""The ``reworded-184`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bahamian and Caymanian news, Norfolk Broads village papers, Wyoming oil-town weeklies, roller-derby
leagues, quilting guilds, hearing-loss forums, student-housing co-ops, heritage-railway volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules and community
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without stop or marker: a site adds its own) and five sentences. ``{c}``
#: ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send. Written in British spelling; a document
#: may print it in American spelling (``AMERICAN_184``).
REWORDINGS_184 = (
    (  # civility
        (
            "Be kind",
            "Play Nice",
            "Respect other members",
            "Courtesy costs nothing",
            "Would you say it to their face?",
            "Treat everyone as a neighbour",
        ),
        (
            "Disagree with the idea, not with the person who put it forward.",
            "Personal attacks, name-calling and goading other members will see your {c} removed.",
            "This is a small community and most of us will meet in person, so write as you would speak across the "
            "table.",
            "Robust debate is welcome; sneering, bullying and pile-ons are not.",
            "Please be patient with newcomers, who may not yet know how things are done here.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero Tolerance for Discrimination",
            "No racism, sexism or homophobia",
            "Everyone is welcome",
            "Is it hateful?",
            "Respect difference",
        ),
        (
            "{Cs} that attack anyone on the grounds of race, nationality, religion, sex, sexuality, gender identity, "
            "disability or age will be deleted without warning.",
            "We do not publish {cs} that stir up ill feeling against any nationality or community living in these "
            "islands.",
            "Mocking people for their hearing, their accent or the way they speak is never acceptable here.",
            "Slurs are not allowed, even in jest and even with the letters starred out.",
            "Skaters of every gender, body and background are welcome in this league, and our pages should show it.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Keep Personal Details Private",
            "Don't share other people's information",
            "Privacy",
            "Whose details are they?",
            "No doxxing",
        ),
        (
            "Do not post anyone's address, phone number, email, workplace or vehicle registration, including your own.",
            "Photographs of other members, their children or their homes must not be shared without permission.",
            "Please don't name housemates, landlords or neighbours in a complaint; describe the problem instead.",
            "Private messages stay private: do not repost them on the open board without the sender's agreement.",
            "We will remove {cs} that reveal personal details, and may pass serious cases to the police.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Young Volunteers",
            "Keeping everyone safe",
            "Worried about someone?",
            "Under-18s",
        ),
        (
            "Never ask a young member for contact details or to move a conversation somewhere private.",
            "Photographs of junior volunteers may only be posted by the volunteer coordinator, with parental consent "
            "on file.",
            "If you are worried that someone is at risk, contact our safeguarding officer in confidence rather than "
            "writing about it here.",
            "Anyone who appears to be using these pages to approach children will be banned and reported.",
            "If someone says they are in crisis, point them to the emergency services and let a moderator know "
            "straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {Cs}",
            "Volunteer moderators",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not be approved until the "
            "next working day.",
            "A new member's first few {cs} are held for approval; after that they go up straight away.",
            "There is no need to send your {c} again if it does not show at once: duplicates only slow the queue.",
            "The newsroom closes on public holidays, and {cs} will be checked when it reopens.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the Point",
            "Is it relevant?",
            "Right thread, right place",
            "Off-topic {cs}",
            "Stick to the story",
        ),
        (
            "Keep your {c} to the subject of the article or thread it sits under.",
            "Questions about fabric, patterns and techniques belong on the workshop board, not under meeting notices.",
            "Threads that drift into national politics will be locked.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "General complaints about the paper belong in an email to the editor, not under unrelated stories.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and Promotion",
            "Buying and selling",
            "Can I advertise here?",
            "No self-promotion",
        ),
        (
            "{Cs} that advertise goods, services or businesses will be removed; contact our sales team about "
            "advertising.",
            "Sublets, room swaps and items for sale go in the noticeboard section only, one {c} per item.",
            "Links to other sites are allowed where they add to the discussion; affiliate links and referral codes "
            "are not.",
            "Fundraising, raffles and sponsorship requests need the committee's approval before they go up.",
            "Repeated, copied or automated {cs} will be treated as spam and the account closed.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "One Account Each",
            "Who are you?",
            "Your account",
            "Impersonation",
            "Use your own name",
        ),
        (
            "Please use your real name; {cs} from anonymous or obviously false accounts may not be published.",
            "Derby names are fine as display names, but the league must know who is behind each account.",
            "Each person may hold one account; sharing a login or opening a second one after a ban is not allowed.",
            "Do not pretend to be another person, a guild officer, a member of staff or an organisation.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The Law",
            "Defamation and contempt",
            "Legal matters",
            "Could it land us in court?",
            "Ongoing court cases",
        ),
        (
            "Do not accuse a named person of a crime or of dishonesty without proof: it can land both you and us in "
            "court.",
            "Where a case is before the courts, {cs} that discuss guilt, evidence or the accused's character will not "
            "be published.",
            "The laws of these islands apply to everything published here, wherever you are writing from.",
            "Do not encourage or describe illegal activity, including trespass, vandalism or drug use.",
            "We may be required to hand the details of unlawful {cs} to the police or the courts.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and Patterns",
            "Whose picture is it?",
            "Credit where it's due",
            "Quoting and copying",
        ),
        (
            "Only share photographs you took yourself, or that you have the owner's permission to share.",
            "Do not reproduce published quilt patterns in full; link to the designer's own page instead.",
            "Short quotations with a credit are fine, but pasting whole articles from other papers is not.",
            "By sharing a photograph you allow the society to use it in the newsletter and on the website, credited "
            "to you.",
            "{Cs} that break copyright will be taken down when the owner asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Flag it, don't fight it",
            "Seen something wrong?",
            "How to report a {c}",
            "Tell a moderator",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Please don't reply to a troublesome {c}; report it and let the moderators deal with it.",
            "Reports are confidential: the member you report will not be told who flagged them.",
            "You can also email the moderators at any time; include a link to the {c} and a short reason.",
            "Misusing the report button to settle arguments may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's Discretion",
            "The moderators' call",
            "Who decides?",
            "Right to remove",
            "Publication is not guaranteed",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators may remove {cs} that break no particular rule but go against the spirit of the group.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "We do not enter into correspondence about individual moderation decisions.",
            "The committee may change these rules at any time, and the version shown here applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and Complaints",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong, email the newsroom instead of leaving a {c}, so it reaches the "
            "editor.",
            "Corrections to a story are made by our staff, not through the {cs} below it.",
            "Have a story from the village? Call in at the shop or drop a note through the editor's door.",
            "Tips about stories can be sent in confidence to our news desk; we do not publish them here.",
            "Timetable and event changes should go to the volunteer office, not in reply to old notices.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind Your Language",
            "No swearing",
            "Write clearly",
            "Can everyone understand it?",
            "No shouting",
        ),
        (
            "Keep it clean: swearing, including disguised swearing, will get your {c} removed.",
            "Please don't write in capitals; it reads as shouting.",
            "Many members rely on captions and text, so write in plain words and avoid long runs of abbreviations.",
            "{Cs} must be in English so that our moderators can read them.",
            "Keep {cs} short and to the point; very long ones may be trimmed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three Strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
            "Penalties",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a permanent ban.",
            "Serious abuse, threats or hate will lead to an immediate ban without warning.",
            "A member may be suspended for a week while the committee considers a complaint.",
            "Bans apply to the person, not the account, and new accounts opened to get round them will be closed.",
            "If you think you have been banned in error, write to the moderators; do not argue about it in public.",
        ),
    ),
    (  # safety and advice
        (
            "Safety first",
            "Medical Advice",
            "Is it safe?",
            "Advice from members",
            "Stay off the line",
            "At your own risk",
        ),
        (
            "Members share experience, not medical advice: talk to your audiologist or doctor before changing a "
            "hearing aid or treatment.",
            "Never give directions that would take people on to the running line or into the works yard without a "
            "guide.",
            "Advice given here is offered in good faith, and you follow it at your own risk.",
            "Do not arrange to meet someone you know only from these pages without telling a friend where you will be.",
            "{Cs} that promote miracle cures or unproven remedies will be removed.",
        ),
    ),
)

#: The site's word for what readers send: (singular, plural). The last five never say "comment".
WORDS_184 = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("reader comment", "reader comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

INTROS_184 = (
    "Before you post, please read our house rules.",
    "We want this to be a friendly place, and these rules help keep it that way.",
    "By sending a {c} you agree to the following:",
    "Please read these guidelines before taking part in the discussion.",
    "The following rules apply to all {cs} on this site.",
    "These guidelines were agreed by members at the annual general meeting.",
)

CLOSINGS_184 = (
    "Thank you for helping to keep this a friendly place.",
    "Happy stitching!",
    "See you at the track.",
    "Questions about these rules can be sent to the moderators.",
    "Thanks for reading, and thanks for taking part.",
    "These rules were last reviewed by the committee in March.",
)

TITLES_184 = (
    "House Rules",
    "{C} Policy",
    "Community Guidelines",
    "Forum Rules",
    "Posting Guidelines",
    "Before you post",
    "Guidelines for {Cs}",
    "Code of Conduct",
    "Board Etiquette",
)

AMERICAN_184 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "behaviour": "behavior",
    "colour": "color",
    "offence": "offense",
}

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "it", "of", "on", "or", "the", "to", "with"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes, ``{n}`` a number, ``{a}`` a letter, ``{r}`` a Roman numeral; "" for none.
MARKERS_184 = (
    "",
    "",
    "",
    "{n}. ",
    "{n}. ",
    "{n}) ",
    "({n}) ",
    "{n} - ",
    "{a}) ",
    "({a}) ",
    "{A}. ",
    "{r}. ",
    "({r}) ",
    "{R}. ",
    "\u2022 ",
    "\u2022 ",
    "- ",
    "* ",
    "\u2013 ",
    "\u25aa ",
    "Rule {n}: ",
    "Rule {n} \u2013 ",
    "#{n} ",
)


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "sentence":
        return heading[:1].upper() + heading[1:].lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _items_184(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-184 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as
    ("", sentence). Drawn per site: its word for what readers send (one site in four never says "comment"); two to
    five item kinds (0.3) or six to all sixteen, in the table's order (0.5) or drawn; up to one, two or three
    sentences an item (each item one up to that, in the table's order), joined into one part (0.3); headings in
    one case (as written, sentence, capitals, title), on their own part (with a colon or stop after them now and
    then), run in before a colon, stop or dash, or none; a marker shape (numbered, lettered, Roman, bulleted,
    "Rule N", or none) on each item's first part; then the opening, closing and title lines by ``_furnish``."""
    word, words = rng.choice(WORDS_184[3:]) if rng.random() < 0.25 else rng.choice(WORDS_184[:3])
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}
    titled = {**names, "C": word.title(), "Cs": words.title()}  # in headings and titles
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_184))
    if rng.random() < 0.5:
        kinds = sorted(rng.sample(range(len(REWORDINGS_184)), count))
    else:
        kinds = rng.sample(range(len(REWORDINGS_184)), count)
    most = rng.choice((1, 2, 2, 3))
    joined = rng.random() < 0.3
    case = rng.choice(("as", "as", "sentence", "upper", "title"))
    place = rng.choices(("own", "run", "none"), (0.4, 0.45, 0.15))[0]
    own_stop = rng.choice(("", "", ":", "."))
    run_stop = rng.choice((":", ":", ".", " \u2013", " \u2014", " -"))
    marker = rng.choice(MARKERS_184)
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_184[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [sentences[i].format(**names) for i in picked]
        if joined:
            parts = [" ".join(parts)]
        heading = _cased(rng.choice(headings).format(**titled), case)
        asked = heading.endswith("?")
        if place == "own":
            item = [heading + ("" if asked else own_stop), *parts]
        elif place == "run":
            item = ["", (heading if asked else heading + run_stop) + " " + parts[0], *parts[1:]]
        else:
            item = ["", *parts]
        if marker:
            mark = marker.format(
                n=number,
                a=chr(96 + number),
                A=chr(64 + number),
                r=_ROMAN[number - 1],
                R=_ROMAN[number - 1].upper(),
            )
            first = 0 if item[0] else 1
            item[first] = mark + item[first]
        items.append(tuple(item))
    return _furnish(
        items,
        rng,
        [line.format(**names) for line in INTROS_184],
        [line.format(**names) for line in CLOSINGS_184],
        [line.format(**titled) for line in TITLES_184],
        AMERICAN_184,
    )
