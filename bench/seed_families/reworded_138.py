"""The ``reworded-138`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Lucian and Grenadian news, Northern Irish county papers, Mississippi Gulf Coast weeklies, rugby
league clubs, quilters' guilds, community-energy co-operatives, stroke carers' forums, morris and sword-dance sides.

Written blind: from how such sites word and print their comment policies, forum rules, house rules, codes of conduct
and posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (written in sentence case, without a stop; a question keeps its mark) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_138``).
REWORDINGS_138 = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the man",
            "Can you disagree without being disagreeable?",
            "Be kind",
            "Mind your manners",
        ),
        (
            "Debate the point all you like, but do not attack the person making it.",
            "Treat fellow members as you would at a club night: with courtesy, even when you disagree.",
            "Personal attacks, name-calling and goading other readers will see your {c} removed.",
            "Many of our members are tired, worried and doing their best, so please be gentle with one another.",
            "Robust opinions are welcome here; rudeness, sneering and point-scoring are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Sectarian and racist abuse",
            "Hatred of any kind",
            "Discrimination",
            "Is it hateful?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that are racist, sectarian, sexist, homophobic or abusive about any group of people will be deleted "
            "without warning.",
            "We will not publish anything that stirs up hatred on grounds of religion, race, nationality, disability, "
            "sexuality or political opinion.",
            "Sectarian chants, songs or slogans have no place on this forum, on the terraces or off them.",
            "Abuse aimed at anyone because of where they come from, which parish they live in or which party they "
            "support will not be tolerated.",
            "Jokes at the expense of disabled people, including stroke survivors, are not funny here and will be "
            "removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal information",
            "Keep private details private",
            "Other people's privacy",
            "Would they want it shared?",
            "Personal details",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, your own included.",
            "Please ask before sharing a photograph of another member, especially at guild meetings and workshops.",
            "Details about a loved one's health belong to them too, so share only what they would be comfortable with.",
            "Never publish private messages, emails or screenshots of conversations without the sender's permission.",
            "Naming or hinting at the identity of people who are not in the story, including children, is not allowed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping everyone safe",
            "Young members",
            "Worried about someone?",
            "Our duty of care",
        ),
        (
            "Do not post photographs of junior players or young dancers without written consent from a parent or "
            "guardian.",
            "If a member appears to be at risk of harm, our moderators may share information with the relevant "
            "authorities.",
            "Anyone who approaches young members through this site will be banned and reported to the police.",
            "If you are concerned about the safety of a child or an adult at risk, contact the club's welfare officer "
            "rather than posting about it.",
            "If you or the person you care for is in immediate danger, call the emergency services now, as this forum "
            "is not watched around the clock.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Waiting for approval",
            "All {cs} are checked",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay, particularly at weekends.",
            "Our small team checks new {cs} during office hours, so please do not post the same thing twice if it "
            "does not show straight away.",
            "{Cs} on stories about court cases and elections may be held back for longer or not opened at all.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "Our moderators are volunteers from the side and deal with the queue when they can, which is not always "
            "the same day.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right board?",
            "Relevance",
            "Keep threads on track",
        ),
        (
            "Keep your {cs} relevant to the story above; other subjects can go to our letters page.",
            "Please use the right section: match-day chat in the match threads, transfer gossip in the rumour mill.",
            "Threads that drift away from their subject may be split, moved or locked.",
            "Quilting, patchwork and the guild's own activities come first here; general chit-chat goes in the Tea "
            "Room.",
            "This group is for discussing the co-operative's projects and share offers, not national energy politics.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Links and adverts",
            "Commercial posts",
        ),
        (
            "Advertising, chain letters and repeated links to other sites will be removed, and the account may be "
            "closed.",
            "Members may mention a stall at the guild's sale, but buying and selling belongs on the Classifieds board.",
            "Do not use your {cs} to promote a business, a fundraiser or a political party without asking the "
            "moderators first.",
            "Posts selling miracle cures or private recovery programmes will be deleted on sight.",
            "Any {c} that exists only to drive traffic to another website is spam and will be treated as such.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Real names",
            "One account per person",
            "Who are you?",
            "Usernames",
            "Registration",
        ),
        (
            "You must register with a valid email address to post, and you are responsible for everything posted "
            "from your account.",
            "We ask members to use their real first name and surname, with a nickname in brackets if you like.",
            "Creating a second account to get round a ban, or to agree with yourself, will result in both being "
            "closed.",
            "Do not pretend to be another person, a club official or a member of our staff.",
            "Usernames that are offensive, misleading or contain a web address will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation and contempt",
            "Stay within the law",
            "Court cases",
            "Could it land us in court?",
            "Legal matters",
        ),
        (
            "Do not make allegations about named people that you cannot prove, as defamatory {cs} will be removed and "
            "may be passed to our lawyers.",
            "Do not discuss the guilt or innocence of anyone facing charges while the case is before the courts.",
            "You are legally responsible for what you post, and we may be required to hand your details to the police.",
            "Do not name victims of sexual offences or anyone a court has ordered should not be identified.",
            "{Cs} that could break the law, including the laws on libel and contempt of court, will be taken down.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and patterns",
            "Is it yours to share?",
            "Credit the designer",
            "Copied material",
        ),
        (
            "Only post photographs and text you own or have permission to use, and always credit the source.",
            "Please do not upload copies of commercial quilt patterns; share a link to the designer's shop instead.",
            "Quoting a short passage from another publication is fine, but pasting in a whole article is not.",
            "Dance notations and tunes shared here remain the work of the sides and musicians who made them, so ask "
            "before using them elsewhere.",
            "By posting, you give us permission to publish your {c} on our website, on social media and in print.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Seen something wrong?",
            "How to report a post",
            "Flagging",
            "Tell a moderator",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report button beside it rather than replying.",
            "Please flag anything that concerns you and a moderator will look at it as soon as possible.",
            "Don't feed the trolls: report them and move on.",
            "You can also email the newsroom with a link to the {c} and a short note of the problem.",
            "Reports are confidential, and the member you report will not be told who made it.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' call",
            "Who decides?",
            "Right to remove",
            "Final say",
        ),
        (
            "The editor reserves the right to edit, refuse or remove any {c} without giving a reason.",
            "Moderators' decisions are final, and arguing about them in public threads will not change them.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "We may close a discussion at any time, for example when a story involves a death or an ongoing "
            "investigation.",
            "The committee may change these rules from time to time, and the version on this page is the one that "
            "applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted an error?",
            "News tips",
            "Got a story?",
            "Getting it right",
            "Contact the newsroom",
        ),
        (
            "If you think we have got something wrong, email the editor rather than posting it here, so it can be "
            "corrected quickly.",
            "Got a story for us? Send your tips, photos and videos to the news desk in confidence.",
            "Corrections and clarifications are published on our corrections page rather than answered below the story.",
            "Errors in fixtures, results or team news should be sent to the club office, not posted in the match "
            "thread.",
            "Questions about your share account or your energy bill should go to the co-op office rather than the "
            "forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Watch your language",
            "No swearing",
            "Keep it clean",
            "Is that word necessary?",
            "Bad language",
        ),
        (
            "Swearing, obscenities and crude remarks will be removed, even if the letters are starred out.",
            "This is a family site, so please keep your language suitable for all ages.",
            "Posts written entirely in capital letters read as shouting and may be edited.",
            "Please write in English so that everyone, the moderators included, can follow the discussion.",
            "Text-speak and heavy abbreviations are hard going for members with aphasia, so please write words in "
            "full where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will get a warning first, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Banned members may appeal once, by email, to the forum administrator.",
            "Repeat offenders will lose their posting privileges and may be barred from club events.",
            "We keep a record of warnings, and they lapse after twelve months of good behaviour.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Look after yourself",
            "Is it safe?",
            "Advice from members",
            "Health and money",
        ),
        (
            "Members share their own experience, not medical advice, so always check with a GP, nurse or therapist "
            "before changing treatment.",
            "Nothing posted here is financial advice, and you should read the share offer document before investing.",
            "If you notice the signs of a stroke, remember FAST and call an ambulance straight away.",
            "Never stop or change medication because of something you have read on this forum.",
            "Electrical work on solar panels or batteries must be carried out by a qualified installer, whatever a "
            "post may suggest.",
        ),
    ),
)

#: The site's word for what readers send: singular and plural. "comment" is the first; a quarter of sites never use it.
WORDS_138 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

POLICY_TITLES_138 = (
    "House Rules",
    "Comment Policy",
    "Forum Rules",
    "Community Guidelines",
    "Posting Guidelines",
    "Rules of the Board",
    "Code of Conduct",
    "Guild Forum Etiquette",
    "Terms of Participation",
    "Reader {C} Guidelines",
    "Members' Forum Rules",
    "Before you post",
)

POLICY_INTROS_138 = (
    "Please read the following before posting.",
    "We want this to be a friendly and supportive place for everyone, so we ask all members to follow a few simple "
    "rules.",
    "By submitting a {c} you agree to the following terms.",
    "These guidelines apply to all {cs} on our website and our social media pages.",
    "The forum is run by volunteers for supporters of the club, and to keep it that way we ask you to stick to these "
    "rules.",
    "Comments are welcome on most of our stories, subject to the rules below.",
)

POLICY_CLOSINGS_138 = (
    "Thank you for helping to keep this a safe and welcoming community.",
    "These rules were last updated in March and may be revised at any time.",
    "If in doubt, don't post.",
    "Questions about these rules can be sent to the moderators through the Contact Us page.",
    "Happy quilting!",
    "Comments do not reflect the views of this newspaper or its staff.",
    "See you at the next dance-out.",
)

AMERICAN_138 = {
    "behaviour": "behavior",
    "organise": "organize",
    "offence": "offense",
    "programme": "program",
    "neighbour": "neighbor",
    "colour": "color",
    "licence": "license",
}

#: How a site marks its items: a function of the item's place (0 on) giving the marker, space included.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "but", "not"}


def _marker(style: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[n % 26]
    return {
        "num-dot": f"{n + 1}. ",
        "num-paren": f"{n + 1}) ",
        "num-both": f"({n + 1}) ",
        "num-dash": f"{n + 1} - ",
        "letter-paren": f"{letter}) ",
        "letter-both": f"({letter}) ",
        "letter-upper": f"{letter.upper()}. ",
        "roman-dot": f"{_ROMAN[n % len(_ROMAN)]}. ",
        "roman-both": f"({_ROMAN[n % len(_ROMAN)]}) ",
        "roman-upper": f"{_ROMAN[n % len(_ROMAN)].upper()}. ",
        "rule-colon": f"Rule {n + 1}: ",
        "rule-dash": f"Rule {n + 1} \u2013 ",
        "section": f"{section}.{n + 1} ",
        "hash": f"#{n + 1} ",
        "bullet": "\u2022 ",
        "hyphen": "- ",
        "star": "* ",
        "en-dash": "\u2013 ",
        "guillemet": "\u00bb ",
        "diamond": "\u25c6 ",
        "tick": "\u2714 ",
        "none": "",
    }[style]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if (i and word in _SMALL_WORDS) else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _items_138(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-138 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word for what readers send (a quarter of sites never say "comment": their titles, openings and
    closings that do are left out), then two to four item kinds (0.3) or seven to sixteen, in the table's order
    (0.4) or as drawn; one heading and one to three sentences (up to the site's most) an item. The site prints its
    headings in sentence case, title case or capitals, on a part of their own (with no stop, a stop or a colon),
    run in before the first sentence (colon, stop or dash) or not at all (0.2); now and then in bold asterisks or
    square brackets; an item's sentences as parts of their own or as one (0.35), sub-marked now and then; one marker
    style for the whole list (numbers, letters, roman numerals, "Rule N", section numbers, bullets of several kinds,
    or none), now and then printed tight against its text; a "Back to top" line after each item at some sites.
    Opening, closing and title lines come from ``_furnish``."""
    no_comment = rng.random() < 0.25
    if no_comment:
        word, words = rng.choice(WORDS_138[1:])
    elif rng.random() < 0.7:
        word, words = WORDS_138[0]
    else:
        word, words = rng.choice(WORDS_138)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    if rng.random() < 0.3:
        kinds = rng.sample(range(len(REWORDINGS_138)), rng.randint(2, 4))
    else:
        kinds = rng.sample(range(len(REWORDINGS_138)), rng.randint(7, 16))
    if rng.random() < 0.4:
        kinds.sort()

    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    placing = rng.choices(("own", "run-in", "none"), weights=(0.45, 0.35, 0.2))[0]
    own_stop = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    wrap = rng.choices(("", "**", "[]"), weights=(0.87, 0.08, 0.05))[0]
    style = rng.choice(
        (
            "num-dot",
            "num-dot",
            "num-paren",
            "num-both",
            "num-dash",
            "letter-paren",
            "letter-both",
            "letter-upper",
            "roman-dot",
            "roman-both",
            "roman-upper",
            "rule-colon",
            "rule-dash",
            "section",
            "hash",
            "bullet",
            "bullet",
            "hyphen",
            "star",
            "en-dash",
            "guillemet",
            "diamond",
            "tick",
            "none",
            "none",
            "none",
        )
    )
    tight = style != "none" and rng.random() < 0.06
    section = rng.randint(2, 9)
    most = rng.choice((1, 2, 2, 3))
    joined = rng.random() < 0.35
    sub = rng.choices(("", "letters", "dashes", "bullets"), weights=(0.88, 0.04, 0.05, 0.03))[0]
    back_to_top = rng.random() < 0.06

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_138[kind]
        heading = _cased(rng.choice(headings).format(**names), case)
        said = [sentence.format(**names) for sentence in rng.sample(sentences, rng.randint(1, most))]
        if sub and len(said) > 1:
            said = [
                {"letters": f"({'abc'[i]}) ", "dashes": "\u2013 ", "bullets": "\u25e6 "}[sub] + sentence
                for i, sentence in enumerate(said)
            ]
        parts = [" ".join(said)] if joined else said
        question = heading.endswith("?")
        marker = _marker(style, n, section)
        if tight:
            marker = marker.rstrip(" ")
        if wrap == "**":
            heading = f"**{heading}**"
        elif wrap == "[]":
            heading = f"[{heading}]"
        if placing == "own":
            stop = "" if question or wrap else own_stop
            item: tuple[str, ...] = (marker + heading + stop, *parts)
        elif placing == "run-in":
            joint = " " if question else run_in
            item = ("", marker + heading + joint + parts[0], *parts[1:])
        else:
            item = ("", marker + parts[0], *parts[1:])
        items.append(item)
        if back_to_top:
            items.append(("", rng.choice(("Back to top", "Back to top \u2191", "^ Top"))))

    def fit(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**names) for line in lines]
        kept = [line for line in formatted if not (no_comment and _says_comment(line))]
        return kept or formatted[:1]

    return _furnish(items, rng, fit(POLICY_INTROS_138), fit(POLICY_CLOSINGS_138), fit(POLICY_TITLES_138), AMERICAN_138)
