"""The ``reworded-126`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tanzanian and Ugandan English-language news, Northumberland papers, North Dakota prairie weeklies,
lacrosse clubs, pottery co-operatives, food-bank volunteers' boards, multiple-sclerosis support forums,
windmill-restoration societies.

Written blind: from how such sites word and print their posting rules, forum rules, noticeboard etiquette, club
codes of conduct and readers' guidelines, without reading the cleaner's code, its docs or reports, nor the other
families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question), five sentences, of which an item prints one to three, and the kind as a
#: fragment of a list after a lead-in ("Please do not send posts that:"), or "" where the kind has none.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_126``).
REWORDINGS_126 = (
    (
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it civil",
            "Would you say it to their face?",
        ),
        (
            "Disagree with other readers by all means, but do so without insults or name-calling.",
            "Treat fellow members as you would across the table at one of our meetings.",
            "Personal attacks on other contributors, our reporters or the people named in a story will be removed.",
            "Sarcasm and goading rarely read well on a screen, so please think twice before pressing send.",
            "Robust debate is welcome here; bullying and belittling are not.",
        ),
        "are abusive, threatening or insulting towards other members",
    ),
    (
        (
            "No hate speech",
            "Tribalism and discrimination",
            "Everyone is welcome here",
            "Zero tolerance for hatred",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people for their tribe, religion, race, sex, sexuality or disability will be deleted "
            "without warning.",
            "We do not publish tribal or sectarian remarks, however they are dressed up.",
            "Stereotyping whole communities, whether by region, faith or nationality, is not acceptable on this board.",
            "Hate speech may also be a criminal offence, and we will pass it to the police where the law requires.",
            "Jokes at the expense of people with disabilities or long-term illnesses will be taken down.",
        ),
        "attack people for their tribe, religion, race, sex, sexuality or disability",
    ),
    (
        (
            "Protect your privacy",
            "Personal details",
            "Keep it confidential",
            "Do not share contact details",
            "Can I post my phone number?",
        ),
        (
            "Never put your own or anybody else's phone number, email or home address in a {c}.",
            "Details of the people we help at the food bank must never be shared here, even without names.",
            "If you want to swap contact details with another member, please use private messages instead.",
            "Do not post photographs of other people without their permission.",
            "Remember that anything you write here can be read by anyone, including your employer.",
        ),
        "contain anyone's phone number, address or other personal details",
    ),
    (
        (
            "Safeguarding",
            "Protecting young players",
            "Children and vulnerable adults",
            "Keeping juniors safe",
            "Who do I tell about a safeguarding concern?",
        ),
        (
            "Do not name or post pictures of junior players without written consent from a parent or guardian.",
            "Adults must not contact junior members through this board or by private message.",
            "If you are worried about the welfare of a child or vulnerable adult, contact the club welfare officer "
            "rather than posting here.",
            "Any {c} that appears to put a young person at risk will be removed and reported to the appropriate "
            "authorities.",
            "Do not identify children who have been victims of crime or are involved in court cases.",
        ),
        "identify children or vulnerable adults, or put them at risk",
    ),
    (
        ("Moderation", "Pre-moderation", "Our moderators", "Why hasn't my {c} appeared?", "How long will it take?"),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers, so please be patient over weekends and bank holidays.",
            "{Cs} sent after 6pm may not be approved until the next working day.",
            "If your {c} has not appeared after two days, it has probably broken one of these rules.",
            "New members' first few {cs} are checked by hand before they go live.",
        ),
        "",
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic", "Relevance", "Is this the right board?"),
        (
            "Please keep your {cs} to the subject of the article or thread.",
            "Questions about firing times belong in the kiln section, not on the general noticeboard.",
            "Threads that drift far from their original subject may be locked or moved.",
            "Please don't use this page to carry on arguments from other stories.",
            "Rota changes and shift swaps should go in the volunteers' rota thread.",
        ),
        "stray from the subject under discussion",
    ),
    (
        ("No advertising", "Selling and promotion", "Spam", "Links", "Can I advertise my business?"),
        (
            "Commercial advertising is not allowed; members may list their own work for sale only in the "
            "Marketplace section.",
            "{Cs} containing links to other websites are held for checking and may be removed.",
            "Chain messages, pyramid schemes and get-rich-quick offers will be deleted and the account closed.",
            "Please do not promote treatments, supplements or therapies you are paid to sell.",
            "Notices of events run by other charities are welcome if agreed with the moderators first.",
        ),
        "advertise goods, services or money-making schemes",
    ),
    (
        ("Your account", "Real names", "One member, one account", "Usernames", "Who can join?"),
        (
            "Please use your real name, as you would on a letter to the editor.",
            "Each person may hold one account only; duplicate accounts will be closed.",
            "Usernames must not be offensive, nor pretend to be another person, club or organisation.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Membership of this forum is open to members of the society and their families.",
        ),
        "impersonate another person, club or organisation",
    ),
    (
        (
            "Stay within the law",
            "Legal",
            "Defamation and contempt",
            "The law of the land",
            "Could my {c} break the law?",
        ),
        (
            "Do not accuse named people of crimes or wrongdoing unless it has been proven in court.",
            "{Cs} on cases that are still before the courts may be in contempt, and we will not publish them.",
            "Remember that the laws of Uganda, including the Computer Misuse Act, apply to what you write here.",
            "Under Tanzanian law we must remove content that is false or likely to cause public disorder.",
            "You may be held personally liable for anything defamatory that you write.",
        ),
        "could be defamatory or in contempt of court",
    ),
    (
        (
            "Copyright",
            "Photos and other people's work",
            "Give credit",
            "Intellectual property",
            "Can I share a picture I found online?",
        ),
        (
            "Only upload photographs that you took yourself or have permission to use.",
            "Do not copy whole articles from other newspapers; a short quote and a link is enough.",
            "Glaze recipes shared in confidence by other makers should not be reposted without their say-so.",
            "By posting a picture here you allow the society to use it on this site and in its newsletter.",
            "Please credit the photographer when sharing pictures of the mill.",
        ),
        "use photographs or words that are not yours to share",
    ),
    (
        ("Reporting a problem", "Report abuse", "Flagging", "Seen something wrong?", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not reply to abusive {cs}; report them and let the moderators deal with them.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "You can also email the moderators, giving the address of the page and the time of the {c}.",
            "Every report is read, though we cannot always reply to each one.",
        ),
        "",
    ),
    (
        ("Editor's discretion", "Our decision is final", "The right to remove", "Editorial control", "Who decides?"),
        (
            "The editor reserves the right to edit, shorten or remove any {c} without giving a reason.",
            "Decisions on what is published rest with the moderators and are final.",
            "We may close {cs} on any story, particularly those involving court cases or deaths.",
            "Publication of a {c} does not mean that the paper agrees with it.",
            "The committee may amend these rules at any time.",
        ),
        "",
    ),
    (
        ("Corrections", "News tips", "Complaints about our coverage", "Spotted a mistake?", "Got a story?"),
        (
            "If you think we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "Corrections are dealt with by the editor, not by the moderators.",
            "Tips for stories can be sent in confidence to the news team by email or WhatsApp.",
            "Complaints about our journalism can be taken to the press regulator, IPSO, if we cannot resolve them.",
            "{Cs} pointing out errors will not normally be published once the error has been put right.",
        ),
        "complain about errors that should be sent to the newsdesk",
    ),
    (
        ("Mind your language", "No swearing", "Language", "Write clearly", "Which languages can I use?"),
        (
            "Swearing, including words with letters starred out, will be removed.",
            "{Cs} may be written in English or Kiswahili.",
            "Please do not write in capital letters, which reads as shouting.",
            "Keep your language fit for a family audience; juniors read this board too.",
            "Text-speak and long strings of emojis make {cs} hard to follow, so please write in full.",
        ),
        "contain swearing, or are written entirely in capital letters",
    ),
    (
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "Suspensions",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will first receive a warning from a moderator.",
            "A second breach may lead to a suspension of up to 30 days.",
            "Serious or repeated breaches will lead to a permanent ban.",
            "Banned members who rejoin under a new name will be removed again without notice.",
            "If you think a moderator has acted unfairly, write to the committee secretary rather than raising it "
            "on the board.",
        ),
        "",
    ),
    (
        (
            "Medical advice",
            "Health information",
            "Not a substitute for your doctor",
            "Safety first",
            "Is it safe?",
            "Should I follow advice given here?",
        ),
        (
            "Nothing posted here should be taken as medical advice; always speak to your neurologist or MS nurse "
            "before changing treatment.",
            "Members share their own experience only, and what worked for one person may not suit another.",
            "Never climb a mill or enter the cap without an experienced member of the restoration team.",
            "Advice on kilns, glazes and materials is given in good faith, but always follow the makers' safety data.",
            "If you or someone else is in immediate danger, call the emergency services rather than posting here.",
        ),
        "offer medical advice as if it were fact",
    ),
    (
        ("Politics", "Election coverage", "Campaigning", "Party politics", "Can I talk about politics?"),
        (
            "{Cs} on election stories are subject to extra checks during the campaign period.",
            "The forum is not the place for party campaigning.",
            "Please do not post false claims about candidates, polling or the results.",
            "Political discussion is welcome so long as it is aimed at policies, not at people.",
            "Debate about the club's committee elections should be kept to the AGM thread.",
        ),
        "spread false claims about candidates, polling or election results",
    ),
)


#: Titles, opening and closing lines some reworded-126 sites print with their rules (placeholders as above).
POLICY_TITLES_126 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard rules",
    "Community guidelines",
    "Rules of the board",
    "Before you post",
    "Guidelines for readers' {cs}",
    "Our moderation policy",
    "Message board etiquette",
    "Terms of use for {cs}",
    "Code of conduct",
)


POLICY_INTROS_126 = (
    "Readers' {cs} are welcome, provided they keep to the rules below.",
    "This board is run by volunteers, so please read these rules before you post.",
    "To keep this forum a safe and supportive place, we ask every member to follow these guidelines.",
    "By sending a {c} you agree to the following terms.",
    "Karibu! Please read our rules before joining the conversation.",
    "We want this page to be a friendly place for players, parents and supporters alike.",
)


POLICY_CLOSINGS_126 = (
    "Thank you for helping to keep this a friendly place.",
    "Asante for reading, and happy posting.",
    "These rules were last updated in March 2025.",
    "\u2014 The Moderators",
    "Questions about these rules can be sent to the committee secretary.",
    "Full terms and conditions are available on our website.",
)


#: British spellings in the lists above and their American forms (a reworded-126 document prints one or the other).
AMERICAN_126 = {
    "organisation": "organization",
    "offence": "offense",
    "licence": "license",
    "neighbour": "neighbor",
}


#: A site's word for what readers send, singular and plural (a quarter of sites never say "comment").
WORDS_126 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("response", "responses"),
)

#: Lines that open a list of fragments (the policy printed as "Please do not send posts that:" and its list).
LEADS_126 = (
    "Please do not send {cs} that:",
    "We will remove {cs} which:",
    "{Cs} will not be published if they:",
    "Moderators will take down any {cs} that:",
    "You agree not to submit {cs} that:",
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_WORDS = (
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
    "Seventeen",
)

#: The item markers the family's sites print: a format string of the item's number ``{n}``, letter ``{a}``/``{A}``,
#: roman numeral ``{r}``/``{R}`` and number word ``{w}``; "" for unmarked items.
MARKERS_126 = (
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{n:02}",
    "#{n}",
    "[{n}]",
    "Rule {n}:",
    "Rule {w} \u2013",
    "{a}.",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "\u00bb",
    "\u25a0",
    "\u2714",
)

#: The markers of a lead-in's list of fragments.
LIST_MARKERS_126 = ("\u2022", "\u2022", "-", "*", "({a})", "{a})", "({r})", "", "")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _mark(marker: str, number: int) -> str:
    roman = _ROMAN[number - 1]
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), w=_WORDS[number - 1])


def _fragments_126(rng: random.Random, picked: list[int], fill: Callable[[str], str]) -> list[tuple[str, ...]]:
    """The policy as one lead-in line and a list of the picked kinds' fragments, then a line or two of the kinds
    without one."""
    kinds = [index for index in picked if REWORDINGS_126[index][2]]
    others = [index for index in picked if not REWORDINGS_126[index][2]]
    if len(kinds) < 2:
        kinds = rng.sample([i for i, kind in enumerate(REWORDINGS_126) if kind[2]], rng.randint(3, 6))
    marker = rng.choice(LIST_MARKERS_126)
    ending = rng.choice(("semicolons", "semicolons", "or", "bare"))
    items: list[tuple[str, ...]] = [("", fill(rng.choice(LEADS_126)))]
    for number, index in enumerate(kinds, start=1):
        fragment = fill(REWORDINGS_126[index][2])
        if ending != "bare":
            last = number == len(kinds)
            fragment += "." if last else "; or" if ending == "or" and number == len(kinds) - 1 else ";"
        shown = _mark(marker, number)
        items.append(("", f"{shown} {fragment}" if shown else fragment))
    for index in others[: rng.randint(0, 2)]:
        items.append(("", fill(rng.choice(REWORDINGS_126[index][1]))))
    return items


def _items_126(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-126 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_126``); how
    many item kinds (two to four for 0.25 of sites, else seven to seventeen), in the table's order (0.5) or shuffled;
    for 0.12 of sites the policy is a lead-in line (``LEADS_126``) and a list of the kinds' fragments (marked from
    ``LIST_MARKERS_126``; ending in semicolons and a stop, "; or" before the last, or nothing), followed by up to two
    sentences of kinds without a fragment. Otherwise: how many sentences an item may print (up to one, two or three,
    each item drawing its own count, in the table's order or not), printed as parts of their own or as one part (0.3);
    the headings: none (0.15), on their own part (0.35, followed by nothing, a stop or a colon), run in before the
    first sentence (0.3: a colon, a stop, a dash or a spaced hyphen), numbered clauses (0.1: the item's number and
    its heading on their own part, each sentence a part of its own numbered "3.1", "3.2"), or a question heading on
    its own part where the kind has one (0.1); in the table's case, title case or capitals (capitals more often when
    run in); the items' marker (``MARKERS_126``) before the item's first part, save for numbered clauses; then
    ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_126)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_126))
    picked = rng.sample(range(len(REWORDINGS_126)), count)
    if rng.random() < 0.5:
        picked.sort()
    items = _fragments_126(rng, picked, fill) if rng.random() < 0.12 else _headed_126(rng, picked, fill)
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_126],
        [fill(line) for line in POLICY_CLOSINGS_126],
        [fill(line) for line in POLICY_TITLES_126],
        AMERICAN_126,
    )


def _headed_126(rng: random.Random, picked: list[int], fill: Callable[[str], str]) -> list[tuple[str, ...]]:
    """The policy as items, each a heading (or none) and its sentences, printed as ``_items_126`` says."""
    most = rng.choice((1, 1, 2, 2, 3))
    in_order = rng.random() < 0.7
    joined = rng.random() < 0.3
    draw = rng.random()
    place = (
        "none"
        if draw < 0.15
        else "own"
        if draw < 0.5
        else "run"
        if draw < 0.8
        else "clauses"
        if draw < 0.9
        else "asked"
    )
    after = rng.choice(("", "", ".", ":"))
    joint = rng.choice((": ", ": ", ". ", " \u2013 ", " \u2014 ", " - "))
    case = rng.choice(("as", "as", "as", "title", "caps", "caps") if place == "run" else ("as", "as", "title", "caps"))
    marker = "" if place == "clauses" else rng.choice(MARKERS_126)
    clause_head = rng.choice(("{n}. ", "{n} ", "Section {n}: ", "{n}.0 "))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_126[index][:2]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if place == "asked" and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        chosen = rng.sample(range(len(sentences)), rng.randint(1, most))
        if in_order:
            chosen.sort()
        parts = [fill(sentences[i]) for i in chosen]
        if joined and place != "clauses":
            parts = [" ".join(parts)]
        head = ""
        if place in ("own", "asked"):
            head = heading if heading[-1] == "?" else heading + after
        elif place == "run":
            parts[0] = heading + (" " if heading[-1] == "?" else joint) + parts[0]
        elif place == "clauses":
            head = clause_head.format(n=number) + heading
            parts = [f"{number}.{k} {part}" for k, part in enumerate(parts, start=1)]
        if marker:
            shown = _mark(marker, number)
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return items
