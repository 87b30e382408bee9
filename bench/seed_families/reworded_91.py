"""The ``reworded-91`` family: posting rules as Ugandan, Rwandan and South Sudanese English-language news sites, Isle of
Wight and Anglesey papers, Navajo Nation and Four Corners community papers, football referees' societies, woodworking
guilds, refugee-support volunteers, drone-flying clubs and birding hotlines word and print them. Written blind: from
how such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_91` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "submission"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Item kinds, each (headings, sentences): the headings a site might print over the item (a question or two among
#: them), and the sentences it might print under it, in the order a site would put them.
REWORDINGS_91: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Respect",
            "Be respectful",
            "Treat others as you would like to be treated",
            "Courtesy costs nothing",
            "How should I speak to other readers?",
            "Can I criticise the referee?",
        ),
        (
            "Play the argument, not the person: disagree as strongly as you like, but insults aimed at other readers"
            " will not be published.",
            "Name-calling, sneering and personal attacks have no place here, whoever started it.",
            "Criticism of a referee's decision is fair; abuse of the referee, his or her family or employer is not,"
            " and it is exactly what this society exists to stamp out.",
            "Remember that the people you write about may read your {c}, and so may their children.",
            "Newcomers ask simple questions, so answer them as patiently as someone once answered yours.",
        ),
    ),
    (  # hatred, tribalism and divisionism
        (
            "Hate speech",
            "No tribalism or hate speech",
            "Divisionism",
            "Ethnicity, religion and origin",
            "What counts as hate speech?",
        ),
        (
            "We do not publish {cs} that attack people for their tribe, clan, religion, race, nationality or the part"
            " of the country they come from.",
            "Anything that denies or minimises the 1994 Genocide against the Tutsi, or revives the divisions behind"
            " it, is a crime under Rwandan law and will be removed.",
            "Calling whole communities by names that dehumanise them, such as comparing people to animals or insects,"
            " will get your account closed at once.",
            "Refugees and people seeking asylum are our neighbours; {cs} blaming them as a group for crime or the"
            " housing shortage will not appear.",
            "Jokes about overners, the English, the Welsh or anyone else's accent stop being funny the moment they"
            " turn nasty.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Personal information",
            "Sensitive sites and nests",
            "Can I share someone's phone number?",
        ),
        (
            "Do not post anyone's address, telephone number, car registration or place of work, and that includes"
            " your own.",
            "Never name or photograph the families we support, or say where they are living; for some of them, being"
            " found could put their lives in danger.",
            "Nest sites of Schedule 1 species and other sensitive breeding birds must not be given, even as a rough"
            " area; send them to the county recorder instead.",
            "Footage shot over gardens, schools or private land, or showing people who can be recognised, must not be"
            " uploaded without their consent.",
            "Do not name young players or junior referees, and do not post photographs of children taken at matches.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "Pre-moderation",
            "Delays",
            "Why hasn't my {c} appeared?",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a member of staff before it appears, between 8am and 6pm East Africa Time, Monday"
            " to Friday.",
            "The hotline is run by volunteers, so a report sent late in the evening may not go out until the morning.",
            "Our office is in Window Rock, and the Navajo Nation keeps daylight saving time while the rest of Arizona"
            " does not, so allow for the clock before chasing a late {c}.",
            "On press day, or when the Red Funnel sailings are off and half the newsroom is stuck on the mainland,"
            " approval can take longer.",
            "If your {c} has not appeared within 48 hours it has probably been declined, so there is no need to send"
            " it again.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Relevance",
            "Keep to the subject",
            "What belongs on this list?",
            "Is this the right place for my {c}?",
        ),
        (
            "Keep your {c} to the subject of the story it sits under.",
            "This line is for sightings only: species, place, date, time and observer; general chat belongs on the"
            " forum.",
            "Questions about a particular appointment should go to your appointments secretary, not to the open board.",
            "Threads about politics or religion will be locked unless they have something to do with woodworking.",
            "Repeating the same point under every story, or steering a thread round to your own grievance, is treated"
            " as spam.",
        ),
    ),
    (  # advertising and selling
        (
            "Advertising",
            "No adverts",
            "Spam and selling",
            "Buying and selling",
            "Can I sell my old tools here?",
        ),
        (
            "Advertising, promotion of a business and requests for money are not allowed.",
            "Members may list timber, tools and finished pieces in the Sales and Wants section only, one listing an"
            " item, with a price.",
            "Second-hand drones, batteries and kit can be offered to other members on the classifieds page; traders"
            " must ask the committee first.",
            "Links to betting sites, loan offers and work-from-home schemes are deleted on sight, and so is the"
            " account that posted them.",
            "Fundraising appeals, even for good causes, must be cleared with the volunteer coordinator before they"
            " are shared with the group.",
        ),
    ),
    (  # names and accounts
        (
            "Your identity",
            "Names and accounts",
            "Use your real name",
            "One account each",
            "Who can post here?",
        ),
        (
            "Please use your real name; {cs} under an obviously false name, or pretending to be someone else, will be"
            " removed.",
            "Only members who have paid this year's subscription can post, and you will need your membership number"
            " to register.",
            "Referees should give their registration number when they sign up, so the moderators can check who they"
            " are.",
            "One account a person: a second account opened to get round a ban will be closed, along with the first.",
            "We never display your e-mail address, but we need one that works in case the editor has to contact you"
            " about your {c}.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and the courts",
            "Keep it legal",
            "Could my {c} land me in court?",
        ),
        (
            "You are legally responsible for what you write, and offensive communication is an offence under"
            " Uganda's Computer Misuse Act.",
            "Do not accuse anyone of a crime unless they have been convicted of it; an allegation you cannot prove"
            " can cost you, and us, a great deal of money.",
            "Once someone has been arrested or charged, do not speculate about their guilt, as that could prejudice"
            " a trial at Newport or Caernarfon.",
            "Cases before the Navajo Nation courts are covered by the same rules as any other court.",
            "Where the law requires it, we will pass details of a {c} to the police or to the Media Authority.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and footage",
            "Plans and patterns",
            "Can I copy a whole article?",
        ),
        (
            "Do not paste whole articles from this or any other site; a short quotation and a link are enough.",
            "Bird photographs belong to whoever took them, so do not post another person's picture without their"
            " permission and a credit.",
            "Plans bought from a designer may not be shared on the forum, however nicely someone asks for them.",
            "Only upload footage you shot yourself, and do not put copyrighted music on videos posted to the club's"
            " pages.",
            "By posting, you allow us to publish your {c} in print and online, but the copyright stays with you.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "To complain about something we have published, e-mail the online editor at"
            " onlineeditor@kampalatribune.co.ug with a link to it.",
            "Reports go straight to the moderators, who look at them as soon as they can, though you will not always"
            " hear back.",
            "A {c} that is reported many times is not taken down automatically; a person reads every report and"
            " decides.",
            "Anything that worries you about the safety of a volunteer or a family should go to the safeguarding"
            " lead by phone, not on the group.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Editing",
            "Why was my {c} removed?",
        ),
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "These rules are not a complete list; the moderators use their judgement, and their decision is final.",
            "The committee may remove anything it considers harmful to the guild or its members.",
            "We may close {cs} on a story at any time, particularly on court cases, deaths and anything involving"
            " children.",
            "Publishing your {c} does not mean we agree with it, and removing it does not mean we think you are wrong.",
        ),
    ),
    (  # language
        (
            "Language",
            "Which language?",
            "Mind your language",
            "Swearing and capitals",
            "Can I write in Luganda?",
        ),
        (
            "{Cs} should be in English so that every reader, and our moderators, can understand them.",
            "{Cs} in Kinyarwanda, Kiswahili or French are welcome, but they wait until a moderator who reads the"
            " language is on duty.",
            "You are welcome to write in Welsh, in English or in both.",
            "Diné bizaad is welcome here; please add a few words in English so that other readers can follow.",
            "No swearing, even with the letters starred out, and please do not write in capitals, which reads as"
            " shouting.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "Suspension",
            "Consequences",
            "What happens if I break the rules?",
        ),
        (
            "A first breach usually earns a warning, a second a week's suspension and a third a permanent ban.",
            "Threats, serious abuse or hate speech lead to an immediate ban, without warning.",
            "Members who abuse a referee online may also be reported to their county FA, and the society will help"
            " with any investigation.",
            "A banned member may appeal once, in writing, to the club secretary within 28 days.",
            "Volunteers who share a client's details will be stood down from the project.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Stay safe and legal",
            "Advice",
            "Flying safely",
            "Is the advice here reliable?",
        ),
        (
            "Nothing posted here is legal advice; anyone with a question about an asylum claim should speak to a"
            " regulated adviser.",
            "We will not publish videos of flights that break the Drone Code, such as flying above 120 metres or over"
            " crowds.",
            "Tips on tools and techniques are shared in good faith: always follow the maker's instructions and keep"
            " the guards on.",
            "Never enter private land, or a reserve after closing time, to chase a bird you have read about here.",
            "Pilots posting footage shot in the US must fly under the FAA's rules, including the 400-foot ceiling and"
            " keeping the aircraft in sight.",
        ),
    ),
    (  # rumours, accuracy and corrections
        (
            "Accuracy",
            "Rumours and false news",
            "Check before you post",
            "Corrections",
            "Is it true?",
        ),
        (
            "Do not pass on reports of fighting, deaths or attacks unless they come from a source you can name.",
            "Fake news, doctored photographs and false claims about the health of public figures will be deleted.",
            "Report only birds you have seen or heard yourself, and say clearly when an identification is not certain.",
            "If you spot a mistake in one of our stories, tell the newsroom at corrections@junctionvoice.com rather"
            " than leaving a {c}.",
            "Descriptions of rarities may be checked with the observer before they go out on the pager.",
        ),
    ),
)

#: A site's opening line, before the first item.
INTROS_91 = (
    "Before you post, please take a minute to read our house rules.",
    "We welcome {cs} from readers, but we ask everyone to keep to a few simple rules.",
    "These guidelines apply to everyone who posts on the society's forum, members and guests alike.",
    "Murakaza neza, and welcome. Please read these rules before joining the conversation.",
    "Yá'át'ééh, and welcome to our readers' {cs}.",
    "Webale kujja! Every {c} on this site is moderated, and these are the rules we apply.",
    "The group exists to help new arrivals settle, and these rules are there to keep everyone in it safe.",
    "All reports to the hotline are welcome, but please bear the following in mind.",
)

#: A site's closing line, after the last item.
CLOSINGS_91 = (
    "Thank you for helping to keep this a place worth reading.",
    "These rules were last updated in March and may change without notice.",
    "Questions about these rules can be sent to the moderators at moderation@monweeklynews.co.uk.",
    "By posting a {c}, you agree to these terms.",
    "Good birding, and good luck with the rarities.",
    "Diolch, and thank you.",
    "Ahéhee', and thank you for reading.",
    "Fly safely, and enjoy the hobby.",
    "Keep your chisels sharp and your {cs} civil.",
    "The full terms of use are at www.upcountrytimes.co.ug/terms.",
)

#: A site's title line over the policy.
TITLES_91 = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Posting rules",
    "Forum rules",
    "Hotline rules",
    "Guidelines for {cs}",
    "Reader {cs}: the rules",
    "Forum code of conduct",
    "Rules of the group",
)

#: British spelling as the family writes it, and the American a site over there prints instead.
AMERICAN_91 = {
    "criticise": "criticize",
    "minimises": "minimizes",
    "dehumanise": "dehumanize",
    "recognised": "recognized",
    "neighbours": "neighbors",
    "offence": "offense",
    "judgement": "judgment",
    "metres": "meters",
    "adviser": "advisor",
    "favour": "favor",
}

_NOUNS_91: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "submission": "submissions",
}
_MINOR_91 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"))
#: Item markers by style: ``{n}`` a number, ``{a}`` a small letter, ``{A}`` a capital, ``{w}`` a number in words.
_MARKERS_91 = {
    "numbered": ("{n}.", "{n})", "({n})", "{n} -", "{n} \u2013", "Rule {n}.", "Rule {n}:", "No. {n}", "Article {n}:"),
    "words": ("Rule {w}:", "Rule {w} \u2013", "{w}."),
    "lettered": ("{a})", "({a})", "{A}.", "[{a}]"),
    "bulleted": ("\u2022", "-", "*", "\u00bb", "\u25a0", "\u25c6", "\u2013", "o", "+"),
}
_WORDS_91 = (
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
    "Fourteen", "Fifteen",
)  # fmt: skip
_OWN_ENDS_91 = ("", "", ":", ".")
_JOINTS_91 = (": ", ": ", " - ", " \u2013 ", " \u2014 ", ". ", " / ")


def _title_91(text: str) -> str:
    """``text`` in title case: each word capitalised, the short ones only when first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_91 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _worded_91(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word put in, dropping those that say "comment" on a site that never does."""
    out = [text.format(**words) for text in texts]
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_91(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.15 more, which say it as well) "post", "message", "reply", "contribution" or "submission".
    Two or three kinds 0.15 of the time, else four to thirteen, in the table's order (0.55) or shuffled; for each, one
    heading (a question where the kind has one, on a fifth of the sites) and one sentence (0.45), two (0.4) or three
    (0.15), in the table's order, as parts of their own or (a quarter of the sites) run together as one paragraph.
    Headings none at all (0.15), or in sentence case (0.45), title case (0.3) or capitals; on a part of their own (bare,
    or after a colon or a full stop) or run in before a colon, a hyphen, an en or em dash, a full stop or a slash, one
    way a site or (0.2) each item its own, and now and then (0.08) an item without one. Items numbered ("1." "1)"
    "(1)" "1 -" "Rule 1:" "No. 1" "Article 1:" ...), numbered in words ("Rule One:"), lettered, bulleted or plain, the
    marker before whatever the item prints first; under a numbered heading on a part of its own, two or more
    sentences are lettered "(a)" "(b)" on a fifth of such sites. Then :func:`_furnish` with the family's opening,
    closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_91)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_91[noun], "C": noun.capitalize(), "Cs": _NOUNS_91[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 13)
    picked = rng.sample(range(len(REWORDINGS_91)), count)
    if rng.random() < 0.55:
        picked.sort()
    bare, questions, joined = rng.random() < 0.15, rng.random() < 0.2, rng.random() < 0.25
    case = rng.choices(("sentence", "title", "capitals"), (0.45, 0.3, 0.25))[0]
    site_way = (rng.choice(("own", "run-in")), rng.choice(_OWN_ENDS_91), rng.choice(_JOINTS_91))
    each_own = rng.random() < 0.2
    style = rng.choices(("plain", "numbered", "words", "lettered", "bulleted"), (0.3, 0.3, 0.07, 0.08, 0.25))[0]
    shape = "" if style == "plain" else rng.choice(_MARKERS_91[style])
    sub_letters = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_worded_91(texts, words, no_comment) for texts in REWORDINGS_91[kind])
        if not headings or not sentences:
            continue
        asked = [text for text in headings if text.endswith("?")]
        told = [text for text in headings if not text.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else told)
        if bare or rng.random() < 0.08:
            heading = ""
        elif case == "title":
            heading = _title_91(heading)
        elif case == "capitals":
            heading = heading.upper()
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        n = len(items)
        letter = "abcdefghijklmnopqrstuvwxyz"[n]
        marker = shape.format(n=n + 1, a=letter, A=letter.upper(), w=_WORDS_91[n]) + " " if shape else ""
        where, end, joint = site_way
        if each_own:
            where, end, joint = rng.choice(("own", "run-in")), rng.choice(_OWN_ENDS_91), rng.choice(_JOINTS_91)
        if heading and where == "own":
            if sub_letters and style == "numbered" and len(chosen) > 1:
                chosen = [f"({letter}) {text}" for letter, text in zip("abc", chosen, strict=False)]
            body = [" ".join(chosen)] if joined else chosen
            items.append((marker + heading + ("" if heading.endswith("?") else end), *body))
            continue
        if heading:
            lead = heading if heading.endswith("?") else heading + joint.rstrip()
            chosen[0] = lead + " " + chosen[0]
        body = [" ".join(chosen)] if joined else chosen
        items.append(("", marker + body[0], *body[1:]))
    intros, closings, titles = (_worded_91(texts, words, no_comment) for texts in (INTROS_91, CLOSINGS_91, TITLES_91))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_91)
