"""The ``reworded-38`` family's policies: island, rural and small-nation papers' and hobby clubs' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: its headings, and its sentences. Faroese and Shetland pages, Maltese and Cypriot news sites,
#: Ugandan and Rwandan papers, Saipan and Palau community sites, West Virginia and Montana weeklies, hospice
#: volunteer newsletters, chess, beekeeping, model-railway and astronomy clubs, library friends groups, food
#: cooperatives and ferry riders' blogs. Every kind has headings and sentences that never say "comment".
REWORDINGS_38 = (
    (
        ("Be civil", "Mind your manners", "Respect other members", "Keep it neighbourly"),
        (
            "Disagree with the argument if you must, but leave the person out of it; name-calling gets a post removed.",
            "We are a small island and most of us know each other, so write as you would speak at the harbour shop.",
            "Comments that insult another reader, a volunteer or a family named in a story will be taken down "
            "without notice.",
            "Be kind; everyone here is a neighbour.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "On topic, please"),
        (
            "Replies should bear on the article above; questions about swarm collection belong in the members' "
            "forum instead.",
            "Threads about layouts, rolling stock and track plans stay open; politics and football go elsewhere.",
            "Keep your comment to the story it sits under; off-topic remarks are moved or removed by the moderators.",
            "Observing reports, equipment questions and star-party plans are welcome here, and anything else may "
            "be deleted.",
        ),
    ),
    (
        ("Moderation", "Why your post has not appeared", "Approval times", "Please be patient"),
        (
            "Every post is read by a volunteer before it appears, so allow up to two working days, longer over "
            "public holidays.",
            "Our moderators ride the early boat like you do; a message sent overnight may not show until the "
            "first sailing has docked.",
            "Comments are approved by hand during office hours, Monday to Friday, so one left on a Saturday waits "
            "until Monday morning.",
            "Posts appear once a moderator has read them.",
        ),
    ),
    (
        ("Your privacy", "Privacy", "What we keep", "Personal information"),
        (
            "We keep your email address only to contact you about your post, and we never show it on the page, "
            "sell it, or hand it to anyone else, including our advertisers and sponsors.",
            "Do not post phone numbers, home addresses or the health details of patients, families or fellow "
            "volunteers.",
            "Your name and village appear beside what you write; the address you register with stays with the "
            "editor alone.",
            "Comment data is kept under our privacy notice and the Data Protection Act, and is deleted after two "
            "years.",
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the board", "Account removal"),
        (
            "To close your account, write to the webmaster from the address you registered with, giving your user "
            "name, and we will remove it and your details within thirty days of hearing from you.",
            "Members who leave the cooperative can ask for their login and all their posts to be erased by "
            "emailing the membership desk.",
            "If you delete your account, your comments stay up under the name Former Member unless you ask for "
            "them to go too.",
            "Accounts left unused for two years are closed, and their posts are kept without a name attached.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "No spam", "Classifieds go elsewhere"),
        (
            "Hay, cattle, saddles and pickups for sale belong in the classifieds, not under a news story, and such "
            "posts will be removed.",
            "Please do not promote businesses, raffles or fundraisers in a reply; the newsletter editor can list "
            "them in the next issue.",
            "Links to shops, repeated posts and anything that reads like an advertisement are deleted, and the "
            "account may be suspended.",
            "No selling, no promotion, no links to shops.",
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Report an error", "Getting it right"),
        (
            "If a story has a fact wrong, tell the newsroom directly by email rather than in a comment, so that it "
            "can be corrected quickly.",
            "Errors in names, dates or ball-game scores should go to the editor, who prints corrections in the "
            "following week's paper.",
            "Please send corrections to the news desk with the headline and what is wrong; a post below the "
            "article may never reach an editor.",
            "Found a wrong move in a published game score? Send it to the bulletin editor and we will fix the archive.",
        ),
    ),
    (
        ("Use your real name", "Who you are", "Names"),
        (
            "Post under your own full name; we do not publish anonymous contributions or those signed only with "
            "initials.",
            "Sign every post with your real name.",
            "Give your real name and the island or district you live in, as you would in a letter to the editor.",
            "Pseudonyms are allowed, but pretending to be another person, a club officer or the newspaper is not.",
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            "Do not name anyone accused of a crime before they are charged, and say nothing about cases still "
            "before the courts.",
            "Posts that could be defamatory or in contempt of court will be removed, and the writer alone is "
            "responsible for them.",
            "We can be sued for what readers write here, so anything that accuses a named person without proof "
            "is removed.",
            "Say nothing about cases still before the courts.",
        ),
    ),
    (
        ("Language", "Write in English", "Keep it clean"),
        (
            "Please post in English so every reader and moderator can follow; a greeting in Luganda or "
            "Kinyarwanda is fine.",
            "No swearing, slurs or shouting in capitals; this board is read by our juniors and their parents.",
            "Profanity is filtered automatically, and comments that try to get around the filter are deleted.",
            "Please keep your language fit for a family paper.",
        ),
    ),
    (
        ("Photos and copyright", "Your pictures", "Copyright"),
        (
            "Only upload photographs you took yourself; images of the night sky from other sites need the "
            "owner's permission.",
            "Do not paste whole articles from other newspapers; quote a line or two and give a link instead.",
            "By posting a photo of your layout you let the forum show it in the gallery and the annual newsletter.",
            "Post only pictures that are yours to share.",
        ),
    ),
    (
        ("Be gentle", "Grief and loss", "Take care with each other"),
        (
            "Many readers here have lost someone recently; posts that judge another family's choices will not "
            "be published.",
            "Share memories and thanks freely, but please leave out the medical details of the person you cared for.",
            "Abusive behaviour towards volunteers, staff or grieving families ends in a ban from the page.",
            "Be kind: everyone here has lost someone.",
        ),
    ),
    (
        ("Not an official channel", "Sailings and refunds", "Who runs this page"),
        (
            "This blog is run by riders, not the ferry operator; complaints about refunds or missed sailings "
            "should go to the operator.",
            "Replies here are not read by the ferry company or the council, so please do not post booking "
            "numbers or ticket details.",
            "The organisation that runs this page is a volunteer group and cannot answer for the bus or boat "
            "timetables.",
            "We are riders, not the ferry company.",
        ),
    ),
    (
        ("Our right to remove", "Editing", "The final word", "Removal"),
        (
            "The editors may shorten, edit or remove any post without giving a reason, and their decision is final.",
            "We may close replies on any story at any time, especially stories about deaths, accidents or court cases.",
            "Moderators may remove comments that break these rules, and repeat offenders will be blocked from posting.",
            "Breaking these rules twice means losing posting rights until the next annual general meeting.",
        ),
    ),
)

INTROS_38 = (
    "Before you post, please read the rules below.",
    "These guidelines keep the discussion useful for everyone.",
    "Comments are welcome on most stories, within a few simple rules.",
    "We are glad to hear from readers at home and abroad; a few house rules apply.",
    "The board is run by volunteers, so please help us by following these points.",
)

CLOSINGS_38 = (
    "Thank you for helping keep this a friendly place.",
    "Posts that break these rules may be removed without notice.",
    "Questions about these rules? Write to the editor.",
    "Comments are the opinions of their writers, not of this newspaper.",
    "Thanks, and see you at the next meeting.",
)

TITLES_38 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment guidelines",
    "House rules",
    "Board etiquette",
    "Reader comment policy",
)

#: The family's British spellings, as an American-spelling site prints them.
AMERICAN_38 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "behaviour": "behavior",
    "organisation": "organization",
}

#: How a site marks its items: none, numbers of three kinds, or a bullet.
MARKERS_38 = ("", "", "", "{n}. ", "{n}) ", "({n}) ", "\u2022 ", "* ", "- ", "\u2013 ")
#: Where a site puts an item's heading: own line, inline after a colon or a dash, absent, or mixed per item.
PLACES_38 = ("own", "colon", "dash", "absent", "mixed")


def _items_38(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of 2 to 8 items (2-3 items a quarter of the time), some sites never saying "comment"; headings on
    their own line, inline after a colon or a dash, absent, or mixed, in capitals 0.3 of the time; items
    numbered or bulleted by site; an item with two sentences now and then; then the opening, closing and title."""
    never_comment = rng.random() < 0.3

    def pick(options: tuple[str, ...]) -> str:
        if never_comment:
            options = tuple(option for option in options if not _says_comment(option))
        return rng.choice(options)

    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_38, count)
    place = rng.choice(PLACES_38)
    capitals = rng.random() < 0.3
    marker = rng.choice(MARKERS_38)
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    end = rng.choice(("", ".", ":"))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = pick(headings)
        heading = heading.upper() if capitals else heading
        sentence = pick(sentences)
        more = ()
        if rng.random() < 0.2:
            others = [other for other in sentences if other != sentence]
            if never_comment:
                others = [other for other in others if not _says_comment(other)]
            if others:
                more = (rng.choice(others),)
        where = rng.choice(PLACES_38[:4]) if place == "mixed" else place
        mark = marker.format(n=number)
        if where == "own":
            items.append((mark + heading + ("" if heading.endswith("?") else end), sentence, *more))
        elif where == "colon":
            items.append(("", f"{mark}{heading.rstrip('?')}: {sentence}", *more))
        elif where == "dash":
            items.append(("", f"{mark}{heading}{dash}{sentence}", *more))
        else:
            items.append(("", mark + sentence, *more))
    intros = tuple(line for line in INTROS_38 if not (never_comment and _says_comment(line)))
    closings = tuple(line for line in CLOSINGS_38 if not (never_comment and _says_comment(line)))
    titles = tuple(line for line in TITLES_38 if not (never_comment and _says_comment(line)))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_38)
