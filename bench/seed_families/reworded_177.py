"""The ``reworded-177`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Rwandan and Ugandan English news, Cotswold village newsletters, Missouri river-town weeklies,
badminton clubs, bookbinding guilds, dementia carers' forums, community-land-trust boards, wildlife-rescue volunteers.

Written blind: from how sites of these kinds word and print their posting rules, house rules and notes for
contributors, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (a question or two among them; a site adds its own stop,
#: case and marker) and five sentences, of which an item prints one to three. {c} {cs} {C} {Cs} stand for the
#: site's word for what readers send (comment, post, message, reply, contribution, letter). Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_177``).
REWORDINGS_177 = (
    (  # civility
        (
            "Be respectful",
            "Be kind to one another",
            "Courtesy costs nothing",
            "Treat others as you would wish to be treated",
            "Why does tone matter?",
            "Civility",
        ),
        (
            "Challenge the idea, not the person who raised it.",
            "Many members here are caring for someone around the clock, so please be gentle with one another.",
            "Personal attacks on other readers, our reporters or the people named in a story will be removed.",
            "Robust debate is welcome; name-calling, sneering and point-scoring are not.",
            "Remember that a real person, quite possibly a neighbour, reads every {c} you write.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Divisionism and discrimination",
            "Respect for all communities",
            "Is it hateful?",
            "Zero tolerance for hatred",
        ),
        (
            "{Cs} that attack people because of their ethnicity, tribe, religion, sex, disability or sexuality will "
            "be deleted without warning.",
            "Content that denies or minimises the 1994 Genocide against the Tutsi, or that promotes divisionism, is "
            "against the law and will be reported to the authorities.",
            "Sectarian, tribal or regional insults have no place on this site.",
            "We do not allow racist, sexist, homophobic or otherwise bigoted language, including so-called jokes.",
            "Mocking people living with dementia, or their condition, will not be tolerated.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Personal information",
            "Keep it private",
            "Can I name people?",
            "Respect confidentiality",
            "Other people's details",
        ),
        (
            "Do not share phone numbers, home addresses or email addresses, whether your own or someone else's.",
            "Please avoid naming the person you care for, their care home or the staff who look after them.",
            "Never give the location of a rescued animal, a release site or a volunteer's home.",
            "Matters discussed in closed session of the board must not be repeated here.",
            "Photographs of children may only be shared with the written consent of a parent or guardian.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Keeping people safe",
            "Worried about someone?",
            "Children and vulnerable adults",
            "Our duty of care",
        ),
        (
            "If you believe a child or vulnerable adult is at risk of harm, contact the club's Welfare Officer or "
            "the police straight away.",
            "Junior members under 18 may not exchange private messages with adult members.",
            "If someone says they are thinking of harming themselves, alert a moderator at once and encourage them "
            "to ring Samaritans on 116 123.",
            "Our moderators follow the guild's safeguarding policy, a copy of which is available from the Secretary.",
            "Any concern about the welfare of a member will be passed in confidence to our safeguarding lead.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} show up?",
        ),
        (
            "Every {c} is read by a moderator before it is published, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not appear until the "
            "next working day.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "Please do not send the same {c} twice, as it is already in the queue.",
            "Items for the printed edition must reach the editor by the 10th of the month before publication.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the point",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place?",
            "Stick to the subject",
        ),
        (
            "Please keep {cs} relevant to the story or thread they appear under.",
            "General chat belongs in the Clubhouse section, not in match reports or league fixtures.",
            "Questions about a particular binding should go on the Techniques board, where more members will see them.",
            "Threads that drift too far from the original subject may be split or locked.",
            "If you want to raise something new, start a fresh thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Self-promotion",
        ),
        (
            "Adverts, sales pitches and links to commercial websites will be removed.",
            "Members may offer tools, presses and materials on the Sales and Wants board only.",
            "Advertising space in the newsletter is available at modest rates; please contact the editor rather than "
            "slipping a plug into a {c}.",
            "Fundraising appeals for other charities need the prior agreement of the rescue's coordinators.",
            "Repeated links to the same website, chain letters and anything that looks automated will be treated as "
            "spam.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Who can join?",
            "One member, one account",
            "Identity",
            "Usernames",
        ),
        (
            "Please register under your own name; anonymous {cs} will not be published.",
            "{Cs} must carry the writer's name and village, although we will withhold them on request.",
            "Each member may hold one account only, and accounts may not be shared or passed on.",
            "Impersonating another person, including a member of staff or a public figure, will lead to your "
            "account being closed.",
            "Usernames that are offensive, or that advertise a business, will be changed by a moderator.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "What about court cases?",
            "The law applies here too",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you "
            "personally.",
            "Do not discuss court cases that are still under way, as this may amount to contempt of court.",
            "Allegations of wrongdoing against a named person must not be made unless they have been proven in court.",
            "We abide by the laws of Rwanda and will cooperate with lawful requests from the authorities.",
            "Content that incites violence or breaches the Computer Misuse Act will be passed to the police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Whose work is it?",
            "Photos and images",
            "Credit where it's due",
            "Using other people's material",
        ),
        (
            "Only upload photographs you have taken yourself or have permission to use.",
            "Do not copy whole articles from other publications; a short quotation and a link are enough.",
            "Patterns, tutorials and booklets produced by other binders should be credited and not reproduced in full.",
            "By sending a {c} you grant us a licence to publish it in print and online.",
            "Photographs sent in for the newsletter may also appear on the village website unless you tell us "
            "otherwise.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Spotted something that breaks the rules?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules and a moderator will look at it.",
            "Please report problems rather than replying to them, which only draws more attention.",
            "You can also email the moderators at the address at the foot of this page.",
            "Reports are confidential; the member concerned will not be told who flagged their {c}.",
            "We aim to deal with every report within one working day.",
        ),
    ),
    (  # editor's discretion
        (
            "The editor's decision",
            "Our right to remove",
            "Editorial discretion",
            "Final say",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to shorten, edit or decline any {c} without giving a reason.",
            "The moderators' decision is final, and we will not enter into correspondence about individual deletions.",
            "Publication of a {c} does not mean the committee agrees with the views expressed in it.",
            "We may close a discussion at any time if it becomes unmanageable.",
            "Views expressed by members are their own and not those of the Trust or its board.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Found a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than leaving a {c}, so we "
            "can put it right quickly.",
            "Story ideas and tips are always welcome by phone or WhatsApp to the newsdesk.",
            "Corrections are printed in the next issue and noted on the website.",
            "Complaints about our reporting may be taken to the Rwanda Media Commission if you are not satisfied with "
            "our response.",
            "Have a photo from the riverfront or a notice for the community calendar? Send it to the office by Monday "
            "noon.",
        ),
    ),
    (  # language
        (
            "Language",
            "Watch your language",
            "Which language should I use?",
            "Keep it clean",
            "Swearing",
        ),
        (
            "Please write in English so that all readers can follow the discussion.",
            "Profanity, including words with letters replaced by symbols, will be removed.",
            "Avoid writing in capital letters, which reads as shouting.",
            "{Cs} in Kinyarwanda, French or Kiswahili are welcome, but they may take longer to moderate.",
            "Text-speak and heavy abbreviation make {cs} hard to read, so please spell things out.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspension",
        ),
        (
            "Members who break these rules will first receive a warning from a moderator.",
            "A second breach can lead to a suspension of up to 30 days, and a third to a permanent ban.",
            "Serious breaches, such as threats or hate speech, will result in an immediate ban.",
            "Opening a new account to get round a ban will lead to all your accounts being removed.",
            "Club members who breach these rules may also be referred to the committee under the code of conduct.",
        ),
    ),
    (  # safety and advice
        (
            "Not professional advice",
            "Medical matters",
            "Found an injured animal?",
            "Advice shared here",
            "Stay safe",
            "Is this advice?",
        ),
        (
            "Information shared here comes from fellow carers and is no substitute for advice from a doctor, nurse or "
            "social worker.",
            "Never try to handle a bat, fox, badger or bird of prey yourself; ring our rescue line and a trained "
            "volunteer will advise you.",
            "Please do not give medication doses or legal opinions; point people to the right professional instead.",
            "If you arrange to meet another member in person, do so in a public place and tell someone where you are "
            "going.",
            "Nothing on these boards is financial or legal advice about buying a home through the trust.",
        ),
    ),
    (  # politics and campaigning
        (
            "No party politics",
            "Campaigning",
            "Politics",
            "Can I campaign here?",
            "Elections",
        ),
        (
            "As a registered charity we cannot publish material that supports a political party or candidate.",
            "Parish council matters may be discussed, but please keep to the facts and leave councillors' private "
            "lives alone.",
            "During the election period, {cs} that endorse candidates will be held back until the polls close.",
            "{Cs} from candidates are not published in the month before an election.",
            "Petitions and campaign links are allowed only with the board's prior approval.",
        ),
    ),
)

#: The site's word for what readers send, and its plural; a quarter of sites never say "comment".
WORDS_177 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

POLICY_INTROS_177 = (
    "Please read these house rules before you take part.",
    "Our forum is a friendly place, and these guidelines help to keep it that way.",
    "We welcome {cs} from readers, subject to the rules below.",
    "The following guidelines apply to everyone who contributes to this site.",
    "These rules were agreed by the committee and apply to all members.",
    "By sending a {c} you agree to abide by these terms.",
    "A few ground rules for everyone taking part:",
)

POLICY_CLOSINGS_177 = (
    "Thank you for helping to keep this a safe and welcoming space.",
    "These rules may be updated from time to time; the latest version is always on this page.",
    "Questions about these guidelines can be sent to the editor.",
    "If in doubt, leave it out.",
    "Murakoze!",
    "Webale nnyo for keeping the conversation civil.",
    "See you on court!",
)

POLICY_TITLES_177 = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Comment policy",
    "Posting guidelines",
    "Before you post",
    "Guidelines for contributors",
    "{C} guidelines",
    "Rules of the board",
)

#: Lines some sites print at the foot of their rules (who agreed them, and when).
POLICY_FOOTERS_177 = (
    "Last updated: March 2025",
    "Approved by the committee, 4 February 2025",
    "Reviewed annually by the board of trustees.",
    "The Editor",
    "The Moderation Team",
    "Adopted at the AGM, October 2024.",
)

#: British spellings in the lists above and their American forms (a reworded-177 document prints one or the other).
AMERICAN_177 = {
    "neighbour": "neighbor",
    "minimises": "minimizes",
    "licence": "license",
}

_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if n and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for n, word in enumerate(words)
    )


def _marker(style: str, n: int) -> str:
    """The marker a site prints before its ``n``-th item (from 1), in one of the shapes real lists take."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    roman = _ROMAN[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1.": f"Rule {n}.",
    }.get(style, style)


def _items_177(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-177 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word for what readers send ("comment" three times in four); a few items (two to four, 0.3) or
    many (six to all), in the table's order (0.5) or shuffled; one sentence an item, or one to three (0.6); headings
    in sentence case, title case or capitals, or none (0.15), each on its own part (with a stop, a colon or nothing)
    or run in before a colon, stop or dash, or asked and answered as Q: and A: (0.08, question headings only); the
    markers it prints before its items (numbers, letters, roman numerals, "Rule n", bullets, or none), a marker
    sometimes alone on its line; now and then a separator between items and a footer line; then ``_furnish`` adds
    the lines around."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_177)

    def fill(texts: tuple[str, ...]) -> list[str]:
        return [
            text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize()).replace("{cs}", cs).replace("{c}", c)
            for text in texts
        ]

    def lines(texts: tuple[str, ...]) -> list[str]:  # a site that never says "comment" prints none that does
        filled = fill(texts)
        return filled if c == "comment" else [text for text in filled if not _says_comment(text)]

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_177))
    picked = rng.sample(range(len(REWORDINGS_177)), count)
    if rng.random() < 0.5:
        picked.sort()
    one_sentence = rng.random() < 0.4
    bare = rng.random() < 0.15
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    qa = not bare and rng.random() < 0.08
    run_in = rng.random() < 0.5
    stop = rng.choice((": ", ". ", " - ", " – ", " — ")) if run_in else rng.choice(("", "", ".", ":"))
    style = rng.choice(
        (
            *("", "", "", "1.", "1.", "1)", "(1)", "1 -", "a.", "a)", "(a)", "i.", "(i)", "I.", "Rule 1:", "Rule 1."),
            *("•", "•", "-", "*", "–", "·", "o"),
        )
    )
    mark_alone = bool(style) and rng.random() < 0.15
    separator = rng.choice(("* * *", "~", "---")) if rng.random() < 0.08 else ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_177[index]
        chosen = fill(tuple(rng.sample(sentences, 1 if one_sentence else rng.randint(1, 3))))
        if qa:
            questions = [heading for heading in headings if heading.endswith("?")]
            heading = "Q: " + fill((rng.choice(questions),))[0] if questions else ""
            if heading:
                chosen[0] = "A: " + chosen[0]
        else:
            heading = "" if bare else fill((rng.choice(headings),))[0]
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
        if heading and run_in:
            gap = " " if heading.endswith("?") or qa else stop
            parts = ["", heading.rstrip() + gap + chosen[0], *chosen[1:]]
        elif heading:
            parts = [heading if heading.endswith("?") else heading + stop, *chosen]
        else:
            parts = ["", *chosen]
        mark = _marker(style, n) if style else ""
        if mark and mark_alone:
            items.append((mark, ""))
        elif mark:
            first = 0 if parts[0] else 1
            parts[first] = mark + " " + parts[first]
        items.append(tuple(parts))
        if separator and n < len(picked):
            items.append(("", separator))

    if rng.random() < 0.2:
        items.append(("", rng.choice(POLICY_FOOTERS_177)))

    return _furnish(
        items, rng, lines(POLICY_INTROS_177), lines(POLICY_CLOSINGS_177), lines(POLICY_TITLES_177), AMERICAN_177
    )
