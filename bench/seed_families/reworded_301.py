"""The ``reworded-301`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Pierre and Miquelon English bulletins, Aran Islands papers, Rio Grande valley weeklies, roller
derby leagues, model yacht clubs, vitiligo forums, self-build housing groups, tide mill friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: for each, (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send (singular,
# plural, capitalised) and {mods} for who looks after the site. A sentence starting "kind|" is local to one kind of
# site (see ``SITE_KINDS_301``).
REWORDINGS_301: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it friendly", "Respect", "Can I criticise other members?", "Play the ball, not the player"),
        (
            "Be polite to one another, even when you disagree strongly.",
            "Argue with the idea, never with the person who posted it; personal attacks will be removed.",
            "We are a small community and most of us will meet sooner or later, so write as you would speak face to "
            "face.",
            "Sarcasm, name-calling and goading other members into a row are not welcome here.",
            "tidemill|Our volunteers give their time freely to keep the mill turning; please be kind to them here.",
            "Robust debate is fine; insults, sneering and pile-ons are not, and neither is taking a row with a neighbour online.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Zero tolerance", "What counts as hateful?", "Inclusion"),
        (
            "We do not publish {cs} that attack anyone for their race, nationality, religion, sex, sexuality, "
            "disability or skin condition.",
            "derby|Our league is open to skaters of every gender and background, and anything that says otherwise will be "
            "deleted.",
            "vitiligo|Remarks mocking anyone's appearance, including vitiligo patches or depigmentation, will be removed "
            "without warning.",
            "Racist or xenophobic language, in English, French, Spanish or Irish, has no place on this page.",
            "Hateful {cs} are removed and the account that posted them is closed.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Can I post someone's address?", "Photos of others"),
        (
            "Do not post anyone's address, phone number or email without their consent.",
            "Please do not share photographs of children or of other members without asking them first.",
            "selfbuild|Do not post the exact address of your plot or anyone else's; the village or district is enough.",
            "Naming a private individual in connection with an allegation is not allowed.",
            "miquelon|Personal data is handled under the RGPD (the French data protection law) and may be removed on request.",
            "Keep your own details private too: arrange viewings, sales and meet-ups by private message.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young members", "Junior members", "Looking out for each other"),
        (
            "If you are worried about the safety of a child or a vulnerable adult, tell a committee member or contact "
            "the police directly.",
            "yacht|Junior sailors under 16 may only use the forum with a parent's permission.",
            "derby|Adults must not contact junior skaters by private message.",
            "If a member says they are thinking of harming themselves, please do not reply in the thread: alert "
            "{mods} at once.",
            "tidemill|Children on mill tours are always accompanied by a volunteer who has been vetted.",
            "Our volunteers hold safeguarding training and will act on any concern raised with them in confidence.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Approval", "Pre-moderation", "Delays"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "aran|The office closes when the ferry doesn't run, so {cs} sent at the weekend may wait until Monday.",
            "New members' first three {cs} are held for approval.",
            "miquelon|{Cs} sent in French are read by our bilingual editor and may take a little longer.",
            "valley|The newsroom is closed on Sundays, so {cs} sent over the weekend will appear on Monday.",
            "{Cs} containing links are held automatically until a moderator has looked at them.",
            "{mods} are volunteers with day jobs; please do not post the same {c} twice if it is slow to show.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Where should I post this?"),
        (
            "Keep {cs} relevant to the story or thread they are posted under.",
            "yacht|Race reports go in Results, tuning questions in Rigging and Sails, and boats for sale in the Classifieds.",
            "selfbuild|Planning rows about other people's builds belong with the council, not in this group.",
            "valley|Please keep border and immigration arguments to the stories that are about them.",
            "Please start a new thread for a new subject rather than reviving an old one.",
            "Threads that drift away from the subject may be split, moved or locked.",
            "tidemill|General chat is welcome in the Millpond Lounge, but please keep the news threads to the news.",
        ),
    ),
    (  # advertising and spam
        ("No spam", "Advertising", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Commercial advertising is not allowed outside the classifieds section.",
            "Trades may introduce themselves once in the Suppliers thread; repeated plugs will be removed.",
            "vitiligo|Posts promoting creams, pills or cures for sale will be deleted and the poster banned.",
            "selfbuild|Plot finders and package companies may not advertise in the group; members may recommend suppliers "
            "they have used.",
            "Chain letters, referral links and multi-level marketing are spam and will be treated as such.",
            "Members selling their own gear may post in the marketplace, with a price.",
        ),
    ),
    (  # names and accounts
        ("Usernames", "Your account", "Real names", "Screen names", "Who can post?"),
        (
            "Please use your real name; anonymous letters are not printed.",
            "derby|Your derby name is fine as a username, but the committee must know who you are.",
            "One account per person; duplicate accounts will be merged or closed.",
            "vitiligo|You may use a nickname; many members prefer not to be identified.",
            "Do not impersonate another member, an official or a public figure.",
            "yacht|Club members should include their sail number in their profile so others can find them on race day.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Is this allowed?", "Contempt of court"),
        (
            "aran|Do not post anything defamatory: under the Defamation Act 2009 the paper can be held responsible for what "
            "appears here.",
            "valley|Do not discuss cases before the courts in Brownsville, Edinburg or anywhere else until they are decided.",
            "miquelon|{Cs} that break French law, including the loi sur la liberté de la presse, will not be published.",
            "valley|Texas law and this newspaper's own standards apply to everything posted here.",
            "Do not post anything you could not show to be true.",
            "Do not accuse a named person of a crime unless they have been convicted.",
            "You are legally responsible for what you post, and we will co-operate with the police where required.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and plans", "Can I post a photo I found?"),
        (
            "Only post photographs, drawings and plans you own or have permission to share.",
            "derby|Please credit the photographer; bout photographers work for free and deserve their name on it.",
            "Do not paste whole articles from other papers; a short quotation and a link are enough.",
            "yacht|Hull designs and sail plans remain their designer's copyright, even when shared in the files area.",
            "By posting you allow us to reproduce your {c} in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Seen something wrong?", "How do I flag a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems rather than replying to them, which only keeps the row going.",
            "You can email {mods} with the link and a short note of what is wrong.",
            "Reports are anonymous; the member reported is not told who reported them.",
            "Tell a committee member at the clubhouse if you would rather not report online.",
        ),
    ),
    (  # discretion
        ("The editor's decision", "Our discretion", "Final say", "Committee discretion", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{mods} may edit, shorten or refuse any {c} without giving a reason.",
            "The committee reserves the right to remove any post and to change these rules at any time.",
            "Publication of a {c} does not mean we agree with it.",
            "Disputes about moderation are decided by the committee and not in the open forum.",
        ),
    ),
    (  # corrections and tips
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Letters to the editor"),
        (
            "If we have got something wrong, email the editor and we will correct it in the next issue.",
            "aran|Send news, photographs and notices of events on the islands to the office by Wednesday.",
            "Please do not post corrections as {cs}; write to us so we can fix the story itself.",
            "yacht|Results and fixtures for the regatta calendar should go to the racing secretary, not the forum.",
            "miquelon|Notices for the bulletin, in English or French, should reach us by Thursday noon.",
            "tidemill|News of open days and milling demonstrations goes to the Friends' secretary.",
            "Tips may be sent in confidence; we never name a source without permission.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language?", "Bad language", "Languages we accept"),
        (
            "miquelon|{Cs} are welcome in English or French; we print a short translation where we can.",
            "Keep the language clean: this page is read by families and schoolchildren.",
            "Strong swearing is blanked out or the whole {c} removed.",
            "valley|{Cs} are welcome in English or Spanish, and Spanglish is fine too.",
            "Please avoid text-speak and writing in capitals, which reads as shouting.",
            "aran|Fáilte roimh gach teanga, but we may ask for an English line so everyone can follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Three strikes", "Suspension"),
        (
            "A first breach earns a warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Banned members may appeal to the committee in writing after three months.",
            "Members who return under a new name after a ban will be removed again on sight.",
            "derby|Breaches at league events and online are treated alike and may affect your place on the roster.",
        ),
    ),
    (  # medical advice
        ("Medical advice", "Health information", "Not a substitute for your doctor", "Is this advice safe?"),
        (
            "Nothing posted here is medical advice; talk to your doctor before starting or stopping treatment.",
            "vitiligo|Share your own experience of phototherapy, creams or colour-matched camouflage make-up, but do not tell others what to "
            "take.",
            "vitiligo|Posts promising a cure for vitiligo will be removed.",
            "Members are not doctors, and {mods} cannot check the medical claims made in {cs}.",
            "If you feel unwell or very low, contact your GP or the emergency services rather than waiting for a "
            "reply.",
        ),
    ),
    (  # safety
        ("Safety", "Safety on site", "Safe practice", "Stay safe", "Take care"),
        (
            "selfbuild|Advice about electrics, gas and structural work is shared in good faith; always use a qualified "
            "professional.",
            "yacht|Never sail alone at the lake, and keep a safety boat crewed during club races.",
            "tidemill|Keep clear of the sluice gates and the wheel pit when the mill is grinding.",
            "Please do not share anything that could put someone at risk if they followed it.",
            "Safety advice shared here is no substitute for proper training and your own judgement.",
            "If in doubt, ask someone experienced before trying anything you have read about here.",
            "derby|Do not post footage of dangerous stunts or skating without protective gear.",
            "tidemill|Check tide times before walking the causeway to any of our events.",
            "yacht|Lithium batteries must be charged in the fireproof bags provided, never left unattended in the "
            "clubhouse.",
        ),
    ),
)

# What readers send on the quarter of sites that never say "comment": (singular, plural).
OTHER_WORDS_301: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# The kinds of site a policy belongs to. A sentence or closing line starting "kind|" is printed only by sites of
# that kind; lines without a kind are printed by any site.
SITE_KINDS_301: tuple[str, ...] = ("miquelon", "aran", "valley", "derby", "yacht", "vitiligo", "selfbuild", "tidemill")


def _local(texts: tuple[str, ...] | list[str], site_kind: str) -> list[str]:
    """The lines of ``texts`` a site of ``site_kind`` prints: those without a kind and its own, kind removed."""
    kept = []
    for text in texts:
        kind, bar, rest = text.partition("|")
        if not bar:
            kept.append(text)
        elif kind == site_kind:
            kept.append(rest)
    return kept


# Who looks after a site.
MODERATORS_301: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our admins",
    "the league's communications team",
    "the forum team",
    "the newsroom staff",
    "the Friends' web volunteers",
)

# Opening lines printed before a policy.
POLICY_INTROS_301: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome your views, but we ask everyone to follow a few simple rules.",
    "This is a friendly community, and we'd like to keep it that way.",
    "By joining the group you agree to the following.",
    "These guidelines apply to everything published on this site and its social pages.",
    "Our house rules, agreed by the committee at the last AGM:",
)

# Closing lines printed after a policy.
POLICY_CLOSINGS_301: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "Questions about these rules? Ask a committee member.",
    "yacht|Happy sailing!",
    "aran|Go raibh maith agaibh.",
    "miquelon|Merci, and thank you for reading the bulletin.",
    "tidemill|Thank you for supporting the mill.",
    "selfbuild|Good luck with your build!",
    "vitiligo|Take care of yourselves and each other.",
    "derby|See you on the track.",
    "valley|Gracias, and thanks for reading.",
)

# Titles a site prints over its policy.
POLICY_TITLES_301: tuple[str, ...] = (
    "House rules",
    "Posting policy",
    "Forum guidelines",
    "Community guidelines",
    "Posting rules",
    "Noticeboard terms",
    "Group rules",
    "Code of conduct",
)

# British spellings used in the sentences and their American forms.
AMERICAN_301: dict[str, str] = {
    "criticise": "criticize",
    "co-operate": "cooperate",
    "colour": "color",
    "neighbour": "neighbor",
    "judgement": "judgment",
}

# Lines a site may print after the items: a last-updated line or a sign-off.
FOOTERS_301: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Reviewed by the committee, January 2025.",
    "Approved at the AGM.",
    "— The Editor",
    "Signed on behalf of the committee.",
    "Updated 12/08/2023",
)

# Lower-case roman numerals for lists marked i., ii., iii. ...
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")


def _marker(style: str, index: int) -> str:
    """The list marker printed before item ``index`` (from 0) in one of the list styles, or nothing."""
    number = index + 1
    return {
        "none": "",
        "number": f"{number}.",
        "paren": f"{number})",
        "letter": f"({chr(ord('a') + index)})",
        "roman": f"{_ROMAN[index % len(_ROMAN)]}.",
        "bullet": "•",
        "dash": "-",
        "rule": f"Rule {number}:",
        "section": f"{number}.0",
        "hash": f"#{number}",
    }[style]


def _cased(heading: str, case: str) -> str:
    """A heading in the site's case: as written (sentence), title case, or capitals."""
    if case == "title":
        small = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "not", "my", "for", "i"}
        words = heading.split(" ")
        return " ".join(
            word if (position and word in small) or not word[:1].isalpha() else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _items_301(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its kind (which local sentences and closing
    lines it may print), its word for what readers send and who moderates it; how many item kinds it prints (two to
    five for a few sites, six to sixteen for most), in table order or shuffled; one to three sentences an item;
    whether it prints headings and in which case (as written, title case or capitals); where the heading stands (an
    item of its own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a
    list marker style (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, hashes or none);
    an emphasis habit for run-in headings; and by chance a section line before the items and a last-updated line or
    sign-off after them. The result goes through ``_furnish`` for an opening, closing and title line, American
    spelling and curly quotes."""
    site_kind = rng.choice(SITE_KINDS_301)
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(OTHER_WORDS_301)
    moderators = rng.choice(MODERATORS_301)

    def filled(text: str) -> str:
        text = text.replace("{Cs}", plural.capitalize()).replace("{cs}", plural)
        text = text.replace("{C}", singular.capitalize()).replace("{c}", singular)
        if text.startswith("{mods}"):
            return moderators[:1].upper() + moderators[1:] + text[len("{mods}") :]
        return text.replace("{mods}", moderators)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_301)), count)
    if rng.random() < 0.5:
        kinds.sort()
    headed = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    style = rng.choice(
        ("none", "none", "number", "paren", "letter", "roman", "bullet", "dash", "rule", "section", "hash")
    )
    emphasis = rng.choice(("", "", "", "*", "**"))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(("", rng.choice((filled("Section 3: Online {Cs}"), "Part B - Posting", "Our rules in brief"))))
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_301[kind]
        pool = _local(sentences, site_kind)
        chosen = [filled(s) for s in rng.sample(pool, min(len(pool), rng.choice((1, 1, 2, 2, 3))))]
        marker = _marker(style, index)
        heading = _cased(filled(rng.choice(headings)), case) if headed else ""
        if not heading:
            if marker:
                chosen[0] = f"{marker} {chosen[0]}"
            items.append(("", *chosen))
            continue
        if placement.startswith("own"):
            if placement == "own-stop" and not heading.endswith("?"):
                heading += "."
            elif placement == "own-colon" and not heading.endswith("?"):
                heading += ":"
            items.append(((f"{marker} {heading}" if marker else heading), *chosen))
            continue
        if heading.endswith("?"):
            lead = f"{emphasis}{heading}{emphasis} "
        elif placement == "run-dash":
            lead = f"{emphasis}{heading}{emphasis} – "
        else:
            stop = ":" if placement == "run-colon" else "."
            lead = f"{emphasis}{heading}{stop}{emphasis} "
        chosen[0] = (f"{marker} " if marker else "") + lead + chosen[0]
        items.append(("", *chosen))
    if rng.random() < 0.2:
        items.append(("", rng.choice(FOOTERS_301)))
    closings = _local(POLICY_CLOSINGS_301, site_kind)
    return _furnish(items, rng, POLICY_INTROS_301, closings, POLICY_TITLES_301, AMERICAN_301)
