"""``reworded-69``: posting rules as Zambian and Zimbabwean English news sites, Bahamian and Belizean papers, Maine
coastal weeklies, Isle of Man and Channel Islands news sites, retired-officers' associations, photography forums,
choir societies, dog-rescue charities and housing-co-operative newsletters word and print them. Fifteen item kinds,
each with its headings and its sentences (one or two to an item); each site draws how it prints them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind, in the order such policies usually run: (headings, bodies), a body being one or two sentences.
REWORDINGS_69: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = (
    (  # courtesy
        ("Be Courteous", "Respect Other Members", "Play the Ball, Not the Man", "Keep It Civil", "Is It Kind?"),
        (
            (
                "Debate the issue, not the person.",
                "Personal attacks, name-calling and insults aimed at other readers or at the people in our stories "
                "will be removed.",
            ),
            (
                "We welcome robust discussion, but abuse of any kind, whether it is aimed at fellow members, at our "
                "volunteers or at the subjects of a story, has no place on this site and will be taken down without "
                "notice.",
            ),
            ("Treat fellow singers here as you would at rehearsal: with patience and good humour.",),
            (
                "Disagree by all means, but do it politely.",
                "Remarks about a person's tribe, race, religion, sex or disability will not be tolerated.",
            ),
        ),
    ),
    (  # privacy
        ("Privacy", "Protect Your Privacy", "Personal Information", "Don't Share Personal Details"),
        (
            (
                "Do not post phone numbers, home addresses or e-mail addresses, yours or anybody else's.",
                "Arrangements to meet up should be made by private message.",
            ),
            (
                "Please do not publish the names, addresses or photographs of children, adopters or fosterers "
                "without their written consent.",
            ),
            (
                "Posts that reveal where someone lives, works or keeps their boat will be taken down; on a small "
                "island, everybody can work out the rest.",
            ),
            (
                "Never share another member's service record, pension details or medical history on the open "
                "forum, however kind your intentions.",
            ),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Hasn't My Post Appeared?", "Pre-Moderation", "Please Be Patient"),
        (
            (
                "Every contribution is read by a moderator before it appears.",
                "Our small team works office hours, Monday to Friday, so a message sent on a Friday evening may not "
                "be published until the following Monday.",
            ),
            (
                "Comments are reviewed before publication, which can take up to 24 hours.",
                "Submitting the same comment several times will not speed things up.",
            ),
            ("New members' first five posts are held for approval; after that they go live straight away.",),
            (
                "With load-shedding and volunteers in three time zones, replies can take a day or two to be "
                "approved; we apologise for the wait.",
            ),
        ),
    ),
    (  # off-topic
        ("Stay on Topic", "Keep to the Subject", "Off-Topic Posts", "Is It Relevant?"),
        (
            ("Keep your replies relevant to the article or thread you are responding to.",),
            (
                "Please stick to the subject of the story.",
                "If you want to raise something else, write a letter to the editor at letters@manxharbourpost.im "
                "instead.",
            ),
            (
                "Threads started in the wrong section will be moved, and members who keep posting off topic may "
                "receive a warning.",
            ),
            (
                "Rehearsal times, concert news and music questions only, please; general chat belongs on the social page.",
            ),
        ),
    ),
    (  # spam and advertising
        ("No Advertising", "Spam", "Commercial Posts", "Buying and Selling", "Can I Advertise?"),
        (
            (
                "Posts promoting a business, organisation, product or service, or containing links to commercial "
                "websites, will be deleted.",
                "To place an advertisement, contact our sales team at ads@belizecoastalnews.bz.",
            ),
            (
                "Never offer, sell or swap dogs or puppies on this page.",
                "All rehoming goes through the charity so that every dog is home-checked, vaccinated and neutered.",
            ),
            (
                "Chain messages, pyramid schemes, 'investment opportunities' and offers of jobs abroad will be "
                "removed and the poster banned.",
            ),
            (
                "Second-hand equipment may be listed in the Classifieds board only, one thread per item, with a "
                "price and a rough location.",
            ),
        ),
    ),
    (  # real names
        ("Use Your Real Name", "Names", "Who Are You?", "Identify Yourself"),
        (
            (
                "Contributors must register with their full name and town.",
                "We have never printed anonymous letters, and we will not publish anonymous comments either.",
            ),
            (
                "Members are asked to show their real name and former rank or service in their profile, for "
                "example Lt Col J. Banda (retd), so that old colleagues can find one another.",
            ),
            (
                "Pen names are allowed, but pretending to be another person, a public figure or a member of staff is not.",
            ),
            (
                "Please sign in with the name on your membership form.",
                "The co-op's rules say members must be able to see who they are talking to.",
            ),
        ),
    ),
    (  # the law
        ("The Law", "Defamation", "Legal Matters", "Libel and Contempt", "Stay Within the Law"),
        (
            (
                "You are legally responsible for what you write.",
                "Do not accuse anyone of a crime or of dishonesty unless you could prove it in court, and do not "
                "discuss cases before the courts in a way that might prejudice a trial.",
            ),
            (
                "Material that breaches the Cyber Security and Cyber Crimes Act or any other law of Zambia will be "
                "removed and may be handed to the authorities.",
            ),
            (
                "Nothing may be posted that could be defamatory, that could be in contempt of court, or that "
                "could identify the victim of a sexual offence or a young person before the youth court.",
            ),
            (
                "In Jersey and Guernsey, as elsewhere, the person who writes a libel can be sued as well as the "
                "publisher.",
                "If in doubt, leave it out.",
            ),
        ),
    ),
    (  # copyright
        ("Copyright", "Your Photographs", "Other People's Work", "Credit Where It's Due"),
        (
            (
                "Only upload images you took yourself.",
                "Passing off another photographer's work as your own will lead to an immediate ban.",
            ),
            ("Do not paste whole articles from other newspapers; a short quote and a link will do.",),
            (
                "When you post a photograph you keep the copyright, but you give the association a licence to use it "
                "in the newsletter and on this website, with a credit.",
            ),
            (
                "Scores and recordings are protected by copyright, so please do not share scans or audio files "
                "here, even for rehearsal.",
            ),
        ),
    ),
    (  # reporting
        ("Reporting a Post", "Seen Something Wrong?", "Report Abuse", "Flagging"),
        (
            ("If a post breaks these rules, use the Report button beneath it rather than replying to it.",),
            (
                "To report an offensive message, e-mail moderators@harareforum.co.zw with a link to the post and a "
                "short explanation.",
                "We aim to deal with reports within 48 hours.",
            ),
            ("Click the flag icon on any comment you believe breaks the guidelines; reports are anonymous.",),
            ("Don't feed the trolls.", "Report them and move on."),
        ),
    ),
    (  # the moderators' discretion
        ("Our Decision Is Final", "Moderators' Discretion", "Editorial Discretion", "Who Decides?"),
        (
            ("The editor reserves the right to edit, shorten or refuse any contribution without giving a reason.",),
            (
                "Moderators are volunteers, and their judgement is final.",
                "Please do not argue with them in public threads; if you disagree, send a private message to the "
                "forum administrator.",
            ),
            (
                "We may remove any post at any time, including posts that break no particular rule but spoil the "
                "board for everyone else.",
            ),
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spotted an Error?", "Errors and Omissions", "Getting It Right"),
        (
            (
                "If you think we have got something wrong in a story, please don't say so below the article.",
                "E-mail the news desk at newsdesk@nassaudailyrecord.com so that an editor can check it and publish a "
                "correction.",
            ),
            (
                "Corrections are handled by the editor, not in the comment section; write to "
                "editor@penobscotsoundweekly.com or call (207) 555-0142.",
            ),
            (
                "Factual errors in the newsletter should be sent to the editorial committee, who will print a "
                "correction in the next issue.",
            ),
        ),
    ),
    (  # language
        ("Language", "Mind Your Language", "Write in English", "No Bad Language"),
        (
            ("Swearing, including words disguised with asterisks or symbols, is not allowed.",),
            (
                "Please write in English so that all members and the moderators can follow the discussion.",
                "Posts in Shona or Ndebele are welcome if you add a translation.",
            ),
            ("Kriol is welcome, but keep it clean: no cussing, no slurs and no crude language of any kind.",),
            (
                "Avoid writing in capital letters, which reads as shouting, and text-speak that other members may "
                "not understand.",
            ),
        ),
    ),
    (  # suspension and account closure
        ("Suspensions and Bans", "Closing Your Account", "Three Strikes", "Membership"),
        (
            (
                "Members who repeatedly break these rules, or whose behaviour upsets others, will first be warned, "
                "then suspended for 30 days, and after that banned for good.",
            ),
            (
                "To close your account, e-mail help@tidewaterco-op.org from the address you registered with.",
                "Your earlier messages will stay up but will show as written by a former member.",
            ),
            (
                "Forum access is a benefit of membership; if your subscription lapses, your account will be "
                "suspended until it is renewed.",
            ),
            ("Anyone who opens a new account to get round a ban will be blocked, along with the new account.",),
        ),
    ),
    (  # politics and campaigning
        ("No Campaigning", "Politics", "Keep Party Politics Out", "Elections"),
        (
            (
                "This is not a platform for political parties.",
                "Campaign material, party slogans and posts urging readers to vote one way or another will be "
                "removed, particularly in the weeks before an election.",
            ),
            (
                "Tribal, regional and partisan insults divide our readers and will be deleted, whichever side they come from.",
            ),
            (
                "The association is strictly non-political, and members are asked not to use the forum to discuss "
                "party politics or the conduct of serving ministers.",
            ),
        ),
    ),
    (  # advice
        ("Medical Advice", "Advice", "Ask the Experts"),
        (
            (
                "Members are not vets.",
                "If your dog is unwell, call your own vet or the emergency clinic instead of posting here.",
            ),
            (
                "Advice given on the forum is offered in good faith, but the co-operative cannot accept "
                "responsibility for it; for repairs, always contact the housing office on 01624 555 018.",
            ),
            (
                "Questions about pensions, allowances or entitlements should go to the association's welfare "
                "officer at welfare@retiredofficers-assoc.org.uk, who will reply in confidence.",
            ),
        ),
    ),
)
#: A line a site prints above the rules.
INTROS_69 = (
    "Before you post, please take a minute to read the house rules below.",
    "We want this to be a friendly place for everyone who loves dogs, so we ask all members to follow a few simple "
    "rules.",
    "Comments are welcome on all our stories, subject to the following conditions.",
    "By registering for the forum you agree to abide by the rules set out here.",
    "The committee asks members to bear the following in mind when using the message board.",
    "These guidelines apply to every contribution to our website and social media pages.",
)
#: A line a site prints below them.
CLOSINGS_69 = (
    "Thank you for helping to keep the forum a pleasant place to visit.",
    "The full terms and conditions are at www.manxharbourpost.im/terms.",
    "Questions about these rules can be sent to the webmaster at webmaster@zambezilens.co.zm.",
    "These rules may be revised from time to time; the current version is always linked at the foot of the page.",
    "Happy shooting!",
    "By commenting you agree to these terms and to our privacy policy.",
    "Breaches of these rules may be referred to the management committee.",
)
#: A title line above the policy.
TITLES_69 = (
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Guidelines for Contributors",
    "Message Board Etiquette",
    "Comment Policy",
    "Before You Post",
    "Community Standards",
    "Terms of Participation",
)
#: British spellings the family prints, and the American ones a site prints instead.
AMERICAN_69 = {
    "humour": "humor",
    "behaviour": "behavior",
    "offence": "offense",
    "licence": "license",
    "organisation": "organization",
    "apologise": "apologize",
    "judgement": "judgment",
}

_NUMBERS_69 = ("{}.", "{})", "({})", "Rule {}:", "{} -")
_BULLETS_69 = ("•", "-", "*", "–", "»", "■")
_HEADINGS_69 = ("stop", "bare", "colon", "own line", "run in colon", "run in dash")


def _cased_69(heading: str, case: str) -> str:
    if case == "capitals":
        return heading.upper()
    if case == "sentence":
        words = heading.split()
        return " ".join([words[0]] + [word if word == "I" else word.lower() for word in words[1:]])
    return heading


def _items_69(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy's items, drawn in this order: whether the site never says "comment" (0.25, then only wordings
    without it); how many kinds (two or three with probability 0.2, else four to twelve) and whether they keep the
    table's order (0.6) or are shuffled; then the site's way of printing: no headings at all (0.15), else each
    heading's case (as written 0.5, sentence case 0.25, capitals 0.25) and form (a full stop, bare, a colon, on a
    line of its own, run in before a colon or a dash; a question keeps its mark) one way for the whole policy, or drawn
    afresh for each item (0.25), an item now and then without one (0.1); a marker (numbered 0.3, bulleted 0.25);
    a heading and a body for each kind; then the opening, closing and title lines of :func:`_furnish`."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_69)), count)
    if rng.random() < 0.6:
        kinds.sort()
    headless = rng.random() < 0.15
    case = rng.choice(("as written", "as written", "sentence", "capitals"))
    form = rng.choice(_HEADINGS_69)
    mixed = rng.random() < 0.25
    marker = rng.random()
    numbers = rng.choice(_NUMBERS_69)
    bullet = rng.choice(_BULLETS_69)
    dash = rng.choice((" - ", " – ", " — ", " -- "))
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, bodies = REWORDINGS_69[kind]
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading)) or ("",)
            bodies = tuple(body for body in bodies if not _says_comment(*body))
        heading = rng.choice(headings)
        body = rng.choice(bodies)
        if mixed:
            case = rng.choice(("as written", "sentence", "capitals"))
            form = rng.choice(_HEADINGS_69)
        if headless or rng.random() < 0.1:
            heading = ""
        prefix = numbers.format(number) if marker < 0.3 else bullet if marker < 0.55 else ""
        if not heading:
            first = f"{prefix} {body[0]}" if prefix else body[0]
            items.append(("", first, *body[1:]))
            continue
        heading = _cased_69(heading, case)
        ends = heading.endswith("?")
        if form == "stop":
            heading += "" if ends else "."
        elif form == "colon":
            heading += "" if ends else ":"
        heading = f"{prefix} {heading}" if prefix else heading
        if form == "own line":
            items.append((heading, ""))
            items.append(("", *body))
        elif form == "run in colon":
            items.append(("", f"{heading}{'' if ends else ':'} {body[0]}", *body[1:]))
        elif form == "run in dash":
            items.append(("", f"{heading}{dash}{body[0]}", *body[1:]))
        else:
            items.append((heading, *body))
    lines = [INTROS_69, CLOSINGS_69, TITLES_69]
    if plain:
        lines = [tuple(line for line in choices if not _says_comment(line)) for choices in lines]
    return _furnish(items, rng, lines[0], lines[1], lines[2], AMERICAN_69)
