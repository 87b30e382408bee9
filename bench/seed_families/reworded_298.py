"""The ``reworded-298`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Mauritius English news, Mayo papers, Kentucky bluegrass weeklies, skateboard park users, quiz leagues,
endometriosis forums, tenants' and residents' associations on estates, abbey ruins volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences): five or six headings a kind, questions among them, and
# five sentences in the voices of these sites. ``{c}``/``{cs}``/``{C}``/``{Cs}`` are the site's word for what readers
# send (singular, plural, capitalised) and ``{mods}`` who looks after the site.
REWORDINGS_298: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be respectful",
            "Respect each other",
            "Play the ball, not the player",
            "Keep it civil",
            "How should I treat other members?",
            "Courtesy",
        ),
        (
            "Debate the issue, not the person: personal attacks on other readers, our reporters or the people in our "
            "stories will be removed.",
            "Treat fellow residents as you would a neighbour on the landing. Disagree by all means, but do it politely.",
            "Everyone here is dealing with something, so please be kind, even when you don't agree with how someone "
            "manages their pain.",
            "Heckling or piling on a skater who posts a clip of a slam isn't on; we were all beginners once.",
            "Robust argument about a match, a quiz ruling or a council decision is welcome. Name-calling and sneering "
            "are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hate speech?",
            "Racism and bigotry",
            "Equality",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, community, gender, "
            "sexuality or disability.",
            "Racist, sectarian, sexist or homophobic remarks will be deleted and the account responsible suspended "
            "without notice.",
            "{Cs} about Travellers, migrants or asylum seekers that stray into stereotype or abuse will not be "
            "published, however the story is framed.",
            "Anything likely to stir up tension between the communities of Mauritius has no place on this site.",
            "Jokes at the expense of someone's accent, background or body are still bigotry, and they'll come down.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I post someone's address?",
            "Other people's details",
            "Keep personal details private",
        ),
        (
            "Do not post phone numbers, email addresses, home addresses or car registrations, yours or anyone else's.",
            "Please don't name neighbours, flat numbers or children in posts about anti-social behaviour on the "
            "estate; report it to the housing officer instead.",
            "Share as much or as little of your own medical history as you like, but remember that the forum can be "
            "read by anyone, employers included.",
            "Photos of other park users, especially under-18s, should not be posted without their permission.",
            "Private messages are private. Do not copy them onto the public board without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Looking after each other",
            "What if someone is at risk?",
            "Young members",
            "Vulnerable people",
        ),
        (
            "If you are worried that a child is at risk, contact Tusla or An Garda Síochána directly; please do not "
            "post about it here.",
            "If a member says they are thinking of harming themselves, report the post straight away so {mods} can "
            "reach out. In an emergency ring 999 or 112.",
            "Members under 16 need a parent's or guardian's permission to join, and any attempt to contact a young "
            "member privately will be reported.",
            "Anyone helping with our under-18 volunteers on conservation days must hold a current DBS check.",
            "Concerns about a child's welfare should be reported to the Child Development Unit or the police, not "
            "raised in the {cs} section.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "When will my {c} appear?",
            "Delays",
        ),
        (
            "All {cs} are read by a moderator before they are published, so yours may take some time to appear.",
            "{Cs} sent after 6pm or at weekends may not be approved until the next working day.",
            "The page is run by volunteers with day jobs, so please be patient if your post sits in the queue for a "
            "while.",
            "New members' first five posts are held for approval; after that they go up straight away.",
            "Please don't send the same {c} twice because it hasn't shown up. It is simply waiting its turn.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "What can I post about?",
            "Relevance",
            "Keep to the thread",
        ),
        (
            "Keep your {cs} relevant to the story they are posted under.",
            "This group is for league business: fixtures, results, venues and questions on the rules. It is not a "
            "general chat page.",
            "Posts about roadworks belong in the roads thread, not under a report on the county final.",
            "The noticeboard is for estate matters such as repairs, meetings and bin days. Political canvassing is "
            "not allowed.",
            "Threads that wander away from the original question may be split or closed by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising, sales posts and links to commercial websites are not allowed without the committee's "
            "permission.",
            "Selling supplements, diet plans or so-called cures for endometriosis is strictly forbidden and will get "
            "you removed at once.",
            "Deck and wheel sales are fine in the Friday thread; anything else selling something will be taken down.",
            "Links posted only to drive traffic to another website will be treated as spam.",
            'Chain letters, pyramid schemes and "work from home" offers are deleted on sight.',
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Do I have to use my real name?", "Usernames", "Registration"),
        (
            "Please sign every {c} with your full name and the town you live in, as you would a letter to the editor.",
            "Usernames must not be offensive or impersonate another person, business or public figure.",
            "One account per person. Duplicate accounts will be closed, along with the original.",
            "You are welcome to use a nickname here; many members prefer not to be identified.",
            "Only tenants and residents living on the estate can join. We may ask for your address to confirm this "
            "and we will not share it.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it legal?", "Court cases", "Contempt of court"),
        (
            "Do not post anything defamatory. Under the Defamation Act 2009 both you and the publisher can be held "
            "responsible for what appears here.",
            "Do not discuss cases that are before the courts or speculate on anyone's guilt or innocence.",
            "Posting false or offensive material online can be an offence under the Information and Communication "
            "Technologies Act.",
            "You are legally responsible for what you post, and you may be held liable for it.",
            "Do not name anyone accused of a crime unless they have been charged and named in our report.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and videos",
            "Other people's work",
            "Can I share an article?",
            "Sharing content",
            "Intellectual property",
        ),
        (
            "Don't paste whole articles from other papers into your {c}; a short quote and a link will do.",
            "Only post photos and footage that you took yourself or have permission to use.",
            "Questions set for league nights remain the property of the setting team and must not be shared outside "
            "the league.",
            "By sending us a {c} you grant us a licence to publish it in print and online.",
            "Photographs taken on volunteer days may be used by the trust in its newsletter and on its website unless "
            "you tell us otherwise.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "How do I report a {c}?", "Flagging", "Seen something wrong?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please flag a post rather than replying to it; arguing with a troll only keeps the thread going.",
            "Complaints can be sent to the editor at the address on our Contact page.",
            "Message an admin if you spot anything worrying. We would rather hear about it twice than not at all.",
            "Reports are anonymous, and the member reported will not be told who raised it.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Discretion",
            "The committee's decision",
            "Who decides?",
            "Our right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any post is final.",
            "Posts may be removed by {mods} at their discretion, even when they don't break a particular rule.",
            "Publication of a {c} does not mean that we agree with it.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom", "Errors"),
        (
            "If you think we have got something wrong, email the newsdesk rather than posting a {c}, so that it can be "
            "corrected quickly.",
            "Got a story from Castlebar, Ballina, Westport or anywhere else in the county? Send it to our newsroom.",
            "News tips, photographs and club notes are always welcome at the office on Main Street.",
            "Corrections are printed in the next edition and noted at the foot of the online article.",
            "If you have news from Bourbon, Scott or Woodford County, call the office or use the Contact Us page.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Can I swear?", "Profanity", "Keep it clean"),
        (
            "Please don't swear; a lot of our readers are young.",
            "Bad language, including swear words with letters starred out, will be removed.",
            "{Cs} may be written in English or French. Those in other languages cannot be moderated and will not be "
            "published.",
            "Writing in capitals is the online equivalent of shouting, so please don't.",
            "Keep it family-friendly: the group is open to skaters of all ages.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will get one warning. A second breach will lead to removal from the group.",
            "Repeated or serious breaches will result in a permanent ban.",
            "We operate a three-strikes policy, although serious offences can lead to an immediate ban.",
            "Anyone removed from the page for abusing other members will not be readmitted.",
            "Banned users who come back under a new name will be removed again without warning.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety",
            "Helmets and safety",
            "Is this medical advice?",
            "Health information",
        ),
        (
            "Members are not medical professionals. Always talk to your GP or gynaecologist before changing your "
            "treatment.",
            "Sharing your experience of surgery, the pill or a diet is welcome, but don't tell anyone what they "
            "should or shouldn't take.",
            "Skate at your own risk. Helmets are strongly recommended, and compulsory for under-16s at the Saturday "
            "sessions.",
            "Do not climb on the walls or enter areas of the abbey that are fenced off; loose masonry can fall "
            "without warning.",
            "Nothing posted here should be taken as professional advice.",
        ),
    ),
    (  # disputes: quiz rulings, neighbours, landlords
        (
            "Disputes",
            "Challenges and results",
            "Disagree with a ruling?",
            "Neighbour disputes",
            "Complaints about answers",
        ),
        (
            "Challenges to an answer must be made to the quizmaster on the night, not on the league page afterwards.",
            "Disputes between neighbours should be taken to the association's committee, not aired on the noticeboard.",
            "Results are final once they have been posted by the league secretary.",
            "Problems with your landlord or the council should go through the proper complaints procedure, and we "
            "can help you with that.",
            "Please don't use this page to settle old scores.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural); most sites say "comment", a quarter never do.
COMMENT_WORD_298 = ("comment", "comments")
OTHER_WORDS_298: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as printed in the middle of a sentence.
MODERATORS_298: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the admins",
    "the committee",
    "the league committee",
    "the volunteer co-ordinators",
    "the online desk",
    "the forum team",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_298: tuple[str, ...] = (
    "We welcome your comments, but ask that you follow a few simple rules.",
    "Please read these rules before posting.",
    "By joining this group you agree to the following.",
    "This noticeboard is for all residents. To keep it that way, we ask members to stick to these rules.",
    "This is a safe, supportive space for anyone affected by endometriosis. Please help us keep it that way.",
    "Our readers' views matter to us, and we want this to be a place where they can be shared freely.",
    "A few ground rules for everyone using the page:",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_298: tuple[str, ...] = (
    "Thanks for reading, and enjoy the discussion.",
    "Any questions? Message one of the admins.",
    "Agreed by the committee at the Annual General Meeting.",
    "Skate safe and look after each other.",
    "Thank you for helping to keep this a supportive place.",
    "We reserve the right to close comments on any article.",
    "Happy quizzing!",
)

# Titles a site prints over its rules.
POLICY_TITLES_298: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Group rules",
    "Forum guidelines",
    "Posting guidelines",
    "Noticeboard terms and conditions",
    "Community guidelines",
    "Rules of the page",
    "Comments policy and terms of use",
)

# British spellings in this family's sentences -> American, for sites that print American spelling.
AMERICAN_298: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "licence": "license",
    "offence": "offense",
    "gynaecologist": "gynecologist",
    "co-ordinators": "coordinators",
}

# Section lines some sites print between groups of rules.
SECTION_LINES_298: tuple[tuple[str, str], ...] = (
    ("Posting", "Moderation"),
    ("Part A: Your conduct", "Part B: How we moderate"),
    ("What we expect", "What we do"),
    ("General rules", "Enforcement"),
    ("Section 1 - Conduct", "Section 2 - Administration"),
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_298: tuple[str, ...] = (
    "- The Committee",
    "The Editor",
    "Thanks, the admin team",
    "On behalf of the Residents' Association",
    "Signed: League Secretary",
    "The Friends of the Abbey",
)

# List-marker styles a site draws from (see ``_marker_298``); the blanks are sites that print no markers.
MARKER_STYLES_298: tuple[str, ...] = (
    "",
    "",
    "",
    "number-dot",
    "number-dot",
    "number-paren",
    "letter-paren",
    "letter-dot",
    "roman",
    "roman-paren",
    "bullet",
    "dash",
    "en-dash",
    "star",
    "rule",
    "rule-dot",
    "section",
    "no",
)

# Words that stay lower case inside a title-cased heading.
_SMALL_WORDS_298 = frozenset(
    {"a", "an", "and", "the", "of", "to", "in", "on", "or", "not", "for", "with", "at", "by", "as"}
)

# Month names for last-updated lines.
_MONTHS_298 = (
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


def _roman_298(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_298(heading: str) -> str:
    """``heading`` in title case, small words kept lower except at the start."""
    words = heading.split(" ")
    cased = [
        word if index and word in _SMALL_WORDS_298 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    ]
    return " ".join(cased)


def _marker_298(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for section-numbered lists)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "number-dot": f"{number}.",
        "number-paren": f"{number})",
        "letter-paren": f"({letter})",
        "letter-dot": f"{letter}.",
        "roman": f"{_roman_298(number)}.",
        "roman-paren": f"({_roman_298(number)})",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dot": f"Rule {number}.",
        "section": f"{section}.{number}",
        "no": f"No. {number}",
    }[style]


def _items_298(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone.

    A site draws its word for what readers send ("comment" three sites in four, otherwise post, message, reply,
    contribution or letter, and then no line it prints says "comment") and who moderates it; how many item kinds it
    prints (two to five at one site in five, six to sixteen otherwise), in table order or shuffled; one to three
    sentences an item; whether it prints headings and in which case (sentence, title or capitals) and emphasis (none,
    asterisks, underscores); where a heading stands (a part of its own, bare or with a stop or colon, or run in before
    the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", section numbers, "No. 1") or none; and by chance a pair of section lines, a last-updated line at the top
    or foot and a sign-off. Its opening, closing and title lines come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_298 if says_comment else rng.choice(OTHER_WORDS_298)
    moderators = rng.choice(MODERATORS_298)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    kinds = list(REWORDINGS_298)
    if not says_comment:
        kinds = [(headings, tuple(s for s in sentences if "comment" not in s.lower())) for headings, sentences in kinds]
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(kinds)), count)
    if rng.random() < 0.55:
        chosen.sort()

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(MARKER_STYLES_298)
    section = rng.randint(1, 6)
    sentence_counts = rng.choice(((1, 1, 2), (1, 2, 2, 3), (1,), (2, 3)))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(chosen, start=1):
        headings, sentences = kinds[index]
        picked = rng.sample(sentences, min(len(sentences), rng.choice(sentence_counts)))
        parts = [s.format(**words) for s in picked]
        heading = rng.choice(headings).format(**words)
        if not says_comment and "comment" in heading.lower():
            heading = headings[0]
        marker = _marker_298(marker_style, number, section) if marker_style else ""

        if heading_case == "none":
            if marker:
                parts[0] = f"{marker} {parts[0]}"
            items.append(("", *parts))
            continue
        if heading_case == "title":
            heading = _title_case_298(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if placement.startswith("own"):
            stop = "" if question or placement == "own" else ("." if placement == "own-stop" else ":")
            head = f"{heading}{stop}"
            items.append((f"{marker} {head}" if marker else head, *parts))
        else:
            joiner = {"run-colon": ":", "run-stop": ".", "run-dash": " \u2013"}[placement]
            lead = f"{heading} " if question else f"{heading}{joiner} "
            first = f"{marker} {lead}{parts[0]}" if marker else f"{lead}{parts[0]}"
            items.append(("", first, *parts[1:]))

    if len(items) >= 4 and rng.random() < 0.15:
        first_line, second_line = rng.choice(SECTION_LINES_298)
        items.insert(len(items) // 2, (second_line, ""))
        items.insert(0, (first_line, ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_298), rng.randint(2016, 2025)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Updated {month} {year}.",
                f"Last reviewed {month} {day}, {year}",
                f"Revised {day} {month[:3]} {year}",
            )
        )
        if rng.random() < 0.4:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_298)))

    intros, closings, titles = POLICY_INTROS_298, POLICY_CLOSINGS_298, POLICY_TITLES_298
    if not says_comment:
        intros = tuple(line for line in intros if "comment" not in line.lower())
        closings = tuple(line for line in closings if "comment" not in line.lower())
        titles = tuple(line for line in titles if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_298)
