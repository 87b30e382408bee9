"""The ``reworded-47`` family's policies: fishing-town, diaspora, island, weekly, parish and club sites."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Shetland and Fair Isle fishing-town pages, Azorean and Madeiran diaspora
#: sites in English, Zimbabwean and South Sudanese news, Chuuk and Kosrae community sites, Nebraska panhandle
#: weeklies, Adirondack village papers, Orthodox parish bulletins, swim-team boosters, Scottish country-dance clubs,
#: carp-angling forums, Lego fan boards, repair-café volunteers, bog-restoration groups, tenant newsletters.
REWORDINGS_47: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be kind", "Respect one another", "No personal attacks", "Mind your manners"),
        (
            "Treat fellow members as you would a neighbour on the pier: disagree if you must, but never insult the "
            "person.",
            "Personal attacks, name-calling and sneering at other anglers will be removed without warning.",
            "Remember that the people you reply to are parishioners, parents and volunteers, so keep your words "
            "charitable.",
            "Criticise ideas, not people; comments that demean another reader will be taken down.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep replies to the story above; gala results, swim times and team news belong in their own threads.",
            "Posts that wander off into unrelated feuds, national politics or village gossip may be moved or deleted.",
            "Comments should relate to the article they appear under and add something to the conversation.",
            "Please keep each thread to its own build, catch or dance; start a new thread for anything else.",
        ),
    ),
    (
        ("Your privacy", "Privacy", "Personal details"),
        (
            "Do not post phone numbers, home addresses or boat registrations, yours or anyone else's, in a public "
            "reply.",
            "We never share your email address with other members or outside organisations; it is used only to "
            "verify your account.",
            "Photos of children taken at galas and youth events may only be shared with a parent's written permission.",
            "Your name and home island appear beside every message you send, so think before you say where you live.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Waiting for approval", "Approval times"),
        (
            "All comments are read by a volunteer before they go live, which can take a day or two over weekends.",
            "Our moderators are villagers with day jobs, so a new member's first posts may sit in the queue for a "
            "while.",
            "Because our editors work from Harare, Juba and overseas, approval can take up to 24 hours.",
            "Messages are checked by hand; if yours has not appeared after two days, please do not send it again.",
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the board"),
        (
            "You can delete your account at any time from your profile page; your past comments will then show as "
            "posted by a former member.",
            "To have your account and everything you posted removed, write to the club secretary and allow fourteen "
            "days.",
            "Deleted accounts cannot be restored, and replies quoting your posts will stay up in the threads.",
            "If you close your membership we erase your login details but keep the association's anonymous records.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "Spam", "Adverts"),
        (
            "Do not use the discussion to sell bait, tackle, bricks or anything else; the classifieds page is there "
            "for that.",
            "Links to shops, fundraisers or other groups' pages will be removed unless a moderator has agreed to them "
            "first.",
            "Commercial posts, chain letters and repeated links are treated as spam, and the account may be suspended.",
            "Adverts shown around this page are placed by an outside network and are not endorsed by the parish or "
            "the paper.",
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Report an error", "Tell the newsroom"),
        (
            "If you find a factual error in a story, email the newsroom rather than posting it here, so we can fix it "
            "quickly.",
            "Corrections to names, dates or catch weights should go to the editor; replies in the thread are not read "
            "by the desk.",
            "Errors in the bulletin's service times or feast-day notices should go to the parish office, not into a "
            "reply.",
            "We correct mistakes promptly; use the contact form under the article and say which paragraph is wrong.",
        ),
    ),
    (
        ("Language", "Keep it clean", "No bad language"),
        (
            "Swearing, slurs and crude jokes are not allowed, even with the letters starred out.",
            "This is a family board read by young builders, so keep your language fit for a ten-year-old.",
            "Please write in English so everyone can follow; a phrase in Portuguese, Chuukese or Kosraean is welcome "
            "if you translate it.",
        ),
    ),
    (
        ("Use your real name", "Identity", "Who you are"),
        (
            "Post under your own full name; anonymous and made-up accounts will not be approved.",
            "Do not pretend to be another person, a committee member or a member of the paper's staff.",
            "Usernames are fine, but the moderators must be able to reach you at a working email address.",
        ),
    ),
    (
        ("The law", "Legal matters", "Defamation and copyright"),
        (
            "You are responsible for what you write, and posts that could be defamatory or prejudice a court case "
            "will be removed.",
            "Do not accuse named people of crimes; the paper can be held liable for everything that appears on its "
            "pages.",
            "Knitting charts, building instructions and dance devisings stay their authors' property, so ask before "
            "posting a copy.",
        ),
    ),
    (
        ("Our decision is final", "Removal of posts", "Moderators' discretion"),
        (
            "The moderators may edit, hide or delete any post without giving a reason, and their decision is final.",
            "Repeated breaches of these rules will lead first to a warning and then to a ban from posting.",
            "We do not discuss individual removals in public; if you disagree, send the moderators a private message.",
        ),
    ),
    (
        ("Report a problem", "Flag it", "Reporting abuse"),
        (
            "If you see a post that breaks these rules, use the report link beneath it rather than replying to it.",
            "Please flag abuse to the moderators and let them deal with it; arguing back only makes the thread worse.",
            "Urgent concerns about a swimmer's welfare should go straight to the club welfare officer, not the "
            "message board.",
        ),
    ),
    (
        ("What you post", "Your contributions", "Reprinting"),
        (
            "By posting you allow the newsletter to reprint your words, with your name, in a future printed issue.",
            "Comments may be quoted on the letters page; say in your message if you would rather they were not.",
            "Photos you upload remain yours, but you give the club permission to show them on this site.",
        ),
    ),
    (
        ("Sensitive sites", "Locations", "Protect the habitat"),
        (
            "Do not post exact locations of nesting birds or rare mosses on the bog, as extra visitors can damage "
            "them.",
            "Please do not name private waters or give swim locations without the fishery's say-so.",
            "Grid references for restoration dams are shared with registered volunteers only, never in a public "
            "thread.",
        ),
    ),
    (
        ("Repairs and complaints", "Not a repairs line", "Reporting repairs"),
        (
            "This board is not the way to report a repair; ring the housing office or use the repairs line so it is "
            "logged.",
            "Complaints about a named neighbour or member of staff go through the association's complaints procedure, "
            "not here.",
            "We cannot give advice on mains appliances over the board; bring them to a session where a volunteer can "
            "look.",
        ),
    ),
)

INTROS_47 = (
    "Please read these rules before you post.",
    "We welcome your views; a few things to bear in mind:",
    "These guidelines apply to every reply on this site.",
    "Our board is run by volunteers, so please help them by following these points.",
    "By commenting you agree to the following:",
    "Before you post, a reminder of the rules agreed by the committee:",
)
CLOSINGS_47 = (
    "Thank you for helping keep this a friendly place.",
    "Tight lines, and happy posting.",
    "Questions about these rules can go to the webmaster.",
    "The full terms of use are linked at the foot of the page.",
    "Thank you for commenting, and for keeping it civil.",
    "With thanks, the parish council.",
)
TITLES_47 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Comment policy",
    "Board etiquette",
    "Rules for replies",
    "Comments: the rules",
)
AMERICAN_47 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "criticise": "criticize",
    "behaviour": "behavior",
    "favour": "favor",
    "programme": "program",
}

_STYLES = ("colon", "dash", "own line", "period", "absent")
_MARKERS = ("", "", "", "number", "number paren", "bullet", "hyphen", "asterisk")


def _marker(kind: str, number: int) -> str:
    return {
        "": "",
        "number": f"{number}. ",
        "number paren": f"{number}) ",
        "bullet": "\u2022 ",
        "hyphen": "- ",
        "asterisk": "* ",
    }[kind]


def _headed(heading: str, style: str) -> str:
    if heading.endswith("?") or style == "own line":
        return heading
    return {"colon": heading + ":", "dash": heading + _dash(heading), "period": heading + "."}[style]


def _dash(heading: str) -> str:
    # an en dash for most headings, a hyphen for short ones, so both spellings of the dash appear
    return " -" if len(heading) < 8 else " \u2013"


def _items_47(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: its wording kinds drawn, each item headed in the policy's style (or, in a mixed list, its
    own), numbered or bulleted or not; some sites never say "comment", in their items or around them."""
    never_comment = rng.random() < 0.3
    kinds = []
    for headings, sentences in REWORDINGS_47:
        if never_comment:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    layout = rng.choice((*_STYLES, "mixed", "mixed"))
    capitals = rng.random() < 0.25
    marker = rng.choice(_MARKERS)
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        style = rng.choice(_STYLES) if layout == "mixed" else layout
        said = [rng.choice(sentences)]
        if len(sentences) > 1 and rng.random() < 0.12:
            said.append(rng.choice([s for s in sentences if s != said[0]]))
        mark = _marker(marker, number)
        if style == "absent":
            items.append(("", mark + said[0], *said[1:]))
            continue
        heading = rng.choice(headings)
        heading = _headed(heading.upper() if capitals else heading, style)
        if style == "own line":
            items += [(mark + heading, ""), ("", *said)]
        else:
            items.append((mark + heading, *said))
    intros, closings, titles = INTROS_47, CLOSINGS_47, TITLES_47
    if never_comment:
        intros, closings, titles = (tuple(x for x in xs if not _says_comment(x)) for xs in (intros, closings, titles))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_47)
