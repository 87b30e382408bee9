"""The ``reworded-74`` family: posting rules as Pacific English-language news sites (Papua New Guinea, Solomon
Islands, Vanuatu, Tonga), Scottish Borders and Northumberland papers, Quaker meeting newsletters, fly-fishing
forums, community orchestras, adult-literacy volunteer boards and city-farm boards word and print them. Written
from how such sites phrase their rules, not from the cleaner: fifteen item kinds, each with a few headings (some
questions) and two to four sentences, in which ``{n}`` / ``{ns}`` stand for the site's own word for a comment (a
quarter of the sites never say "comment")."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings as a site writes them, in sentence case; sentences). ``{n}``, ``{ns}``, ``{N}`` and
#: ``{Ns}`` are the site's word for a comment, singular and plural, as is and capitalised.
REWORDINGS_74: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be respectful", "Respect one another", "Play the ball, not the player", "Can we keep it friendly?"),
        (
            "Treat other readers as you would a neighbour, whatever their wantok, province or island.",
            "Criticise the argument, not the person.",
            "Personal attacks, name-calling and insults aimed at other members will be removed, and so will "
            "replies that repeat them.",
            "Friends are asked to write as they would speak in meeting for worship: with care, plainly, and "
            "without scoring points.",
        ),
    ),
    (  # hatred
        ("No tribal or sectarian abuse", "No hatred", "Hate has no place here", "What counts as hate?"),
        (
            "Anything that stirs up hatred against a tribe, a province, an island, a church or a race will be "
            "taken down.",
            "Sectarian remarks, including the words of songs and chants, are not welcome here and may be passed "
            "to Police Scotland.",
            "We do not accept {ns} that attack people for their colour, ethnicity, faith, gender, disability or "
            "sexuality.",
        ),
    ),
    (  # privacy
        ("Respect privacy", "Protect learners' privacy", "Children and photographs", "Keep private waters private"),
        (
            "Never name or describe an adult learner, even in praise, without their written consent.",
            "Please do not post photographs in which children visiting the farm can be recognised unless you are "
            "their parent or carer.",
            "Do not share anyone's phone number, home address or village, and never post pictures of the injured "
            "or the dead after an accident or a clash.",
            "Members are asked not to give grid references or name the pools on private beats; the river is plenty.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {n} appeared?", "Please be patient", "All {ns} are checked first"),
        (
            "Every {n} is read by a moderator before it appears, so there may be a delay.",
            "Our moderators work Nuku'alofa office hours, and {ns} sent late at night or on a Sunday will not "
            "appear until the next working day.",
            "Because our internet connection in Honiara can drop out for hours at a time, please do not send the "
            "same {n} twice if it does not show up straight away.",
            "The newsletter is put together by volunteers, so it may be a week before your {n} goes up.",
        ),
    ),
    (  # off-topic
        ("Stay on topic", "Keep to the subject", "Wrong place?", "Right forum, right thread"),
        (
            "Keep to the subject of the article or thread.",
            "Questions about rehearsal dates, the concert programme and lifts to the hall belong on the members' "
            "noticeboard, not here.",
            "Threads that drift away from fishing (politics, football, the price of diesel) may be moved to the "
            "Riverbank Lounge or locked.",
            "Please don't use this space to carry on an argument from another story.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "No spam or selling", "Buying and selling", "Fast money schemes"),
        (
            "Advertising, chain messages and links to fast money schemes will be deleted without warning.",
            "Tackle for sale goes in the classifieds section only: one thread per seller, with a price and your area.",
            "If you want to sell eggs, compost or concert tickets, contact the office and we'll put it in the "
            "newsletter instead.",
            "Do not send the same {n} to several threads.",
        ),
    ),
    (  # real names
        ("Use your real name", "Who are you?", "Names", "Sign your posts"),
        (
            "We publish {ns} under the name you register with, so use your own name, not a nickname or the name "
            "of your clan.",
            "Usernames are fine, but please sign off with your first name and home water so we know who we're "
            "talking to.",
            "{Ns} for the newsletter should carry your full name and your local meeting.",
            "Pretending to be someone else, including a public figure, an organisation or a member of our staff, "
            "will get your account closed.",
        ),
    ),
    (  # the law
        ("Mind the law", "Defamation and contempt of court", "The Cybercrime Code", "Legal matters"),
        (
            "Under Scots law a {n} can be a contempt of court, so do not speculate about the guilt of anyone who "
            "has been charged, or discuss the evidence in a trial that has not finished.",
            "The Cybercrime Code Act 2016 makes it an offence to publish defamatory material online in Papua New "
            "Guinea, and you, not this website, are responsible for what you post.",
            "Do not accuse any named person of corruption, theft or any other crime unless a court has convicted "
            "them of it.",
            "We will hand information to the police if we are lawfully asked to.",
        ),
    ),
    (  # copyright
        ("Copyright", "Your own work only", "Photographs and scores", "Credit where it's due"),
        (
            "Please don't upload scans or PDFs of printed parts, as most of our music is hired or still in copyright.",
            "Only post photographs you took yourself.",
            "Do not copy whole articles from this or any other newspaper; a short quote and a link are enough.",
            "Fly patterns are welcome, but if the dressing is someone else's, say whose.",
        ),
    ),
    (  # reporting a post
        ("Report a problem", "Seen something wrong?", "Reporting", "Tell us"),
        (
            "Use the Report link under any {n} that breaks these rules and a moderator will look at it.",
            "If something worries you, e-mail the web team at moderation@vanuatupost.com.vu with a link to the {n}.",
            "Please report, don't reply.",
            "Members can flag a post with the red triangle, and three flags hide it until a moderator has checked it.",
        ),
    ),
    (  # the moderators' discretion
        ("The editor's decision", "Our discretion", "Moderators' decisions are final", "Whose views?"),
        (
            "We reserve the right to remove, shorten or refuse any {n} without giving a reason.",
            "The editor's judgement on what is published is final, and we do not enter into correspondence about "
            "individual {ns}.",
            "The moderators are volunteers giving up their own time, so please accept their decisions with good grace.",
            "{Ns} are the views of their writers and not of the meeting, of Britain Yearly Meeting or of the "
            "newsletter team.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Got it wrong?", "Errors and complaints", "Spotted a mistake?"),
        (
            "If you think we have made a mistake in a story, don't leave it in the {ns}: tell the newsroom at "
            "corrections@borderweekly.co.uk and we will look into it.",
            "We put errors right as quickly as we can, apologise where we should, and say so at the foot of the "
            "article.",
            "Complaints about our journalism can be made to IPSO at www.ipso.co.uk.",
            "Complaints about a story can also go to the Media Council of Papua New Guinea.",
        ),
    ),
    (  # language
        ("Language", "Which language?", "Keep it clean", "English, Tok Pisin or Bislama"),
        (
            "{Ns} may be in English, Tok Pisin or Bislama, but please don't write in capital letters.",
            "Swearing, crude jokes and sexual remarks are not allowed, even with the letters starred out.",
            "We welcome {ns} in Tongan or English; others may not be approved because our moderators cannot read them.",
            "Keep it clean enough that you'd be happy for a learner to read it aloud.",
        ),
    ),
    (  # warnings and account closure
        ("Warnings and bans", "Three strikes", "Closing accounts", "Suspension"),
        (
            "Anyone who keeps breaking these rules will get one warning, then a suspension, and then their account "
            "will be closed.",
            "We may close an account without warning if it is used to harass anyone, and behaviour like that may "
            "be reported.",
            "If you want your own account closed, write to membership@tweedflyforum.org.uk and we'll delete your "
            "details.",
            "Banned members who come back under a new name will be removed again.",
        ),
    ),
    (  # not for emergencies, animals and safety
        ("Not for emergencies", "Animal welfare", "Urgent concerns", "Safety first"),
        (
            "If you see an animal in distress at the farm, tell a member of staff or ring the farm office; please "
            "don't post about it here first.",
            "This page is not watched around the clock, so in an emergency call the police or go to your nearest "
            "health centre.",
            "Concerns about a learner's safety go to our safeguarding lead, not into a public thread.",
            "Nobody here can tell you a river in spate is safe to wade, so check the SEPA flood warnings at "
            "www.sepa.org.uk before you go.",
        ),
    ),
)
#: Opening lines a site prints above its rules.
INTROS_74: tuple[str, ...] = (
    "We welcome your views, but please read these rules before you post.",
    "This is a small community and we want to keep it a friendly one.",
    "Please read the following before joining in.",
    "Thank you for taking part; a few simple rules keep this page useful for everyone.",
    "Our forum is run by members for members, and these are the rules the committee has agreed.",
    "Friends are warmly invited to send news, reflections and notices, bearing in mind the following.",
    "By commenting on this site you agree to the following guidelines.",
    "Comments are open on most of our stories, on these conditions.",
)
#: Closing lines a site prints below its rules.
CLOSINGS_74: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Tenkyu tru for your cooperation.",
    "Tangkyu tumas from the moderators.",
    "Questions about these rules can be sent to the editor at editor@pacificnewsroom.com.pg.",
    "The full terms and conditions are at www.borderpapers.co.uk/terms.",
    "These guidelines were agreed by the committee and are reviewed every year at the annual general meeting.",
    "Tight lines, and thanks for reading.",
    "In Friendship, the newsletter team.",
    "Happy commenting!",
    "We read every comment and we value them, even the grumpy ones.",
)
#: Titles a site prints above its rules.
TITLES_74: tuple[str, ...] = (
    "Comment Guidelines",
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Community Standards",
    "Before You Post",
    "Guidelines for Contributors",
    "Our Rules",
    "Notes for Contributors",
    "Reader Comments Policy",
    "Message Board Etiquette",
    "Rules of the River:",
)
#: British spellings in this family's lines, and the American spellings a site may print instead.
AMERICAN_74: dict[str, str] = {
    "behaviour": "behavior",
    "offence": "offense",
    "recognised": "recognized",
    "judgement": "judgment",
    "programme": "program",
    "organisation": "organization",
    "centre": "center",
    "colour": "color",
    "neighbour": "neighbor",
    "criticise": "criticize",
    "apologise": "apologize",
}
#: A site's word for a comment: singular, plural.
_NOUNS_74 = (("post", "posts"), ("message", "messages"), ("contribution", "contributions"), ("reply", "replies"))
_SMALL_WORDS_74 = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})
_NUMBERINGS_74 = ("{}.", "{})", "({})", "Rule {}:", "{} -")
_BULLETS_74 = ("\u2022", "-", "*", "\u2013")


def _in_case_74(heading: str, case: str) -> str:
    """``heading`` (written in sentence case) as a site prints it: as written, in capitals, or in title case with
    its short words kept small."""
    if case != "title":
        return heading.upper() if case == "capitals" else heading
    first, *rest = heading.split(" ")
    raised = (part if part in _SMALL_WORDS_74 else part[:1].upper() + part[1:] for part in rest)
    return " ".join((first[:1].upper() + first[1:], *raised))


def _items_74(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. A site's word for a comment ("comment" three times in four; else "post", "message",
    "contribution" or "reply", and then no line of the policy says "comment"); two or three items a fifth of the
    time, else four to twelve, in the table's order or shuffled; each item one sentence, two (0.3) or three
    (0.08). Headings: none for the whole policy (0.15), else as written, in title case or in capitals, each site
    one way of printing them (on a part of their own, bare or after a full stop or a colon; run in before a colon,
    an en dash, a hyphen or a full stop), each item its own way a fifth of the time, an item without one (0.1).
    Numbered ("1." "1)" "(1)" "Rule 1:" "1 -"), lettered ("a)" "(a)" "a."), bulleted or neither. Then
    :func:`_furnish`'s opening, closing and title lines and spelling."""
    says_comment = rng.random() < 0.75
    noun, nouns = ("comment", "comments") if says_comment else rng.choice(_NOUNS_74)

    def word(text: str) -> str:
        for key, value in (("{Ns}", nouns.capitalize()), ("{N}", noun.capitalize()), ("{ns}", nouns), ("{n}", noun)):
            text = text.replace(key, value)
        return text

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_74)), count)
    if rng.random() < 0.5:
        kinds.sort()
    headed = rng.random() >= 0.15
    case = rng.choice(("as written", "as written", "title", "title", "capitals"))
    placements = ("own", "own.", "own:", "run:", "run-dash", "run-hyphen", "run.")
    placement = rng.choice(placements)
    per_item = rng.random() < 0.2
    marking = rng.choice(("none", "none", "number", "number", "letter", "bullet"))
    numbering = rng.choice(_NUMBERINGS_74)
    bullet = rng.choice(_BULLETS_74)
    lettering = rng.choice(("{})", "({})", "{}."))
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_74[kind]
        many = 1 + (rng.random() < 0.3) + (rng.random() < 0.08)
        parts = [word(sentence) for sentence in rng.sample(sentences, many)]
        heading = ""
        if headed and rng.random() >= 0.1:
            heading = _in_case_74(word(rng.choice(headings)), case)
        how = rng.choice(placements) if per_item else placement
        if heading and how.startswith("run"):
            joint = {"run:": ": ", "run-dash": " \u2013 ", "run-hyphen": " - ", "run.": ". "}[how]
            if heading.endswith("?"):
                joint = " "
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += how[3:]
        mark = {
            "none": "",
            "bullet": bullet,
            "number": numbering.format(index + 1),
            "letter": lettering.format("abcdefghijklmno"[index]),
        }[marking]
        if mark and heading:
            heading = f"{mark} {heading[:-1] if mark.endswith(':') and heading.endswith(':') else heading}"
        elif mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    intros, closings, titles = INTROS_74, CLOSINGS_74, TITLES_74
    if not says_comment:
        intros, closings, titles = (
            tuple(line for line in lines if not _says_comment(line)) for lines in (INTROS_74, CLOSINGS_74, TITLES_74)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_74)
