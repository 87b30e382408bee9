"""The ``reworded-236`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Jersey and Guernsey news, Teesdale papers, New Hampshire mill-town weeklies, squash clubs, pottery
circles, sickle-cell forums, houseboat residents, steam-crane preservation volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Held out (2026-12-05). Per item kind: heading choices (sentence case, without their stop; a question or two
#: among them), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}``
#: ``{Cs}`` are the site's word for what readers send (singular, plural, capitalised) and ``{mods}`` the people who
#: look after the site. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_236``).
REWORDINGS_236 = (
    (  # civility
        ("Be courteous", "Play fair", "Respect other members", "Disagree politely", "Are you being kind?"),
        (
            "Treat everyone here as you would a fellow member across the clubhouse table.",
            "Challenge what someone says by all means, but never the person saying it.",
            "Sarcasm and put-downs rarely read the way they were meant, so please think twice.",
            "Personal attacks on other readers, our reporters or people named in a story will be removed.",
            "If a thread gets heated, step away for a while before you write your next {c}.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Zero tolerance of prejudice", "Hateful content", "What counts as hate?"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, disability or age.",
            "That includes remarks about incomers, islanders or any other group meant to stir up ill feeling.",
            "Slurs are removed even when they are disguised with stars, numbers or odd spellings.",
            "Stereotypes about people living with sickle cell or any other condition have no place here.",
            "Anyone posting hateful material will lose their account without further warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Other people's information",
            "Should I share my address?",
        ),
        (
            "Do not post phone numbers, email addresses or home addresses, yours or anyone else's.",
            "Mooring numbers and boat names can identify where people live, so please leave them out.",
            "Never share another member's health details, even if they have told you in confidence.",
            "Photographs of other people should only go up with their permission.",
            "{Cs} containing personal information will be edited or taken down.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Junior members",
            "Worried about someone?",
        ),
        (
            "Do not name or identify anyone under 18 without the consent of a parent or guardian.",
            "Photos of junior players may only be posted by the club's welfare officer.",
            "Never arrange to meet a young person you have got to know through this site.",
            "If you think a child or vulnerable adult is at risk, tell the police or the welfare officer at once.",
            "Any concern raised with {mods} about a young person is passed on under our safeguarding policy.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "How we moderate",
            "Why hasn't my {c} appeared?",
            "Where is my {c}?",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by a person before it is published.",
            "Moderation is done by volunteers, so approval can take a day or two at busy times.",
            "{Cs} sent in the evening or over the weekend may not go live until the next working day.",
            "Please do not send the same {c} twice; it only adds to the queue.",
            "New members' first few {cs} are held for checking before they appear.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Stick to the subject", "Off-topic posts", "Is this the right place?"),
        (
            "Keep your {c} to the story or thread it sits under.",
            "Questions about kilns, glazes or firing times belong in the technical section, not in general chat.",
            "If you want to raise something new, start a thread of your own rather than taking over someone else's.",
            "Off-topic {cs} may be moved to a better home or removed.",
            "Running disputes carried over from other stories will not be published.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Buying and selling", "Selling and promoting", "Can I advertise here?"),
        (
            "{Cs} promoting a business, product or service will be removed.",
            "Items for sale, including kit, rackets and clay, go in the members' classifieds only.",
            "Links posted purely to drive traffic to another site count as spam.",
            "Chain messages, petitions and fundraising appeals need the committee's agreement first.",
            "Accounts set up only to advertise are deleted without notice.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One person, one account", "Usernames", "Who are you?"),
        (
            "We ask members to register under their real name.",
            "Usernames that are offensive or impersonate someone else will be changed or removed.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not share your login with anyone, as you are responsible for everything posted under it.",
            "Letters for the print edition need your name and town, though we can withhold them on request.",
        ),
    ),
    (  # the law
        ("Stay within the law", "The law", "Legal matters", "Defamation and contempt", "Could this land you in court?"),
        (
            "Do not accuse anyone of a crime or of wrongdoing you cannot prove.",
            "Once someone has been charged, say nothing that could prejudice their trial.",
            "Island law on contempt applies to {cs} just as it does to our reports.",
            "Victims of sexual offences have lifelong anonymity and must never be identified.",
            "You are legally responsible for what you post, and we may have to pass on your details if ordered to.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and images", "Can I post this picture?", "Quoting and copying"),
        (
            "Only post photographs, drawings or text that you own or have permission to use.",
            "Short quotations are fine if you say where they came from.",
            "Do not paste whole articles from other papers or websites.",
            "By posting you allow us to reproduce your {c} on the site and in print.",
            "Pictures of members' pots belong to the maker, so ask before sharing them elsewhere.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging content", "Seen something wrong?", "How do I report a {c}?"),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "Tell us briefly why you are reporting it; it helps {mods} act faster.",
            "Please do not reply to an abusive {c}; report it and let us deal with it.",
            "Every report is looked at, though we cannot always tell you the outcome.",
            "Misusing the report button to settle arguments may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "Editorial judgement", "The final say", "Who decides?"),
        (
            "The editor may decline, shorten or remove any {c} without giving a reason.",
            "The decision of {mods} on any {c} is final, and we use our judgement in making it.",
            "We may close a thread to new {cs} at any time.",
            "Publication of a {c} does not mean we agree with it.",
            "These guidelines may be changed from time to time, and the current version applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Putting things right"),
        (
            "If we have got something wrong, please tell the newsdesk rather than leaving a {c}.",
            "Corrections are made as quickly as possible and noted at the foot of the story.",
            "News tips, photographs and results are always welcome by email.",
            "Match reports and results for the club site go to the secretary by Sunday evening.",
            "{Cs} raising a factual error are passed on to the reporter concerned.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "Plain English", "Would you say it out loud?"),
        (
            "No swearing, including words with letters blanked out.",
            "Remember that families and young players read these pages.",
            "Writing in capitals reads as shouting; please don't.",
            "Please write in English so that everyone, including {mods}, can follow the discussion.",
            "Text-speak and long strings of emoji make {cs} hard to read.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Sanctions", "Three strikes", "What happens if I break the rules?"),
        (
            "A first breach normally earns a private warning from {mods}.",
            "Repeated breaches lead to a suspension of posting rights.",
            "Serious abuse, threats or illegal content mean an immediate and permanent ban.",
            "Setting up a new account to get round a ban will see that account removed too.",
            "Poor behaviour online may also be dealt with under the club's disciplinary rules.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Health and safety",
            "Should I follow advice I read here?",
        ),
        (
            "Members share their own experience, which is no substitute for your doctor or haematologist.",
            "If you or someone you care for is in a crisis, seek urgent medical help first and post later.",
            "Never stop or change a treatment because of something you have read in a {c}.",
            "Nobody should climb on or operate any crane or engine on the strength of a {c} on this forum.",
            "Notes on moorings, tides and river levels are given in good faith; check them locally.",
        ),
    ),
)

#: A site's word for what its readers send (singular, plural), when it does not say "comment" (a quarter of sites).
WORDS_236 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("notice", "notices"),
)

#: The people who look after a site, as it names them.
MODS_236 = (
    "the moderators",
    "the moderators",
    "the forum team",
    "the committee",
    "the web editor",
    "the admin team",
    "our volunteer moderators",
)

POLICY_INTROS_236 = (
    "Please read these guidelines before posting.",
    "By posting on this site you agree to abide by the following rules.",
    "These house rules help keep the forum a friendly and useful place for everyone.",
    "We welcome readers' {cs}, but we ask everyone to follow a few simple rules.",
    "The committee has agreed the following rules for the members' noticeboard.",
    "Our community is open to anyone affected by sickle cell, and these rules keep it safe.",
)

POLICY_CLOSINGS_236 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "If in doubt, leave it out.",
    "Thanks for reading, and enjoy the discussion.",
    "These rules were last reviewed by the committee at the annual general meeting.",
)

POLICY_TITLES_236 = (
    "{C} guidelines",
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting rules",
    "Noticeboard guidelines",
    "Rules for {cs}",
    "Terms of participation",
    "Code of conduct for online {cs}",
)

#: British spellings in the table above and their American forms.
AMERICAN_236 = {
    "judgement": "judgment",
    "behaviour": "behavior",
    "haematologist": "hematologist",
    "offences": "offenses",
}

#: Lowercase words in a title-case heading.
_SMALL_236 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "at", "as", "with"}

_ROMAN_236 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes a site may print before its items (``_marker_236``), none the likeliest; "clause" is a club
#: handbook's section-and-clause number (4.1, 4.2 ...), "hash" a forum's "Rule #1".
_SHAPES_236 = ("none", "none", "none", "none", "1.", "1.", "1)", "(a)", "a.", "(i)", "i)", "clause", "clause", "hash")
_SHAPES_236 += ("•", "•", "–", "-", "○", "✓", ">")


def _fill_236(text: str, word: tuple[str, str], mods: str) -> str:
    c, cs = word
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c)
    text = text.replace("{Mods}", mods[0].upper() + mods[1:])
    return text.replace("{mods}", mods)


def _title_case_236(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_236 else (w[0].upper() + w[1:] if w else w) for i, w in enumerate(words)
    )


def _marker_236(shape: str, n: int, section: int, dotted: bool) -> str:
    """The marker of the ``n``-th item (from 0) in a site's ``shape``, with its trailing space; "" for none."""
    if shape == "none":
        return ""
    if shape == "clause":
        return f"{section}.{n + 1}{'.' if dotted else ''} "
    if shape == "hash":
        return f"Rule #{n + 1}: " if not dotted else f"#{n + 1} "
    letter = "abcdefghijklmnop"[n]
    return {
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "(a)": f"({letter}) ",
        "a.": f"{letter}. ",
        "(i)": f"({_ROMAN_236[n]}) ",
        "i)": f"{_ROMAN_236[n]}) ",
    }.get(shape, shape + " ")


def _items_236(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-236 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: its word for what readers send (a quarter of sites never say "comment") and who looks after it; two
    to five items (0.3) or six to sixteen, in the table's order (0.5) or drawn; one to three of a kind's sentences an
    item (up to the site's own most, in the table's order); a heading case (sentence, title or capitals), headings
    left out (0.15), printed as their own part (with a stop or a colon, or nothing) or run in before a colon, stop or
    dash; a marker shape or none (a club's section-and-clause numbers among them); and printings of its own, drawn
    per site: a section heading line above the items (0.15, with the clause numbers when they are drawn), each
    sentence under a heading on its own part given a dash (0.15), no space after a marker as scraped (0.08), and an
    adoption or review line at the end (0.15). The title, opening and closing lines by ``_furnish``."""
    word = rng.choice(WORDS_236) if rng.random() < 0.25 else ("comment", "comments")
    mods = rng.choice(MODS_236)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_236)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_236)), count)
    most = rng.choice((1, 1, 2, 2, 3))  # the most sentences this site prints under a heading
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    bare = rng.random() < 0.15  # no headings at all
    placing = rng.choice(("own", "own", "own", ":", ":", ".", " –", " -"))
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    shape = rng.choice(_SHAPES_236)
    section = rng.randint(2, 9)
    dotted = rng.random() < 0.5
    if shape == "hash" and placing == ":":
        dotted = True  # "#1 Heading: ...", not "Rule #1: Heading: ..."
    dashed = rng.random() < 0.15  # sentences under a heading each after a dash
    tight = rng.random() < 0.08  # no space after the marker
    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        name = rng.choice(("Online conduct", "Use of the forum", "Website and social media", "Posting on this site"))
        if shape == "clause":
            items.append(("", f"{section}. {name}"))
        else:
            items.append((name.upper() if case == "upper" else name, ""))
    for n, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_236[kind]
        heading = "" if bare else _fill_236(rng.choice(headings), word, mods)
        if heading:
            if case == "title":
                heading = _title_case_236(heading)
            elif case == "upper":
                heading = heading.upper()
        picks = sorted(rng.sample(range(5), rng.randint(1, most)))
        said = [_fill_236(sentences[i], word, mods) for i in picks]
        marker = _marker_236(shape, n, section, dotted)
        if tight and marker:
            marker = marker.rstrip(" ")
        if not heading:
            parts = ["", marker + said[0], *said[1:]]
        elif placing != "own":
            sep = "" if heading.endswith("?") else placing
            parts = ["", f"{marker}{heading}{sep} {said[0]}", *said[1:]]
        else:
            end = "" if heading.endswith("?") else stop
            if dashed:
                said = [f"– {s}" for s in said]
            parts = [marker + heading + end, *said]
        items.append(tuple(parts))
    if rng.random() < 0.15:
        year = rng.randint(2015, 2025)
        month = rng.choice(("January", "February", "April", "May", "July", "September", "November"))
        items.append(
            (
                "",
                rng.choice(
                    (
                        f"Adopted by the committee, {month} {year}.",
                        f"Last reviewed: {month} {year}",
                        f"Updated {rng.randint(1, 28)} {month} {year}.",
                        f"Approved at the AGM, {year}.",
                    )
                ),
            )
        )
    intros = [_fill_236(text, word, mods) for text in POLICY_INTROS_236]
    closings = [_fill_236(text, word, mods) for text in POLICY_CLOSINGS_236]
    titles = [_fill_236(text, word, mods) for text in POLICY_TITLES_236]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_236)
