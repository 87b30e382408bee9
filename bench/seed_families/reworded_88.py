"""The ``reworded-88`` family: posting rules as Ghanaian, Nigerian and Cameroonian English-language news sites,
Newfoundland outport and Yukon community papers, Nebraska and Kansas plains weeklies, cycling clubs, amateur-radio
societies, community theatres, search-and-rescue dog teams and tenants' associations word and print them. Written
blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other families'
sentences.

Each kind in :data:`REWORDINGS_88` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" can print the same rules with "post", "message", "reply", "contribution" or
"submission"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: The kinds of item a policy draws from: (headings, sentences), a question or two among the headings.
REWORDINGS_88: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the man",
            "Courtesy costs nothing",
            "Can I criticise other readers?",
        ),
        (
            "Disagree as strongly as you like, but answer the argument and not the person who made it.",
            "Name-calling, insults and sneering remarks about other readers will be removed without notice.",
            "Remember that the people you are arguing with are your neighbours, and you may well meet them at the "
            "post office tomorrow.",
            "Criticism of public officials is welcome; abuse of them, their families or their staff is not.",
            "Treat fellow members here as you would on a club ride or at a meeting: politely, and with a sense of "
            "humour.",
        ),
    ),
    (  # tribalism and hatred
        (
            "No tribalism",
            "Hate speech",
            "Tribe, faith and region",
            "Attacks on groups",
            "What counts as hate speech?",
        ),
        (
            "We will not publish {cs} that insult any tribe, ethnic group, religion or region of the country.",
            "Stereotypes about Anglophones, Francophones, northerners, southerners or any other people have no "
            "place here.",
            "Do not refer to other readers by their tribe or their party; deal with what they actually said.",
            "Racist, sexist and homophobic remarks, including those dressed up as jokes, will be deleted and the "
            "account reviewed.",
            "Calls for violence against any person or community will be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private details private",
            "Other people's details",
            "Can I give out someone's address?",
        ),
        (
            "Do not publish anyone's telephone number, home address or e-mail address, and that includes your own.",
            "When describing a dispute with a landlord, do not name other tenants or give their flat or unit numbers.",
            "Please do not share the names, photographs or last known locations of people we are searching for; "
            "the family and the police decide what is made public.",
            "A member's call sign is public, but the address listed against it in the licence database should not "
            "be repeated here.",
            "Photographs of children taken at rides, shows or training days are only posted with a parent's "
            "written permission.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "All {cs} are read first",
            "Pre-moderation",
        ),
        (
            "Every {c} is read by a member of staff before it is published, which can take up to a day.",
            "Our newsroom is small and closed at weekends and on public holidays, so a {c} sent on Friday evening "
            "may not appear until Monday.",
            "The paper goes to press on Tuesday night, and {cs} are not approved while the week's issue is being "
            "put together.",
            "When a storm takes the line to town down, moderation stops until it comes back up; thank you for your "
            "patience.",
            "Volunteers approve new {cs} when they can, so please do not send the same one twice.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "On topic, please",
            "Where do I raise something else?",
            "Relevance",
        ),
        (
            "{Cs} should relate to the story or thread they are posted under.",
            "General chat about rides, routes and kit belongs in the members' forum, not under race reports.",
            "Questions about tickets, auditions or rehearsal times should go to the box office rather than being "
            "posted here.",
            "Repair requests and rent queries should be sent to the association secretary at "
            "secretary@eastgatetenants.org, not posted on the news page.",
            "Off-topic {cs} may be moved to a more suitable thread or removed altogether.",
        ),
    ),
    (  # advertising and scams
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Adverts, links and scams",
            "Can I sell my old rig here?",
        ),
        (
            "Do not use this page to advertise goods, services, churches, events or political campaigns.",
            "Links to loan offers, investment schemes, visa agents and miracle cures are removed on sight.",
            "Members may list radio equipment for sale only in the Swap and Shop section, with a price and their "
            "call sign.",
            "Bikes, parts and kit for sale go on the classifieds board, which is open to paid-up members only.",
            "Anyone offering money-doubling, jobs abroad or lottery winnings will be banned and reported.",
        ),
    ),
    (  # identity
        (
            "Use your real name",
            "Identity",
            "Who can take part?",
            "Names and accounts",
            "One person, one account",
        ),
        (
            "Please use your real first and last name, as you would when signing a letter to the editor.",
            "Licensed members are asked to give their call sign after their name.",
            "Do not pretend to be another person, a public official or a member of our staff.",
            "Each reader may hold one account; second accounts used to back up your own argument will be closed.",
            "Anonymous {cs} are not accepted, although the editor may withhold a name where there is a real risk "
            "to the writer.",
        ),
    ),
    (  # the law
        (
            "Defamation",
            "The law",
            "Legal matters",
            "Libel and the courts",
            "Could I be sued for what I write?",
        ),
        (
            "You are legally responsible for what you write, and you can be sued for defamation just as a "
            "newspaper can.",
            "Do not accuse a named person of a crime unless a court has convicted them of it.",
            "Cases before the courts must not be discussed in a way that could prejudice a fair trial.",
            "Spreading false news is an offence under the Cybercrimes Act, and we will co-operate with the "
            "authorities where the law requires us to.",
            "During election periods we will not publish {cs} that announce unofficial results or call for unrest.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and copying",
            "May I share your stories?",
            "Photographs and scripts",
        ),
        (
            "Do not paste whole articles from other newspapers; a short quotation and a link to the source are enough.",
            "Our stories and photographs may not be republished on other websites or forwarded to WhatsApp "
            "groups without written permission.",
            "Scripts, scores and rehearsal recordings given to the cast are for the cast's use only and must not "
            "be posted here.",
            "Route maps and GPS files shared by members remain theirs; ask before passing them on outside the club.",
            "By sending us a {c}, you allow us to publish it on this site and in the print edition.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "Seen something that breaks these rules?",
            "How do I report a {c}?",
        ),
        (
            "Use the Report link beneath any {c} you believe breaks these rules.",
            "If something offends you, e-mail the moderators at moderators@kumasimirror.com.gh and tell us which "
            "story it is under.",
            "Please do not reply to abusive {cs}; report them and leave the moderators to deal with them.",
            "Reports are read by volunteers, usually within a day or two.",
            "Problems with the club website can be sent to webmaster@bayroadsradioclub.ca.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Why was my {c} taken down?",
            "Moderators' discretion",
        ),
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "We do not enter into correspondence about individual moderation decisions.",
            "The committee reserves the right to remove anything it considers harmful to the club or its members.",
            "Publishing a {c} does not mean we agree with it; the views expressed are the writer's own.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors and news tips",
            "Got a story for us?",
            "Getting it right",
        ),
        (
            "If you think we have a fact wrong, e-mail the newsroom rather than correcting it in the {cs} below.",
            "Corrections are printed on page two of the next issue and noted at the foot of the online story.",
            "News tips from your community are always welcome: call the office or write to news@prairiestarweekly.com.",
            "Results from club rides and races should be sent to the results secretary, who updates the page each "
            "week.",
            "We look into every correction sent to us, though we cannot always reply in person.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "English, please",
            "Which languages may I use?",
            "Mind your language",
        ),
        (
            "Please write in English so that all our readers and moderators can follow the discussion.",
            "A line of Twi, Yoruba, Hausa, Igbo, Pidgin or French is fine, but give the sense of it in English.",
            "Swearing, including words with letters replaced by stars, will be removed.",
            "Do not write in capital letters; it reads as shouting and is hard on the eyes.",
            "Bay talk and local sayings are welcome, so long as the meaning is clear to a reader from away.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "What happens if I break these rules?",
            "Three strikes",
            "Suspension",
        ),
        (
            "A first breach usually earns a warning by e-mail; a second may lead to a suspension.",
            "Repeated or serious breaches will lead to a permanent ban from the site.",
            "Members banned from the forum may also be referred to the committee under the club's code of conduct.",
            "Opening a new account to get round a ban will be treated as a further breach.",
            "Warnings stay on record for twelve months.",
        ),
    ),
    (  # emergencies and safety
        (
            "Emergencies",
            "Safety first",
            "Not for emergencies",
            "Is this the place to report a missing person?",
            "Urgent matters",
        ),
        (
            "This page is not watched around the clock; in an emergency, call 911 or your local RCMP detachment.",
            "Never turn up at a search you have read about here; volunteers are called out through the team "
            "coordinator.",
            "Do not post live updates about an active search, as they can mislead the public and distress the family.",
            "Emergency traffic belongs on the air through the proper net, not on the club website.",
            "Gas leaks, fires and loss of heat should be reported to the landlord's emergency line and, where anyone "
            "is in danger, to the fire service.",
        ),
    ),
    (  # length and links
        (
            "Length",
            "Keep it short",
            "Links",
            "How long can my {c} be?",
            "Format",
        ),
        (
            "{Cs} longer than about 300 words may be trimmed or held for the editor.",
            "One link per {c} is allowed; more than that sends it straight to the spam folder.",
            "Please do not post the same {c} under several stories.",
            "Letters for the print edition should be e-mailed to the editor and kept under 250 words.",
        ),
    ),
)

#: Lines a site prints before its items.
INTROS_88 = (
    "Before you join the conversation, please read the following.",
    "We welcome your views on our stories. To keep the discussion useful for everyone, we ask that you follow these "
    "rules.",
    "The following rules apply to everything posted on this site.",
    "This site is run by volunteers, and it works because members look out for one another.",
    "By taking part on this page you agree to the terms below.",
    "Thank you for taking part. A few ground rules:",
    "{Cs} are welcome from members and the public alike, on the following conditions.",
)

#: Lines a site prints after its items.
CLOSINGS_88 = (
    "Thank you for helping us keep this a place where everyone can have their say.",
    "73, and thank you for keeping the club's pages friendly.",
    "Questions about these rules may be sent to the editor at editor@yukonvalleynews.ca.",
    "See you on the road.",
    "These rules were adopted at the association's general meeting and may be amended by the committee.",
    "This policy was last reviewed by the editorial board in January.",
    "Break a leg, and thank you for supporting community theatre.",
    "Happy reading, and thank you for contributing.",
)

#: Title lines, in title case or as a site writes them.
TITLES_88 = (
    "Comment Policy",
    "Community Guidelines",
    "Rules for {Cs}",
    "House Rules",
    "Forum Rules",
    "Reader Guidelines",
    "Posting guidelines",
    "Code of Conduct for Online Discussion",
    "Terms of Participation",
    "Guidelines for Readers' {Cs}",
    "Club Forum Etiquette",
)

#: British spelling as written, and the American a site in the United States prints.
AMERICAN_88 = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "humour": "humor",
    "licence": "license",
    "offence": "offense",
    "co-operate": "cooperate",
    "theatre": "theater",
    "programme": "program",
    "behaviour": "behavior",
    "favour": "favor",
    "colour": "color",
    "apologise": "apologize",
    "recognise": "recognize",
    "organisation": "organization",
    "judgement": "judgment",
    "centre": "center",
    "tyre": "tire",
    "kerb": "curb",
    "aluminium": "aluminum",
    "grey": "gray",
    "cancelled": "canceled",
    "travelling": "traveling",
}

_NOUNS_88: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "submission": "submissions",
}
_MINOR_88 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with", "not")
)
_WORDS_88 = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
_ROMAN_88 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
#: Marker shapes: {n} a number, {w} a number in words, {a} a letter, {A} a capital letter, {r} a small Roman numeral.
_MARKERS_88 = {
    "numbered": ("{n}.", "{n})", "{n}/", "[{n}]", "#{n}", "{n} \u2013", "Rule {n}.", "Rule {w}:", "Rule {w} \u2014"),
    "lettered": ("{a})", "({a})", "{A}.", "{A})"),
    "roman": ("({r})", "{r}."),
    "bulleted": ("\u2022", "-", "*", "o", "\u203a", "\u00bb", "\u25a0", "+", "\u2013"),
}
_ENDS_88 = ("", ":", ".")
_JOINTS_88 = (": ", " \u2013 ", " \u2014 ", " - ", ". ")


def _title_88(text: str) -> str:
    """``text`` in title case: each word capitalised, the short ones after the first left alone."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_88 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _in_words_88(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, without those that say "comment" on a site that never does."""
    filled = (text.format(**words) for text in texts)
    return [text for text in filled if not (no_comment and _says_comment(text))]


def _items_88(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and 0.1 more, which say it as well) "post", "message", "reply", "contribution" or
    "submission". Two or three kinds 0.15 of the time, else four to twelve, in the table's order (0.55) or shuffled;
    for each, one heading (a question where the kind has one, on 0.2 of the sites, printed after "Q:" with "A:"
    before the answer on 0.3 of those) and one sentence (0.4), two (0.4) or three, in the table's order, printed as
    parts of their own or (0.2 of the sites) run together as one paragraph. Headings in sentence case (0.5), title
    case (0.3) or capitals; on a part of their own, bare or after a colon or a full stop, or run in before a colon,
    an en or em dash, a hyphen, or a full stop; one way for the whole policy or (0.15) each item its
    own; none at all (0.15) or none for one item (0.08). Items numbered (figures, "Rule 1.", "Rule One:"), lettered,
    in small Roman numerals, bulleted or neither, the marker before whatever the item prints first. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_88)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_88[noun], "C": noun.capitalize(), "Cs": _NOUNS_88[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_88)), count)
    if rng.random() < 0.55:
        picked.sort()
    bare = rng.random() < 0.15
    asking = rng.random() < 0.2
    faq = asking and rng.random() < 0.3
    paragraph = rng.random() < 0.2
    case = rng.choices(("sentence", "title", "capitals"), (0.5, 0.3, 0.2))[0]
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.07, 0.05, 0.23))[0]
    shape = rng.choice(_MARKERS_88[style]) if style != "none" else ""
    way = (rng.random() < 0.5, rng.choice(_ENDS_88), rng.choice(_JOINTS_88))
    each_own = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_88(texts, words, no_comment) for texts in REWORDINGS_88[kind])
        if not headings or not sentences:
            continue
        questions = [heading for heading in headings if heading.endswith("?")]
        statements = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(questions if asking and questions else statements)
        if case == "title":
            heading = _title_88(heading)
        elif case == "capitals":
            heading = heading.upper()
        if bare or rng.random() < 0.08:
            heading = ""
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        if shape:
            marker = shape.format(n=n + 1, w=_WORDS_88[n], a="abcdefghijkl"[n], A="ABCDEFGHIJKL"[n], r=_ROMAN_88[n])
            marker += " "
        else:
            marker = ""
        own, end, joint = way
        if each_own:
            own, end, joint = rng.random() < 0.5, rng.choice(_ENDS_88), rng.choice(_JOINTS_88)
        if shape.endswith(":"):  # "Rule One:" takes no second colon
            end, joint = end.replace(":", "."), joint.replace(":", " \u2013")
        asked = heading.endswith("?")
        if faq and asked:
            heading, chosen[0] = "Q: " + heading, "A: " + chosen[0]
        if heading and own:
            items.append((marker + heading + ("" if asked else end), *chosen))
        elif heading:
            run_in = heading + " " if asked else heading + joint
            items.append(("", marker + run_in + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_88(texts, words, no_comment) for texts in (INTROS_88, CLOSINGS_88, TITLES_88))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_88)
