"""The ``reworded-73`` family: posting rules as Ugandan, Rwandan, Botswanan, Mauritian and Seychellois news sites,
Ozark and Arkansas Delta weeklies, quilting guilds, transit-rider advocacy groups, motorcycle clubs, small-town
chambers of commerce and wildlife-rehabilitation charities word and print them under their stories and on their
boards. Fifteen item kinds, each a few headings and a few sentences in those sites' voices; :func:`_items_73` draws
a policy from them and prints it one site's way."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings as the sites write them, sentences). Kinds in the order a policy lists them unshuffled.
REWORDINGS_73: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be Respectful",
            "Keep it civil",
            "Treat Others as You Would Be Treated",
            "Can we disagree kindly?",
            "Mind Your Manners",
        ),
        (
            "Name-calling, insults and personal attacks on other readers, on our reporters or on the people named "
            "in a story will be removed without notice.",
            "We were all beginners once, so please be gentle with new members and with first quilts.",
            "Be nice.",
            "Folks around here have known each other for generations, so write the way you'd talk to your "
            "neighbor at the feed store.",
        ),
    ),
    (  # hatred and division
        ("No Hate Speech", "Hatred and division", "Tribal, religious or ethnic attacks", "Divisive content"),
        (
            "Posts that promote hatred on the basis of ethnicity, tribe, clan, religion, region, sex or disability "
            "will be deleted and the account blocked.",
            "Readers are reminded that content denying or minimising the 1994 Genocide against the Tutsi, or "
            "promoting divisionism, is a criminal offence in Rwanda, and we will not publish it in any form.",
            "Do not use words that dehumanise a group of people, even as a joke.",
            "Racist remarks have no place here, whatever the subject.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect Personal Information", "Don't share private details", "Keep locations to yourself"),
        (
            "Do not post phone numbers, home addresses, number plates or other personal details, yours or anybody "
            "else's.",
            "Never share the location of a nest, den or release site; poachers and curious visitors read this "
            "page too.",
            "Please do not post photographs of other riders, members or their children without asking them first.",
            "Victims of sexual offences and children involved in court cases must not be identified, whether by "
            "name, by a photograph or by hints about where they live or go to school.",
        ),
    ),
    (  # moderation delays
        (
            "Comment moderation",
            "Why hasn't my post appeared?",
            "All Posts Are Reviewed",
            "Please be patient",
        ),
        (
            "Every comment is read by a member of our team before it is published, which can take a few hours, "
            "longer at weekends and on public holidays.",
            "Our moderators are volunteers with day jobs (and quilts to finish), so allow up to 48 hours for your "
            "post to show up.",
            "Posting the same message again will not make it appear any faster.",
            "Replies sent after 6 p.m. are read the following morning, Monday to Saturday.",
        ),
    ),
    (  # topic, politics
        ("Stay on Topic", "Off-topic comments", "Keep to the subject", "Is it about the story?", "Keep politics out"),
        (
            "Stick to the subject of the article; if you want to raise something else, write a letter to the editor.",
            "This board is for rider advocacy, routes, fares and service changes, not for general political "
            "argument, and the Chamber is non-partisan: posts that endorse or attack a candidate or party will "
            "be removed.",
            "Threads that wander will be locked.",
            "Please keep pattern questions in Pattern Help and finished-quilt photos in Show & Tell so others can "
            "find them.",
        ),
    ),
    (  # spam, advertising and selling
        ("No Spam", "Advertising and selling", "Buying and Selling", "Self-promotion"),
        (
            "Advertisements, chain letters, links to money-making schemes and repeated promotional posts are "
            "removed and the sender blocked.",
            "Members may list bikes, parts and gear for sale in the Classifieds thread only, one listing per item, "
            "with a price.",
            "Member businesses are welcome to announce events and ribbon cuttings in Member News; please keep sales "
            "pitches out of the discussion threads.",
            "To advertise with us, write to ads@deltacountygazette.com instead of posting here.",
        ),
    ),
    (  # real names and accounts
        ("Use Your Real Name", "Comment under your own name", "One account per person", "No impersonation"),
        (
            "We ask contributors to post under their real first and last names, as they would sign a letter to "
            "the editor.",
            "Do not pretend to be another person, a public official or a member of our staff.",
            "Each member may hold one account.",
            "A second account opened to get around a ban will be closed along with the first.",
        ),
    ),
    (  # the law
        ("The Law", "Comments and the law", "Defamation and contempt", "Stay Within the Law"),
        (
            "Do not accuse anyone of a crime unless a court has convicted them of it; unproven allegations are "
            "libellous and can expose both you and this newspaper to legal action.",
            "Remarks about cases still before the courts may amount to contempt and will be held until judgement "
            "is delivered.",
            "Remember that the Computer Misuse Act and the cybercrime laws apply to everything you publish online, "
            "and we will co-operate with any lawful request from the police.",
            "You alone are responsible for what you post.",
        ),
    ),
    (  # copyright and photographs
        ("Copyright", "Respect Designers' Copyright", "Photos and copyright", "Only share what's yours"),
        (
            "Do not post pattern instructions or scans of pages from books and magazines; link to the designer's "
            "own site instead.",
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "Pasting whole articles from other newspapers infringes their copyright; a short quote and a link will do.",
            "By posting a photo here you allow the guild to show it on its website and in its newsletter, with "
            "credit to you.",
        ),
    ),
    (  # reporting a post
        ("Report Abuse", "Reporting a comment", "Reporting a post", "See something wrong?", "How to report"),
        (
            "If you see a comment that breaks these rules, click the flag icon beside it rather than replying to it.",
            "Use the Report link under any post, or write to the moderators at mods@ozarkvalleyriders.org with a "
            "link to the post and a short explanation.",
            "Don't feed the trolls.",
            "Reports are anonymous; the member you report will not be told who sent it.",
        ),
    ),
    (  # the moderators' discretion
        ("Our Decision Is Final", "Moderators' discretion", "The editor's right", "Final say"),
        (
            "The Editor reserves the right to edit, shorten or refuse any contribution without giving reasons.",
            "Moderators may remove any post they judge harmful to the club or its members, even if it breaks no "
            "particular rule.",
            "Publication of a comment does not mean that the newspaper agrees with it.",
            "These rules may change from time to time, and continuing to post means you accept the current version.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spotted an error?", "Errors and Corrections", "Tell us if we got it wrong"),
        (
            "If you believe a story contains a factual error, please email corrections@lakeregionobserver.co.ug "
            "rather than posting it here, so that the right person sees it.",
            "Corrections run on page 2 of the next week's edition and are noted at the foot of the story online.",
            "Tell us what is wrong and what the correct information is, and leave a telephone number so a reporter "
            "can call you back.",
            "We cannot correct a story through the comment section.",
        ),
    ),
    (  # language
        ("Language", "Watch Your Language", "Keep it clean", "Which languages may I use?"),
        (
            "No swearing, obscenities or sexually explicit language, including words with letters swapped for symbols.",
            "Messages may be written in English, French or Creole, but please do not write "
            "entirely in capital letters.",
            "This is a family paper, and that goes for the website too.",
            "Posts in Kinyarwanda, Kiswahili, Setswana or Luganda are welcome, though a line of English helps "
            "other readers follow the conversation.",
        ),
    ),
    (  # suspension and account closure
        ("Suspension and Bans", "Repeat offenders", "Closing accounts", "Three strikes"),
        (
            "Members who keep breaking these rules will get a warning, then a 30-day suspension, then a permanent ban.",
            "We may close any account used to harass others or to post unlawful material, without warning.",
            "If your account has been suspended you may appeal in writing to the site administrator within 14 days.",
            "Banned users who come back under a new name will be removed again.",
        ),
    ),
    (  # emergencies and advice
        ("Not for Emergencies", "Found an injured animal?", "Service problems", "Advice at your own risk"),
        (
            "If you have found an injured or orphaned animal, do not post here and wait for an answer: call our "
            "hotline at (870) 555-0143 or go to www.deltawildliferescue.org/found-an-animal right away.",
            "Advice from other members, whether about an animal, a motorcycle or a rash, is no substitute for a "
            "professional.",
            "To report a bus that never came, a broken shelter or a driver's conduct, contact the transit agency "
            "directly, since this board cannot log complaints on your behalf.",
            "This page is not watched around the clock.",
        ),
    ),
)

#: An opening line some sites print above the items.
INTROS_73: tuple[str, ...] = (
    "Thank you for joining the conversation. Please read these rules before you post.",
    "We welcome readers' views on our stories, provided they follow the guidelines below.",
    "This board belongs to all of our members, and a few simple rules keep it that way.",
    "Before you reply, take a minute to read how we run this page.",
    "The guild's message board is a friendly place to share, ask and learn.",
)
#: A closing line some sites print below them.
CLOSINGS_73: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Ride safe, and see you on the road.",
    "Happy quilting!",
    "Questions about these rules? Write to webmaster@chamberofcommerce-example.org.",
    "By posting you agree to abide by these terms.",
)
#: A title some sites print above the policy.
TITLES_73: tuple[str, ...] = (
    "Posting Rules",
    "Community Guidelines",
    "House rules",
    "Message Board Etiquette",
    "Before You Post",
    "Reader Participation Guidelines",
    "Forum Rules:",
    "Our comment policy",
)
#: The British spellings in the wordings above and their American forms.
AMERICAN_73: dict[str, str] = {
    "minimising": "minimizing",
    "dehumanise": "dehumanize",
    "offence": "offense",
    "libellous": "libelous",
    "judgement": "judgment",
    "co-operate": "cooperate",
    "number plates": "license plates",
}

_NUMBERS = ("{n}. ", "{n}) ", "({n}) ", "Rule {n}: ", "{n} - ")
_BULLETS = ("\u2022 ", "- ", "* ", "\u00bb ")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _cased(heading: str, case: str) -> str:
    if case == "caps":
        return heading.upper()
    if case == "sentence":
        return heading[:1] + heading[1:].lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if index and word.lower() in _SMALL else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    return heading


def _items_73(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: two or three item kinds a fifth of the time, else four to eleven, in the table's order or
    shuffled; a heading and one to three of the kind's sentences each. A quarter of the sites never say "comment"
    (their headings, sentences and titles drawn from those without the word). The site prints its headings run in before
    the sentences (after a full stop, a colon, a dash or nothing, a question as asked), on a line of their own, or
    not at all, one way a policy or each item its own, now and then an item without one; as written, in title case,
    sentence case or capitals; numbered, bulleted or neither. Then :func:`_furnish`'s lines around them."""
    says = rng.random() >= 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    kinds = rng.sample(range(len(REWORDINGS_73)), count)
    if rng.random() < 0.5:
        kinds.sort()
    layout = rng.choice(("run", "run", "own", "none", "mixed"))
    case = rng.choice(("written", "written", "title", "sentence", "caps"))
    stop = rng.choice((".", ":", " -", " \u2013", " \u2014", ""))
    marks = rng.random()
    number = rng.choice(_NUMBERS) if marks < 0.35 else None
    bullet = rng.choice(_BULLETS) if 0.35 <= marks < 0.55 else None
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_73[kind]
        if not says:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        drawn = rng.random()
        taken = min(len(sentences), 1 if drawn < 0.45 else 2 if drawn < 0.85 else 3)
        chosen = sorted(rng.sample(range(len(sentences)), taken))
        parts = [sentences[i] for i in chosen]
        how = rng.choice(("run", "own", "none")) if layout == "mixed" else layout
        if how != "none" and rng.random() < 0.1:
            how = "none"
        heading = _cased(rng.choice(headings), case)
        if how == "run" and not heading.endswith("?"):
            heading += stop if layout != "mixed" else rng.choice((".", ":", " -", ""))
        elif how == "own" and not heading.endswith("?"):
            heading += rng.choice(("", "", ":", "."))
        mark = number.format(n=n) if number else bullet or ""
        if how == "none":
            items.append(("", mark + parts[0], *parts[1:]))
        elif how == "own":
            items.append((mark + heading, ""))
            items.append(("", *parts))
        else:
            items.append((mark + heading, *parts))
    titles = TITLES_73 if says else tuple(title for title in TITLES_73 if not _says_comment(title))
    return _furnish(items, rng, INTROS_73, CLOSINGS_73, titles, AMERICAN_73)
