"""The ``reworded-200`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papua New Guinea English news, Channel Islands papers, Maine lobster-town weeklies, fencing clubs,
railway-modelling societies, diabetes parents' forums, housing-association tenants, botanic-garden friends.

Written blind: from how such sites word and print their posting rules, not from the cleaner's code, its docs, its
figures or reports, nor from the other families' sentences (of them, only ``reworded-6``'s module was read, for its
code's structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop; a site adds its own) and five sentences, each of one
#: sentence. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what readers send (comment, post, message,
#: reply, contribution...), singular and plural, in lower case or capitalised. Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_200``).
REWORDINGS_200 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play the ball, not the player", "Is it kind?", "Courtesy"),
        (
            "Disagree as much as you like, but do it politely and without personal remarks.",
            "Treat fellow members as you would on the piste: salute, then make your point.",
            "Name-calling, sneering and goading other readers will see your {c} taken down.",
            "Remember there is a real person, often a worried parent, reading every {c} you write.",
            "Criticise the idea, the layout or the policy, never the person behind it.",
        ),
    ),
    (  # hatred
        ("No discrimination", "Hate speech", "Zero tolerance for prejudice", "What counts as hateful?"),
        (
            "{Cs} that attack people for their tribe, province, race or religion will be deleted.",
            "We do not allow abuse aimed at anyone's nationality, faith, disability, sexuality or gender.",
            "Remarks that stir up ill feeling between island communities or newcomers will not be published.",
            "Sorcery accusations and {cs} blaming a group of people for a death will be removed at once.",
            "Racist, sexist or homophobic language, even dressed up as a joke, is never acceptable here.",
        ),
    ),
    (  # privacy
        ("Privacy", "Keep personal details private", "Protect your privacy", "Can I share my address?"),
        (
            "Do not post your phone number, email address or home address in a public {c}.",
            "Please don't name neighbours, staff or other tenants, or give details of their flats.",
            "Never share another family's details, test results or photographs without their permission.",
            "Private details about members will be removed, even where they are already public elsewhere.",
            "If you need to give a contact number, send it to the moderators by private message instead.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting children", "Young members", "Is this forum safe for my child?"),
        (
            "Do not post photographs of junior fencers or name them without their parent's consent.",
            "Children's full names, schools and photographs must not appear in any {c}.",
            "Members under 18 may only take part with a parent or carer's consent.",
            "Any {c} that raises a safeguarding concern will be passed to our welfare officer.",
            "If you believe a child is at risk, call the police or children's services, not the forum.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Delays"),
        (
            "Every {c} is read by a moderator before it goes live, so please be patient.",
            "Our moderators are volunteers, and your {c} may take a day or two to appear.",
            "The newsroom checks {cs} in office hours, Port Moresby time.",
            "{Cs} sent over the weekend will be approved on Monday morning.",
            "Posting the same {c} again will not speed it up and may send it to the spam folder.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Right board, right topic", "Where should I post?"),
        (
            "Please keep {cs} to the subject of the story or thread you are replying to.",
            "Use the right section of the board, and search before starting a new thread.",
            "General chat belongs in the Signal Box, not in the modelling threads.",
            "Threads that drift far off the subject may be split, moved or locked.",
            "Questions about your own rent account belong with your housing officer, not on this page.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam and selling", "Buying and selling", "Can I advertise my business?", "Promotion"),
        (
            "Commercial advertising is not allowed; private sales go in the Sales and Wants section only.",
            "Links to shops, betting sites or money-making schemes will be deleted.",
            "Traders may post once a month in the traders' corner, and nowhere else.",
            "Please do not use {cs} to promote products, diets or cures for diabetes.",
            "Plant sales and seed swaps are welcome, but not on behalf of a business.",
        ),
    ),
    (  # real names / accounts
        ("Your account", "Real names", "One member, one account", "Who can post?", "Usernames"),
        (
            "Please use your real name; {cs} from obvious aliases may not be approved.",
            "Each person may hold one account, and sharing log-in details is not allowed.",
            "Usernames that are offensive or impersonate someone else will be changed without notice.",
            "Posting is open to current members of the Friends only; renew your membership to keep access.",
            "Do not pretend to be a member of staff, a doctor or a club coach.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation and the courts", "Could I be sued?", "Stay within the law"),
        (
            "Do not make accusations that you cannot prove; you may be personally liable for what you write.",
            "{Cs} about cases before the Royal Court will not be published until proceedings have ended.",
            "Nothing should be posted that could prejudice a trial or identify a victim.",
            "We must obey the laws of Papua New Guinea, including the Cybercrime Code Act.",
            "You are legally responsible for what you post, and we will co-operate with any police inquiry.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and copyright", "Using other people's work", "Can I post a photo I found?"),
        (
            "Only post photographs and drawings that you own or have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link will do.",
            "Scanned pages from magazines, books and manufacturers' catalogues will be removed.",
            "By posting a picture you allow the Friends to use it in the newsletter, with credit.",
            "Credit the photographer when you share a picture of the gardens that is not yours.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the Report button under any {c} you think breaks these rules.",
            "Please report problem {cs} to a moderator rather than replying to them.",
            "Email the editor with a link to the {c} and the reason you are concerned.",
            "Every report is looked at, although we cannot always reply to you.",
            "Reports are anonymous; the member concerned will not be told who made it.",
        ),
    ),
    (  # editor's discretion
        ("Our discretion", "The final say", "Editor's decision", "Right to refuse", "Who decides?"),
        (
            "The editor may edit, refuse or remove any {c} without giving a reason.",
            "Moderators' decisions are final and will not be discussed on the open board.",
            "We reserve the right to close {cs} on any story at any time.",
            "The committee may change these rules at any time, and will post notice of the change.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Errors"),
        (
            "If we have got something wrong, email the newsdesk rather than pointing it out in a {c}.",
            "Corrections are handled by the editor and printed in the next week's edition.",
            "Got a news tip from the harbour or the co-op? Call the office or drop it in at the front desk.",
            "{Cs} are not read by reporters, so please send story ideas to our newsroom directly.",
            "Errors in the exhibition calendar should be sent to the show secretary.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "Which language?"),
        (
            "Swearing, including words with letters starred out, is not allowed.",
            "Please write in English so that every reader can follow the discussion.",
            "{Cs} in capitals are hard to read and will be edited or removed.",
            "Keep {cs} short and clear; long rants are unlikely to be approved.",
            "Text-speak and strings of emoji make {cs} hard to read for many members.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Three strikes"),
        (
            "Members who break these rules will get a warning, then a suspension, then a ban.",
            "Repeated breaches will result in your account being closed without further notice.",
            "Serious breaches may be reported to the club committee and the governing body.",
            "Banned members who return under a new name will be removed again.",
            "A tenancy matter raised here may be referred to the association under your tenancy agreement.",
        ),
    ),
    (  # safety / advice
        ("Medical advice", "Safety first", "Advice on this forum", "Is this medical advice?", "A word of caution"),
        (
            "Nothing on this forum replaces advice from your child's diabetes team.",
            "Never change insulin doses on the strength of a {c}; speak to your clinic first.",
            "Repairs and emergencies must be reported to the repairs line, not posted here.",
            "Do not post advice on blade or mask repairs that has not been checked by an armourer.",
            "Do not eat or pick plants in the gardens on the basis of anything posted here.",
        ),
    ),
)


#: Titles, opening and closing sentences such sites print with their rules (reworded-200 only).
POLICY_TITLES_200 = (
    "Forum rules",
    "House Rules",
    "{C} guidelines",
    "Rules of the Board",
    "Posting Guidelines",
    "Have Your Say: the rules",
    "Community Rules",
    "Terms of use for {cs}",
    "Code of conduct",
    "Guidelines for {cs}:",
)


POLICY_INTROS_200 = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, provided they follow the rules below.",
    "This forum is run by volunteers for the benefit of all members.",
    "By submitting a {c} you agree to the following guidelines.",
    "The board works best when everyone follows a few simple rules.",
    "Our readers in Jersey, Guernsey and beyond are welcome to join in.",
)


POLICY_CLOSINGS_200 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules were last reviewed by the committee in March 2025.",
    "If in doubt, don't post it.",
    "The Moderators",
    "Thanks, and happy modelling.",
    "Questions about these rules? Contact the editor.",
)


#: British spellings in the lists above and their American forms (a reworded-200 document prints one or the other).
AMERICAN_200 = {
    "neighbours": "neighbors",
    "criticise": "criticize",
    "armourer": "armorer",
    "catalogues": "catalogs",
    "co-operate": "cooperate",
}

#: The site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_200 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

#: The shapes of a site's item markers (each as its first item's; "" for none), drawn once a site.
MARKERS_200 = (
    *("", "", "", "1.", "1.", "1)", "(1)", "Rule 1:", "Rule 1 –", "#1", "a)", "(a)", "A.", "i.", "(ii)", "IV."),
    *("•", "•", "-", "*", "–", "·", "o", "»", "▪"),
)

_SMALL = {"a", "an", "and", "the", "of", "to", "or", "on", "in", "for", "not"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(style: str, i: int) -> str:
    """The marker a site prints before its ``i``-th item (from 0), in its own shape."""
    n = i + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[i % 26]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "#1": f"#{n}",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(ii)": f"({_roman(n)})",
        "IV.": f"{_roman(n).upper()}.",
    }.get(style, style)


def _items_200(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-200 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send (a quarter never say "comment"); two to five items a fifth of the
    time, else six to all sixteen, in the table's order (0.5) or shuffled; each item one sentence (0.5), two (0.35) or
    three, in the table's order, printed one a part or run into one part (0.3); headings in one case a site (as
    written, title case, capitals), on their own part or run in before a colon, stop or dash, bracketed,
    or none (0.15), question headings now and then asked and answered ("Q:"/"A:"); a marker of one shape a site
    (numbered, "Rule N", lettered, roman, bulleted, a Word export's "o", or none); then ``_furnish``'s opening,
    closing and title lines."""
    c, cs = rng.choice(WORDS_200) if rng.random() < 0.25 else ("comment", "comments")

    def fill(text: str) -> str:
        return (
            text.replace("{cs}", cs).replace("{Cs}", cs.capitalize()).replace("{c}", c).replace("{C}", c.capitalize())
        )

    if rng.random() < 0.2:
        chosen = rng.sample(REWORDINGS_200, rng.randint(2, 5))
    else:
        chosen = rng.sample(REWORDINGS_200, rng.randint(6, len(REWORDINGS_200)))
    if rng.random() < 0.5:
        chosen.sort(key=REWORDINGS_200.index)
    case = rng.choice(("as", "as", "title", "title", "upper"))
    joiner = rng.choice(("own", "own", ": ", ". ", " – ", " - ", " — ", "[]", "none"))
    if rng.random() < 0.15:
        joiner = "none"
    asked = rng.random() < 0.15  # question headings printed "Q: ..." with the first sentence "A: ..."
    run_sentences = rng.random() < 0.3
    marker = rng.choice(MARKERS_200)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen):
        count = 1 if rng.random() < 0.5 else (2 if rng.random() < 0.7 else 3)
        picked = sorted(rng.sample(range(len(sentences)), count))
        body = [fill(sentences[k]) for k in picked]
        if run_sentences:
            body = [" ".join(body)]
        heading = "" if joiner == "none" else fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        parts: list[str]
        if not heading:
            parts = body
        elif asked and question:
            parts = [f"Q: {heading}", f"A: {body[0]}", *body[1:]]
        elif joiner == "own":
            parts = [heading, *body]
        elif joiner == "[]":
            parts = [f"[{heading}] {body[0]}", *body[1:]]
        elif question:
            parts = [f"{heading} {body[0]}", *body[1:]]
        else:
            parts = [f"{heading}{joiner}{body[0]}", *body[1:]]
        mark = _marker(marker, index)
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((parts[0], *parts[1:]) if heading and joiner == "own" else ("", *parts))
    intros = [fill(text) for text in POLICY_INTROS_200]
    closings = [fill(text) for text in POLICY_CLOSINGS_200]
    titles = [fill(text) for text in POLICY_TITLES_200]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_200)
