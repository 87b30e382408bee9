"""The ``reworded-295`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: St Vincent and the Grenadines news, Sligo papers, Connecticut River valley weeklies, fell running
clubs, sourdough bakers' circles, eczema forums, sheltered housing residents, toll house preservation groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences). Headings are
# in sentence case; {c} {cs} {C} {Cs} are the site's word for what readers send, {mods} who looks after the site.
REWORDINGS_295: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Respect other members",
            "Play the ball, not the person",
            "Can I disagree with someone?",
            "Courtesy",
        ),
        (
            "Disagree by all means, but do it politely and argue with the point rather than the person who made it.",
            "We are a small club and most of us will meet on the fells sooner or later, so please write as you would "
            "speak to someone at the finish.",
            "Personal attacks, name-calling and sneering at other people's bakes, times or circumstances will be "
            "removed.",
            "Vincentians hold strong views on politics and that is welcome here, but abuse of other readers is not.",
            "Treat your neighbours in the scheme with the same courtesy online as you would in the lounge or the "
            "laundry room.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Hateful content", "Is anything off limits?", "Respect for everyone"),
        (
            "{Cs} that attack people because of their race, nationality, religion, sex, sexual orientation, "
            "disability or age will be deleted without warning.",
            "This includes remarks about Travellers, migrants and asylum seekers, which may also be an offence under "
            "the Prohibition of Incitement to Hatred Act 1989.",
            "We do not allow slurs, stereotypes or 'jokes' aimed at any group, however they are dressed up.",
            "Mocking people for where they come from, whether Kingstown, the Grenadines or overseas, will not be "
            "tolerated.",
            "Nobody should be made to feel unwelcome because of how their skin looks or how they live with their "
            "condition.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Other people's details",
            "Should I share my address or phone number?",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, and think twice before sharing your own.",
            "Please don't name or describe other residents, staff or visitors in a way that could identify them "
            "without their agreement.",
            "Photographs of children, of other runners or of anyone's home should not be posted without permission.",
            "If you are sharing photos of your skin, crop out faces, tattoos and anything else that could identify "
            "you.",
            "Private messages are private: please don't copy them into the open forum without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping members safe",
            "Worried about someone?",
            "Young members",
        ),
        (
            "Members must be 18 or over; parents of children with eczema are welcome to post on their behalf.",
            "Junior runners' names, ages and photos will only be published by the club welfare officer, with a "
            "parent's consent.",
            "If you think someone is at risk of harm, contact {mods} privately and, in an emergency, call 999.",
            "If a post suggests someone may harm themselves, we will reach out to them privately and may take the "
            "post down to protect them.",
            "Any attempt to groom or contact a child through this site will be passed to the Gardaí.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by {mods} before they are published, so there may be a delay, particularly overnight "
            "and at weekends.",
            "We are all volunteers, and a {c} sent on Friday evening may not appear until Monday morning.",
            "First-time posters are held for approval; after a few {cs} yours will appear straight away.",
            "{Cs} containing links are held automatically and checked by hand.",
            "Please do not send the same {c} several times if it does not show up at once; it is in the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} relevant to the story or thread they sit under.",
            "General chat about race results belongs in Results and Reports, not in threads about access to the fells.",
            "If your question is about hydration, flour or a sluggish starter, please check the pinned threads "
            "before starting a new one.",
            "Discussions that wander off into party politics, Argyle airport or cricket selection may be moved or "
            "closed.",
            "Threads about the Bob Graham, Paddy Buckley or Ramsay Round should go in the Long Rounds board.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and self-promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising of goods, services, websites or fundraising pages is not allowed without the committee's "
            "permission.",
            "Members may not sell creams, supplements, diets or 'cures'; such posts will be removed and the account "
            "closed.",
            "Small notices such as a chair for sale or a lift wanted should be handed to the scheme manager for the "
            "noticeboard in the entrance hall.",
            "Spam, chain letters and repeated links to the same site will be deleted.",
            "Businesses wishing to reach our readers in Sligo and Leitrim should contact the advertising department "
            "instead.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Use your real name", "Usernames", "Can I post anonymously?", "One account each"),
        (
            "{Cs} must be signed with your full name and town, and include a daytime phone number for verification; "
            "the number will not be published.",
            "Each member may have one account, and duplicate accounts will be merged or removed.",
            "Usernames that impersonate another person, a club official or an organisation are not allowed.",
            "You may post under a nickname, but {mods} must be able to reach you by email.",
            "We do not publish anonymous {cs} or {cs} written under pen names.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Court cases", "Is it libel?"),
        (
            "You are legally responsible for what you post, and under the Defamation Act 2009 a false statement that "
            "damages someone's reputation can lead to an action in the courts.",
            "Do not discuss cases before the courts in a way that could prejudice a trial, and never name anyone the "
            "court has said may not be named.",
            "Allegations against named individuals, police officers or public officials that you cannot prove will "
            "not be published.",
            "Material that breaks the Cybercrime Act of St Vincent and the Grenadines, or any other law, will be "
            "removed and may be passed to the authorities.",
            "Do not encourage anyone to enter the toll house or its garden, which is a private home; trespass and "
            "damage to a listed building are offences.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and text", "Other people's work", "Can I post a recipe I found?", "Images"),
        (
            "Only upload photos that you took yourself or that you have permission to use.",
            "Please don't paste whole articles from other newspapers; a short quotation and a link is fine.",
            "Recipes from books should be summarised in your own words and credited to the baker who wrote them.",
            "Old photographs and maps of the toll house may still be in copyright, so credit the archive or owner "
            "and ask before posting.",
            "By sending a {c} you give us permission to publish it on the website and in print.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How to report", "Report a post", "Spotted something wrong?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Please don't argue with the poster in the thread; report it and move on.",
            "You can also email the webmaster, giving a link to the {c} and saying what is wrong with it.",
            "Residents who would rather not use the website can have a word with the scheme manager in person.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our discretion",
            "The editor's decision",
            "Final say",
            "Who decides?",
            "Moderation decisions",
            "The committee's decision",
        ),
        (
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "{Cs} over 400 words may be trimmed, and we print no more than one {c} from the same writer every 30 days.",
            "These guidelines are not exhaustive, and the committee may remove anything it judges unsuitable for the "
            "group.",
            "We may close a story to further {cs} at any time, particularly where it involves a court case or a "
            "bereavement.",
            "The editor's judgement is final and we cannot enter into correspondence about individual decisions.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications"),
        (
            "If you think we have got something wrong in a story, email the newsroom rather than sending a {c}, so we "
            "can check it and correct it.",
            "Have you a story from Tubbercurry, Enniscrone or anywhere else in the county? Contact the newsdesk.",
            "News tips, photos of local events and school sports results from both sides of the river are welcome by "
            "email.",
            "Errors in race results should be sent to the results secretary, not posted in the thread.",
            "Information about the toll house, its keepers or the tolls they charged is always welcome; please give "
            "your sources if you have them.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Bad language", "What language may I use?"),
        (
            "Please avoid swearing; this is a family site and {cs} containing bad language will be removed.",
            "Write in English so that everyone can follow, though a little dialect is always welcome.",
            "Please don't type in capitals, which reads as shouting.",
            "Text-speak and long strings of emojis make posts hard to read for members using screen readers.",
            "Mild language is tolerated, but we will not publish anything crude or obscene.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspensions", "Three strikes"),
        (
            "Breaking these rules will normally lead to a warning, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, will result in an immediate ban.",
            "Banned members who re-register under a new name will be removed again without notice.",
            "Repeat offenders may have all their {cs} held for approval.",
            "A forum ban does not affect club membership, but the committee may take serious matters further under "
            "the club's code of conduct.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety on the hill",
            "Food safety",
            "Is this advice?",
            "At your own risk",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP, pharmacist or dermatologist before "
            "changing your treatment.",
            "Please do not tell other members to stop their topical steroids or any other prescribed medicine.",
            "Route descriptions and conditions reports are shared in good faith; carry full body cover, map, compass, "
            "whistle and food, and check the mountain forecast before you set out.",
            "Bread shared or sold at circle events should follow food hygiene rules, with allergens clearly listed.",
            "The group cannot advise on tenancies, benefits or care; please speak to the scheme manager or Citizens "
            "Advice.",
        ),
    ),
    (  # elections and campaigning
        ("Elections", "Election season", "Political {cs}", "Candidates and campaigns", "Can I endorse a candidate?"),
        (
            "{Cs} endorsing candidates will not be published in the last issue before Town Meeting Day.",
            "Candidates may not use the {c} section to campaign; political advertising is handled by our advertising "
            "department.",
            "During a general election campaign, {cs} about candidates and parties are checked with particular care.",
            "The residents' association is non-political, so please keep canvassing and party leaflets off the "
            "noticeboard.",
            "Claims about a candidate's private life will not be published, whatever the party.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural): most say comment, a quarter never do.
COMMENT_WORD_295 = ("comment", "comments")
OTHER_WORDS_295: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as a sentence prints it after its first word.
MODERATORS_295: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the moderation team",
    "the committee",
    "the admins",
    "the web editor",
    "the newsroom",
    "the forum team",
    "club officers",
    "the residents' association committee",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_295: tuple[str, ...] = (
    "Our forum is a friendly place for people living with eczema and those caring for them. To keep it that way, "
    "we ask everyone to follow these rules.",
    "Welcome to the club message board. A few simple rules:",
    "{Cs} are welcome on all our stories, subject to the guidelines below.",
    "These terms apply to the residents' noticeboard and the scheme's online group.",
    "Before you post, please take a minute to read our house rules.",
    "The circle's online group is for sharing bakes, starters and know-how. Please bear the following in mind.",
    "We want this to be a place for lively, informed discussion of the news from home and abroad.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_295: tuple[str, ...] = (
    "Thank you for helping to keep the discussion civil.",
    "Happy baking!",
    "See you on the fells.",
    "If you have any questions about these guidelines, please contact {mods}.",
    "These guidelines may be changed at any time.",
    "By sending a {c}, you agree to abide by these rules.",
    "Thanks for reading, and enjoy the forum.",
)

# Titles a site prints over its rules.
POLICY_TITLES_295: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the message board",
    "Guidelines for {cs}",
    "Group rules",
)

# British spellings in this family's sentences, and how an American site prints them.
AMERICAN_295: dict[str, str] = {
    "neighbours": "neighbors",
    "offence": "offense",
    "organisation": "organization",
    "summarised": "summarized",
    "judgement": "judgment",
}

# List markers a site may put before each item, as a function of the item's place (from 1).
ROMAN_295 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
)
MARKERS_295: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a}.",
    "({a})",
    "{a})",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "-",
    "–",
    "*",
    "Rule {n}:",
    "Rule {n} -",
    "{s}.{n}",
    "{s}.{n}.",
    "§{n}",
    "Section {n}.",
    "{A}.",
)

# Lines a site prints to divide its rules into parts: (first part, later part).
SECTION_LINES_295: tuple[tuple[str, str], ...] = (
    ("General", "Moderation"),
    ("The basics", "How we moderate"),
    ("What we expect from you", "What you can expect from us"),
    ("Posting", "Our rules in practice"),
    ("Part 1 – Conduct", "Part 2 – Administration"),
)

# Last-updated lines, with a date a site prints in its own fashion.
UPDATED_LINES_295: tuple[str, ...] = (
    "Last updated: {d} {m} {y}.",
    "Last updated {d}/{mn:02d}/{y}",
    "Revised by the committee, {m} {y}.",
    "Updated {m} {y}",
    "Last revised: {m} {d}, {y}",
    "These rules were agreed at the AGM in {m} {y}.",
)
MONTHS_295 = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Sign-offs a site prints at the foot of its rules.
SIGN_OFFS_295: tuple[str, ...] = (
    "The Committee",
    "– The Editor",
    "Thanks, the admin team",
    "Issued by the Residents' Association",
    "The Moderators",
    "Happy running, the committee",
    "Management",
)

# Words a site prints before a sentence it wants noticed.
EMPHASIS_LEADS_295 = ("Please note:", "NB:", "IMPORTANT:", "Note:", "PLEASE NOTE -")

# Small words title case leaves in lower case.
SMALL_WORDS_295 = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by"))


def _title_case_295(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_295) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_295(shape: str, place: int, section: int) -> str:
    """The list marker of ``shape`` for the item at ``place`` (from 1) in section ``section``."""
    letter = chr(ord("a") + (place - 1) % 26)
    roman = ROMAN_295[(place - 1) % len(ROMAN_295)]
    return shape.format(n=place, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _items_295(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (comment for three sites in four)
    and who moderates; how many item kinds it prints (two to five for one site in five, else six to sixteen), in
    table order or shuffled; one to three sentences an item, fixed for the site or drawn an item; its headings' case
    (sentence, title or capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker shape or none; and
    by chance its own habits: section lines dividing the rules, a last-updated line, headings in asterisk emphasis, a
    sentence led by "Please note:" or the like, and a sign-off. The opening, closing and title lines come from
    ``_furnish``."""
    singular, plural = COMMENT_WORD_295 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_295)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(MODERATORS_295)

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_295)), count)
    if rng.random() < 0.6:
        kinds.sort()
    fixed_sentences = rng.choice((0, 1, 1, 2, 2, 3))  # 0: each item draws its own number
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" – ", " - ", " — "))
    marker_shape = rng.choice(MARKERS_295) if rng.random() < 0.55 else ""
    section_number = rng.randint(1, 9)
    starred = heading_case != "none" and placement.startswith("own") and rng.random() < 0.12
    emphasis_lead = rng.choice(EMPHASIS_LEADS_295) if rng.random() < 0.15 else ""
    emphasised_item = rng.randrange(count)

    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_295[kind]
        how_many = fixed_sentences or rng.randint(1, 3)
        chosen = [filled(sentence) for sentence in rng.sample(sentences, how_many)]
        if emphasis_lead and place - 1 == emphasised_item:
            run_in = placement.startswith("run-in") and heading_case != "none"
            at = -1 if run_in else 0
            if (not run_in or len(chosen) > 1) and not chosen[at].startswith("Please"):
                chosen[at] = emphasis_lead + " " + chosen[at]
        heading = filled(rng.choice(headings)) if heading_case != "none" else ""
        if heading_case == "title":
            heading = _title_case_295(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = _marker_295(marker_shape, place, section_number) if marker_shape else ""
        if not heading:
            first = f"{marker} {chosen[0]}" if marker else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        question = heading.endswith("?")
        if placement.startswith("own"):
            if starred:
                heading = f"**{heading}**"
            elif placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            items.append((f"{marker} {heading}" if marker else heading, *chosen))
            continue
        if question:
            lead = heading + " "
        elif placement == "run-in colon":
            lead = heading + ": "
        elif placement == "run-in stop":
            lead = heading + ". "
        else:
            lead = heading + dash
        first = lead + chosen[0]
        items.append(("", f"{marker} {first}" if marker else first, *chosen[1:]))

    if count >= 6 and rng.random() < 0.15:
        first_part, later_part = rng.choice(SECTION_LINES_295)
        items.insert(rng.randint(count // 3, 2 * count // 3), (later_part, ""))
        items.insert(0, (first_part, ""))
    if rng.random() < 0.15:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_295).format(
            d=rng.randint(1, 28), m=MONTHS_295[month - 1], mn=month, y=rng.randint(2012, 2026)
        )
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_295)))

    intros = [filled(line) for line in POLICY_INTROS_295]
    closings = [filled(line) for line in POLICY_CLOSINGS_295]
    titles = [filled(line) for line in POLICY_TITLES_295]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_295)
