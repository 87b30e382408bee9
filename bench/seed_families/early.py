"""The policies of the seed-family documents' first families (``reworded`` to ``reworded-5``): each a table of
items, (heading choices, sentence choices) per item, which ``bench_seed_family._items`` draws from. How and when each
was written, and what it was held out for: ``FAMILIES.md``."""

from __future__ import annotations

#: Held out: rewordings a site of the family may print, per item (heading choices, sentence choices).
REWORDINGS = (
    (
        ("Keep it Clean.", "Keep It Civil.", "Keep it clean and civil."),
        (
            "Please avoid obscene, vulgar, lewd, racist or sexually-oriented language or images.",
            "Avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please turn off your caps lock.", "PLEASE TURN OFF YOUR CAPS LOCK!")),
    (
        ("Don't Threaten or Abuse.", "No Threats.", "Don\u2019t Threaten."),
        (
            "Threats of harming another person or their property will not be tolerated.",
            "Threats of harming anyone will not be tolerated.",
        ),
    ),
    (("Be Honest.", "Be Truthful."), ("Do not knowingly lie about anyone or anything.",)),
    (
        ("Be Nice and Respectful.", "Be Kind."),
        ("No racism, sexism or any other -ism that is degrading to another person.",),
    ),
    (
        ("Help Us Out.", "Be Proactive."),
        (
            "Use the \u2018Report\u2019 link on each comment to let us know of abusive posts.",
            "Click the 'Report' link on any comment to tell us about abusive posts.",
        ),
    ),
    (
        ("Share Your Story.", "Share with Us."),
        (
            "We\u2019d love to hear eyewitness accounts and the history behind an article.",
            "We would love to hear eyewitness accounts, the history behind an article.",
        ),
    ),
)
#: Held out a second time: rewordings written after the first figures on ``REWORDINGS`` were seen and
#: before the notice's rules changed again (the list above had then judged them once).
REWORDINGS_2 = (
    (
        ("Keep It Clean!", "Clean Language Only."),
        (
            "Please avoid obscene, vulgar, lewd, racist or sexually oriented language.",
            "We ask that you avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please turn off caps lock.", "TURN OFF YOUR CAPS LOCK, PLEASE.")),
    (
        ("Don't Threaten Others.", "No Threats or Abuse."),
        (
            "Threats of harming another person won't be tolerated.",
            "Threats of harming another person will not be tolerated and may be reported to police.",
        ),
    ),
    (
        ("Tell the Truth.", "Be Accurate."),
        ("Don't knowingly lie about anyone.", "Never knowingly lie about anyone or anything."),
    ),
    (
        ("Be Civil.", "Be Nice to Others."),
        (
            "No racism, sexism or any sort of -ism that degrades another person.",
            "No racism, sexism, homophobia or any sort of -ism that is degrading to another person.",
        ),
    ),
    (
        ("Report Abuse.", "Be Proactive!"),
        (
            "Use the 'Report' link on each comment to let us know of abusive posts.",
            "Use the Report link beside each comment to alert us to abusive posts.",
        ),
    ),
    (
        ("Tell Us More.", "Share With Us."),
        (
            "We'd love to hear your eyewitness accounts and the history behind an article.",
            "We want to hear eyewitness accounts, the history behind a story.",
        ),
    ),
)
#: Held out a third time: written after the figures on ``REWORDINGS_2`` were seen (not its lines) and
#: before the third change to the notice's rules; no rule was chosen by looking at it.
REWORDINGS_3 = (
    (
        ("Keep It Clean.", "Keep Comments Clean."),
        (
            "Avoid obscene, vulgar, lewd, racist or sexually-oriented language, please.",
            "Please don't use obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please switch off your caps lock.", "PLEASE TURN OFF YOUR CAPS LOCK.")),
    (
        ("Don't Threaten.", "Never Threaten."),
        (
            "We will not tolerate threats of harming another person.",
            "Threats of harming another person will not be tolerated.",
        ),
    ),
    (
        ("Be Truthful.", "Be Truthful and Fair."),
        ("Don't knowingly lie about anyone or anything, ever.", "Do not lie about anyone or anything."),
    ),
    (
        ("Be Nice.", "Be Nice, Please."),
        (
            "No racism, sexism or any sort of -ism that is degrading to another person.",
            "Racism, sexism or any sort of -ism that degrades another person is not allowed.",
        ),
    ),
    (
        ("Be Proactive.", "Flag Abuse."),
        (
            "Use the 'Report' link on each comment to let us know of abusive posts.",
            "Let us know of abusive posts with the 'Report' link on each comment.",
        ),
    ),
    (
        ("Share with Us.", "Tell Us Your Story."),
        (
            "We'd love to hear eyewitness accounts, the history behind an article.",
            "We'd love to hear from eyewitnesses and about the history behind an article.",
        ),
    ),
)
#: Held out a fourth time: the policy as other newspaper CMSs word it (other items, headings and sentences,
#: British and American spelling), written before the fifth change to the notice's rules from how such
#: policies are phrased, not from the rules; a document draws three to eight of its items in a random order.
REWORDINGS_4 = (
    (
        ("Be Respectful.", "Respect Others.", "Be Courteous."),
        (
            "Treat other commenters as you would like to be treated.",
            "Personal attacks, insults and name-calling will be removed.",
            "Criticise ideas, not people.",
        ),
    ),
    (
        ("Stay on Topic.", "Keep It Relevant.", "Stay On Topic!"),
        (
            "Comments should relate to the article they are posted under.",
            "Off-topic comments may be removed by our moderators.",
        ),
    ),
    (
        ("No Spam.", "No Advertising."),
        (
            "Do not post links to commercial websites or promote products and services.",
            "Spam, chain letters and repeated posts will be deleted.",
        ),
    ),
    (
        ("Keep It Civil.", "Be Civil.", "Keep it Civilised."),
        (
            "Offensive, abusive or obscene language is not permitted.",
            "Please refrain from using profanity, slurs or offensive language.",
            "We will remove comments that are abusive, offensive or defamatory.",
        ),
    ),
    (
        ("Protect Privacy.", "Respect Privacy."),
        (
            "Don't post anyone's personal information, such as addresses or phone numbers.",
            "Do not share private details about yourself or others.",
        ),
    ),
    (
        ("No Impersonation.", "Be Yourself."),
        (
            "Do not pretend to be another person or organisation.",
            "Don't impersonate other users, public figures or our staff.",
            "Do not pretend to be another person or organization.",
        ),
    ),
    (
        ("Flag It.", "Report Abuse.", "Tell Us About Problems."),
        (
            "If you see a comment that breaks these rules, click 'Flag' to alert our moderators.",
            "Use the flag icon to report comments you find offensive or inappropriate.",
            "Use the \u2018Report\u2019 button to tell our moderation team about unacceptable behaviour.",
        ),
    ),
    (
        ("Obey the Law.", "Stay Legal."),
        (
            "Do not post anything that is defamatory, libellous or in contempt of court.",
            "Comments that are libelous or infringe copyright will be removed.",
        ),
    ),
    (
        ("No Hate Speech.", "No Discrimination."),
        (
            "Comments that attack people based on race, religion, gender or sexual orientation will be removed.",
            "We do not tolerate discrimination on the grounds of colour, religion or disability.",
        ),
    ),
    (
        ("Use Your Real Name.", "Be Accountable."),
        (
            "We encourage you to comment under your real name.",
            "Stand behind your words: comment under the name you use in everyday life.",
        ),
    ),
    (
        ("We Moderate.", "Our Right to Remove."),
        (
            "We reserve the right to remove any comment at our discretion.",
            "Moderators may edit or delete comments that violate these guidelines and ban repeat offenders.",
            "Repeat offences may lead to your account being suspended.",
            "Repeat offenses may lead to your account being suspended.",
        ),
    ),
    (("",), ("No shouting: please don't write in all capitals.", "DON'T TYPE IN ALL CAPS.")),
)
#: Held out a fifth time (2026-12-02): written before the sixth change to the notice's rules, from how news
#: sites word and print their comment guidelines, not from the rules nor from ``REWORDINGS_4``'s sentences:
#: other items, headings in title or sentence case, items printed without a heading, two to seven of them.
REWORDINGS_5 = (
    (
        ("Be Civil.", "Keep It Polite.", ""),
        (
            "Please keep comments civil.",
            "Disagree without being disagreeable.",
            "Name-calling and personal insults aren't allowed.",
        ),
    ),
    (
        ("Stick to the story.", "Be Relevant.", ""),
        ("Comments should be about the article above.", "Posts unrelated to the story may be taken down."),
    ),
    (
        ("No Links or Ads.", "No self-promotion."),
        (
            "Posts selling products or linking to outside sites will be removed.",
            "Don't use the comment section to advertise.",
        ),
    ),
    (
        ("Mind the Law.", "No Defamation."),
        (
            "Don't accuse anyone of a crime they haven't been charged with.",
            "You are legally responsible for what you post.",
            "Don't name victims of sexual offences or juveniles charged with crimes.",
        ),
    ),
    (
        ("Keep Private Info Private.", "Privacy Matters."),
        (
            "Never post email addresses, phone numbers or home addresses.",
            "Do not share someone else\u2019s personal details.",
        ),
    ),
    (
        ("One Account Per Person.", "No sock puppets."),
        (
            "Creating multiple accounts to evade a ban is not allowed.",
            "Using more than one username will get all of them blocked.",
        ),
    ),
    (
        ("Moderation.", "About Moderation.", "We Review Comments."),
        (
            "Comments are reviewed by our staff and may take some time to appear.",
            "Editors may remove comments that break these rules without notice.",
            "We don't edit comments; we either publish them or we don't.",
        ),
    ),
    (
        ("Respect Copyright.", "Your Own Words."),
        (
            "Don't paste whole articles or other people's work into a comment.",
            "Quote briefly and give credit when you share someone else's words.",
        ),
    ),
    (
        ("See Something?", "Report It.", "Let Us Know."),
        (
            "Click 'Report' under a comment that breaks these guidelines.",
            "Use the report button and a moderator will take a look.",
        ),
    ),
    (
        ("",),
        (
            "By commenting, you agree to our Terms of Use and Privacy Policy.",
            "Comments reflect the views of their authors, not of this newspaper.",
        ),
    ),
    (
        ("English Only.", "Write Clearly."),
        ("Comments must be written in English.", "Avoid writing entirely in capital letters; it reads as shouting."),
    ),
    (("",), ("Comments close 72 hours after a story is published.",)),
)
#: Titles and opening lines some sites print above such a policy (reworded-5 only).
POLICY_TITLES_5 = (
    "Commenting Guidelines",
    "Before You Comment",
    "Join the Conversation",
    "Reader Comment Policy",
    "Rules of the Road:",
    "Comments Policy",
)
POLICY_INTROS_5 = (
    "We welcome your comments, but please follow these rules.",
    "We want this to be a place for thoughtful discussion.",
)
#: A title some sites print above the policy (reworded-4 only).
POLICY_TITLES = ("Community Guidelines", "Comment Policy", "Our House Rules", "Commenting Rules:")
