"""The ``reworded-15`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_15 = (  # (headings, sentence variants): small-town and rural papers, alt-weeklies, business, motoring, travel, parenting, gaming, outdoor, public broadcasters
    (
        ("Be a good neighbor", "Remember it's a small town", "Treat others as you'd like to be treated"),
        (
            ("Around here we run into each other at the grocery store, so write the way you would talk face to face.",),
            (
                "Most of the people you are arguing with live down the road.",
                "Please disagree without being disagreeable or personal.",
            ),
            ("Comments that insult, belittle or bully other readers will be taken down.",),
        ),
    ),
    (
        ("Stick to the story", "Stay on topic", "Keep it relevant"),
        (
            (
                "Replies should relate to the article above them; a county board story is not the place to relitigate the last election.",
            ),
            ("Off-topic posts may be removed, even when they are polite.",),
            (
                "Keep the discussion to the subject of the article.",
                "Open threads for general chatter run every Friday.",
            ),
        ),
    ),
    (
        ("No accusations", "Don't name names", "Leave private citizens out of it"),
        (
            ("Do not accuse a named person of a crime or wrongdoing that has not been reported or proven in court.",),
            ("Please don't identify private individuals, their relatives or their employers in your posts.",),
            (
                "Rumors about neighbors, teachers or local business owners will not be published.",
                "If you have a tip, send it to the newsroom instead.",
            ),
        ),
    ),
    (
        ("No hate", "Zero tolerance for bigotry", "Respect everyone"),
        (
            (
                "Slurs or attacks based on race, ethnicity, religion, gender, sexual orientation, disability or age are not allowed.",
            ),
            ("We remove any post that demeans people for who they are, and repeat offenders lose their accounts.",),
        ),
    ),
    (
        ("Your privacy", "How we use your information", "Privacy"),
        (
            ("We never publish your email address, and we do not sell the information you give us when you register.",),
            (
                "Your display name and posts are public; your email address and IP address are kept private under our privacy policy.",
            ),
            ("Never post phone numbers, home addresses or other personal details, yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed"),
        (
            ("Every comment is read by a member of our small staff before it appears, so please allow a few hours.",),
            ("Posts submitted overnight or on weekends may not be approved until the next business day.",),
            (
                "Our moderators review contributions during office hours.",
                "We reserve the right to edit or reject any submission.",
            ),
        ),
    ),
    (
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            (
                "You can delete your account at any time from your profile settings; your past comments will be removed within 30 days.",
            ),
            ("To close your account and erase your posts, write to us and we will confirm by email.",),
        ),
    ),
    (
        ("No advertising", "No spam or selling", "Self-promotion"),
        (
            (
                "Do not use this space to advertise products, services, events or websites.",
                "Our classifieds section is the place for that.",
            ),
            ("Links to your own business, affiliate programs or fundraisers will be treated as spam and deleted.",),
            (
                "Posts that sell something, or repeat the same message across many stories, will be removed without notice.",
            ),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake to the newsroom"),
        (
            (
                "If you think we got something wrong, email the editor rather than posting it here, so we can check it and correct the story.",
            ),
            (
                "Corrections and factual errors should go to the newsroom through our contact form.",
                "Readers' posts are not monitored by reporters.",
            ),
            (
                "We correct our mistakes as quickly as we can.",
                "Tell us about them at the address below, not in the thread.",
            ),
        ),
    ),
    (
        ("Not financial advice", "Disclose your positions", "Investment talk"),
        (
            (
                "Nothing posted here is investment advice.",
                "Do your own research before buying or selling any security.",
            ),
            ("If you hold a stake in a company you are discussing, say so in your post.",),
            ("Pump-and-dump schemes, stock tips for sale and crypto promotions are removed and the accounts banned.",),
        ),
    ),
    (
        ("Drive safely", "No reckless driving talk", "Safety first"),
        (
            (
                "We won't publish posts that encourage street racing, speeding on public roads or driving after drinking.",
            ),
            ("Videos or boasts of illegal driving will be deleted, however impressive the car.",),
        ),
    ),
    (
        ("Protect the kids", "About children", "Keep children's details private"),
        (
            ("Never share a child's full name, school or photo, whether the child is yours or someone else's.",),
            (
                "Every family makes different parenting choices, and that's fine.",
                "Share your experience without shaming other parents for theirs.",
            ),
            ("Medical questions about your child belong with your pediatrician, not with strangers on the internet.",),
        ),
    ),
    (
        ("Spoilers", "No leaks or cheats", "Play fair"),
        (
            ("Mark story spoilers clearly, and don't post them at all for a game's first two weeks on sale.",),
            ("Links to pirated games, cheat software, account sellers or leaked builds will be removed.",),
            ("Trash talk about a team's play is fine; harassing players, casters or their families is not.",),
        ),
    ),
    (
        ("Respect game laws", "Know the regulations", "Hunt and fish legally"),
        (
            (
                "Posts that describe poaching, trespassing or taking game out of season will be removed and may be passed to wildlife officers.",
            ),
            (
                "Please don't reveal the exact location of private land or someone else's fishing spot without permission.",
            ),
            ("Harvest photos are welcome; gratuitous images of wounded animals are not.",),
        ),
    ),
    (
        ("Your words on air", "We may use your contribution", "Use of your posts"),
        (
            (
                "By posting you agree that we may quote your contribution on air, online or in print, with your display name.",
            ),
            (
                "Selected comments may be read on our regional programs.",
                "Tell us in your post if you'd rather we didn't.",
            ),
        ),
    ),
    (
        ("Travel tips and bookings", "Sharing tips", "Reviews"),
        (
            (
                "Share what you learned on your own trips, but no booking links, referral codes or reviews of places you own or work for.",
            ),
            (
                "Prices, fees and opening hours change often.",
                "Check with the operator before you rely on another reader's advice.",
            ),
        ),
    ),
    (
        ("Punch up", "Argue the point", "Snark is fine, cruelty isn't"),
        (
            (
                "Sharp opinions about public figures and policies are welcome here.",
                "Going after someone's looks, family or job instead of their argument is not.",
            ),
            ("Satire is fine, but threats, even ones you meant as jokes, get deleted and may be reported to police.",),
        ),
    ),
    (
        ("Clean it up", "Family-friendly language", "No cursing"),
        (
            ("Swearing, including words with letters swapped for symbols, will keep your post from being published.",),
            (
                "Please keep everything you post family friendly.",
                "Our readers range from teenagers to great-grandparents.",
            ),
            ("Obscene or sexually explicit language is not allowed.",),
        ),
    ),
    (
        ("Flag it", "See something, report it", "Report abuse"),
        (
            ("Use the report button under any post that breaks these rules rather than replying to it.",),
            ("If someone is harassing you, flag the post and our moderators will take a look, usually within a day.",),
        ),
    ),
    (
        ("Use your real name", "One person, one account", "Be yourself"),
        (
            ("We ask that you post under your own first and last name, as you would sign a letter to the editor.",),
            (
                "Multiple accounts and impersonating another reader or a public figure will get all your accounts suspended.",
            ),
        ),
    ),
)


POLICY_TITLES_15 = (
    "Comment Policy",
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House Rules",
    "Community guidelines",
    "Before you comment",
    "Reader Forum Rules",
    "Join the conversation",
)


POLICY_INTROS_15 = (
    "We welcome your thoughts on our stories. A few ground rules:",
    "Thanks for joining the conversation. Please read the following before you post.",
    "This is a space for readers to talk with each other about the news. Here's what we ask.",
    "By submitting a comment you agree to the following:",
)


POLICY_CLOSINGS_15 = (
    "Read our full terms of use at the link below.",
    "See our Terms of Service and Privacy Policy for the complete rules.",
    "Questions about these rules? Email the managing editor at editor@ourpaper.com.",
    "The full posting guidelines are available on our About Us page.",
    "Concerns about a post can be sent to moderators@newsroom.org.",
)


NUMBERS_15 = ("{}.", "{})", "({})", "{} -", "{}:", "No. {}")


BULLETS_15 = ("\u2022", "-", "*", "\u25aa", "\u2192", "\u2714", "\u25c6", "o")


INLINE_15 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _items_15(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-15 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment": only its variants without the word

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = []
    for headings, sentences in REWORDINGS_15:
        headings = tuple(heading for heading in headings if fits(heading))
        sentences = tuple(variant for variant in sentences if all(fits(part) for part in variant))
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    bare = rng.random() < 0.2  # the site prints its items without headings
    inline = rng.choice(INLINE_15) if rng.random() < 0.5 else ""  # a heading before its sentence on the same line
    stop = rng.choice((".", ":", "", ""))  # what the site prints after a heading on its own line
    capitals = rng.random() < 0.25
    marks = rng.random()
    mark = rng.choice(NUMBERS_15) if marks < 0.3 else rng.choice(BULLETS_15) if marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + " " + parts[0] if heading[-1] in "?!" else heading + inline + parts[0]
        elif heading:
            parts.insert(0, heading if heading[-1] in "?!" else heading + stop)
        if mark:
            parts[0] = f"{mark.format(number) if '{}' in mark else mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_15 if fits(line)]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_15 if fits(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_15 if fits(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
