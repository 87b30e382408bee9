"""The ``reworded-24`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with, _curly

REWORDINGS_24 = (  # (headings, sentence variants)
    (
        ("Be courteous", "Courtesy first", "Respect other readers", "Keep it polite"),
        (
            ("Disagree with the argument, not the person making it.",),
            ("Treat other readers as you would a neighbour at the harbour café: argue if you must, but politely.",),
            ("Personal attacks, name-calling and sneering at other readers will be removed.",),
            (
                "We welcome robust debate about the stories we publish.",
                "We do not welcome insults, threats or abuse aimed at other members, staff or the people in our stories.",
            ),
        ),
    ),
    (
        ("Language", "Which language?", "Post in English"),
        (
            ("Please post in English so that all readers and our moderators can follow the discussion.",),
            (
                "Posts in Maltese, Greek, Sinhala, Tamil or Bangla are welcome but may wait longer for approval.",
                "Only some of our moderators read them.",
            ),
            ("Write in plain English and avoid text-speak, so readers on other continents can join in.",),
        ),
    ),
    (
        ("No tribalism or incitement", "Hate speech", "Tribal, regional and religious hatred"),
        (
            ("Posts that stir up hatred against a tribe, region, religion or party will be removed at once.",),
            (
                "Incitement to violence is a crime.",
                "We will pass such posts, with the details we hold, to the police if asked by a court.",
            ),
            ("Do not blame whole communities for the acts of individuals; it is lazy and it is hurtful.",),
        ),
    ),
    (
        ("The law", "Stay within the law", "Defamation and court cases", "Sub judice"),
        (
            ("Do not name suspects, witnesses or victims in cases before the courts unless the court has allowed it.",),
            (
                "You are legally responsible for what you post.",
                "Allegations of corruption against named people can be defamatory unless they have been proven in court.",
            ),
            ("Anything that could prejudice a trial will be removed, however well meant.",),
        ),
    ),
    (
        ("Rumours", "Unconfirmed reports", "Check before you share"),
        (
            ("Unverified claims of deaths, arrests or leaked exam results will be held until they are confirmed.",),
            ("Please do not repeat what you heard on WhatsApp as fact; link to a reliable source instead.",),
            (
                "Rumours travel fast during floods and power cuts.",
                "Share official notices only, and say where they came from.",
            ),
        ),
    ),
    (
        ("Ceremonies and cultural knowledge", "Respect cultural protocols"),
        (
            (
                "Do not post photos, recordings or descriptions of ceremonies that the community has asked to keep private.",
            ),
            (
                "Some knowledge belongs to families and clans.",
                "If you are not sure whether it may be shared, leave it out.",
            ),
            ("Questions about tribal enrollment or membership should go to the tribal office, not this page.",),
        ),
    ),
    (
        ("Students", "Students and minors", "Young people"),
        (
            ("Do not name students involved in disciplinary or police matters, even if you think everyone knows.",),
            ("Many of our readers are students under 18. Keep your language fit for them.",),
            ("Criticise college policy all you like, but leave individual students and their families alone.",),
        ),
    ),
    (
        ("Water and ice", "River levels", "Safety on the water"),
        (
            ("Share what you see on the river, but leave flood forecasts to the National Weather Service.",),
            (
                "Reports of ice thickness or lake conditions posted here are not official.",
                "Check with the harbourmaster or the Coast Guard before going out.",
            ),
            (
                "Please do not post the exact spot of a drowning or boating accident while families are still being told.",
            ),
        ),
    ),
    (
        ("Your account details", "Keep your money safe", "Never post account numbers"),
        (
            ("Never post account numbers, card details or member numbers. Our staff will never ask for them here.",),
            (
                "If someone asks for your PIN or password in this forum, it is a scam.",
                "Report it and call the branch.",
            ),
            ("Questions about your own loan or savings account belong with member services, not in a public thread.",),
        ),
    ),
    (
        ("Not financial advice", "Advice", "Talk to an adviser"),
        (
            (
                "Nothing posted here by members or staff is financial advice; speak to an adviser about your own situation.",
            ),
            ("Tips on rates and savings are shared in good faith, and the co-operative cannot stand behind them.",),
        ),
    ),
    (
        ("Board elections", "During elections", "Campaigning"),
        (
            (
                "Candidates for the board may not campaign in this forum while voting is open; the election rules apply.",
            ),
            (
                "Members may discuss the candidates' statements.",
                "Canvassing, endorsements and attacks on candidates are not allowed until the results are announced.",
            ),
        ),
    ),
    (
        ("Questions about the collection", "Ask a librarian", "Research questions"),
        (
            (
                "Questions about an item in our collection are best sent to the reference desk, who can look it up for you.",
            ),
            (
                "We read every question, but our curators cannot always reply here.",
                "For research enquiries, please use the form on our Contact page.",
            ),
            ("Want to know more about an object? Write to us and quote its accession number.",),
        ),
    ),
    (
        ("Images and copyright", "Reusing our images", "Copyright"),
        (
            (
                "Images on this blog may be shared for personal study, but ask the picture library before any other use.",
            ),
            ("Do not upload scans of other people's photographs, maps or books without the owner's permission.",),
            (
                "Most of our images are out of copyright, but not all.",
                "Check the credit line beneath each one before reusing it.",
            ),
        ),
    ),
    (
        ("Fair play", "Cheating allegations", "No accusations"),
        (
            (
                "Do not accuse named players of cheating or engine use; send your concerns to the arbiter or the fair-play team.",
            ),
            (
                "Allegations about a player's conduct at the table belong with the tournament director.",
                "Public accusations against named players will be removed.",
            ),
            ("Suspect a result was fixed? Report it to the federation, not to the thread.",),
        ),
    ),
    (
        ("Spoilers", "No spoilers", "Solutions and spoilers"),
        (
            ("Please do not post the solution to this week's problem until the answer appears on Friday.",),
            (
                "Mark spoilers clearly and put them at the end, so listeners who haven't finished the episode can skip them.",
            ),
            (
                "Give everyone a fair chance to work it out.",
                "Hold off on the answer to the bidding quiz for a week, then discuss it as much as you like.",
            ),
        ),
    ),
    (
        ("Sensitive species", "Protect breeding birds", "Nest sites and rare birds"),
        (
            ("Do not give exact locations of nesting rare birds, owls or raptors; we will edit them out.",),
            (
                "Some species are targeted by egg collectors and over-eager photographers.",
                "Name the county, not the field.",
            ),
            ("Please do not use playback or flush birds for photos, and don't post pictures of birds at the nest.",),
        ),
    ),
    (
        ("On the reserve", "Access and permits", "Private land"),
        (
            ("Sightings from private land or closed areas of the reserve will not be published.",),
            (
                "Please stay on the marked paths and respect closures.",
                "Posts encouraging others to enter restricted areas will be removed.",
            ),
        ),
    ),
    (
        ("For sale and wanted", "Buying and selling", "Classifieds"),
        (
            ("Adverts for cars, bikes and parts belong in the members' classifieds, not under news articles.",),
            (
                "Private sales are allowed in the Marketplace section only.",
                "The club takes no part in any deal and cannot help if one goes wrong.",
            ),
            ("Traders and dealers must contact the club secretary before posting any offers.",),
        ),
    ),
    (
        ("Technical advice", "Do it at your own risk", "Workshop tips"),
        (
            (
                "Technical tips are shared in good faith; the club accepts no liability for work you carry out on your own vehicle.",
            ),
            (
                "If in doubt, ask a qualified mechanic.",
                "Brakes, steering and fuel systems are not the place to experiment.",
            ),
        ),
    ),
    (
        ("Hosts and guests", "Be kind to our guests"),
        (
            ("Our guests gave up their time to talk to us; criticise their ideas, not their looks, voice or accent.",),
            ("Harassing a host or guest here or on their own social media will get you banned from the show's pages.",),
            ("Feedback on the show is welcome, but keep it about the episode.",),
        ),
    ),
    (
        ("Stay on topic", "Off-topic posts", "Keep to the subject"),
        (
            ("Keep to the subject of the article; unrelated posts may be removed or moved to the open thread.",),
            ("Off-topic remarks derail the conversation. Start a new thread in the forum instead.",),
            ("This space is for discussing the story above, not for settling old scores.",),
        ),
    ),
    (
        ("No spam", "Links and promotion", "Self-promotion"),
        (
            ("Do not post links to your own business, channel or fundraiser unless a moderator has agreed to it.",),
            (
                "Repeated links, chain letters and promotional messages will be deleted.",
                "Accounts that post them will be suspended.",
            ),
            ("Affiliate links, referral codes and paid endorsements are not allowed.",),
        ),
    ),
    (
        ("Privacy", "Your data", "Personal information"),
        (
            ("We never display your email address. Our privacy notice explains what we store and for how long.",),
            (
                "Do not post anyone's phone number, address or workplace, including your own.",
                "We will remove personal details when we see them.",
            ),
            ("Your name and the text you post are public and may be found by search engines.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("Posts are reviewed by a small team during office hours, so yours may take up to a day to appear.",),
            (
                "Every comment is read before it is published.",
                "Posts made at weekends or on public holidays may wait until the next working day.",
            ),
            ("Our volunteers check new posts when they can; please be patient and do not post the same thing twice.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the site"),
        (
            ("To close your account and remove your posts, write to us from the email address you registered with.",),
            (
                "You can delete your account at any time from your profile settings.",
                "Replies quoting your posts may remain.",
            ),
        ),
    ),
    (
        ("Advertising", "About the adverts", "Sponsored content"),
        (
            ("The adverts around this discussion are chosen by our advertising partner; we do not endorse them.",),
            (
                "Sponsored episodes are marked as such in the show notes.",
                "Our hosts are never paid to post in the discussion.",
            ),
            ("Seen an advert that looks like a scam? Tell us and we will have it taken down.",),
        ),
    ),
    (
        ("Corrections", "Spotted an error?", "Tell the newsroom"),
        (
            (
                "Email the newsroom about mistakes in the story rather than posting them here, so we can correct them quickly.",
            ),
            (
                "Corrections are made by our editors, not in the discussion.",
                "Send the details to the news desk and we will check them.",
            ),
            ("Found a wrong date, name or result? Let the editor know and we will fix it and say so.",),
        ),
    ),
    (
        ("Reporting", "Report a post", "Flagging"),
        (
            ('Use the "Report" link under any post that breaks these rules; a moderator will look at it.',),
            (
                "Please do not reply to abuse.",
                "Flag it, and leave the rest to us.",
            ),
            ("Reports are anonymous. The person you report will not be told who made it.",),
        ),
    ),
    (
        ("One account each", "Use your real name", "Identity"),
        (
            ("Members post under their real names, as they appear on the membership list.",),
            (
                "Each member may hold one account on this forum.",
                "Posting under several names, or pretending to be someone else, will end your membership of the forum.",
            ),
            ("Do not impersonate staff, officials, players or other members.",),
        ),
    ),
    (
        ("Final say", "The moderators' decision", "Our discretion"),
        (
            (
                "The moderators' decision on whether a post stays is final, and we do not discuss individual removals in public.",
            ),
            (
                "We may edit or remove any post at our discretion.",
                "Repeat offenders will lose their posting rights.",
            ),
            ("These rules may change without notice; the latest version is always on this page.",),
        ),
    ),
)


POLICY_TITLES_24 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House Rules",
    "Comment policy",
    "Community standards",
    "Reader forum guidelines",
    "Members' forum etiquette",
    "Talkback rules",
    "Readers' Views: the rules",
    "Guidelines for listeners",
)


POLICY_INTROS_24 = (
    "Please read these rules before joining the discussion.",
    "We want this to be a friendly place for everyone. A few ground rules:",
    "By posting you agree to the following.",
    "Posts are welcome from members and readers, within these guidelines.",
    "Thank you for taking part in our comments. Please keep the following in mind.",
)


POLICY_CLOSINGS_24 = (
    "Read the full terms of use at /terms before you post.",
    "The full house rules are on our Terms and Conditions page.",
    "Questions about these rules? Write to moderators@ourpaper.com.",
    "Full terms: see the link at the foot of this page.",
    "Contact the web editor at web@clubnews.org if you think we got it wrong.",
    "Our full comment policy is available on the About page.",
)


NUMBERS_24 = ("{}.", "{})", "({})", "{} -", "{}:", "[{}]")


BULLETS_24 = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u2023", "\u25cf", "\u00bb")


INLINE_24 = (": ", " - ", " \u2013 ", " \u2014 ")


AMERICAN_24 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "criticise": "criticize",
    "rumour": "rumor",
    "adviser": "advisor",
    "enquiries": "inquiries",
    "co-operative": "cooperative",
}


def _plain_24(text: str) -> bool:
    return "comment" not in text.lower()


def _items_24(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-24 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    kinds = REWORDINGS_24
    if plain:
        kinds = tuple(
            (
                tuple(h for h in headings if _plain_24(h)),
                tuple(s for s in sentences if all(_plain_24(part) for part in s)),
            )
            for headings, sentences in REWORDINGS_24
        )
        kinds = tuple((headings, sentences) for headings, sentences in kinds if headings and sentences)
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.choice(INLINE_24) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ".", ":", ""))  # after a heading on its own line
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    numbered, bulleted = marks < 0.3, 0.3 <= marks < 0.6
    number, bullet = rng.choice(NUMBERS_24), rng.choice(BULLETS_24)
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if caps:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if numbered or bulleted:
            mark = number.format(place) if numbered else bullet
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_24 if not plain or _plain_24(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_24 if not plain or _plain_24(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_24 if not plain or _plain_24(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_24, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
