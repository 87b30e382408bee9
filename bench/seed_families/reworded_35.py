"""The ``reworded-35`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

REWORDINGS_35 = (  # (headings, sentence variants: one or two sentences each)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Treat other readers as you would a neighbour at the harbour shop: disagree if you must, but politely.",),
            ("Argue with the point, not with the person who made it.", "Rudeness is removed whoever started it."),
            ("Write nothing you would not be comfortable saying to someone's face at the Saturday market.",),
            ("Keep your comments polite and free of insults, swearing and sarcasm aimed at other readers.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance", "Stick to the subject"),
        (
            ("Posts should relate to the article above; general grievances belong in a letter to the editor.",),
            ("Comments that wander far from the story may be removed.", "Start a new thread in the forum instead."),
            ("Please keep the discussion about the subject of this report and not about other posters.",),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Play the ball, not the player", "Don't make it personal"),
        (
            (
                "Name-calling, threats and bullying of other users, our reporters or people in the news are not allowed.",
            ),
            ("Harassing another member, on this site or by following them elsewhere, will end in a ban.",),
            ("Do not single out private people named in a story for abuse.", "They did not choose to be in the news."),
        ),
    ),
    (
        ("No hate speech", "Respect all communities", "Hatred is not tolerated", "No bigotry"),
        (
            (
                "Posts attacking people for their tribe, ethnicity, religion, nationality or sexuality are deleted without warning.",
            ),
            (
                "Old quarrels between nations and churches have no place here.",
                "Discuss the news, not whose grandparents were to blame.",
            ),
            ("We remove material that stirs up hatred against any group, including regional and tribal slurs.",),
            ("Remarks insulting migrants, islanders or any other community will be taken down.",),
        ),
    ),
    (
        ("Language", "Write in English", "Which language?", "Languages accepted"),
        (
            (
                "Please post in English so that our moderators can read your contribution.",
                "Posts in Swedish are welcome on our Swedish-language pages.",
            ),
            (
                "This is our English-language page; posts in French, Armenian or Georgian may be held until a translator has read them.",
            ),
            (
                "We accept posts in English, Shona and Ndebele.",
                "Posts in other languages may be held back until they can be checked.",
            ),
        ),
    ),
    (
        ("Elections", "Political campaigning", "Party politics", "During election periods"),
        (
            (
                "Campaign material, party slogans and calls to vote for a candidate will be removed during the election period.",
            ),
            (
                "Political debate is welcome, but posts inciting violence against supporters of any party will be deleted and may be reported to the police.",
            ),
            ("Candidates and their agents must say who they are when posting about the election.",),
        ),
    ),
    (
        ("Crab pots and oyster grounds", "Working the water", "Respect the watermen", "Fishing spots"),
        (
            ("Do not post the locations of other watermen's pots, trotlines or leased oyster grounds.",),
            (
                "Complaints about a neighbour's boat or catch should go to the Natural Resources Police, not to this page.",
            ),
            ("Harvest reports are welcome, but rumours about who is over the limit are not.",),
        ),
    ),
    (
        ("Check before you share", "Rumours", "Facts first", "Layoff talk"),
        (
            (
                "Unconfirmed talk of mine layoffs, shutdowns or plant sales can frighten families.",
                "Please share only what you know to be true.",
            ),
            ("Do not pass on rumours about named employers, workers or union officials as fact.",),
            ("If you have information about a story, contact the newsroom rather than posting it here.",),
        ),
    ),
    (
        ("No soliciting", "Fundraising", "Members' contact details", "Club business"),
        (
            (
                "Please do not use this page to solicit members for businesses, raffles or charities outside the club's own projects.",
            ),
            (
                "Members' phone numbers and home addresses must not be posted; ask the club secretary to pass on messages.",
            ),
            ("Ticket sales for service projects are organised through the club treasurer, not through the bulletin.",),
        ),
    ),
    (
        ("Not veterinary advice", "Sick pets", "Medical questions", "In an emergency"),
        (
            (
                "We cannot diagnose animals through the blog.",
                "If your pet is unwell, please phone the practice or the out-of-hours emergency line.",
            ),
            ("Replies from other pet owners are no substitute for a consultation with a qualified vet.",),
            (
                "Do not recommend medicines, doses or home remedies to other readers.",
                "Some human drugs are poisonous to cats and dogs.",
            ),
        ),
    ),
    (
        ("Photos and videos", "Other climbers' privacy", "Filming in the gym"),
        (
            ("Only post photos or videos of other climbers if they have agreed to it.",),
            ("Please do not share footage of falls or injuries involving other members.",),
            ("Complaints about route setting are best raised with the setting team at the front desk.",),
        ),
    ),
    (
        ("Copyright", "Arrangements and recordings", "Sharing music", "Respect the arrangers"),
        (
            ("Do not upload sheet music, learning tracks or arrangements that you do not own the rights to.",),
            ("Copyrighted photos, articles and recordings posted without permission will be removed.",),
            ("Link to the publisher rather than copying whole articles or scores into your post.",),
        ),
    ),
    (
        ("Selling homebrew", "Alcohol and the law", "No sales", "Over 21s only"),
        (
            ("Offering homebrewed beer, wine or cider for sale is against the law and against our rules.",),
            ("Members must be of legal drinking age to take part in tastings and bottle swaps.",),
            ("Equipment swaps are fine, but arrange collection privately and at your own risk.",),
        ),
    ),
    (
        ("No doxxing", "Fair play", "Keep the trash talk in the game", "Cheats and exploits"),
        (
            (
                "Posting a player's real name, school, address or accounts without permission will get you banned from the league and the forum.",
            ),
            ("Accusations of cheating go to the league admins with evidence, not into public threads.",),
            ("Banter is part of the game, but slurs and threats against players or casters are not.",),
            ("Do not share links to cheats, boosting services or exploits.",),
        ),
    ),
    (
        ("Safety first", "Hazardous waste", "Private land"),
        (
            (
                "If you find needles, drums or chemicals by the river, do not touch them; report them to the council and the organisers.",
            ),
            ("Please do not post directions that lead volunteers onto private land without the owner's permission.",),
            ("Cleanup dates and meeting points are confirmed by email; check there before you set out.",),
        ),
    ),
    (
        ("Bookings and complaints", "Customer service", "Flight disruptions", "Your booking details"),
        (
            (
                "This page cannot change bookings or process refunds.",
                "Please contact our customer service team through the help centre.",
            ),
            ("Never post your booking reference, passport number or boarding pass, even partly hidden.",),
            (
                "For delayed or cancelled flights, the latest information is on the flight status page, not in these threads.",
            ),
        ),
    ),
    (
        ("Your privacy", "Personal data", "How we use your information", "Privacy"),
        (
            ("The email address you register with is never shown publicly or sold to third parties.",),
            (
                "We store your IP address with each post for security and may share it with the police if the law requires.",
            ),
            ("Read our privacy notice to learn how we collect, store and use your personal data.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Approval times"),
        (
            ("Every post is checked by a moderator before it appears, which can take up to 24 hours at weekends.",),
            (
                "Our small team reads submissions during office hours, so please be patient.",
                "Posting the same message twice will not speed it up.",
            ),
            ("Comments containing links are held for review automatically.",),
            ("Moderators work on island time and may not approve your post until the next morning.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your profile", "Leaving the site"),
        (
            (
                "You can close your account at any time from your profile settings.",
                "Your past posts will remain but be shown as from a deleted user.",
            ),
            (
                "To have your account and all its posts removed, email the web team from the address you registered with.",
            ),
            ("Deleted accounts cannot be restored, and the same email address cannot be used again for thirty days.",),
        ),
    ),
    (
        ("Advertising", "No adverts", "Commercial posts", "Spam"),
        (
            (
                "Posts promoting a business, product or website will be removed.",
                "To advertise with us, contact our sales team.",
            ),
            ("Advertisements on this page are chosen by our advertising partners and are not endorsed by the editor.",),
            ("Repeated links to the same website will be treated as spam and the account blocked.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting", "Report an error"),
        (
            (
                "If you think we have got something wrong, email the newsroom so an editor can check it and correct the story.",
            ),
            ("Corrections are not made from comment threads; please write to the editor directly.",),
            ("Factual errors can be reported using the link at the foot of every article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?", "Reporting a post"),
        (
            ("Use the report button under any post that breaks these rules, and a moderator will review it.",),
            ("Please do not reply to abusive posts.", "Flag them and let the moderators deal with them."),
            ("Reporting a post does not remove it automatically; each report is read by a member of staff.",),
        ),
    ),
    (
        ("Use your real name", "One account each", "Who you are", "No impersonation"),
        (
            ("Post under your own full name; anonymous and pseudonymous accounts will be suspended.",),
            (
                "Each person may have one account.",
                "Creating new accounts to get round a ban will lead to all of them being closed.",
            ),
            ("Do not pretend to be another person, a public official or a member of staff.",),
        ),
    ),
    (
        ("Our decision is final", "The editor's discretion", "Moderators' decisions"),
        (
            ("The editor may remove any post or suspend any user at any time without giving a reason.",),
            ("Moderators' decisions are final and will not be discussed in public threads.",),
            ("We reserve the right to close a thread when a discussion becomes unmanageable.",),
        ),
    ),
    (
        ("Legal matters", "Defamation", "Ongoing court cases", "Be careful what you allege"),
        (
            ("Do not accuse named people of crimes.", "You can be sued for defamation, and so can we."),
            ("Discussion of stories about court cases may be closed to protect a fair trial.",),
            ("You are legally responsible for what you publish here, as you would be in a printed letter.",),
        ),
    ),
    (
        ("No shouting", "Write clearly", "Keep it readable"),
        (
            ("Posts written entirely in capital letters are hard to read and will be removed.",),
            ("Keep posts short; anything over 300 words may be trimmed or rejected.",),
            ("Please check your spelling and avoid text-speak so that everyone can follow.",),
        ),
    ),
)


POLICY_TITLES_35 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Comment policy",
    "Community standards",
    "Rules of the forum",
    "Reader discussion guidelines",
    "Posting etiquette",
    "Comments: the rules",
)


POLICY_INTROS_35 = (
    "Before you post, please read our house rules.",
    "We welcome readers' comments on our stories, provided they keep to the rules below.",
    "Our discussion pages are open to registered readers who agree to the following.",
    "By posting on this site you agree to these guidelines.",
    "This is a community space, so help us keep it one worth visiting.",
)


POLICY_CLOSINGS_35 = (
    "The full terms of use are at www.northislesnews.co.uk/terms.",
    "Read the full community guidelines: https://www.rangeherald.com/guidelines",
    "Questions about moderation? Email our moderators at moderators@bayweekly.com.",
    "Our complete terms and conditions are linked at the foot of every page.",
    "Concerns about a comment can be sent to the web editor at web@windhoekdaily.com.na.",
    "See our full Terms of Service and Privacy Policy for more.",
)


NUMBERS_35 = ("{n}.", "{n})", "({n})", "Rule {n}.", "No. {n}", "{n} -", "{r}.")


LETTERS_35 = ("{a}.", "{A})", "({a})")


BULLETS_35 = ("\u2022", "-", "*", "\u25b8", "\u25ba", "\u2713", "\u00b7", "\u25e6", "~", "\u25a0")


INLINE_35 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


ROMAN_35 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


AMERICAN_35 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "rumour": "rumor",
    "organised": "organized",
    "organisers": "organizers",
    "centre": "center",
    "cancelled": "canceled",
    "adverts": "ads",
    "get round": "get around",
    "out-of-hours": "after-hours",
}


def _items_35(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-35 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    table = []
    for headings, sentences in REWORDINGS_35:
        if plain:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(*s))
        if headings and sentences:
            table.append((headings, sentences))
    chosen = rng.sample(table, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # heading and sentence on the same line
    stop = rng.choice((".", ":", "")) if not inline else rng.choice(INLINE_35)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marks = rng.random()
    if marks < 0.3:
        style = rng.choice(LETTERS_35) if rng.random() < 0.2 else rng.choice(NUMBERS_35)
    elif marks < 0.6:
        style = rng.choice(BULLETS_35)
    else:
        style = ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else stop) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if style:
            letter = "abcdefghijkl"[n - 1]
            mark = style.format(n=n, r=ROMAN_35[n - 1], a=letter, A=letter.upper())
            parts[0] = f"{mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_35 if not (plain and _says_comment(line))]
    closings = [line for line in POLICY_CLOSINGS_35 if not (plain and _says_comment(line))]
    titles = [line for line in POLICY_TITLES_35 if not (plain and _says_comment(line))]
    return _furnish(
        items,
        rng,
        intros,
        closings,
        titles,
        AMERICAN_35,
    )
