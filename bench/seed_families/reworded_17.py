"""The ``reworded-17`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_17 = (  # (headings, sentence variants): hyperlocal, faith, diaspora, trade, student, wire, family, outdoor, motoring
    (
        ("Be a Good Neighbor", "Neighbors First", "Remember Who Reads This"),
        (
            (
                "The people you're writing about may live on your street.",
                "Post as if you'd have to face them at the corner store.",
            ),
            (
                "This is a small town and our readers know each other, so keep your remarks fair and your tone friendly.",
            ),
            ("Treat fellow residents the way you would at a village meeting: listen, disagree politely, and move on.",),
        ),
    ),
    (
        ("Respect All Faiths", "Charity in Disagreement", "Speak the Truth in Love"),
        (
            (
                "Readers of every denomination and none join these discussions.",
                "Mocking anyone's beliefs or practices will be removed.",
            ),
            ("Debate doctrine all you like, but do not question another reader's sincerity or salvation.",),
            ("We ask that comments reflect the charity our faith calls us to, even when we disagree strongly.",),
            ("Posts that ridicule clergy, congregations or the sacred texts of any tradition will not be published.",),
        ),
    ),
    (
        ("Post in English", "Language", "One Language, Please"),
        (
            (
                "Please write in English so that our moderators can review every post.",
                "Posts in other languages may be held.",
            ),
            ("We serve readers across the diaspora, but our moderation team can only read submissions in English.",),
            (
                "Short phrases in Hindi, Tagalog or Spanish are fine; whole posts in another language cannot be approved.",
            ),
        ),
    ),
    (
        ("No Stereotypes", "No Hate Speech", "Zero Tolerance for Slurs", "Respect Every Community"),
        (
            (
                "Slurs, stereotypes and attacks on anyone's ethnicity, caste, religion or immigration status will be deleted without warning.",
            ),
            (
                "Do not blame entire communities for the actions of individuals.",
                "Generalisations about any group are not allowed.",
            ),
            ("We remove racist, xenophobic and sectarian comments, and repeat offenders are banned permanently.",),
        ),
    ),
    (
        ("Not Legal Advice", "No Legal Advice", "Legal Questions"),
        (
            (
                "Nothing posted here is legal advice, and no attorney-client relationship is formed by replying to a reader.",
            ),
            (
                "Members of the bar posting here speak for themselves, not their firms, and should not advise on a reader's own case.",
            ),
        ),
    ),
    (
        ("No Clinical Advice", "Not Medical Advice", "Clinical Discussion"),
        (
            (
                "Clinicians should not diagnose or advise on individual cases in this forum.",
                "Refer readers to their own physician.",
            ),
            (
                "Contributions are the personal views of their authors and should not be relied on in place of qualified medical advice.",
            ),
        ),
    ),
    (
        ("Declare Your Interests", "Disclose Affiliations", "Conflicts of Interest"),
        (
            ("If you work for, consult for or hold shares in a company you are discussing, say so in your post.",),
            (
                "Vendors and manufacturers are welcome to take part, but must name their employer when discussing their own products.",
            ),
            ("Undisclosed promotion of a firm's services by its staff will be removed and the account suspended.",),
        ),
    ),
    (
        ("Confidentiality", "Keep Cases Anonymous", "Protect Confidences"),
        (
            (
                "Never post details that could identify a patient, client or case, even if you believe them to be anonymised.",
            ),
            ("Do not discuss matters still before the courts or name the parties to confidential proceedings.",),
        ),
    ),
    (
        ("Market Talk", "Market Rumours", "Prices and Rumours"),
        (
            ("Rumours about grain prices, co-op finances or a neighbour's farm sale must be backed by a source.",),
            ("Price tips and yield forecasts are opinions, not advice; don't present them as fact.",),
        ),
    ),
    (
        ("No Trading Here", "Classifieds Belong Elsewhere", "No Sales"),
        (
            (
                "Please don't list cattle, hay or machinery for sale in these threads.",
                "Use our free classifieds section instead.",
            ),
            ("Buying and selling livestock, feed or equipment in the comments is not allowed.",),
        ),
    ),
    (
        ("Independent Student Press", "About Us", "Not a University Channel"),
        (
            (
                "This is an independent student publication, and comments here are not monitored by the university administration.",
            ),
            ("Views posted here are not those of the editorial board, the students' union or the college.",),
        ),
    ),
    (
        ("Fellow Students", "Campus Community", "Students Are People Too"),
        (
            (
                "Do not name or target individual students who are not public figures.",
                "Student leaders acting in office are fair game.",
            ),
            (
                "Harassing classmates, instructors or staff by name will get your post removed and may be reported to the dean of students.",
            ),
        ),
    ),
    (
        ("About This Story", "Wire Content", "Partner Content"),
        (
            (
                "This article was supplied by a news agency.",
                "Questions about its reporting should go to the agency, not our moderators.",
            ),
            ("We host the discussion on partner stories but cannot edit or correct the wire copy itself.",),
            ("Comments on syndicated stories are moderated by our own staff under these same rules.",),
        ),
    ),
    (
        ("Protect Kids' Privacy", "Children's Safety", "No Kids' Names or Photos"),
        (
            ("Please do not share your children's full names, schools or photos, or those of anyone else's children.",),
            ("Posts that reveal where a child lives, studies or plays will be removed for that child's safety.",),
            (
                "Think before posting about your own children; what you share here stays public long after they grow up.",
            ),
        ),
    ),
    (
        ("Support, Don't Judge", "Every Family Is Different", "No Parent-Shaming"),
        (
            (
                "Every family makes different parenting choices.",
                "Share what worked for your family without shaming other mums and dads.",
            ),
            (
                "Feeding, sleep and schooling debates get heated.",
                "Offer support rather than judgement to other parents.",
            ),
        ),
    ),
    (
        ("Medical Questions", "Ask Your Doctor", "Health Claims"),
        (
            ("Other parents can share experiences, but only your child's doctor can diagnose or treat them.",),
            ("Claims about cures, vaccines or supplements need a reputable source, or they will not be published.",),
        ),
    ),
    (
        ("Respect the Resource", "Game Laws", "Hunt and Fish Legally"),
        (
            (
                "Posts describing poaching, spotlighting, over-limit catches or trespass will be removed and may be passed to wildlife officers.",
            ),
            ("Boasting about fish or game taken out of season or without a licence will be removed.",),
        ),
    ),
    (
        ("Don't Burn Spots", "Keep Spots Secret", "No Coordinates"),
        (
            ("Please don't publish GPS coordinates of other anglers' spots or of sensitive spawning areas.",),
            ("Naming a small creek or a private pond invites crowds; describe the area in general terms instead.",),
        ),
    ),
    (
        ("Photos", "Harvest Photos", "Trophy Pictures"),
        (
            ("Photos of legally taken game are welcome.", "Gratuitously graphic or gory images are not."),
            ("Share your trophy pictures, but crop out anything that would upset a general audience.",),
        ),
    ),
    (
        ("No Dealer Spam", "Sellers and Dealers", "Dealers"),
        (
            (
                "Dealers and brokers may not post listings, prices or phone numbers.",
                "Private sales go in the marketplace.",
            ),
            ("Affiliate links to parts shops and insurance quotes are treated as spam.",),
        ),
    ),
    (
        ("No Street Racing", "Drive Responsibly", "Keep It Legal on the Road"),
        (
            ("Videos or boasts of speeding on public roads will be removed.", "Take it to the track instead."),
            ("Tips for dodging speed cameras, police checks or emissions tests will not be published.",),
        ),
    ),
    (
        ("Your Privacy", "Your Data", "Privacy"),
        (
            ("Your display name and posts are public, but your email address is never shown to other readers.",),
            (
                "We store the IP address of every post for 90 days to help fight spam and abuse.",
                "See our privacy notice for details.",
            ),
            ("Don't share your own phone number, address or email in a post; anyone can read it.",),
        ),
    ),
    (
        ("Moderation", "Why Isn't My Post Showing?", "Pre-Moderation", "Approval Times"),
        (
            (
                "All comments are read by a moderator before they appear.",
                "Overnight and at weekends this can take several hours.",
            ),
            ("New accounts are held for review on their first three posts.", "Please don't resubmit the same post."),
            (
                "Our small team reviews submissions during office hours, so there may be a delay before yours is published.",
            ),
        ),
    ),
    (
        ("Closing Your Account", "Deleting Your Account", "Leaving the Community"),
        (
            (
                "You can delete your account at any time from your profile settings.",
                "Your past posts will then show as 'former member'.",
            ),
            (
                "To have your account and all your posts erased, email our reader services team from the address you registered with.",
            ),
        ),
    ),
    (
        ("Advertising", "No Self-Promotion", "No Spam", "Promotions"),
        (
            ("Advertisements, fundraising appeals and links to your own business will be deleted.",),
            (
                "Want to reach our readers with a product?",
                "Contact our advertising department rather than posting promotions in the comments.",
            ),
            ("Repeated links to the same site, chain letters and petition drives are treated as spam.",),
        ),
    ),
    (
        ("Spotted a Mistake?", "Corrections", "Report an Error", "Tell the Newsroom"),
        (
            (
                "If you think we got something wrong, email the newsroom at news@example.com.",
                "Corrections posted in the comments may be missed.",
            ),
            ("Factual errors in our reporting should be sent to the editor directly so we can correct the story.",),
            ("Our reporters don't monitor the discussion, so please send tips and corrections to the news desk.",),
        ),
    ),
    (
        ("Be Civil", "Play the Ball, Not the Player", "No Personal Attacks", "Keep It Courteous"),
        (
            (
                "Name-calling, threats and insults directed at other readers or at the people in our stories are not tolerated.",
            ),
            ("Criticise ideas, not the people who hold them.",),
            ("Disagreement is welcome; contempt is not.", "Posts that belittle other members will be taken down."),
        ),
    ),
    (
        ("Stay on Topic", "Keep It Relevant", "Off-Topic Posts"),
        (
            ("Keep your remarks relevant to the story above.", "Off-topic threads will be trimmed by moderators."),
            ("Posts about unrelated stories or general grievances belong in our open forum, not under this article.",),
        ),
    ),
    (
        ("Report Abuse", "Flag It", "See Something, Say Something"),
        (
            (
                "Use the flag button beneath any comment that breaks these rules.",
                "Flags are anonymous and reviewed daily.",
            ),
            ("Please report offensive content rather than replying to it; replies only keep it visible longer.",),
        ),
    ),
    (
        ("Use Your Real Name", "Real Names Only", "Who You Are"),
        (
            (
                "We ask contributors to post under their real first and last names, as they would on a letter to the editor.",
            ),
            ("Posts signed with a full name and hometown are given priority in moderation.",),
        ),
    ),
    (
        ("One Account per Person", "No Sock Puppets", "No Impersonation"),
        (
            ("Running more than one account to support your own argument will get all of them suspended.",),
            ("Impersonating another reader, a public official or a member of our staff will get you banned.",),
        ),
    ),
    (
        ("Copyright", "Quoting Others", "Don't Copy and Paste"),
        (
            ("Do not paste whole articles from other publications.", "A short quote with a link is fine."),
            ("Reposting photos or stories you did not create breaks copyright and will be removed.",),
        ),
    ),
    (
        ("Your Content", "Licence to Publish", "What You Post"),
        (
            ("You keep ownership of what you write, but we may edit it for length or reprint it on our letters page.",),
            ("By posting, you grant us a licence to publish your contribution in print and online.",),
        ),
    ),
)


POLICY_TITLES_17 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Community Standards",
    "Comment Guidelines",
    "Forum Rules",
    "House Rules",
    "Reader Forum Guidelines",
    "Join the Conversation",
    "Our Comment Policy",
)


POLICY_INTROS_17 = (
    "We want this to be a place where neighbours can talk. Please follow these rules.",
    "Our forum is moderated. Please read the following before posting.",
    "Comments are welcome, within a few simple guidelines:",
    "By posting, you agree to the following.",
    "We value discussion among our readers and ask everyone to observe these standards.",
)


POLICY_CLOSINGS_17 = (
    "Read our full terms of use at valleyvoice.org/terms.",
    "Full community standards: www.thecampuscourier.com/policies",
    "Questions about a removed post? Write to moderators@heraldtribune-online.com.",
    "These guidelines are part of our Terms of Service. Read them in full here.",
    "For the complete comment policy, see our About page.",
    "Contact the editor at editor@farmweekly.co.uk with any concerns.",
    "Breaking these rules may lead to suspension. Full terms at roadsidemotoring.com/terms.",
)


NUMBERS_17 = ("{}.", "{})", "#{}", "({})", "{} -", "{}:")


BULLETS_17 = ("\u2022", "-", "*", "\u00b7", "\u25ba", "\u2713", ">", "\u25e6")


INLINE_17 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


def _plain_17(text: str) -> bool:
    return "comment" not in text.lower()


def _items_17(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-17 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_17:
        if plain:
            headings = tuple(heading for heading in headings if _plain_17(heading))
            sentences = tuple(variant for variant in sentences if all(_plain_17(part) for part in variant))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    join = rng.choice(INLINE_17) if inline else rng.choice((".", ".", ":", ""))
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    number = rng.choice(NUMBERS_17) if marking < 0.3 else ""
    bullet = rng.choice(BULLETS_17) if 0.3 <= marking < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else join) + parts[0]
        elif heading:
            parts.insert(0, heading if heading[-1] == "?" else heading + join)
        mark = number.format(place) if number else bullet
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(("", *parts) if not heading or inline else tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_17 if not plain or _plain_17(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_17 if not plain or _plain_17(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_17 if not plain or _plain_17(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
