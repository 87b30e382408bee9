"""The ``reworded-11`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_11 = (  # (headings, sentence variants): how hyperlocal, nonprofit, public-media, outdoor, farm, auto, gaming, opinion pages word them
    (
        ("Be a good neighbor", "Treat others with respect", "Keep it neighborly"),
        (
            (
                "This is a small town, and the person you're arguing with may be the one bagging your groceries tomorrow.",
            ),
            ("Write as if you were talking over the back fence.", "Disagree all you like, but do it kindly."),
            ("Talk to other readers the way you'd want them to talk to your own family.",),
            ("Be courteous to other members of the community, even when you strongly disagree with them.",),
        ),
    ),
    (
        ("Criticize ideas, not people", "No personal attacks", "Play the ball, not the player"),
        (
            (
                "Argue with the point someone made.",
                "Insults, name-calling and jabs at a person's looks or family are removed.",
            ),
            ("Going after another reader, a writer or a source personally will get your comment deleted.",),
            ("Challenge the argument all you want; attacking the person who made it is off limits.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Comments should relate to the article above.", "Off-topic posts may be removed without notice."),
            ("If your comment has nothing to do with this story, it probably belongs somewhere else.",),
            ("Threads that drift into national politics or old feuds between neighbors will be closed.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "Respect everyone"),
        (
            (
                "Slurs and attacks based on race, religion, gender, sexual orientation, disability or national origin are not allowed.",
            ),
            ("We remove anything that demeans people for who they are.", "Repeat offenders lose their accounts."),
            ("Content that promotes hatred of any group of people has no place on this site.",),
        ),
    ),
    (
        ("Protect privacy", "Don't share personal information", "No doxxing"),
        (
            (
                "Never post someone's address, phone number, license plate or workplace, and think twice before sharing your own.",
            ),
            ("Do not publish private details about other people, including minors and people named in our stories.",),
            ("Posting personal information about anyone, or urging others to dig it up, will get you banned.",),
        ),
    ),
    (
        ("No advertising", "No selling", "Keep it non-commercial"),
        (
            ("This is not a classifieds page.", "Do not list cattle, hay, equipment or anything else for sale here."),
            ("Dealers, shops and brokers may not promote their businesses or quote prices in the comments.",),
            ("Links to products, affiliate codes and sales pitches will be removed as spam.",),
        ),
    ),
    (
        ("Follow the law", "Respect game laws", "No illegal activity"),
        (
            (
                "Don't brag about, describe or encourage poaching, trespassing or other violations of fish and game regulations.",
            ),
            ("We will remove posts that encourage illegal activity, from street racing to hunting out of season.",),
            ("Confessing to a crime here is a bad idea; encouraging one will get you removed.",),
        ),
    ),
    (
        ("Mark your spoilers", "No spoilers", "No piracy"),
        (
            ("Spoil an ending or a leaked plot point without warning and your comment will be hidden.",),
            ("Do not link to pirated games, grey-market key sellers, cheats or exploits.", "We ban accounts that do."),
            ('Put a "spoiler" warning on anything past the first hour of a game.', "Not everyone has played it yet."),
        ),
    ),
    (
        ("Check your facts", "Cite your sources", "Accuracy matters"),
        (
            ("If you state something as fact, be ready to back it up with a link to a credible source.",),
            ("Knowingly spreading false information, especially about elections or public health, is not allowed.",),
            ("We may remove claims we know to be false.", "Rumors about people in the news are not news."),
        ),
    ),
    (
        ("Use your real name", "Sign your name", "Own your words"),
        (
            ("We require first and last names.", "Anonymous or made-up accounts will be removed."),
            ("Like letters to the editor, online responses must carry your full name and hometown.",),
            ("Stand behind what you write; people talk more carefully when their name is attached.",),
        ),
    ),
    (
        ("How we moderate", "Moderation", "We read everything"),
        (
            (
                "Our small staff reviews every comment before it appears, so please be patient, especially at night and on weekends.",
            ),
            (
                "Editors may edit, hold or delete any post and close a discussion at any time.",
                "Those decisions are final.",
            ),
            ("Comments are moderated during business hours, and threads on crime and court stories may be closed.",),
        ),
    ),
    (
        ("Report problems", "Flag it", "See something, say something"),
        (
            ('Use the "flag" icon next to a post to alert our moderators.', "Please don't reply to it."),
            ("If a comment breaks these rules, report it instead of responding, and we'll take a look.",),
            ("Spot abuse?", "Email the newsroom with a link to the comment and an editor will review it."),
        ),
    ),
    (
        ("Safety first", "No dangerous advice"),
        (
            (
                "Don't post instructions for disabling safety equipment, defeating emissions controls or other risky modifications.",
            ),
            ("Advice that could get someone hurt on the road, on the water or in the woods will be taken down.",),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "No profanity"),
        (
            ("Vulgar, obscene or sexually explicit language isn't allowed, even with letters swapped for symbols.",),
            ("Our readers include students and families.", "Profanity and crude jokes will be removed."),
        ),
    ),
    (
        ("Our independence", "A note on supporters"),
        (
            (
                "Being a member or donor doesn't earn special treatment.",
                "Everyone's posts are held to the same standards.",
            ),
            ("Our sponsors and funders have no say in what stays up; moderators apply these rules to everyone.",),
        ),
    ),
    (
        ("Keep it short", "Be brief"),
        (
            ("Posts are limited to 300 words.", "Say your piece once instead of repeating it throughout the thread."),
            ("Long copy-and-paste posts and the same message posted again and again will be removed.",),
        ),
    ),
)


POLICY_TITLES_11 = (
    "Community Standards",
    "Before You Comment",
    "Comment Guidelines",
    "Our Commenting Policy",
    "Guidelines for Readers",
    "House Rules",
    "Join the Conversation",
    "Discussion Rules",
    "Letters & Comments Policy",
)


POLICY_INTROS_11 = (
    "Our comment section is a place for the community to talk about the news. A few ground rules:",
    "We want this to be a space for thoughtful discussion, and posting means you accept the following.",
    "Before you join the conversation, please take a minute to read these guidelines.",
    "Comments on this story are open. Please keep these standards in mind:",
)


POLICY_CLOSINGS_11 = (
    "The complete rules are part of our Terms of Use, linked at the bottom of every page.",
    "See the full guidelines, and how we handle appeals, on our Community Standards page.",
    "Questions? Our full user agreement and privacy policy are linked in the site footer.",
    "More in our Terms of Service: tap the link below for the whole policy.",
)


NO_COMMENT_11 = (  # what a site that never says "comment" says instead, longest word first
    (
        ("comment section", "forum"),
        ("commenters", "members"),
        ("commenting", "posting"),
        ("comments", "posts"),
        ("comment", "post"),
    ),
    (
        ("comment section", "discussion board"),
        ("commenters", "readers"),
        ("commenting", "replying"),
        ("comments", "replies"),
        ("comment", "reply"),
    ),
)


ITEM_MARKS_11 = ("1.", "1)", "(1)", "\u2022", "-", "*", "\u25b8")


def _without_comment(text: str, words: tuple[tuple[str, str], ...]) -> str:
    for said, instead in words:
        text = text.replace(said, instead).replace(said.capitalize(), instead.capitalize())
    return text


def _items_11(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-11 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    chosen = rng.sample(REWORDINGS_11, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    inline = rng.random() < 0.5  # the site prints the heading before the sentence on the same line
    stop = rng.choice((": ", " - ", " \u2013 ", " \u2014 ", ". ")) if inline else rng.choice((".", ":", ""))
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    mark = rng.choice(ITEM_MARKS_11) if rng.random() < 0.7 else ""
    words = rng.choice(NO_COMMENT_11) if rng.random() < 0.3 else ()
    curly = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + stop + parts[0]
        elif heading:
            parts.insert(0, heading + stop)
        if mark:
            parts[0] = mark.replace("1", str(number)) + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(POLICY_INTROS_11)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(POLICY_CLOSINGS_11)))
    if rng.random() < 0.4:
        titles = [title for title in POLICY_TITLES_11 if not words or "comment" not in title.lower()]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if words:
        items = [tuple(_without_comment(part, words) for part in item) for item in items]
    if curly:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
