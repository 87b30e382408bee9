"""The ``reworded-223`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Palau and Marshall Islands English news, Cumbrian fell papers, Vermont hill-town weeklies, lacrosse
clubs, beekeepers' associations, Crohn's forums, student co-ops, chapel restoration committees.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the helper
functions and ``_items_220`` of ``reworded-220``'s were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (without their stop), and five sentences, of which a document prints one to
#: three. Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send, {site} the site, {mods} {Mods}
#: who moderates, {place} where readers post, {topic} what they post under, {people} who may be in it, {law},
#: {welfare} who hears a worry about a child, {advice} who gives proper advice, {emergency} the emergency line,
#: {tongue} the language(s) the site asks for. Written in British spelling (``AMERICAN_223``).
REWORDINGS_223 = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Is it kind?",
            "Courtesy first",
            "Disagree without being disagreeable",
        ),
        (
            "Disagree with the idea if you like, but leave the person who holds it alone.",
            "Personal attacks on other members, on our staff or on {people} will be removed.",
            "Treat everyone here as you would across the table at a meeting: with patience and good manners.",
            "Sarcasm, name-calling and goading other people into a row are not welcome on {site}.",
            "Robust debate is fine; bullying, belittling and pile-ons are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for prejudice",
            "What counts as hateful?",
            "Respect for every community",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be deleted "
            "without warning.",
            "We do not allow slurs, stereotypes or jokes at the expense of any group, whether the target is a "
            "neighbour, a newcomer or a stranger.",
            "Racist, sexist, homophobic or transphobic remarks will get you banned on the first offence.",
            "Hateful symbols, coded language and links to extremist material are removed as soon as we see them.",
            "Nobody should feel unwelcome here because of who they are or where they come from.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Can I share someone's address?",
            "Other people's information",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Never share a private message, email or photograph without the sender's permission.",
            "If you mention your own health, job or family, remember that {place} can be read by anyone.",
            "Please don't name or describe people who are not already named in {topic}.",
            "We will remove {cs} that reveal where someone lives or works.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting juniors",
            "Vulnerable people",
            "Who do I tell if I'm worried about a child?",
        ),
        (
            "Do not post photographs of children, or their full names, without a parent's or guardian's consent.",
            "Adults must not contact junior members privately through {site}; all contact goes through {mods}.",
            "Any concern about the welfare of a child or a vulnerable adult should go straight to {welfare}, not "
            "into {place}.",
            "We will not publish anything that could identify a child involved in a court case or a police "
            "investigation.",
            "Grooming, sexual content or any attempt to meet a young person will be reported to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will I see my {c}?",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay.",
            "We check {cs} when time allows, and it can take a day or two for yours to appear.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "Please don't send the same {c} again if it doesn't show at once; duplicates slow us down.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "Is this the right place?",
            "One subject per thread",
        ),
        (
            "Please keep your {c} to the subject of {topic}.",
            "{Cs} that have nothing to do with the discussion may be moved or deleted.",
            "Start a new thread for a new subject rather than taking over someone else's.",
            "National politics and religion belong elsewhere unless {topic} is about them.",
            "If you want to raise something unrelated, contact {mods} instead.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Links",
        ),
        (
            "Advertising, sales pitches and chain letters are not allowed in {place}.",
            "Items for sale belong in the classifieds, not here.",
            "Links to other websites may be held for checking before they appear.",
            "Posting the same {c} again and again, or links to the same site, will be treated as spam.",
            "Fundraising appeals need the agreement of {mods} before they are posted.",
        ),
    ),
    (  # names and accounts
        (
            "Real names",
            "Your account",
            "Who are you?",
            "One member, one account",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "Please sign your {cs} with your real name and your town or village.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, an officer of {site} or a member of our staff.",
            "Usernames that are offensive or that include a web address will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Stay within the law",
            "Defamation and contempt",
            "Could I be sued?",
            "The law applies here too",
        ),
        (
            "Do not post anything that breaks {law}.",
            "Allegations you cannot prove may be defamatory, and you could be held personally liable for them.",
            "Do not speculate about the guilt or innocence of anyone facing a criminal charge while the case is "
            "before the courts.",
            "We will pass details to the police when the law requires us to.",
            "Threats of violence, including ones meant as jokes, will be reported.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Use your own words",
            "Photographs and other people's work",
            "Can I copy an article in?",
            "Quoting",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Quote a few lines and give a link; do not paste whole articles from other publications.",
            "By posting on {site} you give us permission to publish your {c}, in print as well as online.",
            "Material copied from books, newsletters or other websites without permission will be removed.",
            "You keep the copyright in your {cs}, but we may edit them for length and clarity.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {c}",
            "Seen something wrong?",
            "How do I flag a post?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it.",
            "Please report a problem rather than replying to it; arguing back only makes it worse.",
            "You can also email {mods}: tell us which {c} and why, and we will look at it.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "We read every report, but we cannot always reply to each one.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The right to remove",
            "Who decides?",
            "Moderators' discretion",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} at their discretion, and need not give a reason.",
            "Publishing a {c} does not mean that {site} agrees with it.",
            "We may close a discussion at any time, for legal or practical reasons.",
            "These guidelines may change; the current version is always the one on this page.",
            "The views expressed are those of the members who post them, not of {site}.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, please email the editor rather than posting it in {place}.",
            "Corrections are handled by the editor, and we print them as soon as we can.",
            "Have a news tip or a photograph from an event? Send it to us directly and we will be in touch.",
            "Factual corrections to {topic} are welcome, but please keep them polite and specific.",
            "Complaints about what we publish should be made in writing to the editor.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Swearing",
            "Which language should I write in?",
            "Write clearly",
        ),
        (
            "No swearing, including words with letters blanked out.",
            "Please write in {tongue} so that everyone, {mods} included, can follow the conversation.",
            "Avoid writing in capital letters; it reads as shouting.",
            "Crude or sexual language will be removed, even if it is meant as a joke.",
            "Text-speak and long strings of emoji make {cs} hard to read, so write in full sentences where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will first be warned by {mods}.",
            "A second breach may lead to a suspension of up to thirty days.",
            "Serious or repeated breaches will lead to a permanent ban without further notice.",
            "Trying to get round a ban with a new account will get every account closed.",
            "If you think a decision was unfair, write to {mods}; do not argue about it in {place}.",
        ),
    ),
    (  # safety and advice
        (
            "Advice and safety",
            "Not professional advice",
            "Take care",
            "Is the advice here reliable?",
            "Use your own judgement",
        ),
        (
            "Nothing posted here replaces advice from {advice}.",
            "Members share their own experience; always check with {advice} before you change what you do.",
            "If you are in danger or need help urgently, {emergency}.",
            "Do not post instructions that could put other people at risk.",
            "Information on {site} is offered in good faith, and we cannot accept responsibility for how it is used.",
        ),
    ),
)

#: Titles, opening and closing lines such sites print with their rules ({c} and the others filled per site).
TITLES_223 = (
    "{C} policy",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "House rules",
    "Guidelines for {cs}",
    "Rules of the message board",
    "Code of conduct",
    "Forum rules – please read before posting",
    "Before you post",
    "Online etiquette",
    "Letters and comments policy",
    "Terms of participation",
    "Comment guidelines",
)

INTROS_223 = (
    "{Site} welcomes {cs} from readers, within the rules below.",
    "Please read the following before you post.",
    "By posting on {site} you agree to these guidelines.",
    "We want {place} to be friendly and useful, so we ask everyone to follow a few simple rules.",
    "These rules apply to every {c} on {site}, whoever you are.",
    "Comments are welcome, but they are moderated.",
    "New here? Welcome. Please take a minute to read these rules.",
)

CLOSINGS_223 = (
    "Thank you for helping to keep {site} a good place to talk.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "Thanks for reading, and for your {cs}.",
    "We reserve the right to close comments on any story.",
    "These rules were last reviewed by {mods}.",
    "Enjoy the discussion.",
)

#: British spellings in the lists above and their American forms (a reworded-223 document prints one or the other).
AMERICAN_223 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "judgement": "judgment",
    "organisation": "organization",
    "behaviour": "behavior",
    "honour": "honor",
}

#: Eight kinds of site: (names, moderators, where readers post (never saying "comment"), where readers post
#: (saying it), what they post under, who may be in it, the law, the welfare contact, proper advice, the
#: emergency line, languages, the site's own words for what readers send, sign-offs).
_KINDS = (
    (  # Palau and Marshall Islands English news
        ("the Island Tide", "the Koror Reporter", "the Majuro Weekly Journal", "this website"),
        ("the newsroom", "our editors", "the editorial desk"),
        ("the discussion below", "our reader forum"),
        ("the comments section", "the comments below"),
        ("the story", "the article", "this report"),
        ("the people named in our stories", "public officials and private citizens alike"),
        ("the laws of the Republic", "Palau law, Marshall Islands law or any other law"),
        ("the police", "the Ministry's child protection office"),
        ("a doctor, lawyer or other qualified professional",),
        ("call 911 or the police", "contact the police or the hospital straight away"),
        ("English", "English, or Palauan or Marshallese with an English translation"),
        ("response",),
        ("– The Editor", "The Newsroom"),
    ),
    (  # Cumbrian fell papers
        ("the Fellside Herald", "the Dale & Lakes Gazette", "this site", "the Upland Advertiser"),
        ("the newsdesk", "our web team", "the moderators"),
        ("the discussion", "the readers' forum"),
        ("the comments", "our comment threads"),
        ("the story", "the article", "this piece"),
        ("the people in our stories", "anyone named in our reports"),
        ("the law of England and Wales", "the law, including the law of contempt"),
        ("the police on 101", "the county council's safeguarding team"),
        ("a qualified professional", "the relevant authority"),
        ("ring 999 and ask for the police, then mountain rescue", "call 999"),
        ("English", "plain English"),
        ("letter",),
        ("– The Editor", "Editor"),
    ),
    (  # Vermont hill-town weeklies
        ("the Hilltown Crier", "the Ridge Road Weekly", "the Valley Observer", "our site"),
        ("the editor", "the publisher", "our staff"),
        ("the online edition", "the discussion board"),
        ("the comment section", "reader comments"),
        ("the story", "the article", "the letter above"),
        ("town officers, select board members and our neighbors", "the people in the story"),
        ("Vermont or federal law", "the law"),
        ("the Department for Children and Families", "the police"),
        ("a professional", "your own lawyer or doctor"),
        ("call 911",),
        ("English",),
        ("letter", "online letter"),
        ("– The Editor", "The Publisher"),
    ),
    (  # lacrosse clubs
        ("the club forum", "the club website", "this board"),
        ("the committee", "the club secretary", "the forum moderators"),
        ("the forum", "the club noticeboard"),
        ("the comments", "the comment threads"),
        ("the thread", "the fixture report", "the topic"),
        ("players, coaches, umpires and parents", "opponents and officials"),
        ("the law or the governing body's code of conduct", "the club constitution or the law"),
        ("the club welfare officer", "the welfare officer"),
        ("a qualified coach, physio or doctor",),
        ("call 999", "dial 999 and tell a coach"),
        ("English",),
        ("post",),
        ("Club Committee", "– Hon. Secretary"),
    ),
    (  # beekeepers' associations
        ("the association forum", "the association website", "this forum"),
        ("the forum moderators", "the committee", "the webmaster"),
        ("the forum", "the members' area"),
        ("the comments", "members' comments"),
        ("the thread", "the topic", "the newsletter article"),
        ("other members, mentors and the public", "fellow beekeepers"),
        ("the law, including the rules on bee medicines", "the law"),
        ("the association's safeguarding officer", "the secretary"),
        ("your mentor or the regional bee inspector", "the bee inspector"),
        ("call 999 and mention the stings", "call 999"),
        ("English",),
        ("post", "message"),
        ("The Committee", "Webmaster"),
    ),
    (  # Crohn's forums
        ("the forum", "this community", "our message board"),
        ("the moderators", "our volunteer moderators", "the admin team"),
        ("the forum", "the community"),
        ("the comments", "the comment threads"),
        ("the thread", "the topic", "the original post"),
        ("other members, doctors and nurses", "fellow members"),
        ("the law", "the law of the country you post from"),
        ("the moderators", "the police"),
        ("your IBD nurse, gastroenterologist or GP", "your doctor or IBD team"),
        ("go to A&E or call 999", "call the emergency services or go to the nearest emergency department"),
        ("English",),
        ("post", "reply"),
        ("The Mod Team", "– Admin"),
    ),
    (  # student co-ops
        ("the co-op board", "the house list", "our website", "this board"),
        ("the board", "the communications coordinator", "the house officers"),
        ("the list", "the board", "the house forum"),
        ("the comments", "the comment threads"),
        ("the thread", "the topic", "the announcement"),
        ("housemates, staff and guests", "other members"),
        ("the law or the co-op's bylaws", "the bylaws"),
        ("the member welfare officer", "the board"),
        ("a professional", "the house manager"),
        ("call 911", "call 911 or campus police"),
        ("English",),
        ("message", "post"),
        ("– The Board", "Communications Coordinator"),
    ),
    (  # chapel restoration committees
        ("the Friends' guestbook", "the restoration website", "our news page"),
        ("the committee", "the secretary", "the Friends' committee"),
        ("the guestbook", "the news page"),
        ("the comments", "the comment form"),
        ("the appeal", "the news item", "the entry above"),
        ("volunteers, trustees and visitors", "the builders and craftsmen"),
        ("the law, including charity law", "the law"),
        ("the secretary", "the diocesan safeguarding adviser"),
        ("the architect or another qualified person",),
        ("call 999",),
        ("English",),
        ("entry", "message", "contribution"),
        ("Hon. Secretary", "– The Committee", "The Trustees"),
    ),
)

_OTHER = ("post", "message", "reply", "contribution", "response", "entry")
_PLURAL = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
    "entry": "entries",
    "letter": "letters",
    "online letter": "online letters",
}
_MINOR = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with", "per"}
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_ORDINALS = ("1st", "2nd", "3rd", *(f"{n}th" for n in range(4, 17)))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
#: Marker shapes (as printed for item 1); "" none. Bullets repeat the same mark on every item.
_SHAPES = (
    "",
    "",
    "",
    "1.",
    "1.",
    "1)",
    "(1)",
    "#1",
    "Rule 1:",
    "Rule 1 of N:",
    "No. 1",
    "1st",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "Clause 1.",
    "3.1",
    "•",
    "•",
    "-",
    "*",
    "–",
    "·",
    "►",
    "✔",
    "o",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _case(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        return " ".join(w if i and w in _MINOR else _cap(w) for i, w in enumerate(heading.split(" ")))
    return heading


def _mark(shape: str, n: int, total: int, section: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    roman = _ROMANS[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "#1": f"#{n}",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 of N:": f"Rule {n} of {total}:",
        "No. 1": f"No. {n}",
        "1st": _ORDINALS[n - 1],
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Clause 1.": f"Clause {n}.",
        "3.1": f"{section}.{n}",
    }.get(shape, shape)


def _items_223(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-223 policy. Draws a kind of site and whether it ever says "comment" (0.75; else its word for what
    readers send, where they post, its title, opening and closing never do); two to five items (0.3) or six to all
    sixteen, in the table's order (0.45) or drawn; one to three sentences an item, now and then run into one part;
    per site a heading case, a placing of headings (none; a part of their own, bare with or without a stop, in
    square brackets, between equals signs or after hashes (a marker inside them), in stars, or underlined by a line of its own; run in before
    a colon, stop or dash), an item now and then without its heading, a marker shape or none (now and then a part of
    its own), sentences bulleted under their heading now and then, a "back to top" part after
    each item now and then; now and then a pinned-topic line and a byline above, an adoption or revision date line
    and a sign-off below; then ``_furnish``."""
    sites, mods, places, comment_places, topics, people, laws, welfares, advices, emergencies, tongues, own, signs = (
        rng.choice(_KINDS)
    )
    says = rng.random() < 0.75
    if says:
        c = "comment" if rng.random() < 0.7 else rng.choice(own + _OTHER)
        place = rng.choice(places + comment_places)
    else:
        c = rng.choice(own + _OTHER)
        place = rng.choice(places)
    cs, mod, site = _PLURAL[c], rng.choice(mods), rng.choice(sites)
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "site": site,
        "Site": _cap(site),
        "mods": mod,
        "Mods": _cap(mod),
        "place": place,
        "topic": rng.choice(topics),
        "people": rng.choice(people),
        "law": rng.choice(laws),
        "welfare": rng.choice(welfares),
        "advice": rng.choice(advices),
        "emergency": rng.choice(emergencies),
        "tongue": rng.choice(tongues),
    }

    def fill(text: str) -> str:
        return text.format(**words)

    total = len(REWORDINGS_223)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, total)
    if rng.random() < 0.45:
        chosen = [REWORDINGS_223[i] for i in sorted(rng.sample(range(total), count))]
    else:
        chosen = rng.sample(REWORDINGS_223, count)
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper"))
    placing = rng.choice(("none", "own", "own", "own", "run", "run", "run"))
    dress = rng.choice(("", "", "", "", "[]", "==", "###", "**", "underline")) if placing == "own" else ""
    stop = rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = rng.choice(_SHAPES)
    section = rng.randint(2, 7)
    alone = bool(shape) and rng.random() < 0.1  # the marker a part of its own
    bullets = rng.choice(("- ", "• ", "o ", "– ")) if placing == "own" and rng.random() < 0.2 else ""
    paragraph = not bullets and rng.random() < 0.2
    top = rng.choice(("Back to top", "↑ Top", "[top]", "^ back to top")) if rng.random() < 0.06 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        if bullets:
            parts = [bullets + part for part in parts]
        elif paragraph:
            parts = [" ".join(parts)]
        marker = _mark(shape, n, count, section)
        heading = ""
        if placing != "none" and rng.random() >= 0.06:
            heading = _case(fill(rng.choice(headings)), case)
        if heading and placing == "own":
            inner = f"{marker} {heading}" if marker and not alone and dress in ("==", "###") else heading
            if dress == "[]":
                head = [f"[{heading}]"]
            elif dress == "==":
                head = [f"== {inner} =="]
            elif dress == "###":
                head = [f"### {inner}"]
            elif dress == "**":
                head = [f"**{heading}**"]
            elif dress == "underline":
                head = [heading, "-" * len(heading)]
            else:
                head = [heading if heading.endswith("?") else heading + stop]
            if alone:
                head.insert(0, marker)
            elif marker and inner == heading:
                head[0] = f"{marker} {head[0]}"
            items.append((*head, *parts))
        else:
            if heading:
                parts[0] = heading + (" " if heading.endswith("?") else stop) + parts[0]
            if alone:
                items.append((marker, *parts))
            else:
                if marker:
                    parts[0] = f"{marker} {parts[0]}"
                items.append(("", *parts))
        if top:
            items[-1] = (*items[-1], top)
    if rng.random() < 0.1:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2009, 2026)
        pinned = rng.choice(("Sticky: ", "Pinned: ", "Announcement: ", "📌 ")) + rng.choice(
            ("Forum rules – please read", "Rules of the board", "Read this before posting", "House rules")
        )
        byline = rng.choice(
            (
                f"Posted by admin on {day} {month} {year}",
                f"by Moderator » {month[:3]} {day}, {year}",
                f"Started by {rng.choice(('Admin', 'Moderator', 'Webmaster', 'site_admin'))}, {day} {month[:3]} {year}",
            )
        )
        items[:0] = [("", pinned), ("", byline)]
    if rng.random() < 0.15:
        month, year = rng.choice(_MONTHS), rng.randint(2014, 2026)
        dated = (
            f"Adopted by {mod}, {month} {year}.",
            f"Last revised {month} {year}",
            f"Updated {rng.randint(1, 28)} {month} {year}",
            f"(Rev. {month} {year})",
        )
        items.append(("", rng.choice(dated)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(signs)))
    titles = [fill(t) for t in TITLES_223]
    intros = [fill(t) for t in INTROS_223]
    closings = [fill(t) for t in CLOSINGS_223]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_223)
