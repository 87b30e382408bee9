"""The ``reworded-10`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_10 = (  # (headings, sentence variants): how non-US nationals, US chains, business, science, faith, hobby sites word them
    (
        ("Be respectful", "Respect other readers", "Courtesy first", "Treat others as you would face to face"),
        (
            (
                "Disagree as strongly as you like, but do it without insults, name-calling or sneering at other readers.",
            ),
            (
                "Write as you would speak to someone across a table.",
                "Rudeness gets posts removed, however good the point behind it.",
            ),
            ("We want a lively debate, not a shouting match; keep your tone civil even when others do not.",),
            ("Comments that belittle, bully or mock other contributors will be taken down.",),
        ),
    ),
    (
        ("Play the ball, not the player", "Argue with ideas, not people", "No personal attacks"),
        (
            ("Criticise arguments all you like, but leave the person making them out of it.",),
            ("Attacks on other users, our journalists or the people in a story are not allowed.",),
            ("Goading, baiting and trolling other readers will get your account suspended.",),
        ),
    ),
    (
        ("Mind the law", "Legal matters", "Contempt and defamation", "Don't prejudice a trial"),
        (
            ("Do not post anything that could be defamatory, or that names anyone protected by a court order.",),
            ("Where a case is before the courts, do not speculate about guilt; we will close the thread if needed.",),
            (
                "You are legally responsible for what you write.",
                "Posts that risk contempt of court or libel will be removed without notice.",
            ),
            ("Publishers can be sued over what readers post here, so we remove anything that may be libellous.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for discrimination", "Respect every faith and background"),
        (
            ("Racist, sexist, homophobic, transphobic or otherwise bigoted remarks have no place here.",),
            (
                "We remove content that attacks people because of their race, caste, religion, gender, disability or sexuality.",
            ),
            ("Slurs aimed at any group, faith or community will be deleted and the account blocked.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Keep your contribution relevant to the article above; off-topic threads will be pruned.",),
            ("Posts unrelated to the subject of the piece may be removed to keep the discussion useful.",),
            ("Please discuss the issues raised in this article rather than unrelated grievances.",),
        ),
    ),
    (
        ("No advertising", "No self-promotion", "Not a marketplace"),
        (
            ("Do not use this space to promote your business, product, newsletter or social media account.",),
            ("Sales pitches, referral codes and affiliate links are removed, as are repeated links to the same site.",),
            ("Posts that advertise goods or services, or ask for money, are not permitted.",),
        ),
    ),
    (
        ("Declare your interests", "Disclose conflicts", "Be open about your stake"),
        (
            ("If you work for, advise or hold shares in a company under discussion, say so in your post.",),
            (
                "Readers deserve to know when a contributor has a financial stake in the topic.",
                "Please disclose it in your post.",
            ),
            (
                "Undeclared commercial interests, including posting on behalf of an employer or client, may lead to removal.",
            ),
        ),
    ),
    (
        ("Back up your claims", "Cite your sources", "Stick to the evidence"),
        (
            ("When you state a fact, link to a reliable source so others can check it.",),
            (
                "Misinformation about health, vaccines or climate science will be removed, as will claims made without evidence.",
            ),
            (
                "Share what you know, and say how you know it.",
                "Peer-reviewed work and official data carry more weight than rumour.",
            ),
        ),
    ),
    (
        ("Respect privacy", "Keep personal details private", "No doxxing"),
        (
            ("Never post anyone's address, phone number, email or other personal details, including your own.",),
            ("Do not share private information or images of people without their consent.",),
            ("Publishing someone's personal information to harass them is grounds for an immediate ban.",),
        ),
    ),
    (
        ("One account each", "Be yourself", "No impersonation"),
        (
            ("Do not pretend to be another person, a public figure or a member of our staff.",),
            ("Each reader may hold one account; sock-puppet accounts will be closed along with the original.",),
            (
                "Use a name you are happy to stand behind.",
                "Usernames that are offensive or misleading will be changed.",
            ),
        ),
    ),
    (
        ("Add something", "Be constructive", "Share your experience"),
        (
            ("The best contributions add knowledge, experience or a fresh angle to the piece.",),
            ("Tell us what worked for you, what did not and why, so other readers can learn from it.",),
            ("One-word replies and repeated posts add little; take a moment to explain your view.",),
        ),
    ),
    (
        ("Mind your language", "Keep it clean", "No swearing"),
        (
            ("Swearing, including words with letters replaced by asterisks, is not allowed.",),
            ("This is a family publication; please keep your language suitable for readers of all ages.",),
            ("Obscene or sexually explicit material will be removed.",),
        ),
    ),
    (
        ("Moderation", "How we moderate", "Our moderators", "Pre-moderation"),
        (
            ("All posts are checked by a moderator before they appear, which can take a few hours.",),
            (
                "We reserve the right to edit or remove any contribution and to suspend accounts that break these rules.",
            ),
            (
                "Moderators have the final say on what stays up.",
                "We will not debate individual removals below the line.",
            ),
            ("Comment threads close seven days after publication, or sooner on stories involving court cases.",),
        ),
    ),
    (
        ("Report a problem", "Flag it, don't fight it", "Seen something wrong?"),
        (
            ("If a post breaks these rules, use the report button instead of replying to it.",),
            ("Flag abusive or unlawful content and our team will review it, usually within 24 hours.",),
            ("Please do not answer a troll; report the post and let the moderators deal with it.",),
        ),
    ),
    (
        ("Charity in all things", "Disagree with grace", "Speak the truth in love"),
        (
            ("Many readers hold deep convictions; we ask that you engage them with patience and goodwill.",),
            ("You may challenge a belief without mocking the believer.",),
            (
                "Questioning whether another reader is a true Christian, or a true member of any faith, is not permitted.",
            ),
        ),
    ),
    (
        ("Your own words", "Respect copyright", "Don't copy and paste"),
        (
            ("Only post material you have written yourself; quote others briefly and credit them.",),
            ("Do not paste whole articles, photographs or other copyrighted work into the thread.",),
        ),
    ),
    (
        ("Write in English", "One language, please"),
        (
            ("Please write in English so that our moderators and other readers can follow the discussion.",),
            ("Comments in other languages cannot be moderated and will not be published.",),
        ),
    ),
)


POLICY_TITLES_10 = (
    "Community standards",
    "House Rules",
    "Before you comment",
    "Comment policy",
    "Discussion guidelines",
    "Join the debate",
    "Reader forum rules",
    "Our participation guidelines",
    "Talking points: the rules",
)


POLICY_INTROS_10 = (
    "We welcome your views. Please read these rules before you post.",
    "Our comment sections are for readers to debate the news. To keep them worth reading, we ask that you:",
    "This is a space for thoughtful discussion among our readers. A few ground rules:",
    "By joining the conversation you agree to the following.",
)


POLICY_CLOSINGS_10 = (
    "Read our full community standards on our website.",
    "By posting you agree to our terms of use, which you can read in full via the link below.",
    "For the complete rules, see our Terms and Conditions page.",
    "These guidelines form part of our terms of service; the full moderation policy is at the link here.",
    "Full comment policy and FAQs: see the Help section.",
)


def _items_10(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-10 policy: (first line, ...) per item as each site prints it, a title as (title, "")."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"

    def fits(parts: tuple[str, ...]) -> bool:
        return not plain or all("comment" not in part.lower() for part in parts)

    kinds = [(headings, [s for s in sentences if fits(s)]) for headings, sentences in REWORDINGS_10]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line, or a line of its own
    stop = rng.choice((": ", ": ", " - ", " \u2013 ", " \u2014 ")) if inline else rng.choice((".", ":", ""))
    bare = rng.random() < 0.2  # the site prints its items without headings
    capitals = rng.random() < 0.25
    mark = rng.choice(("", "", "{}. ", "{}) ", "({}) ", "\u2022 ", "- ", "* ", "\u25aa "))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        heading = heading.upper() if capitals else heading
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] in "?!" else stop) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] in "?!" else stop))
        if mark:
            parts[0] = mark.format(number) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_10 if fits((line,))])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_10 if fits((line,))])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_10 if fits((line,))])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
