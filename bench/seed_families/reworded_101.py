"""The ``reworded-101`` family: posting rules as Sámi and northern Norwegian English-language pages, Lake District and
Furness papers, Arizona border-town weeklies, fell-running clubs, weaving guilds, community energy co-ops, befriending
services for older people and Scrabble clubs word and print them. Written blind: from how such sites put their rules,
not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_101` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand
for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says
"comment" can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Sixteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_101: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other readers",
            "Criticise ideas, not people",
            "Keep it friendly",
            "Can I disagree strongly?",
            "Why was my {c} removed for its tone?",
        ),
        (
            "Argue with what someone has said, not with who they are, and leave out the name-calling.",
            "We run on goodwill, in the same spirit as a club night: say what you would say across the table, and no "
            "more.",
            "Sarcasm and sneering rarely read the way they were meant, so please think twice before you press send.",
            "Strong disagreement is welcome here; personal attacks, threats and taunting behaviour are not.",
            "Treat everyone the way you would want a newcomer treated on their first evening with us.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "Respect for every community",
            "What counts as hate speech?",
        ),
        (
            "We remove any {c} that attacks people for their ethnicity, nationality, religion, sex, sexuality, "
            "disability or age.",
            "That includes slurs against Sámi, Kven and Roma people, migrants, asylum seekers and travellers, however "
            "they are dressed up as a joke.",
            "Debate about immigration and the border is fine; describing people as vermin, invaders or an infestation "
            "is not.",
            "Jibes about offcomers, tourists or the folk over the pass may feel like banter, but they often cause "
            "offence, so leave them out.",
            "Reports of hate speech are dealt with first, and the worst cases are passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private details private",
            "Don't share contact details",
            "Can I post my phone number?",
        ),
        (
            "Do not post anyone's home address, phone number, email address or car registration, and that includes "
            "your own.",
            "If you want to get in touch with another member, ask the secretary to pass on a message rather than "
            "printing your details here.",
            "Photographs of people taken at races, guild meetings or club nights should only be shared with their "
            "permission.",
            "Please don't name neighbours, colleagues or staff in a complaint; describe the problem without pointing "
            "at a person.",
            "We take contact details out of {cs} before they appear, which can hold a {c} back for a while.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting the people we support",
            "Children and vulnerable adults",
            "Dignity and confidentiality",
            "Why can't I mention the person I visit?",
        ),
        (
            "Volunteers must never name, describe or photograph the older people they befriend in a {c}, even in "
            "praise.",
            "Nothing that could identify a child, such as a full name alongside a school or a junior race category, "
            "will be published.",
            "If you are worried about someone's safety, please don't write about it here: ring our safeguarding lead, "
            "or the emergency services if someone is in danger now.",
            "Befriending is built on trust, and what is said on a visit or over the phone stays between the two of "
            "you.",
            "Concerns about a volunteer or a member of staff go to the coordinator in confidence, at "
            "safeguarding@fellsidefriends.org.uk.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Please be patient",
            "Moderation hours",
            "When will my {c} appear?",
            "Why hasn't my {c} appeared yet?",
        ),
        (
            "Every {c} is read by a person before it goes live, and that can take up to a day.",
            "Our moderators are volunteers, so {cs} sent in the evening or at the weekend may wait until the next "
            "morning.",
            "The office is closed on public holidays, including 17 May, and the queue is cleared when we are back.",
            "We are a weekly paper with a small staff, and on press day the queue may not be looked at until the "
            "paper has gone.",
            "All times shown are Mountain Standard Time, as Arizona does not keep daylight saving time.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Right place, right thread",
            "Off-topic {cs}",
            "Where should I ask about something else?",
        ),
        (
            "Please keep your {c} to the subject of the story or thread it sits under.",
            "Questions about race results, entries and start times should go to the race secretary rather than into "
            "a thread.",
            "If you want to dispute a word, look it up in the club's word list first; the board is no place to refight "
            "a challenge from Tuesday night.",
            "Queries about your own share account or the turbine's output are best sent to the co-op office, where "
            "someone can look them up.",
            "Start a new thread for a new subject, so that others can find it later.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posting",
            "Can I mention my business?",
        ),
        (
            "Do not use {cs} to advertise goods, services, events or websites.",
            "Yarn, looms and running kit for sale belong on the members' sales page, not under an article.",
            "Links put in purely to sell something, or repeated across threads, will be removed as spam.",
            "Energy brokers, solar salespeople and switching sites are not welcome to tout for business here.",
            "A passing mention of where you bought something is fine, as long as you have no stake in the shop.",
        ),
    ),
    (  # identity
        (
            "Your name",
            "Real names",
            "One account each",
            "No impersonation",
            "Do I have to use my real name?",
        ),
        (
            "We ask you to post under your own name, as you would sign a letter to the editor.",
            "Members may use a first name and the initial of their surname if they prefer, but the committee must "
            "know who you are.",
            "Keep to one account; a second one used to back yourself up in an argument will see both closed.",
            "Pretending to be another person, a club officer or one of our directors will end your account at once.",
            "A working email address is needed to register, and it is never shown to other readers.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Stay within the law",
            "Could I be sued for a {c}?",
        ),
        (
            "You are legally responsible for what you write, and a {c} can be defamatory just as an article can.",
            "Do not accuse a named person of a crime, dishonesty or misconduct unless it has been proved in court.",
            "Once someone has been charged, say nothing about their guilt, their past or the evidence until the trial "
            "is over, or you risk contempt of court.",
            "Norwegian law on hate speech and defamation applies to everything published on this site, wherever you "
            "write from.",
            "Guessing who is smuggling, who is undocumented or who was detained at the port of entry can put people "
            "in danger, and such {cs} will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and patterns",
            "Don't copy and paste",
            "Can I share an article in full?",
        ),
        (
            "Please don't paste whole articles from this or any other site; a short quotation with a link is enough.",
            "Race photographs belong to the photographers who took them, and should be credited and not copied "
            "without asking.",
            "Weaving drafts and patterns shared by members are for members' own use and may not be sold or "
            "republished.",
            "Traditional Sámi patterns and duodji belong to the communities they come from, so please do not post "
            "them for others to copy.",
            "By sending a {c} you give us a licence to publish it here and in print, and you confirm that it is your "
            "own work.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a {c}",
            "Flagging",
            "Seen something that breaks the rules?",
            "How do I report a {c}?",
        ),
        (
            "Use the report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Please report rather than reply: answering an abusive {c} only keeps it going.",
            "If the report link doesn't work for you, email moderation@furnessdispatch.co.uk with a link to the {c} "
            "and a line about what is wrong.",
            "Reports are anonymous, and the person you report is never told who flagged them.",
            "We cannot act on every report straight away, but each one is read.",
        ),
    ),
    (  # discretion
        (
            "Our decision",
            "Editorial discretion",
            "The committee's right to remove",
            "Final say",
            "Can I appeal a removal?",
        ),
        (
            "We may edit, hold back or remove any {c} at our discretion, and we do not have to give a reason.",
            "Threads on difficult stories may be closed early or not opened at all.",
            "If you think a {c} has been removed unfairly, write to the editor once; the decision after that is final.",
            "The committee's reading of these rules is final, and arguing about a moderation decision in public will "
            "not change it.",
            "A {c} that stays up is not one we agree with, or one we have checked.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "News tips",
            "Errors and tips",
            "Spotted a mistake?",
            "Got a story?",
        ),
        (
            "If we have got something wrong, tell us at the address below rather than in the {cs}, so that it can be "
            "put right quickly.",
            "Corrections are made in the article itself and noted at its foot.",
            "News tips, photographs and letters for the paper can be sent to newsdesk@borderlandsweekly.com.",
            "Results with a mistake in them go to the results officer, who will check them against the finish sheets.",
            "Please don't post news of an accident or a death before the family has been told.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Swearing",
            "Which language?",
            "Can I write in Sámi or Spanish?",
        ),
        (
            "{Cs} in English are easiest for our moderators, but Northern Sámi, Norwegian and Spanish are welcome too.",
            "A few words of Cumbrian are part of the place, but a whole {c} in dialect may be hard for others to "
            "follow.",
            "Swearing, even with the letters starred out, will be removed.",
            "Please don't write in capitals, which read as shouting, or in text-speak.",
            "If you write in another language, a line of English alongside it helps everyone join in.",
        ),
    ),
    (  # consequences
        (
            "Breaking the rules",
            "Warnings and bans",
            "Suspension",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "A first breach will usually get a friendly word from a moderator.",
            "Repeated breaches lead to a suspension, and after that a permanent ban.",
            "Serious abuse, threats or hate speech will see an account closed without warning.",
            "Anyone banned who comes back under a new name will be removed again.",
            "Banned members may write to the secretary to ask for a review after six months.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Advice at your own risk",
            "Take care on the hill",
            "Health and safety",
            "Is the advice here checked?",
        ),
        (
            "Route descriptions and conditions posted by members are not checked, and the fells can change in an "
            "afternoon, so always carry a map, a compass and full body cover.",
            "Nothing posted here is professional advice, and any electrical work should be done by a qualified "
            "electrician.",
            "Advice about health, medicines or money for older people should come from their GP or an adviser, not "
            "from a thread.",
            "If you see someone in difficulty on a race or a recce, help first and post later.",
            "Please don't give grid references for nests, dens or reindeer calving grounds.",
        ),
    ),
)

#: Opening lines, before the first item.
INTROS_101: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We want this to be a friendly place to talk, so we ask everyone to keep to a few simple rules.",
    "By sending a {c} you agree to the rules below.",
    "These house rules apply to every {c} on the site, whether you are a member or a visitor.",
    "The guild's noticeboard is open to all members, on a few conditions.",
    "Our {cs} are moderated by volunteers, who follow the guidance below.",
    "A few words on how we run the discussion under our stories.",
    "Most of this is common sense, but it helps to have it written down.",
)

#: Closing lines, after the last item.
CLOSINGS_101: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "Questions about these rules can be sent to the editor.",
    "These guidelines are reviewed by the committee every spring and may change.",
    "If in doubt, leave it out.",
    "Happy posting, and see you on the fells.",
    "Giitu, and thank you for reading.",
    "Enjoy the conversation.",
    "Thank you for your {cs}; we read every one.",
)

#: Title lines, above the policy.
TITLES_101: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Rules for posting",
    "Noticeboard guidelines",
    "Guidelines for {cs}",
    "Before you post",
    "Members' forum etiquette",
    "Guestbook rules",
    "Discussion rules",
    "Posting guidelines",
)

#: British spellings in the tables above and their American forms.
AMERICAN_101: dict[str, str] = {
    "criticise": "criticize",
    "behaviour": "behavior",
    "travellers": "travelers",
    "offence": "offense",
    "neighbours": "neighbors",
    "licence": "license",
}

_NOUNS_101: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_MINOR_101 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "no"))
_NUMBERS_101 = ("{n}.", "{n})", "({n})", "\u00a7{n}", "Point {n}:", "{n} \u2013", "No. {n}:", "{n}:")
_LETTERS_101 = ("{a}.", "({a})", "{A}.", "{A})")
_ROMANS_101 = ("{r}.", "({ri})", "{ri}.")
_BULLETS_101 = ("\u2022", "\u25e6", "-", "*", "\u2013", "\u25a0", "\u25ba", "\u2713")
_AFTER_OWN_101 = ("", ".", ":")
_RUN_INS_101 = (": ", ". ", " \u2013 ", " \u2014 ", " - ")
_ROMAN_101 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI")


def _title_case_101(text: str) -> str:
    """``text`` with each word capitalised, but the short words after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_101 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


#: How a site sets its headings, from the sentence case they are written in.
_CASES_101 = {"sentence": str, "title": _title_case_101, "capitals": str.upper}


def _in_site_words_101(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word for what readers send, less any that say "comment" on a site that never does."""
    out = (text.format(**words) for text in texts)
    return [text for text in out if not (no_comment and _says_comment(text))]


def _marker_101(shape: str, n: int) -> str:
    """The marker ``shape`` for the ``n``-th item (from 0), with the space after it, or nothing."""
    if not shape:
        return ""
    roman = _ROMAN_101[n]
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=roman, ri=roman.lower()) + " "


def _items_101(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and 0.1 more, which say it too) "post", "message", "reply" or "contribution". Two or
    three kinds 0.15 of the time, else four to thirteen, in the table's order (0.65) or as drawn; for each, one
    heading (a question where the kind has one, in a quarter of the policies) and one of its sentences (0.5), two
    (0.35) or three, in the table's order (0.75) or as drawn. Headings in sentence case, title case or capitals; on a
    part of their own (bare, or after a full stop or a colon), run in before a colon, a full stop, an en or em dash or
    a hyphen, or (a tenth of the policies that ask questions) set as "Q:" before the question and "A:" before the
    answer; one way for the whole policy or (0.15) each item its own; none at all (0.18) or none for one item (0.08).
    Items numbered, lettered, in Roman numerals, bulleted or neither, the marker before the heading or, without one,
    before the first sentence. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_101)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_101[noun], "C": noun.capitalize(), "Cs": _NOUNS_101[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 13)
    picked = rng.sample(range(len(REWORDINGS_101)), count)
    if rng.random() < 0.65:
        picked.sort()
    no_headings = rng.random() < 0.18
    questions = rng.random() < 0.25
    faq = questions and rng.random() < 0.1
    set_case = _CASES_101[rng.choices(tuple(_CASES_101), (0.5, 0.3, 0.2))[0]]
    whole = (rng.choice(("own", "run-in")), rng.choice(_AFTER_OWN_101), rng.choice(_RUN_INS_101))
    each_own = rng.random() < 0.15
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.06, 0.06, 0.23))[0]
    shapes = {"numbered": _NUMBERS_101, "lettered": _LETTERS_101, "roman": _ROMANS_101, "bulleted": _BULLETS_101}
    shape = rng.choice(shapes[style]) if style in shapes else ""

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_site_words_101(texts, words, no_comment) for texts in REWORDINGS_101[kind])
        if not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        told = [heading for heading in headings if not heading.endswith("?")]
        pool = asked if questions and asked else told or asked
        heading = "" if no_headings or not pool or rng.random() < 0.08 else rng.choice(pool)
        heading = set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0], len(sentences))
        order = sorted(rng.sample(range(len(sentences)), how))
        if rng.random() < 0.25:
            rng.shuffle(order)
        chosen = [sentences[i] for i in order]
        marker = _marker_101(shape, len(items))
        where, after, joint = whole
        if each_own:
            where, after, joint = rng.choice(("own", "run-in")), rng.choice(_AFTER_OWN_101), rng.choice(_RUN_INS_101)
        if heading and faq and heading.endswith("?"):
            items.append((marker + "Q: " + heading, "A: " + chosen[0], *chosen[1:]))
        elif heading and where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else after), *chosen))
        elif heading:
            lead = heading + " " if heading.endswith("?") else heading + joint
            items.append(("", marker + lead + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_site_words_101(texts, words, no_comment) for texts in (INTROS_101, CLOSINGS_101, TITLES_101)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_101)
