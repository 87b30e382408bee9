"""The ``reworded-187`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Malawian and Botswanan English news, Lake District parish pages, New Mexico pueblo-town weeklies,
gaelic-football clubs, knitting circles, kidney-patient forums, tenants' unions, community-orchard volunteers.

Written blind: from how such sites word and print their posting rules, not from the cleaner's code, docs or
reports, nor from other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (a document picks one, or none), and five sentences. ``{c}``/``{cs}`` stand for
#: the site's word for what readers send, ``{C}``/``{Cs}`` for it capitalised. British spelling; a document may
#: print it in American spelling (``AMERICAN_187``).
REWORDINGS_187 = (
    (  # civility
        ("Be courteous", "Respect Fellow Members", "Play the ball, not the player", "Why be kind?", "Civility"),
        (
            "Readers are kindly requested to treat one another with courtesy and respect.",
            "Disagree by all means, but criticise the idea rather than the person who holds it.",
            "Personal attacks on other members, our volunteers or club officials will be removed.",
            "Please remember there is a real person, often a neighbour, behind every {c}.",
            "Sarcasm and belittling remarks rarely read well in print, so think twice before you press send.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Tribalism and Discrimination", "Zero tolerance for bigotry", "Is it hateful?", "Hate"),
        (
            "{Cs} that stir up tribal, racial or religious hatred will be deleted without notice.",
            "We do not accept abuse aimed at anyone's tribe, nationality, faith, sex, sexuality or disability.",
            "Remarks mocking tribal nations, pueblos or their customs have no place on this page.",
            "Xenophobic {cs} about migrants or foreign nationals will not be published.",
            "Hateful language, however it is disguised, will lead to an immediate ban.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect personal details", "Keep it private", "Can I share someone's address?", "Your data"),
        (
            "Do not post phone numbers, home addresses or email addresses, your own or anyone else's.",
            "Please do not name a landlord's other tenants or give out flat numbers in a public {c}.",
            "Never share another patient's diagnosis, results or treatment without their express permission.",
            "Photographs of people taken without their consent will be taken down on request.",
            "Private details of players, parents or volunteers must stay off the club pages.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting the vulnerable", "Juvenile players", "Minors"),
        (
            "Do not name or picture any under-18 player without the consent of a parent or guardian.",
            "Any safeguarding concern should be raised with the club's Children's Officer, not posted online.",
            "We will not publish anything that could identify a child, a victim of abuse or a vulnerable adult.",
            "Members under 16 must have a parent's permission before joining the forum.",
            "If you believe someone is at risk, please contact the police or social services straight away.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Approval times", "Please be patient"),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent at weekends may not be approved until Monday.",
            "Your first {c} will be held for approval; after that they usually go up straight away.",
            "{Cs} containing links are held back automatically until a moderator has checked them.",
            "Please do not send the same {c} twice; it is in the queue and will be looked at.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is this the right place?", "On topic, please"),
        (
            "Keep your {cs} relevant to the article or thread you are replying to.",
            "Match reports are not the place for debates about county board politics.",
            "Questions about patterns, yarns or needles belong in the Help board rather than in general chat.",
            "Off-topic {cs} may be moved to a more suitable thread or removed altogether.",
            "Please start a new thread instead of taking over someone else's conversation.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Advertising, chain messages and promotion of businesses are not permitted.",
            "Items for sale may only be listed in the Classifieds section, once a week.",
            "Links to money-making schemes, loans or crypto offers will be removed and the account blocked.",
            "Sellers of yarn or patterns should contact the organisers about a paid listing.",
            "Repeated identical {cs} will be treated as spam.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "Who are you?", "Registration", "One member, one account"),
        (
            "We ask that all contributors register with their real name and a working email address.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Do not pretend to be another person, a club official or a council officer.",
            "Usernames that are offensive or misleading will be changed by the moderators.",
            "You are responsible for everything posted from your account, so keep your password safe.",
        ),
    ),
    (  # the law
        ("Legal", "Defamation and the law", "Court cases", "Could you be sued?", "Stay within the law"),
        (
            "Do not make allegations you cannot prove against named individuals or businesses.",
            "{Cs} about matters before the courts may be withheld until proceedings have ended.",
            "You are legally responsible for what you post, and defamation can lead to a claim against you.",
            "Nothing may be posted that breaches the Electronic Transactions and Cyber Security Act or any other law.",
            "We will cooperate with the police where a {c} appears to break the law.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and photographs", "Can I share a pattern?", "Credit"),
        (
            "Do not reproduce whole articles, photographs or patterns that you do not own.",
            "Please link to a designer's pattern rather than copying it into a {c}.",
            "Short quotations are fine, provided you name the source.",
            "By posting photographs you confirm you hold the rights to them and allow us to display them.",
            "Material copied from other newspapers will be removed.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "If you see something that concerns you, email the moderators rather than replying to it.",
            "Please do not reply to a troll; report the {c} and leave it to us.",
            "All reports are confidential and are normally looked at within a day.",
            "Reports are read by the committee, who will decide what action to take.",
        ),
    ),
    (  # editor's discretion
        ("Editor's decision", "Our discretion", "The final word", "Who decides?", "Right to remove"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee may close a thread at any time if discussion becomes heated.",
            "{Cs} express the views of their authors and not those of the club, the union or the newspaper.",
            "The parish council is not responsible for opinions expressed by contributors.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted an error?", "News tips", "Got a story?", "Accuracy"),
        (
            "If you believe we have made a mistake, please email the newsroom instead of leaving a {c}.",
            "Corrections are published on page two of the following week's edition.",
            "Story ideas and news tips can be sent to the editor by WhatsApp or email.",
            "Errors in fixtures or results should be reported to the club PRO.",
            "We check every complaint about accuracy and will correct the record where needed.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Bad language", "Swearing", "Write clearly"),
        (
            "Swearing and crude language, including words disguised with asterisks, are not allowed.",
            "Please write in English or Setswana so that our moderators can read your {c}.",
            "{Cs} in English or Chichewa are welcome; others may be held until they can be checked.",
            "Avoid typing in capital letters, which reads as shouting.",
            "Text-speak and heavy abbreviations make {cs} hard to follow; please write in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break these rules?", "Sanctions", "Bans"),
        (
            "Members who break these rules will receive one warning before their account is suspended.",
            "Repeated breaches will result in a permanent ban from the forum.",
            "Moderators may suspend posting rights for seven days while a complaint about behaviour is looked into.",
            "Banned members who return under a new name will be removed without further notice.",
            "Suspensions are recorded and reviewed by the committee at its next meeting.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Your health", "Safety first", "Is this medical advice?", "Health and safety"),
        (
            "Nothing posted here replaces advice from your renal unit, GP or dialysis nurse.",
            "Never change your medication or fluid allowance because of something you read in a {c}.",
            "Do not climb ladders or use pruning saws at work parties unless a team leader is present.",
            "If you feel unwell, contact your kidney unit or call 999 rather than posting on the forum.",
            "Members share their own experience only; always check with your clinical team first.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-187 only).
POLICY_TITLES_187 = (
    "Forum Rules",
    "Posting guidelines",
    "Community Rules",
    "Guidelines for {Cs}",
    "Rules of the Message Board",
    "Guidelines for Contributors",
    "Code of Conduct",
    "Comment Policy",
    "Before you post",
    "Parish Website: Terms of Use",
)

POLICY_INTROS_187 = (
    "We welcome {cs} from readers, provided they follow these rules.",
    "Please take a moment to read the following before you post.",
    "These guidelines apply to all members of the forum, old and new.",
    "The committee has agreed the following rules for the club's pages.",
    "To keep this a friendly place for everyone, we ask members to observe the following.",
)

POLICY_CLOSINGS_187 = (
    "Thank you for helping to keep our community friendly and safe.",
    "These rules may be updated from time to time; last reviewed March 2026.",
    "Any questions about these rules should be sent to the moderators.",
    "Happy posting, and keep the needles clicking!",
    "By submitting a {c} you agree to abide by these guidelines.",
    "Zikomo kwambiri for your cooperation.",
)

#: British spellings in the lists above and their American forms (a reworded-187 document prints one or the other).
AMERICAN_187 = {
    "criticise": "criticize",
    "organisers": "organizers",
    "neighbour": "neighbor",
    "behaviour": "behavior",
}

#: What a site calls what readers send: (singular, plural).
WORDS_187 = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

#: The marker shapes a site may print (``_marker_187``), "none" and plain numbers twice as likely.
SHAPES_187 = (
    *("none", "none", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I."),
    *("\u2022", "-", "*", "\u2013", "Rule", "Rule."),
)

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker_187(shape: str, n: int) -> str:
    """The marker before item ``n`` (from 0) in a site's shape, with its trailing space ("" for none)."""
    letter = "abcdefghijklmnop"[n]
    return {
        "none": "",
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "(1)": f"({n + 1}) ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{_ROMAN[n]}. ",
        "(i)": f"({_ROMAN[n]}) ",
        "I.": f"{_ROMAN[n].upper()}. ",
        "\u2022": "\u2022 ",
        "-": "- ",
        "*": "* ",
        "\u2013": "\u2013 ",
        "Rule": f"Rule {n + 1}: ",
        "Rule.": f"Rule {n + 1}. ",
    }[shape]


_SMALL_187 = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "by", "with", "not"}


def _case_187(heading: str, case: str) -> str:
    """A heading in a site's case: as written, capitals, title case (small words kept low) or sentence case."""
    words = heading.split()
    if case == "upper":
        return heading.upper()
    if case == "title":
        return " ".join(
            word if n and word.lower() in _SMALL_187 else word[:1].upper() + word[1:] for n, word in enumerate(words)
        )
    if case == "sentence":
        low = [word if word == "I" else word.lower() for word in words[1:]]
        return " ".join([words[0][:1].upper() + words[0][1:].lower(), *low])
    return heading


def _items_187(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-187 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, in order: the site's word for what readers send (a quarter of sites never say "comment": their lines
    that would are left out); how many items (two to five, probability 0.3, else six to all sixteen); the table's
    order (0.45) or a drawn order; how many sentences an item (one, two, three, or one to three each); whether
    items have headings (0.8), their case (as written, capitals, title case, sentence case) and where they go (their
    own part, or run in before a colon, a stop, a dash or a spaced hyphen, or in square brackets); the marker
    shape (numbers, letters, roman numerals, bullets, "Rule N:"/"Rule N." or none), put on the item's first part; now and
    then a "Back to top" after each item (0.08), or "NB:"/"Please note:" before one item's first sentence (0.15);
    then ``_furnish``'s opening, closing and title lines."""
    avoid = rng.random() < 0.25  # this site never says "comment"
    singular, plural = rng.choice(WORDS_187[2:] if avoid else WORDS_187)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    def usable(texts: tuple[str, ...]) -> list[str]:
        found = [fill(text) for text in texts]
        return [text for text in found if not (avoid and _says_comment(text))] or found

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_187))
    if rng.random() < 0.45:
        keep = sorted(rng.sample(range(len(REWORDINGS_187)), count))
        chosen = [REWORDINGS_187[i] for i in keep]
    else:
        chosen = rng.sample(REWORDINGS_187, count)
    per_item = rng.choice(((1, 1), (2, 2), (3, 3), (1, 3), (1, 2)))
    headed = rng.random() < 0.8
    case = rng.choice(("as", "as", "upper", "title", "sentence"))
    place = rng.choice(("own", "own", ":", ".", " \u2013", " -", "[]"))
    shape = rng.choice(SHAPES_187)
    back_to_top = rng.random() < 0.08
    note_at = rng.randrange(count) if rng.random() < 0.15 else -1
    note = rng.choice(("NB:", "Please note:", "N.B."))

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen):
        picked = rng.sample(usable(sentences), min(rng.randint(*per_item), len(sentences)))
        if n == note_at:
            picked[0] = f"{note} {picked[0]}"
        heading = _case_187(rng.choice(usable(headings)), case) if headed else ""
        marker = _marker_187(shape, n)
        if heading and place == "own":
            parts = [marker + heading, *picked]
        elif heading and place == "[]":
            parts = ["", f"{marker}[{heading}] {picked[0]}", *picked[1:]]
        elif heading:
            stop = "" if heading.endswith("?") and place in (":", ".") else place
            parts = ["", f"{marker}{heading}{stop} {picked[0]}", *picked[1:]]
        else:
            parts = ["", marker + picked[0], *picked[1:]]
        items.append(tuple(parts))
        if back_to_top:
            items.append(("", "Back to top"))
    titles = usable(POLICY_TITLES_187)
    return _furnish(items, rng, usable(POLICY_INTROS_187), usable(POLICY_CLOSINGS_187), titles, AMERICAN_187)
