"""The ``reworded-169`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tuvaluan community news, Lewis and Harris papers, Kentucky hollow-town weeklies, shinty clubs,
lacemaking guilds, cystic-fibrosis family forums, moorland commoners' associations, pillbox-preservation volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or its reports, nor any other family's sentences (only ``reworded-6``'s code, for the module's shape)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out for the next change to the notice. Per item kind: heading choices (sentence case, printed without a
#: stop: a site picks its case and its stop), and five sentences, of which a site prints one to three in this
#: order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what readers send (a comment, a post, a message,
#: a reply, a contribution ...), lower case or capitalised, singular or plural. British spelling; a document may
#: print it in American spelling (``AMERICAN_169``). A line beginning "[kind,...] " is printed only by sites of
#: those kinds (``SITES_169``).
REWORDINGS_169 = (
    (  # civility
        (
            "Be kind",
            "Treat each other with respect",
            "[sh] Play the ball, not the player",
            "Courtesy first",
            "Why does tone matter?",
            "Respect",
        ),
        (
            "Disagree as much as you like, but do it politely.",
            "Name-calling, sneering and personal digs at other members will be taken down.",
            "Remember that the person reading your {c} may be a neighbour, a relative or a volunteer.",
            "Criticise ideas, not the people who hold them.",
            "We are a small community and we would like it to stay a friendly one.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hatred and discrimination",
            "Zero tolerance for prejudice",
            "What counts as hate speech?",
            "Nobody is fair game",
        ),
        (
            "{Cs} attacking anyone for their race, religion, island, sex, sexuality, disability or age will be removed.",
            "[sh,gd] Sectarian remarks have no place here, whichever side they come from.",
            "We do not allow slurs, even when they are disguised with asterisks or misspellings.",
            "Jokes at the expense of a group of people are still prejudice, and will be treated as such.",
            "Anyone posting hateful material will be removed from the group without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Is it safe to share my address?",
            "Other people's information",
        ),
        (
            "Never post your own or anyone else's phone number, home address or email address.",
            "Do not name or describe people who are not already part of the story without their permission.",
            "Medical details about someone else, including a child, must not be shared without their consent.",
            "Screenshots of private messages may not be posted in public {cs}.",
            "If you have shared something you regret, contact the moderators and we will remove it.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Under 16?",
            "[sh] Keeping young players safe",
        ),
        (
            "[sh] Photographs of junior players may only be posted with written consent from a parent or guardian.",
            "Please do not name children in your {cs}, including your own.",
            "Any {c} that suggests a child or vulnerable adult is at risk will be passed to the appropriate authority.",
            "Members under 16 must have a parent's permission to join.",
            "[sh] Our safeguarding officer can be contacted privately through the club secretary.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "All {cs} are checked",
            "Pre-moderation",
            "How long does approval take?",
            "Please be patient",
        ),
        (
            "Every {c} is read by a moderator before it appears on the site.",
            "Our moderators are volunteers, so approval may take a day or two, longer at weekends.",
            "[gd,ky,tv] The office is closed on Sundays and public holidays and {cs} sent then will be looked at the next day.",
            "[tv] Because of the time difference, {cs} sent overnight in Funafuti may not appear until our morning.",
            "Posting the same {c} more than once will not make it appear any faster.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is this the right place?", "One topic per thread"),
        (
            "Please keep your {cs} relevant to the story or thread they sit under.",
            "[sh] General chat belongs in the noticeboard section, not under match reports.",
            "{Cs} that drift far from the subject may be moved or removed.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "[moor] Questions about grazing rights should go to the clerk, not into the public discussion.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam and selling", "Selling and promotion", "[lace] Can I sell my lace here?", "Adverts"),
        (
            "Commercial advertising is not allowed without the committee's agreement.",
            "Links to shops, fundraising pages or websites unrelated to the discussion will be deleted.",
            "[lace,cf,pill] Members may mention one item for sale a month in the Sales and Wants thread only.",
            "Repeated, copied or automated {cs} will be treated as spam and the account closed.",
            "[gd,ky,tv] Anyone wanting to advertise in the paper should contact our advertising department instead.",
        ),
    ),
    (  # real names / accounts
        (
            "Use your real name",
            "Names and accounts",
            "Who are you?",
            "One person, one account",
            "Registration",
            "Can I use a nickname?",
        ),
        (
            "[gd,ky,tv] {Cs}, like letters to the editor, must carry your full name and the community you live in.",
            "A nickname is fine on the forum, but the moderators must know who you are.",
            "Do not pretend to be another person, organisation or official.",
            "Each member may hold only one account, and accounts may not be shared.",
            "Anonymous {cs} will not be published.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation and the courts", "Stay within the law", "Could I be sued?"),
        (
            "Do not post anything that could be defamatory, that is, untrue and damaging to someone's reputation.",
            "You may not comment on cases that are before the courts, as this could amount to contempt of court.",
            "You are legally responsible for what you write, and we may be obliged to pass on your details.",
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "[gd,sh,moor] {Cs} that break Scots law, or the law anywhere else, will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "[lace] Photographs and patterns",
            "Other people's work",
            "Whose photo is it?",
            "Credit where due",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "[lace] Please do not reproduce published lace patterns or pricking designs without the designer's consent.",
            "Copying whole articles from other newspapers or websites is not allowed; a short quote and a link is.",
            "By posting a photograph you allow us to show it on the site and in the newsletter, with credit.",
            "[lace] Always credit the maker when sharing images of someone else's work.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report button beneath it.",
            "You can also email the moderators, giving a link to the {c} and a short reason.",
            "Please report rather than reply: arguing back only makes things worse.",
            "Every report is looked at, though we may not be able to tell you the outcome.",
            "Reports are treated in confidence and the member concerned will not be told who made them.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The moderators' decision",
            "Why was my {c} removed?",
            "Our right to edit",
        ),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "We reserve the right to remove any {c} at any time.",
            "[gd,ky,tv] Publication of a {c} does not mean the paper agrees with it.",
            "[sh,lace,moor,pill] The committee's decision on any {c} is final and will not be debated in public.",
            "If you think a {c} was removed by mistake, write to the editor and we will look at it again.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "[gd,ky,tv] If we have got something wrong, please tell the newsroom directly rather than in a {c}.",
            "[gd,ky,tv] Corrections are printed on page two and noted at the foot of the online story.",
            "[gd] Got a story from your township or village? Phone the office or send us an email.",
            "[gd,tv,ky] Tips about road closures, power cuts or boat times are always welcome.",
            "We cannot act on information posted in {cs}, so please contact us directly.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "No swearing", "Which languages can I use?"),
        (
            "Please do not swear, including with letters replaced by symbols.",
            "[gd] {Cs} in Gaelic are welcome, and so are {cs} in English.",
            "[tv] {Cs} may be written in Tuvaluan or English.",
            "Many of our readers are young people and families, so please keep it clean.",
            "Writing in capital letters is the same as shouting, and we would rather you didn't.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Suspensions", "Three strikes", "Sanctions"),
        (
            "A first breach will usually earn a private warning from a moderator.",
            "Repeated breaches will lead to a suspension, and then to removal from the forum.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Members who have been banned may not rejoin under another name.",
            "Bans may be appealed in writing to the chair within fourteen days.",
        ),
    ),
    (  # safety / advice
        (
            "[cf] Medical advice",
            "Stay safe",
            "[cf] Not professional advice",
            "Should I follow advice from here?",
            "[moor,pill] Safety on site",
            "[cf] Cross-infection",
        ),
        (
            "[cf] Nothing posted here replaces advice from your own CF team or GP.",
            "[cf] Please do not arrange to meet other people with CF in person, because of the risk of cross-infection.",
            "[pill] Pillboxes and other structures may be unstable: do not enter them without a leader present.",
            "[moor,pill] Never post the exact location of a site on private land, or of nesting birds on the common.",
            "[moor,pill] Always check with the landowner and the grazier before crossing enclosed ground.",
        ),
    ),
)

#: The site's word for what readers send: (lower, plural); "comment" for three sites in four.
WORDS_169 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: A heading in Scottish Gaelic printed before its English by some Lewis and Harris papers, by item kind.
GAELIC_169 = {0: "Urram", 2: "Prìobhaideachd", 8: "An lagh", 13: "Cànan", 15: "Sàbhailteachd", 6: "Sanasachd"}

POLICY_TITLES_169 = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "{C} guidelines",
    "Rules for {cs}",
    "Before you post",
    "Forum rules",
    "[lace] Guild noticeboard rules",
    "Terms of use for our {cs}",
    "[sh] Club message board rules",
    "Our rules",
)
POLICY_INTROS_169 = (
    "[tv] Talofa, and welcome. Please read these rules before you post.",
    "We welcome your {cs}, but we ask everyone to follow a few simple rules.",
    "By posting on this site you agree to the following.",
    "[cf] This forum is run by parents, for parents. To keep it a safe place, we ask all members to follow these rules.",
    "The following rules apply to every {c} on our website and social media pages.",
    "Please take a moment to read our guidelines.",
)
POLICY_CLOSINGS_169 = (
    "[tv] Thank you for helping to keep this a welcoming place. Fakafetai lasi.",
    "[sh,lace,moor,pill,cf] These rules may be changed at any time by the committee.",
    "Questions about these rules can be sent to the editor.",
    "Our full terms and conditions and privacy notice are available on request.",
    "Thank you for reading, and happy posting.",
    "[sh,lace,moor,pill] Thanks for being part of the club.",
)
LAST_UPDATED_169 = (
    "Last updated: March 2025",
    "[sh,lace,moor,pill,cf] Reviewed by the committee, AGM 2024.",
    "Updated 14/02/2024",
    "Version 3, agreed January 2025",
)
BACK_TO_TOP_169 = ("Back to top", "↑ Top", "Top of page")

#: British spelling as written above, and the American a document may print instead.
AMERICAN_169 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "criticise": "criticize",
    "behaviour": "behavior",
    "licence": "license",
    "offence": "offense",
    "colour": "color",
    "favour": "favor",
}

#: The kinds of site a document's policy is from; a line tagged "[kind,kind] " is printed only by sites of those kinds.
SITES_169 = ("tv", "gd", "ky", "sh", "lace", "cf", "moor", "pill")

_SMALL = {"a", "an", "and", "the", "of", "to", "for", "on", "in", "or", "not", "by", "with", "at"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker(style: str, n: int) -> str:
    """The n-th (from 1) marker of a site's list style, as printed before an item."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
    numeral = roman[(n - 1) % len(roman)]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{numeral}.",
        "(i)": f"({numeral})",
        "I.": f"{numeral.upper()}.",
        "Rule 1": f"Rule {n}",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "▪": "▪",
    }[style]


def _for_site(text: str, site: str) -> str:
    """``text`` without its tag if a site of this kind prints it, else ""."""
    if not text.startswith("["):
        return text
    tags, _, line = text[1:].partition("] ")
    return line if site in tags.split(",") else ""


def _items_169(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-169 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its kind (``SITES_169``: lines tagged for other kinds are left out); its word for what readers
    send ("comment" 0.75, else another, and then no line says "comment"); how many items (two to four 0.2, else
    six to all sixteen), in the table's order (0.5) or drawn; its headings' case (sentence, title, capitals) or
    none (0.15), each printed on its own part with a stop, a colon, a dash, its question mark or nothing, or run
    in before the item's first sentence (0.4); its list markers (none, numbers, letters, Roman numerals,
    "Rule n", or bullets of several shapes) before the heading or the first sentence, or on a part of their own
    (0.15 of numbering sites); one to three of an item's sentences, in order. Now and then: a Gaelic word before
    the heading (a tenth of Lewis and Harris papers), a "back to top" line after each question-headed item, a
    "do not post" item whose sentences are bulleted fragments, a "last updated" line at the end. Then
    ``_furnish``'s opening, closing and title lines, spelling and quotes."""
    site = rng.choice(SITES_169)
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(WORDS_169)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    def fill(text: str) -> str:
        """The line as this site prints it, or "" (another kind's line, or "comment" on a site that never says it)."""
        line = _for_site(text, site).format(**names)
        return "" if word != "comment" and _says_comment(line) else line

    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_169))
    indices = sorted(rng.sample(range(len(REWORDINGS_169)), count))
    if rng.random() < 0.5:
        rng.shuffle(indices)

    bare = rng.random() < 0.15
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    run_in = rng.random() < 0.4
    stop = rng.choice((": ", ". ", " – ", " — ", " - ")) if run_in else rng.choice((".", ":", "", "", " –", " -"))
    style = rng.choice(
        ("", "", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "Rule 1", "•", "-", "*", "–", "▪")
    )
    marker_alone = style not in ("", "•", "-", "*", "–", "▪") and rng.random() < 0.15
    marker_gap = rng.choice((": ", " – ", ". ")) if style == "Rule 1" else rng.choice((" ", " ", "  ", "\t"))
    gaelic = site == "gd" and rng.random() < 0.1
    back_to_top = rng.random() < 0.12
    sentences_each = rng.choice(((1, 1, 2), (1, 2, 2, 3), (1,), (2, 3)))

    items: list[tuple[str, ...]] = []
    number = 0  # the items printed so far
    for index in indices:
        headings, sentences = REWORDINGS_169[index]
        pool = [line for line in (fill(sentence) for sentence in sentences) if line]
        if not pool:
            continue  # nothing of this kind on such a site
        many = min(rng.choice(sentences_each), len(pool))
        chosen = [pool[i] for i in sorted(rng.sample(range(len(pool)), many))]
        heads = [line for line in (fill(heading) for heading in headings) if line]
        heading = "" if bare or not heads else rng.choice(heads)
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            if gaelic and index in GAELIC_169:
                heading = f"{GAELIC_169[index]} / {heading}"
            if heading.endswith("?"):
                heading += " " if run_in else ""
            else:
                heading += stop
        parts = ["", heading + chosen[0], *chosen[1:]] if heading and run_in else [heading, *chosen]
        if index in (0, 6) and not run_in and rng.random() < 0.15:  # a list of what not to post
            bullet = rng.choice(("•", "-", "–"))
            ends = ("personal attacks;", "advertising or spam;", "anything you would not say face to face.")
            parts = [parts[0], "Please do not post:", *(f"{bullet} {what}" for what in ends)]
        number += 1
        if style:
            mark = _marker(style, number)
            if marker_alone:
                items.append((mark,))
            else:
                first = 0 if parts[0] else 1
                parts[first] = mark + marker_gap + parts[first]
        items.append(tuple(parts))
        if back_to_top and heading.rstrip().endswith("?"):
            items.append(("", rng.choice(BACK_TO_TOP_169)))
    if rng.random() < 0.1:
        line = fill(rng.choice(LAST_UPDATED_169))
        if line:
            items.append(("", line))
    intros = [line for line in (fill(intro) for intro in POLICY_INTROS_169) if line]
    closings = [line for line in (fill(closing) for closing in POLICY_CLOSINGS_169) if line]
    titles = [line for line in (fill(title) for title in POLICY_TITLES_169) if line]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_169)
