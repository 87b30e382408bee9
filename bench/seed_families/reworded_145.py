"""The ``reworded-145`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Maltese island dailies, Yorkshire Dales parish magazines, Alaskan bush-radio news sites, fencing
clubs, bonsai societies, dementia-carer forums, tenant-union boards, narrowgauge-railway volunteers.

Written blind: from how such sites word and print their posting rules, comment policies, forum rules, house rules,
letters policies and members' codes of conduct, without reading the cleaner's code, its docs or reports, nor the
other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: five or six heading choices (written in sentence case, without a stop; a question keeps its mark)
#: and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what
#: readers send. Written in British spelling; a document may print it in American spelling (``AMERICAN_145``).
REWORDINGS_145 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Good manners cost nothing",
            "Disagree without being disagreeable",
            "Why do we ask you to be polite?",
            "Courtesy first",
        ),
        (
            "Treat everyone here as you would at the club: with courtesy, even when you disagree.",
            "Criticise ideas if you must, but never the person who holds them.",
            "Personal attacks, sneering and name-calling will see your {c} removed.",
            "Many of our members are going through a very hard time, so please be kind in every {c} you write.",
            "Robust debate is welcome on this board; bullying, baiting and point-scoring are not.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Zero tolerance for prejudice",
            "Everyone is welcome here",
            "What counts as hate speech?",
            "Equality and respect",
        ),
        (
            "We will remove any {c} that attacks people because of their race, nationality, religion, sex, "
            "sexuality, age or disability.",
            "Slurs aimed at migrants, Travellers or any other group have no place on this site.",
            "Stirring up hatred is a criminal offence, and such {cs} may be passed to the police.",
            "Jokes that rely on stereotypes about a people or a faith will be deleted like any other abuse.",
            "The club welcomes fencers of every background, and so does this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Keep personal details private",
            "Think about who you are naming",
            "Can I name my landlord?",
            "Other people's information",
        ),
        (
            "Do not post anyone's address, phone number, email address or car registration, including your own.",
            "When you write about the person you care for, please leave out their full name and the name of their "
            "care home.",
            "You may name a landlord or letting agent, but never post the details of another tenant or their flat "
            "number.",
            "Photographs that show other people's faces or house numbers should only be posted with their permission.",
            "Private messages between members must not be copied onto the open board without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Junior members",
            "Keeping everyone safe",
            "Worried about someone?",
            "Our duty of care",
        ),
        (
            "Do not post photographs of junior fencers without the written consent of a parent or guardian.",
            "If a {c} makes you think a child or vulnerable adult is at risk, tell the welfare officer straight away.",
            "Any {c} that appears to groom, exploit or target a young person will be passed to the authorities.",
            "If you suspect someone with dementia is being neglected or financially abused, contact adult social "
            "care as well as letting us know.",
            "Volunteers under 18 must not be named or tagged in {cs} about working parties.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Our moderators are volunteers",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a volunteer before it appears, so please allow a day or two.",
            "Our newsroom is small and our internet link runs by satellite, so {cs} sent overnight or in bad "
            "weather may take longer to appear.",
            "{Cs} sent in after noon on Friday will not be approved until Monday morning.",
            "The magazine goes to print on the 15th of each month, and {cs} received after that date are held over "
            "to the next issue.",
            "Posting the same {c} several times will not speed it up and may get it caught in the spam filter.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Topic",
            "Right board, right thread",
            "Off-topic {cs}",
        ),
        (
            "Keep your {cs} related to the story or thread they sit under.",
            "Questions about your own tree belong in the Help and Advice section, not in show reports.",
            "Political arguments that have nothing to do with the article will be removed, however close the election.",
            "Please start a new thread rather than taking over somebody else's.",
            "This board is for tenants' issues, and general party politics belongs elsewhere.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell my trees here?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "Advertising, sales pitches and links to commercial sites are not allowed in {cs}.",
            "Trees, pots and tools may only be offered for sale in the Members' Market section, and only by paid-up "
            "members.",
            "Petitions and fundraising appeals need the committee's approval before they are posted.",
            "Accounts set up only to post links will be deleted without notice.",
            "Local businesses that wish to advertise should ask the editor for our rates instead.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "Who are you?",
            "Usernames",
            "One account each",
            "Registering to post",
        ),
        (
            "Please post under your real name, as {cs} signed with a nickname or initials will not be published.",
            "Each member may hold one account, and sharing a login with anyone else is not allowed.",
            "Usernames that are offensive, misleading or that impersonate someone else will be changed or removed.",
            "Anonymous {cs} will not be published, although we may withhold your name on request.",
            "Keep your email address up to date, as we use it to contact you about anything you post.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could you be sued?",
            "Court cases",
            "Libel and contempt",
        ),
        (
            "Do not post allegations about a named person that you cannot prove, as you may be held liable for them.",
            "Under Malta's Media and Defamation Act, both the author and the publisher can be sued over a "
            "defamatory {c}.",
            "Please do not discuss cases that are before the courts, where a careless {c} could prejudice a trial.",
            "Never suggest that someone is guilty of a crime before they have been convicted.",
            "Any {c} that breaks the law will be removed, and we will cooperate with lawful requests for information.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Other people's work",
            "Can I post a photo I found online?",
            "Quoting",
            "Using material from elsewhere",
        ),
        (
            "Only post photographs you took yourself, or that you have the owner's permission to use.",
            "Quote a short passage and link to the rest rather than pasting whole articles into a {c}.",
            "By posting pictures of your trees here you allow the society to use them in its newsletter, with credit.",
            "Images from the railway's archive remain the property of the trust and must not be reposted "
            "elsewhere without permission.",
            "Material copied without permission will be taken down as soon as its owner asks us.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell a moderator",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also email the moderators; please include a link to the {c} and say what is wrong with it.",
            "Every report is read, although we cannot always tell you what action we have taken.",
            "Please do not argue with a rule-breaker in the thread, but report them and let us deal with it.",
            "Reports are confidential, and the member you report will not be told who made it.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The final say",
            "Who decides?",
            "Our right to remove",
            "Editing",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The moderators' decision on whether a {c} stays up is final.",
            "We may close a thread to new {cs} at any time if the discussion stops being useful.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "These rules may change from time to time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Tell us your news",
            "Setting the record straight",
        ),
        (
            "If you believe a report contains an error, please email the newsroom rather than posting a {c}, so we "
            "can check it properly.",
            "News from your village, fish camp or stretch of river can be phoned in to the station at any time.",
            "Notices of births, weddings and funerals for the next issue should go to the editor, not into the {cs}.",
            "Corrections are made in the article itself and noted at the foot of the page.",
            "We are always glad to hear about events in the Dales, so send details and a photograph to the editor "
            "before the deadline.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which language should I write in?",
            "Write clearly",
            "Keep it clean",
        ),
        (
            "{Cs} are accepted in English or in Maltese, but please keep to one language in each.",
            "Swearing, including words with letters replaced by asterisks, will be filtered out.",
            "Please do not write in capital letters, which reads as shouting.",
            "Text-speak and heavy abbreviation make a {c} hard to follow for older members, so please write in full.",
            "Crude or sexual language is not acceptable, whoever it is aimed at.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Consequences",
            "Three strikes",
            "Suspensions",
            "Breaking the rules",
        ),
        (
            "A first breach of these rules will normally earn a warning by private message.",
            "Members who keep breaking the rules will be suspended, and persistent offenders banned for good.",
            "Setting up a new account to get round a ban will lead to all your accounts being removed.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "A suspended member may appeal by writing to the committee secretary within fourteen days.",
        ),
    ),
    (  # safety and advice
        (
            "Advice on this forum",
            "Medical and legal advice",
            "Is the advice here reliable?",
            "Safety first",
            "Not professional advice",
            "Look after yourself",
        ),
        (
            "Members share their own experience, not professional advice, so always check changes to medication "
            "with the GP or pharmacist.",
            "Nothing posted here is legal advice, so speak to the union's caseworker or a solicitor before "
            "withholding rent.",
            "Advice on repairing blades, masks or body wires should come from a qualified armourer, not from a thread.",
            "Never go on to the line or into the workshops unless you are a rostered volunteer with a current "
            "track safety certificate.",
            "If someone is in immediate danger, call the emergency services rather than posting here.",
        ),
    ),
    (  # whose views
        (
            "Disclaimer",
            "Views expressed",
            "Whose opinion is it?",
            "Your words, your responsibility",
            "Responsibility",
        ),
        (
            "The views expressed in {cs} are those of their authors and not of the station or its board.",
            "You are responsible for what you post, and by posting you accept these rules.",
            "The society cannot vouch for the accuracy of anything posted by its members.",
            "{Cs} reflect the opinions of readers and are not checked for accuracy before they appear.",
            "Neither the parochial church council nor the magazine team accepts responsibility for readers' {cs}.",
        ),
    ),
)


#: The site's word for what readers send: (``{c}``, ``{cs}``); ``{C}`` and ``{Cs}`` are their capitalised forms.
#: A site says "comment" three times in four; the others never do.
WORDS_145 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)


#: Titles some of these sites print above their rules; the second tuple only where the site says "comment".
POLICY_TITLES_145 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the board",
    "Code of conduct",
    "Guidelines for members",
    "Before you post",
    "Our rules for {cs}",
    "Members' code",
)
COMMENT_TITLES_145 = ("Comment policy", "Commenting guidelines", "Comments policy", "Reader comments: our rules")


POLICY_INTROS_145 = (
    "Please read these rules before you post.",
    "{Cs} are welcome, provided they keep to the guidelines below.",
    "This board is run by volunteers, and these few rules help keep it a friendly place.",
    "By sending a {c} you agree to the following house rules.",
    "We want this to be a supportive place for everyone who cares for someone living with dementia.",
    "The following rules apply to all {cs} on this site.",
)


POLICY_CLOSINGS_145 = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the moderators.",
    "These rules were last reviewed by the committee in March 2025.",
    "Happy posting, and thank you for reading.",
    "The Moderation Team",
    "Last updated: 2 October 2025",
)


#: British spellings in the lists above and their American forms (a reworded-145 document prints one or the other).
AMERICAN_145 = {
    "criticise": "criticize",
    "offence": "offense",
    "travellers": "travelers",
    "armourer": "armorer",
    "neighbour": "neighbor",
}


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")

#: The markers these sites print before an item, and how often a site picks each (bulleted and numbered lists from a
#: CMS, a Word document pasted into a parish page, a forum's "Rule 3:" lines).
_STYLES = (
    ("none", 7),
    ("1.", 6),
    ("1)", 2),
    ("(1)", 1),
    ("1 -", 1),
    ("1", 1),
    ("a)", 1),
    ("(a)", 1),
    ("A.", 1),
    ("i.", 1),
    ("(i)", 1),
    ("I.", 1),
    ("Rule 1:", 2),
    ("Rule 1.", 1),
    ("\u2022", 4),
    ("-", 2),
    ("*", 1),
    ("\u2013", 1),
    ("\u25aa", 1),
    ("\u00b7", 1),
    ("o", 1),
)

_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not"}


def _marker(style: str, n: int) -> str:
    """The marker a site of ``style`` prints before its ``n``-th item (``n`` from 1)."""
    letter, roman = "abcdefghijklmnopqrstuvwxyz"[n - 1], _ROMAN[n - 1]
    shapes = {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} \u2013",
        "1": f"{n}",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1.": f"Rule {n}.",
    }
    return shapes.get(style, style)


def _cased(heading: str, case: str) -> str:
    """``heading`` (written in sentence case) in the site's case: sentence, title, upper or lower."""
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))
    return heading


def _items_145(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-145 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("",
    sentence). Draws the site's word for what readers send ("comment" three times in four); two to four items (0.3)
    or seven to seventeen, in the table's order (0.45) or drawn; one to three of an item's sentences, as parts of
    their own or run into one part (0.35 of sites); the headings' case (sentence, title, capitals or lower case) and
    placing (none 0.15, a part of their own with a stop or none 0.45, or run in before a colon, a stop or a dash
    0.4); a marker style (none, numbers, letters, roman numerals, "Rule N", bullets of several shapes) and the gap
    after it (a space, a tab 0.08, nothing after a bullet now and then); now and then sentences lettered or dashed
    within an item (0.12), a "Please note"/"NB" before one sentence (0.15), a "See also rule N." cross-reference on
    a numbered site (0.12), a divider line above the items (0.08); then the opening, closing and title lines by
    ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(WORDS_145)
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    def say(text: str) -> str:
        return text.format(**names)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_145))
    if rng.random() < 0.45:
        chosen = sorted(rng.sample(range(len(REWORDINGS_145)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_145)), count)
    joined = rng.random() < 0.35  # the site runs an item's sentences into one paragraph
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choices(("none", "own", "run"), (0.15, 0.45, 0.4))[0]
    own_stop = rng.choice(("", "", ":", "."))
    run_stop = rng.choice((":", ":", ".", " \u2013", " -", " \u2014"))
    style = rng.choices([name for name, _ in _STYLES], [weight for _, weight in _STYLES])[0]
    gap = "\t" if rng.random() < 0.08 else " "  # a list pasted from a word processor keeps its tab
    if len(style) == 1 and not style.isalnum() and rng.random() < 0.15:
        gap = ""  # a bullet printed hard against its text
    sub = rng.random() < 0.12 and not joined and placing != "run"  # sentences marked within an item
    sub_style = rng.choice(("(i)", "\u2013") if style in ("a)", "(a)", "A.") else ("(a)", "a)", "\u2013", "-"))
    noted = rng.randrange(count) if rng.random() < 0.15 else -1  # the item with a "Please note" before a sentence
    prefix = rng.choice(("Please note: ", "NB: ", "N.B. ", "Note: ", "Please note that "))
    cross = rng.random() < 0.12 and style in ("1.", "1)", "(1)", "1 -", "Rule 1:", "Rule 1.")

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_145[kind]
        picked = [say(sentence) for sentence in rng.sample(sentences, rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0])]
        if n - 1 == noted:
            last = picked[-1]
            picked[-1] = prefix + (last[:1].lower() + last[1:] if prefix.endswith("that ") else last)
        if sub and len(picked) > 1:
            picked = [
                f"{_marker(sub_style, i) if sub_style[0] in '(a' else sub_style} {sentence}"
                for i, sentence in enumerate(picked, start=1)
            ]
        parts = [" ".join(picked)] if joined else picked
        heading = "" if placing == "none" else _cased(say(rng.choice(headings)), case)
        marker = "" if style == "none" else _marker(style, n) + gap
        if placing == "run" and heading:
            glue = " " if heading.endswith("?") else run_stop + " "
            item = ("", marker + heading + glue + parts[0], *parts[1:])
        elif heading:
            item = (marker + heading + ("" if heading.endswith("?") else own_stop), *parts)
        else:
            item = ("", marker + parts[0], *parts[1:])
        items.append(item)
    if cross and len(items) > 2:
        k, other = rng.sample(range(len(items)), 2)
        items[k] = (*items[k], f"See also rule {other + 1}.")
    if rng.random() < 0.08:
        items.insert(0, ("", rng.choice(("* * *", "~~~", "________________"))))

    titles = [say(title) for title in POLICY_TITLES_145]
    if word == "comment":
        titles += COMMENT_TITLES_145
    intros = [say(intro) for intro in POLICY_INTROS_145]
    closings = [say(closing) for closing in POLICY_CLOSINGS_145]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_145)
