"""The ``reworded-55`` family's policies: island, diaspora, rural, parish, club and hobby-board sites' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Headings carry no punctuation; :func:`_items_55` prints them.
REWORDINGS_55: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be Neighbourly", "Courtesy First", "Mind Your Manners"),
        (
            "Treat fellow readers as you would a neighbour at the harbour wall: disagree if you must, but never "
            "with insults or name-calling.",
            "We are a small island and everyone knows everyone, so please keep replies courteous even when "
            "feelings run high.",
            "Personal attacks on other members, on volunteers or on the people named in a story will be removed "
            "without notice.",
            "Be kind in your comments; a harsh word travels far in a community this size.",
        ),
    ),
    (
        ("Your Privacy", "Personal Details", "Privacy"),
        (
            "Your email address is never shown publicly and is used only if a moderator needs to contact you "
            "about a post.",
            "Do not share phone numbers, home addresses or the whereabouts of other residents, even with their "
            "permission.",
            "We keep the details you give when registering for as long as your account is open and never pass them on.",
        ),
    ),
    (
        ("Moderation", "Why Hasn't My Post Appeared?", "Waiting for Approval", "Please Be Patient"),
        (
            "Every post is read by a volunteer before it appears, which can take a day or more at weekends and "
            "during the hay harvest.",
            "Our moderators are parishioners giving their own time, so your comment may wait until after Sunday "
            "Mass to be approved.",
            "Messages from new members are held for review; after your first few are approved they appear straight "
            "away.",
            "Please do not post the same message twice if it does not show at once; it is simply waiting in the queue.",
        ),
    ),
    (
        ("Closing Your Account", "Account Deletion", "Leaving the Board"),
        (
            "To delete your account, write to the secretary from the address you registered with; your posts will "
            "be anonymised, not removed.",
            "You may close your membership at any time from your profile page, and we will erase your details "
            "within thirty days.",
            "If you ask us to remove your account, replies you have already made stay up under the name Former Member.",
        ),
    ),
    (
        ("Advertising", "No Selling", "Sales and Promotion"),
        (
            "Please do not advertise cuttings, clocks or services for sale here; use the classifieds page, which "
            "is free to members.",
            "Posts promoting businesses, fundraisers we have not approved or outside websites will be taken down.",
            "Cattle, hay and equipment sales belong in the Trading Post section, not under news stories.",
        ),
    ),
    (
        ("Spotted an Error?", "Corrections", "Tell the Newsroom"),
        (
            "If a story gets a name, date or fact wrong, email the newsroom rather than posting about it, and we "
            "will correct it promptly.",
            "Corrections to articles go to the editor by phone or email; a note left below the story may not be "
            "seen for days.",
            "Spelling of village names and family names matters to us; tell the news desk and we will put it right.",
        ),
    ),
    (
        ("Stay on Topic", "Keep to the Subject", "On Topic, Please"),
        (
            "Keep your reply to the subject of the thread; questions about dial repairs belong in the Workshop "
            "section.",
            "Off-topic comments, however well meant, may be moved or removed so that discussions stay useful.",
            "Please start a new thread for a new question rather than adding it to somebody else's.",
        ),
    ),
    (
        ("Use Your Real Name", "Names", "Who You Are"),
        (
            "Posts must carry your real first name and village or town; anonymous contributions are not published.",
            "We ask members to sign with their own name, as they would a letter to the bulletin.",
            "Usernames that impersonate clergy, officials, club officers or other members will be changed or "
            "suspended.",
        ),
    ),
    (
        ("Language", "Clean Language", "Family Reading"),
        (
            "Swearing, slurs and crude language are not allowed in any language, including Tamil, Sinhala, "
            "Chichewa or Tongan.",
            "Young band members read these pages, so keep your language fit for a school concert.",
            "Posts in languages other than English are welcome, but please add a short English summary for our "
            "moderators.",
        ),
    ),
    (
        ("Photos", "Pictures and Uploads", "Sharing Images"),
        (
            "Only upload photographs you took yourself, and ask before posting pictures of children or of "
            "residents at the home.",
            "Images of plants, clocks or birds are welcome; please keep each file under five megabytes.",
            "Do not post photographs of nests with eggs or chicks, as this can lead disturbers to protected sites.",
        ),
    ),
    (
        ("Legal", "Defamation", "The Law"),
        (
            "Do not accuse named people of crimes; we are responsible for what appears here and will remove "
            "anything that could be defamatory.",
            "Nothing you write may break the law of the territory, including the rules on reporting court cases.",
            "Remarks that stir up hatred against any community, faith or clan will be reported to the authorities.",
        ),
    ),
    (
        ("Report a Problem", "Flagging", "Tell a Moderator"),
        (
            "If you see a post that breaks these rules, use the Report link beneath it rather than replying.",
            "Flag abusive comments for the moderators; please do not answer them yourself, as that only feeds the "
            "argument.",
            "Worried about something you have read? Contact the committee in confidence and we will look into it.",
        ),
    ),
    (
        ("Links and Spam", "Links", "No Spam"),
        (
            "Links to race results, seed exchanges or parish notices are fine; links to shops and betting sites "
            "are not.",
            "Posts made up mostly of links, or copied in bulk from other sites, will be treated as spam and removed.",
        ),
    ),
    (
        ("Our Right to Remove", "Final Say", "Editorial Decisions"),
        (
            "The editors may edit, shorten or remove any post without explanation, and repeat offenders will be "
            "barred.",
            "Moderators' decisions are final, though you may appeal to the chair of the association in writing.",
            "We reserve the right to close a discussion at any time, particularly on stories involving bereavement.",
        ),
    ),
)

POLICY_INTROS_55 = (
    "Before you post, please take a moment to read our house rules.",
    "These guidelines help keep our pages friendly for everyone in the community.",
    "Posting here means you accept the rules below.",
    "A few words from the committee on how we run these pages.",
    "Welcome to the comments. Please read the following first.",
)
POLICY_CLOSINGS_55 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules? Email the moderators.",
    "These rules were last reviewed by the committee in September.",
    "Thanks for commenting, and for keeping it civil.",
    "Walk good, and mind how you post.",
)
POLICY_TITLES_55 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Guidelines",
    "House Rules",
    "Forum Etiquette",
)
AMERICAN_55 = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "harbour": "harbor",
    "anonymised": "anonymized",
}

_BULLETS = ("•", "-", "*", "–", "·")


def _heading(heading: str, style: str, number: str) -> str:
    """A heading as a site prints it: after a number or bullet, then inline after a colon or dash, on a line
    of its own (no mark), in capitals, or not at all."""
    if style == "absent":
        return number.strip()
    text = heading.upper() if style.endswith("caps") else heading
    if style.startswith("colon"):
        text += ":" if not text.endswith("?") else ""
    elif style.startswith("dash"):
        text += " -" if style.endswith("caps") else " —"
    return (number + text).strip()


def _items_55(rng: random.Random) -> list[tuple[str, ...]]:
    silent = rng.random() < 0.3  # a site that never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_55:
        if silent:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, min(9, len(kinds)))
    chosen = rng.sample(kinds, count)
    styles = ("colon", "dash", "own", "caps", "colon-caps", "dash-caps", "absent")
    style = rng.choice((*styles, "mixed"))
    marks = rng.choice(("none", "none", "numbers", "parens", "bullets"))
    bullet = rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        number = {"none": "", "numbers": f"{n}. ", "parens": f"{n}) ", "bullets": f"{bullet} "}[marks]
        item_style = rng.choice(styles) if style == "mixed" else style
        items.append((_heading(rng.choice(headings), item_style, number), rng.choice(sentences)))
    intros, closings, titles = POLICY_INTROS_55, POLICY_CLOSINGS_55, POLICY_TITLES_55
    if silent:
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
        titles = tuple(line for line in titles if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_55)
