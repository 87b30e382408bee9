"""The ``reworded-18`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

REWORDINGS_18 = (  # (headings, sentence variants): non-US/UK nationals, tech, money, health, food, gaming, music, science, libraries
    (
        ("Be courteous", "Respect your fellow readers", "Keep it friendly", "Mind your manners"),
        (
            ("Disagree as much as you like, but do it without insults or name-calling.",),
            ("Treat other readers the way you would treat a neighbour at the market.",),
            ("Robust debate is welcome here. Sneering, mockery and personal digs are not.",),
            ("Address the argument, never the person making it.",),
        ),
    ),
    (
        ("Race, religion and royalty", "National harmony", "No communal or tribal hatred", "Sensitive issues"),
        (
            (
                "Posts that stir up hatred on grounds of race, religion, tribe or caste will be removed and may be reported.",
            ),
            (
                "Do not insult any community, faith or ethnic group.",
                "Such remarks may be an offence under national law.",
            ),
            (
                "Remarks touching on race, religion or the royal institutions are removed, whatever the intent behind them.",
            ),
        ),
    ),
    (
        ("Stay within the law", "Defamation and sedition", "Legal matters", "Contempt of court"),
        (
            (
                "Do not accuse named people of crimes, and do not discuss the evidence in cases still before the courts.",
            ),
            (
                "You are legally responsible for what you publish.",
                "Defamatory, seditious or obscene material can lead to prosecution under the Cybercrimes Act.",
            ),
            ("We will pass on details of posters to the police where required by a court order.",),
        ),
    ),
    (
        ("Election period", "During elections", "Polling day"),
        (
            ("Reader comments are closed on election stories from the end of campaigning until polls close.",),
            ("No campaigning, party slogans or predictions of results during the official silence period.",),
            (
                "Paid political messages are not allowed in the discussion.",
                "Contact our advertising department if you wish to place one.",
            ),
        ),
    ),
    (
        ("No piracy", "Warez and cracks", "Downloads", "Keep it legit"),
        (
            (
                "Links to cracked software, leaked firmware, ROMs or licence keys will be deleted and the account banned.",
            ),
            ("Don't ask where to download paid apps, games or albums for free.",),
            ("Sharing leaked tracks or unreleased footage gets your post removed without warning.",),
        ),
    ),
    (
        ("Not a help desk", "Tech support", "Product problems?"),
        (
            (
                "Our writers cannot troubleshoot your device.",
                "For warranty claims or faults, contact the manufacturer or your retailer.",
            ),
            ("Please take support questions to the vendor's help pages rather than the thread under a review.",),
            ("We can't answer questions about your own phone, router or laptop here.",),
        ),
    ),
    (
        ("Fanboy wars", "Brand loyalty", "Platform wars", "Console wars"),
        (
            ("Tell us why you like a product without attacking people who chose a different one.",),
            ("Endless Android-versus-iPhone sniping adds nothing and will be trimmed.",),
            (
                "PC, PlayStation, Xbox or Switch: everyone is welcome, and nobody needs to be told their choice is stupid.",
            ),
        ),
    ),
    (
        ("This is not financial advice", "Money talk", "Investment tips", "Declare your interests"),
        (
            (
                "Nothing posted here is financial advice.",
                "Speak to a licensed adviser before you invest.",
            ),
            ("If you hold shares in a company you are writing about, say so.",),
            ("Tips to buy or sell a stock, coin or fund may be removed, especially from new accounts.",),
        ),
    ),
    (
        ("Watch out for scams", "Never share account details", "Protect yourself", "FRAUD WARNING"),
        (
            (
                "Never post your bank details, card number, PIN or one-time password, and never send money to someone you met in a thread.",
            ),
            (
                "We will never ask for your password.",
                "Ignore anyone offering to recover lost funds or double your crypto.",
            ),
            ("Posts offering loans, 'guaranteed returns' or investment coaching are scams and are deleted on sight.",),
        ),
    ),
    (
        ("Not medical advice", "Health information", "Talk to your doctor", "Medical claims"),
        (
            ("Share your own experience, but please do not tell others to stop or change their medication.",),
            (
                "Posts promoting miracle cures or unproven treatments will be removed.",
                "Always check with a qualified health professional.",
            ),
            ("Nothing in these discussions replaces advice from your GP, pharmacist or specialist.",),
        ),
    ),
    (
        ("Sensitive topics", "Look after each other", "If you need help"),
        (
            (
                "If you are struggling, please contact a local crisis line rather than posting; our moderators cannot respond to emergencies.",
            ),
            ("People share personal stories about illness and grief here, so please be gentle with them.",),
            ("Descriptions of self-harm, eating-disorder tips or weight-loss challenges are removed.",),
        ),
    ),
    (
        ("Honest reviews only", "First-hand experiences", "Restaurant owners", "Fake reviews"),
        (
            ("Only describe meals and places you have actually visited.",),
            (
                "Owners and staff are welcome to respond, but must say who they are.",
                "Posting fake praise or attacking a competitor gets you banned.",
            ),
            ("Complaints about food safety belong with the local health inspector, not in the replies.",),
        ),
    ),
    (
        ("Spoilers", "Spoiler tags", "No leaks"),
        (
            ("Mark spoilers clearly and give people a week after release before discussing endings.",),
            ("Plot details from films, shows and games must go inside a spoiler tag.",),
            (
                "Don't post datamined content or leaked trailers.",
                "Those threads will be locked.",
            ),
        ),
    ),
    (
        ("No cheating or account trading", "Cheats and exploits", "Buying and selling accounts"),
        (
            ("Selling accounts, skins, boosting services or cheat software is not permitted.",),
            ("Sharing exploits that ruin online matches for other players will get you banned.",),
            ("Trash talk about a team's play is fine; harassing individual players or streamers is not.",),
        ),
    ),
    (
        ("The music, not the musician", "Critique the work", "Celebrities are people too"),
        (
            (
                "Criticise the album, film or show as much as you like, but leave out remarks about performers' bodies and private lives.",
            ),
            ("We remove rumours about artists' health, relationships or arrests that have not been reported.",),
            ("Ticket touting and resale offers are deleted.",),
        ),
    ),
    (
        ("Evidence matters", "Science, not conspiracy", "Cite your sources"),
        (
            ("If you disagree with a study, explain why and link to the published research.",),
            (
                "Challenge evidence with evidence.",
                "Posts pushing conspiracy theories about vaccines, climate or 5G are removed.",
            ),
            ("Claims without a reputable source may be deleted by the moderators.",),
        ),
    ),
    (
        ("Service requests", "Reporting a problem?", "Not for council business", "Library accounts"),
        (
            (
                "To report a pothole, missed bin or broken streetlight, use the council's online form or call the service centre.",
            ),
            (
                "Staff do not monitor this page for service requests.",
                "For renewals, fines or holds, contact your branch library.",
            ),
            ("Posts on this page may be subject to public records law and can be kept by the city.",),
        ),
    ),
    (
        ("Your privacy", "How we use your data", "Privacy"),
        (
            ("Your email address is never shown publicly, but we keep it with your IP address to deal with abuse.",),
            (
                "We store your username and posts on our servers.",
                "Read our privacy notice to see how long we keep them.",
            ),
            ("Don't post phone numbers, home addresses or ID numbers, yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why isn't my post showing?", "Pre-moderation", "Delays"),
        (
            ("All contributions are checked by a moderator before they appear, which may take up to 24 hours.",),
            ("Posts made overnight or at weekends may wait until the morning shift.",),
            (
                "First-time posters are held for review.",
                "Once you are trusted, your replies appear straight away.",
            ),
            ("The moderators' decision is final, and we do not discuss individual removals.",),
        ),
    ),
    (
        ("Deleting your account", "Closing your profile", "Leaving us"),
        (
            ("You can delete your account at any time from your profile settings.",),
            (
                "To have your account and posting history removed, email the community team from the address you registered with.",
            ),
            ("Deleted accounts cannot be restored, and their posts will show as removed.",),
        ),
    ),
    (
        ("No advertising", "Self-promotion", "Affiliate links"),
        (
            ("No adverts, referral codes, affiliate links or links to your own shop, channel or blog.",),
            ("Promotional posts are removed, and repeat offenders are blocked.",),
            (
                "Businesses that want to reach our readers should contact our sales team.",
                "The discussion is not for sale.",
            ),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            ("If you spot an error in an article, email the newsroom so the editors can fix it.",),
            ("Corrections should go to our readers' editor, who will not see them in the thread.",),
            (
                "Posting about a typo won't get it fixed.",
                "Use the 'report an error' link at the end of the story.",
            ),
        ),
    ),
    (
        ("English only", "Language", "Write in English"),
        (
            ("Please post in English so our moderators can read every contribution.",),
            ("Patois, Pidgin and Taglish are welcome, as long as the post is understandable to most readers.",),
            ("Posts in all capital letters, or in text speak, may be removed.",),
        ),
    ),
    (
        ("Report abuse", "Flagging", "Help us moderate"),
        (
            ("Use the flag button under any post you think breaks these rules, and a moderator will look at it.",),
            ("Please report problems rather than replying to them; feeding trolls only keeps them going.",),
        ),
    ),
    (
        ("One person, one account", "Impersonation", "Usernames"),
        (
            ("Pretending to be someone else, including a public figure or a member of our staff, gets you banned.",),
            ("Usernames that are offensive, or contain a web address, will be changed or removed.",),
            (
                "Multiple accounts are not allowed.",
                "Banned users who sign up again will be blocked.",
            ),
        ),
    ),
    (
        ("Young readers", "Under 16s", "Children"),
        (
            ("You must be at least 16 to register.",),
            ("Never name or post pictures of children involved in a story, even your own.",),
        ),
    ),
    (
        ("Comments on this story", "Comments closed", "Commenting"),
        (
            ("Comments close three days after a story is published.",),
            ("We may switch off comments on stories about court cases, deaths or children.",),
            ("Comments are open to registered subscribers only.",),
        ),
    ),
)


POLICY_TITLES_18 = (
    "Community Guidelines",
    "Discussion Rules",
    "Posting Guidelines",
    "Before you post",
    "Before You Comment",
    "Our comments policy",
    "House Rules",
    "Forum Rules",
    "Have your say - the rules",
    "Code of Conduct",
    "Reader Participation Guidelines",
    "Join the conversation",
)


POLICY_INTROS_18 = (
    "We want this to be a lively, civil space. Please read these rules before you post.",
    "By joining the discussion you agree to the following:",
    "Our readers' views matter to us. To keep the conversation useful, we ask that you follow a few simple rules.",
    "Comments are moderated. Here is what we expect.",
    "A few ground rules:",
)


POLICY_CLOSINGS_18 = (
    "Read our full terms and conditions at www.example.com/terms.",
    "Questions about moderation? Email community@example.com.",
    "By posting you agree to our Terms of Use and Privacy Policy.",
    "The full discussion policy is available on our Help page.",
    "See our complete comment policy for more details.",
    "Contact the moderators: moderation@example.com.",
)


NUMBERS_18 = ("{}.", "{})", "({})", "{}:", "{} -", "[{}]")


BULLETS_18 = ("\u2022", "-", "*", "\u2023", "\u25aa", "\u27a4", "\u2013", "\u00bb")


INLINE_18 = (": ", " - ", " \u2013 ", " \u2014 ", ": ", ". ")  # a heading printed before its sentence on one line


def _without_word_18(parts: tuple[str, ...]) -> bool:
    return not any("comment" in part.lower() for part in parts)


def _curly_18(text: str) -> str:
    """Straight quotes as a typesetting CMS prints them: apostrophes and single quotes curled."""
    out = []
    for i, char in enumerate(text):
        if char == "'":
            opening = i == 0 or text[i - 1] in " (\u2014"
            out.append("\u2018" if opening else "\u2019")
        elif char == '"':
            opening = i == 0 or text[i - 1] in " (\u2014"
            out.append("\u201c" if opening else "\u201d")
        else:
            out.append(char)
    return "".join(out)


def _items_18(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-18 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = []
    for headings, variants in REWORDINGS_18:
        if plain:
            headings = tuple(heading for heading in headings if _without_word_18((heading,)))
            variants = tuple(variant for variant in variants if _without_word_18(variant))
        if headings and variants:
            kinds.append((headings, variants))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    separator = rng.choice(INLINE_18)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marks = rng.random()
    number = rng.choice(NUMBERS_18) if marks < 0.3 else ""
    bullet = rng.choice(BULLETS_18) if 0.3 <= marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        sentences = list(rng.choice(variants))
        if heading and inline:
            joiner = " " if heading[-1] == "?" else separator
            parts = [heading + joiner + sentences[0], *sentences[1:]]
        elif heading:
            parts = [heading + ("" if heading[-1] == "?" else stop), *sentences]
        else:
            parts = sentences
        mark = number.format(n) if number else bullet
        if mark:
            parts[0] = mark + " " + parts[0]
        items.append(tuple(parts))
    ends = (POLICY_TITLES_18, POLICY_INTROS_18, POLICY_CLOSINGS_18)
    titles, intros, closings = (tuple(line for line in end if not plain or _without_word_18((line,))) for end in ends)
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly_18(part) for part in item) for item in items]
    return items
