"""The ``reworded-43`` family's policies: island, diaspora, West African, Pacific and small-town news, clubs, faiths."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentence variants) per item kind; a variant of two sentences is a tuple, one part a sentence.
REWORDINGS_43: tuple[tuple[tuple[str, ...], tuple[str | tuple[str, ...], ...]], ...] = (
    (
        ("Be civil", "Respect others", "Kindness first", "Mind your manners"),
        (
            "Treat fellow members as you would at the clubhouse table: disagree with the idea, never the person.",
            "Personal attacks, name-calling and slurs about anyone's island, tribe, faith or county are removed "
            "without warning.",
            "We are neighbours first, so keep your replies courteous even when the debate gets heated.",
            "Comments that attack a person's tribe, religion or home region will be deleted and the commenter banned.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Replies should relate to the story or thread above; general chatter belongs in the Open Forum.",
            "Please keep discussion to pens, inks and paper, not politics or last night's football.",
            ("Posts that wander far from the article may be moved.", "Repeated off-topic posting may be removed."),
        ),
    ),
    (
        ("Privacy", "Your privacy", "Personal information", "Protect privacy"),
        (
            "Do not post phone numbers, home addresses, number plates or photos of private people without their "
            "consent.",
            "We never share your email address; it is used only to confirm your account and send the replies you "
            "ask for.",
            (
                "On a small island everyone knows everyone.",
                "Please leave out the names of patients, children and families in difficulty.",
            ),
            "Registration details are kept under our privacy notice and are never sold or passed to a third party.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Approval times", "Held for review"),
        (
            "Every post is read by a volunteer before it appears, so please allow up to 48 hours, longer at weekends.",
            "New members' first three posts wait in a queue until a moderator approves them.",
            "When the boat and the internet both stop in bad weather, posts may sit unapproved until the "
            "connection returns.",
            "Comments are held for approval and may take up to a day to appear, longer on public holidays.",
        ),
    ),
    (
        ("Closing your account", "Account deletion", "Leaving the forum"),
        (
            "To delete your account, use Close Account under Settings; your old posts will then show as from a "
            "former member.",
            "Write to the forum organisers if you want your account and everything you have posted erased; we confirm "
            "within a month.",
            ("Deleted accounts cannot be restored.", "Text quoted in other members' replies may remain."),
        ),
    ),
    (
        ("No advertising", "Selling and spam", "Commercial posts", "Adverts"),
        (
            "Posts promoting businesses, raffles or sales belong on the Classifieds board, not in news threads.",
            "Spam, chain messages and links to online shops will be deleted and the account suspended.",
            "Members may offer a car part or a pen for sale once, in the Marketplace thread, with a price and no "
            "links.",
            "Fundraising appeals need the committee's approval before they are posted.",
        ),
    ),
    (
        ("Corrections", "Spotted an error?", "Report a mistake", "Errors"),
        (
            "If you spot a factual error in a story, please email the editor rather than posting it in the replies.",
            "Corrections are handled by the newsroom: write to the address on our Contact page with the headline "
            "and what needs fixing.",
            "Please don't use the comments to report errors; tell our editors directly so the article can be "
            "corrected quickly.",
        ),
    ),
    (
        ("Use your real name", "Identity", "Who you are"),
        (
            "Post under your own name; anonymous accounts and accounts impersonating others will be removed.",
            "Members must register with the name they are known by in the congregation, not a nickname.",
            "Pseudonyms are allowed, but pretending to be another person, a club officer or an official is not.",
        ),
    ),
    (
        ("Language", "English please", "Languages"),
        (
            "Please post in English so that everyone can follow; a Finnish or Karelian phrase is welcome with a "
            "translation.",
            "Swearing, including abbreviated or disguised swearing, is filtered, and repeat offenders lose posting "
            "rights.",
            "Write in plain English, not in capitals, and keep text-speak to a minimum.",
        ),
    ),
    (
        ("Legal", "The law", "Defamation", "Court cases"),
        (
            "Do not discuss ongoing court cases or accuse anyone of a crime; we can be held liable for what you write.",
            "Libellous or defamatory statements will be removed, and we may share details with the authorities if "
            "the law requires it.",
            "Before naming anyone in connection with an incident, remember that an allegation is not proof.",
            "Comments that could prejudice a trial cannot be published under the laws of Liberia or The Gambia.",
        ),
    ),
    (
        ("Copyright", "Photos and quotes", "Other people's work"),
        (
            "Only upload photographs you took yourself or have permission to share, and credit the photographer.",
            "Quote short extracts from other sources with a link; do not paste whole articles.",
            "Sky images posted to the gallery remain the property of the observer who took them.",
        ),
    ),
    (
        ("Safety", "Emergencies", "Suspicious activity", "Not an emergency line"),
        (
            "This board is not watched around the clock: in an emergency call 911 or the tribal police.",
            "Report suspicious activity to the police first, then share a general description here, never a named "
            "suspect.",
            (
                "Do not post when your home will be empty.",
                "That helps burglars far more than it helps neighbours.",
            ),
        ),
    ),
    (
        ("Respect for faith", "Our community", "Interfaith respect"),
        (
            "This is our congregation's space online; please respect the beliefs and practices of every faith.",
            "Posts mocking any religion, tradition or sacred place, feast days included, will be removed.",
            "Questions about practice are welcome; sermons, arguments and attempts at conversion are not.",
        ),
    ),
    (
        ("Report abuse", "Flagging", "If you see a problem"),
        (
            "Use the Flag link under any post that breaks these rules; a moderator will look at it as soon as "
            "possible.",
            "Please report offensive posts to the moderators rather than replying to them in the thread.",
            "Flagging is anonymous, and repeated false flags may themselves lead to a warning.",
        ),
    ),
    (
        ("Moderators' decisions", "Final say", "Appeals", "Comment moderation"),
        (
            "The moderators' decisions are final, though you may appeal once by writing to the club secretary.",
            "We may edit, move or remove any post, and suspend members who ignore a warning about their behaviour.",
            "Removed posts are not discussed in public; questions about moderation go by private message.",
        ),
    ),
)

TITLES_43 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Forum Rules",
    "Message Board Etiquette",
    "Community Standards",
    "Comment Guidelines",
    "Reader Comments Policy",
)
INTROS_43 = (
    "Please read these guidelines before posting.",
    "By posting you agree to the following rules.",
    "Our message board is run by volunteers and depends on a few simple rules.",
    "Comments are welcome on all our stories, subject to the following.",
    "Before you post, please take a moment to read the following.",
)
CLOSINGS_43 = (
    "Thank you for helping keep this a friendly neighbourhood space.",
    "Questions about these rules? Contact the moderators.",
    "The committee may revise these guidelines at any time.",
    "Happy posting, and clear skies to you all!",
    "Thank you for reading, and for commenting responsibly.",
)
#: British spellings of this family's lines and their American forms.
AMERICAN_43 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "libellous": "libelous",
    "organiser": "organizer",
}

_STYLES = ("colon", "dash", "own", "caps", "none")
_NUMBERS = ("{}.", "{})", "({})")
_BULLETS = ("•", "-", "*", "·", "–")


def _parts(variant: str | tuple[str, ...]) -> tuple[str, ...]:
    return (variant,) if isinstance(variant, str) else variant


def _heading(heading: str, style: str, rng: random.Random) -> str:
    if style == "colon":
        return heading if heading.endswith("?") else heading + ":"
    if style == "dash":
        return heading + rng.choice((" –", " -", " —"))
    if style == "caps":
        return heading.upper() + rng.choice(("", ":"))
    if style == "own":
        return heading
    return ""


def _items_43(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of 2-9 items of this family's kinds, headed inline, on a line of their own, in capitals or not at
    all (one way for the policy, or each item its own), numbered or bulleted or neither, and its furniture."""
    silent = rng.random() < 0.3  # a site that never says "comment"
    pool = []
    for headings, variants in REWORDINGS_43:
        if silent:
            headings = tuple(h for h in headings if not _says_comment(h))
            variants = tuple(v for v in variants if not _says_comment(*_parts(v)))
        if headings and variants:
            pool.append((headings, variants))
    count = rng.randint(2, 3) if rng.random() < 0.35 else rng.randint(4, 9)
    chosen = rng.sample(pool, min(count, len(pool)))
    mixed = rng.random() < 0.25
    style = rng.choice(_STYLES)
    marker = rng.choice((None, None, "numbers", "bullets"))
    form = rng.choice(_NUMBERS if marker == "numbers" else _BULLETS)
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, 1):
        head = _heading(rng.choice(headings), rng.choice(_STYLES) if mixed else style, rng)
        sentences = list(_parts(rng.choice(variants)))
        if marker is not None:
            mark = form.format(number) if marker == "numbers" else form
            if head:
                head = f"{mark} {head}"
            else:
                sentences[0] = f"{mark} {sentences[0]}"
        items.append((head, *sentences))

    def keep(lines: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line for line in lines if not (silent and _says_comment(line)))

    return _furnish(items, rng, keep(INTROS_43), keep(CLOSINGS_43), keep(TITLES_43), AMERICAN_43)
