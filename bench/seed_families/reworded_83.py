"""The policy of the ``reworded-83`` seed family: posting rules as Laotian, Burmese and Timorese English-language news
sites, Macanese and Taiwanese English sites, Isles of Scilly and Lundy pages, Oregon high-desert and Nevada cow-county
papers, curling clubs, handbell ensembles, beach-clean volunteers, kite-flying clubs and almshouse charities word and
print them.

Fifteen kinds of item, each with its headings (written in sentence case), the questions some sites print instead, and
its sentences; :func:`_items_83` draws a policy from them and prints it one way a site would."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: One entry per kind of item: (headings, questions asked as headings, sentences), in the order sites tend to list
#: them. Headings are written in sentence case; the generator prints them in title case or capitals too.
REWORDINGS_83: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Treat others with respect", "Play the stone, not the curler", "Courtesy first", "Be kind"),
        ("How should I treat other readers?", "What tone do you expect?"),
        (
            "Disagree with the argument all you like, but leave the person who made it alone.",
            "Personal attacks, name-calling and taunts aimed at other readers, at our reporters or at the people in "
            "our stories will be removed.",
            "We are a small community on a small island and most of us will meet on the quay sooner or later, so "
            "please write as you would speak to a neighbour.",
            "Good sportsmanship is part of curling, on the ice and off it, and we ask members to bring the same "
            "spirit to the forum.",
            "Be kind.",
            "Threats of violence, however lightly meant, will be passed to the police.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Respect for all peoples and faiths", "Hatred and discrimination"),
        ("What counts as hate speech?", "Can I criticise a religion or a government?"),
        (
            "Posts that attack people because of their ethnicity, religion, nationality, gender, sexuality or "
            "disability are not allowed.",
            "Myanmar is home to more than a hundred ethnic groups; contributions that demean any of them, or call for "
            "violence against them, will be deleted and the account closed.",
            "Slurs against Taiwanese, Chinese, Hong Kong, Indigenous or migrant communities have no place here, "
            "whatever your view of cross-strait politics.",
            "Arguing about grazing permits, land transfers or water rights is fine; insulting Paiute, Shoshone, Basque "
            "or Latino neighbours is not.",
            "You may criticise a government, a party or an army as sharply as you like, but not the people who happen "
            "to share its nationality or faith.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Personal information", "Keep private details private"),
        ("Can I name people or share their details?", "What about photographs of people?"),
        (
            "Do not post anyone's address, telephone number, e-mail or number plate, and that includes your own.",
            "Our almspeople live here in their own homes and are not a visitor attraction: please do not name them, "
            "photograph them or say which cottage they live in without their written consent.",
            "Photographs from beach cleans that show children are only published with a parent's permission, so "
            "please do not tag or name young volunteers in your replies.",
            "On an island of some two thousand people an 'anonymous' detail rarely stays anonymous for long; think "
            "twice before describing a neighbour, a boat or a house.",
            "Never reveal the identity of a source, an activist or a family member still living in Myanmar, as doing "
            "so could put them in real danger.",
            "Personal data will be handled under Macao's Personal Data Protection Act; see our privacy notice at "
            "www.macaoweekly-english.example/privacy for details.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Pre-moderation", "Moderation times", "Please be patient"),
        ("Why hasn't my comment appeared?", "How long does moderation take?", "Where is my post?"),
        (
            "Every comment is read by a member of staff before it is published, which can take up to 24 hours and "
            "longer over Pi Mai Lao and other public holidays.",
            "Our newsroom works on Taipei time (UTC+8), so posts sent during the night in Europe or the Americas are "
            "usually approved the next morning our time.",
            "The message board is looked after by two volunteers, neither of whom is online during a bonspiel.",
            "When the fog keeps the boat and the plane at home, our connection to the mainland can go with them; "
            "please be patient.",
            "We publish on Thursdays, and letters and replies that reach us after noon on Tuesday go into the "
            "following week's paper.",
            "Please do not send the same message twice, as it only lengthens the queue.",
            "Posts are checked in Dili during office hours, Monday to Friday.",
        ),
    ),
    (  # off topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts"),
        ("Can I post about something else?", "Where should general discussion go?"),
        (
            "Keep your contribution to the subject of the article above it.",
            "Threads about wind forecasts, line lengths and field bookings belong on the flying-field board, not under "
            "the newsletter.",
            "General discussion of the election, the junta or the fighting should go under our live coverage pages "
            "rather than under unrelated stories.",
            "Posts that drag every conversation back to the same grievance will be treated as off topic, however "
            "strongly the grievance is felt.",
            "Questions about ringing technique are welcome in the Rehearsal Room section.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "Spam", "Selling and promotion", "Commercial posts"),
        ("Can I advertise here?", "May I sell things on the board?"),
        (
            "Advertisements, chain letters, repeated links and posts promoting a business, a crypto scheme, a casino "
            "or a junket operator will be removed without notice.",
            "If you are selling hay, a stock trailer or a used pickup, the classifieds are the place for it: call the "
            "front office at (775) 555-0142 or visit ads.rubyvalleyreporter.example.",
            "Members may mention a second-hand set of handbells or a bell case for sale once, in the Swap and Sell "
            "thread only.",
            "Links to kite shops are fine when they answer someone's question; a link in every post is not.",
            "Unsolicited promotion of any kind counts as spam and goes straight in the bin.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Real names", "Who can post", "One account per person"),
        ("Do I have to use my real name?", "Who may post?"),
        (
            "Post under your own first and last name; nicknames, initials and the names of businesses are not "
            "accepted.",
            "Only registered subscribers may comment, and each subscriber may hold one account.",
            "Because some of our readers inside the country face arrest for what they write, you may use a pen name "
            "here, but not one that impersonates another person or organisation.",
            "Posting is open to paid-up members of the club; if you are not sure whether your subscription has been "
            "renewed, ask the secretary at secretary@sandbaycurling.example.",
            "Pretending to be someone else, including a member of our staff, will get your account closed.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Libel and the law", "Legal matters", "Defamation"),
        ("What about libel?", "Am I responsible for what I write?"),
        (
            "You are legally responsible for what you post. Do not accuse a named person of a crime, or of anything "
            "else you could not prove in court.",
            "Do not write about cases that are before the courts in a way that could prejudice a fair trial; on "
            "stories about active cases comments may be closed.",
            "Contributions must respect the laws of the Lao PDR, and we will remove anything we are advised may break "
            "them.",
            "Posts that breach the laws of the Macao SAR, including those on defamation and on personal data, will be "
            "removed, and we may be required to pass details to the authorities.",
            "Under Oregon and Nevada law a person can sue over a false statement of fact, so stick to what you know "
            "and label your opinions as opinions.",
            "Rumours about arrests, deaths or troop movements that you cannot source do real harm, so do not post "
            "them.",
            "Contributions must respect the Constitution and the laws of Timor-Leste.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright"),
        ("Can I post photos or articles?", "May I share music?"),
        (
            "Do not paste whole articles from other newspapers; a short quotation and a link are enough.",
            "Arrangements in the ensemble's library are under copyright, and scans of them must not be uploaded to "
            "the message board, even for rehearsal.",
            "By posting a photograph you confirm that you took it, and you give us permission to use it in the "
            "newsletter and on our social media pages with a credit.",
            "Kite plans shared in the Workshop section remain their designer's; ask before you sell kites made to "
            "them.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "Report abuse", "Flag it", "See something wrong"),
        ("How do I report a comment?", "What if I see something offensive?"),
        (
            "Use the Report link beneath any comment you think breaks these rules, and a moderator will look at it.",
            "Please report, do not reply: answering a troll only feeds it.",
            "If you cannot use the link, e-mail moderators@taipeiledger.example with the address of the page and the "
            "time of the post.",
            "Reports are anonymous, and the person you report will not be told who flagged them.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Moderators' discretion", "Editorial discretion", "The trustees' discretion"),
        ("Who decides?", "Can I appeal?"),
        (
            "We reserve the right to edit, shorten or remove any contribution, and to close discussion on any story, "
            "without giving a reason.",
            "Moderators' decisions are final and will not be debated on the forum; if you disagree, write to the "
            "committee.",
            "Publication does not mean that the trustees of the almshouse agree with what has been said.",
            "The Courier is under no obligation to publish every letter or reply it receives.",
            "The Clerk to the Trustees may remove any post that in the Clerk's judgement could cause distress to a "
            "resident.",
        ),
    ),
    (  # errors and news tips
        ("Corrections", "Spotted a mistake", "Errors and news tips"),
        ("Have we got something wrong?", "Got a story?"),
        (
            "If you think a story contains a factual error, please tell the newsroom directly rather than in a reply, "
            "so that it can be checked and corrected: corrections@vientianereview.example.",
            "Corrections are printed on page 2 of the next issue and noted at the foot of the online story.",
            "News tips are always welcome; ring the office or drop a note through the door on Hugh Street.",
        ),
    ),
    (  # language
        ("Language", "Write in English", "Mind your language", "No shouting"),
        ("Which languages can I use?", "Can I swear?"),
        (
            "Please write in English so that all of our readers, and our moderators, can follow the discussion.",
            "Posts in Tetum or Portuguese are welcome, but we may be slower to moderate those in Indonesian or other "
            "languages.",
            "Comments in Lao and English are accepted.",
            "Swearing, including swearing disguised with asterisks, will be removed.",
            "Typing in capitals reads as shouting; please don't.",
            "We accept replies in English, Portuguese, Cantonese and Mandarin, and we may add a short translation "
            "for other readers.",
        ),
    ),
    (  # warnings, bans and closing an account
        ("Warnings and bans", "Breaking the rules", "Suspensions", "Closing your account"),
        ("What happens if I break the rules?", "How do I delete my account?"),
        (
            "A first breach will normally earn a warning, a second a suspension of thirty days and a third the end "
            "of your account.",
            "Accounts that are used only to attack others, or that come back under a new name after a ban, will be "
            "closed without warning.",
            "If you want your account deleted, write to us from the e-mail address you registered with and we will "
            "remove it within a week, though posts quoted by others may remain.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban.",
        ),
    ),
    (  # safety, wildlife and emergencies
        ("Safety first", "Wildlife and safety", "Emergencies", "Not for emergencies"),
        ("What if someone is in danger?", "Found something on the beach?"),
        (
            "This board is not watched around the clock. If you find a stranded seal, a drum washed ashore or anyone "
            "in difficulty on the water, call 999 and ask for the Coastguard.",
            "Please do not post the whereabouts of puffin burrows, seal haul-outs or nesting seabirds on Lundy; "
            "disturbance in the breeding season is an offence.",
            "Never fly near power lines, roads or the airfield, and do not share videos of anyone who does.",
            "Volunteers who find needles, flares or unknown containers should leave them where they lie and tell "
            "the organiser on the day, not post about them here.",
            "Wildfires, downed lines and stock on the highway should be reported to 911 or the county sheriff, not "
            "in the replies to a story.",
        ),
    ),
)

INTROS_83: tuple[str, ...] = (
    "Before you post, please take a minute to read our house rules.",
    "We welcome your contributions. To keep this a place where everyone can take part, we ask you to follow these "
    "guidelines.",
    "Comments are open on most of our stories, subject to the rules below.",
    "The club's message board is for members and friends. A few ground rules:",
    "By sending a reply you agree to the terms set out here.",
    "Our readers are spread from Vientiane to Vancouver, and we want every one of them to feel at home here.",
    "The trustees are glad to hear from residents' families and friends, and ask that everyone observes the following.",
)

CLOSINGS_83: tuple[str, ...] = (
    "Thank you for helping us keep the conversation civil.",
    "These rules may change from time to time; the latest version is always at the foot of this page.",
    "Questions about these guidelines? Write to the editor at editor@highdesertcourier.example.",
    "Happy flying!",
    "Thank you, and see you on the beach.",
    "Good curling!",
    "Full terms of use: www.scillyweekly.example/terms",
    "Thank you for reading and for taking part in the discussion.",
)

TITLES_83: tuple[str, ...] = (
    "Community Guidelines",
    "House Rules",
    "Posting Rules",
    "Comment Policy",
    "Message Board Rules",
    "Guidelines for Contributors",
    "Rules of the Forum",
    "Reader Comments: Our Rules",
    "Before You Post",
)

AMERICAN_83: dict[str, str] = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "criticise": "criticize",
    "offence": "offense",
    "rumour": "rumor",
    "judgement": "judgment",
    "programme": "program",
    "colour": "color",
}

_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "not", "of", "on", "or", "the", "to", "with")
)
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}:", "Rule {n} -", "No. {n}", "{n} -", "#{n}")
_LETTERS = ("{a})", "({a})", "{A}.")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
_BULLETS = ("\u2022", "*", "-", "\u2013", "\u00b7", "\u25aa")
_AFTER_HEADING = ("", ".", ":", " -", " \u2013", " \u2014")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word[:1].upper() + word[1:] if index == 0 or word not in _SMALL_WORDS else word
        for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The marker before the ``number``-th item (from 1) in a ``style`` of list: "1.", "(b)", "IV.", "•" ..."""
    if style.startswith("roman"):
        roman = _ROMAN[number - 1]
        return roman + "." if style == "roman." else roman.lower() + ")"
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return style.format(n=number, a=letter, A=letter.upper())


def _items_83(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy drawn from :data:`REWORDINGS_83`: two or three kinds a quarter of the time, else four to twelve, in
    the table's order or as drawn; a quarter of the sites never say "comment" (their wordings without it only).
    Each item has a heading (none at all on a sixth of the sites, and now and then one item without) and one to
    three of its kind's sentences. The site prints its headings in sentence case, title case or capitals, or asks
    its questions instead; bare, or followed by a full stop, a colon, a hyphen, an en or an em dash, one way for the
    policy or each item its own; on a line of their own on some sites; numbered, lettered, in Roman numerals,
    bulleted or neither, the marker before the heading or, where there is none, before the first sentence. Then the
    opening, closing and title lines, American spelling and curly quotes (:func:`_furnish`)."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_83)), count)
    if rng.random() < 0.5:
        kinds.sort()
    headless = rng.random() < 1 / 6
    asks = rng.random() < 0.2
    case = rng.choice(("sentence", "sentence", "title", "title", "capitals"))
    after = rng.choice(_AFTER_HEADING)
    own_line = not headless and rng.random() < 0.2
    mixed = not own_line and rng.random() < 0.15
    if own_line:
        after = rng.choice(("", ":", "."))
    listing = rng.choice(("none", "none", "none", "numbers", "numbers", "letters", "roman", "bullets"))
    style = {
        "none": "",
        "numbers": rng.choice(_NUMBERS),
        "letters": rng.choice(_LETTERS),
        "roman": rng.choice(("roman.", "roman)")),
        "bullets": rng.choice(_BULLETS),
    }[listing]

    def keep(texts: tuple[str, ...]) -> list[str]:
        return [text for text in texts if not (plain and _says_comment(text))]

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, questions, sentences = REWORDINGS_83[kind]
        chosen = keep(sentences)
        said = rng.sample(chosen, min(len(chosen), rng.choice((1, 1, 1, 2, 2, 3))))
        heading = ""
        if not headless and rng.random() > 0.08:
            asked = keep(questions) if asks else []
            heading = rng.choice(asked or keep(headings))
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
            ending = rng.choice(_AFTER_HEADING) if mixed else after
            if not heading.endswith("?"):
                heading += ending
        if style:
            marker = _marker(style, number) if listing != "bullets" else style
            if heading:
                if marker.endswith(":") and heading.endswith(":"):
                    heading = heading[:-1] + "."
                heading = f"{marker} {heading}"
            else:
                said[0] = f"{marker} {said[0]}"
        if own_line and heading:
            items += [(heading, ""), ("", *said)]
        else:
            items.append((heading, *said))
    return _furnish(items, rng, keep(INTROS_83), keep(CLOSINGS_83), keep(TITLES_83), AMERICAN_83)
