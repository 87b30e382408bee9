"""The ``reworded-287`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Turks and Caicos news, Exmoor papers, Upper Peninsula weeklies, fencing clubs, embroiderers' guilds,
hearing loss forums, retirement flat residents, drovers' inn historians.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Placeholders: {c}/{cs} what readers send (singular,
# plural), {C}/{Cs} the same capitalised, {mods} who looks after the site (never at the start of a sentence).
REWORDINGS_287: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Courtesy", "Treat others as you would at the club", "How should I disagree?", "Manners"),
        (
            "Disagree by all means, but do it the way you would across the bar of the Royal Oak: politely.",
            "Play the ball, not the person; {cs} that attack another reader rather than their argument will go.",
            "Please be kind to one another, as many of our members are new to stitching and new to forums.",
            "Robust debate is welcome on island affairs, but personal abuse of other readers is not.",
            "Remember there is a real person, often a neighbour down the corridor, reading what you write.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hateful content", "What counts as hate speech?", "Respect for everyone"),
        (
            "{Cs} that demean people for their race, nationality, religion, sex, sexuality or disability are removed.",
            "Remarks aimed at Haitian, Dominican or other communities in the Islands will not be published.",
            "We do not allow jokes at the expense of deaf or hard of hearing people, even among ourselves.",
            "Stereotyping downstaters, tribal members or anyone else does not belong here.",
            "Any form of bigotry, however it is dressed up, will be taken down without discussion.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Personal information",
            "Can I share someone's address?",
            "Other people's details",
            "Your own safety",
        ),
        (
            "Do not post telephone numbers, email addresses or home addresses, your own or anyone else's.",
            "Please do not name other residents or mention which flat they live in.",
            "Audiograms and medical letters should have your name and NHS number blanked out before you upload them.",
            "Photographs of juniors must not be posted without the written consent of a parent or guardian.",
            "Do not share private messages in public without the sender's permission.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young members",
            "Welfare",
            "Protecting children and vulnerable adults",
            "Who is the welfare officer?",
        ),
        (
            "Adults must not contact junior fencers privately through the forum; all contact goes through parents.",
            "If you are worried about the welfare of a child or vulnerable adult, speak to the welfare officer first.",
            "Any {c} that raises a safeguarding concern is passed to {mods} and, where needed, to the authorities.",
            "If a resident seems unwell or at risk, please ring the house manager or the careline rather than posting.",
            "We follow British Fencing's safeguarding policy, and breaches will be reported to the national body.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Delays", "Pre-moderation", "Waiting for approval"),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "We are a small newsroom in Providenciales; {cs} left overnight are usually approved by mid-morning.",
            "New members' first few {cs} are held for approval, which is normally done within a day.",
            "Our volunteers do this in their spare time, so please be patient at weekends and during competitions.",
            "Over the winter, when the office in Dulverton closes early, approval can take a little longer.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is my post in the right place?", "Relevance"),
        (
            "Keep {cs} to the subject of the article; there are other places for a general chat.",
            "Threads about drove roads should stay about drove roads, not turn into debates on modern farming.",
            "Please post in the right section: hearing aids, cochlear implants, tinnitus or the social lounge.",
            "Off-topic {cs} may be moved or deleted without notice.",
            "If you want to raise something new, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling", "Can I advertise my business?", "Commercial posts", "Links"),
        (
            "No advertising, please; that includes villa rentals, boat charters and timeshares.",
            "Selling kits, threads or patterns is allowed only in the Sales and Wants board.",
            "Second-hand masks, jackets and blades may be offered in the classifieds section, not in general threads.",
            "Links to hearing aid retailers or miracle tinnitus cures will be removed and the account suspended.",
            "Repeated or automated {cs} are treated as spam and removed without warning.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Usernames", "Real names", "Do I have to use my real name?", "Registration"),
        (
            "Please use your real name; we do not publish anonymous {cs} on the letters page.",
            "One account per person, please; second accounts will be closed.",
            "A nickname is fine, but do not pretend to be another person, a business or an official body.",
            "To join, give your branch and membership number so that we can confirm you are a member.",
            "Residents should register with their flat number, which is seen only by {mods}.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Libel and contempt", "What about court cases?"),
        (
            "You are legally responsible for what you post, and defamatory {cs} will not be published.",
            "Do not comment on the guilt of anyone awaiting trial before the courts of the Turks and Caicos Islands.",
            "Libel laws apply online just as they do in print, and Michigan courts have held writers to them.",
            "Do not post anything that breaks the law of England and Wales, including the Defamation Act 2013.",
            "Allegations of crime against named people will be removed whether or not you believe them true.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and designs", "Can I post a photo I found?", "Images"),
        (
            "Do not post whole articles from other papers; a short quote with a link is fine.",
            "Commercial patterns are copyright: show a photo of your finished piece, not the chart or colour key.",
            "Only upload photographs you took yourself or have permission to use.",
            "Extracts from record office documents may need the archive's permission; please credit the source.",
            "Anything you post may be reproduced in the printed paper or the newsletter.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Seen something wrong?", "How do I report a problem?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not reply to a troublesome {c}; report it and let {mods} deal with it.",
            "Complaints about a {c} can be emailed to the newsroom, quoting the headline and the date.",
            "Concerns can also be raised at the residents' meeting or left in the box by the lounge door.",
            "Reports are read in confidence and we will not tell the poster who made them.",
        ),
    ),
    (  # discretion
        ("Our decision", "Editor's discretion", "The committee's decision", "Final say", "Who decides?"),
        (
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "The committee's decision on any {c} is final.",
            "Posting here is a privilege of membership, not a right, and depends on good behaviour.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "Where these rules do not cover something, the judgement of {mods} applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips"),
        (
            "If we have got something wrong, please tell the newsroom directly rather than in the {cs}.",
            "Got a story from Grand Turk, North Caicos or South Caicos? Send it to our newsdesk.",
            "Corrections are printed in the next week's paper, on page two.",
            "News of Exmoor villages, shows and meets is always welcome; send it in by Tuesday noon.",
            "Tips from the Keweenaw, Marquette or anywhere across the bridge can be sent to the editor.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Can I swear?", "Plain English", "Capitals"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English so that everyone can take part.",
            "Typing in capitals is read as shouting; please do not.",
            "Plain words help everyone, especially members who use screen readers or captions.",
            "Keep text-speak to a minimum, as many members are not familiar with it.",
        ),
    ),
    (  # warnings and bans
        ("Warnings", "Bans", "Breaking the rules", "What happens if I break the rules?", "Suspensions"),
        (
            "A first breach earns a warning; a second, a suspension; a third, a ban.",
            "Members who keep ignoring these rules will have their posting rights removed.",
            "We may ban any account, without warning, for serious abuse.",
            "Serious breaches will be reported to the club committee and may lead to loss of membership.",
            "Banned users who come back under a new name will be removed again.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Safety", "Not professional advice", "Is this medical advice?", "Your own health"),
        (
            "Nothing posted here replaces advice from your audiologist, GP or ENT consultant.",
            "Any sudden loss of hearing is a medical emergency; see a doctor the same day.",
            "Never fence without a mask, a plastron and a jacket of the right rating, whatever a thread suggests.",
            "Anyone walking the old drove routes over the moor should check the weather and tell someone their plans.",
            "Advice about hurricane preparations should come from the Department of Disaster Management, not the {cs}.",
        ),
    ),
    (  # sources
        ("Sources", "Citing your sources", "Evidence", "Where did you read that?", "Accuracy"),
        (
            "Please give your sources: parish records, inn licences, tithe maps or printed books.",
            "Family stories are welcome, but say they are family stories.",
            "Do not present guesses about which inns were drovers' stopping places as fact.",
            "Quote census references in full so that others can check them.",
            "If you correct another member, give the source and be polite about it.",
        ),
    ),
)

# What readers send, as (singular, plural); most sites say "comment", a quarter never do.
READER_WORDS_287: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as it follows "by", "to" or "of" in a sentence.
MODERATORS_287: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the webmaster",
    "our newsroom",
    "the house manager",
    "our volunteer moderators",
    "the site administrators",
)

# Opening lines a site may print before the items.
POLICY_INTROS_287: tuple[str, ...] = (
    "We welcome your views, and ask only that you keep to a few simple rules.",
    "Please read these guidelines before you post.",
    "This forum is run by volunteers for people living with hearing loss and those who support them.",
    "Our noticeboard is for residents, their families and the staff of the development.",
    "The following rules apply to everyone who comments on our stories.",
    "These house rules were agreed by the committee at the annual general meeting.",
    "Members are reminded that the forum is a public space and can be read by anyone.",
)

# Closing lines a site may print after the items.
POLICY_CLOSINGS_287: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Happy stitching!",
    "Thanks for reading, and see you on the piste.",
    "By posting, you agree to these rules.",
    "Questions about these rules can be sent to the editor.",
    "Thank you for commenting responsibly.",
    "These rules may be changed at any time by the committee.",
)

# Titles a site may print above the policy.
POLICY_TITLES_287: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the forum",
    "Community standards",
    "Letters and comments policy",
    "Guidance for members",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_287: dict[str, str] = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "licences": "licenses",
    "behaviour": "behavior",
    "colour": "color",
}

# Words kept in lower case when a heading is printed in title case.
SMALL_WORDS_287: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "you", "i", "my", "is"}
)

# Lines a site may print as a section line above its rules.
SECTION_LINES_287: tuple[str, ...] = (
    "Section 4: Online conduct",
    "Part B - Using the forum",
    "Appendix 2: Noticeboard and website",
    "Terms of use (website)",
    "Members' area",
)

# Last-updated lines a site may print.
UPDATED_LINES_287: tuple[str, ...] = (
    "Last updated: March 2024",
    "Updated 12 January 2025.",
    "Revised by the committee, October 2023.",
    "Effective June 1, 2024.",
    "Reviewed annually. Last review: AGM 2024.",
)

# Sign-offs a site may print after its rules.
SIGN_OFFS_287: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Forum Admin Team",
    "Residents' Association",
    "Hon. Secretary, on behalf of the committee",
)

# List-marker styles: each takes the item's index (from zero) and returns the marker printed before it.
ROMAN_287: tuple[str, ...] = (
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


def _marker_287(style: str, index: int, section: int) -> str:
    """The list marker printed before item ``index`` in one of the styles these sites use ("" for none)."""
    if style == "number":
        return f"{index + 1}. "
    if style == "bracket":
        return f"{index + 1}) "
    if style == "letter":
        return f"({chr(ord('a') + index)}) "
    if style == "roman":
        return f"{ROMAN_287[index]}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {index + 1}: "
    if style == "section":
        return f"{section}.{index + 1} "
    return ""


def _heading_case_287(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if position and word.lower() in SMALL_WORDS_287 else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    return heading


def _items_287(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" for three sites in four,
    otherwise post, message, reply, contribution or letter, in which case no line it prints says "comment") and who
    moderates it; how many kinds of rule it prints (2-5 for one site in five, 6-16 otherwise), in table order or
    shuffled; one to three sentences an item; whether it prints headings and in which case (sentence, title,
    capitals), whether a heading stands as a part of its own (bare, with a stop or with a colon) or runs in before
    the first sentence after a colon, stop or dash, and whether it is emphasised with asterisks; a list marker
    (numbers, bracketed numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, or none); and,
    by chance, a section line, a last-updated line at the top or bottom, and a sign-off. The opening, closing and
    title lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(READER_WORDS_287)
    says_comment = singular == "comment"
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(MODERATORS_287)

    def allowed(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    kinds = list(REWORDINGS_287)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = kinds[:count]

    with_headings = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.random() < 0.15
    marker_style = rng.choice(
        ("none", "none", "number", "bracket", "letter", "roman", "bullet", "dash", "rule", "section")
    )
    section_number = rng.randint(2, 9)
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds):
        usable = [sentence.format(**words) for sentence in sentences]
        usable = [sentence for sentence in usable if allowed(sentence)] or usable[:1]
        chosen = rng.sample(usable, min(len(usable), rng.randint(1, most_sentences)))
        marker = _marker_287(marker_style, index, section_number)
        if not with_headings:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = _heading_case_287(rng.choice([h for h in headings if allowed(h)] or list(headings)), case)
        question = heading.endswith("?")
        if placement.startswith("own"):
            stop = "" if question or placement == "own" else ("." if placement == "own-stop" else ":")
            heading = f"**{heading}{stop}**" if emphasis else heading + stop
            items.append((marker + heading, *chosen))
        else:
            if emphasis:
                heading = f"**{heading}**"
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placement]
            if question:
                joint = " "
            items.append(("", marker + heading + joint + chosen[0], *chosen[1:]))

    if rng.random() < 0.2:
        items.insert(0, (rng.choice(SECTION_LINES_287), ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_287))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_287)))

    intros = [line for line in POLICY_INTROS_287 if allowed(line)]
    closings = [line for line in POLICY_CLOSINGS_287 if allowed(line)]
    titles = [line for line in POLICY_TITLES_287 if allowed(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_287)
