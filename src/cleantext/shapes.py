"""Chrome of other shapes than one paragraph, as data: notices, comment threads, boxes of headlines.

A :class:`Notice` is a notice of several sentences (a site's comment policy) that a page prints whole,
hard-wrapped at any width, one sentence per line, or run into one line, with items dropped, reordered
or reworded. Its ``clauses`` are the telling phrases of its sentences; they are searched in the
document's lines unwrapped (:mod:`cleantext.notices`), and a line goes only when every word of it lies
in sentences of the notice.

A :class:`Thread` is a thread of comments under the article (:mod:`cleantext.threads`), and
:class:`Teasers` a box of other stories' headlines (:mod:`cleantext.teasers`): each is known by a
heading after the article's prose and by what follows it, line by line.

:func:`cleantext.strip_chrome` applies them (``notices=``, ``threads=``, ``teasers=``); nothing here
runs. :mod:`cleantext.rules` names them too, beside the paragraph rules.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEFAULT_NOTICES",
    "DEFAULT_TEASERS",
    "DEFAULT_THREADS",
    "Notice",
    "Teasers",
    "Thread",
]


@dataclass(frozen=True, slots=True)
class Notice:
    r"""A notice of several sentences, known by the telling phrases (``clauses``) of its sentences.

    ``clauses`` is a regular expression (the ``regex`` module, case-insensitive) whose alternatives
    are the phrases, written with single spaces; it is searched in the document's lines unwrapped
    (white space made single, a word broken at a hyphen joined, curly apostrophes straight). A
    sentence is the notice's when at least half of its words lie in phrases found; a run of such
    sentences is the notice when it holds ``min_clauses`` distinct phrases, and short headings
    between them ("Be Nice.") belong to it too (:mod:`cleantext.notices`). ``topic``, when given, is a
    regular expression of the words of the notice's subject: a run of three items or more, each a
    short heading and a sentence or two, half of them holding a topic word or a phrase, is the notice
    too, whatever its wording (another site's policy: :mod:`cleantext.notice_shapes`). ``subject``, when
    given, is a word (lower case) that a page printing the notice holds somewhere (a comment policy stands where comments are: the
    counter, "Post a comment", the policy's own "each comment"); the shape is looked for only in a
    document that holds it, so that the many that cannot hold the notice cost one scan. A notice with a
    topic printed last, after the article (:mod:`cleantext.notice_box`), is looked for in any document: its
    place is evidence enough (a policy that says "post" and "contribution", never "comment"). ``rule_words``, when
    given, is a regular expression of the words a rule is written in (obligation and prohibition: "must", "do not",
    "is not permitted"): a sentence that holds one is on the subject where the notice's place or shape tells it
    (beside the comment box, in a run of headed items, printed twice or last), so long as two of the run's items
    name the subject itself, as an article's instructions ("Please bring a photo ID.") do not
    (:attr:`ruled_topic`). ``own_words``, when given, is a regular expression of the words only the notice writes of
    (a comment policy: what readers post and where, the rules): a notice printed last is read only where the page's
    last lines hold one, since the topic's other words ("users", "report") are an article's too.

    >>> from cleantext import strip_chrome
    >>> house = Notice("house-rules", r"\bno shouting\b|\bno spoilers\b|\bstay on topic\b", min_clauses=2)
    >>> strip_chrome("The finale aired on Sunday.\nNo shouting. No spoilers\nplease. Stay on topic.", notices=[house])
    'The finale aired on Sunday.'
    """

    label: str
    clauses: str
    min_clauses: int = 3
    name: str = ""
    topic: str = ""
    subject: str = ""
    rule_words: str = ""
    own_words: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)
        if self.min_clauses < 2:
            raise ValueError("a notice needs min_clauses of at least 2: one phrase alone is a paragraph rule's job")

    @property
    def ruled_topic(self) -> str:
        """The ``topic`` and the ``rule_words``: what is on the subject where the notice's place or shape tells it.

        >>> Notice("policy", "a|b", topic="post", rule_words="must").ruled_topic
        'post|must'
        """
        return f"{self.topic}|{self.rule_words}" if self.topic and self.rule_words else self.topic


DEFAULT_NOTICES: tuple[Notice, ...] = (
    # The comment policy of the TownNews/BLOX template (the seed's site family): seven items, each a
    # short heading and a sentence; the phrases are those of the sentences, the headings only of
    # their first words, so that a heading reworded ("Be Nice and ...") is still one between two.
    Notice(
        "comment-policy",
        r"\bkeep it clean\b|\bavoid obscene\b|\bobscene, vulgar\b|\bvulgar, lewd\b|"
        r"\bsexually-? ?oriented (?:language|content|material)|\bturn off (?:your )?caps lock\b|\bcaps lock\b|"
        r"\bdon't threaten\b|\bthreats of harming\b|\bharming another person\b|\bwill not be tolerated\b|"
        r"\bbe truthful\b|\bknowingly lie about\b|\babout anyone or anything\b|\bbe nice\b|"
        r"\bno racism, sexism\b|\bany sort of -?ism\b|\bdegrading to another person\b|\bbe proactive\b|"
        r"\bthe 'report' link\b|\blink on each comment\b|\blet us know of abusive posts\b|\babusive posts\b|"
        r"\bshare with us\b|\bwe'd love to hear\b|\beyewitness accounts\b|\bthe history behind an article\b",
        min_clauses=3,
        name="blox-comment-policy",
        # the policy reworded past its phrases, or another site's: items found by their shape whose
        # sentences speak of commenting (what is posted, how it is said, how it is moderated), or name the rules
        # themselves as a policy's closing line does ("See our Terms of Service for the complete rules.")
        topic=r"\bcomment|\bcommenters?\b|\bpost(?:s|ed|ing)?\b|\bmoderat|\breport|\bflag|\babus|\boffensive|"
        r"\bobscen|\bvulgar|\bprofan|\blanguage\b|\bspam|\bcaps\b|\bcapitals\b|\bshout|\bthreat|\binsult|"
        r"\bharass|\bpersonal attacks?\b|\btroll|\btolerat|\bremov|\bdelet|\bban(?:s|ned)?\b|\baccounts?\b|"
        r"\busers?\b|\bdiscussion|\bconversation|\bcivil|\brespect|\bracis|\bsexis|\bhate\b|\bdiscriminat|"
        r"\bdefamat|\blibel|\bprivacy\b|\bpersonal information\b|\bimpersonat|\bon topic\b|\boff-topic\b|"
        r"\bguidelines\b|\bterms of (?:service|use)\b|\b(?:full|complete) (?:rules|terms|policy|guidelines|standards)\b|"
        r"\bcommunity standards\b|\b(?:these|our) rules\b|"
        # what readers write, named as sites that never say "comment" name it
        r"\brepl(?:y|ies)\b|\bcontributions?\b|\bcontributors?\b|\bsubmissions?\b|\bupload",
        subject="comment",
        # a site's rules are written as obligations and prohibitions, whatever their subject
        rule_words=r"\bnot (?:be )?(?:permitted|allowed|accepted|welcome)\b|\bprohibit|\bdo not\b|\bdon't\b|"
        r"\bplease\b|\bmust\b|\bnever\b",
        # what only a policy writes of: what readers post and where, and the rules themselves; the topic's other words
        # ("users", "report", "flag", "account") are an article's too, where it speaks to its reader of an app
        own_words=r"\bcomment|\bcommenters?\b|\bpost(?:s|ed|ing)?\b|\bmoderat|\bdiscussion|\bconversation|"
        r"\brepl(?:y|ies)\b|\bcontributions?\b|\bsubmissions?\b|\bforums?\b|\bcommunity\b|\bguidelines\b|"
        r"\bterms of (?:service|use)\b|\brules\b",
    ),
    # The same template's notice for comments open to subscribers only (another BLOX site's page).
    Notice(
        "comment-policy",
        r"\bnew and improved comments\b|\bfor subscribers only\b|\bimprove the experience for you\b|"
        r"\bfacebook profile to participate\b|\bregister before adding a comment\b|\btyped comments will be lost\b|"
        r"\bif you are not logged in\b|\bplease be polite\b|\bok to disagree with someone's ideas\b|"
        r"\bpersonal attacks, insults, threats\b|\bhate speech, advocating violence\b|\bcan result in a ban\b|"
        r"\bin violation of our community guidelines\b|\bplease report them\b",
        min_clauses=3,
        name="blox-subscriber-comments",
    ),
)


@dataclass(frozen=True, slots=True)
class Thread:
    r"""A thread of comments under the article, known by the shape comment systems print it in.

    A line that opens it (``heading``: "12 Comments", "Leave a Reply"), standing after the article's
    prose, then at least ``min_entries`` entries, each headed by a line that says who wrote and when
    (``entry``: "Sara", "1 year ago"; "Lori says:"; "March 6, 2023 at 8:55 am"). The thread runs from
    the heading to the end of its last entry's text, and ends before a line that heads a post of the
    page's own (``post``: a question-and-answer site's "answered Mar 5, 2025", whose answers are the
    page's text). Each pattern is matched against a whole line, its white space stripped, ignoring case
    (:mod:`cleantext.threads`).

    >>> from cleantext import strip_chrome
    >>> page = ["The council approved the budget on Tuesday after a long debate in the chamber."] * 12
    >>> page += ["Comments", "Sara", "1 year ago", "Who pays for it?", "Tom", "2 years ago", "We do, as always."]
    >>> print(strip_chrome("\n".join(page)).splitlines()[-1])
    The council approved the budget on Tuesday after a long debate in the chamber.
    """

    label: str
    heading: str
    entry: str
    post: str = ""
    min_entries: int = 2
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)
        if self.min_entries < 2:
            raise ValueError("a thread needs min_entries of at least 2: one line alone is a paragraph rule's job")


_AGO = r"(?:about |around )?(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\s+ago"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|\d\d(?!\d))|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)"
)
_CLOCK = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?"
_STAMP = rf"(?:{_AGO}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:at\s+)?{_CLOCK}|{_DATE}(?:,?\s+(?:at\s+|@\s*)?{_CLOCK})?|{_CLOCK}\s*(?:on\s+)?,?\s*{_DATE})"

DEFAULT_THREADS: tuple[Thread, ...] = (
    # Comment systems (WordPress, Disqus, a CMS's own): the heading counts the comments or asks for one;
    # an entry's head is a name, a time, or both ("Posted by: Suzanne | January 14, 2008 07:05 PM").
    Thread(
        "comment-thread",
        heading=r"(?:\(?\d++\)?\s+)?(?:comments?|reader comments|user comments|readers' comments)(?:\s*\(\d++\))?\s*:?"
        r"(?:\s*(?:post|add|leave|write) (?:a|your) comment)?|comments? on this (?:story|article|post|entry)\s*:?|"
        r"\(?\d++\)?\s+(?:responses?|replies|reactions?)\s*:?|\d++\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\b.*|"
        r"(?:leave|post|write) (?:a|your) (?:comment|reply|response)\b.*|join the (?:conversation|discussion)\b.*|"
        r"comments (?:are closed|powered by)\b.*|what do you think\??",
        entry=rf"(?:(?:posted|written|submitted)\s+by:?\s+)?(?:.{{1,40}}?\s*(?:says|said|wrote|writes)\s*:?|"
        rf"(?:.{{0,40}}?(?:\s+on|\s*[•·|,-])?\s*)?{_STAMP}(?:\s*(?:said|says|wrote)\s*:?)?)(?:\s*(?:reply|permalink|\|))*",
        post=r"(?:asked|answered|edited|modified)\s.*",
    ),
)


@dataclass(frozen=True, slots=True)
class Teasers:
    r"""A box of other stories' headlines, known by its heading: "Related stories", "Most read".

    A line that names the box (``heading``, matched against a whole line, its white space stripped,
    ignoring case), standing after the article's prose, then at least ``min_items`` headlines one after
    another, none of them a statement (a full stop) or longer than a headline, each followed at most by
    a summary of a sentence or two: the box runs from the heading to its last such line
    (:mod:`cleantext.teasers`).

    >>> from cleantext import strip_chrome
    >>> page = ["The council approved the budget on Tuesday after a long debate in the chamber."] * 12
    >>> page += ["Most Read", "Mayor names new police chief", "Bridge to close for repairs in May"]
    >>> print(strip_chrome("\n".join(page)).splitlines()[-1])
    The council approved the budget on Tuesday after a long debate in the chamber.
    """

    label: str
    heading: str
    min_items: int = 2
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)
        if self.min_items < 2:
            raise ValueError("a box of headlines needs min_items of at least 2: one line is a paragraph rule's job")


DEFAULT_TEASERS: tuple[Teasers, ...] = (
    # The boxes sites print beside and under an article that point to their other pages.
    Teasers(
        "related-link",
        heading=r"(?:related|related (?:stories|articles|coverage|links|content|posts|news|videos?)|"
        r"more (?:stories|news|headlines|articles|videos?)|(?:more from|more in|more on|also on) [\w .&'-]{2,40}|"
        r"you (?:may|might) also (?:like|enjoy|be interested in)|trending(?: now| stories| news)?|"
        r"most (?:read|popular|viewed|shared|emailed|commented)(?: stories| articles| news| this week| today)?|"
        r"editor'?s? picks?|top (?:stories|news|headlines)|latest (?:news|stories|headlines|articles|posts)|"
        r"recommended(?: stories| articles| for you| reading)?|(?:what to )?read next|"
        r"popular (?:now|stories|posts|articles)|around the web|from (?:our|the) partners|"
        r"sponsored (?:stories|links|content)|promoted stories|recent (?:posts|articles|stories)|in other news|"
        r"similar (?:articles|stories|posts)|don'?t miss)\s*[:»>]?",
        name="teaser-box",
    ),
)
