"""The ``reworded-87`` family: posting rules as Nepali, Sri Lankan and Bangladeshi English-language news sites,
Cumbrian fell-side and Yorkshire Dales papers, Louisiana Cajun-country and Texas Hill Country weeklies, climbing-wall
clubs, brass bands, food banks, heritage steam-railway volunteers and quilting guilds word and print them. Written
blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other families'
sentences.

Each kind in :data:`REWORDINGS_87` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "remark".
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: (headings, sentences) for each kind of rule, in the order a site would usually print them.
REWORDINGS_87: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other readers",
            "Play the ball, not the player",
            "Keep it friendly",
            "Can I disagree with other readers?",
            "What counts as a personal attack?",
        ),
        (
            "Debate the issue, not the person: name-calling, taunts and personal insults will be removed.",
            "Disagree as strongly as you like, but do it with the courtesy you would show a neighbour at the village "
            "show.",
            "We welcome lively argument, but {cs} that bully, belittle or threaten other readers will not be published.",
            "Treat fellow members as you would on the wall or in the band room, with patience and good humour.",
            "Mocking nicknames, sarcasm aimed at a named person and running feuds between readers are not allowed.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Communal harmony",
            "No discrimination",
            "Respect all communities",
            "Is criticism of a religion allowed?",
        ),
        (
            "Anything that incites hatred on grounds of caste, ethnicity, religion, region, gender or disability will "
            "be deleted without notice.",
            "Do not write anything that could stir up ill-feeling between communities; this country has paid too "
            "high a price for it already.",
            "Slurs against Sinhalese, Tamil, Muslim, Burgher or any other community have no place on this site.",
            "Stereotyping people for where they come from, be it the Tarai, the hills or across the border, is not "
            "acceptable.",
            "Racist, sexist, homophobic and anti-Traveller language is banned, including when it is dressed up as a "
            "joke.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal information",
            "Keep personal details out",
            "Can I name someone in my {c}?",
        ),
        (
            "Never publish another person's phone number, home address, workplace or vehicle number.",
            "Do not name or describe people who use the food bank, or anyone you believe may have done so.",
            "Photographs of children at the wall may not be shared without written consent from a parent or guardian.",
            "Please keep your own contact details out of your {cs}; if someone needs to reach you, the moderators "
            "will pass on a message.",
            "Do not identify victims of crime, young offenders or anyone whose name a court has withheld.",
        ),
    ),
    (  # moderation
        (
            "Moderation",
            "Pre-moderation",
            "All {cs} are checked",
            "Why hasn't my {c} appeared?",
            "How long does approval take?",
        ),
        (
            "Every {c} is read by a member of staff before it appears, so please allow up to 24 hours.",
            "Our moderators work office hours, Nepal time; {cs} sent on a Saturday are usually approved on Sunday "
            "morning.",
            "During power cuts, hartals and public holidays approval may take longer than usual.",
            "The {cs} are looked after by volunteers from the committee, so please be patient at weekends and on "
            "running days.",
            "Sending the same {c} again will not speed things up and may see it treated as spam.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Stick to the story",
            "Where should I ask general questions?",
        ),
        (
            "{Cs} should relate to the article above; general chatter belongs in the forum.",
            "Please keep to the subject under discussion and do not use one story to carry on an argument from "
            "another.",
            "Questions about membership, renewals and the climbing programme should go to the club secretary, not underneath "
            "a news item.",
            "Off-topic {cs} may be removed even if they are otherwise perfectly polite.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam",
            "No selling",
            "Commercial messages",
            "Can I mention my own business?",
        ),
        (
            "Do not use this space to advertise goods or services, promote a business or collect money for any cause.",
            "Quilts, fabric and patterns for sale should be listed in the guild newsletter, not here.",
            "Links to shops, betting sites, loan offers or visa agents will be deleted and the account blocked.",
            "Raffle tickets, concert tickets and fundraising appeals may only be announced by the committee.",
            "Chain letters, pyramid schemes and repeated links to your own channel all count as spam.",
        ),
    ),
    (  # identity
        (
            "Your identity",
            "Real names",
            "Use your own name",
            "One account per person",
            "Do I have to use my real name?",
        ),
        (
            "Please use your real first name and surname; {cs} under obvious false names may not be published.",
            "You may not impersonate another person, a public official or a member of our staff.",
            "Each reader may hold only one account, and second accounts used to dodge a ban will be closed.",
            "A valid e-mail address is needed to register, though it is never displayed.",
            "If you write about the band, the guild or the railway while holding office in it, please say so.",
        ),
    ),
    (  # the law
        (
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Contempt of court",
            "Could I be sued for what I write?",
        ),
        (
            "Do not make allegations of crime, corruption or dishonesty that you cannot prove; you may be held "
            "personally liable for what you write.",
            "Nothing may be published here that breaches the Electronic Transactions Act or any other law in force "
            "in Nepal.",
            "False statements published on this site can lead to action against the writer as well as the publisher.",
            "Do not discuss the guilt or innocence of anyone awaiting trial, as it could prejudice the case and put "
            "this newspaper in contempt of court.",
            "During the election silence period, no {c} urging a vote for or against any party or candidate will be "
            "published.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Other people's work",
            "Photographs and patterns",
            "Can I copy a whole article?",
        ),
        (
            "Do not paste in whole articles from other newspapers; a short quotation with the source is enough.",
            "Quilt patterns are the designer's property, so please share a link to the pattern rather than scans of "
            "it.",
            "Band arrangements are protected by copyright and must not be uploaded or swapped here.",
            "Photographs taken in the sheds, the visitor centre or on the trust's land may not be used commercially without its "
            "permission.",
            "By sending a {c}, you give us permission to publish it in print and online and to edit it for length.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flag it",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it and a moderator will look at it.",
            "Please do not answer abuse with abuse; report it and let us deal with it.",
            "Complaints may also be sent to moderator@fellsidegazette.co.uk, quoting the headline of the article.",
            "We read every report, but we cannot always tell you what action we have taken.",
            "The report button is not a way of voting down {cs} you disagree with.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "The committee's say",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or reject any {c} without giving a reason.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "The committee may remove anything it considers harmful to the organisation, and its decision is final.",
            "We do not enter into correspondence about individual moderation decisions.",
            "These guidelines may be changed at any time, and the latest version will always be on this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors and news tips",
            "Accuracy",
            "Got a story for us?",
        ),
        (
            "If you think we have got something wrong, e-mail the newsdesk rather than leaving a {c}, so it can be "
            "put right quickly.",
            "Corrections are printed on page two and added to the foot of the online story.",
            "News tips, photographs and results from your village can be sent to news@dalesweekly.co.uk.",
            "Please check your facts before sending a {c}; rumours travel fast in a small community.",
            "Story ideas from the parish are always welcome at www.bayouherald.com/tips.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No shouting",
            "Write in English",
            "Can I write in Nepali or Bangla?",
        ),
        (
            "{Cs} should be in English, though a few words of Nepali, Sinhala, Tamil or Bangla are fine if the "
            "meaning is clear.",
            "Cajun French and Spanish are welcome here, but swearing in any language is not.",
            "Please do not type in capitals, which reads as shouting, or fill your {c} with exclamation marks.",
            "Obscene language, including words with letters swapped for asterisks, will be removed.",
            "Dialect is welcome, this being the Dales, but keep it clean.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Repeat offenders",
            "Suspension",
            "What happens if I break the rules?",
        ),
        (
            "Anyone who breaks these rules will first receive a warning, and a second offence may lead to suspension.",
            "Serious abuse, threats, hate speech or persistent bad behaviour will lead to an immediate and permanent ban.",
            "We may pass details of threatening {cs} to the police.",
            "Banned members may not rejoin under another name, and any new account will be removed.",
            "Suspensions usually last seven days, after which you are welcome to take part again.",
        ),
    ),
    (  # safety
        (
            "Safety first",
            "Safety",
            "Advice on the hill",
            "Keep off the line",
            "Is advice given here reliable?",
        ),
        (
            "Route beta shared here is no substitute for proper instruction, so always have your knots and belay checked.",
            "Do not share tips for reaching the lineside, photographing from the track or trespassing on railway "
            "property.",
            "Conditions on the fells change fast; check the mountain forecast rather than relying on other readers.",
            "In an emergency on the hills call 999, ask for the police and then mountain rescue; do not leave a {c} "
            "asking for help.",
            "During hurricanes and high water, follow the parish sheriff's advice, not rumours shared here.",
        ),
    ),
)

#: Opening lines, printed before the first item.
INTROS_87: tuple[str, ...] = (
    "Please read these rules before joining the discussion.",
    "We want this to be a friendly place for everyone who reads the paper.",
    "The following guidelines apply to every {c} submitted to this site.",
    "By sending a {c}, you agree to the terms below.",
    "Our readers' {cs} are valued, and these house rules help keep the conversation worth having.",
    "These rules were agreed by the committee and apply to members and visitors alike.",
)

#: Closing lines, printed after the last item.
CLOSINGS_87: tuple[str, ...] = (
    "Thank you for helping keep the discussion civil.",
    "Questions about these rules can be sent to moderator@hillcountrystandard.com.",
    "Thank you for your co-operation.",
    "These guidelines were last reviewed by the committee in January.",
    "See you at the next meeting, and happy quilting.",
    "Thank y'all for keeping it neighbourly.",
    "Dhanyabad for reading and taking part.",
)

#: Title lines, printed above the policy.
TITLES_87: tuple[str, ...] = (
    "{C} guidelines",
    "House rules",
    "Community guidelines",
    "Rules for posting",
    "Our {c} policy",
    "Readers' {cs}: the rules",
    "Forum etiquette",
    "Terms of participation",
)

#: British spellings in the tables and their American forms.
AMERICAN_87: dict[str, str] = {
    "neighbour": "neighbor",
    "humour": "humor",
    "co-operation": "cooperation",
    "offence": "offense",
    "behaviour": "behavior",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
}

_NOUNS_87: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "remark": "remarks",
}
_MINOR_87 = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"))
_NUMBERS_87 = ("{n}.", "{n})", "({n})", "{n} -", "Rule {n}.", "#{n}", "{nn}.")
_LETTERS_87 = ("{a})", "({a})", "{A}.", "({i})", "{i}.")
_BULLETS_87 = ("\u2022", "-", "*", "\u25e6", "\u2714", "\u25ba")
_JOINTS_87 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
_ENDS_87 = ("", "", ".", ":")
_LOWER_ROMAN_87 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _title_87(text: str) -> str:
    """``text`` in title case: each word capitalised, the short ones after the first left as they are."""
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_87 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _in_words_87(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word put in, dropping those that say "comment" on a site that never does."""
    out = [text.format(**words) for text in texts]
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_87(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and a tenth more, which say it too) "post", "message", "reply", "contribution" or "remark".
    Two or three kinds a fifth of the time, four to eight half the time, else nine to fourteen; in the table's order
    (0.55) or shuffled. Headings: none (0.15), questions where a kind has one (0.2), or statements; in sentence case
    (0.45), title case (0.3) or capitals; on their own part, bare or ending in a full stop or colon, or run in before
    the first sentence after a colon, hyphen, en or em dash or full stop, one way for the policy or (0.15) drawn for
    each item; one item in ten without its heading. One sentence an item (0.4), two (0.4) or three, in the table's
    order, kept apart or (0.3 of the sites) run together as one paragraph. Items numbered (0.35), lettered or in
    small Roman numerals (0.1), bulleted (0.25) or plain, the marker before the heading or the first sentence. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_87)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_87[noun], "C": noun.capitalize(), "Cs": _NOUNS_87[noun].capitalize()}

    size = rng.random()
    count = rng.randint(2, 3) if size < 0.2 else rng.randint(4, 8) if size < 0.7 else rng.randint(9, 14)
    picked = rng.sample(range(len(REWORDINGS_87)), count)
    if rng.random() < 0.55:
        picked.sort()
    heads = rng.choices(("none", "questions", "statements"), (0.15, 0.2, 0.65))[0]
    case = rng.choices(("sentence", "title", "capitals"), (0.45, 0.3, 0.25))[0]
    setter = {"sentence": str, "title": _title_87, "capitals": str.upper}[case]
    per_item = rng.random() < 0.15
    run_in, end, joint = rng.random() < 0.45, rng.choice(_ENDS_87), rng.choice(_JOINTS_87)
    paragraph = rng.random() < 0.3
    style = rng.choices(("numbers", "letters", "bullets", "plain"), (0.35, 0.1, 0.25, 0.3))[0]
    shape = {
        "numbers": rng.choice(_NUMBERS_87),
        "letters": rng.choice(_LETTERS_87),
        "bullets": rng.choice(_BULLETS_87),
        "plain": "",
    }[style]

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_87(texts, words, no_comment) for texts in REWORDINGS_87[kind])
        if not headings or not sentences:
            continue
        asked = [text for text in headings if text.endswith("?")]
        told = [text for text in headings if not text.endswith("?")] or headings
        heading = rng.choice(asked if heads == "questions" and asked else told)
        if heads == "none" or rng.random() < 0.1:
            heading = ""
        heading = setter(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        marker = shape.format(
            n=n + 1, nn=f"{n + 1:02d}", a="abcdefghijklmnop"[n], A="ABCDEFGHIJKLMNOP"[n], i=_LOWER_ROMAN_87[n]
        )
        marker = marker + " " if marker else ""
        if per_item:
            run_in, end, joint = rng.random() < 0.45, rng.choice(_ENDS_87), rng.choice(_JOINTS_87)
        asking = heading.endswith("?")
        if heading and not run_in:
            items.append((marker + heading + ("" if asking else end), *chosen))
        elif heading:
            lead = heading + " " if asking else heading + joint
            items.append(("", marker + lead + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_87(texts, words, no_comment) for texts in (INTROS_87, CLOSINGS_87, TITLES_87))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_87)
