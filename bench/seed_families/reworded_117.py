"""The ``reworded-117`` family: posting rules as Tongan and Vanuatu English-language news sites, County Durham papers,
Wyoming ranch-country weeklies, canoe-polo clubs, stained-paper marbling guilds, youth-theatre parents' boards,
hearing-loss forums and steam-fair organisers word and print them. Written blind: from how such sites put their
rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_117` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order such a site tends to print them: (headings, sentences). Each sentence
#: choice is one sentence or two; a site may add a second choice of the same kind after it.
REWORDINGS_117 = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Respect other members",
            "Keep it friendly",
            "Is it kind?",
            "Courtesy costs nothing",
        ),
        (
            ("Criticise ideas, not the people who hold them.",),
            ("Personal attacks on other readers, our reporters or the people named in a story will be removed.",),
            ("Disagree if you must, but do it politely.", "Name-calling, sneering and baiting are not allowed."),
            ("Most of us will meet in person sooner or later, so write as you would speak to someone's face.",),
            ("Treat every member with courtesy, including newcomers and those who disagree with you.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Respect for all",
            "Zero tolerance for hatred",
            "What counts as hateful?",
        ),
        (
            (
                "{Cs} that attack people because of their race, religion, sex, sexuality, disability or age "
                "will be deleted.",
            ),
            ("We do not accept racism, sexism, homophobia or abuse aimed at any island, village or church community.",),
            ("Mocking anyone for their hearing, their speech or the way they communicate is never acceptable here.",),
            (
                "Hateful language about any group of people will be removed without warning.",
                "Repeat offenders will be banned.",
            ),
            ("Stereotypes and slurs have no place on this board, even when they are meant as a joke.",),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Can I share someone's details?",
            "Protect your privacy",
        ),
        (
            ("Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",),
            ("Never share another member's personal information without their permission.",),
            (
                "Think twice before you name a private individual in a {c}.",
                "Once it is online it is hard to take back.",
            ),
            ("Please do not publish the names of children, patients or anyone who has not agreed to be identified.",),
            ("Private messages should stay private.", "Do not repost them without the sender's consent."),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Photos and young members",
            "Protecting under-18s",
            "Who do I tell about a safeguarding worry?",
        ),
        (
            ("Do not post photographs or videos of children without the written consent of a parent or carer.",),
            (
                "Never tag or name a young performer in a photo.",
                "Cast lists are shared by the company, not on this board.",
            ),
            (
                "If you are worried about a child's welfare, contact our designated safeguarding lead directly "
                "instead of posting here.",
            ),
            ("Adults must not contact junior members privately through this site.", "Always go through a parent."),
            (
                "Any {c} that puts a child or a vulnerable adult at risk will be removed "
                "and may be passed to the police.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval times",
            "Where is my {c}?",
        ),
        (
            ("All {cs} are checked by a moderator before they appear, which can take up to 24 hours.",),
            ("Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait until the next day.",),
            (
                "Our small team reads {cs} during office hours in Nuku'alofa, "
                "so there may be a delay before yours goes up.",
            ),
            ("A new member's first few {cs} are held for approval.", "After that they appear straight away."),
            ("Sending the same {c} twice will not make it appear any faster.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is it on topic?",
            "One subject at a time",
        ),
        (
            ("Please keep {cs} relevant to the story they appear under.",),
            ("This board is for rehearsal arrangements, cast news and lift shares.", "Other matters belong elsewhere."),
            ("Start a new thread for a new subject rather than taking over somebody else's.",),
            ("{Cs} that have nothing to do with the article will be removed.",),
            (
                "General chat is welcome in the Off Topic section; "
                "please keep the other boards to their stated subjects.",
            ),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell something?",
            "No self-promotion",
        ),
        (
            ("Do not use {cs} to advertise goods, services or events.",),
            (
                "Members may not promote or sell hearing aids, remedies or devices on the forum.",
                "Anyone who works for a manufacturer must say so.",
            ),
            ("Engines, parts and models for sale go in the Classifieds section only.",),
            ("Links posted only to drive traffic to another website will be removed as spam.",),
            ("Raffles, sponsorship requests and fundraising appeals need the committee's approval before they go up.",),
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One member, one account",
            "Who are you?",
            "Registration",
        ),
        (
            ("{Cs} appear under the name you register with, so please use your real name.",),
            ("Each person may hold one account.", "Duplicate accounts will be closed, along with the original."),
            ("Do not pretend to be another person, a club official or a member of our staff.",),
            ("You are responsible for everything posted from your account, so keep your password to yourself.",),
            ("Letters and online {cs} must carry a name and home town; we do not publish anonymous ones.",),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Could it land you in court?",
        ),
        (
            ("Do not post anything defamatory: that is, anything untrue that could damage a person's reputation.",),
            ("Once someone has been charged, do not speculate about their guilt.", "That could be contempt of court."),
            (
                "You are legally responsible for what you write, "
                "and we may have to pass your details to the authorities.",
            ),
            ("{Cs} that break the law of Vanuatu or of any other country will be removed.",),
            ("Do not name the victims of sexual offences or anyone a court has ordered must not be identified.",),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Is it yours to post?",
            "Photos and copyright",
            "Intellectual property",
        ),
        (
            ("Only post photographs you took yourself or have permission to use.",),
            ("Do not copy whole articles from other newspapers; a short quote and a link is enough.",),
            (
                "Papers and patterns shown here remain the work of the marblers who made them.",
                "Ask before you copy them.",
            ),
            ("Please credit the photographer when you share pictures from past rallies.",),
            ("By posting you allow us to publish your {c} in print as well as online.",),
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report it",
            "Seen something wrong?",
            "How do I flag a problem?",
            "Reporting abuse",
        ),
        (
            ("Use the Report link beside any {c} you think breaks these rules.",),
            ("If you see something that worries you, email the moderators rather than replying to it.",),
            (
                "Please do not argue with someone who breaks the rules.",
                "Report the {c} and let the moderators deal with it.",
            ),
            ("Reports are confidential, and the person you report will not be told who flagged them.",),
            ("Flagging a {c} does not remove it automatically, but a moderator will look at it as soon as possible.",),
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Who decides?",
            "Moderation decisions",
        ),
        (
            ("The editor may remove, edit or refuse to publish any {c} without giving a reason.",),
            ("The committee's decision on whether a {c} stays up is final.",),
            (
                "We may close a thread to new {cs} at any time, "
                "particularly where a court case or an election is involved.",
            ),
            ("Publishing a {c} does not mean we agree with it.",),
            ("These rules may change from time to time.", "The version on this page is the one that applies."),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell the newsroom",
        ),
        (
            ("If you think we have got something wrong, email the news desk rather than leaving a {c}.",),
            ("Corrections are handled by the editor, not in the {cs} below.",),
            (
                "Story ideas and tip-offs are always welcome.",
                "Send them to the newsroom or ring the office on a weekday.",
            ),
            ("Results and fixture changes should go to the club secretary, not on this board.",),
            ("News tips left in the {cs} can be missed, so message us directly and a reporter will get back to you.",),
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Plain English, please",
            "Which language can I write in?",
        ),
        (
            ("No swearing, and that includes words with letters swapped for asterisks.",),
            (
                "Please write in English so all our readers can follow.",
                "{Cs} in Tongan are welcome on our Tongan pages.",
            ),
            ("Avoid writing in capitals: it reads as shouting.",),
            (
                "Many members rely on reading rather than listening, so write clearly and spell out abbreviations "
                "the first time you use them.",
            ),
            ("Bislama and French are welcome too, but {cs} in English are moderated fastest.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
        ),
        (
            ("Members who break these rules will get a warning first, and a ban if the behaviour carries on.",),
            ("Serious breaches, such as threats or anything that puts a child at risk, lead to an immediate ban.",),
            ("Three warnings in twelve months and your account will be suspended.",),
            ("Banned users who come back under a new name will be removed again without notice.",),
            ("We may stop all {cs} on a story if the discussion gets out of hand.",),
        ),
    ),
    (  # safety and advice
        (
            "Not professional advice",
            "Health and safety",
            "Safety first",
            "Take care",
            "Should I follow advice given here?",
        ),
        (
            (
                "Members share their own experience, not medical advice.",
                "Always talk to your audiologist or GP before changing your treatment.",
            ),
            (
                "Nothing posted here replaces the safety briefing on the day.",
                "Follow the organisers' stewards at all times.",
            ),
            ("Do not arrange unsupervised pool or open-water sessions through this board.",),
            ("When sharing recipes for size, alum or colours, mention any hazards and the precautions you take.",),
            ("Advice from other members is given in good faith, but you act on it at your own risk.",),
        ),
    ),
    (  # elections
        (
            "Elections",
            "Political {cs}",
            "During the campaign",
            "Can candidates post?",
            "Election period",
        ),
        (
            ("During an election campaign, {cs} promoting a candidate or party may be held back.",),
            ("Candidates and their agents must say so when they take part.",),
            ("We will not publish {cs} about candidates on polling day.",),
            ("Paid political messages belong in our advertising columns, not here.",),
            ("Claims about a candidate must be fair and backed by facts.", "Rumour will not be published."),
        ),
    ),
)


#: An opening line some sites print above their rules.
INTROS_117 = (
    "Please read these rules before posting.",
    "Our {cs} are open to registered members who agree to the following.",
    "We welcome your {cs}, but ask that you keep to these guidelines.",
    "This board is run by volunteers for members and their families.",
    "Mālō e lelei, and welcome to our {cs}.",
    "The following rules apply to everything posted on this site.",
)


#: A closing line some sites print under their rules.
CLOSINGS_117 = (
    "Mālō 'aupito for keeping the conversation respectful.",
    "Tankyu tumas for following the rules.",
    "Thank you, and see you on the showground.",
    "Full terms and conditions are available from the club secretary.",
    "Questions about these rules? Email the moderators.",
    "The Management Committee",
    "Last updated March 2025.",
)


#: A title some sites print above their rules.
TITLES_117 = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} guidelines",
    "Board rules",
    "Code of conduct",
    "Before you post",
    "Members' forum: the rules",
)


#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_117 = {
    "criticise": "criticize",
    "behaviour": "behavior",
    "offences": "offenses",
    "organisers": "organizers",
    "colours": "colors",
    "rumour": "rumor",
}


#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_117 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_117 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"))
_NUMBERS_117 = ("{n}.", "{n}.", "{n})", "({n})", "[{n}]", "Rule {n}.", "Rule {n}:", "No. {n}", "{n} -", "{s}.{n}")
_LETTERS_117 = ("{a}.", "({a})", "{A})", "{A}.")
_ROMANS_117 = ("{r}.", "({r})", "{R}.", "{R} -")
_BULLETS_117 = ("\u2022", "\u2022", "-", "\u2013", "*", "\u00bb", "\u203a", "\u25c6", "\u25aa", "\u2713", "\U0001f538")
_EMOJI_117 = ("\U0001f682", "\U0001f6f6", "\U0001f3ad", "\U0001f33a", "\U0001f3a8", "\U0001f442")
_SUBS_117 = ("-", "o", "\u2013", "\u203a")
_AFTER_OWN_117 = ("", "", ":", ".", " -")
_AFTER_RUN_IN_117 = (": ", ": ", ". ", " - ", " \u2013 ", " \u2014 ")


def _roman_117(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case_117(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_117 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_117(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_117(n)
    return shape.format(n=n, s=section, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _worded_117(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_117(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-117 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_117`); how many kinds
    (two to four with probability 0.25, else five to all seventeen), in the table's order (0.5) or shuffled; how
    headings print (on their own part 0.4, then nothing, a colon, a stop or a dash after them; run in before the
    first sentence 0.4 after a colon, a stop or a dash; none 0.2), in sentence case (0.4), title case (0.35) or
    capitals (0.25), wrapped in a forum's bold asterisks (0.08), and one item in twelve without its heading; a
    question heading printed as "Q:" with its first sentence as "A:" (0.15 of sites); a marker (none 0.3; numbers
    0.3 in one of several shapes, a clause number such as "4.2" among them; letters 0.08; roman numerals 0.07;
    bullets, symbols or emoji 0.25) before the item's first part, or on a part of its own (0.08); a second and third
    sentence marked as sub-points (0.1). Per item: one sentence choice, and with probability 0.2 another after it
    where the two make three sentences at most. Then :func:`._common._furnish` adds the opening, closing and title
    lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_117)
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(REWORDINGS_117))
    picked = rng.sample(range(len(REWORDINGS_117)), count)
    if rng.random() < 0.5:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.4 else "run-in" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_117)
    after_run_in = rng.choice(_AFTER_RUN_IN_117)
    roll = rng.random()
    case = "sentence" if roll < 0.4 else "title" if roll < 0.75 else "upper"
    bold = rng.random() < 0.08
    faq = rng.random() < 0.15
    roll = rng.random()
    if roll < 0.3:
        shape = ""
    elif roll < 0.6:
        shape = rng.choice(_NUMBERS_117)
    elif roll < 0.68:
        shape = rng.choice(_LETTERS_117)
    elif roll < 0.75:
        shape = rng.choice(_ROMANS_117)
    else:
        shape = rng.choice(_BULLETS_117 + _EMOJI_117)
    section = rng.randint(2, 9)
    marker_alone = bool(shape) and rng.random() < 0.08
    sub = rng.choice(_SUBS_117) if rng.random() < 0.1 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_117[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.2:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) + len(other) <= 3:
                sentences += other
        sentences = _worded_117(sentences, c, cs)
        if sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        heading = "" if placing == "none" or rng.random() < 1 / 12 else _worded_117((rng.choice(headings),), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_117(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if heading and faq and question:
            heading = "Q: " + heading
            sentences[0] = "A: " + sentences[0]
        elif heading and bold:
            heading = f"**{heading}**"
        parts: list[str]
        if not heading:
            parts = ["", *sentences]
        elif placing == "own":
            parts = [heading if question else heading + after_own, *sentences]
        else:
            joint = " " if question else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_117(shape, n, section)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_117(INTROS_117, c, cs),
        _worded_117(CLOSINGS_117, c, cs),
        _worded_117(TITLES_117, c, cs),
        AMERICAN_117,
    )
