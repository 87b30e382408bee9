"""``reworded-77``: posting rules as Northern Territory, Kimberley and Torres Strait papers, Gibraltar and Falklands
news sites, Ulster-Scots community sites, Pennsylvania Dutch country weeklies, cider-making forums, caving clubs,
youth football leagues and cemetery-friends groups word and print them: fifteen item kinds, each with a few headings
and a few sentences; :func:`_items_77` draws a policy and the way its site prints it."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Item kinds, each (headings, sentences): civility, privacy, cultural protocol and the names of the dead, moderation
#: delays, topic, advertising and selling, names and accounts, the law, copyright, reporting, the moderators'
#: discretion, errors and corrections, language, suspension and closing an account, safety and advice.
REWORDINGS_77: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be Respectful", "Play the Ball, Not the Player", "Respect Other Members", "Is It Kind?", "Keep It Civil"),
        (
            "Attack the argument, never the person making it.",
            "Personal abuse, name-calling, threats and bullying of other readers, our reporters or the people we write "
            "about will be removed without warning.",
            "We are a small community and most of us will run into one another at the store, the footy or the church "
            "hall, so please write as you would speak to someone's face.",
            "Posts that vilify anyone because of their race, colour, religion, community, disability, gender or "
            "sexuality will be deleted, and sectarian slurs from either side have no place on a site that celebrates "
            "a shared heritage.",
        ),
    ),
    (
        ("Privacy", "Respect Privacy", "Personal Details", "Keep Locations Private", "Protect Young Players"),
        (
            "Do not post addresses, phone numbers, car registrations or other personal details, whether your own or "
            "somebody else's.",
            "Never name a player under 18 or post a picture of one without written permission from a parent or "
            "guardian and the club's child welfare officer.",
            "Please don't give grid references or directions to unpublished cave entrances; many lie on private land "
            "and access depends on the goodwill of the landowner.",
            "Families may not wish to see a burial, an illness or a death discussed in public, so ask before you share "
            "anything about a named grave.",
        ),
    ),
    (
        ("Cultural Respect", "Names of Deceased Persons", "Sorry Business", "Culturally Sensitive Material"),
        (
            "Aboriginal and Torres Strait Islander readers are advised that stories and replies on this site may "
            "contain the names and images of people who have died.",
            "Please respect the wishes of families and communities, and do not post the name or photograph of a "
            "deceased person when the family has asked that they not be used.",
            "If you believe a post breaches cultural protocol, tell us at yarns@kimberleyrecord.com.au and we will "
            "review it with our community advisers.",
        ),
    ),
    (
        ("Moderation", "Why Hasn't My Post Appeared?", "Pre-Moderation", "Please Be Patient", "Comment Moderation"),
        (
            "Every contribution is read by a moderator before it appears, which can take several hours.",
            "Our moderators are volunteers, and between fixtures, harvest and the day job they cannot always clear "
            "the queue every day.",
            "Comments left overnight or at the weekend are usually approved on the next working day, Darwin time.",
            "Because of the time difference with Britain and the limited internet capacity in Stanley, there may be a "
            "delay of a day or more before your message goes up.",
        ),
    ),
    (
        ("Stay on Topic", "Keep to the Subject", "Off-Topic Posts", "Right Board, Right Thread"),
        (
            "Keep your replies relevant to the story or thread you are answering.",
            "Questions about pressing, yeasts and keeving belong on the Cider Making board; general chat goes on the "
            "Orchard Bench.",
            "Posts that drag every discussion back to the border, the frontier queues or Brexit will be moved or "
            "removed.",
            "Stick to the topic.",
        ),
    ),
    (
        ("No Advertising", "Spam", "Buying and Selling", "Commercial Posts"),
        (
            "Do not use the site to advertise goods, services, events or websites without the prior agreement of the "
            "committee.",
            "Kit for sale goes in the Classifieds section only, one thread per item, with a price and where it can be "
            "collected.",
            "Links to online shops, betting sites, crypto schemes and the like are removed automatically and the "
            "accounts that post them are closed.",
            "Selling cider or perry to other members through the forum is not permitted, as it may breach licensing "
            "law.",
        ),
    ),
    (
        ("Use Your Real Name", "Names and Identity", "One Account Each", "Who Are You?"),
        (
            "Please post under your own first name and surname; we do not publish anonymous letters or comments.",
            "Usernames that impersonate another person, a club official or a member of staff will be changed or "
            "removed.",
            "Each member may hold one account only, and any account opened to get round a ban will be deleted.",
            "Parents posting for a junior player should use their own name, not the child's.",
        ),
    ),
    (
        ("The Law", "Defamation and Contempt", "Legal Matters", "Don't Break the Law", "Court Cases"),
        (
            "You are legally responsible for what you post, and a defamatory statement can lead to action against you "
            "as well as against us.",
            "Do not comment on court cases that are under way: speculating about guilt or innocence can amount to "
            "contempt of court and may prejudice a trial.",
            "Under the laws of Gibraltar, as in England, publishing something untrue that damages a person's "
            "reputation is a civil wrong, and we will co-operate with any lawful request to identify its author.",
            "Do not accuse anyone of a criminal offence unless they have been convicted of it.",
        ),
    ),
    (
        ("Copyright", "Photos and Surveys", "Other People's Work", "Posting Pictures"),
        (
            "Only upload photographs, recipes, drawings or cave surveys that you own or have permission to use.",
            "If you quote from another website or publication, keep it short and credit the source with a link.",
            "Headstone photographs taken by our volunteers remain the property of the Friends and may not be "
            "reproduced elsewhere without permission; write to records@friendsofstcolumbs.org.uk.",
            "Copying whole articles from this site onto Facebook or another forum is a breach of copyright.",
        ),
    ),
    (
        ("Reporting a Post", "See Something Wrong?", "Report Abuse", "Flagging"),
        (
            "If you see a post that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Reports go straight to the moderators, and the member reported is not told who made the report.",
            "You can also e-mail moderators@strait-news.com.au with a link to the post and a short note of the "
            "problem.",
            "Please don't feed the trolls.",
        ),
    ),
    (
        ("Moderators' Decisions", "Our Discretion", "Final Say", "The Editor's Decision Is Final"),
        (
            "We reserve the right to edit, refuse or remove any post, and to close any discussion, at our discretion "
            "and without giving a reason.",
            "Moderators' decisions are final, and arguments about moderation belong in a private message, not in the "
            "thread.",
            "Publishing a reader's comment does not mean the paper or the club agrees with it.",
            "The committee may change these rules at any time.",
        ),
    ),
    (
        ("Errors and Corrections", "Spotted a Mistake?", "Corrections", "Tell the Newsroom"),
        (
            "If you think we have got something wrong in a story, please e-mail newsdesk@penguin-news.co.fk rather "
            "than posting it underneath, so we can check it and put it right properly.",
            "Corrections to burial records, dates or the spelling of a name are gratefully received by the records "
            "secretary.",
            "Fixture changes and errors in scores or tables should be sent to the league secretary, not posted on the "
            "club page.",
            "We correct significant errors promptly and say so at the foot of the story.",
        ),
    ),
    (
        ("Language", "Mind Your Language", "Which Language?", "Swearing"),
        (
            "No swearing, obscenities or crude sexual references, including words with letters swapped for asterisks.",
            "Posts may be written in English or in Ulster-Scots, and nobody is to mock a contributor's spelling or "
            "tongue.",
            "Messages in Pennsylvania Dutch are welcome, but please add a line or two in English so every reader can "
            "follow along.",
            "Please avoid writing in capital letters, which reads as shouting.",
        ),
    ),
    (
        ("Suspension and Bans", "Breaking the Rules", "Three Strikes", "Closing Your Account"),
        (
            "Members who break these rules will normally get a warning first, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats, or abusive behaviour aimed at children, referees or volunteers, mean "
            "immediate removal and a report to the county association.",
            "If you wish to close your account, write to the webmaster and your posts will be anonymised within 30 "
            "days.",
            "Banned members may appeal once, in writing, to the honorary secretary.",
        ),
    ),
    (
        ("Safety and Advice", "Not Professional Advice", "Access and Conservation", "Stay Safe"),
        (
            "Advice on the forum is offered in good faith by fellow hobbyists and is no substitute for proper training "
            "or professional guidance.",
            "Never go underground alone or without telling someone when you expect to be out; in an emergency dial 999, "
            "ask for the police and then for cave rescue.",
            "Discussion of distilling, freeze-concentrating or selling alcohol without a licence is not allowed.",
            "Please don't post anything that encourages members to break access agreements, damage formations or "
            "disturb roosting bats.",
        ),
    ),
)

#: Opening lines printed above a policy's items.
INTROS_77: tuple[str, ...] = (
    "Before you post, please take a minute to read our house rules.",
    "We welcome your comments on our stories, but we ask everyone to follow a few simple rules.",
    "These rules apply to every post on the forum, to private messages and to the club's social media pages.",
    "The Friends' message board is for members and visitors who share our interest in the cemetery and the people "
    "who rest there.",
    "Comments stay open on most stories for seven days.",
    "By posting on this site you agree to the following.",
    "Our league is run by volunteers for the kids, and the message board is no different.",
)

#: Closing lines printed after a policy's items.
CLOSINGS_77: tuple[str, ...] = (
    "Thanks for helping keep the forum a friendly place.",
    "Questions about these rules can be sent to the committee at committee@fermanagh-caving.org.uk.",
    "Denki for helping keep the conversation neighbourly.",
    "These rules were last reviewed by the league committee in March.",
    "Thank you for reading, and enjoy the discussion.",
    "Happy pressing, and wassail!",
    "If in doubt, don't post it.",
)

#: Title lines printed above a policy.
TITLES_77: tuple[str, ...] = (
    "House Rules",
    "Posting Guidelines",
    "Community Guidelines",
    "Forum Rules",
    "Comment Policy",
    "Rules for Posting",
    "Message Board Rules",
    "Code of Conduct",
    "Guidelines for Contributors",
    "Before You Post",
)

#: British spellings in these wordings and their American forms.
AMERICAN_77: dict[str, str] = {
    "behaviour": "behavior",
    "colour": "color",
    "neighbour": "neighbor",
    "offence": "offense",
    "licence": "license",
    "anonymised": "anonymized",
    "co-operate": "cooperate",
}

_PROPER_77 = frozenset(
    {"Aboriginal", "Torres", "Strait", "Islander", "Ulster-Scots", "English", "Pennsylvania", "Dutch", "I"}
)
_NUMBERS_77 = ("{n}.", "{n})", "({n})", "Rule {n}:", "Rule {n} -", "No. {n}")
_BULLETS_77 = ("\u2022", "-", "*", "\u2013")
_LETTERS_77 = ("{a})", "({a})", "{A}.")


def _cased_77(heading: str, case: str) -> str:
    if case == "capitals":
        return heading.upper()
    if case == "sentence":
        words = heading.split(" ")
        return " ".join([words[0]] + [w if w in _PROPER_77 else w.lower() for w in words[1:]])
    return heading


def _marker_77(style: str, form: str, index: int) -> str:
    if style == "numbered":
        return form.format(n=index + 1) + " "
    if style == "lettered":
        letter = "abcdefghijklmnop"[index]
        return form.format(a=letter, A=letter.upper()) + " "
    if style == "bulleted":
        return form + " "
    return ""


def _items_77(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy as one of these sites prints it. Two or three item kinds a fifth of the time, else four to twelve,
    kept in the table's order half the time, else as drawn; a quarter of the sites never say "comment" (every line
    that does is left out). Each item gets one sentence (0.45), two (0.4) or three, in the table's order. Headings:
    none at all (0.2), else cased as written, in sentence case or in capitals, one way a policy; printed on a line
    of their own, bare or after a full stop or colon, or run in before a colon or a dash, one way a policy or (0.2)
    each item its own, and now and then (0.08) an item without one. The items are numbered, lettered, bulleted or
    neither. Then the opening, closing and title lines, American spelling and curly quotes by :func:`_furnish`."""
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_77)), count)
    if rng.random() < 0.5:
        picked.sort()
    plain = rng.random() < 0.25

    def usable(texts: tuple[str, ...]) -> list[str]:
        return [text for text in texts if not (plain and _says_comment(text))]

    headless = rng.random() < 0.2
    case = rng.choice(("written", "written", "sentence", "capitals"))
    ends = ("", ".", ":", ": ", " - ", " \u2013 ")
    end = rng.choice(ends)
    each_own = rng.random() < 0.2
    style = rng.choice(("none", "none", "numbered", "lettered", "bulleted"))
    form = rng.choice({"numbered": _NUMBERS_77, "lettered": _LETTERS_77}.get(style, _BULLETS_77))
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(picked):
        headings, sentences = REWORDINGS_77[kind]
        pool = usable(sentences)
        many = 1 if rng.random() < 0.45 else 2 if rng.random() < 0.73 else 3
        chosen = [pool[i] for i in sorted(rng.sample(range(len(pool)), min(many, len(pool))))]
        marker = _marker_77(style, form, index)
        if headless or rng.random() < 0.08:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = _cased_77(rng.choice(usable(headings)), case)
        after = rng.choice(ends) if each_own else end
        if heading.endswith("?"):
            after = " " if after.endswith(" ") else ""
        if after.endswith(" "):
            items.append(("", marker + heading + after + chosen[0], *chosen[1:]))
        else:
            items.append((marker + heading + after, *chosen))
    return _furnish(
        items,
        rng,
        usable(INTROS_77),
        usable(CLOSINGS_77),
        usable(TITLES_77),
        AMERICAN_77,
    )
