"""The ``reworded-22`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with, _curly

REWORDINGS_22 = (  # (headings, sentence variants): GAA and football clubs, island papers, Singapore and Malaysian news, Filipino community papers, capitol newsletters, drinks, cameras, running and cycling, design, open source
    (
        ("Respect everyone", "Mind your manners", "Be civil", "Play the ball, not the man"),
        (
            (
                "Treat other posters as you would a neighbour at the match: disagree by all means, but keep it courteous.",
            ),
            ("Personal abuse, name-calling and goading of other members will be removed without warning.",),
            (
                "Robust debate is welcome here.",
                "Insults aimed at other readers are not, and repeat offenders lose their accounts.",
            ),
        ),
    ),
    (
        ("Referees and officials", "Leave the referee alone", "Match officials"),
        (
            (
                "Referees, linesmen and umpires are volunteers; criticise decisions if you must, but never the person making them.",
            ),
            (
                "Posts that abuse or threaten match officials, players or club volunteers will be deleted and reported to the county board.",
            ),
            ("No abuse of referees or officials.", "Without them there is no game on Sunday."),
        ),
    ),
    (
        ("No sectarianism", "Sectarian language", "Bigotry has no place here"),
        (
            (
                "Sectarian chants, songs or slurs, including coded ones, are banned and will be passed to the club's safeguarding officer.",
            ),
            ("We will not host sectarian or bigoted remarks about any club, its supporters or their faith.",),
        ),
    ),
    (
        ("Racial and religious harmony", "Race and religion", "Be sensitive"),
        (
            (
                "Do not post remarks that could cause ill will between races or religions.",
                "Such posts may also break the law.",
            ),
            ("Content that insults any race, religion or community will be taken down, and the account suspended.",),
            (
                "Discuss policies and ideas freely, but leave out remarks about a person's race, religion or ethnic group.",
            ),
        ),
    ),
    (
        ("Obey the law", "Legal matters", "Stay within the law", "The law applies online"),
        (
            ("Defamatory, seditious or false statements can expose you and us to prosecution under local laws.",),
            (
                "Posts that breach the Cybercrimes Act, defame a named person or prejudice a court case will be removed.",
            ),
            (
                "You are legally responsible for what you post.",
                "We will cooperate with the authorities where the law requires it.",
            ),
        ),
    ),
    (
        ("Storm and emergency rumours", "During emergencies", "Unverified reports"),
        (
            (
                "When a storm or quake is approaching, please do not share unverified warnings; follow the Met Service and NEMA instead.",
            ),
            ("This is not an emergency channel.", "If you are in danger, call 911 or your local disaster office."),
            ("Rumours about shelters, casualties or flights spread fast on island days.", "Check before you share."),
        ),
    ),
    (
        ("Language", "English, please", "Write so everyone can follow", "Which language?"),
        (
            (
                "Posts may be in English, Filipino or Taglish, but moderators must be able to read them to approve them.",
            ),
            ("Please write in English so that every reader can take part; posts in other languages may be held.",),
            ("Creole and dialect are welcome, as long as the meaning is clear to the wider readership.",),
        ),
    ),
    (
        ("No campaigning", "Election season", "Candidates and campaigns"),
        (
            (
                "Candidates, campaign staff and paid consultants must say so when they post about a race they are involved in.",
            ),
            (
                "This is a forum for debating policy, not a campaign billboard.",
                "Vote-for-me posts and fundraising links will be removed.",
            ),
        ),
    ),
    (
        ("Disclose your interest", "Lobbyists and staffers", "Say who you work for"),
        (
            ("If you lobby, work for a legislator or a state agency, or are paid to advocate on a bill, disclose it.",),
            (
                "Winemakers, importers and brewery staff are welcome, but please mention your connection when discussing your own products.",
            ),
            ("Readers with a commercial stake in a product under review should say so in their first post.",),
        ),
    ),
    (
        ("Drink responsibly", "Age and alcohol", "Over 18s only"),
        (
            (
                "You must be of legal drinking age in your country to take part.",
                "Posts that encourage binge drinking will go.",
            ),
            (
                "We do not allow posts that glamorise drink-driving or excessive drinking, or that are aimed at under-age readers.",
            ),
        ),
    ),
    (
        ("No buying or selling", "Not a marketplace", "Trading and sales"),
        (
            ("Offers to buy, sell or swap bottles, cellar lots or allocations are not permitted in these threads.",),
            ("Gear for sale? Use the classifieds.", "Sale posts in discussion threads will be removed."),
            (
                "Do not use the discussion to sell race entries, bikes or club kit; the club noticeboard exists for that.",
            ),
        ),
    ),
    (
        ("Your photos, not others'", "Image rights", "Copyright"),
        (
            (
                "Only upload or link to images you took yourself or have permission to share, and credit the photographer.",
            ),
            ("Reposting another photographer's work without credit or consent is theft, and we will take it down.",),
            (
                "Quote briefly and link to the source.",
                "Pasting whole articles or reviews from other sites is not allowed.",
            ),
        ),
    ),
    (
        ("No brand wars", "Gear debates", "Keep it about the pictures"),
        (
            ("Debating sensors and lenses is fine; sneering at another reader's choice of camera system is not.",),
            ("Threads that turn into brand fights will be locked.", "Every system can take a good picture."),
        ),
    ),
    (
        ("Routes and safety", "Ride and run safely", "Be road aware"),
        (
            ("Do not post live locations, home addresses or start times of solo runs; share routes after the event.",),
            (
                "Advice that encourages jumping red lights, riding on closed roads or trespassing on private land will be removed.",
            ),
            ("Share routes responsibly and respect landowners, farmers and other road users.",),
        ),
    ),
    (
        ("Critique the work", "The building, not the architect", "Be constructive"),
        (
            ("Critique buildings and projects as sharply as you like, but leave the designers' characters out of it.",),
            ("Informed criticism makes this a better magazine.", "Sneering at junior staff or students does not."),
        ),
    ),
    (
        ("Code of Conduct", "Project conduct", "Our code of conduct applies"),
        (
            ("The project's Code of Conduct covers this page as it covers the mailing lists and the issue tracker.",),
            ("Harassment of contributors, maintainers or users will be reported to the conduct committee.",),
        ),
    ),
    (
        ("Bugs go to the tracker", "Support questions", "Not a help desk"),
        (
            ("Please file bug reports on the issue tracker rather than here, where developers may never see them.",),
            ("For help with installation or configuration, use the user forum or the chat channel.",),
            (
                "We cannot answer support questions in this thread.",
                "Our support team can be reached through the help centre.",
            ),
        ),
    ),
    (
        ("Security issues", "Report vulnerabilities privately"),
        (
            (
                "Never post details of an unpatched vulnerability publicly.",
                "Email the security team and we will respond within two days.",
            ),
            ("Suspected security problems belong in a private report, not in a public thread.",),
        ),
    ),
    (
        ("Stay on topic", "Relevance", "Keep to the story"),
        (
            ("Keep comments relevant to the article above; off-topic threads and running feuds will be trimmed.",),
            ("Posts that drag every story back to the same grievance may be removed as off-topic.",),
        ),
    ),
    (
        ("Spam and links", "No spam", "Self-promotion"),
        (
            ("Repeated links to your own blog, shop or channel in the comments count as spam and will be deleted.",),
            (
                "Links are fine when they add to the discussion; affiliate links, chain messages and referral codes are not.",
            ),
        ),
    ),
    (
        ("Your privacy", "Personal information", "Your data"),
        (
            ("Your email address is never shown publicly.", "See our privacy notice for how we store what you submit."),
            ("Do not publish your own or anyone else's phone number, address or ID card details.",),
            ("We keep your posts and account details only as long as our privacy policy allows.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Moderation may take time", "Comment moderation"),
        (
            ("Every comment is read by a moderator before it appears, which can take several hours at weekends.",),
            ("Our small team reviews posts during office hours.", "Please do not post the same message twice."),
            ("First-time contributors are held for approval; after that, posts usually appear straight away.",),
        ),
    ),
    (
        ("Deleting your account", "Closing your account", "Leaving the community"),
        (
            (
                "You can delete your account at any time from your profile settings.",
                "Your past posts may remain, unsigned.",
            ),
            (
                "To close your account and remove your posts, email the community team from the address you registered with.",
            ),
        ),
    ),
    (
        ("Advertising", "About the ads", "Sponsored content"),
        (
            ("Advertisements on this page are placed by our ad partners and are not endorsements by the newsroom.",),
            (
                "Sponsored posts are always labelled.",
                "Complaints about an advertisement should go to our advertising desk.",
            ),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Report an error"),
        (
            ("If you spot a factual error in the story, email the newsroom so an editor can correct it.",),
            ("Corrections are best sent straight to the editors at the address below rather than posted in reply.",),
            ("Errors in our reporting? Tell the desk; we publish corrections at the foot of the article.",),
        ),
    ),
    (
        ("Report a problem", "Flag it", "Seen something nasty?"),
        (
            ("Use the report button under any comment that breaks these rules, and a moderator will review it.",),
            ("Please flag abuse instead of replying to it.", "Feeding trolls only keeps them here."),
        ),
    ),
    (
        ("One account each", "Real names", "No impersonation"),
        (
            ("Use one account only.", "Sock puppets and accounts posing as other people or officials will be banned."),
            ("Club members are asked to post under their real name, as they would sign a letter to the club.",),
        ),
    ),
    (
        ("Our decision is final", "The editor's call", "Moderators decide"),
        (
            (
                "The moderators may remove any post or suspend any account at their discretion, and will not always explain why.",
            ),
            (
                "We reserve the right to edit or refuse posts.",
                "Decisions are final and will not be debated on the page.",
            ),
        ),
    ),
)


POLICY_TITLES_22 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before you post",
    "Community Guidelines",
    "House Rules",
    "Comment Policy",
    "Comment Guidelines",
    "Forum Rules",
    "Reader Discussion: The Rules",
    "Our Rules for Comments",
    "Club Message Board Rules",
    "Terms of Participation",
)


POLICY_INTROS_22 = (
    ("We want this to be a lively place for debate.", "Please read the rules below before you take part."),
    ("By posting you agree to the following guidelines.",),
    ("Comments are open to registered readers.", "A few ground rules:"),
    ("This is a space for members and supporters.", "Please keep to these guidelines."),
    ("Join the conversation, but first read our community rules.",),
)


POLICY_CLOSINGS_22 = (
    ("Read our full terms of use at /terms before posting.",),
    ("The full community guidelines are at example.com/community-guidelines.",),
    ("Questions about these rules?", "Write to community@example.com."),
    ("See the complete comment policy for details, or contact the web editor at web@example.org.",),
    ("Full terms and conditions: https://example.org/terms-of-use",),
    ("Queries to the club PRO at pro@example.ie.",),
)


NUMBERS_22 = ("{}.", "{})", "({})", "{} -", "No. {}", "[{}]")


BULLETS_22 = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u203a", "\u25cb", "+")


INLINE_22 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


AMERICAN_22 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "glamorise": "glamorize",
    "centre": "center",
    "labelled": "labeled",
    "behaviour": "behavior",
}


def _plain_22(text: str) -> bool:
    """Whether a line never says "comment" (for a site whose policy calls them posts, replies, messages)."""
    return "comment" not in text.lower()


def _pick_22(lines: tuple, plain: bool, rng: random.Random):
    """One of a site's own lines (a title, or an opening or closing line's sentences), without "comment" if it never says it."""
    return rng.choice(
        [line for line in lines if not plain or _plain_22(line if isinstance(line, str) else " ".join(line))]
    )


def _items_22(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-22 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_22:
        if plain:
            headings = tuple(h for h in headings if _plain_22(h))
            sentences = tuple(s for s in sentences if all(_plain_22(part) for part in s))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.choice(INLINE_22) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    if marks < 0.3:
        numbers = rng.choice(NUMBERS_22)
        mark = [numbers.format(n) for n in range(1, count + 1)]
    elif marks < 0.6:
        mark = [rng.choice(BULLETS_22)] * count
    else:
        mark = [""] * count
    items: list[tuple[str, ...]] = []
    for (headings, sentences), prefix in zip(chosen, mark, strict=True):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if prefix:
            parts[0] = prefix + " " + parts[0]
        items.append(tuple(parts) if len(parts) > 1 else ("", *parts))
    if rng.random() < 0.25:
        items.insert(0, ("", *_pick_22(POLICY_INTROS_22, plain, rng)))
    if rng.random() < 0.4:
        items.append(("", *_pick_22(POLICY_CLOSINGS_22, plain, rng)))
    if rng.random() < 0.4:
        title = _pick_22(POLICY_TITLES_22, plain, rng)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_22, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
