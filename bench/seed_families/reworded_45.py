"""The ``reworded-45`` family's policies: discussion rules, posting guidelines and before-you-post boxes as small
island, rural, club and volunteer sites word and print them (``FAMILIES.md`` says when and how)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentences) per item kind. Headings are printed inline after a colon or a dash, on a line of their
#: own, in capitals, or not at all; some kinds have wordings that never say "comment".
REWORDINGS_45: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be Civil", "Mind Your Manners", "Courtesy First", "Play Fair"),
        (
            "Treat fellow members as you would across the hoop on a Sunday afternoon: firmly, fairly and politely.",
            "Disagree with the argument, never with the person; name-calling and sneering remarks will be removed.",
            "Kindly refrain from insults, tribal or ethnic slurs and abusive language towards any contributor.",
            "We are a small island and everybody knows everybody, so write as if you were saying it at the jetty.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect Your Neighbours", "Keep Private Things Private"),
        (
            "Do not post anyone's address, lot number, telephone number or car registration, including your own.",
            "Please never give the location of a nest, a release site or an animal in care; it puts wildlife at risk.",
            "Comments that share personal details about residents, patients or their families will be deleted "
            "without notice.",
            "Members under eighteen must not share their surname, school or home farm in any post.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Isn't My Post Showing?", "Patience Please", "Approval Times"),
        (
            "Every comment is read by a volunteer before it appears, so allow up to two days, longer at lambing time.",
            "Our moderators are volunteers; posts sent after Friday noon may not be approved until Monday.",
            "Nothing is reviewed on the Lord's Day; anything sent on a Sunday will wait for Monday morning.",
            "The ferry and the internet both come and go here, so a post can take a while to show.",
        ),
    ),
    (  # account deletion
        ("Closing Your Account", "Leaving Us", "Deleting a Profile"),
        (
            "To close your account, write to the secretary; your profile goes at once, your earlier posts within "
            "thirty days.",
            "You may delete your account at any time under Settings, but replies quoting you will remain.",
            "If you would like your name and every comment removed, email the editor and we will see to it.",
        ),
    ),
    (  # advertising
        ("No Selling", "Advertising", "Buy, Sell and Swap", "Commercial Posts"),
        (
            "No adverts, please: kits, ribbons, platens and lobster gear belong in the classifieds, not here.",
            "Posts promoting a business, a raffle or a crowdfunder will be taken down unless the committee agreed "
            "first.",
            "Selling typewriters, brewing equipment or livestock in a thread is not allowed; use the Swap Board "
            "instead.",
            "Kindly note that sponsored messages and business promotions attract a fee; contact our advertising desk.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted an Error?", "Corrections", "Report a Mistake", "Tell the Newsroom"),
        (
            "If we got a name, a date or a catch weight wrong, email the newsroom rather than posting it here.",
            "Corrections are made by the editor, not in the thread; send the details to news@ and we will put it "
            "right.",
            "Errors in a story should be reported to the editorial desk by telephone or email, not in a comment.",
        ),
    ),
    (  # off topic
        ("Stay on Topic", "Keep to the Subject", "Off Topic"),
        (
            "Keep your remarks to the story or the thread you are in; general chatter belongs in the Lounge.",
            "Posts about politics, religion or last year's county fair judging will be moved or removed.",
            "Please stick to the subject at hand; we run a separate board for everything else.",
        ),
    ),
    (  # language
        ("Language", "Clean Language", "Family Friendly"),
        (
            "This is a family newsletter read by children and grandparents alike; keep your language plain and clean.",
            "Swearing, crude jokes and innuendo are not welcome, even with the letters starred out.",
            "Posts may be written in English, Gaelic, North Sámi, Finnish or Swedish, but profanity in any of them "
            "is removed.",
        ),
    ),
    (  # real names
        ("Real Names", "Who Are You?", "Use Your Own Name"),
        (
            "Please post under your own first and last name; this is a small community and we sign what we say.",
            "Nicknames are fine on the board, but the moderators must know who you are before approving you.",
            "Anonymous comments are not published; sign with your name and your village or lot.",
        ),
    ),
    (  # links and spam
        ("Links", "No Spam", "Links and Attachments"),
        (
            "Links to other sites are held for review, and repeated links to the same shop are treated as spam.",
            "Do not paste chain letters, petitions or the same message into several threads.",
            "Attachments larger than two megabytes are refused; share photographs through the gallery instead.",
        ),
    ),
    (  # threats and reporting
        ("Report Abuse", "Flag It", "Threats", "Safety"),
        (
            "Use the Report link under any post that threatens, harasses or frightens someone, and a moderator "
            "will look at it.",
            "Threats of violence are passed to the police; we keep the sender's details as the law requires.",
            "If something worries you, press Flag rather than replying; arguing back only keeps it on the page.",
        ),
    ),
    (  # young members
        ("Young Members", "Youth Safety", "Members Under 18"),
        (
            "Parents or club leaders must approve accounts for members under thirteen, and may read their posts at "
            "any time.",
            "Adults may not send private messages to youth members; keep all conversation on the open board.",
            "Photographs of children are only posted with a signed form from a parent or guardian.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and Music", "Whose Work Is It?"),
        (
            "Do not upload recordings of our concerts or scanned sheet music; both belong to others.",
            "Quote a few lines from another paper if you must, with a link, but never paste a whole article.",
            "Anything you post may be reprinted in the quarterly newsletter, credited with your name.",
        ),
    ),
    (  # advice and care
        ("Not Professional Advice", "Found an Animal?", "Health and Care"),
        (
            "Advice given here comes from hobbyists, not vets; for an injured animal ring the rescue hotline at once.",
            "Nothing on this board replaces advice from a doctor, nurse or the hospice team; please ask them directly.",
            "Never try to feed or treat a wild animal from something read in a thread; call a licensed rehabber.",
        ),
    ),
    (  # right to remove
        ("Our Right to Remove", "Editorial Discretion", "Final Say"),
        (
            "The editor may shorten, hold back or remove any post without giving a reason, and that decision is final.",
            "Repeated breaches of these guidelines will see your posting rights suspended for a month, then for good.",
            "By posting you accept these rules; the committee may amend them at the annual general meeting.",
        ),
    ),
)

POLICY_TITLES_45 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Board Rules",
    "Guidelines for Commenting",
    "House Rules for the Message Board",
    "A Word Before You Post",
)
POLICY_INTROS_45 = (
    "Please read the following before you post.",
    "A few simple rules keep this board friendly for everyone.",
    "By taking part in the discussion you agree to the guidelines below.",
    "Our comment section is run by volunteers, so we ask everyone to follow these rules.",
    "Welcome, and thank you for joining in. Kindly observe these guidelines.",
)
POLICY_CLOSINGS_45 = (
    "Thank you for helping us keep this a good place to talk.",
    "Questions about these rules can be sent to the secretary.",
    "These guidelines were last revised at the spring meeting.",
    "Happy posting, and see you at the next gathering.",
    "Thank you for commenting responsibly.",
)
#: British spellings in the family's lines and their American forms.
AMERICAN_45 = {
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "licence": "license",
    "adverts": "ads",
    "organise": "organize",
    "telephone": "phone",
    "photographs": "photos",
    "ring the": "call the",
    "programme": "program",
}

_BULLETS = ("•", "-", "*", "–", "·")
_NUMBERS = ("{}.", "{})", "({})", "#{}", "{} -")


def _heading(heading: str, how: str, dash: str) -> str:
    """A heading printed as ``how`` says, before its sentence on the same line."""
    if how == "colon":
        return heading if heading.endswith("?") else heading + ":"
    if how == "dash":
        return heading + dash
    if how == "caps":
        return heading.upper() if heading.endswith("?") else heading.upper() + ":"
    if how == "caps-dash":
        return heading.upper() + dash
    return heading if heading.endswith("?") else heading + "."


def _items_45(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy's items: two to three items (0.2) or three to eight, headed one way or mixed, numbered or
    bulleted or bare; a quarter of the sites never say "comment"."""
    never_comment = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(3, 8)
    chosen = rng.sample(REWORDINGS_45, count)
    layouts = ("colon", "dash", "caps", "caps-dash", "full-stop", "own", "own-caps", "none")
    layout = rng.choice((*layouts, "mixed", "mixed"))
    dash = rng.choice((" —", " -", " –", " --"))
    marker = rng.choice(("none", "none", "numbers", "bullets"))
    number_form = rng.choice(_NUMBERS)
    bullet = rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, start=1):
        if never_comment:
            headings = tuple(h for h in headings if not _says_comment(h)) or ("",)
            sentences = tuple(s for s in sentences if not _says_comment(s))
        heading, sentence = rng.choice(headings), rng.choice(sentences)
        how = rng.choice(layouts) if layout == "mixed" else layout
        if marker == "numbers":
            mark = number_form.format(index) + " "
        elif marker == "bullets":
            mark = bullet + " "
        else:
            mark = ""
        if how == "none" or not heading:
            items.append(("", mark + sentence))
        elif how in ("own", "own-caps"):
            items.append((mark + (heading.upper() if how == "own-caps" else heading), ""))
            items.append(("", sentence))
        else:
            items.append((mark + _heading(heading, how, dash), sentence))
    intros, closings, titles = POLICY_INTROS_45, POLICY_CLOSINGS_45, POLICY_TITLES_45
    if never_comment:
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
        titles = tuple(line for line in titles if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_45)
