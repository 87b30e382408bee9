"""The ``reworded-27`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_27 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it friendly", "Respect each other"),
        (
            ("Treat other readers the way you would treat a neighbour at the village hall.",),
            ("Disagree with the argument, not the person making it.", "Name-calling will get your post removed."),
            ("We welcome strong opinions, but rudeness towards other readers will not be tolerated.",),
            ("Be kind. Most of the people reading this page live just down the road from you.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Posts should be about the story they appear under.",),
            ("Keep your comments to the subject of the article; general chat belongs in the forum.",),
            ("Threads that wander far from the story may be closed by the moderators without warning.",),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Leave people alone"),
        (
            ("Do not insult, threaten or single out any reader, reporter or person named in a story.",),
            ("Harassment of any kind, in public posts or private messages, will get you banned.",),
            (
                "Going after another member again and again is bullying.",
                "Accounts that do it are closed.",
            ),
        ),
    ),
    (
        ("Language", "Which language?", "Posting in other languages"),
        (
            ("Posts in English, Cornish or Manx are all welcome here.",),
            ("You may write in English or Spanish; our moderators read both.",),
            (
                "Please write in English so that every reader can follow the discussion.",
                "Short quotes in Faroese or Greenlandic are fine.",
            ),
            ("Write in English, Kazakh or Russian, and please add a short English summary if you can.",),
        ),
    ),
    (
        ("Rescues and callouts", "Incidents at sea", "Emergencies"),
        (
            (
                "Please do not speculate about casualties or name anyone involved in a rescue.",
                "Families are sometimes still waiting for news.",
            ),
            ("Do not post photos of accident scenes, patients or casualties, even if they were taken in public.",),
            ("Crew and firefighters are volunteers; criticism of a callout should go to the station officer.",),
        ),
    ),
    (
        ("Flying safely", "Drones and the law", "Airspace"),
        (
            ("Do not post footage shot over crowds, airfields or private land without the owner's permission.",),
            ("We will remove advice on flying outside the rules, however well meant.",),
            (
                "Links to firmware hacks that remove height or geofence limits are not allowed.",
                "Keep it legal, and keep it safe.",
            ),
        ),
    ),
    (
        ("Credit the painter", "Photos of your work", "Show and tell"),
        (
            ("If you share a photo of miniatures you did not paint yourself, name the painter.",),
            ("Post your own models and terrain only; pictures from other people's galleries need their consent.",),
            ("Mark leaked rules, unreleased kits and campaign spoilers clearly at the top of your post.",),
        ),
    ),
    (
        ("Tickets", "Buying and selling", "Swaps and sales"),
        (
            ("Festival tickets may only be resold at face value through the official exchange.",),
            ("This is not a marketplace: livestock, feed, hay and machinery belong in the classifieds.",),
            (
                "Do not offer or ask for tickets here.",
                "Touts and scammers target these pages every summer.",
            ),
        ),
    ),
    (
        ("Recordings", "Performers' rights", "Sharing sets"),
        (
            ("Please do not post recordings of whole sets without the band's permission.",),
            ("Short clips are fine; full concert uploads and bootlegs will be taken down.",),
        ),
    ),
    (
        ("Copyright", "Software and ROMs", "Downloads"),
        (
            (
                "No links to pirated software, ROM images or cracked disk images, even of machines long out of production.",
            ),
            (
                "Only post files you have the right to share, such as your own scans, manuals you wrote or public domain code.",
            ),
            ("Copyright still applies to old games and manuals. If in doubt, link to the owner's page instead.",),
        ),
    ),
    (
        ("Respect our clients", "Dignity", "Privacy of the people we help"),
        (
            ("Never name or describe anyone you have seen collecting food parcels.",),
            ("Everyone who uses the food bank deserves dignity; posts that shame or identify them are removed.",),
            (
                "Please do not share photos taken at the distribution centre.",
                "Our guests have not agreed to appear online.",
            ),
        ),
    ),
    (
        ("Hate speech", "No hatred", "Discrimination"),
        (
            ("Nothing that attacks people for their clan, tribe, island, ethnicity, religion or language.",),
            ("Posts that stir up hatred between communities, provinces or ethnic groups break the law and our rules.",),
            ("Racist, sexist and homophobic remarks are removed, and the accounts that post them are suspended.",),
            ("We do not allow content that promotes violence or hatred against any group or person.",),
        ),
    ),
    (
        ("Elections", "Campaigning", "Politics"),
        (
            ("Candidates and their agents must say who they are when they post about the election.",),
            ("During the campaign period we may close discussion on election stories to comply with the law.",),
            ("Paid political messages are not allowed in the discussion. Contact our sales team to advertise.",),
        ),
    ),
    (
        ("Spam", "No advertising", "Links"),
        (
            ("Adverts, sales pitches and repeated links to your own site will be deleted as spam.",),
            ("One relevant link per post is fine; more than that and our filter will hold it.",),
            ("Do not use this page to promote a business, a fundraiser or a product.",),
        ),
    ),
    (
        ("Your privacy", "Personal information", "Keep it private"),
        (
            ("Do not post phone numbers, addresses or email addresses, yours or anyone else's.",),
            (
                "We keep your email address private and never sell it.",
                "See our privacy notice for how we use your details.",
            ),
            ("Your display name is public; the email address you sign up with is only seen by the editors.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Waiting for approval"),
        (
            ("All posts are read by a volunteer before they appear, which can take up to a day.",),
            (
                "First posts are held for approval.",
                "Moderators work office hours, so evening posts may not appear until the morning.",
            ),
            ("Posts with links or certain words are held automatically until an editor has checked them.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile page.",),
            (
                "To close your account, write to us from the email address you registered with.",
                "Your past posts may remain, shown as from a former member.",
            ),
            ("Ask us to remove your account and we will erase your details within 30 days.",),
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Errors in our reporting"),
        (
            ("If we got a fact wrong, tell the newsroom directly so that we can fix the story.",),
            ("Report errors to the editor by email rather than in the thread; we correct mistakes promptly.",),
            ("Found an error in a story? Use the corrections form and the newsroom will look into it.",),
        ),
    ),
    (
        ("Report a problem", "Flagging posts", "See something wrong?"),
        (
            ("Use the flag link under any post that breaks these rules and a moderator will review it.",),
            ("Please report abuse rather than replying to it. Replies only make the thread worse.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("Post under your own full name, as you would in a letter to the editor.",),
            ("One account per person. Second accounts used to dodge a ban will be closed.",),
            ("Do not pretend to be someone else, including officials, club officers or other members.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators", "The last word"),
        (
            ("The editors decide what is published, and we do not discuss individual moderation decisions.",),
            ("Moderators may remove any post or suspend any account at their discretion.",),
            (
                "We are a small volunteer team.",
                "Please accept our decisions and do not argue them out in public.",
            ),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not post anything about a case before the court that could prejudice a trial.",),
            ("You are legally responsible for what you write; defamatory posts will be removed and may be reported.",),
            ("Accusations of crime against a named person will not be published.",),
        ),
    ),
    (
        ("Weather and warnings", "Storms", "Official advice"),
        (
            ("In a storm or cyclone, follow the warnings of the meteorological office, not rumours posted here.",),
            ("Posts claiming a hurricane warning has been lifted must link to the official source.",),
        ),
    ),
)


POLICY_TITLES_27 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment policy",
    "House rules",
    "Community standards",
    "Reader forum rules",
    "Guidelines for comments",
    "Ground rules",
    "Message board rules",
    "Before you join the conversation",
)


POLICY_INTROS_27 = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone, so a few simple rules apply.",
    "These guidelines apply to every story, gallery and forum thread on this site.",
    "By posting, you agree to the rules below.",
    "Our volunteers look after this page in their spare time; please help them by following these rules.",
    "Comments are welcome on most stories, as long as they follow these rules.",
)


POLICY_CLOSINGS_27 = (
    "Read the full terms of use at www.plainsgazette.com/terms.",
    "The complete rules are on our terms and conditions page.",
    "Questions about these rules? Write to moderators@islandradio.org.",
    "Full terms: www.folkfestnews.org/about/terms-of-use",
    "Our full privacy notice and terms of service are linked at the foot of every page.",
    "To complain about a post, email the editor at news@eastfjord.fo.",
    "See the full comment policy and terms of use for more.",
)


NUMBERS_27 = ("{}.", "{})", "({})", "{} -", "{}/", "No. {}")


LETTERS_27 = ("{}.", "{})", "({})")


BULLETS_27 = ("\u2022", "-", "*", "\u2013", "\u25a0", "\u25c6", "\u00bb", "o")


INLINE_27 = (": ", " - ", " \u2013 ", " \u2014 ")


AMERICAN_27 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "behaviour": "behavior",
    "centre": "center",
    "colour": "color",
    "favour": "favor",
    "offence": "offense",
    "criticis": "criticiz",
    "organis": "organiz",
    "recognis": "recogniz",
}


def _plain_27(text: str) -> bool:
    return "comment" not in text.lower()


def _items_27(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-27 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site never says "comment"
    kinds = [
        (headings, [variant for variant in sentences if not plain or all(_plain_27(s) for s in variant)])
        for headings, sentences in REWORDINGS_27
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.choice(INLINE_27) if rng.random() < 0.5 else ""  # a heading before the sentence, same line
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    marks, letters = rng.random(), rng.random() < 0.2
    if marks < 0.3:  # numbered (or lettered), bulleted, or neither
        mark = rng.choice(LETTERS_27 if letters else NUMBERS_27)
    elif marks < 0.6:
        mark = rng.choice(BULLETS_27)
    else:
        mark = ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        else:
            parts.insert(0, "")
        if mark:
            label = mark.format("abcdefghij"[number - 1] if letters else number) if "{}" in mark else mark
            first = next(i for i, part in enumerate(parts) if part)
            parts[first] = f"{label} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line for line in POLICY_INTROS_27 if not plain or _plain_27(line)],
        [line for line in POLICY_CLOSINGS_27 if not plain or _plain_27(line)],
        [line for line in POLICY_TITLES_27 if not plain or _plain_27(line)],
        AMERICAN_27,
    )
