"""The ``reworded-70`` family's policies: posting rules as far-northern and North Atlantic sites print them (Yukon,
Northwest Territories and Nunavut papers, Greenlandic and Faroese English-language news, Newfoundland and Labrador
outport weeklies) and as small member organisations do (mountain-rescue teams, amateur-radio clubs, ski clubs, canal
and waterway trusts, credit-union member newsletters). Fifteen item kinds in :data:`REWORDINGS_70`, each a few
headings and a few sentences in those sites' voices; :func:`_items_70` draws a policy and prints it one site's way."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Headings are written in sentence case (proper nouns capitalised); the
#: generator prints them in title case or capitals as a site would. Every kind keeps at least one heading and one
#: sentence without the word "comment", for the sites that never use it.
REWORDINGS_70: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be respectful", "Keep it civil", "Respect your neighbours", "Can I disagree with someone?", "Courtesy"),
        (
            "Disagree with the idea, not the person.",
            "This is a small place and chances are you'll meet the person you're replying to at the post office, the "
            "arena or down on the wharf, so write the way you would speak to them there.",
            "Personal attacks, threats, bullying and remarks aimed at anyone's First Nation, Inuit or Métis identity, "
            "religion, sex, sexuality or disability will be removed, and threats may be passed to the RCMP.",
            "Argue about wax, grooming and start times all you like, but keep it friendly: we're all volunteers here.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Personal details", "Casualties and their families"),
        (
            "Do not post phone numbers, home addresses, licence plates or anyone's whereabouts, including your own.",
            "We never name the people we help or the person who called us out, and we ask that you don't either: "
            "families have learned the news from a social media post before the police reached their door.",
            "Never put your member number, card number or online banking password in a post or a reply; staff will "
            "never ask you for them here.",
            "Please get a parent's permission before posting photos of children from a race or a club night.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Messages are checked first",
            "All comments are moderated",
            "Delays",
        ),
        (
            "Every comment is read by a person before it goes up, which can take up to 48 hours over a weekend or a "
            "holiday.",
            "Our office is small and our internet runs over satellite, so please be patient if your reply doesn't "
            "show up right away.",
            "Posts from new members sit in a queue until one of the volunteer moderators approves them.",
            "Comments close seven days after a story is published.",
        ),
    ),
    (  # off topic
        ("Stay on topic", "Keep it relevant", "On topic, please", "Off-topic posts"),
        (
            "Keep to the subject of the story.",
            "If you want to raise something the story doesn't cover, send a letter to the editor at "
            "letters@northernledger.ca instead.",
            "Snow reports and trail conditions belong in the conditions forum, not under race results.",
            "Rag-chewing is welcome on the Lounge board, but please keep the technical boards technical and take "
            "politics elsewhere.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "Spam", "Buying and selling", "Is it okay to sell gear here?", "Commercial posts"),
        (
            "No advertising, chain letters or links to sites selling goods or services.",
            "Gear for sale or wanted goes in the Swap Shop, and every listing needs a price and the community you're "
            "in.",
            "Posts promoting other financial institutions, investment schemes or cryptocurrency will be removed.",
            "Boats, firewood and snowmobiles for sale go in the classifieds, not under the news from around the bay.",
        ),
    ),
    (  # real names and callsigns
        ("Use your real name", "Names and callsigns", "Can I post anonymously?", "Identify yourself"),
        (
            "Contributors must give their full name and home community; we do not publish anonymous letters or "
            "comments.",
            "Put your callsign in your profile and sign your messages with it.",
            "Posting under someone else's name, or a name meant to mislead, will end your membership of the forum.",
            "A nickname is fine, as long as the moderators can match your account to a paid-up member.",
        ),
    ),
    (  # the law
        ("The law", "Libel and court cases", "Legal matters", "Publication bans", "Stay within the law"),
        (
            "Do not post anything defamatory, that is, anything that could damage a person's or a business's "
            "reputation and that you cannot show to be true.",
            "Don't discuss cases before the courts in a way that could prejudice a trial, and never name a young "
            "person protected by the Youth Criminal Justice Act or anyone covered by a publication ban.",
            "You are legally responsible for what you post, and we may have to hand your details to the police or a "
            "court.",
            "Danish and Greenlandic law applies to everything published on this site.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and videos", "Your own work only", "Who owns what you post?"),
        (
            "Only post photos, maps and text you made yourself or have permission to use.",
            "Don't copy whole articles from other papers; a short quote and a link will do.",
            "By posting you allow the Trust to reproduce your contribution in its newsletter, on its website and in "
            "displays at the visitor centre.",
            "Contest logs, QSL card images and antenna plans remain the property of whoever made them.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting posts", "See something wrong?", "Flagging a message"),
        (
            "If a post breaks these rules, use the Report link beneath it and a moderator will take a look.",
            "Don't feed the trolls: flag the message and let us deal with it.",
            "To report something privately, email moderators@towpathtrust.org.uk with a link to the post.",
            "Reports are anonymous and we read every one, though we can't always reply.",
        ),
    ),
    (  # the moderators' discretion
        ("Our decision is final", "Moderators' discretion", "Editorial judgement", "Right to remove"),
        (
            "We reserve the right to edit, refuse or remove any comment without giving a reason.",
            "The moderators are volunteers, and their call on what stays up is final.",
            "Publishing a letter or a post does not mean the paper agrees with it.",
            "These rules may change at any time; the current version is always at the bottom of this page.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spot a mistake?", "Errors and corrections", "Got a news tip?"),
        (
            "If you think we have something wrong in a story, email news@iceroadpress.ca rather than posting it "
            "below, so we can fix it quickly.",
            "Corrections run on page 2 of the print edition and are noted at the foot of the online article.",
            "Tips and story ideas are always welcome by phone at the office in Iqaluit or by email.",
            "Wrong date on the race calendar? Let the club secretary know at secretary@ridgelineskiclub.org.",
        ),
    ),
    (  # language
        ("Language", "Which languages can I use?", "Mind your language", "Swearing"),
        (
            "You can post in English, French, Inuktitut or Inuinnaqtun; posts in other languages may take longer to "
            "approve while we find someone to read them.",
            "No swearing, including swearing with the letters swapped for asterisks.",
            "Contributions are welcome in English, Danish, Faroese or Greenlandic.",
            "Please avoid writing in capitals, which reads as shouting.",
        ),
    ),
    (  # warnings, bans and account closure
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Account closure"),
        (
            "Anyone who keeps breaking these rules will be warned once and then banned.",
            "We may suspend or close an account without notice, and anyone who signs up again to get round a ban will "
            "be removed for good.",
            "Serious or repeated bad behaviour will be reported to the club committee and may cost you your "
            "membership.",
            "You can ask for your account to be closed at any time by writing to webmaster@ve8club.ca.",
        ),
    ),
    (  # not for emergencies
        ("Not for emergencies", "In an emergency", "Need help on the hill?", "Emergencies"),
        (
            "This page is not watched around the clock: if someone is lost or hurt in the mountains, dial 999, ask "
            "for the Police and then Mountain Rescue.",
            "Never use the forum to report an emergency; dial 911, or call your community's RCMP detachment where "
            "there is no 911 service.",
            "To report a breach, flooding or a boat in difficulty on the canal, phone the 24-hour number on the "
            "notice at every lock instead of posting.",
            "If you think your card or online banking has been compromised, call your branch right away.",
        ),
    ),
    (  # advice and whose views
        ("Not financial advice", "Advice", "Whose views?", "A word of caution"),
        (
            "Nothing posted here is financial advice; speak to a member services representative before making "
            "decisions about your savings or a loan.",
            "Ice reports from readers have not been checked by the paper, so ask local hunters and the hamlet office "
            "before you travel on the sea ice.",
            "Advice about antennas, towers and mains wiring is given in good faith, and you follow it at your own "
            "risk.",
            "The views expressed are those of the people who post them, not of the club, its officers or its sponsors.",
        ),
    ),
)

#: Opening lines a site prints above its rules.
INTROS_70: tuple[str, ...] = (
    "We welcome your comments and want this to be a place where people from every harbour and hamlet can talk.",
    "Please read the following before posting.",
    "By posting on this forum you agree to the rules below.",
    "These rules were agreed by the committee and apply to every board on this site.",
    "The members' forum is for members, and we'd like it to stay friendly and useful.",
    "Thanks for joining the conversation. A few ground rules first:",
)

#: Closing lines a site prints below its rules.
CLOSINGS_70: tuple[str, ...] = (
    "Thanks for helping keep this a good place to talk.",
    "Questions about these rules? Write to webmaster@ve8club.ca.",
    "73, and see you on the air.",
    "See you on the hill.",
    "Last updated March 2024.",
    "Thank you for your comments and for reading local news.",
)

#: Title lines a site prints above its rules.
TITLES_70: tuple[str, ...] = (
    "Community guidelines",
    "Posting rules",
    "House rules",
    "Comment policy",
    "Forum rules",
    "Message board etiquette",
    "Guidelines for contributors",
    "Before you post",
)

#: British spellings in the family's text and their American ones.
AMERICAN_70: dict[str, str] = {
    "neighbours": "neighbors",
    "licence": "license",
    "judgement": "judgment",
    "centre": "center",
    "behaviour": "behavior",
    "harbour": "harbor",
}

_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}:", "{n} -")
_BULLETS = ("\u2022", "-", "*", "\u2013", "\u25aa")
_LETTERS = ("{a})", "({a})", "{a}.")


def _usable(lines: tuple[str, ...], plain: bool) -> list[str]:
    """``lines``, or for a site that never says "comment", those without the word."""
    return [line for line in lines if not (plain and _says_comment(line))]


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(word if i and word in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _cased(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    if case == "upper":
        return heading.upper()
    return heading


def _marker(list_style: str, index: int, form: str) -> str:
    if list_style == "numbers":
        return form.format(n=index + 1)
    if list_style == "letters":
        return form.format(a="abcdefghijklmnopqrstuvwxyz"[index])
    if list_style == "bullets":
        return form
    return ""


def _print_item(heading: str, sentences: list[str], style: str, case: str, marker: str) -> tuple[str, ...]:
    """One item as a site prints it: its heading on a line of its own (bare, with a full stop or a colon), run in
    before the first sentence after a colon or a dash, or absent; the list marker before whatever comes first."""
    if style != "none" and heading:
        shown = _cased(heading, case)
        asks = shown.endswith("?")
        if style in ("line", "stop", "colon"):
            ending = "" if asks or style == "line" else "." if style == "stop" else ":"
            head = shown + ending
            return ((f"{marker} {head}" if marker else head), *sentences)
        joint = " " if asks else ": " if style == "run-colon" else " \u2013 " if style == "run-dash" else " - "
        first = shown + joint + sentences[0]
        return ("", (f"{marker} {first}" if marker else first), *sentences[1:])
    first = f"{marker} {sentences[0]}" if marker else sentences[0]
    return ("", first, *sentences[1:])


def _items_70(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of ``reworded-70``, drawn in this order: whether the site never says "comment" (0.25; its headings,
    sentences, opening, closing and title lines then come from those without the word); how many items (two or three
    a fifth of the time, else four to twelve) and which kinds, kept in the table's order half the time, else as
    drawn; how the site prints headings (on a line of their own bare, with a full stop or with a colon, run in before
    a colon, an en dash or a hyphen, or none, a fifth of the policies), their case (as written, title case or
    capitals) and its list markers (numbers in one of five forms, bullets, letters, or none); whether each item is
    printed its own way instead (0.15). Then per item: a heading, one to three of the kind's sentences in the table's
    order (one 0.5, two 0.35, three 0.15), and now and then no heading (0.1). Last, :func:`_furnish`."""
    plain = rng.random() < 0.25
    table = [(_usable(headings, plain), _usable(sentences, plain)) for headings, sentences in REWORDINGS_70]
    few = rng.random() < 0.2
    kinds = rng.sample(range(len(table)), rng.randint(2, 3) if few else rng.randint(4, 12))
    if rng.random() < 0.5:
        kinds.sort()
    styles = ("line", "stop", "colon", "run-colon", "run-dash", "run-hyphen")
    style = "none" if rng.random() < 0.2 else rng.choice(styles)
    case = rng.choice(("as written", "as written", "title", "upper"))
    list_style = rng.choice(("numbers", "bullets", "letters", "plain", "plain"))
    form = rng.choice(_NUMBERS if list_style == "numbers" else _BULLETS if list_style == "bullets" else _LETTERS)
    mixed = rng.random() < 0.15
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = table[kind]
        heading = rng.choice(headings)
        wanted = min(len(sentences), rng.choices((1, 2, 3), weights=(0.5, 0.35, 0.15))[0])
        picked = sorted(rng.sample(range(len(sentences)), wanted))
        item_style = rng.choice(styles) if mixed else style
        if rng.random() < 0.1:
            heading = ""
        marker = _marker(list_style, index, form)
        items.append(_print_item(heading, [sentences[i] for i in picked], item_style, case, marker))
    return _furnish(
        items, rng, _usable(INTROS_70, plain), _usable(CLOSINGS_70, plain), _usable(TITLES_70, plain), AMERICAN_70
    )
