"""The ``reworded-79`` family: posting rules as Surinamese and Guyanese-Dutch English pages, Azorean and Madeiran
diaspora sites in English, Tahitian and Marquesan English pages, Vermont hill-town weeklies, Idaho panhandle papers,
brass bands, model-boat clubs, go (baduk) clubs, hospital-radio volunteers and canal-boat hire co-ops word and print
them. Written from how such sites put their rules, without reading the cleaner (``FAMILIES.md`` says
before which change)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings as the sites write them, a question where they ask one; the sentences a site may print
#: for it, one or two to a variant).
REWORDINGS_79: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = (
    (  # civility
        ("Be Civil", "Respect Other Members", "Good Manners, as at the Board", "Keep it friendly", "Can I Criticise?"),
        (
            ("Argue with the idea, not with the person who posted it.",),
            (
                "We're a small band and most of us see each other at rehearsal on Tuesday, so write as you would "
                "speak across the band room.",
                "Sniping about who got the solo cornet seat stays off the forum.",
            ),
            (
                "Treat other members as you would across the board: a bow before the game, no gloating after it, "
                "and no insults at any point, whatever your grade.",
            ),
            (
                "Disagree as hard as you like about the select board, the school budget or the gravel pit on the "
                "Ridge Road, but name-calling, sneering at people's spelling and digs at someone's family will get "
                "a comment taken down without a warning, and the second time without a word from us either.",
            ),
        ),
    ),
    (  # hatred
        ("No Hate", "Racism and Discrimination", "Respect Every Community", "What Counts as Hate Speech?"),
        (
            (
                "Suriname is home to Hindostani, Creole, Maroon, Javanese, Chinese, Indigenous and many other "
                "families, and posts that attack any of them as a group will be removed and the poster blocked.",
            ),
            ("No racial, ethnic or religious slurs, in any language.", "That includes the ones dressed up as jokes."),
            (
                "Remarks about islanders, immigrants or anyone's accent, colour or faith that you would not make to "
                "a neighbour at the festa do not belong here.",
            ),
            (
                "We delete abuse aimed at anyone because of race, religion, sex, sexual orientation, disability or "
                "national origin.",
            ),
        ),
    ),
    (  # privacy
        ("Privacy", "Patients' Privacy", "Personal information", "Don't Post Private Details"),
        (
            (
                "Please never name a patient or say which ward or bed they are on, even when you are passing on a "
                "request they asked you to make.",
                "Dedications go through the request line, not here.",
            ),
            ("Do not post anyone's address, phone number, e-mail or workplace, yours included.",),
            (
                "Photographs of junior band members may only be shared by the band's welfare officer, and only "
                "with the family's written consent.",
            ),
            (
                "Hirers' names, their bookings and where a boat is moored overnight are private; if you spot one "
                "of the co-op's boats somewhere odd, e-mail the office at bookings@canalsharecoop.org.uk rather "
                "than posting about it.",
            ),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Hasn't My Post Appeared?", "Pre-moderated posts", "When Will My Reply Show Up?"),
        (
            (
                "Every comment is read by a person before it appears, and our moderators are in Papeete, ten or "
                "eleven hours behind London, so a post sent in the European evening may not show until the next "
                "morning.",
            ),
            (
                "We are a weekly with two people in the office.",
                "Posts sent after the Wednesday deadline may sit in the queue until Monday.",
            ),
            (
                "Posts from new members are held for approval.",
                "Once you have five approved posts, yours will go up straight away.",
            ),
            (
                "Our moderators are volunteers who also do ward rounds and studio shifts, so allow up to 48 hours "
                "before deciding a message has been lost.",
            ),
        ),
    ),
    (  # topic
        ("Stay on Topic", "Keep to the Thread", "Right Board, Right Thread", "Is It Relevant?"),
        (
            (
                "Keep your comment to the subject of the story.",
                "A remark about the fire district budget under an obituary will be deleted, however good the point.",
            ),
            (
                "Game reviews go in the Game Records board and beginners' questions in the Teaching Corner; posts "
                "in the wrong place will be moved, and members who keep doing it will be asked to read this page "
                "again.",
            ),
            (
                "Politics from the old country is welcome under stories about the islands, but not under every "
                "story about the feast in Fall River.",
            ),
            ("Stick to the thread.",),
        ),
    ),
    (  # spam and selling
        ("No Spam", "Advertising", "Selling and swapping", "Can I Advertise My Business?"),
        (
            ("No advertising, chain letters or links to sites selling anything.",),
            (
                'Kits, hulls, radio gear and engines may be offered for sale only on the board marked "Sales & '
                'Wants", with a price and a rough location, and traders must write to the club secretary at '
                "secretary@saltmarshmodelboats.org.uk before posting.",
            ),
            (
                "If you have instruments, music or uniforms to sell, place a notice in the classifieds at "
                "www.northernbrassnotices.co.uk/classifieds; sales posts in the forum are removed.",
            ),
            ("Anything that looks like spam is deleted.", "Accounts that exist only to post links are closed."),
        ),
    ),
    (  # real names
        ("Use Your Real Name", "Real names only", "One Person, One Account", "Do I Have to Use My Name?"),
        (
            (
                "Comments must carry your first and last name and the town you live in, as letters to the editor "
                "always have.",
            ),
            (
                "Sign your posts with your real name.",
                "Screen names are fine on the game server but not on the club forum.",
            ),
            ("One person, one account.", "Second accounts used to back up your own arguments will both be closed."),
            (
                "We do not publish anonymous posts, but if you have a good reason to stay anonymous, such as a job "
                "with the county, write to editor@coeurlakesledger.com and explain.",
            ),
        ),
    ),
    (  # the law
        ("Libel", "Stay Within the Law", "Defamation and the courts", "Is It Libel?"),
        (
            ("Do not accuse anyone of a crime they have not been convicted of.",),
            (
                "You are responsible for what you post, and under French law, which applies in French Polynesia, "
                "the author of a defamatory message can be prosecuted as well as the site that carried it.",
            ),
            (
                "Don't post anything that could prejudice a trial, such as guesses about the guilt of someone who "
                "has been charged.",
                "We close a story's comments while a case is before the court.",
            ),
            (
                "Posts that are defamatory, threatening or otherwise against the law of Suriname, Guyana or the "
                "country you are writing from will be taken down, and we will co-operate with the police where the "
                "law requires it.",
            ),
        ),
    ),
    (  # copyright
        ("Copyright", "Other People's Work", "Photos and music", "Whose Photo Is It?"),
        (
            ("Only post photographs you took yourself or have permission to use, and say who took them.",),
            (
                "Band parts, arrangements and test-piece recordings are copyright.",
                "Please don't upload scans of them, even for a band that has folded.",
            ),
            (
                "Game records from professional tournaments and problems copied out of books belong to someone; "
                "link to the source instead of pasting the moves.",
            ),
            ("Recordings of our request shows are for the hospital's patients and may not be reposted elsewhere.",),
        ),
    ),
    (  # reporting
        ("Report a Post", "Reporting", "Seen Something Wrong?", "Flagging"),
        (
            (
                "Use the flag under any post you think breaks these rules.",
                "A moderator will look at it, usually within a day.",
            ),
            (
                "If something here upsets you or looks like it breaks the rules, e-mail "
                "moderators@madeiradiasporanews.com with a link to it; please don't answer it in the thread.",
            ),
            ("Click Report rather than arguing back.",),
            (
                "Reports are read by the volunteer on duty, so give the thread and a few words about what is wrong, "
                "and don't report a post just because you disagree with it, as that slows down the ones that "
                "matter.",
            ),
        ),
    ),
    (  # discretion
        ("Our Decision Is Final", "The Moderators' Call", "Editor's discretion", "Who Decides?"),
        (
            ("The editor decides what is published, and may edit or remove any post without giving a reason.",),
            (
                "The committee's moderators have the last word.",
                "Disputes about a removed post can be raised at the next club night, not in the forum.",
            ),
            ("We may remove posts that keep to the letter of these rules but not to their spirit.",),
            ("Publishing your comment is a favour, not a right, and we may close comments on any story at any time.",),
        ),
    ),
    (  # errors
        ("Corrections", "Spotted a Mistake?", "Errors", "Tell Us If We Got It Wrong"),
        (
            (
                "If you think a story has a mistake in it, tell the newsroom at corrections@greenmountainhillsider.com "
                "instead of leaving a comment, so that it can be fixed for everyone.",
            ),
            (
                "Wrong result or wrong grade on the club ladder?",
                "Message the ladder secretary; the forum is not the place to fix it.",
            ),
            ("We correct errors of fact promptly and note the correction at the end of the story.",),
        ),
    ),
    (  # language
        ("Language", "Which Languages?", "Bad Language", "Keep It Clean"),
        (
            ("Posts may be in English, Dutch or Sranan Tongo.", "Swearing in any of them will be deleted."),
            (
                "You may write in English, French, Tahitian or Marquesan; our moderators read all four, so an "
                "insult does not get through because it is in Tahitian.",
            ),
            ("No swearing, no text speak and no posting in capitals, which reads as shouting.",),
            ("English or Portuguese, please, and keep it clean; children read this site.",),
        ),
    ),
    (  # suspension and closing an account
        ("Suspensions", "Warnings and Bans", "Closing your account", "Can I Delete My Account?"),
        (
            ("Members who break these rules get a warning, then a week's suspension, then a ban.",),
            ("We may suspend or close any account that breaks these rules, without notice.",),
            (
                "To close your account, write to membership@canalsharecoop.org.uk from the address you registered "
                "with.",
                "Your old posts stay up unless you ask us to remove them.",
            ),
        ),
    ),
    (  # emergencies
        ("Emergencies", "Not for Emergencies", "Safety first", "Urgent Problems?"),
        (
            (
                "This forum is not watched around the clock.",
                "If a boat is in trouble at a lock or on the water, call 999 first and the co-op's emergency line "
                "second.",
            ),
            (
                "Do not use the comments to report a fire, a missing hiker or a closed road; call 911 or the county "
                "dispatch line.",
            ),
            (
                "Worries about a patient's care should go to the ward staff or the hospital's patient advice "
                "service, not to the radio station.",
            ),
            (
                "Storm and cyclone warnings come from Meteo-France and the High Commission, never from posts on "
                "this page.",
            ),
        ),
    ),
)
INTROS_79 = (
    "Before you post, please read our house rules.",
    "We welcome comments from readers, and a few rules keep the conversation worth reading.",
    "These guidelines apply to every post on the forum.",
    "Our community is small, so we keep the rules short.",
    "By posting here you agree to the following.",
    "Comments are open on most stories, on these conditions.",
)
CLOSINGS_79 = (
    "The full terms of use are at www.ridgetownrecord.com/terms.",
    "Questions about these rules? Write to the editor.",
    "Thank you for keeping this a friendly place to talk.",
    "These rules were last revised by the committee in March.",
    "Comments on this site are also governed by our terms of service.",
    "Anything unclear? Ask a committee member at club night or e-mail info@ravensbadukclub.org.",
)
TITLES_79 = (
    "House Rules",
    "Comment Policy",
    "Posting Guidelines",
    "Forum Rules",
    "Community Standards",
    "Before You Post",
    "Rules for Comments",
    "Forum Etiquette",
)
AMERICAN_79 = {
    "colour": "color",
    "neighbour": "neighbor",
    "favour": "favor",
    "criticise": "criticize",
    "organisation": "organization",
    "offence": "offense",
    "licence": "license",
    "judgement": "judgment",
    "behaviour": "behavior",
    "co-operate": "cooperate",
    "centre": "center",
    "programme": "program",
}
#: Words a sentence-case heading keeps capitalised.
_PROPER = {"I", "Dutch", "English", "French", "Tahitian", "Marquesan", "Portuguese", "Sranan", "Tongo", "Report"}
_NUMBERS = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"Rule {n}:",
    lambda n: f"Art. {n}",
    lambda n: f"{n} -",
    lambda n: f"No. {n}",
)
_LETTERS = (lambda n: f"{'abcdefghijklmnop'[n - 1]}.", lambda n: f"({'abcdefghijklmnop'[n - 1]})")
_BULLETS = ("\u2022", "-", "*", "\u2013", "\u00bb", "\u00b7", "\u25aa", "o")
_RUN_IN = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


def _sentence_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        [words[0]] + [word if word.strip(",.?:'") in _PROPER else word.lower() for word in words[1:]],
    )


def _items_79(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy: whether it never says "comment" (0.25), two or three kinds (0.2) or four to twelve, in the
    table's order (0.5) or as drawn; headings as written, in sentence case (0.3) or capitals (0.2), questions
    preferred (0.2) or avoided, on a part of their own bare or after a full stop or colon (0.45), run in before a
    colon, a dash or a full stop (0.4), or none (0.15), one way a policy or each item its own (0.3), an item without
    its heading (0.1); numbered (0.3, lettered 0.2 of that), bulleted (0.25) or neither; each item one variant, with
    another's first sentence after it (0.15); then :func:`_furnish`'s opening, closing and title lines."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_79)), count)
    if rng.random() < 0.5:
        kinds.sort()
    case = rng.choices(("as", "sentence", "upper"), (0.5, 0.3, 0.2))[0]
    questions = rng.random() < 0.2

    def placing() -> tuple[str, str]:
        place = rng.choices(("own", "run", "none"), (0.45, 0.4, 0.15))[0]
        return place, rng.choice(("", ".", ":")) if place == "own" else rng.choice(_RUN_IN)

    policy_place = placing()
    each_own = rng.random() < 0.3
    marking = rng.random()
    if marking < 0.3:
        numbers = _LETTERS if rng.random() < 0.2 else _NUMBERS
        number = rng.choice(numbers)
        marks = [number(n) for n in range(1, count + 1)]
    elif marking < 0.55:
        marks = [rng.choice(_BULLETS)] * count
    else:
        marks = [""] * count
    items: list[tuple[str, ...]] = []
    for kind, mark in zip(kinds, marks, strict=True):
        headings, variants = REWORDINGS_79[kind]
        if plain:
            headings = tuple(h for h in headings if not _says_comment(h)) or headings
            variants = tuple(v for v in variants if not _says_comment(*v)) or variants
        asked = [h for h in headings if h.endswith("?")]
        told = [h for h in headings if not h.endswith("?")]
        heading = rng.choice(asked if questions and asked else told if told and rng.random() < 0.9 else headings)
        if case == "sentence":
            heading = _sentence_case(heading)
        elif case == "upper":
            heading = heading.upper()
        variant = rng.choice(variants)
        sentences = list(variant)
        if len(sentences) < 3 and len(variants) > 1 and rng.random() < 0.15:
            sentences.append(rng.choice([v for v in variants if v != variant])[0])
        place, after = placing() if each_own else policy_place
        if rng.random() < 0.1:
            place = "none"
        if place == "own":
            parts = [heading + ("" if heading.endswith("?") else after), *sentences]
        elif place == "run":
            joint = " " if heading.endswith("?") else after
            parts = [heading + joint + sentences[0], *sentences[1:]]
        else:
            parts = sentences
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(("", *parts) if place != "own" else tuple(parts))
    intros = [line for line in INTROS_79 if not (plain and _says_comment(line))]
    closings = [line for line in CLOSINGS_79 if not (plain and _says_comment(line))]
    titles = [line for line in TITLES_79 if not (plain and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_79)
