"""The ``reworded-23`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

REWORDINGS_23 = (  # (headings, sentence variants): Welsh and Gaelic-area community sites, Alaskan and northern Canadian papers, Native and First Nations news, Hong Kong and Taiwan English news, parish and town-council newsletters, racing and equestrian, model railways and electronics, weddings and events, tech-support forums, local radio
    (
        ("Be kind", "Treat others as you would face to face", "Common courtesy", "Mind your manners"),
        (
            (
                "Disagree with the idea, not the person. Name-calling, sneering and talking down to neighbours will see a post removed.",
            ),
            (
                "We are a small community and most of us will meet in the shop or at the school gate, so write as if you would.",
            ),
            ("Keep it friendly.", "People come here to share news from the village, not to be picked apart."),
            ("Please be courteous to other members, even when you think they are plainly wrong.",),
        ),
    ),
    (
        ("Welsh and English both welcome", "Languages", "Croeso / Welcome", "Gaelic is welcome here"),
        (
            (
                "You may post in Welsh or in English; we moderate both, and nobody should be mocked for the language they choose.",
            ),
            (
                "Contributions in Scottish Gaelic are as welcome as those in English.",
                "Please do not poke fun at anyone's spelling in either.",
            ),
            (
                "We publish in English and Cymraeg. Comments in other languages may be held until a moderator can read them.",
            ),
        ),
    ),
    (
        ("Respect Elders and ceremony", "Sacred knowledge", "Cultural protocols"),
        (
            (
                "Do not share details of ceremonies, songs or sacred sites that are not yours to share.",
                "Elders decide what is told publicly.",
            ),
            (
                "Traditional knowledge belongs to the Nations that hold it. Posts that reveal protected teachings will be taken down.",
            ),
            (
                "Please speak of Elders and knowledge keepers with respect, including when you disagree with a band council decision.",
            ),
        ),
    ),
    (
        ("Those who have passed", "Naming the deceased", "Grieving families"),
        (
            (
                "Some of our readers avoid naming or showing people who have died. Please follow the family's wishes in your replies.",
            ),
            (
                "Families of missing and murdered relatives read these pages.",
                "Speculation about their loved ones will not be published.",
            ),
            (
                "When we report a death in a community, offer condolences or memories only, not theories about what happened.",
            ),
        ),
    ),
    (
        ("No racism", "Stereotypes", "Racism has no place here", "Zero tolerance for racism"),
        (
            (
                "Remarks that stereotype Indigenous people, including jokes about alcohol, status cards or residential schools, are removed without warning.",
            ),
            ("Racist, sectarian or anti-English and anti-Welsh remarks will be deleted and repeat offenders banned.",),
            (
                "We remove any post that targets people for their race, ethnicity or where they come from.",
                "This includes so-called jokes.",
            ),
        ),
    ),
    (
        ("Searches and rescues", "People missing on the land", "Don't speculate"),
        (
            ("While a search is under way, please do not guess at what happened to anyone on the ice or in the bush.",),
            (
                "Search and rescue crews and families read these pages.",
                "Share only confirmed information from the RCMP or search coordinators.",
            ),
            (
                "Rumours about overdue travellers or lost boats cause real harm. Tips belong with the Alaska State Troopers, not here.",
            ),
        ),
    ),
    (
        ("Hunting, fishing and harvest", "Traplines and camps", "Harvest talk"),
        (
            ("Do not post the locations of other people's traplines, caches or fishing camps.",),
            ("Debate quotas and regulations as much as you like, but do not accuse named harvesters of poaching.",),
            (
                "Arguments about subsistence rights get heated.",
                "Stick to policy and keep personal grudges between families out of it.",
            ),
        ),
    ),
    (
        ("Local laws apply", "The law", "Legal risk"),
        (
            (
                "We may remove material that could breach Hong Kong law, including the National Security Law, to protect our staff and readers.",
            ),
            (
                "Posts that may be defamatory or in contempt of court will not be published.",
                "Do not name anyone charged before a court allows it.",
            ),
            ("Remarks that could break the law where our team is based, in Taipei or Hong Kong, will be taken down.",),
        ),
    ),
    (
        ("Cross-strait debate", "Keep it about the issues", "No nationality slurs"),
        (
            (
                "Slurs against people from Taiwan, Hong Kong or mainland China are not allowed, however strongly you feel about the politics.",
            ),
            ("Argue about policy, not about whether other readers are spies, bots or paid posters.",),
            ("Calling another reader a fifty-center, a traitor or worse will get the post deleted.",),
        ),
    ),
    (
        (
            "Council business",
            "Reporting a problem",
            "Potholes, bins and streetlights",
            "This is not the council's inbox",
        ),
        (
            (
                "The parish clerk does not reply here. Report faults to the council office or on the district council's website.",
            ),
            (
                "Missed bin collections and broken streetlights should be reported to the town council directly; posts here are not logged.",
            ),
            ("Questions for councillors can be raised in the public session at the start of each meeting.",),
        ),
    ),
    (
        ("Councillors and staff", "Personal attacks on councillors", "Volunteers"),
        (
            (
                "Councillors and the clerk are local people, most of them unpaid.",
                "Criticise decisions, not their families or private lives.",
            ),
            (
                "Allegations of misconduct by a councillor should go to the monitoring officer, not into a public thread.",
            ),
        ),
    ),
    (
        ("Tips and touting", "No tipping services", "Betting"),
        (
            (
                "Do not advertise tipping lines, paid selections or betting accounts. Such posts are removed and the account suspended.",
            ),
            (
                "Share your fancy for the big race by all means, but claims of inside information from a yard will be deleted.",
            ),
            (
                "Please gamble responsibly.",
                "If betting has stopped being fun, free help is available from the gambling support line.",
            ),
        ),
    ),
    (
        ("Jockeys, trainers and officials", "Stewards' decisions", "Respect the riders"),
        (
            ("Abuse of jockeys, trainers or stable staff after a losing bet will not be tolerated.",),
            ("Discuss the stewards' inquiry by all means, but do not accuse officials of being bent.",),
            ("Riders and grooms are people doing a dangerous job.", "Criticise the ride, not the rider's character."),
        ),
    ),
    (
        ("Horse welfare", "Injured horses", "Images of fallers"),
        (
            (
                "Please do not upload photos or video of injured or fallen horses.",
                "Link to the official report instead.",
            ),
            (
                "Welfare concerns about a named yard or owner should be sent to the governing body or the RSPCA, not posted publicly.",
            ),
            (
                "We welcome debate on whip rules and welfare, but graphic images and wishes of harm to owners will be removed.",
            ),
        ),
    ),
    (
        ("Safety first", "Mains voltage", "Work safely"),
        (
            (
                "Advice involving mains wiring, high-voltage supplies or lithium cells must include a safety warning or it will be removed.",
            ),
            ("If you are not sure a circuit is safe, say so.", "Nobody here will mind a cautious answer."),
            ("Never suggest bypassing a fuse, interlock or thermal cutout, even as a quick test.",),
        ),
    ),
    (
        ("Plans and schematics", "Copyright", "Scans of magazines"),
        (
            (
                "Do not upload scans of our back issues, kit instructions or published track plans; link to the shop instead.",
            ),
            (
                "Share your own layout photos and circuit diagrams freely. Copied manufacturer schematics and firmware dumps will be removed.",
            ),
        ),
    ),
    (
        ("Buying and selling", "For sale and wanted", "Classifieds"),
        (
            (
                "Locomotives, rolling stock and test gear for sale belong in the classifieds section, not in article threads.",
            ),
            ("Traders must not advertise here. Private sales go in the marketplace, where buyer protection applies.",),
            ("Never post your bank details or arrange payment with a stranger in a public thread.",),
        ),
    ),
    (
        ("Vendor reviews", "Honest reviews", "Suppliers"),
        (
            (
                "Reviews of photographers, venues and caterers must reflect your own booking. Reviews written by or for a supplier will be removed.",
            ),
            ("If you are unhappy with a supplier, give them a chance to respond before naming them publicly.",),
            (
                "Keep reviews factual.",
                "Disputes over deposits and contracts belong with the supplier or Citizens Advice.",
            ),
        ),
    ),
    (
        ("Other people's big day", "Guests and children", "Photos of others"),
        (
            (
                "Please do not share photos of other people's weddings or their guests without asking first, especially children.",
            ),
            ("Be gentle. Mocking another couple's dress, venue or budget is not allowed.",),
        ),
    ),
    (
        ("Protect your details", "Serial numbers and passwords", "Keep personal data out"),
        (
            (
                "Never post passwords, licence keys, serial numbers or the email address on your account.",
                "Staff will never ask for them here.",
            ),
            ("Blank out account numbers, addresses and order references in any screenshot before you upload it.",),
            ("Our support team will never ask for your password in a reply. Report anyone who does.",),
        ),
    ),
    (
        ("Search before you post", "One question per thread", "Mark it solved"),
        (
            ("Check whether your question has already been answered before starting a new thread.",),
            (
                "Include your device model, software version and what you have already tried; it gets you a faster answer.",
            ),
            ("When a reply fixes your problem, mark it as the solution so others can find it.",),
        ),
    ),
    (
        ("On air", "You could be on the radio", "Messages to the studio"),
        (
            ("Posts on our news pages may be read out on air, with your first name and town.",),
            (
                "Song requests, dedications and competition entries are not taken here.",
                "Text or call the studio line instead.",
            ),
            ("We may quote your reply in a bulletin. If you would rather we didn't, say so in your post.",),
        ),
    ),
    (
        ("Your privacy", "How we use your data", "Privacy"),
        (
            (
                "Your display name and posts are public. Your email address is never shown and is used only to manage your account.",
            ),
            ("We store your IP address for 90 days to deal with abuse.", "Our privacy notice explains your rights."),
            ("Don't post phone numbers, home addresses or car registrations, yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays"),
        (
            (
                "Every post is checked by a person before it appears. Outside office hours this can take until the next working day.",
            ),
            ("First posts from new members are held for review.", "After that, most appear straight away."),
            ("Our volunteer moderators cover evenings and weekends when they can, so please be patient.",),
            ("Comments on court cases and elections are switched off or held for review when the law requires it.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile page. Posts quoted by others may remain.",),
            ("To close your account and remove your posts, email the web team from the address you registered with.",),
        ),
    ),
    (
        ("Advertising", "No adverts", "Self-promotion"),
        (
            (
                "Posts promoting a business, event or fundraiser must be placed through our advertising team, not in the discussion.",
            ),
            ("Links to your own shop, channel or stall will be removed unless a moderator has agreed to them.",),
            ("Businesses may reply to reviews once.", "Further promotion counts as advertising."),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Tell the newsroom"),
        (
            (
                "If we have got something wrong, email the newsroom so we can correct it; we do not monitor every thread.",
            ),
            ("Corrections and complaints about our reporting go to the editor, not in replies below the story.",),
            ("Spelling a place name wrong is a mistake we want to fix. Let the news desk know directly.",),
        ),
    ),
    (
        ("Report it", "Flag a problem", "See something wrong?"),
        (
            ("Use the report button beside any post that breaks these rules, and a moderator will look at it.",),
            (
                "If a reply upsets you, report it rather than replying in kind.",
                "Arguing back only keeps it visible longer.",
            ),
        ),
    ),
    (
        ("One account each", "Real names", "Impersonation"),
        (
            ("Use one account and do not pretend to be someone else, including councillors, trainers or our staff.",),
            ("We prefer real names. Posting under a name that belongs to someone else will get you banned.",),
            ("Sock-puppet accounts used to back up your own posts will be removed with the original.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep replies to the subject of the story. Off-topic threads will be closed.",),
            ("A story about the horse show is not the place to restart the row about the bypass.",),
            ("Posts unrelated to the article or question will be moved or removed.",),
        ),
    ),
    (
        ("Moderators' decision is final", "Our discretion", "The final say"),
        (
            ("We may edit or remove any post, or suspend any account, at our discretion and without explanation.",),
            ("Decisions are made by the editor. We do not discuss individual moderation decisions in public.",),
        ),
    ),
)


POLICY_TITLES_23 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Our comment guidelines",
    "Forum rules",
    "Talkback rules",
    "Reader discussion policy",
    "Rules for comments",
)


POLICY_INTROS_23 = (
    "Please read these guidelines before joining the discussion.",
    "To keep this a friendly place for everyone, we ask members to follow a few simple rules.",
    "We want this to be a place where the whole community can have its say.",
    "By posting you agree to the following.",
)


POLICY_CLOSINGS_23 = (
    "Read our full terms of use at the link below.",
    "The full community guidelines are on our terms and conditions page.",
    "Questions about these rules? Email moderators@ourtown.news.",
    "For the complete policy, see our Terms of Service.",
    "Contact the web team at web@radio-news.co.uk if you have a concern about a post.",
)


NUMBERS_23 = ("{}.", "{})", "({})", "{} -", "{}:", "Rule {}.")


BULLETS_23 = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u25ba", "\u25c6", "\u2713")


INLINE_23 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line


AMERICAN_23 = {
    "neighbours": "neighbors",
    "licence": "license",
    "travellers": "travelers",
    "Criticise": "Criticize",
    "behaviour": "behavior",
}


def _plain_23(text: str) -> bool:
    """Whether a reworded-23 line never says "comment" (a site that says "post", "reply" or "discussion")."""
    return "comment" not in text.lower()


def _curly_23(text: str) -> str:
    """Curly apostrophes and quotes, as a site's editor prints them."""
    out, opening = [], True
    for char in text:
        if char == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append("\u2019" if char == "'" else char)
    return "".join(out)


def _american_23(text: str) -> str:
    for british, american in AMERICAN_23.items():
        text = text.replace(british, american)
    return text


def _items_23(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-23 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_23:
        if plain:
            headings = tuple(heading for heading in headings if _plain_23(heading))
            sentences = tuple(variant for variant in sentences if all(map(_plain_23, variant)))
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.choice(INLINE_23) if rng.random() < 0.5 else ""  # a heading before its sentence on one line
    stop = rng.choice((".", ":", ""))  # or on its own line, then this
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()  # items numbered (0.3), bulleted (0.3) or neither
    marker = rng.choice(NUMBERS_23) if marks < 0.3 else rng.choice(BULLETS_23) if marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for count, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if heading:
            heading = heading.upper() if capitals else heading
            if inline:
                parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
            else:
                parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if marker:
            parts[0] = f"{marker.format(count)} {parts[0]}"
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_23 if not plain or _plain_23(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_23 if not plain or _plain_23(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_23 if not plain or _plain_23(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_23(part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly_23(part) for part in item) for item in items]
    return items
