"""The ``reworded-102`` family: posting rules as Belizean and Honduran Bay Islands English-language news sites, Humber
and East Riding papers, Nevada and eastern Oregon high-desert weeklies, lawn-bowls clubs, calligraphy societies,
hospice volunteers, rescue-horse sanctuaries and retired miners' welfare groups word and print them. Written blind:
from how such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_102` is (headings, sentences), written in sentence case with at least one question among
the headings; ``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}``
capitalised), so a site that never says "comment" can print the same rules with "post", "message", "reply",
"contribution" or "letter"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: The kinds of item, each (headings, sentences).
REWORDINGS_102: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (  # civility
        (
            "Be civil",
            "Mind your manners",
            "Courtesy to other readers",
            "Keep it neighbourly",
            "Why was my {c} taken down for its tone?",
        ),
        (
            "Treat other readers as you would a neighbour over the garden fence: disagree if you must, but do it "
            "politely.",
            "Personal attacks, name-calling and sneering at other people's spelling will be taken down, however right "
            "you think you are.",
            "We welcome robust argument about the council, the port authority or the government, but not abuse of the "
            "people taking part in the discussion.",
            "Please argue with what someone has said rather than with who you think they are.",
            "{Cs} that bully, belittle or goad other members will be removed without notice.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Respect for every community",
            "Race, religion and origin",
            "Discrimination",
            "What counts as hate speech here?",
        ),
        (
            "We do not publish {cs} that attack anyone for their race, ethnicity, nationality, religion, sex, sexual "
            "orientation, disability or age.",
            "Slurs against Garifuna, Kriol, Mestizo, Maya, Mennonite, Chinese or any other community in Belize will be "
            "deleted, along with the account that sent them.",
            "Remarks about Bay Islanders, mainlanders or foreigners as a group, rather than about what a person has "
            "actually done, are not acceptable.",
            "Jokes that rely on stereotypes of our Paiute, Shoshone, Basque or Mexican neighbours are not funny here "
            "and will not be published.",
            "Generalisations about travellers, migrants or the people of a particular estate add nothing to the debate "
            "and will be removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protecting patients and their families",
            "Personal details",
            "Keep it private",
            "Can I name someone in my {c}?",
        ),
        (
            "Please do not publish anyone's home address, telephone number, e-mail address or car registration, "
            "including your own.",
            "Out of respect for the families we support, do not name patients or anyone receiving care, even to wish "
            "them well.",
            "Photographs of patients, children or volunteers at the hospice may only be shared with the written "
            "permission of the people in them.",
            "Do not reveal where a horse rehomed from the sanctuary now lives; its new keepers are entitled to their "
            "privacy.",
            "Members' health, compensation claims and pension arrangements are nobody's business but their own and "
            "must not be discussed here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} appear?",
            "Why is my {c} not showing yet?",
        ),
        (
            "Every {c} is read by a person before it appears, so please allow up to 24 hours, longer at weekends and "
            "on public holidays.",
            "Our moderators are volunteers with jobs, rinks and families of their own, and they may not see your {c} "
            "until the evening.",
            "Power cuts and a slow connection on Roatán can hold up moderation; sending the same {c} twice will not "
            "make it appear any sooner.",
            "{Cs} sent after the paper goes to press on Tuesday night may not be looked at until Thursday morning.",
            "The office is closed on Sundays, and anything sent over the weekend is cleared on Monday.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place for it?",
        ),
        (
            "Please keep your {c} to the subject of the article it sits under.",
            "If you want to raise something unrelated, write to the editor at editor@cayecourier.bz and we will "
            "consider it for the letters page.",
            "A thread about the green's opening day is not the place to re-run last season's selection row.",
            "Questions about classes, workshops and exhibitions should go to the society's secretary rather than into "
            "the discussion under a news item.",
            "{Cs} that wander off into national politics will be trimmed or removed.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Selling and promotion",
            "Spam",
            "Adverts and links",
            "Can I promote my business?",
        ),
        (
            "Do not use the {cs} to advertise goods, services, tours, rentals or property.",
            "Links to betting sites, loan offers, crypto schemes and work-from-home jobs are deleted on sight.",
            "Tack, rugs and saddles for sale belong on the sanctuary's noticeboard, not under a horse's appeal.",
            "Members selling second-hand woods, pens, nibs or paper may use the sales page once a month; please do not "
            "repeat the advert anywhere else.",
            "Dive shops, fishing guides and resorts wishing to reach our readers should contact the advertising desk "
            "at ads@roatanrecorder.hn.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names, please",
            "Identity and accounts",
            "One account each",
            "Do I have to use my real name?",
        ),
        (
            "We ask you to write under your own full name and the town or village where you live.",
            "Pen names are allowed, but pretending to be another person, a club official or a member of staff is not.",
            "One account per person: anyone found using a second account to back up their own {cs} will lose both.",
            "A working e-mail address is needed to register; it is never published or passed to anyone else.",
            "Committee members write under their own names and titles so that readers know when they speak for the "
            "club.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Court cases",
            "Could my {c} land us in court?",
        ),
        (
            "You are legally responsible for what you write, and so are we once it is published, so do not accuse "
            "anyone of a crime, fraud or corruption without proof.",
            "Do not discuss the evidence in any case before the magistrates, the Supreme Court or a coroner's inquest "
            "until it has finished.",
            "Under Honduran law insult and slander can be pursued in the courts, and we will hand over a user's "
            "details if a judge orders us to.",
            "Guessing at the identity of anyone arrested, a young offender or the victim of a sexual offence can break "
            "the law and will not be published.",
            "If in doubt, leave it out: the editor's judgement on what might be defamatory is final.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and artwork",
            "Copying articles",
            "May I share a picture?",
        ),
        (
            "Do not paste whole articles from other newspapers or websites; a short quotation with a link is enough.",
            "Lettering, calligraphy and illuminated work shared here remains the copyright of the member who made it "
            "and may not be reproduced without their permission.",
            "Photographs of the horses belong to the sanctuary and its volunteer photographers; please ask before "
            "using them elsewhere.",
            "By sending us a {c} you give us permission to publish it online and in print, shortened if necessary.",
            "Old colliery photographs often belong to the museum or to a family, so say where a picture came from "
            "when you share it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "Seen something you shouldn't have?",
            "How do I report a {c}?",
        ),
        (
            "If you think a {c} breaks these rules, use the Report link beneath it rather than replying to it.",
            "You can also e-mail the moderators at moderators@woldsweekly.co.uk, giving the page and the time of the "
            "{c}.",
            "Every report is checked by a person, and nothing is removed just because somebody has reported it.",
            "Please do not argue with a troll; report it and let us deal with it.",
            "For anything urgent, such as a threat to someone's safety, call the police first and tell us afterwards.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Editing and removal",
            "Why did you edit my {c}?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final, and we will not enter into correspondence about "
            "individual {cs}.",
            "The committee may remove anything it considers damaging to the good name of the club.",
            "Commenting is a privilege, not a right, and publication does not mean that the paper agrees with you.",
            "We may shorten {cs} to fit, but we will not change what they mean.",
        ),
    ),
    (  # errors and tips
        (
            "Errors and corrections",
            "Corrections",
            "News tips",
            "Spotted a mistake?",
            "Got a story for us?",
        ),
        (
            "If we have got something wrong in an article, please tell the newsroom at news@highdesertledger.com so "
            "that it can be put right quickly.",
            "Corrections left in the {cs} can be missed; an e-mail to the editor will not be.",
            "Send news tips to tips@roatanrecorder.hn or call the office; we do not follow up leads left under "
            "stories.",
            "Results, fixtures and averages are supplied by the clubs, and mistakes should be reported to your club "
            "secretary, who will let us know.",
            "We correct mistakes of fact as soon as we can and note the change at the foot of the article.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Keep it clean",
            "Shouting and capitals",
            "Which languages can I use?",
        ),
        (
            "{Cs} in English or Spanish are welcome; Kriol and Garifuna are fine too, but please add a few words in "
            "English so that everyone can follow.",
            "Bad language, including words with letters swapped for asterisks, will be removed.",
            "Writing in capitals reads as shouting, and long passages in capitals will not be published.",
            "Broad Yorkshire is welcome; foul language is not.",
            "Please write in whole sentences and avoid text-speak, so that older members can follow the discussion.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Repeat offenders",
            "Suspension",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "Anyone who keeps breaking these rules will be warned once by e-mail and then blocked.",
            "We operate a three-strikes rule: a first and a second breach earn a warning, a third a permanent ban.",
            "Accounts set up to get round a ban will be closed without notice.",
            "Threats, abuse of staff or volunteers and racist remarks lead to an immediate ban, with no warning.",
            "A banned member may appeal once, in writing, to the secretary at secretary@beverleyscribes.org.uk.",
        ),
    ),
    (  # tributes
        (
            "Tributes and condolences",
            "Remembering members",
            "Messages of sympathy",
            "Obituaries",
            "Can I leave a tribute?",
        ),
        (
            "Tributes to former miners and their widows are welcome, but please keep them kind and leave family "
            "quarrels out of them.",
            "Families read these pages, sometimes within hours of a death, so please think before you write.",
            "Do not give details of an accident or a death before the police have confirmed that the next of kin "
            "have been told.",
            "Messages of sympathy for the families of hospice patients can be passed on privately by the family "
            "support team rather than written here.",
            "Tributes may be edited so that they sit well beside the family's own notice.",
        ),
    ),
    (  # welfare and safety
        (
            "Welfare concerns",
            "Horse welfare",
            "Safety first",
            "Emergencies",
            "Worried about an animal?",
        ),
        (
            "If you are worried about the welfare of a horse or pony, ring the sanctuary's welfare line rather than "
            "writing about it here, so that someone can act.",
            "Please do not name or picture a private yard where you believe animals are neglected; report it and let "
            "the authorities investigate.",
            "Advice on feeding, worming or treating a horse is no substitute for a vet, and {cs} offering cures will "
            "be removed.",
            "During a hurricane watch, follow NEMO and COPECO announcements, not rumours passed around online.",
            "If you see a fire out on the range, call 911 before you do anything else.",
        ),
    ),
]

#: Opening lines, printed before the first item.
INTROS_102: tuple[str, ...] = (
    "Please read these guidelines before taking part in the discussion.",
    "We welcome your views on our stories and ask only that you follow a few simple rules.",
    "The following rules apply to everyone who writes on this site, members of staff included.",
    "This is a community site run by volunteers, and these rules help to keep it friendly.",
    "Before you join in, please take a moment to read our house rules.",
    "By sending us a {c} you agree to the conditions below.",
    "Commenting on our stories is free, but it comes with a few conditions.",
    "The committee adopted these guidelines for the members' pages at the last annual general meeting.",
)

#: Closing lines, printed after the last item.
CLOSINGS_102: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed from time to time; the current version is always on this page.",
    "Questions about these guidelines can be sent to webmaster@hornseabowls.org.uk.",
    "Thanks for reading, and enjoy the discussion.",
    "Last updated March 2024.",
    "By taking part you agree to abide by these rules.",
    "Happy commenting!",
    "Enjoy the debate, and keep it civil.",
)

#: Title lines, printed above the policy.
TITLES_102: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Posting guidelines",
    "Rules for {cs}",
    "Guidelines for readers' {cs}",
    "Our rules for discussion",
    "Terms of participation",
    "Before you post",
    "Forum etiquette",
)

#: British spellings in the family's text and their American forms.
AMERICAN_102: dict[str, str] = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "generalisations": "generalizations",
    "organisation": "organization",
    "judgement": "judgment",
    "offence": "offense",
    "defence": "defense",
    "rumours": "rumors",
    "centre": "center",
    "behaviour": "behavior",
    "colour": "color",
    "honour": "honor",
    "favour": "favor",
    "apologise": "apologize",
    "criticise": "criticize",
    "recognise": "recognize",
    "programme": "program",
    "travellers": "travelers",
    "licence": "license",
}

_NOUNS_102: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "letter": "letters",
}
_MINOR_102 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_WORDS_102 = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
)
_ROMAN_102 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Markers by style; ``{n}`` a number, ``{w}`` it in words, ``{k}`` a clause's section, ``{a}`` a letter, ``{r}``
#: a Roman numeral.
_MARKERS_102: dict[str, tuple[str, ...]] = {
    "numbered": ("{n}.", "{n})", "[{n}]", "{n} \u2013", "Rule {w}:", "No. {n}"),
    "clause": ("{k}.{n}", "{k}.{n}."),
    "lettered": ("{A}.", "({a})", "{a})"),
    "roman": ("({r})", "{r}.", "{R}."),
    "bulleted": ("\u2022", "o", "+", "\u2013", "\u00bb", "\u25e6", "\u25a0", ">"),
}
_SUB_BULLETS_102 = ("-", "\u2022", "*", "\u2013")
_JOINTS_102 = (": ", " - ", " -- ", " \u2014 ", ". ", " \u2013 ")
_ENDS_102 = ("", "", ":", ".")
_ASKED_102 = (("Q: ", "A: "), ("Q. ", "A. "), ("", ""), ("Q: ", ""))


def _title_case_102(text: str) -> str:
    """``text`` in title case: each word capitalised but the minor ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_102 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


_CASES_102 = {"sentence": str, "title": _title_case_102, "capitals": str.upper}


def _in_words_102(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word put in, less those that say "comment" where the site never does."""
    filled = [text.format(**words) for text in texts]
    return [text for text in filled if not (no_comment and _says_comment(text))]


def _items_102(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which never say "comment" then, and
    0.12 more, which also do) "post", "message", "reply", "contribution" or "letter". Two or three kinds 0.15 of the
    time, else four to twelve, in the table's order (0.55) or shuffled; one sentence an item (0.4), two (0.42) or
    three, in the table's order. A layout a policy: headings on a part of their own, bare or after a colon or full
    stop (0.4); run in before the first sentence after a colon, hyphen, double hyphen, em or en dash or full stop
    (0.3), the joint drawn anew for each item on 0.15 of those sites; questions and answers, the question as the
    heading with or without a "Q" and the first sentence with or without an "A" (0.12); no headings (0.18). Questions
    in place of headings on a fifth of the other headed sites; headings in sentence case, title case or capitals; an
    item without a heading now and then (0.07). Items marked by numbers, words, clause numbers, letters, Roman
    numerals, bullets or nothing (0.35), the marker before whatever the item prints first; on a tenth of the sites with
    headings on their own part, each sentence bulleted under it. Then :func:`_furnish` with the family's opening,
    closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_102)[1:]) if draw < 0.37 else "comment"
    words = {"c": noun, "cs": _NOUNS_102[noun], "C": noun.capitalize(), "Cs": _NOUNS_102[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_102)), count)
    if rng.random() < 0.55:
        picked.sort()
    layout = rng.choices(("own", "run-in", "asked", "none"), (0.4, 0.3, 0.12, 0.18))[0]
    questions = layout == "asked" or rng.random() < 0.2
    set_case = _CASES_102[rng.choices(tuple(_CASES_102), (0.5, 0.3, 0.2))[0]]
    end, joint, asked = rng.choice(_ENDS_102), rng.choice(_JOINTS_102), rng.choice(_ASKED_102)
    each_joint = layout == "run-in" and rng.random() < 0.15
    sub_bullet = rng.choice(_SUB_BULLETS_102) if layout == "own" and rng.random() < 0.1 else ""
    style = rng.choices(
        ("none", "numbered", "clause", "lettered", "roman", "bulleted"), (0.35, 0.25, 0.07, 0.08, 0.05, 0.2)
    )[0]
    shape = "" if style == "none" else rng.choice(_MARKERS_102[style])
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_102(texts, words, no_comment) for texts in REWORDINGS_102[kind])
        if not headings or not sentences:
            continue
        asking = [heading for heading in headings if heading.endswith("?")]
        stating = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asking if questions and asking else stating)
        if layout == "none" or rng.random() < 0.07:
            heading = ""
        elif layout != "asked":
            heading = set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.42, 0.18))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        n = len(items)
        marker = shape.format(
            n=n + 1,
            w=_WORDS_102[n],
            k=section,
            a="abcdefghijklmnop"[n],
            A="ABCDEFGHIJKLMNOP"[n],
            r=_ROMAN_102[n],
            R=_ROMAN_102[n].upper(),
        )
        lead = marker + " " if marker else ""
        if not heading:
            items.append(("", lead + chosen[0], *chosen[1:]))
        elif layout == "asked":
            question, answer = asked
            first = heading if heading.endswith("?") else heading + ":"
            items.append((lead + question + first, answer + chosen[0], *chosen[1:]))
        elif layout == "own":
            if sub_bullet:
                chosen = [sub_bullet + " " + sentence for sentence in chosen]
            items.append((lead + heading + ("" if heading.endswith("?") else end), *chosen))
        else:
            here = rng.choice(_JOINTS_102) if each_joint else joint
            head = heading + " " if heading.endswith("?") else heading + here.rstrip() + " "
            items.append(("", lead + head + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_words_102(texts, words, no_comment) for texts in (INTROS_102, CLOSINGS_102, TITLES_102)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_102)
