"""``reworded-63``: posting rules as South African and Namibian news sites, Malaysian and Singaporean English sites,
Grenada and Saint Lucia papers, Alaskan borough papers, trade-union newsletters, knitting forums, railway-preservation
societies and English parish-council bulletins word and print them. Fifteen item kinds, each a few headings and a few
sentences in those sites' voices; :func:`_items_63` draws a policy and the way its site prints it."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind (headings, sentences): civility, hate speech, privacy, moderation delays, staying on topic, spam and
#: selling, real names, the law, copyright, reporting, the moderators' say, errors, language, suspensions, whose views.
REWORDINGS_63: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("Be civil", "Respect one another", "Play the ball, not the player", "Is it kind?"),
        (
            "Treat other readers as you would like to be treated.",
            "Criticise the argument as sharply as you like, but not the person: personal attacks, name-calling and "
            "insults aimed at other readers, our journalists or the people in the story will be removed.",
            "Disagree as much as you want, but do it politely; members who bully, belittle or goad others off the "
            "board will be asked to leave.",
            "Robust argument is welcome here and always has been, but abuse is not, and a reply that goes for a fellow "
            "member instead of the point they made will be taken down without notice.",
        ),
    ),
    (
        ("No hate speech", "Race, religion and royalty", "Respect for all communities", "What counts as hate speech?"),
        (
            "Content that incites hatred on the grounds of race, ethnicity, religion, gender, sexual orientation, "
            "nationality or disability will be deleted and may be reported to the authorities.",
            "Comments touching on race, religion or royalty (the 3Rs) that could stir up ill-feeling between "
            "communities will not be published, in line with the Sedition Act and the Communications and Multimedia "
            "Act.",
            "Racist, sexist and homophobic remarks have no place on this site.",
            "We subscribe to the Press Code of the Press Council of South Africa, which prohibits hate speech as the "
            "Constitution defines it; posts that cross that line are removed and repeat offenders are blocked.",
        ),
    ),
    (
        ("Privacy", "Protect your privacy", "Keep personal details private", "Don't share personal information"),
        (
            "Do not post phone numbers, home addresses, e-mail addresses, ID numbers or any other personal details, "
            "yours or anyone else's.",
            "Never name a child, the victim of a sexual offence or anyone else the courts have protected.",
            "For your own safety, please don't put your address or phone number in a message; if a buyer or another "
            "member needs to reach you, use the private messaging feature instead.",
            "Photographs of members' homes, cars or children may not be shared without their permission.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "All posts are pre-moderated", "Please be patient"),
        (
            "All comments are read by a moderator before they go live, which can take up to 24 hours over weekends and "
            "public holidays.",
            "Our moderators are volunteers, so a reply may take a day or two to show up; please don't send it twice.",
            "Posts from new members are held for approval until you have made five contributions.",
            "Comments are checked by the newsroom between 8 a.m. and 5 p.m. Alaska time, Monday to Friday, and anything "
            "submitted after hours is reviewed the next working day.",
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Right board, right thread"),
        (
            "Stick to the subject of the article.",
            "Please keep your post to the subject of the thread; a new topic deserves a thread of its own, and the "
            "Natter board is there for everything else.",
            "This board is for discussion of work, pay, safety and the wider labour movement, so posts on unrelated "
            "matters will be moved or removed.",
            "This page is for news of the society's work on the line; questions about membership, timetables or lost "
            "property should go to the office at info@tamarvalleysteam.org.uk.",
        ),
    ),
    (
        ("No spam", "No advertising", "Selling and promotion", "Commercial posts"),
        (
            "Spam, chain letters, links to dodgy websites and unsolicited advertising will be deleted.",
            "Selling yarn, patterns or finished items is allowed only on the Marketplace board; shop links and discount "
            "codes anywhere else will be removed.",
            "Don't use this space to promote a business, an organisation, a political party, a candidate for office or "
            "a fundraising drive.",
            "No advertising.",
        ),
    ),
    (
        ("Use your real name", "Who you are", "Real names only", "Identify yourself"),
        (
            "We ask contributors to post under their own first and last names; anonymous and obviously false names "
            "will not be accepted.",
            "Members must register with the name on their union card, and your branch is shown beside every post you "
            "make.",
            "Impersonating another person, a public figure or a member of staff is not allowed.",
            "Letters to the bulletin must carry the writer's name and the road they live on; we do not print "
            "anonymous letters, although we will withhold a name on request if the Clerk knows who you are.",
        ),
    ),
    (
        ("Stay within the law", "Defamation and contempt", "Legal", "Mind the law"),
        (
            "Don't accuse anyone of a crime they have not been convicted of, and don't comment on a case before the "
            "courts in a way that could prejudice a fair trial.",
            "Defamation is against the law in Grenada and Saint Lucia, and you, not this newspaper, may be held "
            "personally responsible for what you write.",
            "Material that breaches the Protection from Harassment Act, the Maintenance of Religious Harmony Act or any "
            "other law of Singapore will be removed, and we may be required to hand your details to the police.",
            "Libel is libel wherever it is posted.",
        ),
    ),
    (
        ("Copyright", "Credit the designer", "Respect copyright", "Whose photo is it?"),
        (
            "Only post photographs and words that you own or have permission to use.",
            "Never post a copyrighted pattern in full or in part; link to the designer's own page or shop instead, and "
            "always credit them by name.",
            "Pictures you upload to the gallery remain yours, but by posting them you allow the society to use them in "
            "the magazine and on its website, with a credit to you.",
            "Do not paste whole articles from other newspapers: a short quote and a link will do.",
        ),
    ),
    (
        ("Report a problem", "Reporting posts", "Seen something wrong?", "Flag it"),
        (
            "If you see a post that breaks these rules, use the Report link beneath it and a moderator will take a "
            "look.",
            "Please don't reply to a troll; report the message and move on.",
            "To complain about something on the board, e-mail moderators@purlandplait.net with a link to the post and "
            "a few words on what is wrong with it.",
            "Flagged comments are reviewed by an editor as soon as possible.",
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The editor's rights", "We reserve the right"),
        (
            "The editor reserves the right to edit, shorten or decline any contribution without giving a reason.",
            "Moderators' decisions are final and will not be discussed on the open board.",
            "We may close comments on any story at any time, especially on reports of court cases, deaths and "
            "accidents.",
            "The branch communications committee has the final say on what appears in these pages, and its decision "
            "on any post, reply or letter about members' behaviour is final.",
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Errors and corrections", "Got the facts wrong?"),
        (
            "If you think we have made a mistake in a story, please don't post it as a comment: e-mail the news desk "
            "at newsdesk@capricornherald.com.na so that it can be checked and corrected.",
            "Corrections are printed on page two of the next bulletin.",
            "Factual errors in the newsletter should be reported to the editor, who will print a correction in the "
            "next issue if one is due.",
            "Tell us about errors through the contact form at www.tanjongdaily.com.my/contact, as reporters do not "
            "monitor the replies.",
        ),
    ),
    (
        ("Language", "Mind your language", "Write clearly", "English, please"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please post in English so that everyone, the moderators included, can follow the discussion.",
            "Avoid writing in capitals, which reads as shouting, and keep SMS shorthand to a minimum.",
            "Vulgar, obscene or sexually explicit language, in English, Afrikaans, Oshiwambo or any other language, "
            "will be removed.",
        ),
    ),
    (
        ("Suspensions", "Three strikes", "Account closure", "Banned?"),
        (
            "Members who repeatedly break these rules will have their accounts suspended or closed, and new accounts "
            "opened to get round a ban will be removed as well.",
            "Three warnings and you're out.",
            "If you wish to close your account, write to support@purlandplait.net; your posts will stay on the forum "
            "but will no longer show your name.",
            "We can suspend posting rights for any member at any time, and a suspension can be appealed to the branch "
            "secretary within 14 days.",
        ),
    ),
    (
        ("Your views, not ours", "Disclaimer", "Responsibility", "Not an official channel"),
        (
            "The views expressed in comments are those of their writers and do not reflect the views of this "
            "newspaper or its staff.",
            "You are responsible for everything you post.",
            "This page is not a way to contact the council: complaints, reports of potholes, fly-tipping or a "
            "neighbour's hedge, and views on planning applications must go to the Clerk at "
            "clerk@littleashby-pc.gov.uk or through the district council's website.",
            "Opinions posted on the forum are members' own and are not union policy, which is set by conference and "
            "the national executive.",
        ),
    ),
]

INTROS_63 = (
    "Before you post, please take a minute to read our house rules.",
    "We want this to be a friendly place for everyone who knits, crochets or spins, so we ask all members to follow a "
    "few simple rules.",
    "Comments are welcome on most of our stories, on the following terms.",
    "By submitting a contribution you agree to the guidelines below.",
    "Members' messages are published on these conditions:",
    "The parish council is happy to print residents' letters and replies in the bulletin, within these limits.",
)
CLOSINGS_63 = (
    "Full terms and conditions are at www.capricornherald.com.na/terms.",
    "Thank you for helping to keep the discussion civil.",
    "These rules were last revised in March and may change without notice.",
    "Questions about these rules? Write to the editor at editor@grandanseherald.gd.",
    "Happy knitting!",
    "Read our full comment policy at www.kodiakboroughbeacon.com/comment-policy.",
    "In solidarity, the branch committee.",
)
TITLES_63 = (
    "Comment Policy",
    "House Rules",
    "Community Guidelines",
    "Posting guidelines",
    "Forum Rules",
    "Rules of the Board",
    "Guidelines for Contributors",
    "Reader comments: our rules",
    "Before You Post",
    "Message board etiquette",
)
AMERICAN_63 = {
    "criticise": "criticize",
    "organisation": "organization",
    "labour": "labor",
    "behaviour": "behavior",
    "offence": "offense",
    "neighbour": "neighbor",
    "get round": "get around",
}

_SMALL_WORDS = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "at", "by", "not", "is", "as"}


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marked(heading: str, number: int, marker: str) -> str:
    """``heading`` after the list marker its site prints (a number, a bullet, "Rule 3"), or as it is."""
    if not marker:
        return heading
    if marker == "rule":
        prefix = f"Rule {number}" + (":" if heading else ".")
    else:
        prefix = {"number": f"{number}.", "paren": f"{number})", "letter": f"({'abcdefghijklmnop'[number - 1]})"}.get(
            marker, marker
        )
    return f"{prefix} {heading}".rstrip()


def _items_63(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy's items, drawn in this order: whether the site never says "comment" (0.25: only the headings,
    sentences and furniture lines without it); two or three items (0.2) or four to ten, of distinct kinds in a random
    order; the site's way of printing its headings: case (as written 0.45, title case 0.35, capitals 0.2), what follows
    each (nothing, a stop, a colon or a dash; a question keeps its mark), mixed item by item (0.15), none at all (0.2)
    and a list marker (a number, "1)", "(a)", a bullet, a dash, a star, "Rule 1:"; none about 0.4). Then per item: its
    heading (none 0.1), its sentence and a second one (0.25). :func:`_furnish` adds the opening, closing and title
    lines and the spelling."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 10)
    kinds = rng.sample(range(len(REWORDINGS_63)), count)
    case = rng.choices(("as written", "title", "capitals"), weights=(0.45, 0.35, 0.2))[0]
    ends = ("", ".", ":", " -", " \u2013", " \u2014")
    end = rng.choice(ends)
    mixed = rng.random() < 0.15
    headless = rng.random() < 0.2
    marker = rng.choices(
        ("", "number", "paren", "letter", "\u2022", "-", "*", "rule"), weights=(8, 4, 1, 1, 3, 1, 1, 1)
    )[0]

    def said(options: tuple[str, ...]) -> list[str]:
        return [option for option in options if not (plain and _says_comment(option))]

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_63[kind]
        heading = "" if headless or rng.random() < 0.1 else rng.choice(said(headings))
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
            if not heading.endswith("?"):
                heading += rng.choice(ends) if mixed else end
        choices = said(sentences)
        first = rng.choice(choices)
        rest = [rng.choice([s for s in choices if s != first])] if rng.random() < 0.25 else []
        items.append((_marked(heading, number, marker), first, *rest))
    intros, closings, titles = (tuple(said(lines)) for lines in (INTROS_63, CLOSINGS_63, TITLES_63))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_63)
