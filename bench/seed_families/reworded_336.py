"""The ``reworded-336`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Inishturk bulletins, Dentdale papers, Uinta basin weeklies, strongman and arm wrestling gyms, lichen
and mycology groups, dystonia forums, sand yacht and land yacht clubs' members, police box and cattle pound heritage
friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers
# send (singular, plural, capitalised) and {mods} for who looks after the site; {mods} never opens a sentence.
REWORDINGS_336: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Respect other members", "Can I disagree with someone?", "Keep it friendly"),
        (
            "Disagree with the argument, not the person: name-calling, sneering and pile-ons are removed.",
            "This is a small island, so write only what you would say to someone's face on Roonagh pier.",
            "Treat fellow lifters the way you would on the gym floor, with loud support and no mockery of anyone's "
            "numbers.",
            "Robust debate is welcome; personal attacks, including on people named in our reports, are not.",
            "Please be kind, because many here live with dystonia every day and a thoughtless {c} lands harder than "
            "you intend.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No hatred or discrimination", "What counts as hate?", "Discrimination", "Bigotry"),
        (
            "We do not publish {cs} that attack people for their race, religion, nationality, sex, sexuality, "
            "disability or age.",
            "Remarks about travellers, incomers or 'blow-ins' that stray into prejudice will be taken down, whoever "
            "writes them.",
            "Slurs are removed even when typed with asterisks or dressed up as a joke.",
            "That includes jokes about tremors, twisting necks or 'funny walks' aimed at people with movement "
            "disorders.",
            "Stirring up hatred is an offence, and serious cases will be passed to the Gardaí or the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the page",
            "Can I share someone's address?",
            "Other people's privacy",
            "Your privacy",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Please do not name neighbours, children or people in court cases who have not been named in our reports.",
            "Saying exactly where a rare lichen or fungus grows can bring collectors and trespassers, so give no more "
            "than a 10 km square.",
            "We hold your email address only to run the forum, handle it under the GDPR and never show it to other "
            "members.",
            "Photos of other members at the gym or on the beach need their say-so before they go up.",
        ),
    ),
    (  # safeguarding
        (
            "Children and vulnerable people",
            "Safeguarding",
            "Protecting young members",
            "Under 18?",
            "Look out for each other",
        ),
        (
            "Members under 16 need a parent or guardian's consent to join, and their full names are never shown.",
            "If someone seems to be in danger or talks about harming themselves, they will be contacted privately "
            "and we may share what we know with the emergency services.",
            "If you are struggling, please ring Samaritans on 116 123 (UK and Ireland) rather than waiting for a "
            "reply here.",
            "Do not ask junior members for private messages, photographs or meetings away from club sessions.",
            "The club welfare officer can be reached through the committee page if anything worries you.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "Every {c} is read by a person before it appears, which can take a day or more.",
            "{Cs} are checked by volunteers in the evenings, so expect delays at weekends and during lambing and "
            "clipping time.",
            "The bulletin goes to print on Thursday; {cs} received after noon on Wednesday wait for the following "
            "issue.",
            "Your first few {cs} are held for approval, and after that they go up straight away unless flagged.",
            "Our internet connection on the island can be patchy, so please allow a few days for {cs} to appear.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the article or thread they sit under.",
            "General chat belongs on the Off the Bar board, not in anyone's training log.",
            "Questions about buying or building a land yacht belong in For Sale and Wanted, not in race reports.",
            "Threads that drift into county commission politics or oil and gas leasing will be closed once they no "
            "longer concern the story.",
            "Please search before starting a new thread, as duplicate questions will be merged.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Spam and links",
        ),
        (
            "Advertising is not allowed in {cs}; please ring the office about classified rates instead.",
            "Supplement, steroid and online coaching promotions will be removed and the account banned.",
            "Links are fine when they help the discussion, but repeated links to your own site count as spam.",
            "Treatments, clinics and 'miracle' cures may not be promoted here, even by satisfied patients.",
            "Members may list used kit once a month in the marketplace thread; dealers need the committee's "
            "permission.",
        ),
    ),
    (  # names and accounts
        ("Real names", "Your account", "Usernames", "Do I have to use my real name?", "One account each", "Names"),
        (
            "Letters must carry the writer's name and village, though we may withhold a name on request.",
            "One account per person: second accounts used to back yourself up will be closed along with the first.",
            "Usernames that impersonate another person, a club or the council are not allowed.",
            "Please use your full name, since this is a small community and anonymous {cs} are not published.",
            "You are responsible for everything posted under your login, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Libel and contempt", "Is it legal?", "Defamation", "Stay within the law"),
        (
            "Do not post anything defamatory: an accusation of crime or dishonesty needs a court record behind it, "
            "not rumour.",
            "Under the Defamation Act 2009 the publisher can be liable for what readers write, so anything that puts "
            "the bulletin at risk comes down.",
            "Do not discuss evidence or guilt in a live court case, as remarks of that kind can be contempt of court.",
            "{Cs} that break Utah or federal law, or urge others to, will be deleted and may be passed to the Uintah "
            "County Sheriff's Office.",
            "Nothing here should encourage trespass, whether on farmland, an SSSI or the firing range at Pendine.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post photos I found online?",
            "Quoting and copying",
            "Photographs and copyright",
        ),
        (
            "Only post photos and text that you own or have permission to use.",
            "Quote a short extract and link to the rest rather than pasting whole articles.",
            "By sending us a {c} you allow us to publish it in print and online and to edit it for length.",
            "Keys and plates scanned from field guides are someone else's work, so describe the feature or cite the "
            "page instead.",
            "Old photographs of the pinfold or the police box may still be in copyright, so tell us where they came "
            "from.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "Use the Report link under any {c} you think breaks these rules, and tell us why.",
            "Please do not argue with trolls; report them and move on.",
            "Reports are anonymous and the member is never told who flagged them.",
            "If something needs urgent attention, email {mods} directly rather than replying in the thread.",
            "We read every report, but a report on its own does not mean a {c} will be removed.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editorial discretion",
            "The committee's decision is final",
            "Who decides?",
            "Discretion",
            "Final say",
        ),
        (
            "We reserve the right to edit {cs} for length, clarity or legal reasons.",
            "Publication of any {c} is at the discretion of {mods}, and that decision is final.",
            "These rules cannot cover everything, and where they are silent {mods} will use common sense.",
            "Declining a {c} is not censorship: this is a club noticeboard, not a public square.",
            "We may change these guidelines at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Corrections and tips"),
        (
            "If we have got something wrong, email the editor rather than posting it in the {cs} so we can put it "
            "right quickly.",
            "Tips about stories in Vernal, Roosevelt and Duchesne can be emailed to the newsroom or phoned in.",
            "Corrections are printed in the next issue, on page two.",
            "Know of something happening in the dale? Let us know by Friday for the next issue.",
            "If a determination in a thread turns out to be wrong, post the correction there so the record stays "
            "straight.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Mind your language", "Is swearing allowed?", "English only?"),
        (
            "Keep it clean: swearing, disguised or not, will be edited out or the {c} turned down.",
            "A bit of gym language is tolerated in training logs, but never aimed at another member.",
            "{Cs} may be in English or Irish, with a short English summary if you can manage it.",
            "Please avoid writing in capitals, which reads as shouting.",
            "Use scientific names where you can, with the common name alongside for newer members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or posting someone's address, lead to an immediate ban.",
            "Banned members who come back under a new name will be removed without notice.",
            "If you think a ban was wrong, appeal by email to the club secretary within 14 days.",
            "Membership fees are not refunded when an account is closed for breaking the rules.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety first",
            "Can I trust advice given here?",
            "Look after yourself",
            "Health and safety",
        ),
        (
            "Nothing posted here is medical advice; talk to your neurologist before changing medication or the timing "
            "of your Botox.",
            "Never eat a wild mushroom on the strength of an identification made from photographs on this forum.",
            "Lifting advice from other members is no substitute for a qualified coach, so warm up and use a spotter.",
            "Check tide times and the beach byelaws before sailing, and keep well clear of walkers, horses and the "
            "lifeguard zone.",
            "If someone may have eaten a poisonous fungus, ring 999 or 112 and take a sample with you to hospital.",
        ),
    ),
    (  # photos and records
        ("Photos", "Posting pictures", "Photos and records", "Identification requests", "What should a photo show?"),
        (
            "For an identification, post clear photos of the cap, gills and stem, and say what it was growing on.",
            "Please keep pictures to a sensible size, as anything over 2 MB is resized.",
            "Records posted here are not submitted for you, so send them to the county recorder as well.",
            "No pictures of injuries, blood or surgical scars without a warning in the thread title.",
            "Photos of the restored police box may appear in our newsletter unless you tell us otherwise.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment", a quarter never do.
COMMENT_WORDS_336: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_336: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as it appears after a preposition ("at the discretion of ...", "email ...").
MODERATORS_336: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the forum team",
    "the newsroom",
    "our volunteer moderators",
    "the mods",
    "the gym staff",
    "the Friends' committee",
    "the bulletin team",
)

# Opening lines; placeholders filled per site.
POLICY_INTROS_336: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers and members, within a few simple rules.",
    "These rules keep the forum a friendly place for everyone living with dystonia.",
    "By posting you agree to the following.",
    "Everyone is welcome here, as long as they keep to the house rules below.",
    "The following applies to all {cs} on this site and in the printed paper.",
    "A few ground rules, agreed by {mods}:",
)

# Closing lines; placeholders filled per site.
POLICY_CLOSINGS_336: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "Questions about these rules? Email {mods}.",
    "Happy posting!",
    "These rules were agreed by the committee and are reviewed each year at the AGM.",
    "Thanks, and see you on the beach.",
    "Go raibh maith agaibh.",
    "Lift heavy, be kind.",
)

# Titles; those saying "comment" are left out for sites that never do.
POLICY_TITLES_336: tuple[str, ...] = (
    "Comment policy",
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "Guidelines for comments",
    "Members' code of conduct",
    "Message board terms of use",
)

# British spellings in the sentences above -> American, for sites that print American spelling.
AMERICAN_336: dict[str, str] = {
    "travellers": "travelers",
    "neighbours": "neighbors",
    "offence": "offense",
    "rumour": "rumor",
    "byelaws": "bylaws",
    "behaviour": "behavior",
}

# Roman numerals for list markers, and the list markers real sites print, as functions of the item's number (from 1).
_ROMAN_336 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
MARKERS_336: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_ROMAN_336[n - 1]}.",
    lambda n: f"{_ROMAN_336[n - 1].upper()}.",
    lambda n: "•",
    lambda n: "*",
    lambda n: "-",
    lambda n: "–",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} -",
    lambda n: f"§{n}",
    lambda n: f"1.{n}",
    lambda n: f"{n}.0",
)

# Emphasis a site wraps its headings in: none, Markdown bold, forum BBCode, asterisks.
EMPHASES_336: tuple[tuple[str, str], ...] = (("**", "**"), ("[b]", "[/b]"), ("*", "*"), ("<b>", "</b>"))

# Section lines a site may put between groups of rules.
SECTIONS_336: tuple[tuple[str, ...], ...] = (
    ("General", "Content", "Conduct", "Enforcement"),
    ("Part A: Behaviour", "Part B: What you post", "Part C: What we do"),
    ("Section 1 - The basics", "Section 2 - Content", "Section 3 - Moderation"),
)

# Last-updated lines and sign-offs a site may print at the top or the foot.
UPDATED_336: tuple[str, ...] = (
    "Last updated: 12 March 2024",
    "Last updated March 2025",
    "Updated 03/14/2024",
    "Revised by the committee, April 2023.",
    "These rules were last reviewed at the 2024 AGM.",
    "Effective Jan. 1, 2025.",
)
SIGN_OFFS_336: tuple[str, ...] = (
    "- The Editor",
    "— The Committee",
    "Admin",
    "The mod team",
    "Posted by admin » Tue Mar 14, 2023 9:12 pm",
    "Sticky: please read before posting",
    "Hon. Secretary",
)

# Joining words title case leaves in lower case.
_SMALL_WORDS_336 = {"a", "an", "and", "the", "of", "in", "on", "or", "to", "for", "off", "with", "by", "at"}


def _title_case_336(text: str) -> str:
    """``text`` in title case, leaving short joining words in lower case after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_336 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_336(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send ("comment" three times in four,
    otherwise post, message, reply, contribution, letter or note) and who moderates; how many kinds it prints (two to
    five now and then, six to sixteen mostly), in table order or shuffled; one to three sentences an item, either as
    separate parts or run together; its heading case (as written, title case, capitals) or no headings at all; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash) and an emphasis around them; a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section signs, clause numbers) or none; and now and then section lines between groups, a
    last-updated line and a sign-off. Opening, closing and title lines, American spelling and curly quotes are left to
    ``_furnish``."""
    singular, plural = COMMENT_WORDS_336 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_336)
    moderators = rng.choice(MODERATORS_336)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_336)), count)
    if rng.random() < 0.5:
        kinds.sort()

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    fixed_count = rng.random() < 0.4
    run_together = rng.random() < 0.25
    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "own", "run in"))
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ": ", ". ", " - ", " – ", " — "))
    emphasis = rng.choice(EMPHASES_336) if rng.random() < 0.15 else ("", "")
    marker = rng.choice(MARKERS_336) if rng.random() < 0.6 else None

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_336[kind]
        how_many = most_sentences if fixed_count else rng.randint(1, most_sentences)
        chosen = [fill(sentence) for sentence in rng.sample(sentences, how_many)]
        if run_together:
            chosen = [" ".join(chosen)]
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case_336(heading)
        elif case == "capitals":
            heading = heading.upper()
        prefix = f"{marker(number)} " if marker else ""
        if case == "none":
            items.append(("", prefix + chosen[0], *chosen[1:]))
        elif placement == "own":
            ending = "" if heading.endswith("?") else own_ending
            items.append((prefix + emphasis[0] + heading + ending + emphasis[1], *chosen))
        else:
            separator = " " if heading.endswith("?") and run_in_separator in (": ", ". ") else run_in_separator
            run_in = prefix + emphasis[0] + heading + emphasis[1] + separator + chosen[0]
            items.append(("", run_in, *chosen[1:]))

    if len(items) >= 6 and rng.random() < 0.15:
        sections = rng.choice(SECTIONS_336)
        cuts = sorted(rng.sample(range(1, len(items)), len(sections) - 1))
        for section, cut in reversed(list(zip(sections[1:], cuts, strict=True))):
            items.insert(cut, (section, ""))
        items.insert(0, (sections[0], ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_336))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_336)))

    says_comment = singular == "comment"
    intros = [fill(line) for line in POLICY_INTROS_336]
    closings = [fill(line) for line in POLICY_CLOSINGS_336]
    titles = [title for title in POLICY_TITLES_336 if says_comment or "comment" not in title.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_336)
