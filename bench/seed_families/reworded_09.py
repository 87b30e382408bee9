"""The ``reworded-9`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

#: Held out: article paragraphs about a site's comment rules, written as a report, not as the notice.
REWORDINGS_9 = (  # (headings, sentence variants): how US metro, alt-weekly, sports, student, station sites word them
    (
        ("Be civil", "Keep it civil", "Respect each other", "Be kind"),
        (
            ("Disagree with ideas, not people. Name-calling and insults will get your comment removed.",),
            ("Treat fellow readers the way you would want to be treated at a neighborhood meeting.",),
            ("Robust debate is welcome here.", "Attacking the person instead of the argument is not."),
            ("Be respectful of other posters, even when you strongly disagree with them.",),
        ),
    ),
    (
        ("No personal attacks", "Don't troll", "No harassment"),
        (
            ("Harassing, bullying or baiting other users will result in a suspension of your account.",),
            ("Do not post just to provoke others or derail the thread.", "Ignore trolls rather than feeding them."),
            ("Going after a writer, a player or another reader personally crosses the line.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "No discrimination"),
        (
            (
                "Slurs or attacks based on race, religion, gender, sexual orientation, disability or national "
                "origin are removed without warning.",
            ),
            ("We do not allow content that demeans people for who they are.", "Repeat offenders are banned."),
            ("Racist, sexist, homophobic or transphobic remarks have no place in our community.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Comments should relate to the article above.", "Off-topic rants may be deleted."),
            ("Keep the discussion focused on the subject of the story, not on unrelated grievances.",),
            ("Posts that hijack the thread to talk about something else will be removed.",),
        ),
    ),
    (
        ("No spam", "No advertising", "No self-promotion"),
        (
            ("Do not use this space to sell products, promote a business or drive traffic to other sites.",),
            ("Repeated posts, chain letters and commercial solicitations will be deleted.",),
            ("Links are allowed only when they add something to the conversation.", "Affiliate links are not."),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "Keep it PG"),
        (
            ("No profanity, vulgarity or sexually explicit material, including words disguised with asterisks.",),
            ("Our readers include students and families, so keep your language suitable for all ages.",),
            ("Obscene language and graphic descriptions will be filtered or removed.",),
        ),
    ),
    (
        ("No threats", "No threats of violence", "Threats will be reported"),
        (
            ("Threatening anyone, even as a joke, will get you banned and may be reported to law enforcement.",),
            ("Posts that encourage violence or harm against a person or group are removed immediately.",),
        ),
    ),
    (
        ("Be yourself", "No impersonation", "Use your real name"),
        (
            ("Do not pretend to be another person, a public figure or a member of our staff.",),
            ("We ask users to post under their real names.", "Accounts that appear to be fake may be suspended."),
            ("One account per person.", "Creating new accounts to get around a ban is not allowed."),
        ),
    ),
    (
        ("Respect privacy", "No doxxing", "Protect personal information"),
        (
            ("Never post someone's home address, phone number, email or other private details.",),
            ("Do not share personal information about yourself or others, including photos of private people.",),
        ),
    ),
    (
        ("Keep it about the game", "Rivalry, not hostility", "Trash talk has limits"),
        (
            ("Trash talk about teams is part of the fun.", "Going after players' families or health is not."),
            ("Cheer for your team and rib the other side, but leave athletes' children and spouses out of it.",),
            ("Criticize the play calling all you want; wishing injury on any player will get you removed.",),
        ),
    ),
    (
        ("Respect our students", "Protect minors", "Students are people too"),
        (
            ("Do not name or identify students who are not named in the story, especially minors.",),
            ("Many of the people in our stories are students.", "Criticism of their work is fair; ridicule is not."),
            ("Our staff are student journalists.", "Please critique the reporting respectfully."),
        ),
    ),
    (
        ("Innocent until proven guilty", "Mind the law", "No libel"),
        (
            ("Do not accuse people of crimes they have not been charged with or convicted of.",),
            (
                "Posts about pending court cases may be held for review.",
                "Speculating about guilt can prejudice a trial.",
            ),
            ("False statements of fact about a real person may be defamatory, and you can be held responsible.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something, say something"),
        (
            ("Use the Report link next to any post that breaks these rules.", "Our moderators will review it."),
            ("If you see a problem, report it instead of replying to it.",),
            ("Flagged posts are reviewed by our staff, usually within one business day.",),
        ),
    ),
    (
        ("Moderation", "We reserve the right", "Our moderators"),
        (
            ("We may remove any post or suspend any account at our discretion, without notice.",),
            ("Comments are moderated and may not appear immediately.", "We do not discuss individual removals."),
            ("Newsroom staff watch this space during business hours.", "Overnight posts are reviewed in the morning."),
        ),
    ),
    (
        ("No spoilers", "Spoiler alert", "Mind the spoilers"),
        (
            ("Do not reveal plot twists or endings for shows and films that have not aired everywhere yet.",),
            ("Give everyone a chance to watch.", "Put a spoiler warning at the top of any post about the finale."),
        ),
    ),
    (
        ("Stick to the facts", "Be accurate", "No misinformation"),
        (
            ("Knowingly spreading false or misleading information, especially about health or elections, is not OK.",),
            ("If you cite a statistic, say where it came from.", "Rumors presented as fact will be removed."),
        ),
    ),
    (
        ("Own your words", "You are responsible", "Think before you post"),
        (
            ("You are solely responsible for what you post, and your posts reflect on you, not on this station.",),
            ("Anything you post here is public and may be quoted on air or in print.",),
            ("Would you say it to someone's face?", "If not, don't post it."),
        ),
    ),
    (
        ("Don't shout", "No all caps"),
        (
            ("Writing in all capital letters is the online equivalent of shouting and is hard to read.",),
            ("Posts typed entirely in caps may be removed.",),
        ),
    ),
)


POLICY_TITLES_9 = (
    "Comment Policy",
    "Before you comment",
    "Rules for commenting",
    "Commenting guidelines",
    "Community Standards",
    "Join the Conversation",
    "Reader Forum Rules",
    "House Rules",
    "Talk Back: Ground Rules",
    "Conversation guidelines",
)


POLICY_INTROS_9 = (
    "We want this to be a place where readers share their views. Before you comment, please read the following.",
    "We welcome your opinions. To keep the discussion productive, please follow a few ground rules.",
    "This is a community space, and here is what we expect from everyone who takes part.",
    "Our comment section is open to all registered readers who agree to these rules.",
)


POLICY_CLOSINGS_9 = (
    "Read our full commenting policy in our Terms of Use.",
    "By posting, you agree to our Terms of Use and Privacy Policy.",
    "For the complete rules, see our Terms of Service.",
    "Full guidelines: /site/terms.html",
    "Read the full community standards here.",
)


def _items_9(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-9 policy, as ``_items_6``'s: each site's own way of printing its headings, items and lines."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def allowed(choices: tuple) -> list:
        kept = [choice for choice in choices if not plain or "comment" not in str(choice).lower()]
        return kept or list(choices)

    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_9, count)
    joint = rng.choice(("line", "line", "colon", "dash"))  # heading on its own line, or before the sentence
    stop = rng.choice((".", "", ":")) if joint == "line" else rng.choice((": ", " - ", " \u2014 ", " \u2013 "))
    case = rng.choice(("as written", "as written", "title", "capitals"))
    bare = rng.random() < 0.2  # the site prints its items without headings
    short = not bare and rng.random() < 0.1  # the site prints only its headings, as short rules
    marker = rng.choice(("", "", "number", "number", "1)", "\u2022 ", "- ", "* "))
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(allowed(headings))
        if case == "title":
            heading = " ".join(word[:1].upper() + word[1:] for word in heading.split())
        elif case == "capitals":
            heading = heading.upper()
        sentences = list(rng.choice(allowed(variants)))
        if short and heading:
            parts = [heading + "."]
        elif heading and joint == "line":
            parts = [heading + stop, *sentences]
        elif heading:
            parts = [heading + stop + sentences[0], *sentences[1:]]
        else:
            parts = sentences
        if marker == "number":
            parts[0] = f"{number}. {parts[0]}"
        elif marker == "1)":
            parts[0] = f"{number}) {parts[0]}"
        elif marker:
            parts[0] = marker + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(allowed(POLICY_INTROS_9))))
    if rng.random() < 0.4:
        items.append(("", rng.choice(allowed(POLICY_CLOSINGS_9))))
    if rng.random() < 0.4:
        title = rng.choice(allowed(POLICY_TITLES_9))
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
