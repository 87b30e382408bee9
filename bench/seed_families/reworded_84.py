"""``reworded-84``: posting rules as Malawian, Lesotho and Eswatini English news sites, Sierra Leonean and Liberian
papers, Saint Helena and Tristan da Cunha pages, Minnesota Iron Range and North Dakota oil-patch weeklies,
table-tennis clubs, Morris sides, toy-library volunteers, dark-sky astronomy groups and civic trusts word and print
them under a story or atop a members' board. Written from how such sites word their rules, not from the cleaner."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Item kinds, each (headings, sentences): headings as the sites write them (sentence case; a question where a
#: site asks one), then the sentences an item of that kind draws one to three of.
REWORDINGS_84: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be respectful", "Keep it civil", "Play the ball, not the player", "Courtesy costs nothing"),
        (
            "Disagree with the argument if you must, but leave the person making it alone.",
            "No name-calling.",
            "We want a debate that a reader in Zomba, Mafeteng or Manzini can follow without being insulted, so "
            "insults, threats and bullying of other readers, of the people in our stories or of our reporters "
            "will be taken down however cleverly they are worded.",
            "Treat people on this board as you would at the club on a Tuesday night: play hard and shake hands "
            "afterwards.",
        ),
    ),
    (  # tribe, region, faith and party
        (
            "No tribalism or regionalism",
            "Hate speech",
            "Nobody is less than anybody",
            "Why was my post about a tribe removed?",
        ),
        (
            "Posts that run down people because of their tribe, region, religion, colour, sex or disability will "
            "not be published.",
            "Regionalist slurs go, whichever region they are aimed at.",
            "In the run-up to elections we see a great deal of party hatred in the comment section; calling on "
            "supporters of one party to harm another's, or calling a whole people thieves, is an offence as well "
            "as a breach of these rules.",
        ),
    ),
    (  # privacy
        ("Privacy", "Other people's details", "Protect the children", "Keep private things private"),
        (
            "Don't post anyone's telephone number, home address or e-mail, and that includes your own.",
            "Never name or post a photograph of a child who uses the toy library, even your own, without first "
            "asking the volunteer coordinator.",
            "Please don't give the exact place of a private observing site: most of ours are on farmland by the "
            "owner's kind permission, and a car's headlights at two in the morning can cost us the field.",
            "On an island this small everyone knows everyone, so think twice before you name a neighbour.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my comment appeared?", "Your post may take a while", "Delays"),
        (
            "Every comment is read by one of our staff before it goes up.",
            "Our moderators work St Helena hours (GMT) and the office is shut on Sundays and public holidays, so "
            "a comment sent on Saturday evening may wait until Monday.",
            "The island's internet link is slow and shared by everyone, so please allow several days for your "
            "message to appear and don't send it again.",
            "We are all volunteers; a post sent after the Friday session may not show until someone is home.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is it about the story?"),
        (
            "Keep to the subject of the article you are responding to.",
            "Campaign messages belong on the parties' own pages, not under a story about maize prices or the "
            "hospital in Bo.",
            "This board is for the side, its dances, its kit and its bookings; anything else can go to the social "
            "group.",
            "Sightings, kit and light-pollution news are welcome here; flying saucers are not.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "Spam", "Selling something?", "No scams"),
        (
            "No advertising, chain letters or links to shops; charities and community organisations may mention an "
            "event once.",
            "Job offers, man-camp beds, rooms for rent and 'work from home' schemes belong in the classifieds, "
            "not under the news, and will be deleted.",
            "Selling a telescope or swapping eyepieces? Put it on the sales board at darkskiesforum.org/sales, "
            "not in the discussion threads.",
            "Anyone promoting money-doubling, visa or loan schemes will be blocked on sight.",
        ),
    ),
    (  # real names
        ("Use your real name", "Who are you?", "Real names only", "One person, one account"),
        (
            "Use your real first and last name.",
            "Posts under made-up names, or from more than one account per person, will be removed.",
            "Please sign with the name you're known by at the club, so that members know who they're talking to.",
            "We need a working e-mail address to register you, but we will never show it to anyone else.",
        ),
    ),
    (  # the law
        ("The law", "Libel", "Defamation and contempt", "Know the law"),
        (
            "You are responsible in law for what you write.",
            "The laws of defamation apply to a post here just as they do to what we print in the paper, and "
            "criminal libel having gone from the statute book does not mean you cannot be sued.",
            "Do not say that anybody is guilty of a crime before a court has said so, and do not discuss evidence "
            "in a case before the magistrate or the High Court while it is being heard.",
            "Posts that could be held in contempt of court, or that breach the Kingdom's laws, will be removed "
            "and, where the law requires, handed to the authorities.",
        ),
    ),
    (  # copyright
        ("Copyright", "Whose work is it?", "Quoting and copying"),
        (
            "Don't paste whole articles from this or any other paper; a short quote and a link will do.",
            "Photographs posted here remain the property of whoever took them, so ask before you reuse an "
            "astrophotograph, even one of ours.",
            "Dance notations and tune sets shared on the board are for members' use; check with the Squire before "
            "you publish them anywhere else.",
            "Drawings and photographs from the Trust's archive may not be reproduced without written permission.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "See something wrong?", "Report it", "Flag it"),
        (
            "Use the 'Report' link beside any comment you think breaks these rules.",
            "If you see something that shouldn't be here, write to moderators@ironrangeweekly.com with a link to it.",
            "Reporting a post does not take it down by itself; a moderator will look at it, usually within a "
            "working day.",
            "Don't reply to a troll: report it and move on.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "The editor's discretion", "The committee decides"),
        (
            "The editor's decision on whether a comment is published is final.",
            "We may remove any post, or any part of one, without notice and without giving a reason.",
            "The Trust's moderators decide what stays up; appeals go to the chair, whose decision ends the matter.",
            "Publishing your views doesn't mean we share them.",
        ),
    ),
    (  # errors and corrections
        ("Errors", "Did we get it wrong?", "Corrections"),
        (
            "Spotted a mistake in one of our stories? Don't put it in the comments: write to "
            "corrections@freetowncourier.sl so that we can fix it.",
            "If we have a name, a date or a league score wrong, tell the newsroom at news@oilpatchweekly.com and "
            "we will correct it and apologise where we should.",
            "Results and rankings are updated by the league secretary, not by the moderators.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Write in English", "No shouting"),
        (
            "Write in English so that all readers and our moderators can follow.",
            "Posts in Chichewa, Sesotho, siSwati or Krio are welcome, but they may be held until someone can "
            "read them, and an insult is an insult in any language.",
            "No swearing, including words with a letter swapped or hidden behind asterisks.",
            "Please don't type in capital letters: it reads as shouting.",
        ),
    ),
    (  # warnings and closing an account
        ("Suspension", "Three strikes", "Closing your account", "Repeat offenders"),
        (
            "Repeat offenders will be blocked without warning.",
            "We give one warning by e-mail for bad behaviour; after a second breach the account is suspended for a "
            "month, and after a third it is closed for good.",
            "You can ask us to close your account at any time by writing to secretary@ourtoylibrary.org.uk; your "
            "old posts stay up unless you ask for them to be taken down as well.",
        ),
    ),
    (  # accidents, deaths and families
        ("Accidents and deaths", "Out of respect", "Families first"),
        (
            "Please don't name anyone hurt or killed on the highway or on a rig until the sheriff's office has "
            "released the name and the family has been told.",
            "Condolences are welcome; guesses about how a crash happened are not.",
            "When someone on the island dies we close the thread to everything but messages of sympathy.",
        ),
    ),
)

INTROS_84: tuple[str, ...] = (
    "We welcome your views on this story, but please read the following before you post.",
    "Comments are moderated. By posting you agree to these rules:",
    "The Trust's discussion pages are run by volunteers, and in return we ask contributors to follow a few simple "
    "rules.",
    "To keep the club board friendly, a few rules apply.",
    "Please take a minute to read our house rules before joining in.",
    "This is a community space for the Range and the people who care about it.",
)

CLOSINGS_84: tuple[str, ...] = (
    "Read the full terms of use at www.ironrangeweekly.com/terms.",
    "Thank you for helping to keep this a place where everyone can have their say.",
    "Zikomo for reading, and for keeping it civil.",
    "These rules may be changed by the committee at any time; the current version is always on this page.",
    "Questions about these rules? Write to the moderators at board@tdcislandnews.org.",
    "Tenki for keeping the conversation clean.",
    "By commenting you accept our terms and our privacy policy.",
)

TITLES_84: tuple[str, ...] = (
    "Posting rules",
    "Community guidelines",
    "House rules",
    "Before you post",
    "Comment policy",
    "Board etiquette",
    "Rules for the message board",
    "Talkback rules",
    "Reader forum guidelines",
    "Rules of the board",
)

#: British spellings the policies use, and the American a US page prints.
AMERICAN_84: dict[str, str] = {
    "colour": "color",
    "neighbour": "neighbor",
    "offence": "offense",
    "behaviour": "behavior",
    "organisation": "organization",
    "apologise": "apologize",
}

_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to"}
)

# How a policy numbers or bullets its items: a marker from the item's index (0-based).
_MARKERS = (
    lambda i: f"{i + 1}.",
    lambda i: f"{i + 1})",
    lambda i: f"({i + 1})",
    lambda i: f"Rule {i + 1}:",
    lambda i: f"No. {i + 1} \u2013",
    lambda i: f"{'abcdefghijklmno'[i]})",
    lambda i: f"({'abcdefghijklmno'[i]})",
    lambda i: "\u2022",
    lambda i: "-",
    lambda i: "*",
    lambda i: "\u2013",
    lambda i: "\u00bb",
)

# After a heading printed apart from its sentence; before the sentence when it runs in.
_APART = ("", ".", ":")
_RUN_IN = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if (n and word.lower() in _SMALL_WORDS) else word[:1].upper() + word[1:] for n, word in enumerate(words)
    )


def _cased(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    return heading.upper() if case == "capitals" else heading


def _heading_for(headings: tuple[str, ...], questions: bool, plain: bool, rng: random.Random) -> str:
    pool = [h for h in headings if not (plain and _says_comment(h))]
    asked = [h for h in pool if h.endswith("?")]
    if questions and asked:
        return rng.choice(asked)
    return rng.choice([h for h in pool if not h.endswith("?")] or pool)


def _items_84(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: two or three item kinds a fifth of the time, else four to twelve, kept in the table's order half
    the time and shuffled otherwise; one sentence of the kind (0.55), two (0.35) or three; a quarter of the sites
    never say "comment" anywhere. Each site prints its headings one way (as written, in title case or capitals;
    questions where a kind has one in a fifth of the policies), apart from the sentence (bare, a full stop or a
    colon after it) or run in before it (a colon, a hyphen, an en or em dash, a full stop), or not at all (0.15);
    a fifth of the sites choose afresh for each item, and any item goes without its heading one time in ten.
    Items are numbered, lettered or bulleted (0.6), the marker before whatever the item prints first. Then the
    opening, closing and title lines and the spellings by :func:`_furnish`."""
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_84)), count)
    if rng.random() < 0.5:
        picked.sort()
    # The site's ways, drawn left to right: no "comment", questions, a marker, no headings, a style per item.
    plain, questions = rng.random() < 0.25, rng.random() < 0.2
    marker = rng.choice(_MARKERS) if rng.random() < 0.6 else None
    headless, each_own = rng.random() < 0.15, rng.random() < 0.2

    def style() -> tuple[str, str, str]:
        case = rng.choice(("written", "written", "title", "capitals"))
        if rng.random() < 0.5:
            return case, "apart", rng.choice(_APART)
        return case, "run-in", rng.choice(_RUN_IN)

    site_style = style()
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(picked):
        headings, sentences = REWORDINGS_84[kind]
        usable = [s for s in sentences if not (plain and _says_comment(s))]
        many = 1 if rng.random() < 0.55 else (2 if rng.random() < 0.78 else 3)
        said = rng.sample(usable, min(many, len(usable)))
        case, placing, mark = style() if each_own else site_style
        heading = "" if headless or rng.random() < 0.1 else _cased(_heading_for(headings, questions, plain, rng), case)
        if heading and placing == "run-in":
            joint = mark if not heading.endswith("?") else " "
            said[0] = heading + joint + said[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += "." if mark == ":" and marker and marker(index).endswith(":") else mark
        prefix = f"{marker(index)} " if marker else ""
        if heading:
            heading = prefix + heading
        else:
            said[0] = prefix + said[0]
        items.append((heading, *said))
    intros, closings, titles = (
        [line for line in lines if not (plain and _says_comment(line))] for lines in (INTROS_84, CLOSINGS_84, TITLES_84)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_84)
