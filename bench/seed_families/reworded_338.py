"""The ``reworded-338`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Whiddy island bulletins, Littondale papers, Mogollon rim weeklies, speed skating and ice skating
clubs, bat group and hedgehog rescue volunteers, keratoconus and uveitis forums, quay and slipway users' associations,
reading room trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences). Placeholders
# {c} {cs} {C} {Cs} stand for the site's word for what readers send, and {mods} for who looks after the site; a
# sentence never says "comment" itself, so a site whose word is "post" or "letter" never prints it.
REWORDINGS_338: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Be kind",
            "Courtesy",
            "How should I treat other members?",
            "Respect other users",
            "Play the ball, not the player",
        ),
        (
            "Treat everyone here as you would a neighbour on the quay: disagree by all means, but keep it civil.",
            "Personal attacks, name-calling and sneering at other members will be removed, however strongly you feel "
            "about the subject.",
            "Criticise the idea, not the person who put it forward.",
            "Many people here live with sight loss or a long-term eye condition, so please be patient with typing "
            "errors and with questions that have been asked before.",
            "Remember that the person you are arguing with may well be the person lacing up next to you at the rink "
            "on Tuesday night.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No discrimination",
            "Hateful content",
            "Is there anything you will never allow?",
            "Racism, sexism and other prejudice",
            "Zero tolerance",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexual orientation, gender identity, "
            "disability or age will be deleted and the account suspended without warning.",
            "We have no tolerance for racism, sectarianism or homophobia, whether or not it is dressed up as a joke.",
            "Remarks about Travellers, incomers or 'blow-ins' that would not be acceptable about anyone else are not "
            "acceptable here either.",
            "Material that stirs up hatred or violence against any group may be reported to the police.",
            "Mocking anyone's disability, including visual impairment, is not permitted on this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I share someone's phone number?",
            "Other people's privacy",
            "Your own safety online",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, and think twice about "
            "posting your own.",
            "Please don't name neighbours, landowners or boat owners in {cs} about a dispute; take it up with them "
            "directly or through the committee.",
            "Photographs of children must not be posted without the written consent of a parent or guardian, and we "
            "never print a junior skater's full name beside a picture.",
            "Be careful how much you share about your own treatment, hospital or consultant, as this forum can be "
            "read by anyone.",
            "We handle personal data in line with the GDPR and the Data Protection Act 2018, and you can ask us to "
            "remove anything that identifies you.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "What if I am worried about a child?",
            "Welfare concerns",
            "Juniors",
        ),
        (
            "Adults must not contact junior skaters by private message on this site; all contact with under-18s "
            "goes through parents and the club welfare officer.",
            "If you are worried about the safety or welfare of a child or vulnerable adult, speak to the welfare "
            "officer in confidence rather than raising it here.",
            "Anything suggesting that a child is at risk will be passed to the appropriate authorities, and {mods} "
            "may share information with them.",
            "In an emergency, call 999 or 112 first; a {c} on this page is not a way to report a crime.",
            "Volunteers who handle animals alongside young helpers must follow the group's safeguarding policy, "
            "which is available from the secretary.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "Delays",
            "When will my {c} be published?",
        ),
        (
            "Every {c} is read by a volunteer before it goes live, so there may be a delay, particularly in the "
            "evenings and at weekends.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "This board is looked after by {mods}, who are volunteers with jobs and families and cannot watch it "
            "around the clock.",
            "The bulletin is put together once a week, so a {c} sent after Wednesday evening may not appear until "
            "the following issue.",
            "Sending the same {c} several times will not make it appear any faster and may land it in the spam folder.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic material",
            "Where should I put my question?",
            "Relevance",
            "Keep threads on track",
        ),
        (
            "Please keep {cs} relevant to the article or thread they appear under.",
            "General chat belongs in the Tea Room section, not in the treatment threads.",
            "Questions about launching times, tides and moorings should go to the harbour master, not under news "
            "items.",
            "Threads about national politics, or yet another round of the Mexican gray wolf argument, will be "
            "locked if they drift away from the story in hand.",
            "If a thread wanders a long way from the original question, {mods} may split it or close it.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial content",
            "Links",
        ),
        (
            "Commercial advertising is not allowed; you may recommend a local tradesman if someone asks, but not "
            "promote your own business.",
            "Kit for sale (skates, blades, skinsuits, guards) goes on the For Sale board only, one item at a time, "
            "with a price.",
            "Links to products claiming to cure keratoconus or to replace steroid treatment will be removed.",
            "Accounts set up only to promote clinics, lens suppliers or crowdfunding pages will be deleted along "
            "with everything they have posted.",
            "Chain messages, surveys and petitions need the approval of {mods} before they go up.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Usernames",
            "Registration",
            "Do I have to use my real name?",
            "One account each",
            "Your identity",
        ),
        (
            "{Cs} must carry the writer's full name and townland or village, though we may withhold a name on "
            "request for good reason.",
            "Usernames must not be offensive, impersonate anyone else or advertise a business.",
            "One account per person, please; duplicate accounts will be merged or removed.",
            "You may use a nickname on the forum, but the administrators must know who you are.",
            "Accounts that have not been used for two years may be deleted without notice.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could I be sued for what I write?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as "
            "well as against us.",
            "Do not discuss court cases that are still under way; speculation about guilt may amount to contempt "
            "of court.",
            "All bat species and their roosts are protected under the Wildlife and Countryside Act 1981 and the "
            "Conservation of Habitats and Species Regulations 2017, and we will not publish anything that encourages "
            "disturbing them.",
            "Material that breaks Irish law, including the Defamation Act 2009, will be taken down.",
            "Allegations of criminal behaviour against named individuals will not be published.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I put up photos I found online?",
            "Copying articles",
            "Your content",
            "Credit where it's due",
        ),
        (
            "Only share photographs you took yourself or have permission to use.",
            "Please don't paste in whole newspaper articles; a short quotation and a link is enough.",
            "By sending us a {c} you give us permission to publish it online and in print, and to edit it for length.",
            "Scans of old photographs from the reading room collection remain the property of the trust and must "
            "be credited.",
            "Race results and timing sheets belong to the event organiser; link to them rather than copying them out.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {c}",
            "How do I report something?",
            "Flagging",
            "Spotted something wrong?",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "You can also email the secretary, giving a link to the {c} and a short reason.",
            "Please don't argue with a troublemaker in the thread; report it and move on.",
            "Complaints about moderation should be made privately to the chair, not on the open board.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "The committee's decision",
            "Our right to remove",
            "Who decides?",
            "Final say",
            "Discretion",
        ),
        (
            "The decision of {mods} on whether to publish, edit or remove a {c} is final.",
            "We reserve the right to edit or decline any {c} without giving a reason.",
            "These rules cannot cover every situation, and where they don't, {mods} will use common sense.",
            "This is a private noticeboard run by volunteers, not a public service, and no one has a right to have a "
            "{c} published.",
            "The rules may be changed at any time; changes will be announced at the annual general meeting and on "
            "this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Have we got something wrong?",
            "Send us your news",
            "Corrections and clarifications",
        ),
        (
            "If we have got a fact wrong, email the editor and we will put it right in the next issue.",
            "Tip-offs about stories are welcome, but send them to the newsdesk rather than leaving them in the {cs}.",
            "Notices of sailings, ferry changes and island events should reach us by noon on Thursday.",
            "We are always glad of news from Arncliffe, Halton Gill, Hawkswick and the rest of the dale.",
            "News of road closures on the 260 or fire restrictions up on the Rim can be sent through our tip line.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Can I swear?", "Bad language", "Plain English"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English, or in Irish if you prefer, so that everyone can follow the discussion.",
            "Avoid writing in capitals: it reads as shouting, and it is hard going for members who use screen "
            "readers or magnification.",
            "Keep {cs} family-friendly, as this board is read by juniors and their parents.",
            "Crude or sexual language will be removed even if it is meant in fun.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a private warning, a second a temporary suspension and a third a "
            "permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Anyone who has been banned and returns under a new name will be removed again without notice.",
            "Bans are at the discretion of {mods} and are not debated in public.",
            "Members can appeal a suspension by writing to the committee within 14 days.",
        ),
    ),
    (  # medical and animal-care advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Is this medical advice?",
            "Advice from members",
            "Health information",
            "Caring for a casualty",
        ),
        (
            "Members share their own experience, not medical advice; always check with your ophthalmologist or "
            "optometrist before changing your treatment.",
            "Never stop or reduce steroid drops or immunosuppressants because of something you have read here.",
            "If your vision suddenly gets worse, or your eye becomes red and painful, seek urgent care rather than "
            "waiting for a reply.",
            "Do not handle a grounded bat with bare hands; put on gloves, contain it in a box and ring the National "
            "Bat Helpline.",
            "Never give a hedgehog cow's milk or bread; offer water and meaty cat or dog food, and contact a rescue "
            "as soon as you can.",
        ),
    ),
    (  # safety on the water, the ice and the roads
        (
            "Safety",
            "Look after yourself",
            "Is it safe to go out?",
            "Ice and water conditions",
            "Out and about",
            "At your own risk",
        ),
        (
            "Check tide times and the state of the slipway yourself; nothing posted here replaces the harbour "
            "master's notices.",
            "Reports of ice on lakes and ponds are members' opinions only; never skate outdoors alone or on ice "
            "that has not been tested.",
            "Fire restrictions and forest closures change quickly, so check with the Forest Service before heading "
            "up on the Rim.",
            "Do not say a road or track is passable in snow unless you have driven it that day.",
            "Anyone launching from the slip does so at their own risk, whatever has been said on this board.",
        ),
    ),
    (  # sensitive wildlife sites
        (
            "Roosts and rescue sites",
            "Sensitive locations",
            "Can I say where I saw it?",
            "Protecting wildlife",
            "Sightings",
        ),
        (
            "Please don't give the exact location of a roost, a hibernation site or a release site; the parish or "
            "a four-figure grid reference is enough.",
            "Records of bats should go to the county bat group's recorder rather than onto the open board.",
            "Photographs that show a roost entrance or a carer's address will be cropped or removed.",
            "Disturbing a roost is an offence, and a {c} that leads people to one may help someone commit it.",
            "Hedgehog release sites are shared privately between carers, never in public {cs}.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; about a quarter never do.
COMMENT_WORDS_338: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_338: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as it appears mid-sentence ("the decision of {mods} is final").
MODERATORS_338: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the trustees",
    "the bulletin editors",
    "the admin team",
    "the club committee",
    "the administrators",
)

# Opening lines a site prints before its rules (filled with the site's word before use).
POLICY_INTROS_338: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, subject to the rules below.",
    "This board is run by volunteers for the benefit of members, and these rules help keep it that way.",
    "By registering you agree to abide by the following rules.",
    "Our {cs} section is here for the whole community. A few house rules:",
    "The following terms apply to everything placed on this noticeboard.",
    "We want this to be a friendly, useful place, so we ask everyone to keep to a few simple rules.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_338: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the secretary.",
    "These rules were agreed by the committee and may be revised at any time.",
    "If in doubt, leave it out.",
    "Thanks for reading, and enjoy the forum.",
    "We look forward to your {cs}.",
    "Breaking these rules may mean your {cs} are removed and your account closed.",
)

# Titles a site prints over its rules.
POLICY_TITLES_338: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms of use",
    "Community guidelines",
    "{C} policy",
    "Guidelines for {cs}",
    "Rules of the board",
)

# British spellings used in the sentences above -> American (a site may print either).
AMERICAN_338: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "behaviour": "behavior",
    "harbour": "harbor",
    "traveller": "traveler",
    "organiser": "organizer",
    "offence": "offense",
}

# Words a heading in title case leaves in lower case (unless first).
SMALL_WORDS_338: frozenset[str] = frozenset(
    ("a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "not", "with", "by", "at", "if", "off")
)

# Lines some sites print above their rules, naming the part of a longer document they are.
SECTION_LINES_338: tuple[str, ...] = (
    "Section {n}: {Cs}",
    "Part {n} - Online noticeboard",
    "Section {n} \u2013 Use of the forum",
    "Appendix {n}: Posting guidelines",
    "Schedule {n}. Rules for the website",
    "{n}. Website and social media",
)

# When a site says its rules were last changed, and how it prints it ({d} day, {m} month, {y} year).
UPDATED_LINES_338: tuple[str, ...] = (
    "Last updated: {d} {m} {y}",
    "Last updated {d} {m} {y}.",
    "Revised {m} {y}.",
    "Adopted by the committee at the AGM, {m} {y}.",
    "These rules were last reviewed in {m} {y}.",
    "Updated {d:02d}/{mn:02d}/{y}",
)

# Sign-offs some sites print under their rules.
SIGN_OFFS_338: tuple[str, ...] = (
    "\u2014 The Committee",
    "The Trustees",
    "Posted by the admin team",
    "Maureen (forum administrator)",
    "On behalf of the committee, Hon. Secretary",
    "Thanks, the Mods",
    "- The Editor",
)

# Lines some sites print for the reader to tick or accept.
AGREE_LINES_338: tuple[str, ...] = (
    "I have read and agree to the house rules.",
    "By clicking Submit you confirm that you have read these rules.",
    "[ ] I agree to the terms above",
)

# Month names for the last-updated line.
MONTHS_338: tuple[str, ...] = (
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

# How a site numbers or bullets its items: a name, turned into a marker by _marker_338.
MARKER_STYLES_338: tuple[str, ...] = (
    "1.", "1)", "(1)", "a.", "(a)", "a)", "i.", "(i)", "bullet", "dash", "star", "en-dash", "Rule 1:", "Rule 1 -",
    "section", "No. 1",
)  # fmt: skip


def _roman_338(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_338(style: str, index: int, section: int) -> str:
    """The marker, with its trailing space, that ``style`` prints before the ``index``-th item (from 1)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(index - 1) % 26]
    markers = {
        "1.": f"{index}. ",
        "1)": f"{index}) ",
        "(1)": f"({index}) ",
        "a.": f"{letter}. ",
        "(a)": f"({letter}) ",
        "a)": f"{letter}) ",
        "i.": f"{_roman_338(index)}. ",
        "(i)": f"({_roman_338(index)}) ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "star": "* ",
        "en-dash": "\u2013 ",
        "Rule 1:": f"Rule {index}: ",
        "Rule 1 -": f"Rule {index} - ",
        "section": f"{section}.{index} ",
        "No. 1": f"No. {index} ",
    }
    return markers[style]


def _cased_338(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in SMALL_WORDS_338 else word[:1].upper() + word[1:]
            for i, word in enumerate(words)
        )
    return heading


def _items_338(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (``comment`` three sites in four,
    otherwise one that never says it) and who moderates; how many items (two to five for some sites, six to sixteen
    for most), kept in table order or shuffled; one, two or three sentences an item (fixed for the site or drawn per
    item); whether it prints headings, and if so their case (as written, title case or capitals), an emphasis style
    (none, asterisks or underscores) and where they stand (a part of their own, bare or with a stop or colon, or run
    in before the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers) or none; and by chance a section line above, a last-updated line
    above or below, a line to tick or accept and a sign-off. The opening, closing and title lines, American spelling
    and curly quotes are left to ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_338) if rng.random() < 0.25 else rng.choice(COMMENT_WORDS_338)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_338),
    }

    kinds = list(REWORDINGS_338)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(kinds)))
    if rng.random() < 0.45:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        kinds = [kinds[i] for i in chosen]
    else:
        kinds = rng.sample(kinds, count)

    fixed_sentences = rng.choice((1, 1, 2, 2, 3, 0))  # 0: drawn per item
    most_sentences = rng.choice((2, 3))
    with_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "**", "*", "__"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(MARKER_STYLES_338) if rng.random() < 0.6 else ""
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds, start=1):
        how_many = fixed_sentences or rng.randint(1, most_sentences)
        chosen_sentences = [s.format(**words) for s in rng.sample(sentences, how_many)]
        marker = _marker_338(marker_style, index, section) if marker_style else ""
        if not with_headings:
            items.append(("", marker + chosen_sentences[0], *chosen_sentences[1:]))
            continue
        heading = _cased_338(rng.choice(headings).format(**words), case)
        asked = heading.endswith("?")
        shown = f"{emphasis}{heading}{emphasis}"
        if placement.startswith("own"):
            if not asked and placement == "own stop":
                shown += "."
            elif not asked and placement == "own colon":
                shown += ":"
            items.append((marker + shown, *chosen_sentences))
        else:
            joint = " " if asked else {"run colon": ": ", "run stop": ". ", "run dash": dash}[placement]
            items.append(("", marker + shown + joint + chosen_sentences[0], *chosen_sentences[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_338).format(n=section, **words), ""))
    if rng.random() < 0.2:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_338).format(
            d=rng.randint(1, 28), m=MONTHS_338[month - 1], mn=month, y=rng.randint(2016, 2026)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(AGREE_LINES_338)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_338)))

    intros = [line.format(**words) for line in POLICY_INTROS_338]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_338]
    titles = [line.format(**words) for line in POLICY_TITLES_338]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_338)
