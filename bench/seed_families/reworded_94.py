"""The ``reworded-94`` family: posting rules as Moldovan, Bulgarian, North Macedonian and Albanian English-language
news sites, Lincolnshire Wolds and Fenland papers, Mississippi Gulf Coast weeklies, dragon-boat clubs, lace-makers'
guilds, talking-newspaper volunteers, mushroom foragers' groups and scout fellowships word and print them. Written
blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other families'
sentences.

Each kind in :data:`REWORDINGS_94` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of rule, each (headings, sentences); a heading ending in "?" is one a site asks.
REWORDINGS_94: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # courtesy
        (
            "Be courteous",
            "Keep it civil",
            "Paddle as one crew",
            "Respect for other readers",
            "Why should I be polite?",
            "Is it all right to disagree?",
        ),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "Name-calling, sneering and personal attacks will be removed, however strongly you feel about the subject.",
            "We train as one crew and the same goes here: no insults, no baiting and no ganging up on newer members.",
            "Write as you would speak to a neighbour over the garden fence or across the table at the village hall.",
            "A {c} that goes for another reader rather than for what they said will not be published.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Ethnicity, faith and nationality",
            "Discrimination",
            "Respect for all communities",
            "What counts as hate speech?",
        ),
        (
            "We do not publish {cs} that insult people because of their ethnic origin, nationality, religion, sex, "
            "disability or sexual orientation.",
            "Slurs against Roma, Turks, Albanians, Macedonians, Bulgarians, Serbs, Greeks or any other people are "
            "deleted on sight.",
            "Arguments about history, borders and language are welcome; calling a whole nation traitors, fascists or "
            "occupiers is not.",
            "Travellers, migrant workers in the fields and newcomers to the Fens are our readers too, and we will not "
            "host abuse of them.",
            "Inciting hatred or violence is a criminal offence, and we will pass such material to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private details private",
            "Other people's details",
            "Can I name someone in my {c}?",
        ),
        (
            "Do not post anyone's home address, telephone number, e-mail address or car registration, including "
            "your own.",
            "Please do not name young people in the section or post photographs in which they can be recognised.",
            "Our listeners' names and addresses are confidential, and volunteers must never mention them in {cs} or "
            "on the rota page.",
            "Grid references and directions to private woodland will be removed; ask the landowner, not the group, "
            "where you may forage.",
            "Accusing a named private person of wrongdoing is unfair on them and may well be unlawful.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "All {cs} are checked first",
            "Delays in publishing {cs}",
            "When will my {c} appear?",
            "Why hasn't my {c} appeared yet?",
        ),
        (
            "Every {c} is read by a member of our team before it goes live, so please allow some time for it to "
            "appear.",
            "Our moderators work office hours, Monday to Friday, and {cs} sent at the weekend may wait until Monday "
            "morning.",
            "We are a small weekly paper, and on press day {cs} can take longer than usual to be approved.",
            "During a hurricane watch or warning our staff are out covering the storm, and moderation will be slower.",
            "The moderators are volunteers with day jobs, so please be patient and do not send the same {c} twice.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is my {c} on topic?",
        ),
        (
            "Keep your {c} relevant to the article it appears under.",
            "General chat belongs in the Off Topic thread, not under race results or training notices.",
            "{Cs} about a different story, or a long-running feud carried from page to page, will be taken down.",
            "Questions about your subscription or a missing paper should go to our circulation desk, not into the "
            "discussion here.",
            "If you want to start a fresh discussion about patterns, threads or pillows, please open a new topic in "
            "the right section of the forum.",
        ),
    ),
    (  # advertising and selling
        (
            "No advertising",
            "Spam and selling",
            "Commercial content",
            "Promotions and links",
            "Can I sell something here?",
        ),
        (
            "Advertising, chain letters and links to online shops are not allowed; contact our advertising department "
            "if you would like to buy space.",
            "Members may list second-hand paddles, buoyancy aids and club kit for sale in the Kit Exchange section "
            "only.",
            "Buying and selling wild mushrooms is not permitted in the group, whatever the species or the price.",
            "Members who sell bobbins, pillows or patterns may mention them once a month in the Sales Table thread.",
            "{Cs} that exist only to promote a website, a business or a political party will be removed without "
            "notice.",
        ),
    ),
    (  # identity and accounts
        (
            "Your identity",
            "Registration and usernames",
            "One account per person",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "You must register with a working e-mail address before you can take part, and we will not share it with "
            "anyone.",
            "We prefer that you use your real name; a pen name is allowed, but pretending to be someone else is not.",
            "Each person may hold one account, and a second account opened to get round a ban will be closed along "
            "with the first.",
            "Do not claim to speak for the paper, the club committee, a council, a ministry or any public figure.",
            "Officers of the Fellowship should use their own names when they post official notices.",
        ),
    ),
    (  # the law
        (
            "Legal responsibility",
            "Defamation",
            "The law",
            "Election silence",
            "Is my {c} legal?",
            "Can I write about a court case?",
        ),
        (
            "You are legally responsible for what you write, so do not post anything you could not defend in court.",
            "Do not accuse anyone of a crime unless they have been convicted of it, and do not speculate about cases "
            "still before the courts.",
            "On the day before an election and on polling day campaigning is banned by law, and we will hold back "
            "campaign {cs} until the polls have closed.",
            "Untrue allegations that damage someone's reputation can lead to legal action against you as well as "
            "against the publisher.",
            "We comply with orders from the courts and the prosecutor's office, and may have to hand over your "
            "details when the law requires it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and patterns",
            "Quoting and linking",
            "Can I copy a whole article?",
        ),
        (
            "Do not paste whole articles from other newspapers or websites; quote a sentence or two and give a link.",
            "Lace patterns and prickings belong to their designers, so please do not share scans of published books "
            "or paid-for patterns.",
            "Only post photographs you have taken yourself or have permission to use, and say whose they are.",
            "Our recordings are made for blind and partially sighted listeners under a copyright exception and must "
            "not be uploaded or shared anywhere else.",
            "By posting you give us permission to publish your {c} on our website and, now and then, in print.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging {cs}",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it and a moderator will look at it.",
            "You can also write to moderators@woldsandmarsh.co.uk, giving the headline of the article and the time "
            "of the {c}.",
            "Reports are read in the order they arrive, and flagging a {c} does not mean it will be taken down.",
            "Please report rather than reply, because an argument under a rude {c} only makes it harder to clear up.",
            "Worries about a young person's safety should go straight to the District Commissioner or the police, "
            "not to the forum.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The moderators' decision",
            "Right to remove",
            "Why was my {c} removed?",
        ),
        (
            "The editors reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators make judgement calls, and they will not always get them right, but their decision stands.",
            "We do not discuss moderation decisions in public; if you think we got it wrong, write to "
            "editor@chisinauherald.md.",
            "The committee may remove anything it considers harmful to the guild or its members.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
        ),
    ),
    (  # errors and news tips
        (
            "Errors and corrections",
            "News tips",
            "Corrections",
            "Spotted a mistake?",
            "Got a story for us?",
        ),
        (
            "If you think we have made a factual error, tell us at corrections@gulfcoastbeacon.com rather than in the "
            "{cs}, so that it reaches the right person.",
            "We correct significant mistakes as quickly as we can and note the change at the foot of the article.",
            "Tell us about church fetes, school results and parish council decisions through the Send Us Your News "
            "page.",
            "Our readers cannot change what the local papers print, but we will put right our own reading errors in "
            "the next edition.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Write clearly",
            "Capital letters",
            "Which language should I use?",
            "Can I write in Romanian or Russian?",
        ),
        (
            "Please write in English; our moderators cannot check {cs} in other languages, and they may be removed.",
            "Bulgarian, Macedonian and Albanian are welcome if you add a short summary in English for other readers.",
            "Swearing, even with asterisks, will get your {c} rejected.",
            "Writing in capitals reads as shouting and is hard on screen-reader users, so please avoid it.",
            "Text-speak and long strings of emojis make a {c} harder for everyone to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspension",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will first be warned, then suspended for seven days, and then removed "
            "from the group.",
            "Serious abuse, threats or hate speech will lead to an immediate ban without warning.",
            "We may block accounts and IP addresses that are used again and again to break these rules.",
            "A ban applies to the whole site, and appeals should be made in writing to the editor within fourteen "
            "days.",
            "Scouts and Fellowship members may also face action under the Association's own code of conduct.",
        ),
    ),
    (  # safety
        (
            "Safety first",
            "Identification and safety",
            "On and off the water",
            "Emergencies",
            "Is it safe to eat?",
        ),
        (
            "Never eat a wild mushroom on the strength of an identification given in a {c} or from a photograph; if "
            "in doubt, leave it out.",
            "If you think someone has eaten a poisonous mushroom, go to hospital straight away and take a sample of "
            "it with you.",
            "Advice from members about capsize drills or cold water is no substitute for coaching from a qualified "
            "club coach.",
            "For storm warnings and evacuation orders, follow the National Weather Service and your county emergency "
            "management agency, not the {cs} here.",
            "Do not use this board to report an emergency; dial 999 if someone is in danger.",
        ),
    ),
)

#: Lines a site prints before its rules.
INTROS_94 = (
    "Please read these rules before you post.",
    "We welcome readers' {cs} and want the discussion to stay lively, fair and useful.",
    "By taking part you agree to the following house rules.",
    "These guidelines apply to all {cs} on our website and on our social media pages.",
    "Our forum is run by volunteers, and these few rules help keep it a friendly place for everyone.",
    "The following rules were agreed by the committee and apply to every member.",
)

#: Lines a site prints after them.
CLOSINGS_94 = (
    "Thank you for helping to keep the discussion civil.",
    "These rules may be changed from time to time without notice.",
    "Questions about these guidelines can be sent to moderators@woldsandmarsh.co.uk.",
    "Happy paddling, and see you at training.",
    "Last reviewed by the committee at the annual general meeting.",
    "Enjoy the discussion, and thank you for reading.",
    "Yours in Scouting, the Fellowship committee.",
)

#: Titles over them.
TITLES_94 = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Rules for commenting",
    "Forum rules",
    "Posting guidelines",
    "Terms of participation",
    "Group rules",
    "Guidelines for {cs}",
    "Rules of the discussion",
)

#: British spellings in the family's lines and their American forms.
AMERICAN_94 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "recognised": "recognized",
    "judgement": "judgment",
    "travellers": "travelers",
    "e-mail": "email",
}

_NOUNS_94: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_MINOR_94 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_WORDS_94 = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
#: Markers, by the way a site sets its list: {n} a number, {a} a letter, {A} a capital, {w} a number in words,
#: {s} the section's number.
_MARKERS_94 = {
    "numbered": ("{n}.", "{n})", "{n}/", "Rule {n}.", "Article {n}.", "Art. {n} -", "#{n}", "[{n}]"),
    "worded": ("Rule {w}:", "{w}."),
    "lettered": ("{a})", "({a})", "{A}."),
    "section": ("{s}.{n}", "{s}.{n}."),
    "bulleted": ("\u2022", "\u25ba", "\u2713", "\u2013", "-", "\u25cb", "\u25a0", "*"),
}
_AFTER_OWN_94 = ("", ":", ".")
_RUN_INTO_94 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


def _title_94(text: str) -> str:
    """``text`` in title case: each word capitalised, bar the short ones after the first."""
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_94 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _in_words_94(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _items_94(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which then never say "comment",
    and 0.15 more, which do as well) "post", "message", "reply", "contribution" or "response". Two or three kinds
    0.2 of the time, else four to twelve, in the table's order (0.55) or as drawn; for each one heading (a question
    where the kind has one, in 0.2 of the policies) and one sentence (0.45), two (0.4) or three, in order. Headings
    in sentence case (0.45), title case (0.3) or capitals; as a part of their own, bare or after a colon or a full
    stop, or run in before a colon, a hyphen, an en or em dash or a full stop; one way for the policy or (0.15) each
    item its own; none at all (0.15) or none on an item (0.08). Items unmarked (0.35), numbered (also "Rule 3.",
    "Article 3.", "Art. 3 -", "#3", "[3]"), in words ("Rule Three:"), lettered, by section ("4.2") or bulleted; the
    marker on the heading or, without one or run in, on the first sentence. Then :func:`_furnish` with the family's
    opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_94)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_94[noun], "C": noun.capitalize(), "Cs": _NOUNS_94[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_94)), count)
    if rng.random() < 0.55:
        picked.sort()
    asks = rng.random() < 0.2
    case = rng.choices((str, _title_94, str.upper), (0.45, 0.3, 0.25))[0]
    no_headings = rng.random() < 0.15
    each_own = rng.random() < 0.15
    way = (rng.random() < 0.5, rng.choice(_AFTER_OWN_94), rng.choice(_RUN_INTO_94))
    style = rng.choices(tuple(("none", *_MARKERS_94)), (0.35, 0.27, 0.05, 0.07, 0.06, 0.2))[0]
    shape = "" if style == "none" else rng.choice(_MARKERS_94[style])
    section = rng.randint(1, 9)
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_94(texts, words, no_comment) for texts in REWORDINGS_94[kind])
        if not headings or not sentences:
            continue
        questions = [heading for heading in headings if heading.endswith("?")]
        statements = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(questions if asks and questions else statements)
        heading = "" if no_headings or rng.random() < 0.08 else case(heading)
        many = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), many))]
        n = len(items)
        marker = shape.format(n=n + 1, a="abcdefghijklmno"[n], A="ABCDEFGHIJKLMNO"[n], w=_WORDS_94[n], s=section)
        marker = marker + " " if marker else ""
        own, after, into = way
        if each_own:
            own, after, into = rng.random() < 0.5, rng.choice(_AFTER_OWN_94), rng.choice(_RUN_INTO_94)
        if heading and own:
            items.append((marker + heading + ("" if heading.endswith("?") else after), *chosen))
            continue
        if heading:
            chosen[0] = (heading if heading.endswith("?") else heading + into.rstrip()) + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_94(texts, words, no_comment) for texts in (INTROS_94, CLOSINGS_94, TITLES_94))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_94)
