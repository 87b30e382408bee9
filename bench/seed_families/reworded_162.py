"""The ``reworded-162`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands diaspora news, Channel Islands parish papers, Arkansas delta-town weeklies, fencing
clubs, model-engineering societies, ME/CFS carers' forums, community-pantry networks, historic-orchard trusts.

Written blind: from how such sites word and print their posting rules, house rules, members' board rules and
forum guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish

#: Per item kind: heading choices (a document picks one; questions keep their mark) and its sentences, one to
#: three drawn for an item. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what readers send; ``{site}``:
#: what the site calls itself; ``{mods}``: who moderates. A sentence that begins "tag|" belongs to the sites with
#: that tag only (``SITES_162``); the rest suit every site. British spelling; ``AMERICAN_162`` gives the American.
REWORDINGS_162 = (
    (  # civility
        (
            "Be kind",
            "Treat Each Other With Respect",
            "Play the ball, not the player",
            "Courtesy first",
            "Why do we ask you to be polite?",
            "Respect",
        ),
        (
            "Disagree with an argument if you like, but do not attack the person who made it.",
            "Please be courteous to other members, even when you feel strongly about something.",
            "Personal insults, name-calling and sneering will be removed without discussion.",
            "carers|Remember that the person reading your {c} may be exhausted, unwell or having a very bad day.",
            "news|Many of our readers know one another in person, so please write as you would speak to a neighbour.",
            "fencing|Salute your opponent on the board as you would on the piste.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Is there anything we will never allow?",
            "Zero tolerance for prejudice",
        ),
        (
            "We do not allow {cs} that attack people for their race, religion, disability, sex or sexuality.",
            "ck|Remarks aimed at Pacific Islanders, migrants or any other community will be taken down at once.",
            "Slurs of any kind, including ones disguised with asterisks or misspellings, are not acceptable.",
            "Stirring up hatred against any group is against the law as well as against these rules.",
            'carers|Suggesting that ME/CFS is laziness or "all in the mind" will be treated as abuse.',
            "pantry|Nobody should be judged for needing help; remarks that shame people who use the pantry will go.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Can I name people?",
            "Protect your privacy",
            "Personal information",
        ),
        (
            "Do not publish anyone's address, telephone number or e-mail address, including your own.",
            "carers|Please don't name or identify the person you care for without their consent.",
            "Photographs of other people should only be posted with their permission.",
            "pantry|Never share the names or circumstances of anyone who uses the pantry.",
            "If you mention a neighbour or a fellow member, leave out anything that would identify them.",
            "club|Members' contact details from the handbook must not be posted on the open forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting vulnerable members",
            "Keeping everyone safe",
            "What if I am worried about someone?",
        ),
        (
            "fencing|Our junior fencers are under 18 and the club's safeguarding policy applies to everything posted here.",
            "Do not post pictures of children without written consent from a parent or guardian.",
            "If a {c} makes you concerned for someone's safety, contact {mods} straight away.",
            "Any attempt to contact young people privately through this site will be reported to the police.",
            "uk|If you or the person you care for is in immediate danger, call 999 rather than posting here.",
            "ar|If someone is in immediate danger, call 911 first and tell us afterward.",
            "carers|If you are struggling to cope, please contact your GP or the Samaritans on 116 123.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} be published?",
            "Delays",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take a day or more.",
            "{mods} are volunteers and most of us have jobs, families or caring duties of our own.",
            "ck|With the time difference between Rarotonga, Auckland and Sydney, approval can take until the next morning.",
            "{Cs} sent over a weekend or a bank holiday will be looked at on the next working day.",
            "Please don't send the same {c} twice; it only makes the queue longer.",
            "ar|The office is closed on Fridays and during the county fair, so {cs} may wait until Monday.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "The right place",
            "Is this the right place for my question?",
            "Off-topic posts",
            "Stick to the subject",
        ),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "fencing|Questions about fixtures, subs and kit belong in the members' area, not under competition results.",
            "eng|Boiler and locomotive queries should go in the technical section, where the right people will see them.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "orchard|Grafting, pruning and pest questions are best brought to an open day, where someone can see the tree.",
            "pantry|Please use this page for pantry news and offers of food, not for general local chat.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I sell things here?", "Commercial posts", "Adverts"),
        (
            "Advertising, sales and links to commercial websites are not allowed without permission from {mods}.",
            "fencing|Members may list second-hand blades, masks and jackets in the classifieds section only.",
            "Fundraising appeals must be agreed with {mods} before they are posted.",
            "We remove spam, chain letters and repeated links as soon as we see them.",
            "carers|Please don't offer cures, supplements or paid treatments; such {cs} will be deleted.",
            "eng|Traders may post once a year in the suppliers' thread, and nowhere else.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "Who you are", "One account each", "Do I have to use my real name?"),
        (
            "We ask that you post under your own name and give a valid e-mail address, which will not be published.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Pretending to be another person, an official of {site} or a member of our staff is not permitted.",
            "carers|Usernames are fine, and many members prefer not to use their real names.",
            "news|Letters and {cs} for the print edition must carry a name and the town or parish where you live.",
        ),
    ),
    (  # the law
        ("Legal matters", "Stay within the law", "Defamation", "Court cases", "What about the law?", "Libel"),
        (
            "Do not make allegations about named people that you cannot prove; you are responsible for what you write.",
            "ci|We cannot publish anything that might prejudice a case before the Royal Court or the Magistrate's Court.",
            "news|{Cs} about cases still before the courts will not be published until proceedings have ended.",
            "Anything that breaks the law, or encourages others to break it, will be removed.",
            "You are legally responsible for what you post, and we will co-operate with any lawful request for information.",
            "ar|Naming juveniles or the victims of crimes is not allowed, whatever you may have heard around town.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and drawings",
            "Can I share an article?",
            "Respect copyright",
        ),
        (
            "Do not copy whole articles from other publications; a short quotation and a link is enough.",
            "Only post photographs you took yourself or have permission to use.",
            "eng|Drawings and plans from published series remain the copyright of their authors and publishers.",
            "By posting, you allow {site} to republish your {c} in print and online.",
            "orchard|Photographs from our open days may be shared, but please credit the photographer.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flag it", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also e-mail {mods} and we will look at it as soon as we can.",
            "Please don't argue with a troublemaker in public; report them and let {mods} deal with it.",
            "Reports are confidential and the person you report will not be told who made it.",
            "We read every report, though we may not be able to reply to each one.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The final say",
            "Right to remove",
            "Who decides what stays?",
        ),
        (
            "news|The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "{mods} may remove anything they consider unsuitable, even if it is not covered by these rules.",
            "We may close a thread at any time if the discussion stops being helpful.",
            "Publication of a {c} does not mean that {site} agrees with it.",
            "These rules may change from time to time, and the current version will always be on this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us your news",
            "Have we got something wrong?",
        ),
        (
            "news|If we have got something wrong, please tell the newsroom directly rather than leaving a {c}.",
            "news|Corrections are published in the next edition and noted on the story online.",
            "ci|Send parish news, photographs and notices to the editor by Wednesday noon for the following issue.",
            "ck|News from family in Rarotonga, Aitutaki or the outer islands is always welcome.",
            "club|Results and news can be sent to the secretary for the next newsletter.",
            "If something on this page is out of date, please let {mods} know.",
            "ar|Obituaries, church news and ballgame scores can be dropped off at the office on Main Street.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Watch your language",
            "Plain English please",
            "No shouting",
            "Which languages can I use?",
        ),
        (
            "Swearing and crude language will be removed, whether or not it is aimed at someone.",
            "ck|{Cs} in Cook Islands Māori are welcome, though an English summary helps everyone join in.",
            "Please don't write in capital letters; it reads as shouting.",
            "Keep {cs} short and to the point; very long {cs} may be trimmed.",
            "carers|Short paragraphs help members with brain fog, so please break up long {cs}.",
            "ci|{Cs} in Jèrriais or Guernésiais are welcome alongside English.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Consequences",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "Repeated or serious breaches will lead to your account being suspended or closed.",
            "Anyone who is banned and returns under a new name will be removed again without notice.",
            "club|Warnings are recorded and may be taken into account by the committee.",
            "Disputes about a ban should be taken up privately with {mods}, not argued out in public.",
        ),
    ),
    (  # safety and advice
        (
            "Safety and advice",
            "Not professional advice",
            "Medical advice",
            "Take care",
            "Is this advice?",
            "Safety first",
        ),
        (
            "Nothing posted here is professional advice, and {site} cannot accept responsibility for acting on it.",
            "carers|Please don't recommend graded exercise or push others to do more than they can manage.",
            "carers|Always speak to a GP or specialist before changing medication or treatment.",
            "eng|Boiler testing and repairs must follow the society's safety code, whatever you read on this forum.",
            "pantry|Food safety rules apply to all donations, so please check dates before you drop anything off.",
            "fencing|Never fence without a mask and proper kit, whatever a video online might suggest.",
            "orchard|Please don't climb the old trees or use ladders in the orchard without a volunteer present.",
        ),
    ),
)


#: Each site: its tags (which tagged sentences it prints), what it calls itself and who moderates.
SITES_162 = (
    (("news", "ck"), "the paper", "the editor"),
    (("news", "ck"), "the site", "our moderators"),
    (("news", "ci", "uk"), "the Parish Magazine", "the editor"),
    (("news", "ci", "uk"), "the parish website", "the webmaster"),
    (("news", "ar"), "the newspaper", "the editor"),
    (("news", "ar"), "the Courier", "our moderators"),
    (("club", "fencing", "uk"), "the club", "the committee"),
    (("club", "eng", "uk"), "the Society", "the forum moderators"),
    (("carers", "uk"), "this forum", "the moderators"),
    (("pantry", "uk"), "the network", "the admins"),
    (("orchard", "uk"), "the Trust", "the web team"),
)


#: Titles, opening and closing lines, with the site's word where it has one (tagged as the table's sentences).
TITLES_162 = (
    "House Rules",
    "{C} guidelines",
    "Posting rules",
    "Forum Rules",
    "Community guidelines",
    "Before you post",
    "Rules of the board",
    "Our {c} policy",
    "Guidelines for contributors",
    "Terms of Use",
)
INTROS_162 = (
    "ck|Kia orana and welcome; please read these rules before you post.",
    "{Cs} are welcome from readers at home and away, provided they follow the rules below.",
    "club|This board is for members and friends; please read the following before joining in.",
    "To keep this a safe and supportive space, we ask everyone to follow a few simple rules.",
    "By sending a {c} you agree to the following.",
    "Our volunteers look after this page in their spare time, so please help them by following these guidelines.",
)
CLOSINGS_162 = (
    "Thank you for helping to keep this a friendly place.",
    "ck|Meitaki ma'ata for your understanding.",
    "club|Questions about these rules can be sent to the secretary.",
    "club|These guidelines were agreed by the committee and are reviewed every year.",
    "Happy posting, and thank you for your support.",
    "orchard|Thank you, and happy orchard-visiting!",
    "ar|Thanks for reading, and for keeping it neighbourly.",
    "carers|Look after yourselves, and remember to pace.",
)

#: British spellings in the table above and their American forms.
AMERICAN_162 = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "programme": "program",
    "colour": "color",
    "favour": "favor",
}

#: Markers as such sites print them: ``n`` the item's number.
_NUMBERS_162 = ("{n}.", "{n})", "({n})", "{n} -", "{n}:", "Rule {n}:", "Rule {n} –", "No. {n}", "{n}/", "[{n}]")
_BULLETS_162 = ("•", "-", "*", "–", "▪", "·", "►", "✓", "o")
_ROMAN_162 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: What a "Please do not:" list's site prints after it.
_DISCRETION_TAIL_162 = (
    "We reserve the right to remove any post that breaks these rules.",
    "The editor's decision on publication is final.",
    "Breaches may lead to suspension from the board.",
)

#: Word for what readers send (singular, plural), drawn per site.
_WORDS_162 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))


def _marker_162(style: str, shape: str, n: int) -> str:
    if style == "number":
        return shape.format(n=n)
    if style == "letter":
        return shape.format(n=chr(ord("a") + n - 1))
    if style == "roman":
        return shape.format(n=_ROMAN_162[n - 1])
    if style == "bullet":
        return shape
    return ""


def _cased_162(heading: str, case: str) -> str:
    if case == "title":
        small = {"a", "an", "and", "the", "of", "to", "for", "on", "in", "or", "not", "my", "with"}
        words = heading.split(" ")
        return " ".join(
            w if (i and w in small) or not w[:1].isalpha() else w[0].upper() + w[1:] for i, w in enumerate(words)
        )
    if case == "upper":
        return heading.upper()
    if case == "lower":
        lowered = (heading[0].upper() + heading[1:].lower()).replace("english", "English")
        return lowered.replace(" i ", " I ")
    return heading


def _items_162(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-162 policy: one site (its tags, name and moderators, drawn from ``SITES_162``; it prints the
    table's untagged sentences and those with its tags) and its word for what readers send ("comment" 0.75, else
    post, message, reply or contribution, and then never "comment"); two to four kinds (0.2) or five to all sixteen,
    in the table's order (0.5) or drawn; one sentence an item (0.5), two (0.35) or three, in the table's order or
    shuffled (0.3); headings as written, title case, sentence case or capitals, on a part of their own (a stop, a
    colon or nothing after them) or run in before a colon, a stop or a dash (in capitals, sometimes a bare space),
    in bold asterisks (0.06), or none (0.12; else one item in ten without one); markers numbered (several shapes),
    lettered, roman (in capitals 0.3), bulleted or none, before whatever the item prints first; later sentences as
    sub-bullets (0.1) or clause numbers under a numbered heading (0.1); or, for the whole policy, a lead line and a
    list of clauses ending in semicolons (0.08) and a line after them; an Arkansas site prints American spelling;
    then opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS_162)
    tags, site, mods = rng.choice(SITES_162)

    def fill(text: str) -> str:
        text = text.format(c=word, cs=words, C=word.capitalize(), Cs=words.capitalize(), site=site, mods=mods)
        return text[0].upper() + text[1:] if text else text

    def mine(texts: tuple[str, ...]) -> list[str]:
        """The texts this site prints: untagged ones and those with one of its tags, without the tag."""
        return [text.split("|")[-1] for text in texts if "|" not in text or text.split("|")[0] in tags]

    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(5, len(REWORDINGS_162))
    picked_kinds = rng.sample(range(len(REWORDINGS_162)), count)
    if rng.random() < 0.5:  # in the table's order
        picked_kinds.sort()
    kinds = [REWORDINGS_162[i] for i in picked_kinds]

    style = rng.choice(("number", "number", "number", "letter", "roman", "bullet", "bullet", "none", "none"))
    shape = {
        "number": rng.choice(_NUMBERS_162),
        "letter": rng.choice(("{n})", "({n})", "{n}.", "{n}:")),
        "roman": rng.choice(("{n}.", "({n})", "{n})")),
        "bullet": rng.choice(_BULLETS_162),
        "none": "",
    }[style]
    upper_roman = style == "roman" and rng.random() < 0.3
    case = rng.choice(("as", "as", "title", "lower", "upper"))
    bare = rng.random() < 0.12
    placing = rng.choice(("own", "own", "run", "run", "run"))
    stop = rng.choice(("", ".", ":", ":")) if placing == "own" else rng.choice((": ", ". ", " – ", " — ", " - "))
    if case == "upper" and placing == "run" and rng.random() < 0.4:
        stop = rng.choice((". ", " "))
    bold = rng.random() < 0.06
    sub = rng.random() < 0.1 and placing == "own" and not bare
    clauses = rng.random() < 0.1 and style == "number" and placing == "own" and not bare and not sub
    shuffled = rng.random() < 0.3
    sub_mark = rng.choice(("–", "-", "•", "o", "›"))
    american = "ar" in tags  # an Arkansas site writes American

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.08:  # a "Please do not:" list
        lead = rng.choice(
            ("Please do not post anything that:", "We will remove any {c} that:", "We will not publish material which:")
        )
        clause_list = [
            "is abusive, threatening or offensive",
            "is defamatory or breaks the law",
            "contains personal information about others",
            "advertises goods or services",
            "is off the subject of the discussion",
            "includes swearing or crude language",
            "infringes anyone's copyright",
            "offers medical advice or sells treatments",
            "impersonates another person",
        ]
        picked = rng.sample(clause_list, rng.randint(3, 7))
        items.append(("", fill(lead)))
        for n, clause in enumerate(picked, 1):
            end = "." if n == len(picked) else rng.choice((";", ";", "; or" if n == len(picked) - 1 else ";"))
            mark = _marker_162(style, shape, n)
            mark = mark.upper() if upper_roman else mark
            items.append(("", (mark + " " if mark else "") + clause + end))
        items.append(("", rng.choice(_DISCRETION_TAIL_162)))
    else:
        for n, (headings, sentences) in enumerate(kinds, 1):
            sentences = mine(sentences)
            k = min(len(sentences), 1 if rng.random() < 0.5 else (2 if rng.random() < 0.7 else 3))
            chosen = rng.sample(range(len(sentences)), k)
            if not shuffled:
                chosen.sort()
            parts = [fill(sentences[i]) for i in chosen]
            heading = "" if bare or rng.random() < 0.1 else fill(rng.choice(headings))
            if heading:
                heading = _cased_162(heading, case)
                if bold:
                    heading = "**" + heading + "**"
            mark = _marker_162(style, shape, n)
            if upper_roman:
                mark = mark.upper()
            if sub:
                parts = [parts[0]] + [sub_mark + " " + part for part in parts[1:]]
            elif clauses:
                parts = [f"{n}.{j} {part}" for j, part in enumerate(parts, 1)]
            if heading and placing == "own":
                if heading[-1] not in "?*":
                    heading += stop
                first = (mark + " " if mark else "") + heading
                items.append((first, *parts))
            elif heading:
                joint = " " if heading[-1] == "?" else stop
                parts[0] = heading + joint + parts[0]
                items.append(("", (mark + " " if mark else "") + parts[0], *parts[1:]))
            else:
                items.append(("", (mark + " " if mark else "") + parts[0], *parts[1:]))
    if american:
        items = [tuple(_american_with(AMERICAN_162, part) for part in item) for item in items]
    return _furnish(
        items,
        rng,
        [fill(text) for text in mine(INTROS_162)],
        [fill(text) for text in mine(CLOSINGS_162)],
        [fill(text) for text in mine(TITLES_162)],
        AMERICAN_162,
    )
